/* ============================================================================================
   Pipeline: contexts, parameter checks, txt2img and img2img
   ============================================================================================ */
/* A list of LoRA files and weights with copies of the paths. */
typedef struct sd__lora_set {
    char **paths;
    float *weights;
    int count;
} sd__lora_set;

static void sd__lora_set_free(sd__env *env, sd__lora_set *set) {
    int i;
    for (i = 0; i < set->count; i++) sd__free(env, set->paths[i]);
    sd__free(env, set->paths);
    sd__free(env, set->weights);
    memset(set, 0, sizeof *set);
}

struct sd_ctx {
    sd__env env;
    sd_desc desc;              /* with every default resolved */
    sd__tokenizer *tokenizer;  /* the model's own files when it has them, else the built-in BPE */
    sd_result create_result;   /* what sd_create returned: a context it failed refuses every call */
    char create_error[sizeof ((sd__env *)0)->message]; /* and its message */
    int has_model;
    sd__model model;
    sd__backend *backend;
    sd__planner planner;       /* the backend's activation memory (backend/plan.c) */
    sd__clip clip;
    sd__unet unet;
    sd__vae vae;
    sd__taesd *taesd;          /* sd_desc.taesd_path's decoder, or NULL */
    sd__denoise_state step;    /* the denoising loop's state on the backend, kept for the next call */
    sd__embeddings embeddings; /* textual inversion (sd_load_embedding) */
    sd__modules modules;       /* every linear and conv layer by name, for LoRA (sd_set_loras) */
    sd__lora_set lora_base;    /* what sd_set_loras set */
    sd__lora_set lora_applied; /* what the layers carry now: lora_base and the last prompt's tags */
    char *lora_dir;            /* sd_desc.lora_dir, copied */
};

static const char *const sd__sampler_names[SD_SAMPLER_COUNT] = {
    "default", "ddim", "pndm", "lms", "euler", "euler_a", "dpmpp_2m", "dpmpp_2m_karras", "euler_karras",
    "lms_karras", "heun", "heun_karras", "dpmpp_2m_sde", "dpmpp_2m_sde_karras", "lcm", "unipc"};

SDDEF const char *sd_version(void) { return SD_VERSION_STRING; }

SDDEF const char *sd_sampler_name(sd_sampler sampler) {
    if ((int)sampler < 0 || sampler >= SD_SAMPLER_COUNT) return "unknown";
    return sd__sampler_names[sampler == SD_SAMPLER_DEFAULT ? SD_DEFAULT_SAMPLER : sampler];
}

SDDEF sd_result sd_sampler_from_string(const char *name, sd_sampler *out) {
    int i;
    if (!out) return SD_ERR_INVALID_ARGUMENT;
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
    if (!d->autotune) d->autotune = SD_DEFAULT_AUTOTUNE;
    if (!d->graphs) d->graphs = SD_DEFAULT_GRAPHS;
    if (!d->precision) d->precision = SD_DEFAULT_PRECISION;
    if ((int)d->backend < SD_BACKEND_AUTO || d->backend > SD_BACKEND_CUDA)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "unknown backend %d", (int)d->backend);
    if ((int)d->precision < 0 || d->precision > SD_PRECISION_BF16)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "unknown precision %d", (int)d->precision);
    if ((int)d->offload < SD_OFFLOAD_NONE || d->offload > SD_OFFLOAD_SEQUENTIAL)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "unknown offload mode %d", (int)d->offload);
    if (d->attention_slice < SD_SLICE_AUTO)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "attention_slice must be a head count, SD_SLICE_AUTO or SD_SLICE_OFF");
    if (d->threads < 0 || d->threads > SD_MAX_THREADS)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "threads must be 0 (all cores) to %d, got %d", SD_MAX_THREADS, d->threads);
    if (!d->threads) d->threads = sd__cpu_count();
    if (d->device < 0) return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "device must be >= 0, got %d", d->device);
    if ((d->allocator.alloc == NULL) != (d->allocator.free == NULL))
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "allocator needs both alloc and free, or neither");
    if (d->vae_tiny == SD_ON && !d->taesd_path)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "vae_tiny decodes with TAESD: give its file (taesd_path, --taesd)");
    return SD_OK;
}

/* Picks the backend: CUDA when asked for or (auto) when usable, else the CPU. With auto, a
   machine without CUDA is no error: the reason is logged as INFO. A machine whose driver works
   but whose CUDA backend does not start (no kernels, no cuBLAS, an old driver) gets a WARN line:
   the CPU it falls back to is a hundred times slower. */
static sd_result sd__open_backend(sd_ctx *ctx) {
    sd__env *env = &ctx->env;
    if (ctx->desc.backend != SD_BACKEND_CPU) {
        const sd_logger logger = env->logger;
        sd_result r;
        if (ctx->desc.backend == SD_BACKEND_AUTO) env->logger.func = NULL; /* a failed probe is not an ERROR line */
        r = sd__cuda_backend_create(env, &ctx->desc, &ctx->backend);
        env->logger = logger;
        if (r == SD_OK) {
            if (ctx->desc.precision == SD_PRECISION_DEFAULT) ctx->desc.precision = SD_PRECISION_FP16;
            return SD_OK;
        }
        if (ctx->desc.backend == SD_BACKEND_CUDA) return r;
        if (strncmp(env->message, "no CUDA driver", 14) == 0 || strncmp(env->message, "no CUDA device", 14) == 0)
            sd__log(env, SD_LOG_INFO, "CUDA backend unavailable (%s): using the CPU", env->message);
        else
            sd__log(env, SD_LOG_WARN, "an NVIDIA GPU is here but the CUDA backend did not start, so this runs on the far "
                    "slower CPU: %s", env->message);
        sd__clear_error(env);
    }
    if (ctx->desc.precision == SD_PRECISION_DEFAULT) ctx->desc.precision = SD_PRECISION_FP32;
    return sd__cpu_backend_create(env, ctx->desc.threads, ctx->desc.precision, &ctx->backend);
}

/* Device memory the load-time budget check sets aside for activations. Their plan depends on
   the run's size and batch, unknown at load time, so this is an estimate (about what SD 1.5
   needs at 512x512 in fp16: the UNet's skips, the VAE decoder's full-size feature maps, the CUDA
   work buffer). A run whose planned arena does not fit the budget fails before its first step. */
#define SD__ACTIVATION_ESTIMATE ((size_t)1 << 30)

/* Frees the loop's state (sd__denoise_state_fit). */
static void sd__denoise_state_free(sd__backend *b, sd__denoise_state *st) {
    sd__f32_buffer_free(b, &st->plan);
    sd__f32_buffer_free(b, &st->latents);
    sd__f32_buffer_free(b, &st->aux);
    sd__f32_buffer_free(b, &st->noise);
    sd__f32_buffer_free(b, &st->cond);
}

/* Removes every LoRA adapter from the layers and frees it. */
static void sd__lora_clear(sd_ctx *ctx) {
    size_t i;
    for (i = 0; i < ctx->modules.count; i++) {
        sd__lora_adapter **chain = sd__module_lora(&ctx->modules.items[i]);
        while (*chain) {
            sd__lora_adapter *a = *chain;
            *chain = a->next;
            sd__lora_adapter_free(ctx->backend, a);
        }
    }
}

static void sd__free_models(sd_ctx *ctx) {
    sd__lora_clear(ctx);
    sd__modules_free(&ctx->env, &ctx->modules);
    sd__denoise_state_free(ctx->backend, &ctx->step);
    sd__clip_free(ctx->backend, &ctx->clip);
    sd__unet_free(ctx->backend, &ctx->unet);
    sd__vae_free(ctx->backend, &ctx->vae);
    if (ctx->taesd) {
        sd__taesd_free(ctx->backend, &ctx->env, ctx->taesd);
        sd__free(&ctx->env, ctx->taesd);
        ctx->taesd = NULL;
    }
}

/* Logs (INFO, so `sd -v` shows it) every setting the model's files leave to a default, and what
   it is: a wrong guess here (an SD 2 768-v single file run as epsilon prediction) changes images
   without an error. */
static void sd__log_model_defaults(sd_ctx *ctx, const char *pad) {
    const sd__model *m = &ctx->model;
    sd__env *env = &ctx->env;
    if (!m->scheduler) {
        sd__sched_config c;
        sd__sched_config_default(&c);
        sd__log(env, SD_LOG_INFO,
                "no scheduler config: diffusers' defaults, %s prediction, %s betas %g to %g over %d training steps, "
                "steps_offset %d (a v-prediction model needs \"prediction_type\": \"v_prediction\" in a scheduler "
                "config or a single file's NAME.json sidecar)", sd__prediction_names[c.prediction_type], sd__beta_schedule_names[c.beta_schedule],
                c.beta_start, c.beta_end, c.num_train_timesteps, c.steps_offset);
    }
    if (!m->vocab_path) sd__log(env, SD_LOG_INFO, "no tokenizer files: the built-in CLIP BPE (OpenAI CLIP's vocab and merges)");
    if (pad && !m->pad_token) sd__log(env, SD_LOG_INFO, "pad token '%s': OpenCLIP's, as the text encoder is OpenCLIP", pad);
    if (m->layout != SD__LAYOUT_DIFFUSERS) {
        char heads[64];
        int l, at = 0;
        for (l = 0; l < m->unet.levels && at < (int)sizeof heads - 8; l++)
            at += snprintf(heads + at, sizeof heads - (size_t)at, "%s%d", l ? "," : "", m->unet.heads[l]);
        sd__log(env, SD_LOG_INFO,
                "single file: sizes from the tensors' shapes; UNet attention heads %s per level, image size %d, VAE "
                "scaling factor %g (%s %s defaults)", heads, m->unet.sample_size * 8, m->vae.scaling_factor,
                m->config_doc.nodes ? "its sidecar's values where it gives them, else" : "no sidecar NAME.json: the",
                m->layout == SD__LAYOUT_LDM_OPENCLIP ? "SD 2.x" : "SD 1.x");
    }
}

/* One pass of the loader over every model (see the weight store: measuring, then placing). */
static sd_result sd__load_weights(sd_ctx *ctx, sd__loader *ld) {
    sd_result r;
    ld->part = SD__PART_TEXT;
    r = sd__clip_load(ld, &ctx->clip, &ctx->model.text);
    ld->part = SD__PART_UNET;
    if (r == SD_OK) r = sd__unet_load(ld, &ctx->unet, &ctx->model.unet, ctx->desc.attention_slice);
    ld->part = SD__PART_VAE;
    if (r == SD_OK) r = sd__vae_load(ld, &ctx->vae, &ctx->model.vae);
    return r;
}

