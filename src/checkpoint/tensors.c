/* ============================================================================================
   Model tensors: the tensors a config needs; views and lookup
   ============================================================================================ */
/* Called once per tensor with its canonical name and shape; returning non-zero stops the walk. */
typedef int (*sd__tensor_visit_fn)(void *user, const char *name, int rank, const long long *shape);

typedef struct sd__emitter {
    sd__tensor_visit_fn visit;
    void *user;
    char name[SD__NAME_MAX];
    size_t len;   /* of the current prefix */
    int stopped;
} sd__emitter;

/* Appends to the name prefix; returns the old length for sd__emit_pop. Names built here are
   short: every index is bounded by the config checks. */
static size_t sd__emit_push(sd__emitter *e, const char *fmt, ...) SD__PRINTF(2, 3);
static size_t sd__emit_push(sd__emitter *e, const char *fmt, ...) {
    size_t old = e->len;
    va_list ap;
    int n;
    va_start(ap, fmt);
    n = vsnprintf(e->name + e->len, sizeof e->name - e->len, fmt, ap);
    va_end(ap);
    SD_ASSERT(n >= 0 && (size_t)n < sizeof e->name - e->len);
    e->len += (size_t)n;
    return old;
}
static void sd__emit_pop(sd__emitter *e, size_t len) {
    e->len = len;
    e->name[len] = 0;
}

static void sd__emit(sd__emitter *e, const char *suffix, int rank, long long d0, long long d1, long long d2, long long d3) {
    long long shape[4];
    size_t old;
    if (e->stopped) return;
    shape[0] = d0;
    shape[1] = d1;
    shape[2] = d2;
    shape[3] = d3;
    old = sd__emit_push(e, "%s", suffix);
    e->stopped = e->visit(e->user, e->name, rank, shape);
    sd__emit_pop(e, old);
}

/* name.weight with the given shape and name.bias [d0]. */
static void sd__emit_with_bias(sd__emitter *e, const char *name, int rank, long long d0, long long d1, long long d2, long long d3) {
    size_t old = sd__emit_push(e, "%s.", name);
    sd__emit(e, "weight", rank, d0, d1, d2, d3);
    sd__emit(e, "bias", 1, d0, 0, 0, 0);
    sd__emit_pop(e, old);
}
static void sd__emit_norm(sd__emitter *e, const char *name, long long c) { sd__emit_with_bias(e, name, 1, c, 0, 0, 0); }
static void sd__emit_linear(sd__emitter *e, const char *name, long long out, long long in) {
    sd__emit_with_bias(e, name, 2, out, in, 0, 0);
}
static void sd__emit_conv(sd__emitter *e, const char *name, long long out, long long in, long long k) {
    sd__emit_with_bias(e, name, 4, out, in, k, k);
}

/* ResnetBlock2D; temb 0: no time embedding (the VAE's). */
static void sd__emit_resnet(sd__emitter *e, long long in, long long out, long long temb) {
    sd__emit_norm(e, "norm1", in);
    sd__emit_conv(e, "conv1", out, in, 3);
    if (temb) sd__emit_linear(e, "time_emb_proj", out, temb);
    sd__emit_norm(e, "norm2", out);
    sd__emit_conv(e, "conv2", out, out, 3);
    if (in != out) sd__emit_conv(e, "conv_shortcut", out, in, 1);
}

/* A transformer block's attention "<name>.": q, k and v without bias (k and v from kv_channels,
   the context's in cross-attention), to_out with one. */
static void sd__emit_block_attention(sd__emitter *e, const char *name, long long c, long long kv_channels) {
    size_t old = sd__emit_push(e, "%s.", name);
    sd__emit(e, "to_q.weight", 2, c, c, 0, 0);
    sd__emit(e, "to_k.weight", 2, c, kv_channels, 0, 0);
    sd__emit(e, "to_v.weight", 2, c, kv_channels, 0, 0);
    sd__emit_linear(e, "to_out.0", c, c);
    sd__emit_pop(e, old);
}

