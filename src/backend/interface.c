/* ============================================================================================
   Tensors and the backend interface
   ============================================================================================ */
/* Models are written once against this op table. Every activation is NHWC (channels last):
   element (n, y, x, c) of a tensor lives at ((n * h + y) * w + x) * c + c. A token sequence
   [batch, length, channels] is the tensor n = batch, h = 1, w = length, c = channels, so the
   transformer blocks of the UNet read the conv activations without any layout change.

   Ops don't return errors: a backend keeps the first failure in `status` (with the message in its
   env) and turns every later op into a no-op, so a forward pass checks once, at its end. */
typedef enum sd__dtype { SD__F32 = 0, SD__F16, SD__BF16 } sd__dtype;

typedef struct sd__tensor {
    void *data;      /* backend memory (host memory on the CPU backend) */
    sd__dtype dtype;
    int n, h, w, c;
    int segment;     /* an offloaded weight: 1 + the weight store segment it lives in; else 0 */
} sd__tensor;

typedef enum sd__activation { SD__ACT_SILU, SD__ACT_GELU, SD__ACT_QUICK_GELU, SD__ACT_RELU } sd__activation;

/* Weights as the model hands them to a backend: float32 in PyTorch's layout. Conv weights are
   [out, in, kh, kw]; linear weights [out, in]. The backend stores them as it prefers. */
typedef enum sd__weight_kind { SD__W_VECTOR, SD__W_LINEAR, SD__W_CONV, SD__W_EMBEDDING } sd__weight_kind;

typedef struct sd__backend sd__backend;
typedef struct sd__weights sd__weights; /* the weight store (src/backend/weights.c) */

/* An op as work_bytes sees it (the ops not listed need no work memory on any backend): its
   tensors, which may have shapes only (a dry run's), and the integer arguments that size its
   work. conv2d and linear: x, w, y, stride; group_norm: x, groups; attention: x = q, w = k, y,
   heads, heads_per_pass; write and read: x. */
typedef enum sd__op_kind {
    SD__OP_WRITE, SD__OP_READ, SD__OP_CONV2D, SD__OP_LINEAR, SD__OP_GROUP_NORM, SD__OP_ATTENTION
} sd__op_kind;
typedef struct sd__op_call {
    sd__op_kind kind;
    const sd__tensor *x, *w, *y;
    int stride, groups, heads, heads_per_pass;
} sd__op_call;

