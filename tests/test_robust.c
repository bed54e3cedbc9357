/* Reliability tests: two contexts in two threads, leaks after good and failing runs, NaN and Inf
   in weights and in decoded images, safetensors cut at each section boundary, oversized inputs
   (prompts, init images, weight shapes), and the CLI's never-half-written output. The bad
   inputs these and the other test files cover are listed in docs/ROBUSTNESS.md. */
#include <pthread.h>

/* ---- threads -------------------------------------------------------------------------------- */
typedef struct sd_test_thread_job {
    const char *model, *prompt;
    uint64_t seed;
    sd_sampler sampler;
    unsigned char *pixels; /* malloc'd copy of the image, or NULL */
    char error[1024];
} sd_test_thread_job;

/* A whole context's life: create (CPU, 2 threads), one 64x64 image, destroy. */
static void *sd_test_thread_run(void *arg) {
    sd_test_thread_job *job = (sd_test_thread_job *)arg;
    sd_desc desc;
    sd_params p;
    sd_image img;
    sd_ctx *ctx = NULL;
    memset(&desc, 0, sizeof desc);
    memset(&p, 0, sizeof p);
    memset(&img, 0, sizeof img);
    desc.model_path = job->model;
    desc.backend = SD_BACKEND_CPU;
    desc.threads = 2;
    p.prompt = job->prompt;
    p.negative_prompt = "blurry";
    p.steps = 3;
    p.seed = job->seed;
    p.sampler = job->sampler;
    job->pixels = NULL;
    job->error[0] = 0;
    if (sd_create(&desc, &ctx) == SD_OK && sd_txt2img(ctx, &p, &img) == SD_OK) {
        job->pixels = (unsigned char *)malloc((size_t)img.width * img.height * 3);
        if (job->pixels) memcpy(job->pixels, img.pixels, (size_t)img.width * img.height * 3);
    } else {
        snprintf(job->error, sizeof job->error, "%s", ctx ? sd_last_error(ctx) : "out of memory");
    }
    sd_image_free(ctx, &img);
    sd_destroy(ctx);
    return NULL;
}

/* Two contexts (both layouts of the tiny model, different samplers and seeds) make the same
   images in two threads at once as one after the other. Also run under ThreadSanitizer by
   `make test-tsan`. */
static void test_threads_two_contexts_match_sequential(sd_tester *t) {
    sd_test_thread_job alone[2], together[2];
    pthread_t threads[2];
    int i;
    memset(alone, 0, sizeof alone);
    alone[0].model = TINY_SD_FOLDER;
    alone[0].prompt = "a red cat";
    alone[0].seed = 1;
    alone[0].sampler = SD_SAMPLER_EULER_A;
    alone[1].model = TEST_DATA "/tiny-sd.safetensors";
    alone[1].prompt = "a blue dog";
    alone[1].seed = 2;
    alone[1].sampler = SD_SAMPLER_DPMPP_2M;
    memcpy(together, alone, sizeof alone);
    for (i = 0; i < 2; i++) sd_test_thread_run(&alone[i]);
    for (i = 0; i < 2; i++) REQUIRE(pthread_create(&threads[i], NULL, sd_test_thread_run, &together[i]) == 0, "pthread_create");
    for (i = 0; i < 2; i++) pthread_join(threads[i], NULL);
    for (i = 0; i < 2; i++) {
        CHECK(alone[i].pixels && together[i].pixels, "context %d: %s%s", i, alone[i].error, together[i].error);
        if (alone[i].pixels && together[i].pixels)
            CHECK(memcmp(alone[i].pixels, together[i].pixels, 64 * 64 * 3) == 0, "context %d: threads changed the image", i);
        free(alone[i].pixels);
        free(together[i].pixels);
    }
}

/* ---- leaks ---------------------------------------------------------------------------------- */
/* An allocator that counts live blocks, so a leak shows without any sanitizer. */
typedef struct sd_test_counting {
    long live, total;
} sd_test_counting;
static void *sd_test_counting_alloc(size_t size, void *user) {
    sd_test_counting *c = (sd_test_counting *)user;
    void *p = malloc(size);
    if (p) { c->live++; c->total++; }
    return p;
}
static void sd_test_counting_free(void *ptr, void *user) {
    if (ptr) ((sd_test_counting *)user)->live--;
    free(ptr);
}

static int sd_test_cancel_now(void *user, int step, int steps, double elapsed) {
    (void)user;
    (void)elapsed;
    return step == steps; /* after the last step, before decoding */
}

/* After the first run (which sizes the backend's work space) every call leaves the context
   holding what it held before, good run or failing one; after sd_destroy no block is left, and a
   model that fails to load leaves none either. */
static void test_robust_no_leak_after_good_and_failing_runs(sd_tester *t) {
    sd_test_counting count = {0, 0};
    float latents[2 * 4 * 8 * 8];
    sd_desc desc;
    sd_params p;
    sd_image img[2];
    sd_ctx *ctx = NULL;
    size_t held;
    int i;
    memset(&desc, 0, sizeof desc);
    desc.model_path = TINY_SD_FOLDER;
    desc.threads = 2;
    desc.allocator.alloc = sd_test_counting_alloc;
    desc.allocator.free = sd_test_counting_free;
    desc.allocator.user_data = &count;
    REQUIRE(sd_create(&desc, &ctx) == SD_OK, "create: %s", sd_last_error(ctx));
    held = 0;
    for (i = 0; i < 6; i++) { /* runs 0 and 5 are good ones */
        sd_result r, want = SD_OK;
        memset(&p, 0, sizeof p);
        memset(img, 0, sizeof img);
        p.prompt = "a cat";
        p.steps = 2;
        p.batch = 2;
        switch (i) {
        case 1: p.width = 63; want = SD_ERR_INVALID_ARGUMENT; break;
        case 2: p.progress = sd_test_cancel_now; want = SD_ERR_CANCELLED; break;
        case 3:
            memset(latents, 0, sizeof latents);
            latents[5] = NAN;
            p.latents = latents; /* batch 2 as the others: a new shape would add memory plans to the context */
            want = SD_ERR_NUMERIC;
            break;
        case 4: p.prompt = "\xc3("; want = SD_ERR_INVALID_ARGUMENT; break;
        }
        r = sd_txt2img(ctx, &p, img);
        CHECK(r == want, "run %d: %d (%s), wanted %d", i, (int)r, sd_last_error(ctx), (int)want);
        sd_image_free(ctx, &img[0]);
        sd_image_free(ctx, &img[1]);
        if (i == 0) held = ctx->env.host_bytes; /* the backend keeps its arena, work space and plans from the first run on */
        CHECK(ctx->env.host_bytes == held, "run %d: the context holds %ld bytes more", i, (long)(ctx->env.host_bytes - held));
    }
    sd_destroy(ctx);
    CHECK(count.live == 0 && count.total > 0, "%ld of %ld blocks left after sd_destroy", count.live, count.total);
    desc.model_path = TEST_DATA "/golden.safetensors"; /* not a Stable Diffusion checkpoint */
    CHECK(sd_create(&desc, &ctx) == SD_ERR_MODEL_MISMATCH, "bad model: %s", sd_last_error(ctx));
    sd_destroy(ctx);
    CHECK(count.live == 0, "%ld blocks left after a failed load", count.live);
}

/* ---- weights with NaN, Inf and huge values -------------------------------------------------- */
/* Writes a copy of tests/data/tiny-sd.safetensors and its sidecar under path with header text
   `from` replaced by `to` (any length) and the data of tensor `patched` overwritten by `fill`
   repeated (fill_size bytes) for `count` bytes from its start. */
