/* Planned activation memory (src/backend/plan.c) on the CPU backend with the tiny models: recorded
   plans are sound and packed, planned runs make the same images as unplanned ones, the denoising
   loop allocates nothing, and a replay that leaves its plan is an error. */

/* Turns a context's planning off: every tensor is then allocated on its own, as before planning. */
static void sd_test_unplanned(sd_ctx *ctx) {
    sd__planner_free(ctx->backend, &ctx->planner);
    ctx->backend->planner = NULL;
}

/* A UNet call of the tiny model on n latents of 8x8 against a zero conditioning (ctx's backend). */
typedef struct sd_test_unet {
    sd__unet_call call;
    sd__tensor context;
    sd__f32_buffer timesteps;
    float io[4 * 8 * 8 * 4];
} sd_test_unet;

static void sd_test_unet_call(sd_ctx *ctx, int n, sd_test_unet *u) {
    sd__backend *b = ctx->backend;
    float *zeros = (float *)calloc((size_t)n * SD_MAX_TOKENS, (size_t)ctx->clip.cfg.hidden_size * sizeof(float));
    const float timestep = 500.0f;
    int i;
    memset(u, 0, sizeof *u);
    u->context = sd__t_new(b, n, 1, SD_MAX_TOKENS, ctx->clip.cfg.hidden_size);
    if (zeros && !b->status) b->ops->write(b, &u->context, zeros);
    free(zeros);
    sd__f32_buffer_new(b, 1, 1, 1, 1, &timestep, "timesteps", &u->timesteps);
    for (i = 0; i < n * 8 * 8 * 4; i++) u->io[i] = (float)((i * 37) % 101) / 50.0f - 1.0f;
    u->call.unet = &ctx->unet;
    u->call.ctx = &u->context;
    u->call.timesteps = &u->timesteps.t;
    u->call.io = u->io;
    u->call.n = n;
    u->call.h = u->call.w = 8;
}

/* A recorded UNet step: no two allocations alive at once share a byte (checked here pair by
   pair, and by sd__plan_valid, which must also catch a broken plan), and the arena lies between
   the most bytes alive at once and the sum of all allocations. */
static void test_plan_unet_step_is_packed(sd_tester *t) {
    sd_ctx *ctx = sd_test_tiny_ctx(t);
    sd_test_unet u;
    sd__pass pass;
    sd__plan plan;
    size_t i, j, live = 0, peak = 0, total = 0, overlaps = 0, collide = (size_t)-1, other = 0;
    if (!ctx) return;
    sd_test_unet_call(ctx, 4, &u);
    pass = sd__unet_call_pass(&u.call);
    memset(&plan, 0, sizeof plan);
    REQUIRE(sd__plan_record(ctx->backend, &pass, &plan) == SD_OK, "record: %s", sd_last_error(ctx));
    CHECK(plan.count > 100 && plan.event_count == 2 * plan.count, "%lu allocations, %lu events", (unsigned long)plan.count,
          (unsigned long)plan.event_count);
    for (i = 0; i < plan.event_count; i++) {
        const sd__plan_alloc *a = &plan.allocs[plan.events[i] / 2];
        if (plan.events[i] % 2 == 0) {
            live += a->bytes;
            total += a->bytes;
            peak = live > peak ? live : peak;
        } else {
            live -= a->bytes;
        }
    }
    CHECK(live == 0 && peak == plan.peak_bytes && total == plan.total_bytes, "peak %lu (plan %lu), total %lu (plan %lu)",
          (unsigned long)peak, (unsigned long)plan.peak_bytes, (unsigned long)total, (unsigned long)plan.total_bytes);
    for (i = 0; i < plan.count; i++) {
        const sd__plan_alloc *a = &plan.allocs[i];
        CHECK(a->offset % SD__PLAN_ALIGN == 0 && a->offset + a->bytes <= plan.arena_bytes, "allocation %lu at %lu + %lu",
              (unsigned long)i, (unsigned long)a->offset, (unsigned long)a->bytes);
        for (j = 0; j < i; j++) {
            const sd__plan_alloc *b = &plan.allocs[j];
            if (a->first < b->last && b->first < a->last) {
                if (collide == (size_t)-1) {
                    collide = i;
                    other = j;
                }
                if (a->offset < b->offset + b->bytes && b->offset < a->offset + a->bytes) overlaps++;
            }
        }
    }
    CHECK(overlaps == 0, "%lu pairs of live allocations share bytes", (unsigned long)overlaps);
    CHECK(plan.arena_bytes >= plan.peak_bytes && plan.arena_bytes <= plan.total_bytes && plan.arena_bytes < plan.total_bytes / 4,
          "arena %lu, at most %lu alive, %lu in all", (unsigned long)plan.arena_bytes, (unsigned long)plan.peak_bytes,
          (unsigned long)plan.total_bytes);
    CHECK(sd__plan_valid(&plan), "the checker rejects the plan");
    REQUIRE(collide != (size_t)-1, "no two allocations are alive at once");
    i = plan.allocs[collide].offset;
    plan.allocs[collide].offset = plan.allocs[other].offset;
    CHECK(!sd__plan_valid(&plan), "the checker accepts two live allocations at the same offset");
    plan.allocs[collide].offset = i;
    sd__plan_free(&ctx->env, &plan);
    sd__t_drop(ctx->backend, &u.context);
    sd__f32_buffer_free(ctx->backend, &u.timesteps);
    CHECK(ctx->backend->status == SD_OK, "%s", sd_last_error(ctx));
    sd_destroy(ctx);
}

