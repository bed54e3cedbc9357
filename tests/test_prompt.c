/* Prompts (src/text/prompt.c): A1111's attention syntax, chunks of 75 tokens, the weights on the
   encodings, and whole runs against goldens (tools/gen/make_prompt_goldens.py: A1111's rules
   written out in Python, then diffusers' pipeline on the embeddings). */

/* The pieces of a parse as "text|weight|..." with weights to 17 digits (BREAK as "BREAK|-"). */
static void sd_prompt_pieces(sd_tester *t, const char *text, int weighting, char *out, size_t size) {
    sd__env env = sd_test_env();
    sd__prompt_parse ps;
    size_t p, used = 0;
    out[0] = 0;
    REQUIRE(sd__prompt_parse_text(&env, text, weighting, &ps) == SD_OK, "%s", env.message);
    for (p = 0; p < ps.count && used < size; p++) {
        const sd__prompt_piece *piece = &ps.pieces[p];
        if (piece->is_break) used += (size_t)snprintf(out + used, size - used, "%sBREAK|-", p ? "|" : "");
        else
            used += (size_t)snprintf(out + used, size - used, "%s%.*s|%.17g", p ? "|" : "", (int)piece->length,
                                     ps.text + piece->start, piece->weight);
    }
    sd__prompt_parse_free(&ps);
    CHECK(env.host_bytes == 0, "leak");
}

/* A1111's own examples (its parse_prompt_attention docstring), the weights as Python computes
   them, and the rest of the syntax. */
static void test_prompt_parse_matches_a1111(sd_tester *t) {
    static const struct { const char *text, *pieces; } cases[] = {
        {"normal text", "normal text|1"},
        {"an (important) word", "an |1|important|1.1000000000000001| word|1"},
        {"(unbalanced", "unbalanced|1.1000000000000001"},
        {"\\(literal\\]", "(literal]|1"},
        {"(unnecessary)(parens)", "unnecessaryparens|1.1000000000000001"},
        {"a (((house:1.3)) [on] a (hill:0.5), sun, (((sky))).",
         "a |1|house|1.5730000000000004| |1.1000000000000001|on|1| a |1.1000000000000001|hill|0.55000000000000004|, sun, "
         "|1.1000000000000001|sky|1.4641000000000006|.|1.1000000000000001"},
        {"", "|1"},
        {"a ) b ] c", "a ) b ] c|1"},                      /* closing with none open: text */
        {"x:1.5) y", "x:1.5) y|1"},                         /* a weight with no ( open: text */
        {"(x: 2)", "x: 2|1.1000000000000001"},             /* no space allowed in a weight */
        {"(x:1.2.3)", "x:1.2.3|1.1000000000000001"},       /* not a number: text, and ) closes (A1111 fails) */
        {"a\\b \\\\ c", "ab \\ c|1"},                        /* a lone backslash is dropped, \\ is one */
        {"[a (b:2) c]", "a |0.90909090909090906|b|1.8181818181818181| c|0.90909090909090906"},
        {"a BREAK b", "a|1|BREAK|-|b|1"},
        {"a BREAKS b\nBREAK\tc", "a BREAKS b|1|BREAK|-|c|1"},
        {"(a BREAK b)", "a|1.1000000000000001|BREAK|-|b|1.1000000000000001"},
    };
    char got[512];
    size_t i;
    for (i = 0; i < SD__COUNT(cases); i++) {
        sd_prompt_pieces(t, cases[i].text, 1, got, sizeof got);
        CHECK(strcmp(got, cases[i].pieces) == 0, "'%s': %s, expected %s", cases[i].text, got, cases[i].pieces);
    }
    sd_prompt_pieces(t, "a (b:2) [c] \\( BREAK d", 0, got, sizeof got);
    CHECK(strcmp(got, "a (b:2) [c] \\( BREAK d|1") == 0, "weighting off: %s", got);
}

/* Chunks: 75 tokens each between BOS and EOS, EOS padding (the pad token after the first EOS on
   SD 2.x), a comma among the last 20 tokens moves what follows it to the next chunk, BREAK closes
   a chunk, and past SD_MAX_PROMPT_CHUNKS the rest is dropped (and counted). */