/* Transformer2DModel with c channels (heads * head dim = c) and GEGLU feed-forward. */
static void sd__emit_transformer(sd__emitter *e, const sd__unet_config *u, long long c, int depth) {
    long long ctx = u->cross_attention_dim;
    int d;
    sd__emit_norm(e, "norm", c);
    if (u->use_linear_projection) {
        sd__emit_linear(e, "proj_in", c, c);
        sd__emit_linear(e, "proj_out", c, c);
    } else {
        sd__emit_conv(e, "proj_in", c, c, 1);
        sd__emit_conv(e, "proj_out", c, c, 1);
    }
    for (d = 0; d < depth; d++) {
        size_t old = sd__emit_push(e, "transformer_blocks.%d.", d);
        sd__emit_norm(e, "norm1", c);
        sd__emit_block_attention(e, "attn1", c, c);
        sd__emit_norm(e, "norm2", c);
        sd__emit_block_attention(e, "attn2", c, ctx);
        sd__emit_norm(e, "norm3", c);
        sd__emit_linear(e, "ff.net.0.proj", 8 * c, c);
        sd__emit_linear(e, "ff.net.2", c, 4 * c);
        sd__emit_pop(e, old);
    }
}

/* UNet2DConditionModel's tensors. Up level i mirrors down level levels-1-i: its resnets take the
   previous output plus a skip, the last skip coming from the level below (diffusers' channel
   bookkeeping). */
static void sd__unet_expected(const sd__unet_config *u, sd__emitter *e) {
    const int *ch = u->block_out_channels;
    int L = u->levels, top = L - 1, i, j;
    long long t = u->time_embed_dim;
    size_t old, old2;
    sd__emit_conv(e, "conv_in", ch[0], u->in_channels, 3);
    sd__emit_linear(e, "time_embedding.linear_1", t, ch[0]);
    sd__emit_linear(e, "time_embedding.linear_2", t, t);
    for (i = 0; i < L; i++) {
        old = sd__emit_push(e, "down_blocks.%d.", i);
        for (j = 0; j < u->layers_per_block; j++) {
            old2 = sd__emit_push(e, "resnets.%d.", j);
            sd__emit_resnet(e, j ? ch[i] : ch[i ? i - 1 : 0], ch[i], t);
            sd__emit_pop(e, old2);
            if (!u->down_attention[i]) continue;
            old2 = sd__emit_push(e, "attentions.%d.", j);
            sd__emit_transformer(e, u, ch[i], u->transformer_layers[i]);
            sd__emit_pop(e, old2);
        }
        if (i < top) sd__emit_conv(e, "downsamplers.0.conv", ch[i], ch[i], 3);
        sd__emit_pop(e, old);
    }
    old = sd__emit_push(e, "mid_block.resnets.0.");
    sd__emit_resnet(e, ch[top], ch[top], t);
    sd__emit_pop(e, old);
    old = sd__emit_push(e, "mid_block.attentions.0.");
    sd__emit_transformer(e, u, ch[top], u->transformer_layers[top]);
    sd__emit_pop(e, old);
    old = sd__emit_push(e, "mid_block.resnets.1.");
    sd__emit_resnet(e, ch[top], ch[top], t);
    sd__emit_pop(e, old);
    for (i = 0; i < L; i++) {
        int level = top - i, out = ch[level], prev = i ? ch[level + 1] : ch[top], skip_in = ch[level > 0 ? level - 1 : 0];
        old = sd__emit_push(e, "up_blocks.%d.", i);
        for (j = 0; j <= u->layers_per_block; j++) {
            old2 = sd__emit_push(e, "resnets.%d.", j);
            sd__emit_resnet(e, (long long)(j ? out : prev) + (j == u->layers_per_block ? skip_in : out), out, t);
            sd__emit_pop(e, old2);
            if (!u->up_attention[i]) continue;
            old2 = sd__emit_push(e, "attentions.%d.", j);
            sd__emit_transformer(e, u, out, u->transformer_layers[level]);
            sd__emit_pop(e, old2);
        }
        if (i < top) sd__emit_conv(e, "upsamplers.0.conv", out, out, 3);
        sd__emit_pop(e, old);
    }
    sd__emit_norm(e, "conv_norm_out", ch[0]);
    sd__emit_conv(e, "conv_out", u->out_channels, ch[0], 3);
}

