/* fakecuda: libcublas.so.13 for machines without a GPU: the handle functions and GemmEx /
   GemmStridedBatchedEx of the CUDA backend, computed on the host in float (inputs rounded to
   TF32 for CUBLAS_COMPUTE_32F_FAST_TF32). Arguments the real library rejects are rejected
   (leading dimensions, type combinations), and every operand must lie inside one allocation. */
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <vector>
#include "include/cuda_fp16.h"
#include "include/cuda_bf16.h"

extern "C" int fakecuda_inside(unsigned long long ptr, size_t bytes); /* fake_cuda.cc */
extern "C" void fakecuda_stream_computes(void *stream);                  /* fake_cuda.cc */
extern "C" int fakecuda_record(void *stream, void (*run)(void *), void *data, void (*release)(void *));

enum { OK = 0, NOT_INITIALIZED = 1, INVALID_VALUE = 7, NOT_SUPPORTED = 15 };
enum { R_32F = 0, R_16F = 2, R_16BF = 14 };
enum { COMPUTE_32F = 68, COMPUTE_32F_PEDANTIC = 69, COMPUTE_32F_FAST_TF32 = 77 };

struct fake_handle { void *stream; int math; };

static size_t element_size(int type) { return type == R_32F ? 4 : 2; }

static float load(const void *p, int type, long long i) {
    if (type == R_32F) return ((const float *)p)[i];
    if (type == R_16F) return __half2float(((const __half *)p)[i]);
    return __bfloat162float(((const __nv_bfloat16 *)p)[i]);
}
static void store(void *p, int type, long long i, float v) {
    if (type == R_32F) ((float *)p)[i] = v;
    else if (type == R_16F) ((__half *)p)[i] = __float2half_rn(v);
    else ((__nv_bfloat16 *)p)[i] = __float2bfloat16_rn(v);
}
static float tf32(float v) { /* round half to even to 10 stored mantissa bits */
    unsigned u;
    memcpy(&u, &v, 4);
    if ((u & 0x7F800000u) != 0x7F800000u) u = (u + 0xFFFu + ((u >> 13) & 1u)) & ~0x1FFFu;
    memcpy(&v, &u, 4);
    return v;
}

/* 1 when elements 0 .. last of a matrix at ptr lie in one allocation. */
static int inside(const void *ptr, long long last, int type) {
    return fakecuda_inside((unsigned long long)(uintptr_t)ptr, (size_t)(last + 1) * element_size(type));
}

/* One GemmEx or GemmStridedBatchedEx call, its scalars copied (host pointer mode: a stream
   capture records their values). */
struct gemm_call {
    fake_handle *h;
    int ta, tb, m, n, k;
    float alpha, beta;
    const void *A, *B;
    void *C;
    int at, lda, bt, ldb, ct, ldc, batch, compute, algo;
    long long sa, sb, sc;
};

/* Checks the call as cuBLAS would; with run, computes it. */
static int gemm(const gemm_call &g, int run) {
    const int ta = g.ta, tb = g.tb, m = g.m, n = g.n, k = g.k, lda = g.lda, ldb = g.ldb, ldc = g.ldc;
    const int at = g.at, bt = g.bt, ct = g.ct, compute = g.compute;
    if (!g.h) return NOT_INITIALIZED;
    if ((ta != 0 && ta != 1) || (tb != 0 && tb != 1) || m < 0 || n < 0 || k < 0 || g.batch < 1 || g.algo != -1 ||
        lda < (ta == 0 ? m : k) || lda < 1 || ldb < (tb == 0 ? k : n) || ldb < 1 || ldc < m || ldc < 1)
        return INVALID_VALUE;
    if (at != bt || (at != R_32F && at != R_16F && at != R_16BF) || (ct != at && ct != R_32F)) return NOT_SUPPORTED;
    if (compute != COMPUTE_32F && compute != COMPUTE_32F_PEDANTIC && compute != COMPUTE_32F_FAST_TF32) return NOT_SUPPORTED;
    if (compute == COMPUTE_32F_FAST_TF32 && (at != R_32F || ct != R_32F)) return NOT_SUPPORTED;
    if (!m || !n) return OK;
    std::vector<float> a, b;
    if (run) {
        a.resize((size_t)m * k);
        b.resize((size_t)n * k);
    }
    for (int s = 0; s < g.batch; s++) {
        const char *Ab = (const char *)g.A + (size_t)(s * g.sa) * element_size(at);
        const char *Bb = (const char *)g.B + (size_t)(s * g.sb) * element_size(bt);
        char *Cb = (char *)g.C + (size_t)(s * g.sc) * element_size(ct);
        if ((k && (!inside(Ab, ta == 0 ? (m - 1) + (long long)(k - 1) * lda : (k - 1) + (long long)(m - 1) * lda, at) ||
                   !inside(Bb, tb == 0 ? (k - 1) + (long long)(n - 1) * ldb : (n - 1) + (long long)(k - 1) * ldb, bt))) ||
            !inside(Cb, (m - 1) + (long long)(n - 1) * ldc, ct))
            return INVALID_VALUE; /* the real library would read or write out of bounds */
        if (!run) continue;
        for (int i = 0; i < m; i++)
            for (int l = 0; l < k; l++) {
                float v = load(Ab, at, ta == 0 ? i + (long long)l * lda : l + (long long)i * lda);
                a[(size_t)i * k + l] = compute == COMPUTE_32F_FAST_TF32 ? tf32(v) : v;
            }
        for (int j = 0; j < n; j++)
            for (int l = 0; l < k; l++) {
                float v = load(Bb, bt, tb == 0 ? l + (long long)j * ldb : j + (long long)l * ldb);
                b[(size_t)j * k + l] = compute == COMPUTE_32F_FAST_TF32 ? tf32(v) : v;
            }
        for (int j = 0; j < n; j++)
            for (int i = 0; i < m; i++) {
                const float *ar = &a[(size_t)i * k], *br = &b[(size_t)j * k];
                float acc = 0.0f, v;
                for (int l = 0; l < k; l++) acc += ar[l] * br[l];
                v = g.alpha * acc;
                if (g.beta != 0.0f) v += g.beta * load(Cb, ct, i + (long long)j * ldc);
                store(Cb, ct, i + (long long)j * ldc, v);
            }
    }
    return OK;
}

