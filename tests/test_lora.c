/* LoRA (sd_set_loras): goldens (tools/gen/make_lora_goldens.py: diffusers' load_lora_weights for the
   UNet, the LoRA formula for the text encoder; SD 1.x in kohya's and PEFT's format, SD 2.x in
   kohya's), weight 0 and unloading, prompt tags, and bad files. */

/* Each case's LoRAs at their weights on one context, one after the other (so every case also
   replaces the previous set): the image and final latents are the golden's (2 levels, 1e-3);
   then with no LoRA the image is the plain one, bit for bit. */
static void test_lora_goldens(sd_tester *t) {
    sd__env env = sd_test_env();
    sd__json_doc doc;
    const sd__json *c, *l;
    char *text = NULL, name[128], paths[2][256];
    sd__st_file golden;
    sd_ctx *ctx = sd_test_tiny_ctx(t);
    static unsigned char pixels[64 * 64 * 3], plain[64 * 64 * 3];
    float latents[4 * 8 * 8], plain_latents[4 * 8 * 8], *ref;
    const char *prompt, *negative;
    int ok = 1, cases = 0;
    if (!ctx) return;
    REQUIRE(sd__read_file(&env, TEST_DATA "/tiny-sd-lora.json", 1 << 20, &text, NULL) == SD_OK &&
                sd__json_parse(&env, text, strlen(text), &doc) == SD_OK,
            "%s", env.message);
    REQUIRE(sd_test_open_golden_file(t, &env, TEST_DATA "/tiny-sd-lora.safetensors", &golden), "golden");
    prompt = sd__json_get_string(doc.nodes, "prompt", &ok);
    negative = sd__json_get_string(doc.nodes, "negative_prompt", &ok);
    REQUIRE(sd_prompt_image(t, ctx, prompt, negative, SD_TOGGLE_DEFAULT, 10, plain, plain_latents), "no LoRA");
    for (c = sd__json_get(doc.nodes, "cases")->child; c; c = c->next, cases++) {
        const char *key = sd__json_get_string(c, "key", &ok), *model = sd__json_get_string(c, "model", &ok);
        sd_ctx *run = ctx;
        sd_lora loras[2];
        const sd__st_tensor *u8;
        size_t count = 0;
        int n = 0, diff;
        if (model) { /* another model (SD 2.x) in a context of its own */
            sd_desc desc;
            memset(&desc, 0, sizeof desc);
            snprintf(name, sizeof name, "%s/%s", TEST_DATA, model);
            desc.model_path = name;
            desc.threads = 2;
            run = NULL;
            if (sd_create(&desc, &run) != SD_OK) {
                CHECK(0, "%s: %s", model, sd_last_error(run));
                sd_destroy(run);
                continue;
            }
        }
        for (l = sd__json_get(c, "loras")->child; l && n < 2; l = l->next, n++) {
            double w = 0;
            snprintf(paths[n], sizeof paths[n], "%s/%s", TEST_DATA, sd__json_get_string(l, "file", &ok));
            sd__json_get_number(l, "weight", 0, &w);
            loras[n].path = paths[n];
            loras[n].weight = (float)w;
        }
        CHECK(sd_set_loras(run, loras, n) == SD_OK, "%s: %s", key, sd_last_error(run));
        n = sd_prompt_image(t, run, prompt, negative, SD_TOGGLE_DEFAULT, 10, pixels, latents);
        if (model) sd_destroy(run);
        if (!n) continue;
        snprintf(name, sizeof name, "%s.latents", key);
        ref = sd_test_golden_f32(t, &env, &golden, name, &count);
        CHECK(ref && count == 4 * 8 * 8 && sd_test_rel_err(latents, ref, count) <= 1e-3, "%s: latents rel err %.3g", key,
              ref ? sd_test_rel_err(latents, ref, count) : -1.0);
        sd__free(&env, ref);
        snprintf(name, sizeof name, "%s.image_u8", key);
        u8 = sd__st_find(&golden, name);
        diff = u8 && u8->bytes == sizeof pixels ? sd_test_max_pixel_diff(pixels, u8->data, u8->bytes) : 256;
        CHECK(diff <= 2, "%s: a pixel is %d levels off", key, diff);
        CHECK(model || memcmp(latents, plain_latents, sizeof latents) != 0, "%s changes nothing", key);
    }
    CHECK(cases == 4, "%d cases", cases);
    CHECK(sd_set_loras(ctx, NULL, 0) == SD_OK && sd_prompt_image(t, ctx, prompt, negative, SD_TOGGLE_DEFAULT, 10, pixels, latents) &&
              memcmp(pixels, plain, sizeof pixels) == 0 && memcmp(latents, plain_latents, sizeof latents) == 0,
          "after unloading, not the plain image: %s", sd_last_error(ctx));
    sd__st_close(&env, &golden);
    sd__json_free(&env, &doc);
    sd__free(&env, text);
    sd_destroy(ctx);
    CHECK(env.host_bytes == 0, "leak");
}

