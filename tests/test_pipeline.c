/* The whole pipeline against diffusers' runs (tests/data/pipeline.json): every sampler, with
   fixed latents and with seed 42, from both checkpoint layouts, through the API and the CLI. */
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wsign-compare"
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif
#define STB_IMAGE_IMPLEMENTATION
#include <stb_image.h>
#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb_image_write.h>
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

typedef struct sd_golden_run {
    char key[96];
    char init_key[64], mask_key[64]; /* the golden file's init image and mask ("" for none) */
    sd_sampler sampler;
    int steps, seeded;
    int width, height; /* the run's size (64 x 64 where the run names none) */
    float strength;
} sd_golden_run;

/* Reads the runs a golden suite lists (pipeline.json's format; at most max), its "vae" (a VAE in
   place of the model's, under tests/data; "" when none) and its "taesd" (the TAESD that decodes the
   final images; "" when none). */
static int sd_golden_runs(sd_tester *t, const char *json_path, sd_golden_run *runs, int max, char *prompt, size_t prompt_size,
                          char *vae, size_t vae_size, char *taesd, size_t taesd_size) {
    sd__env env = sd_test_env();
    sd__json_doc doc;
    const sd__json *r;
    char *text = NULL;
    int n = 0, ok = 1;
    if (sd__read_file(&env, json_path, 1 << 20, &text, NULL) != SD_OK || sd__json_parse(&env, text, strlen(text), &doc) != SD_OK) {
        sd_test_fail_at(t, __FILE__, __LINE__, "%s: %s", json_path, env.message);
        sd__free(&env, text);
        return 0;
    }
    snprintf(prompt, prompt_size, "%s", sd__json_get_string(doc.nodes, "prompt", &ok));
    snprintf(vae, vae_size, "%s", sd__json_get(doc.nodes, "vae") ? sd__json_get_string(doc.nodes, "vae", &ok) : "");
    snprintf(taesd, taesd_size, "%s", sd__json_get(doc.nodes, "taesd") ? sd__json_get_string(doc.nodes, "taesd", &ok) : "");
    for (r = sd__json_get(doc.nodes, "runs")->child; r && n < max; r = r->next, n++) {
        long long steps = 0, width = 64, height = 64;
        double strength = 0;
        const char *init = sd__json_get_string(r, "init_image", &ok), *mask = sd__json_get_string(r, "mask_image", &ok);
        snprintf(runs[n].init_key, sizeof runs[n].init_key, "%s", init ? init : "");
        snprintf(runs[n].mask_key, sizeof runs[n].mask_key, "%s", mask ? mask : "");
        snprintf(runs[n].key, sizeof runs[n].key, "%s", sd__json_get_string(r, "key", &ok));
        sd_sampler_from_string(sd__json_get_string(r, "scheduler", &ok), &runs[n].sampler);
        sd__json_get_int(r, "steps", 0, &steps);
        sd__json_get_int(r, "width", 64, &width);
        sd__json_get_int(r, "height", 64, &height);
        runs[n].width = (int)width;
        runs[n].height = (int)height;
        sd__json_get_number(r, "strength", 0, &strength);
        runs[n].steps = (int)steps;
        runs[n].strength = (float)strength;
        runs[n].seeded = strcmp(sd__json_get_string(r, "mode", &ok), "seed") == 0;
    }
    sd__json_free(&env, &doc);
    sd__free(&env, text);
    return n;
}


/* The backend a golden suite runs on and how close it must come. */
typedef struct sd_golden_backend {
    sd_backend backend;
    sd_precision precision;
    double latent_tol; /* max|diff|/max|ref| of the final latents */
    int pixel_tol;     /* levels any u8 pixel may be off */
} sd_golden_backend;
static const sd_golden_backend sd_golden_cpu = {SD_BACKEND_CPU, SD_PRECISION_DEFAULT, 1e-3, 2};

/* Runs every entry of a golden suite through the API on each model path and compares the final
   latents and every u8 pixel with diffusers'. */
