/* ============================================================================================
   CPU backend: the SGEMM, its micro-kernels and driver
   ============================================================================================ */
/* Portable kernel: vector lanes along the tile's columns (scalar without vector extensions). */
static void sd__kernel_generic(int kc, const float *a, size_t a_rs, size_t a_ks, const float *b, float *c, size_t ldc,
                               int accumulate) {
    sd__vf acc[SD__MR][SD__NR / SD__VW], bv[SD__NR / SD__VW], av;
    int k, r, j;
    for (r = 0; r < SD__MR; r++)
        for (j = 0; j < SD__NR / SD__VW; j++) acc[r][j] = sd__vsplat(0.0f);
    for (k = 0; k < kc; k++, a += a_ks, b += SD__NR) {
        for (j = 0; j < SD__NR / SD__VW; j++) bv[j] = sd__vload(b + j * SD__VW);
        for (r = 0; r < SD__MR; r++) {
            av = sd__vsplat(a[r * a_rs]);
            for (j = 0; j < SD__NR / SD__VW; j++) acc[r][j] += av * bv[j];
        }
    }
    for (r = 0; r < SD__MR; r++)
        for (j = 0; j < SD__NR / SD__VW; j++) {
            float *p = c + (size_t)r * ldc + (size_t)j * SD__VW;
            sd__vstore(p, accumulate ? sd__vload(p) + acc[r][j] : acc[r][j]);
        }
}

static void sd__widen_generic(const uint16_t *src, size_t count, float *dst) {
    size_t i;
    for (i = 0; i < count; i++) dst[i] = sd__f16_to_f32(src[i]);
}

/* The nearest bfloat16 of a float, ties to even; a NaN stays a (quiet) NaN. */
static uint32_t sd__f32_to_bf16(float f) {
    uint32_t bits;
    memcpy(&bits, &f, 4);
    if ((bits & 0x7FFFFFFFu) > 0x7F800000u) return (bits >> 16) | 0x40u;
    return (bits + 0x7FFFu + ((bits >> 16) & 1u)) >> 16;
}

/* Rows of `width` floats, src[k * width + j] for k < count, as bf16 pairs dst[q * width + j]
   holding rows 2q (low half) and 2q + 1; an odd count's last pair has a zero high half. */
static void sd__pair_bf16(const float *src, int width, int count, uint32_t *dst) {
    int q, j;
    for (q = 0; 2 * q < count; q++, src += 2 * width, dst += width)
        for (j = 0; j < width; j++)
            dst[j] = sd__f32_to_bf16(src[j]) | (2 * q + 1 < count ? sd__f32_to_bf16(src[width + j]) << 16 : 0u);
}

static void sd__round_bf16_generic(const float *src, int count, uint16_t *dst) {
    int i;
    for (i = 0; i < count; i++) dst[i] = (uint16_t)sd__f32_to_bf16(src[i]);
}

/* Portable bf16 kernel: the reference for the VDPBF16PS ones (see sd__kernel_bf16_fn). */
static void sd__kernel_bf16_generic(int pairs, const uint32_t *a, const uint32_t *b, float *c, size_t ldc, int accumulate) {
    float acc[SD__MR][SD__NR], b_even[SD__NR], b_odd[SD__NR];
    int k, r, j;
    for (r = 0; r < SD__MR; r++)
        for (j = 0; j < SD__NR; j++) acc[r][j] = 0.0f;
    for (k = 0; k < pairs; k++, b += SD__NR) {
        for (j = 0; j < SD__NR; j++) {
            b_even[j] = sd__bf16_to_f32((uint16_t)(b[j] & 0xFFFFu));
            b_odd[j] = sd__bf16_to_f32((uint16_t)(b[j] >> 16));
        }
        for (r = 0; r < SD__MR; r++) {
            const uint32_t ar = a[k + r * SD__A_PAIRS_LD];
            const float a_even = sd__bf16_to_f32((uint16_t)(ar & 0xFFFFu)), a_odd = sd__bf16_to_f32((uint16_t)(ar >> 16));
            for (j = 0; j < SD__NR; j++) acc[r][j] = (acc[r][j] + a_odd * b_odd[j]) + a_even * b_even[j];
        }
    }
    for (r = 0; r < SD__MR; r++)
        for (j = 0; j < SD__NR; j++) {
            float *e = c + (size_t)r * ldc + j;
            *e = accumulate ? *e + acc[r][j] : acc[r][j];
        }
}

