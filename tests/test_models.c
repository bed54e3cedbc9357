/* Golden tests of the text encoder, UNet and VAE on the CPU backend, for both checkpoint layouts.
   The checks take the backend, its precision and a tolerance, so that they run at the CPU's 16-bit
   precisions, and tests/test_cuda.c runs them on the GPU too. */
typedef struct sd_golden_model {
    sd__env env;
    sd__model model;
    sd__backend *b;
    sd__st_file golden;
} sd_golden_model;

/* The tiny SD 1.x model in both layouts, and the tiny SD 2.x-style model, with their goldens. */
static const struct { const char *model, *golden; } sd_golden_models[3] = {
    {TEST_DATA "/tiny-sd.safetensors", TEST_DATA "/golden.safetensors"},
    {TINY_SD_FOLDER, TEST_DATA "/golden.safetensors"},
    {TEST_DATA "/tiny-sd2", TEST_DATA "/tiny-sd2-golden.safetensors"}};
#define SD_GOLDEN_MODELS 3

static int sd_golden_model_open(sd_tester *t, int which, sd_backend backend, sd_precision precision, sd_golden_model *tm) {
    const char *path = sd_golden_models[which].model;
    sd_desc desc;
    memset(tm, 0, sizeof *tm);
    memset(&desc, 0, sizeof desc);
    desc.precision = precision;
    if (sd__model_open(&tm->env, path, NULL, &tm->model) != SD_OK) {
        sd_test_fail_at(t, __FILE__, __LINE__, "%s: %s", path, tm->env.message);
        return 0;
    }
    if ((backend == SD_BACKEND_CUDA ? sd__cuda_backend_create(&tm->env, &desc, &tm->b)
                                     : sd__cpu_backend_create(&tm->env, 2, precision, &tm->b)) != SD_OK ||
        !sd_test_open_golden_file(t, &tm->env, sd_golden_models[which].golden, &tm->golden)) {
        sd_test_fail_at(t, __FILE__, __LINE__, "backend or golden: %s", tm->env.message);
        return 0;
    }
    return 1;
}

static void sd_golden_model_close(sd_tester *t, sd_golden_model *tm) {
    if (tm->b) tm->b->ops->destroy(tm->b);
    sd__st_close(&tm->env, &tm->golden);
    sd__model_close(&tm->env, &tm->model);
    CHECK(tm->env.host_bytes == 0, "%lu bytes leaked", (unsigned long)tm->env.host_bytes);
}

static sd__loader sd_golden_loader(sd_golden_model *tm, sd__part part) {
    sd__loader ld;
    memset(&ld, 0, sizeof ld);
    ld.env = &tm->env;
    ld.b = tm->b;
    ld.model = &tm->model;
    ld.part = part;
    return ld;
}

/* Reads a backend tensor (NHWC) and compares it with an NCHW golden tensor of the same shape. */
static void sd_test_compare_nchw(sd_tester *t, sd_golden_model *tm, const sd__tensor *got, const char *golden_name, double tol) {
    size_t count = sd__tensor_count(got), gcount = 0;
    float *host = (float *)sd__calloc(&tm->env, count, sizeof(float));
    float *nchw = (float *)sd__calloc(&tm->env, count, sizeof(float));
    float *ref = sd_test_golden_f32(t, &tm->env, &tm->golden, golden_name, &gcount);
    if (host && nchw && ref && gcount == count) {
        double err;
        tm->b->ops->read(tm->b, got, host);
        sd__nhwc_to_nchw(host, nchw, got->n, got->c, got->h, got->w);
        err = sd_test_rel_err(nchw, ref, count);
        CHECK(err <= tol, "%s: max|diff|/max|ref| = %.3g > %.1g", golden_name, err, tol);
    } else {
        CHECK(0, "%s: %lu values, golden has %lu", golden_name, (unsigned long)count, (unsigned long)gcount);
    }
    sd__free(&tm->env, host);
    sd__free(&tm->env, nchw);
    sd__free(&tm->env, ref);
}

