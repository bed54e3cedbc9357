/* The weight store on the CPU backend: one block per model, model and sequential offload (the
   same logic as on CUDA, with memcpy as the copy), the load-time memory budget. */

/* A tiny-model context with the given offload mode and budget (and attention and VAE slicing);
   NULL with the error in *message (when given) on failure. */
static sd_ctx *sd_test_offload_ctx(sd_offload offload, size_t budget, int attention_slice, sd_toggle vae_slicing,
                                   sd_allocator *allocator, sd_result *result, char *message, size_t message_size) {
    sd_desc desc;
    sd_ctx *ctx = NULL;
    sd_result r;
    memset(&desc, 0, sizeof desc);
    desc.model_path = TINY_SD_FOLDER;
    desc.backend = SD_BACKEND_CPU;
    desc.threads = 2;
    desc.offload = offload;
    desc.vram_budget = budget;
    desc.attention_slice = attention_slice;
    desc.vae_slicing = vae_slicing;
    if (allocator) desc.allocator = *allocator;
    r = sd_create(&desc, &ctx);
    if (result) *result = r;
    if (message) snprintf(message, message_size, "%s", sd_last_error(ctx));
    if (r != SD_OK) {
        sd_destroy(ctx);
        return NULL;
    }
    return ctx;
}

/* The params of the equivalence runs: 2 images of 64x64, 3 steps. */
static void sd_test_offload_params(sd_params *p, float *latents_out) {
    memset(p, 0, sizeof *p);
    p->prompt = "a photo of an astronaut riding a horse on mars";
    p->negative_prompt = "blurry";
    p->steps = 3;
    p->batch = 2;
    p->seed = 11;
    p->width = p->height = 64;
    p->latents_out = latents_out;
}

#define SD_TEST_OFFLOAD_IMAGE ((size_t)64 * 64 * 3)
#define SD_TEST_OFFLOAD_LATENTS (2 * 4 * 8 * 8)

/* Every offload mode, with and without attention and VAE slicing, gives the default mode's
   latents and images bit for bit. */
static void test_offload_modes_give_the_same_image(sd_tester *t) {
    static const sd_offload modes[] = {SD_OFFLOAD_NONE, SD_OFFLOAD_MODEL, SD_OFFLOAD_SEQUENTIAL};
    static const int slices[] = {SD_SLICE_OFF, SD_SLICE_AUTO};
    unsigned char reference[2 * SD_TEST_OFFLOAD_IMAGE];
    float ref_latents[SD_TEST_OFFLOAD_LATENTS];
    size_t m, s;
    int have_reference = 0;
    for (s = 0; s < SD__COUNT(slices); s++)
        for (m = 0; m < SD__COUNT(modes); m++) {
            char message[1024];
            sd_ctx *ctx = sd_test_offload_ctx(modes[m], 0, slices[s], s ? SD_ON : SD_OFF, NULL, NULL, message, sizeof message);
            float latents[SD_TEST_OFFLOAD_LATENTS];
            sd_image imgs[2];
            sd_params p;
            memset(imgs, 0, sizeof imgs);
            sd_test_offload_params(&p, latents);
            if (!ctx || sd_txt2img(ctx, &p, imgs) != SD_OK) {
                CHECK(0, "offload %s, slice %d: %s", sd__offload_names[modes[m]], slices[s], ctx ? sd_last_error(ctx) : message);
            } else if (!have_reference) {
                memcpy(reference, imgs[0].pixels, SD_TEST_OFFLOAD_IMAGE);
                memcpy(reference + SD_TEST_OFFLOAD_IMAGE, imgs[1].pixels, SD_TEST_OFFLOAD_IMAGE);
                memcpy(ref_latents, latents, sizeof latents);
                have_reference = 1;
            } else {
                CHECK(memcmp(ref_latents, latents, sizeof latents) == 0, "offload %s, slice %d: other latents",
                      sd__offload_names[modes[m]], slices[s]);
                CHECK(memcmp(reference, imgs[0].pixels, SD_TEST_OFFLOAD_IMAGE) == 0 &&
                          memcmp(reference + SD_TEST_OFFLOAD_IMAGE, imgs[1].pixels, SD_TEST_OFFLOAD_IMAGE) == 0,
                      "offload %s, slice %d: another image than the default mode's", sd__offload_names[modes[m]], slices[s]);
            }
            if (ctx) {
                sd_image_free(ctx, &imgs[0]);
                sd_image_free(ctx, &imgs[1]);
            }
            sd_destroy(ctx);
        }
}