typedef struct sd__backend_ops {
    const char *name;
    void (*destroy)(sd__backend *b);
    /* Activations: alloc fills t->data for the shape in t (status set on failure). */
    void (*alloc)(sd__backend *b, sd__tensor *t);
    void (*release)(sd__backend *b, sd__tensor *t);
    /* Weights: from float32 host data in PyTorch layout (see sd__weight_kind). For SD__W_CONV the
       shape is n = out, h = kh, w = kw, c = in; SD__W_LINEAR and SD__W_EMBEDDING are n=1, h=1,
       w = rows (out), c = cols (in); SD__W_VECTOR is n=h=w=1, c = length. weight_bytes is the
       backend memory the stored weight takes (0 with status set for a bad kind or shape);
       upload_weight converts src into dst->data, which the caller points at that many bytes of
       backend memory, 256-byte aligned (the weight store places weights in blocks), and sets
       dst->dtype to what it stored. The shape's dtype going in is a hint, the same for both
       calls: SD__F16 when the file holds the weight in IEEE half, so src holds half values
       exactly and a backend may keep them in 16 bits (the CPU backend does), else SD__F32. */
    size_t (*weight_bytes)(sd__backend *b, sd__weight_kind kind, const sd__tensor *shape);
    void (*upload_weight)(sd__backend *b, sd__weight_kind kind, const float *src, sd__tensor *dst);
    /* Memory for the weight store: backend memory or, when host != 0, host memory that copies to
       the backend fast (pinned on CUDA). NULL with status set, naming `what`, on failure. */
    void *(*mem_alloc)(sd__backend *b, size_t bytes, int host, const char *what);
    void (*mem_free)(sd__backend *b, void *ptr, int host);
    /* Copies bytes from host memory of mem_alloc to backend memory (to_host 0) or back (to_host
       1), in order with the ops; a copy to the host is complete when copy returns. */
    void (*copy)(sd__backend *b, void *dst, const void *src, size_t bytes, int to_host);
    /* A copy from host memory of mem_alloc to backend memory beside the ops (on CUDA's copy
       stream): it starts once the ops issued so far are done, so it may overwrite what they read,
       and ops issued after await_copy(ticket) see it. Tickets count up from 1; awaiting a ticket
       awaits every earlier one too. */
    unsigned long long (*prefetch)(sd__backend *b, void *dst, const void *src, size_t bytes);
    void (*await_copy)(sd__backend *b, unsigned long long ticket);
    /* Host <-> activation copies of float32 NHWC data. */
    void (*write)(sd__backend *b, sd__tensor *dst, const float *src);
    void (*read)(sd__backend *b, const sd__tensor *src, float *dst);

    /* y = conv(x, w) + bias (+ residual). k = w->h = w->w in {1, 3}. pad zero rows and columns
       go before the input (top, left), k / 2 after it (bottom, right): pad = k / 2 is the usual
       same-size convolution, pad = 0 the VAE encoder's downsampler. So y's height is
       (x.h + pad + k/2 - k) / stride + 1, and likewise its width. bias and residual may be NULL. */
    void (*conv2d)(sd__backend *b, const sd__tensor *x, const sd__tensor *w, const sd__tensor *bias,
                   const sd__tensor *residual, int stride, int pad, sd__tensor *y);
    /* y[r, :] = x[r, :] W^T + bias (+ residual[r, :]) over all rows r of x (n * h * w rows of
       c = in features). bias and residual may be NULL. */
    void (*linear)(sd__backend *b, const sd__tensor *x, const sd__tensor *w, const sd__tensor *bias,
                   const sd__tensor *residual, sd__tensor *y);
    /* Per-sample group norm over (h, w, c / groups), then affine, then SiLU when silu != 0. */
    void (*group_norm)(sd__backend *b, const sd__tensor *x, const sd__tensor *gamma, const sd__tensor *beta,
                       int groups, float eps, int silu, sd__tensor *y);
    /* Layer norm over c for every row. */
    void (*layer_norm)(sd__backend *b, const sd__tensor *x, const sd__tensor *gamma, const sd__tensor *beta,
                       float eps, sd__tensor *y);
    /* q [B, Lq, heads * d], k and v [B, Lk, heads * d] (as n = B, h = 1, w = L):
       y = softmax(q k^T / sqrt(d)) v per head, with a causal mask when causal != 0.
       heads_per_pass > 0 computes that many heads at a time (attention slicing); 0: all at once. */
    void (*attention)(sd__backend *b, const sd__tensor *q, const sd__tensor *k, const sd__tensor *v, int heads,
                      int causal, int heads_per_pass, sd__tensor *y);
    void (*activation)(sd__backend *b, const sd__tensor *x, sd__activation act, sd__tensor *y);
    /* x [.., 2N] -> y [.., N] = x[.., :N] * gelu(x[.., N:]) */
    void (*geglu)(sd__backend *b, const sd__tensor *x, sd__tensor *y);
    /* y = alpha * a + beta * b; b has a's shape, or is [a.n, 1, 1, a.c] and is broadcast. */
    void (*add)(sd__backend *b, const sd__tensor *a, const sd__tensor *bt, float alpha, float beta, sd__tensor *y);
    /* Nearest-neighbour resize to y's (h, w) (2x for SD; other sizes when a skip needs them). */
    void (*upsample)(sd__backend *b, const sd__tensor *x, sd__tensor *y);
    /* y = [a, b] along channels. */
    void (*concat)(sd__backend *b, const sd__tensor *a, const sd__tensor *bt, sd__tensor *y);
    /* y [n, 1, 1, dim]: sinusoidal embedding of the timesteps (diffusers' get_timestep_embedding),
       a float32 tensor of n values, or of one value that every row shares. */
    void (*timestep_embedding)(sd__backend *b, const sd__tensor *timesteps, int flip_sin_to_cos, float freq_shift,
                               sd__tensor *y);
    /* Work memory: what an op needs besides its tensors (scratch, im2col rows, attention
       scores, staging), and a reservation of that much ahead of time, after which ops that
       need no more allocate nothing. The backend keeps one work buffer that only grows. */
    size_t (*work_bytes)(sd__backend *b, const sd__op_call *call);
    void (*reserve_work)(sd__backend *b, size_t bytes);

    /* The denoising loop on the backend (see sd__denoise_range below): the latents stay where the
       UNet runs, and a step is the same ops every time, reading what changes (the timestep and the
       sampler's coefficients) from the float32 `plan` tensor of SD__PLAN_FLOATS values.
       denoise_input: x [copies * B, h, w, c + k] = every copy of latents [B, h, w, c] times the
       plan's input scale, followed along channels by cond [B, h, w, k] when not NULL (an inpainting
       model's mask and masked-image latents). denoise_step: guidance over prediction [B or 2B (negative first), h, w, c] and
       the sampler's update of latents and aux [SD__AUX_SLOTS * B, h, w, c]; noise [B, h, w, c], or
       NULL when the plan's noise coefficient is 0. Both in the backend's stream order. */
    void (*denoise_input)(sd__backend *b, const sd__tensor *latents, const sd__tensor *cond, const sd__tensor *plan,
                          sd__tensor *x);
    void (*denoise_step)(sd__backend *b, const sd__tensor *prediction, const sd__tensor *noise, sd__tensor *plan,
                         sd__tensor *latents, sd__tensor *aux);
    /* Graphs (CUDA graphs; NULL where the backend has none): between graph_begin and graph_end the
       ops are recorded instead of run, and graph_launch runs the recording again with the memory it
       was recorded with. graph_end returns NULL, with status clear, when the recording failed and
       the ops recorded must run again without a graph. */
    void (*graph_begin)(sd__backend *b);
    void *(*graph_end)(sd__backend *b);
    void (*graph_launch)(sd__backend *b, void *graph);
    void (*graph_free)(sd__backend *b, void *graph);
} sd__backend_ops;

