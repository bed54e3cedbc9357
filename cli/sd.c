/* sd: the command-line interface of sd_single.h, a plain user of the public API.
   Exit status: 0 success, 1 runtime failure (model, image or output file), 2 usage error
   (bad flag or value, or input the library rejects as an invalid argument). */
#define SD_IMPLEMENTATION
#include "sd_single.h" /* first: it selects the POSIX/GNU feature macros */

#include <errno.h>
#include <fcntl.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* Third-party headers (Debian's libstb-dev); their own warnings are not ours to fix. */
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wall"
#pragma GCC diagnostic ignored "-Wextra"
#pragma GCC diagnostic ignored "-Wpedantic"
#pragma GCC diagnostic ignored "-Wsign-compare"
#pragma GCC diagnostic ignored "-Wunused-parameter"
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif
/* The init image is untrusted input: only PNG is compiled in, and stb refuses any side above
   SD_MAX_DIM before it allocates the pixels. (Debian 12's stb_image 2.27 writes out of bounds on
   JPEG Huffman tables whose counts add up to more than 256 - tests/fuzz found it - so JPEG stays
   out until a fixed stb is the one installed.) */
#define STBI_ONLY_PNG
#define STBI_MAX_DIMENSIONS SD_MAX_DIM
#define STB_IMAGE_IMPLEMENTATION
/* On an empty first IDAT chunk stb's PNG reader adds 0 to a NULL buffer and memcpy's 0 bytes to
   it: harmless, but undefined, and UBSan would stop the fuzz target there
   (tests/fuzz/corpus/image/regress-png-empty-first-idat.png) */
#if defined(__clang__)
#pragma clang attribute push(__attribute__((no_sanitize("pointer-overflow", "nonnull-attribute"))), apply_to = function)
#endif
#include <stb_image.h>
#if defined(__clang__)
#pragma clang attribute pop
#endif
/* stb_image_write asserts when an allocation fails: its allocations go through encoder_alloc and
   friends below, which give up on the whole encoding instead (encode_image). */
static void *encoder_alloc(size_t size);
static void *encoder_realloc(void *p, size_t size);
static void encoder_free(void *p);
#define STBIW_MALLOC(size) encoder_alloc(size)
#define STBIW_REALLOC(p, size) encoder_realloc(p, size)
#define STBIW_FREE(p) encoder_free(p)
#define STB_IMAGE_WRITE_IMPLEMENTATION
/* stb_image_write's JPEG writer shifts its signed bit buffer past the top (bitBuf <<= 8 with 24
   bits in it): undefined, but harmless (only the low 24 bits are read), and UBSan would stop the
   sanitizer runs there. */
#if defined(__clang__)
#pragma clang attribute push(__attribute__((no_sanitize("shift-base"))), apply_to = function)
#endif
#include <stb_image_write.h>
#if defined(__clang__)
#pragma clang attribute pop
#endif
/* WebP output when the Makefile found Debian's libwebp-dev */
#ifdef SD_CLI_WEBP
#include <webp/encode.h>
#endif
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

enum { EXIT_RUNTIME = 1, EXIT_USAGE = 2 };
enum { PATH_BUFFER = 4096 + 32 }; /* PATH_MAX plus a batch suffix */

/* The output file's format, chosen by -o's extension (choose_output_format). */
typedef enum image_format { FORMAT_PNG, FORMAT_JPEG, FORMAT_WEBP } image_format;
static const char *const format_names[] = {"PNG", "JPEG", "WebP"};
static const struct {
    const char *extension;
    image_format format;
} format_extensions[] = {{".png", FORMAT_PNG}, {".jpg", FORMAT_JPEG}, {".jpeg", FORMAT_JPEG}, {".webp", FORMAT_WEBP}};
#define FORMAT_EXTENSION_LIST ".png, .jpg, .jpeg or .webp"
enum { DEFAULT_QUALITY = 90 }; /* --quality's default, stb_image_write's for JPEG */

typedef struct cli_options {
    sd_desc desc;
    sd_params params;
    const char *output;
    const char *init_image;
    const char *mask_image;
    const char *preview;     /* --preview: where each preview is written (PNG) */
    const char *embeddings[SD_MAX_EMBEDDINGS];
    int embedding_count;
    sd_lora loras[SD_MAX_LORAS];
    char lora_paths[SD_MAX_LORAS][PATH_BUFFER];
    int lora_count;
    image_format format;
    int quality; /* 1..100 for JPEG and WebP (100: lossless WebP); 0 when not given */
    int seed_given;
    int strength_given;
    int print_tokens;
    int verbose;
} cli_options;

/* Shared by the progress bar and the logger, so a log line never lands inside the bar. */
typedef struct cli_terminal {
    int bar_open;
    int verbose; /* every log line; else only warnings (errors are reported by the command) */
} cli_terminal;

#ifdef SD_CLI_WEBP
#define WEBP_IN_THIS_BUILD ""
#else
#define WEBP_IN_THIS_BUILD "\n                                      (WebP is not in this build: it needs libwebp-dev)"
#endif

static void print_usage(FILE *out) {
    fprintf(out,
            "usage: sd -m MODEL -p PROMPT [options]         generate images\n"
            "       sd -p PROMPT --print-tokens [-m MODEL]   print the token ids, no model needed\n"
            "\n"
            "  -m, --model PATH                    .safetensors checkpoint or diffusers folder\n"
            "  -p, --prompt TEXT                   the prompt (UTF-8), any length; A1111's weights: (word),\n"
            "                                      [word], (word:1.3), \\( for a literal (, BREAK for a new chunk\n"
            "  -n, --negative TEXT                 the negative prompt (UTF-8), the same way\n"
            "      --no-prompt-weighting           take ( ) [ ] \\ and BREAK in the prompts as plain text\n"
            "      --embedding FILE                a textual-inversion embedding (.safetensors), used where its\n"
            "                                      word appears in a prompt: A1111's file name, or diffusers'\n"
            "                                      token (the tensor's name); repeat for more\n"
            "      --lora FILE[:WEIGHT]            a LoRA (.safetensors, kohya's or diffusers'/PEFT's names) at\n"
            "                                      WEIGHT (default 1); repeat for more\n"
            "      --lora-dir DIR                  where a prompt's <lora:NAME:WEIGHT> finds NAME.safetensors\n"
            "      --vae PATH                      a VAE in place of the model's: a .safetensors in the original\n"
            "                                      layout (vae-ft-mse-840000) or a diffusers folder\n"
            "      --taesd PATH                    TAESD (AutoencoderTiny .safetensors or folder, taesd_decoder\n"
            "                                      .safetensors): previews decode through it\n"
            "      --vae-tiny                      decode the final images with TAESD too (fast, rougher)\n"
            "      --preview PATH                  write a PNG preview of the first image while it is made\n"
            "      --preview-every N               every N steps (default 1), and after the last\n"
            "  -W, --width N                       image width, a multiple of 8 up to %d (default: the model's)\n"
            "  -H, --height N                      image height, a multiple of 8 up to %d (default: the model's)\n"
            "      --steps N                       denoising steps, 1..%d (default 50)\n"
            "      --cfg F                         guidance scale (default 7.5; <= 1 turns guidance off)\n"
            "      --seed N                        0..2^64-1 (default: from the clock, printed as 'seed: N')\n"
            "      --sampler NAME                  ddim, pndm (default), lms, lms_karras, euler, euler_karras,\n"
            "                                      euler_a, heun, heun_karras, dpmpp_2m, dpmpp_2m_karras,\n"
            "                                      dpmpp_2m_sde, dpmpp_2m_sde_karras, unipc or lcm\n"
            "      --batch N                       images per run, 1..%d\n"
            "      --per-image-seeds               image i of a batch from seed + i, as A1111 (alone, the same\n"
            "                                      image); default: one generator for the batch, as diffusers\n"
            "      --clip-skip N                   1: last text encoder layer (default), 2: penultimate\n"
            "      --rng cpu|cuda                  noise generator: torch CPU (default) or CUDA Philox\n"
            "      --init-img PATH                 PNG to start from (img2img); its size rounded down to multiples\n"
            "                                      of 8 unless -W/-H\n"
            "      --mask PATH                     inpainting: PNG, white repaints, black keeps (--strength\n"
            "                                      defaults to 1 then)\n"
            "      --resize resize|crop|fill|none  how an init image or mask of another size is fitted (Lanczos):\n"
            "                                      scaled (default), scaled to cover and cropped, scaled to fit\n"
            "                                      with the edges extended, or refused\n"
            "      --strength F                    img2img: how much to change the image, in (0, 1] (default 0.8)\n",
            SD_MAX_DIM, SD_MAX_DIM, SD_MAX_STEPS, SD_MAX_BATCH);
    fprintf(out, /* two parts: C99 promises string literals of 4095 bytes */
            "      --backend auto|cpu|cuda         compute backend (default auto)\n"
            "      --precision fp32|tf32|fp16|bf16 default fp16 on CUDA, fp32 on CPU (CPU: fp32, fp16, bf16)\n"
            "      --attention-slice N|auto|off    attention heads at a time (default off)\n"
            "      --vae-slicing                   decode a batch one image at a time\n"
            "      --vae-tiling                    encode and decode large images in overlapping tiles\n"
            "      --offload none|model|sequential keep weights off the device until used\n"
            "      --vram-budget SIZE              device memory limit: bytes, or NNN with KiB, MiB, GiB, TiB\n"
            "      --kernels PATH                  kernels.ptx for the CUDA backend\n"
            "      --no-autotune                   do not time kernel variants\n"
            "      --no-graphs                     CUDA: launch every op each step instead of replaying the\n"
            "                                      step recorded as a CUDA graph (the same image)\n"
            "      --threads N                     CPU threads, 1..%d (default: all cores)\n"
            "  -o, --output PATH                   the image to write (default out.png), in the format its\n"
            "                                      extension names: .png, .jpg or .jpeg, .webp%s;\n"
            "                                      - for PNG on standard output; with --batch N > 1 also PATH\n"
            "                                      with -1, -2, ... before the extension: out.png, out-1.png, ...\n"
            "      --quality N                     JPEG and WebP quality, 1..100 (default %d); WebP at 100 is\n"
            "                                      lossless\n"
            "      --from-png FILE                 the prompt, negative prompt, steps, sampler, CFG scale, seed,\n"
            "                                      size, clip skip, RNG, LoRAs and embeddings of an image's\n"
            "                                      'parameters' text (A1111's format, which sd writes into every\n"
            "                                      image: PNG's text, JPEG's and WebP's EXIF); options after it win\n"
            "      --print-tokens                  print the 77 ids the text encoder sees for -p, then exit\n"
            "  -v, --verbose                       log everything to stderr (warnings show without -v); report\n"
            "                                      peak memory and backend at the end\n"
            "      --version                       print the version\n"
            "  -h, --help                          print this help\n"
            "\n"
            "Options take their value as the next argument or as --option=VALUE.\n"
            "Exit status: 0 success, 1 runtime failure, 2 usage error (bad option or input).\n",
            SD_MAX_THREADS, WEBP_IN_THIS_BUILD, DEFAULT_QUALITY);
}

#if defined(__GNUC__)
#define CLI_PRINTF(fmt_index) __attribute__((format(printf, fmt_index, fmt_index + 1)))
#else
#define CLI_PRINTF(fmt_index)
#endif