static void gemm_replay(void *data) { gemm(*(const gemm_call *)data, 1); }
static void gemm_release(void *data) { delete (gemm_call *)data; }

/* Runs the call now, or records it when its stream is being captured. */
static int gemm_issue(const gemm_call &g) {
    int status = gemm(g, 0);
    if (status != OK || !g.m || !g.n) return status;
    gemm_call *copy = new gemm_call(g);
    if (fakecuda_record(g.h->stream, gemm_replay, copy, gemm_release)) return OK;
    delete copy;
    fakecuda_stream_computes(g.h->stream);
    return gemm(g, 1);
}

/* The call's arguments; NULL scalars are refused as cuBLAS refuses them. */
static int gemm_args(fake_handle *h, int ta, int tb, int m, int n, int k, const float *alpha, const void *A, int at, int lda,
                     long long sa, const void *B, int bt, int ldb, long long sb, const float *beta, void *C, int ct, int ldc,
                     long long sc, int batch, int compute, int algo) {
    gemm_call g;
    if (!h) return NOT_INITIALIZED;
    if (!alpha || !beta) return INVALID_VALUE;
    g.h = h; g.ta = ta; g.tb = tb; g.m = m; g.n = n; g.k = k; g.alpha = *alpha; g.beta = *beta;
    g.A = A; g.B = B; g.C = C; g.at = at; g.lda = lda; g.bt = bt; g.ldb = ldb; g.ct = ct; g.ldc = ldc;
    g.batch = batch; g.compute = compute; g.algo = algo; g.sa = sa; g.sb = sb; g.sc = sc;
    return gemm_issue(g);
}

/* build.sh also makes a cuBLAS 13 whose handle creation fails, as on a driver older than CUDA
   13, and a working cuBLAS 12, for the test of the backend's fallback from one to the other. */
#ifndef FAKE_CUBLAS_VERSION
#define FAKE_CUBLAS_VERSION 130100
#endif

extern "C" {
int cublasCreate_v2(fake_handle **handle) {
#ifdef FAKE_CUBLAS_CREATE_FAILS
    *handle = nullptr;
    return NOT_INITIALIZED;
#else
    *handle = (fake_handle *)calloc(1, sizeof(fake_handle));
    return OK;
#endif
}
int cublasDestroy_v2(fake_handle *handle) {
    if (!handle) return NOT_INITIALIZED;
    free(handle);
    return OK;
}
int cublasGetVersion_v2(fake_handle *handle, int *version) {
    (void)handle;
    *version = FAKE_CUBLAS_VERSION;
    return OK;
}
int cublasSetStream_v2(fake_handle *handle, void *stream) {
    if (!handle) return NOT_INITIALIZED;
    handle->stream = stream;
    return OK;
}
int cublasSetMathMode(fake_handle *handle, int mode) {
    if (!handle) return NOT_INITIALIZED;
    if ((mode & 0xF) > 3 || (mode & ~0x1F)) return INVALID_VALUE;
    handle->math = mode;
    return OK;
}
int cublasGemmEx(fake_handle *h, int ta, int tb, int m, int n, int k, const float *alpha, const void *A, int at, int lda,
                 const void *B, int bt, int ldb, const float *beta, void *C, int ct, int ldc, int compute, int algo) {
    return gemm_args(h, ta, tb, m, n, k, alpha, A, at, lda, 0, B, bt, ldb, 0, beta, C, ct, ldc, 0, 1, compute, algo);
}
int cublasGemmStridedBatchedEx(fake_handle *h, int ta, int tb, int m, int n, int k, const float *alpha, const void *A,
                               int at, int lda, long long sa, const void *B, int bt, int ldb, long long sb,
                               const float *beta, void *C, int ct, int ldc, long long sc, int batch, int compute,
                               int algo) {
    return gemm_args(h, ta, tb, m, n, k, alpha, A, at, lda, sa, B, bt, ldb, sb, beta, C, ct, ldc, sc, batch, compute, algo);
}
}