/* Writes a golden tensor into a new backend tensor of shape [n, h, w, c]: an NCHW image or latent
   is permuted to NHWC (permute = 1); a token sequence is already in that order (permute = 0). */
static sd__tensor sd_test_input_nchw(sd_tester *t, sd_golden_model *tm, const char *golden_name, int n, int c, int h, int w,
                                     float scale, int permute) {
    size_t count = 0, i;
    float *ref = sd_test_golden_f32(t, &tm->env, &tm->golden, golden_name, &count);
    float *nhwc = (float *)sd__calloc(&tm->env, count ? count : 1, sizeof(float));
    sd__tensor x;
    memset(&x, 0, sizeof x);
    if (ref && nhwc && count == (size_t)n * (size_t)c * (size_t)h * (size_t)w) {
        for (i = 0; i < count; i++) ref[i] *= scale;
        if (permute) sd__nchw_to_nhwc(ref, nhwc, n, c, h, w);
        else memcpy(nhwc, ref, count * sizeof(float));
        x = sd__t_new(tm->b, n, h, w, c);
        tm->b->ops->write(tm->b, &x, nhwc);
    } else {
        CHECK(0, "golden %s has %lu values", golden_name, (unsigned long)count);
    }
    sd__free(&tm->env, ref);
    sd__free(&tm->env, nhwc);
    return x;
}

static void sd_models_text_encoder_check(sd_tester *t, sd_backend backend, sd_precision precision, double tol) {
    int layout;
    for (layout = 0; layout < SD_GOLDEN_MODELS; layout++) {
        sd_golden_model tm;
        sd__loader ld;
        sd__clip clip;
        const sd__st_tensor *ids_t;
        int ids[3 * SD_MAX_TOKENS];
        size_t i;
        int skip;
        if (!sd_golden_model_open(t, layout, backend, precision, &tm)) { sd_golden_model_close(t, &tm); return; }
        ld = sd_golden_loader(&tm, SD__PART_TEXT);
        CHECK(sd__clip_load(&ld, &clip, &tm.model.text) == SD_OK, "load: %s", tm.env.message);
        sd__loader_free(&ld);
        ids_t = sd__st_find(&tm.golden, "te.ids");
        if (ids_t && ids_t->count == 3 * SD_MAX_TOKENS && !ld.status) {
            for (i = 0; i < ids_t->count; i++) {
                int32_t v;
                memcpy(&v, ids_t->data + 4 * i, 4);
                ids[i] = v;
            }
            for (skip = 0; skip <= 2; skip += 2) {
                sd__tensor out;
                if (sd__clip_encode(tm.b, &clip, ids, 3, skip, &out) == SD_OK) {
                    size_t count = 0;
                    float *host = (float *)sd__calloc(&tm.env, sd__tensor_count(&out), sizeof(float));
                    float *ref = sd_test_golden_f32(t, &tm.env, &tm.golden, skip ? "te.penult_ln" : "te.last", &count);
                    if (host && ref && count == sd__tensor_count(&out)) {
                        double err;
                        tm.b->ops->read(tm.b, &out, host);
                        err = sd_test_rel_err(host, ref, count);
                        CHECK(err <= tol, "%s clip_skip %d: rel err %.3g", sd_golden_models[layout].model, skip, err);
                    } else {
                        CHECK(0, "shape mismatch");
                    }
                    sd__free(&tm.env, host);
                    sd__free(&tm.env, ref);
                    sd__t_drop(tm.b, &out);
                } else {
                    CHECK(0, "encode: %s", tm.env.message);
                }
            }
        }
        sd__clip_free(tm.b, &clip);
        sd_golden_model_close(t, &tm);
    }
}

