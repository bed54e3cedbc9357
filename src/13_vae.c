/* ============================================================================================
   VAE (diffusers' AutoencoderKL): encoder and decoder
   ============================================================================================ */
typedef struct sd__vae_mid {
    sd__resnet res[2];
    sd__norm attn_norm;
    sd__attention attn; /* one head over all channels; absent without mid_block_add_attention */
    int has_attn;
} sd__vae_mid;

typedef struct sd__vae_level {
    sd__resnet *resnets;
    int count;
    sd__conv resample;
    int has_resample;
} sd__vae_level;

typedef struct sd__vae {
    sd__vae_config cfg;
    /* decoder */
    sd__conv post_quant, dec_in, dec_out;
    sd__vae_mid dec_mid;
    sd__vae_level up[SD__MAX_LEVELS];
    sd__norm dec_norm;
    /* encoder (loaded only for img2img) */
    int has_encoder;
    sd__conv quant, enc_in, enc_out;
    sd__vae_mid enc_mid;
    sd__vae_level down[SD__MAX_LEVELS];
    sd__norm enc_norm;
} sd__vae;

/* Pixels per latent along each side: every level but the last halves the size. */
static int sd__vae_scale(const sd__vae_config *cfg) { return 1 << (cfg->levels - 1); }

static void sd__vae_mid_load(sd__loader *ld, sd__vae_mid *m, const char *prefix, int ch, const sd__vae_config *cfg) {
    static const char *attn_names[4] = {"to_q", "to_k", "to_v", "to_out.0"};
    char p[256];
    snprintf(p, sizeof p, "%s.resnets.0", prefix); sd__resnet_load(ld, &m->res[0], p, ch, ch, 0, cfg->norm_num_groups, 1e-6f);
    m->has_attn = cfg->mid_block_add_attention;
    if (m->has_attn) {
        snprintf(p, sizeof p, "%s.attentions.0.group_norm", prefix);
        sd__norm_load(ld, &m->attn_norm, p, ch, cfg->norm_num_groups, 1e-6f);
        snprintf(p, sizeof p, "%s.attentions.0", prefix);
        sd__attention_load(ld, &m->attn, p, attn_names, ch, ch, 1, 1);
    }
    snprintf(p, sizeof p, "%s.resnets.1", prefix); sd__resnet_load(ld, &m->res[1], p, ch, ch, 0, cfg->norm_num_groups, 1e-6f);
}

static void sd__vae_mid_free(sd__backend *b, sd__vae_mid *m) {
    sd__resnet_free(b, &m->res[0]);
    sd__resnet_free(b, &m->res[1]);
    sd__norm_free(b, &m->attn_norm);
    sd__attention_free(b, &m->attn);
}

static sd__tensor sd__vae_mid_fwd(sd__backend *b, const sd__vae_mid *m, const sd__tensor *x) {
    sd__tensor h = sd__resnet_fwd(b, &m->res[0], x, NULL), y;
    if (m->has_attn) {
        sd__tensor n = sd__group_norm_fwd(b, &m->attn_norm, &h, 0), tn = sd__as_tokens(&n), th = sd__as_tokens(&h);
        sd__tensor a = sd__attention_fwd(b, &m->attn, &tn, NULL, 0, 0, &th);
        sd__t_drop(b, &n);
        sd__t_drop(b, &h);
        h = a;
        h.h = x->h;
        h.w = x->w;
    }
    y = sd__resnet_fwd(b, &m->res[1], &h, NULL);
    sd__t_drop(b, &h);
    return y;
}

static void sd__vae_levels_free(sd__backend *b, sd__vae_level *levels) {
    int i, j;
    for (i = 0; i < SD__MAX_LEVELS; i++) {
        for (j = 0; levels[i].resnets && j < levels[i].count; j++) sd__resnet_free(b, &levels[i].resnets[j]);
        sd__free(b->env, levels[i].resnets);
        sd__conv_free(b, &levels[i].resample);
    }
}