/* A 64x64 RGB test pattern for img2img. */
static void sd_test_offload_pattern(unsigned char *pixels) {
    size_t i;
    for (i = 0; i < SD_TEST_OFFLOAD_IMAGE; i++) pixels[i] = (unsigned char)((i * 7 + i / 192 * 13) & 0xFF);
}

/* img2img runs the VAE encoder too (a model of its own in the store): sequential offload gives
   the default mode's image, twice in a row (the second run starts from what the first left). */
static void test_offload_img2img_sequential(sd_tester *t) {
    unsigned char pattern[SD_TEST_OFFLOAD_IMAGE], reference[SD_TEST_OFFLOAD_IMAGE];
    sd_image init;
    int m, run;
    sd_test_offload_pattern(pattern);
    init.width = init.height = 64;
    init.pixels = pattern;
    for (m = 0; m < 2; m++) {
        sd_ctx *ctx = sd_test_offload_ctx(m ? SD_OFFLOAD_SEQUENTIAL : SD_OFFLOAD_NONE, 0, 0, SD_OFF, NULL, NULL, NULL, 0);
        REQUIRE(ctx, "tiny model did not load");
        for (run = 0; run < 1 + m; run++) {
            sd_params p;
            sd_image img;
            memset(&img, 0, sizeof img);
            sd_test_offload_params(&p, NULL);
            p.batch = 1;
            p.steps = 4;
            p.strength = 0.6f;
            if (sd_img2img(ctx, &p, &init, &img) != SD_OK) {
                CHECK(0, "img2img (offload %s): %s", m ? "sequential" : "none", sd_last_error(ctx));
                continue;
            }
            if (!m) memcpy(reference, img.pixels, sizeof reference);
            else CHECK(memcmp(reference, img.pixels, sizeof reference) == 0, "run %d: another image than the default mode's", run);
            sd_image_free(ctx, &img);
        }
        if (m) {
            const sd__weights *w = ctx->backend->weights;
            /* each run misses only the first text encoder segment; the rest arrives by prefetch */
            CHECK(w->misses <= 2 && w->prefetches > 0, "%llu misses, %llu prefetches", w->misses, w->prefetches);
        }
        sd_destroy(ctx);
    }
}

/* The plan: segments stay within a model and below the largest block (with the models' sizes
   summing to the host copy), model offload's window is the largest model, sequential offload's
   two segments; and the backend memory at the peak of a run differs from the default mode's by
   exactly the weights the window saves. */
static void test_offload_resident_weights_are_bounded(sd_tester *t) {
    static const sd_offload modes[] = {SD_OFFLOAD_NONE, SD_OFFLOAD_MODEL, SD_OFFLOAD_SEQUENTIAL};
    size_t peak[3], weights[3], m;
    for (m = 0; m < SD__COUNT(modes); m++) {
        sd_ctx *ctx = sd_test_offload_ctx(modes[m], 0, 0, SD_OFF, NULL, NULL, NULL, 0);
        const sd__weights *w;
        size_t largest_part = 0, largest_segment = 0, total = 0;
        sd_image imgs[2];
        sd_params p;
        int i, part;
        REQUIRE(ctx, "tiny model did not load");
        w = ctx->backend->weights;
        for (part = 0; part < SD__WP_COUNT; part++) {
            size_t sum = 0;
            CHECK(w->end[part] > w->first[part], "%s has no segments", sd__wpart_names[part]);
            for (i = w->first[part]; i < w->end[part]; i++) {
                CHECK(w->segments[i].part == part, "segment %d lies in another model", i);
                sum += w->segments[i].bytes;
                largest_segment = SD__MAX(largest_segment, w->segments[i].bytes);
            }
            CHECK(sum == w->part_bytes[part], "%s: segments %lu, model %lu bytes", sd__wpart_names[part], (unsigned long)sum,
                  (unsigned long)w->part_bytes[part]);
            largest_part = SD__MAX(largest_part, w->part_bytes[part]);
            total += w->part_bytes[part];
        }
        CHECK(w->segment_count > 2 * SD__WP_COUNT, "only %d segments", w->segment_count);
        CHECK(w->need[SD_OFFLOAD_NONE] == total && w->need[SD_OFFLOAD_MODEL] == largest_part &&
                  w->need[SD_OFFLOAD_SEQUENTIAL] <= 2 * largest_segment && largest_segment < largest_part / 4,
              "needs %lu %lu %lu for models %lu (largest %lu), segments up to %lu", (unsigned long)w->need[SD_OFFLOAD_NONE],
              (unsigned long)w->need[SD_OFFLOAD_MODEL], (unsigned long)w->need[SD_OFFLOAD_SEQUENTIAL], (unsigned long)total,
              (unsigned long)largest_part, (unsigned long)largest_segment);
        weights[m] = sd__weights_device_bytes(w);
        CHECK(weights[m] == w->need[modes[m]], "offload %s holds %lu bytes of weights, planned %lu", sd__offload_names[modes[m]],
              (unsigned long)weights[m], (unsigned long)w->need[modes[m]]);
        /* sequential offload on the CPU keeps no host copy: it converts from the model file again */
        CHECK(modes[m] == SD_OFFLOAD_NONE || (modes[m] == SD_OFFLOAD_SEQUENTIAL ? w->reread && w->host_bytes == 0
                                                                                 : !w->reread && w->host_bytes == total),
              "%s: host copy %lu of %lu bytes", sd__offload_names[modes[m]], (unsigned long)w->host_bytes, (unsigned long)total);
        memset(imgs, 0, sizeof imgs);
        sd_test_offload_params(&p, NULL);
        CHECK(sd_txt2img(ctx, &p, imgs) == SD_OK, "offload %s: %s", sd__offload_names[modes[m]], sd_last_error(ctx));
        sd_image_free(ctx, &imgs[0]);
        sd_image_free(ctx, &imgs[1]);
        peak[m] = ctx->backend->peak_bytes;
        sd_destroy(ctx);
    }
    for (m = 1; m < SD__COUNT(modes); m++)
        CHECK(peak[m] - weights[m] == peak[0] - weights[0], "offload %s: peak %lu with %lu of weights; none: %lu with %lu",
              sd__offload_names[modes[m]], (unsigned long)peak[m], (unsigned long)weights[m], (unsigned long)peak[0],
              (unsigned long)weights[0]);
}

