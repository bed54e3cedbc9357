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

/* ---- src/09_cpu.c ---- */
/* ============================================================================================
   CPU backend: thread pool, SGEMM, and every op of the backend interface (float32, NHWC)
   ============================================================================================ */
/* All the heavy ops (conv2d, linear, attention) run through one cache-blocked SGEMM: C = A B,
   where A is read through an implicit im2col view of an NHWC image (a plain matrix is a 1x1
   convolution over a one-pixel-high image) and B is packed once into panels of SD__NR columns.
   Weights are packed at upload, so a conv or linear never repacks them.

   Results are bitwise identical for every thread count: each output element is computed by one
   job whose arithmetic (K blocking, lane order, tail handling) does not depend on how the work
   was split, and reductions use fixed chunk boundaries. */

/* --------------------------------------------------------------------------------------------
   Short float vectors for the elementwise math (exp, erf, softmax). GCC and clang get vector
   extensions (8 lanes with AVX enabled, else 4); other compilers, or SD_NO_SIMD, get one lane
   and libm.
   -------------------------------------------------------------------------------------------- */
#if defined(__GNUC__) && !defined(SD_NO_SIMD)
#define SD__VFN static __inline__ __attribute__((always_inline)) /* keeps exp inside the loops */
#ifdef __AVX__
#define SD__VW 8 /* a 32-byte vector only where passing it in registers is the ABI */
#else
#define SD__VW 4
#endif
typedef float sd__vf __attribute__((vector_size(SD__VW * 4)));
typedef int sd__vi __attribute__((vector_size(SD__VW * 4)));

SD__VFN sd__vf sd__vsplat(float x) {
    sd__vf v;
    int i;
    for (i = 0; i < SD__VW; i++) v[i] = x;
    return v;
}
SD__VFN sd__vf sd__vload(const float *p) {
    sd__vf v;
    memcpy(&v, p, sizeof v);
    return v;
}
SD__VFN void sd__vstore(float *p, sd__vf v) { memcpy(p, &v, sizeof v); }
/* Lanes of a where mask is set, else lanes of b. */
SD__VFN sd__vf sd__vselect(sd__vi mask, sd__vf a, sd__vf b) {
    return (sd__vf)((mask & (sd__vi)a) | (~mask & (sd__vi)b));
}
SD__VFN sd__vf sd__vmax(sd__vf a, sd__vf b) { return sd__vselect(a > b, a, b); }
SD__VFN float sd__vmax_lanes(sd__vf v) {
    float m = v[0];
    int i;
    for (i = 1; i < SD__VW; i++) m = v[i] > m ? v[i] : m;
    return m;
}
SD__VFN float sd__vsum(sd__vf v) {
    float sum = v[0];
    int i;
    for (i = 1; i < SD__VW; i++) sum += v[i];
    return sum;
}

/* exp with about 1 ulp error: x = n ln2 + r, |r| <= ln2 / 2, e^r by its degree-7 Taylor series,
   2^n built in the exponent bits. Above 88 it saturates at e^88, below -87 it is 0 (never a
   denormal, which would slow later GEMMs); NaN passes through. */
SD__VFN sd__vf sd__vexp(sd__vf x) {
    const float magic = 12582912.0f; /* 1.5 * 2^23: adding it rounds to an integer in the low bits */
    sd__vi underflow = x < sd__vsplat(-87.0f);
    sd__vf t, n, r, p;
    sd__vi scale;
    x = sd__vselect(x > sd__vsplat(88.0f), sd__vsplat(88.0f), x);
    x = sd__vselect(underflow, sd__vsplat(-87.0f), x);
    t = x * 1.44269504088896341f + magic;
    n = t - magic;
    r = x - n * 0.693145751953125f;
    r = r - n * 1.428606765330187e-6f;
    p = sd__vsplat(1.0f / 5040.0f);
    p = p * r + 1.0f / 720.0f;
    p = p * r + 1.0f / 120.0f;
    p = p * r + 1.0f / 24.0f;
    p = p * r + 1.0f / 6.0f;
    p = p * r + 0.5f;
    p = p * r + 1.0f;
    p = p * r + 1.0f;
    scale = ((sd__vi)t - 0x4B400000 + 127) << 23;
    return sd__vselect(underflow, sd__vsplat(0.0f), p * (sd__vf)scale);
}

/* erf with under 1.5e-7 absolute error: x P(x^2) near zero, 1 - e^(-x^2) Q(1 / (1 + |x|)) beyond
   (least-squares fits on Chebyshev nodes, made for this file). */
SD__VFN sd__vf sd__verf(sd__vf x) {
    static const float small[7] = {1.1283791669006547f, -0.3761263494358532f, 0.11283708439082063f,
                                   -0.026859957713659413f, 0.005202176950940524f, -0.0008153790848848819f,
                                   8.411063875006508e-05f};
    static const float large[8] = {-0.0001514306941355056f, 0.5677354016400485f, 0.5299083997178783f,
                                   0.4535299235147435f, -0.7105427648331811f, -0.4722323853064251f,
                                   1.1587533583993062f, -0.5427671110707468f};
    sd__vi sign = (sd__vi)x & ~0x7FFFFFFF;
    sd__vf ax = (sd__vf)((sd__vi)x & 0x7FFFFFFF), x2 = x * x, ps, pl, u, tail;
    int i;
    ps = sd__vsplat(small[6]);
    for (i = 5; i >= 0; i--) ps = ps * x2 + small[i];
    ax = sd__vselect(ax > sd__vsplat(4.0f), sd__vsplat(4.0f), ax);
    u = 1.0f / (ax + 1.0f);
    pl = sd__vsplat(large[7]);
    for (i = 6; i >= 0; i--) pl = pl * u + large[i];
    tail = 1.0f - sd__vexp(-(ax * ax)) * pl;
    tail = (sd__vf)((sd__vi)tail | sign);
    return sd__vselect(ax < sd__vsplat(0.921875f), x * ps, tail);
}
#else
#define SD__VFN static
#define SD__VW 1
typedef float sd__vf;
SD__VFN sd__vf sd__vsplat(float x) { return x; }
SD__VFN sd__vf sd__vload(const float *p) { return *p; }
SD__VFN void sd__vstore(float *p, sd__vf v) { *p = v; }
SD__VFN float sd__vsum(sd__vf v) { return v; }
SD__VFN sd__vf sd__vmax(sd__vf a, sd__vf b) { return a > b ? a : b; }
SD__VFN float sd__vmax_lanes(sd__vf v) { return v; }
SD__VFN sd__vf sd__vexp(sd__vf x) { return expf(x); }
SD__VFN sd__vf sd__verf(sd__vf x) { return erff(x); }
#endif

/* The tail of a row (count < SD__VW) goes through a zero-padded vector, so that every element
   gets the same arithmetic as the vector body. */
SD__VFN sd__vf sd__vload_part(const float *p, int count) {
    float lanes[SD__VW];
    memset(lanes, 0, sizeof lanes);
    memcpy(lanes, p, (size_t)count * sizeof(float));
    return sd__vload(lanes);
}
SD__VFN void sd__vstore_part(float *p, sd__vf v, int count) {
    float lanes[SD__VW];
    sd__vstore(lanes, v);
    memcpy(p, lanes, (size_t)count * sizeof(float));
}

SD__VFN sd__vf sd__vsilu(sd__vf x) { return x / (1.0f + sd__vexp(-x)); }
SD__VFN sd__vf sd__vgelu(sd__vf x) { return x * 0.5f * (1.0f + sd__verf(x * 0.70710678118654752f)); }
SD__VFN sd__vf sd__vquick_gelu(sd__vf x) { return x / (1.0f + sd__vexp(x * -1.702f)); }

/* --------------------------------------------------------------------------------------------
   Thread pool: the calling thread is thread 0, workers are 1..count-1. A batch is `jobs`
   independent calls fn(ctx, job, thread); workers sleep on a condition variable in between.
   -------------------------------------------------------------------------------------------- */
typedef void (*sd__job_fn)(void *ctx, int job, int thread);

typedef struct sd__thread_pool sd__thread_pool;
typedef struct sd__worker {
    sd__thread_pool *pool;
    int index;
} sd__worker;

struct sd__thread_pool {
    pthread_mutex_t lock;
    pthread_cond_t wake;     /* a new batch, or stop */
    pthread_cond_t finished; /* the last job of a batch is done */
    pthread_t *threads;
    sd__worker *workers;
    int worker_count;        /* threads created */
    int ready;               /* lock and conditions initialized */
    unsigned generation;     /* counts batches, so a worker sees each one once */
    int stop;
    sd__job_fn fn;
    void *ctx;
    int job_count, next_job, done_jobs;
};

/* Runs jobs of the current batch until none is left; called and returns with the lock held. */
static void sd__pool_drain(sd__thread_pool *pool, int thread) {
    while (pool->next_job < pool->job_count) {
        int job = pool->next_job++;
        sd__job_fn fn = pool->fn;
        void *ctx = pool->ctx;
        pthread_mutex_unlock(&pool->lock);
        fn(ctx, job, thread);
        pthread_mutex_lock(&pool->lock);
        if (++pool->done_jobs == pool->job_count) pthread_cond_signal(&pool->finished);
    }
}

static void *sd__pool_worker(void *arg) {
    sd__worker *w = (sd__worker *)arg;
    sd__thread_pool *pool = w->pool;
    unsigned seen = 0;
    pthread_mutex_lock(&pool->lock);
    for (;;) {
        while (!pool->stop && pool->generation == seen) pthread_cond_wait(&pool->wake, &pool->lock);
        if (pool->stop) break;
        seen = pool->generation;
        sd__pool_drain(pool, w->index);
    }
    pthread_mutex_unlock(&pool->lock);
    return NULL;
}

