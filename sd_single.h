/* sd_single.h - Stable Diffusion text-to-image in one C header. MIT licensed (see end of file).

   WHAT
     The whole Stable Diffusion 1.x / 2.x pipeline: CLIP tokenizer and text encoder, UNet, VAE,
     schedulers, classifier-free guidance and img2img. A CPU backend is always present and is the
     reference; an NVIDIA backend (CUDA driver API + cuBLAS, loaded at run time) is used when found.

   HOW TO BUILD
     In exactly one C or C++ file:
         #define SD_IMPLEMENTATION
         #include "sd_single.h"
     Link with -lm -lpthread (and -ldl on older glibc). No CUDA SDK is needed to compile.

   EXAMPLE
         sd_desc desc = {0};
         sd_ctx *ctx = NULL;
         desc.model_path = "v1-5-pruned-emaonly.safetensors";  // or a diffusers folder
         if (sd_create(&desc, &ctx) != SD_OK) {
             fprintf(stderr, "%s\n", ctx ? sd_last_error(ctx) : "out of memory");
             sd_destroy(ctx);
             return 1;
         }
         sd_params p = {0};
         p.prompt = "a photo of an astronaut riding a horse on mars";
         p.seed = 42;
         sd_image img = {0};
         if (sd_txt2img(ctx, &p, &img) == SD_OK) { ... use img.pixels (RGB8) ... }
         sd_image_free(ctx, &img);
         sd_destroy(ctx);

   OPTIONS (in sd_desc / sd_params, zero always means "default")
     field               default                      compile-time override
     backend             auto (CUDA if usable)        SD_DEFAULT_BACKEND
     precision           fp16 on CUDA, fp32 on CPU    SD_DEFAULT_PRECISION
     attention_slice     off                          SD_DEFAULT_ATTENTION_SLICE
     vae_slicing         off                          SD_DEFAULT_VAE_SLICING
     vae_tiling          off                          SD_DEFAULT_VAE_TILING
     offload             none                         SD_DEFAULT_OFFLOAD
     cuda_graphs         on                           SD_DEFAULT_CUDA_GRAPHS
     autotune            on                           SD_DEFAULT_AUTOTUNE
     threads             all cores                    -
     width/height        the model's sample size x 8  -
     steps               50                           SD_DEFAULT_STEPS
     guidance            7.5                          SD_DEFAULT_GUIDANCE
     sampler             pndm (diffusers' default)    SD_DEFAULT_SAMPLER
     batch               1                            -

   OTHER MACROS
     SD_STATIC           make every function static to the including file
     SD_MALLOC/SD_FREE   replace malloc/free (define both or neither)
     SD_MAX_DIM          largest accepted width or height (default 4096)
     SD_NO_CUDA          leave the CUDA backend out entirely
*/
#ifndef SD_SINGLE_H
#define SD_SINGLE_H

/* The implementation uses POSIX and GNU functions (mmap, dlopen, dladdr, clock_gettime); their
   feature macro must come before the first system header, so include this file first. */
#if defined(SD_IMPLEMENTATION) && defined(__linux__) && !defined(_GNU_SOURCE)
#define _GNU_SOURCE
#endif

#include <stddef.h>
#include <stdint.h>

#define SD_VERSION_MAJOR 0
#define SD_VERSION_MINOR 1
#define SD_VERSION_PATCH 0
#define SD_VERSION_STRING "0.1.0"

#ifndef SDDEF
#ifdef SD_STATIC
#define SDDEF static
#elif defined(__cplusplus)
#define SDDEF extern "C"
#else
#define SDDEF extern
#endif
#endif

#ifndef SD_MAX_DIM
#define SD_MAX_DIM 4096
#endif
#define SD_MAX_TOKENS 77       /* CLIP context length */
#define SD_MAX_STEPS 1000      /* one per training timestep */
#define SD_MAX_BATCH 64

typedef enum sd_result {
    SD_OK = 0,
    SD_ERR_INVALID_ARGUMENT = -1, /* a parameter or option is out of range */
    SD_ERR_OUT_OF_MEMORY = -2,    /* host or device allocation failed, or a size overflowed */
    SD_ERR_IO = -3,               /* a file could not be opened, read or written */
    SD_ERR_MODEL_FORMAT = -4,     /* a model file is malformed (bad safetensors or JSON) */
    SD_ERR_MODEL_MISMATCH = -5,   /* a tensor is missing or mis-shaped, or config and tensors disagree */
    SD_ERR_UNSUPPORTED = -6,      /* valid input that this build cannot run */
    SD_ERR_BACKEND = -7,          /* the requested backend is unavailable or failed */
    SD_ERR_CANCELLED = -8,        /* the progress callback asked to stop */
    SD_ERR_NUMERIC = -9,          /* NaN or Inf appeared in the computation */
    SD_ERR_NO_MODEL = -10         /* the context was created without a model */
} sd_result;

typedef enum sd_backend { SD_BACKEND_DEFAULT = 0, SD_BACKEND_AUTO, SD_BACKEND_CPU, SD_BACKEND_CUDA } sd_backend;
typedef enum sd_precision {
    SD_PRECISION_DEFAULT = 0, SD_PRECISION_FP32, SD_PRECISION_TF32, SD_PRECISION_FP16, SD_PRECISION_BF16
} sd_precision;
typedef enum sd_offload { SD_OFFLOAD_DEFAULT = 0, SD_OFFLOAD_NONE, SD_OFFLOAD_MODEL, SD_OFFLOAD_SEQUENTIAL } sd_offload;
typedef enum sd_sampler {
    SD_SAMPLER_DEFAULT = 0, SD_SAMPLER_DDIM, SD_SAMPLER_PNDM, SD_SAMPLER_LMS, SD_SAMPLER_EULER,
    SD_SAMPLER_EULER_A, SD_SAMPLER_DPMPP_2M, SD_SAMPLER_DPMPP_2M_KARRAS, SD_SAMPLER_COUNT
} sd_sampler;
/* Which generator draws the noise: torch's CPU mt19937 (diffusers' default) or CUDA's Philox
   (the seeds A1111 users share). Both are computed on the host, on any backend. */
typedef enum sd_rng { SD_RNG_DEFAULT = 0, SD_RNG_CPU, SD_RNG_CUDA } sd_rng;
/* A switch whose zero value means "the compiled-in default". */
typedef enum sd_toggle { SD_TOGGLE_DEFAULT = 0, SD_ON, SD_OFF } sd_toggle;
/* attention_slice: 0 default, SD_SLICE_OFF, SD_SLICE_AUTO (half the heads), or N heads at a time. */
#define SD_SLICE_OFF (-1)
#define SD_SLICE_AUTO (-2)

typedef enum sd_log_level { SD_LOG_ERROR = 0, SD_LOG_WARN, SD_LOG_INFO, SD_LOG_DEBUG } sd_log_level;
typedef struct sd_logger {
    void (*func)(void *user_data, sd_log_level level, const char *message);
    void *user_data;
} sd_logger;
/* Host allocator for everything the library allocates (both or neither). */
typedef struct sd_allocator {
    void *(*alloc)(size_t size, void *user_data);
    void (*free)(void *ptr, void *user_data);
    void *user_data;
} sd_allocator;

typedef struct sd_desc {
    const char *model_path;     /* single .safetensors checkpoint or diffusers folder; NULL: tokenizer only */
    const char *kernels_path;   /* kernels.ptx; NULL searches $SD_KERNELS, the executable's folder, "." */
    sd_backend backend;
    int device;                 /* CUDA device ordinal */
    sd_precision precision;
    int attention_slice;        /* 0, SD_SLICE_OFF, SD_SLICE_AUTO or N > 0 */
    sd_toggle vae_slicing;
    sd_toggle vae_tiling;
    sd_offload offload;
    sd_toggle cuda_graphs;
    sd_toggle autotune;
    int threads;                /* CPU threads; 0: all cores */
    size_t vram_budget;         /* bytes of device memory the library may use; 0: no limit */
    sd_logger logger;           /* silent when func is NULL */
    sd_allocator allocator;     /* malloc/free when alloc is NULL */
} sd_desc;

typedef struct sd_image {
    int width;
    int height;
    unsigned char *pixels; /* width * height * 3 bytes, RGB, rows top to bottom */
} sd_image;

/* Called before the first step (step 0) and after each step. Return non-zero to cancel:
   the call then returns SD_ERR_CANCELLED and the context stays usable. */
typedef int (*sd_progress_fn)(void *user_data, int step, int steps, double elapsed_seconds);

typedef struct sd_params {
    const char *prompt;          /* UTF-8; NULL is "" */
    const char *negative_prompt; /* UTF-8; NULL is "" */
    int width, height;           /* multiples of 8; 0: the model's default size */
    int steps;                   /* 0: SD_DEFAULT_STEPS */
    float guidance;              /* classifier-free guidance scale; 0: SD_DEFAULT_GUIDANCE; <= 1 disables */
    uint64_t seed;
    sd_sampler sampler;
    sd_rng rng;
    int batch;                   /* images per prompt; 0: 1 */
    int clip_skip;               /* 0 or 1: last layer; 2: penultimate layer (then the final norm) */
    float strength;              /* img2img only, in [0, 1]; 0: 0.8 */
    const float *latents;        /* optional initial latents [batch, 4, h/8, w/8], as diffusers' latents= */
    sd_progress_fn progress;
    void *progress_user_data;
} sd_params;

typedef struct sd_ctx sd_ctx;

/* Creates a context and loads the model. On failure *out still receives a context that holds the
   error message (read it with sd_last_error, then sd_destroy it), unless the context itself could
   not be allocated, in which case *out is NULL and SD_ERR_OUT_OF_MEMORY is returned. */
SDDEF sd_result sd_create(const sd_desc *desc, sd_ctx **out);
SDDEF void sd_destroy(sd_ctx *ctx);
SDDEF const char *sd_last_error(const sd_ctx *ctx);
SDDEF const char *sd_result_string(sd_result result);
SDDEF const char *sd_version(void);

/* Generates params->batch images (0 means 1) into images[0 .. batch-1]. Free each with sd_image_free. */
SDDEF sd_result sd_txt2img(sd_ctx *ctx, const sd_params *params, sd_image *images);
/* Like sd_txt2img, starting from init (RGB8, the output size; see the docs for resizing). */
SDDEF sd_result sd_img2img(sd_ctx *ctx, const sd_params *params, const sd_image *init, sd_image *images);
SDDEF void sd_image_free(sd_ctx *ctx, sd_image *image);

/* The SD_MAX_TOKENS ids the text encoder sees for text (BOS, tokens, EOS, EOS padding).
   Uses the model's tokenizer files when the context has them, the built-in CLIP BPE otherwise. */
SDDEF sd_result sd_tokenize(sd_ctx *ctx, const char *text, int ids[SD_MAX_TOKENS]);

/* Parses names used by the CLI and config files; return SD_ERR_INVALID_ARGUMENT for unknown names. */
SDDEF sd_result sd_sampler_from_string(const char *name, sd_sampler *out);
SDDEF const char *sd_sampler_name(sd_sampler sampler);

/* Peak bytes the library held at once on its compute device (host bytes on the CPU backend). */
SDDEF size_t sd_peak_memory(const sd_ctx *ctx);
/* Name of the backend in use: "cpu" or "cuda". */
SDDEF const char *sd_backend_name(const sd_ctx *ctx);

#endif /* SD_SINGLE_H */

#ifdef SD_IMPLEMENTATION
#ifndef SD__IMPLEMENTATION_INCLUDED
#define SD__IMPLEMENTATION_INCLUDED

/* ---- src/01_platform.c ---- */
/* ============================================================================================
   Platform: includes, defaults, allocation, overflow-checked sizes, files, time, threads, dlopen
   ============================================================================================ */
#include <errno.h>
#include <float.h>
#include <limits.h>
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
#ifndef SD_DEFAULT_CUDA_GRAPHS
#define SD_DEFAULT_CUDA_GRAPHS SD_ON
#endif
#ifndef SD_DEFAULT_AUTOTUNE
#define SD_DEFAULT_AUTOTUNE SD_ON
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

static int sd__is_dir(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}
static int sd__is_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static int sd__cpu_count(void) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : (n > 256 ? 256 : (int)n);
}

/* ---- src/02_errors.c ---- */
/* ============================================================================================
   Errors and logging
   ============================================================================================ */

SDDEF const char *sd_result_string(sd_result result) {
    switch (result) {
    case SD_OK: return "ok";
    case SD_ERR_INVALID_ARGUMENT: return "invalid argument";
    case SD_ERR_OUT_OF_MEMORY: return "out of memory";
    case SD_ERR_IO: return "I/O error";
    case SD_ERR_MODEL_FORMAT: return "malformed model file";
    case SD_ERR_MODEL_MISMATCH: return "model does not match its configuration";
    case SD_ERR_UNSUPPORTED: return "unsupported";
    case SD_ERR_BACKEND: return "backend error";
    case SD_ERR_CANCELLED: return "cancelled";
    case SD_ERR_NUMERIC: return "numerical error (NaN or Inf)";
    case SD_ERR_NO_MODEL: return "no model loaded";
    }
    return "unknown error";
}

static void sd__vlog(sd__env *env, sd_log_level level, const char *fmt, va_list ap) {
    char line[1024];
    if (!env->logger.func) return;
    vsnprintf(line, sizeof line, fmt, ap);
    env->logger.func(env->logger.user_data, level, line);
}

static void sd__log(sd__env *env, sd_log_level level, const char *fmt, ...) SD__PRINTF(3, 4);
static void sd__log(sd__env *env, sd_log_level level, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    sd__vlog(env, level, fmt, ap);
    va_end(ap);
}

/* Records an error (the first one of a failing call wins: later ones only add context through
   sd__fail_context) and returns its code, so callers write `return sd__fail(env, ...)`. */
static sd_result sd__fail(sd__env *env, sd_result code, const char *fmt, ...) SD__PRINTF(3, 4);
static sd_result sd__fail(sd__env *env, sd_result code, const char *fmt, ...) {
    va_list ap;
    env->code = code;
    va_start(ap, fmt);
    vsnprintf(env->message, sizeof env->message, fmt, ap);
    va_end(ap);
    sd__log(env, SD_LOG_ERROR, "%s", env->message);
    return code;
}

/* Prefixes the current message with where it happened ("unet/config.json: ..."). */
static sd_result sd__fail_context(sd__env *env, const char *context) {
    size_t c = strlen(context), m = strlen(env->message), cap = sizeof env->message - 1;
    if (c + 2 > cap) return env->code;
    if (m > cap - c - 2) m = cap - c - 2;
    memmove(env->message + c + 2, env->message, m);
    memcpy(env->message, context, c);
    env->message[c] = ':';
    env->message[c + 1] = ' ';
    env->message[c + 2 + m] = 0;
    return env->code;
}

static sd_result sd__oom(sd__env *env) { return sd__fail(env, SD_ERR_OUT_OF_MEMORY, "out of memory"); }

static void sd__clear_error(sd__env *env) {
    env->code = SD_OK;
    env->message[0] = 0;
}

/* --------------------------------------------------------------------------------------------
   Files (they report through the env, so they live after the error functions)
   -------------------------------------------------------------------------------------------- */
typedef struct sd__mapped_file {
    const unsigned char *data;
    size_t size;
    int mapped; /* 1: munmap on close; 0: data is NULL or owned elsewhere */
} sd__mapped_file;

/* Maps a whole file read-only. An empty file maps to data NULL, size 0. */
static sd_result sd__map_file(sd__env *env, const char *path, sd__mapped_file *out) {
    struct stat st;
    void *p;
    int fd;
    memset(out, 0, sizeof *out);
    fd = open(path, O_RDONLY);
    if (fd < 0) return sd__fail(env, SD_ERR_IO, "cannot open '%s': %s", path, strerror(errno));
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        close(fd);
        return sd__fail(env, SD_ERR_IO, "'%s' is not a regular file", path);
    }
    if ((unsigned long long)st.st_size > (unsigned long long)((size_t)-1 >> 1)) {
        close(fd);
        return sd__fail(env, SD_ERR_IO, "'%s' is too large to map", path);
    }
    out->size = (size_t)st.st_size;
    if (out->size == 0) {
        close(fd);
        return SD_OK;
    }
    p = mmap(NULL, out->size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (p == MAP_FAILED) return sd__fail(env, SD_ERR_IO, "cannot map '%s': %s", path, strerror(errno));
    out->data = (const unsigned char *)p;
    out->mapped = 1;
    return SD_OK;
}

static void sd__unmap_file(sd__mapped_file *f) {
    if (f->mapped) munmap((void *)f->data, f->size);
    memset(f, 0, sizeof *f);
}

/* Reads a whole (small) file into a NUL-terminated buffer, refusing files above max_size. */
static sd_result sd__read_file(sd__env *env, const char *path, size_t max_size, char **out, size_t *out_size) {
    sd__mapped_file f;
    sd_result r = sd__map_file(env, path, &f);
    *out = NULL;
    if (r != SD_OK) return r;
    if (f.size > max_size) {
        sd__unmap_file(&f);
        return sd__fail(env, SD_ERR_IO, "'%s' is larger than %lu bytes", path, (unsigned long)max_size);
    }
    *out = (char *)sd__malloc(env, f.size + 1);
    if (!*out) {
        sd__unmap_file(&f);
        return sd__oom(env);
    }
    if (f.size) memcpy(*out, f.data, f.size);
    (*out)[f.size] = 0;
    if (out_size) *out_size = f.size;
    sd__unmap_file(&f);
    return SD_OK;
}

/* ---- src/03_json.c ---- */
/* ============================================================================================
   JSON: a strict parser for safetensors headers, config.json, vocab.json and test data
   ============================================================================================ */
/* The parser runs twice over the text: a dry pass that validates and counts nodes and string
   bytes, then a pass that fills two exactly sized arrays. Nodes form a tree through first-child /
   next-sibling pointers; strings are unescaped, NUL-terminated UTF-8. */
typedef enum sd__json_type {
    SD__JSON_NULL, SD__JSON_BOOL, SD__JSON_NUMBER, SD__JSON_STRING, SD__JSON_ARRAY, SD__JSON_OBJECT
} sd__json_type;

typedef struct sd__json {
    sd__json_type type;
    int boolean;
    int is_integer;        /* the number had no fraction or exponent and fits in int64 */
    long long integer;
    double number;
    const char *string;    /* STRING: the value */
    size_t length;         /* STRING: bytes; ARRAY/OBJECT: number of children */
    const char *key;       /* member of an OBJECT: its key, else NULL */
    size_t key_length;
    struct sd__json *child; /* ARRAY/OBJECT: first child */
    struct sd__json *next;  /* next sibling */
} sd__json;

typedef struct sd__json_doc {
    sd__json *nodes; /* nodes[0] is the root */
    char *strings;
} sd__json_doc;

#define SD__JSON_MAX_DEPTH 64

typedef struct sd__json_parser {
    const char *s, *end;
    const char *begin;
    int depth;
    /* fill pass only: */
    sd__json *nodes;
    char *strings;
    size_t node_count, string_bytes;
    sd__env *env;
} sd__json_parser;

static sd_result sd__json_error(sd__json_parser *p, const char *what) {
    return sd__fail(p->env, SD_ERR_MODEL_FORMAT, "malformed JSON at byte %lu: %s",
                    (unsigned long)(p->s - p->begin), what);
}

static void sd__json_skip_ws(sd__json_parser *p) {
    while (p->s < p->end && (*p->s == ' ' || *p->s == '\t' || *p->s == '\n' || *p->s == '\r')) p->s++;
}

static int sd__json_hex4(const char *s, unsigned *out) {
    unsigned v = 0;
    int i;
    for (i = 0; i < 4; i++) {
        char c = s[i];
        v <<= 4;
        if (c >= '0' && c <= '9') v |= (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f') v |= (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F') v |= (unsigned)(c - 'A' + 10);
        else return 0;
    }
    *out = v;
    return 1;
}