static int sd_test_tiny_variant(const char *path, const char *from, const char *to, const char *patched,
                                const unsigned char *fill, size_t fill_size, size_t count) {
    sd__env env = sd_test_env();
    sd__st_file src;
    const sd__st_tensor *tensor;
    char sidecar[300], *text = NULL;
    unsigned char *out;
    size_t header, new_header, data, offset, i, sidecar_size = 0, n = strlen(from), m = strlen(to);
    const unsigned char *hit = NULL;
    int k, ok;
    if (sd__st_open(&env, TEST_DATA "/tiny-sd.safetensors", &src) != SD_OK) return 0;
    tensor = sd__st_find(&src, patched);
    for (k = 7, header = 0; k >= 0; k--) header = (header << 8) | src.map.data[k];
    for (i = 8; !hit && i + n <= 8 + header; i++)
        if (memcmp(src.map.data + i, from, n) == 0) hit = src.map.data + i;
    data = src.map.size - 8 - header;
    new_header = header - n + m;
    out = (unsigned char *)malloc(8 + new_header + data);
    ok = hit && tensor && out && count <= tensor->bytes;
    if (ok) {
        for (k = 0; k < 8; k++) out[k] = (unsigned char)((unsigned long long)new_header >> (8 * k));
        memcpy(out + 8, src.map.data + 8, (size_t)(hit - src.map.data) - 8);
        memcpy(out + (hit - src.map.data), to, m);
        memcpy(out + (hit - src.map.data) + m, hit + n, 8 + header - (size_t)(hit - src.map.data) - n);
        memcpy(out + 8 + new_header, src.map.data + 8 + header, data);
        offset = (size_t)(tensor->data - (src.map.data + 8 + header));
        for (i = 0; i < count; i++) out[8 + new_header + offset + i] = fill[i % fill_size];
        snprintf(sidecar, sizeof sidecar, "%.*s.json", (int)(strlen(path) - strlen(".safetensors")), path);
        ok = sd_test_write_file(path, out, 8 + new_header + data) &&
             sd__read_file(&env, TEST_DATA "/tiny-sd.json", 1 << 20, &text, &sidecar_size) == SD_OK &&
             sd_test_write_file(sidecar, text, sidecar_size);
    }
    sd__free(&env, text);
    free(out);
    sd__st_close(&env, &src);
    return ok;
}

static void sd_test_remove_variant(const char *path) {
    char sidecar[300];
    snprintf(sidecar, sizeof sidecar, "%.*s.json", (int)(strlen(path) - strlen(".safetensors")), path);
    remove(path);
    remove(sidecar);
}

/* A NaN or Inf weight fails sd_create with SD_ERR_NUMERIC naming the tensor (F16 and BF16). */
static void test_robust_nonfinite_weights_fail_at_load(sd_tester *t) {
    static const unsigned char f16_inf[2] = {0x00, 0x7C}, bf16_nan[2] = {0xC0, 0x7F};
    static const char conv_out[] = "first_stage_model.decoder.conv_out.weight\":{\"dtype\":\"F16\"";
    static const char conv_out_bf16[] = "first_stage_model.decoder.conv_out.weight\":{\"dtype\":\"BF16\"";
    char path[256];
    sd_desc desc;
    sd_ctx *ctx = NULL;
    sd_result r;
    memset(&desc, 0, sizeof desc);
    desc.model_path = sd_test_tmp(path, sizeof path, "nonfinite.safetensors");
    desc.threads = 1;
    REQUIRE(sd_test_tiny_variant(path, "\"", "\"", "model.diffusion_model.time_embed.0.weight", f16_inf, 2, 2), "variant");
    r = sd_create(&desc, &ctx);
    CHECK(r == SD_ERR_NUMERIC && strstr(sd_last_error(ctx), "unet: tensor 'time_embedding.linear_1.weight' holds Inf at element 0"),
          "F16 Inf: %d %s", (int)r, sd_last_error(ctx));
    sd_destroy(ctx);
    REQUIRE(sd_test_tiny_variant(path, conv_out, conv_out_bf16, "first_stage_model.decoder.conv_out.weight", bf16_nan, 2, 12),
            "variant");
    r = sd_create(&desc, &ctx);
    CHECK(r == SD_ERR_NUMERIC && strstr(sd_last_error(ctx), "vae: tensor 'decoder.conv_out.weight' holds NaN at element 0"),
          "BF16 NaN: %d %s", (int)r, sd_last_error(ctx));
    sd_destroy(ctx);
    /* the token embeddings, kept in half and read on every prompt: caught at load too (they used to
       surface as bad latents for the prompts whose tokens hit the NaN) */
    REQUIRE(sd_test_tiny_variant(path, "\"", "\"", "cond_stage_model.transformer.embeddings.token_embedding.weight", f16_inf,
                                 2, 2),
            "variant");
    r = sd_create(&desc, &ctx);
    CHECK(r == SD_ERR_NUMERIC && strstr(sd_last_error(ctx), "tensor 'text_model.embeddings.token_embedding.weight' holds Inf at element 0"),
          "F16 Inf in the token embedding: %d %s", (int)r, sd_last_error(ctx));
    sd_destroy(ctx);
    sd_test_remove_variant(path);
}

/* A 16-bit dtype label that does not match the data fails sd_create naming the tensor: half data
   labelled bfloat16 (the weights come out 2^40 and more below the largest; it used to make grey
   images), bfloat16 data labelled half (every value within 16x of the largest), and a matrix of
   zeros. */
static void test_robust_mislabelled_weights_fail_at_load(sd_tester *t) {
    static const char block[] = "model.diffusion_model.output_blocks.7.0.in_layers.2.weight";
    static const char label_f16[] = "model.diffusion_model.output_blocks.7.0.in_layers.2.weight\":{\"dtype\":\"F16\"";
    static const char label_bf16[] = "model.diffusion_model.output_blocks.7.0.in_layers.2.weight\":{\"dtype\":\"BF16\"";
    /* bfloat16 0.0100, -0.0200, 0.0050, -0.0012 (little-endian), read as half: 1.03, -1.53, 0.76, -0.52 */
    static const unsigned char bf16_weights[8] = {0x24, 0x3C, 0xA4, 0xBC, 0xA4, 0x3B, 0x9D, 0xBA};
    static const unsigned char zero[1] = {0};
    static const struct { const char *to; const unsigned char *fill; size_t fill_size, count; const char *want; } cases[] = {
        {label_bf16, zero, 1, 0, "(BF16) is for 5% of its values and more, 2^40 times smaller than its largest"},
        {label_f16, bf16_weights, 8, 73728 * 2, "(F16) is under 1% of its values more than 16 times smaller"},
        {label_f16, zero, 1, 73728 * 2, "(F16) is all zeros or under 1e-12 in magnitude"}};
    char path[256];
    sd_desc desc;
    size_t i;
    memset(&desc, 0, sizeof desc);
    desc.model_path = sd_test_tmp(path, sizeof path, "mislabelled.safetensors");
    desc.threads = 1;
    for (i = 0; i < SD__COUNT(cases); i++) {
        sd_ctx *ctx = NULL;
        sd_result r;
        REQUIRE(sd_test_tiny_variant(path, label_f16, cases[i].to, block, cases[i].fill, cases[i].fill_size, cases[i].count),
                "variant %lu", (unsigned long)i);
        r = sd_create(&desc, &ctx);
        CHECK(r == SD_ERR_MODEL_FORMAT && strstr(sd_last_error(ctx), "unet: tensor 'up_blocks.2.resnets.1.conv1.weight'") &&
                  strstr(sd_last_error(ctx), cases[i].want) && strstr(sd_last_error(ctx), "another dtype"),
              "case %lu: %d %s", (unsigned long)i, (int)r, sd_last_error(ctx));
        sd_destroy(ctx);
    }
    sd_test_remove_variant(path);
}

