/* ============================================================================================
   CPU backend: memory ops, conv2d and linear, normalization
   ============================================================================================ */
static void sd__cpu_alloc_op(sd__backend *b, sd__tensor *t) {
    size_t count;
    t->data = NULL;
    if (b->status) return;
    if (t->dtype != SD__F32) {
        sd__backend_failf(b, SD_ERR_UNSUPPORTED, "only float32 tensors are supported");
        return;
    }
    count = sd__shape_count(b, t->n, t->h, t->w, t->c);
    if (!count) return;
    t->data = sd__cpu_alloc(b, count * sizeof(float), t);
}

static void sd__cpu_release(sd__backend *b, sd__tensor *t) {
    sd__cpu_free(b, t->data);
    t->data = NULL;
}

typedef struct sd__pack_job {
    const float *src;
    float *dst;
    int k, n, ksize;
} sd__pack_job;

static void sd__pack_weight_job(void *ctx, int job, int thread) {
    const sd__pack_job *J = (const sd__pack_job *)ctx;
    (void)thread;
    sd__pack_b_panel(J->src, (size_t)J->k, J->k / (J->ksize * J->ksize), J->ksize, J->n, job,
                     J->dst + sd__packed_b_floats(J->k, job * SD__NR));
}

/* How a conv or linear weight is kept, as packed B panels (see sd__pack_b_panel): as bf16 pairs
   at bf16 precision (see sd__kernel_bf16_fn); in IEEE half at fp16, or when the file holds it so
   (the loader's dtype hint SD__F16: the same values in half the memory, widened exactly by the
   GEMM as it goes); else float32. Vectors are float32 always. */
static sd__dtype sd__cpu_weight_dtype(const sd__backend *b, sd__weight_kind kind, const sd__tensor *hint) {
    const sd_precision precision = ((const sd__cpu_backend *)b)->precision;
    if (kind != SD__W_CONV && kind != SD__W_LINEAR) return SD__F32;
    if (precision == SD_PRECISION_BF16) return SD__BF16;
    return hint->dtype == SD__F16 || precision == SD_PRECISION_FP16 ? SD__F16 : SD__F32;
}

/* The GEMM shape of a conv or linear weight: n columns (outputs), k rows, ksize taps a side. */
static void sd__weight_gemm_shape(sd__weight_kind kind, const sd__tensor *t, int *n, int *k, int *ksize) {
    *n = kind == SD__W_CONV ? t->n : t->w;
    *k = kind == SD__W_CONV ? t->h * t->w * t->c : t->c;
    *ksize = kind == SD__W_CONV ? t->h : 1;
}

static size_t sd__cpu_weight_bytes(sd__backend *b, sd__weight_kind kind, const sd__tensor *shape) {
    size_t count, bytes;
    sd__dtype dtype;
    int n, k, ksize;
    if (b->status || !(count = sd__shape_count(b, shape->n, shape->h, shape->w, shape->c)) || !sd__weight_args_ok(b, kind, shape))
        return 0;
    dtype = sd__cpu_weight_dtype(b, kind, shape);
    sd__weight_gemm_shape(kind, shape, &n, &k, &ksize);
    if (kind == SD__W_CONV || kind == SD__W_LINEAR) count = sd__packed_b_floats(dtype == SD__BF16 ? k + (k & 1) : k, n);
    if (!sd__mul_size(count, dtype == SD__F32 ? sizeof(float) : sizeof(uint16_t), &bytes)) {
        sd__backend_failf(b, SD_ERR_OUT_OF_MEMORY, "weight [%d, %d, %d, %d] is too large", shape->n, shape->h, shape->w, shape->c);
        return 0;
    }
    return bytes;
}

/* The nearest IEEE half of a float, ties to even (overflow gives infinity, NaN stays NaN). */
static uint16_t sd__f32_to_f16(float f) {
    uint32_t bits, sign, abs, e, m, h, rem, halfway;
    int shift;
    memcpy(&bits, &f, 4);
    sign = (bits >> 16) & 0x8000u;
    abs = bits & 0x7FFFFFFFu;
    if (abs > 0x7F800000u) return (uint16_t)(sign | 0x7E00u);
    if (abs >= 0x477FF000u) return (uint16_t)(sign | 0x7C00u); /* 65520 and up round past 65504 */
    e = abs >> 23;
    if (e >= 113) { /* a normal half: drop 13 mantissa bits */
        h = (abs - (112u << 23)) >> 13;
        rem = abs & 0x1FFFu;
        halfway = 0x1000u;
    } else { /* a subnormal half (or zero): units of 2^-24 */
        if (e < 102) return (uint16_t)sign; /* below 2^-25 */
        m = (abs & 0x7FFFFFu) | 0x800000u;
        shift = 126 - (int)e;
        h = m >> shift;
        rem = m & ((1u << shift) - 1u);
        halfway = 1u << (shift - 1);
    }
    if (rem > halfway || (rem == halfway && (h & 1u))) h++;
    return (uint16_t)(sign | h);
}

