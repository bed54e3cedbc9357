/* fakecuda: what the kernel files (src/kernels) need to compile as host C++ (force-included).
   Blocks run one at a time, so shared arrays are plain statics, registered as they are declared
   (SD_SHARED) so that fake_cuda.cc fills them with a poison pattern (NaN in every float type)
   before each block, as a GPU's shared memory holds whatever the last block left; the threads of
   a block are fibers that switch at __syncthreads and warp shuffles (fake_cuda.cc). */
#ifndef FAKECUDA_SHIM_H
#define FAKECUDA_SHIM_H
#include <math.h>

struct fake_dim3 { unsigned x, y, z; };
extern fake_dim3 threadIdx, blockIdx, blockDim, gridDim;

#define __global__
#define __device__
#define __forceinline__ inline
#define __shared__ static
void fake_shared_array(void *p, unsigned long bytes);
#define SD_SHARED(type, name, count)                                                              \
    static type name[count];                                                                       \
    fake_shared_array(name, sizeof name)
#define __launch_bounds__(...)
#define SD_UNROLL

void fake_syncthreads();
float fake_shfl_xor(float v, int lane_mask);
#define __syncthreads() fake_syncthreads()
inline float __shfl_xor_sync(unsigned mask, float v, int lane_mask) { (void)mask; return fake_shfl_xor(v, lane_mask); }

struct alignas(8) float2 { float x, y; };    /* CUDA's alignments, which fake_cuda.cc checks */
struct alignas(16) float4 { float x, y, z, w; };
struct alignas(16) uint4 { unsigned x, y, z, w; };
inline float2 make_float2(float x, float y) { float2 r = {x, y}; return r; }
inline float4 make_float4(float x, float y, float z, float w) { float4 r = {x, y, z, w}; return r; }

template <class T> inline T min(T a, T b) { return b < a ? b : a; }
template <class T> inline T max(T a, T b) { return a < b ? b : a; }

/* the kernels use these where the compiler must not contract (built with -ffp-contract=off) */
inline float __fadd_rn(float a, float b) { return a + b; }
inline float __fsub_rn(float a, float b) { return a - b; }
inline float __fmul_rn(float a, float b) { return a * b; }
inline float __fdiv_rn(float a, float b) { return a / b; }
inline double __dadd_rn(double a, double b) { return a + b; }
inline double __dsub_rn(double a, double b) { return a - b; }
inline double __dmul_rn(double a, double b) { return a * b; }

/* The tensor-core kernels' primitives (src/kernels/mma.cuh), emulated per warp in fake_cuda.cc:
   mma.sync m16n8k16 (fp16 or bf16 inputs, float accumulators), ldmatrix (.x4, .x2, .trans) and
   cp.async (copies held back until a cp.async.wait_group covers their group). */
void fake_mma_16816(float d[4], const unsigned a[4], const unsigned b[2], int bf16);
void fake_ldmatrix(unsigned *r, int count, int trans, const void *row);
void fake_cp_async_16(void *dst, const void *src, int bytes);
void fake_cp_async_commit();
void fake_cp_async_wait(int pending);
#define SD_MMA_16816_F16(d, a, b) fake_mma_16816(d, a, b, 0)
#define SD_MMA_16816_BF16(d, a, b) fake_mma_16816(d, a, b, 1)
#define SD_LDMATRIX_X4(r, p) fake_ldmatrix(r, 4, 0, p)
#define SD_LDMATRIX_X4_TRANS(r, p) fake_ldmatrix(r, 4, 1, p)
#define SD_LDMATRIX_X2_TRANS(r, p) fake_ldmatrix(r, 2, 1, p)
#define SD_CP_ASYNC_16(dst, src, bytes) fake_cp_async_16(dst, src, bytes)
#define SD_CP_ASYNC_COMMIT() fake_cp_async_commit()
#define SD_CP_ASYNC_WAIT(n) fake_cp_async_wait(n)
#endif
