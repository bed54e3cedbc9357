/* ============================================================================================
   Single-file checkpoints: inferring the configs from shapes
   ============================================================================================ */
static const sd__st_tensor *sd__ckpt_find(const sd__st_file *f, const char *fmt, ...) SD__PRINTF(2, 3);
static const sd__st_tensor *sd__ckpt_find(const sd__st_file *f, const char *fmt, ...) {
    char name[SD__NAME_MAX];
    va_list ap;
    int n;
    va_start(ap, fmt);
    n = vsnprintf(name, sizeof name, fmt, ap);
    va_end(ap);
    return n >= 0 && n < (int)sizeof name ? sd__st_find(f, name) : NULL;
}

static int sd__ckpt_has_prefix(const sd__st_file *f, const char *prefix) {
    size_t i;
    for (i = 0; i < f->count; i++)
        if (sd__after(f->tensors[i].name, prefix)) return 1;
    return 0;
}

/* Dimension i of t, or fallback when t is absent or the value does not fit. A missing tensor is
   reported later, by name, when the inferred config is checked against the tensors. */
static int sd__dim_or(const sd__st_tensor *t, int i, int fallback) {
    if (!t || i >= t->rank || t->shape[i] > INT_MAX) return fallback;
    return (int)t->shape[i];
}

/* How many transformer blocks the LDM SpatialTransformer at prefix has. */
static int sd__ckpt_depth(const sd__st_file *f, const char *prefix) {
    int d = 0;
    while (d < 64 && sd__ckpt_find(f, "%stransformer_blocks.%d.norm1.weight", prefix, d)) d++;
    return d;
}

static void sd__infer_unet(sd__model *m) {
    const sd__st_file *f = &m->checkpoint;
    sd__unet_config *u = &m->unet;
    const sd__st_tensor *conv_in = sd__st_find(f, SD__LDM_UNET "input_blocks.0.0.weight"), *t;
    const char *mid = SD__LDM_UNET "middle_block.1.";
    char attn[SD__NAME_MAX];
    int sd2 = m->layout == SD__LAYOUT_LDM_OPENCLIP, block = 1, level, i, c0;
    memset(u, 0, sizeof *u);
    c0 = sd__dim_or(conv_in, 0, 0);
    u->in_channels = sd__dim_or(conv_in, 1, 0);
    u->out_channels = sd__dim_or(sd__st_find(f, SD__LDM_UNET "out.2.weight"), 0, u->in_channels);
    u->time_embed_dim = sd__dim_or(sd__st_find(f, SD__LDM_UNET "time_embed.0.weight"), 0, c0 <= INT_MAX / 4 ? 4 * c0 : 0);
    /* input_blocks: per level layers_per_block resnet (+ attention) blocks, then a downsampler */
    for (level = 0; level < SD__MAX_LEVELS; level++) {
        int resnets = 0;
        while ((t = sd__ckpt_find(f, SD__LDM_UNET "input_blocks.%d.0.in_layers.2.weight", block)) != NULL) {
            if (resnets++ == 0) {
                u->block_out_channels[level] = sd__dim_or(t, 0, 0);
                snprintf(attn, sizeof attn, SD__LDM_UNET "input_blocks.%d.1.", block);
                u->down_attention[level] = sd__ckpt_find(f, "%sproj_in.weight", attn) != NULL;
                if (u->down_attention[level]) u->transformer_layers[level] = sd__ckpt_depth(f, attn);
            }
            block++;
        }
        if (!resnets) break;
        if (level == 0) u->layers_per_block = resnets;
        u->levels = level + 1;
        if (!sd__ckpt_find(f, SD__LDM_UNET "input_blocks.%d.0.op.weight", block)) break;
        block++;
    }
    /* output_blocks: layers_per_block + 1 per level, deepest level first */
    for (i = 0; i < u->levels; i++) {
        level = u->levels - 1 - i;
        snprintf(attn, sizeof attn, SD__LDM_UNET "output_blocks.%d.1.", i * (u->layers_per_block + 1));
        u->up_attention[i] = sd__ckpt_find(f, "%sproj_in.weight", attn) != NULL;
        if (u->up_attention[i] && !u->transformer_layers[level]) u->transformer_layers[level] = sd__ckpt_depth(f, attn);
    }
    t = sd__ckpt_find(f, "%sproj_in.weight", mid);
    u->use_linear_projection = t && t->rank == 2;
    u->cross_attention_dim = sd__dim_or(sd__ckpt_find(f, "%stransformer_blocks.0.attn2.to_k.weight", mid), 1, 768);
    if (u->levels && !u->transformer_layers[u->levels - 1]) u->transformer_layers[u->levels - 1] = sd__ckpt_depth(f, mid);
    for (level = 0; level < u->levels; level++) {
        int c = u->block_out_channels[level];
        if (!u->transformer_layers[level]) u->transformer_layers[level] = 1;
        /* SD 1 configs say 8 heads everywhere; SD 2 ones use 64-wide heads */
        u->heads[level] = sd2 ? (c % 64 ? 0 : c / 64) : 8;
    }
    /* what diffusers uses for single files: SD 1.5's config, or SD 2.1's (768 px, upcast) */
    u->sample_size = sd2 ? 96 : 64;
    u->upcast_attention = sd2;
    u->norm_num_groups = 32;
    u->norm_eps = 1e-5f;
    u->flip_sin_to_cos = 1;
}

