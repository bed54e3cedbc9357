/* ============================================================================================
   CUDA backend: attention. With 16-bit storage, no slicing and a head size that has one, a flash-attention
   kernel (src/kernels/flash_attention.cu: scores stay on the chip, no work buffer). Otherwise,
   per batch sample, a chunk of heads and of query rows at a time: scores = q k^T / sqrt(d)
   (one strided-batched GEMM over the chunk's heads, float scores), softmax into probabilities p
   (storage type; in place for float), then y = p v (another strided-batched GEMM). Chunks keep
   the scores within score_bytes; heads_per_pass > 0 limits the heads of a chunk further.
   ============================================================================================ */
#ifdef SD__CUDA
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

#endif /* SD__CUDA */