static void sd_models_unet_check(sd_tester *t, sd_backend backend, sd_precision precision, double tol) {
    static const int steps[3] = {981, 500, 1};
    int layout, k;
    for (layout = 0; layout < SD_GOLDEN_MODELS; layout++) {
        sd_golden_model tm;
        sd__loader ld;
        sd__unet unet;
        sd__tensor x, ctx;
        const sd__unet_config *cfg;
        if (!sd_golden_model_open(t, layout, backend, precision, &tm)) { sd_golden_model_close(t, &tm); return; }
        cfg = &tm.model.unet;
        ld = sd_golden_loader(&tm, SD__PART_UNET);
        CHECK(sd__unet_load(&ld, &unet, cfg, SD_SLICE_OFF) == SD_OK, "load: %s", tm.env.message);
        sd__loader_free(&ld);
        x = sd_test_input_nchw(t, &tm, "unet.x", 2, cfg->in_channels, 8, 8, 1.0f, 1);
        ctx = sd_test_input_nchw(t, &tm, "unet.ctx", 2, cfg->cross_attention_dim, 1, SD_MAX_TOKENS, 1.0f, 0);
        for (k = 0; k < 3 && x.data && ctx.data; k++) {
            float ts[2];
            char name[64];
            sd__tensor out;
            sd__f32_buffer timesteps;
            ts[0] = ts[1] = (float)steps[k];
            sd__f32_buffer_new(tm.b, 2, 1, 1, 1, ts, "timesteps", &timesteps);
            snprintf(name, sizeof name, "unet.out.t%d", steps[k]);
            if (sd__unet_fwd(tm.b, &unet, &x, &timesteps.t, &ctx, &out) == SD_OK) sd_test_compare_nchw(t, &tm, &out, name, tol);
            else CHECK(0, "forward: %s", tm.env.message);
            sd__t_drop(tm.b, &out);
            sd__f32_buffer_free(tm.b, &timesteps);
        }
        sd__t_drop(tm.b, &x);
        sd__t_drop(tm.b, &ctx);
        sd__unet_free(tm.b, &unet);
        sd_golden_model_close(t, &tm);
    }
}

static void sd_models_vae_check(sd_tester *t, sd_backend backend, sd_precision precision, double tol) {
    int layout;
    for (layout = 0; layout < SD_GOLDEN_MODELS; layout++) {
        sd_golden_model tm;
        sd__loader ld;
        sd__vae vae;
        sd__tensor z, img, moments;
        const sd__vae_config *cfg;
        if (!sd_golden_model_open(t, layout, backend, precision, &tm)) { sd_golden_model_close(t, &tm); return; }
        cfg = &tm.model.vae;
        ld = sd_golden_loader(&tm, SD__PART_VAE);
        CHECK(sd__vae_load(&ld, &vae, cfg) == SD_OK, "load: %s", tm.env.message);
        sd__loader_free(&ld);
        z = sd_test_input_nchw(t, &tm, "vae.z", 1, cfg->latent_channels, 8, 8, 1.0f / cfg->scaling_factor, 1);
        if (z.data && sd__vae_decode(tm.b, &vae, &z, &img) == SD_OK) {
            sd_test_compare_nchw(t, &tm, &img, "vae.decoded", tol);
            sd__t_drop(tm.b, &img);
        } else {
            CHECK(0, "decode: %s", tm.env.message);
        }
        img = sd_test_input_nchw(t, &tm, "vae.enc_in", 1, 3, 64, 64, 1.0f, 1);
        if (img.data && sd__vae_encode(tm.b, &vae, &img, &moments) == SD_OK) {
            /* the first latent_channels channels are the posterior mean */
            sd__tensor mean = sd__t_new(tm.b, 1, moments.h, moments.w, cfg->latent_channels), logvar;
            size_t i, n = (size_t)moments.h * (size_t)moments.w, c = (size_t)cfg->latent_channels;
            float *host = (float *)sd__calloc(&tm.env, n, 2 * c * sizeof(float));
            float *m = (float *)sd__calloc(&tm.env, n, c * sizeof(float));
            if (host && m) {
                tm.b->ops->read(tm.b, &moments, host);
                for (i = 0; i < n * c; i++) m[i] = host[(i / c) * 2 * c + i % c];
                tm.b->ops->write(tm.b, &mean, m);
                sd_test_compare_nchw(t, &tm, &mean, "vae.enc_mean", tol);
                for (i = 0; i < n * c; i++) {
                    float lv = host[(i / c) * 2 * c + c + i % c];
                    lv = lv < -30.0f ? -30.0f : (lv > 20.0f ? 20.0f : lv);
                    m[i] = expf(0.5f * lv);
                }
                logvar = mean; /* reuse the tensor for the standard deviation */
                tm.b->ops->write(tm.b, &logvar, m);
                sd_test_compare_nchw(t, &tm, &logvar, "vae.enc_std", tol);
            }
            sd__free(&tm.env, host);
            sd__free(&tm.env, m);
            sd__t_drop(tm.b, &mean);
            sd__t_drop(tm.b, &moments);
        } else {
            CHECK(0, "encode: %s", tm.env.message);
        }
        sd__t_drop(tm.b, &z);
        sd__t_drop(tm.b, &img);
        sd__vae_free(tm.b, &vae);
        sd_golden_model_close(t, &tm);
    }
}