/* The VAE config of LDM-named tensors after prefix in f (a checkpoint's "first_stage_model.", or
   "" in a VAE's own file); what shapes cannot tell is SD's. */
static void sd__infer_vae(const sd__st_file *f, const char *prefix, int unet_sample_size, sd__vae_config *v) {
    const sd__st_tensor *t;
    int i;
    memset(v, 0, sizeof *v);
    v->in_channels = sd__dim_or(sd__ckpt_find(f, "%sencoder.conv_in.weight", prefix), 1, 3);
    while (v->levels < SD__MAX_LEVELS && (t = sd__ckpt_find(f, "%sencoder.down.%d.block.0.conv1.weight", prefix, v->levels)) != NULL)
        v->block_out_channels[v->levels++] = sd__dim_or(t, 0, 0);
    while (v->layers_per_block < 64 && sd__ckpt_find(f, "%sencoder.down.0.block.%d.conv1.weight", prefix, v->layers_per_block))
        v->layers_per_block++;
    v->latent_channels = sd__dim_or(sd__ckpt_find(f, "%sdecoder.conv_in.weight", prefix), 1, 4);
    v->out_channels = sd__dim_or(sd__ckpt_find(f, "%sdecoder.conv_out.weight", prefix), 0, v->in_channels);
    v->use_quant_conv = sd__ckpt_find(f, "%squant_conv.weight", prefix) != NULL;
    v->use_post_quant_conv = sd__ckpt_find(f, "%spost_quant_conv.weight", prefix) != NULL;
    v->mid_block_add_attention = sd__ckpt_find(f, "%sencoder.mid.attn_1.q.weight", prefix) != NULL;
    v->norm_num_groups = 32;
    v->scaling_factor = 0.18215f;
    v->sample_size = unet_sample_size; /* the image side: the latent side times 2 per VAE level */
    for (i = 1; i < v->levels && v->sample_size <= SD__MAX_CHANNELS; i++) v->sample_size *= 2;
}