/* Writes code point cp as UTF-8 into dst (when non-NULL); returns the byte count. */
static size_t sd__utf8_encode(unsigned cp, char *dst) {
    char b[4];
    size_t n;
    if (cp < 0x80) { b[0] = (char)cp; n = 1; }
    else if (cp < 0x800) { b[0] = (char)(0xC0 | (cp >> 6)); b[1] = (char)(0x80 | (cp & 0x3F)); n = 2; }
    else if (cp < 0x10000) {
        b[0] = (char)(0xE0 | (cp >> 12)); b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        b[2] = (char)(0x80 | (cp & 0x3F)); n = 3;
    } else {
        b[0] = (char)(0xF0 | (cp >> 18)); b[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        b[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); b[3] = (char)(0x80 | (cp & 0x3F)); n = 4;
    }
    if (dst) memcpy(dst, b, n);
    return n;
}

/* Decodes one UTF-8 code point from s[0..n); returns its length, or 0 if the bytes are not valid
   UTF-8 (overlong forms, surrogates and values above U+10FFFF are invalid). */
static size_t sd__utf8_decode(const unsigned char *s, size_t n, unsigned *cp) {
    unsigned c, min;
    size_t len, i;
    if (n == 0) return 0;
    c = s[0];
    if (c < 0x80) { *cp = c; return 1; }
    if ((c & 0xE0) == 0xC0) { len = 2; c &= 0x1F; min = 0x80; }
    else if ((c & 0xF0) == 0xE0) { len = 3; c &= 0x0F; min = 0x800; }
    else if ((c & 0xF8) == 0xF0) { len = 4; c &= 0x07; min = 0x10000; }
    else return 0;
    if (n < len) return 0;
    for (i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        c = (c << 6) | (s[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0;
    *cp = c;
    return len;
}

/* Parses a string at p->s (after the opening quote is checked). Stores it when filling. */
static sd_result sd__json_string(sd__json_parser *p, const char **out, size_t *out_len) {
    char *dst = p->strings ? p->strings + p->string_bytes : NULL;
    size_t len = 0;
    p->s++; /* opening quote */
    for (;;) {
        unsigned char c;
        if (p->s >= p->end) return sd__json_error(p, "unterminated string");
        c = (unsigned char)*p->s;
        if (c == '"') { p->s++; break; }
        if (c < 0x20) return sd__json_error(p, "control character in string");
        if (c == '\\') {
            unsigned cp;
            char e;
            if (p->end - p->s < 2) return sd__json_error(p, "unterminated escape");
            e = p->s[1];
            p->s += 2;
            switch (e) {
            case '"': cp = '"'; break;
            case '\\': cp = '\\'; break;
            case '/': cp = '/'; break;
            case 'b': cp = '\b'; break;
            case 'f': cp = '\f'; break;
            case 'n': cp = '\n'; break;
            case 'r': cp = '\r'; break;
            case 't': cp = '\t'; break;
            case 'u':
                if (p->end - p->s < 4 || !sd__json_hex4(p->s, &cp)) return sd__json_error(p, "bad \\u escape");
                p->s += 4;
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    unsigned lo;
                    if (p->end - p->s < 6 || p->s[0] != '\\' || p->s[1] != 'u' || !sd__json_hex4(p->s + 2, &lo) ||
                        lo < 0xDC00 || lo > 0xDFFF)
                        return sd__json_error(p, "unpaired surrogate");
                    p->s += 6;
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    return sd__json_error(p, "unpaired surrogate");
                }
                break;
            default: return sd__json_error(p, "unknown escape");
            }
            len += sd__utf8_encode(cp, dst ? dst + len : NULL);
        } else {
            unsigned cp;
            size_t n = sd__utf8_decode((const unsigned char *)p->s, (size_t)(p->end - p->s), &cp);
            if (!n) return sd__json_error(p, "invalid UTF-8 in string");
            if (dst) memcpy(dst + len, p->s, n);
            len += n;
            p->s += n;
        }
    }
    if (dst) {
        dst[len] = 0;
        *out = dst;
    }
    *out_len = len;
    p->string_bytes += len + 1;
    return SD_OK;
}

static sd_result sd__json_number(sd__json_parser *p, sd__json *node) {
    unsigned long long mant = 0;
    int digits = 0, exp10 = 0, neg = 0, integral = 1, overflow = 0;
    const char *start = p->s;
    if (p->s < p->end && *p->s == '-') { neg = 1; p->s++; }
    if (p->s >= p->end || *p->s < '0' || *p->s > '9') return sd__json_error(p, "bad number");
    if (*p->s == '0' && p->s + 1 < p->end && p->s[1] >= '0' && p->s[1] <= '9')
        return sd__json_error(p, "leading zero in number");
    while (p->s < p->end && *p->s >= '0' && *p->s <= '9') {
        if (digits < 19) { mant = mant * 10 + (unsigned)(*p->s - '0'); if (mant) digits++; }
        else { exp10++; overflow = 1; }
        p->s++;
    }
    if (p->s < p->end && *p->s == '.') {
        integral = 0;
        p->s++;
        if (p->s >= p->end || *p->s < '0' || *p->s > '9') return sd__json_error(p, "bad fraction");
        while (p->s < p->end && *p->s >= '0' && *p->s <= '9') {
            if (digits < 19) { mant = mant * 10 + (unsigned)(*p->s - '0'); if (mant) digits++; exp10--; }
            p->s++;
        }
    }
    if (p->s < p->end && (*p->s == 'e' || *p->s == 'E')) {
        int eneg = 0, e = 0;
        integral = 0;
        p->s++;
        if (p->s < p->end && (*p->s == '+' || *p->s == '-')) { eneg = *p->s == '-'; p->s++; }
        if (p->s >= p->end || *p->s < '0' || *p->s > '9') return sd__json_error(p, "bad exponent");
        while (p->s < p->end && *p->s >= '0' && *p->s <= '9') {
            if (e < 100000) e = e * 10 + (*p->s - '0');
            p->s++;
        }
        exp10 += eneg ? -e : e;
    }
    if (node) {
        double v = (double)mant;
        /* Exact for |exp10| <= 22 and mant < 2^53, the common case in these files. */
        if (exp10 > 0) v *= pow(10.0, (double)exp10);
        else if (exp10 < 0) v /= pow(10.0, (double)-exp10);
        node->type = SD__JSON_NUMBER;
        node->number = neg ? -v : v;
        node->is_integer = integral && !overflow && mant <= (unsigned long long)LLONG_MAX;
        node->integer = node->is_integer ? (neg ? -(long long)mant : (long long)mant) : 0;
    }
    (void)start;
    return SD_OK;
}

static int sd__json_literal(sd__json_parser *p, const char *word) {
    size_t n = strlen(word);
    if ((size_t)(p->end - p->s) < n || memcmp(p->s, word, n) != 0) return 0;
    p->s += n;
    return 1;
}

static sd_result sd__json_value(sd__json_parser *p, sd__json **out);

static sd__json *sd__json_new_node(sd__json_parser *p) {
    sd__json *n = p->nodes ? &p->nodes[p->node_count] : NULL;
    p->node_count++;
    if (n) memset(n, 0, sizeof *n);
    return n;
}

static sd_result sd__json_container(sd__json_parser *p, sd__json *node, int is_object) {
    char close = is_object ? '}' : ']';
    sd__json *last = NULL;
    size_t count = 0;
    sd_result r;
    if (++p->depth > SD__JSON_MAX_DEPTH) return sd__json_error(p, "nesting too deep");
    p->s++;
    sd__json_skip_ws(p);
    if (p->s < p->end && *p->s == close) {
        p->s++;
        p->depth--;
        return SD_OK;
    }
    for (;;) {
        sd__json *child = NULL;
        const char *key = NULL;
        size_t key_len = 0;
        sd__json_skip_ws(p);
        if (is_object) {
            if (p->s >= p->end || *p->s != '"') return sd__json_error(p, "expected a key");
            if ((r = sd__json_string(p, &key, &key_len)) != SD_OK) return r;
            sd__json_skip_ws(p);
            if (p->s >= p->end || *p->s != ':') return sd__json_error(p, "expected ':'");
            p->s++;
        }
        if ((r = sd__json_value(p, &child)) != SD_OK) return r;
        if (child) {
            child->key = key;
            child->key_length = key_len;
            if (last) last->next = child;
            else node->child = child;
            last = child;
        }
        count++;
        sd__json_skip_ws(p);
        if (p->s < p->end && *p->s == ',') { p->s++; continue; }
        if (p->s < p->end && *p->s == close) { p->s++; break; }
        return sd__json_error(p, is_object ? "expected ',' or '}'" : "expected ',' or ']'");
    }
    if (node) node->length = count;
    p->depth--;
    return SD_OK;
}

static sd_result sd__json_value(sd__json_parser *p, sd__json **out) {
    sd__json *node;
    sd__json_skip_ws(p);
    if (p->s >= p->end) return sd__json_error(p, "unexpected end");
    node = sd__json_new_node(p);
    *out = node;
    switch (*p->s) {
    case '{': if (node) node->type = SD__JSON_OBJECT; return sd__json_container(p, node, 1);
    case '[': if (node) node->type = SD__JSON_ARRAY; return sd__json_container(p, node, 0);
    case '"': {
        const char *s = NULL;
        size_t n = 0;
        sd_result r = sd__json_string(p, &s, &n);
        if (node) { node->type = SD__JSON_STRING; node->string = s; node->length = n; }
        return r;
    }
    case 't': case 'f': case 'n':
        if (sd__json_literal(p, "true")) { if (node) { node->type = SD__JSON_BOOL; node->boolean = 1; } return SD_OK; }
        if (sd__json_literal(p, "false")) { if (node) node->type = SD__JSON_BOOL; return SD_OK; }
        if (sd__json_literal(p, "null")) { if (node) node->type = SD__JSON_NULL; return SD_OK; }
        return sd__json_error(p, "unknown literal");
    default:
        if (*p->s == '-' || (*p->s >= '0' && *p->s <= '9')) return sd__json_number(p, node);
        /* Python's json.dump writes these for non-finite floats. */
        if (sd__json_literal(p, "NaN")) { if (node) { node->type = SD__JSON_NUMBER; node->number = NAN; } return SD_OK; }
        if (sd__json_literal(p, "Infinity")) { if (node) { node->type = SD__JSON_NUMBER; node->number = INFINITY; } return SD_OK; }
        return sd__json_error(p, "unexpected character");
    }
}

static sd_result sd__json_pass(sd__json_parser *p, const char *text, size_t len) {
    sd__json *root;
    sd_result r;
    p->begin = p->s = text;
    p->end = text + len;
    p->depth = 0;
    p->node_count = p->string_bytes = 0;
    if ((r = sd__json_value(p, &root)) != SD_OK) return r;
    sd__json_skip_ws(p);
    if (p->s != p->end) return sd__json_error(p, "trailing characters after the value");
    return SD_OK;
}

static void sd__json_free(sd__env *env, sd__json_doc *doc) {
    sd__free(env, doc->nodes);
    sd__free(env, doc->strings);
    doc->nodes = NULL;
    doc->strings = NULL;
}

/* Parses text[0..len) (not necessarily NUL-terminated). The root is doc->nodes. */
static sd_result sd__json_parse(sd__env *env, const char *text, size_t len, sd__json_doc *doc) {
    sd__json_parser p;
    sd_result r;
    memset(doc, 0, sizeof *doc);
    memset(&p, 0, sizeof p);
    p.env = env;
    if ((r = sd__json_pass(&p, text, len)) != SD_OK) return r;
    doc->nodes = (sd__json *)sd__calloc(env, p.node_count, sizeof(sd__json));
    doc->strings = (char *)sd__malloc(env, p.string_bytes + 1);
    if (!doc->nodes || !doc->strings) {
        sd__json_free(env, doc);
        return sd__oom(env);
    }
    p.nodes = doc->nodes;
    p.strings = doc->strings;
    r = sd__json_pass(&p, text, len);
    SD_ASSERT(r == SD_OK);
    return r;
}

/* Member of an object by key, or NULL (also when obj is NULL or not an object). */
static const sd__json *sd__json_get(const sd__json *obj, const char *key) {
    const sd__json *c;
    size_t n = strlen(key);
    if (!obj || obj->type != SD__JSON_OBJECT) return NULL;
    for (c = obj->child; c; c = c->next)
        if (c->key_length == n && memcmp(c->key, key, n) == 0) return c;
    return NULL;
}

/* Element i of an array, or NULL. */
static const sd__json *sd__json_at(const sd__json *arr, size_t i) {
    const sd__json *c;
    if (!arr || arr->type != SD__JSON_ARRAY) return NULL;
    for (c = arr->child; c && i; c = c->next) i--;
    return c;
}

/* Typed lookups with a fallback for absent or null members. They return 0 when the member
   exists with the wrong type, so config readers can name the bad key. */
static int sd__json_get_number(const sd__json *obj, const char *key, double fallback, double *out) {
    const sd__json *v = sd__json_get(obj, key);
    if (!v || v->type == SD__JSON_NULL) { *out = fallback; return 1; }
    if (v->type != SD__JSON_NUMBER) return 0;
    *out = v->number;
    return 1;
}
static int sd__json_get_int(const sd__json *obj, const char *key, long long fallback, long long *out) {
    const sd__json *v = sd__json_get(obj, key);
    if (!v || v->type == SD__JSON_NULL) { *out = fallback; return 1; }
    if (v->type != SD__JSON_NUMBER || !v->is_integer) return 0;
    *out = v->integer;
    return 1;
}
static int sd__json_get_bool(const sd__json *obj, const char *key, int fallback, int *out) {
    const sd__json *v = sd__json_get(obj, key);
    if (!v || v->type == SD__JSON_NULL) { *out = fallback; return 1; }
    if (v->type != SD__JSON_BOOL) return 0;
    *out = v->boolean;
    return 1;
}
/* NULL when absent or null; sets *ok to 0 when present with another type. */
static const char *sd__json_get_string(const sd__json *obj, const char *key, int *ok) {
    const sd__json *v = sd__json_get(obj, key);
    if (!v || v->type == SD__JSON_NULL) return NULL;
    if (v->type != SD__JSON_STRING) { *ok = 0; return NULL; }
    return v->string;
}

/* ---- src/04_safetensors.c ---- */
/* ============================================================================================
   Safetensors: a strict reader over a memory-mapped file
   ============================================================================================ */
/* Layout: u64 little-endian header length N, N bytes of JSON {name: {dtype, shape, data_offsets},
   "__metadata__": {...}}, then the data block that the offsets index. Every check the format
   allows is made before any tensor is used: the file is untrusted input. */
typedef enum sd__st_dtype {
    SD__ST_F64, SD__ST_F32, SD__ST_F16, SD__ST_BF16, SD__ST_I64, SD__ST_I32, SD__ST_I16, SD__ST_I8,
    SD__ST_U8, SD__ST_BOOL, SD__ST_F8_E4M3, SD__ST_F8_E5M2, SD__ST_DTYPE_COUNT
} sd__st_dtype;

static const struct { const char *name; size_t size; } sd__st_dtypes[SD__ST_DTYPE_COUNT] = {
    {"F64", 8}, {"F32", 4}, {"F16", 2}, {"BF16", 2}, {"I64", 8}, {"I32", 4}, {"I16", 2}, {"I8", 1},
    {"U8", 1}, {"BOOL", 1}, {"F8_E4M3", 1}, {"F8_E5M2", 1}};

#define SD__ST_MAX_RANK 8
#define SD__ST_MAX_HEADER (100u << 20) /* the format's own limit is 100 MB */

typedef struct sd__st_tensor {
    const char *name;          /* points into the file's JSON string pool */
    sd__st_dtype dtype;
    int rank;
    long long shape[SD__ST_MAX_RANK];
    size_t count;              /* product of shape */
    const unsigned char *data; /* inside the mapping; not aligned in general */
    size_t bytes;
} sd__st_tensor;

typedef struct sd__st_file {
    sd__mapped_file map;
    sd__json_doc json;
    sd__st_tensor *tensors;    /* sorted by name */
    size_t count;
} sd__st_file;

static int sd__st_compare_names(const void *a, const void *b) {
    return strcmp(((const sd__st_tensor *)a)->name, ((const sd__st_tensor *)b)->name);
}

static sd_result sd__st_parse_entry(sd__env *env, const sd__json *e, const unsigned char *base,
                                    size_t data_size, sd__st_tensor *t) {
    const sd__json *dt = sd__json_get(e, "dtype"), *shape = sd__json_get(e, "shape");
    const sd__json *offs = sd__json_get(e, "data_offsets"), *d;
    long long begin, end;
    size_t expect, i;
    int k;
    if (e->type != SD__JSON_OBJECT || !dt || dt->type != SD__JSON_STRING || !shape ||
        shape->type != SD__JSON_ARRAY || !offs || offs->type != SD__JSON_ARRAY || offs->length != 2)
        return sd__fail(env, SD_ERR_MODEL_FORMAT, "tensor '%s': needs dtype, shape and two data_offsets", t->name);
    for (k = 0; k < SD__ST_DTYPE_COUNT; k++)
        if (strcmp(dt->string, sd__st_dtypes[k].name) == 0) break;
    if (k == SD__ST_DTYPE_COUNT)
        return sd__fail(env, SD_ERR_MODEL_FORMAT, "tensor '%s': unknown dtype '%s'", t->name, dt->string);
    t->dtype = (sd__st_dtype)k;
    if (shape->length > SD__ST_MAX_RANK)
        return sd__fail(env, SD_ERR_MODEL_FORMAT, "tensor '%s': rank %lu is above %d", t->name,
                        (unsigned long)shape->length, SD__ST_MAX_RANK);
    t->rank = (int)shape->length;
    t->count = 1;
    for (i = 0, d = shape->child; d; d = d->next, i++) {
        if (d->type != SD__JSON_NUMBER || !d->is_integer || d->integer < 0)
            return sd__fail(env, SD_ERR_MODEL_FORMAT, "tensor '%s': shape entries must be non-negative integers", t->name);
        t->shape[i] = d->integer;
        if ((unsigned long long)d->integer > (size_t)-1 || !sd__mul_size(t->count, (size_t)d->integer, &t->count))
            return sd__fail(env, SD_ERR_MODEL_FORMAT, "tensor '%s': shape overflows", t->name);
    }
    if (!sd__mul_size(t->count, sd__st_dtypes[k].size, &expect))
        return sd__fail(env, SD_ERR_MODEL_FORMAT, "tensor '%s': shape overflows", t->name);
    d = offs->child;
    if (d->type != SD__JSON_NUMBER || !d->is_integer || d->next->type != SD__JSON_NUMBER || !d->next->is_integer)
        return sd__fail(env, SD_ERR_MODEL_FORMAT, "tensor '%s': data_offsets must be integers", t->name);
    begin = d->integer;
    end = d->next->integer;
    if (begin < 0 || end < begin || (unsigned long long)end > (unsigned long long)data_size)
        return sd__fail(env, SD_ERR_MODEL_FORMAT, "tensor '%s': data_offsets [%lld, %lld] lie outside the %lu data bytes",
                        t->name, begin, end, (unsigned long)data_size);
    if ((size_t)(end - begin) != expect)
        return sd__fail(env, SD_ERR_MODEL_FORMAT, "tensor '%s': %lld bytes for a %s tensor of %lu elements (needs %lu)",
                        t->name, end - begin, dt->string, (unsigned long)t->count, (unsigned long)expect);
    t->data = base + begin;
    t->bytes = expect;
    return SD_OK;
}

static void sd__st_close(sd__env *env, sd__st_file *f) {
    sd__free(env, f->tensors);
    sd__json_free(env, &f->json);
    sd__unmap_file(&f->map);
    memset(f, 0, sizeof *f);
}

static int sd__st_compare_offsets(const void *a, const void *b) {
    const unsigned char *x = (*(const sd__st_tensor *const *)a)->data, *y = (*(const sd__st_tensor *const *)b)->data;
    return x < y ? -1 : x > y;
}

/* Checks that no two tensors share bytes of the file. */
static sd_result sd__st_check_overlaps(sd__env *env, sd__st_file *f) {
    size_t i, n = f->count;
    const sd__st_tensor **by_offset;
    if (n < 2) return SD_OK;
    by_offset = (const sd__st_tensor **)sd__calloc(env, n, sizeof *by_offset);
    if (!by_offset) return sd__oom(env);
    for (i = 0; i < n; i++) by_offset[i] = &f->tensors[i];
    qsort(by_offset, n, sizeof *by_offset, sd__st_compare_offsets);
    for (i = 1; i < n; i++) {
        const sd__st_tensor *a = by_offset[i - 1], *b = by_offset[i];
        if (a->data + a->bytes > b->data) {
            sd_result r = sd__fail(env, SD_ERR_MODEL_FORMAT, "tensors '%s' and '%s' overlap in the file", a->name, b->name);
            sd__free(env, by_offset);
            return r;
        }
    }
    sd__free(env, by_offset);
    return SD_OK;
}

static sd_result sd__st_open(sd__env *env, const char *path, sd__st_file *f) {
    unsigned long long header_len = 0;
    const sd__json *root, *e;
    size_t data_size, i;
    sd_result r;
    int k;
    memset(f, 0, sizeof *f);
    if ((r = sd__map_file(env, path, &f->map)) != SD_OK) return r;
    if (f->map.size < 8) {
        r = sd__fail(env, SD_ERR_MODEL_FORMAT, "'%s' is too short to be a safetensors file (%lu bytes)", path,
                     (unsigned long)f->map.size);
        goto fail;
    }
    for (k = 7; k >= 0; k--) header_len = (header_len << 8) | f->map.data[k];
    if (header_len > f->map.size - 8 || header_len > SD__ST_MAX_HEADER) {
        r = sd__fail(env, SD_ERR_MODEL_FORMAT, "'%s': header length %llu runs past the end of the %lu-byte file", path,
                     header_len, (unsigned long)f->map.size);
        goto fail;
    }
    if ((r = sd__json_parse(env, (const char *)f->map.data + 8, (size_t)header_len, &f->json)) != SD_OK) {
        sd__fail_context(env, path);
        goto fail;
    }
    root = f->json.nodes;
    if (root->type != SD__JSON_OBJECT) {
        r = sd__fail(env, SD_ERR_MODEL_FORMAT, "'%s': the header is not a JSON object", path);
        goto fail;
    }
    f->tensors = (sd__st_tensor *)sd__calloc(env, root->length ? root->length : 1, sizeof(sd__st_tensor));
    if (!f->tensors) { r = sd__oom(env); goto fail; }
    data_size = f->map.size - 8 - (size_t)header_len;
    for (e = root->child; e; e = e->next) {
        sd__st_tensor *t = &f->tensors[f->count];
        if (strcmp(e->key, "__metadata__") == 0) continue;
        t->name = e->key;
        if ((r = sd__st_parse_entry(env, e, f->map.data + 8 + header_len, data_size, t)) != SD_OK) {
            sd__fail_context(env, path);
            goto fail;
        }
        f->count++;
    }
    qsort(f->tensors, f->count, sizeof *f->tensors, sd__st_compare_names);
    for (i = 1; i < f->count; i++)
        if (strcmp(f->tensors[i - 1].name, f->tensors[i].name) == 0) {
            r = sd__fail(env, SD_ERR_MODEL_FORMAT, "'%s': tensor '%s' appears twice", path, f->tensors[i].name);
            goto fail;
        }
    if ((r = sd__st_check_overlaps(env, f)) != SD_OK) {
        sd__fail_context(env, path);
        goto fail;
    }
    return SD_OK;
fail:
    sd__st_close(env, f);
    return r;
}

static const sd__st_tensor *sd__st_find(const sd__st_file *f, const char *name) {
    size_t lo = 0, hi = f->count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(f->tensors[mid].name, name);
        if (c == 0) return &f->tensors[mid];
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return NULL;
}

/* IEEE half and bfloat16 to float, exactly. */
static float sd__f16_to_f32(uint16_t h) {
    uint32_t sign = (uint32_t)(h & 0x8000) << 16, exp = (h >> 10) & 0x1F, mant = h & 0x3FF, bits;
    float f;
    if (exp == 0x1F) bits = sign | 0x7F800000u | (mant << 13);
    else if (exp) bits = sign | ((exp + 112) << 23) | (mant << 13);
    else if (!mant) bits = sign;
    else { /* subnormal: value = mant * 2^-24 */
        f = (float)mant * 5.9604644775390625e-8f;
        return sign ? -f : f;
    }
    memcpy(&f, &bits, 4);
    return f;
}
static float sd__bf16_to_f32(uint16_t h) {
    uint32_t bits = (uint32_t)h << 16;
    float f;
    memcpy(&f, &bits, 4);
    return f;
}

/* Converts a floating tensor (F32, F16, BF16, F64) to float32 into dst[t->count]. Returns 0 for
   dtypes that are not floating point. Reads byte by byte: data in the file is unaligned. */
static int sd__st_to_f32(const sd__st_tensor *t, float *dst) {
    size_t i;
    const unsigned char *s = t->data;
    switch (t->dtype) {
    case SD__ST_F32: memcpy(dst, s, t->count * 4); return 1;
    case SD__ST_F16:
        for (i = 0; i < t->count; i++) dst[i] = sd__f16_to_f32((uint16_t)(s[2 * i] | (s[2 * i + 1] << 8)));
        return 1;
    case SD__ST_BF16:
        for (i = 0; i < t->count; i++) dst[i] = sd__bf16_to_f32((uint16_t)(s[2 * i] | (s[2 * i + 1] << 8)));
        return 1;
    case SD__ST_F64:
        for (i = 0; i < t->count; i++) {
            double v;
            memcpy(&v, s + 8 * i, 8);
            dst[i] = (float)v;
        }
        return 1;
    default: return 0;
    }
}

/* ---- src/05_model.c ---- */
/* ============================================================================================
   Model: checkpoint layouts, configs and tensor views
   ============================================================================================ */
/* A model is three parts (text encoder, UNet, VAE), each a parsed config plus its tensors under
   diffusers' names, the canonical names the model code asks for. Two layouts are read:
   - a diffusers folder: unet/, vae/, text_encoder/, each with config.json and safetensors weights,
     plus the optional scheduler/scheduler_config.json and tokenizer/vocab.json + merges.txt;
   - one original-layout (CompVis / LDM / A1111) .safetensors checkpoint. Its config is inferred
     from tensor shapes; what shapes cannot tell (head counts, sample size, upcasting) comes from
     the SD 1 or SD 2 defaults, overridden by an optional sidecar next to the checkpoint,
     <path without .safetensors>.json = {"unet": {..}, "vae": {..}, "text_encoder": {..},
     "scheduler": {..}}, whose objects hold diffusers config keys.
   Original names are renamed as diffusers' loaders/single_file_utils.py does
   (convert_ldm_unet_checkpoint, convert_ldm_vae_checkpoint, convert_ldm_clip_checkpoint,
   convert_open_clip_checkpoint). The text encoder's canonical names carry no "text_model." prefix
   (the transformers >= 5 layout); lookups accept the prefix too.
   Tensors stay in the mapped files: a view only renames, reshapes (LDM's 1x1-conv VAE attention
   weights become linear [C, C]) or slices (OpenCLIP's fused in_proj [3C, C] becomes q, k, v). */
#define SD__MAX_LEVELS 8
#define SD__NAME_MAX 256
#define SD__LDM_UNET "model.diffusion_model."
#define SD__LDM_VAE "first_stage_model."
#define SD__LDM_CLIP "cond_stage_model.transformer."
#define SD__LDM_OPENCLIP "cond_stage_model.model."

typedef enum sd__part { SD__PART_TEXT, SD__PART_UNET, SD__PART_VAE, SD__PART_COUNT } sd__part;

typedef enum sd__layout {
    SD__LAYOUT_DIFFUSERS,   /* a diffusers folder */
    SD__LAYOUT_LDM_CLIP,    /* a single file with OpenAI CLIP as text encoder: the SD 1.x family */
    SD__LAYOUT_LDM_OPENCLIP /* a single file with OpenCLIP (cond_stage_model.model.*): the SD 2.x family */
} sd__layout;

/* UNet2DConditionModel. Per-level arrays are in down order (level 0 is the full resolution);
   up_blocks.i works on level levels-1-i and the mid block on level levels-1. Supported blocks:
   CrossAttnDownBlock2D / DownBlock2D, CrossAttnUpBlock2D / UpBlock2D, UNetMidBlock2DCrossAttn,
   positional time embedding, SiLU, 3x3 conv_in/conv_out, downsample padding 1. */
typedef struct sd__unet_config {
    int in_channels, out_channels;
    int sample_size;                        /* latent side; images are sample_size * 8 pixels */
    int levels;                             /* number of block_out_channels */
    int block_out_channels[SD__MAX_LEVELS];
    int layers_per_block;                   /* resnets per down level; up levels have one more */
    int down_attention[SD__MAX_LEVELS];     /* down_blocks.l is CrossAttnDownBlock2D (1) or DownBlock2D (0) */
    int up_attention[SD__MAX_LEVELS];       /* up_blocks.i (up order!) is CrossAttnUpBlock2D (1) or UpBlock2D (0) */
    int heads[SD__MAX_LEVELS];              /* attention heads of level l; head dim = channels / heads */
    int transformer_layers[SD__MAX_LEVELS]; /* transformer_blocks per attention of level l */
    int cross_attention_dim;                /* width of the text embeddings */
    int time_embed_dim;                     /* 4 * block_out_channels[0] unless time_embedding_dim is set */
    int norm_num_groups;
    float norm_eps;
    int use_linear_projection;              /* proj_in/proj_out are linear [C, C], else 1x1 convs [C, C, 1, 1] */
    int upcast_attention;                   /* compute attention scores in float32 */
    int flip_sin_to_cos;
    float freq_shift;
} sd__unet_config;

/* AutoencoderKL: DownEncoderBlock2D / UpDecoderBlock2D levels, SiLU, group norms with eps 1e-6,
   one single-head attention in each mid block when mid_block_add_attention. */
typedef struct sd__vae_config {
    int in_channels, out_channels, latent_channels;
    int sample_size;                        /* image side */
    int levels;
    int block_out_channels[SD__MAX_LEVELS]; /* encoder down order; the decoder's up_blocks.i has level levels-1-i */
    int layers_per_block;                   /* encoder resnets per level; decoder levels have one more */
    int norm_num_groups;
    float scaling_factor;
    int use_quant_conv, use_post_quant_conv;
    int mid_block_add_attention;
} sd__vae_config;

/* CLIPTextModel (causal self-attention, final layer norm). */
typedef struct sd__text_config {
    int vocab_size, hidden_size, intermediate_size;
    int num_attention_heads, num_hidden_layers, max_position_embeddings;
    int quick_gelu;                         /* hidden_act: 1 quick_gelu (SD 1), 0 gelu (SD 2) */
    float layer_norm_eps;
} sd__text_config;

typedef struct sd__model_view {
    sd__st_tensor tensor;   /* name: the canonical name; data: inside the mapped file */
    const char *source;     /* the tensor's name in the file */
} sd__model_view;

typedef struct sd__model {
    sd__layout layout;
    sd__text_config text;
    sd__unet_config unet;
    sd__vae_config vae;
    /* The scheduler's config object (diffusers scheduler_config.json keys): the folder's
       scheduler/scheduler_config.json or the sidecar's "scheduler". NULL when there is none; then
       use diffusers' defaults for the layout (SD 2 single files load SD 2.1's v-prediction config
       in diffusers). Points into config_doc. */
    const sd__json *scheduler;
    char *vocab_path, *merges_path;        /* tokenizer/vocab.json and merges.txt when both exist, else NULL */
    /* storage */
    sd__st_file checkpoint;                /* single-file layout */
    sd__st_file part_files[SD__PART_COUNT];/* folder layout */
    sd__model_view *views[SD__PART_COUNT]; /* sorted by canonical name */
    size_t view_count[SD__PART_COUNT];
    char *names;                           /* canonical names of all views */
    sd__json_doc config_doc;               /* scheduler_config.json or the sidecar */
} sd__model;

static const char *const sd__part_names[SD__PART_COUNT] = {"text_encoder", "unet", "vae"};

/* --------------------------------------------------------------------------------------------
   Names
   -------------------------------------------------------------------------------------------- */
/* s past prefix, or NULL when s does not start with it. */
static const char *sd__after(const char *s, const char *prefix) {
    size_t n = strlen(prefix);
    return strncmp(s, prefix, n) == 0 ? s + n : NULL;
}

/* Reads "<digits>." at *s and moves past it; -1 (and *s unchanged) when absent. */
static int sd__take_index(const char **s) {
    const char *p = *s;
    int v = 0;
    if (*p < '0' || *p > '9') return -1;
    while (*p >= '0' && *p <= '9') {
        if (v > 99999) return -1;
        v = v * 10 + (*p++ - '0');
    }
    if (*p != '.') return -1;
    *s = p + 1;
    return v;
}

/* Formats a tensor name into dst[SD__NAME_MAX]; 0 when it does not fit. */
static int sd__format_name(char *dst, const char *fmt, ...) SD__PRINTF(2, 3);
static int sd__format_name(char *dst, const char *fmt, ...) {
    va_list ap;
    int n;
    va_start(ap, fmt);
    n = vsnprintf(dst, SD__NAME_MAX, fmt, ap);
    va_end(ap);
    return n >= 0 && n < SD__NAME_MAX;
}

typedef struct sd__rename {
    const char *from, *to;
} sd__rename;

/* prefix + rest, with rest's leading component renamed by the first table entry it starts with
   (and kept when none matches, as diffusers' str.replace chains do). 0 when it does not fit. */
static int sd__renamed(char *dst, const char *prefix, const char *rest, const sd__rename *table, size_t count) {
    size_t i;
    for (i = 0; i < count; i++) {
        const char *tail = sd__after(rest, table[i].from);
        if (tail) return sd__format_name(dst, "%s%s%s", prefix, table[i].to, tail);
    }
    return sd__format_name(dst, "%s%s", prefix, rest);
}

static const sd__rename sd__ldm_unet_resnet[] = {
    {"in_layers.0.", "norm1."},  {"in_layers.2.", "conv1."},          {"out_layers.0.", "norm2."},
    {"out_layers.3.", "conv2."}, {"emb_layers.1.", "time_emb_proj."}, {"skip_connection.", "conv_shortcut."}};
static const sd__rename sd__ldm_vae_resnet[] = {{"nin_shortcut.", "conv_shortcut."}};
static const sd__rename sd__ldm_vae_attention[] = {
    {"norm.", "group_norm."}, {"q.", "to_q."}, {"k.", "to_k."}, {"v.", "to_v."}, {"proj_out.", "to_out.0."}};

/* One source tensor becomes 0 views (not a model weight), 1, or 3 (a fused q/k/v split in rows). */
typedef struct sd__name_map {
    sd__part part;
    int count;
    char names[3][SD__NAME_MAX];
} sd__name_map;

/* s: a name after "model.diffusion_model.". Block indices depend on layers_per_block. */
static int sd__map_ldm_unet(const sd__unet_config *u, const char *s, char *dst) {
    static const sd__rename top[] = {
        {"time_embed.0.", "time_embedding.linear_1."}, {"time_embed.2.", "time_embedding.linear_2."},
        {"input_blocks.0.0.", "conv_in."}, {"out.0.", "conv_norm_out."}, {"out.2.", "conv_out."}};
    char prefix[SD__NAME_MAX];
    const char *rest;
    int per_level = u->layers_per_block + 1, n, k;
    size_t i;
    for (i = 0; i < SD__COUNT(top); i++)
        if ((rest = sd__after(s, top[i].from)) != NULL) return sd__format_name(dst, "%s%s", top[i].to, rest);
    if (per_level < 1) return 0;
    if ((rest = sd__after(s, "input_blocks.")) != NULL) {
        if ((n = sd__take_index(&rest)) < 1 || (k = sd__take_index(&rest)) < 0) return 0;
        if (k == 0 && sd__after(rest, "op."))
            return sd__format_name(dst, "down_blocks.%d.downsamplers.0.conv.%s", (n - 1) / per_level, rest + 3);
        if (k == 0)
            return sd__format_name(prefix, "down_blocks.%d.resnets.%d.", (n - 1) / per_level, (n - 1) % per_level) &&
                   sd__renamed(dst, prefix, rest, sd__ldm_unet_resnet, SD__COUNT(sd__ldm_unet_resnet));
        if (k == 1)
            return sd__format_name(dst, "down_blocks.%d.attentions.%d.%s", (n - 1) / per_level, (n - 1) % per_level, rest);
        return 0;
    }
    if ((rest = sd__after(s, "middle_block.")) != NULL) {
        k = sd__take_index(&rest);
        if (k == 0 || k == 2)
            return sd__format_name(prefix, "mid_block.resnets.%d.", k / 2) &&
                   sd__renamed(dst, prefix, rest, sd__ldm_unet_resnet, SD__COUNT(sd__ldm_unet_resnet));
        if (k == 1) return sd__format_name(dst, "mid_block.attentions.0.%s", rest);
        return 0;
    }
    if ((rest = sd__after(s, "output_blocks.")) != NULL) {
        if ((n = sd__take_index(&rest)) < 0 || (k = sd__take_index(&rest)) < 0) return 0;
        if (k == 0)
            return sd__format_name(prefix, "up_blocks.%d.resnets.%d.", n / per_level, n % per_level) &&
                   sd__renamed(dst, prefix, rest, sd__ldm_unet_resnet, SD__COUNT(sd__ldm_unet_resnet));
        if ((k == 1 || k == 2) && sd__after(rest, "conv."))
            return sd__format_name(dst, "up_blocks.%d.upsamplers.0.conv.%s", n / per_level, rest + 5);
        if (k == 1) return sd__format_name(dst, "up_blocks.%d.attentions.%d.%s", n / per_level, n % per_level, rest);
        return 0;
    }
    return 0;
}

/* s: a name after "first_stage_model.". The decoder's up.i is diffusers' up_blocks.(levels-1-i). */
static int sd__map_ldm_vae(const sd__vae_config *v, const char *s, char *dst) {
    char prefix[SD__NAME_MAX];
    const char *rest, *side;
    int i, j;
    if (sd__after(s, "quant_conv.") || sd__after(s, "post_quant_conv.")) return sd__format_name(dst, "%s", s);
    if ((rest = sd__after(s, "encoder.")) != NULL) side = "encoder.";
    else if ((rest = sd__after(s, "decoder.")) != NULL) side = "decoder.";
    else return 0;
    if (sd__after(rest, "conv_in.") || sd__after(rest, "conv_out.")) return sd__format_name(dst, "%s", s);
    if (sd__after(rest, "norm_out.")) return sd__format_name(dst, "%sconv_norm_out.%s", side, rest + 9);
    if (sd__after(rest, "mid.block_1.") || sd__after(rest, "mid.block_2."))
        return sd__format_name(prefix, "%smid_block.resnets.%d.", side, rest[10] - '1') &&
               sd__renamed(dst, prefix, rest + 12, sd__ldm_vae_resnet, SD__COUNT(sd__ldm_vae_resnet));
    if (sd__after(rest, "mid.attn_1."))
        return sd__format_name(prefix, "%smid_block.attentions.0.", side) &&
               sd__renamed(dst, prefix, rest + 11, sd__ldm_vae_attention, SD__COUNT(sd__ldm_vae_attention));
    if (side[0] == 'e' && (rest = sd__after(rest, "down.")) != NULL && (i = sd__take_index(&rest)) >= 0) {
        if (sd__after(rest, "downsample.conv."))
            return sd__format_name(dst, "encoder.down_blocks.%d.downsamplers.0.conv.%s", i, rest + 16);
        if ((rest = sd__after(rest, "block.")) != NULL && (j = sd__take_index(&rest)) >= 0)
            return sd__format_name(prefix, "encoder.down_blocks.%d.resnets.%d.", i, j) &&
                   sd__renamed(dst, prefix, rest, sd__ldm_vae_resnet, SD__COUNT(sd__ldm_vae_resnet));
        return 0;
    }
    if (side[0] == 'd' && (rest = sd__after(rest, "up.")) != NULL && (i = sd__take_index(&rest)) >= 0) {
        if (i >= v->levels) return 0;
        i = v->levels - 1 - i;
        if (sd__after(rest, "upsample.conv."))
            return sd__format_name(dst, "decoder.up_blocks.%d.upsamplers.0.conv.%s", i, rest + 14);
        if ((rest = sd__after(rest, "block.")) != NULL && (j = sd__take_index(&rest)) >= 0)
            return sd__format_name(prefix, "decoder.up_blocks.%d.resnets.%d.", i, j) &&
                   sd__renamed(dst, prefix, rest, sd__ldm_vae_resnet, SD__COUNT(sd__ldm_vae_resnet));
    }
    return 0;
}

/* s: a name after "cond_stage_model.model.". Returns the number of names (3 for in_proj). */
static int sd__map_ldm_openclip(const char *s, char names[3][SD__NAME_MAX]) {
    static const sd__rename top[] = {{"token_embedding.", "embeddings.token_embedding."}, {"ln_final.", "final_layer_norm."}};
    static const sd__rename layer[] = {{"ln_1.", "layer_norm1."}, {"ln_2.", "layer_norm2."}, {"mlp.c_fc.", "mlp.fc1."},
                                       {"mlp.c_proj.", "mlp.fc2."}, {"attn.out_proj.", "self_attn.out_proj."}};
    static const char *const qkv[3] = {"q", "k", "v"};
    char prefix[SD__NAME_MAX];
    const char *rest;
    int n, i;
    size_t k;
    for (k = 0; k < SD__COUNT(top); k++)
        if ((rest = sd__after(s, top[k].from)) != NULL) return sd__format_name(names[0], "%s%s", top[k].to, rest);
    if (strcmp(s, "positional_embedding") == 0) return sd__format_name(names[0], "embeddings.position_embedding.weight");
    if ((rest = sd__after(s, "transformer.resblocks.")) == NULL || (n = sd__take_index(&rest)) < 0) return 0;
    if (strcmp(rest, "attn.in_proj_weight") == 0 || strcmp(rest, "attn.in_proj_bias") == 0) {
        for (i = 0; i < 3; i++)
            if (!sd__format_name(names[i], "encoder.layers.%d.self_attn.%s_proj.%s", n, qkv[i], rest + 13)) return 0;
        return 3;
    }
    return sd__format_name(prefix, "encoder.layers.%d.", n) && sd__renamed(names[0], prefix, rest, layer, SD__COUNT(layer));
}

/* Canonical names for a tensor of the single file; the mapping needs the UNet's layers_per_block
   and the VAE's levels, so it runs after the configs are known. */
static void sd__map_ldm_name(const sd__model *m, const char *name, sd__name_map *out) {
    const char *rest;
    out->count = 0;
    if ((rest = sd__after(name, SD__LDM_UNET)) != NULL) {
        out->part = SD__PART_UNET;
        out->count = sd__map_ldm_unet(&m->unet, rest, out->names[0]);
    } else if ((rest = sd__after(name, SD__LDM_VAE)) != NULL) {
        out->part = SD__PART_VAE;
        out->count = sd__map_ldm_vae(&m->vae, rest, out->names[0]);
    } else if (m->layout == SD__LAYOUT_LDM_CLIP && (rest = sd__after(name, SD__LDM_CLIP)) != NULL) {
        const char *inner = sd__after(rest, "text_model.");
        out->part = SD__PART_TEXT;
        out->count = sd__format_name(out->names[0], "%s", inner ? inner : rest);
    } else if (m->layout == SD__LAYOUT_LDM_OPENCLIP && (rest = sd__after(name, SD__LDM_OPENCLIP)) != NULL) {
        out->part = SD__PART_TEXT;
        out->count = sd__map_ldm_openclip(rest, out->names);
    }
}

/* Canonical names for a tensor of a folder's part file: transformers < 5 wrote "text_model.",
   diffusers < 0.14 named the VAE attention query/key/value/proj_attn. */
static void sd__map_folder_name(sd__part part, const char *name, sd__name_map *out) {
    static const sd__rename old_attention[] = {{"query.", "to_q."}, {"key.", "to_k."}, {"value.", "to_v."}, {"proj_attn.", "to_out.0."}};
    static const char *const mids[2] = {"encoder.mid_block.attentions.0.", "decoder.mid_block.attentions.0."};
    const char *rest;
    int i;
    out->part = part;
    if (part == SD__PART_TEXT && (rest = sd__after(name, "text_model.")) != NULL) name = rest;
    for (i = 0; part == SD__PART_VAE && i < 2; i++)
        if ((rest = sd__after(name, mids[i])) != NULL) {
            out->count = sd__renamed(out->names[0], mids[i], rest, old_attention, SD__COUNT(old_attention));
            return;
        }
    out->count = sd__format_name(out->names[0], "%s", name);
}

/* VAE attention weights are linear in diffusers; LDM stores them as 1x1 convs. */
static int sd__is_vae_attention_weight(const char *name) {
    static const char *const ends[] = {".to_q.weight", ".to_k.weight", ".to_v.weight", ".to_out.0.weight"};
    size_t n = strlen(name), i;
    if (!strstr(name, "mid_block.attentions.0.")) return 0;
    for (i = 0; i < SD__COUNT(ends); i++)
        if (n >= strlen(ends[i]) && strcmp(name + n - strlen(ends[i]), ends[i]) == 0) return 1;
    return 0;
}

/* --------------------------------------------------------------------------------------------
   Configs: diffusers' defaults, JSON readers, checks
   -------------------------------------------------------------------------------------------- */
/* The defaults of diffusers' UNet2DConditionModel, AutoencoderKL and transformers' CLIPTextConfig,
   which a config.json leaves out. (UNet sample_size has no default there; 64 is SD 1's.) */
static void sd__config_defaults(sd__model *m) {
    static const int unet_channels[4] = {320, 640, 1280, 1280};
    int i;
    memset(&m->unet, 0, sizeof m->unet);
    memset(&m->vae, 0, sizeof m->vae);
    memset(&m->text, 0, sizeof m->text);
    m->unet.in_channels = m->unet.out_channels = 4;
    m->unet.sample_size = 64;
    m->unet.levels = 4;
    for (i = 0; i < 4; i++) {
        m->unet.block_out_channels[i] = unet_channels[i];
        m->unet.down_attention[i] = i < 3;
        m->unet.up_attention[i] = i > 0;
        m->unet.heads[i] = 8;
        m->unet.transformer_layers[i] = 1;
    }
    m->unet.layers_per_block = 2;
    m->unet.cross_attention_dim = 1280;
    m->unet.time_embed_dim = 4 * 320;
    m->unet.norm_num_groups = 32;
    m->unet.norm_eps = 1e-5f;
    m->unet.flip_sin_to_cos = 1;
    m->vae.in_channels = m->vae.out_channels = 3;
    m->vae.latent_channels = 4;
    m->vae.sample_size = 32;
    m->vae.levels = 1;
    m->vae.block_out_channels[0] = 64;
    m->vae.layers_per_block = 1;
    m->vae.norm_num_groups = 32;
    m->vae.scaling_factor = 0.18215f;
    m->vae.use_quant_conv = m->vae.use_post_quant_conv = m->vae.mid_block_add_attention = 1;
    m->text.vocab_size = 49408;
    m->text.hidden_size = 512;
    m->text.intermediate_size = 2048;
    m->text.num_attention_heads = 8;
    m->text.num_hidden_layers = 12;
    m->text.max_position_embeddings = 77;
    m->text.quick_gelu = 1;
    m->text.layer_norm_eps = 1e-5f;
}

static const char *sd__json_type_name(sd__json_type type) {
    switch (type) {
    case SD__JSON_NULL: return "null";
    case SD__JSON_BOOL: return "a boolean";
    case SD__JSON_NUMBER: return "a number";
    case SD__JSON_STRING: return "a string";
    case SD__JSON_ARRAY: return "an array";
    case SD__JSON_OBJECT: return "an object";
    }
    return "?";
}

/* Each reader leaves *out alone when the key is absent or null (the default stays). */
static sd_result sd__cfg_int(sd__env *env, const sd__json *obj, const char *key, int *out) {
    long long v;
    if (!sd__json_get_int(obj, key, *out, &v)) return sd__fail(env, SD_ERR_MODEL_FORMAT, "'%s' must be an integer", key);
    if (v < INT_MIN || v > INT_MAX) return sd__fail(env, SD_ERR_MODEL_FORMAT, "'%s' = %lld is out of range", key, v);
    *out = (int)v;
    return SD_OK;
}
static sd_result sd__cfg_float(sd__env *env, const sd__json *obj, const char *key, float *out) {
    double v;
    if (!sd__json_get_number(obj, key, (double)*out, &v) || !(fabs(v) <= FLT_MAX))
        return sd__fail(env, SD_ERR_MODEL_FORMAT, "'%s' must be a finite number", key);
    *out = (float)v;
    return SD_OK;
}
static sd_result sd__cfg_bool(sd__env *env, const sd__json *obj, const char *key, int *out) {
    if (!sd__json_get_bool(obj, key, *out, out)) return sd__fail(env, SD_ERR_MODEL_FORMAT, "'%s' must be true or false", key);
    return SD_OK;
}

/* When a config changes the number of levels but leaves out a per-level key, a default that is
   the same on every level still applies (diffusers' scalar defaults); any other is an error. */
static sd_result sd__cfg_broadcast_default(sd__env *env, const char *key, int levels, int default_levels, int *out) {
    int i;
    if (levels == default_levels) return SD_OK;
    for (i = 1; i < default_levels; i++)
        if (out[i] != out[0])
            return sd__fail(env, SD_ERR_MODEL_FORMAT, "'%s' is needed: block_out_channels has %d entries, the default %d", key,
                            levels, default_levels);
    for (i = 1; i < levels; i++) out[i] = out[0];
    return SD_OK;
}

/* A per-level integer: one for all levels, or an array with one per level. */
static sd_result sd__cfg_levels(sd__env *env, const sd__json *obj, const char *key, int levels, int default_levels, int *out) {
    const sd__json *v = sd__json_get(obj, key), *c;
    int i;
    if (!v || v->type == SD__JSON_NULL) return sd__cfg_broadcast_default(env, key, levels, default_levels, out);
    if (v->type == SD__JSON_NUMBER) {
        if (!v->is_integer || v->integer < INT_MIN || v->integer > INT_MAX)
            return sd__fail(env, SD_ERR_MODEL_FORMAT, "'%s' must be an integer or an array of integers", key);
        for (i = 0; i < levels; i++) out[i] = (int)v->integer;
        return SD_OK;
    }
    if (v->type != SD__JSON_ARRAY) return sd__fail(env, SD_ERR_MODEL_FORMAT, "'%s' must be an integer or an array of integers", key);
    if (v->length != (size_t)levels)
        return sd__fail(env, SD_ERR_MODEL_FORMAT, "'%s' has %lu entries but block_out_channels has %d", key,
                        (unsigned long)v->length, levels);
    for (i = 0, c = v->child; c; c = c->next, i++) {
        if (c->type != SD__JSON_NUMBER || !c->is_integer || c->integer < INT_MIN || c->integer > INT_MAX)
            return sd__fail(env, SD_ERR_MODEL_FORMAT, "'%s' must be an integer or an array of integers", key);
        out[i] = (int)c->integer;
    }
    return SD_OK;
}

/* block_out_channels: sets the number of levels. */
static sd_result sd__cfg_channels(sd__env *env, const sd__json *obj, int *levels, int *out) {
    const sd__json *v = sd__json_get(obj, "block_out_channels"), *c;
    int i;
    if (!v || v->type == SD__JSON_NULL) return SD_OK;
    if (v->type != SD__JSON_ARRAY || v->length == 0)
        return sd__fail(env, SD_ERR_MODEL_FORMAT, "'block_out_channels' must be a non-empty array of integers");
    if (v->length > SD__MAX_LEVELS)
        return sd__fail(env, SD_ERR_UNSUPPORTED, "'block_out_channels' has %lu levels; at most %d are supported",
                        (unsigned long)v->length, SD__MAX_LEVELS);
    for (i = 0, c = v->child; c; c = c->next, i++) {
        if (c->type != SD__JSON_NUMBER || !c->is_integer || c->integer < INT_MIN || c->integer > INT_MAX)
            return sd__fail(env, SD_ERR_MODEL_FORMAT, "'block_out_channels' must be a non-empty array of integers");
        out[i] = (int)c->integer;
    }
    *levels = i;
    return SD_OK;
}

/* Block type names per level: out[l] = 1 for type_1, 0 for type_0 (NULL: only type_1 exists). */
static sd_result sd__cfg_block_types(sd__env *env, const sd__json *obj, const char *key, int levels, int default_levels,
                                     const char *type_1, const char *type_0, int *out) {
    const sd__json *v = sd__json_get(obj, key), *c;
    int i;
    if (!v || v->type == SD__JSON_NULL) return sd__cfg_broadcast_default(env, key, levels, default_levels, out);
    if (v->type != SD__JSON_ARRAY) return sd__fail(env, SD_ERR_MODEL_FORMAT, "'%s' must be an array of strings", key);
    if (v->length != (size_t)levels)
        return sd__fail(env, SD_ERR_MODEL_FORMAT, "'%s' has %lu entries but block_out_channels has %d", key,
                        (unsigned long)v->length, levels);
    for (i = 0, c = v->child; c; c = c->next, i++) {
        if (c->type != SD__JSON_STRING) return sd__fail(env, SD_ERR_MODEL_FORMAT, "'%s' must be an array of strings", key);
        if (strcmp(c->string, type_1) == 0) out[i] = 1;
        else if (type_0 && strcmp(c->string, type_0) == 0) out[i] = 0;
        else
            return sd__fail(env, SD_ERR_UNSUPPORTED, "'%s'[%d] = \"%s\" is not supported (only %s%s%s)", key, i, c->string,
                            type_1, type_0 ? " and " : "", type_0 ? type_0 : "");
    }
    return SD_OK;
}

/* Keys whose only supported value is diffusers' default; absent or null also means the default,
   except where null_is_default is 0. type SD__JSON_NULL: only null is supported. */
typedef struct sd__cfg_fixed {
    const char *key;
    sd__json_type type;
    const char *text;   /* STRING */
    double number;      /* NUMBER, BOOL (0 or 1) */
    int null_is_default;
} sd__cfg_fixed;

static const sd__cfg_fixed sd__unet_fixed[] = {
    {"_class_name", SD__JSON_STRING, "UNet2DConditionModel", 0, 1},
    {"act_fn", SD__JSON_STRING, "silu", 0, 1},
    {"attention_type", SD__JSON_STRING, "default", 0, 1},
    {"time_embedding_type", SD__JSON_STRING, "positional", 0, 1},
    {"resnet_time_scale_shift", SD__JSON_STRING, "default", 0, 1},
    {"mid_block_type", SD__JSON_STRING, "UNetMidBlock2DCrossAttn", 0, 0},
    {"center_input_sample", SD__JSON_BOOL, NULL, 0, 1},
    {"only_cross_attention", SD__JSON_BOOL, NULL, 0, 1},
    {"dual_cross_attention", SD__JSON_BOOL, NULL, 0, 1},
    {"resnet_skip_time_act", SD__JSON_BOOL, NULL, 0, 1},
    {"class_embeddings_concat", SD__JSON_BOOL, NULL, 0, 1},
    {"downsample_padding", SD__JSON_NUMBER, NULL, 1, 1},
    {"mid_block_scale_factor", SD__JSON_NUMBER, NULL, 1, 1},
    {"resnet_out_scale_factor", SD__JSON_NUMBER, NULL, 1, 1},
    {"conv_in_kernel", SD__JSON_NUMBER, NULL, 3, 1},
    {"conv_out_kernel", SD__JSON_NUMBER, NULL, 3, 1},
    {"class_embed_type", SD__JSON_NULL, NULL, 0, 1},
    {"num_class_embeds", SD__JSON_NULL, NULL, 0, 1},
    {"addition_embed_type", SD__JSON_NULL, NULL, 0, 1},
    {"addition_time_embed_dim", SD__JSON_NULL, NULL, 0, 1},
    {"projection_class_embeddings_input_dim", SD__JSON_NULL, NULL, 0, 1},
    {"time_cond_proj_dim", SD__JSON_NULL, NULL, 0, 1},
    {"encoder_hid_dim", SD__JSON_NULL, NULL, 0, 1},
    {"encoder_hid_dim_type", SD__JSON_NULL, NULL, 0, 1},
    {"cross_attention_norm", SD__JSON_NULL, NULL, 0, 1},
    {"timestep_post_act", SD__JSON_NULL, NULL, 0, 1},
    {"time_embedding_act_fn", SD__JSON_NULL, NULL, 0, 1},
    {"reverse_transformer_layers_per_block", SD__JSON_NULL, NULL, 0, 1}};

static const sd__cfg_fixed sd__vae_fixed[] = {
    {"_class_name", SD__JSON_STRING, "AutoencoderKL", 0, 1},
    {"act_fn", SD__JSON_STRING, "silu", 0, 1}};

static sd_result sd__cfg_check_fixed(sd__env *env, const sd__json *obj, const sd__cfg_fixed *table, size_t count) {
    size_t i;
    for (i = 0; i < count; i++) {
        const sd__cfg_fixed *f = &table[i];
        const sd__json *v = sd__json_get(obj, f->key);
        int ok;
        if (!v) continue;
        if (v->type == SD__JSON_NULL) {
            if (f->null_is_default) continue;
            return sd__fail(env, SD_ERR_UNSUPPORTED, "'%s' = null is not supported", f->key);
        }
        if (f->type == SD__JSON_NULL) return sd__fail(env, SD_ERR_UNSUPPORTED, "'%s' is not supported (only null)", f->key);
        if (v->type != f->type) return sd__fail(env, SD_ERR_MODEL_FORMAT, "'%s' must be %s", f->key, sd__json_type_name(f->type));
        if (f->type == SD__JSON_STRING) ok = strcmp(v->string, f->text) == 0;
        else if (f->type == SD__JSON_BOOL) ok = v->boolean == (int)f->number;
        else ok = v->number == f->number;
        if (!ok) {
            if (f->type == SD__JSON_STRING)
                return sd__fail(env, SD_ERR_UNSUPPORTED, "'%s' = \"%s\" is not supported (only \"%s\")", f->key, v->string, f->text);
            if (f->type == SD__JSON_BOOL)
                return sd__fail(env, SD_ERR_UNSUPPORTED, "'%s' = %s is not supported", f->key, v->boolean ? "true" : "false");
            return sd__fail(env, SD_ERR_UNSUPPORTED, "'%s' = %g is not supported (only %g)", f->key, v->number, f->number);
        }
    }
    return SD_OK;
}

static sd_result sd__unet_config_read(sd__env *env, const sd__json *obj, sd__unet_config *u) {
    const sd__json *heads = sd__json_get(obj, "num_attention_heads"), *time_dim = sd__json_get(obj, "time_embedding_dim");
    int default_levels = u->levels;
    sd_result r;
    if ((r = sd__cfg_check_fixed(env, obj, sd__unet_fixed, SD__COUNT(sd__unet_fixed))) != SD_OK ||
        (r = sd__cfg_int(env, obj, "in_channels", &u->in_channels)) != SD_OK ||
        (r = sd__cfg_int(env, obj, "out_channels", &u->out_channels)) != SD_OK ||
        (r = sd__cfg_int(env, obj, "sample_size", &u->sample_size)) != SD_OK ||
        (r = sd__cfg_int(env, obj, "layers_per_block", &u->layers_per_block)) != SD_OK ||
        (r = sd__cfg_int(env, obj, "cross_attention_dim", &u->cross_attention_dim)) != SD_OK ||
        (r = sd__cfg_int(env, obj, "norm_num_groups", &u->norm_num_groups)) != SD_OK ||
        (r = sd__cfg_float(env, obj, "norm_eps", &u->norm_eps)) != SD_OK ||
        (r = sd__cfg_float(env, obj, "freq_shift", &u->freq_shift)) != SD_OK ||
        (r = sd__cfg_bool(env, obj, "use_linear_projection", &u->use_linear_projection)) != SD_OK ||
        (r = sd__cfg_bool(env, obj, "upcast_attention", &u->upcast_attention)) != SD_OK ||
        (r = sd__cfg_bool(env, obj, "flip_sin_to_cos", &u->flip_sin_to_cos)) != SD_OK ||
        (r = sd__cfg_channels(env, obj, &u->levels, u->block_out_channels)) != SD_OK ||
        (r = sd__cfg_block_types(env, obj, "down_block_types", u->levels, default_levels, "CrossAttnDownBlock2D",
                                 "DownBlock2D", u->down_attention)) != SD_OK ||
        (r = sd__cfg_block_types(env, obj, "up_block_types", u->levels, default_levels, "CrossAttnUpBlock2D", "UpBlock2D",
                                 u->up_attention)) != SD_OK ||
        /* diffusers' quirk: num_attention_heads = num_attention_heads or attention_head_dim, and
           SD 1/2 configs only set attention_head_dim, which therefore holds the head count. */
        (r = sd__cfg_levels(env, obj, heads && heads->type != SD__JSON_NULL ? "num_attention_heads" : "attention_head_dim",
                            u->levels, default_levels, u->heads)) != SD_OK ||
        (r = sd__cfg_levels(env, obj, "transformer_layers_per_block", u->levels, default_levels, u->transformer_layers)) != SD_OK)
        return r;
    if (time_dim && time_dim->type != SD__JSON_NULL) return sd__cfg_int(env, obj, "time_embedding_dim", &u->time_embed_dim);
    if (sd__json_get(obj, "block_out_channels") && u->block_out_channels[0] <= INT_MAX / 4)
        u->time_embed_dim = 4 * u->block_out_channels[0];
    return SD_OK;
}

static sd_result sd__vae_config_read(sd__env *env, const sd__json *obj, sd__vae_config *v) {
    int default_levels = v->levels, types[SD__MAX_LEVELS], i;
    sd_result r;
    for (i = 0; i < SD__MAX_LEVELS; i++) types[i] = 1;
    if ((r = sd__cfg_check_fixed(env, obj, sd__vae_fixed, SD__COUNT(sd__vae_fixed))) != SD_OK ||
        (r = sd__cfg_int(env, obj, "in_channels", &v->in_channels)) != SD_OK ||
        (r = sd__cfg_int(env, obj, "out_channels", &v->out_channels)) != SD_OK ||
        (r = sd__cfg_int(env, obj, "latent_channels", &v->latent_channels)) != SD_OK ||
        (r = sd__cfg_int(env, obj, "sample_size", &v->sample_size)) != SD_OK ||
        (r = sd__cfg_int(env, obj, "layers_per_block", &v->layers_per_block)) != SD_OK ||
        (r = sd__cfg_int(env, obj, "norm_num_groups", &v->norm_num_groups)) != SD_OK ||
        (r = sd__cfg_float(env, obj, "scaling_factor", &v->scaling_factor)) != SD_OK ||
        (r = sd__cfg_bool(env, obj, "use_quant_conv", &v->use_quant_conv)) != SD_OK ||
        (r = sd__cfg_bool(env, obj, "use_post_quant_conv", &v->use_post_quant_conv)) != SD_OK ||
        (r = sd__cfg_bool(env, obj, "mid_block_add_attention", &v->mid_block_add_attention)) != SD_OK ||
        (r = sd__cfg_channels(env, obj, &v->levels, v->block_out_channels)) != SD_OK ||
        (r = sd__cfg_block_types(env, obj, "down_block_types", v->levels, default_levels, "DownEncoderBlock2D", NULL, types)) != SD_OK)
        return r;
    return sd__cfg_block_types(env, obj, "up_block_types", v->levels, default_levels, "UpDecoderBlock2D", NULL, types);
}

static sd_result sd__text_config_read(sd__env *env, const sd__json *obj, sd__text_config *c) {
    const sd__json *act = sd__json_get(obj, "hidden_act");
    sd_result r;
    if ((r = sd__cfg_int(env, obj, "vocab_size", &c->vocab_size)) != SD_OK ||
        (r = sd__cfg_int(env, obj, "hidden_size", &c->hidden_size)) != SD_OK ||
        (r = sd__cfg_int(env, obj, "intermediate_size", &c->intermediate_size)) != SD_OK ||
        (r = sd__cfg_int(env, obj, "num_attention_heads", &c->num_attention_heads)) != SD_OK ||
        (r = sd__cfg_int(env, obj, "num_hidden_layers", &c->num_hidden_layers)) != SD_OK ||
        (r = sd__cfg_int(env, obj, "max_position_embeddings", &c->max_position_embeddings)) != SD_OK ||
        (r = sd__cfg_float(env, obj, "layer_norm_eps", &c->layer_norm_eps)) != SD_OK)
        return r;
    if (!act || act->type == SD__JSON_NULL) return SD_OK;
    if (act->type != SD__JSON_STRING) return sd__fail(env, SD_ERR_MODEL_FORMAT, "'hidden_act' must be a string");
    if (strcmp(act->string, "quick_gelu") == 0) c->quick_gelu = 1;
    else if (strcmp(act->string, "gelu") == 0) c->quick_gelu = 0;
    else return sd__fail(env, SD_ERR_UNSUPPORTED, "'hidden_act' = \"%s\" is not supported (only quick_gelu and gelu)", act->string);
    return SD_OK;
}

/* Reads a diffusers config object over m's current values of that part. */
static sd_result sd__config_read(sd__env *env, sd__model *m, sd__part part, const sd__json *obj) {
    if (obj->type != SD__JSON_OBJECT) return sd__fail(env, SD_ERR_MODEL_FORMAT, "the config is not a JSON object");
    if (part == SD__PART_UNET) return sd__unet_config_read(env, obj, &m->unet);
    if (part == SD__PART_VAE) return sd__vae_config_read(env, obj, &m->vae);
    return sd__text_config_read(env, obj, &m->text);
}

/* Value limits keep every shape product far from overflow. */
#define SD__MAX_CHANNELS 65536
#define SD__MAX_LAYERS 1024

static sd_result sd__check_range(sd__env *env, const char *part, const char *key, int index, int value, int lo, int hi) {
    char name[64];
    if (value >= lo && value <= hi) return SD_OK;
    if (index >= 0) snprintf(name, sizeof name, "%s[%d]", key, index);
    else snprintf(name, sizeof name, "%s", key);
    return sd__fail(env, SD_ERR_MODEL_FORMAT, "%s config: '%s' = %d is out of range [%d, %d]", part, name, value, lo, hi);
}

/* Each level's channels must split into norm groups and, where it has attention, heads. */
static sd_result sd__check_levels(sd__env *env, const char *part, int levels, const int *channels, int groups) {
    int l;
    sd_result r;
    if ((r = sd__check_range(env, part, "norm_num_groups", -1, groups, 1, SD__MAX_CHANNELS)) != SD_OK) return r;
    for (l = 0; l < levels; l++) {
        if ((r = sd__check_range(env, part, "block_out_channels", l, channels[l], 1, SD__MAX_CHANNELS)) != SD_OK) return r;
        if (channels[l] % groups)
            return sd__fail(env, SD_ERR_MODEL_FORMAT, "%s config: norm_num_groups %d does not divide block_out_channels[%d] = %d",
                            part, groups, l, channels[l]);
    }
    return SD_OK;
}

static sd_result sd__check_heads(sd__env *env, const char *part, const char *key, const char *where, int channels, int heads) {
    if (heads >= 1 && heads <= channels && channels % heads == 0) return SD_OK;
    return sd__fail(env, SD_ERR_MODEL_FORMAT,
                    "%s config: %d attention heads do not divide the %d channels of %s; set '%s' (the head count) in "
                    "the config, or in the checkpoint's sidecar JSON", part, heads, channels, where, key);
}

static sd_result sd__unet_config_check(sd__env *env, const sd__unet_config *u) {
    const char *p = "unet";
    char where[32];
    int l, top;
    sd_result r;
    if ((r = sd__check_range(env, p, "block_out_channels (levels)", -1, u->levels, 1, SD__MAX_LEVELS)) != SD_OK ||
        (r = sd__check_levels(env, p, u->levels, u->block_out_channels, u->norm_num_groups)) != SD_OK ||
        (r = sd__check_range(env, p, "in_channels", -1, u->in_channels, 1, 1024)) != SD_OK ||
        (r = sd__check_range(env, p, "out_channels", -1, u->out_channels, 1, 1024)) != SD_OK ||
        (r = sd__check_range(env, p, "sample_size", -1, u->sample_size, 1, SD__MAX_CHANNELS)) != SD_OK ||
        (r = sd__check_range(env, p, "layers_per_block", -1, u->layers_per_block, 1, 64)) != SD_OK ||
        (r = sd__check_range(env, p, "cross_attention_dim", -1, u->cross_attention_dim, 1, SD__MAX_CHANNELS)) != SD_OK ||
        (r = sd__check_range(env, p, "time_embedding_dim", -1, u->time_embed_dim, 1, 4 * SD__MAX_CHANNELS)) != SD_OK)
        return r;
    if (!(u->norm_eps > 0)) return sd__fail(env, SD_ERR_MODEL_FORMAT, "unet config: 'norm_eps' must be positive");
    top = u->levels - 1;
    for (l = 0; l < u->levels; l++) {
        int attention = u->down_attention[l] || u->up_attention[top - l] || l == top; /* the mid block is on the top level */
        if (!attention) continue;
        snprintf(where, sizeof where, "level %d", l);
        if ((r = sd__check_heads(env, p, "attention_head_dim", where, u->block_out_channels[l], u->heads[l])) != SD_OK ||
            (r = sd__check_range(env, p, "transformer_layers_per_block", l, u->transformer_layers[l], 1, 64)) != SD_OK)
            return r;
    }
    return SD_OK;
}

static sd_result sd__vae_config_check(sd__env *env, const sd__vae_config *v) {
    const char *p = "vae";
    sd_result r;
    if ((r = sd__check_range(env, p, "block_out_channels (levels)", -1, v->levels, 1, SD__MAX_LEVELS)) != SD_OK ||
        (r = sd__check_levels(env, p, v->levels, v->block_out_channels, v->norm_num_groups)) != SD_OK ||
        (r = sd__check_range(env, p, "in_channels", -1, v->in_channels, 1, 1024)) != SD_OK ||
        (r = sd__check_range(env, p, "out_channels", -1, v->out_channels, 1, 1024)) != SD_OK ||
        (r = sd__check_range(env, p, "latent_channels", -1, v->latent_channels, 1, 1024)) != SD_OK ||
        (r = sd__check_range(env, p, "sample_size", -1, v->sample_size, 1, SD__MAX_CHANNELS)) != SD_OK ||
        (r = sd__check_range(env, p, "layers_per_block", -1, v->layers_per_block, 1, 64)) != SD_OK)
        return r;
    if (!(v->scaling_factor > 0)) return sd__fail(env, SD_ERR_MODEL_FORMAT, "vae config: 'scaling_factor' must be positive");
    return SD_OK;
}

static sd_result sd__text_config_check(sd__env *env, const sd__text_config *c) {
    const char *p = "text_encoder";
    sd_result r;
    if ((r = sd__check_range(env, p, "vocab_size", -1, c->vocab_size, 1, 1 << 24)) != SD_OK ||
        (r = sd__check_range(env, p, "hidden_size", -1, c->hidden_size, 1, SD__MAX_CHANNELS)) != SD_OK ||
        (r = sd__check_range(env, p, "intermediate_size", -1, c->intermediate_size, 1, 4 * SD__MAX_CHANNELS)) != SD_OK ||
        (r = sd__check_range(env, p, "num_hidden_layers", -1, c->num_hidden_layers, 1, SD__MAX_LAYERS)) != SD_OK ||
        (r = sd__check_range(env, p, "max_position_embeddings", -1, c->max_position_embeddings, 1, 1 << 20)) != SD_OK ||
        (r = sd__check_heads(env, p, "num_attention_heads", "the hidden size", c->hidden_size, c->num_attention_heads)) != SD_OK)
        return r;
    if (!(c->layer_norm_eps > 0)) return sd__fail(env, SD_ERR_MODEL_FORMAT, "text_encoder config: 'layer_norm_eps' must be positive");
    return SD_OK;
}

/* Every config on its own, then how the parts connect. */
static sd_result sd__model_check_configs(sd__env *env, const sd__model *m) {
    sd_result r;
    if ((r = sd__text_config_check(env, &m->text)) != SD_OK || (r = sd__unet_config_check(env, &m->unet)) != SD_OK ||
        (r = sd__vae_config_check(env, &m->vae)) != SD_OK)
        return r;
    if (m->unet.cross_attention_dim != m->text.hidden_size)
        return sd__fail(env, SD_ERR_MODEL_MISMATCH, "the UNet's cross_attention_dim %d differs from the text encoder's hidden_size %d",
                        m->unet.cross_attention_dim, m->text.hidden_size);
    if (m->unet.in_channels != m->unet.out_channels)
        return sd__fail(env, SD_ERR_UNSUPPORTED, "a UNet with %d input and %d output channels (inpainting, upscaling) is not supported",
                        m->unet.in_channels, m->unet.out_channels);
    if (m->unet.in_channels != m->vae.latent_channels)
        return sd__fail(env, SD_ERR_MODEL_MISMATCH, "the UNet works on %d channels but the VAE's latent_channels is %d",
                        m->unet.in_channels, m->vae.latent_channels);
    return SD_OK;
}

/* --------------------------------------------------------------------------------------------
   The tensors a config needs
   -------------------------------------------------------------------------------------------- */
/* Called once per tensor with its canonical name and shape; returning non-zero stops the walk. */
typedef int (*sd__tensor_visit_fn)(void *user, const char *name, int rank, const long long *shape);

typedef struct sd__emitter {
    sd__tensor_visit_fn visit;
    void *user;
    char name[SD__NAME_MAX];
    size_t len;   /* of the current prefix */
    int stopped;
} sd__emitter;

/* Appends to the name prefix; returns the old length for sd__emit_pop. Names built here are
   short: every index is bounded by the config checks. */
static size_t sd__emit_push(sd__emitter *e, const char *fmt, ...) SD__PRINTF(2, 3);
static size_t sd__emit_push(sd__emitter *e, const char *fmt, ...) {
    size_t old = e->len;
    va_list ap;
    int n;
    va_start(ap, fmt);
    n = vsnprintf(e->name + e->len, sizeof e->name - e->len, fmt, ap);
    va_end(ap);
    SD_ASSERT(n >= 0 && (size_t)n < sizeof e->name - e->len);
    e->len += (size_t)n;
    return old;
}
static void sd__emit_pop(sd__emitter *e, size_t len) {
    e->len = len;
    e->name[len] = 0;
}

static void sd__emit(sd__emitter *e, const char *suffix, int rank, long long d0, long long d1, long long d2, long long d3) {
    long long shape[4];
    size_t old;
    if (e->stopped) return;
    shape[0] = d0;
    shape[1] = d1;
    shape[2] = d2;
    shape[3] = d3;
    old = sd__emit_push(e, "%s", suffix);
    e->stopped = e->visit(e->user, e->name, rank, shape);
    sd__emit_pop(e, old);
}

/* name.weight with the given shape and name.bias [d0]. */
static void sd__emit_with_bias(sd__emitter *e, const char *name, int rank, long long d0, long long d1, long long d2, long long d3) {
    size_t old = sd__emit_push(e, "%s.", name);
    sd__emit(e, "weight", rank, d0, d1, d2, d3);
    sd__emit(e, "bias", 1, d0, 0, 0, 0);
    sd__emit_pop(e, old);
}
static void sd__emit_norm(sd__emitter *e, const char *name, long long c) { sd__emit_with_bias(e, name, 1, c, 0, 0, 0); }
static void sd__emit_linear(sd__emitter *e, const char *name, long long out, long long in) {
    sd__emit_with_bias(e, name, 2, out, in, 0, 0);
}
static void sd__emit_conv(sd__emitter *e, const char *name, long long out, long long in, long long k) {
    sd__emit_with_bias(e, name, 4, out, in, k, k);
}

/* ResnetBlock2D; temb 0: no time embedding (the VAE's). */
static void sd__emit_resnet(sd__emitter *e, long long in, long long out, long long temb) {
    sd__emit_norm(e, "norm1", in);
    sd__emit_conv(e, "conv1", out, in, 3);
    if (temb) sd__emit_linear(e, "time_emb_proj", out, temb);
    sd__emit_norm(e, "norm2", out);
    sd__emit_conv(e, "conv2", out, out, 3);
    if (in != out) sd__emit_conv(e, "conv_shortcut", out, in, 1);
}

/* Transformer2DModel with c channels (heads * head dim = c) and GEGLU feed-forward. */
static void sd__emit_transformer(sd__emitter *e, const sd__unet_config *u, long long c, int depth) {
    long long ctx = u->cross_attention_dim;
    int d;
    sd__emit_norm(e, "norm", c);
    if (u->use_linear_projection) {
        sd__emit_linear(e, "proj_in", c, c);
        sd__emit_linear(e, "proj_out", c, c);
    } else {
        sd__emit_conv(e, "proj_in", c, c, 1);
        sd__emit_conv(e, "proj_out", c, c, 1);
    }
    for (d = 0; d < depth; d++) {
        size_t old = sd__emit_push(e, "transformer_blocks.%d.", d);
        sd__emit_norm(e, "norm1", c);
        sd__emit(e, "attn1.to_q.weight", 2, c, c, 0, 0);
        sd__emit(e, "attn1.to_k.weight", 2, c, c, 0, 0);
        sd__emit(e, "attn1.to_v.weight", 2, c, c, 0, 0);
        sd__emit_linear(e, "attn1.to_out.0", c, c);
        sd__emit_norm(e, "norm2", c);
        sd__emit(e, "attn2.to_q.weight", 2, c, c, 0, 0);
        sd__emit(e, "attn2.to_k.weight", 2, c, ctx, 0, 0);
        sd__emit(e, "attn2.to_v.weight", 2, c, ctx, 0, 0);
        sd__emit_linear(e, "attn2.to_out.0", c, c);
        sd__emit_norm(e, "norm3", c);
        sd__emit_linear(e, "ff.net.0.proj", 8 * c, c);
        sd__emit_linear(e, "ff.net.2", c, 4 * c);
        sd__emit_pop(e, old);
    }
}

/* UNet2DConditionModel's tensors. Up level i mirrors down level levels-1-i: its resnets take the
   previous output plus a skip, the last skip coming from the level below (diffusers' channel
   bookkeeping). */
static void sd__unet_expected(const sd__unet_config *u, sd__emitter *e) {
    const int *ch = u->block_out_channels;
    int L = u->levels, top = L - 1, i, j;
    long long t = u->time_embed_dim;
    size_t old, old2;
    sd__emit_conv(e, "conv_in", ch[0], u->in_channels, 3);
    sd__emit_linear(e, "time_embedding.linear_1", t, ch[0]);
    sd__emit_linear(e, "time_embedding.linear_2", t, t);
    for (i = 0; i < L; i++) {
        old = sd__emit_push(e, "down_blocks.%d.", i);
        for (j = 0; j < u->layers_per_block; j++) {
            old2 = sd__emit_push(e, "resnets.%d.", j);
            sd__emit_resnet(e, j ? ch[i] : ch[i ? i - 1 : 0], ch[i], t);
            sd__emit_pop(e, old2);
            if (!u->down_attention[i]) continue;
            old2 = sd__emit_push(e, "attentions.%d.", j);
            sd__emit_transformer(e, u, ch[i], u->transformer_layers[i]);
            sd__emit_pop(e, old2);
        }
        if (i < top) sd__emit_conv(e, "downsamplers.0.conv", ch[i], ch[i], 3);
        sd__emit_pop(e, old);
    }
    old = sd__emit_push(e, "mid_block.resnets.0.");
    sd__emit_resnet(e, ch[top], ch[top], t);
    sd__emit_pop(e, old);
    old = sd__emit_push(e, "mid_block.attentions.0.");
    sd__emit_transformer(e, u, ch[top], u->transformer_layers[top]);
    sd__emit_pop(e, old);
    old = sd__emit_push(e, "mid_block.resnets.1.");
    sd__emit_resnet(e, ch[top], ch[top], t);
    sd__emit_pop(e, old);
    for (i = 0; i < L; i++) {
        int level = top - i, out = ch[level], prev = i ? ch[level + 1] : ch[top], skip_in = ch[level > 0 ? level - 1 : 0];
        old = sd__emit_push(e, "up_blocks.%d.", i);
        for (j = 0; j <= u->layers_per_block; j++) {
            old2 = sd__emit_push(e, "resnets.%d.", j);
            sd__emit_resnet(e, (long long)(j ? out : prev) + (j == u->layers_per_block ? skip_in : out), out, t);
            sd__emit_pop(e, old2);
            if (!u->up_attention[i]) continue;
            old2 = sd__emit_push(e, "attentions.%d.", j);
            sd__emit_transformer(e, u, out, u->transformer_layers[level]);
            sd__emit_pop(e, old2);
        }
        if (i < top) sd__emit_conv(e, "upsamplers.0.conv", out, out, 3);
        sd__emit_pop(e, old);
    }
    sd__emit_norm(e, "conv_norm_out", ch[0]);
    sd__emit_conv(e, "conv_out", u->out_channels, ch[0], 3);
}

/* UNetMidBlock2D of the VAE: resnet, single-head attention (linear q/k/v/out), resnet. */
static void sd__emit_vae_mid(sd__emitter *e, const sd__vae_config *v, long long c) {
    size_t old = sd__emit_push(e, "mid_block.");
    size_t old2 = sd__emit_push(e, "resnets.0.");
    sd__emit_resnet(e, c, c, 0);
    sd__emit_pop(e, old2);
    if (v->mid_block_add_attention) {
        old2 = sd__emit_push(e, "attentions.0.");
        sd__emit_norm(e, "group_norm", c);
        sd__emit_linear(e, "to_q", c, c);
        sd__emit_linear(e, "to_k", c, c);
        sd__emit_linear(e, "to_v", c, c);
        sd__emit_linear(e, "to_out.0", c, c);
        sd__emit_pop(e, old2);
    }
    old2 = sd__emit_push(e, "resnets.1.");
    sd__emit_resnet(e, c, c, 0);
    sd__emit_pop(e, old2);
    sd__emit_pop(e, old);
}

static void sd__vae_expected(const sd__vae_config *v, sd__emitter *e) {
    const int *ch = v->block_out_channels;
    int L = v->levels, top = L - 1, i, j;
    long long z = v->latent_channels;
    size_t old, old2;
    old = sd__emit_push(e, "encoder.");
    sd__emit_conv(e, "conv_in", ch[0], v->in_channels, 3);
    for (i = 0; i < L; i++) {
        old2 = sd__emit_push(e, "down_blocks.%d.", i);
        for (j = 0; j < v->layers_per_block; j++) {
            size_t old3 = sd__emit_push(e, "resnets.%d.", j);
            sd__emit_resnet(e, j ? ch[i] : ch[i ? i - 1 : 0], ch[i], 0);
            sd__emit_pop(e, old3);
        }
        if (i < top) sd__emit_conv(e, "downsamplers.0.conv", ch[i], ch[i], 3);
        sd__emit_pop(e, old2);
    }
    sd__emit_vae_mid(e, v, ch[top]);
    sd__emit_norm(e, "conv_norm_out", ch[top]);
    sd__emit_conv(e, "conv_out", 2 * z, ch[top], 3);
    sd__emit_pop(e, old);
    if (v->use_quant_conv) sd__emit_conv(e, "quant_conv", 2 * z, 2 * z, 1);
    if (v->use_post_quant_conv) sd__emit_conv(e, "post_quant_conv", z, z, 1);
    old = sd__emit_push(e, "decoder.");
    sd__emit_conv(e, "conv_in", ch[top], z, 3);
    sd__emit_vae_mid(e, v, ch[top]);
    for (i = 0; i < L; i++) {
        int level = top - i, out = ch[level], prev = i ? ch[level + 1] : ch[top];
        old2 = sd__emit_push(e, "up_blocks.%d.", i);
        for (j = 0; j <= v->layers_per_block; j++) {
            size_t old3 = sd__emit_push(e, "resnets.%d.", j);
            sd__emit_resnet(e, j ? out : prev, out, 0);
            sd__emit_pop(e, old3);
        }
        if (i < top) sd__emit_conv(e, "upsamplers.0.conv", out, out, 3);
        sd__emit_pop(e, old2);
    }
    sd__emit_norm(e, "conv_norm_out", ch[0]);
    sd__emit_conv(e, "conv_out", v->out_channels, ch[0], 3);
    sd__emit_pop(e, old);
}

static void sd__text_expected(const sd__text_config *c, sd__emitter *e) {
    long long h = c->hidden_size, inner = c->intermediate_size;
    int i;
    sd__emit(e, "embeddings.token_embedding.weight", 2, c->vocab_size, h, 0, 0);
    sd__emit(e, "embeddings.position_embedding.weight", 2, c->max_position_embeddings, h, 0, 0);
    for (i = 0; i < c->num_hidden_layers; i++) {
        size_t old = sd__emit_push(e, "encoder.layers.%d.", i);
        sd__emit_linear(e, "self_attn.q_proj", h, h);
        sd__emit_linear(e, "self_attn.k_proj", h, h);
        sd__emit_linear(e, "self_attn.v_proj", h, h);
        sd__emit_linear(e, "self_attn.out_proj", h, h);
        sd__emit_norm(e, "layer_norm1", h);
        sd__emit_linear(e, "mlp.fc1", inner, h);
        sd__emit_linear(e, "mlp.fc2", h, inner);
        sd__emit_norm(e, "layer_norm2", h);
        sd__emit_pop(e, old);
    }
    sd__emit_norm(e, "final_layer_norm", h);
}

/* Walks every tensor that part needs under m's (checked) config, with its shape. Returns 1 when
   visit stopped the walk. */
static int sd__model_expected_tensors(const sd__model *m, sd__part part, sd__tensor_visit_fn visit, void *user) {
    sd__emitter e;
    memset(&e, 0, sizeof e);
    e.visit = visit;
    e.user = user;
    if (part == SD__PART_UNET) sd__unet_expected(&m->unet, &e);
    else if (part == SD__PART_VAE) sd__vae_expected(&m->vae, &e);
    else sd__text_expected(&m->text, &e);
    return e.stopped;
}

/* --------------------------------------------------------------------------------------------
   Views and lookup
   -------------------------------------------------------------------------------------------- */
static void sd__make_view(const sd__st_tensor *src, sd__part part, const char *name, int third, sd__model_view *v) {
    int d;
    v->source = src->name;
    v->tensor = *src;
    v->tensor.name = name;
    if (third >= 0) { /* rows [third * n/3, (third + 1) * n/3) of a row-major tensor are contiguous */
        v->tensor.shape[0] = src->shape[0] / 3;
        v->tensor.count = src->count / 3;
        v->tensor.bytes = src->bytes / 3;
        v->tensor.data = src->data + (size_t)third * v->tensor.bytes;
    }
    if (part == SD__PART_VAE && src->rank > 2 && sd__is_vae_attention_weight(name)) {
        for (d = 2; d < src->rank && src->shape[d] == 1; d++) {}
        if (d == src->rank) v->tensor.rank = 2;
    }
}

/* One pass over the source tensors: counts views and name bytes, and when fill is set (arrays
   sized by the counting pass) writes them. */
static sd_result sd__model_views_pass(sd__env *env, sd__model *m, int fill, size_t *name_bytes) {
    sd__name_map map;
    int p, k;
    size_t i;
    int files = m->layout == SD__LAYOUT_DIFFUSERS ? SD__PART_COUNT : 1;
    for (p = 0; p < SD__PART_COUNT; p++) m->view_count[p] = 0;
    *name_bytes = 0;
    for (p = 0; p < files; p++) {
        const sd__st_file *f = m->layout == SD__LAYOUT_DIFFUSERS ? &m->part_files[p] : &m->checkpoint;
        for (i = 0; i < f->count; i++) {
            const sd__st_tensor *src = &f->tensors[i];
            if (m->layout == SD__LAYOUT_DIFFUSERS) sd__map_folder_name((sd__part)p, src->name, &map);
            else sd__map_ldm_name(m, src->name, &map);
            if (map.count == 3 && (src->rank < 1 || src->shape[0] % 3))
                return sd__fail(env, SD_ERR_MODEL_FORMAT, "fused q/k/v tensor '%s' needs a multiple of 3 rows", src->name);
            for (k = 0; k < map.count; k++) {
                size_t len = strlen(map.names[k]) + 1;
                if (fill) {
                    char *name = m->names + *name_bytes;
                    memcpy(name, map.names[k], len);
                    sd__make_view(src, map.part, name, map.count == 3 ? k : -1, &m->views[map.part][m->view_count[map.part]]);
                }
                m->view_count[map.part]++;
                if (!sd__add_size(*name_bytes, len, name_bytes)) return sd__oom(env);
            }
        }
    }
    return SD_OK;
}

static sd_result sd__model_build_views(sd__env *env, sd__model *m) {
    size_t name_bytes, i;
    sd_result r;
    int p;
    if ((r = sd__model_views_pass(env, m, 0, &name_bytes)) != SD_OK) return r;
    m->names = (char *)sd__malloc(env, name_bytes ? name_bytes : 1);
    if (!m->names) return sd__oom(env);
    for (p = 0; p < SD__PART_COUNT; p++) {
        m->views[p] = (sd__model_view *)sd__calloc(env, m->view_count[p] ? m->view_count[p] : 1, sizeof(sd__model_view));
        if (!m->views[p]) return sd__oom(env);
    }
    if ((r = sd__model_views_pass(env, m, 1, &name_bytes)) != SD_OK) return r;
    for (p = 0; p < SD__PART_COUNT; p++) {
        sd__model_view *v = m->views[p];
        /* a view starts with its sd__st_tensor, so the safetensors name order applies */
        qsort(v, m->view_count[p], sizeof *v, sd__st_compare_names);
        for (i = 1; i < m->view_count[p]; i++)
            if (strcmp(v[i - 1].tensor.name, v[i].tensor.name) == 0)
                return sd__fail(env, SD_ERR_MODEL_FORMAT, "%s tensor '%s' comes from both '%s' and '%s'", sd__part_names[p],
                                v[i].tensor.name, v[i - 1].source, v[i].source);
    }
    return SD_OK;
}

static const sd__model_view *sd__model_find_view(const sd__model *m, sd__part part, const char *name) {
    const sd__model_view *v = m->views[part];
    size_t lo = 0, hi = m->view_count[part];
    const char *rest;
    if (part == SD__PART_TEXT && (rest = sd__after(name, "text_model.")) != NULL) name = rest;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(v[mid].tensor.name, name);
        if (c == 0) return &v[mid];
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return NULL;
}

/* A tensor of a part by canonical diffusers name, or NULL. The view's data points into the mapped
   file and may be unaligned; dtype is the file's (sd__st_to_f32 converts). */
static const sd__st_tensor *sd__model_tensor(const sd__model *m, sd__part part, const char *name) {
    const sd__model_view *v = sd__model_find_view(m, part, name);
    return v ? &v->tensor : NULL;
}

static void sd__format_shape(char *dst, size_t size, int rank, const long long *shape) {
    size_t n = 0;
    int i;
    n += (size_t)snprintf(dst, size, "[");
    for (i = 0; i < rank && n < size; i++) n += (size_t)snprintf(dst + n, size - n, i ? ", %lld" : "%lld", shape[i]);
    if (n < size) snprintf(dst + n, size - n, "]");
}

/* The view of a weight, checked to be F32, F16 or BF16 with exactly the given shape. */
static sd_result sd__model_weight(sd__env *env, const sd__model *m, sd__part part, const char *name, int rank,
                                  const long long *shape, const sd__st_tensor **out) {
    const sd__model_view *v = sd__model_find_view(m, part, name);
    char want[128], got[128], from[SD__NAME_MAX + 16];
    int i, same;
    sd__format_shape(want, sizeof want, rank, shape);
    if (!v) return sd__fail(env, SD_ERR_MODEL_MISMATCH, "%s: tensor '%s' %s is missing", sd__part_names[part], name, want);
    from[0] = 0;
    if (strcmp(v->source, v->tensor.name) != 0) snprintf(from, sizeof from, " (from '%s')", v->source);
    if (v->tensor.dtype != SD__ST_F32 && v->tensor.dtype != SD__ST_F16 && v->tensor.dtype != SD__ST_BF16)
        return sd__fail(env, SD_ERR_UNSUPPORTED, "%s: tensor '%s'%s has dtype %s; weights must be F32, F16 or BF16",
                        sd__part_names[part], name, from, sd__st_dtypes[v->tensor.dtype].name);
    same = v->tensor.rank == rank;
    for (i = 0; same && i < rank; i++) same = v->tensor.shape[i] == shape[i];
    if (!same) {
        sd__format_shape(got, sizeof got, v->tensor.rank, v->tensor.shape);
        return sd__fail(env, SD_ERR_MODEL_MISMATCH, "%s: tensor '%s'%s has shape %s but the config needs %s",
                        sd__part_names[part], name, from, got, want);
    }
    *out = &v->tensor;
    return SD_OK;
}

/* Converts a weight to float32 into dst (the product of shape floats) after checking it as
   sd__model_weight does. */
static sd_result sd__model_load_f32(sd__env *env, const sd__model *m, sd__part part, const char *name, int rank,
                                    const long long *shape, float *dst) {
    const sd__st_tensor *t;
    sd_result r = sd__model_weight(env, m, part, name, rank, shape, &t);
    if (r != SD_OK) return r;
    sd__st_to_f32(t, dst);
    return SD_OK;
}

typedef struct sd__validation {
    sd__env *env;
    const sd__model *m;
    sd__part part;
    sd_result result;
} sd__validation;

static int sd__validate_visit(void *user, const char *name, int rank, const long long *shape) {
    sd__validation *v = (sd__validation *)user;
    const sd__st_tensor *t;
    v->result = sd__model_weight(v->env, v->m, v->part, name, rank, shape, &t);
    return v->result != SD_OK;
}

/* Checks the configs, builds the views and checks that every tensor the configs need is there. */
static sd_result sd__model_finish(sd__env *env, sd__model *m) {
    sd__validation v;
    sd_result r;
    int p;
    if ((r = sd__model_check_configs(env, m)) != SD_OK || (r = sd__model_build_views(env, m)) != SD_OK) return r;
    v.env = env;
    v.m = m;
    v.result = SD_OK;
    for (p = 0; p < SD__PART_COUNT; p++) {
        v.part = (sd__part)p;
        if (sd__model_expected_tensors(m, v.part, sd__validate_visit, &v)) return v.result;
    }
    return SD_OK;
}

/* --------------------------------------------------------------------------------------------
   Single-file checkpoints: inferring the configs from shapes
   -------------------------------------------------------------------------------------------- */
static const sd__st_tensor *sd__ckpt_find(const sd__st_file *f, const char *fmt, ...) SD__PRINTF(2, 3);
static const sd__st_tensor *sd__ckpt_find(const sd__st_file *f, const char *fmt, ...) {
    char name[SD__NAME_MAX];
    va_list ap;
    int n;
    va_start(ap, fmt);
    n = vsnprintf(name, sizeof name, fmt, ap);
    va_end(ap);
    return n >= 0 && n < (int)sizeof name ? sd__st_find(f, name) : NULL;
}

static int sd__ckpt_has_prefix(const sd__st_file *f, const char *prefix) {
    size_t i;
    for (i = 0; i < f->count; i++)
        if (sd__after(f->tensors[i].name, prefix)) return 1;
    return 0;
}

/* Dimension i of t, or fallback when t is absent or the value does not fit. A missing tensor is
   reported later, by name, when the inferred config is checked against the tensors. */
static int sd__dim_or(const sd__st_tensor *t, int i, int fallback) {
    if (!t || i >= t->rank || t->shape[i] > INT_MAX) return fallback;
    return (int)t->shape[i];
}

/* How many transformer blocks the LDM SpatialTransformer at prefix has. */
static int sd__ckpt_depth(const sd__st_file *f, const char *prefix) {
    int d = 0;
    while (d < 64 && sd__ckpt_find(f, "%stransformer_blocks.%d.norm1.weight", prefix, d)) d++;
    return d;
}

static void sd__infer_unet(sd__model *m) {
    const sd__st_file *f = &m->checkpoint;
    sd__unet_config *u = &m->unet;
    const sd__st_tensor *conv_in = sd__st_find(f, SD__LDM_UNET "input_blocks.0.0.weight"), *t;
    const char *mid = SD__LDM_UNET "middle_block.1.";
    char attn[SD__NAME_MAX];
    int sd2 = m->layout == SD__LAYOUT_LDM_OPENCLIP, block = 1, level, i, c0;
    memset(u, 0, sizeof *u);
    c0 = sd__dim_or(conv_in, 0, 0);
    u->in_channels = sd__dim_or(conv_in, 1, 0);
    u->out_channels = sd__dim_or(sd__st_find(f, SD__LDM_UNET "out.2.weight"), 0, u->in_channels);
    u->time_embed_dim = sd__dim_or(sd__st_find(f, SD__LDM_UNET "time_embed.0.weight"), 0, c0 <= INT_MAX / 4 ? 4 * c0 : 0);
    /* input_blocks: per level layers_per_block resnet (+ attention) blocks, then a downsampler */
    for (level = 0; level < SD__MAX_LEVELS; level++) {
        int resnets = 0;
        while ((t = sd__ckpt_find(f, SD__LDM_UNET "input_blocks.%d.0.in_layers.2.weight", block)) != NULL) {
            if (resnets++ == 0) {
                u->block_out_channels[level] = sd__dim_or(t, 0, 0);
                snprintf(attn, sizeof attn, SD__LDM_UNET "input_blocks.%d.1.", block);
                u->down_attention[level] = sd__ckpt_find(f, "%sproj_in.weight", attn) != NULL;
                if (u->down_attention[level]) u->transformer_layers[level] = sd__ckpt_depth(f, attn);
            }
            block++;
        }
        if (!resnets) break;
        if (level == 0) u->layers_per_block = resnets;
        u->levels = level + 1;
        if (!sd__ckpt_find(f, SD__LDM_UNET "input_blocks.%d.0.op.weight", block)) break;
        block++;
    }
    /* output_blocks: layers_per_block + 1 per level, deepest level first */
    for (i = 0; i < u->levels; i++) {
        level = u->levels - 1 - i;
        snprintf(attn, sizeof attn, SD__LDM_UNET "output_blocks.%d.1.", i * (u->layers_per_block + 1));
        u->up_attention[i] = sd__ckpt_find(f, "%sproj_in.weight", attn) != NULL;
        if (u->up_attention[i] && !u->transformer_layers[level]) u->transformer_layers[level] = sd__ckpt_depth(f, attn);
    }
    t = sd__ckpt_find(f, "%sproj_in.weight", mid);
    u->use_linear_projection = t && t->rank == 2;
    u->cross_attention_dim = sd__dim_or(sd__ckpt_find(f, "%stransformer_blocks.0.attn2.to_k.weight", mid), 1, 768);
    if (u->levels && !u->transformer_layers[u->levels - 1]) u->transformer_layers[u->levels - 1] = sd__ckpt_depth(f, mid);
    for (level = 0; level < u->levels; level++) {
        int c = u->block_out_channels[level];
        if (!u->transformer_layers[level]) u->transformer_layers[level] = 1;
        /* SD 1 configs say 8 heads everywhere; SD 2 ones use 64-wide heads */
        u->heads[level] = sd2 ? (c % 64 ? 0 : c / 64) : 8;
    }
    /* what diffusers uses for single files: SD 1.5's config, or SD 2.1's (768 px, upcast) */
    u->sample_size = sd2 ? 96 : 64;
    u->upcast_attention = sd2;
    u->norm_num_groups = 32;
    u->norm_eps = 1e-5f;
    u->flip_sin_to_cos = 1;
}

static void sd__infer_vae(sd__model *m) {
    const sd__st_file *f = &m->checkpoint;
    sd__vae_config *v = &m->vae;
    const sd__st_tensor *t;
    int i;
    memset(v, 0, sizeof *v);
    v->in_channels = sd__dim_or(sd__st_find(f, SD__LDM_VAE "encoder.conv_in.weight"), 1, 3);
    while (v->levels < SD__MAX_LEVELS &&
           (t = sd__ckpt_find(f, SD__LDM_VAE "encoder.down.%d.block.0.conv1.weight", v->levels)) != NULL)
        v->block_out_channels[v->levels++] = sd__dim_or(t, 0, 0);
    while (v->layers_per_block < 64 && sd__ckpt_find(f, SD__LDM_VAE "encoder.down.0.block.%d.conv1.weight", v->layers_per_block))
        v->layers_per_block++;
    v->latent_channels = sd__dim_or(sd__st_find(f, SD__LDM_VAE "decoder.conv_in.weight"), 1, 4);
    v->out_channels = sd__dim_or(sd__st_find(f, SD__LDM_VAE "decoder.conv_out.weight"), 0, v->in_channels);
    v->use_quant_conv = sd__st_find(f, SD__LDM_VAE "quant_conv.weight") != NULL;
    v->use_post_quant_conv = sd__st_find(f, SD__LDM_VAE "post_quant_conv.weight") != NULL;
    v->mid_block_add_attention = sd__st_find(f, SD__LDM_VAE "encoder.mid.attn_1.q.weight") != NULL;
    v->norm_num_groups = 32;
    v->scaling_factor = 0.18215f;
    v->sample_size = m->unet.sample_size; /* the image side: the latent side times 2 per VAE level */
    for (i = 1; i < v->levels && v->sample_size <= SD__MAX_CHANNELS; i++) v->sample_size *= 2;
}

static void sd__infer_text(sd__model *m) {
    const sd__st_file *f = &m->checkpoint;
    sd__text_config *c = &m->text;
    const sd__st_tensor *tokens, *positions, *fc1;
    memset(c, 0, sizeof *c);
    if (m->layout == SD__LAYOUT_LDM_OPENCLIP) {
        tokens = sd__st_find(f, SD__LDM_OPENCLIP "token_embedding.weight");
        positions = sd__st_find(f, SD__LDM_OPENCLIP "positional_embedding");
        fc1 = sd__st_find(f, SD__LDM_OPENCLIP "transformer.resblocks.0.mlp.c_fc.weight");
        while (c->num_hidden_layers < SD__MAX_LAYERS &&
               sd__ckpt_find(f, SD__LDM_OPENCLIP "transformer.resblocks.%d.ln_1.weight", c->num_hidden_layers))
            c->num_hidden_layers++;
        c->num_hidden_layers--; /* SD 2 conditions on the penultimate layer: diffusers' config has 23 of 24 */
    } else {
        const char *p = sd__st_find(f, SD__LDM_CLIP "text_model.embeddings.token_embedding.weight") ? SD__LDM_CLIP "text_model."
                                                                                                      : SD__LDM_CLIP;
        tokens = sd__ckpt_find(f, "%sembeddings.token_embedding.weight", p);
        positions = sd__ckpt_find(f, "%sembeddings.position_embedding.weight", p);
        fc1 = sd__ckpt_find(f, "%sencoder.layers.0.mlp.fc1.weight", p);
        while (c->num_hidden_layers < SD__MAX_LAYERS &&
               sd__ckpt_find(f, "%sencoder.layers.%d.self_attn.q_proj.weight", p, c->num_hidden_layers))
            c->num_hidden_layers++;
        c->quick_gelu = 1;
    }
    c->vocab_size = sd__dim_or(tokens, 0, 0);
    c->hidden_size = sd__dim_or(tokens, 1, 0);
    c->max_position_embeddings = sd__dim_or(positions, 0, 77);
    c->intermediate_size = sd__dim_or(fc1, 0, c->hidden_size <= INT_MAX / 4 ? 4 * c->hidden_size : 0);
    c->num_attention_heads = c->hidden_size % 64 ? 0 : c->hidden_size / 64; /* 64-wide heads in SD 1 and 2 */
    c->layer_norm_eps = 1e-5f;
}

/* Applies a sidecar's object for part over the inferred config. */
static sd_result sd__apply_sidecar(sd__env *env, sd__model *m, sd__part part, const sd__json *sidecar, const char *path) {
    const sd__json *obj = sd__json_get(sidecar, sd__part_names[part]);
    sd_result r;
    if (!obj) return SD_OK;
    if ((r = sd__config_read(env, m, part, obj)) != SD_OK) {
        char context[1024];
        snprintf(context, sizeof context, "'%s', \"%s\"", path, sd__part_names[part]);
        sd__fail_context(env, context);
    }
    return r;
}

/* m->checkpoint holds the single file's tensors; sidecar (or NULL) the overrides read from path. */
static sd_result sd__model_from_checkpoint(sd__env *env, sd__model *m, const sd__json *sidecar, const char *sidecar_path) {
    const sd__st_file *f = &m->checkpoint;
    sd_result r;
    if (!sd__st_find(f, SD__LDM_UNET "input_blocks.0.0.weight"))
        return sd__fail(env, SD_ERR_MODEL_MISMATCH,
                        "not a Stable Diffusion checkpoint: it has no '" SD__LDM_UNET "input_blocks.0.0.weight'");
    if (sd__ckpt_has_prefix(f, SD__LDM_UNET "label_emb"))
        return sd__fail(env, SD_ERR_UNSUPPORTED, "UNets with class or added embeddings (label_emb) are not supported");
    if (sd__st_find(f, SD__LDM_OPENCLIP "token_embedding.weight")) m->layout = SD__LAYOUT_LDM_OPENCLIP;
    else if (sd__st_find(f, SD__LDM_CLIP "text_model.embeddings.token_embedding.weight") ||
             sd__st_find(f, SD__LDM_CLIP "embeddings.token_embedding.weight"))
        m->layout = SD__LAYOUT_LDM_CLIP;
    else
        return sd__fail(env, SD_ERR_MODEL_MISMATCH, "no text encoder: expected '" SD__LDM_CLIP "*' (SD 1) or '" SD__LDM_OPENCLIP
                        "*' (SD 2) tensors");
    if (!sd__st_find(f, SD__LDM_VAE "encoder.conv_in.weight"))
        return sd__fail(env, SD_ERR_MODEL_MISMATCH, "no VAE: the checkpoint has no '" SD__LDM_VAE "encoder.conv_in.weight'");
    /* the VAE's default sample size follows the UNet's, so each part is final before the next */
    sd__infer_unet(m);
    if ((r = sd__apply_sidecar(env, m, SD__PART_UNET, sidecar, sidecar_path)) != SD_OK) return r;
    sd__infer_vae(m);
    if ((r = sd__apply_sidecar(env, m, SD__PART_VAE, sidecar, sidecar_path)) != SD_OK) return r;
    sd__infer_text(m);
    if ((r = sd__apply_sidecar(env, m, SD__PART_TEXT, sidecar, sidecar_path)) != SD_OK) return r;
    m->scheduler = sd__json_get(sidecar, "scheduler");
    return sd__model_finish(env, m);
}

/* Reads and parses a small JSON file that must hold an object. */
static sd_result sd__read_json_object(sd__env *env, const char *path, sd__json_doc *doc) {
    char *text;
    size_t size;
    sd_result r = sd__read_file(env, path, 1u << 24, &text, &size);
    if (r != SD_OK) return r;
    r = sd__json_parse(env, text, size, doc);
    sd__free(env, text);
    if (r == SD_OK && doc->nodes[0].type != SD__JSON_OBJECT) {
        sd__json_free(env, doc);
        r = sd__fail(env, SD_ERR_MODEL_FORMAT, "not a JSON object");
    }
    if (r != SD_OK) sd__fail_context(env, path);
    return r;
}

/* <checkpoint without .safetensors>.json, when it exists, into m->config_doc. */
static sd_result sd__load_sidecar(sd__env *env, const char *checkpoint_path, sd__model *m, char **sidecar_path) {
    static const char *const keys[] = {"unet", "vae", "text_encoder", "scheduler"};
    static const char suffix[] = ".safetensors";
    size_t n = strlen(checkpoint_path), keep = n, k;
    const sd__json *c;
    char *path;
    sd_result r;
    if (n >= sizeof suffix - 1 && strcmp(checkpoint_path + n - (sizeof suffix - 1), suffix) == 0) keep = n - (sizeof suffix - 1);
    *sidecar_path = path = (char *)sd__malloc(env, keep + 6);
    if (!path) return sd__oom(env);
    memcpy(path, checkpoint_path, keep);
    memcpy(path + keep, ".json", 6);
    if (!sd__is_file(path)) return SD_OK;
    if ((r = sd__read_json_object(env, path, &m->config_doc)) != SD_OK) return r;
    for (c = m->config_doc.nodes[0].child; c; c = c->next) {
        for (k = 0; k < SD__COUNT(keys) && strcmp(c->key, keys[k]) != 0; k++) {}
        if (k == SD__COUNT(keys))
            return sd__fail(env, SD_ERR_MODEL_FORMAT, "'%s': unknown key '%s' (expected unet, vae, text_encoder, scheduler)",
                            path, c->key);
        if (c->type != SD__JSON_OBJECT) return sd__fail(env, SD_ERR_MODEL_FORMAT, "'%s': '%s' must be an object", path, c->key);
    }
    return SD_OK;
}

static sd_result sd__model_open_checkpoint(sd__env *env, const char *path, sd__model *m) {
    char *sidecar_path = NULL;
    sd_result r;
    if ((r = sd__st_open(env, path, &m->checkpoint)) == SD_OK && (r = sd__load_sidecar(env, path, m, &sidecar_path)) == SD_OK)
        r = sd__model_from_checkpoint(env, m, m->config_doc.nodes, sidecar_path);
    sd__free(env, sidecar_path);
    return r;
}

/* --------------------------------------------------------------------------------------------
   Diffusers folders
   -------------------------------------------------------------------------------------------- */
static sd_result sd__open_folder_part(sd__env *env, const char *dir, sd__part part, sd__model *m) {
    static const char *const weight_files[] = {"diffusion_pytorch_model.safetensors", "model.safetensors",
                                               "diffusion_pytorch_model.fp16.safetensors", "model.fp16.safetensors"};
    char *part_dir = sd__path_join(env, dir, sd__part_names[part]), *config = NULL, *weights = NULL;
    sd__json_doc doc;
    sd_result r = SD_OK;
    size_t i;
    memset(&doc, 0, sizeof doc);
    if (!part_dir || !(config = sd__path_join(env, part_dir, "config.json"))) r = sd__oom(env);
    else if (!sd__is_dir(part_dir)) r = sd__fail(env, SD_ERR_IO, "the diffusers folder '%s' has no %s/ folder", dir, sd__part_names[part]);
    else if (!sd__is_file(config)) r = sd__fail(env, SD_ERR_IO, "'%s' is missing", config);
    else if ((r = sd__read_json_object(env, config, &doc)) == SD_OK && (r = sd__config_read(env, m, part, doc.nodes)) != SD_OK)
        sd__fail_context(env, config);
    for (i = 0; r == SD_OK && i < SD__COUNT(weight_files); i++) {
        if (!(weights = sd__path_join(env, part_dir, weight_files[i]))) r = sd__oom(env);
        else if (sd__is_file(weights)) break;
        sd__free(env, weights);
        weights = NULL;
    }
    if (r == SD_OK && !weights)
        r = sd__fail(env, SD_ERR_IO, "'%s' has no diffusion_pytorch_model.safetensors or model.safetensors (nor .fp16 "
                     "variant); other weight formats are not supported", part_dir);
    if (r == SD_OK) r = sd__st_open(env, weights, &m->part_files[part]);
    sd__json_free(env, &doc);
    sd__free(env, weights);
    sd__free(env, config);
    sd__free(env, part_dir);
    return r;
}

/* path/sub when that file exists (*out NULL when not). */
static sd_result sd__optional_file(sd__env *env, const char *dir, const char *sub, char **out) {
    *out = sd__path_join(env, dir, sub);
    if (!*out) return sd__oom(env);
    if (!sd__is_file(*out)) {
        sd__free(env, *out);
        *out = NULL;
    }
    return SD_OK;
}

static sd_result sd__model_open_folder(sd__env *env, const char *dir, sd__model *m) {
    char *scheduler;
    sd_result r;
    int p;
    m->layout = SD__LAYOUT_DIFFUSERS;
    sd__config_defaults(m);
    for (p = 0; p < SD__PART_COUNT; p++)
        if ((r = sd__open_folder_part(env, dir, (sd__part)p, m)) != SD_OK) return r;
    if ((r = sd__optional_file(env, dir, "scheduler/scheduler_config.json", &scheduler)) != SD_OK) return r;
    if (scheduler) {
        r = sd__read_json_object(env, scheduler, &m->config_doc);
        sd__free(env, scheduler);
        if (r != SD_OK) return r;
        m->scheduler = m->config_doc.nodes;
    }
    if ((r = sd__optional_file(env, dir, "tokenizer/vocab.json", &m->vocab_path)) != SD_OK ||
        (r = sd__optional_file(env, dir, "tokenizer/merges.txt", &m->merges_path)) != SD_OK)
        return r;
    if (!m->vocab_path || !m->merges_path) { /* one without the other is no tokenizer */
        sd__free(env, m->vocab_path);
        sd__free(env, m->merges_path);
        m->vocab_path = m->merges_path = NULL;
    }
    return sd__model_finish(env, m);
}

/* --------------------------------------------------------------------------------------------
   Opening and closing
   -------------------------------------------------------------------------------------------- */
static void sd__model_close(sd__env *env, sd__model *m) {
    int p;
    for (p = 0; p < SD__PART_COUNT; p++) {
        sd__st_close(env, &m->part_files[p]);
        sd__free(env, m->views[p]);
    }
    sd__st_close(env, &m->checkpoint);
    sd__free(env, m->names);
    sd__json_free(env, &m->config_doc);
    sd__free(env, m->vocab_path);
    sd__free(env, m->merges_path);
    memset(m, 0, sizeof *m);
}

/* Opens a single .safetensors checkpoint or a diffusers folder; on failure m holds nothing. */
static sd_result sd__model_open(sd__env *env, const char *path, sd__model *m) {
    sd_result r;
    memset(m, 0, sizeof *m);
    if (!path) return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "no model path");
    if (sd__is_dir(path)) r = sd__model_open_folder(env, path, m);
    else if (sd__is_file(path)) r = sd__model_open_checkpoint(env, path, m);
    else r = sd__fail(env, SD_ERR_IO, "model '%s' not found (expected a .safetensors checkpoint or a diffusers folder)", path);
    if (r != SD_OK) sd__model_close(env, m);
    return r;
}

/* ---- src/08_backend.c ---- */
/* ============================================================================================
   Tensors and the backend interface
   ============================================================================================ */
/* Models are written once against this op table. Every activation is NHWC (channels last):
   element (n, y, x, c) of a tensor lives at ((n * h + y) * w + x) * c + c. A token sequence
   [batch, length, channels] is the tensor n = batch, h = 1, w = length, c = channels, so the
   transformer blocks of the UNet read the conv activations without any layout change.

   Ops don't return errors: a backend keeps the first failure in `status` (with the message in its
   env) and turns every later op into a no-op, so a forward pass checks once, at its end. */
typedef enum sd__dtype { SD__F32 = 0, SD__F16, SD__BF16 } sd__dtype;

typedef struct sd__tensor {
    void *data;      /* backend memory (host memory on the CPU backend) */
    sd__dtype dtype;
    int n, h, w, c;
} sd__tensor;

typedef enum sd__activation { SD__ACT_SILU, SD__ACT_GELU, SD__ACT_QUICK_GELU } sd__activation;

/* Weights as the model hands them to a backend: float32 in PyTorch's layout. Conv weights are
   [out, in, kh, kw]; linear weights [out, in]. The backend stores them as it prefers. */
typedef enum sd__weight_kind { SD__W_VECTOR, SD__W_LINEAR, SD__W_CONV, SD__W_EMBEDDING } sd__weight_kind;

typedef struct sd__backend sd__backend;
typedef struct sd__backend_ops {
    const char *name;
    void (*destroy)(sd__backend *b);
    /* Activations: alloc fills t->data for the shape in t (status set on failure). */
    void (*alloc)(sd__backend *b, sd__tensor *t);
    void (*release)(sd__backend *b, sd__tensor *t);
    /* Weights: from float32 host data in PyTorch layout (see sd__weight_kind). For SD__W_CONV the
       shape is n = out, h = kh, w = kw, c = in; SD__W_LINEAR and SD__W_EMBEDDING are n=1, h=1,
       w = rows (out), c = cols (in); SD__W_VECTOR is n=h=w=1, c = length. */
    void (*upload_weight)(sd__backend *b, sd__weight_kind kind, const float *src, sd__tensor *dst);
    /* Host <-> activation copies of float32 NHWC data. */
    void (*write)(sd__backend *b, sd__tensor *dst, const float *src);
    void (*read)(sd__backend *b, const sd__tensor *src, float *dst);

    /* y = conv(x, w) + bias (+ residual). k = w->h = w->w in {1, 3}; pad = k / 2. The output size
       is floor((H + 2 pad - k) / stride) + 1. bias and residual may be NULL. */
    void (*conv2d)(sd__backend *b, const sd__tensor *x, const sd__tensor *w, const sd__tensor *bias,
                   const sd__tensor *residual, int stride, sd__tensor *y);
    /* y[r, :] = x[r, :] W^T + bias (+ residual[r, :]) over all rows r of x (n * h * w rows of
       c = in features). bias and residual may be NULL. */
    void (*linear)(sd__backend *b, const sd__tensor *x, const sd__tensor *w, const sd__tensor *bias,
                   const sd__tensor *residual, sd__tensor *y);
    /* Per-sample group norm over (h, w, c / groups), then affine, then SiLU when silu != 0. */
    void (*group_norm)(sd__backend *b, const sd__tensor *x, const sd__tensor *gamma, const sd__tensor *beta,
                       int groups, float eps, int silu, sd__tensor *y);
    /* Layer norm over c for every row. */
    void (*layer_norm)(sd__backend *b, const sd__tensor *x, const sd__tensor *gamma, const sd__tensor *beta,
                       float eps, sd__tensor *y);
    /* q [B, Lq, heads * d], k and v [B, Lk, heads * d] (as n = B, h = 1, w = L):
       y = softmax(q k^T / sqrt(d)) v per head, with a causal mask when causal != 0.
       heads_per_pass > 0 computes that many heads at a time (attention slicing); 0: all at once. */
    void (*attention)(sd__backend *b, const sd__tensor *q, const sd__tensor *k, const sd__tensor *v, int heads,
                      int causal, int heads_per_pass, sd__tensor *y);
    void (*activation)(sd__backend *b, const sd__tensor *x, sd__activation act, sd__tensor *y);
    /* x [.., 2N] -> y [.., N] = x[.., :N] * gelu(x[.., N:]) */
    void (*geglu)(sd__backend *b, const sd__tensor *x, sd__tensor *y);
    /* y = alpha * a + beta * b; b has a's shape, or is [a.n, 1, 1, a.c] and is broadcast. */
    void (*add)(sd__backend *b, const sd__tensor *a, const sd__tensor *bt, float alpha, float beta, sd__tensor *y);
    /* Nearest-neighbour resize to y's (h, w) (2x for SD; other sizes when a skip needs them). */
    void (*upsample)(sd__backend *b, const sd__tensor *x, sd__tensor *y);
    /* y = [a, b] along channels. */
    void (*concat)(sd__backend *b, const sd__tensor *a, const sd__tensor *bt, sd__tensor *y);
    /* y [n, 1, 1, dim]: sinusoidal embedding of timesteps[n] (diffusers' get_timestep_embedding). */
    void (*timestep_embedding)(sd__backend *b, const float *timesteps, int flip_sin_to_cos, float freq_shift,
                               sd__tensor *y);
} sd__backend_ops;

struct sd__backend {
    const sd__backend_ops *ops;
    sd__env *env;          /* error messages and host allocation */
    sd_result status;      /* first failure; ops are no-ops once set */
    size_t bytes_in_use;   /* backend memory held now (weights and activations) */
    size_t peak_bytes;
};

static size_t sd__tensor_count(const sd__tensor *t) {
    return (size_t)t->n * (size_t)t->h * (size_t)t->w * (size_t)t->c;
}

/* Checked element count for a shape: 0 (with status set) when a side is <= 0 or it overflows. */
static size_t sd__shape_count(sd__backend *b, int n, int h, int w, int c) {
    size_t count = 1;
    if (n <= 0 || h <= 0 || w <= 0 || c <= 0 || !sd__mul_size(count, (size_t)n, &count) ||
        !sd__mul_size(count, (size_t)h, &count) || !sd__mul_size(count, (size_t)w, &count) ||
        !sd__mul_size(count, (size_t)c, &count) || !sd__mul_size(count, sizeof(float), &count)) {
        if (!b->status) b->status = sd__fail(b->env, SD_ERR_OUT_OF_MEMORY, "tensor [%d, %d, %d, %d] is too large", n, h, w, c);
        return 0;
    }
    return count / sizeof(float);
}

/* Records an op failure once. */
static void sd__backend_fail(sd__backend *b, sd_result code, const char *what) {
    if (b->status) return;
    b->status = sd__fail(b->env, code, "%s backend: %s", b->ops->name, what);
}

/* A new activation tensor (data NULL and status set if allocation failed). */
static sd__tensor sd__t_new(sd__backend *b, int n, int h, int w, int c) {
    sd__tensor t;
    memset(&t, 0, sizeof t);
    t.n = n; t.h = h; t.w = w; t.c = c;
    if (!b->status && sd__shape_count(b, n, h, w, c)) b->ops->alloc(b, &t);
    return t;
}

static void sd__t_drop(sd__backend *b, sd__tensor *t) {
    if (t->data) b->ops->release(b, t);
    t->data = NULL;
}

/* ---- src/14_sched.c ---- */
/* ============================================================================================
   Schedulers and RNG: PyTorch's CPU (mt19937) and CUDA (Philox) randn on the host, and
   diffusers' DDIM, PNDM, LMS, Euler, Euler ancestral and DPM++ 2M schedulers
   ============================================================================================ */

/* --------------------------------------------------------------------------------------------
   torch.randn, bit for bit. One generator object holds either a CPU or a CUDA generator; its
   state carries over between calls exactly as a torch.Generator's does, so the initial latents
   and euler_a's per-step noise come out as diffusers draws them from one generator.
   -------------------------------------------------------------------------------------------- */
#define SD__MT_N 624
#define SD__MT_M 397

typedef struct sd__torch_rng {
    sd_rng mode;                  /* SD_RNG_CPU or SD_RNG_CUDA */
    /* CPU: torch's mt19937 and the Box-Muller sample its scalar path keeps for the next call */
    uint32_t mt[SD__MT_N];
    int mt_next;
    int has_cached_normal;
    double cached_normal;
    /* CUDA: Philox4x32-10 key and torch's per-thread counter offset */
    uint64_t seed;
    uint64_t philox_offset;
    /* CUDA launch width: torch caps randn's grid at (SM count * max threads per SM / 256) blocks
       of 256 threads, and the numbers depend on it once a tensor has more elements than the
       grid has threads. 0 (what seeding sets) assumes a GPU large enough for one thread per
       element, as every current GPU is for a 512x512 latent; set a GPU's cap after seeding to
       match it beyond that. */
    uint32_t cuda_max_blocks;
} sd__torch_rng;

/* torch.Generator("cpu").manual_seed(seed): mt19937 seeded with the low 32 bits (Knuth's
   initialisation), and no cached normal sample. */
static void sd__rng_cpu_seed(sd__torch_rng *r, uint64_t seed) {
    int i;
    memset(r, 0, sizeof *r);
    r->mode = SD_RNG_CPU;
    r->seed = seed;
    r->mt[0] = (uint32_t)(seed & 0xFFFFFFFFu);
    for (i = 1; i < SD__MT_N; i++) r->mt[i] = 1812433253u * (r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) + (uint32_t)i;
    r->mt_next = SD__MT_N; /* the first draw regenerates the whole state */
}

/* torch.Generator("cuda").manual_seed(seed): the Philox key is the seed, the offset starts at 0. */
static void sd__rng_cuda_seed(sd__torch_rng *r, uint64_t seed) {
    memset(r, 0, sizeof *r);
    r->mode = SD_RNG_CUDA;
    r->seed = seed;
}

static uint32_t sd__mt_next(sd__torch_rng *r) {
    uint32_t y;
    if (r->mt_next >= SD__MT_N) {
        int k;
        for (k = 0; k < SD__MT_N; k++) {
            uint32_t v = (r->mt[k] & 0x80000000u) | (r->mt[(k + 1) % SD__MT_N] & 0x7FFFFFFFu);
            r->mt[k] = r->mt[(k + SD__MT_M) % SD__MT_N] ^ (v >> 1) ^ ((v & 1u) ? 0x9908B0DFu : 0u);
        }
        r->mt_next = 0;
    }
    y = r->mt[r->mt_next++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9D2C5680u;
    y ^= (y << 15) & 0xEFC60000u;
    y ^= y >> 18;
    return y;
}

/* A float in [0, 1) from the low 24 bits of one draw (torch's uniform_real_distribution<float>). */
static float sd__mt_uniform_float(sd__torch_rng *r) { return (float)(sd__mt_next(r) & 0xFFFFFFu) * (1.0f / 16777216.0f); }

/* A double in [0, 1) from the low 53 bits of two draws, the first one high (random64()). */
static double sd__mt_uniform_double(sd__torch_rng *r) {
    uint64_t hi = sd__mt_next(r), lo = sd__mt_next(r);
    return (double)(((hi << 32) | lo) & ((1ull << 53) - 1)) * (1.0 / 9007199254740992.0);
}

/* torch's normal_distribution<double>: Box-Muller on two doubles; the sine half is kept for the
   next value, even across calls, until the generator is reseeded. */
static float sd__mt_normal_scalar(sd__torch_rng *r) {
    double u1, u2, radius, theta;
    if (r->has_cached_normal) {
        r->has_cached_normal = 0;
        return (float)r->cached_normal;
    }
    u1 = sd__mt_uniform_double(r);
    u2 = sd__mt_uniform_double(r);
    radius = sqrt(-2.0 * log1p(-u2));
    theta = 2.0 * 3.14159265358979323846 * u1;
    r->cached_normal = radius * sin(theta);
    r->has_cached_normal = 1;
    return (float)(radius * cos(theta));
}

/* torch's normal_fill_16 in float: the first 8 uniforms give the radii, the next 8 the angles. */
static void sd__normal_fill_16(float *data) {
    int j;
    for (j = 0; j < 8; j++) {
        float radius = sqrtf(-2.0f * logf(1.0f - data[j]));
        float theta = 6.28318548202514648f * data[j + 8]; /* float(2 pi) times u, rounded to float */
        data[j] = radius * cosf(theta);
        data[j + 8] = radius * sinf(theta);
    }
}

static void sd__randn_cpu(sd__torch_rng *r, float *out, size_t n) {
    size_t i;
    if (n < 16) { /* torch's scalar path (and the path of any non-contiguous tensor) */
        for (i = 0; i < n; i++) out[i] = sd__mt_normal_scalar(r);
        return;
    }
    /* the vectorized path: all uniforms first, Box-Muller in blocks of 16; a partial last block
       is redone on the last 16 positions with 16 fresh uniforms */
    for (i = 0; i < n; i++) out[i] = sd__mt_uniform_float(r);
    for (i = 0; i + 16 <= n; i += 16) sd__normal_fill_16(out + i);
    if (n % 16) {
        float *tail = out + n - 16;
        for (i = 0; i < 16; i++) tail[i] = sd__mt_uniform_float(r);
        sd__normal_fill_16(tail);
    }
}

/* Philox4x32-10 block function (Salmon et al., as curand implements it). */
static void sd__philox(const uint32_t counter[4], uint64_t key64, uint32_t out[4]) {
    uint32_t c0 = counter[0], c1 = counter[1], c2 = counter[2], c3 = counter[3];
    uint32_t k0 = (uint32_t)key64, k1 = (uint32_t)(key64 >> 32);
    int round;
    for (round = 0; round < 10; round++) {
        uint64_t p0 = (uint64_t)0xD2511F53u * c0, p1 = (uint64_t)0xCD9E8D57u * c2;
        uint32_t n0 = (uint32_t)(p1 >> 32) ^ c1 ^ k0, n2 = (uint32_t)(p0 >> 32) ^ c3 ^ k1;
        c1 = (uint32_t)p1;
        c3 = (uint32_t)p0;
        c0 = n0;
        c2 = n2;
        k0 += 0x9E3779B9u;
        k1 += 0xBB67AE85u;
    }
    out[0] = c0;
    out[1] = c1;
    out[2] = c2;
    out[3] = c3;
}

/* curand's Box-Muller for one pair of 32-bit draws: (sin, cos) times the radius. nvcc fuses the
   uniforms' multiply-adds. The angle goes through __sincosf, which scales it to revolutions with
   a float multiply rounded toward zero, then approximates sin and cos of 2 pi t in hardware to
   about 2^-22: that rounding is reproduced and the rest computed exactly, which leaves a few
   values 1-2 float ulps from the GPU's. */
static void sd__curand_box_muller(uint32_t x, uint32_t y, float *first, float *second) {
    float u = fmaf((float)x, 2.3283064e-10f, 2.3283064e-10f / 2.0f);
    float v = fmaf((float)y, 2.3283064e-10f * 6.2831855f, (2.3283064e-10f * 6.2831855f) / 2.0f);
    float s = sqrtf(-2.0f * logf(u));
    double exact = (double)v * (double)0.15915494f; /* a float product is exact in double */
    float turns = (float)exact;
    if (turns > exact) turns = nextafterf(turns, 0.0f);
    *first = (float)sin(6.283185307179586 * turns) * s;
    *second = (float)cos(6.283185307179586 * turns) * s;
}

/* torch's CUDA randn: a grid-stride kernel of `threads` threads; thread t runs curand_init(seed,
   subsequence t, offset) and each of its curand_normal4 calls fills elements t + threads * k
   for k = 4 j .. 4 j + 3 (j-th call). The generator's offset then moves on by 4 per call made. */
static void sd__randn_cuda(sd__torch_rng *r, float *out, size_t n) {
    uint64_t blocks = ((uint64_t)n + 255) / 256, threads, calls, t, j;
    if (r->cuda_max_blocks && blocks > r->cuda_max_blocks) blocks = r->cuda_max_blocks;
    threads = blocks * 256;
    calls = ((uint64_t)n - 1) / (threads * 4) + 1;
    for (t = 0; t < threads && t < n; t++) {
        for (j = 0; j < calls; j++) {
            uint32_t counter[4], bits[4];
            float normal[4];
            uint64_t block_index = r->philox_offset / 4 + j;
            int k;
            counter[0] = (uint32_t)block_index;
            counter[1] = (uint32_t)(block_index >> 32);
            counter[2] = (uint32_t)t;
            counter[3] = (uint32_t)(t >> 32);
            sd__philox(counter, r->seed, bits);
            sd__curand_box_muller(bits[0], bits[1], &normal[0], &normal[1]);
            sd__curand_box_muller(bits[2], bits[3], &normal[2], &normal[3]);
            for (k = 0; k < 4; k++) {
                uint64_t e = t + threads * (4 * j + (uint64_t)k);
                if (e < n) out[e] = normal[k];
            }
        }
    }
    r->philox_offset += calls * 4;
}

/* One torch.randn call of n values (any shape: only the element count matters). */
static void sd__randn(sd__torch_rng *r, float *out, size_t n) {
    if (n == 0) return;
    if (r->mode == SD_RNG_CUDA) sd__randn_cuda(r, out, n);
    else sd__randn_cpu(r, out, n);
}

/* --------------------------------------------------------------------------------------------
   Scheduler configuration (diffusers' scheduler_config.json)
   -------------------------------------------------------------------------------------------- */
typedef enum sd__beta_schedule { SD__BETA_LINEAR, SD__BETA_SCALED_LINEAR, SD__BETA_SQUAREDCOS_CAP_V2 } sd__beta_schedule;
typedef enum sd__prediction { SD__PREDICT_EPSILON, SD__PREDICT_V, SD__PREDICT_SAMPLE } sd__prediction;
/* SD__SPACING_DEFAULT: the sampler class's own default ('leading' for DDIM and PNDM, 'linspace'
   for the others). */
typedef enum sd__spacing { SD__SPACING_DEFAULT, SD__SPACING_LEADING, SD__SPACING_TRAILING, SD__SPACING_LINSPACE } sd__spacing;

typedef struct sd__sched_config {
    /* the model's noise schedule */
    int num_train_timesteps;
    double beta_start, beta_end;
    sd__beta_schedule beta_schedule;
    sd__prediction prediction_type;
    int steps_offset;
    int set_alpha_to_one;       /* DDIM, PNDM: the alpha after the last step is 1 (else alphas_cumprod[0]) */
    int clip_sample;            /* DDIM: clamp the predicted x0 to +-clip_sample_range */
    double clip_sample_range;
    int rescale_betas_zero_snr; /* DDIM, Euler, Euler a, DPM++ */
    int skip_prk_steps;         /* PNDM: PLMS only (else 12 Runge-Kutta steps first) */
    /* the sampler's options */
    sd__spacing timestep_spacing;
    int use_karras_sigmas;      /* LMS, Euler (DPM++ 2M Karras always, DPM++ 2M never) */
    double sigma_min, sigma_max; /* the Karras range of Euler and DPM++; 0: the schedule's own */
    int final_sigma_min;        /* final_sigmas_type "sigma_min" (Euler, DPM++); else "zero" */
    int continuous_timesteps;   /* Euler timestep_type "continuous" (with v_prediction only) */
    int solver_heun;            /* DPM++ solver_type "heun"; else "midpoint" */
    int lower_order_final;      /* DPM++: first order on the last steps when steps < 15 */
    int euler_at_final;         /* DPM++: first order on the last step */
    double lambda_min_clipped;  /* DPM++: clip the log-SNR of the last timesteps */
} sd__sched_config;

static const char *const sd__sched_class_names[SD_SAMPLER_COUNT] = {
    NULL, "DDIMScheduler", "PNDMScheduler", "LMSDiscreteScheduler", "EulerDiscreteScheduler",
    "EulerAncestralDiscreteScheduler", "DPMSolverMultistepScheduler", "DPMSolverMultistepScheduler"};

static sd_sampler sd__sched_resolve_sampler(sd_sampler sampler) {
    return sampler == SD_SAMPLER_DEFAULT ? SD_DEFAULT_SAMPLER : sampler;
}

/* diffusers' constructor defaults of the sampler's class (what from_config uses for absent keys). */
static void sd__sched_class_defaults(sd__sched_config *c, sd_sampler sampler) {
    memset(c, 0, sizeof *c);
    c->num_train_timesteps = 1000;
    c->beta_start = 0.0001;
    c->beta_end = 0.02;
    c->beta_schedule = SD__BETA_LINEAR;
    c->prediction_type = SD__PREDICT_EPSILON;
    c->set_alpha_to_one = sampler == SD_SAMPLER_DDIM;
    c->clip_sample = sampler == SD_SAMPLER_DDIM;
    c->clip_sample_range = 1.0;
    c->timestep_spacing = SD__SPACING_DEFAULT;
    c->lower_order_final = 1;
    c->lambda_min_clipped = -HUGE_VAL;
}

/* Stable Diffusion 1.x / 2.x's schedule, for checkpoints without a scheduler_config.json: SD 1.5's
   scheduler_config.json (which sets no sampler option) over the constructor defaults. */
static void sd__sched_config_default(sd__sched_config *c) {
    sd__sched_class_defaults(c, SD_SAMPLER_PNDM);
    c->beta_start = 0.00085;
    c->beta_end = 0.012;
    c->beta_schedule = SD__BETA_SCALED_LINEAR;
    c->steps_offset = 1;
    c->set_alpha_to_one = 0;
    c->clip_sample = 0;
    c->skip_prk_steps = 1;
}

/* Looks a string member up in a NULL-terminated list of names: sets *out to its index, leaves
   *out alone when the member is absent or null, or fails naming the key or the value. */
static sd_result sd__sched_json_enum(sd__env *env, const sd__json *root, const char *key, const char *const *names,
                                     int *out) {
    int ok = 1, i;
    const char *s = sd__json_get_string(root, key, &ok);
    if (!ok) return sd__fail(env, SD_ERR_MODEL_FORMAT, "scheduler config: '%s' must be a string", key);
    if (!s) return SD_OK;
    for (i = 0; names[i]; i++)
        if (strcmp(s, names[i]) == 0) {
            *out = i;
            return SD_OK;
        }
    return sd__fail(env, SD_ERR_UNSUPPORTED, "scheduler config: %s '%s' is not supported", key, s);
}

static sd_result sd__sched_json_bool(sd__env *env, const sd__json *root, const char *key, int *value) {
    if (!sd__json_get_bool(root, key, *value, value))
        return sd__fail(env, SD_ERR_MODEL_FORMAT, "scheduler config: '%s' must be true or false", key);
    return SD_OK;
}

static sd_result sd__sched_json_number(sd__env *env, const sd__json *root, const char *key, double lo, double hi,
                                       double *value) {
    if (!sd__json_get_number(root, key, *value, value))
        return sd__fail(env, SD_ERR_MODEL_FORMAT, "scheduler config: '%s' must be a number", key);
    if (!(*value >= lo && *value <= hi))
        return sd__fail(env, SD_ERR_MODEL_FORMAT, "scheduler config: '%s' is %g, outside [%g, %g]", key, *value, lo, hi);
    return SD_OK;
}

static sd_result sd__sched_json_int(sd__env *env, const sd__json *root, const char *key, long long lo, long long hi,
                                    int *value) {
    long long v;
    if (!sd__json_get_int(root, key, *value, &v))
        return sd__fail(env, SD_ERR_MODEL_FORMAT, "scheduler config: '%s' must be an integer", key);
    if (v < lo || v > hi)
        return sd__fail(env, SD_ERR_MODEL_FORMAT, "scheduler config: '%s' is %lld, outside [%lld, %lld]", key, v, lo, hi);
    *value = (int)v;
    return SD_OK;
}

/* Switches this library does not implement must be absent, null or false. */
static sd_result sd__sched_json_must_be_off(sd__env *env, const sd__json *root, const char *key) {
    int on = 0;
    sd_result r = sd__sched_json_bool(env, root, key, &on);
    if (r == SD_OK && on) return sd__fail(env, SD_ERR_UNSUPPORTED, "scheduler config: '%s' is not supported", key);
    return r;
}

/* Values this library does not implement (trained_betas, variance_type) must be absent or null. */
static sd_result sd__sched_json_must_be_null(sd__env *env, const sd__json *root, const char *key) {
    const sd__json *v = sd__json_get(root, key);
    if (v && v->type != SD__JSON_NULL) return sd__fail(env, SD_ERR_UNSUPPORTED, "scheduler config: '%s' is not supported", key);
    return SD_OK;
}

/* Reads a diffusers scheduler_config.json for the given sampler.
   RULE: keys that describe the model - the betas (num_train_timesteps, beta_start, beta_end,
   beta_schedule, trained_betas, rescale_betas_zero_snr), prediction_type, steps_offset,
   set_alpha_to_one, clip_sample, clip_sample_range and skip_prk_steps - are read whatever the
   file's "_class_name". The sampler's own options (timestep_spacing, use_karras_sigmas, sigma_min,
   sigma_max, final_sigmas_type, timestep_type, interpolation_type, solver_type,
   lower_order_final, euler_at_final, lambda_min_clipped, thresholding, ...) are read only when
   "_class_name" is the chosen sampler's class; otherwise that class's diffusers defaults apply,
   as when diffusers' Class.from_config is given a model's config without those keys (a file
   saved by PNDMScheduler says timestep_spacing "leading", which is not Euler's default).
   skip_prk_steps counts as a model key because only PNDM has it: another class's file carries
   it for PNDM's sake (Stable Diffusion 2's DDIMScheduler file says true, as diffusers honours).
   Absent keys take the chosen class's constructor defaults. DPM++ 2M and DPM++ 2M Karras are
   always algorithm "dpmsolver++" of order 2, without and with Karras sigmas. */
static sd_result sd__sched_config_from_json(sd__env *env, const sd__json *root, sd_sampler sampler, sd__sched_config *c) {
    static const char *const schedules[] = {"linear", "scaled_linear", "squaredcos_cap_v2", NULL};
    static const char *const predictions[] = {"epsilon", "v_prediction", "sample", NULL};
    static const char *const spacings[] = {"leading", "trailing", "linspace", NULL};
    static const char *const final_sigmas[] = {"zero", "sigma_min", NULL};
    static const char *const timestep_types[] = {"discrete", "continuous", NULL};
    static const char *const interpolations[] = {"linear", NULL};
    static const char *const solver_types[] = {"midpoint", "heun", NULL};
    static const char *const unsupported_switches[] = {"thresholding", "use_exponential_sigmas", "use_beta_sigmas",
                                                       "use_lu_lambdas", "use_flow_sigmas", "use_dynamic_shifting", NULL};
    const char *class_name;
    int ok = 1, own_class, e, i;
    sd_result r;
    sampler = sd__sched_resolve_sampler(sampler);
    if ((int)sampler <= 0 || sampler >= SD_SAMPLER_COUNT)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "unknown sampler %d", (int)sampler);
    if (!root || root->type != SD__JSON_OBJECT)
        return sd__fail(env, SD_ERR_MODEL_FORMAT, "scheduler config is not a JSON object");
    class_name = sd__json_get_string(root, "_class_name", &ok);
    if (!ok) return sd__fail(env, SD_ERR_MODEL_FORMAT, "scheduler config: '_class_name' must be a string");
    own_class = class_name && strcmp(class_name, sd__sched_class_names[sampler]) == 0;
    sd__sched_class_defaults(c, sampler);

    if ((r = sd__sched_json_int(env, root, "num_train_timesteps", 1, 100000, &c->num_train_timesteps)) != SD_OK) return r;
    if ((r = sd__sched_json_number(env, root, "beta_start", 0, 1, &c->beta_start)) != SD_OK) return r;
    if ((r = sd__sched_json_number(env, root, "beta_end", 0, 1, &c->beta_end)) != SD_OK) return r;
    e = -1;
    if ((r = sd__sched_json_enum(env, root, "beta_schedule", schedules, &e)) != SD_OK) return r;
    if (e >= 0) c->beta_schedule = (sd__beta_schedule)e;
    e = -1;
    if ((r = sd__sched_json_enum(env, root, "prediction_type", predictions, &e)) != SD_OK) return r;
    if (e >= 0) c->prediction_type = (sd__prediction)e;
    if ((r = sd__sched_json_int(env, root, "steps_offset", 0, 100000, &c->steps_offset)) != SD_OK) return r;
    if ((r = sd__sched_json_bool(env, root, "set_alpha_to_one", &c->set_alpha_to_one)) != SD_OK) return r;
    if ((r = sd__sched_json_bool(env, root, "clip_sample", &c->clip_sample)) != SD_OK) return r;
    if ((r = sd__sched_json_number(env, root, "clip_sample_range", 1e-30, HUGE_VAL, &c->clip_sample_range)) != SD_OK) return r;
    if ((r = sd__sched_json_bool(env, root, "rescale_betas_zero_snr", &c->rescale_betas_zero_snr)) != SD_OK) return r;
    if ((r = sd__sched_json_bool(env, root, "skip_prk_steps", &c->skip_prk_steps)) != SD_OK) return r;
    if ((r = sd__sched_json_must_be_null(env, root, "trained_betas")) != SD_OK) return r;
    if (!own_class) return SD_OK;

    for (i = 0; unsupported_switches[i]; i++)
        if ((r = sd__sched_json_must_be_off(env, root, unsupported_switches[i])) != SD_OK) return r;
    if ((r = sd__sched_json_must_be_null(env, root, "variance_type")) != SD_OK) return r;
    e = -1;
    if ((r = sd__sched_json_enum(env, root, "timestep_spacing", spacings, &e)) != SD_OK) return r;
    if (e >= 0) c->timestep_spacing = (sd__spacing)(e + SD__SPACING_LEADING);
    if (sampler == SD_SAMPLER_LMS || sampler == SD_SAMPLER_EULER)
        if ((r = sd__sched_json_bool(env, root, "use_karras_sigmas", &c->use_karras_sigmas)) != SD_OK) return r;
    if (sampler == SD_SAMPLER_EULER) {
        e = -1;
        if ((r = sd__sched_json_enum(env, root, "timestep_type", timestep_types, &e)) != SD_OK) return r;
        if (e >= 0) c->continuous_timesteps = e;
        if ((r = sd__sched_json_enum(env, root, "interpolation_type", interpolations, &e)) != SD_OK) return r; /* check only */
    }
    if (sampler == SD_SAMPLER_EULER || sampler == SD_SAMPLER_DPMPP_2M || sampler == SD_SAMPLER_DPMPP_2M_KARRAS) {
        /* the Karras range (diffusers' LMS has none) */
        if ((r = sd__sched_json_number(env, root, "sigma_min", 0, HUGE_VAL, &c->sigma_min)) != SD_OK) return r;
        if ((r = sd__sched_json_number(env, root, "sigma_max", 0, HUGE_VAL, &c->sigma_max)) != SD_OK) return r;
        e = -1;
        if ((r = sd__sched_json_enum(env, root, "final_sigmas_type", final_sigmas, &e)) != SD_OK) return r;
        if (e >= 0) c->final_sigma_min = e;
    }
    if (sampler == SD_SAMPLER_DPMPP_2M || sampler == SD_SAMPLER_DPMPP_2M_KARRAS) {
        e = -1;
        if ((r = sd__sched_json_enum(env, root, "solver_type", solver_types, &e)) != SD_OK) return r;
        if (e >= 0) c->solver_heun = e;
        if ((r = sd__sched_json_bool(env, root, "lower_order_final", &c->lower_order_final)) != SD_OK) return r;
        if ((r = sd__sched_json_bool(env, root, "euler_at_final", &c->euler_at_final)) != SD_OK) return r;
        if ((r = sd__sched_json_number(env, root, "lambda_min_clipped", -HUGE_VAL, HUGE_VAL, &c->lambda_min_clipped)) != SD_OK)
            return r;
    }
    return SD_OK;
}

/* --------------------------------------------------------------------------------------------
   Schedules. diffusers computes them with torch float32 tensors and numpy float64 arrays; the
   helpers below repeat that arithmetic, so timesteps and sigmas come out as diffusers' do.
   -------------------------------------------------------------------------------------------- */
typedef struct sd__sched {
    sd_sampler sampler;
    sd__sched_config config;  /* with timestep_spacing resolved */
    int steps;                /* num_inference_steps */
    int count;                /* UNet evaluations: the entries of timesteps (PNDM: steps + 1) */
    float *timesteps;         /* [count] the UNet's timestep input */
    float *sigmas;            /* [count + 1] LMS, Euler, Euler a, DPM++ (the last is 0 or sigma_min); else NULL */
    float init_noise_sigma;   /* the initial noise's scale */
    float *alphas_cumprod;    /* [num_train_timesteps] */
    float final_alpha_cumprod;
    int prk_count;            /* PNDM: the Runge-Kutta entries at the start of timesteps */
    int begin, next;          /* the first step run (img2img) and the step expected next */
    size_t n;                 /* elements of the latent batch */
    float *buffers;           /* the one allocation behind the n-element buffers below */
    float *history[4];        /* PNDM model outputs, LMS derivatives, DPM++ x0 predictions; oldest first */
    int history_count;
    float *cur_sample;        /* PNDM: the sample the next step starts from */
    float *cur_model_output;  /* PNDM: the Runge-Kutta sum */
    int has_cur_sample;
    float *noise;             /* Euler a: this step's noise */
    int lower_order_nums;     /* DPM++: steps taken so far, up to the solver order */
} sd__sched;

/* numpy's round(): to nearest, ties to even. */
static double sd__np_round(double x) { return nearbyint(x); }

/* numpy.linspace(start, stop, num) in float64. */
static void sd__np_linspace(double start, double stop, int num, double *out) {
    double step = num > 1 ? (stop - start) / (double)(num - 1) : 0;
    int i;
    for (i = 0; i < num; i++) out[i] = (double)i * step + start;
    if (num > 1) out[num - 1] = stop;
}

/* numpy.arange(start, 0, -step) in float64: ceil(start / step) values, start + i * d where d is
   the rounded (start - step) - start. Returns the count, at most cap. */
static int sd__np_arange_down(double start, double step, double *out, int cap) {
    double len = ceil((0.0 - start) / -step), d = (start - step) - start;
    int i, count = len > (double)cap ? cap : (len < 0 ? 0 : (int)len);
    for (i = 0; i < count; i++) out[i] = i == 0 ? start : start + (double)i * d;
    return count;
}

/* numpy.interp(x, arange(len(fp)), fp). */
static double sd__np_interp(double x, const float *fp, int len) {
    int j;
    if (!(x > 0)) return fp[0];
    if (x >= (double)(len - 1)) return fp[len - 1];
    j = (int)floor(x);
    if ((double)j == x) return fp[j];
    return ((double)fp[j + 1] - (double)fp[j]) * (x - (double)j) + (double)fp[j];
}

/* diffusers' _sigma_to_t: the fractional timestep whose log-sigma interpolates to log(sigma),
   with log_sigmas a float32 table as numpy holds it. */
static double sd__sigma_to_t(double sigma, const float *log_sigmas, int len) {
    double log_sigma = log(sigma > 1e-10 ? sigma : 1e-10), w;
    int low = 0, j;
    for (j = 0; j < len; j++)
        if (log_sigma - (double)log_sigmas[j] >= 0) low = j;
    if (low > len - 2) low = len - 2;
    w = ((double)log_sigmas[low] - log_sigma) / (double)(log_sigmas[low] - log_sigmas[low + 1]);
    w = w < 0 ? 0 : (w > 1 ? 1 : w);
    return (1 - w) * low + w * (low + 1);
}

/* Karras et al.'s schedule: sigma_max^(1/7) to sigma_min^(1/7) in equal steps, to the 7th power. */
static void sd__karras_sigmas(double sigma_min, double sigma_max, int num, double *out) {
    double min_inv_rho = pow(sigma_min, 1.0 / 7.0), max_inv_rho = pow(sigma_max, 1.0 / 7.0);
    int i;
    sd__np_linspace(0, 1, num, out);
    for (i = 0; i < num; i++) out[i] = pow(max_inv_rho + out[i] * (min_inv_rho - max_inv_rho), 7.0);
}

/* torch.linspace(start, end, count, dtype=float32), whose CPU kernel fuses multiply-adds and
   counts the second half down from the end. */
static void sd__torch_linspace_f32(double start_d, double end_d, int count, float *out) {
    float start = (float)start_d, end = (float)end_d, step;
    int i;
    if (count == 1) {
        out[0] = start;
        return;
    }
    step = (end - start) / (float)(count - 1);
    for (i = 0; i < count; i++)
        out[i] = i < count / 2 ? fmaf(step, (float)i, start) : fmaf(-step, (float)(count - 1 - i), end);
}

/* 1 - betas cumulated as torch.cumprod does on the CPU (a double accumulator, float outputs). */
static void sd__cumprod_one_minus(const float *betas, int count, float *out) {
    double acc = 1;
    int i;
    for (i = 0; i < count; i++) {
        acc *= (double)(1.0f - betas[i]);
        out[i] = (float)acc;
    }
}

/* diffusers' rescale_zero_terminal_snr in float32: shifts sqrt(alphas_cumprod) so the last
   timestep has zero signal, keeping the first, and returns the betas of that schedule. */
static void sd__rescale_zero_snr(float *betas, float *scratch, int count) {
    float first, last, scale;
    int i;
    sd__cumprod_one_minus(betas, count, scratch);
    for (i = 0; i < count; i++) scratch[i] = sqrtf(scratch[i]);
    first = scratch[0];
    last = scratch[count - 1];
    scale = first / (first - last);
    for (i = 0; i < count; i++) {
        scratch[i] = (scratch[i] - last) * scale;
        scratch[i] = scratch[i] * scratch[i];
    }
    for (i = count - 1; i > 0; i--) betas[i] = 1.0f - scratch[i] / scratch[i - 1];
    betas[0] = 1.0f - scratch[0];
}

/* alphas_cumprod[num_train_timesteps] of the config, as the sampler's diffusers class makes it. */
static void sd__sched_alphas_cumprod(const sd__sched_config *c, sd_sampler sampler, float *out, float *scratch) {
    int count = c->num_train_timesteps, i;
    int k_diffusion = sampler == SD_SAMPLER_EULER || sampler == SD_SAMPLER_EULER_A || sampler == SD_SAMPLER_DPMPP_2M ||
                      sampler == SD_SAMPLER_DPMPP_2M_KARRAS;
    /* PNDM and LMS have no rescale_betas_zero_snr option */
    int rescale = c->rescale_betas_zero_snr && (sampler == SD_SAMPLER_DDIM || k_diffusion);
    float *betas = scratch + count;
    switch (c->beta_schedule) {
    case SD__BETA_LINEAR: sd__torch_linspace_f32(c->beta_start, c->beta_end, count, betas); break;
    case SD__BETA_SCALED_LINEAR:
        sd__torch_linspace_f32(sqrt(c->beta_start), sqrt(c->beta_end), count, betas);
        for (i = 0; i < count; i++) betas[i] = betas[i] * betas[i];
        break;
    case SD__BETA_SQUAREDCOS_CAP_V2:
        for (i = 0; i < count; i++) {
            double t1 = (double)i / count, t2 = (double)(i + 1) / count;
            double a1 = cos((t1 + 0.008) / 1.008 * 3.14159265358979323846 / 2);
            double a2 = cos((t2 + 0.008) / 1.008 * 3.14159265358979323846 / 2);
            double beta = 1 - (a2 * a2) / (a1 * a1);
            betas[i] = (float)(beta < 0.999 ? beta : 0.999);
        }
        break;
    }
    if (rescale) sd__rescale_zero_snr(betas, scratch, count);
    sd__cumprod_one_minus(betas, count, out);
    if (rescale && k_diffusion) out[count - 1] = 1.0f / 16777216.0f; /* 2^-24: keeps the last sigma finite */
}

/* sqrt((1 - alphas_cumprod) / alphas_cumprod) in float32. */
static float sd__sigma_of(float alpha_cumprod) { return sqrtf((1.0f - alpha_cumprod) / alpha_cumprod); }

static void sd__sched_free(sd__env *env, sd__sched *s) {
    sd__free(env, s->timesteps);
    sd__free(env, s->sigmas);
    sd__free(env, s->alphas_cumprod);
    sd__free(env, s->buffers);
    memset(s, 0, sizeof *s);
}

/* DDIM's and PNDM's integer timesteps, descending (PNDM takes them ascending and reorders).
   Returns the count. */
static int sd__sched_integer_timesteps(const sd__sched_config *c, int steps, double *ts) {
    int train = c->num_train_timesteps, count = steps, i;
    switch (c->timestep_spacing) {
    case SD__SPACING_LINSPACE:
        sd__np_linspace(0, train - 1, steps, ts);
        for (i = 0; i < steps; i++) ts[i] = sd__np_round(ts[i]);
        break;
    case SD__SPACING_TRAILING:
        count = sd__np_arange_down(train, (double)train / steps, ts, steps + 1);
        for (i = 0; i < count; i++) ts[i] = sd__np_round(ts[i]) - 1;
        return count; /* already descending */
    default: /* leading */
        for (i = 0; i < steps; i++) ts[i] = (double)i * (train / steps) + c->steps_offset;
        break;
    }
    for (i = 0; i < count / 2; i++) { /* ascending to descending */
        double t = ts[i];
        ts[i] = ts[count - 1 - i];
        ts[count - 1 - i] = t;
    }
    return count;
}

/* PNDM's order: PLMS repeats the second timestep (its first step is a two-stage one); with
   Runge-Kutta steps, 12 half-step entries on the first 4 timesteps come first. Sets s->count. */
static sd_result sd__sched_pndm_timesteps(sd__env *env, sd__sched *s, const double *desc, int count, double *ts) {
    int i, k = 0;
    if (s->config.skip_prk_steps) {
        for (i = 0; i < count; i++) {
            ts[k++] = desc[i];
            if (i == 0 && count > 1) ts[k++] = desc[1];
        }
        s->count = k;
        return SD_OK;
    }
    if (count < 4)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "PNDM with Runge-Kutta steps (skip_prk_steps false) needs at least 4 steps");
    /* diffusers: the last 4 ascending timesteps, each followed by itself + half a step, gives 8
       points; all but the last are doubled, the ends trimmed and the result reversed */
    {
        double points[8];
        int half = s->config.num_train_timesteps / s->steps / 2;
        for (i = 0; i < 4; i++) {
            points[2 * i] = desc[3 - i];
            points[2 * i + 1] = desc[3 - i] + half;
        }
        ts[k++] = points[6];
        for (i = 5; i >= 1; i--) {
            ts[k++] = points[i];
            ts[k++] = points[i];
        }
        ts[k++] = points[0];
    }
    s->prk_count = k;
    for (i = 3; i < count; i++) ts[k++] = desc[i];
    s->count = k;
    return SD_OK;
}

/* The k-diffusion samplers' float timesteps, descending. Returns the count. */
static int sd__sched_float_timesteps(const sd__sched_config *c, int steps, double *ts) {
    int train = c->num_train_timesteps, count = steps, i;
    switch (c->timestep_spacing) {
    case SD__SPACING_LEADING:
        for (i = 0; i < steps; i++) ts[i] = (double)((float)((double)(steps - 1 - i) * (train / steps)) + (float)c->steps_offset);
        break;
    case SD__SPACING_TRAILING:
        count = sd__np_arange_down(train, (double)train / steps, ts, steps + 1);
        for (i = 0; i < count; i++) ts[i] = (double)((float)sd__np_round(ts[i]) - 1.0f);
        break;
    default: /* linspace, in float32 */
        sd__np_linspace(0, train - 1, steps, ts + steps); /* ts has room for 2 * (steps + 16) */
        for (i = 0; i < steps; i++) ts[i] = (double)(float)ts[2 * steps - 1 - i];
        break;
    }
    return count;
}

/* DPMSolverMultistepScheduler's integer timesteps (steps + 1 points, the last dropped), descending. */
static int sd__sched_dpm_timesteps(const sd__sched_config *c, const float *alphas_cumprod, int steps, double *ts) {
    int train = c->num_train_timesteps, clipped = 0, last, count = steps, i;
    for (i = 0; i < train; i++) { /* torch.searchsorted over the log-SNR, ascending */
        float a = alphas_cumprod[i];
        if (logf(sqrtf(a)) - logf(sqrtf(1.0f - a)) < c->lambda_min_clipped) clipped++;
    }
    last = train - clipped;
    switch (c->timestep_spacing) {
    case SD__SPACING_LEADING:
        for (i = 0; i < steps; i++) ts[i] = (double)(steps - i) * (last / (steps + 1)) + c->steps_offset;
        break;
    case SD__SPACING_TRAILING:
        count = sd__np_arange_down(last, (double)train / steps, ts, steps + 1);
        for (i = 0; i < count; i++) ts[i] = sd__np_round(ts[i]) - 1;
        break;
    default: /* linspace */
        sd__np_linspace(0, last - 1, steps + 1, ts + steps + 1);
        for (i = 0; i < steps; i++) ts[i] = sd__np_round(ts[2 * steps + 1 - i]);
        break;
    }
    return count;
}

/* The sigmas of the k-diffusion samplers (LMS, Euler, Euler a, DPM++): the schedule's sigma at
   each timestep, or Karras sigmas with the timesteps moved to match; then the final sigma. */
static void sd__sched_sigmas(sd__sched *s, const float *sigma_table, float *log_sigmas, double *ts, double *karras) {
    const sd__sched_config *c = &s->config;
    int train = c->num_train_timesteps, dpm = s->sampler == SD_SAMPLER_DPMPP_2M || s->sampler == SD_SAMPLER_DPMPP_2M_KARRAS;
    int i;
    if (c->use_karras_sigmas) {
        /* DPM++ spans the whole schedule; LMS and Euler the sigmas of their first and last timestep */
        double lo = dpm ? sigma_table[0] : sd__np_interp(ts[s->count - 1], sigma_table, train);
        double hi = dpm ? sigma_table[train - 1] : sd__np_interp(ts[0], sigma_table, train);
        if (c->sigma_min > 0) lo = c->sigma_min;
        if (c->sigma_max > 0) hi = c->sigma_max;
        for (i = 0; i < train; i++) log_sigmas[i] = (float)log((double)sigma_table[i]);
        sd__karras_sigmas(lo, hi, s->count, karras);
        for (i = 0; i < s->count; i++) {
            double t = sd__sigma_to_t(karras[i], log_sigmas, train);
            s->sigmas[i] = (float)karras[i];
            /* DPM++ timesteps are integers: rounded, except that squaredcos schedules truncate */
            if (dpm) t = c->beta_schedule == SD__BETA_SQUAREDCOS_CAP_V2 ? (double)(long long)t : sd__np_round(t);
            ts[i] = dpm ? t : (double)(float)t;
        }
    } else {
        for (i = 0; i < s->count; i++) s->sigmas[i] = (float)sd__np_interp(ts[i], sigma_table, train);
    }
    s->sigmas[s->count] = c->final_sigma_min ? sigma_table[0] : 0.0f;
    if (s->sampler == SD_SAMPLER_EULER && c->continuous_timesteps && c->prediction_type == SD__PREDICT_V)
        for (i = 0; i < s->count; i++) ts[i] = (double)(0.25f * logf(s->sigmas[i]));
}

static sd_result sd__sched_check(sd__env *env, const sd__sched_config *c, sd_sampler sampler, int steps) {
    if ((int)sampler <= 0 || sampler >= SD_SAMPLER_COUNT)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "unknown sampler %d", (int)sampler);
    if (c->num_train_timesteps < 1 || c->num_train_timesteps > 100000)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "num_train_timesteps %d is outside [1, 100000]", c->num_train_timesteps);
    if (steps < 1 || steps > SD_MAX_STEPS || steps > c->num_train_timesteps)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "steps must be between 1 and %d, got %d",
                        SD__MIN(SD_MAX_STEPS, c->num_train_timesteps), steps);
    if (c->prediction_type == SD__PREDICT_SAMPLE && (sampler == SD_SAMPLER_PNDM || sampler == SD_SAMPLER_EULER_A))
        return sd__fail(env, SD_ERR_UNSUPPORTED, "%s does not support prediction_type 'sample'",
                        sd__sched_class_names[sampler]);
    if ((int)c->timestep_spacing < SD__SPACING_DEFAULT || c->timestep_spacing > SD__SPACING_LINSPACE ||
        (int)c->beta_schedule < 0 || c->beta_schedule > SD__BETA_SQUAREDCOS_CAP_V2 || (int)c->prediction_type < 0 ||
        c->prediction_type > SD__PREDICT_SAMPLE)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "bad scheduler config");
    return SD_OK;
}

