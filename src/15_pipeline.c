/* ============================================================================================
   Pipeline: contexts, parameter checks, txt2img and img2img
   ============================================================================================ */
struct sd_ctx {
    sd__env env;
    sd_desc desc; /* with every default resolved */
};

static const char *const sd__sampler_names[SD_SAMPLER_COUNT] = {
    "default", "ddim", "pndm", "lms", "euler", "euler_a", "dpmpp_2m", "dpmpp_2m_karras"};

SDDEF const char *sd_version(void) { return SD_VERSION_STRING; }

SDDEF const char *sd_sampler_name(sd_sampler sampler) {
    if ((int)sampler < 0 || sampler >= SD_SAMPLER_COUNT) return "unknown";
    return sd__sampler_names[sampler == SD_SAMPLER_DEFAULT ? SD_DEFAULT_SAMPLER : sampler];
}

SDDEF sd_result sd_sampler_from_string(const char *name, sd_sampler *out) {
    int i;
    for (i = 1; name && i < SD_SAMPLER_COUNT; i++)
        if (strcmp(name, sd__sampler_names[i]) == 0) {
            *out = (sd_sampler)i;
            return SD_OK;
        }
    return SD_ERR_INVALID_ARGUMENT;
}

SDDEF const char *sd_last_error(const sd_ctx *ctx) {
    if (!ctx) return "no context";
    return ctx->env.code == SD_OK ? "" : ctx->env.message;
}

/* Fills the zero fields of a desc with the compiled-in defaults and checks the rest. */
static sd_result sd__resolve_desc(sd__env *env, const sd_desc *in, sd_desc *d) {
    *d = *in;
    if (!d->backend) d->backend = SD_DEFAULT_BACKEND;
    if (!d->attention_slice) d->attention_slice = SD_DEFAULT_ATTENTION_SLICE;
    if (!d->vae_slicing) d->vae_slicing = SD_DEFAULT_VAE_SLICING;
    if (!d->vae_tiling) d->vae_tiling = SD_DEFAULT_VAE_TILING;
    if (!d->offload) d->offload = SD_DEFAULT_OFFLOAD;
    if (!d->cuda_graphs) d->cuda_graphs = SD_DEFAULT_CUDA_GRAPHS;
    if (!d->autotune) d->autotune = SD_DEFAULT_AUTOTUNE;
    if (!d->precision) d->precision = SD_DEFAULT_PRECISION;
    if ((int)d->backend < SD_BACKEND_AUTO || d->backend > SD_BACKEND_CUDA)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "unknown backend %d", (int)d->backend);
    if ((int)d->precision < 0 || d->precision > SD_PRECISION_BF16)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "unknown precision %d", (int)d->precision);
    if ((int)d->offload < SD_OFFLOAD_NONE || d->offload > SD_OFFLOAD_SEQUENTIAL)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "unknown offload mode %d", (int)d->offload);
    if (d->attention_slice < SD_SLICE_AUTO)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "attention_slice must be a head count, SD_SLICE_AUTO or SD_SLICE_OFF");
    if (d->threads < 0) return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "threads must be >= 0, got %d", d->threads);
    if (!d->threads) d->threads = sd__cpu_count();
    if (d->device < 0) return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "device must be >= 0, got %d", d->device);
    if ((d->allocator.alloc == NULL) != (d->allocator.free == NULL))
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "allocator needs both alloc and free, or neither");
    return SD_OK;
}

SDDEF sd_result sd_create(const sd_desc *desc, sd_ctx **out) {
    sd_desc zero;
    sd__env boot;
    sd_ctx *ctx;
    sd_result r;
    if (!out) return SD_ERR_INVALID_ARGUMENT;
    *out = NULL;
    if (!desc) {
        memset(&zero, 0, sizeof zero);
        desc = &zero;
    }
    memset(&boot, 0, sizeof boot);
    if ((desc->allocator.alloc == NULL) == (desc->allocator.free == NULL)) boot.allocator = desc->allocator;
    boot.logger = desc->logger;
    ctx = (sd_ctx *)sd__malloc(&boot, sizeof *ctx);
    if (!ctx) return SD_ERR_OUT_OF_MEMORY;
    memset(ctx, 0, sizeof *ctx);
    ctx->env = boot;
    *out = ctx;
    if ((r = sd__resolve_desc(&ctx->env, desc, &ctx->desc)) != SD_OK) return r;
    if (ctx->desc.model_path)
        return sd__fail(&ctx->env, SD_ERR_UNSUPPORTED, "loading models is not yet supported");
    return SD_OK;
}

SDDEF void sd_destroy(sd_ctx *ctx) {
    sd__env env;
    if (!ctx) return;
    env = ctx->env;
    sd__free(&env, ctx);
}

SDDEF size_t sd_peak_memory(const sd_ctx *ctx) { return ctx ? ctx->env.host_peak : 0; }
SDDEF const char *sd_backend_name(const sd_ctx *ctx) { (void)ctx; return "cpu"; }