static void sd__pool_parallel_for(sd__thread_pool *pool, int jobs, sd__job_fn fn, void *ctx) {
    int j;
    if (jobs <= 0) return;
    if (pool->worker_count == 0 || jobs == 1) {
        for (j = 0; j < jobs; j++) fn(ctx, j, 0);
        return;
    }
    pthread_mutex_lock(&pool->lock);
    pool->fn = fn;
    pool->ctx = ctx;
    pool->job_count = jobs;
    pool->next_job = 0;
    pool->done_jobs = 0;
    pool->generation++;
    pthread_cond_broadcast(&pool->wake);
    sd__pool_drain(pool, 0);
    while (pool->done_jobs < pool->job_count) pthread_cond_wait(&pool->finished, &pool->lock);
    pthread_mutex_unlock(&pool->lock);
}

static void sd__pool_destroy(sd__env *env, sd__thread_pool *pool) {
    int i;
    if (pool->ready) {
        pthread_mutex_lock(&pool->lock);
        pool->stop = 1;
        pthread_cond_broadcast(&pool->wake);
        pthread_mutex_unlock(&pool->lock);
        for (i = 0; i < pool->worker_count; i++) pthread_join(pool->threads[i], NULL);
        pthread_cond_destroy(&pool->finished);
        pthread_cond_destroy(&pool->wake);
        pthread_mutex_destroy(&pool->lock);
    }
    sd__free(env, pool->threads);
    sd__free(env, pool->workers);
    memset(pool, 0, sizeof *pool);
}

/* A pool for `threads` threads in all (threads - 1 workers). */
static sd_result sd__pool_create(sd__env *env, int threads, sd__thread_pool *pool) {
    int i, workers = threads - 1;
    memset(pool, 0, sizeof *pool);
    if (workers == 0) return SD_OK;
    pool->threads = (pthread_t *)sd__calloc(env, (size_t)workers, sizeof(pthread_t));
    pool->workers = (sd__worker *)sd__calloc(env, (size_t)workers, sizeof(sd__worker));
    if (!pool->threads || !pool->workers) {
        sd__pool_destroy(env, pool);
        return sd__oom(env);
    }
    if (pthread_mutex_init(&pool->lock, NULL) != 0 || pthread_cond_init(&pool->wake, NULL) != 0 ||
        pthread_cond_init(&pool->finished, NULL) != 0) {
        /* (with default attributes these only fail for lack of resources; nothing to undo) */
        sd__pool_destroy(env, pool);
        return sd__fail(env, SD_ERR_BACKEND, "cpu backend: cannot create the thread pool's locks");
    }
    pool->ready = 1;
    for (i = 0; i < workers; i++) {
        pool->workers[i].pool = pool;
        pool->workers[i].index = i + 1;
        if (pthread_create(&pool->threads[i], NULL, sd__pool_worker, &pool->workers[i]) != 0) {
            sd__pool_destroy(env, pool);
            return sd__fail(env, SD_ERR_BACKEND, "cpu backend: cannot start worker thread %d of %d", i + 1, workers);
        }
        pool->worker_count = i + 1;
    }
    return SD_OK;
}

/* --------------------------------------------------------------------------------------------
   Backend state and memory. Every block is 64-byte aligned and remembers its size, so release
   works the same for activations, packed weights and scratch.
   -------------------------------------------------------------------------------------------- */
#define SD__MR 6      /* micro-tile rows (the kernels and sd__pack_interleave are written for 6) */
#define SD__NR 16     /* micro-tile columns, one B panel (the AVX2 kernel is written for 16) */
#define SD__KC 256    /* K block: an A sliver and a B sliver (16 KB) stay in L1 */
#define SD__MC 144    /* rows per GEMM job: the job's A block (144 KB) stays in L2 */
#define SD__ATTN_ROWS 48 /* query rows per attention job: bounds the score buffer */
#define SD__CPU_ALIGN 64
#define SD__ELEMENTS_PER_JOB 16384 /* elementwise ops: a multiple of SD__VW */

/* c (MR x NR, row stride ldc) = a b, or c += a b when accumulate. Element (r, k) of the MR x kc
   A tile is a[r * a_rs + k * a_ks]: a packed sliver (a_rs 1, a_ks MR) or rows of a row-major
   matrix read in place (a_rs its row stride, a_ks 1); b is a packed B sliver [kc][NR]. Both
   forms do the same arithmetic, so results never depend on which one a tile got. */
typedef void (*sd__kernel_fn)(int kc, const float *a, size_t a_rs, size_t a_ks, const float *b, float *c, size_t ldc,
                              int accumulate);

/* The header in front of every block of backend memory: the blocks form a list, so that destroy
   frees whatever a caller did not release. */
typedef struct sd__cpu_block {
    unsigned char *raw; /* what sd__malloc returned */
    size_t bytes;
    struct sd__cpu_block *prev, *next;
} sd__cpu_block;

typedef struct sd__cpu_backend {
    sd__backend base;
    int threads;
    sd__thread_pool pool;
    sd__kernel_fn kernel;
    sd__cpu_block *blocks;  /* every live block */
    float **scratch;        /* one buffer per thread */
    size_t scratch_floats;  /* size of each */
} sd__cpu_backend;

static void sd__cpu_failf(sd__backend *b, sd_result code, const char *fmt, ...) SD__PRINTF(3, 4);
static void sd__cpu_failf(sd__backend *b, sd_result code, const char *fmt, ...) {
    char what[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(what, sizeof what, fmt, ap);
    va_end(ap);
    sd__backend_fail(b, code, what);
}

/* bytes of 64-byte aligned backend memory; on failure NULL, with status set naming `shape` when
   given. */
static void *sd__cpu_alloc(sd__backend *b, size_t bytes, const sd__tensor *shape) {
    sd__cpu_backend *cb = (sd__cpu_backend *)b;
    sd__cpu_block *block;
    size_t total;
    unsigned char *raw, *p;
    if (b->status) return NULL;
    if (!sd__add_size(bytes, sizeof(sd__cpu_block) + SD__CPU_ALIGN, &total) ||
        !(raw = (unsigned char *)sd__malloc(b->env, total))) {
        if (shape)
            sd__cpu_failf(b, SD_ERR_OUT_OF_MEMORY, "out of memory allocating %.1f MB for a [%d, %d, %d, %d] tensor",
                          (double)bytes / 1048576.0, shape->n, shape->h, shape->w, shape->c);
        else
            sd__cpu_failf(b, SD_ERR_OUT_OF_MEMORY, "out of memory allocating %.1f MB of work space", (double)bytes / 1048576.0);
        return NULL;
    }
    p = raw + sizeof(sd__cpu_block);
    p += (SD__CPU_ALIGN - (size_t)((uintptr_t)p % SD__CPU_ALIGN)) % SD__CPU_ALIGN;
    block = (sd__cpu_block *)(void *)(p - sizeof(sd__cpu_block));
    block->raw = raw;
    block->bytes = bytes;
    block->prev = NULL;
    block->next = cb->blocks;
    if (cb->blocks) cb->blocks->prev = block;
    cb->blocks = block;
    b->bytes_in_use += bytes;
    if (b->bytes_in_use > b->peak_bytes) b->peak_bytes = b->bytes_in_use;
    return p;
}

static void sd__cpu_free(sd__backend *b, void *ptr) {
    sd__cpu_backend *cb = (sd__cpu_backend *)b;
    sd__cpu_block *block;
    if (!ptr) return;
    block = (sd__cpu_block *)(void *)((unsigned char *)ptr - sizeof(sd__cpu_block));
    if (block->prev) block->prev->next = block->next;
    else cb->blocks = block->next;
    if (block->next) block->next->prev = block->prev;
    b->bytes_in_use -= block->bytes;
    sd__free(b->env, block->raw);
}

/* A buffer of count * extra floats (overflow-checked); NULL with status set. */
static float *sd__cpu_alloc_floats(sd__backend *b, size_t count, size_t extra, const sd__tensor *shape) {
    size_t bytes;
    if (!sd__mul_size(count, extra, &count) || !sd__mul_size(count, sizeof(float), &bytes)) {
        if (!b->status) sd__cpu_failf(b, SD_ERR_OUT_OF_MEMORY, "a buffer size overflows");
        return NULL;
    }
    return (float *)sd__cpu_alloc(b, bytes, shape);
}

/* Makes every thread's scratch buffer hold at least `floats` floats (allocated here, on the
   calling thread, because the env is not thread-safe). 0 with status set on failure. */
static int sd__cpu_scratch(sd__cpu_backend *cb, size_t floats) {
    int i;
    if (cb->base.status) return 0;
    if (floats <= cb->scratch_floats) return 1;
    for (i = 0; i < cb->threads; i++) {
        sd__cpu_free(&cb->base, cb->scratch[i]);
        cb->scratch[i] = NULL;
    }
    cb->scratch_floats = 0;
    for (i = 0; i < cb->threads; i++)
        if (!(cb->scratch[i] = sd__cpu_alloc_floats(&cb->base, floats, 1, NULL))) return 0;
    cb->scratch_floats = floats;
    return 1;
}

/* --------------------------------------------------------------------------------------------
   SGEMM micro-kernels
   -------------------------------------------------------------------------------------------- */
/* Portable kernel: vector lanes along the tile's columns (scalar without vector extensions). */
static void sd__kernel_generic(int kc, const float *a, size_t a_rs, size_t a_ks, const float *b, float *c, size_t ldc,
                               int accumulate) {
    sd__vf acc[SD__MR][SD__NR / SD__VW], bv[SD__NR / SD__VW], av;
    int k, r, j;
    for (r = 0; r < SD__MR; r++)
        for (j = 0; j < SD__NR / SD__VW; j++) acc[r][j] = sd__vsplat(0.0f);
    for (k = 0; k < kc; k++, a += a_ks, b += SD__NR) {
        for (j = 0; j < SD__NR / SD__VW; j++) bv[j] = sd__vload(b + j * SD__VW);
        for (r = 0; r < SD__MR; r++) {
            av = sd__vsplat(a[r * a_rs]);
            for (j = 0; j < SD__NR / SD__VW; j++) acc[r][j] += av * bv[j];
        }
    }
    for (r = 0; r < SD__MR; r++)
        for (j = 0; j < SD__NR / SD__VW; j++) {
            float *p = c + (size_t)r * ldc + (size_t)j * SD__VW;
            sd__vstore(p, accumulate ? sd__vload(p) + acc[r][j] : acc[r][j]);
        }
}

#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__)) && !defined(SD_NO_SIMD)
#define SD__HAVE_AVX2_KERNEL 1
#include <immintrin.h>
/* AVX2 + FMA kernel, compiled for that target whatever the build flags and chosen at run time:
   12 accumulators (6 rows x 2 vectors of 8), 2 B loads and 6 broadcasts per k. */
__attribute__((target("avx2,fma"))) static void sd__kernel_avx2(int kc, const float *a, size_t a_rs, size_t a_ks,
                                                                const float *b, float *c, size_t ldc, int accumulate) {
    const float *a0 = a, *a1 = a0 + a_rs, *a2 = a1 + a_rs, *a3 = a2 + a_rs, *a4 = a3 + a_rs, *a5 = a4 + a_rs;
    __m256 c00 = _mm256_setzero_ps(), c01 = c00, c10 = c00, c11 = c00, c20 = c00, c21 = c00;
    __m256 c30 = c00, c31 = c00, c40 = c00, c41 = c00, c50 = c00, c51 = c00, b0, b1, av;
    size_t o = 0;
    int k;
    for (k = 0; k < kc; k++, o += a_ks, b += SD__NR) {
        b0 = _mm256_loadu_ps(b);
        b1 = _mm256_loadu_ps(b + 8);
        av = _mm256_broadcast_ss(a0 + o); c00 = _mm256_fmadd_ps(av, b0, c00); c01 = _mm256_fmadd_ps(av, b1, c01);
        av = _mm256_broadcast_ss(a1 + o); c10 = _mm256_fmadd_ps(av, b0, c10); c11 = _mm256_fmadd_ps(av, b1, c11);
        av = _mm256_broadcast_ss(a2 + o); c20 = _mm256_fmadd_ps(av, b0, c20); c21 = _mm256_fmadd_ps(av, b1, c21);
        av = _mm256_broadcast_ss(a3 + o); c30 = _mm256_fmadd_ps(av, b0, c30); c31 = _mm256_fmadd_ps(av, b1, c31);
        av = _mm256_broadcast_ss(a4 + o); c40 = _mm256_fmadd_ps(av, b0, c40); c41 = _mm256_fmadd_ps(av, b1, c41);
        av = _mm256_broadcast_ss(a5 + o); c50 = _mm256_fmadd_ps(av, b0, c50); c51 = _mm256_fmadd_ps(av, b1, c51);
    }
#define SD__STORE_ROW(r, lo, hi)                                                                 \
    do {                                                                                         \
        float *row = c + (size_t)(r) * ldc;                                                      \
        if (accumulate) {                                                                        \
            lo = _mm256_add_ps(_mm256_loadu_ps(row), lo);                                        \
            hi = _mm256_add_ps(_mm256_loadu_ps(row + 8), hi);                                    \
        }                                                                                        \
        _mm256_storeu_ps(row, lo);                                                               \
        _mm256_storeu_ps(row + 8, hi);                                                           \
    } while (0)
    SD__STORE_ROW(0, c00, c01);
    SD__STORE_ROW(1, c10, c11);
    SD__STORE_ROW(2, c20, c21);
    SD__STORE_ROW(3, c30, c31);
    SD__STORE_ROW(4, c40, c41);
    SD__STORE_ROW(5, c50, c51);
#undef SD__STORE_ROW
}
#endif

static sd__kernel_fn sd__pick_kernel(void) {
#ifdef SD__HAVE_AVX2_KERNEL
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) return sd__kernel_avx2;
#endif
    return sd__kernel_generic;
}