/* Sets up the schedule of `steps` inference steps for a latent batch of n elements (as diffusers'
   set_timesteps), with every buffer the steps need. */
static sd_result sd__sched_init(sd__env *env, sd__sched *s, const sd__sched_config *config, sd_sampler sampler, int steps,
                                size_t n) {
    int train, i, slots = 0, history = 0, k_diffusion, desc_count;
    size_t tmp_count, total;
    double *tmp = NULL;
    float *table = NULL;
    sd_result r;
    memset(s, 0, sizeof *s);
    sampler = sd__sched_resolve_sampler(sampler);
    if ((r = sd__sched_check(env, config, sampler, steps)) != SD_OK) return r;
    s->sampler = sampler;
    s->config = *config;
    s->steps = steps;
    s->n = n;
    train = config->num_train_timesteps;
    k_diffusion = sampler != SD_SAMPLER_DDIM && sampler != SD_SAMPLER_PNDM;
    if (s->config.timestep_spacing == SD__SPACING_DEFAULT)
        s->config.timestep_spacing = k_diffusion ? SD__SPACING_LINSPACE : SD__SPACING_LEADING;
    /* options that the sampler's diffusers class lacks are off, as its from_config drops them */
    if (sampler == SD_SAMPLER_DPMPP_2M || sampler == SD_SAMPLER_DPMPP_2M_KARRAS)
        s->config.use_karras_sigmas = sampler == SD_SAMPLER_DPMPP_2M_KARRAS;
    else if (sampler != SD_SAMPLER_LMS && sampler != SD_SAMPLER_EULER)
        s->config.use_karras_sigmas = 0;
    if (sampler != SD_SAMPLER_EULER && sampler != SD_SAMPLER_DPMPP_2M && sampler != SD_SAMPLER_DPMPP_2M_KARRAS) {
        s->config.final_sigma_min = 0;
        s->config.sigma_min = s->config.sigma_max = 0;
    }

    /* scratch: timesteps in float64 (4 regions of steps + 16) and 3 float tables of train */
    tmp_count = 4 * ((size_t)steps + 16);
    tmp = (double *)sd__calloc(env, tmp_count, sizeof(double));
    table = (float *)sd__calloc(env, 3 * (size_t)train, sizeof(float));
    s->alphas_cumprod = (float *)sd__calloc(env, (size_t)train, sizeof(float));
    s->timesteps = (float *)sd__calloc(env, (size_t)steps + 16, sizeof(float));
    if (k_diffusion) s->sigmas = (float *)sd__calloc(env, (size_t)steps + 17, sizeof(float));
    if (!tmp || !table || !s->alphas_cumprod || !s->timesteps || (k_diffusion && !s->sigmas)) {
        r = sd__oom(env);
        goto done;
    }
    sd__sched_alphas_cumprod(&s->config, sampler, s->alphas_cumprod, table);
    s->final_alpha_cumprod = s->config.set_alpha_to_one ? 1.0f : s->alphas_cumprod[0];

    switch (sampler) {
    case SD_SAMPLER_DDIM: s->count = sd__sched_integer_timesteps(&s->config, steps, tmp); break;
    case SD_SAMPLER_PNDM:
        desc_count = sd__sched_integer_timesteps(&s->config, steps, tmp + 2 * ((size_t)steps + 16));
        if ((r = sd__sched_pndm_timesteps(env, s, tmp + 2 * ((size_t)steps + 16), desc_count, tmp)) != SD_OK) goto done;
        break;
    case SD_SAMPLER_DPMPP_2M:
    case SD_SAMPLER_DPMPP_2M_KARRAS: s->count = sd__sched_dpm_timesteps(&s->config, s->alphas_cumprod, steps, tmp); break;
    default: s->count = sd__sched_float_timesteps(&s->config, steps, tmp); break;
    }
    if (!k_diffusion) {
        for (i = 0; i < s->count; i++)
            if (!(tmp[i] >= 0 && tmp[i] < train)) {
                r = sd__fail(env, SD_ERR_INVALID_ARGUMENT, "%d steps with steps_offset %d reach timestep %.0f, beyond the schedule's %d",
                             steps, s->config.steps_offset, tmp[i], train);
                goto done;
            }
        s->init_noise_sigma = 1.0f;
    } else {
        float max_sigma = 0;
        for (i = 0; i < train; i++) table[i] = sd__sigma_of(s->alphas_cumprod[i]);
        sd__sched_sigmas(s, table, table + train, tmp, tmp + 2 * ((size_t)steps + 16));
        for (i = 0; i <= s->count; i++)
            if (s->sigmas[i] > max_sigma) max_sigma = s->sigmas[i];
        if (sampler == SD_SAMPLER_DPMPP_2M || sampler == SD_SAMPLER_DPMPP_2M_KARRAS) s->init_noise_sigma = 1.0f;
        else if (s->config.timestep_spacing == SD__SPACING_LEADING) s->init_noise_sigma = sqrtf(max_sigma * max_sigma + 1.0f);
        else s->init_noise_sigma = max_sigma;
    }
    for (i = 0; i < s->count; i++) s->timesteps[i] = (float)tmp[i];

    /* the multistep state: PNDM 4 model outputs, the current sample and the Runge-Kutta sum;
       LMS 4 derivatives; DPM++ 2 x0 predictions; Euler a one noise draw */
    switch (sampler) {
    case SD_SAMPLER_PNDM: history = 4; slots = 6; break;
    case SD_SAMPLER_LMS: history = slots = 4; break;
    case SD_SAMPLER_DPMPP_2M:
    case SD_SAMPLER_DPMPP_2M_KARRAS: history = slots = 2; break;
    case SD_SAMPLER_EULER_A: slots = 1; break;
    default: break;
    }
    if (slots) {
        if (!sd__mul_size(n, (size_t)slots, &total) || !(s->buffers = (float *)sd__calloc(env, total, sizeof(float)))) {
            r = sd__oom(env);
            goto done;
        }
        for (i = 0; i < history; i++) s->history[i] = s->buffers + (size_t)i * n;
        if (sampler == SD_SAMPLER_PNDM) {
            s->cur_sample = s->buffers + 4 * n;
            s->cur_model_output = s->buffers + 5 * n;
        }
        if (sampler == SD_SAMPLER_EULER_A) s->noise = s->buffers;
    }
    r = SD_OK;
done:
    sd__free(env, tmp);
    sd__free(env, table);
    if (r != SD_OK) sd__sched_free(env, s);
    return r;
}

