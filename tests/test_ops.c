/* Tests of the CPU backend: every op against a direct float64 computation on random inputs
   (odd sizes that are not multiples of the tile sizes), bitwise equality of 1 and 3 threads,
   and the failure paths (bad shapes, failed allocations, later ops becoming no-ops). */

#define SD_OPS_TOL 1e-5
#define SD_OPS_BF16_ATTENTION_TOL 1e-2 /* measured: at most 0.4% */

/* Two CPU backends on one env: 1 thread and 3 threads; every op runs on both. */
typedef struct sd_ops_pair {
    sd__env env;
    sd__backend *b[2];
} sd_ops_pair;

static int sd_ops_open(sd_tester *t, sd_ops_pair *p) {
    memset(p, 0, sizeof *p);
    if (sd__cpu_backend_create(&p->env, 1, SD_PRECISION_FP32, &p->b[0]) != SD_OK || sd__cpu_backend_create(&p->env, 3, SD_PRECISION_FP32, &p->b[1]) != SD_OK) {
        sd_test_fail_at(t, __FILE__, __LINE__, "cpu backend: %s", p->env.message);
        if (p->b[0]) p->b[0]->ops->destroy(p->b[0]);
        return 0;
    }
    return 1;
}

static void sd_ops_close(sd_tester *t, sd_ops_pair *p) {
    int i;
    for (i = 0; i < 2; i++) {
        CHECK(p->b[i]->status == SD_OK, "backend %d status %d: %s", i, (int)p->b[i]->status, p->env.message);
        p->b[i]->ops->destroy(p->b[i]);
    }
    CHECK(p->env.host_bytes == 0, "%lu bytes leaked", (unsigned long)p->env.host_bytes);
}

/* Deterministic uniform values in [lo, hi). */
static void sd_ops_random(float *v, size_t n, unsigned seed, float lo, float hi) {
    unsigned s = seed * 2654435761u + 12345u;
    size_t i;
    for (i = 0; i < n; i++) {
        s ^= s << 13;
        s ^= s >> 17;
        s ^= s << 5;
        v[i] = lo + (hi - lo) * (float)((s >> 8) * (1.0 / 16777216.0));
    }
}

static float *sd_ops_random_new(size_t n, unsigned seed) {
    float *v = (float *)malloc(n * sizeof(float));
    sd_ops_random(v, n, seed, -1.0f, 1.0f);
    return v;
}

/* An activation tensor holding host data (NULL data: uninitialized). */
static sd__tensor sd_ops_tensor(sd__backend *b, int n, int h, int w, int c, const float *data) {
    sd__tensor x = sd__t_new(b, n, h, w, c);
    if (x.data && data) b->ops->write(b, &x, data);
    return x;
}

static sd__tensor sd_ops_weight(sd__backend *b, sd__weight_kind kind, int n, int h, int w, int c, const float *data) {
    sd__tensor x;
    memset(&x, 0, sizeof x);
    x.n = n; x.h = h; x.w = w; x.c = c;
    sd__weight_new(b, kind, data, &x);
    return x;
}

/* Reads y from both backends, checks them bitwise equal and against the float64 reference. */
static void sd_ops_compare(sd_tester *t, sd_ops_pair *p, const sd__tensor *y, const double *ref, const char *what) {
    size_t n = sd__tensor_count(&y[0]), i;
    float *got[2];
    double max_diff = 0, max_ref = 0;
    got[0] = (float *)calloc(n, sizeof(float));
    got[1] = (float *)calloc(n, sizeof(float));
    p->b[0]->ops->read(p->b[0], &y[0], got[0]);
    p->b[1]->ops->read(p->b[1], &y[1], got[1]);
    for (i = 0; i < n; i++) {
        double d = fabs((double)got[0][i] - ref[i]);
        if (!(d <= max_diff)) max_diff = d;
        if (fabs(ref[i]) > max_ref) max_ref = fabs(ref[i]);
    }
    CHECK(max_ref > 0 && max_diff / max_ref <= SD_OPS_TOL, "%s: max|diff|/max|ref| = %g (max|ref| %g)", what,
          max_diff / max_ref, max_ref);
    CHECK(memcmp(got[0], got[1], n * sizeof(float)) == 0, "%s: 1 and 3 threads differ", what);
    free(got[0]);
    free(got[1]);
}

static void sd_ops_drop(sd_ops_pair *p, sd__tensor *t) {
    int i;
    for (i = 0; i < 2; i++) sd__t_drop(p->b[i], &t[i]);
}

/* --------------------------------------------------------------------------------------------
   Vector math
   -------------------------------------------------------------------------------------------- */
static void test_ops_vector_math(sd_tester *t) {
    float in[SD__VW], out[SD__VW];
    double worst_exp = 0, worst_erf = 0;
    int i, l;
    for (i = -86990; i + SD__VW <= 88000; i += SD__VW) { /* exp clamps outside [-87, 88] */
        for (l = 0; l < SD__VW; l++) in[l] = (float)(i + l) * 1e-3f;
        sd__vstore(out, sd__vexp(sd__vload(in)));
        for (l = 0; l < SD__VW; l++) {
            double ref = exp((double)in[l]), e = fabs(out[l] - ref) / ref;
            if (e > worst_exp) worst_exp = e;
        }
    }
    for (i = -6000; i <= 6000; i += SD__VW) {
        for (l = 0; l < SD__VW; l++) in[l] = (float)(i + l) * 1e-3f;
        sd__vstore(out, sd__verf(sd__vload(in)));
        for (l = 0; l < SD__VW; l++) {
            double e = fabs(out[l] - erf((double)in[l]));
            if (e > worst_erf) worst_erf = e;
        }
    }
    CHECK(worst_exp < 2.5e-7, "exp relative error %g", worst_exp);
    CHECK(worst_erf < 2e-7, "erf absolute error %g", worst_erf);
    for (l = 0; l < SD__VW; l++) in[l] = l ? -100.0f : (float)NAN;
    sd__vstore(out, sd__vexp(sd__vload(in)));
    CHECK(isnan(out[0]), "exp(NaN) is NaN");
    CHECK(SD__VW == 1 || out[SD__VW - 1] < 1e-38f, "exp(-100) underflows");
    sd__vstore(out, sd__vsilu(sd__vload(in)));
    CHECK(isnan(out[0]), "silu(NaN) is NaN");
}

/* --------------------------------------------------------------------------------------------
   linear and conv2d
   -------------------------------------------------------------------------------------------- */
/* kernels: the micro-kernel set both backends use (NULL: the one they picked); got, when not
   NULL, receives the result (rows * out floats). */
static void sd_ops_linear_case(sd_tester *t, int rows, int in, int out, int with_bias, int with_residual,
                               const sd__cpu_kernels *kernels, float *got) {
    sd_ops_pair p;
    sd__tensor x[2], w[2], bias[2], res[2], y[2];
    float *xv = sd_ops_random_new((size_t)rows * in, 1), *wv = sd_ops_random_new((size_t)out * in, 2);
    float *bv = sd_ops_random_new((size_t)out, 3), *rv = sd_ops_random_new((size_t)rows * out, 4);
    double *ref = (double *)calloc((size_t)rows * out, sizeof(double));
    char what[128];
    int i, r, o, k;
    if (!sd_ops_open(t, &p)) return;
    for (i = 0; i < 2; i++) {
        sd__backend *b = p.b[i];
        if (kernels) ((sd__cpu_backend *)b)->kernels = *kernels;
        x[i] = sd_ops_tensor(b, 1, 1, rows, in, xv);
        w[i] = sd_ops_weight(b, SD__W_LINEAR, 1, 1, out, in, wv);
        bias[i] = sd_ops_weight(b, SD__W_VECTOR, 1, 1, 1, out, bv);
        res[i] = sd_ops_tensor(b, 1, 1, rows, out, rv);
        y[i] = sd_ops_tensor(b, 1, 1, rows, out, NULL);
        b->ops->linear(b, &x[i], &w[i], with_bias ? &bias[i] : NULL, with_residual ? &res[i] : NULL, &y[i]);
    }
    for (r = 0; r < rows; r++)
        for (o = 0; o < out; o++) {
            double s = (with_bias ? bv[o] : 0.0) + (with_residual ? rv[(size_t)r * out + o] : 0.0);
            for (k = 0; k < in; k++) s += (double)xv[(size_t)r * in + k] * wv[(size_t)o * in + k];
            ref[(size_t)r * out + o] = s;
        }
    snprintf(what, sizeof what, "linear %dx%d -> %d bias %d residual %d kernels %s", rows, in, out, with_bias,
             with_residual, ((sd__cpu_backend *)p.b[0])->kernels.name);
    sd_ops_compare(t, &p, y, ref, what);
    if (got) p.b[0]->ops->read(p.b[0], &y[0], got);
    sd_ops_drop(&p, x); sd_ops_drop(&p, w); sd_ops_drop(&p, bias); sd_ops_drop(&p, res); sd_ops_drop(&p, y);
    sd_ops_close(t, &p);
    free(xv); free(wv); free(bv); free(rv); free(ref);
}