typedef struct sd__planner sd__planner;
struct sd__backend {
    const sd__backend_ops *ops;
    sd__env *env;          /* error messages and host allocation */
    sd_result status;      /* first failure; ops are no-ops once set */
    sd__dtype dtype;       /* of activations */
    size_t bytes_in_use;   /* backend memory held now (weights and activations) */
    size_t peak_bytes;
    sd__weights *weights;  /* the store that owns the model weights (NULL: each weight owns its memory) */
    size_t allocations;    /* blocks the backend's allocator has handed out so far */
    sd__planner *planner;  /* planned activation memory (backend/plan.c); NULL: every tensor is allocated */
    int host_memory;       /* its memory is the host's (the CPU): a host copy of offloaded weights gains nothing */
};

static size_t sd__tensor_count(const sd__tensor *t) {
    return (size_t)t->n * (size_t)t->h * (size_t)t->w * (size_t)t->c;
}

/* Checked element count for a shape: 0 (with status set) when a side is <= 0 or it overflows. */
static size_t sd__shape_count(sd__backend *b, int n, int h, int w, int c) {
    size_t count = 1;
    if (n <= 0 || h <= 0 || w <= 0 || c <= 0 || !sd__mul_size(count, (size_t)n, &count) ||
        !sd__mul_size(count, (size_t)h, &count) || !sd__mul_size(count, (size_t)w, &count) ||
        !sd__mul_size(count, (size_t)c, &count) || !sd__mul_size(count, sizeof(float), &count)) {
        if (!b->status) b->status = sd__fail(b->env, SD_ERR_OUT_OF_MEMORY, "tensor [%d, %d, %d, %d] is too large", n, h, w, c);
        return 0;
    }
    return count / sizeof(float);
}

/* Records an op failure once. */
static void sd__backend_fail(sd__backend *b, sd_result code, const char *what) {
    if (b->status) return;
    b->status = sd__fail(b->env, code, "%s backend: %s", b->ops->name, what);
}

static void sd__backend_failf(sd__backend *b, sd_result code, const char *fmt, ...) SD__PRINTF(3, 4);
static void sd__backend_failf(sd__backend *b, sd_result code, const char *fmt, ...) {
    char what[768];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(what, sizeof what, fmt, ap);
    va_end(ap);
    sd__backend_fail(b, code, what);
}

static const char *sd__dtype_name(sd__dtype dtype) {
    return dtype == SD__F32 ? "float32" : dtype == SD__F16 ? "float16" : "bfloat16";
}

/* Planned passes (backend/plan.c): 1 when the tensor came from, or went back to, the arena. */
static int sd__arena_take(sd__backend *b, sd__tensor *t);
static int sd__arena_give_back(sd__backend *b, const sd__tensor *t);

/* A new activation tensor (data NULL and status set if allocation failed): from the arena while
   a planned pass runs, else from the backend. */