static void sd__infer_text(sd__model *m) {
    const sd__st_file *f = &m->checkpoint;
    sd__text_config *c = &m->text;
    const sd__st_tensor *tokens, *positions, *fc1;
    memset(c, 0, sizeof *c);
    if (m->layout == SD__LAYOUT_LDM_OPENCLIP) {
        tokens = sd__st_find(f, SD__LDM_OPENCLIP "token_embedding.weight");
        positions = sd__st_find(f, SD__LDM_OPENCLIP "positional_embedding");
        fc1 = sd__st_find(f, SD__LDM_OPENCLIP "transformer.resblocks.0.mlp.c_fc.weight");
        while (c->num_hidden_layers < SD__MAX_LAYERS &&
               sd__ckpt_find(f, SD__LDM_OPENCLIP "transformer.resblocks.%d.ln_1.weight", c->num_hidden_layers))
            c->num_hidden_layers++;
        c->num_hidden_layers--; /* SD 2 conditions on the penultimate layer: diffusers' config has 23 of 24 */
    } else {
        const char *p = sd__st_find(f, SD__LDM_CLIP "text_model.embeddings.token_embedding.weight") ? SD__LDM_CLIP "text_model."
                                                                                                      : SD__LDM_CLIP;
        tokens = sd__ckpt_find(f, "%sembeddings.token_embedding.weight", p);
        positions = sd__ckpt_find(f, "%sembeddings.position_embedding.weight", p);
        fc1 = sd__ckpt_find(f, "%sencoder.layers.0.mlp.fc1.weight", p);
        while (c->num_hidden_layers < SD__MAX_LAYERS &&
               sd__ckpt_find(f, "%sencoder.layers.%d.self_attn.q_proj.weight", p, c->num_hidden_layers))
            c->num_hidden_layers++;
        c->quick_gelu = 1;
    }
    c->vocab_size = sd__dim_or(tokens, 0, 0);
    c->hidden_size = sd__dim_or(tokens, 1, 0);
    c->max_position_embeddings = sd__dim_or(positions, 0, 77);
    c->intermediate_size = sd__dim_or(fc1, 0, c->hidden_size <= INT_MAX / 4 ? 4 * c->hidden_size : 0);
    c->num_attention_heads = c->hidden_size % 64 ? 0 : c->hidden_size / 64; /* 64-wide heads in SD 1 and 2 */
    c->layer_norm_eps = 1e-5f;
}

/* Applies a sidecar's object for part over the inferred config. */
static sd_result sd__apply_sidecar(sd__env *env, sd__model *m, sd__part part, const sd__json *sidecar, const char *path) {
    const sd__json *obj = sd__json_get(sidecar, sd__part_names[part]);
    sd_result r;
    if (!obj) return SD_OK;
    if ((r = sd__config_read(env, m, part, obj)) != SD_OK) {
        char context[1024];
        snprintf(context, sizeof context, "'%s', \"%s\"", path, sd__part_names[part]);
        sd__fail_context(env, context);
    }
    return r;
}

/* m->checkpoint holds the single file's tensors; sidecar (or NULL) the overrides read from path.
   With separate_vae the checkpoint may have no VAE. */
static sd_result sd__model_from_checkpoint(sd__env *env, sd__model *m, const sd__json *sidecar, const char *sidecar_path,
                                           int separate_vae) {
    const sd__st_file *f = &m->checkpoint;
    sd_result r;
    if (!sd__st_find(f, SD__LDM_UNET "input_blocks.0.0.weight"))
        return sd__fail(env, SD_ERR_MODEL_MISMATCH,
                        "not a Stable Diffusion checkpoint: it has no '" SD__LDM_UNET "input_blocks.0.0.weight'");
    if (sd__ckpt_has_prefix(f, SD__LDM_UNET "label_emb"))
        return sd__fail(env, SD_ERR_UNSUPPORTED, "UNets with class or added embeddings (label_emb) are not supported");
    if (sd__st_find(f, SD__LDM_OPENCLIP "token_embedding.weight")) m->layout = SD__LAYOUT_LDM_OPENCLIP;
    else if (sd__st_find(f, SD__LDM_CLIP "text_model.embeddings.token_embedding.weight") ||
             sd__st_find(f, SD__LDM_CLIP "embeddings.token_embedding.weight"))
        m->layout = SD__LAYOUT_LDM_CLIP;
    else
        return sd__fail(env, SD_ERR_MODEL_MISMATCH, "no text encoder: expected '" SD__LDM_CLIP "*' (SD 1) or '" SD__LDM_OPENCLIP
                        "*' (SD 2) tensors");
    if (!sd__st_find(f, SD__LDM_VAE "encoder.conv_in.weight") && !separate_vae)
        return sd__fail(env, SD_ERR_MODEL_MISMATCH, "no VAE: the checkpoint has no '" SD__LDM_VAE "encoder.conv_in.weight' (give a "
                        "VAE of its own: sd_desc.vae_path, --vae)");
    /* the VAE's default sample size follows the UNet's, so each part is final before the next */
    sd__infer_unet(m);
    if ((r = sd__apply_sidecar(env, m, SD__PART_UNET, sidecar, sidecar_path)) != SD_OK) return r;
    sd__infer_vae(f, SD__LDM_VAE, m->unet.sample_size, &m->vae);
    if ((r = sd__apply_sidecar(env, m, SD__PART_VAE, sidecar, sidecar_path)) != SD_OK) return r;
    sd__infer_text(m);
    if ((r = sd__apply_sidecar(env, m, SD__PART_TEXT, sidecar, sidecar_path)) != SD_OK) return r;
    m->scheduler = sd__json_get(sidecar, "scheduler");
    return SD_OK;
}