/* UNetMidBlock2D of the VAE: resnet, single-head attention (linear q/k/v/out), resnet. */
static void sd__emit_vae_mid(sd__emitter *e, const sd__vae_config *v, long long c) {
    size_t old = sd__emit_push(e, "mid_block.");
    size_t old2 = sd__emit_push(e, "resnets.0.");
    sd__emit_resnet(e, c, c, 0);
    sd__emit_pop(e, old2);
    if (v->mid_block_add_attention) {
        old2 = sd__emit_push(e, "attentions.0.");
        sd__emit_norm(e, "group_norm", c);
        sd__emit_linear(e, "to_q", c, c);
        sd__emit_linear(e, "to_k", c, c);
        sd__emit_linear(e, "to_v", c, c);
        sd__emit_linear(e, "to_out.0", c, c);
        sd__emit_pop(e, old2);
    }
    old2 = sd__emit_push(e, "resnets.1.");
    sd__emit_resnet(e, c, c, 0);
    sd__emit_pop(e, old2);
    sd__emit_pop(e, old);
}

/* A VAE level, "<blocks>.<i>.": count resnets from in to out channels, then the resampler's conv
   "<resampler>" (NULL on the last level). */
static void sd__emit_vae_level(sd__emitter *e, const char *blocks, int i, int count, long long in, long long out,
                               const char *resampler) {
    size_t old = sd__emit_push(e, "%s.%d.", blocks, i);
    int j;
    for (j = 0; j < count; j++) {
        size_t old2 = sd__emit_push(e, "resnets.%d.", j);
        sd__emit_resnet(e, j ? out : in, out, 0);
        sd__emit_pop(e, old2);
    }
    if (resampler) sd__emit_conv(e, resampler, out, out, 3);
    sd__emit_pop(e, old);
}

static void sd__vae_expected(const sd__vae_config *v, sd__emitter *e) {
    const int *ch = v->block_out_channels;
    int L = v->levels, top = L - 1, i;
    long long z = v->latent_channels;
    size_t old;
    old = sd__emit_push(e, "encoder.");
    sd__emit_conv(e, "conv_in", ch[0], v->in_channels, 3);
    for (i = 0; i < L; i++)
        sd__emit_vae_level(e, "down_blocks", i, v->layers_per_block, ch[i ? i - 1 : 0], ch[i],
                           i < top ? "downsamplers.0.conv" : NULL);
    sd__emit_vae_mid(e, v, ch[top]);
    sd__emit_norm(e, "conv_norm_out", ch[top]);
    sd__emit_conv(e, "conv_out", 2 * z, ch[top], 3);
    sd__emit_pop(e, old);
    if (v->use_quant_conv) sd__emit_conv(e, "quant_conv", 2 * z, 2 * z, 1);
    if (v->use_post_quant_conv) sd__emit_conv(e, "post_quant_conv", z, z, 1);
    old = sd__emit_push(e, "decoder.");
    sd__emit_conv(e, "conv_in", ch[top], z, 3);
    sd__emit_vae_mid(e, v, ch[top]);
    for (i = 0; i < L; i++)
        sd__emit_vae_level(e, "up_blocks", i, v->layers_per_block + 1, i ? ch[top - i + 1] : ch[top], ch[top - i],
                           i < top ? "upsamplers.0.conv" : NULL);
    sd__emit_norm(e, "conv_norm_out", ch[0]);
    sd__emit_conv(e, "conv_out", v->out_channels, ch[0], 3);
    sd__emit_pop(e, old);
}

static void sd__text_expected(const sd__text_config *c, sd__emitter *e) {
    long long h = c->hidden_size, inner = c->intermediate_size;
    int i;
    sd__emit(e, "embeddings.token_embedding.weight", 2, c->vocab_size, h, 0, 0);
    sd__emit(e, "embeddings.position_embedding.weight", 2, c->max_position_embeddings, h, 0, 0);
    for (i = 0; i < c->num_hidden_layers; i++) {
        size_t old = sd__emit_push(e, "encoder.layers.%d.", i);
        sd__emit_linear(e, "self_attn.q_proj", h, h);
        sd__emit_linear(e, "self_attn.k_proj", h, h);
        sd__emit_linear(e, "self_attn.v_proj", h, h);
        sd__emit_linear(e, "self_attn.out_proj", h, h);
        sd__emit_norm(e, "layer_norm1", h);
        sd__emit_linear(e, "mlp.fc1", inner, h);
        sd__emit_linear(e, "mlp.fc2", h, inner);
        sd__emit_norm(e, "layer_norm2", h);
        sd__emit_pop(e, old);
    }
    sd__emit_norm(e, "final_layer_norm", h);
}