/* Finite weights so large that the VAE's output overflows: the run ends with SD_ERR_NUMERIC
   and no image (never a white or black one). */
static void test_robust_overflowing_decoder_is_numeric_error(sd_tester *t) {
    static const unsigned char bf16_huge[2] = {0x7F, 0x7F}; /* 3.39e38 */
    static const char conv_out[] = "first_stage_model.decoder.conv_out.weight\":{\"dtype\":\"F16\"";
    static const char conv_out_bf16[] = "first_stage_model.decoder.conv_out.weight\":{\"dtype\":\"BF16\"";
    char path[256];
    sd_desc desc;
    sd_params p;
    sd_image img;
    sd_ctx *ctx = NULL;
    sd_result r;
    memset(&desc, 0, sizeof desc);
    memset(&p, 0, sizeof p);
    memset(&img, 0, sizeof img);
    desc.model_path = sd_test_tmp(path, sizeof path, "overflow.safetensors");
    desc.threads = 2;
    REQUIRE(sd_test_tiny_variant(path, conv_out, conv_out_bf16, "first_stage_model.decoder.conv_out.weight", bf16_huge, 2,
                                 3 * 32 * 3 * 3 * 2),
            "variant");
    r = sd_create(&desc, &ctx);
    CHECK(r == SD_OK, "huge finite weights load: %s", sd_last_error(ctx));
    p.prompt = "a cat";
    p.steps = 1;
    if (r == SD_OK) {
        r = sd_txt2img(ctx, &p, &img);
        CHECK(r == SD_ERR_NUMERIC && strstr(sd_last_error(ctx), "NaN or Inf in the image"), "got %d: %s", (int)r,
              sd_last_error(ctx));
        CHECK(img.pixels == NULL, "an image came back");
    }
    sd_image_free(ctx, &img);
    sd_destroy(ctx);
    sd_test_remove_variant(path);
}

/* ---- files cut short ------------------------------------------------------------------------ */
/* The tiny checkpoint cut inside the header length, right after it, inside the JSON, right after
   it, and inside the data: each prefix is refused with a message saying what is wrong. */
static void test_safetensors_cut_at_section_boundaries(sd_tester *t) {
    sd__env env = sd_test_env();
    sd__mapped_file src;
    size_t header, k;
    int i;
    REQUIRE(sd__map_file(&env, TEST_DATA "/tiny-sd.safetensors", &src) == SD_OK, "map");
    for (i = 7, header = 0; i >= 0; i--) header = (header << 8) | src.data[i];
    {
        const struct { size_t size; const char *message; } cuts[] = {
            {0, "too short"}, {4, "too short"}, {7, "too short"}, {8, "header length"}, {9, "header length"},
            {8 + header / 2, "header length"}, {8 + header - 1, "header length"}, {8 + header, "outside"},
            {8 + header + 1, "outside"}, {8 + header + (src.size - 8 - header) / 2, "outside"}, {src.size - 1, "outside"}};
        for (k = 0; k < SD__COUNT(cuts); k++) {
            sd__st_file f;
            sd_result r;
            sd__clear_error(&env);
            r = sd__st_parse(&env, src.data, cuts[k].size, "cut", &f);
            CHECK(r == SD_ERR_MODEL_FORMAT && strstr(env.message, cuts[k].message), "cut at %lu: %d '%s', wanted '%s'",
                  (unsigned long)cuts[k].size, (int)r, env.message, cuts[k].message);
            if (r == SD_OK) sd__st_close(&env, &f);
        }
    }
    /* the header JSON itself cut short, with its length field telling the truth */
    {
        unsigned char *copy = (unsigned char *)malloc(8 + header);
        sd__st_file f;
        REQUIRE(copy, "malloc");
        memcpy(copy, src.data, 8 + header);
        for (i = 0; i < 8; i++) copy[i] = (unsigned char)((header / 2) >> (8 * i));
        CHECK(sd__st_parse(&env, copy, 8 + header / 2, "cut", &f) == SD_ERR_MODEL_FORMAT && strstr(env.message, "malformed JSON"),
              "JSON cut in half: %s", env.message);
        free(copy);
    }
    sd__unmap_file(&src);
    CHECK(env.host_bytes == 0, "%lu bytes leaked", (unsigned long)env.host_bytes);
}

/* sd__st_open is sd__st_parse over the mapped file: both read the same table. */
static void test_safetensors_memory_and_file_agree(sd_tester *t) {
    sd__env env = sd_test_env();
    sd__mapped_file map;
    sd__st_file a, b;
    size_t i;
    REQUIRE(sd__map_file(&env, TEST_DATA "/golden.safetensors", &map) == SD_OK, "map");
    REQUIRE(sd__st_open(&env, TEST_DATA "/golden.safetensors", &a) == SD_OK, "open: %s", env.message);
    REQUIRE(sd__st_parse(&env, map.data, map.size, "golden", &b) == SD_OK, "parse: %s", env.message);
    CHECK(a.count == b.count && a.count > 0 && a.map.mapped && !b.map.mapped, "%lu and %lu tensors", (unsigned long)a.count,
          (unsigned long)b.count);
    for (i = 0; i < a.count && i < b.count; i++)
        CHECK(strcmp(a.tensors[i].name, b.tensors[i].name) == 0 && a.tensors[i].bytes == b.tensors[i].bytes &&
                  memcmp(a.tensors[i].data, b.tensors[i].data, a.tensors[i].bytes) == 0,
              "tensor %lu differs", (unsigned long)i);
    sd__st_close(&env, &a);
    sd__st_close(&env, &b);
    CHECK(map.data != NULL && map.data[8] == '{', "closing a parsed image leaves its bytes alone");
    sd__unmap_file(&map);
    CHECK(env.host_bytes == 0, "%lu bytes leaked", (unsigned long)env.host_bytes);
}

/* ---- sizes ------------------------------------------------------------------------------------ */
/* Weight shapes whose size overflows, and convolutions whose row count does not fit an int, are
   refused before anything is allocated or computed. */
