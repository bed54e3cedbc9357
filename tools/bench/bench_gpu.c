/* bench_gpu: times the CUDA backend on a model, per precision and per memory mode (docs/PERF.md,
   tools/gpu_check.sh).
     make build/bench_gpu
     python3 tools/bench/make_sd15_checkpoint.py --diffusers /tmp/sd15   # full-size SD 1.5, random weights
     ./build/bench_gpu /tmp/sd15 [--precision fp16]... [--size 512] [--steps 50] [--repeat 3]
                       [--modes all|none|KEY,...] [--budget 240] [--tile-size 2048] [--json OUT.json]
   For each precision (default: fp16, then fp32) it loads the model, then reports the median after
   one warm-up of: the text encoder (batch 2), one UNet call (batch 2, as guidance runs it) and one
   VAE decode (batch 1), timed with CUDA events on the backend's stream; a whole txt2img (DDIM,
   guidance 7.5, batch 1), timed on the host, with the step replayed as a CUDA graph (the default)
   and with graphs off; the device memory in use after the runs as
   cuMemGetInfo reports it (the context, cuBLAS's work space and the backend's allocator cache,
   which keeps its peak, included; other processes on the GPU too); and the library's own peak
   (sd_peak_memory). The log also times the attention op alone at SD 1.x's shapes for the size
   (batch 2, 8 heads; self-attention and cross-attention to 77 tokens at each resolution), with the
   flash kernel (16-bit precisions) and on the GEMM path.
   Then the memory modes (issue 5; `modes` below, in fp16; the keys are those of
   tools/bench/diffusers_bench.py): each row loads the model into a fresh context with its sd_desc
   settings and runs a 2-step warm-up, then its steps, and when those are fewer than --steps, 2
   steps as well, to extrapolate linearly to --steps (the "est." column); the VAE tiling row
   decodes one --tile-size image (host latents in, host pixels out) after a one-tile warm-up. Per
   row: seconds, the library's peak and the most device memory in use that cuMemGetInfo reported
   after loading, after each step and after the run (total - free: context and caches included,
   and any other process on the GPU). Rows not started within --budget seconds of the program's
   start are skipped. Markdown tables come last; --json writes every figure for
   tools/bench/gpu_report.py, after each measurement. */
#define SD_IMPLEMENTATION
#include "sd_single.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench_util.h"

#define MAX_RUNS 15
#define MAX_PRECISIONS 4
#define MIB (1.0 / 1048576.0)

/* Memory modes: steps 0 runs --steps; a tiled_decode row turns vae_tiling on and times one VAE
   decode instead of txt2img. */
typedef struct mode {
    const char *key, *label;
    int attention_slice;
    sd_offload offload;
    sd_toggle vae_slicing;
    int batch, steps, tiled_decode;
} mode;

static const mode modes[] = {
    {"default", "default", 0, SD_OFFLOAD_DEFAULT, SD_TOGGLE_DEFAULT, 1, 0, 0},
    {"slice_auto", "attention slicing auto", SD_SLICE_AUTO, SD_OFFLOAD_DEFAULT, SD_TOGGLE_DEFAULT, 1, 20, 0},
    {"slice_1", "attention slicing 1", 1, SD_OFFLOAD_DEFAULT, SD_TOGGLE_DEFAULT, 1, 20, 0},
    {"model_offload", "model offload", 0, SD_OFFLOAD_MODEL, SD_TOGGLE_DEFAULT, 1, 20, 0},
    {"sequential_offload", "sequential offload", 0, SD_OFFLOAD_SEQUENTIAL, SD_TOGGLE_DEFAULT, 1, 5, 0},
    {"sequential_slice_1", "sequential offload + attention slicing 1", 1, SD_OFFLOAD_SEQUENTIAL, SD_TOGGLE_DEFAULT, 1, 5, 0},
    {"batch8", "batch 8", 0, SD_OFFLOAD_DEFAULT, SD_OFF, 8, 10, 0},
    {"batch8_vae_slicing", "batch 8 + VAE slicing", 0, SD_OFFLOAD_DEFAULT, SD_ON, 8, 10, 0},
    {"vae_tiling_2048", "VAE tiling decode", 0, SD_OFFLOAD_DEFAULT, SD_TOGGLE_DEFAULT, 1, 0, 1},
};
#define MODE_COUNT ((int)(sizeof modes / sizeof modes[0]))