static void test_prompt_chunks(sd_tester *t) {
    sd__env env = sd_test_env();
    sd__tokenizer *tok = NULL;
    sd__prompt p;
    char *text;
    int i, k;
    REQUIRE(sd__tokenizer_create_builtin(&env, &tok) == SD_OK, "%s", env.message);
    REQUIRE(sd__prompt_build(&env, tok, NULL, "cat BREAK dog", 1, &p) == SD_OK, "%s", env.message);
    CHECK(p.chunks == 2 && p.ids[0] == tok->bos && p.ids[2] == tok->eos && p.ids[76] == tok->eos &&
              p.ids[77] == tok->bos && p.ids[79] == tok->eos && !p.weighted && p.tokens == 2,
          "BREAK: %d chunks", p.chunks);
    sd__prompt_free(&env, &p);
    text = (char *)malloc(8000);
    REQUIRE(text, "malloc");
    /* 70 words, a comma, 10 words: the chunk fills 6 tokens after the comma, which move on */
    text[0] = 0;
    for (i = 0; i < 70; i++) strcat(text, "cat ");
    strcat(text, ", ");
    for (i = 0; i < 10; i++) strcat(text, "dog ");
    REQUIRE(sd__prompt_build(&env, tok, NULL, text, 1, &p) == SD_OK, "%s", env.message);
    CHECK(p.chunks == 2 && p.tokens == 81, "%d chunks, %lu tokens", p.chunks, (unsigned long)p.tokens);
    if (p.chunks == 2) {
        CHECK(p.ids[72] == tok->eos && p.ids[71] != tok->eos && p.ids[77 + 1] != tok->eos && p.ids[77 + 11] == tok->eos,
              "the 10 words after the comma start the second chunk");
        for (k = 72; k < 76; k++) CHECK(p.ids[k] == tok->eos, "padding at %d", k);
    }
    sd__prompt_free(&env, &p);
    /* 200 words, no comma: 75 + 75 + 50 */
    text[0] = 0;
    for (i = 0; i < 200; i++) strcat(text, "(cat) ");
    REQUIRE(sd__prompt_build(&env, tok, NULL, text, 1, &p) == SD_OK, "%s", env.message);
    CHECK(p.chunks == 3 && p.weighted && p.weights[0] == 1.0f && p.weights[1] == 1.1f && p.weights[76] == 1.0f &&
              p.weights[2 * 77 + 50] == 1.1f && p.weights[2 * 77 + 51] == 1.0f,
          "%d chunks, weights %g %g", p.chunks, (double)p.weights[0], (double)p.weights[1]);
    sd__prompt_free(&env, &p);
    /* past the limit: the first SD_MAX_PROMPT_CHUNKS chunks, and the count of every token */
    text = (char *)realloc(text, 4 * 75 * (SD_MAX_PROMPT_CHUNKS + 2) + 1);
    REQUIRE(text, "realloc");
    text[0] = 0;
    for (i = 0; i < 75 * (SD_MAX_PROMPT_CHUNKS + 2); i++) strcat(text, "cat ");
    REQUIRE(sd__prompt_build(&env, tok, NULL, text, 1, &p) == SD_OK, "%s", env.message);
    CHECK(p.chunks == SD_MAX_PROMPT_CHUNKS && p.truncated && p.tokens == (size_t)75 * (SD_MAX_PROMPT_CHUNKS + 2),
          "%d chunks, %lu tokens", p.chunks, (unsigned long)p.tokens);
    sd__prompt_free(&env, &p);
    free(text);
    /* SD 2.x pads with its own token after the first EOS */
    REQUIRE(sd__tokenizer_set_pad_token(&env, tok, "!") == SD_OK, "%s", env.message);
    REQUIRE(sd__prompt_build(&env, tok, NULL, "cat", 1, &p) == SD_OK, "%s", env.message);
    CHECK(p.ids[2] == tok->eos && p.ids[3] == tok->pad && p.ids[76] == tok->pad && tok->pad != tok->eos, "SD 2.x padding");
    sd__prompt_free(&env, &p);
    sd__tokenizer_destroy(&env, tok);
    CHECK(env.host_bytes == 0, "leak");
}

