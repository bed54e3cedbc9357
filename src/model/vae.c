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

/* diffusers' Encoder or Decoder: conv_in, the levels and the mid block (the encoder runs its
   levels first, the decoder its mid block), then norm_out, SiLU and conv_out. */
typedef struct sd__vae_coder {
    sd__conv conv_in, conv_out;
    sd__vae_mid mid;
    sd__vae_level levels[SD__MAX_LEVELS]; /* the encoder's down_blocks, the decoder's up_blocks */
    sd__norm norm_out;
} sd__vae_coder;

typedef struct sd__vae {
    sd__vae_config cfg;
    sd__conv post_quant; /* before the decoder */
    sd__vae_coder decoder;
    sd__conv quant; /* after the encoder */
    sd__vae_coder encoder;
} sd__vae;

/* Pixels per latent along each side: every level but the last halves the size. */
static int sd__vae_scale(const sd__vae_config *cfg) { return 1 << (cfg->levels - 1); }

static void sd__vae_mid_load(sd__loader *ld, sd__vae_mid *m, const char *prefix, int ch, const sd__vae_config *cfg) {
    static const char *attn_names[4] = {"to_q", "to_k", "to_v", "to_out.0"};
    char p[256];
    snprintf(p, sizeof p, "%s.resnets.0", prefix); sd__resnet_load(ld, &m->res[0], p, ch, ch, 0, cfg->norm_num_groups, 1e-6f);
    m->has_attn = cfg->mid_block_add_attention;
    if (m->has_attn) {
        sd__loader_block(ld);
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

/* The mid block on *x, which it consumes (drops). */
static sd__tensor sd__vae_mid_fwd(sd__backend *b, const sd__vae_mid *m, sd__tensor *x) {
    const int height = x->h, width = x->w;
    sd__tensor h = sd__resnet_fwd(b, &m->res[0], x, 1, NULL), y;
    if (m->has_attn) {
        sd__tensor n = sd__group_norm_fwd(b, &m->attn_norm, &h, 0), tn = sd__as_tokens(&n), th = sd__as_tokens(&h);
        sd__tensor a = sd__attention_fwd(b, &m->attn, &tn, NULL, 0, 0, &th);
        sd__t_drop(b, &n);
        sd__t_drop(b, &h);
        h = a;
        h.h = height;
        h.w = width;
    }
    y = sd__resnet_fwd(b, &m->res[1], &h, 1, NULL);
    return y;
}

static void sd__vae_coder_free(sd__backend *b, sd__vae_coder *c) {
    int i, j;
    sd__conv_free(b, &c->conv_in); sd__conv_free(b, &c->conv_out);
    sd__vae_mid_free(b, &c->mid);
    for (i = 0; i < SD__MAX_LEVELS; i++) {
        sd__vae_level *lv = &c->levels[i];
        for (j = 0; lv->resnets && j < lv->count; j++) sd__resnet_free(b, &lv->resnets[j]);
        sd__free(b->env, lv->resnets);
        sd__conv_free(b, &lv->resample);
    }
    sd__norm_free(b, &c->norm_out);
}

static void sd__vae_free(sd__backend *b, sd__vae *v) {
    sd__conv_free(b, &v->post_quant);
    sd__vae_coder_free(b, &v->decoder);
    sd__conv_free(b, &v->quant);
    sd__vae_coder_free(b, &v->encoder);
    memset(v, 0, sizeof *v);
}

/* Level i of the encoder ("encoder.down_blocks.<i>") or the decoder ("decoder.up_blocks.<i>"):
   count resnets from ch to out channels, then on every level but the last the resampler's conv
   (stride 2 in the encoder). Returns the channels the level ends with. */
static int sd__vae_level_load(sd__loader *ld, sd__vae_level *lv, int encoder, int i, int count, int ch, int out,
                              const sd__vae_config *cfg) {
    const char *blocks = encoder ? "encoder.down_blocks" : "decoder.up_blocks";
    char p[256];
    int j;
    lv->count = count;
    lv->resnets = (sd__resnet *)sd__calloc(ld->env, (size_t)count, sizeof *lv->resnets);
    if (!lv->resnets) ld->status = sd__oom(ld->env);
    for (j = 0; j < lv->count && !ld->status; j++) {
        snprintf(p, sizeof p, "%s.%d.resnets.%d", blocks, i, j);
        sd__resnet_load(ld, &lv->resnets[j], p, ch, out, 0, cfg->norm_num_groups, 1e-6f);
        ch = out;
    }
    lv->has_resample = i < cfg->levels - 1;
    if (lv->has_resample) {
        snprintf(p, sizeof p, "%s.%d.%s.0.conv", blocks, i, encoder ? "downsamplers" : "upsamplers");
        sd__loader_block(ld);
        sd__conv_load(ld, &lv->resample, p, ch, ch, 3, encoder ? 2 : 1, 1);
        if (encoder) lv->resample.pad = 0; /* diffusers pads the encoder's downsamplers at the bottom and right only */
    }
    return ch;
}

static sd_result sd__vae_load(sd__loader *ld, sd__vae *v, const sd__vae_config *cfg) {
    const int levels = cfg->levels, groups = cfg->norm_num_groups, latent = cfg->latent_channels;
    sd__vae_coder *dec = &v->decoder, *enc = &v->encoder;
    int i, ch = cfg->block_out_channels[levels - 1];
    memset(v, 0, sizeof *v);
    v->cfg = *cfg;
    sd__loader_model(ld, SD__WP_DECODER);
    if (cfg->use_post_quant_conv) sd__conv_load(ld, &v->post_quant, "post_quant_conv", latent, latent, 1, 1, 1);
    sd__conv_load(ld, &dec->conv_in, "decoder.conv_in", latent, ch, 3, 1, 1);
    sd__vae_mid_load(ld, &dec->mid, "decoder.mid_block", ch, cfg);
    for (i = 0; i < levels && !ld->status; i++)
        ch = sd__vae_level_load(ld, &dec->levels[i], 0, i, cfg->layers_per_block + 1, ch,
                                cfg->block_out_channels[levels - 1 - i], cfg);
    sd__norm_load(ld, &dec->norm_out, "decoder.conv_norm_out", ch, groups, 1e-6f);
    sd__conv_load(ld, &dec->conv_out, "decoder.conv_out", ch, cfg->out_channels, 3, 1, 1);
    if (ld->status) return ld->status;

    sd__loader_model(ld, SD__WP_ENCODER);
    ch = cfg->block_out_channels[0];
    sd__conv_load(ld, &enc->conv_in, "encoder.conv_in", cfg->in_channels, ch, 3, 1, 1);
    for (i = 0; i < levels && !ld->status; i++)
        ch = sd__vae_level_load(ld, &enc->levels[i], 1, i, cfg->layers_per_block, ch, cfg->block_out_channels[i], cfg);
    sd__vae_mid_load(ld, &enc->mid, "encoder.mid_block", ch, cfg);
    sd__norm_load(ld, &enc->norm_out, "encoder.conv_norm_out", ch, groups, 1e-6f);
    sd__conv_load(ld, &enc->conv_out, "encoder.conv_out", ch, 2 * latent, 3, 1, 1);
    if (cfg->use_quant_conv) sd__conv_load(ld, &v->quant, "quant_conv", 2 * latent, 2 * latent, 1, 1, 1);
    return ld->status;
}

/* Runs level lv on *h, which it replaces: the resnets, then the resampler's conv, after a nearest
   2x upsample when upsample is set (the decoder's levels). */
static void sd__vae_level_fwd(sd__backend *b, const sd__vae_level *lv, int upsample, sd__tensor *h) {
    sd__tensor next;
    int j;
    for (j = 0; j < lv->count; j++) {
        next = sd__resnet_fwd(b, &lv->resnets[j], h, 1, NULL);
        *h = next;
    }
    if (!lv->has_resample) return;
    if (upsample) {
        next = sd__upsample_fwd(b, h, 2 * h->h, 2 * h->w);
        sd__t_drop(b, h);
        *h = next;
    }
    next = sd__conv_fwd(b, &lv->resample, h, NULL);
    sd__t_drop(b, h);
    *h = next;
}

/* z [B, h, w, latent] (already divided by the scaling factor) -> image [B, 8h, 8w, 3] in about [-1, 1]. */
static sd_result sd__vae_decode(sd__backend *b, const void *model, const sd__tensor *z, sd__tensor *out) {
    const sd__vae *v = (const sd__vae *)model;
    const sd__vae_coder *dec = &v->decoder;
    sd__tensor h, next;
    int i;
    if (v->cfg.use_post_quant_conv) {
        next = sd__conv_fwd(b, &v->post_quant, z, NULL);
        h = sd__conv_fwd(b, &dec->conv_in, &next, NULL);
        sd__t_drop(b, &next);
    } else {
        h = sd__conv_fwd(b, &dec->conv_in, z, NULL);
    }
    h = sd__vae_mid_fwd(b, &dec->mid, &h);
    for (i = 0; i < v->cfg.levels && !b->status; i++) sd__vae_level_fwd(b, &dec->levels[i], 1, &h);
    *out = sd__norm_silu_conv_fwd(b, &dec->norm_out, &dec->conv_out, &h);
    if (b->status) sd__t_drop(b, out);
    return b->status;
}

/* image [B, H, W, 3] in [-1, 1] -> the posterior's moments [B, H/8, W/8, 2 * latent]:
   channels [0, latent) are the mean, [latent, 2 latent) the log-variance (not yet clamped). */
static sd_result sd__vae_encode(sd__backend *b, const void *model, const sd__tensor *image, sd__tensor *moments) {
    const sd__vae *v = (const sd__vae *)model;
    const sd__vae_coder *enc = &v->encoder;
    sd__tensor h = sd__conv_fwd(b, &enc->conv_in, image, NULL), next;
    int i;
    for (i = 0; i < v->cfg.levels && !b->status; i++) sd__vae_level_fwd(b, &enc->levels[i], 0, &h);
    next = sd__vae_mid_fwd(b, &enc->mid, &h);
    h = sd__norm_silu_conv_fwd(b, &enc->norm_out, &enc->conv_out, &next);
    if (v->cfg.use_quant_conv) {
        *moments = sd__conv_fwd(b, &v->quant, &h, NULL);
        sd__t_drop(b, &h);
    } else {
        *moments = h;
    }
    if (b->status) sd__t_drop(b, moments);
    return b->status;
}

/* --------------------------------------------------------------------------------------------
   Host to host decodes and encodes as planned passes, whole or (diffusers' enable_tiling) in
   overlapping tiles whose seams are blended linearly, so that memory stays that of one tile.
   -------------------------------------------------------------------------------------------- */
/* A model from image-like tensor to tensor: the VAE's decoder and encoder, TAESD's decoder. */
typedef sd_result (*sd__image_fn)(sd__backend *b, const void *model, const sd__tensor *in, sd__tensor *out);

/* fn of model (sd__vae_decode or sd__vae_encode of an sd__vae, sd__taesd_decode of an sd__taesd)
   from host in [n, h, w, c] to host out (NHWC), whose height and width it sets; name names the pass. */
typedef struct sd__image_call {
    const char *name;
    sd__image_fn fn;
    const void *model;
    const float *in;
    int n, h, w, c;
    float *out;
    int out_h, out_w;
} sd__image_call;

static sd_result sd__image_call_run(sd__backend *b, void *args) {
    sd__image_call *call = (sd__image_call *)args;
    sd__tensor x = sd__t_new(b, call->n, call->h, call->w, call->c), y;
    memset(&y, 0, sizeof y);
    if (!b->status) b->ops->write(b, &x, call->in);
    if (!b->status) call->fn(b, call->model, &x, &y);
    sd__t_drop(b, &x);
    if (!b->status) {
        b->ops->read(b, &y, call->out);
        call->out_h = y.h;
        call->out_w = y.w;
    }
    sd__t_drop(b, &y);
    return b->status;
}

static sd__pass sd__image_pass(sd__image_call *call) {
    sd__pass pass;
    memset(&pass, 0, sizeof pass);
    pass.name = call->name;
    pass.shape[0] = call->n;
    pass.shape[1] = call->h;
    pass.shape[2] = call->w;
    pass.shape[3] = call->c;
    pass.run = sd__image_call_run;
    pass.args = call;
    return pass;
}

static sd_result sd__image_run(sd__backend *b, sd__image_call *call) {
    const sd__pass pass = sd__image_pass(call);
    return sd__run_planned(b, &pass);
}

static const char *sd__vae_pass_name(sd__image_fn fn) { return fn == sd__vae_decode ? "vae decoder" : "vae encoder"; }

typedef struct sd__vae_tile {
    float *data; /* NHWC, one image */
    int h, w;
} sd__vae_tile;

/* b's first rows (columns when horizontal) fade in from a's last ones, in place, as diffusers'
   blend_v / blend_h: weights (1 - k/e) and k/e in float32 over e = min(a, b, extent) lines.
   Vertical neighbours have the same width, horizontal ones the same height. */
static void sd__vae_blend(const sd__vae_tile *a, sd__vae_tile *b, int extent, int horizontal, int c) {
    const int e = SD__MIN(extent, horizontal ? SD__MIN(a->w, b->w) : SD__MIN(a->h, b->h));
    int k, y, ch;
    for (k = 0; k < e; k++) {
        const float wa = (float)(1.0 - (double)k / e), wb = (float)((double)k / e);
        const int lines = horizontal ? b->h : b->w;
        for (y = 0; y < lines; y++) {
            /* horizontal: column k of row y; vertical: row k, column y */
            const float *pa = horizontal ? a->data + ((size_t)y * a->w + (size_t)(a->w - e + k)) * (size_t)c
                                         : a->data + ((size_t)(a->h - e + k) * a->w + (size_t)y) * (size_t)c;
            float *pb = horizontal ? b->data + ((size_t)y * b->w + (size_t)k) * (size_t)c
                                   : b->data + ((size_t)k * b->w + (size_t)y) * (size_t)c;
            for (ch = 0; ch < c; ch++) pb[ch] = pa[ch] * wa + pb[ch] * wb;
        }
    }
}

/* Runs fn over in (host NHWC [1, in_h, in_w, in_c]) in tiles of tile_in pixels that overlap by a
   quarter; each output tile (tile_out pixels a side when whole) is blended into its upper and
   left neighbours over a quarter of tile_out and cropped to the other three quarters, as
   diffusers' tiled_decode / _tiled_encode. out receives [1, out_h, out_w, out_c]. */
static sd_result sd__vae_tiled(sd__backend *b, const sd__vae *v, sd__image_fn fn, const float *in, int in_h, int in_w,
                               int in_c, int tile_in, int tile_out, int out_c, float *out, int out_h, int out_w) {
    const int overlap = (int)(tile_in * (1.0 - 0.25)), blend = (int)(tile_out * 0.25), keep = tile_out - blend;
    const int cols = (in_w + overlap - 1) / overlap;
    sd__vae_tile *prev = (sd__vae_tile *)sd__calloc(b->env, (size_t)cols, sizeof *prev);
    sd__vae_tile *cur = (sd__vae_tile *)sd__calloc(b->env, (size_t)cols, sizeof *cur);
    float *staging = (float *)sd__calloc(b->env, (size_t)tile_in * (size_t)tile_in, (size_t)in_c * sizeof(float));
    int i, j, y, out_y = 0;
    sd_result r = SD_OK;
    if (!prev || !cur || !staging) {
        sd__free(b->env, prev);
        sd__free(b->env, cur);
        sd__free(b->env, staging);
        return sd__oom(b->env);
    }
    for (i = 0; i < in_h && r == SD_OK; i += overlap) {
        int out_x = 0, row_h = 0;
        for (j = 0; j < cols && r == SD_OK; j++) {
            const int th = SD__MIN(tile_in, in_h - i), tw = SD__MIN(tile_in, in_w - j * overlap);
            sd__vae_tile *tile = &cur[j];
            sd__image_call call;
            for (y = 0; y < th; y++)
                memcpy(staging + (size_t)y * tw * in_c, in + ((size_t)(i + y) * in_w + (size_t)(j * overlap)) * in_c,
                       (size_t)tw * in_c * sizeof(float));
            /* an output tile is at most tile_out a side */
            tile->data = (float *)sd__calloc(b->env, (size_t)tile_out * (size_t)tile_out, (size_t)out_c * sizeof(float));
            if (!tile->data) {
                r = sd__oom(b->env);
                break;
            }
            call.name = sd__vae_pass_name(fn);
            call.model = v;
            call.fn = fn;
            call.in = staging;
            call.n = 1;
            call.h = th;
            call.w = tw;
            call.c = in_c;
            call.out = tile->data;
            if ((r = sd__image_run(b, &call)) != SD_OK) break;
            tile->h = call.out_h;
            tile->w = call.out_w;
            if (i > 0) sd__vae_blend(&prev[j], tile, blend, 0, out_c);
            if (j > 0) sd__vae_blend(&cur[j - 1], tile, blend, 1, out_c);
            row_h = SD__MIN(keep, tile->h);
            for (y = 0; y < row_h && out_y + y < out_h; y++)
                memcpy(out + ((size_t)(out_y + y) * out_w + (size_t)out_x) * out_c, tile->data + (size_t)y * tile->w * out_c,
                       (size_t)SD__MIN(SD__MIN(keep, tile->w), out_w - out_x) * out_c * sizeof(float));
            out_x += SD__MIN(keep, tile->w);
        }
        for (j = 0; j < cols; j++) {
            sd__free(b->env, prev[j].data);
            prev[j] = cur[j];
            cur[j].data = NULL;
        }
        out_y += row_h;
    }
    for (j = 0; j < cols; j++) {
        sd__free(b->env, prev[j].data);
        sd__free(b->env, cur[j].data);
    }
    sd__free(b->env, prev);
    sd__free(b->env, cur);
    sd__free(b->env, staging);
    return r;
}

/* The sizes tiling works in: the VAE's sample_size in pixels, and that over the scale in latents. */
static int sd__vae_tile_pixels(const sd__vae *v) { return v->cfg.sample_size; }
static int sd__vae_tile_latents(const sd__vae *v) { return v->cfg.sample_size / sd__vae_scale(&v->cfg); }

/* The first pass of a decode (fn sd__vae_decode, n latents of h x w) or an encode (sd__vae_encode,
   one image of h x w): the whole input, or when tiled and larger than a tile its first tile, the
   largest. Host buffers are left NULL (what sd__plan_prepare needs: a dry run touches none). */
static sd__image_call sd__vae_first_call(const sd__vae *v, sd__image_fn fn, int n, int h, int w, int tiled) {
    const int decode = fn == sd__vae_decode, tile = decode ? sd__vae_tile_latents(v) : sd__vae_tile_pixels(v);
    sd__image_call call;
    memset(&call, 0, sizeof call);
    call.name = sd__vae_pass_name(fn);
    call.model = v;
    call.fn = fn;
    call.n = n;
    call.h = h;
    call.w = w;
    call.c = decode ? v->cfg.latent_channels : v->cfg.in_channels;
    if (tiled && (h > tile || w > tile)) {
        call.n = 1;
        call.h = SD__MIN(tile, h);
        call.w = SD__MIN(tile, w);
    }
    return call;
}

/* Decodes n latents (host NHWC [n, h, w, latent], already divided by the scaling factor) into
   rgb (host NHWC [n, h * scale, w * scale, 3]): in one batch, or image by image in tiles when
   tiled and larger than a tile. */
static sd_result sd__vae_decode_latents(sd__backend *b, const sd__vae *v, const float *z, int n, int h, int w, int tiled,
                                        float *rgb) {
    const int scale = sd__vae_scale(&v->cfg), tile = sd__vae_tile_latents(v), lc = v->cfg.latent_channels;
    sd__image_call call;
    sd_result r = SD_OK;
    int k;
    if (tiled && (h > tile || w > tile)) {
        for (k = 0; k < n && r == SD_OK; k++)
            r = sd__vae_tiled(b, v, sd__vae_decode, z + (size_t)k * h * w * lc, h, w, lc, tile, sd__vae_tile_pixels(v),
                              v->cfg.out_channels, rgb + (size_t)k * h * w * scale * scale * v->cfg.out_channels, h * scale,
                              w * scale);
        return r;
    }
    call = sd__vae_first_call(v, sd__vae_decode, n, h, w, 0);
    call.in = z;
    call.out = rgb;
    return sd__image_run(b, &call);
}

/* Encodes one image (host NHWC [1, H, W, 3] in [-1, 1]) into its posterior's moments (host NHWC
   [1, H / scale, W / scale, 2 * latent]), in tiles when tiled and larger than a tile. */
static sd_result sd__vae_encode_image(sd__backend *b, const sd__vae *v, const float *img, int H, int W, int tiled,
                                      float *moments) {
    const int scale = sd__vae_scale(&v->cfg), tile = sd__vae_tile_pixels(v);
    sd__image_call call;
    if (tiled && (H > tile || W > tile))
        return sd__vae_tiled(b, v, sd__vae_encode, img, H, W, v->cfg.in_channels, tile, sd__vae_tile_latents(v),
                             2 * v->cfg.latent_channels, moments, H / scale, W / scale);
    call = sd__vae_first_call(v, sd__vae_encode, 1, H, W, 0);
    call.in = img;
    call.out = moments;
    return sd__image_run(b, &call);
}