static void test_robust_weight_and_op_sizes_are_checked(sd_tester *t) {
    sd__env env = sd_test_env();
    sd__backend *b;
    sd__loader ld;
    sd__tensor w, x, y, kernel;
    float data[16];
    REQUIRE(sd__cpu_backend_create(&env, 1, SD_PRECISION_FP32, &b) == SD_OK, "backend");
    memset(&ld, 0, sizeof ld);
    ld.env = &env;
    ld.b = b;
    w = sd__load(&ld, SD__W_CONV, "huge", ".weight", 4, INT_MAX, INT_MAX, INT_MAX, INT_MAX);
    CHECK(ld.status == SD_ERR_OUT_OF_MEMORY && w.data == NULL && strstr(env.message, "weight 'huge.weight'"), "4 x INT_MAX: %s",
          env.message);
    ld.status = SD_OK;
    w = sd__load(&ld, SD__W_LINEAR, "wide", ".weight", 2, 8, (long long)INT_MAX + 1, 0, 0);
    CHECK(ld.status == SD_ERR_OUT_OF_MEMORY && strstr(env.message, "out of range"), "above INT_MAX: %s", env.message);
    sd__loader_free(&ld);
    /* tensors that claim more rows than an int holds (their data is never touched) */
    memset(data, 0, sizeof data);
    memset(&x, 0, sizeof x);
    x.data = data;
    x.n = 64; x.h = 8192; x.w = 8192; x.c = 1;
    y = x;
    kernel = x;
    kernel.n = 1; kernel.h = 1; kernel.w = 1; kernel.c = 1;
    b->ops->conv2d(b, &x, &kernel, NULL, NULL, 1, 0, &y);
    CHECK(b->status == SD_ERR_INVALID_ARGUMENT && strstr(env.message, "shapes do not fit"), "conv rows: %s", env.message);
    b->ops->destroy(b);
    CHECK(env.host_bytes == 0, "%lu bytes leaked", (unsigned long)env.host_bytes);
}

/* Init images of sizes no run can have are refused as invalid arguments, including 0 x 0 (which
   used to pass as "the model's default size"); any other size gives a run of its sides rounded
   down to multiples of 8, or of the size asked for; resize mode none refuses a mismatch. */
static void test_robust_init_image_sizes(sd_tester *t) {
    static unsigned char pixels[64 * 64 * 3];
    static const int bad[][2] = {{0, 0}, {0, 64}, {-64, 64}, {SD_MAX_DIM + 8, 64}};
    sd__env env = sd_test_env();
    sd_params p;
    sd_image init;
    sd_resize mode;
    size_t i;
    int W = 0, H = 0;
    memset(&p, 0, sizeof p);
    init.pixels = pixels;
    for (i = 0; i < SD__COUNT(bad); i++) {
        init.width = bad[i][0];
        init.height = bad[i][1];
        CHECK(sd__init_run_size(&env, &p, &init, 8, &mode, &W, &H) == SD_ERR_INVALID_ARGUMENT &&
                  strstr(env.message, "its sides must be between 1 and"),
              "%dx%d: %s", init.width, init.height, env.message);
    }
    init.width = 4;
    init.height = 8;
    CHECK(sd__init_run_size(&env, &p, &init, 8, &mode, &W, &H) == SD_ERR_INVALID_ARGUMENT && strstr(env.message, "at least 8"),
          "4x8: %s", env.message);
    p.width = p.height = 64; /* a size asked for: any init image is fitted to it */
    CHECK(sd__init_run_size(&env, &p, &init, 8, &mode, &W, &H) == SD_OK && W == 64 && H == 64 && mode == SD_RESIZE_STRETCH,
          "4x8 to 64x64: %s", env.message);
    p.width = p.height = 0;
    init.width = 100;
    init.height = 60;
    CHECK(sd__init_run_size(&env, &p, &init, 8, &mode, &W, &H) == SD_OK && W == 96 && H == 56, "100x60: %dx%d", W, H);
    p.resize = SD_RESIZE_NONE;
    CHECK(sd__init_run_size(&env, &p, &init, 8, &mode, &W, &H) == SD_ERR_INVALID_ARGUMENT && strstr(env.message, "resize mode is none"),
          "100x60 with none: %s", env.message);
    p.resize = (sd_resize)7;
    CHECK(sd__init_run_size(&env, &p, &init, 8, &mode, &W, &H) == SD_ERR_INVALID_ARGUMENT && strstr(env.message, "unknown resize mode 7"),
          "resize 7: %s", env.message);
    p.resize = SD_RESIZE_NONE;
    init.width = init.height = 64;
    CHECK(sd__init_run_size(&env, &p, &init, 8, &mode, &W, &H) == SD_OK && W == 64 && H == 64, "64x64 with none");
    p.resize = SD_RESIZE_DEFAULT;
    {
        sd_ctx *ctx = sd_test_tiny_ctx(t);
        sd_image img;
        if (!ctx) return;
        memset(&img, 0, sizeof img);
        init.width = init.height = 0;
        p.prompt = "a cat";
        p.steps = 1;
        CHECK(sd_img2img(ctx, &p, &init, &img) == SD_ERR_INVALID_ARGUMENT && strstr(sd_last_error(ctx), "0x0"),
              "0x0 through the API: %s", sd_last_error(ctx));
        CHECK(img.pixels == NULL, "an image came back");
        sd_destroy(ctx);
    }
}

/* Bad inpainting input fails with a clear message and no image (docs/ROBUSTNESS.md): a mask of
   another size than the run's with resize mode none, of no size, without pixels, or that repaints
   nothing; a mask outside
   img2img; an inpainting model without a mask. (A colour mask is not an error: it is made grey
   as diffusers does, which the inpainting goldens test.) */
static void test_robust_inpaint_masks(sd_tester *t) {
    static unsigned char pixels[64 * 64 * 3], white[64 * 64 * 3];
    sd_ctx *ctx = NULL, *inpaint = NULL;
    sd_desc desc;
    sd_params p;
    sd_image init, mask, img;
    memset(white, 255, sizeof white);
    memset(&desc, 0, sizeof desc);
    desc.model_path = TEST_DATA "/tiny-sd2-inpaint";
    desc.threads = 2;
    REQUIRE(sd_create(&desc, &inpaint) == SD_OK, "inpainting model: %s", sd_last_error(inpaint));
    ctx = sd_test_tiny_ctx(t);
    if (!ctx) {
        sd_destroy(inpaint);
        return;
    }
    memset(&p, 0, sizeof p);
    memset(&img, 0, sizeof img);
    p.prompt = "a cat";
    p.steps = 1;
    init.width = init.height = 64;
    init.pixels = pixels;
    mask = init;
    mask.pixels = white;
    p.mask = &mask;
    mask.width = 32;
    p.resize = SD_RESIZE_NONE;
    CHECK(sd_img2img(ctx, &p, &init, &img) == SD_ERR_INVALID_ARGUMENT &&
              strstr(sd_last_error(ctx), "the mask is 32x64 but the run is 64x64, and the resize mode is none"),
          "wrong size: %s", sd_last_error(ctx));
    p.resize = SD_RESIZE_DEFAULT;
    mask.height = 0;
    CHECK(sd_img2img(ctx, &p, &init, &img) == SD_ERR_INVALID_ARGUMENT && strstr(sd_last_error(ctx), "the mask is 32x0"),
          "0 high: %s", sd_last_error(ctx));
    mask.width = mask.height = 64;
    mask.pixels = NULL;
    CHECK(sd_img2img(ctx, &p, &init, &img) == SD_ERR_INVALID_ARGUMENT && strstr(sd_last_error(ctx), "the mask has no pixels"),
          "no pixels: %s", sd_last_error(ctx));
    mask.pixels = pixels; /* black: keeps everything */
    CHECK(sd_img2img(inpaint, &p, &init, &img) == SD_ERR_INVALID_ARGUMENT && strstr(sd_last_error(inpaint), "repaints nothing"),
          "empty mask: %s", sd_last_error(inpaint));
    pixels[3 * 100] = 200; /* one pixel of grey 60: still nothing */
    CHECK(sd_img2img(ctx, &p, &init, &img) == SD_ERR_INVALID_ARGUMENT && strstr(sd_last_error(ctx), "repaints nothing"),
          "dark mask: %s", sd_last_error(ctx));
    pixels[3 * 100] = 0;
    mask.pixels = white;
    CHECK(sd_txt2img(ctx, &p, &img) == SD_ERR_INVALID_ARGUMENT && strstr(sd_last_error(ctx), "a mask is for inpainting"),
          "mask in txt2img: %s", sd_last_error(ctx));
    p.mask = NULL;
    CHECK(sd_txt2img(inpaint, &p, &img) == SD_ERR_INVALID_ARGUMENT && strstr(sd_last_error(inpaint), "this is an inpainting model"),
          "inpainting model in txt2img: %s", sd_last_error(inpaint));
    CHECK(sd_img2img(inpaint, &p, &init, &img) == SD_ERR_INVALID_ARGUMENT && strstr(sd_last_error(inpaint), "and a mask"),
          "inpainting model without a mask: %s", sd_last_error(inpaint));
    CHECK(img.pixels == NULL, "an image came back");
    p.mask = &mask;
    CHECK(sd_img2img(inpaint, &p, &init, &img) == SD_OK && img.pixels, "a good mask: %s", sd_last_error(inpaint));
    sd_image_free(inpaint, &img);
    sd_destroy(ctx);
    sd_destroy(inpaint);
}

