/* ============================================================================================
   UNet (diffusers' UNet2DConditionModel, SD 1.x and 2.x)
   ============================================================================================ */
/* The UNet is a stack of levels. Going down, each level runs layers_per_block resnets (each
   followed by a spatial transformer on attention levels) and then halves the size; every
   intermediate result is kept as a skip. Going up, each level runs layers_per_block + 1 resnets
   on [h, skip] concatenated along channels, then doubles the size to that of the next skip. */

typedef struct sd__transformer_block {
    sd__norm norm1, norm2, norm3;
    sd__attention self_attn, cross_attn;
    sd__linear ff_in, ff_out; /* GEGLU: ff_in gives [hidden, gate] of 4 * dim each */
} sd__transformer_block;

typedef struct sd__spatial_transformer {
    sd__norm norm;
    sd__linear proj_in, proj_out; /* 1x1 convolutions in SD 1.x files, linear in SD 2.x: the same op */
    sd__transformer_block *blocks;
    int depth;
} sd__spatial_transformer;

typedef struct sd__unet_level {
    sd__resnet *resnets;
    sd__spatial_transformer *attns; /* NULL on levels without attention */
    int count;                      /* resnets (and transformers) */
    sd__conv resample;              /* downsampler (down path) or upsampler conv (up path) */
    int has_resample;
} sd__unet_level;

typedef struct sd__unet {
    sd__unet_config cfg;
    sd__linear time_1, time_2;
    sd__conv conv_in, conv_out;
    sd__unet_level down[SD__MAX_LEVELS], up[SD__MAX_LEVELS];
    sd__resnet mid_res[2];
    sd__spatial_transformer mid_attn;
    sd__norm norm_out;
    int attention_slice;
} sd__unet;

static void sd__spatial_transformer_load(sd__loader *ld, sd__spatial_transformer *st, const char *prefix, int channels,
                                         int heads, int depth, const sd__unet_config *cfg) {
    static const char *attn_names[4] = {"to_q", "to_k", "to_v", "to_out.0"};
    char p[256];
    int i;
    st->depth = depth;
    sd__loader_block(ld);
    snprintf(p, sizeof p, "%s.norm", prefix); sd__norm_load(ld, &st->norm, p, channels, cfg->norm_num_groups, 1e-6f);
    snprintf(p, sizeof p, "%s.proj_in", prefix);
    if (cfg->use_linear_projection) sd__linear_load(ld, &st->proj_in, p, channels, channels, 1);
    else sd__conv1x1_as_linear_load(ld, &st->proj_in, p, channels, channels);
    st->blocks = (sd__transformer_block *)sd__calloc(ld->env, (size_t)depth, sizeof *st->blocks);
    if (!st->blocks) { ld->status = sd__oom(ld->env); return; }
    for (i = 0; i < depth; i++) {
        sd__transformer_block *tb = &st->blocks[i];
        sd__loader_block(ld);
        snprintf(p, sizeof p, "%s.transformer_blocks.%d.norm1", prefix, i); sd__norm_load(ld, &tb->norm1, p, channels, 0, 1e-5f);
        snprintf(p, sizeof p, "%s.transformer_blocks.%d.attn1", prefix, i);
        sd__attention_load(ld, &tb->self_attn, p, attn_names, channels, channels, heads, 0);
        snprintf(p, sizeof p, "%s.transformer_blocks.%d.norm2", prefix, i); sd__norm_load(ld, &tb->norm2, p, channels, 0, 1e-5f);
        snprintf(p, sizeof p, "%s.transformer_blocks.%d.attn2", prefix, i);
        sd__attention_load(ld, &tb->cross_attn, p, attn_names, channels, cfg->cross_attention_dim, heads, 0);
        snprintf(p, sizeof p, "%s.transformer_blocks.%d.norm3", prefix, i); sd__norm_load(ld, &tb->norm3, p, channels, 0, 1e-5f);
        snprintf(p, sizeof p, "%s.transformer_blocks.%d.ff.net.0.proj", prefix, i);
        sd__linear_load(ld, &tb->ff_in, p, channels, 8 * channels, 1);
        snprintf(p, sizeof p, "%s.transformer_blocks.%d.ff.net.2", prefix, i);
        sd__linear_load(ld, &tb->ff_out, p, 4 * channels, channels, 1);
    }
    snprintf(p, sizeof p, "%s.proj_out", prefix);
    if (cfg->use_linear_projection) sd__linear_load(ld, &st->proj_out, p, channels, channels, 1);
    else sd__conv1x1_as_linear_load(ld, &st->proj_out, p, channels, channels);
}

