/* ============================================================================================
   TAESD: the tiny autoencoder's decoder (diffusers' AutoencoderTiny, madebyollin's taesd), for
   live previews and a fast final decode
   ============================================================================================ */
/* The decoder is a chain of layers: a 3x3 conv from the latents, a ReLU, then per level blocks
   (conv, ReLU, conv, ReLU, conv, plus the block's input, then ReLU), a 2x nearest upsample and a
   3x3 conv, the last one to RGB. The file says which: layer i named "<prefix><i + offset>" is a
   conv when it has ".weight", a block when it has ".conv.0.weight", and without tensors the ReLU
   (layer 1) or an upsample. diffusers names them decoder.layers.0, 1, ...; the original
   taesd_decoder.safetensors 1, 2, ... after its parameterless clamp. Its weights are the
   context's own backend memory, outside the weight store (a few MB). */
#define SD__TAESD_MAX_LAYERS 64
typedef enum sd__taesd_kind { SD__TAESD_CONV, SD__TAESD_RELU, SD__TAESD_BLOCK, SD__TAESD_UPSAMPLE } sd__taesd_kind;

typedef struct sd__taesd_layer {
    sd__taesd_kind kind;
    int in, out, k, has_bias, has_skip;
    sd__conv conv[3]; /* a conv: conv[0]; a block: its three convs */
    sd__conv skip;    /* a block whose input and output channels differ: 1x1, no bias */
} sd__taesd_layer;

typedef struct sd__taesd {
    sd__model file;   /* the .safetensors; its tensors are the VAE part's views */
    const char *prefix;
    int offset, count;
    int scale;        /* pixels per latent: 2 per upsample */
    sd__taesd_layer layers[SD__TAESD_MAX_LAYERS];
} sd__taesd;

static const sd__st_tensor *sd__taesd_tensor(const sd__taesd *t, int layer, const char *suffix) {
    char name[SD__NAME_MAX];
    const sd__model_view *v;
    snprintf(name, sizeof name, "%s%d%s", t->prefix, layer + t->offset, suffix);
    v = sd__model_find_view(&t->file, SD__PART_VAE, name);
    return v ? &v->tensor : NULL;
}

/* Reads the layers of the decoder in path (a .safetensors, or a diffusers folder with
   diffusion_pytorch_model.safetensors) for latents of latent_channels. */
static sd_result sd__taesd_open(sd__env *env, const char *path, int latent_channels, sd__taesd *t) {
    int i, channels = latent_channels;
    char *weights = sd__is_dir(path) ? sd__path_join(env, path, "diffusion_pytorch_model.safetensors") : NULL;
    sd_result r;
    memset(t, 0, sizeof *t);
    t->scale = 1;
    t->file.layout = SD__LAYOUT_DIFFUSERS;
    if (sd__is_dir(path) && !weights) return sd__oom(env);
    r = sd__st_open(env, weights ? weights : path, &t->file.part_files[SD__PART_VAE]);
    sd__free(env, weights);
    if (r != SD_OK || (r = sd__model_build_views(env, &t->file)) != SD_OK) return sd__fail_context(env, path);
    t->prefix = "decoder.layers.";
    if (!sd__taesd_tensor(t, 0, ".weight")) {
        t->prefix = "";
        t->offset = 1;
        if (!sd__taesd_tensor(t, 0, ".weight"))
            return sd__fail(env, SD_ERR_MODEL_MISMATCH, "'%s' is not a TAESD decoder: it has no 'decoder.layers.0.weight' "
                            "(diffusers' AutoencoderTiny) nor '1.weight' (taesd_decoder.safetensors)", path);
    }
    for (i = 0; i < SD__TAESD_MAX_LAYERS; i++) {
        sd__taesd_layer *l = &t->layers[i];
        const sd__st_tensor *w = sd__taesd_tensor(t, i, ".weight"), *block = sd__taesd_tensor(t, i, ".conv.0.weight");
        const sd__st_tensor *first = w ? w : block;
        if (first) {
            l->kind = w ? SD__TAESD_CONV : SD__TAESD_BLOCK;
            if (first->rank != 4 || first->shape[2] != first->shape[3] || (first->shape[2] != 1 && first->shape[2] != 3) ||
                first->shape[0] < 1 || first->shape[0] > SD__MAX_CHANNELS || first->shape[1] != channels)
                return sd__fail(env, SD_ERR_MODEL_MISMATCH, "TAESD '%s': layer %d's first conv is not [out, %d, k, k] with k 1 or 3 "
                                "(the channels it gets)", path, i + t->offset, channels);
            l->in = channels;
            l->out = channels = (int)first->shape[0];
            l->k = (int)first->shape[2];
            l->has_bias = w ? sd__taesd_tensor(t, i, ".bias") != NULL : 1;
            l->has_skip = !w && sd__taesd_tensor(t, i, ".skip.weight") != NULL;
        } else if (i == 1) {
            l->kind = SD__TAESD_RELU;
        } else if (sd__taesd_tensor(t, i + 1, ".weight") || sd__taesd_tensor(t, i + 1, ".conv.0.weight")) {
            l->kind = SD__TAESD_UPSAMPLE;
            if (t->scale > 64) return sd__fail(env, SD_ERR_MODEL_MISMATCH, "TAESD '%s': more than 6 upsamples", path);
            t->scale *= 2;
        } else {
            break;
        }
        t->count++;
    }
    if (t->count < 3 || t->layers[0].kind != SD__TAESD_CONV || t->layers[t->count - 1].kind != SD__TAESD_CONV || channels != 3)
        return sd__fail(env, SD_ERR_MODEL_MISMATCH, "TAESD '%s': its decoder must start with a conv and end with a conv to 3 "
                        "channels (it ends with %d)", path, channels);
    return SD_OK;
}

