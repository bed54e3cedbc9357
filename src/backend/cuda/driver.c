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