static void sd__spatial_transformer_free(sd__backend *b, sd__spatial_transformer *st) {
    int i;
    for (i = 0; st->blocks && i < st->depth; i++) {
        sd__transformer_block *tb = &st->blocks[i];
        sd__norm_free(b, &tb->norm1); sd__norm_free(b, &tb->norm2); sd__norm_free(b, &tb->norm3);
        sd__attention_free(b, &tb->self_attn); sd__attention_free(b, &tb->cross_attn);
        sd__linear_free(b, &tb->ff_in); sd__linear_free(b, &tb->ff_out);
    }
    sd__free(b->env, st->blocks);
    sd__norm_free(b, &st->norm);
    sd__linear_free(b, &st->proj_in); sd__linear_free(b, &st->proj_out);
    memset(st, 0, sizeof *st);
}

/* x + proj_out(blocks(proj_in(norm(x)))), on x viewed as tokens. */
static sd__tensor sd__spatial_transformer_fwd(sd__backend *b, const sd__spatial_transformer *st, const sd__tensor *x,
                                              const sd__tensor *ctx, int attention_slice) {
    sd__tensor n = sd__group_norm_fwd(b, &st->norm, x, 0), tok = sd__as_tokens(&n), h, out;
    const sd__tensor res = sd__as_tokens(x);
    int i;
    h = sd__linear_fwd(b, &st->proj_in, &tok, NULL);
    sd__t_drop(b, &n);
    for (i = 0; i < st->depth && !b->status; i++) {
        const sd__transformer_block *tb = &st->blocks[i];
        const int per_pass = sd__heads_per_pass(attention_slice, tb->self_attn.heads);
        sd__tensor a, f, g;
        n = sd__layer_norm_fwd(b, &tb->norm1, &h);
        a = sd__attention_fwd(b, &tb->self_attn, &n, NULL, 0, per_pass, &h);
        sd__t_drop(b, &n);
        sd__t_drop(b, &h);
        n = sd__layer_norm_fwd(b, &tb->norm2, &a);
        h = sd__attention_fwd(b, &tb->cross_attn, &n, ctx, 0, per_pass, &a);
        sd__t_drop(b, &n);
        sd__t_drop(b, &a);
        n = sd__layer_norm_fwd(b, &tb->norm3, &h);
        f = sd__linear_fwd(b, &tb->ff_in, &n, NULL);
        sd__t_drop(b, &n);
        g = sd__t_new(b, f.n, f.h, f.w, f.c / 2);
        if (!b->status) b->ops->geglu(b, &f, &g);
        sd__t_drop(b, &f);
        a = sd__linear_fwd(b, &tb->ff_out, &g, &h);
        sd__t_drop(b, &g);
        sd__t_drop(b, &h);
        h = a;
    }
    out = sd__linear_fwd(b, &st->proj_out, &h, &res);
    sd__t_drop(b, &h);
    out.h = x->h; /* back to the spatial view */
    out.w = x->w;
    return out;
}

static void sd__unet_level_alloc(sd__loader *ld, sd__unet_level *lv, int count, int has_attn) {
    lv->count = count;
    lv->resnets = (sd__resnet *)sd__calloc(ld->env, (size_t)count, sizeof *lv->resnets);
    lv->attns = has_attn ? (sd__spatial_transformer *)sd__calloc(ld->env, (size_t)count, sizeof *lv->attns) : NULL;
    if (!lv->resnets || (has_attn && !lv->attns)) ld->status = sd__oom(ld->env);
}