/* --------------------------------------------------------------------------------------------
   SGEMM driver. A is the im2col view of an NHWC image: row m is output pixel (batch, oy, ox),
   column k is (ky, kx, channel), so a 3x3 convolution reads 9 runs of `in_c` contiguous floats
   per row. B is packed: panel p holds columns p*NR..p*NR+NR-1 as [k][NR], zero past n.
   -------------------------------------------------------------------------------------------- */
typedef struct sd__gemm {
    const float *x;       /* image: pixel (b, y, x) at x + ((b * in_h + y) * in_w + x) * pixel_stride */
    size_t pixel_stride;
    int in_h, in_w, in_c, ksize, stride, pad, out_h, out_w;
    int m, n, k;          /* m = batch * out_h * out_w, k = ksize * ksize * in_c */
    const float *b;       /* packed B */
    float *c;             /* row m at c + m * ldc */
    size_t ldc;
    const float *bias;    /* [n] or NULL */
    const float *residual;/* laid out like c, or NULL */
    int a_in_place;       /* A is a plain matrix whose whole MR-row tiles the kernel reads where they
                             lie; pays off for short products (attention), packing wins elsewhere */
} sd__gemm;

static const float sd__zeros[SD__KC] = {0};

/* The view of a row-major matrix (rows x cols, row stride ld) as a GEMM A operand. */
static void sd__gemm_matrix_a(sd__gemm *g, const float *a, int rows, int cols, size_t ld) {
    g->x = a;
    g->pixel_stride = ld;
    g->in_h = g->out_h = 1;
    g->in_w = g->out_w = g->m = rows;
    g->in_c = g->k = cols;
    g->ksize = g->stride = 1;
    g->pad = 0;
    g->a_in_place = 0;
}

/* d[j * MR + r] = src[r][j] for j < len: one column run of an A sliver, written out for MR = 6 so
   that the row pointers stay in registers. */
static void sd__pack_interleave(const float *const *src, int len, float *d) {
    const float *s0 = src[0], *s1 = src[1], *s2 = src[2], *s3 = src[3], *s4 = src[4], *s5 = src[5];
    int j;
    for (j = 0; j < len; j++, d += 6) {
        d[0] = s0[j]; d[1] = s1[j]; d[2] = s2[j];
        d[3] = s3[j]; d[4] = s4[j]; d[5] = s5[j];
    }
}

/* Packs rows m0..m0+rows-1, columns k0..k0+kc-1 of A into MR-row slivers [kc][MR] (rows past
   the end are zero). Column runs are shared by all rows of a sliver; only the source pixel
   (or padding) differs per row. */
static void sd__gemm_pack_a(const sd__gemm *g, int m0, int rows, int k0, int kc, float *dst) {
    const float *src[SD__MR];
    int pix = g->out_h * g->out_w, p, r;
    for (p = 0; p < rows; p += SD__MR, dst += (size_t)SD__MR * kc) {
        int bn[SD__MR], oy[SD__MR], ox[SD__MR], k = k0;
        for (r = 0; r < SD__MR; r++) {
            int m = m0 + p + r;
            bn[r] = -1;
            if (p + r < rows) {
                bn[r] = m / pix;
                oy[r] = (m % pix) / g->out_w;
                ox[r] = m % g->out_w;
            }
        }
        while (k < k0 + kc) {
            int tap = k / g->in_c, ch = k - tap * g->in_c, len = SD__MIN(g->in_c - ch, k0 + kc - k);
            int ky = tap / g->ksize, kx = tap % g->ksize;
            float *d = dst + (size_t)(k - k0) * SD__MR;
            for (r = 0; r < SD__MR; r++) {
                int iy = oy[r] * g->stride - g->pad + ky, ix = ox[r] * g->stride - g->pad + kx;
                if (bn[r] < 0 || iy < 0 || iy >= g->in_h || ix < 0 || ix >= g->in_w) src[r] = sd__zeros;
                else src[r] = g->x + ((size_t)(bn[r] * g->in_h + iy) * g->in_w + ix) * g->pixel_stride + ch;
            }
            sd__pack_interleave(src, len, d);
            k += len;
        }
    }
}

/* Floats of a packed B of k rows and n columns (n rounded up to whole panels). */
static size_t sd__packed_b_floats(int k, int n) {
    return (size_t)((n + SD__NR - 1) / SD__NR) * SD__NR * (size_t)k;
}

/* Panel p of B(kk, col) = src[col * ld + (ch * ksize + ky) * ksize + kx], kk = (ky * ksize + kx) *
   in_c + ch: PyTorch's conv weight [out, in, kh, kw] (and with ksize 1, any matrix whose rows are
   B's columns). Channels go in blocks of 64 so that the 16 source rows' pieces stay in cache
   while every tap reads them. */
static void sd__pack_b_panel(const float *src, size_t ld, int in_c, int ksize, int n, int p, float *panel) {
    const float *rows[SD__NR];
    int cols = SD__MIN(SD__NR, n - p * SD__NR), ch0, ch1, ky, kx, ch, j;
    for (j = 0; j < cols; j++) rows[j] = src + (size_t)(p * SD__NR + j) * ld;
    for (ch0 = 0; ch0 < in_c; ch0 = ch1) {
        ch1 = SD__MIN(in_c, ch0 + 64);
        for (ky = 0; ky < ksize; ky++)
            for (kx = 0; kx < ksize; kx++)
                for (ch = ch0; ch < ch1; ch++) {
                    float *d = panel + ((size_t)(ky * ksize + kx) * in_c + ch) * SD__NR;
                    size_t at = ((size_t)ch * ksize + ky) * ksize + kx;
                    for (j = 0; j < cols; j++) d[j] = rows[j][at];
                    for (; j < SD__NR; j++) d[j] = 0.0f;
                }
    }
}

static void sd__pack_b_columns(const float *src, size_t ld, int in_c, int ksize, int n, float *dst) {
    int p, panels = (n + SD__NR - 1) / SD__NR;
    for (p = 0; p < panels; p++)
        sd__pack_b_panel(src, ld, in_c, ksize, n, p, dst + sd__packed_b_floats(ksize * ksize * in_c, p * SD__NR));
}