static void sd_golden_suite(sd_tester *t, const char *json_path, const char *golden_path, const char *const *models,
                            int model_count, int expected_runs, const sd_golden_backend *gb) {
    sd_golden_run runs[32];
    char prompt[512], vae[128], vae_path[192], taesd[128], taesd_path[192];
    sd__env env = sd_test_env();
    sd__st_file golden;
    int n = sd_golden_runs(t, json_path, runs, 32, prompt, sizeof prompt, vae, sizeof vae, taesd, sizeof taesd), m, i;
    float *latents_in = NULL;
    REQUIRE(n == expected_runs, "%s lists %d runs, expected %d", json_path, n, expected_runs);
    REQUIRE(sd_test_open_golden_file(t, &env, golden_path, &golden), "golden");
    if (sd__st_find(&golden, "pipe.latents_in")) latents_in = sd_test_golden_f32(t, &env, &golden, "pipe.latents_in", NULL);
    for (m = 0; m < model_count; m++) {
        sd_desc desc;
        sd_ctx *ctx = NULL;
        memset(&desc, 0, sizeof desc);
        desc.model_path = models[m];
        snprintf(vae_path, sizeof vae_path, TEST_DATA "/%s", vae);
        desc.vae_path = vae[0] ? vae_path : NULL;
        snprintf(taesd_path, sizeof taesd_path, TEST_DATA "/%s", taesd);
        desc.taesd_path = taesd[0] ? taesd_path : NULL;
        desc.vae_tiny = taesd[0] ? SD_ON : SD_TOGGLE_DEFAULT;
        desc.backend = gb->backend;
        desc.precision = gb->precision;
        desc.threads = 2;
        if (sd_create(&desc, &ctx) != SD_OK) {
            CHECK(0, "%s: %s", desc.model_path, sd_last_error(ctx));
            sd_destroy(ctx);
            continue;
        }
        for (i = 0; i < n; i++) {
            const size_t pixels = (size_t)runs[i].width * (size_t)runs[i].height;
            sd_params p;
            sd_image img, init, mask;
            float *latents = (float *)calloc(pixels / 16, sizeof(float)); /* 4 channels at 1/8 of each side */
            char name[160];
            size_t count = 0;
            float *ref;
            const sd__st_tensor *ref_u8;
            sd_result r;
            memset(&p, 0, sizeof p);
            memset(&img, 0, sizeof img);
            p.prompt = prompt;
            p.negative_prompt = "blurry";
            p.guidance = 7.5f;
            p.steps = runs[i].steps;
            p.sampler = runs[i].sampler;
            p.seed = 42;
            p.latents = runs[i].seeded ? NULL : latents_in;
            p.latents_out = latents;
            p.width = runs[i].width;
            p.height = runs[i].height;
            if (runs[i].init_key[0]) {
                const sd__st_tensor *init_u8 = sd__st_find(&golden, runs[i].init_key);
                const sd__st_tensor *mask_u8 = runs[i].mask_key[0] ? sd__st_find(&golden, runs[i].mask_key) : NULL;
                REQUIRE(init_u8 && init_u8->rank == 4 && init_u8->shape[3] == 3, "%s is missing", runs[i].init_key);
                REQUIRE(!runs[i].mask_key[0] || (mask_u8 && mask_u8->rank == 4 && mask_u8->shape[3] == 3), "%s is missing",
                        runs[i].mask_key);
                init.width = (int)init_u8->shape[2];
                init.height = (int)init_u8->shape[1];
                init.pixels = (unsigned char *)init_u8->data;
                if (mask_u8) {
                    mask.width = (int)mask_u8->shape[2];
                    mask.height = (int)mask_u8->shape[1];
                    mask.pixels = (unsigned char *)mask_u8->data;
                }
                p.mask = mask_u8 ? &mask : NULL;
                p.strength = runs[i].strength;
                r = sd_img2img(ctx, &p, &init, &img);
            } else {
                r = sd_txt2img(ctx, &p, &img);
            }
            if (r != SD_OK) {
                CHECK(0, "%s %s: %s", desc.model_path, runs[i].key, sd_last_error(ctx));
                free(latents);
                continue;
            }
            snprintf(name, sizeof name, "%.96s.latents", runs[i].key);
            ref = sd_test_golden_f32(t, &env, &golden, name, &count);
            if (ref && count == pixels / 16) {
                double err = sd_test_rel_err(latents, ref, count);
                CHECK(err <= gb->latent_tol, "%s %s %s: latents rel err %.3g", sd_backend_name(ctx), desc.model_path,
                      runs[i].key, err);
            } else {
                CHECK(0, "golden %s missing or of another size", name);
            }
            sd__free(&env, ref);
            free(latents);
            snprintf(name, sizeof name, "%.96s.image_u8", runs[i].key);
            ref_u8 = sd__st_find(&golden, name);
            if (ref_u8 && ref_u8->bytes == pixels * 3 && img.width == runs[i].width && img.height == runs[i].height) {
                int d = sd_test_max_pixel_diff(img.pixels, ref_u8->data, ref_u8->bytes);
                CHECK(d <= gb->pixel_tol, "%s %s %s: a pixel is %d levels off", sd_backend_name(ctx), desc.model_path,
                      runs[i].key, d);
            } else {
                CHECK(0, "golden %s missing, or the image is %dx%d", name, img.width, img.height);
            }
            sd_image_free(ctx, &img);
        }
        sd_destroy(ctx);
    }
    sd__free(&env, latents_in);
    sd__st_close(&env, &golden);
    CHECK(env.host_bytes == 0, "test leaked");
}

static const char *const sd_sd1_layouts[2] = {TEST_DATA "/tiny-sd.safetensors", TINY_SD_FOLDER};

static void test_pipeline_golden_runs(sd_tester *t) {
    sd_golden_suite(t, TEST_DATA "/pipeline.json", TEST_DATA "/golden.safetensors", sd_sd1_layouts, 2, 14, &sd_golden_cpu);
}

static void test_pipeline_img2img_golden_runs(sd_tester *t) {
    sd_golden_suite(t, TEST_DATA "/tiny-sd-img2img.json", TEST_DATA "/tiny-sd-img2img.safetensors", sd_sd1_layouts, 2, 2,
                    &sd_golden_cpu);
}

/* The samplers of tools/gen/make_sampler_goldens.py: txt2img with each at 20 steps (Heun's 39
   UNet calls, the noise DPM++ 2M SDE and LCM draw at their steps), img2img with the ones whose
   first step differs (Heun's order 2, the stochastic ones, UniPC's warm-up). */
static void test_pipeline_new_samplers_golden_runs(sd_tester *t) {
    sd_golden_suite(t, TEST_DATA "/tiny-sd-samplers.json", TEST_DATA "/samplers.safetensors", sd_sd1_layouts, 1, 12, &sd_golden_cpu);
}

/* SD 2.x: linear projections, per-level heads, v-prediction, gelu text encoder, "!" padding. */
/* diffusers' StableDiffusionInpaintPipeline: an inpainting model (9 input channels) on
   tiny-sd2-inpaint, and an ordinary one (its legacy mode) on both SD 1.x layouts. */
static void test_pipeline_inpaint_golden_runs(sd_tester *t) {
    static const char *const inpaint[1] = {TEST_DATA "/tiny-sd2-inpaint"};
    sd_golden_suite(t, TEST_DATA "/tiny-sd2-inpaint.json", TEST_DATA "/tiny-inpaint.safetensors", inpaint, 1, 3, &sd_golden_cpu);
    sd_golden_suite(t, TEST_DATA "/tiny-sd-inpaint-legacy.json", TEST_DATA "/tiny-inpaint.safetensors", sd_sd1_layouts, 2, 3,
                    &sd_golden_cpu);
}