#ifdef SD__HAVE_AVX2_KERNEL

__attribute__((target("avx2,fma,f16c"))) static void sd__widen_f16c(const uint16_t *src, size_t count, float *dst) {
    size_t i;
    for (i = 0; i + 8 <= count; i += 8) _mm256_storeu_ps(dst + i, _mm256_cvtph_ps(_mm_loadu_si128((const __m128i *)(src + i))));
    sd__widen_generic(src + i, count - i, dst + i);
}

/* (_mm512_cvtph_ps would do, but GCC 12 warns in C++ of its undefined merge source) */
__attribute__((target("avx512f"))) static void sd__widen_avx512(const uint16_t *src, size_t count, float *dst) {
    size_t i;
    for (i = 0; i + 16 <= count; i += 16)
        _mm512_storeu_ps(dst + i, _mm512_mask_cvtph_ps(_mm512_setzero_ps(), (__mmask16)-1,
                                                        _mm256_loadu_si256((const __m256i *)(src + i))));
    sd__widen_generic(src + i, count - i, dst + i);
}
/* AVX2 + FMA kernel, compiled for that target whatever the build flags and chosen at run time:
   12 accumulators (6 rows x 2 vectors of 8), 2 B loads and 6 broadcasts per k. */
__attribute__((target("avx2,fma"))) static void sd__kernel_avx2(int kc, const float *a, size_t a_rs, size_t a_ks,
                                                                const float *b, float *c, size_t ldc, int accumulate) {
    const float *a0 = a, *a1 = a0 + a_rs, *a2 = a1 + a_rs, *a3 = a2 + a_rs, *a4 = a3 + a_rs, *a5 = a4 + a_rs;
    __m256 c00 = _mm256_setzero_ps(), c01 = c00, c10 = c00, c11 = c00, c20 = c00, c21 = c00;
    __m256 c30 = c00, c31 = c00, c40 = c00, c41 = c00, c50 = c00, c51 = c00, b0, b1, av;
    size_t o = 0;
    int k;
    for (k = 0; k < kc; k++, o += a_ks, b += SD__NR) {
        b0 = _mm256_loadu_ps(b);
        b1 = _mm256_loadu_ps(b + 8);
        av = _mm256_broadcast_ss(a0 + o); c00 = _mm256_fmadd_ps(av, b0, c00); c01 = _mm256_fmadd_ps(av, b1, c01);
        av = _mm256_broadcast_ss(a1 + o); c10 = _mm256_fmadd_ps(av, b0, c10); c11 = _mm256_fmadd_ps(av, b1, c11);
        av = _mm256_broadcast_ss(a2 + o); c20 = _mm256_fmadd_ps(av, b0, c20); c21 = _mm256_fmadd_ps(av, b1, c21);
        av = _mm256_broadcast_ss(a3 + o); c30 = _mm256_fmadd_ps(av, b0, c30); c31 = _mm256_fmadd_ps(av, b1, c31);
        av = _mm256_broadcast_ss(a4 + o); c40 = _mm256_fmadd_ps(av, b0, c40); c41 = _mm256_fmadd_ps(av, b1, c41);
        av = _mm256_broadcast_ss(a5 + o); c50 = _mm256_fmadd_ps(av, b0, c50); c51 = _mm256_fmadd_ps(av, b1, c51);
    }
#define SD__STORE_ROW(r, lo, hi)                                                                 \
    do {                                                                                         \
        float *row = c + (size_t)(r) * ldc;                                                      \
        if (accumulate) {                                                                        \
            lo = _mm256_add_ps(_mm256_loadu_ps(row), lo);                                        \
            hi = _mm256_add_ps(_mm256_loadu_ps(row + 8), hi);                                    \
        }                                                                                        \
        _mm256_storeu_ps(row, lo);                                                               \
        _mm256_storeu_ps(row + 8, hi);                                                           \
    } while (0)
    SD__STORE_ROW(0, c00, c01);
    SD__STORE_ROW(1, c10, c11);
    SD__STORE_ROW(2, c20, c21);
    SD__STORE_ROW(3, c30, c31);
    SD__STORE_ROW(4, c40, c41);
    SD__STORE_ROW(5, c50, c51);
#undef SD__STORE_ROW
}

/* Stores accumulator v as row r of c (c += v when accumulate): the AVX-512 kernels' epilogue. */
#define SD__STORE_ROW512(r, v)                                                                   \
    do {                                                                                         \
        float *row = c + (size_t)(r) * ldc;                                                      \
        _mm512_storeu_ps(row, accumulate ? _mm512_add_ps(_mm512_loadu_ps(row), v) : v);          \
    } while (0)