typedef struct options {
    const char *model, *json;
    sd_precision precisions[MAX_PRECISIONS];
    int precision_count, size, steps, repeat, tile_size;
    int run_mode[MODE_COUNT];
    double budget;
} options;

typedef struct result {
    sd_precision precision;
    int ok;
    double load_s, text_ms, unet_ms, vae_ms, image_s, image_no_graphs_s, device_mib, peak_mib;
} result;

typedef struct mode_result {
    int state; /* MODE_SKIPPED, MODE_FAILED or MODE_OK */
    int steps; /* steps of the timed run; 0 for the decode */
    double s, short_s, est_s, peak_mib, device_mib;
    char note[256]; /* why it was skipped or failed */
} mode_result;
enum { MODE_SKIPPED, MODE_FAILED, MODE_OK };

static void print_usage(const char *argv0) {
    fprintf(stderr,
            "usage: %s MODEL [--precision fp16|fp32|tf32|bf16]... [--size N] [--steps N] [--repeat 1..%d]\n"
            "       [--modes all|none|KEY,...] [--budget SECONDS] [--tile-size N] [--json OUT.json]\n"
            "mode keys:",
            argv0, MAX_RUNS);
    {
        int i;
        for (i = 0; i < MODE_COUNT; i++) fprintf(stderr, " %s", modes[i].key);
    }
    fprintf(stderr, "\n");
}

#ifndef SD__CUDA
int main(int argc, char **argv) {
    (void)argc;
    print_usage(argv[0]);
    fprintf(stderr, "bench_gpu: this build has no CUDA backend\n");
    return 1;
}
#else
static const char *precision_name(sd_precision p) {
    return p == SD_PRECISION_FP32 ? "fp32" : p == SD_PRECISION_TF32 ? "tf32" : p == SD_PRECISION_FP16 ? "fp16" : "bf16";
}

static sd__cuda_backend *cuda_of(sd_ctx *ctx) { return (sd__cuda_backend *)ctx->backend; }

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

/* The most device memory in use (total - free) that cuMemGetInfo reported at the probes. The
   progress callback probes after every step: the allocator's cache keeps what the step held. */
typedef struct device_probe {
    sd__cuda_backend *cb;
    double used_mib;
} device_probe;

static void probe_device(device_probe *p) {
    size_t free_bytes = 0, total_bytes = 0;
    if (p->cb->api.cuMemGetInfo(&free_bytes, &total_bytes) == SD__CUDA_SUCCESS &&
        (double)(total_bytes - free_bytes) * MIB > p->used_mib)
        p->used_mib = (double)(total_bytes - free_bytes) * MIB;
}

static int probe_on_step(void *user_data, int step, int steps, double elapsed_seconds) {
    (void)step;
    (void)steps;
    (void)elapsed_seconds;
    probe_device((device_probe *)user_data);
    return 0;
}

/* Seconds of one txt2img (DDIM, guidance 7.5), or -1 on failure (the message is in ctx). */
static double time_image(sd_ctx *ctx, int size, int steps, int batch, device_probe *probe) {
    sd_params p;
    sd_image images[8];
    double t0 = sd__now(), seconds;
    int k;
    memset(&p, 0, sizeof p);
    memset(images, 0, sizeof images);
    p.prompt = BENCH_PROMPT;
    p.width = p.height = size;
    p.steps = steps;
    p.guidance = 7.5f;
    p.sampler = SD_SAMPLER_DDIM;
    p.seed = 42;
    p.batch = batch;
    if (probe) {
        p.progress = probe_on_step;
        p.progress_user_data = probe;
    }
    if (sd_txt2img(ctx, &p, images) != SD_OK) return -1.0;
    seconds = sd__now() - t0;
    for (k = 0; k < batch; k++) sd_image_free(ctx, &images[k]);
    if (probe) probe_device(probe);
    return seconds;
}