static sd__tensor sd__t_new(sd__backend *b, int n, int h, int w, int c) {
    sd__tensor t;
    memset(&t, 0, sizeof t);
    t.n = n; t.h = h; t.w = w; t.c = c;
    if (!b->status && sd__shape_count(b, n, h, w, c) && !sd__arena_take(b, &t)) b->ops->alloc(b, &t);
    return t;
}

static void sd__t_drop(sd__backend *b, sd__tensor *t) {
    if (t->data && !sd__arena_give_back(b, t)) b->ops->release(b, t);
    t->data = NULL;
}

/* --------------------------------------------------------------------------------------------
   Argument checks every backend runs before an op (the rules of sd__backend_ops above). Each
   returns 1 when the op may run, else records a message naming the op and returns 0.
   -------------------------------------------------------------------------------------------- */
static int sd__t_live(const sd__tensor *t) {
    return t && t->data && t->n > 0 && t->h > 0 && t->w > 0 && t->c > 0;
}
static int sd__t_same_shape(const sd__tensor *a, const sd__tensor *b) {
    return a->n == b->n && a->h == b->h && a->w == b->w && a->c == b->c;
}

/* No earlier failure, and every tensor present, non-empty and of the backend's dtype. */
static int sd__op_begin(sd__backend *b, const char *op, const sd__tensor *const *tensors, int count, sd__dtype dtype) {
    int i;
    if (b->status) return 0;
    for (i = 0; i < count; i++)
        if (!sd__t_live(tensors[i]) || tensors[i]->dtype != dtype) {
            sd__backend_failf(b, SD_ERR_INVALID_ARGUMENT, "%s: tensor argument %d is missing, empty or not %s", op, i + 1,
                              sd__dtype_name(dtype));
            return 0;
        }
    return 1;
}

/* sd__op_begin for conv2d and linear: x and y in dtype, the weight w in dtype or in 16 bits (a
   backend may keep weights so: see upload_weight). */
static int sd__gemm_op_begin(sd__backend *b, const char *op, const sd__tensor *x, const sd__tensor *w, const sd__tensor *y,
                             sd__dtype dtype) {
    const sd__tensor *args[3];
    sd__tensor w_as;
    args[0] = x; args[1] = w; args[2] = y;
    if (w && w->dtype != dtype) {
        w_as = *w;
        w_as.dtype = dtype;
        args[1] = &w_as;
    }
    return sd__op_begin(b, op, args, 3, dtype);
}

/* The shapes upload_weight accepts for each kind (see sd__backend_ops). */
static int sd__weight_args_ok(sd__backend *b, sd__weight_kind kind, const sd__tensor *dst) {
    if (kind == SD__W_CONV && !(dst->h == dst->w && (dst->h == 1 || dst->h == 3))) {
        sd__backend_failf(b, SD_ERR_UNSUPPORTED, "conv weight [%d, %d, %d, %d]: only 1x1 and 3x3 kernels", dst->n, dst->c,
                          dst->h, dst->w);
        return 0;
    }
    if (kind != SD__W_CONV && (dst->n != 1 || dst->h != 1 || (kind == SD__W_VECTOR && dst->w != 1))) {
        sd__backend_failf(b, SD_ERR_INVALID_ARGUMENT, "weight of kind %d has shape [%d, %d, %d, %d]", (int)kind, dst->n,
                          dst->h, dst->w, dst->c);
        return 0;
    }
    return 1;
}

/* A weight in backend memory of its own (tests and tools; the models place theirs with the
   weight store): dst's shape as upload_weight reads it; data NULL with status set on failure.
   sd__t_drop frees it. */
static void sd__weight_new(sd__backend *b, sd__weight_kind kind, const float *src, sd__tensor *dst) {
    size_t bytes;
    dst->data = NULL;
    if (b->status || !(bytes = b->ops->weight_bytes(b, kind, dst))) return;
    dst->data = b->ops->mem_alloc(b, bytes, 0, "a weight");
    if (dst->data) b->ops->upload_weight(b, kind, src, dst);
    if (b->status) sd__t_drop(b, dst);
}

/* Reports a broken shape rule naming every tensor of the op. */
static int sd__op_check(sd__backend *b, int ok, const char *op, const sd__tensor *x, const sd__tensor *w,
                        const sd__tensor *y, const char *rule) {
    if (ok) return 1;
    sd__backend_failf(b, SD_ERR_INVALID_ARGUMENT, "%s: %s (x [%d, %d, %d, %d], %s [%d, %d, %d, %d], y [%d, %d, %d, %d])", op,
                      rule, x->n, x->h, x->w, x->c, w == y ? "y" : "w", w->n, w->h, w->w, w->c, y->n, y->h, y->w, y->c);
    return 0;
}

