/* Tests of the tokenizer section: the golden ids of transformers' CLIPTokenizer, edge cases
   computed with it, bad input, long prompts, and tokenizers built from vocab.json + merges.txt. */

static int sd_test_builtin_tokenizer(sd_tester *t, sd__env *env, sd__tokenizer **tok) {
    if (sd__tokenizer_create_builtin(env, tok) != SD_OK) {
        sd_test_fail_at(t, __FILE__, __LINE__, "builtin tokenizer: %s", env->message);
        return 0;
    }
    return 1;
}

/* tests/data/tokens.json: 37 prompts with `ids` (padded, truncated) and `untruncated_ids`. */
static void test_tokenizer_golden(sd_tester *t) {
    sd__env env = sd_test_env();
    sd__tokenizer *tok;
    sd__json_doc doc;
    const sd__json *item, *list;
    char *text;
    size_t size, items = 0;
    REQUIRE(sd__read_file(&env, TEST_DATA "/tokens.json", 1 << 20, &text, &size) == SD_OK, "%s", env.message);
    REQUIRE(sd__json_parse(&env, text, size, &doc) == SD_OK, "%s", env.message);
    sd__free(&env, text);
    list = sd__json_get(doc.nodes, "items");
    if (!list || !sd_test_builtin_tokenizer(t, &env, &tok)) {
        CHECK(list, "tokens.json has items");
        sd__json_free(&env, &doc);
        return;
    }
    for (item = list->child; item; item = item->next, items++) {
        const sd__json *prompt = sd__json_get(item, "prompt"), *want = sd__json_get(item, "ids");
        const sd__json *full = sd__json_get(item, "untruncated_ids"), *v;
        int ids[SD_MAX_TOKENS], early[SD_MAX_TOKENS], count = -1, k, same = 1, same_full = 1;
        CHECK(sd__tokenize(&env, tok, prompt->string, ids, &count) == SD_OK, "item %d: %s", (int)items, env.message);
        CHECK(sd__tokenize(&env, tok, prompt->string, early, NULL) == SD_OK, "item %d: %s", (int)items, env.message);
        for (k = 0, v = want->child; k < SD_MAX_TOKENS && v; k++, v = v->next) same &= ids[k] == v->integer;
        same &= k == SD_MAX_TOKENS && !v && memcmp(ids, early, sizeof ids) == 0;
        /* the untruncated sequence agrees with ids up to the truncation point */
        for (k = 0, v = full->child; k < SD_MAX_TOKENS - 1 && v && v->next; k++, v = v->next) same_full &= ids[k] == v->integer;
        CHECK(same, "item %d ('%.30s'): ids differ", (int)items, prompt->string);
        CHECK(same_full && count == (int)full->length, "item %d: untruncated count %d, expected %d", (int)items, count,
              (int)full->length);
    }
    CHECK(items == 37, "37 prompts, got %d", (int)items);
    sd__tokenizer_destroy(&env, tok);
    sd__json_free(&env, &doc);
    CHECK(env.host_bytes == 0, "all freed");
}

/* Cases beyond the golden file, with the ids transformers 5 gives (see src/text/tokenizer.c). */
static void test_tokenizer_edge_cases(sd_tester *t) {
    static const struct { const char *prompt; int count; int ids[12]; } cases[] = {
        /* special tokens match the raw text only, case-sensitively; in the normalized text the
           regex keeps them whole and the byte-level split cuts them into "<|", name, "|>" */
        {"a<|ENDOFTEXT|>b", 10, {49406, 320, 27, 347, 40786, 4160, 91, 285, 321, 49407}},
        {"<|endoftext|>!!", 4, {49406, 49407, 748, 49407}},
        {"x!!<|endoftext|>y", 6, {49406, 343, 748, 49407, 344, 49407}},
        {"<|startoftext|>", 3, {49406, 49406, 49407}},
        /* lowercase one character at a time: dotted I gives i + U+0307, no final sigma */
        {"\304\260stanbul \316\243\316\221\316\243", 11, {49406, 328, 16384, 11231, 139, 225, 138, 109, 139, 481, 49407}},
        /* contractions only at the start of a piece */
        {"''s !'s 'S 'LL", 8, {49406, 8445, 338, 13222, 338, 568, 1342, 49407}},
        /* NFC: Hangul jamo compose, marks reorder by class, exclusions and singletons, and two
           starters that compose (Oriya) */
        {"\341\204\200\341\205\241\341\206\250 \352\260\201", 6, {49406, 21122, 479, 21122, 479, 49407}},
        {"a\314\202\314\243 a\314\243\314\202", 8, {49406, 157, 118, 511, 157, 118, 511, 49407}},
        {"\340\245\230 \342\204\253 \340\255\207\340\254\276", 10, {49406, 22067, 3124, 376, 127, 354, 156, 255, 489, 49407}},
        /* Unicode White_Space separates (NBSP, NEL); U+001C does not */
        {"\302\240x\302\205y\034z", 6, {49406, 343, 344, 472, 345, 49407}},
    };
    sd__env env = sd_test_env();
    sd__tokenizer *tok;
    size_t i;
    if (!sd_test_builtin_tokenizer(t, &env, &tok)) return;
    for (i = 0; i < SD__COUNT(cases); i++) {
        int ids[SD_MAX_TOKENS], count = -1, k, same = 1;
        CHECK(sd__tokenize(&env, tok, cases[i].prompt, ids, &count) == SD_OK, "case %d: %s", (int)i, env.message);
        for (k = 0; k < SD_MAX_TOKENS; k++) same &= ids[k] == (k < cases[i].count ? cases[i].ids[k] : 49407);
        CHECK(same && count == cases[i].count, "case %d: ids differ (count %d)", (int)i, count);
    }
    sd__tokenizer_destroy(&env, tok);
}

