/* ============================================================================================
   Layers: the building blocks the text encoder, UNet and VAE share
   ============================================================================================ */
/* Each layer is a small struct of weight tensors with a load function (names are diffusers',
   shapes come from the config and are checked against the file) and a forward function written
   against the backend ops. */

/* Loads named weights of one model part into backend memory, through one reusable float buffer.
   With a weight store the load functions run twice: the store measures, then places (see the
   weight store's section); without one every weight gets backend memory of its own. */
typedef struct sd__modules sd__modules;
typedef struct sd__loader {
    sd__env *env;
    sd__backend *b;
    const sd__model *model;
    sd__part part;        /* where in the model files the names are looked up */
    sd__weights *weights; /* NULL: no store */
    sd__modules *modules; /* NULL, or where each linear and conv layer is registered by name (LoRA) */
    float *scratch;
    size_t scratch_count;
    sd_result status;
} sd__loader;

static void sd__loader_free(sd__loader *ld) {
    sd__free(ld->env, ld->scratch);
    ld->scratch = NULL;
    ld->scratch_count = 0;
}

/* The weights loaded next belong to model `part` (in the store's terms), and start a block. */
static void sd__loader_model(sd__loader *ld, sd__wpart part) {
    if (ld->weights) sd__weights_part(ld->weights, part);
}
/* A block of layers (a resnet, a transformer block, a CLIP layer) starts: sequential offload
   streams whole blocks. */
static void sd__loader_block(sd__loader *ld) {
    if (ld->weights) sd__weights_block(ld->weights);
}

/* Loads "<prefix><suffix>" with the given PyTorch shape as a weight of the given kind. Once
   anything failed, later loads are no-ops and return an empty tensor. */
static sd__tensor sd__load(sd__loader *ld, sd__weight_kind kind, const char *prefix, const char *suffix, int rank,
                           long long d0, long long d1, long long d2, long long d3) {
    sd__tensor t;
    long long shape[4];
    char name[256];
    size_t count = 1;
    int i;
    memset(&t, 0, sizeof t);
    if (ld->status || ld->b->status) return t;
    shape[0] = d0; shape[1] = d1; shape[2] = d2; shape[3] = d3;
    snprintf(name, sizeof name, "%s%s", prefix, suffix);
    /* the config checks bound every shape; this keeps the scratch size honest if they change */
    for (i = 0; i < rank; i++)
        if (shape[i] < 1 || shape[i] > INT_MAX || !sd__mul_size(count, (size_t)shape[i], &count)) {
            ld->status = sd__fail(ld->env, SD_ERR_OUT_OF_MEMORY, "weight '%s': shape dimension %d (%lld) is out of range",
                                  name, i, shape[i]);
            return t;
        }
    switch (kind) {
    case SD__W_CONV: t.n = (int)d0; t.h = (int)d2; t.w = (int)d3; t.c = (int)d1; break;
    case SD__W_LINEAR: case SD__W_EMBEDDING: t.n = 1; t.h = 1; t.w = (int)d0; t.c = (int)d1; break;
    case SD__W_VECTOR: t.n = 1; t.h = 1; t.w = 1; t.c = (int)d0; break;
    }
    { /* the storage hint for the backend: a weight the file holds in IEEE half may stay in half */
        const sd__model_view *v = sd__model_find_view(ld->model, ld->part, name);
        t.dtype = v && v->tensor.dtype == SD__ST_F16 ? SD__F16 : SD__F32;
    }
    if (ld->weights && ld->weights->measuring) {
        size_t bytes = ld->b->ops->weight_bytes(ld->b, kind, &t);
        ld->status = bytes ? sd__weights_measure(ld->weights, bytes) : ld->b->status;
        if (ld->status == SD_OK) ld->status = sd__weights_note(ld->weights, ld->part, name, kind, rank, shape, &t);
        return t;
    }
    if (count > ld->scratch_count) {
        sd__free(ld->env, ld->scratch);
        ld->scratch = (float *)sd__calloc(ld->env, count, sizeof(float));
        ld->scratch_count = ld->scratch ? count : 0;
        if (!ld->scratch) { ld->status = sd__oom(ld->env); return t; }
    }
    if ((ld->status = sd__model_load_f32(ld->env, ld->model, ld->part, name, rank, shape, ld->scratch)) != SD_OK) return t;
    if (!ld->weights) {
        sd__weight_new(ld->b, kind, ld->scratch, &t);
    } else {
        size_t bytes = ld->b->ops->weight_bytes(ld->b, kind, &t);
        if (bytes && sd__weights_place(ld->weights, bytes, &t)) ld->b->ops->upload_weight(ld->b, kind, ld->scratch, &t);
    }
    if (ld->b->status) {
        ld->status = ld->b->status;
        t.data = NULL;
    }
    return t;
}

