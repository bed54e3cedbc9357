/* What bench_cpu.c and bench_gpu.c share; included after sd_single.h's implementation. The
   functions are static inline so that a build which uses none of them (bench_gpu without the
   CUDA backend) stays free of unused-function warnings. */
#ifndef BENCH_UTIL_H
#define BENCH_UTIL_H

#include <stdlib.h>

#define BENCH_PROMPT "a photo of an astronaut riding a horse on mars"

static inline int compare_doubles(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* Sorts v in place. */
static inline double median(double *v, int n) {
    qsort(v, (size_t)n, sizeof *v, compare_doubles);
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

/* Values in [-1, 1) from a linear congruential generator: the same for the same seed everywhere. */
static inline void fill_random(float *x, size_t n, unsigned seed) {
    size_t i;
    for (i = 0; i < n; i++) {
        seed = seed * 1664525u + 1013904223u;
        x[i] = (float)((seed >> 8) & 0xFFFF) / 32768.0f - 1.0f;
    }
}

/* What the component benchmarks run the models on: BENCH_PROMPT's and the empty prompt's tokens
   (batch 2, as guidance runs the text encoder), random latents x for a batch-2 UNet call at
   timestep 981 and z (x's first image) for a batch-1 VAE decode. */
typedef struct component_inputs {
    int ids[2 * SD_MAX_TOKENS];
    sd__f32_buffer timesteps;
    float *host; /* x's values; kept until closed, as the backend may still be copying them */
    sd__tensor x, z;
} component_inputs;

/* For size x size images; 0 when out of host memory. */
static inline int component_inputs_open(sd_ctx *ctx, int size, component_inputs *in) {
    sd__backend *b = ctx->backend;
    const int side = size / sd__vae_scale(&ctx->vae.cfg), channels = ctx->unet.cfg.in_channels;
    const size_t n = (size_t)2 * side * side * channels;
    const float timestep = 981.0f;
    if (!(in->host = (float *)malloc(n * sizeof(float)))) return 0;
    sd__tokenize(&ctx->env, ctx->tokenizer, BENCH_PROMPT, in->ids, NULL);
    sd__tokenize(&ctx->env, ctx->tokenizer, "", in->ids + SD_MAX_TOKENS, NULL);
    sd__f32_buffer_new(b, 1, 1, 1, 1, &timestep, "timesteps", &in->timesteps);
    fill_random(in->host, n, 1);
    in->x = sd__t_new(b, 2, side, side, channels);
    b->ops->write(b, &in->x, in->host);
    in->z = sd__t_new(b, 1, side, side, channels);
    b->ops->write(b, &in->z, in->host);
    return 1;
}

static inline void component_inputs_close(sd__backend *b, component_inputs *in) {
    sd__t_drop(b, &in->x);
    sd__t_drop(b, &in->z);
    sd__f32_buffer_free(b, &in->timesteps);
    free(in->host);
}

#endif