static void test_tokenizer_empty_prompt(sd_tester *t) {
    sd__env env = sd_test_env();
    sd__tokenizer *tok;
    int ids[SD_MAX_TOKENS], count = -1, k, pad = 1;
    if (!sd_test_builtin_tokenizer(t, &env, &tok)) return;
    CHECK(sd__tokenize(&env, tok, "", ids, &count) == SD_OK, "%s", env.message);
    for (k = 1; k < SD_MAX_TOKENS; k++) pad &= ids[k] == 49407;
    CHECK(ids[0] == 49406 && pad && count == 2, "BOS, EOS, padding (count %d)", count);
    CHECK(sd__tokenize(&env, tok, " \t\n ", ids, &count) == SD_OK && count == 2, "whitespace only");
    sd__tokenizer_destroy(&env, tok);
}

static void test_tokenizer_rejects_invalid_utf8(sd_tester *t) {
    static const char *const bad[] = {
        "caf\351",            /* Latin-1 byte */
        "\200abc",            /* stray continuation byte */
        "ab\303",             /* truncated sequence */
        "\300\257",           /* overlong '/' */
        "\355\240\200",       /* surrogate U+D800 */
        "\364\220\200\200",   /* above U+10FFFF */
        "\370\210\200\200\200" /* five-byte form */
    };
    sd__env env = sd_test_env();
    sd__tokenizer *tok;
    int ids[SD_MAX_TOKENS];
    size_t i;
    if (!sd_test_builtin_tokenizer(t, &env, &tok)) return;
    for (i = 0; i < SD__COUNT(bad); i++) {
        sd__clear_error(&env);
        CHECK(sd__tokenize(&env, tok, bad[i], ids, NULL) == SD_ERR_INVALID_ARGUMENT && strstr(env.message, "UTF-8"),
              "case %d rejected: '%s'", (int)i, env.message);
    }
    CHECK(sd__tokenize(&env, tok, NULL, ids, NULL) == SD_ERR_INVALID_ARGUMENT, "NULL prompt");
    sd__tokenizer_destroy(&env, tok);
    CHECK(env.host_bytes == 0, "all freed");
}