/* Walks every tensor that part needs under m's (checked) config, with its shape. Returns 1 when
   visit stopped the walk. */
static int sd__model_expected_tensors(const sd__model *m, sd__part part, sd__tensor_visit_fn visit, void *user) {
    sd__emitter e;
    memset(&e, 0, sizeof e);
    e.visit = visit;
    e.user = user;
    if (part == SD__PART_UNET) sd__unet_expected(&m->unet, &e);
    else if (part == SD__PART_VAE) sd__vae_expected(&m->vae, &e);
    else sd__text_expected(&m->text, &e);
    return e.stopped;
}

/* --------------------------------------------------------------------------------------------
   Views and lookup
   -------------------------------------------------------------------------------------------- */
static void sd__make_view(const sd__st_tensor *src, sd__part part, const char *name, int third, sd__model_view *v) {
    int d;
    v->source = src->name;
    v->tensor = *src;
    v->tensor.name = name;
    if (third >= 0) { /* rows [third * n/3, (third + 1) * n/3) of a row-major tensor are contiguous */
        v->tensor.shape[0] = src->shape[0] / 3;
        v->tensor.count = src->count / 3;
        v->tensor.bytes = src->bytes / 3;
        if (src->data) v->tensor.data = src->data + (size_t)third * v->tensor.bytes; /* shape-only tables have none */
    }
    if (part == SD__PART_VAE && src->rank > 2 && sd__is_vae_attention_weight(name)) {
        for (d = 2; d < src->rank && src->shape[d] == 1; d++) {}
        if (d == src->rank) v->tensor.rank = 2;
    }
}

/* One pass over the source tensors: counts views and name bytes, and when fill is set (arrays
   sized by the counting pass) writes them. */
/* The names of one file's tensors as views (counted, or written when fill): source 0 is the
   single checkpoint, 1 + p the part file of p (a folder's, or a separate VAE's folder), 1 +
   SD__PART_COUNT a separate VAE's single file. A separate VAE replaces the checkpoint's. */
static sd_result sd__model_file_views(sd__env *env, sd__model *m, int source, int fill, size_t *name_bytes) {
    const int separate_vae = m->vae_file.map.data || (m->layout != SD__LAYOUT_DIFFUSERS && m->part_files[SD__PART_VAE].map.data);
    const sd__st_file *f = source == 0 ? &m->checkpoint : source <= SD__PART_COUNT ? &m->part_files[source - 1] : &m->vae_file;
    sd__name_map map;
    const char *rest;
    size_t i;
    int k;
    for (i = 0; i < f->count; i++) {
        const sd__st_tensor *src = &f->tensors[i];
        if (source == 0) {
            sd__map_ldm_name(m, src->name, &map);
            if (separate_vae && map.part == SD__PART_VAE) continue;
        } else if (source <= SD__PART_COUNT) {
            sd__map_folder_name((sd__part)(source - 1), src->name, &map);
        } else {
            map.part = SD__PART_VAE;
            map.count = (rest = sd__after(src->name, m->vae_prefix)) != NULL ? sd__map_ldm_vae(&m->vae, rest, map.names[0]) : 0;
        }
        if (map.count == 3 && (src->rank < 1 || src->shape[0] % 3))
            return sd__fail(env, SD_ERR_MODEL_FORMAT, "fused q/k/v tensor '%s' needs a multiple of 3 rows", src->name);
        for (k = 0; k < map.count; k++) {
            size_t len = strlen(map.names[k]) + 1;
            if (fill) {
                char *name = m->names + *name_bytes;
                memcpy(name, map.names[k], len);
                sd__make_view(src, map.part, name, map.count == 3 ? k : -1, &m->views[map.part][m->view_count[map.part]]);
            }
            m->view_count[map.part]++;
            if (!sd__add_size(*name_bytes, len, name_bytes)) return sd__oom(env);
        }
    }
    return SD_OK;
}

static sd_result sd__model_views_pass(sd__env *env, sd__model *m, int fill, size_t *name_bytes) {
    sd_result r;
    int p;
    for (p = 0; p < SD__PART_COUNT; p++) m->view_count[p] = 0;
    *name_bytes = 0;
    for (p = 0; p < SD__PART_COUNT + 2; p++)
        if ((r = sd__model_file_views(env, m, p, fill, name_bytes)) != SD_OK) return r;
    return SD_OK;
}

