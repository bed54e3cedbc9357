/* bench_gpu: times the CUDA backend on a model, per precision (docs/PERF.md, tools/gpu_check.sh).
     make build/bench_gpu
     python3 tools/make_sd15_checkpoint.py /tmp/sd15.safetensors   # full-size SD 1.5, random weights
     ./build/bench_gpu /tmp/sd15.safetensors [--precision fp16] [--precision fp32] [--size 512]
                       [--steps 50] [--repeat 3] [--offload none|model|sequential]
   For each precision (default: fp16, then fp32) it loads the model, then reports the median after
   one warm-up of: the text encoder (batch 2), one UNet call (batch 2, as guidance runs it) and one
   VAE decode (batch 1), timed with CUDA events on the backend's stream; a whole txt2img (DDIM,
   guidance 7.5, batch 1), timed on the host; the device memory in use after the runs as
   cuMemGetInfo reports it (the context, cuBLAS's work space and the backend's allocator cache,
   which keeps its peak, included; other processes on the GPU too); and the library's own peak
   (sd_peak_memory). A Markdown table comes last. --offload loads the model with that CPU offload
   mode (the components then include streaming their weights in). The log also times the attention
   op alone at SD 1.x's shapes for the size (batch 2, 8 heads; self-attention and cross-attention
   to 77 tokens at each resolution), with the flash kernel (16-bit precisions) and on the GEMM path. */
#define SD_IMPLEMENTATION
#include "sd_single.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef SD__CUDA
int main(void) {
    fprintf(stderr, "bench_gpu: this build has no CUDA backend\n");
    return 1;
}
#else
#define MAX_RUNS 15

typedef struct result {
    sd_precision precision;
    double load_s, text_ms, unet_ms, vae_ms, image_s, device_mib, peak_mib;
} result;