/* The same run with and without planning. */
typedef struct sd_test_plan_mode {
    const char *name;
    int attention_slice, size, batch, img2img;
    sd_toggle vae_slicing, vae_tiling;
} sd_test_plan_mode;

static int sd_test_plan_generate(sd_ctx *ctx, const sd_test_plan_mode *m, sd_image *imgs, float *latents) {
    sd_params p;
    sd_image init;
    int i;
    memset(&p, 0, sizeof p);
    p.prompt = "a photo of an astronaut riding a horse on mars";
    p.negative_prompt = "blurry";
    p.width = p.height = m->size;
    p.steps = 2;
    p.sampler = SD_SAMPLER_DDIM;
    p.batch = m->batch;
    p.seed = 11;
    p.latents_out = latents;
    if (!m->img2img) return sd_txt2img(ctx, &p, imgs) == SD_OK;
    init.width = init.height = m->size;
    init.pixels = (unsigned char *)malloc((size_t)m->size * m->size * 3);
    if (!init.pixels) return 0;
    for (i = 0; i < m->size * m->size * 3; i++) init.pixels[i] = (unsigned char)((i * 7) % 251);
    i = sd_img2img(ctx, &p, &init, imgs) == SD_OK;
    free(init.pixels);
    return i;
}

/* Planned and unplanned runs give bitwise identical latents and images: batches, attention
   slicing, VAE slicing, VAE tiling (136x136: tiles of three sizes) and img2img (tiled encodes:
   test_plan_vae_tiles). */