/* Reports a usage error; returns 0 so that parsers can `return usage_error(...)`. */
static int usage_error(const char *fmt, ...) CLI_PRINTF(1);
static int usage_error(const char *fmt, ...) {
    va_list ap;
    fputs("sd: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputs("\nTry 'sd -h' for the list of options.\n", stderr);
    return 0;
}

static void runtime_error(const char *fmt, ...) CLI_PRINTF(1);
static void runtime_error(const char *fmt, ...) {
    va_list ap;
    fputs("sd: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

/* ---- strict value parsers: each returns 1, or reports a usage error and returns 0 ---- */

/* strtol and friends skip leading blanks and read "nan", "inf" and hex; a value here must start
   with a digit (after a sign where one is allowed), so " 5", "" and "nan" are refused. */
static int is_digit(char ch) { return ch >= '0' && ch <= '9'; }
static const char *after_sign(const char *text) { return text[0] == '-' || text[0] == '+' ? text + 1 : text; }

static int parse_int(const char *flag, const char *text, long min, long max, int *out) {
    char *end;
    long v;
    if (!is_digit(*after_sign(text))) return usage_error("%s expects an integer, got '%s'", flag, text);
    errno = 0;
    v = strtol(text, &end, 10);
    if (*end) return usage_error("%s expects an integer, got '%s'", flag, text);
    if (errno == ERANGE || v < min || v > max)
        return usage_error("%s must be between %ld and %ld, got %s", flag, min, max, text);
    *out = (int)v;
    return 1;
}

static int parse_float(const char *flag, const char *text, float *out) {
    const char *digits = after_sign(text);
    char *end;
    double v;
    if (!is_digit(digits[0]) && !(digits[0] == '.' && is_digit(digits[1])))
        return usage_error("%s expects a finite number, got '%s'", flag, text);
    errno = 0;
    v = strtod(text, &end);
    if (*end) return usage_error("%s expects a finite number, got '%s'", flag, text);
    if (errno == ERANGE || !(v >= -FLT_MAX && v <= FLT_MAX))
        return usage_error("%s must be a finite number within float range, got %s", flag, text);
    *out = (float)v;
    return 1;
}

static int parse_u64(const char *flag, const char *text, unsigned long long *out) {
    char *end;
    if (!is_digit(text[0])) return usage_error("%s expects a non-negative integer, got '%s'", flag, text);
    errno = 0;
    *out = strtoull(text, &end, 10);
    if (*end) return usage_error("%s expects a non-negative integer, got '%s'", flag, text);
    if (errno == ERANGE) return usage_error("%s must be at most %llu, got %s", flag, ULLONG_MAX, text);
    return 1;
}

static int same_ignoring_case(const char *a, const char *b) {
    for (; *a && *b; a++, b++) {
        char ca = (char)(*a >= 'A' && *a <= 'Z' ? *a - 'A' + 'a' : *a);
        char cb = (char)(*b >= 'A' && *b <= 'Z' ? *b - 'A' + 'a' : *b);
        if (ca != cb) return 0;
    }
    return *a == *b;
}

/* A byte count: digits with an optional binary suffix (b, kib, mib, gib, tib; any case). */
static int parse_size(const char *flag, const char *text, size_t *out) {
    static const struct { const char *suffix; int shift; } units[] = {
        {"", 0}, {"b", 0}, {"kib", 10}, {"mib", 20}, {"gib", 30}, {"tib", 40}};
    unsigned long long v;
    char *end;
    size_t i;
    if (!is_digit(text[0])) return usage_error("%s expects a size such as 4096mib or 8gib, got '%s'", flag, text);
    errno = 0;
    v = strtoull(text, &end, 10);
    for (i = 0; i < sizeof units / sizeof units[0]; i++) {
        if (!same_ignoring_case(end, units[i].suffix)) continue;
        if (errno == ERANGE || v > (unsigned long long)SIZE_MAX >> units[i].shift)
            return usage_error("%s is too large: %s", flag, text);
        if (v == 0) return usage_error("%s must be above 0 (leave it out for no limit)", flag);
        *out = (size_t)v << units[i].shift;
        return 1;
    }
    return usage_error("%s: unknown size unit in '%s' (use b, KiB, MiB, GiB or TiB)", flag, text);
}

typedef struct cli_name {
    const char *name;
    int value;
} cli_name;

static const cli_name backend_names[] = {{"auto", SD_BACKEND_AUTO}, {"cpu", SD_BACKEND_CPU}, {"cuda", SD_BACKEND_CUDA}, {NULL, 0}};
static const cli_name precision_names[] = {{"fp32", SD_PRECISION_FP32}, {"tf32", SD_PRECISION_TF32},
                                           {"fp16", SD_PRECISION_FP16}, {"bf16", SD_PRECISION_BF16}, {NULL, 0}};
static const cli_name offload_names[] = {{"none", SD_OFFLOAD_NONE}, {"model", SD_OFFLOAD_MODEL},
                                         {"sequential", SD_OFFLOAD_SEQUENTIAL}, {NULL, 0}};
static const cli_name rng_names[] = {{"cpu", SD_RNG_CPU}, {"cuda", SD_RNG_CUDA}, {NULL, 0}};
static const cli_name resize_names[] = {{"resize", SD_RESIZE_STRETCH}, {"crop", SD_RESIZE_CROP}, {"fill", SD_RESIZE_FILL},
                                        {"none", SD_RESIZE_NONE}, {NULL, 0}};

static int parse_name(const char *flag, const char *text, const cli_name *names, int *out) {
    char choices[256] = "";
    const cli_name *n;
    for (n = names; n->name; n++) {
        if (strcmp(text, n->name) == 0) {
            *out = n->value;
            return 1;
        }
        if (n != names) strcat(choices, n[1].name ? ", " : " or ");
        strcat(choices, n->name);
    }
    return usage_error("unknown %s '%s' (choose %s)", flag, text, choices);
}

static int parse_sampler(const char *flag, const char *text, sd_sampler *out) {
    char choices[512] = "";
    int i;
    if (sd_sampler_from_string(text, out) == SD_OK) return 1;
    for (i = 1; i < SD_SAMPLER_COUNT; i++) {
        if (i > 1) strcat(choices, i + 1 < SD_SAMPLER_COUNT ? ", " : " or ");
        strcat(choices, sd_sampler_name((sd_sampler)i));
    }
    return usage_error("unknown %s '%s' (choose %s)", flag, text, choices);
}

/* ---- the option table ---- */

typedef enum cli_flag {
    F_MODEL, F_PROMPT, F_NEGATIVE, F_WIDTH, F_HEIGHT, F_STEPS, F_CFG, F_SEED, F_SAMPLER, F_BATCH,
    F_CLIP_SKIP, F_RNG, F_BACKEND, F_PRECISION, F_ATTENTION_SLICE, F_VAE_SLICING, F_VAE_TILING,
    F_OFFLOAD, F_THREADS, F_OUTPUT, F_PRINT_TOKENS, F_VERBOSE, F_VERSION, F_HELP, F_INIT_IMG, F_MASK, F_RESIZE,
    F_STRENGTH, F_KERNELS, F_VRAM_BUDGET, F_NO_AUTOTUNE, F_NO_GRAPHS, F_FROM_PNG, F_PER_IMAGE_SEEDS, F_NO_PROMPT_WEIGHTING, F_EMBEDDING, F_LORA, F_LORA_DIR, F_QUALITY, F_VAE, F_TAESD, F_VAE_TINY, F_PREVIEW, F_PREVIEW_EVERY
} cli_flag;

typedef struct cli_option {
    const char *long_name;
    const char *short_name; /* NULL when there is none */
    int takes_value;
    cli_flag flag;
} cli_option;

static const cli_option options[] = {
    {"--model", "-m", 1, F_MODEL}, {"--prompt", "-p", 1, F_PROMPT}, {"--negative", "-n", 1, F_NEGATIVE},
    {"--width", "-W", 1, F_WIDTH}, {"--height", "-H", 1, F_HEIGHT}, {"--steps", NULL, 1, F_STEPS},
    {"--cfg", NULL, 1, F_CFG}, {"--seed", NULL, 1, F_SEED}, {"--sampler", NULL, 1, F_SAMPLER},
    {"--batch", NULL, 1, F_BATCH}, {"--clip-skip", NULL, 1, F_CLIP_SKIP}, {"--rng", NULL, 1, F_RNG},
    {"--backend", NULL, 1, F_BACKEND}, {"--precision", NULL, 1, F_PRECISION},
    {"--attention-slice", NULL, 1, F_ATTENTION_SLICE}, {"--vae-slicing", NULL, 0, F_VAE_SLICING},
    {"--vae-tiling", NULL, 0, F_VAE_TILING}, {"--offload", NULL, 1, F_OFFLOAD}, {"--threads", NULL, 1, F_THREADS},
    {"--output", "-o", 1, F_OUTPUT}, {"--print-tokens", NULL, 0, F_PRINT_TOKENS}, {"--verbose", "-v", 0, F_VERBOSE},
    {"--version", NULL, 0, F_VERSION}, {"--help", "-h", 0, F_HELP}, {"--init-img", NULL, 1, F_INIT_IMG}, {"--mask", NULL, 1, F_MASK}, {"--resize", NULL, 1, F_RESIZE},
    {"--strength", NULL, 1, F_STRENGTH}, {"--kernels", NULL, 1, F_KERNELS}, {"--vram-budget", NULL, 1, F_VRAM_BUDGET},
    {"--no-autotune", NULL, 0, F_NO_AUTOTUNE}, {"--no-graphs", NULL, 0, F_NO_GRAPHS}, {"--from-png", NULL, 1, F_FROM_PNG},
    {"--per-image-seeds", NULL, 0, F_PER_IMAGE_SEEDS}, {"--no-prompt-weighting", NULL, 0, F_NO_PROMPT_WEIGHTING},
    {"--embedding", NULL, 1, F_EMBEDDING}, {"--lora", NULL, 1, F_LORA},
    {"--lora-dir", NULL, 1, F_LORA_DIR}, {"--quality", NULL, 1, F_QUALITY}, {"--vae", NULL, 1, F_VAE},
    {"--taesd", NULL, 1, F_TAESD}, {"--vae-tiny", NULL, 0, F_VAE_TINY}, {"--preview", NULL, 1, F_PREVIEW},
    {"--preview-every", NULL, 1, F_PREVIEW_EVERY}};

/* The option whose name is arg (up to '=' for a long option), or NULL. */
static const cli_option *find_option(const char *arg, size_t name_len) {
    size_t i;
    for (i = 0; i < sizeof options / sizeof options[0]; i++) {
        const cli_option *o = &options[i];
        if (strlen(o->long_name) == name_len && strncmp(arg, o->long_name, name_len) == 0) return o;
        if (o->short_name && strlen(o->short_name) == name_len && strncmp(arg, o->short_name, name_len) == 0) return o;
    }
    return NULL;
}

/* The text --from-png read: the prompts point into it for the rest of the run. */
static char *from_png_text;
static int apply_image_parameters(cli_options *c, const char *path);

/* Applies one option; returns 0 after reporting a usage error. */
static int apply_option(cli_options *c, const cli_option *o, const char *flag, const char *value) {
    sd_params *p = &c->params;
    sd_desc *d = &c->desc;
    int v;
    switch (o->flag) {
    case F_MODEL:
        if (!*value) return usage_error("%s needs a path", flag);
        d->model_path = value;
        return 1;
    case F_PROMPT: p->prompt = value; return 1;
    case F_NEGATIVE: p->negative_prompt = value; return 1;
    case F_WIDTH:
    case F_HEIGHT:
        /* 0 would mean "the model's size" to the library, so it is refused here. */
        if (!parse_int(flag, value, 8, SD_MAX_DIM, &v)) return 0;
        if (v % 8) return usage_error("%s must be a multiple of 8, got %d", flag, v);
        *(o->flag == F_WIDTH ? &p->width : &p->height) = v;
        return 1;
    case F_STEPS: return parse_int(flag, value, 1, SD_MAX_STEPS, &p->steps);
    case F_CFG:
        if (!parse_float(flag, value, &p->guidance)) return 0;
        /* The library reads 0 as "default 7.5"; every scale <= 1 turns guidance off alike. */
        if (p->guidance == 0.0f) p->guidance = 1.0f;
        return 1;
    case F_SEED: {
        unsigned long long seed = 0;
        if (!parse_u64(flag, value, &seed)) return 0;
        p->seed = (uint64_t)seed;
        c->seed_given = 1;
        return 1;
    }
    case F_SAMPLER: return parse_sampler(flag, value, &p->sampler);
    case F_BATCH: return parse_int(flag, value, 1, SD_MAX_BATCH, &p->batch);
    case F_CLIP_SKIP: return parse_int(flag, value, 1, 2, &p->clip_skip);
    case F_RNG:
        if (!parse_name(flag, value, rng_names, &v)) return 0;
        p->rng = (sd_rng)v;
        return 1;
    case F_BACKEND:
        if (!parse_name(flag, value, backend_names, &v)) return 0;
        d->backend = (sd_backend)v;
        return 1;
    case F_PRECISION:
        if (!parse_name(flag, value, precision_names, &v)) return 0;
        d->precision = (sd_precision)v;
        return 1;
    case F_OFFLOAD:
        if (!parse_name(flag, value, offload_names, &v)) return 0;
        d->offload = (sd_offload)v;
        return 1;
    case F_ATTENTION_SLICE:
        if (strcmp(value, "auto") == 0) d->attention_slice = SD_SLICE_AUTO;
        else if (strcmp(value, "off") == 0) d->attention_slice = SD_SLICE_OFF;
        else if (!is_digit(*after_sign(value))) return usage_error("%s expects a head count, auto or off, got '%s'", flag, value);
        else return parse_int(flag, value, 1, 1024, &d->attention_slice);
        return 1;
    case F_VAE_SLICING: d->vae_slicing = SD_ON; return 1;
    case F_VAE_TILING: d->vae_tiling = SD_ON; return 1;
    case F_NO_AUTOTUNE: d->autotune = SD_OFF; return 1;
    case F_NO_GRAPHS: d->graphs = SD_OFF; return 1;
    case F_THREADS: return parse_int(flag, value, 1, SD_MAX_THREADS, &d->threads);
    case F_KERNELS:
        if (!*value) return usage_error("%s needs a path", flag);
        d->kernels_path = value;
        return 1;
    case F_VRAM_BUDGET: return parse_size(flag, value, &d->vram_budget);
    case F_OUTPUT:
        if (!*value) return usage_error("%s needs a file name", flag);
        c->output = value;
        return 1;
    case F_QUALITY: return parse_int(flag, value, 1, 100, &c->quality);
    case F_INIT_IMG:
        if (!*value) return usage_error("%s needs a path", flag);
        c->init_image = value;
        return 1;
    case F_MASK:
        if (!*value) return usage_error("%s needs a path", flag);
        c->mask_image = value;
        return 1;
    case F_RESIZE:
        if (!parse_name(flag, value, resize_names, &v)) return 0;
        p->resize = (sd_resize)v;
        return 1;
    case F_LORA: { /* FILE or FILE:WEIGHT */
        const char *colon = strrchr(value, ':');
        char *end = NULL;
        double w = 1.0;
        size_t n = strlen(value);
        if (!*value) return usage_error("%s needs a path", flag);
        if (c->lora_count == SD_MAX_LORAS) return usage_error("at most %d %s options", SD_MAX_LORAS, flag);
        if (colon && colon[1]) {
            w = strtod(colon + 1, &end);
            if (*end == 0) n = (size_t)(colon - value);
            else w = 1.0; /* not a number: the colon is part of the path */
        }
        if (n >= PATH_BUFFER) return usage_error("%s: the path is too long", flag);
        memcpy(c->lora_paths[c->lora_count], value, n);
        c->lora_paths[c->lora_count][n] = 0;
        c->loras[c->lora_count].path = c->lora_paths[c->lora_count];
        c->loras[c->lora_count++].weight = (float)w;
        return 1;
    }
    case F_LORA_DIR:
        if (!*value) return usage_error("%s needs a folder", flag);
        d->lora_dir = value;
        return 1;
    case F_VAE:
        if (!*value) return usage_error("%s needs a path", flag);
        d->vae_path = value;
        return 1;
    case F_TAESD:
        if (!*value) return usage_error("%s needs a path", flag);
        d->taesd_path = value;
        return 1;
    case F_VAE_TINY: d->vae_tiny = SD_ON; return 1;
    case F_PREVIEW:
        if (!*value) return usage_error("%s needs a file name", flag);
        c->preview = value;
        return 1;
    case F_PREVIEW_EVERY: return parse_int(flag, value, 1, SD_MAX_STEPS, &p->preview_every);
    case F_EMBEDDING:
        if (!*value) return usage_error("%s needs a path", flag);
        if (c->embedding_count == SD_MAX_EMBEDDINGS) return usage_error("at most %d %s options", SD_MAX_EMBEDDINGS, flag);
        c->embeddings[c->embedding_count++] = value;
        return 1;
    case F_STRENGTH:
        if (!parse_float(flag, value, &p->strength)) return 0;
        /* 0 would mean "default 0.8" to the library, so only (0, 1] can be passed on. */
        if (!(p->strength > 0.0f && p->strength <= 1.0f))
            return usage_error("%s must be in (0, 1], got %s", flag, value);
        c->strength_given = 1;
        return 1;
    case F_FROM_PNG: return apply_image_parameters(c, value);
    case F_PER_IMAGE_SEEDS: p->per_image_seeds = 1; return 1;
    case F_NO_PROMPT_WEIGHTING: p->prompt_weighting = SD_OFF; return 1;
    case F_PRINT_TOKENS: c->print_tokens = 1; return 1;
    case F_VERBOSE: c->verbose = 1; return 1;
    case F_VERSION:
    case F_HELP: return 1; /* handled by the caller */
    }
    return usage_error("internal error: unhandled option %s", flag);
}

/* Where the extension of path's last component starts (its dot), or path's end when it has none
   (a leading dot, as in ".png", starts a hidden file's name, not an extension). */
static const char *file_extension(const char *path) {
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    const char *dot = strrchr(base, '.');
    return dot && dot != base ? dot : path + strlen(path);
}

/* Sets the output format from -o's extension (any case), before anything is loaded. Standard
   output is PNG, and so is a FIFO, a character device or a socket named without an extension
   (/dev/null): such a name was not chosen for a format. Returns 0 after a usage error. */
static int choose_output_format(cli_options *c) {
    const char *extension = file_extension(c->output);
    struct stat st;
    size_t i;
    if (!*extension) {
        if (strcmp(c->output, "-") != 0 &&
            !(stat(c->output, &st) == 0 && (S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode) || S_ISSOCK(st.st_mode))))
            return usage_error("-o '%s' has no extension to choose the image format by (use " FORMAT_EXTENSION_LIST ")",
                               c->output);
        c->format = FORMAT_PNG;
    } else {
        for (i = 0; i < sizeof format_extensions / sizeof format_extensions[0]; i++)
            if (same_ignoring_case(extension, format_extensions[i].extension)) break;
        if (i == sizeof format_extensions / sizeof format_extensions[0])
            return usage_error("-o '%s': unknown image format '%s' (use " FORMAT_EXTENSION_LIST ")", c->output, extension);
        c->format = format_extensions[i].format;
    }
#ifndef SD_CLI_WEBP
    if (c->format == FORMAT_WEBP)
        return usage_error("-o '%s': this sd was built without WebP: install libwebp-dev and rebuild", c->output);
#endif
    if (c->quality && c->format == FORMAT_PNG)
        return usage_error("--quality applies to JPEG and WebP; -o '%s' is a PNG", c->output);
    return 1;
}

typedef enum cli_next { CLI_RUN, CLI_EXIT_OK, CLI_EXIT_USAGE } cli_next;

static cli_next parse_args(int argc, char **argv, cli_options *c) {
    int i;
    memset(c, 0, sizeof *c);
    free(from_png_text); /* a previous parse's (the fuzz target parses many times) */
    from_png_text = NULL;
    c->output = "out.png";
    for (i = 1; i < argc; i++) {
        const char *arg = argv[i], *eq = NULL, *value = NULL;
        const cli_option *o;
        size_t name_len = strlen(arg);
        if (arg[0] != '-' || arg[1] == 0) {
            usage_error("unexpected argument '%s' (the prompt goes after -p, quoted)", arg);
            return CLI_EXIT_USAGE;
        }
        if (arg[1] == '-' && (eq = strchr(arg, '=')) != NULL) name_len = (size_t)(eq - arg);
        o = find_option(arg, name_len);
        if (!o) {
            usage_error("unknown option '%.*s'", (int)name_len, arg);
            return CLI_EXIT_USAGE;
        }
        if (o->flag == F_HELP) {
            print_usage(stdout);
            return CLI_EXIT_OK;
        }
        if (o->flag == F_VERSION) {
            printf("sd %s\n", sd_version());
            return CLI_EXIT_OK;
        }
        if (eq && !o->takes_value) {
            usage_error("%s takes no value", o->long_name);
            return CLI_EXIT_USAGE;
        }
        if (o->takes_value) {
            if (eq) value = eq + 1;
            else if (i + 1 < argc) value = argv[++i];
            else {
                usage_error("%s needs a value", arg);
                return CLI_EXIT_USAGE;
            }
        }
        if (!apply_option(c, o, o->long_name, value)) return CLI_EXIT_USAGE;
    }
    if (!c->params.prompt) {
        usage_error("missing -p PROMPT");
        return CLI_EXIT_USAGE;
    }
    if (!c->print_tokens && !c->desc.model_path) {
        usage_error("missing -m MODEL (a .safetensors checkpoint or a diffusers folder)");
        return CLI_EXIT_USAGE;
    }
    if (c->strength_given && !c->init_image) {
        usage_error("--strength applies to img2img only: add --init-img");
        return CLI_EXIT_USAGE;
    }
    if (c->mask_image && !c->init_image) {
        usage_error("--mask is for inpainting: add --init-img, the image to repaint");
        return CLI_EXIT_USAGE;
    }
    if (c->params.resize && !c->init_image) {
        usage_error("--resize applies to img2img only: add --init-img");
        return CLI_EXIT_USAGE;
    }
    if (c->params.preview_every && !c->preview) {
        usage_error("--preview-every needs --preview PATH");
        return CLI_EXIT_USAGE;
    }
    if (c->desc.vae_tiny == SD_ON && !c->desc.taesd_path) {
        usage_error("--vae-tiny decodes with TAESD: add --taesd PATH");
        return CLI_EXIT_USAGE;
    }
    if (!c->print_tokens && !choose_output_format(c)) return CLI_EXIT_USAGE;
    return CLI_RUN;
}

/* ---- terminal output: log lines and the progress bar ---- */

static void end_bar(cli_terminal *term) {
    if (term->bar_open) fputc('\n', stderr);
    term->bar_open = 0;
}

static void log_to_stderr(void *user_data, sd_log_level level, const char *message) {
    static const char *const prefixes[] = {"error", "warn", "info", "debug"};
    if (!((cli_terminal *)user_data)->verbose && level != SD_LOG_WARN) return;
    end_bar((cli_terminal *)user_data);
    fprintf(stderr, "[%s] %s\n", (unsigned)level < 4 ? prefixes[level] : "log", message);
}

static void format_duration(double seconds, char *out, size_t size) {
    long s = seconds > 0 && seconds < 1e7 ? (long)(seconds + 0.5) : 0;
    if (s >= 3600) snprintf(out, size, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
    else snprintf(out, size, "%ld:%02ld", s / 60, s % 60);
}

static int show_progress(void *user_data, int step, int steps, double elapsed_seconds) {
    enum { BAR_WIDTH = 30 };
    cli_terminal *term = (cli_terminal *)user_data;
    double rate = step > 0 && elapsed_seconds > 0 ? step / elapsed_seconds : 0;
    int filled = steps > 0 ? (int)((long long)BAR_WIDTH * step / steps) : 0;
    char eta[32] = "?";
    if (rate > 0) format_duration((steps - step) / rate, eta, sizeof eta);
    if (filled < 0) filled = 0;
    if (filled > BAR_WIDTH) filled = BAR_WIDTH;
    fprintf(stderr, "\r%4d/%d [%.*s%*s] %6.2f it/s  ETA %s  ", step, steps, filled,
            "==============================", BAR_WIDTH - filled, "", rate, eta);
    term->bar_open = 1;
    if (step >= steps) end_bar(term);
    fflush(stderr);
    return 0;
}

/* ---- files ---- */

/* Image i of a batch: OUT for the first, OUT with -i before the extension for the others.
   Returns 0 when the name does not fit. */
static int batch_file_name(const char *output, int index, char *out, size_t size) {
    const char *dot = file_extension(output);
    int n;
    if (index == 0) n = snprintf(out, size, "%s", output);
    else n = snprintf(out, size, "%.*s-%d%s", (int)(dot - output), output, index, dot);
    return n >= 0 && (size_t)n < size;
}

/* ---- the output file ----
   A regular file, or a name that does not exist yet, is written as NAME.tmp.PID beside it and
   renamed onto it, so it is never half-written; a symbolic link is followed (the link stays, its
   target is replaced with the target's permissions). A regular file with other hard links is
   rewritten in place instead, once the whole PNG is encoded in memory, so that every link sees the
   new image (a rename would leave the others on the old one). "-" (standard output), a FIFO, a
   character device or a socket is written straight to, so an image can be piped and /dev/null
   stays a device. Everything else is refused by check_output before the run: a folder, a block device, a
   read-only file, a dangling link, a parent that is no folder or cannot be written, a name too
   long for its temporary file. */
typedef struct out_target {
    int stream;              /* written straight to (else replaced through a temporary file) */
    int in_place;            /* a hard-linked regular file: truncated and rewritten */
    char path[PATH_BUFFER];  /* the path to write or replace: a link's target, or "-" */
    mode_t mode;             /* the replaced file's permissions; 0 for a new file */
} out_target;

/* The temporary file being written, for the signal handler. */
static char temp_path[PATH_BUFFER + 32];
static volatile sig_atomic_t temp_exists;

static void remove_temp_and_reraise(int sig) {
    if (temp_exists) unlink(temp_path);
    signal(sig, SIG_DFL);
    raise(sig);
}

/* An interrupted run leaves no temporary file; a file size limit fails the write (EFBIG) rather
   than killing the process mid-file. */
static void install_signal_handlers(void) {
    static const int fatal[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
    struct sigaction sa;
    size_t i;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    sa.sa_handler = remove_temp_and_reraise;
    for (i = 0; i < sizeof fatal / sizeof fatal[0]; i++) sigaction(fatal[i], &sa, NULL);
    signal(SIGXFSZ, SIG_IGN);
}

/* Where and how path is written; 0 with a message when it cannot be. */
static int check_output(const char *path, out_target *t) {
    struct stat st;
    char dir[PATH_BUFFER];
    const char *slash, *base;
    long name_max;
    memset(t, 0, sizeof *t);
    if (strlen(path) >= sizeof t->path) {
        runtime_error("output path is too long: '%s'", path);
        return 0;
    }
    if (strcmp(path, "-") == 0) {
        if (isatty(STDOUT_FILENO)) {
            runtime_error("will not write a PNG to a terminal: redirect standard output, or name a file with -o");
            return 0;
        }
        t->stream = 1;
        strcpy(t->path, path);
        return 1;
    }
    strcpy(t->path, path);
    if (lstat(path, &st) == 0 && S_ISLNK(st.st_mode)) {
        char *target = realpath(path, NULL);
        if (!target || strlen(target) >= sizeof t->path) {
            runtime_error("cannot write '%s': %s", path,
                          !target && errno == ENOENT ? "it is a dangling symbolic link" : !target ? strerror(errno) : "its target's path is too long");
            free(target);
            return 0;
        }
        strcpy(t->path, target);
        free(target);
    }
    if (stat(t->path, &st) == 0) {
        if (S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode) || S_ISSOCK(st.st_mode)) {
            t->stream = 1;
            return 1;
        }
        if (!S_ISREG(st.st_mode)) {
            runtime_error("cannot write '%s': it is %s", path, S_ISDIR(st.st_mode) ? "a directory" : "a block device or other special file");
            return 0;
        }
        if (!(st.st_mode & 0222) || access(t->path, W_OK) != 0) {
            runtime_error("cannot write '%s': it is read-only", path);
            return 0;
        }
        t->mode = st.st_mode & 07777;
        t->in_place = st.st_nlink > 1;
    } else if (errno != ENOENT) {
        runtime_error("cannot write '%s': %s", path, errno == ENOTDIR ? "a part of its folder is not a folder" : strerror(errno));
        return 0;
    }
    /* a new or replaced file: its folder must take the temporary file and the rename */
    slash = strrchr(t->path, '/');
    base = slash ? slash + 1 : t->path;
    if (!slash) strcpy(dir, ".");
    else if (slash == t->path) strcpy(dir, "/");
    else {
        memcpy(dir, t->path, (size_t)(slash - t->path));
        dir[slash - t->path] = 0;
    }
    if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
        runtime_error("cannot write '%s': folder '%s': %s", path, dir, errno == ENOENT ? "not found" : "not a folder");
        return 0;
    }
    if (access(dir, W_OK) != 0) {
        runtime_error("cannot write '%s': folder '%s': %s", path, dir, strerror(errno));
        return 0;
    }
    name_max = pathconf(dir, _PC_NAME_MAX);
    if (strlen(base) + 16 > (size_t)(name_max > 0 ? name_max : 255)) { /* ".tmp." and a process id */
        runtime_error("cannot write '%s': the name is too long for its temporary file (at most %ld bytes here, less 16)",
                      path, name_max > 0 ? name_max : 255L);
        return 0;
    }
    return 1;
}

/* The encoders' allocations (stb_image_write's, and the buffer its JPEG is gathered in) form a
   list, so that a failed one can free all of them and leave encode_image by longjmp
   (stb_image_write cannot report a failed allocation itself). */
typedef struct encoder_block {
    struct encoder_block *prev, *next;
    long double align; /* the memory after the header is aligned as malloc aligns it */
} encoder_block;
static encoder_block encoder_blocks = {&encoder_blocks, &encoder_blocks, 0};
static jmp_buf encoder_out_of_memory;

static void *encoder_link(encoder_block *b) {
    b->prev = &encoder_blocks;
    b->next = encoder_blocks.next;
    encoder_blocks.next->prev = b;
    encoder_blocks.next = b;
    return b + 1;
}
static void encoder_unlink(encoder_block *b) {
    b->prev->next = b->next;
    b->next->prev = b->prev;
}
static void *encoder_alloc(size_t size) {
    encoder_block *b = size <= (size_t)-1 - sizeof *b ? (encoder_block *)malloc(sizeof *b + size) : NULL;
    if (!b) longjmp(encoder_out_of_memory, 1);
    return encoder_link(b);
}
static void *encoder_realloc(void *p, size_t size) {
    encoder_block *b, *moved;
    if (!p) return encoder_alloc(size);
    b = (encoder_block *)p - 1;
    encoder_unlink(b);
    moved = size <= (size_t)-1 - sizeof *b ? (encoder_block *)realloc(b, sizeof *b + size) : NULL;
    if (!moved) {
        encoder_link(b);
        longjmp(encoder_out_of_memory, 1);
    }
    return encoder_link(moved);
}
static void encoder_free(void *p) {
    if (!p) return;
    encoder_unlink((encoder_block *)p - 1);
    free((encoder_block *)p - 1);
}

/* stb_image_write's JPEG, gathered in memory by its write callback (which cannot fail: running out
   of memory leaves through encoder_realloc's longjmp). */
typedef struct byte_buffer {
    unsigned char *data;
    size_t length, capacity;
} byte_buffer;

static void append_to_buffer(void *context, void *bytes, int size) {
    byte_buffer *b = (byte_buffer *)context;
    if (size <= 0) return;
    if ((size_t)size > b->capacity - b->length) {
        b->capacity = (b->length + (size_t)size) * 2;
        b->data = (unsigned char *)encoder_realloc(b->data, b->capacity);
    }
    memcpy(b->data + b->length, bytes, (size_t)size);
    b->length += (size_t)size;
}

static int write_all(int fd, const unsigned char *data, size_t size) {
    while (size) {
        ssize_t n = write(fd, data, size);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return 0;
        data += n;
        size -= (size_t)n;
    }
    return 1;
}

static FILE *open_regular_file(const char *path);

/* ---- the generation parameters in the image: A1111's "parameters" text ---- */
/* The text A1111 (and tools that read its images) writes into an image:
       PROMPT
       Negative prompt: NEGATIVE          (when there is one)
       Steps: 20, Sampler: Euler a, CFG scale: 7.5, Seed: 42, Size: 512x512, Model hash: 1a2b3c4d, ...
   A value holding ',', ':' or a line break is a JSON string. sd writes it into every image, as
   A1111 does: a PNG's tEXt chunk (iTXt when the text is not ASCII), a JPEG's or WebP's EXIF
   UserComment; --from-png reads it back. */
static const struct {
    sd_sampler sampler;
    const char *name; /* A1111's; its PLMS is diffusers' PNDM without Runge-Kutta steps */
} a1111_samplers[] = {{SD_SAMPLER_DDIM, "DDIM"},
                      {SD_SAMPLER_PNDM, "PLMS"},
                      {SD_SAMPLER_LMS, "LMS"},
                      {SD_SAMPLER_LMS_KARRAS, "LMS Karras"},
                      {SD_SAMPLER_EULER, "Euler"},
                      {SD_SAMPLER_EULER_KARRAS, "Euler Karras"},
                      {SD_SAMPLER_EULER_A, "Euler a"},
                      {SD_SAMPLER_HEUN, "Heun"},
                      {SD_SAMPLER_HEUN_KARRAS, "Heun Karras"},
                      {SD_SAMPLER_DPMPP_2M, "DPM++ 2M"},
                      {SD_SAMPLER_DPMPP_2M_KARRAS, "DPM++ 2M Karras"},
                      {SD_SAMPLER_DPMPP_2M_SDE, "DPM++ 2M SDE"},
                      {SD_SAMPLER_DPMPP_2M_SDE_KARRAS, "DPM++ 2M SDE Karras"},
                      {SD_SAMPLER_UNIPC, "UniPC"},
                      {SD_SAMPLER_LCM, "LCM"}};

/* A1111's name of a sampler (the table has every one). */
static const char *a1111_sampler_name(sd_sampler sampler) {
    size_t i;
    for (i = 0; i < sizeof a1111_samplers / sizeof a1111_samplers[0]; i++)
        if (a1111_samplers[i].sampler == sampler) return a1111_samplers[i].name;
    return NULL;
}

/* The sampler of an A1111 name (SD_SAMPLER_DEFAULT for none sd has). */
static sd_sampler a1111_sampler(const char *name) {
    size_t i;
    for (i = 0; i < sizeof a1111_samplers / sizeof a1111_samplers[0]; i++)
        if (strcmp(name, a1111_samplers[i].name) == 0) return a1111_samplers[i].sampler;
    return SD_SAMPLER_DEFAULT;
}

typedef struct text_buffer {
    char *data;
    size_t length, capacity;
    int failed; /* out of memory */
} text_buffer;

static void text_add(text_buffer *t, const char *bytes, size_t n) {
    if (t->failed) return;
    if (t->length + n + 1 > t->capacity) {
        size_t cap = (t->length + n + 1) * 2;
        char *grown = (char *)realloc(t->data, cap);
        if (!grown) {
            t->failed = 1;
            return;
        }
        t->data = grown;
        t->capacity = cap;
    }
    memcpy(t->data + t->length, bytes, n);
    t->length += n;
    t->data[t->length] = 0;
}
static void text_printf(text_buffer *t, const char *fmt, ...) CLI_PRINTF(2);
static void text_printf(text_buffer *t, const char *fmt, ...) {
    char line[512];
    va_list ap;
    int n;
    va_start(ap, fmt);
    n = vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    if (n > 0) text_add(t, line, (size_t)n < sizeof line ? (size_t)n : sizeof line - 1);
}

/* A value as A1111 quotes it: as it is, or as a JSON string when it holds ',', ':' or a newline. */
static void text_value(text_buffer *t, const char *v) {
    const char *p;
    if (!strpbrk(v, ",:\n\r\"")) {
        text_add(t, v, strlen(v));
        return;
    }
    text_add(t, "\"", 1);
    for (p = v; *p; p++) {
        const unsigned char ch = (unsigned char)*p;
        if (ch == '"' || ch == '\\') {
            text_add(t, "\\", 1);
            text_add(t, p, 1);
        } else if (ch == '\n') text_add(t, "\\n", 2);
        else if (ch == '\r') text_add(t, "\\r", 2);
        else if (ch == '\t') text_add(t, "\\t", 2);
        else if (ch < 0x20) text_printf(t, "\\u%04x", ch);
        else text_add(t, p, 1);
    }
    text_add(t, "\"", 1);
}

/* The shortest decimal that reads back as the same float. */
static void format_float(float v, char *out, size_t size) {
    int digits;
    for (digits = 6; digits < 9; digits++) {
        snprintf(out, size, "%.*g", digits, (double)v);
        if (strtof(out, NULL) == v) return;
    }
    snprintf(out, size, "%.9g", (double)v);
}

/* SHA-256 (FIPS 180-4), for A1111's short model hash. */
static void sha256(const unsigned char *data, size_t n, unsigned char digest[32]) {
    static const uint32_t k[64] = {
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
        0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
        0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
        0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
        0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
        0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
        0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
        0xc67178f2};
    uint32_t h[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    const size_t blocks = (n + 9 + 63) / 64;
    size_t b;
    int i;
#define SHA_ROTR(x, r) (((x) >> (r)) | ((x) << (32 - (r))))
    for (b = 0; b < blocks; b++) {
        unsigned char block[64];
        uint32_t w[64], a[8];
        for (i = 0; i < 64; i++) { /* the message, 0x80, zeros, then the bit length */
            const size_t at = b * 64 + (size_t)i;
            block[i] = at < n ? data[at] : at == n ? 0x80 : 0;
        }
        if (b == blocks - 1)
            for (i = 0; i < 8; i++) block[56 + i] = (unsigned char)(((unsigned long long)n * 8) >> (56 - 8 * i));
        for (i = 0; i < 16; i++)
            w[i] = (uint32_t)block[4 * i] << 24 | (uint32_t)block[4 * i + 1] << 16 | (uint32_t)block[4 * i + 2] << 8 | block[4 * i + 3];
        for (i = 16; i < 64; i++)
            w[i] = w[i - 16] + (SHA_ROTR(w[i - 15], 7) ^ SHA_ROTR(w[i - 15], 18) ^ (w[i - 15] >> 3)) + w[i - 7] +
                   (SHA_ROTR(w[i - 2], 17) ^ SHA_ROTR(w[i - 2], 19) ^ (w[i - 2] >> 10));
        memcpy(a, h, sizeof a);
        for (i = 0; i < 64; i++) {
            const uint32_t t1 = a[7] + (SHA_ROTR(a[4], 6) ^ SHA_ROTR(a[4], 11) ^ SHA_ROTR(a[4], 25)) +
                                ((a[4] & a[5]) ^ (~a[4] & a[6])) + k[i] + w[i];
            const uint32_t t2 = (SHA_ROTR(a[0], 2) ^ SHA_ROTR(a[0], 13) ^ SHA_ROTR(a[0], 22)) +
                                ((a[0] & a[1]) ^ (a[0] & a[2]) ^ (a[1] & a[2]));
            memmove(a + 1, a, 7 * sizeof a[0]);
            a[4] += t1;
            a[0] = t1 + t2;
        }
        for (i = 0; i < 8; i++) h[i] += a[i];
    }
#undef SHA_ROTR
    for (i = 0; i < 32; i++) digest[i] = (unsigned char)(h[i / 4] >> (24 - 8 * (i % 4)));
}

/* A1111's short model hash of a checkpoint file: SHA-256 of the 64 KiB at 1 MiB, 8 hex digits
   (its "model hash" before version 2, cheap to compute; the whole-file hash would take seconds).
   0 for a folder or an unreadable file. */
static int model_hash(const char *path, char out[9]) {
    unsigned char *chunk = (unsigned char *)malloc(0x10000), digest[32];
    FILE *f = open_regular_file(path);
    size_t got = 0;
    int i;
    if (f && chunk && fseek(f, 0x100000, SEEK_SET) == 0) got = fread(chunk, 1, 0x10000, f);
    if (f) fclose(f);
    if (!f || !chunk) {
        free(chunk);
        return 0;
    }
    sha256(chunk, got, digest);
    free(chunk);
    for (i = 0; i < 4; i++) snprintf(out + 2 * i, 3, "%02x", digest[i]);
    return 1;
}

/* The model's name as A1111 shows it: the file or folder name, without .safetensors. */
static void model_name(const char *path, char *out, size_t size) {
    size_t n = strlen(path), dot;
    const char *base;
    while (n > 1 && path[n - 1] == '/') n--;
    base = path + n;
    while (base > path && base[-1] != '/') base--;
    n -= (size_t)(base - path);
    dot = strlen(".safetensors");
    if (n > dot && strncmp(base + n - dot, ".safetensors", dot) == 0) n -= dot;
    snprintf(out, size, "%.*s", (int)n, base);
}

/* The parameters text of an image of this run (NULL when memory runs out). */
static char *parameters_text(const cli_options *c, const sd_image *image, int batch, int index) {
    const sd_params *p = &c->params;
    const sd_sampler sampler = p->sampler ? p->sampler : SD_DEFAULT_SAMPLER;
    text_buffer t = {NULL, 0, 0, 0};
    char number[32], hash[9], name[256];
    size_t i;
    text_add(&t, p->prompt ? p->prompt : "", strlen(p->prompt ? p->prompt : ""));
    if (p->negative_prompt && *p->negative_prompt) {
        text_add(&t, "\nNegative prompt: ", 18);
        text_add(&t, p->negative_prompt, strlen(p->negative_prompt));
    }
    text_printf(&t, "\nSteps: %d, Sampler: %s", p->steps ? p->steps : SD_DEFAULT_STEPS, a1111_sampler_name(sampler));
    format_float(p->guidance != 0.0f ? p->guidance : SD_DEFAULT_GUIDANCE, number, sizeof number);
    text_printf(&t, ", CFG scale: %s, Seed: %llu, Size: %dx%d", number,
                (unsigned long long)(p->seed + (uint64_t)(p->per_image_seeds ? index : 0)), image->width, image->height);
    if (model_hash(c->desc.model_path, hash)) text_printf(&t, ", Model hash: %s", hash);
    model_name(c->desc.model_path, name, sizeof name);
    text_add(&t, ", Model: ", 9);
    text_value(&t, name);
    if (c->init_image) {
        format_float(p->strength != 0.0f ? p->strength : (c->mask_image ? 1.0f : 0.8f), number, sizeof number);
        text_printf(&t, ", Denoising strength: %s", number);
    }
    if (p->clip_skip > 1) text_printf(&t, ", Clip skip: %d", p->clip_skip);
    if (batch > 1 && !p->per_image_seeds) text_printf(&t, ", Batch size: %d, Batch pos: %d", batch, index);
    if (p->rng != SD_RNG_CUDA) text_add(&t, ", RNG: CPU", 10); /* A1111's default is the GPU's Philox */
    for (i = 0; i < (size_t)c->lora_count; i++) { /* the command line's add-ons, so that --from-png has them */
        char item[PATH_BUFFER + 40];
        format_float(c->loras[i].weight, number, sizeof number);
        snprintf(item, sizeof item, "%s:%s", c->loras[i].path, number);
        text_add(&t, ", LoRA: ", 8);
        text_value(&t, item);
    }
    for (i = 0; i < (size_t)c->embedding_count; i++) {
        text_add(&t, ", Embedding: ", 13);
        text_value(&t, c->embeddings[i]);
    }
    if (c->desc.lora_dir) {
        text_add(&t, ", LoRA folder: ", 15);
        text_value(&t, c->desc.lora_dir);
    }
    if (c->desc.vae_path) { /* A1111 names the file; the path as given lets --from-png find it */
        text_add(&t, ", VAE: ", 7);
        text_value(&t, c->desc.vae_path);
    }
    text_printf(&t, ", Version: sd_single.h %s", sd_version());
    if (t.failed) {
        free(t.data);
        return NULL;
    }
    return t.data;
}

/* PNG's CRC-32 (ISO 3309) of the chunk type and data. */
static uint32_t png_crc(const unsigned char *bytes, size_t n) {
    uint32_t crc = 0xFFFFFFFFu;
    size_t i;
    int k;
    for (i = 0; i < n; i++) {
        crc ^= bytes[i];
        for (k = 0; k < 8; k++) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return crc ^ 0xFFFFFFFFu;
}

static void put_be32(unsigned char *p, uint32_t v) {
    p[0] = (unsigned char)(v >> 24); p[1] = (unsigned char)(v >> 16); p[2] = (unsigned char)(v >> 8); p[3] = (unsigned char)v;
}

/* png (stb's: the signature, then IHDR) with a "parameters" chunk right after IHDR, before the
   image data, where readers that stop there (PIL's Image.open, so A1111's PNG Info) see it: tEXt
   for an ASCII text, else iTXt (UTF-8, uncompressed). A new malloc'd buffer, or NULL when memory
   runs out. */
static unsigned char *png_with_text(const unsigned char *png, size_t length, const char *text, size_t *out_length) {
    static const char keyword[] = "parameters";
    const size_t text_len = strlen(text), key_len = sizeof keyword; /* with its NUL */
    size_t i, header, data_len, at;
    int ascii = 1;
    unsigned char *out;
    for (i = 0; i < text_len; i++) ascii &= (unsigned char)text[i] < 0x80;
    header = key_len + (ascii ? 0 : 4); /* iTXt: compression flag and method, empty language and translation */
    data_len = header + text_len;
    if (length < 33 || data_len > 0x7FFFFFFFu || !(out = (unsigned char *)malloc(length + 12 + data_len))) return NULL;
    at = 33; /* the signature and IHDR's 13 bytes with their length, type and CRC */
    memcpy(out, png, at);
    put_be32(out + at, (uint32_t)data_len);
    memcpy(out + at + 4, ascii ? "tEXt" : "iTXt", 4);
    memcpy(out + at + 8, keyword, key_len);
    memset(out + at + 8 + key_len, 0, header - key_len);
    memcpy(out + at + 8 + header, text, text_len);
    put_be32(out + at + 8 + data_len, png_crc(out + at + 4, 4 + data_len));
    memcpy(out + at + 12 + data_len, png + at, length - at);
    *out_length = length + 12 + data_len;
    return out;
}

/* The code point that starts at *s (moved past it) in NUL-ended UTF-8. A byte that starts no valid
   sequence reads as U+FFFD, as Python's errors="replace" has it: a path in the text may hold any
   bytes. */
static unsigned long utf8_next(const unsigned char **s) {
    const unsigned char *p = *s;
    const int extra = p[0] < 0x80 ? 0 : p[0] >= 0xC2 && p[0] <= 0xDF ? 1 : p[0] >= 0xE0 && p[0] <= 0xEF ? 2
                    : p[0] >= 0xF0 && p[0] <= 0xF4 ? 3 : -1;
    unsigned long cp = extra > 0 ? p[0] & (0x3Fu >> extra) : p[0];
    int i;
    for (i = 1; i <= extra; i++) { /* a NUL is no continuation byte: the text's end stops this */
        if ((p[i] & 0xC0) != 0x80) break;
        cp = cp << 6 | (p[i] & 0x3F);
    }
    if (extra < 0 || i <= extra || (extra == 2 && (cp < 0x800 || (cp >= 0xD800 && cp < 0xE000))) ||
        (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF))) {
        *s = p + 1;
        return 0xFFFD;
    }
    *s = p + 1 + extra;
    return cp;
}

/* EXIF as A1111 writes it into a JPEG or a WebP, piexif.dump({"Exif": {UserComment:
   piexif.helper.UserComment.dump(text, encoding="unicode")}}): a big-endian TIFF whose IFD0 holds
   only the pointer to the Exif IFD (0x8769), which holds only UserComment (0x9286, UNDEFINED):
   "UNICODE\0", then the text in UTF-16BE. (piexif leaves out the Exif IFD's next-IFD offset;
   TIFF wants it, here 0.) */
enum { EXIF_TEXT_AT = 52 }; /* the TIFF header, two IFDs of one entry each, "UNICODE\0" */

/* Writes the EXIF of text into out, or only sizes it when out is NULL. A text that does not fit in
   max_size bytes is cut after its last whole character that does; *kept says how many of its bytes
   went in. Returns the size. */
static size_t exif_with_comment(const char *text, size_t max_size, unsigned char *out, size_t *kept) {
    static const unsigned char head[EXIF_TEXT_AT] = {
        'M', 'M', 0, 42, 0, 0, 0, 8,                     /* big-endian TIFF, IFD0 at 8 */
        0, 1, 0x87, 0x69, 0, 4, 0, 0, 0, 1, 0, 0, 0, 26, /* IFD0: one entry, the Exif IFD (LONG) at 26 */
        0, 0, 0, 0,                                      /* no next IFD */
        0, 1, 0x92, 0x86, 0, 7, 0, 0, 0, 0, 0, 0, 0, 44, /* Exif IFD: UserComment, its count set below, at 44 */
        0, 0, 0, 0, 'U', 'N', 'I', 'C', 'O', 'D', 'E', 0};
    const unsigned char *s = (const unsigned char *)text, *next = s;
    size_t at = EXIF_TEXT_AT;
    while (*s) {
        const unsigned long cp = utf8_next(&next);
        const size_t units = cp >= 0x10000 ? 2 : 1;
        if (2 * units > max_size - at) break;
        if (out && units == 2) {
            const unsigned long high = 0xD800 + ((cp - 0x10000) >> 10), low = 0xDC00 + ((cp - 0x10000) & 0x3FF);
            out[at] = (unsigned char)(high >> 8), out[at + 1] = (unsigned char)high;
            out[at + 2] = (unsigned char)(low >> 8), out[at + 3] = (unsigned char)low;
        } else if (out) {
            out[at] = (unsigned char)(cp >> 8), out[at + 1] = (unsigned char)cp;
        }
        at += 2 * units;
        s = next;
    }
    *kept = (size_t)(s - (const unsigned char *)text);
    if (out) {
        memcpy(out, head, EXIF_TEXT_AT);
        put_be32(out + 32, (uint32_t)(at - (EXIF_TEXT_AT - 8)));
    }
    return at;
}

/* A JPEG file: stb's (SOI, JFIF's APP0, the image) with an APP1 segment holding the EXIF of text
   in place of the APP0, as piexif.insert leaves A1111's (Exif's APP1, like JFIF's APP0, must come
   right after SOI). A segment holds at most 65533 bytes, "Exif\0\0" and the EXIF: a longer text is
   cut (*kept). A new malloc'd buffer, or NULL when memory runs out. */
static unsigned char *jpeg_with_exif(const unsigned char *jpeg, size_t length, const char *text, size_t *out_length,
                                     size_t *kept) {
    const size_t exif_size = exif_with_comment(text, 0xFFFF - 8, NULL, kept);
    size_t image_at = 2; /* after SOI, and after the APP0 when there is one */
    unsigned char *out;
    if (length >= 6 && jpeg[2] == 0xFF && jpeg[3] == 0xE0) image_at += 2 + ((size_t)jpeg[4] << 8 | jpeg[5]);
    if (image_at > length || !(out = (unsigned char *)malloc(12 + exif_size + length - image_at))) return NULL;
    memcpy(out, "\xFF\xD8\xFF\xE1", 4);
    out[4] = (unsigned char)((8 + exif_size) >> 8);
    out[5] = (unsigned char)(8 + exif_size);
    memcpy(out + 6, "Exif\0\0", 6);
    exif_with_comment(text, 0xFFFF - 8, out + 12, kept);
    memcpy(out + 12 + exif_size, jpeg + image_at, length - image_at);
    *out_length = 12 + exif_size + length - image_at;
    return out;
}

#ifdef SD_CLI_WEBP
static void put_le32(unsigned char *p, uint32_t v) {
    p[0] = (unsigned char)v; p[1] = (unsigned char)(v >> 8); p[2] = (unsigned char)(v >> 16); p[3] = (unsigned char)(v >> 24);
}

/* A WebP file of the image: libwebp's image chunk ('VP8 ', or 'VP8L' when lossless, at quality
   100), in the extended format that can hold EXIF: RIFF 'WEBP', 'VP8X' (the EXIF flag and the
   canvas size), the image chunk, then an 'EXIF' chunk holding the EXIF of text (the JPEG's APP1
   without "Exif\0\0"). Chunks are padded to an even size. A new malloc'd buffer, or NULL when
   memory runs out. */
static unsigned char *webp_file(const sd_image *image, int quality, const char *text, size_t *out_length, size_t *kept) {
    enum { PART_MAX = 0x7FFFFF00 }; /* the image and the EXIF each, so that the RIFF size fits in 32 bits */
    uint8_t *simple = NULL; /* libwebp's file: the RIFF header, then the image chunk */
    const size_t simple_length =
        quality == 100 ? WebPEncodeLosslessRGB(image->pixels, image->width, image->height, image->width * 3, &simple)
                       : WebPEncodeRGB(image->pixels, image->width, image->height, image->width * 3, (float)quality, &simple);
    size_t exif_size = 0, length = 0;
    unsigned char *out = NULL;
    int i;
    if (simple_length > 20 && simple_length < PART_MAX && memcmp(simple + 12, "VP8", 3) == 0) {
        exif_size = exif_with_comment(text, PART_MAX, NULL, kept);
        length = 12 + 18 + (simple_length - 12) + 8 + exif_size + (exif_size & 1);
        out = (unsigned char *)malloc(length);
    }
    if (out) {
        memcpy(out, "RIFF", 4);
        put_le32(out + 4, (uint32_t)(length - 8));
        memcpy(out + 8, "WEBPVP8X", 8);
        put_le32(out + 16, 10);
        memset(out + 20, 0, 10);
        out[20] = 0x08; /* flags: EXIF */
        for (i = 0; i < 3; i++) { /* the canvas width - 1 and height - 1, 24 bits each */
            out[24 + i] = (unsigned char)((image->width - 1) >> 8 * i);
            out[27 + i] = (unsigned char)((image->height - 1) >> 8 * i);
        }
        memcpy(out + 30, simple + 12, simple_length - 12);
        memcpy(out + 18 + simple_length, "EXIF", 4);
        put_le32(out + 22 + simple_length, (uint32_t)exif_size);
        exif_with_comment(text, PART_MAX, out + 26 + simple_length, kept);
        if (exif_size & 1) out[length - 1] = 0;
        *out_length = length;
    }
    WebPFree(simple);
    return out;
}
#endif

/* stb_image_write's PNG or JPEG of the image, in a buffer of the encoder's (encoder_free); NULL when
   memory runs out. */
static unsigned char *stb_encode(image_format format, int quality, const sd_image *image, size_t *length) {
    byte_buffer jpeg = {NULL, 0, 0};
    unsigned char *png;
    int png_length = 0;
    if (setjmp(encoder_out_of_memory)) { /* an allocation failed */
        while (encoder_blocks.next != &encoder_blocks) encoder_free(encoder_blocks.next + 1);
        return NULL;
    }
    if (format == FORMAT_PNG) {
        png = stbi_write_png_to_mem(image->pixels, image->width * 3, image->width, image->height, 3, &png_length);
        *length = (size_t)png_length;
        return png;
    }
    stbi_write_jpg_to_func(append_to_buffer, &jpeg, image->width, image->height, 3, image->pixels, quality);
    *length = jpeg.length;
    return jpeg.data;
}

/* The file of an image in the run's format, with text as its parameters: a new malloc'd buffer,
   or NULL when memory runs out. *kept says how many bytes of text it holds (JPEG's EXIF has a
   size limit). */
static unsigned char *encode_image(const cli_options *c, const sd_image *image, const char *text, size_t *length,
                                   size_t *kept) {
    const int quality = c->quality ? c->quality : DEFAULT_QUALITY;
    unsigned char *stream, *file = NULL;
    size_t stream_length = 0;
    *kept = strlen(text);
    switch (c->format) {
    case FORMAT_PNG:
    case FORMAT_JPEG:
        stream = stb_encode(c->format, quality, image, &stream_length);
        if (stream && c->format == FORMAT_PNG) file = png_with_text(stream, stream_length, text, length);
        else if (stream) file = jpeg_with_exif(stream, stream_length, text, length, kept);
        encoder_free(stream);
        break;
    case FORMAT_WEBP:
#ifdef SD_CLI_WEBP
        file = webp_file(image, quality, text, length, kept);
#endif
        break;
    }
    return file;
}

/* Writes code point cp as UTF-8 into out (room for 4 bytes); returns the byte count. */
static size_t utf8_put(unsigned long cp, char *out) {
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | cp >> 6);
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | cp >> 12);
        o[1] = (unsigned char)(0x80 | (cp >> 6 & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | cp >> 18);
    o[1] = (unsigned char)(0x80 | (cp >> 12 & 0x3F));
    o[2] = (unsigned char)(0x80 | (cp >> 6 & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

static const unsigned char png_signature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

/* The "parameters" text of a PNG file (tEXt, whose Latin-1 is made UTF-8, or uncompressed iTXt),
   malloc'd; NULL with a reason. */
static char *png_parameters(const unsigned char *data, size_t size, char *why, size_t why_size) {
    size_t at = 8;
    snprintf(why, why_size, "it has no 'parameters' text (A1111's generation parameters)");
    while (size - at >= 12) {
        const size_t length = (size_t)data[at] << 24 | (size_t)data[at + 1] << 16 | (size_t)data[at + 2] << 8 | data[at + 3];
        const unsigned char *d = data + at + 8;
        const int itxt = memcmp(data + at + 4, "iTXt", 4) == 0;
        if (length > size - at - 12) {
            snprintf(why, why_size, "a PNG chunk runs past the end of the file");
            return NULL;
        }
        if ((itxt || memcmp(data + at + 4, "tEXt", 4) == 0) && length >= 11 && memcmp(d, "parameters", 11) == 0) {
            size_t skip = 11, i, n = 0;
            char *text;
            if (itxt) { /* compression flag 0, method, language and translated keyword, each NUL-ended */
                const unsigned char *lang, *trans;
                if (length < 13 || d[11] != 0 || !(lang = (const unsigned char *)memchr(d + 13, 0, length - 13)) ||
                    !(trans = (const unsigned char *)memchr(lang + 1, 0, length - (size_t)(lang + 1 - d)))) {
                    snprintf(why, why_size, "its 'parameters' iTXt chunk is compressed or malformed");
                    return NULL;
                }
                skip = (size_t)(trans + 1 - d);
            }
            if (!(text = (char *)malloc(2 * (length - skip) + 1))) {
                snprintf(why, why_size, "out of memory");
                return NULL;
            }
            for (i = skip; i < length; i++) {
                if (itxt) text[n++] = (char)d[i];
                else n += utf8_put(d[i], text + n); /* Latin-1 */
            }
            text[n] = 0;
            return text;
        }
        if (memcmp(data + at + 4, "IEND", 4) == 0) break;
        at += 12 + length;
    }
    return NULL;
}

/* Reading the TIFF structure of EXIF data: every offset is checked against its size. */
typedef struct tiff_data {
    const unsigned char *bytes;
    size_t size;
    int big_endian;
} tiff_data;

static unsigned long tiff_u16(const tiff_data *t, size_t at) {
    const unsigned char *p = t->bytes + at;
    return t->big_endian ? (unsigned long)p[0] << 8 | p[1] : (unsigned long)p[1] << 8 | p[0];
}
static unsigned long tiff_u32(const tiff_data *t, size_t at) {
    return t->big_endian ? tiff_u16(t, at) << 16 | tiff_u16(t, at + 2) : tiff_u16(t, at + 2) << 16 | tiff_u16(t, at);
}

/* Finds tag in the IFD at offset ifd: 1 with *entry at its 12-byte entry, 0 when the IFD has none,
   -1 when the IFD runs past the end of the data. */
static int tiff_find(const tiff_data *t, unsigned long ifd, unsigned long tag, size_t *entry) {
    size_t count, i;
    if (ifd > t->size || t->size - ifd < 2) return -1;
    count = tiff_u16(t, ifd);
    if (count > (t->size - ifd - 2) / 12) return -1;
    for (i = 0; i < count; i++) {
        if (tiff_u16(t, ifd + 2 + 12 * i) == tag) {
            *entry = ifd + 2 + 12 * i;
            return 1;
        }
    }
    return 0;
}

/* A1111's parameters in EXIF data (TIFF, either byte order): the UserComment (0x9286) of the Exif
   IFD (0x8769 in IFD0), whose first 8 bytes name its encoding: UNICODE, UTF-16 in the TIFF's byte
   order (piexif's UserComment.dump(text, encoding="unicode") with its big-endian TIFF), or ASCII
   (read as Latin-1). As UTF-8, malloc'd; NULL with a reason. */
static char *exif_parameters(const unsigned char *exif, size_t exif_size, char *why, size_t why_size) {
    tiff_data t;
    size_t entry = 0, at, count, i, n = 0;
    unsigned long type;
    int found, unicode;
    char *text;
    t.bytes = exif;
    t.size = exif_size;
    t.big_endian = exif_size >= 2 && exif[0] == 'M';
    if (exif_size < 8 || memcmp(exif, t.big_endian ? "MM" : "II", 2) != 0 || tiff_u16(&t, 2) != 42) {
        snprintf(why, why_size, "its EXIF data is malformed (no TIFF header)");
        return NULL;
    }
    found = tiff_find(&t, tiff_u32(&t, 4), 0x8769, &entry);
    if (found > 0) found = tiff_find(&t, tiff_u32(&t, entry + 8), 0x9286, &entry);
    if (found <= 0) {
        snprintf(why, why_size, found ? "its EXIF data is malformed (an IFD runs past its end)"
                                      : "its EXIF data has no UserComment (where A1111 keeps the generation parameters)");
        return NULL;
    }
    type = tiff_u16(&t, entry + 2); /* 7 UNDEFINED as the standard says; 1 BYTE and 2 ASCII hold bytes too */
    count = tiff_u32(&t, entry + 4);
    at = count <= 4 ? entry + 8 : tiff_u32(&t, entry + 8);
    if ((type != 7 && type != 1 && type != 2) || at > exif_size || count > exif_size - at) {
        snprintf(why, why_size, "its EXIF UserComment is malformed (%s)",
                 type != 7 && type != 1 && type != 2 ? "not a byte string" : "it runs past the end of the EXIF data");
        return NULL;
    }
    unicode = count >= 8 && memcmp(exif + at, "UNICODE\0", 8) == 0;
    if (!unicode && !(count >= 8 && memcmp(exif + at, "ASCII\0\0\0", 8) == 0)) {
        snprintf(why, why_size, "its EXIF UserComment is neither UNICODE nor ASCII text");
        return NULL;
    }
    if (!(text = (char *)malloc((count - 8) * 2 + 1))) { /* UTF-8: at most 3 bytes for 2 of UTF-16, 2 for 1 of Latin-1 */
        snprintf(why, why_size, "out of memory");
        return NULL;
    }
    t.bytes = exif + at + 8; /* from here on, the text */
    t.size = count - 8;
    for (i = 0; unicode && i + 1 < t.size; i += 2) {
        unsigned long unit = tiff_u16(&t, i), low = i + 3 < t.size ? tiff_u16(&t, i + 2) : 0;
        if (unit >= 0xD800 && unit < 0xDC00 && low >= 0xDC00 && low < 0xE000) { /* a surrogate pair */
            unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
            i += 2;
        } else if (unit >= 0xD800 && unit < 0xE000) {
            unit = 0xFFFD;
        }
        n += utf8_put(unit, text + n);
    }
    for (i = 0; !unicode && i < t.size; i++) n += utf8_put(t.bytes[i], text + n);
    text[n] = 0;
    return text;
}

/* The EXIF data (TIFF, after "Exif\0\0") of a JPEG's APP1 segment before its image data. The
   markers are walked here, each segment's length checked against the file's end (stb_image's JPEG
   decoder stays out: see its include). 0 with a reason. */
static int jpeg_exif(const unsigned char *data, size_t size, const unsigned char **exif, size_t *exif_size, char *why,
                     size_t why_size) {
    size_t at = 2, length; /* after SOI */
    while (size - at >= 4 && data[at] == 0xFF) {
        const unsigned marker = data[at + 1];
        if (marker == 0xFF) { /* a fill byte before a marker */
            at++;
            continue;
        }
        if (marker == 0xDA || marker == 0xD9) break; /* the image data (SOS), or EOI */
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { /* TEM and RSTn have no length */
            at += 2;
            continue;
        }
        length = (size_t)data[at + 2] << 8 | data[at + 3];
        if (length < 2 || length > size - at - 2) {
            snprintf(why, why_size, "a JPEG segment runs past the end of the file");
            return 0;
        }
        if (marker == 0xE1 && length >= 8 && memcmp(data + at + 4, "Exif\0\0", 6) == 0) {
            *exif = data + at + 10;
            *exif_size = length - 8;
            return 1;
        }
        at += 2 + length;
    }
    snprintf(why, why_size, "it has no EXIF data (where A1111 keeps a JPEG's generation parameters)");
    return 0;
}

static unsigned long get_le32(const unsigned char *p) {
    return (unsigned long)p[3] << 24 | (unsigned long)p[2] << 16 | (unsigned long)p[1] << 8 | p[0];
}

/* The EXIF data of a WebP file: its 'EXIF' chunk (without "Exif\0\0", which some writers put
   there too). Every chunk is checked against the RIFF's and the file's end. 0 with a reason. */
static int webp_exif(const unsigned char *data, size_t size, const unsigned char **exif, size_t *exif_size, char *why,
                     size_t why_size) {
    const unsigned long riff_size = get_le32(data + 4);
    const size_t end = riff_size < size - 8 ? 8 + (size_t)(riff_size < 4 ? 4 : riff_size) : size; /* never before the header's end */
    size_t at = 12, length;
    while (end - at >= 8) {
        length = get_le32(data + at + 4);
        if (length > end - at - 8) {
            snprintf(why, why_size, "a WebP chunk runs past the end of the file");
            return 0;
        }
        if (memcmp(data + at, "EXIF", 4) == 0) {
            const int prefixed = length >= 6 && memcmp(data + at + 8, "Exif\0\0", 6) == 0;
            *exif = data + at + 8 + (prefixed ? 6 : 0);
            *exif_size = length - (prefixed ? 6 : 0);
            return 1;
        }
        at += 8 + length;
        if (length & 1 && at < end) at++; /* the padding byte of an odd-sized chunk */
    }
    snprintf(why, why_size, "it has no EXIF data (where A1111 keeps a WebP's generation parameters)");
    return 0;
}

/* The parameters text of an image file in memory: a PNG's "parameters" chunk, or the EXIF
   UserComment of a JPEG or a WebP (where A1111 writes it). As UTF-8, malloc'd; NULL with a reason. */
static char *image_parameters(const unsigned char *data, size_t size, char *why, size_t why_size) {
    const int jpeg = size >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF;
    const int webp = size >= 12 && memcmp(data, "RIFF", 4) == 0 && memcmp(data + 8, "WEBP", 4) == 0;
    const unsigned char *exif = NULL;
    size_t exif_size = 0;
    if (size >= 8 && memcmp(data, png_signature, 8) == 0) return png_parameters(data, size, why, why_size);
    if (!jpeg && !webp) {
        snprintf(why, why_size, "not a PNG, JPEG or WebP file");
        return NULL;
    }
    if (!(jpeg ? jpeg_exif : webp_exif)(data, size, &exif, &exif_size, why, why_size)) return NULL;
    return exif_parameters(exif, exif_size, why, why_size);
}

/* The parameters text of the image file at path (image_parameters), malloc'd; NULL with a reason. */
static char *read_image_parameters(const char *path, char *why, size_t why_size) {
    FILE *f = open_regular_file(path);
    unsigned char *data = NULL;
    char *text = NULL;
    long size = -1;
    if (f && fseek(f, 0, SEEK_END) == 0) size = ftell(f);
    if (!f) snprintf(why, why_size, "%s", errno == EINVAL ? "not a regular file" : strerror(errno));
    else if (size < 0 || size > (256L << 20) || fseek(f, 0, SEEK_SET) != 0 || !(data = (unsigned char *)malloc((size_t)size + 1)) ||
             fread(data, 1, (size_t)size, f) != (size_t)size)
        snprintf(why, why_size, "cannot read it%s", size > (256L << 20) ? " (larger than 256 MiB)" : "");
    else text = image_parameters(data, (size_t)size, why, why_size);
    if (f) fclose(f);
    free(data);
    return text;
}

/* One "Key: value" of the last line, from *at (moved past it and its comma): the key and value
   copied into key / value (a JSON string unquoted). 0 at the end of the line. */
static int next_pair(const char **at, char *key, size_t key_size, char *value, size_t value_size) {
    const char *s = *at, *colon;
    size_t n = 0;
    while (*s == ' ' || *s == ',') s++;
    if (!*s || !(colon = strchr(s, ':'))) return 0;
    snprintf(key, key_size, "%.*s", (int)(colon - s), s);
    s = colon + 1;
    while (*s == ' ') s++;
    if (*s == '"') {
        for (s++; *s && *s != '"'; s++) {
            char ch = *s;
            if (ch == '\\' && s[1]) {
                s++;
                ch = *s == 'n' ? '\n' : *s == 't' ? '\t' : *s == 'r' ? '\r' : *s;
            }
            if (n + 1 < value_size) value[n++] = ch;
        }
        if (*s == '"') s++;
    } else {
        for (; *s && *s != ','; s++)
            if (n + 1 < value_size) value[n++] = *s;
        while (n > 0 && value[n - 1] == ' ') n--;
    }
    value[n] = 0;
    *at = s;
    return 1;
}

/* --from-png: applies the prompt, negative prompt and the settings of an image's parameters text
   through the options they correspond to (so each is checked as if given on the command line). */
static int apply_image_parameters(cli_options *c, const char *path) {
    char why[160], key[64], value[512];
    const char *settings = NULL, *at;
    char *line, *negative;
    int rng_cpu = 0, karras = 0;
    sd_sampler sampler = SD_SAMPLER_DEFAULT;
    if (from_png_text) return usage_error("--from-png can be given once");
    if (!(from_png_text = read_image_parameters(path, why, sizeof why))) return usage_error("--from-png '%s': %s", path, why);
    /* the settings are the last line; the prompt the lines before "Negative prompt:" */
    line = strrchr(from_png_text, '\n');
    if (line && strstr(line + 1, "Steps: ")) {
        *line = 0;
        settings = line + 1;
    }
    negative = strstr(from_png_text, "\nNegative prompt: ");
    if (negative) {
        *negative = 0;
        c->params.negative_prompt = negative + 18;
    }
    c->params.prompt = from_png_text;
    for (at = settings; at && next_pair(&at, key, sizeof key, value, sizeof value);) {
        const char *flag = NULL;
        if (strcmp(key, "Steps") == 0) flag = "--steps";
        else if (strcmp(key, "CFG scale") == 0) flag = "--cfg";
        else if (strcmp(key, "Seed") == 0) flag = "--seed";
        else if (strcmp(key, "Clip skip") == 0) flag = "--clip-skip";
        else if (strcmp(key, "Batch size") == 0) flag = "--batch";
        else if (strcmp(key, "LoRA") == 0) flag = "--lora";
        else if (strcmp(key, "Embedding") == 0) flag = "--embedding";
        else if (strcmp(key, "LoRA folder") == 0) flag = "--lora-dir";
        else if (strcmp(key, "VAE") == 0) flag = "--vae";
        else if (strcmp(key, "RNG") == 0) {
            if (strcmp(value, "CPU") != 0 && strcmp(value, "GPU") != 0)
                return usage_error("--from-png '%s': RNG %s is not one sd has (CPU or GPU)", path, value);
            rng_cpu = strcmp(value, "CPU") == 0;
        } else if (strcmp(key, "Schedule type") == 0) {
            karras = strcmp(value, "Karras") == 0;
        } else if (strcmp(key, "Denoising strength") == 0) { /* used only with --init-img */
            if (!parse_float("Denoising strength", value, &c->params.strength)) return 0;
            if (!(c->params.strength > 0.0f && c->params.strength <= 1.0f))
                return usage_error("--from-png '%s': Denoising strength must be in (0, 1], got %s", path, value);
        } else if (strcmp(key, "Size") == 0) {
            char *x = strchr(value, 'x');
            if (!x) return usage_error("--from-png '%s': Size '%s' is not WIDTHxHEIGHT", path, value);
            *x = 0;
            if (!apply_option(c, find_option("--width", 7), "--width", value) ||
                !apply_option(c, find_option("--height", 8), "--height", x + 1))
                return 0;
        } else if (strcmp(key, "Sampler") == 0) {
            if (!(sampler = a1111_sampler(value))) return usage_error("--from-png '%s': sampler '%s' is not one sd has", path, value);
        }
        if (flag && (!strcmp(flag, "--embedding") || !strcmp(flag, "--lora-dir") || !strcmp(flag, "--vae"))) { /* options that keep the pointer */
            static char kept[SD_MAX_EMBEDDINGS + 2][sizeof value];
            static int kept_count;
            if (kept_count == SD_MAX_EMBEDDINGS + 2) return usage_error("--from-png '%s': too many %s entries", path, key);
            snprintf(kept[kept_count], sizeof kept[0], "%s", value);
            if (!apply_option(c, find_option(flag, strlen(flag)), flag, kept[kept_count++])) return 0;
        } else if (flag && !apply_option(c, find_option(flag, strlen(flag)), flag, value)) {
            return 0;
        }
    }
    if (sampler && karras) { /* newer A1111 names the schedule apart: "Sampler: Euler, Schedule type: Karras" */
        char name[64];
        snprintf(name, sizeof name, "%s Karras", a1111_sampler_name(sampler));
        if (a1111_sampler(name)) sampler = a1111_sampler(name); /* one without a Karras form keeps its schedule */
    }
    if (sampler) c->params.sampler = sampler;
    c->params.rng = rng_cpu ? SD_RNG_CPU : SD_RNG_CUDA; /* absent: A1111's default, the GPU's */
    return 1;
}

/* Writes the image in the run's format, with its parameters text, to t (see check_output); 0 with
   a message. */
static int write_image(const char *name, const out_target *t, const cli_options *c, const sd_image *image, const char *text) {
    int fd, ok, saved_errno;
    size_t file_length = 0, kept = 0;
    unsigned char *file = encode_image(c, image, text, &file_length, &kept);
    if (!file) {
        runtime_error("cannot write '%s': out of memory encoding the %s", name, format_names[c->format]);
        return 0;
    }
    if (kept < strlen(text))
        fprintf(stderr, "sd: warning: '%s': the parameters text has %lu bytes, more than %s's EXIF holds: only the first %lu "
                "are in the file\n", name, (unsigned long)strlen(text), format_names[c->format], (unsigned long)kept);
    if (t->stream || t->in_place) {
        fd = strcmp(t->path, "-") == 0 ? STDOUT_FILENO : open(t->path, O_WRONLY | (t->in_place ? O_TRUNC : 0));
        ok = fd >= 0 && write_all(fd, file, file_length);
        saved_errno = errno;
        if (fd >= 0 && fd != STDOUT_FILENO && close(fd) != 0 && ok) ok = 0, saved_errno = errno;
        free(file);
        if (!ok) runtime_error("cannot write '%s': %s", name, strerror(saved_errno));
        return ok;
    }
    snprintf(temp_path, sizeof temp_path, "%s.tmp.%ld", t->path, (long)getpid());
    fd = open(temp_path, O_WRONLY | O_CREAT | O_EXCL, 0666);
    if (fd >= 0) temp_exists = 1;
    ok = fd >= 0 && write_all(fd, file, file_length) && (!t->mode || fchmod(fd, t->mode) == 0);
    saved_errno = errno;
    if (fd >= 0 && close(fd) != 0 && ok) ok = 0, saved_errno = errno;
    if (ok && rename(temp_path, t->path) != 0) ok = 0, saved_errno = errno;
    if (!ok && fd >= 0) unlink(temp_path);
    temp_exists = 0;
    free(file);
    if (!ok) runtime_error("cannot write '%s': %s", name, strerror(saved_errno));
    return ok;
}

/* ---- the two commands ---- */

static int exit_code_for(sd_result r) { return r == SD_ERR_INVALID_ARGUMENT ? EXIT_USAGE : EXIT_RUNTIME; }

/* Creates the context; on failure reports it and returns 0 with *exit_code set. */
static int create_context(cli_options *c, cli_terminal *term, sd_ctx **ctx, int *exit_code) {
    sd_result r;
    int i;
    term->verbose = c->verbose;
    c->desc.logger.func = log_to_stderr;
    c->desc.logger.user_data = term;
    r = sd_create(&c->desc, ctx);
    if (r != SD_OK) {
        if (c->desc.model_path)
            runtime_error("cannot load model '%s': %s", c->desc.model_path, *ctx ? sd_last_error(*ctx) : sd_result_string(r));
        else runtime_error("%s", *ctx ? sd_last_error(*ctx) : sd_result_string(r));
    } else {
        /* the add-ons: a bad file stops the run before anything is generated, with the file named */
        if (c->lora_count) r = sd_set_loras(*ctx, c->loras, c->lora_count);
        for (i = 0; r == SD_OK && i < c->embedding_count; i++) r = sd_load_embedding(*ctx, c->embeddings[i], NULL);
        if (r == SD_OK) return 1;
        runtime_error("%s", sd_last_error(*ctx));
    }
    sd_destroy(*ctx);
    *ctx = NULL;
    *exit_code = exit_code_for(r);
    return 0;
}

static int print_tokens(cli_options *c) {
    cli_terminal term = {0, 0};
    sd_ctx *ctx = NULL;
    int ids[SD_MAX_TOKENS], i, exit_code = 0;
    sd_result r;
    memset(ids, 0, sizeof ids);
    if (!create_context(c, &term, &ctx, &exit_code)) return exit_code;
    r = sd_tokenize(ctx, c->params.prompt, ids);
    if (r != SD_OK) {
        runtime_error("cannot tokenize the prompt: %s", sd_last_error(ctx));
        sd_destroy(ctx);
        return exit_code_for(r);
    }
    for (i = 0; i < SD_MAX_TOKENS; i++) printf(i ? " %d" : "%d", ids[i]);
    printf("\n");
    sd_destroy(ctx);
    return fflush(stdout) == 0 ? 0 : EXIT_RUNTIME;
}

/* A seed from the clock and process id, kept to 32 bits so it is easy to share and retype. */
static uint64_t seed_from_clock(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return ((uint64_t)ts.tv_sec * 1000003u ^ (uint64_t)ts.tv_nsec ^ ((uint64_t)getpid() << 16)) & 0xFFFFFFFFu;
}

/* stb grows its buffer for the compressed data to each IDAT chunk's declared length before it
   reads the chunk, so a 100-byte file can make it ask for 2 GB (tests/fuzz found it). A PNG
   whose chunks run past the end of the file is refused before stb sees it. */
static int png_chunks_fit(const unsigned char *data, size_t size) {
    size_t at = 8;
    if (size < 8 || memcmp(data, png_signature, 8) != 0) return 1; /* not a PNG: stb says what it is */
    while (size - at >= 8) { /* stb reads a chunk once its length and type are there */
        size_t length = ((size_t)data[at] << 24) | ((size_t)data[at + 1] << 16) | ((size_t)data[at + 2] << 8) | data[at + 3];
        if (size - at < 12 || length > size - at - 12) return 0;
        if (memcmp(data + at + 4, "IEND", 4) == 0) break;
        at += 12 + length;
    }
    return 1;
}

/* Opens a regular file for reading, or NULL with errno set: a FIFO or a device is refused
   (EINVAL; a folder EISDIR) without waiting on it. */
static FILE *open_regular_file(const char *path) {
    struct stat st;
    int fd = open(path, O_RDONLY | O_NONBLOCK), err;
    FILE *f;
    if (fd < 0) return NULL;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        err = S_ISDIR(st.st_mode) ? EISDIR : EINVAL;
        close(fd);
        errno = err;
        return NULL;
    }
    if (!(f = fdopen(fd, "rb"))) close(fd);
    return f;
}

/* Reads an init image file (PNG, at most 256 MiB) into RGB8 pixels; NULL with a message. */
static unsigned char *load_init_image(const char *path, sd_image *init, char *why, size_t why_size) {
    FILE *f = open_regular_file(path);
    unsigned char *data = NULL, *pixels = NULL;
    long size = -1;
    int channels;
    if (f && fseek(f, 0, SEEK_END) == 0) size = ftell(f);
    if (!f && errno == EINVAL) snprintf(why, why_size, "not a regular file (a FIFO, a device or a socket)");
    else if (!f || size < 0 || fseek(f, 0, SEEK_SET) != 0) snprintf(why, why_size, "%s", f ? "cannot read it" : strerror(errno));
    else if (size > (256L << 20)) snprintf(why, why_size, "larger than 256 MiB");
    else if (!(data = (unsigned char *)malloc((size_t)size + 1)) || fread(data, 1, (size_t)size, f) != (size_t)size)
        snprintf(why, why_size, "cannot read it");
    else if (!png_chunks_fit(data, (size_t)size)) snprintf(why, why_size, "a PNG chunk runs past the end of the file");
    else if (!(pixels = stbi_load_from_memory(data, (int)size, &init->width, &init->height, &channels, 3))) {
        const char *reason = stbi_failure_reason();
        snprintf(why, why_size, "%s%s", reason, strcmp(reason, "unknown image type") == 0 ? " (images must be PNG)" : "");
    }
    if (f) fclose(f);
    free(data);
    return pixels;
}

/* Every output of the batch checked before the run: where each goes (targets[i], named names[i]). */
static int check_outputs(const cli_options *c, int batch, out_target *targets, char (*names)[PATH_BUFFER]) {
    int i;
    if (batch > 1 && strcmp(c->output, "-") == 0) {
        runtime_error("-o - writes one image; with --batch %d name a file (out.png gives out.png, out-1.png, ...)", batch);
        return 0;
    }
    for (i = 0; i < batch; i++) {
        if (!batch_file_name(c->output, i, names[i], sizeof names[i])) {
            runtime_error("output path is too long: '%s'", c->output);
            return 0;
        }
        if (!check_output(names[i], &targets[i])) return 0;
    }
    return 1;
}

/* --preview: each preview of the first image replaces the PNG at target (never half-written). */
typedef struct cli_preview {
    cli_options png; /* the options with PNG as the format */
    out_target target;
} cli_preview;

static int write_preview(void *user_data, const sd_preview *preview) {
    cli_preview *p = (cli_preview *)user_data;
    char text[64];
    snprintf(text, sizeof text, "preview after step %d of %d", preview->step, preview->steps);
    if (preview->images) write_image(p->png.preview, &p->target, &p->png, &preview->images[0], text);
    return 0;
}

static int generate(cli_options *c) {
    cli_terminal term = {0, 0};
    sd_ctx *ctx = NULL;
    sd_image init, mask, *images = NULL;
    cli_preview preview;
    int batch = c->params.batch ? c->params.batch : 1, i, exit_code = 0;
    out_target *targets = (out_target *)calloc((size_t)batch, sizeof *targets);
    char (*names)[PATH_BUFFER] = (char (*)[PATH_BUFFER])calloc((size_t)batch, sizeof *names);
    sd_result r;
    memset(&init, 0, sizeof init);
    memset(&mask, 0, sizeof mask);
    if (!targets || !names || !check_outputs(c, batch, targets, names)) {
        if (!targets || !names) runtime_error("out of memory");
        free(targets);
        free(names);
        return EXIT_RUNTIME;
    }
    if (c->init_image) {
        char why[160];
        init.pixels = load_init_image(c->init_image, &init, why, sizeof why);
        if (!init.pixels) {
            runtime_error("cannot read image '%s': %s", c->init_image, why);
            free(targets);
            free(names);
            return EXIT_RUNTIME;
        }
    }
    if (c->mask_image) {
        char why[160];
        mask.pixels = load_init_image(c->mask_image, &mask, why, sizeof why);
        if (!mask.pixels) {
            runtime_error("cannot read mask '%s': %s", c->mask_image, why);
            stbi_image_free(init.pixels);
            free(targets);
            free(names);
            return EXIT_RUNTIME;
        }
        c->params.mask = &mask;
    }
    if (!c->seed_given) {
        c->params.seed = seed_from_clock();
        fprintf(stderr, "seed: %llu\n", (unsigned long long)c->params.seed);
    }
    if (isatty(STDERR_FILENO)) {
        c->params.progress = show_progress;
        c->params.progress_user_data = &term;
    }
    if (c->preview) {
        preview.png = *c;
        preview.png.format = FORMAT_PNG;
        preview.png.quality = 0;
        if (!check_output(c->preview, &preview.target)) {
            free(targets);
            free(names);
            stbi_image_free(init.pixels);
            stbi_image_free(mask.pixels);
            return EXIT_RUNTIME;
        }
        c->params.preview = write_preview;
        c->params.preview_user_data = &preview;
    }
    images = (sd_image *)calloc((size_t)batch, sizeof *images);
    if (!images) runtime_error("out of memory");
    if (!images || !create_context(c, &term, &ctx, &exit_code)) {
        free(images);
        free(targets);
        free(names);
        stbi_image_free(init.pixels);
        stbi_image_free(mask.pixels);
        return images ? exit_code : EXIT_RUNTIME;
    }
    r = c->init_image ? sd_img2img(ctx, &c->params, &init, images) : sd_txt2img(ctx, &c->params, images);
    end_bar(&term);
    if (r != SD_OK) {
        runtime_error("%s", sd_last_error(ctx));
        exit_code = exit_code_for(r);
    }
    for (i = 0; r == SD_OK && i < batch; i++) {
        char *text = parameters_text(c, &images[i], batch, i);
        if (text && write_image(names[i], &targets[i], c, &images[i], text)) fprintf(stderr, "wrote %s\n", names[i]);
        else exit_code = EXIT_RUNTIME; /* try the rest: they cost minutes to make */
        if (!text) runtime_error("cannot write '%s': out of memory", names[i]);
        free(text);
    }
    if (c->verbose)
        fprintf(stderr, "peak memory: %.1f MiB, backend: %s\n", sd_peak_memory(ctx) / (1024.0 * 1024.0), sd_backend_name(ctx));
    for (i = 0; i < batch; i++) sd_image_free(ctx, &images[i]);
    free(images);
    free(targets);
    free(names);
    stbi_image_free(init.pixels);
    stbi_image_free(mask.pixels);
    sd_destroy(ctx);
    return exit_code;
}

/* tests/fuzz includes this file with SD_CLI_NO_MAIN to call parse_args and the image decoder. */
#ifndef SD_CLI_NO_MAIN
int main(int argc, char **argv) {
    cli_options c;
    switch (parse_args(argc, argv, &c)) {
    case CLI_EXIT_OK: return 0;
    case CLI_EXIT_USAGE: return EXIT_USAGE;
    case CLI_RUN: break;
    }
    install_signal_handlers();
    return c.print_tokens ? print_tokens(&c) : generate(&c);
}
#endif
