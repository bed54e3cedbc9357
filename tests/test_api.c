/* Tests of the public API surface: compilation as C and C++, the amalgamation, contexts. */
static void test_api_compiles_as_c_and_cxx(sd_tester *t) {
    static const char src[] =
        "#define SD_IMPLEMENTATION\n#include \"sd_single.h\"\n"
        "int main(void) { sd_ctx *c = 0; sd_result r = sd_create(0, &c); sd_destroy(c); return (int)r; }\n";
    char path[256], cmd[1024], out[4096];
    const char *cc = getenv("CC"), *cxx = getenv("CXX");
    sd_test_tmp(path, sizeof path, "compile.c");
    REQUIRE(sd_test_write_file(path, src, sizeof src - 1), "write %s", path);
    snprintf(cmd, sizeof cmd, "%s -std=c99 -Wall -Wextra -pedantic -Werror -I. -c -o /dev/null %s", cc ? cc : "cc", path);
    CHECK(sd_test_run_command(cmd, out, sizeof out) == 0, "as C99:\n%s", out);
    snprintf(cmd, sizeof cmd, "%s -x c++ -std=c++11 -Wall -Wextra -pedantic -Werror -I. -c -o /dev/null %s",
             cxx ? cxx : "c++", path);
    CHECK(sd_test_run_command(cmd, out, sizeof out) == 0, "as C++:\n%s", out);
    remove(path);
}

/* sd_single.h is what tools/amalgamate.sh makes of src/ today. `make` regenerates it, so under CI
   (a fresh clone, where make may have just done so) the header must also be the committed one. */
static void test_api_header_is_amalgamated_from_src(sd_tester *t) {
    char path[256], cmd[1024], out[4096];
    sd_test_tmp(path, sizeof path, "amalgamated.h");
    snprintf(cmd, sizeof cmd, "sh tools/amalgamate.sh %s && cmp %s sd_single.h", path, path);
    CHECK(sd_test_run_command(cmd, out, sizeof out) == 0, "sd_single.h is stale: run 'make'\n%s", out);
    remove(path);
    if (!getenv("CI") || sd_test_run_command("git rev-parse --is-inside-work-tree", NULL, 0) != 0) return;
    CHECK(sd_test_run_command("git diff --quiet HEAD -- sd_single.h", out, sizeof out) == 0,
          "the committed sd_single.h is stale against src/: run 'make' and commit sd_single.h\n%s", out);
}

/* No build output is committed: no tracked file is an ELF program or shared library, an object
   or an archive (.gitignore keeps them out; this catches a forced add). */
static void test_api_no_build_outputs_committed(sd_tester *t) {
    char path[1024];
    FILE *list;
    if (sd_test_run_command("git rev-parse --is-inside-work-tree", NULL, 0) != 0) SKIP("not a git checkout");
    list = popen("git ls-files", "r");
    REQUIRE(list, "cannot run git ls-files");
    while (fgets(path, sizeof path, list)) {
        unsigned char magic[8] = {0};
        FILE *f;
        path[strcspn(path, "\n")] = 0;
        if (!(f = fopen(path, "rb"))) continue; /* deleted in the work tree */
        CHECK(fread(magic, 1, sizeof magic, f) < 4 || (memcmp(magic, "\177ELF", 4) != 0 && memcmp(magic, "!<arch>\n", 8) != 0),
              "%s is a build output: remove it from git", path);
        fclose(f);
    }
    pclose(list);
}

static void test_api_results_have_strings(sd_tester *t) {
    int r;
    for (r = SD_OK; r >= SD_ERR_NO_MODEL; r--)
        CHECK(strcmp(sd_result_string((sd_result)r), "unknown error") != 0, "code %d has no string", r);
    CHECK(strcmp(sd_result_string((sd_result)1234), "unknown error") == 0, "unknown code");
    CHECK(strcmp(sd_version(), SD_VERSION_STRING) == 0, "version");
}

static void test_api_sampler_names(sd_tester *t) {
    int i;
    sd_sampler s;
    for (i = 1; i < SD_SAMPLER_COUNT; i++) {
        CHECK(sd_sampler_from_string(sd_sampler_name((sd_sampler)i), &s) == SD_OK && s == (sd_sampler)i, "round trip %d", i);
    }
    CHECK(sd_sampler_from_string("dpm2", &s) == SD_ERR_INVALID_ARGUMENT, "unknown sampler");
    CHECK(sd_sampler_from_string(NULL, &s) == SD_ERR_INVALID_ARGUMENT, "NULL sampler");
    CHECK(strcmp(sd_sampler_name(SD_SAMPLER_DEFAULT), "pndm") == 0, "default is diffusers' PNDM");
}

static void test_api_desc_checks(sd_tester *t) {
    sd_desc d;
    sd_ctx *ctx = NULL;
    memset(&d, 0, sizeof d);
    d.threads = -1;
    CHECK(sd_create(&d, &ctx) == SD_ERR_INVALID_ARGUMENT && strstr(sd_last_error(ctx), "threads"), "threads -1");
    sd_destroy(ctx);
    d.threads = SD_MAX_THREADS + 1;
    CHECK(sd_create(&d, &ctx) == SD_ERR_INVALID_ARGUMENT && strstr(sd_last_error(ctx), "to 1024, got 1025"), "threads 1025: %s",
          sd_last_error(ctx));
    sd_destroy(ctx);
    memset(&d, 0, sizeof d);
    d.backend = (sd_backend)9;
    CHECK(sd_create(&d, &ctx) == SD_ERR_INVALID_ARGUMENT && strstr(sd_last_error(ctx), "backend"), "backend 9");
    sd_destroy(ctx);
    CHECK(sd_create(NULL, &ctx) == SD_OK && strcmp(sd_last_error(ctx), "") == 0, "NULL desc is all defaults");
    sd_destroy(ctx);
    CHECK(sd_create(NULL, NULL) == SD_ERR_INVALID_ARGUMENT, "NULL out");
    sd_destroy(NULL);
}

typedef struct { size_t live; size_t calls; } sd_test_alloc_stats;
static void *sd_test_alloc(size_t n, void *u) { ((sd_test_alloc_stats *)u)->live++; ((sd_test_alloc_stats *)u)->calls++; return malloc(n); }
static void sd_test_free(void *p, void *u) { ((sd_test_alloc_stats *)u)->live--; free(p); }

static void test_api_custom_allocator(sd_tester *t) {
    sd_test_alloc_stats stats = {0, 0};
    sd_desc d;
    sd_ctx *ctx = NULL;
    memset(&d, 0, sizeof d);
    d.allocator.alloc = sd_test_alloc;
    d.allocator.free = sd_test_free;
    d.allocator.user_data = &stats;
    CHECK(sd_create(&d, &ctx) == SD_OK, "create: %s", sd_last_error(ctx));
    sd_destroy(ctx);
    CHECK(stats.calls > 0 && stats.live == 0, "allocator used (%lu calls) and balanced (%lu live)",
          (unsigned long)stats.calls, (unsigned long)stats.live);
    d.allocator.free = NULL;
    CHECK(sd_create(&d, &ctx) == SD_ERR_INVALID_ARGUMENT, "alloc without free");
    sd_destroy(ctx);
}

static void tests_api(sd_tester *t) {
    RUN(t, test_api_compiles_as_c_and_cxx);
    RUN(t, test_api_header_is_amalgamated_from_src);
    RUN(t, test_api_no_build_outputs_committed);
    RUN(t, test_api_results_have_strings);
    RUN(t, test_api_sampler_names);
    RUN(t, test_api_desc_checks);
    RUN(t, test_api_custom_allocator);
}