static void test_plan_images_match_unplanned(sd_tester *t) {
    static const sd_test_plan_mode modes[] = {
        {"batch 2", SD_SLICE_OFF, 64, 2, 0, SD_OFF, SD_OFF},
        {"attention slicing and VAE slicing", 1, 64, 2, 0, SD_ON, SD_OFF},
        {"VAE tiling", SD_SLICE_AUTO, 136, 1, 0, SD_OFF, SD_ON},
        {"img2img batch 2", SD_SLICE_OFF, 64, 2, 1, SD_OFF, SD_OFF}};
    size_t m;
    for (m = 0; m < SD__COUNT(modes); m++) {
        const size_t pixels = (size_t)modes[m].size * modes[m].size * 3, lat = pixels / 3 / 64 * 4 * (size_t)modes[m].batch;
        unsigned char *ref = (unsigned char *)malloc(pixels * 2);
        float *latents = (float *)calloc(lat * 2, sizeof(float));
        int k, i;
        for (k = 0; k < 2 && ref && latents; k++) {
            sd_desc desc;
            sd_ctx *ctx = NULL;
            sd_image imgs[2];
            int plans = 0;
            memset(&desc, 0, sizeof desc);
            memset(imgs, 0, sizeof imgs);
            desc.model_path = TINY_SD_FOLDER;
            desc.threads = 2;
            desc.attention_slice = modes[m].attention_slice;
            desc.vae_slicing = modes[m].vae_slicing;
            desc.vae_tiling = modes[m].vae_tiling;
            if (sd_create(&desc, &ctx) != SD_OK) {
                CHECK(0, "%s: %s", modes[m].name, sd_last_error(ctx));
                sd_destroy(ctx);
                break;
            }
            if (k == 1) sd_test_unplanned(ctx);
            if (!sd_test_plan_generate(ctx, &modes[m], imgs, latents + (size_t)k * lat)) {
                CHECK(0, "%s (%s): %s", modes[m].name, k ? "unplanned" : "planned", sd_last_error(ctx));
                sd_destroy(ctx);
                break;
            }
            if (k == 0) {
                for (i = 0; i < SD__PLAN_CACHE; i++) plans += ctx->planner.plans[i].name != NULL;
                CHECK(plans >= (modes[m].vae_tiling == SD_ON ? 5 : 3) && ctx->planner.arena_bytes > 0 &&
                          ctx->backend->peak_bytes >= ctx->planner.arena_bytes && sd_peak_memory(ctx) >= ctx->backend->peak_bytes,
                      "%s: %d plans, arena %lu, peak %lu", modes[m].name, plans, (unsigned long)ctx->planner.arena_bytes,
                      (unsigned long)sd_peak_memory(ctx));
                for (i = 0; i < modes[m].batch; i++) memcpy(ref + (size_t)i * pixels, imgs[i].pixels, pixels);
            } else {
                CHECK(memcmp(latents, latents + lat, lat * sizeof(float)) == 0, "%s: other latents with planning", modes[m].name);
                for (i = 0; i < modes[m].batch; i++)
                    CHECK(memcmp(ref + (size_t)i * pixels, imgs[i].pixels, pixels) == 0, "%s: image %d differs with planning",
                          modes[m].name, i);
            }
            for (i = 0; i < 2; i++) sd_image_free(ctx, &imgs[i]);
            sd_destroy(ctx);
        }
        free(ref);
        free(latents);
    }
}

/* Backend allocations seen at the first and the last progress call. */
typedef struct sd_test_alloc_watch {
    const sd__backend *b;
    size_t at_start, at_end;
} sd_test_alloc_watch;

static int sd_test_watch_allocations(void *user, int step, int steps, double elapsed) {
    sd_test_alloc_watch *w = (sd_test_alloc_watch *)user;
    (void)elapsed;
    if (step == 0) w->at_start = w->b->allocations;
    if (step == steps) w->at_end = w->b->allocations;
    return 0;
}

/* From before the first step to after the last one, a planned run makes no backend allocation
   (an unplanned one makes many); a second run of the same shapes allocates only the text
   conditioning. */
static void test_plan_loop_allocates_nothing(sd_tester *t) {
    sd_ctx *ctx = sd_test_tiny_ctx(t);
    sd_test_alloc_watch watch;
    sd_image imgs[2];
    sd_params p;
    size_t before;
    int run, i;
    if (!ctx) return;
    memset(&p, 0, sizeof p);
    memset(imgs, 0, sizeof imgs);
    p.prompt = "a cat";
    p.steps = 4;
    p.batch = 2;
    p.progress = sd_test_watch_allocations;
    p.progress_user_data = &watch;
    watch.b = ctx->backend;
    for (run = 0; run < 3; run++) {
        if (run == 2) sd_test_unplanned(ctx);
        watch.at_start = watch.at_end = 0;
        before = ctx->backend->allocations;
        if (sd_txt2img(ctx, &p, imgs) != SD_OK) {
            CHECK(0, "run %d: %s", run, sd_last_error(ctx));
            break;
        }
        if (run < 2)
            CHECK(watch.at_end == watch.at_start && watch.at_start > 0, "run %d: %lu allocations in the denoising loop", run,
                  (unsigned long)(watch.at_end - watch.at_start));
        else
            CHECK(watch.at_end > watch.at_start + 100, "unplanned: only %lu allocations in the loop",
                  (unsigned long)(watch.at_end - watch.at_start));
        if (run == 1)
            CHECK(ctx->backend->allocations == before + 1, "the second run allocates %lu blocks",
                  (unsigned long)(ctx->backend->allocations - before));
        for (i = 0; i < 2; i++) sd_image_free(ctx, &imgs[i]);
    }
    sd_destroy(ctx);
}