/* An init image and a mask of other sizes than the run's, fitted as diffusers does: img2img from
   100x60 (the run is 96x56, its sides rounded down) and inpainting at 64x64 from a 100x60 init
   image and a 50x30 mask. */
static void test_pipeline_resized_input_golden_runs(sd_tester *t) {
    static const char *const inpaint[1] = {TEST_DATA "/tiny-sd2-inpaint"};
    sd_golden_suite(t, TEST_DATA "/tiny-sd-img2img-resize.json", TEST_DATA "/tiny-resize.safetensors", sd_sd1_layouts, 1, 1,
                    &sd_golden_cpu);
    sd_golden_suite(t, TEST_DATA "/tiny-sd2-inpaint-resize.json", TEST_DATA "/tiny-resize.safetensors", inpaint, 1, 1,
                    &sd_golden_cpu);
}

/* Every resize mode gives PIL's pixels exactly (diffusers' VaeImageProcessor.resize), shrinking
   and enlarging, wide and tall sources, the bands of "fill" included. */
static void test_pipeline_resize_matches_pil(sd_tester *t) {
    static const struct { const char *name; sd_resize mode; } modes[] = {
        {"default", SD_RESIZE_STRETCH}, {"crop", SD_RESIZE_CROP}, {"fill", SD_RESIZE_FILL}};
    sd__env env = sd_test_env();
    sd__st_file golden;
    size_t k, m, checked = 0;
    REQUIRE(sd_test_open_golden_file(t, &env, TEST_DATA "/tiny-resize.safetensors", &golden), "golden");
    for (k = 0; k < golden.count; k++) {
        const sd__st_tensor *ref = &golden.tensors[k];
        char source[64];
        const sd__st_tensor *src;
        sd_image in;
        unsigned char *out = NULL;
        const char *mode_name;
        if (strncmp(ref->name, "resize.", 7) != 0 || strstr(ref->name, "_u8")) continue;
        snprintf(source, sizeof source, "resize.%.*s_u8", (int)strcspn(ref->name + 7, "."), ref->name + 7);
        mode_name = ref->name + 7 + strcspn(ref->name + 7, ".") + 1;
        src = sd__st_find(&golden, source);
        REQUIRE(src && ref->rank == 4, "%s: no source %s", ref->name, source);
        in.width = (int)src->shape[2];
        in.height = (int)src->shape[1];
        in.pixels = (unsigned char *)src->data;
        for (m = 0; m < SD__COUNT(modes); m++) {
            const size_t len = strlen(modes[m].name);
            if (strncmp(mode_name, modes[m].name, len) != 0 || mode_name[len] != '.') continue;
            if (sd__resize_image(&env, &in, modes[m].mode, (int)ref->shape[2], (int)ref->shape[1], &out) != SD_OK) {
                CHECK(0, "%s: %s", ref->name, env.message);
                continue;
            }
            CHECK(sd_test_max_pixel_diff(out, ref->data, ref->bytes) == 0, "%s: a pixel is %d levels off PIL's", ref->name,
                  sd_test_max_pixel_diff(out, ref->data, ref->bytes));
            sd__free(&env, out);
            checked++;
        }
    }
    CHECK(checked == 24, "%lu resizes checked", (unsigned long)checked);
    sd__st_close(&env, &golden);
    CHECK(env.host_bytes == 0, "test leaked");
}

/* A VAE of its own in place of tiny-sd2's, as a diffusers folder and as an original-layout single
   file with a sidecar: txt2img (the decoder) and img2img (the encoder too) against diffusers. */
static void test_pipeline_separate_vae_golden_runs(sd_tester *t) {
    static const char *const sd2[1] = {TEST_DATA "/tiny-sd2"};
    sd_golden_suite(t, TEST_DATA "/tiny-sd2-vae.json", TEST_DATA "/tiny-vae.safetensors", sd2, 1, 2, &sd_golden_cpu);
    sd_golden_suite(t, TEST_DATA "/tiny-sd2-vae-ldm.json", TEST_DATA "/tiny-vae.safetensors", sd2, 1, 2, &sd_golden_cpu);
}

/* TAESD as the final decoder (sd_desc.vae_tiny) against diffusers' pipeline with AutoencoderTiny
   as its VAE, on both SD 1.x layouts. */
static void test_pipeline_vae_tiny_golden_runs(sd_tester *t) {
    sd_golden_suite(t, TEST_DATA "/tiny-sd-vae-tiny.json", TEST_DATA "/tiny-taesd.safetensors", sd_sd1_layouts, 2, 1, &sd_golden_cpu);
}

/* What a preview callback saw. */
typedef struct sd_test_previews {
    int calls, steps[8], width, height, has_images, cancel_at;
    float last_latents[4 * 8 * 8];
    unsigned char last_image[64 * 64 * 3];
} sd_test_previews;

static int sd_test_on_preview(void *user, const sd_preview *pv) {
    sd_test_previews *seen = (sd_test_previews *)user;
    if (seen->calls < 8) seen->steps[seen->calls] = pv->step;
    seen->calls++;
    seen->has_images = pv->images != NULL;
    if (pv->batch == 1 && pv->channels * pv->height * pv->width == 4 * 8 * 8)
        memcpy(seen->last_latents, pv->latents, sizeof seen->last_latents);
    if (pv->images) {
        seen->width = pv->images[0].width;
        seen->height = pv->images[0].height;
        if ((size_t)seen->width * seen->height * 3 <= sizeof seen->last_image)
            memcpy(seen->last_image, pv->images[0].pixels, (size_t)seen->width * seen->height * 3);
    }
    return seen->cancel_at && pv->step >= seen->cancel_at;
}