/* Bias, scale and shift vectors are float32 on every backend; NULL passes unless required. */
static int sd__op_check_vector(sd__backend *b, const sd__tensor *v, int length, int required, const char *op,
                               const char *name) {
    if (!v && !required) return 1;
    if (sd__t_live(v) && v->dtype == SD__F32 && (size_t)v->n * v->h * v->w == 1 && v->c == length) return 1;
    sd__backend_failf(b, SD_ERR_INVALID_ARGUMENT, "%s: %s must be a float32 vector of %d values", op, name, length);
    return 0;
}

/* An optional residual of y's shape and dtype, and y in memory of its own. */
static int sd__op_check_residual(sd__backend *b, const char *op, const sd__tensor *x, const sd__tensor *w,
                                 const sd__tensor *residual, const sd__tensor *y) {
    return sd__op_check(b, !residual || (sd__t_live(residual) && residual->dtype == y->dtype && sd__t_same_shape(residual, y)),
                        op, x, w, y, "residual must have y's shape") &&
           sd__op_check(b, x->data != y->data && (!residual || residual->data != y->data), op, x, w, y,
                        "y must not share memory with x or residual");
}

static int sd__conv2d_args_ok(sd__backend *b, const sd__tensor *x, const sd__tensor *w, const sd__tensor *bias,
                              const sd__tensor *residual, int stride, int pad, const sd__tensor *y) {
    const int k = w->h;
    return sd__op_check(b, (k == 1 || k == 3) && w->w == k && (stride == 1 || stride == 2) && pad >= 0 && pad <= k / 2,
                        "conv2d", x, w, y, "needs a 1x1 or 3x3 kernel, stride 1 or 2 and padding up to k/2") &&
           sd__op_check(b, x->c == w->c && y->c == w->n && y->n == x->n && y->h == (x->h + pad + k / 2 - k) / stride + 1 &&
                               y->w == (x->w + pad + k / 2 - k) / stride + 1 &&
                               (size_t)y->n * y->h * y->w <= (size_t)INT_MAX && (size_t)k * k * x->c <= (size_t)INT_MAX,
                        "conv2d", x, w, y, "shapes do not fit") &&
           sd__op_check_vector(b, bias, w->n, 0, "conv2d", "bias") && sd__op_check_residual(b, "conv2d", x, w, residual, y);
}

static int sd__linear_args_ok(sd__backend *b, const sd__tensor *x, const sd__tensor *w, const sd__tensor *bias,
                              const sd__tensor *residual, const sd__tensor *y) {
    const size_t rows = sd__tensor_count(x) / (size_t)x->c;
    return sd__op_check(b, w->n == 1 && w->h == 1 && x->c == w->c && y->c == w->w && sd__tensor_count(y) / (size_t)y->c == rows &&
                               rows <= (size_t)INT_MAX,
                        "linear", x, w, y, "shapes do not fit") &&
           sd__op_check_vector(b, bias, w->w, 0, "linear", "bias") && sd__op_check_residual(b, "linear", x, w, residual, y);
}

static int sd__group_norm_args_ok(sd__backend *b, const sd__tensor *x, const sd__tensor *gamma, const sd__tensor *beta,
                                  int groups, const sd__tensor *y) {
    return sd__op_check(b, sd__t_same_shape(x, y) && groups > 0 && x->c % groups == 0 && (size_t)x->h * x->w <= (size_t)INT_MAX,
                        "group_norm", x, y, y, "y must have x's shape and groups must divide the channels") &&
           sd__op_check_vector(b, gamma, x->c, 1, "group_norm", "gamma") &&
           sd__op_check_vector(b, beta, x->c, 1, "group_norm", "beta");
}

static int sd__layer_norm_args_ok(sd__backend *b, const sd__tensor *x, const sd__tensor *gamma, const sd__tensor *beta,
                                  const sd__tensor *y) {
    return sd__op_check(b, sd__t_same_shape(x, y) && sd__tensor_count(x) / (size_t)x->c <= (size_t)INT_MAX, "layer_norm", x, y,
                        y, "y must have x's shape") &&
           sd__op_check_vector(b, gamma, x->c, 1, "layer_norm", "gamma") &&
           sd__op_check_vector(b, beta, x->c, 1, "layer_norm", "beta");
}