/* A weight of the store is freed with the store. */
static void sd__drop_weight(sd__backend *b, sd__tensor *t) {
    if (b->weights) t->data = NULL;
    else sd__t_drop(b, t);
}

/* ---- convolution, linear, norms ------------------------------------------------------------ */
/* A LoRA adapter beside a linear or conv layer: y += up(down(x)), its scale folded into up. down
   is a linear [rank, in] or a conv of the layer's kernel, stride and padding to rank channels;
   up a linear [out, rank] or a 1x1 conv. The weights are the adapter's own backend memory. */
typedef struct sd__lora_adapter {
    sd__tensor down, up;
    int rank;
    struct sd__lora_adapter *next;     /* the layer's next adapter */
} sd__lora_adapter;

/* pad: zero rows/columns before the input (top, left); k / 2 follow it (see the conv2d op). */
typedef struct sd__conv { sd__tensor w, bias; int in, out, k, stride, pad; sd__lora_adapter *lora; } sd__conv;
typedef struct sd__linear { sd__tensor w, bias; int in, out; sd__lora_adapter *lora; } sd__linear;
typedef struct sd__norm { sd__tensor gamma, beta; float eps; int groups; } sd__norm;

/* Every linear and conv layer of the loaded models by its diffusers name, for LoRA files. */
typedef struct sd__module {
    char *name;
    sd__part part;
    sd__linear *linear; /* one of the two */
    sd__conv *conv;
} sd__module;
struct sd__modules {
    sd__module *items;
    size_t count, cap;
};

/* The layer's chain of LoRA adapters. */
static sd__lora_adapter **sd__module_lora(const sd__module *m) { return m->linear ? &m->linear->lora : &m->conv->lora; }

static void sd__lora_adapter_free(sd__backend *b, sd__lora_adapter *a) {
    sd__t_drop(b, &a->down);
    sd__t_drop(b, &a->up);
    sd__free(b->env, a);
}

static void sd__modules_free(sd__env *env, sd__modules *m) {
    size_t i;
    for (i = 0; i < m->count; i++) sd__free(env, m->items[i].name);
    sd__free(env, m->items);
    memset(m, 0, sizeof *m);
}

/* Registers a layer as it is placed (not while the weight store measures). */
static void sd__loader_register(sd__loader *ld, const char *name, sd__linear *linear, sd__conv *conv) {
    sd__modules *m = ld->modules;
    sd__module *item;
    if (!m || ld->status || (ld->weights && ld->weights->measuring)) return;
    if (m->count == m->cap) {
        size_t cap = m->cap ? 2 * m->cap : 256;
        sd__module *grown = (sd__module *)sd__realloc(ld->env, m->items, m->cap * sizeof *grown, cap * sizeof *grown);
        if (!grown) {
            ld->status = sd__oom(ld->env);
            return;
        }
        m->items = grown;
        m->cap = cap;
    }
    item = &m->items[m->count];
    if (!(item->name = sd__strdup(ld->env, name))) {
        ld->status = sd__oom(ld->env);
        return;
    }
    item->part = ld->part;
    item->linear = linear;
    item->conv = conv;
    m->count++;
}

static void sd__conv_load(sd__loader *ld, sd__conv *c, const char *prefix, int in, int out, int k, int stride, int has_bias) {
    c->in = in; c->out = out; c->k = k; c->stride = stride;
    c->pad = k / 2;
    c->lora = NULL;
    c->w = sd__load(ld, SD__W_CONV, prefix, ".weight", 4, out, in, k, k);
    if (has_bias) c->bias = sd__load(ld, SD__W_VECTOR, prefix, ".bias", 1, out, 0, 0, 0);
    else memset(&c->bias, 0, sizeof c->bias);
    sd__loader_register(ld, prefix, NULL, c);
}
static void sd__linear_load(sd__loader *ld, sd__linear *l, const char *prefix, int in, int out, int has_bias) {
    l->in = in; l->out = out;
    l->lora = NULL;
    l->w = sd__load(ld, SD__W_LINEAR, prefix, ".weight", 2, out, in, 0, 0);
    if (has_bias) l->bias = sd__load(ld, SD__W_VECTOR, prefix, ".bias", 1, out, 0, 0, 0);
    else memset(&l->bias, 0, sizeof l->bias);
    sd__loader_register(ld, prefix, l, NULL);
}
/* A 1x1 convolution over NHWC activations is a linear layer: its [out, in, 1, 1] weight holds
   the same numbers as a linear [out, in] one. */
