/* bench_cpu: times the components of the pipeline on the CPU backend (docs/PERF.md).
     make build/bench_cpu
     python3 tools/bench/make_sd15_checkpoint.py /tmp/sd15.safetensors   # full-size SD 1.5, random weights
     ./build/bench_cpu /tmp/sd15.safetensors [--size 512] [--threads N] [--repeat N]
                       [--precision fp32|fp16|bf16] [--offload none|model|sequential] [--json]
     ./build/bench_cpu build/data/tiny-sd --pipeline 50               # whole txt2img runs, 50 DDIM steps
   Reports the text encoder (batch 2), one UNet call (batch 2, as guidance runs it) and one VAE
   decode (batch 1), the median over --repeat runs after one warm-up, and the peak RSS; --json
   prints them as one JSON object (seconds, MiB) for tools/bench/cpu_side_by_side.sh. */
#define SD_IMPLEMENTATION
#include "sd_single.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "bench_util.h"

static double peak_rss_mib(void) {
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return (double)ru.ru_maxrss / 1024.0; /* Linux reports KiB */
}

static int bench_components(sd_ctx *ctx, int size, int repeat, int json) {
    sd__backend *b = ctx->backend;
    int i, k;
    double te[16], unet[16], vae[16];
    component_inputs in;
    sd__tensor emb, out, img;
    if (repeat > 15 || !component_inputs_open(ctx, size, &in)) return 1;
    for (i = 0; i <= repeat && !b->status; i++) { /* run 0 is the warm-up */
        double t0 = sd__now(), t1, t2, t3;
        sd__clip_encode(b, &ctx->clip, in.ids, 2, 0, &emb);
        t1 = sd__now();
        sd__unet_fwd(b, &ctx->unet, &in.x, &in.timesteps.t, &emb, &out);
        t2 = sd__now();
        sd__vae_decode(b, &ctx->vae, &in.z, &img);
        t3 = sd__now();
        sd__t_drop(b, &emb);
        sd__t_drop(b, &out);
        sd__t_drop(b, &img);
        if (i) {
            te[i - 1] = t1 - t0;
            unet[i - 1] = t2 - t1;
            vae[i - 1] = t3 - t2;
        }
        fprintf(stderr, "run %d: text encoder %.3f s, UNet %.3f s, VAE decode %.3f s\n", i, t1 - t0, t2 - t1, t3 - t2);
    }
    component_inputs_close(b, &in);
    if (b->status) {
        fprintf(stderr, "error: %s\n", sd_last_error(ctx));
        return 1;
    }
    k = repeat;
    if (json) {
        const double *runs[3];
        const char *names[3] = {"text_encoder_s", "unet_s", "vae_decode_s"};
        runs[0] = te; runs[1] = unet; runs[2] = vae;
        printf("{\"tool\": \"sd_single.h\", \"size\": %d, \"threads\": %d, \"kernels\": \"%s\", \"samples\": {", size,
               ctx->desc.threads, ((sd__cpu_backend *)b)->kernels.name);
        for (i = 0; i < 3; i++) {
            printf("%s\"%s\": [", i ? ", " : "", names[i]);
            for (k = 0; k < repeat; k++) printf("%s%.4f", k ? ", " : "", runs[i][k]);
            printf("]");
        }
        printf("}, \"text_encoder_s\": %.4f, \"unet_s\": %.4f, \"vae_decode_s\": %.4f, \"peak_rss_mib\": %.0f}\n",
               median(te, repeat), median(unet, repeat), median(vae, repeat), peak_rss_mib());
        return 0;
    }
    printf("| %dx%d | %d threads | text encoder b2 %.3f s | UNet b2 %.2f s | VAE decode %.2f s | peak RSS %.0f MiB |\n",
           size, size, ctx->desc.threads, median(te, k), median(unet, k), median(vae, k), peak_rss_mib());
    return 0;
}

static int bench_pipeline(sd_ctx *ctx, int steps, int repeat) {
    double t[16];
    int i;
    for (i = 0; i <= repeat && i < 16; i++) {
        sd_params p;
        sd_image img;
        double t0 = sd__now();
        memset(&p, 0, sizeof p);
        p.prompt = BENCH_PROMPT;
        p.steps = steps;
        p.sampler = SD_SAMPLER_DDIM;
        p.seed = 42;
        if (sd_txt2img(ctx, &p, &img) != SD_OK) {
            fprintf(stderr, "error: %s\n", sd_last_error(ctx));
            return 1;
        }
        sd_image_free(ctx, &img);
        if (i) t[i - 1] = sd__now() - t0;
    }
    printf("| txt2img %dx%d, %d DDIM steps, guidance 7.5 | %d threads | %.3f s | peak RSS %.0f MiB |\n",
           ctx->unet.cfg.sample_size * 8, ctx->unet.cfg.sample_size * 8, steps, ctx->desc.threads,
           median(t, SD__MIN(repeat, 15)), peak_rss_mib());
    return 0;
}

int main(int argc, char **argv) {
    sd_desc desc;
    sd_ctx *ctx = NULL;
    int size = 512, repeat = 3, pipeline_steps = 0, json = 0, bad = 0, i, rc;
    double t0;
    memset(&desc, 0, sizeof desc);
    desc.backend = SD_BACKEND_CPU;
    for (i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--size") && i + 1 < argc) size = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--threads") && i + 1 < argc) desc.threads = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--repeat") && i + 1 < argc) repeat = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--pipeline") && i + 1 < argc) pipeline_steps = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--json")) json = 1;
        else if (!strcmp(argv[i], "--precision") && i + 1 < argc) {
            i++;
            desc.precision = !strcmp(argv[i], "fp32") ? SD_PRECISION_FP32 : !strcmp(argv[i], "fp16") ? SD_PRECISION_FP16
                           : !strcmp(argv[i], "bf16") ? SD_PRECISION_BF16 : (bad = 1, SD_PRECISION_DEFAULT);
        } else if (!strcmp(argv[i], "--offload") && i + 1 < argc) {
            i++;
            desc.offload = !strcmp(argv[i], "none") ? SD_OFFLOAD_NONE : !strcmp(argv[i], "model") ? SD_OFFLOAD_MODEL
                         : !strcmp(argv[i], "sequential") ? SD_OFFLOAD_SEQUENTIAL : (bad = 1, SD_OFFLOAD_NONE);
        } else if (argv[i][0] == '-') bad = 1;
        else desc.model_path = argv[i];
    }
    if (bad || !desc.model_path || size < 8 || size % 8 || repeat < 1 || repeat > 15) {
        fprintf(stderr, "usage: %s MODEL [--size N] [--threads N] [--repeat 1..15] [--pipeline STEPS] "
                "[--precision fp32|fp16|bf16] [--offload none|model|sequential] [--json]\n", argv[0]);
        return 2;
    }
    t0 = sd__now();
    if (sd_create(&desc, &ctx) != SD_OK) {
        fprintf(stderr, "error: %s\n", ctx ? sd_last_error(ctx) : "out of memory");
        sd_destroy(ctx);
        return 1;
    }
    fprintf(stderr, "loaded in %.2f s\n", sd__now() - t0);
    rc = pipeline_steps ? bench_pipeline(ctx, pipeline_steps, repeat) : bench_components(ctx, size, repeat, json);
    sd_destroy(ctx);
    return rc;
}