static void test_ops_linear(sd_tester *t) {
    sd_ops_linear_case(t, 1, 3, 5, 1, 0, NULL, NULL);
    sd_ops_linear_case(t, 37, 70, 33, 1, 1, NULL, NULL);
    sd_ops_linear_case(t, 200, 300, 17, 0, 0, NULL, NULL); /* several row blocks and K blocks */
    sd_ops_linear_case(t, 2, 40, 130, 0, 1, NULL, NULL);   /* few rows: the work splits along N */
}

/* Every kernel set this CPU runs, each against the float64 reference; the FMA sets (all but the
   portable one) must also agree bit for bit, as they do the same arithmetic per element. 200 rows
   make row blocks of 17 tiles: pairs and a lone tile; K = 300 two K blocks; 40 columns a partial
   panel. */
static void test_ops_kernel_sets(sd_tester *t) {
    enum { ROWS = 200, IN = 300, OUT = 40 };
    float *first = (float *)malloc(sizeof(float) * ROWS * OUT), *got = (float *)malloc(sizeof(float) * ROWS * OUT);
    const char *first_name = NULL;
    size_t i;
    int ran = 0;
    REQUIRE(first && got, "out of memory");
    for (i = 0; i < SD__COUNT(sd__cpu_kernel_sets); i++) {
        const sd__cpu_kernels *k = &sd__cpu_kernel_sets[i];
        if (!sd__cpu_kernels_supported(k)) {
            printf("    kernel set %s: not supported by this CPU\n", k->name);
            continue;
        }
        ran++;
        sd_ops_linear_case(t, ROWS, IN, OUT, 1, 1, k, got);
        sd_ops_linear_case(t, 37, 70, 33, 0, 1, k, NULL);
        if (k->tile == sd__kernel_generic) continue;
        if (!first_name) {
            memcpy(first, got, sizeof(float) * ROWS * OUT);
            first_name = k->name;
        } else {
            CHECK(memcmp(first, got, sizeof(float) * ROWS * OUT) == 0, "kernel sets %s and %s differ", first_name, k->name);
        }
    }
    CHECK(ran >= 1, "no kernel set runs here");
    free(first);
    free(got);
}

/* Every kernel set's elementwise runs (sd__vector_ops: AVX2 and AVX-512 instances of the same
   source) against the portable instance, on lengths with vector tails. Per element they do the
   same arithmetic, except where a compiler contracts a * b + c into an FMA for the wider targets
   and where a sum's lanes group differently (softmax sums): 1e-6 of the largest value. */
static void test_ops_vector_sets(sd_tester *t) {
    enum { N = 1000 + 13 };
    static const sd__activation acts[4] = {SD__ACT_SILU, SD__ACT_GELU, SD__ACT_QUICK_GELU, SD__ACT_RELU};
    static const char *const act_names[4] = {"silu", "gelu", "quick_gelu", "relu"};
    const sd__vector_ops *ref = &sd__vops;
    float *x = sd_ops_random_new(N, 31), *b = sd_ops_random_new(N, 32), *m = sd_ops_random_new(N, 33);
    float *want = (float *)malloc(N * sizeof(float)), *got = (float *)malloc(N * sizeof(float));
    size_t i, s, k, e, len;
    int ran = 0;
    REQUIRE(x && b && m && want && got, "out of memory");
    for (i = 0; i < N; i++) x[i] *= 12.0f; /* exp and erf over their whole useful range */
#define SD_VEC_CHECK(what, tol)                                                                  \
    do {                                                                                         \
        double md = 0, mr = 0;                                                                   \
        for (e = 0; e < len; e++) {                                                              \
            if (fabs((double)got[e] - want[e]) > md) md = fabs((double)got[e] - want[e]);        \
            if (fabs((double)want[e]) > mr) mr = fabs((double)want[e]);                          \
        }                                                                                        \
        CHECK(md <= (tol) * (mr > 1 ? mr : 1), "%s, %s, %lu values: max|diff| %g", set->name, what, (unsigned long)len, md); \
    } while (0)
    for (s = 0; s < SD__COUNT(sd__cpu_kernel_sets); s++) {
        const sd__cpu_kernels *set = &sd__cpu_kernel_sets[s];
        const sd__vector_ops *v = set->vec;
        if (!sd__cpu_kernels_supported(set)) continue;
        ran++;
        for (len = 1; len <= N; len += 337) { /* 1, 338, 675, 1012: every tail length mod 16 differs */
            float ws, gs;
            for (k = 0; k < 4; k++) {
                ref->activate(x, want, len, acts[k]);
                v->activate(x, got, len, acts[k]);
                SD_VEC_CHECK(act_names[k], 1e-6);
            }
            ref->axpby(x, b, want, len, 0.5f, -2.0f);
            v->axpby(x, b, got, len, 0.5f, -2.0f);
            SD_VEC_CHECK("axpby", 1e-6);
            ref->geglu(x, b, want, len);
            v->geglu(x, b, got, len);
            SD_VEC_CHECK("geglu", 1e-6);
            for (k = 0; k < 2; k++) {
                ref->normalize(x, want, m, b, m, len, (int)k);
                v->normalize(x, got, m, b, m, len, (int)k);
                SD_VEC_CHECK(k ? "group norm + silu" : "group norm", 1e-6);
            }
            ref->layer_norm_row(x, want, 0.25f, 1.5f, b, m, len);
            v->layer_norm_row(x, got, 0.25f, 1.5f, b, m, len);
            SD_VEC_CHECK("layer norm", 1e-6);
            memcpy(want, x, len * sizeof(float));
            memcpy(got, x, len * sizeof(float));
            ref->add_run(want, b, len);
            v->add_run(got, b, len);
            SD_VEC_CHECK("add", 0.0);
            { /* group norm's moments over 3 pixels of len / 3 channels, in double in every set (a
                 compiler may fuse d * d into the add, so the last bit may differ) */
                const size_t c = len / 3;
                double sums[4][N / 3], worst = 0;
                memset(sums, 0, sizeof sums);
                ref->moments(x, 3, c, m, sums[0], sums[1]);
                v->moments(x, 3, c, m, sums[2], sums[3]);
                for (e = 0; e < c; e++) {
                    worst = SD__MAX(worst, fabs(sums[0][e] - sums[2][e]) / (fabs(sums[0][e]) + 1));
                    worst = SD__MAX(worst, fabs(sums[1][e] - sums[3][e]) / (sums[1][e] + 1));
                }
                CHECK(worst <= 1e-14, "%s: moments of %lu channels differ from the portable set's by %g", set->name,
                      (unsigned long)c, worst);
            }
            CHECK(v->row_max(x, (int)len) == ref->row_max(x, (int)len), "%s: row max of %lu", set->name, (unsigned long)len);
            memcpy(want, x, len * sizeof(float));
            memcpy(got, x, len * sizeof(float));
            ws = ref->row_exp(want, (int)len - (int)len / 3, (int)len, 0.3f, 12.0f);
            gs = v->row_exp(got, (int)len - (int)len / 3, (int)len, 0.3f, 12.0f);
            SD_VEC_CHECK("softmax numerators", 1e-6);
            CHECK(fabs((double)gs - ws) <= 1e-6 * ws, "%s: softmax sum %g, portable %g", set->name, gs, ws);
        }
    }
#undef SD_VEC_CHECK
    CHECK(ran >= 1, "no kernel set runs here");
    free(x); free(b); free(m); free(want); free(got);
}

/* Conv and linear weights a file holds in IEEE half stay in half on the CPU (the dtype hint
   SD__F16): half the memory, and the same results bit for bit as the float32 panels, since the
   GEMM widens the very same values. Weights here are random halves. */
