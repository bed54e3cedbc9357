/* Fused attention for 16-bit storage (flash attention: the scores never leave the chip).
   y = softmax(q k^T / sqrt(D)) v per (batch, head), q [B, Lq, heads * D] and k, v [B, Lk, heads * D]
   with the heads interleaved along the rows, for the head sizes Stable Diffusion uses.

   A block of 4 warps takes 64 queries of one (batch, head); each warp owns 16 of them. The
   block walks the keys in tiles of BK rows: K and V tiles are copied into shared memory with
   cp.async, the next tile while the current one is used. Per tile each warp computes its
   16 x BK scores S = Q K^T on tensor cores (Q stays in registers as mma A fragments), keeps a
   running maximum and sum per query row in float (online softmax, base-2 exponentials with
   log2(e) folded into the scale), rounds the probabilities P to the storage type (the score
   fragments are already laid out as the A fragments of the next product) and accumulates
   O += P V on tensor cores in float. At the end O / sum goes through shared memory to y in
   16-byte rows.

   Q K^T runs over D padded to a multiple of 16 (40 -> 48: those columns are zeroed once). The
   key and query tails are zero rows (cp.async zero fill), masked keys get a score of -inf, and
   with causal != 0 query i sees keys 0 .. i (the tiles past the block's last query are skipped).
   Shared rows are D-padded plus 8 elements long, an odd multiple of 16 bytes, so the 8 rows an
   ldmatrix phase reads fall in distinct banks. */
#include "mma.cuh"

#define SD_FLASH_THREADS 128
#define SD_FLASH_QUERIES 64 /* per block: 16 per warp */

/* Stages rows row0 .. row0 + rows - 1 of one head of x (count rows, row stride width) into dst
   (row stride LD); rows at or past count become zeros. Issues cp.async copies only. */
template <class T, int D, int LD>
__device__ __forceinline__ void sd_flash_stage(T *dst, const T *x, int rows, int row0, int count, int width) {
    enum { CHUNKS = D / 8 }; /* 16-byte pieces per row */
    for (int i = threadIdx.x; i < rows * CHUNKS; i += SD_FLASH_THREADS) {
        const int r = i / CHUNKS, c = (i - r * CHUNKS) * 8;
        const int inside = row0 + r < count;
        SD_CP_ASYNC_16(dst + r * LD + c, inside ? x + (long long)(row0 + r) * width + c : x, inside ? 16 : 0);
    }
}

