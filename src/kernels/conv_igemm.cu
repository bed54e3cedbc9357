/* conv2d as an implicit GEMM on tensor cores, for 16-bit storage: y [M, N] = A [M, K] w^T with
   M = n * oh * ow output pixels, N = the output channels and K = k * k * c, where A is the im2col
   matrix of the NHWC image x (row m = output pixel, column kk = (ky * k + kx) * c + ch, the
   order of the reordered weights [N, k, k, c]) that is never stored: its tiles are gathered from
   x straight into shared memory. The bias and residual are added to the float accumulators
   before the one rounding to the storage type (the CPU backend's order: + bias, then +
   residual).

   A block of 4 warps (2 x 2) computes a BM x BN tile of y, walking K in steps of BK = 32 through
   a ring of STAGES shared buffers filled with cp.async (the next tiles load while the current one
   is used). c % 8 == 0, so each 16-byte piece of an A row (8 channels) lies within one tap: it is
   one cp.async from x, or zeros where the tap falls in the padding (before the image: pad rows
   and columns; past its end: the op's bottom / right padding) or past K. Rows past M and
   columns past N are zeros as well, and are not stored. Each warp holds (BM / 2) x (BN / 2)
   float accumulators as mma.m16n8k16 fragments; A and w fragments come from shared memory with
   ldmatrix (w rows are output channels with K contiguous: the "col" B operand as it is). Shared
   rows are BK + 8 elements (80 bytes, an odd multiple of 16), so an ldmatrix phase hits distinct
   banks. */
#include "mma.cuh"

#define SD_CONV_THREADS 128
#define SD_CONV_BK 32

