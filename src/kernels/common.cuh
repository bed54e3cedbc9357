/* Shared by every kernel file (tools/build_kernels.sh compiles them as one unit into kernels.ptx).
   Activations are NHWC in one storage type: float, __half or __nv_bfloat16 (the _f32, _f16 and
   _bf16 kernels); arithmetic, accumulation and statistics are float. Small vectors (bias, norm
   scale and shift) are always float. Every kernel is extern "C" so the host finds it by name. */
#ifndef SD_KERNELS_COMMON_CUH
#define SD_KERNELS_COMMON_CUH
#include <cuda_fp16.h>
#include <cuda_bf16.h>

__device__ __forceinline__ float sd_load(const float *p) { return *p; }
__device__ __forceinline__ float sd_load(const __half *p) { return __half2float(*p); }
__device__ __forceinline__ float sd_load(const __nv_bfloat16 *p) { return __bfloat162float(*p); }
__device__ __forceinline__ void sd_store(float *p, float v) { *p = v; }
__device__ __forceinline__ void sd_store(__half *p, float v) { *p = __float2half_rn(v); }
__device__ __forceinline__ void sd_store(__nv_bfloat16 *p, float v) { *p = __float2bfloat16_rn(v); }

/* A block's shared array. fakecuda (tests/fakecuda/shim.h) defines it to also register the array,
   which it fills with a poison pattern before every block: shared memory starts with whatever
   the last block left, never zeros. */
#ifndef SD_SHARED
#define SD_SHARED(type, name, count) __shared__ type name[count]
#endif

/* X(suffix, storage type) for each storage type: instantiates one extern "C" kernel per type. */
#define SD_STORAGE_TYPES(X) X(f32, float) X(f16, __half) X(bf16, __nv_bfloat16)
/* Copy-only kernels depend on the element size alone: X(suffix, unsigned type of that size). */
#define SD_ELEMENT_SIZES(X) X(b32, unsigned int) X(b16, unsigned short)

/* Grid-stride loop over n elements (n may pass 2^31). */
#define SD_FOR_EACH(i, n)                                                                      \
    for (long long i = (long long)blockIdx.x * blockDim.x + threadIdx.x; i < (n);             \
         i += (long long)gridDim.x * blockDim.x)

__device__ __forceinline__ float sd_silu(float x) { return x / (1.0f + expf(-x)); }
__device__ __forceinline__ float sd_gelu(float x) { return x * 0.5f * (1.0f + erff(x * 0.70710678118654752f)); }
__device__ __forceinline__ float sd_quick_gelu(float x) { return x / (1.0f + expf(x * -1.702f)); }

/* Sums of a float2 over the block (blockDim.x a multiple of 32, at most 1024); every thread
   gets the totals. */
__device__ __forceinline__ float2 sd_block_sum2(float2 v) {
    SD_SHARED(float2, partial, 32);
    const int lane = threadIdx.x & 31, warp = threadIdx.x >> 5, warps = blockDim.x >> 5;
    for (int o = 16; o > 0; o >>= 1) {
        v.x += __shfl_xor_sync(0xffffffffu, v.x, o);
        v.y += __shfl_xor_sync(0xffffffffu, v.y, o);
    }
    if (lane == 0) partial[warp] = v;
    __syncthreads();
    if (warp == 0) {
        v = lane < warps ? partial[lane] : make_float2(0.0f, 0.0f);
        for (int o = 16; o > 0; o >>= 1) {
            v.x += __shfl_xor_sync(0xffffffffu, v.x, o);
            v.y += __shfl_xor_sync(0xffffffffu, v.y, o);
        }
        if (lane == 0) partial[0] = v;
    }
    __syncthreads();
    v = partial[0];
    __syncthreads(); /* partial may be reused by the caller's next reduction */
    return v;
}

/* Maximum over the block, as sd_block_sum2. */
__device__ __forceinline__ float sd_block_max(float v) {
    SD_SHARED(float, partial, 32);
    const int lane = threadIdx.x & 31, warp = threadIdx.x >> 5, warps = blockDim.x >> 5;
    for (int o = 16; o > 0; o >>= 1) v = fmaxf(v, __shfl_xor_sync(0xffffffffu, v, o));
    if (lane == 0) partial[warp] = v;
    __syncthreads();
    if (warp == 0) {
        v = lane < warps ? partial[lane] : -INFINITY;
        for (int o = 16; o > 0; o >>= 1) v = fmaxf(v, __shfl_xor_sync(0xffffffffu, v, o));
        if (lane == 0) partial[0] = v;
    }
    __syncthreads();
    v = partial[0];
    __syncthreads();
    return v;
}
#endif
