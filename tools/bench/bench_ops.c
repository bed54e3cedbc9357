/* Speed of the CPU backend's heavy ops at Stable Diffusion sizes, in GFLOP/s (best of a few runs).
   Build and run from the repository root:
       make build/bench_ops
       ./build/bench_ops [--threads N] [--quick] [--kernels NAME] [--half] [--precision fp32|fp16|bf16]
   --kernels runs one of the CPU backend's micro-kernel sets (avx512+bf16, avx512, avx2+fma,
   portable) instead of the one it picks for this CPU; --half keeps conv and linear weights in IEEE
   half, as the backend does for a checkpoint that holds them so; --precision is sd_desc's.      */
#define SD_IMPLEMENTATION
#include "sd_single.h"

typedef struct bench {
    sd__backend *b;
    int reps;
} bench;

static sd__tensor bench_tensor(sd__backend *b, int n, int h, int w, int c) {
    sd__tensor t = sd__t_new(b, n, h, w, c);
    size_t i, count = sd__tensor_count(&t);
    if (t.data)
        for (i = 0; i < count; i++) ((float *)t.data)[i] = (float)((i * 2654435761u) % 1000) * 1e-3f - 0.5f;
    return t;
}

/* Weights are multiples of 2^-10 in [-0.5, 0.5): IEEE half holds them exactly, so --half can keep
   conv and linear weights in half as the loader does for a half checkpoint. */
static int bench_half_weights;

static sd__tensor bench_weight(sd__backend *b, sd__weight_kind kind, int n, int h, int w, int c) {
    sd__tensor t;
    size_t i, count = (size_t)n * h * w * c;
    float *host = (float *)malloc(count * sizeof(float));
    for (i = 0; i < count; i++) host[i] = (float)((i * 40503u) % 1024) / 1024.0f - 0.5f;
    memset(&t, 0, sizeof t);
    t.n = n; t.h = h; t.w = w; t.c = c;
    t.dtype = bench_half_weights ? SD__F16 : SD__F32;
    sd__weight_new(b, kind, host, &t);
    free(host);
    return t;
}

/* Prints the best time of reps runs of op and its rate for `flops` floating-point operations. */
#define BENCH(B, name, flops, call)                                                                            \
    do {                                                                                                       \
        double best = 1e30, t0;                                                                                \
        int r;                                                                                                 \
        for (r = 0; r < (B)->reps; r++) {                                                                      \
            t0 = sd__now();                                                                                    \
            call;                                                                                              \
            if (sd__now() - t0 < best) best = sd__now() - t0;                                                  \
        }                                                                                                      \
        if ((B)->b->status) { printf("%s: failed: %s\n", name, (B)->b->env->message); return; }               \
        printf("%-44s %8.2f ms  %7.1f GFLOP/s\n", name, best * 1e3, (flops) / best * 1e-9);                    \
    } while (0)

static void bench_linear(bench *B, int rows, int in, int out) {
    sd__backend *b = B->b;
    sd__tensor x = bench_tensor(b, 1, 1, rows, in), y = bench_tensor(b, 1, 1, rows, out);
    sd__tensor w = bench_weight(b, SD__W_LINEAR, 1, 1, out, in), bias = bench_weight(b, SD__W_VECTOR, 1, 1, 1, out);
    char name[96];
    snprintf(name, sizeof name, "linear %d x %d -> %d", rows, in, out);
    BENCH(B, name, 2.0 * rows * in * out, b->ops->linear(b, &x, &w, &bias, NULL, &y));
    sd__t_drop(b, &x); sd__t_drop(b, &y); sd__t_drop(b, &w); sd__t_drop(b, &bias);
}

static void bench_conv(bench *B, int n, int hw, int cin, int cout, int k, int stride) {
    sd__backend *b = B->b;
    int out_hw = (hw + 2 * (k / 2) - k) / stride + 1;
    sd__tensor x = bench_tensor(b, n, hw, hw, cin), y = bench_tensor(b, n, out_hw, out_hw, cout);
    sd__tensor w = bench_weight(b, SD__W_CONV, cout, k, k, cin), bias = bench_weight(b, SD__W_VECTOR, 1, 1, 1, cout);
    char name[96];
    snprintf(name, sizeof name, "conv %dx%dx%dx%d -> %d %dx%d /%d", n, hw, hw, cin, cout, k, k, stride);
    BENCH(B, name, 2.0 * n * out_hw * out_hw * cout * cin * k * k,
          b->ops->conv2d(b, &x, &w, &bias, NULL, stride, k / 2, &y));
    sd__t_drop(b, &x); sd__t_drop(b, &y); sd__t_drop(b, &w); sd__t_drop(b, &bias);
}

static void bench_attention(bench *B, int batch, int heads, int d, int lq, int lk) {
    sd__backend *b = B->b;
    sd__tensor q = bench_tensor(b, batch, 1, lq, heads * d), k = bench_tensor(b, batch, 1, lk, heads * d);
    sd__tensor v = bench_tensor(b, batch, 1, lk, heads * d), y = bench_tensor(b, batch, 1, lq, heads * d);
    char name[96];
    snprintf(name, sizeof name, "attention B%d %d heads d%d %d x %d", batch, heads, d, lq, lk);
    BENCH(B, name, 4.0 * batch * heads * lq * lk * d, b->ops->attention(b, &q, &k, &v, heads, 0, 0, &y));
    sd__t_drop(b, &q); sd__t_drop(b, &k); sd__t_drop(b, &v); sd__t_drop(b, &y);
}