static sd_result sd__load_model(sd_ctx *ctx) {
    const double mib = 1.0 / 1048576.0;
    sd__env *env = &ctx->env;
    const char *pad;
    sd__loader ld;
    sd__weights *w;
    sd_result r;
    if ((r = sd__model_open(env, ctx->desc.model_path, ctx->desc.vae_path, &ctx->model)) != SD_OK) return r;
    ctx->has_model = 1;
    if (ctx->model.scheduler) { /* the keys every sampler reads, refused now rather than at the first run */
        sd__sched_config cfg;
        sd__sched_config_default(&cfg);
        if ((r = sd__sched_config_from_json(env, ctx->model.scheduler, sd__sched_resolve_sampler(SD_SAMPLER_DEFAULT), &cfg)) != SD_OK)
            return r;
    }
    if (ctx->model.vocab_path && ctx->model.merges_path) {
        sd__tokenizer_destroy(env, ctx->tokenizer);
        ctx->tokenizer = NULL;
        if ((r = sd__tokenizer_create_from_files(env, ctx->model.vocab_path, ctx->model.merges_path, &ctx->tokenizer)) != SD_OK)
            return r;
    }
    /* OpenCLIP (SD 2.x) pads with "!"; a single file has no tokenizer config that says so */
    pad = ctx->model.pad_token ? ctx->model.pad_token : (ctx->model.layout == SD__LAYOUT_LDM_OPENCLIP ? "!" : NULL);
    sd__log_model_defaults(ctx, pad);
    if (pad && (r = sd__tokenizer_set_pad_token(env, ctx->tokenizer, pad)) != SD_OK)
        return sd__fail_context(env, "pad token");
    if ((r = sd__open_backend(ctx)) != SD_OK) return r;
    if ((r = sd__weights_create(env, ctx->backend, ctx->desc.offload, &ctx->model, &w)) != SD_OK) return r;
    ctx->backend->weights = w;
    ctx->backend->planner = &ctx->planner;
    memset(&ld, 0, sizeof ld);
    ld.env = env;
    ld.b = ctx->backend;
    ld.model = &ctx->model;
    ld.weights = w;
    ld.modules = &ctx->modules;
    r = sd__load_weights(ctx, &ld);
    sd__free_models(ctx);
    if (r == SD_OK) r = sd__weights_plan(w, ctx->desc.vram_budget, SD__ACTIVATION_ESTIMATE);
    if (r == SD_OK) r = sd__load_weights(ctx, &ld);
    if (r == SD_OK) r = sd__weights_loaded(w);
    if (r == SD_OK && ctx->desc.taesd_path) { /* its own memory, outside the store */
        if (!(ctx->taesd = (sd__taesd *)sd__calloc(env, 1, sizeof *ctx->taesd))) r = sd__oom(env);
        else if ((r = sd__taesd_open(env, ctx->desc.taesd_path, ctx->model.vae.latent_channels, ctx->taesd)) == SD_OK) {
            if (ctx->taesd->scale != sd__vae_scale(&ctx->model.vae))
                r = sd__fail(env, SD_ERR_MODEL_MISMATCH, "'%s' upsamples %d times, the model's VAE %d times", ctx->desc.taesd_path,
                             ctx->taesd->scale, sd__vae_scale(&ctx->model.vae));
            ld.weights = NULL;
            ld.modules = NULL;
            if (r == SD_OK) r = sd__taesd_load(&ld, ctx->taesd);
        }
        if (r != SD_OK) sd__fail_context(env, "TAESD");
    }
    sd__loader_free(&ld);
    if (r != SD_OK) return r;
    if (ctx->desc.offload == SD_OFFLOAD_NONE)
        sd__log(env, SD_LOG_INFO, "loaded '%s' on the %s backend (%.1f MiB of weights)", ctx->desc.model_path,
                ctx->backend->ops->name, (double)sd__weights_device_bytes(w) * mib);
    else if (w->reread)
        sd__log(env, SD_LOG_INFO,
                "loaded '%s' on the %s backend with offload %s: %.1f MiB of weights, converted from the model file "
                "again (%d segments) as they run in a %.1f MiB window", ctx->desc.model_path, ctx->backend->ops->name,
                sd__offload_names[ctx->desc.offload], (double)w->need[SD_OFFLOAD_NONE] * mib, w->segment_count,
                (double)sd__weights_device_bytes(w) * mib);
    else
        sd__log(env, SD_LOG_INFO,
                "loaded '%s' on the %s backend with offload %s: %.1f MiB of weights in host memory (%d segments) run "
                "from a %.1f MiB window", ctx->desc.model_path, ctx->backend->ops->name, sd__offload_names[ctx->desc.offload],
                (double)w->host_bytes * mib, w->segment_count, (double)sd__weights_device_bytes(w) * mib);
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
    r = sd__resolve_desc(&ctx->env, desc, &ctx->desc);
    if (r == SD_OK && desc->lora_dir && !(ctx->lora_dir = sd__strdup(&ctx->env, desc->lora_dir))) r = sd__oom(&ctx->env);
    ctx->desc.lora_dir = ctx->lora_dir;
    if (r == SD_OK) r = sd__tokenizer_create_builtin(&ctx->env, &ctx->tokenizer);
    if (r == SD_OK && ctx->desc.model_path) r = sd__load_model(ctx);
    ctx->create_result = r;
    if (r != SD_OK) memcpy(ctx->create_error, ctx->env.message, sizeof ctx->create_error);
    return r;
}

/* A context whose sd_create failed may hold half-loaded models: every call is refused. */
static sd_result sd__usable(sd_ctx *ctx) {
    sd__clear_error(&ctx->env);
    if (ctx->create_result == SD_OK) return SD_OK;
    return sd__fail(&ctx->env, ctx->create_result, "sd_create failed for this context (%s); destroy it and create another",
                    ctx->create_error);
}

SDDEF void sd_destroy(sd_ctx *ctx) {
    sd__env env;
    if (!ctx) return;
    if (ctx->backend) {
        sd__free_models(ctx);
        sd__weights_destroy(ctx->backend->weights);
        sd__planner_free(ctx->backend, &ctx->planner);
        ctx->backend->ops->destroy(ctx->backend);
    }
    if (ctx->has_model) sd__model_close(&ctx->env, &ctx->model);
    sd__embeddings_free(&ctx->env, &ctx->embeddings);
    sd__lora_set_free(&ctx->env, &ctx->lora_base);
    sd__lora_set_free(&ctx->env, &ctx->lora_applied);
    sd__free(&ctx->env, ctx->lora_dir);
    sd__tokenizer_destroy(&ctx->env, ctx->tokenizer);
    env = ctx->env;
    sd__free(&env, ctx);
}

/* The CPU backend allocates through the context's env, so there the host peak is the library's
   peak; on a GPU it is the backend's peak of device memory. */
SDDEF size_t sd_peak_memory(const sd_ctx *ctx) {
    if (ctx && ctx->backend && ctx->backend->ops != &sd__cpu_ops) return ctx->backend->peak_bytes;
    return ctx ? ctx->env.host_peak : 0;
}
SDDEF const char *sd_backend_name(const sd_ctx *ctx) {
    return ctx && ctx->backend ? ctx->backend->ops->name : "none";
}

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
    int per_image_seeds;
    int prompt_weighting;
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
    run->per_image_seeds = p->per_image_seeds != 0;
    if ((int)p->prompt_weighting < SD_TOGGLE_DEFAULT || p->prompt_weighting > SD_OFF)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "prompt_weighting must be 0, SD_ON or SD_OFF, got %d",
                        (int)p->prompt_weighting);
    run->prompt_weighting = p->prompt_weighting != SD_OFF;
    if (p->preview_every < 0) return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "preview_every must be 0 (every step) or more, got %d", p->preview_every);
    return SD_OK;
}

/* NCHW (torch's order, in which noise is drawn) <-> NHWC (the backend's order). */
static void sd__nchw_to_nhwc(const float *src, float *dst, int n, int c, int h, int w) {
    size_t i, plane = (size_t)h * (size_t)w;
    int k, ch;
    for (k = 0; k < n; k++)
        for (ch = 0; ch < c; ch++)
            for (i = 0; i < plane; i++) dst[((size_t)k * plane + i) * (size_t)c + (size_t)ch] = src[((size_t)k * (size_t)c + (size_t)ch) * plane + i];
}
static void sd__nhwc_to_nchw(const float *src, float *dst, int n, int c, int h, int w) {
    size_t i, plane = (size_t)h * (size_t)w;
    int k, ch;
    for (k = 0; k < n; k++)
        for (ch = 0; ch < c; ch++)
            for (i = 0; i < plane; i++) dst[((size_t)k * (size_t)c + (size_t)ch) * plane + i] = src[((size_t)k * plane + i) * (size_t)c + (size_t)ch];
}

/* diffusers' image conversion: round(clamp(x / 2 + 0.5, 0, 1) * 255), rounding half to even as
   numpy does. */
static unsigned char sd__to_u8(float x) {
    float v = x / 2.0f + 0.5f;
    v = v < 0.0f ? 0.0f : (v > 1.0f ? 1.0f : v);
    return (unsigned char)nearbyintf(v * 255.0f);
}

/* Everything one generation call allocates; freed in one place on every path. */
typedef struct sd__job {
    float *latents;           /* [B, C, h, w] NCHW: the first and the final latents on the host */
    float *draw;              /* [B, C, h, w] NCHW: noise as the generators draw it */
    float *scratch;           /* NCHW staging; in img2img the init image's latents */
    float *masked;            /* [B, C, h, w] NCHW: inpainting's masked-image latents */
    unsigned char *repaint;   /* inpainting: one byte per pixel, 1 where the image is repainted */
    unsigned char *init_pixels, *mask_pixels; /* the init image and the mask resized, when resized */
    float *preview_latents;   /* previews: [B, C, h, w] NCHW; with TAESD their scaled NHWC copy and its RGB */
    float *preview_scaled, *preview_rgb;
    unsigned char *preview_pixels;
    sd_image *preview_images;
    sd__tensor context;       /* [rows, 1, tokens, dim] text embeddings for the UNet batch */
    sd__sched sched;
    int has_sched;
    sd__noise noise;          /* its generators */
    sd__denoise_state *step;  /* the loop's state on the backend (the context's) */
    sd__prompt prompts[2];    /* the negative prompt's chunks and the prompt's */
    char *prompt_text;        /* the prompt without its <lora:...> tags, when it had some */
    int chunks;               /* of each */
    void *graph;              /* the recorded step, or NULL */
    int record;               /* record the next step as a graph */
} sd__job;