/* Megabytes of text: exact counts in time and memory linear in the length. */
static void test_tokenizer_long_prompts(sd_tester *t) {
    static const char unit[] = "a photo of a cat, "; /* 6 tokens: a photo of a cat , */
    static const int unit_ids[6] = {320, 1125, 539, 320, 2368, 267};
    const size_t repeats = 4 << 20 >> 4, word = 1 << 20;
    sd__env env = sd_test_env();
    sd__tokenizer *tok;
    char *text;
    int ids[SD_MAX_TOKENS], count = -1, k, same = 1;
    size_t i, len = repeats * (sizeof unit - 1);
    double t0, seconds;
    if (!sd_test_builtin_tokenizer(t, &env, &tok)) return;
    text = (char *)malloc(len + 1);
    REQUIRE(text, "malloc");
    for (i = 0; i < repeats; i++) memcpy(text + i * (sizeof unit - 1), unit, sizeof unit - 1);
    text[len] = 0;
    env.host_peak = env.host_bytes;
    t0 = sd__now();
    CHECK(sd__tokenize(&env, tok, text, ids, &count) == SD_OK, "%s", env.message);
    seconds = sd__now() - t0;
    for (k = 1; k < SD_MAX_TOKENS - 1; k++) same &= ids[k] == unit_ids[(k - 1) % 6];
    CHECK(same && ids[0] == 49406 && ids[SD_MAX_TOKENS - 1] == 49407, "truncated ids");
    CHECK(count == (int)(repeats * 6 + 2), "untruncated count %d, expected %d", count, (int)(repeats * 6 + 2));
    CHECK(seconds < 5.0, "%.1f MB took %.2f s", len / 1e6, seconds);
    CHECK(env.host_peak - env.host_bytes < 2 * len, "scratch memory %lu bytes for %lu bytes of text",
          (unsigned long)(env.host_peak - env.host_bytes), (unsigned long)len);
    /* without the count, the work stops once ids is full */
    t0 = sd__now();
    CHECK(sd__tokenize(&env, tok, text, ids, NULL) == SD_OK && ids[75] == unit_ids[74 % 6], "early stop ids");
    CHECK(sd__now() - t0 < seconds, "stopping early is faster");
    /* one word of a megabyte: BPE in O(n log n) */
    for (i = 0; i < word; i++) text[i] = (char)('a' + (i * 7 + i / 3) % 26);
    text[word] = 0;
    t0 = sd__now();
    CHECK(sd__tokenize(&env, tok, text, ids, &count) == SD_OK && count > 100000, "long word (count %d)", count);
    CHECK(sd__now() - t0 < 5.0, "a 1 MB word took %.2f s", sd__now() - t0);
    free(text);
    sd__tokenizer_destroy(&env, tok);
    CHECK(env.host_bytes == 0, "all freed");
}

static void test_tokenizer_builtin_is_fast(sd_tester *t) {
    sd__env env = sd_test_env();
    sd__tokenizer *tok;
    double t0 = sd__now(), seconds;
    REQUIRE(sd_test_builtin_tokenizer(t, &env, &tok), "create");
    seconds = sd__now() - t0;
    CHECK(seconds < 0.1, "creating the builtin tokenizer took %.0f ms", seconds * 1e3);
    sd__tokenizer_destroy(&env, tok);
}

/* SD 2.x pads with "!", which transformers then also treats as a special token in the text. */
static void test_tokenizer_pad_token(sd_tester *t) {
    static const int wow[8] = {49406, 2781, 0, 320, 0, 321, 49407, 0};
    sd__env env = sd_test_env();
    sd__tokenizer *tok;
    int ids[SD_MAX_TOKENS], count, k, same = 1;
    if (!sd_test_builtin_tokenizer(t, &env, &tok)) return;
    CHECK(sd__tokenizer_set_pad_token(&env, tok, "!") == SD_OK, "%s", env.message);
    CHECK(sd__tokenize(&env, tok, "wow! a!b", ids, &count) == SD_OK && count == 7, "tokenize");
    for (k = 0; k < SD_MAX_TOKENS; k++) same &= ids[k] == wow[SD__MIN(k, 7)];
    CHECK(same, "'!' cut out as the pad token, then padding with 0");
    CHECK(sd__tokenizer_set_pad_token(&env, tok, "<|endoftext|>") == SD_OK, "back to EOS");
    CHECK(sd__tokenize(&env, tok, "wow!", ids, &count) == SD_OK && ids[2] == 256 && ids[4] == 49407, "'!</w>' again");
    CHECK(sd__tokenizer_set_pad_token(&env, tok, "photo") == SD_ERR_UNSUPPORTED && strstr(env.message, "photo"),
          "pad token that is neither special nor one byte");
    sd__tokenizer_destroy(&env, tok);
    CHECK(env.host_bytes == 0, "all freed");
}

/* Writes vocab.json and merges.txt under /tmp and loads them. */
static sd_result sd_test_tokenizer_files(sd__env *env, const char *vocab, const char *merges, sd__tokenizer **tok) {
    char vocab_path[256], merges_path[256];
    sd_result r;
    sd_test_tmp(vocab_path, sizeof vocab_path, "vocab.json");
    sd_test_tmp(merges_path, sizeof merges_path, "merges.txt");
    if (vocab) sd_test_write_file(vocab_path, vocab, strlen(vocab));
    if (merges) sd_test_write_file(merges_path, merges, strlen(merges));
    sd__clear_error(env);
    r = sd__tokenizer_create_from_files(env, vocab_path, merges_path, tok);
    remove(vocab_path);
    remove(merges_path);
    return r;
}