/* --------------------------------------------------------------------------------------------
   Steps. Coefficients are computed in double from diffusers' float32 schedule values; each
   element follows diffusers' formula in double and is rounded once.
   -------------------------------------------------------------------------------------------- */

/* Makes room for a newest history entry, dropping the oldest beyond `keep`; returns its buffer. */
static float *sd__sched_push(sd__sched *s, int keep) {
    float *slot;
    int i;
    if (s->history_count < keep) return s->history[s->history_count++];
    slot = s->history[0];
    for (i = 0; i + 1 < keep; i++) s->history[i] = s->history[i + 1];
    s->history[keep - 1] = slot;
    return slot;
}

/* The history entry `back` steps before the newest (0: the newest). */
static const float *sd__sched_recent(const sd__sched *s, int back) { return s->history[s->history_count - 1 - back]; }

/* scale_model_input's factor for step i: the k-diffusion samplers feed the UNet x / sqrt(sigma^2 + 1). */
static float sd__sched_input_scale(const sd__sched *s, int i) {
    float sigma;
    if (s->sampler != SD_SAMPLER_LMS && s->sampler != SD_SAMPLER_EULER && s->sampler != SD_SAMPLER_EULER_A) return 1.0f;
    sigma = s->sigmas[i];
    return 1.0f / sqrtf(sigma * sigma + 1.0f);
}