/* max_keys: the most keys the backend's attention handles. */
static int sd__attention_args_ok(sd__backend *b, const sd__tensor *q, const sd__tensor *k, const sd__tensor *v, int heads,
                                 int heads_per_pass, size_t max_keys, const sd__tensor *y) {
    const size_t lq = (size_t)q->h * q->w, lk = (size_t)k->h * k->w;
    return sd__op_check(b, heads > 0 && q->c % heads == 0 && heads_per_pass >= 0 && sd__t_same_shape(q, y) &&
                               sd__t_same_shape(k, v) && k->c == q->c && k->n == q->n && lq <= (size_t)INT_MAX && lk <= max_keys &&
                               (size_t)q->n * heads <= (size_t)INT_MAX,
                        "attention", q, k, y, "q, y [B, Lq, heads * d] and k, v [B, Lk, heads * d] do not fit");
}

static int sd__activation_args_ok(sd__backend *b, const sd__tensor *x, sd__activation act, const sd__tensor *y) {
    return sd__op_check(b, sd__t_same_shape(x, y) && act >= SD__ACT_SILU && act <= SD__ACT_RELU,
                        "activation", x, y, y, "needs a known activation and y of x's shape");
}

static int sd__geglu_args_ok(sd__backend *b, const sd__tensor *x, const sd__tensor *y) {
    return sd__op_check(b, x->n == y->n && x->h == y->h && x->w == y->w && x->c == 2 * y->c && x->data != y->data, "geglu", x,
                        y, y, "y must be x with half the channels, in its own memory");
}

/* Also tells whether b is broadcast ([a.n, 1, 1, a.c]) rather than of a's shape. */
static int sd__add_args_ok(sd__backend *b, const sd__tensor *a, const sd__tensor *bt, const sd__tensor *y, int *broadcast) {
    *broadcast = !sd__t_same_shape(a, bt);
    return sd__op_check(b, sd__t_same_shape(a, y) && (!*broadcast || (bt->n == a->n && bt->h == 1 && bt->w == 1 && bt->c == a->c)),
                        "add", a, bt, y, "b must have a's shape or be [a.n, 1, 1, a.c], and y a's shape");
}

static int sd__upsample_args_ok(sd__backend *b, const sd__tensor *x, const sd__tensor *y) {
    return sd__op_check(b, x->n == y->n && x->c == y->c && x->data != y->data && (size_t)y->n * y->h <= (size_t)INT_MAX,
                        "upsample", x, y, y, "y must have x's batch and channels, in its own memory");
}

static int sd__concat_args_ok(sd__backend *b, const sd__tensor *a, const sd__tensor *bt, const sd__tensor *y) {
    return sd__op_check(b, a->n == bt->n && a->h == bt->h && a->w == bt->w && y->n == a->n && y->h == a->h && y->w == a->w &&
                               (size_t)y->c == (size_t)a->c + bt->c && a->data != y->data && bt->data != y->data,
                        "concat", a, bt, y, "a and b must differ only in channels, y hold both, in its own memory");
}

static int sd__f32_args_ok(sd__backend *b, const char *op, const sd__tensor *const *tensors, int count) {
    return sd__op_begin(b, op, tensors, count, SD__F32);
}

/* timesteps: float32, one value or one per row of y. */
static int sd__timestep_embedding_args_ok(sd__backend *b, const sd__tensor *timesteps, float freq_shift, const sd__tensor *y) {
    const int half = y->c / 2;
    const size_t count = sd__t_live(timesteps) ? sd__tensor_count(timesteps) : 0;
    return sd__f32_args_ok(b, "timestep_embedding", &timesteps, 1) &&
           sd__op_check(b, y->h == 1 && y->w == 1 && half > 0 && (float)half != freq_shift && (count == 1 || count == (size_t)y->n),
                        "timestep_embedding", timesteps, y, y,
                        "y must be [n, 1, 1, dim] with dim >= 2 and dim / 2 != freq_shift, with 1 or n timesteps");
}

/* diffusers' get_timestep_embedding for one timestep, in float32 as torch computes it:
   exponent = -ln(10000) * i / (half - shift), then [sin, cos] of t * exp(exponent) ([cos, sin]
   when flipped), zero-padded when dim is odd. The CPU backend's op; the CUDA kernel follows it. */