/* Previews: after every preview_every-th step and the last, with the latents (the last ones are
   latents_out) and an image: the linear approximation at the latents' size without TAESD (its
   pixels checked against A1111's coefficients here), TAESD's decode at the full size with it
   (taesd_decoder.safetensors' names; its decode of fixed latents against diffusers). A preview
   callback can cancel. */
static void test_pipeline_previews(sd_tester *t) {
    static const float coefs[4][3] = {
        {0.298f, 0.207f, 0.208f}, {0.187f, 0.286f, 0.173f}, {-0.158f, 0.189f, 0.264f}, {-0.184f, -0.271f, -0.473f}};
    sd__env env = sd_test_env();
    sd__st_file golden;
    sd_ctx *ctx = NULL;
    sd_desc desc;
    sd_params p;
    sd_image img;
    sd_test_previews seen;
    float latents_out[4 * 8 * 8], *ref_latents, nhwc[4 * 8 * 8], rgb[64 * 64 * 3];
    unsigned char u8[64 * 64 * 3];
    const sd__st_tensor *ref_image;
    int pass, k, c, l, wrong = 0;
    for (pass = 0; pass < 2; pass++) {
        memset(&desc, 0, sizeof desc);
        desc.model_path = TINY_SD_FOLDER;
        desc.threads = 2;
        desc.taesd_path = pass ? TEST_DATA "/tiny-taesd-decoder.safetensors" : NULL;
        REQUIRE(sd_create(&desc, &ctx) == SD_OK, "%s", sd_last_error(ctx));
        memset(&p, 0, sizeof p);
        memset(&seen, 0, sizeof seen);
        p.prompt = "a cat";
        p.steps = 5;
        p.sampler = SD_SAMPLER_EULER;
        p.seed = 8;
        p.preview = sd_test_on_preview;
        p.preview_user_data = &seen;
        p.preview_every = 2;
        p.latents_out = latents_out;
        CHECK(sd_txt2img(ctx, &p, &img) == SD_OK, "run: %s", sd_last_error(ctx));
        sd_image_free(ctx, &img);
        CHECK(seen.calls == 3 && seen.steps[0] == 2 && seen.steps[1] == 4 && seen.steps[2] == 5, "%d previews, at %d %d %d",
              seen.calls, seen.steps[0], seen.steps[1], seen.steps[2]);
        CHECK(memcmp(seen.last_latents, latents_out, sizeof latents_out) == 0, "the last preview's latents are not latents_out");
        CHECK(seen.has_images && seen.width == (pass ? 64 : 8) && seen.height == seen.width, "preview %dx%d", seen.width, seen.height);
        if (!pass) { /* Euler's last input scale is 1: the final latents, mapped by the coefficients */
            for (k = 0; k < 64; k++)
                for (c = 0; c < 3; c++) {
                    float v = 0.0f;
                    for (l = 0; l < 4; l++) v += latents_out[l * 64 + k] * coefs[l][c];
                    wrong += seen.last_image[k * 3 + c] != sd__to_u8(v);
                }
            CHECK(wrong == 0, "%d approximate preview values differ", wrong);
        } else { /* the original file's decoder against diffusers' AutoencoderTiny */
            REQUIRE(sd_test_open_golden_file(t, &env, TEST_DATA "/tiny-taesd.safetensors", &golden), "golden");
            ref_latents = sd_test_golden_f32(t, &env, &golden, "taesd.latents", NULL);
            ref_image = sd__st_find(&golden, "taesd.decode.image_u8");
            if (ref_latents && ref_image) {
                sd__nchw_to_nhwc(ref_latents, nhwc, 1, 4, 8, 8);
                CHECK(sd__taesd_decode_latents(ctx->backend, ctx->taesd, nhwc, 1, 8, 8, 4, rgb) == SD_OK, "decode: %s", sd_last_error(ctx));
                for (k = 0; k < 64 * 64 * 3; k++) u8[k] = sd__to_u8(rgb[k]);
                CHECK(sd_test_max_pixel_diff(u8, ref_image->data, ref_image->bytes) <= 2, "TAESD decode: a pixel is %d levels off",
                      sd_test_max_pixel_diff(u8, ref_image->data, ref_image->bytes));
            }
            sd__free(&env, ref_latents);
            sd__st_close(&env, &golden);
            seen.calls = 0;
            seen.cancel_at = 2;
            CHECK(sd_txt2img(ctx, &p, &img) == SD_ERR_CANCELLED && strstr(sd_last_error(ctx), "cancelled by the preview callback after step 2") &&
                      !img.pixels,
                  "cancel: %s", sd_last_error(ctx));
            p.preview_every = -1;
            CHECK(sd_txt2img(ctx, &p, &img) == SD_ERR_INVALID_ARGUMENT && strstr(sd_last_error(ctx), "preview_every"), "-1: %s",
                  sd_last_error(ctx));
        }
        sd_destroy(ctx);
        ctx = NULL;
    }
    CHECK(env.host_bytes == 0, "test leaked");
}

static void test_pipeline_sd2_golden_runs(sd_tester *t) {
    static const char *const sd2[1] = {TEST_DATA "/tiny-sd2"};
    sd_golden_suite(t, TEST_DATA "/tiny-sd2-pipeline.json", TEST_DATA "/tiny-sd2-golden.safetensors", sd2, 1, 10, &sd_golden_cpu);
}

