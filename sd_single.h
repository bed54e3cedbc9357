/* GENERATED FILE: tools/amalgamate.sh writes it from the files under src/ (run by `make` when one
   changes). Edit those files, not this one; a "---- src/PATH ----" line opens each of them below. */
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

   MAP (each path is a "---- src/PATH ----" section below; private names start with sd__)
     prompt --> token ids --> text embeddings --> denoising loop --> latents --> VAE --> RGB pixels
       text/tokenizer.c        CLIP's byte-level BPE, sd__tokenize (its tables: text/clip_tables.c,
                               generated, at the very end)
       model/clip.c            the text encoder, sd__clip_encode
       pipeline/pipeline.c     sd_txt2img / sd_img2img -> sd__generate: the whole run. Each step
                               calls the UNet on [negative, prompt] rows, mixes them with the
                               guidance scale and calls the sampler
       model/unet.c            the UNet, sd__unet_fwd
       pipeline/rng.c          torch's CPU (mt19937) and CUDA (Philox) randn, bit for bit
       pipeline/scheduler_*.c, schedules.c
                               diffusers' scheduler configs, timesteps and sigmas, and each
                               sampler's update, sd__sched_step
       model/vae.c             the VAE decoder and encoder (tiling, slicing), sd__vae_decode_latents
       model/layers.c          the building blocks the models share: conv, linear, norms,
                               ResnetBlock2D, attention
     Models are written once against the backend op interface (backend/interface.c:
     sd__backend_ops, one function per op: conv2d, linear, norms, attention, elementwise, ...).
     Ops return nothing: the first failure is kept in b->status and every later op does nothing, so
     a forward pass reads top to bottom and its caller checks the status once.
       backend/cpu/            the CPU backend, the readable reference: threads and memory (core),
                               the SGEMM (gemm), ops, attention, elementwise ops, creation
       backend/cuda/           the CUDA backend: libcuda and cuBLAS loaded with dlopen (driver),
                               memory and launches (device), the conv autotuner, ops, attention;
                               its kernels are the .cu files of src/kernels, compiled to kernels.ptx
       backend/plan.c          the memory planner: each pass (text encoder, UNet call, VAE) first
                               runs dry; its tensors are packed by lifetime into one arena, so the
                               denoising loop allocates nothing
       backend/weights.c       the weight store: one block per model; model and sequential offload
       checkpoint/             safetensors, configs, diffusers' tensor names, single-file
                               checkpoints and diffusers folders
       core/                   platform (mmap, threads, dlopen, time), errors and logging, JSON
     Public functions return an sd_result; sd_last_error(ctx) holds the message of the last failure.

   OPTIONS (in sd_desc / sd_params, zero always means "default")
     field               default                      compile-time override
     backend             auto (CUDA if usable)        SD_DEFAULT_BACKEND
     precision           fp16 on CUDA, fp32 on CPU    SD_DEFAULT_PRECISION
                         (CPU: fp32, fp16 = half weights, bf16 = bf16 products)
     attention_slice     off                          SD_DEFAULT_ATTENTION_SLICE
     vae_slicing         off                          SD_DEFAULT_VAE_SLICING
     vae_tiling          off                          SD_DEFAULT_VAE_TILING
     offload             none                         SD_DEFAULT_OFFLOAD
     autotune            on                           SD_DEFAULT_AUTOTUNE
     graphs              on (CUDA, without offload)   SD_DEFAULT_GRAPHS
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
     SD_EMBED_KERNELS    compile the CUDA kernels in (include sd_kernels_ptx.h, kept beside sd_single.h), so
                         the program needs no kernels.ptx file
     SD_CUDA_LINKED      link libcuda and cuBLAS at build time instead of loading them at run time
     SD_NO_SIMD          use the portable C GEMM kernel instead of the AVX2/FMA and AVX-512 ones
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
#define SD_MAX_THREADS 1024    /* the most CPU threads sd_desc.threads may ask for */

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
    SD_ERR_NUMERIC = -9,          /* NaN or Inf in a weight or in the computation */
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
    sd_offload offload;         /* none: all weights stay on the device; model: each of the text encoder,
                                   UNet and VAE is copied there when it runs; sequential: weights stream
                                   there a block at a time (least device memory, slowest) */
    sd_toggle autotune;
    sd_toggle graphs;           /* CUDA without offload: record the denoising step once as a CUDA graph
                                   and replay it every step after (the same image bit for bit, fewer
                                   launches); off launches every op each step */
    int threads;                /* CPU threads; 0: all cores */
    size_t vram_budget;         /* bytes of device memory the library may use; 0: no limit. sd_create
                                   fails when the offload mode's weights and an estimate of the
                                   activations exceed it, naming the mode that would fit */
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
    const float *latents;        /* optional initial latents [batch, 4, h/8, w/8] (NCHW), as diffusers'
                                    latents=; in img2img, the noise added to the encoded image */
    float *latents_out;          /* optional: receives the final latents [batch, 4, h/8, w/8] (NCHW) */
    sd_progress_fn progress;
    void *progress_user_data;
    int per_image_seeds;         /* 0: one generator for the whole batch, as diffusers (image i depends on the
                                    batch size); 1: image i has its own generator seeded seed + i, as A1111,
                                    so it is the image of seed + i at batch 1 */
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

/* ---- src/core/platform.c ---- */
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

/* ---- src/core/errors.c ---- */
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

/* The text of errno value err, in buf unless it is a constant. strerror may hand every thread the
   same buffer; strerror_r does not. (glibc declares the variant that returns the text when GNU
   extensions are on, which it records as __USE_GNU.) */
static const char *sd__errno_text(int err, char *buf, size_t size) {
#if defined(__GLIBC__) && defined(__USE_GNU)
    return strerror_r(err, buf, size);
#else
    if (strerror_r(err, buf, size) != 0) snprintf(buf, size, "error %d", err);
    return buf;
#endif
}

/* Maps a whole file read-only. An empty file maps to data NULL, size 0. */
static sd_result sd__map_file(sd__env *env, const char *path, sd__mapped_file *out) {
    struct stat st;
    char why[128];
    const char *problem = sd__path_problem(path);
    void *p;
    int fd;
    memset(out, 0, sizeof *out);
    if (problem && strcmp(problem, "not found") != 0) return sd__fail(env, SD_ERR_IO, "cannot open '%s': it is %s", path, problem);
    fd = open(path, O_RDONLY | O_NONBLOCK); /* should a FIFO replace the file after the check, open does not wait */
    if (fd < 0) return sd__fail(env, SD_ERR_IO, "cannot open '%s': %s", path, sd__errno_text(errno, why, sizeof why));
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        close(fd);
        return sd__fail(env, SD_ERR_IO, "cannot open '%s': it is %s", path, S_ISDIR(st.st_mode) ? "a folder" : "not a regular file");
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
    if (p == MAP_FAILED) return sd__fail(env, SD_ERR_IO, "cannot map '%s': %s", path, sd__errno_text(errno, why, sizeof why));
    out->data = (const unsigned char *)p;
    out->mapped = 1;
    return SD_OK;
}

/* Lets the pages of [p, p + bytes), when they lie in f's mapping, leave the process's memory: the
   page cache keeps them and a later read maps them again. The weights are read once, at load, so
   the resident size stays what the backend holds instead of growing by the whole file. */
static void sd__mapped_forget(const sd__mapped_file *f, const void *p, size_t bytes) {
#ifdef MADV_DONTNEED
    const long page = sysconf(_SC_PAGESIZE);
    uintptr_t begin = (uintptr_t)p, end = begin + bytes, base = (uintptr_t)f->data;
    if (!f->mapped || page <= 0 || begin < base || end > base + f->size || end <= begin) return;
    begin -= (begin - base) % (uintptr_t)page; /* the mapping starts on a page */
    madvise((void *)begin, end - begin, MADV_DONTNEED);
#else
    (void)f; (void)p; (void)bytes;
#endif
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

/* ---- src/core/json.c ---- */
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
    size_t root_members;   /* members of the root object or array, counted by every pass */
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

/* The number text [start, end), already checked against JSON's grammar, as the correctly rounded
   double that strtod gives (Python's float() agrees), whatever the locale's decimal point: the
   '.' is swapped for it. A magnitude past the largest double is an error, never an infinity. */
static sd_result sd__json_parse_double(sd__json_parser *p, const char *start, const char *end, double *out) {
    const char *point = localeconv()->decimal_point;
    const size_t point_len = point && *point ? strlen(point) : 1, n = (size_t)(end - start);
    char local[160], *text = local, *at, *stop;
    size_t i;
    if (!point || !*point) point = ".";
    if (n + point_len >= sizeof local && !(text = (char *)sd__malloc(p->env, n + point_len + 1))) return sd__oom(p->env);
    for (i = 0, at = text; i < n; i++) {
        if (start[i] == '.') {
            memcpy(at, point, point_len);
            at += point_len;
        } else {
            *at++ = start[i];
        }
    }
    *at = 0;
    *out = strtod(text, &stop);
    i = (size_t)(stop - text) == (size_t)(at - text);
    if (text != local) sd__free(p->env, text);
    if (!i) return sd__json_error(p, "number not understood by strtod");
    if (isinf(*out)) return sd__json_error(p, "number out of range");
    return SD_OK;
}

static sd_result sd__json_number(sd__json_parser *p, sd__json *node) {
    unsigned long long mant = 0; /* the integer's digits, for is_integer */
    int digits = 0, neg = 0, integral = 1, overflow = 0;
    const char *start = p->s;
    if (p->s < p->end && *p->s == '-') { neg = 1; p->s++; }
    if (p->s >= p->end || *p->s < '0' || *p->s > '9') return sd__json_error(p, "bad number");
    if (*p->s == '0' && p->s + 1 < p->end && p->s[1] >= '0' && p->s[1] <= '9')
        return sd__json_error(p, "leading zero in number");
    while (p->s < p->end && *p->s >= '0' && *p->s <= '9') {
        if (digits < 19) { mant = mant * 10 + (unsigned)(*p->s - '0'); if (mant) digits++; }
        else overflow = 1;
        p->s++;
    }
    if (p->s < p->end && *p->s == '.') {
        integral = 0;
        p->s++;
        if (p->s >= p->end || *p->s < '0' || *p->s > '9') return sd__json_error(p, "bad fraction");
        while (p->s < p->end && *p->s >= '0' && *p->s <= '9') p->s++;
    }
    if (p->s < p->end && (*p->s == 'e' || *p->s == 'E')) {
        integral = 0;
        p->s++;
        if (p->s < p->end && (*p->s == '+' || *p->s == '-')) p->s++;
        if (p->s >= p->end || *p->s < '0' || *p->s > '9') return sd__json_error(p, "bad exponent");
        while (p->s < p->end && *p->s >= '0' && *p->s <= '9') p->s++;
    }
    {
        double v = 0;
        sd_result r = sd__json_parse_double(p, start, p->s, &v);
        if (r != SD_OK) return r;
        if (node) {
            node->type = SD__JSON_NUMBER;
            node->number = v;
            node->is_integer = integral && !overflow && mant <= (unsigned long long)LLONG_MAX;
            node->integer = node->is_integer ? (neg ? -(long long)mant : (long long)mant) : 0;
        }
    }
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
    if (p->depth == 1) p->root_members = count;
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
        /* Python's json.dump writes NaN, Infinity and -Infinity for non-finite floats. */
        if (sd__json_literal(p, "NaN")) { if (node) { node->type = SD__JSON_NUMBER; node->number = NAN; } return SD_OK; }
        if (sd__json_literal(p, "Infinity")) { if (node) { node->type = SD__JSON_NUMBER; node->number = INFINITY; } return SD_OK; }
        if (sd__json_literal(p, "-Infinity")) { if (node) { node->type = SD__JSON_NUMBER; node->number = -INFINITY; } return SD_OK; }
        if (*p->s == '-' || (*p->s >= '0' && *p->s <= '9')) return sd__json_number(p, node);
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

/* Checks that text[0..len) is one valid JSON value, allocating nothing, and says whether its root
   is an object and how many members the root object or array has. */
static sd_result sd__json_check(sd__env *env, const char *text, size_t len, int *root_is_object, size_t *root_members) {
    sd__json_parser p;
    sd_result r;
    memset(&p, 0, sizeof p);
    p.env = env;
    if ((r = sd__json_pass(&p, text, len)) != SD_OK) return r;
    p.s = text;
    sd__json_skip_ws(&p);
    *root_is_object = *p.s == '{';
    *root_members = p.root_members;
    return SD_OK;
}

/* Visits one member of an object: its key (unescaped, valid until the call returns) and its value,
   or NULL for a value of more nodes than the walk keeps (value_nodes says how many). */
typedef sd_result (*sd__json_member_fn)(void *ctx, const char *key, const sd__json *value, size_t value_nodes);

/* Calls visit for each member of the object text[0..len), in order; sd__json_check must have
   accepted the text as an object. Only one member's tree exists at a time, in max_nodes nodes and
   len bytes of strings, so a huge header costs no more than its own size, where a whole tree
   would cost 40 times it (80-byte nodes for two-byte values such as "0,"). */
static sd_result sd__json_each_member(sd__env *env, const char *text, size_t len, size_t max_nodes,
                                      sd__json_member_fn visit, void *ctx) {
    sd__json_parser p;
    sd__json *nodes = (sd__json *)sd__calloc(env, max_nodes ? max_nodes : 1, sizeof(sd__json));
    char *strings = (char *)sd__malloc(env, len + 1);
    sd_result r = SD_OK;
    memset(&p, 0, sizeof p);
    p.env = env;
    if (!nodes || !strings) {
        r = sd__oom(env);
        goto done;
    }
    p.begin = p.s = text;
    p.end = text + len;
    p.depth = 1; /* inside the root object */
    sd__json_skip_ws(&p);
    SD_ASSERT(p.s < p.end && *p.s == '{');
    p.s++;
    sd__json_skip_ws(&p);
    while (p.s < p.end && *p.s == '"') {
        const char *key = NULL, *value_text;
        size_t key_length = 0, value_nodes;
        sd__json *value = NULL;
        p.nodes = NULL;
        p.strings = strings;
        p.string_bytes = 0;
        r = sd__json_string(&p, &key, &key_length);
        SD_ASSERT(r == SD_OK);
        sd__json_skip_ws(&p);
        p.s++; /* ':' */
        value_text = p.s;
        p.strings = NULL;
        p.node_count = 0;
        r = sd__json_value(&p, &value); /* counts the value's nodes */
        SD_ASSERT(r == SD_OK);
        value_nodes = p.node_count;
        if (value_nodes <= max_nodes) {
            p.s = value_text;
            p.nodes = nodes;
            p.strings = strings;
            p.node_count = 0;
            p.string_bytes = key_length + 1;
            r = sd__json_value(&p, &value);
            SD_ASSERT(r == SD_OK);
        }
        if ((r = visit(ctx, key, value_nodes <= max_nodes ? value : NULL, value_nodes)) != SD_OK) goto done;
        sd__json_skip_ws(&p);
        if (p.s < p.end && *p.s == ',') p.s++;
        sd__json_skip_ws(&p);
    }
done:
    sd__free(env, nodes);
    sd__free(env, strings);
    return r;
}

/* Member of an object by key, or NULL (also when obj is NULL or not an object). A key given twice
   means its last value, as Python's json (and so diffusers) reads it. */
static const sd__json *sd__json_get(const sd__json *obj, const char *key) {
    const sd__json *c, *found = NULL;
    size_t n = strlen(key);
    if (!obj || obj->type != SD__JSON_OBJECT) return NULL;
    for (c = obj->child; c; c = c->next)
        if (c->key_length == n && memcmp(c->key, key, n) == 0) found = c;
    return found;
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

/* ---- src/checkpoint/safetensors.c ---- */
/* ============================================================================================
   Safetensors: a strict reader over a memory-mapped file (or any bytes in memory)
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
/* The JSON nodes of the largest tensor entry: its object, dtype, the shape array and its entries,
   data_offsets and its two; a larger entry is refused before its tree is built. */
#define SD__ST_ENTRY_NODES (SD__ST_MAX_RANK + 6)
/* The bytes of the shortest valid entry, "":{"dtype":"U8","shape":[],"data_offsets":[0,1]}: a
   header of N bytes holds at most N / 49 tensors, which sizes the tensor table before parsing. */
#define SD__ST_MIN_ENTRY_BYTES 49

typedef struct sd__st_tensor {
    const char *name;          /* points into the file's name pool */
    sd__st_dtype dtype;
    int rank;
    long long shape[SD__ST_MAX_RANK];
    size_t count;              /* product of shape */
    const unsigned char *data; /* inside the mapping; not aligned in general */
    size_t bytes;
} sd__st_tensor;

typedef struct sd__st_file {
    sd__mapped_file map;
    char *path;                /* the file opened (sd__st_open); NULL when parsed from memory */
    char *names;               /* the tensors' names, NUL-terminated one after another */
    size_t names_used;
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
    sd__free(env, f->path);
    sd__free(env, f->tensors);
    sd__free(env, f->names);
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

/* What sd__st_add_entry needs while the header's members are walked. */
typedef struct sd__st_walk {
    sd__env *env;
    sd__st_file *f;
    size_t capacity;             /* of f->tensors */
    const unsigned char *data;   /* the data block */
    size_t data_size;
} sd__st_walk;

static sd_result sd__st_add_entry(void *ctx, const char *key, const sd__json *value, size_t value_nodes) {
    sd__st_walk *w = (sd__st_walk *)ctx;
    sd__st_file *f = w->f;
    sd__st_tensor *t;
    size_t key_bytes = strlen(key) + 1;
    sd_result r;
    if (strcmp(key, "__metadata__") == 0) return SD_OK;
    SD_ASSERT(f->count < w->capacity); /* each valid entry before this one took SD__ST_MIN_ENTRY_BYTES */
    t = &f->tensors[f->count];
    /* the pool has a byte for each of the header's, and a name never takes more than its quoted text */
    memcpy(f->names + f->names_used, key, key_bytes);
    t->name = f->names + f->names_used;
    f->names_used += key_bytes;
    if (!value)
        return sd__fail(w->env, SD_ERR_MODEL_FORMAT, "tensor '%s': its entry holds %lu JSON values, more than dtype, "
                        "shape (rank up to %d) and data_offsets can", t->name, (unsigned long)value_nodes, SD__ST_MAX_RANK);
    if ((r = sd__st_parse_entry(w->env, value, w->data, w->data_size, t)) != SD_OK) return r;
    f->count++;
    return SD_OK;
}

/* Parses a safetensors image data[0..size) that stays valid and unchanged while f is open (f
   does not own it); name labels the messages. The one parser behind sd__st_open, and the entry
   point of the fuzz target. The header is walked one entry at a time, so the memory it takes is
   bounded by about four times its length (the name pool, the tensor table, the walk's strings). */
static sd_result sd__st_parse(sd__env *env, const unsigned char *data, size_t size, const char *name, sd__st_file *f) {
    unsigned long long header_len = 0;
    sd__st_walk walk;
    size_t members = 0, i;
    sd_result r;
    int k, is_object = 0;
    memset(f, 0, sizeof *f);
    f->map.data = data; /* map.mapped stays 0: sd__st_close leaves the bytes alone */
    f->map.size = size;
    if (size < 8) {
        r = sd__fail(env, SD_ERR_MODEL_FORMAT, "'%s' is too short to be a safetensors file (%lu bytes)", name,
                     (unsigned long)size);
        goto fail;
    }
    for (k = 7; k >= 0; k--) header_len = (header_len << 8) | data[k];
    if (header_len > size - 8 || header_len > SD__ST_MAX_HEADER) {
        r = sd__fail(env, SD_ERR_MODEL_FORMAT, "'%s': header length %llu runs past the end of the %lu-byte file", name,
                     header_len, (unsigned long)size);
        goto fail;
    }
    if ((r = sd__json_check(env, (const char *)data + 8, (size_t)header_len, &is_object, &members)) != SD_OK) {
        sd__fail_context(env, name);
        goto fail;
    }
    if (!is_object) {
        r = sd__fail(env, SD_ERR_MODEL_FORMAT, "'%s': the header is not a JSON object", name);
        goto fail;
    }
    memset(&walk, 0, sizeof walk);
    walk.env = env;
    walk.f = f;
    walk.capacity = (size_t)header_len / SD__ST_MIN_ENTRY_BYTES + 1;
    if (walk.capacity > members) walk.capacity = members ? members : 1;
    walk.data = data + 8 + header_len;
    walk.data_size = size - 8 - (size_t)header_len;
    f->tensors = (sd__st_tensor *)sd__calloc(env, walk.capacity, sizeof(sd__st_tensor));
    f->names = (char *)sd__malloc(env, (size_t)header_len + 1);
    if (!f->tensors || !f->names) { r = sd__oom(env); goto fail; }
    r = sd__json_each_member(env, (const char *)data + 8, (size_t)header_len, SD__ST_ENTRY_NODES, sd__st_add_entry, &walk);
    if (r != SD_OK) {
        sd__fail_context(env, name);
        goto fail;
    }
    qsort(f->tensors, f->count, sizeof *f->tensors, sd__st_compare_names);
    for (i = 1; i < f->count; i++)
        if (strcmp(f->tensors[i - 1].name, f->tensors[i].name) == 0) {
            r = sd__fail(env, SD_ERR_MODEL_FORMAT, "'%s': tensor '%s' appears twice", name, f->tensors[i].name);
            goto fail;
        }
    if ((r = sd__st_check_overlaps(env, f)) != SD_OK) {
        sd__fail_context(env, name);
        goto fail;
    }
    return SD_OK;
fail:
    sd__st_close(env, f);
    return r;
}

/* Maps the file at path and parses it; f owns the mapping once this succeeds. */
static sd_result sd__st_open(sd__env *env, const char *path, sd__st_file *f) {
    sd__mapped_file map;
    sd_result r;
    memset(f, 0, sizeof *f);
    if ((r = sd__map_file(env, path, &map)) != SD_OK) return r;
    if ((r = sd__st_parse(env, map.data, map.size, path, f)) != SD_OK) {
        sd__unmap_file(&map);
        return r;
    }
    f->map = map;
    if (!(f->path = (char *)sd__malloc(env, strlen(path) + 1))) {
        sd__st_close(env, f);
        return sd__oom(env);
    }
    strcpy(f->path, path);
    return SD_OK;
}

/* Whether the file still holds at least the bytes it was mapped with, so that reading the mapping
   again cannot fault (SIGBUS) on pages that a truncation took away. */
static int sd__st_intact(const sd__st_file *f) {
    struct stat st;
    return !f->path || (stat(f->path, &st) == 0 && (unsigned long long)st.st_size >= (unsigned long long)f->map.size);
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

#ifdef SD__X86_DISPATCH
/* count little-endian halves at s (any alignment) to float with F16C, exactly as sd__f16_to_f32. */
__attribute__((target("avx,f16c"))) static void sd__f16_run_f16c(const unsigned char *s, size_t count, float *dst) {
    size_t i;
    for (i = 0; i + 8 <= count; i += 8) _mm256_storeu_ps(dst + i, _mm256_cvtph_ps(_mm_loadu_si128((const __m128i *)(const void *)(s + 2 * i))));
    for (; i < count; i++) dst[i] = sd__f16_to_f32((uint16_t)(s[2 * i] | (s[2 * i + 1] << 8)));
}
#endif

/* Converts elements [first, first + count) of a floating tensor (F32, F16, BF16, F64) to float32
   into dst. Returns 0 for dtypes that are not floating point. Reads byte by byte: tensor data in
   a file is not aligned. The range must lie inside the tensor. */
static int sd__st_range_to_f32(const sd__st_tensor *t, size_t first, size_t count, float *dst) {
    size_t i, size = sd__st_dtypes[t->dtype].size;
    const unsigned char *s = t->data + first * size;
    SD_ASSERT(first <= t->count && count <= t->count - first);
    switch (t->dtype) {
    case SD__ST_F32: if (count) memcpy(dst, s, count * 4); return 1;
    case SD__ST_F16:
#ifdef SD__X86_DISPATCH
        if (count >= 64 && sd__cpu_has_f16c()) {
            sd__f16_run_f16c(s, count, dst);
            return 1;
        }
#endif
        for (i = 0; i < count; i++) dst[i] = sd__f16_to_f32((uint16_t)(s[2 * i] | (s[2 * i + 1] << 8)));
        return 1;
    case SD__ST_BF16:
        for (i = 0; i < count; i++) dst[i] = sd__bf16_to_f32((uint16_t)(s[2 * i] | (s[2 * i + 1] << 8)));
        return 1;
    case SD__ST_F64:
        for (i = 0; i < count; i++) {
            double v;
            memcpy(&v, s + 8 * i, 8);
            dst[i] = (float)v;
        }
        return 1;
    default: return 0;
    }
}

static int sd__st_to_f32(const sd__st_tensor *t, float *dst) { return sd__st_range_to_f32(t, 0, t->count, dst); }

/* Rows [row, row + rows) of a 2-D floating tensor. */
static int sd__st_rows_to_f32(const sd__st_tensor *t, size_t row, size_t rows, float *dst) {
    size_t cols = t->rank == 2 ? (size_t)t->shape[1] : 0;
    return sd__st_range_to_f32(t, row * cols, rows * cols, dst);
}

/* ---- src/checkpoint/model.c ---- */
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
    char *pad_token;                       /* the tokenizer's padding token when it is not EOS ("!" in SD 2.x), else NULL */
    /* storage */
    sd__st_file checkpoint;                /* single-file layout */
    sd__st_file part_files[SD__PART_COUNT];/* folder layout */
    sd__model_view *views[SD__PART_COUNT]; /* sorted by canonical name */
    size_t view_count[SD__PART_COUNT];
    char *names;                           /* canonical names of all views */
    sd__json_doc config_doc;               /* scheduler_config.json or the sidecar */
} sd__model;

static const char *const sd__part_names[SD__PART_COUNT] = {"text_encoder", "unet", "vae"};

/* ---- src/checkpoint/names.c ---- */
/* ============================================================================================
   Checkpoint tensor names: original (CompVis / LDM) names to diffusers' canonical ones
   ============================================================================================ */
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

/* ---- src/checkpoint/config.c ---- */
/* ============================================================================================
   Model configs: diffusers' defaults, JSON readers, checks
   ============================================================================================ */
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

/* ---- src/checkpoint/tensors.c ---- */
/* ============================================================================================
   Model tensors: the tensors a config needs; views and lookup
   ============================================================================================ */
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

/* A transformer block's attention "<name>.": q, k and v without bias (k and v from kv_channels,
   the context's in cross-attention), to_out with one. */
static void sd__emit_block_attention(sd__emitter *e, const char *name, long long c, long long kv_channels) {
    size_t old = sd__emit_push(e, "%s.", name);
    sd__emit(e, "to_q.weight", 2, c, c, 0, 0);
    sd__emit(e, "to_k.weight", 2, c, kv_channels, 0, 0);
    sd__emit(e, "to_v.weight", 2, c, kv_channels, 0, 0);
    sd__emit_linear(e, "to_out.0", c, c);
    sd__emit_pop(e, old);
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
        sd__emit_block_attention(e, "attn1", c, c);
        sd__emit_norm(e, "norm2", c);
        sd__emit_block_attention(e, "attn2", c, ctx);
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

/* A VAE level, "<blocks>.<i>.": count resnets from in to out channels, then the resampler's conv
   "<resampler>" (NULL on the last level). */
static void sd__emit_vae_level(sd__emitter *e, const char *blocks, int i, int count, long long in, long long out,
                               const char *resampler) {
    size_t old = sd__emit_push(e, "%s.%d.", blocks, i);
    int j;
    for (j = 0; j < count; j++) {
        size_t old2 = sd__emit_push(e, "resnets.%d.", j);
        sd__emit_resnet(e, j ? out : in, out, 0);
        sd__emit_pop(e, old2);
    }
    if (resampler) sd__emit_conv(e, resampler, out, out, 3);
    sd__emit_pop(e, old);
}

static void sd__vae_expected(const sd__vae_config *v, sd__emitter *e) {
    const int *ch = v->block_out_channels;
    int L = v->levels, top = L - 1, i;
    long long z = v->latent_channels;
    size_t old;
    old = sd__emit_push(e, "encoder.");
    sd__emit_conv(e, "conv_in", ch[0], v->in_channels, 3);
    for (i = 0; i < L; i++)
        sd__emit_vae_level(e, "down_blocks", i, v->layers_per_block, ch[i ? i - 1 : 0], ch[i],
                           i < top ? "downsamplers.0.conv" : NULL);
    sd__emit_vae_mid(e, v, ch[top]);
    sd__emit_norm(e, "conv_norm_out", ch[top]);
    sd__emit_conv(e, "conv_out", 2 * z, ch[top], 3);
    sd__emit_pop(e, old);
    if (v->use_quant_conv) sd__emit_conv(e, "quant_conv", 2 * z, 2 * z, 1);
    if (v->use_post_quant_conv) sd__emit_conv(e, "post_quant_conv", z, z, 1);
    old = sd__emit_push(e, "decoder.");
    sd__emit_conv(e, "conv_in", ch[top], z, 3);
    sd__emit_vae_mid(e, v, ch[top]);
    for (i = 0; i < L; i++)
        sd__emit_vae_level(e, "up_blocks", i, v->layers_per_block + 1, i ? ch[top - i + 1] : ch[top], ch[top - i],
                           i < top ? "upsamplers.0.conv" : NULL);
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
        if (src->data) v->tensor.data = src->data + (size_t)third * v->tensor.bytes; /* shape-only tables have none */
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

/* Whether the file that holds `part` can be read again (see sd__st_intact). */
static int sd__model_file_intact(const sd__model *m, sd__part part) {
    return sd__st_intact(m->checkpoint.map.data ? &m->checkpoint : &m->part_files[part]);
}

/* Lets the pages of a tensor that has been read leave memory, whichever of the model's files
   (the single checkpoint or the part's file) maps it. */
static void sd__model_forget(const sd__model *m, sd__part part, const sd__st_tensor *t) {
    sd__mapped_forget(&m->checkpoint.map, t->data, t->bytes);
    sd__mapped_forget(&m->part_files[part].map, t->data, t->bytes);
}

/* The bits of |v| for every value, compared as integers: for non-negative floats their order is
   the values' order, and NaN and Inf lie above every finite value. The loops keep 16 lanes of
   results, a fixed-length inner loop that compilers vectorize at -O2, so the checks below cost
   little of the load. */
#define SD__CHECK_LANES 16
static uint32_t sd__abs_bits(const float *v, size_t i) {
    uint32_t b;
    memcpy(&b, v + i, 4);
    return b & 0x7FFFFFFFu;
}

/* The largest |v[i]| as bits: at least 0x7F800000 when a value is NaN or Inf. */
static uint32_t sd__largest_abs_bits(const float *v, size_t n) {
    uint32_t lane[SD__CHECK_LANES] = {0}, largest = 0, b;
    size_t i;
    int j;
    for (i = 0; i + SD__CHECK_LANES <= n; i += SD__CHECK_LANES)
        for (j = 0; j < SD__CHECK_LANES; j++) {
            b = sd__abs_bits(v, i + (size_t)j);
            lane[j] = b > lane[j] ? b : lane[j];
        }
    for (; i < n; i++) largest = sd__abs_bits(v, i) > largest ? sd__abs_bits(v, i) : largest;
    for (j = 0; j < SD__CHECK_LANES; j++) largest = lane[j] > largest ? lane[j] : largest;
    return largest;
}

/* How many |v[i]| lie in (0, tiny) (*tiny_count) and in [0, small) (*small_count), as bits. */
static void sd__count_abs_bits(const float *v, size_t n, uint32_t tiny, uint32_t small, size_t *tiny_count,
                               size_t *small_count) {
    uint32_t tiny_lane[SD__CHECK_LANES], small_lane[SD__CHECK_LANES], b;
    size_t i = 0, end;
    int j;
    *tiny_count = *small_count = 0;
    while (i < n) { /* blocks of 2^24 values, so that no lane's count overflows */
        memset(tiny_lane, 0, sizeof tiny_lane);
        memset(small_lane, 0, sizeof small_lane);
        end = n - i > ((size_t)1 << 24) ? i + ((size_t)1 << 24) : n;
        for (; i + SD__CHECK_LANES <= end; i += SD__CHECK_LANES)
            for (j = 0; j < SD__CHECK_LANES; j++) {
                b = sd__abs_bits(v, i + (size_t)j);
                tiny_lane[j] += (uint32_t)((b != 0) & (b < tiny));
                small_lane[j] += (uint32_t)(b < small);
            }
        for (; i < end; i++) {
            b = sd__abs_bits(v, i);
            *tiny_count += (b != 0) & (b < tiny);
            *small_count += b < small;
        }
        for (j = 0; j < SD__CHECK_LANES; j++) {
            *tiny_count += tiny_lane[j];
            *small_count += small_lane[j];
        }
    }
}

/* Catches a weight matrix or kernel whose values no trained weight has: all zeros (or under 1e-12),
   or the two signatures of data stored in one 16-bit type and labelled the other. Half read as
   bfloat16 turns a value's exponent and top mantissa bits into a bfloat16 exponent, so the small
   weights become 40 and more binary orders of magnitude smaller than the largest (many such
   values: a trained matrix has none); bfloat16 read as half puts nearly every value within a
   factor of 16 of the largest (a trained matrix has a fifth or so of its values below that).
   The two statistics need a sample: tensors of 4096 values and more. largest: see
   sd__largest_abs_bits, every value finite. */
static sd_result sd__check_weight_values(sd__env *env, sd__part part, const char *name, const sd__st_tensor *t,
                                         const float *v, uint32_t largest) {
    const uint32_t below_1e12 = 0x2B8CBCCCu; /* the bits of 1e-12f */
    size_t tiny_count = 0, small_count = 0;
    const char *hint = NULL;
    float value;
    if (largest < below_1e12) {
        hint = "all zeros or under 1e-12 in magnitude";
    } else if (t->count >= 4096) {
        /* largest * 2^-40 and largest / 16 (largest is at least 1e-12, so neither goes below zero) */
        sd__count_abs_bits(v, t->count, largest - (40u << 23), largest - (4u << 23), &tiny_count, &small_count);
        if (tiny_count > t->count / 20) hint = "for 5% of its values and more, 2^40 times smaller than its largest";
        else if (small_count < t->count / 100) hint = "under 1% of its values more than 16 times smaller than its largest";
    }
    if (!hint) return SD_OK;
    memcpy(&value, &largest, 4);
    return sd__fail(env, SD_ERR_MODEL_FORMAT,
                    "%s: tensor '%s' (%s) is %s (largest %g): no trained weight looks so; is the data stored in another "
                    "dtype than the header says (half labelled bfloat16, or the reverse)?", sd__part_names[part], name,
                    sd__st_dtypes[t->dtype].name, hint, (double)value);
}

/* A tensor kept in its file's type (the text encoder's embeddings): every value finite, checked in
   pieces so that no float32 copy of it is needed. */
static sd_result sd__model_check_finite(sd__env *env, sd__part part, const char *name, const sd__st_tensor *t) {
    float piece[4096];
    size_t at, n, bad;
    for (at = 0; at < t->count; at += n) {
        n = t->count - at < SD__COUNT(piece) ? t->count - at : SD__COUNT(piece);
        sd__st_range_to_f32(t, at, n, piece);
        if (sd__largest_abs_bits(piece, n) >= 0x7F800000u && (bad = sd__find_nonfinite(piece, n)) < n)
            return sd__fail(env, SD_ERR_NUMERIC, "%s: tensor '%s' holds %s at element %lu", sd__part_names[part], name,
                            piece[bad] != piece[bad] ? "NaN" : "Inf", (unsigned long)(at + bad));
    }
    return SD_OK;
}

/* Converts a weight to float32 into dst (the product of shape floats) after checking it as
   sd__model_weight does, and checks that every value is finite. */
static sd_result sd__model_load_f32(sd__env *env, const sd__model *m, sd__part part, const char *name, int rank,
                                    const long long *shape, float *dst) {
    const sd__st_tensor *t;
    size_t bad;
    uint32_t largest;
    sd_result r = sd__model_weight(env, m, part, name, rank, shape, &t);
    if (r != SD_OK) return r;
    sd__st_to_f32(t, dst);
    sd__model_forget(m, part, t);
    largest = sd__largest_abs_bits(dst, t->count);
    /* a NaN or Inf weight poisons every image: say which one, before any work */
    if (largest >= 0x7F800000u && (bad = sd__find_nonfinite(dst, t->count)) < t->count)
        return sd__fail(env, SD_ERR_NUMERIC, "%s: tensor '%s' holds %s at element %lu", sd__part_names[part], name,
                        dst[bad] != dst[bad] ? "NaN" : "Inf", (unsigned long)bad);
    if (rank >= 2 && (r = sd__check_weight_values(env, part, name, t, dst, largest)) != SD_OK) return r;
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

/* ---- src/checkpoint/single_file.c ---- */
/* ============================================================================================
   Single-file checkpoints: inferring the configs from shapes
   ============================================================================================ */
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

/* Whether an optional file is there (*present); anything at path that is not a readable regular
   file (a folder, a FIFO, a dangling or looping link) is an error, never a silently skipped
   config. A file that is there is logged, so -v lists every config the model was read with. */
static sd_result sd__optional_file_present(sd__env *env, const char *path, int *present) {
    struct stat st;
    const char *problem;
    *present = 0;
    if (lstat(path, &st) != 0 && errno == ENOENT) return SD_OK;
    problem = sd__path_problem(path);
    if (!problem && sd__is_dir(path)) problem = "a folder";
    if (problem) return sd__fail(env, SD_ERR_IO, "'%s' is %s: make it a readable file or remove it", path, problem);
    sd__log(env, SD_LOG_INFO, "reading %s", path);
    *present = 1;
    return SD_OK;
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
    int present;
    if (n >= sizeof suffix - 1 && strcmp(checkpoint_path + n - (sizeof suffix - 1), suffix) == 0) keep = n - (sizeof suffix - 1);
    *sidecar_path = path = (char *)sd__malloc(env, keep + 6);
    if (!path) return sd__oom(env);
    memcpy(path, checkpoint_path, keep);
    memcpy(path + keep, ".json", 6);
    if ((r = sd__optional_file_present(env, path, &present)) != SD_OK || !present) return r;
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

/* ---- src/checkpoint/open.c ---- */
/* ============================================================================================
   Diffusers folders; opening and closing a model
   ============================================================================================ */
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

/* path/sub when that file exists (*out NULL when nothing is there; see sd__optional_file_present). */
static sd_result sd__optional_file(sd__env *env, const char *dir, const char *sub, char **out) {
    sd_result r;
    int present;
    *out = sd__path_join(env, dir, sub);
    if (!*out) return sd__oom(env);
    if ((r = sd__optional_file_present(env, *out, &present)) != SD_OK || !present) {
        sd__free(env, *out);
        *out = NULL;
    }
    return r;
}

/* The tokenizer's pad_token (a string, or an object with "content"), kept when it is not the end
   token: SD 2.x pads prompts with "!". As in transformers, special_tokens_map.json takes precedence
   over tokenizer_config.json. */
static sd_result sd__read_pad_token(sd__env *env, const char *dir, sd__model *m) {
    static const char *const files[2] = {"tokenizer/special_tokens_map.json", "tokenizer/tokenizer_config.json"};
    int f;
    for (f = 0; f < 2 && !m->pad_token; f++) {
        sd__json_doc doc;
        const sd__json *pad;
        char *path;
        sd_result r;
        int named;
        if ((r = sd__optional_file(env, dir, files[f], &path)) != SD_OK) return r;
        if (!path) continue;
        r = sd__read_json_object(env, path, &doc);
        sd__free(env, path);
        if (r != SD_OK) return r;
        pad = sd__json_get(doc.nodes, "pad_token");
        if (pad && pad->type == SD__JSON_OBJECT) pad = sd__json_get(pad, "content");
        if (pad && pad->type != SD__JSON_NULL && pad->type != SD__JSON_STRING)
            r = sd__fail(env, SD_ERR_MODEL_FORMAT, "%s: pad_token must be a string", files[f]);
        else if (pad && pad->type == SD__JSON_STRING && strcmp(pad->string, "<|endoftext|>") != 0 &&
                 !(m->pad_token = sd__strdup(env, pad->string)))
            r = sd__oom(env);
        named = pad && pad->type == SD__JSON_STRING;
        sd__json_free(env, &doc);
        if (r != SD_OK) return r;
        if (named) break; /* the first file that names it decides */
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
    if (!m->vocab_path != !m->merges_path) /* one without the other is no tokenizer */
        return sd__fail(env, SD_ERR_MODEL_FORMAT, "'%s/tokenizer' has %s but no %s: give both files or neither (then the "
                        "built-in CLIP tokenizer is used)", dir, m->vocab_path ? "vocab.json" : "merges.txt",
                        m->vocab_path ? "merges.txt" : "vocab.json");
    if ((r = sd__read_pad_token(env, dir, m)) != SD_OK) return r;
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
    sd__free(env, m->pad_token);
    memset(m, 0, sizeof *m);
}

/* Opens a single .safetensors checkpoint or a diffusers folder; on failure m holds nothing. */
static sd_result sd__model_open(sd__env *env, const char *path, sd__model *m) {
    sd_result r;
    memset(m, 0, sizeof *m);
    if (!path) return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "no model path");
    if (sd__is_dir(path)) r = sd__model_open_folder(env, path, m);
    else if (sd__is_file(path)) r = sd__model_open_checkpoint(env, path, m);
    else {
        const char *problem = sd__path_problem(path);
        r = sd__fail(env, SD_ERR_IO, "model '%s' is %s (expected a .safetensors checkpoint or a diffusers folder)", path,
                     problem ? problem : "neither a file nor a folder");
    }
    if (r != SD_OK) sd__model_close(env, m);
    return r;
}

/* ---- src/text/tokenizer.c ---- */
/* ============================================================================================
   CLIP tokenizer: the byte-level BPE of transformers' CLIPTokenizer (tokenizers backend)
   ============================================================================================ */
/* The steps, as the reference runs them:
   1. Special tokens (<|startoftext|>, <|endoftext|>, and the pad token when it is another string)
      are found in the raw text, case-sensitively, and become their ids; the text between them
      goes through steps 2-5.
   2. NFC (Unicode 9.0), then lowercase one character at a time (no final-sigma rule). The
      reference also replaces each run of whitespace by one space; the pre-tokenizer drops
      whitespace anyway, so that step changes nothing and is left out.
   3. Pre-tokenization with CLIP's regex
         <\|startoftext\|>|<\|endoftext\|>|'s|'t|'re|'ve|'m|'ll|'d|[\p{L}]+|[\p{N}]|[^\s\p{L}\p{N}]+
      followed by GPT-2's byte-level split, which only changes the two special-token pieces the
      regex keeps whole: they become "<|", the name and "|>".
   4. Each piece's UTF-8 bytes start as one symbol each (the last one with "</w>"), then merge
      pair by pair, lowest merge rank first and leftmost first among equals.
   5. BOS, the tokens truncated to SD_MAX_TOKENS - 2, EOS, then the pad id up to SD_MAX_TOKENS. */

#define SD__TOK_MAX_SPECIALS 3
#define SD__TOK_MAX_FILE ((size_t)64 << 20)

typedef struct sd__tok_merge {
    int left, right; /* the pair of token ids */
    int rank;        /* position in merges.txt; -1 marks an empty hash slot */
    int merged;      /* id of the joined token */
} sd__tok_merge;

typedef struct sd__tok_special {
    char *text;
    size_t length;
    int id;
} sd__tok_special;

struct sd__tokenizer {
    int byte_id[256];     /* the symbol of each byte inside a word; the unknown id if absent */
    int byte_end_id[256]; /* the same with "</w>", for a word's last byte */
    sd__tok_merge *merges; /* open-addressing hash table keyed by the pair */
    size_t merge_mask;
    int bos, eos, pad, unk;
    sd__tok_special specials[SD__TOK_MAX_SPECIALS];
    int special_count;
};
typedef struct sd__tokenizer sd__tokenizer;

/* --------------------------------------------------------------------------------------------
   Unicode tables
   -------------------------------------------------------------------------------------------- */
/* The BPE merges and the Unicode tables are generated (tools/gen/gen_clip_data.py) into
   src/text/clip_tables.c, which stands at the end of the implementation so that its 315 KB do not
   come between the code. The tokenizer reaches them through sd__clip_data_get(). */
#define SD__CLIP_MERGE_DIGITS 5     /* base-90 digits per embedded merge */
#define SD__UNI_MAX_DECOMPOSITION 4 /* the longest canonical decomposition of one character */

typedef struct sd__uni_table {
    const unsigned *cells; /* rows of width unsigneds, sorted by the first */
    size_t rows, width;
} sd__uni_table;

typedef struct sd__clip_data {
    const char *const *merges; /* literals of SD__CLIP_MERGE_DIGITS digits per merge */
    size_t merge_literals, merge_count;
    sd__uni_table letters, numbers, spaces; /* inclusive ranges {first, last} */
    sd__uni_table lowercase_rows;           /* {first, last, stride, lowercase of first} */
    sd__uni_table lowercase_long;           /* {code point, first, second lowercase} */
    sd__uni_table ccc;                      /* {first, last, canonical combining class} */
    sd__uni_table decompositions;           /* {code point, first, second or 0} */
    sd__uni_table compositions;             /* {first, second, composite}, sorted by the pair */
    sd__uni_table second;                   /* ranges of the code points that compose with a previous one */
} sd__clip_data;

static const sd__clip_data *sd__clip_data_get(void);

static const unsigned *sd__uni_row(const sd__uni_table *t, size_t i) { return t->cells + i * t->width; }

/* Index of the last row whose first column is <= cp, or -1. */
static long sd__uni_find(const sd__uni_table *t, unsigned cp) {
    size_t lo = 0, hi = t->rows;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (sd__uni_row(t, mid)[0] <= cp) lo = mid + 1;
        else hi = mid;
    }
    return (long)lo - 1;
}

static int sd__uni_in_ranges(const sd__uni_table *ranges, unsigned cp) {
    long i = sd__uni_find(ranges, cp);
    return i >= 0 && cp <= sd__uni_row(ranges, (size_t)i)[1];
}

static int sd__uni_is_letter(unsigned cp) {
    if (cp < 0x80) return (cp | 0x20) - 'a' < 26;
    return sd__uni_in_ranges(&sd__clip_data_get()->letters, cp);
}
static int sd__uni_is_number(unsigned cp) {
    if (cp < 0x80) return cp - '0' < 10;
    return sd__uni_in_ranges(&sd__clip_data_get()->numbers, cp);
}
static int sd__uni_is_space(unsigned cp) {
    if (cp < 0x80) return cp == ' ' || cp - '\t' < 5;
    return sd__uni_in_ranges(&sd__clip_data_get()->spaces, cp);
}

/* Canonical combining class. */
static unsigned sd__uni_ccc(unsigned cp) {
    const sd__uni_table *ccc = &sd__clip_data_get()->ccc;
    long i;
    if (cp < 0x300) return 0;
    i = sd__uni_find(ccc, cp);
    return i >= 0 && cp <= sd__uni_row(ccc, (size_t)i)[1] ? sd__uni_row(ccc, (size_t)i)[2] : 0;
}

/* Hangul syllables decompose and compose arithmetically (Unicode chapter 3.12). */
#define SD__HANGUL_S 0xAC00u
#define SD__HANGUL_L 0x1100u
#define SD__HANGUL_V 0x1161u
#define SD__HANGUL_T 0x11A7u
#define SD__HANGUL_V_COUNT 21u
#define SD__HANGUL_T_COUNT 28u
#define SD__HANGUL_COUNT 11172u

/* Appends the full canonical decomposition of cp to out; returns the number written. */
static size_t sd__uni_decompose(unsigned cp, unsigned *out) {
    const unsigned *row;
    long i;
    size_t n;
    if (cp - SD__HANGUL_S < SD__HANGUL_COUNT) {
        unsigned s = cp - SD__HANGUL_S, t = s % SD__HANGUL_T_COUNT;
        out[0] = SD__HANGUL_L + s / (SD__HANGUL_V_COUNT * SD__HANGUL_T_COUNT);
        out[1] = SD__HANGUL_V + (s % (SD__HANGUL_V_COUNT * SD__HANGUL_T_COUNT)) / SD__HANGUL_T_COUNT;
        if (!t) return 2;
        out[2] = SD__HANGUL_T + t;
        return 3;
    }
    if (cp < 0xC0) {
        out[0] = cp;
        return 1;
    }
    i = sd__uni_find(&sd__clip_data_get()->decompositions, cp);
    row = i < 0 ? NULL : sd__uni_row(&sd__clip_data_get()->decompositions, (size_t)i);
    if (!row || row[0] != cp) {
        out[0] = cp;
        return 1;
    }
    n = sd__uni_decompose(row[1], out);
    if (row[2]) n += sd__uni_decompose(row[2], out + n);
    SD_ASSERT(n <= SD__UNI_MAX_DECOMPOSITION);
    return n;
}

/* The primary composite of the pair (a, b), or 0. */
static unsigned sd__uni_compose(unsigned a, unsigned b) {
    const sd__uni_table *compositions = &sd__clip_data_get()->compositions;
    size_t lo = 0, hi = compositions->rows;
    if (a - SD__HANGUL_L < 19 && b - SD__HANGUL_V < SD__HANGUL_V_COUNT)
        return SD__HANGUL_S + ((a - SD__HANGUL_L) * SD__HANGUL_V_COUNT + (b - SD__HANGUL_V)) * SD__HANGUL_T_COUNT;
    if (a - SD__HANGUL_S < SD__HANGUL_COUNT && (a - SD__HANGUL_S) % SD__HANGUL_T_COUNT == 0 &&
        b - SD__HANGUL_T - 1 < SD__HANGUL_T_COUNT - 1)
        return a + (b - SD__HANGUL_T);
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const unsigned *row = sd__uni_row(compositions, mid);
        if (row[0] == a && row[1] == b) return row[2];
        if (row[0] < a || (row[0] == a && row[1] < b)) lo = mid + 1;
        else hi = mid;
    }
    return 0;
}

/* Whether cp can be the second character of a composition (then it may join what precedes). */
static int sd__uni_composes_with_previous(unsigned cp) {
    if (cp - SD__HANGUL_V < SD__HANGUL_V_COUNT || cp - SD__HANGUL_T - 1 < SD__HANGUL_T_COUNT - 1) return 1;
    return sd__uni_in_ranges(&sd__clip_data_get()->second, cp);
}

/* Lowercase of one character into out (one or two characters); returns the count. */
static size_t sd__uni_lowercase(unsigned cp, unsigned out[2]) {
    const sd__clip_data *data = sd__clip_data_get();
    const unsigned *row;
    long i;
    size_t k;
    out[0] = cp;
    if (cp < 0x80) {
        if (cp - 'A' < 26) out[0] = cp + 32;
        return 1;
    }
    for (k = 0; k < data->lowercase_long.rows; k++) {
        row = sd__uni_row(&data->lowercase_long, k);
        if (row[0] == cp) {
            out[0] = row[1];
            out[1] = row[2];
            return 2;
        }
    }
    i = sd__uni_find(&data->lowercase_rows, cp);
    row = i < 0 ? NULL : sd__uni_row(&data->lowercase_rows, (size_t)i);
    if (row && cp <= row[1] && (cp - row[0]) % row[2] == 0) out[0] = row[3] + (cp - row[0]);
    return 1;
}

/* --------------------------------------------------------------------------------------------
   Building a tokenizer
   -------------------------------------------------------------------------------------------- */
/* GPT-2's byte-level alphabet: printable bytes stand for themselves, the other bytes for
   U+0100 onwards in byte order. Vocab order lists the printable ones first. */
#define SD__TOK_PRINTABLE_BYTES 188 /* '!'..'~', 0xA1..0xAC, 0xAE..0xFF */

static void sd__tok_byte_symbols(unsigned symbol[256], int order[256]) {
    int b, printable = 0, other = 0;
    for (b = 0; b < 256; b++) {
        if ((b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || b >= 0xAE) {
            symbol[b] = (unsigned)b;
            order[b] = printable++;
        } else {
            symbol[b] = 256u + (unsigned)other;
            order[b] = SD__TOK_PRINTABLE_BYTES + other++;
        }
    }
    SD_ASSERT(printable == SD__TOK_PRINTABLE_BYTES);
}

static size_t sd__tok_pair_hash(int left, int right) {
    unsigned long long h = ((unsigned long long)(unsigned)left << 32 | (unsigned)right) * 0x9E3779B97F4A7C15ull;
    return (size_t)(h >> 29);
}

static const sd__tok_merge *sd__tok_find_merge(const sd__tokenizer *tok, int left, int right) {
    size_t i = sd__tok_pair_hash(left, right) & tok->merge_mask;
    for (;; i = (i + 1) & tok->merge_mask) {
        const sd__tok_merge *m = &tok->merges[i];
        if (m->rank < 0) return NULL;
        if (m->left == left && m->right == right) return m;
    }
}

/* A table with room for count merges at most half full. */
static sd_result sd__tok_alloc_merges(sd__env *env, sd__tokenizer *tok, size_t count) {
    size_t slots = 16, i;
    while (slots < count * 2) {
        if (slots > ((size_t)-1 >> 2) / sizeof(sd__tok_merge)) return sd__oom(env);
        slots *= 2;
    }
    tok->merges = (sd__tok_merge *)sd__malloc(env, slots * sizeof(sd__tok_merge));
    if (!tok->merges) return sd__oom(env);
    for (i = 0; i < slots; i++) tok->merges[i].rank = -1;
    tok->merge_mask = slots - 1;
    return SD_OK;
}

/* A repeated pair keeps its last rank, as the reference's hash map does. */
static void sd__tok_add_merge(sd__tokenizer *tok, int left, int right, int rank, int merged) {
    size_t i = sd__tok_pair_hash(left, right) & tok->merge_mask;
    while (tok->merges[i].rank >= 0 && (tok->merges[i].left != left || tok->merges[i].right != right))
        i = (i + 1) & tok->merge_mask;
    tok->merges[i].left = left;
    tok->merges[i].right = right;
    tok->merges[i].rank = rank;
    tok->merges[i].merged = merged;
}

static sd_result sd__tok_add_special(sd__env *env, sd__tokenizer *tok, const char *text, int id) {
    sd__tok_special *s = &tok->specials[tok->special_count];
    SD_ASSERT(tok->special_count < SD__TOK_MAX_SPECIALS);
    s->text = sd__strdup(env, text);
    if (!s->text) return sd__oom(env);
    s->length = strlen(text);
    s->id = id;
    tok->special_count++;
    return SD_OK;
}

static void sd__tokenizer_destroy(sd__env *env, sd__tokenizer *tok) {
    int i;
    if (!tok) return;
    for (i = 0; i < tok->special_count; i++) sd__free(env, tok->specials[i].text);
    sd__free(env, tok->merges);
    sd__free(env, tok);
}

/* Allocates a tokenizer with its special tokens (the pad defaults to EOS, as in CLIP). */
static sd_result sd__tok_new(sd__env *env, int bos, int eos, sd__tokenizer **out) {
    sd__tokenizer *tok = (sd__tokenizer *)sd__calloc(env, 1, sizeof(sd__tokenizer));
    sd_result r;
    *out = NULL;
    if (!tok) return sd__oom(env);
    tok->bos = bos;
    tok->eos = tok->pad = tok->unk = eos;
    if ((r = sd__tok_add_special(env, tok, "<|startoftext|>", bos)) != SD_OK ||
        (r = sd__tok_add_special(env, tok, "<|endoftext|>", eos)) != SD_OK) {
        sd__tokenizer_destroy(env, tok);
        return r;
    }
    *out = tok;
    return SD_OK;
}

/* The vocab of the embedded merges: ids 0-255 the byte symbols, 256-511 the same with "</w>",
   512 + i the result of merge i, then <|startoftext|> and <|endoftext|>. */
static sd_result sd__tokenizer_create_builtin(sd__env *env, sd__tokenizer **out) {
    const sd__clip_data *data = sd__clip_data_get();
    const int merge_count = (int)data->merge_count;
    unsigned symbol[256];
    int order[256], b, rank = 0;
    size_t literal;
    sd__tokenizer *tok;
    sd_result r = sd__tok_new(env, 512 + merge_count, 513 + merge_count, &tok);
    if (r != SD_OK) return r;
    if ((r = sd__tok_alloc_merges(env, tok, data->merge_count)) != SD_OK) {
        sd__tokenizer_destroy(env, tok);
        return r;
    }
    sd__tok_byte_symbols(symbol, order);
    for (b = 0; b < 256; b++) {
        tok->byte_id[b] = order[b];
        tok->byte_end_id[b] = 256 + order[b];
    }
    for (literal = 0; literal < data->merge_literals; literal++) {
        const char *s;
        for (s = data->merges[literal]; *s; s += SD__CLIP_MERGE_DIGITS) {
            unsigned pair = 0;
            int k;
            for (k = 0; k < SD__CLIP_MERGE_DIGITS; k++) {
                unsigned c = (unsigned char)s[k];
                pair = pair * 90 + (c - '#' - (c > '?') - (c > '\\'));
            }
            SD_ASSERT((int)(pair >> 16) < 512 + rank && (int)(pair & 0xFFFF) < 512 + rank);
            sd__tok_add_merge(tok, (int)(pair >> 16), (int)(pair & 0xFFFF), rank, 512 + rank);
            rank++;
        }
    }
    SD_ASSERT(rank == merge_count);
    *out = tok;
    return SD_OK;
}

/* vocab.json as a string -> id hash table over the parsed document's strings. */
typedef struct sd__tok_vocab {
    sd__json_doc doc;
    const sd__json **slots;
    size_t mask;
} sd__tok_vocab;

static size_t sd__tok_string_hash(const char *s, size_t n) {
    size_t h = (size_t)14695981039346656037ull, i;
    for (i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * (size_t)1099511628211ull;
    return h;
}

/* The id of the token s[0..n), or -1. */
static int sd__tok_vocab_id(const sd__tok_vocab *v, const char *s, size_t n) {
    size_t i = sd__tok_string_hash(s, n) & v->mask;
    for (; v->slots[i]; i = (i + 1) & v->mask)
        if (v->slots[i]->key_length == n && memcmp(v->slots[i]->key, s, n) == 0) return (int)v->slots[i]->integer;
    return -1;
}

static void sd__tok_vocab_free(sd__env *env, sd__tok_vocab *v) {
    sd__json_free(env, &v->doc);
    sd__free(env, v->slots);
    memset(v, 0, sizeof *v);
}

static sd_result sd__tok_vocab_load(sd__env *env, const char *path, sd__tok_vocab *v) {
    char *text;
    size_t size, slots = 16;
    const sd__json *e;
    sd_result r;
    memset(v, 0, sizeof *v);
    if ((r = sd__read_file(env, path, SD__TOK_MAX_FILE, &text, &size)) != SD_OK) return r;
    r = sd__json_parse(env, text, size, &v->doc);
    sd__free(env, text);
    if (r != SD_OK) return sd__fail_context(env, path);
    if (v->doc.nodes[0].type != SD__JSON_OBJECT || v->doc.nodes[0].length == 0)
        r = sd__fail(env, SD_ERR_MODEL_FORMAT, "%s: expected a non-empty JSON object of token ids", path);
    while (r == SD_OK && slots < v->doc.nodes[0].length * 2) slots *= 2;
    if (r == SD_OK && !(v->slots = (const sd__json **)sd__calloc(env, slots, sizeof(const sd__json *)))) r = sd__oom(env);
    v->mask = slots - 1;
    for (e = v->doc.nodes[0].child; r == SD_OK && e; e = e->next) {
        size_t i = sd__tok_string_hash(e->key, e->key_length) & v->mask;
        if (e->type != SD__JSON_NUMBER || !e->is_integer || e->integer < 0 || e->integer > INT_MAX / 2) {
            r = sd__fail(env, SD_ERR_MODEL_FORMAT, "%s: the id of token '%.40s' is not an integer in 0..%d", path,
                         e->key, INT_MAX / 2);
            break;
        }
        if (sd__tok_vocab_id(v, e->key, e->key_length) >= 0) {
            r = sd__fail(env, SD_ERR_MODEL_FORMAT, "%s: token '%.40s' is listed twice", path, e->key);
            break;
        }
        while (v->slots[i]) i = (i + 1) & v->mask;
        v->slots[i] = e;
    }
    if (r != SD_OK) sd__tok_vocab_free(env, v);
    return r;
}

/* The id of a required token, failing with a message naming it. */
static sd_result sd__tok_require(sd__env *env, const sd__tok_vocab *v, const char *path, int line, const char *s,
                                 size_t n, int *id) {
    *id = sd__tok_vocab_id(v, s, n);
    if (*id >= 0) return SD_OK;
    if (line) return sd__fail(env, SD_ERR_MODEL_FORMAT, "%s line %d: token '%.*s' is not in vocab.json", path, line,
                              (int)SD__MIN(n, 60), s);
    return sd__fail(env, SD_ERR_MODEL_FORMAT, "%s: the vocab has no '%.*s' token", path, (int)SD__MIN(n, 60), s);
}

/* Reads merges.txt: an optional "#version" first line, then one "left right" pair per line. */
static sd_result sd__tok_load_merges(sd__env *env, sd__tokenizer *tok, const sd__tok_vocab *v, const char *path,
                                     char *text, size_t size) {
    char joined[1024];
    size_t pos = 0, lines = 0, i;
    int line = 0, rank = 0;
    sd_result r;
    for (i = 0; i < size; i++) lines += text[i] == '\n';
    if ((r = sd__tok_alloc_merges(env, tok, lines + 1)) != SD_OK) return r;
    while (pos < size) {
        char *start = text + pos, *end = (char *)memchr(start, '\n', size - pos), *space;
        size_t len = end ? (size_t)(end - start) : size - pos;
        int left, right, merged;
        pos += len + 1;
        line++;
        if (len && start[len - 1] == '\r') len--;
        if (len == 0 || (line == 1 && len >= 8 && memcmp(start, "#version", 8) == 0)) continue;
        space = (char *)memchr(start, ' ', len);
        if (!space || space == start || space == start + len - 1 || memchr(space + 1, ' ', len - (size_t)(space - start) - 1))
            return sd__fail(env, SD_ERR_MODEL_FORMAT, "%s line %d: expected two tokens separated by one space", path,
                            line);
        if (len >= sizeof joined) return sd__fail(env, SD_ERR_MODEL_FORMAT, "%s line %d: line too long", path, line);
        memcpy(joined, start, (size_t)(space - start));
        memcpy(joined + (space - start), space + 1, len - (size_t)(space - start) - 1);
        if ((r = sd__tok_require(env, v, path, line, start, (size_t)(space - start), &left)) != SD_OK ||
            (r = sd__tok_require(env, v, path, line, space + 1, len - (size_t)(space - start) - 1, &right)) != SD_OK ||
            (r = sd__tok_require(env, v, path, line, joined, len - 1, &merged)) != SD_OK)
            return r;
        sd__tok_add_merge(tok, left, right, rank++, merged);
    }
    return SD_OK;
}

/* A model's own tokenizer files (the tokenizer/ folder of a diffusers model). */
static sd_result sd__tokenizer_create_from_files(sd__env *env, const char *vocab_json_path, const char *merges_txt_path,
                                                 sd__tokenizer **out) {
    sd__tok_vocab vocab;
    sd__tokenizer *tok = NULL;
    unsigned symbol[256];
    int order[256], bos, eos, b;
    char *merges = NULL;
    size_t merges_size;
    sd_result r;
    *out = NULL;
    if ((r = sd__tok_vocab_load(env, vocab_json_path, &vocab)) != SD_OK) return r;
    if ((r = sd__tok_require(env, &vocab, vocab_json_path, 0, "<|startoftext|>", 15, &bos)) != SD_OK ||
        (r = sd__tok_require(env, &vocab, vocab_json_path, 0, "<|endoftext|>", 13, &eos)) != SD_OK ||
        (r = sd__read_file(env, merges_txt_path, SD__TOK_MAX_FILE, &merges, &merges_size)) != SD_OK ||
        (r = sd__tok_new(env, bos, eos, &tok)) != SD_OK) {
        sd__free(env, merges);
        sd__tok_vocab_free(env, &vocab);
        return r;
    }
    sd__tok_byte_symbols(symbol, order);
    for (b = 0; b < 256; b++) {
        char s[8];
        size_t n = sd__utf8_encode(symbol[b], s);
        memcpy(s + n, "</w>", 4);
        tok->byte_id[b] = sd__tok_vocab_id(&vocab, s, n);
        tok->byte_end_id[b] = sd__tok_vocab_id(&vocab, s, n + 4);
        if (tok->byte_id[b] < 0) tok->byte_id[b] = tok->unk;
        if (tok->byte_end_id[b] < 0) tok->byte_end_id[b] = tok->unk;
    }
    r = sd__tok_load_merges(env, tok, &vocab, merges_txt_path, merges, merges_size);
    sd__free(env, merges);
    sd__tok_vocab_free(env, &vocab);
    if (r != SD_OK) {
        sd__tokenizer_destroy(env, tok);
        return r;
    }
    *out = tok;
    return SD_OK;
}

/* Sets the padding token from a model's tokenizer configuration (Stable Diffusion 2 pads with
   "!"). As in the reference, a pad token other than BOS/EOS also becomes a special token that is
   cut out of the prompt text. It must be a special token or a one-byte symbol ("!" or "!</w>"). */
static sd_result sd__tokenizer_set_pad_token(sd__env *env, sd__tokenizer *tok, const char *token) {
    unsigned symbol[256], cp;
    int order[256], i, b;
    size_t n = strlen(token), len;
    if (tok->special_count > 2) { /* a pad token set before */
        sd__free(env, tok->specials[2].text);
        tok->special_count = 2;
    }
    for (i = 0; i < tok->special_count; i++) {
        if (strcmp(tok->specials[i].text, token) == 0) {
            tok->pad = tok->specials[i].id;
            return SD_OK;
        }
    }
    len = sd__utf8_decode((const unsigned char *)token, n, &cp);
    if (len && (n == len || (n == len + 4 && memcmp(token + len, "</w>", 4) == 0))) {
        sd__tok_byte_symbols(symbol, order);
        for (b = 0; b < 256; b++) {
            if (symbol[b] == cp) {
                tok->pad = n == len ? tok->byte_id[b] : tok->byte_end_id[b];
                return sd__tok_add_special(env, tok, token, tok->pad);
            }
        }
    }
    return sd__fail(env, SD_ERR_UNSUPPORTED, "pad token '%.40s' is neither a special token nor a one-byte symbol", token);
}

/* --------------------------------------------------------------------------------------------
   Tokenizing
   -------------------------------------------------------------------------------------------- */
typedef struct sd__tok_heap_entry {
    int rank, pos, merged;
} sd__tok_heap_entry;

typedef struct sd__tok_symbol {
    int id; /* -1 once merged into its left neighbour */
    int prev, next;
} sd__tok_symbol;

/* The state of one sd__tokenize call: the output and growable scratch buffers. */
typedef struct sd__tok_run {
    sd__env *env;
    const sd__tokenizer *tok;
    int *ids;
    int count;           /* ids written, BOS included */
    size_t total;        /* tokens the text produces, BOS included */
    int need_total;      /* 0: stop once ids is full */
    char *text;          /* the normalized text of the current segment */
    size_t text_len, text_cap;
    unsigned *chunk;     /* NFC work: code point | combining class << 21 */
    unsigned *sorted;
    size_t chunk_len, chunk_cap, sorted_cap;
    sd__tok_symbol *symbols;
    size_t symbol_cap;
    sd__tok_heap_entry *heap;
    size_t heap_len, heap_cap;
} sd__tok_run;

#define SD__TOK_CP_MASK 0x1FFFFFu
#define SD__TOK_CCC_SHIFT 21

/* Makes room for need elements of elem bytes in buf (capacity *cap), at least doubling it;
   NULL when out of memory. */
static void *sd__tok_reserve(sd__env *env, void *buf, size_t *cap, size_t need, size_t elem) {
    size_t new_cap, bytes;
    void *p;
    if (need <= *cap) return buf;
    new_cap = *cap > ((size_t)-1 >> 2) ? need : SD__MAX(need, *cap * 2);
    if (!sd__mul_size(new_cap, elem, &bytes)) return NULL;
    p = sd__realloc(env, buf, *cap * elem, bytes);
    if (p) *cap = new_cap;
    return p;
}

static int sd__tok_full(const sd__tok_run *run) { return !run->need_total && run->count >= SD_MAX_TOKENS - 1; }

static void sd__tok_emit(sd__tok_run *run, int id) {
    run->total++;
    if (run->count < SD_MAX_TOKENS - 1) run->ids[run->count++] = id;
}

static sd_result sd__tok_append_text(sd__tok_run *run, unsigned cp) {
    char *p = (char *)sd__tok_reserve(run->env, run->text, &run->text_cap, run->text_len + 4, 1);
    if (!p) return sd__oom(run->env);
    run->text = p;
    run->text_len += sd__utf8_encode(cp, run->text + run->text_len);
    return SD_OK;
}

/* Stable sort of chunk[a..b) by combining class: insertion for short runs, counting otherwise
   (a long run of combining marks must not take quadratic time). */
static sd_result sd__tok_sort_marks(sd__tok_run *run, size_t a, size_t b) {
    size_t i, j, count[256], start = 0;
    unsigned *c = run->chunk, *s;
    if (b - a <= 16) {
        for (i = a + 1; i < b; i++) {
            unsigned v = c[i];
            for (j = i; j > a && (c[j - 1] >> SD__TOK_CCC_SHIFT) > (v >> SD__TOK_CCC_SHIFT); j--) c[j] = c[j - 1];
            c[j] = v;
        }
        return SD_OK;
    }
    s = (unsigned *)sd__tok_reserve(run->env, run->sorted, &run->sorted_cap, b - a, sizeof(unsigned));
    if (!s) return sd__oom(run->env);
    run->sorted = s;
    memset(count, 0, sizeof count);
    for (i = a; i < b; i++) count[c[i] >> SD__TOK_CCC_SHIFT]++;
    for (i = 0; i < 256; i++) {
        size_t k = count[i];
        count[i] = start;
        start += k;
    }
    for (i = a; i < b; i++) s[count[c[i] >> SD__TOK_CCC_SHIFT]++] = c[i];
    memcpy(c + a, s, (b - a) * sizeof(unsigned));
    return SD_OK;
}

/* Canonical ordering, canonical composition and lowercasing of the decomposed chunk, appended
   to the normalized text. */
static sd_result sd__tok_flush_chunk(sd__tok_run *run) {
    unsigned *c = run->chunk;
    size_t n = run->chunk_len, i, a, out = 0;
    long starter = -1;
    sd_result r;
    for (a = 0; a < n; a = i + 1) {
        for (i = a; i < n && c[i] >> SD__TOK_CCC_SHIFT; i++) {}
        if (i - a > 1 && (r = sd__tok_sort_marks(run, a, i)) != SD_OK) return r;
    }
    for (i = 0; i < n; i++) {
        unsigned cp = c[i] & SD__TOK_CP_MASK, ccc = c[i] >> SD__TOK_CCC_SHIFT, composite;
        /* A character joins the last starter unless something between them blocks it: a
           starter, or a mark of the same or a higher class. */
        if (starter >= 0 && (out == (size_t)starter + 1 || (c[out - 1] >> SD__TOK_CCC_SHIFT != 0 &&
                                                            c[out - 1] >> SD__TOK_CCC_SHIFT < ccc)) &&
            (composite = sd__uni_compose(c[starter] & SD__TOK_CP_MASK, cp)) != 0) {
            c[starter] = composite;
            continue;
        }
        if (ccc == 0) starter = (long)out;
        c[out++] = c[i];
    }
    for (i = 0; i < out; i++) {
        unsigned lower[2];
        size_t k, m = sd__uni_lowercase(c[i] & SD__TOK_CP_MASK, lower);
        for (k = 0; k < m; k++)
            if ((r = sd__tok_append_text(run, lower[k])) != SD_OK) return r;
    }
    run->chunk_len = 0;
    return SD_OK;
}

/* NFC + lowercase of s[0..n) (valid UTF-8) into run->text. The text is cut into chunks before
   each character that starts with a starter nothing can compose with, so that memory stays
   small whatever the length. */
static sd_result sd__tok_normalize(sd__tok_run *run, const unsigned char *s, size_t n) {
    size_t i = 0, len, k, m;
    unsigned cp, parts[SD__UNI_MAX_DECOMPOSITION];
    sd_result r;
    char *text = (char *)sd__tok_reserve(run->env, run->text, &run->text_cap, n + 16, 1);
    if (!text) return sd__oom(run->env);
    run->text = text; /* normalization rarely changes the length: one allocation for most text */
    run->text_len = 0;
    run->chunk_len = 0;
    while (i < n) {
        unsigned *p;
        /* ASCII followed by ASCII can neither compose nor reorder. */
        if (s[i] < 0x80 && (i + 1 == n || s[i + 1] < 0x80)) {
            if (run->chunk_len && (r = sd__tok_flush_chunk(run)) != SD_OK) return r;
            if ((r = sd__tok_append_text(run, (unsigned)(s[i] - 'A') < 26 ? s[i] + 32u : s[i])) != SD_OK) return r;
            i++;
            continue;
        }
        len = sd__utf8_decode(s + i, n - i, &cp);
        SD_ASSERT(len > 0);
        i += len;
        m = sd__uni_decompose(cp, parts);
        if (run->chunk_len && sd__uni_ccc(parts[0]) == 0 && !sd__uni_composes_with_previous(parts[0]) &&
            (r = sd__tok_flush_chunk(run)) != SD_OK)
            return r;
        p = (unsigned *)sd__tok_reserve(run->env, run->chunk, &run->chunk_cap, run->chunk_len + m, sizeof(unsigned));
        if (!p) return sd__oom(run->env);
        run->chunk = p;
        for (k = 0; k < m; k++) run->chunk[run->chunk_len++] = parts[k] | sd__uni_ccc(parts[k]) << SD__TOK_CCC_SHIFT;
    }
    return run->chunk_len ? sd__tok_flush_chunk(run) : SD_OK;
}

static int sd__tok_heap_less(const sd__tok_heap_entry *a, const sd__tok_heap_entry *b) {
    return a->rank < b->rank || (a->rank == b->rank && a->pos < b->pos);
}

static sd_result sd__tok_heap_push(sd__tok_run *run, int left_pos) {
    const sd__tok_symbol *sym = run->symbols;
    const sd__tok_merge *m = sd__tok_find_merge(run->tok, sym[left_pos].id, sym[sym[left_pos].next].id);
    sd__tok_heap_entry *h, e;
    size_t i;
    if (!m) return SD_OK;
    h = (sd__tok_heap_entry *)sd__tok_reserve(run->env, run->heap, &run->heap_cap, run->heap_len + 1, sizeof *h);
    if (!h) return sd__oom(run->env);
    run->heap = h;
    e.rank = m->rank;
    e.pos = left_pos;
    e.merged = m->merged;
    for (i = run->heap_len++; i > 0 && sd__tok_heap_less(&e, &h[(i - 1) / 2]); i = (i - 1) / 2) h[i] = h[(i - 1) / 2];
    h[i] = e;
    return SD_OK;
}

static sd__tok_heap_entry sd__tok_heap_pop(sd__tok_run *run) {
    sd__tok_heap_entry *h = run->heap, top = h[0], last = h[--run->heap_len];
    size_t i = 0, n = run->heap_len;
    for (;;) {
        size_t child = 2 * i + 1;
        if (child >= n) break;
        if (child + 1 < n && sd__tok_heap_less(&h[child + 1], &h[child])) child++;
        if (!sd__tok_heap_less(&h[child], &last)) break;
        h[i] = h[child];
        i = child;
    }
    if (n) h[i] = last;
    return top;
}

/* Byte-level BPE of one pre-token p[0..n), emitting its ids. Merges are applied lowest rank
   first, leftmost first among equal ranks; entries left stale by an earlier merge are skipped
   when popped. O(n log n). */
static sd_result sd__tok_bpe(sd__tok_run *run, const unsigned char *p, size_t n) {
    const sd__tokenizer *tok = run->tok;
    sd__tok_symbol *sym;
    size_t k;
    int pos;
    sd_result r;
    if (n == 1) {
        sd__tok_emit(run, tok->byte_end_id[p[0]]);
        return SD_OK;
    }
    if (n > (size_t)INT_MAX) return sd__fail(run->env, SD_ERR_INVALID_ARGUMENT, "a word of the prompt is too long");
    sym = (sd__tok_symbol *)sd__tok_reserve(run->env, run->symbols, &run->symbol_cap, n, sizeof *sym);
    if (!sym) return sd__oom(run->env);
    run->symbols = sym;
    for (k = 0; k < n; k++) {
        sym[k].id = k + 1 < n ? tok->byte_id[p[k]] : tok->byte_end_id[p[k]];
        sym[k].prev = (int)k - 1;
        sym[k].next = k + 1 < n ? (int)k + 1 : -1;
    }
    run->heap_len = 0;
    for (k = 0; k + 1 < n; k++)
        if ((r = sd__tok_heap_push(run, (int)k)) != SD_OK) return r;
    while (run->heap_len) {
        sd__tok_heap_entry top = sd__tok_heap_pop(run);
        const sd__tok_merge *m;
        int right;
        right = sym[top.pos].next;
        if (sym[top.pos].id < 0 || right < 0) continue;
        m = sd__tok_find_merge(tok, sym[top.pos].id, sym[right].id);
        if (!m || m->merged != top.merged) continue; /* the pair changed since this entry was pushed */
        sym[top.pos].id = top.merged;
        sym[right].id = -1;
        sym[top.pos].next = sym[right].next;
        if (sym[right].next >= 0) sym[sym[right].next].prev = top.pos;
        if (sym[top.pos].prev >= 0 && (r = sd__tok_heap_push(run, sym[top.pos].prev)) != SD_OK) return r;
        if (sym[top.pos].next >= 0 && (r = sd__tok_heap_push(run, top.pos)) != SD_OK) return r;
    }
    for (pos = 0; pos >= 0; pos = sym[pos].next) sd__tok_emit(run, sym[pos].id);
    return SD_OK;
}

/* Contractions the regex keeps as one piece ("'s", "'ll", ...) at t[0] == '\'': their length. */
static size_t sd__tok_contraction(const char *t, size_t n) {
    if (n >= 2 && (t[1] == 's' || t[1] == 't' || t[1] == 'm' || t[1] == 'd')) return 2;
    if (n >= 3 && ((t[1] == 'r' && t[2] == 'e') || (t[1] == 'v' && t[2] == 'e') || (t[1] == 'l' && t[2] == 'l')))
        return 3;
    return 0;
}

/* Splits the normalized text into pieces with CLIP's regex and BPE-encodes each. */
static sd_result sd__tok_pretokenize(sd__tok_run *run) {
    static const char *const names[2] = {"startoftext", "endoftext"};
    const char *t = run->text;
    size_t n = run->text_len, i = 0;
    sd_result r;
    while (i < n && !sd__tok_full(run)) {
        unsigned cp;
        size_t len = sd__utf8_decode((const unsigned char *)t + i, n - i, &cp), end, k;
        int special = -1;
        SD_ASSERT(len > 0);
        if (sd__uni_is_space(cp)) {
            i += len;
            continue;
        }
        for (k = 0; k < 2 && cp == '<'; k++) {
            size_t m = strlen(names[k]);
            if (n - i >= m + 4 && t[i + 1] == '|' && memcmp(t + i + 2, names[k], m) == 0 && t[i + 2 + m] == '|' &&
                t[i + 3 + m] == '>')
                special = (int)k;
        }
        if (special >= 0) { /* the byte-level split cuts it into "<|", the name, "|>" */
            size_t m = strlen(names[special]);
            if ((r = sd__tok_bpe(run, (const unsigned char *)t + i, 2)) != SD_OK ||
                (r = sd__tok_bpe(run, (const unsigned char *)t + i + 2, m)) != SD_OK ||
                (r = sd__tok_bpe(run, (const unsigned char *)t + i + 2 + m, 2)) != SD_OK)
                return r;
            i += m + 4;
            continue;
        }
        end = i + len;
        if (cp == '\'' && (k = sd__tok_contraction(t + i, n - i)) != 0) {
            end = i + k;
        } else if (sd__uni_is_letter(cp)) {
            while (end < n && (len = sd__utf8_decode((const unsigned char *)t + end, n - end, &cp)) && sd__uni_is_letter(cp))
                end += len;
        } else if (!sd__uni_is_number(cp)) {
            while (end < n && (len = sd__utf8_decode((const unsigned char *)t + end, n - end, &cp)) &&
                   !sd__uni_is_space(cp) && !sd__uni_is_letter(cp) && !sd__uni_is_number(cp))
                end += len;
        }
        if ((r = sd__tok_bpe(run, (const unsigned char *)t + i, end - i)) != SD_OK) return r;
        i = end;
    }
    return SD_OK;
}

/* The special token that starts at s, or NULL; the longest one when several do. */
static const sd__tok_special *sd__tok_special_at(const sd__tokenizer *tok, const char *s) {
    const sd__tok_special *best = NULL;
    int k;
    for (k = 0; k < tok->special_count; k++) {
        const sd__tok_special *sp = &tok->specials[k];
        if (s[0] == sp->text[0] && strncmp(s, sp->text, sp->length) == 0 && (!best || sp->length > best->length))
            best = sp;
    }
    return best;
}

static void sd__tok_run_free(sd__tok_run *run) {
    sd__free(run->env, run->text);
    sd__free(run->env, run->chunk);
    sd__free(run->env, run->sorted);
    sd__free(run->env, run->symbols);
    sd__free(run->env, run->heap);
}

/* ids: BOS, at most SD_MAX_TOKENS - 2 tokens, EOS, then padding. *untruncated_count (when not
   NULL) receives the length of the untruncated sequence, BOS and EOS included; pass NULL to
   stop the work as soon as ids is full. */
static sd_result sd__tokenize(sd__env *env, const sd__tokenizer *tok, const char *utf8, int ids[SD_MAX_TOKENS],
                              int *untruncated_count) {
    sd__tok_run run;
    const unsigned char *s = (const unsigned char *)utf8;
    size_t n, i, start;
    sd_result r = SD_OK;
    if (!utf8) return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "the prompt is NULL");
    n = strlen(utf8);
    for (i = 0; i < n;) {
        unsigned cp;
        size_t len = sd__utf8_decode(s + i, n - i, &cp);
        if (!len)
            return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "the prompt is not valid UTF-8 (byte %lu: 0x%02X)",
                            (unsigned long)i, s[i]);
        i += len;
    }
    memset(&run, 0, sizeof run);
    run.env = env;
    run.tok = tok;
    run.ids = ids;
    run.need_total = untruncated_count != NULL;
    sd__tok_emit(&run, tok->bos);
    for (i = start = 0; !sd__tok_full(&run);) {
        const sd__tok_special *sp = i < n ? sd__tok_special_at(tok, utf8 + i) : NULL;
        if (i < n && !sp) {
            i++;
            continue;
        }
        if (i > start && ((r = sd__tok_normalize(&run, s + start, i - start)) != SD_OK ||
                          (r = sd__tok_pretokenize(&run)) != SD_OK))
            break;
        if (!sp) break;
        sd__tok_emit(&run, sp->id);
        i = start = i + sp->length;
    }
    sd__tok_run_free(&run);
    if (r != SD_OK) return r;
    ids[run.count] = tok->eos;
    for (i = (size_t)run.count + 1; i < SD_MAX_TOKENS; i++) ids[i] = tok->pad;
    if (untruncated_count) *untruncated_count = run.total + 1 > (size_t)INT_MAX ? INT_MAX : (int)run.total + 1;
    return SD_OK;
}

/* ---- src/backend/interface.c ---- */
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
    int segment;     /* an offloaded weight: 1 + the weight store segment it lives in; else 0 */
} sd__tensor;

typedef enum sd__activation { SD__ACT_SILU, SD__ACT_GELU, SD__ACT_QUICK_GELU } sd__activation;

/* Weights as the model hands them to a backend: float32 in PyTorch's layout. Conv weights are
   [out, in, kh, kw]; linear weights [out, in]. The backend stores them as it prefers. */
typedef enum sd__weight_kind { SD__W_VECTOR, SD__W_LINEAR, SD__W_CONV, SD__W_EMBEDDING } sd__weight_kind;

typedef struct sd__backend sd__backend;
typedef struct sd__weights sd__weights; /* the weight store (src/backend/weights.c) */

/* An op as work_bytes sees it (the ops not listed need no work memory on any backend): its
   tensors, which may have shapes only (a dry run's), and the integer arguments that size its
   work. conv2d and linear: x, w, y, stride; group_norm: x, groups; attention: x = q, w = k, y,
   heads, heads_per_pass; write and read: x. */
typedef enum sd__op_kind {
    SD__OP_WRITE, SD__OP_READ, SD__OP_CONV2D, SD__OP_LINEAR, SD__OP_GROUP_NORM, SD__OP_ATTENTION
} sd__op_kind;
typedef struct sd__op_call {
    sd__op_kind kind;
    const sd__tensor *x, *w, *y;
    int stride, groups, heads, heads_per_pass;
} sd__op_call;

typedef struct sd__backend_ops {
    const char *name;
    void (*destroy)(sd__backend *b);
    /* Activations: alloc fills t->data for the shape in t (status set on failure). */
    void (*alloc)(sd__backend *b, sd__tensor *t);
    void (*release)(sd__backend *b, sd__tensor *t);
    /* Weights: from float32 host data in PyTorch layout (see sd__weight_kind). For SD__W_CONV the
       shape is n = out, h = kh, w = kw, c = in; SD__W_LINEAR and SD__W_EMBEDDING are n=1, h=1,
       w = rows (out), c = cols (in); SD__W_VECTOR is n=h=w=1, c = length. weight_bytes is the
       backend memory the stored weight takes (0 with status set for a bad kind or shape);
       upload_weight converts src into dst->data, which the caller points at that many bytes of
       backend memory, 256-byte aligned (the weight store places weights in blocks), and sets
       dst->dtype to what it stored. The shape's dtype going in is a hint, the same for both
       calls: SD__F16 when the file holds the weight in IEEE half, so src holds half values
       exactly and a backend may keep them in 16 bits (the CPU backend does), else SD__F32. */
    size_t (*weight_bytes)(sd__backend *b, sd__weight_kind kind, const sd__tensor *shape);
    void (*upload_weight)(sd__backend *b, sd__weight_kind kind, const float *src, sd__tensor *dst);
    /* Memory for the weight store: backend memory or, when host != 0, host memory that copies to
       the backend fast (pinned on CUDA). NULL with status set, naming `what`, on failure. */
    void *(*mem_alloc)(sd__backend *b, size_t bytes, int host, const char *what);
    void (*mem_free)(sd__backend *b, void *ptr, int host);
    /* Copies bytes from host memory of mem_alloc to backend memory (to_host 0) or back (to_host
       1), in order with the ops; a copy to the host is complete when copy returns. */
    void (*copy)(sd__backend *b, void *dst, const void *src, size_t bytes, int to_host);
    /* A copy from host memory of mem_alloc to backend memory beside the ops (on CUDA's copy
       stream): it starts once the ops issued so far are done, so it may overwrite what they read,
       and ops issued after await_copy(ticket) see it. Tickets count up from 1; awaiting a ticket
       awaits every earlier one too. */
    unsigned long long (*prefetch)(sd__backend *b, void *dst, const void *src, size_t bytes);
    void (*await_copy)(sd__backend *b, unsigned long long ticket);
    /* Host <-> activation copies of float32 NHWC data. */
    void (*write)(sd__backend *b, sd__tensor *dst, const float *src);
    void (*read)(sd__backend *b, const sd__tensor *src, float *dst);

    /* y = conv(x, w) + bias (+ residual). k = w->h = w->w in {1, 3}. pad zero rows and columns
       go before the input (top, left), k / 2 after it (bottom, right): pad = k / 2 is the usual
       same-size convolution, pad = 0 the VAE encoder's downsampler. So y's height is
       (x.h + pad + k/2 - k) / stride + 1, and likewise its width. bias and residual may be NULL. */
    void (*conv2d)(sd__backend *b, const sd__tensor *x, const sd__tensor *w, const sd__tensor *bias,
                   const sd__tensor *residual, int stride, int pad, sd__tensor *y);
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
    /* y [n, 1, 1, dim]: sinusoidal embedding of the timesteps (diffusers' get_timestep_embedding),
       a float32 tensor of n values, or of one value that every row shares. */
    void (*timestep_embedding)(sd__backend *b, const sd__tensor *timesteps, int flip_sin_to_cos, float freq_shift,
                               sd__tensor *y);
    /* Work memory: what an op needs besides its tensors (scratch, im2col rows, attention
       scores, staging), and a reservation of that much ahead of time, after which ops that
       need no more allocate nothing. The backend keeps one work buffer that only grows. */
    size_t (*work_bytes)(sd__backend *b, const sd__op_call *call);
    void (*reserve_work)(sd__backend *b, size_t bytes);

    /* The denoising loop on the backend (see sd__denoise_range below): the latents stay where the
       UNet runs, and a step is the same ops every time, reading what changes (the timestep and the
       sampler's coefficients) from the float32 `plan` tensor of SD__PLAN_FLOATS values.
       denoise_input: x [copies * B, h, w, c] = every copy of latents [B, h, w, c] times the plan's
       input scale. denoise_step: guidance over prediction [B or 2B (negative first), h, w, c] and
       the sampler's update of latents and aux [SD__AUX_SLOTS * B, h, w, c]; noise [B, h, w, c], or
       NULL when the plan's noise coefficient is 0. Both in the backend's stream order. */
    void (*denoise_input)(sd__backend *b, const sd__tensor *latents, const sd__tensor *plan, sd__tensor *x);
    void (*denoise_step)(sd__backend *b, const sd__tensor *prediction, const sd__tensor *noise, sd__tensor *plan,
                         sd__tensor *latents, sd__tensor *aux);
    /* Graphs (CUDA graphs; NULL where the backend has none): between graph_begin and graph_end the
       ops are recorded instead of run, and graph_launch runs the recording again with the memory it
       was recorded with. graph_end returns NULL, with status clear, when the recording failed and
       the ops recorded must run again without a graph. */
    void (*graph_begin)(sd__backend *b);
    void *(*graph_end)(sd__backend *b);
    void (*graph_launch)(sd__backend *b, void *graph);
    void (*graph_free)(sd__backend *b, void *graph);
} sd__backend_ops;

typedef struct sd__planner sd__planner;
struct sd__backend {
    const sd__backend_ops *ops;
    sd__env *env;          /* error messages and host allocation */
    sd_result status;      /* first failure; ops are no-ops once set */
    sd__dtype dtype;       /* of activations */
    size_t bytes_in_use;   /* backend memory held now (weights and activations) */
    size_t peak_bytes;
    sd__weights *weights;  /* the store that owns the model weights (NULL: each weight owns its memory) */
    size_t allocations;    /* blocks the backend's allocator has handed out so far */
    sd__planner *planner;  /* planned activation memory (backend/plan.c); NULL: every tensor is allocated */
    int host_memory;       /* its memory is the host's (the CPU): a host copy of offloaded weights gains nothing */
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

static void sd__backend_failf(sd__backend *b, sd_result code, const char *fmt, ...) SD__PRINTF(3, 4);
static void sd__backend_failf(sd__backend *b, sd_result code, const char *fmt, ...) {
    char what[768];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(what, sizeof what, fmt, ap);
    va_end(ap);
    sd__backend_fail(b, code, what);
}

static const char *sd__dtype_name(sd__dtype dtype) {
    return dtype == SD__F32 ? "float32" : dtype == SD__F16 ? "float16" : "bfloat16";
}

/* Planned passes (backend/plan.c): 1 when the tensor came from, or went back to, the arena. */
static int sd__arena_take(sd__backend *b, sd__tensor *t);
static int sd__arena_give_back(sd__backend *b, const sd__tensor *t);

/* A new activation tensor (data NULL and status set if allocation failed): from the arena while
   a planned pass runs, else from the backend. */
static sd__tensor sd__t_new(sd__backend *b, int n, int h, int w, int c) {
    sd__tensor t;
    memset(&t, 0, sizeof t);
    t.n = n; t.h = h; t.w = w; t.c = c;
    if (!b->status && sd__shape_count(b, n, h, w, c) && !sd__arena_take(b, &t)) b->ops->alloc(b, &t);
    return t;
}

static void sd__t_drop(sd__backend *b, sd__tensor *t) {
    if (t->data && !sd__arena_give_back(b, t)) b->ops->release(b, t);
    t->data = NULL;
}

/* --------------------------------------------------------------------------------------------
   Argument checks every backend runs before an op (the rules of sd__backend_ops above). Each
   returns 1 when the op may run, else records a message naming the op and returns 0.
   -------------------------------------------------------------------------------------------- */
static int sd__t_live(const sd__tensor *t) {
    return t && t->data && t->n > 0 && t->h > 0 && t->w > 0 && t->c > 0;
}
static int sd__t_same_shape(const sd__tensor *a, const sd__tensor *b) {
    return a->n == b->n && a->h == b->h && a->w == b->w && a->c == b->c;
}

/* No earlier failure, and every tensor present, non-empty and of the backend's dtype. */
static int sd__op_begin(sd__backend *b, const char *op, const sd__tensor *const *tensors, int count, sd__dtype dtype) {
    int i;
    if (b->status) return 0;
    for (i = 0; i < count; i++)
        if (!sd__t_live(tensors[i]) || tensors[i]->dtype != dtype) {
            sd__backend_failf(b, SD_ERR_INVALID_ARGUMENT, "%s: tensor argument %d is missing, empty or not %s", op, i + 1,
                              sd__dtype_name(dtype));
            return 0;
        }
    return 1;
}

/* sd__op_begin for conv2d and linear: x and y in dtype, the weight w in dtype or in 16 bits (a
   backend may keep weights so: see upload_weight). */
static int sd__gemm_op_begin(sd__backend *b, const char *op, const sd__tensor *x, const sd__tensor *w, const sd__tensor *y,
                             sd__dtype dtype) {
    const sd__tensor *args[3];
    sd__tensor w_as;
    args[0] = x; args[1] = w; args[2] = y;
    if (w && w->dtype != dtype) {
        w_as = *w;
        w_as.dtype = dtype;
        args[1] = &w_as;
    }
    return sd__op_begin(b, op, args, 3, dtype);
}

/* The shapes upload_weight accepts for each kind (see sd__backend_ops). */
static int sd__weight_args_ok(sd__backend *b, sd__weight_kind kind, const sd__tensor *dst) {
    if (kind == SD__W_CONV && !(dst->h == dst->w && (dst->h == 1 || dst->h == 3))) {
        sd__backend_failf(b, SD_ERR_UNSUPPORTED, "conv weight [%d, %d, %d, %d]: only 1x1 and 3x3 kernels", dst->n, dst->c,
                          dst->h, dst->w);
        return 0;
    }
    if (kind != SD__W_CONV && (dst->n != 1 || dst->h != 1 || (kind == SD__W_VECTOR && dst->w != 1))) {
        sd__backend_failf(b, SD_ERR_INVALID_ARGUMENT, "weight of kind %d has shape [%d, %d, %d, %d]", (int)kind, dst->n,
                          dst->h, dst->w, dst->c);
        return 0;
    }
    return 1;
}

/* A weight in backend memory of its own (tests and tools; the models place theirs with the
   weight store): dst's shape as upload_weight reads it; data NULL with status set on failure.
   sd__t_drop frees it. */
static void sd__weight_new(sd__backend *b, sd__weight_kind kind, const float *src, sd__tensor *dst) {
    size_t bytes;
    dst->data = NULL;
    if (b->status || !(bytes = b->ops->weight_bytes(b, kind, dst))) return;
    dst->data = b->ops->mem_alloc(b, bytes, 0, "a weight");
    if (dst->data) b->ops->upload_weight(b, kind, src, dst);
    if (b->status) sd__t_drop(b, dst);
}

/* Reports a broken shape rule naming every tensor of the op. */
static int sd__op_check(sd__backend *b, int ok, const char *op, const sd__tensor *x, const sd__tensor *w,
                        const sd__tensor *y, const char *rule) {
    if (ok) return 1;
    sd__backend_failf(b, SD_ERR_INVALID_ARGUMENT, "%s: %s (x [%d, %d, %d, %d], %s [%d, %d, %d, %d], y [%d, %d, %d, %d])", op,
                      rule, x->n, x->h, x->w, x->c, w == y ? "y" : "w", w->n, w->h, w->w, w->c, y->n, y->h, y->w, y->c);
    return 0;
}

/* Bias, scale and shift vectors are float32 on every backend; NULL passes unless required. */
static int sd__op_check_vector(sd__backend *b, const sd__tensor *v, int length, int required, const char *op,
                               const char *name) {
    if (!v && !required) return 1;
    if (sd__t_live(v) && v->dtype == SD__F32 && (size_t)v->n * v->h * v->w == 1 && v->c == length) return 1;
    sd__backend_failf(b, SD_ERR_INVALID_ARGUMENT, "%s: %s must be a float32 vector of %d values", op, name, length);
    return 0;
}

/* An optional residual of y's shape and dtype, and y in memory of its own. */
static int sd__op_check_residual(sd__backend *b, const char *op, const sd__tensor *x, const sd__tensor *w,
                                 const sd__tensor *residual, const sd__tensor *y) {
    return sd__op_check(b, !residual || (sd__t_live(residual) && residual->dtype == y->dtype && sd__t_same_shape(residual, y)),
                        op, x, w, y, "residual must have y's shape") &&
           sd__op_check(b, x->data != y->data && (!residual || residual->data != y->data), op, x, w, y,
                        "y must not share memory with x or residual");
}

static int sd__conv2d_args_ok(sd__backend *b, const sd__tensor *x, const sd__tensor *w, const sd__tensor *bias,
                              const sd__tensor *residual, int stride, int pad, const sd__tensor *y) {
    const int k = w->h;
    return sd__op_check(b, (k == 1 || k == 3) && w->w == k && (stride == 1 || stride == 2) && pad >= 0 && pad <= k / 2,
                        "conv2d", x, w, y, "needs a 1x1 or 3x3 kernel, stride 1 or 2 and padding up to k/2") &&
           sd__op_check(b, x->c == w->c && y->c == w->n && y->n == x->n && y->h == (x->h + pad + k / 2 - k) / stride + 1 &&
                               y->w == (x->w + pad + k / 2 - k) / stride + 1 &&
                               (size_t)y->n * y->h * y->w <= (size_t)INT_MAX && (size_t)k * k * x->c <= (size_t)INT_MAX,
                        "conv2d", x, w, y, "shapes do not fit") &&
           sd__op_check_vector(b, bias, w->n, 0, "conv2d", "bias") && sd__op_check_residual(b, "conv2d", x, w, residual, y);
}

static int sd__linear_args_ok(sd__backend *b, const sd__tensor *x, const sd__tensor *w, const sd__tensor *bias,
                              const sd__tensor *residual, const sd__tensor *y) {
    const size_t rows = sd__tensor_count(x) / (size_t)x->c;
    return sd__op_check(b, w->n == 1 && w->h == 1 && x->c == w->c && y->c == w->w && sd__tensor_count(y) / (size_t)y->c == rows &&
                               rows <= (size_t)INT_MAX,
                        "linear", x, w, y, "shapes do not fit") &&
           sd__op_check_vector(b, bias, w->w, 0, "linear", "bias") && sd__op_check_residual(b, "linear", x, w, residual, y);
}

static int sd__group_norm_args_ok(sd__backend *b, const sd__tensor *x, const sd__tensor *gamma, const sd__tensor *beta,
                                  int groups, const sd__tensor *y) {
    return sd__op_check(b, sd__t_same_shape(x, y) && groups > 0 && x->c % groups == 0 && (size_t)x->h * x->w <= (size_t)INT_MAX,
                        "group_norm", x, y, y, "y must have x's shape and groups must divide the channels") &&
           sd__op_check_vector(b, gamma, x->c, 1, "group_norm", "gamma") &&
           sd__op_check_vector(b, beta, x->c, 1, "group_norm", "beta");
}

static int sd__layer_norm_args_ok(sd__backend *b, const sd__tensor *x, const sd__tensor *gamma, const sd__tensor *beta,
                                  const sd__tensor *y) {
    return sd__op_check(b, sd__t_same_shape(x, y) && sd__tensor_count(x) / (size_t)x->c <= (size_t)INT_MAX, "layer_norm", x, y,
                        y, "y must have x's shape") &&
           sd__op_check_vector(b, gamma, x->c, 1, "layer_norm", "gamma") &&
           sd__op_check_vector(b, beta, x->c, 1, "layer_norm", "beta");
}

/* max_keys: the most keys the backend's attention handles. */
static int sd__attention_args_ok(sd__backend *b, const sd__tensor *q, const sd__tensor *k, const sd__tensor *v, int heads,
                                 int heads_per_pass, size_t max_keys, const sd__tensor *y) {
    const size_t lq = (size_t)q->h * q->w, lk = (size_t)k->h * k->w;
    return sd__op_check(b, heads > 0 && q->c % heads == 0 && heads_per_pass >= 0 && sd__t_same_shape(q, y) &&
                               sd__t_same_shape(k, v) && k->c == q->c && k->n == q->n && lq <= (size_t)INT_MAX && lk <= max_keys &&
                               (size_t)q->n * heads <= (size_t)INT_MAX,
                        "attention", q, k, y, "q, y [B, Lq, heads * d] and k, v [B, Lk, heads * d] do not fit");
}

static int sd__activation_args_ok(sd__backend *b, const sd__tensor *x, sd__activation act, const sd__tensor *y) {
    return sd__op_check(b, sd__t_same_shape(x, y) && (act == SD__ACT_SILU || act == SD__ACT_GELU || act == SD__ACT_QUICK_GELU),
                        "activation", x, y, y, "needs a known activation and y of x's shape");
}

static int sd__geglu_args_ok(sd__backend *b, const sd__tensor *x, const sd__tensor *y) {
    return sd__op_check(b, x->n == y->n && x->h == y->h && x->w == y->w && x->c == 2 * y->c && x->data != y->data, "geglu", x,
                        y, y, "y must be x with half the channels, in its own memory");
}

/* Also tells whether b is broadcast ([a.n, 1, 1, a.c]) rather than of a's shape. */
static int sd__add_args_ok(sd__backend *b, const sd__tensor *a, const sd__tensor *bt, const sd__tensor *y, int *broadcast) {
    *broadcast = !sd__t_same_shape(a, bt);
    return sd__op_check(b, sd__t_same_shape(a, y) && (!*broadcast || (bt->n == a->n && bt->h == 1 && bt->w == 1 && bt->c == a->c)),
                        "add", a, bt, y, "b must have a's shape or be [a.n, 1, 1, a.c], and y a's shape");
}

static int sd__upsample_args_ok(sd__backend *b, const sd__tensor *x, const sd__tensor *y) {
    return sd__op_check(b, x->n == y->n && x->c == y->c && x->data != y->data && (size_t)y->n * y->h <= (size_t)INT_MAX,
                        "upsample", x, y, y, "y must have x's batch and channels, in its own memory");
}

static int sd__concat_args_ok(sd__backend *b, const sd__tensor *a, const sd__tensor *bt, const sd__tensor *y) {
    return sd__op_check(b, a->n == bt->n && a->h == bt->h && a->w == bt->w && y->n == a->n && y->h == a->h && y->w == a->w &&
                               (size_t)y->c == (size_t)a->c + bt->c && a->data != y->data && bt->data != y->data,
                        "concat", a, bt, y, "a and b must differ only in channels, y hold both, in its own memory");
}

static int sd__f32_args_ok(sd__backend *b, const char *op, const sd__tensor *const *tensors, int count) {
    return sd__op_begin(b, op, tensors, count, SD__F32);
}

/* timesteps: float32, one value or one per row of y. */
static int sd__timestep_embedding_args_ok(sd__backend *b, const sd__tensor *timesteps, float freq_shift, const sd__tensor *y) {
    const int half = y->c / 2;
    const size_t count = sd__t_live(timesteps) ? sd__tensor_count(timesteps) : 0;
    return sd__f32_args_ok(b, "timestep_embedding", &timesteps, 1) &&
           sd__op_check(b, y->h == 1 && y->w == 1 && half > 0 && (float)half != freq_shift && (count == 1 || count == (size_t)y->n),
                        "timestep_embedding", timesteps, y, y,
                        "y must be [n, 1, 1, dim] with dim >= 2 and dim / 2 != freq_shift, with 1 or n timesteps");
}

/* diffusers' get_timestep_embedding for one timestep, in float32 as torch computes it:
   exponent = -ln(10000) * i / (half - shift), then [sin, cos] of t * exp(exponent) ([cos, sin]
   when flipped), zero-padded when dim is odd. The CPU backend's op; the CUDA kernel follows it. */
static void sd__timestep_embedding_row(float timestep, int dim, int flip_sin_to_cos, float freq_shift, float *row) {
    const int half = dim / 2;
    int i;
    for (i = 0; i < half; i++) {
        float exponent = (float)i * (float)-9.210340371976184 / ((float)half - freq_shift);
        float arg = timestep * expf(exponent);
        row[flip_sin_to_cos ? half + i : i] = sinf(arg);
        row[flip_sin_to_cos ? i : half + i] = cosf(arg);
    }
    if (dim % 2) row[dim - 1] = 0.0f;
}

/* --------------------------------------------------------------------------------------------
   The denoising step as every backend runs it (denoise_input and denoise_step above)
   -------------------------------------------------------------------------------------------- */
/* ---- src/kernels/denoise_plan.h ---- */
/* The layout of the denoising step's plan and state, shared by the backends (src/backend/
   interface.c includes it; so do the kernels, src/kernels/image.cu). */
/* The plan of one step: what the UNet call and the sampler's update read, as float32 values so
   that a recorded step (a CUDA graph) reads the new step's from device memory. The schedulers
   fill it (sd__sched_plan). Its first value is the timestep, so a one-value view of the plan is
   the UNet's timesteps tensor. */
enum {
    SD__PLAN_TIMESTEP,
    SD__PLAN_INPUT_SCALE,                     /* the UNet input is the latents times this */
    SD__PLAN_GUIDANCE,                        /* g, used with a prediction of 2B rows */
    SD__PLAN_E_X, SD__PLAN_E_M, SD__PLAN_E_C, /* the new entry e (see sd__denoise_range) */
    SD__PLAN_CLAMP,                           /* > 0: e is clamped to [-clamp, clamp] */
    SD__PLAN_ENTRY_SLOT,                      /* the history slot (0 .. 3) that keeps e, or -1 */
    SD__PLAN_X_X, SD__PLAN_X_S, SD__PLAN_X_M, SD__PLAN_X_C, SD__PLAN_X_E, /* the new latents */
    SD__PLAN_X_H, SD__PLAN_X_Z = SD__PLAN_X_H + 4,
    SD__PLAN_C_C, SD__PLAN_C_M, SD__PLAN_UPDATE_C,
    SD__PLAN_SAVE_SAMPLE,
    SD__PLAN_NONFINITE,                       /* set to 1 by a step that made a latent NaN or Inf */
    SD__PLAN_FLOATS
};
/* The sampler's state besides the latents, each a latent batch: the saved sample S, PNDM's
   Runge-Kutta sum C and the history ring H0 .. H3. */
enum { SD__AUX_S, SD__AUX_C, SD__AUX_H, SD__AUX_SLOTS = SD__AUX_H + 4 };

/* One step over the elements [first, end) of the latent batch. In double, with u and c the rows
   of the prediction for the negative prompt and the prompt (c NULL without guidance), x the
   latents, z the noise, and p the plan:
     m  = u + g (c - u)                                      (m = u without guidance)
     e  = float(clamp(ex x + em m + eC C))                   H[entry_slot] = e
     x' = float(xx x + xS S + xm m + xC C + xe e + xH0 H0 + .. + xH3 H3 + xz z)
     C' = float(cC C + cM m)                                 when update_C
     S' = x                                                  when save_sample
   Old values are read before anything is written. A term whose coefficient is 0 is left out, so
   a buffer no coefficient names is never read. Returns 1 when an x' is NaN or Inf. */
static int sd__denoise_range(const float *p, const float *u, const float *c, const float *z, float *x,
                             float *const aux[SD__AUX_SLOTS], size_t first, size_t end) {
    const double g = p[SD__PLAN_GUIDANCE];
    const int slot = (int)p[SD__PLAN_ENTRY_SLOT];
    const int entry = p[SD__PLAN_E_X] != 0 || p[SD__PLAN_E_M] != 0 || p[SD__PLAN_E_C] != 0;
    int nonfinite = 0, j;
    size_t k;
#define SD__TERM(index, value) (p[index] != 0 ? (double)p[index] * (value) : 0.0)
    for (k = first; k < end; k++) {
        const double xv = x[k], m = c ? u[k] + g * ((double)c[k] - u[k]) : (double)u[k];
        double e = 0, next;
        if (entry) {
            e = SD__TERM(SD__PLAN_E_X, xv) + SD__TERM(SD__PLAN_E_M, m) + SD__TERM(SD__PLAN_E_C, aux[SD__AUX_C][k]);
            if (p[SD__PLAN_CLAMP] > 0) e = e < -p[SD__PLAN_CLAMP] ? -p[SD__PLAN_CLAMP] : (e > p[SD__PLAN_CLAMP] ? p[SD__PLAN_CLAMP] : e);
            e = (float)e;
        }
        next = SD__TERM(SD__PLAN_X_X, xv) + SD__TERM(SD__PLAN_X_S, aux[SD__AUX_S][k]) + SD__TERM(SD__PLAN_X_M, m) +
               SD__TERM(SD__PLAN_X_C, aux[SD__AUX_C][k]) + SD__TERM(SD__PLAN_X_E, e);
        for (j = 0; j < 4; j++) next += SD__TERM(SD__PLAN_X_H + j, aux[SD__AUX_H + j][k]);
        next += SD__TERM(SD__PLAN_X_Z, z[k]);
        if (entry && slot >= 0) aux[SD__AUX_H + slot][k] = (float)e;
        if (p[SD__PLAN_UPDATE_C] != 0)
            aux[SD__AUX_C][k] = (float)(SD__TERM(SD__PLAN_C_C, aux[SD__AUX_C][k]) + SD__TERM(SD__PLAN_C_M, m));
        if (p[SD__PLAN_SAVE_SAMPLE] != 0) aux[SD__AUX_S][k] = x[k];
        x[k] = (float)next;
        if (!(x[k] - x[k] == 0)) nonfinite = 1;
    }
#undef SD__TERM
    return nonfinite;
}

/* Float32 values in backend memory (t) with a host copy of the same size in host memory of
   mem_alloc, which copies to the backend fast: the denoising loop's latents, state and plan, and
   the UNet's timesteps. */
typedef struct sd__f32_buffer {
    sd__tensor t;
    float *host;
} sd__f32_buffer;

static void sd__f32_buffer_free(sd__backend *b, sd__f32_buffer *f) {
    if (f->t.data) b->ops->mem_free(b, f->t.data, 0);
    if (f->host) b->ops->mem_free(b, f->host, 1);
    memset(f, 0, sizeof *f);
}

/* The host copy to the backend (in order with the ops), or back (complete on return). */
static void sd__f32_send(sd__backend *b, sd__f32_buffer *f) {
    if (!b->status) b->ops->copy(b, f->t.data, f->host, sd__tensor_count(&f->t) * sizeof(float), 0);
}

/* Both copies of [n, h, w, c], holding values (zeros when NULL) on both sides; status set on
   failure. */
static void sd__f32_buffer_new(sd__backend *b, int n, int h, int w, int c, const float *values, const char *what,
                               sd__f32_buffer *f) {
    const size_t count = sd__shape_count(b, n, h, w, c);
    memset(f, 0, sizeof *f);
    if (b->status || !count) return;
    f->t.n = n; f->t.h = h; f->t.w = w; f->t.c = c;
    f->t.dtype = SD__F32;
    f->t.data = b->ops->mem_alloc(b, count * sizeof(float), 0, what);
    f->host = (float *)b->ops->mem_alloc(b, count * sizeof(float), 1, what);
    if (b->status) {
        sd__f32_buffer_free(b, f);
        return;
    }
    if (values) memcpy(f->host, values, count * sizeof(float));
    else memset(f->host, 0, count * sizeof(float));
    sd__f32_send(b, f);
}
static void sd__f32_fetch(sd__backend *b, sd__f32_buffer *f) {
    if (!b->status) b->ops->copy(b, f->host, f->t.data, sd__tensor_count(&f->t) * sizeof(float), 1);
}

/* The denoising loop's tensors on the backend: the plan of the step, the latents [B, h, w, c], the
   sampler's aux state and the step's noise (noise.t.data NULL for samplers without). */
typedef struct sd__denoise_state {
    sd__f32_buffer plan, latents, aux, noise;
} sd__denoise_state;

/* The argument rules of denoise_input and denoise_step: act (x or prediction) as sd__op_begin
   has checked it, the rest float32; aux and noise may be NULL (denoise_input passes neither). */
static int sd__denoise_args_ok(sd__backend *b, const char *op, const sd__tensor *act, const sd__tensor *noise,
                               const sd__tensor *plan, const sd__tensor *latents, const sd__tensor *aux) {
    const sd__tensor *f32[4];
    int count = 0;
    f32[count++] = plan;
    f32[count++] = latents;
    if (aux) f32[count++] = aux;
    if (noise) f32[count++] = noise;
    return sd__f32_args_ok(b, op, f32, count) &&
           sd__op_check(b, sd__tensor_count(plan) == SD__PLAN_FLOATS && act->h == latents->h && act->w == latents->w &&
                               act->c == latents->c && (act->n == latents->n || act->n == 2 * latents->n) &&
                               (!aux || (aux->n == SD__AUX_SLOTS * latents->n && aux->h == latents->h && aux->w == latents->w &&
                                         aux->c == latents->c)) &&
                               (!noise || sd__t_same_shape(noise, latents)),
                        op, act, latents, latents,
                        "x or prediction must be 1 or 2 copies of latents' shape, with a plan of SD__PLAN_FLOATS values, aux "
                        "of SD__AUX_SLOTS latent batches and noise of latents' shape");
}

/* ---- src/backend/plan.c ---- */
/* ============================================================================================
   Planned activation memory: dry runs, lifetime packing into one arena, checked replays
   ============================================================================================ */
/* A pass (a text encoding, one UNet call, a VAE decode or encode, one VAE tile) allocates the
   same tensors in the same order whenever it runs on inputs of the same shapes. So it first runs
   on a dry backend: every op checks its arguments as a real backend does and computes nothing,
   while each allocation's size and lifetime are recorded, with the most work memory any op will
   ask the real backend for. The planner then gives every allocation an offset such that
   allocations alive at the same time never share a byte. The arena (one backend allocation,
   grown to the largest plan the planner has needed) and the backend's work memory are made large
   enough, and the pass runs for real: each tensor comes from the arena and a release frees
   nothing. A replay checks that allocations and releases come in the recorded order and sizes,
   so a pass that strays fails with an error instead of overwriting live memory. The pipeline
   prepares the UNet's plan before the denoising loop, so that the loop allocates nothing. */

#define SD__PLAN_ALIGN 256 /* bytes: arena offsets and planned sizes are multiples of this */
#define SD__PLAN_CACHE 16  /* plans a planner keeps; the least recently used one makes room */

typedef sd_result (*sd__pass_fn)(sd__backend *b, void *args);

/* A pass: a name and four numbers that fix its allocations (together the key of its plan), and
   how to run it. */
typedef struct sd__pass {
    const char *name; /* static */
    int shape[4];
    sd__pass_fn run;
    void *args;
} sd__pass;

typedef struct sd__plan_alloc {
    size_t bytes;       /* a multiple of SD__PLAN_ALIGN */
    size_t offset;      /* in the arena */
    size_t first, last; /* the events of its allocation and release: alive in [first, last) */
} sd__plan_alloc;

typedef struct sd__plan {
    const char *name;          /* NULL: an empty cache slot */
    int shape[4];
    sd__plan_alloc *allocs;
    size_t count, cap;
    size_t *events;            /* in order: 2k is allocation k, 2k + 1 its release */
    size_t event_count, event_cap;
    size_t arena_bytes;        /* what the offsets span */
    size_t total_bytes;        /* every allocation together: the need without reuse */
    size_t peak_bytes;         /* the most alive at once: no arena can be smaller */
    size_t work_bytes;         /* the most work memory one op needs */
    unsigned long used;        /* when it last ran (planner clock) */
} sd__plan;

struct sd__planner {
    sd__plan plans[SD__PLAN_CACHE];
    unsigned long clock;
    sd__tensor arena;          /* a backend tensor of arena_bytes; data NULL until a plan needs it */
    size_t arena_bytes;
    sd__plan *active;          /* the plan being replayed */
    size_t event, next_alloc;  /* what it expects next */
    int strayed;               /* the replay left its plan */
};

static size_t sd__dtype_size(sd__dtype dtype) { return dtype == SD__F32 ? 4 : 2; }

/* Planned bytes of a tensor of t's shape: rounded up to SD__PLAN_ALIGN. 0 with status set. */
static int sd__plan_bytes(sd__backend *b, const sd__tensor *t, size_t *bytes) {
    size_t count = sd__shape_count(b, t->n, t->h, t->w, t->c);
    if (!count) return 0;
    if (!sd__mul_size(count, sd__dtype_size(b->dtype), bytes) || !sd__add_size(*bytes, SD__PLAN_ALIGN - 1, bytes)) {
        sd__backend_failf(b, SD_ERR_OUT_OF_MEMORY, "tensor [%d, %d, %d, %d] is too large", t->n, t->h, t->w, t->c);
        return 0;
    }
    *bytes -= *bytes % SD__PLAN_ALIGN;
    return 1;
}

static void sd__plan_free(sd__env *env, sd__plan *plan) {
    sd__free(env, plan->allocs);
    sd__free(env, plan->events);
    memset(plan, 0, sizeof *plan);
}

/* --------------------------------------------------------------------------------------------
   Recording: the dry backend. Tensors get distinct fake addresses ((k + 1) * SD__PLAN_ALIGN for
   allocation k) that no op ever reads, since no op computes.
   -------------------------------------------------------------------------------------------- */
typedef struct sd__dry_backend {
    sd__backend base;
    sd__backend *real;
    sd__plan *plan;
    size_t live_bytes;
} sd__dry_backend;

/* Appends an event, growing the list; 0 with status set when memory runs out. */
static int sd__dry_event(sd__dry_backend *d, size_t event) {
    sd__plan *p = d->plan;
    if (p->event_count == p->event_cap) {
        size_t cap = p->event_cap ? 2 * p->event_cap : 256, bytes;
        size_t *grown;
        if (!sd__mul_size(cap, sizeof *grown, &bytes) ||
            !(grown = (size_t *)sd__realloc(d->base.env, p->events, p->event_cap * sizeof *grown, bytes))) {
            sd__backend_fail(&d->base, SD_ERR_OUT_OF_MEMORY, "out of host memory recording a memory plan");
            return 0;
        }
        p->events = grown;
        p->event_cap = cap;
    }
    p->events[p->event_count++] = event;
    return 1;
}

static void sd__dry_alloc(sd__backend *b, sd__tensor *t) {
    sd__dry_backend *d = (sd__dry_backend *)b;
    sd__plan *p = d->plan;
    size_t bytes;
    t->data = NULL;
    t->dtype = b->dtype;
    if (b->status || !sd__plan_bytes(b, t, &bytes)) return;
    if (p->count == p->cap) {
        size_t cap = p->cap ? 2 * p->cap : 128, size;
        sd__plan_alloc *grown;
        if (!sd__mul_size(cap, sizeof *grown, &size) ||
            !(grown = (sd__plan_alloc *)sd__realloc(b->env, p->allocs, p->cap * sizeof *grown, size))) {
            sd__backend_fail(b, SD_ERR_OUT_OF_MEMORY, "out of host memory recording a memory plan");
            return;
        }
        p->allocs = grown;
        p->cap = cap;
    }
    if (!sd__add_size(p->total_bytes, bytes, &p->total_bytes)) {
        sd__backend_fail(b, SD_ERR_OUT_OF_MEMORY, "a pass allocates more than the address space");
        return;
    }
    if (!sd__dry_event(d, 2 * p->count)) return;
    p->allocs[p->count].bytes = bytes;
    p->allocs[p->count].offset = 0;
    p->allocs[p->count].first = p->event_count - 1;
    p->allocs[p->count].last = (size_t)-1; /* not released yet */
    p->count++;
    d->live_bytes += bytes;
    if (d->live_bytes > p->peak_bytes) p->peak_bytes = d->live_bytes;
    t->data = (void *)(uintptr_t)(p->count * SD__PLAN_ALIGN);
}

static void sd__dry_release(sd__backend *b, sd__tensor *t) {
    sd__dry_backend *d = (sd__dry_backend *)b;
    sd__plan *p = d->plan;
    const size_t k = (size_t)((uintptr_t)t->data / SD__PLAN_ALIGN) - 1;
    t->data = NULL;
    if (k >= p->count || p->allocs[k].last != (size_t)-1) {
        sd__backend_fail(b, SD_ERR_BACKEND, "a pass released a tensor twice (an internal error)");
        return;
    }
    d->live_bytes -= p->allocs[k].bytes;
    if (sd__dry_event(d, 2 * k + 1)) p->allocs[k].last = p->event_count - 1;
}

/* The real backend's work memory for an op, kept when it is the most so far. */
static size_t sd__dry_work_bytes(sd__backend *b, const sd__op_call *call) {
    sd__backend *real = ((sd__dry_backend *)b)->real;
    return real->ops->work_bytes(real, call);
}
static void sd__dry_reserve_work(sd__backend *b, size_t bytes) {
    sd__plan *p = ((sd__dry_backend *)b)->plan;
    if (bytes > p->work_bytes) p->work_bytes = bytes;
}
static void sd__dry_need_work(sd__backend *b, sd__op_kind kind, const sd__tensor *x, const sd__tensor *w, const sd__tensor *y,
                              int stride, int groups, int heads, int heads_per_pass) {
    sd__op_call call;
    call.kind = kind;
    call.x = x; call.w = w; call.y = y;
    call.stride = stride; call.groups = groups; call.heads = heads; call.heads_per_pass = heads_per_pass;
    sd__dry_reserve_work(b, sd__dry_work_bytes(b, &call));
}

/* The ops: the shared argument checks, and the work memory the real backend will need. */
static void sd__dry_destroy(sd__backend *b) { (void)b; /* lives on its recorder's stack */ }

static void sd__dry_upload_weight(sd__backend *b, sd__weight_kind kind, const float *src, sd__tensor *dst) {
    (void)kind; (void)src;
    dst->data = NULL;
    sd__backend_fail(b, SD_ERR_BACKEND, "a dry run uploads no weights (an internal error)");
}

/* The weight store's memory ops: a dry run reads weights that are already placed, and never
   moves any. */
static size_t sd__dry_weight_bytes(sd__backend *b, sd__weight_kind kind, const sd__tensor *shape) {
    (void)kind; (void)shape;
    sd__backend_fail(b, SD_ERR_BACKEND, "a dry run sizes no weights (an internal error)");
    return 0;
}
static void *sd__dry_mem_alloc(sd__backend *b, size_t bytes, int host, const char *what) {
    (void)bytes; (void)host; (void)what;
    sd__backend_fail(b, SD_ERR_BACKEND, "a dry run allocates no weight memory (an internal error)");
    return NULL;
}
static void sd__dry_mem_free(sd__backend *b, void *ptr, int host) { (void)b; (void)ptr; (void)host; }
static void sd__dry_copy(sd__backend *b, void *dst, const void *src, size_t bytes, int to_host) {
    (void)dst; (void)src; (void)bytes; (void)to_host;
    sd__backend_fail(b, SD_ERR_BACKEND, "a dry run copies no weights (an internal error)");
}
static unsigned long long sd__dry_prefetch(sd__backend *b, void *dst, const void *src, size_t bytes) {
    sd__dry_copy(b, dst, src, bytes, 0);
    return 0;
}
static void sd__dry_await_copy(sd__backend *b, unsigned long long ticket) { (void)b; (void)ticket; }

static void sd__dry_write(sd__backend *b, sd__tensor *dst, const float *src) {
    (void)src;
    if (sd__op_begin(b, "write", (const sd__tensor *const *)&dst, 1, b->dtype)) sd__dry_need_work(b, SD__OP_WRITE, dst, NULL, NULL, 0, 0, 0, 0);
}

static void sd__dry_read(sd__backend *b, const sd__tensor *src, float *dst) {
    (void)dst;
    if (sd__op_begin(b, "read", &src, 1, b->dtype)) sd__dry_need_work(b, SD__OP_READ, src, NULL, NULL, 0, 0, 0, 0);
}

static void sd__dry_conv2d(sd__backend *b, const sd__tensor *x, const sd__tensor *w, const sd__tensor *bias,
                           const sd__tensor *residual, int stride, int pad, sd__tensor *y) {
    if (sd__gemm_op_begin(b, "conv2d", x, w, y, b->dtype) && sd__conv2d_args_ok(b, x, w, bias, residual, stride, pad, y))
        sd__dry_need_work(b, SD__OP_CONV2D, x, w, y, stride, 0, 0, 0);
}

static void sd__dry_linear(sd__backend *b, const sd__tensor *x, const sd__tensor *w, const sd__tensor *bias,
                           const sd__tensor *residual, sd__tensor *y) {
    if (sd__gemm_op_begin(b, "linear", x, w, y, b->dtype) && sd__linear_args_ok(b, x, w, bias, residual, y))
        sd__dry_need_work(b, SD__OP_LINEAR, x, w, y, 1, 0, 0, 0);
}

static void sd__dry_group_norm(sd__backend *b, const sd__tensor *x, const sd__tensor *gamma, const sd__tensor *beta,
                               int groups, float eps, int silu, sd__tensor *y) {
    const sd__tensor *args[2];
    (void)eps; (void)silu;
    args[0] = x; args[1] = y;
    if (sd__op_begin(b, "group_norm", args, 2, b->dtype) && sd__group_norm_args_ok(b, x, gamma, beta, groups, y))
        sd__dry_need_work(b, SD__OP_GROUP_NORM, x, NULL, y, 0, groups, 0, 0);
}

static void sd__dry_layer_norm(sd__backend *b, const sd__tensor *x, const sd__tensor *gamma, const sd__tensor *beta,
                               float eps, sd__tensor *y) {
    const sd__tensor *args[2];
    (void)eps;
    args[0] = x; args[1] = y;
    if (sd__op_begin(b, "layer_norm", args, 2, b->dtype)) sd__layer_norm_args_ok(b, x, gamma, beta, y);
}

static void sd__dry_attention(sd__backend *b, const sd__tensor *q, const sd__tensor *k, const sd__tensor *v, int heads,
                              int causal, int heads_per_pass, sd__tensor *y) {
    const sd__tensor *args[4];
    (void)causal;
    args[0] = q; args[1] = k; args[2] = v; args[3] = y;
    if (sd__op_begin(b, "attention", args, 4, b->dtype) &&
        sd__attention_args_ok(b, q, k, v, heads, heads_per_pass, (size_t)INT_MAX, y))
        sd__dry_need_work(b, SD__OP_ATTENTION, q, k, y, 0, 0, heads, heads_per_pass);
}

static void sd__dry_activation(sd__backend *b, const sd__tensor *x, sd__activation act, sd__tensor *y) {
    const sd__tensor *args[2];
    args[0] = x; args[1] = y;
    if (sd__op_begin(b, "activation", args, 2, b->dtype)) sd__activation_args_ok(b, x, act, y);
}

static void sd__dry_geglu(sd__backend *b, const sd__tensor *x, sd__tensor *y) {
    const sd__tensor *args[2];
    args[0] = x; args[1] = y;
    if (sd__op_begin(b, "geglu", args, 2, b->dtype)) sd__geglu_args_ok(b, x, y);
}

static void sd__dry_add(sd__backend *b, const sd__tensor *a, const sd__tensor *bt, float alpha, float beta, sd__tensor *y) {
    const sd__tensor *args[3];
    int broadcast;
    (void)alpha; (void)beta;
    args[0] = a; args[1] = bt; args[2] = y;
    if (sd__op_begin(b, "add", args, 3, b->dtype)) sd__add_args_ok(b, a, bt, y, &broadcast);
}

static void sd__dry_upsample(sd__backend *b, const sd__tensor *x, sd__tensor *y) {
    const sd__tensor *args[2];
    args[0] = x; args[1] = y;
    if (sd__op_begin(b, "upsample", args, 2, b->dtype)) sd__upsample_args_ok(b, x, y);
}

static void sd__dry_concat(sd__backend *b, const sd__tensor *a, const sd__tensor *bt, sd__tensor *y) {
    const sd__tensor *args[3];
    args[0] = a; args[1] = bt; args[2] = y;
    if (sd__op_begin(b, "concat", args, 3, b->dtype)) sd__concat_args_ok(b, a, bt, y);
}

static void sd__dry_timestep_embedding(sd__backend *b, const sd__tensor *timesteps, int flip_sin_to_cos, float freq_shift,
                                       sd__tensor *y) {
    (void)flip_sin_to_cos;
    if (sd__op_begin(b, "timestep_embedding", (const sd__tensor *const *)&y, 1, b->dtype))
        sd__timestep_embedding_args_ok(b, timesteps, freq_shift, y);
}

static void sd__dry_denoise_input(sd__backend *b, const sd__tensor *latents, const sd__tensor *plan, sd__tensor *x) {
    if (sd__op_begin(b, "denoise_input", (const sd__tensor *const *)&x, 1, b->dtype))
        sd__denoise_args_ok(b, "denoise_input", x, NULL, plan, latents, NULL);
}

static void sd__dry_denoise_step(sd__backend *b, const sd__tensor *prediction, const sd__tensor *noise, sd__tensor *plan,
                                 sd__tensor *latents, sd__tensor *aux) {
    if (sd__op_begin(b, "denoise_step", &prediction, 1, b->dtype))
        sd__denoise_args_ok(b, "denoise_step", prediction, noise, plan, latents, aux);
}

/* --------------------------------------------------------------------------------------------
   Planning: first fit by decreasing size. The largest allocation goes first, each at the lowest
   offset where it overlaps no placed allocation alive at the same time.
   -------------------------------------------------------------------------------------------- */
typedef struct sd__plan_order { size_t bytes, first, index; } sd__plan_order;
typedef struct sd__plan_span { size_t begin, end; } sd__plan_span;

static int sd__plan_order_cmp(const void *pa, const void *pb) {
    const sd__plan_order *a = (const sd__plan_order *)pa, *b = (const sd__plan_order *)pb;
    if (a->bytes != b->bytes) return a->bytes > b->bytes ? -1 : 1;
    return a->first < b->first ? -1 : a->first > b->first;
}
static int sd__plan_span_cmp(const void *pa, const void *pb) {
    const sd__plan_span *a = (const sd__plan_span *)pa, *b = (const sd__plan_span *)pb;
    return a->begin < b->begin ? -1 : a->begin > b->begin;
}

static int sd__plan_lifetimes_overlap(const sd__plan_alloc *a, const sd__plan_alloc *b) {
    return a->first < b->last && b->first < a->last;
}

/* Sets every offset and arena_bytes. */
static sd_result sd__plan_assign(sd__env *env, sd__plan *plan) {
    sd__plan_order *order = (sd__plan_order *)sd__calloc(env, plan->count ? plan->count : 1, sizeof *order);
    sd__plan_span *spans = (sd__plan_span *)sd__calloc(env, plan->count ? plan->count : 1, sizeof *spans);
    size_t i, j;
    if (!order || !spans) {
        sd__free(env, order);
        sd__free(env, spans);
        return sd__oom(env);
    }
    for (i = 0; i < plan->count; i++) {
        order[i].bytes = plan->allocs[i].bytes;
        order[i].first = plan->allocs[i].first;
        order[i].index = i;
    }
    qsort(order, plan->count, sizeof *order, sd__plan_order_cmp);
    plan->arena_bytes = 0;
    for (i = 0; i < plan->count; i++) {
        sd__plan_alloc *a = &plan->allocs[order[i].index];
        size_t spans_count = 0, offset = 0;
        for (j = 0; j < i; j++) { /* the placed ones */
            const sd__plan_alloc *p = &plan->allocs[order[j].index];
            if (sd__plan_lifetimes_overlap(a, p)) {
                spans[spans_count].begin = p->offset;
                spans[spans_count].end = p->offset + p->bytes;
                spans_count++;
            }
        }
        qsort(spans, spans_count, sizeof *spans, sd__plan_span_cmp);
        for (j = 0; j < spans_count && spans[j].begin < offset + a->bytes; j++)
            if (spans[j].end > offset) offset = spans[j].end;
        a->offset = offset;
        if (offset + a->bytes > plan->arena_bytes) plan->arena_bytes = offset + a->bytes;
    }
    sd__free(env, order);
    sd__free(env, spans);
    return SD_OK;
}

/* 1 when the plan is sound: aligned offsets inside the arena, and no two allocations alive at
   the same time sharing a byte. */
static int sd__plan_valid(const sd__plan *plan) {
    size_t i, j;
    for (i = 0; i < plan->count; i++) {
        const sd__plan_alloc *a = &plan->allocs[i];
        if (a->offset % SD__PLAN_ALIGN || a->bytes % SD__PLAN_ALIGN || a->offset > plan->arena_bytes ||
            a->bytes > plan->arena_bytes - a->offset || a->first >= a->last)
            return 0;
        for (j = 0; j < i; j++) {
            const sd__plan_alloc *b = &plan->allocs[j];
            if (sd__plan_lifetimes_overlap(a, b) && a->offset < b->offset + b->bytes && b->offset < a->offset + a->bytes)
                return 0;
        }
    }
    return 1;
}

/* Records pass on a dry backend over b, then plans it. Fails when the pass fails, or when a
   tensor it allocates outlives it (its memory would be the next pass's). */
static sd_result sd__plan_record(sd__backend *b, const sd__pass *pass, sd__plan *plan) {
    static const sd__backend_ops dry_ops = {
        "dry", sd__dry_destroy, sd__dry_alloc, sd__dry_release, sd__dry_weight_bytes, sd__dry_upload_weight,
        sd__dry_mem_alloc, sd__dry_mem_free, sd__dry_copy, sd__dry_prefetch, sd__dry_await_copy, sd__dry_write, sd__dry_read,
        sd__dry_conv2d, sd__dry_linear, sd__dry_group_norm, sd__dry_layer_norm, sd__dry_attention, sd__dry_activation,
        sd__dry_geglu, sd__dry_add, sd__dry_upsample, sd__dry_concat, sd__dry_timestep_embedding, sd__dry_work_bytes,
        sd__dry_reserve_work, sd__dry_denoise_input, sd__dry_denoise_step, NULL, NULL, NULL, NULL};
    sd__dry_backend d;
    sd_result r;
    size_t k;
    memset(&d, 0, sizeof d);
    d.base.ops = &dry_ops;
    d.base.env = b->env;
    d.base.dtype = b->dtype;
    d.real = b;
    d.plan = plan;
    plan->name = pass->name;
    memcpy(plan->shape, pass->shape, sizeof plan->shape);
    r = pass->run(&d.base, pass->args);
    if (d.base.status) { /* an op the real backend refuses too */
        b->status = d.base.status;
        return b->status;
    }
    if (r != SD_OK) return r;
    for (k = 0; k < plan->count; k++)
        if (plan->allocs[k].last == (size_t)-1)
            return sd__fail(b->env, SD_ERR_BACKEND, "memory plan of the %s: tensor %lu of %lu outlives the pass (an internal error)",
                            pass->name, (unsigned long)k, (unsigned long)plan->count);
    if ((r = sd__plan_assign(b->env, plan)) != SD_OK) return r;
    if (!sd__plan_valid(plan))
        return sd__fail(b->env, SD_ERR_BACKEND, "memory plan of the %s: overlapping tensors (an internal error)", pass->name);
    return SD_OK;
}

/* --------------------------------------------------------------------------------------------
   The planner: cached plans, the arena, replays
   -------------------------------------------------------------------------------------------- */
/* Releases the arena and forgets every plan. */
static void sd__planner_free(sd__backend *b, sd__planner *pl) {
    int i;
    if (pl->arena.data) b->ops->release(b, &pl->arena);
    for (i = 0; i < SD__PLAN_CACHE; i++) sd__plan_free(b->env, &pl->plans[i]);
    memset(pl, 0, sizeof *pl);
}

/* A replay that leaves its plan fails (and the plan is recorded afresh next time). */
static void sd__plan_strayed(sd__backend *b, const char *what, size_t index) {
    const sd__plan *p = b->planner->active;
    b->planner->strayed = 1;
    sd__backend_failf(b, SD_ERR_BACKEND, "memory plan of the %s [%d, %d, %d, %d]: %s %lu differs from the recorded run (an internal error)",
                      p->name, p->shape[0], p->shape[1], p->shape[2], p->shape[3], what, (unsigned long)index);
}

static int sd__arena_take(sd__backend *b, sd__tensor *t) {
    sd__planner *pl = b->planner;
    const sd__plan *p;
    size_t bytes;
    if (!pl || !pl->active) return 0;
    p = pl->active;
    t->data = NULL;
    t->dtype = b->dtype;
    if (!sd__plan_bytes(b, t, &bytes)) return 1;
    if (pl->next_alloc >= p->count || pl->event >= p->event_count || p->events[pl->event] != 2 * pl->next_alloc ||
        p->allocs[pl->next_alloc].bytes != bytes) {
        sd__plan_strayed(b, "allocation", pl->next_alloc);
        return 1;
    }
    t->data = (void *)((uintptr_t)pl->arena.data + p->allocs[pl->next_alloc].offset);
    pl->event++;
    pl->next_alloc++;
    return 1;
}

/* Arena memory goes back to no one; while a plan is replayed the release must be the next event. */
static int sd__arena_give_back(sd__backend *b, const sd__tensor *t) {
    sd__planner *pl = b->planner;
    uintptr_t at, base;
    if (!pl || !pl->arena.data) return 0;
    at = (uintptr_t)t->data;
    base = (uintptr_t)pl->arena.data;
    if (at < base || at - base >= pl->arena_bytes) return 0;
    if (pl->active && !b->status) {
        const sd__plan *p = pl->active;
        const size_t event = pl->event < p->event_count ? p->events[pl->event] : 0;
        if (event % 2 == 0 || p->allocs[event / 2].offset != (size_t)(at - base)) sd__plan_strayed(b, "event", pl->event);
        else pl->event++;
    }
    return 1;
}

/* Makes the arena and the backend's work memory at least this large (between passes only). */
static sd_result sd__planner_fit(sd__backend *b, size_t arena_bytes, size_t work_bytes) {
    sd__planner *pl = b->planner;
    if (arena_bytes > pl->arena_bytes) {
        const size_t rows = arena_bytes / SD__PLAN_ALIGN;
        if (pl->arena.data) b->ops->release(b, &pl->arena);
        pl->arena_bytes = 0;
        if (rows > (size_t)INT_MAX)
            return sd__fail(b->env, SD_ERR_OUT_OF_MEMORY, "an activation arena of %.1f MiB is too large",
                            (double)arena_bytes / 1048576.0);
        memset(&pl->arena, 0, sizeof pl->arena);
        pl->arena.n = 1;
        pl->arena.h = 1;
        pl->arena.w = (int)rows;
        pl->arena.c = (int)(SD__PLAN_ALIGN / sd__dtype_size(b->dtype));
        b->ops->alloc(b, &pl->arena);
        if (!pl->arena.data) return sd__fail_context(b->env, "activation arena");
        pl->arena_bytes = arena_bytes;
    }
    if (work_bytes) b->ops->reserve_work(b, work_bytes);
    return b->status;
}

/* The plan of pass: cached, or recorded now. */
static sd_result sd__planner_plan(sd__backend *b, const sd__pass *pass, sd__plan **out) {
    const double mib = 1.0 / 1048576.0;
    sd__planner *pl = b->planner;
    sd__plan *plan = NULL, *slot = &pl->plans[0];
    sd_result r;
    int i;
    for (i = 0; i < SD__PLAN_CACHE && !plan; i++) {
        sd__plan *p = &pl->plans[i];
        if (p->name && strcmp(p->name, pass->name) == 0 && memcmp(p->shape, pass->shape, sizeof p->shape) == 0) plan = p;
        else if (!p->name || (slot->name && p->used < slot->used)) slot = p;
    }
    if (!plan) {
        plan = slot;
        sd__plan_free(b->env, plan);
        if ((r = sd__plan_record(b, pass, plan)) != SD_OK) {
            sd__plan_free(b->env, plan);
            return r;
        }
        sd__log(b->env, SD_LOG_INFO,
                "memory plan of the %s [%d, %d, %d, %d]: %lu tensors of %.1f MiB in all, at most %.1f MiB alive at once: "
                "arena %.1f MiB, work %.1f MiB",
                plan->name, plan->shape[0], plan->shape[1], plan->shape[2], plan->shape[3], (unsigned long)plan->count,
                (double)plan->total_bytes * mib, (double)plan->peak_bytes * mib, (double)plan->arena_bytes * mib,
                (double)plan->work_bytes * mib);
    }
    plan->used = ++pl->clock;
    *out = plan;
    return SD_OK;
}

/* Plans the passes and makes room for the largest now, so that sd__run_planned of any of them
   later allocates nothing (passes that come first in a run can thus share one arena allocation).
   A no-op without a planner. */
static sd_result sd__plan_prepare(sd__backend *b, const sd__pass *passes, int count) {
    size_t arena_bytes = 0, work_bytes = 0;
    sd__plan *plan;
    sd_result r;
    int i;
    if (b->status) return b->status;
    if (!b->planner || b->planner->active) return SD_OK;
    for (i = 0; i < count; i++) {
        if ((r = sd__planner_plan(b, &passes[i], &plan)) != SD_OK) return r;
        arena_bytes = SD__MAX(arena_bytes, plan->arena_bytes);
        work_bytes = SD__MAX(work_bytes, plan->work_bytes);
    }
    return sd__planner_fit(b, arena_bytes, work_bytes);
}

/* Runs pass with its tensors in the arena. Without a planner, or inside another planned pass
   (whose plan then holds these tensors too), it just runs. */
static sd_result sd__run_planned(sd__backend *b, const sd__pass *pass) {
    sd__planner *pl = b->planner;
    sd__plan *plan;
    sd_result r;
    if (b->status) return b->status;
    if (!pl || pl->active) return pass->run(b, pass->args);
    if ((r = sd__planner_plan(b, pass, &plan)) != SD_OK || (r = sd__planner_fit(b, plan->arena_bytes, plan->work_bytes)) != SD_OK)
        return r;
    pl->active = plan;
    pl->event = pl->next_alloc = 0;
    pl->strayed = 0;
    r = pass->run(b, pass->args);
    if (r == SD_OK && !b->status && pl->event != plan->event_count) sd__plan_strayed(b, "the end of the pass at event", pl->event);
    pl->active = NULL;
    if (pl->strayed) sd__plan_free(b->env, plan);
    return r != SD_OK ? r : b->status;
}

/* ---- src/backend/cpu/core.c ---- */
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
   works the same for activations, packed weights and the work buffer. An op's scratch memory
   (each thread's GEMM and attention buffers, packed K and V, norm statistics) comes from the one
   work buffer, which grows to the largest need and is kept.
   -------------------------------------------------------------------------------------------- */
#ifdef SD__X86_DISPATCH
#define SD__HAVE_AVX2_KERNEL 1 /* x86 kernels compiled for their targets, chosen at run time */
#endif

#define SD__MR 6      /* micro-tile rows (the kernels and sd__pack_interleave are written for 6) */
#define SD__NR 16     /* micro-tile columns, one B panel (the AVX2 kernel is written for 16) */
#define SD__KC 256    /* K block: an A sliver and a B sliver (16 KB) stay in L1 */
#define SD__MC 144    /* rows per GEMM job: the job's A block (144 KB) stays in L2 */
#define SD__ATTN_ROWS 48 /* query rows per attention job */
#define SD__ATTN_KEYS 512 /* keys per attention tile: with the rows, bounds the score tile (96 KB) */
#define SD__CPU_ALIGN 64
#define SD__ELEMENTS_PER_JOB 16384 /* elementwise ops: a multiple of every vector width */
/* floats per thread: a packed A block, then a widened B sliver (64-byte aligned, as the kernels'
   B loads want, which a stack array cannot promise) */
/* bf16 A blocks are row-major bf16 pairs, a row every SD__A_PAIRS_LD pairs: K blocks of up to
   2 KC (the bytes of a float block), plus a cache line so that a tile's rows spread over L1 sets. */
#define SD__A_PAIRS_LD (SD__KC + 16)
/* per thread: the packed A block (float, or bf16 pairs), then a widened B sliver */
#define SD__GEMM_SCRATCH ((size_t)SD__MC * SD__A_PAIRS_LD + (size_t)SD__KC * SD__NR)

/* c (MR x NR, row stride ldc) = a b, or c += a b when accumulate. Element (r, k) of the MR x kc
   A tile is a[r * a_rs + k * a_ks]: a packed sliver (a_rs 1, a_ks MR) or rows of a row-major
   matrix read in place (a_rs its row stride, a_ks 1); b is a packed B sliver [kc][NR]. Both
   forms do the same arithmetic, so results never depend on which one a tile got. */
typedef void (*sd__kernel_fn)(int kc, const float *a, size_t a_rs, size_t a_ks, const float *b, float *c, size_t ldc,
                              int accumulate);
/* The same for two packed A slivers at once (rows 0..MR-1 from a0, MR..2MR-1 from a1, into 2MR rows
   of c): twice the accumulators hide the FMA latency of wide vectors. Each element gets the very
   operations the one-tile kernel gives it, so pairing never changes a result. */
typedef void (*sd__kernel_pair_fn)(int kc, const float *a0, const float *a1, const float *b, float *c, size_t ldc,
                                   int accumulate);

/* dst[i] = the IEEE half src[i] as float, exactly: B slivers of weights kept in 16 bits. */
typedef void (*sd__widen_fn)(const uint16_t *src, size_t count, float *dst);

/* bf16 products (--precision bf16): A and B hold bfloat16 pairs, k and k + 1 in one 32-bit word
   (the even k in the low half): A row-major, row r of the tile at a + r * SD__A_PAIRS_LD, and B
   as [pairs][NR]. Each element of c gets, per pair, the odd product added and then the even one,
   in float (what VDPBF16PS does). The tile kernel computes MR rows; the pair form 2 MR. */
typedef void (*sd__kernel_bf16_fn)(int pairs, const uint32_t *a, const uint32_t *b, float *c, size_t ldc, int accumulate);

/* The elementwise runs of one instruction set (src/backend/cpu/vector.inc). */
typedef struct sd__vector_ops {
    /* the largest of s[0..valid-1] */
    float (*row_max)(const float *s, int valid);
    /* softmax numerators in place: s[i] = exp(scale * s[i] - scale * max) for i < valid, zero up
       to len; returns their sum (rounding is monotonic, so scale * max is exactly the largest
       scaled score, as torch computes it) */
    float (*row_exp)(float *s, int valid, int len, float scale, float max);
    void (*activate)(const float *x, float *y, size_t count, sd__activation act);
    void (*axpby)(const float *a, const float *b, float *y, size_t count, float alpha, float beta); /* alpha a + beta b */
    void (*geglu)(const float *hidden, const float *gate, float *y, size_t width);               /* hidden * gelu(gate) */
    /* y = (x - mean) * scale + beta per channel, then SiLU if asked (group norm) */
    void (*normalize)(const float *x, float *y, const float *mean, const float *scale, const float *beta, size_t count,
                      int silu);
    /* over pixels rows of c channels: sum[i] += d and squares[i] += d * d, d = x[i] - shift[i], in
       double (group norm's statistics in one pass) */
    void (*moments)(const float *x, size_t pixels, size_t c, const float *shift, double *sum, double *squares);
    void (*layer_norm_row)(const float *x, float *y, float mean, float rstd, const float *gamma, const float *beta,
                           size_t count);
    void (*add_run)(float *c, const float *a, size_t count); /* c += a */
} sd__vector_ops;

/* The micro-kernels of one instruction set, chosen at backend creation from what the CPU has. */
typedef struct sd__cpu_kernels {
    const char *name;
    sd__kernel_fn tile;
    sd__kernel_pair_fn pair; /* NULL: tiles one at a time */
    sd__widen_fn widen;
    sd__kernel_bf16_fn bf16_tile;
    sd__kernel_bf16_fn bf16_pair; /* NULL: bf16 tiles one at a time */
    /* dst[i] = the bfloat16 of src[i], ties to even (a run of a bf16 A row) */
    void (*round_bf16)(const float *src, int count, uint16_t *dst);
    const struct sd__vector_ops *vec;
} sd__cpu_kernels;

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
    sd__cpu_kernels kernels;
    sd_precision precision; /* fp32, fp16 or bf16: how conv and linear weights are kept (see
                               sd__cpu_weight_dtype) */
    sd__cpu_block *blocks;  /* every live block */
    unsigned char *work;    /* the work buffer */
    size_t work_bytes;
    float **scratch;        /* each thread's scratch in the work buffer, for the op running now */
    unsigned long long copies; /* prefetch tickets issued */
} sd__cpu_backend;

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
            sd__backend_failf(b, SD_ERR_OUT_OF_MEMORY, "out of memory allocating %.1f MB for a [%d, %d, %d, %d] tensor",
                              (double)bytes / 1048576.0, shape->n, shape->h, shape->w, shape->c);
        else
            sd__backend_failf(b, SD_ERR_OUT_OF_MEMORY, "out of memory allocating %.1f MB", (double)bytes / 1048576.0);
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
    b->allocations++;
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

/* Bytes of one thread's scratch of `floats` floats, 64-byte aligned; 0 when that overflows. */
static size_t sd__cpu_scratch_stride(size_t floats) {
    size_t bytes;
    if (!sd__mul_size(floats, sizeof(float), &bytes) || !sd__add_size(bytes, SD__CPU_ALIGN - 1, &bytes)) return 0;
    return bytes - bytes % SD__CPU_ALIGN;
}

/* Work memory of an op: every thread's scratch of `scratch_floats` floats, then `extra` bytes.
   (size_t)-1 when it overflows, a size no allocation accepts. */
static size_t sd__cpu_work_size(const sd__cpu_backend *cb, size_t scratch_floats, size_t extra) {
    size_t stride = sd__cpu_scratch_stride(scratch_floats), total;
    if ((scratch_floats && !stride) || !sd__mul_size(stride, (size_t)cb->threads, &total) || !sd__add_size(total, extra, &total))
        return (size_t)-1;
    return total;
}

/* Grows the work buffer to at least `bytes` (allocated here, on the calling thread, because the
   env is not thread-safe). 0 with status set on failure. */
static int sd__cpu_work(sd__cpu_backend *cb, size_t bytes) {
    if (cb->base.status) return 0;
    if (bytes <= cb->work_bytes) return 1;
    sd__cpu_free(&cb->base, cb->work);
    cb->work_bytes = 0;
    if (!(cb->work = (unsigned char *)sd__cpu_alloc(&cb->base, bytes, NULL))) return 0;
    cb->work_bytes = bytes;
    return 1;
}

/* The work buffer for the op about to run: thread i's scratch at cb->scratch[i], then the
   returned `extra` bytes. NULL with status set on failure. */
static unsigned char *sd__cpu_take_work(sd__cpu_backend *cb, size_t scratch_floats, size_t extra) {
    const size_t stride = sd__cpu_scratch_stride(scratch_floats);
    int i;
    if (!sd__cpu_work(cb, sd__cpu_work_size(cb, scratch_floats, extra))) return NULL;
    for (i = 0; i < cb->threads; i++) cb->scratch[i] = (float *)(void *)(cb->work + (size_t)i * stride);
    return cb->work + (size_t)cb->threads * stride;
}

/* ---- src/backend/cpu/vector.c ---- */
/* ============================================================================================
   CPU backend: the elementwise math (exp, erf, softmax rows, norms, activations), compiled
   once per instruction set from src/backend/cpu/vector.inc, which tools/amalgamate.sh copies in
   where each "@include" line stands. The portable instance is the reference and the only one
   without GCC or clang on x86: vectors of 8 lanes where the build enables AVX, else 4, or plain
   floats and libm for other compilers and SD_NO_SIMD. The AVX2 (8 lanes) and AVX-512 (16 lanes)
   instances are compiled for their targets whatever the build flags, and the kernel set chosen
   at run time names one (sd__cpu_kernels.vec), so a plain -O2 build runs the CPU's widest.
   ============================================================================================ */
#define SD__VPASTE2(a, b) a##b
#define SD__VPASTE(a, b) SD__VPASTE2(a, b)

#if defined(__GNUC__) && !defined(SD_NO_SIMD)
#ifdef __AVX__
#define SD__VW 8 /* a 32-byte vector only where passing it in registers is the ABI */
#else
#define SD__VW 4
#endif
#else
#define SD__VW 1
#endif
#define SD__V(name) sd__##name
#define SD__VLANES SD__VW
#define SD__VTARGET
/* ---- src/backend/cpu/vector.inc ---- */
/* The CPU backend's elementwise math, one instance per instruction set (see src/backend/cpu/vector.c,
   which sets, before each copy: SD__V(name), the instance's name for `name`; SD__VLANES, its vector
   width, 1 meaning plain floats; SD__VTARGET, the target attribute of its functions, empty for
   the portable instance). Vectors of 8 or 16 floats are only passed to and returned from
   functions compiled for a target that holds them in registers, so the ABI never changes. */
#if SD__VLANES > 1
#define SD__VFN static __inline__ __attribute__((always_inline)) SD__VTARGET /* keeps exp inside the loops */
typedef float SD__V(vf) __attribute__((vector_size(SD__VLANES * 4)));
typedef int SD__V(vi) __attribute__((vector_size(SD__VLANES * 4)));

SD__VFN SD__V(vf) SD__V(vsplat)(float x) {
    SD__V(vf) v;
    int i;
    for (i = 0; i < SD__VLANES; i++) v[i] = x;
    return v;
}
SD__VFN SD__V(vf) SD__V(vload)(const float *p) {
    SD__V(vf) v;
    memcpy(&v, p, sizeof v);
    return v;
}
SD__VFN void SD__V(vstore)(float *p, SD__V(vf) v) { memcpy(p, &v, sizeof v); }
/* Lanes of a where mask is set, else lanes of b. */
SD__VFN SD__V(vf) SD__V(vselect)(SD__V(vi) mask, SD__V(vf) a, SD__V(vf) b) {
    return (SD__V(vf))((mask & (SD__V(vi))a) | (~mask & (SD__V(vi))b));
}
SD__VFN SD__V(vf) SD__V(vmax)(SD__V(vf) a, SD__V(vf) b) { return SD__V(vselect)(a > b, a, b); }
SD__VFN float SD__V(vmax_lanes)(SD__V(vf) v) {
    float m = v[0];
    int i;
    for (i = 1; i < SD__VLANES; i++) m = v[i] > m ? v[i] : m;
    return m;
}
SD__VFN float SD__V(vsum)(SD__V(vf) v) {
    float sum = v[0];
    int i;
    for (i = 1; i < SD__VLANES; i++) sum += v[i];
    return sum;
}

/* exp with about 1 ulp error: x = n ln2 + r, |r| <= ln2 / 2, e^r by its degree-7 Taylor series,
   2^n built in the exponent bits. Above 88 it saturates at e^88, below -87 it is 0 (never a
   denormal, which would slow later GEMMs); NaN passes through. */
SD__VFN SD__V(vf) SD__V(vexp)(SD__V(vf) x) {
    const float magic = 12582912.0f; /* 1.5 * 2^23: adding it rounds to an integer in the low bits */
    SD__V(vi) underflow = x < SD__V(vsplat)(-87.0f);
    SD__V(vf) t, n, r, p;
    SD__V(vi) scale;
    x = SD__V(vselect)(x > SD__V(vsplat)(88.0f), SD__V(vsplat)(88.0f), x);
    x = SD__V(vselect)(underflow, SD__V(vsplat)(-87.0f), x);
    t = x * 1.44269504088896341f + magic;
    n = t - magic;
    r = x - n * 0.693145751953125f;
    r = r - n * 1.428606765330187e-6f;
    p = SD__V(vsplat)(1.0f / 5040.0f);
    p = p * r + 1.0f / 720.0f;
    p = p * r + 1.0f / 120.0f;
    p = p * r + 1.0f / 24.0f;
    p = p * r + 1.0f / 6.0f;
    p = p * r + 0.5f;
    p = p * r + 1.0f;
    p = p * r + 1.0f;
    scale = ((SD__V(vi))t - 0x4B400000 + 127) << 23;
    return SD__V(vselect)(underflow, SD__V(vsplat)(0.0f), p * (SD__V(vf))scale);
}

/* erf with under 1.5e-7 absolute error: x P(x^2) near zero, 1 - e^(-x^2) Q(1 / (1 + |x|)) beyond
   (least-squares fits on Chebyshev nodes, made for this file). */
SD__VFN SD__V(vf) SD__V(verf)(SD__V(vf) x) {
    static const float small[7] = {1.1283791669006547f, -0.3761263494358532f, 0.11283708439082063f,
                                   -0.026859957713659413f, 0.005202176950940524f, -0.0008153790848848819f,
                                   8.411063875006508e-05f};
    static const float large[8] = {-0.0001514306941355056f, 0.5677354016400485f, 0.5299083997178783f,
                                   0.4535299235147435f, -0.7105427648331811f, -0.4722323853064251f,
                                   1.1587533583993062f, -0.5427671110707468f};
    SD__V(vi) sign = (SD__V(vi))x & ~0x7FFFFFFF;
    SD__V(vf) ax = (SD__V(vf))((SD__V(vi))x & 0x7FFFFFFF), x2 = x * x, ps, pl, u, tail;
    int i;
    ps = SD__V(vsplat)(small[6]);
    for (i = 5; i >= 0; i--) ps = ps * x2 + small[i];
    ax = SD__V(vselect)(ax > SD__V(vsplat)(4.0f), SD__V(vsplat)(4.0f), ax);
    u = 1.0f / (ax + 1.0f);
    pl = SD__V(vsplat)(large[7]);
    for (i = 6; i >= 0; i--) pl = pl * u + large[i];
    tail = 1.0f - SD__V(vexp)(-(ax * ax)) * pl;
    tail = (SD__V(vf))((SD__V(vi))tail | sign);
    return SD__V(vselect)(ax < SD__V(vsplat)(0.921875f), x * ps, tail);
}
#else
#define SD__VFN static
typedef float SD__V(vf);
SD__VFN SD__V(vf) SD__V(vsplat)(float x) { return x; }
SD__VFN SD__V(vf) SD__V(vload)(const float *p) { return *p; }
SD__VFN void SD__V(vstore)(float *p, SD__V(vf) v) { *p = v; }
SD__VFN float SD__V(vsum)(SD__V(vf) v) { return v; }
SD__VFN SD__V(vf) SD__V(vmax)(SD__V(vf) a, SD__V(vf) b) { return a > b ? a : b; }
SD__VFN float SD__V(vmax_lanes)(SD__V(vf) v) { return v; }
SD__VFN SD__V(vf) SD__V(vexp)(SD__V(vf) x) { return expf(x); }
SD__VFN SD__V(vf) SD__V(verf)(SD__V(vf) x) { return erff(x); }
#endif

/* The tail of a row (count < the width) goes through a zero-padded vector, so that every element
   gets the same arithmetic as the vector body. */
SD__VFN SD__V(vf) SD__V(vload_part)(const float *p, int count) {
    float lanes[SD__VLANES];
    memset(lanes, 0, sizeof lanes);
    memcpy(lanes, p, (size_t)count * sizeof(float));
    return SD__V(vload)(lanes);
}
SD__VFN void SD__V(vstore_part)(float *p, SD__V(vf) v, int count) {
    float lanes[SD__VLANES];
    SD__V(vstore)(lanes, v);
    memcpy(p, lanes, (size_t)count * sizeof(float));
}

SD__VFN SD__V(vf) SD__V(vsilu)(SD__V(vf) x) { return x / (1.0f + SD__V(vexp)(-x)); }
SD__VFN SD__V(vf) SD__V(vgelu)(SD__V(vf) x) { return x * 0.5f * (1.0f + SD__V(verf)(x * 0.70710678118654752f)); }
SD__VFN SD__V(vf) SD__V(vquick_gelu)(SD__V(vf) x) { return x / (1.0f + SD__V(vexp)(x * -1.702f)); }
SD__VFN SD__V(vf) SD__V(vactivate)(SD__V(vf) x, sd__activation act) {
    return act == SD__ACT_SILU ? SD__V(vsilu)(x) : act == SD__ACT_GELU ? SD__V(vgelu)(x) : SD__V(vquick_gelu)(x);
}

/* The runs the ops are made of (see sd__vector_ops). A loop over i < count in steps of the width
   takes a whole vector, or the tail through a padded one. */
#define SD__VRUN_LEN(i, count) ((int)((count) - (i) < (size_t)SD__VLANES ? (count) - (i) : (size_t)SD__VLANES))
#define SD__VGET(p, n) ((n) == SD__VLANES ? SD__V(vload)(p) : SD__V(vload_part)(p, n))
#define SD__VPUT(p, v, n)                                                                        \
    do {                                                                                         \
        if ((n) == SD__VLANES) SD__V(vstore)(p, v);                                              \
        else SD__V(vstore_part)(p, v, n);                                                        \
    } while (0)

static SD__VTARGET float SD__V(row_max)(const float *s, int valid) {
    SD__V(vf) mv = SD__V(vsplat)(-FLT_MAX);
    float m;
    int i;
    for (i = 0; i + SD__VLANES <= valid; i += SD__VLANES) mv = SD__V(vmax)(mv, SD__V(vload)(s + i));
    m = SD__V(vmax_lanes)(mv);
    for (; i < valid; i++) m = s[i] > m ? s[i] : m;
    return m;
}

static SD__VTARGET float SD__V(row_exp)(float *s, int valid, int len, float scale, float max) {
    SD__V(vf) mv = SD__V(vsplat)(max * scale), acc = SD__V(vsplat)(0.0f), e;
    int i;
    for (i = 0; i + SD__VLANES <= valid; i += SD__VLANES) {
        e = SD__V(vexp)(SD__V(vload)(s + i) * scale - mv);
        SD__V(vstore)(s + i, e);
        acc += e;
    }
    if (i < valid) {
        SD__V(vstore_part)(s + i, SD__V(vexp)(SD__V(vload_part)(s + i, valid - i) * scale - mv), valid - i);
        acc += SD__V(vload_part)(s + i, valid - i);
    }
    if (valid < len) memset(s + valid, 0, (size_t)(len - valid) * sizeof(float));
    return SD__V(vsum)(acc);
}

static SD__VTARGET void SD__V(activate)(const float *x, float *y, size_t count, sd__activation act) {
    size_t i;
    for (i = 0; i < count; i += SD__VLANES) {
        const int n = SD__VRUN_LEN(i, count);
        SD__VPUT(y + i, SD__V(vactivate)(SD__VGET(x + i, n), act), n);
    }
}

static SD__VTARGET void SD__V(axpby)(const float *a, const float *b, float *y, size_t count, float alpha, float beta) {
    size_t i;
    for (i = 0; i < count; i += SD__VLANES) {
        const int n = SD__VRUN_LEN(i, count);
        SD__VPUT(y + i, SD__VGET(a + i, n) * alpha + SD__VGET(b + i, n) * beta, n);
    }
}

static SD__VTARGET void SD__V(geglu)(const float *hidden, const float *gate, float *y, size_t width) {
    size_t i;
    for (i = 0; i < width; i += SD__VLANES) {
        const int n = SD__VRUN_LEN(i, width);
        SD__VPUT(y + i, SD__VGET(hidden + i, n) * SD__V(vgelu)(SD__VGET(gate + i, n)), n);
    }
}

static SD__VTARGET void SD__V(normalize)(const float *x, float *y, const float *mean, const float *scale,
                                         const float *beta, size_t count, int silu) {
    size_t i;
    for (i = 0; i < count; i += SD__VLANES) {
        const int n = SD__VRUN_LEN(i, count);
        SD__V(vf) v = (SD__VGET(x + i, n) - SD__VGET(mean + i, n)) * SD__VGET(scale + i, n) + SD__VGET(beta + i, n);
        SD__VPUT(y + i, silu ? SD__V(vsilu)(v) : v, n);
    }
}

static SD__VTARGET void SD__V(layer_norm_row)(const float *x, float *y, float mean, float rstd, const float *gamma,
                                              const float *beta, size_t count) {
    const SD__V(vf) m = SD__V(vsplat)(mean), rs = SD__V(vsplat)(rstd);
    size_t i;
    for (i = 0; i < count; i += SD__VLANES) {
        const int n = SD__VRUN_LEN(i, count);
        SD__VPUT(y + i, (SD__VGET(x + i, n) - m) * rs * SD__VGET(gamma + i, n) + SD__VGET(beta + i, n), n);
    }
}

static SD__VTARGET void SD__V(add_run)(float *c, const float *a, size_t count) {
    size_t i;
    for (i = 0; i + SD__VLANES <= count; i += SD__VLANES) SD__V(vstore)(c + i, SD__V(vload)(c + i) + SD__V(vload)(a + i));
    for (; i < count; i++) c[i] += a[i];
}

/* In double, a lane per channel, every instance adding in the same order: they agree to double
   rounding (a compiler may fuse d * d into the add in one and not another). */
static SD__VTARGET void SD__V(moments)(const float *x, size_t pixels, size_t c, const float *shift, double *sum,
                                       double *squares) {
    size_t p, i = 0;
#if SD__VLANES > 1
    typedef float half_vf __attribute__((vector_size(SD__VLANES * 2)));
    typedef double vd __attribute__((vector_size(SD__VLANES * 4)));
    enum { D = SD__VLANES / 2 };
    for (; i + D <= c; i += D) {
        half_vf h;
        vd s, q, sh, d;
        memcpy(&s, sum + i, sizeof s);
        memcpy(&q, squares + i, sizeof q);
        memcpy(&h, shift + i, sizeof h);
        sh = __builtin_convertvector(h, vd);
        for (p = 0; p < pixels; p++) {
            memcpy(&h, x + p * c + i, sizeof h);
            d = __builtin_convertvector(h, vd) - sh;
            s += d;
            q += d * d;
        }
        memcpy(sum + i, &s, sizeof s);
        memcpy(squares + i, &q, sizeof q);
    }
#endif
    for (; i < c; i++)
        for (p = 0; p < pixels; p++) {
            const double d = (double)x[p * c + i] - (double)shift[i];
            sum[i] += d;
            squares[i] += d * d;
        }
}

static const sd__vector_ops SD__V(vops) = {
    SD__V(row_max), SD__V(row_exp), SD__V(activate), SD__V(axpby), SD__V(geglu),
    SD__V(normalize), SD__V(moments), SD__V(layer_norm_row), SD__V(add_run)};

#undef SD__VRUN_LEN
#undef SD__VGET
#undef SD__VPUT
#undef SD__VFN
#undef SD__V
#undef SD__VLANES
#undef SD__VTARGET

#ifdef SD__HAVE_AVX2_KERNEL
#define SD__V(name) SD__VPASTE(sd__##name, _avx2)
#define SD__VLANES 8
#define SD__VTARGET __attribute__((target("avx2,fma")))
/* ---- src/backend/cpu/vector.inc ---- */
/* The CPU backend's elementwise math, one instance per instruction set (see src/backend/cpu/vector.c,
   which sets, before each copy: SD__V(name), the instance's name for `name`; SD__VLANES, its vector
   width, 1 meaning plain floats; SD__VTARGET, the target attribute of its functions, empty for
   the portable instance). Vectors of 8 or 16 floats are only passed to and returned from
   functions compiled for a target that holds them in registers, so the ABI never changes. */
#if SD__VLANES > 1
#define SD__VFN static __inline__ __attribute__((always_inline)) SD__VTARGET /* keeps exp inside the loops */
typedef float SD__V(vf) __attribute__((vector_size(SD__VLANES * 4)));
typedef int SD__V(vi) __attribute__((vector_size(SD__VLANES * 4)));

SD__VFN SD__V(vf) SD__V(vsplat)(float x) {
    SD__V(vf) v;
    int i;
    for (i = 0; i < SD__VLANES; i++) v[i] = x;
    return v;
}
SD__VFN SD__V(vf) SD__V(vload)(const float *p) {
    SD__V(vf) v;
    memcpy(&v, p, sizeof v);
    return v;
}
SD__VFN void SD__V(vstore)(float *p, SD__V(vf) v) { memcpy(p, &v, sizeof v); }
/* Lanes of a where mask is set, else lanes of b. */
SD__VFN SD__V(vf) SD__V(vselect)(SD__V(vi) mask, SD__V(vf) a, SD__V(vf) b) {
    return (SD__V(vf))((mask & (SD__V(vi))a) | (~mask & (SD__V(vi))b));
}
SD__VFN SD__V(vf) SD__V(vmax)(SD__V(vf) a, SD__V(vf) b) { return SD__V(vselect)(a > b, a, b); }
SD__VFN float SD__V(vmax_lanes)(SD__V(vf) v) {
    float m = v[0];
    int i;
    for (i = 1; i < SD__VLANES; i++) m = v[i] > m ? v[i] : m;
    return m;
}
SD__VFN float SD__V(vsum)(SD__V(vf) v) {
    float sum = v[0];
    int i;
    for (i = 1; i < SD__VLANES; i++) sum += v[i];
    return sum;
}

/* exp with about 1 ulp error: x = n ln2 + r, |r| <= ln2 / 2, e^r by its degree-7 Taylor series,
   2^n built in the exponent bits. Above 88 it saturates at e^88, below -87 it is 0 (never a
   denormal, which would slow later GEMMs); NaN passes through. */
SD__VFN SD__V(vf) SD__V(vexp)(SD__V(vf) x) {
    const float magic = 12582912.0f; /* 1.5 * 2^23: adding it rounds to an integer in the low bits */
    SD__V(vi) underflow = x < SD__V(vsplat)(-87.0f);
    SD__V(vf) t, n, r, p;
    SD__V(vi) scale;
    x = SD__V(vselect)(x > SD__V(vsplat)(88.0f), SD__V(vsplat)(88.0f), x);
    x = SD__V(vselect)(underflow, SD__V(vsplat)(-87.0f), x);
    t = x * 1.44269504088896341f + magic;
    n = t - magic;
    r = x - n * 0.693145751953125f;
    r = r - n * 1.428606765330187e-6f;
    p = SD__V(vsplat)(1.0f / 5040.0f);
    p = p * r + 1.0f / 720.0f;
    p = p * r + 1.0f / 120.0f;
    p = p * r + 1.0f / 24.0f;
    p = p * r + 1.0f / 6.0f;
    p = p * r + 0.5f;
    p = p * r + 1.0f;
    p = p * r + 1.0f;
    scale = ((SD__V(vi))t - 0x4B400000 + 127) << 23;
    return SD__V(vselect)(underflow, SD__V(vsplat)(0.0f), p * (SD__V(vf))scale);
}

/* erf with under 1.5e-7 absolute error: x P(x^2) near zero, 1 - e^(-x^2) Q(1 / (1 + |x|)) beyond
   (least-squares fits on Chebyshev nodes, made for this file). */
SD__VFN SD__V(vf) SD__V(verf)(SD__V(vf) x) {
    static const float small[7] = {1.1283791669006547f, -0.3761263494358532f, 0.11283708439082063f,
                                   -0.026859957713659413f, 0.005202176950940524f, -0.0008153790848848819f,
                                   8.411063875006508e-05f};
    static const float large[8] = {-0.0001514306941355056f, 0.5677354016400485f, 0.5299083997178783f,
                                   0.4535299235147435f, -0.7105427648331811f, -0.4722323853064251f,
                                   1.1587533583993062f, -0.5427671110707468f};
    SD__V(vi) sign = (SD__V(vi))x & ~0x7FFFFFFF;
    SD__V(vf) ax = (SD__V(vf))((SD__V(vi))x & 0x7FFFFFFF), x2 = x * x, ps, pl, u, tail;
    int i;
    ps = SD__V(vsplat)(small[6]);
    for (i = 5; i >= 0; i--) ps = ps * x2 + small[i];
    ax = SD__V(vselect)(ax > SD__V(vsplat)(4.0f), SD__V(vsplat)(4.0f), ax);
    u = 1.0f / (ax + 1.0f);
    pl = SD__V(vsplat)(large[7]);
    for (i = 6; i >= 0; i--) pl = pl * u + large[i];
    tail = 1.0f - SD__V(vexp)(-(ax * ax)) * pl;
    tail = (SD__V(vf))((SD__V(vi))tail | sign);
    return SD__V(vselect)(ax < SD__V(vsplat)(0.921875f), x * ps, tail);
}
#else
#define SD__VFN static
typedef float SD__V(vf);
SD__VFN SD__V(vf) SD__V(vsplat)(float x) { return x; }
SD__VFN SD__V(vf) SD__V(vload)(const float *p) { return *p; }
SD__VFN void SD__V(vstore)(float *p, SD__V(vf) v) { *p = v; }
SD__VFN float SD__V(vsum)(SD__V(vf) v) { return v; }
SD__VFN SD__V(vf) SD__V(vmax)(SD__V(vf) a, SD__V(vf) b) { return a > b ? a : b; }
SD__VFN float SD__V(vmax_lanes)(SD__V(vf) v) { return v; }
SD__VFN SD__V(vf) SD__V(vexp)(SD__V(vf) x) { return expf(x); }
SD__VFN SD__V(vf) SD__V(verf)(SD__V(vf) x) { return erff(x); }
#endif

/* The tail of a row (count < the width) goes through a zero-padded vector, so that every element
   gets the same arithmetic as the vector body. */
SD__VFN SD__V(vf) SD__V(vload_part)(const float *p, int count) {
    float lanes[SD__VLANES];
    memset(lanes, 0, sizeof lanes);
    memcpy(lanes, p, (size_t)count * sizeof(float));
    return SD__V(vload)(lanes);
}
SD__VFN void SD__V(vstore_part)(float *p, SD__V(vf) v, int count) {
    float lanes[SD__VLANES];
    SD__V(vstore)(lanes, v);
    memcpy(p, lanes, (size_t)count * sizeof(float));
}

SD__VFN SD__V(vf) SD__V(vsilu)(SD__V(vf) x) { return x / (1.0f + SD__V(vexp)(-x)); }
SD__VFN SD__V(vf) SD__V(vgelu)(SD__V(vf) x) { return x * 0.5f * (1.0f + SD__V(verf)(x * 0.70710678118654752f)); }
SD__VFN SD__V(vf) SD__V(vquick_gelu)(SD__V(vf) x) { return x / (1.0f + SD__V(vexp)(x * -1.702f)); }
SD__VFN SD__V(vf) SD__V(vactivate)(SD__V(vf) x, sd__activation act) {
    return act == SD__ACT_SILU ? SD__V(vsilu)(x) : act == SD__ACT_GELU ? SD__V(vgelu)(x) : SD__V(vquick_gelu)(x);
}

/* The runs the ops are made of (see sd__vector_ops). A loop over i < count in steps of the width
   takes a whole vector, or the tail through a padded one. */
#define SD__VRUN_LEN(i, count) ((int)((count) - (i) < (size_t)SD__VLANES ? (count) - (i) : (size_t)SD__VLANES))
#define SD__VGET(p, n) ((n) == SD__VLANES ? SD__V(vload)(p) : SD__V(vload_part)(p, n))
#define SD__VPUT(p, v, n)                                                                        \
    do {                                                                                         \
        if ((n) == SD__VLANES) SD__V(vstore)(p, v);                                              \
        else SD__V(vstore_part)(p, v, n);                                                        \
    } while (0)

static SD__VTARGET float SD__V(row_max)(const float *s, int valid) {
    SD__V(vf) mv = SD__V(vsplat)(-FLT_MAX);
    float m;
    int i;
    for (i = 0; i + SD__VLANES <= valid; i += SD__VLANES) mv = SD__V(vmax)(mv, SD__V(vload)(s + i));
    m = SD__V(vmax_lanes)(mv);
    for (; i < valid; i++) m = s[i] > m ? s[i] : m;
    return m;
}

static SD__VTARGET float SD__V(row_exp)(float *s, int valid, int len, float scale, float max) {
    SD__V(vf) mv = SD__V(vsplat)(max * scale), acc = SD__V(vsplat)(0.0f), e;
    int i;
    for (i = 0; i + SD__VLANES <= valid; i += SD__VLANES) {
        e = SD__V(vexp)(SD__V(vload)(s + i) * scale - mv);
        SD__V(vstore)(s + i, e);
        acc += e;
    }
    if (i < valid) {
        SD__V(vstore_part)(s + i, SD__V(vexp)(SD__V(vload_part)(s + i, valid - i) * scale - mv), valid - i);
        acc += SD__V(vload_part)(s + i, valid - i);
    }
    if (valid < len) memset(s + valid, 0, (size_t)(len - valid) * sizeof(float));
    return SD__V(vsum)(acc);
}

static SD__VTARGET void SD__V(activate)(const float *x, float *y, size_t count, sd__activation act) {
    size_t i;
    for (i = 0; i < count; i += SD__VLANES) {
        const int n = SD__VRUN_LEN(i, count);
        SD__VPUT(y + i, SD__V(vactivate)(SD__VGET(x + i, n), act), n);
    }
}

static SD__VTARGET void SD__V(axpby)(const float *a, const float *b, float *y, size_t count, float alpha, float beta) {
    size_t i;
    for (i = 0; i < count; i += SD__VLANES) {
        const int n = SD__VRUN_LEN(i, count);
        SD__VPUT(y + i, SD__VGET(a + i, n) * alpha + SD__VGET(b + i, n) * beta, n);
    }
}

static SD__VTARGET void SD__V(geglu)(const float *hidden, const float *gate, float *y, size_t width) {
    size_t i;
    for (i = 0; i < width; i += SD__VLANES) {
        const int n = SD__VRUN_LEN(i, width);
        SD__VPUT(y + i, SD__VGET(hidden + i, n) * SD__V(vgelu)(SD__VGET(gate + i, n)), n);
    }
}

static SD__VTARGET void SD__V(normalize)(const float *x, float *y, const float *mean, const float *scale,
                                         const float *beta, size_t count, int silu) {
    size_t i;
    for (i = 0; i < count; i += SD__VLANES) {
        const int n = SD__VRUN_LEN(i, count);
        SD__V(vf) v = (SD__VGET(x + i, n) - SD__VGET(mean + i, n)) * SD__VGET(scale + i, n) + SD__VGET(beta + i, n);
        SD__VPUT(y + i, silu ? SD__V(vsilu)(v) : v, n);
    }
}

static SD__VTARGET void SD__V(layer_norm_row)(const float *x, float *y, float mean, float rstd, const float *gamma,
                                              const float *beta, size_t count) {
    const SD__V(vf) m = SD__V(vsplat)(mean), rs = SD__V(vsplat)(rstd);
    size_t i;
    for (i = 0; i < count; i += SD__VLANES) {
        const int n = SD__VRUN_LEN(i, count);
        SD__VPUT(y + i, (SD__VGET(x + i, n) - m) * rs * SD__VGET(gamma + i, n) + SD__VGET(beta + i, n), n);
    }
}

static SD__VTARGET void SD__V(add_run)(float *c, const float *a, size_t count) {
    size_t i;
    for (i = 0; i + SD__VLANES <= count; i += SD__VLANES) SD__V(vstore)(c + i, SD__V(vload)(c + i) + SD__V(vload)(a + i));
    for (; i < count; i++) c[i] += a[i];
}

/* In double, a lane per channel, every instance adding in the same order: they agree to double
   rounding (a compiler may fuse d * d into the add in one and not another). */
static SD__VTARGET void SD__V(moments)(const float *x, size_t pixels, size_t c, const float *shift, double *sum,
                                       double *squares) {
    size_t p, i = 0;
#if SD__VLANES > 1
    typedef float half_vf __attribute__((vector_size(SD__VLANES * 2)));
    typedef double vd __attribute__((vector_size(SD__VLANES * 4)));
    enum { D = SD__VLANES / 2 };
    for (; i + D <= c; i += D) {
        half_vf h;
        vd s, q, sh, d;
        memcpy(&s, sum + i, sizeof s);
        memcpy(&q, squares + i, sizeof q);
        memcpy(&h, shift + i, sizeof h);
        sh = __builtin_convertvector(h, vd);
        for (p = 0; p < pixels; p++) {
            memcpy(&h, x + p * c + i, sizeof h);
            d = __builtin_convertvector(h, vd) - sh;
            s += d;
            q += d * d;
        }
        memcpy(sum + i, &s, sizeof s);
        memcpy(squares + i, &q, sizeof q);
    }
#endif
    for (; i < c; i++)
        for (p = 0; p < pixels; p++) {
            const double d = (double)x[p * c + i] - (double)shift[i];
            sum[i] += d;
            squares[i] += d * d;
        }
}

static const sd__vector_ops SD__V(vops) = {
    SD__V(row_max), SD__V(row_exp), SD__V(activate), SD__V(axpby), SD__V(geglu),
    SD__V(normalize), SD__V(moments), SD__V(layer_norm_row), SD__V(add_run)};

#undef SD__VRUN_LEN
#undef SD__VGET
#undef SD__VPUT
#undef SD__VFN
#undef SD__V
#undef SD__VLANES
#undef SD__VTARGET

#define SD__V(name) SD__VPASTE(sd__##name, _avx512)
#define SD__VLANES 16
#define SD__VTARGET __attribute__((target("avx512f")))
/* ---- src/backend/cpu/vector.inc ---- */
/* The CPU backend's elementwise math, one instance per instruction set (see src/backend/cpu/vector.c,
   which sets, before each copy: SD__V(name), the instance's name for `name`; SD__VLANES, its vector
   width, 1 meaning plain floats; SD__VTARGET, the target attribute of its functions, empty for
   the portable instance). Vectors of 8 or 16 floats are only passed to and returned from
   functions compiled for a target that holds them in registers, so the ABI never changes. */
#if SD__VLANES > 1
#define SD__VFN static __inline__ __attribute__((always_inline)) SD__VTARGET /* keeps exp inside the loops */
typedef float SD__V(vf) __attribute__((vector_size(SD__VLANES * 4)));
typedef int SD__V(vi) __attribute__((vector_size(SD__VLANES * 4)));

SD__VFN SD__V(vf) SD__V(vsplat)(float x) {
    SD__V(vf) v;
    int i;
    for (i = 0; i < SD__VLANES; i++) v[i] = x;
    return v;
}
SD__VFN SD__V(vf) SD__V(vload)(const float *p) {
    SD__V(vf) v;
    memcpy(&v, p, sizeof v);
    return v;
}
SD__VFN void SD__V(vstore)(float *p, SD__V(vf) v) { memcpy(p, &v, sizeof v); }
/* Lanes of a where mask is set, else lanes of b. */
SD__VFN SD__V(vf) SD__V(vselect)(SD__V(vi) mask, SD__V(vf) a, SD__V(vf) b) {
    return (SD__V(vf))((mask & (SD__V(vi))a) | (~mask & (SD__V(vi))b));
}
SD__VFN SD__V(vf) SD__V(vmax)(SD__V(vf) a, SD__V(vf) b) { return SD__V(vselect)(a > b, a, b); }
SD__VFN float SD__V(vmax_lanes)(SD__V(vf) v) {
    float m = v[0];
    int i;
    for (i = 1; i < SD__VLANES; i++) m = v[i] > m ? v[i] : m;
    return m;
}
SD__VFN float SD__V(vsum)(SD__V(vf) v) {
    float sum = v[0];
    int i;
    for (i = 1; i < SD__VLANES; i++) sum += v[i];
    return sum;
}

/* exp with about 1 ulp error: x = n ln2 + r, |r| <= ln2 / 2, e^r by its degree-7 Taylor series,
   2^n built in the exponent bits. Above 88 it saturates at e^88, below -87 it is 0 (never a
   denormal, which would slow later GEMMs); NaN passes through. */
SD__VFN SD__V(vf) SD__V(vexp)(SD__V(vf) x) {
    const float magic = 12582912.0f; /* 1.5 * 2^23: adding it rounds to an integer in the low bits */
    SD__V(vi) underflow = x < SD__V(vsplat)(-87.0f);
    SD__V(vf) t, n, r, p;
    SD__V(vi) scale;
    x = SD__V(vselect)(x > SD__V(vsplat)(88.0f), SD__V(vsplat)(88.0f), x);
    x = SD__V(vselect)(underflow, SD__V(vsplat)(-87.0f), x);
    t = x * 1.44269504088896341f + magic;
    n = t - magic;
    r = x - n * 0.693145751953125f;
    r = r - n * 1.428606765330187e-6f;
    p = SD__V(vsplat)(1.0f / 5040.0f);
    p = p * r + 1.0f / 720.0f;
    p = p * r + 1.0f / 120.0f;
    p = p * r + 1.0f / 24.0f;
    p = p * r + 1.0f / 6.0f;
    p = p * r + 0.5f;
    p = p * r + 1.0f;
    p = p * r + 1.0f;
    scale = ((SD__V(vi))t - 0x4B400000 + 127) << 23;
    return SD__V(vselect)(underflow, SD__V(vsplat)(0.0f), p * (SD__V(vf))scale);
}

/* erf with under 1.5e-7 absolute error: x P(x^2) near zero, 1 - e^(-x^2) Q(1 / (1 + |x|)) beyond
   (least-squares fits on Chebyshev nodes, made for this file). */
SD__VFN SD__V(vf) SD__V(verf)(SD__V(vf) x) {
    static const float small[7] = {1.1283791669006547f, -0.3761263494358532f, 0.11283708439082063f,
                                   -0.026859957713659413f, 0.005202176950940524f, -0.0008153790848848819f,
                                   8.411063875006508e-05f};
    static const float large[8] = {-0.0001514306941355056f, 0.5677354016400485f, 0.5299083997178783f,
                                   0.4535299235147435f, -0.7105427648331811f, -0.4722323853064251f,
                                   1.1587533583993062f, -0.5427671110707468f};
    SD__V(vi) sign = (SD__V(vi))x & ~0x7FFFFFFF;
    SD__V(vf) ax = (SD__V(vf))((SD__V(vi))x & 0x7FFFFFFF), x2 = x * x, ps, pl, u, tail;
    int i;
    ps = SD__V(vsplat)(small[6]);
    for (i = 5; i >= 0; i--) ps = ps * x2 + small[i];
    ax = SD__V(vselect)(ax > SD__V(vsplat)(4.0f), SD__V(vsplat)(4.0f), ax);
    u = 1.0f / (ax + 1.0f);
    pl = SD__V(vsplat)(large[7]);
    for (i = 6; i >= 0; i--) pl = pl * u + large[i];
    tail = 1.0f - SD__V(vexp)(-(ax * ax)) * pl;
    tail = (SD__V(vf))((SD__V(vi))tail | sign);
    return SD__V(vselect)(ax < SD__V(vsplat)(0.921875f), x * ps, tail);
}
#else
#define SD__VFN static
typedef float SD__V(vf);
SD__VFN SD__V(vf) SD__V(vsplat)(float x) { return x; }
SD__VFN SD__V(vf) SD__V(vload)(const float *p) { return *p; }
SD__VFN void SD__V(vstore)(float *p, SD__V(vf) v) { *p = v; }
SD__VFN float SD__V(vsum)(SD__V(vf) v) { return v; }
SD__VFN SD__V(vf) SD__V(vmax)(SD__V(vf) a, SD__V(vf) b) { return a > b ? a : b; }
SD__VFN float SD__V(vmax_lanes)(SD__V(vf) v) { return v; }
SD__VFN SD__V(vf) SD__V(vexp)(SD__V(vf) x) { return expf(x); }
SD__VFN SD__V(vf) SD__V(verf)(SD__V(vf) x) { return erff(x); }
#endif

/* The tail of a row (count < the width) goes through a zero-padded vector, so that every element
   gets the same arithmetic as the vector body. */
SD__VFN SD__V(vf) SD__V(vload_part)(const float *p, int count) {
    float lanes[SD__VLANES];
    memset(lanes, 0, sizeof lanes);
    memcpy(lanes, p, (size_t)count * sizeof(float));
    return SD__V(vload)(lanes);
}
SD__VFN void SD__V(vstore_part)(float *p, SD__V(vf) v, int count) {
    float lanes[SD__VLANES];
    SD__V(vstore)(lanes, v);
    memcpy(p, lanes, (size_t)count * sizeof(float));
}

SD__VFN SD__V(vf) SD__V(vsilu)(SD__V(vf) x) { return x / (1.0f + SD__V(vexp)(-x)); }
SD__VFN SD__V(vf) SD__V(vgelu)(SD__V(vf) x) { return x * 0.5f * (1.0f + SD__V(verf)(x * 0.70710678118654752f)); }
SD__VFN SD__V(vf) SD__V(vquick_gelu)(SD__V(vf) x) { return x / (1.0f + SD__V(vexp)(x * -1.702f)); }
SD__VFN SD__V(vf) SD__V(vactivate)(SD__V(vf) x, sd__activation act) {
    return act == SD__ACT_SILU ? SD__V(vsilu)(x) : act == SD__ACT_GELU ? SD__V(vgelu)(x) : SD__V(vquick_gelu)(x);
}

/* The runs the ops are made of (see sd__vector_ops). A loop over i < count in steps of the width
   takes a whole vector, or the tail through a padded one. */
#define SD__VRUN_LEN(i, count) ((int)((count) - (i) < (size_t)SD__VLANES ? (count) - (i) : (size_t)SD__VLANES))
#define SD__VGET(p, n) ((n) == SD__VLANES ? SD__V(vload)(p) : SD__V(vload_part)(p, n))
#define SD__VPUT(p, v, n)                                                                        \
    do {                                                                                         \
        if ((n) == SD__VLANES) SD__V(vstore)(p, v);                                              \
        else SD__V(vstore_part)(p, v, n);                                                        \
    } while (0)

static SD__VTARGET float SD__V(row_max)(const float *s, int valid) {
    SD__V(vf) mv = SD__V(vsplat)(-FLT_MAX);
    float m;
    int i;
    for (i = 0; i + SD__VLANES <= valid; i += SD__VLANES) mv = SD__V(vmax)(mv, SD__V(vload)(s + i));
    m = SD__V(vmax_lanes)(mv);
    for (; i < valid; i++) m = s[i] > m ? s[i] : m;
    return m;
}

static SD__VTARGET float SD__V(row_exp)(float *s, int valid, int len, float scale, float max) {
    SD__V(vf) mv = SD__V(vsplat)(max * scale), acc = SD__V(vsplat)(0.0f), e;
    int i;
    for (i = 0; i + SD__VLANES <= valid; i += SD__VLANES) {
        e = SD__V(vexp)(SD__V(vload)(s + i) * scale - mv);
        SD__V(vstore)(s + i, e);
        acc += e;
    }
    if (i < valid) {
        SD__V(vstore_part)(s + i, SD__V(vexp)(SD__V(vload_part)(s + i, valid - i) * scale - mv), valid - i);
        acc += SD__V(vload_part)(s + i, valid - i);
    }
    if (valid < len) memset(s + valid, 0, (size_t)(len - valid) * sizeof(float));
    return SD__V(vsum)(acc);
}

static SD__VTARGET void SD__V(activate)(const float *x, float *y, size_t count, sd__activation act) {
    size_t i;
    for (i = 0; i < count; i += SD__VLANES) {
        const int n = SD__VRUN_LEN(i, count);
        SD__VPUT(y + i, SD__V(vactivate)(SD__VGET(x + i, n), act), n);
    }
}

static SD__VTARGET void SD__V(axpby)(const float *a, const float *b, float *y, size_t count, float alpha, float beta) {
    size_t i;
    for (i = 0; i < count; i += SD__VLANES) {
        const int n = SD__VRUN_LEN(i, count);
        SD__VPUT(y + i, SD__VGET(a + i, n) * alpha + SD__VGET(b + i, n) * beta, n);
    }
}

static SD__VTARGET void SD__V(geglu)(const float *hidden, const float *gate, float *y, size_t width) {
    size_t i;
    for (i = 0; i < width; i += SD__VLANES) {
        const int n = SD__VRUN_LEN(i, width);
        SD__VPUT(y + i, SD__VGET(hidden + i, n) * SD__V(vgelu)(SD__VGET(gate + i, n)), n);
    }
}

static SD__VTARGET void SD__V(normalize)(const float *x, float *y, const float *mean, const float *scale,
                                         const float *beta, size_t count, int silu) {
    size_t i;
    for (i = 0; i < count; i += SD__VLANES) {
        const int n = SD__VRUN_LEN(i, count);
        SD__V(vf) v = (SD__VGET(x + i, n) - SD__VGET(mean + i, n)) * SD__VGET(scale + i, n) + SD__VGET(beta + i, n);
        SD__VPUT(y + i, silu ? SD__V(vsilu)(v) : v, n);
    }
}

static SD__VTARGET void SD__V(layer_norm_row)(const float *x, float *y, float mean, float rstd, const float *gamma,
                                              const float *beta, size_t count) {
    const SD__V(vf) m = SD__V(vsplat)(mean), rs = SD__V(vsplat)(rstd);
    size_t i;
    for (i = 0; i < count; i += SD__VLANES) {
        const int n = SD__VRUN_LEN(i, count);
        SD__VPUT(y + i, (SD__VGET(x + i, n) - m) * rs * SD__VGET(gamma + i, n) + SD__VGET(beta + i, n), n);
    }
}

static SD__VTARGET void SD__V(add_run)(float *c, const float *a, size_t count) {
    size_t i;
    for (i = 0; i + SD__VLANES <= count; i += SD__VLANES) SD__V(vstore)(c + i, SD__V(vload)(c + i) + SD__V(vload)(a + i));
    for (; i < count; i++) c[i] += a[i];
}

/* In double, a lane per channel, every instance adding in the same order: they agree to double
   rounding (a compiler may fuse d * d into the add in one and not another). */
static SD__VTARGET void SD__V(moments)(const float *x, size_t pixels, size_t c, const float *shift, double *sum,
                                       double *squares) {
    size_t p, i = 0;
#if SD__VLANES > 1
    typedef float half_vf __attribute__((vector_size(SD__VLANES * 2)));
    typedef double vd __attribute__((vector_size(SD__VLANES * 4)));
    enum { D = SD__VLANES / 2 };
    for (; i + D <= c; i += D) {
        half_vf h;
        vd s, q, sh, d;
        memcpy(&s, sum + i, sizeof s);
        memcpy(&q, squares + i, sizeof q);
        memcpy(&h, shift + i, sizeof h);
        sh = __builtin_convertvector(h, vd);
        for (p = 0; p < pixels; p++) {
            memcpy(&h, x + p * c + i, sizeof h);
            d = __builtin_convertvector(h, vd) - sh;
            s += d;
            q += d * d;
        }
        memcpy(sum + i, &s, sizeof s);
        memcpy(squares + i, &q, sizeof q);
    }
#endif
    for (; i < c; i++)
        for (p = 0; p < pixels; p++) {
            const double d = (double)x[p * c + i] - (double)shift[i];
            sum[i] += d;
            squares[i] += d * d;
        }
}

static const sd__vector_ops SD__V(vops) = {
    SD__V(row_max), SD__V(row_exp), SD__V(activate), SD__V(axpby), SD__V(geglu),
    SD__V(normalize), SD__V(moments), SD__V(layer_norm_row), SD__V(add_run)};

#undef SD__VRUN_LEN
#undef SD__VGET
#undef SD__VPUT
#undef SD__VFN
#undef SD__V
#undef SD__VLANES
#undef SD__VTARGET
#endif

/* ---- src/backend/cpu/gemm.c ---- */
/* ============================================================================================
   CPU backend: the SGEMM, its micro-kernels and driver
   ============================================================================================ */
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

static void sd__widen_generic(const uint16_t *src, size_t count, float *dst) {
    size_t i;
    for (i = 0; i < count; i++) dst[i] = sd__f16_to_f32(src[i]);
}

/* The nearest bfloat16 of a float, ties to even; a NaN stays a (quiet) NaN. */
static uint32_t sd__f32_to_bf16(float f) {
    uint32_t bits;
    memcpy(&bits, &f, 4);
    if ((bits & 0x7FFFFFFFu) > 0x7F800000u) return (bits >> 16) | 0x40u;
    return (bits + 0x7FFFu + ((bits >> 16) & 1u)) >> 16;
}

/* Rows of `width` floats, src[k * width + j] for k < count, as bf16 pairs dst[q * width + j]
   holding rows 2q (low half) and 2q + 1; an odd count's last pair has a zero high half. */
static void sd__pair_bf16(const float *src, int width, int count, uint32_t *dst) {
    int q, j;
    for (q = 0; 2 * q < count; q++, src += 2 * width, dst += width)
        for (j = 0; j < width; j++)
            dst[j] = sd__f32_to_bf16(src[j]) | (2 * q + 1 < count ? sd__f32_to_bf16(src[width + j]) << 16 : 0u);
}

static void sd__round_bf16_generic(const float *src, int count, uint16_t *dst) {
    int i;
    for (i = 0; i < count; i++) dst[i] = (uint16_t)sd__f32_to_bf16(src[i]);
}

/* Portable bf16 kernel: the reference for the VDPBF16PS ones (see sd__kernel_bf16_fn). */
static void sd__kernel_bf16_generic(int pairs, const uint32_t *a, const uint32_t *b, float *c, size_t ldc, int accumulate) {
    float acc[SD__MR][SD__NR], b_even[SD__NR], b_odd[SD__NR];
    int k, r, j;
    for (r = 0; r < SD__MR; r++)
        for (j = 0; j < SD__NR; j++) acc[r][j] = 0.0f;
    for (k = 0; k < pairs; k++, b += SD__NR) {
        for (j = 0; j < SD__NR; j++) {
            b_even[j] = sd__bf16_to_f32((uint16_t)(b[j] & 0xFFFFu));
            b_odd[j] = sd__bf16_to_f32((uint16_t)(b[j] >> 16));
        }
        for (r = 0; r < SD__MR; r++) {
            const uint32_t ar = a[k + r * SD__A_PAIRS_LD];
            const float a_even = sd__bf16_to_f32((uint16_t)(ar & 0xFFFFu)), a_odd = sd__bf16_to_f32((uint16_t)(ar >> 16));
            for (j = 0; j < SD__NR; j++) acc[r][j] = (acc[r][j] + a_odd * b_odd[j]) + a_even * b_even[j];
        }
    }
    for (r = 0; r < SD__MR; r++)
        for (j = 0; j < SD__NR; j++) {
            float *e = c + (size_t)r * ldc + j;
            *e = accumulate ? *e + acc[r][j] : acc[r][j];
        }
}

#ifdef SD__HAVE_AVX2_KERNEL

__attribute__((target("avx2,fma,f16c"))) static void sd__widen_f16c(const uint16_t *src, size_t count, float *dst) {
    size_t i;
    for (i = 0; i + 8 <= count; i += 8) _mm256_storeu_ps(dst + i, _mm256_cvtph_ps(_mm_loadu_si128((const __m128i *)(src + i))));
    sd__widen_generic(src + i, count - i, dst + i);
}

/* (_mm512_cvtph_ps would do, but GCC 12 warns in C++ of its undefined merge source) */
__attribute__((target("avx512f"))) static void sd__widen_avx512(const uint16_t *src, size_t count, float *dst) {
    size_t i;
    for (i = 0; i + 16 <= count; i += 16)
        _mm512_storeu_ps(dst + i, _mm512_mask_cvtph_ps(_mm512_setzero_ps(), (__mmask16)-1,
                                                        _mm256_loadu_si256((const __m256i *)(src + i))));
    sd__widen_generic(src + i, count - i, dst + i);
}
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

/* Stores accumulator v as row r of c (c += v when accumulate): the AVX-512 kernels' epilogue. */
#define SD__STORE_ROW512(r, v)                                                                   \
    do {                                                                                         \
        float *row = c + (size_t)(r) * ldc;                                                      \
        _mm512_storeu_ps(row, accumulate ? _mm512_add_ps(_mm512_loadu_ps(row), v) : v);          \
    } while (0)

/* AVX-512 pair kernel: 12 accumulators of 16 lanes (two 6-row slivers x one 16-column panel), one
   B load and 12 broadcasts per k. Per element the same FMA chain and final add as the AVX2 kernel,
   so the two give identical bits. */
__attribute__((target("avx512f"))) static void sd__kernel_pair_avx512(int kc, const float *a0, const float *a1,
                                                                      const float *b, float *c, size_t ldc,
                                                                      int accumulate) {
    __m512 c0 = _mm512_setzero_ps(), c1 = c0, c2 = c0, c3 = c0, c4 = c0, c5 = c0;
    __m512 c6 = c0, c7 = c0, c8 = c0, c9 = c0, c10 = c0, c11 = c0, bv;
    int k;
    for (k = 0; k < kc; k++, a0 += SD__MR, a1 += SD__MR, b += SD__NR) {
        bv = _mm512_loadu_ps(b);
        c0 = _mm512_fmadd_ps(_mm512_set1_ps(a0[0]), bv, c0);
        c1 = _mm512_fmadd_ps(_mm512_set1_ps(a0[1]), bv, c1);
        c2 = _mm512_fmadd_ps(_mm512_set1_ps(a0[2]), bv, c2);
        c3 = _mm512_fmadd_ps(_mm512_set1_ps(a0[3]), bv, c3);
        c4 = _mm512_fmadd_ps(_mm512_set1_ps(a0[4]), bv, c4);
        c5 = _mm512_fmadd_ps(_mm512_set1_ps(a0[5]), bv, c5);
        c6 = _mm512_fmadd_ps(_mm512_set1_ps(a1[0]), bv, c6);
        c7 = _mm512_fmadd_ps(_mm512_set1_ps(a1[1]), bv, c7);
        c8 = _mm512_fmadd_ps(_mm512_set1_ps(a1[2]), bv, c8);
        c9 = _mm512_fmadd_ps(_mm512_set1_ps(a1[3]), bv, c9);
        c10 = _mm512_fmadd_ps(_mm512_set1_ps(a1[4]), bv, c10);
        c11 = _mm512_fmadd_ps(_mm512_set1_ps(a1[5]), bv, c11);
    }
    SD__STORE_ROW512(0, c0); SD__STORE_ROW512(1, c1); SD__STORE_ROW512(2, c2); SD__STORE_ROW512(3, c3);
    SD__STORE_ROW512(4, c4); SD__STORE_ROW512(5, c5); SD__STORE_ROW512(6, c6); SD__STORE_ROW512(7, c7);
    SD__STORE_ROW512(8, c8); SD__STORE_ROW512(9, c9); SD__STORE_ROW512(10, c10); SD__STORE_ROW512(11, c11);
}

/* The product VDPBF16PS adds to each lane: the bf16 pair of A row r at step k, broadcast, times
   the B pairs. */
#define SD__DP(acc, r, bv) acc = _mm512_dpbf16_ps(acc, (__m512bh)_mm512_set1_epi32((int)a[k + (r) * SD__A_PAIRS_LD]), (__m512bh)(bv))

/* AVX512_BF16 kernels: one tile (6 accumulators) and the pair (12), one 64-byte B load of 16
   columns x 2 k per step. */
__attribute__((target("avx512f,avx512bf16"))) static void sd__kernel_bf16_avx512(int pairs, const uint32_t *a,
                                                                                  const uint32_t *b, float *c,
                                                                                  size_t ldc, int accumulate) {
    __m512 c0 = _mm512_setzero_ps(), c1 = c0, c2 = c0, c3 = c0, c4 = c0, c5 = c0;
    __m512i bv;
    int k;
    for (k = 0; k < pairs; k++, b += SD__NR) {
        bv = _mm512_loadu_si512(b);
        SD__DP(c0, 0, bv); SD__DP(c1, 1, bv); SD__DP(c2, 2, bv);
        SD__DP(c3, 3, bv); SD__DP(c4, 4, bv); SD__DP(c5, 5, bv);
    }
    SD__STORE_ROW512(0, c0); SD__STORE_ROW512(1, c1); SD__STORE_ROW512(2, c2);
    SD__STORE_ROW512(3, c3); SD__STORE_ROW512(4, c4); SD__STORE_ROW512(5, c5);
}

__attribute__((target("avx512f,avx512bf16"))) static void sd__kernel_bf16_pair_avx512(int pairs, const uint32_t *a,
                                                                                       const uint32_t *b, float *c,
                                                                                       size_t ldc, int accumulate) {
    __m512 c0 = _mm512_setzero_ps(), c1 = c0, c2 = c0, c3 = c0, c4 = c0, c5 = c0;
    __m512 c6 = c0, c7 = c0, c8 = c0, c9 = c0, c10 = c0, c11 = c0;
    __m512i bv;
    int k;
    for (k = 0; k < pairs; k++, b += SD__NR) {
        bv = _mm512_loadu_si512(b);
        SD__DP(c0, 0, bv); SD__DP(c1, 1, bv); SD__DP(c2, 2, bv); SD__DP(c3, 3, bv);
        SD__DP(c4, 4, bv); SD__DP(c5, 5, bv); SD__DP(c6, 6, bv); SD__DP(c7, 7, bv);
        SD__DP(c8, 8, bv); SD__DP(c9, 9, bv); SD__DP(c10, 10, bv); SD__DP(c11, 11, bv);
    }
    SD__STORE_ROW512(0, c0); SD__STORE_ROW512(1, c1); SD__STORE_ROW512(2, c2); SD__STORE_ROW512(3, c3);
    SD__STORE_ROW512(4, c4); SD__STORE_ROW512(5, c5); SD__STORE_ROW512(6, c6); SD__STORE_ROW512(7, c7);
    SD__STORE_ROW512(8, c8); SD__STORE_ROW512(9, c9); SD__STORE_ROW512(10, c10); SD__STORE_ROW512(11, c11);
}
#undef SD__DP
#undef SD__STORE_ROW512

/* sd__round_bf16_generic with VCVTNEPS2BF16 (ties to even too, but subnormal inputs become
   zero), 16 a step, the tail masked. */
__attribute__((target("avx512f,avx512bw,avx512vl,avx512bf16"))) static void sd__round_bf16_avx512(const float *src, int count,
                                                                                                   uint16_t *dst) {
    int i;
    for (i = 0; i + 16 <= count; i += 16)
        _mm256_storeu_si256((__m256i *)(dst + i), (__m256i)_mm512_cvtneps_pbh(_mm512_loadu_ps(src + i)));
    if (i < count) {
        const __mmask16 m = (__mmask16)((1u << (count - i)) - 1u);
        _mm256_mask_storeu_epi16(dst + i, m, (__m256i)_mm512_cvtneps_pbh(_mm512_maskz_loadu_ps(m, src + i)));
    }
}
#endif

/* Every kernel set this build has, best first; sd__pick_kernels takes the first the CPU runs. */
static const sd__cpu_kernels sd__cpu_kernel_sets[] = {
#ifdef SD__HAVE_AVX2_KERNEL
    {"avx512+bf16", sd__kernel_avx2, sd__kernel_pair_avx512, sd__widen_avx512, sd__kernel_bf16_avx512,
     sd__kernel_bf16_pair_avx512, sd__round_bf16_avx512, &sd__vops_avx512},
    {"avx512", sd__kernel_avx2, sd__kernel_pair_avx512, sd__widen_avx512, sd__kernel_bf16_generic, NULL, sd__round_bf16_generic,
     &sd__vops_avx512},
    {"avx2+fma", sd__kernel_avx2, NULL, sd__widen_f16c, sd__kernel_bf16_generic, NULL, sd__round_bf16_generic, &sd__vops_avx2},
#endif
    {"portable", sd__kernel_generic, NULL, sd__widen_generic, sd__kernel_bf16_generic, NULL, sd__round_bf16_generic, &sd__vops}};

/* Whether this CPU runs a kernel set (the portable one runs anywhere). */
static int sd__cpu_kernels_supported(const sd__cpu_kernels *k) {
#ifdef SD__HAVE_AVX2_KERNEL
    __builtin_cpu_init();
    if (k->tile == sd__kernel_avx2 && !(__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma") && sd__cpu_has_f16c()))
        return 0;
    if (k->pair == sd__kernel_pair_avx512 && !__builtin_cpu_supports("avx512f")) return 0;
    if (k->bf16_tile == sd__kernel_bf16_avx512 &&
        !(__builtin_cpu_supports("avx512bf16") && __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512vl")))
        return 0;
#endif
    return k->tile != NULL;
}

static sd__cpu_kernels sd__pick_kernels(void) {
    size_t i;
    for (i = 0; i + 1 < SD__COUNT(sd__cpu_kernel_sets) && !sd__cpu_kernels_supported(&sd__cpu_kernel_sets[i]); i++) {}
    return sd__cpu_kernel_sets[i];
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
    const uint16_t *b_half; /* or packed B in IEEE half (weights a file holds in half), when b is NULL */
    const uint32_t *b_bf16; /* or packed B as bf16 pairs, panel p at p * NR * ((k + 1) / 2) (see
                               sd__pair_panels), when b and b_half are NULL: bf16 products */
    float *c;             /* row m at c + m * ldc */
    size_t ldc;
    const float *bias;    /* [n] or NULL */
    const float *residual;/* laid out like c, or NULL */
    int a_in_place;       /* A is a plain matrix whose whole MR-row tiles the kernel reads where they
                             lie; pays off for short products (attention), packing wins elsewhere */
} sd__gemm;

static const float sd__zeros[2 * SD__KC] = {0}; /* the longest run of padding a K block reads */

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

/* Where row m of A (output pixel bn, oy, ox; bn = -1 past the end) reads the channel run that
   starts at channel ch of tap `tap`: a pointer into the image, or sd__zeros for padding. */
typedef struct sd__a_row {
    int bn, oy, ox;
} sd__a_row;

static sd__a_row sd__a_row_at(const sd__gemm *g, int m, int exists) {
    sd__a_row r;
    const int pix = g->out_h * g->out_w;
    r.bn = exists ? m / pix : -1; /* a row past the end reads zeros (its position must still be defined) */
    r.oy = exists ? (m % pix) / g->out_w : 0;
    r.ox = exists ? m % g->out_w : 0;
    return r;
}

static const float *sd__a_source(const sd__gemm *g, const sd__a_row *r, int tap, int ch) {
    const int iy = r->oy * g->stride - g->pad + tap / g->ksize, ix = r->ox * g->stride - g->pad + tap % g->ksize;
    if (r->bn < 0 || iy < 0 || iy >= g->in_h || ix < 0 || ix >= g->in_w) return sd__zeros;
    return g->x + ((size_t)(r->bn * g->in_h + iy) * g->in_w + ix) * g->pixel_stride + ch;
}

/* Packs rows m0..m0+rows-1, columns k0..k0+kc-1 of A into MR-row slivers [kc][MR] (rows past
   the end are zero). Column runs are shared by all rows of a sliver; only the source pixel
   (or padding) differs per row. */
static void sd__gemm_pack_a(const sd__gemm *g, int m0, int rows, int k0, int kc, float *dst) {
    const float *src[SD__MR];
    int p, r;
    for (p = 0; p < rows; p += SD__MR, dst += (size_t)SD__MR * kc) {
        sd__a_row at[SD__MR];
        int k = k0;
        for (r = 0; r < SD__MR; r++) at[r] = sd__a_row_at(g, m0 + p + r, p + r < rows);
        while (k < k0 + kc) {
            int tap = k / g->in_c, ch = k - tap * g->in_c, len = SD__MIN(g->in_c - ch, k0 + kc - k);
            for (r = 0; r < SD__MR; r++) src[r] = sd__a_source(g, &at[r], tap, ch);
            sd__pack_interleave(src, len, dst + (size_t)(k - k0) * SD__MR);
            k += len;
        }
    }
}

/* The same rows and columns of A rounded to bf16, row-major: row r at dst + r * SD__A_PAIRS_LD
   pairs (an odd kc ends with a zero), and zero rows up to a whole tile. */
static void sd__gemm_pack_a_bf16(const sd__cpu_kernels *kernels, const sd__gemm *g, int m0, int rows, int k0, int kc,
                                 uint32_t *dst) {
    int r, k;
    for (r = 0; r < rows; r++) {
        uint16_t *d = (uint16_t *)(void *)(dst + (size_t)r * SD__A_PAIRS_LD);
        const sd__a_row at = sd__a_row_at(g, m0 + r, 1);
        for (k = k0; k < k0 + kc;) {
            int tap = k / g->in_c, ch = k - tap * g->in_c, len = SD__MIN(g->in_c - ch, k0 + kc - k);
            kernels->round_bf16(sd__a_source(g, &at, tap, ch), len, d + (k - k0));
            k += len;
        }
        if (kc & 1) d[kc] = 0;
    }
    for (; r % SD__MR; r++) memset(dst + (size_t)r * SD__A_PAIRS_LD, 0, (size_t)(kc + 1) / 2 * sizeof(uint32_t));
}

/* Floats of a packed B of k rows and n columns (n rounded up to whole panels). */
static size_t sd__packed_b_floats(int k, int n) {
    size_t floats;
    /* an overflow (possible with a 32-bit size_t) becomes a size no allocation accepts */
    if (!sd__mul_size((size_t)((n + SD__NR - 1) / SD__NR) * SD__NR, (size_t)k, &floats)) return (size_t)-1;
    return floats;
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

/* Packed B panels of k rows and n columns (see sd__pack_b_panel), rounded in place into panels
   of bf16 pairs, panel p at p * NR * ((k + 1) / 2) (sd__gemm.b_bf16). In place is safe: pair q of a
   panel lands at or before row 2q of its floats, and every panel at or before its float one. */
static uint32_t *sd__pair_panels(float *packed, int k, int n) {
    uint32_t *pairs = (uint32_t *)(void *)packed;
    int p, panels = (n + SD__NR - 1) / SD__NR;
    for (p = 0; p < panels; p++)
        sd__pair_bf16(packed + sd__packed_b_floats(k, p * SD__NR), SD__NR, k, pairs + (size_t)p * (size_t)((k + 1) / 2) * SD__NR);
    return pairs;
}

/* Rows m0..m1-1 (m1 - m0 <= MC) and panels p0..p1-1 of C; apack is SD__GEMM_SCRATCH floats. A is
   packed per K block, except the whole tiles of an A read in place (a last tile of fewer than
   MR rows is still packed, as the rows past the end do not exist). With a bf16 B, A is rounded
   into rows of bf16 pairs (see sd__gemm_pack_a_bf16), in K blocks twice as long (the same bytes)
   that hold whole pairs. */
static void sd__gemm_block(const sd__cpu_kernels *kernels, const sd__gemm *g, int m0, int m1, int p0, int p1,
                           float *apack) {
    float tile[SD__MR * SD__NR], *widened = apack + (size_t)SD__MC * SD__A_PAIRS_LD;
    uint32_t *a_pairs = (uint32_t *)(void *)apack;
    const int bf16 = g->b_bf16 != NULL, in_place = g->a_in_place && !bf16, full_end = m0 + (m1 - m0) / SD__MR * SD__MR;
    const int kc_max = bf16 ? 2 * SD__KC : SD__KC;
    const size_t panel_pairs = (size_t)((g->k + 1) / 2) * SD__NR; /* uint32 per bf16 panel */
    int k_blocks = (g->k + kc_max - 1) / kc_max, k_step = (g->k + k_blocks - 1) / k_blocks; /* even K blocks */
    int k0, p, i, r, j, step, j0 = p0 * SD__NR, n_end = SD__MIN(g->n, p1 * SD__NR);
    if (bf16) k_step += k_step & 1;
    for (k0 = 0; k0 < g->k; k0 += k_step) {
        int kc = SD__MIN(k_step, g->k - k0), pairs = (kc + 1) / 2, accumulate = k0 > 0;
        int pack_from = in_place ? full_end : m0;
        if (bf16) sd__gemm_pack_a_bf16(kernels, g, m0, m1 - m0, k0, kc, a_pairs);
        else if (pack_from < m1) sd__gemm_pack_a(g, pack_from, m1 - pack_from, k0, kc, apack);
        for (p = p0; p < p1; p++) {
            const size_t b_at = ((size_t)p * g->k + k0) * SD__NR;
            const float *bp = g->b ? g->b + b_at : widened;
            const uint32_t *bp_pairs = bf16 ? g->b_bf16 + (size_t)p * panel_pairs + (size_t)k0 / 2 * SD__NR : NULL;
            int cols = SD__MIN(SD__NR, g->n - p * SD__NR);
            if (g->b_half) kernels->widen(g->b_half + b_at, (size_t)kc * SD__NR, widened); /* once for every row tile */
            for (i = m0; i < m1; i += step) {
                int rows = SD__MIN(SD__MR, m1 - i), whole = rows == SD__MR && cols == SD__NR;
                int two = whole && i >= pack_from && m1 - i >= 2 * SD__MR; /* two whole packed tiles */
                float *c = g->c + (size_t)i * g->ldc + (size_t)p * SD__NR, *out = whole ? c : tile;
                size_t out_ld = whole ? g->ldc : SD__NR;
                step = SD__MR;
                if (bf16) {
                    const uint32_t *a = a_pairs + (size_t)(i - m0) * SD__A_PAIRS_LD;
                    if (two && kernels->bf16_pair) {
                        kernels->bf16_pair(pairs, a, bp_pairs, c, g->ldc, accumulate);
                        step = 2 * SD__MR;
                    } else {
                        kernels->bf16_tile(pairs, a, bp_pairs, out, out_ld, accumulate && whole);
                    }
                } else if (i < pack_from) { /* a whole tile read in place */
                    kernels->tile(kc, g->x + (size_t)i * g->pixel_stride + k0, g->pixel_stride, 1, bp, out, out_ld,
                                  accumulate && whole);
                } else {
                    const float *a = apack + (size_t)(i - pack_from) * kc;
                    if (two && kernels->pair) {
                        kernels->pair(kc, a, a + (size_t)SD__MR * kc, bp, c, g->ldc, accumulate);
                        step = 2 * SD__MR;
                    } else {
                        kernels->tile(kc, a, 1, SD__MR, bp, out, out_ld, accumulate && whole);
                    }
                }
                if (whole) continue;
                for (r = 0; r < rows; r++)
                    for (j = 0; j < cols; j++) {
                        float *e = c + (size_t)r * g->ldc + j;
                        *e = accumulate ? *e + tile[r * SD__NR + j] : tile[r * SD__NR + j];
                    }
            }
        }
    }
    if (g->bias)
        for (i = m0; i < m1; i++) kernels->vec->add_run(g->c + (size_t)i * g->ldc + j0, g->bias + j0, (size_t)(n_end - j0));
    if (g->residual)
        for (i = m0; i < m1; i++)
            kernels->vec->add_run(g->c + (size_t)i * g->ldc + j0, g->residual + (size_t)i * g->ldc + j0, (size_t)(n_end - j0));
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
    sd__gemm_block(&J->cb->kernels, J->g, m0, m1, p0, p1, J->cb->scratch[thread]);
}

/* The whole GEMM on all threads: jobs are row blocks of at most MC rows (even sizes, in whole
   tiles), split along N as well when there are too few row blocks to keep every thread busy. */
static void sd__gemm_run(sd__cpu_backend *cb, const sd__gemm *g) {
    sd__gemm_job J;
    int panels = (g->n + SD__NR - 1) / SD__NR, wanted = 4 * cb->threads;
    if (!sd__cpu_take_work(cb, SD__GEMM_SCRATCH, 0)) return;
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

/* 1 when an op may run: no earlier failure and every tensor present and float32. */
static int sd__cpu_begin(sd__backend *b, const char *op, const sd__tensor *const *tensors, int count) {
    return sd__op_begin(b, op, tensors, count, SD__F32);
}

/* ---- src/backend/cpu/ops.c ---- */
/* ============================================================================================
   CPU backend: memory ops, conv2d and linear, normalization
   ============================================================================================ */
static void sd__cpu_alloc_op(sd__backend *b, sd__tensor *t) {
    size_t count;
    t->data = NULL;
    if (b->status) return;
    if (t->dtype != SD__F32) {
        sd__backend_failf(b, SD_ERR_UNSUPPORTED, "only float32 tensors are supported");
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

/* How a conv or linear weight is kept, as packed B panels (see sd__pack_b_panel): as bf16 pairs
   at bf16 precision (see sd__kernel_bf16_fn); in IEEE half at fp16, or when the file holds it so
   (the loader's dtype hint SD__F16: the same values in half the memory, widened exactly by the
   GEMM as it goes); else float32. Vectors are float32 always. */
static sd__dtype sd__cpu_weight_dtype(const sd__backend *b, sd__weight_kind kind, const sd__tensor *hint) {
    const sd_precision precision = ((const sd__cpu_backend *)b)->precision;
    if (kind != SD__W_CONV && kind != SD__W_LINEAR) return SD__F32;
    if (precision == SD_PRECISION_BF16) return SD__BF16;
    return hint->dtype == SD__F16 || precision == SD_PRECISION_FP16 ? SD__F16 : SD__F32;
}

/* The GEMM shape of a conv or linear weight: n columns (outputs), k rows, ksize taps a side. */
static void sd__weight_gemm_shape(sd__weight_kind kind, const sd__tensor *t, int *n, int *k, int *ksize) {
    *n = kind == SD__W_CONV ? t->n : t->w;
    *k = kind == SD__W_CONV ? t->h * t->w * t->c : t->c;
    *ksize = kind == SD__W_CONV ? t->h : 1;
}

static size_t sd__cpu_weight_bytes(sd__backend *b, sd__weight_kind kind, const sd__tensor *shape) {
    size_t count, bytes;
    sd__dtype dtype;
    int n, k, ksize;
    if (b->status || !(count = sd__shape_count(b, shape->n, shape->h, shape->w, shape->c)) || !sd__weight_args_ok(b, kind, shape))
        return 0;
    dtype = sd__cpu_weight_dtype(b, kind, shape);
    sd__weight_gemm_shape(kind, shape, &n, &k, &ksize);
    if (kind == SD__W_CONV || kind == SD__W_LINEAR) count = sd__packed_b_floats(dtype == SD__BF16 ? k + (k & 1) : k, n);
    if (!sd__mul_size(count, dtype == SD__F32 ? sizeof(float) : sizeof(uint16_t), &bytes)) {
        sd__backend_failf(b, SD_ERR_OUT_OF_MEMORY, "weight [%d, %d, %d, %d] is too large", shape->n, shape->h, shape->w, shape->c);
        return 0;
    }
    return bytes;
}

/* The nearest IEEE half of a float, ties to even (overflow gives infinity, NaN stays NaN). */
static uint16_t sd__f32_to_f16(float f) {
    uint32_t bits, sign, abs, e, m, h, rem, halfway;
    int shift;
    memcpy(&bits, &f, 4);
    sign = (bits >> 16) & 0x8000u;
    abs = bits & 0x7FFFFFFFu;
    if (abs > 0x7F800000u) return (uint16_t)(sign | 0x7E00u);
    if (abs >= 0x477FF000u) return (uint16_t)(sign | 0x7C00u); /* 65520 and up round past 65504 */
    e = abs >> 23;
    if (e >= 113) { /* a normal half: drop 13 mantissa bits */
        h = (abs - (112u << 23)) >> 13;
        rem = abs & 0x1FFFu;
        halfway = 0x1000u;
    } else { /* a subnormal half (or zero): units of 2^-24 */
        if (e < 102) return (uint16_t)sign; /* below 2^-25 */
        m = (abs & 0x7FFFFFu) | 0x800000u;
        shift = 126 - (int)e;
        h = m >> shift;
        rem = m & ((1u << shift) - 1u);
        halfway = 1u << (shift - 1);
    }
    if (rem > halfway || (rem == halfway && (h & 1u))) h++;
    return (uint16_t)(sign | h);
}

static void sd__cpu_upload_weight(sd__backend *b, sd__weight_kind kind, const float *src, sd__tensor *dst) {
    dst->dtype = sd__cpu_weight_dtype(b, kind, dst);
    if (b->status) return;
    if (kind == SD__W_CONV || kind == SD__W_LINEAR) {
        sd__pack_job J;
        size_t i, count = 0;
        int panels;
        J.src = src;
        sd__weight_gemm_shape(kind, dst, &J.n, &J.k, &J.ksize);
        J.dst = (float *)dst->data;
        panels = (J.n + SD__NR - 1) / SD__NR;
        if (dst->dtype != SD__F32) { /* packed in float first, then narrowed: one packing routine for all */
            count = sd__packed_b_floats(J.k, J.n);
            if (!(J.dst = (float *)sd__malloc(b->env, count * sizeof(float)))) {
                sd__backend_failf(b, SD_ERR_OUT_OF_MEMORY, "out of memory packing a [%d, %d] weight", J.n, J.k);
                return;
            }
        }
        sd__pool_parallel_for(&((sd__cpu_backend *)b)->pool, panels, sd__pack_weight_job, &J);
        if (dst->dtype == SD__F16)
            for (i = 0; i < count; i++) ((uint16_t *)dst->data)[i] = sd__f32_to_f16(J.dst[i]);
        else if (dst->dtype == SD__BF16)
            memcpy(dst->data, sd__pair_panels(J.dst, J.k, J.n), (size_t)panels * (size_t)((J.k + 1) / 2) * SD__NR * 4);
        if (J.dst != dst->data) sd__free(b->env, J.dst);
    } else {
        memcpy(dst->data, src, sd__tensor_count(dst) * sizeof(float));
    }
}

/* The weight store's memory: "backend" blocks (the offload window) and plain host memory for
   the host copy, so that offloading runs (and is tested) here with memcpy as the transfer. */
static void *sd__cpu_mem_alloc(sd__backend *b, size_t bytes, int host, const char *what) {
    void *p;
    if (b->status) return NULL;
    p = host ? sd__malloc(b->env, bytes) : sd__cpu_alloc(b, bytes, NULL);
    if (!p) {
        sd__backend_failf(b, SD_ERR_OUT_OF_MEMORY, "out of memory allocating %.1f MB", (double)bytes / 1048576.0);
        sd__fail_context(b->env, what);
    }
    return p;
}

static void sd__cpu_mem_free(sd__backend *b, void *ptr, int host) {
    if (host) sd__free(b->env, ptr);
    else sd__cpu_free(b, ptr);
}

static void sd__cpu_copy(sd__backend *b, void *dst, const void *src, size_t bytes, int to_host) {
    (void)to_host;
    if (!b->status) memcpy(dst, src, bytes);
}

/* Ops run when they are issued, so a prefetch is a copy right away. */
static unsigned long long sd__cpu_prefetch(sd__backend *b, void *dst, const void *src, size_t bytes) {
    sd__cpu_copy(b, dst, src, bytes, 0);
    return ++((sd__cpu_backend *)b)->copies;
}

static void sd__cpu_await_copy(sd__backend *b, unsigned long long ticket) {
    (void)b;
    (void)ticket;
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
/* 1 when a conv or linear may run: x and y as every op wants them, the weight in float32 or in
   half or bf16 (see sd__cpu_weight_dtype); g->b, g->b_half or g->b_bf16 then points at it. */
static int sd__cpu_gemm_begin(sd__backend *b, const char *op, const sd__tensor *x, const sd__tensor *w, const sd__tensor *y,
                              sd__gemm *g) {
    if (!sd__gemm_op_begin(b, op, x, w, y, SD__F32)) return 0;
    g->b = w->dtype == SD__F32 ? (const float *)w->data : NULL;
    g->b_half = w->dtype == SD__F16 ? (const uint16_t *)w->data : NULL;
    g->b_bf16 = w->dtype == SD__BF16 ? (const uint32_t *)w->data : NULL;
    return 1;
}

static void sd__cpu_conv2d(sd__backend *b, const sd__tensor *x, const sd__tensor *w, const sd__tensor *bias,
                           const sd__tensor *residual, int stride, int pad, sd__tensor *y) {
    sd__gemm g;
    int k;
    if (!sd__cpu_gemm_begin(b, "conv2d", x, w, y, &g) || !sd__conv2d_args_ok(b, x, w, bias, residual, stride, pad, y)) return;
    k = w->h;
    g.x = (const float *)x->data;
    g.pixel_stride = (size_t)x->c;
    g.in_h = x->h; g.in_w = x->w; g.in_c = x->c;
    g.ksize = k; g.stride = stride; g.pad = pad;
    g.out_h = y->h; g.out_w = y->w;
    g.m = y->n * y->h * y->w;
    g.n = w->n;
    g.k = k * k * x->c;
    g.c = (float *)y->data;
    g.ldc = (size_t)y->c;
    g.bias = bias ? (const float *)bias->data : NULL;
    g.residual = residual ? (const float *)residual->data : NULL;
    g.a_in_place = 0;
    sd__gemm_run((sd__cpu_backend *)b, &g);
}

static void sd__cpu_linear(sd__backend *b, const sd__tensor *x, const sd__tensor *w, const sd__tensor *bias,
                           const sd__tensor *residual, sd__tensor *y) {
    sd__gemm g;
    size_t rows;
    if (!sd__cpu_gemm_begin(b, "linear", x, w, y, &g) || !sd__linear_args_ok(b, x, w, bias, residual, y)) return;
    rows = sd__tensor_count(x) / (size_t)x->c;
    sd__gemm_matrix_a(&g, (const float *)x->data, (int)rows, x->c, (size_t)x->c);
    g.n = w->w;
    g.c = (float *)y->data;
    g.ldc = (size_t)y->c;
    g.bias = bias ? (const float *)bias->data : NULL;
    g.residual = residual ? (const float *)residual->data : NULL;
    sd__gemm_run((sd__cpu_backend *)b, &g);
}

/* --------------------------------------------------------------------------------------------
   Normalization
   -------------------------------------------------------------------------------------------- */
/* Group norm reads the tensor twice: once for the statistics, once to normalize (with the SiLU).
   Statistics jobs are fixed runs of pixels of one sample (the split depends on the shape only);
   each sums, per channel and in double, d = x - shift and d^2, the shift being the channel's value
   at the sample's first pixel, so that a mean far from zero loses nothing to cancellation. The
   runs' sums are added in order, so the result does not depend on the thread count. */
typedef struct sd__group_norm_job {
    const sd__cpu_backend *cb;
    const float *x, *beta;
    float *y;
    int pixels, c, silu;
    int run_pixels, runs;  /* per sample */
    double *partial;       /* [sample][run][2][c]: sums of d and of d^2 */
    float *chan;           /* [sample][2][c]: mean and rstd * gamma of each channel (normalization) */
} sd__group_norm_job;

static void sd__group_moments_job(void *ctx, int job, int thread) {
    const sd__group_norm_job *J = (const sd__group_norm_job *)ctx;
    int s = job / J->runs, p0 = (job % J->runs) * J->run_pixels, p1 = SD__MIN(J->pixels, p0 + J->run_pixels);
    const float *sample = J->x + (size_t)s * J->pixels * J->c;
    double *sum = J->partial + (size_t)job * 2 * J->c;
    (void)thread;
    memset(sum, 0, (size_t)2 * J->c * sizeof(double));
    J->cb->kernels.vec->moments(sample + (size_t)p0 * J->c, (size_t)(p1 - p0), (size_t)J->c, sample, sum, sum + J->c);
}

static void sd__group_apply_job(void *ctx, int job, int thread) {
    const sd__group_norm_job *J = (const sd__group_norm_job *)ctx;
    int s = job / J->runs, p0 = (job % J->runs) * J->run_pixels, p1 = SD__MIN(J->pixels, p0 + J->run_pixels), p;
    const float *mean = J->chan + (size_t)s * 2 * J->c, *scale = mean + J->c;
    (void)thread;
    for (p = p0; p < p1; p++) {
        size_t at = ((size_t)s * J->pixels + p) * J->c;
        J->cb->kernels.vec->normalize(J->x + at, J->y + at, mean, scale, J->beta, (size_t)J->c, J->silu);
    }
}

/* Pixels per job of a group norm over x, and the work it needs: in double the runs' partial sums
   (two per channel), in float the channels' mean and scale. (size_t)-1 when that overflows. */
static int sd__group_norm_run_pixels(const sd__tensor *x) { return SD__MAX(1, SD__ELEMENTS_PER_JOB / x->c); }
static size_t sd__group_norm_work(const sd__tensor *x) {
    const size_t run_pixels = (size_t)sd__group_norm_run_pixels(x), runs = ((size_t)x->h * x->w + run_pixels - 1) / run_pixels;
    const size_t channels = (size_t)x->n * x->c; /* at most x's element count */
    size_t doubles, bytes, floats;
    if (!sd__mul_size(runs, 2 * channels, &doubles) || !sd__mul_size(doubles, sizeof(double), &bytes) ||
        !sd__mul_size(channels, 2 * sizeof(float), &floats) || !sd__add_size(bytes, floats, &bytes))
        return (size_t)-1;
    return bytes;
}

/* The mean and rstd * gamma of each channel of sample s, from the runs' sums: a group of cg
   channels c with shifts h_c, sums S_c and Q_c over N pixels has the mean m = sum(N h_c + S_c) /
   (N cg) and the sum of squared deviations sum(Q_c + 2 (h_c - m) S_c + N (h_c - m)^2). */
static void sd__group_channel_stats(sd__group_norm_job *J, int s, int groups, float eps, const float *gamma) {
    const int cg = J->c / groups;
    const double n = (double)J->pixels;
    const float *shift = J->x + (size_t)s * J->pixels * J->c;
    float *mean = J->chan + (size_t)s * 2 * J->c, *scale = mean + J->c;
    int g, c, r;
    for (g = 0; g < groups; g++) {
        double total = 0, deviations = 0, m, rstd;
        for (c = g * cg; c < (g + 1) * cg; c++) {
            double sum = 0;
            for (r = 0; r < J->runs; r++) sum += J->partial[((size_t)s * J->runs + r) * 2 * J->c + c];
            total += n * shift[c] + sum;
        }
        m = total / (n * cg);
        for (c = g * cg; c < (g + 1) * cg; c++) {
            double sum = 0, squares = 0, h = (double)shift[c] - m;
            for (r = 0; r < J->runs; r++) {
                const double *part = J->partial + ((size_t)s * J->runs + r) * 2 * J->c;
                sum += part[c];
                squares += part[J->c + c];
            }
            deviations += squares + 2 * h * sum + n * h * h;
        }
        rstd = 1.0 / sqrt(SD__MAX(deviations, 0.0) / (n * cg) + (double)eps);
        for (c = g * cg; c < (g + 1) * cg; c++) {
            mean[c] = (float)m;
            scale[c] = (float)(rstd * gamma[c]);
        }
    }
}

static void sd__cpu_group_norm(sd__backend *b, const sd__tensor *x, const sd__tensor *gamma, const sd__tensor *beta,
                               int groups, float eps, int silu, sd__tensor *y) {
    sd__cpu_backend *cb = (sd__cpu_backend *)b;
    const sd__tensor *args[2];
    sd__group_norm_job J;
    double *work;
    int s;
    args[0] = x; args[1] = y;
    if (!sd__cpu_begin(b, "group_norm", args, 2) || !sd__group_norm_args_ok(b, x, gamma, beta, groups, y)) return;
    memset(&J, 0, sizeof J);
    J.cb = cb;
    J.x = (const float *)x->data;
    J.y = (float *)y->data;
    J.beta = (const float *)beta->data;
    J.pixels = x->h * x->w;
    J.c = x->c;
    J.silu = silu;
    J.run_pixels = sd__group_norm_run_pixels(x);
    J.runs = (J.pixels + J.run_pixels - 1) / J.run_pixels;
    work = (double *)(void *)sd__cpu_take_work(cb, 0, sd__group_norm_work(x));
    if (!work) return;
    J.partial = work;
    J.chan = (float *)(void *)(work + (size_t)J.runs * 2 * x->c * x->n);
    sd__pool_parallel_for(&cb->pool, x->n * J.runs, sd__group_moments_job, &J);
    for (s = 0; s < x->n; s++) sd__group_channel_stats(&J, s, groups, eps, (const float *)gamma->data);
    sd__pool_parallel_for(&cb->pool, x->n * J.runs, sd__group_apply_job, &J);
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
    const sd__cpu_backend *cb;
    const float *x, *gamma, *beta;
    float *y;
    int c, rows, rows_per_job;
    float eps;
} sd__layer_norm_job;

static void sd__layer_norm_job_run(void *ctx, int job, int thread) {
    const sd__layer_norm_job *J = (const sd__layer_norm_job *)ctx;
    int r0 = job * J->rows_per_job, r1 = SD__MIN(J->rows, r0 + J->rows_per_job), r;
    (void)thread;
    for (r = r0; r < r1; r++) {
        const float *x = J->x + (size_t)r * J->c;
        float *y = J->y + (size_t)r * J->c;
        double mean = sd__sum_run(x, J->c, 0, 0.0) / J->c;
        double rstd = 1.0 / sqrt(sd__sum_run(x, J->c, 1, mean) / J->c + (double)J->eps);
        J->cb->kernels.vec->layer_norm_row(x, y, (float)mean, (float)rstd, J->gamma, J->beta, (size_t)J->c);
    }
}

static void sd__cpu_layer_norm(sd__backend *b, const sd__tensor *x, const sd__tensor *gamma, const sd__tensor *beta,
                               float eps, sd__tensor *y) {
    const sd__tensor *args[2];
    sd__layer_norm_job J;
    size_t rows;
    args[0] = x; args[1] = y;
    if (!sd__cpu_begin(b, "layer_norm", args, 2) || !sd__layer_norm_args_ok(b, x, gamma, beta, y)) return;
    rows = sd__tensor_count(x) / (size_t)x->c;
    J.cb = (const sd__cpu_backend *)b;
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

/* ---- src/backend/cpu/attention.c ---- */
/* ============================================================================================
   CPU backend: attention, flash style. Per (batch, head) item and block of SD__ATTN_ROWS query
   rows, the keys go in tiles of SD__ATTN_KEYS: scores = q k^T with the GEMM into a thread's
   tile buffer, softmax numerators in place against the running row maximum, then out = p v with
   the GEMM (reading the numerators in place), the rows of earlier tiles rescaled by
   exp(old max - new max) (an online softmax). Each output row is divided by its sum at the end.
   Work memory is the tile, whatever the number of keys: the 4096 x 4096 scores of SD's 64x64
   self-attention are never held. K and V of the items in a pass are packed once per pass. At
   bf16 precision both products take bf16 operands (K and V packed as bf16 pairs, q and the
   numerators rounded as the GEMM packs them); the softmax stays in float.
   ============================================================================================ */
typedef struct sd__attn {
    sd__cpu_backend *cb;
    const float *q, *k, *v;
    float *y;
    int heads, d, lq, lk, causal, first_item, row_blocks, bf16;
    float scale;
    float *kpack, *vpack;          /* per item of the pass */
    size_t kpack_floats, vpack_floats;
    size_t k_panel;                /* 4-byte words per packed K panel (16 keys) */
} sd__attn;

/* K as B panels over the keys, so that a key tile is a run of whole panels; V as B panels over d,
   packed tile by tile, so that each key tile's rows are a B matrix of their own. */
static void sd__attn_pack_job(void *ctx, int job, int thread) {
    const sd__attn *A = (const sd__attn *)ctx;
    int item = A->first_item + job, bn = item / A->heads, h = item % A->heads, key0;
    size_t ld = (size_t)A->heads * A->d, head = (size_t)bn * A->lk * ld + (size_t)h * A->d;
    float *kpack = A->kpack + (size_t)job * A->kpack_floats, *vpack = A->vpack + (size_t)job * A->vpack_floats;
    (void)thread;
    sd__pack_b_columns(A->k + head, ld, A->d, 1, A->lk, kpack);
    if (A->bf16) sd__pair_panels(kpack, A->d, A->lk);
    for (key0 = 0; key0 < A->lk; key0 += SD__ATTN_KEYS) {
        int keys = SD__MIN(SD__ATTN_KEYS, A->lk - key0);
        float *tile = vpack + sd__packed_b_floats(key0, A->d);
        sd__pack_b_rows(A->v + head + (size_t)key0 * ld, ld, keys, A->d, tile);
        if (A->bf16) sd__pair_panels(tile, keys, A->d);
    }
}

/* A packed K or V as the B operand of g: float panels, or bf16 pairs at bf16 precision. */
static void sd__attn_operand(const sd__attn *A, sd__gemm *g, float *packed) {
    g->b = A->bf16 ? NULL : packed;
    g->b_bf16 = A->bf16 ? (const uint32_t *)(void *)packed : NULL;
}

/* Floats of one thread's attention scratch for head size d: the score tile (a cache line wider
   than the keys, so that the rows a kernel reads in place do not all fall in the same cache
   set), one tile's p v, and the GEMM's A block. */
#define SD__ATTN_LDS (SD__ATTN_KEYS + SD__NR)
static size_t sd__attn_scratch_floats(int d) { return (size_t)SD__ATTN_ROWS * (SD__ATTN_LDS + (size_t)d) + SD__GEMM_SCRATCH; }

static void sd__attn_rows_job(void *ctx, int job, int thread) {
    const sd__attn *A = (const sd__attn *)ctx;
    int local = job / A->row_blocks, item = A->first_item + local, bn = item / A->heads, h = item % A->heads;
    int r0 = (job % A->row_blocks) * SD__ATTN_ROWS, rows = SD__MIN(SD__ATTN_ROWS, A->lq - r0), r, j, key0;
    size_t ld = (size_t)A->heads * A->d;
    float *scores = A->cb->scratch[thread], *part = scores + (size_t)SD__ATTN_ROWS * SD__ATTN_LDS;
    float *apack = part + (size_t)SD__ATTN_ROWS * A->d, *y = A->y + ((size_t)bn * A->lq + r0) * ld + (size_t)h * A->d;
    float *kpack = A->kpack + (size_t)local * A->kpack_floats, *vpack = A->vpack + (size_t)local * A->vpack_floats;
    float row_max[SD__ATTN_ROWS], row_sum[SD__ATTN_ROWS], rescale[SD__ATTN_ROWS];
    /* reading A in place saves packing these short products, unless a pair kernel (which wants
       packed slivers) runs: then packing pays for itself */
    const int in_place = A->cb->kernels.pair == NULL;
    const sd__vector_ops *vec = A->cb->kernels.vec;
    sd__gemm g;
    for (key0 = 0; key0 < A->lk; key0 += SD__ATTN_KEYS) {
        const int keys = SD__MIN(SD__ATTN_KEYS, A->lk - key0), first = key0 == 0;
        memset(&g, 0, sizeof g);
        sd__gemm_matrix_a(&g, A->q + ((size_t)bn * A->lq + r0) * ld + (size_t)h * A->d, rows, A->d, ld);
        g.a_in_place = in_place;
        g.n = keys;
        sd__attn_operand(A, &g, kpack + (size_t)(key0 / SD__NR) * A->k_panel);
        g.c = scores;
        g.ldc = SD__ATTN_LDS;
        sd__gemm_block(&A->cb->kernels, &g, 0, rows, 0, (keys + SD__NR - 1) / SD__NR, apack);
        for (r = 0; r < rows; r++) {
            float *s = scores + (size_t)r * SD__ATTN_LDS, max;
            int valid = A->causal ? SD__MAX(0, SD__MIN(keys, r0 + r + 1 - key0)) : keys;
            if (!valid) { /* causal: no key of this tile is visible (never so in the first tile) */
                rescale[r] = 1.0f;
                memset(s, 0, (size_t)keys * sizeof(float));
                continue;
            }
            max = vec->row_max(s, valid);
            if (!first && row_max[r] > max) max = row_max[r];
            rescale[r] = first ? 0.0f : expf(row_max[r] * A->scale - max * A->scale);
            row_sum[r] = first ? vec->row_exp(s, valid, keys, A->scale, max)
                               : row_sum[r] * rescale[r] + vec->row_exp(s, valid, keys, A->scale, max);
            row_max[r] = max;
        }
        sd__gemm_matrix_a(&g, scores, rows, keys, SD__ATTN_LDS);
        g.a_in_place = in_place;
        g.n = A->d;
        sd__attn_operand(A, &g, vpack + sd__packed_b_floats(key0, A->d));
        g.c = first ? y : part; /* the first tile's p v is the output so far */
        g.ldc = first ? ld : (size_t)A->d;
        sd__gemm_block(&A->cb->kernels, &g, 0, rows, 0, (A->d + SD__NR - 1) / SD__NR, apack);
        if (!first)
            for (r = 0; r < rows; r++)
                for (j = 0; j < A->d; j++) y[(size_t)r * ld + j] = y[(size_t)r * ld + j] * rescale[r] + part[(size_t)r * A->d + j];
    }
    for (r = 0; r < rows; r++) {
        const float inv_sum = 1.0f / row_sum[r];
        for (j = 0; j < A->d; j++) y[(size_t)r * ld + j] *= inv_sum;
    }
}

/* The work of an attention: each thread's scratch (*scratch_floats), then the packed K and V of
   the items of one pass (*per_pass of them, in *pack_bytes). (size_t)-1 for a size that
   overflows. */
static void sd__attention_work(const sd__tensor *q, const sd__tensor *k, int heads, int heads_per_pass,
                               size_t *scratch_floats, size_t *pack_bytes, int *per_pass) {
    const int d = q->c / heads, items = q->n * heads;
    const size_t lk = (size_t)k->h * k->w;
    size_t pack;
    *per_pass = heads_per_pass > 0 ? SD__MIN(heads_per_pass, items) : items;
    *scratch_floats = sd__attn_scratch_floats(d);
    *pack_bytes = (size_t)-1;
    if (lk > (size_t)INT_MAX) return;
    if (!sd__add_size(sd__packed_b_floats(d, (int)lk), sd__packed_b_floats((int)lk, d), &pack) ||
        !sd__mul_size(pack, (size_t)*per_pass * sizeof(float), pack_bytes))
        *pack_bytes = (size_t)-1;
}

/* The (batch, head) pairs are items; heads_per_pass > 0 handles that many items per pass (as
   diffusers' sliced attention slices batch * heads), which bounds the packed K and V. Each
   output element is computed the same way whatever the slicing. */
static void sd__cpu_attention(sd__backend *b, const sd__tensor *q, const sd__tensor *k, const sd__tensor *v, int heads,
                              int causal, int heads_per_pass, sd__tensor *y) {
    sd__cpu_backend *cb = (sd__cpu_backend *)b;
    const sd__tensor *args[4];
    sd__attn A;
    size_t lq, lk, scratch_floats, pack_bytes;
    int items, per_pass;
    args[0] = q; args[1] = k; args[2] = v; args[3] = y;
    if (!sd__cpu_begin(b, "attention", args, 4) ||
        !sd__attention_args_ok(b, q, k, v, heads, heads_per_pass, (size_t)INT_MAX / SD__ATTN_ROWS, y))
        return;
    lq = (size_t)q->h * q->w;
    lk = (size_t)k->h * k->w;
    if (!sd__op_check(b, lk <= (size_t)INT_MAX && (size_t)q->n * heads * (lq / SD__ATTN_ROWS + 1) <= (size_t)INT_MAX,
                      "attention", q, k, y, "too many keys or query rows"))
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
    A.bf16 = cb->precision == SD_PRECISION_BF16;
    A.scale = (float)(1.0 / sqrt((double)A.d));
    A.row_blocks = (A.lq + SD__ATTN_ROWS - 1) / SD__ATTN_ROWS;
    A.kpack_floats = sd__packed_b_floats(A.d, A.lk);
    A.k_panel = A.bf16 ? (size_t)(A.d + 1) / 2 * SD__NR : (size_t)A.d * SD__NR;
    A.vpack_floats = sd__packed_b_floats(A.lk, A.d);
    items = q->n * heads;
    sd__attention_work(q, k, heads, heads_per_pass, &scratch_floats, &pack_bytes, &per_pass);
    if (!(A.kpack = (float *)(void *)sd__cpu_take_work(cb, scratch_floats, pack_bytes))) return;
    A.vpack = A.kpack + A.kpack_floats * (size_t)per_pass;
    for (A.first_item = 0; A.first_item < items; A.first_item += per_pass) {
        int count = SD__MIN(per_pass, items - A.first_item);
        sd__pool_parallel_for(&cb->pool, count, sd__attn_pack_job, &A);
        sd__pool_parallel_for(&cb->pool, count * A.row_blocks, sd__attn_rows_job, &A);
    }
}

/* ---- src/backend/cpu/eltwise.c ---- */
/* ============================================================================================
   CPU backend: elementwise ops, upsample, concat, timestep embedding
   ============================================================================================ */
typedef struct sd__eltwise {
    const sd__cpu_backend *cb;
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

/* The ops run the kernel set's vector runs (sd__cpu_kernels.vec) over fixed pieces of the data. */
static const sd__vector_ops *sd__vec(const sd__eltwise *E) { return E->cb->kernels.vec; }

static void sd__activation_job(void *ctx, int job, int thread) {
    const sd__eltwise *E = (const sd__eltwise *)ctx;
    size_t i = (size_t)job * E->per_job, end = SD__MIN(E->count, i + E->per_job);
    (void)thread;
    sd__vec(E)->activate(E->a + i, E->y + i, end - i, E->act);
}

static void sd__add_job(void *ctx, int job, int thread) {
    const sd__eltwise *E = (const sd__eltwise *)ctx;
    size_t i = (size_t)job * E->per_job, end = SD__MIN(E->count, i + E->per_job);
    (void)thread;
    sd__vec(E)->axpby(E->a + i, E->b + i, E->y + i, end - i, E->alpha, E->beta);
}

/* Broadcast add: count is pixels; b holds one row of `width` channels per sample. */
static void sd__add_broadcast_job(void *ctx, int job, int thread) {
    const sd__eltwise *E = (const sd__eltwise *)ctx;
    size_t p = (size_t)job * E->per_job, end = SD__MIN(E->count, p + E->per_job), w = (size_t)E->width;
    (void)thread;
    for (; p < end; p++) sd__vec(E)->axpby(E->a + p * w, E->b + (p / E->pixels) * w, E->y + p * w, w, E->alpha, E->beta);
}

static void sd__geglu_job(void *ctx, int job, int thread) {
    const sd__eltwise *E = (const sd__eltwise *)ctx;
    size_t r = (size_t)job * E->per_job, end = SD__MIN(E->count, r + E->per_job), w = (size_t)E->width;
    (void)thread;
    for (; r < end; r++) sd__vec(E)->geglu(E->a + r * 2 * w, E->a + r * 2 * w + w, E->y + r * w, w);
}

static void sd__cpu_activation(sd__backend *b, const sd__tensor *x, sd__activation act, sd__tensor *y) {
    const sd__tensor *args[2];
    sd__eltwise E;
    args[0] = x; args[1] = y;
    if (!sd__cpu_begin(b, "activation", args, 2) || !sd__activation_args_ok(b, x, act, y)) return;
    memset(&E, 0, sizeof E);
    E.cb = (const sd__cpu_backend *)b;
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
    if (!sd__cpu_begin(b, "geglu", args, 2) || !sd__geglu_args_ok(b, x, y)) return;
    memset(&E, 0, sizeof E);
    E.cb = (const sd__cpu_backend *)b;
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
    if (!sd__cpu_begin(b, "add", args, 3) || !sd__add_args_ok(b, a, bt, y, &broadcast)) return;
    memset(&E, 0, sizeof E);
    E.cb = (const sd__cpu_backend *)b;
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
    if (!sd__cpu_begin(b, "upsample", args, 2) || !sd__upsample_args_ok(b, x, y)) return;
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
    if (!sd__cpu_begin(b, "concat", args, 3) || !sd__concat_args_ok(b, a, bt, y)) return;
    pixels = sd__tensor_count(y) / (size_t)y->c;
    R.a = a;
    R.b = bt;
    R.y = y;
    R.rows_per_job = (size_t)SD__MAX(1, SD__ELEMENTS_PER_JOB / y->c);
    sd__pool_parallel_for(&((sd__cpu_backend *)b)->pool, (int)((pixels + R.rows_per_job - 1) / R.rows_per_job),
                          sd__concat_job, &R);
}

static void sd__cpu_timestep_embedding(sd__backend *b, const sd__tensor *timesteps, int flip_sin_to_cos, float freq_shift,
                                       sd__tensor *y) {
    const float *t;
    int s;
    if (!sd__cpu_begin(b, "timestep_embedding", (const sd__tensor *const *)&y, 1) ||
        !sd__timestep_embedding_args_ok(b, timesteps, freq_shift, y))
        return;
    t = (const float *)timesteps->data;
    for (s = 0; s < y->n; s++)
        sd__timestep_embedding_row(t[sd__tensor_count(timesteps) == 1 ? 0 : s], y->c, flip_sin_to_cos, freq_shift,
                                   (float *)y->data + (size_t)s * y->c);
}

/* The denoising ops run on the calling thread: a latent batch is tens of thousands of values. */
static void sd__cpu_denoise_input(sd__backend *b, const sd__tensor *latents, const sd__tensor *plan, sd__tensor *x) {
    const size_t n = sd__tensor_count(latents);
    size_t k, copy;
    float scale;
    if (!sd__cpu_begin(b, "denoise_input", (const sd__tensor *const *)&x, 1) ||
        !sd__denoise_args_ok(b, "denoise_input", x, NULL, plan, latents, NULL))
        return;
    scale = ((const float *)plan->data)[SD__PLAN_INPUT_SCALE];
    for (copy = 0; copy < (size_t)(x->n / latents->n); copy++)
        for (k = 0; k < n; k++) ((float *)x->data)[copy * n + k] = ((const float *)latents->data)[k] * scale;
}

static void sd__cpu_denoise_step(sd__backend *b, const sd__tensor *prediction, const sd__tensor *noise, sd__tensor *plan,
                                 sd__tensor *latents, sd__tensor *aux) {
    const size_t n = sd__tensor_count(latents);
    const float *u = (const float *)prediction->data;
    float *state[SD__AUX_SLOTS], *p = (float *)plan->data;
    int s;
    if (!sd__cpu_begin(b, "denoise_step", &prediction, 1) ||
        !sd__denoise_args_ok(b, "denoise_step", prediction, noise, plan, latents, aux))
        return;
    for (s = 0; s < SD__AUX_SLOTS; s++) state[s] = (float *)aux->data + (size_t)s * n;
    if (sd__denoise_range(p, u, prediction->n == latents->n ? NULL : u + n, noise ? (const float *)noise->data : NULL,
                          (float *)latents->data, state, 0, n))
        p[SD__PLAN_NONFINITE] = 1;
}

/* ---- src/backend/cpu/create.c ---- */
/* ============================================================================================
   CPU backend: work memory, creation
   ============================================================================================ */
static size_t sd__cpu_work_bytes(sd__backend *b, const sd__op_call *call) {
    const sd__cpu_backend *cb = (const sd__cpu_backend *)b;
    size_t scratch_floats, pack_bytes;
    int per_pass;
    switch (call->kind) {
    case SD__OP_CONV2D: case SD__OP_LINEAR: return sd__cpu_work_size(cb, SD__GEMM_SCRATCH, 0);
    case SD__OP_GROUP_NORM: return sd__cpu_work_size(cb, 0, sd__group_norm_work(call->x));
    case SD__OP_ATTENTION:
        sd__attention_work(call->x, call->w, call->heads, call->heads_per_pass, &scratch_floats, &pack_bytes, &per_pass);
        return sd__cpu_work_size(cb, scratch_floats, pack_bytes);
    default: return 0;
    }
}

static void sd__cpu_reserve_work(sd__backend *b, size_t bytes) { sd__cpu_work((sd__cpu_backend *)b, bytes); }

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
    "cpu", sd__cpu_destroy, sd__cpu_alloc_op, sd__cpu_release, sd__cpu_weight_bytes, sd__cpu_upload_weight,
    sd__cpu_mem_alloc, sd__cpu_mem_free, sd__cpu_copy, sd__cpu_prefetch, sd__cpu_await_copy, sd__cpu_write, sd__cpu_read,
    sd__cpu_conv2d, sd__cpu_linear, sd__cpu_group_norm, sd__cpu_layer_norm, sd__cpu_attention, sd__cpu_activation,
    sd__cpu_geglu, sd__cpu_add, sd__cpu_upsample, sd__cpu_concat, sd__cpu_timestep_embedding, sd__cpu_work_bytes,
    sd__cpu_reserve_work, sd__cpu_denoise_input, sd__cpu_denoise_step, NULL, NULL, NULL, NULL};

/* A CPU backend running its ops on `threads` threads (the caller's plus threads - 1 workers), at
   `precision`: fp32 (or DEFAULT), fp16 (weights in IEEE half, float products) or bf16. */
static sd_result sd__cpu_backend_create(sd__env *env, int threads, sd_precision precision, sd__backend **out) {
    sd__cpu_backend *cb;
    sd_result r;
    *out = NULL;
    if (threads < 1 || threads > SD_MAX_THREADS)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "cpu backend: threads must be 1 to %d, got %d", SD_MAX_THREADS, threads);
    if (precision == SD_PRECISION_TF32 || (int)precision < 0 || precision > SD_PRECISION_BF16)
        return sd__fail(env, SD_ERR_UNSUPPORTED, "the CPU backend computes at fp32, fp16 or bf16 precision, not %s",
                        precision == SD_PRECISION_TF32 ? "tf32 (an NVIDIA tensor-core mode)" : "an unknown one");
    cb = (sd__cpu_backend *)sd__calloc(env, 1, sizeof *cb);
    if (!cb) return sd__oom(env);
    cb->base.ops = &sd__cpu_ops;
    cb->base.env = env;
    cb->base.dtype = SD__F32;
    cb->base.host_memory = 1;
    cb->threads = threads;
    cb->kernels = sd__pick_kernels();
    cb->precision = precision ? precision : SD_PRECISION_FP32;
    cb->scratch = (float **)sd__calloc(env, (size_t)threads, sizeof(float *));
    if (!cb->scratch) {
        sd__cpu_destroy(&cb->base);
        return sd__oom(env);
    }
    if ((r = sd__pool_create(env, threads, &cb->pool)) != SD_OK) {
        sd__cpu_destroy(&cb->base);
        return r;
    }
    sd__log(env, SD_LOG_INFO, "cpu backend: %d threads, %s kernels, %s", threads, cb->kernels.name,
            cb->precision == SD_PRECISION_BF16 ? "bf16 products" : cb->precision == SD_PRECISION_FP16 ? "fp16 weights" : "fp32");
    if (cb->precision == SD_PRECISION_BF16 && !cb->kernels.bf16_pair)
        sd__log(env, SD_LOG_WARN, "this CPU has no AVX512_BF16: bf16 runs the portable kernel, far slower than fp32");
    *out = &cb->base;
    return SD_OK;
}

/* ---- src/backend/cuda/driver.c ---- */
/* ============================================================================================
   CUDA backend: the driver API and cuBLAS loaded at run time, kernels from kernels.ptx
   ============================================================================================ */
/* Building needs nothing from the CUDA SDK: the few driver and cuBLAS types, constants and
   functions used are declared below and resolved with dlsym from libcuda.so.1 and libcublas
   (.so.13, .so.12, then .so). With SD_CUDA_LINKED the SDK headers are included instead and
   the same function table is bound to the linked symbols (link with -lcuda -lcublas).
   SD_NO_CUDA leaves the backend out; so does a 32-bit build (CUDA has none).

   The ops run on one compute stream of the device's primary context (cuBLAS, which runs on the
   runtime API, shares that context). Activations and matrices are stored in the precision's
   type (float, half or bfloat16) and computed in float: GEMMs accumulate in float (cuBLAS
   compute type 32F), softmax and norm statistics are float, and bias / norm vectors stay float.
   Tensors come from a caching allocator: a released block is kept for the next request of about
   its size, so a UNet step allocates nothing from the driver after the first. Everything else an
   op needs on the device (im2col rows, attention scores, norm statistics, the float32 staging of
   host copies) lives in one work buffer that the ops take in turn; its uses are bounded, so a
   convolution, an attention or a copy of any size runs in chunks.

   The kernels are PTX of ISA 8.0 (CUDA 12.0: drivers R525 and newer) for compute_80, read from
   kernels.ptx, or compiled in from sd_kernels_ptx.h (next to sd_single.h) with SD_EMBED_KERNELS. */
#if !defined(SD_NO_CUDA) && UINTPTR_MAX > 0xFFFFFFFFu
#define SD__CUDA 1
#endif
#ifdef SD__CUDA
#ifdef SD_EMBED_KERNELS
#include "sd_kernels_ptx.h"
#endif

#ifdef SD_CUDA_LINKED
#include <cuda.h>
#include <cublas_v2.h>
typedef CUresult sd__cu_result;
typedef CUdevice sd__cu_device;
typedef CUdevice_attribute sd__cu_attribute;
typedef CUcontext sd__cu_context;
typedef CUmodule sd__cu_module;
typedef CUfunction sd__cu_function;
typedef CUstream sd__cu_stream;
typedef CUevent sd__cu_event;
typedef CUdeviceptr sd__cu_ptr;
typedef CUjit_option sd__cu_jit_option;
typedef CUstreamCaptureMode sd__cu_capture_mode;
typedef CUgraph sd__cu_graph;
typedef CUgraphExec sd__cu_graph_exec;
typedef cublasStatus_t sd__blas_status;
typedef cublasHandle_t sd__blas_handle;
typedef cublasOperation_t sd__blas_op;
typedef cublasMath_t sd__blas_math;
typedef cudaDataType sd__blas_type;
typedef cublasComputeType_t sd__blas_compute;
typedef cublasGemmAlgo_t sd__blas_algo;
#else
typedef int sd__cu_result;                 /* CUresult */
typedef int sd__cu_device;                 /* CUdevice */
typedef int sd__cu_attribute;              /* CUdevice_attribute */
typedef struct sd__cu_context_st *sd__cu_context;
typedef struct sd__cu_module_st *sd__cu_module;
typedef struct sd__cu_function_st *sd__cu_function;
typedef struct sd__cu_stream_st *sd__cu_stream;
typedef struct sd__cu_event_st *sd__cu_event;
typedef unsigned long long sd__cu_ptr;     /* CUdeviceptr (64-bit builds) */
typedef int sd__cu_jit_option;             /* CUjit_option */
typedef int sd__cu_capture_mode;           /* CUstreamCaptureMode */
typedef struct sd__cu_graph_st *sd__cu_graph;
typedef struct sd__cu_graph_exec_st *sd__cu_graph_exec;
typedef int sd__blas_status;               /* cublasStatus_t */
typedef struct sd__blas_context *sd__blas_handle;
typedef int sd__blas_op;                   /* cublasOperation_t */
typedef int sd__blas_math;                 /* cublasMath_t */
typedef int sd__blas_type;                 /* cudaDataType */
typedef int sd__blas_compute;              /* cublasComputeType_t */
typedef int sd__blas_algo;                 /* cublasGemmAlgo_t */
#endif

/* The values of the SDK's enums that are used (cuda.h, cublas_api.h, library_types.h). */
#define SD__CUDA_SUCCESS 0
#define SD__CUDA_ERROR_OUT_OF_MEMORY 2
#define SD__CUDA_ERROR_STUB_LIBRARY 34
#define SD__CUDA_ERROR_NO_DEVICE 100
#define SD__CUDA_ERROR_UNSUPPORTED_PTX_VERSION 222
#define SD__CU_JIT_ERROR_LOG_BUFFER 5
#define SD__CU_JIT_ERROR_LOG_BUFFER_SIZE_BYTES 6
#define SD__CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT 16
#define SD__CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR 75
#define SD__CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR 76
#define SD__CU_STREAM_NON_BLOCKING 1
#define SD__CU_EVENT_DISABLE_TIMING 2
#define SD__CU_STREAM_CAPTURE_MODE_THREAD_LOCAL 1
#define SD__CUBLAS_STATUS_SUCCESS 0
#define SD__CUBLAS_OP_N 0
#define SD__CUBLAS_OP_T 1
#define SD__CUBLAS_GEMM_DEFAULT (-1)
#define SD__CUBLAS_DEFAULT_MATH 0
#define SD__CUBLAS_PEDANTIC_MATH 2
#define SD__CUBLAS_TF32_TENSOR_OP_MATH 3
#define SD__CUBLAS_MATH_DISALLOW_REDUCED_PRECISION_REDUCTION 16
#define SD__CUBLAS_COMPUTE_32F 68
#define SD__CUBLAS_COMPUTE_32F_PEDANTIC 69
#define SD__CUBLAS_COMPUTE_32F_FAST_TF32 77
#define SD__CUDA_R_32F 0
#define SD__CUDA_R_16F 2
#define SD__CUDA_R_16BF 14

/* The compute capability kernels.ptx (compute_80) and bfloat16 GEMMs need. */
#define SD__CUDA_MIN_CC 80
/* Bounds of the work buffer's uses: the im2col rows of one GEMM chunk, the scores (and
   probabilities) of one attention chunk, and the float32 staging of a host copy. Larger ops
   run in several chunks. */
#define SD__CUDA_IM2COL_BYTES ((size_t)64 << 20)
#define SD__CUDA_SCORE_BYTES ((size_t)256 << 20)
#define SD__CUDA_STAGE_BYTES ((size_t)16 << 20)
#define SD__CUDA_BLOCK 256 /* threads per block of the elementwise kernels */
#define SD__CUDA_COPY_EVENTS 64 /* prefetch ticket t completes at event t % 64 (see sd__cuda_prefetch) */

typedef struct sd__cuda_api {
    void *driver_lib, *blas_lib;
    sd__cu_result (*cuInit)(unsigned int flags);
    sd__cu_result (*cuDriverGetVersion)(int *version);
    sd__cu_result (*cuGetErrorString)(sd__cu_result error, const char **text);
    sd__cu_result (*cuDeviceGetCount)(int *count);
    sd__cu_result (*cuDeviceGet)(sd__cu_device *device, int ordinal);
    sd__cu_result (*cuDeviceGetName)(char *name, int length, sd__cu_device device);
    sd__cu_result (*cuDeviceGetAttribute)(int *value, sd__cu_attribute attribute, sd__cu_device device);
    sd__cu_result (*cuDevicePrimaryCtxRetain)(sd__cu_context *context, sd__cu_device device);
    sd__cu_result (*cuDevicePrimaryCtxRelease)(sd__cu_device device);
    sd__cu_result (*cuCtxSetCurrent)(sd__cu_context context);
    sd__cu_result (*cuModuleLoadDataEx)(sd__cu_module *module, const void *image, unsigned int count,
                                        sd__cu_jit_option *options, void **values);
    sd__cu_result (*cuModuleUnload)(sd__cu_module module);
    sd__cu_result (*cuModuleGetFunction)(sd__cu_function *function, sd__cu_module module, const char *name);
    sd__cu_result (*cuLaunchKernel)(sd__cu_function function, unsigned int grid_x, unsigned int grid_y,
                                    unsigned int grid_z, unsigned int block_x, unsigned int block_y,
                                    unsigned int block_z, unsigned int shared_bytes, sd__cu_stream stream,
                                    void **params, void **extra);
    sd__cu_result (*cuMemAlloc)(sd__cu_ptr *ptr, size_t bytes);
    sd__cu_result (*cuMemFree)(sd__cu_ptr ptr);
    sd__cu_result (*cuMemGetInfo)(size_t *free_bytes, size_t *total_bytes);
    sd__cu_result (*cuMemAllocHost)(void **ptr, size_t bytes);
    sd__cu_result (*cuMemFreeHost)(void *ptr);
    sd__cu_result (*cuMemcpyHtoDAsync)(sd__cu_ptr dst, const void *src, size_t bytes, sd__cu_stream stream);
    sd__cu_result (*cuMemcpyDtoHAsync)(void *dst, sd__cu_ptr src, size_t bytes, sd__cu_stream stream);
    sd__cu_result (*cuStreamCreate)(sd__cu_stream *stream, unsigned int flags);
    sd__cu_result (*cuStreamSynchronize)(sd__cu_stream stream);
    sd__cu_result (*cuStreamDestroy)(sd__cu_stream stream);
    sd__cu_result (*cuStreamWaitEvent)(sd__cu_stream stream, sd__cu_event event, unsigned int flags);
    /* events order the copy stream and the compute stream, and time the GPU for tools/bench/bench_gpu.c */
    sd__cu_result (*cuEventCreate)(sd__cu_event *event, unsigned int flags);
    sd__cu_result (*cuEventRecord)(sd__cu_event event, sd__cu_stream stream);
    sd__cu_result (*cuEventSynchronize)(sd__cu_event event);
    sd__cu_result (*cuEventElapsedTime)(float *milliseconds, sd__cu_event start, sd__cu_event end);
    sd__cu_result (*cuEventDestroy)(sd__cu_event event);
    /* the denoising step recorded as a graph (stream capture) and replayed */
    sd__cu_result (*cuStreamBeginCapture)(sd__cu_stream stream, sd__cu_capture_mode mode);
    sd__cu_result (*cuStreamEndCapture)(sd__cu_stream stream, sd__cu_graph *graph);
    sd__cu_result (*cuGraphInstantiateWithFlags)(sd__cu_graph_exec *exec, sd__cu_graph graph, unsigned long long flags);
    sd__cu_result (*cuGraphLaunch)(sd__cu_graph_exec exec, sd__cu_stream stream);
    sd__cu_result (*cuGraphExecDestroy)(sd__cu_graph_exec exec);
    sd__cu_result (*cuGraphDestroy)(sd__cu_graph graph);
    sd__blas_status (*cublasCreate)(sd__blas_handle *handle);
    sd__blas_status (*cublasDestroy)(sd__blas_handle handle);
    sd__blas_status (*cublasGetVersion)(sd__blas_handle handle, int *version);
    sd__blas_status (*cublasSetStream)(sd__blas_handle handle, sd__cu_stream stream);
    sd__blas_status (*cublasSetMathMode)(sd__blas_handle handle, sd__blas_math mode);
    sd__blas_status (*cublasGemmEx)(sd__blas_handle handle, sd__blas_op transa, sd__blas_op transb, int m, int n, int k,
                                    const void *alpha, const void *a, sd__blas_type a_type, int lda, const void *b,
                                    sd__blas_type b_type, int ldb, const void *beta, void *c, sd__blas_type c_type,
                                    int ldc, sd__blas_compute compute, sd__blas_algo algo);
    sd__blas_status (*cublasGemmStridedBatchedEx)(sd__blas_handle handle, sd__blas_op transa, sd__blas_op transb, int m,
                                                  int n, int k, const void *alpha, const void *a, sd__blas_type a_type,
                                                  int lda, long long stride_a, const void *b, sd__blas_type b_type,
                                                  int ldb, long long stride_b, const void *beta, void *c,
                                                  sd__blas_type c_type, int ldc, long long stride_c, int batch,
                                                  sd__blas_compute compute, sd__blas_algo algo);
} sd__cuda_api;

/* The libraries tried, in order. A cuBLAS that loads but cannot create a handle (cuBLAS 13 on a
   driver older than CUDA 13) gives way to the next one. */
static const char *const sd__cuda_driver_libs[] = {"libcuda.so.1", NULL};
#ifdef SD_CUDA_LINKED
static const char *const sd__cuda_blas_libs[] = {"the linked libcublas", NULL};
#else
static const char *const sd__cuda_blas_libs[] = {"libcublas.so.13", "libcublas.so.12", "libcublas.so", NULL};
#endif

/* cuBLAS's name for a status (cublas_api.h), or NULL for a number it does not define. */
static const char *sd__cublas_status_name(int status) {
    switch (status) {
    case 0: return "CUBLAS_STATUS_SUCCESS";
    case 1: return "CUBLAS_STATUS_NOT_INITIALIZED";
    case 3: return "CUBLAS_STATUS_ALLOC_FAILED";
    case 7: return "CUBLAS_STATUS_INVALID_VALUE";
    case 8: return "CUBLAS_STATUS_ARCH_MISMATCH";
    case 11: return "CUBLAS_STATUS_MAPPING_ERROR";
    case 13: return "CUBLAS_STATUS_EXECUTION_FAILED";
    case 14: return "CUBLAS_STATUS_INTERNAL_ERROR";
    case 15: return "CUBLAS_STATUS_NOT_SUPPORTED";
    case 16: return "CUBLAS_STATUS_LICENSE_ERROR";
    default: return NULL;
    }
}

/* --------------------------------------------------------------------------------------------
   Loading the libraries
   -------------------------------------------------------------------------------------------- */
#ifndef SD_CUDA_LINKED
/* A function of the table: its symbol (the versioned name where the SDK header maps the plain
   one to it), an older name to fall back to (or NULL), and where it goes. */
typedef struct sd__cuda_symbol {
    const char *name, *fallback;
    size_t offset;
} sd__cuda_symbol;

#define SD__SYM(field, name) {name, NULL, offsetof(sd__cuda_api, field)}
static const sd__cuda_symbol sd__cuda_driver_symbols[] = {
    SD__SYM(cuInit, "cuInit"), SD__SYM(cuDriverGetVersion, "cuDriverGetVersion"),
    SD__SYM(cuGetErrorString, "cuGetErrorString"), SD__SYM(cuDeviceGetCount, "cuDeviceGetCount"),
    SD__SYM(cuDeviceGet, "cuDeviceGet"), SD__SYM(cuDeviceGetName, "cuDeviceGetName"),
    SD__SYM(cuDeviceGetAttribute, "cuDeviceGetAttribute"), SD__SYM(cuDevicePrimaryCtxRetain, "cuDevicePrimaryCtxRetain"),
    SD__SYM(cuDevicePrimaryCtxRelease, "cuDevicePrimaryCtxRelease_v2"), SD__SYM(cuCtxSetCurrent, "cuCtxSetCurrent"),
    SD__SYM(cuModuleLoadDataEx, "cuModuleLoadDataEx"), SD__SYM(cuModuleUnload, "cuModuleUnload"),
    SD__SYM(cuModuleGetFunction, "cuModuleGetFunction"), SD__SYM(cuLaunchKernel, "cuLaunchKernel"),
    SD__SYM(cuMemAlloc, "cuMemAlloc_v2"), SD__SYM(cuMemFree, "cuMemFree_v2"), SD__SYM(cuMemGetInfo, "cuMemGetInfo_v2"),
    SD__SYM(cuMemAllocHost, "cuMemAllocHost_v2"), SD__SYM(cuMemFreeHost, "cuMemFreeHost"),
    SD__SYM(cuMemcpyHtoDAsync, "cuMemcpyHtoDAsync_v2"), SD__SYM(cuMemcpyDtoHAsync, "cuMemcpyDtoHAsync_v2"),
    SD__SYM(cuStreamCreate, "cuStreamCreate"), SD__SYM(cuStreamSynchronize, "cuStreamSynchronize"),
    SD__SYM(cuStreamDestroy, "cuStreamDestroy_v2"), SD__SYM(cuStreamWaitEvent, "cuStreamWaitEvent"),
    SD__SYM(cuEventCreate, "cuEventCreate"),
    SD__SYM(cuEventRecord, "cuEventRecord"), SD__SYM(cuEventSynchronize, "cuEventSynchronize"),
    {"cuEventElapsedTime_v2", "cuEventElapsedTime", offsetof(sd__cuda_api, cuEventElapsedTime)}, /* _v2: 12.8+ */
    SD__SYM(cuEventDestroy, "cuEventDestroy_v2"), SD__SYM(cuStreamBeginCapture, "cuStreamBeginCapture_v2"),
    SD__SYM(cuStreamEndCapture, "cuStreamEndCapture"), SD__SYM(cuGraphInstantiateWithFlags, "cuGraphInstantiateWithFlags"),
    SD__SYM(cuGraphLaunch, "cuGraphLaunch"), SD__SYM(cuGraphExecDestroy, "cuGraphExecDestroy"),
    SD__SYM(cuGraphDestroy, "cuGraphDestroy")};
static const sd__cuda_symbol sd__cuda_blas_symbols[] = {
    SD__SYM(cublasCreate, "cublasCreate_v2"), SD__SYM(cublasDestroy, "cublasDestroy_v2"),
    SD__SYM(cublasGetVersion, "cublasGetVersion_v2"), SD__SYM(cublasSetStream, "cublasSetStream_v2"),
    SD__SYM(cublasSetMathMode, "cublasSetMathMode"), SD__SYM(cublasGemmEx, "cublasGemmEx"),
    SD__SYM(cublasGemmStridedBatchedEx, "cublasGemmStridedBatchedEx")};
#undef SD__SYM

/* dlopens the first of names that loads and resolves symbols into api. A failure message starts
   with `reason` when nothing loads (with dlerror's words for each name), and names `what` when
   a symbol is missing. */
static sd_result sd__cuda_load_library(sd__env *env, const char *const *names, const char *what, const char *reason,
                                       const sd__cuda_symbol *symbols, size_t count, sd__cuda_api *api, void **lib) {
    char tried[512];
    size_t used = 0, i;
    *lib = NULL;
    tried[0] = 0;
    for (i = 0; names[i] && !*lib; i++) {
        const char *error;
        *lib = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
        error = *lib ? NULL : dlerror();
        if (error && used < sizeof tried) used += (size_t)snprintf(tried + used, sizeof tried - used, "%s%s", used ? "; " : "", error);
    }
    if (!*lib) return sd__fail(env, SD_ERR_BACKEND, "%s: %s", reason, tried);
    for (i = 0; i < count; i++) {
        void *sym = dlsym(*lib, symbols[i].name);
        if (!sym && symbols[i].fallback) sym = dlsym(*lib, symbols[i].fallback);
        if (!sym) {
            dlclose(*lib);
            *lib = NULL;
            return sd__fail(env, SD_ERR_BACKEND, "%s lacks %s: it is older than this library supports", what, symbols[i].name);
        }
        memcpy((char *)api + symbols[i].offset, &sym, sizeof sym); /* POSIX: a function's address fits a void * */
    }
    return SD_OK;
}

static sd_result sd__cuda_load_driver(sd__env *env, const char *const *names, sd__cuda_api *api) {
    return sd__cuda_load_library(env, names, "the CUDA driver", "no CUDA driver", sd__cuda_driver_symbols,
                                 SD__COUNT(sd__cuda_driver_symbols), api, &api->driver_lib);
}

static sd_result sd__cuda_load_blas_symbols(sd__env *env, const char *const *names, sd__cuda_api *api) {
    return sd__cuda_load_library(env, names, "cuBLAS", "no cuBLAS", sd__cuda_blas_symbols,
                                 SD__COUNT(sd__cuda_blas_symbols), api, &api->blas_lib);
}
#else
/* Linked build: the table points at the SDK's functions (the headers map plain names to the
   versioned symbols). */
static sd_result sd__cuda_load_driver(sd__env *env, const char *const *names, sd__cuda_api *api) {
    (void)env;
    (void)names;
    api->cuInit = cuInit; api->cuDriverGetVersion = cuDriverGetVersion; api->cuGetErrorString = cuGetErrorString;
    api->cuDeviceGetCount = cuDeviceGetCount; api->cuDeviceGet = cuDeviceGet; api->cuDeviceGetName = cuDeviceGetName;
    api->cuDeviceGetAttribute = cuDeviceGetAttribute;
    api->cuDevicePrimaryCtxRetain = cuDevicePrimaryCtxRetain; api->cuDevicePrimaryCtxRelease = cuDevicePrimaryCtxRelease;
    api->cuCtxSetCurrent = cuCtxSetCurrent; api->cuModuleLoadDataEx = cuModuleLoadDataEx;
    api->cuModuleUnload = cuModuleUnload; api->cuModuleGetFunction = cuModuleGetFunction;
    api->cuLaunchKernel = cuLaunchKernel; api->cuMemAlloc = cuMemAlloc; api->cuMemFree = cuMemFree;
    api->cuMemGetInfo = cuMemGetInfo; api->cuMemAllocHost = cuMemAllocHost; api->cuMemFreeHost = cuMemFreeHost;
    api->cuMemcpyHtoDAsync = cuMemcpyHtoDAsync;
    api->cuMemcpyDtoHAsync = cuMemcpyDtoHAsync; api->cuStreamCreate = cuStreamCreate;
    api->cuStreamSynchronize = cuStreamSynchronize; api->cuStreamDestroy = cuStreamDestroy;
    api->cuStreamWaitEvent = cuStreamWaitEvent;
    api->cuEventCreate = cuEventCreate; api->cuEventRecord = cuEventRecord; api->cuEventSynchronize = cuEventSynchronize;
    api->cuEventElapsedTime = cuEventElapsedTime; api->cuEventDestroy = cuEventDestroy;
    api->cuStreamBeginCapture = cuStreamBeginCapture; api->cuStreamEndCapture = cuStreamEndCapture;
    api->cuGraphInstantiateWithFlags = cuGraphInstantiateWithFlags; api->cuGraphLaunch = cuGraphLaunch;
    api->cuGraphExecDestroy = cuGraphExecDestroy; api->cuGraphDestroy = cuGraphDestroy;
    return SD_OK;
}

static sd_result sd__cuda_load_blas_symbols(sd__env *env, const char *const *names, sd__cuda_api *api) {
    (void)env;
    (void)names;
    api->cublasCreate = cublasCreate_v2; api->cublasDestroy = cublasDestroy_v2;
    api->cublasGetVersion = cublasGetVersion_v2; api->cublasSetStream = cublasSetStream_v2;
    api->cublasSetMathMode = cublasSetMathMode; api->cublasGemmEx = cublasGemmEx;
    api->cublasGemmStridedBatchedEx = cublasGemmStridedBatchedEx;
    return SD_OK;
}
#endif

/* cuBLAS versions read major * 10000 + minor * 100 + patch; the backend is written for 12 and 13. */
static sd_result sd__cuda_blas_version_ok(sd__env *env, int version) {
    if (version / 10000 >= 12 && version / 10000 <= 13) return SD_OK;
    return sd__fail(env, SD_ERR_BACKEND, "cuBLAS %d.%d.%d is not supported: the CUDA backend needs cuBLAS 12 or 13",
                    version / 10000, version / 100 % 100, version % 100);
}

/* Loads cuBLAS and checks its version (cublasGetVersion reads no handle, so this needs no GPU). */
static sd_result sd__cuda_load_blas(sd__env *env, const char *const *names, sd__cuda_api *api, int *version) {
    sd_result r = sd__cuda_load_blas_symbols(env, names, api);
    *version = 0;
    if (r != SD_OK) return r;
    if (api->cublasGetVersion(NULL, version) != SD__CUBLAS_STATUS_SUCCESS)
        return sd__fail(env, SD_ERR_BACKEND, "cublasGetVersion failed: cuBLAS does not work");
    return sd__cuda_blas_version_ok(env, *version);
}

/* Releases what sd__cuda_load_driver and sd__cuda_load_blas loaded. Once the driver has
   started (cuInit) the libraries stay loaded: the driver and cuBLAS leave threads and exit
   handlers behind that would run unloaded code. cuBLAS stays loaded in any case: it brings in
   libstdc++, whose allocations and exit handlers would dangle. dlopen's count keeps one copy per
   process. */
static void sd__cuda_unload(sd__cuda_api *api, int started) {
#ifndef SD_CUDA_LINKED
    if (!started && api->driver_lib) dlclose(api->driver_lib);
#else
    (void)started;
#endif
    api->blas_lib = api->driver_lib = NULL;
}

#endif /* SD__CUDA */

/* ---- src/backend/cuda/autotune.c ---- */
/* ============================================================================================
   Autotune cache: the fastest variant of an op per shape, remembered in a small text file
   ============================================================================================ */
/* A backend that times variants of an op (the CUDA conv2d: implicit-GEMM tile sizes against
   im2col + cuBLAS) keeps the winners here, keyed by a device key (the GPU, its compute
   capability, this library's version, the library it calls and its kernels' identity) and a
   shape key (the op, dtype and shape). The file is text:

     sd_single autotune 1
     <device key> TAB <shape key> TAB <variant name> TAB <milliseconds>

   Lines of other devices are kept when the file is rewritten and never used. A file that does
   not start with the header, or has a malformed line, is ignored as a whole (with a log line):
   it is rewritten at the next save. Keys hold no tabs or newlines (see sd__tune_clean). */
#ifdef SD__CUDA /* the CUDA backend is its only user */
#define SD__TUNE_HEADER "sd_single autotune 1\n"
#define SD__TUNE_MAX_FILE ((size_t)4 << 20)
#define SD__TUNE_KEY 256

typedef struct sd__tune_entry {
    char shape[SD__TUNE_KEY];
    int choice; /* index into the variant names */
    float ms;
} sd__tune_entry;

typedef struct sd__tune_cache {
    char device[SD__TUNE_KEY];
    const char *const *names; /* the variants, by choice */
    int name_count;
    sd__tune_entry *entries;
    size_t count, cap;
} sd__tune_cache;

typedef enum sd__tune_status { SD__TUNE_READ, SD__TUNE_NOT_A_CACHE, SD__TUNE_CORRUPT } sd__tune_status;

/* Copies s into dst (size bytes), tabs, newlines and carriage returns made spaces. */
static void sd__tune_clean(char *dst, size_t size, const char *s) {
    size_t i;
    for (i = 0; i + 1 < size && s[i]; i++) dst[i] = s[i] == '\t' || s[i] == '\n' || s[i] == '\r' ? ' ' : s[i];
    dst[i] = 0;
}

/* The cache's choice for `shape`, or -1. */
static int sd__tune_find(const sd__tune_cache *cache, const char *shape) {
    size_t i;
    for (i = 0; i < cache->count; i++)
        if (strcmp(cache->entries[i].shape, shape) == 0) return cache->entries[i].choice;
    return -1;
}

/* Records (or replaces) the choice for `shape`; 0 when out of memory. */
static int sd__tune_add(sd__env *env, sd__tune_cache *cache, const char *shape, int choice, float ms) {
    sd__tune_entry *e = NULL;
    size_t i;
    for (i = 0; i < cache->count && !e; i++)
        if (strcmp(cache->entries[i].shape, shape) == 0) e = &cache->entries[i];
    if (!e) {
        if (cache->count == cache->cap) {
            size_t cap = cache->cap ? 2 * cache->cap : 32, bytes;
            sd__tune_entry *grown;
            if (!sd__mul_size(cap, sizeof *grown, &bytes) ||
                !(grown = (sd__tune_entry *)sd__realloc(env, cache->entries, cache->cap * sizeof *grown, bytes)))
                return 0;
            cache->entries = grown;
            cache->cap = cap;
        }
        e = &cache->entries[cache->count++];
        sd__tune_clean(e->shape, sizeof e->shape, shape);
    }
    e->choice = choice;
    e->ms = ms;
    return 1;
}

static void sd__tune_free(sd__env *env, sd__tune_cache *cache) {
    sd__free(env, cache->entries);
    cache->entries = NULL;
    cache->count = cache->cap = 0;
}

/* Splits the tab-separated line [p, end) into exactly `count` fields (NUL-terminated in place). */
static int sd__tune_fields(char *p, char *end, char **fields, int count) {
    int n = 0;
    fields[n++] = p;
    for (; p < end; p++)
        if (*p == '\t') {
            if (n == count) return 0;
            *p = 0;
            fields[n++] = p + 1;
        }
    *end = 0;
    return n == count;
}

/* Reads the entries of cache->device from the file text (size bytes, modified in place) into
   cache; *foreign counts the lines of other devices. On SD__TUNE_NOT_A_CACHE or SD__TUNE_CORRUPT
   nothing is added, and *line is the line at fault (1-based). */
static sd__tune_status sd__tune_parse(sd__env *env, sd__tune_cache *cache, char *text, size_t size, size_t *foreign,
                                      size_t *line) {
    const size_t header = sizeof SD__TUNE_HEADER - 1, first = cache->count;
    char *p = text + header, *end = text + size;
    *foreign = 0;
    *line = 1;
    if (size < header || memcmp(text, SD__TUNE_HEADER, header) != 0) return SD__TUNE_NOT_A_CACHE;
    while (p < end) {
        char *eol = (char *)memchr(p, '\n', (size_t)(end - p)), *fields[4], *stop;
        double ms;
        int choice;
        ++*line;
        if (!eol) eol = end; /* a last line without its newline */
        if (!sd__tune_fields(p, eol, fields, 4) || !fields[0][0] || !fields[1][0] || strlen(fields[0]) >= SD__TUNE_KEY ||
            strlen(fields[1]) >= SD__TUNE_KEY)
            goto corrupt;
        p = eol + 1;
        if (strcmp(fields[0], cache->device) != 0) { /* another device's: its variants may differ */
            ++*foreign;
            continue;
        }
        for (choice = 0; choice < cache->name_count && strcmp(fields[2], cache->names[choice]) != 0; choice++) {}
        ms = strtod(fields[3], &stop);
        if (choice == cache->name_count || stop == fields[3] || *stop || !(ms >= 0.0 && ms < 1e9) ||
            !sd__tune_add(env, cache, fields[1], choice, (float)ms))
            goto corrupt;
    }
    return SD__TUNE_READ;
corrupt:
    cache->count = first;
    return SD__TUNE_CORRUPT;
}

/* Where the cache lives: $SD_AUTOTUNE_CACHE, else $XDG_CACHE_HOME/sd_single/autotune.txt, else
   $HOME/.cache/sd_single/autotune.txt; NULL (nowhere) without any of them. Allocated. */
static char *sd__tune_path(sd__env *env) {
    const char *file = getenv("SD_AUTOTUNE_CACHE"), *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
    char *dir, *path;
    if (file && *file) return sd__strdup(env, file);
    if (xdg && *xdg) dir = sd__path_join(env, xdg, "sd_single");
    else if (home && *home) dir = sd__path_join(env, home, ".cache/sd_single");
    else return NULL;
    path = dir ? sd__path_join(env, dir, "autotune.txt") : NULL;
    sd__free(env, dir);
    return path;
}

/* Adds the entries of cache->device found in the file at path (a missing file has none); a file
   that is not a cache or is corrupt is ignored with a log line. */
static void sd__tune_load(sd__env *env, sd__tune_cache *cache, const char *path) {
    char *text = NULL;
    size_t size = 0, foreign, line;
    sd__tune_status status;
    if (!path || !sd__is_file(path)) return;
    if (sd__read_file(env, path, SD__TUNE_MAX_FILE, &text, &size) != SD_OK) {
        sd__log(env, SD_LOG_WARN, "autotune: ignoring the cache '%s': %s", path, env->message);
        sd__clear_error(env);
        return;
    }
    status = sd__tune_parse(env, cache, text, size, &foreign, &line);
    if (status != SD__TUNE_READ)
        sd__log(env, SD_LOG_WARN, "autotune: ignoring the cache '%s': %s (line %lu); it is rewritten at the next save", path,
                status == SD__TUNE_NOT_A_CACHE ? "not an sd_single autotune file of this version" : "malformed line",
                (unsigned long)line);
    else
        sd__log(env, SD_LOG_DEBUG, "autotune: %lu entries for this device from '%s' (%lu of other devices)",
                (unsigned long)cache->count, path, (unsigned long)foreign);
    sd__free(env, text);
}

/* Creates the folders above path (as mkdir -p; existing ones are fine). */
static void sd__tune_make_dirs(const char *path) {
    char dir[4096];
    size_t i, n = strlen(path);
    if (n >= sizeof dir) return;
    memcpy(dir, path, n + 1);
    for (i = 1; i < n; i++)
        if (dir[i] == '/') {
            dir[i] = 0;
            mkdir(dir, 0755);
            dir[i] = '/';
        }
}

/* Writes the cache to path: the valid file's lines of other devices, then this device's entries,
   through a temporary file renamed over it. A failure is logged, not an error: tuning results
   are only lost. */
static void sd__tune_save(sd__env *env, const sd__tune_cache *cache, const char *path) {
    char *text = NULL, *tmp = NULL, *p, *end;
    size_t size = 0, i, len;
    FILE *f = NULL;
    int ok;
    if (!path) return;
    if (sd__is_file(path) && sd__read_file(env, path, SD__TUNE_MAX_FILE, &text, &size) != SD_OK) sd__clear_error(env);
    len = strlen(path);
    if (!(tmp = (char *)sd__malloc(env, len + 32))) {
        sd__clear_error(env);
        sd__free(env, text);
        return;
    }
    snprintf(tmp, len + 32, "%s.%ld.tmp", path, (long)getpid());
    sd__tune_make_dirs(path);
    ok = (f = fopen(tmp, "w")) != NULL && fputs(SD__TUNE_HEADER, f) >= 0;
    if (ok && text && size >= sizeof SD__TUNE_HEADER - 1 && memcmp(text, SD__TUNE_HEADER, sizeof SD__TUNE_HEADER - 1) == 0)
        for (p = text + sizeof SD__TUNE_HEADER - 1, end = text + size; ok && p < end;) {
            char *eol = (char *)memchr(p, '\n', (size_t)(end - p)), *tab = (char *)memchr(p, '\t', (size_t)(end - p));
            if (!eol) eol = end;
            if (tab && tab < eol && ((size_t)(tab - p) != strlen(cache->device) || memcmp(p, cache->device, (size_t)(tab - p)) != 0))
                ok = fwrite(p, 1, (size_t)(eol - p), f) == (size_t)(eol - p) && fputc('\n', f) != EOF;
            p = eol + 1;
        }
    for (i = 0; ok && i < cache->count; i++)
        ok = fprintf(f, "%s\t%s\t%s\t%.4f\n", cache->device, cache->entries[i].shape, cache->names[cache->entries[i].choice],
                     (double)cache->entries[i].ms) > 0;
    if (f && fclose(f) != 0) ok = 0;
    if (ok && rename(tmp, path) != 0) ok = 0;
    if (!ok) {
        char why[128];
        sd__log(env, SD_LOG_WARN, "autotune: cannot write the cache '%s': %s", path, sd__errno_text(errno, why, sizeof why));
        remove(tmp);
    }
    sd__free(env, tmp);
    sd__free(env, text);
}

/* 64-bit FNV-1a of bytes: the identity of a kernels file. */
static unsigned long long sd__fnv1a64(const void *data, size_t size) {
    const unsigned char *p = (const unsigned char *)data;
    unsigned long long h = 14695981039346656037ULL;
    size_t i;
    for (i = 0; i < size; i++) h = (h ^ p[i]) * 1099511628211ULL;
    return h;
}
#endif

/* ---- src/backend/cuda/device.c ---- */
/* ============================================================================================
   CUDA backend: its state, device memory, launching kernels and GEMMs
   ============================================================================================ */
#ifdef SD__CUDA
typedef enum sd__cuda_kernel {
    SD__K_IM2COL, SD__K_BIAS_RESIDUAL, SD__K_GN_PARTIAL, SD__K_GN_FINISH, SD__K_GN_APPLY, SD__K_LAYER_NORM, SD__K_SOFTMAX,
    SD__K_ACTIVATION, SD__K_GEGLU, SD__K_ADD, SD__K_UPSAMPLE, SD__K_CONCAT, SD__K_CAST_IN, SD__K_CAST_OUT,
    SD__K_FLASH_D40, SD__K_FLASH_D64, SD__K_FLASH_D80, SD__K_FLASH_D160, /* 16-bit storage only */
    SD__K_TIMESTEP_EMBEDDING, SD__K_DENOISE_INPUT, SD__K_DENOISE_STEP,
    SD__K_TO_U8, /* decoded images to pixels on the device: loaded and tested, not called yet */
    SD__K_CONV_128X128, SD__K_CONV_128X64, SD__K_CONV_64X64, /* implicit-GEMM conv2d, 16-bit storage only */
    SD__K_COUNT
} sd__cuda_kernel;

/* Kernel names in kernels.ptx: %s is the storage type (f32, f16, bf16), or for copies the
   element size (b32, b16). The casts and flash attention exist for the 16-bit types only (float
   needs no casts, and its attention stays on the GEMM path). */
static const struct {
    const char *pattern;
    int by_size;
} sd__cuda_kernels[SD__K_COUNT] = {
    {"sd_im2col_%s", 1}, {"sd_bias_residual_%s", 0}, {"sd_group_norm_partial_%s", 0}, {"sd_group_norm_finish_%s", 0},
    {"sd_group_norm_apply_%s", 0}, {"sd_layer_norm_%s", 0}, {"sd_softmax_%s", 0}, {"sd_activation_%s", 0},
    {"sd_geglu_%s", 0}, {"sd_add_%s", 0}, {"sd_upsample_%s", 1}, {"sd_concat_%s", 1}, {"sd_cast_f32_to_%s", 0},
    {"sd_cast_%s_to_f32", 0}, {"sd_flash_attention_d40_%s", 0}, {"sd_flash_attention_d64_%s", 0},
    {"sd_flash_attention_d80_%s", 0}, {"sd_flash_attention_d160_%s", 0}, {"sd_timestep_embedding_%s", 0},
    {"sd_denoise_input_%s", 0}, {"sd_denoise_step_%s", 0}, {"sd_to_u8_%s", 0},
    {"sd_conv_igemm_128x128_%s", 0}, {"sd_conv_igemm_128x64_%s", 0}, {"sd_conv_igemm_64x64_%s", 0}};

/* The head sizes with a flash-attention kernel, and the kernels. */
static const int sd__cuda_flash_dims[4] = {40, 64, 80, 160};
static const sd__cuda_kernel sd__cuda_flash_kernels[4] = {SD__K_FLASH_D40, SD__K_FLASH_D64, SD__K_FLASH_D80,
                                                          SD__K_FLASH_D160};

/* The ways conv2d runs (the autotuner's candidates): an implicit-GEMM tile size (block rows x
   output channels; src/kernels/conv_igemm.cu), or im2col + cuBLAS. The names are the cache's. */
typedef enum sd__cuda_conv_way { SD__CONV_IGEMM_128X128, SD__CONV_IGEMM_128X64, SD__CONV_IGEMM_64X64, SD__CONV_CUBLAS,
                                 SD__CONV_WAYS } sd__cuda_conv_way;
static const char *const sd__cuda_conv_way_names[SD__CONV_WAYS] = {"igemm_128x128", "igemm_128x64", "igemm_64x64",
                                                                   "cublas"};
static const struct {
    sd__cuda_kernel kernel;
    int rows, cols;
} sd__cuda_conv_tiles[SD__CONV_CUBLAS] = {
    {SD__K_CONV_128X128, 128, 128}, {SD__K_CONV_128X64, 128, 64}, {SD__K_CONV_64X64, 64, 64}};
#define SD__CUDA_TUNE_RUNS 3 /* timed runs per candidate, after one warm-up */

typedef struct sd__cuda_block {
    sd__cu_ptr ptr;
    size_t size;
} sd__cuda_block;

typedef struct sd__cuda_backend {
    sd__backend base;
    sd__cuda_api api;
    int started;                  /* cuInit succeeded */
    sd__cu_device device;
    sd__cu_context context;       /* the device's primary context, retained */
    sd__cu_stream stream;         /* every op runs here */
    sd__cu_stream copy_stream;    /* weight prefetches (offload), beside the ops */
    sd__cu_event ops_issued;      /* recorded on `stream` before a prefetch, which waits for it */
    sd__cu_event copied[SD__CUDA_COPY_EVENTS]; /* see sd__cuda_prefetch */
    unsigned long long prefetches;
    float *pinned;                /* staging of host uploads (sd__cuda_upload), stage_bytes of pinned memory */
    size_t pinned_floats;
    sd__cu_event pinned_free;     /* recorded after the last copy out of `pinned` */
    int pinned_busy;              /* pinned_free was recorded */
    sd__cu_module module;
    sd__blas_handle blas;
    sd__cu_function kernels[SD__K_COUNT];
    char kernel_names[SD__K_COUNT][32];
    sd__dtype dtype;              /* activations and matrices */
    size_t elt;                   /* bytes per element of dtype */
    sd__blas_type blas_type;
    sd__blas_compute blas_compute;
    sd__blas_math blas_math;
    size_t budget;                /* sd_desc.vram_budget: 0 is no limit */
    size_t reserved;              /* bytes held from the driver: live and cached blocks */
    sd__cuda_block *live, *cached;
    size_t live_count, live_cap, cached_count, cached_cap;
    sd__cu_ptr work;              /* see sd__cuda_work */
    size_t work_bytes;
    size_t im2col_bytes, score_bytes, stage_bytes; /* the bounds above (tests lower them to force chunks) */
    int flash_attention;          /* 1: attention uses the flash kernels where they apply (tests clear it
                                     to compare them with the GEMM path) */
    int autotune;                 /* 1: conv2d times its candidates at each new shape (sd_desc.autotune,
                                     $SD_AUTOTUNE=0 turns it off) */
    int conv_way;                 /* >= 0: conv2d runs this way where it applies (tests); -1: chosen */
    sd__tune_cache tune;          /* the autotuner's choices for this device */
    char *tune_path;              /* its file (NULL: none) */
    sd__cu_event timing[2];       /* the autotuner's clock */
    unsigned long long ptx_hash;  /* identity of kernels.ptx */
    char name[128];
    int cc, sm_count, driver_version, blas_version;
    int capturing;                /* graph_begin started a stream capture */
} sd__cuda_backend;

static void sd__cuda_fail_result(sd__cuda_backend *cb, sd_result code, sd__cu_result r, const char *what) {
    const char *text = NULL;
    if (cb->api.cuGetErrorString) cb->api.cuGetErrorString(r, &text);
    sd__backend_failf(&cb->base, code, "%s: %s (CUDA error %d)", what, text ? text : "unknown error", (int)r);
}

/* 1 when r is success; else records the failure of `what` and returns 0. */
static int sd__cuda_ok(sd__cuda_backend *cb, sd__cu_result r, const char *what) {
    if (r == SD__CUDA_SUCCESS) return 1;
    sd__cuda_fail_result(cb, r == SD__CUDA_ERROR_OUT_OF_MEMORY ? SD_ERR_OUT_OF_MEMORY : SD_ERR_BACKEND, r, what);
    return 0;
}

static int sd__cuda_blas_ok(sd__cuda_backend *cb, sd__blas_status s, const char *what) {
    const char *name = sd__cublas_status_name((int)s);
    if (s == SD__CUBLAS_STATUS_SUCCESS) return 1;
    sd__backend_failf(&cb->base, SD_ERR_BACKEND, "%s: %s (cuBLAS status %d)", what, name ? name : "unknown status", (int)s);
    return 0;
}

static sd__cu_ptr sd__cuda_ptr(const sd__tensor *t) { return (sd__cu_ptr)(uintptr_t)t->data; }

/* Makes the backend's context current on the calling thread (a context may move between
   threads); 0 with status set if that fails. */
static int sd__cuda_enter(sd__cuda_backend *cb) {
    return sd__cuda_ok(cb, cb->api.cuCtxSetCurrent(cb->context), "cannot make the CUDA context current");
}

/* --------------------------------------------------------------------------------------------
   Device memory: a caching allocator over cuMemAlloc. Sizes are rounded so that repeated
   shapes meet again; a cached block serves a request up to 1/8 smaller than itself. Blocks
   are only returned to the driver when the budget or the device runs out, and at destroy.
   All work is on one stream, so a block released by one op may be reused by the next.
   -------------------------------------------------------------------------------------------- */
static size_t sd__cuda_round(size_t bytes) {
    const size_t granule = bytes < ((size_t)1 << 20) ? 512 : (size_t)64 << 10;
    return bytes > (size_t)-1 - granule ? 0 : (bytes + granule - 1) / granule * granule;
}

static int sd__cuda_push(sd__env *env, sd__cuda_block **list, size_t *count, size_t *cap, sd__cuda_block block) {
    if (*count == *cap) {
        size_t cap2 = *cap ? 2 * *cap : 64, bytes;
        sd__cuda_block *grown;
        if (!sd__mul_size(cap2, sizeof **list, &bytes) || !(grown = (sd__cuda_block *)sd__realloc(env, *list, *cap * sizeof **list, bytes)))
            return 0;
        *list = grown;
        *cap = cap2;
    }
    (*list)[(*count)++] = block;
    return 1;
}

/* Returns every cached block to the driver (after the stream's work, which may still use them). */
static void sd__cuda_trim(sd__cuda_backend *cb) {
    size_t i;
    if (!cb->cached_count) return;
    cb->api.cuStreamSynchronize(cb->stream);
    for (i = 0; i < cb->cached_count; i++) {
        cb->api.cuMemFree(cb->cached[i].ptr);
        cb->reserved -= cb->cached[i].size;
    }
    cb->cached_count = 0;
}

/* At least `bytes` of device memory; 0 with status set on failure, naming `what`. */
static sd__cu_ptr sd__cuda_malloc(sd__cuda_backend *cb, size_t bytes, const char *what) {
    const double mib = 1.0 / 1048576.0;
    size_t size = sd__cuda_round(bytes), best = (size_t)-1, i;
    sd__cuda_block block;
    sd__cu_result r;
    if (cb->base.status) return 0;
    if (!size) {
        sd__backend_failf(&cb->base, SD_ERR_OUT_OF_MEMORY, "%s: size overflows", what);
        return 0;
    }
    for (i = 0; i < cb->cached_count; i++)
        if (cb->cached[i].size >= size && cb->cached[i].size - size <= size / 8 &&
            (best == (size_t)-1 || cb->cached[i].size < cb->cached[best].size))
            best = i;
    if (best != (size_t)-1) {
        block = cb->cached[best];
        cb->cached[best] = cb->cached[--cb->cached_count];
    } else {
        if (cb->budget && (cb->reserved > cb->budget || size > cb->budget - cb->reserved)) sd__cuda_trim(cb);
        if (cb->budget && (cb->reserved > cb->budget || size > cb->budget - cb->reserved)) {
            sd__backend_failf(&cb->base, SD_ERR_OUT_OF_MEMORY,
                              "out of device memory: %s needs %.1f MiB, but %.1f MiB of the %.1f MiB budget (vram_budget) "
                              "are in use",
                              what, (double)size * mib, (double)cb->base.bytes_in_use * mib, (double)cb->budget * mib);
            return 0;
        }
        block.size = size;
        r = cb->api.cuMemAlloc(&block.ptr, size);
        if (r == SD__CUDA_ERROR_OUT_OF_MEMORY && cb->cached_count) {
            sd__cuda_trim(cb);
            r = cb->api.cuMemAlloc(&block.ptr, size);
        }
        if (r != SD__CUDA_SUCCESS) {
            size_t free_bytes = 0, total_bytes = 0;
            char text[256];
            cb->api.cuMemGetInfo(&free_bytes, &total_bytes);
            snprintf(text, sizeof text, "cannot allocate %.1f MiB of device memory for %s (%.1f MiB in use by this "
                     "context's tensors, %.1f of %.1f MiB free on the device)", (double)size * mib, what,
                     (double)cb->base.bytes_in_use * mib, (double)free_bytes * mib, (double)total_bytes * mib);
            sd__cuda_fail_result(cb, r == SD__CUDA_ERROR_OUT_OF_MEMORY ? SD_ERR_OUT_OF_MEMORY : SD_ERR_BACKEND, r, text);
            return 0;
        }
        cb->reserved += size;
    }
    if (!sd__cuda_push(cb->base.env, &cb->live, &cb->live_count, &cb->live_cap, block)) {
        if (!sd__cuda_push(cb->base.env, &cb->cached, &cb->cached_count, &cb->cached_cap, block)) {
            cb->api.cuMemFree(block.ptr);
            cb->reserved -= block.size;
        }
        sd__backend_fail(&cb->base, SD_ERR_OUT_OF_MEMORY, "out of host memory");
        return 0;
    }
    cb->base.bytes_in_use += block.size;
    if (cb->base.bytes_in_use > cb->base.peak_bytes) cb->base.peak_bytes = cb->base.bytes_in_use;
    cb->base.allocations++;
    return block.ptr;
}

/* Releases a live block: to the cache, or (to_driver, or when the cache cannot grow) back to the
   driver once the stream is done with it. Works after failures too: the model frees everything. */
static void sd__cuda_release_block(sd__cuda_backend *cb, sd__cu_ptr ptr, int to_driver) {
    size_t i;
    if (!ptr) return;
    for (i = cb->live_count; i-- > 0;) /* recent blocks are released first: search from the end */
        if (cb->live[i].ptr == ptr) {
            sd__cuda_block block = cb->live[i];
            memmove(cb->live + i, cb->live + i + 1, (cb->live_count - i - 1) * sizeof *cb->live);
            cb->live_count--;
            cb->base.bytes_in_use -= block.size;
            if (to_driver || !sd__cuda_push(cb->base.env, &cb->cached, &cb->cached_count, &cb->cached_cap, block)) {
                cb->api.cuStreamSynchronize(cb->stream);
                cb->api.cuMemFree(block.ptr);
                cb->reserved -= block.size;
            }
            return;
        }
    SD_ASSERT(!"released a pointer the CUDA backend did not allocate");
}

static void sd__cuda_mfree(sd__cuda_backend *cb, sd__cu_ptr ptr) { sd__cuda_release_block(cb, ptr, 0); }

/* The work buffer, at least `bytes` (0 with status set). One op at a time uses it: the stream
   runs them in order, so the next op's kernels start after the last one's finished. It grows to
   the largest need and is kept; the smaller one goes back to the driver, not to the cache. */
static sd__cu_ptr sd__cuda_work(sd__cuda_backend *cb, size_t bytes) {
    if (cb->base.status) return 0;
    if (bytes <= cb->work_bytes) return cb->work;
    sd__cuda_release_block(cb, cb->work, 1);
    cb->work_bytes = 0;
    cb->work = sd__cuda_malloc(cb, bytes, "the work buffer");
    if (cb->work) cb->work_bytes = sd__cuda_round(bytes);
    return cb->work;
}

/* Offsets within the work buffer keep 256-byte alignment. */
static size_t sd__cuda_align(size_t bytes) { return (bytes + 255) / 256 * 256; }

/* Device memory for a tensor of t's shape in `dtype`; 0 with status set. */
static sd__cu_ptr sd__cuda_tensor_malloc(sd__cuda_backend *cb, const sd__tensor *t, sd__dtype dtype) {
    char what[96];
    size_t count = sd__shape_count(&cb->base, t->n, t->h, t->w, t->c), bytes;
    if (!count) return 0;
    snprintf(what, sizeof what, "a [%d, %d, %d, %d] %s tensor", t->n, t->h, t->w, t->c, sd__dtype_name(dtype));
    if (!sd__mul_size(count, dtype == SD__F32 ? 4 : 2, &bytes)) bytes = (size_t)-1;
    return sd__cuda_malloc(cb, bytes, what);
}

/* --------------------------------------------------------------------------------------------
   Launching kernels and GEMMs
   -------------------------------------------------------------------------------------------- */
/* Blocks for a grid-stride loop over n elements (the loop covers any excess). */
static unsigned sd__cuda_grid(long long n) {
    long long blocks = (n + SD__CUDA_BLOCK - 1) / SD__CUDA_BLOCK;
    return (unsigned)(blocks < 1 ? 1 : blocks > (1 << 20) ? (1 << 20) : blocks);
}

static void sd__cuda_launch(sd__cuda_backend *cb, sd__cuda_kernel kernel, unsigned grid_x, unsigned grid_y, unsigned block,
                            void **params) {
    sd__cu_result r;
    if (cb->base.status) return;
    r = cb->api.cuLaunchKernel(cb->kernels[kernel], grid_x, grid_y, 1, block, 1, 1, 0, cb->stream, params, NULL);
    if (r != SD__CUDA_SUCCESS) {
        char what[64];
        snprintf(what, sizeof what, "launching %s", cb->kernel_names[kernel]);
        sd__cuda_ok(cb, r, what);
    }
}

/* Graphs: stream capture of the ops between graph_begin and graph_end, in the thread-local mode,
   so that a call on this thread that cannot be recorded (an allocation, a synchronization) fails
   the capture instead of breaking it silently. A capture that fails is reported as a warning and
   leaves status clear: the caller runs the ops again without a graph. */
static void sd__cuda_graph_begin(sd__backend *b) {
    sd__cuda_backend *cb = (sd__cuda_backend *)b;
    sd__cu_result r;
    if (b->status || !sd__cuda_enter(cb)) return;
    if ((r = cb->api.cuStreamBeginCapture(cb->stream, (sd__cu_capture_mode)SD__CU_STREAM_CAPTURE_MODE_THREAD_LOCAL)) == SD__CUDA_SUCCESS)
        cb->capturing = 1;
    else
        sd__log(b->env, SD_LOG_WARN, "cuda backend: cannot start a stream capture (CUDA error %d)", (int)r);
}

static void *sd__cuda_graph_end(sd__backend *b) {
    sd__cuda_backend *cb = (sd__cuda_backend *)b;
    sd__cu_graph graph = NULL;
    sd__cu_graph_exec exec = NULL;
    sd__cu_result r;
    char why[sizeof b->env->message];
    if (!cb->capturing) return NULL;
    cb->capturing = 0;
    cb->api.cuCtxSetCurrent(cb->context);
    r = cb->api.cuStreamEndCapture(cb->stream, &graph);
    if (r == SD__CUDA_SUCCESS && !b->status) r = cb->api.cuGraphInstantiateWithFlags(&exec, graph, 0);
    if (graph) cb->api.cuGraphDestroy(graph);
    if (r == SD__CUDA_SUCCESS && !b->status) return (void *)exec;
    if (b->status) {
        snprintf(why, sizeof why, "%s", b->env->message);
    } else {
        const char *text = NULL;
        cb->api.cuGetErrorString(r, &text);
        snprintf(why, sizeof why, "%s (CUDA error %d)", text ? text : "unknown error", (int)r);
    }
    sd__log(b->env, SD_LOG_WARN, "cuda backend: recording a CUDA graph failed: %s", why);
    b->status = SD_OK;
    sd__clear_error(b->env);
    return NULL;
}

static void sd__cuda_graph_launch(sd__backend *b, void *graph) {
    sd__cuda_backend *cb = (sd__cuda_backend *)b;
    if (!b->status && sd__cuda_enter(cb))
        sd__cuda_ok(cb, cb->api.cuGraphLaunch((sd__cu_graph_exec)graph, cb->stream), "launching the recorded step (CUDA graph)");
}

static void sd__cuda_graph_free(sd__backend *b, void *graph) {
    sd__cuda_backend *cb = (sd__cuda_backend *)b;
    cb->api.cuCtxSetCurrent(cb->context);
    cb->api.cuGraphExecDestroy((sd__cu_graph_exec)graph);
}

/* c [rows, n] (row-major, row stride ldc) = a [rows, k] (row stride lda) w^T, w [n, k] (row
   stride ldw), all in the storage type. cuBLAS is column-major, so it computes c^T = w a^T:
   w read as a k x n column-major matrix and transposed, a^T as a k x rows one. */
static void sd__cuda_gemm_nt(sd__cuda_backend *cb, sd__cu_ptr w, int ldw, sd__cu_ptr a, int lda, sd__cu_ptr c, int ldc,
                             int rows, int n, int k) {
    const float one = 1.0f, zero = 0.0f;
    if (cb->base.status) return;
    sd__cuda_blas_ok(cb,
                     cb->api.cublasGemmEx(cb->blas, (sd__blas_op)SD__CUBLAS_OP_T, (sd__blas_op)SD__CUBLAS_OP_N, n, rows, k,
                                          &one, (const void *)(uintptr_t)w, cb->blas_type, ldw,
                                          (const void *)(uintptr_t)a, cb->blas_type, lda, &zero, (void *)(uintptr_t)c,
                                          cb->blas_type, ldc, cb->blas_compute, (sd__blas_algo)SD__CUBLAS_GEMM_DEFAULT),
                     "cublasGemmEx");
}

/* Adds the bias and residual to a GEMM result y (the epilogue of conv2d and linear). */
static void sd__cuda_epilogue(sd__cuda_backend *cb, const sd__tensor *bias, const sd__tensor *residual, sd__tensor *y) {
    sd__cu_ptr yp = sd__cuda_ptr(y), bp = bias ? sd__cuda_ptr(bias) : 0, rp = residual ? sd__cuda_ptr(residual) : 0;
    long long total = (long long)sd__tensor_count(y);
    int n = y->c;
    void *params[5];
    if (!bias && !residual) return;
    params[0] = &yp; params[1] = &bp; params[2] = &rp; params[3] = &total; params[4] = &n;
    sd__cuda_launch(cb, SD__K_BIAS_RESIDUAL, sd__cuda_grid(total), 1, SD__CUDA_BLOCK, params);
}

#endif /* SD__CUDA */

/* ---- src/backend/cuda/ops.c ---- */
/* ============================================================================================
   CUDA backend: memory ops, conv2d and linear, normalization
   ============================================================================================ */
#ifdef SD__CUDA
static int sd__cuda_begin(sd__backend *b, const char *op, const sd__tensor *const *tensors, int count) {
    sd__cuda_backend *cb = (sd__cuda_backend *)b;
    return sd__op_begin(b, op, tensors, count, cb->dtype) && sd__cuda_enter(cb);
}

static void sd__cuda_alloc_op(sd__backend *b, sd__tensor *t) {
    sd__cuda_backend *cb = (sd__cuda_backend *)b;
    t->data = NULL;
    t->dtype = cb->dtype;
    if (b->status || !sd__cuda_enter(cb)) return;
    t->data = (void *)(uintptr_t)sd__cuda_tensor_malloc(cb, t, cb->dtype);
}

static void sd__cuda_release(sd__backend *b, sd__tensor *t) {
    sd__cuda_backend *cb = (sd__cuda_backend *)b;
    cb->api.cuCtxSetCurrent(cb->context);
    sd__cuda_mfree(cb, sd__cuda_ptr(t));
    t->data = NULL;
}

/* Values per chunk of a host copy of t (16-bit storage goes through float32 staging, up to
   stage_bytes), and the copy's work: that staging. */
static size_t sd__cuda_stage_floats(const sd__cuda_backend *cb, const sd__tensor *t) {
    return SD__MIN(sd__tensor_count(t), SD__MAX((size_t)1, cb->stage_bytes / sizeof(float)));
}
static size_t sd__cuda_copy_work(const sd__cuda_backend *cb, const sd__tensor *t) {
    return t->dtype == SD__F32 ? 0 : sd__cuda_stage_floats(cb, t) * sizeof(float);
}

/* Copies the float32 host values of t into it, converting to t's dtype on the device through
   the work buffer, stage_bytes at a time. The values go through a pinned staging buffer: a copy
   from pageable memory may still read it after cuMemcpyHtoDAsync returns (the driver promises no
   more than "might be synchronous"), and callers free or reuse src right after. The staging
   buffer is refilled once the copy out of it has run. */
static void sd__cuda_upload(sd__cuda_backend *cb, const float *src, const sd__tensor *t) {
    const size_t count = sd__tensor_count(t);
    size_t first, chunk;
    if (!cb->pinned) {
        const size_t floats = SD__MAX((size_t)1, cb->stage_bytes / sizeof(float));
        void *p = NULL;
        if (!sd__cuda_ok(cb, cb->api.cuMemAllocHost(&p, floats * sizeof(float)), "allocating the pinned upload buffer")) return;
        cb->pinned = (float *)p;
        cb->pinned_floats = floats;
    }
    chunk = SD__MIN(sd__cuda_stage_floats(cb, t), cb->pinned_floats);
    for (first = 0; first < count && !cb->base.status; first += chunk) {
        long long n = (long long)SD__MIN(chunk, count - first);
        sd__cu_ptr dst = sd__cuda_ptr(t) + (sd__cu_ptr)(first * cb->elt);
        sd__cu_ptr stage = t->dtype == SD__F32 ? dst : sd__cuda_work(cb, (size_t)n * sizeof(float));
        void *params[3];
        if (!stage || (cb->pinned_busy && !sd__cuda_ok(cb, cb->api.cuEventSynchronize(cb->pinned_free), "cuEventSynchronize")))
            return;
        memcpy(cb->pinned, src + first, (size_t)n * sizeof(float));
        if (!sd__cuda_ok(cb, cb->api.cuMemcpyHtoDAsync(stage, cb->pinned, (size_t)n * sizeof(float), cb->stream),
                         "copying to the device") ||
            !sd__cuda_ok(cb, cb->api.cuEventRecord(cb->pinned_free, cb->stream), "cuEventRecord"))
            return;
        cb->pinned_busy = 1;
        if (t->dtype == SD__F32) continue;
        params[0] = &stage; params[1] = &dst; params[2] = &n;
        sd__cuda_launch(cb, SD__K_CAST_IN, sd__cuda_grid(n), 1, SD__CUDA_BLOCK, params);
    }
}

/* Matrices in the storage type; vectors stay float32 (see the top). */
static size_t sd__cuda_weight_bytes(sd__backend *b, sd__weight_kind kind, const sd__tensor *shape) {
    size_t count, bytes;
    if (b->status || !(count = sd__shape_count(b, shape->n, shape->h, shape->w, shape->c)) || !sd__weight_args_ok(b, kind, shape))
        return 0;
    if (!sd__mul_size(count, kind == SD__W_VECTOR ? sizeof(float) : ((sd__cuda_backend *)b)->elt, &bytes)) {
        sd__backend_failf(b, SD_ERR_OUT_OF_MEMORY, "weight [%d, %d, %d, %d] is too large", shape->n, shape->h, shape->w, shape->c);
        return 0;
    }
    return bytes;
}

static void sd__cuda_upload_weight(sd__backend *b, sd__weight_kind kind, const float *src, sd__tensor *dst) {
    sd__cuda_backend *cb = (sd__cuda_backend *)b;
    const size_t count = sd__tensor_count(dst);
    float *reordered = NULL;
    dst->dtype = kind == SD__W_VECTOR ? SD__F32 : cb->dtype;
    if (b->status || !sd__cuda_enter(cb)) return;
    if (kind == SD__W_CONV && dst->h > 1) {
        /* [out, in, kh, kw] -> [out, kh, kw, in]: row o is the im2col column order */
        const int out = dst->n, in = dst->c, k = dst->h;
        int o, ci, t;
        if (!(reordered = (float *)sd__calloc(b->env, count, sizeof(float)))) {
            sd__backend_fail(b, SD_ERR_OUT_OF_MEMORY, "out of host memory");
            return;
        }
        for (o = 0; o < out; o++)
            for (ci = 0; ci < in; ci++)
                for (t = 0; t < k * k; t++)
                    reordered[((size_t)o * k * k + (size_t)t) * in + (size_t)ci] = src[((size_t)o * in + (size_t)ci) * k * k + (size_t)t];
        src = reordered;
    }
    sd__cuda_upload(cb, src, dst);
    sd__free(b->env, reordered);
}

/* Device memory from the caching allocator (within the budget), or pinned host memory, which
   copies at full PCIe speed and lets a copy run beside the kernels. */
static void *sd__cuda_mem_alloc(sd__backend *b, size_t bytes, int host, const char *what) {
    sd__cuda_backend *cb = (sd__cuda_backend *)b;
    void *p = NULL;
    char text[160];
    if (b->status || !sd__cuda_enter(cb)) return NULL;
    if (!host) return (void *)(uintptr_t)sd__cuda_malloc(cb, bytes, what);
    snprintf(text, sizeof text, "cannot allocate %.1f MiB of pinned host memory for %s", (double)bytes / 1048576.0, what);
    if (!sd__cuda_ok(cb, cb->api.cuMemAllocHost(&p, bytes), text)) return NULL;
    return p;
}

/* After every copy and op that may still use the memory. */
static void sd__cuda_mem_free(sd__backend *b, void *ptr, int host) {
    sd__cuda_backend *cb = (sd__cuda_backend *)b;
    if (!ptr) return;
    cb->api.cuCtxSetCurrent(cb->context);
    cb->api.cuStreamSynchronize(cb->copy_stream);
    if (host) {
        cb->api.cuStreamSynchronize(cb->stream);
        cb->api.cuMemFreeHost(ptr);
    } else {
        sd__cuda_release_block(cb, (sd__cu_ptr)(uintptr_t)ptr, 1);
    }
}

static void sd__cuda_copy(sd__backend *b, void *dst, const void *src, size_t bytes, int to_host) {
    sd__cuda_backend *cb = (sd__cuda_backend *)b;
    if (b->status || !sd__cuda_enter(cb)) return;
    if (!to_host) {
        sd__cuda_ok(cb, cb->api.cuMemcpyHtoDAsync((sd__cu_ptr)(uintptr_t)dst, src, bytes, cb->stream), "copying weights to the device");
        return;
    }
    if (sd__cuda_ok(cb, cb->api.cuMemcpyDtoHAsync(dst, (sd__cu_ptr)(uintptr_t)src, bytes, cb->stream), "copying weights to the host"))
        sd__cuda_ok(cb, cb->api.cuStreamSynchronize(cb->stream), "running the CUDA stream");
}

/* The copy stream waits for the ops issued so far (ops_issued), copies, and records the event of
   its ticket. Events are reused every SD__CUDA_COPY_EVENTS tickets: awaiting an old ticket whose
   event was recorded again waits for that later copy, which the stream runs after it, so it is
   only ever a longer wait. */
static unsigned long long sd__cuda_prefetch(sd__backend *b, void *dst, const void *src, size_t bytes) {
    sd__cuda_backend *cb = (sd__cuda_backend *)b;
    const unsigned long long ticket = cb->prefetches + 1;
    if (b->status || !sd__cuda_enter(cb) ||
        !sd__cuda_ok(cb, cb->api.cuEventRecord(cb->ops_issued, cb->stream), "cuEventRecord") ||
        !sd__cuda_ok(cb, cb->api.cuStreamWaitEvent(cb->copy_stream, cb->ops_issued, 0), "cuStreamWaitEvent") ||
        !sd__cuda_ok(cb, cb->api.cuMemcpyHtoDAsync((sd__cu_ptr)(uintptr_t)dst, src, bytes, cb->copy_stream),
                     "prefetching weights to the device") ||
        !sd__cuda_ok(cb, cb->api.cuEventRecord(cb->copied[ticket % SD__CUDA_COPY_EVENTS], cb->copy_stream), "cuEventRecord"))
        return 0;
    return cb->prefetches = ticket;
}

static void sd__cuda_await_copy(sd__backend *b, unsigned long long ticket) {
    sd__cuda_backend *cb = (sd__cuda_backend *)b;
    if (b->status || !ticket || !sd__cuda_enter(cb)) return;
    sd__cuda_ok(cb, cb->api.cuStreamWaitEvent(cb->stream, cb->copied[ticket % SD__CUDA_COPY_EVENTS], 0), "cuStreamWaitEvent");
}

static void sd__cuda_write(sd__backend *b, sd__tensor *dst, const float *src) {
    if (!sd__cuda_begin(b, "write", (const sd__tensor *const *)&dst, 1)) return;
    sd__cuda_upload((sd__cuda_backend *)b, src, dst);
}

/* Copies src to float32 host memory, converting 16-bit values through the work buffer stage_bytes
   at a time; waits for the stream (a copy to pageable memory returns when it is done). */
static void sd__cuda_read(sd__backend *b, const sd__tensor *src, float *dst) {
    sd__cuda_backend *cb = (sd__cuda_backend *)b;
    const size_t count = sd__tensor_count(src), chunk = sd__cuda_stage_floats(cb, src);
    size_t first;
    if (!sd__cuda_begin(b, "read", &src, 1)) return;
    if (src->dtype == SD__F32) {
        if (sd__cuda_ok(cb, cb->api.cuMemcpyDtoHAsync(dst, sd__cuda_ptr(src), count * sizeof(float), cb->stream), "copying to the host"))
            sd__cuda_ok(cb, cb->api.cuStreamSynchronize(cb->stream), "running the CUDA stream");
        return;
    }
    for (first = 0; first < count && !b->status; first += chunk) {
        long long n = (long long)SD__MIN(chunk, count - first);
        sd__cu_ptr in = sd__cuda_ptr(src) + (sd__cu_ptr)(first * cb->elt), stage = sd__cuda_work(cb, (size_t)n * sizeof(float));
        void *params[3];
        if (!stage) return;
        params[0] = &in; params[1] = &stage; params[2] = &n;
        sd__cuda_launch(cb, SD__K_CAST_OUT, sd__cuda_grid(n), 1, SD__CUDA_BLOCK, params);
        if (!b->status && sd__cuda_ok(cb, cb->api.cuMemcpyDtoHAsync(dst + first, stage, (size_t)n * sizeof(float), cb->stream),
                                      "copying to the host"))
            sd__cuda_ok(cb, cb->api.cuStreamSynchronize(cb->stream), "running the CUDA stream");
    }
}

/* --------------------------------------------------------------------------------------------
   conv2d and linear. conv2d runs as an implicit GEMM on tensor cores (16-bit storage, channels
   in multiples of 8) or as im2col in bounded chunks + cuBLAS GEMMs + the bias/residual epilogue;
   with autotune on, the first conv2d of each shape times every way that applies and keeps the
   fastest (in memory and in the cache file), else cuBLAS runs. linear is one cuBLAS GEMM.
   -------------------------------------------------------------------------------------------- */
/* Output pixels per im2col chunk of a convolution, and (the return) its work: none for a 1x1
   stride 1 convolution, whose image is the GEMM's A as it is. */
static size_t sd__cuda_conv_work(const sd__cuda_backend *cb, const sd__tensor *x, const sd__tensor *w, const sd__tensor *y,
                                 int stride, int *rows) {
    const size_t m = sd__tensor_count(y) / (size_t)y->c, row_bytes = (size_t)w->h * w->h * x->c * cb->elt;
    *rows = 0;
    if (w->h == 1 && stride == 1) return 0;
    *rows = (int)SD__MAX((size_t)1, SD__MIN(m, cb->im2col_bytes / row_bytes));
    return (size_t)*rows * row_bytes;
}

static void sd__cuda_conv_cublas(sd__cuda_backend *cb, const sd__tensor *x, const sd__tensor *w, const sd__tensor *bias,
                                 const sd__tensor *residual, int stride, int pad, sd__tensor *y) {
    const int k = w->h, kdim = k * k * x->c;
    const size_t m = sd__tensor_count(y) / (size_t)y->c;
    int rows;
    const size_t work = sd__cuda_conv_work(cb, x, w, y, stride, &rows);
    if (!work) {
        sd__cuda_gemm_nt(cb, sd__cuda_ptr(w), kdim, sd__cuda_ptr(x), kdim, sd__cuda_ptr(y), y->c, (int)m, y->c, kdim);
    } else {
        sd__cu_ptr col = sd__cuda_work(cb, work);
        sd__cu_ptr xp = sd__cuda_ptr(x);
        int h = x->h, wd = x->w, c = x->c, oh = y->h, ow = y->w, kk = k;
        long long first;
        void *params[12];
        params[0] = &xp; params[1] = &col; params[2] = &h; params[3] = &wd; params[4] = &c; params[5] = &kk;
        params[6] = &stride; params[7] = &pad; params[8] = &oh; params[9] = &ow; params[10] = &first;
        for (first = 0; col && !cb->base.status && first < (long long)m; first += rows) {
            int count = (int)SD__MIN((long long)rows, (long long)m - first);
            params[11] = &count;
            sd__cuda_launch(cb, SD__K_IM2COL, sd__cuda_grid((long long)count * kdim), 1, SD__CUDA_BLOCK, params);
            sd__cuda_gemm_nt(cb, sd__cuda_ptr(w), kdim, col, kdim, sd__cuda_ptr(y) + (sd__cu_ptr)first * y->c * cb->elt,
                             y->c, count, y->c, kdim);
        }
    }
    sd__cuda_epilogue(cb, bias, residual, y);
}

/* Whether the implicit-GEMM kernels take this conv2d (arguments already checked): 16-bit storage,
   input and output channels in multiples of 8, x and w 16-byte aligned (cp.async), y and the
   residual 4-byte aligned (pairs of values). */
static int sd__cuda_igemm_applies(const sd__cuda_backend *cb, const sd__tensor *x, const sd__tensor *w,
                                  const sd__tensor *residual, const sd__tensor *y) {
    return cb->dtype != SD__F32 && x->c % 8 == 0 && y->c % 8 == 0 &&
           ((uintptr_t)x->data | (uintptr_t)w->data) % 16 == 0 &&
           ((uintptr_t)y->data | (uintptr_t)(residual ? residual->data : NULL)) % 4 == 0;
}

/* grid (ceil(M / rows), ceil(N / cols)) blocks of 128 threads, M = the output pixels. */
static void sd__cuda_conv_igemm(sd__cuda_backend *cb, sd__cuda_conv_way way, const sd__tensor *x, const sd__tensor *w,
                                const sd__tensor *bias, const sd__tensor *residual, int stride, int pad, sd__tensor *y) {
    sd__cu_ptr xp = sd__cuda_ptr(x), wp = sd__cuda_ptr(w), bp = bias ? sd__cuda_ptr(bias) : 0,
               rp = residual ? sd__cuda_ptr(residual) : 0, yp = sd__cuda_ptr(y);
    int h = x->h, wd = x->w, c = x->c, k = w->h, oh = y->h, ow = y->w, m = y->n * y->h * y->w, n = y->c;
    const int rows = sd__cuda_conv_tiles[way].rows, cols = sd__cuda_conv_tiles[way].cols;
    void *params[15];
    params[0] = &xp; params[1] = &wp; params[2] = &bp; params[3] = &rp; params[4] = &yp; params[5] = &h; params[6] = &wd;
    params[7] = &c; params[8] = &k; params[9] = &stride; params[10] = &pad; params[11] = &oh; params[12] = &ow;
    params[13] = &m; params[14] = &n;
    sd__cuda_launch(cb, sd__cuda_conv_tiles[way].kernel, (unsigned)((m + rows - 1) / rows), (unsigned)((n + cols - 1) / cols),
                    128, params);
}

static void sd__cuda_conv_run(sd__cuda_backend *cb, sd__cuda_conv_way way, const sd__tensor *x, const sd__tensor *w,
                              const sd__tensor *bias, const sd__tensor *residual, int stride, int pad, sd__tensor *y) {
    if (way == SD__CONV_CUBLAS) sd__cuda_conv_cublas(cb, x, w, bias, residual, stride, pad, y);
    else sd__cuda_conv_igemm(cb, way, x, w, bias, residual, stride, pad, y);
}

/* The autotuner's key for a conv2d shape (the device is in the cache's own key). */
static void sd__cuda_conv_key(const sd__cuda_backend *cb, const sd__tensor *x, const sd__tensor *w, const sd__tensor *bias,
                              const sd__tensor *residual, int stride, int pad, char *key, size_t size) {
    snprintf(key, size, "conv2d %s n%d h%d w%d c%d o%d k%d s%d p%d bias%d res%d", sd__dtype_name(cb->dtype), x->n, x->h,
             x->w, x->c, w->n, w->h, stride, pad, bias != NULL, residual != NULL);
}

/* A view of rows [row, row + rows) of t's n * h * w rows of c values. */
static sd__tensor sd__cuda_rows_view(const sd__cuda_backend *cb, const sd__tensor *t, size_t row, int rows) {
    sd__tensor v = *t;
    v.n = v.h = 1;
    v.w = rows;
    v.data = (char *)t->data + row * (size_t)t->c * cb->elt;
    return v;
}

/* Rows of c values per chunk that sd__cuda_conv_poison and sd__cuda_conv_agrees move through host memory. */
static int sd__cuda_check_rows(const sd__tensor *y) { return SD__MAX(1, (1 << 18) / y->c); }

/* Fills y with NaN, so that a candidate that leaves part of it unwritten shows. host holds
   sd__cuda_check_rows(y) rows. */
static void sd__cuda_conv_poison(sd__cuda_backend *cb, sd__tensor *y, float *host) {
    const size_t rows = sd__tensor_count(y) / (size_t)y->c, chunk = (size_t)sd__cuda_check_rows(y), n = chunk * (size_t)y->c;
    size_t row, i;
    for (i = 0; i < n; i++) host[i] = NAN;
    for (row = 0; row < rows && !cb->base.status; row += chunk) {
        sd__tensor v = sd__cuda_rows_view(cb, y, row, (int)SD__MIN(chunk, rows - row));
        sd__cuda_write(&cb->base, &v, host);
    }
}

/* Whether got holds ref's values: finite wherever ref is, and within 2% of ref's largest magnitude
   (16-bit storage, float sums in another order; a wrong kernel is off by its whole size). Reads
   both in chunks through host (2 * sd__cuda_check_rows(y) rows); *worst gets the largest
   difference over that magnitude. */
static int sd__cuda_conv_agrees(sd__cuda_backend *cb, const sd__tensor *got, const sd__tensor *ref, float *host,
                                double *worst) {
    const size_t rows = sd__tensor_count(ref) / (size_t)ref->c, chunk = (size_t)sd__cuda_check_rows(ref);
    double largest = 0, diff = 0;
    int finite = 1;
    size_t row, i;
    for (row = 0; row < rows && !cb->base.status; row += chunk) {
        const int n = (int)SD__MIN(chunk, rows - row);
        const size_t count = (size_t)n * (size_t)ref->c;
        sd__tensor a = sd__cuda_rows_view(cb, got, row, n), b = sd__cuda_rows_view(cb, ref, row, n);
        float *want = host + chunk * (size_t)ref->c;
        sd__cuda_read(&cb->base, &a, host);
        sd__cuda_read(&cb->base, &b, want);
        for (i = 0; i < count; i++) {
            if (!isfinite(want[i])) continue;
            if (!isfinite(host[i])) finite = 0;
            else diff = SD__MAX(diff, fabs((double)host[i] - want[i]));
            largest = SD__MAX(largest, fabs((double)want[i]));
        }
    }
    *worst = finite ? diff / SD__MAX(largest, 1e-30) : INFINITY;
    return !cb->base.status && finite && diff <= 0.02 * largest;
}

/* After a candidate kernel failed: whether the context still works (a launch refused for its
   resources leaves it usable; a fault such as an illegal address does not). Clears the failure
   when it does, logging it. */
static int sd__cuda_survived(sd__cuda_backend *cb) {
    char message[sizeof cb->base.env->message];
    snprintf(message, sizeof message, "%s", cb->base.env->message);
    cb->base.status = SD_OK;
    sd__clear_error(cb->base.env);
    if (cb->api.cuStreamSynchronize(cb->stream) == SD__CUDA_SUCCESS) {
        sd__log(cb->base.env, SD_LOG_WARN, "autotune: %s", message);
        return 1;
    }
    sd__backend_failf(&cb->base, SD_ERR_BACKEND, "%s", message);
    return 0;
}

/* Times each way (one warm-up, then SD__CUDA_TUNE_RUNS runs between two events) and returns the
   fastest of those that give the right result: im2col + cuBLAS, the baseline, runs first into a
   reference tensor, and each implicit-GEMM candidate's output (into y filled with NaN first) must
   agree with it (sd__cuda_conv_agrees), else it is left out with a warning and the choice cached
   without it. Every run writes y, which the caller then overwrites with the winner's result. A
   shape whose reference does not fit in device memory is not tuned: cuBLAS runs. */
static sd__cuda_conv_way sd__cuda_conv_tune(sd__cuda_backend *cb, const sd__tensor *x, const sd__tensor *w,
                                            const sd__tensor *bias, const sd__tensor *residual, int stride, int pad,
                                            sd__tensor *y, const char *key) {
    sd__env *env = cb->base.env;
    sd__cuda_conv_way way, best = SD__CONV_CUBLAS;
    sd__tensor ref = *y;
    float best_ms = 0.0f, *host;
    char line[512];
    size_t used = 0, bytes = sd__tensor_count(y) * cb->elt;
    int timed = 0;
    ref.data = (void *)(uintptr_t)sd__cuda_malloc(cb, bytes, "the autotuner's reference");
    host = (float *)sd__malloc(env, (size_t)2 * sd__cuda_check_rows(y) * y->c * sizeof(float));
    if (!ref.data || !host) {
        sd__log(env, SD_LOG_DEBUG, "autotune: %s: no memory for the reference output, cuBLAS runs untuned", key);
        if (ref.data) sd__cuda_release_block(cb, sd__cuda_ptr(&ref), 1);
        sd__free(env, host);
        cb->base.status = SD_OK;
        sd__clear_error(env);
        return SD__CONV_CUBLAS;
    }
    sd__cuda_conv_run(cb, SD__CONV_CUBLAS, x, w, bias, residual, stride, pad, &ref);
    for (way = (sd__cuda_conv_way)0; way < SD__CONV_WAYS && !cb->base.status; way = (sd__cuda_conv_way)(way + 1)) {
        float ms = 0.0f;
        double worst = 0;
        int run;
        if (way != SD__CONV_CUBLAS) {
            sd__cuda_conv_poison(cb, y, host);
            sd__cuda_conv_run(cb, way, x, w, bias, residual, stride, pad, y);
            if (!sd__cuda_conv_agrees(cb, y, &ref, host, &worst)) {
                const int failed = cb->base.status != SD_OK;
                if (failed && !sd__cuda_survived(cb)) break;
                if (failed) sd__log(env, SD_LOG_WARN, "autotune: %s: %s failed to run: left out", key, sd__cuda_conv_way_names[way]);
                else sd__log(env, SD_LOG_WARN, "autotune: %s: %s gives wrong results (off by %.3g of the largest value): left out",
                             key, sd__cuda_conv_way_names[way], worst);
                if (used < sizeof line) used += (size_t)snprintf(line + used, sizeof line - used, " %s wrong", sd__cuda_conv_way_names[way]);
                continue;
            }
        }
        sd__cuda_conv_run(cb, way, x, w, bias, residual, stride, pad, y);
        if (!sd__cuda_ok(cb, cb->api.cuEventRecord(cb->timing[0], cb->stream), "cuEventRecord")) break;
        for (run = 0; run < SD__CUDA_TUNE_RUNS; run++) sd__cuda_conv_run(cb, way, x, w, bias, residual, stride, pad, y);
        if (cb->base.status || !sd__cuda_ok(cb, cb->api.cuEventRecord(cb->timing[1], cb->stream), "cuEventRecord") ||
            !sd__cuda_ok(cb, cb->api.cuEventSynchronize(cb->timing[1]), "cuEventSynchronize") ||
            !sd__cuda_ok(cb, cb->api.cuEventElapsedTime(&ms, cb->timing[0], cb->timing[1]), "cuEventElapsedTime"))
            break;
        ms /= SD__CUDA_TUNE_RUNS;
        if (!timed || ms < best_ms) {
            best = way;
            best_ms = ms;
            timed = 1;
        }
        if (used < sizeof line) used += (size_t)snprintf(line + used, sizeof line - used, " %s %.3f ms", sd__cuda_conv_way_names[way], (double)ms);
    }
    cb->api.cuStreamSynchronize(cb->stream);
    sd__cuda_release_block(cb, sd__cuda_ptr(&ref), 1);
    sd__free(env, host);
    if (cb->base.status) return SD__CONV_CUBLAS;
    sd__log(env, SD_LOG_DEBUG, "autotune: %s:%s -> %s", key, line, sd__cuda_conv_way_names[best]);
    if (!sd__tune_add(env, &cb->tune, key, (int)best, best_ms)) {
        sd__backend_fail(&cb->base, SD_ERR_OUT_OF_MEMORY, "out of host memory");
        return best;
    }
    sd__tune_save(env, &cb->tune, cb->tune_path);
    return best;
}

static void sd__cuda_conv2d(sd__backend *b, const sd__tensor *x, const sd__tensor *w, const sd__tensor *bias,
                            const sd__tensor *residual, int stride, int pad, sd__tensor *y) {
    sd__cuda_backend *cb = (sd__cuda_backend *)b;
    const sd__tensor *args[3];
    sd__cuda_conv_way way = SD__CONV_CUBLAS;
    args[0] = x; args[1] = w; args[2] = y;
    if (!sd__cuda_begin(b, "conv2d", args, 3) || !sd__conv2d_args_ok(b, x, w, bias, residual, stride, pad, y)) return;
    if (sd__cuda_igemm_applies(cb, x, w, residual, y)) {
        if (cb->conv_way >= 0) {
            way = (sd__cuda_conv_way)cb->conv_way;
        } else if (cb->autotune) {
            char key[SD__TUNE_KEY];
            int found;
            sd__cuda_conv_key(cb, x, w, bias, residual, stride, pad, key, sizeof key);
            found = sd__tune_find(&cb->tune, key);
            way = found >= 0 ? (sd__cuda_conv_way)found : sd__cuda_conv_tune(cb, x, w, bias, residual, stride, pad, y, key);
        }
    }
    sd__cuda_conv_run(cb, way, x, w, bias, residual, stride, pad, y);
}

static void sd__cuda_linear(sd__backend *b, const sd__tensor *x, const sd__tensor *w, const sd__tensor *bias,
                            const sd__tensor *residual, sd__tensor *y) {
    sd__cuda_backend *cb = (sd__cuda_backend *)b;
    const sd__tensor *args[3];
    args[0] = x; args[1] = w; args[2] = y;
    if (!sd__cuda_begin(b, "linear", args, 3) || !sd__linear_args_ok(b, x, w, bias, residual, y)) return;
    sd__cuda_gemm_nt(cb, sd__cuda_ptr(w), x->c, sd__cuda_ptr(x), x->c, sd__cuda_ptr(y), y->c,
                     (int)(sd__tensor_count(x) / (size_t)x->c), y->c, x->c);
    sd__cuda_epilogue(cb, bias, residual, y);
}

/* --------------------------------------------------------------------------------------------
   Normalization
   -------------------------------------------------------------------------------------------- */
/* Blocks per (sample, group) item of a group norm, enough to fill the device with each summing
   at least 4096 values, and (the return) its work: the partial sums, then the statistics. */
static size_t sd__cuda_group_norm_work(const sd__tensor *x, int groups, int *splits, size_t *partial_bytes) {
    const size_t items = (size_t)x->n * groups;
    const long long per_item = (long long)x->h * x->w * (x->c / groups);
    *splits = (int)SD__MAX(1LL, SD__MIN(64LL, per_item / 4096));
    *partial_bytes = sd__cuda_align(items * (size_t)*splits * 2 * sizeof(float));
    return *partial_bytes + items * 4 * sizeof(float);
}

static void sd__cuda_group_norm(sd__backend *b, const sd__tensor *x, const sd__tensor *gamma, const sd__tensor *beta,
                                int groups, float eps, int silu, sd__tensor *y) {
    sd__cuda_backend *cb = (sd__cuda_backend *)b;
    const sd__tensor *args[2];
    sd__cu_ptr xp, yp, gp, bp, partial, stats;
    size_t partial_bytes, work;
    int pixels, c, items, splits;
    long long total;
    void *params[10];
    args[0] = x; args[1] = y;
    if (!sd__cuda_begin(b, "group_norm", args, 2) || !sd__group_norm_args_ok(b, x, gamma, beta, groups, y)) return;
    pixels = x->h * x->w;
    c = x->c;
    items = x->n * groups;
    work = sd__cuda_group_norm_work(x, groups, &splits, &partial_bytes);
    if (!(partial = sd__cuda_work(cb, work))) return;
    stats = partial + partial_bytes;
    xp = sd__cuda_ptr(x); yp = sd__cuda_ptr(y); gp = sd__cuda_ptr(gamma); bp = sd__cuda_ptr(beta);
    total = (long long)sd__tensor_count(x);
    params[0] = &xp; params[1] = &partial; params[2] = &pixels; params[3] = &c; params[4] = &groups;
    sd__cuda_launch(cb, SD__K_GN_PARTIAL, (unsigned)items, (unsigned)splits, SD__CUDA_BLOCK, params);
    params[0] = &xp; params[1] = &partial; params[2] = &stats; params[3] = &items; params[4] = &splits;
    params[5] = &pixels; params[6] = &c; params[7] = &groups; params[8] = &eps;
    sd__cuda_launch(cb, SD__K_GN_FINISH, (unsigned)((items + 127) / 128), 1, 128, params);
    params[0] = &xp; params[1] = &stats; params[2] = &gp; params[3] = &bp; params[4] = &yp; params[5] = &total;
    params[6] = &pixels; params[7] = &c; params[8] = &groups; params[9] = &silu;
    sd__cuda_launch(cb, SD__K_GN_APPLY, sd__cuda_grid(total), 1, SD__CUDA_BLOCK, params);
}

static void sd__cuda_layer_norm(sd__backend *b, const sd__tensor *x, const sd__tensor *gamma, const sd__tensor *beta,
                                float eps, sd__tensor *y) {
    sd__cuda_backend *cb = (sd__cuda_backend *)b;
    const sd__tensor *args[2];
    sd__cu_ptr xp, yp, gp, bp;
    int c;
    void *params[6];
    args[0] = x; args[1] = y;
    if (!sd__cuda_begin(b, "layer_norm", args, 2) || !sd__layer_norm_args_ok(b, x, gamma, beta, y)) return;
    xp = sd__cuda_ptr(x); yp = sd__cuda_ptr(y); gp = sd__cuda_ptr(gamma); bp = sd__cuda_ptr(beta);
    c = x->c;
    params[0] = &xp; params[1] = &gp; params[2] = &bp; params[3] = &yp; params[4] = &c; params[5] = &eps;
    sd__cuda_launch(cb, SD__K_LAYER_NORM, (unsigned)(sd__tensor_count(x) / (size_t)c), 1, 128, params);
}

#endif /* SD__CUDA */

/* ---- src/backend/cuda/attention.c ---- */
/* ============================================================================================
   CUDA backend: attention. With 16-bit storage, no slicing and a head size that has one, a flash-attention
   kernel (src/kernels/flash_attention.cu: scores stay on the chip, no work buffer). Otherwise,
   per batch sample, a chunk of heads and of query rows at a time: scores = q k^T / sqrt(d)
   (one strided-batched GEMM over the chunk's heads, float scores), softmax into probabilities p
   (storage type; in place for float), then y = p v (another strided-batched GEMM). Chunks keep
   the scores within score_bytes; heads_per_pass > 0 limits the heads of a chunk further.
   ============================================================================================ */
#ifdef SD__CUDA
/* The flash kernel for an attention of q's shape (arguments already checked), or -1 for the
   GEMM path: it needs 16-bit storage, slicing off, a head size it was built for and B * heads
   within a grid's y dimension. Shapes only, so dry runs size work with it; the tensors must also
   pass sd__cuda_flash_aligned. */
/* The flash kernel's copies move 16 bytes (every allocation is aligned so; a view may not be). */
static int sd__cuda_flash_aligned(const sd__tensor *q, const sd__tensor *k, const sd__tensor *v, const sd__tensor *y) {
    return ((uintptr_t)q->data | (uintptr_t)k->data | (uintptr_t)v->data | (uintptr_t)y->data) % 16 == 0;
}

static int sd__cuda_flash_kernel(const sd__cuda_backend *cb, const sd__tensor *q, int heads, int heads_per_pass) {
    const int d = q->c / heads;
    size_t i;
    if (!cb->flash_attention || cb->dtype == SD__F32 || heads_per_pass != 0 || (long long)q->n * heads > 65535) return -1;
    for (i = 0; i < SD__COUNT(sd__cuda_flash_dims); i++)
        if (d == sd__cuda_flash_dims[i]) return (int)sd__cuda_flash_kernels[i];
    return -1;
}

/* grid (ceil(Lq / 64), B * heads) blocks of 128 threads: one per 64 queries of a (sample, head). */
static void sd__cuda_flash_attention(sd__cuda_backend *cb, sd__cuda_kernel kernel, const sd__tensor *q,
                                     const sd__tensor *k, const sd__tensor *v, int heads, int causal, sd__tensor *y) {
    sd__cu_ptr qp = sd__cuda_ptr(q), kp = sd__cuda_ptr(k), vp = sd__cuda_ptr(v), yp = sd__cuda_ptr(y);
    int lq = q->h * q->w, lk = k->h * k->w;
    float scale_log2 = (float)(1.4426950408889634 / sqrt((double)(q->c / heads))); /* log2(e) / sqrt(d) */
    void *params[9];
    params[0] = &qp; params[1] = &kp; params[2] = &vp; params[3] = &yp; params[4] = &lq; params[5] = &lk;
    params[6] = &heads; params[7] = &causal; params[8] = &scale_log2;
    sd__cuda_launch(cb, kernel, (unsigned)((lq + 63) / 64), (unsigned)(q->n * heads), 128, params);
}

/* The chunks of an attention (heads and query rows), and (the return) its work: the chunk's
   float scores (score_size), then for 16-bit storage its probabilities. */
static size_t sd__cuda_attention_work(const sd__cuda_backend *cb, const sd__tensor *q, const sd__tensor *k, int heads,
                                      int heads_per_pass, int *head_chunk, int *row_chunk, size_t *score_size) {
    const size_t lq = (size_t)q->h * q->w, lk = (size_t)k->h * k->w, prob_elt = cb->dtype == SD__F32 ? 0 : cb->elt;
    /* a score row in float, plus its probabilities unless they overwrite it (float storage) */
    const size_t chunk_rows = SD__MAX((size_t)1, cb->score_bytes / (lk * (sizeof(float) + prob_elt)));
    *head_chunk = heads_per_pass > 0 ? SD__MIN(heads_per_pass, heads) : heads;
    if ((size_t)*head_chunk * lq > chunk_rows) *head_chunk = (int)SD__MAX((size_t)1, chunk_rows / lq);
    *row_chunk = (int)SD__MIN(lq, chunk_rows / (size_t)*head_chunk);
    *score_size = sd__cuda_align((size_t)*head_chunk * (size_t)*row_chunk * lk * sizeof(float));
    return *score_size + (size_t)*head_chunk * (size_t)*row_chunk * lk * prob_elt;
}

static void sd__cuda_attention(sd__backend *b, const sd__tensor *q, const sd__tensor *k, const sd__tensor *v, int heads,
                               int causal, int heads_per_pass, sd__tensor *y) {
    sd__cuda_backend *cb = (sd__cuda_backend *)b;
    const sd__tensor *args[4];
    const float one = 1.0f, zero = 0.0f;
    sd__cu_ptr scores, probs;
    size_t score_size, work;
    int lq, lk, d, width, head_chunk, row_chunk, bn, h0, r0, flash;
    float scale;
    args[0] = q; args[1] = k; args[2] = v; args[3] = y;
    if (!sd__cuda_begin(b, "attention", args, 4) ||
        !sd__attention_args_ok(b, q, k, v, heads, heads_per_pass, (size_t)INT_MAX, y))
        return;
    causal = causal != 0;
    flash = sd__cuda_flash_kernel(cb, q, heads, heads_per_pass);
    if (flash >= 0 && sd__cuda_flash_aligned(q, k, v, y)) {
        sd__cuda_flash_attention(cb, (sd__cuda_kernel)flash, q, k, v, heads, causal, y);
        return;
    }
    lq = q->h * q->w;
    lk = k->h * k->w;
    width = q->c;
    d = width / heads;
    scale = (float)(1.0 / sqrt((double)d));
    work = sd__cuda_attention_work(cb, q, k, heads, heads_per_pass, &head_chunk, &row_chunk, &score_size);
    if (!(scores = sd__cuda_work(cb, work))) return;
    probs = cb->dtype == SD__F32 ? scores : scores + score_size;
    for (bn = 0; bn < q->n && !b->status; bn++)
        for (h0 = 0; h0 < heads && !b->status; h0 += head_chunk)
            for (r0 = 0; r0 < lq && !b->status; r0 += row_chunk) {
                int count = SD__MIN(head_chunk, heads - h0), rows = SD__MIN(row_chunk, lq - r0);
                /* element offsets of this chunk's first head in k / v, and of its first row in q / y */
                const sd__cu_ptr kv_at = ((sd__cu_ptr)bn * lk * width + (sd__cu_ptr)h0 * d) * cb->elt;
                const sd__cu_ptr q_at = (((sd__cu_ptr)bn * lq + (sd__cu_ptr)r0) * width + (sd__cu_ptr)h0 * d) * cb->elt;
                const long long score_stride = (long long)rows * lk;
                void *params[6];
                /* scores^T (lk x rows per head, column-major) = k_h (d x lk)^T q_h (d x rows) */
                if (!sd__cuda_blas_ok(cb, cb->api.cublasGemmStridedBatchedEx(
                                              cb->blas, (sd__blas_op)SD__CUBLAS_OP_T, (sd__blas_op)SD__CUBLAS_OP_N, lk, rows,
                                              d, &scale, (const void *)(uintptr_t)(sd__cuda_ptr(k) + kv_at), cb->blas_type,
                                              width, d, (const void *)(uintptr_t)(sd__cuda_ptr(q) + q_at), cb->blas_type,
                                              width, d, &zero, (void *)(uintptr_t)scores, (sd__blas_type)SD__CUDA_R_32F, lk,
                                              score_stride, count, cb->blas_compute,
                                              (sd__blas_algo)SD__CUBLAS_GEMM_DEFAULT),
                                      "attention scores (cublasGemmStridedBatchedEx)"))
                    break;
                params[0] = &scores; params[1] = &probs; params[2] = &lk; params[3] = &rows; params[4] = &r0;
                params[5] = &causal;
                sd__cuda_launch(cb, SD__K_SOFTMAX, (unsigned)(count * rows), 1, lk >= 1024 ? 256 : 128, params);
                /* y_h^T (d x rows) = v_h^T (d x lk, column-major) p^T (lk x rows) */
                sd__cuda_blas_ok(cb, cb->api.cublasGemmStridedBatchedEx(
                                         cb->blas, (sd__blas_op)SD__CUBLAS_OP_N, (sd__blas_op)SD__CUBLAS_OP_N, d, rows, lk, &one,
                                         (const void *)(uintptr_t)(sd__cuda_ptr(v) + kv_at), cb->blas_type, width, d,
                                         (const void *)(uintptr_t)probs, cb->blas_type, lk, score_stride, &zero,
                                         (void *)(uintptr_t)(sd__cuda_ptr(y) + q_at), cb->blas_type, width, d, count,
                                         cb->blas_compute, (sd__blas_algo)SD__CUBLAS_GEMM_DEFAULT),
                                 "attention output (cublasGemmStridedBatchedEx)");
            }
}

#endif /* SD__CUDA */

/* ---- src/backend/cuda/eltwise.c ---- */
/* ============================================================================================
   CUDA backend: elementwise ops, upsample, concat, timestep embedding, the denoising step
   ============================================================================================ */
#ifdef SD__CUDA
static void sd__cuda_activation(sd__backend *b, const sd__tensor *x, sd__activation act, sd__tensor *y) {
    sd__cuda_backend *cb = (sd__cuda_backend *)b;
    const sd__tensor *args[2];
    sd__cu_ptr xp, yp;
    long long n;
    int kind = (int)act;
    void *params[4];
    args[0] = x; args[1] = y;
    if (!sd__cuda_begin(b, "activation", args, 2) || !sd__activation_args_ok(b, x, act, y)) return;
    xp = sd__cuda_ptr(x); yp = sd__cuda_ptr(y);
    n = (long long)sd__tensor_count(x);
    params[0] = &xp; params[1] = &yp; params[2] = &n; params[3] = &kind;
    sd__cuda_launch(cb, SD__K_ACTIVATION, sd__cuda_grid(n), 1, SD__CUDA_BLOCK, params);
}

static void sd__cuda_geglu(sd__backend *b, const sd__tensor *x, sd__tensor *y) {
    sd__cuda_backend *cb = (sd__cuda_backend *)b;
    const sd__tensor *args[2];
    sd__cu_ptr xp, yp;
    long long n;
    int half;
    void *params[4];
    args[0] = x; args[1] = y;
    if (!sd__cuda_begin(b, "geglu", args, 2) || !sd__geglu_args_ok(b, x, y)) return;
    xp = sd__cuda_ptr(x); yp = sd__cuda_ptr(y);
    n = (long long)sd__tensor_count(y);
    half = y->c;
    params[0] = &xp; params[1] = &yp; params[2] = &n; params[3] = &half;
    sd__cuda_launch(cb, SD__K_GEGLU, sd__cuda_grid(n), 1, SD__CUDA_BLOCK, params);
}

static void sd__cuda_add(sd__backend *b, const sd__tensor *a, const sd__tensor *bt, float alpha, float beta, sd__tensor *y) {
    sd__cuda_backend *cb = (sd__cuda_backend *)b;
    const sd__tensor *args[3];
    sd__cu_ptr ap, bp, yp;
    long long n, sample;
    int broadcast, c;
    void *params[8];
    args[0] = a; args[1] = bt; args[2] = y;
    if (!sd__cuda_begin(b, "add", args, 3) || !sd__add_args_ok(b, a, bt, y, &broadcast)) return;
    ap = sd__cuda_ptr(a); bp = sd__cuda_ptr(bt); yp = sd__cuda_ptr(y);
    n = (long long)sd__tensor_count(a);
    c = a->c;
    sample = broadcast ? (long long)a->h * a->w * a->c : 0;
    params[0] = &ap; params[1] = &bp; params[2] = &yp; params[3] = &n; params[4] = &alpha; params[5] = &beta;
    params[6] = &c; params[7] = &sample;
    sd__cuda_launch(cb, SD__K_ADD, sd__cuda_grid(n), 1, SD__CUDA_BLOCK, params);
}

static void sd__cuda_upsample(sd__backend *b, const sd__tensor *x, sd__tensor *y) {
    sd__cuda_backend *cb = (sd__cuda_backend *)b;
    const sd__tensor *args[2];
    sd__cu_ptr xp, yp;
    long long n;
    int ih, iw, oh, ow, c;
    float scale_h, scale_w;
    void *params[10];
    args[0] = x; args[1] = y;
    if (!sd__cuda_begin(b, "upsample", args, 2) || !sd__upsample_args_ok(b, x, y)) return;
    xp = sd__cuda_ptr(x); yp = sd__cuda_ptr(y);
    ih = x->h; iw = x->w; oh = y->h; ow = y->w; c = x->c;
    scale_h = (float)ih / (float)oh; /* torch's float scale (see sd__nearest_index) */
    scale_w = (float)iw / (float)ow;
    n = (long long)sd__tensor_count(y);
    params[0] = &xp; params[1] = &yp; params[2] = &ih; params[3] = &iw; params[4] = &oh; params[5] = &ow;
    params[6] = &c; params[7] = &scale_h; params[8] = &scale_w; params[9] = &n;
    sd__cuda_launch(cb, SD__K_UPSAMPLE, sd__cuda_grid(n), 1, SD__CUDA_BLOCK, params);
}

static void sd__cuda_concat(sd__backend *b, const sd__tensor *a, const sd__tensor *bt, sd__tensor *y) {
    sd__cuda_backend *cb = (sd__cuda_backend *)b;
    const sd__tensor *args[3];
    sd__cu_ptr ap, bp, yp;
    long long n;
    int ca, cbt;
    void *params[6];
    args[0] = a; args[1] = bt; args[2] = y;
    if (!sd__cuda_begin(b, "concat", args, 3) || !sd__concat_args_ok(b, a, bt, y)) return;
    ap = sd__cuda_ptr(a); bp = sd__cuda_ptr(bt); yp = sd__cuda_ptr(y);
    n = (long long)sd__tensor_count(y);
    ca = a->c;
    cbt = bt->c;
    params[0] = &ap; params[1] = &bp; params[2] = &yp; params[3] = &n; params[4] = &ca; params[5] = &cbt;
    sd__cuda_launch(cb, SD__K_CONCAT, sd__cuda_grid(n), 1, SD__CUDA_BLOCK, params);
}

static void sd__cuda_timestep_embedding(sd__backend *b, const sd__tensor *timesteps, int flip_sin_to_cos, float freq_shift,
                                        sd__tensor *y) {
    sd__cuda_backend *cb = (sd__cuda_backend *)b;
    sd__cu_ptr tp, yp;
    int count, rows = y->n, dim = y->c, flip = flip_sin_to_cos;
    void *params[7];
    if (!sd__cuda_begin(b, "timestep_embedding", (const sd__tensor *const *)&y, 1) ||
        !sd__timestep_embedding_args_ok(b, timesteps, freq_shift, y))
        return;
    tp = sd__cuda_ptr(timesteps); yp = sd__cuda_ptr(y);
    count = (int)sd__tensor_count(timesteps);
    params[0] = &tp; params[1] = &count; params[2] = &yp; params[3] = &rows; params[4] = &dim; params[5] = &flip;
    params[6] = &freq_shift;
    sd__cuda_launch(cb, SD__K_TIMESTEP_EMBEDDING, sd__cuda_grid((long long)rows * (dim / 2)), 1, SD__CUDA_BLOCK, params);
}

static void sd__cuda_denoise_input(sd__backend *b, const sd__tensor *latents, const sd__tensor *plan, sd__tensor *x) {
    sd__cuda_backend *cb = (sd__cuda_backend *)b;
    sd__cu_ptr lp, pp, xp;
    long long n;
    int copies;
    void *params[5];
    if (!sd__cuda_begin(b, "denoise_input", (const sd__tensor *const *)&x, 1) ||
        !sd__denoise_args_ok(b, "denoise_input", x, NULL, plan, latents, NULL))
        return;
    lp = sd__cuda_ptr(latents); pp = sd__cuda_ptr(plan); xp = sd__cuda_ptr(x);
    n = (long long)sd__tensor_count(latents);
    copies = x->n / latents->n;
    params[0] = &lp; params[1] = &pp; params[2] = &xp; params[3] = &n; params[4] = &copies;
    sd__cuda_launch(cb, SD__K_DENOISE_INPUT, sd__cuda_grid(n * copies), 1, SD__CUDA_BLOCK, params);
}

static void sd__cuda_denoise_step(sd__backend *b, const sd__tensor *prediction, const sd__tensor *noise, sd__tensor *plan,
                                  sd__tensor *latents, sd__tensor *aux) {
    sd__cuda_backend *cb = (sd__cuda_backend *)b;
    sd__cu_ptr pred, zp, pp, lp, ap;
    long long n;
    int guided;
    void *params[7];
    if (!sd__cuda_begin(b, "denoise_step", &prediction, 1) ||
        !sd__denoise_args_ok(b, "denoise_step", prediction, noise, plan, latents, aux))
        return;
    pred = sd__cuda_ptr(prediction); zp = noise ? sd__cuda_ptr(noise) : 0; pp = sd__cuda_ptr(plan);
    lp = sd__cuda_ptr(latents); ap = sd__cuda_ptr(aux);
    n = (long long)sd__tensor_count(latents);
    guided = prediction->n != latents->n;
    params[0] = &pred; params[1] = &guided; params[2] = &zp; params[3] = &pp; params[4] = &lp; params[5] = &ap; params[6] = &n;
    sd__cuda_launch(cb, SD__K_DENOISE_STEP, sd__cuda_grid(n), 1, SD__CUDA_BLOCK, params);
}

#endif /* SD__CUDA */

/* ---- src/backend/cuda/create.c ---- */
/* ============================================================================================
   CUDA backend: work memory, creation
   ============================================================================================ */
#ifdef SD__CUDA
static size_t sd__cuda_work_bytes(sd__backend *b, const sd__op_call *call) {
    const sd__cuda_backend *cb = (const sd__cuda_backend *)b;
    size_t size;
    int i, j;
    switch (call->kind) {
    case SD__OP_WRITE: case SD__OP_READ: return sd__cuda_copy_work(cb, call->x);
    case SD__OP_CONV2D: return sd__cuda_conv_work(cb, call->x, call->w, call->y, call->stride, &i);
    case SD__OP_GROUP_NORM: return sd__cuda_group_norm_work(call->x, call->groups, &i, &size);
    case SD__OP_ATTENTION: /* the flash kernel needs none */
        if (sd__cuda_flash_kernel(cb, call->x, call->heads, call->heads_per_pass) >= 0) return 0;
        return sd__cuda_attention_work(cb, call->x, call->w, call->heads, call->heads_per_pass, &i, &j, &size);
    default: return 0;
    }
}

static void sd__cuda_reserve_work(sd__backend *b, size_t bytes) {
    sd__cuda_backend *cb = (sd__cuda_backend *)b;
    if (!b->status && sd__cuda_enter(cb)) sd__cuda_work(cb, bytes);
}

static void sd__cuda_destroy(sd__backend *b) {
    sd__cuda_backend *cb = (sd__cuda_backend *)b;
    sd__env *env;
    size_t i;
    if (!cb) return;
    env = b->env;
    if (cb->context) {
        cb->api.cuCtxSetCurrent(cb->context);
        if (cb->stream) cb->api.cuStreamSynchronize(cb->stream);
        sd__cuda_trim(cb);
        for (i = 0; i < cb->live_count; i++) cb->api.cuMemFree(cb->live[i].ptr); /* tensors the caller kept */
        if (cb->blas) cb->api.cublasDestroy(cb->blas);
        if (cb->module) cb->api.cuModuleUnload(cb->module);
        if (cb->copy_stream) cb->api.cuStreamSynchronize(cb->copy_stream);
        for (i = 0; i < SD__CUDA_COPY_EVENTS; i++)
            if (cb->copied[i]) cb->api.cuEventDestroy(cb->copied[i]);
        if (cb->ops_issued) cb->api.cuEventDestroy(cb->ops_issued);
        if (cb->pinned_free) cb->api.cuEventDestroy(cb->pinned_free);
        if (cb->pinned) cb->api.cuMemFreeHost(cb->pinned);
        for (i = 0; i < 2; i++)
            if (cb->timing[i]) cb->api.cuEventDestroy(cb->timing[i]);
        if (cb->copy_stream) cb->api.cuStreamDestroy(cb->copy_stream);
        if (cb->stream) cb->api.cuStreamDestroy(cb->stream);
        cb->api.cuDevicePrimaryCtxRelease(cb->device);
    }
    sd__cuda_unload(&cb->api, cb->started);
    sd__free(env, cb->live);
    sd__free(env, cb->cached);
    sd__tune_free(env, &cb->tune);
    sd__free(env, cb->tune_path);
    sd__free(env, cb);
}

/* Where the kernels come from: `explicit_path` (sd_desc.kernels_path), else $SD_KERNELS, else the
   ones compiled in (SD_EMBED_KERNELS: *out stays NULL), else kernels.ptx in the executable's
   folder, else in the current folder. A given path may name the file or its folder; it must
   exist. The path is allocated. */
static sd_result sd__cuda_find_kernels(sd__env *env, const char *explicit_path, char **out) {
    const char *given = explicit_path && *explicit_path ? explicit_path : getenv("SD_KERNELS");
    const char *source = explicit_path && *explicit_path ? "sd_desc.kernels_path" : "$SD_KERNELS";
    char exe[4096], *path;
    ssize_t len;
    *out = NULL;
    if (given && *given) {
        path = sd__is_dir(given) ? sd__path_join(env, given, "kernels.ptx") : sd__strdup(env, given);
        if (!path) return sd__oom(env);
        if (!sd__is_file(path)) {
            sd__fail(env, SD_ERR_BACKEND, "CUDA kernels not found: '%s' (from %s) is not a file", path, source);
            sd__free(env, path);
            return SD_ERR_BACKEND;
        }
        *out = path;
        return SD_OK;
    }
#ifdef SD_EMBED_KERNELS
    return SD_OK;
#endif
    len = readlink("/proc/self/exe", exe, sizeof exe - 1); /* Linux; elsewhere the folder is skipped */
    if (len > 0) {
        char *slash;
        exe[len] = 0;
        slash = strrchr(exe, '/');
        if (slash) *slash = 0;
        if (!(path = sd__path_join(env, exe, "kernels.ptx"))) return sd__oom(env);
        if (sd__is_file(path)) {
            *out = path;
            return SD_OK;
        }
        sd__free(env, path);
    } else {
        exe[0] = 0;
    }
    if (sd__is_file("kernels.ptx")) {
        *out = sd__strdup(env, "kernels.ptx");
        return *out ? SD_OK : sd__oom(env);
    }
    return sd__fail(env, SD_ERR_BACKEND,
                    "CUDA kernels not found: no kernels.ptx in the executable's folder ('%s') or the current folder; "
                    "set sd_desc.kernels_path (sd --kernels) or $SD_KERNELS, or build with SD_EMBED_KERNELS",
                    exe);
}

/* The text of the kernels: the file at path, or with path NULL the compiled-in chunks joined. */
static sd_result sd__cuda_read_kernels(sd__env *env, const char *path, char **ptx) {
#ifdef SD_EMBED_KERNELS
    if (!path) {
        size_t bytes = 1, i, at = 0;
        for (i = 0; sd__embedded_ptx[i]; i++) bytes += strlen(sd__embedded_ptx[i]);
        if (!(*ptx = (char *)sd__malloc(env, bytes))) return sd__oom(env);
        for (i = 0; sd__embedded_ptx[i]; i++) {
            const size_t n = strlen(sd__embedded_ptx[i]);
            memcpy(*ptx + at, sd__embedded_ptx[i], n);
            at += n;
        }
        (*ptx)[at] = 0;
        return SD_OK;
    }
#endif
    return sd__read_file(env, path, (size_t)256 << 20, ptx, NULL);
}

/* JIT-compiles kernels.ptx for the device and finds every kernel for the backend's dtype. */
static sd_result sd__cuda_load_kernels(sd__cuda_backend *cb, const char *kernels_path) {
    sd__env *env = cb->base.env;
    char *path = NULL, *ptx = NULL, log[2048];
    const char *what;
    sd__cu_jit_option options[2];
    void *values[2];
    sd__cu_result r;
    sd_result result;
    int i;
    if ((result = sd__cuda_find_kernels(env, kernels_path, &path)) != SD_OK) return result;
    if ((result = sd__cuda_read_kernels(env, path, &ptx)) != SD_OK) {
        sd__free(env, path);
        return result;
    }
    what = path ? path : "(compiled in)";
    log[0] = 0;
    options[0] = (sd__cu_jit_option)SD__CU_JIT_ERROR_LOG_BUFFER;
    values[0] = log;
    options[1] = (sd__cu_jit_option)SD__CU_JIT_ERROR_LOG_BUFFER_SIZE_BYTES;
    values[1] = (void *)(uintptr_t)sizeof log;
    cb->ptx_hash = sd__fnv1a64(ptx, strlen(ptx));
    r = cb->api.cuModuleLoadDataEx(&cb->module, ptx, 2, options, values);
    sd__free(env, ptx);
    if (r != SD__CUDA_SUCCESS) {
        const char *text = NULL;
        cb->module = NULL;
        log[sizeof log - 1] = 0;
        cb->api.cuGetErrorString(r, &text);
        sd__fail(env, SD_ERR_BACKEND, "cannot load the CUDA kernels '%s' for sm_%d: %s (CUDA error %d)%s%s%s", what, cb->cc,
                 text ? text : "unknown error", (int)r,
                 r == SD__CUDA_ERROR_UNSUPPORTED_PTX_VERSION ? "; the driver is older than the PTX needs (CUDA 12.0, "
                                                               "driver R525): update the driver" : "",
                 log[0] ? "; JIT log: " : "", log);
        sd__free(env, path);
        return SD_ERR_BACKEND;
    }
    for (i = 0; i < SD__K_COUNT; i++) {
        const char *suffix = sd__cuda_kernels[i].by_size ? (cb->elt == 4 ? "b32" : "b16")
                             : cb->dtype == SD__F32 ? "f32" : cb->dtype == SD__F16 ? "f16" : "bf16";
        if ((i == SD__K_CAST_IN || i == SD__K_CAST_OUT || (i >= SD__K_FLASH_D40 && i <= SD__K_FLASH_D160) ||
             i >= SD__K_CONV_128X128) &&
            cb->dtype == SD__F32)
            continue;
        snprintf(cb->kernel_names[i], sizeof cb->kernel_names[i], sd__cuda_kernels[i].pattern, suffix);
        if (cb->api.cuModuleGetFunction(&cb->kernels[i], cb->module, cb->kernel_names[i]) != SD__CUDA_SUCCESS) {
            sd__fail(env, SD_ERR_BACKEND, "the CUDA kernels '%s' lack %s: rebuild them with tools/build_kernels.sh", what,
                     cb->kernel_names[i]);
            sd__free(env, path);
            return SD_ERR_BACKEND;
        }
    }
    sd__log(env, SD_LOG_DEBUG, "cuda backend: kernels from %s", what);
    sd__free(env, path);
    return SD_OK;
}

/* Storage type and cuBLAS settings for a precision: fp32 is cuBLAS's pedantic float (no TF32,
   whatever NVIDIA_TF32_OVERRIDE says), tf32 lets it round GEMM inputs to TF32 on tensor cores,
   fp16 and bf16 store 16-bit values and accumulate in float (no reduced-precision split-K). */
static sd_result sd__cuda_set_precision(sd__cuda_backend *cb, sd_precision precision) {
    switch (precision) {
    case SD_PRECISION_FP32:
    case SD_PRECISION_TF32:
        cb->dtype = SD__F32;
        cb->blas_type = (sd__blas_type)SD__CUDA_R_32F;
        cb->blas_compute = (sd__blas_compute)(precision == SD_PRECISION_FP32 ? SD__CUBLAS_COMPUTE_32F_PEDANTIC
                                                                             : SD__CUBLAS_COMPUTE_32F_FAST_TF32);
        cb->blas_math = (sd__blas_math)(precision == SD_PRECISION_FP32 ? SD__CUBLAS_PEDANTIC_MATH : SD__CUBLAS_TF32_TENSOR_OP_MATH);
        break;
    case SD_PRECISION_FP16:
    case SD_PRECISION_BF16:
        cb->dtype = precision == SD_PRECISION_FP16 ? SD__F16 : SD__BF16;
        cb->blas_type = (sd__blas_type)(precision == SD_PRECISION_FP16 ? SD__CUDA_R_16F : SD__CUDA_R_16BF);
        cb->blas_compute = (sd__blas_compute)SD__CUBLAS_COMPUTE_32F;
        cb->blas_math = (sd__blas_math)(SD__CUBLAS_DEFAULT_MATH | SD__CUBLAS_MATH_DISALLOW_REDUCED_PRECISION_REDUCTION);
        break;
    default:
        return sd__fail(cb->base.env, SD_ERR_INVALID_ARGUMENT, "cuda backend: unknown precision %d", (int)precision);
    }
    cb->elt = cb->dtype == SD__F32 ? 4 : 2;
    cb->base.dtype = cb->dtype;
    return SD_OK;
}

/* Device `ordinal`'s handle, name and properties; the context, streams and cuBLAS (with the
   precision's math mode) on it. */
static sd_result sd__cuda_open_device(sd__cuda_backend *cb, int ordinal) {
    sd__env *env = cb->base.env;
    int count = 0, major = 0, minor = 0, i;
    sd__cu_result r;
    if ((r = cb->api.cuDeviceGetCount(&count)) != SD__CUDA_SUCCESS || count == 0)
        return sd__fail(env, SD_ERR_BACKEND, "no CUDA device: the driver reports none");
    if (ordinal >= count)
        return sd__fail(env, SD_ERR_BACKEND, "CUDA device %d does not exist: there %s %d", ordinal, count == 1 ? "is" : "are", count);
    if (!sd__cuda_ok(cb, cb->api.cuDeviceGet(&cb->device, ordinal), "cuDeviceGet") ||
        !sd__cuda_ok(cb, cb->api.cuDeviceGetName(cb->name, (int)sizeof cb->name, cb->device), "cuDeviceGetName") ||
        !sd__cuda_ok(cb, cb->api.cuDeviceGetAttribute(&major, (sd__cu_attribute)SD__CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR, cb->device),
                     "cuDeviceGetAttribute") ||
        !sd__cuda_ok(cb, cb->api.cuDeviceGetAttribute(&minor, (sd__cu_attribute)SD__CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR, cb->device),
                     "cuDeviceGetAttribute") ||
        !sd__cuda_ok(cb, cb->api.cuDeviceGetAttribute(&cb->sm_count, (sd__cu_attribute)SD__CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT, cb->device),
                     "cuDeviceGetAttribute"))
        return cb->base.status;
    cb->name[sizeof cb->name - 1] = 0;
    cb->cc = 10 * major + minor;
    if (cb->cc < SD__CUDA_MIN_CC)
        return sd__fail(env, SD_ERR_BACKEND,
                        "CUDA device %d (%s) has compute capability %d.%d; the CUDA backend needs %d.%d (Ampere) or newer",
                        ordinal, cb->name, major, minor, SD__CUDA_MIN_CC / 10, SD__CUDA_MIN_CC % 10);
    if (!sd__cuda_ok(cb, cb->api.cuDevicePrimaryCtxRetain(&cb->context, cb->device), "cannot retain the device's primary context"))
        return cb->base.status;
    if (!sd__cuda_enter(cb) ||
        !sd__cuda_ok(cb, cb->api.cuStreamCreate(&cb->stream, SD__CU_STREAM_NON_BLOCKING), "cuStreamCreate") ||
        !sd__cuda_ok(cb, cb->api.cuStreamCreate(&cb->copy_stream, SD__CU_STREAM_NON_BLOCKING), "cuStreamCreate") ||
        !sd__cuda_ok(cb, cb->api.cuEventCreate(&cb->ops_issued, SD__CU_EVENT_DISABLE_TIMING), "cuEventCreate") ||
        !sd__cuda_ok(cb, cb->api.cuEventCreate(&cb->pinned_free, SD__CU_EVENT_DISABLE_TIMING), "cuEventCreate"))
        return cb->base.status;
    for (i = 0; i < 2; i++)
        if (!sd__cuda_ok(cb, cb->api.cuEventCreate(&cb->timing[i], 0), "cuEventCreate")) {
            cb->timing[i] = NULL;
            return cb->base.status;
        }
    for (i = 0; i < SD__CUDA_COPY_EVENTS; i++)
        if (!sd__cuda_ok(cb, cb->api.cuEventCreate(&cb->copied[i], SD__CU_EVENT_DISABLE_TIMING), "cuEventCreate")) {
            cb->copied[i] = NULL;
            return cb->base.status;
        }
    return SD_OK;
}

/* cuBLAS on the open device: the first of sd__cuda_blas_libs that loads, is version 12 or 13 and
   creates a handle. One that fails stays loaded (see sd__cuda_unload) and the next is tried; the
   error lists every attempt, and starts "no cuBLAS" when none loaded at all. */
static sd_result sd__cuda_start_blas(sd__cuda_backend *cb) {
    sd__env *env = cb->base.env;
    const sd_logger logger = env->logger;
    char tried[768];
    size_t used = 0, i;
    int loaded = 0;
    tried[0] = 0;
    env->logger.func = NULL; /* a failed attempt is no ERROR line: the attempts are reported together */
    for (i = 0; sd__cuda_blas_libs[i]; i++) {
        const char *one[2];
        sd__blas_status status;
        one[0] = sd__cuda_blas_libs[i];
        one[1] = NULL;
        if (sd__cuda_load_blas(env, one, &cb->api, &cb->blas_version) == SD_OK) {
            const char *name;
            loaded = 1;
            if ((status = cb->api.cublasCreate(&cb->blas)) == SD__CUBLAS_STATUS_SUCCESS) break;
            cb->blas = NULL;
            name = sd__cublas_status_name((int)status);
            if (used < sizeof tried)
                used += (size_t)snprintf(tried + used, sizeof tried - used, "%s%s (cuBLAS %d.%d.%d): cublasCreate failed: %s "
                                         "(cuBLAS status %d)", used ? "; " : "", one[0], cb->blas_version / 10000,
                                         cb->blas_version / 100 % 100, cb->blas_version % 100,
                                         name ? name : "unknown status", (int)status);
        } else if (used < sizeof tried) { /* dlerror's words, which name the file */
            const char *why = strncmp(env->message, "no cuBLAS: ", 11) == 0 ? env->message + 11 : env->message;
            used += (size_t)snprintf(tried + used, sizeof tried - used, "%s%s", used ? "; " : "", why);
        }
        sd__clear_error(env);
    }
    env->logger = logger;
    if (!cb->blas)
        return sd__fail(env, SD_ERR_BACKEND, "%s: %s", loaded ? "cuBLAS does not start on this driver" : "no cuBLAS", tried);
    if (tried[0]) sd__log(env, SD_LOG_INFO, "cuda backend: using %s after: %s", sd__cuda_blas_libs[i], tried);
    if (!sd__cuda_blas_ok(cb, cb->api.cublasSetStream(cb->blas, cb->stream), "cublasSetStream") ||
        !sd__cuda_blas_ok(cb, cb->api.cublasSetMathMode(cb->blas, cb->blas_math), "cublasSetMathMode"))
        return cb->base.status;
    return SD_OK;
}

/* Autotune is on with SD_ON (the pipeline's default, SD_DEFAULT_AUTOTUNE) unless $SD_AUTOTUNE is
   0; the device key names the GPU, its compute capability, this library, cuBLAS and kernels.ptx,
   so a change of any of them tunes again. */
static void sd__cuda_start_autotune(sd__cuda_backend *cb, sd_toggle autotune) {
    const char *setting = getenv("SD_AUTOTUNE");
    char device[SD__TUNE_KEY];
    cb->autotune = autotune == SD_ON && !(setting && strcmp(setting, "0") == 0);
    if (!cb->autotune) return;
    snprintf(device, sizeof device, "%s sm_%d sd_single %s cublas %d ptx %016llx", cb->name, cb->cc, SD_VERSION_STRING,
             cb->blas_version, cb->ptx_hash);
    sd__tune_clean(cb->tune.device, sizeof cb->tune.device, device);
    cb->tune_path = sd__tune_path(cb->base.env);
    sd__tune_load(cb->base.env, &cb->tune, cb->tune_path);
    sd__log(cb->base.env, SD_LOG_DEBUG, "cuda backend: autotune on, cache '%s'", cb->tune_path ? cb->tune_path : "(none: no $HOME)");
}

/* A CUDA backend on desc->device at desc->precision (SD_PRECISION_DEFAULT: fp16), with
   desc->vram_budget and desc->kernels_path. The error message says why it is unavailable:
   "no CUDA driver: ..." and "no CUDA device: ..." when the machine has none. */
static sd_result sd__cuda_backend_create(sd__env *env, const sd_desc *desc, sd__backend **out) {
    static const sd__backend_ops ops = {
        "cuda", sd__cuda_destroy, sd__cuda_alloc_op, sd__cuda_release, sd__cuda_weight_bytes, sd__cuda_upload_weight,
        sd__cuda_mem_alloc, sd__cuda_mem_free, sd__cuda_copy, sd__cuda_prefetch, sd__cuda_await_copy, sd__cuda_write,
        sd__cuda_read, sd__cuda_conv2d, sd__cuda_linear, sd__cuda_group_norm, sd__cuda_layer_norm, sd__cuda_attention,
        sd__cuda_activation, sd__cuda_geglu, sd__cuda_add, sd__cuda_upsample, sd__cuda_concat,
        sd__cuda_timestep_embedding, sd__cuda_work_bytes, sd__cuda_reserve_work, sd__cuda_denoise_input,
        sd__cuda_denoise_step, sd__cuda_graph_begin, sd__cuda_graph_end, sd__cuda_graph_launch, sd__cuda_graph_free};
    const sd_precision precision = desc->precision ? desc->precision : SD_PRECISION_FP16;
    sd__cuda_backend *cb;
    sd__cu_result r;
    sd_result result;
    size_t free_bytes = 0, total_bytes = 0;
    *out = NULL;
    if (!(cb = (sd__cuda_backend *)sd__calloc(env, 1, sizeof *cb))) return sd__oom(env);
    cb->base.ops = &ops;
    cb->base.env = env;
    cb->budget = desc->vram_budget;
    cb->im2col_bytes = SD__CUDA_IM2COL_BYTES;
    cb->score_bytes = SD__CUDA_SCORE_BYTES;
    cb->stage_bytes = SD__CUDA_STAGE_BYTES;
    cb->flash_attention = 1;
    cb->conv_way = -1;
    cb->tune.names = sd__cuda_conv_way_names;
    cb->tune.name_count = SD__CONV_WAYS;
    if ((result = sd__cuda_load_driver(env, sd__cuda_driver_libs, &cb->api)) != SD_OK) goto fail;
    if ((r = cb->api.cuInit(0)) != SD__CUDA_SUCCESS) {
        const char *text = NULL;
        cb->api.cuGetErrorString(r, &text);
        result = sd__fail(env, SD_ERR_BACKEND, "%s: cuInit failed: %s (CUDA error %d)",
                          r == SD__CUDA_ERROR_NO_DEVICE ? "no CUDA device"
                          : r == SD__CUDA_ERROR_STUB_LIBRARY ? "no CUDA driver (libcuda.so.1 is the SDK's stub)"
                                                              : "the CUDA driver failed to start",
                          text ? text : "unknown error", (int)r);
        goto fail;
    }
    cb->started = 1;
    cb->api.cuDriverGetVersion(&cb->driver_version);
    if ((result = sd__cuda_set_precision(cb, precision)) != SD_OK ||
        (result = sd__cuda_open_device(cb, desc->device)) != SD_OK || (result = sd__cuda_start_blas(cb)) != SD_OK ||
        (result = sd__cuda_load_kernels(cb, desc->kernels_path)) != SD_OK)
        goto fail;
    sd__cuda_start_autotune(cb, desc->autotune);
    cb->api.cuMemGetInfo(&free_bytes, &total_bytes);
    sd__log(env, SD_LOG_INFO,
            "cuda backend: device %d %s (sm_%d, %d SMs, %.1f of %.1f GiB free), driver %d.%d, cuBLAS %d.%d.%d, %s storage",
            desc->device, cb->name, cb->cc, cb->sm_count, (double)free_bytes / 1073741824.0,
            (double)total_bytes / 1073741824.0, cb->driver_version / 1000, cb->driver_version % 1000 / 10,
            cb->blas_version / 10000, cb->blas_version / 100 % 100, cb->blas_version % 100, sd__dtype_name(cb->dtype));
    *out = &cb->base;
    return SD_OK;
fail:
    sd__cuda_destroy(&cb->base);
    return result;
}

#else /* no CUDA backend in this build */
static sd_result sd__cuda_backend_create(sd__env *env, const sd_desc *desc, sd__backend **out) {
    (void)desc;
    *out = NULL;
    return sd__fail(env, SD_ERR_BACKEND, "no CUDA backend in this build (compiled with SD_NO_CUDA or for 32 bits)");
}
#endif

/* ---- src/backend/weights.c ---- */
/* ============================================================================================
   Weight store: one block of backend memory per model, and CPU offload
   ============================================================================================ */
/* Loading runs twice. The first pass only measures: the backend memory of every weight, in load
   order, and where each block of layers (a resnet, a transformer block, a CLIP layer) begins.
   Then the store plans where every weight goes, checks the memory budget, allocates, and the
   second pass converts every weight straight into its place.

   Without offload each model (text encoder, UNet, VAE decoder, VAE encoder) is one block of
   backend memory. With offload every converted weight lives in host memory (pinned on CUDA) and
   the models run from a window of backend memory into which weights are copied when used. The
   unit of copying is a segment: consecutive blocks of one model, merged up to the size of the
   largest block. Every weight points into the window at a fixed place, so the models' tensors
   never change:
   - model offload lays each model's segments out contiguously, the text encoder at the end of
     a window as large as the largest model and the others at its start, so a model stays
     resident while it runs and the text encoder and the VAE, which fit side by side there in
     SD, do not evict each other;
   - sequential offload alternates the segments of a model between two slots, each as large as
     the largest segment of its parity: the window holds two segments.
   On a backend whose memory is the host's (the CPU), sequential offload keeps no host copy: a
   segment that comes into the window is converted again from the model file (pages the page cache
   holds, released again once read), so the weights take only the window; each weight's recipe
   (file part, name, shape, kind) is noted in the measuring pass (sd__weights_note).
   The layer helpers touch the segment of the weights they use (sd__weights_use). A segment that
   is not resident is copied in order with the ops (a miss). Then the segments that follow it
   are prefetched beside the ops (on CUDA's copy stream) while none overlaps a segment that will
   run before it: the rest of the model in load order, which is the order of its forward pass,
   then the model the pipeline says runs next (sd__weights_expect). In sequential mode that is
   the double buffer: segment i runs while i + 1 arrives. The CPU backend runs the same logic
   with memcpy as the copy, so its tests cover it. */
typedef enum sd__wpart { SD__WP_TEXT, SD__WP_UNET, SD__WP_DECODER, SD__WP_ENCODER, SD__WP_COUNT } sd__wpart;
static const char *const sd__wpart_names[SD__WP_COUNT] = {"the text encoder", "the UNet", "the VAE decoder", "the VAE encoder"};
static const char *const sd__offload_names[] = {"default", "none", "model", "sequential"};

#define SD__WEIGHT_ALIGN 256 /* every weight's offset in a block */
#define SD__PREFETCH_RANGES 8 /* the window ranges a prefetch walk keeps apart (see sd__weights_prefetch) */

typedef struct sd__wrecord {
    size_t bytes;       /* rounded up to SD__WEIGHT_ALIGN */
    int part;
    int block_start;    /* the first weight of a block of layers (or of its model) */
    int segment_start;  /* planned: the first weight of a segment */
    int segment;        /* planned: its segment, and its offset there */
    size_t offset;
    /* re-reading offload: how to convert it again */
    int model_part;     /* sd__part */
    int kind;           /* sd__weight_kind */
    int rank;
    long long dims[4];
    sd__tensor shape;   /* as the backend was given it (dims and dtype hint) */
    size_t name_at;     /* in sd__weights.names */
} sd__wrecord;

typedef struct sd__wsegment {
    int part;
    size_t bytes;
    size_t part_offset;          /* in its model's block (no offload) */
    size_t host_offset;          /* offload: in the host copy */
    size_t window_offset;        /* offload: in the window */
    unsigned long long ticket;   /* the prefetch that brings it in; 0: none */
    int resident;                /* offload: its weights are in the window */
} sd__wsegment;

struct sd__weights {
    sd__backend *b;
    sd_offload mode;
    int measuring;              /* 1: the first load pass; 0: weights are placed */
    int part, block_pending;    /* the model being loaded; the next weight starts a block */
    sd__wrecord *records;
    size_t record_count, record_cap, cursor;
    sd__wsegment *segments;
    int segment_count;
    int first[SD__WP_COUNT], end[SD__WP_COUNT]; /* each model's segments */
    size_t part_bytes[SD__WP_COUNT];
    void *blocks[SD__WP_COUNT]; /* no offload: one block per model */
    unsigned char *window, *host;
    size_t window_bytes, host_bytes;
    size_t need[4];             /* backend memory for the weights in each offload mode (by sd_offload) */
    int current;                /* the segment touched last; -1: none */
    int next_part;              /* the model expected after the current one; -1: none */
    unsigned long long last_ticket, awaited;
    int reread;                 /* sequential offload without a host copy (see above) */
    const sd__model *model;
    char *names;                /* the weights' names, NUL-terminated one after the other */
    size_t names_size, names_cap;
    float *scratch;             /* one weight in float32, for re-reading */
    /* counters for logs and tests */
    unsigned long long misses, prefetches;
    size_t copied_bytes;
};

static sd_result sd__weights_create(sd__env *env, sd__backend *b, sd_offload mode, const sd__model *model,
                                    sd__weights **out) {
    sd__weights *w = (sd__weights *)sd__calloc(env, 1, sizeof *w);
    *out = NULL;
    if (!w) return sd__oom(env);
    w->b = b;
    w->mode = mode;
    w->model = model;
    w->reread = mode == SD_OFFLOAD_SEQUENTIAL && b->host_memory && model;
    w->measuring = 1;
    w->current = -1;
    w->next_part = -1;
    *out = w;
    return SD_OK;
}

/* Waits for every copy, frees the window, the host copy and the blocks. */
static void sd__weights_destroy(sd__weights *w) {
    sd__backend *b;
    int p;
    if (!w) return;
    b = w->b;
    b->ops->mem_free(b, w->window, 0);
    b->ops->mem_free(b, w->host, 1);
    for (p = 0; p < SD__WP_COUNT; p++) b->ops->mem_free(b, w->blocks[p], 0);
    if (b->weights == w) b->weights = NULL;
    sd__free(b->env, w->records);
    sd__free(b->env, w->segments);
    sd__free(b->env, w->names);
    sd__free(b->env, w->scratch);
    sd__free(b->env, w);
}

/* ---- loading --------------------------------------------------------------------------------- */
/* The weights that follow belong to `part`; the next one starts a block. */
static void sd__weights_part(sd__weights *w, sd__wpart part) {
    w->part = (int)part;
    w->block_pending = 1;
}
static void sd__weights_block(sd__weights *w) { w->block_pending = 1; }

/* First pass: notes a weight of `bytes` backend memory. */
static sd_result sd__weights_measure(sd__weights *w, size_t bytes) {
    sd__wrecord *r;
    if (!sd__add_size(bytes, SD__WEIGHT_ALIGN - 1, &bytes))
        return sd__fail(w->b->env, SD_ERR_OUT_OF_MEMORY, "a weight's size overflows");
    if (w->record_count == w->record_cap) {
        size_t cap = w->record_cap ? 2 * w->record_cap : 1024, size;
        sd__wrecord *grown;
        if (!sd__mul_size(cap, sizeof *grown, &size) ||
            !(grown = (sd__wrecord *)sd__realloc(w->b->env, w->records, w->record_cap * sizeof *grown, size)))
            return sd__oom(w->b->env);
        w->records = grown;
        w->record_cap = cap;
    }
    r = &w->records[w->record_count++];
    memset(r, 0, sizeof *r);
    r->bytes = bytes / SD__WEIGHT_ALIGN * SD__WEIGHT_ALIGN;
    r->part = w->part;
    r->block_start = w->block_pending;
    w->block_pending = 0;
    return SD_OK;
}

/* First pass, re-reading offload: the recipe of the weight just measured (see sd__wrecord). */
static sd_result sd__weights_note(sd__weights *w, sd__part part, const char *name, sd__weight_kind kind, int rank,
                                  const long long *dims, const sd__tensor *shape) {
    sd__wrecord *r = &w->records[w->record_count - 1];
    size_t len = strlen(name) + 1, need;
    int i;
    if (!w->reread) return SD_OK;
    if (!sd__add_size(w->names_size, len, &need)) return sd__oom(w->b->env);
    if (need > w->names_cap) {
        size_t cap = SD__MAX(need, 2 * w->names_cap);
        char *grown = (char *)sd__realloc(w->b->env, w->names, w->names_cap, cap);
        if (!grown) return sd__oom(w->b->env);
        w->names = grown;
        w->names_cap = cap;
    }
    memcpy(w->names + w->names_size, name, len);
    r->name_at = w->names_size;
    w->names_size = need;
    r->model_part = (int)part;
    r->kind = (int)kind;
    r->rank = rank;
    for (i = 0; i < 4; i++) r->dims[i] = i < rank ? dims[i] : 1;
    r->shape = *shape;
    r->shape.data = NULL;
    return SD_OK;
}

/* The bytes of the block of layers that starts at record i. */
static size_t sd__weights_block_bytes(const sd__weights *w, size_t i) {
    size_t bytes = w->records[i].bytes, j;
    for (j = i + 1; j < w->record_count && !w->records[j].block_start; j++) bytes += w->records[j].bytes;
    return bytes;
}

/* Cuts each model into segments: runs of whole blocks of at most `bound` bytes (the largest
   block), plus one cut when that makes an odd count even, so that in sequential mode a model's
   last segment and its first (the next UNet step's) lie in different slots. Then numbers the
   segments and places each weight in its segment. */
static sd_result sd__weights_cut(sd__weights *w, size_t bound) {
    size_t i, fill = 0, spare = 0, host = 0;
    int count = 0, in_part = 0, p;
    for (i = 0; i <= w->record_count; i++) {
        sd__wrecord *r = i < w->record_count ? &w->records[i] : NULL;
        if (!r || r->block_start) {
            size_t block;
            if (in_part % 2 && spare && (!r || r->part != w->records[i - 1].part)) { /* the model ended odd */
                w->records[spare].segment_start = 1;
                count++;
            }
            if (!r) break;
            if (i == 0 || r->part != w->records[i - 1].part) {
                in_part = 0;
                spare = fill = 0;
            }
            block = sd__weights_block_bytes(w, i);
            if (!in_part || fill + block > bound) {
                r->segment_start = 1;
                count++;
                in_part++;
                fill = 0;
            } else if (!spare) {
                spare = i; /* the first block that shares a segment: a cut there splits one */
            }
            fill += block;
        }
    }
    if (!(w->segments = (sd__wsegment *)sd__calloc(w->b->env, (size_t)(count ? count : 1), sizeof *w->segments)))
        return sd__oom(w->b->env);
    for (p = 0; p < SD__WP_COUNT; p++) w->first[p] = w->end[p] = 0;
    for (count = -1, i = 0; i < w->record_count; i++) {
        sd__wrecord *r = &w->records[i];
        sd__wsegment *g;
        if (r->segment_start) {
            g = &w->segments[++count];
            g->part = r->part;
            if (!w->end[r->part]) w->first[r->part] = count;
            w->end[r->part] = count + 1;
            g->part_offset = w->part_bytes[r->part];
            g->host_offset = host;
        }
        g = &w->segments[count];
        r->segment = count;
        r->offset = g->bytes;
        if (!sd__add_size(host, r->bytes, &host)) /* bounds every sum below */
            return sd__fail(w->b->env, SD_ERR_OUT_OF_MEMORY, "the weights' size overflows");
        g->bytes += r->bytes;
        w->part_bytes[r->part] += r->bytes;
    }
    w->segment_count = count + 1;
    return SD_OK;
}

/* Backend memory for the weights in mode m: every model, the largest one, or the two slots
   (each as large as the largest segment of its parity within a model). */
static size_t sd__weights_need(const sd__weights *w, sd_offload m, size_t slot[2]) {
    size_t total = 0, largest = 0;
    int i, p;
    slot[0] = slot[1] = 0;
    for (p = 0; p < SD__WP_COUNT; p++) {
        total += w->part_bytes[p]; /* their sum, the host copy's size, was overflow-checked */
        largest = SD__MAX(largest, w->part_bytes[p]);
        for (i = w->first[p]; i < w->end[p]; i++) {
            size_t *s = &slot[(i - w->first[p]) % 2];
            *s = SD__MAX(*s, w->segments[i].bytes);
        }
    }
    return m == SD_OFFLOAD_NONE ? total : m == SD_OFFLOAD_MODEL ? largest : slot[0] + slot[1];
}

/* The window offsets of the chosen offload mode (see the top of this section). */
static void sd__weights_layout(sd__weights *w, const size_t slot[2]) {
    int p, i;
    for (p = 0; p < SD__WP_COUNT; p++) {
        size_t at = w->mode == SD_OFFLOAD_MODEL && p == SD__WP_TEXT ? w->window_bytes - w->part_bytes[p] : 0;
        for (i = w->first[p]; i < w->end[p]; i++) {
            sd__wsegment *g = &w->segments[i];
            if (w->mode == SD_OFFLOAD_MODEL) {
                g->window_offset = at;
                at += g->bytes;
            } else {
                g->window_offset = (i - w->first[p]) % 2 ? slot[0] : 0;
            }
        }
    }
}

/* After the first pass: plans segments and window, checks budget (0: none) against each mode's
   weights plus `activations` (an estimate of the activations' peak), allocates, and readies the
   second pass. */
static sd_result sd__weights_plan(sd__weights *w, size_t budget, size_t activations) {
    sd__backend *b = w->b;
    sd__env *env = b->env;
    const double mib = 1.0 / 1048576.0;
    size_t bound = 0, i, slot[2];
    int m, p, fits[SD_OFFLOAD_SEQUENTIAL + 1], fit = 0;
    sd_result r;
    for (i = 0; i < w->record_count; i++)
        if (w->records[i].block_start) bound = SD__MAX(bound, sd__weights_block_bytes(w, i));
    if ((r = sd__weights_cut(w, bound)) != SD_OK) return r;
    for (m = SD_OFFLOAD_SEQUENTIAL; m >= SD_OFFLOAD_NONE; m--) {
        size_t total;
        w->need[m] = sd__weights_need(w, (sd_offload)m, slot);
        fits[m] = !budget || (sd__add_size(w->need[m], activations, &total) && total <= budget);
        if (fits[m]) fit = m; /* the mode that offloads least of those that fit */
    }
    if (!fits[w->mode]) {
        if (!fit)
            return sd__fail(env, SD_ERR_OUT_OF_MEMORY,
                            "vram_budget %.1f MiB is too small for any offload mode: offload sequential needs %.1f MiB of "
                            "weights and activations are estimated at %.1f MiB",
                            (double)budget * mib, (double)w->need[SD_OFFLOAD_SEQUENTIAL] * mib, (double)activations * mib);
        return sd__fail(env, SD_ERR_OUT_OF_MEMORY,
                        "vram_budget %.1f MiB is too small for offload %s (%.1f MiB of weights; activations are estimated "
                        "at %.1f MiB): offload %s fits (%.1f MiB of weights)",
                        (double)budget * mib, sd__offload_names[w->mode], (double)w->need[w->mode] * mib,
                        (double)activations * mib, sd__offload_names[fit], (double)w->need[fit] * mib);
    }
    w->measuring = 0;
    w->cursor = 0;
    if (w->mode == SD_OFFLOAD_NONE) {
        for (p = 0; p < SD__WP_COUNT; p++) {
            char what[64];
            if (!w->part_bytes[p]) continue;
            snprintf(what, sizeof what, "%s's weights", sd__wpart_names[p]);
            if (!(w->blocks[p] = b->ops->mem_alloc(b, w->part_bytes[p], 0, what))) return b->status;
        }
        return SD_OK;
    }
    w->window_bytes = sd__weights_need(w, w->mode, slot);
    w->host_bytes = w->reread ? 0 : w->need[SD_OFFLOAD_NONE];
    sd__weights_layout(w, slot);
    if (!w->record_count) return SD_OK;
    if (!(w->window = (unsigned char *)b->ops->mem_alloc(b, w->window_bytes, 0, "the offload window")) ||
        (w->host_bytes && !(w->host = (unsigned char *)b->ops->mem_alloc(b, w->host_bytes, 1, "the offloaded weights"))))
        return b->status;
    if (w->reread) {
        size_t largest = 1;
        for (i = 0; i < w->record_count; i++) largest = SD__MAX(largest, sd__tensor_count(&w->records[i].shape));
        if (!(w->scratch = (float *)sd__calloc(env, largest, sizeof(float)))) return sd__oom(env);
    }
    return SD_OK;
}

static int sd__weights_overlap(const sd__wsegment *a, const sd__wsegment *c) {
    return a->window_offset < c->window_offset + c->bytes && c->window_offset < a->window_offset + a->bytes;
}

/* Segment s now occupies its window range: whatever else was there is not resident any more. */
static void sd__weights_occupy(sd__weights *w, int s) {
    int i;
    for (i = 0; i < w->segment_count; i++)
        if (i != s && sd__weights_overlap(&w->segments[i], &w->segments[s])) w->segments[i].resident = 0;
    w->segments[s].resident = 1;
}

/* Offload: a segment whose weights were all converted into the window goes to the host copy (a
   re-reading store has none: the segment stays in the window until something overwrites it). */
static void sd__weights_store_segment(sd__weights *w, int s) {
    sd__wsegment *g = &w->segments[s];
    if (!w->reread) w->b->ops->copy(w->b, w->host + g->host_offset, w->window + g->window_offset, g->bytes, 1);
    sd__weights_occupy(w, s);
}

/* Second pass: points t (of `bytes` backend memory, as measured) at its place. 0 with status set
   when the passes disagree (they run the same code, so this is an internal error). */
static int sd__weights_place(sd__weights *w, size_t bytes, sd__tensor *t) {
    const sd__wrecord *r = w->cursor < w->record_count ? &w->records[w->cursor] : NULL;
    unsigned char *base;
    if (!r || r->bytes != (bytes + SD__WEIGHT_ALIGN - 1) / SD__WEIGHT_ALIGN * SD__WEIGHT_ALIGN) {
        sd__backend_fail(w->b, SD_ERR_MODEL_MISMATCH, "a weight differs between the measuring and the loading pass");
        return 0;
    }
    if (w->mode != SD_OFFLOAD_NONE && w->cursor > 0 && w->records[w->cursor - 1].segment != r->segment)
        sd__weights_store_segment(w, w->records[w->cursor - 1].segment);
    w->cursor++;
    if (w->mode == SD_OFFLOAD_NONE) {
        base = (unsigned char *)w->blocks[r->part] + w->segments[r->segment].part_offset;
        t->segment = 0;
    } else {
        base = w->window + w->segments[r->segment].window_offset;
        t->segment = r->segment + 1;
    }
    t->data = base + r->offset;
    return 1;
}

/* After the second pass: the last segment goes to the host copy. */
static sd_result sd__weights_loaded(sd__weights *w) {
    sd__backend *b = w->b;
    if (w->cursor != w->record_count)
        return sd__fail(b->env, SD_ERR_MODEL_MISMATCH, "%lu of %lu weights were loaded", (unsigned long)w->cursor,
                        (unsigned long)w->record_count);
    if (w->mode != SD_OFFLOAD_NONE && w->cursor) sd__weights_store_segment(w, w->records[w->cursor - 1].segment);
    w->current = -1;
    return b->status;
}

/* ---- running --------------------------------------------------------------------------------- */
/* Re-reading offload: converts every weight of segment s from the model file into the window,
   after checking that the file still holds its bytes (a truncated file is an error, not a fault). */
static void sd__weights_reread(sd__weights *w, int s) {
    sd__backend *b = w->b;
    unsigned char *base = w->window + w->segments[s].window_offset;
    size_t i;
    for (i = 0; i < w->record_count && !b->status; i++) {
        const sd__wrecord *r = &w->records[i];
        sd__tensor t;
        sd_result res;
        if (r->segment != s) continue;
        if (!sd__model_file_intact(w->model, (sd__part)r->model_part)) {
            sd__backend_failf(b, SD_ERR_IO, "the model file shrank since it was loaded; offload sequential reads it "
                              "again as it runs: load the model again");
            return;
        }
        if ((res = sd__model_load_f32(b->env, w->model, (sd__part)r->model_part, w->names + r->name_at, r->rank, r->dims,
                                      w->scratch)) != SD_OK) {
            b->status = res; /* the message says which tensor */
            return;
        }
        t = r->shape;
        t.data = base + r->offset;
        b->ops->upload_weight(b, (sd__weight_kind)r->kind, w->scratch, &t);
    }
}

/* Copies segment s into the window: beside the ops (a prefetch) or in order with them (a miss,
   after every outstanding prefetch, one of which may be writing the same range). */
static void sd__weights_copy_in(sd__weights *w, int s, int prefetch) {
    sd__backend *b = w->b;
    sd__wsegment *g = &w->segments[s];
    void *dst = w->window + g->window_offset;
    const void *src = w->reread ? NULL : w->host + g->host_offset; /* a re-reading store has no host copy */
    if (w->reread) {
        sd__weights_reread(w, s);
        w->misses += !prefetch;
        w->prefetches += prefetch;
    } else if (prefetch) {
        g->ticket = w->last_ticket = b->ops->prefetch(b, dst, src, g->bytes);
        w->prefetches++;
    } else {
        if (w->last_ticket > w->awaited) b->ops->await_copy(b, w->awaited = w->last_ticket);
        b->ops->copy(b, dst, src, g->bytes, 0);
        g->ticket = 0;
        w->misses++;
    }
    w->copied_bytes += g->bytes;
    sd__weights_occupy(w, s);
    if (b->status) g->resident = 0;
}

/* Prefetches what follows segment j: the rest of its model, then (once) the expected next model,
   from its start. The walk keeps the window ranges of j and of every segment it passed (all of
   them run before the next one it meets) and stops at the first segment that overlaps one. */
static void sd__weights_prefetch(sd__weights *w, int j) {
    size_t lo[SD__PREFETCH_RANGES], hi[SD__PREFETCH_RANGES];
    int ranges = 1, part = w->segments[j].part, crossed = 0, k = j, steps, i;
    lo[0] = w->segments[j].window_offset;
    hi[0] = lo[0] + w->segments[j].bytes;
    for (steps = 0; steps < w->segment_count && !w->b->status; steps++) {
        const sd__wsegment *g;
        if (++k >= w->end[part]) {
            if (crossed || w->next_part < 0) return;
            crossed = 1;
            part = w->next_part;
            k = w->first[part];
            if (k >= w->end[part]) return;
        }
        if (k == j) return;
        g = &w->segments[k];
        for (i = 0; i < ranges; i++)
            if (g->window_offset < hi[i] && lo[i] < g->window_offset + g->bytes) return;
        if (!g->resident) sd__weights_copy_in(w, k, 1);
        if (g->window_offset == hi[ranges - 1]) {
            hi[ranges - 1] += g->bytes;
        } else if (g->window_offset + g->bytes == lo[ranges - 1]) {
            lo[ranges - 1] = g->window_offset;
        } else {
            if (ranges == SD__PREFETCH_RANGES) return;
            lo[ranges] = g->window_offset;
            hi[ranges++] = g->window_offset + g->bytes;
        }
    }
}

/* Makes segment s resident for the ops that follow, then prefetches what comes after it. */
static void sd__weights_touch(sd__weights *w, int s) {
    sd__wsegment *g = &w->segments[s];
    if (w->b->status || (s == w->current && g->resident)) return;
    if (!g->resident) sd__weights_copy_in(w, s, 0);
    else if (g->ticket > w->awaited) w->b->ops->await_copy(w->b, w->awaited = g->ticket);
    w->current = s;
    sd__weights_prefetch(w, s);
}

/* The layer helpers call this for each weight they pass to an op. A dry run (backend/plan.c) has no
   store: it reads no weights, so nothing needs to be resident. */
static void sd__weights_use(sd__backend *b, const sd__tensor *t) {
    if (t->segment && b->weights) sd__weights_touch(b->weights, t->segment - 1);
}

/* The model that runs after the current one (a model may follow itself, as the UNet does). */
static void sd__weights_expect(sd__weights *w, sd__wpart part) {
    if (w) w->next_part = (int)part;
}

/* Backend memory the weights take (the window with offload). */
static size_t sd__weights_device_bytes(const sd__weights *w) {
    return w->mode == SD_OFFLOAD_NONE ? w->need[SD_OFFLOAD_NONE] : w->window_bytes;
}

/* ---- src/model/layers.c ---- */
/* ============================================================================================
   Layers: the building blocks the text encoder, UNet and VAE share
   ============================================================================================ */
/* Each layer is a small struct of weight tensors with a load function (names are diffusers',
   shapes come from the config and are checked against the file) and a forward function written
   against the backend ops. */

/* Loads named weights of one model part into backend memory, through one reusable float buffer.
   With a weight store the load functions run twice: the store measures, then places (see the
   weight store's section); without one every weight gets backend memory of its own. */
typedef struct sd__loader {
    sd__env *env;
    sd__backend *b;
    const sd__model *model;
    sd__part part;        /* where in the model files the names are looked up */
    sd__weights *weights; /* NULL: no store */
    float *scratch;
    size_t scratch_count;
    sd_result status;
} sd__loader;

static void sd__loader_free(sd__loader *ld) {
    sd__free(ld->env, ld->scratch);
    ld->scratch = NULL;
    ld->scratch_count = 0;
}

/* The weights loaded next belong to model `part` (in the store's terms), and start a block. */
static void sd__loader_model(sd__loader *ld, sd__wpart part) {
    if (ld->weights) sd__weights_part(ld->weights, part);
}
/* A block of layers (a resnet, a transformer block, a CLIP layer) starts: sequential offload
   streams whole blocks. */
static void sd__loader_block(sd__loader *ld) {
    if (ld->weights) sd__weights_block(ld->weights);
}

/* Loads "<prefix><suffix>" with the given PyTorch shape as a weight of the given kind. Once
   anything failed, later loads are no-ops and return an empty tensor. */
static sd__tensor sd__load(sd__loader *ld, sd__weight_kind kind, const char *prefix, const char *suffix, int rank,
                           long long d0, long long d1, long long d2, long long d3) {
    sd__tensor t;
    long long shape[4];
    char name[256];
    size_t count = 1;
    int i;
    memset(&t, 0, sizeof t);
    if (ld->status || ld->b->status) return t;
    shape[0] = d0; shape[1] = d1; shape[2] = d2; shape[3] = d3;
    snprintf(name, sizeof name, "%s%s", prefix, suffix);
    /* the config checks bound every shape; this keeps the scratch size honest if they change */
    for (i = 0; i < rank; i++)
        if (shape[i] < 1 || shape[i] > INT_MAX || !sd__mul_size(count, (size_t)shape[i], &count)) {
            ld->status = sd__fail(ld->env, SD_ERR_OUT_OF_MEMORY, "weight '%s': shape dimension %d (%lld) is out of range",
                                  name, i, shape[i]);
            return t;
        }
    switch (kind) {
    case SD__W_CONV: t.n = (int)d0; t.h = (int)d2; t.w = (int)d3; t.c = (int)d1; break;
    case SD__W_LINEAR: case SD__W_EMBEDDING: t.n = 1; t.h = 1; t.w = (int)d0; t.c = (int)d1; break;
    case SD__W_VECTOR: t.n = 1; t.h = 1; t.w = 1; t.c = (int)d0; break;
    }
    { /* the storage hint for the backend: a weight the file holds in IEEE half may stay in half */
        const sd__model_view *v = sd__model_find_view(ld->model, ld->part, name);
        t.dtype = v && v->tensor.dtype == SD__ST_F16 ? SD__F16 : SD__F32;
    }
    if (ld->weights && ld->weights->measuring) {
        size_t bytes = ld->b->ops->weight_bytes(ld->b, kind, &t);
        ld->status = bytes ? sd__weights_measure(ld->weights, bytes) : ld->b->status;
        if (ld->status == SD_OK) ld->status = sd__weights_note(ld->weights, ld->part, name, kind, rank, shape, &t);
        return t;
    }
    if (count > ld->scratch_count) {
        sd__free(ld->env, ld->scratch);
        ld->scratch = (float *)sd__calloc(ld->env, count, sizeof(float));
        ld->scratch_count = ld->scratch ? count : 0;
        if (!ld->scratch) { ld->status = sd__oom(ld->env); return t; }
    }
    if ((ld->status = sd__model_load_f32(ld->env, ld->model, ld->part, name, rank, shape, ld->scratch)) != SD_OK) return t;
    if (!ld->weights) {
        sd__weight_new(ld->b, kind, ld->scratch, &t);
    } else {
        size_t bytes = ld->b->ops->weight_bytes(ld->b, kind, &t);
        if (bytes && sd__weights_place(ld->weights, bytes, &t)) ld->b->ops->upload_weight(ld->b, kind, ld->scratch, &t);
    }
    if (ld->b->status) {
        ld->status = ld->b->status;
        t.data = NULL;
    }
    return t;
}

/* A weight of the store is freed with the store. */
static void sd__drop_weight(sd__backend *b, sd__tensor *t) {
    if (b->weights) t->data = NULL;
    else sd__t_drop(b, t);
}

/* ---- convolution, linear, norms ------------------------------------------------------------ */
/* pad: zero rows/columns before the input (top, left); k / 2 follow it (see the conv2d op). */
typedef struct sd__conv { sd__tensor w, bias; int in, out, k, stride, pad; } sd__conv;
typedef struct sd__linear { sd__tensor w, bias; int in, out; } sd__linear;
typedef struct sd__norm { sd__tensor gamma, beta; float eps; int groups; } sd__norm;

static void sd__conv_load(sd__loader *ld, sd__conv *c, const char *prefix, int in, int out, int k, int stride) {
    c->in = in; c->out = out; c->k = k; c->stride = stride;
    c->pad = k / 2;
    c->w = sd__load(ld, SD__W_CONV, prefix, ".weight", 4, out, in, k, k);
    c->bias = sd__load(ld, SD__W_VECTOR, prefix, ".bias", 1, out, 0, 0, 0);
}
static void sd__linear_load(sd__loader *ld, sd__linear *l, const char *prefix, int in, int out, int has_bias) {
    l->in = in; l->out = out;
    l->w = sd__load(ld, SD__W_LINEAR, prefix, ".weight", 2, out, in, 0, 0);
    if (has_bias) l->bias = sd__load(ld, SD__W_VECTOR, prefix, ".bias", 1, out, 0, 0, 0);
    else memset(&l->bias, 0, sizeof l->bias);
}
/* A 1x1 convolution over NHWC activations is a linear layer: its [out, in, 1, 1] weight holds
   the same numbers as a linear [out, in] one. */
static void sd__conv1x1_as_linear_load(sd__loader *ld, sd__linear *l, const char *prefix, int in, int out) {
    l->in = in; l->out = out;
    l->w = sd__load(ld, SD__W_LINEAR, prefix, ".weight", 4, out, in, 1, 1);
    l->bias = sd__load(ld, SD__W_VECTOR, prefix, ".bias", 1, out, 0, 0, 0);
}

static void sd__norm_load(sd__loader *ld, sd__norm *n, const char *prefix, int channels, int groups, float eps) {
    n->groups = groups; n->eps = eps;
    n->gamma = sd__load(ld, SD__W_VECTOR, prefix, ".weight", 1, channels, 0, 0, 0);
    n->beta = sd__load(ld, SD__W_VECTOR, prefix, ".bias", 1, channels, 0, 0, 0);
}
static void sd__conv_free(sd__backend *b, sd__conv *c) { sd__drop_weight(b, &c->w); sd__drop_weight(b, &c->bias); }
static void sd__linear_free(sd__backend *b, sd__linear *l) { sd__drop_weight(b, &l->w); sd__drop_weight(b, &l->bias); }
static void sd__norm_free(sd__backend *b, sd__norm *n) { sd__drop_weight(b, &n->gamma); sd__drop_weight(b, &n->beta); }

static const sd__tensor *sd__opt(const sd__tensor *t) { return t->data ? t : NULL; }

/* y = conv(x) (+ residual); y is allocated with the conv's output size. */
static sd__tensor sd__conv_fwd(sd__backend *b, const sd__conv *c, const sd__tensor *x, const sd__tensor *residual) {
    const int pad = c->pad + c->k / 2;
    sd__tensor y = sd__t_new(b, x->n, (x->h + pad - c->k) / c->stride + 1, (x->w + pad - c->k) / c->stride + 1, c->out);
    sd__weights_use(b, &c->w);
    if (!b->status) b->ops->conv2d(b, x, &c->w, sd__opt(&c->bias), residual, c->stride, c->pad, &y);
    return y;
}
static sd__tensor sd__linear_fwd(sd__backend *b, const sd__linear *l, const sd__tensor *x, const sd__tensor *residual) {
    sd__tensor y = sd__t_new(b, x->n, x->h, x->w, l->out);
    sd__weights_use(b, &l->w);
    if (!b->status) b->ops->linear(b, x, &l->w, sd__opt(&l->bias), residual, &y);
    return y;
}
/* y = group_norm(x), then SiLU if asked; y may be x itself (the op works element by element once
   it has the statistics). */
static void sd__group_norm_to(sd__backend *b, const sd__norm *n, const sd__tensor *x, int silu, sd__tensor *y) {
    sd__weights_use(b, &n->gamma);
    if (!b->status) b->ops->group_norm(b, x, &n->gamma, &n->beta, n->groups, n->eps, silu, y);
}
static sd__tensor sd__group_norm_fwd(sd__backend *b, const sd__norm *n, const sd__tensor *x, int silu) {
    sd__tensor y = sd__t_new(b, x->n, x->h, x->w, x->c);
    sd__group_norm_to(b, n, x, silu, &y);
    return y;
}
static sd__tensor sd__layer_norm_fwd(sd__backend *b, const sd__norm *n, const sd__tensor *x) {
    sd__tensor y = sd__t_new(b, x->n, x->h, x->w, x->c);
    sd__weights_use(b, &n->gamma);
    if (!b->status) b->ops->layer_norm(b, x, &n->gamma, &n->beta, n->eps, &y);
    return y;
}

/* conv(silu(group_norm(*x))), dropping *x once normed: the output head of the UNet and of the
   VAE's encoder and decoder. */
static sd__tensor sd__norm_silu_conv_fwd(sd__backend *b, const sd__norm *n, const sd__conv *c, sd__tensor *x) {
    sd__tensor normed = sd__group_norm_fwd(b, n, x, 1), y;
    sd__t_drop(b, x);
    y = sd__conv_fwd(b, c, &normed, NULL);
    sd__t_drop(b, &normed);
    return y;
}

/* Views an NHWC activation as a token sequence [n, 1, h * w, c] (same memory). */
static sd__tensor sd__as_tokens(const sd__tensor *x) {
    sd__tensor t = *x;
    t.w = x->h * x->w;
    t.h = 1;
    return t;
}

/* ---- ResnetBlock2D -------------------------------------------------------------------------- */
typedef struct sd__resnet {
    sd__norm norm1, norm2;
    sd__conv conv1, conv2, shortcut;
    sd__linear time_proj; /* absent (w.data NULL) in the VAE */
    int has_shortcut;
} sd__resnet;

static void sd__resnet_load(sd__loader *ld, sd__resnet *r, const char *prefix, int in, int out, int temb_dim,
                            int groups, float eps) {
    char p[256];
    memset(r, 0, sizeof *r);
    sd__loader_block(ld);
    snprintf(p, sizeof p, "%s.norm1", prefix); sd__norm_load(ld, &r->norm1, p, in, groups, eps);
    snprintf(p, sizeof p, "%s.conv1", prefix); sd__conv_load(ld, &r->conv1, p, in, out, 3, 1);
    if (temb_dim) { snprintf(p, sizeof p, "%s.time_emb_proj", prefix); sd__linear_load(ld, &r->time_proj, p, temb_dim, out, 1); }
    snprintf(p, sizeof p, "%s.norm2", prefix); sd__norm_load(ld, &r->norm2, p, out, groups, eps);
    snprintf(p, sizeof p, "%s.conv2", prefix); sd__conv_load(ld, &r->conv2, p, out, out, 3, 1);
    r->has_shortcut = in != out;
    if (r->has_shortcut) { snprintf(p, sizeof p, "%s.conv_shortcut", prefix); sd__conv_load(ld, &r->shortcut, p, in, out, 1, 1); }
}

static void sd__resnet_free(sd__backend *b, sd__resnet *r) {
    sd__norm_free(b, &r->norm1); sd__norm_free(b, &r->norm2);
    sd__conv_free(b, &r->conv1); sd__conv_free(b, &r->conv2); sd__conv_free(b, &r->shortcut);
    sd__linear_free(b, &r->time_proj);
}

/* out = shortcut(x) + conv2(silu(norm2(conv1(silu(norm1(x))) + time_proj(silu(temb))))).
   silu_temb is silu(temb) [n, 1, 1, temb_dim], computed once per UNet call. With consume, *x is
   the caller's to give up (dropped here): a block with a shortcut then takes the shortcut first
   and normalizes x in place, so that it holds one tensor of x's size less (the VAE decoder's
   largest, where 256 channels at 512x512 become 128). norm2 always works in place. */
static sd__tensor sd__resnet_fwd(sd__backend *b, const sd__resnet *r, sd__tensor *x, int consume, const sd__tensor *silu_temb) {
    const int x_in_place = consume && r->has_shortcut;
    sd__tensor h, h2, skip, out;
    memset(&skip, 0, sizeof skip);
    if (x_in_place) {
        skip = sd__conv_fwd(b, &r->shortcut, x, NULL);
        sd__group_norm_to(b, &r->norm1, x, 1, x);
        h = *x;
        x->data = NULL; /* moved into h */
    } else {
        h = sd__group_norm_fwd(b, &r->norm1, x, 1);
    }
    h2 = sd__conv_fwd(b, &r->conv1, &h, NULL);
    sd__t_drop(b, &h);
    if (silu_temb && r->time_proj.w.data) {
        sd__tensor t = sd__linear_fwd(b, &r->time_proj, silu_temb, NULL);
        if (!b->status) b->ops->add(b, &h2, &t, 1.0f, 1.0f, &h2);
        sd__t_drop(b, &t);
    }
    sd__group_norm_to(b, &r->norm2, &h2, 1, &h2);
    if (r->has_shortcut && !x_in_place) skip = sd__conv_fwd(b, &r->shortcut, x, NULL);
    out = sd__conv_fwd(b, &r->conv2, &h2, r->has_shortcut ? &skip : x);
    sd__t_drop(b, &skip);
    sd__t_drop(b, &h2);
    if (consume) sd__t_drop(b, x);
    return out;
}

/* ---- attention ------------------------------------------------------------------------------ */
typedef struct sd__attention {
    sd__linear q, k, v, out;
    int heads;
} sd__attention;

static void sd__attention_load(sd__loader *ld, sd__attention *a, const char *prefix, const char *names[4], int dim,
                               int context_dim, int heads, int qkv_bias) {
    char p[256];
    a->heads = heads;
    snprintf(p, sizeof p, "%s.%s", prefix, names[0]); sd__linear_load(ld, &a->q, p, dim, dim, qkv_bias);
    snprintf(p, sizeof p, "%s.%s", prefix, names[1]); sd__linear_load(ld, &a->k, p, context_dim, dim, qkv_bias);
    snprintf(p, sizeof p, "%s.%s", prefix, names[2]); sd__linear_load(ld, &a->v, p, context_dim, dim, qkv_bias);
    snprintf(p, sizeof p, "%s.%s", prefix, names[3]); sd__linear_load(ld, &a->out, p, dim, dim, 1);
}
static void sd__attention_free(sd__backend *b, sd__attention *a) {
    sd__linear_free(b, &a->q); sd__linear_free(b, &a->k); sd__linear_free(b, &a->v); sd__linear_free(b, &a->out);
}

/* out(attention(q(x), k(ctx), v(ctx))) + residual; x, ctx and residual are token sequences. */
static sd__tensor sd__attention_fwd(sd__backend *b, const sd__attention *a, const sd__tensor *x, const sd__tensor *ctx,
                                    int causal, int heads_per_pass, const sd__tensor *residual) {
    sd__tensor q = sd__linear_fwd(b, &a->q, x, NULL);
    sd__tensor k = sd__linear_fwd(b, &a->k, ctx ? ctx : x, NULL);
    sd__tensor v = sd__linear_fwd(b, &a->v, ctx ? ctx : x, NULL);
    sd__tensor o = sd__t_new(b, q.n, q.h, q.w, q.c), y;
    if (!b->status) b->ops->attention(b, &q, &k, &v, a->heads, causal, heads_per_pass, &o);
    sd__t_drop(b, &q);
    sd__t_drop(b, &k);
    sd__t_drop(b, &v);
    y = sd__linear_fwd(b, &a->out, &o, residual);
    sd__t_drop(b, &o);
    return y;
}

/* attention_slice setting (SD_SLICE_OFF, SD_SLICE_AUTO or N) as heads per pass for `heads`. */
static int sd__heads_per_pass(int attention_slice, int heads) {
    if (attention_slice == SD_SLICE_AUTO) return heads > 1 ? heads / 2 : 1;
    if (attention_slice > 0) return attention_slice < heads ? attention_slice : heads;
    return 0;
}

/* Nearest-neighbour resize of x to (h, w). */
static sd__tensor sd__upsample_fwd(sd__backend *b, const sd__tensor *x, int h, int w) {
    sd__tensor y = sd__t_new(b, x->n, h, w, x->c);
    if (!b->status) b->ops->upsample(b, x, &y);
    return y;
}

/* ---- src/model/clip.c ---- */
/* ============================================================================================
   CLIP text encoder
   ============================================================================================ */
/* transformers' CLIPTextModel: token + position embeddings, pre-norm causal self-attention
   layers with an MLP (quick_gelu for OpenAI CLIP, gelu for OpenCLIP), final layer norm. */
typedef struct sd__clip_layer {
    sd__norm norm1, norm2;
    sd__attention attn;
    sd__linear fc1, fc2;
} sd__clip_layer;

typedef struct sd__clip {
    sd__text_config cfg;
    /* [vocab, hidden] and [positions, hidden] in the file's dtype, copied out of the mapped file at
       load (rows are read on every run; the file may change or shrink after sd_create) */
    sd__st_tensor token_embedding, position_embedding;
    sd__clip_layer *layers;
    sd__norm final_norm;
} sd__clip;

static void sd__clip_free(sd__backend *b, sd__clip *m) {
    int i;
    for (i = 0; m->layers && i < m->cfg.num_hidden_layers; i++) {
        sd__clip_layer *l = &m->layers[i];
        sd__norm_free(b, &l->norm1); sd__norm_free(b, &l->norm2);
        sd__attention_free(b, &l->attn);
        sd__linear_free(b, &l->fc1); sd__linear_free(b, &l->fc2);
    }
    sd__free(b->env, m->layers);
    sd__norm_free(b, &m->final_norm);
    sd__free(b->env, (void *)m->token_embedding.data);
    sd__free(b->env, (void *)m->position_embedding.data);
    memset(m, 0, sizeof *m);
}

/* A copy of the file tensor `name` in host memory, every value checked finite; the mapped pages are
   let go. A measuring pass only checks its shape. */
static sd_result sd__clip_keep_tensor(sd__loader *ld, const char *name, const long long *shape, sd__st_tensor *out) {
    const sd__st_tensor *t;
    unsigned char *copy;
    sd_result r = sd__model_weight(ld->env, ld->model, SD__PART_TEXT, name, 2, shape, &t);
    if (r != SD_OK || (ld->weights && ld->weights->measuring)) return r;
    /* read on every prompt: a NaN here would surface as bad latents for some prompts only */
    if ((r = sd__model_check_finite(ld->env, SD__PART_TEXT, name, t)) != SD_OK) return r;
    if (!(copy = (unsigned char *)sd__malloc(ld->env, t->bytes ? t->bytes : 1))) return sd__oom(ld->env);
    memcpy(copy, t->data, t->bytes);
    sd__model_forget(ld->model, SD__PART_TEXT, t);
    *out = *t;
    out->data = copy;
    return SD_OK;
}

static sd_result sd__clip_load(sd__loader *ld, sd__clip *m, const sd__text_config *cfg) {
    static const char *attn_names[4] = {"q_proj", "k_proj", "v_proj", "out_proj"};
    const int d = cfg->hidden_size;
    long long shape[2];
    char p[256];
    sd_result r;
    int i;
    memset(m, 0, sizeof *m);
    m->cfg = *cfg;
    shape[0] = cfg->vocab_size;
    shape[1] = d;
    if ((r = sd__clip_keep_tensor(ld, "text_model.embeddings.token_embedding.weight", shape, &m->token_embedding)) != SD_OK)
        return r;
    shape[0] = cfg->max_position_embeddings;
    if ((r = sd__clip_keep_tensor(ld, "text_model.embeddings.position_embedding.weight", shape, &m->position_embedding)) !=
        SD_OK)
        return r;
    m->layers = (sd__clip_layer *)sd__calloc(ld->env, (size_t)cfg->num_hidden_layers, sizeof *m->layers);
    if (!m->layers) return sd__oom(ld->env);
    sd__loader_model(ld, SD__WP_TEXT);
    for (i = 0; i < cfg->num_hidden_layers; i++) {
        sd__clip_layer *l = &m->layers[i];
        sd__loader_block(ld);
        snprintf(p, sizeof p, "text_model.encoder.layers.%d.layer_norm1", i); sd__norm_load(ld, &l->norm1, p, d, 0, cfg->layer_norm_eps);
        snprintf(p, sizeof p, "text_model.encoder.layers.%d.self_attn", i);
        sd__attention_load(ld, &l->attn, p, attn_names, d, d, cfg->num_attention_heads, 1);
        snprintf(p, sizeof p, "text_model.encoder.layers.%d.layer_norm2", i); sd__norm_load(ld, &l->norm2, p, d, 0, cfg->layer_norm_eps);
        snprintf(p, sizeof p, "text_model.encoder.layers.%d.mlp.fc1", i); sd__linear_load(ld, &l->fc1, p, d, cfg->intermediate_size, 1);
        snprintf(p, sizeof p, "text_model.encoder.layers.%d.mlp.fc2", i); sd__linear_load(ld, &l->fc2, p, cfg->intermediate_size, d, 1);
    }
    sd__norm_load(ld, &m->final_norm, "text_model.final_layer_norm", d, 0, cfg->layer_norm_eps);
    return ld->status;
}

/* Encodes count sequences of SD_MAX_TOKENS ids into out [count, 1, SD_MAX_TOKENS, hidden].
   clip_skip 2 stops one layer early (the penultimate layer), then applies the final norm. */
static sd_result sd__clip_encode(sd__backend *b, const sd__clip *m, const int *ids, int count, int clip_skip,
                                 sd__tensor *out) {
    const int d = m->cfg.hidden_size, len = SD_MAX_TOKENS;
    const int layers = m->cfg.num_hidden_layers - (clip_skip > 1 ? clip_skip - 1 : 0);
    size_t i, rows = (size_t)count * (size_t)len;
    float *host, *pos;
    sd__tensor x, h;
    int l;
    if (layers < 1)
        return sd__fail(b->env, SD_ERR_INVALID_ARGUMENT, "clip_skip %d needs more than the %d layers of this text encoder",
                        clip_skip, m->cfg.num_hidden_layers);
    if (len > m->cfg.max_position_embeddings)
        return sd__fail(b->env, SD_ERR_MODEL_MISMATCH, "the text encoder has %d positions, fewer than %d tokens",
                        m->cfg.max_position_embeddings, len);
    host = (float *)sd__calloc(b->env, rows, (size_t)d * sizeof(float));
    pos = (float *)sd__calloc(b->env, (size_t)len, (size_t)d * sizeof(float));
    if (!host || !pos) {
        sd__free(b->env, host);
        sd__free(b->env, pos);
        return sd__oom(b->env);
    }
    sd__st_rows_to_f32(&m->position_embedding, 0, (size_t)len, pos);
    for (i = 0; i < rows; i++) {
        int id = ids[i], k;
        if (id < 0 || id >= m->cfg.vocab_size) {
            sd__free(b->env, host);
            sd__free(b->env, pos);
            return sd__fail(b->env, SD_ERR_MODEL_MISMATCH, "token id %d is outside the text encoder's vocabulary of %d", id,
                            m->cfg.vocab_size);
        }
        sd__st_rows_to_f32(&m->token_embedding, (size_t)id, 1, host + i * (size_t)d);
        for (k = 0; k < d; k++) host[i * (size_t)d + (size_t)k] += pos[(i % (size_t)len) * (size_t)d + (size_t)k];
    }
    sd__free(b->env, pos);
    x = sd__t_new(b, count, 1, len, d);
    if (!b->status) b->ops->write(b, &x, host);
    sd__free(b->env, host);
    for (l = 0; l < layers && !b->status; l++) {
        const sd__clip_layer *L = &m->layers[l];
        sd__tensor a, f;
        h = sd__layer_norm_fwd(b, &L->norm1, &x);
        a = sd__attention_fwd(b, &L->attn, &h, NULL, 1, 0, &x);
        sd__t_drop(b, &h);
        sd__t_drop(b, &x);
        h = sd__layer_norm_fwd(b, &L->norm2, &a);
        f = sd__linear_fwd(b, &L->fc1, &h, NULL);
        sd__t_drop(b, &h);
        if (!b->status) b->ops->activation(b, &f, m->cfg.quick_gelu ? SD__ACT_QUICK_GELU : SD__ACT_GELU, &f);
        x = sd__linear_fwd(b, &L->fc2, &f, &a);
        sd__t_drop(b, &f);
        sd__t_drop(b, &a);
    }
    *out = sd__layer_norm_fwd(b, &m->final_norm, &x);
    sd__t_drop(b, &x);
    if (b->status) sd__t_drop(b, out);
    return b->status;
}

/* The text encoder as a planned pass: count sequences of ids -> host out [count, SD_MAX_TOKENS,
   hidden]. */
typedef struct sd__clip_call {
    const sd__clip *clip;
    const int *ids;
    int count, clip_skip;
    float *out;
} sd__clip_call;

static sd_result sd__clip_call_run(sd__backend *b, void *args) {
    const sd__clip_call *call = (const sd__clip_call *)args;
    sd__tensor emb;
    sd_result r;
    memset(&emb, 0, sizeof emb);
    r = sd__clip_encode(b, call->clip, call->ids, call->count, call->clip_skip, &emb);
    if (r == SD_OK) b->ops->read(b, &emb, call->out);
    sd__t_drop(b, &emb);
    return r != SD_OK ? r : b->status;
}

static sd_result sd__clip_encode_to_host(sd__backend *b, const sd__clip *m, const int *ids, int count, int clip_skip, float *out) {
    sd__clip_call call;
    sd__pass pass;
    call.clip = m;
    call.ids = ids;
    call.count = count;
    call.clip_skip = clip_skip;
    call.out = out;
    memset(&pass, 0, sizeof pass);
    pass.name = "text encoder";
    pass.shape[0] = count;
    pass.shape[1] = clip_skip;
    pass.run = sd__clip_call_run;
    pass.args = &call;
    return sd__run_planned(b, &pass);
}

/* ---- src/model/unet.c ---- */
/* ============================================================================================
   UNet (diffusers' UNet2DConditionModel, SD 1.x and 2.x)
   ============================================================================================ */
/* The UNet is a stack of levels. Going down, each level runs layers_per_block resnets (each
   followed by a spatial transformer on attention levels) and then halves the size; every
   intermediate result is kept as a skip. Going up, each level runs layers_per_block + 1 resnets
   on [h, skip] concatenated along channels, then doubles the size to that of the next skip. */

typedef struct sd__transformer_block {
    sd__norm norm1, norm2, norm3;
    sd__attention self_attn, cross_attn;
    sd__linear ff_in, ff_out; /* GEGLU: ff_in gives [hidden, gate] of 4 * dim each */
} sd__transformer_block;

typedef struct sd__spatial_transformer {
    sd__norm norm;
    sd__linear proj_in, proj_out; /* 1x1 convolutions in SD 1.x files, linear in SD 2.x: the same op */
    sd__transformer_block *blocks;
    int depth;
} sd__spatial_transformer;

typedef struct sd__unet_level {
    sd__resnet *resnets;
    sd__spatial_transformer *attns; /* NULL on levels without attention */
    int count;                      /* resnets (and transformers) */
    sd__conv resample;              /* downsampler (down path) or upsampler conv (up path) */
    int has_resample;
} sd__unet_level;

typedef struct sd__unet {
    sd__unet_config cfg;
    sd__linear time_1, time_2;
    sd__conv conv_in, conv_out;
    sd__unet_level down[SD__MAX_LEVELS], up[SD__MAX_LEVELS];
    sd__resnet mid_res[2];
    sd__spatial_transformer mid_attn;
    sd__norm norm_out;
    int attention_slice;
} sd__unet;

static void sd__spatial_transformer_load(sd__loader *ld, sd__spatial_transformer *st, const char *prefix, int channels,
                                         int heads, int depth, const sd__unet_config *cfg) {
    static const char *attn_names[4] = {"to_q", "to_k", "to_v", "to_out.0"};
    char p[256];
    int i;
    st->depth = depth;
    sd__loader_block(ld);
    snprintf(p, sizeof p, "%s.norm", prefix); sd__norm_load(ld, &st->norm, p, channels, cfg->norm_num_groups, 1e-6f);
    snprintf(p, sizeof p, "%s.proj_in", prefix);
    if (cfg->use_linear_projection) sd__linear_load(ld, &st->proj_in, p, channels, channels, 1);
    else sd__conv1x1_as_linear_load(ld, &st->proj_in, p, channels, channels);
    st->blocks = (sd__transformer_block *)sd__calloc(ld->env, (size_t)depth, sizeof *st->blocks);
    if (!st->blocks) { ld->status = sd__oom(ld->env); return; }
    for (i = 0; i < depth; i++) {
        sd__transformer_block *tb = &st->blocks[i];
        sd__loader_block(ld);
        snprintf(p, sizeof p, "%s.transformer_blocks.%d.norm1", prefix, i); sd__norm_load(ld, &tb->norm1, p, channels, 0, 1e-5f);
        snprintf(p, sizeof p, "%s.transformer_blocks.%d.attn1", prefix, i);
        sd__attention_load(ld, &tb->self_attn, p, attn_names, channels, channels, heads, 0);
        snprintf(p, sizeof p, "%s.transformer_blocks.%d.norm2", prefix, i); sd__norm_load(ld, &tb->norm2, p, channels, 0, 1e-5f);
        snprintf(p, sizeof p, "%s.transformer_blocks.%d.attn2", prefix, i);
        sd__attention_load(ld, &tb->cross_attn, p, attn_names, channels, cfg->cross_attention_dim, heads, 0);
        snprintf(p, sizeof p, "%s.transformer_blocks.%d.norm3", prefix, i); sd__norm_load(ld, &tb->norm3, p, channels, 0, 1e-5f);
        snprintf(p, sizeof p, "%s.transformer_blocks.%d.ff.net.0.proj", prefix, i);
        sd__linear_load(ld, &tb->ff_in, p, channels, 8 * channels, 1);
        snprintf(p, sizeof p, "%s.transformer_blocks.%d.ff.net.2", prefix, i);
        sd__linear_load(ld, &tb->ff_out, p, 4 * channels, channels, 1);
    }
    snprintf(p, sizeof p, "%s.proj_out", prefix);
    if (cfg->use_linear_projection) sd__linear_load(ld, &st->proj_out, p, channels, channels, 1);
    else sd__conv1x1_as_linear_load(ld, &st->proj_out, p, channels, channels);
}

static void sd__spatial_transformer_free(sd__backend *b, sd__spatial_transformer *st) {
    int i;
    for (i = 0; st->blocks && i < st->depth; i++) {
        sd__transformer_block *tb = &st->blocks[i];
        sd__norm_free(b, &tb->norm1); sd__norm_free(b, &tb->norm2); sd__norm_free(b, &tb->norm3);
        sd__attention_free(b, &tb->self_attn); sd__attention_free(b, &tb->cross_attn);
        sd__linear_free(b, &tb->ff_in); sd__linear_free(b, &tb->ff_out);
    }
    sd__free(b->env, st->blocks);
    sd__norm_free(b, &st->norm);
    sd__linear_free(b, &st->proj_in); sd__linear_free(b, &st->proj_out);
    memset(st, 0, sizeof *st);
}

/* x + proj_out(blocks(proj_in(norm(x)))), on x viewed as tokens. */
static sd__tensor sd__spatial_transformer_fwd(sd__backend *b, const sd__spatial_transformer *st, const sd__tensor *x,
                                              const sd__tensor *ctx, int attention_slice) {
    sd__tensor n = sd__group_norm_fwd(b, &st->norm, x, 0), tok = sd__as_tokens(&n), h, out;
    const sd__tensor res = sd__as_tokens(x);
    int i;
    h = sd__linear_fwd(b, &st->proj_in, &tok, NULL);
    sd__t_drop(b, &n);
    for (i = 0; i < st->depth && !b->status; i++) {
        const sd__transformer_block *tb = &st->blocks[i];
        const int per_pass = sd__heads_per_pass(attention_slice, tb->self_attn.heads);
        sd__tensor a, f, g;
        n = sd__layer_norm_fwd(b, &tb->norm1, &h);
        a = sd__attention_fwd(b, &tb->self_attn, &n, NULL, 0, per_pass, &h);
        sd__t_drop(b, &n);
        sd__t_drop(b, &h);
        n = sd__layer_norm_fwd(b, &tb->norm2, &a);
        h = sd__attention_fwd(b, &tb->cross_attn, &n, ctx, 0, per_pass, &a);
        sd__t_drop(b, &n);
        sd__t_drop(b, &a);
        n = sd__layer_norm_fwd(b, &tb->norm3, &h);
        f = sd__linear_fwd(b, &tb->ff_in, &n, NULL);
        sd__t_drop(b, &n);
        g = sd__t_new(b, f.n, f.h, f.w, f.c / 2);
        if (!b->status) b->ops->geglu(b, &f, &g);
        sd__t_drop(b, &f);
        a = sd__linear_fwd(b, &tb->ff_out, &g, &h);
        sd__t_drop(b, &g);
        sd__t_drop(b, &h);
        h = a;
    }
    out = sd__linear_fwd(b, &st->proj_out, &h, &res);
    sd__t_drop(b, &h);
    out.h = x->h; /* back to the spatial view */
    out.w = x->w;
    return out;
}

static void sd__unet_level_alloc(sd__loader *ld, sd__unet_level *lv, int count, int has_attn) {
    lv->count = count;
    lv->resnets = (sd__resnet *)sd__calloc(ld->env, (size_t)count, sizeof *lv->resnets);
    lv->attns = has_attn ? (sd__spatial_transformer *)sd__calloc(ld->env, (size_t)count, sizeof *lv->attns) : NULL;
    if (!lv->resnets || (has_attn && !lv->attns)) ld->status = sd__oom(ld->env);
}

static void sd__unet_level_free(sd__backend *b, sd__unet_level *lv) {
    int j;
    for (j = 0; lv->resnets && j < lv->count; j++) {
        sd__resnet_free(b, &lv->resnets[j]);
        if (lv->attns) sd__spatial_transformer_free(b, &lv->attns[j]);
    }
    sd__free(b->env, lv->resnets);
    sd__free(b->env, lv->attns);
    sd__conv_free(b, &lv->resample);
}

static void sd__unet_free(sd__backend *b, sd__unet *u) {
    int i;
    for (i = 0; i < SD__MAX_LEVELS; i++) {
        sd__unet_level_free(b, &u->down[i]);
        sd__unet_level_free(b, &u->up[i]);
    }
    for (i = 0; i < 2; i++) sd__resnet_free(b, &u->mid_res[i]);
    sd__spatial_transformer_free(b, &u->mid_attn);
    sd__linear_free(b, &u->time_1); sd__linear_free(b, &u->time_2);
    sd__conv_free(b, &u->conv_in); sd__conv_free(b, &u->conv_out);
    sd__norm_free(b, &u->norm_out);
    memset(u, 0, sizeof *u);
}

static sd_result sd__unet_load(sd__loader *ld, sd__unet *u, const sd__unet_config *cfg, int attention_slice) {
    const int levels = cfg->levels, c0 = cfg->block_out_channels[0], temb = 4 * c0, groups = cfg->norm_num_groups;
    const float eps = cfg->norm_eps;
    int skip_channels[SD__MAX_LEVELS * 8 + 2], skips = 0;
    int i, j, ch;
    char p[256];
    memset(u, 0, sizeof *u);
    u->cfg = *cfg;
    u->attention_slice = attention_slice;
    sd__loader_model(ld, SD__WP_UNET);
    sd__linear_load(ld, &u->time_1, "time_embedding.linear_1", c0, temb, 1);
    sd__linear_load(ld, &u->time_2, "time_embedding.linear_2", temb, temb, 1);
    sd__conv_load(ld, &u->conv_in, "conv_in", cfg->in_channels, c0, 3, 1);
    ch = c0;
    skip_channels[skips++] = ch;
    for (i = 0; i < levels && !ld->status; i++) {
        sd__unet_level *lv = &u->down[i];
        const int out = cfg->block_out_channels[i];
        sd__unet_level_alloc(ld, lv, cfg->layers_per_block, cfg->down_attention[i]);
        for (j = 0; j < lv->count && !ld->status; j++) {
            snprintf(p, sizeof p, "down_blocks.%d.resnets.%d", i, j);
            sd__resnet_load(ld, &lv->resnets[j], p, ch, out, temb, groups, eps);
            ch = out;
            if (lv->attns) {
                snprintf(p, sizeof p, "down_blocks.%d.attentions.%d", i, j);
                sd__spatial_transformer_load(ld, &lv->attns[j], p, ch, cfg->heads[i], cfg->transformer_layers[i], cfg);
            }
            skip_channels[skips++] = ch;
        }
        lv->has_resample = i < levels - 1;
        if (lv->has_resample) {
            snprintf(p, sizeof p, "down_blocks.%d.downsamplers.0.conv", i);
            sd__loader_block(ld);
            sd__conv_load(ld, &lv->resample, p, ch, ch, 3, 2);
            skip_channels[skips++] = ch;
        }
    }
    sd__resnet_load(ld, &u->mid_res[0], "mid_block.resnets.0", ch, ch, temb, groups, eps);
    sd__spatial_transformer_load(ld, &u->mid_attn, "mid_block.attentions.0", ch, cfg->heads[levels - 1],
                                 cfg->transformer_layers[levels - 1], cfg);
    sd__resnet_load(ld, &u->mid_res[1], "mid_block.resnets.1", ch, ch, temb, groups, eps);
    for (i = 0; i < levels && !ld->status; i++) {
        sd__unet_level *lv = &u->up[i];
        const int level = levels - 1 - i, out = cfg->block_out_channels[level];
        sd__unet_level_alloc(ld, lv, cfg->layers_per_block + 1, cfg->up_attention[i]);
        for (j = 0; j < lv->count && !ld->status; j++) {
            snprintf(p, sizeof p, "up_blocks.%d.resnets.%d", i, j);
            sd__resnet_load(ld, &lv->resnets[j], p, ch + skip_channels[--skips], out, temb, groups, eps);
            ch = out;
            if (lv->attns) {
                snprintf(p, sizeof p, "up_blocks.%d.attentions.%d", i, j);
                sd__spatial_transformer_load(ld, &lv->attns[j], p, ch, cfg->heads[level], cfg->transformer_layers[level], cfg);
            }
        }
        lv->has_resample = i < levels - 1;
        if (lv->has_resample) {
            snprintf(p, sizeof p, "up_blocks.%d.upsamplers.0.conv", i);
            sd__loader_block(ld);
            sd__conv_load(ld, &lv->resample, p, ch, ch, 3, 1);
        }
    }
    sd__norm_load(ld, &u->norm_out, "conv_norm_out", ch, groups, eps);
    sd__conv_load(ld, &u->conv_out, "conv_out", ch, cfg->out_channels, 3, 1);
    return ld->status;
}

/* One UNet evaluation: x [B, h, w, in] at the timesteps (a float32 tensor of B values, or of one
   for all), cross-attending to ctx [B, 1, tokens, dim]. Returns the prediction [B, h, w, out] in
   *out. */
static sd_result sd__unet_fwd(sd__backend *b, const sd__unet *u, const sd__tensor *x, const sd__tensor *timesteps,
                              const sd__tensor *ctx, sd__tensor *out) {
    const sd__unet_config *cfg = &u->cfg;
    sd__tensor skips[SD__MAX_LEVELS * 8 + 2];
    sd__tensor t, e, silu_emb, h, next;
    int nskips = 0, i, j;
    memset(skips, 0, sizeof skips);
    t = sd__t_new(b, x->n, 1, 1, cfg->block_out_channels[0]);
    if (!b->status) b->ops->timestep_embedding(b, timesteps, cfg->flip_sin_to_cos, cfg->freq_shift, &t);
    e = sd__linear_fwd(b, &u->time_1, &t, NULL);
    sd__t_drop(b, &t);
    if (!b->status) b->ops->activation(b, &e, SD__ACT_SILU, &e);
    silu_emb = sd__linear_fwd(b, &u->time_2, &e, NULL);
    sd__t_drop(b, &e);
    /* every resnet consumes silu(emb): compute it once */
    if (!b->status) b->ops->activation(b, &silu_emb, SD__ACT_SILU, &silu_emb);

    h = sd__conv_fwd(b, &u->conv_in, x, NULL);
    skips[nskips++] = h;
    for (i = 0; i < cfg->levels && !b->status; i++) {
        const sd__unet_level *lv = &u->down[i];
        for (j = 0; j < lv->count; j++) {
            next = sd__resnet_fwd(b, &lv->resnets[j], &h, 0, &silu_emb); /* h stays: a skip */
            h = next;
            if (lv->attns) {
                next = sd__spatial_transformer_fwd(b, &lv->attns[j], &h, ctx, u->attention_slice);
                sd__t_drop(b, &h);
                h = next;
            }
            skips[nskips++] = h; /* the skip owns h; the next layer only reads it */
        }
        if (lv->has_resample) {
            h = sd__conv_fwd(b, &lv->resample, &h, NULL);
            skips[nskips++] = h;
        }
    }
    next = sd__resnet_fwd(b, &u->mid_res[0], &h, 0, &silu_emb);
    h = next;
    next = sd__spatial_transformer_fwd(b, &u->mid_attn, &h, ctx, u->attention_slice);
    sd__t_drop(b, &h);
    h = sd__resnet_fwd(b, &u->mid_res[1], &next, 1, &silu_emb);
    for (i = 0; i < cfg->levels && !b->status; i++) {
        const sd__unet_level *lv = &u->up[i];
        for (j = 0; j < lv->count && !b->status; j++) {
            sd__tensor *skip = &skips[--nskips];
            sd__tensor cat = sd__t_new(b, h.n, h.h, h.w, h.c + skip->c);
            if (!b->status) b->ops->concat(b, &h, skip, &cat);
            sd__t_drop(b, &h);
            sd__t_drop(b, skip);
            h = sd__resnet_fwd(b, &lv->resnets[j], &cat, 1, &silu_emb);
            if (lv->attns) {
                next = sd__spatial_transformer_fwd(b, &lv->attns[j], &h, ctx, u->attention_slice);
                sd__t_drop(b, &h);
                h = next;
            }
        }
        if (lv->has_resample && !b->status) {
            /* diffusers' upsample_size: the size of the skip this output is concatenated with next */
            sd__tensor up = sd__upsample_fwd(b, &h, skips[nskips - 1].h, skips[nskips - 1].w);
            sd__t_drop(b, &h);
            h = sd__conv_fwd(b, &lv->resample, &up, NULL);
            sd__t_drop(b, &up);
        }
    }
    while (nskips > 0) sd__t_drop(b, &skips[--nskips]); /* only after a failure */
    sd__t_drop(b, &silu_emb);
    *out = sd__norm_silu_conv_fwd(b, &u->norm_out, &u->conv_out, &h);
    if (b->status) sd__t_drop(b, out);
    return b->status;
}

/* One UNet call as a planned pass, from and to the host or as a denoising step. From the host
   (io != NULL): io holds x [n, h, w, in] (NHWC) and receives the prediction [n, h, w, out]. As a
   denoising step (step != NULL): x comes from denoise_input and the prediction goes to
   denoise_step, so nothing leaves the backend. ctx and timesteps as sd__unet_fwd takes them. */
typedef struct sd__unet_call {
    const sd__unet *unet;
    const sd__tensor *ctx;
    const sd__tensor *timesteps;
    float *io;
    sd__denoise_state *step;
    int n, h, w;
} sd__unet_call;

static sd_result sd__unet_call_run(sd__backend *b, void *args) {
    const sd__unet_call *call = (const sd__unet_call *)args;
    sd__denoise_state *step = call->step;
    sd__tensor x = sd__t_new(b, call->n, call->h, call->w, call->unet->cfg.in_channels), out;
    memset(&out, 0, sizeof out);
    if (!b->status && step) b->ops->denoise_input(b, &step->latents.t, &step->plan.t, &x);
    else if (!b->status) b->ops->write(b, &x, call->io);
    if (!b->status) sd__unet_fwd(b, call->unet, &x, call->timesteps, call->ctx, &out);
    sd__t_drop(b, &x);
    if (!b->status && step)
        b->ops->denoise_step(b, &out, step->noise.t.data ? &step->noise.t : NULL, &step->plan.t, &step->latents.t, &step->aux.t);
    else if (!b->status) b->ops->read(b, &out, call->io);
    sd__t_drop(b, &out);
    return b->status;
}

static sd__pass sd__unet_call_pass(sd__unet_call *call) {
    sd__pass pass;
    memset(&pass, 0, sizeof pass);
    pass.name = "unet";
    pass.shape[0] = call->n;
    pass.shape[1] = call->h;
    pass.shape[2] = call->w;
    pass.shape[3] = call->ctx->w; /* tokens */
    pass.run = sd__unet_call_run;
    pass.args = call;
    return pass;
}

/* ---- src/model/vae.c ---- */
/* ============================================================================================
   VAE (diffusers' AutoencoderKL): encoder and decoder
   ============================================================================================ */
typedef struct sd__vae_mid {
    sd__resnet res[2];
    sd__norm attn_norm;
    sd__attention attn; /* one head over all channels; absent without mid_block_add_attention */
    int has_attn;
} sd__vae_mid;

typedef struct sd__vae_level {
    sd__resnet *resnets;
    int count;
    sd__conv resample;
    int has_resample;
} sd__vae_level;

/* diffusers' Encoder or Decoder: conv_in, the levels and the mid block (the encoder runs its
   levels first, the decoder its mid block), then norm_out, SiLU and conv_out. */
typedef struct sd__vae_coder {
    sd__conv conv_in, conv_out;
    sd__vae_mid mid;
    sd__vae_level levels[SD__MAX_LEVELS]; /* the encoder's down_blocks, the decoder's up_blocks */
    sd__norm norm_out;
} sd__vae_coder;

typedef struct sd__vae {
    sd__vae_config cfg;
    sd__conv post_quant; /* before the decoder */
    sd__vae_coder decoder;
    sd__conv quant; /* after the encoder */
    sd__vae_coder encoder;
} sd__vae;

/* Pixels per latent along each side: every level but the last halves the size. */
static int sd__vae_scale(const sd__vae_config *cfg) { return 1 << (cfg->levels - 1); }

static void sd__vae_mid_load(sd__loader *ld, sd__vae_mid *m, const char *prefix, int ch, const sd__vae_config *cfg) {
    static const char *attn_names[4] = {"to_q", "to_k", "to_v", "to_out.0"};
    char p[256];
    snprintf(p, sizeof p, "%s.resnets.0", prefix); sd__resnet_load(ld, &m->res[0], p, ch, ch, 0, cfg->norm_num_groups, 1e-6f);
    m->has_attn = cfg->mid_block_add_attention;
    if (m->has_attn) {
        sd__loader_block(ld);
        snprintf(p, sizeof p, "%s.attentions.0.group_norm", prefix);
        sd__norm_load(ld, &m->attn_norm, p, ch, cfg->norm_num_groups, 1e-6f);
        snprintf(p, sizeof p, "%s.attentions.0", prefix);
        sd__attention_load(ld, &m->attn, p, attn_names, ch, ch, 1, 1);
    }
    snprintf(p, sizeof p, "%s.resnets.1", prefix); sd__resnet_load(ld, &m->res[1], p, ch, ch, 0, cfg->norm_num_groups, 1e-6f);
}

static void sd__vae_mid_free(sd__backend *b, sd__vae_mid *m) {
    sd__resnet_free(b, &m->res[0]);
    sd__resnet_free(b, &m->res[1]);
    sd__norm_free(b, &m->attn_norm);
    sd__attention_free(b, &m->attn);
}

/* The mid block on *x, which it consumes (drops). */
static sd__tensor sd__vae_mid_fwd(sd__backend *b, const sd__vae_mid *m, sd__tensor *x) {
    const int height = x->h, width = x->w;
    sd__tensor h = sd__resnet_fwd(b, &m->res[0], x, 1, NULL), y;
    if (m->has_attn) {
        sd__tensor n = sd__group_norm_fwd(b, &m->attn_norm, &h, 0), tn = sd__as_tokens(&n), th = sd__as_tokens(&h);
        sd__tensor a = sd__attention_fwd(b, &m->attn, &tn, NULL, 0, 0, &th);
        sd__t_drop(b, &n);
        sd__t_drop(b, &h);
        h = a;
        h.h = height;
        h.w = width;
    }
    y = sd__resnet_fwd(b, &m->res[1], &h, 1, NULL);
    return y;
}

static void sd__vae_coder_free(sd__backend *b, sd__vae_coder *c) {
    int i, j;
    sd__conv_free(b, &c->conv_in); sd__conv_free(b, &c->conv_out);
    sd__vae_mid_free(b, &c->mid);
    for (i = 0; i < SD__MAX_LEVELS; i++) {
        sd__vae_level *lv = &c->levels[i];
        for (j = 0; lv->resnets && j < lv->count; j++) sd__resnet_free(b, &lv->resnets[j]);
        sd__free(b->env, lv->resnets);
        sd__conv_free(b, &lv->resample);
    }
    sd__norm_free(b, &c->norm_out);
}

static void sd__vae_free(sd__backend *b, sd__vae *v) {
    sd__conv_free(b, &v->post_quant);
    sd__vae_coder_free(b, &v->decoder);
    sd__conv_free(b, &v->quant);
    sd__vae_coder_free(b, &v->encoder);
    memset(v, 0, sizeof *v);
}

/* Level i of the encoder ("encoder.down_blocks.<i>") or the decoder ("decoder.up_blocks.<i>"):
   count resnets from ch to out channels, then on every level but the last the resampler's conv
   (stride 2 in the encoder). Returns the channels the level ends with. */
static int sd__vae_level_load(sd__loader *ld, sd__vae_level *lv, int encoder, int i, int count, int ch, int out,
                              const sd__vae_config *cfg) {
    const char *blocks = encoder ? "encoder.down_blocks" : "decoder.up_blocks";
    char p[256];
    int j;
    lv->count = count;
    lv->resnets = (sd__resnet *)sd__calloc(ld->env, (size_t)count, sizeof *lv->resnets);
    if (!lv->resnets) ld->status = sd__oom(ld->env);
    for (j = 0; j < lv->count && !ld->status; j++) {
        snprintf(p, sizeof p, "%s.%d.resnets.%d", blocks, i, j);
        sd__resnet_load(ld, &lv->resnets[j], p, ch, out, 0, cfg->norm_num_groups, 1e-6f);
        ch = out;
    }
    lv->has_resample = i < cfg->levels - 1;
    if (lv->has_resample) {
        snprintf(p, sizeof p, "%s.%d.%s.0.conv", blocks, i, encoder ? "downsamplers" : "upsamplers");
        sd__loader_block(ld);
        sd__conv_load(ld, &lv->resample, p, ch, ch, 3, encoder ? 2 : 1);
        if (encoder) lv->resample.pad = 0; /* diffusers pads the encoder's downsamplers at the bottom and right only */
    }
    return ch;
}

static sd_result sd__vae_load(sd__loader *ld, sd__vae *v, const sd__vae_config *cfg) {
    const int levels = cfg->levels, groups = cfg->norm_num_groups, latent = cfg->latent_channels;
    sd__vae_coder *dec = &v->decoder, *enc = &v->encoder;
    int i, ch = cfg->block_out_channels[levels - 1];
    memset(v, 0, sizeof *v);
    v->cfg = *cfg;
    sd__loader_model(ld, SD__WP_DECODER);
    if (cfg->use_post_quant_conv) sd__conv_load(ld, &v->post_quant, "post_quant_conv", latent, latent, 1, 1);
    sd__conv_load(ld, &dec->conv_in, "decoder.conv_in", latent, ch, 3, 1);
    sd__vae_mid_load(ld, &dec->mid, "decoder.mid_block", ch, cfg);
    for (i = 0; i < levels && !ld->status; i++)
        ch = sd__vae_level_load(ld, &dec->levels[i], 0, i, cfg->layers_per_block + 1, ch,
                                cfg->block_out_channels[levels - 1 - i], cfg);
    sd__norm_load(ld, &dec->norm_out, "decoder.conv_norm_out", ch, groups, 1e-6f);
    sd__conv_load(ld, &dec->conv_out, "decoder.conv_out", ch, cfg->out_channels, 3, 1);
    if (ld->status) return ld->status;

    sd__loader_model(ld, SD__WP_ENCODER);
    ch = cfg->block_out_channels[0];
    sd__conv_load(ld, &enc->conv_in, "encoder.conv_in", cfg->in_channels, ch, 3, 1);
    for (i = 0; i < levels && !ld->status; i++)
        ch = sd__vae_level_load(ld, &enc->levels[i], 1, i, cfg->layers_per_block, ch, cfg->block_out_channels[i], cfg);
    sd__vae_mid_load(ld, &enc->mid, "encoder.mid_block", ch, cfg);
    sd__norm_load(ld, &enc->norm_out, "encoder.conv_norm_out", ch, groups, 1e-6f);
    sd__conv_load(ld, &enc->conv_out, "encoder.conv_out", ch, 2 * latent, 3, 1);
    if (cfg->use_quant_conv) sd__conv_load(ld, &v->quant, "quant_conv", 2 * latent, 2 * latent, 1, 1);
    return ld->status;
}

/* Runs level lv on *h, which it replaces: the resnets, then the resampler's conv, after a nearest
   2x upsample when upsample is set (the decoder's levels). */
static void sd__vae_level_fwd(sd__backend *b, const sd__vae_level *lv, int upsample, sd__tensor *h) {
    sd__tensor next;
    int j;
    for (j = 0; j < lv->count; j++) {
        next = sd__resnet_fwd(b, &lv->resnets[j], h, 1, NULL);
        *h = next;
    }
    if (!lv->has_resample) return;
    if (upsample) {
        next = sd__upsample_fwd(b, h, 2 * h->h, 2 * h->w);
        sd__t_drop(b, h);
        *h = next;
    }
    next = sd__conv_fwd(b, &lv->resample, h, NULL);
    sd__t_drop(b, h);
    *h = next;
}

/* z [B, h, w, latent] (already divided by the scaling factor) -> image [B, 8h, 8w, 3] in about [-1, 1]. */
static sd_result sd__vae_decode(sd__backend *b, const sd__vae *v, const sd__tensor *z, sd__tensor *out) {
    const sd__vae_coder *dec = &v->decoder;
    sd__tensor h, next;
    int i;
    if (v->cfg.use_post_quant_conv) {
        next = sd__conv_fwd(b, &v->post_quant, z, NULL);
        h = sd__conv_fwd(b, &dec->conv_in, &next, NULL);
        sd__t_drop(b, &next);
    } else {
        h = sd__conv_fwd(b, &dec->conv_in, z, NULL);
    }
    h = sd__vae_mid_fwd(b, &dec->mid, &h);
    for (i = 0; i < v->cfg.levels && !b->status; i++) sd__vae_level_fwd(b, &dec->levels[i], 1, &h);
    *out = sd__norm_silu_conv_fwd(b, &dec->norm_out, &dec->conv_out, &h);
    if (b->status) sd__t_drop(b, out);
    return b->status;
}

/* image [B, H, W, 3] in [-1, 1] -> the posterior's moments [B, H/8, W/8, 2 * latent]:
   channels [0, latent) are the mean, [latent, 2 latent) the log-variance (not yet clamped). */
static sd_result sd__vae_encode(sd__backend *b, const sd__vae *v, const sd__tensor *image, sd__tensor *moments) {
    const sd__vae_coder *enc = &v->encoder;
    sd__tensor h = sd__conv_fwd(b, &enc->conv_in, image, NULL), next;
    int i;
    for (i = 0; i < v->cfg.levels && !b->status; i++) sd__vae_level_fwd(b, &enc->levels[i], 0, &h);
    next = sd__vae_mid_fwd(b, &enc->mid, &h);
    h = sd__norm_silu_conv_fwd(b, &enc->norm_out, &enc->conv_out, &next);
    if (v->cfg.use_quant_conv) {
        *moments = sd__conv_fwd(b, &v->quant, &h, NULL);
        sd__t_drop(b, &h);
    } else {
        *moments = h;
    }
    if (b->status) sd__t_drop(b, moments);
    return b->status;
}

/* --------------------------------------------------------------------------------------------
   Host to host decodes and encodes as planned passes, whole or (diffusers' enable_tiling) in
   overlapping tiles whose seams are blended linearly, so that memory stays that of one tile.
   -------------------------------------------------------------------------------------------- */
typedef sd_result (*sd__vae_fn)(sd__backend *b, const sd__vae *v, const sd__tensor *in, sd__tensor *out);

/* fn (sd__vae_decode or sd__vae_encode) from host in [n, h, w, c] to host out (NHWC), whose
   height and width it sets. */
typedef struct sd__vae_call {
    const sd__vae *v;
    sd__vae_fn fn;
    const float *in;
    int n, h, w, c;
    float *out;
    int out_h, out_w;
} sd__vae_call;

static sd_result sd__vae_call_run(sd__backend *b, void *args) {
    sd__vae_call *call = (sd__vae_call *)args;
    sd__tensor x = sd__t_new(b, call->n, call->h, call->w, call->c), y;
    memset(&y, 0, sizeof y);
    if (!b->status) b->ops->write(b, &x, call->in);
    if (!b->status) call->fn(b, call->v, &x, &y);
    sd__t_drop(b, &x);
    if (!b->status) {
        b->ops->read(b, &y, call->out);
        call->out_h = y.h;
        call->out_w = y.w;
    }
    sd__t_drop(b, &y);
    return b->status;
}

static sd__pass sd__vae_pass(sd__vae_call *call) {
    sd__pass pass;
    memset(&pass, 0, sizeof pass);
    pass.name = call->fn == sd__vae_decode ? "vae decoder" : "vae encoder";
    pass.shape[0] = call->n;
    pass.shape[1] = call->h;
    pass.shape[2] = call->w;
    pass.shape[3] = call->c;
    pass.run = sd__vae_call_run;
    pass.args = call;
    return pass;
}

static sd_result sd__vae_run(sd__backend *b, sd__vae_call *call) {
    const sd__pass pass = sd__vae_pass(call);
    return sd__run_planned(b, &pass);
}

typedef struct sd__vae_tile {
    float *data; /* NHWC, one image */
    int h, w;
} sd__vae_tile;

/* b's first rows (columns when horizontal) fade in from a's last ones, in place, as diffusers'
   blend_v / blend_h: weights (1 - k/e) and k/e in float32 over e = min(a, b, extent) lines.
   Vertical neighbours have the same width, horizontal ones the same height. */
static void sd__vae_blend(const sd__vae_tile *a, sd__vae_tile *b, int extent, int horizontal, int c) {
    const int e = SD__MIN(extent, horizontal ? SD__MIN(a->w, b->w) : SD__MIN(a->h, b->h));
    int k, y, ch;
    for (k = 0; k < e; k++) {
        const float wa = (float)(1.0 - (double)k / e), wb = (float)((double)k / e);
        const int lines = horizontal ? b->h : b->w;
        for (y = 0; y < lines; y++) {
            /* horizontal: column k of row y; vertical: row k, column y */
            const float *pa = horizontal ? a->data + ((size_t)y * a->w + (size_t)(a->w - e + k)) * (size_t)c
                                         : a->data + ((size_t)(a->h - e + k) * a->w + (size_t)y) * (size_t)c;
            float *pb = horizontal ? b->data + ((size_t)y * b->w + (size_t)k) * (size_t)c
                                   : b->data + ((size_t)k * b->w + (size_t)y) * (size_t)c;
            for (ch = 0; ch < c; ch++) pb[ch] = pa[ch] * wa + pb[ch] * wb;
        }
    }
}

/* Runs fn over in (host NHWC [1, in_h, in_w, in_c]) in tiles of tile_in pixels that overlap by a
   quarter; each output tile (tile_out pixels a side when whole) is blended into its upper and
   left neighbours over a quarter of tile_out and cropped to the other three quarters, as
   diffusers' tiled_decode / _tiled_encode. out receives [1, out_h, out_w, out_c]. */
static sd_result sd__vae_tiled(sd__backend *b, const sd__vae *v, sd__vae_fn fn, const float *in, int in_h, int in_w,
                               int in_c, int tile_in, int tile_out, int out_c, float *out, int out_h, int out_w) {
    const int overlap = (int)(tile_in * (1.0 - 0.25)), blend = (int)(tile_out * 0.25), keep = tile_out - blend;
    const int cols = (in_w + overlap - 1) / overlap;
    sd__vae_tile *prev = (sd__vae_tile *)sd__calloc(b->env, (size_t)cols, sizeof *prev);
    sd__vae_tile *cur = (sd__vae_tile *)sd__calloc(b->env, (size_t)cols, sizeof *cur);
    float *staging = (float *)sd__calloc(b->env, (size_t)tile_in * (size_t)tile_in, (size_t)in_c * sizeof(float));
    int i, j, y, out_y = 0;
    sd_result r = SD_OK;
    if (!prev || !cur || !staging) {
        sd__free(b->env, prev);
        sd__free(b->env, cur);
        sd__free(b->env, staging);
        return sd__oom(b->env);
    }
    for (i = 0; i < in_h && r == SD_OK; i += overlap) {
        int out_x = 0, row_h = 0;
        for (j = 0; j < cols && r == SD_OK; j++) {
            const int th = SD__MIN(tile_in, in_h - i), tw = SD__MIN(tile_in, in_w - j * overlap);
            sd__vae_tile *tile = &cur[j];
            sd__vae_call call;
            for (y = 0; y < th; y++)
                memcpy(staging + (size_t)y * tw * in_c, in + ((size_t)(i + y) * in_w + (size_t)(j * overlap)) * in_c,
                       (size_t)tw * in_c * sizeof(float));
            /* an output tile is at most tile_out a side */
            tile->data = (float *)sd__calloc(b->env, (size_t)tile_out * (size_t)tile_out, (size_t)out_c * sizeof(float));
            if (!tile->data) {
                r = sd__oom(b->env);
                break;
            }
            call.v = v;
            call.fn = fn;
            call.in = staging;
            call.n = 1;
            call.h = th;
            call.w = tw;
            call.c = in_c;
            call.out = tile->data;
            if ((r = sd__vae_run(b, &call)) != SD_OK) break;
            tile->h = call.out_h;
            tile->w = call.out_w;
            if (i > 0) sd__vae_blend(&prev[j], tile, blend, 0, out_c);
            if (j > 0) sd__vae_blend(&cur[j - 1], tile, blend, 1, out_c);
            row_h = SD__MIN(keep, tile->h);
            for (y = 0; y < row_h && out_y + y < out_h; y++)
                memcpy(out + ((size_t)(out_y + y) * out_w + (size_t)out_x) * out_c, tile->data + (size_t)y * tile->w * out_c,
                       (size_t)SD__MIN(SD__MIN(keep, tile->w), out_w - out_x) * out_c * sizeof(float));
            out_x += SD__MIN(keep, tile->w);
        }
        for (j = 0; j < cols; j++) {
            sd__free(b->env, prev[j].data);
            prev[j] = cur[j];
            cur[j].data = NULL;
        }
        out_y += row_h;
    }
    for (j = 0; j < cols; j++) {
        sd__free(b->env, prev[j].data);
        sd__free(b->env, cur[j].data);
    }
    sd__free(b->env, prev);
    sd__free(b->env, cur);
    sd__free(b->env, staging);
    return r;
}

/* The sizes tiling works in: the VAE's sample_size in pixels, and that over the scale in latents. */
static int sd__vae_tile_pixels(const sd__vae *v) { return v->cfg.sample_size; }
static int sd__vae_tile_latents(const sd__vae *v) { return v->cfg.sample_size / sd__vae_scale(&v->cfg); }

/* The first pass of a decode (fn sd__vae_decode, n latents of h x w) or an encode (sd__vae_encode,
   one image of h x w): the whole input, or when tiled and larger than a tile its first tile, the
   largest. Host buffers are left NULL (what sd__plan_prepare needs: a dry run touches none). */
static sd__vae_call sd__vae_first_call(const sd__vae *v, sd__vae_fn fn, int n, int h, int w, int tiled) {
    const int decode = fn == sd__vae_decode, tile = decode ? sd__vae_tile_latents(v) : sd__vae_tile_pixels(v);
    sd__vae_call call;
    memset(&call, 0, sizeof call);
    call.v = v;
    call.fn = fn;
    call.n = n;
    call.h = h;
    call.w = w;
    call.c = decode ? v->cfg.latent_channels : v->cfg.in_channels;
    if (tiled && (h > tile || w > tile)) {
        call.n = 1;
        call.h = SD__MIN(tile, h);
        call.w = SD__MIN(tile, w);
    }
    return call;
}

/* Decodes n latents (host NHWC [n, h, w, latent], already divided by the scaling factor) into
   rgb (host NHWC [n, h * scale, w * scale, 3]): in one batch, or image by image in tiles when
   tiled and larger than a tile. */
static sd_result sd__vae_decode_latents(sd__backend *b, const sd__vae *v, const float *z, int n, int h, int w, int tiled,
                                        float *rgb) {
    const int scale = sd__vae_scale(&v->cfg), tile = sd__vae_tile_latents(v), lc = v->cfg.latent_channels;
    sd__vae_call call;
    sd_result r = SD_OK;
    int k;
    if (tiled && (h > tile || w > tile)) {
        for (k = 0; k < n && r == SD_OK; k++)
            r = sd__vae_tiled(b, v, sd__vae_decode, z + (size_t)k * h * w * lc, h, w, lc, tile, sd__vae_tile_pixels(v),
                              v->cfg.out_channels, rgb + (size_t)k * h * w * scale * scale * v->cfg.out_channels, h * scale,
                              w * scale);
        return r;
    }
    call = sd__vae_first_call(v, sd__vae_decode, n, h, w, 0);
    call.in = z;
    call.out = rgb;
    return sd__vae_run(b, &call);
}

/* Encodes one image (host NHWC [1, H, W, 3] in [-1, 1]) into its posterior's moments (host NHWC
   [1, H / scale, W / scale, 2 * latent]), in tiles when tiled and larger than a tile. */
static sd_result sd__vae_encode_image(sd__backend *b, const sd__vae *v, const float *img, int H, int W, int tiled,
                                      float *moments) {
    const int scale = sd__vae_scale(&v->cfg), tile = sd__vae_tile_pixels(v);
    sd__vae_call call;
    if (tiled && (H > tile || W > tile))
        return sd__vae_tiled(b, v, sd__vae_encode, img, H, W, v->cfg.in_channels, tile, sd__vae_tile_latents(v),
                             2 * v->cfg.latent_channels, moments, H / scale, W / scale);
    call = sd__vae_first_call(v, sd__vae_encode, 1, H, W, 0);
    call.in = img;
    call.out = moments;
    return sd__vae_run(b, &call);
}

/* ---- src/pipeline/rng.c ---- */
/* ============================================================================================
   RNG: PyTorch's CPU (mt19937) and CUDA (Philox) randn on the host, bit for bit
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

/* A run's noise over a batch: one generator for the whole batch (diffusers' batch: image i depends
   on the batch size), or one per image (A1111: image i is the image of seed + i alone), each
   drawing its image's share of every draw. */
typedef struct sd__noise {
    sd__torch_rng *gens;
    int count; /* 1, or the batch size */
} sd__noise;

static void sd__noise_randn(sd__noise *noise, float *out, size_t n) {
    const size_t per = n / (size_t)noise->count;
    int b;
    for (b = 0; b < noise->count; b++) sd__randn(&noise->gens[b], out + (size_t)b * per, noise->count == 1 ? n : per);
}

/* ---- src/pipeline/scheduler_config.c ---- */
/* ============================================================================================
   Schedulers: diffusers' DDIM, PNDM, LMS, Euler, Euler ancestral and DPM++ 2M. Here their
   configuration (diffusers' scheduler_config.json)
   ============================================================================================ */
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

/* diffusers' names of sd__beta_schedule and sd__prediction, in enum order (NULL-terminated for
   sd__sched_json_enum). */
static const char *const sd__beta_schedule_names[] = {"linear", "scaled_linear", "squaredcos_cap_v2", NULL};
static const char *const sd__prediction_names[] = {"epsilon", "v_prediction", "sample", NULL};

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
    if ((r = sd__sched_json_enum(env, root, "beta_schedule", sd__beta_schedule_names, &e)) != SD_OK) return r;
    if (e >= 0) c->beta_schedule = (sd__beta_schedule)e;
    e = -1;
    if ((r = sd__sched_json_enum(env, root, "prediction_type", sd__prediction_names, &e)) != SD_OK) return r;
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

/* ---- src/pipeline/schedules.c ---- */
/* ============================================================================================
   Schedulers: schedules. diffusers computes them with torch float32 tensors and numpy float64 arrays; the
   helpers below repeat that arithmetic, so timesteps and sigmas come out as diffusers' do.
   ============================================================================================ */
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
    /* The multistep state lives where the steps run (the aux slots of sd__denoise_range, zero at
       the begin step); the scheduler keeps the bookkeeping that its plans need. */
    int ring;                 /* history slots: PNDM's model outputs, LMS's derivatives, DPM++'s x0 */
    int history_head;         /* the slot of the newest entry */
    int history_count;
    int has_cur_sample;       /* PNDM: aux S holds the sample the next step starts from */
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
    if (last < 1) return 0; /* lambda_min_clipped above every timestep's log-SNR: none is left */
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

/* Sets up the schedule of `steps` inference steps (as diffusers' set_timesteps). */
static sd_result sd__sched_init(sd__env *env, sd__sched *s, const sd__sched_config *config, sd_sampler sampler, int steps) {
    int train, i, k_diffusion, desc_count;
    size_t tmp_count;
    double *tmp = NULL;
    float *table = NULL;
    sd_result r;
    memset(s, 0, sizeof *s);
    sampler = sd__sched_resolve_sampler(sampler);
    if ((r = sd__sched_check(env, config, sampler, steps)) != SD_OK) return r;
    s->sampler = sampler;
    s->config = *config;
    s->steps = steps;
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
    if (s->count < 1) {
        r = sd__fail(env, SD_ERR_MODEL_FORMAT, "scheduler config: no timestep is left for %s (lambda_min_clipped %g clips "
                     "them all)", sd_sampler_name(sampler), s->config.lambda_min_clipped);
        goto done;
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
        if (sampler == SD_SAMPLER_DPMPP_2M || sampler == SD_SAMPLER_DPMPP_2M_KARRAS) {
            /* A timestep the rounding repeats (1000 linspace steps hold 500 twice; lambda_min_clipped
               squeezes many onto one) is a step of zero length, and DPM++ 2M's next update divides
               by it: diffusers 0.42 turns the latents to Inf there. Refused before any work. */
            for (i = 0; i + 1 < s->count; i++)
                if (s->sigmas[i] == s->sigmas[i + 1]) {
                    r = sd__fail(env, SD_ERR_INVALID_ARGUMENT,
                                 "%s: %d steps repeat timestep %.0f (steps %d and %d), a step of length zero that DPM++ 2M "
                                 "divides by (diffusers gives Inf there); use fewer steps, or \"timestep_spacing\": "
                                 "\"trailing\" in the scheduler config", sd_sampler_name(sampler), steps, tmp[i], i + 1, i + 2);
                    goto done;
                }
            s->init_noise_sigma = 1.0f;
        }
        else if (s->config.timestep_spacing == SD__SPACING_LEADING) s->init_noise_sigma = sqrtf(max_sigma * max_sigma + 1.0f);
        else s->init_noise_sigma = max_sigma;
    }
    for (i = 0; i < s->count; i++) s->timesteps[i] = (float)tmp[i];

    /* the history ring: PNDM 4 model outputs, LMS 4 derivatives, DPM++ 2 x0 predictions */
    if (sampler == SD_SAMPLER_PNDM || sampler == SD_SAMPLER_LMS) s->ring = 4;
    if (sampler == SD_SAMPLER_DPMPP_2M || sampler == SD_SAMPLER_DPMPP_2M_KARRAS) s->ring = 2;
    r = SD_OK;
done:
    sd__free(env, tmp);
    sd__free(env, table);
    if (r != SD_OK) sd__sched_free(env, s);
    return r;
}

/* ---- src/pipeline/scheduler_steps.c ---- */
/* ============================================================================================
   Schedulers: steps. Coefficients are computed in double from diffusers' float32 schedule values; each
   element follows diffusers' formula in double and is rounded once.
   ============================================================================================ */

/* Each step is planned as one elementwise update (sd__denoise_range): these fill its
   coefficients, computed in double from diffusers' formulas multiplied out, and move the
   scheduler's bookkeeping on. */

/* Makes room for a newest history entry, dropping the oldest beyond `keep`; returns its slot. */
static int sd__sched_push(sd__sched *s, int keep) {
    s->history_head = s->history_count ? (s->history_head + 1) % s->ring : 0;
    if (s->history_count < keep) s->history_count++;
    return s->history_head;
}

/* The plan index of the history entry `back` steps before the newest (0: the newest). */
static int sd__sched_recent(const sd__sched *s, int back) {
    return SD__PLAN_X_H + (s->history_head - back + s->ring) % s->ring;
}

/* The new entry: the float32 history value of this step (e = ex x + em m). */
static void sd__plan_entry(float *plan, int slot, double ex, double em) {
    plan[SD__PLAN_E_X] = (float)ex;
    plan[SD__PLAN_E_M] = (float)em;
    plan[SD__PLAN_ENTRY_SLOT] = (float)slot;
}

/* Adds coefficient to plan[index]: plans are sums of terms. */
static void sd__plan_add(float *plan, int index, double coefficient) { plan[index] = (float)(plan[index] + coefficient); }

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

/* DDIM with eta 0: x0 (the entry, clipped with clip_sample) and epsilon from x and m, then
   x' = sqrt(a_prev) x0 + sqrt(1 - a_prev) epsilon. */
static sd_result sd__sched_plan_ddim(sd__env *env, sd__sched *s, int i, float *plan) {
    double t = s->timesteps[i], a_t = 0, a_prev = 0, sa, sb, sa_prev, sb_prev;
    sd_result r;
    if ((r = sd__sched_alpha_at(env, s, t, &a_t)) != SD_OK) return r;
    if ((r = sd__sched_alpha_at(env, s, t - s->config.num_train_timesteps / s->steps, &a_prev)) != SD_OK) return r;
    sa = sqrt(a_t);
    sb = sqrt(1 - a_t);
    sa_prev = sqrt(a_prev);
    sb_prev = sqrt(1 - a_prev);
    switch (s->config.prediction_type) { /* x0 = ex x + em m; epsilon = x * plan x + m * plan m */
    case SD__PREDICT_EPSILON: sd__plan_entry(plan, -1, 1 / sa, -sb / sa); sd__plan_add(plan, SD__PLAN_X_M, sb_prev); break;
    case SD__PREDICT_SAMPLE:
        sd__plan_entry(plan, -1, 0, 1);
        sd__plan_add(plan, SD__PLAN_X_X, sb_prev / sb);
        sd__plan_add(plan, SD__PLAN_X_M, -sb_prev * sa / sb);
        break;
    default:
        sd__plan_entry(plan, -1, sa, -sb);
        sd__plan_add(plan, SD__PLAN_X_X, sb_prev * sb);
        sd__plan_add(plan, SD__PLAN_X_M, sb_prev * sa);
        break;
    }
    if (s->config.clip_sample) plan[SD__PLAN_CLAMP] = s->config.clip_sample_range;
    sd__plan_add(plan, SD__PLAN_X_E, sa_prev);
    return SD_OK;
}

/* The model-output combinations of PNDM's steps (see sd__sched_pndm_update). */
typedef enum sd__pndm_combine {
    SD__PNDM_OUTPUT,      /* the model output as is */
    SD__PNDM_PLMS_SECOND, /* PLMS's second (Heun-like) stage: the mean of it and the newest entry */
    SD__PNDM_RK_FOURTH,   /* Runge-Kutta's fourth stage: the sum so far plus it / 6 */
    SD__PNDM_PLMS         /* PLMS over the history, of its order; the newest entry is this step's */
} sd__pndm_combine;

/* PNDM's _get_prev_sample from timestep t to prev_t, starting from the saved sample (from_saved)
   or x: x' = sample_coeff from - output_coeff M, with M the combination of model outputs (for v
   prediction sqrt(a_t) M + sqrt(1 - a_t) from). */
static sd_result sd__sched_pndm_update(sd__env *env, sd__sched *s, double t, double prev_t, int from_saved,
                                       sd__pndm_combine combine, float *plan) {
    static const double plms[4][4] = {{1, 0, 0, 0}, {1.5, -0.5, 0, 0}, {23.0 / 12, -16.0 / 12, 5.0 / 12, 0},
                                      {55.0 / 24, -59.0 / 24, 37.0 / 24, -9.0 / 24}};
    double a_t = 0, a_prev = 0, b_t, from, out;
    int j;
    sd_result r;
    if ((r = sd__sched_alpha_at(env, s, t, &a_t)) != SD_OK) return r;
    if ((r = sd__sched_alpha_at(env, s, prev_t, &a_prev)) != SD_OK) return r;
    b_t = 1 - a_t;
    from = sqrt(a_prev / a_t);
    out = -(a_prev - a_t) / (a_t * sqrt(1 - a_prev) + sqrt(a_t * b_t * a_prev));
    if (s->config.prediction_type == SD__PREDICT_V) {
        from += out * sqrt(b_t);
        out *= sqrt(a_t);
    }
    sd__plan_add(plan, from_saved ? SD__PLAN_X_S : SD__PLAN_X_X, from);
    switch (combine) {
    case SD__PNDM_OUTPUT: sd__plan_add(plan, SD__PLAN_X_M, out); break;
    case SD__PNDM_PLMS_SECOND:
        sd__plan_add(plan, SD__PLAN_X_M, out / 2);
        sd__plan_add(plan, sd__sched_recent(s, 0), out / 2);
        break;
    case SD__PNDM_RK_FOURTH:
        sd__plan_add(plan, SD__PLAN_X_C, out);
        sd__plan_add(plan, SD__PLAN_X_M, out / 6);
        break;
    default:
        sd__plan_add(plan, SD__PLAN_X_E, out * plms[s->history_count - 1][0]);
        for (j = 1; j < s->history_count; j++) sd__plan_add(plan, sd__sched_recent(s, j), out * plms[s->history_count - 1][j]);
        break;
    }
    return SD_OK;
}

static sd_result sd__sched_plan_pndm(sd__env *env, sd__sched *s, int i, float *plan) {
    int counter = i - s->begin, ratio = s->config.num_train_timesteps / s->steps;
    double t = s->timesteps[i];
    if (counter < s->prk_count) { /* Runge-Kutta: 4 evaluations per timestep, summed in C */
        double prev_t = t - (counter % 2 ? 0 : ratio / 2), start_t = s->timesteps[counter / 4 * 4];
        sd__pndm_combine combine = SD__PNDM_OUTPUT;
        plan[SD__PLAN_UPDATE_C] = 1;
        plan[SD__PLAN_C_C] = 1;
        switch (counter % 4) {
        case 0:
            plan[SD__PLAN_C_M] = (float)(1.0 / 6.0);
            sd__plan_entry(plan, sd__sched_push(s, 4), 0, 1);
            plan[SD__PLAN_SAVE_SAMPLE] = 1;
            s->has_cur_sample = 1;
            return sd__sched_pndm_update(env, s, start_t, prev_t, 0, combine, plan); /* from the saved sample: x */
        case 1:
        case 2: plan[SD__PLAN_C_M] = (float)(1.0 / 3.0); break;
        default: /* the sum is used, then starts again */
            combine = SD__PNDM_RK_FOURTH;
            plan[SD__PLAN_C_C] = 0;
            break;
        }
        return sd__sched_pndm_update(env, s, start_t, prev_t, s->has_cur_sample, combine, plan);
    }
    /* PLMS; its second evaluation redoes the first step from the saved sample with the average
       of both outputs */
    if (counter == 1) {
        s->has_cur_sample = 0;
        return sd__sched_pndm_update(env, s, t + ratio, t, 1, SD__PNDM_PLMS_SECOND, plan);
    }
    sd__plan_entry(plan, sd__sched_push(s, 4), 0, 1);
    if (s->history_count == 1 && counter == 0) {
        plan[SD__PLAN_SAVE_SAMPLE] = 1;
        s->has_cur_sample = 1;
    }
    return sd__sched_pndm_update(env, s, t, t - ratio, 0, SD__PNDM_PLMS, plan);
}

/* The k-diffusion samplers' derivative (x - x0(x, m)) / sigma as dx x + dm m, x0 being the
   prediction at noise level sigma. */
static void sd__k_derivative(sd__prediction prediction, double sigma, double *dx, double *dm) {
    switch (prediction) {
    case SD__PREDICT_EPSILON: *dx = 0; *dm = 1; break;
    case SD__PREDICT_SAMPLE: *dx = 1 / sigma; *dm = -1 / sigma; break;
    default: /* x0 = m (-sigma / sqrt(sigma^2 + 1)) + x / (sigma^2 + 1) */
        *dx = sigma / (sigma * sigma + 1);
        *dm = 1 / sqrt(sigma * sigma + 1);
        break;
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

/* LMS: the derivative is the entry; x' = x + the derivatives weighted by the coefficients. */
static void sd__sched_plan_lms(sd__sched *s, int i, float *plan) {
    double dx, dm;
    int order = SD__MIN(i + 1, 4), terms, j;
    sd__k_derivative(s->config.prediction_type, s->sigmas[i], &dx, &dm);
    sd__plan_entry(plan, sd__sched_push(s, 4), dx, dm);
    /* after img2img's start fewer derivatives than the order exist; diffusers pairs the
       coefficients with the ones there are */
    terms = SD__MIN(order, s->history_count);
    plan[SD__PLAN_X_X] = 1;
    sd__plan_add(plan, SD__PLAN_X_E, sd__lms_coefficient(s->sigmas, i, order, 0));
    for (j = 1; j < terms; j++) sd__plan_add(plan, sd__sched_recent(s, j), sd__lms_coefficient(s->sigmas, i, order, j));
}

/* Euler (with diffusers' default s_churn 0) and Euler ancestral, which steps down to sigma_down
   and adds fresh noise of sigma_up: x' = x + derivative dt (+ noise up). */
static void sd__sched_plan_euler(sd__sched *s, int i, float *plan) {
    double sigma = s->sigmas[i], next = s->sigmas[i + 1], up = 0, dt, dx, dm;
    if (s->sampler == SD_SAMPLER_EULER_A) {
        up = sqrt(next * next * (sigma * sigma - next * next) / (sigma * sigma));
        dt = sqrt(next * next - up * up) - sigma;
    } else {
        dt = next - sigma;
    }
    sd__k_derivative(s->config.prediction_type, sigma, &dx, &dm);
    plan[SD__PLAN_X_X] = (float)(1 + dx * dt);
    plan[SD__PLAN_X_M] = (float)(dm * dt);
    plan[SD__PLAN_X_Z] = (float)up;
}

/* DPM-Solver++ (2M): x0 predictions (the entries) extrapolated in log-SNR lambda = -log(sigma).
   With alpha = 1/sqrt(sigma^2+1), exp(-h) = sigma_next / sigma exactly, also for a final sigma
   of 0. x' = ratio x + d0 x0 + d1 (x0 - x0_prev). */
static void sd__sched_plan_dpm(sd__sched *s, int i, float *plan) {
    const sd__sched_config *c = &s->config;
    double sigma = s->sigmas[i], next = s->sigmas[i + 1];
    double alpha_s = 1 / sqrt(sigma * sigma + 1), alpha_t = 1 / sqrt(next * next + 1);
    double exp_neg_h = next / sigma, d0 = -alpha_t * (exp_neg_h - 1), d1 = 0;
    int last = i == s->count - 1;
    int first_order = s->lower_order_nums < 1 ||
                      (last && (c->euler_at_final || (c->lower_order_final && s->count < 15) || !c->final_sigma_min));
    const int slot = sd__sched_push(s, 2);
    /* order 2 is the highest, so lower_order_second changes nothing */
    switch (c->prediction_type) {
    case SD__PREDICT_EPSILON: sd__plan_entry(plan, slot, 1 / alpha_s, -sigma); break;
    case SD__PREDICT_SAMPLE: sd__plan_entry(plan, slot, 0, 1); break;
    default: sd__plan_entry(plan, slot, alpha_s, -sigma * alpha_s); break;
    }
    if (!first_order) {
        double prev = s->sigmas[i - 1], h = log(sigma / next), r0 = log(prev / sigma) / h;
        d1 = c->solver_heun ? alpha_t * ((exp_neg_h - 1) / h + 1) / r0 : -0.5 * alpha_t * (exp_neg_h - 1) / r0;
        sd__plan_add(plan, sd__sched_recent(s, 1), -d1);
    }
    plan[SD__PLAN_X_X] = (float)((next * alpha_t) / (sigma * alpha_s));
    sd__plan_add(plan, SD__PLAN_X_E, d0 + d1);
    if (s->lower_order_nums < 2) s->lower_order_nums++;
}

/* Plans step i of the whole latent batch (the coefficients of sd__denoise_range, the timestep
   and the input scale; guidance is the caller's). Steps are planned in order from the begin
   index. */
static sd_result sd__sched_plan(sd__env *env, sd__sched *s, int i, float plan[SD__PLAN_FLOATS]) {
    sd_result r = SD_OK;
    if (i != s->next || i >= s->count)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "scheduler step %d out of order (expected %d of %d)", i, s->next, s->count);
    memset(plan, 0, SD__PLAN_FLOATS * sizeof *plan);
    plan[SD__PLAN_TIMESTEP] = s->timesteps[i];
    plan[SD__PLAN_INPUT_SCALE] = sd__sched_input_scale(s, i);
    plan[SD__PLAN_ENTRY_SLOT] = -1;
    switch (s->sampler) {
    case SD_SAMPLER_DDIM: r = sd__sched_plan_ddim(env, s, i, plan); break;
    case SD_SAMPLER_PNDM: r = sd__sched_plan_pndm(env, s, i, plan); break;
    case SD_SAMPLER_LMS: sd__sched_plan_lms(s, i, plan); break;
    case SD_SAMPLER_EULER:
    case SD_SAMPLER_EULER_A: sd__sched_plan_euler(s, i, plan); break;
    default: sd__sched_plan_dpm(s, i, plan); break;
    }
    if (r == SD_OK) s->next++;
    return r;
}

/* Whether each step adds fresh noise (Euler a; drawn by the caller before every step, the last
   one too, as diffusers does). */
static int sd__sched_needs_noise(const sd__sched *s) { return s->sampler == SD_SAMPLER_EULER_A; }

/* img2img (diffusers' get_timesteps): the index of the first step run at this strength,
   steps - int(steps * strength); the run is timesteps[begin .. count), which diffusers refuses
   when it is empty (strength * steps < 1, except for PNDM's extra entry).
   strength is a float: its shortest decimal form is what the user wrote and what Python
   multiplies as a double, which decides int() at the boundaries (0.29 * 100 = 28.999...). */
static int sd__sched_img2img_begin(const sd__sched *s, float strength) {
    char text[32];
    double exact = strength, product;
    int digits, init_steps, begin;
    for (digits = 1; digits <= 9; digits++) {
        snprintf(text, sizeof text, "%.*g", digits, (double)strength);
        if ((float)strtod(text, NULL) == strength) {
            exact = strtod(text, NULL);
            break;
        }
    }
    product = s->steps * exact;
    init_steps = product >= s->steps ? s->steps : (product > 0 ? (int)product : 0);
    begin = s->steps - init_steps; /* t_start * order, with order 1 for every scheduler here */
    /* a schedule whose repeated timesteps were dropped is shorter than steps: Python's slice
       timesteps[begin:] then ends at its end, and so does this */
    return begin < s->count ? begin : s->count;
}

/* Starts the run at step `index` (diffusers' set_begin_index): steps before it are skipped and
   the multistep state starts empty (its aux slots zero). */
static void sd__sched_set_begin(sd__sched *s, int index) {
    s->begin = s->next = index;
    s->history_count = 0;
    s->has_cur_sample = 0;
    s->lower_order_nums = 0;
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

/* ---- src/pipeline/pipeline.c ---- */
/* ============================================================================================
   Pipeline: contexts, parameter checks, txt2img and img2img
   ============================================================================================ */
struct sd_ctx {
    sd__env env;
    sd_desc desc;              /* with every default resolved */
    sd__tokenizer *tokenizer;  /* the model's own files when it has them, else the built-in BPE */
    sd_result create_result;   /* what sd_create returned: a context it failed refuses every call */
    char create_error[sizeof ((sd__env *)0)->message]; /* and its message */
    int has_model;
    sd__model model;
    sd__backend *backend;
    sd__planner planner;       /* the backend's activation memory (backend/plan.c) */
    sd__clip clip;
    sd__unet unet;
    sd__vae vae;
    sd__denoise_state step;    /* the denoising loop's state on the backend, kept for the next call */
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
    if (!out) return SD_ERR_INVALID_ARGUMENT;
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
    if (!d->autotune) d->autotune = SD_DEFAULT_AUTOTUNE;
    if (!d->graphs) d->graphs = SD_DEFAULT_GRAPHS;
    if (!d->precision) d->precision = SD_DEFAULT_PRECISION;
    if ((int)d->backend < SD_BACKEND_AUTO || d->backend > SD_BACKEND_CUDA)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "unknown backend %d", (int)d->backend);
    if ((int)d->precision < 0 || d->precision > SD_PRECISION_BF16)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "unknown precision %d", (int)d->precision);
    if ((int)d->offload < SD_OFFLOAD_NONE || d->offload > SD_OFFLOAD_SEQUENTIAL)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "unknown offload mode %d", (int)d->offload);
    if (d->attention_slice < SD_SLICE_AUTO)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "attention_slice must be a head count, SD_SLICE_AUTO or SD_SLICE_OFF");
    if (d->threads < 0 || d->threads > SD_MAX_THREADS)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "threads must be 0 (all cores) to %d, got %d", SD_MAX_THREADS, d->threads);
    if (!d->threads) d->threads = sd__cpu_count();
    if (d->device < 0) return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "device must be >= 0, got %d", d->device);
    if ((d->allocator.alloc == NULL) != (d->allocator.free == NULL))
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "allocator needs both alloc and free, or neither");
    return SD_OK;
}

/* Picks the backend: CUDA when asked for or (auto) when usable, else the CPU. With auto, a
   machine without CUDA is no error: the reason is logged as INFO. A machine whose driver works
   but whose CUDA backend does not start (no kernels, no cuBLAS, an old driver) gets a WARN line:
   the CPU it falls back to is a hundred times slower. */
static sd_result sd__open_backend(sd_ctx *ctx) {
    sd__env *env = &ctx->env;
    if (ctx->desc.backend != SD_BACKEND_CPU) {
        const sd_logger logger = env->logger;
        sd_result r;
        if (ctx->desc.backend == SD_BACKEND_AUTO) env->logger.func = NULL; /* a failed probe is not an ERROR line */
        r = sd__cuda_backend_create(env, &ctx->desc, &ctx->backend);
        env->logger = logger;
        if (r == SD_OK) {
            if (ctx->desc.precision == SD_PRECISION_DEFAULT) ctx->desc.precision = SD_PRECISION_FP16;
            return SD_OK;
        }
        if (ctx->desc.backend == SD_BACKEND_CUDA) return r;
        if (strncmp(env->message, "no CUDA driver", 14) == 0 || strncmp(env->message, "no CUDA device", 14) == 0)
            sd__log(env, SD_LOG_INFO, "CUDA backend unavailable (%s): using the CPU", env->message);
        else
            sd__log(env, SD_LOG_WARN, "an NVIDIA GPU is here but the CUDA backend did not start, so this runs on the far "
                    "slower CPU: %s", env->message);
        sd__clear_error(env);
    }
    if (ctx->desc.precision == SD_PRECISION_DEFAULT) ctx->desc.precision = SD_PRECISION_FP32;
    return sd__cpu_backend_create(env, ctx->desc.threads, ctx->desc.precision, &ctx->backend);
}

/* Device memory the load-time budget check sets aside for activations. Their plan depends on
   the run's size and batch, unknown at load time, so this is an estimate (about what SD 1.5
   needs at 512x512 in fp16: the UNet's skips, the VAE decoder's full-size feature maps, the CUDA
   work buffer). A run whose planned arena does not fit the budget fails before its first step. */
#define SD__ACTIVATION_ESTIMATE ((size_t)1 << 30)

/* Frees the loop's state (sd__denoise_state_fit). */
static void sd__denoise_state_free(sd__backend *b, sd__denoise_state *st) {
    sd__f32_buffer_free(b, &st->plan);
    sd__f32_buffer_free(b, &st->latents);
    sd__f32_buffer_free(b, &st->aux);
    sd__f32_buffer_free(b, &st->noise);
}

static void sd__free_models(sd_ctx *ctx) {
    sd__denoise_state_free(ctx->backend, &ctx->step);
    sd__clip_free(ctx->backend, &ctx->clip);
    sd__unet_free(ctx->backend, &ctx->unet);
    sd__vae_free(ctx->backend, &ctx->vae);
}

/* Logs (INFO, so `sd -v` shows it) every setting the model's files leave to a default, and what
   it is: a wrong guess here (an SD 2 768-v single file run as epsilon prediction) changes images
   without an error. */
static void sd__log_model_defaults(sd_ctx *ctx, const char *pad) {
    const sd__model *m = &ctx->model;
    sd__env *env = &ctx->env;
    if (!m->scheduler) {
        sd__sched_config c;
        sd__sched_config_default(&c);
        sd__log(env, SD_LOG_INFO,
                "no scheduler config: diffusers' defaults, %s prediction, %s betas %g to %g over %d training steps, "
                "steps_offset %d (a v-prediction model needs \"prediction_type\": \"v_prediction\" in a scheduler "
                "config or a single file's NAME.json sidecar)", sd__prediction_names[c.prediction_type], sd__beta_schedule_names[c.beta_schedule],
                c.beta_start, c.beta_end, c.num_train_timesteps, c.steps_offset);
    }
    if (!m->vocab_path) sd__log(env, SD_LOG_INFO, "no tokenizer files: the built-in CLIP BPE (OpenAI CLIP's vocab and merges)");
    if (pad && !m->pad_token) sd__log(env, SD_LOG_INFO, "pad token '%s': OpenCLIP's, as the text encoder is OpenCLIP", pad);
    if (m->layout != SD__LAYOUT_DIFFUSERS) {
        char heads[64];
        int l, at = 0;
        for (l = 0; l < m->unet.levels && at < (int)sizeof heads - 8; l++)
            at += snprintf(heads + at, sizeof heads - (size_t)at, "%s%d", l ? "," : "", m->unet.heads[l]);
        sd__log(env, SD_LOG_INFO,
                "single file: sizes from the tensors' shapes; UNet attention heads %s per level, image size %d, VAE "
                "scaling factor %g (%s %s defaults)", heads, m->unet.sample_size * 8, m->vae.scaling_factor,
                m->config_doc.nodes ? "its sidecar's values where it gives them, else" : "no sidecar NAME.json: the",
                m->layout == SD__LAYOUT_LDM_OPENCLIP ? "SD 2.x" : "SD 1.x");
    }
}

/* One pass of the loader over every model (see the weight store: measuring, then placing). */
static sd_result sd__load_weights(sd_ctx *ctx, sd__loader *ld) {
    sd_result r;
    ld->part = SD__PART_TEXT;
    r = sd__clip_load(ld, &ctx->clip, &ctx->model.text);
    ld->part = SD__PART_UNET;
    if (r == SD_OK) r = sd__unet_load(ld, &ctx->unet, &ctx->model.unet, ctx->desc.attention_slice);
    ld->part = SD__PART_VAE;
    if (r == SD_OK) r = sd__vae_load(ld, &ctx->vae, &ctx->model.vae);
    return r;
}

static sd_result sd__load_model(sd_ctx *ctx) {
    const double mib = 1.0 / 1048576.0;
    sd__env *env = &ctx->env;
    const char *pad;
    sd__loader ld;
    sd__weights *w;
    sd_result r;
    if ((r = sd__model_open(env, ctx->desc.model_path, &ctx->model)) != SD_OK) return r;
    ctx->has_model = 1;
    if (ctx->model.scheduler) { /* the keys every sampler reads, refused now rather than at the first run */
        sd__sched_config cfg;
        sd__sched_config_default(&cfg);
        if ((r = sd__sched_config_from_json(env, ctx->model.scheduler, sd__sched_resolve_sampler(SD_SAMPLER_DEFAULT), &cfg)) != SD_OK)
            return r;
    }
    if (ctx->model.vocab_path && ctx->model.merges_path) {
        sd__tokenizer_destroy(env, ctx->tokenizer);
        ctx->tokenizer = NULL;
        if ((r = sd__tokenizer_create_from_files(env, ctx->model.vocab_path, ctx->model.merges_path, &ctx->tokenizer)) != SD_OK)
            return r;
    }
    /* OpenCLIP (SD 2.x) pads with "!"; a single file has no tokenizer config that says so */
    pad = ctx->model.pad_token ? ctx->model.pad_token : (ctx->model.layout == SD__LAYOUT_LDM_OPENCLIP ? "!" : NULL);
    sd__log_model_defaults(ctx, pad);
    if (pad && (r = sd__tokenizer_set_pad_token(env, ctx->tokenizer, pad)) != SD_OK)
        return sd__fail_context(env, "pad token");
    if ((r = sd__open_backend(ctx)) != SD_OK) return r;
    if ((r = sd__weights_create(env, ctx->backend, ctx->desc.offload, &ctx->model, &w)) != SD_OK) return r;
    ctx->backend->weights = w;
    ctx->backend->planner = &ctx->planner;
    memset(&ld, 0, sizeof ld);
    ld.env = env;
    ld.b = ctx->backend;
    ld.model = &ctx->model;
    ld.weights = w;
    r = sd__load_weights(ctx, &ld);
    sd__free_models(ctx);
    if (r == SD_OK) r = sd__weights_plan(w, ctx->desc.vram_budget, SD__ACTIVATION_ESTIMATE);
    if (r == SD_OK) r = sd__load_weights(ctx, &ld);
    if (r == SD_OK) r = sd__weights_loaded(w);
    sd__loader_free(&ld);
    if (r != SD_OK) return r;
    if (ctx->desc.offload == SD_OFFLOAD_NONE)
        sd__log(env, SD_LOG_INFO, "loaded '%s' on the %s backend (%.1f MiB of weights)", ctx->desc.model_path,
                ctx->backend->ops->name, (double)sd__weights_device_bytes(w) * mib);
    else if (w->reread)
        sd__log(env, SD_LOG_INFO,
                "loaded '%s' on the %s backend with offload %s: %.1f MiB of weights, converted from the model file "
                "again (%d segments) as they run in a %.1f MiB window", ctx->desc.model_path, ctx->backend->ops->name,
                sd__offload_names[ctx->desc.offload], (double)w->need[SD_OFFLOAD_NONE] * mib, w->segment_count,
                (double)sd__weights_device_bytes(w) * mib);
    else
        sd__log(env, SD_LOG_INFO,
                "loaded '%s' on the %s backend with offload %s: %.1f MiB of weights in host memory (%d segments) run "
                "from a %.1f MiB window", ctx->desc.model_path, ctx->backend->ops->name, sd__offload_names[ctx->desc.offload],
                (double)w->host_bytes * mib, w->segment_count, (double)sd__weights_device_bytes(w) * mib);
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
    r = sd__resolve_desc(&ctx->env, desc, &ctx->desc);
    if (r == SD_OK) r = sd__tokenizer_create_builtin(&ctx->env, &ctx->tokenizer);
    if (r == SD_OK && ctx->desc.model_path) r = sd__load_model(ctx);
    ctx->create_result = r;
    if (r != SD_OK) memcpy(ctx->create_error, ctx->env.message, sizeof ctx->create_error);
    return r;
}

/* A context whose sd_create failed may hold half-loaded models: every call is refused. */
static sd_result sd__usable(sd_ctx *ctx) {
    sd__clear_error(&ctx->env);
    if (ctx->create_result == SD_OK) return SD_OK;
    return sd__fail(&ctx->env, ctx->create_result, "sd_create failed for this context (%s); destroy it and create another",
                    ctx->create_error);
}

SDDEF void sd_destroy(sd_ctx *ctx) {
    sd__env env;
    if (!ctx) return;
    if (ctx->backend) {
        sd__free_models(ctx);
        sd__weights_destroy(ctx->backend->weights);
        sd__planner_free(ctx->backend, &ctx->planner);
        ctx->backend->ops->destroy(ctx->backend);
    }
    if (ctx->has_model) sd__model_close(&ctx->env, &ctx->model);
    sd__tokenizer_destroy(&ctx->env, ctx->tokenizer);
    env = ctx->env;
    sd__free(&env, ctx);
}

/* The CPU backend allocates through the context's env, so there the host peak is the library's
   peak; on a GPU it is the backend's peak of device memory. */
SDDEF size_t sd_peak_memory(const sd_ctx *ctx) {
    if (ctx && ctx->backend && ctx->backend->ops != &sd__cpu_ops) return ctx->backend->peak_bytes;
    return ctx ? ctx->env.host_peak : 0;
}
SDDEF const char *sd_backend_name(const sd_ctx *ctx) {
    return ctx && ctx->backend ? ctx->backend->ops->name : "none";
}

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
    int per_image_seeds;
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
    run->per_image_seeds = p->per_image_seeds != 0;
    return SD_OK;
}

/* NCHW (torch's order, in which noise is drawn) <-> NHWC (the backend's order). */
static void sd__nchw_to_nhwc(const float *src, float *dst, int n, int c, int h, int w) {
    size_t i, plane = (size_t)h * (size_t)w;
    int k, ch;
    for (k = 0; k < n; k++)
        for (ch = 0; ch < c; ch++)
            for (i = 0; i < plane; i++) dst[((size_t)k * plane + i) * (size_t)c + (size_t)ch] = src[((size_t)k * (size_t)c + (size_t)ch) * plane + i];
}
static void sd__nhwc_to_nchw(const float *src, float *dst, int n, int c, int h, int w) {
    size_t i, plane = (size_t)h * (size_t)w;
    int k, ch;
    for (k = 0; k < n; k++)
        for (ch = 0; ch < c; ch++)
            for (i = 0; i < plane; i++) dst[((size_t)k * (size_t)c + (size_t)ch) * plane + i] = src[((size_t)k * plane + i) * (size_t)c + (size_t)ch];
}

/* diffusers' image conversion: round(clamp(x / 2 + 0.5, 0, 1) * 255), rounding half to even as
   numpy does. */
static unsigned char sd__to_u8(float x) {
    float v = x / 2.0f + 0.5f;
    v = v < 0.0f ? 0.0f : (v > 1.0f ? 1.0f : v);
    return (unsigned char)nearbyintf(v * 255.0f);
}

/* Everything one generation call allocates; freed in one place on every path. */
typedef struct sd__job {
    float *latents;           /* [B, C, h, w] NCHW: the first and the final latents on the host */
    float *draw;              /* [B, C, h, w] NCHW: noise as the generators draw it */
    float *scratch;           /* NCHW staging */
    sd__tensor context;       /* [rows, 1, tokens, dim] text embeddings for the UNet batch */
    sd__sched sched;
    int has_sched;
    sd__noise noise;          /* its generators */
    sd__denoise_state *step;  /* the loop's state on the backend (the context's) */
    void *graph;              /* the recorded step, or NULL */
    int record;               /* record the next step as a graph */
} sd__job;

static void sd__job_free(sd_ctx *ctx, sd__job *job) {
    sd__env *env = &ctx->env;
    sd__backend *b = ctx->backend;
    sd__free(env, job->latents);
    sd__free(env, job->draw);
    sd__free(env, job->scratch);
    if (b) {
        if (job->graph) b->ops->graph_free(b, job->graph);
        sd__t_drop(b, &job->context);
    }
    if (job->has_sched) sd__sched_free(env, &job->sched);
    sd__free(env, job->noise.gens);
    memset(job, 0, sizeof *job);
}

/* The UNet's text conditioning into job->context: [negative x B, prompt x B] with guidance,
   [prompt x B] without. */
static sd_result sd__encode_prompts(sd_ctx *ctx, const sd__run *run, int guided, sd__job *job) {
    sd__backend *b = ctx->backend;
    int ids[2 * SD_MAX_TOKENS], untruncated[2], k;
    const int count = guided ? 2 : 1, dim = ctx->clip.cfg.hidden_size;
    const size_t per = (size_t)SD_MAX_TOKENS * (size_t)dim;
    float *host;
    sd_result r;
    if ((r = sd__tokenize(&ctx->env, ctx->tokenizer, run->negative_prompt, ids, &untruncated[0])) != SD_OK) return r;
    if ((r = sd__tokenize(&ctx->env, ctx->tokenizer, run->prompt, ids + SD_MAX_TOKENS, &untruncated[1])) != SD_OK) return r;
    for (k = guided ? 0 : 1; k < 2; k++) /* the negative prompt only counts with guidance */
        if (untruncated[k] > SD_MAX_TOKENS)
            sd__log(&ctx->env, SD_LOG_WARN, "the %sprompt has %d tokens; CLIP sees only the first %d", k ? "" : "negative ",
                    untruncated[k] - 2, SD_MAX_TOKENS - 2);
    host = (float *)sd__calloc(&ctx->env, (size_t)count * (size_t)run->batch, per * sizeof(float));
    if (!host) return sd__oom(&ctx->env);
    /* rows 0 .. count-1, then each spread over its B copies, last first */
    r = sd__clip_encode_to_host(b, &ctx->clip, guided ? ids : ids + SD_MAX_TOKENS, count, run->clip_skip, host);
    for (k = count * run->batch - 1; r == SD_OK && k >= 0; k--)
        memmove(host + (size_t)k * per, host + (size_t)(k / run->batch) * per, per * sizeof(float));
    if (r == SD_OK && !b->status) b->ops->write(b, &job->context, host);
    sd__free(&ctx->env, host);
    return r != SD_OK ? r : b->status;
}

/* The scheduler for this run, configured from the model's scheduler config when it has one; its
   state lives on the backend (job->step). */
static sd_result sd__make_sched(sd_ctx *ctx, const sd__run *run, sd__job *job) {
    sd__sched_config cfg;
    sd_result r;
    sd__sched_config_default(&cfg);
    if (ctx->model.scheduler && (r = sd__sched_config_from_json(&ctx->env, ctx->model.scheduler, run->sampler, &cfg)) != SD_OK)
        return r; /* its messages start with "scheduler config:" */
    if ((r = sd__sched_init(&ctx->env, &job->sched, &cfg, run->sampler, run->steps)) != SD_OK) return r;
    job->has_sched = 1;
    return SD_OK;
}

/* Encodes init (RGB8) with the VAE and draws its latents as diffusers' img2img does:
   scaling_factor * (mean + std * randn), one posterior sample repeated for the batch from its one
   generator; with a generator per image, each image draws its own. */
static sd_result sd__encode_init_image(sd_ctx *ctx, const sd_image *init, int batch, sd__noise *noise, float *latents) {
    sd__backend *b = ctx->backend;
    const int W = init->width, H = init->height, lc = ctx->vae.cfg.latent_channels;
    const int lh = H / sd__vae_scale(&ctx->vae.cfg), lw = W / sd__vae_scale(&ctx->vae.cfg);
    const size_t pixels = (size_t)W * (size_t)H, lat = (size_t)lc * (size_t)lh * (size_t)lw;
    float *img = (float *)sd__calloc(&ctx->env, pixels, 3 * sizeof(float));
    float *moments = (float *)sd__calloc(&ctx->env, lat, 2 * sizeof(float));
    float *mom_nchw = (float *)sd__calloc(&ctx->env, lat, 2 * sizeof(float));
    float *eps = (float *)sd__calloc(&ctx->env, lat, sizeof(float));
    size_t i;
    int k;
    sd_result r = !img || !moments || !mom_nchw || !eps ? sd__oom(&ctx->env) : SD_OK;
    if (r == SD_OK) {
        for (i = 0; i < pixels * 3; i++) img[i] = (float)init->pixels[i] / 255.0f * 2.0f - 1.0f;
        r = sd__vae_encode_image(b, &ctx->vae, img, H, W, ctx->desc.vae_tiling == SD_ON, moments);
    }
    if (r == SD_OK) {
        sd__nhwc_to_nchw(moments, mom_nchw, 1, 2 * lc, lh, lw);
        for (k = 0; k < batch; k++) {
            float *out = latents + (size_t)k * lat;
            if (k >= noise->count) { /* one generator: the first sample, repeated */
                memcpy(out, latents, lat * sizeof(float));
                continue;
            }
            sd__randn(&noise->gens[k], eps, lat);
            for (i = 0; i < lat; i++) {
                float logvar = mom_nchw[lat + i];
                logvar = logvar < -30.0f ? -30.0f : (logvar > 20.0f ? 20.0f : logvar);
                out[i] = ctx->vae.cfg.scaling_factor * (mom_nchw[i] + expf(0.5f * logvar) * eps[i]);
            }
        }
    }
    sd__free(&ctx->env, img);
    sd__free(&ctx->env, moments);
    sd__free(&ctx->env, mom_nchw);
    sd__free(&ctx->env, eps);
    return r;
}

/* Images the VAE decodes at once: the whole batch, or one at a time with VAE slicing or tiling. */
static int sd__decode_batch(const sd_ctx *ctx, const sd__run *run) {
    return ctx->desc.vae_slicing == SD_ON || ctx->desc.vae_tiling == SD_ON ? 1 : run->batch;
}

/* Decodes latents [B, C, h, w] into RGB8 images, sd__decode_batch of them at a time. */
static sd_result sd__decode_images(sd_ctx *ctx, const sd__run *run, const float *latents, int lh, int lw, sd_image *images) {
    sd__backend *b = ctx->backend;
    const int lc = ctx->vae.cfg.latent_channels, tiled = ctx->desc.vae_tiling == SD_ON, per_pass = sd__decode_batch(ctx, run);
    const size_t lat = (size_t)lc * (size_t)lh * (size_t)lw, pixels = (size_t)run->width * (size_t)run->height;
    float *z = (float *)sd__calloc(&ctx->env, lat, (size_t)per_pass * sizeof(float));
    float *z_nhwc = (float *)sd__calloc(&ctx->env, lat, (size_t)per_pass * sizeof(float));
    float *rgb = (float *)sd__calloc(&ctx->env, pixels, (size_t)per_pass * 3 * sizeof(float));
    int first, k;
    size_t i;
    sd_result r = SD_OK;
    /* the decoder runs again for the next slice or tile; else the next run starts with the text */
    sd__weights_expect(b->weights, per_pass < run->batch || tiled ? SD__WP_DECODER : SD__WP_TEXT);
    for (k = 0; k < run->batch && z && z_nhwc && rgb; k++) {
        images[k].pixels = (unsigned char *)sd__calloc(&ctx->env, pixels, 3);
        if (!images[k].pixels) break;
        images[k].width = run->width;
        images[k].height = run->height;
    }
    for (first = 0; first < run->batch && k == run->batch && !b->status && r == SD_OK; first += per_pass) {
        const int count = SD__MIN(per_pass, run->batch - first);
        for (i = 0; i < lat * (size_t)count; i++) z[i] = latents[(size_t)first * lat + i] / ctx->vae.cfg.scaling_factor;
        sd__nchw_to_nhwc(z, z_nhwc, count, lc, lh, lw);
        if ((r = sd__vae_decode_latents(b, &ctx->vae, z_nhwc, count, lh, lw, tiled, rgb)) != SD_OK) break;
        if (sd__find_nonfinite(rgb, pixels * 3 * (size_t)count) < pixels * 3 * (size_t)count) {
            r = sd__fail(&ctx->env, SD_ERR_NUMERIC, "NaN or Inf in the image the VAE decoded; no image was written");
            break;
        }
        for (i = 0; i < pixels * 3 * (size_t)count; i++)
            images[first + (int)(i / (pixels * 3))].pixels[i % (pixels * 3)] = sd__to_u8(rgb[i]);
    }
    sd__free(&ctx->env, z);
    sd__free(&ctx->env, z_nhwc);
    sd__free(&ctx->env, rgb);
    if (r == SD_OK) r = b->status;
    if (r == SD_OK && k < run->batch) r = sd__oom(&ctx->env);
    if (r != SD_OK)
        for (k = 0; k < run->batch; k++) sd_image_free(ctx, &images[k]);
    return r;
}

/* An img2img init image: pixels, and a size that a run can have (it is never resized), equal to
   the size params ask for when they ask for one. */
static sd_result sd__check_init_image(sd__env *env, const sd_params *params, const sd_image *init) {
    if (!init->pixels) return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "the init image has no pixels");
    if (init->width < 8 || init->height < 8 || init->width > SD_MAX_DIM || init->height > SD_MAX_DIM || init->width % 8 ||
        init->height % 8)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT,
                        "the init image is %dx%d; its sides must be multiples of 8 between 8 and %d (it is not resized)",
                        init->width, init->height, SD_MAX_DIM);
    if ((params->width && params->width != init->width) || (params->height && params->height != init->height))
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT,
                        "the init image is %dx%d but %dx%d was asked for; resize the image first (it is not resized)",
                        init->width, init->height, params->width, params->height);
    return SD_OK;
}

/* The loop's tensors on the backend, for a batch of B latents of lc x lh x lw: the plan, the
   latents, the sampler's state (zeroed) and, for samplers that add noise each step, the noise.
   The context keeps them for its next call, so that calls of the same shape allocate nothing. */
static sd_result sd__denoise_state_fit(sd_ctx *ctx, sd__job *job, int batch, int lc, int lh, int lw) {
    sd__backend *b = ctx->backend;
    sd__denoise_state *st = &ctx->step;
    const sd__tensor *have = &st->latents.t;
    if (have->data && (have->n != batch || have->h != lh || have->w != lw || have->c != lc)) sd__denoise_state_free(b, st);
    if (!st->plan.t.data) sd__f32_buffer_new(b, 1, 1, 1, SD__PLAN_FLOATS, NULL, "the denoising plan", &st->plan);
    if (!st->latents.t.data) sd__f32_buffer_new(b, batch, lh, lw, lc, NULL, "the latents", &st->latents);
    if (!st->aux.t.data) {
        sd__f32_buffer_new(b, SD__AUX_SLOTS * batch, lh, lw, lc, NULL, "the sampler's state", &st->aux);
    } else {
        memset(st->aux.host, 0, sd__tensor_count(&st->aux.t) * sizeof(float));
        sd__f32_send(b, &st->aux);
    }
    if (sd__sched_needs_noise(&job->sched) && !st->noise.t.data)
        sd__f32_buffer_new(b, batch, lh, lw, lc, NULL, "the sampler's noise", &st->noise);
    job->step = st;
    return b->status;
}

/* Runs one denoising step (the UNet pass with denoise_input and denoise_step). With graphs, the
   first step runs op by op (autotuning and every first use happen there), the second is recorded
   and each one after that replays the recording, reading its plan from the same memory. A
   recording that fails is reported and the loop goes on without. */
static sd_result sd__denoise_step(sd_ctx *ctx, sd__job *job, const sd__pass *pass) {
    sd__backend *b = ctx->backend;
    sd_result r;
    if (job->graph) {
        b->ops->graph_launch(b, job->graph);
        return b->status;
    }
    if (job->record) {
        job->record = 0;
        b->ops->graph_begin(b);
        sd__run_planned(b, pass);
        if ((job->graph = b->ops->graph_end(b)) != NULL) return sd__denoise_step(ctx, job, pass);
        if (b->status) return b->status;
        sd__log(&ctx->env, SD_LOG_WARN, "the denoising step could not be recorded as a CUDA graph; its ops run one by one");
    }
    r = sd__run_planned(b, pass);
    job->record = r == SD_OK && ctx->desc.graphs == SD_ON && b->ops->graph_begin && ctx->desc.offload == SD_OFFLOAD_NONE;
    return r;
}

static sd_result sd__generate(sd_ctx *ctx, const sd_params *params, const sd_image *init, sd_image *images) {
    sd__run run;
    sd__job job;
    sd__backend *b;
    sd__unet_call unet;
    sd__vae_call decode, encode;
    sd__pass passes[3];
    sd__tensor timestep;
    sd_result r;
    int guided, lc, lh, lw, rows, i, first_step = 0;
    size_t lat, n;
    double t0 = sd__now();
    if (!ctx) return SD_ERR_INVALID_ARGUMENT;
    if ((r = sd__usable(ctx)) != SD_OK) return r;
    if (!images) return sd__fail(&ctx->env, SD_ERR_INVALID_ARGUMENT, "images is NULL");
    if (!ctx->has_model) return sd__fail(&ctx->env, SD_ERR_NO_MODEL, "the context was created without a model");
    if (params && init && (r = sd__check_init_image(&ctx->env, params, init)) != SD_OK) return r;
    {
        sd_params p;
        if (params) {
            p = *params;
            if (init) { p.width = init->width; p.height = init->height; }
        }
        if ((r = sd__resolve_params(&ctx->env, params ? &p : NULL, ctx->unet.cfg.sample_size * sd__vae_scale(&ctx->vae.cfg), &run)) != SD_OK)
            return r;
    }
    if (run.width % sd__vae_scale(&ctx->vae.cfg) || run.height % sd__vae_scale(&ctx->vae.cfg))
        return sd__fail(&ctx->env, SD_ERR_INVALID_ARGUMENT, "width and height must be multiples of %d for this VAE",
                        sd__vae_scale(&ctx->vae.cfg));
    b = ctx->backend;
    b->status = SD_OK;
    guided = run.guidance > 1.0f;
    lc = ctx->unet.cfg.in_channels;
    lh = run.height / sd__vae_scale(&ctx->vae.cfg);
    lw = run.width / sd__vae_scale(&ctx->vae.cfg);
    rows = (guided ? 2 : 1) * run.batch;
    lat = (size_t)lc * (size_t)lh * (size_t)lw;
    /* the largest buffer, rows >= batch latents of floats; only a 32-bit size_t can overflow here */
    if (!sd__mul_size(lat, (size_t)rows, &n) || !sd__mul_size(n, sizeof(float), &n))
        return sd__fail(&ctx->env, SD_ERR_OUT_OF_MEMORY, "a batch of %d %dx%d images is too large for this machine", run.batch,
                        run.width, run.height);
    n = lat * (size_t)run.batch;
    memset(&job, 0, sizeof job);
    memset(images, 0, sizeof *images * (size_t)run.batch);
    job.latents = (float *)sd__calloc(&ctx->env, n, sizeof(float));
    job.draw = (float *)sd__calloc(&ctx->env, n, sizeof(float));
    job.scratch = (float *)sd__calloc(&ctx->env, n, sizeof(float));
    job.noise.count = run.per_image_seeds ? run.batch : 1;
    job.noise.gens = (sd__torch_rng *)sd__calloc(&ctx->env, (size_t)job.noise.count, sizeof(sd__torch_rng));
    if (!job.latents || !job.draw || !job.scratch || !job.noise.gens) {
        r = sd__oom(&ctx->env);
        goto done;
    }
    if ((r = sd__make_sched(ctx, &run, &job)) != SD_OK) goto done;
    /* offload prefetches the model that runs next (see the weight store) */
    sd__weights_expect(b->weights, init ? SD__WP_ENCODER : SD__WP_UNET);
    /* the conditioning and the loop's state outlive every pass: tensors of their own */
    job.context = sd__t_new(b, rows, 1, SD_MAX_TOKENS, ctx->clip.cfg.hidden_size);
    if ((r = sd__denoise_state_fit(ctx, &job, run.batch, lc, lh, lw)) != SD_OK) goto done;
    /* the memory of the largest passes (the text encoder's is smaller) at once, so that the arena
       is allocated once and the denoising loop allocates nothing */
    timestep = job.step->plan.t; /* the plan's first value (SD__PLAN_TIMESTEP), shared by every row */
    timestep.c = 1;
    memset(&unet, 0, sizeof unet);
    unet.unet = &ctx->unet;
    unet.ctx = &job.context;
    unet.timesteps = &timestep;
    unet.step = job.step;
    unet.n = rows;
    unet.h = lh;
    unet.w = lw;
    decode = sd__vae_first_call(&ctx->vae, sd__vae_decode, sd__decode_batch(ctx, &run), lh, lw, ctx->desc.vae_tiling == SD_ON);
    encode = sd__vae_first_call(&ctx->vae, sd__vae_encode, 1, run.height, run.width, ctx->desc.vae_tiling == SD_ON);
    passes[0] = sd__unet_call_pass(&unet);
    passes[1] = sd__vae_pass(&decode);
    passes[2] = sd__vae_pass(&encode);
    if ((r = sd__plan_prepare(b, passes, init ? 3 : 2)) != SD_OK) goto done;
    if ((r = sd__encode_prompts(ctx, &run, guided, &job)) != SD_OK) goto done;
    for (i = 0; i < job.noise.count; i++) { /* image i's generator starts at seed + i (A1111) */
        if (run.rng == SD_RNG_CUDA) sd__rng_cuda_seed(&job.noise.gens[i], run.seed + (uint64_t)i);
        else sd__rng_cpu_seed(&job.noise.gens[i], run.seed + (uint64_t)i);
    }
    if (init) {
        first_step = sd__sched_img2img_begin(&job.sched, run.strength);
        if (first_step >= job.sched.count) { /* nothing would run: the output would be the init image's VAE round trip */
            r = sd__fail(&ctx->env, SD_ERR_INVALID_ARGUMENT,
                         "strength %g leaves none of the %d steps to run: raise it to at least %g, or take more steps",
                         (double)run.strength, run.steps, 1.0 / run.steps);
            goto done;
        }
        sd__sched_set_begin(&job.sched, first_step);
        sd__weights_expect(b->weights, ctx->desc.vae_tiling == SD_ON ? SD__WP_ENCODER : SD__WP_UNET);
        if ((r = sd__encode_init_image(ctx, init, run.batch, &job.noise, job.scratch)) != SD_OK) goto done;
        if (params->latents) memcpy(job.draw, params->latents, n * sizeof(float));
        else sd__noise_randn(&job.noise, job.draw, n);
        sd__sched_add_noise(&job.sched, first_step, job.scratch, job.draw, job.latents, n);
    } else {
        size_t k;
        if (params->latents) memcpy(job.latents, params->latents, n * sizeof(float));
        else sd__noise_randn(&job.noise, job.latents, n);
        for (k = 0; k < n; k++) job.latents[k] *= job.sched.init_noise_sigma;
    }
    sd__nchw_to_nhwc(job.latents, job.step->latents.host, run.batch, lc, lh, lw);
    sd__f32_send(b, &job.step->latents);
    for (i = first_step; i < job.sched.count; i++) {
        float *plan = job.step->plan.host;
        if (params->progress && params->progress(params->progress_user_data, i - first_step, job.sched.count - first_step, sd__now() - t0)) {
            r = sd__fail(&ctx->env, SD_ERR_CANCELLED, "cancelled by the progress callback at step %d", i - first_step);
            goto done;
        }
        if ((r = sd__sched_plan(&ctx->env, &job.sched, i, plan)) != SD_OK) goto done;
        plan[SD__PLAN_GUIDANCE] = run.guidance;
        if (sd__sched_needs_noise(&job.sched)) {
            sd__noise_randn(&job.noise, job.draw, n);
            sd__nchw_to_nhwc(job.draw, job.step->noise.host, run.batch, lc, lh, lw);
            sd__f32_send(b, &job.step->noise);
        }
        sd__f32_send(b, &job.step->plan);
        sd__weights_expect(b->weights, i + 1 < job.sched.count ? SD__WP_UNET : SD__WP_DECODER);
        if ((r = sd__denoise_step(ctx, &job, &passes[0])) != SD_OK) goto done;
        sd__f32_fetch(b, &job.step->plan);
        if ((r = b->status) != SD_OK) goto done;
        if (plan[SD__PLAN_NONFINITE] != 0) {
            r = sd__fail(&ctx->env, SD_ERR_NUMERIC, "NaN or Inf in the latents after step %d of %d; no image was written",
                         i - first_step + 1, job.sched.count - first_step);
            goto done;
        }
    }
    if (params->progress && params->progress(params->progress_user_data, job.sched.count - first_step,
                                             job.sched.count - first_step, sd__now() - t0)) {
        r = sd__fail(&ctx->env, SD_ERR_CANCELLED, "cancelled by the progress callback after the last step");
        goto done;
    }
    sd__f32_fetch(b, &job.step->latents);
    if ((r = b->status) != SD_OK) goto done;
    sd__nhwc_to_nchw(job.step->latents.host, job.latents, run.batch, lc, lh, lw);
    if (params->latents_out) memcpy(params->latents_out, job.latents, n * sizeof(float));
    r = sd__decode_images(ctx, &run, job.latents, lh, lw, images);
done:
    sd__job_free(ctx, &job);
    return r;
}

SDDEF sd_result sd_txt2img(sd_ctx *ctx, const sd_params *params, sd_image *images) {
    return sd__generate(ctx, params, NULL, images);
}

SDDEF sd_result sd_img2img(sd_ctx *ctx, const sd_params *params, const sd_image *init, sd_image *images) {
    if (ctx && !init) return sd__fail(&ctx->env, SD_ERR_INVALID_ARGUMENT, "img2img needs an init image");
    return sd__generate(ctx, params, init, images);
}

SDDEF sd_result sd_tokenize(sd_ctx *ctx, const char *text, int ids[SD_MAX_TOKENS]) {
    sd_result r;
    if (!ctx) return SD_ERR_INVALID_ARGUMENT;
    if ((r = sd__usable(ctx)) != SD_OK) return r;
    if (!ids) return sd__fail(&ctx->env, SD_ERR_INVALID_ARGUMENT, "ids is NULL");
    return sd__tokenize(&ctx->env, ctx->tokenizer, text ? text : "", ids, NULL);
}

/* ---- src/text/clip_tables.c ---- */
/* ============================================================================================
   CLIP tokenizer data (generated by tools/gen/gen_clip_data.py; do not edit)
   ============================================================================================ */
/* The tables stand at the end of the implementation, out of the way of the code. The tokenizer
   (src/text/tokenizer.c) reads them through sd__clip_data_get() and declares the two constants
   that must agree with them. */
#if SD__CLIP_MERGE_DIGITS != 5 || SD__UNI_MAX_DECOMPOSITION < 4
#error "src/text/tokenizer.c's SD__CLIP_MERGE_DIGITS or SD__UNI_MAX_DECOMPOSITION does not fit these tables"
#endif

/* The 48894 merges of openai CLIP's BPE (bpe_simple_vocab_16e6, MIT licensed). Merge i joins
   the tokens with ids (left, right) into token 512 + i. Each merge is five base-90 digits
   (characters '#'..'~' except '?' and backslash) of left * 65536 + right, most significant first. */
static const char *const sd__clip_merges[] = {
"#)NU`#*MUU#(ho8#*<E1#(ho<#)-3~#R-_m#R%V_#*$+m#*$+f#*EMQ#*$+j#)-3z#*$.W#(ho6#(ho>#)-6p#)NUf#)NXQ#*MXN#*<E;#)NXV#)go+#)NUT#(hr0#R5g|#)-6b#*$.O#(y#S#*$.[#)-6q#)NU^#)-3x#*EPC#(ho-#*$+e#(ho7#)go5#(hr*#(hr5#*EME#*<E5#)go/#*MUV#)5B<#)x#L#2M`G#*<E-#)FMB#)%+a#*$+d#*^ie#*EMF#*U^p#(hr(#*EMB##TXo#*U^l#)%+e#(pw@#)go'#*fo*#*$+g#)%1&#)-6l#)ow7#)x#V#)gqy#*MU]#Rh=4#)NUd#)=E8#*ft2#)NXW#*w#R#(ho=#*EMM#R-b.#*MXR#SEuP#Xb<{#XQ,M#(ho.#)NUe#(ho,#)gr1#*fo'#R-[{#*MUR#(hr/#(ho1#*^fw#*,3x#*EMR#)FMP#)ozB#$23M#(pwP#(y(n#*EP3#RO$a#)ow;#)oz-#S<p4#(y(S#)owF#)_ii#)=E5#Rh=6#S,_x#(y#Z#)5<%#*^kr#(hr.#)5B3#(ho@#*,3w#(y&B#XI$I#RFxB#*EPB#];w}#(y&E#*MU`#Rh:>#RpF7#(pzF#)%+k#*MXG#*ft,#RO$R#)_fw#*,8{#)5B*#)%.a#(pwJ#*MUN#*fqu#)=E@#)FMF#*MZ]#R%Sm#)%.R#(pz1#Y.iv#)o|A#(hoD#)-4(#TnF6#*,3m#)_iw#*EM@#)go;#)5<5#*4<1#*^k}#V1fy#)V^w#)owL#SEx=#R5e.#*^fs#)_kx#)o|9#*$+h#)FMJ#Z`<*#*,8j#(hq|#*<EB#R-b1#)V^q#*$+^#(y#P#V)_o#(hr)#(ho:#)=J2#*EMP#)%+q#W{VV#*w#H#*MZS#*w),#SV,s#)x#P#(y#T#*,8k#)=EF#)5<)#(ho0#*,8l#*MZQ#*Ua`#*EP=#)=E9#RpFF#)=EC#)=H'#(pwM#*,3t##TXp#)ow@#R%V]#YiC)#(pwD#*Uac#U]2##VBzn#X/jQ#(hoA#)o|7#S,]*#U*_g#VlF'#Rh:C#15FV#(y#a#)gqx#UCuN#)NU_#T+_e#*ER`#)5A{#R=p0#R=mI#WZ4^#*ft|#UuPQ#*,3q#)NXU#R-b)#*MXX#*,3p#RFxA#)-3o###%q#)o|>#`(gH#*fu]#*MZ|#(y(q#(y(}#*,3}#*MXD#*fq~#)ow8#*EML#SV)q#a/q~#)x(M#)FSi#*MUc#*,3i#*,3z#ZhF&#WR.o#S<s0#)5Bg#)o|5#(y#L#R5h0#*EM=#*MZg#)-4&#)o}I#)5;}#[_<n#U:p%#YX7q#)=J`#W{VS#VB{;#`0og#)o|]#)FRU#UuQP#UmID#)=H*#VBx@#R-aw#UCzr#RFxQ#RxKV#)%0b#)FP7#(y(M#*fr'#*ft0#)%0k#SV,_#*ERA#U*_a#Z-g]#S,_h#RxKd#(hoB#RxP[#*<H##(y(N#TvNG#S<mC#*,6m#)5BI#*,9k#*,8r#)%.]#(ho5#*fo+#)5A~#WR,X#U]1y#(p|y#*ERI#TvKU#WR/;#TnCE#ZO,T#byaL#*fs}#)-6j#(pwG#*ERq#S<m@#f}g+#V1fs#*MZU#)%0`#T#Vc#*,9H#2EUc#)-3p#*ERX#)FMV#RpF9#)%0h#)_f{#*EP6#R5e8#(y(U#$26>#^2o`#(hoE#R%Sk#RFxV#`kMv#RxKg#RhBV#RxKZ#)=H1#V|VH#YX7G#RFxP#)gr$#)o}.#(p|>#(y&H#*fo##S,be#)x&H#Vd:'#)5>s#j7%z#)-6r#XrK=#U*[u#)NXI#Rh=5##TXi#RxPa#(hu+#R5e1#R5kE#R5h/#)=L_#(p|<#)-:%#YqN@#*MZd#ZpN'#bP1E#(p~[#XjE{#_dEq#VS,Q#)N[m#)5</#)FRP#kO<5#*,8~#SV,m#*^kt#*U^q#)o|E#)FRd#)%.g#)-3y#*EMH#*w(I#YqRg#T#VS#*<H7#*U^j#)FRD#(y#V#*MZY#RpHw#)FRa#*<JC#(p}%#Z5l{#*ftI#*MZv#)%+]#*,8}#(p|N#RxKa#WZ4f#c`Hw#^*do#(pw;#R=s1#R=p@#c>'0#)5<2#*MZW#S<p;#(y)m#(y)+#*M]o#*^l1#SEza#T#Sa#S,[v#R-a|#*^f}#T+[w#WAzW#(y(L#^]<]#WJ&h#d,s'#S,c0#*,94#*,6_#)-4##)NXO#fL4E#)%0^#*w&H#*$2<#)NZo#V1fr#ZpK=#*MUe#R%Vc#*ERv#(y#W#UmL4#*MUb#(htF#)gt>#*EMV#*MZO#*MZZ#*,9=#*EMJ#c-lX#*ERJ#)5@&##T_)#TU)i#*ft%#*M[&#Y.ky#U*_d#)oz;#TnF/#*,6g#RhC7#SEuL#RxPT#eE+{###+@#(y*-#R-cB#)x(V#*MZp#*ER]#pcW2#^]B)#*^l/#(y(o#_K,A#R%Zq#bP46#*Ua]#pB9z#*$3.#)FRH#feM]#)V^g#)NXG#Vd@,#WA{O#SEu[#TvKR#S$Vh#R=m=#)5<&#RxPU#ZG';#)=J;#WAzw#TnFD#YyZ>#)owD#)NXF#`J0%#SV)|#SExL#RpI:#i/y]#S,[y#(p|d#)owG#)_mq#(p|p#(p|=#R%Vk#UCxH#U]4g#SoFF#15Ft#*MZa$%Y`U#Z5oi#UCuV#Z-dg#WAuK#*nz8#)5BB#TU.g#)-8o#*ft/#*ERH#)5BD#(p|~#)x):#YP,I#)x(Q#)=M-#UmHh#*ESP#T#Vi#)%0d#T+_k#(p}G#]+gi#YqQ<#*,8i#)NXD#SEzM#(y#^#(ht,#)=Jw#WsQL#RxPS#e^E]#$262#)5<,#*U^n#)%+n#l5'1#TnHc#*ftE#RxNV#)NUX#*ERr#tocq#(y)$#wtne#T#Vd#R%Xx#[N.h#)x#H#R%YD#)=J3#VBx0#*ERD#*^l+#R5e>#iA-z#WsQq#)5BR#W0d{#SV/%#V1fp#T+bH#R-],#xsnc#TU1>#)%1.#)_l3#o)w1#)-6n#Vd<q#`(l;#V)dv#(y)d#(y&Q#*fw@#R5e-#nD5|#R-b@#S$Vg#wlhK#)=E7#Rh:E#V)ge#f}d9#S,ax#mfU_#TU/0#^L1$#vLDa#)5C4#nm^V#)%.N#(p|E#)5B>#chPF#l5#N#VdAT#T#Xa#`sS1#)gv<#*MZX#SEze#c>)m#)owP#nD6R$$BFl#UeA@#)x#]#^}[R#n}o&#(p|;#R-az#)%3^#)=JT#XjH4#)=H;#V1fo$.HVx#V|VW#T+[y#)-4$#RxR/#ZpP6#_9{)#V1fh#(pw<#*ERo#*ERE#)%0g#)-3|#a8$T#YqN3#VK$K#WR,c#)5B_#(y(z#U:uw#*fo0#)FRs#*M]N#*fo4#*UaT#WsKD#(y(_#)gt'#(y(p#(p|j#(hr'#*ERC#(y(X#R=t-##T[A#bH)6#(p}3#)%1(#(p|`#eM4+#RO&r#R%Vl#*MZj#^*ge#)gqu#T#Se$#tyS#)o|M#*^k{$0g{b#)gyl$-(2T#V)[}#]+dq#*EMT#RFuT#pZJP#)FRE#fL5z#*ft3#)oz)#[F(G#psmE#)5BY#$26Q#_S6X#T+_h#)%0{#WR0##)gt.#^mN*#{pnL#a7{1#lwj;#*^ky#)%0u#(htK#)_l/#(p}*#_K.A#)oz8#)-:Q#*fw$#SoCL#VK*J#)go@#*ERV#X/gp#)gt%#TU.e#X/go#SV.n#)%1n#XI'5#*MUg#XrKH#V)b##(p}y#R%Xo#WAz<$&y{r#*ftB#)gr+#arV'#)o|^#RxPW#)x&9#TvNT$6@V[#)=E1#)x(U#~mpI#)ow9#)FRI#*fvt#(htq#g[E@#U:yo#*,8w#T#Y{#eE)-#aQ4A#(hr$#(y*F#TU/+#)=J4#UuKR$;m1]#V)c'#RxR:#)FRN#m3|d#+#.J#*$.]#*,8v#*^lf#`8tu#*ER;#)5>t#(y*N#(y(V#R5eD#(p|Z#ZG+}#*MZL",
"#*fwp#feQL#)_g%#bX>e$(-:P#)o|:#]M)Z#w[U,#ZhC3#(y&L#(y(a#~uvG#S,_w#T+_s#R-])#R5e3#TU)s#T#YT#(pz@#*M]e#R-fz#^}_;#TU/&#Z5rK#W8ox#S<p-#TU)m#*^l0#S,cB#*ft(#*,9W##T_b#*^lD#*EP/#)=H5#e~gD#)Vf<#WB'@#k>0>#)x&R#VlH6#*ftA#)%+`#ZhH>#)5D=#RxPk#^*iZ#)gt,#Rh=&#)%2m#d$ia$(=J_#RxKR#(y(O#*fuJ#R%VX#V|`f#(y(R#)x(a$3SgK#UuRT$@.OQ#)x&L#(ht*#_S8=#*ER|#)%0_#UCuB#*^km#R5oZ#)=Jo#*ERK#)x#a#bH.@#b&d]#*ERZ#*ESp#R5gy#R%Xl#Z`CV#(y*n#pcTA#U*_p$-jy*#UmIP#U:p3#*MX@#(p|H#)5>q#ar[/#u42-#*MXS$/&4X#)%0r#)%27#V9p(#)FRK#%9>F#Z5rN#)x(k#*$+Y#WsNB#XH}W#R=u,#*M[*#g)o:$,t)S#nL<$#*U^r#UuPx#RxKk#)x&=#S$VX#a'f9$$|*4#V)cK#jiXD#V1fu#)FP3#*w&5#)go*#*UaZ#*<J-#)Vd)#neWO#[,j@#)%0y#V)_q#TU.j#S<m;#)FMZ#)_kq######)%+u#e#lR#S<tD#(p|P#WR6V#otk0#(p|e#*ERd#cpUy#e#id#X@x)$Ax9s$<ZzX#(htI#^mN/#*,6n#*fvX#n;.<#)%0Z#qrj%#)=JD#(p|F#S<zF#*Ma^#Z-gg#)o|U#(y#e#^u^E#W8sd#W0mO#x99V#XrPC#`kSp#)-6w#V1fz#YP,F#iA./#(y(Y#)_lX#*Udf#uf`E#)_l%#RFu`#arXp#ajPX#*ER=#)-3r#fD,##U]7-#RxPz#)%0o$'GNV#)NXP#V1ft#S,ch#`kMx#[_G9#*,8s#)=J@#(y(u#R5h5#tofc#)-4%$*ep_#15Fs#)-90#(y,<#*<EF##+.E#R-a}#U]1q#{hht#(p|J#)%4X#W8m9#WR3r#m^Oj#W8p'#)FRe#)=Jm#)%2E#)_ie#rqfe#W0k5#*ft*#R%Sl$9<Sg#)=H##R=rq#`8{|#W8wa#U]:b#XrKK#)=Jc#)gwg$'OX+#S$Sk#)-4)#)N`H#TnF=#+#+n#)FRB#)5Eh#*^is#15Fp#]M.d#UuN9#cpV&#)o|B#g:'$#bX@m#*^l(#*ER[#e^EU#a'i+#)5DN#*^lH#r@3N#*w(J#*EU>#)-=X#RxQh#*$+Z#)gum#)NUU#(y*{$DCdU#*ET3#RxS]#lwi+#n;6j#RpH_#V1fm#)5B]#)5B##WR1k#cpZT#R%Y*#dgOo#*MXU$+*6&#)o~V#)V^c#TU)e#ir`s#R5jy#)%9x#)gt4#)gt)#YiHE#R-bZ#)_fs#*w)e#R%YV#R%Yc#YiHe$Ha):$'GZ8#R=rP#_S7B#(y(i#X/lS#feQ@#R-ax#R=tI#g:#l#^ubM$)nv0#V|XT#*fo1#)o|Y#(y)b#)FRz#hskB#)%.V#*,9O#(y)W#(y(t#*U^k#^}_:#d4zv#n;0q#)FTw#o|q,#YyXf#pZS]#RF~6#WB(##^mPs#[,md$F8^|#RFzv#^]9k#)Vd>#*^lR#*<Jf#[,oN#nL92#ZG(E#*M[9#*ERa#TvNN#*M[G#YG}U#Y.jA#SExA#*ET_#evkU#WJ$K#*ES}#RF{w#jiXr#)o|w#)go2#*$1m#UD%T#SV/B$=0Me#)o|D#(q$>#(y)-#WsR)#RxRE#15FW#SV)}#U]6s#)=JV#(y):#*EMK$>b#X#u~}^#)5A}#)FR@$H.`-#(y&V#irj<$<|>W$9E[x#Z=z0#ZO3D#(y&=$_J.,#WsKV#YiC($0_x|#shgK#},*o#xJDd#RO$g#(hu%#S<t9#ar_{#U:o}#b&i}#(p~.#^]AL#)%1~#)%.`#)_lV#]#a[#*fvP#~35I#|%%O#[N/G#yb^=#*ERR#)5E5#XrRp#r/0G#(pwT#VBx9#XrPA$@X%h#)%0j#)NXH#)NUb#i8'c#)=JU#)FT+#R=v$#*<H1#[,dg#^mVf#*,9A$7`x{#U]1u#ZpTg#_K,0#x1.0#hk]T#UmH=#*<G{#~TT^#*M[V#R%_+#R-f0#e#i=#15Fo$4|26#U]6v#SE~q#i8%j$:Tm/#)=J:$]uTt#*ft.$7>dR#V|SV$:n14$A-NC#a'i6#g)q{#)%0c#SV,b#*$3<#SoJ/#*M[6#(ht3$+dmi#UuNC#)x&<#)5B$$Cn3d#ZF}G$0%2K#j7#P#a/qg$X6k|#(ho2#*<JN#_1v,#*Uab#(y)h#1%4%#*,90#*$.Q#]M)V#dV>z#YyXa#ZF}<#(y*k#RO&b#*w#P#TnJ;#)5B6$8%@|#*^lX#cxf.#(pz-#V1e<$5(:R#`Z>Y#a'fE#xchD#W0m($9o.##)NZw#hkW}#c%ic#)gt5#c%i_#)x*p#qI@3$@Gg##*ER@#(hus#j@(s#*ERg#*ETT#)_ku#`kK(#(y*>#U*d=#(hv^##eiI#RxR;#VK+5#(ho+#)=J1#T#^p#UCx<#R=mG$C~@1#)p$3#R%Sz#)-6d#e~j7#W8m-$%(,l#^L5k#*,:$#UuK[#)_g+#R-bO#)_k}#RxP^#)5F,#|gf3$AVu6#*M[/$Ih4(#^uY1#V|Y_#y0-4$c4y;#)=E<#*,8u#V)[z#*ERG#WI}]#)=J8$>/N^#*M^%#m4*M#[,k<#(q%s$/`me#W8m*#W8rD#*$+l$hA/)#*,9:#)-9C#*fta$GzED#ZF}=#R%[u#(p|C#cpS4#Z=zD#yQP/#Vd@S#_1oq#fT9K$[~d3#*MZT#)%1#$:v80$3Ca[#)FP;#*,:c#s.%~#YH$1$7>[Z$YO(D$>'Kk#R=t2#)Vcc#*^ia#R=m>#RxQ$$K+Rq##TX`#^L.]#T#Sr#a7tz#oK;{#byau#)o|V#X/j~#`kTb#c>+V$6XqL#^}_D#_9z+#)N[&#TU/%#q8.y#`sS5#VBzk#VK'y#eM19$iiVs$)o$V#[F/)#^L,=$ZwU]#*Ud7#(hv]#)%1e#hB/;#(y(Z$v:2($R4h)#YH$5#^L,7$B<_>#T+b/#)%67#|VY~#b6wj#YP,N#_S9V#(y*W#S,bA#]#_V$cVCa#)-:;#W0wh#]#e@#*$+c#)5BE#jXLs#VS,R#[,df#hZO~#.AP@#g|jS$v*#W#jyiE#UCxE$1M_Z#U]7Z$'Oc[#*w(a#R-c##^L.E#)o|X#SEzd#(p|S$,J]<$ZgA~$n[M)#W8x}#[F'K#shbP#jH6>#*w#V#_1t@#*<G~#)N[+#U]7R#*<JP#VB~Y#U]80$,J]5#RpCF#)x+D#)oz:#hs^~$NAi]#S$Vm#(y+H#Rh:D#*EUP$^dEB#*MUO#*MZ^#g)t6#+#0m#ZG.o#ZpVD#v;5O#n*w=#UmHU#*<JA#e^EY#)=J=#*MZP#VK$I$4|/E#fL5{$.i|i#V9p)$Y`:n#WR)]#(p}(#V1fn$*#0U#^2ln#(ho3#u$)D$dM0)#R=rH#)_g/#_9{c#*$1X#(y&@#)gtJ#)o}X#R%ZQ#otlp#v;5c#RpOF#*w(M$Et<;#cx[5#(y*+#*$+o#[_@,#_1vd$*]gv#[E}K#R=t@#R%Y#$QFv_#W{Se#V|Y5#*,6b#Yy^N#VJ}Q$+}-q#ZG'Z#m^Qy#a7z2#YP/Q#jH5|#]#e##*,:J#)h%<$NZ+k#YiC&#YyS^#)-;f#*EP9#d$g5#*ft##YyYe#*$.^#_1op#)x(K#nmZe#*M['#(htR#(y,a#ZO,Q$SDy|$f)oF#RO$N#TU2&#V1fq#bH+~#TnCB#(y-(#)Vf(#R-_{#)oz7#)5B@#W8oy$6'<s#)-9%#YyXi$=Yyf#RxPj#WsV|#*,8n$'py4#ZpPN#)-6i#ZO.u#*^lw#Z-q9#*ESU$ZN(=#hB.U#jylM$.iyA#R-b-#V|VD#(p~-$$|$b#}UTn#VlF;#)o|<$bhIw#)x(^",
"#abEa#b&xB#c%iK#lws6#[,lH#RFzt#yII5#WB#O#y0--$>HhJ#|orp#(p|I$[D|'#*MZN#b&jg#*ETF#*EPH#[_@Z#SoCV#)x)P#*w*f#ZhF+#RxQZ#e^Bk#XjHB$Ap8_#d,v%#R%Y'#XrSN#`Z@$#)FSM#ijWc#RFzQ#vLAo#)o|l$7`wU#TU.}#*ET'$tvgm#cx_;#)-3m$<B_5#R=ro%.y&:#$*+;#)NZz#_dL<#yINE#SoIZ#T#V^#qI;a#o)zq#(pz/#)-:*#)%0~#UD+X#)_fz#`J)K#)=EJ#)=JY#RxSh#u4/f#SoL7#)o|C#(p|b#*M_C#ZG$:#)o|P#R-au#)gt0#)5Gx##]aK$,Rn}#mfUJ$q&s.$F0P:#+#.F#z//i$(NWw#_S4V#R5lR#S$[t#e3tb$K#N##(ht[#R=~k#abOg#%ciR#a7u%#hZQ.#)-=|#ZhC4#[wY~#RxPR#`Z>c#(p|w#tgcl#)gt-#*EU9#)=NH#(ht;#*$+k#_1s/#)gt6#]+dl#(hr%#S<s<#*,6Z$Pa1/#WAu=#o:-[$p0*s$SL|T#*ERc$<B[_#VB|m#YyVC#abI'#[F/a$lvg)${x$.#bqV&#)FS*#TU2n#15Fq#*ET`#VS,a#YiVQ#*fu8#*,:W$yagi$pzjj#fTB##ira9#S,av#mUE=#T#S_#|opW#*ETZ#V|VQ#*$.a#)oz1#V)b|#RhAL#+#+X#[w`7#*fzD#)%0]#V|V]$fdIQ#)-9t#)5BF#VK(P#YqPC#W{Sd#Y.ir#^*i{#`Z9a#R=xd#(y(k#)-6k#*Ua^#a/rW#S$`*#UuPM#)%2O$1$4V#RxPx#d,s]#R%S|$pbQ@$eD'm#(p|q#ibTM#)%1%#ji_U$J$V}#)%11#*Uh@#^uY4#*MUa#)-8u#sG;f#)Vd'#*U^i#*EU}#c>#|#_1l}#R%Zd#)Ve]#)FS##]M6($>PpK#+#._#)NZr#)FRv#SV.u$Cf.V$*epD#TU/<#)Vcf#d4{0#[w^U#T#k6#bXAL#V)_l#)Nc&$(=F8#dwa<#`sV##m^]%#Z-j'#^]A@#(y(e#e~jS#)gul$*u~>#hB8W#xc^-#)NXL#*M^k#e#i_#*,9-#XjF3#^]Ir#WB+/#fmeE#xsp^#k>+e#dVCf#[,gh#)FS.#^}ku#RxPt$FQy;$^1k]#i8,^#W{XY#abBx$=Qm$#*ES7#_KB1#)_kv$w),I#UmKx#(W^e#U*_u#Vd<o#rynv#)5C,###.(##eiG#R-]##)%3D#XrUr#)_mI#)5B0#RxRZ#(y(c#a7zI$>Hh8#*w(R#[F,/#(p~b$'x~H#U*dV$r>/U#UmCB$0%75#R>%u$b`D,#]E&2#)F^4#)_i}#)5C6#)FRL#Z`@q#SV/'#Ue<~#mUJs#ve^J$0-AN$JwD{#*<J4#)%+c#)5BU#(y(J#^L38#t=5e#abI0#ibT5$n)v.#TU.{%Aw5d#YySR#g)lN#rqn8#(q%r#]#am#_S8i$+*9N#(p}Q#*fz*#b&k_#)N[6$SnOa#)->(#R=|@$mubv#u#v}$T*]p#R>#[$xjbB$UlHr#)gt7#jXEH#S<xs#XI'u#)5B5#1=Nj#dwa2%66G_#$*.-#o:+Z#RxPw#X/gm$#KW}#*fu4#R5l.#vD>y#Z=z9#RxQt#|wyd#V9r;%+ck~$)fmq#*^ko#Z-zA#)_is$R$U}#^]A)#*^l7#)o|F%9eyP#SV/)#)=E>$]}]f#(y(W#RFzg#(y)5#V|[a#dgSS#YP)_#)FRY#[wV;$&/>=#)FPF#*nw;#)gy*#hs[(#XrKE#*<MB#)5BJ#UeAf#)=K.#W8x2#)%0i$6r,-#)5Bj$0_mg#SV*%#*$.T#)Vcl#^*gL#bqmq#YH$D#(hte$2]jo$$BHu#^L.[#[,k_$*DYN#p(w##pscw#S,b/$[+fp$(gk:#`ZK##)NZn#UuPc#U*t'$}][t#U]71%GOpp#*,;~#lwh|#)p1.#yQRF#)gt<#jH6'$1$5}%*:EV#o:+V#*ESK#R%YX#Z5wO#ajVj$J_),#]E)K%<8R:#od]o#]M1w#*<Mt$zpjQ#W8p,#(pz;#*Uc{#TnLa#S<uw#x(~~#~;@9#fmY=#)_ks#d4}0#W{Sb#R=sN#V)qY#(y)2#UmF+#R=r[#*<J2#odX}#VdEl#[N,F#WAzF$'`b{#y83B#v;3;$flV@#[_>r#V|et#^*n##WJ$L#WJ'V#)Vcm%;BYk#r/-R#V|_y#*^l##u~vy#`8{Q#ZpKA$qa[g#)-:P#(p}1#T#Sw#(hr1%-'1]#tgg}#*fu.#dV<;$MJ|##ZhC,$YW3F#*<H'#j@+`#T+_a#odZ5#|gj##*M]z#*ERQ#*M[1%)+4S#*ET;#_S7b#R-b<#W{^;#cx[9#RxPP$58Ka#]#an#(p|t#T#VT#}MP-#TU2o#{>>c#R=p:$osbf#*,9)$k4~7#b6}B#(y+%#)-Au#abBm#*fv8#*MXH#WJ$P#mUGI#)_im#bqUw#]E(9#^uYI#XjE~$G'N*#WsU7#g:2@#)%18#)o|p#UC|*#YP3Y$50F.#*EMI#yzx}#WsPN#UCz`$;e%w$:n5T#TU.z#R=u^#*,8g#ir^u#RxR+#bX9`#_:$Y$~C@P#_K.X#RpF6#WsPX#V9}<#)%2N#SoLi#)VaT#*,:D$b%eM#)-3q#R%Y:#|=;3#Y.g_#*M[F$r.07%8g&s#+#+]#*MZ[#^]<U#RpI[#R>$4#*w#O#aI.4#R5h+$:^0v$4BW(#*MZq#fTS^#*fqq#[F&Y#e^Jd#UmII#)_l'#SoC>#*M^d#)x)}#S<xc$ft]a#jXGr#R=re#U*[o#abEo#|_]y#^}dA#)Vgf#s.-M$SvT/#)FS{$/WeU#Yy_4#)5>z#RxNH#RpF3$Fc,$%E{JH#W0pN#R%Vg#%kr'#V)_d$EBhE#S,e##VK'%#)Va]#zHUq#p{s-#^*kz#fL4A#)5@+$aX;}#R5h#%%@@5$Z$ag#*,9E$2vBk#^]A/#*M]p#*,<l#)N[<%QEp;%>i;a#^mK8%;l<($euYv#odUP#^ucW$&y~d#)5Bf#(p|T$14Ce#)%4g#*ERy$4c|-#e3zy#(hr,#ijX(#V1f{${oxW#SV)m#dVDY#o|qS%>WtT#(y*e#^umN#ZOBN#T+[s#WsKA%UsJ@#S,d'#)%.P#S,g2#RxND#)-;D#VK(=#)=Jj#_S6N#)o|}#p{s{#bybR#^2s9#g[Yj#tgnl$+m#Q#d$j]#wtsl#)5H(#~;A0$^C$q#bya@#m3|V#*EP;#XjF%#)%0f#VK3(#)-Qc#RN}e#X@x(#*ERL#)h#>$`rOM#_1l~$;dzk#xkh~#(p|a#)5B-$ee`@$CTr,$[#ZV$.Xn[#[N.z#T#ZP#R5j7%D|FD#RpCH#VBuR$@Gft#l4|]#(p|]$'hpL$#:@~$oZW{#*<H-#ajOx#VJ}b#*ftT#*,9[#)5>o#)p)D$tE9m#oK=|#(y&P#15FY%4j}H#_:+-#)-@g#)o|=#*ES3##+.2$8p,/%Dl-I$g9$o#UmLS#(hq{#TU83#[N)I#mfUR#`cKc#g|iO#*$.X#*w#Q#hZL1#)_l5#UuP{#ircA#o)t@%B#Ct#eM1B#*,=E$FAdL#)5Bu#UC|1#%ci3%)Dd#$)^c+#m4&$#YiI:#ZhF%#_9yu$0x2##SoFA#)_l$#)NUl#R-g6#ZO/;#)oz5#jykV$IW#=#ZO)`#]M,E#d$iZ$#:8E${gg0#UmJG#(y,$#v]U3%j=#2#(p|m#YP.i$nSC0#[N>z#SV,Z#)=Jt#xBA6%I$K'#aQ8o#^}b`#*$5R#cp]1#U]2)#x12q#WI}_#V|ST#yQPk$#:;6%+19O#|-,{#)_l{$FQx.$1MYB$s,}k#RO-k$#KT~#(p}u#c-oL#aI,=#YX1o#R%m3#^mK=#U*tL#*,9*#[N2$#RxTH#dwaE#)5B/#eE/_#[F&k#ir^k#jXHS$3u,:#W8wT#WJ1`%Ga)5#qINM#XjH]$G'K(",
"#WJ*j#(y+C#aI,%#R%`h$Ap1W%$YZx#|x*G%E(Fy#cx_'$`rRB#)5DM#RxN]#^}_K#f*rC#YP,O#^mWH#X/t{#RpFL#_1m##S<p,#hkXH#VK'Y#T#b8#ZpcS#YH$@#(p~^%c~lt#)o}|#*EPD$+},K%v{zj$6Xs7$Y%]e#ZhC$%TlFq#WJ'$$$svG#*,8x###%r#WsKG#dgP/$}urU#d$iC#kO9D#(hug#WR>Q%EQuj#oK>)#o:+H#UC{1#S<sp#R5k:$49O;#a'fY#S,c}#*<J3%dL/c#*,9%#R%`l#U]B=#WR)g#e#ic#)FPB#jH7-#YiH-$4)A7#nmdG#(y#N#)x(J#TU@6$3u4C#*ft1#)x(j#)gr'#e4&|#{>@>#*$.U#UuTs#VJ}M#%ZaA#WA~I#*EP7#dgP$#n*y>#ar[C#UeAX#)N]}%.&.F$0-=@#chMj#R%__#Z5ot#)%9_#Z`98#RF~]#RxP`#U]<M#S$Xh#~uzW#rqi7#^L)B#(p|K#)=MO#(p|^#)NZS#V|^=#)%73$JElm#n;2G#WAzN#XI(D#a'i3#`J1L#`8{b$,1:_#YXEn#TnIw#)Vcj#`sf7#x)&&#)o|T$6r-'#jyik#fT<E#(y)D$s%$T#(pz5#ZG$@#^uYC#pscm#R5l;#T+_o#{hhK$O/_B#oK;i$K^(z%HNrr#`sS;#*ESu%K2u+$:D[z#[N0z#R5g}#*,=U%.OdD#ajMy#t=68#j@Hg#*,6i#dgQR#Ue@B#VC(K%'=B@#pkg/#VJ}N#wd^7#U:p)%7=Or#iA.E#[_Cn#)%1U#*M^1$_(gq#)NXJ#UmPO#n]ON#veZX%m1wX#*<JS%H5e/#*fuZ#*EMA#U*fQ#p9-C#wC;a#TU/'%5z02%/N]B#UCxD#RxQ.%Y_DO#)x)6#WsNA#(p|Y%/%.=#q8+D$TT*}$T2cr%'NPV#c`EN#SV1C$=Z+&$b`Fi$O7ht#YyXZ#Z`A]#~;>+#ijZ4#*g#z#Y.n;#hB@:#odXp$Cn5|#RO$b%|D@`#`9#7#R=t&#(pw=%Uc7R#)-:i#)x(}#R5jU#RxPe#*M]v#r/)[#1%3n#*^l3%@=Yi#d$it#V9r)#aQ9<#*UfB#]+jf#v]W2#RF{O%R^4z%%PSw$6/Ka$1<Kx$41@s#)owI#hkX(#RpHS#u~vq$@i,l$El1N#*MZo%(4;p#SV0i#zHV<%CCeY#W8m+#UeA,#+#0Y#hkU^#)5CB#r/0K#mUHi#xBA(#(h}`#U]73$6'<V#T+d`#)%1t#sGH8#Z5rL#(hoC#XjH`#)NUa#*ft$%N'Q8#TU5}%Z^7(#e#iK#UuSe#XrKB#p{s:#)-N$#UC|M#e3zm$M[&7#Z-ih#*fo9#U]7g#[N=*#neY'#}UaE#U2gs#*^kq#VK(v#ZF}B#)Vf-$JEi{#*MXC%l+)F$Hi3_#R>%%#[wSM#*MUd#T#Z{#)_lj$hrbz#*ET*%'56s$B<_7#R%ow#UmHR#xJJ]#)x&M#W9->#U]6z#e3tv#RN}k#V|Sb#[,dz$hI2(#UmI|#R=u.#[wYq#)=Jf#*EP1$CTtz#)gt`#)FTo$:DY,#jykW$OHx8$*DI<#hZBM#)5Bv#V)eG#k>/d#hZGX#WsQf#*ES5#WAuP#VdHc$AFf{#|gis#)-6s#UCuF#uf^M$h(-a#T#ZZ#T#YP$*~1G$0VpP#W{[1#UmM^#)5Cp#UD$q#V|Yg#VJ}X#)V^k#i7|a#)FVX#^L7U#)x&B#15Fu%8w0U$<1WP$Md>##`8|)#n}tD$fS<{#|FAZ#byaC$E|]n#)Vf&#SoC@$rp_`#zqkf#u4-L$TT(V#]+o6#YyV7#[w^F#u4-S#*fwN#)=Jq#*ERT#)FMI$VJ#m#*$+p#%ci4#)oz<#e3wh#)=H)#)%1C%jN@{$Cf)>%5@bt%2l}c%:Kf@#[N.S#ryni#_K2}%U0d'#S,[w$>'H_#TnH>$I5[1#*w(]#)=Kv#)o|G$qH>^#bH,%#)FiT#)5>p#ibQ,#YiZ-$ERw5$`jFw#w:0I$RwMk#)=K9%+swN#)=JN#(pwO%=Y*O$oRT4#p(yQ#_K.q$*#.M#*w(c#(hu*#z79>#*$A^#*EV#$/&8B#wlfA#)-:M#)o|H#^*gZ#)gr,#)Vd+#fmS$#UeH>#U]4c#S$h7$kF;k#RFx=#SoL4&,aj}#}EJU#TvQQ#*,92#mvfy#)o~M#lN<(%8_4L%z$y,#)FVK#a'iB#)x(S#*^sb$&'0Q$Bg,*#W8ou#)N_y%L|fI#*,=l#)%+o#R-`%#s.%]%'g|J#xkf@%E8WE#TvPs#)5BO#R5qy#)%5R#*w#X#*<J8#VS,N#)=J/$*LVH#UmF)$D}Q4#XrP;#)=J<#lgYA#(y#`$EBlq#VK-0#)-9'#YyV;#z//Q$P>lA$={<2#SF%6$DT5W#)5<4#*ftv#SoCI#k>/=$(-5.#]MEX#R=t,#*ftn&7,NW%=a{o#S$Si$;}<G%'ou4#e~dN$U1d/%ulc##R=p>#(p}9#v]f3$Z$oR#R=tB#n]M1#)x*e#SoI$$(%Ca$dnQz$41Fy$9g#{#WAz@#*,;,#*ERN#UuN;#rqp:#|%,(#UmL.#YP.U#)Ve=#ve^9%^Z=g#U*pM#WJ5F$6r,7#*w#]#hsdO#S<mF#zqr'#*EMO#ij[J#`cC$$*~-O#wC=o#)-9_$A=a=%RE,B#cpX4#e3};#)FRO$XP+)#S<p)#[,j+%nB2|#S,_e#R%Y=#)5R^$B4e$#*M[L%t3+>#R>'z#.IUe$F0pC%wI>}#lgUa$=QoQ#p(yV#)VgN#TU.s$UtN&$(NVQ$&'B1%jVEG#(y*T%Ec-u${VRx#t=GK$'pya#)_l]#aQ</#*ft;#*,;;#)=JJ$Vk_v$*;QN#(y&O#S,nm$;[wx%2u%|#r/.%#ryu<#]M.L#|w}r#xB>H#RxUo$.P_X#[,mn#T+_y#cx_0#*w&D#WsTE$&HLB$TuMq#c`ER#$:>P$,R_^%@Fht$w1:&&5GT*#U:r4#)FR`#*$2O#d5%'$BUu1#S,p'%P-m'%-/@9$.'4q$YWO4#`8}Q#WAx6%qh[9#_1vn#U:m>#lNA[%&&2K#(q$E#)owJ%qpb*#*M_e%HFkC#(pz.%]1tB$QW)(#mULP#U]4k#VK(C#$*.)#YH$4#WI}I#)VoO$5s/9%QV'O#_dG{#RxT]#WAx4#VlF##R=sz$AFgu#]M)W#V|Sj#)FRW%~{y>#q8+C#y017#*nz<#`8tw%XW03&Cd$=#irhY#S<p1#bX<P$AVx##*fr,%5/>J$Bg&c$,1:g#)FRg#XjUN$a&eO#SoIE$meWW#U]6t#R%[r$@i+V%xHDp#]M2K#ve`P#*,=s#^uZ>$3Ks*#)NZu#*$0Y#R%Va$>Pss#]M)G#[N2f#|-3/#`9+w#ZpK2$3KdG#)5>w%EA`M#YP.~&Je+K#)%2{#VS<i$&'1n#(ht_#TU.h$'`e|&Qf30#w:9n#)=KS#[,sX$Pa7J$j-wn#)Vaf$+dp@#ne[O#*EV(#*MZk$-0Fy#*,9B$v[Py$)^g~#a/r+#TnHH#}ML]#|--#$R$]|%&hl5#yIc9%~Z]&#W8r@$t~p-#R5h%#*EUT#UmHD#)owC%#R[,#hZH{#odUA#(p}s#*ER_$.'2_%7x1A#(p|X&Gh4D#RF{E$Y-gw$$ku'#_9wo#*Uad#VK';#*$0u$}}}G#|VR##v#1q#ajP#$*ep)#e^Pe#Ue<s#T#ag$AG%/$+2J$$VZ4,$6/Gs$ftcr#(y2y$ocS}#VK)`#c-rp#%BGV#(y)^$lMI9$(gyw#]M.`&#A;3#ji[]#)NZ^$3u/k#VK$S#)FUo&5hxc$sga0#)gwp$qPGG#*ESO#VdD(#bXI~#)_l>#W{zG#RFxF$mD3(#+#2-#dwa-#)=LP#)%.c#)gt1#d4tu#)5>{%C*I@#*$.Y#)-;R#U2e#%}2-h$s%,}#`J/i&[d>Z#)5C_$jG1|#)%2y#eM7B$,cnA#`J,<$|UPt%ZfCL$d+vj&a,k=",
"%&GVj$DSwY#+#+T#RpN(#`s_;$8p->#shnp$N(U&#+#0c&1},{#(q#X#*ET/#[waF#UC~^#*w)L#)%.W$)EQo#]+lt#*ES)#T+cN#(p|B&R}j;#*ET6&,7=g#RO$]#)`&8#g|yC#bH74#e3{n#R5j*#)-9z&M@rI#aI.6#(y&J%xXUR#)-9k#*Ekh#XrQ#$bW<$&,z3K#t=0V%)m~H$lE2R#^}[I#)NXR#)FT*#*U^e$+}*I$6z2/$e]]=#|VR$#cxaA#)x#O#)%+f#XjHF#fmYb#UuQO#},-9#)%.Q#)5Bo$>b$6&*ZbL#U2h##}UaA$@i+{$W7l(#WAzE#R>9j#VK(w#S,m}#Wsh/#W8m5#U]9*#cxl6%/oz1&$aY|#mf]S#]M1&#)x([#TvN;$>Y.T$7OpP%_b@V#*ERj$+2U4#RFuO$okvD#)5Kj#)o|m#)5D6#*,9_#TU)y#f*qc#)FRX#{`]$#lN>Y#)Vac#abBo#*<J:#(q#Y#*,6]#*,8p#(p}_#*$1%#RF{=#XjJJ%=Pi&$$JPr#e3wR#VK'b$Jo=_#S,cH&KRxU#dwgN#U*mB##~%n#%c~h#TU0_#[F&@#*MU[#vD@/$:Tj=&#bm+#v]R>$^)q0$AFfr#*w36&dlVG#*g*=#R-]/#(WaV#abH0$d^J8#eM4%#TU,Z#WsN2&An5E#*$8'#Vd=$$9oE&%&>G-#)-9]#)`$b%pyuX#*ftQ%.>JZ#)5@%#V)[{#`sX/#V)]##U*cJ#TU2y#Z=x5#RxP_#SF&p#UuND&Sd8i#*<KI#d5$p#lgYQ#YiL<#TU/F#c`Q[#VC*i#y03u%1et3$Cf)O#w[iY#xc`W$:;Z]$T2mE#_9x$#*Ed9#*EUc#W8ty%FzBy#aQ4N#UmR4#(y#Y#|-6E%XF{8#Z-j##U]6w#Yyc3#dgOi#R=yO#(hqy$VJBL#*^ip#g[Ru$oRC5$&HLT#lgnw#|_`=#WsNG#)NU]#WsP;#)=J6#VK'B#^u`q#c>.R#1=Ni#dwbs#i8&+#e#l2#_:5e$)ns>#a'iK$Hi4W#]E&w%OqC[$@&E0#)x(|#d<}(#Z-d{#WsN>$(%.]#UD#h#dVDp#)=K)#+#17#So]k#[F))#*fwu#*$.V$DSw#$#:OR#aI.B$SDyU#(hqz#jH3|#*EVT#ZG'($'y&7$wJJ5%mK0y&1:[,#)%7H$Xa;%$ue[j#q8(Q#*w(D$b%eQ#*^io#_:#j#ZO.l#j@+e#rqps#R=sx$9Mb:#g)wM$7qL0#*ES,&vj[`#)NUS#^u]-$N8g)%$s'q&O%Sc$ZV6`#|_`4$$ci8#]#zt#o)zZ#vD;`#aQY*#*ET+#[N3,%,0:i%8<O]#`8~~$*L[M$49Kc#R-z}#*,3{#[F3%#bX>Q$WrJ7$1fwS#ibR##{`_l#(y.5#(ho4#dV<=$|UTo#XjP2&K)c9#U:m3#)oz*#)=JO$5s,X$_Z;t#R%bz$-0:q#WZ7J$Kf=W%y6/7#*,4%#)-3u#(p}-%&`d)%k~jZ%#14K#dwa4$9MtB#TU2Q#(y(Q#(y,8#)%1l$1M_C%Yg<k#chM_&&orw#wd^4#_K)Q%2}1D#XrcO#RxPc&2ky;$,cnB#{hh>#)Vj<#a7wm#*<JR#*EXj#(hvW#(y#M#U*iP#hkWr#Vd=&#ijZ9#TU,_#_1oo%t}qt#w[T|#*<N6#[,zy#*w&A#U*kq&v8*6#*M[m&7<N%#shZP$A=a(%>>Wk$QpDg$2LYq%2}0J#*^k~#)oz6&LQxB#(q#`#VdB/#V)z1#)5DG#_S9%#R=sI#nma+#_dGr#R=mA#X/q=#|--'$$)Io'$hb0$D}[2#+#0q#p9-G%9n1X#^uZ,%u2#4#^udi#e^Gq#lg]C#x(~q%'59=#qI;e$$JN]#VK):#)FPE#)x(W#r@0a#(huD#)-</#+#+i#1=Ng#Vd=*#mvjD$49Os$(-8r%d]f=#V|VO#)-L9#*w&C#RxPY#)_s/$mDFt#)_l9#z/(+&nQ<t$#ty&#}EYs#}MO*%4Ykd#ZORE$J$XN#veoe#]E+W&4iup$z./_#hB+}#)-6v#cxa3#dVA2&bU6q$8Nia#S<ra#b&kF$yqll#)oz+%Io5X#arS5%TS'C#R-b$''LQh#_9~q#`ce>$KLtn#`s[@#_1lz#o|s/%)DP&#(y,3$3SgQ#)FU_#(q3Y##eiU#pk^c%M0W,$N8hg%^ke/#VK'`#YH.G#*,6l#*,9g#WAu:#bynK$K#M##)Vd,#V1e=&#ruM#R=s4#*EP2#Yy_D$50Iv#^ut:#sh`e#hke)#mUG:#.IXV$OHvt#15Fm%^(ch#[wXN#`Z>Z#^2op#eM4)#+L`p#nLAZ#{hhG&1lx#%0,@-$O7aJ%$z|]#e#mI#U*eS#YH(-#d=#}#R=up#*,6j#)_l#$OY/h#[,ic#_K)>&W%VH#R5l/&30>1#XjH.%W>se$*DUU%9#>m%&>Cp#)o}@%HVy+#{`_p#]#n]%PFwU#Rh@x#(pzA#_1s'&&-.j#shh%#)x/a#*Uf-#R%Su#)-3w#UeQ3#y83H$FQzu#(p|G#b6tq#RxWX&k*sm#TnCH#)p#e#dwtK#%9df$swm4#ZpK5$GzG[$b%gT#^L5.#R=mK#]M/K#`93h#)_p,&9Knd$_Z<J#t=La#SEx9$.j(d#*McA&=Oh6#a'fP$u;5b#mviJ#Ue=&#fL3&#k>U6#)o|i$VZ5;'4hwT#XjJ7#)gq}#W8m8#)owK#)x.V#*Ud`#)p-a#ZpY1$:^(9#qQJE#*^ii$NsAG#ibYL#W8r^#U*co#YiN;#U:uo#e^TR#*M]+#WR.f$Xa=F#XrP9'#ie6%tmb)#bH,9#)_l`$kFDV$HqIc#g|zR#)5<##R=wS#(y+3#w21:#)x(O#)%4f#kOE|$&HLI#*,9+#S$uh#)%+r#)_r%#yQQ9#_dU/#g|g;#W{VU&X,ms#WR)a#c`Ov$'q>q#WA{M#WJ$A$>'MK#S$VT#dVKu#*ERb$r%z$$wJY'$N8d<#XH}R#(y#O$O7iC$1ftb$[E-'$}DCg#*w*y#)NkO#x)%=#*fwA#]#_A$)fm~#xca]#odjG#ibOU%DJo=&d|`{%eK,)#)o}}#^L)F#UC{]#(y,{#zH]R#aQ8N&4z.@##+.0#*w&G#W0gk$(x@7#Z-il#wliw%:m7V#T#Sq#R-bn$ZV2d#u#yR$%bhc#TnF+#a'i7#)%1R#W8rJ%teWr#RxR~#UmF:#*,9R#WJ$:#ufy'$@Wu@#)%14#t=6K#*ER~%F'I>#U*[s&UQ$x%1TcH#R=rw%apSK#SExH&DApo$NsAD#)_mP&k;.9#bXBI#SoI3#)-@%$Et=;#*^n1#RFzM#)x(H#fTCw&)*/%#S$d7$NZ&0#w2+:#UC~9%Fz@v$50G<$VsMz#RpCJ#)_qf#*,3l%O.m]#YyZq#)_f}#(hq~$Ap.f#*EP>$j-uV#S,[{#*Ef9#+#+c#WR.h#_2$M%s,*Q#sGAP#kOU+#_S6c#)o|Z#{>H3#UC}O#k>>e#YqPt$Z,eh#dw_-$L*d=#Z5ok#aQM/#)FP6#R%[P#SoJ[#aI.F$2n$I#*Ud8#(y([#^ur)%uthk#_1oY$$kn;$M[41#(p}4#m^UZ#`8z9#XrQK#WAx<#`ZIb&7g37#^L0d#YH&_#*EMC$D}EI%x@<G#R%VZ&:|5l#_1q}##mqU#+#1v#*,9;#(q#i#X/{)$gJ4m#X0$x%AUsJ#b&or#lge3$t#rx$v[T(#V|sV#]M5I&&wxM#W93U#*EPF#(huk%5HZ<$d~c/#UmF2#)-Q/#Yid&$=(NN#o:-e#R=mN#)5HS$XP.=#VK+1#wdl]%>a2i'B|2y#V9m.&uB/D#hB+h#*fu>#)gtH#)=H+#RG'Y#(y&A&@g)B$$d&m#R=wD#1%4&&q,uq$9EhK#^*ds#)=Jg&jE,d#SE|i#*fr+#)VdQ#)gth#{`_o#ijWu#ev[7#j@Kq#psi=$1<Os#u$${#)%5(%=a{J%DJl{#d=&>#~u}x#kO>k",
"#*M]Y#WsN5&4@L##U]7#%(^sK#)5G:$|$#Y#y8SO#UC{5#)=M{#R=pF&Ds3m#UCuX$-jy=#zqy5#*Ud.$kgU1#c`P:#|VQv$swn+$d+oo&MPtp$eu^P'.,9V#W8uj#SoL6&6gzY#WsUy#s.%h#g)v+#ZhTb#^}fs#S<m:#R=w<#TU,V#(hq}#)%1=$:]y<#xca0#)go-#R%Sq#xBNW#VK&l#)VnZ#)o}$$4B_3#YP.[#x)%9#*Eo2#d,rf#*ftH$HOwx#)=P'%qWID$o),[$(=Fd%)mo<#_K,C#*$7B#)_l&#(q$&$s=6u#R=r|&/,2M###%y#(y8x#V9rI#`s[b%OX)D#[F2Z#[F.($a@#u#(q$P#R%[N#_9u2#*w&9#f+5M#SV/(&}),S$3CQ(%Bf'c#)x,^$Q-xo#)_iq#[N6G#(pwE$58Qc%Bf)##{>=i#d$dY#(yD}$@Wz~#[F@+$NJ,(#YiEt$6/M'$G/r_&5q@}#SV74#q8+L$'hr-'([`R#othm$*;JN%kE)+&G5Z:#(p~%%&.5i$EBh5#U*y@#RFue#X/e&#)=H$%#R]'$<tDD$U1a=#UuNG#YX>$$4JYK%${I9#*$=>#VK$@#xcd1#]+id#(y/N$(w~M#_KF{#YH/(%6Oi(#WsR9#VK8Q$58R7#)_n=$fdF`$2f%$$r&)9$d,%3#ZGM:##TX(#k>+Y#bH.f#*^fo#[F.x#V|YD#f#,b#d%)2#VK(G#Z-gX#R%V[$d^Jw$k$se#VB{%#sGH<#|p5S#SV,i#S=3+#RxPu#XrSP#*fo;'[cAn#)%.Z%3t(]$0Vm1&c2qI%eK3D#SoIj#)_mN$+m#M#*,6^$bW:h#)%9i#*M[##u4.F$={E:&$75~#|_`D&;Qg;&)|~Q#^mgg#{`[~#dVB<$wJ<w#[F'8#^*sE#)xAS#a'fB#)FPD#(q.I#(ht-$RN,q#YyY)#RpHZ#WRH7#hZjr#VK0B#S<sY'`N.`$oZ`/%9n)d#R%Z@#*EV8#)-6c$y74T$=(H9#SoT~#)FV_#[wX^#RxR-#R-_i#p(yd'2{+@#[wSQ&*BH~$6z4>#R=rf$v|~|$Sn>B#UmNt#)=H6#lNBX%Ce;p#TU78&A3Mi#X0)7${owz#)oz,#|_aD#e3wS$XiE>%/%0q#]#e*$3CT*#mviA#m4,##*<LU#U]7|$d,:T#wC=e$$civ#]M)H$(%-d#c`Uk#ZpyP%&&)r#)5B.#]M7e#[FC1$=0O0#UmIJ#i/z4$#KcW#Z-dk'4GRJ#|--&$RwJC$$kpM#`Z<X#n]O]#TvQ0#d=(f#pB3m#*,D'#hkXQ%iG1|$=s4:$dM2P#(pwH&d)is#YG}N#S<mL#dx,X#)5RM&XoG_#d=#q'+/3z#xBNH#e~g8$R4f<#zHIY#U*b8#*,:<#*w(i'X#Pz#}Ub@&83L1$8%7B#RFxJ#VlF5$^)f_#_dHf$.P]N#Ue<u#ibP-%0,9.#ajXt#[_@~$e]C]#]#eO#(y*7#YH'T#g)qF#]#n&#XrPu#)FMS%0<N$$4J_B#1=Nh#d$dH#T#c'#V*(K$prkN#Wsi{#)-8l#m^JD#a'i*#*w5m'I}IH&3Z8x#)_g$%@5Sb#)_iy$xji]#{`_r#)5Bl#UmC@%<k)5#U:m=%NP|I$SM$5#Ws[*#)=My%Dd0#$*#3n#RN}o#YySI#*fo%$|41A$k%-S#w[sB$0-<|%_rN1$4JY4#(p|9&C9UQ#)guY$&/63#V|e8#WsQZ$NsD5${VS{#ZO6r%H-TM$WjA}#(ht^$u]Ta#)_lK#R>%m#bPN<%p&l8#ZG+v%7p#Q%Yg@B&{e_(#S<rL#VBuT#)gtL%wrhY$3duq%kfSC#b&s@$7Oe*#)-g8&,X]c$$)52#TnCR#p9-J$ocT}#t=0R%iGD~#*$+[%<Qve$D]#`%0fwU#{`[}#e49~#WA{]#*^mq#V|Zv#}EDE$[fE#$C;[_#WsKU$]}ci#R>80#cxcg''+*'#*U^a&7$;=$'`h7#RxSG%7g{{%]9ri$'>FD#`J.9#)x&;#)_l4#feWj#sh|u#*EP4#R>6R$yidf&QLvy#*EpU&C|A[#hZLB#V|Xi#)N[$#T#VV'PfCN#)%2U#*Up=$6az%%9#B3'm/x<#VS)`%mS@P#SF6R#VK=P#d$v~'*03;#[,do%7g|#%:Cbx%aG(8#)=JB#(y*i#+#.`#YH(8#WsN1$3u/=%6OcF#`ZD%#S<tB#YP,T$ERw,%@5Qi#)o|u#bH@)#a'i2&9mMH$BV#@#a8,8#)FS+$Y-v[$#:=8#ZpUt#XI):'6,9k$&HQP$.P_O#Yyal#b&kO$qXKv#S<rP%ST'6$r.$-$_(gz$R,bT#_SB9#}UYX#*EP0#*MZm&N&Ja#)x(e%~kki$=s5y#*MXY#V|^Y#cpS+#(y*5#RxVa#kOH*$&/5=#V)mf#)-BB#YH&I#q8-k#}MQH%3t,i'EG`_#RFuN#W8rL$T2`~#qQDu#*MXE#(y>=$)EO/#R>#F#[F(>#R%ZM#ufZ[#cxaO#)_mk$gR5o#qQL]$`z^m#)%8&#$263#R=wK$BUr@#)5B(#*w#D%%aiB#R>3z#)x#J#)-G`#bqXV#R%`/#R-_w#Vd:-'%51<#WAx-#tF>%$$JO8$VZ[G$HP4f$3Kbx#)-:l$=s1h$+}JY&HMph#[_9w#*MZs#VBuU#*<Lz$,ckO&WW-3&GNll$PaR~#by_@#)=J|#tgZ_$(Nt`$3dzs#)=H2#_9{C#TU1o$9Me,$*LdV#+#.T#ij^;&@$A:#fT9O$}DNl$okhd#*fwP#T#Su#(p}2#*M_;#tgb9$*DNE#*<Kr%&`e##SV0B$.'4m$N0tS&rn][#)%+_#X@zX#[wST#x1-d#V9|n$XiOX#jyvp#$*.>%=X~.#Xrd+&hx^6$'`hi#)owE#XrPD$G'M{#_K3C$ZgDk#]E&m#*$28#`J0B#*ERU%#RS&#kOI^$8Nna$2]p7&8]pQ'LI(7#d5;2%`>z-#)NUZ#)=L4&H$Jr#)-:##xBKe$Fc+L#yb^7$'y$i#p{l/#R%Sp#)5DC#|giI#)%5%#vD>U$/`js#bH7r#*EUZ#)Vce'Ow=N$*~5.$2TbL%7x<1#]EN4#c`Bg$'hse#)5Cv$XiF)%{+~v$a6sd#UCuS#*$3'#pZT4#e#k&$(w{L$r%s/#dweC#)x6Z%OX0E%&`c|#dgR}%M(S:#w[ZJ&0Tb[#abB}&:1OU#VK*4#cpXo#TU,e$Y`<|#VBuP#YP.m#hshJ#R%Xu#*<J<#*^iy$6'Ar$:ToV$+*5C#^}f_#eM43#c>%y#*,8y#*M]#$T*_A##eiD#]M,I#S<r<&rUC(#U]6q$gJ6(%4Yr+$Z,cg#SVPT$`jRf'8Snc#*fx8#hsfh#)FP:#^*ia#(hy_#zqqZ$'px:#ij`I#hB)*#U:p9$2Te=%obz6&8~4x'I*NR%xijH&}1R$$y71o#%cfa%}SPO#RpHG$-0Bz$2]pp#*MXW#)Ve[#qQB0$Kf8Y#xB8a$N(Ro#]M6V#*$2G#[NLM#(p~h$s=Cg#*,6a$2+@7#RG#K#U]8%#)x&@&4P_>#*Mpl$(%'o#_:6'%n{ir#^]9l%1v&-#wdZC#)-L3#g[EA#WsKP#15FX(*HX1%-HP5$s-%F$3uW^#Z={3#R=p8#VBx5#*ES:#*Ecz#|=;;#*f{}#UeA9#Z`F,#(hr#%**6T#SoIH#|w{v$%(9c#T+b7&K1gk#^uXO#[,dv%jwf#$[+iZ#V9t^#qQLF#ZpQl'A2Ie'o>-~'PLp_#UmHX%ip^S$+dj{%{MIB#d$sA#ZO0*#V|a#$,1=f$41GX'MX3(#VJ}P&gX;_%V7jL$kVA1#b6}H&C[)<'mjQu#SoCT#$26<#)5@)'RlBJ#*ft)#*M]'#{>;N#v;5g#YqP6#XrWr&>_|*$=sQ1't),A#SoCP#)Fbg#*fuQ#qI;y#Zpf3#W8m<#)5FF#[F40%kE_x#`8t{$0=sB&|2)h%{<QP#XjF-$Ob3~#ajfu#(q$##p9*U",
"$&7:~#nef0#*^l.#d$dG'-FUB#*<E>#V9mD$$).i#)=J>#T,:b#*n||$Ob>.%%@<D#g[EB&~YYD$Ob37#Ue<w$`I+k$oBRG&^I%F#}EAR$mTKg#WAz]%Su|F#RG$O#|h0g$BU|b#T+[v#YX4T$AFdq':0E]#*^l&#V|VF#b'3@#)p&X$3du]#e^HF#VK5T(-MLH'$WPl#(p|L#c-r/#)-9l$8%H9#jiX5$lE1y'2AJf$2+:H#UC{G#TU.r#*,9L#*,6c#U2gm#*EXL#RN}_$~CGE#S,iY$gJ/y#dgMs$8Nb5'hNHl%HxB-$R,`B#(hvV$/`u##X@x%%+1@~'A*I1#z75_#*^mE#$269#w2^@#W9,<#[F+G#V|d$#^}mP#hB+x#*Ega&s}mq#|%J+#R%Sj#(q(p#WsPn#hk_W%-HMD#X@z>&RKw6#*ESm#)o~e#)Vjv#RO,C#wliq#YyXP%I_(4$~}#W&OxGK#]#bd#R-b9#S<~T#RF{D#oth}$SvNy#lNBF#RO6q#^]Gj#SEuS#p9*Q%**.f#|onB%5/Aq#vLG+#(q#g#)-8z#~38t#*MZ_#)gw;$,JW}#*,9p#R5h*&FyLC#jyg,%4s*-#*EPA$)fp|#|wy9#eM4>%G6Y]#t=0a#[N.I#YqKB%mK<a&,Xbj#|%.+$<tAZ'[0dS#(y33#dgR^#i/zV#*EX1#]E({#TnR}#*ft5#UeG[#RxYR&1K[+#)N^X#`sh,#)FRQ#*MXB'e@}(#ZhM[#V)[y#+#0V$2n=_#`8z7#pkbi#VK-o'%VPT#WB.X&:)AX#abID#i/yQ#(hr6#U:rL#b&kN$-0^Y#R=mB#)%4r#^L,D#p9(z#)x(g#*ET@#[,j;#W8r/$5s0l$f:Gv#u~yN#RxWk#)5B7#c-v5%ZfAq#mvi]#^uV,#yIqt%I_'a#V|Z5#jyft&%67e$;}qI%8^w_$f:.$#R5mc#ijZ3#*M`j$>b#M&YU-M#*ETL$NsD8#)p#V#dV>e$6zWv#*MnJ%FHo0#)5B+'2c@K#6{=Y#)5@$#V)[m#*Uc`#U*cV%h.r;#*ER{$3eCZ#a/wM%+JS['55BC#}UQ|#XbK4#lg^m#(y0N#lgj-#15Fx%`>{'#WsWz#cx[<&1[j;%$rrI#(y+i#X/d~#RxQ+&c]:d#*M^s#sG8t%Hx@q#iA/}#_SIT#W0go%l]K;#t=;S%HV{a#S<tk&#QVD#(ho/&21M,$$)5X$PX):$ZV7)#eM4(%jF-x#`9$x#S$Ze#(hr3#*f~f#TnH|&92F)#eM17#*E`-#|Vze$QW*M&6-@^%{EXA#UmHA$s=DM#R%Vf#g|i3#)5C8#e#gB%V/|L&3bpt%:C`I#*EM>#TUDY&VX,9&4P_V$={CZ#U]8k#p9-D%G>e&#)FV)#*fqy$^B|/#)gt*$7OjB$/`t1#Z`IT$>j)e$TuJ=#S$VZ#[wXo#V|[E$,coT$e2pm&Ho1X#jXO$%;Ri)#)%15#*<KN#[wsL#hZre'2jvh#VK'H#S=&$#)5Gq#)x)>#|%C,#]#ae#)5Dt#Yib+$$),n#aQD5&YnF>#R5e9#U*d2$xbbD%b<zY%7g{h$CTzS';Pd)#R=sO#)x#K#YP._#)=JW#*<Ks#Y.o6#*Mcv#*,:R(@[j;#)=PH#U:z9#VK)(&&Fg8&SS)q&Tc4,%yOIb$pr_g#g[GO#`9/i%|}x_%ipUw#S<x2#T+az$~u5v#*$+`$+dpv&9:Mx$kx(e#`cHw#p)#T#e~dB#*ETR#a/{'#f*oT$6'>2%_b<j#U:rH#sh{U##TX&$#u+2#U]6o#(p|A$*;AB#TU3+#]E&E#*^l^#[_9|#RFuX%knRw#)%0m$nlYT#*nwK#Vd@($EtAM#*,6f#bH1r#R%^##bH3~'m'iW$rO@l#TvN>#Vd<s#R>@j#*^m$'.EHT#15Fw'WM{}#r/%s&3sBh#_K,@#*El2#W0j`#a7{O#[_<f#sphu%A^vF#[wVB#VK&M#*U^s#(hr+#WJ$F%W>r4#RG#e#{pqh#vDL4#YH05#c-s-#`8u*$[fZq#(q,t#[,p|$Fc)6%V/hX$7q;.&z^ZR#^]@$#]E$+#n}~##m4)l#RxNR$El.]#U*b+%~)*S'F-aE$9Ed@#(q12#dh+:#s.&D#)-:W#)p;D$#u$&$KnFF#YP7L#WAzg#U]8_#ir`{#)-9[#(i,W#)-;y#)_kz(BAXQ#m^OF#abIz#R%Zk$bhK{#_9~o#UC~2#*<NC#)%0l%0^}s$E|m,#*fqs#z//)#V|f#(]P;o%NY=T#*MXT#ZpS*#)_lE#(q#u#*ft}#*UaS#]E1E$P6g=$GzDw#*$1J#[,rd#X/|{#V9re#S<r]$[;t(#lw{)#(hu9#jyj3&EHhP$@>c,#)oz4#(p|z#Ue=%#c`Hk#(y+A#R=sv#[w]-%/gw(#n]PH#TU/m#RhA#%6P2U#i8#c#YH&]#)x(F%Sm@R(Kb%i$2]mZ#(y&F#Ume&#Vlb>#th9i$$JQi$zpm=#pZP%#U+4`#e#iS$nSEa(L.M;#cphc'3q}0#.APF#}UVt#R=p1#zr,R$WjGl';ivt#vD=w#lN>7#+#.N%sne$#ve`=$%('m#p{l)#)=KG#*M[4#*w#L#ufbh#VK&q#e#u8$N0a|#(pzB#U2gq#ZO,M#YH=K#UuNO#dVdU'V%We$k=;h#]#ag(Lq@{%k^I##`8ws$*#-q#*EP<'E6Za#R5e/$W8Ld#+#U=#YqQ@#a7|T#fm|_#e3wP&7UiI#x9Z~$,RgC#w:0G$&'.z#bqX3#*<J+#dw^{'9cv5#T#h.#S<s]$Fc+C#[wSP#XI(w#[,jQ#RxPh#Vd@Q($_Z}#[wVC%ypik%$s>V$[fFh#ZG(,&_X4f#SEzV(;W}M#`ZHe$o(yx#R=xj#~;k[%deGy#e3{*$<Zx:#*,9Z#yIDd#VBx>(*PO-#j@(n#rz*)#[FSU&e{^L#qQD~#jXI*#)=JZ&.W8*$I5^T#xJK1$}DT3$+*Ca#*E]4%#Z^I'2Qda#h0yo$%(/z#TU.o#{`_c(S'JS#abz$#)-XZ#)NZa#R-`$#XjIq&w@/;%lT<&#`0oT#)=H/#)=KI#SF.h#*^ir#k>/'#)`)>#(q&A#VlF1#W0gm#)-:5#U]Az#R-b%#R=|V'.o-C#`9Te#)_m,#S$^b#YH&h$OrEu#V|V[#$267&Ub3}#d5-2#cq1c$g9#9$xc1['C{Bu#`kSN&4XeN#1=Nl$'hr;#)FPH#jH<^#aQ4I#)=Ko&2s}y#irp^#)x)`#)FP>#)=L$#V9m4'N%J/#(p|Q#XriO#S<rT#eva3#(q%/#%9>E#Xb9z$(N{}#Vd:8#`s`F#V|SR#)%3u$f)n7#UD/s&7$8~#]MG-$fS=2$`Y8P%y67y#*,;-&B*Jr%H-S4#(y*E'P3_V#cpYi(O+Ji#aI,3#W8|x#X/gy$fSu-$(xR.#x)%V$8p)w#(p}]$`QH~#*^ll#abP>#`cEg#b6wo#*M`*#Zpls&@$In#g)tR#YP@9###&3#RxR@#)-UJ#S$Y;%0MfK#)O*u#*$3|$1fv7#)gtE':s-v&nr^9#xJUl$SvJO#ZO7m#v#$~&S|M:((1-$&[Bw2#1%3w%/p.)#WR/O#vD;S#`J5m#V:02#d$gK#ZhKt#R-ba&*9O]$,JT=#^*gP#zHG7$os_t'#/+K#YH&c'g`G2'sdSd#V1e>#ira>#0>MJ#)=H%#*$.d#nenX$OI.a#|$~e$0%=z#S,_i#)x)z%*:BD&$z9q(N_&g#*fv@#(p}S%fJ,>$4c|O$*#N)#15F]#hB1z#ZhLL#)=H4%P-YL#xkhG#s.=B#V)f5#VB~6#WB#@#R>*M$C+K8#RpHP$'a5%#yIAr$PX);#`(vD#pJ=x#V|Xw&R]+T#VJ}[#W{b($AxEY#T+a{'-gn7(A1Eq#`8{d#X@x7%WqKB#c%g7$WjDP#R=~N$,tN7(O3U>'ynZS#X/gs$.P_c$%IL@#WAu;#(huf$[;wT#U:m7#_S1T#pZZr#ZhXp$,R|Y",
"#T#_@'Rd54#x9HB#Ue:7%2l}V(KQ:*#)N[}#)%0p&fzws$,cnC#n]OX$RwZk#g)uP#+#0W#)_lb#[FU]$0xd~#U]:-(5EU+#*MZl%y`j7#*ERs%Io=b%:Kc3'9JZV$Hi3c(+WTK$$R{5#)NZQ$&Pk,#SoY0&HEd]#vD8_(}7*.#)Vcn#W9F9#p)-Y$+2@A$(grR#(p|k#c.Lw#SoHt#R%[^&vYHt(fhD[$'y/8%TS'U'a3gc$Z,e{#R%So(5,2H#YiI{#)5>}$q7)T#)-BO$JoL*#R-lW$,s~=#)_oD%=/QF#SV,c(VEq0(`vaC#f*r##S-1L#TvKX#(h{;%-qz+$ObPQ#)5C}#b6zQ'Xf4y$/Wjh'Xn=*(,N_K#R&1+$p83_#WA~-#S<p7#)xD`#g[Bd#mUE3#S$iC#},.k#So_4#)x(d#)gu]&|:3$$,ckP#g](C#(p}^#j@+o$g9+z$0x-W%8<Of#*ET]$7Oms$;[wV$/Wlr#)x)=#hB7j&JChR#SVIm#WB%S$p8)z#VK,D#mviR%%PX}#*Uah%AoN@&92CF$6PbL%kn[S$kgV+#aQ7S#)o}C#Vd@F#RO'5(,Vi5#T#Sc$US(c&y_S,%PFrv'J)U4##]a-$+[bo(b[;2#xkcP#p9-I#)Vf#'Bl@+$E|F0#wdZF$prpK$9g&@$<|@F%GX$<#)%1r#)p%Q'(lmV$$)2K#R%[4#)gu/#*,<F#`JG8#_K,<$U1d+$k4x`#mUE%#(i;j$OzhC&[S*Q#W9%R%RE7/#U:p0#o)yU#*ESf%l]HQ&N>h(#z79E#hs^|#)5E=$rpf+&$y{h#V1fw#Z..g#U*k>%@Fu_$NI{.#V}/c#TvPb#Z-du#)5CZ$*#Nl#^ueX'/#(a%$IHN$2+OL$`Y<@$SnB>#b6{g&.5e}'%-/l#XrP7#WB#}#(y,t$6/@i#TvND#R-gm#dgYV#T$0d(__@J#(y)B'}jd(&nzqe#*fo5#hs^l%4(=%#R-b($qHPT'[kDs&03AW&H_/i#bH)H(6u~:#UmIu%0<ez#)_mv$*;F@#)x&I#xBE}#*ft&#V|Sk#|=>J#U*ck#*^rZ$N117'119g#V9p3$fS8E%_I.J(~OUS#V}%j#SomN#VdA;$|#})&#jf&$qXN5#^mxi#[N.O&;Qh5#[F'L#*MXQ#VBzc#*M_Q#UeD*#YH(9#(hr&%Su^z#`9:.&3bpn&x>Dr&G%N=#{>P/#T+_t#n;7Q#g|tz#UeIJ#[FJF#SoFH#^mT~$OzN(#(y-i#)_lC#jiWk#)gtM$R4pk#[N)K#)x,3$+*<a#S<s/&#Z$L$14GH$.X}U'fqPJ#xJKD#)FPC#(y)%#)p(`#sGnk#WAz9#R>8N$4Bp(#S=A<#u~t##*nz($q@4o#TU0B#(p|_#RO*b#W0ge#S=(Q$.Y%c&Y+f3$$|%Q#d$kH#*^m*#)gr($'i*X#W0j3#%[#D)+omR#z75o#[wg0&:)=($uesU#)5F=$Wrv4#U;>k#VdQ{#w:70$;}Gl$0-<g#(p}D#e#m%(Rs87#)oz=).KcC#S<v0&#('%#R>-d#`8|R#(yCo#Z5u|$QW'c#*$+n',GQ$%0^i,#a/yk#U:r1#*o*1#r/47#)NbA#)_k|$(x&0#b&dY#d$ii#fmUc%/N^8#YH4e#[wvl$NZ>a$P>q_#d$~Y(BkD5#p9+l#WJ'p#SoF0'#y|H#^v)]#.IUl%5'9o$5sAN#U]O.#SoHW#chlJ#)N_^#|VQ~#U]77#z//|#R>>N#g|oR#UmQV#c-t-#)x#I#R-b7#)5C<#]E1v&^/f7#mf]m#)%.^#)guH#U]T)#S<mP$A5VV&yopb$lMHk&WO+O$$)-5#bqco)%LM_$.P]T#[F$.'^iPo#*fz1#[,iy#y00)#(y&I#^}fp#g|dJ#)5CS#UmHN#R=p<#V|Xk#)5E>#*UmO$0x*<$9fzb#[N/{$DCh/#S,cj#*EXJ$l3}=#TU25${VS/$mD=u#qQHr$'&W_(JZH<#U*bQ#S<t4#)_oV#)gt2#*EMS#xB>a&g6y(#_9u##mfRm'qfS1&JCq7#)_lf$6i{(%p'Mr$:D`'&|]9$#hZJT#p9-H#.IUw#R%Z)#pk`V$.X}J%VI+h#WsPw$1$4a#WB,p#]M)S#Uu[D'B1Iz#UuRq'(*#b#R=x3#YP,B#W0gx#*M[<%S]e>#VK&T$pznD#_9u3%>6V##*$._(^`0g'Bd#d#xB8i$&HYH#S,u|#VK7Z#U*h5%M10[#TvS]#)_lk#TU.c'6g0_%yOK,#z76m#{>Le#*U^b&-y%q#}EGV#ZpQ[%k~v`#)Vgd#ZhLF#)gyv#)x*B(x+}[#UmC9#d,oF#)Nob#)5Dy#)x#Y#(p|R#Z-jx#WskX#fL1i%sMFT#ajPC#T#Xf#W8v($r`hv#arV*#e3wb#T#Sv#dw[F#R5e+$BU~d#*ft-%SuNV#n]M9#]ME*'MOx<#abMx#r/)3#xsn]#UuPT$[~WL)=eqS#*,9J$<|:(#*$.L#R>97#YiJP#{hl7#yQYg':8Qq#*ES;#)FVE#},*~$K^2%#)`+##)Nd8#+#+m#`9,0#yru<$&',s#T+cZ#*M[f&-&15#zqsz#+#0v#XI&i#*Ua[%)n5*#)Nle#^*iX&%%{a%CCb|$<t1i&q_Li$dn^{&i=:D$5(BG#*MUf#)o}q#*$+q#w:5n#bH5p#ZG$1'Jt9+%WqF*'uQAB#R=z+(GnJu#[_Dp#U]:1#|%.d#f*l_#c`EP(}PPr']zwF(cB+&&R2cn#XrND#YHO6#cpnu#X/dt#~;Ti#*,;)#]#e.#dwaN%QwI]$Ro>M#*w(g#X0Nv#VdRI#)%+d#)-]S&fbJ1#)x&C#o:+P#*EX8&7EWb$<Bbx#Uuic#)5DL#bqc.#g)rq%`qP##YiF*%SmB^#V|ln#W0k^#)_l8%u*.7$lE8d#x1_b#p9-E%.>J1#XrN+#z/PM#)x)F#WR3u$$Jgh$SnFa#YHC,#)_m[#xJD`#)p#l$3CQ8$/&4p#TU/-#VK$B%QMzc$eeUP#[N8Q#UuN7$&/5`'`g<s#*w(j%])y%#lgXK#[,qx$4BYw#W8ow#fL3-#Z=z.#S<tl)*WSg#S<x+#R>JP&#z{'$RoD[$2TeL$ndb|(_$ZU$RNHf#S,_k#i8(-&EHhD#)5e^%u[R<#yzvV$t~rk$emZI#c-lb#Rpre#)N]k#*Ec%'%p+,)bsI^%#Z_H&{;//#V)b{$9EhO#YX7Y&T{],)@1AB#SExB#[FO@$sh*&$Fcql#^ujZ'Qu@_$Rx'b#Z=x(#)x))#^mMw#lN<%$US-/#)N[v$n2,,#UeC1#WB/h#WAxB'rTDE#{pp]'c[;6$+[h1#VK'#$^)fg%UZ0l#)NUh$X6q='D/DK#nDbv#UmMG&5Wg_#)p$c#*,3k#a7yw#[--##chP-#*w(F#(hvR#tF=q#)NUV$$cc@&p-uN$P>}I$&'-c#T#X~(h^:`#ajJ|#VJ}_#*f{;%vBh@$;e$.#jym{#)h5m&5OYI#)_mm$R,Z{#eMX<'Vh<p&ZmJ_$*~Ry#[w||#RO**#odRO#)x&:&*|%A$u]SL#U*b]&3jxr#SF%z#S<rO#*MUP%B#E-$t#x2#)5>u#mfZj#{pnQ$s5'6$Gb/D$)^l7#ht*-#z/.%#hsd`#p9*X#|oka#[,g`$8%CI&wPN3&yNLi'9k}K(HL&U%=/DR&*kmu#byrg$(%.E#)NZy#jiUR(]>rq)CGZR#S<sJ#)_lO#)FU`#W8s%'<`qJ#j7%c#)FMC#xkf=#*^p;#hsdp#.APL#V|ZW#shd,$UlD[#Rq05(*ada#*<Q3#Yy^^$/a%K#ZhKd$2erq#*w4a#dwaf#V9tA#m^M5#cpY]#2M`E#V9yJ#V9rF#V9w_'O$H{#V9w%#[N3p&#z{K#y0+'#V:6L#U2h)#Rx]>#ZG$7&s+T+$a6v+$<t4&#[F'v#*gJr#]M/l)Rb)n#by[;&->{%#u4;I#V)[~#g[Gi#WAu9#lgY1'f&d;$41HA#*ftX",
"%#1:;#n}v6#V)ea$14Ca#wlcO#a'i8#c-uP#R>0+#VK).#Wsc;$`'fY#W{]_#a/t*&km[9#}EF]#yQ^/&gP5i#)x+;#mw0A#chX{&;I_9#w:Ft#*Uf}#(q0h&(DFU#abPV#SoFB#*^n:$mD^[%{vq[#UupP#lNAR#(y)=$*LVm#lN>F$YO%R$:]zh$${{g$eu`1#VK*F#V|_;#)gw8#tF>I#_1ol$Ih6{$VZ<<#^}kG#)x)@%4s)T$6j$3$YF~c#R%_-#RhB]#WB&@#YiC-#T,)C$SnE+#V)ug#(q&($JwIW#UmF'#bysS$PX&I#a'f8%3K+##)p5&#{prt(pvo[#lN@|#b6}Q$z.)Z#V)kZ%+ckz#*M[d#*<E@%9+AI#wdde#)go3'_W.Q'jv/=#rqcs$(%/i%NQ8s#XrS$#bPcX#)`3W&#IH]#*f{.#RN}j$I%Mp#)N_W$u~Mo#~;A%#[N4y#mvmA#)%4$#Z.$+$>XyG#)-9Q&)lz3#^L,E#RO4##`J,4#SVr+(,wv@#W{gN%<{8w$4cua#odXw#`cBk)J'B.%WqIa(x<4$$_(l(#p9+p&>W(A#t=3V#(y1|$_(i]%y`gZ$6@V-%$B+P).:kP'8C[@#p{nl#as/(#)x&P#v;5X#|onE&:Rg@#[N.P#)5B9#*,9#%`aNL#*ES0$(gte&p-xK#)gr*({(|@#VKA;#Ue:*#V1fx#lwi7%^ZV-#dgP2#S,cv'e/mz#)=JS%#ZZt%deJv#ZF}H#YXMY$6Ph2$3CWP$:;e&(S7^x'zeU-$14@s#R>('#ajYI$N8fF$VsJ=$7Oha#*Uy'&3(Hc#^uZ0#[wV>#_dEc$5s*')5;BQ&a$a/#bH/6#dVKC$+}*M'^P*4#*M]g$4C='&:l%N#)x&S#j@.:#vDW`$c_Dr$'psO#jH>E'/mu0$R%5y#_9wp#VK+Q'A:U[#UmJD&q='S#fL1S#VK(H#othr#RxRh#)-jG#*$0d$4B^W#+#2/#SExM%kva$#jyiC)QkH:#VK(<'>4Ih$6Ph)#*fu+#Z5ox#UmP>$V{Vm&Ub3'#YHR;#hsay%M(hC#vDu~'_=om$M[-b#o)w3)'RKh#ZG$>#wtym$ESb~#TU0N#R=v2&Y;nH#S,c6$BgC:)qlTe#_1|)#)p-D$o1;n#[_Q=#R%c]%9+A]#WsKF#)=KC#SV){)M<[H#)_lH#YqaU(V$N+#YPJb#RFzK#+#K3'(2.f#Z6+~%.ht3(y*v*#TU1]#TvR`#SF1s#YX8R#_9z8#)F`k#`cEm#nLAg$h'kH%<k1v#X/nl#VK0##R%Yz#R5k~#)=JF#UmJ.#UC|$#p{k|'<O`v&-&`##)=EH#R=u4#jH6v#)gxL#V::E#pJ@9#mfUX#}EHc%pyi$$QW&6##TX4'6ESd#T#l*#R>(/#*ETA#V)cc#^L.I#R>$g#b&~~$Wj>>'PDjF$:EHE#YP0)$={L^#m^P`$e3`b#bH/=&8La7$5s,v#UC~k#VdJY#a'i4$K^&,#WI}a#WsKE#ZO@z)gnII#XjH7&W-]l$~tr=$ZN*_#WI}W#|FDH#So]H#`9(p#R=}j#+#0w#)-;A%h77O#*$81#YH*i%-anm#*ES{#)gqw#wu5V#R>/5#)%7c)2Wor'k9zU#u4-H%8w-v#)N[)#Z.VX(k0nL#*Ehq&gaP@(TGrJ#X@x=#RxY&'7eu3$dnr.#T+cq&A+EP$emTW%dD#w)_U'K#*MXM#VK&X%<k*k#^L,3%0,<v#tg^P&1*Yd#.IUq$iaFb#[,oZ#R-lG#*w-q#mvjJ#.IU]&b;v'#tg{Q$`Y<^%.i)3#fTFm(6]qx$5(7a(X}M[$q74o#c%iQ#jyiW#R>/,#UD:e#WJ0g#S<s&#b&gK$xbvB$0xJK#X@x3)kbPQ#SE{u#[F.=#+#0T$q79j$3dy5'YD$L#mUd8#psf_#SV7g#k>+[#abT/#)5^R#RxV;#[_>t#ZhQ>#UmCH$fK6,%DBc3#[wXb&_yR:$ZVPy$*u{M&R2^/$#KeZ#WJ)W%utie$T*b$#)_g(#n;-s$58N.$SM#&#(ho9#lgR[#ijWm&a<w~#_1og#tgZH#o)z'$EBh_$$Jta#xBTE#jiW}#`8|:&YDz[#WZ4j'o62=%x/1I#V|YA#)x*^&yNCT#]Mt&#)_lF#a'i)#U]=c#[FC$#)NU[$6z/=%{ECE#odYV'7exq#e^EJ#)=JP%HFjq#^v=J#*fw-#p9+g#V9p,#ZO,I'<&{D#W8m'#yIH3#wd^@#)NZ[#)_pP#[wXT&g'$e#SF2-#)%1Y%#Z[5$OI*e$C~YR)hL$'%D[.j'{[N|#fmc+$$kpH(gN2.$XiF%#SoK@(:'5;$>Pqc$>Xu>#*,:~#odRP#*nz-(%nhP&2Zgo#S<v_#VK7q$.Ha0%{,(V#UCx7$50W/)(Aq^#)_uJ#*ERM&>Vqq$OzJ_#*EtM$f:L%%0M|y$Z%%Z#*MZb&CRs&$xb]t#TU.q#*EY)%$YU}$3KYL&qVC9$*LT;%,0GC'%NHS).}L7%C:Zf&2Zgr#ijWd'xN;h#1%3o'x%&Q#lN@n%>6OU$g9)j#(p~5#s.%6#p9-8#yzym$XX3o#T#iQ$Q-`]#)gqv#fm]J#UmQJ$4BZk#a'fF#)%.b#ZpSl$6aw`$u;,a#*^pT#)_lY#v;6R#mfRa#fT@1)foEi#*,91$emWJ#)NlF#RF|R$-(6D)6lwM#8i-0#Vd@/#v]`'#]M,8'|sfG#VK*2#S,[z#pkk+#*M]$#)_il$=Qj2)7syr#[N5X#S<y|#*<G}*-|~K#)%.[#)=Ki#n*tR#T#^.$M[+S#)g}K$_)<0#R>#W$Q-_,(s0v;*9OV<#ZO)c#dV<@#X/dw#^L)S%<Z#y#{`_j#*,9U#*<G|#)FPA$N8fP$.P`R)'cZa&](ZE#zI(Q#g*`H#v;3>#R%Yb#*,<6%EQsR#*EP:#*MXA$eT<1#S,nP#*UfD#*fqt#ve^1#abEi#)_p`#)5GX#R-cM)(z{;*'8/]#*<P{$-0:f#*,6s(#%{/#j@+p$[;x#$%IN]#*EUS#UmH|#U*cm#`9$)%/h4C#RFuZ%sMA3(,_a+&gP2r%aG4d#Ry$g()rpi&[1cc$NJ4a$hI/}#e$GK$UtMV#yQJ'$ZN*U#jXG^#^u|1#YX9x#YP.d#(pz>$&'-m#^]D,(UxON#*EMG$j-uD'37JJ%$IK4&q$j|$/`q;#*ES]$:;ms%t+A/#)%22$^dEw(+>>-#*,9.#mw6%#*w5%'FpNZ#Ue@=#^mM~%*CLj#*M]]%tv+%$vtp^#neWQ#]M6j#YP7e&GG0R%kvbT%{$Cj$EBmc#_:'^#+3@&#TU.n&ADu~#`J@i#UuUn$DCad#o|ns#fmm'(Y1^&#*<E/#YiQC'/+1L#VdJ8%:d}5#ZpR6#[F9c)9'6m#eM<8&:1b/#U]=+#hZB^#)x*0#oK;w#`ZAK#)pK4%h&g=#bP7:#U]9m#V|Xo#jH>|#U*uk#bX<M%]9tn#.APW%Z#VN#*,:Z(:/RA#RhA8#*w(O(F$7%#VS,]#*,>Q#ijUX$;[uG$n2%,#*EP5#)_l+#[_<g&oH<7'91D##(ht~&@o-7%9^_O$'`g|$Ob7[#)%gd&2BQ2$rODH#a'i-#*fr-#hkc[#R%`'#[w_a&Y+tE#]E$7#)FP@#ZO8{$BV$m$qXc;#a7z9#ajOs#*<K/$NB;'%lD/D#v]]o$%ILL$<|H3#)%0z#X/j]#n}l4$^lG5#v#DO#W0j,#]M,A%wrhc(O;^>#RxP]$*v*H#)x-_#)x&E#_:&A$w)%w$GzIP#[N6-&s*u<#pl1m#{`[x#`J/)'&MKV#*MUT#*<H,#*ftK%,Yk.#)N[,$:D_g$A5SB$-(/c#x)1:$p(5h#si@'#T+at#b'Em#YXBK&$7<7#hB-r&sub_$<1KB#`Z@j)eW2h$+dow#)Vh[)rR6v#Yy];#x1/r#)Nkz(6DOD#V1fv#(q&]#Rxam#)x>+#xko-#*,9(#RxQ8#X@z:#VS1n$@i0@#)-8r",
"&`>'c$XiDs#j7#X$<1pZ#g)|K$n[oW'c)aQ#*MUh#k>;)&p`LD#uf`m&8L_4#`sXJ$5(:=$3L#2#g|i;#a/o^#wm])#*^n($_{]L#)NZR*Nm>5(B{/'#RxQJ#fmYz#}MIb#ZpPG#neRj%;t6N#c-re#vD=u#nL>m#SoS;)puXF#^mZS#YyXN$={77#*<TI#i8#R#X/e*#(q<e$*~9k#[wjq#e~g=#(q$X#*o1G$$kpz#)x(m$+ls.#)FUL#lwj%#*_+x#R>5X&t:,/*XkSg&W5zF'(*/^$PyGd$)^go)[yO##WJI)#Z68Y#ZG$.&;I^~']@rx%=8=2$4J_d&&FI:#*M[Y#abEj#V9m:#[N:a$(gu.#xB;V%.ht)$,cnD(#GCl$D}f6%GX$-#dw_##Zp_7&QDv6%nZH0#)=K'({ZKl#Ue@J#*MXL$kx8U$#u&/#)_ix)jAwl#*f~L$$knB#(q+S$.'4Y#|gf-'WV;V#~;>k#)FPG#)`Td#bq[/#R-]3##ei;$58or#SV,t#Zpkv#tFK:#*g/@##+.>#RGBb#R>GH$;}Pp#e4Z-#_2:D#)_ik#SoF:$R$Uj#`8{/#)FP5%_'e+$4)D)#]M4g#VK$J#)x#_#S%GO#YX6d##nDz#a'iF&YUL/$o17R#e3ys#*ft8'zm`E#WsRS#_1qi#*<NR#UuKX'*IL_$AVz((P2yy*]N=;#g)zR#W8p1#)5Bt#R-b+(2iup#T#]Q#d$l{#`scw#XrK9)/1=V$Q.AG$aX=Z'W,^8#Xri:$14G7%~khV#[N0w#)gyp$3dzx$VkFQ#abU+*1ykh#ZhSJ#eM6P&*k|<'j*gB%-b8V$'ia5&#QSC$TmDx#V|aX#R%dW#)%4~#RxQ5&S|Ln$,t:Y#V|Z~'JSCg)'91=$D]2c#zHUW(^N~T)2y#N#~;e6#_9wx%/_r:#)%49$1<M~#tgZL&oH4B#g[`;$k$ou#yIsl#nL;w#hsak#d4~.#)p7x&6h%O#UuPf#S$dJ#Yj(M#(y#[$&P]L&&FI8#XjY_#^uo%#)-=(#p{l(%H5gx$^C'N#c%gF$YW56$'i5'$H.Vy#UD%v#[wXs#ZO,L%*CEK#VK&a#[N9Z$(x%}#(y,A%snf:#)Vca$oRC@#d=%x#15E:#VlOA)vF0)$2TgX$&HIW%t~9T#*$:L$DSx3#SV.l#xJIG#sphk&)*AF#YH0-#by_-#^uV3#z/+&#U*cN#[F(2#ijg@(mq]`#(y+j#d-9O#*^ic#XjIe#Yq[e'/mxq#15Fr#)FpY#otht#`k{8#15Ff#R%YL$%(*_#_1~H#W97c#V|Sf#R>HI#R-b'#b'Gv#)gx0$HqEn#ZG'+#vD8n#R%^v$/WeV#g[Wg#R=ru$kwge$XiFx$(gt{$a&cF$s$vt#(iA`#Tno{#)Vda#(y*L#qrfZ#SEuV%`qP5)44@/#(pz2#c.<o#(pz:%G@Xu#^~B,#SE{^#b6tz$KU$~&b3n}'k)jk'_=r7#RpNU#W1$C&&%'@#S$^v#neUJ#)Vag%4s,O#Wsg1#(y1Q$&/{]%HxF3'EWvo#)-P/#)oz/#YiH=#RxZ`#%9;R#cx_5#YySX$<t[M%;RtG#^L)V$3uB_#eMBj%#ZhK#p)AE%NQ$u#*fr&)s/t_#V)fa$KU)7#fTKc'kSE,&w@1o&Wpd~#w2/i)Y8nL%,0;`%~)+J#*Ms{#o:(o#YiE~#VKC)#R%]x'A}>=#VK.4#)FS%#RpF;#T+b+#dV<H$+2B<&-&-)#)-3s(LPR`#)x(y#ajb5'z}pl$v}(C#)VdZ&7EWR$3K{]#*<J9#)NUW&]spA#T#Zo#)=N:#ZF}>)RQH~#)gvG%N7bP#)=ON$,t0$#*4>l#Yqav#)-AU#Z=z;#(y,)$JwR%&o&n~'rD.B#Rh=.#*,Mp#(htb$9<VZ#r/ZY#(i'(#o)w:$prdu#*ET7#VdEN#ZF}N#yzxn$7Orx$(w{[#S,j=#TU,o$_Z8N#^]JM#)p>&#)-6_#)_l;#p9*V#a7ws&d)eM#*MZ`%lD3%#S<r[#(y01%;t3)#`ZAB#RhAV#+#2{$9g%=$Q-as$^m.M$}DPg#)x+e#w2D*$.j#{#lO/{#qrfj#VK$W#(p}L$'`o]#UuPk#^*mf(Zc3l#)%.O$2LYd#S$Vb${gd<$:D[r$`YD+#WsKR*'rv>#|_^#&G5PT$(%pA#ufdK$$Jfy#*fuU$o1(O%*Cw/$HP4h#UmP[(@S{Q#SV0+',GJQ([Q4G)<$3D#)p%$'WgDT#lg_{#X/m1#dwcq#(ht`$a&cK(amKK&hO3$&:Jau*)plm#ZhEu%lL8G$s5+Z$'`v(#hkU_&i$c.#*w)2)H1ID#|on=&=Okw#^*oi#[F,T#*<H.&:Jn##UCze'd0gJ(>^*1#ZO/F#*,9Q#`Z9m#+#15#*<Nt#{>Lc#R={+&5qYP#[x(7#[,k#)mxd@#*MXK(*ii4$'y&+(VgD$'[sIc%~smV%|TLe(g$bq)4oAd#*w+<#]E&^#^}uO#RG0x$lwQ{$tE:g#^uai$R,_>#ZhC##T#Y'&$apX#)-Vr#[w^E#eM1M#XrP<#)_m($6awZ#$:>b&vrpt%k^E@$gRsh#hB)%#p9*W&#(,;#a'gp#V9p/#Yz9S(Mh/6#*M`h#*,9/&suir#*^oG#W{YU$*M3='eY[['6o$&$%(sy#^]@h#U]Bc#V9o|#pk`h$;}<p#]E|o$Y-j2#)F]k$h'p~&:KYP%FQ+c#ZGkJ'yw9R#ZG$<$*~g%$R,_%#^m^p#`JD]#}UQy(s(mV#WA~c#ZG$9#*g(O&tC/U#R5n;#bP7S#hkX5#odWi$Ob<r)(IVM&bvT+#)g}t$2LYe#)oz>#%Z^O#SE{U#^]9d#mvd$*AHVu#tgiX#2,=`#^L)E#*ERS%q>9y#hkWp&;s)h%s4#C$'>F:&V>o9)N#CW&2t54#VKDI#YiEw'y+|~*Jh}'#SoF2$VsLC#R>*Z){7~S#WI}Z'9J]n#)FMM#(y(m#},(2#S=/O'{dW0#WA~C&6-=w'KIk`$.j){#WsbL$JoDW)SyR@#`Z<R)WCoU&x%u<#T#V_#SoC=#jz,]#Vd<z(]qDB#R=s:#*<K`#rz1.$`Yn>#*w&N'^yQk#U]7i&2JT5#VKVc#(ht)#c`Hh#XjI*#i/w@#];u/&|[T%$UlDN'%-**$I%Pf#S$}y%,09Z#R><@#*^kx$P>{=(#OD[%^R.M'3XcO#)x#Q$vtjh##+.''YCt++:<Hv$+duX#c-qv%jF.3#ou:n#*oBz$TmB@+-kk4#c%uz#*EXp$C^#|*jjGY$9EY*%)+0j&|2,_#)_kt#a/lb$tw1`#cpcj#.IWI#zqqO$KU-k$W7xY#|or)#UD>p#xkcO#)-:&%/=TO#W8s&#dwy.%U0c&#YqX=$>XrH#)Vco%;Jfk&Y#U'&:l+e$f9~%#U]:8(+yX/#)-6x#SV.|#[F=i$}uwn#TU,i$SvOA$r`ww#WZ4e%nZZ*&CS+k#}EGk#m4'2#)=Kw$Gb+d$PX&J#~uvZ$n1{Q*8'_6$&HQ3#R>0W#)NX^#*M[p$@>`W#)FUm'0:M/*#4%F#_1od#ZpRj%JDf0#YX6j'VN}#)+NR[#R>=J%9n(1#`t7X)D5VH)Xd0F#R=mQ#R=|/#)Nau#)x+Z#T#V]#(h~:*c>n&#*<H+#]M/X$Hq<0#hB2~#e~oM#.APJ#[F&d#mvjx#U]@L#)5<9#*UaP#`Z>b(2@F[#_1lh##TW}%GX#x%:C[H$$kpP#jH:&#*EWv$[<Pu$-07o)&2$l#dgi^#)%+s$mnI`#mvsJ&v0(1'#X[P%'gl%$&P[&$UtQ7#)-vx#ajRH$'pv:#p9*R+2<:M$+[j6$+[s2)(04'#*^o[#g|g&#j@-p$+l{A##]a3&te@f'/u|F#W8p*#*$.`&Iv>1#x960#*n|>#ZpQ~#(hr2#)Vcs#YX:=$UtMS$(-G1$={A@#W8t9#VC:#(B(>5(scND%tmm+$(%<e#*<J{#*^kz#)_f~#WR.v'r2{e$&y}=",
"#`cEp$cVsC#]Mh&$[;z{#e^J8#]<Dy#X/tB#jyi-'~z47#*<OI(^pzb#`s].$,ckQ%1T^N#d%&g&CZw@#+#0_#R>5(#a'i,#e#op#j@.*)a[1v#XjCB%M{M)$D]=((|/zy##]aE#b&gN$VkF}#*ftl#SVC;#Vd:%#)%6q%XGmh&p`KT#R5e@#Z5om#Yyuj%3J_k#`9B%$Wb:p'wWDy#q8(R#g:1q#UmF6*4LO>%+J_Z#Z5l}*/IT.#u~zT$N(U;$;}D'#Wsf~#*$.P#lN>G#RF{k'ZS;[#xkl9'vH3W#d=*>$HOwK$i@)}#U*cb%y`bE$#KlX#*ES##_:8_$2n%`#X@x0#`J0w#y80K*#ncI&3R:K##+.&$2]mP#)=E3$49Ke(]X-h#VS0+#W0ku#V)bX$YW=)#lgZ;)idO3(N<ab#)-:w$'x{V$KU6I#)p$:#|_`r$hI3k#V9t;$c_G>#YX8J+P'@~#[wYJ#)FV%&0~-q#)NXS%R^[D#i8#_#SV2I#15FZ$jG27#}MaC#`sX+&+{:Y#vDN-#V9t[$XP*]$q@/X)i|sM&G%M=$+dy]#(q$1$O/h<&z^N7*siRF#jyi&(bJ}c#V|VR#wujb)e-_7(0chI$Ha1:#R=t6$3[oo#t=5g#UmCE#)5E|#UmCO(@*XH#VC#5#V}'$#WB+)#)ow:#)_ig#WJ$I*@buR#w[R:#VlCJ#*Uhw$0x-)#V|S_+=1@<$&/]m$TL#)#*$2C%Ao@M+0.(w)V#Zx#)N[(%q>:.&%OLZ$HOw<#i8#h#)%:C$*#,w$&PW&#c%gP#*fvJ#d=+/#*^g'#`J.8#)g}&$'y,U#*<J6#)gwy#n~ON$hs)v#^uXy$41WF#[,lW$K+ZP#YH)L#)-6`#}E`)$7Ob7$tE9b&b3o-$QpDB)_vL<#hlA$#W1*]$'&es%0$fu%jgbr#^}c-&#zvY#UD46&Ds4g#S$V]$4):=#)%0x#c-oV#p(w'%;Ri/#VlF+#VK&Z$+}'W#U]Av$gR8a#xJX|$(x)2#Zhz4'iw7<#VBx8$+]&N(^=rb#hB.o#q8+@#R-bC#_dC%#Yy_i#`J4/#{`_t#ZO4o#V)b*#X/rD$=s51#)o}:#p{qd#YXoN#WsQ8#*Ess#)=E2#Z.Sr&LIvr$B4SI#g|i1*+fb3%G6ZH#VBuD)E$:h#e^KN#b7'c$q7)m)FLgF&TsFV#*$:G$megf&gy`w#]#aP#*<E4$<B^m#)FWx$2euu#d$n##)-9J#)x(N#)-IB#WR.c(qD*3%gA.P#)NX[)*hh`#(q%S#*M[5%C:av$2+:F#S,b(${gdP*aIv|#WsS]#V9p$#T#Sb$7q5f#jX^T#YPj1$Md4P(>;Ny#*^nH#i86Q$:v;:#)VaX#}U]5#*^ib#YH$9$(N[(#YH$J)T5v,#nM/8#hZd4#`8{l*,+aw#`cIm#(hu@$v[Sa#)%9')Rj2S#V1e@#XQ75#U*aq&LIos#VdBY'a#VC'%NKa#)x:e#U*_k#SoJ9#U]9j'y+y(#TU2L#R%Yh%qWkc$:^id#Yj+t$HP$T#VS,V'SIm[#)_o_$,coN'A:Qu#R-iS&q_MB%0=;y$<t8[#ar[J%sEB4'H~L=$BVUN#|--G&<'IQ#R-tn#r/YE#d$g3$VZ5`*%C6.#(y&>#ibR9(2HJq#*nz0#U]79#jym,#ji[l$mm^7#U]7<$hI/{#e3y{*2FY6(2XwC#ibMR##~%x#SoH`#d$km#UmKT$FQ{o#d,lW(&mu7%-/9:$6axX$0`>z$PyN]$B4Xg#SF#,$6/[u)TxB*#[Fjt(.+Oz*W1Tz$6i}k$>Pw)#dV<9&W5ka$CfdS#UmNg#bqV)(Q[/H#)o}S$Gb+^#UmH<'Bl'Y#feJk#R>%h#~mqC#TnHu#|_em+PXt3$^S7U#^]`@#`95H#RG$`)h}U~#WAz:'><Lf#*w&J#m^JN$2LY`#(y=j#.IUn*,LH;$-0@M#VK/Z#)5d[#R-cp#{`[{$'q%j#g*&W%<Yur$AVy1*eN$V$PX*Y%<{:J#)pFm#)x)j'.EEc*^3gM#]E$<#abGc#(q$R#)g},#lNF]%/hBq#SV2^%5HZ|$2]p0#g[E=#vea)#oKh~+LTkz$14ON#UCuU#R-b&#z/:`*ykW,'/v$v)|XIe$<1ne$^[8O$>Ps[%}SLl#_1t5#]+j5#[,no(OT|j#)oz3#*ESE#)5CX$-k$5#)5>~'T/])#pZbm$NZ,y'-_gm#]E1(#)x#U#*MfA&8]w]$]}WK#R-p3$*~.:#^]<V$&/DQ)zk[%#+#=w%(nz@$-0=w#*<EA)>K^p#fmp6$'i37#(hu&$&/6L'73BM#)=LN&OpLR#hs`|+D~67$<u'[)Gm'f$V{RJ%>i)t#)%3i#TnIB#cpUo$Jw>_#^v<k#TU.u$V{UV#w:3@#YzHj#TU/H#R=uU#*<JD$*;F6#hkX.#p9-L+t,p>(J0NL#*<H2#*,NW'dkGn&Xp)@#*N:~#d5cb#^L29&^rL7#UD#)#*nz3%sUR=#)h*=#_K.H)53<v#U]8j#Xs/0){QA{%/_r~%=7ON'<`s_'gW6K#_dEm#a8'`#hB.&#)=RA%0McV#d5Aa#d4|$*[=}l$oB4[#R6#l$nSOi#^]Fo&&--w#)5@*&TsEo#eM6X&>Vza#d,r<#*ERt$F8as#cpo&$:n4/*>C'^'D/G<#[N0E#^]<`%QwJ9#*w-L(O~Dw'p=#Z#U:m0+QOv.)T-d8#)`U'%<k/f#[N/%#aQ1J##+2e$HqE:#a'du#WA|m#)o~Y#R6D}#a'gn)}xkk$rpl&#W8rY$+[la&-OkK#SoQ}+V[9Q#)o|N#(OXE#ZGGR$WrGF#VL#@#[,t~#ibJ`*3U^L#[_<_&s}px%-/EB#]M.B#abEX)Qc$o$2Tgc%jgP`&_yY^#we#D#a/{D#nm^k%;Jc9$KU(c#*<ED$mTQ-#|FDL#(y*m#*$0m#`(z$#TU4K&Op@t#WJI(#ijUa+J%:=$T2a$#)-;;#)5@'#RO+[#WAzT&JmO*#RxPq*ULvx$$)Bu#UuQy$58o<%`aBe#(q$f#Xr{s#U:wk#R-_q#bHIB#dwlE#VB}Z#*ESh#WZ:+$YGF<#arYq)x}ps#SoJ3#R=s*#hZGF#UuQa#xcf&$8pJ<#*<H0%0<LH$hI3N*-tt5#(y&M#neUF$2e}Q$UljE#_S6M#)-6f$'qWM#},@E'~78X#R5jW$hrh,)PK/G(W~U%#VCZP#z/<n#[F(.$$JLD%J;fE%sng1&W5}[#pB0{#RxS##T#Sd$^dE/#(hy%*mN*l$s-31$P>oJ$(x,o'Z|S8&FW}p#bqX'#YH&[#*,9~%>a#n#V9m3&vQBz#YX1u$KfHi#[,jm#R%YQ*:Vc6#(q#z#hsi)#)Vd7#UmI^#d%9g#WsKW#Z-j/'xVHL$6r<L#T$>/$%('}#dwdB$EBkG(=o#m#*<K^$-0L_#a'i.#sGV4#by[N$QWyl#S<t`#WA|c#g|i4#ryk~#jH5z$;]oC#`Z[;'o`L1#|x;S#VK0z#UD%w#(hr4#U*]#'eIq~$;}<4$6z=-(`M(m&1[iR#*w)O#nmbD&N>gu#U*_]$A=a1#fT<K#i8*X#(y(j%]9sw#*UaW*AixQ#dgOv)ovUW#b6tw#]#_D#)Vg*#XrPJ#eM<r%8<OZ#lN>(#*,9`%EA][#*Ma(#V9w<#}Mfk#U]Pv$`QEi#abH/)AkC5$1<P2#R=r9%t*yh'-=A}%&.I##j@/9'1J^/%'599(zlVT#)x+l$XP*i#`ZCF#*U^v#b'P%#|=>(#R-ga#U*xD#*UkV$>j)L%XxY]&&%'/#*Ud{&mZDx+J5Ia':bna&N>k*#WJ-**@IVp$O7oD#zr<&(c(^(&3(4e$(gn,#_e@e&_PNp#a/r'&XM~_#*Ej3#)-3t+9%.2#)gtI$P6ln#zqwq#R=m@#]M3;#Z5ol#VS]M%<Yq:$6bMu'tJPb$Q-Zx#R>Hq$Y%]r#T$4Q#|==_#lwlG$7`w[#TvRq#d6#9#VB|7#)_m.#)%3n",
"%mS@2$6Q,s+BN^r$:vFO#[wXR)[.Yu#W{d4&gy^:#bH)3#zHFf%E{}c#*VQe#(y2R$50R)#)NXY#(y+w$P6d0#U*__(np[o#RG4z#xJWU$[#ZN#15Fn)v_G@&3(/V#W9Fj#d=@h$/Wq_$pzgx$0-F[$[#^]$XX7Z#W{^U$#:St#w:0Y#V|ZZ#jyg.#U+(y$gR7&$F0Vc#)_l-#*M^~#)FMT$R%,X#*EX0#ZG)N&RT'0#RFuY$Z$Wh#wddf%=j*y#)xF@%sUG8#*,9a(+>=3#VK4P#T#]j)xub)#yQRU#T#`n%^c<_#UuSa+E:Oq#`kUQ%ns`n#V)[o$`YX5$eeM8&fbLT#*EMN#[wV:%lTDW#)%.Y#`8z`##+.1$3DST#T#Zg$$t%k#arY]*)hb^'(KMH%jN6($+dmm$$|CO$&/0+%0ft9'TjRr'TI52#T+c]%OqTM*69=N$eue,'Y2b'#RF}o+9_em$NJ06$*LWl#*,<U#WslU#aI1N$RoYo#*EMU#*<Zj#arY7$4J]&#SoIG#`k]^#RpS&#SoKM'1Boz'N`,I%GX%V%-am-+vuWd)B7Ow&tdjS#uf^;)w3v{#^mY^&2JX3#S=0/$@Ggy#*,8o#*ESS#`J.W)p^0*#[F9d%nZsk#S,]%#*MUZ$yid{)CPQc'GUtb([']a$&/@g#]MBs#~T`p(=$/:$XX0S$w1<l,+}F=#U*ap'tJDq#)x&N#)%0s%ST-5#aI)L%l*w^'i^VH#*,;}#[N0`%HNw&%lT94$4J_/#^ug;$#Kvm$XiEx%^kF&#(y)C$Xa5u)8jwM#[x+%#U*[y$G'Vc#hB8D#R=|[#(pz8%EAfz#|ghT)d6n**hSI3#)=Q7*7Y_s#d-^6#tghP#(q,(#{`[z$Ax7%#*fu:$swm'(#&8z#mvfr#Ue=.'RRut#fL1O#nmZd%u[tB&oyeH#R5jF#RpCZ#*UfT$C;gT#U*e)#a'gg#Zp`+#Zq6/#_K.f'-=tm#~;}C#b'5R$v}5+)JI#u*0Y'X$'aaP$'OTH#w2+'#S=*e#tgi{#RO$V#T#a/#^*ip$XP,)%t3Qe$0>)v#*^id$NsD1#pkr##dwg;#dgQF&@4KP#lwxL)*P)~#*Meg#c`Ba#*,9f#(hx2#Z5t,)tXQG#TUe:#_K.R*Yr6;#TnI2$ya[b#*w&8#zHG3#V1fg#d$i_#mw)O#R=y>%s+t5#hZM:$^lX:(|c$3&^b=<#u~za#R%ob#+#1](ljw}'e{+t#bqXB$9NX,(~`X^+{`S%#)%6k&EazD#V|YO#vLD]#dgaI$NAiP(%nf)#ZpQu*;,@M#S<r7#]#iV%G6YE$14GT&H$HH)`}Q.#xcq*$;u76#WZ4i#`Ze1*~V'I(^pEz#)ozA#tgm$*7rus%VI+N%57Js$EtAy+XrZn+G0Ca$ndQ=#)go)$,clc#w:[o%0MZ^(p~fN+)wm4$/`jo#R=p2'TbXv#[N,L#Z=x%$p82i&wPBt$14C_($VNv#*EMD'lk_x$YF|5$;}H0#XjoD%r-E%(2I*Y*9>ir$HOtp'rD-l#_1r,,F{/i#)N[/#*EU@#*fq|(dI9J#R%g`#aQ1V#_K/+#^*gT#g[ED$~|}l%:}8.#RxQE#|wvQ#UeIw&gy]Z#%ci;#[F+X(r9~O$fK8l*vfOM#S-kX#]MCm#[,jT#^2yr'^PC5)dX`|#[G%u#V9p%#p(yq$L*Vw#YyXc#~TQl#SoFC#_1ok#`91i$[~i0#`cL7%^Ax1*5dvb'3XnY%zG/n#b&d^$,t@D#jH6Q(ljT@#f}i8#)gr-#T#Vh%&hp}#U;1S%/_t:#^v,b#TU2f*>ZgM$l3xo$VsLL&2|*@#6{By#u#vk###%s#*$<+'N-R0#]MAB$@Gj&#]M.m#VBzt#hZEI#othk*uw{v&5O`'#R=mT#U]4{$_Z;B$jGFm$+m;u#`kM|'(CDu#|w{u&i=0%)N~Ac(bJzq$MJqk#T#[W#*EYJ&&%&]#mUG8$N8p=#(q#Q#WsSh#V9mE$SvY##)Va_#jiX9#{`_m&#Qf7#[wVF#UeC6#RxNY#R>/O#*fo7$+[nT#SoCA#)x&K#%RX0'UXB=%$z|t$&7@X#)=ll#*$.M*7AJQ#*EYA#a7wg#yIH_#^mK)$4)mP$`Y5_$A5kk$9<Sn%AUsF&^b;}#XI0)#W0gh#}EFQ%+t)H%M0Yu#)5[I)WS|e(ItRa#ZhO@#a'fA'PvFO#)%.T$UtJ=+J-O9#UCxF%$(*@#},K##hB)+,IWm]'A}J*#)NZZ#*V4H**x1+&RKz-#zI:F#a'i1#mw35#*$7i#*gNU#R>8y(#6/X#W0dv#T#Xj#)-:-%S],g#TvN@#hZ{|#_SBD#R5lk#e~lO$9<sJ#|_dn#]M8')|@So$-k%c#m^Rh$$)LQ#T#cR#RpQB$}~$=)5DRa#)=y1#ZhMl'I:^.#%cfB#fePh$2TgO#%9>W*m<~}#VK'Q$N0c,#WR.w$RN$_#)Vd%#)_{;%oICU#`8{}#hZK.#_2$e#^*i}(/CFn%V0%b#WJ's#*g-A#e^Bh#[_9m+M:WN#jzhF#(p~Z#(q/a#abwc#)FX+%~Zzo';jFT#fmu{#dV9I#qjZn$qHGz#*<L~%2lw%#R%d)#Rxmg#)5n9$&/4u##mnd'oOC3%1Ta@'Jl1R%A^})#d-q|#)=H0#VdPI#f*u7#|op`&e|@F,$d[8#*fr)$0=Q2(ooU0#[N4S$$JS>)E4I]$;}HQ#fL5r#VdOE#YiMa$3ChL#S$Sq%}2-9#YX4f#[xE7#WsUp,l_@_$:<1w%W@2{''][1&Fy<s#fTHE$o{n{#)FUv#)-<c#)_l<#)%1x%Z$^`#fU%'#R5p>#~n@+#R>-2$2L]`#`ZvS$D}@*#]M2E$VsLV#Ue<v&q=8[#`(iz*I/E(#)-;|#]$@V#[F(s$A-Y~%1~.4#Uu^_#xspg#WJ@O#W8vE#W8o{$Y%]g#UuP_+4dgX#*$2]#YG}L%.hu#&lS>%#abaH#WZ4m)CWhw#*$6c%%aax$Knmq#R5jm#)=X=%:D&9&;Yw{%-/>0*%dR-$/&/c$p/{B$l3{a$#KhP%knXX,o0j:$`'j+'V6%+#m4*v$Bg0@%FPte$jpYr%,Yd3#mw`;$4)<x#|`(d#`8u&#WA{L#a'g`#abP##[N.]$(x)_(A)MS#(pwC#c-oZ#U]:X#S<uZ&c3&W#f*o@%<Q~m&%aYK#fT@6$}~%+#)%1K#i8#[&SS[*$xc-w#YH'k$A5Uq#V)hw#p9*>#[FA*#ZG*X#ik:]#X01{$o(|u#SoM5#chMm$41C^*yR=x#ZF}U#R={S#ZhHA#)%.U&Dkgn#)ow>%E8TS$$),y+=s{{#S=BN$[#^#,E9O*#U2j)#)Vai,ef,a#)%2e%Ec(*&)}%='Qu@K$#KId#R>DG$3d|p#`sX9(db>j#k>.<$#:Od#*^l5#R>)e&Iv<3#U:};#by[9#p{s_#]#c2#TvPO(4oyR#1%3{#WAz6#YH&X#S<mK#SoF3&rUC;#bH.V(FV(1%,YsW#VK'i$2TeN#)ow=$qHNs#j@05#S<p<)0IL;#cx[J'Oo7E#)=Ja(qL2S#SEzS$r`^~,&/9:$>Y+8#Rxu6$58Oe#ZOFZ#R5{f+O(Ax#s.%E#TU3~*+v|U#WJ$Q$$)-_#T#rE%0,>$#Vd@$#R5h'#VJ}d%^kH5%J;x(%oc#{%$jj&#w]`d#U;0j)dz9{(9APL$a@$>%Y`)%#|WMc$[+cc#a8)%$A=qv#R5j8%lL6*$a&g)#R=pA)4N/w&#A=Z#RxUi'k)nL,Q=X{#ibT8#SoCQ)<Uf~(fW7~&wH:b#)NZk(3'*2&_yZg#(hur$mT@}$*#Tm,.aT_#V*(0#.IUc$Hr+<#)%3X#V9w#$>P})#)_g-$=t*}$3e+G#)Fe](a]]z#h0wR#WB$L%5'>P#_1wP#UeGD#)-4*#XQ/s%;t*s#U*gB*oT5+#$*.A#dV<E#x1.x%'=C9%$Ynb#)hEU#R%Z;#^L37#R=s<#)W-V#U]GV#R%^,#Rp]7",
"$o(zH#Z-iq#YX6u(g_Ca#[,k7$a&mB$V{RQ#^uXh*D4kJ$'&Iu#U:rT#)=P%'opUN$58_[&QT~q(WDnI#n*y<#Vd:$#U]2&,9fzU#`cTc#RH'q#ZO,R'V6>Q#fD[>#_K)O#Yqcb(Wf31#YiOZ$a7)I*qcD]%e|_/#YX~0#)-6t#yIHi%<{5q%&.3E$Xb(}*Q@ch#~usU'rLDv#XrRb#)x#b#Xr['&^H~6#o)z}*plLT#*w(K#p9*S#*,3s'bL&H#$*.##f#jf#|gpA#U]6{#ZpgQ,)^LS$$)0x)>:O'#V|Y+#R>8-#U+l|$fl^s#*M[K#%9vr++TO/#V9mB#*$5`#ZG9:#X@z8,Iq-n#R=zB&K9iu#lgha$C~m,#RxPs$*~'U#)NXN#pkhp#TUI0)79Gi#lN>]#V9x0#ijdt$[<$}$a@&'$flQr+Fd^{'c[8%#(y#Q#(y#X#T#`C(k(eH#R=rk#W1VF#(ht.#(i6(*RyF0#hB]+#Z-mc#ZhEz%:ml4(qL2*+Ko)L'(23}#U+:]#)%Hy&ZuJ'#YqRa%<8[O$N0i3#(q&/#_:.q#T#Sk([Y6*#Z=x+#V*kU$'hp@#[Fg=#]EFQ*XsyB(~Gy.&.5:w#R=sQ']Y>t*#M>K#WsUq#[wXJ#)_n3#|onH$,ckR$C~pv#ac%Y*IzU_$&HW|#byj4#V)[|,S^MY#hkWy)~F:o#hkZ.#R%`t#)%3y#dwa8$4cr{'+iqK&SS9N#R>7O$;}Cv#UmC6(6]bY)H9Vb$KU$1#VdhS$ZV{x$'OVs)j8qW%EA`V%{fa:&_XES*rzYZ#*gm8#*,6r#x(~}%57K;,q/)E#[F$-&21<Z#p)%s#V9z1$s-K'$+dt&#TnVT#otfs)s'if(UFsp$$)'r#]E2L$iaOx#*EUi#(htj#v;3<%C:Y^$<|fM(ieAE'xob|%vB5r#*ESa#jH7Y'(CHg$4)7Y#*^it#*<Sw#)5^~)As(E'kC#o#)FRM&|Cn%#ZG3W*U+OS$k=iJ$u]Uo#x1yt%#Z[-+t$k@#U*[~$'&'l&=y6n*+MD<,76=;&=G_t#[F$;#^mYu%W6rB#jj,%&@4K;,$scJ#ZO.p#nL@P*Br5l$'OXa$Z%*H$*~*G#%9>J#V}Wv$flUm#S-,i#)-NB#_K/g#S<xD%/ow@#)p/]'Cc#$#[wnc$)^j2#xsqa#XrPZ)crH|$8p3u&Rm;q#S,mF#U2gu#)o}_#VdM9%3t)]$49N-&Y#W>)P1Q+#d$g7#)`:/))PKo#Un#h#)x#N#Ue:4$u}p#%0$.R&lly1$E|hq$0x'K#p{nq%{vpi#lg__#%d4o%])o@''utX$*Do9'SIs9#w:37,h06k%F(]3#i/wR,oZ0/+q/sF#ne[5#TU/,#p{tp#qQD{##+.%$IhHk+G8F^#W8uq%ST*~#`9Wf$&/>t+DL]7#)`9u&QU/o$-(<b$'aCe#+#0s%=PtL#cxa4$1fwL#RpPM#W0n3%=j%V#WA~1+1hIS#X/s0$Wr^z%4k<_#)_o:#yQJ+&-W`e$>Xx2&XEv8'6NHf#R-_u#feMb#|wv]%u[O3%M(^s#dx4Z#)%1T$YO5J&vYTY#Z=wy'eY{I#(q;I#_2:2+7P^m&R]*{'bTDq$k=WU$e3(N#*M_W#Z-kb&XN3B%:d}B%0$1P#(q$'&K9^n$iaM{%VHzy#V|VS#R=rT#mUaK&:|IR#RxRL#W0dy#U*lr#ijqQ'C0P=#Z-iu&%OLa#c-oW&[S*e#neUQ$u]NB$T*^4$PX)=#by_=#(hzN,Ro^W$6Q#Y#bH8p$qXM[#hZGx#TU0R#g[LD#yQY;)/kl2#*^mi#lgZh*5KV8$l3}A#}EL-,UB`=#)%.S$.Y4s#)_g)#_K/P$^[G>$a71|$Wrbk#%Blv#R>:M$,coV#WsP[+>ARy#[wr*#*^o@#`J,C*gmJU).lnJ#U]AW%${lX#V9rw&(E%v'37R0$&PQh#*,P~#RxTG$IV|r$)E_C#)p)6#(pwI#jH6O#Zi$`%nkUW+gtOz#s.&^#x1.(#rz6&#UD'e#a0,/+:VH&'82b%*~vfF#cpXK$>'EC#fT9S#[,dj'ze]H#WB@D%N7jM(D>Vm#bX@Y#]M5z#i8%s#)=J7(eX:}#`J3@%:}DZ%F(&%&'w$;$n)}s(_Ev&$|$1x$+mD&#[w_0%3Jco)Pl*2'gW>S$2nI@$+lsD$d^RV)0IJ8#e#gI%NP{y)]pCK,#)sY$XX-i#TU1/#Zq,T#~mnD#[N>M#U:mH'N`'S#*MtO$Md=F#V|SX%sEK<#S<we%${(z#e3wT#}EDY#)Vad#(huS$*;FL'@#RJ'[R+n#*M_z#}EFn$iij7#YiaL$`Z&@#*<PB,BMX^#UD+1#Ws]W$^C4&#zqpl$%Y`'#WsPr)oU6C#Yybg+JVvJ#ZGZ*#[-2C#)owM(o-)v#t=7~,Xa2M#*$+r#*^xV#c`Gy$qaNY$7Oo<(Sj3I,4srl&03fT#S,cA'1BG|#YHi/#jH<B%^R1A#*o$`#d$iP##~%s#WJ&P#V)_]#W0rK$4BVW#veay,xI+d$7PK]#UuT##(htd#)_mf'V%p+#p9(~#jiZ#+n}^:*4]h+#^v1B+kW9f#(hy$&[By<%9v1r#)FWI#*ft9#z/(B$l3zP#]D}F$Q-fc$Zw_W$0h0p#R%ZJ#SExE$|$@y%)LPo#x1++#hZRp%sUP#$:]z>#*^ot#R>J4#abH#&NOqk#y0w|%z=JJ#x)*w$gR9t#^*x)$'y%}#[N//#)gyg$$K%P$Q.(Z#`Z>X%9+EY#(y#c#jzLM*>Rc=#YX;+#k>3E&w/*C#_S9Y$Jo<m#VBu>#SohH$Wb9A#)5B1#R=s{$,JQL#YHQ]&zfY2#*Unk%<Zsv#UD51#^]>`#i8#]#Yqh1#*,<S#eM4'#RxQ*$D]#X(*@Mh#S-0x#*_18&]s]U$QW'_#Z=x/#^*if+G{9v#W{Xx%xXlA#^L,H$}]d]$UlKs#dgg.$+[ea#ht;L#YX72#otki%{#zR%3t(3&(DGK#*,;+$#L@V+#eP3%4s6A$Gb1c#p9-B%66Ny$okY]#WJ$<#Vd:2#pZOH#*,9q*zI3%$RM|L&K)`b#V|[K$;[u7#*fw8#TU/S#e~g3#[w[]&wPBz#UCuK$qXaG#UeQX,e:fl%$jj4#*fo$$6PtS$'hpy$L*ge#*,E$$8%N0$*<(,#fT`]+ZxFx#xJSa#i/wA#ZhEr(@m$0#VK+3#Vd<{$;u`E#VK(V$VI~G#*MZi#nmd<$K^Jt$iaF^#SEzQ#XkYY#*,QB$T*eO#*,R^#WJ:<#XH}H)4MsN&v/~&&ttf3$hrYm#_S1e$9g*Z%u]1u#)Na#$T2mA#Z5m%%F'On#W8t##*UfO+K<R|#`)L%#*w)*$;}Xk*dFsw#WAx+#R>_6#g)vO+b.a1(4_~C#U]8L$-k#Y#otl'#sG[b#*M[`)z1bK%@=_B#w:_I#`Z@i+Uu:i#_S:d$K,b,%STDf#^mPB%8_C##mvcx#VK(Q#p{nx#U2j$$4dI1#lN<$#Zi)+&6=Ks#WsN6,NYpG#)x&A#pk^J#[,ip#)N]c#Vd<}'3b{$#R%i9$I5^X#dwfr#r@5f#V9p&$U1d5$@>kZ#p9-F$(%.+#)NfW#|ou7$6/CJ(#phT#Xjaa#Z6>E&[C)6$EBks#UeOb$z.]_#w:7~#)=Kd#.AP='11KA#R%Y~+(606#)oz0)(Ydl#veZT#)Vdx#k>7~#_9z##)_q[&vQBt#)_o/#o)tI#)5U>#*,;j#)=H(%piY)#ZO)[#)_io*6|$G#*^p[)G2Ie$XaDW$JEl{#V|Y['KR&{#Un,+#fTB%#`Z>e):WaI$`jOo#)go<(9sGu&j;~B$^2+r#S<yC'xVD}#)o}j#)_fu#TUQ(#U2jD#*5:($3KY:#hZXB#zqnY$'hn)#*$:_#*ET%#)-6a#aI/;$emT-#S<yG+RNkE%-/=&#)Nd7#jXE9#^*m^%/N[s#p|E)(JJk+$Z,lg$oRC,#[N,<#XjId%_rMw#.IU`-@FKJ#W1ih",
"(=4EP$Gb)3#)_li#)x#[#)%3+#R=pE(A)Em%`7(d#WA{@#Y.g]#_SD$#W{YJ-6he/#}V6p#R=rl+mnEU#XrrE#Xs$m*wuXA#qQE$$1<I*#X/qw%>6Ux&WWAb#WsRN#abPa%*CXl&f/mx&hqYp&RuB=${gdF#k>=G#_S8s#R=}q#u4=&$7q,A#W8}X$E|fV*ugI)#a'd|(D>~8#fTK{$'`h3$&PTY#a'i/&K:7T#^]<_)tH5m+n*bn#0>MS)#5B=&_Pw*$+}4o'po^e%]:q*&6Vg]&0~*6$$RTT$mu`((J0M&&HNj0#U:ua-/_Rw#lN>J#^2r]#c>#x#Un#6#W0gi']rI^#jH:]#f#7m$R,`W#U*db$8p)l#Ry6M#R=rD%1n&R(<p%x$:v7b$jG,{-9~%L$Wb9@#*,6[)Hl|_-H=K=#)p#U#RplF'55F'%t*z{$iaMV#VK+e$(NQ_#*,6e#x))c-m[.H$[E/p#RxaK$q&p<%k~k3%KuFj#`8{j#r@3P#`Z<J%0N68#jXg:(bdWJ(Y1dU#R-h)-;JSu$fL8T'bL&4$8NiY#d4{+$+[eh#(hyg#*w+h#W1.g$A=nE#V)_g#arV0%]9sL$c`@d#)5F7$Kn6]#V|Zg#WJ),#SVEg#nez`#XjC3#v]WH#y0Tl,#CIu#lN@u#)N`*#dgOg#YP)P%N7`4#R>-S*7(;C*;^yJ#W8rN#WR)q)LFek#byhO#*,=N&5XFU#*^ku$DCir&Ea}5)HRt[#)=]K#jH6F#*ERf#*Ud*#SoOz'kSg_*q(s:#*,Ka#)%0q#v][+$9g+h,y/,*':9]o-*2'7#ycAY#V9w(#(y&T#U2g{#)oz.+w[;w-eCBI#%9;T*Mf)R&*BsB#W8rs';Pa*$,Rn~-nsHQ$Z,eq(XuDD%0^hw(fxO$$&//{(Z8xr'A}8:#)Vl=#[F:q%A^|y(JJJ2#i8>9$&'/z$A=_d$U1a9#V})t,zhO0#w:AM#)=Kg$I5vO#YyaR(*ikq&(DU{'T/q9'Fp1~#YX4R,#}%9#aQEz#},-(#nDEU&]sGG%^(sU#YX4e$B<^m$KU'm#UuV$&.W)4#ewO^#(6>3'h<|5$4JcS#R=vs#)=bP%Dc~[$0`7/#w[lF#)FMU+(xo0&hOMf&wHB4#S%az$PyJU$+[e`$3Cn|#v]T}#*fr##*ftu%7=[C#aQ6E#R>:p%{vxb#mUK<#*,3|#`sXv#U]:z%~(|)#*EYV,#dP,#oKGX#hkRl$Ha+<#_S4J#RG$B#[F1l%]Bu5$Vkw[$Gb&<#`9RH#*UeT#U:p/#RpFG%JDh~'3'.I#WJ+{%QwPW$#KPG&->Uq&VX/K#(pz0$2Tbc#d$iE$:]xU+O8QI#[F:j#(y&C#*fwG$>Plw#dg{O#d%/=#*ESZ#bqV(#TnHI%4ZFN,S~W7#qQDt#)FTb#T#Zl#)gr.,]]&f(nO26#`Z@*#)-9:#j@1r*W|W=#ZhHH,iyXy#UmI@$Kf-T*3EHn#`J,-#UCuA$<tHk$eT81$Pyi1#WJ-E#}$&H(fxqE*W)N,(cR(3#)oz@#`J,/&_X6<#R5l1#R>;v#^uyL'<&8=)qC6k$*DUQ##~%o&J}Bc#*n~Z$p0_1#)x.e&4Xq-#R=sg$)^kr#R=|k#(y&R$@&C+#[,j_+XbV5#SV,n#[,nH#XrSV%5(J}$7q.x#b6wi#T#ZL#cx_/#W{hk$^[=_#TU4s#)o|K)x]_`*zbn}#*<c~#R=p/+42JP-ANDm#`(j+#[N2y#XrPw#)_lR%m1tg#RhB1%Oq=@#YXEQ#fehY#(i###*4>s#RxRr%x@7Z#1%3x*1OQ`#`Z>}#ZO,B#TU/|$VkJT#{i2<#ZO2)$1fwN#eM70#*^kv(Nw;]#WsKH(OUJ1'1Bdo#jXUw#pkc4$jGBd$WrQR#*ftc(S/Rf$bW8L&~s7.'9k};#xl({#TvKJ$#KlQ$$)3Q$,K&X#W9wM#VKGY(ExD`#_SIf(6U/:%VH|F#*EWG#(pz3#V)ai#ev_#-;ZZE#YiHk$}DPi%VQ(e#*,:t#e4r.*dqRr#W0m)#V1f|#VK*h#UeJ<#R%q%#)x(_$W7~G&XNQ},ZUyy%7p#R#YH;B)SP=I%)LPw#psc}#i/wN$^1yM#S=Fj#1%3p#dgP-%1ewC#)_p@#)p*R$<t6F#neWw#YyXG#qQJB#b7r6$6rDO#RO&m)`]/b#)gtC#bH4n#R%]T$(NYT#`cG|.=`i-#TU2E'rTHe#W8p(#X/ge#mUGA$ndQ@#U:mD#g[GZ#[wc1#{hhS#|==L$a>~]#fT@t$4B`a%sUM]#*Ek()*&,r'O$Hh#)x,P#[wXF'UX-J#wd^;#dV9M*>t#g#x)&U#S$bd#)FRh#)gq{#n;-w#)x&F#ar[5,BU`H#S,bG$6'Vd)t@At&4@I1#SoCJ$ZV3c(/[d`'Wo='#W8r]+:,0f#W1@H#TU,j#*^g%,<cg@#*$Ue$PyUq(7e+q#)gx<$o1'u'VhAd#(ht>)cHw{#%dN'([zL[%&hoB#w2/q#xc^5&y_S5#RxQ'$50GC#(hul#SoPF&3Yn%#V|XR-Pp8>%s+}V#ZGOi#U]91#ryn{#W9,/#ZpN/#YP/%#)N]K$Hq<#'>4IP+e3ak$B5Gl#(p}8'^y]m$|#|u#]#dA#U]Ng#)xL($Y`8j#ibP$$2LYb#bH1a$.P`0#[N.Y#a'i=#ZhKw#)%1Z+9VhU(36GF#cxls#];ww#h2$G#ajMk$50K$$0x5/#*nz='%op&,>'dW&$y{C&7fwf-nk^L(M%E`#b''v#^~$B$`YC^#UuVK$gR76%C;:*#SV0=#|=8Z#*UaX#dV9L#Zq/{#+DMW'Wo@J#fTB_#W93.$^lpl,b6iS#xkj3#|V]b#s-|=#WB2[$@>e+%ns^m'>Mj2#S$_v$&'S6(R0Tx'eI(N#)xh^#*,@C)qdKn%:mL~*:p['#RpVN$Kn;P#e#pD#*<J|&agD3&MPq~#mw(C#V9o~$Pz)N$=1<2#b6{1&CZx9#V9m0$>Xw|#^L/G#}EFY&AD`_#[,di$Jo9J#S$VW#[,vT$@>`##h20n(#GH/#x9>g&NOt]#d4z9-$A-4#jXBJ#*fo-%.&8x&J[}/$$)($&{;1R#)VaV#S,k{#W{b)#R=r}#R=p-%<R7+#hZGf#{`[q#)5>r(Q|BR#UeBt#*fq{$jhO/#)NZ_#*o>y((97E#)%:w$aXK,'GUy1$Wj>/+D4:*#`J3O%^(e>#_2=Y$M[,=#*$+_%h7b1'3'2s#*UeZ#hB@q#WBl&&[1fu#hsnY$r`Wa#RFxL#)%+j#o:-j($Vk-'t9&m(]qAw#X/e)#(pz<+C$.-#)FW.#t>;6%-'Ks#`J.7#c-oT&1KWG#*^g+(|0Dd#m^ML.%`J|#*M[@#U*av#U]T&$bhL)$3K]((|cE'#fTMR#(y2<$:v5%#_S4I#R&+##)owB#[wXn$O7j-#k>/c%C;+.#*,CW$2#2N#*^k|$9g#d#*EP@#jXEA#RFx@$mDYa#vef2'IDD)#dwb`#[wVG$1M_L#SVx>#)NbN#)FME(<FVt%m[H4#[_<i%7pQT&Lc)1#jyp5$9o,~#)gx1)$UU/'J]+V#YyV9(Nw<V%G`~I%sUE-%VQ]f$yqx&$9g#m#];zC#)_q3#U*ar+,)})#{&c,#a'fG#Z5rv$*LX'$59A1'T/^[#)%1/#U*fL#SoP5#ZhC9$M[4J#RO,p#WsTh$$kpF'|sqz#]+dg#ZpRp#RxSJ#tF;T$XP*l#^L,@#SV2A+sq*u#RpPS(EVm&$VZ8a#VK$C#WR7e'{[PP,8=T,#Z5{o(RIoX$4J`N#`sY#*2N[;%des/$2n0u-QN/3%teYu#{>`^#v#H4#*M^l%;t25#YH(T#*$.N%H-TJ#`sX-$7OvF#^u_$%0M{%#a7wd%7x-}+YOpQ-^|#v#dV<>#)%>R#ZpN2#*EWR#`JV{'i_-R+tV3w$OrBB%vBX1#eM7[&#IJ%$#L>/#V*tI%;RpJ#*^mX*9q(J#)xU6$:]u;,CLUp%^cWJ&mZI1",
"#]+dw%{MGI()rpP#)o}m#a'i;$&Q0&#)x*##]M1c%u1|C#oK93$)fpC#RpL=(^%VF#*^oz#)-6m#Z6@7&jE5j#R=vg%=/g%%_rK@#*g1K#_SD((mqSk$NC2j'O,PV#r/(D#)p%4#arS8$C~Ek##+.D#YyVO#ZGHn#^mK($41S{(NUwA#`JNn#)5Cf$.i{M#[N/m')J]+#YP)c#*<J=#*UdP&J[|u#]+gd'TbO&#R=wo#RpI)(Gv9n+OAYN#%RU=$*#4-%TS**(d7p1+_d8~$xbmg'/#(I$1fsF%-HRT#)-:j#*ESG%$(*7%>6Qp#R-b='7~0T*{/{A,KLlo#]#ak#xcZD&gX:Z#VlF7%Dd)B*a{M4&3s@m(h4Lb#xkhc#z73+*=:G{#x1+*&VX,I$oB2%#*F#4#*,6o#r0#H#U*_o#(pwN#U]7%*:%-a,Jw-6#YX4g,:TZ%#R=pC#R%Yv#TvT&&A3MD%Xxp0#R-g^'91>Q.T(;W#{hi('p4}d#pk^_#X/sf#*E_%#*g1`&x>6_#UCx@#)Vaj&=G`1#S=Bt$kwg5$6j);#dg~j$&/mT&[S,{#|oxk%kvc##+#5l'iM.X#V:v1$WjzB)[H>l#z/(,#XreQ-|f@y)`]PP$Y%e~$KLtc$AVrE$[f`p#|--$#VK$V%G6YX$KU#Q%^R<~%M(jV%{<]*#rs.a#`cE[%dL8G#(y+b#]M,H#vDHt+nv=4$9g#w#[_>q#U:tG%|]R0#_dKH&H^z8$58PM#YP/6#[wYP#RpL&,,0~N%d]>U#|wvJ%+KF(&IDrt#_2gZ)ilJw%9+DY#V:+P#VK+:#YyY[('21o()AO##]M90#cpX{#Z=w}#)FZ&#YiKw#V|Yw#SoKw#)gzo#e~tU$1$4_$*;Zd#(y*'#[N.d#xkiV'mA)E#*^le%CL/M')JZ4$UtM:'Z9lJ#W8u>#neRS#ZG&K#ch|-&z%0z$d~c8&frUN#W9-+#S$X}#]#os'W5:}#ibO|#*$16$[=3K$3K]6%(46q+eDv2#ZhG~*n#iV-|mRY-pqKW#R=z|#e#wJ#(hwj$'`x/#s.#>#^^2s#jH3n#Z5m)#XjEw#[wV2#X0$U#*,S5$=Qm-+Zh/)+//(`#RFuV%7p#>$3dx`#TvNA#w2-`#hs[,'W4{r,oc>B#Y.w'+;~&)#*w&7#^}bk.+JCU#(y,H#T,Fp(rKFL#VK*p$^TKJ%~{|5$Svd#$eD*s#)-4'+/yr9#^2tw$;~)a#e3y~#)Vcr$UT/p$^S6A#iA+c#)%4D)BrDf#U:wc#UuY$%/=E0-%.v9&>hPT&:1EU$^)ov+y7v{&j<%;#rz06&2BQY$NAlH$sgYM%Ec+Z&5Okk#g)qR(kslG#`cI4#T$kh$'yw+#*$0v%Ku]`#n}q&#c>#o#n]MJ#(y#_#oth{$flVd#*MXF&G%IB$|$%N#(q)'(^-`q#U]9;#Z5r))*GFI+|_HL,Vc'N#^uV*#nmo(#ibpb#*$.J#R=ub#`(u5#bye6#R>/x%'=E|#fD.$#*Ud)#YP,E#)=Kk#wtks)0s1[#(q$c#v#c*'-=BZ#g[BR#RFxH)L&[7(=o#w#*Uhd#Z66<$TL'}#ewT('{|py$QFtO,gAp[%7=[>#WJ/M#rykw#(hv%#Z5rB$Fc.w#zHZ,#+#4)#RGEO#b6{3$pbTi#RG(:#U]8y'f&_=#*<LM':0fP&/,/[#|-(9%J;`M$H.Up+yZ%4#~mpM#g)lJ$-0@x)_L{x%-HT0#0GW)#a'd~%HVv9#*ES&+N[+Y#W{_S$ndQM$aagw#qQGX#)=N'%%ad_#)x#S#RxQ^&@g)I#abQ3#R%Y{%,03|$swmS&{;1V#g[BP'SZ@_$(gp(#^}c<#`)^|+)G0d#*$.b#*<Px%^Az7#^ubn#ZO)R#W{~`)#=6:$=suI$g9':#hZwZ$j><6#(htZ&K2UH#[FWu#VK8t'1cj/#(qxY#RxQP#%9>>)1X]Z$Md.5-o/e$#^L7e#ZhL($K^.S#XQ/$#ROAQ#UD*>%**6[#1%3y#U]6r#otiE$kx:.*jb:R$mmYb#`):k$;[}8%_'ac#k>-w$6j$.'[lRD#*fty#ibOq-);)$#R5k)#W8rG&]Rt{#v^^M'kS6`#d-|D#VK$L#*M_&'6fs~'h,iw#2,=L',q/l$2LYl#YiKI$:vx&&x>/D-TJbL#d$q[*L<UP#[,jX(2@O;#^v-s#}EAS#.IUd,K~43#RO$[#a'f;$Kn9F#RpQW$;}71#)o~W$u}t|#RpIS#b6z5#)%2V'aU.G#^v%[#(y;k$o1bI$'y*u+513b#jXL9)=;L'#p9--%[:vk$Cn3v*J>iH#)NUY#a'i5*jQ*(%]C'Y#)VgC'Rd=;#)x-P#U]6~.GW%Q$;u:('z}q^%K2W%)JHel#_S6Y&_P0y$'i%l,mL%8-w8)2#`9S##U*fO%u)~u)(QJk,2LH>-6pil$Md|z%5IJf$k%J##TvKc(`3ci$0=PP&C|9x#g:6}#U*q@$F1E/$k=.8$[+g}%fJ)M#Ue=#(ieD{$N0i&$(O8o#0GW'$`(rV#V:KK#YiH'%zFEi*(P`+#p9(u#[wnr$tE7P#)5FY-2laq#|oq^&3j~w#neUH#p9*G%lD4#(#pjk#g|g+$WjM>#X/jj#*$15#(hxi#)_lT#)_o|#RGcG%(nx`.gOy`%:mJv*0/6Z.a`-=&2Zmu+'ily#WJ/7&7E^##WsPm%/_wn)I(F<&0TgQ#RpI<#UmFA$o0xM$me{V#b&m;#_9wu$ocX_#R>7x'V6@$#cpXD$;u1u-JU&R*0yv3+#ul'#*fr()X1[[%>a#e#)OxY-%r%.#UeF1#)_|E$^*Ld#YP,P#yIGP$*#'h$ps#B)[qB'#e~xt#*<W%#*<JK+NJeA#T#[:%(UXS#w:8W$ElK_$&HIc#V9m2$8p,*#e3{e+Rp4f#UmNX)dP3u#)-3n#VK)Z)`2f*+;##T#hZ}~$o10n+{5y6&i$`<#evli#x)(@-l*sc#aQ1W#W:5y$&Pbg#RxeY#)p#b#R>DS#^}[Y#)gt3#Z=zn%,Yl**^~J/#`sXK#`t5<#)FP='g%aD&6-ES#U;/G(#yY;#Tvcd%%PPf#`ZVr#a8'g$YO;A#WsPe#)%4-*PIh^&xWSO%apWB+G(H*#R-bP#RpIJ+7bcm'WN#_&)u%H',pua#)N[z.RKlC$2L]S(012Y#WJ*m$US40#U:ro+HXmH#)N]j#yI]d#jI<v#e~je$Jw>c'dR.F#]E$8#)x*A#*$b,%][9/$Jo=9*f~Yl$a@H-%IoFi&RnY6)Mo<$#R=p3#tFd(%I_$~$Ih3V)3_aH)~6&G+0WR_#abOn*e_C]#R%Yd$eeQ,$mmY_'~yxi$$K--$.P_M$8%Ed.4XWo#R=m<*dhR3%;BY}+,:8P#bX_K#YybE,h8BR#*fqr#)5C)$H>r8']Y.p#*w0{$U1d4#S,e()E4MC#ev^w+vmME#g[rD$B4S=$t~oy$XX0j#a'fC$QW'a#)Vfd#tgj;$Gb&H$n2(E#)%5*#XjH<#VK=9-*:&f(CH`e+P7VI$o(uW..,|A#)x#Z#YiC8,Edz*$JEj-%;Jen#)5>y#WJ;&',6X=/)B3'#{&%(&'EI2#RxQ;&ZmD:#ZG,j$0_{<#ij]F$]}i$#^M/^#(y)($3L;q#U:vx#_1qt)H9[%-8NDQ#jXBV#hZHW(8JV/&<'7L#ijt<)u%d(#)N`3&/fmo#*$.c#*UaR#RxNL#(iOO#%9dD$*LTJ*MnAw$.Pe<#*=#>#`0oX#T#X_$P6px#UDCy$prk+#zrMR*yJ3N#U:wL%;t0&#*<]D$[+fb#R-d3(^N~A*{yd_-X5|W#)=UV#|gcB$-0:a#c.<9%W6pH$OrEY#RN}u$~}2U$2LY^#_SEx%u[Rd,A=Gy#aQ6d),,*7##DGd#*,3o&]R,s#_S<a'+il7+hIwx#$26=$9o,L#[waD#]M.u%M{If#)NUR#SoLE,t+f8#{%~c#mvlh.UQ-,$'&.N#U*uB%_'gw%/_pU%QV&}",
"$`jW[%4ZPD%(_%/#ZhM(*SWj^#)V^l+D^$Q#R5qP#]EbF/<>>@$+]g$.J2A)'1cg9#}UTf#)x)$$kgXo#c>2Z$'i9j#*nz''#Y1H#ZG,,#*,Bu$/Wg[/=_ZQ#^}bA#v]Y8#U3U(#*,3r%V0Yp#p9+m#RxNO#YHF[,l3jT$6ax#$|UN&&~jb3#j@.|'*rs{'@#;7%5'6;$]u_,'3'3:$hs;6#vLT1&b~ZE#)%<*'E.KP+8`fR#d$iV%nB;p#VK&i#*g8F(4oy%&bvT;#R>-*$m}js*f^4k#_2'[#)p,,/,>+</8v3I#)%+h#.APP&WW+U%)]cv#XjF#$5s,l#[w^5#)p${)kIV#$Y-pe#p9-A$=s8B$ocWM$XX5/#*,6`'8dtO%XF{*#a0M=#)FP4$qPCm#ourn#*$=)%{E=S$gJ2D#WB%Q(0).%#o*%>#nmdA#]+g^%(ntP#X/xx#VK[1.Vq+=#g:#X#)p&F#)%2F$hI3_$1M_A$Jofk#g:#]#a7u&)$U`I%z>'S#cxaN$;[yx%d]Ii#VK1}#*wAc$6Pkf',r18$`Q^W$w)AX#e3yg#X0'.#d$tN#W1M:,5{N}#XrQU#V)fd#%9>G#d4tk$yqre#g*4V$(x*]#{>@B#xB@D#WA{2%ipam)QB30#pkwb%'NPJ$r`fQ$6/E_$5(:9#)5Bs#R5k(#w:=y$RN56#t=ys#*,>C#eMAP#UmIv#fT>h'8CT*#qI=}&ZuLZ$'y9$$`I,q(C'MR#[w[J(n>/X*6|*J'`h,i#`9'^$58~K.M7C-%-amu#c-wE$QW*T#S,bM#UmH],[4#Q$prvc$NsA@#`cH,%C:Yg#XjC;#p(z@#[w]`#R>$r#odx*#Xjsd#Z6l0$r`NT#Z`Gi#_1oa'}8-p%vB;u#YySJ#pJBA#*,TV#)5Fs#[FK.,AWg&#WZ81#)-=,#xl4u#(i]$#(p~4+ra@Z#y{%<$lE:n#zHP'#dgMi#*,9,#^ufQ#[O(`+]n:d#Rh@Y#xBEc#cy8B$[fGg#qrfp#X0X-#YH}T#k>)#$&HRv#R>ib$l3zL#)x*J#c-v%$^[DE#bH.T$K^.b*G)>c#g[Ge*zYA1#9p5<#)o}*-1D;)#bXCW$$RZb$9Ept$`Q2]#_1r3)zRHb$D}F9#ZG*y#*EVZ+oS6'#WJaz%F(A,%5i}m$3e#x.]A_s$'`~P#YX4V$)EZr$|^[u)4ENo&#IFU$3due#*<E.#)%GS..V{k#hB9<$fKS]#veb($ZN(P('mIP)8Q^@#)gt:(O~D`&->FK$YFyD#XjJ-#[N,:#*Ufe$3e7b#R=y,&usbQ#[N2B$fl^A#`J)G#*$@u#},(0'E@T%#[wSV$ZN01%'ou)%GGt]*3EiY$PyOc'`4gd%2}0>#)=JE&2t$@%^R8P#SoI~#g|i`$W7i6#)5DK#jyy*(#ydK#m^RE#S<m7#)FR_#Um^f#R%Sy*^DqT+dEl{#)FR[#)Va^(v''y$O/^/#U2ob#_SA##c`Yz(2X_c(0)16$)fm|#W{VL$N9t(%(4:y$={9q#W8{i#{ppj#SV,p$#:AT#SoQN#)%6i%%'*N#cxmo#(q5Y#R>3C#Z5sO#wdu&#[N/e$FAd^$gSFy#TvP_$'&*k#fTH^#jiWa&^zOL#uf`U#e4mO)l.iR#e3w[#(y,s#[-)^#[woQ'PDkY#g:#g#a'f7#*^ok##3>$)oU<F#jHJB+L;Uu'bmw;-xHJl%r,w#&*BZ]#*MXV#S,_s#[FMJ#]E=7#g*>9#jiX)#w;70%Uc9j*/zxF$6zO{,A%Vt$oRD/&9l}w'Z|RB$'y(2-&pl@/,OAD,%YDd'r4K<)0YXM#`J.h-3Jh3#|FFW-P-=q#dV>m&rwgV$&y}Q#*<SX#(q#F)~NIz*G1UN%{vnR#jXHN#htWd#x10Y#cpa;'ZBz-$@WwR#UCzA$$BN],,{p>%dE/./_p/,+a7}-(=4Mn#w[WO(u&rd#[F/p#WI}R$lET*-iW3+$LCom&Mj@8)8Q]/,[U/S%M{R%%9ev_#e#iC#ajPw+|x)E-bwLv##]a5&g&nj#jXE3#|%e'%9+Aa#)%+b({RD+#S<pB#a'gx#VK'/%lLDn%9#z)'NP7o#)=H7#`J,1)7JOo&XN$^-6GHH#RO'N&K9XQ#TU0V$P6fT#)x&G#VK'K#yIAa%7=Ol%E9OP#tgn:#)VuF#ibJa&[S*i#WJ'%,K]o-#S<mQ#lO@v&wHD=#)G.v#RplL&QLvT$1ft]#(htN#a/ye#T+_c/2YT##RF}/'p$l+#YP.W$3[mZ#y0++#*,TG#W{[#&u{|9$7q-R.L|Ax'.<<*#[_d*#d=#r'g%aN#*,:[$)ENG#XjY}#d4wi'(lg.#XrPh#`J.q#)-;x&LcM)#a'iG,@>H`)D%5q+Kw,;#qQGK'[RU'#)VdX$2LYc$1$4}$:Dl+$Wb:o$Pa.=#UE3)$.Xm/#R%u&#*g;q#0GW$#WsZN#`J);#)%2r'*rs|,J4E,%,0:=#RG$/$I%N#)l>|K*rbFZ#)VdF#*^m($6Pkx#R=rr#VdEc#R=mS#[F_S/%NU,$&HNj$4K)C$&HnT$)_DG$(OSu#eM6U*]EyB#abNh$hrg:#c`Gk#*^lm#{qNY%tuxs#odYO+|%#T#cp_(#%9;X+Z-_'#p):N#g:(x#s.&}$1ftZ#)=RC$+[jo#s.2r$u~i/$^1k_'R9ba$Ap1])rJZ-&hz'o#_2wO)SGq..N>Q4#XjOA#_9wq$Z-ve$Wb:X#)NtC#ci-b$*~'V##ei<#R=tN$El<u$NsD-#+#3x#jXGA(y]Gp$6'Gq*Hb~s']jC.#qri%$r>PO#)NUi%>6RB$&'X3$4)<b&^zT7#)`:I#`(gV#(y+V$}~$l$lvvM(9AOi#RO'%#)_tV#abMj&9:OJ$7q02$2+AB$LCyy%5Hel#)p(Z%H5pD)c'YO(EVqt&_Q7:$%bi+#mvhz#WR4B&^c8O$^1hm#)-;4#g[EU#[FOg$'h{)#a'i0#R=x`&Dk&T#2$5<#TU/Z#xcZ;%CKo<%&i(A#(h{l#]E)k*`d3m$&Q-7&8L_~#)%+p#)o}B'(lpM,@`k#$)fn.#(Wa0#t=3D&nzgj##+.-#aQ75#bH)0#)N[d(=N(f#)owA%wI=y#W8s;$fdKy&;saa#)-@P'O,PW#abJL*tO:L*{XZ5#vD8i#Z5ux#V9uj#V|SZ%r,w6#S,ea#T#YU$m}j~#y0h=&R2gb#YX1c#VK[2$;d}V$XX4,,w(e()W])9+H7T'#c-oI#RG)}#TvTq',&))*`Bnt$TL$o#)_la):O_l$j>'`&y_T/(B(<.#[_A9#]M/D#XjC=%/h<-#dVEM#xJNl%1~~M+T~hP(xUC7#S-Rq$1<I+'^.e(%#kjb%+1Cd#jiUa&1[hH#mvlC$r%xv%7p&C$Hq;y+<Sg]'%_Xh#^+1>#z/Hj#z/Fl$%IiH-@-0P$Q-W|$ERu+#cq-F$l3y&#ijRo#jj_7#)->V)&2$k$sw~u&B*`6&gaGm#zHGP%XW6d.$P:<$Wb7~#`J):)l>yg#Z-ii)(YRw,O';z#UuNK$R,Wz&B*F&$^[Qa#*<E:#TU.w$5I[{#RxT##qQG*&lS>V$Et=B#S$fT#SoNA#`ZAQ$Md6n#$:>D#^mPe#|`9@-a-Zo$qPEr###%w#d,}p#R%y'#dghj#a'fT%+JPE'+jbw'o`GF#*^iu#*w*O#]M)F$1fv'#(huA#*EVG#|_Z1$2+B_$}urI$lE3h/p4gZ)3%+m-~Z;W#R5j4+>0;i#{pry&)u-$#[,w<${ge@$4BcZ#*^iw$^dD+#2,=Y#V}RY#iry[#ZO,D#)x.O&a%.x,VQog#R%bT(i2mU$RN>N$)EPp#TU4N#)=E4#XQ,`+*EwE#)gyD$2n5c$=(a'/$-q+$qH<N#)NUj&Ho4'*HZg%#YyVK#*w)9#WsP<#ZO,V#*<eP#]M<{.io@D&8~8L#*fx[#cxa/#ir`|#YqUG#[FE^#abL0#)xI2&C|<e%GH#X&:l0-*9pzi#`9+P#*M]6",
"#^L,5#V:J^%jwxq#*fo.&LIqj'ZBo{#*fr$#^}nL$FAaZ#]M5..E@I8$PyGi$F0e5#a9JH#*,Bh#RxSS$_ZRu.R[la.<PO;#tom(#[wb9#T$#R#)_wA#r/#.%y.1$#[FF>#*Ehm$42`-#T#VP#ZG+T)k/gB#)-95%Ku^P#iA1t#ijxD'~7<k#(q#R)BHa+&]R:_%.>Ng#Ue@3#v]Wu#R&A'#R5e5&[1`q#UeJ$&-x{=&-pvX%-qw3#UmF(#*Ue>#},1r#p{nr#*EU.#]+gP#*,E($M[.0%;Rf=#|_Z+'n7&J&3c$S#YP/H#V}/%#b'X0%3t,n#YX8^#UeIe$eeFb#b&vl'1|&.$7q,0#U2k4$_{Z7,G7q~'#($1#V)i>$7Oe1'Z9g|)_olh#u#{j#TUXZ''v%H-)TG~$@&@6'{|pu#[xQ~#[F'w$3L'C$;d}P$@i-:%CCfk$^m0c#jytM#15Fk#UuQS#*<Vy$P6gw$g90n#e^x6#zHAn'r2}w$-0rX$jhPh+Ee)5#c-lc#+#5]#}MT%#[G%m#e~nn&0Tnw(/CA1#)-<S#YP:4$N(O}#^v>[,qI)^#UeGm-a=g0%UZ8'%0$=|$FAdN#)`eQ#*w(y#`sY{#W{VR&W%Tg#g*OO%4)TJ#fT<5+sOJ5#(htP#jXH@)^V&X#jXE1#)5Bp%[]9,$Bg&X#*EX@#WJ.n*'0<k#SV/f#|wvX#*EMW$gR9u$eT8<$*;~.&=Gb$#VBuQ%=j9%+}E-L#od[n#R={O%E(I3#pB8u'>N-R$2]v/$N)_O.+QCT#eE.q#R=tf#*ER<%JDf1#TvPZ#pB3T/ho6d$1fv*$1fwK%G/`l$PzNb&b~hU#TvQu$9Eac#)-R7$:TvS$Md1<$0x'=%(nr%'a#Y/#ZG9y&rnd.#S,c:#m4&^$4CS]$emQ{)N~@^#WA{j#RF{H&K9dm$*;I%*o3&`#cx_6#)%5q#`keu&L{BT#TvNJ#n;7#$$RTV#RhAP#*UaQ#*,6p$}}|a#hkeH#Rxd|-75@c+06[h#*<E0%[2lK$`rT%$&/5X#abKK#/Xg9#X/n{#TU9l#*ESF#ZG-5#V:2_$lvf(#X/q$$G'Mq#TU.t#R>.L,u2sU$%)W}#WB%8#R>DZ#TU1Y$fl[R#V9m5$ES#|#c`HG%[:yy'+/El$*;D/'GUtR%Ce%5#(y#b$dosp#i8,Z#[wYR([Y-$#YX80#bqUs&XwMs#pk^V#hBEk#RG%T%fJ-_(<p#l$*LQc$*#6B'a#nM#chR~'SsDc%GX*_#xJGq&21r:-$QH&#`9&e#)NXE#VC.@*|O9o'rL5y#SF;n#x1(9&zf]R#)FV,$7q=z#spyX#)%5G&,{7S#_S;-$'b(H$t$>K$'hq]#WJAc%jgf2)a|pi$:w4C#)-=%%l]L5#)guI&b;vU(nG59$N8f<#)=LS,wsSS&*|///D@Br#*,AM&1;wR&*BI{$>XwN#|--D+8`kM#)_tb#V)b('C0J|'&MJ])q1o*$;f$O$>Xzy&Y+`2&bx)G#`Z@-#S,b%#n]OP#UC|l#(pz4#%9>L#W9%D$2n.s#arY)/-5'z,BEQo#%ci9#Yi`1#v]qI$RO9:#e~iU-NjA-#(p~D#m^S2%;S^s$n#AF#)x@e.SBjm#TU,k+2nis$=0MM#hC=7#pBQG$Jo<^.w.pA#R=sX$3SgM#(pzG#w:;R$q@H/+rP-v#*EVS#T+dI#)VaU#(y)T#)=MP'=-AD#Ue@[#)go:#WZQH#(y[]$|UTD.mZ5<'ujUA'99GT#T#h(&%&%^#W8zC#SFO##lN>%-x.cy#j7*s$yrve()AM9(Q|_1#YQMq#}Mqm)exU*$0h*@#WA|0.gqFG#ZhE|#)_lq#R5j6#}Un2$mubr(FE^V$m~r<(Y}T,*h]Y$%E9]{,q&])#(h{,(WDsv']rkh'(CMo#VBx4#bqX($0=N9#*Ucp%VQ'M%h6y{#)5FI#c>#i#R%b~$1<sH%V7sj#R-b6#YyX_#Vm6j#)gw9#)=PR&|:5V#T+[}#}EDL#*,3u#^}_B#nmh9#TU2,-.6)r#)NUk#c`EX'Xf6z#(y,W$,cl]$7r2~#V|Xu/va<j'N-WT'[sNB%aG)|#)5<-#}UR&*Q0C~#X/jD#_K0|##efR#_1rX&w/MA#(i#m#ZhNw#)Fm;+_1_[#o|uN#qI;i'O,M]#)_p3#pscq+W{^8#p{ru(6+Qf#*<H3-oHy{$-(67#fmUq#nLAN#vee]#)-A6*L$>g#n;1:#UfP:#UuQM$*;MB#jH6/#*F&*$QW*]#U]8,$DT+{#V:hO$P>nr#},/:(.+n9#U]4q#RFua$$).-#cxdz$+n(/$0VgR,kM~l$RN$K#+#6h#*4DB#f+1d#WI}^%J;`L#YHT2*{P:L%V7k>$FAsA'/+0q#*,6h'rL6@#SoF1#)%:B#)-@^#arXI#yIL'##TWw)Nv7}%@6%%#YH4;&XE{l.uJwx$HPwL&Dcwi%xi`l#VK$U#tg`a#]EKM.3YRE*Ybk>%@=x=##]a2$s-F9%RDux#bY$/#~;=>$jGC/#)-9d#)=iy$Ha-D'dkH%$}Dkb#VK&L$+3/=*.cg,,+:9P#kPWX#)GGC#b&rv#mvk5#hB5(*2NRs/s[.~'PDn9$XX0Z#d=;[#qI8o$F0V>#k>5n(.DHB$[;sw.[l(w'`4m%/Qds0#`[0;#R%[z#(y)I-tmL5#_S7%%jhcK#abLN(#phA'PvQY,vt_{%>i,o$&PV[#*,;%#|_f;#T+av#*fqx-fItB#h[NT#^L)C'6oR_(-np.#ZhQ6#XjF'(37+>/A*:T/&<0(#VBuN$OrDt/*bQm#x1-X#*,=y+vTFR#XrKR(Vo[K#)%1W#d$mi#Z6.d#VK(,#]#eD$VJ%3#XrN=#{%~r#Ue<y$[fD~#ry{o%)+5n#)_n5#R&AV.]Io&$0Vhw$i@)v#X@x-&FWwA#SEzp$N8g@#S<rs&QU%U)q[@p-+)`.#d,qz#TnH9$:D`A#)x1s$_Z;N#W8wO#VKC_#UmCK.0ui8%{F1n$Xa:o#`Z>f$/Ww6$q@gm#XrPL%5i{~#pJL4/Ye']%_@x#%9n%a#a0AS+2UP;$3ds#$y7Zg#d,oH%C+wT#WA{c#`J,)'Ss_h.IDTb&{3''#V)ar-t]<2%*L2>$gJ4'#{ppO$>Pr-#^~((+t<wA$^C&^%(Vr-#SoPx#*,>&#TU5P'*Zmi#*U^u#*$.R$*Ljh-de>p#dwhF#lhI]#_K.L#*gv[#by[C$+~)o$$),m#U;-##pkg3$u;/K#(y&S'c)aM+HQ`Q#*M[O']rj$$K^HM#~U#'#fmai#S,a|&^z^o#S$ts#V9m1$Hr#1$KU&Q+lN2K#e~m,#[,~A#V9{n#[_Na%u*/I+3#0;$*Di%)2x}O$(yH/$OsZ##t>f##)V^t$TmB/##~&0)8J<v-jg<M&:Rh*#)->D'Wg7R*<v-z#cpXt#WtWY-vJ*x#psm}#Vd@I#Xr|Y/'}gU#)-n@#y{7u#[_]0-DZ`s*K_{+$m}uP#)_vz&XEzu#p9*<#d-/M#T+fT#n*w+$El.f+u+nl${pk^,aPOW#]E)9$*Lc6#o:-a#R>(n#ijR{#W0kA#g[HZ&QDrp%x@3<'bTX:#[x7K$.Xy.#Z=x,#(ho;,rF}b#UmS:#VdE9#)_lu#evaF$:D_$#htdy#qRlH&Kt<Z#`9'a%e|ad#$261#*,B}#t=9/%`6ve#V|SU#[wYL$TmB5#UEJ-#mvw|#yQQD%~sm]#)_oU$3KeY.z#^1/cl2J#ZF}@#S=2f/Y+*:$SE*$$^[`_-d*N3)>dqJ0LrIH#UDN@#abBg#jjAq0cIci.&`pl$:nE=#SoO]#p9+h$9gd|$0=L%(]>o0#V|]2#z/.Z#*Ea[#`JJA$#KLU(G;XY0LGU'$em^7#UuKJ$D~M&)XJv^#[,gX0e6cM$MJt]#p9+q#a'f:%9]q@#*Exv/IKUr#(pz7#_1qh#+#0R#}MX4,Z$UT$sww&$wK&R&/fxU%.&Tb#s.0)#]MIv,rpNv",
"$OH|w#(yFD#S<r>%s,O0#WB4.%;tUF#UC{_#Um^M*&{r,#)N])'JS%G#(huY#)_iv#W{aN#j@-n#RxPb#SoCU'h<|F#w:9h#|--F$Hq{=#jH6.(HT/F#kO|))6+'R#*M^X#)=K/%|~qc%HW$a$)ET$#)VaW(;y5/#SExF#*Uf6#*E].#ZG&d&EHao#)x(T#R=w%#)_ip/;z2`%|~L9#WtVB$a&eU/]j$c,z`GB#U]7y+>bvw*4;}l$|USa#)x(X#{iun#^uV9&2JvR#mV1u&=y59/EW]*$5s.p#R-_}&~ANk'aU,A&ttgS#XI$H#XB,|.}B.n#c-oR#YX4Z#zqqY'^iBI#[N1=,[#|.$N8oh$@>ih$=s7D#jXBW&2KxA&>`0=#).&i'(da{#nma#$$sxM&m0yW'ro88&%``+#RxK^#*g'e$*;je#x(~{&{;1>#+#.Z$Gb;9*WK@0%(^lT#RhAc&:Roo#Xk$u&smYZ#*<TH#y8:<$z.}R$O7j_,JMaM0;rAV'ZS&l#`Z@9$$)/|%GY;z#hs`z'2AN9$N1>}%:[sR#UC~K*yB*8#TvK_'Z|cl$,R_Y%Q5#7#b6z.%HFn9#d4{E*@s(/#m45c(tQB*#UeQ7%**.U*&cWL$4B^8#zq{U%-q}k$oB/`$lE/w#ZhE{#YX}o#Rh=:&R2nu#wd^-%@5QQ%sEZ=#Zi;30y#pm$'pv8#fL5|#)gxS.,P@e$P6}=#ufb@#VLPq#lNsj%{#x|%[:op#n]OC#VlJJ#}MYT#p{z2$%(0'#)-<`#0GW#'GUwd$5(<e$15D^#UuTK#_S8a&D0K*#UCzH0KA/X%UZ4/#[_9u#RhBm#UD(#$V{RH#R=uZ$1fv)&H_d4$Wj>@#)5F*,RMi<$|^Y$#V9wz&;Yw^#i9Xm#wu_w#VK'e%qi0`#eM7c#m4#X#)=M_#VLRY#[wVI#(y&U$&/oI#S<sc$gJ4z/KQhY#`cBl#}ETY%.i$j#^w(t#)NUg#],83%deHi*ewNR&A+C4#*E]*#WB5%$<1UZ#a7z-#R>#p$Wb:Z#YXFT%l]E@%de[h#*Eh[$XP-A#a'dn.}[9@#)_r-#x)<($'x~Q'niP<#_9}&$*~Y|(}i]I#lh(i#(p}W$'OXV#ZG&<#e4#k'{dU/#S<|A$N0X4#*MUY$]}]N#qIGJ#}Me3(fW;;-yhJ/0,oW}.5%|$#p9-0%lT@D'CQx;&n{=b#U:r-#VdCS#%9>^%W6yB#)_p{(%+~i$CTzb'THpB.x-m(%sE]e#)_xs%FJ;r%;t8.$'OY-#_:5$#V9u%#T$;t#aI,-#[_E%#d,oO#ybZB13$v>#^uYj#X1,8&R]|E$a@#T#ZpQf#*4>}$`'i`,Y=fb#V9mA$/`}.0#@9p#U]72+@HQ}#)_lp#RhE<+[UxM%XW8t$ndNL#a'f@#ne]x(_<o*#RO'U#|wsq#U]zZ#*n|8)3%(Z%=/SA#U+kX#X/e+#RpFB#]M,D#UuPI#R5~P#p9-.#SoQR#T#]s$>ZCM#R-ay1&S46,C~.A#_K,-&A+E8#SF+|#Z-g`&Oq*E#)5Sa'#'0{#)%3(0ISX;$*exz%<k*p&#jq8)|qeY'=-><#)%7u$(NWL$`Q4O#TvS[#vD@{%7=R_#dVCM,dv=y%3Jat$4JdY#(OUT#]EvZ&6Ve3$`I*P#_S:F#^~*4,GXdu)xeP7#*,3v#`J.F#R>@G#.APH%paMJ/:ro3-_b0}$XaAd#)gt[*D4F|#Uv,I/PTgz)_M2_#`9'w#R5eE.+zs3%F'I,$1fwR#c-{n$Ap4[#arUz#w:3D#ZhC'#hB3R'Pv@X#ibJV)QJFt#_9ws#R%Y4(p~pp#(p|O'O$I##Zq*c%#1:^'h='6%)LM})da=-&i=.($Jo=-$@&Fd$US,]-#RaP,Bw@)$Cf.[&#kFI#{ppk$is/4#U2e-#`J/3#VK9h$p(Q7#*g9Q#*N}Q']jD})SGj[#}ElX$&'>h%dD#q$;],@+ev^8#*EYO(dI%9#dgP1$kF2{%=/K'$eEXz'_W,V#Tw+$1EfeX#*Ec=#[F$B-$rb8#UuS6#T#nn##DGb%_rS8#VdF&$[+mV$E|Bs#^L,I/KZ#X/l(T8#)VsH#oKL#$4|=j#)5B'#*,3~%0_CG%5@Xm*bY*K$XiEV#hB(v#(y:i$4)e*.2B4x#c-lW'r*o.#]M.M&,7>u$ZV4g/]/FH#WBK9#VdDN#]EQ*&ywoe&RT&=#XrP_#[FWP#(y(b#VCp^#n]M@#b&j^%yOUe#SV*&#v^,`&QU:x%$s26#],)a#a'gj$'p{%#*EWA$El1L#*Uae#*EUn#)N_Y$c_To#)x(i%paM1$4BWF#U:su$JEnK#V)[u'jD(^$<[$Q0D&sC#[wcU/y^6+)rZ<'#^uec#R%Si#)NeQ$*;F)#S$Vc%$k$a&H_/*#*fo(1N+]&0ZAU;,3[X{#d%z8,vK'V&'w/<$.'2F#)%3w#Rx^B'3Xd|#ufb<#]E*_#SE~(#*<H*%q>-u&bU4R$Ko<O#o:-r#WsN7#U:r[$Ih<e&@o+m#)-6e)6+T=##~-[&0To*$DSw5#)=H&$N1W*&)KUJ%:e';(=4Kk#hZEE&ywvq#abH&$:]xH#V|uw(d7kd#x)nL)*GN|0`;U7#+#0`#*,>[#)N[O#^*j$'(dk)+&A83#XrR2#)FWZ$)_($$%YcL#*$0|$'`jJ%4s(@#Rp`9+&A2c$6RKA$$RVq$;u1i#*fui#)=RY1$vVm#ryr<#UuR0$RNwe$TmB'$a6s]%O.mA&h64o$;^-+#T+q&'*1^M0FM[[#`Jd_#[wX;%xj-L)}WHi#So{r)/kl[(Zc9q%*KW8(:i{e#|`Yv$2LY_#ZiL($#:>b#Zhl]#VC<}#ZhIL&]KJH#hB0V#|x1v#R5|a$ES_W']raZ$^*#f#dVvI#bqU{'2k&I#x1-O#~v=/.xO-k#R-n7#`(zi#r/HM#Zh][#^L0$$+m3($$JNg'R:>#$%):z->OXY%:Kd-#b7'1$8NiJ$=s5$#TU/A#YX8''n@&i']kI`&Rn|^%5@SK/}jI1#a/uP$=Qm##pkuV$.Pc'%k^BN#abIP$Z-){&-W]T#[wXp,Pi3h$z.-g'_h[k$H.WE&+{P[/bSrF#a/r0#zHDP#e^GU//DLS#a8Jf%FP|]#jXH>%B^$Q%+t#G#_9wj#}MIk#)VgF.Q^ns#arV,#V9r~*]FS_,7rM1#_1oX#)oz2'uR;8'tJd8$c_IK#bH.-#*ft@$BV/a#(y&D&T{Gc$<t7h#*fr*#pB6#%=/Uk#U*r8)<<Np$OHwi%57L9#lwik#)=H.$D~)]/[AVi1[Oja&2[CC1VM{%-*[Kl#*$6/#YiH1$NJ&C#[N)b#*w&=#Wsbb0h+ih#b&li0PS`{#^*lo$'x~F$j>_X$/WeN#RyKA#fTGT%$AM$*1&0&.dd,%#U]_S#R6[{#p|'X#*w&I)_~X;#xcdc#x(|5%0<OX$R4{u&O`C2&~YW0$:<3*#mx&{$`'kv#`:aa(0).N%jVB0'TQ-.$A5Zy#SE|a#XI&R%ya(G&:K<{$%(u,#isUN0y~C<$r./n#[,k3#)Vf{&)}&L$AFfp/b]6/$D}I`$N0X6$={<;#$#+7#)_s##)FYZ%5@R'#dwaP#V9m,#[N.Q$RoE:&7E]1*,edj#n]JG#_9t~#|FFo#Ue:)#ak3V#)=K_#R>*H#hZ_9#R=sP#*,<9,Fs@d$sw|;#x1-2#T#^[#TnF9$#L5:#`Z{5$&PQn#S-ea$(w{V#xBB}&A3QO/^q_}#.APS'#y~N$6Pq=$<1TP#odg2#T#r)%&&,]#b&{O#VlJB#^*jk$kgVI#TnNM$k=*9$)fn&.>-1Q#*h#B$NsD+#`Ju2#p9*Z%Dd*8#d,oI#R=xa.5OiR#+#OQ-,s5d#W8p.$$)*c#)NZY'n@-r#[wm2$0gx3$Gb).$eD${%1~;i&r+s)$K^,T$@icQ(>]oO&H_/+#p)&0%AUn1#_1ly#eMo-*=27R#p9*;1Bz$y#WtR`#*Ed'$6j-P#mw,>",
"$`QS_%'=@;$,R]Y#*<H%#`J,8$oZKG,6{*5#Z-ir&UbB$${ont'bU:W$YG(v$Z-KU#*Mql#*$.K%*CM.#R>b)#U]8d#S>A|,y>}H,INbb#d$g>#ZpQd#V9rR#*VrS%&hnA#dV>Q.t9mU%2}0A*PIfe$q7U0$iaFd,_(SY$,1=-$AVzP##;>I#)FTd0|b<=(10AA#SoCE#]M=M%kvba#xle*$4J`@#hC/y.fb(F$r`n|$IW1.$a6vB+(WO,,`r=l#psm5$1fv6&td^M/]b7C$fS<;.yExZ0p;rF+p{Wy#c%g@$@A-_#{`]&%>WsP#)FYH$<tNf*>t(P#bX<U&%OOO*jQ*@$~CfJ&8]w$0WetZ#`J)P$aaOy,Zo5p%2u)V#VK0Q#W9HR$=(GU#b6t~%8g2%-Y4Q&#*w(|'*Yy8$jhQ|#*ET^#b6wl$C]zR$^S3%#)%5x#(q&%$PX)3#SEz|$C;^c#g[L-#[NE}$Wb6O#)V^e%9v-s#ibMP#~TTa#v;3='023e#)%94#xBAb#a/oc#YH&E#R>N=#WZ4g#mw12#lNKz(`nXf,Nd$[#c`Rb)~F5g#eM7}#i8#i#UCuE#24FU#*4>~1Y{9^#bX<F#7'OG&1l{q#abYh/H~*S17k]*#z/+3$&HWx&hx`s#V9}E#UmY[#o|nz#^2s(,kgXC#(yCr#[,mI$fLb/%;tdP)BH^V)S')F.=64u#R7@9$I5[-%]2Ni#*$<5$7q*%$EtAH##]a0#^uS:#W{^7#g)tW&Eb$u#WJ.N#R%ZI%,Ye=#`s_`#V9o}&UP|H(NWJ/#Rxrr#a8NK#U]6})a|[Y.:ZZ^*;n}r#(i#<#wu0%'podv/P4g[#`sY$#R=|&-Zf$f#)h6$(@m8A*Vm3s#_9u%#pk^^-.xmp#*MZt#2,=F'}'yO$&Q:m-*SCP#W1&R%+s~x#^mPE#V|^O#abQ~#U:r>**NHW#pshk#[,k&%5'Eb$9g%*#ry~I%<Y{a'6,Ff$Jw>g#(p|W'DrF~,b@<~#e3ti#|%(I#R=mH#(pwF$`(oy(zCnq*IA`B&WiXu&6X+F#j7%`#e4]e+_|F<#YqN+#+#0[#dVy'#[FEt-`q<W#+Le3#`KYi#2,=H#*^s+###&4#_S6e#Vd<r#(pzD'JRuf#e#iv#dg[d'MXyq'sC7*+6rqd#mvoJ&7EZd'b;95%@=]M#TU)}#d,l^#R>jP'ZBp'#Uf1t#)Vj*#)-Or#U2r{'RS$K#(q0x#veZN*vU<B#cpX-$Ob1-$[fo~#(q$G$Hq9H#(6>Q#[x-$(k1-<$$ci2%mS>*#ca&6#(q4##d=#e$@&C6#^LHi%|<Rr$H6[E#k>`G$m}j{#Soc~#*M^E#}MLZ.$ik:#*fxl#m^M=)G~VR')JX_$Q.^,#)p'P#Zr)>#ajPJ#YqKN#|-4p-DS}M0gN74(&+'=#b&x0$muq7'FF`S#}EKG#^+6k%y.Bb$&HmC##]a.#[F5e#*MXO$k><Q(7e9&#SEu]#R=pG+:^u3)PJtz#)x#M#Wsee#24Fh#cpXl$_(fd#Ue@Z#jH72#uhLZ&~rqd#[w[M#(y&G#XrPn'9c}&$Vs_%#f*qY#R=|A#)FS8/wyj4#YiJg/gpeF#[N;(#RxPi)#5C|*8agX#R=t4#R=wE$0=SU$2LYa&q=6P(M%Du#y0-:$u3@X#RFz`.}J2=#Z`;z#(q&6#Ws^;#zrhY#_dE_'d0gS#R>-E/`wLH)dX0*#(y#U*yKlA)FU.6#x93K0b9_`&3(F;%*CL1#a'f<$El4D)Pl-$,u*i=#^u[T#)x)E1U4F3#)Fib*7(->#)Ve@'F5SJ#WJ&|#_9t{#w:d6#U]7'$;]%,(rKk=#pkqj1l@CD$~|zN#tFD=#mw(@#_K.G#n*w3#fn7_#a00a-wjRZ#VBzY$Gb_t##em{)>*9I#dgMZ#R-gR&3Ygg#n~$.&u{mb#j@+]#)gr%&]R*p#*$4Q#*,;3'<`sK#f*rR#[x)j#_1oc$[fD1(XuD:%~l;M+3TPD'.<ky#jH7G#)_l:1D--2#+#9S'ctkU$6/Ff$a>{|$6z1~&/4:q&N&vD$<tIo#W|:l1itms$)F/c#fTwC&2BO/#)%25#eM=$#XrPH&Zn&u#U:r;$pbSC&0TbV#(iX-##TWy.`&Fh#R.<|#W0gg#zqq$$<1h=$O8*d#W1mC1Bk;[$4cz*$4BXb(6+4`$RoM5#^}oM#fTBh#ry{x,pbFn$VZ0n%9#8X#)=S|#)_sf$&HOX({d381G20_#R=mD'F.SP$a6q#&'w:N$ftr}#$:;_#~<7y2#^6j%G>fx#Z5qz#~;;5*&9-d$$kn)$5s,@08l>N#j@0'(#OS/&C|gQ#b&kA$*DU:%jF.%'DQ5x#YP@1#VK$Q#^u^$*of,G.83B.#aQ:k#R=sH/b*I+$0.U[%7p#@$*v%%-&&X;(Wf35#*fo2#*,m`$HOtg#R5jH)EMdt#UuKU$raF@#p{t##[wV3#]M)N%z-&$&;Z%T#r@UX#Ue@l%8w.$%D[-t%5/G:#_K1~#*^tq#]D}9#*EV+%_@z1.t|kJ$9g',#[F'3&Dk-^#n*y_#)=MJ$49K_+9gq*+yjRa#g:v_#RHW0#*EUr#^L.P#dwe7(5<YJ#fD/&#R%a&-Vz<n#1%3}#)g{k%4k@j#R%^=#x1+'%oIhS%W6pM&4z,@#_LRZ,)frM#)-6u$bW:U(db<`&W5f1#`(x'#ZGY:#Yz,Y#mwtA&#js@)jZ65#R=rh$7Ogt*7ApG$v|rf%.hv{$1$4M#hkUZ+Jx2&&&oq3#]MTT#*EWD#)%4H#ibMG#V)_f#[N,M#a'e*#*E]G.j~Ln#*$1.(n>*q$[nJ#$.'2T#e~pH#YiH&#)=EG#)_tN$,JYN#V)a}.Lblk%9v6&%=7oX1iRsy$0x0k,6Adb'}80g&~k.y#SF#b'N%Hf#)Nc**HYoG-5PXl#y0f2&vr_g']@r((z){v##367$^[ZL#a/sv#g|yL#_S6J$*LW&#T#a7'2jt.#*w(G%1Tv;&m9,m#e3z)#t=5{#u4kL%57RJ%i`BZ.KctG#odeT$a&iN#YH0I#)x)1%.&0_#VdC'#XjTE-J3Ax%:dya#wC=Y#VS,Y-^c*G$TT*y$xcX)$={9}0}&|g$}}})#WR.Z%>bi8#R>+2%HV{+%1~.A$)E[J#b&is(z*/n#*$9v%&&+#&mJ2A%;Jc&#).5b'fqQJ19aZn#[_>k#UuU'$d~`K#|p-.#fTXM#x*io#u#}F%>X&e&wIzU#W9K:%D}A4-2[R_#)Np}#neXk'6fz%/ez@=#*Mg^,_Y|M$SE>Z(np[6#arS,#T+c}#)NUc0xU-i#g[GT$7QS8&iF2K&K#$C#ZhLz#q8N,-7VU|#(hwS#TU/N#a7t{$PX*g$u]U9#*n|=24D-m#b''9#R%Zg#lN96#`koD$,R`g#)NXX%.hzo#]MIH2G10%-<jnE#_9wm$2]sx#~mn2*L4V]#mvsr'gW7(%u*XI#xB8T&5WgK#n;4l$:;Pv+<T7r#hZVQ0C/)|%(^rZ#~TZr%7qVK#)_ih#vecm%ypfQ#`8u%'%-*q%D|M3$Et>S#)=S]#W{{.+zX;a#y0-N$<t4t&u{pI'xN>T'SsP$#WBby$Fc,F#Xrd5-TRmE$;e7;#u#vu+[oj^&W-]u)^V*<(Mh0f)WCsu#R-dH#R>$t#W{^F'KQn%#W8t4#a7zF#UeK_)FLe3#|gj9#|%.M#ryk{#m^|U'n@)w#W0u3#[wd:+R>;$#`:)[#ZhH+#[N2s#S,eh%L|Fm#y0*{#p[/e#S=C8&RT#-,@GR^0Rs,}#*ESH#*nz4$NsD,$C;^j#)Nb'#abEV$-jzR%8w1_#S-$i#w2+;*^Ux}'/+0`-W>^/'82ku#(q&K$CT|y#SF'H#U:s,(+zBn,KD_v$^S3T$yqs>#)h2|$:;WC#^mK.,4ZZ/#SV13#X/j'#jAN2#)%.f#WsT$#Ue:3/}z|[%G.l{#_K1o0iCcV#a7zv#*<g.&6%;`#)Nq&$1fv&#T#Ss'ivj+",
"#e~iI$49Pa%/`W{#VK&N#sGF_#UuPv#mUKI#*_)y(O^&J'OEro%$|mo$/Wgj#aQEu+_RzJ(tRP)%'giv#p|fi#R%`c%-sih#mUGY%'ou&#(y)J*fM8{$*eo{#)=H9$HqS3#)h$_$0x6($*<[$/3PGV$W7kq$'x~A)6*Cj#ic#T$$|$g#V|YJ#RFz_#V|YP$8Ni1/w-dB#Xr]6$4d*p#Z`;{#ZpiN/5p'(#xJGc#}N5f#jH:t#1%3r#[wVH08RNU#R%s|#a'iE%E8bk0YcyU1O2<a#d4{A$%(2O#)-=N#xe.<#e~dH%e|gB-EAIM#WsQn#jz+|#*F%=$bhIq#lgWx#R=rG-1mcp#arU{%#kko$XX0V%**]w%y/-2$2]o|#bXE/%_'o[$HOq~#V|`;#_S4B,=QX{#SF5'&XF:E(=$k#.Dbn8&]sjJ$2o4$#hBpj)h^.;#dwaA$*;F2$hr]`$s5*m#e^i((,%9_%'=W.#*fq})N#O8$+2=G$Os)k)jkJ1#{hhF&}1+Y#)-9+#b6yj'DQ2@)(I<F$/a&6#YyXH#Xjx_#jH6e#lwf~'TP}M#RhWq#c>BE(7}3,#2$3u#$26K$(O0#&Jm1=&fr`p$6Pj;#Ue@U$T+.Y,Zo4y$r.]3#y86]'Z9ji#d52e$$ks9&=HaD$8p4s#V}N9#|%+~#T#Sg,<sx+#S,e9#)FMD#RxQH#T#h8'F`K7'E>T_$a&`T#e~g+#RpHW&{ejf$'q$M'JtE-%s5,G&b3}1#rqrD2Y7iQ#bqY-%$IJc'g%_+0-^Ho#U]>.#wlkX$_)*r$PX*j&k;-X#W928#(htf#R=wP'(*DV#)`)q*{0fK$6rBY#b6tl.N`w;#).ii-[LYr$2v)}#`cJ[&B+4D-bEw5-|}cA#b&pO$t~xv#*fo6#p9-;)1Y%,#(i#f#ZhP-'Rl^>#*EPI#c%jc$+mu~$PX)>(=$6''H~F~$:DfF0wG]k#RF{0/7oI,)r{]c#*M[D%p&q1(9A_2.NWda$O0E1#xB;Z#)Vd:#Z5sc,URq/#*w)&#WJK'#c-t;&AD^q1aBZ=#)5EN#cz&3#lNL%#V|VL#ufa+%jx+U#hkUc$Zg>0$'qJT#RxNU#[_Aw$fS<k#(pz9(/ltb*G9YY#d-ZH#`Z@t$HaZ_#arS*$Sv`}&-WcM$H._Z'yw].#|-.<$IhDo#WB<a#*EVH.6wrL/37+#.oqP+%(nr-#YqK5(4%b<#`J/4#SE{g$mmfx#T#YB)^Eux$&(Z_#`sXs#[xcJ#*<H6#ufsP*f3f0#rqf_$3Shx#+#6x#^mR%$SDtI#X0cN#W8r{$DSxM#)x#T$u}rv#)-@Z#k>2_%9#p3#|wy;#24Fk#R=mJ*W)Pl$O/~m#S%A9#[,jp$Wb9;#h0wN%`qyb1Gn>L%lD=s#U:rK#V|bc#a/o[#*o-V#*Uaf(>;P+#[,r0,6yx]&IvA@#*UhU/(|f',)<0G#ZG$C#q8+O%Oq=P1^o*n$q7)P$G(W,#WI}K,6aYX$0VhZ#)O#l1HZW[#e~l#$Kn9@#*fo&$,t%Y$^1kc#XjF//(K84#)`iJ$3u){/%V<])`2|s2G;+F#(p~g)OCcP#*EP8$a>{x#S<t0#y8:&+Jgy+#U]It#ijUm#TU/z%FHul#(y.B'Cs3d#W8r'#ikq)#xkhI(uAX:%5/N]$2LYn-:mpi#hsaD(/lqP#V)[j#fT@;.)2,F2%dAx%;tFJ#)-Jw#z//Z$50Eq$C~Zc$*~yp#W|0S%M{Q%$2es'&6VhW#e~g/#)O3,&8~7G%i`Nd#jXBH#y89{#o|q(+c=p_2$L'H%utj2#)-3{*B6Q'#*Unz%)LN)&-x{P%N'Q3#)=JA#*UaV$Ob82##DG_$@@pX0@e`q#_:)C#*,6q$YFyC#*M^y*K`N[#2,=W1WK_8$n1}e$l3{g#]E+/*Ri+A%z-B[#)=M:#VK&W*[`+#'(KK>#)_oB%_@x$&A3K9$N(Rh#W9pX'TQtw#)=O'(y]H)$k=2z)=;f#&/,6'#R&Xs#b7#^#x1+-#Vd<~#pZd<#*-`F$fS5S#+#2j#lN>y#)5QD$o16D#UC~r#RF{($s.s&#]D}6.e0|K$42Ek#`Z@y0(J/g&K1P@#d$jJ1k@p($[<'Y%^Az@$8p,'.u{Z%#^u^^+0WRK#^vSh#V|dn$yqlg#Z5r@%Mk5E#|op^#}UTa13_pT/|CK/%wri]0/[Jx#[wSA#|op[#dx+<#hkXZ#|gl3#Xb^y2Mmv$*`9f*#dgK%//L:H$1fta#jj4f$,cle#X/gx%~ktl#U:r=#eM7_':Ac'#[-%H#)=EE%x/#4'FF`f$k%'k#hskm-,YLd'37MC#x)G*$+[hf#b8P7#)x*P%UZZk#^*j6#{hnr#.IZ0$1M`F(`nD4*w;3f$Gcn`#*w6B'1Jd&*foW^0~Py7#)_g&#ZO5k'EGg&)tiO[#*<e7-ZMbq#TnIo-I,7x#)x(n&yy/*#U]4u#V:C=#[,gZ)E$n`/Ofu+#WJ$;#],5'.0TJ{1mh0J#)_l)#)%~l#ngDu#)%.X#VlHV#*w(P,STwu#(y&K$+2BD%'NPP#dgPE#*^f{%lL6&#)o}%$o(vg0u>oR%{MHo#j@gm#j@.+29hVT#)x,4/I]%V%-How'RSNp%obSs,kE~,#},/{(Y|X($49Y&#)%0}/{]Db*Jq.>&0~1h%:}N:'SIrY#g[Pb#_S_D(Vo68$@Gt|(Iu-N#d$gE#R=xT$$JLL#ZpN1&oH2=*O|<^)tXAW#V|_g#)%4h./^VE#{`^U0^%9+$}#X*#UuV1#fmX9($$vb#)-;~#W8r2#lNP%#^}ef#bzP'#^uV6#_S1d#b6y{$qPA)$SL~W#)x+a$&P_3&)u%Q$m~^W#`cKO#*_3a#yzyv#)=K(#(huB&9KhN#`0r+#*Mb(&6Ve9#x1kg%{#vZ#abQ;(d7pU#Z-o$$KU%&&t:O_#2,;}'@nL|#bH9U$.'/m#p{nw#eM46$r'9J&3jx#-nR%v#*^o6)7LDV$41H{%;B``#)%8O#g[P##fmbu-I<bu'sC0)#R@%-$)_`B-Zv:>#c`I(#a8{%2)G`C*tpZM$/Wk2$RwNJ#d4wh#*EW##e^BX-_'HV$'yhr$lvg&#},0g#iki~$Wb6N,3d`+$muel'/v%u'N%Tg,,sp:%SUCB+_R{D#VlCF#*M^>#b6~5,S;Tu)7)Hv&g&}Q#d5+m#dV9V#^ub:#RpJ8,t;yZ#ijj,#UmIK$HAAA#`J;n$4cu]$4cx/#a7tu#*$3N#bqS,#YX1y$KU$L'n7c[#pZU*#VS,S$v}HV%+16a,j`M(#ZG0a#ou1{#[N)[#XI*p#UD5%#(q,K$&PTa#)gtv#VK$T#~3Ls#*4>k%/N_0#ZhY{#Rxi6+}+n~-ulM{$.YN$#Vd@=#*<H$'(22@#/apT%+s|N#ZG++#SoYq)zs`}#b(7e$58Ho$mf$a#0>MK#U;)>#ZpN$#*<Jy#R&,q%i>#]#/7IW#S=`&0%fML,ZN:'%~sms+{%hq#)=Z9*Ra8q#+#1j%`rp,#W8r5&&%'S#*w&;#*nz7#ZG/A$#L=#*Ra)f#^LU9#[-=&%Q4vU0zm#r$4c}3$mefN$P>iO(qD4B#}MX0&/g(~$2LYi&Tc4$#YH(&#*^sw#a'gq$;u=h-8EKy#W|LU).lnn#R=uO%G.sA#VK/H3;D;&#hB+o%#RY)%J;][#abwG#r@5w#WZ1l,_tG[#)-9I#(q#p#)>vl#r@E~%u2&z#)%2_#X@zG$u;/R-Gp|W$SvUz'3'+W#},61$41@k%SucT%%'38$4:K|'Z|KU3.k*q$Cf,u%(^fq$<2(A%DJjt$>Y4Q$Jx/E%yprf#UmC:#U2iy$[g-/#b&vH#aQ4;$9o)g-4ILm.1SG2+u+i-$VZ7M1h}C_$^[a=$'x~=$f:Hm%%'Ji#WAz7+L;Qi#^u_g(p~gj%ZE*i1aJb:(#xsb#VB|T$D}Bx$f9~n#w;dF#%JOz#T#]>'j:{2#RxRD*4;Ib#cpa*#zr:`$Ut[_&agCq#*ES8",
"$7O{|$*u~1'})(h#g|g5#*OJl$*#:s$[;q6#ZPwf+X@ue$<}#T#VS)q#p{n~#abMq%'ox|1AIJ9$%INS'LJP|#U3gv#a/v$#X/j/$:E%C2&8{a*P(Bl$j>'m.[Bc1)[Hip(L6dM#x))V%x@m|&30BC.w&a($.Phm#i7|w#ci/m#ufbp+MT8t$q8J##g*MO+;DYy$[;x-%ix^y$2m~#/W,A8(.DG%$k=fd#*Ex-#xciX)c(<-$Hi7B#a'f=$ZV2`144&{#th>P+mU26#U;*G#WZUR#b6{B'Wgqj#RxQc$KUNB$.Xkl#S=[e$6':H$So~:.m(Z4+p{^[(R0U%/[J,~$&PTV#_dHO-;))3*WRw=$#uE>(~Gis)B'n{+5Rdm0p^4Z+HIQ_#a0|6$k=>e$(h44#~mwH)KG`P#`:gT$/`ol0<-%a'-_g024]LF#Uegy*/zv=$Os'J&p`fZ/4`oh&,a}B#U]:Q%n[Vp*w2w|#_K7Y#*EXF%XXgZ$$kp<$$)43$Q-a9$6b]K#R5jG(#6*v%r,}^(1IYq/0*:f+~D~T#c>&&&`><v0&EWF%Q4tZ#k>/Q1RzUp#RF|N+D+5q$d^l;#|XCZ#S<rZ#g[GM#[wY+-^({h$:;Y22`);^%M(a$$Fc,6$)^s*.L8In/(]EB#)_ma#[N02#)_u#${=Sb%4(EG#)FVM#x)8]$0x-k.92,(&7g3J$hA+W$O/^&0>3'7$NsD3#WK.%$3Kj)$k53838xdu3M[]Y#SoI/'eZJF&ah:W$2LYj$l3zO'Z9sK0;64}):Ok-'9|TN$>Hi#%|]]q#{hjJ.p%Y+#0GW%#w:0R$41Jn#fTKb/.g:7#RxW/,{oZF'G<W=$A=[^%=j))+uM2I/^Ww>1]%=B-z,v30g,J0$41@o#+DPI$#:>p#p{vh#(pwB+`ZLj#|-49)-D<6#R>bq%H-S=#*,3n/0dPP$58V~(>U7*#XjH(#xkfA#ewg)%PFsk,D})k(-o+;#X/dy$3d}Z#Vlh=#bP4E#W0lx$Y%]T#*U^c$O/l.$N(O{'yvnZ#WsQR#/Xg3#Z-jM#b&|(#`cEr#fTAd&lm(W#*Mf;,%(-+(Gv9A+Z%ej#RGF`#n*yD%nsw&#ijZt$yqo`#RxmH&cL/c#jH6{#zJ3U(cZn'#XrY;(]XHq#)p'{%AV(:#)owN$cVFU$c4x/,w0mv$A5Ul#V)b@.YLoi0Rl;e#WKsX#*$Lb%}SxG*L$A8'>4Ok#VK-I(,w{G#d$iX#*N4G#b&oM%`qM{#VJ}O#xBBL'{dWD#U<08)Eou(/ceku(I)EZ+++xn%5@S)#*UjD&DkEU*4=1`#*,<r,%A-p$^lM$#_K/|$'q%n%V/}[$+lv$+F1Ay$'iXF#WJ5e.;A<t,&Hnd-fcNt#Tvgw#W1g2&8~4>%NY'T$D}Io&DC&P1:Gan)j(qQ$oslP%]1je#cy[R$1fwM$sgk*(^-^p#Un%q#r/'{#R>)%(c(`{(EVp}'%_V)/UX%])3_aD%:}9i&QLz`$*E8Z%t+'Q$`Jfp'^&]C'P3T+$jG2)#jH84'y<+B#)F]'#UmSQ#V9~X$#Kw_.K1=P#WZ4b#SG4{1yBr<.I;ED#UmI}'%57l$oBJ-$$K+*'LkSh#)ON)%V90G$*~,U$kF-+3-c@W$,cl`%.i#5#aj{J$:;X*#a0<V(ni)u#R5jo#e#g13+*q=)kJU^$B4a9#RFzn(h^B2$gJ9A+P7Zi#U2j70@2)}$G'H6#abN6$=Qyn#*^g$(MxE}'FFic#as&m&6%TN$`rR;($-y+$~tu+'t{k7#*fti/){pp#u4+:#)x(f#U:o~#c=|}$.Xn'#*UdZ#`J4x)O]):,lnIa%~smT#_S9}21xg/#z/+-$:;Y#(;y5##y9Y*#YX1i%TS')$XX-e(UF}G*U+XY#*ERY0/)qu#fnn'#R=|d&});J(*qsY#ijX[#nLAr%`>x#%x@0Y#YG}T$ObO:#},AL&0~-c$@&qL$u;1Z#Sp&h$(%MW'WV$]#_1y),z.q8%57S|#)_it#UCzd$ocU0#VdI|#WsKB&>`E|'sC+[(R0U/$j>Of#|${s$j.2,$RwJL$BgR`2N*Cc#VLO4#UD,]#hsaE$+*7e#/Xg+#V9p+#pkah#UmQ-/}bAT#w:9]#R=vo2:wuq&8]y-#U:p#2Tfy~$&Q$:$US%o#g)oE#Z-gk2LUds#v^AM#2<Ns*3MTx#vLFy$qXK0#Rh@0#isY[#]+k5#j6|g$j>'k#fT9A#|_^1#cr0I#^umk#R&'a%{vnF#w:9,#S='J&ZmM%#p|9V#d%+F#dV>v#jHv}$9o/D#R%j(%Uc;_$0=Pr&J]{j'@LpB)7sw$#[wXI$0%/Y#TU.k#U*c*#*$45$MJvk$KTz(1s7dH$;u1z$u^.C(/lv/$Wb:_#S=D,#RG((#)5<$-3B6`,VA}c(.Doq#x1(8*)ijq$$T.4*fM*5&.VzB'xVL-#*EVI#S$S{%58T*#)x&O#xkmB'ctS+#W{SP$`I3~$2]o]#g[_Z*L<ZN#W{]H#]M/~$&//x%Hx@f#)x&Q%Bf,a$OzJL#_1tv$6/F*%$['*#8&<M*ff:a#_dHS)COpU#)-:B#]M/:%9v-u#SFMm&qX*`#R.$p$3Ku=,Nk4T$IW4B#(y(l,iqJU'=p/i'W4z3#^uZ+&%OIo#T#St#nmdx$Pa7~('m'H*3MNr#15Fl(^%_L&llx'#YP)e#YH@1#)GGS'bL*4%$(-J*ikZ11;_R6#*w</#ijpq${VS%'TQhp#XrR,#%l=1#YqKD,k,^##aQSi#xJDk#{&&g#|FFk$ir3.%0%=.#f~#3&s*s)#mviE&cL}&#S=dL'OoWj#_S;6&1KVF#x96_0SP_^#d51;%8<R)$^S7Z$El1D&NOx'#UCxA)P1Nq#^}aE&)KS=+BFP($EBqD#pkZq#aQ49#]M]8$TT+##k>6l#o|nq#W0gs,p/`:'W,gS#U:r2.J[jv#*EPE#ufZZ#d$ib#fL3$,STtw#abbH#v]X23JVUg$qXK^$jhR##RO,z.nZAJ$.Ys=#*Uhf'2QZR&q&ZI0(0pb#)>1<(%wF(&{#2Z$'&0W${wx4#ZG&X#V|VP#WA{)#*M_<#X/mU%&`d7#hlEB$~tx~${=7L$RNc[$2Tns#SE~k(Q9a<%5z1a#)-97%<k7>,|U;7(^=o`&||rT(^=s1%UZ73$a&`Y$.ix^#+#1,$4Je$#}Ebg#b&gT#p{tl#.AP[#X/w%#*<EC#mvfx&/g>D-E{.Z'a+i5-g0:+$bhLu#)VdK*O])a$rph~/KITJ#c-yc#T$18#a/q_#)&=~(Sr@{#WJ&X#R5h1$6(_>#nL@=#S<yY1@{wx#*w1P#`J1i$6a}i$.P_Z$_{Z1#)_v1#*ESJ#TnF.$=u)8#R=um#`sX=#XQ,Y#abJ;'z;1[#pB3]#pJ;}#)=k,$|%h+$C^#J$9Mg8#^*ps3FRLl#*,6d$/WhA#Z5os#ibMW'#XPt#hsie$4;#*$l3xr#)=ew#WC8g$'`c.&Tc;/'o5{J$&7;3$JEl|(:HZs/-oo1*atNs#}$&B$d^=m#feM_&5WgT$6Pn^(-$UJ3,9vc#UmF3$<Z|.#lh0Q&qVDG#`cJ>#)FMW$(Oq.#{pkZ#)F`v$O/mR(TH3`#VC.u-oQ.n#)x#^+s%^e$SL~T(se70+]#Js%[2gg$+2MB#U*b0#R%[R#aQ4O#)-;`$*;Ko)'RNH#v]fQ#b7.e$[<GN#Z5lz#YiC<#*VEW*ngt-#*$9m#)_g*#WsSq#V}tB#*EYd##TX9&+{4A#VK(S$YX_*#[,|}#+#<A#ouCy#e#dV1KW^.&)*f7#[_9l)]h:t-B~Xf$.Xwx#|=;G+x9<{'Cb{e.~zY5$(gpu$[~}<#`cRF1rs@A#XrPO$o)%i$ERx)#rqfV%HFt#%:Ce,#vD;L*qu&..FOVY$O0{|#dV>H&m8xk#S=,<#S=4.#fmdF#|Ver)o4]P#)g{Y#]E$6#)_ux%$jmI'UXp%#)x5|#~;CN$l3}B#`ZOo#S,j,",
"#^um53+Lkm#RG:x&VyxC%V7jr%i`EC$*#.P#)p;0#*E]S#},*k$W8)p#ufe=$NJ|U#`sXS#*<E<#(y81$XX0i#S,bk#S,fY'>M`C#^L2k$]uR4#a8*S*4ehk#V:>X#kODk'Y2fS#S$[:$`'nB$6z=4#)p%|%u*)a+'.}-#`J=/#mUBL#*U^g#a7ty#*$59#*$C/#1-<2#R>_7#Yj/P#Ue=*3Yqgp#xJwE#)=H8(op:)'z;.A#WsN3#ryl(%$YZp12`M>#*Ucq$Obol$4d2H#Yj#t1_+`t#eva4#^mN#$RO#m#xskq$'i35#*,O`%piWU$*]h3#xccC#hmHa&VX1g-s;oH$N(YC$)^gv#ZhF$#w:Rj#VdH:&-PLG#)-Bp&8_nE#VC_($<t1x#g|g2#ajnE#qs(^%VHzP$p8$g#ps{H-_'FB#g9|z#`sX0'IDDJ'/#(]#YySH*5}$[#]#aV#+$B=#UmI>.d[)J%p'::/sdK4%Or)52[i_q/qnDj#}MXr${grn$G0sN$OHt^#arX;&kn3;%Mk8q#Z6%7,6a]J%-amk#c%ie#ZO.T)zs`T/H;P|#*4>m$)^hK'xNAY$QpB7+@HS=#lg]o#)%5</6vis$k$mh$.'4c$4|47#VdE](5EmN'B*Eb#)_l6,7q3^$&PQi'Y2ap#WsW_#)p$<(`N`$#*Md&%oIw^#cpS/,+l`1#U*b@&Tc5-#S,bo#*M^5.#rkV%I_(X,/h`N#R%Xj#V|^;0-;~f#VS0r(FV'p$A@U</{|[A#(y(^(2@IR&:t0|/&,5q$%(*m$tvgt#U+RB#a'g_$o1f1$ft]+#SFBd#)x&D$*~.a#WAz8-MAW@,;CFi*RWx7#*M^{#a9%C&g&gi%Q6)P#~;8M$2L]c&W-^#&'w8T+g)aj%/%0L*|X.R$,coO$jhP`#YqU]#ZH)[&f{fm#)_m]#|=>%1W:LY$NAnl)ovaj#.IUs#~oaf-gjm$$:;Y)$k=<M#XjQ%#YySP)bk@~#a7tr#U:r60AJGr#)5DT%J;f*#W{]#*[`,5*0Xh;+fT&t#hZEF#*^o-#YyZ)(Y]>|#*g@q,z5wx10A.O#Vd[n$4cuY#*$2)#Zq#4#_KFk-Wi1/#)-9)#(p~q#ibMJ&yOPl#YiH/#S<rI#UeI*$o(vv)%+;L#`l5a#W8p%#TU1=14n[i#*E[z%>XYH#)_mi'SZ5s#s.&|$JEj.#RO&Z&p`I@#X/jM#vevb#YyVD#_K)A#S,_m#y837$3LG~#)gz5%0N0+#z75F#Z-j|###&.#)=Mf$7qx1#ou_p0Di4e#hsds$_JG-#as2Q'o`|;$42Q<%Io2V#xsr.#ZOT)#wtkp#)Vd`#S,dq#vedi3GA@U%4j}W$k5%O&5GVs$:Tt2#V|cF*rrTy$0%=~%^coD0wNY(&C9V]$n2$w#a7|Z$c_AQ#w[W5$fK29#(y<#*Z>f/%'oxC#bXJm#U]:^#V)d5#k>+k#U:vf#)5^.$aaE^(,wsN#UmP-%h788$$*&L#i8Az%&>XK)SGu2*-[et#WBne'0[au$i@s)&ozxD#g;7W#V9r^#arZT):W^W#SV2V#+#0^%57n=#)_o`%0<H#%paJX()0WB#`J,+#SpI[%Q5:_)1')L$^[J7#b&r.#XjJ5(&mi7&&%A+#`Z>{&4zL;&gXJo#a06j#^}fL#]E<R#i8&&.`.05&bM()([Q$Y#*M`:'^z.&-I,@%$C^#N#(hvA#)G.7%5iye*v3s)#*fv+$jhSQ->69u$,1@&$d^=X+m+dW$9>^n#Z-ga)3`D#&HN6H,fS%e$@'qq$#K^%#U]4w&f/mc#T+ao#)Viy$TuJB$5t|N#)aXE$m}ty%0,:<#d4{B#*U^f$DSyV#|${u.3{Q)#k>32',&-5#WZ4n#(y-4+d<j8#u#vy%JDf(#(pwR(O;`B/12aM$-08##*wSm#e#iL#UmF*'n7$',#K5x#f*o;+V+(w$=sTX#^][z$1ft^#{`_n$YH)6#W9N+#y80F.iFWN#xc`@#j@o5#T+b4$Cf;*$/Wbd#hktL$Y%`9#jH6U'uQRF#hZJY&<'Hu$B4x,$:^Q6$+~G(#V}qh#^uS6$6{d9*<~V+#p{~&#*,<L#[,gT#SpQ-*C`<t#^mP/#WB#>#qQF}1V;Y2#W:jj$YG$h#psm/#|%Si#WRm-&6-=C#_S1[#arXY#ab[6(]73r#^MG;#R-kh$rOC,#W|YV$o1_9$@&@E2kGsu$R,^I#i9B`$>'E6'5FOw#hs^q#RxPn#SoH<#eE,($5s,/$o[yd#]M,L#vLJ$3]DX0#*ER>#zHFb#WI}`$[#f)*plIW)KG`B,|nU30fh(O)7+0Y)_M%9#R5g{#Z5oq$QGo5#R-bI#(y+g#TvPJ$PyR.#R/HD#pB0k#R>xT#*nz:#xJFd$Md3L#w;3@-Fj%W)4F1~'[R010C@@4#}F&q#*U^d#WsN;%,Ya_&usb_$A-KB#c`G|$t#p%#R.&S*]V,`#},'}%=PsL#15F_+<e:d*G)FK,t<#g#vDPg#W0mh%ns`w%*CVc*I{0A-%A8t#r/JS%=0>E#fmUu)<UcF#*EV:-fB)##)x.F#)-BS#*EPG#)5<8#pB;I&Kt<q%]1kF#k>/5$emT*#*<ZM#XjC8#UeO.'I2QO#)x(R#`cQY$QW*R#W8s6-p78;&VyOH#)5Hy#^}bQ%(o.|#mUGK#)FPL)>:Il0dj(Y&->Jw(Vg:q1-;*u(=wc($ybM~#+#0y#R>=f$f:&@$,S70)539y#%RWw#XjHN#w[`r+.zu;#)_oK&QUc8*F}1c#_32+#15Fc#Yqm0-kDvG$Xi>8):O`;$vtsv&2t$D%1~5z#0>MU#)o~{$v*(5*;fzu#YX6c#mvi<0d'Gg(a]j+$.izk#RG~i*3Uuo0@|~m#a8#+#Rxl`0*aF|#]#oz#)=T:%}#O%2Fdc/#/apV#*fwc2wT<[#dgM_#+#M^#YP,J,jN~)#_K,;#^MzX#YX;p.vjHY#*$<$$(x+6$Uu*D#)OMT1I(*u#p9+j#y83=,T}Ei,IOub$q@/L$0x'D%$rw:/in4X%DCS<%*Kn=$r`N<#U2j-#_:5)#_1lj&=y4x#lN</#)-8n#*,Bn#ibQ4#UC{n#V9s_(y,&K#)FMN#pl@X*_n0;#X/do#(htr$;}:%#*EgI#[_iq#bqV*&>g}W#_9u*+//([&2kwr&7Ul;#arV&+a@n&$V{Ts-3BVL#dV9]%R_h+$u]Uw%-HSL#_1sc#|FFa%GP4j#[N,=#_:(d0eX,}&](ZN#W8p$#R-h.$RoB/%$A]E-:2.D33N6b#)p.&#)`51'p4tY#*<H42C=<s-q.'s$.H^K#)5B&#b&gU#a9tk3V)2X']@v-#*w)'#cpS)#jiRo#.IUu,&@H(#t>%S*I@X<%NQML&nr_g(9s)x$RM|T/%%Ao%^(aP#UmL{$Ih7i$&z$7#Wser*:qs2)44;@(oouS#aIHS#lgxS#mw)2%$Ia{$#:E[-W>vy'WoWi#(y5L-4k*/,6iom#RO)_(Y|GD/WEYI$@>Xi#Z`;y0pvAR#|%.Y#d5*~#WA~M%o88$%^B)f$7PTQ#*,=_$Cn3w#+#.S01C/Q#XrQs/N5H^#g]7l#g[L:#xki4*/)hL#eva5$(x$d#s.#.+D3Hx#hZtf32#jq$0>Zi4O'$U%nkWu)As+;#VK4Z#y83<#|oyk'.<L%#R%Sg05,_($&Pbb$4dXw#]-WE(tze`$(NZ~#u4G$&u|/{%ST,,#y0-8%I_*9%$AJ#)6lt1#VKIx#*<E8#n}l:$$|H1#R=zb$muec#`sV'#$2=|'GElq)}xc[%kndD%&`cz#)Fcn#VB|&$en/##^u]S&qa$$#Sohf#UmHZ*|-t}+/id+#bPyb%4(TY#*o9=(rK;&#*$Wj1E<9m$&/@03=B240:zDG#R%]&#c`HZ%#kj^'Jd%9.p=k7#[w_')wEqK$cW^8#vEH:3=k^L#x*j;(i2rm#V9{})H1I9#YqN5'C{:B#)_x3#Ys;X#`Z@n#So~9",
"$59$7&#jc4#R=y]$2Tk'#RxQn%vB>s#)-<3&vQC+#}M|w'.<Fq0U=M/,uTLj#e^L5#Ue:(%i`E=&fbaz#eM6z%GX$M#VBuC#wd`q$6Za_,^d-s#`cBu#YX8O#c=|{#XrPI'*rsw&i,kF%(o.(#)Vah$8N}R%z.HT$N0eZ#^+b-$`'mS0%vo+#Tvy;)V~FG)O]27#vLAy+rP/y&q,u;#Vd:3#U:zr.DIOu#p9+|#(hye&oybi%=j/d'mI+c$6QA]$&HO4$<B_j/Uy5I&hO01#bs/l#VBzD&WO+Y#qQB-+dV$4$1fv.#n]JT#]M;B)Mo`n#]D}K#)=R))=-=k#s.(A%F'KB$&0Tr$Hi.J$0-<k#X/mh%>a*M#ZpPB#TU5:4~R}_#ajOw#UD7G%'ooK#abRQ$P6fL%VH}4#n]JH$H/.P(]GwT$L*S'#v]Wp%@5QJ#V|^7#}EFe.12YS#)VmH#g:#k$El8Q#*%[]$NC,Q#yJMC#)Nfh$zprX.%y%)#S<uV#*fo:#*4>|$50Jj'xN@c$IV|q#0>MM4P>:*#)ow<#bH8x026~Q#ijWf-tDfk')JL>#)x#W#U:m/12q6Y-EIR;#cxkZ(iuUJ#lhM8#ZO)M#TnHN#mUHy#*^ux#)x*}#}EFV#W:[J#ewY4#S<up#)%:##ikPF#p9*T&gaC`%O.[/(-$14'9|Za'/#(R#(pz6$ol().,zG_%48KL(Sj<J#R%b2##]a1&q=,q%lDKZ#*w2L#)x*a$4)QM.Z*Nj%/p^%'WV7+$t#u($#KV]#]%#4%%alB.Rd{1#)V^r#Spp:&o7CN#yrs'$q'^a$>b$R#R>&@/q==3#_K,8&N&M~2Q/5v&f0Yx#[-RX$|$Ya#WJ'e#)-6g-<jl@%GWy.(>L[x#V9r*#RxRy$n2,9#_S1O#WR/4#UDJG$)^qx(7})y(nG>v#i8)X#s..V$FB8n&DsBj#^L.r$>Xwu#VS.m#c-oU#d%%Y#b(-$&Ebr-#*w;t#)V^f%&>U.#UmmC#U:v(#a7wr#YyVB%x.~z%.@&y#R%]-#Ue<t#_L1H#Uu[K$:^6{#^mUp#YqW>(r:G)##fDp-CCVV'R9e$(g$WJ#ZG&A'}'}3#d,oS#^uYJ%,0Co#R=rX#V)nC$xb`,#(yR%$:v_4#v#fo$6Q#C$=s6F#|$~q#VdK&$*;Mj${p'h$:Ebv/O$/a#)=P$#qQE-+riHP+glNf#_9{U#X/k5)*Ol3#*UgE#^ma)#S<z/*{iU_#)_i{#)_pA%[]<o$&/5I#)-9E$3KcS%o8)d#TU3^#^+FN%6&8K#XrX.2sX&P$o*=~*TUx6$,Raa$6/]A#cpR}#*fzU$yib3#VKRS#m4{5&bMJf#U]7:$)^ea#*^l)#_S1P#*M[H)>:U5#|onR$1ftY#(p}M#WB0@&|CNy$&PW8#Yy]7$TuJ@#g*h>*|Xm2%Q55A#Ue@L*eoYC$+ls>$3uFC#rynp#SV/1#lNN0$/`}A#(y.G#[,gl&9:Oo#n*w9-EAIa#{hj%$2+=]#_K4%#VdVs#*w#U&Tsn)%Z#XY#)NZg#TvPo$OrD[&QT|V#c-r~#vN5L#Umz^*C_o@%7g{q&%ak{$*~7m$RofM'Cc*1#mUG3#)_nr#)Nf@$Hq9P#WB)-#W8r3#R-i3#(r$c#`kM}3&Y6{#[F'~#Y.kU)TxTm&)|{`#R>$2#Ue:>.zM,P$14CZ#*<M@#*U^`#YX1s&YnD5$9fzi#VdDD#%[J6#WA|s#)>FO#R>W8*,ecl*pv]4#tF;g#R=|R/`,Il%.>K>$'jn,#+]q4#XI-^'UX{b#SoIq$e]ca#[N8+#qj^N#*$0h#R@fa'><O^#bqX*#*EZi,~K1{#s.9++S,Js+:NN-#Ue:+4C}m`#)FS^#h0wD'.<>x#_S>X#{&%l/%,n3#R-[w$(xH0*w:}R'q,_8#T#`O2V},g&rUD+#VK$=%@5cF$+2=x#WJ*.&Ez9n&wXHm#SoIS#dgMc#SoHR#)X1s1qBo#4]29O1YR.)#|xM}(()$p#s.+m$'hzo#YqTs#UmF1%Uc7)#mvc}#(y-h$n2#J#WJ@7,s4mQ#)_ky(`nD^#R>8F#*M]m,2##/$&/K0%DBq8#qQX74OHpg*r/m2#S<tO#*,:b#qjbu$NAoi1E,*}%R^_B$RpaU#hZQ`#ZhLU#arX[$6XmT#g)re$D#;P#v]U)'PvvT#R%i;#)=XD$k>n&$flT:%AUs2%GGo&#)_oZ#ijaf+ra92,&s4c0gw8Z-#cL/$<1KP#ht<F#2,=]$BUu-$+2G7#R6(5%0N}.#V)bG#bH.:0%^['$0-E/#`91B$1Md6%N'Py#`9F}&XwM6$s5KS1=TGk#xl5P/s)[f#(y(h0Eh*m$fLeY#.Q^|#)640#ZH;w.)S>{0lr:y#*pda#S<zr$N0f;-f{N+%(U[4#`J1[4w0U*#)Vn2#b&oS-6OJ%$*F-.(,%120ssd1#k>Eu$F0P=#ijkz*&B3D0Kj(C$N(mc'n@#f3f*AZ$Wb9G$6z2$%DZvD%H.)K$*;Fn#)FPI#)_r##)Nec#sh^@#SEzK4J#uW#[wXX%'ov7$7q)q30-l`$ZV5Q%*EHu.I~0E'tZkN5<IDa$Jo9N&K9bY,p'^R({k_b#RFz]'Lj-+#)o|S**oeA%GGha'wXe;#U]:]%[3SW#YiC7$-07}(W~ZH#*EY%./UGs#lN>g#*nz1#tFB@'}'|~&6=I%$O7aK#S$fc(Wf2z#*fvB$*Lpr$TmQX#dw_'&4Xo$#g)lI#WsT*/I3dA$Wb:^$Y-pn#ZhQB#_;K''k:*o#$*-~)(YRd#W{VC#W18p#$23A&9l}z/,WD.#X/gw#)gr&%zGp8#W8m,#)Vaa%i>[7%E:nP({kY/#[F9x%9-%p20yaT,N8S{#YyVF,%t8W/T7Cw./E7p5G>.'$&PZ^#^*me/TP}1#]EB|1`[p2$0Vxv#WAuO$0-:h.t1jX$2m~)24;({%=i~^#dgV>#R%jz&o8LI#*<g65N702$&HUp#R&%T+Dv/b(}klN#*M]X#TvNO'`G6=#WBBv#[,nq$}##t*<w_2#*w2)#Xjlb#YP3i$&QTQ'sC0M$`Q3+#{pq8#)-ol$<t[).Ogw9#`0oc%$lqD*gmI'#WJ)g#)_lL(an[32fD^P$+[i##U:r9#U*]'#*<JE#)=H-#YySM#)`.y#x).F$)EjZ#SEzZ1F~%1#ZhOe2.B2y(w,w1#S-LU#~mnJ.Rdw^%4sIm'W5ww#yINy#^mK-#]MBP$El>>1xe7'+ugJK#XrP:##]a,%uu<c#)=E=$1fw^#)`7W#p{vW'99GO)LFbi#*$0x$2n$2#)=M;)crP+$#K[q#`9nW#)%7G+@q|U#[x@G#qk@O(TGnE$OHv]#)x2-#^n3M(+zz{+95Fk##eiZ#)-9G#hksV0CXW^$IW%+$;u3u3$lEl#b'}]#cpUr$6i}a#p{kz#]M/o4|w6X#u~vz$7q'/#t=5a#WA}@#*,9v(s(qc.Hw3:#U]940G4}V%**H@$prm.#s-|M)BHd)#*MkV#{>8]#U2k~#jyjM*E~1u#R=p.$7q.0#ryrt#e48F#{`ZR#RO*Q%5@[x$USy5-GO_F$9p}i#WI}b0n=cK'73`K/i^':#)x#`0%Vw63(-bZ&ttgo$jG4Q$TK|F#d=3K%tmeg-luRa#SF_o#`J/M%oIgC#U]FK'9cv%#)p-+,5(F7#)%3_(Q['X#*MUS#lNRM(#.+X$:;V}#{hf@(O^'k#mvuX#WRE/%iplc&UQ$)#V|_##R@C>$a81d%XxPr+Dv)1#0>M[$;[u=#lgWq'eI)=$-k4c+Z%Iq4*#U4,(=652*4uf.`-Ne#*$<q)`;gf#*^o]2HA>=#TvQ$#WC@*#R64f#hZOO$C~J-#)=N-'nimh$~ttm)r{]j#*UdF({cZ($3dul#R>#e$WrP,,-'yP#hB;U#(q)H$+}-g%gA79#)FPJ#[wXg#y0-R$Cn1_#p9*P$oB2t#*=<>#*E[C/:8A-5_H{]#tga=(Nw9X&XF)C",
"&*9E&#*MUW#Xk=E$|^[c#vLKj#*_^0#e3}f%2u#.(2IYk)MNMR.hpB@#b7Mw$O/^=&frVj-L|1h#W1CV-,A4V$*;q0%[]AN#U:}q#*FK3$`Y8U#a0N+$C~F_$u}uh$W7t6#S,b>&x%rg#|VW>,vdD($Xa8k#*fo8#WB:j$3CXX#_9ww)x}ih&`>^,%'NV8#UeCh$l3}<#)_v&$]u[G#U+(i#_S1N%Ec'M+:foz#neY{,&'l:#a'i:,DCKM#w:5X-.6,]#)=JH#_K)K#R-cm$3Sg_#XI&D,Wc-Q#nL>0#yQNp#W9Gq$+[eZ(5,/V'9|X*'99G[&-Oq-,b=h]#[,rw#cpra#(pwQ$0%SE+w2@m%Fz@r#`9M;2`|0~#dVFg5'VIg#{`ZQ,@Gm^#i8eG#lO=50M%=O&](ZQ#xB8_#}UQp'-GyN#r/'j#otmp#(y9m*;hFO#[N)O#Z5sb#)5FP$-jxY$<|@|#fTBy#V+(-#YP/W(8K1[#*MXI'A2MK&4iy@$4KZp#V9r,$0-Z%#*ftR'}8-B#SGMp'b;>h',GJ>)j8qk$P6iN#V)b>#)_w,#*<Sz%UZC&%Suw-%I_0m#},-@.CmUq'k9{A#o:._#)x)4(Rs;)*9I=U3lwSr#Z5xs#k>0s5Q<E&($olm#^L/14YXX<*w*|}',pxr$u4KD%I$Fq(PKqT)[yK=#[_Qq(0cgw+1gcx#)o~`#X/lR$[E%v#ijUn##eiH$+]+B#1-<1&+{y>#m4KK#xkf:)+5,%#Rxnx$(%-*#*<Os.H,8^$X6i.&Kt=}3wtdg%5'P0#p(y<%ulhg#)go9&-pvJ)u%k--bV+l(6myJ##uyg#^*ib#]E$//bL,')TV{d&5Wgc($oiY#a8.}%GW{W#UD&'#`8wt#d4yb#`luH#W0zp#)%+i&*9=W#`[]t#*$2*4&zIU#)_|-#e4&D#W9Ir#ZF}K#)%}4'm'g2.@MV}#YP.e$N0g$(8t'4#o#Ky+u~am#V9p6#_dHP$7Ob8#R5mz&%&)Y#*$;n%gA-82W;:m'D'Ff(V$Qi$@>[a'A*BW.M{-R#)%+^$R,__#a'iD#)owH$6j'v#T#Sf#yQLw#YiIP#)%2}#c`G{#)W]A0Vo77#hZW(#T$':#*g,*)CWkB#neX*2Q7<h&@o)S-Bmwl#+#2t$15sI2^~.-#^uSE$7Opr#*$1,*M3Ov#[,x7#]#|s$-0wH$z.)4#k>/E#v;SS$n2:u#z/H,'{[T1';z`~#v;8`#R-_z#SoIc*ewXZ&LIo,&&%.0#hB+e$u4)f#Vd<u+(xpF#TU4x2V*8Z'*rsx#V:-f#W0u2#|ox]1C`s6#n]J@#*M`R&usdd#eM7{(/lu1#+#K--O`sc(nO2`#Z-ge#R>l=&-y93)1ad0#*Uag*Bq$43oT[J#qj`W#^L,<#(i#:#^w(h$:v4F#*M_5##TX##eM6=#s.#-#R%Y@#(ydb*o:}L#VlHQ#*5{*#*nz)$.YVi%[2gj#~;;<#[wf$#wdp}#*Wfn/D'Ad#*EYb$SM%I$NsAC#i8#`#*V>b$emSv%6Oc3$qPD{#VB}~#XrQ,#R=p75Px|2%%'ev*w2wi#SoF;#zHOf%F'TH#VLx,#shoY$#L#j&p.ma#fn#x){A_0$n2Ux$|^oF1B73e'I~/t(`_MF.K+FU#b6wc#a'fD$yaVE#RFzo#*EV2$8p,4#*,:F$yr,3#W2&s29`SL#*UaU#*fwj#^}cV,(gXs#]M/52p9_7&lm*y(_='Y#*EnL%}SUm5Hwp7#],Dg)gM>'*`9eo$q8J5#g:'^#p{uA$u}vq$1ftx#dx@$$=0Up+.zt8#U:uN#WsN9#]M,9$j>*/$ocV8([b0f$KN,Q*^U0|#^u~@$(NQU#WsTb/>^jq#*^g(#U]M2*>9EQ%lDNf$'ihE#V)qN#WsRK$B4PW$^lIo#X@z3#R>Jv(['dr#b6wa#1VhX%'h[g$;[wQ/urMX#xJDg1v_.%#V9s+4bFUM#ir^g#S$]h.DjyV*@s#f(/l|R#(ydN(h+f]*Ij#J$_{Z=+@alD%<R@d#)x4|$kFcN&Fq1_#mxh+%_I$%#zHHe#d5)-#UmI=%xH;_#ouPf%lD/S.uAzX#T#b9$k=LB#W8uQ#R5k'$VZG@#*^sB$_ZAo';{(.#jH3m#)5]v#*w*<&vI5$#*`@o$fS^`#abE_)LF`M#V)cD#RO'K$YF~K$US,$.[~Ki#)=EA%9v-q%<kHF$1>hk/x_;0#[,{+#R&'B$ndz#*rs'$(G<jb#.IU_#S$c8#neX$#fVMm#{pnA$$ksq$&PTL#ZrT/$`'hR#*w,/$&PVf2-~ql#{`[|,kgQL$2n%&$kF6T*f3gY..__3+y[H&#`sX<#)-=4#}ML^$)`0u#)Vek$PX)5-7_gy#`k]Q)kI<>$Hi3K$P6k'$2]op,wKDD(:Xij#[FMI#*E{-$+[e]#VKx,#UuNQ&)~u{#d=0z#*<y4%[]7*#v]U/&9:N5(6+5y#[wSS#y833,G@`n#*w(u*@I`L*H0Dl#}Us{&;sKV&X-sd$@.K2#[,m9#UmF5#e~dG'h<|Y#*U^x$ocdP%*CK',&H]t%=XnE#S.c$)5;At%dD{l$C~O^'TQ*:#YG}C#nLRM$)ESu%M)Jv.P^nq-G.<K#XrN8'@wNh#YPMI#XrN<1uFrN#*,4#$[;|Q#Tvr)#hCIS#cze]$$)}7#R5h6#V9uS%J;]H#mvm6(Vo96#)gt]%FHk0#)%2Q#c-uM#*E]#$Y-cX$eeL>$[gmo#ZprM$osep$+[eY+rX9P#xkyl#*VGC._a2p$>/N.$F8^m$2LYo#bXN*#R%i6$ocX2#eM=Y#ev^})Si0a#VK&O#jXEF$XXS;#ikp}#`Z<L$+[h()xeM%#d4zY5bwIp$f:gn#abhP#*Ucy#_2eo$-0<y#|-MF#_1oe$Y%uh%'gp.)/RkD#*<J]#*ES_1QB=c%SmAT3>rfd#[F&S##TWx#vLKd(3&,~#)FWz$w2N&#W8zn$'y(x+7aj8#fm`i#U2i}+gn.w+3T^;$j>9a$#;a]$TuNI$NJql#[_Bb&1*6h#*^lP,4ZZ6.tSbt%7qr*3u^+}&~Ypt#Rxf~4]v$[$&HIP/lR)d&Iv=3#d$k,$#KYN#|wvV0GekQ$<u5+&#)@w&oygV#aQ1G$6a{f$&PZS#)-@p*sH'L#w[U))h]V.$^m|Y#)z=5$Fc+R)0s[-#U]6x#R%[_#2$3t#X/jo.t1gZ#eM63#a'fL*34U)+=)1a%Gav<#*<L;$@jUP#V:@d#R%a'$nSMA$>/K5#VE*-#x93L3L30H#g~/S#WJ+E&_P*U$<tpg#*Ud_#RO-q'{|pb$sgqD#{&%S-)TQU#pk`q''+)##yzy<4TKW+%x0DM#`J/k$xb]H+M+>/$@A94#RxS'$2n(z06TRP#*$1&#fU;M#SoMG$%INg$2n$7$0%GG%=j%[%7xWy#)G0y#W8m3&YU9.$Md6[+Cobp#^^n;'vH=}%CCq:%-0+W#qQXz$I5^A#WJB=#*w&B#S%;P#T#]'#)N_Q3:<gv$R%QX)2X>l,KDX-(.+8n*uwVd#b7%-#SExO$CTw~#S-D4#TnF3#g|i8#c.+['[RGS$a@R3#UC|-#U:sE)A[.`$s5,N$XPG3'uA485bUgT+;~,D&1S_Y#jI'/#g+I{#e^L##a'i9$4dxG#ZpN##`Jhh#[wX>$wJCt#TvSt%b<ws4n|Ru#U*_l)As1%#RxU<#otf_$hrVv'Cc,z#(i/f'z}ph0h;~I1di'u0Myn:1A0(7#*$2/4:D7>#RFzq$;w-z%W6gw#R5nW&x@Tb#XrRO#fmc('TPuV%=/K#$B4SH$q@,g#mUE).E7Ny#W0e*.EX`^#X/k/#(y32#(hw:'F5W_#U^/s#bH,3#ZO/S#UmUN%$Z~6#[OK)(A)ZH4%j>/#U]h)(x<^p#V|X`%ZfL:10YO6#`cNY3J%uk#ab_J2RO`H#W0j+#_S4Q$p((C/:b^@-tD$3,|v`k$%(-)#)5Cg'klRa##eiV$#:@t",
"#R6cN'b;<n#*6;4$d_44#*EiL#-JVO1MEIj%.OX;#)N[a#_K1B#(p|[$H7Zf'Z9kw#X/iz)k'_,#v^$V$,cn9#R@$f'(28x#],'U#c.&e*#49F#^uX_#]E$(0Eoow#S$j@5$j;H$ev8.$#:;5$a8^K%3Jtk#fTs~#_1oh#(p}=#}ELc(cB(%#WsT{$=0MV#hkUn#^*y|$;mb^$Tu``#chMc#*fx,$14Cc(/CRa#U*~q$WrU1#[w^:#*,9C#X@~Q#*fo,%k^sF#(qN0#VlHp$n2Bg#*$3;#)_xO'=.6+%.P+f$,1=$%e|dt2;vhW#^mSh#m42q#`8~9#S,h:(#6((#U]G2#ZO;=#bqV%#1FUg#hslF#V)lA#]E)g/z:~5)=DO`#eva<#RG00(nO4O)TW7d$[fD5#ugGZ#vDA=$Wb9C#SV.w#|hS#$e#)#$<tCU$$)-n$>Pw7.S)Ce#*,=8#YiF/+xZt)/op>X#)6;(2hRn&)i|ft3bi$;#RG90%'pox'2Qi[%#1@d#ijZ~(=N8-+<}rr+g[4A#R>F7#wfTd(8t(T,:TW:#)FnO#W0j(#TU/9$@.VE#]MOu#k>8y'ruh*0~xt##(q#T'k)jz3*US+#$:>N2`BX-0)R;F#yIoN#*Fje&a<w,#SExI%5iyq#bH.N#jiWy0E%#u#b7)I(lz^w)B7T*+p1()$)_FJ'Oo@q#g|i@$Wb9B$[#i{#[O;&$$kn+#lNM2#c`H'$nSGA,5(%I#RG*e(&+%'#Xkbk)'B7/#)%3g#VdI>$;d}O#TUMb-k;ya#(y)i#)z7Q#ijXN$lMZT.9[Xa5FHB%$`I+U#g|g'%Mk2=&lK6<**NG^%:Kc&#(pwA#d5_,#_9wl&1S];*{Xc$%$jg4#a8RB$(%z]#RxQO#)_o)#RxR(#k>(j#)_m{#lww(#0>MQ&2BWu#R-g3%4k/w%>a[N#bP43$4BZL#ZG$8#`J0y%FQ3a'}0)O#VL)f.%-z4#)o~F&7<NO#)-3v#T$Fe%Q6-=#U:r/#e%@P'uA/u#*ftw1uxU.)X1Z$#Z7&=$^[N@)ylY$6E/&U$cV^[#UmF<$#KX,%HNr}'Y2vg&*Z]h#Rxw$%Hz4~#UCuJ%8`{N&5Ow0&83O]#aQ1F#[F)|&:l%.#UmC;#Zq)=&hqLN#W8m6$#:ii#TU/[#)Vci#ZG1,(%W:X$$}0W,uUv[*w;G8#UuVC',6:g#hs^x#Xjlm,@AVm&WPAh#V|^b'@nea$6zI]#`[8z+_Js3+`[.n']{ww$N8fT#ptq-$qY$W#x)%[&iFf|#e#g/)CyCc&4HY-+++:~#nfoT#[-5A#TU0^#[F)Z%2}>G$KLtX#)%5u%{g;A#.AMS,VBh0(~aBd#)_if#)5D(#g|i=%kF-2#)5YV#)FxP*th|x&{eY9$k=eo+JNiF#~uxZ3}nC~#fT<2&]sTo#Vd:+2JXCZ&6-@X#U:r8$Et=N&ll{`%V7mj$2+=P#(q'-$$ch[#]#m$#e4)+%WqC8.e(P8#^~4:4'G$A2QPX6#*&8Y#tF;d$7q0g)C`wK$JEm$#)NXT#)%.e#x1-w1typB.k*V+)AIdU#VBx.#WR/9#)6:'#V|XQ,2NV{#ijR|$'i)y,C+S|#(qh:#ZhbJ#a0*T#[F'G+R%B/#fmjg#mvfg#`[dF$(hce$VsMF*Ij9N#(q-H#R>5,#*nwL%$AR*#U]7Y#T#X])`$o+$@>[R,Y=~6#R6^M'tZo*$9g$B#[F5&-,A1`#{hjZ$O1R~#TnKs$h'oN#[,qI0)K%6%[D%7)4EIw#V|]u%DdsO'-_c{%<s2q'cuG=#ir`u#UD#Q#j@2:4/73/#S,f]&YD|:+RNm#$TmBA/9{qs#d5Ie#S-:4-;t#n&b~^k%sMHC)9rn}%&i^m#a'fU$PyGX$&/2z$XX-h.3bg:'0[c8-I`C;#R=sE#`8wx'F_y-)AYi2#mfXW#(p~:$m}m%0PE.e#YH/&#b&wi&hpQa%:[t('<&82%VQFa&Tc<]#v_Qj$9Mb9#`9p+6_`qv$2LYf#R-_k'n@,5(np^@#g)q_#*$0f$v~R+$`rOP#)x1>#d%%O,^9cJ$,t=`$:;h6$.X~J#W8v|#_S1a*G9K8#V)p'#*$=4%/>*a,lU+_%)LRC#*,3j.ttTL#S<rK,TLpd0Q1tW'k;l7.[B_P#by_4#s.%F$G'U=#)x[Q$-jxL$HPvP#)=Ns#bHR('91Ig#SEzJ0yV1Q#`J.@)tiPu#R5rn(+i>v%&hu:%%)G)#SExQ#i/wB6_WaE#XQ.o#[wS>#WJ,k#fT9L$.P]B#xkm5#)x)^#bX{W%#kkr/PDRi#j@(o#R=t0$1fwJ.CTJR#R=si'I:bt#hsm^5#0]I#S<su#Y.ju#SV)~#^*zQ#hsZ}#U*fj')Ley#)h#L%UZ8I#(y*=#w2D<$*LVk&&%H$#_dHh#zHAo$rq[w$+]zx(Lbg#%<s-u#WAz}&)tv3#T#Ys#YiS1#YX{q&6Ve6&/,<`,C,/G#d=;>$p83.#ZO)Q/*I@L#UCzZ#)V^m%W6jt#*fvO'g`lY#^L7+&2|*1#[N0s$MJtV$sh*d.`5R[#.APB-VXt|#X1$n#*<E9#qQ]4#YX=R'sdM@#dVAY&gP2D'83VS#)h0<$+}4R#1_pa3Xz*3+H8K;#)V|z**oe4(>ewS'iwd^$;w)-#*_',&2JT'*P(Bn&;Iz*#R>fU#lNCi#`lF%#)x6S#SEzv##]a7%57K0#_Sw>#^]Dy-L}Nj-v)m(#*wMl#U:r@##+J+#)%cO#*M[y#)aBo#V+OR#{hlX#shdB#)VmP#*M]75m9cR$#KXm)k/iV#SEz^(G;Vi,&XH3)z15o5U|]$#Rh:<$Os08#R=mP$>X|$$A=Xs(#y,6#Rx`w$w)1w$mTA)$H>j|$El5~.]k*i#RF{q.B*2a#RG:3#*fo/#*^im#_S1X$hrV{$0Vbd#(hvE#b&d`$E|Bh$4JY8$DSty$jhR$#b'&D#cx_-#[FvW)W^/B%m[g*#b7+K#RxRo$8%=&$1NMK#aQjf.uAvw#y{%q$Gb)+$*;Cw&CRqr#_S@q2HY[|$;e'.#Yjh$$2]oc)1X|F#bqUu#Xkm5#V)ao/3qj1#]#_K/-$g^/4.2$1zI}n#)VdO#(i90#i/yc$L+4'2p[A##(hz;)*&Ih${=el#dVH^#hB/B&$y~(#)x/1$#:]2$`'o&$0VgQ#VS)u#Z5ow$2+:[$qY%V)a|p,#zqpY#[F$6*c.`L#W8zo$H>fN&ZmHq#[F**#R>,Q$'x~B$SvQ.#*,Kl%%'IB$+l}N$+2B[2alm2#)FRc+HHZM$&P[*%FPp'#`*]O&6'2>+Fct{&5O`g#[Fgm#nmd(-pP,Y&LJkN#TvQC(6+;2#)-=7#*Er3/dkYz#*WZV#Xr_:&:|9D#`sU{#c%g9##~*P/cRrG']Y.c$3T:{&8L_7#SF#A*4mov&~j}o$mTCz5iNoZ0x3e`#W0yS//;,o)*hxs$6z4V$O89r%QwIv3=cRG%1~+L#h]7N%N7]C#[_E85y%x'$d^N&'1|.a$yib9*Ij*z$Hq=6$Hi.N#WJ$@(:Hle#*V1N$;vnz([YgI%m[Oy$PyV6#UmS7#[N.x#q8-Q$Bg)R#*ft6#TvPU$fK/y#xkfH$2e}~#yQkY#v^bf6mk$X#W9&x#Z6**#*N+E#TU.l*XsLM&rvr=170|Y#m^Oi#p|)k#YXTY&vQBv&^/fp$D~l0#lN9*#YI9.2D4.R2Qj-M#Z-jU#*^p''C{:f-5HG/$fK3y#)x*1%_(#l#_K/a%<s0H#)%gU#RpOe(^%]+#XrQ;'oq0o%_rQ&#c%iT%V9d)#VBxC,y>~B#xBI>&9K_Z6Fpr'$KU-+$<1MQ#p9)#$[EOX%50D=-.ph&#R>ae$`zgQ#pk`w'vH9(#xkho+.8.c#(ht}$Wb7i#UmF;#w2.z'11UW$Cn4C%'gy$%$ADq&30ZH$41Sy##T]Z$@WxT0j1X*#RGpQ/Y[ut-x&f<#g]13-Uk$}#S,_})a|U+,muWv$h'sK#)5Qc",
"%-Ha{,|+wP$'OT[$Et=K%CKht#XrN-)tH32#V)[k,^9X#$8p,3))PSY%z=y1#VS)]#R=mO#ac5u$JEn=#*ftF&3YgS%#Z[$#eM40&L{Bc#(qUe&WO#k#_9w}#T+ez%DB`X$HqAp*vUBT2+pR&#oK>&#_K)N#jj.p#jyd-#Vd@A',&*)$&HOY$B4kg)^Er@,[oo*#S,cs#Z-j2/@D>F#)p><-3ZeF(6+7+2zHwo%pyk<#[yY8#pJC>)da@P#7@hx$>j)Z(#phX$flkF#R%|)$$|$Y#*^uT#YX7<)VLp5#ZG/P%5j;5#)->K#S-7e%QN#N.AU:T#+#0a%$roW#p9-=*Ra+p$Kf0G'N`$s#`mz@+2MX@#bH)B%Ld/<#V|o6#*EbB*WJnA'D'Ct)_^Zm#jyin,K~8@#dV`E#*w)A&tC/J#)go8#VBu<3H0|=$r.oY$ocST#abH2#*MUQ%<{5u#2,=c#neUM#{`^I$JEls#XrNC$2+BG4eSpM#).p6'zm^@$UtQr%*KR_#d6H1/{Cz,+Z-cb$aaDR$Md<L*{iV&$6aud#ne{9#shcp&YEBI%;Rf7#a'i>#)FP87<%f''`gDh.,c'A#u4-A'PM*J%'=B4$t$DH%<s-d#d4tw)zRU&#*w){)jAtz$NAnI${=A%$&PbG'*QZF#XrTv&:lVM/6+|9$&/Jk#ijRm#eMr7#_:=R2Y/<4#p9*O#[_A_%.>S1)lXz2#*$3d%(oRD#TU2m%tufV#|-*o(C(J8+y7yR$(=Gx#S,f.&ZuP6(0ceX$Wb6J%nsaq#g[EI,Du#e#odwt$NsA;60;U)'~HD604$uB.0Lt%0CHEp*XQ{g#UD,q2E;Uv%Z#SR$4cxB#*MyG%GGk4#[_K;%Dd[Z#k>(|%%alz$Wb98/RRc]#},-p(~G;T#[wYn#*,E;#caF1#arUw,%rfg#abKQ3'yUc#*MXJ$n1~y#},/P&3jua#hB/F#XA8}#Rp`K'E6Wc..=-u$*v$N/3qd.#V9p#(UFog#hZRY%xi^7#[N)P#TvQ)#)-<b)X)Ro#]D}>#pJ;e%~)3+#`(m~#UuY1#e~n]$@&C4#)%+g#]Mnz#abIH#(ht+#S,lW#c.}F#Rq#k#v]iP%M0T:$*;D)%7p&'#xkcQ#lNEh1f`.<,6/76%lL3u+EeA+#d$g9#hsZz#psiJ4qOq`#_L/4#*o&G',rP%#R=z,#d<}%#`k_]0O;Jf$|UPk%0$5-$hIM=$>'GP$(OAK1:WP/#xkip#*<Od#+#8-#V)[v#a'gb'}8(F*bY,R%o9@E#Z=~,#1%3|$*~_<#`ZCN%nZT[#^LN-#ciw&#[wZ}/7]W$$+2My$>0]@$TwLt#tg{m#RpM:#TvTv(N4}*#abJ,&Dc4P2E]Vq#W97A#b6{+'W,aq&'v{n#XjPs'*YhE'n@&G%nB@'#R>:2-Ph1|&mZD6$P6gW#Xb<u'cK-q)*&.o#hsd;'0:N2$sga^#]<'8(`DwU'y<0r#(y)w#n;68'p$zc#R>u^/,hlt%S],i$n2/&#a/lk#a'fJ+Hz3(%-qz'$+2=j#*M^P'A:QP#jysN6B2d@#W0|P#b&dW$`QS<#y0OM$VkSl2O9]V$^)g,#RG%*)AYn$$H>p<$=Yz2&lKQf*Ij,|)%+#;)4fl7#n]MF2M;EG#YHkO#*,l'%i>-P%HI(W#VfH>$.Y)x5_1<F$PX)4*pCd_$=(Gm&{#*]'>O<a'E.]q$@>_M&XwN@#{`_k4]CQU#(y+7*;g.y5^Z*O&XoDL#h]DP#RFzL#YyYc$RwGQ'bmdc(#OI)#[_>p#U:p$#S$`q#WB,*#TU1^#2,=a%,Y^m.Pw93$:v2#2@I<d$r-x9#z/*y2|pCy$NL,E#hshq(4_jo#S,cL#`cBt'd0im#YX=(#*V'l#e3tc$1%vN#jH3r#RODW*V:`7&ZuNN$(&EB$QW'd#WR/B+=*63#g|d4$,RyQ#o)}<$C;e1#*fy]$2f%)#e3tx(cR7a#*ESI$8Ne54t~NT#neUE#*w,''r*rT#*fwk-=PZ;${=9T$O2#_#b&{3#jXgb$kGr1#cxgT#v]R1#WB)#$2n.b#fT>H$PX)&#UCz}%jV<4$&'8I#*wy1#RF|I1D`8r#^L8O#2,=_)>K`<0j[T3#eM9f$&PTM#S>9B#0>P=#ZpP@,k4fd#)=Jz(pU=2-}[8o'E.km#R%[F'Jdr)#p{l0#WAx)$El;I#o:-Y#S<mM#R>)a#otd)$m}mJ,[Lsh#e~rT$WjJh2(P:y)4fie#[wY=#pl#e2asG%#)N`7#*$I;([P|9#)gvF#}EDD$XP1>$yacw#R5yt(:jHT#*<H(#hs[##)%4I#YiE{$Q.-D$mTD2#UvfR+X@sc#TnHQ%;lfx)s'fs#Rh=0&f0lC'eAM}%_@z.$+#_P-/ocs#R%ZF$m}h0#XI._#|pe}'J)xP#bX<Z#d4zd28yjd+D;i)#`cj`.Ll:m#}MLX0P27]#)V^{4(oU4#rqfY#S<u^$gR72$2Vc-$O0cI)B7dK#jXI$#p|ae#hkWg%[:uB#VdO=#*,n~5PNL2#f#~.#noli#VK=16|)O=$'(0T#p[+(#c-oN#^uZY$+dsj#)=Lg$KnC|%ypw{,U9nn#R%]4#oti1#R6x2#)5>v&:1Eb#*<Lc._i4X#i8Mn#WJ<P5Sls|#S-9M#YH$G&T{Gg65%jc(rS;c#eM4&$,t%q#ajMv$6j'@/TXq16T0/]#]%G'#dx(n.WhXF%%'CM#ryrX#dwfI'dR.:#eM161%];13~uMC$%IP$&](WS$z.I5#W8v24vtnu#V)an#*EV0#Umn.$|^df#+#44#g^G[%{fo>&OpLK#r//X(*rbT#`cTi$j@&&&fbzT/>EAd&+{:%%1~>x#a7wn#U*a}#VdH(#*ES6$58Px,Bo:y#x)1=#RG0o#%ciM#)FRj,7GRZ#fL3,#X/vm#}Mdt$C~F[4Y_h%#(p~X#RADQ)c']9#1FUi$q7)Y$mmg|#)=MG$'`l[*3MX|#dw{w#XrN9,eCtN'g%dK#m^P{$FB@Q#RpV]#*fo)%TS`'#SpSu$,cnE$42X6(y]FA#lgX5&hp^c#hsi~#p(}01R'0G${=<~#a'iH%Axt0#*g]o#)x.1$1fwj6Wgld53R5_4M{wM/tc]$#RO($#`kP;#Z6'7#Zi$J-GO`1$6Q[3#ys)P#SV.t$N(j^%I_/4#1x+e'F.,/#Z`<<#_1t<'1cj+#+#j{4c$0w#ibV+#*FV~#R%S{#*w(`#ikLR#]ESQ#YX6~(@TKK#ZO1k#]%gZ$&7=l#]E'%6@U:i(}i^c#T+d|#2,=Z#U]4s%]C/=#[_C_(F$Bt,N(Ld#*Mcu24T=7$Wb7}#(i0C$NJ4I&e{gG(Sr>O#*$Z6#h0y^$P>iV#|-4b#e#n(%h&m[&bwR##ZO.i#z75Y(N<_0'%51*'Dr5u1+F-c#SEz]-bVB)#U+f3#*^o=#n~$B#YH'p#S,bC1X1[=#)Fl62e<Tn#p9(v-ZLk.$s@YT'oa/A$4)=1$*;GE0TGar)wE;i,pbUw'^qL{%sE{$$jG3V$;u1k$TK~u#Xr`~#RPN'$bW:Z#[wf=#ijU_#*F~o'eI<R#xkz&'DQ9c'1cg.#ZF}A+*NY]$Cf{U(4oy5$q@293za(n#Z-l)$m}nj#*<Kx#(yG:#_9}d$[nJ'#xkc`0)zif$,RaH*Aj%-'JZxs$WjE7#SG&e$c_EO#xmRB#k>cA#jXG=#}EX##x)%|#UCxG#)-9P$2Tgn*;%9%$%beq#$3BO#c.<W,&Y'a0LhpJ*>9eB%1eqo#)5Rf#dV>h,OXpM#aQ6G1f4^L#pk^L%,Zhx&-yGx#*Ufr$2eu]+#eP2+O9+s#*M^e$*Eg{#.Yhh1ct2h)5DdN$*LTN7Wfj4#.IZ91`C^j-pP&*($r.j#neZb&bM3s$$}vl#VK4R$HqlR$E|E3-Pg}n)^Er]'Jt9:#p(t7#g)sH#g|dF$Tm>N#`Kc5$PX*Q#+#0e#)N]X#|w|[)OCbK$PX)'$`QJM%V95:#*$2e",
"4;l]K'pwcu4,kNa%XFx1#*g0t$9N:e'(KW)&knz&#d$mx#W8yA&HN'G#R'N;#)FW,#pshw,c$LM#)x09#o*'~&R}NY#evjv#.AMZ2qk5D/h4tq#S<s.#W1xY#)_n}&'wA,#)-9h#*$4R&K1yH*ff@9(8JdB15~:$#j@J*#ZH~=#)FRp&-&b6'|9G(&[1gi#U:p'%[]4d,n:zp&9l|g$euW(#z79'#j@5r#c>#p-}lhi1lW~J0[sv<#xc`6#jiWv#_:)U$,1p[#g:eT##~#*&=y1|0XmV@#Ryx#2.(l)%_@ww#z/J(3@yvp%G>]^#ibMS#cx_.#*Fx=$59xM5h>QC#)=L9$_)[K#)hE-#abyv2#fBR7;iLb#U]7C#s.)R#x95D#tge`#S-TZ#YH&N$%bhf#(y*%#ZO.W#r/Hk(4%R'#)`'3#jkGW&||rY)zRF|(8t(X$:;ZF#}UWT#neRT#mvfh#)=S=#V|X_#|%(##U:wr'|skr*9hmU$QFy$$*EXz'W6Z4.@$=;+[g607P;,^)FUSk#S<si$n2[3#a7wa#*Me3%pc#Y$V{hZ$:D~P%M0f]#d%`+$s@;2$[nLF#dW&%#ZpT27[8F7#)`;j$/`q*#]#[b#[F*j#`J)L%VSLZ#dV<<#)p#~$(x.u#ZhPi%8w73$Y/M`#xB=m$oBA<#U;BS#*<H)#xJG8*Vm5x#[F$<$)_0},;CEo$&PQc*WR~1$TN%9'D'Bh#|opJ#U<01$*LT='tZt;#Z5r:#ZHY50aSp_$58ry/3Y,o#r@>F%^RQn+V1Yw$p1dY$F0Un#YiQJ%4k$Y/-=1N#VKVL710dk*tOF[#0WhL(:/A2#*$2p,0ws8#XI&g#VJ}a#V|Z<#cpeV#`kK02%lO-$@>_,#l5#H$.i{##p{no#[,is#lh6k$mm_m$Jo=%&YE%:&v0:r#U]7F#RF|E$NJ'm&)KL;.ece^#)p>0,`j=X.~Q5Y#VCmK#v%&x$6j&'#n^hD#X@z[#)Va[#kO>5#WJuP%NY+E#SE{C#*EY(#abh*#R=mC$G'K'#)WYV(SPxm$=Z4$#*<O0)Z7bw1o+fM$HOr#)n,d=$bXWZ$Xa;K%lLS3$p832#`ZAd#U]8;'W52I#(y.V#pB3Z#)z#Z#abH[#pJn.#ryss7^@ON,1f`W#chMa#feMf5QoJ:#vM.y#)=KA4D[sT#ZG;o#a8q]#dWr>#)->J#$*.*#|ghs*<~,b/T7XA25L`06b]f>#aR0g#WBoh$]}pE$;[wD$yqq1#Z6<[#*Uek'9|p;.$qZ;#XI&G$<2Ca%I_68/$`@l#zI:>2k&Ht#)-9w#SFBY$c_Ya&gP2=#_3UJ.*{f;&z$`1#WsN/-Vz8A#`(iw${=9D#|%M0#lgRo#z/2]#^mP'%+d>D%UZ^%)^i(Y$k=s_#[,kT$6z71#s.#/&ZmbK#T#_/5T:7M#^~,;#[x8c'mbBo*yB3k#S<p3#[_nM#zqr<%B#vl&#rnO5nmWg/]B+V$(%*N%ZDx8#[FL|#odf&$8O1/5s+U+%#kja$>Hdg#*MZe#xkhX$eeME$NJ-B#XjQi#mvd&3:~lQ#U:wg#)P+j#TU.p&hqkb#si,k4t^$*%e|ul*jb=V$NJ^P#`J)N$#LGc%FI%Z#`(oH#R5jM5wzRu#)=b9$ZN%L#a'gk#aI=G#TU4>)^Fp]#c=}-$o2L1&~s$s$5(:N#c-sa#UD:T#`J/@#*%4Y$ot$3#T+cH#)G8r#}MLP$@>nC#vM+l#`ki4$KLto(10;;#R=p9#R=rF#YX=)#_1qz#(GOl2f#<2,lMC{'r+Bd#*$3(#V9m/'3q|;$:;Z$#)5<(%&i}x#R>R)#`cEe$o1c>#*<O*44{gY%#kje$A=[e&1}5:#xki2'`Fi:#`0lg$.P]D#tgcW#pl<J#e3z02jzgU#b&jK6KSrB#T+c^6H,<>*5uAt%/N[3#XQ>'%(46s#W1HQ$41@u#z/08#v;_V%h.tA%:Kgc%s4wb#T#^H$ue`P1HBI}$iaIO#t=<l&O`+V$`I(8#RpXT$J_J&#[wV=#*ESz#)_l7#a'f>#`[0R#ac&B*8ahR#qI9''6MZ0#[wZ(#w21#6=q>p#WB))#R-ox)EMg3#V|lB4FZqm#[N8;5c~/X#arX1#W{^2$*Mg0#c.o0&smp~#)-BX$>j&s#)Vab#|VY8$|$Zr%PFte&]KAM(f>08)cIZ*#b&gH3^CTY#)gw[#(q'B#)=L01ti6Y#aI;h/yvW*#TvUH%%')u.g/x)$@&Nz$#KXA&Y;n##WJ'5*^EyF#d$qA./fa#$RwM+'FF`b5AUGO&-OX)&hx]##r/%b#ZODq#tF=w#)5QF%e|_2#e3y^,d+_V%kU<-#R%[3#b(^Q1x:mK#bqY'&WpS'#UCzP$Roq>'h<{c#)5>|$+lxS$TK~[%V7|{.Ogw&)k/iC%'NU7#eMw5#WC2_%7=TV#_1o]#^L/@(fp]^3ir2{(6u~G)D%8.+n}bZ.oa4P#}MOP#v;A9#at']$'hpT&C9SP&#kNa#,dqA#]#qA#(y(g#RxPp%,Z'I$PX&L0WTgy$'&0|#d-.r#Rh=-*5dq9#pJ[5#S<tM#jyd;(Mx>+#fmX#$F8^X%DBh-$QpGS'vH0f#YyZB$%JC`$(%6@$2LYp*thM&./fV~*qsQ[$(Nh$)#NCK#YP2-$SvNJ#Xc&~)(z|x$^lL##RpZg$yqpJ%h8E%%L|Hq#[N,B#)_fv#Z5m0#R%bM#Ve2)#T#VX$(''U#dweJ$O7d<54c)d#ajN#5r&W7#+#2]#W8{`)B'9T.(3QI%H-Ua$p's,#w]cI#*Np)#cxp`#)p$N#*$pj#`cNy#_S7C6H#m]#Xs0.#)_mT%@Fm)-*[NL#byf{#(y94%$J$u4z`6o'A*YY#R>/[#YX4a/_x7&.#{1'$KLxa#sI1T&3QYA#[,ib$6zHk$3e#0%D[1P#bqX.(Mxd0&WpB1,KMEQ#v^zc%sMZ=#SoF7&qgq&#`s[_#fTL$#)h#<(&+(9+uM/G#w2D:#_K)R#WAu7+Ee;=$>Xx+(^%U7#)pAz%%PeD$2TeJ*RX::#y0fb&%&-{#TvNF%:}<;#S=iC#V9w^7+qED$*u~9#zHFw(N4yN*'kX/#T%&r)I(J]2^3QK.r~Ss7&nF:.bf+M%9v2_#)phA&nzhD$#:Ag#)V^d-#R_c#S,bZ/F@lY'#{K^#oKAP%>aar#[FJD&Y#Tg#[H%p#pshl$3dua%5HZp#RxQ:#(htu62kXM$+2:d#*_%R#(jC'#c-zB#evfr%1Tw2&&FHB%$(+7$Xa8r35};K*Ycz$117$_#R%^p$'huD$lMHi%$()3#)owO)'slz#Uv-v#d5KU#_1w{#V9~$*O|Xq#(q6N#(q/O#x933+uM4e#)go('*ZLw&J*Jm$2TeG$i@Ul$#KW8&u|a,#TvxZ#a7wp$2v,>#a'dm&1K[L%&hpt#WAu>%[]4T#U:ta$f9{a#UuUs#d$l;/*zh[%/=E-'9}&i#WsTs$o)R~$gR7>$A=[P#[F,@*2Vxr'=-B+$fta6#WsY##l5'=#UeIC.WGW5#n~Tw-.y5=$h(-G$2m{'#a/u;$u;1I#)=P=$XX2q#ZhN/#*O,7#p9-K$;[u;#zqk]#SV5W#)xA7)q[@a0.eTn$/Z.j#V1ff/Qu;6#Zj61#)-Ht$eeL}#R=t3%1~0N#shp>*eoV(&^cjD$f;.[3)Gv&63'`]#W{kx#chOx#)x+g#ZQ$U$(NXp+zH+B#c.0=(V$Q<#^*j##)_ud#v]Wo%,ZVr5.=xv'}(&/#dgOx#)h8c#*fw;$OY&+#cx[=#jHC-#T#y]0I*'[*'rh66b;LU#*NK&#othz0MVaQ#TvY_-ojY[%=Pn+$0`=01n4]'2vLvV%QF0G#W{YE#aQ6R0o4eT#WR|;-xA7)#]%#Z+dX^4$K+P##)-C^7]z1A&-pwx,[p)X&3Qrn#^vOe/zfwy':8Tf#[F~'$t~rm#bHSc#U*at$Hr91#)gqz&6%S3#^}cS#uf^H#TvNH#R5jC#_K)@",
"#(y)s3k%B}%1~.E#U2i{%knmb0tQMd'5FP+5UAD(21pTq#W8sh2gKiQ'y<-Z$'rYB#`se13)N*##(q%((S/Ot6--``(z)rg$=sDB#W2_%4QVX^+W8`+#g[EL$HP$G*o;%q#aI/.#*<W9#Xb@$$u<u['0:Du#S$]l%W7,<#jZ*u#j@.s(g_FU###*T$1fv9#Z-jo$emWN&#()b#R%Zi#)%2k%t3/[45bYm&@o)f#b6~01g~C#-_k`-2N}Ef'99GY#nmZy#W8rr#p{nk1}-cU$P6fb#fn`:%W6~H#*<So#S>G*$2TqH$KU+L0tzgm#R=uJ#R={Y3ef&{/n>gN%sE9,$u~jE&WOV{#ZO.U'TIj@*3$,k&3(2R#f#I:'A2I@$6Q>v$#L3S)q[Cr#qQHN*7YlH#bqS9#SV)w#*,@R'<A[w+2oH|#V|sI#^_42%sMUH#w2+/$OrEw#/Xg00v-Z;#eMI3%sV)s$1Mg5(:[>u&.Vac$`Q2R$*~0Z$eo#3$1fs5&s*u|'6MZR#T+_i$41M+$[#We$P7%F#W1'n)j8s+#,}:53vm64$fKoS'i^<D)wv^N(NW^@$3uYv#S$Sm$+[gf'rufm$G(D2#VdCv#jXGy4o{;Q$u}p(#)p97#[,g[(ExvU$o(wP#Z={^#}N5x#[y|n(u&jg'e/m)#^uV-$8%7@$eTC1#~;Kp*Q@__#*UiM#ZG&T&A+ZX*1&n[#_dH%#.IXN.n@kJ+W8Z[#U*am%<Qu7#Uu|u%XxNF&Jm1D6DI:{#o|no#)=JQ#(6>o#i8&t$gR9o#a'gh$PX*V(:Yp:.K).j$)fn($$JWb&JCk:#W95&.vjLy$OdFq%|DPM,6/,`#qjs-&R]3p%<Z(;#e^kM#vD;_#YiJB$u}tq$=YxF#hZSe$p'uT#1VhS$5(MY#ijUp#(ht7#WJ12%5@R}6</9[#w21z#e3z*%&>@90AZZ&&i=Jz#c/-7#TnC<#XI$=$f:<,56%ed#)go6#|Vi+#tFM$#c/&}$~t~U#SoOi,~:@m$PX*X#`cod7{BfK*+MAK$/WmL#$268&MlOn$n1}m$&'*V#ZG&c)HmY8#*M[_#WtQB#p)(l$1<O*&#ceG#{&%x$B4rI*0/6()X)cm3N))w'JSyr%0Mb`)TX4T#*fqv#RxU.$gJSX#e^|{(EVvc&RuBG#^,.^&8~61#y{*<%HNsh'=-PE'_hNX#R>0h#WZ1s$Vmz8(*b(&$p'vv%;l(H#ajXT#(yAW#c`E^$%('q.lKF9#qI>g%$jl1'Z|Q3#)hM<#a'gi#*M]d#U++i,e}ne#*MUX#dgOp#*^ig#)`:@$XX-x.[K&,#*<KJ+X9C~70lf>&W-_r%1wD;#RxS}$&HW()T7J,%4k3<#RxY}.**/|-3JCf(Zc4}%VQ1R#SE{P#%9G,#d=&E3ApdP#r.|<#*xm:&/4:o8Y{ya(5=;1%W6gn$u}rq%_jH$)Z7a}#(y*w#cx_&#XjH)&lKO$8QRGg6T8H+*{yeX$ZgFL#R>lI$V{RB#R5tl#zr*%'rL6s#odZX#*,8t#xJGE#`(gQ#*Ud}#n*yJ+)wm&).;I2#ibSN#*$c<%fJ*m#WAx/%5k'e5JD8E#*<H&&tC,d#XA&+#Wsi6&%`cT%/h'S$VkEi$:]rJ#S<s4#Vd<y#fTH+#WJ&I$3Cf##*$]u#SEzj/yvw~#v_0T$jhO2$kGf)*,,vu/1JFX$1fwT#r@60*WS1%#T#^f)Sj-&3dhBs$2n],#aQ7',L2IK,5(>}#R>U##XH}L,%A9i-`q@q#U]7o#q8gn#zI$t-;BWz#R5e4#UuV+7+yHu#TnH<&gyag)eW1s#WsQ+#Yiy@3c=Po2Pz}4*qs{E#(q~+#Xk0Z$rODL$(NTP#Z5r7#VL|.%;Jc-(cR%B$V{V@#YHp;)=;kT#*VMY$rpbb++mb)#V|Y(#`cBj#W1j=#pkhO#YX6b#)'#^#RG#`*|-wb#XrPk#zqkT%$(&c#RN}n&e{]H$&PXz#V|oE$D}@&$3[m[,I-7&#*$OY58E*n)5DOS8bl[L#VK,:#`9)J$&PT^#*Mgl#(i8M,jN~3$0WuY&0~2L%jgPe,t+k3)jmZj#W{[E$s5$F)wFG<#|VTh#cq4H#W0xw$KU>/#XrYI*G1M=#*^p(*qA{[-a`S~%:C]}%oIH$$.Xh1#},5T###%~#]#[Q#c%d_#(y-e%VQF_$)^eo.;IG~#)x-'$Kn=l#)x+<,oskM*I/E;%`P,J$ERto#)p#c#V+x+,EJhB&ZuG9'j*gC%${)u#hB+s7F&n7#lx7{)9'h3#*$1`$YFy@#2,=^$;uPQ#b&nb*W|q8-$s.]%9^So7.f]x#*,;^$Md6C&vQ@t$_ZA/#}N]&.]8ob$a6so(^.(L$;}Gz#*M_s#`)La&4Xo]#akQX/z=Iz#[,dk2eFKs,hA+i$6j$h$~ttu,mvVS%3Jgv+zid%${x$z%%b(B#R>#9#YHS^)daG<#+#;L#)Vgn#ZG$2$A=mf%6Q(1,q&bh8)SNm#S$Xb#]M1}#b6w^8@;'r(9s2k%'hMm%e)ia#tgeO$@i7M$6z4:'/v&D+$|jL+4m(41[i,l-,QLV*zQ;T#(qk.#RpMA13,uL/1JJ)&hpTh#)gu8$t~ro$&P]g3|w[6%(U]-$)^em$4J]5'.o##(B{:D-&xfF#Soj7/wW.&1gnO3#.AR*#hC-8#UmS)#x1k]$1ft[#ZhH;$p8Y{#0>P;$u31w(S7bJ#V|xQ*1OQn28iQY$Jo9H$0%s{#`(g]#iA+a(%w=n(6EJ0#)5;~#nD6Z#o*Dp#U;1F#%cms#}EDV0NMS>#RF|e#*EfW#b78R'gW:X#)FML$+ly_#t@u8$BiaW&~YX:#_9wk$emtS$o15M$/>K~#V|g_'LjGz$o1/8'G<Z%#aI)E%t~Q1$)_HI#YyVQ#RF{S)B'6(#hl'j&sm_R$`I(-&C9U]#W:_z)]hIk#nD0o+;DM9#*g&53o1Uh+d<n$#U]2-#Z-mD0At-b#lgXc#i8);#WLIP#15F`#d=,*#|FDD#Xs;6#_K2.#mvin#Yqs;#U:|8#z/+2#d,oW&vI58-JDR*#a8k|#W9+S'5VaK#ZHaC#evcH#[,sQ78|Ux&(DF`'j:yo#/Xg8#h0z'#g|g1#)x#R#*$2|#dh)p-(#j98=+j82n;ZC)HRj~#T$%##U:rz#)%+t#S%Y~#[wzl#XjC+#UD0c4:;%K$9o,a#u44B#*,9z#tgZ`#*g9^$gJ-+#)N_'*`Bk{#jHVZ%|_4<$'>FN#$:dH*^~PD$O0]K$VJ#9#pshs$Cf&M(&*~_#*EV*2=dwJ#c-l](Y|S+#UD'U#S-{y8@dOZ#pk}s#[wl60%_F4#ZO77'a+_@#WKrA#V:Bh$<2UF&rn].+{5}f#^mK:%XW1i#]<8g$/X4V%h6wL$1ftc-O`pv+SMjo#Xbly#)-Dk$*;F.'=p,Z(ksU1#YiVh)cQA$#)5<.$bWNY#(hv$#pZO5*7s-+/*I@J$^*E3#SpW8-$bLD#[yx'%fJ-v#XrSe#VC&}#*$0z&B*fP%jwnt%&&pc#eva0#j@+k&7$:L%#kgp#Up%i#_dWK#)_l*#]E1O#UC{F#VK+[#*UjZ#R-e>%x/%l$&7=7%q>Ns%ix[+#R@]-#YP67%nsrN#WZJB#S,qH${xsn$4BWb#)=UL$+2C<&6%4C#d4wY4cn~q#_24$(a3+E,&bS^#YyX{#aR3O&.5gG$4cyg$)EUN3xd.(#_:';%@5_T&lK6X$H>iT$8p')#UeDy4C]SL$0x';$E|]a._`~l$(%*a4;K4|#a7wt*jzfn7t{=%,wsSO1O*{E#mvg##YrB]#p(y;#)x)G#[wk5#eMsu#uffP#g:#[#a8'(#jywg#|-.C#caA~#k@2t$B4Y*%kfW=#)x2;6nzyy$e2vj*IB;K+g1e2#T#Z$%#kh},^f<9*>BP+%ST$h&e{o9#ibs6#[F'W#otfi$ZgFp#WC=6#Xb:,4+[AW%DBec#d5OD1{I&##*fx&#]M4#&mZDL#qj^F",
"%5HU,##^o5#)5Bx&^zWb&Eb)/$:Tr|#v;9>#`Z}-#SV;D8FnW<#V*@o5Lkg6+fVCe#vD>2#(y#f#lwd0#x1+$%`6qm$2+aA)'B9@'|9eY#)FMO5p6X)#wlik'jD43#p{uH#)-9v#)Va`&7,If#)%.h#nLHO)X9kC7kS_7&q$h.#rz3V&1KWk#XbCA#(y&W9;<yE$4D(`7)(ZY(_E|3#*<H5'|TVX%{f`g#bz$##aQB`%[3Z.%y.S(#xkhf'D'vX.#zn0&nrj>#)Fh0%KuBX$o1$)'T/b~*%e'O$&PdZ)G}2y##]^A#VKFS$u;26#V9s***yE*#R%^E#w:7>#)_tY#uf^9'h,ku3r>gF-<([%$50N}#ZpZr4d#39./+|5#fD,$$olFy'DQN-09Ig1$49Kg#*,t~#cxb'%,Ynd2yB}F#R@*N+E*E*83b<+6wa$|#R&'##n+(x54I)%$%(0E%9]tJ#Ws_Z%)LPj%l]c)#ouuB#+#1L#Yj#E#Z6yD#_S:w#)%Lj#|VYX$$+<z#WJ1F#1%3t&XN4K#V)_Z#dwaS$yqjQ)]WI>#bH3,&mJ/x#^uda$*~Cm%gA)Q#WsVC#`0lt#YyY4#)x1]&^rL~#RP'l%JDe{#X/k+#)=RX&-QbC#UuPF#)-:0#(y>_#Wseo$oe&/#(q(S#e~iO%n{|@(@m%5$0=QY#*fuH0;>5q3Q>IG#cxjY$6kKb$=(I`$L*X[$u3-[$6':<8X2M|%lD2U&T|eG#WsND#|-wQ#Z5sF#[wS@$u}wh$Wb7g#*4L.%fZ@g'TQ@/#yz~n$PX*c%8f}l)TW@n%`6r,#SEzX'D'Ej$ra+n%z=@b(6+R3$US(N#)_xA#W2Yp#b7(<$TLc@$;u7`%d_<V%5/C)#R>cx1p*qp$^lG%&Dk&c#xdU[#v]X['H~=o%57P+%Y_h<#ira&#(qRr#*w)Y%WqLW#U*_h#S<s-%#kkp#*$fJ8t/=|$A-Yi(scLc#YP.S#}N9N+MT^q%$A@;9o^Px#^L8.#[_f}#X/m5#*^od6y.p`#WJ$N&1m(S#a/r4$;fZT#T#ZC%2u&%$HOz(%|TZ`$<3s)#{'>%$>1.^)~P^<$Ob;##[FxP,fByE#*M[J(HTJ;#c%g:#c>#m#w[xg#[F,:#wdaw*a{Ld#R5on$1fv0#R>^=#SoIr'/n[I$BgDI#)p2N#*EU24Lt}8.i>,Z7$h5;#^mU,*:p#<)ei)`$W7nz/H3BF$ZwTX#neeB$nSD;'%NOL-bp~[#.Q`8#TUB6$n1}f$qHCY*2FFA(F%BW#wehy#XsT@#_1rn#}MQ.#[,{L(=o$g#cxaP#cp^)#Ws]##yIIU*5}$@$s57<6T(+v#V}14(rK[m,z5us(-nse#T#_=3Q`iF%ocAC&Jm=U#b'<F#lwu:$w)@x$El4w#_1om#mvq*%~smZ*0@]s-aaRi#1N^d$BV*86dJUo/F=BZ#SoON8]..*#.IUa#XrQ&#neU[+;3>'3[n}Y#`9H1#Ry$a#p{x;#lgW{$<t1w#]M/R$d^U)#a/r.'qh%$#VJ}f,iqL`#)gw##(Wa#&9CVD%<8Xj']Y.m']Y5C(=4Ni$RNa$)5n#)#UEUd%Ao=P$*LZo#S<~P#w:>')cQH~31,m(#*.Rp#)NZe$0-@+&1[hs'opUR#jXE2#R-p5#24F]#UuN<$HqVF#jiW~$-0Y1$mu`$#qQB;#[wc]0/1xb$4dY[#)x]P$qXW>#WAx1&gXEY%`@oc#c-oY+[U{95Zn&L3'i>X%Oqkq.>x))7Rt'T#eN:3#th%B$*<tJ6>wk%,}TmX#ZO7b$&HSm$VZS)%)+Fb#_St&&O`PY#UmNF#*<MK#YH'<#(htL%+JP>'jv#,$6r3e/{KFQ$'isK#R%Vq#+#>R%xY+m#WA|T%'O5S#*$0l#^L.b*|WC,$|$a<'uA+H#_9}93jOvJ*+v~R9,fEK$[fAh#)-I42l=Wm#d$j,#b6wv#myCG#sh`N(r[Wi#VK$F0t'Tz'NNry&i$`D$Wb:j'37`%$qHG9#wdal#R>6'#R>1[#RxZJ#ikfl#pZTk6vsjF$aaAU#*Unt1uX9`$9g%J*(PI}#]#_X#)%AB+$|q6#(q&n$(-5)'e/q@#_1|M#XjEy$jG3M$XYY0&2|,B#ac/|)YIp8%C:d~4h/LG#YiEx$A5VU'=q~{8>=PK#yQQ+-5/)N$Q.6B#R=z_9~ylt#*<Lm$@&@C*{90|6GomL'*jsw#*xFr#YP,V%)oEZ%sniT#WA{l&2|*.#)xjc$^[t+#RO&l$d^U,)#5VS#[O(h#xkfB%7xE0#oK=z#bqS-#zqqW:%UP*$t#uh39__^$-0<g8_WgA#)-@}+mU.x2pRxs#S<}J1@ZT6&%`cd3z&P9)4fmt0JQ`=#x1(5$PX*T$*LVU#xstn#(p}.#u~vu$@>`e#iA.7$'y>g#Twpo#e4(/'3cxU$&IRg,1,<&'lk`E#SF,U#U]:@.*C1V#)=Js#YX78#R=z$%**5P#Soh#*GBlO$:]wH$ERxv.%y>t#)W2X#`kQ$%&hpw+d-)n#VK2|%4(9*#Z=|a#nm`y&~0*N$CTr<#)xSE#isO,&IvDu'=p4T#*$0j#ir^o#[w^(#(yWb#V)fn#Tn_u$`Jt~(B{4E-jgfq(bdv1#S%#P#(pwK#TvQA$2e~o$B4UZ$*;L7&{3$5#RF}p#S-`L$+l}4$OrB@#fTUE#x(|09X|I##)x-E%$joR#`cT[#_1lm#V9}S%nse3&U'V=#S,]+&7^y^*X8Zf#arX,,A5IY#uf^D$ibzZ#|`[}#vDnO(JL>s$KLqn#]#[V#*%#2%.&0R$VkEZ&J}BZ$R,^O.oi;Q$50CL#eMA|$fK-/)jl7%#)FSo#_1s,$6z6c#mvt*$4Jep$$ctk%u[UN/4.2l$-js.1&tXz#fmX$#S<r6#VlF.#eMAX#RpRJ%%)R+)/#Ze'|RJl._WvN$PX*R%}ST{$&Jm&#[NPA2M3:d#_1lk#Yz+O0a:X7%jVdn#R@,C,M|Wy#S=/]$gR799*5`E#h0wV#)=[V7.^2:*G|88(Q:(}$1fs4#(q-Z#V9m=#ve^@#)%5'(Gf1,-<(-T'pwdV$CTx]$CTz:#WR/K5C^$=#)Fc.#zIiS'r*qc$$RW8*#nt:%gA(k#eM6B#rqrE%{EM{$<1h[#*w5P#(y(`)AlAe#)Vcv#aQ;='Y*Ve$0=O($bWE{#TW*j3O0By%7p$p#*^o0$*DNA#ou]W%[2j+#a'e#1vgE4#)p00)/1x>#RxNX#ryy)4u]+/(<p$`$'x{`$Y-cc#nL;m(L6Va$[nL7$Ap8-$Gb~2#jyix#*w(T#S&w;($O87#)FW_#VlH=#bs%_$=0Mg#1%3z#d4wc#xJh6*M3Mq#R-_|&IDr@1`*VS#WA|)%;t1(#fmUk)VLu}&XN,.3aHbn)%*}(#WsQz#cqdI#XrKN&Y#TY##pNl#*M`//Q:c,.sT+3#VdAh#[G3o0|@yL#UCx;/O$0Z19.~D#}UX>0*&m^#[,x%#^L,8$NC2P:-#Dh#R>*%9'|X3#[NQ>%[:r9$#:=;)#5`+4<{q)%q>/+/ynK`-Se`h#RG(](&<A*#a82I%z%#[#*$1g#c.hM1wL{$)-TPO+BFO~%^B#E$fK9N.U8VO#V9p2#R&%o#^L,F5O.%L(zUH'$6axQ#fmYO##eiB$VJ3l%Xx[.#Ry@{*G1F2$+dp7-0MCr&](ZS#pk`c#*fwg#)_vC8M=}N#ZG0j#|o~T%}2|7)HlS;$CT~J0kImc9tG^g&)lpW(Gp<E#vDGZ%1~.=#ROHn%$YXa2sa0j([zME#)FW7-fIvT#b(<_$R,_G#zHA_'^Q6q-JDT}#T$$V#YHG{*rbCi$&K$q(/lq`#g:J}#UeS>#isp[#W8rC)+/qB$yqlY#U*bq#X/gt#ZODB'6fxm&&wxX*{PDa#abc#%Hx[%#S-xU:VSPz#dVEz#/apU%QwR{#wdh=$)EL5#VLU]#*ESs(B{80$#Kg+$>I&w)_^/O#R=r{6>NH5.hhVt%Ga4l",
"#R5j:$NsAB&Mja.#*^lN2u,Vk/lRME#}EtG#neRV$'&S_3;3Si#)_ir#Sqcj#)x28#S$bp$7O|c%7x1z#)5<3#V:1B#*$0a$~}1o#qJVh#a'dx#*<Kg$7q.7#Z`BH#V|Se#zHDY&YnEE#g|iP)+5.v.~Q1N'VhHw#*<OH#(iZ~)QIz)1YYlu)SGk(#*,:>+^2[m$0Vs0#Xk(Y#vD=i$emW`'<&97#UuN:)X:ng21%f9#U]}o7E>N,#y8;Q7||.6$w1r4$mFQ1/.#sy)zse-#},-`#S-4Q$;]8C)BIs/#xkfD#VB~e*<xq55jywS&cL,o0IB`|1>fhr$A=[V#XA&*#cx_##mUK8#)FMQ#xkfI9wD]R$6r)m$1fv=$:]yD#S=.z#*MU^8MGP`+C$+;#R&cd#~TW+#x90Y#jXEI#_S@3/^`zi)E$;}$d~c@&YnE_#^uSK/'L<>(4_mY&9m#_%n{o)#*U^t#VdKJ#Ve..#[,j&#W8uA.1*4$-Y_>u#(qAr$2ex$(5<Le(2Y.L#SoHX%%'S[#Vlj-#n}ns2GBKr'(2+t#jZq##yt:*+gd6t)Xd4'.1*0k-Gq:/$l3zQ#*O>%7,%{O#)hIW8A#:|&CT]M$`YFA$*DZE#`sZL#[N7]#R>-z1Bacr4${PQ'lkYo#)N_K&CdVv')JXa$Gb6i#*w,M,CLj-#)%+l%<Yt62GB@4#*x)>*hd]P'3I&V*w*nN$Q-cU#hsw%/-$jO$UtLW#[w{0+W|nj%e|fY+MTJa2|HGm#[G7}1bA`J$'GVe,|U>I-|}zs*AaoJ$|4/+#[N/s#bz.=#W0v/%WqIT#*^ih)1XzV$Z-U/#dgln#%9>D#tow~#0GYw.d1TQ#YXHN#R-cj$A=wC#UuTh#hkZz%P-[C#VBzL$c_=e#UmL+#tg`W%%@M&#U]:t#_Tw7%*:NY$(gxX42L-8$6r/j#jH3o+1=:-#U]8c#Z`<;#`sX7$|a6*02&t`#ir^y&IDsK$`rQ3$ocY]$Z,lz*Yc/7*RzO2#_25B&,90j7]@`}&k*uQ&#jz]&m[id$@&Gr#W0}-#vF&d%piW_#VdEI#*<Ml#hkUf4*NtW#no<*#VK$H$+[e_*eV;X%#kl(&]spc#_2$'#RFxR#*Ur{#SE~<#_9zS%;l>l1vgHH#]+ko#qjZ]#`(l*'O.=#%>`yB,[U%s$@&C7$`jL8#brHN&O`Si#^}pj#2,=M)<<J1%aq(c$VZ7@#.IZ:#UCxJ#k>0x2y9$H#RF{)#_T(n#)5<7%L|Uk#ijX/#Yr1J(k(eg#R=xF#d5*]$gR7'#fmWo&hq1()L/.*,rG#e#*$1@#WJ$B$R$_b9bjh@#[N,O#a'gc#[_~k#V|^<#)p+S.Av'x#W32}#n~92%<{6##uf`u%z=q%#qQ}J#q8Eg't(}0#*,I1&Y,a%#d$g6*w*q`#VK7>*^~L>#ewk[#SoFE0]6Lo#*.f(&d|i,'a#dm%A^|F/=5.A:'Y*7%QMu`#d6y)$EB|N#S<mJ##]aF#ZF}O36r_Q#)FMH#u4+B73R%8$lE;]*bY(9$%(iq#abGu#WB(%%L}B/#v]W@5GOfa#)=Nx#VS/U4ERH3#SF,7/mP}L%h&qa#)_l,#Z5rM$N3Au%|^0r#^uV(#T#Sm([Z)j(+yCr$A=t%)r]C~+^2Xn$(x*[#*<L,#e~g9%>6SP#%ci5$3dx3'[sMD#(y5$$PX*k#T#]f%b<}P#xJt2$;w^U*MfBG$[#]h#pcW1#T#}A#SFEF&ry*1%Ip%N,`r<u%`>y~#Z-do#Xdxu#hB0J#]-QQ#*ftW1Kq)q'ZB~R&V>p_#)V^o$gR7/#U:r:+Co-<*IY=M.sM;l$50CY)T691#aI.P1-T:o$'&P|#YXia#hk`}6vHec#^^6'$#M;{(I)E)7=gJ<'poWt#*w2V-/=wJ#hZED'=p>q#chOp#V)_X#VS.`#_:)x5P5/r,vK/<#U:p.#(hv2$HrMv%TlC5$=(E<#)xQm6(]EB&B*EE#p9+c#q8RZ#)%R|6r3L/&DA^g#)p$T#U2i~&g(3I%-r#~$eT8@#^L@2-^Ilm$dnQy$A-K9#Yq~v&.Ve3#U2e'#)=^*&#{&(#W1m`%I$J&#d<})*{iSH#dVMy4D2(a$$|hy#)p9](1sY6$Y%]Y#ijby#yQOE#0GV|#Ws^5+:fnx&@o,'(Z{[Z)Qb}}&}cir+CM_S&KR}s'[si($Rw]v$XiX%#RO+(#V:+`#RiQX'mI+u#|%=D9s'Hk-zNz@#XI;X#byeJ#ar]g#+#2N#d4{Y#)Vg3#~mkD#_TN1)>*;z3t-3o#c`RP(nGK4#*^sm#*,=)(#.%1%3J^3&.Vb|#UDA~#[FD>#*$6B%XF}f#V9zO$`IW5$j>'a#f#)D#R>6W#fmUi$6az+$K^.:#`Z_~#RFuL.PoEk#SpMK%Mk7I$FAdJ#(y88#bXI*#WAzH,&qbu#y86%/k1_+(.f7y$&PQ[+$|n%#)_l2,<d9w#ZI'c&a$WT&gy]O#~;@e$@&C-*1hhJ$C]}.$3KYN#`[mB-,8Cp*sH+]#R>#81kj0x%jF./6~'NA#W{Y(#2$3~#RO'R#U*ks$$~BC%8iLQ#*^l4#XjJ#$JEm##XAp:&Kt;m#WJ(D#YH(l0x3hV)TxfT#z739$%bh7#V|Y../UDH%'gqP3~Cl@#f*qg$;[rN#)Vak&)}6v$={<>#XARi)crOO9ZA]($%(:/$1fv@+:X7#$0=vF-.pd@02&|Q#VS/%&Mjb<&~0)]$>Hui#*Ug3$$svR##;;W$Ws:f$KU(T#|-+&#V|m3'74(u']s&>&1*c2%e|_$#^uY%%vB=x#b7RJ#)-;u&;t(.#cxaW#+#3V#V:gY'dR/j#*$+]#)x-b4Vrx$'1|iK*Aat|$`Y<3#`(df-L1NO$Wb9>#X/gb.Ggo6-1ef>%i`EJ&|CKP#neoi$,JWm#XsI|4;|kU&*BFg#`kYB#`JrN#s.(H#|_nD#V|]8#ira.$1fwO#n;7Y#*<YJ(pvmF#]M,B#|=;I%:}Eg#~mn5'I*Ta%i`G`6/#tG$>j.l#*$32#)p[M%ic;4#W|Oz#)gvk#i8#e2m,K{#SExN$O7w&$4)>O#c')q#So]Y#qrkt#tF;]#)p:Z#^nW.77*eh#evcz$+2:n+*MJP$TK|P#VlF6/M.9D#ne]1&0~9v#(q8M-ha>v*IA]I$9N*d#ZhEy4HpkW#(y/3$NJa&70C)S$^lIw%9#VY#SqPl#XI$O%'q.E$`(#9%u2'89.)p{%N7]E%-akv5mta0)I0J]5p.Gz0zTD6#S<sG#YH)A8Nvr{#Xt'Z$+2F7#o*%w#lN93#qI>/#XA&V$e2wk#e^]y#sGVc$4Ja-#e4Yr#T#g]%6POj$q[%M%Z^6m#b&qD#_:/I)QC6&'C|,7#(pw>,2mlO&AD^n+zX8y91&Ui&#(;-#SV1%&H%B5$9Mk]#qSJb'8d{h#WJ(X#VK$M&tCDs#T#Xg$$)0D#d$mA4p/Yh*G1Lb$Jo9F$*Lfo*M5QF#*,:k#)%4+#w:8R$6r;+$58Nw+c=jw#)_}7#*$1H#V~A|&-.m-#rqh}'V5f]%*KRK#{&'G#nnWN#8i1P2)5ya#W{^Y$+l|S#^}cy3/abH(+WX%05+xM#)Vi9#x1+9*1.xT+|_Fx#[F$/-,IAB$~#gB#(y-B/J|'W#YYVq#*^yb'ujU:,,sh,#)-;.8K';{#z/=w#aQN1#R&*j#)%+v0AZm(/9Z]K#f#}o$*Ll(&c];G%S]09#YqV>#SV1`#R>%i#TvT'6~0m#25f6O#VSF-#UD5X#nmi,$A=[]&mJ-/#`ZF{%_'bG$Gb)>%^Au4#W8s1#UDPk%#kgl#YH$F#VEM<%Q4nE$'hp~$mv)1$^CaZ%(UUb8*ySm#+#Py-Uk&~(>;Uo#b)..$'>IR:N||T#*<Jw#S$Z+&hpU5$9g$g.=64K$OZnL#Tp*k&})'V/([YH$+lyP#S<se&0~0l#(iVv#*g>$'CR(*#W9uZ$s5'B#|--(#T#[a#U]7M;'>`B8`TX5",
"#]%[>7h=)H#W:iq+b.Y)#R5j<#i80k0TG[u#]D}5#_dKJ4^9F>#%BGi#j@O|94^9+)x^~u&lm7f,1E=@&d}.h#hB1t#v;ow#^}[P%[2mh$6r+~#*4|E#RxQ3#`8y|-t]E9(-$;N#`J0c#(y*4%+JR{#R%j{$>/tw%;Jp+$KLtZ#VK6>*:%8c#XABd$43>1#dwdw&O`4M$#:Fi#zHJH#)-8}(UG9a)L_xr&VyYZ$:Ekb#p{y).y$wU#1x+n$El[h#*,U;*eVCi7XTUI%V0N3'y<-J*.1AU#y0OE#)5N}#c>I[&#k$e#ve`^)*OT`+CqSh,|nV*#icPK$N(Rs%tmb8#a'fS#*<`m#b7+,'h=%H$(-4{$e]FA#)p5L#d$vJ$IW$R$$BDG#SV7O#VKjL&.5Q[$&Pas#`J0d#RG*x#*<RT&x%v7$IV|w(W~NL)EMcO#m4#U#`t,B#Z=u/#]#[Z#WRL>#)V^p%Io<M+kFww$T3$K$hA0u%_bAe)da<6#VlIx$>I5z+T+Ff#R5e=#R'[7#%JM,#(y9q:qk70//2w[#S,o5#Rrdn$p'xp#*MaL$TLH#)|.|j#(ya'#jYZl#*<N0'FF`^$TuOp$jhPM#UuQN#V9p.$)ENa#R%nX#jXI.:LU=Y3`s.a#R%a[.1[SE#S$]>#ZO/z&#b`.$2v-&,z.8Q8/1c)6Fxmi#a'go#2$3l#S<w@,OX{@#SF:B#{`Zd#[N,H$Ha/c$<]he#cxaQ#n]O=,(gYV%^c9m#W95s#c`H]&Y#TZ#RxSp#g[Gq$/WeL#w21<#u#t'#X@uE28ZD:&1*EM8#h4c$;[y{#TvPX8h#*n#p}Xr2D,)<-{v[v$#;=W#ac;I*x:'B#X/wb/eQ4[#jyqK#[,y$2vDsq#jHF(&:*#^%%afe%&'j:(GvBu#X/iv$<t47*v3s3#|wyB2Lfju#V|Xc$C;[X#[FQT#{`_h#S$Y'$6r,/$(NWM#y8vR#abV##a13d)X)NP9,;rL'Dr0B%=7Rv)tH54#XrN2(1ru{#g[K,6*Ank*thXT&VyPn*G|;q%u[_h)_^,Z*Jq9|-wkz4#}EPB$K#SP#d=#s1WSc8$6b%@#_S1M%N7l2#w:M2/;@<i*4]__%o81(#,}5r,wB.k#|wy0$;u8|%7=Q~#r@6e7.M#E#t=EG$@i.O$@@Qt-Sd{{#foA96(Kz{#abHw0qe=;&r+vu#[,qy#RxTU#XsE$#*Uc~#`cB~.>-5q6P`*N#jiWf$*;F''5Fc<#Yq`j#XjH+#Rxva$'y8s$/WeH31oR{%>6Zs,|w1K$$cxS#[xC8#qI>&#V|Sa$@>i_#a7|D#YH*b(N5;u#WAxA$)^|=#[F&]$hA+H%4(8h$U1d6#^}c^#aj[H$)^iW;P7$x%gCP-%UsHC$i@)r#*$L<1dGb*7^yEM%[Czx2U~:5%QV*F#XjHI#RH'<#XtHT#^*g_)o>.0*(PRl#)p7-(N<eX#eM41*.R_J#*$7T#`J3/#RAm*#cx[E&kmq-&83cz#qj^_$)ha[#YykN#bHPb3%sZp#*4kB%Z#b)#*,4$$L*U7#e3z'$z./1#Yiz@%CKux(>f+j#SEz})Rj6J#ewIu)yt^V#e#iU#dVC%'(KV0#)%Cs#_9wr+W8`y#)xG6%W6s$)^g=O#`Jjc73qM/#s-|<#pBi@#)ps+3*;vk#[F-Y+l4g;#(p}n#*w)o#ZF}F#)x,:%4(=Q#VS,g%`a@W#Ufj##[O_:$C^$B#ibJg#1-=I&f/hY#*nz%$3eSp$3[ma6vj7Y#^mM{4lLp+#)p0Y%%ad)#i8-7+vmP1%$uKD#mfj8#TV7R#Ue{I$mU;2$3Se;&8Lgg&Ho3P&ZnfX#V:/P6F6&/#`0qq#nL>c$Hi1F+8@<X(nj&D$6/Ei#)V^j${=Z+#jYva'CQmn#h[KI$[#ZS4*]72#U]t8$V{U#$1$78$0=I%&|D}z#l5#J#W{Z%&Rm;D%NY%##*,>R:e,-v#]EpO#SEzT#RHhK#UDXr#VLIo$o1/m%1Ugq%J;`5#m47v#VK*w$>2.&%Fzun&ZuJ5&GNln#b'_F0.e]u#)_w)3(XTb._PhG':9G#(-$ij#a'fR#p9-:#jHxK#i7|`5+J4r%3J]l.qg:f#c%j>#]$EA$Kn;c1COK9$+[h:#(q9e#t=TI.Hw%d#]#[c(dI#4)vFDW#)gx*&WP'h#_K,5)1',Y6eAGg$l3{h#W0du#abBp%-qz%)j[0M$*~G|'o`lS%(^hE)Z7l+$`J-2#TvR3#Yyp3'Vi$A#0>PE,c$L:$.PYc#qQG5/sl>c$WjFZ*mN'}9.d1l#VKP9#U:m1%E}'.#*4;y#pkdu#$*.$#V}N{$ht&X&2Jau#(ye|#f}qx#*<LC#d,oD#Vf#D#R>DQ$:v7+#R.JQ#U:x6)1ZzA#]M1|#_1ua$Gb)7#*,C<$nSE6-4KYD'-=E-./E7L#U+(o5cMfY.=OOq$$JRU#ZG$5/4>4U83-eU&TsFH&ADdA$={9u#X/ja#_1qn-Z%]X.4ad)9rTTA$&P]P#psfc#U*xS#UuKP#)gw=8O;0>%lTC.#Ry/-$3Klr&$a{c+.rl;&7`Ch#WsS3#)_q/1%e<}$2+:Y#p[t70im2U)EMfF.5X'9&/47{6QMHS'JlLe%Dl;p5et+c#ZO,P#)-6h#XK7q-L)JN(xUBo06;<604VGg#V:;j&XExc,O7Jv+sO09$QFtU%-r*x$6b7z%A_'@5z$qu#)5Ba$fK2k#(i;q#)V^n#R>CJ*nU0(#]E+o-Q$BA$'hq:#(hw6#(q%X$SM]}5lEI~3rX%}%J;tb#+#0r#S=,e3b6Mr%U1%#$PX'h2x9yl';Xi,$;fEk3W1+3$4JY9$+*>W%)LPi#|FGZ$XX3)#g)qc#*4<%.1[QH.t)cZ%1~M:%@=ym#{hm1#SoJ~#fL4Q#+#2*#)5CR'mI+w4H6A$#ov6b-oP}+%=j)9#(y/'#*g2^:*V93:kOTi#R5kq$$|,j#[,k1#*^in#VS@Z&m2$~&0~0$%UsS%:97T7$41@i24n)b#)VkF#fmhx-x',-#15E2#W8uZ9p2lA4i`vo-{M0x#bHVl$7q1~(nhR.#l5#[+yjT0:6sFk)p_:)#S=0>'9|dD#^L/_$(%5;;]]_~#Zq{L#(q*s%zFEd#[N0D(y]Jb#V)[i%Ld2*3%R.,&XM~F#Ue::#h0~=#hkX0(:izS/2)f1&Ez;|%,Yca#ajXG,0VO<#e~dM$XX34-=PX%,fC4z(%UNj(,%T|$vtl|$2v-`*H0Df%GGs](JI|m'x=5;#(yQq)/lMv#j@pT0#W2j&LcQl#jiWm#bHZ{#a'dw#VBuF#VK'U+|%B5#i7|q$KUn,$emZT%qiD~6NGPk(2X_O#TU/*#)5E#$;[u@#p{}^%I_6j%i>5N#)x,g)FTk`'>N1-#_:3['~H^@#f##.#Yy]Z;fCsI(ifkH#Y/>K##nkY#h0wW$;u6*#7B0a#V|VE5tm.O(F%94*lW2=';PfH#RO0+#*_/(+_Jr90/T2q#WsKM#mUNL)Z87.#XI$5#pk`n#e4(t#`J2c#oK;q3m]|8#RF}@#ajT)#Wt,q/L|/l#yQew#e~j2$gR6~#S=3x#aI2q#[,g]#TvKV&2|YI#S=B<#)gvg;Q>$T#[NS{#^}wt*{71g';z.$''+870U=}d*=Sb7#*ovg'0[c3/-olg0h;g|,k,`(8zmDW6N.O/#d$r`&LQ|#7AC,Y$2+=-$[FaY#_2%x#(y)t#b7]l)WUq}#R=rv%n[`o%|^aC+'iyr#`cH`#_K;{$,J_I#W2M&9>S19#UmK+#|pd3##uyj#S,tL$&|7g#hD}n05vk^6|l-3#c-oH).}uq3mLlW#*$1/$@@D0&cL(8$6Q+w#d=/I-x(GO#R%e>#S=$J#U:rx8JAI(5U8=v',sC>#YqR'#UC|o-0MR5&-y'0#iA-v#`cBn#S<rM#e#g:%57h%#xkfS$(%'a#{`Ze&4z1~$SvvT0kk2R#X/mi8GT>u#UeA%)q1l89;%z]%,Yfl#UD,s",
",Jw2T#`(jY$'`j&#*o-R#W1+-#fnN)4&&~~$aXO9#[N,N#*=4)+=s{q$6ay006uiV5{#H}%yqJf#)>L}#ZO56&3Z'p$;u4/#)5E@$2+:`%r-%C&zfVA$nlY]#SFV{%GA*r#[w^7$+[en%4s(q$'(oo$QFvM#S,wD#pvYY+_1jf)xucI#dw^|/Q:R$#(i9h#Z5oz#VK&s/HpcO%)LPt':s%n#psic#^mX1#^*ga#lN{O#`s^&#T#Vg$xbdM$@&FN#p}pi$)^jV#TnF>#XrfW#e44K#mvi.%#kjZ,WY$E5QfeL#^2oc#%cn_#d,tD'sCA$%sUG<#RO$`$N0oy*-[e.'hgG^%CeM@$1<S&$(x~W#TvPH#XbbK*Ri1p#w:uT#bHAJ'Rdrz#)FSJ#pZjx#^u`_#)_op#zHK*'YCmB#W0dz$rc,$#(y(]%=Pki#[w_R#)p$y#WBPc-RDaT2Qr4_#XrU8$t$'7#e#kS,hY-(#S<|&$|~~%1iBj.#x1+3$2TeH$'y)E'`7-@#m4*{#0GYs2sq:`#*nz2#YX8A%(_+H#TUC8$6j,Q$;u7)$OI$,#_S:B:@bV]&/gJ_7tIyS4='}M%5'<p'Tb)v#YX7O##+4_#^mP}70*f'%*CH3#)=T99z[LB#WLz'%M{F`#ajlD#S$Sp%YgD($Orx'&QDr19stlM$P{Rm#]E&S$*v(K0XCUD&Ynxy$6Xr_'^qI`#R>%Z#`J5Z7TPT8#Rxa~#W8r;#YqN'6FO:J*,eZ'-4k0S$PX'u#Yr0,&:l<0#[N]89ooCk#RpNn#)_u+%>7IL#jH7f*+fsT#Xrd.#_21&&6=Kj*Yb2I#ZP$Z0M%.Q%-HPE&r,5}+m5S:#^}lB#psi4#Z-kO#U:rF(f>s^#c-uW'A;ph&ZuL5#TU>-$4J`x.HGIP$49O4#bz%g3w|KA#)%RC#UuKW%9]nN#U2j_'FF]t/b}CO#w:0N'Y2b+*eVeM'x%*B9{P|J(:j*4#]M.z+a9SN#R/e(#dV<K'9l$y$&P]N#UCx5#u46j.t*d[0nh6A(-np*5uJ}K%$IHT$XX5p'oO6,,;2:1%ntVk#jyd,/bCzk#x):@#i8#T#bXCe$,coS#+#0u)j[}G4{wD@'x%:s#otfm'B)G7%S]V/#*fu_#q81#2CNGH$0Vk/#mUHf7Yu0P5pq9o(>;MS#*ESL#YiJV$_{]Q#vDNz$2LYv#W0kw#R>~>$9<Wi#UuZ^*jzVp%FQP=%{$AZ%=PyG$lE-)'*Yyx%ixl6$'y2&2ou='$49Hq$14G=#XjJz#[,lI#*^~a##,0M#v;3D$iaV%;{-Sy#f$0`&#jn%'Jt=g#yQLp#SV1-#*EY9%Qw^8$+[ec#fmz/#mvp]#ZpP`$&H^:#UD';#UuU>#R%ZU%:e*:#V|YI-hq>d(>M84$-08%$ps(W#qQ`0$[;~^#wC=a#(y.'(2k9N0CHLC$kgp'.GgoJ::Exl3.rxM$n*&T$M]D7+5}*6#s.-[#XjI;$i@'a#Uuj25IvkZ-JMYH%y.(;,#dja#Zjpy<AwfF*,LLs(O~GK#Wt&V#ZG'J+@ame$602`/w%_61rJ3I%DBbk$f9{X#V)pX%SmA'&*~;l$:Dco#mwT-'#zlV#g|g.#cbP=#WsN=-8^gY#WJ)[$)EV$.ttR)#Twl@+2~}i$>YRB#(ht:(iuVf#_284#e~d@#)5B{$)^ec#)F]/#dwa+-vJ/;&G5[O$&y~c&7^o]#b8u9$.P_o(0RTM$6'7K#},9:#T#Y^#k>+d#p9+f#)xAY#bX9S+B=LN#w2.U($qn2+N[#2#ij^W$=Qm2<'g~D'F/]L#)x&>3J58$#RO$Q$%bh34[3K4$*~_r'5Va3#x1+)#othw(UFqH#SE{z#S@Q~&m8}a#*V$<.BSa^#hkYJ$yqo4&oybd,[5|$#q8-u#ajP[#W8uB#XjK<$6j(F#`[c=#)FXV(2iz0)L%Fa$s%(.$jp]_;ObJQ#S<r:3w1YY#dwe0$$JLQ*&90Z#[,jJ$fmtC#fUZV2F]+_-GqAF$,1:x'&MJk7pVoc#VK$>$meY/&2kx{#R5ji%=j)>'Y*Xi$0x54)*OJa#e3tw$R.O{#WsKS#)'>#%GGhZ#^L,:$abR>$s=5w%NY$o1*=~}-7_Zw0A97f#SV38#q8-s'ICc=#`(dZ#WJ/i#Xj~s%qi*&*{XGZ#`sX:$2n43$,JYS#TU:-$muvC'G,G0%#kkq#0>O0&*ksC5&%gH%mS96/1Rop#v]W='J)K0&{3'(#dh*u#]M,K%;Jvs#)o}d$fK^_(0).4#U2j;('28%$D[zK#[FHI#u$5G#bXCw#eM6s*ff=E;fdnE$qPN&#cx_+'}04e#hZKe#WJ'&3~#(G*H0D_#Z5ul8SPEX'I2eE%VQ/:$T+<H68]=B#Y{E.#a'gt#jXE6#jXH<&9Co3#UuZE#sjD$;a/p,&-.2`#XjfQ%sV,Z%J;t(#p9({$^[Gn'[0fH/+PBM#)-L,4vBvL$3KYO&cL-r#)W,.#(yB6#RO-}(y]Jw%i>2{#c`EU#[wSU#YG}@%5z3J#_K/n#*`0r$+2DF%5HhL#k>3Y$KT|k$8%=K7'Cq:#h[@J$Ormt$^[V*#WsSQ#e~g@#*F&L#WR,U$J$s`'b;I+#)p<g#S,]01ly}(#)VdD#XH}X#U*ay#)-:)5Mzum3t_'A#ou$7#[N5D:ysP%/%p':#R>[:#)=ED#c>.#$:v5=.q<oq#[_HZ+zi_x#U:rE'8Czc#UCx3$Jb/O-'V@F#v;<F#T$;`$4JeB#(qR,()AXx#_S4E#r@;`(LOnm+lN&5$^C7).Kcxg$v]%l&IF-d#*w)%#`K-E$s53J%**0v+g[1f#y0Bl+M;Ca#Z>>]9]okE#Ugqw#_T0o)zm,t#eNzQ$e_0|#YqU&#*fqw)4Eo4#odUH0AJW`$qBwA$JwVC#XjE|$&7@B&2u@5#h0t]#xkf;$;}`1#Zpft%jwuT#fn0}#XbHC*1OUV#zKPv#)g|%#`lM&#{&8v#TUCP#*hL=#V|VN%N7o1#*<R[#necD#WR,J$<tPi&bO948E'kR#Z6<,&4HSz$(NTD$UtGL$BXj1#Xe2h)<Udc$4Bgp#*UgW&/4:]$Em}D#]E*A#c%dT(H}7#'2R>~)1'(T%5H^:)'srD#[_@+#YH&G#W0gw&gz4h#{`ZW9Z7@:$fte|%Dd%M4_Y{Q$FBN2#RF}#7$pkP$=Ql{#ZG,s$2+7m$fK3V#a:*}#bq]T$[nP%#*UmM$Jx+26'MbI#~;;E#XbHj$9<P|&W-eA#W8r)*{yr[0%Wc^$oZM{#g,Vz#zHDZ#p9*J#+#1)-A5X[({RCk7a-i&#(q%U#UuVi$HO{A'&MJS'1BL8.66:16$qAt$2v*,$3CV$50E'L:@rQS#*<K&#`ZG+6]9qk#p9+y3neA9#pkdz'sC.H/X;pm']Y,J4vLBK%[C{#&hO3q#*^if)zvHD#*En:#V)c0#TU29:+3X*#*,{5$sgnb%=j6X4sp8`%@F`r#*Mdc+O{si#*EgE$[+c_7IT0@#hkRt#cxb##*f}n5a`'A*K`mv:Flb8#)VdY(G>6M#)o}Y8tz3y:4LlU#)-M/:<}]n#WJ(G'vH6t#s.&J#]OCR#)`$h$+$#Z#abEn#UuKI$.P];0qT&W#*,D[2{iBU$'y%+&7_N8.;A`_+X7Xm#)_ml(*rTC$HOtc03@aX,mmS(#*<E6$KW8*#XrPF(qD)j$,coW-M{A<3[MZy$0=Yx#*fvp$49Od%HW'|$C]}<%r,z##U:ru#)PLs#chV>#S,cp#R=p5#TwN7#*<rX%#18B7ubU`#},x-1uYIq#|h$0#)pF&#W8sn3S,47$$kr`&Kt9L<VjXc#i8{~$zpjL#)h%3#)_lm#)6Q@#nL@{#icPg%<{@)2]$;t)%}t,$r.)C$P|7T$El1Q#XrSL#zK$Q%+d:t#*MwW%1n$a$$Ss/$4Kj:,wA{E<[.'&%4(ES$5I]&#)'HX#|x(d#[,pu&2|'N#T#YE#RpCT$O/vz#j7'#7G^T<",
"&m9+y#R-e3&TsEO$*]ea#lg_<#mvfv#i8'X%h'>;*1%{B&J^D9&-pvC#+#1R(0RTG2>|w6#_1~g$yib@#X/ka*Ra#T0KX^}&Y+az-4JD%.m(e5#(i6R%_I+a*P(>|$fK2D#)Vcp#R-b0$JwE7)r{]k$9f}P%)LPh#bH/w9qJu^%]B{J#n]p)$6z/0&30Q&#UmC5#ZOAq#lh%a$1MeC)<$3R/]'=7#ugCD#(yN'#xBM7$`Q3>#yQSl#*UiD(u@-v#vFmi)R@]E#WJA*$kG23#WAx3*1&>y$jhN{8:&fg#e~rh#_;;B#|wxu$8p)e#ZG.#%Z^PQ#$26::WZWL#byaN0im2l7VxL3#k>V+#yQYY##TX'#_22_+RpWV%&JE*$H6v)#WBC`#)x+8)d6u})U5Bj1Uo,m/SS,&-,t1M#}F)R6{]fZ#)%@p)I0jJ84<q}&1]:c#.IU^#dVlL#U*b1&FyE2(&+J0&Mk;G-a=kP#[,k+%57R.#R@42#a8i_#p)Ed#*M`.$N(Re#plUg$@&TL#`Jj,#{`Z_'']Xv<}uJi58M;]#[NBJ0Bk&K#vLGu&92IZ1-*lu#rt#r#)5Ip$Y%_+$OzLi.5pho#{%~n#U+)i&J[||#R%Y/#h0wE#+#ha$)EO,#xd3v#R=ux#U]T=7PulF#v_V$#Z.@D#)x:_$OY>}#y0+1#UuPZ#eMZQ$QFtK#TU2H$<BhR'3b-e#_Kf]#)N^z###75%b<|j$%)w9'@n)C#wC8o(=wmE#f~/%#dw{P#R%am0sevI)jc<:&E'EH#)FP9#jyd>4;)k1#Sov6&o7_R$(w{N#)%1>)[t$u#RO+,$14HR#R@>$#fTAk5/gYX#R=yS#YiHx$w)3-8*7:~+zX@m#g|g#$4JYJ#{`^W$Jop}$|^fI%<|14([b>Y#(GO`&%cBG$~|z]#)%.d%.i`g%'NM_#{`Za$2fRZ#b&l6$r%uy#)-<].G%0<#*Ug;-<(*@#*nz6+yA#<1<UJv#S,c&$*#ge$OI-j0jtB@$'&'y.d1]z'vXGA#b7,,#V9p'')JVd#)N]a#]M><3|4f&#WR,],($x5#d4wT#cpY*<Wyxm#*E[=#*^rE$a6sg%+1EK#]E&;#/Xg:#R%Z.5k+jF#W8tj.(N,]#VSBv&7UgM#S-*7$kF1t#RGD1$Wb9D#},/p%0>[n#)5G=(MyBJ#[N9q#U*b3$>/K=#)=hW#TUKy&1},F$^)eg#VC%,&~YSE#eE/N%o8&0-P%=t%$IE`(0cgs#`kQ9#R@GF&-{]*5'N*Z#)o|W#`ZCT4eKqw'+il-#1%3q#_1o[)dyMO#jXE8%nB.$9ZH]+)kzY:/Zczk#rss64dE#U#)N[`*dFy0*fM-^#XjRv,k4ft(#6+*#(y1a9fo2N#og45-P%D=#^LrV#)_mG#ijXe#[wSD#S=JT#fTCk'g`J{#e3w_#R>=]$4)tL#1_o)$,27&%|;CN(MNlT&K1R}7)RY@#0>MO#YyXS$/>Kw$Zwdm#)gt|%'NRd#TvPQ$u^KS*zeFR#jyf{#qI=z:Ko`c#WsPM&qVL{#zHH^#RGU;#(hwE#]#_W#[xTk#hCaJ#)5D@#W0vP##TX:$+duT5cvNl.H,5L#UmQ:&7Um[+G{wM$$kkP#_Ue&#VJ}Z$(gn%$+2F'7j[sT7Mi9k/*sA=#VK'_#[_S14IVOA#VC'G&CRrr%u#o)'8CQo$NI~d&CRpV$+[bn#o|q//X>)c$f<3M&.W$N$_{^F,z`L=#SoZF.65,U$Bg)S({keM#WB|1#YP3V82ys{'Cs4/#b'8>)K&c%#R%^L#*wKw#k@:j&]R,'#T#Vj$6ay5#)_pO&iF%)2<+Em#WJ'{#[GCh%_bB[+>bkp2Crla#VS.t#qj^`$)nv3'@p<c#VK&V4{4a=#YP5l%Ku=P#m_[(#pL2+%[D0+(~pe6&tdU;%:Srk'DQaZ#UC|H,@GR))^gA~#Wuav#TUHj$,con#R>+`#`sXC#0O^m#*w(B#a'e(%)]dA#+#=x#fD/-$ol]K$6awq&#IHJ%'=OZ#*M^G&WW2w+'HVT#dWNo$+#8C#RG)2#u$,f#r@3L#XA'V#];u)#[wYE$8rW1$OH|x%8w.)%u*I;$3e#N$$RTX4MRZ)<n9;s$Y`</&2|*+2,L/98&e02#qQB+$mn5+'9|iO43tdq#WsP>'_h<w+(.$h#p~E}7st0q$@>su$KLtV#*E`[$t#rz#[N9r#]+}=#)Vd&#czNx#(q6/#W1*D9up$O#W0n12D,-]$e#*U#SF9A*pCCD#jXEG%/%4W#R=}&%4(<z%xK%7$=*u}$6|ND#.Q`W&YnV,#|-rn$+#5:#bH1o)'91&#x)H`/G<]I$GzH@*Jq+K#)gt;#^L=]#ZG:0,]m:Z#V+3&$HqL'$;[uF$q7-T%vB5Z#TU7K&vI4~$gR:((xU@d.9[T9#RxT^#cp[b4zh-#&HN1f#R=~B$$mib$2Tg_#V)so#j@-y#a'gv8F5Uc$*DNK#adz:#abH>#X2;m'%_Xr&C[|S#*w;@-.pcw#VdD,'DQN~#V|Sh3YWe#$DSw_#*N#A#t=657yi,U&^rqo#i8et#Ws]z#T$Nf&-Wf8#)gr#<+Bf7+mnBd$'hv8$bWHN#VE*l$P6u8#y0+-%/=kx#)5FM#)FMG#zrLw,7GFJ#8qV^#R5s.#Zq:G%QFCz*r0M<85_(R&_yXS##eiJ#*EVp$Hq9V%qWH3;xuL_#*-&B$&/2k,aReT#V}rh#%9>@#T#Si#UuS+#Rxe}&*nvC(k+cs#dwaD#e6Mw2sa*:*4mq0#VKB{#*$2$'j*dP#n}nw#)5j+=/,KK,~KQV#cq>I#)x-e#w:64*rz^g$Y&A}$XP7Z#[Nzu#_:-$0:QDL#*UdN#(q$n#Yr%k&*{~M#V:U<#v]j%)B':v$=sId-C2~=#Z-j8#WC-V=KUgG#Z6*O')JM~&u|~R<}h./$a>~;%4Z&F#X0O=#TU/]#_1lq#|wv^,ZEd,)Gm/l&,XYq#b7${#WC6X&(DFo*.RP*#Wsp8#UeE6#]M.X&g6|{#TUmh#Xrlm#)h)H#jkhD<xIi|%FPp&#^mRP#W1P~%Q55J#V|]H#T$O#%Ao>W#UeCV$A5PP#t=5T/'maH%$jgC#(hzu&fc(J#`vbG&Tc:S+_wIv6_y:1#*EZ%$=s1i&tdT-%{fid#ug=T'4GR%*hU)T#[,if#e~ld#c-oO#dwa:#[F&T%=Pf4<J#ta&-pvY#R&qa$7q-f9Vmdp$n)yb#*EW:(=$2,$+m'o#X/mb#)5}P#)5FH#(p}g0U_pE,;M=$&#A8B*w*n^&JCh8#eMAU#jHXn#(q%8$#:w:#|VVy#vedx$6z/C#*g*@#x9m}$eu`6#]M2*#U*al#i84&#vD=x#*^qz/RRfb#pZM:#)-9y'DQB56HE2,#*Uev$l3{b$6bD)#ne]H*ikK=#)o}8',O]p'CQv/#SF)w,0VPu#]$OI&JCh)$ndQW&30>A(HUP~#)Vd;&-pvH#Z-in&&-,{&r,#v#uff##qk7#&+{8]#Z6#[#*F(l(C's_'X#vY&agkj%{fbc#TU5)#y0;X$(w~9#[_<Z)n,g7#*Eky#WJ$D#v]WM#)%OU$/Wbe$CVBh#R=t`*}$m>#*Nwv#ovYr'><OW&nQpl#)=Zv#U*[m02PBp$1<Qf$2n-91,#yL$fMI|,I-=9$em|'$,#9E#VBx-#.IUo#R>Ja+i/l;&J}De#*<J//0};0-Sm1=#fmc*.65,h$emX;#V9sS'(e*O#S,mA#n~;n#}#~n#{pnU3(Z96#}NWG%:MrS$M[&3#veaU$(g~{#c`K1$}}za$>j)T+JNnC#(Wa$7]KAJ$R,Zu$,fQj)pmT&$q&uw&yPrn$RwuA#)%G@#`8|G#X/gh#(yco#`Z<]#R=p;#VBuB3ugP<$HOw9,1,3S#`sX;*|-rg$AAK6#(hr-(1rs'#)o~.'g%b=#W9R:#R>8u#.AML6Nj$Q$oB;M#qI;o#a'dp#g[Ks%OOxR%JDhv#S,u1#W8{<&t:*>",
"$F0nT5z_'x4KTKX#[F(w#R=}+#ijU^#)N]<$3LC+$muh3#bH:H#R5j['*l^[-odx7#*$9M#*^|P$.Xn_&agGZ%<s-n$YW0]#`sge$/a3F&zff;4K+$g-kDs_#S$Sf#*NSn##~%r$KLqo#~v5K$(N^c(A)e^#)N^q#WAuJ#(htD#*g'H#`J.N=R2wd#hE:5*Za+G#WBN7#WJ$O2%|Y=#*^tJ-%/&>#ibq(7vI73$R,_Q#*$x(#YH:r'Dr6[#)p#J#otiu$2v/E#)Vdz*^~O.#(q&.#`dSC#*nwB#(yi0%^dH(6,&_B+7P[O#X/gi#ZO)V9oMgR,C+2-0da~i673q@'*rsy%|<&u#e4#='~z2T#mvd*$kgQJ=^'w6#VBxD#lNBK%/i5Y%^R/*#(i<_#*-1H$(x+N#eM8;%}#L2#WA{$#)`1c#*ow=6N6wW#V|a<#}EAg#*o6(#R7J*$Z.*h$_[dc(Y[2d&cLM5%r,t4&s}~o#U;/k$ocY.*hd:i,J4E|#dV9N<#1IR.I~-3#^}ap+XC4-'/+._#bYF4(Y|g{*`dD-$jhO%+6c+p$&Sb(#R5uo%h.s})]W|C;T;)b2e$6'#_dXG,@.3v$:;V4$:D^|#*<^W#U;$B#)o}l$#:=T#)Fi%(@+cO'Z9s}#nm{j#X/gk#a/u%%s+|g#c-z[$14k@4Jo=g5=7)8$`))Q$YcDt#cxe:$;u1{$^[Gr#d,oE#S=,y$L}Jk#*o%>#Rx{}#{prk)s'm9#abBs&W%RT%<YnI$)^h8+C4Jy$L*Z6$meU_#}EHH#e~g>#W9'Z/j~A&#UCzS#vD>&$D~$w'a+i'#)-:h#*,;O#(hz>#1N^m$'jSW#^+H5#`ZGK#`J3>#)64T#*n|1#k>6A#dwaC2=Sos#RG%r#p|GH$q@6s#RxKh#UmJw#Yqau4l;mu#UeA/#+#DK#r.|:$+djw8$xL{*fnCd#*,Ss8*'HE$Oc8K3|oA~0|7h6)9r/1#ar_h$,2C]#(y+k/><:S#/Xiy#)x+s*-[W(#_S75#R5lD&V{Yt#e40z%D|;+)u6*5#R5jq$&Q1%7gVb~*WJr0=n8bJ4$Z-^#[,gd$HOyM$@>dG#S<p.#[HpH$H.nn(=wTF=0#Fx)YIp0%&&*6)SP[O#cq#`$+[j;#[F5+#ZOEA8yCjf3[GW]#*Ufa#UujF#*Mfz$=YwS8_^ax#`)K'#(y#R#fT<=#YygG-^Iy=#*EU[81IfJ#Tv[0#R-b`)$E7l#Z/9E:bXXB=&Nc<#WR7>98/d,#VdiO#^vf*$41Hl#b&vP%ip]l.zD~b$R.Cf$<1Sg$;x'^$HQik)V~CU#c-u+7`,xo$sx#W'r3i8&>`Bx#pk^R#*$Oz#_S1L#fT@q#/Xg5,[n:})]pC~'D'e'$k=2Z%#ki$#jXnC(LX<$#[N4&%&i'R$&HLO2pR}n'~HAL#ajf(.@#}h',7*++4lx1#bX[+#}EHJ4N(=5$OzJW%lDB8->6:(#RxNQ$tvy*#)gwz#~mq<#xcq[#n]eG#*Ekb#*,CS.E7>/#VBx;#`3o..ygGl$FAwA#ajMz#W;b:#`Ze+&]tVO#R=~8#VBx1'Y*Yc#VK'&$Wb6Q.%-sW#)x1T#*=04%<Ysc%[:v&#VC9p,JMjS#bHED#p{{U#)%2993wS:#*M|4#d,qp$IWZk'PhFs0;OCp%1n#1+9gm)#*4>p-Qw/Z$D~zF#)g~0;$Zzl%aGB}#TU8w$NsA:#r/)w#[_B>#ZPGe#eM66#$,zp#15F^#)-BR#_:H+#W8s8$:Tx%&lT89%u**I#hBDN#)-M@#ZhP6#(q'T#ajQ0$p'xL$jhN|2TMWF#XrV,#)o|O#bX>p$&HXR#*^q,&YE6M)u70)&7<QF$)ENX#2$53$v|ot(2jO,&LIt{#^L9{#)=s=#`)VA+&A2r#R%St#)=el$>12`&-pv>''++q#hv0[#b)de#p+|L#g^,*#XjJB#)WC.#0>MW4Dt|l$,KU'=:tUE#bX>n#[N)a3`:WN#U*cv#p{q%$rOC7$z.2P#Ws]V1mp4S;58kJ#RFxD%C=*q#|V^U#hkUi)cQ^V'/+0m$_)TI1mpH:-@_|f%#kgs#(hzO#*,Fs$VkB1#_T'A#fo(G2[Fq39B@(k$.Xof''utC*-u=L#Wt3O$M[0I#_1li#(i(^#)pV0#[F<:(`nHr-C2T<2F_]w2%K9+#WI}O$14PU/~iE*$,cn'#X/rZ$.Xjp#dgMj(=O&e(c(]V#c/E19nwF~#e4)w#)p&n&->I&$eD*@#mvk#$jhQo#*M_Y#)N`z&XwQT#S<rF$yj*2#TnCN#fTDG#w:3G$.X~q8o,;5#dwdZ#_25T#^L5*%i>*p#WCw'*G|1]%^R2t%%PRc#w:<l$l3xu#qI>+02P>_#]MIK$;u7S#(q+f#*$+a7%`Iw#chMb#jH6z#_;(&%o88{,33eM$U1aC#]$@n&6VpW#^}d),0ws`$$kp:'F5OE))PMa%nkpM$o({F#VK1x#p9*L/37-5#)%:l#)VdP&:|4v#zHHp#)_ft$3KY6$mTMa%@5[2#)_f|#v]ZQ$okta#V)_r#_<}F'5IH=+eU$4#1%3~#*fuy%sMGk#Ws[1/4Xs0%Z_%s-hq@5$H8uG#15Fj#Z5zN#plw+)FTf0&>h(E%o8+w#W{VW$B4[&#p9(x,&XKq5&pD<#*V4'#^mP(#`cEj%NZ#C$4e1&#WsV{#W8v,#)_tx&:t6F*AaqO#`d#l({cXN#*$3h$;u5C3b>Vi#cxhu(:I9z$aX8H#*Ec#(-npT(@mn]#[,gV#Z=x##RO-u$1fsE*f~T>'Xn=$&1KT'#XrZc#TUGv#hZP0'9d2}#VB{8$'>J^#*ftD%0<Go#p|Do$&7BU#b6~9$$)*u#(y*b+,:9i#V|VI,+l`(#nmeY/xV07#p9*A#+#^/%(46o&yoz6)bRC|#)-<B(MhG3#`sf53jy7Y.$z%|$n*Z8$*v$e)FTf$$)EL3#`Z9q$oZL$%h&g8#*WM]'@v0M#d$iI6or=Q#x1+%#Tv_<$XcAT#SoO{#)=Mz$0=OF#YX1h#^mPi%>6q>$+]+A=8gxM#VC'A#`sXR#)FMX44)%a)3%)Q#h1&O6'n=}(['_1++E3F#d4z<'3XfN#s.}b802ju1~&DN-1$1:#W{^<#)_n/+JN}9#xcfZ#)&,l(*@GR0-<RV#^L0*#xJME9l>Pa,[oH@#.IUf:Wsvn'p5v~#c.m7#*F0u09bTG0yL0U$D[}:#`c]a(.,HS#jymc#jXRh$WrGG#U:sA%.(@3:k>DJ*`dGO$ia[~#`9$=,M|[U)79XI#V|SY#d=)1%gA'h#*EcG%(6i92=;54&J[z'1tGt::`R_]'dR.H.}J+~$Wb:U$MK+q#)%PA#X/j4#)o~6-)D>^*u_Lt#}N@Y#[,iq&%&-;#W|#%#*Er;#i8%f't{uH#)=PF#UuNF$50Fm#Ve@Q=A#Tc#_9yv#pmD/=.-Pu#V:4R#]MAi#r/&e#)p^;%paM@)RS&G(db;O$zpg`#jyfs3vL*s#Xs8p#neUN#mvig9_;9&#)VgX'.qrf#0GV}#pkem#ve`B#UeAl#cx{u#(y4A<R+oY#ZJ,8>DAUm#)_g,#VdB9)+-){#R=mU)ilL=#RpXV%qWE+&q_O`%2upf&~A;w$*v+T#-1G6#ZO;J&@o)j$Wb6P$,S@j'c[84$$Ly.#lN>5$^2.H'W,v4#*w&6'=/0d%tui)#)_p5#a/oV#W8p0#(hyz*'0'E)I0Q%#|VW/$6zbr#Ws~2#[,qj%jy3/&u{qr#UeTs#b7ls$`(:C#q8+B+;~,x$Hi3k#q8(^#+#ID%^^&1$14]++Yi;k(_Ev;$4d%>&^rP>#_9zw#VT~v$dnYm4Jnme#bqU}$r`nC$&QDG#|p&b%HyF(6z>v^$swo7(C'A8(cZ0N#rqco#S,bz)%gC3:-lGT#w<LJ#p|rU#T#Yt#)hOy#]O2)9d&'(#1VhY#|=;5#ijuj#hBM}#SoCB#YH'H'q+te'GUun#jH8J$;[|@#*w/J",
"$49Y@0pnKV#bH,/*P(IZ#o~%O#ZhC-#*EW*#(i10&oyn*+jykA#(hu[(Y}Fe$/`p`(&gh&$RoLq3_t'O#YqZ$#Yqa>$OJ0U#*%,t#UD%_$3drr*u_A-#qjZi#YH&B+f2gV#ZhB~#mvd,&&os.#R7^4$)EQL$^dFw#S<y^#Rxho#YqXj#S$Zf7ohaX#`({z%s+yp&@o@,*wuX@;3T_e%m^h$$n1~<$RoJg#)xI:'dR4*/~iDq/IC^z%aG*5#(i9i#W8t^(Q|I@#sGm##n]OS#.IX`#SFJJ-3RK{$Wb6U#*w);#U]>d#[F|$#c.vd(+x}$/sd^}9=gTZ#V9m@#hssn#RpJx19'-I#Vlnp&HEam$;[u>'Cs1-#d$p-9^,Ag$a@o_$6{uA'Wg;d$8NhA(O3[n#^uXo'1JZl#)-No$2Te;$=QoB#_:Ge%k^Gi#WR1#(9AP`79Je^#XA(7./#z`#|FAV)9qvz#)p'X#c%i[3@j/z'x%=h#[,gm#Z=w{+d<nt#]M,7#R>B},URo}%j=@h#_K/D#UD9$5B+&M$8p8=7Qe/A$4|4](HN,F##LOl.s]D7,#|lQ#)go.#mUE-$~vma$*#.F#}MV(#dh[+&^0*_#UmUI%aG#{,kF$I0GDFL#)7Xb90rJ&#(qIH#S,mZ#eMK8)#=7=%-an,%e|eV%(Ua*$uelf9lq#m$ZgK_*i|~4$,1U~%1~3_'^'D_)l'1*$psSi#atBh<T}$%,[Lv:'-gl%#Uu^D$mm]4#)-9T$[<i*-[*S9#Ue<}#Z>+3%tn$K+}E.F#Z-rE$7P79#+#2F6bv3t;I>@E#ouDr&Ez=$'`4v$#*4Bo=<uA{*rze0$2n%3#g}]x%|}zR#2EUj#*F5L#^uZ2%FHpq'029)#U=in#b6|&#R%^l#ibW9$(hYt$[#]k$FcT$$7P#I(RJPb'2e^b%1~K9%$B#8#YiIA&#IJ+#[F-W&g)Un&kmW((_F+K#b7wO#dwa3#)NZq#VB{P$Wb:k$K`4665>3H3Yy(Z$XiQ[#_:*u#Ufo]$-0|j#VBuE%uth`5oj*u-,83P#[-L$2|a%p$&HN_&IDhJ#)zL'#VBz:$mgdb#(hw`%:d{[)_n@1#9p9]#)=JG$YWOG#ibML#VBz<(k(ix#`9CO-dm7-*]V#{#b&~B)xueg1YYz_#qjaj#)N`K-Q^sb#c-x8/f.T'%Kur><;|Y*#RpCE#|ox:#WsP^#w:5k7T@bH%apP9#h0zs#S<|{#V)d>#V9zb%u2)|$(gk=#*ErA3>D*,#XjF)#c`Bc#]E(0#*,O}$Y%g%$Md.K#)p=O$'hr~#vDm>'ICbc1~<vd#{``(6Hxi5(#-~{&wXK<#i8%p#R5yB$>/O/#`[58'_h<q5iFVa42;'(%)LR5:rz57##eiC,s4w'$|^[.)G2P3#*wB[$a@KM#UmU'#*,^*&=y70#[_I]#lwfs#UeDI#i87g$c_D##)5|D#eva)#1N`1$Y-i4#U]<r$uf>_$:Tm<&yosh1atDW#cpUw#)xK{.<ibM=oj)M$'i>Y'Y*Xs%-q~u6gGX7#y0-P$emZ$#TU/c$r.)w#S<p=&Rm99#/apX4|EaR$;u1o)p:tZ#_3'L%.&.D$&7=.$0=h&#)=M2*Ri+.#R5l8$ugN9%%Pay(<G#F$Ob;7#xBeP8YMN_#$*.'$hI<l#RpK~#SEx>#`cE]#%Za>$&PTT#d557'sdZC#XjJ^$qPHq%[]86'Gx[B%=0HX#2$3m:E+&w#jXE@#zINH#fo'<#y8FR#tgd(,~dKZ+Cn}v$}}|u#^vB4'7f#U%#kky;Xz,c#)-ER#(p})(u@-`,y8't$_{Z>'%NHJ%wrhd#)gyC#VS2*9sHZ@$KfO<&4@OJ#)Nzt#otfg$CWd8#^-QS#R-rX'0[ax#`JlB(h~b:#)5<0#.APV#o|~9#Um_w:)xJr%'p-3#bH./#)F`S(-$7X:h)/g#neXt#ajTb#(yD{#xJN1$41FO#YH)(4FQJr'ZS,o#TnH_#fUSB$c_AV<6yKd%3Jc(#[,sV-|NCf%'N[h#ZhC+$2X+)'2Q[$#jXQi#e^V^#^}s{#T#c6#Z5vf#xkhP#Sphf(Mx;f&>h0b$<$]U&^I1o)xmj=#c`ET%ST,O'dS3b#VLB;#|_g:#b7(_#^~&B$$kn.>8CfJ$&/fO#^L/,#U*ou#WJ(a$RwU3%xXP0#(hu-$0_mZ%4(E/#T#Z1#w<p]#jA%t#R>|N6a<Dk3@1ma'Wg9j/opB<8+xX]#w:A;#`sV-$%IOV#cr#`-rwVI#xs{.$ca>82|Hjd$&7=B@'oI'%/gwO#c=|z$eGI~&J}Bl+$2#Z#eM:>#)pd}%J;f=%N7q<#*EZO&nQ>-#Ue:1#)_qD,fR{y$@&C)5f0C($qP@s#WsPQ$Wb99#UuRB#ZHjn$(%-^#n]r6%_A)('J)Zz=W7uR871xK)lXG]#R={A#RpCP$El3W&>h0g#}EZS7gN]l&t:0:'91>H8B8%E#c-r($olg<#U]7J)+F|d#b7#I#*EjT#UeDz$u3=<#e~kR1^x<t.t)hW#*Uzf'CQkB#e3|]%DBfh#WJ']8w$:b#)_g.&MQ.Y1bR&D3K,'h,ZEg]'%pxF2NCRB+lO51#`sXE%MkLM8BYDn%S],q0IBM3(G;}`'PvZI#*,G{#XjN5(8t=-%[2ga%deGo#q8(])o4Fo#_4VJ'o8r3#RIF.$`R0X#R&8`.E7KR&3Ygk#R-_l#YiKt:m<ES#UCzK#TvSV$/ZN.#_S<:#n]Og-odw|#dw_7#VK(T)1'(G0^6/w$2LYg=nZ#>#W1GI#*&83#]M7/#)%3Q#)_in$p'u@$51<C$%Z.A#]#[R#^u^,$C`<5#g].c$rOC.-,IrW#*V:5+p{Wg#m4#@#Z5m4;6AR]#z7@Q;_B[A<8_Z/%'g|7#xJI14;C/G$2Uyk&]J7b=hrXP@0C7@)c*'_#tF>+(.DF:21-sZ#nL;q#RO$^*sH'P($NSg#xBXm$&PXk&r,R:1J7O`>4yA)$KnzK#(p~$$Y%dE#W9LH&b3q,(fW0;%$J2i1iBeE&@4P,(1IQ1&5Wl.#*F^]#`cL8'Bc{_$`I(%#aj^M#S,gY>O/Br#V|tw.LBmr%$IEc$(PdK#jH5~&-.2g2Of5C&q,~0$}]Y)#S<p5(7}[C2T,:t$*;Ta#XrN.$=uT34Y&#:#]E&z&k+J+#|wvL%s4&/#SF(Q#x1-B$.jkW#ryr9#_1o_#nLA)$%(,z#[H%Z#tFTq#SoIl#dgj4'1}51'SZ&n#`*K|#{i0k#VdA*#Vd^=$H.S9#bXH6#RxNP#SE~p'7~]X&-y7f#b*13#*,Tb&,7O/$WrOO#zHDL$<tJT:rrIE$VI~I$US7J&r+u=6,q{g#dwaR#}EID&c]:Z$>'ER$Kf0N'O,PZ).ls]#bX<B5@x26-GOZ9#s.%3$HqwJ#rqui$gKeZ*n#dS$4Jy8%V7nO$(y3w#*4>v(1KdC#R-fD)L%BQ&%`]w$q@2P6*sZ0'opWb#xl$&#*<SQ:a84m4Gdpz#V|[T#)%It%lD:F'UX2G<*e0y#SEx;/XTm8#m^MM%,Y^c$v#SC%=YE'#icNk9--D~$:v1|$w1Pl=Ln2G3uvGQ#S$Y+%`6rn#(y2:0Y9Gu*@sS/$=):X$&''z=U/wG#fmUh'D/N0#hB@h-VXu;#[.Pd#Xm)q0)zby#ZIPP$TuJ;#W|L*$k$n8&Ho.g#R%[p)d6m5#S,cV#TUZ1-;B>g#{%~e$4c{C#e~dL<+3c{%[]GI#[N]03h{C:$2TeI$t#~K&2kyI#S-'&#UCz@#[,du#WS41'{|qe&2BN@#z0<1#)gt=#*EVe6)tHL)>dq;,*eWs$&PW,#lxHU#`f&G$6bPS$[+`q%ypzX$OrI.$)^es#VdC;#`[$I#_1r:#lND;&%&.A#f*sL%A_.o(tQ=^#j@;_)E,I.%b<wx2JOM[(I)E&63bNf#RF{3#*Exs#al'`8im<G',6A8)exUH)dyMQ#^v&P#W8m@*5dh^$0=Ku*,f$@#|wxw",
"#)&7<#d5(j#g)lS#o*%[4IV`3$D}N0,$suk#e~dR#qj^J#)=Mq#d$dF(ieDt$iahj/c:A&-GG_y'Qu@T*0//K#TnLf3WD@^#g_*$&#QO~%9+Bv;sh&u*fg4#$bWB:$^*C1#spl9,x9'm&-pvR0v`/s#~TQ~#UC{T#Yy}N#Vd>}#*$1T-fc|H'2{&(#)hM|.a'S4$;e$/#hZJg#)_uB'ZS/1<{w,R,w1%(#W0j&$Jo=w#`JnT)SyQ@+Um;h#VdL{<>bu#$#:VG8')U3$LCpL$.Xkn#jyg'$oE)I>2c'3#]N(F&MBo<#hE.N#ajZ4$0x*62{X)s#(htv$Wb9:.Rl}/,|,&Z#c-zk.1[[)&su_f#d=3r#RxQj#T#Xo-=P[;*^;hh'a3im-]CcO$Z,ul#dgMn$&I;6#*ft:&~sEM#XI$9#c-o`#p{nn#}M`s$2L]O#`9#0+Zh)q&m0s3#)%SS#}$l($P>q$#otq|&2BI%'-a`+,p*WX(4oy>#*Udm#)`LX#{i-O#UeK:&h6#G)U@X#$VLbA#[,d{#zHFg$xk[J#VK+C&<'b0#R5jI#*g:h%VH{y#WAuQ%J;pE#Yqcj*{H7V#YH<1#pknG#S>)P0P4Ib#S,{b#dwbg#`9Cf#bYHP#i0&q#YX7,#`]JM#)Vch)('|^#e4)`)dcMV@)0~V,2me]'z;-:0r)Qc#WA~o*`9of#Tva*#SoIi'+y|u>8m@C#WA~8$meS[%aG5-$,s~7%*Ki|$BV^5(FEhn/dc,B$%bey%(_ZS)ilJ+&IE5a#)g~Y#WJ-n#^mm6#e4$%0Y9Z-*;a97#%kqR#V|VZ1V$5V/qnI-(s1)811as5#Vd@z#*4@#+g1fC#lNFJ$61/_#*^g))_n>z.(L5G#S>GG#nLA_$V{RT$6Phv&9Kg'#[N)Z#[w^[#R=w*$prjW6%G$p#)p'o$'q2k#V|r{$;v/H$<t8F'5G5o#YH&J#*^fq&tdTC)B'C)+U$Za(VEnF#^uY<%2$UG({Rr2%$jl5#e4yI;OR]%$c5(2#b6ys#R(1u)|.~7/o-ts&#{&Z,fR~@#(h{Q(Q9v>%:Ci|#)p*&2],<t#i/}+#Rxrx#a7zU.zE$a#dgOy#]M3K#)Xfx/<6DB+|xd~$#:8D=*tDB#xl.>#*,9b)`T*-#)`,6#*o,s'_W.Z$+luy$0VkD'~zLK6#b.P#*,_t#bX9c($_i(&W-^n#[-63'^qH8#ibJl#Yqoj$a&eQ#WsN8$3duX(,%UF&}c[M$ndNU#p{t`#w:Hn5bEX]-DTN('Z9ln#a'i<,OXty#U*i()'t:46EPF/#ibSY$HP.r#X/kG#)%._#_S:8#e3wV#e#nZ*`BqE#Xr^]2=:1I$(Nd;#nD[h%zFcC'~aal$;u490b1Lk#^mP6#`cI@#VM,Y#ZG1W#mUHx</`1n&FXE$$3CZL'%_Xv+W(IY#hkd1#]MM-=@VFd#g*6f#Wt+g#^}c%#0>MV'/+0[&Yp`L*&B4|%1eqk&1l|F$)ENO&HEj-#cxe(8)b/6#T+]+#ir^i#q8.1%_A)8#UuT,#`J8&#(y1H#UmZk#TU8j#`:4J#TvKP$q7'D#`myI$k$mA*M4[,-$A.i#dwf0.5&8%#foYb#)-Y2)%}t0#*@;&#R=~|$1M`p)mx[}+Xb&p#W{gL#R@M$#^uat-,IP{&||rQ$gR5n%[5;a19jYy.J}0A#)p5w'cL&W#)%LF#wC;V+*MCE$`'fG4.aGm7>M3@&rvik$IW#>#WA|R-U8P}($NtU#p9-M*2ghV'$W]y=[_kI'rmY^$*LTD/TT%>$ERu%3:M5R$%IIg+@7Bg#^xus&$7TZ$4cx)$t$-$#u44U1cuPZ$^1kg'E6U6#p9+k574}l1nNkC#mvjY$^C-;$Jo9D4B<,T#VC;B))P[n$1fwl#[,ia3u~Gq#[Hyx#V)j0#)OW[#[-%U*2gnk#VlJG#c-s7$`LDb#aQ<6&rve^#[wXK#R5je#_U;P$8%<Z#chUr$3uEg%UZPz+C4AX#8y=Q#mV@6>o`]l&|<G9&ah8),e}Op6HNqr#jy{:#)p%o#s.%=#}Uuh,,JK7#`[%G(%,.7#g:BS<($ZG'5FM9#S$Sd$WjHt'ivgt%(pmp..g`D#R>Gh-I<UY#(qZ_%JDgA14<7d%DBiR&C9UZ#ZhtJ$B<u7#SGF*#XrKA$XX2p**NW;$[#ZJ(s2yY#WZBC$TTD#$1ftl#*E_[$ERtw'bT/J'Dr3b#)-:y#*Ue+%&.2O#]E$*'ujU=#RFzW#WZEn.{mN~#R=z9$;u1l#jB/D/whD$%dC})1{'wc$f)kB)Qk/4#_9u$$Vsn@#VK)J(KQFR&zfY<#v;3A#(p~*4#2VZ@A|H;$'OiN&XE~>(v&QD#ajMg#^uyu#dwg`$PZe6#)=E6$q@2')3hvd#ZG$A#oKa~'1DUq$zrtE#VK;)$ZwgJ#h0y[#Zi/7#*EVA$J$i)#VJ}`$1<I%#S&Vi.XMr~#X/gv+mU[c#T+cC#[F5V#dV>V>5Vy9#Z5m2'a+or#a;>|0IZda$u}rd#`ZAa#ajPN$bWyO#w:5])%}t6'55E9$V{RE#VC8|#SoCW#(h|c#)%Yi#c.QD#jH[y4=r_s2Y'8&$$ch2#TU1%%Xyg9#S=)):W9)H$1ftr&-y)R(fW5N%'ow.&Oq9Q#p9+e#lNy7%^Az5#W:HZ/)90h.K1Ab#jX_I<.a#83yI0V3`0@Z(h~td#)5Hi'(CG^8e6hc$;u@g#tgp:#ody^&%)&q08{yy&CRt7$=s8>1|6iW6G,xx#iraQ#g[HT%NY'5#1VhR/wH+K#*<N7#_:5l#7/s/%/jw($<t=y%DCWL%,YaP,Oaxw$E#}5-H`#_.1SJ:6tmT@#)xgp*X8Zq%(UX_:^]WD#hkWt#_S4F&fdu~/S(>8$0=N/#VdMd'1BSS$c_D(#*wfK#xki1'eI*a$=QoP&%`_z5YflQ#j@)#$a8|D0GMIQ%1~+C#)%3,$E|R}#i8A4&21>1,e}k;(v&&B#*w/y.EXc`$:;r|#*w+F#R={C$&z$C%<s@V>,Z6h#`8{6){CJ(#_9u)#R=tE#[N@l#v^Hu#(y0d6FWHW#hB/R$OrDW$@i/L<}2`y%qW~W8xLho#w:5Z$emc2*I/C'$#Msu$Z%V[#U]8Z#*<S2'mI+h'mbBl$6/F:#*<kp$mm]k#*gH7&lS`e'=p(+#TvUr$ERw++q19X&1+-K'+acy#`Zt>#*$20#(y/=#V|Zp%4(=g$Gb7m$lMSR#UuT4#*^qv#UD6##UeM##R>J)#UuPG#T#ZX#VCXh#WJ3f#arp`8{QnJ#YiH#$1fsH%jx+x#V|Xg#*UtG#Ume+#qjbj$6a{p#)_v'#_9za#R>;y#)-:4$yqoo06T_S&'vz5'J)}O#dgO|$/>Tk+toso9BqZA'|9I}#VLH>3wRzO=(=7:#lN9,$.Y+s#T$&T#yQQ~$(%-6%_'_R%=j%`#[PRW*ptVA#[wV//(Usb#aQ6T-s;wQ&H$E5#(qJC>EP6J%PF~0#_KnE#vDA1)NwPl#y8NO&nzhj'[sLt#*F(.7Lyky&]I~F%jxbK#z/->#*n|:&iF*Z-dL,w$&P[-#g[GW./^X&$rpbX$ZV5p$-0bv#(q5{#Umcv#)g{@%DmtS0Z(F0$El>Y$$)UM$8Nj=#qQB2*z:{w&yxHc(Q9b^#jH3{%|;d<#a'iC'<Oa(({ZK%%57G^$F0g_/5>#A#z/(A&q$m$$'`w]#qSAE$u3hS%{MD`**NP($B4Uz$;v8~#}UTo#R%[x#)5nt#`kK##Tq<L#abS}@P:tt#q9`|#qrp]-lD^r#`J21*+w%y$(%46#dV9b$C^5P(1IV2#SojU/'+%z+Uete#U:u1$<Zx$#VS.x'0[_'#o*#X$T*lF'1|-`$$)'q)+-.T#|-,}#n*z42(1-^@2/M|'j:z8#R>Gn#%ciS%&&)_,%YGP#X/gu#`(gD#S.N(#*<S/#_K.e=.{jJ&:t9&'N%Z.#V|Y/$NAlL#RG'w#`Z>d%5z+3(Z{SN'0[c;",
"#c>1L#cyN/%9+uz#UD=</~X9:'|9D}<S3%f(B(9y$=s4-#W0dx(-<tS#ou.(,OXp=#[_<s#1N^e1}jZg89A%v'JR~d#$26P81/uG#v]U5#Yr3-#T#VW&||tr#Vd<t#e%eC#`9:)'D'G7%`qPB@E`2y+sPXv#vLFn-SKg>$4Jrb$0A3V,ZEf7$1fv/#mvqz#YyYC#%d+*%_@u'4w8]4)TW&6#R-bL#yQZE#w[`_$HrN@$a7T8#T#^W###%|>xp@L#p{y~/7mek#(GP1%^(aa&RKzw%dD&9#g[I*#*$0s&#bb16TQR6#*Ud0#W0jU#hB/J.=ONc#R>Kp19/<V0'|`T#mvfu#_SCv&dS03${h(o$`'lj,[%Cc@r[[)#^}bq#lh5I$qXVb#W8s$#|%Ii#R%ap#b(w##)x,q*Vm5%+42<.%7pvr#*$2T'<A|r$@.fL#*^fp#b7%w$;u6u&%PVY#p{rS(-U^5(;6Ns$4c{>0cQv[#Z-j6#*,96&5Wk&#*N:8$@@=F#(sv-&^}ms;-Akq#b&qP#)gvI$3K~$#dVkl#/Xj+(WDiB&%OW7&KR|-#y80V#XjO%#b'0J/9Ze=#S<tU#*UhX#R>S_#R%^r$Hq;_%py|i'ruk3>|1>O0fNpy-LRbb${xAp#c>3u$Gb+c,^9_e#qQ~U)*hk]&RT&;#*N(;*.RUH$*~J4#xcc9)r{]l$>/WS#R%^U4eLN6#^mN,+H7Vp4T[e%+@a|z$,cl^$+}@%%obJL#pB5{#^2s{$7s@8+$2+-#W{cp#U2j(#my#5$,co_#*UwU$3fp{*|OHs#*<SB+YOm`#Ws[g#{pkO$NC_|#$26M#*w(Q,uTK+#ZpU(&-pvS$C;ag<Sn/a#RF|V#24Fg#(q#,)[GtG$9Mi;#(htA#*Uu{$r`Z7#)-9.#x1+:#yQIw&'wCN9;`~:%)GZS$l3zV#]M0(8Uwta'Bd)a#e~d9#eMQN5QUnb#x1-j%**2v$oca##_S1Q&:)ES)O]aA#|o{^+W8^^#S<rz([zGR#*$1Y$'>Pc.<j8:$u3Vz#fD,)#)x,M&:tJk#lh'{%,Ycm#)=f&)MMlT#bqUz=8`l]0OLY16@3|n$Kn;X;nSdv$@.Q1#%9;M5xyTO#S$bx%^kJG#bqxk3bGT](>;}$#W{SS$JEnQ#g|g:#Yydb#)owQ.+Q[-#RpW}'Zdc9+NJv1#`(gL%M1'J$jI4]#jH9G%u*$+#)_k~7ZSV=#WJ$H'+yzA(BAe2$`R@r#R5jN#.IUg.5pn_-Y^}/#RpKe#Uo^U#g|j9#fT<>$2LYh#)`Se#hs[0%{f{_>dcV$$&Sf5,AxCf1TFTl#*UrB#*FEO#(i&c$QW'[$Pyeu$*Eh2:.1sH$#KNi%Xxar#_K`4&o7z0&-pvA#*XF%$Utb,%mSAV#)Ng0$&0'<#[,oL#_K)<#TU{,&Oxc3$r`wt$q8$8#RFzJ$14NT%-'0W%{<D'#UDUA)pmMB$jhQm%Qwci.#/k}@W^>50i}>#$6ax/-5/*R*B.hw#TU3A)t@*/#q8Cm#UuX`&2BT`*W~^q&ut9#(~GoI#RF|b:)h<=36bb9-}S<Z&lL629wf'u#xkhw#)h9b$$*K{2ou@Y$;uTc#hBI<$@&@I#*ES`(z].X#YyV>#*w(N#(y3x=VaIG$)ny,#YiU>&GO0f#xBBt'iM>+&~A9R$4)>Y#wlys9{Xup#fUV633ewL:g:<~#R5pI#X0m5($NF^&7^t/'[sO3#ZhPG&*~i|&_XKb#R'SZ$iaKQ&)*-8+$|n4#^}fP#qk^8$OrE1#)-9A0]6Zx'bL<6#)%;o#W0za&9C]D(d7we#Z5|9#^L)A#)N^u#d$l~#c`cX#)x8c#`kO|$lMeH/N5Cl$XiVO<(.q|#*$E+#|-(4$=Z'8'bTAl#W1.'#`ZE)%den2#[,idA6u1##X/w0#_9t|$:Da'#[,io#)5H0&%OZ=$t~|2*RP'v0}als${VS}-ZwLG)b)Ab%K2ZD&=GY+$4)S9#ZO.~#jXG>1rIrK#mvu15DB5_%0$+a%S]0p&O`-B#]M{l#fo'r*2-92+//*c#Vd@D8ww7L#%Sgw#W{~L#^*in#Tvk*#ZpQ;#c-oP#bX9R2e<[A/mQ'5+/yt4$Et<q$oRCD$o25T#V)rY#W8r*%9v-{#*^q}&6Vvq#)%20#S.3U$[fE5#w22q(=o#j%&&wF#XrP]-z$i=$z.)1$<$[/'~719.Fa-H#R%^J%NQ0;'#1lw#jHHy#b7@1#c-q_$c4u{0r|Q-;C#[L#V}3M8j)0:$:;`m#`9P%*$L^6#)gtj*|Ytw7D&vC$^)f8$O7d&#i8#f#R>EA.kmAk#pJAu#R5kP#d,lT#_9}~$6ax;#jZP4#d4yh:},DE045N{&IDxQ=2|g:ADq%X6e06D$1fwd#ijiu#q88S#tF>k8[@9S(^hBu$>/KD2TMtk#Xri|4v|Cu10/wL$@&@F#)_tr#`<@L###CQ#*Uqq%}2XS#a09k#)-C(1sbAO$Pyt{#bP41#R>6-#(qcC(a2cW'hOZ'$ZN*o$f:#i#c`R_$3e$g$3u8d#V9uN(u&ju#U:z'<Gz9;$)^eu-K:L~%FPpE$&z$>)BHc.#xd;a$HOy-#)5<6#T,+m5HFOk'sC7]$~|}N#[_]1#i8*-$efL4%]C2r#S<tn*lW35#Rh@`00R@##`J/W$)^h5#*,:p'<Oa$#[-Ja08|d;$I7z{,K]lr$$ci})Hl%F2{i;9+I@60#d8-%##~%y$rO@x%h7z5#RGA>$=(P>#WsTW#)=JM#vO_>#U:rC#Z-w>(FE^m&IE&C:U=Au%XyH=4$(WQ#*O>2%#kh~#TU/b)`}P:#SoF6'@$3L**oeB4N8B)+(-ze#|gf))O]:~&tdNG&a@W^0d8#9#Vn1o-7wo&#YYJ@#vDS/$,ckS$<$4L#x1-{#],]X%-qw9#RxNF#y1$0%N'U[$=s4m,u+'r#RpI$/urL.>||5G&.%<8(6n/1%UZ,h*0@=4%lMDO&Gh/M'*n8Y#Rpg]$F8hq46@0r$RNW##W{Y5$Bg,{)dQ9W#1%4#%/`aa,(gXH#)p&M#]Ey~$H>k+#[N0V$q@9R#k>L'#)-;S06<fD<a&|O(:izO28yvE${gb;#*w#G#cpUz#*-LG([}O2#y8]t$=(rz$$RW`6CJ|B#}P.#1la6O#)=L+#[xJK#U:rt#R>Nn%$rvD*rrQX$*v$T#arX7&(DG/#x)&;&AEi-)>m$y#*MsY$n*RY#c`RZ%7yxn#R>R_&rnf7)<<N{$<[)7$/a>l#U]K]%paM9'x=:a&^rog%1f*)#SGc=+JN]_/tdMz$RwGa.L8J=#RF}v/w-l<#|wy-#XjM31J')J'q-ww$TuN%#)-8k#0GYr#b7'$#){M0+gg2($US-q#T#Vf:'A>*#b7'Q,G@PA#)_g##[F&A$|UV1$bW;.98I8<4t;`4$YG])#)`)}%{MH3#`J9-#R>&m&*Ze)3d4Hi.ecCy%t}wy#)-NR#XQ1+$(%*T$iaL)#ev_3$DStt#^n`V#VllH$@&EA#p{ns$`Y;c$6j#k#Yras#*UdC#V|ZL#(h|Q;ApOx$emp8/0-3u>)~rE%)LRE)hK}5#V9|;$$Rj;:Yyo'#xB>w%8^sx736t](d7nP*L^w`$L}Ll#*$1l#*,95%h.vL#RxfA3t$Kr9L_P#$^lG/'=p)+%3JhF&:l,_&7^mB$>b#Y#)h0($FQ})$%bh-%GGu=Az9Za#*EW]#`JbY#d-+,$ZVFn#chMk#T#X^$H6`9'}8/U&cL+A#|wzx/q;t2#S<{[#mvi93N:yU#*,;o#X@|B%<Yu4$Y%cP&SdE}00RB+#yQI~$>Hdk#uf`g9T-2i#by[I.0TI*#ZpaB#WCz+*Jq+c#_dH)#$*5l#jXE7#VC1:$NsA=%#kjV&i$rf5R+6e*.Ro<#RpHE$&0Kx#SE{E(C'GK$qP{}$R.K/#_SJ{%sV&x%pH8d#{%~k/wG:_=rEh'+060j#S-,n'([[o9RPC<+AY)]#Zp`97(l<>$bhKr",
"#lNDb-{U@%#cq@L$[,g=#R-dy'NNtH#c-{J9bR@c#g)oF%wIRS#V9sh#pJ;r$RNIn)h]4;(8tp<#U]8N9fU]H3b>u>&k*qV&gQt5#(y;E5cTlg#$39,2XJdb)}WG*%5z-}*8aeO/mbB6#)NnD/'md13_l*I#(y)/#Uuh_8gUaA8eGN]$4J])'DrVO&WP6y#UCuD$L*S%+towK%+JSA$T+#I%b=So#b9]E#U+'L*o:sU:-t[m&-WYb&bM3N%_@w{%1TaN)L_})#S=*J.[)Dk#SoHp#b&mK2fn-@'%NKz$<1r`*[b|W$XiP/#Y.ga$/>L/%l]I_#)p*a&*9=d%[]9$,#Kj|##36O$*E^E.;1Jr5I40r%<k-6#*_pG&7<Ks#)5Gg#X0E;,1VH^#jZR~'jD+'#*MrG%y.Qv'3'2D-Xx;k#e~if#WJ1d#{psi#U*g~%0_${(%UiO%>6W]%J;`9#jXGZ#`J_7.C9=4#YP,L$)^nu3,d<o&5`u.#R%Z9)>lyR%)LR2;/qEA'PLwS$#K^I<HhCc#UeCD#nmZi#pk`b)QAzO#*Me>#^L,49Mnn@$H.U-(v%ji#ar[H#kAeL#Zqk*7iDQV%~)%&+c5eE(s(m-$XX0T$E}$X=njlR$*~,g.tLX0#)`($#W$4)#ryqc#T#pV)*&29#(hta#^]<f%5APf$6zK_#U;&y:sA{f#acB<2.slQ#*w9[$P6fe#V:Z~5HFC3+L+Aa#)V^y#YH4^$+2e'#cx_4$6/JJ2WR_^$6b%K&;I_5#R>.E60*kc$A=_k$(On>'[sTe-YxN>#+#<9#*^um%8<O_*{Q.#$QW*S$`(#p#W8yt#vD>[67E)~2ARK{$jhQs#S<mB$nV8=#R>5L$]~42(]6et#^mK<#R%cC##^5&#qrfo#cq@/&/4:n+xZ;i#Yqq-#RpS^#VK&e(n>&y#qk&G$|$-LA~c0$$0y`p$&RlP>-=XW-*S_A,Du$_'IC`J#]$,g/.4#sAcADF$NsD4#TUhX$51)N66F&5%VI#)#hsjm%$LS#%])^e.;IQG#cq5b#uf^N#^L@n%GGwZ#c%wd8X[X6#S<so'j:~;&~0{y#[GoI'*rsz#7raf%%'95$ocX-#jYKE$c_NL#^2}u';z=&$*]qX&@6}R#*Vb5#b7&V$&HVB#eM1=&[Bw~1xTX:#_3*1@pU[(#_K.<$o1U|(Gn3q#%kqd#V:KR#V,Y,#mvd'4SuwN9{/K5#[_9p1p~:D#R>0<-U9U=(r9~i$w4Zl#Z.$]3#LQ3$(h+5#R>*T#XIkq$1fv-#)O1*#jXXg'g%[96N`V9$p(9f#vf@v4D:A4$U1aB$%(1J,,|I:#TUAe#XjC7$mmkj#S,fe,|M:4%CKf'#YHDG#[N3B,Ob%]$K#Mc$UtNa$KU$S#R5k_#U;Ee'=-E=%5z.:.A^}F#UeHm#Z=uD%$ju8$nn5t#YXZm&H`*^=U8XW#S-%<#cqLb#s.#6$d~uM$2L[E#ibSM*tpZp#cpS,%E;l@(OVRw#YiC=#TU4%@QT_K%]1gg$N(Ts#)gy@#h[yi+K<wJ#W1ah0/dSU#pmu,)45n|$+lv+1zkBe$c4|V%JDi#)V&D@$Vt(@$2+:N#RA[u*qR2+#SoMN#[w[w$j-u[#(yBu#)5x(#c`Bi$;u1}%snas#SF=A$@>`q#fnRL#tFZ-'ulmP$)EqE#R6$T$&HpN$d,J%'sC/V=%yKh#*El>%@6pd$%ILN%y/]%#shab#p|R'#bH}Z3YX(d$mm`S$@(=:*F*R]<5j:q$9<X`)PJe['DQ@.,EcvA#SExS$j>'d#R=s>#|gjV4~9d|#V9y'$oskm9jRrp#_K0J#V)s/<j5zA#T+_u#r/*A%~)C6#|wvK$FR(:'P3ee#i9Os9pCf`#*fuq#UeIf$'&*f#[N8`(Mx<d,fBvL#R>(Y#|wv_#]+j,5-iKG#qT.-#V9o{#R%k#$>/K7$DCim#)-QP.+zp~#S@>:%m]cI#)`4L#vD@e#)=P,#~;BW$q7'J$3L(F%[]78#RxNG,#C4$%0,D*=WBD;$;u48#W0jj&.7@}$4f2E@J1B6#)VeP#(hu>%=i~e#{&8.*ewqE$K+UH$WjG8#ZpN5$&z$/#_dEf#VE,k(P2sK%H.q~#RhB;$+[eo)5DVg$>Y;9#p9-6#vLDk#(h~n#So`L#W{Z8':c#-#x+[G+F1CZ#YK$q$+[hD#n;1P$6aw^3GQRy%q>4Z$OrFL,<{}v$olkd#(yUP$0=N<'n7/0#tA3F$jhR'#ijU]$T3)Y#RpOY'[sX5#mv{w)8k,[:D<%w$O0<K,`j0e#)x-u&8~RP/FNYT$0VlX)I(e=*niUZ#a8'''pwcz,T}<>%J<W7:D#f;#[wjl'D'E-#oK@##RN}]#*X/n#UDCP-zgUj$~trF#_S1_#(y)0$>Xu+#V|__#hB(}#WJ&c#abB|#.AM_#)qT;2cq*_#{&GV#V9{V&3jui7eHpZ#+#4W'#idf%C*N~*-^>L$6z/<$K#O+$'psG>}t1B,%A0g#RxNS#w24y5.HYo*o2pO6hp(a#VdC2$US*n#`(gW$C~Fr#|hTd#YXD~#2,=E)I(hv#)Vk;({kVE(RIpS$lESi#]#by&o7D8+M*z+#w:5m#RO/C8fh.}$14a'#_<pn#rs.E#p|L|#dVKa.gzLR#[F$)(c)2E'bTA$#V9un$(xFY#W9%0#hko9*^DnB93V/u&`>(1#[,d|'J)R^0|8CY#zr__%)LOQ#aQ70$n+%a#R7}X%%Paw$-0^f#f}j@&vYF&%l]Km#ZOJc*eN{M#n*yH%{FP7$mm`#1;Ojo,[LxK$(&p,$s5=C$3Kgw#hZEL(&+1F&n|o4#pkiX#~<rZ#X/gc*qw92#R&ykAs;t,&uB2O$6S9y#VK1|4@xsx8}y89171+d$'&M##TvPT#lNZ0#)`|]*ti$>&hO3N$u3JQ#n]M8%<YtW#v=lC#Z=zk*^+Zr#Ws[j*ycK5.C9SN*z7yw$Kn9I*P0H)/9{|Y#(i-l$mU$C#[HQS$$JOZ#c%kB$7P`X$QF|-)<$.'$_Z:o#*gQ9$$RVn+Hz~##*EWj:DMNH#WCeY#*$:u%tu~*#*P%@$4d-G%5@Uj#s.)s:)>is#ZpY6%XxRB#*Ucn#*M`W4n1tX$;]Dz&7^~M$2#5L(~HdZ$(%1y(+hy-$ES;]'*L9D#R6=C&5`{)#W96Q#rqo4-8^aS$QW*PB&9n&#zHAp#)%8l*c>oT#*$1##hBG`1}pE+#(OWk#U];=#]N`S#VBu@2XQby#WsTg'*Id^#[xRV&Jm1;-LRbx#*M_J%Yg>y#`s^a5yV}K%4(;C#]MCk&vrp@$>/N>:>lgM$0=PB88kJ_+4n}i&6gy7=](}.)[qUs<-'G7#*V_#${VSn&N&J_$&7:w%)LN&$jpd=%1T{[#_:H#(a:p[A~%fa#ijUf#mvx@$*v$C&@4_0,}D)N=''yA$3Ct@8^-Cn4HGAh#u4Ee#1%4$$jhS8#`Z>k$6Xog$TL#b#RG-{#g[h4'2b}Z#by_+#_:85#cy)Y.%G-<9WCI;)/BKn#}Ml&.MHU)1ovD$#`J,@$u;,c6W_aC#R%bJ$9Mk,)ISb<#)gr0%paMK@0d]P#[,gc(O<nb8CiOj#e3wj$RN%^$uenY#[N)M#oti(#arcA&.V~_<c$N;4B<*-#Wtwh$49UG5dSjP#jypf#jzO:#TU/=$a>}}$O/Zx,lnC`%QVwD$mp~6<uKfL;:LzM$&PTZ#)gr2#_TPP5Dslt#[x,r7Y#tR,UR|&#*w+a%fJ)X$NIv^#*^ij#|=;C%N8s8#*f}e&9K`6A#AwX&-pwe#WZ@}*|h_)#W8w5#)-BE#)%={%qp^S#(i'/#h1yc5wY<]#k>.g#Zr^M#)xk,.)S@.%DDE6&#[>v$>[_/#2$5E#y{&$%&G]0()rp@#g[EM#RFzS#RFzc#.AMX'GEc{&~knn#jY'4#u#}_#rr1U#Xb>|(10/k$d^{G'H~O)<^JCU,|Nz=#U*h,#YXEs#R0_q$kF2>$*;H(",
"#*U^m#(yEM#Zhi]$>/K8#ab`v$&HLM#R>*4&-pvLA^IPx#U*nk1sJ]3)^V'z#icR.,KnDT7qD^d(JQqq#_:5p-Z~da#*Ue6#hB.,$hs'd#[NJm#[zT0$(x$t63rP7*Jqr_-G&-q-Zf*'/.#ng$MK#7'`5%G4MRU_,w0u2$*;hx$3Kh::Z.tu#}PC1*e_-P#*%Yl%:d{s#cpUq)K&Gl#U:p2#d=#m1w3ar'D'BX#RGTC=F@=[*1.@f$3wk}BNe;#$Pyp5$9<Yp&K9cd#(ht2#_2+7$6/Ep%[C{&#WI}N#`J,B#ugFL$.YX)#otoX%~{yZ#XQ,X,7GI2&03>7/'D_]#*Up_#jXBG$$)0n&hq8o-MAS}#p9+n#},Cp#lg]u99>v<$>IP|)+FCe#W{VT#+$22@lzvR##mqT#otfk#wd`a#ikGi7>&oD$58K]7qL[Y#~;Bb#irb:#*w&@#*,98$hA0'#WAx>#i8)W%[D5S#jXIq#R5j0-&s/'#*4>o&6VbE#R%m]$@i,k4{wCF#p(tK72/eV$C^,]$<tKi#)Ff:(&<L<$+[bp#*$+b6'3l66*{h~(be_d%:}F3$gJ0#$/`mX#V)bp#W123#yrz(+kFu)(0T%;#)x+W#e4kI%)+E_#fL5u.e,4o$YF|34:Lg99ME7j#[N)_#^]`>#UD'+,_tJA>1Rtf#RA0C4CvmB#^mK1#R>3d#ufZG$u;Jq#)W#-#p},Z%jF.{$lveX$4):P6]Aa1$@&C,*0/-F$r`NB5H=2|#_Lsx#dw_3#R-qp#abMZ2aYo`$VkDq&mJ3B,fS#$#_SKB08B1W#fmUr#(hxU#VCc4)pmu(&WN~g2nNcs#hlK>(R0{y.C9F7#Vew{#Z.F4$`(-`#c`EO%tv2m#`kMu#)5D)#e3z%=SSE*$N20r#UeC^$t$Fl$u3_)$4)<i$K^&;#2,=D#ZO)O$2eup'8CU^##+.+#fT@&$4Jde%**LN#RG)3=_/+K.=OPD0Bk:S#SoMU#)_lU<Ojfp#v]RH#UmOH8HCEx%6:,'$M[,y%#kgo#WZ8H#{`^V%[2n]'OEjX*|hQ/#)=M~#UmQ6$`rOJ3uDe/$^lS)$I5[3$a6x~'*Y[&)eh<N#e~g1#XjQ)#U]7T#*,:h#}Unc#c%gG.:T0:#RpPV#)x_O#_S:S#^L,K$jhPZ#R-fW#g:&X%1et&(N58;#W3h<%`qSO#mvhv#g|i<3u~Gm#.AMN&w.{-#cpmH$VkA{&83Ee,e2j;&>h6;2j(D;$Wb7m5+R7,4nJt04*Lp9,Ob$~#)V^h2p|GUA%WtT'Fp=T$u;8F&1dme#Ue:/)~5&6$1<Z1$41Tf$+lv1#p(w-$8Ne+#)N{O#VdK60Eot'#+#4}#)-:/#.AMT#ZG9^#)h#h#)N[]#^L_@#2,;z#]$;I#jyg%$'y&V#W{VF4Us{c#)gq|#p**b#hB4*+F3#;'9|q0$(gmy%xXSq$6ayp$9Mh7%y`WF%i>%u:r7G'-[Kk&&ttss$;^RX&cL2w#)&$y3XrJ,#xki&%t}x[AYJ/l$4|lk#+DOF#eMS4#+3>'#e#mS)^U}a#XjEx%])_&%Dl*W'y+{+&Rm;Q%ArAM#[,jM#VK0(%(n~<4|UT=#dYHm$vtgv#n+7d#WByX#XA0F#sph`#^L1##}NzA#|oqA<yXmb$)^gu#neaf#}EDX<Bv]X#WJl.#VK4=$/WhM$u;4i%Z#gL%{h.C$@&C(%#kj_#o|qF#ac;##qQG/@#O]_2AP~]#~mkN<'-nL$^lG0#RpL4#SoF=>A]-z#*,ob*RX%r(LP3.#*EWT#vDFu'WV*l#)guR#S=Pw#vD>V$gS-6.12d8#)%7K#_S4U#d%>U#(h~|+*E[o%Us_/;wKqT#n*~W=DcYW#XjIK#|-Qb#`ZCd#a7|R#_Tzy$1fs7$gR:1-qO#d%o8g@0qe2j$WjZ1#)5Wq#(yDE&XEwk#^LV72ki%M-WieF#R-cT'<>Qu,A5CH)^G&X#R={-#)-@*@]HGV=llle($FH2#zqza#(i]}#R5vd%'O(d#[xe0#R>D>#S$Vi%pb/d$HS'w#dV9T;*fx##*Eo@'}0*&#w:7O%d#Ag38WE~$2vV@'2R/O#]#h7#(y)8#U*c/#X/x1,gB2=$'i@0#ZhH)#`JE,4oQjg>YeaL-;BBe##mqY#othp#~36H#_K]4%xHi($4J].3Cncn,|U>u+_t@@$>14E#RH5o>]A=u#h$9{)VLpH#W0r.6-%X7#qQt'+lV0R#l5#L#W{Xj#)=H3#)%@s,8>6`,bP9F#pshi$0=ms#c%iR#]%7E#_1va#-t-^#R>.s.9[me(,QLf+Du~^#xJH.#U_v5$+[mz#*$QF3%R/V#0GYt$*u~D$M[,b%52G{#)x)s$ca6U$z.R.#ZhH(&z~ri0f6eg,O/Bx%2u,S$FAd_(w.BB$%IRd#cx[7#yzv_#UFhT#{iJ)*F}.q#g}78&1[y@#UuQ04FsaT#YH'w#YP,M#chp50zS.o'+y|L#*,9P%@Fx3#*MdP#|wsZ#)gvH#t=I(#YX4k,*eVp#|-*q#jyg+#R5jv%s4,k.p%X[8WTPI>uj~i#n+6##(y0D;d~xn$o(ut$p'wo$6z2)0KXkm(7dwE#)%zf1s/u_#)N[B#Yr0^%K2W6,BMYs$0VeD&HH;,#{>@7#*EeZ#R-b3#ZhEv#asb8#UD#s#^mN-#(y+/*M3H6+}~mS#fTb~$EBky'91;`%9+BL#(W`~$+l{$>e8Og(6ps6&j<+c#S=:s@W,0,#*EWa#x9L8&LQ{4&^da`#b71*$.HaY6w6W7$$|$m4}}]V#*M[A#W{X~#i8#S#^vv.#^*rZ#hl)Y(5<@|'@n%a#yQOX#)-=u#aI_T#aubA%)LPs$u}uc#*^oy%]Bu8#V|h,$lEHo#jYDp#*$4.#T+bB:M*tt)('}a$7`wo#UD^A-Z~h<#T+d+1).|0#(q&C#(qLe#|g|l1>C<6%=l.`#VK&S#VK,i'#0|=%#ki6&^}h%#UhMf'&MJQ(amDx$jj@i'|RG[#WJ*:0}b`&#)%4@#vegF#UC{o#W0o9-M{Ab#WuVm#UDF)B:-K.#}EO_#(yJz0kIqn*V}LR%t*|3##3:u)Is-M&|^JH3hb~&'3q~=#ht~f#|osZ#WR/E%/gxX#)p_s&a<xu&c]v0#lND@$0>+Y#evd>#icDD;)wFF,Ax6#&w0nf$*DO49G]e5#R>&l'mjXp$p's*#rqzX%=i~j#k>(y#^~ad$`SF}4rh,~#*-'1#j@.$#ZhQq&RL>a#SEzO$8Ne)$Wb:`$7slz4t<=Q$aXI)$`)2k%/o~&#|VWX$ndQC#g:`w'^&VD#W0rp#e~r&#V|VX#`sv)/zmZ_$[nL9#S-8B$u~/V$NIzK#)Vh0$WrTq)G2J76h%aA,zW7r.*{cJ#(OT~#)%2K1]5R](0)2a#*=5,$`(s##(i'Y#V)xT'JS|k.Q~qD$q@/Z%h.qI#Ufto%dFTg0-~nw't{mJ%x/52#wlhg#a/zZ#hZM&3N).E&]I|)&vI5.#W|1$$flT_#*Eui#)_q9#eMzA-`i|$-2[RK#[N,E#no*&'f&wb$'&*b&zf[N#mv}m$OY<m#)-=H$Xa5y$*;F^%;t3K%+M`<#fmX3#)Vc~$7P-N#XQ0).Mz6=#U*cy#)F]R#R>uo#v]U#5^09$#+#.^#XrSR#yQLd#)%P[$3e'K#nn3t%^RNn#Y[<x#r1#u#`(gR#(y1g%x/|Y20H(1%*CR;#^v%,%u*,$#^*gd#WA{-*q(sL#Ue@,%vB3H#2,=X#*$5g(~`S0#ZO.N%3KCh#S<w'9>K*_0sd=/#bHE]#SV/W:TET;B>L(i#b)@0A6].+#`dd5#)_l@0ooFF#.AMf#b6z##)go4$lE25#ZP_g#hkm9#*=&##RO$Z$=s4%&&or7#*EXH$0-<e';zqB(X}P3/.$&m#aQ6L5StwW#)=LB(zC]w$2+:K.MHR7'CQlR$XaWI#Yq`1%obtB$fK-2#zHAi(N5,D$K#tW###2_#qS&*",
"*dpD2&@f}O#WJ-s#f*ql-2[RT%4s*c%]C$:#^vx^%qhUB'rmXO#)x7_+>08V#ugkM<<J'b;Vc[T#ic+M%dD8+#WR8b#bH,'#g:@J#e~{4#*$26#WRr}#cxa00JruC&ko78<4{LI#ZO1WAF^//55XrQ)J/JU%:m*q#]#k<#)N[R/^`zU%n|1z$)nv-$oZOT#},(1$Orel$AW(h#XrQ(#hkx4#`Z@P#WsY['O.|C#.Qc047xcK-]BcE#^L,A<1^%m#W3W[#W8uJ)|/ow$*DL+&5q$0$~|wu#|orG/AKM.#*^g&.$qZA%gA*4,JN%8#,KVS<~C:5#U,*a$[nkT/Ei[F#ibQP#)F[A2]`(L#X/m:,^dp7#b(<>$6PsE$u36N=;0_0&m9$+#RGdf#(hy|#(hy`'NN}A#bqX2$M[,h$jhS;,)fXX%$AXs#hZu]'0:D}*967b%_@z*$WjQf$#:DH,Yp3/AOCx)#YX75;:o^r%&)h8#V|uv6g&:|#R%Z4#^N{54hPwV#Son;0f5eX#e^P.#)Nf{#X0#7#*$67A+pbz(KPiq#)`).(nP,8#Z5p&$k5(9.8;6m#U;&Z:klUR#)Nej%QV*7#lN9+:@zX6$4cxZ#ijlq#(q9d7ju<W#)=qq(`EL.>r]ho2XQ^D-7VR64Tdo'4}}IE#YyVG$}urD&|C=x#*o2)0>TW{#hs^u$NJfY&NPnO(_=+L$Xa8q#V|aJ>EqF4'tZzD#],%l)b(VB%5)a$#nesg#(y-6%57JN#^]I}#)o}tBf=D@&suiX-l*S+#`J.T#`J2k%;Bw0#{`[v&5r^G*3MN6#b7Bw*W1U^#abEk#Uf<2#^]C,$UtLM#psi##bqY,-I4A*#eM:8#)-8{%Fzp;#*$iR%9v-w8f5OX$'hpP''urF(9ATn#R=w2%-am@#jYEq$4c}.*qcT[##=-I&9nmz0yL&~$;_<'#mvs|$N0^k#(q:v%s4*E'eYzn#Tw&[;mms:#_9x&#1x+j#R&Uc#S,_~#(q+N#`(i^#i8'C#RG1|#Uu`O#WJ,M#VKJ0)'EBa#24Fl#`(n_$rpb^0+%p'#e^XG&c]D6$PX'x'x%.^$6z6M*_n.4#+#1=5mRl^.>ww{6`p$@#ev_-#RGIS7pNL{&6%dQ#U,t+9kX~,$|UaI'r*l<)gnHy'pooE$+m#'#)>1w#VS6D*0/.T$*DRf#V)e:#`d()8A0s/#jiXi#)-8x$6auL$9=,S#(i]h#*^m/,Ecw3#y85X#XbFq'|92:&/fj}#g}'{'X<&U#YXUu$5*}>#*U^w#byfR)*&.m#)%L##`[I}&K:Z5%G.L2#)-:q#VC4}#YX7#$ApbA#y8JC)'9/+#VlQ/A_4'0(106N$KMes#*%hw#S=I:#vea=&w@1J7#a,p$6/_Y#VJ}c$1fs8$VtNj#mvxn$H.U9#_Ndb#d,oL3N9D0#*4<-%kfQJ#SV1L)jcAT#{pp}#ir[10:yrV-F1s3#g[K).@EV)#*g//&iF<A#2$5A>fPKs5yp89#$26@#V)oh1JXt=%/hN3#wtp|#pZS>#WJ(y$OYPg$#M0G#)>=/(H}Lo$HkHh'Gz=o#U:rN#*w+]7CR9~$#:=7%yOIs*'0;|,Le3n#WJ&o$TT*g&O`qK6]A[;#UuN=&nzkK2KxXD#T+jU#yQJ%)0YU[%yOGv$NsA9#RO0K$DS|t9qctJ-q-aM#*$1w9:5sD#p|-;+,)|N%4)8z7$-dX(scS>2fn[0#_24b#S<mG$49O}#psh}$'`mR$AVx_#Ues$$ylt:5J3o$&usl.#bH,5#TWzn#(q>A%#kjM$u<8Z$u}ze(a3Cz%zFQZ#R>=G&2|,:.sL0)#SFzk(N590,AqY,+x]d2#(ht4$@&@9#xB=t#|Vp3#Rh@h#U:s-#0>MY@6NlC#`cIJ)pmb7#r/0'#SV8y#VfW.>f@7H#R=sy&T{]:(}j'%#W1#J#c{,p#Yz;@#r/-F#^x5^%I$F|C>0Q}#hkY/%#kk}$6rux#W1)L#[y2t4TlmA('lx=)=;MP#tG+D$|^r-&`>kl#l5-[('3]128i`5#VK8>%1etC(EVoo38%j##1%3s$^S5b$C;_]#*Ujd#b&dV#[NAK0;OOG#*EVC#)gwF#)5[J*8b%iB~_A_.t|Tt&A+C(.~QR8#jH;Z)%*wh3k%Gx#S.qR#(yIx#Z67b'ZSDi$fK3A@owsa(Wg$)$9o-o$*#:q#XjHd$N+;_%JDe|#hkm}(A1C11>C8w%&`h0(nj0U#U]:B$0x6O)Q(Fi']@}j#}Mju#^u^;1>trw#SV,oAo,&9(^`-u&1Sbw(1INM$4cuT#p|RA#`Z<_&&FTx&UQ$_A_E.G#[NB{'^z1;(;6Ir$$dYA#a7~6&bvtj#i8&Y$gR6}#xJ]+#pumi#X/kM#Tvbo%_@}T#)Vd(-O&|)&smcv#RpV3%)n=<;0Wb8#cphv#*ftq#[NfI#Z-wt$o{jy$$kq@;as)6#)>2a#qI>7$j>CN%'p>n:g]ZL$-0:g&LI~8*ogG`%JDj3';YQk$)_#S$+_,,#`J0t#)6#%%`A74%7=M$#)=d1#`J)=#*,:.*SXky$^[[+%zFuP#ZhT]'j:wd*5LHw'ct^N'xVZA&7EXj;m+,~0/dIo#c%gC<STXw#~;H&#bP7V$ef7L#*n~<$=Qr>#fn7v#T#Xp,<sx%#(hu(#W1/C#S,cw&IvBn#S$Xc#[G'C#TnPq'Cby5#`ZFJ%Z$%.$)^h]'55K##UCuR%S])uBHuX[#V)bn%sGRj#x1-/#nD;2#mvh{$jhN}#)=y<&.(K$+>AQ~'ZdR(,&2,K/9Zba#^n)M#jHDM&vI57$DSu.$C~ER'@vWI#SE~w$=Qop#ch[E)TV}F7#>h|$O/^b$Ob>j)>*<4#R&ra#S'`v#SoYc#hk]8$7q-H#mvim#Sp$3.#)Qq8Iv4(#[N;.#XbUF#R5kV$;n4W$u3rL#|wvY#jIOA3I'-~#V|p@,z5wT-&xjP#eOe;#R-bS#vD;T$s5$J#VS)h%8iXD#^L.O#)gq~*L4l/%5IOW)(D(*#Tvj)#c`Ef#)h1P#S,],$q7'P#T#]E*hd8H#ZGaf#)pp/#i8ay&/,:e&m107'I:TC#tgdt7{9[7#c=})%nswO#UuQF&Dc&h10md`#[,l17*I^o#_9|0#)5B=#Z5r-)y%Z|#)N[A4m$|3#*w(X#UnE>0<NWR$&/H3%|;A}#V:'%#U:z$/.N.-).lnZ&RKvr#b'H=.{D##-rN(9#VK97#hl,z9N]Vk#*=)C#tFC-#chP5#*M`e#hBFn#[-1B/%pnW$Wb6M#ng''$OrPh&Ub2x#mviG$&PQe&CRo9#e#iN#U:p5)la>^%^A{/#`t39#dw}>#R%t_#f*qV%ST/I(__B-#R>uM*(PX3=EZhT%QwS:0i}rU%i`cA9sY^G#)Fk6&K#OX#*g#>$BiwM#arX*#U*ce$3[}i2N::*1+NAa31oRh$&HSG%Ec%0#)6t]6P=8n#pB0g%h6{D)imY'#YJD1$~||]:$o^c$dpk|$e]r42(zU4'(C|'$U1a>$RoIq#*<KX#)>.Z-z,if#psh{#RO$P8d/>I#_S;1#v;0O#c`K(#)%4>#W0j4#)FS($'&/F,1V%W>5@-{#V}ml'GEeZ#YyVP#j@/(&snlq#R>-)#)_v`#ev_)0Ffjw$Jqol#UuNB-MAO6#`sXc+953e5RT_*$$JO5.[l/l#VK7)#}ML`$Uv+K)(Iv<#p9-2A=Di|#`J.:9+4[i-VS_i#yz{)+6)#r9a1EO#U*r##(i4F#r/#5*e`Sm#ou$F$@GjM$O7g%$E|Fj&:tH($2m}m*&J=R#vDlC#Wsqt(^`7[Ag6S|#)`[j$*#*J&z^jD$'y'o2'Q+H&^H~I%$AM%,Ih9*#VBx=#W0e%#`J)9<;[LM,a&Me+CMy[#_SXv#aK3e#YX<d$aX5c#lN@F.{TEc%57Kz+Em6[#ht-J$,co^#hZaV#^o_T#dgU)#X1+@$e5XG$]uX|;Qp_<#zqr0#a'fI#WR,^$BUwa",
".LAKG$kwe3/])p~#WI}V.<ijm&^cq-#a/v6+Rss1*>ReX&#'{}#{&&'&QDo<&AEAi9_+)=#V|Xa$bYL/+(6OM#+#<Q#S$Xo#YiH34=(>x#|x/T$`(K*#1x+m)=^0'+X7Y8$VJ'9#nmh'/WE~7,_Z/B#ZO)P>{lzJ$-0>4#`s]J'<>V+#}UTk#*$1WAWTeP$6Q35$5s)w#TU4Q#)FXc#`0om$)EeC#YH5k#YH:*6/nH7#a/s*$;[u9-}lOD&iF5[$DT$h$2vi`#*_#g$*DXi/Zw7/,0VL=#WsR,%qWU&4;C.P6L]gE#)FPM$+[iK#jyd<+6td8#U*c]$FAd[#XjV5+3#$z-kDtU#n+*B&3Qd<$T*`}&nrqy#c(:o#*EUN#tg^MD$|BjC_dX6$^[@z4d;tD#*$9T%/`Z+2j(+C#W4&##WJU^<0,T_###6N/TXp:#tg^L#Xr`{#)Ns_4C3$@#c.S_$&HVp$vu4F#{`_q'R:%r8GePn#VC)d'_W)e<S;'L$QW'f#SoY/'e/nW#[N56$'>F8*o<<'$JEkL%xXQc*m<wh:>(io:%N,2%)]gX(>g.$>st|u({RE9$+]*1$#:;96tlip/&%.U#hsaI(Q[#9&ZuLu%;u@5%qpbn#yQLm(O+Gw#a7wk$49Q}$N8aK#]%>}$G/RY$QFvz3;]LB#*E[a5&OT+%/a*U>(^GL%A^{V#R%cv%M{K:#WJl4%HxNn#Wt<^#R%Z:#[HM4#xl0{'E`|h$6Q76$HP$/'OwZ-*qccs#c-lj#Xb@`%C:lX-2ljD$tF7f#R%z-'2bo;$Kn<X#fL4P#X/xT$;wES#UeO$&v87K$;u5'$M[)%#ZG*[#(y+_#x1+##RpO=%gB<s#}EAe-H_z~&Eb+C#R>va#YHR_$FAg`=l:;C%VKbq#o*.YA*y3Q#VC20%i`gt#Z-rM#V|[k%u25=%iH(5&g7,t0zS'T)H:7k%FX{i$=QoV#*o#k0$7X^%[:xRAMg=5$;[u<'G<Yj&m(mt$PzCf$4cuX#*Elc$&PXF#ic,6#v]e7$4f3&#UmO8#YH'U$;u=s#y;D2&:wiE#[N:S%VQ/29|qJ74;:*E$C^$q$3O(E#d5T-$A=gX%QV$_#)NjQ&1m<K&#zzT.St)4#k>2x%dD$$&S|LX#X@zS#xkyy#0Wk=#ZG=T$0-7q#|FFi#Yy]M2F33$'p>'B$>/O#$PX&M#V9s9$#KO&#WD7J0WN{('RSj@&t:*)#a'ga(RIzm<eljg2.$5d*TH8Z#T#_r#)FTA&:Rg4%)LR3$=0Ma#)Njp#)-=t5w'Lo&%`]m#*ESN)+-(w%K2{H#R>)g#XbX&#tF=f$2n^W$$|pY#W8p2##+.,#`Z@0%h&l;#ZGBWB*I#I$jhQq#ne^]$VsLI4J,UG#b'HB$,coQ&3Qu),4s~MCI/>%#W8o}5{V~A#2,=J#*^f~%Bf(R1zl/A#|'.L#},Gu#*<KO#ZjYr#$+]n&|D7=18Z7&#S=8*&||r^%%aam$2n(D$A=X_#czFB$Tua1%4]r%@s|$H#V}ps#*M^J%2m:5#n}o##V|u_$tE9a,pI8q#)_on#^mMyAoVEd#W{VX$&S>8('22A#_S4=#1%3v#)x*(#)=cx#{`[y%mV0k$v#&i$,s~)>bmcj(^-q`%9]uc($$yN#rync#SX6m#*6hs9q):N&#r|(#)Nso#Rh]h$R4f]#g)oJ#W1AC#ijUV*_m`;#UeHh#Rh=2#)5^-23X%M$jhSY)-+&N%qpki#+%$n#*_@&%<s<0,2v2-%QwaG#g[Gl)Mo}t.1)xV#YiQ*+4o^g)$E7k&31|d#c-r&#xkcL#(yNV$K#Sa#RO&h#)NZs#~32{$Pz*w&Dlxr#S,xo#ve`S#cpY}$=(CB-dele/0tl^'G,S&#tqC/<jisN'|RDX#Xrdj#]M.}&7^x)&YVkl#bY8Y$$B}J#abQS%n|#_#ZO4*#|%)g#)x/D#[wV0#U]@},;L]O#W1Fs#*V;=#R>LO#)x)S2Y/@+#abEh4Sux&$mufF$XX0l#)5R=$AVxc.[JqA$+[em#VK(a#)%Vg#_;^P/[YrM#SVIe#chJ|$`(C)-:oLm$(x-c#mzdq%#kl$1SASV&y_S@#(y2z#x9`7%>>W](3))]#w2.k#arV)'*rsv$,1<m2Lfh.#VK's&#zyF7&3_Q#*<Lq,l#Y*#ouF}#)Viv'h=4;@@V|P#g^=V1=TJN%gAcz#*g2x'6ERO)`]J9$ElAL#}MSw#RFzz#h0wX#ZOJq(2@J@AW%Y^1=<q]$#u&0#mUGJ$$RQz.(L5L.OFgK%DEY{$+[qn#(yHO%Dn=>#S<rx$`Q3L%FHn2&)L2#(x,:%$9<Sm*3,*R$9o-f2ki3r#(y*P#`JE%$9Ml>(:Hn`-#s[F.]{;+-Yg1g#)_nH:I9)u#mwQP#mxM*#R@Ad#Rh@H#W1+*#W4P2.km:N#`t^Q#bH2Q$%(9P#odia#X/glCaQ1T*@bt(%JDe~>ni|u$_ZrS$T+,7-5HC^&:|Z9#evai+:N8<#)=Pk+{%h_-Lt3)'*khp#S$Vf$;e9T3qzBM(*72r#mvi/<>H0I8)Y+C%:dvo%-qz)2Zy(}2-d[l$1N(:'aX[L#]#_T#XjJ2%9+Qd#ug&.#)5Gf#ac/>#)hx8#*^o/#*-,g9-Ku1#)NZt&lS8()mH&D'a+_D#xkf9*V:Zp#*EUH#S=%-<`@Dc$;eVo#WKc5$(N[k'b;E/%QM|D8K7}Y#W1LC3hnqJ#U]9@.ec%I%lL84#WB*u#TU,[#(q*2#Sp@R$*v$[#`0o]#VdW-#)_tG#r@97#SoCC$4*<+#W0|]%mS>b&Rm;:#VdrI#skit*Vm.8(;6JY&NOtR&YU6K%[C{*#*,Pe2Nu(j$q9R1#jI,$#*$VV#VLPw&T{aD$u;4Y#*E^Y(LOno7<hJx#XrN6)S&Jf%fJ+(#*<E3$*DNH&m8}c#)Neq+Rqrx&.%6s$,clg#*Ud'%tmsz$jhO)#Y|o*#R>2a-.%uS#(q*K$$cf+$*v%#$Wb:a=O`aj#fT<C#VC&B#WJ_B7/O(W#%9;f%_B.Q#ajYL/';)V&&%&1(O;^::AP-FBj81}+yjSX#*<gy%HNtC5CdkB#i8#g$VkD8$jhQn#V)b)#abGx$2_yP#}EG['N/>i($ojF(<FYZ$6PgH#bH@V#R@=9$r`U|&lK<9%FHlu#)`0O#fm~Z#SExR(5=z6#ctOw&=G[|#R>CH#*,;.'`Ewx#S<rh.92+x$2]j^A97^a'O,M_#|=H5#vFT<$|41;$6Pjq#VK=S%(U`$#feM^$[#]Y<X>^9#h0wF#WR,R#|FDR+=)3A#},c0#`sZ//PDWH)k{Pd#[HjT#R>;Z#*&:U$i@*s#e^Vr*{&}51tyb0*fn``#R>EV%(nz:#Umi2#R>7A-Q^wc*zYA21gn.S#jXGM#YiEu%D[4%BlOCT*V]'S#V|ZX#[Nhx#ZhEp$)f}L%#kl%$4C_m&lN1m)zkY9C`Jb}$PyMR#UmYZ#bHiY#RG'=#S,_g#)h-g5IFoZ(a^<9#)NZU#[N,9%h.u`$s7.+&^eWn#Z-iy$b`ci3NJRg%jx,<&>VsB$bhG)#`J._#jHO'$B5Pu-Qfv(#d'E.#{`^P#+#5N#vebg%VQA3$xbY%#|_f,#)xDi/Lz.h#(h{q%W78x$2^FX+Kw//#zJ#J9W[V2#p|<5%Q4lw#}PoF#Xrg[+|wvh#[N.G&VX/w-Uk'5)czo|%SmN1$H.S)#y835%C:`e#e~t;#~Tii2ZHQX#_:91#w2(N#xch^&E*+2#YyXV#V9oz#$#oS$>/a:(*aep7}r6l$42vm#pt&`#SFB:*&B0R#VKcq$$)Ss&=H#z#+$*8$}#[2#)N[>#c%g<&6@k>0bl84)E,h`#)_v*#)`WR,STvz$TuQD#)=Nz$qPKb$@>i=+}~cm#^N/`$=0NK$p'pG#w2(A#YXGw#jXu4%JDe}&W-^o#R>'a(/CJB$&PY)#*$0W#[NC=Ali`8&#b^##*U^h#d7qZ>-kv~#mv|%#qjaP",
"1v=bu$yqr9**NXJ#v<(W#j@.%-rN9J#zqxH*;fjV@^7t4&y_TY2k&T-$58TY#{pnM@=,S/$fK0'#)`8x##_BT:1-Ye)Gl~_(L6X1(Q9[##YiKZ#^~(u#*FNP#ajR1#xB;P#dVnq#+#1-#)p+O-Z^0Z#bz-T.XwGI#R>MS/Eykt#*EWe3xZ'x#Zp[`#)_fx4T[bn1v<m.#RxZ7#)_nu$RoHE*jb;L&}cXy+a:^@#|onD#YP0_$<2zS#YyYM$HQB;(c(]X#dVGN#XrU/6J:3<$$Rhu#|HlK#nme/+)I*u$+}3]$=Qj;$/Y&:%9#8I+'H72$*DVx#Vda]7E5~@(01Hv-*:#t%zFI&&|C^l$s5'3$<B_[$3duk#$*.($NZ-P#W1Y--1DP9*vfS(*'jqw#evaN#jl5|#Zpy;4(%/p#X0Ey(LOlkC8&VF$9Ov[#RG&b+Z%Hf&%Or2'OxK,&j;{j#^v$L#WJ^z#XA$m7d8@w#]M.t5hIZ;${=Q/%JG~O)if{D#)5K5#)=K<73yOt2fn+t#TnRJ=wisH##DGq#mUcD$jG-#$jhS>#v&7q4e2Y+'Gw^-#*fwB#)=N&*WJzs#+#+[(tzg*#x1SZ#Rq-J#a8vz#rqhd$[i'[&_P*K$3K_h#UD5L>JtOZ#)ozC%#kjR$E|Ma&smlc#W|z_$j>'f+u~eO#)>/r'(du}#j@.b/Zt,z$_(eR#ZG&j#n}qD%G>mW,x8B+&zfV6#i8%|#`ZDN$('A*$a($s1Gdl$ALpJV#eva+#d4w_-_c7n#b&wA#)Vq}#VK3L#*<OE#_dI:$7q)m#WB$x#p9).,LC^h#p|n*%iA>.%k^I/#ZP4~&C9Vb#1_pi#rqfa#UD'x#byk$#YX7V&2ZeH#SEzm&sp2W2gKf5+g)Y0#S=@&3sR9{#xlZk#a19F#`kRe*P(>z%#kl&#g[Ht#pK)K)v_GD#]E&B$RN3%#S$^:#neo_#U;.A$P7$J$3CgJ)x]Gx%dD08/'m[SBkXM4#eM4,$GcCQ(CH`o#U;'T*Z>ey34t]@2@zm]#+#5A#ar]a$Bg5<%^Au@%Ga(g=~Qb;(O_5w>hwlJ$@i1@,Yp3&:qtYU']z`{.`5UHDY(T<$f=)-$0x*:&H_789%u8)#_eUm)v$zW$&Qe5#0GV~#^^:x$XbGY&5Oai#Tv~:#+#4]@+0jL$*;Fs(0R`((t#^E%)LPm$ZWrE#$26o#YH&q$.P~7$f:#w&yx;5#RG%I$6/J|Bvw0h#*$1}7ju*U.]9&8$El~~'mbD1390,T5@$~|#^wH^$r>5x$-0}_#VK=}7b:@^#RxX6)&}D6/|Z:-$US,u$2Te<#`ZEo)~N=p*`<EL#SV/`#)5EL$.joK$&Pe2#pkg*#W9#%#ht^*%e|be$0%9o+ECR3+kFyR#Yr9nENB~H#a/lv2T<XR2IiqB#V:Ou$OzLZ$*Lge$O/[##v#$w$41G.#)gy^%=7OTACbQr$aaAZ9X({i2Qu,Z)rJJ*#X/gd&e{l]$MK,W#)FMR+>0iMBu-G:%M(Yp*n#f]#jiUeCSV*$#^udg#*$5'#jXBI'ICd)(&mq+#bH.c$2viR$50@^0:qp2-I4EN$[fDu&a=c-@q]X{2Jpm+,&q^.%58QB#},(6$&KC`%o875#YqV.$k=b~(.+;F#ve`N3n]D,#(kAy$jG3##YH$=$[+cP2=fjt$#tvK3W(2N#jXRU%aO2A)jZ6^(,OEy#.APY#[,p_([+Ak#SoMc($F=U/*ICs#S$fo#_KNv&QDq{#TvSL+D+5~.Op%+$3Kkc$mDBM&Zm^*=vw$.&d|`&'bT,<%=j/b3A-};#(pzE#Ws`N#UC|d(/[_y9~4Q},5zx6#U-Zj(<GXV'B3rN%DZ|*%Ldl9%:}:A#*<ZO#_S6k)#N]+/#y[u#YX4Y'.<KO#*EZa#V)as0>TOu#WA|d#*FQu#WsV0$WrLh$mTL$7Z)(E#c{Ol#)h8`%g8<T+gd4K)H1J3#*VWp#RhIq#oKBe#WsPc%jF/I%_A3H=kw{X/:rk}#*$3p$&7;)(OUG3$4<R`2N}'P#*nz&0x;|o5mRgl$KnId$RpsC#V-'F#XQPB#*>Q%#W8vy#m5*(1'A}9$n1x`#eM6Z#XrQj#)-6o&)Lw6;>j~R%nZmJARI71#[_C{#*w-l0(0pu/M.=%#Yrh1AesRA#[waE9$+M{4)^7}#W#Z|$,S.u0*.mF#^]9m#U*d'#V}'{%[2gc#SoS~#ZG$0#W:Pe#YY[s&5OkX#)VaY#*,:-+R%Z+#WAzI/'L1H$;u1w$(x+b&m(oJ#*_'z$,coo&^rM[#[wcmA%]}>#*$G<>rE=E%0$0v#ZG7a%u[OK$A-KA.r^5%&|CZ0Dg:j-#)'er#*w#Z#W{b=%:Sm^@I:Iq33]DJ#XrPU#)%BE#b&wg$mm]$=A~UG',&F@&Fq1J#hsxW#UD&F4)y>N%-rsE#U]>7'6qPv-&%lr0F4D<CPb:]%|;<:#adY_$B4ngD)y>65zq2{%eL&1%Dd7{#%9>A>8}Jp%s4#/(^%^v%oIBB)zt&7#R=x_60xj;$=0KH$sg_:#).fC'UZ0;.EA/],Vc%Y9II7n#WR4A%:Vsc)U<eQ#)FW9#_K,D@,-_H#ijUeAh*{#*/{;y#*ETS#YiO5#Z>+N'LjHK=yV_G'1cg0#]M.K$:]yR%VH|Y8uP:.B+Hfa+6rvd'vYQr#Yydx$xk-'&J}Bd#*,JI(FF8U#e$6=#|`~o#vD=s$&7:z@P3;P#g|iB#UmWg$2TiA,Yp3$#)Pzw#[F'z#*<K)%|]Tm$3CkN#x1:n2B.VX#dwd@#x1+7'%59T%$(/e$VJ$F#V:9a#VJ}T(k(kF)V#JNDO7dd#)-8~#jH@@(CH_<#a7yr&hpSl$OtN@${=9V'/mv=%sE9M#).&x#)FR^#p9-O#U;Je#yb^30OLcL#a7tt$bWCq8uy8T=#I^f#bynv$50Eu#U*dL$jhPa>&{1K#oMe[$H>}@${VW*<][Rd&_Q|X#bHXh4EuLJ#_9u1#vLIE$6'E{#`svE#]<&I$MgKw#w[R3#*EXw#v#_0'9l%#$XRYH$VJ(_$Fc+A#n~C{#b6z:#_dGp#UeER$6r/p'THpE$CT}$#d=%t#c`Bl#SEx<#}Nu&++TM:#RO*q')JJZA~FO|#rr-C$Md6=*;-.S#(z;@#[N,I$C^&s+c=k;#[_vdBEDj'#WuhK#)=OH#*$Pz#pJE%$6dZJ#R7ce$=s7k$[;s{/;@KT#y0(F6TZ2e#},-$2%|c##)&3F#ca8Q$p'}%%UZ)v#kOA*(a2`r/}tly#^uSH#]E)q$Z'^R$Rp,B7dK5k#RO',&#('C#g9|j$bWG3#)Vs},/hb=,3]6@#|wxv$ocZN$OI2('Zd;-#_:@(#*<W-#U+AP.&_JU'nicW)1au1)6*g;#*UmV#T#y[#7HhO(6DRq$*~*J+:,.3#*fwM#xki;#a8ow#[N@{*bPykBI/]]#)go,#lgR]%-ai^#},.r+W8_-#R5lb#)xN##SV7i#X0>S#R=zZ$p/}^#|gc;#u4RU(Ex<O#xBn4*XQ{*#R&ii$'psI&lm6q+CipJ#k>2,'(dmhA8{Qu#WsZMA7CM@#{>8^#WAzB##]sw$(=wn#)`bd,_,DI%V8&t233uJ##+5p#d,oJ-0~zw#)Fc~%z=TP,5YV=EbgV9&Uc8:#n^*<#1gw>$Fc/g#RxNK$P@nN'@n%Z#_S8}.MHU''Wo@A#*x,h#yb^(#)_o~#TvKT$Jo<@)AkA1#*Ma:#SoF5#(ht8(zS@Y#)-<f#R%gZ*=>2H#sG@j#i8-l*o3Y&#pJ;s1tiPo89Q4k'SZ=`#R5jr$u}}s#xBRy/2)0j&*Zi4'bL(1#d,wo#z/4a={v&X>es2}#R%x<$[;vq#R>4/'D'H)#}Xq4#SoJ6#Ue@0&HF+T&*n2Q#`kM~#*pGY&.%Rm#bH0.$OrBJCSN9A$RNTP#T#X{#)FSI93<zg+9_a7#R>43,Kn^X#R>#-$gJ0'#W10P#R=tA$N(UY#(GO^4Tdal'h,l2",
"+F1qd$Wb6H#)5cd#ryq&#(q%T#*U^_$4)Es;E;(.#T#[B#WMk5A|1U@0dj4H#_K.I#`JI[)mGkj#*_)H'bL(|#qmsN'xsY%#zK<l&7Y52+ziQZ#*,8z#y86x#a'iJ#p9+i#`[hc#T#h&#+#7n)3%4p#U*_e%1et,3:#im'9}.y#*Ud=%`6oq/N/8;#+#O1$ndQ>9~_1[<s<B+%0$0V%dD/j#w:;9#T-mO$ECGc#i8#d<P>%D$`jT*$;xQ%6CJ@b&6-M,$0Xfw&Ez9_(CHa[#*Ej5$&Q~I#TUP>#b7TN#)p48D<1aV'<@+9#*$0o#`(v]#)_n8#)NXK$0xZ|+W(FX#wddU(DA3e#)o|x#T#gM#U*yB(6VEu)JY*v#xm1#-ryMM$%ILH+BFOv(Sj9L;X7%A%FPmA,%s<%#TnH^%~)da#ufe}%.iOU&mJ6r-dKs''(CJ4(()&2,L2S;#U:~I2@I>g#U*eH(.DD,#x1-L#R5k&#R&E#$6Q0r#q8-v0fO8t#YX4h&m8~Z)HRf$#{`]6$u]Q)'E>[=#chQD%kE(}#)xZ>0dI=S@^xt(/[Id+#Sp%~$7Ov}98bWE#jH6^#f*qK#*UgX*6JKu#u#y)#Ys1<#SoH@#mvs1#)=L*#xJH4#d$dE%XxY~)L-[B#`J0['8d}%#_NX%#[Gu0+.{+^#[N,R#*_6L&92@i9}V}A)%+P43t$f]#)go0CVtSf2Qag^%=kud+gd;5$=Qoc#]#_H*eV-q$ueVS#ZO=U$4KBC$#K]pB=]/#&2|Jr'n6z/#[GE=);5>S#c>=0(3&.)%<s-p#[FA'>'g~r;1U}<$rp_b#y8Z;-.OJj#)xA<#v_BO%_k*G#*yDl#dV>J%u2+J#^w4z#(qCK#V)aj#c.riDgCu>#Yj@M#)_iz(%WEU.Iv.H#ZG,*#V:5792xU#$}urP$=R&P12`X|#^+1.%/=D~#[wXE#R5}9##7#n+ED4T&O%Q>#`t0}%k`YF.*)U4'p$u6#SoCD$eH&O&tu(G#W1>b,l3fs#0GW&#ab]y#cybD'9}C#64XEg.{D=o#a7{7#d4{%$^1mx&4zL9#`(dX#}EK8%'hBN#Yq`_#)%3{#WJPe$UTyL#z/-2*,LP}'2{#6$;u5}#)iMb,6/-,46i[c#)pYJ$7`ua#)%5y#XsRJ#R>OV#RpCU#S<s}*X9:<=,@[p#ou%&#%JOm#R79q2)l'H3.vAC#)5g8#qI9+#1N`0=y=Gx#WZA]*qB(a9qt$F#T#cM#bqrZ$fK/}#R&,N#^L2}+}+l0&b;se#{pwe#UeE=$~tv6#VK63%D]%H2JOKP%%a_*#S<r9&CRoF*&B2.(D@P(#~<:>(x&hp#*4A~#w;b((=$5l*8',v#ZP=s#}UXN#byaD#vD=`$1ftX$Wb:P$SvM;#24F^5AnX=#z0&l#WJ/.*d-ZL#^uY>#zr-P$@>Xc)yl}N&-.>Q/11vx%SmdA(_EzN#*Mia#^}fZ%4(im$El4u#Yj~K$*Fho%lTGw'#X[g&%`v-'0[`G#d$m6$a&jB%-b:p$F8[H7=wb/:fmt*#b&xS'G,NT#)-B,#W9RJ0<-)B%{v}R;+m1]#`J.V5xyJo#)h=5)]pGB#Umb5#]E$0#`t_-)wv^F)4F]{#`ZIF#W8~@#^+vU3)I+f#_K7'&dS29/8::Y$XaLk%snd/#UmP}+51ES#v]W:&-(rb'bT77#bX>P#*Md<5+9QS#)-]K#xJG72K7%v#_9{D#)F_z.cChu$j-w[5=6z&#t=3]#hZEQ(_=(y#U:s4)7).7#`J/7#*<s[$@BFK&q.QV#n~Na#UmS_/a$n>4jz>`5q&C'#~mn@#RhC(#ZpQ9<{4O/%o83'%GGu##^xVN#V}`c6QTH}%2m7p(>MdX#_MI`#*M]n#U2gn9dyF0'q+lB6fz7&#_23P*H0Dj$gJ3X#(OUS#odRV*F&#H#xJ|--z,ml#R>d`$aa=d(H}q`#7@V&5/=$G#z/-E$;d}S###&R#R=rZ#*wA{13N:D$^)wZ4cb7d#otiI.H=al#)A(c$Kn>t$3NDZ#o:@m//2zQ&1o}/F4/{T%=:]w*thzi'3HOx(,`*I#bH2)#fo+%)C`th$ERr9#^v]Z#(y>##qJIi$OrBD#abGd#X@u>:]ngf$YF|-#g)o7#*wNw#W9mY#h0yT)/B<+((({u/nXsg>A5;@#[N)Q$ocq7#*UsV,-'yz$8&e~#UC~}:Xbqi#fL5w:8&Ww#WshV#_S4>/#qQ,#1N`:1@[{j1l&X+#[,gi#(yBq1i|9z#p{n|)wEA]#Ri>x$HP$C#T#cP(gNJb(Bk+g#dVfA#*<N2#WsX<#Spmc#VnMI#)_rb#S,bp8o4G#)EpUe%ob^_#)5BC->6>T(S7f4$.[+F$[@JH$JElr1bR(&AOT,B#Xt-U+4o;>'ZSQ}.J}rr#]E/4#*$.S$R,^G<sw%w#WR9<#_TF}'Pvlu%*CE@#W40Y&)t~F-^(iY$6zQ*$Em5{$Em7o.&GAD%1~==E{E[-%dD,&%~smn#p9-1$:]{T#pJ8{#UD1{4>aUz#XrQO%2m*d#nn:i#Zsh&'%p@W+TT|]#|wvM%#Z]e&4z->#T#k3;M1qP#_9~X6G,|](4&@c03Gvs#_S1f24T>1)qC*>#u423#YP2#'rL6<'+il/#)H*)&OpXp$G/R`$OY(o'-_k'+*MK}$QpBH>se#i3QP+m*O|>p$D[}'%;t@X##^`H)AYl_#mw^A#ZO/x#y0-<#`J.X#{&&T)}WG/#Rh=(#R5o%#W:7]#TU0:#ti#3#XrN1@@]2i$u;Ag&92CO#)xcz#mg>Q#]#d1>)llO#)X3e#S>2N&kmc('~Hc',,sf+*78:U.=OPh$ZgMM$0x.y#*$1u$2v*)(z-+SB5*`$)8R=v2y{K'$JpSB#pB>c%jgJc#)=XO#RhE3#R=t7$<[#S#YqPA#)x8A0v-Z=$Bg1Z*'0&U(Q_&e$^lOK#c>$#-[+2*#a/lj#a/{}#)5E+$r`s8$q@3C>|S*p/~rkQ,k4q.(^-]W'mbBj$gSil+zH+R)AYm-3od0##)g{v#XB3u/okKP#R63)($-%5&)tv2##;>S&XEyD.w'@42%B}qFHUuF,>PZk$2vi)%W7Q@&5i'9)$E7Q#`cMT#fTDz=e|TF#e#iG$jhO##V|iH#SoI%-xJ80$qPLj&gaJ+*qTro%*Nm/*2-TcF)mWC#p9(t#]+gTFM'UF#n}r%$rOE%#VS8+#)-:@#ZG&w$Os:q#VK'I*4P8W%7p&D#*w(f#xBI%#1N^o#zK|%.]8n##RpK%5|]/G7V-$E$SM.O#qjbM#a'gm#T#f/#W1~g*>9Wc#*o,Q#[F4)#*w&E%tmpX%~))l#]M,N3spEo#`:fc$O/~M'KRkS#R5k##TvP`Eh7aj#jz(l+;#&F%^B$n#dh,n#ql%q$4|4S#VpUT#d$kn%[4mc$V{U4$^S5N#bH.L)]Z[z$3drs$<|NP$NI|##UC|;#UuTi'PMpL*>ZiR#ijZp#_dIk)qC(6#V:5x$Y-}`#*$S.#ZO7H'FrFE*O[)E&c2mv*E~/'%piX3#,dyA*WuLF#VS9x%$(&[#_SP'$*;hA#SoFD$<1aN&m0sG#+#Mf#z/+1'.<G8$a>~y#cpYF#W2Ts#aQ1]$6Q#Z#XIU{@&]mc0U_tq+5RU[=DR.`#X/vU'SZ$s$l3}:&*~NL(2itc#Yq[Z=yGq=#SoME1d&G-#k@%{'SZXK##uye#Z5p$0~5s/#XjE}#R5mO$p(#=:ISGq,k,_1$:Tm7$fv8F#*^qb%o9@O(ExlKF'_'a#%BDw%)LMv#UeKN#RpRq'Ssk_)E,G.$kx=w#n;.E$9g+(#Yj%o$a>|$$qaQ1#{AD8$*<`9#fT<;*C_o6#xkfN22aft-1mds&sv(^$;uA59ast5#m^M8#hB(u#(p~Q#SEu`#R=v{#e3yq#]MBg#)x._(0RWs$`rR>$6r2_260yL)JZd{#*G{y(@U_7%1~Rj$&Hg|)8Qp{$mU1h5JvV8107~n&A+R1#cpc=",
">Q2u&(X}P;#bHkq#cro=&O`1*$_{i~'ZC;)%b<{s#)p(_#`cR~#YP/X#X2{4$&PwD#_W%0#jXE5#_KkM#fTt`#Un[e#[F&n#W16V#+#@k$Z,v5#i81**{ydS'Gw@V+^3~a$)Fs$F;JQa%N'U/#yb^%$2ers#V9wf#*M|,&9m#X$rb(L%5z0=$Pb.I0i]Hu#ibJU7i+7)#v;5`<b_U6#|V]@$>b#c#WsR:#ZO2w$*DfC(%UNd#Ue@W,Y>f&(6u{I$.Y#w$B4Zp#*M`q#WJ&[#nM$o%m[u,#*g(h2+vTy'%NUz+5=8H'6MZ-$Wb7l$^mrT#)Ve8#e48(#cx[:&*9`K$$VZz2s6d%%+sz8(-MS<&vI5>#[O*##`8~3#[,ga#YQ2m#(y)V$Vt1A6>F`u$1fsL<*Sv@6dRc$#]+gQ#qQDq#b*o5$+[h,,S;Tp-,YOQ$W7zX+G{02'@n'y)YJ5&&m<%T&|:/.ER;i##*w(Z'[(Xw:vTg6#UDc~#cxmm@k18~%G.QT$0Vgz#XrN0$UVFW#k>Yp#ijm9#]$'e$WjB1#n}ww#lO45$.P__+xZB1$Q-q|8)YTg#Xb9{%sMRF#a9hC#V|i9#W{cB$4cro).dag*.RQ8#d$wT$d~c6$9f}_#*Um{$Kf0H6fr*L0|@wF#ZhI^%#ki+${B1i0pvHm#(htB6dVp)#a'i@#*,CY+8>CP/*rX{$uebi#*$4>7(K/,4:;~##U:rd%#ki##^u[W#|VTe)oMkk%teY*.H@E%#^uV<#V:Cp%{#y`#zrH{#U]4j:A&s`#)&<k$D}KI#W16*#c`EY=x6GN$u}rc';ZSP5{Lup#jKM,=yxwh5k~1x#X1A7#]E'#:C_>F$vtx)E,99*.)+yZ&&$~a$#L4(%/`[W#x2dI#*gM43*M.m/(K=@$GbGH#)Nd-#S<r{#%LOy$VI|N#UeVn1S>TQ#hZeO08{pz#U>oH#ZOg+##36U29xpI3by/97-ND/'E0C5&Iw`X###-`%%ad;##DGV%kW;E$c_Q8#T#Xt#d$m:$NJ@:$ol-&#`9IQ$KT|u5AnXH$;v7m#*w)B$*#'X#Zpc$$0=Q-%$():CA&L/#YXE8#R%b1%N7eR#m^Oy#)p%O%<Z#;%W>wF#+#6%#*$2U#SV1@,N(Bl'Lk@s#w:3L$>Yv*$$)*`%4s)B#v;>`2>|_R#_Le_#`),7#*qSp$nSII*WR}o&7^ri$+[hE#R&LS$ocjO8ymg'#)gr/#*MhN.oq}A$(xzt(]6fh#rysw#ibMY%CKj}%**}K#dxi:9)W{>%|~>g$JEnE#UCx9:ACt>&3th*'+acn)-D@&%soCH(5<Y.$qaND$Wjf##x)K1#)VaZ#S=B+#]N_X#aQ^U#[N@:,/iVo$s5`@0;OOC8-#eu#RxVg6Na5i%oJ(I#^}b9>N62P#c%ibC,drO#*fxL>{W+>*TUv[#[,jl#]+jZ#|_cz#hZH4#R%`3>(u.+5=Xh+-N7I%*B6LN#*-C8#{q$;#ZOb6%NY1E&&wv9$bWUG$TuGX&03=V*2WFI't9%R%qAW*$tE7X#)_uX#)`1<#g)ym$yrZK#UuTQ*^W@T6wq@/%7g|k$OI02$.XeL%;wP])^V6YF{xMw${@x1$en-:#*gw^#*Ue5&OxFH%jV9:<1~L8$a6si&WO4X%~)hj$,JQE#)%7X#Z09[#*,<t%i>*<#]Ejk#a'gs@/[uX%^kC4#WA~)+,:GF#*Md/(%V<N$rOEZ#_K/-).lmw#^u[(#Xb<r%aO,-,l&LX%=j01(s0v:$Jwdz45QR>'W613$mmVm-,QBw&J*W'#x)1{#)>#7%dD$##).DG#U2e%%4(F<#R%YN<^k_^#Ue@e$6Q8c#*$0t%=j)F#R%V^$l3}G;>7n'$+[vz#)=VQ#*M^m#w]Xa#+#.X#RpUe&Ez9b&ag={C1s0f$WjB*66@8N#v=wT#b6tn$|^_B%]DIW$rOA#-dm4l$'>TA$iim@#*N'Z/i^/s$6z6D+k&'P#v]YA$Md.@=8n=+$d^~R-);+'#_9zB$jhR(#*nz*#m^XY#|%+H(&nmS>(;7e%dD5N#VSA'$eTQ6#nhF_$Vu7v#)%P'%h&n]233vk%'ot7#`8{a$a8P.#*EVP%fJ,B%dmTA''vIF64X:H#*^lz$'pv<2/Cc,1{IEp:PYJn&GNr/9,#N)5K:1=*&JN(#V9t2%;l3T&2BOI#)Vcq/ZB[O#*<{|#a7}f#T#Xi#n}qB#UmgNFe+CM$@>c0#VL@c#n}l*$Wb6G#`J8-7PLJV3c=P[&2|*/$%(*s$VKfG)=enb#).AC#)_o;.zF_~#U<ob#0>P<77T.o#*M_d&.YYR#VK14#YXcI()0*c'KIt;#)%@x#WAzZ#ajTA#)NfF#Yuf=#YqPU+OA_}#X/k}D9HSb#UeUJ&1+B]#|h:7#~X>d#c%gL$41Jp#xBR]<ii:lF)20&79Z_P#hZI2$:GdaA2&;l@0t3l#S<||$C^HF#Z5o~#m6j:#vDQ]$JwBP#[FWD#2<Ng$^nN*Ewrt1%e)je%z=T]#[Px_#T#VR$A=kZ&YDvu#)VgJ%)LMw#^ua6-P%9b)A[d1<6i<:'|9b4#UE6V$=U16*.chH$R4up#[N,A*TIy;0MV[g'MPCW$iiWU#pkgm#R>ji$`IY3&6%5F$YGq_%M{N6$w1')'^(@c#Y.gk2WS7C#b7>f#*4HO#^ua;$d~`S#htD9&agZm#)-8p$~}`o#Ue=0,iqDD#e43/#W3M'*G}}0=E/ah3uf1]#)Fa`,/.W#+,)|]#R=tc#)%x[$)`=N,oc=,6,&ve$ndQR$lEm##)gu(#jyfz#w:Q;#pk^M%-bvs#UmIR#e4=$3d4Ks#SV,`EEZH<#jyfu-Y4Rn={+<[$K+Rs<5'OJ0h^(:#dV>i#WsU:#T#Xn*E#L~GE&cf$u]SA)/11N1KA:n$.Xip#*fqz#W0m9(X<Ef.q=,m#{`^F#RpPi:RG4T#jY-UA+x.@#U;J.)$E7Z#W9o0(C'XG#g|dI#XrKG$2#2=#Z.i9#d%#J-e9_b#g[EJ#_1r|#U*mP###,N6u<*##)x3d$-2W[3qI%k%;ThrCh9@|&6=[:%2u)_#bH1s'-FL<#(p}$#U;7m#pJC|($qrx#lwp=#x)-96u0lG$>YY2#tgZR0FbJe#Z5r&Fxik:#XrPb7gx,4$CY*/#*Ucg%`qUt.2B4t&LInx(-<:y%%PTV#i8#Q5*d:C/N=P,-5HH-$;vZW&*{~<)9'r)4pAxr9N6Xp#(p|M$,1<w/nAY./o/+{'ixxY%b<z%ET[;q&HrL=$Hi1D92pF3()06Y#T#^v$c`xA#*<E2A*bFm#S<rb7n>S*#amHE$+[erF9uYo$$cj]#VKG}$6a{)#]M:}'GEiM..=,p$*]gr,./0r#*Vq8#Sp@f:;wN+#|--+$h'nM$Hl;t#R>*e%1~9+;2x|0%58c*$6/@X#1x+g//;*M'W0&3%UZ4l#ZO:y#TvR+$HrQf<9'NiEa6-(#l8]2*.1_E#0>PC#)Ndw#pshu(u@3N$a>{u#R>f[#]MK[)3%5_&m[gV#q8-]#VDMa#jXEK#qQ}c&~srR#*^l[#[-D%#VK$E(/CF4#d0:Q9`m9%(:/Ex#*V-b*6JV-#(q8~$JwW.$u_=g#zHAc(r[K9Ch0x9#R>;F#VCm_4^).8%#kj`$JwF.#g}${=le0l#(y)l$n*`}#V}*e#^L<R$A=^r#Xb<y'%_Xn9^4Xw#R=zA#zqq4@MpL*#^}s>#*VWf#RG/,#*UdE$OYiU#o$/G#w:6k#`8~W#.Yf}ClG2E$$RX{#*w&M#v]_7#V|Xs4uThz(#OIM#ZpQ6$*evg$D}Eb':bzo$[E8;B5].g$`QsO*4DLm<{$PX$(NY5#WsN0$9Ep1#24FS#V9rr,wLCg(`fTw#YrvGF;s.A/0taw&6Vg_$Ron8$iqnf#*$0`#]#cz$$JSj#RF|/EeSJ:#*EjZ#%BDi#|_au#)NdG#RG-0C}&vA#*<Kc$;[zw<#B[f)J/G-#*^sg$en7@",
"$'hmy#`0{k#VK,P'}(^M>n/B_$qAQO#R%{Y0wPNN)YJ-r#(htH#SF[]4#)WU#)xke%<s7V#*^u=#UmKX(:],{AY9$F#*^iv#Z=~A#W8sD#.IUjAH)TP#Rxl@5IEX4#(q~t$0Vu*#XjS&(^O&F%`753#chMd#qSqz#m4'_#W8uv.oi<F%/Nhx#*,Zh#*,Fi%|}ve#UD><#aQ1H@&D~-%)LMx%{%%P)#6382,]M]#R>>]5zV#_*Hdv}$%INQ#*,:e#fT>]#`0qy7v*I7$mTCP%apS#'wWDp#bq^(#hkUm6gWf;#`;k,$H>j+$NsD/#fmS*#w:5i04_O(5/FmW#RF{p;VB@o$jhQv$0c8)3vm6H(:'4_$h'p@$TmO_'PFa'$[h#<#Yz%,%4(_c$;[{2#hk{B#*ET&#VKCq#1N`M%@5U8#)Na0#{q%m#)O,(=C1}.$(N_J#{&%I;)5>.0]>Vv#*<lh,<sxI1,$:a5u1Tk$6Xm;#V|SS$`'k#&E@[N#_1uY#V|XS$bWET6Hn]);^*#pDPX,U#^w60GMGlE7)c.l04$q3$C~Bq$nShS+5B>k%y`xu#wdb@$6z4}+a@nb1;_RJ$@@)v$PyJH#*,Y,&t$a'CRN}j(Vg-y#*n|G$q'*@$6bw-#Xr`_+pkRF(Ex;h:hZg=1dGbS$O/^%$2U,I58N2q$*LV^>vqvc1<naAGO4pF#TnO~04=-j'(KKN#b6t}%Ec/U$OzRb$ok[q#f#gg6nIDt#*,<*${=9M8.2`I'W5l.#_1qr$&S-C#U:tE$%(hG%fJ-w#)Vd#%JDg`#`t+4,pIGw#psj$.^r4h'Cs;K5w'P0't[*;#TU1g#RF|i1V;O^#SV0t/^X'{$N(b4#)=H<#u#ze#XI&J$n27N#ic.o4G@7~$(-7&#^}o`G.^n-#p9*I'GF#%)Ak2j#)FTZ#z/*z$'OY9$nd]'%MAhH'0[c9#VB{Q#WJ(^#(pzC#n*yx$T*^{(9s3p%(_0O,|nTo%4sbE#oK>+#VBzq*Hc#k#VdGu&XwYk$1M]/#s.#'#^2lq$F0UuB_f4o#u4|##fn&/#ZO,@)xm[G)QL7S#`ZAR:9=rJ##uyh'GEgQ',Od}#R>(q#_LL%$&/2g#e4#/$a6~B$n34u#(huy7UtY;#TU,f#Uf#&&o&j})Gm0g#jXE;#^LSs'6Mqz#(qja$VkA~%~)cF#*Mkk#VfP>$aX<T9$U*q$kwbk$2eue6{L'i5*3,7$,cl|)kz^2#ZheS$*#>=$9<Se#W970#Z5yc$OrEn%J;i^#VdA)#~z*^.}B,%&-Opk#(h{.#]M.h8.2dN#VK)1C:w:h#g:(^#ryyO#)=Ls#fTG'#c%i{$F0YY#*V;P4dTd##*hRr/if}'(fpb70d'DB#~mq.#n;^n$lMWT&3nz##(y)M$H>d[#R5kO.k}Uy4J-lQ<dml}.Qx.9#pkZ_EK]bG%nswn#TvK]-CCM)#[wV5&S|SD#RG(e$7q,^#ZI@R#WsPq#qril#U2kS#d%fO#R>Z|#ijUk#lx-g%e|aB#rysH)WTFV#Tvf}#j@-~#}Ur8C[=#i$=(j`#]E>3%jwar$'yW,#dwhB#*f}|#lgWa##x:R#aQ1^#]<'D$fdO##YqKM/8=s8#*,@6$TuGP#c0]E#VlF)#uhC0&1*ss$do66(h3jx#V*Br#n;4V',ORRF=&I4#)-j##`Z~]$qCHK#R-c&#^xV.#*-2##]E&4$JEnP'GzPb'VO4Q#lgUN#s.#1#UC~x#`e&p&tC@9#.IXg$1fs<$jG23$'&-h#U2jx$P6gc#[w`,<(@w^#R(s'$N0rs&Op;P5-I44%#kl'$#KZ3#UuR8#[wfM#*gv)#(i#=#(iK9:60cn#Yq]z#VSQd'+jH{#`cQ5#SE{'#XjHbC(6O<#e4Vb>a#s5$t~wA%M(ex#R@<@#T#]LA(937%H.Z,#V|[7%/hVa#v;7g#So_^#RpLC#*,JQ$(=KY%`aAV#jXGo2k6]n$o(|7;0`MkC(m-G$(NTG#RN}q#(hxu&hO:<#e#mc&b3oU&B*Or*O|J*$eD'{21pW'#cp`u*x9~F#(iXr#b)]H0j1W.%=7OZ%[]4a#UmVw$Cn:I$Q-_b#WB>i&spRZ#_K:0#|VTr&^rSo$)EL7'2Aiv%[];K#[.wp#g:&@BvWu0%DlU]#x1+1#eMKZ-ha6%$}}~y._i-/$PX&C)T5Xw#_S<5$q9,I$0ad}$@>[Z#VK)n*x:.T#S%vS&i,mG&i@}G*=SeX#jH3u#*h,z#VK(*8alqG%x@U/%+JPF#S$c_/1JYx#c%iM&i%:6+'I3)/_x<7#*<xfAThWj#i8&X#`Z<[0,FxY$#vtK$Tw,P#)%A|#c`_u$VsPf#(qw]'tZxa#YPFo#x)t#$6z/2:i01&/Zc}r%_'bq+dEwz%>6Q[7ez&M#.IWH#X0Zt7PTO}*V:_J#Rxb)'=pMs,wAxS%TlYs#p(zL$('#`*F%K:#*<`a%_@{E#*Ua_1-T>P/dlHQ$)EL=($Fa4#U*eF)$E9.#0>MT#f}g'$jhSO*M3O##abmc$OHyV#WC=n#q8+J#n}r*#]M.O8&m6Q#)b;$$2+7n#ac[i)_~]a$nSDN%z=<C475|J#*^mKCBFe}#R&WE(JIn<BgD/e#T#p{%:ocU$WjU7$(%5'#%Za<#SF=#%0$xE$V}.&/SStI#a'fQ#S,hQ(L6VN#VKCp#S=-$%i`EH#hB19/mPzh#rr,|#c@CF&rvf:#)XB%#*fwm94vU+#WsNI#1x+h$5(:L#7ziv%5'^A4GPSs-}no`$JEl}'@#;-#hZBW#)Vd$#as/]#XrT_%/=KU.@#}p$o2(r#`cJN#W9&O#TU,X$^[Qr+c=kq$XX0X#(W`|$v:8W&RuB<#arh<-WiUqAWy&H5{;^u#h2u['B1O~#TU0}#pk`u'+ad'#WB#08kbuE#}UW##ZO/a#SFlG$$ssU$^pE/+425_#e4'o(%VP^%utlr%ns~>@h~|q;i[8s4CukU$0WH##)`DL#$:>E$u32n%Ao0W#U:tH#ajPT#T#ZI&x(+u#V|X]#*$wP+(-zR4cM^;#`ZAw#VS=Z#_K=b5Oy,[%V7jx#[H]A.giqW#VBza#[Fyc#m^Rn$@i-D#2<Nc#ZGO$%+Mmy#S<xf(oo_e/znb{6=hdO-`>lz$u~:k$yqp{$&/~t&1O@a#*,:3$mmi_#aI7/#Vd@h#VC3l#fT>d#)p)L8;>3;=esqH#V:U}#m^tl#2$3p$%IT3#[aOi#lNs[$>/KC+]n7}/W,D/%$)gK)QAsHAfF1F${=k}#)pmL<|f%Y#RpUH#R%Vj#TnF7$X6o&#jXMd#[N,P#eM8.0j1cl#ibW;+eDow/7]Y@#a7tv%r-H6+6(Pk'oO:X#YXs=5)D_'%57Ml#*o@H#*E[p#)`b,$;[~V;2#K,,{N/W(`L|3$MdCa25K<2$IV}(#fD+m#)x1<74G0F=xi#C$yil~#fqle%1X&[&^tJE&ywo{#^L,9#wdZ@$H>tR${BPg#xot/,e}qv)%}q:.&F1E#)_yY548l,6fixV@09]c%7p&0#Z.88$FAak$++(<&Ho3b#YH2X,vuM]C}nrt.vbHB&'vxa&|]xy$(x$U'']hu(2Xig#WB5w%[]UJ$]}h6#UmUS#`JnM$j@]n(/[aO%vB3P#W1+x$XP(F#S=S:$'>G=#RF{I%1~37#T#g&#dgP[$[fMX$T*t#&UQ5g#*ft4&RuB:$4)|@#R@_v,T}@#DOI)*$J$Z]%^R2[)crQX%[3%d$>XrM)K&N##)G-p%yOX`+IB81#g}T.%$JR:5[*Ei#So[W$n2rt#dW_c%&hwj1COWv$kW<^#oeJ@#*f}p'ZelJ#(r9,#*h)<8TGG7%y.,&#`J>^###6P$(NaH%h703#a:6=#*^il4/xW7#)`-b%0$0T#c-oJ#)p0d1q*T##SV,]#S<r^#fo{a#W1$E$yqmm#(yJ2#YX6g&3Qcc%D|=s#m4&c#W8|7H3`}X&5`ma$@Bls#g*$~#)5kk#W1fB#_K8/",
">)ZrG#p)Ce&m8}^#bH,,#ara2)Zb/o#`0of#Z-dt$;[uQ(+XAO&Eb%mA{Q[h$9g(.#|gi.$N0bzBSO`Y*2-[w$Wb6R(R0U{0MN[b/3Ys)#aI.>$a'10#e3ym#WtV'$'bJv#Z5r%$2ThR9RXI/$3drj#^ojr#WB%m*jQ*;#U+a+%[;/>$@&rT&=P,%-5HCN:Qm#A$)`C&#Yz&;7Rcf~#S,l'#(p}UF1u7d$4d23$={^'#*,p+#T+df#yz|z&ADXy'gW<s#SV8Y'Jt<i#)=cC,bNz%Etw=b#)NeC#*o4C#^mpG$=+q[$4B^V#*nw>#jXI14bgx%#b&p2${=9@9u%7'#T#VZ#)08M/Dr5MC3-)`#Xb<m1+ND=%x/0q#U]8*#g|nK#Z-gm,ApjF%8<`I$<]F6#T+f>GKoG9#S<vd#)i;R#n*y9$Pz'Y0}/AQ#_K,B$49OD$RQ&##YXH/$(NWY$=s{l#pkwz#bqXJ%Mo('#ve`_$O/ra#R@)($'y(s#*NGy#dwzj#aQ6U$^[ZQ$a:~c&N>mF&A+@6#_1qf/j}Q@%*C[j(o,~i$-l[b$l3zK%:Si5)`2e5#VB|:'^i<h&3Q_=#UE)iF0+3%4=rcY#|==R$_ZQODN#`i%%(^D#)-;X#)_oY$n2QR%@%IR%aIIZ'yna<6.g_M-GGji#q82G'+|Wt&NOw)#zr8{'})n|%q>Jf,Ky+g#b[/@#eNvN#U]=G9B/PW#^L.K%h.oI+X'M$#]#_L#aQ6y:D^>B*f~Yx.EXe-D<B_;$d~f4%5;RC#VC7($fS=4#Xjl'#UeKA2CNE|'1ci|#eE@Q&-RcW(%nc7Db-k1%]Bx+7;X3y%57GY#tF_M*4F31#R%h%#Z-dx#c`Kd#foe|#)o}F$aXS4,AWuS#{`^R#`cH'3qI'M&#d.n%ipX&$N2GL#[F$1#~v$H#R''5$@&fh'<OdP#lgay#)o}n$Ha5W#)xQv'DQik#*f~`8'd=_#R>,R#)-K-D3uR9#XjF*AEV0*%Io2g#[N8N#|_Z@HL>j{#Vd<w#hB/}$oB4y%|;Ub#XrN/$N0`i#Z6OK$_{jJ$,RYh#g)qTE8OQR.Ni2+#(p}Z#Z.cN#)x906p_|s5u1^~,LCVR#xkon#i92b#bP1H#_K8*#b9EM#}Mb.&WpDV#U*f:#abIi#XIIw$QW*[#Xk|:;(-Lh$P|;O#x1+(#SE|{)k/g=;rWe/+JVrX#l5.8$@&m>$@@B%$Ro[u#RI4V$a6pm-F1Nv98Q./#)_o{#S<|z-FjWzFy_WT#*$g(#d=<i%H-V#-{U>6'']Xk*+MFV3D]Oh#g[GS#asjr%k`Ux#R%YU#U:wo-C43R#UCuO#)%44$'&55$l3}J#w2+54^*OC'#(nT'i^9R,O7Mi#)p$(#SV3S(nH`^/~Xll4fJ[*#^LSL(O~Ds>5FfT#W3xY#)qeI#U:re$0_ra$@&Ea(5<IM#a0%G#fT>A%AoI4,(geM#p9*Y#}UQt#T#Z-$/[A62MD_3:'zZ;%$ru5*L^ty#WB%(#[y*p&Y;r.#)_fy%u41)#dV9K-}S8X.)SC0#*w#W#`^>I*c.zp%OOxT&||r['0[c:7i+9j&E'@8${>8]:t`5@#WE]h#UeMf#j@4Y#+#fW'1ck_#Ue=(9b(x^$E|N1#g:#_%0$Fn#cxe2#Yj~o#x:Z)'NNru#Xr`h#*^~f$:=XJ90/^X#c-lfBO|a@#SoF93=c[1)>uE=4GPFq#WJ/&#bH.i$<|76$u;,]#)%:+$kGM{$4czt/*zdY+}+o.#[N1k#R7Bp0qeu]&nrYi#tFH)/6vkt#(i']-/G-~$9Mgp#eM}M%5z0d9eVZ+#Ummo,36PD$k>s9;A=vH:7'[;#d$yt#_dO@8't9RC#Lu|2=ugB#)pm4%OSol#Z-kt<$AU6$n5>K'WoAc#)_i~#)N[g$hsK&+p0vT#s.#(#S.+=#qj``#(hun&'w.W#Xkxk'0[b##vD=p'4y,W3~]6@#p9(s&mJ5(1e-HF.#sQG#[z3Q(Itwx#)-;o#ZG(g$50E}#aI9{$K#Mj#Rq4-@droZ$&/Kc1l'<.1F~_lBCxG>#bHB^#_2kF#*y8l+Ue56#WC@^#_dsx#kBIY$ibRU#[N.j*P0J}&Ts_t66wgl$/WeK#_28;%{<D)#Wsz+$YF|B(o-]{#g|o8#fee8#[w`D#bqXY#U;#R%=83d#SEzF#)=Qu'3'Cn&0~9^#*^r3#UeJ5#)pPm$Q-cc<V(F@#a'gu#(yQz$&y~e*2O1b#(y,1&Kt;a#TU,h#R>yI#SV)i$aXi`&j<Q[D4)::#_K/X#ufZV$iiZ;Cr[{m$`I9u#hB`{##+.a#VdUQ#U]lc5EA0<;owt/#eE)&#)=M3#c%gN'74<8)j([J$'&DG'dR/@$`'u_#`9LvAWD3D#f%L;#s/1p$T+n6$d^GU#T#pD#)W;t#(W`z#*$ze&XEw$#bqS%#]M/=7q~8@745lP#S$VU#RO,k#_2Ez$r`t]#ryr4#X/s##R%rO$p's2.,P_j(>L[v1p*iJDJ5:V#d4tv#)=o9#t>{M#)>*s',OW+EiK5)$;vbV#Z.(T.12$W+gl<^#n}n}75F)6<P9F<#^mMz4rh,Z#`KO#$CUG+#)=OJ#XjEz#jiUZ-/A(N#*Uaj#[N,;>fuW49y[Ew%5Jcn$-17Q#_K.n#g|od#n;(_%'h3-'11O1#+#4I5SdxB2164m#UmH4$K^@p$&y{q6Vk)~$2fF/#a0Tm*.cg(#Z7sk9Yl({.12S})t@EZ#*Ud2&||rO#Xr^97pEX}<w{9]'a+_N$s5$E$*emn(Y[-n#bXMs$&HTm#bqXS$6bfk&7_Or&Dkd7$@jrx$p)#1$Q.'V%)mx,#Z-i{+QHmA)YIsV$=Qj1$2]oj#},/U04$uD'#XV8$OY+X:]~zG&Jm3x'E/%c$2TeD(Ti0s%)LP[$J_&:#)&<p#*$^7#Tvh)#e~rv,mT*S#W12+#xe}L#R-eZ#Wt74+<dlN%VY,ZG0Kqd$`RNo#S$Xv#Wu%M*G9V_#WJ-|#|-.S$-0p7#lN>3$hr|&#VK;w#wC>_83hJ.$0`UA=C^Kj%teUJ(NV<,)QIqL#XrN3$(NYZ'4GV0#WR8s#m5<^%fJ,H#d$iK#^*ij&<':3(gN-3%sUbw#ZG0,&4j(1(6T_V#ir^q$w1Y+#RF}1#eN`3+L+Sk#U2mq#)_}'%1~1J#)p&$-f{O5;nm/O<eOTbHckA<#ijX:%[]:d-O(<}$$JOh8@)j=69lO{#*$3-$O0W9$:v6)-ha/<0pU%c(-o.-#[N>L+eDt~#n}o,(>f_d#^wVa$~FRj#ae_(#R6#:83&,4#V|YY#_1lo1nxLRBbr^M#YXm_$kVA5'+|-KG'4;'Gc3p2%<Ys`#tg^=%+u'A(]Gv..,b(]#W0t'#cpXs#abM2#)Wov#YiC%Hq;$9#*,k[,kF3j$3K_]#g<F9#oK>0,rG%}#c`T4#ch[Y98Y/1#fmY&DHOx(#)%2[':cE6+JOOx5dSxbCoC9R-#s~13Co@n#~;EH-LRbf#RxPX%sEga$`Y>{#VdQF(x#gwD1Uf_$XX:*$8p@x2+vR;#`g0F%E(G'#x)(d&SUUx&YnI@$HOw4#(q*,#k>2a4,Z6:#YKxj#~mkA,=#']#x)JN$^lZ36j;Ls%@G+z)Z/Y'&a$dC(6myy$mT=/#+#Ao#*nz9#X006%`r-,#t=5]#hBOV#pJ9%)lXF+;IyR;%_I,~#q82-#aI.[#S@8/<I<yw#T+aq#R.)w>$i(`@BAp2#R5j+#*Ym]#(iGz#[,yH#ZhM]$<2Tq#fTki5H=<&8ywnR$6Pe>#_1{Z%'59&#|-P^:<FHE@:k0p/}bn{;*Lmv$>/HN$K^5B$iq_I#S$V_#UmM.#WJ'2#S$^2#V:j<#)%Ob#Yi{V#R=r_<*m=/$a&k^5v{Jw$mX]R$VsLA,Igu<+*M@4#SoFI$Rs<K#n;(m#*gup3|h+;#_S78)*GK~#W1%|#ajP5$3e&<%)LP`/0ta|#fmb)#dhX{'Xn:8#]+jP",
"#(yGQ%/`Bh#(i,01:WQh%K2T3&HEdQ%])oB#mvfo%XFuK0^7iL1}hK^$=sYB&;t_v$J_)0-Ho~l$41J=$aX=9$Q-b:'b=/0'b;Ut-3RJ8EpI=@*'mKM$UtR;&HMj%$(x.(2jz<e(C'iJ&1dyU#bX>u$.'5]#ibOy'p%&n&-pvI#vebU&q$g}&Y;kv%5i}($fM~<(JQt5&RKve#pJ9);_({9/3@;0+k%~S.:ZYi&R]+94Gi}1$n2*g/)fBQ@M%g|/KIfB#(yCp#x)tF$N(fX(u&nL2=vk1+p1I*$0x5##cxc*2lx>93b6J4#l{6l./n]t$=QzS%&'Cr%XxTd#^w@U#XI&F#b'5<#RpXe&QDnF#)=K##(y.&)`3|M#%d)p1^w6:(-WCW8pVse%0MZF#Wu^l#*Mp{&3(4M%]B|6$~ttp$>/HX#SE|~$7Ob@#U+mE$P6pG*fnDo/G<FA(-Y,^#*MaA%jwx.#RxRt@lII=$oseH.frHK+(.9M#U;(m&vI5+#*MdS>'#6]$^C3@<hHD_)]p@/$[;xv#+#FA;:~bZ#VKP<#]E:f#R=~%7GE7t%]*--/UWl|$;[u8#U]D1#]E/H6W%g4#*w^U#)a3A%GBZ$%i`EL$s51I#`(l)$Y&3T#(W`{#UD-]%Q4j5$E|UT&5O_42NC@9#(y(r#`0{H)lapg3c{n|$T*Zk%`al=0pUN-9LVCt#y85E#^L/r$t#p*#U]sf&0U)]#f*s##abBy*oT50#X1m`#)Vry$9o.X#w25X#S.9E,mL)/<nZ`5%@Fg<#.IXc#*M_S#nL=z$-07n#hZgC#abgc$$RWv$okg+$9f}^$RwVf&vrrv#n_bm#*UgD%G.X+%<s-c&NB/g$={<(#UCzb%#kjY&5s.C#RGX~#*w2T/{S/l%y./)#)%5I#VdXj-v(t@$US(T$4Ku49}Vt:#*E]k$&7:}#g*eQ,RMg}#bX<V%1evu#W9$L#|-/6&0~-8$aaC}#7j-4#X0F%#W{Z2#Wss(8}.hv):O[j#(q90%WqLb1ep;5>~q~w#*Ull==qU9#(q/R*&DIH#c{p9#Xt,;+_|JA-fk:G#UD9g#wlk>#*Mc`1^WKD'/viP#[w^L#(i$:#*_5F&HEs0$K+UD=O&-:#T+lJ#)=}L#YX>k#R>0E&>`W5#hs[)$.Y%o#YHIs#*<]J(S/^5#)xRw)tH.b*_mct$B<[JD_)&9(#OP*3@rdN#m4#H#R>VN#c%g8%8w1j$w#(=&tte0#W:o^#RC4o#ZO,=$#u$_#r@3W;Y`T6E&ho0#W8uF#zqnU$Z,u`,[Log%u)t3#_S1`$IW,5'*IJN$$)*k*3&R#-&p[0#ajP'#|$~i#S,zK$Xa8w#U+[H9)X#5$JoTG/,WG0#fDMA#|-;X#V}9,.$y`a#xkv(.h%M:&wH:4'TK',##+.@#jXV#H1(4N#fmX7#)=p;&1K]J#{hm('ppCO#RO6D#(q6^#(p}p@B9E>#)OAE'z;-p#W8zj#R=pD#[/CM..=58)$U[D#Uv=E@H;.e(iuV-)v_G,#neUG$*v*F#)Ntw#bqX8#*fwW#VEj2#Zh_)#*w#^#*^fz#`9$N&1[eS#xcbn%1TcT%(ntB#R%ZR9/;IF.U:8v%-aie/;PF'(6T`k#hDAZ#[F-;&2t$4$l3{l'SZgs#RFxK.bf(X$@i-A#V|VY%+cn%#X/t##U]BA&4A2v'Lj7,&(DJ{$)f{_#*wfG#(hwC($$sp&](ZP#RG+L#Z=z4#|p@ED1f{E'^yd`0tI.d#Z.4E,jaR2#Vd@5#U]6|08B1V-ulYW/~idD#VK(e$2Tkq49#h%$;y1t$(Od8,&@Z[#o*&V$`jIs0AsrT&Rm;x(Z8pdFUfW9*>t*)#(hv3&fz_B#ve`C%%ad7$6z<r#dVeR#ufrB(I)F##c-qs#(W^3B&S6q'Jd)*#[,z60sR-{#Z-oM#*,[2,zkrq't[+02eMg[.C140#)=TL)%}t/9K{dp+@a}f#g:'g1~V*X/Q:Fn&vI56$k5gd#*UhF#R%l=$+m0,$$vVK$P6jM#ZO3a#[N0,#T#]9'SsAb#YP.a#ci.M$a>|*$OI-+#)%:J%4([j#WshG#ySqu#YiH51pT,i$T*g2:0>us+evM<#RG#T&2BQR$jG9y#~y#[#W{XU#)h*D$y74*#p9)+$UtN,#)p)[4Xq&D#*wKZ$1fv+#*$1-#e4NW#)Nn+$iaIB$yqn|6PUX~,#K3K#+#;Y#V)e]%5'9:#+#2=2RWaRH|0(1$1$9_=a.ed#XrK<$]~#_#X/kO&30CmGY+~5#R=}1*fMYp#V:(a$.]aP#TyVm0ooB]$QpBA#U]4f.CkuO#VS03&J*oq$GbMY=K~H'#zHJ5)Brm4###%z$+[eX#(hwO$JEl~)/krb-Njwl#1FUj%9#x'$#:=S#1N`H#W8p#$iAOk)V^(<2%K'i#}Y9A$iq]j(1Iey$;~ce%|TLc$,coa$0WTq%$IHB#^u^N*bP}u#.IXU#eM7C#evuu0YBS9%Z#XU#XjT$$*~6a$Vkem<84c3#U*v`D#[l}#UueK%[CuB#S,ns#VO7t#_9{/#VKn]5/(WK$5#.~=0foA#`0qc#`sV0(}PF(&YE1}##+:]#*EZD&NP5H%h&{4#V:Cf#*&.E#*_$a#)NaW#[F=U#(q#Z)1ae=%(o$Q#Yz$V>LQ*A#WsW9$50|Y#R-bY0tjyw#)p%P'Zd7)#$2;]%qjs#1V#HQ@Q1oT$6z4;#1_o8B{7NT$ftYo$~}(5%p&{W#~;Zz/#zeT#`ZIs$)^h&##D_z#)Xjn/gppVA}W_R#VS.Z$eT=8#e~n|#)hBs3WAKL%fZAABBOu,,O'CM)6V2D8QFd[$,1<|#)%1_&yx5f#*w@a%HFo'#qjbF$+lx>36+]5*3$-#Dh*%B#pkZe)Ny@9#[G<%$ndSr#V|fR#)_pC#ybaz&.5zk#^}mc%`7z##ZOZU%:e6/&<)%4#W{Z}=}~5T#a'gl'([]D,>'Ut$mm_rFT:Mu#irfO($(ql)e-aM#d,rh%<s-i7,cXY#d$rQ#[N`*$4JYH$C~NZ#^L8##[w]{#vNx^'JTXtDLe0y#[Ic9#*Et$#|%yY)peG`#pBA~$jhO(#*^mH#Xs*V78)g0#V9uJ83WHW$(Ndg',O`Q%=j2G#Vd[P;DDM`#g|n.,/.,W+K,UN#RG73%9]sY#0GYq){Av~$@@ih3#gC0(4`5i###=8,N9e=%9]t6*F}7h$%IIZ#S<wK$h(p6#ufaa#Y/=d2qIqW2SFXA#WB/i$DS{c$6c>@,%(u8*X8fx#[,v>9~o+z#bHaZ${xN(#XjPl'p,z~:pC|P'7ewOFR2]i($-%o#)FRR4co3f#)V^x1|YvL$rO@k';{g9>clfH#cy@&$Y`Rq#(y<S#[,im#`e,g)AIeM#a'e&.b^#&#y8=u#YP4(#s.#)70|~F)p:}>#fT@G#T#fs$bW:q(RJ$r#a0.E#xcz{#ibJd.2my$/cRxv#r/#8#c{Ys${ww(#wdZJ#]#oA$`Q<s#|q_t$6'=t#bH)5#)FSt*V]*J#yb`8#e^wT&ADcZ&-psg#Z5rU9u%K|#abYq)1')v#8i#t#]#kBG9BVb%~sm[&sm]2#UCx8#XAAg#WLYb$7q)i#]NAN,Yp4)=.I6X#U*an#}V<f+mU;lDgJ0N+6(~T'Jd%:2XYkg#`Za4#UeV}##^@x'*rsm#+#5S#_2y,#p{q9#`c[8%<Yq/3qzMl$9<S^$({wE#y88X*Aat2#uft~$~|zV/*zf_#^mK;(FUor$P>ss#bqX1#/Xg7#*w*L#tgZ[#cp~q+<}cW'DQ|q#b6to$Z.Ob)-DD]$'hv7$q@1^#_L`L(#Oc%,&bXV1bAkC#VS.b#x1+25-6m<'IF~5#hZE<D5s*S6,i@C$3CXx#p9+v+@8)d39o[M$CUu#$~u4z#X/l=&p.ID#)5RtG7eyQ3+#-H*w]R7B6_Fz-t~=v#(huq,vKMA#hCKN(9uh5DlE09,M|sg'*rp{*4el*=B*u=#p{ve*r/m;",
"#/Pc.#X/ip$u;7<#xJDa#ijYz#*ESl#c-w4#+#0Z#VdS<#UmI5#VlF0#V}#F$JElu#|&rL#arUy#a'gf'Ssw+#*UehEN/X&#S@]X$eeoC#p(yN$p9-;#[_@)#*w>p#XrXN$4+H4#)Vmr$Gb&N#XI|}#Uv:A)l.iH1=me@#[HzI#TU7q%;tS-$O/^1&jhS/#[-3[#odUK#SEuW+.{$k7<-pF#arS/$&0@M)#NGQ(@m&%%VQTE#`[>X%$ABQ+O8O'$JEj%,/.0r1S@H4&XF$O#RO5R&[STV#qs#R#TU0m#f}iR$Vt{T&gaE)&T{JX$(l13):Ob++c5|N#neX3$#Mv_$OIeW#f*|1(z)u-#S,mq$+2:v>}bw&-ojqD#e3y`79R.i#*^oZ$HP$y$4cxI#U-DT$1=6}&rvgi$VkDc-}[Kd#RHKq.Z~(:30`C'#U.#%#X/jv)C`sG$+}'`.c2y8#WR.z#*^r)#UerP$%(/%#arYp#ZqzV#r@0_$H>dB;6YEG#S,[x#ar{8&cL/%$@lMK#RAd@C,<J[AB7cx&.Wx.'Ctla'82O;#*Ei/%k^HR1f^~]#*Mi[#a'dv#R=}o@wWit#)h%/%[3#X$oB,n-luPO#*4J~#u4.8&p.-<*MToL&1KZ|'J_kw#XQ)h.r;mL02H0.#p{r'#Rxa7$4K4]#Rkyp#YH$3$^[:e%$AEB#fTC}'a3jg&5`sP.RmFE#]+g_$&Q)s#[N.r$;uS)#*`J1#RxUU$`(`b-F/FW#).04$ESW)AH[5G#R-bo&o&k21B70R+.QZ8#*o&@$F;JQ%VI#Z#b7(-$'{*w%5'6=#ibP2(rK5D>IuQ+.HAP9#)NqY%=Q(0$o14w#e_lb+El|)#XIw.#X/dr#^mZ[*Wu2m#abTe31%]J#n]OeE<cs')G2I;#]E'X8#z5T#abW7+2~}x'#yu42^~3F#cqw6&=y/)$US*h/M.;`$&PYu$eeM]*K`<A&MUEF%jh%a4gbyz&#(%L#)az5$&'-'.Lbps$yr5a#},->,Wb]3#*fvC5=XC^(*ikL'e@zm#c-zw>bEBU&lLN($iaU&$&PW6#|-1,.I~-C#(huc#vD]$#1p$t#ic#a&O`.#*^U-5$'&bC#ajMj,D}23#[_S_Dnd_f$lE4~#lgl&$'z$k7:d`=$NJQt#YX4SCH'PD$+[b~#W1#e(RKOEEJ3hL1Qs>Z0bl+.#[,k%%[C~I+rjuABrYPP$kwe$#0GYu&Rm<=&CRzx$.ZCZ#R%cU$[f~j#Xtg7'X;ki#)5B,1}pE%6Kk_V#p}*X#Uupk'|RS$#`sXm&%PLk$0-U@B{inX$7`we#*^q~$:;Uf$NJgt$q7.6#vLGs%/=cR&u|6{#]M3W#rrL%#ab^5#*Ud[*9hjd#U]4r#[FLa&lK55&7^m@#hvC*9|`z&#iknh&ntaW#)xjJ#jH6R%~suh%N8fE#}-2f#)_m2#W8r('`5(y&|[T$1(cAZ#ZOT]HzdUB*#o)b$QF|L#*,>]#W0gr${=;%$^S>0#yQO9#`J)J%5K#F#*w#S%wrj*<1M4C%-IQN#d$gH#VK'qD)-Uh#VdS@%${&w%#kjP(%wDt%-IcG#[F8k#a'dq#)%5Y#d,oP%'ot]$C<A&E,s0Y#U*_b#VoVx'opR]$C^'a#`kMwB_2~~#)o|r$q)rgACqjA#^mK7$#L&=%_'{-&Eb-($SDyg&O%M*#v_t>#jH15#W{Xm%L|Ik%)LPp'H~=k$14Ei#U]sL-Bn&H(%xMh#W$G<5RmfF7zu1a#^uS7$enOn$)ENn)Xd3W)`}W-$HPk*A1Heo#W3IU$49N_$BYkX9jk$8#UmVn80Z<<#`J3D&1,Z5-;Z[(&x>D*$<1nE5a_j>;,eyZ-r$XS2#fA(#XH}M908#a$BVCR#|FFU#Tv^)$j>'gFe0sV$&PZd2ULX5&KtH9#`cuQ$$).B#)-tq+Hz*m8NoVt#b&iz($N{P'CQv8#W94d#S=[1<Ses7%H|1F%|]X1#UuNI$TK|H#S$Va$Vsal#chSr$9g'%'uA/d#*o<9#hZBa%5kpk#(y6_#wg38#)xJG#abH|$jhQ}8eWn'#TU;m&6VbH#*Udh#]Pb4$8%cz#zHK@#_:(+@xN3b#e^HT$FSI[.[|}w.2kf5$'z6M*|OFx(Srp|#UmF-%DlJ~&Mjq:%&hpP#XjO}#VK$D/ZCjN)#=Au#)p$[+G0xe$tvz,#VK+%%{<AuGV>G>#%_;=3D]Lv.MzXo/M/#'#R'%o4yak4-0MFtCcO7b$'>FR#y01RH9IST%mSPOHj)f1#V9p4#_K9J)~7-n',7zu#YqQ>#vE6]%%'H~#c>eG#b(79C7r/M#R%^Q30%ek>fX]m#R>(^#R@mn03G9V//;+Y$6z22%[2ss*.ROwG=NnA#(q,0;{h$U&usd`)BrQO$4J}{&6%D%#S<w`/mb1==N&u8$'yCj#j@20$49XQ$2TgZ&4Lys3KEBi$~}Zw%`6lo$*LVP+UmAg$&7:y#)>nB68UzY5{Dk]$^C'W+w1tv#Xtvq(dJQF%EAlw#psl=$]}p[$6a}b'1|)Q#g|tY'uA8F$k%i4#ZqqH$Ih3k#`ZII#YP1FIKZIs&gXML(%,;a'EWw/$$)AT0E%#j#a'fH/x=>q#*E^c/s*C-9mhV-#RJPL#TU,b&:)B+7IdR&$:v2$#c`sc$l3}H%9vk[#^}t%#XjI0#d0o0$QW'X&~BM&#XjVy#R7-|#~v)P#]#tj)E,Dx#*w*-#RIb6#lg]P8sQoC$4Jc|#R&e8#VK+7#[bm9$6Pyy&sp/F)U4[H#[F<,#zHID#`(ls$+me*,y7<P(:'5f#a8Sk$rpn{#a/xO#dh.`JIUGe)53Cs#cx[A#jXBD#ajPH#u4CN%H6*a$'OWH':s*X#abBn#)FSd#U]8G$wJF_J7+4X#W1JP#)h,R&XFB]-TJb9)3_^V#W{ZN&1+di#Xj[C#(jLw#)Nf>#ZOIx#[N)L$j>nU&z#rh#R5qa#Ws`Q#WAuL/)0rU+/yt=F,YvB#U:r<#zr$p%k`sxAGT''2.0wH4ok7$(S7gF0a;#M#W{Ym$6ari$5s)q%lD4q3<dnG$$RQg'1JRx'74Wb'C0NT#W2([#.AMY,|-/r#W3oi$rO@z)/R`V$Svhu0im9>(4_j}&IvAE#)VeT#XA`U2HYe'$Ob;g@HCuE$6c|Z$mgng#k@1T'O,PU#*=:L$*#38&c#(t,|v[X#`cOu#)hQ,#(qe%%/a;rI0;/M#q8>_#(hz%#RO$h#`99y#c-l[$:Tzk#e4:{#RG&D#R%[1#[F8~$qP@m#a/r7#]E$2#{psw%WqWe$6z1}#*<E7#]PDw@u/xR$_{]c,1UUM)lXK6#_dKQ+^Cuf%)LR=1I(AB$#:EW#W2tN#^uSL+;DNd#*M]-#)x)w#(qqC&6%a>%N'T'$mm^,EtUNJ#d=1I0Jrx~#)Vc{&J]DM5$/^N#)o})-tm|@#*@]]-GGdm,$kR*#zr(8@yuzc#VdC-#)_~l#(iTm#a/qt$Hq[^3Qcs0%=:0=>~Xfs#YiKo#YX4c%*CH)#zr$x%}SOX#[,u/+=,W}#)pSu#by}Z#(ygt#R-a~&smv,%<s11,eCzs#1N^x#s/g>#){:I%/gqw#V9sr$<t43$=(]`$50RV$kAMH&c#o~*x[DP&}c[D.|SH+#`l`71^xY8#UmIN#_2Rq#W0z0(~`gm#ar[~$O/X5I%vj;$(%-3'ezUu$$s~[$:]wVF~{5,#w:;;$`'jW.t9sX$:]}|$'iY$47WFc#XrPR#`]OF$0x-$$mfET#ZQpT$eeOZ8z[u{#)-9i$RM|V#Yi|Y#`9or$'py-$jhSL$0Vj]#e~iW.f7`C$1$29#R%[.<m[gh#R%bF$;uD(9IYdH#]M/]#W3.<&QDl5$7P7D%kng1#`kU2#S-2Q#g:'5#R-c0$fK7f+>jqN*`Bv=&1dsb#]M3h#|-6k'mbG#.Zd|W=V/s[#W8wr#W8m19<fN7#^L,G<>ik9J%|qb+O{5L${wuu%e|p:$@.HA5z_7f",
"#Z=x2&wH>C#TvwM%FQIu#ibX@#VKOV#S<~'GI}TI#W9#G#)-B}$0-<`&$70;#^}aG$gR8c$6au`'Llf7$Z.+)$+2:f#d$rW#*$s)%[D6:1=LU7#_Khz#n;tN>pFEk#SF5=3:M8H8{0Q&)o;yz#cxaJ#*$:i#WJ*gIuW;o$#:Z>-q5g6#g[EO3Mlf7+_22a1)/o*/X/&a$ial^#o:-l#XjF2#i8(.#R>]]$KM,</PDb;#qs)-6Fh`o#S@_Z#n_b[@8|Pq$c4sV#)xfK#S=Z/%$(-3#Z-ip&@o;g#p)Ag%QzU$<vZo}&4@R=#X0a]#U]O*#hB8q$4h#G)VM.<%5@T$#*xj`#V|~K#wdb*6>=zY$iaVW#U;85%8`QO#_2,*%kfdG#WZ7p#UnHG)U<]'#U]C*/[_<t#c.1h#}MNf%jgP2%fJ-a#s.;=$NA{l8dtS@#)=E;#YX1b>&4`U$K.X[#*,uN%#kjQ1YQ{t#)FS/#e~is$)^eiJH{E}'bL'e#U4jG#*E_:#WR.e-|L=j$s5'A-/sgL#jH1'$gR7$#jX_F#^}xO$-1,'%57S)$d^AJ#`)<~#i0'<2tOOhG-I{=G+'Px#h2B@#SA.,$7a&:>0u<V(amL'$41`)$%bk])X1]4#WAu@+B'(f<pPRD#`kX/$JEnL$uee1#)xWH#VKZz$@&C0$K^))CQ}8q#pki#&1S`,$N(XN@Z{vcI*OI''D'A8$D#B=#(Ho2#%9P_$[#ZB$+#Jc#*$X<,D}K(#[w`(%#ZX{#xcak6bv0[*|O4i)JXuw#[F5p#]MTB#)_r49-Kwn#++6s4;;K##1N`G$YG$Q,>Pfr@o_Xp#[E}@A+Nll%^c<t$olVi9>K(W(x<J_#ryt(&C|h2)l.o-#)p)j#YP,Q#_1oZ#)xZc(*7S{#r/UF#*<f]#`d=`$UtLL$C^%+%W7+r%k^R0$2U&k+2MNi#)-9m$0-=N#^~/q$q@8'#VC*T8uQQ8$O0<[#X0s{#)_mbA8ZFJ&yx#MD;d}8-V[kl$eT;5#afu@#]#[g$(zVs#)=JC%<{8|&}4s0$,5Rq$TmH]$kxu@'d0x[27RD@#X#jqCuMD9/;sT]&Dk.b#(q1a(pU59#$2Gk#W##O..-ce:%mZy#UD@I#RO'Y*WRxL,b6]^%%@CuAQfKM,N8r##VKG|$Md10%y/om#V9{d$0x0/$l3}C#b6wp#byj1'n7#0$u3r;#RFu^#*Mtw/0C1</{^.+#)go1;XPGZ)Zb,aH|A5F,wB#m#arZ/#c%gE#WAz5'p$wi$ias.*'jau98Y,@2yBdmHAcxN#lgXu&->Cs&5a{<ADhk4*&shT$4J_j5iFSo&RmoODWrMF#)p9`*rbDx,-8Tc&-psX#*E[@#ouW$#pZJL@UxaF#*MZc$n)}G%xi^>#RxSvIfF$J@3&S}$WrLw%&hj5%VQ&y'82O9(0RQ[#x)EC$Jo<y,pI_v(Gv1_#^uV0'Ecgd(k(jw)j(_(:#+U+#XjTc#*$9^-df.s%*CH4,w0s-#qILm)dPm$#+#.Q#^}eR-4(aZ$RwGc$2f%{#zqpO#Rz+=&5WhN%Z#S]$,4,f3&/t<5[*-E$2n1=#WB*P'Jd%1;ac0i+riN#;B%4:#S%-2#{&4X#pl%T)Si*/(W;l2;vdwC=:#^9#[wad$6r02#^mQ3#W8{~#*Uei#R>B/&@g'u$PyJN$*Dk)#m4'8%7p'o$=Qom/H3OR8N+zT#S,_z.>R$}0*&k<EI,P[(W;c{-wjB;*WtP$&G&3q#hZGo-.&#p$U1aD$HqIF#1%4*&vI8*$ue}D$1fwP0*b2F/z]:3$;dzb%[D)k%-HU{$0x*3&AD^g#zHv*#p*Jl#VO:8,wMp}#hsZ|/<hh#*zICu#Xr^1'2C$@#_:Cu#ZhJa%u[WQDM_yU#(yTU#fpQ`#)%:2/4X;.%d]@$$`YP,'N`2Z$;]+K&#YTt#(q''#b(Nv&smb`727m*%5HwMA4N(~#pkb3#v]W^6J;V:%:m'qCGt672t%kF$$)0P'ZdAR#W0j*(#.5{#*_u*#^w6s#eE,$#ibJ_#)Nq##)FSc2xtJP#+#.W$/`v3%-ai]$>j&e#[E};#YkZ;#)`9'$HOz)%[]4f#`Z<^'dl(X%IpdP*O[=_$$KG%;N9;#;9N'Q#W{Y7#y0-D#[IOg=*|hl#ZO)T#dx1x#^*k7#ca{W'+jF0%[3Zp%SmG=*]U~x#Zhx-#W{o2#jyfy$ds(XHv>8@*w]TM.sL+E-P-;#$'y+r'2AJ,#RJLu$BhCN#jiX##YP,D#U*_i#*<ci$+[eg#VM(<%C:`9#b90f#UD4`.3zpb$1M]=K(k'L#oth|G=Vi)9V5jb#)NZb#)-3}#ZhM+7/-)~#W4RU#VK*'#^uy'#q8+K0$&5N){QB-#q8+HF<PhR#S<p8#bHP>$=sv^<pZWW#W1+>#c`H##)h#CJHca9#^*o{#WsKT&N>lT%^Az{I$UQc#R5o7$`JW@%.>H%&'x5O:{.G/#_L;d$oZI13Xci@#*M_+HTznX8Q1&MJv^C{%&';M#a'gr#UmC8*wu[2%50#r(iudy#_dfC$o1Z3.5Oov(`Mb')q[>z#},-0#e3w](%yC]%o8<T#$:>O$QW'b#*_<X$+2t;#Z2N2-0MCc#YqYu'Tb,s#*V7s#^xC+$;d}H$A5YW$p'vL#WEk[#bqS6#%kqF(N5Ki$0x-F&Vz[w#q8+N#Ww.-%9#U9#`(r_#2,=[%ipv6$.P`C#c%iP#ilhv,{ori$UmRp%c~nL8vxdB(['UU4]%`g*.RS,#Yql_$$syj#g:5G#];z+#Rh=+#byh&#)%:f*2Y5v#hsj2$F8Xa$0xSwDI=y=%`6oe#WL*K0eGnVAt*M|#Z.UF#(GOS#R>7n%t+*00SPrM%:Kc(*RWw=#W3;`,_Z#9#U*ai1MED<.T{BI#*M~(#`_[n#)`<l#[_SP.ec(:$+]Bd%8fve'C0^c/z4)y-a`AK%FHs/$4J]/,U9ab#otfq)WS~H##;>N+jyMg+59Le19ln*#dg`1#S$V`#]+j8#(y1w%sE>6D+2KW&+|k58'){V*2-6$$&PQl#)p*(#tgaGH[ILd#)>+4'1cg/$k>6_#)V^v)ex[b#X2m(&i$c/,#K70#d)Q%##+.3#xkcV.2d7]#U3,J$$kn4$[nIy#Ve;n#p(y@#d=qC%'NS]#e3z;$oZsx#[wV1$c_A^#YHPaIr{_.#)%J]3S%B6#od`2*ptX=#fT>C,[M9X#X/z$'t9%^$*;Im$+mBT.ygLW*vUDC$O/_y#tF>*#Rx}C-wb>1#SE|##^*qX#S.*f$Ap51'E.IM(367pE[}h-(/F*E#+#3q7F,x1-rPKe#S<{c3IGBuD4cs-#a0cd&IDfn#X/t;*{XKz0XT`6%$Ac_$e#+^%EAd'#XjdX#p9,$#*$G;%#kkz6w6Qv&-pvO#dW#=@a;Nx$CT}h#*%-b$l3xp#]-_w%9,lp<-@e/*:FY~$lMal#i7|v/%,m0*{it&)({'$-.OP7&-px##Z5}0#y85>7q^*m#`J2-#m^M<'rM5U#T#fR4$(Y%$&7;*2n^'B1xT#f@IKC6$4BW5##]a4HjU]Z#`9&.#i8FG0Mp<|#}ED@'*rt+$E|Ni)rJ{2#i8#P(fxW2$Hi17#%S3G5~c.&6|B{,&~A<w#*Uaa(*7Wh$2v*0#U]KE$p8Bb)OCbG%)LP]$>/HG#h^X/$.Xgw.cCuW#[wYf%1v&.&2BN(@k)$*#T#Y%E@F`K<Q,z,=~d&U$aZ.q$U1aS$(j9)#jX`4$@&C5#XjH,$jhSRI)Xv5*dpjkF<u&_$P6c}#*,9y$YF|G#dV>k'><OY#ZO)e&HMls$u3V:$jk#,#|wz#BUM0j+`_F_/']DQ#`dEM*x[WF+:ffa-tei=#w:Hr7q]vu#TU1})cQx)#)h8j$A=iI#+#:9$mmr)$5JO4,ZEh'Bv4/k']Y.Y144Y9#ajO~/XToZ#R=r=*H0D`&X,sr#ne_a)peBF2y{Io#oe37#W:hH+G8Fd#h11y#hkdg",
"#p{{^#dV>Z+5|4@)-+0R#VeU-(@SgX3n*`Y#by_94SEA_#*U{v%`qMt$*LTHAZ}~{#XjC)#%9>[#UCx1#)hYP#SF#:#Z-gl;vm1:/EWlt$V{U'$*#*Q#R=uY0tHsY*bbJE$OrHn$,ckH;`8gJC`kNX#chK%#*N(''ZS0/$CW:9*i{O5,)fX524mVj'I:]%#`s^|#{`]##idB0#*F9U$|%M)5.JH{(4o~U#*E^f#VSZd#VK'3#[wXw$Q-X*$/`q/Ib(np#_K/##tG$w#WB'D#*gOu6Fxgf#V)_p$Y-y$7bdh@%_*t3#)H(},//te$<Bgo#S(1q#abHB#/apW%/Nex)%+*l$6S[dJ2VU9#_K07#YieN#*UdI$'&9E#w:Ab#c-qc$I%Oa#SE|^*I[fF,eCn{HcsIX#]M/a5/HXI)JY0f1{A0I&NOta'N`Qu-/oyD#g:)C%:Slk8n5F'#{`^=#ZGIK,|veg#[a-^Ig+^y-#u7z#^*nv'#&|w#)Nie#otjC#k>+^C:$>H&@4KK#bPAv$8p-_'D'If#i8&$#*<Vf&Vyt[#`sXL:8H#1$:v1p-sfOa#sHTn4]$.v#ZpRO#TUON$>b#U13h7i$[hbx$mmVp#WJSL#V9m;$[nJ/*{7##$'i&W*X8cb.^uWp&A+@C(*r'I%[:ou$Wb9F#hEwa#hZLE$2#4]03'&_#YyZU>na[>%q>67/&,7m#YX7v5wrl5#qkIK.zM+l#|%Ll#9Ng>%'h9]$&PQ^#/Xg-*`Bnf*6JQd$|^[H&m(zP&^/ek$$k~U:3~M9#x97=9gTe(#X/j$#vhD+#^v9+%xXO;#`16>'`g:%$,t3]$&78/'/n2e#*w,m*e_@#JU~E^A+VqY#Ry-*#pCc~$`M.c&TsE/#vD>($'hr+)P1R+$^]Xi&b~Z9&)L53$0x;/F=`z.#Sok4$Y[0V@oFBF#m43&#Ws|D$~ttY$B4VH#c>#~#2,;yGF=][#ajTB3jy<m#)Ocn#tgm+#TULK#S$Xs,8FA%$s5D]$3C_@&.XWV,S;Ts#r@0j0MV[V'G<e,%$()s(;WqG$Kn;g'xVB/ICuh#$50EgKO;3~#R6:0#c%gI#psi+%GGjd$M[+C+@HQj$+m;G$4e:W=>Fuu#Zhri#W{VHFuc]t2Iim5$B4eQ3K,'{#id%}#mUPW#e3wX06;@-:<C~B$I6Om&+|4B$O1dS#*MoU&j<$5#*$To&],H)#WZ@@'<&8r#n]UL$n2I)&-RJW#Uv,0%{OY+(N7T>#VB|C%~ss##*g1L$`Y5d$a>{o%5z4m'*rsu#VBxG#[wSW#)_rI%i>1N$+2=>#*w2_BpOgc':g#m#^]DN%{NYGKtFB##W0po#(iWb$nSD^I{Q@&#)FwyG{diu%(ny<#[/&O%$ImA#)x+5)(1ve#U*jQ#)F[D#abKM#f#Zc#x1yn#_2#y#YXaA#a8^1#Z5rP0q*W*#]M)^#)=bG#Twdc0Qt(3*9GSH(P2P'%gAD-)`T*h$EmSD$0=OLBed*u)mxY=#[,zV-DZ^%%JDj=$kVCT93<r`#)`%M#cxf*#ab|<$'`h8,mT*b#(6^a$Tz#z8'](E$kwhl#YycX#*WC&##ei='@#5q$^m>M&7<VA#]/B2'ruwM%=PoP#g[Ie%$m'($RpP@$Bg0<'DrPg$A=`H$qPoN#(j49-@_nj<$k-j>,y:S$)^tJ#}EpV#YH)c#YrwX$@&Z]E4B:)#)Vq)#*g'9KVpzL#)Iz(#^u]b$osm/%5IB}$Y%_O==y]m#ZpeD&)tv7+*4#q(4%&u&Ivv4$2y|6%$(02#*g.Y/z]Uh&dmI@'^(=X&o7O,#p(z.>~@HZ3@qsy#bX<D#^L0:#YHQG){7~Y(i%R.5p.H1./f`(*|YOy$8O8&*;%'%#chK&$4J]'#v;3H$&/6MBp.a7;(-LN#^mV9$B4PL#*w*5#*M[%#|wvR$hI5/+(Ytu*=#qy%1v#>Bb0M2/GO_Y#ajJ}#c`E`$e`H$$9Mim#Y.j+#(yBL#RGH7#S<rH6.wrt*Rz'H**ol~(G<6F#V)ba%nsu%<)^^-#d5/o$Tu]x#ZO@}#)5BG+3#&H%3t)l#e~wT)CGTt%>a40#)5FL(xVd+#Ws|i#h[:S$0Vgq&2BN3$2]mL#mfWY$`'|s)4nzU'Y*_>%M{I8$s55Z#rzz{HNUtp#x)]J$2ex1&21:b%7p#5#Z1>c3vu;;%;uxo#*`,o#)_o3)KGk6#W1&b&X-KfFwif5AK&r&#qRjZ$0->iFNOwt$q@:R$CXb}'E`|rIK.V66'~i:)CQ1Y&*Z`T#d4z$/KYh#Dl_'$%Mk2B&:KO^%.&0S#b&ju#g|iV8>mQs#)_sL2D40e7$`:v0gg8Z%#{~1>=pcx#[x|'#dgOn$D}IP)&3Ck$Bg)H$;u<t$^#`D#`cI0'3HS~3n*Bu$NL(4#p{xa*ewnb#cxcs'3bpmG9l(i%CKhp&CZw4#mviK$q@1k,7q{0#`L=U#(q#<%_Asj#g)oB<YA4S$onin#Ss(O-Nkkg#a'dy#kA1Z%B]y:&N&M+$6j464)vP8$4f3O$50CN6-%W=$@WwZ@bvqq#Vd='0cQp@$sh&~'ZD{+'(dka#[_B7(Iti^&cNXw0w6v##w[U%)%}t.#*Ugd$|`5:#a;)AEPxaI#c>'7#dwcU#Uf{o'<>LoJ:qJ2#*Vu)%${7X,jN}|>TI)z%9+>5%+t;]$OHql#*%d`#R/E-7.vMq#*@@c&5i2c#T#Xw#n;.u(Y[-i#V)[h#g|o$%$(I.3~]Kw$_ZAB'~HY,#)ViI#_1sF)FThy#)N[k&,z)t'7~8w#]M5&#j@.D$VsGP#S,|&3h{PS#S$_c#)=H:#abLb$TT-&6gWa#''uuH#W18c3ar/K$Y-fv#htY~%r,w1#s.%f'<>Oa#W8}P$Hrhd$Wjj9':ARd0t'X_;*Ljk#)-;P#*w,+#)-gf$NAo'#(htQ$m}vP#)-9&#R7L{#*gj>(Q]H^/gFm-:`KG,)`T(2*=>h)<;C|Y#)a4F(_<pU#`=P$#v>LO(PM#C#[x'lFErWwI$<2A#VK'0#u#zX#)`A($/`mk,KDh>$jhP[(&ml6>v7eu#`sYe#TU)w#q;o7#)%>z2M3<n#f}iB(St9U$T2gJ.~Y<W*~X0d#)=EB$9g-{$,coU#_9x#H9Q[~#ZO,S$'px~'~HWE#U:xS#`8yv$Md3B%;Rpe%)LPq$fK0)<bg}X$@>gN$US+X6@3~;$s6n[&Ox_M#S,cJ+F1J[#)-9-4ht6@#)%4*%z=ft@rS^1#YiEz&yo_W#uf^6'r30i#*,CU$R$U<#jXS%$VkGH*{3;}#)x,_$B4cF#WAuM#RN}p#jI,{#|VTq#Uep[#)p&DBadvG%[^bU*MTlb(w0B_2}4bu#X/l*%QwO0#fmfu#(q%V#YH$>$[.tH$<tBl*>9Q3%~{}%$@i)V5VHMJ&cO;m#)gv]#S1-H#aQ:52M;=n$*;mh#)/Dt$.X{bDu*}j$L*]T#R5oP$2#4R#RySs(u@<-%3Jeb%+Jr`&r+yT#^uSB$2wD##(qA~#YqPl%+J_L#[,gk%5zH5#b&dM#R=pB$m}pI#Ve96#o:-g%oISK4EcS9&/f{B#jXGP#nL9)#hBAL$YF|6#`cH3B&JVj%7g}8G21;Q#uf`y#RG3L#fT}-#zHgE$TN*O#[-m=#)%77#dw^}%jF-v(-U_Q#*ER^$XP+2#v]W4#VMIS4Qgdg:=,N/'37ex%QwFK#{rm<$OrI|.S)V,#rzX.#qQN:#zHu4:z*Fe$2+Oa#Zqf@1HBQd%=Pk7&w/f/#V)[n9}xUD#xkt@#.YhJ$KUqJ#x1/X#U;/4&LIwy$@>na$+meF'|93uGdZzx-Px=`#_1s=,f[][((1--3+:|K#)=SF#v;3P%|TLi'3f)pGh_Jl$3K]+#`(o_3z'gV#)5}^5}1Yo#`l&0#_dPi$OdXl#~;8D+TTs$%A_+e)IR_D77ut},ZEfu$8p,,6u(HA#)x)R#U-Ob$'&*e5pY5D#a'fV.0L;.#a'd}#b)Gn",
"$;x~($RN]&5580o<VKr#(9ssy#p(zx#YySY#`J@N)~N_-#RG.F$@&C/#_S6Z#xl%N$^[nj*9IGG:b/++**NXE1+NL-#0WhA#*0H`#)=Qd$A=c=#)-nS$/'5$#lNGT#Z5qw1CONK0;@}hGj*k=-SK]X'y<.w#n><1#)5BV#i8#XB`t]f#*Mc2#*,RS.MHR5&vLxT&9CSq5-6lp#R%]e&&GQh$fLyM#[-@C#ac>+#)FwN#)=KT#nm^f#x)%H#hs^v.ygEz#jX_X#)go=#^mR$.|S/P'ED(]#jH3t#.IXX%H0Md#z759#c-xG.%J%,$<1Y3#*F(g#dh7S#*w(L#*<OFDGj8a$4:H,$NAnJ4m#T/#W{cf#)g|J#U2j4#cy8p*ogCq'fqlw6=-p^#_1s:'SZ=z%z=;Q$QZ&0)]h<L#*,S$#^L)J#S-:[#)pts&j;~Y#p+'c%s4#0#U]Y,GB=fu9I#+>#YqKH%]CB/#)%9b#},-k#T+dB*5}&`($G2[#R'fM'GEhe*vU;o&:t2##ng3u;RF6D#W{]+#)p#+#)F[m#(i#5F-y*;&;Z_K%`6r'%.i<%$RRa,#ryy@#v;3I/f/)M#yIrk={~1(2&#Aw$5t%N#ZO7qD80d{6[)gO$k%Rh#*,[:<ANF[#*^fu4W';*%zF~A#d$g4#R>WjC}x;h#|os/#a:KZ%>7S3%A^vB)G2zt'-=J(#XjHL#cp]I$OJ<m#*nz59iJNM#^oTu#)W=o#Ue@E;#e3)&]R9f#a'gw#pB5q.9[bh#vD8o$60@)$u3'.#YP1t%kgD}#`M69(z[m~-bEu)#).iZ#mvl;#^*ix'_i,=GRt@D$^nVb$SvVPLJp=X#]+n.$eeIe#XrQqI}`^_#Zpqc#f&`j3i@ZD&A+T<#v&A[#)FXt#(q3W#(i3U#R>Fv&lMC`.q<kF&Dkp_$8pw^$0-S}#Xrln$a@#:$QFv~']uIfKv2ne#jHA8&#d%V#x+Ee%X`4m)kI*V#T,6r#wlw1-0x.q%N7`<%]1jd#(qP('o>+18&m9b(Gg#^$;]*,#ovP.#VBx7#)5CC>|Bkf#)F~(%I$Fg$*;`f#VK+=$>Xzs#bqX:'G<W@:tNar#[FHsC2g%X%CL'(#R%d|#w:<C$fmbv2eMj^#ew=.1Cp~>$f:#d#dVE-$7Og8#(i#0H`M:kH2@LD#)xkg*}yRn#p|)J$mmlA38[}T#{i#cIoa]B2)5w=$Kf0f#.YkY#c%g=%kvmu/';#l$7S.*#SV2t%66Dm*yFyA#Ue@(,k<mw$mTD'#a7we.BS_V#g[P7&2tuw#XrnQ%>arg#)x*GDTCy(#U;^f%9]u~#[Fo-(qD@L#*EfE:YY{{$=sdl&{3&z#^L;f#n;f9#|$~b%D[H$#RG-B'+y}#@+Oho&D0SD#^PA'#2,<)4P&TC#g[Xz#WB.O5[e|b&o7Ad#R85QGdI}K%z=:4$41@l&83I`$:;q{5G`ZR$*vUF#(z,*.#t+^,s4uW$2+@+;fu9k)]W&l$-0r3#SGmA3:#kz&H&kY%#1GG-x@~0#_1qu#`0oi0gjHJ)YJ,f#[F(4+@bwQ/,-rI#W{VG:b/+=*F*=P#)>:(#`(|m'+iwe#ZpK9$q;#{-gj8F#xkhF%CLUh#S-^.#nn@$#U2j,#)O*Y#p{l#(Sr=ECHY)w&3Yja#ic-j+EmVC&lmRR(c[vG$6awk)L.(8#VS/Y#vec]%@G_Z'niMX#~U/M#U2e7#)Vlb&C9Ue'~c%).2cYq#W32/&v1_3#RO*Y/wHKa#(htt*vU7t#`kPE#p9-9$p'p0#a/qs#S$b=#e3{-#)po&$&MD`#*>2W#hsj1&r+p7$@i/b.f7aX#+#C)-`>bW$Hjo%Fz<9r51}^}*w}gk$&PeY#W2D[#ibMQ#)=e;'cK6=3QPMq#v]YN%&&&Z/S(bGE8_/V&#QPJ#*MvC*zYA+#XrzA<H5rt#]M)I34t`Q1&tT3'3'15#UukE'F_y4@D&WD)vat:J@}A'&nr]'@.;S}#q8C{988G'/ru`3#UmL@#YX6k#Xs@)$;[w{#U*s7-8F]0*WNri$Wb9<*fpgo$@>[k#S1YG)VMSB't]|Q#{`_s&21:h#nn`0#R>Z+$Jq6c#TvPY#YqqO,1VPg$E|g(%SUmR#*H[T#R>=u#)-H##h1(>#U*ye&mJ4V#qQB&#dW655A$_0#]#bc45Q;P$+ls30F_aL%yS](/H~64#Yy[%#pt4M#`0r`#abWv#chP0#)_tu%CL;d9&:aW$>j6GB+$;=#W;o|'Rd*)3KMMM@@2[H$m}my#)_v24_bx8$)F>*#)gzH&;YoL$u;AS$2exf9^$5P8<wbo&kmoj#b71O&x%xN%=/K/%GI/_#_#$^'A2R>#[F'b#YXu:(FUw1$}}zR#a8%V.P^o,#fWGV#q8-mAP|^C$6zeW#m^M@#d&qy$@&Es#YiQp#arcr*<u{'ACGz9AB'LZ%t+,5AYZ=P(SQ&.#VdIz%m[BC#R&fw${VU}#i9(N,2v8U#Rh:I,rpRm'O,M`#`fa`*6;0Q,rq's%7sK0$6z5<#_:)0;ZgZn#rqsK%*L$~#V;%Z#[HLk#SEua#vP$a*nU0#&)KU-#ZO8]#U,&}#ngJp$f;Xv/0evc$l3{e']Y/]#g|kG#R5j~Kh2BC2l=YE#(y)Z$E|@/#d<}##*El(#*$3{%/_s](`^0H.6w|T3ef,BI,vr>$+2ex#XkjY(zC2a#abN,&vQ@i#v]U0$lMh7#2<No#ZGUF#`cEt'Wg8R#pvP4GR_N.*G9[Y&O`wp)l&be.Qx51$2o},#x)#*#W|M|#]M5^#,m%Q#*F_Z$Bhyc4#)UT+3Tg/>Cc;$/><<<'^'$Y#[wXVGSQy)'TKcc#(yU:#U]7I#SoFG#^L,;,u]U+.tu&L#YX:K#tGuu%^B*E#)%AU%%@]T&RuBE#)=LOH>+9U$/Y:0&m(qG7:c;g#)_wk0,F/t$%IO:8DX^L#`1nK#YySF#ijRl#wC;P#W1)q#UmP;%$Iuw$aXF=$@>^f$u3,F'oP5)%1~0y#(}^)'PE1(#a18k#R20z$QJSI%)LR:=e:t6$G*@S$d~`N;MT=S#x:/K#abo`8+p:d*|QZ.#TvQG3za+`#*MkNH<o}0#R=wC#V<7p3zi@9#XjH3#V|nm8eW}v$VJ(7#*`'*$T2cm#cpYw3C`Ql&7ai|$}#&I(^h8j#|$~c#Ue:.'><LZ#~;^7$^C)#&21:]#g|g%(CH`9#V:3T(*72l'@nI6#UmL6$jhSM%Z#SN$[=vQ8VW<^$ib9|7n>PF*2gjm$~tvF$,cli$0/%BI:ARU+}+pf#ZPKm-zNZ/)cI3W(#6;v#^uZ$*.sq01~V*;#R(m]#S<pC%Z#XN#)_{X$%INY3GQQ~#V)h-,{oV(#chMp-ha>V$`IKl#)_|q%*+Tk#Yq[R$<uBd#SEz[Kv&]S4/q92#}EDU2g2J4#T#[;&b;v:#Z5u9$'&1X##+BM6o>XO$`J#8#y0-S$9Evu)r_nU#qjZX#y<'e$)Ers$;[wd$NIwS#Yrz`K{=~U4.a>0-f{M`#[O4Q#YHCI#i8iu#V9rd$K0M=*=:K-#)N[f#*,B+$:Tz+#.APN%AoFj$)o%W&[2`:#YI~7%#$C#JMD[T+@aq(#{``&%9e{w/F%zL#c/a4#*ERW#*<EE$9fzm1J8AJ$)Ee]#[O%8#)-E,#`0~o#|FDV9P(vW$_{]H#[wXA)-TSC-fBQg#WsQi#x9uT&oH:)&.%u,#qjzK#*,M($^2DQ#)5U5,DCKO/.3z]$ocgrH91|&Jbb4l24mVw$:;]`0/dTI#{pn@#S$`M#)x+^$YK$`$3d}b%NY9l:(cn:#Rh@D#)p-e#dV>S#qj^T$={<|AsjuX#R=rQ#*i3V++Dz[#)-VD*g#Dp@,x,t%XxN=3IGGT3`s'Q#(>GH$2v*(.DIs;&tCON;pAIyF'$&<(0eLB#zIW^$'x{P#ZG9W#VdO^8,_..#%ciA++U($$*M`]&22+m#*,:w$.Y8^8z~9}#VK-l$>Hso#(hw3",
"#]+qV#b8*n$yid@#{``'4=I:K5/E}&#.YhUADO5u$;[}Y$2TbZ#Rr&;#^mK,$:;SV$swmZ#*w*a#RBCO##~%z#nebO#W$N@$4edj(.e|:$&RFL#dgtW&)u743DM$w#*,9j#R>(&*E$)35UY{_(Y}EC$p0$@'kC#]E{fYQ#*Xlc#R=mM)*hfn#_K.P5/WbP$JEn4$=Zls)'B<7#hsd#$PzS:$El3Q:VKTt#SGE4$0=O)#|$~w;7'>[$4)<Q#~;_G#)R{]#]%:t#Z-~[.PFKz/cRrDFekI6-I<i5*|OS7#[Pcw$:_3F#|p1]%`>u#5xa.M#VC(L#chZ(E~JG*(%,ii8z_,C#VO1p#S<uo+6bf&#p|Sz#ZOEl.YTr8$p'y&$&M'N(]]x:-;u<E$6[_I#S$[.#T$(50':2t#ibMF#_So+>0e(2#p(zE#i8)T#c`]t$KUK:#dV@H-dKm3$k4{V#c`Jz#)`+|#ard>$#:Jj)<U^1#.AP>#`[E1*4rIy#~Tfv(xULT%A^y=-WOo9#W0jp/7]WPB@{cO#*Eo>#Zi_$%oIK~$+dvq$p83g#)_wq$2+Gn@HuNv$:^7@#V|Zh#z/`a$590j)$Uf($0VyV#*Mb$$49nG'-FNE&$yvT#m^Vy#U*bc#)6dM/zU]D9%*N85uZ}r'ZdEE$Ih1A#R5nN#^mRx$n$;7J822_%]C-*#c}[@*L^to$]}uR#)NuQ*;fx~#p{qB9>m$3.bMAZ$,JW:,_(])2>RUN+ug%aE(4l|)%TEm''uuUA]5w%H<%Eo$,JVf#(y*H#R>cd+yBV4$WjDb9d{BU#iA2h0*&vz&|_~F$kVDX#mvtJ<{i}I+JOZ^#V|VK#e~s(F-puO#Ymp*#SFCX#bX<N#V)hQ#`cI}#Yq[%#[N)J3b.PC#)=O:#+%cj$4*^((_>5)#)o}'#YG}X#lgbF#T$%>#)-C8'#&wk#d/I2/`,HE%[2~r*Q2@C#U*wc.l$Rk'H~D{&OyK&..gWI#WRBK%$jgB$2+=<#g*+71uNwI$a&pG%dD<=#pk`d#d-7X#abBw)8I`%#d=)5Ab93c*F%jm(['](#_9u4%.>Gv+@r&S7#yy+'rmX:,M|[-4nJee$Jqxq)gM+,#bH0$#`h;O#S,b9#jH73#ikY7#f'*&&cLjA#Yu=Z4@xuu#a7{k$4|GR#0>MP&tC/N$Cggh'}'|F#*Ea,#`m3V#|-nn#RF{J%^R.V'p4wK'@m~s$#M-=#y0*}#TU.|#(q1$#[N.l&bM8(4GbF|FnzcZ,EK7</3[#i(`3g5#*n|D+V+C_9w3L9$F8[9)=+<U$[#ZC+'qb5#VC#8>a+wk#)Vgl#X@x'#[wZe6q4Or##++4%#kgi.>on##(htJ#)x)5%|;Lv&iF+'$W7i+C^DE-3iXsX#Z-jL#W1e=#i7|r#[E}A$%('w)bR`e4{4[t&%P)_#Uy[^$a>{s#R=to$6':5#`ckg'=pDtBb7y.5HNB%'t9(_7>vkv#$4Xh#WJ/-&_yW,#[w[O$r`Q@#)i{2Diyf1&c]8Z#R5l%'=-N9FW`=B1=LcDEH5Sd#Z5t3#d<}$'ECVr#rso6#Zl(G#RxW()U=_Z#+#2M%aG&H#)%1y#pl0Y&gY4V#)p#T#]#[f$$coi(NUz9$H@%y*E#eq#Ug`M1QCLZ#w]9Y#Y.gb$sl3[HwoX~(;ZCP#Ws`G#*^sH$Rwir(y*w7K$l[T*Hcg:A7tB~)'cZb.~0$[%_I)*#`kX@%i`Zo#tG#G#UmIa#q87_%=Pnc#WAx0#(q#N4;m)o*10wU#^uSM(fhJ1MCmq+#TU:L&7^os#+#.M(G;SNH/:ED:~;TK$)E[73nEbi;3F$5#%ci>/L{5E#fn/N*Vo7H$>Pm#(nG.;:c&+[<#Rl7(u&p*#d,qT#V=$K)CIbY#U]K#F.NT+#RO:0#SF'.$K^)##TU,Y*A7]]#)`%+:CjmY$>Xu9#XjF&#X0C9#g)wR-1eg$Hh3nr$m}o%#T&Hp#mw#*#WC.1#(y)S#n]Q.$@D.;#YX6a#VB{d$=(@@#RPn/#R>Q0#{j%L#ira($*;FE#YH.F#`9N-A-#9(#1N`;#{%~i)wv^TH|zk9#+3>E#e436#R%l<$w1KZ#qQG]$-j~/6=*(K%G6[($41J+':tcB@zE9#&WpLtM%fLW*TV2f#Wt1I$,Sc)#R>)W#d0D)#*M^C#|x-(#V)_`(6DO<8j9DB#`(zP)7L,m$RwJQG[9'x4d;pL#ibXYHiCy7&7UbR)L%AF:;D}p$58Kn&5Ov2%wrhe#TU6=#tF>&$^[G8At73z'+a_'*GC)|#RKb}#qIB6#]#iF#d4|*$RPyh(8KQR#UCxI#[wX`#(y*,.j;gf#b*JU'.,1u&q$l}#[N6r#y15:&)Ku:(6mxE<Z/0.##]rL=:S=[#myD2#tF=~1X1U&9P)'&$fN#*/9{o%$,1=k#Z.1e7Jn(T('2-z)U9$D#(y)##)o|_5X(U)MK}Xv$UtJ3#VB~Z#c-y|.tS*n+X<Z>(_<n=&bM*D#)p8~$M[2L+7QFO#*E`g#^mP9#mvp9#TU453{.EB#zJe<%$YXo*MTx+(o-Bq$+$R;#`ZIl#jz&x$ZN(G$jH/o#*<K=-/F;|#V~Nj$>/HL$;wo@#WsYKCv}x@#*w#E$mU'k*O|},$2m}s%&.2=#RpF8:8>yy$&0T|%`@7r$OY+,#(y`:/_6ZX%e|pN$u]T+#S,])%]*%+$3LR}#YH&e#^*gN&frU^%TS-}(;6FX%D[c]Ae``_:J.5Q#V*56$/X5J#mvmE$6'Wj#n*{Z#*Ue@$mre2;aPL5%XW2#'@v_C/x=/f-0MHB##eou%Uc;d8T&p{#pkna$.XsB&=y/4$NApa(am]x#e~iC#VC@n']rC8$<tN}$n*JH4Jff_#[E}E#[F0xKVBb`#*<}=#b&iR#*Ud+3D33QC1x-|##eq*$u4EM#vD=Y%W>sb#(qIj%CKk<#]M/P$N(bR#R>#h@*'<H#1FUh$|^rCFC1aM*w2w)+^eHw$=sE2HDJ3M&O%M/%:m)n#R%Yo#dwbr#Xb=#5u9Zw#YX6o#WsYR#]M1'K_ta*3$lIM#*<^&#%C#&@(K8v%_jH=F$7sf-Bn^C$<t=G0r|K|:iR'z(*PLD8XSkJLuGNW%{vqK'LnkE$o{jk#XrPX#_S7i#VC6S,NkAH#[wZG&vQ@o#*^ik$0_vF##mqW$0Y3e%*:gGA%3<B&J~(H#R%[J#.Qan#VKBv#)%:M)q[e=%XxN6#aQ<g#X/dq#[,n1,7aYl@y]wc#mw;S,DCRb#R=s|$#:@>)v$ko#R%h5$octC=Ny]z#`J4Z#*$5G%1v2^#S=G6#`Zr+D*DLX&)tv:#YP@u#dVH.##ei[BDscb&jE0E&x%rk$2n>`/Im5w@W;{{#bqY^%WAU:$okcY&ywjd#*Ueq$2+E{<2*M#%*,I/$&Pk[#)p*G#{&&3%EAj`5K^f*%S],k#ZOrUHSj.9#wm,*$:;b$$6b=$#*$1:$6R6F)L_|w#chUE$A=qi#d,qv#V)_h#hB2C#n]M2$^[Uf$ok_]#R-j^#`ZbK.BTIR#Z.U]#XbA'$(O<Z#YiQuGBS-;#[.&I&j;}m#)5Kl#*NZh,kF#'#*w&<01j[]%FXy3$eT83$1fsN'kF-i$u;5g$|aAq#)V^i$ib.o+@aow)ylWX#}-WX+]#T{:+n5s#)NdW1>dog#_S1R$;u:039OH'8MVIb#qQNI$J$z+#*Mj}>$6EY1@Ze$$hA.Y#ZON9&RL#s$3u*%$iaKx#_1uH#d,{{.SZv&#*ET2#)W5p)Q(Fh#[F7D'aUV7#j@+g#[,jj$^]AF#anNe#1N^w0E_Zh8>mN|#cxkt$1M]7&lSW^#+#S2(iuTJ*Ij43#_1xc#]#re-L|BU#qQaC+BFM6#ajRl8FU>1#YHxe#v_D:#e4#x8fgp>$ibDs#hZP`#RpNO$z.:6CmfW,>F`2e(zS<k&%`]{#+#46MsyWu,ZEjn$HDKg#Z=x)'ZdJd#*^lQ#*E[)$_ZG=#UD#-%SmY$",
")*&91#fTC6/j4ck#*nwH$*Dam)J/J+#S,b3$[nIz$RR`p#r@5i#~uvT#`cGq#R>=R$prhl4(&(I#S<t_$F0Vk#byf~#x1/c#Zp[.9gTep+`]M'#WsR|)E,E<%)LOS#^}bPMb@EV0Eh^1$.[gu#U;>V$)gCb20H05$*#H^#c`EZ#)a*<&kmNe%Dd(s&&oz&#*,:Q#oe9{%#kl4#ea)_#WsX]$sg^,#lNCXHy*y^-.&Ln0x<R%$,Kn5%ia@8$k6|N*wyh#2Dw)h#v;3G#|_^0%U1,QDDuI-%QM|7#V|[6#)_ij##T`f%=ayN#*,>)9V;1L#]#z:$u;/N#hB3#2@8Gv$OH}#@&;Nh%gA)-%fZ<SJ6%T&6uAa<#+#Ib5NtWh#)o~3%_rN#+lom[#XI$7#%9C}#_:#,$c5YU#S=bL$c_He@PuUd(-o3j$`IJI#*4>wKk`~v#xBOy#ovOc;b`W$$50Lw#*^}G'@v3^/7]XN.0L@|&KtN_#[a@|JUMDv&Eb9i2f#>o#mb1A#WJKx#xB>z#UuV4*|-u1$o(yV/']bw#)`4b#z7;],Bw$&%5HU1#(hu)1IAB7$Xa:y%M{RB%H5YcHd'tl2_}`LI7t$V'@v*}$IW#2'mbD:%0$0}$6PoK#^L0P#+#.]%(4T7#V)cv#a8KW+@HR%%%'B`#vf<3#a7}1'TQ*K)Nv81Aqda^(n>+(+f2d[#[F-<3&RHA#YikOJl>r('f&a>'@#86#U]9J=2u)C*697p1<o(I#b'H>,C+8H0BIrY*B6Ws2e0w5*MTs*DKfAE)l&b]$s=8)$QW't#W{f4&.(f5KS,G:(-$hO#[xmeCwly(#U*ak#i/wT#[whG#b7Zu$6auN$7Q<+$WrNl*&{qE2nU6K$K#_>%u)~|%=Pl1#X/ng#SV/b#[F<'#Ws_f)V#I@#_1uM$Q-s@$Gb+u#r@3V$N(Rf%um542Zy@*(g$ib($,~x&lK9~%VQ&c$OIg|-L1A+'N`(h#*$<Y$D#H]KH'Dv&}c[p/}z]9#`ZGh$$kn7'Jt<<7xEv/#c>96)7JR9#]Ez]#*$0r#WsNF%+Jc$4p@|;#)N_/8C@$S#d=39#R=wA*.Uav$O/Zq-EIZ9$bW:P>g2-W#W2*J%tv$K#fT_[$z.-W%|;:a#hZB_#fnn#$1$6J9M3}7#YX4l$FB5[.WF[%%n|NI:$3Dn6r#@K#)5O2#W9=d$gR:$#YH$8#*,<P$4JlJ(Ti44#W4t6#]+uwIy}AQ(Vg.+$m}ti5)L%3#Wv)n#WJpM#ZhC5#Wspu#arV#*G9SH#y8BM%^(|GHCH[LL%|;W%jhM7#*6wH#^m_^-rQ@E=KdLT$62#b#*EZ0'3HYS#WA{h$Wb7x#R-dB#Sp@+#hoxY%4sd[#|FQJ.Pw.T+t%U{&%bD,.(5.G%-HP-**NFg#[F_B#(i$#B6M/{$'hr5#g|l_#hFQH;2f5Q4l;XF#b{B>M${O^$IW)L#*Mbo$&HR%%4)zL#R%`1$lM71'z;(<+N[%/#~mk@)jkKb#[N,@#XjQk#Yz8s#e^ZV#R%a*#qU0I&i$c3$Md<n#|x$P)laMA#R%Ys&%&%O%8gX,$(x$T#XjIw#V|V^#)x;A'N`-R3IGC(#^L)O$KT|j%2%/E%JDgF%G.N}.%O8)0BQUR#c%lc%0$Jh$@&[O$1=;F#V|^s#arc9#[`<8'Gw8[DJoUv*3N:c'o5tX#*fx923,&;2.sR/#*,E^%zGi8Dg{h`%[DA=#cxaV#)&'M#chMg<v#7}$k&UU#R=p=4R&0CKmi:l%<Yta)`3TpD};:c*bf4_$yi_B1]5JV*aKgJ$^2]_$Z-&.#c.,Z&1*A8%zH0z$@&N$#k>FO#Yy]}$+`6I$`I*Y$6j$D#b6|P#YXQ@#w:8H#hZI&$:DjA$$)-o#_KK`*4Djq#+#10#g[KQ#Wvx9#)hfi4bgzA'9k|;#)o||#m^OP#ZG$-*ycL0#pB@k#_K7t/urHy#*nz.2R>V2#}Mz[#d4zl#SV0QJCBcl#c-}323<'k9V}p{#T#Z'#)Njo#]<xy$A-Pu#X0DR2ki(>#*EUk*#PvE)AYk{#RxY_$)EUg%&>rN&FyO)#psiA#2,</BJ6gQ#eM1<#*V$V$0x,87gOpl'99GP8(8Zu#]+ig7d8@Z%>6OJ5BydG%obOR#RFxO#w2=W$8NgS#g|iH%i>2o$4JiP#.IUb#%:|g)gQCW#W95I#[N86%/p1-%[2w--$bh*$2oJt$2Tm<#)5J}#WR.{$;u.}$$RW+#lwfk#mU^1'|RHD#`JD))<<O(#RJT.#R@0M#^LrI#Yy|])Z/Yt#`(lC027({#d$r(+$2&7&1:F[#R=u_%Aod0'7~.1$&PW*1v_.{$VljC*ugYR$6}(|$KfbA#*w(x$#KcY#*,:)*F*:%#*,HD+g9y5$6ayS8hLc|(=w^DLtVMk#T#o-+H*`N$;u4G#a/r;&E'Bx#RxN[#`sYI$J$J0#r@3R#)=Vf3B$ys&>h/}%&>nq#)-9c=BT(Q2dx3V#chR)#WJ2-B+MY_8^td;Mp/7l#o)|,#U:y~%`6t$$2]ro$&Q0Q%t~sD#*o.N#U3<T%[4`u#(q(3#VK(N%$(&e*eV*U'zm^1EgjNl(E5WD$6Psj0&G(B)%*~3#R><NL+m5z&A+EB#c`OT#^L/z$)_Ub#[FQ|#X/ix%3t8/$mTji*@si[,~Kk|)K&}y7^.3l/#iM}&-pwz8{Q{M5zo1*#Uf;w-_b'K#X@x2#V|ho$IWt:BBD-b$_[&w#VK94%CD';$H.Xx#n*|;)0IJ4#*F%E$&HLD#UGZ',D})q#`kP7$>j.Q)jZ6B#(iGq0YBSC(k(e=#V)nX*bP{'*0C]I%t+{*Gs[IpATO>T#+#.Y#Uugu#^vnD%=QOj#h^'4#n]qr.n@tc'IC`P$*D}5#iciO,S~`z$Uth+%s4*x%%'/O$J$J+$@&Ej'SIs/#UeTw()0*o$@>vr&Fq1W($NMS#$274)L_xz(*7gu%<s1<:&BJ{#jHCy#R%`o0Q1<*'+ahd#c%iV5B~*d9I8'+)#=<r&9:VK06n&L$%I^k%FLj~$oka(#Uf-$#R%YS$'GNx$HqAJ;_9=8&$8*>%NY$g$'&q##{`Zf$4)<J3nf]e#1x+l&2|6(#jyiL#W8s5#fT9C$'hk>#{`ZV(]qHzBL_Fa#)xBq&An)e3wSJX$BUyQ-U8Pq%/p18(I%ZO#*g85#VS7##WJ'w#[x*6<RG(@#U]sy$NsA<$;uV)$+[iQ&;YjP#*Ue/3'X2R#rrO*)laD9%TlE^#d.s}#(huT'GIj%$^]kl$|%5`#S=PY%~sm`#$*F>$YF|DMYNs}6Hv{e#*EW0$vtn'#S$_3%)LRF#f}dB#(yH7,1E=b(n>+6<ERDb#dX((%5@^))*O]R#cpZ#$0Vg_&RuBC#R@(%#Vdq^&7YsY$2]u&G]b5]$'zHI.&RMi'Dr40+F1Cs#S<r50&u^b#1N`3$7q1,9~PF7$;^Jg36'lu$6b&'#Rz1K#|p/o$KnFRMihx_HnKfM,DCH[2GJCJ']Y.q#z0,wC#,xM#W2Ae$fK2I)foBw1-*m}#i8xH#VKH~%:T*C#c/+5*G9g6+Kw,=#WsK=#{prb'3HR'0YBTt#c>'s'juS'%=nJ&#pBAxFg&y7#`0rk#~36~*yC:[#ZG1~-tT(x#ne]I'7~4:$e]AP#vDO#-~Z@1#*$3>6}c@|#*JOF:4uGW#S=(*$d~gy7KQCyDs,|fMqF~]#)Ns0$8p,5+`8[{$T2wF#d$n{#W1qiF1UWP#psci%CKn>,&qib5C)um#`x3a#arb.#RFu_I8{&Y>lcd5%e|j66|C|*#vi]T:J>-l,Gd~|#lks#-3RT.<V/xw#qlgD'cK81.SvYZ$K+VXNaZ*u#aI/=$[nLiK:EK0#bH/L%)]gj%K2a|C-9Ze$2+B5$NJ:(-CD74=;k9l)Is-H%48I}$$RQ|#zHG(#S<rC0Q25wE[mVk<wc`<%_jIL#lN>1@`VSt&*kp]#UD(3%-HSu#`99A#spfV%3J_p",
"-b_Fi#*w+}.u{rv$%INk#*F-[#V:#)#icmz.M'5C#}Ui'(I)Uh;_>1s%3t-=#~rmd#*MZu$$ks3$4JY5#`LI:+fT(Q#dx,{#)%K)$Gb+V$JEj/#xB8h#tg^O#(p~J0i}Wv#mvr}#*nw7Dt~ti$Bg2##)hNs7tbv}#1VhT%Ku:k#UeI:$Gbw0'^qLc$s5DL2lx;C)Y8b(#W8r.#T#]&2>|+F#*$57#)%8T#(y:t$I5^J@bFwz#_2k-C(>Hd#|-2<$/Wh&0dJCV+>bqo#*(AD%(UXU#(}#|$aXRV$A=[c'37j:$;u/(#UmJ;$5t>F$j.F2#^}eM#_2as#)_{*#R%l))+NRA#S-66#VdAy#pka5#ac'&BGd+e#*w)v#b'@v$'{Sj*:%-p*~UEv#ac/]#ZP44#}F:O(5<K/'I.Pg#)-F_#xNt1'yAq0#Z-ig$14Ci#VK'5#_K,3#otcw#R>5.#TU5,,2mc#*3#~8#*,>U(X}]>#)rLE#R6V$&zfc/IBuNo#fTNd$}urM+u+hw&wXoe+8>KH#b*96#SE{0#dh:N$pbUD#SoR>$RM~Z%/`Oz#x11o8>5H9#{`[w+NZmt*w]A(#XjNp%0fqe3Yy-9%)LP_$`'ua3iXsh,2mq_LC#7<#jH3w$Gf7L#*EX&'Oo:0I0Swo#SoP##V}18#)=]N$VkF1#)5Bz;G#Z##ZpP4#}MQc#u$km$2f%K%A^{Z&83CL#SG((&J}Bh#)=Mb#^M=g6Eq_t#YqnL%;Rnt#`8~Q#)qB:<pPTk$El7&#RB@w$%ILI$|^XyF76AD&1dmZ#^L/T#a1$e'GF+f#*EX*#S,bl#]E'RKdN%}8R8.W#e~yj$CUHvB9Giw$=Qm'$2ThC*G*B.%$AGV#[F'J#*Whj#(y9Z$6r/#%qhU=%9+BB$VnEA$$cyx#R>Nw#crqW#`+,2%|TLl#(yk|#jXgw#V}(G#SpGG%u)y*#_S4T*oT:&-TRy&>uQTT##]a8$)^mX''ut]%#kgm$`R[L1@{u8-]Jo4#^mK3#cxe,#tgv>06#g=#*MXP=[:/]$;[uL$CV~;#)[(G$2v,=#UmTi#x){##U]ax#b70/7o.'<$A=[N$:c'{(6TdC$+lv%#]#_Y<mE)-%G@,V#)_xE#(ht5FsLB6#V|rB#f,Te#W8o|#*$O&N[KY6$NsD)$a@`J$PzcN(#y,p#WsZZ$:;SZ#)%6I)>KZ[3Wbo_#w_^B#(huU$TmvI#lNs|#v#'b*x[D`8MZZ%#q8(O*>:l@H-<Jt%W6r0JVN~6#(l%I'G<TL#W{SV&$z'E03X24#*,Wn&_Qo2,#)po$+nzr'N-[*3/q]Y*Mn@:#g[l5%U0_k$>Xu=$J$Z_NV6b)$^DaU#`(jI:eMLh#jidD#tlhs$R,`H.$PJR#(hww#Ugu8$p'un+CftH*w^_v+lXF~$FAam#)5CH+'/HX%3KPe#$*2a*Mf#=#vg,yO%_WT//L9D#ija>$}#9Z3<CN4#d$ok'y</@+QHxS$1fv%$-0IG1`Ci|A_fa]#R=sA7Zkek$Y-`q#)5E;#U]Jm#*,ZO7nWnh0cC:=9~o.I>.<yH&'w-p$$JLX$SDqW#)6y6#(q&H&%%~Z#tFvh-Uk)p#S<r=&-pvP'B,g(#)5<*%K2YL#U:p,%i`M`&c]:N#WA{e#zHA]@YT7Y#VBx6%VQBf#a7wl$:Tqp#ijZI6DYX#*GBc2-Zg^PE^u{#(Ggq;#V)at;N[,(',pup'RS+-+d,Z=#_S6]#VBx3$o(~1DT~h%#zI}k#ad)91A0^_#vjHn#)=TB#zr%u$<GB~$rpb]+HXtI(4%.s#WsUQ$J_,55$rCx2QPZ]$SvG^$G'MY'd0ic$^[tG#h3:66q,a<#x963$CV<6%|;5JM6PM]&NOva#mvjE5)Cy.#V:,Y#_1ln2Ftm:#W8xt#[N8-$y<75#S-2gC7Pnh#cp]MI<$1x#SExK2;x_m#R>eMGDj%fLREfV#qrci-3Zn$&2C/.#RG0*#o:P^#c-r[$4JcO'rTpA#RCJ3.J}->%VI/e$&7;#%(nwk;Hz'L#WuVD+|pO[$n1xR$i@'])$E7]GQ*[f$&QD.-y7;1&7VS>--7VM(()%#$A>AT=:&_s'>4M.$QFyT%<Y{O#W0l]#YqP7#lgY*#*gDn#)Vfw$RN-o#^mP%#ZO8:%1esx#+DOd)%*wy#g<oc,A5@=/`Uuk$a6x_#+#9/+$}+]#uf^8#m^MEH<=gN5G`R#J>RfP#V)q'#r@J`%QV'+$t$k&(;y-=&9CYz$KLta',ReE#V9p-7^.R0-QgkFL87bx.GIJf#V=QG#UCzv)1aeE2P{'jN~E5<):Oa9#w:5r+42]4.2cf[#o:-n/;@6J)bl$`#q8.N#i8%`#)xX;#WsQ,%h&g+5DBBP$>Xwc(x#q$$$),xGkSPC#dVA,#(hw]$+m*b#V)_mKbR%/#adMW#Sodc+DL]['{#%=$E}Q0#WEDw$41CP&9CQ)MO&Q&BXsg,#S<uq#lNIV3BN^W5e[HX#u$+7$h'sQ'6ofh/c=&H)7)0n$mm^o#9p,e$&MV)(=O4{(@*@W#V}@I$aXJ]$qXYd(g_[/JmF8Z'SI|6$cVBj#iu5}%5jTi#*gHx#YyYO$q@kT'0[_1#R>T0$`z]j$u3Vt#)_y=9^g>~&Mj}[)r{]eB.DXS*;$LA#_:'~>oxz4#)>+@$Wb:])$E7V#`suVEV'x0$z.d.2-:%+@A1aB#WtQ2#SoF>19/B/#R(;Y1il/T#S<{y+;##]#Ue:<&~lA(5EA>n%$kAo$ndQG(,%Sh%57D~I:`j<(}ii)%{MDh,0wx.#e4.*#U]4e2FtmO.4#2e#b7&p-{UAy,JMco#jHCK(_$OJ#i8(3+I>Xo#x95R(i2mX#1_o<#YiKH@Gf@*###EV%TlC($>/`>#ZO^3#Uv2t*@sXb#R6%f$5s/r#TnHM$WjB2%lL3{%(o(j/d1Sy%CKhk#_KJa#_3kI#ab^m<B<5&%<s-m)WTtn%[2ge#r/Qc#i8#Z;XaR<#)x@3(~c(jM(3x%%obOG#lgY'$SE%Y#R&b)$`(.g)bAxZ%vBA.4I%qMC@7V~;D@y<#r@;8.h=jO#|%2##R-dP$0WI>*jjY[$TueY%'NX=&%OT~)q[E@B'Yeg$vtm@)zkb{4*]7#$_{a4#%9>{/-@OQ'#XS}#V<3@#Tvb]D4l6O&)*x+$1fv:$u;:$$I5c~#)`*l#fnyB#)2B{###%}#W8t|$+3K8%oI6C,URpL$d~z.7ZKuq&3(4a#^+Jf;1,U9#RG(T#)FqG#nnCv)x]Gn%J;su#*V3e;uM<Q#(OT}(:HZ.$`I(3%%'Ey'pwds$A=ff(v%wU#e#g=#[bZS$62I_+aQ-o2*=/'#*_);$;u{@#h0tl#WB'M6KB752I'%T%zH=d#}MIr%1nXm#)xX}&W-uN#xB;[%[_v%-tmHQ#YX7*&hPp1#~mkO%B]y+#~uys+~F+a$MdLI/42Md$49I#GZS+P%y.c&#R@0]#vex-#S-Hv+$2B7#VdG|04x*i&*l-.'cK/`#zqri#w:6b#S,_r$QpGz#24FT#hB+kC|%>56FWG5#]M=;#YP/Z,n:d`$Ul>5#vea,6,@S_#)g|3$6z2.EBv7z%]Cd/I}%nIK2^[Z#_K34#Zhuf(r]=H.4acH#W2bz9w3|l#)N[W#cxqC#W1wE&~jdq%%'OP#ryz*#.APKEMZPT,-8Kz)0tK4#)o|k42L3;&-pvG#*Ml]3rX'N8sbyYBu_[`&frZ-*{&px'bmUZ#*Mh&6%W)F%|^R23qT(s#W2P:D^t`Q#S-7P%NY*h'KQv~/hEuM$@BzC$8%FQB#<P{#YkWo#v$:;#)x-`#)FUV3}~~q#UC{e#Z-r1'J[LM'-=bW,`jAE)8kI*#)%1h#*,}a#WM&:4;K;O#VL/3#i8.d#*,QT$-0C[#(y*$91Oz>'mA&)-lCwj($'Q_90;_@#V)_n$&/G'#(q.s#U*_n#]M,M.r_S;O,&u9#)VmS+'Hj#$RwJR#S-=Z'qfOy'F5bd",
"#[F)F#ZpzL,RMk_+R%A_$iaIUEW/Ub#*Mes#pwVl9tT(./0*'1&WhyP(iu]W#V*;A@/ePc$;u8_+Ue+($:aw*$n+l5*;^gX#~3D*#n]O@%0Mcd.J}-/$emT)'_hMo#U2k0EmL@S$YIk##)=N.)E,G{$9Me$$q9}C:hsx{#+#.R$OrBF$9<hg#YP0N#Xk==#Z-jJ$[#ja#RyMt#Sr0z$0Vgg%iqUe#b6y|#*M^,%/o}m#)%`d)=DObA,w+d$ra@o$6(xC#)FS3#*g7D%pak8E0Vgz&[FBc#)%FK&3V=jG9<]i#xksZ#`^[k#YiL{6vzEJ'b;U##`kMo#RO.S&c]iE#d=0*'z;.e,{$bS#RAes#%kqQ#fT>g%#kge+[V*j$+2B;#WJJ}#bI3|#YXY)#[N,S$ok]a$%K&5&_X;{#)`=w'Y*V`$41[O#}EDJ#lNa>Mi`.j#|-e7#Xl73AN,0l#*gF5#v;<1)>*:&&cL7lMHt7/%G.TR&4Xb]%q>=<$&Pa010mV'$WrRF(&e]|/;@cJ#S<vj#`J,A#)hAU#n~4~#*0U{#V9}T+Zh.r#c`^-#ZO.g%|TLh#*W-q#)x)9#)p#S#Tnk,0E%1r%e*aj-`i3&/y^5t#xJD_2F*._,3d_X'pz9L#R%Vn#T.0s#_S7YC|54PKxcB3#WA{T-@-0+)`}PN)r{]d'zeR;&*Z]gH.Dqb#aQ45#V|]~)/Rk%#^2l~&>h#c&cL5q#jH4''0[`B,%YAr#W0gp#XrZUCXI0=#S$_I#YP2d%Cd~D,vdCv%1v(T#feP:$*;F9/D')W#%:O5###3m#Zq.3$fK:s$ok{k%]5T^)(QOT$[+je60*a/#RG,$%Ku=L$yibF#c>#w#e~ji'OEkX#t=8}#_SvD;TD-a$C]}@$+_L;$dM0'$e]}Y#*EVQEY$U|KT#:x#)_p0#x1+<6Dryx*E'Z1#R={g$|~zm)W]L,#S-[H#*Uld/'D9v0U_sGMc;oI#(q34C;v@,$0VpS#)p<W#shahMvnt<#]%j6'5H.y#fmz`#(y*X1%H*C#WLvL#dX7C#VG))$RP],#*gSC#ibMH#WtUE+kWfx#_9wi$vtga#|on9$)^et+L+UM$RN<n)t@%{$US>3'nkB-#_SOs#g*%&%AW2;#)gu.$+d}O&6=KgJ><j<8q*8iO[e`d%U2TT$$)=R6#b/_&]I~]$'G~(1-*pZ$*LVQ$UlEG#`9hBG;0#-#`J1k#jyfx*107u#%com.sT,f%dC|}#{iPA:8&Ts$<2E@#YHfR#]M,5#VK4i#[w``+_t:%#b8:N$m}m5$:Dbo#)p2/$jhO-#irh12th4e#Uu}x*P0QN$mTC`#v]]I+_}#.#)x*9-EIXM'E6Yf$[#_90Ake9#XrSgL-QzK#p{rL%fZ<;#YP/4F_rCl,fB~2$VkA}#e4@Q#S,m,#TwP>*yldi#jY9H04Vb&#ZO,E#SFd>%$)*y&3p$6&)}'C$E|FN$6zb~,#K:n$Jo;i#*=M&#Yi|d#Ri)K'A:QN#cb5@#q8-N&%P4Y$|a8'#)x+/#)`%D#b7'r#V*VV&4MQT:[NE),%)R)*h[5019'`l&9;&c%)LR/0*bT_/'FlB%^(_R#aQ4M$6Q)|#V)b4,/.Mh#zHj/({B2<${=:Y$2n%J6)tTQ$OrG1%Z#q=#XI&Z#RIJ9#+LWP#)-tC$%)S@(CJ;M$&/5'#SB8*#hB61&2BN9#*=/n)V#Cb*3'/f%$AgH#k>-e'J)Yq#S0+1#|=;H'3bFhA)'6~$Fc^A#q81Y#VC)Q$qPEK'/v&u#abE]%VI)+#)'dG#ZG1Q#d4tnA_n`X%M|7X(MhfR&%OS,#V)b<>V-q9-N:A9#S,by#n]JN+n+*;NJ:T&5I4CF#*oJl8BZw)#(ya}/a'jV@qnO$#YP,G$6Tx1;)4_)3DLaH#$*..50E3(3xZ2=#|_bi#`J/t#YXDX#YY$0#U.B6#w:6q#nL[#,<|6j#Tw8B#mw)7%teUF&Dc#L#WAzR&qWZ'M)6w4#b7(C#R&6C*MTnv/Pepy&7^qd#)Nu+%snra#W}d>#d$njC7X~M#d4w]#dgM]-Yx%F$`I%@KGs&5#W8wb*PIxK,wA{A$9g+$ESL@H$0xe:%t,;Q%jhpgGD|@IDa.j~#dgS9-q5m*$'hrV%{MH_$6|1#%1~cS(=Mz/'aU)O'iM2e#)h<_#YX4U#}R[j'(F.%J^LnM#Z5uj$tEwb#V)cQ+w2EZ#bHIJ&{3,c,$kaw'LHj~'<>OV#dVAU93Er_$5uC:$2euk#b:mgAxemf%*CH+#cpV$#d$mL$TT-{&&wyP&'ER8.:;S##S>`m)B':##*,BT#hx&x&9CSw#_eC]Bas]_.1)~)&fc&H%`qQH$s6CX'mbBx#)5GW/k%wo$QZXz#SoH~(JQsr#i7|c)AZ6R11b#&8L>)y#k@.:$r`V_#RpCV6W_`L#%Z^q'}'y)$RQ'B3A%t<.A^IV&-pvE'vXDz+~E:q#*ET03W46T#(q$}#R-](#r/,[Gt9.=K}aPp$$RXq&1[uu$Y-iY5w#Q~#U^4n#jXKD$@lwv#W{h}#)xgv'h0/v$+2<v&W-vn#S<w0#*,`B%y.=W&uCT),7GJV)>K[(#R7RSO[FH'&K#v'#RhBq2Zq5<DOb>;F@Me6#T#Z.#)5B~#XQ)n1n,Ms#e~j('GwFq#TUF]#cxa1;{gz&D)4_`#)%2'(a3bc#cxyz)QImL'+anO&B*N/#aI)H#V|ZK#jC-4N%yn2#YX1a@|0;r<y6D-04>$c#Xk(=A:HAW#U]4v#b74x'R9_|#)_q]#)-;)%fZ>c#[071$)EVX%o%#%$2+<f8QB4K$R,Ze#^L.`#*,>%%Z#c3$$)0t3J51V$JElt#jDny(F8k[$l3xv#T#oC&4HT($t~u,#[wY9'mbD3#m6:R0&uU-%)LPf#)_m%).m&P$<t/+E%ab*%qWWN#Z/-C#a'gyF+$xL#+DOf&OxBX$OrE'=HV4A#|-+%#zHG*$%ILB#)N]6#j[jp$q@2Q&rveu#^L)R#bq_8<DL97$oRzK*QPo[#[NQ:*QPwi$Wb6I$NJ*>'(CCv:8Gy]7wh1C#ZI~,(J0OY&'F8P(Vq']#)/|W%NZUN#d-sw#u#{56fj$r#S-%r#)&=L%)LN%.%-s3#~;W4#xJAy3WIkf)0sCO$fK2}5,k,x$Kn6W#XjrX%_s)U$hs%s%1TaJ$~}Rr*6JSi#ir~*)q+d-$mhXz%Z$^f*Jq)J'T/r(,K]rR#R%Z$O)(mp#S$VV'm'i{#dgT)I,Eh;'058:$`(*j#byf2+U#9h2s6`/&:t7W#|%D;#p9*E#2$5O#Uuaa$e]=_#ZO)_3]MnW)mG4ZEVHxt:VKAz$V{RG&,z'L#)-;%#fT>>#+#B5$<Z~S%sFEO-O&:3#0>P>#`J5e$qH:+$ui#=+3UP1#V<PO#)-=<*hdJ2&~ABE$@i/D#bXB(#V9oy+6bl%<MkZ)#XjH9&VyWM#^uS8#^}bB$6lSnJkqXH69|Z4&3r}1(cZ-]$j.).#mvrD$;e#g(6m}_$PDL4=Axd/$#:B.#Tvjb#*<W>#R%YJ./E>M#U:|v$'&0Z3^CYC&FWxZ$%)]4#otjVG7TaE-Sm%&NY/)c#byuI#*o<K&~A7C#V|VT#d60Q/%@bw%o7|a#a7ts'x=l~&2L/b#WA{*$JEk`#U]7+)*hew#)G$:-g2Oo%:r4f#`nI:5-6sC:-|]A#W5zZ&tdV2)G}9]$@>[T'Zd7&#aQ=@#~{$V#g[Ga$XX>.;$9Yu(F%Jf#|-dS&dS<K#*i3I#arS>B}5Bx#qS2x)ehf3$KU)V$>Zl+#)-FE#ZhC&#ZJ}x2)`RU#W{VB.)5n+##^wWDCn2>(Q|DV%QwFF#YH$A*eV*L#_dMy*fM#*&Ru>L#YiIB#u%pM$|~zZ8;yKp#)-@.&w0<5@Vk6:#|%+e(7}>_#VdJ1#*,8|:H[0b'CT)B#W9~/#g:m^#_T9;4D[P)'^06gDar:^$C]}3%@=gg#i/yP$<1KV#od[(#*g-}&Dd4U",
"#(y#d8'[nx#e#nt#R5o-#nezC$W7oT#V)kv#)G#8#R-ca%~l0Y#_1yo@vYHp81)8V+.zuf#e~d=#ew'n1DOV@#z//3#YqK9#*M`k#hsfW#R&Hu&|=Yj%x/&CC2wUD-#s[H+zXmO5x75D$&y}F'p$tY+](gb7iDP]#(zCN&7<M}&|C9K#)=uy##~%u#V9r[)Gm'N#*M`g(-=1b#RpSh$<1Z/#*^kpHHu3n5+Exx.BSQ$#)gvx$(-Kt#oths#*Ef]#)=q2#W1sP#ibJY(:Y3d#hnm-#(qO<%fJ,@%]B|q#T+_n##TX5#Yshk#w3:FM.`PW#UxwH#YqK=)_vI1%l+bb#`[2.$H>p{#Xb<s#`Ju0#)FW^&||rd#e#i;#RpIu.SK>7#qjtI##r=8#[F,D%DBm7%=j%Z$~ubW+jyMf$$)6a$q7|M.zw-2+0WSN#*x<^IK>Xt#ajQd$t#u9/~X5]/m93~#ve^3#)g}'$*<Ul#RI@H#ZO.f=1x3/#*Ma7$[#Wh#.AMj3WIQ,#V9r9#)guj#bqUv#e#oR%S],w#fmYJ2Fe$E#)o|f#`(ix#[N3O#fptjA@)Nw6cuF*$=0NP#)=tR'%opj#mw$q#odZG#Ve~W#*Fo%,fBn*BBq:A0XCY*#chJ{Epk*y$FAdX#d%Oo$&HOi#Z.'*$N(_{$*v:`$)`aS%:[x+%9yuP&lK2[$(Onu#S-]<#tgdsI{A0##RG%n$+${XEtnUP#U2d{#VC=s2eMk-#*fvy#eM14=Zm`_($%#X%|;Ys$0-D#&$7=:#X0oW%Dd(a$Gb:8#~;Mr,VQxb#ZO7a%DBmr#*$8_&-W`~$.Xs,6N1hl#atFn#a7wy#d,oGKU[}Q$_Z:f#S$Sw$-0Nc&KRw'6QTKo#^]Q(#Ue:&#a7tx)=]fL9<fC)#SV2=#o)y=#e4X4$ue`g#WJ$906}{U$(xg>#[,g_#*,q_;d4>n#)-OP#Sp$2#a7zX#)=L#*jbt5>y^bUGY#g3#)NmsA8s3;)'919$+lz/#n]X&#WZ87#`l.=#V|`U#*EYp#e#ir:|u-a7yf'6#*E]+(6DU:8Np6[$K#My$6*p9#)`'/5r>q7#*fu$A9X}[#nm`d#*wmu#Yq[#8~O*5$N(U%&@4KG#WsQC(r[n&&30D_)Z/_G)l>~@$=Zq$&|}$%#ijxO#`s_Q#)SEl#dVo~#2$3xH0cqh#Vi>F5}d-}#)%5=)=+_l#)(RI#cj/o#(W`y'd0vP8Our>)z|Se&XHl%#`1A4#d,qU#*Ey1$>Jh_#~mn1)8L]a+>jsg#cqP)#XA}i>w>E.&-y$b%VI}dJIBw`#U*bC#e~oA$=(H*7ckvs#ht8[#pkbJ&Ho3Z;]D5i$2b67.%G+;/hV(/#U*jg#a7~=#abGe#TvY0&bM-E$42G5-`>jC#VB~4%h&uy%#ki4+Qi4p#*NM3%>6QX$3eNG.]k.t#mvni#*V1m7ub)M%XxN9#ev[4#*Ue'#jX[l)|@+6$u3,;*hS*0%i>BY#r@8y${V_e#*y>^#S,jY5jM{T$+aea$/(v~'t{hj*ycO:&9F.V$r%p=']zPH#)h3x,{SX:&*{{[>BJzs(Vo;M)k@wR;ZVLe#i8#V#)p.--*[JX%r-9U#YXo-#^v+8%h'<</mYm4#fU$m#YiIT$hrYt#^L)W&r,d6$YFyE#n~JL#)W7T$Bg)N#T#ae$tHeP4e2L7%O.f7*{j_U#t=R'5GWzjC_1pn)dyaY/']D/%4(;m#*5'^&Zv%H$#KdX%k_[}-=HL^$|~~B#)_t+,|M4m$(-F2$D}O,',sMi#x1-V%|;8P&DbzM&i$c%$u~~W%'gz|#pBGT5K:C+1Dolg%-sS^%[]4Z#)-cc$&Th:$`(KJ*ykp-*Kp+Z#d=&p#`2;AGuzgI+g1c[%9v*{#U]AV*O|<+$ibG4#*fvT0%w'>$Y2R]#YPHp#[H't#Y^%W#*V##$[=o]$&IW:#Z-ij&Ho1H#vD=k#c-z-$D[}4#WsVK#8q5A#1p$n#ibRs$KU(O#U]=U)BrMu&Fy;u)+NJ{&Kt@~#*,9S&0Ty<66xN=J[2)7>_p^](oom-#i8C8#)p#L%e}$.#^}bY)fg@r$H/'y3*rI=&1KWz$HqID#ca(S#*gtVE$rln#jyqg#b'wtAb[i5%HxAk$#LAI-+)#)##^Cn$nSr]#W91~#_1qj/8<D/#[_P22_+Q<#ibw'#^~/N0XSd<#i/|m48O+P%`qR<GWGI3#p(y9.HENA#`0qp#c>+a&iABV$'q_.:K$s-.M**3#}..R#`Z>_#a7{J+vWKl''xe3'j:wR=5>mt%>6OEF-OT,+_Jy/<2~xP#TWDx(()'5#*MhB%&B{b$n2Nk$0XXR$M[GF#V:'Y$=s4<#)=QW#|wvaEn9:*&ywoZ#YX1r6LbfI>ga$P$JEnB#|%.G#)N[[$iaIH;sxLT#RJ>6$BUxm#Z1=m9{/Gm$(=D%;b>9k$#MU>$HOxH({RXh#mvkX)/B<6%9]sV'eYlD'}jib#f}~g,I_qa-8_r2%X`LW#^uXG&v0BF#z/h`%4YodFmcM6#cxc;#)5Bd'Cs/f01jXT#_:=<H0BO:2_}A@#*EaP2/@|$$JEnF#^]<j#*VYp#bH7$,>PYk$h'k='bL+]%~smY+lq3d#VBuK&J}>q),,)aFN@;H#W1+_#[y#-%#kk{#YqeJ%)]e6#jz^B)+FF$#UeN7Ow5oX%DmZB-_@g{#%d.n#d$sK#},6~#p{ye@VF0M#/ap`#V9u<'+zAx#R%`k2th33$[ndj#n*y7/0|m]#R=rL#*$@;#TUSm$Wk'**:Fv%%Q5Mp%<s-b-Px0R#ajTG/xV(cK>k{##xJgP.Q3RR(AJd{$ok`3N{>LD$=s<9#WJ$J#dgky##jEf1pSzH#`Z<Y@].{5#SV1_$AXxE#)-:G-,vLi$,S0(#nLHj#*4@&(^%k{#^wOH;Ixc-#mw-X#g:)0'ynjrO$B,&#VK.D#o)w6A9b7r-$bLy*4eoB*L<UT$+}/k)gM0v#)gy$$4cuV$&S]t*fgMw$=(PD1<n|##)N[Z#(i#U($(|(4|E'cNK<V0)Q(FV:u^rM#U*zU#UmF>#R(~G,wcA#ACP&[%Q4im&sm[i&N>rw#sG>KPK@ZB$PyV(%^R66._XSO@}ZA1#cqH^#ewt.#Z5oo#b7'[&>h*a#i88q#]M9*#2,<24ex~1#)_ll2w^}/#)hZ.#TnIq#)5Wa#U:s%$v[Wm'po~4$Gcq7%,Yr^&yy+7%lT@v)Sn$[#ajK,Ang^t4_Z/z$^]+yIe@A7#[-$k#UmL<#dgQ-#]%pw*4^NW#S,bV$4LFzP'6>r(<F]W#adQs#T+]'#R>,L#S%_c#_UFO;ZNK_@RTa(0I[.'#R=}}'oaZ=&cL*8$2m}q/wW.O*zI;f)0s7<#U^#4MbdN#$YF|.#lh$@#)N_p&=GbQ,u*c#0E_Zg2HAWx@F_}C#RGa5#}UV{M=,K8#y|OY+D{I[#y83/#UuPm,OXuk#W0jE#x(~p&mJ:1#V)_e-hq@r(&ram#a'gz$(OA:#eM8)##]ek$ApF|Km~Pq9QQAC#eva|:%mU|#_dH>7&3[qM;w|9NF;'g,bNt#'}'vc$=-H*5QUrU#tiJG.b^'1*>9F~#a7zA0^5Gi#eM7g#VK5iFRCwG#R&Ba#U]9i#*E_kJ-:RX$np,v#(y+[#ryz`/6vp9'I:_m'5Fpi#Ws[h#myCQ#bqg&#{`_i#*fo39c@CdLOj(O$4)DX#`cE_$$),t+^Ct#%A^{C.M7@;##^FgBS6#@3DP4`Mo/`%1+N;K(x$1x&7EVR&vI9F#SoMO#Ws[f#qrfX,~dT]8hP%o#]+dm#R>HR$Z,n:(qMob+(Wh(#mz:1$6auT#RxPf%^(_W#W0kJEEfqf-JEDV&wHvN$N(Z9($,~m'OxyC$@&Hr(A1EH#)`6U#RO1d#RKh&$ROtw#b7~x*V}B8((1*b*^+Oc#aI.<#Z5sN#VlH/$#Kil#VBz=#S<m8(12;*#t>(e&L{E7#w3]U$s$wEH]qnp#)&;>",
"LBflp%G/[9,($uU#*EbP$M]%A&fzZ#'*rsl)$E98467&T/5/T$>DQ$0#*N#'=-qOJ#*fz^#*V_z#)-jT$>jA%#UvUWMfIsb$|bO4$&QXx#R>+l#)p;g$YF|<$3u*/#YmWq#y85s$F8[N$M[({$'`o=>H;sA#+#K4#V|bw#WZVW24%6j&D0K8+;4Kk&vZ_W%0,K/N:kbj.U7j1$1<Ks$cV=T$;w33$6@V}%h)3E#XI|K#neUC#)x4<$m}k%#];}y#(q/02]_*e#n*yM#w2X:2zIX5%1h{7:_KN>%1m|^#UE'/#[F(b#TU0@H0Vm$,5*:[$IV},-Z#Ox1di'I.HAbw#R5uA#_9zd%])^p7@;0H#b7_O,L2@1#a7}i-`iqT8JzhW@WV]k>eZ&)#W1cv$PyNS#j@0wJouU*#ew/]'@#81'@#I_$XP*Y$aaAa$ObPW<'p4QM$/|[#i/wH#[xq9#(huv$'&-6@Ta{z%^S%85hI]~$u#,2'*IH7)ie[3&bM(3@i]m+#T$74$H6XS$PX)A#XrQ/BsHv2#|WXV)q[F1#+#DF#W1#c$-0F~%-r&C$`)PV8'#rB%k`Zo#+#T+${=F1#d$ju#X1r{#`J/c5oj)$$4d7i$>/Rg#)W}'&QDnt&D0K,$0=NG#_:Ul$N(Rj)V^$W-7_ZG$*E8r#V9u]/'}xG#yrnY(+h|*M)ubX*jbPw'xBr,#)gxp$+lx*#Zs$W2MDU[2JOO_#b7Mk@y;B.'-`RYKh$_m#|gf1#XrTE%ixjFKZyzZ$9g(6&)K[%)Is*[#vLDo#.Q`E$Uu4G&N&Pj#RG&g(NZ>a#X0.i%dD#s1rk17$'qyK$$Bb*#*MhZ8%N2K#Vfs:$6Q3v&Hs,R#abR*)M=#v%5z29%NY'b#i8.s%piWm#k>.:#Zr3&#^->U#VK>/#*^fx.9ST{$dp;QHw5-nO1)rO%~~G<$=QsY#S<{3#c>$%(*8.RC:Ebo&lmJB9`:7-%gA2R'3HM)(zS<s$B4SD#Y.d}#ZG'F1mGVE0+xoe$Ocr'#_1{=+YOph%##-*%$k&SB^#h6&<'qL/^`~W;rWn2${=C(>o>M#$'a;S(an{8%s4#7#ht@n&],9%&-SCD$<t1s#ijZ|F@_3Q%4s+Z#RF}>#Z-g_-dm7@+_2)%#RSmz*vfNA&iFAr)4o5O#UmJ1+,*%5$;u1qL>j$@$gR9}$*~Nl8lZxE#i8Xj#hswK$*;K`85I1~JWJ~(.6wt-G7;HI3yeZ)#S-,p=pHas1pU1H#qu6_.;A<b&w0pi#WL`4#)O:[#YH/W#Yt%q#U];j#V|S]B#_iK$*DnL$adioMpy_f#*p'A#`cEa/'L9w#)-:_$Q-m$#eM8L%[]4h<M{a^(:YlX#jH4%#*n|3#fo=A$oZM:#_1zl6g&6%%4sQk1E<=N#VK.R1at0L$^[O[&)KTC'vYTp$$)4*#2$5>#bX<L7q~83#^xve(^h5x$}urE&&on1.hh3L#e3zlDR,^*#]+sg#*$6>#WsQ(#RG[v#V|Z6#UmQZ*7r|EP[@s&$JEm%%^(k8P|({o$rO@q#(y/H#S<rG$)ELH$:^+v#U*hT#)-EG#W9)V&>h*<O]@Y*#`[{L#`sZM5S[ZB$mwB1#d&eA#)5N9#)%S:$'z'X#v;5~([[<@F`6i^&ttb[#d.88#R-_v#psjq#csO2$'OVj)IQl~%|}xa%1faY#`)`U$D~uS$&PXi%)LN##.IXe%[]4b%m[UY#*oG4#x)&o$;wrg%1eqv+Dv*gNeAbi$ElL@8%+M<#T#ip#p[E8&cL5TJ'bW{#RqBn#W:nP*{H=h#fmUe#Yqca#wlwJ#RG*E#c@x_#*Mgg$El9f'}80B#S=.*$q@mQ#TU/Q+C4AZ-Z#D,%o8'D#YH$2#hF&A#lghQ#[wX]'1cgA#Yip.*^viJ$fK>d#Y/&k9@meTQJ/+/#T#ZO5DJ9E3D]_uO8~+e5*2o('<>}}6C9R@%e|f.9mhVr#UCuC#YQ:3$ibYb)|/#3#V9sH'$%|l9b+7u'Cc5FDV2[9DJEzD6PE=N$6bi=#_dBx($VQ..b#}d$nlY[#bHil#W;j|/D@B=$NIyn(iuW{#*fuu%xj6X#pZJJ$)^pq#XI-s7r$=Y4ERFN#R=yI&3l1G#SF+]$|4/*0WnPR#)j(t#)N]p%-q|A9%u:U#]+rd)Rb$u#S=&5'Gw8p#)gvO$hr{~1E^e5#zr&|#)VlF8A0|g'[kQ=#*^mL*>Zsf#)xV<#*UlJ2.BUv&J*Jq#fmY-#{`_d&SV3D-d*PM&GOjh$^[`&%knUk#xe{M$R./w7n6H<#Z5m*#X/gg#UmHu#WJ:o,34`+$sg`=6Qn2(PVofd#RGFS#feMe#mUN9#_TIU#RGE^2*4|A#YqPBI0(;0%0$3J#(yy;(`x4G%[D&S$Y&*^#R5j;6.wRw#7z_r#y:;q#W8},'-b%n#a'fM,*eeD#|/Xq$'zCp#ptJ6.`5WM(^=t/&bPG}$6/IU#hB.)$bX0Z#)-;E$JEnH$#Khw#*<Q)#R@o)(`nn[8+p:f$P6{T#nL>I#g}<d$RoVs#cb6%#V)i9#)H-W$^T(K#|%OdI5vPL#WAzm2MD^@#*nz,$:;Sc#irah#*$8I(&,(p&_yOI#pJIz#v;K4#v`|K#|I7{P}#nC%s4#2$bW5L$RoGk#V9tR)V~F=D{-*U$+2rK$,cld$$tMY*H0Am$'y<E)lY)&$N(Ul$i@*C.lJvE#e#g7#`J)Q)|qa3'N-^8&](ZJ#_=LOE2ex>#c.N#*sJN5#T#g`#V9vI#)-<t#VKF)<DKyH*_mo1'1|1$#*$6n'3Xg`$<t/*#x2)^$ibUN$&36C#X/qf$.^;h46i`o#S,iH'0[_*$Cf&^#]MG6&NOtZ,Igu9,#CbS#)`%J@5oDx/b}GFGZ)T40sR,x#(i')#)OFc%1v([#)A[[#W8m>#(yQX#RhJ)(#2Qn$>Xu3$*v.H$q7)oC9;(J#[x.C,|.VH#*,9@#`dC-$NEJs$gR8T%n{iF(w-0pA~V^2(x+u<#hsaX#R%[#&a$eU&7UjV'*0q|#{pke#*>Hy<13eV#WsXl(4d)[%soEJ#pB<g$}urJ)_U&z$YF~o6QLEC'(KS'D<JqT&6W#&&[Bvb&4@Kj#R'Lq@ACY,;otDt)D5I_#Yya='NNmk$-(@E:C_BW%WqCI&r+vi5f8jGM1~(]$i@3c*WtN-8}.nN#arY3$O/^H#yz{^#S-Z=$@jAM$`J3#&QE@z%t*|-$2nuM'JtXM#(q,O5(U.#%%Pk=#z75A#]E$%'WVz_$F;k97dr|1%jVB9#*H(O%Ld0g%**+d+yjJL03|-R#WsPFG8Pbh#xd37$rOMR(%vy^8<wTO6O&<[#*ESR#a8'cPGv&E=X4}q#WS#C&RmCy$GbCbOFJlP%5@To#1-=F(Sj70#Y}3V#jH4&/)cHg#)=EK#]E$&#mfk$#w[a*)k(65#RxefD%AA]#[wYz$E|HA$*DL:#`^1tM/5/O#t=3H$0x*0#*Ucm#b(oW#)x.D#)/BL04VI{$+[e^&Mj::#Tvf{#SoXo$.Z,`#TvKO#R@HQ%pc`##R%^X;5c7E#bX9T#U=7a#^xjY#8+:Z&1S_c$Os2A2*@_a$4)sp)C`t.+J|`B#`u.z#)5<'#(svh*asS/':AU*Iae(|,6ise#h0wJFG>rA#b'MM#%9@>#caqZ#}/PC#a/rh5Uk%X#j@(x$8r5C%9^/--:l|l#YH2l#u#y($Ov-P1-D9f6k2UF6C;`t#*$2(#Zpr6#c`H%$3u)y#|_e/#T+b(++TJV$7q,M$5s-h%~)+$$46,B#[K[/$Hi.T@wx*c(`N8[#)O7T)c{O}*eoFs)/qFP#R={]#UmI2$Q.<p#9lk_1{']b+gfP&Fy,{G%q>D[/Y*@t#aQ}#$u~(X%kH-8*d-`H#mUr]#fmh#$q7*f%M)%'(<Fuc$$cf'$VkY{#UD(i#v]Wj#^OA3#V)e;'E>Zt#[,dc$~vem#g,TQ#Z-gh1]%N~&Y;k}(#H>E/=532)p:zq#W2uq",
"#]M0s#^}[`#SEzI&#AC6&ZuUw%fJ)Z'1cg=$u}yA7zgV/)<>`O$f:ZQ#pk^Y#SJ,J,/WcL#V9~##^xH7'8e.S#r/*t#*,;YEdDPnKV|C**7Y_J#siv'#jXRJ$&/:F#xcaT7>vd3HFo))%%Cz=#*Ud&%z=8DCl%=v$Oz^C$WjHg#SoqT#arsD#|-(,,@>Na$=sFg6*R(3#(y1~#1N^p9yZqc:S,w.#V9sf#*=IK027,w$2f3I'+/as$VsPS#+#Q>$)a(%$&I0yHxfQ+,1fgF$RoB;)-+&F(S/Uh#)5EpE3Jfm#Ue@`#p9*@&{3'/.2m#{$&/6.#g)yn&XN(]#*zPo#_LR8#Yi^##X2LS8Uws|#)gt^%piU[#w[T}JoXgP$N0ib$>_Hk#R.Nb<O&p*#[_@.&vYK]$u4BS$d~sh;]+:F#cs'l$i@*Q%%aa{(F4WA%B^0h#|zF&$l3}@9jQSq,t<6U$3dxq6r#t]#j@>y$;u5-#^~>a#jiUb$#:Kj#YXRn#Xbc<<~)xu8rxi~*RP-E#wdxf<'pWG#hs[&H>L]|$xbf2#*w)s+fT7^$UlB##c0zX#yIT8-2|q|#`ZAzHS8SX#hsqS23<:/#R%]L-N7I-,+:-P#Ung:#tF>`#)_r,>Mz=n-LRn%2U;Q0&mZIf#1%4)#S=/s#o*3:#YH$C#)`U>%;V3}#eveu,EJ`o%G.Q;#R%m5#W220#T#~]#)>$}#TvT6&Qf1)#eMZd#Ziw|#e3wZ#eva'#~;G]#v^a-2;~pQ%x/Tk++D}n3=]ET#*^pw#)o~;<nZbH$=(C1#vear&,z,G#`cI&$XX4K$*v6c(Bk*p50fWm#(hvl#`(n7+jy^h#VC%K+nuY')^ga^#[Nrs1ydIw#px@]#YqQW#[NM1#)%1N%)LPu'73E#(+hc#EYg<[(%yPB$@>r'0yK~Q0qT%%#r|qu#)V^u/I*Tv#odZ^*hd5V$FczP*si`k$Md1#(&;`R$Oc>i#VS,b#)baO-@`P^(,`22#yzy`).DHb3Yy+l#*<N8#b(Xe#VCXUAoMD^$9<[HN<7LB,iyLy80c9d%{MZ%#{%|-'/+2cH*@{72AkO)#g:)K#odWx'8dvc@#Ys(#yKuP+kh<=#VC60#uf`a#c-u^(W;d)#nN&d#abd~$F4Rf$A=_o&:Jg.=L<*6#b*_##^+NK#~mn9#)x::'a3~]E[ecQ#tt>k#YX8S$+}5a#V|ZI6M7.)EqRy<$&PVj.&Pcn#VS,c$v#ic#)5_@#zHUX%{<Ro#`xFW+.QU8;O,j/+L;Q@$FAal7*@m+#fWNP@^.mc#Vdnb%2u0R$hs'S#R5{R$^[P3#(y.i=;V}P&&x4g#`JX@$jhSB#UC{t#)Vh)#_evh$.Pcq#(yea1X1J^&lS=J#xkhe%+JRE$,clm7`.>+#S,et$`QdI$*Lml+UuI{#bX9_#(p}C%$(5{$f9{j#^]Ed%#[+k#}MIi5Ce,/#ZhHI%57Im#m^M;$PX*W#RAAF%h.r|#*Uec#(y.:$s5';*0@YX#_:<B3|5+|#v]U4-Ho}-#V)eh*Ij),,KDZg+jyhaGe7x|#UxFs$BV,7$yuI{*1x~J$+^.D9$Tv~#(ra9%4=M7$p'uU$9Me)#dx9AA&2QP$NBI3(N5Sy#T%1f$$);e$+lz_69KE&#(q;4>&N)a#T+_z#n;+O,.XLS&~0'&4ZUr-.r;nF2e(NS$|$N>,p'ad$+[h^/':}q#_1zw#^^3v#)5@,%teX]$R,X'NJSW~'/#)L#R6#cQR'8_3Xdmm0iC`e#i=0|$a@%;#yRRo1<oAd)-D>w'GUz#%#ki5%o8hT''uoTAzJQ^$@(r4&x%r{%deJ9&_Pb@$u]S>#[N7X#j{)$)xoLj%q>Eu$US,2#*V=)Jkyf_#[F&b#%:u/;l^f##R*L1#)Nc2<h7=`%)oNT%-H[G&RL=h#S<y3$$kpT#)_i|%y.%{$<1K=-G.;V$(gpQ#)5>x$&/=C-Z~sV+W8yn#*w&O#mfUP$+[bwHaTd>%nsug&21:N&lK9o%-HT=#SF-u%-aw|,;4=5%=j%_#)%ig8$j-QL5:lL#*<L)#*<P`#W8x*%'rv`#i8-92Y'ET$#:B^$P6j.$a@ZS#a7wh+C4h8#`(ka#k>(l#cq7^#p|#`%;S1W#e4{=&NQ2y$KU#I;2DmE=zo7rK4C<<#x1+8#wozQ#oe)e#*Et/$@@#]+~$0Q'q,#8'Y*a<#mw[+=T9=_G=p(tC5cvv%1~1k$okYN$c_^`#*E]FJj@xs#w]o{#)5sp#eMgj#R5l5+|_SN#v_C{#YX>`%`bj9J`tASI5+33#[,jF#irg'&-O^I%9]q<#e4CB.:ZW]+tp[R#*4CO#Z=}]$;vts.0L@)&9m#W1v$QN#^L9U.oqSX.^1+R%(nuV%+JRp69[V;$`w+[.Nae9#R%f#$$kpw#tg^9%5i~mJzbf1$B7Rf,#)qi-[+$(#*-_i#R=wy$+4>Z&Tcs=${=7F#R%].&1SoZ#s3*r$*H8Y4W'A]$a:*Q:/Y%p,VQ}w#R=}-#f&hI(I)R#$PX&4#W5;%$('`L#RpOR*eoJL#^z~g#VKD*#e3z8#WsQM#nmc:8^=[x#S<uI;:+kt%VY34#ZO2F*349.LY=ec>ro;r$6b.V#eM1K#$2E]/m_djF'vy)(gB{yMXh$b#WsVQ#VChb#^P1_4dLat#d$g=#XsbP#)-KB#+$dP%(4_3##TU/#V:5J)EoDO##bQc.sT0`0d7fb#jXH).J}1k$r`X8$.YLN#)NXZ$H>dP#UCx2$6b3f$R-Hb#cxfJ$`YSM$@&Ei%2#`Y98H}K#lN;u=ha)$'3bw#$<1PP;u3C/#(q)P(019'#RF~P1]x+n#T#V['p=Bj$N(WZ$'h}b(6DRM#b6wg#)_u,'ct^q#YP2EPoV@#&q%:(7^&>i#)-P0%*Kk_#YX7I$CT{U%^B8Q$Cnhx&fbCj92pC<$}urS#)%SK&m<f_#YH&L#+#;z$lMVm#~n)T'99G`$q@DRM1UDu<g(#P%nZMK#XAS6$Qp>V#(q#0@F_;)#jH8P:CV@Z#xc^6%i>E].9Spx#XA'_#U]@s6{gsA#b&nQ8n-<*&Jm50#*^p_$)ENS#W{VN#`eiH1]5KM$Gbx[$2f'S#hB.J$:]wk-U0I&0*.kv-(M<90jKB'&5GQ8%+J`;#i/ys#RG|{$K$Ox$z.2%Ga#Wu#RPoZ#WB:B#RG'~#n*yE#W1:h$fdM+$)^h)Q'A|U#i8%h#|wvb#RpIT2.s[;AIc9U#w::_#)-BK#SoZ5)AJ#'#]#aL#bXID#c3*>(Mx@N$Mi@W;N3;p#lN;w#)p65@l('B#T.c-&Fq4^#*_@n%$l,K5,lu}#tg`e&H^}''%_Xt#YyVA&)K`P-fcz$$R,v`#VK5$'^ysr@fprhEnl4W$={:#%.i)s'E>kDGUGr}#v;R@#eM1@O-)(v8kB%I5G.0`2{T`,&OqRC$&Png#RF~x$/&6L'~yrV#`cLJ#YP/K#)-=9>XM=X)cz^V#dWy7#*W-S#*F46,INtd#YX9{#)x.f%yP%%#*^{)#)-<N%$AJ{#RO8]#R.Ip#WAxCJ,]VE#{`^S#U]DC#*$5#>Ss_E02B{2$SD|c#ve`@#}.r<*L4R0#)Gwq$%(*i+(/K-#{pwW+*MIt#S,b,'}jai$osl{/Uy0q#^LOp&21@@$$m{yBOtKs&w/'D(r[IF%;l,i#R>P^9c@@g'X<-#1nMrJ#aI.b%e|dP#*^qy'x$nq#RA)s/Y[re#RAt*%$AX/,+lw0(=x'M09bVF(fy%n#k><'$49y$'(KUKCU]l#8XvCXL-(((*'0*/$9Npj$h'k5#YP)S#evaHEsE8'#[,vC%#3i2%&>V4&7^oQ'SZ*W)k'nb/4`Xy1E43Q%tex--c``JAuGKmFMzq$#ZH&p#Rz[y#[,gn#)-;cLt;pS&6=K_*&{|'#|=;@#odR_4aHWh$FAdT$4JfW/+Ps%%3Jfj#{&$x#WAuBAvgqE#k>2d#TU8;#)Flk#hB({#VK*W#fThW",
"#TU2%'=p*r#_SJh#)%4e$a'>n#o*/3#(h|n#mUIS#W#oM#a:M^&>hgl#S%M<'.<>k#},i<#*(&%#TU;%#e48z#^}d[(GhxR2kWyj7g&T]#j@8-#|wvPGuI0v&.W08/GP4,#ic)$4JfhM#RCIU#)SwWD-0FA#},J<*Q@_:#)NmnAZY@Q$Q-Zw#SEuZ%fJ-k#[N.w#YP2Z%s4gk'z;+>$t~w.0nh]q%O.uY$k$m@)538S$KV72#VK>*+)_Xr$|$-s$QG)2,Bo'd-_@o^%)LR.-dKsQ%piUP=mBH;#Z.VHEZ;|M#*MaD#U2o8#p{p{$d~`G#},/2(<p'O(]X06$:;`x$Tw4n=BDm_#ijsr'rD9-#V|nH#)p#N%[4-y#tgZK$'x{O'Ec.N#(i<S%#[kH#x1AF#)`A=#dw_2PrS$=&2BR_.>Nc=#So`S,`j3/#*$12#Z-lc%)+G>$ps9R#_1z{#a'iI#)%uF)>*Tc$=-.&$&z$I&~A7/#*^fv#{pn=#hZEO0I^Fb#~;=l#WJ&F#f*sv2A@L]#ZG8]$3Kdx#qj^Z%'h&1,e2aI-8^[8'znSH#w[Wn%qW]f#*gLx#hZHG$R,m*$Ore>#b6we$Txfw+L+=pM7_i$#W{XW#W{b9#W0zW#*,<)%%'5p#w=me#Wsyx%^R_##ijx*B`m=+#)&-s%$(&a04y5*&^rLhD,cx)#*N-.#|'Kw#_KGb#y{A&$G/RBCV)[z.zvlt#RyUuNV>PH#V:.t#[N2)$Jwdy&08,,#~uvB$u}or#TvQI#*NBY#|$~g$mmYf#)Vd5#eMIi&2BV*#)gtP#)jRu,|M3~CPn=~#qkA9Mg[)qQwZ[^'|95f*tq$s$<1Wt={~2=#b&g@*|0L^8~b^S(z[H}#T#Yd#^~VT#ibJZ$P>lDQK@N#+F3}+(GezH&lK/q7t([*3Cc4)#SV0e'n7]=#y{Yp%Ce$lA;8`,#hB0~(6myV'PvAR&{3)<#)->X#fVqOCS_5q#g[IU#XA4u%48G_&J_%d)*H5R%;$W~$(y.R#_6@f$Mdju#YrMT1Cpn2#^uXl#g*4|%9]tX#V)w7#^L3h4U6v##];}fH+%~$$&7=M#S=).&7^mHKgn8%1VD]t&-XT_*eAy_$JEj$#R5j2#[Qp5##$H[$DSxm'8dqa#mvmL#(yy>$i@**8'Jun#WsPA#VKgj()AJ>&z~oo%dD'P#Ws`##*$7_%[D(#&2l*4)Z/X]#*^f|#o|w&JdXoI#*w0q&7^oP36'nZ#bqc4#n]OK#{`ZT&sm`4(Ti1-;6zKY)r{]fM~{a@9V}u>#XrP>$Y%ZHP[^L^#e4%I#zIIYRtXWn*>JS_%jgJX&vI6j&@o:{$VMB}%DBcG#WM&U#cz#6*d-r0#`k[F2]Nqe%<{=@2M3Jo#)_nh$*LVZ$4e>L+.{5#Fl;X5${>4oOuMhF$'q;w#*M^x#X/pk#)Wlw#Z`<($6'F'#)Nbb$$)G(#YP9m($qXN&,|v-&o8Q($Md1'#YySZ%u-hN0=<5V+zjM'#)o~vP~6.o-/>Bq0/UAi'Fa7~#SV/~(orU8'(CC1#WsRE$aaH0#*g3D#ZO,H&D0H8#YY)sN~zVm%dD'Z#)2^S#U]86@}rEB%EgEo36bJq#.IXi$>01(#`J3C#f#[M#TUXl#rz51$6sUd3#y^)#*,:q%}T+n#(y+o#*<c>-6aqY$,JWj$s5Ed#R-d0%[]7)$=Qp_(Bj}D#m^Ry)qC:R&Eb8$90/oy$QW'k$|^]E#qro_#S<mE#^vRX$i@*<#Ys'x$M[+y%:m'r&v0E7#U;S2%pH8b'|sqv-}m.3(:HkN'a+xV3F|(f#b73s)As,)#[N/k)SQ7_#)y]+&:)ZS-iy9u6fz<k$%(4O'Y*ik4G@4L%X{Aa#R.=z0Jr{[#)x2v@9SXD512x{%G.O)$`'uo+.QMB&D0oG#mxA`'V&El(A-kR#qR)h#ZO.a$aXL`0A#ED$&LU$'ZS'S%2m%=#V)b'9Tp=9#otfp$O/qy%0_+/#]F`'<i&(H(zEb_%)]akH~iN)++*~fHpEOo3*nOw'73Cs%y.E#$KYmJ.0TFF=DsJ<#aI3a#SV.r#_KQb%[]Y>#]NbT#m^Ob#nh~E#V:A_$$RWQ#(hxc#.IXQ4ZwDy#mUqT%CKhv#%JOk#frV7#x12*#rCEk$TuRR%Dd`:#h6U;%Ec7`#VC=6$l3}K6uknA$~}%[%e|_8%M{FX;>'~v%%'A'#(qK8#)H_O##uvu+BFM0#c`Ed#YiEs(O3U,#)_qC%r,}8#ZGWV(O^H01p~AF%SmBu#{>;EF]y%),Aw}j#*$;t#bqeZ#+#1J@@e1L(qeVU'8h*r#j@+j#WsrzIw^l7$8p-I#bP6C$Hq<-Qfwbe%'=Jf,J4E@DX6wM#cqD@1Qs7)'(eN,$mYG<,lU>jI{vpE&GPQK#cx_2*dp={$-107B>#x@$L*en(-U[u(pU8+;KnOp)fgu)$A5e2#*g/8DZ=$z#kBB^#otfl#[,mj@IlM0#R=v.#{%~s#R62_F68oV*.d=0>naXM$CTu.,6B(_#TvY2#V|o8#a7}v$<2b-6s}8F%zFP-(UH%O$*<k&#*Mcq$6r-Q#`J.P$MK5x&3Qc`#g[Rb#)xuX#]E>s%#kg[$0x0.#TwuG0u>qX%@5dO$RN#P%5z./#)%S=$^*5;&&%%X$;uUj&:t0f9$;Yr)$E7W#|=VS$a&cD+^2Zd->h{D+tp&e%9]z~&mJqa#S,j|#ZO,JIKy5.%-qwI#[NOx#h1.:$ERw9%teli6,/0:0{|Oi(S7{v%=Zz&NZ[u$#`J7L%7h>~&1SY^#p9)(;[4E1#fTHT/ezbl:IXCN#RrdW%=/M)$&PY~<.q96%iG><0$9Nq$;u4%#TU,a#]M9t7^Wo}7w5p[4T:F[&$zDu#)W$-&2|*A#R=u~#`<+]*r/oc$U1d.#*,^[$4:St$@&@B3n*HrK>{/B&2|E~$8Ne#%nZE)&m8}P#{`_g+Yi8`#WsKL#)5O)0LhqX<)]}9%uob/#*<b~#ht0F*#MwS#VL,w%[]4g$0xwp#VK'}'[k@:%9^Ie$^_Pl1pS~0'yvcb#awu{<jtb_#1FUl&Lc55'_kPo(xUCR+X'I_*G1Nk#zIMh'0:Hr#d,qR$JEkY,_Z-w%9v0;#W1<'$^]2s-/F6y6fj;>,A5<P't{tg$Q-ju#dw_1-te[^#(y<M$=t.)#VC+-#)-8w%7p$y&3Q]/&^fR])gM4:<@@6K#U2gr$FC+Q#Wshx$*~,c>F=oz$*E.rHHCi'#hC}|$O7o8#1N`6#]R>O<T:3[#d>%j$+]0i#yJY05=iR}#s-|F#V}j/#)p:B&*`{f#Rt$n#R%u]##eng$s5-4$,1:t#XrZ>S(]'r-*SD&#*wG-#d$g@3I0R@#jY/K)/Rz~.nAHV)+5.a#U:{Z#*^rd#)ypU#S=`a$>/O]#`8zp$:;Sb#UuQ)#x973.r;kB$&KN;#R=mF#bH.Q,&XGc%NQPI#|-*u$U1d0$a@%~#*<bC#*$6;4E(x3$c_F;%'h*(6Q]Yj#WI}M#R5j>#YH)Q%aG*I#mv~-*B6G5#YiEy5uZyg&mJ-*#)xB2I4U]y&E'Lw#XrN:#*,;P#SpUA%C*Jb,aDf1(z[[8($F>m+T/([,Nc38,|O0C4N)fz4C^1*<W.u7#)_rw#RG8+$NJ)*%5z.4#*UdK%+w*K$mTH.#`sj@#(q;m#*M[n#*EUD7f6=:#dwc~#U*[v#)p6J'GGp4#$26L475{4#(q_d0%v[X%h74gJ}gSg#px8R%W6l/3~]>&)EMpt#cp_.#)%9q$jhPN'THxPNw.no#/Xg6#Vl}f#)-~:##xCv#+v(#$rOCt*zYA40OLU]6,r;r#RFzm7'yXd#)7<3%+JMM$`YDj.fb%T+Kw,<)7JOw#*VVD#e#dI$2n$r0Tym,#htR*6W&'U6`V^M#[wYx,ZN7'#*ET(#w^Zx=Erd/E^0o#+m3ic)Br'_#[G'.#*^ix0b;[F%`qS_#fTI3$Q.8b;YG38$d^AL$a>{r${=>>",
"+$|ra$X6rs#]MI$%mST@:{>`j+w]IUI4<M,NduwN9>}.l3_t+$$4JecHNMmp&ypUn#q$`);AxU<;0.,e#)5Co#qQP7$l3{i#g][N,./%;#zHAs#m4'[#S&7`#*$5-#pk`_#*E[,0CA5o#f%s*'X<;f#)5B44798H#pshj'Cc}`%[D6]#WJ0M#)`0)$3iE5%t*y4QvwI]$.YH,0XCVm$oB1c*RyJq+Z%CI$q@1|$4cww'OoWY;yr'++pkE@&=yBO%$Ifu)$E7_$6}X/$h'pa#)-pj#i<[:'dR/H$>'HF#|XmD$@BQC#(y-1#XjQ==T:{##a/sI#Yqa~Ryk;8$,1~Q-s<#X,{$eU#`v.A3u4)O$)fqH&4lO[#V)_c#n,u6&5sO,#YP)]$=(JP$fV3'#abK_#*V)4%)LOD$'hk6#jHBY4KnR&AfVh=OLnv.$`JC2#_1r^#a02=#fmX1#*<M)(nG-w&q%v5#TU4q#i8&a#_L4e#)=i6N:t(1#fT>z@A2=|+LTnZ#X/ds(_=Rj&1Kq{)va.k#`9W[$B4X@)(]#rPrCm(#ZhI=#XrPWJiR*>(<p-s1,#lL#*$F<$/ah.BxKkc$DSyP7>M0h#ira;5AnoM+6#B(#)`(R#ZhS6**okm&-yL2#tgyhPQcn2$2]pl#R>c3$0WkCM$QWVNDru6#]<&e5xHDB'0[c44T24I4FKCs#imsO$qKM^#TU/$#{`[r,}:{W#YidA.L{An#bH3T#R%]l,2v)U%kfUd#*,;L(,b:.#h0z1$'raQ*'$:M/hEniQi1O-#TU09#nfwk$xj_P&||t|#TU2P#)%;]#UeQJO&gNnSFT]r).KJ<Pj,IM&)l|r#ZO4D#)x({#)i:I'r*o)$XXUW0:ymp-H_q*$,coX>pWHz#)c;z5Ujhm'}8-L*;o3G#`+.|#~;>X#V9{A#*,S1'kln^#)_va$)o4A$41u]*vfI,HP2[n#}MUm#d4wa&,78,%Kwbd.CRc.MJxO]#V:/h$IV|{*^v`a$$d'X$PyVo#+($}BUf=O$aaE/'%VS`$0x//%sED|#cxaB#^L/0#{`_xRCZW-#YiC+#UuKG#UezC3*;u)C(pzl#`Jjs#VL4b:PctU$^lQ%&4[Z/2N:dx:D^=)$CU<S#VlF&(x$KQR.5<Z#ZO1q#j7+}'g&4D&W1,2(6m}##YP/o&1S_e#Ve6h'Dr7D#y018#f/'A#[zlm#o)y4;Ed<(#|ghC';Xi@(11)7(>Tg4>BC,+#ugx@$@&Lw#g^nJ#)hM8$&MYX#e~kZ(%{lEQu=~f#(qbe$iaK~&-X-T#acgY#bX>m)+ph>%pf8I,I_p@#evaB$VJL.#))a)1=<>x#XrPr#^uXU$qQKl$kF4B#^mMs$~v;V#%dSSR}jQF&f1vN(=wt%&E'By1'C@o&%&2_%SuYy$FAvl-H_v;#ZG.3$0[sn$I5XB$R,Zm#XA][$$RTc(i2oX$YG%d3,f~`%#1S2$KRiA(ftJ[*Mn.0#VK+#'^qF-#X0Px#R%kc*F}^b%:d{o#W{YM$d~eV$6j$-;ZVI6#WJpT%2#A]#(q)Q:xt*0#)%Kg/#+LI2yJ;4#XjY;*>)V}#w[R7#aQC]+;5&5#[NVW#)`*:1uO&[#_SFj#(qLE,DCKN$RoBA)fg|l&fzYw)V~FABI7gm#SE{+$[D|<#WE|z&*km}#VBx<#)Fh`):WaJ$jhR&:N3w8(^h^`%#kga#s.yP(;y,~$$djs#c*xJ)v$zR#*^mJ%1m|I$ose0$>_Os##]^C#dgMf#c.R|#({2I#jXGO#nLB](rP(]&@oLY#npB2#tga+#RpHd#[,kL%`b,Q$QH%>#S,eW+:,1&G'+:S#TvP^%[2t+#~<p`#*ESw;o;{9#q;<r#`8wi#a7|f'mbBh#YmO[&2ZeD&Iv;gK{0[0#j@.',`r;gE=/J@%'@Oj#*Ea14#d2a%lLL3$ft],2vLu](^h8l#d(L;#va,U#c0M=#|-8j$c_N>3.06}6MXNh#pMbZ#XjF,#*EZC$RNu]%`8P^#g[H.+X7Xy#)`'W5i7.|)-EX0#cx[4#S@l`#*,<A$MJwG3biV:%9eye.I~1o+XA/)%'h45&0~XE%9+A`FUY/;#)p)M#U]>i#*ESC$2nFk$#;c&@_y#h#*$1B#T$[N#*w6b#*<ZHK_#LI#j@(~-lD3w6'3`x#c-r*#(h|b$prn)$_ZF%#+#v)0J()b#w:P},k4u]%xm+6H>DW<#)%72&),[k.qg:C,}T<]$C^$l$19L~P80}`*L4Sn#rqmk#S,eO$eeNp#q:WO&1~i2#nL9-#)/HP#t=3W#*Uai$|$:h&x&&2#)1%%#Zq[Z%xioG$E|Bm&3Q_v&R]3s%tv%(#myN=2(}`>$3u@I#{ppX#R=~p#~Udn=fSg)$[fAzN&h-I#1VhU@~`iO6/nKI:LM5j#*ESy#UD6M:AXLa7KA3)#nD3h#_S1c*=;J-2IizL#*Ucf#X/jk3u~GY&<':-#)x,Q#)-:TR;9pG#)o}]B@0kv*Jq+_:S(c>),,*D.p%Z)#c`JcL[nO@#fT|o#]G/k,7``p#g[Jf#W{c1#c>#t,bP_h#`J)@0xMVa#_:Np#Ue@$,~dI&$jhSV#*w+'#]+lU%^Uq]=v5x'%=o4&53R:u#e3wQ#w:@e#TvV6$-(Os#n*{O#YqeP(fyP8SL5gs'JtHZ#c`Ec*[dS^$_),)#R={B$r'80#)6(C#Uuf^#},1@#R@V2#dwj-$MhS.#U:uL#}Xa99;]#2)%TN($qB[k'8e.'A|7:g#*F(h#X@x9'rvRp#S,b{*QPlF#*WD5NT|e8#w[Ty($VO*34S;X&-x~-#XrPE'E.DD,kNCR)+Nen'P4<4#XrT&#zr'o#ab[Z#R>Ny#[,k9$rpk~5[T@+#SoaI#)x4aNxO*/&E'FR#*wm-#X/nb#*XD<$2ey$#g[V2$evP05OW_+$OZ`~'<>p~#nmd'/4'2)#a8'R%`A6j#^uys#YP3s$v[Ux#VdAv$gNjs-3)-M#e~t7%-H`LMh.YM&-psV+X'S_&sum:;FcBf#W{]))X)NH#`:C.#+#1Q%-q~o(#pql-dm7Y.e(_/&:)Cs#2$3w&2}7x<VI6,#d%+i#{>8_#g|jk(pU>(%,Z#,$UT%1(F$<)#TU4+)*WPZ-/t`W($NIT%)LOB&E'Hy$NJmR#R=w8#_POK$&'-H#(y0s$@>Xr#wlcVS:1Y..8D:4%nka##lN>@*7(/I#SF#u2F*1K$cVgk%[D%T#)D*U#n=2V#d4~]%gDs7#Z-so(:Y+[#adJn#)p0]G1R[U#%mOq$nSC,'#XN&%=Q/L#g)tX$45PW#(qR2#[`sg*sM6E%h6wZISi.]%e|[J(qeLG($%6~#~v,,#*ETw$nlYV$Kn<dCWJ(2$n2$+09bbl#zr&7(^hER2i{@N#^L,1L;lmW#)%2+:tp#M;^:Lj$<1Y|>^6zl#R-bm#d$iJ7xMm($*LYq#YH>d._iKn#^u^hK|,iI#1%3u1D_rQ#T#jo#)Vcx%DCE4#T#k_%KuVH:j7F})gPG52F7$'#`m'=#}EGD$CWQA#b6zH#*,6t$0Vhe#`)&rP&D&G@+OiD#VK)N#{>KP#Xs/v#bXK()/B<)$&PVb3QCH+$#u#3#X0)p$`jIz#^mSV/,WC{#Yr<>#|wxe#p{k}/zma<#[F$>#U2{b.xON_#[wVE#d=&A#RxNJPLk=43.rSDA}y7^(&=NA(10={PXm;m:>Z2j0b}$RSve[f#(y,QCqbR,#y8DX$^lG)(beV3#)=KM'-`)&'GEn@#YiJW0KX^j/hUw}(h~j;'82Z#E{pdR)#N@L#)F[t%r.JE9$BGkC<2X-#UD&0#(y&N#(r,m#YH>M$+ly]&^zV/#`Z<M)B7je%[:om#mUG9(SrWk9G)n}+H'G{=sn(0#W0vt/zi6L#XjH'$@>dt#UeCM6'3yX#*fu~>tt*S#)-:>#^vFB#R&1E#lg[m#+DOG$]~)8,1ni<Nt)y)#RO44%`a>_&bM3p$#N:$7_-;E#jH18",
"2+vX+#T%Ie#)5K&&%`ej#Zjhe7<hMo#YiC,$0=Qb73r-R2%lGC(^-_M&1[bj#)p6s#_K.:#W:w##qI>^%_jH4#R0Zu$6awy$)E`Z%/jG33J6ST.j;iA#U*_q#(ht6#R=ra$|~~Z$@'&Z%EBK|7,`vT18jk4%J=GM>6w:T#ZICp+W~O7%fJ-x#il@T#VS.]$[+`m#YP_f1ydto#*Ef,7M#%WM[6Fw$@>[f#TqWc#ZhH,$Gc%U%h6ym'6MZ7#pJIC$t#u$$}}zZ#eM>v#R=xI#u~{N#cpZa$l3zW#0>M]$2f$k#j8]H$C]}-,&H9E#}Up|#c`TN(.DgF&zf_t#~;|t./Nw/%`b,1#U;5T#(i%Y#*<i2$6/CF#|wx[-^Z]p$Q-`92]$4.*|hSP$`Y=s1yLep$|'/zFhOQF#)=V/$MdH20<N^|%=PrO#g[EH$OY+)>C|g5#RFxI#R>$N$BV44*YbAy=ucj</F%g{&]I~:BakY##VGwv#{i0S#c`Bt#V)di&XE|o2]N7e%|TL`B>l8$#z/+.+S-'<#]<Z+)la>c$WrJ+#)-C|#^u{t3dUgz(db<*#*,A+#n]U2Rh:q'8q*t=#^}pv#h0wU$Gb&=;AxS79EG*t#)`'h#)_le&ME{$$lM7<(i2kN&TsG4#*$9i,ouGs#_U@-4A-(^$@>_G#(qOQ$P6s-#R>Ln#)`0{#cxbi-/5*m+El{p#)@OU%-aip$2ex0#)x5P#Tv_]'ZBsg#w[W@3Q&(;&#k.n#n^v<#YX<t5pZmQ&G%Bn$XX3WOT067#d%D3#)o}T%:dvZ*H0At#~myE'x=0D)b-us#uf^A#)-G=&}1-c$)hIo#R%|x#p9(y$[#ZK&IvR`#jykf#d-gI/Pk=@;5c7k#)`CA$OY+5>NJBo&_X2a#f%/d$~tti3&7ly:$]-r$7q){$K$sx#RxT/$mZ2p$|``Q%t3aW*4E;@($-'QT@WI=2M$qb#a7yy5Zf1Z#YyXT#`K=R$6P~8AvhAW$SvX>#Z-nS$,UKH#b7(i$Tyqy&5`p^#UmW]#YqK7)bR<<%H7;b)V~FB#)pP$F1:F.#ZpSP%kv`|-I@n=#YX7M#TX=k$~|~3*6Jp*#*4]W#byh*#)%6FIPBf/$dn[Z#*$2W#nmkR#(q-c(~qD$#rv`n'y<+/3XZa.>kL%J$#t}qAYBZS$>I/#0A1/e#bHtS#w[X$#];{-$.X}t%|]ta$Gd^W#)i9S>C9#0%#kkv$49uh$<t4>#*w*=$;e4n$okq*5]Zrp#.IUiC&jrd@p<;6%$(0p#arnV)OCcrNt1e:3p0[YPoo:`#fTKX#bX<Q$lMFZ#hZBK$^[n)#pkd,#WU^k#Z9YB*4eqc#R(oY#_S7|R`*s,(UxH:#*Ud~)L-I@#ajP}$RoEw#S,~=#W8oz#RG#y>w`l=#j@+d0,H&%2Ij*[%`adkPw,^m$CTw=#x96>/]':V$6'R8#)_g0%1Vm_#b7K3#)o}c5A<2P<Q%647)c.j$d^Ly(014k$9o)a'`4s12lxIz#e#g<#_S<*%r,|i#U2j&#mx7W'2}#%%O.Z.$#Ly%#R&Pk#cxmr$D%XqNp{C4#SV5F'n7&0#u#vr-A4Cx/|Z7N#*Ues#VC&v)Mo:m$*]gk$*]e]S/H@s#R5}P#hsZ{SR)9V#S,sy%ip_J#{>Gk##DGc#*Ue0#ifGM3+;4@#`Nf/$*;F7+nu^~#_S4M&h6&u(;6K]'Wg;_#jmJj#RO>X%'PeL5X%O<#(zmvGK(H79gDp'#RDJ((R0Wu$OzOo#*n|t'ixK~DL*hE/b[ze2Dvsz$0xtW)Z8*|$`QeB)1+K70da~D$DUqs,p*>f.$iO}#(hy^#*Uc^)FLbf$4BT%$&HIT&Cd3s$$ck9QA(De$+2Mb&f/nr#*g-W#r@3d%e|[A,VR$T)LF][%)mt[#`<uB#s.#A#*Ue*CGk>R#Rh='#ZO/L979'1$PX&50-,b~:v#iR$:U>c'KWbu#ql3M#*w6t#*oUT$a&c;#*<Wx#)=YV#{>8X$&PZ563bbQBsrGY%/_mX#X/k6)cQYI'Zg(~&FXNl5{3y(4)^8E#e44wLM1_{(s{bf#c%g>$=(C)*'l6Z#m^OD#*Nl=#~;aH#)-8y0>TbL>'#85#T#a%#qrfc$&QkN*^=Q|R]5ha#Xb<n%G.O4$1$B##m3|]#T#Sn+Ue)s%=jvZ(&,)d5UAPS$>HgC>Ds7&#R>)k$+[r3%4Z,tCODjT%<}j]'iM]d#So`f8AS8n*f~T9%5'::3iXvj#R5wz%)LOA#o$h1#_MQs&=G[kL[3X&$1Q~r(:'5^#(y#]/;|=2#^ma6$$RX.0$,r)+Em-G7h4dE$~tzX&R2]y#`9Ob#`J/].tW2@+s%c%#S->O%JDg]#neUW<}#)t#WsQS$*v%H#g*#N#g*Tv$[#WW1W:QC#R%eN<HpXh#)-<n'#XUN(#y(S#{`ZP<0g2K4410d,;2Lu#)G=H$3u,Q#o$sl#W:h&%#kk|+:Of(#Y|#_#lN>B+;8<d#`sYg%-HU-$fSh5$&R&<7g=CX$`I,,$F0os#^}d;$VZI^#d,oV,@.3m#x)&4$aEJ)#ugM%#aL'`%;lEw&:t/A$u;2}$6AAa#*$JH#[Fw8#[wpG,x8Jd:3~JH#V|]{%/h[5%[2kJD>'OC#bM<n$*er>4Cmu++k%m,#(hwt)%}t3&/gEr$RR;F#*W*;%4(d4$&T-`9|y77%_(NL+B'Mo#XrQJ#ajMo$p)iL#oti2#i8%a&k@2#8pn9}+tp3Q#*&H+&Jm>n$PX'q$Wb7y#*n|6#Xrjb&JeC-#mvx)%OO~G#jXu(#*-/v#ZhNy;BN<B#)Nmo(zSHU#ZO00$=Qun&-OeFMCCH4/{LVp#)p%<C'jAf%|TLq#*EjD*G|9I3@i_A*[=ir%h&v-1{'a6,qH$I#S,x,8dHNG9Ei.-'C0I7$Y%]u'ujUC(2j*V#V9utTUs|h3yYGO%8w0Y46A`A#v]Wx<S}kU$&I<vK#ngZ$3e*($*LTP$4BwQ#*f}w#bqrE$o6'@#*g.C'iwW:#[N:@$4=x5)J/V+#V-~B$N(r:#e5)%#Wsfk$XX0b9lPcF#^ydQ#*,L'#RG+X$NJ+>OPU.u#V)cT&vYLN%9.v9#)-qr-P|ku&:tBU-zN-a#Uf};%jwkb&m0}i9@(hQ$K`47+ECSJ%$(3$5*2@/,jb.6###P=#*g]>$4*63#VC#d$El9(#bP49#dgP*#*_2)$c_=p#[NZg5j[-O,BF#`#*<qm#^}b$$'}SS#SoHw6>wtb&SS$j$Hq>b#a9%LG&<:A$C^'O#)%=]&YB*'3_kzd+K<Rm#R./d$|_aw$-0Y#%W7G,#a7wc$|~zn#V}EHP{{Vz4tT{B$:n9V#nf3J#YykF%48Jl#X/oF$*~*BE&GI}$aCeE#WsPt#UCuG%=PkB:KN/J#*o.M#w:gm'>7ohClwj*)/DZf'rmU[T`iuW$0>-w$NAnK&B*~y'99Dc'Y+z}#*M[(=w,%|#[N)R@D&S`1la)1,a&TA#S=/t1DFJ'#XrTr8v60($#LZ+$2+7j<^BpW,fC/'R/Y8VFs^Sq#a0@138`M}#vIzb#YYua*yR;8#*g*{#yb^-If<o0#R*9{#]M0/%AUs;%`as@;D:qw#)=v:$$R].$@i:0$+_v*#[0;e=>Fy*(NV1.$'y<k0CXkD$7tar#}EAh#TUIo#YHK)#ibM^%l]E<#*$1|>LkvB&4HSy#*,L)#R&[LNQZXJ&m8}U(L.NT1yBxl$;]&:&[C#k$PB&N5_z>}$14PR#odpY#Ve8h#*,B~>7#Pr&wXs.#ZHm20a:To#VK*-#UmLC#xl-5#f*s`4+[6#%5I+v#*<ML#g[~=#y0Bh*JAh8J3&P-$BV$)./gp)/a7Uk*W$7>%n|#J$;]-I#)&jE#|{xN#*Eh|%Ed'2#yQJ)3[nzu%oKf+'j:|)$jhQ{&,z%s#U-xa%tvaK%G>eR#i82_$*~*V#c`J{$6bzJHIRtd$^B{}#htVp&Mmh@6n'>~%FHnAS%kwq%h&yi",
"$PX)<$/d1u%I_2:1zI|y;n27'$@@(C%`c&O;$9U9#*,~(/&v~&*Q@m>$f9xx#)5Ew#jH3q#SEzr&+|'m#i8u%+/id-#UD5N%i`EF#W1Av#Yyhd-oH}t#R&$}6M^@(#*R3B*Wt<,#g]%0#YPqL$<1`P#+#y3GgqUm-r$[H'(KJT$+2Hx#R=}hN:JKg#)GNQL6PQ]#WRI7$9g;W&ah-#CnTQH#lNV0#V)bl%paPA#YHgL-I^l2#XjI>1`*DM#*EwL)rJ+n$9g%w(z]@N,(%&c%c~uf:Q(k|#i8+L*<~-&5#c4@#zqu_$58K[$(&RZ+5~'_,w(o90LiBQ#W9+L%Mkrz'vXE$$aaC{(-Ul%)Eo*w#*,:s#`8z#)%}qE$RoYR%V020#~>fl'X<&h'`F4T#w2+,#Ry%+#Rpbz#UD{$#xBzZ-OWtp>av~<$$RXM.;01W$1>eu.Cq:FKE5)kIl0Ik5Rmi7#_K0{#U2gp#u44>%1{*2#oe]p'cK1r#YH$<#`fao-}l_z%u[XLDZl<s%(o{e/;r{<#YP9A#U]99'ru`w*he72-[##N%^Az~(1Iap)OCi1<6>o>#s.#0#W1@&#i8(C*V}BE&Mjh@-Zf$h#`l$)#)%4y%V9AD&k;2+#j@0b'ZEpj#$370#^ytm#)p<A#]FM'$6zgl#)F]0#*[R2Qhm-qE7xGo:zz5H%)LR6#`cEh#e^LM$'i=Z$+m.a#p9*[#^z]2(#.0f#VS.p#e4#<$Et|6CW(x,#VdZb$7Op*EuK@.#p9->OpwHn"};

/* Unicode 15.1.0 (+ the 16.0 additions) letters \p{L}, numbers \p{N}, and White_Space:
   sorted inclusive ranges. */
static const unsigned int sd__uni_letter_ranges[][2] = {
{65,90},{97,122},{170,170},{181,181},{186,186},{192,214},{216,246},{248,705},{710,721},{736,740},{748,748},{750,750},
{880,884},{886,887},{890,893},{895,895},{902,902},{904,906},{908,908},{910,929},{931,1013},{1015,1153},{1162,1327},{1329,1366},
{1369,1369},{1376,1416},{1488,1514},{1519,1522},{1568,1610},{1646,1647},{1649,1747},{1749,1749},{1765,1766},{1774,1775},{1786,1788},{1791,1791},
{1808,1808},{1810,1839},{1869,1957},{1969,1969},{1994,2026},{2036,2037},{2042,2042},{2048,2069},{2074,2074},{2084,2084},{2088,2088},{2112,2136},
{2144,2154},{2160,2183},{2185,2190},{2208,2249},{2308,2361},{2365,2365},{2384,2384},{2392,2401},{2417,2432},{2437,2444},{2447,2448},{2451,2472},
{2474,2480},{2482,2482},{2486,2489},{2493,2493},{2510,2510},{2524,2525},{2527,2529},{2544,2545},{2556,2556},{2565,2570},{2575,2576},{2579,2600},
{2602,2608},{2610,2611},{2613,2614},{2616,2617},{2649,2652},{2654,2654},{2674,2676},{2693,2701},{2703,2705},{2707,2728},{2730,2736},{2738,2739},
{2741,2745},{2749,2749},{2768,2768},{2784,2785},{2809,2809},{2821,2828},{2831,2832},{2835,2856},{2858,2864},{2866,2867},{2869,2873},{2877,2877},
{2908,2909},{2911,2913},{2929,2929},{2947,2947},{2949,2954},{2958,2960},{2962,2965},{2969,2970},{2972,2972},{2974,2975},{2979,2980},{2984,2986},
{2990,3001},{3024,3024},{3077,3084},{3086,3088},{3090,3112},{3114,3129},{3133,3133},{3160,3162},{3165,3165},{3168,3169},{3200,3200},{3205,3212},
{3214,3216},{3218,3240},{3242,3251},{3253,3257},{3261,3261},{3293,3294},{3296,3297},{3313,3314},{3332,3340},{3342,3344},{3346,3386},{3389,3389},
{3406,3406},{3412,3414},{3423,3425},{3450,3455},{3461,3478},{3482,3505},{3507,3515},{3517,3517},{3520,3526},{3585,3632},{3634,3635},{3648,3654},
{3713,3714},{3716,3716},{3718,3722},{3724,3747},{3749,3749},{3751,3760},{3762,3763},{3773,3773},{3776,3780},{3782,3782},{3804,3807},{3840,3840},
{3904,3911},{3913,3948},{3976,3980},{4096,4138},{4159,4159},{4176,4181},{4186,4189},{4193,4193},{4197,4198},{4206,4208},{4213,4225},{4238,4238},
{4256,4293},{4295,4295},{4301,4301},{4304,4346},{4348,4680},{4682,4685},{4688,4694},{4696,4696},{4698,4701},{4704,4744},{4746,4749},{4752,4784},
{4786,4789},{4792,4798},{4800,4800},{4802,4805},{4808,4822},{4824,4880},{4882,4885},{4888,4954},{4992,5007},{5024,5109},{5112,5117},{5121,5740},
{5743,5759},{5761,5786},{5792,5866},{5873,5880},{5888,5905},{5919,5937},{5952,5969},{5984,5996},{5998,6000},{6016,6067},{6103,6103},{6108,6108},
{6176,6264},{6272,6276},{6279,6312},{6314,6314},{6320,6389},{6400,6430},{6480,6509},{6512,6516},{6528,6571},{6576,6601},{6656,6678},{6688,6740},
{6823,6823},{6917,6963},{6981,6988},{7043,7072},{7086,7087},{7098,7141},{7168,7203},{7245,7247},{7258,7293},{7296,7306},{7312,7354},{7357,7359},
{7401,7404},{7406,7411},{7413,7414},{7418,7418},{7424,7615},{7680,7957},{7960,7965},{7968,8005},{8008,8013},{8016,8023},{8025,8025},{8027,8027},
{8029,8029},{8031,8061},{8064,8116},{8118,8124},{8126,8126},{8130,8132},{8134,8140},{8144,8147},{8150,8155},{8160,8172},{8178,8180},{8182,8188},
{8305,8305},{8319,8319},{8336,8348},{8450,8450},{8455,8455},{8458,8467},{8469,8469},{8473,8477},{8484,8484},{8486,8486},{8488,8488},{8490,8493},
{8495,8505},{8508,8511},{8517,8521},{8526,8526},{8579,8580},{11264,11492},{11499,11502},{11506,11507},{11520,11557},{11559,11559},{11565,11565},{11568,11623},
{11631,11631},{11648,11670},{11680,11686},{11688,11694},{11696,11702},{11704,11710},{11712,11718},{11720,11726},{11728,11734},{11736,11742},{11823,11823},{12293,12294},
{12337,12341},{12347,12348},{12353,12438},{12445,12447},{12449,12538},{12540,12543},{12549,12591},{12593,12686},{12704,12735},{12784,12799},{13312,19903},{19968,42124},
{42192,42237},{42240,42508},{42512,42527},{42538,42539},{42560,42606},{42623,42653},{42656,42725},{42775,42783},{42786,42888},{42891,42957},{42960,42961},{42963,42963},
{42965,42972},{42994,43009},{43011,43013},{43015,43018},{43020,43042},{43072,43123},{43138,43187},{43250,43255},{43259,43259},{43261,43262},{43274,43301},{43312,43334},
{43360,43388},{43396,43442},{43471,43471},{43488,43492},{43494,43503},{43514,43518},{43520,43560},{43584,43586},{43588,43595},{43616,43638},{43642,43642},{43646,43695},
{43697,43697},{43701,43702},{43705,43709},{43712,43712},{43714,43714},{43739,43741},{43744,43754},{43762,43764},{43777,43782},{43785,43790},{43793,43798},{43808,43814},
{43816,43822},{43824,43866},{43868,43881},{43888,44002},{44032,55203},{55216,55238},{55243,55291},{63744,64109},{64112,64217},{64256,64262},{64275,64279},{64285,64285},
{64287,64296},{64298,64310},{64312,64316},{64318,64318},{64320,64321},{64323,64324},{64326,64433},{64467,64829},{64848,64911},{64914,64967},{65008,65019},{65136,65140},
{65142,65276},{65313,65338},{65345,65370},{65382,65470},{65474,65479},{65482,65487},{65490,65495},{65498,65500},{65536,65547},{65549,65574},{65576,65594},{65596,65597},
{65599,65613},{65616,65629},{65664,65786},{66176,66204},{66208,66256},{66304,66335},{66349,66368},{66370,66377},{66384,66421},{66432,66461},{66464,66499},{66504,66511},
{66560,66717},{66736,66771},{66776,66811},{66816,66855},{66864,66915},{66928,66938},{66940,66954},{66956,66962},{66964,66965},{66967,66977},{66979,66993},{66995,67001},
{67003,67004},{67008,67059},{67072,67382},{67392,67413},{67424,67431},{67456,67461},{67463,67504},{67506,67514},{67584,67589},{67592,67592},{67594,67637},{67639,67640},
{67644,67644},{67647,67669},{67680,67702},{67712,67742},{67808,67826},{67828,67829},{67840,67861},{67872,67897},{67968,68023},{68030,68031},{68096,68096},{68112,68115},
{68117,68119},{68121,68149},{68192,68220},{68224,68252},{68288,68295},{68297,68324},{68352,68405},{68416,68437},{68448,68466},{68480,68497},{68608,68680},{68736,68786},
{68800,68850},{68864,68899},{68938,68965},{68975,68997},{69248,69289},{69296,69297},{69314,69316},{69376,69404},{69415,69415},{69424,69445},{69488,69505},{69552,69572},
{69600,69622},{69635,69687},{69745,69746},{69749,69749},{69763,69807},{69840,69864},{69891,69926},{69956,69956},{69959,69959},{69968,70002},{70006,70006},{70019,70066},
{70081,70084},{70106,70106},{70108,70108},{70144,70161},{70163,70187},{70207,70208},{70272,70278},{70280,70280},{70282,70285},{70287,70301},{70303,70312},{70320,70366},
{70405,70412},{70415,70416},{70419,70440},{70442,70448},{70450,70451},{70453,70457},{70461,70461},{70480,70480},{70493,70497},{70528,70537},{70539,70539},{70542,70542},
{70544,70581},{70583,70583},{70609,70609},{70611,70611},{70656,70708},{70727,70730},{70751,70753},{70784,70831},{70852,70853},{70855,70855},{71040,71086},{71128,71131},
{71168,71215},{71236,71236},{71296,71338},{71352,71352},{71424,71450},{71488,71494},{71680,71723},{71840,71903},{71935,71942},{71945,71945},{71948,71955},{71957,71958},
{71960,71983},{71999,71999},{72001,72001},{72096,72103},{72106,72144},{72161,72161},{72163,72163},{72192,72192},{72203,72242},{72250,72250},{72272,72272},{72284,72329},
{72349,72349},{72368,72440},{72640,72672},{72704,72712},{72714,72750},{72768,72768},{72818,72847},{72960,72966},{72968,72969},{72971,73008},{73030,73030},{73056,73061},
{73063,73064},{73066,73097},{73112,73112},{73440,73458},{73474,73474},{73476,73488},{73490,73523},{73648,73648},{73728,74649},{74880,75075},{77712,77808},{77824,78895},
{78913,78918},{78944,82938},{82944,83526},{90368,90397},{92160,92728},{92736,92766},{92784,92862},{92880,92909},{92928,92975},{92992,92995},{93027,93047},{93053,93071},
{93504,93548},{93760,93823},{93952,94026},{94032,94032},{94099,94111},{94176,94177},{94179,94179},{94208,100343},{100352,101589},{101631,101640},{110576,110579},{110581,110587},
{110589,110590},{110592,110882},{110898,110898},{110928,110930},{110933,110933},{110948,110951},{110960,111355},{113664,113770},{113776,113788},{113792,113800},{113808,113817},{119808,119892},
{119894,119964},{119966,119967},{119970,119970},{119973,119974},{119977,119980},{119982,119993},{119995,119995},{119997,120003},{120005,120069},{120071,120074},{120077,120084},{120086,120092},
{120094,120121},{120123,120126},{120128,120132},{120134,120134},{120138,120144},{120146,120485},{120488,120512},{120514,120538},{120540,120570},{120572,120596},{120598,120628},{120630,120654},
{120656,120686},{120688,120712},{120714,120744},{120746,120770},{120772,120779},{122624,122654},{122661,122666},{122928,122989},{123136,123180},{123191,123197},{123214,123214},{123536,123565},
{123584,123627},{124112,124139},{124368,124397},{124400,124400},{124896,124902},{124904,124907},{124909,124910},{124912,124926},{124928,125124},{125184,125251},{125259,125259},{126464,126467},
{126469,126495},{126497,126498},{126500,126500},{126503,126503},{126505,126514},{126516,126519},{126521,126521},{126523,126523},{126530,126530},{126535,126535},{126537,126537},{126539,126539},
{126541,126543},{126545,126546},{126548,126548},{126551,126551},{126553,126553},{126555,126555},{126557,126557},{126559,126559},{126561,126562},{126564,126564},{126567,126570},{126572,126578},
{126580,126583},{126585,126588},{126590,126590},{126592,126601},{126603,126619},{126625,126627},{126629,126633},{126635,126651},{131072,173791},{173824,177977},{177984,178205},{178208,183969},
{183984,191456},{191472,192093},{194560,195101},{196608,201546},{201552,205743}};
static const unsigned int sd__uni_number_ranges[][2] = {
{48,57},{178,179},{185,185},{188,190},{1632,1641},{1776,1785},{1984,1993},{2406,2415},{2534,2543},{2548,2553},{2662,2671},{2790,2799},
{2918,2927},{2930,2935},{3046,3058},{3174,3183},{3192,3198},{3302,3311},{3416,3422},{3430,3448},{3558,3567},{3664,3673},{3792,3801},{3872,3891},
{4160,4169},{4240,4249},{4969,4988},{5870,5872},{6112,6121},{6128,6137},{6160,6169},{6470,6479},{6608,6618},{6784,6793},{6800,6809},{6992,7001},
{7088,7097},{7232,7241},{7248,7257},{8304,8304},{8308,8313},{8320,8329},{8528,8578},{8581,8585},{9312,9371},{9450,9471},{10102,10131},{11517,11517},
{12295,12295},{12321,12329},{12344,12346},{12690,12693},{12832,12841},{12872,12879},{12881,12895},{12928,12937},{12977,12991},{42528,42537},{42726,42735},{43056,43061},
{43216,43225},{43264,43273},{43472,43481},{43504,43513},{43600,43609},{44016,44025},{65296,65305},{65799,65843},{65856,65912},{65930,65931},{66273,66299},{66336,66339},
{66369,66369},{66378,66378},{66513,66517},{66720,66729},{67672,67679},{67705,67711},{67751,67759},{67835,67839},{67862,67867},{68028,68029},{68032,68047},{68050,68095},
{68160,68168},{68221,68222},{68253,68255},{68331,68335},{68440,68447},{68472,68479},{68521,68527},{68858,68863},{68912,68921},{68928,68937},{69216,69246},{69405,69414},
{69457,69460},{69573,69579},{69714,69743},{69872,69881},{69942,69951},{70096,70105},{70113,70132},{70384,70393},{70736,70745},{70864,70873},{71248,71257},{71360,71369},
{71376,71395},{71472,71483},{71904,71922},{72016,72025},{72688,72697},{72784,72812},{73040,73049},{73120,73129},{73552,73561},{73664,73684},{74752,74862},{90416,90425},
{92768,92777},{92864,92873},{93008,93017},{93019,93025},{93552,93561},{93824,93846},{118000,118009},{119488,119507},{119520,119539},{119648,119672},{120782,120831},{123200,123209},
{123632,123641},{124144,124153},{124401,124410},{125127,125135},{125264,125273},{126065,126123},{126125,126127},{126129,126132},{126209,126253},{126255,126269},{127232,127244},{130032,130041}};
static const unsigned int sd__uni_space_ranges[][2] = {
{9,13},{32,32},{133,133},{160,160},{5760,5760},{8192,8202},{8232,8233},{8239,8239},{8287,8287},{12288,12288}};
/* Lowercase (Unicode 15.1.0 + the 16.0/17.0 additions), one character at a time: rows
   {first, last, stride, lowercase of first}: every stride-th code point from first to last
   maps to the same offset from that. The one mapping to two characters is listed apart. */
static const unsigned int sd__uni_lowercase_rows[][4] = {
{65,90,1,97},{192,214,1,224},{216,222,1,248},{256,302,2,257},{306,310,2,307},{313,327,2,314},{330,374,2,331},{376,376,1,255},
{377,381,2,378},{385,385,1,595},{386,388,2,387},{390,390,1,596},{391,391,1,392},{393,394,1,598},{395,395,1,396},{398,398,1,477},
{399,399,1,601},{400,400,1,603},{401,401,1,402},{403,403,1,608},{404,404,1,611},{406,406,1,617},{407,407,1,616},{408,408,1,409},
{412,412,1,623},{413,413,1,626},{415,415,1,629},{416,420,2,417},{422,422,1,640},{423,423,1,424},{425,425,1,643},{428,428,1,429},
{430,430,1,648},{431,431,1,432},{433,434,1,650},{435,437,2,436},{439,439,1,658},{440,440,1,441},{444,444,1,445},{452,452,1,454},
{453,453,1,454},{455,455,1,457},{456,456,1,457},{458,458,1,460},{459,475,2,460},{478,494,2,479},{497,497,1,499},{498,500,2,499},
{502,502,1,405},{503,503,1,447},{504,542,2,505},{544,544,1,414},{546,562,2,547},{570,570,1,11365},{571,571,1,572},{573,573,1,410},
{574,574,1,11366},{577,577,1,578},{579,579,1,384},{580,580,1,649},{581,581,1,652},{582,590,2,583},{880,882,2,881},{886,886,1,887},
{895,895,1,1011},{902,902,1,940},{904,906,1,941},{908,908,1,972},{910,911,1,973},{913,929,1,945},{931,939,1,963},{975,975,1,983},
{984,1006,2,985},{1012,1012,1,952},{1015,1015,1,1016},{1017,1017,1,1010},{1018,1018,1,1019},{1021,1023,1,891},{1024,1039,1,1104},{1040,1071,1,1072},
{1120,1152,2,1121},{1162,1214,2,1163},{1216,1216,1,1231},{1217,1229,2,1218},{1232,1326,2,1233},{1329,1366,1,1377},{4256,4293,1,11520},{4295,4295,1,11559},
{4301,4301,1,11565},{5024,5103,1,43888},{5104,5109,1,5112},{7305,7305,1,7306},{7312,7354,1,4304},{7357,7359,1,4349},{7680,7828,2,7681},{7838,7838,1,223},
{7840,7934,2,7841},{7944,7951,1,7936},{7960,7965,1,7952},{7976,7983,1,7968},{7992,7999,1,7984},{8008,8013,1,8000},{8025,8031,2,8017},{8040,8047,1,8032},
{8072,8079,1,8064},{8088,8095,1,8080},{8104,8111,1,8096},{8120,8121,1,8112},{8122,8123,1,8048},{8124,8124,1,8115},{8136,8139,1,8050},{8140,8140,1,8131},
{8152,8153,1,8144},{8154,8155,1,8054},{8168,8169,1,8160},{8170,8171,1,8058},{8172,8172,1,8165},{8184,8185,1,8056},{8186,8187,1,8060},{8188,8188,1,8179},
{8486,8486,1,969},{8490,8490,1,107},{8491,8491,1,229},{8498,8498,1,8526},{8544,8559,1,8560},{8579,8579,1,8580},{9398,9423,1,9424},{11264,11311,1,11312},
{11360,11360,1,11361},{11362,11362,1,619},{11363,11363,1,7549},{11364,11364,1,637},{11367,11371,2,11368},{11373,11373,1,593},{11374,11374,1,625},{11375,11375,1,592},
{11376,11376,1,594},{11378,11378,1,11379},{11381,11381,1,11382},{11390,11391,1,575},{11392,11490,2,11393},{11499,11501,2,11500},{11506,11506,1,11507},{42560,42604,2,42561},
{42624,42650,2,42625},{42786,42798,2,42787},{42802,42862,2,42803},{42873,42875,2,42874},{42877,42877,1,7545},{42878,42886,2,42879},{42891,42891,1,42892},{42893,42893,1,613},
{42896,42898,2,42897},{42902,42920,2,42903},{42922,42922,1,614},{42923,42923,1,604},{42924,42924,1,609},{42925,42925,1,620},{42926,42926,1,618},{42928,42928,1,670},
{42929,42929,1,647},{42930,42930,1,669},{42931,42931,1,43859},{42932,42946,2,42933},{42948,42948,1,42900},{42949,42949,1,642},{42950,42950,1,7566},{42951,42953,2,42952},
{42955,42955,1,612},{42956,42970,2,42957},{42972,42972,1,411},{42997,42997,1,42998},{65313,65338,1,65345},{66560,66599,1,66600},{66736,66771,1,66776},{66928,66938,1,66967},
{66940,66954,1,66979},{66956,66962,1,66995},{66964,66965,1,67003},{68736,68786,1,68800},{68944,68965,1,68976},{71840,71871,1,71872},{93760,93791,1,93792},{93856,93880,1,93883},
{125184,125217,1,125218}};
static const unsigned int sd__uni_lowercase_long[][3] = {
{304,105,775}};
/* Unicode 9.0.0 normalization data. Canonical combining classes as {first, last, class};
   canonical decompositions {code point, first, second or 0} (Hangul is computed; the longest
   full decomposition of one character has 4 code points); primary composites {first,
   second, composite} sorted by the pair; the code points that occur as the second of a pair,
   as ranges. */
static const unsigned int sd__uni_ccc_ranges[][3] = {
{768,788,230},{789,789,232},{790,793,220},{794,794,232},{795,795,216},{796,800,220},{801,802,202},{803,806,220},
{807,808,202},{809,819,220},{820,824,1},{825,828,220},{829,836,230},{837,837,240},{838,838,230},{839,841,220},
{842,844,230},{845,846,220},{848,850,230},{851,854,220},{855,855,230},{856,856,232},{857,858,220},{859,859,230},
{860,860,233},{861,862,234},{863,863,233},{864,865,234},{866,866,233},{867,879,230},{1155,1159,230},{1425,1425,220},
{1426,1429,230},{1430,1430,220},{1431,1433,230},{1434,1434,222},{1435,1435,220},{1436,1441,230},{1442,1447,220},{1448,1449,230},
{1450,1450,220},{1451,1452,230},{1453,1453,222},{1454,1454,228},{1455,1455,230},{1456,1456,10},{1457,1457,11},{1458,1458,12},
{1459,1459,13},{1460,1460,14},{1461,1461,15},{1462,1462,16},{1463,1463,17},{1464,1464,18},{1465,1466,19},{1467,1467,20},
{1468,1468,21},{1469,1469,22},{1471,1471,23},{1473,1473,24},{1474,1474,25},{1476,1476,230},{1477,1477,220},{1479,1479,18},
{1552,1559,230},{1560,1560,30},{1561,1561,31},{1562,1562,32},{1611,1611,27},{1612,1612,28},{1613,1613,29},{1614,1614,30},
{1615,1615,31},{1616,1616,32},{1617,1617,33},{1618,1618,34},{1619,1620,230},{1621,1622,220},{1623,1627,230},{1628,1628,220},
{1629,1630,230},{1631,1631,220},{1648,1648,35},{1750,1756,230},{1759,1762,230},{1763,1763,220},{1764,1764,230},{1767,1768,230},
{1770,1770,220},{1771,1772,230},{1773,1773,220},{1809,1809,36},{1840,1840,230},{1841,1841,220},{1842,1843,230},{1844,1844,220},
{1845,1846,230},{1847,1849,220},{1850,1850,230},{1851,1852,220},{1853,1853,230},{1854,1854,220},{1855,1857,230},{1858,1858,220},
{1859,1859,230},{1860,1860,220},{1861,1861,230},{1862,1862,220},{1863,1863,230},{1864,1864,220},{1865,1866,230},{2027,2033,230},
{2034,2034,220},{2035,2035,230},{2070,2073,230},{2075,2083,230},{2085,2087,230},{2089,2093,230},{2137,2139,220},{2260,2273,230},
{2275,2275,220},{2276,2277,230},{2278,2278,220},{2279,2280,230},{2281,2281,220},{2282,2284,230},{2285,2287,220},{2288,2288,27},
{2289,2289,28},{2290,2290,29},{2291,2293,230},{2294,2294,220},{2295,2296,230},{2297,2298,220},{2299,2303,230},{2364,2364,7},
{2381,2381,9},{2385,2385,230},{2386,2386,220},{2387,2388,230},{2492,2492,7},{2509,2509,9},{2620,2620,7},{2637,2637,9},
{2748,2748,7},{2765,2765,9},{2876,2876,7},{2893,2893,9},{3021,3021,9},{3149,3149,9},{3157,3157,84},{3158,3158,91},
{3260,3260,7},{3277,3277,9},{3405,3405,9},{3530,3530,9},{3640,3641,103},{3642,3642,9},{3656,3659,107},{3768,3769,118},
{3784,3787,122},{3864,3865,220},{3893,3893,220},{3895,3895,220},{3897,3897,216},{3953,3953,129},{3954,3954,130},{3956,3956,132},
{3962,3965,130},{3968,3968,130},{3970,3971,230},{3972,3972,9},{3974,3975,230},{4038,4038,220},{4151,4151,7},{4153,4154,9},
{4237,4237,220},{4957,4959,230},{5908,5908,9},{5940,5940,9},{6098,6098,9},{6109,6109,230},{6313,6313,228},{6457,6457,222},
{6458,6458,230},{6459,6459,220},{6679,6679,230},{6680,6680,220},{6752,6752,9},{6773,6780,230},{6783,6783,220},{6832,6836,230},
{6837,6842,220},{6843,6844,230},{6845,6845,220},{6964,6964,7},{6980,6980,9},{7019,7019,230},{7020,7020,220},{7021,7027,230},
{7082,7083,9},{7142,7142,7},{7154,7155,9},{7223,7223,7},{7376,7378,230},{7380,7380,1},{7381,7385,220},{7386,7387,230},
{7388,7391,220},{7392,7392,230},{7394,7400,1},{7405,7405,220},{7412,7412,230},{7416,7417,230},{7616,7617,230},{7618,7618,220},
{7619,7625,230},{7626,7626,220},{7627,7628,230},{7629,7629,234},{7630,7630,214},{7631,7631,220},{7632,7632,202},{7633,7669,230},
{7675,7675,230},{7676,7676,233},{7677,7677,220},{7678,7678,230},{7679,7679,220},{8400,8401,230},{8402,8403,1},{8404,8407,230},
{8408,8410,1},{8411,8412,230},{8417,8417,230},{8421,8422,1},{8423,8423,230},{8424,8424,220},{8425,8425,230},{8426,8427,1},
{8428,8431,220},{8432,8432,230},{11503,11505,230},{11647,11647,9},{11744,11775,230},{12330,12330,218},{12331,12331,228},{12332,12332,232},
{12333,12333,222},{12334,12335,224},{12441,12442,8},{42607,42607,230},{42612,42621,230},{42654,42655,230},{42736,42737,230},{43014,43014,9},
{43204,43204,9},{43232,43249,230},{43307,43309,220},{43347,43347,9},{43443,43443,7},{43456,43456,9},{43696,43696,230},{43698,43699,230},
{43700,43700,220},{43703,43704,230},{43710,43711,230},{43713,43713,230},{43766,43766,9},{44013,44013,9},{64286,64286,26},{65056,65062,230},
{65063,65069,220},{65070,65071,230},{66045,66045,220},{66272,66272,220},{66422,66426,230},{68109,68109,220},{68111,68111,230},{68152,68152,230},
{68153,68153,1},{68154,68154,220},{68159,68159,9},{68325,68325,230},{68326,68326,220},{69702,69702,9},{69759,69759,9},{69817,69817,9},
{69818,69818,7},{69888,69890,230},{69939,69940,9},{70003,70003,7},{70080,70080,9},{70090,70090,7},{70197,70197,9},{70198,70198,7},
{70377,70377,7},{70378,70378,9},{70460,70460,7},{70477,70477,9},{70502,70508,230},{70512,70516,230},{70722,70722,9},{70726,70726,7},
{70850,70850,9},{70851,70851,7},{71103,71103,9},{71104,71104,7},{71231,71231,9},{71350,71350,9},{71351,71351,7},{71467,71467,9},
{72767,72767,9},{92912,92916,1},{92976,92982,230},{113822,113822,1},{119141,119142,216},{119143,119145,1},{119149,119149,226},{119150,119154,216},
{119163,119170,220},{119173,119177,230},{119178,119179,220},{119210,119213,230},{119362,119364,230},{122880,122886,230},{122888,122904,230},{122907,122913,230},
{122915,122916,230},{122918,122922,230},{125136,125142,220},{125252,125257,230},{125258,125258,7}};
static const unsigned int sd__uni_decompositions[][3] = {
{192,65,768},{193,65,769},{194,65,770},{195,65,771},{196,65,776},{197,65,778},{199,67,807},{200,69,768},
{201,69,769},{202,69,770},{203,69,776},{204,73,768},{205,73,769},{206,73,770},{207,73,776},{209,78,771},
{210,79,768},{211,79,769},{212,79,770},{213,79,771},{214,79,776},{217,85,768},{218,85,769},{219,85,770},
{220,85,776},{221,89,769},{224,97,768},{225,97,769},{226,97,770},{227,97,771},{228,97,776},{229,97,778},
{231,99,807},{232,101,768},{233,101,769},{234,101,770},{235,101,776},{236,105,768},{237,105,769},{238,105,770},
{239,105,776},{241,110,771},{242,111,768},{243,111,769},{244,111,770},{245,111,771},{246,111,776},{249,117,768},
{250,117,769},{251,117,770},{252,117,776},{253,121,769},{255,121,776},{256,65,772},{257,97,772},{258,65,774},
{259,97,774},{260,65,808},{261,97,808},{262,67,769},{263,99,769},{264,67,770},{265,99,770},{266,67,775},
{267,99,775},{268,67,780},{269,99,780},{270,68,780},{271,100,780},{274,69,772},{275,101,772},{276,69,774},
{277,101,774},{278,69,775},{279,101,775},{280,69,808},{281,101,808},{282,69,780},{283,101,780},{284,71,770},
{285,103,770},{286,71,774},{287,103,774},{288,71,775},{289,103,775},{290,71,807},{291,103,807},{292,72,770},
{293,104,770},{296,73,771},{297,105,771},{298,73,772},{299,105,772},{300,73,774},{301,105,774},{302,73,808},
{303,105,808},{304,73,775},{308,74,770},{309,106,770},{310,75,807},{311,107,807},{313,76,769},{314,108,769},
{315,76,807},{316,108,807},{317,76,780},{318,108,780},{323,78,769},{324,110,769},{325,78,807},{326,110,807},
{327,78,780},{328,110,780},{332,79,772},{333,111,772},{334,79,774},{335,111,774},{336,79,779},{337,111,779},
{340,82,769},{341,114,769},{342,82,807},{343,114,807},{344,82,780},{345,114,780},{346,83,769},{347,115,769},
{348,83,770},{349,115,770},{350,83,807},{351,115,807},{352,83,780},{353,115,780},{354,84,807},{355,116,807},
{356,84,780},{357,116,780},{360,85,771},{361,117,771},{362,85,772},{363,117,772},{364,85,774},{365,117,774},
{366,85,778},{367,117,778},{368,85,779},{369,117,779},{370,85,808},{371,117,808},{372,87,770},{373,119,770},
{374,89,770},{375,121,770},{376,89,776},{377,90,769},{378,122,769},{379,90,775},{380,122,775},{381,90,780},
{382,122,780},{416,79,795},{417,111,795},{431,85,795},{432,117,795},{461,65,780},{462,97,780},{463,73,780},
{464,105,780},{465,79,780},{466,111,780},{467,85,780},{468,117,780},{469,220,772},{470,252,772},{471,220,769},
{472,252,769},{473,220,780},{474,252,780},{475,220,768},{476,252,768},{478,196,772},{479,228,772},{480,550,772},
{481,551,772},{482,198,772},{483,230,772},{486,71,780},{487,103,780},{488,75,780},{489,107,780},{490,79,808},
{491,111,808},{492,490,772},{493,491,772},{494,439,780},{495,658,780},{496,106,780},{500,71,769},{501,103,769},
{504,78,768},{505,110,768},{506,197,769},{507,229,769},{508,198,769},{509,230,769},{510,216,769},{511,248,769},
{512,65,783},{513,97,783},{514,65,785},{515,97,785},{516,69,783},{517,101,783},{518,69,785},{519,101,785},
{520,73,783},{521,105,783},{522,73,785},{523,105,785},{524,79,783},{525,111,783},{526,79,785},{527,111,785},
{528,82,783},{529,114,783},{530,82,785},{531,114,785},{532,85,783},{533,117,783},{534,85,785},{535,117,785},
{536,83,806},{537,115,806},{538,84,806},{539,116,806},{542,72,780},{543,104,780},{550,65,775},{551,97,775},
{552,69,807},{553,101,807},{554,214,772},{555,246,772},{556,213,772},{557,245,772},{558,79,775},{559,111,775},
{560,558,772},{561,559,772},{562,89,772},{563,121,772},{832,768,0},{833,769,0},{835,787,0},{836,776,769},
{884,697,0},{894,59,0},{901,168,769},{902,913,769},{903,183,0},{904,917,769},{905,919,769},{906,921,769},
{908,927,769},{910,933,769},{911,937,769},{912,970,769},{938,921,776},{939,933,776},{940,945,769},{941,949,769},
{942,951,769},{943,953,769},{944,971,769},{970,953,776},{971,965,776},{972,959,769},{973,965,769},{974,969,769},
{979,978,769},{980,978,776},{1024,1045,768},{1025,1045,776},{1027,1043,769},{1031,1030,776},{1036,1050,769},{1037,1048,768},
{1038,1059,774},{1049,1048,774},{1081,1080,774},{1104,1077,768},{1105,1077,776},{1107,1075,769},{1111,1110,776},{1116,1082,769},
{1117,1080,768},{1118,1091,774},{1142,1140,783},{1143,1141,783},{1217,1046,774},{1218,1078,774},{1232,1040,774},{1233,1072,774},
{1234,1040,776},{1235,1072,776},{1238,1045,774},{1239,1077,774},{1242,1240,776},{1243,1241,776},{1244,1046,776},{1245,1078,776},
{1246,1047,776},{1247,1079,776},{1250,1048,772},{1251,1080,772},{1252,1048,776},{1253,1080,776},{1254,1054,776},{1255,1086,776},
{1258,1256,776},{1259,1257,776},{1260,1069,776},{1261,1101,776},{1262,1059,772},{1263,1091,772},{1264,1059,776},{1265,1091,776},
{1266,1059,779},{1267,1091,779},{1268,1063,776},{1269,1095,776},{1272,1067,776},{1273,1099,776},{1570,1575,1619},{1571,1575,1620},
{1572,1608,1620},{1573,1575,1621},{1574,1610,1620},{1728,1749,1620},{1730,1729,1620},{1747,1746,1620},{2345,2344,2364},{2353,2352,2364},
{2356,2355,2364},{2392,2325,2364},{2393,2326,2364},{2394,2327,2364},{2395,2332,2364},{2396,2337,2364},{2397,2338,2364},{2398,2347,2364},
{2399,2351,2364},{2507,2503,2494},{2508,2503,2519},{2524,2465,2492},{2525,2466,2492},{2527,2479,2492},{2611,2610,2620},{2614,2616,2620},
{2649,2582,2620},{2650,2583,2620},{2651,2588,2620},{2654,2603,2620},{2888,2887,2902},{2891,2887,2878},{2892,2887,2903},{2908,2849,2876},
{2909,2850,2876},{2964,2962,3031},{3018,3014,3006},{3019,3015,3006},{3020,3014,3031},{3144,3142,3158},{3264,3263,3285},{3271,3270,3285},
{3272,3270,3286},{3274,3270,3266},{3275,3274,3285},{3402,3398,3390},{3403,3399,3390},{3404,3398,3415},{3546,3545,3530},{3548,3545,3535},
{3549,3548,3530},{3550,3545,3551},{3907,3906,4023},{3917,3916,4023},{3922,3921,4023},{3927,3926,4023},{3932,3931,4023},{3945,3904,4021},
{3955,3953,3954},{3957,3953,3956},{3958,4018,3968},{3960,4019,3968},{3969,3953,3968},{3987,3986,4023},{3997,3996,4023},{4002,4001,4023},
{4007,4006,4023},{4012,4011,4023},{4025,3984,4021},{4134,4133,4142},{6918,6917,6965},{6920,6919,6965},{6922,6921,6965},{6924,6923,6965},
{6926,6925,6965},{6930,6929,6965},{6971,6970,6965},{6973,6972,6965},{6976,6974,6965},{6977,6975,6965},{6979,6978,6965},{7680,65,805},
{7681,97,805},{7682,66,775},{7683,98,775},{7684,66,803},{7685,98,803},{7686,66,817},{7687,98,817},{7688,199,769},
{7689,231,769},{7690,68,775},{7691,100,775},{7692,68,803},{7693,100,803},{7694,68,817},{7695,100,817},{7696,68,807},
{7697,100,807},{7698,68,813},{7699,100,813},{7700,274,768},{7701,275,768},{7702,274,769},{7703,275,769},{7704,69,813},
{7705,101,813},{7706,69,816},{7707,101,816},{7708,552,774},{7709,553,774},{7710,70,775},{7711,102,775},{7712,71,772},
{7713,103,772},{7714,72,775},{7715,104,775},{7716,72,803},{7717,104,803},{7718,72,776},{7719,104,776},{7720,72,807},
{7721,104,807},{7722,72,814},{7723,104,814},{7724,73,816},{7725,105,816},{7726,207,769},{7727,239,769},{7728,75,769},
{7729,107,769},{7730,75,803},{7731,107,803},{7732,75,817},{7733,107,817},{7734,76,803},{7735,108,803},{7736,7734,772},
{7737,7735,772},{7738,76,817},{7739,108,817},{7740,76,813},{7741,108,813},{7742,77,769},{7743,109,769},{7744,77,775},
{7745,109,775},{7746,77,803},{7747,109,803},{7748,78,775},{7749,110,775},{7750,78,803},{7751,110,803},{7752,78,817},
{7753,110,817},{7754,78,813},{7755,110,813},{7756,213,769},{7757,245,769},{7758,213,776},{7759,245,776},{7760,332,768},
{7761,333,768},{7762,332,769},{7763,333,769},{7764,80,769},{7765,112,769},{7766,80,775},{7767,112,775},{7768,82,775},
{7769,114,775},{7770,82,803},{7771,114,803},{7772,7770,772},{7773,7771,772},{7774,82,817},{7775,114,817},{7776,83,775},
{7777,115,775},{7778,83,803},{7779,115,803},{7780,346,775},{7781,347,775},{7782,352,775},{7783,353,775},{7784,7778,775},
{7785,7779,775},{7786,84,775},{7787,116,775},{7788,84,803},{7789,116,803},{7790,84,817},{7791,116,817},{7792,84,813},
{7793,116,813},{7794,85,804},{7795,117,804},{7796,85,816},{7797,117,816},{7798,85,813},{7799,117,813},{7800,360,769},
{7801,361,769},{7802,362,776},{7803,363,776},{7804,86,771},{7805,118,771},{7806,86,803},{7807,118,803},{7808,87,768},
{7809,119,768},{7810,87,769},{7811,119,769},{7812,87,776},{7813,119,776},{7814,87,775},{7815,119,775},{7816,87,803},
{7817,119,803},{7818,88,775},{7819,120,775},{7820,88,776},{7821,120,776},{7822,89,775},{7823,121,775},{7824,90,770},
{7825,122,770},{7826,90,803},{7827,122,803},{7828,90,817},{7829,122,817},{7830,104,817},{7831,116,776},{7832,119,778},
{7833,121,778},{7835,383,775},{7840,65,803},{7841,97,803},{7842,65,777},{7843,97,777},{7844,194,769},{7845,226,769},
{7846,194,768},{7847,226,768},{7848,194,777},{7849,226,777},{7850,194,771},{7851,226,771},{7852,7840,770},{7853,7841,770},
{7854,258,769},{7855,259,769},{7856,258,768},{7857,259,768},{7858,258,777},{7859,259,777},{7860,258,771},{7861,259,771},
{7862,7840,774},{7863,7841,774},{7864,69,803},{7865,101,803},{7866,69,777},{7867,101,777},{7868,69,771},{7869,101,771},
{7870,202,769},{7871,234,769},{7872,202,768},{7873,234,768},{7874,202,777},{7875,234,777},{7876,202,771},{7877,234,771},
{7878,7864,770},{7879,7865,770},{7880,73,777},{7881,105,777},{7882,73,803},{7883,105,803},{7884,79,803},{7885,111,803},
{7886,79,777},{7887,111,777},{7888,212,769},{7889,244,769},{7890,212,768},{7891,244,768},{7892,212,777},{7893,244,777},
{7894,212,771},{7895,244,771},{7896,7884,770},{7897,7885,770},{7898,416,769},{7899,417,769},{7900,416,768},{7901,417,768},
{7902,416,777},{7903,417,777},{7904,416,771},{7905,417,771},{7906,416,803},{7907,417,803},{7908,85,803},{7909,117,803},
{7910,85,777},{7911,117,777},{7912,431,769},{7913,432,769},{7914,431,768},{7915,432,768},{7916,431,777},{7917,432,777},
{7918,431,771},{7919,432,771},{7920,431,803},{7921,432,803},{7922,89,768},{7923,121,768},{7924,89,803},{7925,121,803},
{7926,89,777},{7927,121,777},{7928,89,771},{7929,121,771},{7936,945,787},{7937,945,788},{7938,7936,768},{7939,7937,768},
{7940,7936,769},{7941,7937,769},{7942,7936,834},{7943,7937,834},{7944,913,787},{7945,913,788},{7946,7944,768},{7947,7945,768},
{7948,7944,769},{7949,7945,769},{7950,7944,834},{7951,7945,834},{7952,949,787},{7953,949,788},{7954,7952,768},{7955,7953,768},
{7956,7952,769},{7957,7953,769},{7960,917,787},{7961,917,788},{7962,7960,768},{7963,7961,768},{7964,7960,769},{7965,7961,769},
{7968,951,787},{7969,951,788},{7970,7968,768},{7971,7969,768},{7972,7968,769},{7973,7969,769},{7974,7968,834},{7975,7969,834},
{7976,919,787},{7977,919,788},{7978,7976,768},{7979,7977,768},{7980,7976,769},{7981,7977,769},{7982,7976,834},{7983,7977,834},
{7984,953,787},{7985,953,788},{7986,7984,768},{7987,7985,768},{7988,7984,769},{7989,7985,769},{7990,7984,834},{7991,7985,834},
{7992,921,787},{7993,921,788},{7994,7992,768},{7995,7993,768},{7996,7992,769},{7997,7993,769},{7998,7992,834},{7999,7993,834},
{8000,959,787},{8001,959,788},{8002,8000,768},{8003,8001,768},{8004,8000,769},{8005,8001,769},{8008,927,787},{8009,927,788},
{8010,8008,768},{8011,8009,768},{8012,8008,769},{8013,8009,769},{8016,965,787},{8017,965,788},{8018,8016,768},{8019,8017,768},
{8020,8016,769},{8021,8017,769},{8022,8016,834},{8023,8017,834},{8025,933,788},{8027,8025,768},{8029,8025,769},{8031,8025,834},
{8032,969,787},{8033,969,788},{8034,8032,768},{8035,8033,768},{8036,8032,769},{8037,8033,769},{8038,8032,834},{8039,8033,834},
{8040,937,787},{8041,937,788},{8042,8040,768},{8043,8041,768},{8044,8040,769},{8045,8041,769},{8046,8040,834},{8047,8041,834},
{8048,945,768},{8049,940,0},{8050,949,768},{8051,941,0},{8052,951,768},{8053,942,0},{8054,953,768},{8055,943,0},
{8056,959,768},{8057,972,0},{8058,965,768},{8059,973,0},{8060,969,768},{8061,974,0},{8064,7936,837},{8065,7937,837},
{8066,7938,837},{8067,7939,837},{8068,7940,837},{8069,7941,837},{8070,7942,837},{8071,7943,837},{8072,7944,837},{8073,7945,837},
{8074,7946,837},{8075,7947,837},{8076,7948,837},{8077,7949,837},{8078,7950,837},{8079,7951,837},{8080,7968,837},{8081,7969,837},
{8082,7970,837},{8083,7971,837},{8084,7972,837},{8085,7973,837},{8086,7974,837},{8087,7975,837},{8088,7976,837},{8089,7977,837},
{8090,7978,837},{8091,7979,837},{8092,7980,837},{8093,7981,837},{8094,7982,837},{8095,7983,837},{8096,8032,837},{8097,8033,837},
{8098,8034,837},{8099,8035,837},{8100,8036,837},{8101,8037,837},{8102,8038,837},{8103,8039,837},{8104,8040,837},{8105,8041,837},
{8106,8042,837},{8107,8043,837},{8108,8044,837},{8109,8045,837},{8110,8046,837},{8111,8047,837},{8112,945,774},{8113,945,772},
{8114,8048,837},{8115,945,837},{8116,940,837},{8118,945,834},{8119,8118,837},{8120,913,774},{8121,913,772},{8122,913,768},
{8123,902,0},{8124,913,837},{8126,953,0},{8129,168,834},{8130,8052,837},{8131,951,837},{8132,942,837},{8134,951,834},
{8135,8134,837},{8136,917,768},{8137,904,0},{8138,919,768},{8139,905,0},{8140,919,837},{8141,8127,768},{8142,8127,769},
{8143,8127,834},{8144,953,774},{8145,953,772},{8146,970,768},{8147,912,0},{8150,953,834},{8151,970,834},{8152,921,774},
{8153,921,772},{8154,921,768},{8155,906,0},{8157,8190,768},{8158,8190,769},{8159,8190,834},{8160,965,774},{8161,965,772},
{8162,971,768},{8163,944,0},{8164,961,787},{8165,961,788},{8166,965,834},{8167,971,834},{8168,933,774},{8169,933,772},
{8170,933,768},{8171,910,0},{8172,929,788},{8173,168,768},{8174,901,0},{8175,96,0},{8178,8060,837},{8179,969,837},
{8180,974,837},{8182,969,834},{8183,8182,837},{8184,927,768},{8185,908,0},{8186,937,768},{8187,911,0},{8188,937,837},
{8189,180,0},{8192,8194,0},{8193,8195,0},{8486,937,0},{8490,75,0},{8491,197,0},{8602,8592,824},{8603,8594,824},
{8622,8596,824},{8653,8656,824},{8654,8660,824},{8655,8658,824},{8708,8707,824},{8713,8712,824},{8716,8715,824},{8740,8739,824},
{8742,8741,824},{8769,8764,824},{8772,8771,824},{8775,8773,824},{8777,8776,824},{8800,61,824},{8802,8801,824},{8813,8781,824},
{8814,60,824},{8815,62,824},{8816,8804,824},{8817,8805,824},{8820,8818,824},{8821,8819,824},{8824,8822,824},{8825,8823,824},
{8832,8826,824},{8833,8827,824},{8836,8834,824},{8837,8835,824},{8840,8838,824},{8841,8839,824},{8876,8866,824},{8877,8872,824},
{8878,8873,824},{8879,8875,824},{8928,8828,824},{8929,8829,824},{8930,8849,824},{8931,8850,824},{8938,8882,824},{8939,8883,824},
{8940,8884,824},{8941,8885,824},{9001,12296,0},{9002,12297,0},{10972,10973,824},{12364,12363,12441},{12366,12365,12441},{12368,12367,12441},
{12370,12369,12441},{12372,12371,12441},{12374,12373,12441},{12376,12375,12441},{12378,12377,12441},{12380,12379,12441},{12382,12381,12441},{12384,12383,12441},
{12386,12385,12441},{12389,12388,12441},{12391,12390,12441},{12393,12392,12441},{12400,12399,12441},{12401,12399,12442},{12403,12402,12441},{12404,12402,12442},
{12406,12405,12441},{12407,12405,12442},{12409,12408,12441},{12410,12408,12442},{12412,12411,12441},{12413,12411,12442},{12436,12358,12441},{12446,12445,12441},
{12460,12459,12441},{12462,12461,12441},{12464,12463,12441},{12466,12465,12441},{12468,12467,12441},{12470,12469,12441},{12472,12471,12441},{12474,12473,12441},
{12476,12475,12441},{12478,12477,12441},{12480,12479,12441},{12482,12481,12441},{12485,12484,12441},{12487,12486,12441},{12489,12488,12441},{12496,12495,12441},
{12497,12495,12442},{12499,12498,12441},{12500,12498,12442},{12502,12501,12441},{12503,12501,12442},{12505,12504,12441},{12506,12504,12442},{12508,12507,12441},
{12509,12507,12442},{12532,12454,12441},{12535,12527,12441},{12536,12528,12441},{12537,12529,12441},{12538,12530,12441},{12542,12541,12441},{63744,35912,0},
{63745,26356,0},{63746,36554,0},{63747,36040,0},{63748,28369,0},{63749,20018,0},{63750,21477,0},{63751,40860,0},{63752,40860,0},
{63753,22865,0},{63754,37329,0},{63755,21895,0},{63756,22856,0},{63757,25078,0},{63758,30313,0},{63759,32645,0},{63760,34367,0},
{63761,34746,0},{63762,35064,0},{63763,37007,0},{63764,27138,0},{63765,27931,0},{63766,28889,0},{63767,29662,0},{63768,33853,0},
{63769,37226,0},{63770,39409,0},{63771,20098,0},{63772,21365,0},{63773,27396,0},{63774,29211,0},{63775,34349,0},{63776,40478,0},
{63777,23888,0},{63778,28651,0},{63779,34253,0},{63780,35172,0},{63781,25289,0},{63782,33240,0},{63783,34847,0},{63784,24266,0},
{63785,26391,0},{63786,28010,0},{63787,29436,0},{63788,37070,0},{63789,20358,0},{63790,20919,0},{63791,21214,0},{63792,25796,0},
{63793,27347,0},{63794,29200,0},{63795,30439,0},{63796,32769,0},{63797,34310,0},{63798,34396,0},{63799,36335,0},{63800,38706,0},
{63801,39791,0},{63802,40442,0},{63803,30860,0},{63804,31103,0},{63805,32160,0},{63806,33737,0},{63807,37636,0},{63808,40575,0},
{63809,35542,0},{63810,22751,0},{63811,24324,0},{63812,31840,0},{63813,32894,0},{63814,29282,0},{63815,30922,0},{63816,36034,0},
{63817,38647,0},{63818,22744,0},{63819,23650,0},{63820,27155,0},{63821,28122,0},{63822,28431,0},{63823,32047,0},{63824,32311,0},
{63825,38475,0},{63826,21202,0},{63827,32907,0},{63828,20956,0},{63829,20940,0},{63830,31260,0},{63831,32190,0},{63832,33777,0},
{63833,38517,0},{63834,35712,0},{63835,25295,0},{63836,27138,0},{63837,35582,0},{63838,20025,0},{63839,23527,0},{63840,24594,0},
{63841,29575,0},{63842,30064,0},{63843,21271,0},{63844,30971,0},{63845,20415,0},{63846,24489,0},{63847,19981,0},{63848,27852,0},
{63849,25976,0},{63850,32034,0},{63851,21443,0},{63852,22622,0},{63853,30465,0},{63854,33865,0},{63855,35498,0},{63856,27578,0},
{63857,36784,0},{63858,27784,0},{63859,25342,0},{63860,33509,0},{63861,25504,0},{63862,30053,0},{63863,20142,0},{63864,20841,0},
{63865,20937,0},{63866,26753,0},{63867,31975,0},{63868,33391,0},{63869,35538,0},{63870,37327,0},{63871,21237,0},{63872,21570,0},
{63873,22899,0},{63874,24300,0},{63875,26053,0},{63876,28670,0},{63877,31018,0},{63878,38317,0},{63879,39530,0},{63880,40599,0},
{63881,40654,0},{63882,21147,0},{63883,26310,0},{63884,27511,0},{63885,36706,0},{63886,24180,0},{63887,24976,0},{63888,25088,0},
{63889,25754,0},{63890,28451,0},{63891,29001,0},{63892,29833,0},{63893,31178,0},{63894,32244,0},{63895,32879,0},{63896,36646,0},
{63897,34030,0},{63898,36899,0},{63899,37706,0},{63900,21015,0},{63901,21155,0},{63902,21693,0},{63903,28872,0},{63904,35010,0},
{63905,35498,0},{63906,24265,0},{63907,24565,0},{63908,25467,0},{63909,27566,0},{63910,31806,0},{63911,29557,0},{63912,20196,0},
{63913,22265,0},{63914,23527,0},{63915,23994,0},{63916,24604,0},{63917,29618,0},{63918,29801,0},{63919,32666,0},{63920,32838,0},
{63921,37428,0},{63922,38646,0},{63923,38728,0},{63924,38936,0},{63925,20363,0},{63926,31150,0},{63927,37300,0},{63928,38584,0},
{63929,24801,0},{63930,20102,0},{63931,20698,0},{63932,23534,0},{63933,23615,0},{63934,26009,0},{63935,27138,0},{63936,29134,0},
{63937,30274,0},{63938,34044,0},{63939,36988,0},{63940,40845,0},{63941,26248,0},{63942,38446,0},{63943,21129,0},{63944,26491,0},
{63945,26611,0},{63946,27969,0},{63947,28316,0},{63948,29705,0},{63949,30041,0},{63950,30827,0},{63951,32016,0},{63952,39006,0},
{63953,20845,0},{63954,25134,0},{63955,38520,0},{63956,20523,0},{63957,23833,0},{63958,28138,0},{63959,36650,0},{63960,24459,0},
{63961,24900,0},{63962,26647,0},{63963,29575,0},{63964,38534,0},{63965,21033,0},{63966,21519,0},{63967,23653,0},{63968,26131,0},
{63969,26446,0},{63970,26792,0},{63971,27877,0},{63972,29702,0},{63973,30178,0},{63974,32633,0},{63975,35023,0},{63976,35041,0},
{63977,37324,0},{63978,38626,0},{63979,21311,0},{63980,28346,0},{63981,21533,0},{63982,29136,0},{63983,29848,0},{63984,34298,0},
{63985,38563,0},{63986,40023,0},{63987,40607,0},{63988,26519,0},{63989,28107,0},{63990,33256,0},{63991,31435,0},{63992,31520,0},
{63993,31890,0},{63994,29376,0},{63995,28825,0},{63996,35672,0},{63997,20160,0},{63998,33590,0},{63999,21050,0},{64000,20999,0},
{64001,24230,0},{64002,25299,0},{64003,31958,0},{64004,23429,0},{64005,27934,0},{64006,26292,0},{64007,36667,0},{64008,34892,0},
{64009,38477,0},{64010,35211,0},{64011,24275,0},{64012,20800,0},{64013,21952,0},{64016,22618,0},{64018,26228,0},{64021,20958,0},
{64022,29482,0},{64023,30410,0},{64024,31036,0},{64025,31070,0},{64026,31077,0},{64027,31119,0},{64028,38742,0},{64029,31934,0},
{64030,32701,0},{64032,34322,0},{64034,35576,0},{64037,36920,0},{64038,37117,0},{64042,39151,0},{64043,39164,0},{64044,39208,0},
{64045,40372,0},{64046,37086,0},{64047,38583,0},{64048,20398,0},{64049,20711,0},{64050,20813,0},{64051,21193,0},{64052,21220,0},
{64053,21329,0},{64054,21917,0},{64055,22022,0},{64056,22120,0},{64057,22592,0},{64058,22696,0},{64059,23652,0},{64060,23662,0},
{64061,24724,0},{64062,24936,0},{64063,24974,0},{64064,25074,0},{64065,25935,0},{64066,26082,0},{64067,26257,0},{64068,26757,0},
{64069,28023,0},{64070,28186,0},{64071,28450,0},{64072,29038,0},{64073,29227,0},{64074,29730,0},{64075,30865,0},{64076,31038,0},
{64077,31049,0},{64078,31048,0},{64079,31056,0},{64080,31062,0},{64081,31069,0},{64082,31117,0},{64083,31118,0},{64084,31296,0},
{64085,31361,0},{64086,31680,0},{64087,32244,0},{64088,32265,0},{64089,32321,0},{64090,32626,0},{64091,32773,0},{64092,33261,0},
{64093,33401,0},{64094,33401,0},{64095,33879,0},{64096,35088,0},{64097,35222,0},{64098,35585,0},{64099,35641,0},{64100,36051,0},
{64101,36104,0},{64102,36790,0},{64103,36920,0},{64104,38627,0},{64105,38911,0},{64106,38971,0},{64107,24693,0},{64108,148206,0},
{64109,33304,0},{64112,20006,0},{64113,20917,0},{64114,20840,0},{64115,20352,0},{64116,20805,0},{64117,20864,0},{64118,21191,0},
{64119,21242,0},{64120,21917,0},{64121,21845,0},{64122,21913,0},{64123,21986,0},{64124,22618,0},{64125,22707,0},{64126,22852,0},
{64127,22868,0},{64128,23138,0},{64129,23336,0},{64130,24274,0},{64131,24281,0},{64132,24425,0},{64133,24493,0},{64134,24792,0},
{64135,24910,0},{64136,24840,0},{64137,24974,0},{64138,24928,0},{64139,25074,0},{64140,25140,0},{64141,25540,0},{64142,25628,0},
{64143,25682,0},{64144,25942,0},{64145,26228,0},{64146,26391,0},{64147,26395,0},{64148,26454,0},{64149,27513,0},{64150,27578,0},
{64151,27969,0},{64152,28379,0},{64153,28363,0},{64154,28450,0},{64155,28702,0},{64156,29038,0},{64157,30631,0},{64158,29237,0},
{64159,29359,0},{64160,29482,0},{64161,29809,0},{64162,29958,0},{64163,30011,0},{64164,30237,0},{64165,30239,0},{64166,30410,0},
{64167,30427,0},{64168,30452,0},{64169,30538,0},{64170,30528,0},{64171,30924,0},{64172,31409,0},{64173,31680,0},{64174,31867,0},
{64175,32091,0},{64176,32244,0},{64177,32574,0},{64178,32773,0},{64179,33618,0},{64180,33775,0},{64181,34681,0},{64182,35137,0},
{64183,35206,0},{64184,35222,0},{64185,35519,0},{64186,35576,0},{64187,35531,0},{64188,35585,0},{64189,35582,0},{64190,35565,0},
{64191,35641,0},{64192,35722,0},{64193,36104,0},{64194,36664,0},{64195,36978,0},{64196,37273,0},{64197,37494,0},{64198,38524,0},
{64199,38627,0},{64200,38742,0},{64201,38875,0},{64202,38911,0},{64203,38923,0},{64204,38971,0},{64205,39698,0},{64206,40860,0},
{64207,141386,0},{64208,141380,0},{64209,144341,0},{64210,15261,0},{64211,16408,0},{64212,16441,0},{64213,152137,0},{64214,154832,0},
{64215,163539,0},{64216,40771,0},{64217,40846,0},{64285,1497,1460},{64287,1522,1463},{64298,1513,1473},{64299,1513,1474},{64300,64329,1473},
{64301,64329,1474},{64302,1488,1463},{64303,1488,1464},{64304,1488,1468},{64305,1489,1468},{64306,1490,1468},{64307,1491,1468},{64308,1492,1468},
{64309,1493,1468},{64310,1494,1468},{64312,1496,1468},{64313,1497,1468},{64314,1498,1468},{64315,1499,1468},{64316,1500,1468},{64318,1502,1468},
{64320,1504,1468},{64321,1505,1468},{64323,1507,1468},{64324,1508,1468},{64326,1510,1468},{64327,1511,1468},{64328,1512,1468},{64329,1513,1468},
{64330,1514,1468},{64331,1493,1465},{64332,1489,1471},{64333,1499,1471},{64334,1508,1471},{69786,69785,69818},{69788,69787,69818},{69803,69797,69818},
{69934,69937,69927},{69935,69938,69927},{70475,70471,70462},{70476,70471,70487},{70843,70841,70842},{70844,70841,70832},{70846,70841,70845},{71098,71096,71087},
{71099,71097,71087},{119134,119127,119141},{119135,119128,119141},{119136,119135,119150},{119137,119135,119151},{119138,119135,119152},{119139,119135,119153},{119140,119135,119154},
{119227,119225,119141},{119228,119226,119141},{119229,119227,119150},{119230,119228,119150},{119231,119227,119151},{119232,119228,119151},{194560,20029,0},{194561,20024,0},
{194562,20033,0},{194563,131362,0},{194564,20320,0},{194565,20398,0},{194566,20411,0},{194567,20482,0},{194568,20602,0},{194569,20633,0},
{194570,20711,0},{194571,20687,0},{194572,13470,0},{194573,132666,0},{194574,20813,0},{194575,20820,0},{194576,20836,0},{194577,20855,0},
{194578,132380,0},{194579,13497,0},{194580,20839,0},{194581,20877,0},{194582,132427,0},{194583,20887,0},{194584,20900,0},{194585,20172,0},
{194586,20908,0},{194587,20917,0},{194588,168415,0},{194589,20981,0},{194590,20995,0},{194591,13535,0},{194592,21051,0},{194593,21062,0},
{194594,21106,0},{194595,21111,0},{194596,13589,0},{194597,21191,0},{194598,21193,0},{194599,21220,0},{194600,21242,0},{194601,21253,0},
{194602,21254,0},{194603,21271,0},{194604,21321,0},{194605,21329,0},{194606,21338,0},{194607,21363,0},{194608,21373,0},{194609,21375,0},
{194610,21375,0},{194611,21375,0},{194612,133676,0},{194613,28784,0},{194614,21450,0},{194615,21471,0},{194616,133987,0},{194617,21483,0},
{194618,21489,0},{194619,21510,0},{194620,21662,0},{194621,21560,0},{194622,21576,0},{194623,21608,0},{194624,21666,0},{194625,21750,0},
{194626,21776,0},{194627,21843,0},{194628,21859,0},{194629,21892,0},{194630,21892,0},{194631,21913,0},{194632,21931,0},{194633,21939,0},
{194634,21954,0},{194635,22294,0},{194636,22022,0},{194637,22295,0},{194638,22097,0},{194639,22132,0},{194640,20999,0},{194641,22766,0},
{194642,22478,0},{194643,22516,0},{194644,22541,0},{194645,22411,0},{194646,22578,0},{194647,22577,0},{194648,22700,0},{194649,136420,0},
{194650,22770,0},{194651,22775,0},{194652,22790,0},{194653,22810,0},{194654,22818,0},{194655,22882,0},{194656,136872,0},{194657,136938,0},
{194658,23020,0},{194659,23067,0},{194660,23079,0},{194661,23000,0},{194662,23142,0},{194663,14062,0},{194664,14076,0},{194665,23304,0},
{194666,23358,0},{194667,23358,0},{194668,137672,0},{194669,23491,0},{194670,23512,0},{194671,23527,0},{194672,23539,0},{194673,138008,0},
{194674,23551,0},{194675,23558,0},{194676,24403,0},{194677,23586,0},{194678,14209,0},{194679,23648,0},{194680,23662,0},{194681,23744,0},
{194682,23693,0},{194683,138724,0},{194684,23875,0},{194685,138726,0},{194686,23918,0},{194687,23915,0},{194688,23932,0},{194689,24033,0},
{194690,24034,0},{194691,14383,0},{194692,24061,0},{194693,24104,0},{194694,24125,0},{194695,24169,0},{194696,14434,0},{194697,139651,0},
{194698,14460,0},{194699,24240,0},{194700,24243,0},{194701,24246,0},{194702,24266,0},{194703,172946,0},{194704,24318,0},{194705,140081,0},
{194706,140081,0},{194707,33281,0},{194708,24354,0},{194709,24354,0},{194710,14535,0},{194711,144056,0},{194712,156122,0},{194713,24418,0},
{194714,24427,0},{194715,14563,0},{194716,24474,0},{194717,24525,0},{194718,24535,0},{194719,24569,0},{194720,24705,0},{194721,14650,0},
{194722,14620,0},{194723,24724,0},{194724,141012,0},{194725,24775,0},{194726,24904,0},{194727,24908,0},{194728,24910,0},{194729,24908,0},
{194730,24954,0},{194731,24974,0},{194732,25010,0},{194733,24996,0},{194734,25007,0},{194735,25054,0},{194736,25074,0},{194737,25078,0},
{194738,25104,0},{194739,25115,0},{194740,25181,0},{194741,25265,0},{194742,25300,0},{194743,25424,0},{194744,142092,0},{194745,25405,0},
{194746,25340,0},{194747,25448,0},{194748,25475,0},{194749,25572,0},{194750,142321,0},{194751,25634,0},{194752,25541,0},{194753,25513,0},
{194754,14894,0},{194755,25705,0},{194756,25726,0},{194757,25757,0},{194758,25719,0},{194759,14956,0},{194760,25935,0},{194761,25964,0},
{194762,143370,0},{194763,26083,0},{194764,26360,0},{194765,26185,0},{194766,15129,0},{194767,26257,0},{194768,15112,0},{194769,15076,0},
{194770,20882,0},{194771,20885,0},{194772,26368,0},{194773,26268,0},{194774,32941,0},{194775,17369,0},{194776,26391,0},{194777,26395,0},
{194778,26401,0},{194779,26462,0},{194780,26451,0},{194781,144323,0},{194782,15177,0},{194783,26618,0},{194784,26501,0},{194785,26706,0},
{194786,26757,0},{194787,144493,0},{194788,26766,0},{194789,26655,0},{194790,26900,0},{194791,15261,0},{194792,26946,0},{194793,27043,0},
{194794,27114,0},{194795,27304,0},{194796,145059,0},{194797,27355,0},{194798,15384,0},{194799,27425,0},{194800,145575,0},{194801,27476,0},
{194802,15438,0},{194803,27506,0},{194804,27551,0},{194805,27578,0},{194806,27579,0},{194807,146061,0},{194808,138507,0},{194809,146170,0},
{194810,27726,0},{194811,146620,0},{194812,27839,0},{194813,27853,0},{194814,27751,0},{194815,27926,0},{194816,27966,0},{194817,28023,0},
{194818,27969,0},{194819,28009,0},{194820,28024,0},{194821,28037,0},{194822,146718,0},{194823,27956,0},{194824,28207,0},{194825,28270,0},
{194826,15667,0},{194827,28363,0},{194828,28359,0},{194829,147153,0},{194830,28153,0},{194831,28526,0},{194832,147294,0},{194833,147342,0},
{194834,28614,0},{194835,28729,0},{194836,28702,0},{194837,28699,0},{194838,15766,0},{194839,28746,0},{194840,28797,0},{194841,28791,0},
{194842,28845,0},{194843,132389,0},{194844,28997,0},{194845,148067,0},{194846,29084,0},{194847,148395,0},{194848,29224,0},{194849,29237,0},
{194850,29264,0},{194851,149000,0},{194852,29312,0},{194853,29333,0},{194854,149301,0},{194855,149524,0},{194856,29562,0},{194857,29579,0},
{194858,16044,0},{194859,29605,0},{194860,16056,0},{194861,16056,0},{194862,29767,0},{194863,29788,0},{194864,29809,0},{194865,29829,0},
{194866,29898,0},{194867,16155,0},{194868,29988,0},{194869,150582,0},{194870,30014,0},{194871,150674,0},{194872,30064,0},{194873,139679,0},
{194874,30224,0},{194875,151457,0},{194876,151480,0},{194877,151620,0},{194878,16380,0},{194879,16392,0},{194880,30452,0},{194881,151795,0},
{194882,151794,0},{194883,151833,0},{194884,151859,0},{194885,30494,0},{194886,30495,0},{194887,30495,0},{194888,30538,0},{194889,16441,0},
{194890,30603,0},{194891,16454,0},{194892,16534,0},{194893,152605,0},{194894,30798,0},{194895,30860,0},{194896,30924,0},{194897,16611,0},
{194898,153126,0},{194899,31062,0},{194900,153242,0},{194901,153285,0},{194902,31119,0},{194903,31211,0},{194904,16687,0},{194905,31296,0},
{194906,31306,0},{194907,31311,0},{194908,153980,0},{194909,154279,0},{194910,154279,0},{194911,31470,0},{194912,16898,0},{194913,154539,0},
{194914,31686,0},{194915,31689,0},{194916,16935,0},{194917,154752,0},{194918,31954,0},{194919,17056,0},{194920,31976,0},{194921,31971,0},
{194922,32000,0},{194923,155526,0},{194924,32099,0},{194925,17153,0},{194926,32199,0},{194927,32258,0},{194928,32325,0},{194929,17204,0},
{194930,156200,0},{194931,156231,0},{194932,17241,0},{194933,156377,0},{194934,32634,0},{194935,156478,0},{194936,32661,0},{194937,32762,0},
{194938,32773,0},{194939,156890,0},{194940,156963,0},{194941,32864,0},{194942,157096,0},{194943,32880,0},{194944,144223,0},{194945,17365,0},
{194946,32946,0},{194947,33027,0},{194948,17419,0},{194949,33086,0},{194950,23221,0},{194951,157607,0},{194952,157621,0},{194953,144275,0},
{194954,144284,0},{194955,33281,0},{194956,33284,0},{194957,36766,0},{194958,17515,0},{194959,33425,0},{194960,33419,0},{194961,33437,0},
{194962,21171,0},{194963,33457,0},{194964,33459,0},{194965,33469,0},{194966,33510,0},{194967,158524,0},{194968,33509,0},{194969,33565,0},
{194970,33635,0},{194971,33709,0},{194972,33571,0},{194973,33725,0},{194974,33767,0},{194975,33879,0},{194976,33619,0},{194977,33738,0},
{194978,33740,0},{194979,33756,0},{194980,158774,0},{194981,159083,0},{194982,158933,0},{194983,17707,0},{194984,34033,0},{194985,34035,0},
{194986,34070,0},{194987,160714,0},{194988,34148,0},{194989,159532,0},{194990,17757,0},{194991,17761,0},{194992,159665,0},{194993,159954,0},
{194994,17771,0},{194995,34384,0},{194996,34396,0},{194997,34407,0},{194998,34409,0},{194999,34473,0},{195000,34440,0},{195001,34574,0},
{195002,34530,0},{195003,34681,0},{195004,34600,0},{195005,34667,0},{195006,34694,0},{195007,17879,0},{195008,34785,0},{195009,34817,0},
{195010,17913,0},{195011,34912,0},{195012,34915,0},{195013,161383,0},{195014,35031,0},{195015,35038,0},{195016,17973,0},{195017,35066,0},
{195018,13499,0},{195019,161966,0},{195020,162150,0},{195021,18110,0},{195022,18119,0},{195023,35488,0},{195024,35565,0},{195025,35722,0},
{195026,35925,0},{195027,162984,0},{195028,36011,0},{195029,36033,0},{195030,36123,0},{195031,36215,0},{195032,163631,0},{195033,133124,0},
{195034,36299,0},{195035,36284,0},{195036,36336,0},{195037,133342,0},{195038,36564,0},{195039,36664,0},{195040,165330,0},{195041,165357,0},
{195042,37012,0},{195043,37105,0},{195044,37137,0},{195045,165678,0},{195046,37147,0},{195047,37432,0},{195048,37591,0},{195049,37592,0},
{195050,37500,0},{195051,37881,0},{195052,37909,0},{195053,166906,0},{195054,38283,0},{195055,18837,0},{195056,38327,0},{195057,167287,0},
{195058,18918,0},{195059,38595,0},{195060,23986,0},{195061,38691,0},{195062,168261,0},{195063,168474,0},{195064,19054,0},{195065,19062,0},
{195066,38880,0},{195067,168970,0},{195068,19122,0},{195069,169110,0},{195070,38923,0},{195071,38923,0},{195072,38953,0},{195073,169398,0},
{195074,39138,0},{195075,19251,0},{195076,39209,0},{195077,39335,0},{195078,39362,0},{195079,39422,0},{195080,19406,0},{195081,170800,0},
{195082,39698,0},{195083,40000,0},{195084,40189,0},{195085,19662,0},{195086,19693,0},{195087,40295,0},{195088,172238,0},{195089,19704,0},
{195090,172293,0},{195091,172558,0},{195092,172689,0},{195093,40635,0},{195094,19798,0},{195095,40697,0},{195096,40702,0},{195097,40709,0},
{195098,40719,0},{195099,40726,0},{195100,40763,0},{195101,173568,0}};
static const unsigned int sd__uni_compositions[][3] = {
{60,824,8814},{61,824,8800},{62,824,8815},{65,768,192},{65,769,193},{65,770,194},{65,771,195},{65,772,256},
{65,774,258},{65,775,550},{65,776,196},{65,777,7842},{65,778,197},{65,780,461},{65,783,512},{65,785,514},
{65,803,7840},{65,805,7680},{65,808,260},{66,775,7682},{66,803,7684},{66,817,7686},{67,769,262},{67,770,264},
{67,775,266},{67,780,268},{67,807,199},{68,775,7690},{68,780,270},{68,803,7692},{68,807,7696},{68,813,7698},
{68,817,7694},{69,768,200},{69,769,201},{69,770,202},{69,771,7868},{69,772,274},{69,774,276},{69,775,278},
{69,776,203},{69,777,7866},{69,780,282},{69,783,516},{69,785,518},{69,803,7864},{69,807,552},{69,808,280},
{69,813,7704},{69,816,7706},{70,775,7710},{71,769,500},{71,770,284},{71,772,7712},{71,774,286},{71,775,288},
{71,780,486},{71,807,290},{72,770,292},{72,775,7714},{72,776,7718},{72,780,542},{72,803,7716},{72,807,7720},
{72,814,7722},{73,768,204},{73,769,205},{73,770,206},{73,771,296},{73,772,298},{73,774,300},{73,775,304},
{73,776,207},{73,777,7880},{73,780,463},{73,783,520},{73,785,522},{73,803,7882},{73,808,302},{73,816,7724},
{74,770,308},{75,769,7728},{75,780,488},{75,803,7730},{75,807,310},{75,817,7732},{76,769,313},{76,780,317},
{76,803,7734},{76,807,315},{76,813,7740},{76,817,7738},{77,769,7742},{77,775,7744},{77,803,7746},{78,768,504},
{78,769,323},{78,771,209},{78,775,7748},{78,780,327},{78,803,7750},{78,807,325},{78,813,7754},{78,817,7752},
{79,768,210},{79,769,211},{79,770,212},{79,771,213},{79,772,332},{79,774,334},{79,775,558},{79,776,214},
{79,777,7886},{79,779,336},{79,780,465},{79,783,524},{79,785,526},{79,795,416},{79,803,7884},{79,808,490},
{80,769,7764},{80,775,7766},{82,769,340},{82,775,7768},{82,780,344},{82,783,528},{82,785,530},{82,803,7770},
{82,807,342},{82,817,7774},{83,769,346},{83,770,348},{83,775,7776},{83,780,352},{83,803,7778},{83,806,536},
{83,807,350},{84,775,7786},{84,780,356},{84,803,7788},{84,806,538},{84,807,354},{84,813,7792},{84,817,7790},
{85,768,217},{85,769,218},{85,770,219},{85,771,360},{85,772,362},{85,774,364},{85,776,220},{85,777,7910},
{85,778,366},{85,779,368},{85,780,467},{85,783,532},{85,785,534},{85,795,431},{85,803,7908},{85,804,7794},
{85,808,370},{85,813,7798},{85,816,7796},{86,771,7804},{86,803,7806},{87,768,7808},{87,769,7810},{87,770,372},
{87,775,7814},{87,776,7812},{87,803,7816},{88,775,7818},{88,776,7820},{89,768,7922},{89,769,221},{89,770,374},
{89,771,7928},{89,772,562},{89,775,7822},{89,776,376},{89,777,7926},{89,803,7924},{90,769,377},{90,770,7824},
{90,775,379},{90,780,381},{90,803,7826},{90,817,7828},{97,768,224},{97,769,225},{97,770,226},{97,771,227},
{97,772,257},{97,774,259},{97,775,551},{97,776,228},{97,777,7843},{97,778,229},{97,780,462},{97,783,513},
{97,785,515},{97,803,7841},{97,805,7681},{97,808,261},{98,775,7683},{98,803,7685},{98,817,7687},{99,769,263},
{99,770,265},{99,775,267},{99,780,269},{99,807,231},{100,775,7691},{100,780,271},{100,803,7693},{100,807,7697},
{100,813,7699},{100,817,7695},{101,768,232},{101,769,233},{101,770,234},{101,771,7869},{101,772,275},{101,774,277},
{101,775,279},{101,776,235},{101,777,7867},{101,780,283},{101,783,517},{101,785,519},{101,803,7865},{101,807,553},
{101,808,281},{101,813,7705},{101,816,7707},{102,775,7711},{103,769,501},{103,770,285},{103,772,7713},{103,774,287},
{103,775,289},{103,780,487},{103,807,291},{104,770,293},{104,775,7715},{104,776,7719},{104,780,543},{104,803,7717},
{104,807,7721},{104,814,7723},{104,817,7830},{105,768,236},{105,769,237},{105,770,238},{105,771,297},{105,772,299},
{105,774,301},{105,776,239},{105,777,7881},{105,780,464},{105,783,521},{105,785,523},{105,803,7883},{105,808,303},
{105,816,7725},{106,770,309},{106,780,496},{107,769,7729},{107,780,489},{107,803,7731},{107,807,311},{107,817,7733},
{108,769,314},{108,780,318},{108,803,7735},{108,807,316},{108,813,7741},{108,817,7739},{109,769,7743},{109,775,7745},
{109,803,7747},{110,768,505},{110,769,324},{110,771,241},{110,775,7749},{110,780,328},{110,803,7751},{110,807,326},
{110,813,7755},{110,817,7753},{111,768,242},{111,769,243},{111,770,244},{111,771,245},{111,772,333},{111,774,335},
{111,775,559},{111,776,246},{111,777,7887},{111,779,337},{111,780,466},{111,783,525},{111,785,527},{111,795,417},
{111,803,7885},{111,808,491},{112,769,7765},{112,775,7767},{114,769,341},{114,775,7769},{114,780,345},{114,783,529},
{114,785,531},{114,803,7771},{114,807,343},{114,817,7775},{115,769,347},{115,770,349},{115,775,7777},{115,780,353},
{115,803,7779},{115,806,537},{115,807,351},{116,775,7787},{116,776,7831},{116,780,357},{116,803,7789},{116,806,539},
{116,807,355},{116,813,7793},{116,817,7791},{117,768,249},{117,769,250},{117,770,251},{117,771,361},{117,772,363},
{117,774,365},{117,776,252},{117,777,7911},{117,778,367},{117,779,369},{117,780,468},{117,783,533},{117,785,535},
{117,795,432},{117,803,7909},{117,804,7795},{117,808,371},{117,813,7799},{117,816,7797},{118,771,7805},{118,803,7807},
{119,768,7809},{119,769,7811},{119,770,373},{119,775,7815},{119,776,7813},{119,778,7832},{119,803,7817},{120,775,7819},
{120,776,7821},{121,768,7923},{121,769,253},{121,770,375},{121,771,7929},{121,772,563},{121,775,7823},{121,776,255},
{121,777,7927},{121,778,7833},{121,803,7925},{122,769,378},{122,770,7825},{122,775,380},{122,780,382},{122,803,7827},
{122,817,7829},{168,768,8173},{168,769,901},{168,834,8129},{194,768,7846},{194,769,7844},{194,771,7850},{194,777,7848},
{196,772,478},{197,769,506},{198,769,508},{198,772,482},{199,769,7688},{202,768,7872},{202,769,7870},{202,771,7876},
{202,777,7874},{207,769,7726},{212,768,7890},{212,769,7888},{212,771,7894},{212,777,7892},{213,769,7756},{213,772,556},
{213,776,7758},{214,772,554},{216,769,510},{220,768,475},{220,769,471},{220,772,469},{220,780,473},{226,768,7847},
{226,769,7845},{226,771,7851},{226,777,7849},{228,772,479},{229,769,507},{230,769,509},{230,772,483},{231,769,7689},
{234,768,7873},{234,769,7871},{234,771,7877},{234,777,7875},{239,769,7727},{244,768,7891},{244,769,7889},{244,771,7895},
{244,777,7893},{245,769,7757},{245,772,557},{245,776,7759},{246,772,555},{248,769,511},{252,768,476},{252,769,472},
{252,772,470},{252,780,474},{258,768,7856},{258,769,7854},{258,771,7860},{258,777,7858},{259,768,7857},{259,769,7855},
{259,771,7861},{259,777,7859},{274,768,7700},{274,769,7702},{275,768,7701},{275,769,7703},{332,768,7760},{332,769,7762},
{333,768,7761},{333,769,7763},{346,775,7780},{347,775,7781},{352,775,7782},{353,775,7783},{360,769,7800},{361,769,7801},
{362,776,7802},{363,776,7803},{383,775,7835},{416,768,7900},{416,769,7898},{416,771,7904},{416,777,7902},{416,803,7906},
{417,768,7901},{417,769,7899},{417,771,7905},{417,777,7903},{417,803,7907},{431,768,7914},{431,769,7912},{431,771,7918},
{431,777,7916},{431,803,7920},{432,768,7915},{432,769,7913},{432,771,7919},{432,777,7917},{432,803,7921},{439,780,494},
{490,772,492},{491,772,493},{550,772,480},{551,772,481},{552,774,7708},{553,774,7709},{558,772,560},{559,772,561},
{658,780,495},{913,768,8122},{913,769,902},{913,772,8121},{913,774,8120},{913,787,7944},{913,788,7945},{913,837,8124},
{917,768,8136},{917,769,904},{917,787,7960},{917,788,7961},{919,768,8138},{919,769,905},{919,787,7976},{919,788,7977},
{919,837,8140},{921,768,8154},{921,769,906},{921,772,8153},{921,774,8152},{921,776,938},{921,787,7992},{921,788,7993},
{927,768,8184},{927,769,908},{927,787,8008},{927,788,8009},{929,788,8172},{933,768,8170},{933,769,910},{933,772,8169},
{933,774,8168},{933,776,939},{933,788,8025},{937,768,8186},{937,769,911},{937,787,8040},{937,788,8041},{937,837,8188},
{940,837,8116},{942,837,8132},{945,768,8048},{945,769,940},{945,772,8113},{945,774,8112},{945,787,7936},{945,788,7937},
{945,834,8118},{945,837,8115},{949,768,8050},{949,769,941},{949,787,7952},{949,788,7953},{951,768,8052},{951,769,942},
{951,787,7968},{951,788,7969},{951,834,8134},{951,837,8131},{953,768,8054},{953,769,943},{953,772,8145},{953,774,8144},
{953,776,970},{953,787,7984},{953,788,7985},{953,834,8150},{959,768,8056},{959,769,972},{959,787,8000},{959,788,8001},
{961,787,8164},{961,788,8165},{965,768,8058},{965,769,973},{965,772,8161},{965,774,8160},{965,776,971},{965,787,8016},
{965,788,8017},{965,834,8166},{969,768,8060},{969,769,974},{969,787,8032},{969,788,8033},{969,834,8182},{969,837,8179},
{970,768,8146},{970,769,912},{970,834,8151},{971,768,8162},{971,769,944},{971,834,8167},{974,837,8180},{978,769,979},
{978,776,980},{1030,776,1031},{1040,774,1232},{1040,776,1234},{1043,769,1027},{1045,768,1024},{1045,774,1238},{1045,776,1025},
{1046,774,1217},{1046,776,1244},{1047,776,1246},{1048,768,1037},{1048,772,1250},{1048,774,1049},{1048,776,1252},{1050,769,1036},
{1054,776,1254},{1059,772,1262},{1059,774,1038},{1059,776,1264},{1059,779,1266},{1063,776,1268},{1067,776,1272},{1069,776,1260},
{1072,774,1233},{1072,776,1235},{1075,769,1107},{1077,768,1104},{1077,774,1239},{1077,776,1105},{1078,774,1218},{1078,776,1245},
{1079,776,1247},{1080,768,1117},{1080,772,1251},{1080,774,1081},{1080,776,1253},{1082,769,1116},{1086,776,1255},{1091,772,1263},
{1091,774,1118},{1091,776,1265},{1091,779,1267},{1095,776,1269},{1099,776,1273},{1101,776,1261},{1110,776,1111},{1140,783,1142},
{1141,783,1143},{1240,776,1242},{1241,776,1243},{1256,776,1258},{1257,776,1259},{1575,1619,1570},{1575,1620,1571},{1575,1621,1573},
{1608,1620,1572},{1610,1620,1574},{1729,1620,1730},{1746,1620,1747},{1749,1620,1728},{2344,2364,2345},{2352,2364,2353},{2355,2364,2356},
{2503,2494,2507},{2503,2519,2508},{2887,2878,2891},{2887,2902,2888},{2887,2903,2892},{2962,3031,2964},{3014,3006,3018},{3014,3031,3020},
{3015,3006,3019},{3142,3158,3144},{3263,3285,3264},{3270,3266,3274},{3270,3285,3271},{3270,3286,3272},{3274,3285,3275},{3398,3390,3402},
{3398,3415,3404},{3399,3390,3403},{3545,3530,3546},{3545,3535,3548},{3545,3551,3550},{3548,3530,3549},{4133,4142,4134},{6917,6965,6918},
{6919,6965,6920},{6921,6965,6922},{6923,6965,6924},{6925,6965,6926},{6929,6965,6930},{6970,6965,6971},{6972,6965,6973},{6974,6965,6976},
{6975,6965,6977},{6978,6965,6979},{7734,772,7736},{7735,772,7737},{7770,772,7772},{7771,772,7773},{7778,775,7784},{7779,775,7785},
{7840,770,7852},{7840,774,7862},{7841,770,7853},{7841,774,7863},{7864,770,7878},{7865,770,7879},{7884,770,7896},{7885,770,7897},
{7936,768,7938},{7936,769,7940},{7936,834,7942},{7936,837,8064},{7937,768,7939},{7937,769,7941},{7937,834,7943},{7937,837,8065},
{7938,837,8066},{7939,837,8067},{7940,837,8068},{7941,837,8069},{7942,837,8070},{7943,837,8071},{7944,768,7946},{7944,769,7948},
{7944,834,7950},{7944,837,8072},{7945,768,7947},{7945,769,7949},{7945,834,7951},{7945,837,8073},{7946,837,8074},{7947,837,8075},
{7948,837,8076},{7949,837,8077},{7950,837,8078},{7951,837,8079},{7952,768,7954},{7952,769,7956},{7953,768,7955},{7953,769,7957},
{7960,768,7962},{7960,769,7964},{7961,768,7963},{7961,769,7965},{7968,768,7970},{7968,769,7972},{7968,834,7974},{7968,837,8080},
{7969,768,7971},{7969,769,7973},{7969,834,7975},{7969,837,8081},{7970,837,8082},{7971,837,8083},{7972,837,8084},{7973,837,8085},
{7974,837,8086},{7975,837,8087},{7976,768,7978},{7976,769,7980},{7976,834,7982},{7976,837,8088},{7977,768,7979},{7977,769,7981},
{7977,834,7983},{7977,837,8089},{7978,837,8090},{7979,837,8091},{7980,837,8092},{7981,837,8093},{7982,837,8094},{7983,837,8095},
{7984,768,7986},{7984,769,7988},{7984,834,7990},{7985,768,7987},{7985,769,7989},{7985,834,7991},{7992,768,7994},{7992,769,7996},
{7992,834,7998},{7993,768,7995},{7993,769,7997},{7993,834,7999},{8000,768,8002},{8000,769,8004},{8001,768,8003},{8001,769,8005},
{8008,768,8010},{8008,769,8012},{8009,768,8011},{8009,769,8013},{8016,768,8018},{8016,769,8020},{8016,834,8022},{8017,768,8019},
{8017,769,8021},{8017,834,8023},{8025,768,8027},{8025,769,8029},{8025,834,8031},{8032,768,8034},{8032,769,8036},{8032,834,8038},
{8032,837,8096},{8033,768,8035},{8033,769,8037},{8033,834,8039},{8033,837,8097},{8034,837,8098},{8035,837,8099},{8036,837,8100},
{8037,837,8101},{8038,837,8102},{8039,837,8103},{8040,768,8042},{8040,769,8044},{8040,834,8046},{8040,837,8104},{8041,768,8043},
{8041,769,8045},{8041,834,8047},{8041,837,8105},{8042,837,8106},{8043,837,8107},{8044,837,8108},{8045,837,8109},{8046,837,8110},
{8047,837,8111},{8048,837,8114},{8052,837,8130},{8060,837,8178},{8118,837,8119},{8127,768,8141},{8127,769,8142},{8127,834,8143},
{8134,837,8135},{8182,837,8183},{8190,768,8157},{8190,769,8158},{8190,834,8159},{8592,824,8602},{8594,824,8603},{8596,824,8622},
{8656,824,8653},{8658,824,8655},{8660,824,8654},{8707,824,8708},{8712,824,8713},{8715,824,8716},{8739,824,8740},{8741,824,8742},
{8764,824,8769},{8771,824,8772},{8773,824,8775},{8776,824,8777},{8781,824,8813},{8801,824,8802},{8804,824,8816},{8805,824,8817},
{8818,824,8820},{8819,824,8821},{8822,824,8824},{8823,824,8825},{8826,824,8832},{8827,824,8833},{8828,824,8928},{8829,824,8929},
{8834,824,8836},{8835,824,8837},{8838,824,8840},{8839,824,8841},{8849,824,8930},{8850,824,8931},{8866,824,8876},{8872,824,8877},
{8873,824,8878},{8875,824,8879},{8882,824,8938},{8883,824,8939},{8884,824,8940},{8885,824,8941},{12358,12441,12436},{12363,12441,12364},
{12365,12441,12366},{12367,12441,12368},{12369,12441,12370},{12371,12441,12372},{12373,12441,12374},{12375,12441,12376},{12377,12441,12378},{12379,12441,12380},
{12381,12441,12382},{12383,12441,12384},{12385,12441,12386},{12388,12441,12389},{12390,12441,12391},{12392,12441,12393},{12399,12441,12400},{12399,12442,12401},
{12402,12441,12403},{12402,12442,12404},{12405,12441,12406},{12405,12442,12407},{12408,12441,12409},{12408,12442,12410},{12411,12441,12412},{12411,12442,12413},
{12445,12441,12446},{12454,12441,12532},{12459,12441,12460},{12461,12441,12462},{12463,12441,12464},{12465,12441,12466},{12467,12441,12468},{12469,12441,12470},
{12471,12441,12472},{12473,12441,12474},{12475,12441,12476},{12477,12441,12478},{12479,12441,12480},{12481,12441,12482},{12484,12441,12485},{12486,12441,12487},
{12488,12441,12489},{12495,12441,12496},{12495,12442,12497},{12498,12441,12499},{12498,12442,12500},{12501,12441,12502},{12501,12442,12503},{12504,12441,12505},
{12504,12442,12506},{12507,12441,12508},{12507,12442,12509},{12527,12441,12535},{12528,12441,12536},{12529,12441,12537},{12530,12441,12538},{12541,12441,12542},
{69785,69818,69786},{69787,69818,69788},{69797,69818,69803},{69937,69927,69934},{69938,69927,69935},{70471,70462,70475},{70471,70487,70476},{70841,70832,70844},
{70841,70842,70843},{70841,70845,70846},{71096,71087,71098},{71097,71087,71099}};
static const unsigned int sd__uni_second_ranges[][2] = {
{768,772},{774,780},{783,783},{785,785},{787,788},{795,795},{803,808},{813,814},{816,817},{824,824},{834,834},{837,837},
{1619,1621},{2364,2364},{2494,2494},{2519,2519},{2878,2878},{2902,2903},{3006,3006},{3031,3031},{3158,3158},{3266,3266},{3285,3286},{3390,3390},
{3415,3415},{3530,3530},{3535,3535},{3551,3551},{4142,4142},{6965,6965},{12441,12442},{69818,69818},{69927,69927},{70462,70462},{70487,70487},{70832,70832},
{70842,70842},{70845,70845},{71087,71087}};

static const sd__clip_data *sd__clip_data_get(void) {
    static const sd__clip_data data = {
        sd__clip_merges, SD__COUNT(sd__clip_merges), 48894,
        {&sd__uni_letter_ranges[0][0], SD__COUNT(sd__uni_letter_ranges), 2},
        {&sd__uni_number_ranges[0][0], SD__COUNT(sd__uni_number_ranges), 2},
        {&sd__uni_space_ranges[0][0], SD__COUNT(sd__uni_space_ranges), 2},
        {&sd__uni_lowercase_rows[0][0], SD__COUNT(sd__uni_lowercase_rows), 4},
        {&sd__uni_lowercase_long[0][0], SD__COUNT(sd__uni_lowercase_long), 3},
        {&sd__uni_ccc_ranges[0][0], SD__COUNT(sd__uni_ccc_ranges), 3},
        {&sd__uni_decompositions[0][0], SD__COUNT(sd__uni_decompositions), 3},
        {&sd__uni_compositions[0][0], SD__COUNT(sd__uni_compositions), 3},
        {&sd__uni_second_ranges[0][0], SD__COUNT(sd__uni_second_ranges), 2}};
    return &data;
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