static void test_ops_half_weights(sd_tester *t) {
    enum { ROWS = 200, IN = 300, OUT = 40, H = 9, W = 7, CIN = 30, COUT = 21 };
    sd__env env;
    sd__backend *b = NULL;
    float *x = sd_ops_random_new((size_t)ROWS * IN, 11), *w = sd_ops_random_new((size_t)OUT * IN, 12);
    float *img = sd_ops_random_new((size_t)H * W * CIN, 13), *cw = sd_ops_random_new((size_t)COUT * CIN * 9, 14);
    float *got[2];
    size_t i, bytes[2];
    int half;
    memset(&env, 0, sizeof env);
    got[0] = (float *)malloc(sizeof(float) * (ROWS * OUT + H * W * COUT));
    got[1] = (float *)malloc(sizeof(float) * (ROWS * OUT + H * W * COUT));
    REQUIRE(x && w && img && cw && got[0] && got[1] && sd__cpu_backend_create(&env, 2, SD_PRECISION_FP32, &b) == SD_OK, "setup: %s", env.message);
    /* random half bit patterns below 2 in magnitude, subnormals and both signs included */
    for (i = 0; i < (size_t)OUT * IN; i++)
        w[i] = sd__f16_to_f32((uint16_t)(((unsigned)((w[i] + 1.0f) * 16384.0f) & 0x3FFFu) | (i & 1 ? 0x8000u : 0)));
    for (i = 0; i < (size_t)COUT * CIN * 9; i++)
        cw[i] = sd__f16_to_f32((uint16_t)(((unsigned)((cw[i] + 1.0f) * 16384.0f) & 0x3FFFu) | (i % 3 ? 0 : 0x8000u)));
    for (half = 0; half < 2; half++) {
        sd__tensor xt = sd_ops_tensor(b, 1, 1, ROWS, IN, x), it = sd_ops_tensor(b, 1, H, W, CIN, img), wt, ct, y, yc;
        memset(&wt, 0, sizeof wt);
        wt.n = 1; wt.h = 1; wt.w = OUT; wt.c = IN;
        wt.dtype = half ? SD__F16 : SD__F32;
        bytes[half] = b->ops->weight_bytes(b, SD__W_LINEAR, &wt);
        sd__weight_new(b, SD__W_LINEAR, w, &wt);
        memset(&ct, 0, sizeof ct);
        ct.n = COUT; ct.h = 3; ct.w = 3; ct.c = CIN;
        ct.dtype = half ? SD__F16 : SD__F32;
        sd__weight_new(b, SD__W_CONV, cw, &ct);
        CHECK(wt.dtype == (half ? SD__F16 : SD__F32) && ct.dtype == wt.dtype, "stored dtype %d for hint %d", (int)wt.dtype, half);
        y = sd_ops_tensor(b, 1, 1, ROWS, OUT, NULL);
        yc = sd_ops_tensor(b, 1, H, W, COUT, NULL);
        b->ops->linear(b, &xt, &wt, NULL, NULL, &y);
        b->ops->conv2d(b, &it, &ct, NULL, NULL, 1, 1, &yc);
        b->ops->read(b, &y, got[half]);
        b->ops->read(b, &yc, got[half] + ROWS * OUT);
        CHECK(b->status == SD_OK, "half %d: %s", half, env.message);
        sd__t_drop(b, &xt); sd__t_drop(b, &it); sd__t_drop(b, &wt); sd__t_drop(b, &ct); sd__t_drop(b, &y); sd__t_drop(b, &yc);
    }
    CHECK(bytes[1] * 2 == bytes[0], "half weight %lu bytes, float32 %lu", (unsigned long)bytes[1], (unsigned long)bytes[0]);
    CHECK(memcmp(got[0], got[1], sizeof(float) * (ROWS * OUT + H * W * COUT)) == 0, "half weights change the results");
    b->ops->destroy(b);
    /* --precision fp16 keeps a float32 file's weights in half too, rounded: the values above
       round to themselves (so the results stay the same), a float32 value off the half grid moves
       to the nearest half */
    REQUIRE(sd__cpu_backend_create(&env, 2, SD_PRECISION_FP16, &b) == SD_OK, "fp16 backend: %s", env.message);
    {
        sd__tensor xt = sd_ops_tensor(b, 1, 1, ROWS, IN, x), wt = sd_ops_weight(b, SD__W_LINEAR, 1, 1, OUT, IN, w);
        sd__tensor y = sd_ops_tensor(b, 1, 1, ROWS, OUT, NULL), one, ot = sd_ops_tensor(b, 1, 1, 1, 1, NULL);
        sd__tensor o2 = sd_ops_tensor(b, 1, 1, 1, 1, NULL);
        const float off_grid = 1.0f + 1.0f / 2048 + 1.0f / 65536, unit = 1.0f; /* just past halfway */
        float out_v = 0;
        CHECK(wt.dtype == SD__F16, "fp16 precision keeps a float32 weight as dtype %d", (int)wt.dtype);
        b->ops->linear(b, &xt, &wt, NULL, NULL, &y);
        b->ops->read(b, &y, got[0]);
        CHECK(memcmp(got[0], got[1], sizeof(float) * ROWS * OUT) == 0, "fp16 precision changes half-exact weights");
        one = sd_ops_weight(b, SD__W_LINEAR, 1, 1, 1, 1, &off_grid);
        b->ops->write(b, &ot, &unit);
        b->ops->linear(b, &ot, &one, NULL, NULL, &o2);
        b->ops->read(b, &o2, &out_v);
        CHECK(b->status == SD_OK && out_v == 1.0f + 1.0f / 1024, "1 + 2^-11 + 2^-16 kept as %.9g, want 1 + 2^-10", out_v);
        sd__t_drop(b, &xt); sd__t_drop(b, &wt); sd__t_drop(b, &y); sd__t_drop(b, &one); sd__t_drop(b, &ot); sd__t_drop(b, &o2);
    }
    b->ops->destroy(b);
    free(x); free(w); free(img); free(cw); free(got[0]); free(got[1]);
}

/* One bf16 convolution (stride 1, pad ksize / 2; a linear layer is ksize 1 over a 1-pixel-high
   image) with kernel set k, against float64 on the bf16-rounded inputs (only float accumulation
   differs: 1e-5 of max|ref|) and on the inputs as given (bf16's own error: under 1e-2, and above
   1e-4, which shows that both operands really were rounded). got: the output, if not NULL. */
static void sd_ops_bf16_case(sd_tester *t, const sd__cpu_kernels *k, int h, int w, int cin, int cout, int ksize, float *got) {
    sd__env env;
    sd__backend *b = NULL;
    size_t in_count = (size_t)h * w * cin, w_count = (size_t)cout * cin * ksize * ksize, out_count = (size_t)h * w * cout;
    float *x = sd_ops_random_new(in_count, 21), *wv = sd_ops_random_new(w_count, 22), *bv = sd_ops_random_new((size_t)cout, 23);
    float *y = (float *)malloc(out_count * sizeof(float));
    double max_ref = 0, err_rounded = 0, err_exact = 0;
    int oy, ox, o, ky, kx, ch, pad = ksize / 2;
    memset(&env, 0, sizeof env);
    REQUIRE(x && wv && bv && y && sd__cpu_backend_create(&env, 2, SD_PRECISION_BF16, &b) == SD_OK, "setup: %s", env.message);
    ((sd__cpu_backend *)b)->kernels = *k;
    {
        sd__tensor xt = sd_ops_tensor(b, 1, h, w, cin, x), wt = sd_ops_weight(b, SD__W_CONV, cout, ksize, ksize, cin, wv);
        sd__tensor bt = sd_ops_weight(b, SD__W_VECTOR, 1, 1, 1, cout, bv), yt = sd_ops_tensor(b, 1, h, w, cout, NULL);
        CHECK(wt.dtype == SD__BF16 && bt.dtype == SD__F32, "bf16 precision keeps the weight as dtype %d", (int)wt.dtype);
        b->ops->conv2d(b, &xt, &wt, &bt, NULL, 1, pad, &yt);
        b->ops->read(b, &yt, y);
        CHECK(b->status == SD_OK, "bf16 conv: %s", env.message);
        sd__t_drop(b, &xt); sd__t_drop(b, &wt); sd__t_drop(b, &bt); sd__t_drop(b, &yt);
    }
    for (oy = 0; oy < h; oy++)
        for (ox = 0; ox < w; ox++)
            for (o = 0; o < cout; o++) {
                double exact = bv[o], rounded = bv[o], got_v = y[((size_t)oy * w + ox) * cout + o];
                for (ky = 0; ky < ksize; ky++)
                    for (kx = 0; kx < ksize; kx++) {
                        int iy = oy - pad + ky, ix = ox - pad + kx;
                        if (iy < 0 || iy >= h || ix < 0 || ix >= w) continue;
                        for (ch = 0; ch < cin; ch++) {
                            float xv = x[((size_t)iy * w + ix) * cin + ch], wk = wv[(((size_t)o * cin + ch) * ksize + ky) * ksize + kx];
                            exact += (double)xv * wk;
                            rounded += (double)sd__bf16_to_f32((uint16_t)sd__f32_to_bf16(xv)) * sd__bf16_to_f32((uint16_t)sd__f32_to_bf16(wk));
                        }
                    }
                if (fabs(exact) > max_ref) max_ref = fabs(exact);
                if (fabs(got_v - rounded) > err_rounded) err_rounded = fabs(got_v - rounded);
                if (fabs(got_v - exact) > err_exact) err_exact = fabs(got_v - exact);
            }
    CHECK(err_rounded <= SD_OPS_TOL * max_ref && err_exact <= 1e-2 * max_ref && err_exact >= 1e-4 * max_ref,
          "bf16 conv %dx%dx%d -> %d %dx%d, kernels %s: error %g against the rounded inputs, %g against the exact ones "
          "(max|ref| %g)", h, w, cin, cout, ksize, ksize, k->name, err_rounded / max_ref, err_exact / max_ref, max_ref);
    if (got) memcpy(got, y, out_count * sizeof(float));
    b->ops->destroy(b);
    CHECK(env.host_bytes == 0, "leak");
    free(x); free(wv); free(bv); free(y);
}

