/* Tests of the safetensors reader: the golden file, and one malformed file per check. */
static void test_safetensors_golden(sd_tester *t) {
    sd__env env = sd_test_env();
    sd__st_file f;
    const sd__st_tensor *ids, *lat;
    REQUIRE(sd_test_open_golden(t, &env, &f), "open");
    ids = sd__st_find(&f, "te.ids");
    lat = sd__st_find(&f, "pipe.latents_in");
    CHECK(ids && ids->dtype == SD__ST_I32 && ids->rank == 2 && ids->shape[0] == 3 && ids->shape[1] == 77, "te.ids I32 [3,77]");
    CHECK(lat && lat->dtype == SD__ST_F32 && lat->count == 256 && lat->bytes == 1024, "pipe.latents_in");
    CHECK(!sd__st_find(&f, "nope"), "absent name");
    sd__st_close(&env, &f);
    CHECK(env.host_bytes == 0, "all freed");
}

static void test_safetensors_half_conversion(sd_tester *t) {
    static const unsigned char halfs[] = {0x00, 0x3C, 0x00, 0xC0, 0x01, 0x00, 0xFF, 0x7B, 0x00, 0x7C, 0x80, 0x3F};
    sd__st_tensor ht;
    float out[6];
    memset(&ht, 0, sizeof ht);
    ht.dtype = SD__ST_F16;
    ht.count = 6;
    ht.data = halfs;
    CHECK(sd__st_to_f32(&ht, out), "F16 converts");
    CHECK(out[0] == 1.0f && out[1] == -2.0f && out[2] == 5.9604644775390625e-8f && out[3] == 65504.0f, "f16 values");
    CHECK(isinf(out[4]) && out[4] > 0, "f16 inf");
    ht.dtype = SD__ST_BF16;
    ht.count = 1;
    ht.data = halfs + 10; /* 0x3F80 = 1.0 */
    CHECK(sd__st_to_f32(&ht, out) && out[0] == 1.0f, "bf16 1.0");
    ht.dtype = SD__ST_I64;
    CHECK(!sd__st_to_f32(&ht, out), "I64 is not floating point");
    { /* every half, from an odd address: long runs take the F16C path where the CPU has it, and it
         must give the bits of the one-by-one conversion (NaNs may differ only in being quiet) */
        unsigned char *all = (unsigned char *)malloc(2 * 65536 + 1);
        float *got = (float *)malloc(65536 * sizeof(float));
        unsigned i;
        REQUIRE(all && got, "out of memory");
        for (i = 0; i < 65536; i++) {
            all[1 + 2 * i] = (unsigned char)(i & 0xFF);
            all[2 + 2 * i] = (unsigned char)(i >> 8);
        }
        ht.dtype = SD__ST_F16;
        ht.count = 65536;
        ht.data = all + 1;
        CHECK(sd__st_to_f32(&ht, got), "F16 converts");
        for (i = 0; i < 65536; i++) {
            float want = sd__f16_to_f32((uint16_t)i);
            if (!(memcmp(&want, &got[i], 4) == 0 || (want != want && got[i] != got[i]))) {
                CHECK(0, "half 0x%04x: %.9g, one by one %.9g", i, got[i], want);
                break;
            }
        }
        free(all);
        free(got);
    }
}

/* Builds a safetensors file from a header string and data size, writes it, opens it. */
static sd_result sd_test_st_bytes(sd__env *env, const char *header, size_t data_bytes, long long claimed_len,
                                  sd__st_file *f) {
    char path[256];
    size_t hl = strlen(header), total = 8 + hl + data_bytes;
    unsigned char *buf = (unsigned char *)calloc(1, total);
    unsigned long long len = claimed_len >= 0 ? (unsigned long long)claimed_len : hl;
    int k;
    sd_result r;
    for (k = 0; k < 8; k++) buf[k] = (unsigned char)(len >> (8 * k));
    memcpy(buf + 8, header, hl);
    sd_test_write_file(sd_test_tmp(path, sizeof path, "st.safetensors"), buf, total);
    free(buf);
    sd__clear_error(env);
    r = sd__st_open(env, path, f);
    remove(path);
    return r;
}

