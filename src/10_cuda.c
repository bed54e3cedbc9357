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
   convolution, an attention or a copy of any size runs in chunks. */
#if !defined(SD_NO_CUDA) && UINTPTR_MAX > 0xFFFFFFFFu
#define SD__CUDA 1

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
    /* events order the copy stream and the compute stream, and time the GPU for tools/bench_gpu.c */
    sd__cu_result (*cuEventCreate)(sd__cu_event *event, unsigned int flags);
    sd__cu_result (*cuEventRecord)(sd__cu_event event, sd__cu_stream stream);
    sd__cu_result (*cuEventSynchronize)(sd__cu_event event);
    sd__cu_result (*cuEventElapsedTime)(float *milliseconds, sd__cu_event start, sd__cu_event end);
    sd__cu_result (*cuEventDestroy)(sd__cu_event event);
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

/* The libraries tried, in order. */
static const char *const sd__cuda_driver_libs[] = {"libcuda.so.1", NULL};
static const char *const sd__cuda_blas_libs[] = {"libcublas.so.13", "libcublas.so.12", "libcublas.so", NULL};

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
    SD__SYM(cuEventDestroy, "cuEventDestroy_v2")};
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
    return sd__cuda_load_library(env, names, "cuBLAS", "no cuBLAS (libcublas.so.13 or .12)", sd__cuda_blas_symbols,
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

/* --------------------------------------------------------------------------------------------
   Backend state
   -------------------------------------------------------------------------------------------- */
typedef enum sd__cuda_kernel {
    SD__K_IM2COL, SD__K_BIAS_RESIDUAL, SD__K_GN_PARTIAL, SD__K_GN_FINISH, SD__K_GN_APPLY, SD__K_LAYER_NORM, SD__K_SOFTMAX,
    SD__K_ACTIVATION, SD__K_GEGLU, SD__K_ADD, SD__K_UPSAMPLE, SD__K_CONCAT, SD__K_CAST_IN, SD__K_CAST_OUT,
    SD__K_FLASH_D40, SD__K_FLASH_D64, SD__K_FLASH_D80, SD__K_FLASH_D160, /* 16-bit storage only */
    SD__K_GUIDANCE, SD__K_TO_U8, /* the sampler loop's steps on the device: loaded and tested, not called yet */
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
    {"sd_flash_attention_d80_%s", 0}, {"sd_flash_attention_d160_%s", 0}, {"sd_guidance_%s", 0}, {"sd_to_u8_%s", 0},
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
    if (s == SD__CUBLAS_STATUS_SUCCESS) return 1;
    sd__backend_failf(&cb->base, SD_ERR_BACKEND, "%s: cuBLAS status %d", what, (int)s);
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

/* --------------------------------------------------------------------------------------------
   Memory ops
   -------------------------------------------------------------------------------------------- */
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
   the work buffer, stage_bytes at a time. From pageable memory a copy has read the host data
   when it returns (it first waits for the stream), so callers may free src right after. */
static void sd__cuda_upload(sd__cuda_backend *cb, const float *src, const sd__tensor *t) {
    const size_t count = sd__tensor_count(t), chunk = sd__cuda_stage_floats(cb, t);
    size_t first;
    if (t->dtype == SD__F32) {
        sd__cuda_ok(cb, cb->api.cuMemcpyHtoDAsync(sd__cuda_ptr(t), src, count * sizeof(float), cb->stream), "copying to the device");
        return;
    }
    for (first = 0; first < count && !cb->base.status; first += chunk) {
        long long n = (long long)SD__MIN(chunk, count - first);
        sd__cu_ptr stage = sd__cuda_work(cb, (size_t)n * sizeof(float)), dst = sd__cuda_ptr(t) + (sd__cu_ptr)(first * cb->elt);
        void *params[3];
        if (!stage || !sd__cuda_ok(cb, cb->api.cuMemcpyHtoDAsync(stage, src + first, (size_t)n * sizeof(float), cb->stream),
                                   "copying to the device"))
            return;
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

/* Times each way (one warm-up, then SD__CUDA_TUNE_RUNS runs between two events) and returns the
   fastest; every run writes y, which the caller then overwrites with the winner's result. */
static sd__cuda_conv_way sd__cuda_conv_tune(sd__cuda_backend *cb, const sd__tensor *x, const sd__tensor *w,
                                            const sd__tensor *bias, const sd__tensor *residual, int stride, int pad,
                                            sd__tensor *y, const char *key) {
    sd__cuda_conv_way way, best = SD__CONV_CUBLAS;
    float best_ms = 0.0f;
    char line[512];
    size_t used = 0;
    for (way = (sd__cuda_conv_way)0; way < SD__CONV_WAYS && !cb->base.status; way = (sd__cuda_conv_way)(way + 1)) {
        float ms = 0.0f;
        int run;
        sd__cuda_conv_run(cb, way, x, w, bias, residual, stride, pad, y);
        if (!sd__cuda_ok(cb, cb->api.cuEventRecord(cb->timing[0], cb->stream), "cuEventRecord")) break;
        for (run = 0; run < SD__CUDA_TUNE_RUNS; run++) sd__cuda_conv_run(cb, way, x, w, bias, residual, stride, pad, y);
        if (cb->base.status || !sd__cuda_ok(cb, cb->api.cuEventRecord(cb->timing[1], cb->stream), "cuEventRecord") ||
            !sd__cuda_ok(cb, cb->api.cuEventSynchronize(cb->timing[1]), "cuEventSynchronize") ||
            !sd__cuda_ok(cb, cb->api.cuEventElapsedTime(&ms, cb->timing[0], cb->timing[1]), "cuEventElapsedTime"))
            break;
        ms /= SD__CUDA_TUNE_RUNS;
        if (way == 0 || ms < best_ms) {
            best = way;
            best_ms = ms;
        }
        if (used < sizeof line) used += (size_t)snprintf(line + used, sizeof line - used, " %s %.3f ms", sd__cuda_conv_way_names[way], (double)ms);
    }
    if (cb->base.status) return SD__CONV_CUBLAS;
    sd__log(cb->base.env, SD_LOG_DEBUG, "autotune: %s:%s -> %s", key, line, sd__cuda_conv_way_names[best]);
    if (!sd__tune_add(cb->base.env, &cb->tune, key, (int)best, best_ms)) {
        sd__backend_fail(&cb->base, SD_ERR_OUT_OF_MEMORY, "out of host memory");
        return best;
    }
    sd__tune_save(cb->base.env, &cb->tune, cb->tune_path);
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

/* --------------------------------------------------------------------------------------------
   Attention. With 16-bit storage, no slicing and a head size that has one, a flash-attention
   kernel (src/kernels/flash_attention.cu: scores stay on the chip, no work buffer). Otherwise,
   per batch sample, a chunk of heads and of query rows at a time: scores = q k^T / sqrt(d)
   (one strided-batched GEMM over the chunk's heads, float scores), softmax into probabilities p
   (storage type; in place for float), then y = p v (another strided-batched GEMM). Chunks keep
   the scores within score_bytes; heads_per_pass > 0 limits the heads of a chunk further.
   -------------------------------------------------------------------------------------------- */
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

/* --------------------------------------------------------------------------------------------
   Elementwise ops, upsample, concat, timestep embedding
   -------------------------------------------------------------------------------------------- */
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

/* Computed on the host exactly as the CPU backend does (n * dim values), then uploaded. */
static void sd__cuda_timestep_embedding(sd__backend *b, const float *timesteps, int flip_sin_to_cos, float freq_shift,
                                        sd__tensor *y) {
    float *host;
    int s;
    if (!sd__cuda_begin(b, "timestep_embedding", (const sd__tensor *const *)&y, 1) ||
        !sd__timestep_embedding_args_ok(b, freq_shift, y))
        return;
    if (!(host = (float *)sd__calloc(b->env, sd__tensor_count(y), sizeof(float)))) {
        sd__backend_fail(b, SD_ERR_OUT_OF_MEMORY, "out of host memory");
        return;
    }
    for (s = 0; s < y->n; s++) sd__timestep_embedding_row(timesteps[s], y->c, flip_sin_to_cos, freq_shift, host + (size_t)s * y->c);
    sd__cuda_upload((sd__cuda_backend *)b, host, y);
    /* the copy has read the (pageable) host buffer when it returns */
    sd__free(b->env, host);
}

/* --------------------------------------------------------------------------------------------
   Work memory, creation
   -------------------------------------------------------------------------------------------- */
static size_t sd__cuda_work_bytes(sd__backend *b, const sd__op_call *call) {
    const sd__cuda_backend *cb = (const sd__cuda_backend *)b;
    size_t size;
    int i, j;
    switch (call->kind) {
    case SD__OP_WRITE: case SD__OP_READ: return sd__cuda_copy_work(cb, call->x);
    case SD__OP_TIMESTEP_EMBEDDING: return sd__cuda_copy_work(cb, call->y);
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

/* The path of kernels.ptx: `explicit_path` (sd_desc.kernels_path), else $SD_KERNELS, else the
   executable's folder, else the current folder. A given path may name the file or its folder;
   it must exist. The result is allocated. */
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
                    "set sd_desc.kernels_path (sd --kernels) or $SD_KERNELS",
                    exe);
}

/* JIT-compiles kernels.ptx for the device and finds every kernel for the backend's dtype. */
static sd_result sd__cuda_load_kernels(sd__cuda_backend *cb, const char *kernels_path) {
    sd__env *env = cb->base.env;
    char *path = NULL, *ptx = NULL, log[2048];
    sd__cu_jit_option options[2];
    void *values[2];
    sd__cu_result r;
    sd_result result;
    int i;
    if ((result = sd__cuda_find_kernels(env, kernels_path, &path)) != SD_OK) return result;
    if ((result = sd__read_file(env, path, (size_t)256 << 20, &ptx, NULL)) != SD_OK) {
        sd__free(env, path);
        return result;
    }
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
        sd__fail(env, SD_ERR_BACKEND, "cannot load the CUDA kernels '%s' for sm_%d: %s (CUDA error %d)%s%s%s", path, cb->cc,
                 text ? text : "unknown error", (int)r,
                 r == SD__CUDA_ERROR_UNSUPPORTED_PTX_VERSION ? "; the driver is older than the nvcc that built them: "
                                                               "update the driver" : "",
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
            sd__fail(env, SD_ERR_BACKEND, "the CUDA kernels '%s' lack %s: rebuild them with tools/build_kernels.sh", path,
                     cb->kernel_names[i]);
            sd__free(env, path);
            return SD_ERR_BACKEND;
        }
    }
    sd__log(env, SD_LOG_DEBUG, "cuda backend: kernels from %s", path);
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
        !sd__cuda_ok(cb, cb->api.cuEventCreate(&cb->ops_issued, SD__CU_EVENT_DISABLE_TIMING), "cuEventCreate"))
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
    if (!sd__cuda_blas_ok(cb, cb->api.cublasCreate(&cb->blas), "cublasCreate")) {
        cb->blas = NULL;
        return cb->base.status;
    }
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
        sd__cuda_timestep_embedding, sd__cuda_work_bytes, sd__cuda_reserve_work};
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
        (result = sd__cuda_load_blas(env, sd__cuda_blas_libs, &cb->api, &cb->blas_version)) != SD_OK ||
        (result = sd__cuda_open_device(cb, desc->device)) != SD_OK ||
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