static void sd__cpu_upload_weight(sd__backend *b, sd__weight_kind kind, const float *src, sd__tensor *dst) {
    dst->dtype = sd__cpu_weight_dtype(b, kind, dst);
    if (b->status) return;
    if (kind == SD__W_CONV || kind == SD__W_LINEAR) {
        sd__pack_job J;
        size_t i, count = 0;
        int panels;
        J.src = src;
        sd__weight_gemm_shape(kind, dst, &J.n, &J.k, &J.ksize);
        J.dst = (float *)dst->data;
        panels = (J.n + SD__NR - 1) / SD__NR;
        if (dst->dtype != SD__F32) { /* packed in float first, then narrowed: one packing routine for all */
            count = sd__packed_b_floats(J.k, J.n);
            if (!(J.dst = (float *)sd__malloc(b->env, count * sizeof(float)))) {
                sd__backend_failf(b, SD_ERR_OUT_OF_MEMORY, "out of memory packing a [%d, %d] weight", J.n, J.k);
                return;
            }
        }
        sd__pool_parallel_for(&((sd__cpu_backend *)b)->pool, panels, sd__pack_weight_job, &J);
        if (dst->dtype == SD__F16)
            for (i = 0; i < count; i++) ((uint16_t *)dst->data)[i] = sd__f32_to_f16(J.dst[i]);
        else if (dst->dtype == SD__BF16)
            memcpy(dst->data, sd__pair_panels(J.dst, J.k, J.n), (size_t)panels * (size_t)((J.k + 1) / 2) * SD__NR * 4);
        if (J.dst != dst->data) sd__free(b->env, J.dst);
    } else {
        memcpy(dst->data, src, sd__tensor_count(dst) * sizeof(float));
    }
}

/* The weight store's memory: "backend" blocks (the offload window) and plain host memory for
   the host copy, so that offloading runs (and is tested) here with memcpy as the transfer. */
static void *sd__cpu_mem_alloc(sd__backend *b, size_t bytes, int host, const char *what) {
    void *p;
    if (b->status) return NULL;
    p = host ? sd__malloc(b->env, bytes) : sd__cpu_alloc(b, bytes, NULL);
    if (!p) {
        sd__backend_failf(b, SD_ERR_OUT_OF_MEMORY, "out of memory allocating %.1f MB", (double)bytes / 1048576.0);
        sd__fail_context(b->env, what);
    }
    return p;
}

static void sd__cpu_mem_free(sd__backend *b, void *ptr, int host) {
    if (host) sd__free(b->env, ptr);
    else sd__cpu_free(b, ptr);
}

static void sd__cpu_copy(sd__backend *b, void *dst, const void *src, size_t bytes, int to_host) {
    (void)to_host;
    if (!b->status) memcpy(dst, src, bytes);
}

/* Ops run when they are issued, so a prefetch is a copy right away. */
static unsigned long long sd__cpu_prefetch(sd__backend *b, void *dst, const void *src, size_t bytes) {
    sd__cpu_copy(b, dst, src, bytes, 0);
    return ++((sd__cpu_backend *)b)->copies;
}

static void sd__cpu_await_copy(sd__backend *b, unsigned long long ticket) {
    (void)b;
    (void)ticket;
}

static void sd__cpu_write(sd__backend *b, sd__tensor *dst, const float *src) {
    if (!sd__cpu_begin(b, "write", (const sd__tensor *const *)&dst, 1)) return;
    memcpy(dst->data, src, sd__tensor_count(dst) * sizeof(float));
}

static void sd__cpu_read(sd__backend *b, const sd__tensor *src, float *dst) {
    if (!sd__cpu_begin(b, "read", &src, 1)) return;
    memcpy(dst, src->data, sd__tensor_count(src) * sizeof(float));
}