template <class T, int D>
__device__ void sd_flash_attention(const T *q, const T *k, const T *v, T *y, int lq, int lk, int heads, int causal,
                                   float scale_log2) {
    enum {
        DP = (D + 15) / 16 * 16,         /* D padded for the k = 16 steps of Q K^T */
        LD = DP + 8,                     /* shared row stride, in elements */
        BQ = SD_FLASH_QUERIES,
        BK = D > 80 ? 32 : 64,           /* keys per tile: D = 160 halves it to stay in 48 KiB */
        TILE = 2 * BK * LD,              /* one buffer: K rows, then V rows */
        ROWS = 2 * TILE / LD,            /* shared rows in both buffers */
        NT = BK / 8,                     /* score n-tiles per warp */
        KC = DP / 16,                    /* k-steps of Q K^T */
        DT = D / 8,                      /* output n-tiles per warp */
        PAD = DP > D ? DP - D : 1        /* padding columns (a divisor even when there are none) */
    };
    SD_SHARED(uint4, smem_storage, 2 * TILE / 8);
    T *const smem = reinterpret_cast<T *>(smem_storage);
    T *const second = smem + TILE; /* Q at the start, the output at the end, key tiles between */
    const int lane = threadIdx.x & 31, warp = threadIdx.x >> 5, g = lane >> 2, t = lane & 3;
    const int width = heads * D, b = blockIdx.y / heads, h = blockIdx.y - b * heads;
    const int q0 = blockIdx.x * BQ, row_lo = q0 + warp * 16 + g; /* this lane's rows: row_lo, row_lo + 8 */
    const T *const qh = q + (long long)b * lq * width + h * D;
    const T *const kh = k + (long long)b * lk * width + h * D;
    const T *const vh = v + (long long)b * lk * width + h * D;
    int tiles = (lk + BK - 1) / BK;
    if (causal) tiles = min(tiles, (q0 + BQ - 1) / BK + 1);

    if (DP > D) /* the padding columns of Q K^T: zeros in every row, never overwritten */
        for (int i = threadIdx.x; i < ROWS * PAD; i += SD_FLASH_THREADS)
            reinterpret_cast<unsigned short *>(smem)[(i / PAD) * LD + D + i % PAD] = 0;
    sd_flash_stage<T, D, LD>(second, qh, BQ, q0, lq, width);
    sd_flash_stage<T, D, LD>(smem, kh, BK, 0, lk, width);
    sd_flash_stage<T, D, LD>(smem + BK * LD, vh, BK, 0, lk, width);
    SD_CP_ASYNC_COMMIT();
    SD_CP_ASYNC_WAIT(0);
    __syncthreads();
    unsigned qa[KC][4];
    SD_UNROLL
    for (int kc = 0; kc < KC; kc++) SD_LDMATRIX_X4(qa[kc], second + (warp * 16 + (lane & 15)) * LD + kc * 16 + (lane >> 4) * 8);
    __syncthreads(); /* Q is in registers: the second buffer takes key tiles */

    float o[DT][4], m[2] = {-INFINITY, -INFINITY}, l[2] = {0.0f, 0.0f};
    SD_UNROLL
    for (int dt = 0; dt < DT; dt++) o[dt][0] = o[dt][1] = o[dt][2] = o[dt][3] = 0.0f;
    for (int j = 0; j < tiles; j++) {
        const T *const ks = smem + (j & 1) * TILE, *const vs = ks + BK * LD;
        const int key0 = j * BK;
        if (j + 1 < tiles) { /* prefetch the next tile into the other buffer (free since the last sync) */
            T *const next = smem + ((j + 1) & 1) * TILE;
            sd_flash_stage<T, D, LD>(next, kh, BK, key0 + BK, lk, width);
            sd_flash_stage<T, D, LD>(next + BK * LD, vh, BK, key0 + BK, lk, width);
            SD_CP_ASYNC_COMMIT();
            SD_CP_ASYNC_WAIT(1);
        } else {
            SD_CP_ASYNC_WAIT(0);
        }
        __syncthreads();

        float s[NT][4];
        SD_UNROLL
        for (int nt = 0; nt < NT; nt++) s[nt][0] = s[nt][1] = s[nt][2] = s[nt][3] = 0.0f;
        SD_UNROLL
        for (int kc = 0; kc < KC; kc++)
            SD_UNROLL
            for (int np = 0; np < NT / 2; np++) { /* keys 16 np .. 16 np + 15: two n-tiles */
                unsigned kf[4];
                SD_LDMATRIX_X4(kf, ks + (np * 16 + (lane & 7) + (lane >> 4) * 8) * LD + kc * 16 + ((lane >> 3) & 1) * 8);
                sd_mma_16816<T>(s[2 * np], qa[kc], kf);
                sd_mma_16816<T>(s[2 * np + 1], qa[kc], kf + 2);
            }
        if (key0 + BK > lk || (causal && key0 + BK - 1 > q0 + warp * 16)) /* a key tail or the diagonal */
            SD_UNROLL
            for (int nt = 0; nt < NT; nt++)
                SD_UNROLL
                for (int i = 0; i < 4; i++) {
                    const int key = key0 + nt * 8 + 2 * t + (i & 1), row = row_lo + (i >> 1) * 8;
                    if (key >= lk || (causal && key > row)) s[nt][i] = -INFINITY;
                }

        SD_UNROLL
        for (int r = 0; r < 2; r++) { /* row_lo + 8 r: its values are s[.][2r] and s[.][2r + 1] */
            float mx = -INFINITY;
            SD_UNROLL
            for (int nt = 0; nt < NT; nt++) mx = fmaxf(mx, fmaxf(s[nt][2 * r], s[nt][2 * r + 1]));
            mx = fmaxf(mx, __shfl_xor_sync(0xffffffffu, mx, 1)); /* the 4 lanes of a row */
            mx = fmaxf(mx, __shfl_xor_sync(0xffffffffu, mx, 2));
            const float m_new = fmaxf(m[r], mx * scale_log2);
            const float base = m_new == -INFINITY ? 0.0f : m_new; /* no key seen yet: avoid inf - inf */
            const float alpha = exp2f(m[r] - base);
            m[r] = m_new;
            l[r] *= alpha;
            SD_UNROLL
            for (int dt = 0; dt < DT; dt++) {
                o[dt][2 * r] *= alpha;
                o[dt][2 * r + 1] *= alpha;
            }
            SD_UNROLL
            for (int nt = 0; nt < NT; nt++)
                SD_UNROLL
                for (int i = 2 * r; i < 2 * r + 2; i++) {
                    s[nt][i] = exp2f(s[nt][i] * scale_log2 - base);
                    l[r] += s[nt][i]; /* this lane's share; the 4 lanes are summed at the end */
                }
        }

        SD_UNROLL
        for (int pc = 0; pc < BK / 16; pc++) { /* keys 16 pc .. 16 pc + 15 */
            const unsigned pa[4] = {sd_pack2<T>(s[2 * pc][0], s[2 * pc][1]), sd_pack2<T>(s[2 * pc][2], s[2 * pc][3]),
                                    sd_pack2<T>(s[2 * pc + 1][0], s[2 * pc + 1][1]),
                                    sd_pack2<T>(s[2 * pc + 1][2], s[2 * pc + 1][3])};
            const T *const vrow = vs + (pc * 16 + (lane & 7) + ((lane >> 3) & 1) * 8) * LD;
            SD_UNROLL
            for (int dp = 0; dp < DT / 2; dp++) { /* output columns 16 dp .. 16 dp + 15 */
                unsigned vf[4];
                SD_LDMATRIX_X4_TRANS(vf, vrow + dp * 16 + (lane >> 4) * 8);
                sd_mma_16816<T>(o[2 * dp], pa, vf);
                sd_mma_16816<T>(o[2 * dp + 1], pa, vf + 2);
            }
            if (DT & 1) {
                unsigned vf[2];
                SD_LDMATRIX_X2_TRANS(vf, vrow + (DT - 1) * 8);
                sd_mma_16816<T>(o[DT - 1], pa, vf);
            }
        }
        __syncthreads(); /* this buffer is refilled by the next iteration's prefetch */
    }

    SD_UNROLL
    for (int r = 0; r < 2; r++) {
        l[r] += __shfl_xor_sync(0xffffffffu, l[r], 1);
        l[r] += __shfl_xor_sync(0xffffffffu, l[r], 2);
        l[r] = l[r] > 0.0f ? 1.0f / l[r] : 0.0f;
    }
    SD_UNROLL
    for (int dt = 0; dt < DT; dt++)
        SD_UNROLL
        for (int r = 0; r < 2; r++)
            *reinterpret_cast<unsigned *>(second + (warp * 16 + g + 8 * r) * LD + dt * 8 + 2 * t) =
                sd_pack2<T>(o[dt][2 * r] * l[r], o[dt][2 * r + 1] * l[r]);
    __syncthreads();
    T *const yh = y + (long long)b * lq * width + h * D;
    for (int i = threadIdx.x; i < BQ * DT; i += SD_FLASH_THREADS) {
        const int r = i / DT, c = (i - r * DT) * 8;
        if (q0 + r < lq)
            *reinterpret_cast<uint4 *>(yh + (long long)(q0 + r) * width + c) = *reinterpret_cast<const uint4 *>(second + r * LD + c);
    }
}

/* sd_flash_attention_d<D>_<f16|bf16>: grid (ceil(Lq / 64), B * heads), 128 threads.
   scale_log2 = log2(e) / sqrt(D). q, k, v, y 16-byte aligned; y may be q. */
#define SD_FLASH_ATTENTION(suffix, T, D)                                                           \
    extern "C" __global__ void __launch_bounds__(SD_FLASH_THREADS)                                 \
        sd_flash_attention_d##D##_##suffix(const T *q, const T *k, const T *v, T *y, int lq, int lk, int heads, \
                                           int causal, float scale_log2) {                         \
        sd_flash_attention<T, D>(q, k, v, y, lq, lk, heads, causal, scale_log2);                   \
    }
#define SD_FLASH_ATTENTION_SIZES(suffix, T)                                                        \
    SD_FLASH_ATTENTION(suffix, T, 40) SD_FLASH_ATTENTION(suffix, T, 64) SD_FLASH_ATTENTION(suffix, T, 80) \
    SD_FLASH_ATTENTION(suffix, T, 160)
SD_FLASH_ATTENTION_SIZES(f16, __half)
SD_FLASH_ATTENTION_SIZES(bf16, __nv_bfloat16)
