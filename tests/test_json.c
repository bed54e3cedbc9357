/* Tests of the JSON parser. */
static sd_result sd_test_json(sd__env *env, const char *text, sd__json_doc *doc) {
    sd__clear_error(env);
    return sd__json_parse(env, text, strlen(text), doc);
}

static void test_json_values(sd_tester *t) {
    sd__env env = sd_test_env();
    sd__json_doc doc;
    const sd__json *v;
    long long i;
    double d;
    int b, ok = 1;
    const char *text = "{\"a\": [1, -2.5e2, true, null], \"s\": \"x\\u00e9\\ud83d\\ude00\\n\", \"big\": 9007199254740993,"
                       " \"o\": {}, \"nan\": NaN, \"ninf\": -Infinity}";
    REQUIRE(sd_test_json(&env, text, &doc) == SD_OK, "parse failed: %s", env.message);
    v = sd__json_get(doc.nodes, "a");
    CHECK(v && v->type == SD__JSON_ARRAY && v->length == 4, "array of 4");
    CHECK(sd_test_json_at(v, 0)->is_integer && sd_test_json_at(v, 0)->integer == 1, "1");
    CHECK(sd_test_json_at(v, 1)->number == -250.0 && !sd_test_json_at(v, 1)->is_integer, "-2.5e2");
    CHECK(sd_test_json_at(v, 2)->type == SD__JSON_BOOL && sd_test_json_at(v, 2)->boolean, "true");
    CHECK(sd_test_json_at(v, 3)->type == SD__JSON_NULL && !sd_test_json_at(v, 4), "null, then the end");
    CHECK(strcmp(sd__json_get_string(doc.nodes, "s", &ok), "x\xc3\xa9\xf0\x9f\x98\x80\n") == 0 && ok, "escapes");
    CHECK(sd__json_get_int(doc.nodes, "big", 0, &i) && i == 9007199254740993LL, "exact int64");
    CHECK(sd__json_get(doc.nodes, "o")->type == SD__JSON_OBJECT && sd__json_get(doc.nodes, "o")->length == 0, "{}");
    CHECK(sd__json_get_number(doc.nodes, "missing", 3.5, &d) && d == 3.5, "fallback");
    CHECK(!sd__json_get_bool(doc.nodes, "s", 0, &b), "wrong type is reported");
    CHECK(isnan(sd__json_get(doc.nodes, "nan")->number), "NaN");
    CHECK(isinf(sd__json_get(doc.nodes, "ninf")->number) && sd__json_get(doc.nodes, "ninf")->number < 0, "-Infinity");
    CHECK(sd__json_get_number(doc.nodes, "a", 0, &d) == 0, "array is not a number");
    sd__json_free(&env, &doc);
    CHECK(env.host_bytes == 0, "all freed");
}

/* Numbers parse to the correctly rounded double (Python's float() of the same text), in any
   locale; a magnitude past the largest double is an error, not an infinity. */
static void test_json_numbers_are_exact(sd_tester *t) {
    static const struct { const char *text; double want; } cases[] = {
        {"1e-30", 1e-30}, {"0e400", 0.0}, {"-0.0", -0.0}, {"0.1", 0.1}, {"2.5e-3", 2.5e-3}, {"0.00085", 0.00085},
        {"123456789012345678901234567890", 123456789012345678901234567890.0}, {"4.9406564584124654e-324", 4.9406564584124654e-324},
        {"1e-400", 0.0}, {"1.7976931348623157e308", 1.7976931348623157e308}, {"0.30000000000000004", 0.30000000000000004}};
    static const char *const too_large[] = {"1e400", "-1e309", "18e307"};
    const char *saved = setlocale(LC_NUMERIC, NULL);
    char saved_copy[64], text[128];
    sd__env env = sd_test_env();
    sd__json_doc doc;
    size_t i;
    int pass;
    snprintf(saved_copy, sizeof saved_copy, "%s", saved ? saved : "C");
    for (pass = 0; pass < 2; pass++) {
        /* the second pass in a locale whose decimal point is a comma, where this machine has one */
        if (pass == 1 && !setlocale(LC_NUMERIC, "de_DE.UTF-8") && !setlocale(LC_NUMERIC, "fr_FR.UTF-8")) break;
        for (i = 0; i < SD__COUNT(cases); i++) {
            snprintf(text, sizeof text, "[%s]", cases[i].text);
            if (sd_test_json(&env, text, &doc) != SD_OK) {
                CHECK(0, "%s: %s", cases[i].text, env.message);
                continue;
            }
            CHECK(memcmp(&sd_test_json_at(doc.nodes, 0)->number, &cases[i].want, sizeof(double)) == 0, "%s gave %.17g (locale %s)",
                  cases[i].text, sd_test_json_at(doc.nodes, 0)->number, setlocale(LC_NUMERIC, NULL));
            sd__json_free(&env, &doc);
        }
        for (i = 0; i < SD__COUNT(too_large); i++) {
            snprintf(text, sizeof text, "{\"x\": %s}", too_large[i]);
            CHECK(sd_test_json(&env, text, &doc) == SD_ERR_MODEL_FORMAT && strstr(env.message, "out of range"), "%s: %s",
                  too_large[i], env.message);
        }
    }
    setlocale(LC_NUMERIC, saved_copy);
}

/* A key given twice means its last value, as Python's json reads it. */
static void test_json_duplicate_keys_last_wins(sd_tester *t) {
    sd__env env = sd_test_env();
    sd__json_doc doc;
    double d = 0;
    REQUIRE(sd_test_json(&env, "{\"beta_end\": 0.012, \"x\": 1, \"beta_end\": 0.02}", &doc) == SD_OK, "%s", env.message);
    CHECK(sd__json_get_number(doc.nodes, "beta_end", 0, &d) && d == 0.02, "beta_end %g, wanted the last, 0.02", d);
    sd__json_free(&env, &doc);
}

static void test_json_rejects_malformed(sd_tester *t) {
    static const char *const bad[] = {
        "", "{", "{\"a\":}", "[1,]", "[1 2]", "{\"a\" 1}", "\"unterminated", "\"bad \\x escape\"",
        "\"\\ud800\"", "\"\\udc00x\"", "01", "1.", "1e", "-", "tru", "[1] x", "{\"a\":1,}", "\"\x01\"",
        "\"\xff\"", "\"\xc0\xaf\"", "\"\xed\xa0\x80\"", "nul", "{1:2}"};
    sd__env env = sd_test_env();
    sd__json_doc doc;
    size_t i;
    char deep[200];
    for (i = 0; i < SD__COUNT(bad); i++) {
        sd_result r = sd_test_json(&env, bad[i], &doc);
        CHECK(r == SD_ERR_MODEL_FORMAT, "accepted bad JSON #%lu '%s'", (unsigned long)i, bad[i]);
        CHECK(strstr(env.message, "malformed JSON") != NULL, "message: %s", env.message);
        if (r == SD_OK) sd__json_free(&env, &doc);
    }
    memset(deep, '[', sizeof deep - 1);
    deep[sizeof deep - 1] = 0;
    CHECK(sd_test_json(&env, deep, &doc) == SD_ERR_MODEL_FORMAT && strstr(env.message, "too deep"), "depth limit");
    CHECK(env.host_bytes == 0, "nothing leaked on failure");
}

static void tests_json(sd_tester *t) {
    RUN(t, test_json_values);
    RUN(t, test_json_numbers_are_exact);
    RUN(t, test_json_duplicate_keys_last_wins);
    RUN(t, test_json_rejects_malformed);
}
