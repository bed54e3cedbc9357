/* Target "prompt": text through the public API: sd_tokenize on a context without a model, and
   the parameter checks of sd_txt2img (which validate the prompt and negative prompt). Both
   accept exactly the valid UTF-8; the context stays usable and holds no more memory than before.
   The prompt's chunks (A1111's syntax, with weighting on and off) are well formed for any text. */
static sd_ctx *fuzz_prompt_ctx; /* made on the first input, kept for the process */

static void fuzz_prompt(const unsigned char *data, size_t size) {
    char *text = fuzz_string(data, size);
    sd__env env = fuzz_env();
    sd_params params;
    sd__run run;
    int ids[SD_MAX_TOKENS];
    size_t before;
    sd_result tokenized, checked, valid;
    if (!fuzz_prompt_ctx) FUZZ_CHECK(sd_create(NULL, &fuzz_prompt_ctx) == SD_OK, "a context without a model");
    before = fuzz_prompt_ctx->env.host_bytes;
    valid = sd__check_utf8(&env, "the input", text);
    tokenized = sd_tokenize(fuzz_prompt_ctx, text, ids);
    FUZZ_CHECK(tokenized == (valid == SD_OK ? SD_OK : SD_ERR_INVALID_ARGUMENT), "sd_tokenize gave %d: %s", (int)tokenized,
               sd_last_error(fuzz_prompt_ctx));
    FUZZ_CHECK(tokenized == SD_OK ? sd_last_error(fuzz_prompt_ctx)[0] == 0 : strstr(sd_last_error(fuzz_prompt_ctx), "UTF-8") != NULL,
               "the error message does not fit the result: '%s'", sd_last_error(fuzz_prompt_ctx));
    FUZZ_CHECK(fuzz_prompt_ctx->env.host_bytes == before, "sd_tokenize kept %lu bytes",
               (unsigned long)(fuzz_prompt_ctx->env.host_bytes - before));
    memset(&params, 0, sizeof params);
    params.prompt = text;
    params.negative_prompt = size % 2 ? text : NULL;
    checked = sd__resolve_params(&env, &params, 512, &run);
    FUZZ_CHECK(checked == tokenized, "the parameter checks gave %d, sd_tokenize %d", (int)checked, (int)tokenized);
    { /* A1111's syntax and the chunks: well formed whatever the text (weights finite, each chunk BOS ... EOS) */
        sd__prompt p;
        int weighting, k;
        for (weighting = 0; weighting < 2; weighting++) {
            sd_result r = sd__prompt_build(&env, fuzz_prompt_ctx->tokenizer, NULL, text, weighting, &p);
            FUZZ_CHECK(r == valid, "sd__prompt_build gave %d for text whose UTF-8 check gave %d: %s", (int)r, (int)valid,
                       env.message);
            if (r != SD_OK) continue;
            FUZZ_CHECK(p.chunks >= 1 && p.chunks <= SD_MAX_PROMPT_CHUNKS, "%d chunks", p.chunks);
            for (k = 0; k < p.chunks; k++) {
                const int last = p.ids[k * SD_MAX_TOKENS + SD_MAX_TOKENS - 1];
                FUZZ_CHECK(p.ids[k * SD_MAX_TOKENS] == fuzz_prompt_ctx->tokenizer->bos &&
                               (last == fuzz_prompt_ctx->tokenizer->eos || last == fuzz_prompt_ctx->tokenizer->pad) &&
                               p.weights[k * SD_MAX_TOKENS] == 1.0f,
                           "chunk %d is not BOS ... EOS", k);
            }
            FUZZ_CHECK(weighting || !p.weighted, "weights without weighting");
            sd__prompt_free(&env, &p);
        }
    }
    FUZZ_CHECK(env.host_bytes == 0, "%lu bytes leaked", (unsigned long)env.host_bytes);
    free(text);
}
