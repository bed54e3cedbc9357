/* fakecuda: what the kernel files (src/kernels) need to compile as host C++ (force-included).
   Blocks run one at a time, so __shared__ variables are plain statics; the threads of a block
   are fibers that switch at __syncthreads and warp shuffles (fake_cuda.cc). */
#ifndef FAKECUDA_SHIM_H
#define FAKECUDA_SHIM_H
#include <math.h>

struct fake_dim3 { unsigned x, y, z; };
extern fake_dim3 threadIdx, blockIdx, blockDim, gridDim;

#define __global__
#define __device__
#define __forceinline__ inline
#define __shared__ static

void fake_syncthreads();
float fake_shfl_xor(float v, int lane_mask);
#define __syncthreads() fake_syncthreads()
inline float __shfl_xor_sync(unsigned mask, float v, int lane_mask) { (void)mask; return fake_shfl_xor(v, lane_mask); }

struct float2 { float x, y; };
struct float4 { float x, y, z, w; };
inline float2 make_float2(float x, float y) { float2 r = {x, y}; return r; }
inline float4 make_float4(float x, float y, float z, float w) { float4 r = {x, y, z, w}; return r; }

template <class T> inline T min(T a, T b) { return b < a ? b : a; }
template <class T> inline T max(T a, T b) { return a < b ? b : a; }

/* the kernels use these where the compiler must not contract (built with -ffp-contract=off) */
inline float __fadd_rn(float a, float b) { return a + b; }
inline float __fsub_rn(float a, float b) { return a - b; }
inline float __fmul_rn(float a, float b) { return a * b; }
#endif