template <class T, int BM, int BN, int STAGES>
__device__ void sd_conv_igemm(const T *x, const T *w, const float *bias, const T *residual, T *y, int h, int wd, int c,
                              int k, int stride, int pad, int oh, int ow, int m_total, int n_total) {
    enum {
        BK = SD_CONV_BK,
        LD = BK + 8,                                      /* shared row stride, in elements */
        WM = BM / 2, WN = BN / 2,                         /* a warp's tile */
        MT = WM / 16, NT = WN / 8,                        /* its mma tiles */
        ROW_STEP = SD_CONV_THREADS / (BK / 8),            /* rows one pass of the threads copies */
        A_ROWS = BM / ROW_STEP, B_ROWS = BN / ROW_STEP,   /* rows each thread copies per tile */
        STAGE = (BM + BN) * LD                            /* one buffer: A rows, then w rows */
    };
    SD_SHARED(uint4, smem_storage, STAGES * STAGE * sizeof(T) / 16);
    T *const smem = reinterpret_cast<T *>(smem_storage);
    const int lane = threadIdx.x & 31, warp = threadIdx.x >> 5, g = lane >> 2, t = lane & 3;
    const int warp_m = warp >> 1, warp_n = warp & 1;
    const long long m0 = (long long)blockIdx.x * BM;
    const int n0 = blockIdx.y * BN, kdim = k * k * c, pixels = oh * ow;
    const int copy_row = threadIdx.x / (BK / 8), copy_col = (threadIdx.x % (BK / 8)) * 8; /* this thread's pieces */
    const int tiles = (kdim + BK - 1) / BK;

    /* The output pixels of this thread's A rows: the sample's image and the top-left input
       position of the window (rows past M get a position no tap reaches). */
    const T *a_image[A_ROWS];
    int a_iy[A_ROWS], a_ix[A_ROWS];
    SD_UNROLL
    for (int j = 0; j < A_ROWS; j++) {
        const long long m = m0 + copy_row + j * ROW_STEP;
        const int b = (int)(m / pixels), p = (int)(m - (long long)b * pixels), oy = p / ow;
        a_image[j] = x + (long long)b * h * wd * c;
        a_iy[j] = m < m_total ? oy * stride - pad : -(1 << 28);
        a_ix[j] = (p - oy * ow) * stride - pad;
    }

    /* Issues the copies of K tile `tile` into buffer `stage`. */
    auto load = [&](int tile, int stage) {
        T *const as = smem + stage * STAGE, *const bs = as + BM * LD;
        const int kk = tile * BK + copy_col, tap = kk / c, ch = kk - tap * c, ky = tap / k, kx = tap - ky * k;
        SD_UNROLL
        for (int j = 0; j < A_ROWS; j++) {
            const int iy = a_iy[j] + ky, ix = a_ix[j] + kx;
            const int inside = kk < kdim && iy >= 0 && iy < h && ix >= 0 && ix < wd;
            SD_CP_ASYNC_16(as + (copy_row + j * ROW_STEP) * LD + copy_col,
                           inside ? a_image[j] + ((long long)iy * wd + ix) * c + ch : x, inside ? 16 : 0);
        }
        SD_UNROLL
        for (int j = 0; j < B_ROWS; j++) {
            const int n = n0 + copy_row + j * ROW_STEP, inside = kk < kdim && n < n_total;
            SD_CP_ASYNC_16(bs + (copy_row + j * ROW_STEP) * LD + copy_col, inside ? w + (long long)n * kdim + kk : w,
                           inside ? 16 : 0);
        }
    };

    float acc[MT][NT][4];
    SD_UNROLL
    for (int mt = 0; mt < MT; mt++)
        SD_UNROLL
        for (int nt = 0; nt < NT; nt++) acc[mt][nt][0] = acc[mt][nt][1] = acc[mt][nt][2] = acc[mt][nt][3] = 0.0f;

    SD_UNROLL
    for (int s = 0; s < STAGES - 1; s++) { /* one group per stage, empty past the last tile: the waits count groups */
        if (s < tiles) load(s, s);
        SD_CP_ASYNC_COMMIT();
    }
    for (int tile = 0; tile < tiles; tile++) {
        SD_CP_ASYNC_WAIT(STAGES - 2); /* this tile's group has landed (for this thread) */
        __syncthreads();              /* for every thread; and the buffer refilled below was used last iteration */
        if (tile + STAGES - 1 < tiles) load(tile + STAGES - 1, (tile + STAGES - 1) % STAGES);
        SD_CP_ASYNC_COMMIT();
        const T *const as = smem + (tile % STAGES) * STAGE, *const bs = as + BM * LD;
        SD_UNROLL
        for (int kc = 0; kc < BK / 16; kc++) {
            unsigned af[MT][4], bf[NT][2];
            SD_UNROLL
            for (int mt = 0; mt < MT; mt++)
                SD_LDMATRIX_X4(af[mt], as + (warp_m * WM + mt * 16 + (lane & 15)) * LD + kc * 16 + (lane >> 4) * 8);
            SD_UNROLL
            for (int np = 0; np < NT / 2; np++) { /* output channels 16 np .. 16 np + 15: two n-tiles */
                unsigned r[4];
                SD_LDMATRIX_X4(r, bs + (warp_n * WN + np * 16 + (lane & 7) + (lane >> 4) * 8) * LD + kc * 16 +
                                      ((lane >> 3) & 1) * 8);
                bf[2 * np][0] = r[0]; bf[2 * np][1] = r[1];
                bf[2 * np + 1][0] = r[2]; bf[2 * np + 1][1] = r[3];
            }
            SD_UNROLL
            for (int mt = 0; mt < MT; mt++)
                SD_UNROLL
                for (int nt = 0; nt < NT; nt++) sd_mma_16816<T>(acc[mt][nt], af[mt], bf[nt]);
        }
    }
    SD_CP_ASYNC_WAIT(0); /* the empty trailing groups */

    /* acc[mt][nt][2r + i] is y[row + 8 r][col + i]: columns in pairs, n_total even */
    SD_UNROLL
    for (int nt = 0; nt < NT; nt++) {
        const int col = n0 + warp_n * WN + nt * 8 + 2 * t;
        if (col >= n_total) continue;
        const float b0 = bias ? bias[col] : 0.0f, b1 = bias ? bias[col + 1] : 0.0f;
        SD_UNROLL
        for (int mt = 0; mt < MT; mt++)
            SD_UNROLL
            for (int r = 0; r < 2; r++) {
                const long long m = m0 + warp_m * WM + mt * 16 + g + 8 * r;
                if (m >= m_total) continue;
                float v0 = acc[mt][nt][2 * r] + b0, v1 = acc[mt][nt][2 * r + 1] + b1;
                if (residual) {
                    v0 += sd_load(residual + m * n_total + col);
                    v1 += sd_load(residual + m * n_total + col + 1);
                }
                *reinterpret_cast<unsigned *>(y + m * n_total + col) = sd_pack2<T>(v0, v1);
            }
    }
}

/* sd_conv_igemm_<BM>x<BN>_<f16|bf16>: grid (ceil(M / BM), ceil(N / BN)), 128 threads. c and N
   multiples of 8; x and w 16-byte aligned, y and residual 4-byte aligned; bias and residual may
   be NULL. M = n * oh * ow < 2^31. */
#define SD_CONV_IGEMM(suffix, T, BM, BN, STAGES)                                                    \
    extern "C" __global__ void __launch_bounds__(SD_CONV_THREADS)                                   \
        sd_conv_igemm_##BM##x##BN##_##suffix(const T *x, const T *w, const float *bias, const T *residual, T *y, \
                                             int h, int wd, int c, int k, int stride, int pad, int oh, int ow, \
                                             int m_total, int n_total) {                           \
        sd_conv_igemm<T, BM, BN, STAGES>(x, w, bias, residual, y, h, wd, c, k, stride, pad, oh, ow, m_total, n_total); \
    }
#define SD_CONV_IGEMM_TILES(suffix, T)                                                              \
    SD_CONV_IGEMM(suffix, T, 128, 128, 2) SD_CONV_IGEMM(suffix, T, 128, 64, 3) SD_CONV_IGEMM(suffix, T, 64, 64, 3)
SD_CONV_IGEMM_TILES(f16, __half)
SD_CONV_IGEMM_TILES(bf16, __nv_bfloat16)