static void sd__job_free(sd_ctx *ctx, sd__job *job) {
    sd__env *env = &ctx->env;
    sd__backend *b = ctx->backend;
    sd__free(env, job->latents);
    sd__free(env, job->draw);
    sd__free(env, job->scratch);
    sd__free(env, job->masked);
    sd__free(env, job->repaint);
    sd__free(env, job->init_pixels);
    sd__free(env, job->mask_pixels);
    sd__free(env, job->preview_latents);
    sd__free(env, job->preview_scaled);
    sd__free(env, job->preview_rgb);
    sd__free(env, job->preview_pixels);
    sd__free(env, job->preview_images);
    if (b) {
        if (job->graph) b->ops->graph_free(b, job->graph);
        sd__t_drop(b, &job->context);
    }
    if (job->has_sched) sd__sched_free(env, &job->sched);
    sd__prompt_free(env, &job->prompts[0]);
    sd__prompt_free(env, &job->prompts[1]);
    sd__free(env, job->prompt_text);
    sd__free(env, job->noise.gens);
    memset(job, 0, sizeof *job);
}

/* ---- LoRA --------------------------------------------------------------------------------- */
/* The layer a LoRA tensor's base name (the name without .lora_down.weight / .lora_A.weight)
   names: kohya's "lora_unet_" / "lora_te_" and the diffusers name with dots as underscores, or
   diffusers'/PEFT's "unet." / "text_encoder." and the diffusers name. */
static sd__module *sd__lora_module(sd_ctx *ctx, const char *base) {
    static const char *const kohya[2] = {"lora_te_", "lora_unet_"}, *const peft[2] = {"text_encoder.", "unet."};
    size_t i;
    int part;
    for (i = 0; i < ctx->modules.count; i++) {
        sd__module *m = &ctx->modules.items[i];
        const char *name = m->name, *b;
        if (m->part != SD__PART_TEXT && m->part != SD__PART_UNET) continue;
        part = m->part == SD__PART_UNET;
        if (strncmp(base, peft[part], strlen(peft[part])) == 0 && strcmp(base + strlen(peft[part]), name) == 0) return m;
        if (strncmp(base, kohya[part], strlen(kohya[part])) != 0) continue;
        for (b = base + strlen(kohya[part]); *b && *name && (*b == *name || (*name == '.' && *b == '_')); b++, name++) {
        }
        if (!*b && !*name) return m;
    }
    return NULL;
}

/* The float32 values of a LoRA tensor (sd__free them); NULL with the error set. */
static float *sd__lora_values(sd__env *env, const sd__st_tensor *t) {
    float *v;
    if (t->dtype != SD__ST_F32 && t->dtype != SD__ST_F16 && t->dtype != SD__ST_BF16) {
        sd__fail(env, SD_ERR_MODEL_FORMAT, "LoRA tensor '%s' is not F32, F16 or BF16", t->name);
        return NULL;
    }
    if (!(v = (float *)sd__calloc(env, t->count ? t->count : 1, sizeof(float)))) {
        sd__oom(env);
        return NULL;
    }
    sd__st_to_f32(t, v);
    if (sd__find_nonfinite(v, t->count) < t->count) {
        sd__fail(env, SD_ERR_NUMERIC, "LoRA tensor '%s' holds NaN or Inf", t->name);
        sd__free(env, v);
        return NULL;
    }
    return v;
}

/* One adapter from a down/up pair (and alpha, may be NULL) for module m, at weight; the shapes are
   checked against the layer. */
static sd_result sd__lora_adapter_new(sd_ctx *ctx, const sd__module *m, const sd__st_tensor *down, const sd__st_tensor *up,
                                      const sd__st_tensor *alpha, float weight, sd__lora_adapter **out) {
    sd__env *env = &ctx->env;
    sd__backend *b = ctx->backend;
    const int in = m->linear ? m->linear->in : m->conv->in, out_ch = m->linear ? m->linear->out : m->conv->out;
    const int k = m->linear ? 1 : m->conv->k;
    const long long rank = down->shape[0];
    float *dv = NULL, *uv = NULL, *av = NULL, scale;
    sd__lora_adapter *a;
    size_t i;
    *out = NULL;
    if (!((down->rank == 2 && k == 1 && down->shape[1] == in) ||
          (down->rank == 4 && down->shape[1] == in && down->shape[2] == k && down->shape[3] == k)) ||
        rank < 1 || rank > 4096)
        return sd__fail(env, SD_ERR_MODEL_MISMATCH, "LoRA tensor '%s' is not [rank, %d%s] for layer '%s'", down->name, in,
                        k == 3 ? ", 3, 3" : "", m->name);
    if (!((up->rank == 2 || (up->rank == 4 && up->shape[2] == 1 && up->shape[3] == 1)) && up->shape[0] == out_ch &&
          up->shape[1] == rank))
        return sd__fail(env, SD_ERR_MODEL_MISMATCH, "LoRA tensor '%s' is not [%d, %lld] (the layer's outputs, the rank)",
                        up->name, out_ch, rank);
    if (alpha && alpha->count != 1)
        return sd__fail(env, SD_ERR_MODEL_MISMATCH, "LoRA tensor '%s' is not one number", alpha->name);
    if (!(dv = sd__lora_values(env, down)) || !(uv = sd__lora_values(env, up)) || (alpha && !(av = sd__lora_values(env, alpha)))) {
        sd__free(env, dv);
        sd__free(env, uv);
        return env->code;
    }
    scale = weight * (av ? av[0] / (float)rank : 1.0f);
    for (i = 0; i < up->count; i++) uv[i] *= scale;
    if (!(a = (sd__lora_adapter *)sd__calloc(env, 1, sizeof *a))) {
        sd__free(env, dv); sd__free(env, uv); sd__free(env, av);
        return sd__oom(env);
    }
    a->rank = (int)rank;
    if (m->linear) {
        a->down.n = a->down.h = 1; a->down.w = (int)rank; a->down.c = in;
        a->up.n = a->up.h = 1; a->up.w = out_ch; a->up.c = (int)rank;
        sd__weight_new(b, SD__W_LINEAR, dv, &a->down);
        sd__weight_new(b, SD__W_LINEAR, uv, &a->up);
    } else {
        a->down.n = (int)rank; a->down.h = a->down.w = k; a->down.c = in;
        a->up.n = out_ch; a->up.h = a->up.w = 1; a->up.c = (int)rank;
        sd__weight_new(b, SD__W_CONV, dv, &a->down);
        sd__weight_new(b, SD__W_CONV, uv, &a->up);
    }
    sd__free(env, dv); sd__free(env, uv); sd__free(env, av);
    if (b->status) {
        sd__lora_adapter_free(b, a);
        return b->status;
    }
    *out = a;
    return SD_OK;
}

/* An adapter read from a LoRA file and the layer it goes to, before the set is put on the layers. */
typedef struct sd__lora_pending {
    sd__module *module;
    sd__lora_adapter *adapter;
} sd__lora_pending;

/* A LoRA tensor's name: a base (the layer) and a suffix saying what it is, in kohya's names or
   diffusers'/PEFT's. */
typedef enum sd__lora_role { SD__LORA_DOWN, SD__LORA_UP, SD__LORA_ALPHA, SD__LORA_ROLES } sd__lora_role;
static const char *const sd__lora_suffixes[2][SD__LORA_ROLES] = {{".lora_down.weight", ".lora_up.weight", ".alpha"},
                                                                 {".lora_A.weight", ".lora_B.weight", ".alpha"}};

/* The role of a tensor (SD__LORA_ROLES: none), with its format (0 kohya, 1 PEFT) and base length. */
static sd__lora_role sd__lora_role_of(const char *name, int *form, size_t *base) {
    const size_t n = strlen(name);
    int f, role;
    for (f = 0; f < 2; f++)
        for (role = 0; role < SD__LORA_ROLES; role++) {
            const size_t k = strlen(sd__lora_suffixes[f][role]);
            if (n > k && strcmp(name + n - k, sd__lora_suffixes[f][role]) == 0) {
                *form = f;
                *base = n - k;
                return (sd__lora_role)role;
            }
        }
    return SD__LORA_ROLES;
}

/* The tensor of the same base in another role (NULL: none); its name goes to `name`. */
static const sd__st_tensor *sd__lora_partner(const sd__st_file *f, const char *of, size_t base, int form, sd__lora_role role,
                                             char *name, size_t size) {
    snprintf(name, size, "%.*s%s", (int)base, of, sd__lora_suffixes[form][role]);
    return sd__st_find(f, name);
}

/* A LoRA file's adapters, appended to pending (module, adapter) pairs: one per down tensor, whose up
   tensor (and alpha) must be there, as must the down tensor of every up and alpha. */
static sd_result sd__lora_read(sd_ctx *ctx, const sd_lora *lora, sd__lora_pending **pending, size_t *count, size_t *cap) {
    sd__env *env = &ctx->env;
    sd__st_file f;
    size_t i, layers = 0;
    sd_result r;
    if ((r = sd__st_open(env, lora->path, &f)) != SD_OK) return r;
    for (i = 0; r == SD_OK && i < f.count; i++) {
        const char *name = f.tensors[i].name;
        char other[300];
        const sd__st_tensor *up, *alpha;
        sd__module *m;
        size_t base = 0;
        int form = 0;
        const sd__lora_role role = sd__lora_role_of(name, &form, &base);
        if (role == SD__LORA_ROLES) {
            r = sd__fail(env, SD_ERR_MODEL_FORMAT, "LoRA tensor '%s' is none of lora_down/lora_up/alpha (kohya) or "
                         "lora_A/lora_B (PEFT)", name);
            break;
        }
        if (role != SD__LORA_DOWN) { /* read with its down tensor, which must be there */
            if (!sd__lora_partner(&f, name, base, form, SD__LORA_DOWN, other, sizeof other))
                r = sd__fail(env, SD_ERR_MODEL_MISMATCH, "LoRA tensor '%s' has no '%s' to pair with", name, other);
            continue;
        }
        alpha = sd__lora_partner(&f, name, base, form, SD__LORA_ALPHA, other, sizeof other);
        up = sd__lora_partner(&f, name, base, form, SD__LORA_UP, other, sizeof other);
        other[base] = 0; /* the base: the layer's name */
        if (!(m = sd__lora_module(ctx, other))) {
            r = sd__fail(env, SD_ERR_MODEL_MISMATCH, "LoRA tensor '%s' names no linear or conv layer of this model", name);
            break;
        }
        if (!up) {
            r = sd__fail(env, SD_ERR_MODEL_MISMATCH, "LoRA tensor '%s' has no '%s%s' to pair with", name, other,
                         sd__lora_suffixes[form][SD__LORA_UP]);
            break;
        }
        if (*count == *cap) {
            size_t grown_cap = *cap ? 2 * *cap : 64;
            sd__lora_pending *grown = (sd__lora_pending *)sd__realloc(env, *pending, *cap * sizeof **pending,
                                                                      grown_cap * sizeof **pending);
            if (!grown) {
                r = sd__oom(env);
                break;
            }
            *pending = grown;
            *cap = grown_cap;
        }
        if ((r = sd__lora_adapter_new(ctx, m, &f.tensors[i], up, alpha, lora->weight, &(*pending)[*count].adapter)) != SD_OK) break;
        (*pending)[(*count)++].module = m;
        layers++;
    }
    sd__st_close(env, &f);
    if (r == SD_OK && !layers) r = sd__fail(env, SD_ERR_MODEL_FORMAT, "no LoRA tensors in it");
    if (r != SD_OK) return sd__fail_context(env, lora->path);
    sd__log(env, SD_LOG_INFO, "LoRA '%s' at weight %g: %lu layers", lora->path, (double)lora->weight, (unsigned long)layers);
    return r;
}