/* A test pass: allocates two tensors and releases them; its mode changes that after recording. */
typedef enum { SD_TEST_PASS_RECORDED, SD_TEST_PASS_SWAPPED, SD_TEST_PASS_EXTRA, SD_TEST_PASS_FEWER, SD_TEST_PASS_LEAKS } sd_test_pass_mode;

static sd_result sd_test_pass_run(sd__backend *b, void *args) {
    const sd_test_pass_mode mode = *(const sd_test_pass_mode *)args;
    sd__tensor x = sd__t_new(b, 1, 4, 4, 8), y = sd__t_new(b, 1, 4, 4, 16), z;
    if (mode == SD_TEST_PASS_LEAKS) return b->status; /* x and y outlive the pass */
    if (mode == SD_TEST_PASS_EXTRA) {
        z = sd__t_new(b, 1, 2, 2, 8);
        sd__t_drop(b, &z);
    }
    if (mode == SD_TEST_PASS_SWAPPED) sd__t_drop(b, &y);
    sd__t_drop(b, &x);
    if (mode != SD_TEST_PASS_FEWER) sd__t_drop(b, &y); /* else y stays in the arena, which owns it */
    return b->status;
}

/* Replays that leave their plan (another release order, an extra allocation, a missing release,
   an allocation of another size) and a pass whose tensor outlives it fail with an error; the
   backend then runs the real pass, and nothing leaks. */
static void test_plan_mismatch_is_an_error(sd_tester *t) {
    static const sd_test_pass_mode strays[] = {SD_TEST_PASS_SWAPPED, SD_TEST_PASS_EXTRA, SD_TEST_PASS_FEWER};
    sd_ctx *ctx = sd_test_tiny_ctx(t);
    sd__backend *b;
    sd_test_pass_mode mode = SD_TEST_PASS_RECORDED;
    sd__pass pass;
    sd__image_call call;
    float z[1 * 8 * 8 * 4], rgb[2][64 * 64 * 3];
    size_t k, in_use;
    if (!ctx) return;
    b = ctx->backend;
    memset(&pass, 0, sizeof pass);
    pass.name = "test";
    pass.run = sd_test_pass_run;
    pass.args = &mode;
    CHECK(sd__run_planned(b, &pass) == SD_OK, "recorded: %s", sd_last_error(ctx));
    in_use = b->bytes_in_use;
    for (k = 0; k < SD__COUNT(strays); k++) {
        mode = strays[k];
        CHECK(sd__run_planned(b, &pass) == SD_ERR_BACKEND && strstr(sd_last_error(ctx), "memory plan of the test"),
              "mode %d: %s", (int)mode, sd_last_error(ctx));
        b->status = SD_OK;
        mode = SD_TEST_PASS_RECORDED; /* the strayed plan is dropped and recorded again */
        CHECK(sd__run_planned(b, &pass) == SD_OK, "again: %s", sd_last_error(ctx));
    }
    mode = SD_TEST_PASS_LEAKS;
    pass.shape[0] = 1; /* a new plan */
    CHECK(sd__run_planned(b, &pass) == SD_ERR_BACKEND && strstr(sd_last_error(ctx), "outlives the pass"), "leak: %s",
          sd_last_error(ctx));
    CHECK(b->bytes_in_use == in_use, "%lu bytes more in use", (unsigned long)(b->bytes_in_use - in_use));
    b->status = SD_OK;

    /* a VAE decode replayed with the plan of another size fails at its first allocation */
    for (k = 0; k < SD__COUNT(z); k++) z[k] = (float)((k * 13) % 17) / 8.0f - 1.0f;
    CHECK(sd__vae_decode_latents(b, &ctx->vae, z, 1, 8, 8, 0, rgb[0]) == SD_OK, "decode: %s", sd_last_error(ctx));
    in_use = b->bytes_in_use; /* with the arena grown for the decode */
    memset(&call, 0, sizeof call);
    call.name = "vae decoder";
    call.model = &ctx->vae;
    call.fn = sd__vae_decode;
    call.in = z;
    call.n = 1;
    call.h = call.w = 4;
    call.c = 4;
    call.out = rgb[1];
    memset(&pass, 0, sizeof pass);
    pass.name = "vae decoder";
    pass.shape[0] = 1; pass.shape[1] = 8; pass.shape[2] = 8; pass.shape[3] = 4;
    pass.run = sd__image_call_run;
    pass.args = &call;
    CHECK(sd__run_planned(b, &pass) == SD_ERR_BACKEND && strstr(sd_last_error(ctx), "allocation 0 differs"), "vae: %s",
          sd_last_error(ctx));
    b->status = SD_OK;
    CHECK(sd__vae_decode_latents(b, &ctx->vae, z, 1, 8, 8, 0, rgb[1]) == SD_OK && memcmp(rgb[0], rgb[1], sizeof rgb[0]) == 0,
          "decode after the failure: %s", sd_last_error(ctx));
    CHECK(b->bytes_in_use == in_use, "%lu bytes more in use after the decodes", (unsigned long)(b->bytes_in_use - in_use));
    sd_destroy(ctx);
}