/* Creates a context of model with the VAE at vae; returns sd_create's result, the message in msg. */
static sd_result sd_test_create_with_vae(const char *model, const char *vae, char *msg, size_t size) {
    sd_desc desc;
    sd_ctx *ctx = NULL;
    sd_result r;
    memset(&desc, 0, sizeof desc);
    desc.model_path = model;
    desc.vae_path = vae;
    desc.threads = 2;
    r = sd_create(&desc, &ctx);
    snprintf(msg, size, "%s", ctx ? sd_last_error(ctx) : "no context");
    sd_destroy(ctx);
    return r;
}

/* Bad separate VAEs fail sd_create with the file named (docs/ROBUSTNESS.md); a whole checkpoint
   works as one (its first_stage_model.* tensors, its sidecar's "vae") and gives that model's image
   bit for bit, also to a checkpoint without a VAE. */
static void test_robust_bad_vae_files(sd_tester *t) {
    char msg[1024], dir[256], cmd[4096], out[512];
    sd_ctx *ctx = NULL, *with_vae = NULL;
    sd_desc desc;
    sd_params p;
    sd_image a, b;
    sd_result r;
    r = sd_test_create_with_vae(TEST_DATA "/tiny-sd2", "/nonexistent/vae.safetensors", msg, sizeof msg);
    CHECK(r == SD_ERR_IO && strstr(msg, "VAE '/nonexistent/vae.safetensors' is"), "missing: %d %s", (int)r, msg);
    r = sd_test_create_with_vae(TEST_DATA "/tiny-sd2", TEST_DATA "/tiny-lora-kohya.safetensors", msg, sizeof msg);
    CHECK(r == SD_ERR_MODEL_MISMATCH && strstr(msg, "is not a VAE in the original (LDM) layout"), "a LoRA: %d %s", (int)r, msg);
    r = sd_test_create_with_vae(TEST_DATA "/tiny-sd2", TEST_DATA "/tiny-vae/diffusion_pytorch_model.safetensors", msg, sizeof msg);
    CHECK(r == SD_ERR_MODEL_MISMATCH && strstr(msg, "give the folder with its config.json"), "diffusers names: %d %s", (int)r, msg);
    sd_test_tmp(dir, sizeof dir, "vae_bad");
    snprintf(cmd, sizeof cmd,
             "rm -rf %s && mkdir -p %s/c8 %s/scale %s/nosidecar && cp " TEST_DATA "/tiny-vae/* %s/c8 && cp " TEST_DATA
             "/tiny-vae/* %s/scale && sed -i 's/\"latent_channels\": 4/\"latent_channels\": 8/' %s/c8/config.json && sed -i "
             "'s/\"scaling_factor\": 0.18215/\"scaling_factor\": 0.13025/' %s/scale/config.json && cp " TEST_DATA
             "/tiny-vae-ldm.safetensors %s/nosidecar/v.safetensors",
             dir, dir, dir, dir, dir, dir, dir, dir, dir);
    REQUIRE(sd_test_run_command(cmd, out, sizeof out) == 0, "setup: %s", out);
    snprintf(cmd, sizeof cmd, "%s/c8", dir);
    r = sd_test_create_with_vae(TEST_DATA "/tiny-sd2", cmd, msg, sizeof msg);
    CHECK(r == SD_ERR_MODEL_MISMATCH && strstr(msg, "has 8 latent channels but the model's UNet works on 4"), "8 channels: %d %s",
          (int)r, msg);
    snprintf(cmd, sizeof cmd, "%s/scale", dir);
    r = sd_test_create_with_vae(TEST_DATA "/tiny-sd2", cmd, msg, sizeof msg);
    CHECK(r == SD_ERR_MODEL_MISMATCH && strstr(msg, "has scaling_factor 0.13025 but the model's is 0.18215"), "scale: %d %s", (int)r,
          msg);
    snprintf(cmd, sizeof cmd, "%s/nosidecar/v.safetensors", dir);
    r = sd_test_create_with_vae(TEST_DATA "/tiny-sd2", cmd, msg, sizeof msg);
    CHECK(r != SD_OK && strstr(msg, "norm_num_groups"), "no sidecar (SD's 32 groups for 8 channels): %d %s", (int)r, msg);
    sd_test_remove_folder(dir);
    /* a checkpoint as the VAE */
    memset(&p, 0, sizeof p);
    memset(&a, 0, sizeof a);
    memset(&b, 0, sizeof b);
    p.prompt = "a cat";
    p.steps = 2;
    p.seed = 4;
    memset(&desc, 0, sizeof desc);
    desc.model_path = TINY_SD_FOLDER;
    desc.threads = 2;
    CHECK(sd_create(&desc, &ctx) == SD_OK && sd_txt2img(ctx, &p, &a) == SD_OK, "plain: %s", sd_last_error(ctx));
    desc.vae_path = TEST_DATA "/tiny-sd.safetensors";
    CHECK(sd_create(&desc, &with_vae) == SD_OK && sd_txt2img(with_vae, &p, &b) == SD_OK, "checkpoint as VAE: %s",
          sd_last_error(with_vae));
    CHECK(a.pixels && b.pixels && memcmp(a.pixels, b.pixels, (size_t)a.width * a.height * 3) == 0,
          "the checkpoint's own VAE as a separate one changed the image");
    sd_image_free(with_vae, &b);
    sd_destroy(with_vae);
    with_vae = NULL;
    { /* a checkpoint without a VAE: refused alone, the same image with the VAE given apart */
        sd__env env = sd_test_env();
        sd__st_file f;
        sd__st_tensor *kept;
        char path[256];
        size_t i, n = 0;
        sd_test_tmp(path, sizeof path, "no_vae.safetensors");
        REQUIRE(sd__st_open(&env, TEST_DATA "/tiny-sd.safetensors", &f) == SD_OK, "open: %s", env.message);
        kept = (sd__st_tensor *)calloc(f.count, sizeof *kept);
        for (i = 0; kept && i < f.count; i++)
            if (strncmp(f.tensors[i].name, SD__LDM_VAE, strlen(SD__LDM_VAE)) != 0) kept[n++] = f.tensors[i];
        CHECK(kept && n < f.count && sd_test_write_safetensors(path, n, kept, NULL), "no-VAE checkpoint written");
        snprintf(cmd, sizeof cmd, "cp " TEST_DATA "/tiny-sd.json %.*s.json", (int)(strlen(path) - 12), path); /* its sidecar */
        CHECK(sd_test_run_command(cmd, out, sizeof out) == 0, "sidecar: %s", out);
        free(kept);
        sd__st_close(&env, &f);
        r = sd_test_create_with_vae(path, NULL, msg, sizeof msg);
        CHECK(r == SD_ERR_MODEL_MISMATCH && strstr(msg, "no VAE") && strstr(msg, "--vae"), "alone: %d %s", (int)r, msg);
        desc.model_path = path;
        desc.vae_path = TEST_DATA "/tiny-sd.safetensors";
        CHECK(sd_create(&desc, &with_vae) == SD_OK && sd_txt2img(with_vae, &p, &b) == SD_OK, "no-VAE checkpoint with --vae: %s",
              sd_last_error(with_vae));
        CHECK(b.pixels && memcmp(a.pixels, b.pixels, (size_t)a.width * a.height * 3) == 0, "another image");
        sd_image_free(with_vae, &b);
        sd_destroy(with_vae);
        remove(path);
        snprintf(cmd, sizeof cmd, "%.*s.json", (int)(strlen(path) - 12), path);
        remove(cmd);
    }
    sd_image_free(ctx, &a);
    sd_destroy(ctx);
}

