/* ============================================================================================
   CLIP text encoder
   ============================================================================================ */
/* transformers' CLIPTextModel: token + position embeddings, pre-norm causal self-attention
   layers with an MLP (quick_gelu for OpenAI CLIP, gelu for OpenCLIP), final layer norm. */
typedef struct sd__clip_layer {
    sd__norm norm1, norm2;
    sd__attention attn;
    sd__linear fc1, fc2;
} sd__clip_layer;

typedef struct sd__clip {
    sd__text_config cfg;
    /* [vocab, hidden] and [positions, hidden] in the file's dtype, copied out of the mapped file at
       load (rows are read on every run; the file may change or shrink after sd_create) */
    sd__st_tensor token_embedding, position_embedding;
    /* textual-inversion vectors [extra_rows, hidden]: token ids vocab_size + i (the context's
       embeddings, sd_load_embedding) */
    const float *extra;
    int extra_rows;
    sd__clip_layer *layers;
    sd__norm final_norm;
} sd__clip;

static void sd__clip_free(sd__backend *b, sd__clip *m) {
    int i;
    for (i = 0; m->layers && i < m->cfg.num_hidden_layers; i++) {
        sd__clip_layer *l = &m->layers[i];
        sd__norm_free(b, &l->norm1); sd__norm_free(b, &l->norm2);
        sd__attention_free(b, &l->attn);
        sd__linear_free(b, &l->fc1); sd__linear_free(b, &l->fc2);
    }
    sd__free(b->env, m->layers);
    sd__norm_free(b, &m->final_norm);
    sd__free(b->env, (void *)m->token_embedding.data);
    sd__free(b->env, (void *)m->position_embedding.data);
    memset(m, 0, sizeof *m);
}

/* A copy of the file tensor `name` in host memory, every value checked finite; the mapped pages are
   let go. A measuring pass only checks its shape. */
static sd_result sd__clip_keep_tensor(sd__loader *ld, const char *name, const long long *shape, sd__st_tensor *out) {
    const sd__st_tensor *t;
    unsigned char *copy;
    sd_result r = sd__model_weight(ld->env, ld->model, SD__PART_TEXT, name, 2, shape, &t);
    if (r != SD_OK || (ld->weights && ld->weights->measuring)) return r;
    /* read on every prompt: a NaN here would surface as bad latents for some prompts only */
    if ((r = sd__model_check_finite(ld->env, SD__PART_TEXT, name, t)) != SD_OK) return r;
    if (!(copy = (unsigned char *)sd__malloc(ld->env, t->bytes ? t->bytes : 1))) return sd__oom(ld->env);
    memcpy(copy, t->data, t->bytes);
    sd__model_forget(ld->model, SD__PART_TEXT, t);
    *out = *t;
    out->data = copy;
    return SD_OK;
}

static sd_result sd__clip_load(sd__loader *ld, sd__clip *m, const sd__text_config *cfg) {
    static const char *attn_names[4] = {"q_proj", "k_proj", "v_proj", "out_proj"};
    const int d = cfg->hidden_size;
    long long shape[2];
    char p[256];
    sd_result r;
    int i;
    memset(m, 0, sizeof *m);
    m->cfg = *cfg;
    shape[0] = cfg->vocab_size;
    shape[1] = d;
    if ((r = sd__clip_keep_tensor(ld, "text_model.embeddings.token_embedding.weight", shape, &m->token_embedding)) != SD_OK)
        return r;
    shape[0] = cfg->max_position_embeddings;
    if ((r = sd__clip_keep_tensor(ld, "text_model.embeddings.position_embedding.weight", shape, &m->position_embedding)) !=
        SD_OK)
        return r;
    m->layers = (sd__clip_layer *)sd__calloc(ld->env, (size_t)cfg->num_hidden_layers, sizeof *m->layers);
    if (!m->layers) return sd__oom(ld->env);
    sd__loader_model(ld, SD__WP_TEXT);
    for (i = 0; i < cfg->num_hidden_layers; i++) {
        sd__clip_layer *l = &m->layers[i];
        sd__loader_block(ld);
        snprintf(p, sizeof p, "text_model.encoder.layers.%d.layer_norm1", i); sd__norm_load(ld, &l->norm1, p, d, 0, cfg->layer_norm_eps);
        snprintf(p, sizeof p, "text_model.encoder.layers.%d.self_attn", i);
        sd__attention_load(ld, &l->attn, p, attn_names, d, d, cfg->num_attention_heads, 1);
        snprintf(p, sizeof p, "text_model.encoder.layers.%d.layer_norm2", i); sd__norm_load(ld, &l->norm2, p, d, 0, cfg->layer_norm_eps);
        snprintf(p, sizeof p, "text_model.encoder.layers.%d.mlp.fc1", i); sd__linear_load(ld, &l->fc1, p, d, cfg->intermediate_size, 1);
        snprintf(p, sizeof p, "text_model.encoder.layers.%d.mlp.fc2", i); sd__linear_load(ld, &l->fc2, p, cfg->intermediate_size, d, 1);
    }
    sd__norm_load(ld, &m->final_norm, "text_model.final_layer_norm", d, 0, cfg->layer_norm_eps);
    return ld->status;
}