static void sd__unet_level_free(sd__backend *b, sd__unet_level *lv) {
    int j;
    for (j = 0; lv->resnets && j < lv->count; j++) {
        sd__resnet_free(b, &lv->resnets[j]);
        if (lv->attns) sd__spatial_transformer_free(b, &lv->attns[j]);
    }
    sd__free(b->env, lv->resnets);
    sd__free(b->env, lv->attns);
    sd__conv_free(b, &lv->resample);
}

static void sd__unet_free(sd__backend *b, sd__unet *u) {
    int i;
    for (i = 0; i < SD__MAX_LEVELS; i++) {
        sd__unet_level_free(b, &u->down[i]);
        sd__unet_level_free(b, &u->up[i]);
    }
    for (i = 0; i < 2; i++) sd__resnet_free(b, &u->mid_res[i]);
    sd__spatial_transformer_free(b, &u->mid_attn);
    sd__linear_free(b, &u->time_1); sd__linear_free(b, &u->time_2);
    sd__conv_free(b, &u->conv_in); sd__conv_free(b, &u->conv_out);
    sd__norm_free(b, &u->norm_out);
    memset(u, 0, sizeof *u);
}

static sd_result sd__unet_load(sd__loader *ld, sd__unet *u, const sd__unet_config *cfg, int attention_slice) {
    const int levels = cfg->levels, c0 = cfg->block_out_channels[0], temb = 4 * c0, groups = cfg->norm_num_groups;
    const float eps = cfg->norm_eps;
    int skip_channels[SD__MAX_LEVELS * 8 + 2], skips = 0;
    int i, j, ch;
    char p[256];
    memset(u, 0, sizeof *u);
    u->cfg = *cfg;
    u->attention_slice = attention_slice;
    sd__loader_model(ld, SD__WP_UNET);
    sd__linear_load(ld, &u->time_1, "time_embedding.linear_1", c0, temb, 1);
    sd__linear_load(ld, &u->time_2, "time_embedding.linear_2", temb, temb, 1);
    sd__conv_load(ld, &u->conv_in, "conv_in", cfg->in_channels, c0, 3, 1, 1);
    ch = c0;
    skip_channels[skips++] = ch;
    for (i = 0; i < levels && !ld->status; i++) {
        sd__unet_level *lv = &u->down[i];
        const int out = cfg->block_out_channels[i];
        sd__unet_level_alloc(ld, lv, cfg->layers_per_block, cfg->down_attention[i]);
        for (j = 0; j < lv->count && !ld->status; j++) {
            snprintf(p, sizeof p, "down_blocks.%d.resnets.%d", i, j);
            sd__resnet_load(ld, &lv->resnets[j], p, ch, out, temb, groups, eps);
            ch = out;
            if (lv->attns) {
                snprintf(p, sizeof p, "down_blocks.%d.attentions.%d", i, j);
                sd__spatial_transformer_load(ld, &lv->attns[j], p, ch, cfg->heads[i], cfg->transformer_layers[i], cfg);
            }
            skip_channels[skips++] = ch;
        }
        lv->has_resample = i < levels - 1;
        if (lv->has_resample) {
            snprintf(p, sizeof p, "down_blocks.%d.downsamplers.0.conv", i);
            sd__loader_block(ld);
            sd__conv_load(ld, &lv->resample, p, ch, ch, 3, 2, 1);
            skip_channels[skips++] = ch;
        }
    }
    sd__resnet_load(ld, &u->mid_res[0], "mid_block.resnets.0", ch, ch, temb, groups, eps);
    sd__spatial_transformer_load(ld, &u->mid_attn, "mid_block.attentions.0", ch, cfg->heads[levels - 1],
                                 cfg->transformer_layers[levels - 1], cfg);
    sd__resnet_load(ld, &u->mid_res[1], "mid_block.resnets.1", ch, ch, temb, groups, eps);
    for (i = 0; i < levels && !ld->status; i++) {
        sd__unet_level *lv = &u->up[i];
        const int level = levels - 1 - i, out = cfg->block_out_channels[level];
        sd__unet_level_alloc(ld, lv, cfg->layers_per_block + 1, cfg->up_attention[i]);
        for (j = 0; j < lv->count && !ld->status; j++) {
            snprintf(p, sizeof p, "up_blocks.%d.resnets.%d", i, j);
            sd__resnet_load(ld, &lv->resnets[j], p, ch + skip_channels[--skips], out, temb, groups, eps);
            ch = out;
            if (lv->attns) {
                snprintf(p, sizeof p, "up_blocks.%d.attentions.%d", i, j);
                sd__spatial_transformer_load(ld, &lv->attns[j], p, ch, cfg->heads[level], cfg->transformer_layers[level], cfg);
            }
        }
        lv->has_resample = i < levels - 1;
        if (lv->has_resample) {
            snprintf(p, sizeof p, "up_blocks.%d.upsamplers.0.conv", i);
            sd__loader_block(ld);
            sd__conv_load(ld, &lv->resample, p, ch, ch, 3, 1, 1);
        }
    }
    sd__norm_load(ld, &u->norm_out, "conv_norm_out", ch, groups, eps);
    sd__conv_load(ld, &u->conv_out, "conv_out", ch, cfg->out_channels, 3, 1, 1);
    return ld->status;
}