/* Bad TAESD files fail sd_create with the file named; vae_tiny without one is refused. */
static void test_robust_bad_taesd_files(sd_tester *t) {
    static const struct { const char *path; sd_toggle tiny; sd_result r; const char *message; } cases[] = {
        {"/nonexistent/taesd.safetensors", SD_TOGGLE_DEFAULT, SD_ERR_IO, "/nonexistent/taesd.safetensors"},
        {TEST_DATA "/tiny-lora-kohya.safetensors", SD_TOGGLE_DEFAULT, SD_ERR_MODEL_MISMATCH, "is not a TAESD decoder"},
        {TEST_DATA "/tiny-vae", SD_TOGGLE_DEFAULT, SD_ERR_MODEL_MISMATCH, "is not a TAESD decoder"},
        {NULL, SD_ON, SD_ERR_INVALID_ARGUMENT, "vae_tiny decodes with TAESD: give its file"}};
    size_t i;
    for (i = 0; i < SD__COUNT(cases); i++) {
        sd_desc desc;
        sd_ctx *ctx = NULL;
        sd_result r;
        memset(&desc, 0, sizeof desc);
        desc.model_path = TINY_SD_FOLDER;
        desc.taesd_path = cases[i].path;
        desc.vae_tiny = cases[i].tiny;
        r = sd_create(&desc, &ctx);
        CHECK(r == cases[i].r && strstr(sd_last_error(ctx), cases[i].message), "%s: %d %s", cases[i].path ? cases[i].path : "(none)",
              (int)r, sd_last_error(ctx));
        sd_destroy(ctx);
    }
}

/* Keeps the last warning the library logged. */
/* Appends each WARN line, newline-ended, to a 512-byte buffer. */
static void sd_test_keep_warning(void *user, sd_log_level level, const char *message) {
    const size_t used = strlen((char *)user);
    if (level == SD_LOG_WARN && used < 512) snprintf((char *)user + used, 512 - used, "%s\n", message);
}

/* A prompt of several megabytes runs (CLIP sees its first SD_MAX_PROMPT_CHUNKS chunks, and the
   log says so, for the negative prompt too) in a few seconds. */
static void test_robust_megabyte_prompt_runs(sd_tester *t) {
    static const char unit[] = "a photo of a cat, ";
    const size_t repeats = (4 << 20) / (sizeof unit - 1);
    char warning[512] = "", expected[256];
    sd_ctx *ctx = NULL;
    sd_desc desc;
    sd_params p;
    sd_image img;
    char *prompt;
    double t0;
    size_t i;
    memset(&desc, 0, sizeof desc);
    desc.model_path = TINY_SD_FOLDER;
    desc.threads = 2;
    desc.logger.func = sd_test_keep_warning;
    desc.logger.user_data = warning;
    REQUIRE(sd_create(&desc, &ctx) == SD_OK, "tiny model: %s", sd_last_error(ctx));
    prompt = (char *)malloc(repeats * (sizeof unit - 1) + 1);
    REQUIRE(prompt, "malloc");
    for (i = 0; i < repeats; i++) memcpy(prompt + i * (sizeof unit - 1), unit, sizeof unit - 1);
    prompt[repeats * (sizeof unit - 1)] = 0;
    memset(&p, 0, sizeof p);
    memset(&img, 0, sizeof img);
    p.prompt = prompt;
    p.negative_prompt = prompt;
    p.steps = 1;
    t0 = sd__now();
    CHECK(sd_txt2img(ctx, &p, &img) == SD_OK && img.pixels, "4 MB prompt: %s", sd_last_error(ctx));
    CHECK(sd__now() - t0 < 20.0, "a 4 MB prompt took %.1f s", sd__now() - t0);
    snprintf(expected, sizeof expected, "the negative prompt has %d tokens; only the first 32 chunks of 75 are used\n"
             "the prompt has %d tokens; only the first 32 chunks of 75 are used\n", (int)(repeats * 6), (int)(repeats * 6));
    CHECK(strcmp(warning, expected) == 0, "warnings '%s', wanted '%s'", warning, expected);
    sd_image_free(ctx, &img);
    sd_destroy(ctx);
    free(prompt);
}

/* ---- the CLI's output file ------------------------------------------------------------------ */
/* The CLI writes NAME.tmp.PID and renames it: when the write fails half-way (a file size limit
   here), the old NAME is intact and no temporary file is left; when it succeeds, NAME is the
   whole new PNG and no temporary file is left either. */
static void test_cli_output_is_never_half_written(sd_tester *t) {
    static const char old[] = "the previous image";
    char dir[256], out[300], cmd[1024], log[4096], *text = NULL;
    sd__env env = sd_test_env();
    size_t size = 0;
    unsigned char *pixels;
    int rc, w = 0, h = 0, comp = 0;
    sd_test_tmp(dir, sizeof dir, "atomic");
    sd_test_remove_folder(dir);
    REQUIRE(mkdir(dir, 0700) == 0, "mkdir %s", dir);
    snprintf(out, sizeof out, "%s/out.png", dir);
    REQUIRE(sd_test_write_file(out, old, sizeof old - 1), "write %s", out);
    /* 4 blocks (2 or 4 KiB, by shell) is far less than the PNG; the CLI ignores SIGXFSZ itself, so
       the write fails with EFBIG instead of the signal killing it mid-file */
    snprintf(cmd, sizeof cmd,
             "sh -c \"ulimit -f 4; exec ./%s/sd -m %s -p 'a cat' -W 64 -H 64 --steps 1 --seed 3 --threads 2 -o %s\"",
             SD_TEST_BUILD, TINY_SD_FOLDER, out);
    rc = sd_test_run_command(cmd, log, sizeof log);
    CHECK(rc == 1 && strstr(log, "cannot write") && strstr(log, out), "a failed write: exit %d:\n%s", rc, log);
    CHECK(sd__read_file(&env, out, 1 << 20, &text, &size) == SD_OK && size == sizeof old - 1 && memcmp(text, old, size) == 0,
          "the old file changed");
    sd__free(&env, text);
    snprintf(cmd, sizeof cmd, "ls -A %s", dir);
    sd_test_run_command(cmd, log, sizeof log);
    CHECK(strcmp(log, "out.png\n") == 0, "files left after a failed write:\n%s", log);
    snprintf(cmd, sizeof cmd, "./%s/sd -m %s -p 'a cat' -W 64 -H 64 --steps 1 --seed 3 --threads 2 -o %s", SD_TEST_BUILD,
             TINY_SD_FOLDER, out);
    rc = sd_test_run_command(cmd, log, sizeof log);
    pixels = stbi_load(out, &w, &h, &comp, 3);
    CHECK(rc == 0 && pixels && w == 64 && h == 64, "a good write: exit %d, %dx%d:\n%s", rc, w, h, log);
    stbi_image_free(pixels);
    snprintf(cmd, sizeof cmd, "ls -A %s", dir);
    sd_test_run_command(cmd, log, sizeof log);
    CHECK(strcmp(log, "out.png\n") == 0, "files left after a good write:\n%s", log);
    sd_test_remove_folder(dir);
}

