/* sd_single.h - Stable Diffusion text-to-image in one C header. MIT licensed (see end of file).

   WHAT
     The whole Stable Diffusion 1.x / 2.x pipeline: CLIP tokenizer and text encoder, UNet, VAE,
     schedulers, classifier-free guidance, img2img and inpainting. A CPU backend is always present and is the
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
       text/prompt.c           A1111's weights and chunks of 75 tokens, sd__prompt_build;
                               textual-inversion words
       model/clip.c            the text encoder, sd__clip_encode
       pipeline/pipeline.c     sd_txt2img / sd_img2img -> sd__generate: the whole run. Each step
                               is one pass on the backend (sd__denoise_step: the UNet on
                               [negative, prompt] rows between denoise_input and denoise_step,
                               guidance and the sampler's update), a CUDA graph after the first;
                               LoRA (sd_set_loras) and embeddings (sd_load_embedding)
       pipeline/resize.c       init images and masks fitted to the run's size (PIL's Lanczos, in
                               diffusers' and A1111's resize modes)
       model/unet.c            the UNet, sd__unet_fwd
       pipeline/rng.c          torch's CPU (mt19937) and CUDA (Philox) randn, bit for bit
       pipeline/scheduler_*.c, schedules.c
                               diffusers' scheduler configs, timesteps and sigmas, and each
                               sampler's update as a plan of coefficients, sd__sched_plan
       model/vae.c             the VAE decoder and encoder (tiling, slicing), sd__vae_decode_latents
       model/taesd.c           TAESD's decoder: previews and --vae-tiny
       model/layers.c          the building blocks the models share: conv, linear (with their
                               LoRA adapters), norms, ResnetBlock2D, attention
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
#define SD_MAX_PROMPT_CHUNKS 32 /* a prompt's chunks of 75 tokens at most (2400 tokens) */
#define SD_MAX_EMBEDDINGS 32   /* textual-inversion embeddings per context */
#define SD_MAX_LORAS 32        /* LoRA files per context (the CLI's limit; sd_set_loras takes any count) */
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
/* The samplers, each as its diffusers scheduler: DDIM, PNDM, LMS, Euler, Euler ancestral, Heun
   (HeunDiscreteScheduler: two UNet calls per step, 2 * steps - 1 in all), DPM++ 2M and DPM++ 2M
   SDE (DPMSolverMultistepScheduler, algorithm "dpmsolver++" / "sde-dpmsolver++", order 2), LCM
   (LCMScheduler, for LCM models and LCM-LoRA, usually with 4-8 steps and guidance 1-2) and UniPC
   (UniPCMultistepScheduler). The _KARRAS ones always use Karras sigmas; the plain DPM++ ones
   never do, and the plain LMS, Euler and Heun only where the model's scheduler config of their
   class says use_karras_sigmas. Euler a, DPM++ 2M SDE and LCM add fresh noise at their steps,
   drawn from the run's generator as diffusers does, so seeds give diffusers' images. */
typedef enum sd_sampler {
    SD_SAMPLER_DEFAULT = 0, SD_SAMPLER_DDIM, SD_SAMPLER_PNDM, SD_SAMPLER_LMS, SD_SAMPLER_EULER,
    SD_SAMPLER_EULER_A, SD_SAMPLER_DPMPP_2M, SD_SAMPLER_DPMPP_2M_KARRAS, SD_SAMPLER_EULER_KARRAS,
    SD_SAMPLER_LMS_KARRAS, SD_SAMPLER_HEUN, SD_SAMPLER_HEUN_KARRAS, SD_SAMPLER_DPMPP_2M_SDE,
    SD_SAMPLER_DPMPP_2M_SDE_KARRAS, SD_SAMPLER_LCM, SD_SAMPLER_UNIPC, SD_SAMPLER_COUNT
} sd_sampler;
/* Which generator draws the noise: torch's CPU mt19937 (diffusers' default) or CUDA's Philox
   (the seeds A1111 users share). Both are computed on the host, on any backend. */
typedef enum sd_rng { SD_RNG_DEFAULT = 0, SD_RNG_CPU, SD_RNG_CUDA } sd_rng;
/* How sd_img2img fits an init image (and a mask) of another size than the run's, as diffusers'
   image processor and A1111 do, all with PIL's Lanczos filter (diffusers' resampling):
   STRETCH (the default; diffusers' "default", A1111's "Just resize") scales to the size; CROP
   ("Crop and resize") scales to cover it and crops the middle; FILL ("Resize and fill") scales to
   fit inside and fills the bands beside from the image's edges; NONE refuses another size. */