static sd_result sd__sched_alpha_at(sd__env *env, const sd__sched *s, double timestep, double *alpha) {
    if (timestep < 0) {
        *alpha = s->final_alpha_cumprod;
        return SD_OK;
    }
    if (!(timestep < s->config.num_train_timesteps))
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "timestep %.0f is beyond the schedule's %d", timestep,
                        s->config.num_train_timesteps);
    *alpha = s->alphas_cumprod[(int)timestep];
    return SD_OK;
}

static sd_result sd__sched_step_ddim(sd__env *env, sd__sched *s, int i, const float *model_output, float *sample) {
    double t = s->timesteps[i], a_t = 0, a_prev = 0, sa, sb, sa_prev, sb_prev, range = s->config.clip_sample_range;
    size_t k;
    sd_result r;
    if ((r = sd__sched_alpha_at(env, s, t, &a_t)) != SD_OK) return r;
    if ((r = sd__sched_alpha_at(env, s, t - s->config.num_train_timesteps / s->steps, &a_prev)) != SD_OK) return r;
    sa = sqrt(a_t);
    sb = sqrt(1 - a_t);
    sa_prev = sqrt(a_prev);
    sb_prev = sqrt(1 - a_prev); /* eta 0: no noise, the whole remaining variance points along epsilon */
    for (k = 0; k < s->n; k++) {
        double x = sample[k], m = model_output[k], x0, eps;
        switch (s->config.prediction_type) {
        case SD__PREDICT_EPSILON: x0 = (x - sb * m) / sa; eps = m; break;
        case SD__PREDICT_SAMPLE: x0 = m; eps = (x - sa * x0) / sb; break;
        default: x0 = sa * x - sb * m; eps = sa * m + sb * x; break;
        }
        if (s->config.clip_sample) x0 = x0 < -range ? -range : (x0 > range ? range : x0);
        sample[k] = (float)(sa_prev * x0 + sb_prev * eps);
    }
    return SD_OK;
}