/* --------------------------------------------------------------------------------------------
   conv2d and linear
   -------------------------------------------------------------------------------------------- */
/* 1 when a conv or linear may run: x and y as every op wants them, the weight in float32 or in
   half or bf16 (see sd__cpu_weight_dtype); g->b, g->b_half or g->b_bf16 then points at it. */
static int sd__cpu_gemm_begin(sd__backend *b, const char *op, const sd__tensor *x, const sd__tensor *w, const sd__tensor *y,
                              sd__gemm *g) {
    if (!sd__gemm_op_begin(b, op, x, w, y, SD__F32)) return 0;
    g->b = w->dtype == SD__F32 ? (const float *)w->data : NULL;
    g->b_half = w->dtype == SD__F16 ? (const uint16_t *)w->data : NULL;
    g->b_bf16 = w->dtype == SD__BF16 ? (const uint32_t *)w->data : NULL;
    return 1;
}

static void sd__cpu_conv2d(sd__backend *b, const sd__tensor *x, const sd__tensor *w, const sd__tensor *bias,
                           const sd__tensor *residual, int stride, int pad, sd__tensor *y) {
    sd__gemm g;
    int k;
    if (!sd__cpu_gemm_begin(b, "conv2d", x, w, y, &g) || !sd__conv2d_args_ok(b, x, w, bias, residual, stride, pad, y)) return;
    k = w->h;
    g.x = (const float *)x->data;
    g.pixel_stride = (size_t)x->c;
    g.in_h = x->h; g.in_w = x->w; g.in_c = x->c;
    g.ksize = k; g.stride = stride; g.pad = pad;
    g.out_h = y->h; g.out_w = y->w;
    g.m = y->n * y->h * y->w;
    g.n = w->n;
    g.k = k * k * x->c;
    g.c = (float *)y->data;
    g.ldc = (size_t)y->c;
    g.bias = bias ? (const float *)bias->data : NULL;
    g.residual = residual ? (const float *)residual->data : NULL;
    g.a_in_place = 0;
    sd__gemm_run((sd__cpu_backend *)b, &g);
}

static void sd__cpu_linear(sd__backend *b, const sd__tensor *x, const sd__tensor *w, const sd__tensor *bias,
                           const sd__tensor *residual, sd__tensor *y) {
    sd__gemm g;
    size_t rows;
    if (!sd__cpu_gemm_begin(b, "linear", x, w, y, &g) || !sd__linear_args_ok(b, x, w, bias, residual, y)) return;
    rows = sd__tensor_count(x) / (size_t)x->c;
    sd__gemm_matrix_a(&g, (const float *)x->data, (int)rows, x->c, (size_t)x->c);
    g.n = w->w;
    g.c = (float *)y->data;
    g.ldc = (size_t)y->c;
    g.bias = bias ? (const float *)bias->data : NULL;
    g.residual = residual ? (const float *)residual->data : NULL;
    sd__gemm_run((sd__cpu_backend *)b, &g);
}

/* --------------------------------------------------------------------------------------------
   Normalization
   -------------------------------------------------------------------------------------------- */
/* Group norm reads the tensor twice: once for the statistics, once to normalize (with the SiLU).
   Statistics jobs are fixed runs of pixels of one sample (the split depends on the shape only);
   each sums, per channel and in double, d = x - shift and d^2, the shift being the channel's value
   at the sample's first pixel, so that a mean far from zero loses nothing to cancellation. The
   runs' sums are added in order, so the result does not depend on the thread count. */
typedef struct sd__group_norm_job {
    const sd__cpu_backend *cb;
    const float *x, *beta;
    float *y;
    int pixels, c, silu;
    int run_pixels, runs;  /* per sample */
    double *partial;       /* [sample][run][2][c]: sums of d and of d^2 */
    float *chan;           /* [sample][2][c]: mean and rstd * gamma of each channel (normalization) */
} sd__group_norm_job;

static void sd__group_moments_job(void *ctx, int job, int thread) {
    const sd__group_norm_job *J = (const sd__group_norm_job *)ctx;
    int s = job / J->runs, p0 = (job % J->runs) * J->run_pixels, p1 = SD__MIN(J->pixels, p0 + J->run_pixels);
    const float *sample = J->x + (size_t)s * J->pixels * J->c;
    double *sum = J->partial + (size_t)job * 2 * J->c;
    (void)thread;
    memset(sum, 0, (size_t)2 * J->c * sizeof(double));
    J->cb->kernels.vec->moments(sample + (size_t)p0 * J->c, (size_t)(p1 - p0), (size_t)J->c, sample, sum, sum + J->c);
}