static void sd__conv1x1_as_linear_load(sd__loader *ld, sd__linear *l, const char *prefix, int in, int out) {
    l->in = in; l->out = out;
    l->lora = NULL;
    l->w = sd__load(ld, SD__W_LINEAR, prefix, ".weight", 4, out, in, 1, 1);
    l->bias = sd__load(ld, SD__W_VECTOR, prefix, ".bias", 1, out, 0, 0, 0);
    sd__loader_register(ld, prefix, l, NULL);
}

static void sd__norm_load(sd__loader *ld, sd__norm *n, const char *prefix, int channels, int groups, float eps) {
    n->groups = groups; n->eps = eps;
    n->gamma = sd__load(ld, SD__W_VECTOR, prefix, ".weight", 1, channels, 0, 0, 0);
    n->beta = sd__load(ld, SD__W_VECTOR, prefix, ".bias", 1, channels, 0, 0, 0);
}
static void sd__conv_free(sd__backend *b, sd__conv *c) { sd__drop_weight(b, &c->w); sd__drop_weight(b, &c->bias); }
static void sd__linear_free(sd__backend *b, sd__linear *l) { sd__drop_weight(b, &l->w); sd__drop_weight(b, &l->bias); }
static void sd__norm_free(sd__backend *b, sd__norm *n) { sd__drop_weight(b, &n->gamma); sd__drop_weight(b, &n->beta); }

static const sd__tensor *sd__opt(const sd__tensor *t) { return t->data ? t : NULL; }

/* y + up(down(x)) for each adapter: down as the layer's conv (conv != 0: kernel, stride and
   padding of the layer) or linear, up as a 1x1 conv or linear, added through the op's residual. */
static sd__tensor sd__lora_fwd(sd__backend *b, const sd__lora_adapter *a, const sd__tensor *x, sd__tensor y, const sd__conv *conv) {
    for (; a && !b->status; a = a->next) {
        sd__tensor t = sd__t_new(b, y.n, y.h, y.w, a->rank), sum;
        if (!b->status && conv) b->ops->conv2d(b, x, &a->down, NULL, NULL, conv->stride, conv->pad, &t);
        else if (!b->status) b->ops->linear(b, x, &a->down, NULL, NULL, &t);
        sum = sd__t_new(b, y.n, y.h, y.w, y.c);
        if (!b->status && conv) b->ops->conv2d(b, &t, &a->up, NULL, &y, 1, 0, &sum);
        else if (!b->status) b->ops->linear(b, &t, &a->up, NULL, &y, &sum);
        sd__t_drop(b, &t);
        sd__t_drop(b, &y);
        y = sum;
    }
    return y;
}

/* y = conv(x) (+ residual) (+ its LoRA adapters); y is allocated with the conv's output size. */
static sd__tensor sd__conv_fwd(sd__backend *b, const sd__conv *c, const sd__tensor *x, const sd__tensor *residual) {
    const int pad = c->pad + c->k / 2;
    sd__tensor y = sd__t_new(b, x->n, (x->h + pad - c->k) / c->stride + 1, (x->w + pad - c->k) / c->stride + 1, c->out);
    sd__weights_use(b, &c->w);
    if (!b->status) b->ops->conv2d(b, x, &c->w, sd__opt(&c->bias), residual, c->stride, c->pad, &y);
    return sd__lora_fwd(b, c->lora, x, y, c);
}
static sd__tensor sd__linear_fwd(sd__backend *b, const sd__linear *l, const sd__tensor *x, const sd__tensor *residual) {
    sd__tensor y = sd__t_new(b, x->n, x->h, x->w, l->out);
    sd__weights_use(b, &l->w);
    if (!b->status) b->ops->linear(b, x, &l->w, sd__opt(&l->bias), residual, &y);
    return sd__lora_fwd(b, l->lora, x, y, NULL);
}
/* y = group_norm(x), then SiLU if asked; y may be x itself (the op works element by element once
   it has the statistics). */