static int compare_doubles(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double median(double *v, int n) {
    qsort(v, (size_t)n, sizeof *v, compare_doubles);
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

static void fill_random(float *x, size_t n, unsigned seed) {
    size_t i;
    for (i = 0; i < n; i++) {
        seed = seed * 1664525u + 1013904223u;
        x[i] = (float)((seed >> 8) & 0xFFFF) / 32768.0f - 1.0f;
    }
}

static const char *precision_name(sd_precision p) {
    return p == SD_PRECISION_FP32 ? "fp32" : p == SD_PRECISION_TF32 ? "tf32" : p == SD_PRECISION_FP16 ? "fp16" : "bf16";
}

/* Events on the backend's compute stream around one piece of work. */
typedef struct gpu_timer {
    sd__cuda_backend *cb;
    sd__cu_event start, stop;
} gpu_timer;

static int timer_open(gpu_timer *t, sd__backend *b) {
    t->cb = (sd__cuda_backend *)b;
    return t->cb->api.cuEventCreate(&t->start, 0) == 0 && t->cb->api.cuEventCreate(&t->stop, 0) == 0;
}
static void timer_start(gpu_timer *t) { t->cb->api.cuEventRecord(t->start, t->cb->stream); }
static double timer_stop_ms(gpu_timer *t) {
    float ms = 0.0f;
    t->cb->api.cuEventRecord(t->stop, t->cb->stream);
    t->cb->api.cuEventSynchronize(t->stop);
    t->cb->api.cuEventElapsedTime(&ms, t->start, t->stop);
    return ms;
}
static void timer_close(gpu_timer *t) {
    t->cb->api.cuEventDestroy(t->start);
    t->cb->api.cuEventDestroy(t->stop);
}

/* Median milliseconds of the text encoder, a UNet call and a VAE decode (after one warm-up). */
static int bench_components(sd_ctx *ctx, int size, int repeat, result *res) {
    sd__backend *b = ctx->backend;
    const int lh = size / sd__vae_scale(&ctx->vae.cfg), lc = ctx->unet.cfg.in_channels;
    int ids[2 * SD_MAX_TOKENS], i;
    double te[MAX_RUNS], unet[MAX_RUNS], vae[MAX_RUNS];
    float ts[2] = {981.0f, 981.0f};
    size_t n = (size_t)2 * lh * lh * lc;
    float *host = (float *)malloc(n * sizeof(float));
    sd__tensor emb, x, out, z, img;
    gpu_timer timer;
    if (!host || !timer_open(&timer, b)) return 1;
    sd__tokenize(&ctx->env, ctx->tokenizer, "a photo of an astronaut riding a horse on mars", ids, NULL);
    sd__tokenize(&ctx->env, ctx->tokenizer, "", ids + SD_MAX_TOKENS, NULL);
    sd__weights_expect(b->weights, SD__WP_UNET); /* with offload: each model prefetches the next */
    fill_random(host, n, 1);
    x = sd__t_new(b, 2, lh, lh, lc);
    b->ops->write(b, &x, host);
    z = sd__t_new(b, 1, lh, lh, lc);
    b->ops->write(b, &z, host);
    for (i = 0; i <= repeat && !b->status; i++) { /* run 0 is the warm-up */
        double t_te, t_unet, t_vae;
        timer_start(&timer);
        sd__clip_encode(b, &ctx->clip, ids, 2, 0, &emb);
        t_te = timer_stop_ms(&timer);
        sd__weights_expect(b->weights, SD__WP_DECODER);
        timer_start(&timer);
        sd__unet_fwd(b, &ctx->unet, &x, ts, &emb, &out);
        t_unet = timer_stop_ms(&timer);
        sd__weights_expect(b->weights, SD__WP_TEXT);
        timer_start(&timer);
        sd__vae_decode(b, &ctx->vae, &z, &img);
        t_vae = timer_stop_ms(&timer);
        sd__t_drop(b, &emb);
        sd__t_drop(b, &out);
        sd__t_drop(b, &img);
        sd__weights_expect(b->weights, SD__WP_UNET);
        if (i) {
            te[i - 1] = t_te;
            unet[i - 1] = t_unet;
            vae[i - 1] = t_vae;
        }
        fprintf(stderr, "  run %d: text encoder %.1f ms, UNet %.1f ms, VAE decode %.1f ms\n", i, t_te, t_unet, t_vae);
    }
    sd__t_drop(b, &x);
    sd__t_drop(b, &z);
    timer_close(&timer);
    free(host);
    if (b->status) {
        fprintf(stderr, "error: %s\n", sd_last_error(ctx));
        return 1;
    }
    res->text_ms = median(te, repeat);
    res->unet_ms = median(unet, repeat);
    res->vae_ms = median(vae, repeat);
    return 0;
}

/* Median milliseconds of one attention call with the flash kernel or on the GEMM path. */
static double time_attention(sd__backend *b, const sd__tensor *q, const sd__tensor *kv, sd__tensor *y, int flash,
                             int repeat) {
    double t[MAX_RUNS];
    gpu_timer timer;
    int i;
    if (!timer_open(&timer, b)) return -1.0;
    ((sd__cuda_backend *)b)->flash_attention = flash;
    for (i = 0; i <= repeat && !b->status; i++) { /* run 0 is the warm-up */
        timer_start(&timer);
        b->ops->attention(b, q, kv, kv, 8, 0, 0, y);
        if (i) t[i - 1] = timer_stop_ms(&timer);
        else timer_stop_ms(&timer);
    }
    ((sd__cuda_backend *)b)->flash_attention = 1;
    timer_close(&timer);
    return b->status ? -1.0 : median(t, repeat);
}

/* SD 1.x's attention at this size: per resolution (latent / 1, 2, 4 with 320, 640, 1280
   channels) self-attention and cross-attention to 77 tokens, batch 2, 8 heads. */
static int bench_attention(sd_ctx *ctx, int size, int repeat) {
    sd__backend *b = ctx->backend;
    const int flash = ((sd__cuda_backend *)b)->dtype != SD__F32;
    int level, cross;
    for (level = 0; level < 3; level++)
        for (cross = 0; cross < 2; cross++) {
            const int side = size / 8 >> level, tokens = side * side, channels = 320 << level, keys = cross ? 77 : tokens;
            const double gflop = 4.0 * tokens * keys * channels * 2 / 1e9;
            size_t n = (size_t)2 * tokens * channels;
            float *host = (float *)malloc(n * sizeof(float));
            sd__tensor q = sd__t_new(b, 2, 1, tokens, channels), kv = sd__t_new(b, 2, 1, keys, channels);
            sd__tensor y = sd__t_new(b, 2, 1, tokens, channels);
            double t_flash = -1.0, t_gemm;
            if (!host) return 1;
            fill_random(host, n, 3);
            b->ops->write(b, &q, host);
            b->ops->write(b, &kv, host); /* the first tokens of q */
            if (flash) t_flash = time_attention(b, &q, &kv, &y, 1, repeat);
            t_gemm = time_attention(b, &q, &kv, &y, 0, repeat);
            sd__t_drop(b, &q);
            sd__t_drop(b, &kv);
            sd__t_drop(b, &y);
            free(host);
            if (b->status) {
                fprintf(stderr, "error: %s\n", sd_last_error(ctx));
                return 1;
            }
            fprintf(stderr, "  attention %d x %d tokens, d %d: ", tokens, keys, channels / 8);
            if (flash) fprintf(stderr, "flash %.3f ms (%.0f TFLOP/s), ", t_flash, gflop / t_flash);
            fprintf(stderr, "GEMM path %.3f ms (%.0f TFLOP/s)\n", t_gemm, gflop / t_gemm);
        }
    return 0;
}

/* Median seconds of a whole txt2img after one warm-up. */
static int bench_pipeline(sd_ctx *ctx, int size, int steps, int repeat, result *res) {
    double t[MAX_RUNS];
    int i;
    for (i = 0; i <= repeat; i++) {
        sd_params p;
        sd_image img;
        double t0 = sd__now();
        memset(&p, 0, sizeof p);
        p.prompt = "a photo of an astronaut riding a horse on mars";
        p.width = p.height = size;
        p.steps = steps;
        p.guidance = 7.5f;
        p.sampler = SD_SAMPLER_DDIM;
        p.seed = 42;
        if (sd_txt2img(ctx, &p, &img) != SD_OK) {
            fprintf(stderr, "error: %s\n", sd_last_error(ctx));
            return 1;
        }
        sd_image_free(ctx, &img);
        if (i) t[i - 1] = sd__now() - t0;
        fprintf(stderr, "  txt2img run %d: %.2f s\n", i, sd__now() - t0);
    }
    res->image_s = median(t, repeat);
    return 0;
}

static int bench_precision(const char *model, sd_precision precision, sd_offload offload, int size, int steps, int repeat,
                           result *res) {
    sd_desc desc;
    sd_ctx *ctx = NULL;
    size_t free_bytes = 0, total_bytes = 0;
    double t0 = sd__now();
    int rc;
    memset(&desc, 0, sizeof desc);
    memset(res, 0, sizeof *res);
    res->precision = precision;
    desc.model_path = model;
    desc.backend = SD_BACKEND_CUDA;
    desc.precision = precision;
    desc.offload = offload;
    fprintf(stderr, "%s, offload %s:\n", precision_name(precision), sd__offload_names[offload]);
    if (sd_create(&desc, &ctx) != SD_OK) {
        fprintf(stderr, "error: %s\n", ctx ? sd_last_error(ctx) : "out of memory");
        sd_destroy(ctx);
        return 1;
    }
    res->load_s = sd__now() - t0;
    fprintf(stderr, "  loaded in %.2f s\n", res->load_s);
    rc = bench_components(ctx, size, repeat, res) || bench_attention(ctx, size, repeat) ||
         bench_pipeline(ctx, size, steps, SD__MIN(repeat, 3), res);
    if (!rc) {
        sd__cuda_backend *cb = (sd__cuda_backend *)ctx->backend;
        cb->api.cuMemGetInfo(&free_bytes, &total_bytes);
        res->device_mib = (double)(total_bytes - free_bytes) / 1048576.0;
        res->peak_mib = (double)sd_peak_memory(ctx) / 1048576.0;
    }
    sd_destroy(ctx);
    return rc;
}

int main(int argc, char **argv) {
    const char *model = NULL;
    sd_precision precisions[4];
    result results[4];
    sd_offload offload = SD_OFFLOAD_NONE;
    int count = 0, size = 512, steps = 50, repeat = 3, i, rc = 0;
    for (i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--size") && i + 1 < argc) size = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--steps") && i + 1 < argc) steps = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--repeat") && i + 1 < argc) repeat = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--offload") && i + 1 < argc) {
            const char *o = argv[++i];
            offload = !strcmp(o, "model") ? SD_OFFLOAD_MODEL : !strcmp(o, "sequential") ? SD_OFFLOAD_SEQUENTIAL : SD_OFFLOAD_NONE;
        }
        else if (!strcmp(argv[i], "--precision") && i + 1 < argc && count < 4) {
            const char *p = argv[++i];
            precisions[count++] = !strcmp(p, "fp32") ? SD_PRECISION_FP32 : !strcmp(p, "tf32") ? SD_PRECISION_TF32
                                  : !strcmp(p, "bf16") ? SD_PRECISION_BF16 : SD_PRECISION_FP16;
        } else model = argv[i];
    }
    if (!model || size < 8 || size % 8 || steps < 1 || repeat < 1 || repeat > MAX_RUNS) {
        fprintf(stderr, "usage: %s MODEL [--precision fp16|fp32|tf32|bf16]... [--size N] [--steps N] [--repeat 1..%d] "
                "[--offload none|model|sequential]\n",
                argv[0], MAX_RUNS);
        return 2;
    }
    if (!count) {
        precisions[count++] = SD_PRECISION_FP16;
        precisions[count++] = SD_PRECISION_FP32;
    }
    for (i = 0; i < count; i++) rc |= bench_precision(model, precisions[i], offload, size, steps, repeat, &results[i]);
    printf("\noffload %s\n\n| precision | load | text encoder b2 | UNet call b2 | VAE decode | txt2img %dx%d, %d DDIM steps | device memory "
           "in use | library peak |\n",
           sd__offload_names[offload], size, size, steps);
    printf("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (i = 0; i < count; i++)
        printf("| %s | %.1f s | %.1f ms | %.1f ms | %.1f ms | %.2f s | %.0f MiB | %.0f MiB |\n", precision_name(results[i].precision),
               results[i].load_s, results[i].text_ms, results[i].unet_ms, results[i].vae_ms, results[i].image_s,
               results[i].device_mib, results[i].peak_mib);
    return rc;
}
#endif