static void sd__group_apply_job(void *ctx, int job, int thread) {
    const sd__group_norm_job *J = (const sd__group_norm_job *)ctx;
    int s = job / J->runs, p0 = (job % J->runs) * J->run_pixels, p1 = SD__MIN(J->pixels, p0 + J->run_pixels), p;
    const float *mean = J->chan + (size_t)s * 2 * J->c, *scale = mean + J->c;
    (void)thread;
    for (p = p0; p < p1; p++) {
        size_t at = ((size_t)s * J->pixels + p) * J->c;
        J->cb->kernels.vec->normalize(J->x + at, J->y + at, mean, scale, J->beta, (size_t)J->c, J->silu);
    }
}

/* Pixels per job of a group norm over x, and the work it needs: in double the runs' partial sums
   (two per channel), in float the channels' mean and scale. (size_t)-1 when that overflows. */
static int sd__group_norm_run_pixels(const sd__tensor *x) { return SD__MAX(1, SD__ELEMENTS_PER_JOB / x->c); }
static size_t sd__group_norm_work(const sd__tensor *x) {
    const size_t run_pixels = (size_t)sd__group_norm_run_pixels(x), runs = ((size_t)x->h * x->w + run_pixels - 1) / run_pixels;
    const size_t channels = (size_t)x->n * x->c; /* at most x's element count */
    size_t doubles, bytes, floats;
    if (!sd__mul_size(runs, 2 * channels, &doubles) || !sd__mul_size(doubles, sizeof(double), &bytes) ||
        !sd__mul_size(channels, 2 * sizeof(float), &floats) || !sd__add_size(bytes, floats, &bytes))
        return (size_t)-1;
    return bytes;
}

/* The mean and rstd * gamma of each channel of sample s, from the runs' sums: a group of cg
   channels c with shifts h_c, sums S_c and Q_c over N pixels has the mean m = sum(N h_c + S_c) /
   (N cg) and the sum of squared deviations sum(Q_c + 2 (h_c - m) S_c + N (h_c - m)^2). */
static void sd__group_channel_stats(sd__group_norm_job *J, int s, int groups, float eps, const float *gamma) {
    const int cg = J->c / groups;
    const double n = (double)J->pixels;
    const float *shift = J->x + (size_t)s * J->pixels * J->c;
    float *mean = J->chan + (size_t)s * 2 * J->c, *scale = mean + J->c;
    int g, c, r;
    for (g = 0; g < groups; g++) {
        double total = 0, deviations = 0, m, rstd;
        for (c = g * cg; c < (g + 1) * cg; c++) {
            double sum = 0;
            for (r = 0; r < J->runs; r++) sum += J->partial[((size_t)s * J->runs + r) * 2 * J->c + c];
            total += n * shift[c] + sum;
        }
        m = total / (n * cg);
        for (c = g * cg; c < (g + 1) * cg; c++) {
            double sum = 0, squares = 0, h = (double)shift[c] - m;
            for (r = 0; r < J->runs; r++) {
                const double *part = J->partial + ((size_t)s * J->runs + r) * 2 * J->c;
                sum += part[c];
                squares += part[J->c + c];
            }
            deviations += squares + 2 * h * sum + n * h * h;
        }
        rstd = 1.0 / sqrt(SD__MAX(deviations, 0.0) / (n * cg) + (double)eps);
        for (c = g * cg; c < (g + 1) * cg; c++) {
            mean[c] = (float)m;
            scale[c] = (float)(rstd * gamma[c]);
        }
    }
}

