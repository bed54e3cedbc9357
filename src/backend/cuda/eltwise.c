/* ============================================================================================
   CUDA backend: elementwise ops, upsample, concat, timestep embedding, the denoising step
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

static void sd__cuda_timestep_embedding(sd__backend *b, const sd__tensor *timesteps, int flip_sin_to_cos, float freq_shift,
                                        sd__tensor *y) {
    sd__cuda_backend *cb = (sd__cuda_backend *)b;
    sd__cu_ptr tp, yp;
    int count, rows = y->n, dim = y->c, flip = flip_sin_to_cos;
    void *params[7];
    if (!sd__cuda_begin(b, "timestep_embedding", (const sd__tensor *const *)&y, 1) ||
        !sd__timestep_embedding_args_ok(b, timesteps, freq_shift, y))
        return;
    tp = sd__cuda_ptr(timesteps); yp = sd__cuda_ptr(y);
    count = (int)sd__tensor_count(timesteps);
    params[0] = &tp; params[1] = &count; params[2] = &yp; params[3] = &rows; params[4] = &dim; params[5] = &flip;
    params[6] = &freq_shift;
    sd__cuda_launch(cb, SD__K_TIMESTEP_EMBEDDING, sd__cuda_grid((long long)rows * (dim / 2)), 1, SD__CUDA_BLOCK, params);
}

static void sd__cuda_denoise_input(sd__backend *b, const sd__tensor *latents, const sd__tensor *cond, const sd__tensor *plan,
                                   sd__tensor *x) {
    sd__cuda_backend *cb = (sd__cuda_backend *)b;
    sd__cu_ptr lp, cp, pp, xp;
    long long pixels;
    int copies, c, k;
    void *params[8];
    if (!sd__cuda_begin(b, "denoise_input", (const sd__tensor *const *)&x, 1) ||
        !sd__denoise_args_ok(b, "denoise_input", x, cond, NULL, plan, latents, NULL))
        return;
    lp = sd__cuda_ptr(latents); cp = cond ? sd__cuda_ptr(cond) : 0; pp = sd__cuda_ptr(plan); xp = sd__cuda_ptr(x);
    pixels = (long long)latents->n * latents->h * latents->w;
    copies = x->n / latents->n;
    c = latents->c;
    k = cond ? cond->c : 0;
    params[0] = &lp; params[1] = &cp; params[2] = &pp; params[3] = &xp; params[4] = &pixels; params[5] = &c; params[6] = &k;
    params[7] = &copies;
    sd__cuda_launch(cb, SD__K_DENOISE_INPUT, sd__cuda_grid(pixels * (c + k) * copies), 1, SD__CUDA_BLOCK, params);
}

static void sd__cuda_denoise_step(sd__backend *b, const sd__tensor *prediction, const sd__tensor *noise, sd__tensor *plan,
                                  sd__tensor *latents, sd__tensor *aux) {
    sd__cuda_backend *cb = (sd__cuda_backend *)b;
    sd__cu_ptr pred, zp, pp, lp, ap;
    long long n;
    int guided;
    void *params[7];
    if (!sd__cuda_begin(b, "denoise_step", &prediction, 1) ||
        !sd__denoise_args_ok(b, "denoise_step", prediction, NULL, noise, plan, latents, aux))
        return;
    pred = sd__cuda_ptr(prediction); zp = noise ? sd__cuda_ptr(noise) : 0; pp = sd__cuda_ptr(plan);
    lp = sd__cuda_ptr(latents); ap = sd__cuda_ptr(aux);
    n = (long long)sd__tensor_count(latents);
    guided = prediction->n != latents->n;
    params[0] = &pred; params[1] = &guided; params[2] = &zp; params[3] = &pp; params[4] = &lp; params[5] = &ap; params[6] = &n;
    sd__cuda_launch(cb, SD__K_DENOISE_STEP, sd__cuda_grid(n), 1, SD__CUDA_BLOCK, params);
}

#endif /* SD__CUDA */