/* A LoRA at weight 0 is left out: the image is the one without it, bit for bit. */
static void test_lora_weight_zero(sd_tester *t) {
    static unsigned char a[64 * 64 * 3], b[64 * 64 * 3];
    float la[4 * 8 * 8], lb[4 * 8 * 8];
    sd_lora lora;
    sd_ctx *ctx = sd_test_tiny_ctx(t);
    if (!ctx) return;
    lora.path = TEST_DATA "/tiny-lora-kohya.safetensors";
    lora.weight = 0.0f;
    REQUIRE(sd_set_loras(ctx, &lora, 1) == SD_OK, "%s", sd_last_error(ctx));
    if (sd_prompt_image(t, ctx, "a red house", "", SD_TOGGLE_DEFAULT, 3, a, la) && sd_set_loras(ctx, NULL, 0) == SD_OK &&
        sd_prompt_image(t, ctx, "a red house", "", SD_TOGGLE_DEFAULT, 3, b, lb))
        CHECK(memcmp(a, b, sizeof a) == 0 && memcmp(la, lb, sizeof la) == 0, "a LoRA at weight 0 changes the image");
    sd_destroy(ctx);
}

/* A kohya pair for `base`: down [4, in], up [out, 4] (float32, values for both). */
static int sd_lora_write_pair(const char *path, const char *base, int in, int out, const float *values) {
    char down[200], up[200];
    const char *names[2];
    const int rows[2] = {4, out}, cols[2] = {in, 4};
    snprintf(down, sizeof down, "%s.lora_down.weight", base);
    snprintf(up, sizeof up, "%s.lora_up.weight", base);
    names[0] = down;
    names[1] = up;
    return sd_test_write_f32_tensors(path, 2, names, rows, cols, values);
}

/* Bad LoRA files are refused with the tensor named, and the previous set stays (ROBUSTNESS.md). */
static void test_lora_rejects_bad_files(sd_tester *t) {
    static float values[64 * 32 * 9];
    static const struct { const char *name; int rows, cols; const char *message; } bad[] = {
        {"lora_unet_down_blocks_0_attentions_0_transformer_blocks_0_attn1_to_q.lora_down.weight", 4, 32, "to pair with"},
        {"lora_unet_no_such_layer.lora_down.weight", 4, 32, "names no linear or conv layer"},
        {"lora_unet_down_blocks_0_attentions_0_transformer_blocks_0_attn1_to_q.weight", 4, 32, "none of lora_down"},
        {"lora_unet_down_blocks_0_attentions_0_transformer_blocks_0_attn1_to_q.lora_up.weight", 32, 4, "to pair with"},
    };
    sd_ctx *ctx = sd_test_tiny_ctx(t);
    sd_lora lora, good;
    char path[256];
    size_t i;
    if (!ctx) return;
    sd_test_tmp(path, sizeof path, "bad_lora.safetensors");
    lora.path = path;
    lora.weight = 1.0f;
    good.path = TEST_DATA "/tiny-lora-peft.safetensors";
    good.weight = 1.0f;
    REQUIRE(sd_set_loras(ctx, &good, 1) == SD_OK, "%s", sd_last_error(ctx));
    for (i = 0; i < SD__COUNT(bad); i++) {
        REQUIRE(sd_prompt_write_tensor(path, bad[i].name, bad[i].rows, bad[i].cols, values), "write");
        CHECK(sd_set_loras(ctx, &lora, 1) != SD_OK && strstr(sd_last_error(ctx), bad[i].message) &&
                  strstr(sd_last_error(ctx), "bad_lora"),
              "case %lu: %s", (unsigned long)i, sd_last_error(ctx));
    }
    /* a pair whose down tensor has the wrong width for its layer (to_q takes 32 channels) */
    REQUIRE(sd_lora_write_pair(path, "lora_unet_down_blocks_0_attentions_0_transformer_blocks_0_attn1_to_q", 16, 32, values),
            "write");
    CHECK(sd_set_loras(ctx, &lora, 1) == SD_ERR_MODEL_MISMATCH && strstr(sd_last_error(ctx), "is not [rank, 32]"), "width: %s",
          sd_last_error(ctx));
    CHECK(ctx->modules.count > 0 && ctx->unet.down[0].attns[0].blocks[0].self_attn.q.lora == NULL,
          "a refused set leaves none of its adapters");
    CHECK(sd_set_loras(ctx, NULL, 0) == SD_OK, "%s", sd_last_error(ctx));
    lora.path = TEST_DATA "/tiny-sd.json";
    CHECK(sd_set_loras(ctx, &lora, 1) == SD_ERR_MODEL_FORMAT, "not safetensors: %s", sd_last_error(ctx));
    lora.path = TEST_DATA "/tiny-sd-img2img.safetensors";
    CHECK(sd_set_loras(ctx, &lora, 1) == SD_ERR_MODEL_FORMAT && strstr(sd_last_error(ctx), "none of lora_down"),
          "a golden file: %s", sd_last_error(ctx));
    lora.path = TEST_DATA "/tiny-lora-kohya.safetensors";
    lora.weight = (float)HUGE_VAL;
    CHECK(sd_set_loras(ctx, &lora, 1) == SD_ERR_INVALID_ARGUMENT && strstr(sd_last_error(ctx), "finite"), "Inf weight: %s",
          sd_last_error(ctx));
    CHECK(sd_set_loras(ctx, NULL, 1) == SD_ERR_INVALID_ARGUMENT && sd_set_loras(ctx, &lora, -1) == SD_ERR_INVALID_ARGUMENT &&
              sd_set_loras(NULL, NULL, 0) == SD_ERR_INVALID_ARGUMENT,
          "bad arguments");
    remove(path);
    sd_destroy(ctx);
}