/* Median milliseconds of the text encoder, a UNet call and a VAE decode (after one warm-up). */
static int bench_components(sd_ctx *ctx, int size, int repeat, result *res) {
    sd__backend *b = ctx->backend;
    int i;
    double te[MAX_RUNS], unet[MAX_RUNS], vae[MAX_RUNS];
    component_inputs in;
    sd__tensor emb, out, img;
    gpu_timer timer;
    if (!timer_open(&timer, b)) return 1;
    sd__weights_expect(b->weights, SD__WP_UNET); /* with offload: each model prefetches the next */
    if (!component_inputs_open(ctx, size, &in)) {
        timer_close(&timer);
        return 1;
    }
    for (i = 0; i <= repeat && !b->status; i++) { /* run 0 is the warm-up */
        double t_te, t_unet, t_vae;
        timer_start(&timer);
        sd__clip_encode(b, &ctx->clip, in.ids, 2, 0, &emb);
        t_te = timer_stop_ms(&timer);
        sd__weights_expect(b->weights, SD__WP_DECODER);
        timer_start(&timer);
        sd__unet_fwd(b, &ctx->unet, &in.x, &in.timesteps.t, &emb, &out);
        t_unet = timer_stop_ms(&timer);
        sd__weights_expect(b->weights, SD__WP_TEXT);
        timer_start(&timer);
        sd__vae_decode(b, &ctx->vae, &in.z, &img);
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
    component_inputs_close(b, &in);
    timer_close(&timer);
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

/* Median seconds of a whole txt2img after one warm-up, with the denoising step replayed as a
   CUDA graph (the default) and with every op launched each step (graphs off). */
static int bench_pipeline(sd_ctx *ctx, int size, int steps, int repeat, result *res) {
    double t[MAX_RUNS];
    int i, graphs;
    for (graphs = 0; graphs < 2; graphs++) {
        ctx->desc.graphs = graphs ? SD_OFF : SD_ON;
        for (i = 0; i <= repeat; i++) {
            double seconds = time_image(ctx, size, steps, 1, NULL);
            if (seconds < 0) {
                fprintf(stderr, "error: %s\n", sd_last_error(ctx));
                return 1;
            }
            if (i) t[i - 1] = seconds;
            fprintf(stderr, "  txt2img%s run %d: %.2f s\n", graphs ? " without graphs" : "", i, seconds);
        }
        *(graphs ? &res->image_no_graphs_s : &res->image_s) = median(t, repeat);
    }
    ctx->desc.graphs = SD_ON;
    return 0;
}

/* "NAME, compute capability X.Y, N SMs, driver N, cuBLAS N" of a context's device. */
static void describe_device(sd_ctx *ctx, char *out, size_t size) {
    const sd__cuda_backend *cb = cuda_of(ctx);
    snprintf(out, size, "%s, compute capability %d.%d, %d SMs, driver %d, cuBLAS %d", cb->name, cb->cc / 10, cb->cc % 10,
             cb->sm_count, cb->driver_version, cb->blas_version);
}

/* 0 when measured, 1 when a run failed, 2 when no context could be made (no driver, no model). */
static int bench_precision(const options *o, sd_precision precision, result *res, char *device, size_t device_size) {
    sd_desc desc;
    sd_ctx *ctx = NULL;
    device_probe probe;
    double t0 = sd__now();
    int rc;
    memset(&desc, 0, sizeof desc);
    memset(res, 0, sizeof *res);
    res->precision = precision;
    desc.model_path = o->model;
    desc.backend = SD_BACKEND_CUDA;
    desc.precision = precision;
    fprintf(stderr, "%s:\n", precision_name(precision));
    if (sd_create(&desc, &ctx) != SD_OK) {
        fprintf(stderr, "error: %s\n", ctx ? sd_last_error(ctx) : "out of memory");
        sd_destroy(ctx);
        return 2;
    }
    res->load_s = sd__now() - t0;
    describe_device(ctx, device, device_size);
    fprintf(stderr, "  loaded in %.2f s on %s\n", res->load_s, device);
    rc = bench_components(ctx, o->size, o->repeat, res) || bench_attention(ctx, o->size, o->repeat) ||
         bench_pipeline(ctx, o->size, o->steps, SD__MIN(o->repeat, 3), res);
    if (!rc) {
        probe.cb = cuda_of(ctx);
        probe.used_mib = 0.0;
        probe_device(&probe);
        res->device_mib = probe.used_mib;
        res->peak_mib = (double)sd_peak_memory(ctx) * MIB;
        res->ok = 1;
    }
    sd_destroy(ctx);
    return rc;
}

/* The VAE tiling row: one tile_size x tile_size decode from random latents, after a one-tile decode. */
static int time_tiled_decode(sd_ctx *ctx, int tile_size, device_probe *probe, mode_result *r) {
    const int lc = ctx->vae.cfg.latent_channels, lat = tile_size / sd__vae_scale(&ctx->vae.cfg);
    const int tile = SD__MIN(sd__vae_tile_latents(&ctx->vae), lat);
    const size_t z_count = (size_t)lat * lat * lc, rgb_count = (size_t)tile_size * tile_size * ctx->vae.cfg.out_channels;
    float *z = (float *)malloc(z_count * sizeof(float)), *rgb = (float *)malloc(rgb_count * sizeof(float));
    double t0;
    int ok = 0;
    if (z && rgb) {
        fill_random(z, z_count, 3);
        if (sd__vae_decode_latents(ctx->backend, &ctx->vae, z, 1, tile, tile, 1, rgb) == SD_OK) {
            t0 = sd__now();
            ok = sd__vae_decode_latents(ctx->backend, &ctx->vae, z, 1, lat, lat, 1, rgb) == SD_OK;
            r->s = r->est_s = sd__now() - t0;
            probe_device(probe);
        }
    } else {
        snprintf(r->note, sizeof r->note, "out of host memory");
    }
    free(z);
    free(rgb);
    return ok;
}

static void bench_mode(const options *o, const mode *m, mode_result *r, char *device, size_t device_size) {
    sd_desc desc;
    sd_ctx *ctx = NULL;
    device_probe probe;
    int ok;
    memset(r, 0, sizeof *r);
    r->steps = m->tiled_decode ? 0 : m->steps ? SD__MIN(m->steps, o->steps) : o->steps;
    memset(&desc, 0, sizeof desc);
    desc.model_path = o->model;
    desc.backend = SD_BACKEND_CUDA;
    desc.precision = SD_PRECISION_FP16;
    desc.attention_slice = m->attention_slice;
    desc.offload = m->offload;
    desc.vae_slicing = m->vae_slicing;
    if (m->tiled_decode) desc.vae_tiling = SD_ON;
    fprintf(stderr, "mode %s:\n", m->key);
    if (sd_create(&desc, &ctx) != SD_OK) {
        r->state = MODE_FAILED;
        snprintf(r->note, sizeof r->note, "%.250s", ctx ? sd_last_error(ctx) : "out of memory");
        fprintf(stderr, "  error: %s\n", r->note);
        sd_destroy(ctx);
        return;
    }
    describe_device(ctx, device, device_size);
    probe.cb = cuda_of(ctx);
    probe.used_mib = 0.0;
    probe_device(&probe);
    if (m->tiled_decode) {
        ok = time_tiled_decode(ctx, o->tile_size, &probe, r);
    } else {
        const int extrapolate = r->steps < o->steps; /* then r->steps >= 5: see `modes` */
        ok = time_image(ctx, o->size, 2, m->batch, NULL) >= 0;
        if (ok && extrapolate) ok = (r->short_s = time_image(ctx, o->size, 2, m->batch, &probe)) >= 0;
        if (ok) ok = (r->s = time_image(ctx, o->size, r->steps, m->batch, &probe)) >= 0;
        r->est_s = extrapolate ? r->s + (o->steps - r->steps) * (r->s - r->short_s) / (r->steps - 2) : r->s;
    }
    if (ok) {
        r->state = MODE_OK;
        r->peak_mib = (double)sd_peak_memory(ctx) * MIB;
        r->device_mib = probe.used_mib;
        if (m->tiled_decode) fprintf(stderr, "  decode %.2f s", r->s);
        else fprintf(stderr, "  %.2f s (%d steps; est. %.2f s for %d)", r->s, r->steps, r->est_s, o->steps);
        fprintf(stderr, ", library peak %.0f MiB, device %.0f MiB\n", r->peak_mib, r->device_mib);
    } else {
        r->state = MODE_FAILED;
        if (!r->note[0]) snprintf(r->note, sizeof r->note, "%.250s", sd_last_error(ctx));
        fprintf(stderr, "  error: %s\n", r->note);
    }
    sd_destroy(ctx);
}

/* --modes all|none|KEY,KEY,... into o->run_mode; 0 for an unknown key. */
static int parse_modes(const char *list, options *o) {
    int i;
    for (i = 0; i < MODE_COUNT; i++) o->run_mode[i] = !strcmp(list, "all");
    if (!strcmp(list, "all") || !strcmp(list, "none")) return 1;
    while (*list) {
        size_t len = strcspn(list, ",");
        for (i = 0; i < MODE_COUNT; i++)
            if (strlen(modes[i].key) == len && !strncmp(modes[i].key, list, len)) break;
        if (i == MODE_COUNT) return 0;
        o->run_mode[i] = 1;
        list += len + (list[len] == ',');
    }
    return 1;
}

static int parse_options(int argc, char **argv, options *o) {
    int i, modes_ok = 1;
    memset(o, 0, sizeof *o);
    o->size = 512;
    o->steps = 50;
    o->repeat = 3;
    o->tile_size = 2048;
    o->budget = 240.0;
    parse_modes("all", o);
    for (i = 1; i < argc; i++) {
        const int has_value = i + 1 < argc;
        if (!strcmp(argv[i], "--size") && has_value) o->size = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--steps") && has_value) o->steps = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--repeat") && has_value) o->repeat = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--tile-size") && has_value) o->tile_size = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--budget") && has_value) o->budget = atof(argv[++i]);
        else if (!strcmp(argv[i], "--json") && has_value) o->json = argv[++i];
        else if (!strcmp(argv[i], "--modes") && has_value) modes_ok = parse_modes(argv[++i], o);
        else if (!strcmp(argv[i], "--precision") && has_value && o->precision_count < MAX_PRECISIONS) {
            const char *p = argv[++i];
            sd_precision value = !strcmp(p, "fp32") ? SD_PRECISION_FP32 : !strcmp(p, "tf32") ? SD_PRECISION_TF32
                                 : !strcmp(p, "bf16") ? SD_PRECISION_BF16 : !strcmp(p, "fp16") ? SD_PRECISION_FP16
                                 : SD_PRECISION_DEFAULT;
            if (value == SD_PRECISION_DEFAULT) return 0;
            o->precisions[o->precision_count++] = value;
        } else if (argv[i][0] == '-' || o->model) {
            return 0;
        } else {
            o->model = argv[i];
        }
    }
    if (!o->precision_count) {
        o->precisions[o->precision_count++] = SD_PRECISION_FP16;
        o->precisions[o->precision_count++] = SD_PRECISION_FP32;
    }
    return o->model && modes_ok && o->size >= 8 && o->size % 8 == 0 && o->size <= SD_MAX_DIM && o->steps >= 1 &&
           o->steps <= SD_MAX_STEPS && o->repeat >= 1 && o->repeat <= MAX_RUNS && o->tile_size >= 8 &&
           o->tile_size % 8 == 0 && o->tile_size <= SD_MAX_DIM && o->budget >= 0.0;
}