static void sd__group_norm_to(sd__backend *b, const sd__norm *n, const sd__tensor *x, int silu, sd__tensor *y) {
    sd__weights_use(b, &n->gamma);
    if (!b->status) b->ops->group_norm(b, x, &n->gamma, &n->beta, n->groups, n->eps, silu, y);
}
static sd__tensor sd__group_norm_fwd(sd__backend *b, const sd__norm *n, const sd__tensor *x, int silu) {
    sd__tensor y = sd__t_new(b, x->n, x->h, x->w, x->c);
    sd__group_norm_to(b, n, x, silu, &y);
    return y;
}
static sd__tensor sd__layer_norm_fwd(sd__backend *b, const sd__norm *n, const sd__tensor *x) {
    sd__tensor y = sd__t_new(b, x->n, x->h, x->w, x->c);
    sd__weights_use(b, &n->gamma);
    if (!b->status) b->ops->layer_norm(b, x, &n->gamma, &n->beta, n->eps, &y);
    return y;
}

/* conv(silu(group_norm(*x))), dropping *x once normed: the output head of the UNet and of the
   VAE's encoder and decoder. */
static sd__tensor sd__norm_silu_conv_fwd(sd__backend *b, const sd__norm *n, const sd__conv *c, sd__tensor *x) {
    sd__tensor normed = sd__group_norm_fwd(b, n, x, 1), y;
    sd__t_drop(b, x);
    y = sd__conv_fwd(b, c, &normed, NULL);
    sd__t_drop(b, &normed);
    return y;
}

/* Views an NHWC activation as a token sequence [n, 1, h * w, c] (same memory). */
static sd__tensor sd__as_tokens(const sd__tensor *x) {
    sd__tensor t = *x;
    t.w = x->h * x->w;
    t.h = 1;
    return t;
}

/* ---- ResnetBlock2D -------------------------------------------------------------------------- */
typedef struct sd__resnet {
    sd__norm norm1, norm2;
    sd__conv conv1, conv2, shortcut;
    sd__linear time_proj; /* absent (w.data NULL) in the VAE */
    int has_shortcut;
} sd__resnet;

static void sd__resnet_load(sd__loader *ld, sd__resnet *r, const char *prefix, int in, int out, int temb_dim,
                            int groups, float eps) {
    char p[256];
    memset(r, 0, sizeof *r);
    sd__loader_block(ld);
    snprintf(p, sizeof p, "%s.norm1", prefix); sd__norm_load(ld, &r->norm1, p, in, groups, eps);
    snprintf(p, sizeof p, "%s.conv1", prefix); sd__conv_load(ld, &r->conv1, p, in, out, 3, 1, 1);
    if (temb_dim) { snprintf(p, sizeof p, "%s.time_emb_proj", prefix); sd__linear_load(ld, &r->time_proj, p, temb_dim, out, 1); }
    snprintf(p, sizeof p, "%s.norm2", prefix); sd__norm_load(ld, &r->norm2, p, out, groups, eps);
    snprintf(p, sizeof p, "%s.conv2", prefix); sd__conv_load(ld, &r->conv2, p, out, out, 3, 1, 1);
    r->has_shortcut = in != out;
    if (r->has_shortcut) { snprintf(p, sizeof p, "%s.conv_shortcut", prefix); sd__conv_load(ld, &r->shortcut, p, in, out, 1, 1, 1); }
}

static void sd__resnet_free(sd__backend *b, sd__resnet *r) {
    sd__norm_free(b, &r->norm1); sd__norm_free(b, &r->norm2);
    sd__conv_free(b, &r->conv1); sd__conv_free(b, &r->conv2); sd__conv_free(b, &r->shortcut);
    sd__linear_free(b, &r->time_proj);
}

/* out = shortcut(x) + conv2(silu(norm2(conv1(silu(norm1(x))) + time_proj(silu(temb))))).
   silu_temb is silu(temb) [n, 1, 1, temb_dim], computed once per UNet call. With consume, *x is
   the caller's to give up (dropped here): a block with a shortcut then takes the shortcut first
   and normalizes x in place, so that it holds one tensor of x's size less (the VAE decoder's
   largest, where 256 channels at 512x512 become 128). norm2 always works in place. */