static void sd__timestep_embedding_row(float timestep, int dim, int flip_sin_to_cos, float freq_shift, float *row) {
    const int half = dim / 2;
    int i;
    for (i = 0; i < half; i++) {
        float exponent = (float)i * (float)-9.210340371976184 / ((float)half - freq_shift);
        float arg = timestep * expf(exponent);
        row[flip_sin_to_cos ? half + i : i] = sinf(arg);
        row[flip_sin_to_cos ? i : half + i] = cosf(arg);
    }
    if (dim % 2) row[dim - 1] = 0.0f;
}

/* --------------------------------------------------------------------------------------------
   The denoising step as every backend runs it (denoise_input and denoise_step above)
   -------------------------------------------------------------------------------------------- */
/* @include kernels/denoise_plan.h */

/* One step over the elements [first, end) of the latent batch. In double, with u and c the rows
   of the prediction for the negative prompt and the prompt (c NULL without guidance), x the
   latents, z the noise, and p the plan:
     m  = u + g (c - u)                                      (m = u without guidance)
     e  = float(clamp(ex x + em m + eC C))                   H[entry_slot] = e
     x' = float(xx x + xS S + xm m + xC C + xe e + xH0 H0 + .. + xH3 H3 + xz z)
     C' = float(cC C + cM m)                                 when update_C
     S' = x                                                  when save_sample
     x' = float((1 - M) (k0 K0 + kz Z0) + M x')              when blend
   The last is diffusers' inpainting with an ordinary model: after each step, the part the mask
   keeps is the init image's latents noised to the next step's level. Old values are read before
   anything is written. A term whose coefficient is 0 is left out, so
   a buffer no coefficient names is never read. Returns 1 when an x' is NaN or Inf. */
static int sd__denoise_range(const float *p, const float *u, const float *c, const float *z, float *x,
                             float *const aux[SD__AUX_SLOTS], size_t first, size_t end) {
    const double g = p[SD__PLAN_GUIDANCE];
    const int slot = (int)p[SD__PLAN_ENTRY_SLOT];
    const int entry = p[SD__PLAN_E_X] != 0 || p[SD__PLAN_E_M] != 0 || p[SD__PLAN_E_C] != 0;
    int nonfinite = 0, j;
    size_t k;
#define SD__TERM(index, value) (p[index] != 0 ? (double)p[index] * (value) : 0.0)
    for (k = first; k < end; k++) {
        const double xv = x[k], m = c ? u[k] + g * ((double)c[k] - u[k]) : (double)u[k];
        double e = 0, next;
        if (entry) {
            e = SD__TERM(SD__PLAN_E_X, xv) + SD__TERM(SD__PLAN_E_M, m) + SD__TERM(SD__PLAN_E_C, aux[SD__AUX_C][k]);
            if (p[SD__PLAN_CLAMP] > 0) e = e < -p[SD__PLAN_CLAMP] ? -p[SD__PLAN_CLAMP] : (e > p[SD__PLAN_CLAMP] ? p[SD__PLAN_CLAMP] : e);
            e = (float)e;
        }
        next = SD__TERM(SD__PLAN_X_X, xv) + SD__TERM(SD__PLAN_X_S, aux[SD__AUX_S][k]) + SD__TERM(SD__PLAN_X_M, m) +
               SD__TERM(SD__PLAN_X_C, aux[SD__AUX_C][k]) + SD__TERM(SD__PLAN_X_E, e);
        for (j = 0; j < 4; j++) next += SD__TERM(SD__PLAN_X_H + j, aux[SD__AUX_H + j][k]);
        next += SD__TERM(SD__PLAN_X_Z, z[k]);
        if (entry && slot >= 0) aux[SD__AUX_H + slot][k] = (float)e;
        if (p[SD__PLAN_UPDATE_C] != 0)
            aux[SD__AUX_C][k] = (float)(SD__TERM(SD__PLAN_C_C, aux[SD__AUX_C][k]) + SD__TERM(SD__PLAN_C_M, m));
        if (p[SD__PLAN_SAVE_SAMPLE] != 0) aux[SD__AUX_S][k] = x[k];
        if (p[SD__PLAN_BLEND] != 0) {
            const double repaint = aux[SD__AUX_MASK][k];
            next = (1 - repaint) * (SD__TERM(SD__PLAN_KNOWN_X0, aux[SD__AUX_K0][k]) + SD__TERM(SD__PLAN_KNOWN_Z, aux[SD__AUX_Z0][k])) +
                   repaint * (float)next;
        }
        x[k] = (float)next;
        if (!(x[k] - x[k] == 0)) nonfinite = 1;
    }
#undef SD__TERM
    return nonfinite;
}

