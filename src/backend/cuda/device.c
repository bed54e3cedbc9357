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