/* Encodes count sequences of SD_MAX_TOKENS ids into out [count, 1, SD_MAX_TOKENS, hidden].
   clip_skip 2 stops one layer early (the penultimate layer), then applies the final norm. */
static sd_result sd__clip_encode(sd__backend *b, const sd__clip *m, const int *ids, int count, int clip_skip,
                                 sd__tensor *out) {
    const int d = m->cfg.hidden_size, len = SD_MAX_TOKENS;
    const int layers = m->cfg.num_hidden_layers - (clip_skip > 1 ? clip_skip - 1 : 0);
    size_t i, rows = (size_t)count * (size_t)len;
    float *host, *pos;
    sd__tensor x, h;
    int l;
    if (layers < 1)
        return sd__fail(b->env, SD_ERR_INVALID_ARGUMENT, "clip_skip %d needs more than the %d layers of this text encoder",
                        clip_skip, m->cfg.num_hidden_layers);
    if (len > m->cfg.max_position_embeddings)
        return sd__fail(b->env, SD_ERR_MODEL_MISMATCH, "the text encoder has %d positions, fewer than %d tokens",
                        m->cfg.max_position_embeddings, len);
    host = (float *)sd__calloc(b->env, rows, (size_t)d * sizeof(float));
    pos = (float *)sd__calloc(b->env, (size_t)len, (size_t)d * sizeof(float));
    if (!host || !pos) {
        sd__free(b->env, host);
        sd__free(b->env, pos);
        return sd__oom(b->env);
    }
    sd__st_rows_to_f32(&m->position_embedding, 0, (size_t)len, pos);
    for (i = 0; i < rows; i++) {
        int id = ids[i], k;
        if (id < 0 || id >= m->cfg.vocab_size + m->extra_rows) {
            sd__free(b->env, host);
            sd__free(b->env, pos);
            return sd__fail(b->env, SD_ERR_MODEL_MISMATCH, "token id %d is outside the text encoder's vocabulary of %d", id,
                            m->cfg.vocab_size);
        }
        if (id < m->cfg.vocab_size) sd__st_rows_to_f32(&m->token_embedding, (size_t)id, 1, host + i * (size_t)d);
        else memcpy(host + i * (size_t)d, m->extra + (size_t)(id - m->cfg.vocab_size) * (size_t)d, (size_t)d * sizeof(float));
        for (k = 0; k < d; k++) host[i * (size_t)d + (size_t)k] += pos[(i % (size_t)len) * (size_t)d + (size_t)k];
    }
    sd__free(b->env, pos);
    x = sd__t_new(b, count, 1, len, d);
    if (!b->status) b->ops->write(b, &x, host);
    sd__free(b->env, host);
    for (l = 0; l < layers && !b->status; l++) {
        const sd__clip_layer *L = &m->layers[l];
        sd__tensor a, f;
        h = sd__layer_norm_fwd(b, &L->norm1, &x);
        a = sd__attention_fwd(b, &L->attn, &h, NULL, 1, 0, &x);
        sd__t_drop(b, &h);
        sd__t_drop(b, &x);
        h = sd__layer_norm_fwd(b, &L->norm2, &a);
        f = sd__linear_fwd(b, &L->fc1, &h, NULL);
        sd__t_drop(b, &h);
        if (!b->status) b->ops->activation(b, &f, m->cfg.quick_gelu ? SD__ACT_QUICK_GELU : SD__ACT_GELU, &f);
        x = sd__linear_fwd(b, &L->fc2, &f, &a);
        sd__t_drop(b, &f);
        sd__t_drop(b, &a);
    }
    *out = sd__layer_norm_fwd(b, &m->final_norm, &x);
    sd__t_drop(b, &x);
    if (b->status) sd__t_drop(b, out);
    return b->status;
}

/* The text encoder as a planned pass: count sequences of ids -> host out [count, SD_MAX_TOKENS,
   hidden]. */
typedef struct sd__clip_call {
    const sd__clip *clip;
    const int *ids;
    int count, clip_skip;
    float *out;
} sd__clip_call;

static sd_result sd__clip_call_run(sd__backend *b, void *args) {
    const sd__clip_call *call = (const sd__clip_call *)args;
    sd__tensor emb;
    sd_result r;
    memset(&emb, 0, sizeof emb);
    r = sd__clip_encode(b, call->clip, call->ids, call->count, call->clip_skip, &emb);
    if (r == SD_OK) b->ops->read(b, &emb, call->out);
    sd__t_drop(b, &emb);
    return r != SD_OK ? r : b->status;
}

static sd_result sd__clip_encode_to_host(sd__backend *b, const sd__clip *m, const int *ids, int count, int clip_skip, float *out) {
    sd__clip_call call;
    sd__pass pass;
    call.clip = m;
    call.ids = ids;
    call.count = count;
    call.clip_skip = clip_skip;
    call.out = out;
    memset(&pass, 0, sizeof pass);
    pass.name = "text encoder";
    pass.shape[0] = count;
    pass.shape[1] = clip_skip;
    pass.run = sd__clip_call_run;
    pass.args = &call;
    return sd__run_planned(b, &pass);
}