/* VAE tiling against diffusers' enable_tiling(): a 17x17 latent and a 136x136 image take three
   overlapping tiles a side on the tiny VAE (tools/gen/make_tiling_goldens.py made the goldens). */
static void test_models_vae_tiling_golden(sd_tester *t) {
    const int side = 17, px = side * 8;
    sd_golden_model tm;
    sd__loader ld;
    sd__vae vae;
    sd__st_file golden;
    sd__torch_rng rng;
    float *z = (float *)calloc((size_t)4 * side * side, sizeof(float)), *z_nhwc = (float *)calloc((size_t)4 * side * side, sizeof(float));
    float *rgb = (float *)calloc((size_t)3 * px * px, sizeof(float)), *img = (float *)calloc((size_t)3 * px * px, sizeof(float));
    float *moments = (float *)calloc((size_t)8 * side * side, sizeof(float)), *mean = (float *)calloc((size_t)4 * side * side, sizeof(float));
    float *stdv = (float *)calloc((size_t)4 * side * side, sizeof(float));
    unsigned char *u8 = (unsigned char *)calloc((size_t)3 * px * px, 1);
    int x, y, c, i;
    memset(&golden, 0, sizeof golden);
    if (!sd_golden_model_open(t, 1, SD_BACKEND_CPU, SD_PRECISION_FP32, &tm) ||
        !sd_test_open_golden_file(t, &tm.env, TEST_DATA "/tiny-sd-tiling.safetensors", &golden)) {
        sd_golden_model_close(t, &tm);
        free(z); free(z_nhwc); free(rgb); free(img); free(moments); free(mean); free(stdv); free(u8);
        return;
    }
    ld = sd_golden_loader(&tm, SD__PART_VAE);
    CHECK(sd__vae_load(&ld, &vae, &tm.model.vae) == SD_OK, "load: %s", tm.env.message);
    sd__loader_free(&ld);
    sd__rng_cpu_seed(&rng, 5);
    sd__randn(&rng, z, (size_t)4 * side * side);
    sd__nchw_to_nhwc(z, z_nhwc, 1, 4, side, side);
    if (sd__vae_decode_latents(tm.b, &vae, z_nhwc, 1, side, side, 1, rgb) == SD_OK) {
        const sd__st_tensor *ref = sd__st_find(&golden, "tiled.decoded_u8");
        for (i = 0; i < 3 * px * px; i++) u8[i] = sd__to_u8(rgb[i]);
        CHECK(ref && ref->bytes == (size_t)3 * px * px, "golden tiled.decoded_u8");
        if (ref && ref->bytes == (size_t)3 * px * px) {
            int d = sd_test_max_pixel_diff(u8, ref->data, ref->bytes);
            CHECK(d <= 1, "tiled decode: a pixel is %d levels off", d);
        }
    } else {
        CHECK(0, "tiled decode: %s", tm.env.message);
    }
    for (y = 0; y < px; y++)
        for (x = 0; x < px; x++)
            for (c = 0; c < 3; c++) img[((size_t)y * px + x) * 3 + c] = (float)((x * 7 + y * 13 + c * 50) % 256) / 255.0f * 2.0f - 1.0f;
    if (sd__vae_encode_image(tm.b, &vae, img, px, px, 1, moments) == SD_OK) {
        float *ref_mean = sd_test_golden_f32(t, &tm.env, &golden, "tiled.enc_mean", NULL);
        float *ref_std = sd_test_golden_f32(t, &tm.env, &golden, "tiled.enc_std", NULL);
        for (c = 0; c < 4; c++)
            for (i = 0; i < side * side; i++) {
                float lv = moments[(size_t)i * 8 + 4 + c];
                mean[c * side * side + i] = moments[(size_t)i * 8 + c];
                lv = lv < -30.0f ? -30.0f : (lv > 20.0f ? 20.0f : lv);
                stdv[c * side * side + i] = expf(0.5f * lv);
            }
        if (ref_mean && ref_std) {
            double em = sd_test_rel_err(mean, ref_mean, (size_t)4 * side * side), es = sd_test_rel_err(stdv, ref_std, (size_t)4 * side * side);
            CHECK(em <= 1e-4 && es <= 1e-4, "tiled encode: mean rel err %.3g, std %.3g", em, es);
        }
        sd__free(&tm.env, ref_mean);
        sd__free(&tm.env, ref_std);
    } else {
        CHECK(0, "tiled encode: %s", tm.env.message);
    }
    sd__vae_free(tm.b, &vae);
    sd__st_close(&tm.env, &golden);
    sd_golden_model_close(t, &tm);
    free(z); free(z_nhwc); free(rgb); free(img); free(moments); free(mean); free(stdv); free(u8);
}
static void test_models_text_encoder_golden(sd_tester *t) { sd_models_text_encoder_check(t, SD_BACKEND_CPU, SD_PRECISION_FP32, 1e-4); }
static void test_models_unet_golden(sd_tester *t) { sd_models_unet_check(t, SD_BACKEND_CPU, SD_PRECISION_FP32, 1e-4); }
static void test_models_vae_golden(sd_tester *t) { sd_models_vae_check(t, SD_BACKEND_CPU, SD_PRECISION_FP32, 1e-4); }

