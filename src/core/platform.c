/* ============================================================================================
   Platform: includes, defaults, allocation, overflow-checked sizes, files, time, threads, dlopen
   ============================================================================================ */
#include <errno.h>
#include <float.h>
#include <limits.h>
#include <locale.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <dlfcn.h>
#include <fcntl.h>
#include <pthread.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#if SD_MAX_DIM < 8 || SD_MAX_DIM > 32768
#error "SD_MAX_DIM must be between 8 and 32768 (pixel counts of a side squared are computed in int)"
#endif
#if defined(SD_MALLOC) != defined(SD_FREE)
#error "define both SD_MALLOC and SD_FREE, or neither"
#endif
#ifndef SD_MALLOC
#define SD_MALLOC(size) malloc(size)
#define SD_FREE(ptr) free(ptr)
#endif

#ifndef SD_DEFAULT_BACKEND
#define SD_DEFAULT_BACKEND SD_BACKEND_AUTO
#endif
#ifndef SD_DEFAULT_PRECISION /* SD_PRECISION_DEFAULT: fp16 on CUDA, fp32 on the CPU */
#define SD_DEFAULT_PRECISION SD_PRECISION_DEFAULT
#endif
#ifndef SD_DEFAULT_ATTENTION_SLICE
#define SD_DEFAULT_ATTENTION_SLICE SD_SLICE_OFF
#endif
#ifndef SD_DEFAULT_VAE_SLICING
#define SD_DEFAULT_VAE_SLICING SD_OFF
#endif
#ifndef SD_DEFAULT_VAE_TILING
#define SD_DEFAULT_VAE_TILING SD_OFF
#endif
#ifndef SD_DEFAULT_OFFLOAD
#define SD_DEFAULT_OFFLOAD SD_OFFLOAD_NONE
#endif
#ifndef SD_DEFAULT_AUTOTUNE
#define SD_DEFAULT_AUTOTUNE SD_ON
#endif
#ifndef SD_DEFAULT_GRAPHS
#define SD_DEFAULT_GRAPHS SD_ON
#endif
#ifndef SD_DEFAULT_STEPS
#define SD_DEFAULT_STEPS 50
#endif
#ifndef SD_DEFAULT_GUIDANCE
#define SD_DEFAULT_GUIDANCE 7.5f
#endif
#ifndef SD_DEFAULT_SAMPLER
#define SD_DEFAULT_SAMPLER SD_SAMPLER_PNDM
#endif
#ifndef SD_ASSERT
#include <assert.h>
#define SD_ASSERT(c) assert(c) /* internal invariants only, never input checks */
#endif

/* x86 code compiled for its instruction set whatever the build flags, chosen at run time (the
   CPU backend's kernels, the loader's half conversion). */
#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__)) && !defined(SD_NO_SIMD)
#define SD__X86_DISPATCH 1
#include <cpuid.h>
#include <immintrin.h>

/* F16C: every AVX2 CPU has it, but compilers cannot ask __builtin_cpu_supports about it. */
static int sd__cpu_has_f16c(void) {
    unsigned a, b, c, d;
    return __get_cpuid(1, &a, &b, &c, &d) && (c & bit_F16C);
}
#endif

#define SD__MIN(a, b) ((a) < (b) ? (a) : (b))
#define SD__MAX(a, b) ((a) > (b) ? (a) : (b))
#define SD__COUNT(a) (sizeof(a) / sizeof((a)[0]))
#if defined(__GNUC__) || defined(__clang__)
#define SD__PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define SD__PRINTF(f, a)
#endif

/* Everything a private function needs to allocate, report an error and log: one per context
   (and one per parser run in tests and fuzz targets). There is no global mutable state. */
typedef struct sd__env {
    sd_result code;
    char message[1024];
    sd_allocator allocator;
    sd_logger logger;
    size_t host_bytes;      /* bytes currently allocated through this env */
    size_t host_peak;       /* the most that was ever allocated at once */
} sd__env;

/* Every allocation carries a header with its size so that the peak can be tracked and a custom
   allocator gets a plain free(ptr) call. The header keeps 16-byte alignment. */
#define SD__ALLOC_HEADER 16

