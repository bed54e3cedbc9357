/* plan_memory: the planned activation memory of a model's passes, from dry runs only (nothing is
   computed, no device is needed; docs/PERF.md).
     make build/plan_memory
     python3 tools/bench/make_sd15_checkpoint.py /tmp/sd15.safetensors   # full-size SD 1.5, random weights
     ./build/plan_memory /tmp/sd15.safetensors [--size 512] [--batch 2]
   The weights are read for their shapes only. For fp16 and for fp32 activations it records the
   text encoder (2 prompts), one UNet call of the batch with guidance (2 x batch rows, without and
   with attention slicing), the VAE decode of the batch at once, of one image (VAE slicing) and of
   one 512-pixel tile (tiling), and the VAE encode of one image; it prints per pass the tensors,
   the sum of their sizes (the need without reuse), the most bytes alive at once (the least any
   arena can be), the planned arena and the work memory of the largest op, sized as the CUDA
   backend sizes it (fp16, fp32) and as the CPU backend does with this machine's cores (fp32). */
#define SD_IMPLEMENTATION
#include "sd_single.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef SD__CUDA
int main(void) {
    fprintf(stderr, "plan_memory: this build has no CUDA backend, whose work sizes it reports\n");
    return 1;
}
#else
/* A backend that keeps weight shapes only (a fake address, no memory): enough for dry runs, whose
   ops read no data. Its work sizes are the CUDA or the CPU backend's. */
static void shapes_destroy(sd__backend *b) { (void)b; }
static void shapes_release(sd__backend *b, sd__tensor *t) {
    (void)b;
    t->data = NULL;
}
static size_t shapes_weight_bytes(sd__backend *b, sd__weight_kind kind, const sd__tensor *shape) {
    (void)b; (void)kind; (void)shape;
    return SD__PLAN_ALIGN;
}
static void *shapes_mem_alloc(sd__backend *b, size_t bytes, int host, const char *what) {
    (void)b; (void)bytes; (void)host; (void)what;
    return (void *)(uintptr_t)SD__PLAN_ALIGN;
}
static void shapes_mem_free(sd__backend *b, void *ptr, int host) { (void)b; (void)ptr; (void)host; }
static void shapes_upload(sd__backend *b, sd__weight_kind kind, const float *src, sd__tensor *dst) {
    (void)src;
    dst->dtype = kind == SD__W_VECTOR ? SD__F32 : b->dtype; /* as the CUDA backend stores them */
}

static void report(sd__backend *b, const char *what, const sd__pass *pass) {
    const double mib = 1.0 / 1048576.0;
    sd__plan plan;
    memset(&plan, 0, sizeof plan);
    if (sd__plan_record(b, pass, &plan) != SD_OK) {
        printf("| %s | failed: %s |\n", what, b->env->message);
        b->status = SD_OK;
        return;
    }
    printf("| %s | %lu | %.1f | %.1f | %.1f | %.1f |\n", what, (unsigned long)plan.count, plan.total_bytes * mib,
           plan.peak_bytes * mib, plan.arena_bytes * mib, plan.work_bytes * mib);
    sd__plan_free(b->env, &plan);
}

static void report_vae(sd__backend *b, const char *what, const sd__vae *vae, sd__image_fn fn, int n, int h, int w, int tiled) {
    sd__image_call call = sd__vae_first_call(vae, fn, n, h, w, tiled);
    const sd__pass pass = sd__image_pass(&call);
    report(b, what, &pass);
}

