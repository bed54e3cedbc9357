/* ============================================================================================
   CPU backend: attention, per (batch, head) item and block of SD__ATTN_ROWS query rows, scores = q k^T with
   the GEMM into a thread's buffer, softmax numerators in place, out = p v with the GEMM into y
   (reading the scores in place), then each output row is divided by its softmax sum.
   K and V of the items in a pass are packed once per pass. At bf16 precision both products take
   bf16 operands (K and V packed as bf16 pairs, q and the softmax numerators rounded as the GEMM
   packs them); the softmax stays in float.
   ============================================================================================ */
typedef struct sd__attn {
    sd__cpu_backend *cb;
    const float *q, *k, *v;
    float *y;
    int heads, d, lq, lk, causal, first_item, row_blocks, bf16;
    float scale;
    float *kpack, *vpack;          /* per item of the pass */
    size_t kpack_floats, vpack_floats;
} sd__attn;

static void sd__attn_pack_job(void *ctx, int job, int thread) {
    const sd__attn *A = (const sd__attn *)ctx;
    int item = A->first_item + job, bn = item / A->heads, h = item % A->heads;
    size_t ld = (size_t)A->heads * A->d, head = (size_t)bn * A->lk * ld + (size_t)h * A->d;
    float *kpack = A->kpack + (size_t)job * A->kpack_floats, *vpack = A->vpack + (size_t)job * A->vpack_floats;
    (void)thread;
    sd__pack_b_columns(A->k + head, ld, A->d, 1, A->lk, kpack);
    sd__pack_b_rows(A->v + head, ld, A->lk, A->d, vpack);
    if (A->bf16) {
        sd__pair_panels(kpack, A->d, A->lk);
        sd__pair_panels(vpack, A->lk, A->d);
    }
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

/* A packed K or V as the B operand of g: float panels, or bf16 pairs at bf16 precision. */
static void sd__attn_operand(const sd__attn *A, sd__gemm *g, float *packed) {
    g->b = A->bf16 ? NULL : packed;
    g->b_bf16 = A->bf16 ? (const uint32_t *)(void *)packed : NULL;
}

static void sd__attn_rows_job(void *ctx, int job, int thread) {
    const sd__attn *A = (const sd__attn *)ctx;
    int local = job / A->row_blocks, item = A->first_item + local, bn = item / A->heads, h = item % A->heads;
    int r0 = (job % A->row_blocks) * SD__ATTN_ROWS, rows = SD__MIN(SD__ATTN_ROWS, A->lq - r0), r, j;
    size_t ld = (size_t)A->heads * A->d, lds = sd__scores_stride(A->lk);
    float *scores = A->cb->scratch[thread], *apack = scores + (size_t)SD__ATTN_ROWS * lds;
    float inv_sum[SD__ATTN_ROWS];
    /* reading A in place saves packing these short products, unless a pair kernel (which wants
       packed slivers) runs: then packing pays for itself */
    const int in_place = A->cb->kernels.pair == NULL;
    sd__gemm g;
    memset(&g, 0, sizeof g);
    sd__gemm_matrix_a(&g, A->q + ((size_t)bn * A->lq + r0) * ld + (size_t)h * A->d, rows, A->d, ld);
    g.a_in_place = in_place;
    g.n = A->lk;
    sd__attn_operand(A, &g, A->kpack + (size_t)local * A->kpack_floats);
    g.c = scores;
    g.ldc = lds;
    sd__gemm_block(&A->cb->kernels, &g, 0, rows, 0, (A->lk + SD__NR - 1) / SD__NR, apack);
    for (r = 0; r < rows; r++)
        inv_sum[r] = sd__softmax_row(scores + (size_t)r * lds, A->causal ? SD__MIN(A->lk, r0 + r + 1) : A->lk, A->lk,
                                     A->scale);
    sd__gemm_matrix_a(&g, scores, rows, A->lk, lds);
    g.a_in_place = in_place;
    g.n = A->d;
    sd__attn_operand(A, &g, A->vpack + (size_t)local * A->vpack_floats);
    g.c = A->y + ((size_t)bn * A->lq + r0) * ld + (size_t)h * A->d;
    g.ldc = ld;
    sd__gemm_block(&A->cb->kernels, &g, 0, rows, 0, (A->d + SD__NR - 1) / SD__NR, apack);
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
    A.bf16 = cb->precision == SD_PRECISION_BF16;
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
