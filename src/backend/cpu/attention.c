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