/* B(kk, col) = src[kk * ld + col]: a row-major K x N matrix. */
static void sd__pack_b_rows(const float *src, size_t ld, int k, int n, float *dst) {
    int panels = (n + SD__NR - 1) / SD__NR, p, kk;
    for (p = 0; p < panels; p++) {
        int cols = SD__MIN(SD__NR, n - p * SD__NR);
        for (kk = 0; kk < k; kk++, dst += SD__NR) {
            memcpy(dst, src + (size_t)kk * ld + (size_t)p * SD__NR, (size_t)cols * sizeof(float));
            if (cols < SD__NR) memset(dst + cols, 0, (size_t)(SD__NR - cols) * sizeof(float));
        }
    }
}

/* c[j] += a[j] for j < count. */
static void sd__add_run(float *c, const float *a, int count) {
    int j;
    for (j = 0; j + SD__VW <= count; j += SD__VW) sd__vstore(c + j, sd__vload(c + j) + sd__vload(a + j));
    for (; j < count; j++) c[j] += a[j];
}

/* Rows m0..m1-1 (m1 - m0 <= MC) and panels p0..p1-1 of C; apack holds MC * KC floats. A is
   packed per K block, except the whole tiles of an A read in place (a last tile of fewer than
   MR rows is still packed, as the rows past the end do not exist). */
static void sd__gemm_block(sd__kernel_fn kernel, const sd__gemm *g, int m0, int m1, int p0, int p1, float *apack) {
    float tile[SD__MR * SD__NR];
    int in_place = g->a_in_place, full_end = m0 + (m1 - m0) / SD__MR * SD__MR;
    int k_blocks = (g->k + SD__KC - 1) / SD__KC, k_step = (g->k + k_blocks - 1) / k_blocks; /* even K blocks */
    int k0, p, i, r, j, j0 = p0 * SD__NR, n_end = SD__MIN(g->n, p1 * SD__NR);
    for (k0 = 0; k0 < g->k; k0 += k_step) {
        int kc = SD__MIN(k_step, g->k - k0), accumulate = k0 > 0, pack_from = in_place ? full_end : m0;
        if (pack_from < m1) sd__gemm_pack_a(g, pack_from, m1 - pack_from, k0, kc, apack);
        for (p = p0; p < p1; p++) {
            const float *bp = g->b + ((size_t)p * g->k + k0) * SD__NR;
            int cols = SD__MIN(SD__NR, g->n - p * SD__NR);
            for (i = m0; i < m1; i += SD__MR) {
                int rows = SD__MIN(SD__MR, m1 - i);
                float *c = g->c + (size_t)i * g->ldc + (size_t)p * SD__NR;
                const float *a = apack + (size_t)(i - pack_from) * kc;
                size_t a_rs = 1, a_ks = SD__MR;
                if (i < pack_from) {
                    a = g->x + (size_t)i * g->pixel_stride + k0;
                    a_rs = g->pixel_stride;
                    a_ks = 1;
                }
                if (rows == SD__MR && cols == SD__NR) {
                    kernel(kc, a, a_rs, a_ks, bp, c, g->ldc, accumulate);
                    continue;
                }
                kernel(kc, a, a_rs, a_ks, bp, tile, SD__NR, 0);
                for (r = 0; r < rows; r++)
                    for (j = 0; j < cols; j++) {
                        float *e = c + (size_t)r * g->ldc + j;
                        *e = accumulate ? *e + tile[r * SD__NR + j] : tile[r * SD__NR + j];
                    }
            }
        }
    }
    if (g->bias)
        for (i = m0; i < m1; i++) sd__add_run(g->c + (size_t)i * g->ldc + j0, g->bias + j0, n_end - j0);
    if (g->residual)
        for (i = m0; i < m1; i++) sd__add_run(g->c + (size_t)i * g->ldc + j0, g->residual + (size_t)i * g->ldc + j0, n_end - j0);
}

typedef struct sd__gemm_job {
    sd__cpu_backend *cb;
    const sd__gemm *g;
    int row_blocks, rows_per_job, col_blocks, panels_per_job;
} sd__gemm_job;

static void sd__gemm_job_run(void *ctx, int job, int thread) {
    const sd__gemm_job *J = (const sd__gemm_job *)ctx;
    int mb = job / J->col_blocks, nb = job % J->col_blocks;
    int m0 = mb * J->rows_per_job, m1 = SD__MIN(J->g->m, m0 + J->rows_per_job);
    int panels = (J->g->n + SD__NR - 1) / SD__NR;
    int p0 = nb * J->panels_per_job, p1 = SD__MIN(panels, p0 + J->panels_per_job);
    sd__gemm_block(J->cb->kernel, J->g, m0, m1, p0, p1, J->cb->scratch[thread]);
}

/* The whole GEMM on all threads: jobs are row blocks of at most MC rows (even sizes, in whole
   tiles), split along N as well when there are too few row blocks to keep every thread busy. */
static void sd__gemm_run(sd__cpu_backend *cb, const sd__gemm *g) {
    sd__gemm_job J;
    int panels = (g->n + SD__NR - 1) / SD__NR, wanted = 4 * cb->threads;
    if (!sd__cpu_scratch(cb, (size_t)SD__MC * SD__KC)) return;
    J.cb = cb;
    J.g = g;
    J.row_blocks = (g->m + SD__MC - 1) / SD__MC;
    J.rows_per_job = ((g->m + J.row_blocks - 1) / J.row_blocks + SD__MR - 1) / SD__MR * SD__MR;
    J.row_blocks = (g->m + J.rows_per_job - 1) / J.rows_per_job;
    J.col_blocks = 1;
    if (cb->threads > 1 && J.row_blocks < wanted)
        J.col_blocks = SD__MIN(panels, (wanted + J.row_blocks - 1) / J.row_blocks);
    J.panels_per_job = (panels + J.col_blocks - 1) / J.col_blocks;
    J.col_blocks = (panels + J.panels_per_job - 1) / J.panels_per_job;
    sd__pool_parallel_for(&cb->pool, J.row_blocks * J.col_blocks, sd__gemm_job_run, &J);
}

/* --------------------------------------------------------------------------------------------
   Argument checks shared by the ops
   -------------------------------------------------------------------------------------------- */
static int sd__t_live(const sd__tensor *t) {
    return t && t->data && t->dtype == SD__F32 && t->n > 0 && t->h > 0 && t->w > 0 && t->c > 0;
}
static int sd__t_same_shape(const sd__tensor *a, const sd__tensor *b) {
    return a->n == b->n && a->h == b->h && a->w == b->w && a->c == b->c;
}

/* 1 when an op may run: no earlier failure and every tensor present and float32. */
static int sd__cpu_begin(sd__backend *b, const char *op, const sd__tensor *const *tensors, int count) {
    int i;
    if (b->status) return 0;
    for (i = 0; i < count; i++)
        if (!sd__t_live(tensors[i])) {
            sd__cpu_failf(b, SD_ERR_INVALID_ARGUMENT, "%s: tensor argument %d is missing, empty or not float32", op, i + 1);
            return 0;
        }
    return 1;
}

/* Returns ok; when it is 0, reports the broken rule with the shapes of the op's tensors, so an
   op chains its checks with ||. */
static int sd__cpu_check_shapes(sd__backend *b, int ok, const char *op, const sd__tensor *x, const sd__tensor *w,
                                const sd__tensor *y, const char *rule) {
    if (ok) return 1;
    sd__cpu_failf(b, SD_ERR_INVALID_ARGUMENT, "%s: %s (x [%d, %d, %d, %d], %s [%d, %d, %d, %d], y [%d, %d, %d, %d])", op, rule,
                  x->n, x->h, x->w, x->c, w == y ? "y" : "w", w->n, w->h, w->w, w->c, y->n, y->h, y->w, y->c);
    return 0;
}

static int sd__cpu_check_vector(sd__backend *b, const sd__tensor *v, int length, const char *op, const char *name) {
    if (!v) return 1;
    if (sd__t_live(v) && (size_t)v->n * v->h * v->w == 1 && v->c == length) return 1;
    sd__cpu_failf(b, SD_ERR_INVALID_ARGUMENT, "%s: %s must be a float32 vector of %d values", op, name, length);
    return 0;
}

/* --------------------------------------------------------------------------------------------
   Memory ops
   -------------------------------------------------------------------------------------------- */
static void sd__cpu_alloc_op(sd__backend *b, sd__tensor *t) {
    size_t count;
    t->data = NULL;
    if (b->status) return;
    if (t->dtype != SD__F32) {
        sd__cpu_failf(b, SD_ERR_UNSUPPORTED, "only float32 tensors are supported");
        return;
    }
    count = sd__shape_count(b, t->n, t->h, t->w, t->c);
    if (!count) return;
    t->data = sd__cpu_alloc(b, count * sizeof(float), t);
}

static void sd__cpu_release(sd__backend *b, sd__tensor *t) {
    sd__cpu_free(b, t->data);
    t->data = NULL;
}

typedef struct sd__pack_job {
    const float *src;
    float *dst;
    int k, n, ksize;
} sd__pack_job;

static void sd__pack_weight_job(void *ctx, int job, int thread) {
    const sd__pack_job *J = (const sd__pack_job *)ctx;
    (void)thread;
    sd__pack_b_panel(J->src, (size_t)J->k, J->k / (J->ksize * J->ksize), J->ksize, J->n, job,
                     J->dst + sd__packed_b_floats(J->k, job * SD__NR));
}