/* One UNet evaluation: x [B, h, w, in] at the timesteps (a float32 tensor of B values, or of one
   for all), cross-attending to ctx [B, 1, tokens, dim]. Returns the prediction [B, h, w, out] in
   *out. */
static sd_result sd__unet_fwd(sd__backend *b, const sd__unet *u, const sd__tensor *x, const sd__tensor *timesteps,
                              const sd__tensor *ctx, sd__tensor *out) {
    const sd__unet_config *cfg = &u->cfg;
    sd__tensor skips[SD__MAX_LEVELS * 8 + 2];
    sd__tensor t, e, silu_emb, h, next;
    int nskips = 0, i, j;
    memset(skips, 0, sizeof skips);
    t = sd__t_new(b, x->n, 1, 1, cfg->block_out_channels[0]);
    if (!b->status) b->ops->timestep_embedding(b, timesteps, cfg->flip_sin_to_cos, cfg->freq_shift, &t);
    e = sd__linear_fwd(b, &u->time_1, &t, NULL);
    sd__t_drop(b, &t);
    if (!b->status) b->ops->activation(b, &e, SD__ACT_SILU, &e);
    silu_emb = sd__linear_fwd(b, &u->time_2, &e, NULL);
    sd__t_drop(b, &e);
    /* every resnet consumes silu(emb): compute it once */
    if (!b->status) b->ops->activation(b, &silu_emb, SD__ACT_SILU, &silu_emb);

    h = sd__conv_fwd(b, &u->conv_in, x, NULL);
    skips[nskips++] = h;
    for (i = 0; i < cfg->levels && !b->status; i++) {
        const sd__unet_level *lv = &u->down[i];
        for (j = 0; j < lv->count; j++) {
            next = sd__resnet_fwd(b, &lv->resnets[j], &h, 0, &silu_emb); /* h stays: a skip */
            h = next;
            if (lv->attns) {
                next = sd__spatial_transformer_fwd(b, &lv->attns[j], &h, ctx, u->attention_slice);
                sd__t_drop(b, &h);
                h = next;
            }
            skips[nskips++] = h; /* the skip owns h; the next layer only reads it */
        }
        if (lv->has_resample) {
            h = sd__conv_fwd(b, &lv->resample, &h, NULL);
            skips[nskips++] = h;
        }
    }
    next = sd__resnet_fwd(b, &u->mid_res[0], &h, 0, &silu_emb);
    h = next;
    next = sd__spatial_transformer_fwd(b, &u->mid_attn, &h, ctx, u->attention_slice);
    sd__t_drop(b, &h);
    h = sd__resnet_fwd(b, &u->mid_res[1], &next, 1, &silu_emb);
    for (i = 0; i < cfg->levels && !b->status; i++) {
        const sd__unet_level *lv = &u->up[i];
        for (j = 0; j < lv->count && !b->status; j++) {
            sd__tensor *skip = &skips[--nskips];
            sd__tensor cat = sd__t_new(b, h.n, h.h, h.w, h.c + skip->c);
            if (!b->status) b->ops->concat(b, &h, skip, &cat);
            sd__t_drop(b, &h);
            sd__t_drop(b, skip);
            h = sd__resnet_fwd(b, &lv->resnets[j], &cat, 1, &silu_emb);
            if (lv->attns) {
                next = sd__spatial_transformer_fwd(b, &lv->attns[j], &h, ctx, u->attention_slice);
                sd__t_drop(b, &h);
                h = next;
            }
        }
        if (lv->has_resample && !b->status) {
            /* diffusers' upsample_size: the size of the skip this output is concatenated with next */
            sd__tensor up = sd__upsample_fwd(b, &h, skips[nskips - 1].h, skips[nskips - 1].w);
            sd__t_drop(b, &h);
            h = sd__conv_fwd(b, &lv->resample, &up, NULL);
            sd__t_drop(b, &up);
        }
    }
    while (nskips > 0) sd__t_drop(b, &skips[--nskips]); /* only after a failure */
    sd__t_drop(b, &silu_emb);
    *out = sd__norm_silu_conv_fwd(b, &u->norm_out, &u->conv_out, &h);
    if (b->status) sd__t_drop(b, out);
    return b->status;
}

