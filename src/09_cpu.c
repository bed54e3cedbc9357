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
   works the same for activations, packed weights and the work buffer. An op's scratch memory
   (each thread's GEMM and attention buffers, packed K and V, norm statistics) comes from the one
   work buffer, which grows to the largest need and is kept.
   -------------------------------------------------------------------------------------------- */
#define SD__MR 6      /* micro-tile rows (the kernels and sd__pack_interleave are written for 6) */
#define SD__NR 16     /* micro-tile columns, one B panel (the AVX2 kernel is written for 16) */
#define SD__KC 256    /* K block: an A sliver and a B sliver (16 KB) stay in L1 */
#define SD__MC 144    /* rows per GEMM job: the job's A block (144 KB) stays in L2 */
#define SD__ATTN_ROWS 48 /* query rows per attention job: bounds the score buffer */
#define SD__CPU_ALIGN 64
#define SD__ELEMENTS_PER_JOB 16384 /* elementwise ops: a multiple of SD__VW */
#define SD__GEMM_SCRATCH ((size_t)SD__MC * SD__KC) /* floats per thread: a packed A block */

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
            bn[r] = -1; /* a row past the end reads zeros (its position must still be defined) */
            oy[r] = ox[r] = 0;
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
                const float *a;
                size_t a_rs = 1, a_ks = SD__MR;
                if (i < pack_from) { /* a whole tile read in place */
                    a = g->x + (size_t)i * g->pixel_stride + k0;
                    a_rs = g->pixel_stride;
                    a_ks = 1;
                } else {
                    a = apack + (size_t)(i - pack_from) * kc;
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

/* --------------------------------------------------------------------------------------------
   Memory ops
   -------------------------------------------------------------------------------------------- */
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

/* Conv and linear weights are packed B panels (see sd__pack_b_panel); vectors are copied. */
static size_t sd__cpu_weight_bytes(sd__backend *b, sd__weight_kind kind, const sd__tensor *shape) {
    size_t count, bytes;
    if (b->status || !(count = sd__shape_count(b, shape->n, shape->h, shape->w, shape->c)) || !sd__weight_args_ok(b, kind, shape))
        return 0;
    if (kind == SD__W_CONV) count = sd__packed_b_floats(shape->h * shape->w * shape->c, shape->n);
    else if (kind == SD__W_LINEAR) count = sd__packed_b_floats(shape->c, shape->w);
    if (!sd__mul_size(count, sizeof(float), &bytes)) {
        sd__backend_failf(b, SD_ERR_OUT_OF_MEMORY, "weight [%d, %d, %d, %d] is too large", shape->n, shape->h, shape->w, shape->c);
        return 0;
    }
    return bytes;
}

static void sd__cpu_upload_weight(sd__backend *b, sd__weight_kind kind, const float *src, sd__tensor *dst) {
    dst->dtype = SD__F32;
    if (b->status) return;
    if (kind == SD__W_CONV || kind == SD__W_LINEAR) {
        sd__pack_job J;
        J.src = src;
        J.n = kind == SD__W_CONV ? dst->n : dst->w;
        J.k = kind == SD__W_CONV ? dst->h * dst->w * dst->c : dst->c;
        J.ksize = kind == SD__W_CONV ? dst->h : 1;
        J.dst = (float *)dst->data;
        sd__pool_parallel_for(&((sd__cpu_backend *)b)->pool, (J.n + SD__NR - 1) / SD__NR, sd__pack_weight_job, &J);
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
static void sd__cpu_conv2d(sd__backend *b, const sd__tensor *x, const sd__tensor *w, const sd__tensor *bias,
                           const sd__tensor *residual, int stride, int pad, sd__tensor *y) {
    const sd__tensor *args[3];
    sd__gemm g;
    int k;
    args[0] = x; args[1] = w; args[2] = y;
    if (!sd__cpu_begin(b, "conv2d", args, 3) || !sd__conv2d_args_ok(b, x, w, bias, residual, stride, pad, y)) return;
    k = w->h;
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
    if (!sd__cpu_begin(b, "linear", args, 3) || !sd__linear_args_ok(b, x, w, bias, residual, y)) return;
    rows = sd__tensor_count(x) / (size_t)x->c;
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

/* Pixels per job of a group norm over x, and the work it needs: in double the partial sums, then
   per channel the center, then per group the totals; in float the channels' mean and scale.
   (size_t)-1 when that overflows. */
static int sd__group_norm_run_pixels(const sd__tensor *x) { return SD__MAX(1, SD__ELEMENTS_PER_JOB / x->c); }
static size_t sd__group_norm_work(const sd__tensor *x, int groups) {
    const size_t run_pixels = (size_t)sd__group_norm_run_pixels(x), runs = ((size_t)x->h * x->w + run_pixels - 1) / run_pixels;
    const size_t channels = (size_t)x->n * x->c; /* at most x's element count */
    size_t doubles, bytes, floats;
    if (!sd__mul_size(runs + 1, channels, &doubles) || !sd__add_size(doubles, (size_t)groups * x->n, &doubles) ||
        !sd__mul_size(doubles, sizeof(double), &bytes) || !sd__mul_size(channels, 2 * sizeof(float), &floats) ||
        !sd__add_size(bytes, floats, &bytes))
        return (size_t)-1;
    return bytes;
}

static void sd__cpu_group_norm(sd__backend *b, const sd__tensor *x, const sd__tensor *gamma, const sd__tensor *beta,
                               int groups, float eps, int silu, sd__tensor *y) {
    sd__cpu_backend *cb = (sd__cpu_backend *)b;
    const sd__tensor *args[2];
    sd__group_norm_job J;
    double *work, *total;
    size_t pixels;
    int s, c, cg;
    args[0] = x; args[1] = y;
    if (!sd__cpu_begin(b, "group_norm", args, 2) || !sd__group_norm_args_ok(b, x, gamma, beta, groups, y)) return;
    pixels = (size_t)x->h * x->w;
    memset(&J, 0, sizeof J);
    J.x = (const float *)x->data;
    J.y = (float *)y->data;
    J.beta = (const float *)beta->data;
    J.pixels = (int)pixels;
    J.c = x->c;
    J.silu = silu;
    J.run_pixels = sd__group_norm_run_pixels(x);
    J.runs = (J.pixels + J.run_pixels - 1) / J.run_pixels;
    cg = x->c / groups;
    work = (double *)(void *)sd__cpu_take_work(cb, 0, sd__group_norm_work(x, groups));
    if (work) {
        J.chan = (float *)(void *)(work + ((size_t)J.runs + 1) * x->c * x->n + (size_t)groups * x->n);
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
    const sd__tensor *args[2];
    sd__layer_norm_job J;
    size_t rows;
    args[0] = x; args[1] = y;
    if (!sd__cpu_begin(b, "layer_norm", args, 2) || !sd__layer_norm_args_ok(b, x, gamma, beta, y)) return;
    rows = sd__tensor_count(x) / (size_t)x->c;
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

/* The work of an attention: each thread's scores and A block (*scratch_floats), then the packed
   K and V of the items of one pass (*per_pass of them, in *pack_bytes). (size_t)-1 for a size
   that overflows. */
static void sd__attention_work(const sd__tensor *q, const sd__tensor *k, int heads, int heads_per_pass,
                               size_t *scratch_floats, size_t *pack_bytes, int *per_pass) {
    const int d = q->c / heads, items = q->n * heads;
    const size_t lk = (size_t)k->h * k->w;
    size_t pack;
    *per_pass = heads_per_pass > 0 ? SD__MIN(heads_per_pass, items) : items;
    *scratch_floats = *pack_bytes = (size_t)-1;
    if (lk > (size_t)INT_MAX / SD__ATTN_ROWS - 2 * SD__NR) return;
    *scratch_floats = SD__ATTN_ROWS * sd__scores_stride((int)lk) + SD__GEMM_SCRATCH;
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
    if (!sd__op_check(b, lk <= (size_t)INT_MAX / SD__ATTN_ROWS - 2 * SD__NR &&
                             (size_t)q->n * heads * (lq / SD__ATTN_ROWS + 1) <= (size_t)INT_MAX,
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
    A.scale = (float)(1.0 / sqrt((double)A.d));
    A.row_blocks = (A.lq + SD__ATTN_ROWS - 1) / SD__ATTN_ROWS;
    A.kpack_floats = sd__packed_b_floats(A.d, A.lk);
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
    if (!sd__cpu_begin(b, "activation", args, 2) || !sd__activation_args_ok(b, x, act, y)) return;
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
    if (!sd__cpu_begin(b, "geglu", args, 2) || !sd__geglu_args_ok(b, x, y)) return;
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
    if (!sd__cpu_begin(b, "add", args, 3) || !sd__add_args_ok(b, a, bt, y, &broadcast)) return;
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

static void sd__cpu_timestep_embedding(sd__backend *b, const float *timesteps, int flip_sin_to_cos, float freq_shift,
                                       sd__tensor *y) {
    int s;
    if (!sd__cpu_begin(b, "timestep_embedding", (const sd__tensor *const *)&y, 1) ||
        !sd__timestep_embedding_args_ok(b, freq_shift, y))
        return;
    for (s = 0; s < y->n; s++)
        sd__timestep_embedding_row(timesteps[s], y->c, flip_sin_to_cos, freq_shift, (float *)y->data + (size_t)s * y->c);
}

/* --------------------------------------------------------------------------------------------
   Work memory, creation
   -------------------------------------------------------------------------------------------- */
static size_t sd__cpu_work_bytes(sd__backend *b, const sd__op_call *call) {
    const sd__cpu_backend *cb = (const sd__cpu_backend *)b;
    size_t scratch_floats, pack_bytes;
    int per_pass;
    switch (call->kind) {
    case SD__OP_CONV2D: case SD__OP_LINEAR: return sd__cpu_work_size(cb, SD__GEMM_SCRATCH, 0);
    case SD__OP_GROUP_NORM: return sd__cpu_work_size(cb, 0, sd__group_norm_work(call->x, call->groups));
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
    sd__cpu_reserve_work};

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
    cb->base.dtype = SD__F32;
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