SDDEF void sd_image_free(sd_ctx *ctx, sd_image *image) {
    if (!ctx || !image) return;
    sd__free(&ctx->env, image->pixels);
    memset(image, 0, sizeof *image);
}

/* A params struct with every default filled in and every field checked. */
typedef struct sd__run {
    const char *prompt, *negative_prompt;
    int width, height, steps, batch, clip_skip;
    float guidance, strength;
    sd_sampler sampler;
    sd_rng rng;
    uint64_t seed;
} sd__run;

static sd_result sd__check_utf8(sd__env *env, const char *what, const char *s) {
    size_t n = strlen(s), i = 0;
    while (i < n) {
        unsigned cp;
        size_t len = sd__utf8_decode((const unsigned char *)s + i, n - i, &cp);
        if (!len) return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "%s is not valid UTF-8 (bad byte 0x%02X at offset %lu)", what,
                                  (unsigned)(unsigned char)s[i], (unsigned long)i);
        i += len;
    }
    return SD_OK;
}

static sd_result sd__resolve_params(sd__env *env, const sd_params *p, int default_size, sd__run *run) {
    sd_result r;
    memset(run, 0, sizeof *run);
    if (!p) return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "params is NULL");
    run->prompt = p->prompt ? p->prompt : "";
    run->negative_prompt = p->negative_prompt ? p->negative_prompt : "";
    if ((r = sd__check_utf8(env, "the prompt", run->prompt)) != SD_OK) return r;
    if ((r = sd__check_utf8(env, "the negative prompt", run->negative_prompt)) != SD_OK) return r;
    run->width = p->width ? p->width : default_size;
    run->height = p->height ? p->height : default_size;
    if (run->width < 8 || run->height < 8 || run->width > SD_MAX_DIM || run->height > SD_MAX_DIM)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "width and height must be between 8 and %d, got %dx%d", SD_MAX_DIM,
                        run->width, run->height);
    if (run->width % 8 || run->height % 8)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "width and height must be multiples of 8, got %dx%d", run->width,
                        run->height);
    run->steps = p->steps ? p->steps : SD_DEFAULT_STEPS;
    if (run->steps < 1 || run->steps > SD_MAX_STEPS)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "steps must be between 1 and %d, got %d", SD_MAX_STEPS, run->steps);
    run->guidance = p->guidance != 0 ? p->guidance : SD_DEFAULT_GUIDANCE;
    if (!(run->guidance == run->guidance) || run->guidance > FLT_MAX || run->guidance < -FLT_MAX)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "guidance must be a finite number");
    run->batch = p->batch ? p->batch : 1;
    if (run->batch < 1 || run->batch > SD_MAX_BATCH)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "batch must be between 1 and %d, got %d", SD_MAX_BATCH, run->batch);
    run->clip_skip = p->clip_skip;
    if (run->clip_skip < 0 || run->clip_skip > 2)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "clip_skip must be 0, 1 or 2, got %d", run->clip_skip);
    run->sampler = p->sampler ? p->sampler : SD_DEFAULT_SAMPLER;
    if ((int)run->sampler < 0 || run->sampler >= SD_SAMPLER_COUNT)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "unknown sampler %d", (int)run->sampler);
    run->rng = p->rng ? p->rng : SD_RNG_CPU;
    if ((int)run->rng < 0 || run->rng > SD_RNG_CUDA)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "unknown rng %d", (int)run->rng);
    run->strength = p->strength != 0 ? p->strength : 0.8f;
    if (!(run->strength >= 0.0f && run->strength <= 1.0f))
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "strength must be in [0, 1], got %g", (double)run->strength);
    run->seed = p->seed;
    return SD_OK;
}

static sd_result sd__generate(sd_ctx *ctx, const sd_params *params, const sd_image *init, sd_image *images) {
    sd__run run;
    sd_result r;
    if (!ctx) return SD_ERR_INVALID_ARGUMENT;
    sd__clear_error(&ctx->env);
    if (!images) return sd__fail(&ctx->env, SD_ERR_INVALID_ARGUMENT, "images is NULL");
    if ((r = sd__resolve_params(&ctx->env, params, 512, &run)) != SD_OK) return r;
    (void)init;
    return sd__fail(&ctx->env, SD_ERR_NO_MODEL, "no model loaded");
}

SDDEF sd_result sd_txt2img(sd_ctx *ctx, const sd_params *params, sd_image *images) {
    return sd__generate(ctx, params, NULL, images);
}

SDDEF sd_result sd_img2img(sd_ctx *ctx, const sd_params *params, const sd_image *init, sd_image *images) {
    if (ctx && !init) return sd__fail(&ctx->env, SD_ERR_INVALID_ARGUMENT, "img2img needs an init image");
    return sd__generate(ctx, params, init, images);
}

SDDEF sd_result sd_tokenize(sd_ctx *ctx, const char *text, int ids[SD_MAX_TOKENS]) {
    (void)text;
    (void)ids;
    if (!ctx) return SD_ERR_INVALID_ARGUMENT;
    return sd__fail(&ctx->env, SD_ERR_UNSUPPORTED, "the tokenizer is not yet built in");
}