/* `sd` writes the golden seed-42 images from the command line. */
static void test_pipeline_cli_writes_golden_images(sd_tester *t) {
    sd_golden_run runs[32];
    char prompt[512], vae[8], taesd[8];
    sd__env env = sd_test_env();
    sd__st_file golden;
    int n = sd_golden_runs(t, TEST_DATA "/pipeline.json", runs, 32, prompt, sizeof prompt, vae, sizeof vae, taesd, sizeof taesd), i;
    REQUIRE(n == 14, "pipeline.json lists %d runs", n);
    REQUIRE(sd_test_open_golden(t, &env, &golden), "golden");
    for (i = 0; i < n; i++) {
        char cmd[1024], out[4096], png[256], name[160];
        const sd__st_tensor *ref;
        unsigned char *pixels;
        int w = 0, h = 0, comp = 0, rc;
        if (!runs[i].seeded) continue;
        sd_test_tmp(png, sizeof png, "cli.png");
        snprintf(cmd, sizeof cmd,
                 "./" SD_TEST_BUILD "/sd -m %s --backend cpu --precision fp32 -p '%s' -n blurry -W 64 -H 64 --steps %d --cfg 7.5 "
                 "--seed 42 --sampler %s -o %s",
                 sd_sd1_layouts[i % 2], prompt, runs[i].steps, sd_sampler_name(runs[i].sampler), png);
        rc = sd_test_run_command(cmd, out, sizeof out);
        CHECK(rc == 0, "%s exited %d:\n%s", cmd, rc, out);
        pixels = stbi_load(png, &w, &h, &comp, 3);
        snprintf(name, sizeof name, "%.96s.image_u8", runs[i].key);
        ref = sd__st_find(&golden, name);
        if (pixels && w == 64 && h == 64 && ref && ref->bytes == (size_t)w * h * 3) {
            int d = sd_test_max_pixel_diff(pixels, ref->data, ref->bytes);
            CHECK(d <= 2, "%s: a pixel is %d levels off", cmd, d);
        } else {
            CHECK(0, "%s: no 64x64 PNG", cmd);
        }
        stbi_image_free(pixels);
        remove(png);
    }
    sd__st_close(&env, &golden);
}

/* `sd --init-img --mask` gives diffusers' inpainting image, from PNGs of the golden's init image
   and colour mask. */
static void test_pipeline_cli_inpaints(sd_tester *t) {
    sd__env env = sd_test_env();
    sd__st_file golden;
    const sd__st_tensor *init, *mask, *ref;
    char cmd[1536], out[4096], init_png[256], mask_png[256], png[256];
    unsigned char *pixels;
    int w = 0, h = 0, comp = 0, rc;
    REQUIRE(sd_test_open_golden_file(t, &env, TEST_DATA "/tiny-inpaint.safetensors", &golden), "golden");
    init = sd__st_find(&golden, "inpaint.init_u8");
    mask = sd__st_find(&golden, "inpaint.mask_u8");
    ref = sd__st_find(&golden, "inpaint.euler_a.20.s100.image_u8");
    if (!init || !mask || !ref) {
        sd__st_close(&env, &golden);
        REQUIRE(0, "inpainting goldens missing");
    }
    sd_test_tmp(init_png, sizeof init_png, "inpaint_init.png");
    sd_test_tmp(mask_png, sizeof mask_png, "inpaint_mask.png");
    sd_test_tmp(png, sizeof png, "inpaint_out.png");
    CHECK(stbi_write_png(init_png, 64, 64, 3, init->data, 64 * 3) && stbi_write_png(mask_png, 64, 64, 3, mask->data, 64 * 3),
          "PNGs written");
    snprintf(cmd, sizeof cmd,
             "./" SD_TEST_BUILD "/sd -m " TEST_DATA "/tiny-sd2-inpaint --backend cpu -p 'a photo of an astronaut riding a horse "
             "on mars' -n blurry --steps 20 --cfg 7.5 --seed 42 --sampler euler_a --init-img %s --mask %s -o %s",
             init_png, mask_png, png);
    rc = sd_test_run_command(cmd, out, sizeof out);
    CHECK(rc == 0, "%s exited %d:\n%s", cmd, rc, out);
    pixels = stbi_load(png, &w, &h, &comp, 3);
    if (pixels && w == 64 && h == 64) {
        int d = sd_test_max_pixel_diff(pixels, ref->data, ref->bytes);
        CHECK(d <= 2, "a pixel is %d levels off", d);
    } else {
        CHECK(0, "no 64x64 PNG:\n%s", out);
    }
    stbi_image_free(pixels);
    remove(init_png);
    remove(mask_png);
    remove(png);
    sd__st_close(&env, &golden);
}

/* The examples build (make) and run on the tiny model. */
static void test_pipeline_examples_run(sd_tester *t) {
    char cmd[1024], out[4096], a[256], b[256];
    unsigned char *pixels;
    int w = 0, h = 0, comp = 0, rc;
    sd_test_tmp(a, sizeof a, "example_txt2img.png");
    sd_test_tmp(b, sizeof b, "example_img2img.png");
    snprintf(cmd, sizeof cmd, "./" SD_TEST_BUILD "/txt2img %s 'a small cat' %s 7", TINY_SD_FOLDER, a);
    rc = sd_test_run_command(cmd, out, sizeof out);
    pixels = stbi_load(a, &w, &h, &comp, 3);
    CHECK(rc == 0 && pixels && w == 64 && h == 64, "txt2img example: exit %d, %dx%d\n%s", rc, w, h, out);
    stbi_image_free(pixels);
    snprintf(cmd, sizeof cmd, "./" SD_TEST_BUILD "/img2img %s %s 'a small dog' %s 0.5", TINY_SD_FOLDER, a, b);
    rc = sd_test_run_command(cmd, out, sizeof out);
    pixels = stbi_load(b, &w, &h, &comp, 3);
    CHECK(rc == 0 && pixels && w == 64 && h == 64, "img2img example: exit %d, %dx%d\n%s", rc, w, h, out);
    stbi_image_free(pixels);
    snprintf(cmd, sizeof cmd, "./" SD_TEST_BUILD "/progress %s 'a small cat' 3", TINY_SD_FOLDER);
    rc = sd_test_run_command(cmd, out, sizeof out);
    CHECK(rc == 0 && strstr(out, "step 3/") && strstr(out, "cancelled after step 3") && !strstr(out, "step 4/"),
          "progress example: exit %d\n%s", rc, out);
    remove(a);
    remove(b);
}