/* Appends a LoRA (its path copied). */
static sd_result sd__lora_set_add(sd__env *env, sd__lora_set *set, const char *path, float weight) {
    char **paths = (char **)sd__realloc(env, set->paths, (size_t)set->count * sizeof *paths, (size_t)(set->count + 1) * sizeof *paths);
    float *weights;
    if (paths) set->paths = paths;
    weights = (float *)sd__realloc(env, set->weights, (size_t)set->count * sizeof *weights, (size_t)(set->count + 1) * sizeof *weights);
    if (weights) set->weights = weights;
    if (!paths || !weights || !(set->paths[set->count] = sd__strdup(env, path))) return sd__oom(env);
    set->weights[set->count++] = weight;
    return SD_OK;
}

static int sd__lora_set_equal(const sd__lora_set *a, const sd__lora_set *b) {
    int i;
    if (a->count != b->count) return 0;
    for (i = 0; i < a->count; i++)
        if (strcmp(a->paths[i], b->paths[i]) != 0 || a->weights[i] != b->weights[i]) return 0;
    return 1;
}

/* Puts the set's adapters on the layers in place of the current ones; on failure the current
   ones stay. */
static sd_result sd__lora_apply(sd_ctx *ctx, const sd__lora_set *set) {
    sd__lora_pending *pending = NULL;
    size_t pending_count = 0, cap = 0, i;
    sd__lora_set applied;
    sd_result r = SD_OK;
    int k;
    memset(&applied, 0, sizeof applied);
    ctx->backend->status = SD_OK;
    for (k = 0; r == SD_OK && k < set->count; k++) {
        sd_lora lora;
        lora.path = set->paths[k];
        lora.weight = set->weights[k];
        if (!(lora.weight == lora.weight) || lora.weight > 1e6f || lora.weight < -1e6f)
            r = sd__fail(&ctx->env, SD_ERR_INVALID_ARGUMENT, "%s: the LoRA weight must be a finite number up to 1e6", lora.path);
        else if (lora.weight != 0) r = sd__lora_read(ctx, &lora, &pending, &pending_count, &cap);
        if (r == SD_OK) r = sd__lora_set_add(&ctx->env, &applied, lora.path, lora.weight);
    }
    if (r != SD_OK) { /* the current set stays */
        for (i = 0; i < pending_count; i++) sd__lora_adapter_free(ctx->backend, pending[i].adapter);
        sd__free(&ctx->env, pending);
        sd__lora_set_free(&ctx->env, &applied);
        return r;
    }
    sd__lora_clear(ctx);
    for (i = 0; i < pending_count; i++) { /* appended in file order, so the sums run in that order */
        sd__lora_adapter **chain = sd__module_lora(pending[i].module);
        while (*chain) chain = &(*chain)->next;
        *chain = pending[i].adapter;
    }
    sd__free(&ctx->env, pending);
    sd__lora_set_free(&ctx->env, &ctx->lora_applied);
    ctx->lora_applied = applied;
    sd__planner_forget(ctx->backend, &ctx->planner); /* the passes have other tensors now */
    return SD_OK;
}

SDDEF sd_result sd_set_loras(sd_ctx *ctx, const sd_lora *loras, int count) {
    sd__lora_set set;
    sd_result r = SD_OK;
    int k;
    if (!ctx) return SD_ERR_INVALID_ARGUMENT;
    if ((r = sd__usable(ctx)) != SD_OK) return r;
    if (count < 0 || (count > 0 && !loras)) return sd__fail(&ctx->env, SD_ERR_INVALID_ARGUMENT, "loras: a count of %d", count);
    if (!ctx->has_model) return sd__fail(&ctx->env, SD_ERR_NO_MODEL, "the context was created without a model");
    memset(&set, 0, sizeof set);
    for (k = 0; r == SD_OK && k < count; k++)
        r = loras[k].path ? sd__lora_set_add(&ctx->env, &set, loras[k].path, loras[k].weight)
                          : sd__fail(&ctx->env, SD_ERR_INVALID_ARGUMENT, "LoRA %d has no path", k);
    if (r == SD_OK) r = sd__lora_apply(ctx, &set);
    if (r != SD_OK) {
        sd__lora_set_free(&ctx->env, &set);
        return r;
    }
    sd__lora_set_free(&ctx->env, &ctx->lora_base);
    ctx->lora_base = set;
    return SD_OK;
}

/* A1111's LoRA tags: each <lora:NAME> or <lora:NAME:WEIGHT> in the prompt is taken out of *text
   (into the job's own copy) and added to the set, as lora_dir/NAME.safetensors. */
static sd_result sd__prompt_loras(sd_ctx *ctx, const char **text, char **own, sd__lora_set *set) {
    const char *s = *text, *tag;
    size_t used = 0;
    char *out;
    sd_result r = SD_OK;
    if (!strstr(s, "<lora:")) return SD_OK;
    if (!(out = *own = (char *)sd__malloc(&ctx->env, strlen(s) + 1))) return sd__oom(&ctx->env);
    while (r == SD_OK && (tag = strstr(s, "<lora:")) != NULL) {
        const char *name = tag + 6, *end = strchr(name, '>'), *colon;
        char path[4096 + 64], *stop = NULL;
        double weight = 1.0;
        if (!end) break; /* an unclosed tag is text */
        memcpy(out + used, s, (size_t)(tag - s));
        used += (size_t)(tag - s);
        colon = (const char *)memchr(name, ':', (size_t)(end - name));
        if (colon) weight = strtod(colon + 1, &stop);
        if (!colon) colon = end;
        if (colon == name || (stop && stop != end) || !ctx->lora_dir || memchr(name, '/', (size_t)(colon - name)) ||
            (colon - name == 2 && name[0] == '.' && name[1] == '.'))
            r = sd__fail(&ctx->env, SD_ERR_INVALID_ARGUMENT, "the prompt's '%.*s': %s", (int)(end - tag + 1), tag,
                         !ctx->lora_dir ? "no LoRA folder is set (sd_desc.lora_dir, --lora-dir)"
                                        : "a LoRA tag is <lora:NAME> or <lora:NAME:WEIGHT>, NAME a file name in the LoRA folder");
        else if (snprintf(path, sizeof path, "%s/%.*s.safetensors", ctx->lora_dir, (int)(colon - name), name) >= (int)sizeof path)
            r = sd__fail(&ctx->env, SD_ERR_INVALID_ARGUMENT, "the prompt's LoRA '%.*s': the path is too long", (int)(colon - name), name);
        else
            r = sd__lora_set_add(&ctx->env, set, path, (float)weight);
        s = end + 1;
    }
    strcpy(out + used, s);
    *text = out;
    return r;
}

/* The LoRAs of this call: sd_set_loras' and the prompt's tags (taken out of run->prompt), put on
   the layers when they differ from what the layers carry. */
static sd_result sd__prepare_loras(sd_ctx *ctx, sd__run *run, sd__job *job) {
    sd__lora_set want;
    sd_result r = SD_OK;
    int i;
    if (!strstr(run->prompt, "<lora:") && sd__lora_set_equal(&ctx->lora_base, &ctx->lora_applied)) return SD_OK;
    memset(&want, 0, sizeof want);
    for (i = 0; r == SD_OK && i < ctx->lora_base.count; i++)
        r = sd__lora_set_add(&ctx->env, &want, ctx->lora_base.paths[i], ctx->lora_base.weights[i]);
    if (r == SD_OK) r = sd__prompt_loras(ctx, &run->prompt, &job->prompt_text, &want);
    if (r == SD_OK && !sd__lora_set_equal(&want, &ctx->lora_applied)) r = sd__lora_apply(ctx, &want);
    sd__lora_set_free(&ctx->env, &want);
    return r;
}

/* The prompt's and (with guidance) the negative prompt's chunks, both as many: the shorter one
   gets empty chunks (the encoding of "", as A1111's "pad prompt/negative prompt to the same
   length" and diffusers' long-prompt pipeline do). */
static sd_result sd__prepare_prompts(sd_ctx *ctx, const sd__run *run, int guided, sd__job *job) {
    sd__prompt *pos = &job->prompts[1], *neg = &job->prompts[0];
    const int weighting = run->prompt_weighting;
    int k;
    sd_result r;
    if ((r = sd__prompt_build(&ctx->env, ctx->tokenizer, &ctx->embeddings, run->prompt, weighting, pos)) != SD_OK) return r;
    if (guided &&
        (r = sd__prompt_build(&ctx->env, ctx->tokenizer, &ctx->embeddings, run->negative_prompt, weighting, neg)) != SD_OK)
        return sd__fail_context(&ctx->env, "negative prompt");
    for (k = guided ? 0 : 1; k < 2; k++)
        if (job->prompts[k].truncated)
            sd__log(&ctx->env, SD_LOG_WARN, "the %sprompt has %lu tokens; only the first %d chunks of %d are used",
                    k ? "" : "negative ", (unsigned long)job->prompts[k].tokens, SD_MAX_PROMPT_CHUNKS, SD__CHUNK_TOKENS);
    job->chunks = guided ? SD__MAX(pos->chunks, neg->chunks) : pos->chunks;
    return SD_OK;
}

/* The UNet's text conditioning into job->context [rows, 1, chunks * SD_MAX_TOKENS, dim]:
   [negative x B, prompt x B] with guidance, [prompt x B] without. Each chunk is encoded on its
   own, weighted (sd__prompt_emphasis), and the chunks are joined along the tokens. */