static sd_result sd__model_build_views(sd__env *env, sd__model *m) {
    size_t name_bytes, i;
    sd_result r;
    int p;
    if ((r = sd__model_views_pass(env, m, 0, &name_bytes)) != SD_OK) return r;
    m->names = (char *)sd__malloc(env, name_bytes ? name_bytes : 1);
    if (!m->names) return sd__oom(env);
    for (p = 0; p < SD__PART_COUNT; p++) {
        m->views[p] = (sd__model_view *)sd__calloc(env, m->view_count[p] ? m->view_count[p] : 1, sizeof(sd__model_view));
        if (!m->views[p]) return sd__oom(env);
    }
    if ((r = sd__model_views_pass(env, m, 1, &name_bytes)) != SD_OK) return r;
    for (p = 0; p < SD__PART_COUNT; p++) {
        sd__model_view *v = m->views[p];
        /* a view starts with its sd__st_tensor, so the safetensors name order applies */
        qsort(v, m->view_count[p], sizeof *v, sd__st_compare_names);
        for (i = 1; i < m->view_count[p]; i++)
            if (strcmp(v[i - 1].tensor.name, v[i].tensor.name) == 0)
                return sd__fail(env, SD_ERR_MODEL_FORMAT, "%s tensor '%s' comes from both '%s' and '%s'", sd__part_names[p],
                                v[i].tensor.name, v[i - 1].source, v[i].source);
    }
    return SD_OK;
}

static const sd__model_view *sd__model_find_view(const sd__model *m, sd__part part, const char *name) {
    const sd__model_view *v = m->views[part];
    size_t lo = 0, hi = m->view_count[part];
    const char *rest;
    if (part == SD__PART_TEXT && (rest = sd__after(name, "text_model.")) != NULL) name = rest;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(v[mid].tensor.name, name);
        if (c == 0) return &v[mid];
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return NULL;
}

static void sd__format_shape(char *dst, size_t size, int rank, const long long *shape) {
    size_t n = 0;
    int i;
    n += (size_t)snprintf(dst, size, "[");
    for (i = 0; i < rank && n < size; i++) n += (size_t)snprintf(dst + n, size - n, i ? ", %lld" : "%lld", shape[i]);
    if (n < size) snprintf(dst + n, size - n, "]");
}

/* The view of a weight, checked to be F32, F16 or BF16 with exactly the given shape. */
static sd_result sd__model_weight(sd__env *env, const sd__model *m, sd__part part, const char *name, int rank,
                                  const long long *shape, const sd__st_tensor **out) {
    const sd__model_view *v = sd__model_find_view(m, part, name);
    char want[128], got[128], from[SD__NAME_MAX + 16];
    int i, same;
    sd__format_shape(want, sizeof want, rank, shape);
    if (!v) return sd__fail(env, SD_ERR_MODEL_MISMATCH, "%s: tensor '%s' %s is missing", sd__part_names[part], name, want);
    from[0] = 0;
    if (strcmp(v->source, v->tensor.name) != 0) snprintf(from, sizeof from, " (from '%s')", v->source);
    if (v->tensor.dtype != SD__ST_F32 && v->tensor.dtype != SD__ST_F16 && v->tensor.dtype != SD__ST_BF16)
        return sd__fail(env, SD_ERR_UNSUPPORTED, "%s: tensor '%s'%s has dtype %s; weights must be F32, F16 or BF16",
                        sd__part_names[part], name, from, sd__st_dtypes[v->tensor.dtype].name);
    same = v->tensor.rank == rank;
    for (i = 0; same && i < rank; i++) same = v->tensor.shape[i] == shape[i];
    if (!same) {
        sd__format_shape(got, sizeof got, v->tensor.rank, v->tensor.shape);
        return sd__fail(env, SD_ERR_MODEL_MISMATCH, "%s: tensor '%s'%s has shape %s but the config needs %s",
                        sd__part_names[part], name, from, got, want);
    }
    *out = &v->tensor;
    return SD_OK;
}

/* The file that holds part's tensors: a separate VAE's, the part's folder file, or the checkpoint. */
static const sd__st_file *sd__model_part_file(const sd__model *m, sd__part part) {
    if (part == SD__PART_VAE && m->vae_file.map.data) return &m->vae_file;
    return m->part_files[part].map.data ? &m->part_files[part] : &m->checkpoint;
}