static void json_string(FILE *f, const char *s) {
    fputc('"', f);
    for (; *s; s++) {
        const unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\') fprintf(f, "\\%c", c);
        else if (c < 0x20) fprintf(f, "\\u%04x", c);
        else fputc(c, f);
    }
    fputc('"', f);
}

static void json_number(FILE *f, const char *name, double value, int valid, const char *after) {
    fprintf(f, "\"%s\": ", name);
    if (valid) fprintf(f, "%.6g%s", value, after);
    else fprintf(f, "null%s", after);
}

/* Rewritten after every measurement (through a temporary file and a rename), so that a run stopped
   by a time limit leaves what it measured. */
static int write_json(const char *path, const options *o, const char *device, const result *res, const mode_result *mr) {
    static const char *states[] = {"skipped", "failed", "ok"};
    char tmp[4096];
    FILE *f;
    int i, written = 0;
    if (snprintf(tmp, sizeof tmp, "%s.tmp", path) >= (int)sizeof tmp || !(f = fopen(tmp, "w"))) return 0;
    fprintf(f, "{\n \"device\": ");
    json_string(f, device);
    fprintf(f, ",\n \"size\": %d, \"steps\": %d, \"guidance\": 7.5, \"scheduler\": \"DDIM\", \"tile_size\": %d,\n", o->size,
            o->steps, o->tile_size);
    fprintf(f, " \"precisions\": [");
    for (i = 0; i < o->precision_count; i++) {
        const result *r = &res[i];
        fprintf(f, "%s\n  {\"precision\": \"%s\", \"ok\": %s, ", i ? "," : "", precision_name(r->precision), r->ok ? "true" : "false");
        json_number(f, "load_s", r->load_s, r->ok, ", ");
        json_number(f, "text_encoder_b2_ms", r->text_ms, r->ok, ", ");
        json_number(f, "unet_b2_ms", r->unet_ms, r->ok, ", ");
        json_number(f, "vae_decode_b1_ms", r->vae_ms, r->ok, ", ");
        json_number(f, "image_s", r->image_s, r->ok, ", ");
        json_number(f, "image_no_graphs_s", r->image_no_graphs_s, r->ok, ", ");
        json_number(f, "device_used_mib", r->device_mib, r->ok, ", ");
        json_number(f, "library_peak_mib", r->peak_mib, r->ok, "}");
    }
    fprintf(f, "\n ],\n \"modes\": {");
    for (i = 0; i < MODE_COUNT; i++) {
        const mode_result *r = &mr[i];
        const int ok = r->state == MODE_OK;
        if (!o->run_mode[i]) continue;
        fprintf(f, "%s\n  \"%s\": {\"state\": \"%s\", \"note\": ", written++ ? "," : "", modes[i].key, states[r->state]);
        json_string(f, r->note);
        fprintf(f, ", \"batch\": %d, \"steps\": %d, ", modes[i].batch, r->steps);
        json_number(f, "s", r->s, ok, ", ");
        json_number(f, "s_2steps", r->short_s, ok && r->steps < o->steps && !modes[i].tiled_decode, ", ");
        json_number(f, "est_s", r->est_s, ok, ", ");
        json_number(f, "library_peak_mib", r->peak_mib, ok, ", ");
        json_number(f, "device_used_mib", r->device_mib, ok, "}");
    }
    fprintf(f, "\n }\n}\n");
    return fclose(f) == 0 && rename(tmp, path) == 0;
}

