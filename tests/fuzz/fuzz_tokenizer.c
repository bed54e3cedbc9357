/* Target "tokenizer": arbitrary bytes as prompt text for sd__tokenize, with the built-in CLIP BPE
   and with SD 2's "!" padding, counting every token (the pipeline's call) and stopping at the
   77th (sd_tokenize's). Both must agree; valid UTF-8 must tokenize, anything else must be refused
   as an invalid argument. */
#define FUZZ_VOCAB ((int)(512 + sd__clip_data_get()->merge_count + 2))

static sd__env fuzz_tokenizer_env;             /* owns the two tokenizers below */
static sd__tokenizer *fuzz_tokenizers[2];      /* made on the first input, kept for the process */

static void fuzz_tokenizer_setup(void) {
    int k;
    if (fuzz_tokenizers[0]) return;
    for (k = 0; k < 2; k++)
        FUZZ_CHECK(sd__tokenizer_create_builtin(&fuzz_tokenizer_env, &fuzz_tokenizers[k]) == SD_OK, "built-in tokenizer");
    FUZZ_CHECK(sd__tokenizer_set_pad_token(&fuzz_tokenizer_env, fuzz_tokenizers[1], "!") == SD_OK, "pad token");
}

static void fuzz_tokenizer(const unsigned char *data, size_t size) {
    char *text = fuzz_string(data, size);
    sd__env env = fuzz_env();
    int k, i;
    sd_result valid = sd__check_utf8(&env, "the input", text);
    fuzz_tokenizer_setup();
    for (k = 0; k < 2; k++) {
        const sd__tokenizer *tok = fuzz_tokenizers[k];
        int ids[SD_MAX_TOKENS], first77[SD_MAX_TOKENS], total = 0;
        sd_result all = sd__tokenize(&env, tok, text, ids, &total);
        sd_result cut = sd__tokenize(&env, tok, text, first77, NULL);
        FUZZ_CHECK(all == cut, "counting gave %d, stopping early %d", (int)all, (int)cut);
        if (valid != SD_OK) {
            FUZZ_CHECK(all == SD_ERR_INVALID_ARGUMENT && strstr(env.message, "UTF-8"), "invalid UTF-8 gave %d: %s", (int)all,
                       env.message);
            continue;
        }
        FUZZ_CHECK(all == SD_OK, "valid UTF-8 gave %d: %s", (int)all, env.message);
        FUZZ_CHECK(memcmp(ids, first77, sizeof ids) == 0, "the first 77 ids differ when every token is counted");
        FUZZ_CHECK(ids[0] == tok->bos && total >= 2, "BOS first, %d tokens", total);
        for (i = 0; i < SD_MAX_TOKENS; i++) FUZZ_CHECK(ids[i] >= 0 && ids[i] < FUZZ_VOCAB, "id %d at %d", ids[i], i);
        if (total <= SD_MAX_TOKENS) {
            FUZZ_CHECK(ids[total - 1] == tok->eos, "no EOS after %d tokens", total);
            for (i = total; i < SD_MAX_TOKENS; i++) FUZZ_CHECK(ids[i] == tok->pad, "padding at %d is %d", i, ids[i]);
        } else {
            FUZZ_CHECK(ids[SD_MAX_TOKENS - 1] == tok->eos, "a truncated prompt must end with EOS");
        }
    }
    FUZZ_CHECK(env.host_bytes == 0, "%lu bytes leaked", (unsigned long)env.host_bytes);
    free(text);
}
