/* ============================================================================================
   CUDA backend: memory ops, conv2d and linear, normalization
   ============================================================================================ */
#ifdef SD__CUDA
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
   the work buffer, stage_bytes at a time. The values go through a pinned staging buffer: a copy
   from pageable memory may still read it after cuMemcpyHtoDAsync returns (the driver promises no
   more than "might be synchronous"), and callers free or reuse src right after. The staging
   buffer is refilled once the copy out of it has run. */
static void sd__cuda_upload(sd__cuda_backend *cb, const float *src, const sd__tensor *t) {
    const size_t count = sd__tensor_count(t);
    size_t first, chunk;
    if (!cb->pinned) {
        const size_t floats = SD__MAX((size_t)1, cb->stage_bytes / sizeof(float));
        void *p = NULL;
        if (!sd__cuda_ok(cb, cb->api.cuMemAllocHost(&p, floats * sizeof(float)), "allocating the pinned upload buffer")) return;
        cb->pinned = (float *)p;
        cb->pinned_floats = floats;
    }
    chunk = SD__MIN(sd__cuda_stage_floats(cb, t), cb->pinned_floats);
    for (first = 0; first < count && !cb->base.status; first += chunk) {
        long long n = (long long)SD__MIN(chunk, count - first);
        sd__cu_ptr dst = sd__cuda_ptr(t) + (sd__cu_ptr)(first * cb->elt);
        sd__cu_ptr stage = t->dtype == SD__F32 ? dst : sd__cuda_work(cb, (size_t)n * sizeof(float));
        void *params[3];
        if (!stage || (cb->pinned_busy && !sd__cuda_ok(cb, cb->api.cuEventSynchronize(cb->pinned_free), "cuEventSynchronize")))
            return;
        memcpy(cb->pinned, src + first, (size_t)n * sizeof(float));
        if (!sd__cuda_ok(cb, cb->api.cuMemcpyHtoDAsync(stage, cb->pinned, (size_t)n * sizeof(float), cb->stream),
                         "copying to the device") ||
            !sd__cuda_ok(cb, cb->api.cuEventRecord(cb->pinned_free, cb->stream), "cuEventRecord"))
            return;
        cb->pinned_busy = 1;
        if (t->dtype == SD__F32) continue;
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

/* A view of rows [row, row + rows) of t's n * h * w rows of c values. */
static sd__tensor sd__cuda_rows_view(const sd__cuda_backend *cb, const sd__tensor *t, size_t row, int rows) {
    sd__tensor v = *t;
    v.n = v.h = 1;
    v.w = rows;
    v.data = (char *)t->data + row * (size_t)t->c * cb->elt;
    return v;
}

/* Rows of c values per chunk that sd__cuda_conv_poison and sd__cuda_conv_agrees move through host memory. */
static int sd__cuda_check_rows(const sd__tensor *y) { return SD__MAX(1, (1 << 18) / y->c); }

/* Fills y with NaN, so that a candidate that leaves part of it unwritten shows. host holds
   sd__cuda_check_rows(y) rows. */
static void sd__cuda_conv_poison(sd__cuda_backend *cb, sd__tensor *y, float *host) {
    const size_t rows = sd__tensor_count(y) / (size_t)y->c, chunk = (size_t)sd__cuda_check_rows(y), n = chunk * (size_t)y->c;
    size_t row, i;
    for (i = 0; i < n; i++) host[i] = NAN;
    for (row = 0; row < rows && !cb->base.status; row += chunk) {
        sd__tensor v = sd__cuda_rows_view(cb, y, row, (int)SD__MIN(chunk, rows - row));
        sd__cuda_write(&cb->base, &v, host);
    }
}

/* Whether got holds ref's values: finite wherever ref is, and within 2% of ref's largest magnitude
   (16-bit storage, float sums in another order; a wrong kernel is off by its whole size). Reads
   both in chunks through host (2 * sd__cuda_check_rows(y) rows); *worst gets the largest
   difference over that magnitude. */
static int sd__cuda_conv_agrees(sd__cuda_backend *cb, const sd__tensor *got, const sd__tensor *ref, float *host,
                                double *worst) {
    const size_t rows = sd__tensor_count(ref) / (size_t)ref->c, chunk = (size_t)sd__cuda_check_rows(ref);
    double largest = 0, diff = 0;
    int finite = 1;
    size_t row, i;
    for (row = 0; row < rows && !cb->base.status; row += chunk) {
        const int n = (int)SD__MIN(chunk, rows - row);
        const size_t count = (size_t)n * (size_t)ref->c;
        sd__tensor a = sd__cuda_rows_view(cb, got, row, n), b = sd__cuda_rows_view(cb, ref, row, n);
        float *want = host + chunk * (size_t)ref->c;
        sd__cuda_read(&cb->base, &a, host);
        sd__cuda_read(&cb->base, &b, want);
        for (i = 0; i < count; i++) {
            if (!isfinite(want[i])) continue;
            if (!isfinite(host[i])) finite = 0;
            else diff = SD__MAX(diff, fabs((double)host[i] - want[i]));
            largest = SD__MAX(largest, fabs((double)want[i]));
        }
    }
    *worst = finite ? diff / SD__MAX(largest, 1e-30) : INFINITY;
    return !cb->base.status && finite && diff <= 0.02 * largest;
}

/* After a candidate kernel failed: whether the context still works (a launch refused for its
   resources leaves it usable; a fault such as an illegal address does not). Clears the failure
   when it does, logging it. */
static int sd__cuda_survived(sd__cuda_backend *cb) {
    char message[sizeof cb->base.env->message];
    snprintf(message, sizeof message, "%s", cb->base.env->message);
    cb->base.status = SD_OK;
    sd__clear_error(cb->base.env);
    if (cb->api.cuStreamSynchronize(cb->stream) == SD__CUDA_SUCCESS) {
        sd__log(cb->base.env, SD_LOG_WARN, "autotune: %s", message);
        return 1;
    }
    sd__backend_failf(&cb->base, SD_ERR_BACKEND, "%s", message);
    return 0;
}

/* Times each way (one warm-up, then SD__CUDA_TUNE_RUNS runs between two events) and returns the
   fastest of those that give the right result: im2col + cuBLAS, the baseline, runs first into a
   reference tensor, and each implicit-GEMM candidate's output (into y filled with NaN first) must
   agree with it (sd__cuda_conv_agrees), else it is left out with a warning and the choice cached
   without it. Every run writes y, which the caller then overwrites with the winner's result. A
   shape whose reference does not fit in device memory is not tuned: cuBLAS runs. */
static sd__cuda_conv_way sd__cuda_conv_tune(sd__cuda_backend *cb, const sd__tensor *x, const sd__tensor *w,
                                            const sd__tensor *bias, const sd__tensor *residual, int stride, int pad,
                                            sd__tensor *y, const char *key) {
    sd__env *env = cb->base.env;
    sd__cuda_conv_way way, best = SD__CONV_CUBLAS;
    sd__tensor ref = *y;
    float best_ms = 0.0f, *host;
    char line[512];
    size_t used = 0, bytes = sd__tensor_count(y) * cb->elt;
    int timed = 0;
    ref.data = (void *)(uintptr_t)sd__cuda_malloc(cb, bytes, "the autotuner's reference");
    host = (float *)sd__malloc(env, (size_t)2 * sd__cuda_check_rows(y) * y->c * sizeof(float));
    if (!ref.data || !host) {
        sd__log(env, SD_LOG_DEBUG, "autotune: %s: no memory for the reference output, cuBLAS runs untuned", key);
        if (ref.data) sd__cuda_release_block(cb, sd__cuda_ptr(&ref), 1);
        sd__free(env, host);
        cb->base.status = SD_OK;
        sd__clear_error(env);
        return SD__CONV_CUBLAS;
    }
    sd__cuda_conv_run(cb, SD__CONV_CUBLAS, x, w, bias, residual, stride, pad, &ref);
    for (way = (sd__cuda_conv_way)0; way < SD__CONV_WAYS && !cb->base.status; way = (sd__cuda_conv_way)(way + 1)) {
        float ms = 0.0f;
        double worst = 0;
        int run;
        if (way != SD__CONV_CUBLAS) {
            sd__cuda_conv_poison(cb, y, host);
            sd__cuda_conv_run(cb, way, x, w, bias, residual, stride, pad, y);
            if (!sd__cuda_conv_agrees(cb, y, &ref, host, &worst)) {
                const int failed = cb->base.status != SD_OK;
                if (failed && !sd__cuda_survived(cb)) break;
                if (failed) sd__log(env, SD_LOG_WARN, "autotune: %s: %s failed to run: left out", key, sd__cuda_conv_way_names[way]);
                else sd__log(env, SD_LOG_WARN, "autotune: %s: %s gives wrong results (off by %.3g of the largest value): left out",
                             key, sd__cuda_conv_way_names[way], worst);
                if (used < sizeof line) used += (size_t)snprintf(line + used, sizeof line - used, " %s wrong", sd__cuda_conv_way_names[way]);
                continue;
            }
        }
        sd__cuda_conv_run(cb, way, x, w, bias, residual, stride, pad, y);
        if (!sd__cuda_ok(cb, cb->api.cuEventRecord(cb->timing[0], cb->stream), "cuEventRecord")) break;
        for (run = 0; run < SD__CUDA_TUNE_RUNS; run++) sd__cuda_conv_run(cb, way, x, w, bias, residual, stride, pad, y);
        if (cb->base.status || !sd__cuda_ok(cb, cb->api.cuEventRecord(cb->timing[1], cb->stream), "cuEventRecord") ||
            !sd__cuda_ok(cb, cb->api.cuEventSynchronize(cb->timing[1]), "cuEventSynchronize") ||
            !sd__cuda_ok(cb, cb->api.cuEventElapsedTime(&ms, cb->timing[0], cb->timing[1]), "cuEventElapsedTime"))
            break;
        ms /= SD__CUDA_TUNE_RUNS;
        if (!timed || ms < best_ms) {
            best = way;
            best_ms = ms;
            timed = 1;
        }
        if (used < sizeof line) used += (size_t)snprintf(line + used, sizeof line - used, " %s %.3f ms", sd__cuda_conv_way_names[way], (double)ms);
    }
    cb->api.cuStreamSynchronize(cb->stream);
    sd__cuda_release_block(cb, sd__cuda_ptr(&ref), 1);
    sd__free(env, host);
    if (cb->base.status) return SD__CONV_CUBLAS;
    sd__log(env, SD_LOG_DEBUG, "autotune: %s:%s -> %s", key, line, sd__cuda_conv_way_names[best]);
    if (!sd__tune_add(env, &cb->tune, key, (int)best, best_ms)) {
        sd__backend_fail(&cb->base, SD_ERR_OUT_OF_MEMORY, "out of host memory");
        return best;
    }
    sd__tune_save(env, &cb->tune, cb->tune_path);
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

#endif /* SD__CUDA */