/* --precision bf16 with every kernel set this CPU runs: 3x3 over 3 channels (K = 27: a pair
   padded with zero), over 70 (K = 630: two K blocks), a linear 1100 -> 40 (three K blocks, a
   partial panel); 200 pixels (pairs and a lone tile). Each set's results agree with the
   portable kernel's to float accumulation. */
static void test_ops_bf16_products(sd_tester *t) {
    enum { H = 10, W = 20, COUT = 40 };
    float *first = (float *)malloc(sizeof(float) * H * W * COUT), *got = (float *)malloc(sizeof(float) * H * W * COUT);
    size_t i, j;
    int ran = 0;
    REQUIRE(first && got, "out of memory");
    for (i = SD__COUNT(sd__cpu_kernel_sets); i-- > 0;) { /* the portable set first */
        const sd__cpu_kernels *k = &sd__cpu_kernel_sets[i];
        double max_diff = 0, max_ref = 0;
        if (!sd__cpu_kernels_supported(k)) continue;
        sd_ops_bf16_case(t, k, H, W, 3, COUT, 3, NULL);
        sd_ops_bf16_case(t, k, 1, 7, 1100, COUT, 1, NULL);
        sd_ops_bf16_case(t, k, H, W, 70, COUT, 3, got);
        if (!ran++) memcpy(first, got, sizeof(float) * H * W * COUT);
        for (j = 0; j < (size_t)H * W * COUT; j++) {
            if (fabs((double)got[j] - first[j]) > max_diff) max_diff = fabs((double)got[j] - first[j]);
            if (fabs((double)first[j]) > max_ref) max_ref = fabs((double)first[j]);
        }
        CHECK(max_diff <= SD_OPS_TOL * max_ref, "bf16 kernels %s differ from the portable ones by %g", k->name, max_diff / max_ref);
    }
    CHECK(ran >= 1, "no kernel set runs here");
    free(first);
    free(got);
}

/* Rounding to IEEE half (--precision fp16 with a float32 file): ties to even, overflow to
   infinity from 65520 up, subnormals in units of 2^-24, NaN kept. */
static void test_ops_f16_rounding(sd_tester *t) {
    static const struct { float in; uint16_t want; } cases[] = {
        {1.0f, 0x3C00}, {-2.0f, 0xC000}, {65504.0f, 0x7BFF}, {65519.0f, 0x7BFF}, {65520.0f, 0x7C00}, {1e9f, 0x7C00},
        {1.0f + 1.0f / 2048, 0x3C00},      /* halfway, to even (down) */
        {1.0f + 3.0f / 2048, 0x3C02},      /* halfway, to even (up) */
        {1.0f + 1.0f / 2048 + 1.0f / 65536, 0x3C01},
        {5.9604645e-8f, 0x0001},           /* 2^-24 */
        {2.9802322e-8f, 0x0000},           /* 2^-25: halfway, to even (zero) */
        {8.9406967e-8f, 0x0002},           /* 1.5 x 2^-24: halfway, to even (2) */
        {6.1035156e-5f, 0x0400},           /* 2^-14, the smallest normal */
        {6.1020255e-5f, 0x0400},           /* 2^-14 - 2^-26: rounds up to 2^-14 */
        {-0.0f, 0x8000}, {1e-30f, 0x0000}};
    size_t i;
    for (i = 0; i < SD__COUNT(cases); i++)
        CHECK(sd__f32_to_f16(cases[i].in) == cases[i].want, "%.9g -> 0x%04x, want 0x%04x", cases[i].in,
              sd__f32_to_f16(cases[i].in), cases[i].want);
    CHECK((sd__f32_to_f16(NAN) & 0x7FFF) > 0x7C00, "NaN stays NaN");
    for (i = 0; i < 0x7C00; i++) /* every finite half converts back to itself */
        if (sd__f32_to_f16(sd__f16_to_f32((uint16_t)i)) != i) {
            CHECK(0, "half 0x%04x does not round-trip", (unsigned)i);
            break;
        }
}

/* pad rows/columns of zeros go before the input, k / 2 after it (the op's contract). */
static void sd_ops_conv_pad_case(sd_tester *t, int n, int h, int w, int cin, int cout, int k, int stride, int pad,
                                 int with_bias, int with_residual) {
    sd_ops_pair p;
    sd__tensor x[2], wt[2], bias[2], res[2], y[2];
    int oh = (h + pad + k / 2 - k) / stride + 1, ow = (w + pad + k / 2 - k) / stride + 1;
    size_t out_count = (size_t)n * oh * ow * cout;
    float *xv = sd_ops_random_new((size_t)n * h * w * cin, 5), *wv = sd_ops_random_new((size_t)cout * cin * k * k, 6);
    float *bv = sd_ops_random_new((size_t)cout, 7), *rv = sd_ops_random_new(out_count, 8);
    double *ref = (double *)calloc(out_count, sizeof(double));
    char what[160];
    int i, b, oy, ox, o, ky, kx, c;
    if (!sd_ops_open(t, &p)) return;
    for (i = 0; i < 2; i++) {
        sd__backend *be = p.b[i];
        x[i] = sd_ops_tensor(be, n, h, w, cin, xv);
        wt[i] = sd_ops_weight(be, SD__W_CONV, cout, k, k, cin, wv);
        bias[i] = sd_ops_weight(be, SD__W_VECTOR, 1, 1, 1, cout, bv);
        res[i] = sd_ops_tensor(be, n, oh, ow, cout, rv);
        y[i] = sd_ops_tensor(be, n, oh, ow, cout, NULL);
        be->ops->conv2d(be, &x[i], &wt[i], with_bias ? &bias[i] : NULL, with_residual ? &res[i] : NULL, stride, pad, &y[i]);
    }
    for (b = 0; b < n; b++)
        for (oy = 0; oy < oh; oy++)
            for (ox = 0; ox < ow; ox++)
                for (o = 0; o < cout; o++) {
                    size_t at = (((size_t)b * oh + oy) * ow + ox) * cout + o;
                    double s = (with_bias ? bv[o] : 0.0) + (with_residual ? rv[at] : 0.0);
                    for (ky = 0; ky < k; ky++)
                        for (kx = 0; kx < k; kx++) {
                            int iy = oy * stride - pad + ky, ix = ox * stride - pad + kx;
                            if (iy < 0 || iy >= h || ix < 0 || ix >= w) continue;
                            for (c = 0; c < cin; c++)
                                s += (double)xv[(((size_t)b * h + iy) * w + ix) * cin + c] *
                                     wv[(((size_t)o * cin + c) * k + ky) * k + kx];
                        }
                    ref[at] = s;
                }
    snprintf(what, sizeof what, "conv %dx%dx%dx%d -> %d k%d s%d pad %d bias %d residual %d", n, h, w, cin, cout, k, stride,
             pad, with_bias, with_residual);
    sd_ops_compare(t, &p, y, ref, what);
    sd_ops_drop(&p, x); sd_ops_drop(&p, wt); sd_ops_drop(&p, bias); sd_ops_drop(&p, res); sd_ops_drop(&p, y);
    sd_ops_close(t, &p);
    free(xv); free(wv); free(bv); free(rv); free(ref);
}

