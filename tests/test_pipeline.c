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
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

typedef struct sd_golden_run {
    char key[96];
    sd_sampler sampler;
    int steps, seeded, img2img;
    float strength;
} sd_golden_run;

/* Reads the runs a golden suite lists (pipeline.json's format; at most max). */
static int sd_golden_runs(sd_tester *t, const char *json_path, sd_golden_run *runs, int max, char *prompt, size_t prompt_size) {
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
    for (r = sd__json_get(doc.nodes, "runs")->child; r && n < max; r = r->next, n++) {
        long long steps = 0;
        double strength = 0;
        const char *pipeline = sd__json_get_string(r, "pipeline", &ok);
        snprintf(runs[n].key, sizeof runs[n].key, "%s", sd__json_get_string(r, "key", &ok));
        sd_sampler_from_string(sd__json_get_string(r, "scheduler", &ok), &runs[n].sampler);
        sd__json_get_int(r, "steps", 0, &steps);
        sd__json_get_number(r, "strength", 0, &strength);
        runs[n].steps = (int)steps;
        runs[n].strength = (float)strength;
        runs[n].seeded = strcmp(sd__json_get_string(r, "mode", &ok), "seed") == 0;
        runs[n].img2img = pipeline && strcmp(pipeline, "img2img") == 0;
    }
    sd__json_free(&env, &doc);
    sd__free(&env, text);
    return n;
}

/* Worst |got - ref| over u8 pixels. */
static int sd_test_max_pixel_diff(const unsigned char *got, const unsigned char *ref, size_t n) {
    int worst = 0;
    size_t i;
    for (i = 0; i < n; i++) {
        int d = abs((int)got[i] - (int)ref[i]);
        if (d > worst) worst = d;
    }
    return worst;
}

/* Runs every entry of a golden suite through the API on each model path and compares the final
   latents (max|diff|/max|ref| <= 1e-3) and every u8 pixel (within 2 levels) with diffusers'. */
static void sd_golden_suite(sd_tester *t, const char *json_path, const char *golden_path, const char *const *models,
                            int model_count, int expected_runs) {
    sd_golden_run runs[32];
    char prompt[512];
    sd__env env = sd_test_env();
    sd__st_file golden;
    int n = sd_golden_runs(t, json_path, runs, 32, prompt, sizeof prompt), m, i;
    float *latents_in = NULL;
    const sd__st_tensor *init_u8;
    REQUIRE(n == expected_runs, "%s lists %d runs, expected %d", json_path, n, expected_runs);
    REQUIRE(sd_test_open_golden_file(t, &env, golden_path, &golden), "golden");
    if (sd__st_find(&golden, "pipe.latents_in")) latents_in = sd_test_golden_f32(t, &env, &golden, "pipe.latents_in", NULL);
    init_u8 = sd__st_find(&golden, "img2img.init_u8");
    for (m = 0; m < model_count; m++) {
        sd_desc desc;
        sd_ctx *ctx = NULL;
        memset(&desc, 0, sizeof desc);
        desc.model_path = models[m];
        desc.backend = SD_BACKEND_CPU;
        desc.threads = 2;
        if (sd_create(&desc, &ctx) != SD_OK) {
            CHECK(0, "%s: %s", desc.model_path, sd_last_error(ctx));
            sd_destroy(ctx);
            continue;
        }
        for (i = 0; i < n; i++) {
            sd_params p;
            sd_image img, init;
            float latents[4 * 8 * 8];
            char name[160];
            size_t count = 0;
            float *ref;
            const sd__st_tensor *ref_u8;
            sd_result r;
            memset(&p, 0, sizeof p);
            p.prompt = prompt;
            p.negative_prompt = "blurry";
            p.guidance = 7.5f;
            p.steps = runs[i].steps;
            p.sampler = runs[i].sampler;
            p.seed = 42;
            p.latents = runs[i].seeded ? NULL : latents_in;
            p.latents_out = latents;
            if (runs[i].img2img) {
                REQUIRE(init_u8 && init_u8->bytes == (size_t)64 * 64 * 3, "img2img.init_u8 is missing");
                init.width = init.height = 64;
                init.pixels = (unsigned char *)init_u8->data;
                p.strength = runs[i].strength;
                r = sd_img2img(ctx, &p, &init, &img);
            } else {
                p.width = p.height = 64;
                r = sd_txt2img(ctx, &p, &img);
            }
            if (r != SD_OK) {
                CHECK(0, "%s %s: %s", desc.model_path, runs[i].key, sd_last_error(ctx));
                continue;
            }
            snprintf(name, sizeof name, "%.96s.latents", runs[i].key);
            ref = sd_test_golden_f32(t, &env, &golden, name, &count);
            if (ref && count == SD__COUNT(latents)) {
                double err = sd_test_rel_err(latents, ref, count);
                CHECK(err <= 1e-3, "%s %s: latents rel err %.3g", desc.model_path, runs[i].key, err);
            }
            sd__free(&env, ref);
            snprintf(name, sizeof name, "%.96s.image_u8", runs[i].key);
            ref_u8 = sd__st_find(&golden, name);
            if (ref_u8 && ref_u8->bytes == (size_t)64 * 64 * 3) {
                int d = sd_test_max_pixel_diff(img.pixels, ref_u8->data, ref_u8->bytes);
                CHECK(d <= 2, "%s %s: a pixel is %d levels off", desc.model_path, runs[i].key, d);
            } else {
                CHECK(0, "golden %s missing", name);
            }
            sd_image_free(ctx, &img);
        }
        sd_destroy(ctx);
    }
    sd__free(&env, latents_in);
    sd__st_close(&env, &golden);
    CHECK(env.host_bytes == 0, "test leaked");
}

static const char *const sd_sd1_layouts[2] = {TEST_DATA "/tiny-sd.safetensors", TEST_DATA "/tiny-sd"};

static void test_pipeline_golden_runs(sd_tester *t) {
    sd_golden_suite(t, TEST_DATA "/pipeline.json", TEST_DATA "/golden.safetensors", sd_sd1_layouts, 2, 14);
}

static void test_pipeline_img2img_golden_runs(sd_tester *t) {
    sd_golden_suite(t, TEST_DATA "/tiny-sd-img2img.json", TEST_DATA "/tiny-sd-img2img.safetensors", sd_sd1_layouts, 2, 2);
}

/* SD 2.x: linear projections, per-level heads, v-prediction, gelu text encoder, "!" padding. */
static void test_pipeline_sd2_golden_runs(sd_tester *t) {
    static const char *const sd2[1] = {TEST_DATA "/tiny-sd2"};
    sd_golden_suite(t, TEST_DATA "/tiny-sd2-pipeline.json", TEST_DATA "/tiny-sd2-golden.safetensors", sd2, 1, 10);
}

/* `sd` writes the golden seed-42 images from the command line. */
static void test_pipeline_cli_writes_golden_images(sd_tester *t) {
    sd_golden_run runs[32];
    char prompt[512];
    sd__env env = sd_test_env();
    sd__st_file golden;
    int n = sd_golden_runs(t, TEST_DATA "/pipeline.json", runs, 32, prompt, sizeof prompt), i;
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
                 "./build/sd -m %s --backend cpu --precision fp32 -p '%s' -n blurry -W 64 -H 64 --steps %d --cfg 7.5 "
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

static void tests_pipeline(sd_tester *t) {
    RUN(t, test_pipeline_golden_runs);
    RUN(t, test_pipeline_img2img_golden_runs);
    RUN(t, test_pipeline_sd2_golden_runs);
    RUN(t, test_pipeline_cli_writes_golden_images);
}