/* PNDM's _get_prev_sample from timestep t to prev_t, with the output combination `combine`
   (0: the model output as is; else the PLMS or Runge-Kutta weights over the history). */
static sd_result sd__sched_pndm_update(sd__env *env, sd__sched *s, double t, double prev_t, const float *from,
                                       const float *model_output, int combine, float *out) {
    double a_t = 0, a_prev = 0, b_t, sample_coeff, output_coeff;
    static const double plms[4][4] = {{1, 0, 0, 0}, {1.5, -0.5, 0, 0}, {23.0 / 12, -16.0 / 12, 5.0 / 12, 0},
                                      {55.0 / 24, -59.0 / 24, 37.0 / 24, -9.0 / 24}};
    size_t k;
    sd_result r;
    if ((r = sd__sched_alpha_at(env, s, t, &a_t)) != SD_OK) return r;
    if ((r = sd__sched_alpha_at(env, s, prev_t, &a_prev)) != SD_OK) return r;
    b_t = 1 - a_t;
    sample_coeff = sqrt(a_prev / a_t);
    output_coeff = (a_prev - a_t) / (a_t * sqrt(1 - a_prev) + sqrt(a_t * b_t * a_prev));
    for (k = 0; k < s->n; k++) {
        double m, x = from[k];
        int j;
        switch (combine) {
        case 0: m = model_output[k]; break;
        case 1: m = (model_output[k] + sd__sched_recent(s, 0)[k]) / 2.0; break; /* PLMS's second (Heun-like) stage */
        case 2: m = s->cur_model_output[k] + model_output[k] / 6.0; break;   /* Runge-Kutta's fourth stage */
        default: /* PLMS of the history's order */
            m = 0;
            for (j = 0; j < s->history_count; j++) m += plms[s->history_count - 1][j] * sd__sched_recent(s, j)[k];
            break;
        }
        if (s->config.prediction_type == SD__PREDICT_V) m = sqrt(a_t) * m + sqrt(b_t) * x;
        out[k] = (float)(sample_coeff * x - output_coeff * m);
    }
    return SD_OK;
}