/* A1111's prompt tag: <lora:NAME:WEIGHT> takes NAME.safetensors from the LoRA folder at that
   weight and leaves the prompt without it (the golden's image); the next prompt without a tag is
   back to the plain image; bad tags are refused. */
static void test_lora_prompt_tags(sd_tester *t) {
    static unsigned char pixels[64 * 64 * 3], plain[64 * 64 * 3];
    float latents[4 * 8 * 8], plain_latents[4 * 8 * 8], *ref;
    static const char *const bad[] = {"a <lora:tiny-lora-kohya:x> cat", "a <lora::1> cat", "a <lora:../tiny-lora-kohya> cat",
                                      "a <lora:missing> cat"};
    sd__env env = sd_test_env();
    sd__st_file golden;
    sd_desc desc;
    sd_ctx *ctx = NULL;
    sd_params p;
    sd_image img;
    size_t count = 0, i;
    const sd__st_tensor *u8;
    memset(&desc, 0, sizeof desc);
    desc.model_path = TINY_SD_FOLDER;
    desc.threads = 2;
    desc.lora_dir = TEST_DATA;
    REQUIRE(sd_create(&desc, &ctx) == SD_OK, "%s", sd_last_error(ctx));
    REQUIRE(sd_test_open_golden_file(t, &env, TEST_DATA "/tiny-sd-lora.safetensors", &golden), "golden");
    if (sd_prompt_image(t, ctx, "a photo of a red house by a lake<lora:tiny-lora-kohya:0.8>", "blurry", SD_TOGGLE_DEFAULT, 10,
                        pixels, latents)) {
        ref = sd_test_golden_f32(t, &env, &golden, "lora.kohya.latents", &count);
        CHECK(ref && count == 4 * 8 * 8 && sd_test_rel_err(latents, ref, count) <= 1e-3, "latents rel err %.3g",
              ref ? sd_test_rel_err(latents, ref, count) : -1.0);
        sd__free(&env, ref);
        u8 = sd__st_find(&golden, "lora.kohya.image_u8");
        CHECK(u8 && sd_test_max_pixel_diff(pixels, u8->data, u8->bytes) <= 2, "the tagged prompt is not the golden's image");
    }
    if (sd_prompt_image(t, ctx, "a photo of a red house by a lake", "blurry", SD_TOGGLE_DEFAULT, 10, plain, plain_latents))
        CHECK(memcmp(plain_latents, latents, sizeof latents) != 0 && ctx->lora_applied.count == 0, "the tag's LoRA stayed");
    memset(&p, 0, sizeof p);
    p.steps = 1;
    for (i = 0; i < SD__COUNT(bad); i++) {
        memset(&img, 0, sizeof img);
        p.prompt = bad[i];
        CHECK(sd_txt2img(ctx, &p, &img) != SD_OK && !img.pixels, "'%s' was accepted", bad[i]);
    }
    sd__st_close(&env, &golden);
    sd_destroy(ctx);
    desc.lora_dir = NULL;
    REQUIRE(sd_create(&desc, &ctx) == SD_OK, "%s", sd_last_error(ctx));
    memset(&img, 0, sizeof img);
    p.prompt = "a <lora:tiny-lora-kohya> cat";
    CHECK(sd_txt2img(ctx, &p, &img) == SD_ERR_INVALID_ARGUMENT && strstr(sd_last_error(ctx), "no LoRA folder"), "%s",
          sd_last_error(ctx));
    sd_destroy(ctx);
}

static void tests_lora(sd_tester *t) {
    RUN(t, test_lora_goldens);
    RUN(t, test_lora_weight_zero);
    RUN(t, test_lora_rejects_bad_files);
    RUN(t, test_lora_prompt_tags);
}