/* Whether the file that holds `part` can be read again (see sd__st_intact). */
static int sd__model_file_intact(const sd__model *m, sd__part part) { return sd__st_intact(sd__model_part_file(m, part)); }

/* Lets the pages of a tensor that has been read leave memory. */
static void sd__model_forget(const sd__model *m, sd__part part, const sd__st_tensor *t) {
    sd__mapped_forget(&sd__model_part_file(m, part)->map, t->data, t->bytes);
}

/* The bits of |v| for every value, compared as integers: for non-negative floats their order is
   the values' order, and NaN and Inf lie above every finite value. The loops keep 16 lanes of
   results, a fixed-length inner loop that compilers vectorize at -O2, so the checks below cost
   little of the load. */
#define SD__CHECK_LANES 16
static uint32_t sd__abs_bits(const float *v, size_t i) {
    uint32_t b;
    memcpy(&b, v + i, 4);
    return b & 0x7FFFFFFFu;
}

/* The largest |v[i]| as bits: at least 0x7F800000 when a value is NaN or Inf. */
static uint32_t sd__largest_abs_bits(const float *v, size_t n) {
    uint32_t lane[SD__CHECK_LANES] = {0}, largest = 0, b;
    size_t i;
    int j;
    for (i = 0; i + SD__CHECK_LANES <= n; i += SD__CHECK_LANES)
        for (j = 0; j < SD__CHECK_LANES; j++) {
            b = sd__abs_bits(v, i + (size_t)j);
            lane[j] = b > lane[j] ? b : lane[j];
        }
    for (; i < n; i++) largest = sd__abs_bits(v, i) > largest ? sd__abs_bits(v, i) : largest;
    for (j = 0; j < SD__CHECK_LANES; j++) largest = lane[j] > largest ? lane[j] : largest;
    return largest;
}

/* How many |v[i]| lie in (0, tiny) (*tiny_count) and in [0, small) (*small_count), as bits. */
static void sd__count_abs_bits(const float *v, size_t n, uint32_t tiny, uint32_t small, size_t *tiny_count,
                               size_t *small_count) {
    uint32_t tiny_lane[SD__CHECK_LANES], small_lane[SD__CHECK_LANES], b;
    size_t i = 0, end;
    int j;
    *tiny_count = *small_count = 0;
    while (i < n) { /* blocks of 2^24 values, so that no lane's count overflows */
        memset(tiny_lane, 0, sizeof tiny_lane);
        memset(small_lane, 0, sizeof small_lane);
        end = n - i > ((size_t)1 << 24) ? i + ((size_t)1 << 24) : n;
        for (; i + SD__CHECK_LANES <= end; i += SD__CHECK_LANES)
            for (j = 0; j < SD__CHECK_LANES; j++) {
                b = sd__abs_bits(v, i + (size_t)j);
                tiny_lane[j] += (uint32_t)((b != 0) & (b < tiny));
                small_lane[j] += (uint32_t)(b < small);
            }
        for (; i < end; i++) {
            b = sd__abs_bits(v, i);
            *tiny_count += (b != 0) & (b < tiny);
            *small_count += b < small;
        }
        for (j = 0; j < SD__CHECK_LANES; j++) {
            *tiny_count += tiny_lane[j];
            *small_count += small_lane[j];
        }
    }
}

/* Catches a weight matrix or kernel whose values no trained weight has: all zeros (or under 1e-12),
   or the two signatures of data stored in one 16-bit type and labelled the other. Half read as
   bfloat16 turns a value's exponent and top mantissa bits into a bfloat16 exponent, so the small
   weights become 40 and more binary orders of magnitude smaller than the largest (many such
   values: a trained matrix has none); bfloat16 read as half puts nearly every value within a
   factor of 16 of the largest (a trained matrix has a fifth or so of its values below that).
   The two statistics need a sample: tensors of 4096 values and more. largest: see
   sd__largest_abs_bits, every value finite. */
