/* ============================================================================================
   CUDA backend: elementwise ops, upsample, concat, timestep embedding
   ============================================================================================ */
#ifdef SD__CUDA
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

#endif /* SD__CUDA */