/* JPEG init images are refused before decoding (see cli/sd.c), the fuzzer's out-of-bounds
   JPEG among them; PNG is the format. */
static void test_cli_refuses_jpeg_init_image(sd_tester *t) {
    static const char *const jpegs[] = {"tests/fuzz/corpus/image/baseline-16x8.jpg",
                                        "tests/fuzz/corpus/image/regress-jpeg-dht-counts-above-256.jpg"};
    char cmd[1024], log[4096], out[256];
    size_t i;
    int rc;
    sd_test_tmp(out, sizeof out, "jpeg_out.png");
    for (i = 0; i < SD__COUNT(jpegs); i++) {
        snprintf(cmd, sizeof cmd, "./%s/sd -m %s -p 'a cat' --init-img %s -o %s", SD_TEST_BUILD, TINY_SD_FOLDER, jpegs[i], out);
        rc = sd_test_run_command(cmd, log, sizeof log);
        CHECK(rc == 1 && strstr(log, "cannot read image") && strstr(log, jpegs[i]), "%s: exit %d:\n%s", jpegs[i], rc, log);
        CHECK(access(out, F_OK) != 0, "an image was written");
    }
}

/* A backend this machine or build cannot give fails sd_create with SD_ERR_BACKEND (skipped
   where CUDA works). */
static void test_robust_unavailable_backend(sd_tester *t) {
    sd_desc desc;
    sd_ctx *ctx = NULL;
    sd_result r;
    memset(&desc, 0, sizeof desc);
    desc.model_path = TINY_SD_FOLDER;
    desc.backend = SD_BACKEND_CUDA;
    r = sd_create(&desc, &ctx);
    if (r == SD_OK) {
        sd_destroy(ctx);
        SKIP("the CUDA backend works here");
    }
    CHECK(r == SD_ERR_BACKEND && strstr(sd_last_error(ctx), "CUDA"), "got %d: %s", (int)r, sd_last_error(ctx));
    sd_destroy(ctx);
}

/* A context whose sd_create failed refuses every later call with the create's error and never
   crashes: a failure early (a bad desc: no tokenizer yet) and late (a budget too small: the model
   open, its weights not). */
static void test_robust_failed_create_refuses_calls(sd_tester *t) {
    sd_desc d;
    sd_params p;
    sd_image img[1];
    int ids[SD_MAX_TOKENS], k;
    for (k = 0; k < 2; k++) {
        sd_ctx *ctx = NULL;
        sd_result created;
        memset(&d, 0, sizeof d);
        d.model_path = TINY_SD_FOLDER;
        d.threads = 1;
        if (k == 0) d.threads = -5;  /* refused while the desc is resolved */
        else d.vram_budget = 1024;   /* refused after the model was opened */
        created = sd_create(&d, &ctx);
        REQUIRE(created != SD_OK && ctx, "case %d: sd_create gave %d", k, (int)created);
        memset(&p, 0, sizeof p);
        p.prompt = "a cat";
        p.steps = 1;
        memset(img, 0, sizeof img);
        CHECK(sd_txt2img(ctx, &p, img) == created && !img[0].pixels, "case %d: txt2img gave %s", k, sd_last_error(ctx));
        CHECK(strstr(sd_last_error(ctx), "sd_create failed") != NULL, "case %d: message '%s'", k, sd_last_error(ctx));
        CHECK(sd_tokenize(ctx, "a cat", ids) == created, "case %d: tokenize", k);
        sd_destroy(ctx);
    }
}

/* A model path that is neither a regular file nor a folder is refused before anything opens it,
   with a message that says what it is; none of these may block (the FIFO has no writer). The
   special files are made in a temporary folder. */
static void test_robust_special_model_paths(sd_tester *t) {
    static const struct { const char *name, *said; } cases[] = {
        {"fifo", "is a FIFO"}, {"dangling", "is a dangling symbolic link"}, {"loop", "is a symbolic link loop"},
        {"missing", "is not found"}};
    char dir[256], path[512], cli[1024], out[4096];
    size_t i;
    sd_test_tmp(dir, sizeof dir, "special");
    sd_test_remove_folder(dir);
    REQUIRE(mkdir(dir, 0700) == 0, "mkdir %s", dir);
    snprintf(path, sizeof path, "%s/fifo", dir);
    REQUIRE(mkfifo(path, 0600) == 0, "mkfifo %s", path);
    snprintf(path, sizeof path, "%s/dangling", dir);
    REQUIRE(symlink("nowhere", path) == 0, "symlink %s", path);
    snprintf(path, sizeof path, "%s/loop", dir);
    REQUIRE(symlink("loop", path) == 0, "symlink %s", path);
    for (i = 0; i < SD__COUNT(cases); i++) {
        sd_desc d;
        sd_ctx *ctx = NULL;
        memset(&d, 0, sizeof d);
        snprintf(path, sizeof path, "%s/%s", dir, cases[i].name);
        d.model_path = path;
        CHECK(sd_create(&d, &ctx) == SD_ERR_IO && strstr(sd_last_error(ctx), cases[i].said),
              "%s: '%s'", cases[i].name, sd_last_error(ctx));
        sd_destroy(ctx);
    }
    /* the CLI's init image: a FIFO is refused at once */
    snprintf(path, sizeof path, "%s/fifo", dir);
    snprintf(cli, sizeof cli, "./%s/sd -m %s -p 'a cat' --init-img %s -o %s/out.png", SD_TEST_BUILD, TINY_SD_FOLDER,
             path, dir);
    CHECK(sd_test_run_command(cli, out, sizeof out) == 1 && strstr(out, "not a regular file"), "--init-img FIFO:\n%s", out);
    sd_test_remove_folder(dir);
}

/* After sd_create a context never reads its model file again: truncating the file (or rewriting
   it) changes nothing, where the mapped embeddings used to give SIGBUS. Sequential offload on the
   CPU is the exception (it converts the weights from the file as it runs): there a truncated file
   fails the run with SD_ERR_IO. */