/* One 64x64 image of the tiny model (DDIM, guidance 7.5, seed 42) with the final latents. */
static int sd_prompt_image(sd_tester *t, sd_ctx *ctx, const char *prompt, const char *negative, sd_toggle weighting,
                           int steps, unsigned char pixels[64 * 64 * 3], float latents[4 * 8 * 8]) {
    sd_params p;
    sd_image img;
    memset(&p, 0, sizeof p);
    memset(&img, 0, sizeof img);
    p.prompt = prompt;
    p.negative_prompt = negative;
    p.width = p.height = 64;
    p.steps = steps;
    p.guidance = 7.5f;
    p.sampler = SD_SAMPLER_DDIM;
    p.seed = 42;
    p.prompt_weighting = weighting;
    p.latents_out = latents;
    if (sd_txt2img(ctx, &p, &img) != SD_OK) {
        sd_test_fail_at(t, __FILE__, __LINE__, "'%.60s': %s", prompt, sd_last_error(ctx));
        return 0;
    }
    memcpy(pixels, img.pixels, 64 * 64 * 3);
    sd_image_free(ctx, &img);
    return 1;
}

/* Each golden case on a context with attention_slice: our chunks and weights are the generator's
   exactly, and the image and final latents are diffusers' on those embeddings (2 levels, 1e-3, as
   every golden). */
static void sd_prompt_golden_cases(sd_tester *t, int attention_slice) {
    static const char *const part[2][2] = {{".ids", ".weights"}, {".neg_ids", ".neg_weights"}};
    sd__env env = sd_test_env();
    sd__json_doc doc;
    const sd__json *c;
    char *text = NULL, name[128];
    sd__st_file golden;
    sd_ctx *ctx = NULL;
    sd_desc desc;
    int ok = 1, cases = 0;
    memset(&desc, 0, sizeof desc);
    desc.model_path = TINY_SD_FOLDER;
    desc.threads = 2;
    desc.attention_slice = attention_slice;
    REQUIRE(sd_create(&desc, &ctx) == SD_OK, "%s", sd_last_error(ctx));
    REQUIRE(sd__read_file(&env, TEST_DATA "/tiny-sd-prompts.json", 1 << 20, &text, NULL) == SD_OK &&
                sd__json_parse(&env, text, strlen(text), &doc) == SD_OK,
            "%s", env.message);
    REQUIRE(sd_test_open_golden_file(t, &env, TEST_DATA "/tiny-sd-prompts.safetensors", &golden), "golden");
    for (c = sd__json_get(doc.nodes, "cases")->child; c; c = c->next, cases++) {
        const char *key = sd__json_get_string(c, "key", &ok), *prompt = sd__json_get_string(c, "prompt", &ok);
        const char *negative = sd__json_get_string(c, "negative_prompt", &ok);
        unsigned char pixels[64 * 64 * 3];
        float latents[4 * 8 * 8], *ref;
        const sd__st_tensor *u8;
        size_t count = 0;
        int k, diff;
        for (k = 0; k < 2; k++) {
            sd__prompt p;
            const sd__st_tensor *ids, *weights;
            snprintf(name, sizeof name, "%s%s", key, part[k][0]);
            ids = sd__st_find(&golden, name);
            snprintf(name, sizeof name, "%s%s", key, part[k][1]);
            weights = sd__st_find(&golden, name);
            REQUIRE(ids && weights && sd__prompt_build(&env, ctx->tokenizer, &ctx->embeddings, k ? negative : prompt, 1, &p) == SD_OK,
                    "%s: %s", key, env.message);
            /* the generator pads the shorter of the two with empty chunks; ours are compared up to our count */
            CHECK((size_t)p.chunks * SD_MAX_TOKENS <= ids->count &&
                      memcmp(p.ids, ids->data, (size_t)p.chunks * SD_MAX_TOKENS * sizeof(int)) == 0 &&
                      memcmp(p.weights, weights->data, (size_t)p.chunks * SD_MAX_TOKENS * sizeof(float)) == 0,
                  "%s%s: chunks or weights differ (%d chunks)", key, k ? " negative" : "", p.chunks);
            sd__prompt_free(&env, &p);
        }
        if (!sd_prompt_image(t, ctx, prompt, negative, SD_TOGGLE_DEFAULT, 10, pixels, latents)) continue;
        snprintf(name, sizeof name, "%s.latents", key);
        ref = sd_test_golden_f32(t, &env, &golden, name, &count);
        CHECK(ref && count == 4 * 8 * 8 && sd_test_rel_err(latents, ref, count) <= 1e-3, "%s, slice %d: latents rel err %.3g",
              key, attention_slice, ref ? sd_test_rel_err(latents, ref, count) : -1.0);
        sd__free(&env, ref);
        snprintf(name, sizeof name, "%s.image_u8", key);
        u8 = sd__st_find(&golden, name);
        diff = u8 && u8->bytes == sizeof pixels ? sd_test_max_pixel_diff(pixels, u8->data, u8->bytes) : 256;
        CHECK(diff <= 2, "%s, slice %d: a pixel is %d levels off", key, attention_slice, diff);
    }
    CHECK(cases == 3, "%d cases", cases);
    sd__st_close(&env, &golden);
    sd__json_free(&env, &doc);
    sd__free(&env, text);
    sd_destroy(ctx);
    CHECK(env.host_bytes == 0, "leak");
}