/* Memory-bound ops: the rate column counts elements written (G elements/s), not flops. */
static void bench_elementwise(bench *B, int hw, int c) {
    sd__backend *b = B->b;
    sd__tensor x = bench_tensor(b, 1, hw, hw, c), y = bench_tensor(b, 1, hw, hw, c), y2 = bench_tensor(b, 1, hw, hw, c / 2);
    sd__tensor gamma = bench_weight(b, SD__W_VECTOR, 1, 1, 1, c), beta = bench_weight(b, SD__W_VECTOR, 1, 1, 1, c);
    double count = (double)hw * hw * c;
    char name[96];
    snprintf(name, sizeof name, "group_norm+silu %dx%dx%d (Gelem/s)", hw, hw, c);
    BENCH(B, name, count, b->ops->group_norm(b, &x, &gamma, &beta, 32, 1e-5f, 1, &y));
    snprintf(name, sizeof name, "layer_norm %dx%dx%d (Gelem/s)", hw, hw, c);
    BENCH(B, name, count, b->ops->layer_norm(b, &x, &gamma, &beta, 1e-5f, &y));
    snprintf(name, sizeof name, "gelu %dx%dx%d (Gelem/s)", hw, hw, c);
    BENCH(B, name, count, b->ops->activation(b, &x, SD__ACT_GELU, &y));
    snprintf(name, sizeof name, "geglu %dx%dx%d (Gelem/s)", hw, hw, c);
    BENCH(B, name, count / 2, b->ops->geglu(b, &x, &y2));
    sd__t_drop(b, &x); sd__t_drop(b, &y); sd__t_drop(b, &y2); sd__t_drop(b, &gamma); sd__t_drop(b, &beta);
}

int main(int argc, char **argv) {
    sd__env env;
    bench B;
    const char *kernels = NULL;
    sd_precision precision = SD_PRECISION_FP32;
    int threads = sd__cpu_count(), quick = 0, i;
    for (i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--threads") && i + 1 < argc) threads = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--quick")) quick = 1;
        else if (!strcmp(argv[i], "--kernels") && i + 1 < argc) kernels = argv[++i];
        else if (!strcmp(argv[i], "--half")) bench_half_weights = 1;
        else if (!strcmp(argv[i], "--precision") && i + 1 < argc && !strcmp(argv[i + 1], "fp16")) precision = SD_PRECISION_FP16, i++;
        else if (!strcmp(argv[i], "--precision") && i + 1 < argc && !strcmp(argv[i + 1], "bf16")) precision = SD_PRECISION_BF16, i++;
        else if (!strcmp(argv[i], "--precision") && i + 1 < argc && !strcmp(argv[i + 1], "fp32")) precision = SD_PRECISION_FP32, i++;
        else {
            fprintf(stderr, "usage: %s [--threads N] [--quick] [--kernels avx512+bf16|avx512|avx2+fma|portable] [--half] "
                    "[--precision fp32|fp16|bf16]\n", argv[0]);
            return 2;
        }
    }
    memset(&env, 0, sizeof env);
    if (sd__cpu_backend_create(&env, threads, precision, &B.b) != SD_OK) {
        fprintf(stderr, "%s\n", env.message);
        return 1;
    }
    for (i = 0; kernels && i < (int)SD__COUNT(sd__cpu_kernel_sets); i++)
        if (!strcmp(kernels, sd__cpu_kernel_sets[i].name)) break;
    if (kernels && (i == (int)SD__COUNT(sd__cpu_kernel_sets) || !sd__cpu_kernels_supported(&sd__cpu_kernel_sets[i]))) {
        fprintf(stderr, "kernel set '%s' is not in this build or not supported by this CPU\n", kernels);
        B.b->ops->destroy(B.b);
        return 2;
    }
    if (kernels) ((sd__cpu_backend *)B.b)->kernels = sd__cpu_kernel_sets[i];
    B.reps = quick ? 2 : 4;
    printf("cpu backend, %d threads, %s kernels, precision %s, %s weight files\n", threads,
           ((sd__cpu_backend *)B.b)->kernels.name, precision == SD_PRECISION_BF16 ? "bf16" : precision == SD_PRECISION_FP16 ? "fp16" : "fp32",
           bench_half_weights ? "half" : "float32");
    bench_linear(&B, 1024, 1024, 1024);
    bench_linear(&B, 4096, 320, 2560);  /* GEGLU projection at 64x64 */
    bench_linear(&B, 154, 768, 3072);   /* text encoder MLP, batch 2 */
    bench_conv(&B, 1, 64, 320, 320, 3, 1);
    bench_conv(&B, 1, 64, 4, 320, 3, 1);  /* conv_in */
    bench_conv(&B, 1, 32, 640, 640, 3, 1);
    bench_conv(&B, 1, 64, 320, 320, 3, 2);
    bench_conv(&B, 1, 64, 640, 320, 1, 1);
    if (!quick) bench_attention(&B, 1, 8, 40, 4096, 4096);
    bench_attention(&B, 1, 8, 40, 4096, 77);
    bench_attention(&B, 2, 8, 80, 1024, 1024);
    bench_elementwise(&B, 64, 320);
    printf("peak backend memory %.1f MB\n", (double)B.b->peak_bytes / 1048576.0);
    B.b->ops->destroy(B.b);
    return 0;
}
