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

typedef enum sd__activation { SD__ACT_SILU, SD__ACT_GELU, SD__ACT_QUICK_GELU } sd__activation;

/* Weights as the model hands them to a backend: float32 in PyTorch's layout. Conv weights are
   [out, in, kh, kw]; linear weights [out, in]. The backend stores them as it prefers. */
typedef enum sd__weight_kind { SD__W_VECTOR, SD__W_LINEAR, SD__W_CONV, SD__W_EMBEDDING } sd__weight_kind;

typedef struct sd__backend sd__backend;
typedef struct sd__weights sd__weights; /* the weight store (src/backend/weights.c) */

/* An op as work_bytes sees it (the ops not listed need no work memory on any backend): its
   tensors, which may have shapes only (a dry run's), and the integer arguments that size its
   work. conv2d and linear: x, w, y, stride; group_norm: x, groups; attention: x = q, w = k, y,
   heads, heads_per_pass; write and read: x; timestep_embedding: y. */
typedef enum sd__op_kind {
    SD__OP_WRITE, SD__OP_READ, SD__OP_CONV2D, SD__OP_LINEAR, SD__OP_GROUP_NORM, SD__OP_ATTENTION, SD__OP_TIMESTEP_EMBEDDING
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
    /* y [n, 1, 1, dim]: sinusoidal embedding of timesteps[n] (diffusers' get_timestep_embedding). */
    void (*timestep_embedding)(sd__backend *b, const float *timesteps, int flip_sin_to_cos, float freq_shift,
                               sd__tensor *y);
    /* Work memory: what an op needs besides its tensors (scratch, im2col rows, attention
       scores, staging), and a reservation of that much ahead of time, after which ops that
       need no more allocate nothing. The backend keeps one work buffer that only grows. */
    size_t (*work_bytes)(sd__backend *b, const sd__op_call *call);
    void (*reserve_work)(sd__backend *b, size_t bytes);
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
    return sd__op_check(b, sd__t_same_shape(x, y) && (act == SD__ACT_SILU || act == SD__ACT_GELU || act == SD__ACT_QUICK_GELU),
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

static int sd__timestep_embedding_args_ok(sd__backend *b, float freq_shift, const sd__tensor *y) {
    const int half = y->c / 2;
    return sd__op_check(b, y->h == 1 && y->w == 1 && half > 0 && (float)half != freq_shift, "timestep_embedding", y, y, y,
                        "y must be [n, 1, 1, dim] with dim >= 2 and dim / 2 != freq_shift");
}

/* diffusers' get_timestep_embedding for one timestep, in float32 as torch computes it:
   exponent = -ln(10000) * i / (half - shift), then [sin, cos] of t * exp(exponent) ([cos, sin]
   when flipped), zero-padded when dim is odd. Every backend computes it on the host. */
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
