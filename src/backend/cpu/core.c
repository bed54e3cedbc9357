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