int main(int argc, char **argv) {
    static float io[1]; /* dry runs read and write no host data */
    const char *path = NULL;
    int size = 512, batch = 2, i, k;
    sd__env env;
    sd__model model;
    sd__backend_ops ops, cpu_ops;
    sd__cuda_backend cuda;
    sd__cpu_backend cpu;
    for (i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--size") == 0 && i + 1 < argc) size = atoi(argv[++i]);
        else if (strcmp(argv[i], "--batch") == 0 && i + 1 < argc) batch = atoi(argv[++i]);
        else path = argv[i];
    }
    if (!path || size < 64 || size % 64 || batch < 1 || batch > SD_MAX_BATCH) {
        fprintf(stderr, "usage: plan_memory MODEL [--size N (a multiple of 64)] [--batch N]\n");
        return 2;
    }
    memset(&env, 0, sizeof env);
    if (sd__model_open(&env, path, NULL, &model) != SD_OK) {
        fprintf(stderr, "plan_memory: %s\n", env.message);
        return 1;
    }
    memset(&ops, 0, sizeof ops);
    ops.name = "shapes";
    ops.destroy = shapes_destroy;
    ops.release = shapes_release;
    ops.weight_bytes = shapes_weight_bytes;
    ops.mem_alloc = shapes_mem_alloc;
    ops.mem_free = shapes_mem_free;
    ops.upload_weight = shapes_upload;
    ops.work_bytes = sd__cuda_work_bytes;
    cpu_ops = ops;
    cpu_ops.work_bytes = sd__cpu_work_bytes;
    printf("%s, %dx%d, batch %d\n\n| pass | tensors | sum MiB | most alive MiB | arena MiB | work MiB |\n"
           "| --- | --- | --- | --- | --- | --- |\n", path, size, size, batch);
    for (k = 0; k < 3; k++) { /* fp16 and fp32 with CUDA's work, fp32 with the CPU's */
        const sd__dtype dtype = k == 0 ? SD__F16 : SD__F32;
        const int lat = size / 8;
        sd__backend *b;
        sd__loader ld;
        sd__clip clip;
        sd__unet unet, sliced;
        sd__vae vae;
        sd__tensor context;
        int ids[2 * SD_MAX_TOKENS], rows;
        sd__tensor timesteps;
        char what[128];
        memset(&cuda, 0, sizeof cuda);
        cuda.base.ops = &ops;
        cuda.base.env = &env;
        cuda.base.dtype = cuda.dtype = dtype;
        cuda.elt = dtype == SD__F32 ? 4 : 2;
        cuda.im2col_bytes = SD__CUDA_IM2COL_BYTES;
        cuda.score_bytes = SD__CUDA_SCORE_BYTES;
        cuda.stage_bytes = SD__CUDA_STAGE_BYTES;
        cuda.flash_attention = 1; /* the default: 16-bit attention without slicing needs no work */
        memset(&cpu, 0, sizeof cpu);
        cpu.base = cuda.base;
        cpu.base.ops = &cpu_ops;
        cpu.threads = sd__cpu_count();
        b = k == 2 ? &cpu.base : &cuda.base;
        memset(&ld, 0, sizeof ld);
        ld.env = &env;
        ld.b = b;
        ld.model = &model;
        ld.part = SD__PART_TEXT;
        if (sd__clip_load(&ld, &clip, &model.text) == SD_OK) {
            ld.part = SD__PART_UNET;
            if (sd__unet_load(&ld, &unet, &model.unet, SD_SLICE_OFF) == SD_OK) {
                ld.part = SD__PART_VAE;
                sd__vae_load(&ld, &vae, &model.vae);
            }
        }
        sd__loader_free(&ld);
        if (ld.status) {
            fprintf(stderr, "plan_memory: %s\n", env.message);
            return 1;
        }
        sliced = unet;
        sliced.attention_slice = SD_SLICE_AUTO;
        for (i = 0; i < 2 * SD_MAX_TOKENS; i++) ids[i] = i % SD_MAX_TOKENS ? 49407 : 49406; /* BOS, then EOS */
        printf("| **%s activations, %s work** | | | | | |\n", sd__dtype_name(dtype),
               k == 2 ? "CPU" : "CUDA");
        {
            sd__clip_call call;
            sd__pass pass;
            call.clip = &clip;
            call.ids = ids;
            call.count = 2;
            call.clip_skip = 0;
            call.out = io;
            memset(&pass, 0, sizeof pass);
            pass.name = "text encoder";
            pass.run = sd__clip_call_run;
            pass.args = &call;
            report(b, "text encoder, 2 prompts", &pass);
        }
        rows = 2 * batch;
        memset(&context, 0, sizeof context);
        context.data = (void *)(uintptr_t)SD__PLAN_ALIGN;
        context.dtype = dtype;
        context.n = rows;
        context.h = 1;
        context.w = SD_MAX_TOKENS;
        context.c = model.unet.cross_attention_dim;
        timesteps = context; /* a dry run reads no values: shapes and an address */
        timesteps.dtype = SD__F32;
        timesteps.n = timesteps.h = timesteps.w = timesteps.c = 1;
        for (i = 0; i < 2; i++) {
            sd__unet_call call;
            sd__pass pass;
            memset(&call, 0, sizeof call);
            call.unet = i ? &sliced : &unet;
            call.ctx = &context;
            call.timesteps = &timesteps;
            call.io = io;
            call.n = rows;
            call.h = call.w = lat;
            pass = sd__unet_call_pass(&call);
            snprintf(what, sizeof what, "UNet call, %d rows%s", rows, i ? ", attention slicing auto" : "");
            report(b, what, &pass);
        }
        snprintf(what, sizeof what, "VAE decode, %d images at once", batch);
        report_vae(b, what, &vae, sd__vae_decode, batch, lat, lat, 0);
        report_vae(b, "VAE decode, 1 image (VAE slicing)", &vae, sd__vae_decode, 1, lat, lat, 0);
        report_vae(b, "VAE decode, 1 tile (VAE tiling)", &vae, sd__vae_decode, 1, 2 * sd__vae_tile_latents(&vae),
                   2 * sd__vae_tile_latents(&vae), 1);
        report_vae(b, "VAE encode, 1 image", &vae, sd__vae_encode, 1, size, size, 0);
        sd__clip_free(b, &clip);
        sd__unet_free(b, &unet);
        sd__vae_free(b, &vae);
    }
    sd__model_close(&env, &model);
    return 0;
}
#endif