/* One tiny-model context for the bad-input tests below. */
static sd_ctx *sd_test_tiny_ctx(sd_tester *t) {
    sd_desc desc;
    sd_ctx *ctx = NULL;
    memset(&desc, 0, sizeof desc);
    desc.model_path = TINY_SD_FOLDER;
    desc.threads = 2;
    if (sd_create(&desc, &ctx) != SD_OK) {
        sd_test_fail_at(t, __FILE__, __LINE__, "tiny model: %s", sd_last_error(ctx));
        sd_destroy(ctx);
        return NULL;
    }
    return ctx;
}

static void test_pipeline_rejects_bad_params(sd_tester *t) {
    static const struct { int field; double value; const char *message; } bad[] = {
        {0, 63, "multiples of 8"}, {0, -8, "between 8 and"}, {0, SD_MAX_DIM + 8, "between 8 and"}, {1, 4, "between 8 and"},
        {2, -1, "steps must be"}, {2, SD_MAX_STEPS + 1, "steps must be"}, {3, -1, "batch must be"},
        {3, SD_MAX_BATCH + 1, "batch must be"}, {4, NAN, "guidance must be"}, {4, INFINITY, "guidance must be"},
        {5, 99, "unknown sampler"}, {6, 3, "clip_skip"}, {7, 9, "unknown rng"}};
    sd_ctx *ctx = sd_test_tiny_ctx(t);
    size_t i;
    if (!ctx) return;
    for (i = 0; i < SD__COUNT(bad); i++) {
        sd_params p;
        sd_image img;
        sd_result r;
        memset(&p, 0, sizeof p);
        memset(&img, 0, sizeof img);
        p.prompt = "a cat";
        p.steps = 1;
        switch (bad[i].field) {
        case 0: p.width = (int)bad[i].value; break;
        case 1: p.height = (int)bad[i].value; break;
        case 2: p.steps = (int)bad[i].value; break;
        case 3: p.batch = (int)bad[i].value; break;
        case 4: p.guidance = (float)bad[i].value; break;
        case 5: p.sampler = (sd_sampler)(int)bad[i].value; break;
        case 6: p.clip_skip = (int)bad[i].value; break;
        case 7: p.rng = (sd_rng)(int)bad[i].value; break;
        }
        r = sd_txt2img(ctx, &p, &img);
        CHECK(r == SD_ERR_INVALID_ARGUMENT && strstr(sd_last_error(ctx), bad[i].message),
              "case %lu: %d '%s', wanted '%s'", (unsigned long)i, (int)r, sd_last_error(ctx), bad[i].message);
        CHECK(img.pixels == NULL, "case %lu: an image came back", (unsigned long)i);
    }
    {
        sd_params p;
        sd_image img;
        memset(&p, 0, sizeof p);
        p.prompt = "a \xff\xfe cat";
        CHECK(sd_txt2img(ctx, &p, &img) == SD_ERR_INVALID_ARGUMENT && strstr(sd_last_error(ctx), "UTF-8"),
              "invalid UTF-8: %s", sd_last_error(ctx));
        CHECK(sd_txt2img(ctx, NULL, &img) == SD_ERR_INVALID_ARGUMENT, "NULL params");
        CHECK(sd_txt2img(ctx, &p, NULL) == SD_ERR_INVALID_ARGUMENT, "NULL images");
    }
    sd_destroy(ctx);
}

static void test_pipeline_img2img_bad_inputs(sd_tester *t) {
    static unsigned char pixels[64 * 64 * 3];
    sd_ctx *ctx = sd_test_tiny_ctx(t);
    sd_params p;
    sd_image init, img;
    if (!ctx) return;
    memset(&p, 0, sizeof p);
    memset(&img, 0, sizeof img);
    p.prompt = "a cat";
    p.steps = 2;
    init.width = 64;
    init.height = 64;
    init.pixels = pixels;
    p.strength = 1.5f;
    CHECK(sd_img2img(ctx, &p, &init, &img) == SD_ERR_INVALID_ARGUMENT && strstr(sd_last_error(ctx), "strength"), "strength 1.5: %s", sd_last_error(ctx));
    p.strength = -0.25f;
    CHECK(sd_img2img(ctx, &p, &init, &img) == SD_ERR_INVALID_ARGUMENT && strstr(sd_last_error(ctx), "strength"), "strength -0.25");
    p.strength = NAN;
    CHECK(sd_img2img(ctx, &p, &init, &img) == SD_ERR_INVALID_ARGUMENT, "strength NaN");
    /* a strength that leaves no step (int(2 * 1e-9) = 0 with DDIM) would return the init image's VAE
       round trip: refused, naming the smallest strength that runs */
    p.strength = 1e-9f;
    p.sampler = SD_SAMPLER_DDIM;
    CHECK(sd_img2img(ctx, &p, &init, &img) == SD_ERR_INVALID_ARGUMENT && strstr(sd_last_error(ctx), "leaves none of the 2 steps") &&
              strstr(sd_last_error(ctx), "at least 0.5") && !img.pixels,
          "strength 1e-9: %s", sd_last_error(ctx));
    p.sampler = SD_SAMPLER_DEFAULT;
    p.strength = 0.5f;
    p.width = 128;
    p.resize = SD_RESIZE_NONE; /* another size than asked for: refused in mode none, fitted otherwise */
    CHECK(sd_img2img(ctx, &p, &init, &img) == SD_ERR_INVALID_ARGUMENT && strstr(sd_last_error(ctx), "resize mode is none"),
          "size mismatch: %s", sd_last_error(ctx));
    p.width = 0;
    init.width = 60; /* not a multiple of 8: the run is 56 wide, or refused in mode none */
    CHECK(sd_img2img(ctx, &p, &init, &img) == SD_ERR_INVALID_ARGUMENT && strstr(sd_last_error(ctx), "multiples of 8"),
          "60 wide: %s", sd_last_error(ctx));
    p.resize = SD_RESIZE_DEFAULT;
    CHECK(sd_img2img(ctx, &p, &init, &img) == SD_OK && img.width == 56 && img.height == 64, "60 wide fitted: %s", sd_last_error(ctx));
    sd_image_free(ctx, &img);
    p.resize = SD_RESIZE_CROP;
    p.width = 128;
    CHECK(sd_img2img(ctx, &p, &init, &img) == SD_OK && img.width == 128 && img.height == 64, "cropped to 128x64: %s",
          sd_last_error(ctx));
    sd_image_free(ctx, &img);
    p.resize = SD_RESIZE_DEFAULT;
    p.width = 0;
    init.width = 64;
    init.pixels = NULL;
    CHECK(sd_img2img(ctx, &p, &init, &img) == SD_ERR_INVALID_ARGUMENT, "no pixels");
    CHECK(sd_img2img(ctx, &p, NULL, &img) == SD_ERR_INVALID_ARGUMENT, "no init image");
    init.pixels = pixels;
    CHECK(sd_img2img(ctx, &p, &init, &img) == SD_OK && img.width == 64, "the context still works: %s", sd_last_error(ctx));
    sd_image_free(ctx, &img);
    sd_destroy(ctx);
}