/* Whether an optional file is there (*present); anything at path that is not a readable regular
   file (a folder, a FIFO, a dangling or looping link) is an error, never a silently skipped
   config. A file that is there is logged, so -v lists every config the model was read with. */
static sd_result sd__optional_file_present(sd__env *env, const char *path, int *present) {
    struct stat st;
    const char *problem;
    *present = 0;
    if (lstat(path, &st) != 0 && errno == ENOENT) return SD_OK;
    problem = sd__path_problem(path);
    if (!problem && sd__is_dir(path)) problem = "a folder";
    if (problem) return sd__fail(env, SD_ERR_IO, "'%s' is %s: make it a readable file or remove it", path, problem);
    sd__log(env, SD_LOG_INFO, "reading %s", path);
    *present = 1;
    return SD_OK;
}

/* Reads and parses a small JSON file that must hold an object. */
static sd_result sd__read_json_object(sd__env *env, const char *path, sd__json_doc *doc) {
    char *text;
    size_t size;
    sd_result r = sd__read_file(env, path, 1u << 24, &text, &size);
    if (r != SD_OK) return r;
    r = sd__json_parse(env, text, size, doc);
    sd__free(env, text);
    if (r == SD_OK && doc->nodes[0].type != SD__JSON_OBJECT) {
        sd__json_free(env, doc);
        r = sd__fail(env, SD_ERR_MODEL_FORMAT, "not a JSON object");
    }
    if (r != SD_OK) sd__fail_context(env, path);
    return r;
}

/* <checkpoint without .safetensors>.json, when it exists, into doc (its path into *sidecar_path). */
static sd_result sd__load_sidecar(sd__env *env, const char *checkpoint_path, sd__json_doc *doc, char **sidecar_path) {
    static const char *const keys[] = {"unet", "vae", "text_encoder", "scheduler"};
    static const char suffix[] = ".safetensors";
    size_t n = strlen(checkpoint_path), keep = n, k;
    const sd__json *c;
    char *path;
    sd_result r;
    int present;
    if (n >= sizeof suffix - 1 && strcmp(checkpoint_path + n - (sizeof suffix - 1), suffix) == 0) keep = n - (sizeof suffix - 1);
    *sidecar_path = path = (char *)sd__malloc(env, keep + 6);
    if (!path) return sd__oom(env);
    memcpy(path, checkpoint_path, keep);
    memcpy(path + keep, ".json", 6);
    if ((r = sd__optional_file_present(env, path, &present)) != SD_OK || !present) return r;
    if ((r = sd__read_json_object(env, path, doc)) != SD_OK) return r;
    for (c = doc->nodes[0].child; c; c = c->next) {
        for (k = 0; k < SD__COUNT(keys) && strcmp(c->key, keys[k]) != 0; k++) {}
        if (k == SD__COUNT(keys))
            return sd__fail(env, SD_ERR_MODEL_FORMAT, "'%s': unknown key '%s' (expected unet, vae, text_encoder, scheduler)",
                            path, c->key);
        if (c->type != SD__JSON_OBJECT) return sd__fail(env, SD_ERR_MODEL_FORMAT, "'%s': '%s' must be an object", path, c->key);
    }
    return SD_OK;
}

static sd_result sd__model_open_checkpoint(sd__env *env, const char *path, int separate_vae, sd__model *m) {
    char *sidecar_path = NULL;
    sd_result r;
    if ((r = sd__st_open(env, path, &m->checkpoint)) == SD_OK && (r = sd__load_sidecar(env, path, &m->config_doc, &sidecar_path)) == SD_OK)
        r = sd__model_from_checkpoint(env, m, m->config_doc.nodes, sidecar_path, separate_vae);
    sd__free(env, sidecar_path);
    return r;
}