typedef enum sd_resize { SD_RESIZE_DEFAULT = 0, SD_RESIZE_STRETCH, SD_RESIZE_CROP, SD_RESIZE_FILL, SD_RESIZE_NONE } sd_resize;
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
    const char *lora_dir;       /* where a prompt's <lora:NAME:WEIGHT> finds NAME.safetensors (copied) */
    const char *taesd_path;     /* TAESD, the tiny autoencoder (diffusers' AutoencoderTiny .safetensors, or
                                   taesd_decoder.safetensors): previews decode through it (sd_params.preview) */
    sd_toggle vae_tiny;         /* SD_ON: the final images are decoded by TAESD too (fast, rougher) */
    const char *vae_path;       /* a VAE in place of the model's: a .safetensors in the original layout
                                   (vae-ft-mse-840000-ema-pruned.safetensors) or a diffusers folder (the
                                   VAE's, or a pipeline's with vae/); NULL: the model's own */
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
   the call then returns SD_ERR_CANCELLED and the context stays usable. A step is one UNet
   evaluation: `steps` is the run's count of them (Heun's 2 x steps - 1; img2img's those left). */
typedef int (*sd_progress_fn)(void *user_data, int step, int steps, double elapsed_seconds);

/* A live preview (sd_params.preview), valid during the call only. */
typedef struct sd_preview {
    int step, steps;                  /* after this many of the run's steps */
    int batch, channels, height, width;
    const float *latents;             /* the current latents [batch, channels, height, width] (NCHW), as the
                                         sampler holds them (diffusers' callback_on_step_end latents) */
    const sd_image *images;           /* batch previews of them scaled to unit variance (times the next step's
                                         input scale): through TAESD at the full size when sd_desc.taesd_path
                                         is set, else a linear latent-to-RGB approximation at the latents' size
                                         (A1111's "Approx cheap"; none for latents other than 4 channels:
                                         NULL then) */
} sd_preview;
/* Return non-zero to cancel, as with sd_progress_fn. */
typedef int (*sd_preview_fn)(void *user_data, const sd_preview *preview);

typedef struct sd_params {
    const char *prompt;          /* UTF-8; NULL is "". Any length: encoded in chunks of 75 tokens (at most
                                    SD_MAX_PROMPT_CHUNKS), A1111's way. Weights in A1111's syntax:
                                    (text) x1.1, [text] /1.1, (text:1.3), nesting, \( \) \[ \] \\ for the
                                    characters, BREAK starts a new chunk */
    const char *negative_prompt; /* UTF-8; NULL is ""; as prompt */
    int width, height;           /* multiples of 8; 0: the model's default size (img2img: the init image's) */
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
    sd_toggle prompt_weighting;  /* default on: the syntax above; SD_OFF: parentheses, brackets, backslashes
                                    and BREAK are plain text */
    const sd_image *mask;        /* sd_img2img only: inpainting, as diffusers' StableDiffusionInpaintPipeline.
                                    RGB8, any size (fitted as the init image is). A pixel whose grey (PIL's convert("L")) is 128
                                    or more is repainted, a darker one kept. An inpainting model (9 input
                                    channels) sees the mask and the masked image; with an ordinary model the
                                    kept part is put back after every step. strength 0 here means 1 */
    sd_resize resize;            /* img2img: how an init image and mask of another size are fitted */
    sd_preview_fn preview;       /* optional: called after every preview_every-th step and the last */
    void *preview_user_data;
    int preview_every;           /* 0: 1 */
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
/* Like sd_txt2img, starting from init (RGB8, any size up to SD_MAX_DIM). The run's size is
   params' width and height, or init's sides rounded down to multiples of 8; init is fitted to it
   by params->resize. With params->mask, inpainting; an inpainting model (9 input channels) needs
   a mask. */
SDDEF sd_result sd_img2img(sd_ctx *ctx, const sd_params *params, const sd_image *init, sd_image *images);
SDDEF void sd_image_free(sd_ctx *ctx, sd_image *image);

/* Loads a textual-inversion embedding (.safetensors: A1111's, with its vectors under "emb_params",
   or diffusers', one tensor named by its word) for the context's later prompts: wherever `token`
   appears in a prompt (as written, also inside a word, as diffusers matches it), its vectors
   stand there, one token each. token NULL: diffusers' tensor name, or for A1111's files the file
   name without folder and extension, as A1111 names them. The vectors must have the text
   encoder's width; at most 75 of them, SD_MAX_EMBEDDINGS embeddings per context. */
SDDEF sd_result sd_load_embedding(sd_ctx *ctx, const char *path, const char *token);

/* A LoRA file and its weight (sd_set_loras). */
typedef struct sd_lora {
    const char *path; /* .safetensors: kohya's names (lora_unet_*, lora_te_* with .lora_down, .lora_up,
                         .alpha) or diffusers'/PEFT's (unet.*, text_encoder.* with .lora_A, .lora_B) */
    float weight;     /* 1: as trained; 0: left out */
} sd_lora;

/* Sets the LoRAs of the context's later images, replacing the previous set (count 0: none); a
   prompt may add more with A1111's <lora:NAME> or <lora:NAME:WEIGHT> (the tag is taken out of the
   text; NAME.safetensors in sd_desc.lora_dir). Each
   runs beside the layers it names as a low-rank update at run time (linear layers and convs,
   LoCon's 3x3 ones included), never merged into the weights: changing or removing LoRAs reloads
   nothing of the model. A bad file (a tensor that names no layer, a missing pair, a wrong shape)
   fails with the tensor named and leaves the previous set in place. */
SDDEF sd_result sd_set_loras(sd_ctx *ctx, const sd_lora *loras, int count);

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