static void print_tables(const options *o, const char *device, const result *res, const mode_result *mr) {
    int i, any_mode = 0;
    printf("\nsd_single.h on %s\n", device);
    printf("\n| precision | load | text encoder b2 | UNet call b2 | VAE decode | txt2img %dx%d, %d DDIM steps | the same, "
           "graphs off | device memory in use | library peak |\n",
           o->size, o->size, o->steps);
    printf("| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (i = 0; i < o->precision_count; i++) {
        const result *r = &res[i];
        if (!r->ok) printf("| %s | failed (see the log) | | | | | | | |\n", precision_name(r->precision));
        else
            printf("| %s | %.1f s | %.1f ms | %.1f ms | %.1f ms | %.2f s | %.2f s | %.0f MiB | %.0f MiB |\n",
                   precision_name(r->precision), r->load_s, r->text_ms, r->unet_ms, r->vae_ms, r->image_s,
                   r->image_no_graphs_s, r->device_mib, r->peak_mib);
    }
    for (i = 0; i < MODE_COUNT; i++) any_mode |= o->run_mode[i];
    if (!any_mode) return;
    printf("\n| mode (fp16, %dx%d) | batch | steps run | seconds | est. %d steps | library peak | device memory in use |\n",
           o->size, o->size, o->steps);
    printf("| --- | --- | --- | --- | --- | --- | --- |\n");
    for (i = 0; i < MODE_COUNT; i++) {
        const mode_result *r = &mr[i];
        char label[96];
        if (!o->run_mode[i]) continue;
        if (modes[i].tiled_decode) snprintf(label, sizeof label, "%s %dx%d", modes[i].label, o->tile_size, o->tile_size);
        else snprintf(label, sizeof label, "%s", modes[i].label);
        if (r->state != MODE_OK) {
            printf("| %s | %d | %s: %.120s | | | | |\n", label, modes[i].batch, r->state == MODE_SKIPPED ? "skipped" : "failed",
                   r->note);
        } else if (modes[i].tiled_decode) {
            printf("| %s | 1 | decode only | %.2f s | | %.0f MiB | %.0f MiB |\n", label, r->s, r->peak_mib, r->device_mib);
        } else {
            printf("| %s | %d | %d%s | %.2f s | %.2f s%s | %.0f MiB | %.0f MiB |\n", label, modes[i].batch, r->steps,
                   r->steps < o->steps ? " (+2)" : "", r->s, r->est_s, r->steps < o->steps ? " (est.)" : "", r->peak_mib,
                   r->device_mib);
        }
    }
}