/* The goldens, and again with attention sliced one head at a time: cross-attention to 77 * chunks
   keys on that path too. */
static void test_prompt_goldens(sd_tester *t) {
    sd_prompt_golden_cases(t, SD_SLICE_OFF);
    sd_prompt_golden_cases(t, 1);
}

/* (word:1.0) is word, bit for bit; \( is the ( of unparsed text; weighting changes the image; a
   150-token prompt is not its first 75 tokens. */
static void test_prompt_weighting_identities(sd_tester *t) {
    static unsigned char a[64 * 64 * 3], b[64 * 64 * 3];
    float la[4 * 8 * 8], lb[4 * 8 * 8];
    char long_prompt[1024] = "", first[1024] = "";
    sd_ctx *ctx = sd_test_tiny_ctx(t);
    int i;
    if (!ctx) return;
    if (sd_prompt_image(t, ctx, "a red (house:1.0) here", "", SD_TOGGLE_DEFAULT, 3, a, la) &&
        sd_prompt_image(t, ctx, "a red house here", "", SD_TOGGLE_DEFAULT, 3, b, lb))
        CHECK(memcmp(a, b, sizeof a) == 0 && memcmp(la, lb, sizeof la) == 0, "(house:1.0) is not house");
    if (sd_prompt_image(t, ctx, "a \\(red\\) house", "", SD_TOGGLE_DEFAULT, 3, a, la) &&
        sd_prompt_image(t, ctx, "a (red) house", "", SD_OFF, 3, b, lb))
        CHECK(memcmp(la, lb, sizeof la) == 0, "escaped parentheses differ from plain text with weighting off");
    if (sd_prompt_image(t, ctx, "a (red) house", "", SD_TOGGLE_DEFAULT, 3, a, la))
        CHECK(memcmp(la, lb, sizeof la) != 0, "(red) weighted is the same as literal (red)");
    for (i = 0; i < 75; i++) strcat(long_prompt, i % 2 ? "dog " : "cat ");
    strcpy(first, long_prompt);
    for (i = 0; i < 75; i++) strcat(long_prompt, i % 3 ? "tree " : "boat ");
    if (sd_prompt_image(t, ctx, long_prompt, "", SD_TOGGLE_DEFAULT, 3, a, la) &&
        sd_prompt_image(t, ctx, first, "", SD_TOGGLE_DEFAULT, 3, b, lb))
        CHECK(memcmp(la, lb, sizeof la) != 0, "a 150-token prompt gives the image of its first 75 tokens");
    sd_destroy(ctx);
}

/* A weighting option that is none of 0, SD_ON and SD_OFF is refused (ROBUSTNESS.md). */
static void test_prompt_rejects_bad_option(sd_tester *t) {
    sd_ctx *ctx = sd_test_tiny_ctx(t);
    sd_params p;
    sd_image img;
    if (!ctx) return;
    memset(&p, 0, sizeof p);
    memset(&img, 0, sizeof img);
    p.prompt = "a cat";
    p.steps = 1;
    p.prompt_weighting = (sd_toggle)7;
    CHECK(sd_txt2img(ctx, &p, &img) == SD_ERR_INVALID_ARGUMENT && strstr(sd_last_error(ctx), "prompt_weighting") && !img.pixels,
          "%s", sd_last_error(ctx));
    sd_destroy(ctx);
}