/* Float32 values in backend memory (t) with a host copy of the same size in host memory of
   mem_alloc, which copies to the backend fast: the denoising loop's latents, state and plan, and
   the UNet's timesteps. */
typedef struct sd__f32_buffer {
    sd__tensor t;
    float *host;
} sd__f32_buffer;

static void sd__f32_buffer_free(sd__backend *b, sd__f32_buffer *f) {
    if (f->t.data) b->ops->mem_free(b, f->t.data, 0);
    if (f->host) b->ops->mem_free(b, f->host, 1);
    memset(f, 0, sizeof *f);
}

/* The host copy to the backend (in order with the ops), or back (complete on return). */
static void sd__f32_send(sd__backend *b, sd__f32_buffer *f) {
    if (!b->status) b->ops->copy(b, f->t.data, f->host, sd__tensor_count(&f->t) * sizeof(float), 0);
}

/* Both copies of [n, h, w, c], holding values (zeros when NULL) on both sides; status set on
   failure. */
static void sd__f32_buffer_new(sd__backend *b, int n, int h, int w, int c, const float *values, const char *what,
                               sd__f32_buffer *f) {
    const size_t count = sd__shape_count(b, n, h, w, c);
    memset(f, 0, sizeof *f);
    if (b->status || !count) return;
    f->t.n = n; f->t.h = h; f->t.w = w; f->t.c = c;
    f->t.dtype = SD__F32;
    f->t.data = b->ops->mem_alloc(b, count * sizeof(float), 0, what);
    f->host = (float *)b->ops->mem_alloc(b, count * sizeof(float), 1, what);
    if (b->status) {
        sd__f32_buffer_free(b, f);
        return;
    }
    if (values) memcpy(f->host, values, count * sizeof(float));
    else memset(f->host, 0, count * sizeof(float));
    sd__f32_send(b, f);
}
static void sd__f32_fetch(sd__backend *b, sd__f32_buffer *f) {
    if (!b->status) b->ops->copy(b, f->host, f->t.data, sd__tensor_count(&f->t) * sizeof(float), 1);
}

/* The denoising loop's tensors on the backend: the plan of the step, the latents [B, h, w, c], the
   sampler's aux state, the step's noise (noise.t.data NULL for samplers without) and an inpainting
   model's extra input channels [B, h, w, k] (cond.t.data NULL for other models). */
typedef struct sd__denoise_state {
    sd__f32_buffer plan, latents, aux, noise, cond;
} sd__denoise_state;

/* The argument rules of denoise_input and denoise_step: act (x or prediction) as sd__op_begin
   has checked it, the rest float32; cond, aux and noise may be NULL (denoise_input passes cond,
   denoise_step aux and noise). */
static int sd__denoise_args_ok(sd__backend *b, const char *op, const sd__tensor *act, const sd__tensor *cond,
                               const sd__tensor *noise, const sd__tensor *plan, const sd__tensor *latents, const sd__tensor *aux) {
    const sd__tensor *f32[5];
    int count = 0;
    f32[count++] = plan;
    f32[count++] = latents;
    if (aux) f32[count++] = aux;
    if (noise) f32[count++] = noise;
    if (cond) f32[count++] = cond;
    return sd__f32_args_ok(b, op, f32, count) &&
           sd__op_check(b, sd__tensor_count(plan) == SD__PLAN_FLOATS && act->h == latents->h && act->w == latents->w &&
                               act->c == latents->c + (cond ? cond->c : 0) && (act->n == latents->n || act->n == 2 * latents->n) &&
                               (!cond || (cond->n == latents->n && cond->h == latents->h && cond->w == latents->w)) &&
                               (!aux || (aux->n == SD__AUX_SLOTS * latents->n && aux->h == latents->h && aux->w == latents->w &&
                                         aux->c == latents->c)) &&
                               (!noise || sd__t_same_shape(noise, latents)),
                        op, act, latents, latents,
                        "x or prediction must be 1 or 2 copies of latents' shape (x with cond's channels after latents'), "
                        "with a plan of SD__PLAN_FLOATS values, aux of SD__AUX_SLOTS latent batches and noise of latents' shape");
}