int main(int argc, char **argv) {
    options o;
    result results[MAX_PRECISIONS];
    mode_result mode_results[MODE_COUNT];
    char device[256] = "an unknown device";
    const double start = sd__now();
    int i, rc = 0;
    if (!parse_options(argc, argv, &o)) {
        print_usage(argv[0]);
        return 2;
    }
    memset(results, 0, sizeof results);
    memset(mode_results, 0, sizeof mode_results);
    for (i = 0; i < MODE_COUNT; i++) snprintf(mode_results[i].note, sizeof mode_results[i].note, "not reached");
    for (i = 0; i < o.precision_count; i++) {
        const int status = bench_precision(&o, o.precisions[i], &results[i], device, sizeof device);
        if (status == 2) return 1; /* the model cannot be loaded on the CUDA backend at all: nothing to measure */
        rc |= status;
        if (o.json && !write_json(o.json, &o, device, results, mode_results)) rc = 1;
    }
    for (i = 0; i < MODE_COUNT; i++) {
        if (!o.run_mode[i]) continue;
        if (sd__now() - start > o.budget) {
            snprintf(mode_results[i].note, sizeof mode_results[i].note, "time budget (%.0f s) spent", o.budget);
            continue;
        }
        bench_mode(&o, &modes[i], &mode_results[i], device, sizeof device);
        rc |= mode_results[i].state == MODE_FAILED;
        if (o.json && !write_json(o.json, &o, device, results, mode_results)) rc = 1;
    }
    if (o.json && !write_json(o.json, &o, device, results, mode_results)) {
        fprintf(stderr, "error: cannot write %s\n", o.json);
        rc = 1;
    }
    print_tables(&o, device, results, mode_results);
    return rc;
}
#endif