static void sd__cpu_upload_weight(sd__backend *b, sd__weight_kind kind, const float *src, sd__tensor *dst) {
    size_t count;
    float *data;
    dst->data = NULL;
    dst->dtype = SD__F32;
    if (b->status) return;
    count = sd__shape_count(b, dst->n, dst->h, dst->w, dst->c);
    if (!count) return;
    if (kind == SD__W_CONV && !(dst->h == dst->w && (dst->h == 1 || dst->h == 3))) {
        sd__cpu_failf(b, SD_ERR_UNSUPPORTED, "conv weight [%d, %d, %d, %d]: only 1x1 and 3x3 kernels", dst->n, dst->c,
                      dst->h, dst->w);
        return;
    }
    if (kind != SD__W_CONV && (dst->n != 1 || dst->h != 1 || (kind == SD__W_VECTOR && dst->w != 1))) {
        sd__cpu_failf(b, SD_ERR_INVALID_ARGUMENT, "weight of kind %d has shape [%d, %d, %d, %d]", (int)kind, dst->n,
                      dst->h, dst->w, dst->c);
        return;
    }
    if (kind == SD__W_CONV || kind == SD__W_LINEAR) {
        sd__pack_job J;
        J.src = src;
        J.n = kind == SD__W_CONV ? dst->n : dst->w;
        J.k = kind == SD__W_CONV ? dst->h * dst->w * dst->c : dst->c;
        J.ksize = kind == SD__W_CONV ? dst->h : 1;
        if (!(data = sd__cpu_alloc_floats(b, sd__packed_b_floats(J.k, J.n), 1, dst))) return;
        J.dst = data;
        sd__pool_parallel_for(&((sd__cpu_backend *)b)->pool, (J.n + SD__NR - 1) / SD__NR, sd__pack_weight_job, &J);
    } else {
        if (!(data = sd__cpu_alloc_floats(b, count, 1, dst))) return;
        memcpy(data, src, count * sizeof(float));
    }
    dst->data = data;
}

static void sd__cpu_write(sd__backend *b, sd__tensor *dst, const float *src) {
    if (!sd__cpu_begin(b, "write", (const sd__tensor *const *)&dst, 1)) return;
    memcpy(dst->data, src, sd__tensor_count(dst) * sizeof(float));
}

static void sd__cpu_read(sd__backend *b, const sd__tensor *src, float *dst) {
    if (!sd__cpu_begin(b, "read", &src, 1)) return;
    memcpy(dst, src->data, sd__tensor_count(src) * sizeof(float));
}

/* --------------------------------------------------------------------------------------------
   conv2d and linear
   -------------------------------------------------------------------------------------------- */
static void sd__cpu_conv2d(sd__backend *b, const sd__tensor *x, const sd__tensor *w, const sd__tensor *bias,
                           const sd__tensor *residual, int stride, sd__tensor *y) {
    const sd__tensor *args[3];
    sd__gemm g;
    int k, pad;
    args[0] = x; args[1] = w; args[2] = y;
    if (!sd__cpu_begin(b, "conv2d", args, 3)) return;
    k = w->h;
    pad = k / 2;
    if (!sd__cpu_check_shapes(b, (k == 1 || k == 3) && w->w == k && (stride == 1 || stride == 2), "conv2d", x, w, y,
                              "needs a 1x1 or 3x3 kernel and stride 1 or 2") ||
        !sd__cpu_check_shapes(b, x->c == w->c && y->c == w->n && y->n == x->n &&
                                     y->h == (x->h + 2 * pad - k) / stride + 1 && y->w == (x->w + 2 * pad - k) / stride + 1 &&
                                     (size_t)y->n * y->h * y->w <= (size_t)INT_MAX,
                              "conv2d", x, w, y, "shapes do not fit") ||
        !sd__cpu_check_vector(b, bias, w->n, "conv2d", "bias") ||
        !sd__cpu_check_shapes(b, !residual || (sd__t_live(residual) && sd__t_same_shape(residual, y)), "conv2d", x, w,
                              y, "residual must have y's shape") ||
        !sd__cpu_check_shapes(b, x->data != y->data && (!residual || residual->data != y->data), "conv2d", x, w, y,
                              "y must not share memory with x or residual"))
        return;
    g.x = (const float *)x->data;
    g.pixel_stride = (size_t)x->c;
    g.in_h = x->h; g.in_w = x->w; g.in_c = x->c;
    g.ksize = k; g.stride = stride; g.pad = pad;
    g.out_h = y->h; g.out_w = y->w;
    g.m = y->n * y->h * y->w;
    g.n = w->n;
    g.k = k * k * x->c;
    g.b = (const float *)w->data;
    g.c = (float *)y->data;
    g.ldc = (size_t)y->c;
    g.bias = bias ? (const float *)bias->data : NULL;
    g.residual = residual ? (const float *)residual->data : NULL;
    g.a_in_place = 0;
    sd__gemm_run((sd__cpu_backend *)b, &g);
}

static void sd__cpu_linear(sd__backend *b, const sd__tensor *x, const sd__tensor *w, const sd__tensor *bias,
                           const sd__tensor *residual, sd__tensor *y) {
    const sd__tensor *args[3];
    sd__gemm g;
    size_t rows;
    args[0] = x; args[1] = w; args[2] = y;
    if (!sd__cpu_begin(b, "linear", args, 3)) return;
    rows = sd__tensor_count(x) / (size_t)x->c;
    if (!sd__cpu_check_shapes(b, w->n == 1 && w->h == 1 && x->c == w->c && y->c == w->w &&
                                     sd__tensor_count(y) / (size_t)y->c == rows && rows <= (size_t)INT_MAX,
                              "linear", x, w, y, "shapes do not fit") ||
        !sd__cpu_check_vector(b, bias, w->w, "linear", "bias") ||
        !sd__cpu_check_shapes(b, !residual || (sd__t_live(residual) && sd__t_same_shape(residual, y)), "linear", x, w,
                              y, "residual must have y's shape") ||
        !sd__cpu_check_shapes(b, x->data != y->data && (!residual || residual->data != y->data), "linear", x, w, y,
                              "y must not share memory with x or residual"))
        return;
    sd__gemm_matrix_a(&g, (const float *)x->data, (int)rows, x->c, (size_t)x->c);
    g.n = w->w;
    g.b = (const float *)w->data;
    g.c = (float *)y->data;
    g.ldc = (size_t)y->c;
    g.bias = bias ? (const float *)bias->data : NULL;
    g.residual = residual ? (const float *)residual->data : NULL;
    sd__gemm_run((sd__cpu_backend *)b, &g);
}

/* --------------------------------------------------------------------------------------------
   Normalization
   -------------------------------------------------------------------------------------------- */
/* Group norm reads the tensor in order: jobs are fixed runs of pixels of one sample (the split
   depends on the shape only), each summing every channel in double; the runs' partial sums are
   then added in order, so the statistics do not depend on the thread count. Two passes: sums,
   then squared deviations from the group means. */
typedef struct sd__group_norm_job {
    const float *x, *beta;
    float *y;
    int pixels, c, silu;
    int run_pixels, runs;  /* per sample */
    int squares;           /* which pass */
    double *partial;       /* [sample][run][c] */
    double *center;        /* [sample][c]: the group mean of each channel (second pass) */
    float *chan;           /* [sample][2][c]: mean and rstd * gamma of each channel (normalization) */
} sd__group_norm_job;

static void sd__group_sums_job(void *ctx, int job, int thread) {
    const sd__group_norm_job *J = (const sd__group_norm_job *)ctx;
    int s = job / J->runs, p0 = (job % J->runs) * J->run_pixels, p1 = SD__MIN(J->pixels, p0 + J->run_pixels), p, i;
    const float *x = J->x + ((size_t)s * J->pixels + p0) * J->c;
    const double *center = J->center + (size_t)s * J->c;
    double *acc = J->partial + (size_t)job * J->c;
    (void)thread;
    for (i = 0; i < J->c; i++) acc[i] = 0;
    for (p = p0; p < p1; p++, x += J->c) {
        if (J->squares)
            for (i = 0; i < J->c; i++) acc[i] += (x[i] - center[i]) * (x[i] - center[i]);
        else
            for (i = 0; i < J->c; i++) acc[i] += x[i];
    }
}

/* Runs one pass and returns, per (sample, group), its total over the group's elements. */
static void sd__group_pass(sd__cpu_backend *cb, sd__group_norm_job *J, int n, int groups, int squares, double *total) {
    int s, g, r, i, cg = J->c / groups;
    J->squares = squares;
    sd__pool_parallel_for(&cb->pool, n * J->runs, sd__group_sums_job, J);
    for (s = 0; s < n; s++)
        for (g = 0; g < groups; g++) {
            double sum = 0;
            for (r = 0; r < J->runs; r++)
                for (i = g * cg; i < (g + 1) * cg; i++) sum += J->partial[((size_t)s * J->runs + r) * J->c + i];
            total[s * groups + g] = sum;
        }
}

/* y = (x - mean) * (rstd * gamma) + beta over a run of `count` channels, then SiLU if asked. */
static void sd__normalize_run(const float *x, float *y, const float *mean, const float *scale, const float *beta,
                              int count, int silu) {
    int i;
    for (i = 0; i < count; i += SD__VW) {
        int len = SD__MIN(SD__VW, count - i);
        sd__vf v = len == SD__VW ? sd__vload(x + i) : sd__vload_part(x + i, len);
        sd__vf mv = len == SD__VW ? sd__vload(mean + i) : sd__vload_part(mean + i, len);
        sd__vf sv = len == SD__VW ? sd__vload(scale + i) : sd__vload_part(scale + i, len);
        sd__vf bv = len == SD__VW ? sd__vload(beta + i) : sd__vload_part(beta + i, len);
        v = (v - mv) * sv + bv;
        if (silu) v = sd__vsilu(v);
        if (len == SD__VW) sd__vstore(y + i, v);
        else sd__vstore_part(y + i, v, len);
    }
}

static void sd__group_apply_job(void *ctx, int job, int thread) {
    const sd__group_norm_job *J = (const sd__group_norm_job *)ctx;
    int s = job / J->runs, p0 = (job % J->runs) * J->run_pixels, p1 = SD__MIN(J->pixels, p0 + J->run_pixels), p;
    const float *mean = J->chan + (size_t)s * 2 * J->c, *scale = mean + J->c;
    (void)thread;
    for (p = p0; p < p1; p++) {
        size_t at = ((size_t)s * J->pixels + p) * J->c;
        sd__normalize_run(J->x + at, J->y + at, mean, scale, J->beta, J->c, J->silu);
    }
}