static void test_safetensors_rejects_bad_files(sd_tester *t) {
    static const struct { const char *header; size_t data; const char *message; } bad[] = {
        {"{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}", 8, "malformed JSON"},
        {"[1,2]", 0, "not a JSON object"},
        {"{\"a\":{\"dtype\":\"F33\",\"shape\":[2],\"data_offsets\":[0,8]}}", 8, "unknown dtype 'F33'"},
        {"{\"a\":{\"dtype\":\"F32\",\"shape\":[3],\"data_offsets\":[0,8]}}", 8, "needs 12"},
        {"{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,16]}}", 8, "outside"},
        {"{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[8,0]}}", 8, "outside"},
        {"{\"a\":{\"dtype\":\"F32\",\"shape\":[-2],\"data_offsets\":[0,8]}}", 8, "non-negative"},
        {"{\"a\":{\"dtype\":\"F32\",\"shape\":[4294967296,4294967296,4294967296],\"data_offsets\":[0,8]}}", 8, "overflows"},
        {"{\"a\":{\"dtype\":\"F32\",\"shape\":[2]}}", 8, "data_offsets"},
        {"{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[8,16]}}", 16, "appears twice"},
        {"{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},\"b\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[4,12]}}", 16, "overlap"},
        {"{\"a\":{\"dtype\":\"F32\",\"shape\":[1,1,1,1,1,1,1,1,1],\"data_offsets\":[0,4]}}", 4, "rank"}};
    sd__env env = sd_test_env();
    sd__st_file f;
    size_t i;
    for (i = 0; i < SD__COUNT(bad); i++) {
        sd_result r = sd_test_st_bytes(&env, bad[i].header, bad[i].data, -1, &f);
        CHECK(r == SD_ERR_MODEL_FORMAT && strstr(env.message, bad[i].message),
              "case %lu: got %d '%s', wanted '%s'", (unsigned long)i, (int)r, env.message, bad[i].message);
        if (r == SD_OK) sd__st_close(&env, &f);
    }
    CHECK(sd_test_st_bytes(&env, "{}", 0, 1000, &f) == SD_ERR_MODEL_FORMAT && strstr(env.message, "header length"),
          "header length beyond the file: %s", env.message);
    CHECK(sd_test_st_bytes(&env, "{\"__metadata__\":{\"format\":\"pt\"}}", 0, -1, &f) == SD_OK && f.count == 0,
          "metadata only is a valid empty file");
    sd__st_close(&env, &f);
    CHECK(sd__st_open(&env, "/nonexistent/model.safetensors", &f) == SD_ERR_IO && strstr(env.message, "cannot open"),
          "missing file: %s", env.message);
    CHECK(env.host_bytes == 0, "nothing leaked");
}

static void test_safetensors_truncated_everywhere(sd_tester *t) {
    /* Cut the golden file at many lengths: each cut must fail cleanly, never crash. */
    sd__env env = sd_test_env();
    sd__mapped_file src;
    char path[256];
    size_t cuts[] = {0, 1, 7, 8, 9, 100, 1000, 5000, 100000, 1376543};
    size_t i;
    REQUIRE(sd__map_file(&env, TEST_DATA "/golden.safetensors", &src) == SD_OK, "map");
    sd_test_tmp(path, sizeof path, "cut.safetensors");
    for (i = 0; i < SD__COUNT(cuts); i++) {
        sd__st_file f;
        sd_result r;
        if (cuts[i] >= src.size) continue;
        sd_test_write_file(path, src.data, cuts[i]);
        r = sd__st_open(&env, path, &f);
        CHECK(r == SD_ERR_MODEL_FORMAT, "cut at %lu accepted", (unsigned long)cuts[i]);
        if (r == SD_OK) sd__st_close(&env, &f);
    }
    remove(path);
    sd__unmap_file(&src);
    CHECK(env.host_bytes == 0, "nothing leaked");
}