static void *sd__malloc(sd__env *env, size_t size) {
    unsigned char *raw;
    if (size > (size_t)-1 - SD__ALLOC_HEADER) return NULL;
    raw = (unsigned char *)(env->allocator.alloc ? env->allocator.alloc(size + SD__ALLOC_HEADER, env->allocator.user_data)
                                                 : SD_MALLOC(size + SD__ALLOC_HEADER));
    if (!raw) return NULL;
    memcpy(raw, &size, sizeof size);
    env->host_bytes += size;
    if (env->host_bytes > env->host_peak) env->host_peak = env->host_bytes;
    return raw + SD__ALLOC_HEADER;
}

static void sd__free(sd__env *env, void *ptr) {
    unsigned char *raw;
    size_t size;
    if (!ptr) return;
    raw = (unsigned char *)ptr - SD__ALLOC_HEADER;
    memcpy(&size, raw, sizeof size);
    env->host_bytes -= size;
    if (env->allocator.alloc) env->allocator.free(raw, env->allocator.user_data);
    else SD_FREE(raw);
}

/* a * b and a + b for sizes; 0 when the result would overflow. */
static int sd__mul_size(size_t a, size_t b, size_t *out) {
    if (a != 0 && b > (size_t)-1 / a) return 0;
    *out = a * b;
    return 1;
}
static int sd__add_size(size_t a, size_t b, size_t *out) {
    if (b > (size_t)-1 - a) return 0;
    *out = a + b;
    return 1;
}

/* Zeroed array of count elements; NULL when count * size overflows or memory runs out. */
static void *sd__calloc(sd__env *env, size_t count, size_t size) {
    size_t bytes;
    void *p;
    if (!sd__mul_size(count, size, &bytes)) return NULL;
    p = sd__malloc(env, bytes);
    if (p) memset(p, 0, bytes);
    return p;
}

static void *sd__realloc(sd__env *env, void *ptr, size_t old_size, size_t new_size) {
    void *p = sd__malloc(env, new_size);
    if (!p) return NULL;
    if (ptr) memcpy(p, ptr, SD__MIN(old_size, new_size));
    sd__free(env, ptr);
    return p;
}

static char *sd__strdup(sd__env *env, const char *s) {
    size_t n = strlen(s) + 1;
    char *p = (char *)sd__malloc(env, n);
    if (p) memcpy(p, s, n);
    return p;
}

/* path + "/" + name, allocated; NULL on out of memory. */
static char *sd__path_join(sd__env *env, const char *dir, const char *name) {
    size_t a = strlen(dir), b = strlen(name);
    char *p = (char *)sd__malloc(env, a + b + 2);
    if (!p) return NULL;
    memcpy(p, dir, a);
    p[a] = '/';
    memcpy(p + a + 1, name, b + 1);
    return p;
}

static double sd__now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* What path is when it is neither a regular file nor a folder, for messages ("a FIFO", "a dangling
   symbolic link", ...), or NULL when it is one of those two. It opens nothing, so a FIFO or a
   device never blocks it. */
static const char *sd__path_problem(const char *path) {
    struct stat st;
    if (stat(path, &st) != 0) {
        if (errno == ELOOP) return "a symbolic link loop";
        if (errno == ENOENT && lstat(path, &st) == 0) return "a dangling symbolic link";
        return errno == ENOENT || errno == ENOTDIR ? "not found" : "not accessible";
    }
    if (S_ISREG(st.st_mode) || S_ISDIR(st.st_mode)) return NULL;
    if (S_ISFIFO(st.st_mode)) return "a FIFO";
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)) return "a device";
    if (S_ISSOCK(st.st_mode)) return "a socket";
    return "not a regular file";
}

static int sd__is_dir(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}
static int sd__is_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* Index of the first NaN or Inf in x[0..n), or n when every value is finite. */
static size_t sd__find_nonfinite(const float *x, size_t n) {
    size_t i;
    for (i = 0; i < n; i++)
        if (!(x[i] - x[i] == 0.0f)) return i;
    return n;
}

static int sd__cpu_count(void) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : (n > 256 ? 256 : (int)n);
}