/* NaN in the latents is reported, and no image (black or otherwise) comes back. */
static void test_pipeline_nan_latents_are_reported(sd_tester *t) {
    sd_ctx *ctx = sd_test_tiny_ctx(t);
    float latents[4 * 8 * 8];
    sd_params p;
    sd_image img;
    size_t i;
    if (!ctx) return;
    for (i = 0; i < SD__COUNT(latents); i++) latents[i] = 0.1f;
    latents[17] = NAN;
    memset(&p, 0, sizeof p);
    memset(&img, 0, sizeof img);
    p.prompt = "a cat";
    p.steps = 3;
    p.latents = latents;
    CHECK(sd_txt2img(ctx, &p, &img) == SD_ERR_NUMERIC && strstr(sd_last_error(ctx), "NaN"), "got '%s'", sd_last_error(ctx));
    CHECK(img.pixels == NULL, "an image came back");
    sd_destroy(ctx);
}

typedef struct { int calls, cancel_at; } sd_test_progress;
static int sd_test_on_progress(void *user, int step, int steps, double elapsed) {
    sd_test_progress *p = (sd_test_progress *)user;
    (void)steps;
    (void)elapsed;
    p->calls++;
    return step >= p->cancel_at;
}

/* Cancelling (mid-run, before the first step, after the last) returns SD_ERR_CANCELLED, frees the
   run, and the context makes the next image. */
static void test_pipeline_cancel_then_reuse(sd_tester *t) {
    sd_ctx *ctx = sd_test_tiny_ctx(t);
    sd_test_progress prog = {0, 2};
    sd_image imgs[2];
    sd_params p;
    if (!ctx) return;
    memset(&p, 0, sizeof p);
    memset(imgs, 0, sizeof imgs);
    p.prompt = "a cat";
    p.steps = 5;
    p.sampler = SD_SAMPLER_DDIM; /* one UNet call per step (PNDM makes one more) */
    p.batch = 2;
    p.progress = sd_test_on_progress;
    p.progress_user_data = &prog;
    CHECK(sd_txt2img(ctx, &p, imgs) == SD_ERR_CANCELLED && prog.calls == 3, "cancel: %s after %d calls", sd_last_error(ctx), prog.calls);
    CHECK(imgs[0].pixels == NULL && imgs[1].pixels == NULL, "no images after a cancel");
    prog.calls = 0;
    prog.cancel_at = 0; /* before the first step */
    CHECK(sd_txt2img(ctx, &p, imgs) == SD_ERR_CANCELLED && prog.calls == 1 && !imgs[0].pixels, "cancel at 0: %s after %d calls",
          sd_last_error(ctx), prog.calls);
    prog.calls = 0;
    prog.cancel_at = 5; /* after the last step, before decoding */
    CHECK(sd_txt2img(ctx, &p, imgs) == SD_ERR_CANCELLED && prog.calls == 6 && !imgs[0].pixels &&
              strstr(sd_last_error(ctx), "after the last step"),
          "cancel at the end: %s after %d calls", sd_last_error(ctx), prog.calls);
    prog.calls = 0;
    prog.cancel_at = 1000;
    CHECK(sd_txt2img(ctx, &p, imgs) == SD_OK && prog.calls == 6, "reuse: %s (%d calls)", sd_last_error(ctx), prog.calls);
    CHECK(imgs[0].pixels && imgs[1].pixels && memcmp(imgs[0].pixels, imgs[1].pixels, 64 * 64 * 3) != 0,
          "two different images in the batch");
    sd_image_free(ctx, &imgs[0]);
    sd_image_free(ctx, &imgs[1]);
    sd_destroy(ctx);
}