/* Writes open, then item_fmt for n = 0, 1, ... (given n, n and n + 1) joined by ',' while the text
   stays under bytes, then close; returns the items written and sets *len. */
static size_t sd_test_fill_header(char *buf, size_t bytes, const char *open, const char *item_fmt,
                                  const char *close, size_t *len) {
    size_t n = 0, at = strlen(open);
    memcpy(buf, open, at);
    for (;;) {
        char item[160];
        int w = snprintf(item, sizeof item, item_fmt, (unsigned long)n, (unsigned long)n, (unsigned long)n + 1);
        if (at + (size_t)w + 1 + strlen(close) >= bytes) break;
        if (n) buf[at++] = ',';
        memcpy(buf + at, item, (size_t)w);
        at += (size_t)w;
        n++;
    }
    memcpy(buf + at, close, strlen(close) + 1);
    *len = at + strlen(close);
    return n;
}

/* Headers of 4 MB built for the densest JSON (two-byte values, tiny entries) must parse, or be
   refused, within a few times their length: a whole tree took 40 times it. */
static void test_safetensors_parse_memory_bounded(sd_tester *t) {
    static const struct { const char *open, *item, *close, *message; } cases[] = {
        {"{\"__metadata__\":{\"a\":[", "0", "]}}", NULL},
        {"{\"__metadata__\":{", "\"k%lu\":\"v\"", "}}", NULL},
        {"{", "\"t%08lu\":{\"dtype\":\"U8\",\"shape\":[1],\"data_offsets\":[%lu,%lu]}", "}", NULL},
        {"{\"a\":{\"dtype\":\"F32\",\"data_offsets\":[0,4],\"shape\":[", "1", "]}}", "holds"},
        {"{", "\"\":0", "}", "needs dtype"}};
    const size_t bytes = (size_t)4 << 20;
    unsigned char *file = (unsigned char *)malloc(8 + bytes + bytes / 40);
    size_t i;
    REQUIRE(file, "out of memory");
    for (i = 0; i < SD__COUNT(cases); i++) {
        sd__env env = sd_test_env();
        sd__st_file f;
        size_t len, items = sd_test_fill_header((char *)file + 8, bytes, cases[i].open, cases[i].item, cases[i].close, &len);
        size_t data = cases[i].item[1] == 't' ? items : 0;
        sd_result r;
        int k;
        for (k = 0; k < 8; k++) file[k] = (unsigned char)((unsigned long long)len >> (8 * k));
        memset(file + 8 + len, 0, data);
        r = sd__st_parse(&env, file, 8 + len + data, "big", &f);
        if (cases[i].message) {
            CHECK(r == SD_ERR_MODEL_FORMAT && strstr(env.message, cases[i].message), "case %lu: %s", (unsigned long)i, env.message);
        } else {
            CHECK(r == SD_OK && f.count == data, "case %lu: %d %s", (unsigned long)i, (int)r, env.message);
            if (r == SD_OK) sd__st_close(&env, &f);
        }
        CHECK(env.host_peak <= 5 * len, "case %lu: %lu bytes to parse a %lu-byte header", (unsigned long)i,
              (unsigned long)env.host_peak, (unsigned long)len);
        CHECK(env.host_bytes == 0, "nothing leaked");
    }
    free(file);
}

static void tests_safetensors(sd_tester *t) {
    RUN(t, test_safetensors_golden);
    RUN(t, test_safetensors_half_conversion);
    RUN(t, test_safetensors_rejects_bad_files);
    RUN(t, test_safetensors_truncated_everywhere);
    RUN(t, test_safetensors_parse_memory_bounded);
}