/* Tiled VAE decodes and encodes on a backend with a planner: one plan per tile shape (17x17
   latents, 136x136 pixels: three sizes a side), every plan sound, results bitwise those of the
   same backend without a planner. */
static void test_plan_vae_tiles(sd_tester *t) {
    enum { side = 17, px = side * 8 };
    sd_ctx *ctx = sd_test_tiny_ctx(t);
    float *z = (float *)calloc((size_t)side * side * 4, sizeof(float)), *img = (float *)calloc((size_t)px * px * 3, sizeof(float));
    float *out[2][2];
    int k, i, plans = 0, valid = 1;
    for (k = 0; k < 2; k++) {
        out[k][0] = (float *)calloc((size_t)px * px * 3, sizeof(float));
        out[k][1] = (float *)calloc((size_t)side * side * 8, sizeof(float));
    }
    if (ctx && z && img && out[0][0] && out[0][1] && out[1][0] && out[1][1]) {
        for (i = 0; i < side * side * 4; i++) z[i] = (float)((i * 29) % 31) / 15.0f - 1.0f;
        for (i = 0; i < px * px * 3; i++) img[i] = (float)((i * 7) % 255) / 127.0f - 1.0f;
        for (k = 0; k < 2; k++) {
            sd__planner *pl = ctx->backend->planner;
            if (k == 1) {
                for (i = 0; i < SD__PLAN_CACHE; i++)
                    if (pl->plans[i].name) {
                        plans++;
                        valid = valid && sd__plan_valid(&pl->plans[i]);
                    }
                sd_test_unplanned(ctx);
            }
            CHECK(sd__vae_decode_latents(ctx->backend, &ctx->vae, z, 1, side, side, 1, out[k][0]) == SD_OK, "decode %d: %s", k,
                  sd_last_error(ctx));
            CHECK(sd__vae_encode_image(ctx->backend, &ctx->vae, img, px, px, 1, out[k][1]) == SD_OK, "encode %d: %s", k,
                  sd_last_error(ctx));
        }
        CHECK(plans == 8 && valid, "%d plans (8 tile shapes), sound: %d", plans, valid);
        CHECK(memcmp(out[0][0], out[1][0], (size_t)px * px * 3 * sizeof(float)) == 0, "tiled decode differs with planning");
        CHECK(memcmp(out[0][1], out[1][1], (size_t)side * side * 8 * sizeof(float)) == 0, "tiled encode differs with planning");
    }
    for (k = 0; k < 2; k++) {
        free(out[k][0]);
        free(out[k][1]);
    }
    free(z);
    free(img);
    sd_destroy(ctx);
}

static void tests_plan(sd_tester *t) {
    RUN(t, test_plan_unet_step_is_packed);
    RUN(t, test_plan_images_match_unplanned);
    RUN(t, test_plan_loop_allocates_nothing);
    RUN(t, test_plan_mismatch_is_an_error);
    RUN(t, test_plan_vae_tiles);
}
