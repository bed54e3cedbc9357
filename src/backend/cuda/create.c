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