static sd_result sd__encode_prompts(sd_ctx *ctx, const sd__run *run, int guided, sd__job *job) {
    sd__backend *b = ctx->backend;
    const int count = guided ? 2 : 1, dim = ctx->clip.cfg.hidden_size, chunks = job->chunks;
    const size_t per_chunk = (size_t)SD_MAX_TOKENS * (size_t)dim, per = per_chunk * (size_t)chunks;
    int *ids, k, c;
    float *host;
    sd_result r;
    host = (float *)sd__calloc(&ctx->env, (size_t)count * (size_t)run->batch, per * sizeof(float));
    ids = (int *)sd__calloc(&ctx->env, (size_t)count * (size_t)chunks, SD_MAX_TOKENS * sizeof(int));
    if (!host || !ids) {
        sd__free(&ctx->env, host);
        sd__free(&ctx->env, ids);
        return sd__oom(&ctx->env);
    }
    /* rows: the negative's chunks, then the prompt's (an empty chunk where one has fewer) */
    for (k = 0; k < count; k++) {
        const sd__prompt *p = &job->prompts[guided ? k : 1];
        for (c = 0; c < chunks; c++) {
            int *row = ids + ((size_t)k * chunks + c) * SD_MAX_TOKENS;
            if (c < p->chunks) memcpy(row, p->ids + (size_t)c * SD_MAX_TOKENS, SD_MAX_TOKENS * sizeof(int));
            else sd__tokenize(&ctx->env, ctx->tokenizer, "", row, NULL);
        }
    }
    r = sd__clip_encode_to_host(b, &ctx->clip, ids, count * chunks, run->clip_skip, host);
    for (k = 0; r == SD_OK && k < count; k++) {
        const sd__prompt *p = &job->prompts[guided ? k : 1];
        for (c = 0; p->weighted && c < p->chunks; c++)
            sd__prompt_emphasis(host + ((size_t)k * chunks + c) * per_chunk, p->weights + (size_t)c * SD_MAX_TOKENS, dim);
    }
    /* each row's chunks are consecutive: the row's [chunks * 77, dim]; rows 0 .. count-1, then
       each spread over its B copies, last first */
    for (k = count * run->batch - 1; r == SD_OK && k >= 0; k--)
        memmove(host + (size_t)k * per, host + (size_t)(k / run->batch) * per, per * sizeof(float));
    if (r == SD_OK && !b->status) b->ops->write(b, &job->context, host);
    sd__free(&ctx->env, host);
    sd__free(&ctx->env, ids);
    return r != SD_OK ? r : b->status;
}

/* The scheduler for this run, configured from the model's scheduler config when it has one; its
   state lives on the backend (job->step). */
static sd_result sd__make_sched(sd_ctx *ctx, const sd__run *run, sd__job *job) {
    sd__sched_config cfg;
    sd_result r;
    sd__sched_config_default(&cfg);
    if (ctx->model.scheduler && (r = sd__sched_config_from_json(&ctx->env, ctx->model.scheduler, run->sampler, &cfg)) != SD_OK)
        return r; /* its messages start with "scheduler config:" */
    if ((r = sd__sched_init(&ctx->env, &job->sched, &cfg, run->sampler, run->steps)) != SD_OK) return r;
    job->has_sched = 1;
    return SD_OK;
}

/* Encodes init (RGB8) with the VAE and draws its latents as diffusers' img2img does:
   scaling_factor * (mean + std * randn), one posterior sample repeated for the batch from its one
   generator; with a generator per image, each image draws its own. With repaint (one byte per
   pixel, or NULL), the pixels it marks are 0 (grey): inpainting's masked image. */
static sd_result sd__encode_init_image(sd_ctx *ctx, const sd_image *init, const unsigned char *repaint, int batch, sd__noise *noise,
                                       float *latents) {
    sd__backend *b = ctx->backend;
    const int W = init->width, H = init->height, lc = ctx->vae.cfg.latent_channels;
    const int lh = H / sd__vae_scale(&ctx->vae.cfg), lw = W / sd__vae_scale(&ctx->vae.cfg);
    const size_t pixels = (size_t)W * (size_t)H, lat = (size_t)lc * (size_t)lh * (size_t)lw;
    float *img = (float *)sd__calloc(&ctx->env, pixels, 3 * sizeof(float));
    float *moments = (float *)sd__calloc(&ctx->env, lat, 2 * sizeof(float));
    float *mom_nchw = (float *)sd__calloc(&ctx->env, lat, 2 * sizeof(float));
    float *eps = (float *)sd__calloc(&ctx->env, lat, sizeof(float));
    size_t i;
    int k;
    sd_result r = !img || !moments || !mom_nchw || !eps ? sd__oom(&ctx->env) : SD_OK;
    if (r == SD_OK) {
        for (i = 0; i < pixels * 3; i++) img[i] = repaint && repaint[i / 3] ? 0.0f : (float)init->pixels[i] / 255.0f * 2.0f - 1.0f;
        r = sd__vae_encode_image(b, &ctx->vae, img, H, W, ctx->desc.vae_tiling == SD_ON, moments);
    }
    if (r == SD_OK) {
        sd__nhwc_to_nchw(moments, mom_nchw, 1, 2 * lc, lh, lw);
        for (k = 0; k < batch; k++) {
            float *out = latents + (size_t)k * lat;
            if (k >= noise->count) { /* one generator: the first sample, repeated */
                memcpy(out, latents, lat * sizeof(float));
                continue;
            }
            sd__randn(&noise->gens[k], eps, lat);
            for (i = 0; i < lat; i++) {
                float logvar = mom_nchw[lat + i];
                logvar = logvar < -30.0f ? -30.0f : (logvar > 20.0f ? 20.0f : logvar);
                out[i] = ctx->vae.cfg.scaling_factor * (mom_nchw[i] + expf(0.5f * logvar) * eps[i]);
            }
        }
    }
    sd__free(&ctx->env, img);
    sd__free(&ctx->env, moments);
    sd__free(&ctx->env, mom_nchw);
    sd__free(&ctx->env, eps);
    return r;
}

/* Images the VAE decodes at once: the whole batch, or one at a time with VAE slicing or tiling. */
static int sd__decode_batch(const sd_ctx *ctx, const sd__run *run) {
    return ctx->desc.vae_slicing == SD_ON || ctx->desc.vae_tiling == SD_ON ? 1 : run->batch;
}

/* Decodes latents [B, C, h, w] into RGB8 images, sd__decode_batch of them at a time. */
static sd_result sd__decode_images(sd_ctx *ctx, const sd__run *run, const float *latents, int lh, int lw, sd_image *images) {
    sd__backend *b = ctx->backend;
    const int lc = ctx->vae.cfg.latent_channels, tiled = ctx->desc.vae_tiling == SD_ON, per_pass = sd__decode_batch(ctx, run);
    const size_t lat = (size_t)lc * (size_t)lh * (size_t)lw, pixels = (size_t)run->width * (size_t)run->height;
    float *z = (float *)sd__calloc(&ctx->env, lat, (size_t)per_pass * sizeof(float));
    float *z_nhwc = (float *)sd__calloc(&ctx->env, lat, (size_t)per_pass * sizeof(float));
    float *rgb = (float *)sd__calloc(&ctx->env, pixels, (size_t)per_pass * 3 * sizeof(float));
    int first, k;
    size_t i;
    sd_result r = SD_OK;
    /* the decoder runs again for the next slice or tile; else the next run starts with the text */
    sd__weights_expect(b->weights, per_pass < run->batch || tiled ? SD__WP_DECODER : SD__WP_TEXT);
    for (k = 0; k < run->batch && z && z_nhwc && rgb; k++) {
        images[k].pixels = (unsigned char *)sd__calloc(&ctx->env, pixels, 3);
        if (!images[k].pixels) break;
        images[k].width = run->width;
        images[k].height = run->height;
    }
    for (first = 0; first < run->batch && k == run->batch && !b->status && r == SD_OK; first += per_pass) {
        const int count = SD__MIN(per_pass, run->batch - first);
        /* TAESD reads the latents as they are, the VAE divided by its scaling factor */
        const float scaling = ctx->desc.vae_tiny == SD_ON ? 1.0f : ctx->vae.cfg.scaling_factor;
        for (i = 0; i < lat * (size_t)count; i++) z[i] = latents[(size_t)first * lat + i] / scaling;
        sd__nchw_to_nhwc(z, z_nhwc, count, lc, lh, lw);
        if (ctx->desc.vae_tiny == SD_ON) r = sd__taesd_decode_latents(b, ctx->taesd, z_nhwc, count, lh, lw, lc, rgb);
        else r = sd__vae_decode_latents(b, &ctx->vae, z_nhwc, count, lh, lw, tiled, rgb);
        if (r != SD_OK) break;
        if (sd__find_nonfinite(rgb, pixels * 3 * (size_t)count) < pixels * 3 * (size_t)count) {
            r = sd__fail(&ctx->env, SD_ERR_NUMERIC, "NaN or Inf in the image the VAE decoded; no image was written");
            break;
        }
        for (i = 0; i < pixels * 3 * (size_t)count; i++)
            images[first + (int)(i / (pixels * 3))].pixels[i % (pixels * 3)] = sd__to_u8(rgb[i]);
    }
    sd__free(&ctx->env, z);
    sd__free(&ctx->env, z_nhwc);
    sd__free(&ctx->env, rgb);
    if (r == SD_OK) r = b->status;
    if (r == SD_OK && k < run->batch) r = sd__oom(&ctx->env);
    if (r != SD_OK)
        for (k = 0; k < run->batch; k++) sd_image_free(ctx, &images[k]);
    return r;
}

/* An img2img input image (what: "init image" or "mask"): pixels, and sides in 1 .. SD_MAX_DIM. */
static sd_result sd__check_input_image(sd__env *env, const char *what, const sd_image *image) {
    if (!image->pixels) return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "the %s has no pixels", what);
    if (image->width < 1 || image->height < 1 || image->width > SD_MAX_DIM || image->height > SD_MAX_DIM)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "the %s is %dx%d; its sides must be between 1 and %d", what, image->width,
                        image->height, SD_MAX_DIM);
    return SD_OK;
}

/* The size of an img2img run: params' width and height where given, else the init image's sides
   rounded down to multiples of the VAE's scale (diffusers'). *mode: params' resize mode resolved. */
static sd_result sd__init_run_size(sd__env *env, const sd_params *params, const sd_image *init, int scale, sd_resize *mode, int *W,
                                   int *H) {
    sd_result r;
    *mode = params->resize ? params->resize : SD_RESIZE_STRETCH;
    if (*mode < SD_RESIZE_STRETCH || *mode > SD_RESIZE_NONE)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "unknown resize mode %d", (int)params->resize);
    if ((r = sd__check_input_image(env, "init image", init)) != SD_OK) return r;
    *W = params->width ? params->width : init->width - init->width % scale;
    *H = params->height ? params->height : init->height - init->height % scale;
    if (!*W || !*H)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "the init image is %dx%d; without a width and height asked for, its sides must "
                        "be at least %d (they are rounded down to multiples of %d)", init->width, init->height, scale, scale);
    if (*mode == SD_RESIZE_NONE && (*W != init->width || *H != init->height))
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "the init image is %dx%d but the run is %dx%d, and the resize mode is none: "
                        "give an image of the run's size (multiples of %d), or another resize mode", init->width, init->height, *W, *H, scale);
    return SD_OK;
}