/* AVX-512 pair kernel: 12 accumulators of 16 lanes (two 6-row slivers x one 16-column panel), one
   B load and 12 broadcasts per k. Per element the same FMA chain and final add as the AVX2 kernel,
   so the two give identical bits. */
__attribute__((target("avx512f"))) static void sd__kernel_pair_avx512(int kc, const float *a0, const float *a1,
                                                                      const float *b, float *c, size_t ldc,
                                                                      int accumulate) {
    __m512 c0 = _mm512_setzero_ps(), c1 = c0, c2 = c0, c3 = c0, c4 = c0, c5 = c0;
    __m512 c6 = c0, c7 = c0, c8 = c0, c9 = c0, c10 = c0, c11 = c0, bv;
    int k;
    for (k = 0; k < kc; k++, a0 += SD__MR, a1 += SD__MR, b += SD__NR) {
        bv = _mm512_loadu_ps(b);
        c0 = _mm512_fmadd_ps(_mm512_set1_ps(a0[0]), bv, c0);
        c1 = _mm512_fmadd_ps(_mm512_set1_ps(a0[1]), bv, c1);
        c2 = _mm512_fmadd_ps(_mm512_set1_ps(a0[2]), bv, c2);
        c3 = _mm512_fmadd_ps(_mm512_set1_ps(a0[3]), bv, c3);
        c4 = _mm512_fmadd_ps(_mm512_set1_ps(a0[4]), bv, c4);
        c5 = _mm512_fmadd_ps(_mm512_set1_ps(a0[5]), bv, c5);
        c6 = _mm512_fmadd_ps(_mm512_set1_ps(a1[0]), bv, c6);
        c7 = _mm512_fmadd_ps(_mm512_set1_ps(a1[1]), bv, c7);
        c8 = _mm512_fmadd_ps(_mm512_set1_ps(a1[2]), bv, c8);
        c9 = _mm512_fmadd_ps(_mm512_set1_ps(a1[3]), bv, c9);
        c10 = _mm512_fmadd_ps(_mm512_set1_ps(a1[4]), bv, c10);
        c11 = _mm512_fmadd_ps(_mm512_set1_ps(a1[5]), bv, c11);
    }
    SD__STORE_ROW512(0, c0); SD__STORE_ROW512(1, c1); SD__STORE_ROW512(2, c2); SD__STORE_ROW512(3, c3);
    SD__STORE_ROW512(4, c4); SD__STORE_ROW512(5, c5); SD__STORE_ROW512(6, c6); SD__STORE_ROW512(7, c7);
    SD__STORE_ROW512(8, c8); SD__STORE_ROW512(9, c9); SD__STORE_ROW512(10, c10); SD__STORE_ROW512(11, c11);
}

/* The product VDPBF16PS adds to each lane: the bf16 pair of A row r at step k, broadcast, times
   the B pairs. */
#define SD__DP(acc, r, bv) acc = _mm512_dpbf16_ps(acc, (__m512bh)_mm512_set1_epi32((int)a[k + (r) * SD__A_PAIRS_LD]), (__m512bh)(bv))

/* AVX512_BF16 kernels: one tile (6 accumulators) and the pair (12), one 64-byte B load of 16
   columns x 2 k per step. */
__attribute__((target("avx512f,avx512bf16"))) static void sd__kernel_bf16_avx512(int pairs, const uint32_t *a,
                                                                                  const uint32_t *b, float *c,
                                                                                  size_t ldc, int accumulate) {
    __m512 c0 = _mm512_setzero_ps(), c1 = c0, c2 = c0, c3 = c0, c4 = c0, c5 = c0;
    __m512i bv;
    int k;
    for (k = 0; k < pairs; k++, b += SD__NR) {
        bv = _mm512_loadu_si512(b);
        SD__DP(c0, 0, bv); SD__DP(c1, 1, bv); SD__DP(c2, 2, bv);
        SD__DP(c3, 3, bv); SD__DP(c4, 4, bv); SD__DP(c5, 5, bv);
    }
    SD__STORE_ROW512(0, c0); SD__STORE_ROW512(1, c1); SD__STORE_ROW512(2, c2);
    SD__STORE_ROW512(3, c3); SD__STORE_ROW512(4, c4); SD__STORE_ROW512(5, c5);
}