static void sd_ops_conv_case(sd_tester *t, int n, int h, int w, int cin, int cout, int k, int stride, int with_bias,
                             int with_residual) {
    sd_ops_conv_pad_case(t, n, h, w, cin, cout, k, stride, k / 2, with_bias, with_residual);
}

static void test_ops_conv2d(sd_tester *t) {
    sd_ops_conv_case(t, 2, 7, 5, 3, 19, 3, 1, 1, 0);
    sd_ops_conv_case(t, 1, 9, 8, 70, 21, 3, 1, 0, 1);  /* K = 630: three K blocks */
    sd_ops_conv_case(t, 2, 8, 7, 5, 18, 3, 2, 1, 1);   /* stride 2, odd width */
    sd_ops_conv_case(t, 1, 11, 12, 9, 16, 3, 2, 0, 0);
    sd_ops_conv_case(t, 2, 5, 6, 13, 35, 1, 1, 1, 1);  /* 1x1 */
    sd_ops_conv_case(t, 1, 7, 9, 6, 7, 1, 2, 0, 0);    /* 1x1 stride 2 */
    sd_ops_conv_case(t, 1, 20, 21, 4, 8, 3, 1, 1, 0);  /* more pixels than a row block */
    sd_ops_conv_pad_case(t, 2, 8, 8, 5, 6, 3, 2, 0, 1, 0);  /* the VAE encoder's downsampler: padded after only */
    sd_ops_conv_pad_case(t, 1, 9, 7, 4, 5, 3, 2, 0, 0, 1);  /* ... on odd sizes */
}

/* --------------------------------------------------------------------------------------------
   Normalization
   -------------------------------------------------------------------------------------------- */
static void sd_ops_group_norm_case(sd_tester *t, int n, int h, int w, int c, int groups, int silu, float offset) {
    sd_ops_pair p;
    sd__tensor x[2], gamma[2], beta[2], y[2];
    size_t count = (size_t)n * h * w * c, pix = (size_t)h * w, px;
    float *xv = sd_ops_random_new(count, 9), *gv = sd_ops_random_new((size_t)c, 10), *bv = sd_ops_random_new((size_t)c, 11);
    double *ref = (double *)calloc(count, sizeof(double));
    int cg = c / groups, i, s, g, ch;
    char what[128];
    for (px = 0; px < count; px++) xv[px] += offset;
    if (!sd_ops_open(t, &p)) return;
    for (i = 0; i < 2; i++) {
        sd__backend *b = p.b[i];
        x[i] = sd_ops_tensor(b, n, h, w, c, xv);
        gamma[i] = sd_ops_weight(b, SD__W_VECTOR, 1, 1, 1, c, gv);
        beta[i] = sd_ops_weight(b, SD__W_VECTOR, 1, 1, 1, c, bv);
        y[i] = sd_ops_tensor(b, n, h, w, c, NULL);
        b->ops->group_norm(b, &x[i], &gamma[i], &beta[i], groups, 1e-6f, silu, &y[i]);
    }
    for (s = 0; s < n; s++)
        for (g = 0; g < groups; g++) {
            double sum = 0, sq = 0, mean, rstd;
            for (px = 0; px < pix; px++)
                for (ch = g * cg; ch < (g + 1) * cg; ch++) sum += xv[((size_t)s * pix + px) * c + ch];
            mean = sum / ((double)pix * cg);
            for (px = 0; px < pix; px++)
                for (ch = g * cg; ch < (g + 1) * cg; ch++) {
                    double d = xv[((size_t)s * pix + px) * c + ch] - mean;
                    sq += d * d;
                }
            rstd = 1.0 / sqrt(sq / ((double)pix * cg) + 1e-6);
            for (px = 0; px < pix; px++)
                for (ch = g * cg; ch < (g + 1) * cg; ch++) {
                    size_t at = ((size_t)s * pix + px) * c + ch;
                    double v = (xv[at] - mean) * rstd * gv[ch] + bv[ch];
                    ref[at] = silu ? v / (1.0 + exp(-v)) : v;
                }
        }
    snprintf(what, sizeof what, "group_norm [%d,%d,%d,%d] groups %d silu %d offset %g", n, h, w, c, groups, silu, offset);
    sd_ops_compare(t, &p, y, ref, what);
    sd_ops_drop(&p, x); sd_ops_drop(&p, gamma); sd_ops_drop(&p, beta); sd_ops_drop(&p, y);
    sd_ops_close(t, &p);
    free(xv); free(gv); free(bv); free(ref);
}

static void test_ops_group_norm(sd_tester *t) {
    sd_ops_group_norm_case(t, 2, 5, 3, 12, 4, 0, 0.0f);
    sd_ops_group_norm_case(t, 2, 9, 7, 30, 3, 1, 0.0f);
    sd_ops_group_norm_case(t, 1, 40, 33, 20, 5, 1, 0.0f);   /* several normalization jobs */
    sd_ops_group_norm_case(t, 1, 16, 16, 8, 2, 0, 300.0f);  /* large mean: needs careful statistics */
}

static void sd_ops_layer_norm_case(sd_tester *t, int rows, int c, float offset) {
    sd_ops_pair p;
    sd__tensor x[2], gamma[2], beta[2], y[2];
    size_t count = (size_t)rows * c;
    float *xv = sd_ops_random_new(count, 12), *gv = sd_ops_random_new((size_t)c, 13), *bv = sd_ops_random_new((size_t)c, 14);
    double *ref = (double *)calloc(count, sizeof(double));
    int i, r, ch;
    char what[96];
    for (i = 0; i < (int)count; i++) xv[i] += offset;
    if (!sd_ops_open(t, &p)) return;
    for (i = 0; i < 2; i++) {
        sd__backend *b = p.b[i];
        x[i] = sd_ops_tensor(b, 1, 1, rows, c, xv);
        gamma[i] = sd_ops_weight(b, SD__W_VECTOR, 1, 1, 1, c, gv);
        beta[i] = sd_ops_weight(b, SD__W_VECTOR, 1, 1, 1, c, bv);
        y[i] = sd_ops_tensor(b, 1, 1, rows, c, NULL);
        b->ops->layer_norm(b, &x[i], &gamma[i], &beta[i], 1e-5f, &y[i]);
    }
    for (r = 0; r < rows; r++) {
        const float *xr = xv + (size_t)r * c;
        double sum = 0, sq = 0, mean, rstd;
        for (ch = 0; ch < c; ch++) sum += xr[ch];
        mean = sum / c;
        for (ch = 0; ch < c; ch++) sq += (xr[ch] - mean) * (xr[ch] - mean);
        rstd = 1.0 / sqrt(sq / c + 1e-5);
        for (ch = 0; ch < c; ch++) ref[(size_t)r * c + ch] = (xr[ch] - mean) * rstd * gv[ch] + bv[ch];
    }
    snprintf(what, sizeof what, "layer_norm %d x %d offset %g", rows, c, offset);
    sd_ops_compare(t, &p, y, ref, what);
    sd_ops_drop(&p, x); sd_ops_drop(&p, gamma); sd_ops_drop(&p, beta); sd_ops_drop(&p, y);
    sd_ops_close(t, &p);
    free(xv); free(gv); free(bv); free(ref);
}

static void test_ops_layer_norm(sd_tester *t) {
    sd_ops_layer_norm_case(t, 7, 33, 0.0f);
    sd_ops_layer_norm_case(t, 600, 40, 50.0f); /* several jobs, large mean */
}

/* --------------------------------------------------------------------------------------------
   Attention
   -------------------------------------------------------------------------------------------- */