static void sd__cpu_group_norm(sd__backend *b, const sd__tensor *x, const sd__tensor *gamma, const sd__tensor *beta,
                               int groups, float eps, int silu, sd__tensor *y) {
    sd__cpu_backend *cb = (sd__cpu_backend *)b;
    const sd__tensor *args[4];
    sd__group_norm_job J;
    double *work = NULL, *total;
    size_t pixels, work_doubles;
    int s, c, cg;
    args[0] = x; args[1] = gamma; args[2] = beta; args[3] = y;
    if (!sd__cpu_begin(b, "group_norm", args, 4)) return;
    pixels = (size_t)x->h * x->w;
    if (!sd__cpu_check_shapes(b, sd__t_same_shape(x, y) && groups > 0 && x->c % groups == 0 && pixels <= (size_t)INT_MAX,
                              "group_norm", x, y, y, "y must have x's shape and groups must divide the channels") ||
        !sd__cpu_check_vector(b, gamma, x->c, "group_norm", "gamma") || !sd__cpu_check_vector(b, beta, x->c, "group_norm", "beta"))
        return;
    memset(&J, 0, sizeof J);
    J.x = (const float *)x->data;
    J.y = (float *)y->data;
    J.beta = (const float *)beta->data;
    J.pixels = (int)pixels;
    J.c = x->c;
    J.silu = silu;
    J.run_pixels = SD__MAX(1, SD__ELEMENTS_PER_JOB / x->c);
    J.runs = (J.pixels + J.run_pixels - 1) / J.run_pixels;
    cg = x->c / groups;
    /* partial sums, then per channel the center, then per group the totals */
    work_doubles = ((size_t)J.runs + 1) * x->c * x->n + (size_t)groups * x->n;
    work = (double *)sd__cpu_alloc_floats(b, work_doubles, sizeof(double) / sizeof(float), NULL);
    J.chan = sd__cpu_alloc_floats(b, (size_t)x->n * x->c, 2, NULL);
    if (work && J.chan) {
        J.partial = work;
        J.center = work + (size_t)J.runs * x->c * x->n;
        total = J.center + (size_t)x->c * x->n;
        memset(J.center, 0, (size_t)x->c * x->n * sizeof(double));
        sd__group_pass(cb, &J, x->n, groups, 0, total);
        for (s = 0; s < x->n; s++)
            for (c = 0; c < x->c; c++) J.center[(size_t)s * x->c + c] = total[s * groups + c / cg] / ((double)pixels * cg);
        sd__group_pass(cb, &J, x->n, groups, 1, total);
        for (s = 0; s < x->n; s++)
            for (c = 0; c < x->c; c++) {
                double rstd = 1.0 / sqrt(total[s * groups + c / cg] / ((double)pixels * cg) + (double)eps);
                J.chan[(size_t)s * 2 * x->c + c] = (float)J.center[(size_t)s * x->c + c];
                J.chan[(size_t)s * 2 * x->c + x->c + c] = (float)(rstd * ((const float *)gamma->data)[c]);
            }
        sd__pool_parallel_for(&cb->pool, x->n * J.runs, sd__group_apply_job, &J);
    }
    sd__cpu_free(b, work);
    sd__cpu_free(b, J.chan);
}

/* Sum in double of x (or of (x - mean)^2) over a run, in four interleaved chains so the adds
   overlap. */
static double sd__sum_run(const float *x, int count, int squares, double mean) {
    double a0 = 0, a1 = 0, a2 = 0, a3 = 0;
    int i;
    if (squares) {
        for (i = 0; i + 4 <= count; i += 4) {
            a0 += (x[i] - mean) * (x[i] - mean);
            a1 += (x[i + 1] - mean) * (x[i + 1] - mean);
            a2 += (x[i + 2] - mean) * (x[i + 2] - mean);
            a3 += (x[i + 3] - mean) * (x[i + 3] - mean);
        }
        for (; i < count; i++) a0 += (x[i] - mean) * (x[i] - mean);
    } else {
        for (i = 0; i + 4 <= count; i += 4) {
            a0 += x[i];
            a1 += x[i + 1];
            a2 += x[i + 2];
            a3 += x[i + 3];
        }
        for (; i < count; i++) a0 += x[i];
    }
    return (a0 + a1) + (a2 + a3);
}

typedef struct sd__layer_norm_job {
    const float *x, *gamma, *beta;
    float *y;
    int c, rows, rows_per_job;
    float eps;
} sd__layer_norm_job;

static void sd__layer_norm_job_run(void *ctx, int job, int thread) {
    const sd__layer_norm_job *J = (const sd__layer_norm_job *)ctx;
    int r0 = job * J->rows_per_job, r1 = SD__MIN(J->rows, r0 + J->rows_per_job), r, i;
    (void)thread;
    for (r = r0; r < r1; r++) {
        const float *x = J->x + (size_t)r * J->c;
        float *y = J->y + (size_t)r * J->c;
        double mean = sd__sum_run(x, J->c, 0, 0.0) / J->c;
        double rstd = 1.0 / sqrt(sd__sum_run(x, J->c, 1, mean) / J->c + (double)J->eps);
        sd__vf m = sd__vsplat((float)mean), rs = sd__vsplat((float)rstd);
        for (i = 0; i < J->c; i += SD__VW) {
            int n = SD__MIN(SD__VW, J->c - i);
            if (n == SD__VW)
                sd__vstore(y + i, (sd__vload(x + i) - m) * rs * sd__vload(J->gamma + i) + sd__vload(J->beta + i));
            else
                sd__vstore_part(y + i, (sd__vload_part(x + i, n) - m) * rs * sd__vload_part(J->gamma + i, n) +
                                           sd__vload_part(J->beta + i, n), n);
        }
    }
}

static void sd__cpu_layer_norm(sd__backend *b, const sd__tensor *x, const sd__tensor *gamma, const sd__tensor *beta,
                               float eps, sd__tensor *y) {
    const sd__tensor *args[4];
    sd__layer_norm_job J;
    size_t rows;
    args[0] = x; args[1] = gamma; args[2] = beta; args[3] = y;
    if (!sd__cpu_begin(b, "layer_norm", args, 4)) return;
    rows = sd__tensor_count(x) / (size_t)x->c;
    if (!sd__cpu_check_shapes(b, sd__t_same_shape(x, y) && rows <= (size_t)INT_MAX, "layer_norm", x, y, y,
                              "y must have x's shape") ||
        !sd__cpu_check_vector(b, gamma, x->c, "layer_norm", "gamma") || !sd__cpu_check_vector(b, beta, x->c, "layer_norm", "beta"))
        return;
    J.x = (const float *)x->data;
    J.y = (float *)y->data;
    J.gamma = (const float *)gamma->data;
    J.beta = (const float *)beta->data;
    J.c = x->c;
    J.rows = (int)rows;
    J.rows_per_job = SD__MAX(1, SD__ELEMENTS_PER_JOB / x->c);
    J.eps = eps;
    sd__pool_parallel_for(&((sd__cpu_backend *)b)->pool, (J.rows + J.rows_per_job - 1) / J.rows_per_job,
                          sd__layer_norm_job_run, &J);
}

/* --------------------------------------------------------------------------------------------
   Attention: per (batch, head) item and block of SD__ATTN_ROWS query rows, scores = q k^T with
   the GEMM into a thread's buffer, softmax numerators in place, out = p v with the GEMM into y
   (reading the scores in place), then each output row is divided by its softmax sum.
   K and V of the items in a pass are packed once per pass.
   -------------------------------------------------------------------------------------------- */
typedef struct sd__attn {
    sd__cpu_backend *cb;
    const float *q, *k, *v;
    float *y;
    int heads, d, lq, lk, causal, first_item, row_blocks;
    float scale;
    float *kpack, *vpack;          /* per item of the pass */
    size_t kpack_floats, vpack_floats;
} sd__attn;

static void sd__attn_pack_job(void *ctx, int job, int thread) {
    const sd__attn *A = (const sd__attn *)ctx;
    int item = A->first_item + job, bn = item / A->heads, h = item % A->heads;
    size_t ld = (size_t)A->heads * A->d, head = (size_t)bn * A->lk * ld + (size_t)h * A->d;
    (void)thread;
    sd__pack_b_columns(A->k + head, ld, A->d, 1, A->lk, A->kpack + (size_t)job * A->kpack_floats);
    sd__pack_b_rows(A->v + head, ld, A->lk, A->d, A->vpack + (size_t)job * A->vpack_floats);
}

/* Softmax numerators of one row of scores, in place: the first `valid` become
   exp(scale * s - scale * max), the rest up to len zero; returns 1 / (sum of the exps). Rounding
   is monotonic, so scale * max is exactly the largest scaled score (as torch computes it). */
static float sd__softmax_row(float *s, int valid, int len, float scale) {
    sd__vf mv = sd__vsplat(-FLT_MAX), acc = sd__vsplat(0.0f), e;
    float m;
    int i;
    for (i = 0; i + SD__VW <= valid; i += SD__VW) mv = sd__vmax(mv, sd__vload(s + i));
    m = sd__vmax_lanes(mv);
    for (; i < valid; i++) m = s[i] > m ? s[i] : m;
    mv = sd__vsplat(m * scale);
    for (i = 0; i + SD__VW <= valid; i += SD__VW) {
        e = sd__vexp(sd__vload(s + i) * scale - mv);
        sd__vstore(s + i, e);
        acc += e;
    }
    if (i < valid) {
        sd__vstore_part(s + i, sd__vexp(sd__vload_part(s + i, valid - i) * scale - mv), valid - i);
        acc += sd__vload_part(s + i, valid - i);
    }
    if (valid < len) memset(s + valid, 0, (size_t)(len - valid) * sizeof(float));
    return 1.0f / sd__vsum(acc);
}

/* Row stride of the score buffer: lk rounded up to a panel, plus a cache line so that the rows a
   kernel reads in place do not all fall in the same cache set. */
static size_t sd__scores_stride(int lk) { return (size_t)(lk + SD__NR - 1) / SD__NR * SD__NR + SD__NR; }