/* Load order is forward order: a txt2img run misses (copies in order with the ops) only the
   text encoder's first segment; everything else was prefetched, in model offload the UNet while
   the text encoder runs. A wrong expectation of the next model costs misses, never correctness. */
static void test_offload_prefetch_follows_the_forward_pass(sd_tester *t) {
    sd_ctx *ctx = sd_test_offload_ctx(SD_OFFLOAD_MODEL, 0, 0, SD_OFF, NULL, NULL, NULL, 0);
    sd__weights *w;
    unsigned char first[SD_TEST_OFFLOAD_IMAGE];
    sd_image imgs[2];
    sd_params p;
    unsigned long long misses;
    REQUIRE(ctx, "tiny model did not load");
    w = ctx->backend->weights;
    memset(imgs, 0, sizeof imgs);
    sd_test_offload_params(&p, NULL);
    sd__weights_expect(w, SD__WP_UNET);
    sd__weights_touch(w, w->first[SD__WP_TEXT]);
    CHECK(w->misses == 1 && w->segments[w->first[SD__WP_UNET]].resident, "model: the UNet was not prefetched");
    CHECK(sd_txt2img(ctx, &p, imgs) == SD_OK && w->misses == 1, "model: %s, %llu misses", sd_last_error(ctx), w->misses);
    sd_image_free(ctx, &imgs[0]);
    sd_image_free(ctx, &imgs[1]);
    sd_destroy(ctx);

    ctx = sd_test_offload_ctx(SD_OFFLOAD_SEQUENTIAL, 0, 0, SD_OFF, NULL, NULL, NULL, 0);
    REQUIRE(ctx, "tiny model did not load");
    w = ctx->backend->weights;
    memset(imgs, 0, sizeof imgs);
    sd_test_offload_params(&p, NULL);
    CHECK(sd_txt2img(ctx, &p, imgs) == SD_OK, "run: %s", sd_last_error(ctx));
    CHECK(w->misses == 1, "%llu misses", w->misses);
    CHECK(w->prefetches >= (unsigned long long)w->segment_count, "%llu prefetches of %d segments", w->prefetches, w->segment_count);
    if (imgs[0].pixels) memcpy(first, imgs[0].pixels, sizeof first);
    sd_image_free(ctx, &imgs[0]);
    sd_image_free(ctx, &imgs[1]);
    /* a stale expectation: the store prefetches the VAE encoder while the text encoder runs */
    misses = w->misses;
    sd__weights_touch(w, w->first[SD__WP_UNET] + 3);
    sd__weights_expect(w, SD__WP_ENCODER);
    sd__weights_touch(w, w->end[SD__WP_TEXT] - 1);
    CHECK(w->segments[w->first[SD__WP_ENCODER]].resident, "the expected model was not prefetched");
    CHECK(sd_txt2img(ctx, &p, imgs) == SD_OK && w->misses > misses, "run: %s, %llu misses", sd_last_error(ctx), w->misses);
    CHECK(imgs[0].pixels && memcmp(first, imgs[0].pixels, sizeof first) == 0, "the image changed after misses");
    sd_image_free(ctx, &imgs[0]);
    sd_image_free(ctx, &imgs[1]);
    sd_destroy(ctx);
}