static void sd_ops_attention_case(sd_tester *t, int batch, int heads, int d, int lq, int lk, int causal, int per_pass) {
    sd_ops_pair p;
    sd__tensor q[2], k[2], v[2], y[2], y_all;
    int width = heads * d, i, bn, h, r, j, e;
    size_t qn = (size_t)batch * lq * width, kn = (size_t)batch * lk * width;
    float *qv = sd_ops_random_new(qn, 15), *kv = sd_ops_random_new(kn, 16), *vv = sd_ops_random_new(kn, 17);
    float *sliced = (float *)calloc(qn, sizeof(float)), *unsliced = (float *)calloc(qn, sizeof(float));
    double *ref = (double *)calloc(qn, sizeof(double)), *w = (double *)calloc((size_t)lk, sizeof(double));
    char what[128];
    for (i = 0; i < (int)qn; i++) qv[i] *= 3.0f; /* peaked softmax rows */
    if (!sd_ops_open(t, &p)) return;
    for (i = 0; i < 2; i++) {
        sd__backend *b = p.b[i];
        q[i] = sd_ops_tensor(b, batch, 1, lq, width, qv);
        k[i] = sd_ops_tensor(b, batch, 1, lk, width, kv);
        v[i] = sd_ops_tensor(b, batch, 1, lk, width, vv);
        y[i] = sd_ops_tensor(b, batch, 1, lq, width, NULL);
        b->ops->attention(b, &q[i], &k[i], &v[i], heads, causal, per_pass, &y[i]);
    }
    /* heads_per_pass slicing must give exactly the unsliced result */
    y_all = sd_ops_tensor(p.b[1], batch, 1, lq, width, NULL);
    p.b[1]->ops->attention(p.b[1], &q[1], &k[1], &v[1], heads, causal, 0, &y_all);
    p.b[1]->ops->read(p.b[1], &y[1], sliced);
    p.b[1]->ops->read(p.b[1], &y_all, unsliced);
    CHECK(memcmp(sliced, unsliced, qn * sizeof(float)) == 0, "heads_per_pass %d differs from all heads at once", per_pass);
    sd__t_drop(p.b[1], &y_all);
    for (bn = 0; bn < batch; bn++)
        for (h = 0; h < heads; h++)
            for (r = 0; r < lq; r++) {
                const float *qr = qv + ((size_t)bn * lq + r) * width + h * d;
                int valid = causal ? (r + 1 < lk ? r + 1 : lk) : lk;
                double m = -1e300, sum = 0;
                for (j = 0; j < valid; j++) {
                    const float *kr = kv + ((size_t)bn * lk + j) * width + h * d;
                    double s = 0;
                    for (e = 0; e < d; e++) s += (double)qr[e] * kr[e];
                    w[j] = s / sqrt((double)d);
                    if (w[j] > m) m = w[j];
                }
                for (j = 0; j < valid; j++) sum += (w[j] = exp(w[j] - m));
                for (e = 0; e < d; e++) {
                    double o = 0;
                    for (j = 0; j < valid; j++) o += w[j] / sum * vv[((size_t)bn * lk + j) * width + h * d + e];
                    ref[((size_t)bn * lq + r) * width + h * d + e] = o;
                }
            }
    snprintf(what, sizeof what, "attention B%d heads %d d %d Lq %d Lk %d causal %d per pass %d", batch, heads, d, lq, lk,
             causal, per_pass);
    sd_ops_compare(t, &p, y, ref, what);
    sd_ops_drop(&p, q); sd_ops_drop(&p, k); sd_ops_drop(&p, v); sd_ops_drop(&p, y);
    sd_ops_close(t, &p);
    { /* at bf16 precision (q k^T and p v from bf16 operands): within bf16's error */
        sd__env env;
        sd__backend *b = NULL;
        double max_diff = 0, max_ref = 0;
        memset(&env, 0, sizeof env);
        REQUIRE(sd__cpu_backend_create(&env, 2, SD_PRECISION_BF16, &b) == SD_OK, "bf16 backend: %s", env.message);
        q[0] = sd_ops_tensor(b, batch, 1, lq, width, qv);
        k[0] = sd_ops_tensor(b, batch, 1, lk, width, kv);
        v[0] = sd_ops_tensor(b, batch, 1, lk, width, vv);
        y[0] = sd_ops_tensor(b, batch, 1, lq, width, NULL);
        b->ops->attention(b, &q[0], &k[0], &v[0], heads, causal, per_pass, &y[0]);
        b->ops->read(b, &y[0], sliced);
        CHECK(b->status == SD_OK, "bf16 %s: %s", what, env.message);
        for (i = 0; i < (int)qn; i++) {
            if (fabs(sliced[i] - ref[i]) > max_diff) max_diff = fabs(sliced[i] - ref[i]);
            if (fabs(ref[i]) > max_ref) max_ref = fabs(ref[i]);
        }
        CHECK(max_diff <= SD_OPS_BF16_ATTENTION_TOL * max_ref, "bf16 %s: max|diff|/max|ref| = %g", what, max_diff / max_ref);
        sd__t_drop(b, &q[0]); sd__t_drop(b, &k[0]); sd__t_drop(b, &v[0]); sd__t_drop(b, &y[0]);
        b->ops->destroy(b);
    }
    free(qv); free(kv); free(vv); free(sliced); free(unsliced); free(ref); free(w);
}

static void test_ops_attention(sd_tester *t) {
    sd_ops_attention_case(t, 2, 3, 5, 53, 19, 0, 2);   /* two row blocks, cross-attention lengths */
    sd_ops_attention_case(t, 2, 2, 20, 53, 53, 1, 1);  /* causal; d spans two column panels */
    sd_ops_attention_case(t, 1, 4, 8, 7, 300, 0, 3);   /* long keys */
    sd_ops_attention_case(t, 1, 1, 3, 1, 1, 1, 0);
    sd_ops_attention_case(t, 1, 2, 8, 60, 1100, 0, 0);   /* three key tiles, the last partial */
    sd_ops_attention_case(t, 1, 1, 16, 1030, 1030, 1, 0); /* causal over key tiles: rows that see none of a tile */
}

/* --------------------------------------------------------------------------------------------
   Elementwise ops, geglu, add, upsample, concat, timestep embedding
   -------------------------------------------------------------------------------------------- */
static double sd_ops_gelu(double x) { return 0.5 * x * (1.0 + erf(x / sqrt(2.0))); }

static void test_ops_activation(sd_tester *t) {
    static const sd__activation acts[4] = {SD__ACT_SILU, SD__ACT_GELU, SD__ACT_QUICK_GELU, SD__ACT_RELU};
    static const char *const names[4] = {"silu", "gelu", "quick_gelu", "relu"};
    const int count = 40003; /* several jobs and a tail */
    sd_ops_pair p;
    sd__tensor x[2], y[2];
    float *xv = (float *)malloc((size_t)count * sizeof(float));
    double *ref = (double *)calloc((size_t)count, sizeof(double));
    int a, i;
    sd_ops_random(xv, (size_t)count, 18, -12.0f, 12.0f);
    if (!sd_ops_open(t, &p)) return;
    for (a = 0; a < 4; a++) {
        for (i = 0; i < 2; i++) {
            x[i] = sd_ops_tensor(p.b[i], 1, 1, 1, count, xv);
            y[i] = sd_ops_tensor(p.b[i], 1, 1, 1, count, NULL);
            p.b[i]->ops->activation(p.b[i], &x[i], acts[a], &y[i]);
        }
        for (i = 0; i < count; i++) {
            double v = xv[i];
            ref[i] = a == 0 ? v / (1.0 + exp(-v)) : a == 1 ? sd_ops_gelu(v) : a == 2 ? v / (1.0 + exp(-1.702 * v)) : (v > 0 ? v : 0);
        }
        sd_ops_compare(t, &p, y, ref, names[a]);
        sd_ops_drop(&p, x);
        sd_ops_drop(&p, y);
    }
    sd_ops_close(t, &p);
    free(xv);
    free(ref);
}

static void test_ops_geglu(sd_tester *t) {
    const int rows = 301, half = 61;
    sd_ops_pair p;
    sd__tensor x[2], y[2];
    float *xv = (float *)malloc((size_t)rows * 2 * half * sizeof(float));
    double *ref = (double *)calloc((size_t)rows * half, sizeof(double));
    int i, r, j;
    sd_ops_random(xv, (size_t)rows * 2 * half, 19, -4.0f, 4.0f);
    if (!sd_ops_open(t, &p)) return;
    for (i = 0; i < 2; i++) {
        x[i] = sd_ops_tensor(p.b[i], 1, 1, rows, 2 * half, xv);
        y[i] = sd_ops_tensor(p.b[i], 1, 1, rows, half, NULL);
        p.b[i]->ops->geglu(p.b[i], &x[i], &y[i]);
    }
    /* diffusers: hidden, gate = proj(x).chunk(2, -1); hidden * gelu(gate) */
    for (r = 0; r < rows; r++)
        for (j = 0; j < half; j++)
            ref[(size_t)r * half + j] = xv[(size_t)r * 2 * half + j] * sd_ops_gelu(xv[(size_t)r * 2 * half + half + j]);
    sd_ops_compare(t, &p, y, ref, "geglu");
    sd_ops_drop(&p, x);
    sd_ops_drop(&p, y);
    sd_ops_close(t, &p);
    free(xv);
    free(ref);
}