static void sd__vae_free(sd__backend *b, sd__vae *v) {
    sd__conv_free(b, &v->post_quant); sd__conv_free(b, &v->dec_in); sd__conv_free(b, &v->dec_out);
    sd__vae_mid_free(b, &v->dec_mid);
    sd__vae_levels_free(b, v->up);
    sd__norm_free(b, &v->dec_norm);
    sd__conv_free(b, &v->quant); sd__conv_free(b, &v->enc_in); sd__conv_free(b, &v->enc_out);
    sd__vae_mid_free(b, &v->enc_mid);
    sd__vae_levels_free(b, v->down);
    sd__norm_free(b, &v->enc_norm);
    memset(v, 0, sizeof *v);
}

static void sd__vae_level_alloc(sd__loader *ld, sd__vae_level *lv, int count) {
    lv->count = count;
    lv->resnets = (sd__resnet *)sd__calloc(ld->env, (size_t)count, sizeof *lv->resnets);
    if (!lv->resnets) ld->status = sd__oom(ld->env);
}

static sd_result sd__vae_load(sd__loader *ld, sd__vae *v, const sd__vae_config *cfg, int with_encoder) {
    const int levels = cfg->levels, groups = cfg->norm_num_groups, latent = cfg->latent_channels;
    int i, j, ch = cfg->block_out_channels[levels - 1];
    char p[256];
    memset(v, 0, sizeof *v);
    v->cfg = *cfg;
    if (cfg->use_post_quant_conv) sd__conv_load(ld, &v->post_quant, "post_quant_conv", latent, latent, 1, 1);
    sd__conv_load(ld, &v->dec_in, "decoder.conv_in", latent, ch, 3, 1);
    sd__vae_mid_load(ld, &v->dec_mid, "decoder.mid_block", ch, cfg);
    for (i = 0; i < levels && !ld->status; i++) {
        const int out = cfg->block_out_channels[levels - 1 - i];
        sd__vae_level *lv = &v->up[i];
        sd__vae_level_alloc(ld, lv, cfg->layers_per_block + 1);
        for (j = 0; j < lv->count && !ld->status; j++) {
            snprintf(p, sizeof p, "decoder.up_blocks.%d.resnets.%d", i, j);
            sd__resnet_load(ld, &lv->resnets[j], p, ch, out, 0, groups, 1e-6f);
            ch = out;
        }
        lv->has_resample = i < levels - 1;
        if (lv->has_resample) {
            snprintf(p, sizeof p, "decoder.up_blocks.%d.upsamplers.0.conv", i);
            sd__conv_load(ld, &lv->resample, p, ch, ch, 3, 1);
        }
    }
    sd__norm_load(ld, &v->dec_norm, "decoder.conv_norm_out", ch, groups, 1e-6f);
    sd__conv_load(ld, &v->dec_out, "decoder.conv_out", ch, cfg->out_channels, 3, 1);
    if (!with_encoder || ld->status) return ld->status;

    v->has_encoder = 1;
    ch = cfg->block_out_channels[0];
    sd__conv_load(ld, &v->enc_in, "encoder.conv_in", cfg->in_channels, ch, 3, 1);
    for (i = 0; i < levels && !ld->status; i++) {
        const int out = cfg->block_out_channels[i];
        sd__vae_level *lv = &v->down[i];
        sd__vae_level_alloc(ld, lv, cfg->layers_per_block);
        for (j = 0; j < lv->count && !ld->status; j++) {
            snprintf(p, sizeof p, "encoder.down_blocks.%d.resnets.%d", i, j);
            sd__resnet_load(ld, &lv->resnets[j], p, ch, out, 0, groups, 1e-6f);
            ch = out;
        }
        lv->has_resample = i < levels - 1;
        if (lv->has_resample) {
            snprintf(p, sizeof p, "encoder.down_blocks.%d.downsamplers.0.conv", i);
            sd__conv_load(ld, &lv->resample, p, ch, ch, 3, 2);
            lv->resample.pad = 0; /* diffusers pads the encoder's downsamplers at the bottom and right only */
        }
    }
    sd__vae_mid_load(ld, &v->enc_mid, "encoder.mid_block", ch, cfg);
    sd__norm_load(ld, &v->enc_norm, "encoder.conv_norm_out", ch, groups, 1e-6f);
    sd__conv_load(ld, &v->enc_out, "encoder.conv_out", ch, 2 * latent, 3, 1);
    if (cfg->use_quant_conv) sd__conv_load(ld, &v->quant, "quant_conv", 2 * latent, 2 * latent, 1, 1);
    return ld->status;
}

