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
} sd__tensor;

typedef enum sd__activation { SD__ACT_SILU, SD__ACT_GELU, SD__ACT_QUICK_GELU } sd__activation;

/* Weights as the model hands them to a backend: float32 in PyTorch's layout. Conv weights are
   [out, in, kh, kw]; linear weights [out, in]. The backend stores them as it prefers. */
typedef enum sd__weight_kind { SD__W_VECTOR, SD__W_LINEAR, SD__W_CONV, SD__W_EMBEDDING } sd__weight_kind;

typedef struct sd__backend sd__backend;
typedef struct sd__backend_ops {
    const char *name;
    void (*destroy)(sd__backend *b);
    /* Activations: alloc fills t->data for the shape in t (status set on failure). */
    void (*alloc)(sd__backend *b, sd__tensor *t);
    void (*release)(sd__backend *b, sd__tensor *t);
    /* Weights: from float32 host data in PyTorch layout (see sd__weight_kind). For SD__W_CONV the
       shape is n = out, h = kh, w = kw, c = in; SD__W_LINEAR and SD__W_EMBEDDING are n=1, h=1,
       w = rows (out), c = cols (in); SD__W_VECTOR is n=h=w=1, c = length. */
    void (*upload_weight)(sd__backend *b, sd__weight_kind kind, const float *src, sd__tensor *dst);
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
} sd__backend_ops;

struct sd__backend {
    const sd__backend_ops *ops;
    sd__env *env;          /* error messages and host allocation */
    sd_result status;      /* first failure; ops are no-ops once set */
    size_t bytes_in_use;   /* backend memory held now (weights and activations) */
    size_t peak_bytes;
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

/* A new activation tensor (data NULL and status set if allocation failed). */
static sd__tensor sd__t_new(sd__backend *b, int n, int h, int w, int c) {
    sd__tensor t;
    memset(&t, 0, sizeof t);
    t.n = n; t.h = h; t.w = w; t.c = c;
    if (!b->status && sd__shape_count(b, n, h, w, c)) b->ops->alloc(b, &t);
    return t;
}

static void sd__t_drop(sd__backend *b, sd__tensor *t) {
    if (t->data) b->ops->release(b, t);
    t->data = NULL;
}