static void sd__cpu_group_norm(sd__backend *b, const sd__tensor *x, const sd__tensor *gamma, const sd__tensor *beta,
                               int groups, float eps, int silu, sd__tensor *y) {
    sd__cpu_backend *cb = (sd__cpu_backend *)b;
    const sd__tensor *args[2];
    sd__group_norm_job J;
    double *work;
    int s;
    args[0] = x; args[1] = y;
    if (!sd__cpu_begin(b, "group_norm", args, 2) || !sd__group_norm_args_ok(b, x, gamma, beta, groups, y)) return;
    memset(&J, 0, sizeof J);
    J.cb = cb;
    J.x = (const float *)x->data;
    J.y = (float *)y->data;
    J.beta = (const float *)beta->data;
    J.pixels = x->h * x->w;
    J.c = x->c;
    J.silu = silu;
    J.run_pixels = sd__group_norm_run_pixels(x);
    J.runs = (J.pixels + J.run_pixels - 1) / J.run_pixels;
    work = (double *)(void *)sd__cpu_take_work(cb, 0, sd__group_norm_work(x));
    if (!work) return;
    J.partial = work;
    J.chan = (float *)(void *)(work + (size_t)J.runs * 2 * x->c * x->n);
    sd__pool_parallel_for(&cb->pool, x->n * J.runs, sd__group_moments_job, &J);
    for (s = 0; s < x->n; s++) sd__group_channel_stats(&J, s, groups, eps, (const float *)gamma->data);
    sd__pool_parallel_for(&cb->pool, x->n * J.runs, sd__group_apply_job, &J);
}

/* Sum in double of x (or of (x - mean)^2) over a run, in four interleaved chains so the adds
   overlap. */
static double sd__sum_run(const float *x, int count, int squares, double mean) {
    double a0 = 0, a1 = 0, a2 = 0, a3 = 0;
    int i;
    if (squares) {
        for (i = 0; i + 4 <= count; i += 4) {
            a0 += (x[i] - mean) * (x[i] - mean);
            a1 += (x[i + 1] - mean) * (x[i + 1] - mean);
            a2 += (x[i + 2] - mean) * (x[i + 2] - mean);
            a3 += (x[i + 3] - mean) * (x[i + 3] - mean);
        }
        for (; i < count; i++) a0 += (x[i] - mean) * (x[i] - mean);
    } else {
        for (i = 0; i + 4 <= count; i += 4) {
            a0 += x[i];
            a1 += x[i + 1];
            a2 += x[i + 2];
            a3 += x[i + 3];
        }
        for (; i < count; i++) a0 += x[i];
    }
    return (a0 + a1) + (a2 + a3);
}

typedef struct sd__layer_norm_job {
    const sd__cpu_backend *cb;
    const float *x, *gamma, *beta;
    float *y;
    int c, rows, rows_per_job;
    float eps;
} sd__layer_norm_job;

static void sd__layer_norm_job_run(void *ctx, int job, int thread) {
    const sd__layer_norm_job *J = (const sd__layer_norm_job *)ctx;
    int r0 = job * J->rows_per_job, r1 = SD__MIN(J->rows, r0 + J->rows_per_job), r;
    (void)thread;
    for (r = r0; r < r1; r++) {
        const float *x = J->x + (size_t)r * J->c;
        float *y = J->y + (size_t)r * J->c;
        double mean = sd__sum_run(x, J->c, 0, 0.0) / J->c;
        double rstd = 1.0 / sqrt(sd__sum_run(x, J->c, 1, mean) / J->c + (double)J->eps);
        J->cb->kernels.vec->layer_norm_row(x, y, (float)mean, (float)rstd, J->gamma, J->beta, (size_t)J->c);
    }
}

static void sd__cpu_layer_norm(sd__backend *b, const sd__tensor *x, const sd__tensor *gamma, const sd__tensor *beta,
                               float eps, sd__tensor *y) {
    const sd__tensor *args[2];
    sd__layer_norm_job J;
    size_t rows;
    args[0] = x; args[1] = y;
    if (!sd__cpu_begin(b, "layer_norm", args, 2) || !sd__layer_norm_args_ok(b, x, gamma, beta, y)) return;
    rows = sd__tensor_count(x) / (size_t)x->c;
    J.cb = (const sd__cpu_backend *)b;
    J.x = (const float *)x->data;
    J.y = (float *)y->data;
    J.gamma = (const float *)gamma->data;
    J.beta = (const float *)beta->data;
    J.c = x->c;
    J.rows = (int)rows;
    J.rows_per_job = SD__MAX(1, SD__ELEMENTS_PER_JOB / x->c);
    J.eps = eps;
    sd__pool_parallel_for(&((sd__cpu_backend *)b)->pool, (J.rows + J.rows_per_job - 1) / J.rows_per_job,
                          sd__layer_norm_job_run, &J);
}