/* Loads the layers' weights into backend memory of their own (ld->weights NULL). */
static sd_result sd__taesd_load(sd__loader *ld, sd__taesd *t) {
    char name[SD__NAME_MAX], part[SD__NAME_MAX + 16];
    int i, j;
    ld->model = &t->file;
    ld->part = SD__PART_VAE;
    for (i = 0; i < t->count && !ld->status; i++) {
        sd__taesd_layer *l = &t->layers[i];
        snprintf(name, sizeof name, "%s%d", t->prefix, i + t->offset);
        if (l->kind == SD__TAESD_CONV) sd__conv_load(ld, &l->conv[0], name, l->in, l->out, l->k, 1, l->has_bias);
        for (j = 0; l->kind == SD__TAESD_BLOCK && j < 3; j++) {
            snprintf(part, sizeof part, "%s.conv.%d", name, 2 * j);
            sd__conv_load(ld, &l->conv[j], part, j ? l->out : l->in, l->out, 3, 1, 1);
        }
        if (l->has_skip) {
            snprintf(part, sizeof part, "%s.skip", name);
            sd__conv_load(ld, &l->skip, part, l->in, l->out, 1, 1, 0);
        }
    }
    return ld->status;
}

static void sd__taesd_free(sd__backend *b, sd__env *env, sd__taesd *t) {
    int i, j;
    for (i = 0; b && i < t->count; i++) {
        for (j = 0; j < 3; j++) {
            sd__t_drop(b, &t->layers[i].conv[j].w);
            sd__t_drop(b, &t->layers[i].conv[j].bias);
        }
        sd__t_drop(b, &t->layers[i].skip.w);
    }
    sd__model_close(env, &t->file);
    memset(t, 0, sizeof *t);
}

static void sd__relu_in_place(sd__backend *b, sd__tensor *x) {
    if (!b->status) b->ops->activation(b, x, SD__ACT_RELU, x);
}

/* z [B, h, w, latent] (clamped) -> [B, h * scale, w * scale, 3] in about [0, 1]. */
static sd_result sd__taesd_decode(sd__backend *b, const void *model, const sd__tensor *z, sd__tensor *out) {
    const sd__taesd *t = (const sd__taesd *)model;
    sd__tensor h = sd__conv_fwd(b, &t->layers[0].conv[0], z, NULL), a, c, skip, next;
    int i;
    for (i = 1; i < t->count && !b->status; i++) {
        const sd__taesd_layer *l = &t->layers[i];
        switch (l->kind) {
        case SD__TAESD_RELU: sd__relu_in_place(b, &h); break;
        case SD__TAESD_CONV:
            next = sd__conv_fwd(b, &l->conv[0], &h, NULL);
            sd__t_drop(b, &h);
            h = next;
            break;
        case SD__TAESD_UPSAMPLE:
            next = sd__upsample_fwd(b, &h, 2 * h.h, 2 * h.w);
            sd__t_drop(b, &h);
            h = next;
            break;
        case SD__TAESD_BLOCK:
            a = sd__conv_fwd(b, &l->conv[0], &h, NULL);
            sd__relu_in_place(b, &a);
            c = sd__conv_fwd(b, &l->conv[1], &a, NULL);
            sd__t_drop(b, &a);
            sd__relu_in_place(b, &c);
            skip = l->has_skip ? sd__conv_fwd(b, &l->skip, &h, NULL) : h;
            next = sd__conv_fwd(b, &l->conv[2], &c, &skip);
            sd__t_drop(b, &c);
            if (l->has_skip) sd__t_drop(b, &skip);
            sd__t_drop(b, &h);
            h = next;
            sd__relu_in_place(b, &h);
            break;
        }
    }
    *out = h;
    if (b->status) sd__t_drop(b, out);
    return b->status;
}

/* The decode pass of n latents of h x w (host buffers NULL: what sd__plan_prepare needs). */
static sd__image_call sd__taesd_call(const sd__taesd *t, int n, int h, int w, int latent_channels) {
    sd__image_call call;
    memset(&call, 0, sizeof call);
    call.name = "taesd decoder";
    call.fn = sd__taesd_decode;
    call.model = t;
    call.n = n;
    call.h = h;
    call.w = w;
    call.c = latent_channels;
    return call;
}

/* Decodes n latents (host NHWC [n, h, w, c], as the sampler holds them: TAESD reads SD's scaled
   latents) into rgb (host NHWC [n, h * scale, w * scale, 3]) in [-1, 1], as diffusers'
   AutoencoderTiny.decode: the latents clamped by 3 tanh(x / 3) first, the output mapped from
   [0, 1] by 2x - 1. */
static sd_result sd__taesd_decode_latents(sd__backend *b, const sd__taesd *t, const float *z, int n, int h, int w, int c, float *rgb) {
    const size_t count = (size_t)n * (size_t)h * (size_t)w * (size_t)c, pixels = (size_t)n * h * w * t->scale * t->scale;
    float *clamped = (float *)sd__calloc(b->env, count, sizeof(float));
    sd__image_call call = sd__taesd_call(t, n, h, w, c);
    size_t i;
    sd_result r;
    if (!clamped) return sd__oom(b->env);
    for (i = 0; i < count; i++) clamped[i] = tanhf(z[i] / 3.0f) * 3.0f;
    call.in = clamped;
    call.out = rgb;
    r = sd__image_run(b, &call);
    for (i = 0; r == SD_OK && i < pixels * 3; i++) rgb[i] = rgb[i] * 2.0f - 1.0f;
    sd__free(b->env, clamped);
    return r;
}