/* The emphasis keeps a chunk's mean: weights change the vectors, not their overall level. */
static void test_prompt_emphasis_keeps_the_mean(sd_tester *t) {
    float z[SD_MAX_TOKENS * 3], w[SD_MAX_TOKENS];
    double before = 0, after = 0;
    int i;
    for (i = 0; i < SD_MAX_TOKENS * 3; i++) {
        z[i] = (float)((i * 37) % 23) / 10.0f - 0.7f;
        before += z[i];
    }
    for (i = 0; i < SD_MAX_TOKENS; i++) w[i] = i == 5 ? 1.5f : i == 9 ? 0.5f : 1.0f;
    sd__prompt_emphasis(z, w, 3);
    for (i = 0; i < SD_MAX_TOKENS * 3; i++) after += z[i];
    CHECK(fabs(after - before) <= 1e-4 * fabs(before), "mean %g before, %g after", before, after);
}

/* The embeddings (diffusers' and A1111's format, each under its default word) against diffusers'
   load_textual_inversion and pipeline; the word stands for its vectors in the prompt and in the
   negative prompt. */
static void test_prompt_embedding_golden(sd_tester *t) {
    sd__env env = sd_test_env();
    sd__json_doc doc;
    const sd__json *c, *file;
    char *text = NULL, path[512], name[128];
    sd__st_file golden;
    sd_ctx *ctx = sd_test_tiny_ctx(t);
    unsigned char pixels[64 * 64 * 3];
    float latents[4 * 8 * 8], *ref;
    const sd__st_tensor *u8;
    const char *key, *prompt, *negative;
    size_t count = 0;
    int ok = 1, diff, loaded = 0;
    if (!ctx) return;
    REQUIRE(sd__read_file(&env, TEST_DATA "/tiny-sd-prompts.json", 1 << 20, &text, NULL) == SD_OK &&
                sd__json_parse(&env, text, strlen(text), &doc) == SD_OK,
            "%s", env.message);
    c = sd__json_get(doc.nodes, "embedding_case");
    REQUIRE(c && sd_test_open_golden_file(t, &env, TEST_DATA "/tiny-sd-prompts.safetensors", &golden), "golden");
    for (file = sd__json_get(c, "embeddings")->child; file; file = file->next, loaded++) {
        snprintf(path, sizeof path, "%s/%s", TEST_DATA, sd__json_get_string(file, "file", &ok));
        CHECK(sd_load_embedding(ctx, path, NULL) == SD_OK, "%s: %s", path, sd_last_error(ctx));
    }
    CHECK(loaded == 2 && ctx->embeddings.count == 2 && strcmp(ctx->embeddings.items[0].token, "<cat-toy>") == 0 &&
              strcmp(ctx->embeddings.items[1].token, "tinyneg") == 0 && ctx->embeddings.row_count == 5,
          "the embeddings' words");
    key = sd__json_get_string(c, "key", &ok);
    prompt = sd__json_get_string(c, "prompt", &ok);
    negative = sd__json_get_string(c, "negative_prompt", &ok);
    if (sd_prompt_image(t, ctx, prompt, negative, SD_TOGGLE_DEFAULT, 10, pixels, latents)) {
        snprintf(name, sizeof name, "%s.latents", key);
        ref = sd_test_golden_f32(t, &env, &golden, name, &count);
        CHECK(ref && count == 4 * 8 * 8 && sd_test_rel_err(latents, ref, count) <= 1e-3, "latents rel err %.3g",
              ref ? sd_test_rel_err(latents, ref, count) : -1.0);
        sd__free(&env, ref);
        snprintf(name, sizeof name, "%s.image_u8", key);
        u8 = sd__st_find(&golden, name);
        diff = u8 && u8->bytes == sizeof pixels ? sd_test_max_pixel_diff(pixels, u8->data, u8->bytes) : 256;
        CHECK(diff <= 2, "a pixel is %d levels off", diff);
    }
    sd__st_close(&env, &golden);
    sd__json_free(&env, &doc);
    sd__free(&env, text);
    sd_destroy(ctx);
    CHECK(env.host_bytes == 0, "leak");
}

/* A safetensors file of one float32 tensor [rows, cols] (rows 0: [cols]). */
static int sd_prompt_write_tensor(const char *path, const char *name, int rows, int cols, const float *values) {
    return sd_test_write_f32_tensors(path, 1, &name, &rows, &cols, values);
}

/* Bad embedding files and words are refused with the file named, and leave the context as it was
   (ROBUSTNESS.md). */