static sd_result sd__sched_step_pndm(sd__env *env, sd__sched *s, int i, const float *model_output, float *sample) {
    int counter = i - s->begin, ratio = s->config.num_train_timesteps / s->steps;
    double t = s->timesteps[i];
    size_t k;
    if (counter < s->prk_count) { /* Runge-Kutta: 4 evaluations per timestep */
        double prev_t = t - (counter % 2 ? 0 : ratio / 2), start_t = s->timesteps[counter / 4 * 4];
        int combine = 0;
        switch (counter % 4) {
        case 0:
            for (k = 0; k < s->n; k++) s->cur_model_output[k] += (1.0f / 6.0f) * model_output[k];
            memcpy(sd__sched_push(s, 4), model_output, s->n * sizeof(float));
            memcpy(s->cur_sample, sample, s->n * sizeof(float));
            s->has_cur_sample = 1;
            break;
        case 1:
        case 2:
            for (k = 0; k < s->n; k++) s->cur_model_output[k] += (1.0f / 3.0f) * model_output[k];
            break;
        default: combine = 2; break;
        }
        if (sd__sched_pndm_update(env, s, start_t, prev_t, s->has_cur_sample ? s->cur_sample : sample, model_output,
                                  combine, sample) != SD_OK)
            return env->code;
        if (combine == 2) memset(s->cur_model_output, 0, s->n * sizeof(float));
        return SD_OK;
    }
    /* PLMS; its second evaluation redoes the first step from the same sample with the average
       of both outputs */
    if (counter == 1) {
        s->has_cur_sample = 0;
        return sd__sched_pndm_update(env, s, t + ratio, t, s->cur_sample, model_output, 1, sample);
    }
    memcpy(sd__sched_push(s, 4), model_output, s->n * sizeof(float));
    if (s->history_count == 1 && counter == 0) {
        memcpy(s->cur_sample, sample, s->n * sizeof(float));
        s->has_cur_sample = 1;
    }
    return sd__sched_pndm_update(env, s, t, t - ratio, sample, model_output, 3, sample);
}