__attribute__((target("avx512f,avx512bf16"))) static void sd__kernel_bf16_pair_avx512(int pairs, const uint32_t *a,
                                                                                       const uint32_t *b, float *c,
                                                                                       size_t ldc, int accumulate) {
    __m512 c0 = _mm512_setzero_ps(), c1 = c0, c2 = c0, c3 = c0, c4 = c0, c5 = c0;
    __m512 c6 = c0, c7 = c0, c8 = c0, c9 = c0, c10 = c0, c11 = c0;
    __m512i bv;
    int k;
    for (k = 0; k < pairs; k++, b += SD__NR) {
        bv = _mm512_loadu_si512(b);
        SD__DP(c0, 0, bv); SD__DP(c1, 1, bv); SD__DP(c2, 2, bv); SD__DP(c3, 3, bv);
        SD__DP(c4, 4, bv); SD__DP(c5, 5, bv); SD__DP(c6, 6, bv); SD__DP(c7, 7, bv);
        SD__DP(c8, 8, bv); SD__DP(c9, 9, bv); SD__DP(c10, 10, bv); SD__DP(c11, 11, bv);
    }
    SD__STORE_ROW512(0, c0); SD__STORE_ROW512(1, c1); SD__STORE_ROW512(2, c2); SD__STORE_ROW512(3, c3);
    SD__STORE_ROW512(4, c4); SD__STORE_ROW512(5, c5); SD__STORE_ROW512(6, c6); SD__STORE_ROW512(7, c7);
    SD__STORE_ROW512(8, c8); SD__STORE_ROW512(9, c9); SD__STORE_ROW512(10, c10); SD__STORE_ROW512(11, c11);
}
#undef SD__DP
#undef SD__STORE_ROW512

/* sd__round_bf16_generic with VCVTNEPS2BF16 (ties to even too, but subnormal inputs become
   zero), 16 a step, the tail masked. */
__attribute__((target("avx512f,avx512bw,avx512vl,avx512bf16"))) static void sd__round_bf16_avx512(const float *src, int count,
                                                                                                   uint16_t *dst) {
    int i;
    for (i = 0; i + 16 <= count; i += 16)
        _mm256_storeu_si256((__m256i *)(dst + i), (__m256i)_mm512_cvtneps_pbh(_mm512_loadu_ps(src + i)));
    if (i < count) {
        const __mmask16 m = (__mmask16)((1u << (count - i)) - 1u);
        _mm256_mask_storeu_epi16(dst + i, m, (__m256i)_mm512_cvtneps_pbh(_mm512_maskz_loadu_ps(m, src + i)));
    }
}
#endif

/* Every kernel set this build has, best first; sd__pick_kernels takes the first the CPU runs. */
static const sd__cpu_kernels sd__cpu_kernel_sets[] = {
#ifdef SD__HAVE_AVX2_KERNEL
    {"avx512+bf16", sd__kernel_avx2, sd__kernel_pair_avx512, sd__widen_avx512, sd__kernel_bf16_avx512,
     sd__kernel_bf16_pair_avx512, sd__round_bf16_avx512, &sd__vops_avx512},
    {"avx512", sd__kernel_avx2, sd__kernel_pair_avx512, sd__widen_avx512, sd__kernel_bf16_generic, NULL, sd__round_bf16_generic,
     &sd__vops_avx512},
    {"avx2+fma", sd__kernel_avx2, NULL, sd__widen_f16c, sd__kernel_bf16_generic, NULL, sd__round_bf16_generic, &sd__vops_avx2},
#endif
    {"portable", sd__kernel_generic, NULL, sd__widen_generic, sd__kernel_bf16_generic, NULL, sd__round_bf16_generic, &sd__vops}};