/* image at W x H: itself when it has that size, else resized by mode into *owned (freed by the
   caller); with SD_RESIZE_NONE another size is an error. */
static sd_result sd__fit_image(sd__env *env, const char *what, const sd_image *image, sd_resize mode, int W, int H, unsigned char **owned,
                               sd_image *fitted) {
    sd_result r;
    *owned = NULL;
    if ((r = sd__check_input_image(env, what, image)) != SD_OK) return r;
    *fitted = *image;
    if (image->width == W && image->height == H) return SD_OK;
    if (mode == SD_RESIZE_NONE)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "the %s is %dx%d but the run is %dx%d, and the resize mode is none", what,
                        image->width, image->height, W, H);
    if ((r = sd__resize_image(env, image, mode, W, H, owned)) != SD_OK) return r;
    fitted->width = W;
    fitted->height = H;
    fitted->pixels = *owned;
    return SD_OK;
}

/* An inpainting mask (at the run's size) as one byte per pixel, 1 where the image is repainted:
   diffusers converts it to grey as PIL's convert("L") does and repaints from 0.5 (128) on. */
static sd_result sd__mask_pixels(sd_ctx *ctx, const sd_image *mask, unsigned char **out) {
    size_t pixels, i, count = 0;
    unsigned char *repaint;
    pixels = (size_t)mask->width * (size_t)mask->height;
    if (!(repaint = (unsigned char *)sd__calloc(&ctx->env, pixels, 1))) return sd__oom(&ctx->env);
    for (i = 0; i < pixels; i++) {
        const unsigned char *px = mask->pixels + 3 * i;
        const unsigned grey = (px[0] * 19595u + px[1] * 38470u + px[2] * 7471u + 0x8000u) >> 16;
        repaint[i] = grey >= 128;
        count += repaint[i];
    }
    if (!count) {
        sd__free(&ctx->env, repaint);
        return sd__fail(&ctx->env, SD_ERR_INVALID_ARGUMENT,
                        "the mask repaints nothing: no pixel of it is grey 128 or brighter (white repaints, black keeps)");
    }
    *out = repaint;
    return SD_OK;
}

/* The mask at the latents' size: torch's nearest interpolate keeps pixel (8y, 8x) for latent (y, x). */
static float sd__mask_latent(const sd__job *job, const sd__run *run, int scale, int y, int x) {
    return job->repaint[(size_t)y * (size_t)scale * (size_t)run->width + (size_t)x * (size_t)scale];
}

/* Inpainting's state on the backend, after the noise is drawn. An inpainting model reads the mask
   and the masked image's latents as input channels (cond); an ordinary model keeps the init
   image's latents, the first noise and the mask in the sampler's state, and each step puts the
   kept part back (SD__PLAN_BLEND). */
static sd_result sd__prepare_inpaint(sd_ctx *ctx, const sd__run *run, sd__job *job, const sd_image *init, int lh, int lw) {
    sd__backend *b = ctx->backend;
    sd__denoise_state *st = job->step;
    const int lc = ctx->vae.cfg.latent_channels, scale = sd__vae_scale(&ctx->vae.cfg), B = run->batch;
    const size_t plane = (size_t)lh * (size_t)lw, lat = (size_t)lc * plane, n = lat * (size_t)B;
    size_t pix;
    int k, c;
    sd_result r;
    if (st->cond.t.data) {
        float *cond = st->cond.host;
        if ((r = sd__encode_init_image(ctx, init, job->repaint, B, &job->noise, job->masked)) != SD_OK) return r;
        for (k = 0; k < B; k++)
            for (pix = 0; pix < plane; pix++, cond += lc + 1) {
                cond[0] = sd__mask_latent(job, run, scale, (int)(pix / (size_t)lw), (int)(pix % (size_t)lw));
                for (c = 0; c < lc; c++) cond[1 + c] = job->masked[(size_t)k * lat + (size_t)c * plane + pix];
            }
        sd__f32_send(b, &st->cond);
        return b->status;
    }
    /* diffusers encodes the masked image even for a model that never reads it: draw as much */
    for (k = 0; k < job->noise.count; k++) sd__randn(&job->noise.gens[k], job->masked, lat);
    sd__nchw_to_nhwc(job->scratch, st->aux.host + SD__AUX_K0 * n, B, lc, lh, lw);
    sd__nchw_to_nhwc(job->draw, st->aux.host + SD__AUX_Z0 * n, B, lc, lh, lw);
    for (k = 0; k < B; k++)
        for (pix = 0; pix < plane; pix++) {
            const float repaint = sd__mask_latent(job, run, scale, (int)(pix / (size_t)lw), (int)(pix % (size_t)lw));
            for (c = 0; c < lc; c++) st->aux.host[SD__AUX_MASK * n + ((size_t)k * plane + pix) * (size_t)lc + (size_t)c] = repaint;
        }
    sd__f32_send(b, &st->aux);
    return b->status;
}

/* A1111's "Approx cheap" preview: SD's 4 latent channels, times scale, to RGB by one linear map
   (the coefficients of A1111's sd_vae_approx.cheap_approximation), at the latents' size. latents:
   one image, NCHW. */
static void sd__preview_cheap(const float *latents, size_t plane, float scale, unsigned char *rgb) {
    static const float coefs[4][3] = {
        {0.298f, 0.207f, 0.208f}, {0.187f, 0.286f, 0.173f}, {-0.158f, 0.189f, 0.264f}, {-0.184f, -0.271f, -0.473f}};
    size_t p;
    int c, l;
    for (p = 0; p < plane; p++)
        for (c = 0; c < 3; c++) {
            float v = 0.0f;
            for (l = 0; l < 4; l++) v += latents[(size_t)l * plane + p] * scale * coefs[l][c];
            rgb[p * 3 + (size_t)c] = sd__to_u8(v);
        }
}

/* Calls params->preview with the current latents (after `done` of `steps` steps; next_step is
   the schedule's next index) and their previews. */
static sd_result sd__preview(sd_ctx *ctx, const sd_params *params, sd__job *job, int batch, int done, int steps, int next_step) {
    sd__backend *b = ctx->backend;
    const sd__tensor *t = &job->step->latents.t;
    const int lc = t->c, lh = t->h, lw = t->w, scale = ctx->taesd ? ctx->taesd->scale : 1;
    const size_t plane = (size_t)lh * (size_t)lw, n = plane * (size_t)lc * (size_t)batch;
    const size_t pixels = plane * (size_t)scale * (size_t)scale;
    const float input_scale = sd__sched_input_scale(&job->sched, next_step);
    sd_preview pv;
    size_t i;
    int k;
    sd_result r = SD_OK;
    if (!job->preview_latents) {
        job->preview_latents = (float *)sd__calloc(&ctx->env, n, sizeof(float));
        job->preview_scaled = ctx->taesd ? (float *)sd__calloc(&ctx->env, n, sizeof(float)) : NULL;
        job->preview_rgb = ctx->taesd ? (float *)sd__calloc(&ctx->env, pixels * (size_t)batch, 3 * sizeof(float)) : NULL;
        job->preview_pixels = (unsigned char *)sd__calloc(&ctx->env, pixels * (size_t)batch, 3);
        job->preview_images = (sd_image *)sd__calloc(&ctx->env, (size_t)batch, sizeof(sd_image));
        if (!job->preview_latents || (ctx->taesd && (!job->preview_scaled || !job->preview_rgb)) || !job->preview_pixels ||
            !job->preview_images)
            return sd__oom(&ctx->env);
    }
    sd__f32_fetch(b, &job->step->latents);
    if (b->status) return b->status;
    sd__nhwc_to_nchw(job->step->latents.host, job->preview_latents, batch, lc, lh, lw);
    if (ctx->taesd) { /* TAESD reads the NHWC latents as the backend holds them */
        for (i = 0; i < n; i++) job->preview_scaled[i] = job->step->latents.host[i] * input_scale;
        r = sd__taesd_decode_latents(b, ctx->taesd, job->preview_scaled, batch, lh, lw, lc, job->preview_rgb);
        for (i = 0; r == SD_OK && i < pixels * 3 * (size_t)batch; i++) job->preview_pixels[i] = sd__to_u8(job->preview_rgb[i]);
    } else if (lc == 4) {
        for (k = 0; k < batch; k++)
            sd__preview_cheap(job->preview_latents + (size_t)k * plane * 4, plane, input_scale, job->preview_pixels + (size_t)k * plane * 3);
    }
    if (r != SD_OK) return r;
    for (k = 0; k < batch; k++) {
        job->preview_images[k].width = lw * scale;
        job->preview_images[k].height = lh * scale;
        job->preview_images[k].pixels = job->preview_pixels + (size_t)k * pixels * 3;
    }
    memset(&pv, 0, sizeof pv);
    pv.step = done;
    pv.steps = steps;
    pv.batch = batch;
    pv.channels = lc;
    pv.height = lh;
    pv.width = lw;
    pv.latents = job->preview_latents;
    pv.images = ctx->taesd || lc == 4 ? job->preview_images : NULL;
    if (params->preview(params->preview_user_data, &pv))
        return sd__fail(&ctx->env, SD_ERR_CANCELLED, "cancelled by the preview callback after step %d", done);
    return SD_OK;
}

/* The loop's tensors on the backend, for a batch of B latents of lc x lh x lw: the plan, the
   latents, the sampler's state (zeroed), for samplers that add noise each step the noise, and for
   an inpainting model its cond_channels more input channels. The context keeps them for its next
   call, so that calls of the same shape allocate nothing. */
static sd_result sd__denoise_state_fit(sd_ctx *ctx, sd__job *job, int batch, int lc, int lh, int lw, int cond_channels) {
    sd__backend *b = ctx->backend;
    sd__denoise_state *st = &ctx->step;
    const sd__tensor *have = &st->latents.t;
    if (have->data && (have->n != batch || have->h != lh || have->w != lw || have->c != lc)) sd__denoise_state_free(b, st);
    if (cond_channels && !st->cond.t.data) sd__f32_buffer_new(b, batch, lh, lw, cond_channels, NULL, "the inpainting input", &st->cond);
    if (!cond_channels && st->cond.t.data) sd__f32_buffer_free(b, &st->cond);
    if (!st->plan.t.data) sd__f32_buffer_new(b, 1, 1, 1, SD__PLAN_FLOATS, NULL, "the denoising plan", &st->plan);
    if (!st->latents.t.data) sd__f32_buffer_new(b, batch, lh, lw, lc, NULL, "the latents", &st->latents);
    if (!st->aux.t.data) {
        sd__f32_buffer_new(b, SD__AUX_SLOTS * batch, lh, lw, lc, NULL, "the sampler's state", &st->aux);
    } else {
        memset(st->aux.host, 0, sd__tensor_count(&st->aux.t) * sizeof(float));
        sd__f32_send(b, &st->aux);
    }
    if (sd__sched_draws_noise(&job->sched, 0) && !st->noise.t.data)
        sd__f32_buffer_new(b, batch, lh, lw, lc, NULL, "the sampler's noise", &st->noise);
    job->step = st;
    return b->status;
}