static sd__tensor sd__resnet_fwd(sd__backend *b, const sd__resnet *r, sd__tensor *x, int consume, const sd__tensor *silu_temb) {
    const int x_in_place = consume && r->has_shortcut;
    sd__tensor h, h2, skip, out;
    memset(&skip, 0, sizeof skip);
    if (x_in_place) {
        skip = sd__conv_fwd(b, &r->shortcut, x, NULL);
        sd__group_norm_to(b, &r->norm1, x, 1, x);
        h = *x;
        x->data = NULL; /* moved into h */
    } else {
        h = sd__group_norm_fwd(b, &r->norm1, x, 1);
    }
    h2 = sd__conv_fwd(b, &r->conv1, &h, NULL);
    sd__t_drop(b, &h);
    if (silu_temb && r->time_proj.w.data) {
        sd__tensor t = sd__linear_fwd(b, &r->time_proj, silu_temb, NULL);
        if (!b->status) b->ops->add(b, &h2, &t, 1.0f, 1.0f, &h2);
        sd__t_drop(b, &t);
    }
    sd__group_norm_to(b, &r->norm2, &h2, 1, &h2);
    if (r->has_shortcut && !x_in_place) skip = sd__conv_fwd(b, &r->shortcut, x, NULL);
    out = sd__conv_fwd(b, &r->conv2, &h2, r->has_shortcut ? &skip : x);
    sd__t_drop(b, &skip);
    sd__t_drop(b, &h2);
    if (consume) sd__t_drop(b, x);
    return out;
}

/* ---- attention ------------------------------------------------------------------------------ */
typedef struct sd__attention {
    sd__linear q, k, v, out;
    int heads;
} sd__attention;

static void sd__attention_load(sd__loader *ld, sd__attention *a, const char *prefix, const char *names[4], int dim,
                               int context_dim, int heads, int qkv_bias) {
    char p[256];
    a->heads = heads;
    snprintf(p, sizeof p, "%s.%s", prefix, names[0]); sd__linear_load(ld, &a->q, p, dim, dim, qkv_bias);
    snprintf(p, sizeof p, "%s.%s", prefix, names[1]); sd__linear_load(ld, &a->k, p, context_dim, dim, qkv_bias);
    snprintf(p, sizeof p, "%s.%s", prefix, names[2]); sd__linear_load(ld, &a->v, p, context_dim, dim, qkv_bias);
    snprintf(p, sizeof p, "%s.%s", prefix, names[3]); sd__linear_load(ld, &a->out, p, dim, dim, 1);
}
static void sd__attention_free(sd__backend *b, sd__attention *a) {
    sd__linear_free(b, &a->q); sd__linear_free(b, &a->k); sd__linear_free(b, &a->v); sd__linear_free(b, &a->out);
}

/* out(attention(q(x), k(ctx), v(ctx))) + residual; x, ctx and residual are token sequences. */
static sd__tensor sd__attention_fwd(sd__backend *b, const sd__attention *a, const sd__tensor *x, const sd__tensor *ctx,
                                    int causal, int heads_per_pass, const sd__tensor *residual) {
    sd__tensor q = sd__linear_fwd(b, &a->q, x, NULL);
    sd__tensor k = sd__linear_fwd(b, &a->k, ctx ? ctx : x, NULL);
    sd__tensor v = sd__linear_fwd(b, &a->v, ctx ? ctx : x, NULL);
    sd__tensor o = sd__t_new(b, q.n, q.h, q.w, q.c), y;
    if (!b->status) b->ops->attention(b, &q, &k, &v, a->heads, causal, heads_per_pass, &o);
    sd__t_drop(b, &q);
    sd__t_drop(b, &k);
    sd__t_drop(b, &v);
    y = sd__linear_fwd(b, &a->out, &o, residual);
    sd__t_drop(b, &o);
    return y;
}

/* attention_slice setting (SD_SLICE_OFF, SD_SLICE_AUTO or N) as heads per pass for `heads`. */
static int sd__heads_per_pass(int attention_slice, int heads) {
    if (attention_slice == SD_SLICE_AUTO) return heads > 1 ? heads / 2 : 1;
    if (attention_slice > 0) return attention_slice < heads ? attention_slice : heads;
    return 0;
}

/* Nearest-neighbour resize of x to (h, w). */
static sd__tensor sd__upsample_fwd(sd__backend *b, const sd__tensor *x, int h, int w) {
    sd__tensor y = sd__t_new(b, x->n, h, w, x->c);
    if (!b->status) b->ops->upsample(b, x, &y);
    return y;
}