#define SD_TEST_VOCAB "{\"a\": 0, \"b\": 1, \"c\": 2, \"a</w>\": 3, \"b</w>\": 4, \"c</w>\": 5, \"ab\": 6, " \
                      "\"abc</w>\": 7, \"<|startoftext|>\": 8, \"<|endoftext|>\": 9}"

static void test_tokenizer_from_files(sd_tester *t) {
    /* "abc": a b c</w> -> ab c</w> -> abc</w>; "ab": a b</w> (no such merge); "x": unknown -> EOS */
    static const int want[10] = {8, 7, 0, 4, 2, 0, 4, 9, 8, 9};
    sd__env env = sd_test_env();
    sd__tokenizer *tok = NULL;
    int ids[SD_MAX_TOKENS], count, k, same = 1;
    REQUIRE(sd_test_tokenizer_files(&env, SD_TEST_VOCAB, "#version: 0.2\r\na b\r\nab c</w>\r\n", &tok) == SD_OK, "%s",
            env.message);
    CHECK(sd__tokenize(&env, tok, "ABC ab cab x<|startoftext|>", ids, &count) == SD_OK, "%s", env.message);
    for (k = 0; k < SD_MAX_TOKENS; k++) same &= ids[k] == (k < 10 ? want[k] : 9);
    CHECK(same && count == 10, "custom vocab ids (count %d)", count);
    sd__tokenizer_destroy(&env, tok);
    CHECK(env.host_bytes == 0, "all freed");
}

static void test_tokenizer_rejects_bad_files(sd_tester *t) {
    static const struct { const char *vocab, *merges, *message; sd_result code; } bad[] = {
        {NULL, "a b\n", "cannot open", SD_ERR_IO},
        {"{\"a\": 0,", "a b\n", "malformed JSON", SD_ERR_MODEL_FORMAT},
        {"[\"a\", \"b\"]", "a b\n", "JSON object", SD_ERR_MODEL_FORMAT},
        {"{\"a\": 0.5, \"<|startoftext|>\": 1, \"<|endoftext|>\": 2}", "", "'a' is not an integer", SD_ERR_MODEL_FORMAT},
        {"{\"a\": -1, \"<|startoftext|>\": 1, \"<|endoftext|>\": 2}", "", "'a' is not an integer", SD_ERR_MODEL_FORMAT},
        {"{\"a\": 0, \"a\": 1, \"<|startoftext|>\": 1, \"<|endoftext|>\": 2}", "", "listed twice", SD_ERR_MODEL_FORMAT},
        {"{\"a\": 0, \"<|startoftext|>\": 1}", "", "no '<|endoftext|>'", SD_ERR_MODEL_FORMAT},
        {SD_TEST_VOCAB, "#version: 0.2\nab\n", "line 2: expected two tokens", SD_ERR_MODEL_FORMAT},
        {SD_TEST_VOCAB, "a b c\n", "line 1: expected two tokens", SD_ERR_MODEL_FORMAT},
        {SD_TEST_VOCAB, "a  b\n", "line 1: expected two tokens", SD_ERR_MODEL_FORMAT},
        {SD_TEST_VOCAB, "a b\nb x\n", "line 2: token 'x' is not in vocab.json", SD_ERR_MODEL_FORMAT},
        {SD_TEST_VOCAB, "a b\nb c\n", "line 2: token 'bc' is not in vocab.json", SD_ERR_MODEL_FORMAT},
    };
    sd__env env = sd_test_env();
    size_t i;
    for (i = 0; i < SD__COUNT(bad); i++) {
        sd__tokenizer *tok = NULL;
        sd_result r = sd_test_tokenizer_files(&env, bad[i].vocab, bad[i].merges, &tok);
        CHECK(r == bad[i].code && strstr(env.message, bad[i].message) && !tok, "case %d: got %d '%s'", (int)i, (int)r,
              env.message);
    }
    CHECK(env.host_bytes == 0, "all freed");
}

static void tests_tokenizer(sd_tester *t) {
    RUN(t, test_tokenizer_golden);
    RUN(t, test_tokenizer_edge_cases);
    RUN(t, test_tokenizer_empty_prompt);
    RUN(t, test_tokenizer_rejects_invalid_utf8);
    RUN(t, test_tokenizer_long_prompts);
    RUN(t, test_tokenizer_builtin_is_fast);
    RUN(t, test_tokenizer_pad_token);
    RUN(t, test_tokenizer_from_files);
    RUN(t, test_tokenizer_rejects_bad_files);
}