/* z [B, h, w, latent] (already divided by the scaling factor) -> image [B, 8h, 8w, 3] in about [-1, 1]. */
static sd_result sd__vae_decode(sd__backend *b, const sd__vae *v, const sd__tensor *z, sd__tensor *out) {
    sd__tensor h, next;
    int i, j;
    if (v->cfg.use_post_quant_conv) {
        next = sd__conv_fwd(b, &v->post_quant, z, NULL);
        h = sd__conv_fwd(b, &v->dec_in, &next, NULL);
        sd__t_drop(b, &next);
    } else {
        h = sd__conv_fwd(b, &v->dec_in, z, NULL);
    }
    next = sd__vae_mid_fwd(b, &v->dec_mid, &h);
    sd__t_drop(b, &h);
    h = next;
    for (i = 0; i < v->cfg.levels && !b->status; i++) {
        const sd__vae_level *lv = &v->up[i];
        for (j = 0; j < lv->count; j++) {
            next = sd__resnet_fwd(b, &lv->resnets[j], &h, NULL);
            sd__t_drop(b, &h);
            h = next;
        }
        if (lv->has_resample) {
            next = sd__upsample_fwd(b, &h, 2 * h.h, 2 * h.w);
            sd__t_drop(b, &h);
            h = sd__conv_fwd(b, &lv->resample, &next, NULL);
            sd__t_drop(b, &next);
        }
    }
    next = sd__group_norm_fwd(b, &v->dec_norm, &h, 1);
    sd__t_drop(b, &h);
    *out = sd__conv_fwd(b, &v->dec_out, &next, NULL);
    sd__t_drop(b, &next);
    if (b->status) sd__t_drop(b, out);
    return b->status;
}

/* image [B, H, W, 3] in [-1, 1] -> the posterior's moments [B, H/8, W/8, 2 * latent]:
   channels [0, latent) are the mean, [latent, 2 latent) the log-variance (not yet clamped). */
static sd_result sd__vae_encode(sd__backend *b, const sd__vae *v, const sd__tensor *image, sd__tensor *moments) {
    sd__tensor h = sd__conv_fwd(b, &v->enc_in, image, NULL), next;
    int i, j;
    for (i = 0; i < v->cfg.levels && !b->status; i++) {
        const sd__vae_level *lv = &v->down[i];
        for (j = 0; j < lv->count; j++) {
            next = sd__resnet_fwd(b, &lv->resnets[j], &h, NULL);
            sd__t_drop(b, &h);
            h = next;
        }
        if (lv->has_resample) {
            next = sd__conv_fwd(b, &lv->resample, &h, NULL);
            sd__t_drop(b, &h);
            h = next;
        }
    }
    next = sd__vae_mid_fwd(b, &v->enc_mid, &h);
    sd__t_drop(b, &h);
    h = sd__group_norm_fwd(b, &v->enc_norm, &next, 1);
    sd__t_drop(b, &next);
    next = sd__conv_fwd(b, &v->enc_out, &h, NULL);
    sd__t_drop(b, &h);
    if (v->cfg.use_quant_conv) {
        *moments = sd__conv_fwd(b, &v->quant, &next, NULL);
        sd__t_drop(b, &next);
    } else {
        *moments = next;
    }
    if (b->status) sd__t_drop(b, moments);
    return b->status;
}