static void sd__attn_rows_job(void *ctx, int job, int thread) {
    const sd__attn *A = (const sd__attn *)ctx;
    int local = job / A->row_blocks, item = A->first_item + local, bn = item / A->heads, h = item % A->heads;
    int r0 = (job % A->row_blocks) * SD__ATTN_ROWS, rows = SD__MIN(SD__ATTN_ROWS, A->lq - r0), r, j;
    size_t ld = (size_t)A->heads * A->d, lds = sd__scores_stride(A->lk);
    float *scores = A->cb->scratch[thread], *apack = scores + (size_t)SD__ATTN_ROWS * lds;
    float inv_sum[SD__ATTN_ROWS];
    sd__gemm g;
    memset(&g, 0, sizeof g);
    sd__gemm_matrix_a(&g, A->q + ((size_t)bn * A->lq + r0) * ld + (size_t)h * A->d, rows, A->d, ld);
    g.a_in_place = 1;
    g.n = A->lk;
    g.b = A->kpack + (size_t)local * A->kpack_floats;
    g.c = scores;
    g.ldc = lds;
    sd__gemm_block(A->cb->kernel, &g, 0, rows, 0, (A->lk + SD__NR - 1) / SD__NR, apack);
    for (r = 0; r < rows; r++)
        inv_sum[r] = sd__softmax_row(scores + (size_t)r * lds, A->causal ? SD__MIN(A->lk, r0 + r + 1) : A->lk, A->lk,
                                     A->scale);
    sd__gemm_matrix_a(&g, scores, rows, A->lk, lds);
    g.a_in_place = 1;
    g.n = A->d;
    g.b = A->vpack + (size_t)local * A->vpack_floats;
    g.c = A->y + ((size_t)bn * A->lq + r0) * ld + (size_t)h * A->d;
    g.ldc = ld;
    sd__gemm_block(A->cb->kernel, &g, 0, rows, 0, (A->d + SD__NR - 1) / SD__NR, apack);
    for (r = 0; r < rows; r++)
        for (j = 0; j < A->d; j++) g.c[(size_t)r * ld + j] *= inv_sum[r];
}

/* The (batch, head) pairs are items; heads_per_pass > 0 handles that many items per pass (as
   diffusers' sliced attention slices batch * heads), which bounds the packed K and V. Each
   output element is computed the same way whatever the slicing. */
static void sd__cpu_attention(sd__backend *b, const sd__tensor *q, const sd__tensor *k, const sd__tensor *v, int heads,
                              int causal, int heads_per_pass, sd__tensor *y) {
    sd__cpu_backend *cb = (sd__cpu_backend *)b;
    const sd__tensor *args[4];
    sd__attn A;
    size_t lq, lk;
    int items, per_pass;
    args[0] = q; args[1] = k; args[2] = v; args[3] = y;
    if (!sd__cpu_begin(b, "attention", args, 4)) return;
    lq = (size_t)q->h * q->w;
    lk = (size_t)k->h * k->w;
    if (!sd__cpu_check_shapes(b, heads > 0 && q->c % heads == 0 && heads_per_pass >= 0 && sd__t_same_shape(q, y) &&
                                     sd__t_same_shape(k, v) && k->c == q->c && k->n == q->n && lq <= (size_t)INT_MAX &&
                                     lk <= (size_t)INT_MAX / SD__ATTN_ROWS - 2 * SD__NR &&
                                     (size_t)q->n * heads * (lq / SD__ATTN_ROWS + 1) <= (size_t)INT_MAX,
                              "attention", q, k, y, "q, y [B, Lq, heads * d] and k, v [B, Lk, heads * d] do not fit"))
        return;
    memset(&A, 0, sizeof A);
    A.cb = cb;
    A.q = (const float *)q->data;
    A.k = (const float *)k->data;
    A.v = (const float *)v->data;
    A.y = (float *)y->data;
    A.heads = heads;
    A.d = q->c / heads;
    A.lq = (int)lq;
    A.lk = (int)lk;
    A.causal = causal != 0;
    A.scale = (float)(1.0 / sqrt((double)A.d));
    A.row_blocks = (A.lq + SD__ATTN_ROWS - 1) / SD__ATTN_ROWS;
    A.kpack_floats = sd__packed_b_floats(A.d, A.lk);
    A.vpack_floats = sd__packed_b_floats(A.lk, A.d);
    items = q->n * heads;
    per_pass = heads_per_pass > 0 ? SD__MIN(heads_per_pass, items) : items;
    if (!sd__cpu_scratch(cb, SD__ATTN_ROWS * sd__scores_stride(A.lk) + (size_t)SD__MC * SD__KC)) return;
    A.kpack = sd__cpu_alloc_floats(b, A.kpack_floats, (size_t)per_pass, NULL);
    A.vpack = sd__cpu_alloc_floats(b, A.vpack_floats, (size_t)per_pass, NULL);
    for (A.first_item = 0; A.kpack && A.vpack && A.first_item < items; A.first_item += per_pass) {
        int count = SD__MIN(per_pass, items - A.first_item);
        sd__pool_parallel_for(&cb->pool, count, sd__attn_pack_job, &A);
        sd__pool_parallel_for(&cb->pool, count * A.row_blocks, sd__attn_rows_job, &A);
    }
    sd__cpu_free(b, A.kpack);
    sd__cpu_free(b, A.vpack);
}

/* --------------------------------------------------------------------------------------------
   Elementwise ops, upsample, concat, timestep embedding
   -------------------------------------------------------------------------------------------- */
typedef struct sd__eltwise {
    const float *a, *b;
    float *y;
    size_t count;        /* elements (activation, add) or rows (geglu, broadcast add) */
    size_t per_job;
    int width;           /* geglu: output channels; broadcast add: channels */
    size_t pixels;       /* broadcast add: h * w */
    sd__activation act;
    float alpha, beta;
} sd__eltwise;

static int sd__eltwise_jobs(const sd__eltwise *E) { return (int)((E->count + E->per_job - 1) / E->per_job); }

static sd__vf sd__vactivate(sd__vf x, sd__activation act) {
    return act == SD__ACT_SILU ? sd__vsilu(x) : act == SD__ACT_GELU ? sd__vgelu(x) : sd__vquick_gelu(x);
}

static void sd__activation_job(void *ctx, int job, int thread) {
    const sd__eltwise *E = (const sd__eltwise *)ctx;
    size_t i = (size_t)job * E->per_job, end = SD__MIN(E->count, i + E->per_job);
    (void)thread;
    for (; i < end; i += SD__VW) {
        int n = (int)SD__MIN((size_t)SD__VW, end - i);
        if (n == SD__VW) sd__vstore(E->y + i, sd__vactivate(sd__vload(E->a + i), E->act));
        else sd__vstore_part(E->y + i, sd__vactivate(sd__vload_part(E->a + i, n), E->act), n);
    }
}

/* y = alpha * a + beta * b over a run of count values. */
static void sd__axpby_run(const float *a, const float *b, float *y, size_t count, float alpha, float beta) {
    size_t i;
    for (i = 0; i < count; i += SD__VW) {
        int n = (int)SD__MIN((size_t)SD__VW, count - i);
        if (n == SD__VW) sd__vstore(y + i, sd__vload(a + i) * alpha + sd__vload(b + i) * beta);
        else sd__vstore_part(y + i, sd__vload_part(a + i, n) * alpha + sd__vload_part(b + i, n) * beta, n);
    }
}

static void sd__add_job(void *ctx, int job, int thread) {
    const sd__eltwise *E = (const sd__eltwise *)ctx;
    size_t i = (size_t)job * E->per_job, end = SD__MIN(E->count, i + E->per_job);
    (void)thread;
    sd__axpby_run(E->a + i, E->b + i, E->y + i, end - i, E->alpha, E->beta);
}

/* Broadcast add: count is pixels; b holds one row of `width` channels per sample. */
static void sd__add_broadcast_job(void *ctx, int job, int thread) {
    const sd__eltwise *E = (const sd__eltwise *)ctx;
    size_t p = (size_t)job * E->per_job, end = SD__MIN(E->count, p + E->per_job), w = (size_t)E->width;
    (void)thread;
    for (; p < end; p++) sd__axpby_run(E->a + p * w, E->b + (p / E->pixels) * w, E->y + p * w, w, E->alpha, E->beta);
}

static void sd__geglu_job(void *ctx, int job, int thread) {
    const sd__eltwise *E = (const sd__eltwise *)ctx;
    size_t r = (size_t)job * E->per_job, end = SD__MIN(E->count, r + E->per_job), w = (size_t)E->width;
    int j;
    (void)thread;
    for (; r < end; r++) {
        const float *hidden = E->a + r * 2 * w, *gate = hidden + w;
        float *y = E->y + r * w;
        for (j = 0; j < E->width; j += SD__VW) {
            int n = SD__MIN(SD__VW, E->width - j);
            if (n == SD__VW) sd__vstore(y + j, sd__vload(hidden + j) * sd__vgelu(sd__vload(gate + j)));
            else sd__vstore_part(y + j, sd__vload_part(hidden + j, n) * sd__vgelu(sd__vload_part(gate + j, n)), n);
        }
    }
}

static void sd__cpu_activation(sd__backend *b, const sd__tensor *x, sd__activation act, sd__tensor *y) {
    const sd__tensor *args[2];
    sd__eltwise E;
    args[0] = x; args[1] = y;
    if (!sd__cpu_begin(b, "activation", args, 2) ||
        !sd__cpu_check_shapes(b, sd__t_same_shape(x, y) && (act == SD__ACT_SILU || act == SD__ACT_GELU || act == SD__ACT_QUICK_GELU),
                              "activation", x, y, y, "needs a known activation and y of x's shape"))
        return;
    memset(&E, 0, sizeof E);
    E.a = (const float *)x->data;
    E.y = (float *)y->data;
    E.count = sd__tensor_count(x);
    E.per_job = SD__ELEMENTS_PER_JOB;
    E.act = act;
    sd__pool_parallel_for(&((sd__cpu_backend *)b)->pool, sd__eltwise_jobs(&E), sd__activation_job, &E);
}