static void test_prompt_rejects_bad_embeddings(sd_tester *t) {
    static float values[80 * 33];
    static const struct { const char *name; int rows, cols; float poison; sd_result want; const char *message; } bad[] = {
        {"emb_params", 2, 16, 0, SD_ERR_MODEL_MISMATCH, "this text encoder's width"},
        {"emb_params", 76, 32, 0, SD_ERR_MODEL_MISMATCH, "a prompt chunk holds 75"},
        {"emb_params", 2, 32, 1, SD_ERR_NUMERIC, "NaN or Inf"},
    };
    sd_ctx *ctx = sd_test_tiny_ctx(t);
    char path[256];
    size_t i;
    if (!ctx) return;
    REQUIRE(ctx->clip.cfg.hidden_size == 32, "the tiny text encoder is 32 wide, not %d", ctx->clip.cfg.hidden_size);
    sd_test_tmp(path, sizeof path, "bad_embedding.safetensors");
    for (i = 0; i < SD__COUNT(bad); i++) {
        values[3] = bad[i].poison ? (float)HUGE_VAL : 0.25f;
        REQUIRE(sd_prompt_write_tensor(path, bad[i].name, bad[i].rows, bad[i].cols, values), "write %s", path);
        CHECK(sd_load_embedding(ctx, path, NULL) == bad[i].want && strstr(sd_last_error(ctx), bad[i].message) &&
                  strstr(sd_last_error(ctx), "bad_embedding"),
              "case %lu: %s", (unsigned long)i, sd_last_error(ctx));
    }
    CHECK(sd_load_embedding(ctx, TEST_DATA "/tiny-sd.json", NULL) == SD_ERR_MODEL_FORMAT, "not safetensors: %s",
          sd_last_error(ctx));
    CHECK(sd_load_embedding(ctx, TEST_DATA "/tiny-sd-img2img.safetensors", NULL) == SD_ERR_MODEL_FORMAT &&
              strstr(sd_last_error(ctx), "none is A1111's 'emb_params'"),
          "several tensors: %s", sd_last_error(ctx));
    CHECK(sd_load_embedding(ctx, TEST_DATA "/missing.safetensors", NULL) == SD_ERR_IO, "missing: %s", sd_last_error(ctx));
    values[3] = 0.25f;
    REQUIRE(sd_prompt_write_tensor(path, "emb_params", 0, 32, values), "write");
    CHECK(sd_load_embedding(ctx, path, "") == SD_ERR_INVALID_ARGUMENT && strstr(sd_last_error(ctx), "word"), "empty word: %s",
          sd_last_error(ctx));
    CHECK(sd_load_embedding(ctx, path, "\xff") == SD_ERR_INVALID_ARGUMENT, "not UTF-8: %s", sd_last_error(ctx));
    CHECK(ctx->embeddings.count == 0 && ctx->embeddings.row_count == 0, "nothing loaded by the refusals");
    CHECK(sd_load_embedding(ctx, path, NULL) == SD_OK && ctx->embeddings.count == 1 &&
              strstr(ctx->embeddings.items[0].token, "bad_embedding") && !strchr(ctx->embeddings.items[0].token, '/') &&
              !strchr(ctx->embeddings.items[0].token, '.') && ctx->embeddings.items[0].vectors == 1,
          "a single vector [32], named after the file: %s", sd_last_error(ctx));
    CHECK(sd_load_embedding(ctx, path, NULL) == SD_ERR_INVALID_ARGUMENT && strstr(sd_last_error(ctx), "loaded already"),
          "the same word twice: %s", sd_last_error(ctx));
    CHECK(sd_load_embedding(NULL, path, NULL) == SD_ERR_INVALID_ARGUMENT && sd_load_embedding(ctx, NULL, NULL) ==
              SD_ERR_INVALID_ARGUMENT, "NULL arguments");
    remove(path);
    sd_destroy(ctx);
}

static void tests_prompt(sd_tester *t) {
    RUN(t, test_prompt_parse_matches_a1111);
    RUN(t, test_prompt_chunks);
    RUN(t, test_prompt_emphasis_keeps_the_mean);
    RUN(t, test_prompt_goldens);
    RUN(t, test_prompt_weighting_identities);
    RUN(t, test_prompt_rejects_bad_option);
    RUN(t, test_prompt_embedding_golden);
    RUN(t, test_prompt_rejects_bad_embeddings);
}