static sd_result sd__check_weight_values(sd__env *env, sd__part part, const char *name, const sd__st_tensor *t,
                                         const float *v, uint32_t largest) {
    const uint32_t below_1e12 = 0x2B8CBCCCu; /* the bits of 1e-12f */
    size_t tiny_count = 0, small_count = 0;
    const char *hint = NULL;
    float value;
    if (largest < below_1e12) {
        hint = "all zeros or under 1e-12 in magnitude";
    } else if (t->count >= 4096) {
        /* largest * 2^-40 and largest / 16 (largest is at least 1e-12, so neither goes below zero) */
        sd__count_abs_bits(v, t->count, largest - (40u << 23), largest - (4u << 23), &tiny_count, &small_count);
        if (tiny_count > t->count / 20) hint = "for 5% of its values and more, 2^40 times smaller than its largest";
        else if (small_count < t->count / 100) hint = "under 1% of its values more than 16 times smaller than its largest";
    }
    if (!hint) return SD_OK;
    memcpy(&value, &largest, 4);
    return sd__fail(env, SD_ERR_MODEL_FORMAT,
                    "%s: tensor '%s' (%s) is %s (largest %g): no trained weight looks so; is the data stored in another "
                    "dtype than the header says (half labelled bfloat16, or the reverse)?", sd__part_names[part], name,
                    sd__st_dtypes[t->dtype].name, hint, (double)value);
}

/* A tensor kept in its file's type (the text encoder's embeddings): every value finite, checked in
   pieces so that no float32 copy of it is needed. */
static sd_result sd__model_check_finite(sd__env *env, sd__part part, const char *name, const sd__st_tensor *t) {
    float piece[4096];
    size_t at, n, bad;
    for (at = 0; at < t->count; at += n) {
        n = t->count - at < SD__COUNT(piece) ? t->count - at : SD__COUNT(piece);
        sd__st_range_to_f32(t, at, n, piece);
        if (sd__largest_abs_bits(piece, n) >= 0x7F800000u && (bad = sd__find_nonfinite(piece, n)) < n)
            return sd__fail(env, SD_ERR_NUMERIC, "%s: tensor '%s' holds %s at element %lu", sd__part_names[part], name,
                            piece[bad] != piece[bad] ? "NaN" : "Inf", (unsigned long)(at + bad));
    }
    return SD_OK;
}

/* Converts a weight to float32 into dst (the product of shape floats) after checking it as
   sd__model_weight does, and checks that every value is finite. */
static sd_result sd__model_load_f32(sd__env *env, const sd__model *m, sd__part part, const char *name, int rank,
                                    const long long *shape, float *dst) {
    const sd__st_tensor *t;
    size_t bad;
    uint32_t largest;
    sd_result r = sd__model_weight(env, m, part, name, rank, shape, &t);
    if (r != SD_OK) return r;
    sd__st_to_f32(t, dst);
    sd__model_forget(m, part, t);
    largest = sd__largest_abs_bits(dst, t->count);
    /* a NaN or Inf weight poisons every image: say which one, before any work */
    if (largest >= 0x7F800000u && (bad = sd__find_nonfinite(dst, t->count)) < t->count)
        return sd__fail(env, SD_ERR_NUMERIC, "%s: tensor '%s' holds %s at element %lu", sd__part_names[part], name,
                        dst[bad] != dst[bad] ? "NaN" : "Inf", (unsigned long)bad);
    if (rank >= 2 && (r = sd__check_weight_values(env, part, name, t, dst, largest)) != SD_OK) return r;
    return SD_OK;
}

typedef struct sd__validation {
    sd__env *env;
    const sd__model *m;
    sd__part part;
    sd_result result;
} sd__validation;

static int sd__validate_visit(void *user, const char *name, int rank, const long long *shape) {
    sd__validation *v = (sd__validation *)user;
    const sd__st_tensor *t;
    v->result = sd__model_weight(v->env, v->m, v->part, name, rank, shape, &t);
    return v->result != SD_OK;
}

/* Checks the configs, builds the views and checks that every tensor the configs need is there. */
static sd_result sd__model_finish(sd__env *env, sd__model *m) {
    sd__validation v;
    sd_result r;
    int p;
    if ((r = sd__model_check_configs(env, m)) != SD_OK || (r = sd__model_build_views(env, m)) != SD_OK) return r;
    v.env = env;
    v.m = m;
    v.result = SD_OK;
    for (p = 0; p < SD__PART_COUNT; p++) {
        v.part = (sd__part)p;
        if (sd__model_expected_tensors(m, v.part, sd__validate_visit, &v)) return v.result;
    }
    return SD_OK;
}