/* Loads the tiny model with offload mode `mode` and a budget of `weights` plus the activation
   estimate: SD_OK, or the error with its message. */
static sd_result sd_test_offload_budget(sd_offload mode, size_t weights, char *message, size_t size) {
    sd_result r;
    sd_ctx *ctx = sd_test_offload_ctx(mode, SD__ACTIVATION_ESTIMATE + weights, 0, SD_OFF, NULL, &r, message, size);
    sd_destroy(ctx);
    return r;
}

/* A budget too small for the chosen mode fails at load time, naming the mode that offloads
   least of those that fit; one too small for every mode says so; a budget that fits loads. */
static void test_offload_budget_names_the_mode_that_fits(sd_tester *t) {
    sd_ctx *ctx = sd_test_offload_ctx(SD_OFFLOAD_NONE, 0, 0, SD_OFF, NULL, NULL, NULL, 0);
    size_t none, model, seq;
    char message[1024];
    sd_result r;
    REQUIRE(ctx, "tiny model did not load");
    none = ctx->backend->weights->need[SD_OFFLOAD_NONE];
    model = ctx->backend->weights->need[SD_OFFLOAD_MODEL];
    seq = ctx->backend->weights->need[SD_OFFLOAD_SEQUENTIAL];
    sd_destroy(ctx);
    REQUIRE(seq < model && model < none, "the tiny model's needs are not ordered");
    r = sd_test_offload_budget(SD_OFFLOAD_NONE, none - 1, message, sizeof message);
    CHECK(r == SD_ERR_OUT_OF_MEMORY && strstr(message, "too small for offload none") && strstr(message, "offload model fits"),
          "none: %s", message);
    r = sd_test_offload_budget(SD_OFFLOAD_NONE, model - 1, message, sizeof message);
    CHECK(r == SD_ERR_OUT_OF_MEMORY && strstr(message, "offload sequential fits"), "none, less: %s", message);
    r = sd_test_offload_budget(SD_OFFLOAD_MODEL, model - 1, message, sizeof message);
    CHECK(r == SD_ERR_OUT_OF_MEMORY && strstr(message, "too small for offload model") &&
              strstr(message, "offload sequential fits"),
          "model: %s", message);
    r = sd_test_offload_budget(SD_OFFLOAD_NONE, seq - 1, message, sizeof message);
    CHECK(r == SD_ERR_OUT_OF_MEMORY && strstr(message, "too small for any offload mode"), "any: %s", message);
    ctx = sd_test_offload_ctx(SD_OFFLOAD_SEQUENTIAL, 1000, 0, SD_OFF, NULL, &r, message, sizeof message);
    CHECK(!ctx && r == SD_ERR_OUT_OF_MEMORY && strstr(message, "too small for any offload mode"), "1000 bytes: %s", message);
    CHECK(sd_test_offload_budget(SD_OFFLOAD_SEQUENTIAL, seq, message, sizeof message) == SD_OK, "sequential, just: %s", message);
    CHECK(sd_test_offload_budget(SD_OFFLOAD_MODEL, none, message, sizeof message) == SD_OK, "model, room to spare: %s", message);
    CHECK(sd_test_offload_budget(SD_OFFLOAD_NONE, none, message, sizeof message) == SD_OK, "none, just: %s", message);
}

typedef struct { int cancel_at; } sd_test_offload_cancel;
static int sd_test_offload_on_progress(void *user, int step, int steps, double elapsed) {
    (void)steps;
    (void)elapsed;
    return step >= ((sd_test_offload_cancel *)user)->cancel_at;
}

/* Cancelling mid-run under sequential offload leaves the store consistent: the next run gives
   the default mode's image, and destroying the context frees every allocation. */