static void test_ops_add(sd_tester *t) {
    const int n = 2, h = 9, w = 130, c = 13;
    size_t count = (size_t)n * h * w * c, i;
    sd_ops_pair p;
    sd__tensor a[2], b[2], bb[2], y[2];
    float *av = sd_ops_random_new(count, 20), *bv = sd_ops_random_new(count, 21), *bbv = sd_ops_random_new((size_t)n * c, 22);
    double *ref = (double *)calloc(count, sizeof(double));
    int k;
    if (!sd_ops_open(t, &p)) return;
    for (k = 0; k < 2; k++) {
        a[k] = sd_ops_tensor(p.b[k], n, h, w, c, av);
        b[k] = sd_ops_tensor(p.b[k], n, h, w, c, bv);
        bb[k] = sd_ops_tensor(p.b[k], n, 1, 1, c, bbv);
        y[k] = sd_ops_tensor(p.b[k], n, h, w, c, NULL);
        p.b[k]->ops->add(p.b[k], &a[k], &b[k], 0.5f, -1.25f, &y[k]);
    }
    for (i = 0; i < count; i++) ref[i] = 0.5 * av[i] - 1.25 * bv[i];
    sd_ops_compare(t, &p, y, ref, "add");
    for (k = 0; k < 2; k++) p.b[k]->ops->add(p.b[k], &a[k], &bb[k], 1.0f, 1.0f, &a[k]); /* in place, broadcast */
    for (i = 0; i < count; i++) ref[i] = (double)av[i] + bbv[(i / ((size_t)h * w * c)) * c + i % c];
    sd_ops_compare(t, &p, a, ref, "broadcast add in place");
    sd_ops_drop(&p, a); sd_ops_drop(&p, b); sd_ops_drop(&p, bb); sd_ops_drop(&p, y);
    sd_ops_close(t, &p);
    free(av); free(bv); free(bbv); free(ref);
}

static void sd_ops_upsample_case(sd_tester *t, int h, int w, int oh, int ow) {
    const int n = 2, c = 5;
    sd_ops_pair p;
    sd__tensor x[2], y[2];
    float *xv = sd_ops_random_new((size_t)n * h * w * c, 23);
    double *ref = (double *)calloc((size_t)n * oh * ow * c, sizeof(double));
    int i, b, oy, ox, ch;
    char what[64];
    if (!sd_ops_open(t, &p)) return;
    for (i = 0; i < 2; i++) {
        x[i] = sd_ops_tensor(p.b[i], n, h, w, c, xv);
        y[i] = sd_ops_tensor(p.b[i], n, oh, ow, c, NULL);
        p.b[i]->ops->upsample(p.b[i], &x[i], &y[i]);
    }
    for (b = 0; b < n; b++)
        for (oy = 0; oy < oh; oy++)
            for (ox = 0; ox < ow; ox++)
                for (ch = 0; ch < c; ch++) {
                    int iy = oy * h / oh, ix = ox * w / ow;
                    ref[(((size_t)b * oh + oy) * ow + ox) * c + ch] = xv[(((size_t)b * h + iy) * w + ix) * c + ch];
                }
    snprintf(what, sizeof what, "upsample %dx%d -> %dx%d", h, w, oh, ow);
    sd_ops_compare(t, &p, y, ref, what);
    sd_ops_drop(&p, x);
    sd_ops_drop(&p, y);
    sd_ops_close(t, &p);
    free(xv);
    free(ref);
}

static void test_ops_upsample(sd_tester *t) {
    sd_ops_upsample_case(t, 3, 5, 6, 10);
    sd_ops_upsample_case(t, 3, 5, 7, 4);
    sd_ops_upsample_case(t, 4, 4, 4, 4);
    /* torch computes the index with a float scale: 2 -> 82 maps output 41 to input 0, not 1 */
    CHECK(sd__nearest_index(41, 2, 82) == 0 && sd__nearest_index(42, 2, 82) == 1, "torch's float nearest index");
    CHECK(sd__nearest_index(82, 3, 123) == 1 && sd__nearest_index(122, 3, 123) == 2, "torch's float nearest index");
}

static void test_ops_concat(sd_tester *t) {
    const int n = 2, h = 3, w = 5, ca = 7, cb = 4;
    sd_ops_pair p;
    sd__tensor a[2], b[2], y[2];
    float *av = sd_ops_random_new((size_t)n * h * w * ca, 24), *bv = sd_ops_random_new((size_t)n * h * w * cb, 25);
    double *ref = (double *)calloc((size_t)n * h * w * (ca + cb), sizeof(double));
    int i, px, ch;
    if (!sd_ops_open(t, &p)) return;
    for (i = 0; i < 2; i++) {
        a[i] = sd_ops_tensor(p.b[i], n, h, w, ca, av);
        b[i] = sd_ops_tensor(p.b[i], n, h, w, cb, bv);
        y[i] = sd_ops_tensor(p.b[i], n, h, w, ca + cb, NULL);
        p.b[i]->ops->concat(p.b[i], &a[i], &b[i], &y[i]);
    }
    for (px = 0; px < n * h * w; px++)
        for (ch = 0; ch < ca + cb; ch++)
            ref[(size_t)px * (ca + cb) + ch] = ch < ca ? av[(size_t)px * ca + ch] : bv[(size_t)px * cb + ch - ca];
    sd_ops_compare(t, &p, y, ref, "concat");
    sd_ops_drop(&p, a); sd_ops_drop(&p, b); sd_ops_drop(&p, y);
    sd_ops_close(t, &p);
    free(av); free(bv); free(ref);
}

static void sd_ops_timestep_case(sd_tester *t, int dim, int flip, float shift) {
    static const float steps[3] = {981.0f, 500.0f, 1.0f};
    sd_ops_pair p;
    sd__tensor y[2];
    double ref[3 * 33];
    int i, s, half = dim / 2;
    char what[64];
    if (!sd_ops_open(t, &p)) return;
    for (i = 0; i < 2; i++) {
        sd__tensor t = sd_ops_tensor(p.b[i], 3, 1, 1, 1, steps); /* float32: the CPU's activations */
        y[i] = sd_ops_tensor(p.b[i], 3, 1, 1, dim, NULL);
        p.b[i]->ops->timestep_embedding(p.b[i], &t, flip, shift, &y[i]);
        sd__t_drop(p.b[i], &t);
    }
    /* the float32 argument torch forms, then sin and cos in double */
    for (s = 0; s < 3; s++) {
        for (i = 0; i < half; i++) {
            float exponent = (float)i * (float)-9.210340371976184 / ((float)half - shift);
            float arg = steps[s] * (float)exp((double)exponent);
            ref[s * dim + (flip ? half + i : i)] = sin((double)arg);
            ref[s * dim + (flip ? i : half + i)] = cos((double)arg);
        }
        if (dim % 2) ref[s * dim + dim - 1] = 0.0;
    }
    snprintf(what, sizeof what, "timestep_embedding dim %d flip %d shift %g", dim, flip, shift);
    sd_ops_compare(t, &p, y, ref, what);
    sd_ops_drop(&p, y);
    sd_ops_close(t, &p);
}

static void test_ops_timestep_embedding(sd_tester *t) {
    sd_ops_timestep_case(t, 32, 1, 0.0f); /* SD's UNet */
    sd_ops_timestep_case(t, 33, 0, 1.0f);
}

/* --------------------------------------------------------------------------------------------
   Failures
   -------------------------------------------------------------------------------------------- */
static void *sd_ops_small_alloc(size_t size, void *user) {
    (void)user;
    return size > ((size_t)64 << 20) ? NULL : malloc(size);
}
static void sd_ops_small_free(void *ptr, void *user) {
    (void)user;
    free(ptr);
}