static void test_robust_model_file_changes_after_create(sd_tester *t) {
    char path[256], sidecar[256], cmd[600];
    sd_desc d;
    sd_params p;
    sd_image before, after;
    sd_ctx *ctx = NULL;
    sd_test_tmp(path, sizeof path, "shrinking.safetensors");
    sd_test_tmp(sidecar, sizeof sidecar, "shrinking.json"); /* the single file's head counts */
    snprintf(cmd, sizeof cmd, "cp %s %s && cp %s %s", TEST_DATA "/tiny-sd.safetensors", path, TEST_DATA "/tiny-sd.json", sidecar);
    REQUIRE(sd_test_run_command(cmd, NULL, 0) == 0, "%s", cmd);
    memset(&d, 0, sizeof d);
    d.model_path = path;
    d.threads = 2;
    REQUIRE(sd_create(&d, &ctx) == SD_OK, "create: %s", sd_last_error(ctx));
    memset(&p, 0, sizeof p);
    p.prompt = "a cat";
    p.steps = 2;
    p.seed = 5;
    memset(&before, 0, sizeof before);
    memset(&after, 0, sizeof after);
    CHECK(sd_txt2img(ctx, &p, &before) == SD_OK, "before: %s", sd_last_error(ctx));
    REQUIRE(truncate(path, 4096) == 0, "truncate %s", path);
    CHECK(sd_txt2img(ctx, &p, &after) == SD_OK, "after truncation: %s", sd_last_error(ctx));
    CHECK(before.pixels && after.pixels && before.width == after.width &&
              memcmp(before.pixels, after.pixels, (size_t)before.width * before.height * 3) == 0,
          "the image changed after the file was truncated");
    sd_image_free(ctx, &before);
    sd_image_free(ctx, &after);
    sd_destroy(ctx);
    /* sequential offload on the CPU reads the file again as it runs: a truncated file is an error
       naming the cause, never SIGBUS */
    snprintf(cmd, sizeof cmd, "cp %s %s", TEST_DATA "/tiny-sd.safetensors", path);
    REQUIRE(sd_test_run_command(cmd, NULL, 0) == 0, "%s", cmd);
    d.offload = SD_OFFLOAD_SEQUENTIAL;
    REQUIRE(sd_create(&d, &ctx) == SD_OK, "create, offload sequential: %s", sd_last_error(ctx));
    CHECK(sd_txt2img(ctx, &p, &before) == SD_OK, "sequential, before: %s", sd_last_error(ctx));
    REQUIRE(truncate(path, 4096) == 0, "truncate %s", path);
    CHECK(sd_txt2img(ctx, &p, &after) == SD_ERR_IO && strstr(sd_last_error(ctx), "the model file shrank") && !after.pixels,
          "sequential, after truncation: %s", sd_last_error(ctx));
    sd_image_free(ctx, &before);
    sd_destroy(ctx);
    remove(path);
    remove(sidecar);
}

/* A scheduler config that every sampler would refuse fails sd_create, not the first run, and says
   "scheduler config" once. */
static void test_robust_scheduler_config_checked_at_create(sd_tester *t) {
    static const char bad[] = "{\"beta_start\": 5, \"num_train_timesteps\": 1000}";
    char dir[256], path[400];
    sd_desc d;
    sd_ctx *ctx = NULL;
    const char *msg;
    sd_test_tmp(dir, sizeof dir, "bad_scheduler");
    sd_test_remove_folder(dir);
    REQUIRE(sd_test_make_folder(dir, NULL, "scheduler", "model.safetensors"), "make folder");
    snprintf(path, sizeof path, "%s/scheduler", dir);
    REQUIRE(mkdir(path, 0700) == 0, "mkdir");
    snprintf(path, sizeof path, "%s/scheduler/scheduler_config.json", dir);
    REQUIRE(sd_test_write_file(path, bad, sizeof bad - 1), "write");
    memset(&d, 0, sizeof d);
    d.model_path = dir;
    CHECK(sd_create(&d, &ctx) == SD_ERR_MODEL_FORMAT, "sd_create accepted beta_start 5: %s", sd_last_error(ctx));
    msg = sd_last_error(ctx);
    CHECK(strstr(msg, "scheduler config: 'beta_start'") && !strstr(strstr(msg, "scheduler config") + 1, "scheduler config"),
          "message: %s", msg);
    sd_destroy(ctx);
    sd_test_remove_folder(dir);
}

/* A config file that is there but cannot be read (a FIFO, a dangling link) fails the open with
   what it is; it used to be skipped, so SD 2 quietly ran as epsilon prediction. The same for a
   single file's sidecar. Made in a temporary folder. */
static void test_robust_unreadable_configs_are_errors(sd_tester *t) {
    char dir[256], path[400], model[400];
    int k;
    sd_test_tmp(dir, sizeof dir, "unreadable_configs");
    for (k = 0; k < 2; k++) {
        sd_test_remove_folder(dir);
        REQUIRE(sd_test_make_folder(dir, NULL, "scheduler", "model.safetensors"), "make folder");
        snprintf(path, sizeof path, "%s/scheduler", dir);
        REQUIRE(mkdir(path, 0700) == 0, "mkdir");
        snprintf(path, sizeof path, "%s/scheduler/scheduler_config.json", dir);
        REQUIRE(k == 0 ? mkfifo(path, 0600) == 0 : symlink("nowhere.json", path) == 0, "make %s", path);
        sd_test_model_fails(t, dir, SD_ERR_IO, "scheduler_config.json' is", k == 0 ? "a FIFO" : "a dangling symbolic link",
                            k == 0 ? "FIFO scheduler config" : "dangling scheduler config");
    }
    sd_test_remove_folder(dir);
    REQUIRE(mkdir(dir, 0700) == 0, "mkdir");
    snprintf(model, sizeof model, "%s/m.safetensors", dir);
    REQUIRE(realpath(TEST_DATA "/tiny-sd.safetensors", path) && symlink(path, model) == 0, "link the model");
    snprintf(path, sizeof path, "%s/m.json", dir);
    REQUIRE(mkfifo(path, 0600) == 0, "mkfifo");
    sd_test_model_fails(t, model, SD_ERR_IO, "m.json' is a FIFO", NULL, "FIFO sidecar");
    sd_test_remove_folder(dir);
}

/* Public functions check their pointers. */
static void test_robust_null_out_pointers(sd_tester *t) {
    sd_sampler s;
    CHECK(sd_sampler_from_string("ddim", NULL) == SD_ERR_INVALID_ARGUMENT, "sampler name into NULL");
    CHECK(sd_sampler_from_string(NULL, &s) == SD_ERR_INVALID_ARGUMENT, "NULL sampler name");
}

static void tests_robust(sd_tester *t) {
    RUN(t, test_robust_failed_create_refuses_calls);
    RUN(t, test_robust_null_out_pointers);
    RUN(t, test_robust_special_model_paths);
    RUN(t, test_robust_model_file_changes_after_create);
    RUN(t, test_robust_scheduler_config_checked_at_create);
    RUN(t, test_robust_unreadable_configs_are_errors);
    RUN(t, test_threads_two_contexts_match_sequential);
    RUN(t, test_robust_no_leak_after_good_and_failing_runs);
    RUN(t, test_robust_nonfinite_weights_fail_at_load);
    RUN(t, test_robust_mislabelled_weights_fail_at_load);
    RUN(t, test_robust_overflowing_decoder_is_numeric_error);
    RUN(t, test_safetensors_cut_at_section_boundaries);
    RUN(t, test_safetensors_memory_and_file_agree);
    RUN(t, test_robust_weight_and_op_sizes_are_checked);
    RUN(t, test_robust_init_image_sizes);
    RUN(t, test_robust_inpaint_masks);
    RUN(t, test_robust_bad_vae_files);
    RUN(t, test_robust_bad_taesd_files);
    RUN(t, test_robust_megabyte_prompt_runs);
    RUN(t, test_robust_unavailable_backend);
    RUN(t, test_cli_output_is_never_half_written);
    RUN(t, test_cli_refuses_jpeg_init_image);
}