/* The CPU's 16-bit precisions on the goldens. fp16 keeps weights in IEEE half: the tiny models'
   files hold half already, so it must match fp32 (weights a float32 file holds are rounded: see
   test_ops_half_weights). bf16 rounds weights and activations to 8 bits of mantissa before every
   conv and linear product; norms, softmax and sums stay float. Measured max|diff|/max|ref|:
   text encoder 0.5-0.7%, UNet 1.1-1.6%, VAE 0.7-1.2%; the tolerance is 3%. */
static void test_models_cpu_fp16_golden(sd_tester *t) {
    sd_models_text_encoder_check(t, SD_BACKEND_CPU, SD_PRECISION_FP16, 1e-4);
    sd_models_unet_check(t, SD_BACKEND_CPU, SD_PRECISION_FP16, 1e-4);
    sd_models_vae_check(t, SD_BACKEND_CPU, SD_PRECISION_FP16, 1e-4);
}

static void test_models_cpu_bf16_golden(sd_tester *t) {
    sd_models_text_encoder_check(t, SD_BACKEND_CPU, SD_PRECISION_BF16, 3e-2);
    sd_models_unet_check(t, SD_BACKEND_CPU, SD_PRECISION_BF16, 3e-2);
    sd_models_vae_check(t, SD_BACKEND_CPU, SD_PRECISION_BF16, 3e-2);
}

static void tests_models(sd_tester *t) {
    RUN(t, test_models_text_encoder_golden);
    RUN(t, test_models_unet_golden);
    RUN(t, test_models_vae_golden);
    RUN(t, test_models_cpu_fp16_golden);
    RUN(t, test_models_cpu_bf16_golden);
    RUN(t, test_models_vae_tiling_golden);
}