/* One UNet call as a planned pass, from and to the host or as a denoising step. From the host
   (io != NULL): io holds x [n, h, w, in] (NHWC) and receives the prediction [n, h, w, out]. As a
   denoising step (step != NULL): x comes from denoise_input and the prediction goes to
   denoise_step, so nothing leaves the backend. ctx and timesteps as sd__unet_fwd takes them. */
typedef struct sd__unet_call {
    const sd__unet *unet;
    const sd__tensor *ctx;
    const sd__tensor *timesteps;
    float *io;
    sd__denoise_state *step;
    int n, h, w;
} sd__unet_call;

static sd_result sd__unet_call_run(sd__backend *b, void *args) {
    const sd__unet_call *call = (const sd__unet_call *)args;
    sd__denoise_state *step = call->step;
    sd__tensor x = sd__t_new(b, call->n, call->h, call->w, call->unet->cfg.in_channels), out;
    memset(&out, 0, sizeof out);
    if (!b->status && step) b->ops->denoise_input(b, &step->latents.t, step->cond.t.data ? &step->cond.t : NULL, &step->plan.t, &x);
    else if (!b->status) b->ops->write(b, &x, call->io);
    if (!b->status) sd__unet_fwd(b, call->unet, &x, call->timesteps, call->ctx, &out);
    sd__t_drop(b, &x);
    if (!b->status && step)
        b->ops->denoise_step(b, &out, step->noise.t.data ? &step->noise.t : NULL, &step->plan.t, &step->latents.t, &step->aux.t);
    else if (!b->status) b->ops->read(b, &out, call->io);
    sd__t_drop(b, &out);
    return b->status;
}

static sd__pass sd__unet_call_pass(sd__unet_call *call) {
    sd__pass pass;
    memset(&pass, 0, sizeof pass);
    pass.name = "unet";
    pass.shape[0] = call->n;
    pass.shape[1] = call->h;
    pass.shape[2] = call->w;
    pass.shape[3] = call->ctx->w; /* tokens */
    pass.run = sd__unet_call_run;
    pass.args = call;
    return pass;
}