/* Whether this CPU runs a kernel set (the portable one runs anywhere). */
static int sd__cpu_kernels_supported(const sd__cpu_kernels *k) {
#ifdef SD__HAVE_AVX2_KERNEL
    __builtin_cpu_init();
    if (k->tile == sd__kernel_avx2 && !(__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma") && sd__cpu_has_f16c()))
        return 0;
    if (k->pair == sd__kernel_pair_avx512 && !__builtin_cpu_supports("avx512f")) return 0;
    if (k->bf16_tile == sd__kernel_bf16_avx512 &&
        !(__builtin_cpu_supports("avx512bf16") && __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512vl")))
        return 0;
#endif
    return k->tile != NULL;
}

static sd__cpu_kernels sd__pick_kernels(void) {
    size_t i;
    for (i = 0; i + 1 < SD__COUNT(sd__cpu_kernel_sets) && !sd__cpu_kernels_supported(&sd__cpu_kernel_sets[i]); i++) {}
    return sd__cpu_kernel_sets[i];
}

/* --------------------------------------------------------------------------------------------
   SGEMM driver. A is the im2col view of an NHWC image: row m is output pixel (batch, oy, ox),
   column k is (ky, kx, channel), so a 3x3 convolution reads 9 runs of `in_c` contiguous floats
   per row. B is packed: panel p holds columns p*NR..p*NR+NR-1 as [k][NR], zero past n.
   -------------------------------------------------------------------------------------------- */
typedef struct sd__gemm {
    const float *x;       /* image: pixel (b, y, x) at x + ((b * in_h + y) * in_w + x) * pixel_stride */
    size_t pixel_stride;
    int in_h, in_w, in_c, ksize, stride, pad, out_h, out_w;
    int m, n, k;          /* m = batch * out_h * out_w, k = ksize * ksize * in_c */
    const float *b;       /* packed B */
    const uint16_t *b_half; /* or packed B in IEEE half (weights a file holds in half), when b is NULL */
    const uint32_t *b_bf16; /* or packed B as bf16 pairs, panel p at p * NR * ((k + 1) / 2) (see
                               sd__pair_panels), when b and b_half are NULL: bf16 products */
    float *c;             /* row m at c + m * ldc */
    size_t ldc;
    const float *bias;    /* [n] or NULL */
    const float *residual;/* laid out like c, or NULL */
    int a_in_place;       /* A is a plain matrix whose whole MR-row tiles the kernel reads where they
                             lie; pays off for short products (attention), packing wins elsewhere */
} sd__gemm;

static const float sd__zeros[2 * SD__KC] = {0}; /* the longest run of padding a K block reads */

/* The view of a row-major matrix (rows x cols, row stride ld) as a GEMM A operand. */
static void sd__gemm_matrix_a(sd__gemm *g, const float *a, int rows, int cols, size_t ld) {
    g->x = a;
    g->pixel_stride = ld;
    g->in_h = g->out_h = 1;
    g->in_w = g->out_w = g->m = rows;
    g->in_c = g->k = cols;
    g->ksize = g->stride = 1;
    g->pad = 0;
    g->a_in_place = 0;
}

/* d[j * MR + r] = src[r][j] for j < len: one column run of an A sliver, written out for MR = 6 so
   that the row pointers stay in registers. */
static void sd__pack_interleave(const float *const *src, int len, float *d) {
    const float *s0 = src[0], *s1 = src[1], *s2 = src[2], *s3 = src[3], *s4 = src[4], *s5 = src[5];
    int j;
    for (j = 0; j < len; j++, d += 6) {
        d[0] = s0[j]; d[1] = s1[j]; d[2] = s2[j];
        d[3] = s3[j]; d[4] = s4[j]; d[5] = s5[j];
    }
}

/* Where row m of A (output pixel bn, oy, ox; bn = -1 past the end) reads the channel run that
   starts at channel ch of tap `tap`: a pointer into the image, or sd__zeros for padding. */
typedef struct sd__a_row {
    int bn, oy, ox;
} sd__a_row;

static sd__a_row sd__a_row_at(const sd__gemm *g, int m, int exists) {
    sd__a_row r;
    const int pix = g->out_h * g->out_w;
    r.bn = exists ? m / pix : -1; /* a row past the end reads zeros (its position must still be defined) */
    r.oy = exists ? (m % pix) / g->out_w : 0;
    r.ox = exists ? m % g->out_w : 0;
    return r;
}

static const float *sd__a_source(const sd__gemm *g, const sd__a_row *r, int tap, int ch) {
    const int iy = r->oy * g->stride - g->pad + tap / g->ksize, ix = r->ox * g->stride - g->pad + tap % g->ksize;
    if (r->bn < 0 || iy < 0 || iy >= g->in_h || ix < 0 || ix >= g->in_w) return sd__zeros;
    return g->x + ((size_t)(r->bn * g->in_h + iy) * g->in_w + ix) * g->pixel_stride + ch;
}

/* Packs rows m0..m0+rows-1, columns k0..k0+kc-1 of A into MR-row slivers [kc][MR] (rows past
   the end are zero). Column runs are shared by all rows of a sliver; only the source pixel
   (or padding) differs per row. */
static void sd__gemm_pack_a(const sd__gemm *g, int m0, int rows, int k0, int kc, float *dst) {
    const float *src[SD__MR];
    int p, r;
    for (p = 0; p < rows; p += SD__MR, dst += (size_t)SD__MR * kc) {
        sd__a_row at[SD__MR];
        int k = k0;
        for (r = 0; r < SD__MR; r++) at[r] = sd__a_row_at(g, m0 + p + r, p + r < rows);
        while (k < k0 + kc) {
            int tap = k / g->in_c, ch = k - tap * g->in_c, len = SD__MIN(g->in_c - ch, k0 + kc - k);
            for (r = 0; r < SD__MR; r++) src[r] = sd__a_source(g, &at[r], tap, ch);
            sd__pack_interleave(src, len, dst + (size_t)(k - k0) * SD__MR);
            k += len;
        }
    }
}

/* The same rows and columns of A rounded to bf16, row-major: row r at dst + r * SD__A_PAIRS_LD
   pairs (an odd kc ends with a zero), and zero rows up to a whole tile. */
static void sd__gemm_pack_a_bf16(const sd__cpu_kernels *kernels, const sd__gemm *g, int m0, int rows, int k0, int kc,
                                 uint32_t *dst) {
    int r, k;
    for (r = 0; r < rows; r++) {
        uint16_t *d = (uint16_t *)(void *)(dst + (size_t)r * SD__A_PAIRS_LD);
        const sd__a_row at = sd__a_row_at(g, m0 + r, 1);
        for (k = k0; k < k0 + kc;) {
            int tap = k / g->in_c, ch = k - tap * g->in_c, len = SD__MIN(g->in_c - ch, k0 + kc - k);
            kernels->round_bf16(sd__a_source(g, &at, tap, ch), len, d + (k - k0));
            k += len;
        }
        if (kc & 1) d[kc] = 0;
    }
    for (; r % SD__MR; r++) memset(dst + (size_t)r * SD__A_PAIRS_LD, 0, (size_t)(kc + 1) / 2 * sizeof(uint32_t));
}

/* Floats of a packed B of k rows and n columns (n rounded up to whole panels). */
static size_t sd__packed_b_floats(int k, int n) {
    size_t floats;
    /* an overflow (possible with a 32-bit size_t) becomes a size no allocation accepts */
    if (!sd__mul_size((size_t)((n + SD__NR - 1) / SD__NR) * SD__NR, (size_t)k, &floats)) return (size_t)-1;
    return floats;
}

/* Panel p of B(kk, col) = src[col * ld + (ch * ksize + ky) * ksize + kx], kk = (ky * ksize + kx) *
   in_c + ch: PyTorch's conv weight [out, in, kh, kw] (and with ksize 1, any matrix whose rows are
   B's columns). Channels go in blocks of 64 so that the 16 source rows' pieces stay in cache
   while every tap reads them. */
static void sd__pack_b_panel(const float *src, size_t ld, int in_c, int ksize, int n, int p, float *panel) {
    const float *rows[SD__NR];
    int cols = SD__MIN(SD__NR, n - p * SD__NR), ch0, ch1, ky, kx, ch, j;
    for (j = 0; j < cols; j++) rows[j] = src + (size_t)(p * SD__NR + j) * ld;
    for (ch0 = 0; ch0 < in_c; ch0 = ch1) {
        ch1 = SD__MIN(in_c, ch0 + 64);
        for (ky = 0; ky < ksize; ky++)
            for (kx = 0; kx < ksize; kx++)
                for (ch = ch0; ch < ch1; ch++) {
                    float *d = panel + ((size_t)(ky * ksize + kx) * in_c + ch) * SD__NR;
                    size_t at = ((size_t)ch * ksize + ky) * ksize + kx;
                    for (j = 0; j < cols; j++) d[j] = rows[j][at];
                    for (; j < SD__NR; j++) d[j] = 0.0f;
                }
    }
}

static void sd__pack_b_columns(const float *src, size_t ld, int in_c, int ksize, int n, float *dst) {
    int p, panels = (n + SD__NR - 1) / SD__NR;
    for (p = 0; p < panels; p++)
        sd__pack_b_panel(src, ld, in_c, ksize, n, p, dst + sd__packed_b_floats(ksize * ksize * in_c, p * SD__NR));
}

/* B(kk, col) = src[kk * ld + col]: a row-major K x N matrix. */
static void sd__pack_b_rows(const float *src, size_t ld, int k, int n, float *dst) {
    int panels = (n + SD__NR - 1) / SD__NR, p, kk;
    for (p = 0; p < panels; p++) {
        int cols = SD__MIN(SD__NR, n - p * SD__NR);
        for (kk = 0; kk < k; kk++, dst += SD__NR) {
            memcpy(dst, src + (size_t)kk * ld + (size_t)p * SD__NR, (size_t)cols * sizeof(float));
            if (cols < SD__NR) memset(dst + cols, 0, (size_t)(SD__NR - cols) * sizeof(float));
        }
    }
}

/* Packed B panels of k rows and n columns (see sd__pack_b_panel), rounded in place into panels
   of bf16 pairs, panel p at p * NR * ((k + 1) / 2) (sd__gemm.b_bf16). In place is safe: pair q of a
   panel lands at or before row 2q of its floats, and every panel at or before its float one. */
static uint32_t *sd__pair_panels(float *packed, int k, int n) {
    uint32_t *pairs = (uint32_t *)(void *)packed;
    int p, panels = (n + SD__NR - 1) / SD__NR;
    for (p = 0; p < panels; p++)
        sd__pair_bf16(packed + sd__packed_b_floats(k, p * SD__NR), SD__NR, k, pairs + (size_t)p * (size_t)((k + 1) / 2) * SD__NR);
    return pairs;
}

/* Rows m0..m1-1 (m1 - m0 <= MC) and panels p0..p1-1 of C; apack is SD__GEMM_SCRATCH floats. A is
   packed per K block, except the whole tiles of an A read in place (a last tile of fewer than
   MR rows is still packed, as the rows past the end do not exist). With a bf16 B, A is rounded
   into rows of bf16 pairs (see sd__gemm_pack_a_bf16), in K blocks twice as long (the same bytes)
   that hold whole pairs. */
static void sd__gemm_block(const sd__cpu_kernels *kernels, const sd__gemm *g, int m0, int m1, int p0, int p1,
                           float *apack) {
    float tile[SD__MR * SD__NR], *widened = apack + (size_t)SD__MC * SD__A_PAIRS_LD;
    uint32_t *a_pairs = (uint32_t *)(void *)apack;
    const int bf16 = g->b_bf16 != NULL, in_place = g->a_in_place && !bf16, full_end = m0 + (m1 - m0) / SD__MR * SD__MR;
    const int kc_max = bf16 ? 2 * SD__KC : SD__KC;
    const size_t panel_pairs = (size_t)((g->k + 1) / 2) * SD__NR; /* uint32 per bf16 panel */
    int k_blocks = (g->k + kc_max - 1) / kc_max, k_step = (g->k + k_blocks - 1) / k_blocks; /* even K blocks */
    int k0, p, i, r, j, step, j0 = p0 * SD__NR, n_end = SD__MIN(g->n, p1 * SD__NR);
    if (bf16) k_step += k_step & 1;
    for (k0 = 0; k0 < g->k; k0 += k_step) {
        int kc = SD__MIN(k_step, g->k - k0), pairs = (kc + 1) / 2, accumulate = k0 > 0;
        int pack_from = in_place ? full_end : m0;
        if (bf16) sd__gemm_pack_a_bf16(kernels, g, m0, m1 - m0, k0, kc, a_pairs);
        else if (pack_from < m1) sd__gemm_pack_a(g, pack_from, m1 - pack_from, k0, kc, apack);
        for (p = p0; p < p1; p++) {
            const size_t b_at = ((size_t)p * g->k + k0) * SD__NR;
            const float *bp = g->b ? g->b + b_at : widened;
            const uint32_t *bp_pairs = bf16 ? g->b_bf16 + (size_t)p * panel_pairs + (size_t)k0 / 2 * SD__NR : NULL;
            int cols = SD__MIN(SD__NR, g->n - p * SD__NR);
            if (g->b_half) kernels->widen(g->b_half + b_at, (size_t)kc * SD__NR, widened); /* once for every row tile */
            for (i = m0; i < m1; i += step) {
                int rows = SD__MIN(SD__MR, m1 - i), whole = rows == SD__MR && cols == SD__NR;
                int two = whole && i >= pack_from && m1 - i >= 2 * SD__MR; /* two whole packed tiles */
                float *c = g->c + (size_t)i * g->ldc + (size_t)p * SD__NR, *out = whole ? c : tile;
                size_t out_ld = whole ? g->ldc : SD__NR;
                step = SD__MR;
                if (bf16) {
                    const uint32_t *a = a_pairs + (size_t)(i - m0) * SD__A_PAIRS_LD;
                    if (two && kernels->bf16_pair) {
                        kernels->bf16_pair(pairs, a, bp_pairs, c, g->ldc, accumulate);
                        step = 2 * SD__MR;
                    } else {
                        kernels->bf16_tile(pairs, a, bp_pairs, out, out_ld, accumulate && whole);
                    }
                } else if (i < pack_from) { /* a whole tile read in place */
                    kernels->tile(kc, g->x + (size_t)i * g->pixel_stride + k0, g->pixel_stride, 1, bp, out, out_ld,
                                  accumulate && whole);
                } else {
                    const float *a = apack + (size_t)(i - pack_from) * kc;
                    if (two && kernels->pair) {
                        kernels->pair(kc, a, a + (size_t)SD__MR * kc, bp, c, g->ldc, accumulate);
                        step = 2 * SD__MR;
                    } else {
                        kernels->tile(kc, a, 1, SD__MR, bp, out, out_ld, accumulate && whole);
                    }
                }
                if (whole) continue;
                for (r = 0; r < rows; r++)
                    for (j = 0; j < cols; j++) {
                        float *e = c + (size_t)r * g->ldc + j;
                        *e = accumulate ? *e + tile[r * SD__NR + j] : tile[r * SD__NR + j];
                    }
            }
        }
    }
    if (g->bias)
        for (i = m0; i < m1; i++) kernels->vec->add_run(g->c + (size_t)i * g->ldc + j0, g->bias + j0, (size_t)(n_end - j0));
    if (g->residual)
        for (i = m0; i < m1; i++)
            kernels->vec->add_run(g->c + (size_t)i * g->ldc + j0, g->residual + (size_t)i * g->ldc + j0, (size_t)(n_end - j0));
}

typedef struct sd__gemm_job {
    sd__cpu_backend *cb;
    const sd__gemm *g;
    int row_blocks, rows_per_job, col_blocks, panels_per_job;
} sd__gemm_job;

static void sd__gemm_job_run(void *ctx, int job, int thread) {
    const sd__gemm_job *J = (const sd__gemm_job *)ctx;
    int mb = job / J->col_blocks, nb = job % J->col_blocks;
    int m0 = mb * J->rows_per_job, m1 = SD__MIN(J->g->m, m0 + J->rows_per_job);
    int panels = (J->g->n + SD__NR - 1) / SD__NR;
    int p0 = nb * J->panels_per_job, p1 = SD__MIN(panels, p0 + J->panels_per_job);
    sd__gemm_block(&J->cb->kernels, J->g, m0, m1, p0, p1, J->cb->scratch[thread]);
}

/* The whole GEMM on all threads: jobs are row blocks of at most MC rows (even sizes, in whole
   tiles), split along N as well when there are too few row blocks to keep every thread busy. */
static void sd__gemm_run(sd__cpu_backend *cb, const sd__gemm *g) {
    sd__gemm_job J;
    int panels = (g->n + SD__NR - 1) / SD__NR, wanted = 4 * cb->threads;
    if (!sd__cpu_take_work(cb, SD__GEMM_SCRATCH, 0)) return;
    J.cb = cb;
    J.g = g;
    J.row_blocks = (g->m + SD__MC - 1) / SD__MC;
    J.rows_per_job = ((g->m + J.row_blocks - 1) / J.row_blocks + SD__MR - 1) / SD__MR * SD__MR;
    J.row_blocks = (g->m + J.rows_per_job - 1) / J.rows_per_job;
    J.col_blocks = 1;
    if (cb->threads > 1 && J.row_blocks < wanted)
        J.col_blocks = SD__MIN(panels, (wanted + J.row_blocks - 1) / J.row_blocks);
    J.panels_per_job = (panels + J.col_blocks - 1) / J.col_blocks;
    J.col_blocks = (panels + J.panels_per_job - 1) / J.panels_per_job;
    sd__pool_parallel_for(&cb->pool, J.row_blocks * J.col_blocks, sd__gemm_job_run, &J);
}

/* 1 when an op may run: no earlier failure and every tensor present and float32. */
static int sd__cpu_begin(sd__backend *b, const char *op, const sd__tensor *const *tensors, int count) {
    return sd__op_begin(b, op, tensors, count, SD__F32);
}