static void sd__cpu_geglu(sd__backend *b, const sd__tensor *x, sd__tensor *y) {
    const sd__tensor *args[2];
    sd__eltwise E;
    args[0] = x; args[1] = y;
    if (!sd__cpu_begin(b, "geglu", args, 2) ||
        !sd__cpu_check_shapes(b, x->n == y->n && x->h == y->h && x->w == y->w && x->c == 2 * y->c && x->data != y->data,
                              "geglu", x, y, y, "y must be x with half the channels, in its own memory"))
        return;
    memset(&E, 0, sizeof E);
    E.a = (const float *)x->data;
    E.y = (float *)y->data;
    E.width = y->c;
    E.count = sd__tensor_count(y) / (size_t)y->c;
    E.per_job = (size_t)SD__MAX(1, SD__ELEMENTS_PER_JOB / y->c);
    sd__pool_parallel_for(&((sd__cpu_backend *)b)->pool, sd__eltwise_jobs(&E), sd__geglu_job, &E);
}

static void sd__cpu_add(sd__backend *b, const sd__tensor *a, const sd__tensor *bt, float alpha, float beta, sd__tensor *y) {
    const sd__tensor *args[3];
    sd__eltwise E;
    int broadcast;
    args[0] = a; args[1] = bt; args[2] = y;
    if (!sd__cpu_begin(b, "add", args, 3)) return;
    broadcast = !sd__t_same_shape(a, bt);
    if (!sd__cpu_check_shapes(b, sd__t_same_shape(a, y) && (!broadcast || (bt->n == a->n && bt->h == 1 && bt->w == 1 && bt->c == a->c)),
                              "add", a, bt, y, "b must have a's shape or be [a.n, 1, 1, a.c], and y a's shape"))
        return;
    memset(&E, 0, sizeof E);
    E.a = (const float *)a->data;
    E.b = (const float *)bt->data;
    E.y = (float *)y->data;
    E.alpha = alpha;
    E.beta = beta;
    if (!broadcast) {
        E.count = sd__tensor_count(a);
        E.per_job = SD__ELEMENTS_PER_JOB;
        sd__pool_parallel_for(&((sd__cpu_backend *)b)->pool, sd__eltwise_jobs(&E), sd__add_job, &E);
        return;
    }
    E.width = a->c;
    E.pixels = (size_t)a->h * a->w;
    E.count = E.pixels * a->n;
    E.per_job = (size_t)SD__MAX(1, SD__ELEMENTS_PER_JOB / a->c);
    sd__pool_parallel_for(&((sd__cpu_backend *)b)->pool, sd__eltwise_jobs(&E), sd__add_broadcast_job, &E);
}

typedef struct sd__resize {
    const sd__tensor *a, *b, *y;
    size_t rows_per_job; /* concat */
} sd__resize;

/* PyTorch's 'nearest' source index: floor(dst * (float)(src / dst)) in float, as torch computes it
   (it differs from the exact floor(dst * src / dst_size) for a few sizes, e.g. 2 -> 82). */
static int sd__nearest_index(int dst, int src_size, int dst_size) {
    float scale = (float)src_size / (float)dst_size;
    int i = (int)floorf((float)dst * scale);
    return SD__MIN(i, src_size - 1);
}

/* One job per output row (sample, y). */
static void sd__upsample_job(void *ctx, int job, int thread) {
    const sd__resize *R = (const sd__resize *)ctx;
    const sd__tensor *x = R->a, *y = R->y;
    int bn = job / y->h, oy = job % y->h, iy = sd__nearest_index(oy, x->h, y->h), ox;
    size_t c = (size_t)x->c;
    const float *src = (const float *)x->data + ((size_t)bn * x->h + iy) * x->w * c;
    float *dst = (float *)y->data + ((size_t)bn * y->h + oy) * y->w * c;
    (void)thread;
    for (ox = 0; ox < y->w; ox++) memcpy(dst + ox * c, src + (size_t)sd__nearest_index(ox, x->w, y->w) * c, c * sizeof(float));
}

static void sd__cpu_upsample(sd__backend *b, const sd__tensor *x, sd__tensor *y) {
    const sd__tensor *args[2];
    sd__resize R;
    args[0] = x; args[1] = y;
    if (!sd__cpu_begin(b, "upsample", args, 2) ||
        !sd__cpu_check_shapes(b, x->n == y->n && x->c == y->c && x->data != y->data && (size_t)y->n * y->h <= (size_t)INT_MAX,
                              "upsample", x, y, y, "y must have x's batch and channels, in its own memory"))
        return;
    memset(&R, 0, sizeof R);
    R.a = x;
    R.y = y;
    sd__pool_parallel_for(&((sd__cpu_backend *)b)->pool, y->n * y->h, sd__upsample_job, &R);
}

static void sd__concat_job(void *ctx, int job, int thread) {
    const sd__resize *R = (const sd__resize *)ctx;
    size_t p = (size_t)job * R->rows_per_job, end = SD__MIN(sd__tensor_count(R->y) / (size_t)R->y->c, p + R->rows_per_job);
    size_t ca = (size_t)R->a->c, cb = (size_t)R->b->c;
    (void)thread;
    for (; p < end; p++) {
        float *dst = (float *)R->y->data + p * (ca + cb);
        memcpy(dst, (const float *)R->a->data + p * ca, ca * sizeof(float));
        memcpy(dst + ca, (const float *)R->b->data + p * cb, cb * sizeof(float));
    }
}

static void sd__cpu_concat(sd__backend *b, const sd__tensor *a, const sd__tensor *bt, sd__tensor *y) {
    const sd__tensor *args[3];
    sd__resize R;
    size_t pixels;
    args[0] = a; args[1] = bt; args[2] = y;
    if (!sd__cpu_begin(b, "concat", args, 3) ||
        !sd__cpu_check_shapes(b, a->n == bt->n && a->h == bt->h && a->w == bt->w && y->n == a->n && y->h == a->h &&
                                     y->w == a->w && (size_t)y->c == (size_t)a->c + bt->c && a->data != y->data && bt->data != y->data,
                              "concat", a, bt, y, "a and b must differ only in channels, y hold both, in its own memory"))
        return;
    pixels = sd__tensor_count(y) / (size_t)y->c;
    R.a = a;
    R.b = bt;
    R.y = y;
    R.rows_per_job = (size_t)SD__MAX(1, SD__ELEMENTS_PER_JOB / y->c);
    sd__pool_parallel_for(&((sd__cpu_backend *)b)->pool, (int)((pixels + R.rows_per_job - 1) / R.rows_per_job),
                          sd__concat_job, &R);
}

/* diffusers' get_timestep_embedding in float32, as torch computes it: exponent = -ln(10000) * i
   / (half - shift), then [sin, cos] of t * exp(exponent) ([cos, sin] when flipped), zero-padded
   when dim is odd. */
static void sd__cpu_timestep_embedding(sd__backend *b, const float *timesteps, int flip_sin_to_cos, float freq_shift,
                                       sd__tensor *y) {
    int half, s, i;
    if (!sd__cpu_begin(b, "timestep_embedding", (const sd__tensor *const *)&y, 1)) return;
    half = y->c / 2;
    if (!sd__cpu_check_shapes(b, y->h == 1 && y->w == 1 && half > 0 && (float)half != freq_shift, "timestep_embedding",
                              y, y, y, "y must be [n, 1, 1, dim] with dim >= 2 and dim / 2 != freq_shift"))
        return;
    for (s = 0; s < y->n; s++) {
        float *row = (float *)y->data + (size_t)s * y->c;
        for (i = 0; i < half; i++) {
            float exponent = (float)i * (float)-9.210340371976184 / ((float)half - freq_shift);
            float arg = timesteps[s] * expf(exponent);
            row[flip_sin_to_cos ? half + i : i] = sinf(arg);
            row[flip_sin_to_cos ? i : half + i] = cosf(arg);
        }
        if (y->c % 2) row[y->c - 1] = 0.0f;
    }
}

/* --------------------------------------------------------------------------------------------
   Creation
   -------------------------------------------------------------------------------------------- */
/* Joins the workers and frees all backend memory, tensors the caller still holds included. */
static void sd__cpu_destroy(sd__backend *b) {
    sd__cpu_backend *cb = (sd__cpu_backend *)b;
    sd__env *env;
    if (!cb) return;
    env = b->env;
    sd__pool_destroy(env, &cb->pool);
    while (cb->blocks) sd__cpu_free(b, cb->blocks + 1); /* a block's data follows its header */
    sd__free(env, cb->scratch);
    sd__free(env, cb);
}

static const sd__backend_ops sd__cpu_ops = {
    "cpu", sd__cpu_destroy, sd__cpu_alloc_op, sd__cpu_release, sd__cpu_upload_weight, sd__cpu_write, sd__cpu_read,
    sd__cpu_conv2d, sd__cpu_linear, sd__cpu_group_norm, sd__cpu_layer_norm, sd__cpu_attention, sd__cpu_activation,
    sd__cpu_geglu, sd__cpu_add, sd__cpu_upsample, sd__cpu_concat, sd__cpu_timestep_embedding};

/* A CPU backend running its ops on `threads` threads (the caller's plus threads - 1 workers). */
static sd_result sd__cpu_backend_create(sd__env *env, int threads, sd__backend **out) {
    sd__cpu_backend *cb;
    sd_result r;
    *out = NULL;
    if (threads < 1 || threads > 1024)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "cpu backend: threads must be 1 to 1024, got %d", threads);
    cb = (sd__cpu_backend *)sd__calloc(env, 1, sizeof *cb);
    if (!cb) return sd__oom(env);
    cb->base.ops = &sd__cpu_ops;
    cb->base.env = env;
    cb->threads = threads;
    cb->kernel = sd__pick_kernel();
    cb->scratch = (float **)sd__calloc(env, (size_t)threads, sizeof(float *));
    if (!cb->scratch) {
        sd__cpu_destroy(&cb->base);
        return sd__oom(env);
    }
    if ((r = sd__pool_create(env, threads, &cb->pool)) != SD_OK) {
        sd__cpu_destroy(&cb->base);
        return r;
    }
    *out = &cb->base;
    return SD_OK;
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