/* Runs one denoising step (the UNet pass with denoise_input and denoise_step). With graphs, the
   first step runs op by op (autotuning and every first use happen there), the second is recorded
   and each one after that replays the recording, reading its plan from the same memory. A
   recording that fails is reported and the loop goes on without. */
static sd_result sd__denoise_step(sd_ctx *ctx, sd__job *job, const sd__pass *pass) {
    sd__backend *b = ctx->backend;
    sd_result r;
    if (job->graph) {
        b->ops->graph_launch(b, job->graph);
        return b->status;
    }
    if (job->record) {
        job->record = 0;
        b->ops->graph_begin(b);
        sd__run_planned(b, pass);
        if ((job->graph = b->ops->graph_end(b)) != NULL) {
            sd__log(&ctx->env, SD_LOG_INFO, "the denoising step is recorded as a CUDA graph, replayed from now on");
            return sd__denoise_step(ctx, job, pass);
        }
        if (b->status) return b->status;
        sd__log(&ctx->env, SD_LOG_WARN, "the denoising step could not be recorded as a CUDA graph; its ops run one by one");
    }
    r = sd__run_planned(b, pass);
    job->record = r == SD_OK && ctx->desc.graphs == SD_ON && b->ops->graph_begin && ctx->desc.offload == SD_OFFLOAD_NONE;
    return r;
}

static sd_result sd__generate(sd_ctx *ctx, const sd_params *params, const sd_image *init, sd_image *images) {
    sd__run run;
    sd__job job;
    sd__backend *b;
    sd__unet_call unet;
    sd__image_call decode, encode, tiny_preview, tiny_decode;
    sd__pass passes[5];
    sd__tensor timestep;
    sd_result r;
    int guided, lc, lh, lw, rows, i, first_step = 0, inpaint_model, blend, pass_count;
    size_t lat, n;
    const sd_image *mask;
    sd_image fitted_init, fitted_mask;
    sd_resize resize = SD_RESIZE_STRETCH;
    double t0 = sd__now();
    if (!ctx) return SD_ERR_INVALID_ARGUMENT;
    if ((r = sd__usable(ctx)) != SD_OK) return r;
    if (!images) return sd__fail(&ctx->env, SD_ERR_INVALID_ARGUMENT, "images is NULL");
    if (!ctx->has_model) return sd__fail(&ctx->env, SD_ERR_NO_MODEL, "the context was created without a model");
    mask = params ? params->mask : NULL;
    inpaint_model = ctx->unet.cfg.in_channels != ctx->unet.cfg.out_channels;
    if (mask && !init) return sd__fail(&ctx->env, SD_ERR_INVALID_ARGUMENT, "a mask is for inpainting: give it to sd_img2img with an init image");
    if (inpaint_model && !mask)
        return sd__fail(&ctx->env, SD_ERR_INVALID_ARGUMENT,
                        "this is an inpainting model (its UNet reads %d channels): give it an init image and a mask (sd_img2img "
                        "with params.mask; the CLI's --init-img and --mask)",
                        ctx->unet.cfg.in_channels);
    {
        sd_params p;
        if (params) {
            p = *params;
            if (init && (r = sd__init_run_size(&ctx->env, params, init, sd__vae_scale(&ctx->vae.cfg), &resize, &p.width, &p.height)) != SD_OK)
                return r;
            if (mask && p.strength == 0) p.strength = 1.0f; /* diffusers' inpainting default */
        }
        if ((r = sd__resolve_params(&ctx->env, params ? &p : NULL, ctx->unet.cfg.sample_size * sd__vae_scale(&ctx->vae.cfg), &run)) != SD_OK)
            return r;
    }
    if (run.width % sd__vae_scale(&ctx->vae.cfg) || run.height % sd__vae_scale(&ctx->vae.cfg))
        return sd__fail(&ctx->env, SD_ERR_INVALID_ARGUMENT, "width and height must be multiples of %d for this VAE",
                        sd__vae_scale(&ctx->vae.cfg));
    b = ctx->backend;
    b->status = SD_OK;
    guided = run.guidance > 1.0f;
    lc = ctx->vae.cfg.latent_channels;
    lh = run.height / sd__vae_scale(&ctx->vae.cfg);
    lw = run.width / sd__vae_scale(&ctx->vae.cfg);
    rows = (guided ? 2 : 1) * run.batch;
    lat = (size_t)lc * (size_t)lh * (size_t)lw;
    /* the largest buffer, rows >= batch latents of floats; only a 32-bit size_t can overflow here */
    if (!sd__mul_size(lat, (size_t)rows, &n) || !sd__mul_size(n, sizeof(float), &n))
        return sd__fail(&ctx->env, SD_ERR_OUT_OF_MEMORY, "a batch of %d %dx%d images is too large for this machine", run.batch,
                        run.width, run.height);
    n = lat * (size_t)run.batch;
    memset(&job, 0, sizeof job);
    memset(images, 0, sizeof *images * (size_t)run.batch);
    if (init && (r = sd__fit_image(&ctx->env, "init image", init, resize, run.width, run.height, &job.init_pixels, &fitted_init)) != SD_OK)
        goto done;
    if (mask && (r = sd__fit_image(&ctx->env, "mask", mask, resize, run.width, run.height, &job.mask_pixels, &fitted_mask)) != SD_OK)
        goto done;
    if (init) init = &fitted_init;
    job.latents = (float *)sd__calloc(&ctx->env, n, sizeof(float));
    job.draw = (float *)sd__calloc(&ctx->env, n, sizeof(float));
    job.scratch = (float *)sd__calloc(&ctx->env, n, sizeof(float));
    job.masked = mask ? (float *)sd__calloc(&ctx->env, n, sizeof(float)) : NULL;
    job.noise.count = run.per_image_seeds ? run.batch : 1;
    job.noise.gens = (sd__torch_rng *)sd__calloc(&ctx->env, (size_t)job.noise.count, sizeof(sd__torch_rng));
    if (!job.latents || !job.draw || !job.scratch || (mask && !job.masked) || !job.noise.gens) {
        r = sd__oom(&ctx->env);
        goto done;
    }
    if ((r = sd__make_sched(ctx, &run, &job)) != SD_OK) goto done;
    /* offload prefetches the model that runs next (see the weight store) */
    sd__weights_expect(b->weights, init ? SD__WP_ENCODER : SD__WP_UNET);
    if ((r = sd__prepare_loras(ctx, &run, &job)) != SD_OK) goto done;
    /* the conditioning and the loop's state outlive every pass: tensors of their own */
    if ((r = sd__prepare_prompts(ctx, &run, guided, &job)) != SD_OK) goto done;
    job.context = sd__t_new(b, rows, 1, job.chunks * SD_MAX_TOKENS, ctx->clip.cfg.hidden_size);
    if ((r = sd__denoise_state_fit(ctx, &job, run.batch, lc, lh, lw, inpaint_model ? ctx->unet.cfg.in_channels - lc : 0)) != SD_OK)
        goto done;
    /* the memory of the largest passes (the text encoder's is smaller) at once, so that the arena
       is allocated once and the denoising loop allocates nothing */
    timestep = job.step->plan.t; /* the plan's first value (SD__PLAN_TIMESTEP), shared by every row */
    timestep.c = 1;
    memset(&unet, 0, sizeof unet);
    unet.unet = &ctx->unet;
    unet.ctx = &job.context;
    unet.timesteps = &timestep;
    unet.step = job.step;
    unet.n = rows;
    unet.h = lh;
    unet.w = lw;
    decode = sd__vae_first_call(&ctx->vae, sd__vae_decode, sd__decode_batch(ctx, &run), lh, lw, ctx->desc.vae_tiling == SD_ON);
    encode = sd__vae_first_call(&ctx->vae, sd__vae_encode, 1, run.height, run.width, ctx->desc.vae_tiling == SD_ON);
    passes[0] = sd__unet_call_pass(&unet);
    passes[1] = sd__image_pass(&decode);
    pass_count = 2;
    if (init) passes[pass_count++] = sd__image_pass(&encode);
    if (ctx->taesd && params && params->preview) { /* planned now, so that the loop allocates nothing */
        tiny_preview = sd__taesd_call(ctx->taesd, run.batch, lh, lw, lc);
        passes[pass_count++] = sd__image_pass(&tiny_preview);
    }
    if (ctx->desc.vae_tiny == SD_ON) {
        tiny_decode = sd__taesd_call(ctx->taesd, sd__decode_batch(ctx, &run), lh, lw, lc);
        passes[pass_count++] = sd__image_pass(&tiny_decode);
    }
    if ((r = sd__plan_prepare(b, passes, pass_count)) != SD_OK) goto done;
    if ((r = sd__encode_prompts(ctx, &run, guided, &job)) != SD_OK) goto done;
    for (i = 0; i < job.noise.count; i++) { /* image i's generator starts at seed + i (A1111) */
        if (run.rng == SD_RNG_CUDA) sd__rng_cuda_seed(&job.noise.gens[i], run.seed + (uint64_t)i);
        else sd__rng_cpu_seed(&job.noise.gens[i], run.seed + (uint64_t)i);
    }
    if (init) {
        first_step = sd__sched_img2img_begin(&job.sched, run.strength);
        if (first_step >= job.sched.count) { /* nothing would run: the output would be the init image's VAE round trip */
            r = sd__fail(&ctx->env, SD_ERR_INVALID_ARGUMENT,
                         "strength %g leaves none of the %d steps to run: raise it to at least %g, or take more steps",
                         (double)run.strength, run.steps, 1.0 / run.steps);
            goto done;
        }
        sd__sched_set_begin(&job.sched, first_step);
        sd__weights_expect(b->weights, ctx->desc.vae_tiling == SD_ON ? SD__WP_ENCODER : SD__WP_UNET);
        if (mask && (r = sd__mask_pixels(ctx, &fitted_mask, &job.repaint)) != SD_OK) goto done;
        /* as diffusers: the init image's latents (which an inpainting model at strength 1 does not
           need), the noise, then the masked image's latents */
        if (!inpaint_model || run.strength < 1.0f)
            if ((r = sd__encode_init_image(ctx, init, NULL, run.batch, &job.noise, job.scratch)) != SD_OK) goto done;
        if (params->latents) memcpy(job.draw, params->latents, n * sizeof(float));
        else sd__noise_randn(&job.noise, job.draw, n);
        if (mask && run.strength == 1.0f) { /* inpainting starts from pure noise at full strength */
            size_t k;
            for (k = 0; k < n; k++) job.latents[k] = job.draw[k] * job.sched.init_noise_sigma;
        } else {
            sd__sched_add_noise(&job.sched, first_step, job.scratch, job.draw, job.latents, n);
        }
        if (mask && (r = sd__prepare_inpaint(ctx, &run, &job, init, lh, lw)) != SD_OK) goto done;
    } else {
        size_t k;
        if (params->latents) memcpy(job.latents, params->latents, n * sizeof(float));
        else sd__noise_randn(&job.noise, job.latents, n);
        for (k = 0; k < n; k++) job.latents[k] *= job.sched.init_noise_sigma;
    }
    sd__nchw_to_nhwc(job.latents, job.step->latents.host, run.batch, lc, lh, lw);
    sd__f32_send(b, &job.step->latents);
    blend = mask && !inpaint_model;
    for (i = first_step; i < job.sched.count; i++) {
        float *plan = job.step->plan.host;
        if (params->progress && params->progress(params->progress_user_data, i - first_step, job.sched.count - first_step, sd__now() - t0)) {
            r = sd__fail(&ctx->env, SD_ERR_CANCELLED, "cancelled by the progress callback at step %d", i - first_step);
            goto done;
        }
        if ((r = sd__sched_plan(&ctx->env, &job.sched, i, plan)) != SD_OK) goto done;
        plan[SD__PLAN_GUIDANCE] = run.guidance;
        if (blend) { /* the kept part: the init image's latents noised to the next step's level */
            double a, z;
            sd__sched_noise_scales(&job.sched, i + 1, &a, &z);
            plan[SD__PLAN_BLEND] = 1;
            plan[SD__PLAN_KNOWN_X0] = (float)a;
            plan[SD__PLAN_KNOWN_Z] = (float)z;
        }
        if (sd__sched_draws_noise(&job.sched, i)) {
            sd__noise_randn(&job.noise, job.draw, n);
            sd__nchw_to_nhwc(job.draw, job.step->noise.host, run.batch, lc, lh, lw);
            sd__f32_send(b, &job.step->noise);
        }
        sd__f32_send(b, &job.step->plan);
        sd__weights_expect(b->weights, i + 1 < job.sched.count ? SD__WP_UNET : SD__WP_DECODER);
        if ((r = sd__denoise_step(ctx, &job, &passes[0])) != SD_OK) goto done;
        sd__f32_fetch(b, &job.step->plan);
        if ((r = b->status) != SD_OK) goto done;
        if (plan[SD__PLAN_NONFINITE] != 0) {
            r = sd__fail(&ctx->env, SD_ERR_NUMERIC, "NaN or Inf in the latents after step %d of %d; no image was written",
                         i - first_step + 1, job.sched.count - first_step);
            goto done;
        }
        if (params->preview && ((i - first_step + 1) % (params->preview_every > 0 ? params->preview_every : 1) == 0 ||
                                i + 1 == job.sched.count) &&
            (r = sd__preview(ctx, params, &job, run.batch, i - first_step + 1, job.sched.count - first_step, i + 1)) != SD_OK)
            goto done;
    }
    if (params->progress && params->progress(params->progress_user_data, job.sched.count - first_step,
                                             job.sched.count - first_step, sd__now() - t0)) {
        r = sd__fail(&ctx->env, SD_ERR_CANCELLED, "cancelled by the progress callback after the last step");
        goto done;
    }
    sd__f32_fetch(b, &job.step->latents);
    if ((r = b->status) != SD_OK) goto done;
    sd__nhwc_to_nchw(job.step->latents.host, job.latents, run.batch, lc, lh, lw);
    if (params->latents_out) memcpy(params->latents_out, job.latents, n * sizeof(float));
    r = sd__decode_images(ctx, &run, job.latents, lh, lw, images);
done:
    sd__job_free(ctx, &job);
    return r;
}

