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
    RUN(t, test_json_rejects_malformed);
}
