/* Minimal test harness: one line per test, then "N passed, N failed, N skipped". */
#ifndef SD_TEST_H
#define SD_TEST_H
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct sd_tester {
    int passed, failed, skipped;
    const char *filter;    /* run only tests whose name contains this */
    int current_failed;    /* checks failed in the running test */
    int current_skipped;
    char skip_reason[256];
} sd_tester;

typedef void (*sd_test_fn)(sd_tester *t);

#define TEST_DATA "tests/data"
/* The tiny SD 1.x model as a diffusers folder, made by the runner from tests/data/tiny-sd.safetensors
   (sd_test_make_tiny_folder) */
#define TINY_SD_FOLDER SD_TEST_BUILD "/data/tiny-sd"
/* The build folder whose CLI and examples the tests run (the Makefile passes its own). */
#ifndef SD_TEST_BUILD
#define SD_TEST_BUILD "build"
#endif

/* 1 in a sanitizer build (GCC says so with __SANITIZE_*__, clang with __has_feature), whose
   binaries, the CLI included, need far more address space than they use. */
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define SD_TEST_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define SD_TEST_SANITIZED 1
#endif
#endif
#ifndef SD_TEST_SANITIZED
#define SD_TEST_SANITIZED 0
#endif

static void sd_test_fail_at(sd_tester *t, const char *file, int line, const char *fmt, ...) {
    va_list ap;
    if (t->current_failed++ < 5) { /* a broken test should not flood the log */
        printf("    %s:%d: ", file, line);
        va_start(ap, fmt);
        vprintf(fmt, ap);
        va_end(ap);
        printf("\n");
    }
}

/* CHECK(cond, printf-style message...) records a failure and lets the test go on. */
#define CHECK(cond, ...) do { if (!(cond)) sd_test_fail_at(t, __FILE__, __LINE__, __VA_ARGS__); } while (0)
/* REQUIRE stops the test at the first failure (for preconditions such as a file loading). */
#define REQUIRE(cond, ...) do { if (!(cond)) { sd_test_fail_at(t, __FILE__, __LINE__, __VA_ARGS__); return; } } while (0)
#define SKIP(...) do { t->current_skipped = 1; snprintf(t->skip_reason, sizeof t->skip_reason, __VA_ARGS__); return; } while (0)

static void sd_test_run(sd_tester *t, const char *name, sd_test_fn fn) {
    if (t->filter && !strstr(name, t->filter)) return;
    t->current_failed = 0;
    t->current_skipped = 0;
    t->skip_reason[0] = 0;
    fflush(stdout);
    fn(t);
    if (t->current_failed) { t->failed++; printf("FAIL %s\n", name); }
    else if (t->current_skipped) { t->skipped++; printf("SKIPPED %s (%s)\n", name, t->skip_reason); }
    else { t->passed++; printf("ok   %s\n", name); }
    fflush(stdout);
}
#define RUN(t, fn) sd_test_run((t), #fn, fn)

/* max|a-b| / max|ref|: the tolerance measure of the golden data. */
static double sd_test_rel_err(const float *got, const float *ref, size_t n) {
    double max_diff = 0, max_ref = 0;
    size_t i;
    for (i = 0; i < n; i++) {
        double d = fabs((double)got[i] - (double)ref[i]);
        if (!(d <= max_diff)) max_diff = d; /* NaN propagates as a failure */
        if (fabs((double)ref[i]) > max_ref) max_ref = fabs((double)ref[i]);
    }
    return max_ref > 0 ? max_diff / max_ref : max_diff;
}
#endif