SDDEF sd_result sd_txt2img(sd_ctx *ctx, const sd_params *params, sd_image *images) {
    return sd__generate(ctx, params, NULL, images);
}

SDDEF sd_result sd_img2img(sd_ctx *ctx, const sd_params *params, const sd_image *init, sd_image *images) {
    if (ctx && !init) return sd__fail(&ctx->env, SD_ERR_INVALID_ARGUMENT, "img2img needs an init image");
    return sd__generate(ctx, params, init, images);
}

/* The vectors of an embedding file, checked for the text encoder's width: A1111's "emb_params",
   else the file's one tensor (diffusers'). */
static sd_result sd__embedding_tensor(sd__env *env, const sd__st_file *f, int width, const sd__st_tensor **out) {
    const sd__st_tensor *t = sd__st_find(f, "emb_params");
    if (!t && f->count != 1)
        return sd__fail(env, SD_ERR_MODEL_FORMAT,
                        "not a textual-inversion embedding: it has %lu tensors, and none is A1111's 'emb_params'",
                        (unsigned long)f->count);
    if (!t) t = &f->tensors[0];
    if (t->dtype != SD__ST_F32 && t->dtype != SD__ST_F16 && t->dtype != SD__ST_BF16)
        return sd__fail(env, SD_ERR_MODEL_FORMAT, "embedding tensor '%s' is not F32, F16 or BF16", t->name);
    if ((t->rank != 1 && t->rank != 2) || t->shape[t->rank - 1] != width || (t->rank == 2 && t->shape[0] < 1))
        return sd__fail(env, SD_ERR_MODEL_MISMATCH,
                        "embedding tensor '%s' is not [vectors, %d] (this text encoder's width): its rank is %d, its last "
                        "dimension %lld", t->name, width, t->rank, t->shape[t->rank - 1]);
    if (t->rank == 2 && t->shape[0] > SD__CHUNK_TOKENS)
        return sd__fail(env, SD_ERR_MODEL_MISMATCH, "embedding tensor '%s' has %lld vectors; a prompt chunk holds %d", t->name,
                        t->shape[0], SD__CHUNK_TOKENS);
    *out = t;
    return SD_OK;
}

/* A1111 names an embedding after its file: the name without folder and extension. */
static void sd__file_stem(const char *path, char *out, size_t size) {
    const char *base = strrchr(path, '/'), *dot;
    size_t n;
    base = base ? base + 1 : path;
    dot = strrchr(base, '.');
    n = dot && dot > base ? (size_t)(dot - base) : strlen(base);
    snprintf(out, size, "%.*s", (int)(n < size ? n : size - 1), base);
}

SDDEF sd_result sd_load_embedding(sd_ctx *ctx, const char *path, const char *token) {
    sd__env *env;
    sd__embeddings *e;
    sd__st_file f;
    const sd__st_tensor *t = NULL;
    char word[256];
    const int width = ctx ? ctx->clip.cfg.hidden_size : 0;
    int vectors, i;
    float *rows;
    sd_result r;
    if (!ctx) return SD_ERR_INVALID_ARGUMENT;
    if ((r = sd__usable(ctx)) != SD_OK) return r;
    env = &ctx->env;
    e = &ctx->embeddings;
    if (!path) return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "path is NULL");
    if (!ctx->has_model) return sd__fail(env, SD_ERR_NO_MODEL, "the context was created without a model");
    if (e->count == SD_MAX_EMBEDDINGS)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "%s: the context has %d embeddings already, the most it takes", path,
                        SD_MAX_EMBEDDINGS);
    if ((r = sd__st_open(env, path, &f)) != SD_OK) return r;
    if ((r = sd__embedding_tensor(env, &f, width, &t)) != SD_OK) {
        sd__st_close(env, &f);
        return sd__fail_context(env, path);
    }
    if (token) snprintf(word, sizeof word, "%s", token);
    else if (strcmp(t->name, "emb_params") == 0) sd__file_stem(path, word, sizeof word);
    else snprintf(word, sizeof word, "%s", t->name);
    vectors = t->rank == 2 ? (int)t->shape[0] : 1;
    r = SD_OK;
    if (!word[0] || strlen(word) >= sizeof word - 1 || sd__check_utf8(env, "the embedding's word", word) != SD_OK)
        r = sd__fail(env, SD_ERR_INVALID_ARGUMENT, "%s: the embedding's word must be 1 to %d bytes of UTF-8", path,
                     (int)sizeof word - 2);
    for (i = 0; r == SD_OK && i < e->count; i++)
        if (strcmp(e->items[i].token, word) == 0)
            r = sd__fail(env, SD_ERR_INVALID_ARGUMENT, "%s: an embedding named '%s' is loaded already", path, word);
    rows = r == SD_OK ? (float *)sd__realloc(env, e->rows, (size_t)e->row_count * (size_t)width * sizeof(float),
                                             (size_t)(e->row_count + vectors) * (size_t)width * sizeof(float))
                      : NULL;
    if (r == SD_OK && !rows) r = sd__oom(env);
    if (r == SD_OK) {
        float *mine = rows + (size_t)e->row_count * (size_t)width;
        e->rows = rows;
        ctx->clip.extra = rows;
        sd__st_to_f32(t, mine);
        if (sd__find_nonfinite(mine, (size_t)vectors * (size_t)width) < (size_t)vectors * (size_t)width)
            r = sd__fail(env, SD_ERR_NUMERIC, "%s: embedding tensor '%s' holds NaN or Inf", path, t->name);
    }
    sd__st_close(env, &f);
    if (r != SD_OK) return r;
    e->items[e->count].first_id = ctx->clip.cfg.vocab_size + e->row_count;
    e->items[e->count].vectors = vectors;
    if (!(e->items[e->count].token = sd__strdup(env, word))) return sd__oom(env);
    if ((r = sd__tok_add_special(env, ctx->tokenizer, word, e->items[e->count].first_id)) != SD_OK) {
        sd__free(env, e->items[e->count].token);
        return r;
    }
    e->count++;
    e->row_count += vectors;
    ctx->clip.extra_rows = e->row_count;
    sd__log(env, SD_LOG_INFO, "embedding '%s' (%d vector%s) from %s", word, vectors, vectors == 1 ? "" : "s", path);
    return SD_OK;
}

SDDEF sd_result sd_tokenize(sd_ctx *ctx, const char *text, int ids[SD_MAX_TOKENS]) {
    sd_result r;
    if (!ctx) return SD_ERR_INVALID_ARGUMENT;
    if ((r = sd__usable(ctx)) != SD_OK) return r;
    if (!ids) return sd__fail(&ctx->env, SD_ERR_INVALID_ARGUMENT, "ids is NULL");
    return sd__tokenize(&ctx->env, ctx->tokenizer, text ? text : "", ids, NULL);
}