static void test_ops_failed_allocation_stops_later_ops(sd_tester *t) {
    sd__env env = sd_test_env();
    sd__backend *b;
    sd__tensor x, y, huge, overflow;
    float ones[4] = {1, 1, 1, 1}, out[4] = {7, 7, 7, 7};
    int i;
    env.allocator.alloc = sd_ops_small_alloc;
    env.allocator.free = sd_ops_small_free;
    REQUIRE(sd__cpu_backend_create(&env, 2, SD_PRECISION_FP32, &b) == SD_OK, "create: %s", env.message);
    x = sd_ops_tensor(b, 1, 1, 1, 4, ones);
    y = sd_ops_tensor(b, 1, 1, 1, 4, ones);
    CHECK(b->status == SD_OK && b->bytes_in_use >= 32 && b->peak_bytes >= b->bytes_in_use, "accounting");
    huge = sd__t_new(b, 2, 4096, 4096, 320);
    CHECK(!huge.data && b->status == SD_ERR_OUT_OF_MEMORY, "huge tensor fails");
    CHECK(strstr(env.message, "out of memory") && strstr(env.message, "[2, 4096, 4096, 320]"), "message: %s", env.message);
    b->ops->add(b, &x, &x, 1.0f, 1.0f, &y); /* no-ops now */
    b->ops->activation(b, &x, SD__ACT_SILU, &y);
    b->ops->read(b, &y, out);
    CHECK(out[0] == 7, "read after a failure does nothing");
    for (i = 0; i < 4; i++) CHECK(((float *)y.data)[i] == 1, "ops after a failure leave y alone");
    sd__t_drop(b, &x);
    sd__t_drop(b, &y);
    CHECK(b->bytes_in_use == 0, "released");
    b->ops->destroy(b);
    CHECK(env.host_bytes == 0, "destroy frees everything");

    env = sd_test_env();
    REQUIRE(sd__cpu_backend_create(&env, 1, SD_PRECISION_FP32, &b) == SD_OK, "create");
    x = sd_ops_tensor(b, 1, 3, 3, 5, NULL); /* never released: destroy frees it */
    CHECK(x.data && b->bytes_in_use == 180, "a tensor of 45 floats is 180 bytes");
    overflow = sd__t_new(b, 1 << 30, 1 << 30, 1 << 30, 8);
    CHECK(!overflow.data && b->status == SD_ERR_OUT_OF_MEMORY && strstr(env.message, "too large"), "overflow: %s",
          env.message);
    b->ops->destroy(b);
    CHECK(env.host_bytes == 0, "destroy frees tensors the caller kept");
    CHECK(sd__cpu_backend_create(&env, 0, SD_PRECISION_FP32, &b) == SD_ERR_INVALID_ARGUMENT && !b && strstr(env.message, "threads"),
          "0 threads rejected");
}

/* One bad call per check; each leaves a clear message and stops the backend. */
static void test_ops_rejects_bad_arguments(sd_tester *t) {
    enum { CASES = 16 };
    static const char *expect[CASES] = {"conv2d",   "conv2d", "conv2d",    "linear", "group_norm", "layer_norm",
                                        "attention", "geglu", "add",       "upsample", "concat", "timestep",
                                        "3x3",      "float32", "denoise_input", "denoise_step"};
    float data[4 * 3 * 3 * 4]; /* the largest tensor below: the 3x3 conv weight */
    int i;
    memset(data, 0, sizeof data);
    for (i = 0; i < CASES; i++) {
        sd__env env = sd_test_env();
        sd__backend *b;
        sd__tensor x, x3, w, w2, v, y, y2, y3, odd, conv5, bad;
        REQUIRE(sd__cpu_backend_create(&env, 1, SD_PRECISION_FP32, &b) == SD_OK, "create");
        x = sd_ops_tensor(b, 1, 2, 2, 4, data);         /* 16 values */
        x3 = sd_ops_tensor(b, 1, 2, 2, 3, data);
        w = sd_ops_weight(b, SD__W_CONV, 4, 3, 3, 4, data);
        w2 = sd_ops_weight(b, SD__W_LINEAR, 1, 1, 4, 4, data);
        v = sd_ops_weight(b, SD__W_VECTOR, 1, 1, 1, 4, data);
        y = sd_ops_tensor(b, 1, 2, 2, 4, data);
        y2 = sd_ops_tensor(b, 1, 2, 2, 2, data);
        y3 = sd_ops_tensor(b, 1, 1, 1, 1, data);
        odd = sd_ops_tensor(b, 1, 2, 2, 5, data);
        REQUIRE(b->status == SD_OK, "setup: %s", env.message);
        switch (i) {
        case 0: b->ops->conv2d(b, &x3, &w, NULL, NULL, 1, 0, &y); break;    /* channels */
        case 1: b->ops->conv2d(b, &x, &w, NULL, NULL, 3, 0, &y); break;     /* stride */
        case 2: b->ops->conv2d(b, &x, &w, NULL, &y, 1, 0, &y); break;       /* residual aliases y */
        case 3: b->ops->linear(b, &x, &w2, &y3, NULL, &y); break;        /* bias length */
        case 4: b->ops->group_norm(b, &x, &v, &v, 3, 1e-5f, 0, &y); break;
        case 5: b->ops->layer_norm(b, &x, &v, &v, 1e-5f, &y2); break;
        case 6: b->ops->attention(b, &x, &x, &x, 3, 0, 0, &y); break;    /* heads do not divide 4 */
        case 7: b->ops->geglu(b, &odd, &y2); break;
        case 8: b->ops->add(b, &x, &y2, 1, 1, &y); break;
        case 9: b->ops->upsample(b, &x, &y2); break;
        case 10: b->ops->concat(b, &x, &x3, &y); break;
        case 11: b->ops->timestep_embedding(b, &y3, 1, 0.0f, &x); break; /* y is not [n, 1, 1, dim] */
        case 14: b->ops->denoise_input(b, &x, NULL, &y3, &y); break;     /* a plan of 1 value */
        case 15: b->ops->denoise_step(b, &y2, NULL, &y3, &x, &x); break;  /* prediction not of latents' shape */
        case 12:
            memset(&conv5, 0, sizeof conv5);
            conv5.n = 4; conv5.h = 5; conv5.w = 5; conv5.c = 1;
            sd__weight_new(b, SD__W_CONV, data, &conv5);
            CHECK(!conv5.data, "no data for a rejected weight");
            break;
        case 13:
            memset(&bad, 0, sizeof bad);
            bad.dtype = SD__F16;
            bad.n = bad.h = bad.w = bad.c = 1;
            b->ops->alloc(b, &bad);
            CHECK(!bad.data, "no data for an unsupported dtype");
            break;
        }
        CHECK(b->status != SD_OK && strstr(env.message, expect[i]), "case %d: status %d, message '%s'", i,
              (int)b->status, env.message);
        b->ops->add(b, &x, &x, 1, 1, &y); /* ignored */
        CHECK(((float *)y.data)[0] == 0, "case %d: op after failure ran", i);
        sd__t_drop(b, &x); sd__t_drop(b, &x3); sd__t_drop(b, &w); sd__t_drop(b, &w2); sd__t_drop(b, &v);
        sd__t_drop(b, &y); sd__t_drop(b, &y2); sd__t_drop(b, &y3); sd__t_drop(b, &odd);
        CHECK(b->bytes_in_use == 0, "case %d: everything released", i);
        b->ops->destroy(b);
        CHECK(env.host_bytes == 0, "case %d: leak", i);
    }
}

static void tests_ops(sd_tester *t) {
    RUN(t, test_ops_vector_math);
    RUN(t, test_ops_linear);
    RUN(t, test_ops_kernel_sets);
    RUN(t, test_ops_vector_sets);
    RUN(t, test_ops_half_weights);
    RUN(t, test_ops_bf16_products);
    RUN(t, test_ops_f16_rounding);
    RUN(t, test_ops_conv2d);
    RUN(t, test_ops_group_norm);
    RUN(t, test_ops_layer_norm);
    RUN(t, test_ops_attention);
    RUN(t, test_ops_activation);
    RUN(t, test_ops_geglu);
    RUN(t, test_ops_add);
    RUN(t, test_ops_upsample);
    RUN(t, test_ops_concat);
    RUN(t, test_ops_timestep_embedding);
    RUN(t, test_ops_failed_allocation_stops_later_ops);
    RUN(t, test_ops_rejects_bad_arguments);
}