static void test_offload_cancel_then_reuse(sd_tester *t) {
    sd_test_alloc_stats stats = {0, 0};
    sd_allocator allocator;
    sd_test_offload_cancel cancel = {1};
    unsigned char reference[2 * SD_TEST_OFFLOAD_IMAGE];
    sd_image imgs[2];
    sd_params p;
    sd_ctx *ctx = sd_test_offload_ctx(SD_OFFLOAD_NONE, 0, 0, SD_OFF, NULL, NULL, NULL, 0);
    REQUIRE(ctx, "tiny model did not load");
    memset(imgs, 0, sizeof imgs);
    sd_test_offload_params(&p, NULL);
    REQUIRE(sd_txt2img(ctx, &p, imgs) == SD_OK, "reference: %s", sd_last_error(ctx));
    memcpy(reference, imgs[0].pixels, SD_TEST_OFFLOAD_IMAGE);
    memcpy(reference + SD_TEST_OFFLOAD_IMAGE, imgs[1].pixels, SD_TEST_OFFLOAD_IMAGE);
    sd_image_free(ctx, &imgs[0]);
    sd_image_free(ctx, &imgs[1]);
    sd_destroy(ctx);

    allocator.alloc = sd_test_alloc;
    allocator.free = sd_test_free;
    allocator.user_data = &stats;
    ctx = sd_test_offload_ctx(SD_OFFLOAD_SEQUENTIAL, 0, 0, SD_OFF, &allocator, NULL, NULL, 0);
    REQUIRE(ctx, "tiny model did not load");
    p.progress = sd_test_offload_on_progress;
    p.progress_user_data = &cancel;
    CHECK(sd_txt2img(ctx, &p, imgs) == SD_ERR_CANCELLED && !imgs[0].pixels, "cancel: %s", sd_last_error(ctx));
    cancel.cancel_at = 1000;
    CHECK(sd_txt2img(ctx, &p, imgs) == SD_OK, "after the cancel: %s", sd_last_error(ctx));
    CHECK(imgs[0].pixels && memcmp(reference, imgs[0].pixels, SD_TEST_OFFLOAD_IMAGE) == 0 &&
              memcmp(reference + SD_TEST_OFFLOAD_IMAGE, imgs[1].pixels, SD_TEST_OFFLOAD_IMAGE) == 0,
          "after the cancel: another image than the default mode's");
    sd_image_free(ctx, &imgs[0]);
    sd_image_free(ctx, &imgs[1]);
    sd_destroy(ctx);
    CHECK(stats.calls > 0 && stats.live == 0, "%lu allocations left after destroy", (unsigned long)stats.live);
}

/* The CLI's --offload sequential writes the same PNG as no offload, and says what it did (-v). */
static void test_offload_cli_sequential(sd_tester *t) {
    char out[8192], args[1024], image[2][256];
    char *png[2] = {NULL, NULL};
    size_t size[2] = {0, 0};
    sd__env env = sd_test_env();
    int m;
    REQUIRE(access(SD_TEST_CLI, X_OK) == 0, "%s is missing: run `make` first", SD_TEST_CLI);
    for (m = 0; m < 2; m++) {
        sd_test_tmp(image[m], sizeof image[m], m ? "offload_seq.png" : "offload_none.png");
        snprintf(args, sizeof args, "-m " TINY_SD_FOLDER " -p 'a cat' -W 64 -H 64 --steps 3 --seed 5 --backend cpu "
                 "--threads 2 --offload %s -v -o %s", m ? "sequential" : "none", image[m]);
        CHECK(sd_test_cli(args, out, sizeof out) == 0, "--offload %s:\n%s", m ? "sequential" : "none", out);
        if (m) CHECK(strstr(out, "offload sequential") != NULL, "-v does not mention the offload:\n%s", out);
        if (sd__read_file(&env, image[m], (size_t)1 << 20, &png[m], &size[m]) != SD_OK) CHECK(0, "%s", env.message);
        remove(image[m]);
    }
    CHECK(png[0] && png[1] && size[0] == size[1] && memcmp(png[0], png[1], size[0]) == 0, "the PNGs differ");
    sd__free(&env, png[0]);
    sd__free(&env, png[1]);
}

static void tests_offload(sd_tester *t) {
    RUN(t, test_offload_modes_give_the_same_image);
    RUN(t, test_offload_img2img_sequential);
    RUN(t, test_offload_resident_weights_are_bounded);
    RUN(t, test_offload_prefetch_follows_the_forward_pass);
    RUN(t, test_offload_budget_names_the_mode_that_fits);
    RUN(t, test_offload_cancel_then_reuse);
    RUN(t, test_offload_cli_sequential);
}