/* The x0 prediction of the k-diffusion samplers at noise level sigma, from the model output m
   and the (unscaled) sample x. */
static double sd__k_x0(sd__prediction prediction, double sigma, double x, double m) {
    switch (prediction) {
    case SD__PREDICT_EPSILON: return x - sigma * m;
    case SD__PREDICT_SAMPLE: return m;
    default: return m * (-sigma / sqrt(sigma * sigma + 1)) + x / (sigma * sigma + 1);
    }
}

/* LMS's coefficient of the derivative `back` steps ago at step i: the integral from sigma_i to
   sigma_(i+1) of the Lagrange basis polynomial of the last `order` sigmas. The integrand is a
   polynomial of degree order - 1 <= 3, which 4-point Gauss-Legendre integrates exactly. */
static double sd__lms_coefficient(const float *sigmas, int i, int order, int back) {
    static const double nodes[4] = {-0.86113631159405258, -0.33998104358485626, 0.33998104358485626, 0.86113631159405258};
    static const double weights[4] = {0.34785484513745386, 0.65214515486254614, 0.65214515486254614, 0.34785484513745386};
    double a = sigmas[i], b = sigmas[i + 1], sum = 0;
    int q, k;
    for (q = 0; q < 4; q++) {
        double tau = (a + b) / 2 + (b - a) / 2 * nodes[q], basis = 1;
        for (k = 0; k < order; k++)
            if (k != back) basis *= (tau - sigmas[i - k]) / ((double)sigmas[i - back] - sigmas[i - k]);
        sum += weights[q] * basis;
    }
    return sum * (b - a) / 2;
}

static void sd__sched_step_lms(sd__sched *s, int i, const float *model_output, float *sample) {
    double sigma = s->sigmas[i], coeffs[4];
    int order = SD__MIN(i + 1, 4), terms, j;
    float *derivative = sd__sched_push(s, 4);
    size_t k;
    for (k = 0; k < s->n; k++)
        derivative[k] = (float)((sample[k] - sd__k_x0(s->config.prediction_type, sigma, sample[k], model_output[k])) / sigma);
    /* after img2img's start fewer derivatives than the order exist; diffusers pairs the
       coefficients with the ones there are */
    terms = SD__MIN(order, s->history_count);
    for (j = 0; j < terms; j++) coeffs[j] = sd__lms_coefficient(s->sigmas, i, order, j);
    for (k = 0; k < s->n; k++) {
        double x = sample[k];
        for (j = 0; j < terms; j++) x += coeffs[j] * sd__sched_recent(s, j)[k];
        sample[k] = (float)x;
    }
}

/* Euler (with diffusers' default s_churn 0) and Euler ancestral, which steps down to sigma_down
   and adds fresh noise of sigma_up. */
static void sd__sched_step_euler(sd__sched *s, int i, const float *model_output, float *sample, sd__torch_rng *noise_rng) {
    double sigma = s->sigmas[i], next = s->sigmas[i + 1], up = 0, dt;
    size_t k;
    if (s->sampler == SD_SAMPLER_EULER_A) {
        up = sqrt(next * next * (sigma * sigma - next * next) / (sigma * sigma));
        dt = sqrt(next * next - up * up) - sigma;
        sd__randn(noise_rng, s->noise, s->n); /* drawn on the last step too, as diffusers does */
    } else {
        dt = next - sigma;
    }
    for (k = 0; k < s->n; k++) {
        double x = sample[k], derivative = (x - sd__k_x0(s->config.prediction_type, sigma, x, model_output[k])) / sigma;
        x += derivative * dt;
        if (s->noise) x += s->noise[k] * up;
        sample[k] = (float)x;
    }
}

/* DPM-Solver++ (2M): x0 predictions extrapolated in log-SNR lambda = -log(sigma). With
   alpha = 1/sqrt(sigma^2+1), exp(-h) = sigma_next / sigma exactly, also for a final sigma of 0. */
static void sd__sched_step_dpm(sd__sched *s, int i, const float *model_output, float *sample) {
    const sd__sched_config *c = &s->config;
    double sigma = s->sigmas[i], next = s->sigmas[i + 1];
    double alpha_s = 1 / sqrt(sigma * sigma + 1), alpha_t = 1 / sqrt(next * next + 1);
    double ratio = (next * alpha_t) / (sigma * alpha_s), exp_neg_h = next / sigma, d0_coeff = -alpha_t * (exp_neg_h - 1), d1_coeff = 0;
    int last = i == s->count - 1, second_last = i == s->count - 2;
    int first_order = s->lower_order_nums < 1 ||
                      (last && (c->euler_at_final || (c->lower_order_final && s->count < 15) || !c->final_sigma_min));
    float *x0 = sd__sched_push(s, 2);
    size_t k;
    (void)second_last; /* order 2 is the highest, so lower_order_second changes nothing */
    for (k = 0; k < s->n; k++) {
        double x = sample[k], m = model_output[k];
        switch (c->prediction_type) {
        case SD__PREDICT_EPSILON: x0[k] = (float)((x - sigma * alpha_s * m) / alpha_s); break;
        case SD__PREDICT_SAMPLE: x0[k] = (float)m; break;
        default: x0[k] = (float)(alpha_s * x - sigma * alpha_s * m); break;
        }
    }
    if (!first_order) {
        double prev = s->sigmas[i - 1], h = log(sigma / next), r0 = log(prev / sigma) / h;
        /* D1 = (x0 - x0_prev) / r0 */
        d1_coeff = c->solver_heun ? alpha_t * ((exp_neg_h - 1) / h + 1) / r0 : -0.5 * alpha_t * (exp_neg_h - 1) / r0;
    }
    for (k = 0; k < s->n; k++) {
        double d0 = x0[k], x = ratio * sample[k] + d0_coeff * d0;
        if (!first_order) x += d1_coeff * (d0 - sd__sched_recent(s, 1)[k]);
        sample[k] = (float)x;
    }
    if (s->lower_order_nums < 2) s->lower_order_nums++;
}

/* One denoising step of the whole latent batch (n elements): sample becomes the next sample.
   Steps run in order from the begin index; Euler a draws its noise from noise_rng. */
static sd_result sd__sched_step(sd__env *env, sd__sched *s, int i, const float *model_output, float *sample, size_t n,
                                sd__torch_rng *noise_rng) {
    sd_result r = SD_OK;
    if (i != s->next || i >= s->count)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "scheduler step %d out of order (expected %d of %d)", i, s->next, s->count);
    if (n != s->n)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "scheduler set up for %lu elements, stepped with %lu", (unsigned long)s->n,
                        (unsigned long)n);
    if (!model_output || !sample || (s->sampler == SD_SAMPLER_EULER_A && !noise_rng))
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "scheduler step: missing buffer or noise generator");
    switch (s->sampler) {
    case SD_SAMPLER_DDIM: r = sd__sched_step_ddim(env, s, i, model_output, sample); break;
    case SD_SAMPLER_PNDM: r = sd__sched_step_pndm(env, s, i, model_output, sample); break;
    case SD_SAMPLER_LMS: sd__sched_step_lms(s, i, model_output, sample); break;
    case SD_SAMPLER_EULER:
    case SD_SAMPLER_EULER_A: sd__sched_step_euler(s, i, model_output, sample, noise_rng); break;
    default: sd__sched_step_dpm(s, i, model_output, sample); break;
    }
    if (r == SD_OK) s->next++;
    return r;
}

/* img2img (diffusers' get_timesteps): the index of the first step run at this strength,
   steps - int(steps * strength); the run is timesteps[begin .. count), which diffusers refuses
   when it is empty (strength * steps < 1, except for PNDM's extra entry).
   strength is a float: its shortest decimal form is what the user wrote and what Python
   multiplies as a double, which decides int() at the boundaries (0.29 * 100 = 28.999...). */
static int sd__sched_img2img_begin(const sd__sched *s, float strength) {
    char text[32];
    double exact = strength, product;
    int digits, init_steps;
    for (digits = 1; digits <= 9; digits++) {
        snprintf(text, sizeof text, "%.*g", digits, (double)strength);
        if ((float)strtod(text, NULL) == strength) {
            exact = strtod(text, NULL);
            break;
        }
    }
    product = s->steps * exact;
    init_steps = product >= s->steps ? s->steps : (product > 0 ? (int)product : 0);
    return s->steps - init_steps; /* t_start * order, with order 1 for every scheduler here */
}

/* Starts the run at step `index` (diffusers' set_begin_index): steps before it are skipped and
   the multistep state starts empty. */
static void sd__sched_set_begin(sd__sched *s, int index) {
    s->begin = s->next = index;
    s->history_count = 0;
    s->has_cur_sample = 0;
    s->lower_order_nums = 0;
    if (s->cur_model_output) memset(s->cur_model_output, 0, s->n * sizeof(float));
}

/* The scheduler's add_noise at step i: the clean latents `original` noised to timestep i. */
static void sd__sched_add_noise(const sd__sched *s, int i, const float *original, const float *noise, float *out, size_t n) {
    double a, b;
    size_t k;
    if (s->sampler == SD_SAMPLER_DDIM || s->sampler == SD_SAMPLER_PNDM) {
        double alpha = s->alphas_cumprod[(int)s->timesteps[i]];
        a = sqrt(alpha);
        b = sqrt(1 - alpha);
    } else if (s->sampler == SD_SAMPLER_DPMPP_2M || s->sampler == SD_SAMPLER_DPMPP_2M_KARRAS) {
        double sigma = s->sigmas[i];
        a = 1 / sqrt(sigma * sigma + 1);
        b = sigma * a;
    } else {
        a = 1;
        b = s->sigmas[i];
    }
    for (k = 0; k < n; k++) out[k] = (float)(a * original[k] + b * noise[k]);
}

/* ---- src/15_pipeline.c ---- */
/* ============================================================================================
   Pipeline: contexts, parameter checks, txt2img and img2img
   ============================================================================================ */
struct sd_ctx {
    sd__env env;
    sd_desc desc; /* with every default resolved */
};

static const char *const sd__sampler_names[SD_SAMPLER_COUNT] = {
    "default", "ddim", "pndm", "lms", "euler", "euler_a", "dpmpp_2m", "dpmpp_2m_karras"};

SDDEF const char *sd_version(void) { return SD_VERSION_STRING; }

SDDEF const char *sd_sampler_name(sd_sampler sampler) {
    if ((int)sampler < 0 || sampler >= SD_SAMPLER_COUNT) return "unknown";
    return sd__sampler_names[sampler == SD_SAMPLER_DEFAULT ? SD_DEFAULT_SAMPLER : sampler];
}

SDDEF sd_result sd_sampler_from_string(const char *name, sd_sampler *out) {
    int i;
    for (i = 1; name && i < SD_SAMPLER_COUNT; i++)
        if (strcmp(name, sd__sampler_names[i]) == 0) {
            *out = (sd_sampler)i;
            return SD_OK;
        }
    return SD_ERR_INVALID_ARGUMENT;
}

SDDEF const char *sd_last_error(const sd_ctx *ctx) {
    if (!ctx) return "no context";
    return ctx->env.code == SD_OK ? "" : ctx->env.message;
}

/* Fills the zero fields of a desc with the compiled-in defaults and checks the rest. */
static sd_result sd__resolve_desc(sd__env *env, const sd_desc *in, sd_desc *d) {
    *d = *in;
    if (!d->backend) d->backend = SD_DEFAULT_BACKEND;
    if (!d->attention_slice) d->attention_slice = SD_DEFAULT_ATTENTION_SLICE;
    if (!d->vae_slicing) d->vae_slicing = SD_DEFAULT_VAE_SLICING;
    if (!d->vae_tiling) d->vae_tiling = SD_DEFAULT_VAE_TILING;
    if (!d->offload) d->offload = SD_DEFAULT_OFFLOAD;
    if (!d->cuda_graphs) d->cuda_graphs = SD_DEFAULT_CUDA_GRAPHS;
    if (!d->autotune) d->autotune = SD_DEFAULT_AUTOTUNE;
    if (!d->precision) d->precision = SD_DEFAULT_PRECISION;
    if ((int)d->backend < SD_BACKEND_AUTO || d->backend > SD_BACKEND_CUDA)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "unknown backend %d", (int)d->backend);
    if ((int)d->precision < 0 || d->precision > SD_PRECISION_BF16)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "unknown precision %d", (int)d->precision);
    if ((int)d->offload < SD_OFFLOAD_NONE || d->offload > SD_OFFLOAD_SEQUENTIAL)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "unknown offload mode %d", (int)d->offload);
    if (d->attention_slice < SD_SLICE_AUTO)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "attention_slice must be a head count, SD_SLICE_AUTO or SD_SLICE_OFF");
    if (d->threads < 0) return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "threads must be >= 0, got %d", d->threads);
    if (!d->threads) d->threads = sd__cpu_count();
    if (d->device < 0) return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "device must be >= 0, got %d", d->device);
    if ((d->allocator.alloc == NULL) != (d->allocator.free == NULL))
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "allocator needs both alloc and free, or neither");
    return SD_OK;
}

SDDEF sd_result sd_create(const sd_desc *desc, sd_ctx **out) {
    sd_desc zero;
    sd__env boot;
    sd_ctx *ctx;
    sd_result r;
    if (!out) return SD_ERR_INVALID_ARGUMENT;
    *out = NULL;
    if (!desc) {
        memset(&zero, 0, sizeof zero);
        desc = &zero;
    }
    memset(&boot, 0, sizeof boot);
    if ((desc->allocator.alloc == NULL) == (desc->allocator.free == NULL)) boot.allocator = desc->allocator;
    boot.logger = desc->logger;
    ctx = (sd_ctx *)sd__malloc(&boot, sizeof *ctx);
    if (!ctx) return SD_ERR_OUT_OF_MEMORY;
    memset(ctx, 0, sizeof *ctx);
    ctx->env = boot;
    *out = ctx;
    if ((r = sd__resolve_desc(&ctx->env, desc, &ctx->desc)) != SD_OK) return r;
    if (ctx->desc.model_path)
        return sd__fail(&ctx->env, SD_ERR_UNSUPPORTED, "loading models is not yet supported");
    return SD_OK;
}

SDDEF void sd_destroy(sd_ctx *ctx) {
    sd__env env;
    if (!ctx) return;
    env = ctx->env;
    sd__free(&env, ctx);
}

SDDEF size_t sd_peak_memory(const sd_ctx *ctx) { return ctx ? ctx->env.host_peak : 0; }
SDDEF const char *sd_backend_name(const sd_ctx *ctx) { (void)ctx; return "cpu"; }

SDDEF void sd_image_free(sd_ctx *ctx, sd_image *image) {
    if (!ctx || !image) return;
    sd__free(&ctx->env, image->pixels);
    memset(image, 0, sizeof *image);
}

/* A params struct with every default filled in and every field checked. */
typedef struct sd__run {
    const char *prompt, *negative_prompt;
    int width, height, steps, batch, clip_skip;
    float guidance, strength;
    sd_sampler sampler;
    sd_rng rng;
    uint64_t seed;
} sd__run;

static sd_result sd__check_utf8(sd__env *env, const char *what, const char *s) {
    size_t n = strlen(s), i = 0;
    while (i < n) {
        unsigned cp;
        size_t len = sd__utf8_decode((const unsigned char *)s + i, n - i, &cp);
        if (!len) return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "%s is not valid UTF-8 (bad byte 0x%02X at offset %lu)", what,
                                  (unsigned)(unsigned char)s[i], (unsigned long)i);
        i += len;
    }
    return SD_OK;
}

static sd_result sd__resolve_params(sd__env *env, const sd_params *p, int default_size, sd__run *run) {
    sd_result r;
    memset(run, 0, sizeof *run);
    if (!p) return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "params is NULL");
    run->prompt = p->prompt ? p->prompt : "";
    run->negative_prompt = p->negative_prompt ? p->negative_prompt : "";
    if ((r = sd__check_utf8(env, "the prompt", run->prompt)) != SD_OK) return r;
    if ((r = sd__check_utf8(env, "the negative prompt", run->negative_prompt)) != SD_OK) return r;
    run->width = p->width ? p->width : default_size;
    run->height = p->height ? p->height : default_size;
    if (run->width < 8 || run->height < 8 || run->width > SD_MAX_DIM || run->height > SD_MAX_DIM)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "width and height must be between 8 and %d, got %dx%d", SD_MAX_DIM,
                        run->width, run->height);
    if (run->width % 8 || run->height % 8)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "width and height must be multiples of 8, got %dx%d", run->width,
                        run->height);
    run->steps = p->steps ? p->steps : SD_DEFAULT_STEPS;
    if (run->steps < 1 || run->steps > SD_MAX_STEPS)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "steps must be between 1 and %d, got %d", SD_MAX_STEPS, run->steps);
    run->guidance = p->guidance != 0 ? p->guidance : SD_DEFAULT_GUIDANCE;
    if (!(run->guidance == run->guidance) || run->guidance > FLT_MAX || run->guidance < -FLT_MAX)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "guidance must be a finite number");
    run->batch = p->batch ? p->batch : 1;
    if (run->batch < 1 || run->batch > SD_MAX_BATCH)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "batch must be between 1 and %d, got %d", SD_MAX_BATCH, run->batch);
    run->clip_skip = p->clip_skip;
    if (run->clip_skip < 0 || run->clip_skip > 2)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "clip_skip must be 0, 1 or 2, got %d", run->clip_skip);
    run->sampler = p->sampler ? p->sampler : SD_DEFAULT_SAMPLER;
    if ((int)run->sampler < 0 || run->sampler >= SD_SAMPLER_COUNT)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "unknown sampler %d", (int)run->sampler);
    run->rng = p->rng ? p->rng : SD_RNG_CPU;
    if ((int)run->rng < 0 || run->rng > SD_RNG_CUDA)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "unknown rng %d", (int)run->rng);
    run->strength = p->strength != 0 ? p->strength : 0.8f;
    if (!(run->strength >= 0.0f && run->strength <= 1.0f))
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "strength must be in [0, 1], got %g", (double)run->strength);
    run->seed = p->seed;
    return SD_OK;
}

static sd_result sd__generate(sd_ctx *ctx, const sd_params *params, const sd_image *init, sd_image *images) {
    sd__run run;
    sd_result r;
    if (!ctx) return SD_ERR_INVALID_ARGUMENT;
    sd__clear_error(&ctx->env);
    if (!images) return sd__fail(&ctx->env, SD_ERR_INVALID_ARGUMENT, "images is NULL");
    if ((r = sd__resolve_params(&ctx->env, params, 512, &run)) != SD_OK) return r;
    (void)init;
    return sd__fail(&ctx->env, SD_ERR_NO_MODEL, "no model loaded");
}

SDDEF sd_result sd_txt2img(sd_ctx *ctx, const sd_params *params, sd_image *images) {
    return sd__generate(ctx, params, NULL, images);
}

SDDEF sd_result sd_img2img(sd_ctx *ctx, const sd_params *params, const sd_image *init, sd_image *images) {
    if (ctx && !init) return sd__fail(&ctx->env, SD_ERR_INVALID_ARGUMENT, "img2img needs an init image");
    return sd__generate(ctx, params, init, images);
}

SDDEF sd_result sd_tokenize(sd_ctx *ctx, const char *text, int ids[SD_MAX_TOKENS]) {
    (void)text;
    (void)ids;
    if (!ctx) return SD_ERR_INVALID_ARGUMENT;
    return sd__fail(&ctx->env, SD_ERR_UNSUPPORTED, "the tokenizer is not yet built in");
}

#endif /* SD__IMPLEMENTATION_INCLUDED */
#endif /* SD_IMPLEMENTATION */

/*
MIT License

Copyright (c) 2026 the sd_single.h authors

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
associated documentation files (the "Software"), to deal in the Software without restriction,
including without limitation the rights to use, copy, modify, merge, publish, distribute,
sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or
substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES
OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
*/
