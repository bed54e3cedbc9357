/* Tensor-core and shared-memory primitives (sm_80 PTX): mma.sync m16n8k16 with fp16 or bf16
   inputs and float accumulators, ldmatrix, and cp.async global-to-shared copies. Every inline
   asm is behind an SD_* macro, so tests/fakecuda (which runs the kernels on the host) can put
   its emulation in place by defining the macros first (tests/fakecuda/shim.h).

   Fragments of mma.m16n8k16.row.col (PTX ISA, "Matrix Fragments for mma.m16n8k16 with floating
   point type"), for lane l with g = l / 4 and t = l % 4; a 32-bit register holds two 16-bit
   elements, the first in its low half:
     A (16 x 16, row major): a[0] = A[g][2t, 2t+1]   a[1] = A[g+8][2t, 2t+1]
                             a[2] = A[g][2t+8, +9]   a[3] = A[g+8][2t+8, +9]
     B (16 x 8, "col"):      b[0] = B[2t, 2t+1][g]   b[1] = B[2t+8, 2t+9][g]
     C, D (16 x 8, float):   c[0], c[1] = C[g][2t, 2t+1]   c[2], c[3] = C[g+8][2t, 2t+1]
   ldmatrix.x4 loads four 8x8 matrices of 16-bit elements; lanes 8i .. 8i+7 give the addresses
   of the rows of matrix i (16 bytes each, 16-byte aligned), and lane l receives register i =
   matrix i's row g, columns 2t and 2t+1 (with .trans: rows 2t and 2t+1 of column g). */
#ifndef SD_KERNELS_MMA_CUH
#define SD_KERNELS_MMA_CUH
#include "common.cuh"

#ifndef SD_UNROLL
#define SD_UNROLL _Pragma("unroll")
#endif

/* d (float[4]) += a (unsigned[4]) b (unsigned[2]), fp16 or bf16 inputs. */
#ifndef SD_MMA_16816_F16
#define SD_MMA_16816_F16(d, a, b)                                                                  \
    asm("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, "  \
        "{%8, %9}, {%0, %1, %2, %3};"                                                              \
        : "+f"((d)[0]), "+f"((d)[1]), "+f"((d)[2]), "+f"((d)[3])                                   \
        : "r"((a)[0]), "r"((a)[1]), "r"((a)[2]), "r"((a)[3]), "r"((b)[0]), "r"((b)[1]))
#endif
#ifndef SD_MMA_16816_BF16
#define SD_MMA_16816_BF16(d, a, b)                                                                 \
    asm("mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, " \
        "{%8, %9}, {%0, %1, %2, %3};"                                                              \
        : "+f"((d)[0]), "+f"((d)[1]), "+f"((d)[2]), "+f"((d)[3])                                   \
        : "r"((a)[0]), "r"((a)[1]), "r"((a)[2]), "r"((a)[3]), "r"((b)[0]), "r"((b)[1]))
#endif

/* r (unsigned[4] or [2]) = the matrices whose rows this warp's lanes point at (p: shared memory).
   volatile: the same address holds other data after the next copy, so loads must not merge. */
#ifndef SD_LDMATRIX_X4
#define SD_LDMATRIX_X4(r, p)                                                                       \
    asm volatile("ldmatrix.sync.aligned.m8n8.x4.shared.b16 {%0, %1, %2, %3}, [%4];"                \
                 : "=r"((r)[0]), "=r"((r)[1]), "=r"((r)[2]), "=r"((r)[3])                          \
                 : "r"((unsigned)__cvta_generic_to_shared(p)))
#define SD_LDMATRIX_X4_TRANS(r, p)                                                                 \
    asm volatile("ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {%0, %1, %2, %3}, [%4];"          \
                 : "=r"((r)[0]), "=r"((r)[1]), "=r"((r)[2]), "=r"((r)[3])                          \
                 : "r"((unsigned)__cvta_generic_to_shared(p)))
#define SD_LDMATRIX_X2_TRANS(r, p)                                                                 \
    asm volatile("ldmatrix.sync.aligned.m8n8.x2.trans.shared.b16 {%0, %1}, [%2];"                  \
                 : "=r"((r)[0]), "=r"((r)[1])                                                      \
                 : "r"((unsigned)__cvta_generic_to_shared(p)))
#endif

/* 16 bytes from global src to shared dst, of which the first `bytes` (16 or 0) are read and the
   rest are zeros; committed copies complete in groups, oldest first: SD_CP_ASYNC_WAIT(n) waits
   until at most n groups are pending (n a constant). */
#ifndef SD_CP_ASYNC_16
#define SD_CP_ASYNC_16(dst, src, bytes)                                                            \
    asm volatile("cp.async.cg.shared.global [%0], [%1], 16, %2;" ::"r"(                           \
                     (unsigned)__cvta_generic_to_shared(dst)),                                      \
                 "l"(src), "r"(bytes)                                                              \
                 : "memory")
#define SD_CP_ASYNC_COMMIT() asm volatile("cp.async.commit_group;" ::: "memory")
#define SD_CP_ASYNC_WAIT(n) asm volatile("cp.async.wait_group %0;" ::"n"(n) : "memory")
#endif

/* The mma for storage type T. */
template <class T> __device__ void sd_mma_16816(float d[4], const unsigned a[4], const unsigned b[2]);
template <> __device__ __forceinline__ void sd_mma_16816<__half>(float d[4], const unsigned a[4], const unsigned b[2]) {
    SD_MMA_16816_F16(d, a, b);
}
template <>
__device__ __forceinline__ void sd_mma_16816<__nv_bfloat16>(float d[4], const unsigned a[4], const unsigned b[2]) {
    SD_MMA_16816_BF16(d, a, b);
}

/* Two floats rounded to T and packed as one register, lo in the low half. */
template <class T> __device__ unsigned sd_pack2(float lo, float hi);
template <> __device__ __forceinline__ unsigned sd_pack2<__half>(float lo, float hi) {
    const __half2 h = __floats2half2_rn(lo, hi);
    return *reinterpret_cast<const unsigned *>(&h);
}
template <> __device__ __forceinline__ unsigned sd_pack2<__nv_bfloat16>(float lo, float hi) {
    const __nv_bfloat162 h = __floats2bfloat162_rn(lo, hi);
    return *reinterpret_cast<const unsigned *>(&h);
}
#endif