/* Attention slicing and VAE slicing change how much memory a step needs, never the image. */
static void test_pipeline_memory_modes_give_the_same_image(sd_tester *t) {
    static const struct { int attention_slice; sd_toggle vae_slicing; const char *name; } modes[] = {
        {SD_SLICE_OFF, SD_OFF, "default"}, {SD_SLICE_AUTO, SD_OFF, "attention slicing auto"},
        {1, SD_OFF, "attention slicing 1"}, {SD_SLICE_OFF, SD_ON, "VAE slicing"}};
    unsigned char *reference = NULL;
    const size_t bytes = (size_t)64 * 64 * 3;
    size_t m;
    for (m = 0; m < SD__COUNT(modes); m++) {
        sd_desc desc;
        sd_ctx *ctx = NULL;
        sd_params p;
        sd_image imgs[2];
        memset(&desc, 0, sizeof desc);
        memset(&p, 0, sizeof p);
        memset(imgs, 0, sizeof imgs);
        desc.model_path = TINY_SD_FOLDER;
        desc.attention_slice = modes[m].attention_slice;
        desc.vae_slicing = modes[m].vae_slicing;
        p.prompt = "a photo of an astronaut riding a horse on mars";
        p.steps = 4;
        p.batch = 2;
        p.seed = 7;
        if (sd_create(&desc, &ctx) != SD_OK || sd_txt2img(ctx, &p, imgs) != SD_OK) {
            CHECK(0, "%s: %s", modes[m].name, sd_last_error(ctx));
        } else if (!reference) {
            reference = (unsigned char *)malloc(2 * bytes);
            if (reference) {
                memcpy(reference, imgs[0].pixels, bytes);
                memcpy(reference + bytes, imgs[1].pixels, bytes);
            }
        } else {
            CHECK(memcmp(reference, imgs[0].pixels, bytes) == 0 && memcmp(reference + bytes, imgs[1].pixels, bytes) == 0,
                  "%s gives another image than the default mode", modes[m].name);
        }
        sd_image_free(ctx, &imgs[0]);
        sd_image_free(ctx, &imgs[1]);
        sd_destroy(ctx);
    }
    free(reference);
}

/* With per-image seeds (A1111's batch), image i of a batch is the image of seed + i made alone,
   bit for bit, for txt2img with an ancestral sampler (noise at every step) and for img2img (the
   posterior sample and the added noise); with one generator (diffusers' batch) it is not. */
static void test_pipeline_per_image_seeds(sd_tester *t) {
    sd_ctx *ctx = sd_test_tiny_ctx(t);
    const size_t bytes = (size_t)64 * 64 * 3;
    sd_image batch[3], alone, init;
    sd_params p;
    int mode, i;
    if (!ctx) return;
    memset(&init, 0, sizeof init);
    for (mode = 0; mode < 2; mode++) { /* txt2img, then img2img from the first txt2img image */
        memset(&p, 0, sizeof p);
        memset(batch, 0, sizeof batch);
        p.prompt = "a cat";
        p.steps = 3;
        p.sampler = mode ? SD_SAMPLER_DDIM : SD_SAMPLER_EULER_A;
        p.seed = 10;
        p.batch = 3;
        p.per_image_seeds = 1;
        REQUIRE(mode ? sd_img2img(ctx, &p, &init, batch) == SD_OK : sd_txt2img(ctx, &p, batch) == SD_OK, "batch: %s",
                sd_last_error(ctx));
        for (i = 0; i < 3; i++) {
            sd_params one = p;
            memset(&alone, 0, sizeof alone);
            one.batch = 1;
            one.seed = p.seed + (uint64_t)i;
            REQUIRE(mode ? sd_img2img(ctx, &one, &init, &alone) == SD_OK : sd_txt2img(ctx, &one, &alone) == SD_OK, "alone: %s",
                    sd_last_error(ctx));
            CHECK(memcmp(alone.pixels, batch[i].pixels, bytes) == 0, "%s: image %d of the batch is not seed %d's image",
                  mode ? "img2img" : "txt2img", i, 10 + i);
            if (i == 1) { /* one generator for the batch: image 1 is not seed 11's */
                sd_image other[3];
                p.per_image_seeds = 0;
                memset(other, 0, sizeof other);
                CHECK((mode ? sd_img2img(ctx, &p, &init, other) : sd_txt2img(ctx, &p, other)) == SD_OK &&
                          memcmp(other[1].pixels, alone.pixels, bytes) != 0,
                      "%s: diffusers' batch", mode ? "img2img" : "txt2img");
                sd_image_free(ctx, &other[0]); sd_image_free(ctx, &other[1]); sd_image_free(ctx, &other[2]);
                p.per_image_seeds = 1;
            }
            sd_image_free(ctx, &alone);
        }
        if (!mode) {
            init = batch[0]; /* kept for img2img */
            batch[0].pixels = NULL;
        }
        for (i = 0; i < 3; i++) sd_image_free(ctx, &batch[i]);
    }
    sd_image_free(ctx, &init);
    sd_destroy(ctx);
}

static void tests_pipeline(sd_tester *t) {
    RUN(t, test_pipeline_per_image_seeds);
    RUN(t, test_pipeline_golden_runs);
    RUN(t, test_pipeline_img2img_golden_runs);
    RUN(t, test_pipeline_new_samplers_golden_runs);
    RUN(t, test_pipeline_sd2_golden_runs);
    RUN(t, test_pipeline_inpaint_golden_runs);
    RUN(t, test_pipeline_resize_matches_pil);
    RUN(t, test_pipeline_resized_input_golden_runs);
    RUN(t, test_pipeline_separate_vae_golden_runs);
    RUN(t, test_pipeline_vae_tiny_golden_runs);
    RUN(t, test_pipeline_previews);
    RUN(t, test_pipeline_cli_writes_golden_images);
    RUN(t, test_pipeline_cli_inpaints);
    RUN(t, test_pipeline_examples_run);
    RUN(t, test_pipeline_rejects_bad_params);
    RUN(t, test_pipeline_img2img_bad_inputs);
    RUN(t, test_pipeline_nan_latents_are_reported);
    RUN(t, test_pipeline_cancel_then_reuse);
    RUN(t, test_pipeline_memory_modes_give_the_same_image);
}
