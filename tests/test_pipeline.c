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
    int steps, seeded;
} sd_golden_run;

/* Reads the runs listed in pipeline.json (at most max). */
static int sd_golden_runs(sd_tester *t, sd_golden_run *runs, int max, char *prompt, size_t prompt_size) {
    sd__env env = sd_test_env();
    sd__json_doc doc;
    const sd__json *r;
    char *text = NULL;
    int n = 0, ok = 1;
    if (sd__read_file(&env, TEST_DATA "/pipeline.json", 1 << 20, &text, NULL) != SD_OK ||
        sd__json_parse(&env, text, strlen(text), &doc) != SD_OK) {
        sd_test_fail_at(t, __FILE__, __LINE__, "pipeline.json: %s", env.message);
        sd__free(&env, text);
        return 0;
    }
    snprintf(prompt, prompt_size, "%s", sd__json_get_string(doc.nodes, "prompt", &ok));
    for (r = sd__json_get(doc.nodes, "runs")->child; r && n < max; r = r->next, n++) {
        long long steps = 0;
        snprintf(runs[n].key, sizeof runs[n].key, "%s", sd__json_get_string(r, "key", &ok));
        sd_sampler_from_string(sd__json_get_string(r, "scheduler", &ok), &runs[n].sampler);
        sd__json_get_int(r, "steps", 0, &steps);
        runs[n].steps = (int)steps;
        runs[n].seeded = strcmp(sd__json_get_string(r, "mode", &ok), "seed") == 0;
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

static void test_pipeline_golden_runs(sd_tester *t) {
    sd_golden_run runs[32];
    char prompt[512];
    sd__env env = sd_test_env();
    sd__st_file golden;
    int n = sd_golden_runs(t, runs, 32, prompt, sizeof prompt), layout, i;
    float *latents_in;
    REQUIRE(n == 14, "pipeline.json lists %d runs", n);
    REQUIRE(sd_test_open_golden(t, &env, &golden), "golden");
    latents_in = sd_test_golden_f32(t, &env, &golden, "pipe.latents_in", NULL);
    for (layout = 0; layout < 2 && latents_in; layout++) {
        sd_desc desc;
        sd_ctx *ctx = NULL;
        memset(&desc, 0, sizeof desc);
        desc.model_path = sd_golden_layouts[layout];
        desc.backend = SD_BACKEND_CPU;
        desc.threads = 2;
        if (sd_create(&desc, &ctx) != SD_OK) {
            CHECK(0, "%s: %s", desc.model_path, sd_last_error(ctx));
            sd_destroy(ctx);
            continue;
        }
        for (i = 0; i < n; i++) {
            sd_params p;
            sd_image img;
            float latents[256];
            char name[160];
            size_t count = 0;
            float *ref;
            const sd__st_tensor *ref_u8;
            memset(&p, 0, sizeof p);
            p.prompt = prompt;
            p.negative_prompt = "blurry";
            p.width = p.height = 64;
            p.guidance = 7.5f;
            p.steps = runs[i].steps;
            p.sampler = runs[i].sampler;
            p.seed = 42;
            p.latents = runs[i].seeded ? NULL : latents_in;
            p.latents_out = latents;
            if (sd_txt2img(ctx, &p, &img) != SD_OK) {
                CHECK(0, "%s %s: %s", desc.model_path, runs[i].key, sd_last_error(ctx));
                continue;
            }
            snprintf(name, sizeof name, "%.96s.latents", runs[i].key);
            ref = sd_test_golden_f32(t, &env, &golden, name, &count);
            if (ref && count == 256) {
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
}

/* `sd` writes the golden seed-42 images from the command line. */
static void test_pipeline_cli_writes_golden_images(sd_tester *t) {
    sd_golden_run runs[32];
    char prompt[512];
    sd__env env = sd_test_env();
    sd__st_file golden;
    int n = sd_golden_runs(t, runs, 32, prompt, sizeof prompt), i;
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
                 sd_golden_layouts[i % 2], prompt, runs[i].steps, sd_sampler_name(runs[i].sampler), png);
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
    RUN(t, test_pipeline_cli_writes_golden_images);
}
