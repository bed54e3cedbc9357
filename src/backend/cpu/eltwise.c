/* ============================================================================================
   CPU backend: elementwise ops, upsample, concat, timestep embedding
   ============================================================================================ */
typedef struct sd__eltwise {
    const sd__cpu_backend *cb;
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

/* The ops run the kernel set's vector runs (sd__cpu_kernels.vec) over fixed pieces of the data. */
static const sd__vector_ops *sd__vec(const sd__eltwise *E) { return E->cb->kernels.vec; }

static void sd__activation_job(void *ctx, int job, int thread) {
    const sd__eltwise *E = (const sd__eltwise *)ctx;
    size_t i = (size_t)job * E->per_job, end = SD__MIN(E->count, i + E->per_job);
    (void)thread;
    sd__vec(E)->activate(E->a + i, E->y + i, end - i, E->act);
}

static void sd__add_job(void *ctx, int job, int thread) {
    const sd__eltwise *E = (const sd__eltwise *)ctx;
    size_t i = (size_t)job * E->per_job, end = SD__MIN(E->count, i + E->per_job);
    (void)thread;
    sd__vec(E)->axpby(E->a + i, E->b + i, E->y + i, end - i, E->alpha, E->beta);
}

/* Broadcast add: count is pixels; b holds one row of `width` channels per sample. */
static void sd__add_broadcast_job(void *ctx, int job, int thread) {
    const sd__eltwise *E = (const sd__eltwise *)ctx;
    size_t p = (size_t)job * E->per_job, end = SD__MIN(E->count, p + E->per_job), w = (size_t)E->width;
    (void)thread;
    for (; p < end; p++) sd__vec(E)->axpby(E->a + p * w, E->b + (p / E->pixels) * w, E->y + p * w, w, E->alpha, E->beta);
}

static void sd__geglu_job(void *ctx, int job, int thread) {
    const sd__eltwise *E = (const sd__eltwise *)ctx;
    size_t r = (size_t)job * E->per_job, end = SD__MIN(E->count, r + E->per_job), w = (size_t)E->width;
    (void)thread;
    for (; r < end; r++) sd__vec(E)->geglu(E->a + r * 2 * w, E->a + r * 2 * w + w, E->y + r * w, w);
}

static void sd__cpu_activation(sd__backend *b, const sd__tensor *x, sd__activation act, sd__tensor *y) {
    const sd__tensor *args[2];
    sd__eltwise E;
    args[0] = x; args[1] = y;
    if (!sd__cpu_begin(b, "activation", args, 2) || !sd__activation_args_ok(b, x, act, y)) return;
    memset(&E, 0, sizeof E);
    E.cb = (const sd__cpu_backend *)b;
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
    E.cb = (const sd__cpu_backend *)b;
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
    E.cb = (const sd__cpu_backend *)b;
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

static void sd__cpu_timestep_embedding(sd__backend *b, const sd__tensor *timesteps, int flip_sin_to_cos, float freq_shift,
                                       sd__tensor *y) {
    const float *t;
    int s;
    if (!sd__cpu_begin(b, "timestep_embedding", (const sd__tensor *const *)&y, 1) ||
        !sd__timestep_embedding_args_ok(b, timesteps, freq_shift, y))
        return;
    t = (const float *)timesteps->data;
    for (s = 0; s < y->n; s++)
        sd__timestep_embedding_row(t[sd__tensor_count(timesteps) == 1 ? 0 : s], y->c, flip_sin_to_cos, freq_shift,
                                   (float *)y->data + (size_t)s * y->c);
}

/* The denoising ops run on the calling thread: a latent batch is tens of thousands of values. */
static void sd__cpu_denoise_input(sd__backend *b, const sd__tensor *latents, const sd__tensor *cond, const sd__tensor *plan,
                                  sd__tensor *x) {
    const size_t pixels = (size_t)latents->n * (size_t)latents->h * (size_t)latents->w, c = (size_t)latents->c;
    const size_t k = cond ? (size_t)cond->c : 0;
    float *out = (float *)x->data, scale;
    size_t i, j, copy;
    if (!sd__cpu_begin(b, "denoise_input", (const sd__tensor *const *)&x, 1) ||
        !sd__denoise_args_ok(b, "denoise_input", x, cond, NULL, plan, latents, NULL))
        return;
    scale = ((const float *)plan->data)[SD__PLAN_INPUT_SCALE];
    for (copy = 0; copy < (size_t)(x->n / latents->n); copy++)
        for (i = 0; i < pixels; i++) {
            for (j = 0; j < c; j++) *out++ = ((const float *)latents->data)[i * c + j] * scale;
            for (j = 0; j < k; j++) *out++ = ((const float *)cond->data)[i * k + j];
        }
}

static void sd__cpu_denoise_step(sd__backend *b, const sd__tensor *prediction, const sd__tensor *noise, sd__tensor *plan,
                                 sd__tensor *latents, sd__tensor *aux) {
    const size_t n = sd__tensor_count(latents);
    const float *u = (const float *)prediction->data;
    float *state[SD__AUX_SLOTS], *p = (float *)plan->data;
    int s;
    if (!sd__cpu_begin(b, "denoise_step", &prediction, 1) ||
        !sd__denoise_args_ok(b, "denoise_step", prediction, NULL, noise, plan, latents, aux))
        return;
    for (s = 0; s < SD__AUX_SLOTS; s++) state[s] = (float *)aux->data + (size_t)s * n;
    if (sd__denoise_range(p, u, prediction->n == latents->n ? NULL : u + n, noise ? (const float *)noise->data : NULL,
                          (float *)latents->data, state, 0, n))
        p[SD__PLAN_NONFINITE] = 1;
}
