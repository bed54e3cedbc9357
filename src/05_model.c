/* ============================================================================================
   Model: checkpoint layouts, configs and tensor views
   ============================================================================================ */
/* A model is three parts (text encoder, UNet, VAE), each a parsed config plus its tensors under
   diffusers' names, the canonical names the model code asks for. Two layouts are read:
   - a diffusers folder: unet/, vae/, text_encoder/, each with config.json and safetensors weights,
     plus the optional scheduler/scheduler_config.json and tokenizer/vocab.json + merges.txt;
   - one original-layout (CompVis / LDM / A1111) .safetensors checkpoint. Its config is inferred
     from tensor shapes; what shapes cannot tell (head counts, sample size, upcasting) comes from
     the SD 1 or SD 2 defaults, overridden by an optional sidecar next to the checkpoint,
     <path without .safetensors>.json = {"unet": {..}, "vae": {..}, "text_encoder": {..},
     "scheduler": {..}}, whose objects hold diffusers config keys.
   Original names are renamed as diffusers' loaders/single_file_utils.py does
   (convert_ldm_unet_checkpoint, convert_ldm_vae_checkpoint, convert_ldm_clip_checkpoint,
   convert_open_clip_checkpoint). The text encoder's canonical names carry no "text_model." prefix
   (the transformers >= 5 layout); lookups accept the prefix too.
   Tensors stay in the mapped files: a view only renames, reshapes (LDM's 1x1-conv VAE attention
   weights become linear [C, C]) or slices (OpenCLIP's fused in_proj [3C, C] becomes q, k, v). */
#define SD__MAX_LEVELS 8
#define SD__NAME_MAX 256
#define SD__LDM_UNET "model.diffusion_model."
#define SD__LDM_VAE "first_stage_model."
#define SD__LDM_CLIP "cond_stage_model.transformer."
#define SD__LDM_OPENCLIP "cond_stage_model.model."

typedef enum sd__part { SD__PART_TEXT, SD__PART_UNET, SD__PART_VAE, SD__PART_COUNT } sd__part;

typedef enum sd__layout {
    SD__LAYOUT_DIFFUSERS,   /* a diffusers folder */
    SD__LAYOUT_LDM_CLIP,    /* a single file with OpenAI CLIP as text encoder: the SD 1.x family */
    SD__LAYOUT_LDM_OPENCLIP /* a single file with OpenCLIP (cond_stage_model.model.*): the SD 2.x family */
} sd__layout;

/* UNet2DConditionModel. Per-level arrays are in down order (level 0 is the full resolution);
   up_blocks.i works on level levels-1-i and the mid block on level levels-1. Supported blocks:
   CrossAttnDownBlock2D / DownBlock2D, CrossAttnUpBlock2D / UpBlock2D, UNetMidBlock2DCrossAttn,
   positional time embedding, SiLU, 3x3 conv_in/conv_out, downsample padding 1. */
typedef struct sd__unet_config {
    int in_channels, out_channels;
    int sample_size;                        /* latent side; images are sample_size * 8 pixels */
    int levels;                             /* number of block_out_channels */
    int block_out_channels[SD__MAX_LEVELS];
    int layers_per_block;                   /* resnets per down level; up levels have one more */
    int down_attention[SD__MAX_LEVELS];     /* down_blocks.l is CrossAttnDownBlock2D (1) or DownBlock2D (0) */
    int up_attention[SD__MAX_LEVELS];       /* up_blocks.i (up order!) is CrossAttnUpBlock2D (1) or UpBlock2D (0) */
    int heads[SD__MAX_LEVELS];              /* attention heads of level l; head dim = channels / heads */
    int transformer_layers[SD__MAX_LEVELS]; /* transformer_blocks per attention of level l */
    int cross_attention_dim;                /* width of the text embeddings */
    int time_embed_dim;                     /* 4 * block_out_channels[0] unless time_embedding_dim is set */
    int norm_num_groups;
    float norm_eps;
    int use_linear_projection;              /* proj_in/proj_out are linear [C, C], else 1x1 convs [C, C, 1, 1] */
    int upcast_attention;                   /* compute attention scores in float32 */
    int flip_sin_to_cos;
    float freq_shift;
} sd__unet_config;

/* AutoencoderKL: DownEncoderBlock2D / UpDecoderBlock2D levels, SiLU, group norms with eps 1e-6,
   one single-head attention in each mid block when mid_block_add_attention. */
typedef struct sd__vae_config {
    int in_channels, out_channels, latent_channels;
    int sample_size;                        /* image side */
    int levels;
    int block_out_channels[SD__MAX_LEVELS]; /* encoder down order; the decoder's up_blocks.i has level levels-1-i */
    int layers_per_block;                   /* encoder resnets per level; decoder levels have one more */
    int norm_num_groups;
    float scaling_factor;
    int use_quant_conv, use_post_quant_conv;
    int mid_block_add_attention;
} sd__vae_config;

/* CLIPTextModel (causal self-attention, final layer norm). */
typedef struct sd__text_config {
    int vocab_size, hidden_size, intermediate_size;
    int num_attention_heads, num_hidden_layers, max_position_embeddings;
    int quick_gelu;                         /* hidden_act: 1 quick_gelu (SD 1), 0 gelu (SD 2) */
    float layer_norm_eps;
} sd__text_config;

typedef struct sd__model_view {
    sd__st_tensor tensor;   /* name: the canonical name; data: inside the mapped file */
    const char *source;     /* the tensor's name in the file */
} sd__model_view;

typedef struct sd__model {
    sd__layout layout;
    sd__text_config text;
    sd__unet_config unet;
    sd__vae_config vae;
    /* The scheduler's config object (diffusers scheduler_config.json keys): the folder's
       scheduler/scheduler_config.json or the sidecar's "scheduler". NULL when there is none; then
       use diffusers' defaults for the layout (SD 2 single files load SD 2.1's v-prediction config
       in diffusers). Points into config_doc. */
    const sd__json *scheduler;
    char *vocab_path, *merges_path;        /* tokenizer/vocab.json and merges.txt when both exist, else NULL */
    char *pad_token;                       /* the tokenizer's padding token when it is not EOS ("!" in SD 2.x), else NULL */
    /* storage */
    sd__st_file checkpoint;                /* single-file layout */
    sd__st_file part_files[SD__PART_COUNT];/* folder layout */
    sd__model_view *views[SD__PART_COUNT]; /* sorted by canonical name */
    size_t view_count[SD__PART_COUNT];
    char *names;                           /* canonical names of all views */
    sd__json_doc config_doc;               /* scheduler_config.json or the sidecar */
} sd__model;

static const char *const sd__part_names[SD__PART_COUNT] = {"text_encoder", "unet", "vae"};

/* --------------------------------------------------------------------------------------------
   Names
   -------------------------------------------------------------------------------------------- */
/* s past prefix, or NULL when s does not start with it. */
static const char *sd__after(const char *s, const char *prefix) {
    size_t n = strlen(prefix);
    return strncmp(s, prefix, n) == 0 ? s + n : NULL;
}

/* Reads "<digits>." at *s and moves past it; -1 (and *s unchanged) when absent. */
static int sd__take_index(const char **s) {
    const char *p = *s;
    int v = 0;
    if (*p < '0' || *p > '9') return -1;
    while (*p >= '0' && *p <= '9') {
        if (v > 99999) return -1;
        v = v * 10 + (*p++ - '0');
    }
    if (*p != '.') return -1;
    *s = p + 1;
    return v;
}

/* Formats a tensor name into dst[SD__NAME_MAX]; 0 when it does not fit. */
static int sd__format_name(char *dst, const char *fmt, ...) SD__PRINTF(2, 3);
static int sd__format_name(char *dst, const char *fmt, ...) {
    va_list ap;
    int n;
    va_start(ap, fmt);
    n = vsnprintf(dst, SD__NAME_MAX, fmt, ap);
    va_end(ap);
    return n >= 0 && n < SD__NAME_MAX;
}

typedef struct sd__rename {
    const char *from, *to;
} sd__rename;

/* prefix + rest, with rest's leading component renamed by the first table entry it starts with
   (and kept when none matches, as diffusers' str.replace chains do). 0 when it does not fit. */
static int sd__renamed(char *dst, const char *prefix, const char *rest, const sd__rename *table, size_t count) {
    size_t i;
    for (i = 0; i < count; i++) {
        const char *tail = sd__after(rest, table[i].from);
        if (tail) return sd__format_name(dst, "%s%s%s", prefix, table[i].to, tail);
    }
    return sd__format_name(dst, "%s%s", prefix, rest);
}

static const sd__rename sd__ldm_unet_resnet[] = {
    {"in_layers.0.", "norm1."},  {"in_layers.2.", "conv1."},          {"out_layers.0.", "norm2."},
    {"out_layers.3.", "conv2."}, {"emb_layers.1.", "time_emb_proj."}, {"skip_connection.", "conv_shortcut."}};
static const sd__rename sd__ldm_vae_resnet[] = {{"nin_shortcut.", "conv_shortcut."}};
static const sd__rename sd__ldm_vae_attention[] = {
    {"norm.", "group_norm."}, {"q.", "to_q."}, {"k.", "to_k."}, {"v.", "to_v."}, {"proj_out.", "to_out.0."}};

/* One source tensor becomes 0 views (not a model weight), 1, or 3 (a fused q/k/v split in rows). */
typedef struct sd__name_map {
    sd__part part;
    int count;
    char names[3][SD__NAME_MAX];
} sd__name_map;

/* s: a name after "model.diffusion_model.". Block indices depend on layers_per_block. */
static int sd__map_ldm_unet(const sd__unet_config *u, const char *s, char *dst) {
    static const sd__rename top[] = {
        {"time_embed.0.", "time_embedding.linear_1."}, {"time_embed.2.", "time_embedding.linear_2."},
        {"input_blocks.0.0.", "conv_in."}, {"out.0.", "conv_norm_out."}, {"out.2.", "conv_out."}};
    char prefix[SD__NAME_MAX];
    const char *rest;
    int per_level = u->layers_per_block + 1, n, k;
    size_t i;
    for (i = 0; i < SD__COUNT(top); i++)
        if ((rest = sd__after(s, top[i].from)) != NULL) return sd__format_name(dst, "%s%s", top[i].to, rest);
    if (per_level < 1) return 0;
    if ((rest = sd__after(s, "input_blocks.")) != NULL) {
        if ((n = sd__take_index(&rest)) < 1 || (k = sd__take_index(&rest)) < 0) return 0;
        if (k == 0 && sd__after(rest, "op."))
            return sd__format_name(dst, "down_blocks.%d.downsamplers.0.conv.%s", (n - 1) / per_level, rest + 3);
        if (k == 0)
            return sd__format_name(prefix, "down_blocks.%d.resnets.%d.", (n - 1) / per_level, (n - 1) % per_level) &&
                   sd__renamed(dst, prefix, rest, sd__ldm_unet_resnet, SD__COUNT(sd__ldm_unet_resnet));
        if (k == 1)
            return sd__format_name(dst, "down_blocks.%d.attentions.%d.%s", (n - 1) / per_level, (n - 1) % per_level, rest);
        return 0;
    }
    if ((rest = sd__after(s, "middle_block.")) != NULL) {
        k = sd__take_index(&rest);
        if (k == 0 || k == 2)
            return sd__format_name(prefix, "mid_block.resnets.%d.", k / 2) &&
                   sd__renamed(dst, prefix, rest, sd__ldm_unet_resnet, SD__COUNT(sd__ldm_unet_resnet));
        if (k == 1) return sd__format_name(dst, "mid_block.attentions.0.%s", rest);
        return 0;
    }
    if ((rest = sd__after(s, "output_blocks.")) != NULL) {
        if ((n = sd__take_index(&rest)) < 0 || (k = sd__take_index(&rest)) < 0) return 0;
        if (k == 0)
            return sd__format_name(prefix, "up_blocks.%d.resnets.%d.", n / per_level, n % per_level) &&
                   sd__renamed(dst, prefix, rest, sd__ldm_unet_resnet, SD__COUNT(sd__ldm_unet_resnet));
        if ((k == 1 || k == 2) && sd__after(rest, "conv."))
            return sd__format_name(dst, "up_blocks.%d.upsamplers.0.conv.%s", n / per_level, rest + 5);
        if (k == 1) return sd__format_name(dst, "up_blocks.%d.attentions.%d.%s", n / per_level, n % per_level, rest);
        return 0;
    }
    return 0;
}

/* s: a name after "first_stage_model.". The decoder's up.i is diffusers' up_blocks.(levels-1-i). */
static int sd__map_ldm_vae(const sd__vae_config *v, const char *s, char *dst) {
    char prefix[SD__NAME_MAX];
    const char *rest, *side;
    int i, j;
    if (sd__after(s, "quant_conv.") || sd__after(s, "post_quant_conv.")) return sd__format_name(dst, "%s", s);
    if ((rest = sd__after(s, "encoder.")) != NULL) side = "encoder.";
    else if ((rest = sd__after(s, "decoder.")) != NULL) side = "decoder.";
    else return 0;
    if (sd__after(rest, "conv_in.") || sd__after(rest, "conv_out.")) return sd__format_name(dst, "%s", s);
    if (sd__after(rest, "norm_out.")) return sd__format_name(dst, "%sconv_norm_out.%s", side, rest + 9);
    if (sd__after(rest, "mid.block_1.") || sd__after(rest, "mid.block_2."))
        return sd__format_name(prefix, "%smid_block.resnets.%d.", side, rest[10] - '1') &&
               sd__renamed(dst, prefix, rest + 12, sd__ldm_vae_resnet, SD__COUNT(sd__ldm_vae_resnet));
    if (sd__after(rest, "mid.attn_1."))
        return sd__format_name(prefix, "%smid_block.attentions.0.", side) &&
               sd__renamed(dst, prefix, rest + 11, sd__ldm_vae_attention, SD__COUNT(sd__ldm_vae_attention));
    if (side[0] == 'e' && (rest = sd__after(rest, "down.")) != NULL && (i = sd__take_index(&rest)) >= 0) {
        if (sd__after(rest, "downsample.conv."))
            return sd__format_name(dst, "encoder.down_blocks.%d.downsamplers.0.conv.%s", i, rest + 16);
        if ((rest = sd__after(rest, "block.")) != NULL && (j = sd__take_index(&rest)) >= 0)
            return sd__format_name(prefix, "encoder.down_blocks.%d.resnets.%d.", i, j) &&
                   sd__renamed(dst, prefix, rest, sd__ldm_vae_resnet, SD__COUNT(sd__ldm_vae_resnet));
        return 0;
    }
    if (side[0] == 'd' && (rest = sd__after(rest, "up.")) != NULL && (i = sd__take_index(&rest)) >= 0) {
        if (i >= v->levels) return 0;
        i = v->levels - 1 - i;
        if (sd__after(rest, "upsample.conv."))
            return sd__format_name(dst, "decoder.up_blocks.%d.upsamplers.0.conv.%s", i, rest + 14);
        if ((rest = sd__after(rest, "block.")) != NULL && (j = sd__take_index(&rest)) >= 0)
            return sd__format_name(prefix, "decoder.up_blocks.%d.resnets.%d.", i, j) &&
                   sd__renamed(dst, prefix, rest, sd__ldm_vae_resnet, SD__COUNT(sd__ldm_vae_resnet));
    }
    return 0;
}

/* s: a name after "cond_stage_model.model.". Returns the number of names (3 for in_proj). */
static int sd__map_ldm_openclip(const char *s, char names[3][SD__NAME_MAX]) {
    static const sd__rename top[] = {{"token_embedding.", "embeddings.token_embedding."}, {"ln_final.", "final_layer_norm."}};
    static const sd__rename layer[] = {{"ln_1.", "layer_norm1."}, {"ln_2.", "layer_norm2."}, {"mlp.c_fc.", "mlp.fc1."},
                                       {"mlp.c_proj.", "mlp.fc2."}, {"attn.out_proj.", "self_attn.out_proj."}};
    static const char *const qkv[3] = {"q", "k", "v"};
    char prefix[SD__NAME_MAX];
    const char *rest;
    int n, i;
    size_t k;
    for (k = 0; k < SD__COUNT(top); k++)
        if ((rest = sd__after(s, top[k].from)) != NULL) return sd__format_name(names[0], "%s%s", top[k].to, rest);
    if (strcmp(s, "positional_embedding") == 0) return sd__format_name(names[0], "embeddings.position_embedding.weight");
    if ((rest = sd__after(s, "transformer.resblocks.")) == NULL || (n = sd__take_index(&rest)) < 0) return 0;
    if (strcmp(rest, "attn.in_proj_weight") == 0 || strcmp(rest, "attn.in_proj_bias") == 0) {
        for (i = 0; i < 3; i++)
            if (!sd__format_name(names[i], "encoder.layers.%d.self_attn.%s_proj.%s", n, qkv[i], rest + 13)) return 0;
        return 3;
    }
    return sd__format_name(prefix, "encoder.layers.%d.", n) && sd__renamed(names[0], prefix, rest, layer, SD__COUNT(layer));
}

/* Canonical names for a tensor of the single file; the mapping needs the UNet's layers_per_block
   and the VAE's levels, so it runs after the configs are known. */
static void sd__map_ldm_name(const sd__model *m, const char *name, sd__name_map *out) {
    const char *rest;
    out->count = 0;
    if ((rest = sd__after(name, SD__LDM_UNET)) != NULL) {
        out->part = SD__PART_UNET;
        out->count = sd__map_ldm_unet(&m->unet, rest, out->names[0]);
    } else if ((rest = sd__after(name, SD__LDM_VAE)) != NULL) {
        out->part = SD__PART_VAE;
        out->count = sd__map_ldm_vae(&m->vae, rest, out->names[0]);
    } else if (m->layout == SD__LAYOUT_LDM_CLIP && (rest = sd__after(name, SD__LDM_CLIP)) != NULL) {
        const char *inner = sd__after(rest, "text_model.");
        out->part = SD__PART_TEXT;
        out->count = sd__format_name(out->names[0], "%s", inner ? inner : rest);
    } else if (m->layout == SD__LAYOUT_LDM_OPENCLIP && (rest = sd__after(name, SD__LDM_OPENCLIP)) != NULL) {
        out->part = SD__PART_TEXT;
        out->count = sd__map_ldm_openclip(rest, out->names);
    }
}

/* Canonical names for a tensor of a folder's part file: transformers < 5 wrote "text_model.",
   diffusers < 0.14 named the VAE attention query/key/value/proj_attn. */
static void sd__map_folder_name(sd__part part, const char *name, sd__name_map *out) {
    static const sd__rename old_attention[] = {{"query.", "to_q."}, {"key.", "to_k."}, {"value.", "to_v."}, {"proj_attn.", "to_out.0."}};
    static const char *const mids[2] = {"encoder.mid_block.attentions.0.", "decoder.mid_block.attentions.0."};
    const char *rest;
    int i;
    out->part = part;
    if (part == SD__PART_TEXT && (rest = sd__after(name, "text_model.")) != NULL) name = rest;
    for (i = 0; part == SD__PART_VAE && i < 2; i++)
        if ((rest = sd__after(name, mids[i])) != NULL) {
            out->count = sd__renamed(out->names[0], mids[i], rest, old_attention, SD__COUNT(old_attention));
            return;
        }
    out->count = sd__format_name(out->names[0], "%s", name);
}

/* VAE attention weights are linear in diffusers; LDM stores them as 1x1 convs. */
static int sd__is_vae_attention_weight(const char *name) {
    static const char *const ends[] = {".to_q.weight", ".to_k.weight", ".to_v.weight", ".to_out.0.weight"};
    size_t n = strlen(name), i;
    if (!strstr(name, "mid_block.attentions.0.")) return 0;
    for (i = 0; i < SD__COUNT(ends); i++)
        if (n >= strlen(ends[i]) && strcmp(name + n - strlen(ends[i]), ends[i]) == 0) return 1;
    return 0;
}

/* --------------------------------------------------------------------------------------------
   Configs: diffusers' defaults, JSON readers, checks
   -------------------------------------------------------------------------------------------- */
/* The defaults of diffusers' UNet2DConditionModel, AutoencoderKL and transformers' CLIPTextConfig,
   which a config.json leaves out. (UNet sample_size has no default there; 64 is SD 1's.) */
static void sd__config_defaults(sd__model *m) {
    static const int unet_channels[4] = {320, 640, 1280, 1280};
    int i;
    memset(&m->unet, 0, sizeof m->unet);
    memset(&m->vae, 0, sizeof m->vae);
    memset(&m->text, 0, sizeof m->text);
    m->unet.in_channels = m->unet.out_channels = 4;
    m->unet.sample_size = 64;
    m->unet.levels = 4;
    for (i = 0; i < 4; i++) {
        m->unet.block_out_channels[i] = unet_channels[i];
        m->unet.down_attention[i] = i < 3;
        m->unet.up_attention[i] = i > 0;
        m->unet.heads[i] = 8;
        m->unet.transformer_layers[i] = 1;
    }
    m->unet.layers_per_block = 2;
    m->unet.cross_attention_dim = 1280;
    m->unet.time_embed_dim = 4 * 320;
    m->unet.norm_num_groups = 32;
    m->unet.norm_eps = 1e-5f;
    m->unet.flip_sin_to_cos = 1;
    m->vae.in_channels = m->vae.out_channels = 3;
    m->vae.latent_channels = 4;
    m->vae.sample_size = 32;
    m->vae.levels = 1;
    m->vae.block_out_channels[0] = 64;
    m->vae.layers_per_block = 1;
    m->vae.norm_num_groups = 32;
    m->vae.scaling_factor = 0.18215f;
    m->vae.use_quant_conv = m->vae.use_post_quant_conv = m->vae.mid_block_add_attention = 1;
    m->text.vocab_size = 49408;
    m->text.hidden_size = 512;
    m->text.intermediate_size = 2048;
    m->text.num_attention_heads = 8;
    m->text.num_hidden_layers = 12;
    m->text.max_position_embeddings = 77;
    m->text.quick_gelu = 1;
    m->text.layer_norm_eps = 1e-5f;
}

static const char *sd__json_type_name(sd__json_type type) {
    switch (type) {
    case SD__JSON_NULL: return "null";
    case SD__JSON_BOOL: return "a boolean";
    case SD__JSON_NUMBER: return "a number";
    case SD__JSON_STRING: return "a string";
    case SD__JSON_ARRAY: return "an array";
    case SD__JSON_OBJECT: return "an object";
    }
    return "?";
}

/* Each reader leaves *out alone when the key is absent or null (the default stays). */
static sd_result sd__cfg_int(sd__env *env, const sd__json *obj, const char *key, int *out) {
    long long v;
    if (!sd__json_get_int(obj, key, *out, &v)) return sd__fail(env, SD_ERR_MODEL_FORMAT, "'%s' must be an integer", key);
    if (v < INT_MIN || v > INT_MAX) return sd__fail(env, SD_ERR_MODEL_FORMAT, "'%s' = %lld is out of range", key, v);
    *out = (int)v;
    return SD_OK;
}
static sd_result sd__cfg_float(sd__env *env, const sd__json *obj, const char *key, float *out) {
    double v;
    if (!sd__json_get_number(obj, key, (double)*out, &v) || !(fabs(v) <= FLT_MAX))
        return sd__fail(env, SD_ERR_MODEL_FORMAT, "'%s' must be a finite number", key);
    *out = (float)v;
    return SD_OK;
}
static sd_result sd__cfg_bool(sd__env *env, const sd__json *obj, const char *key, int *out) {
    if (!sd__json_get_bool(obj, key, *out, out)) return sd__fail(env, SD_ERR_MODEL_FORMAT, "'%s' must be true or false", key);
    return SD_OK;
}

/* When a config changes the number of levels but leaves out a per-level key, a default that is
   the same on every level still applies (diffusers' scalar defaults); any other is an error. */
static sd_result sd__cfg_broadcast_default(sd__env *env, const char *key, int levels, int default_levels, int *out) {
    int i;
    if (levels == default_levels) return SD_OK;
    for (i = 1; i < default_levels; i++)
        if (out[i] != out[0])
            return sd__fail(env, SD_ERR_MODEL_FORMAT, "'%s' is needed: block_out_channels has %d entries, the default %d", key,
                            levels, default_levels);
    for (i = 1; i < levels; i++) out[i] = out[0];
    return SD_OK;
}

/* A per-level integer: one for all levels, or an array with one per level. */
static sd_result sd__cfg_levels(sd__env *env, const sd__json *obj, const char *key, int levels, int default_levels, int *out) {
    const sd__json *v = sd__json_get(obj, key), *c;
    int i;
    if (!v || v->type == SD__JSON_NULL) return sd__cfg_broadcast_default(env, key, levels, default_levels, out);
    if (v->type == SD__JSON_NUMBER) {
        if (!v->is_integer || v->integer < INT_MIN || v->integer > INT_MAX)
            return sd__fail(env, SD_ERR_MODEL_FORMAT, "'%s' must be an integer or an array of integers", key);
        for (i = 0; i < levels; i++) out[i] = (int)v->integer;
        return SD_OK;
    }
    if (v->type != SD__JSON_ARRAY) return sd__fail(env, SD_ERR_MODEL_FORMAT, "'%s' must be an integer or an array of integers", key);
    if (v->length != (size_t)levels)
        return sd__fail(env, SD_ERR_MODEL_FORMAT, "'%s' has %lu entries but block_out_channels has %d", key,
                        (unsigned long)v->length, levels);
    for (i = 0, c = v->child; c; c = c->next, i++) {
        if (c->type != SD__JSON_NUMBER || !c->is_integer || c->integer < INT_MIN || c->integer > INT_MAX)
            return sd__fail(env, SD_ERR_MODEL_FORMAT, "'%s' must be an integer or an array of integers", key);
        out[i] = (int)c->integer;
    }
    return SD_OK;
}

/* block_out_channels: sets the number of levels. */
static sd_result sd__cfg_channels(sd__env *env, const sd__json *obj, int *levels, int *out) {
    const sd__json *v = sd__json_get(obj, "block_out_channels"), *c;
    int i;
    if (!v || v->type == SD__JSON_NULL) return SD_OK;
    if (v->type != SD__JSON_ARRAY || v->length == 0)
        return sd__fail(env, SD_ERR_MODEL_FORMAT, "'block_out_channels' must be a non-empty array of integers");
    if (v->length > SD__MAX_LEVELS)
        return sd__fail(env, SD_ERR_UNSUPPORTED, "'block_out_channels' has %lu levels; at most %d are supported",
                        (unsigned long)v->length, SD__MAX_LEVELS);
    for (i = 0, c = v->child; c; c = c->next, i++) {
        if (c->type != SD__JSON_NUMBER || !c->is_integer || c->integer < INT_MIN || c->integer > INT_MAX)
            return sd__fail(env, SD_ERR_MODEL_FORMAT, "'block_out_channels' must be a non-empty array of integers");
        out[i] = (int)c->integer;
    }
    *levels = i;
    return SD_OK;
}

/* Block type names per level: out[l] = 1 for type_1, 0 for type_0 (NULL: only type_1 exists). */
static sd_result sd__cfg_block_types(sd__env *env, const sd__json *obj, const char *key, int levels, int default_levels,
                                     const char *type_1, const char *type_0, int *out) {
    const sd__json *v = sd__json_get(obj, key), *c;
    int i;
    if (!v || v->type == SD__JSON_NULL) return sd__cfg_broadcast_default(env, key, levels, default_levels, out);
    if (v->type != SD__JSON_ARRAY) return sd__fail(env, SD_ERR_MODEL_FORMAT, "'%s' must be an array of strings", key);
    if (v->length != (size_t)levels)
        return sd__fail(env, SD_ERR_MODEL_FORMAT, "'%s' has %lu entries but block_out_channels has %d", key,
                        (unsigned long)v->length, levels);
    for (i = 0, c = v->child; c; c = c->next, i++) {
        if (c->type != SD__JSON_STRING) return sd__fail(env, SD_ERR_MODEL_FORMAT, "'%s' must be an array of strings", key);
        if (strcmp(c->string, type_1) == 0) out[i] = 1;
        else if (type_0 && strcmp(c->string, type_0) == 0) out[i] = 0;
        else
            return sd__fail(env, SD_ERR_UNSUPPORTED, "'%s'[%d] = \"%s\" is not supported (only %s%s%s)", key, i, c->string,
                            type_1, type_0 ? " and " : "", type_0 ? type_0 : "");
    }
    return SD_OK;
}

/* Keys whose only supported value is diffusers' default; absent or null also means the default,
   except where null_is_default is 0. type SD__JSON_NULL: only null is supported. */
typedef struct sd__cfg_fixed {
    const char *key;
    sd__json_type type;
    const char *text;   /* STRING */
    double number;      /* NUMBER, BOOL (0 or 1) */
    int null_is_default;
} sd__cfg_fixed;

static const sd__cfg_fixed sd__unet_fixed[] = {
    {"_class_name", SD__JSON_STRING, "UNet2DConditionModel", 0, 1},
    {"act_fn", SD__JSON_STRING, "silu", 0, 1},
    {"attention_type", SD__JSON_STRING, "default", 0, 1},
    {"time_embedding_type", SD__JSON_STRING, "positional", 0, 1},
    {"resnet_time_scale_shift", SD__JSON_STRING, "default", 0, 1},
    {"mid_block_type", SD__JSON_STRING, "UNetMidBlock2DCrossAttn", 0, 0},
    {"center_input_sample", SD__JSON_BOOL, NULL, 0, 1},
    {"only_cross_attention", SD__JSON_BOOL, NULL, 0, 1},
    {"dual_cross_attention", SD__JSON_BOOL, NULL, 0, 1},
    {"resnet_skip_time_act", SD__JSON_BOOL, NULL, 0, 1},
    {"class_embeddings_concat", SD__JSON_BOOL, NULL, 0, 1},
    {"downsample_padding", SD__JSON_NUMBER, NULL, 1, 1},
    {"mid_block_scale_factor", SD__JSON_NUMBER, NULL, 1, 1},
    {"resnet_out_scale_factor", SD__JSON_NUMBER, NULL, 1, 1},
    {"conv_in_kernel", SD__JSON_NUMBER, NULL, 3, 1},
    {"conv_out_kernel", SD__JSON_NUMBER, NULL, 3, 1},
    {"class_embed_type", SD__JSON_NULL, NULL, 0, 1},
    {"num_class_embeds", SD__JSON_NULL, NULL, 0, 1},
    {"addition_embed_type", SD__JSON_NULL, NULL, 0, 1},
    {"addition_time_embed_dim", SD__JSON_NULL, NULL, 0, 1},
    {"projection_class_embeddings_input_dim", SD__JSON_NULL, NULL, 0, 1},
    {"time_cond_proj_dim", SD__JSON_NULL, NULL, 0, 1},
    {"encoder_hid_dim", SD__JSON_NULL, NULL, 0, 1},
    {"encoder_hid_dim_type", SD__JSON_NULL, NULL, 0, 1},
    {"cross_attention_norm", SD__JSON_NULL, NULL, 0, 1},
    {"timestep_post_act", SD__JSON_NULL, NULL, 0, 1},
    {"time_embedding_act_fn", SD__JSON_NULL, NULL, 0, 1},
    {"reverse_transformer_layers_per_block", SD__JSON_NULL, NULL, 0, 1}};

static const sd__cfg_fixed sd__vae_fixed[] = {
    {"_class_name", SD__JSON_STRING, "AutoencoderKL", 0, 1},
    {"act_fn", SD__JSON_STRING, "silu", 0, 1}};

static sd_result sd__cfg_check_fixed(sd__env *env, const sd__json *obj, const sd__cfg_fixed *table, size_t count) {
    size_t i;
    for (i = 0; i < count; i++) {
        const sd__cfg_fixed *f = &table[i];
        const sd__json *v = sd__json_get(obj, f->key);
        int ok;
        if (!v) continue;
        if (v->type == SD__JSON_NULL) {
            if (f->null_is_default) continue;
            return sd__fail(env, SD_ERR_UNSUPPORTED, "'%s' = null is not supported", f->key);
        }
        if (f->type == SD__JSON_NULL) return sd__fail(env, SD_ERR_UNSUPPORTED, "'%s' is not supported (only null)", f->key);
        if (v->type != f->type) return sd__fail(env, SD_ERR_MODEL_FORMAT, "'%s' must be %s", f->key, sd__json_type_name(f->type));
        if (f->type == SD__JSON_STRING) ok = strcmp(v->string, f->text) == 0;
        else if (f->type == SD__JSON_BOOL) ok = v->boolean == (int)f->number;
        else ok = v->number == f->number;
        if (!ok) {
            if (f->type == SD__JSON_STRING)
                return sd__fail(env, SD_ERR_UNSUPPORTED, "'%s' = \"%s\" is not supported (only \"%s\")", f->key, v->string, f->text);
            if (f->type == SD__JSON_BOOL)
                return sd__fail(env, SD_ERR_UNSUPPORTED, "'%s' = %s is not supported", f->key, v->boolean ? "true" : "false");
            return sd__fail(env, SD_ERR_UNSUPPORTED, "'%s' = %g is not supported (only %g)", f->key, v->number, f->number);
        }
    }
    return SD_OK;
}

static sd_result sd__unet_config_read(sd__env *env, const sd__json *obj, sd__unet_config *u) {
    const sd__json *heads = sd__json_get(obj, "num_attention_heads"), *time_dim = sd__json_get(obj, "time_embedding_dim");
    int default_levels = u->levels;
    sd_result r;
    if ((r = sd__cfg_check_fixed(env, obj, sd__unet_fixed, SD__COUNT(sd__unet_fixed))) != SD_OK ||
        (r = sd__cfg_int(env, obj, "in_channels", &u->in_channels)) != SD_OK ||
        (r = sd__cfg_int(env, obj, "out_channels", &u->out_channels)) != SD_OK ||
        (r = sd__cfg_int(env, obj, "sample_size", &u->sample_size)) != SD_OK ||
        (r = sd__cfg_int(env, obj, "layers_per_block", &u->layers_per_block)) != SD_OK ||
        (r = sd__cfg_int(env, obj, "cross_attention_dim", &u->cross_attention_dim)) != SD_OK ||
        (r = sd__cfg_int(env, obj, "norm_num_groups", &u->norm_num_groups)) != SD_OK ||
        (r = sd__cfg_float(env, obj, "norm_eps", &u->norm_eps)) != SD_OK ||
        (r = sd__cfg_float(env, obj, "freq_shift", &u->freq_shift)) != SD_OK ||
        (r = sd__cfg_bool(env, obj, "use_linear_projection", &u->use_linear_projection)) != SD_OK ||
        (r = sd__cfg_bool(env, obj, "upcast_attention", &u->upcast_attention)) != SD_OK ||
        (r = sd__cfg_bool(env, obj, "flip_sin_to_cos", &u->flip_sin_to_cos)) != SD_OK ||
        (r = sd__cfg_channels(env, obj, &u->levels, u->block_out_channels)) != SD_OK ||
        (r = sd__cfg_block_types(env, obj, "down_block_types", u->levels, default_levels, "CrossAttnDownBlock2D",
                                 "DownBlock2D", u->down_attention)) != SD_OK ||
        (r = sd__cfg_block_types(env, obj, "up_block_types", u->levels, default_levels, "CrossAttnUpBlock2D", "UpBlock2D",
                                 u->up_attention)) != SD_OK ||
        /* diffusers' quirk: num_attention_heads = num_attention_heads or attention_head_dim, and
           SD 1/2 configs only set attention_head_dim, which therefore holds the head count. */
        (r = sd__cfg_levels(env, obj, heads && heads->type != SD__JSON_NULL ? "num_attention_heads" : "attention_head_dim",
                            u->levels, default_levels, u->heads)) != SD_OK ||
        (r = sd__cfg_levels(env, obj, "transformer_layers_per_block", u->levels, default_levels, u->transformer_layers)) != SD_OK)
        return r;
    if (time_dim && time_dim->type != SD__JSON_NULL) return sd__cfg_int(env, obj, "time_embedding_dim", &u->time_embed_dim);
    if (sd__json_get(obj, "block_out_channels") && u->block_out_channels[0] <= INT_MAX / 4)
        u->time_embed_dim = 4 * u->block_out_channels[0];
    return SD_OK;
}

static sd_result sd__vae_config_read(sd__env *env, const sd__json *obj, sd__vae_config *v) {
    int default_levels = v->levels, types[SD__MAX_LEVELS], i;
    sd_result r;
    for (i = 0; i < SD__MAX_LEVELS; i++) types[i] = 1;
    if ((r = sd__cfg_check_fixed(env, obj, sd__vae_fixed, SD__COUNT(sd__vae_fixed))) != SD_OK ||
        (r = sd__cfg_int(env, obj, "in_channels", &v->in_channels)) != SD_OK ||
        (r = sd__cfg_int(env, obj, "out_channels", &v->out_channels)) != SD_OK ||
        (r = sd__cfg_int(env, obj, "latent_channels", &v->latent_channels)) != SD_OK ||
        (r = sd__cfg_int(env, obj, "sample_size", &v->sample_size)) != SD_OK ||
        (r = sd__cfg_int(env, obj, "layers_per_block", &v->layers_per_block)) != SD_OK ||
        (r = sd__cfg_int(env, obj, "norm_num_groups", &v->norm_num_groups)) != SD_OK ||
        (r = sd__cfg_float(env, obj, "scaling_factor", &v->scaling_factor)) != SD_OK ||
        (r = sd__cfg_bool(env, obj, "use_quant_conv", &v->use_quant_conv)) != SD_OK ||
        (r = sd__cfg_bool(env, obj, "use_post_quant_conv", &v->use_post_quant_conv)) != SD_OK ||
        (r = sd__cfg_bool(env, obj, "mid_block_add_attention", &v->mid_block_add_attention)) != SD_OK ||
        (r = sd__cfg_channels(env, obj, &v->levels, v->block_out_channels)) != SD_OK ||
        (r = sd__cfg_block_types(env, obj, "down_block_types", v->levels, default_levels, "DownEncoderBlock2D", NULL, types)) != SD_OK)
        return r;
    return sd__cfg_block_types(env, obj, "up_block_types", v->levels, default_levels, "UpDecoderBlock2D", NULL, types);
}

static sd_result sd__text_config_read(sd__env *env, const sd__json *obj, sd__text_config *c) {
    const sd__json *act = sd__json_get(obj, "hidden_act");
    sd_result r;
    if ((r = sd__cfg_int(env, obj, "vocab_size", &c->vocab_size)) != SD_OK ||
        (r = sd__cfg_int(env, obj, "hidden_size", &c->hidden_size)) != SD_OK ||
        (r = sd__cfg_int(env, obj, "intermediate_size", &c->intermediate_size)) != SD_OK ||
        (r = sd__cfg_int(env, obj, "num_attention_heads", &c->num_attention_heads)) != SD_OK ||
        (r = sd__cfg_int(env, obj, "num_hidden_layers", &c->num_hidden_layers)) != SD_OK ||
        (r = sd__cfg_int(env, obj, "max_position_embeddings", &c->max_position_embeddings)) != SD_OK ||
        (r = sd__cfg_float(env, obj, "layer_norm_eps", &c->layer_norm_eps)) != SD_OK)
        return r;
    if (!act || act->type == SD__JSON_NULL) return SD_OK;
    if (act->type != SD__JSON_STRING) return sd__fail(env, SD_ERR_MODEL_FORMAT, "'hidden_act' must be a string");
    if (strcmp(act->string, "quick_gelu") == 0) c->quick_gelu = 1;
    else if (strcmp(act->string, "gelu") == 0) c->quick_gelu = 0;
    else return sd__fail(env, SD_ERR_UNSUPPORTED, "'hidden_act' = \"%s\" is not supported (only quick_gelu and gelu)", act->string);
    return SD_OK;
}

/* Reads a diffusers config object over m's current values of that part. */
static sd_result sd__config_read(sd__env *env, sd__model *m, sd__part part, const sd__json *obj) {
    if (obj->type != SD__JSON_OBJECT) return sd__fail(env, SD_ERR_MODEL_FORMAT, "the config is not a JSON object");
    if (part == SD__PART_UNET) return sd__unet_config_read(env, obj, &m->unet);
    if (part == SD__PART_VAE) return sd__vae_config_read(env, obj, &m->vae);
    return sd__text_config_read(env, obj, &m->text);
}

/* Value limits keep every shape product far from overflow. */
#define SD__MAX_CHANNELS 65536
#define SD__MAX_LAYERS 1024

static sd_result sd__check_range(sd__env *env, const char *part, const char *key, int index, int value, int lo, int hi) {
    char name[64];
    if (value >= lo && value <= hi) return SD_OK;
    if (index >= 0) snprintf(name, sizeof name, "%s[%d]", key, index);
    else snprintf(name, sizeof name, "%s", key);
    return sd__fail(env, SD_ERR_MODEL_FORMAT, "%s config: '%s' = %d is out of range [%d, %d]", part, name, value, lo, hi);
}

/* Each level's channels must split into norm groups and, where it has attention, heads. */
static sd_result sd__check_levels(sd__env *env, const char *part, int levels, const int *channels, int groups) {
    int l;
    sd_result r;
    if ((r = sd__check_range(env, part, "norm_num_groups", -1, groups, 1, SD__MAX_CHANNELS)) != SD_OK) return r;
    for (l = 0; l < levels; l++) {
        if ((r = sd__check_range(env, part, "block_out_channels", l, channels[l], 1, SD__MAX_CHANNELS)) != SD_OK) return r;
        if (channels[l] % groups)
            return sd__fail(env, SD_ERR_MODEL_FORMAT, "%s config: norm_num_groups %d does not divide block_out_channels[%d] = %d",
                            part, groups, l, channels[l]);
    }
    return SD_OK;
}

static sd_result sd__check_heads(sd__env *env, const char *part, const char *key, const char *where, int channels, int heads) {
    if (heads >= 1 && heads <= channels && channels % heads == 0) return SD_OK;
    return sd__fail(env, SD_ERR_MODEL_FORMAT,
                    "%s config: %d attention heads do not divide the %d channels of %s; set '%s' (the head count) in "
                    "the config, or in the checkpoint's sidecar JSON", part, heads, channels, where, key);
}

static sd_result sd__unet_config_check(sd__env *env, const sd__unet_config *u) {
    const char *p = "unet";
    char where[32];
    int l, top;
    sd_result r;
    if ((r = sd__check_range(env, p, "block_out_channels (levels)", -1, u->levels, 1, SD__MAX_LEVELS)) != SD_OK ||
        (r = sd__check_levels(env, p, u->levels, u->block_out_channels, u->norm_num_groups)) != SD_OK ||
        (r = sd__check_range(env, p, "in_channels", -1, u->in_channels, 1, 1024)) != SD_OK ||
        (r = sd__check_range(env, p, "out_channels", -1, u->out_channels, 1, 1024)) != SD_OK ||
        (r = sd__check_range(env, p, "sample_size", -1, u->sample_size, 1, SD__MAX_CHANNELS)) != SD_OK ||
        (r = sd__check_range(env, p, "layers_per_block", -1, u->layers_per_block, 1, 64)) != SD_OK ||
        (r = sd__check_range(env, p, "cross_attention_dim", -1, u->cross_attention_dim, 1, SD__MAX_CHANNELS)) != SD_OK ||
        (r = sd__check_range(env, p, "time_embedding_dim", -1, u->time_embed_dim, 1, 4 * SD__MAX_CHANNELS)) != SD_OK)
        return r;
    if (!(u->norm_eps > 0)) return sd__fail(env, SD_ERR_MODEL_FORMAT, "unet config: 'norm_eps' must be positive");
    top = u->levels - 1;
    for (l = 0; l < u->levels; l++) {
        int attention = u->down_attention[l] || u->up_attention[top - l] || l == top; /* the mid block is on the top level */
        if (!attention) continue;
        snprintf(where, sizeof where, "level %d", l);
        if ((r = sd__check_heads(env, p, "attention_head_dim", where, u->block_out_channels[l], u->heads[l])) != SD_OK ||
            (r = sd__check_range(env, p, "transformer_layers_per_block", l, u->transformer_layers[l], 1, 64)) != SD_OK)
            return r;
    }
    return SD_OK;
}

static sd_result sd__vae_config_check(sd__env *env, const sd__vae_config *v) {
    const char *p = "vae";
    sd_result r;
    if ((r = sd__check_range(env, p, "block_out_channels (levels)", -1, v->levels, 1, SD__MAX_LEVELS)) != SD_OK ||
        (r = sd__check_levels(env, p, v->levels, v->block_out_channels, v->norm_num_groups)) != SD_OK ||
        (r = sd__check_range(env, p, "in_channels", -1, v->in_channels, 1, 1024)) != SD_OK ||
        (r = sd__check_range(env, p, "out_channels", -1, v->out_channels, 1, 1024)) != SD_OK ||
        (r = sd__check_range(env, p, "latent_channels", -1, v->latent_channels, 1, 1024)) != SD_OK ||
        (r = sd__check_range(env, p, "sample_size", -1, v->sample_size, 1, SD__MAX_CHANNELS)) != SD_OK ||
        (r = sd__check_range(env, p, "layers_per_block", -1, v->layers_per_block, 1, 64)) != SD_OK)
        return r;
    if (!(v->scaling_factor > 0)) return sd__fail(env, SD_ERR_MODEL_FORMAT, "vae config: 'scaling_factor' must be positive");
    return SD_OK;
}

static sd_result sd__text_config_check(sd__env *env, const sd__text_config *c) {
    const char *p = "text_encoder";
    sd_result r;
    if ((r = sd__check_range(env, p, "vocab_size", -1, c->vocab_size, 1, 1 << 24)) != SD_OK ||
        (r = sd__check_range(env, p, "hidden_size", -1, c->hidden_size, 1, SD__MAX_CHANNELS)) != SD_OK ||
        (r = sd__check_range(env, p, "intermediate_size", -1, c->intermediate_size, 1, 4 * SD__MAX_CHANNELS)) != SD_OK ||
        (r = sd__check_range(env, p, "num_hidden_layers", -1, c->num_hidden_layers, 1, SD__MAX_LAYERS)) != SD_OK ||
        (r = sd__check_range(env, p, "max_position_embeddings", -1, c->max_position_embeddings, 1, 1 << 20)) != SD_OK ||
        (r = sd__check_heads(env, p, "num_attention_heads", "the hidden size", c->hidden_size, c->num_attention_heads)) != SD_OK)
        return r;
    if (!(c->layer_norm_eps > 0)) return sd__fail(env, SD_ERR_MODEL_FORMAT, "text_encoder config: 'layer_norm_eps' must be positive");
    return SD_OK;
}

/* Every config on its own, then how the parts connect. */
static sd_result sd__model_check_configs(sd__env *env, const sd__model *m) {
    sd_result r;
    if ((r = sd__text_config_check(env, &m->text)) != SD_OK || (r = sd__unet_config_check(env, &m->unet)) != SD_OK ||
        (r = sd__vae_config_check(env, &m->vae)) != SD_OK)
        return r;
    if (m->unet.cross_attention_dim != m->text.hidden_size)
        return sd__fail(env, SD_ERR_MODEL_MISMATCH, "the UNet's cross_attention_dim %d differs from the text encoder's hidden_size %d",
                        m->unet.cross_attention_dim, m->text.hidden_size);
    if (m->unet.in_channels != m->unet.out_channels)
        return sd__fail(env, SD_ERR_UNSUPPORTED, "a UNet with %d input and %d output channels (inpainting, upscaling) is not supported",
                        m->unet.in_channels, m->unet.out_channels);
    if (m->unet.in_channels != m->vae.latent_channels)
        return sd__fail(env, SD_ERR_MODEL_MISMATCH, "the UNet works on %d channels but the VAE's latent_channels is %d",
                        m->unet.in_channels, m->vae.latent_channels);
    return SD_OK;
}

/* --------------------------------------------------------------------------------------------
   The tensors a config needs
   -------------------------------------------------------------------------------------------- */
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
        sd__emit(e, "attn1.to_q.weight", 2, c, c, 0, 0);
        sd__emit(e, "attn1.to_k.weight", 2, c, c, 0, 0);
        sd__emit(e, "attn1.to_v.weight", 2, c, c, 0, 0);
        sd__emit_linear(e, "attn1.to_out.0", c, c);
        sd__emit_norm(e, "norm2", c);
        sd__emit(e, "attn2.to_q.weight", 2, c, c, 0, 0);
        sd__emit(e, "attn2.to_k.weight", 2, c, ctx, 0, 0);
        sd__emit(e, "attn2.to_v.weight", 2, c, ctx, 0, 0);
        sd__emit_linear(e, "attn2.to_out.0", c, c);
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

static void sd__vae_expected(const sd__vae_config *v, sd__emitter *e) {
    const int *ch = v->block_out_channels;
    int L = v->levels, top = L - 1, i, j;
    long long z = v->latent_channels;
    size_t old, old2;
    old = sd__emit_push(e, "encoder.");
    sd__emit_conv(e, "conv_in", ch[0], v->in_channels, 3);
    for (i = 0; i < L; i++) {
        old2 = sd__emit_push(e, "down_blocks.%d.", i);
        for (j = 0; j < v->layers_per_block; j++) {
            size_t old3 = sd__emit_push(e, "resnets.%d.", j);
            sd__emit_resnet(e, j ? ch[i] : ch[i ? i - 1 : 0], ch[i], 0);
            sd__emit_pop(e, old3);
        }
        if (i < top) sd__emit_conv(e, "downsamplers.0.conv", ch[i], ch[i], 3);
        sd__emit_pop(e, old2);
    }
    sd__emit_vae_mid(e, v, ch[top]);
    sd__emit_norm(e, "conv_norm_out", ch[top]);
    sd__emit_conv(e, "conv_out", 2 * z, ch[top], 3);
    sd__emit_pop(e, old);
    if (v->use_quant_conv) sd__emit_conv(e, "quant_conv", 2 * z, 2 * z, 1);
    if (v->use_post_quant_conv) sd__emit_conv(e, "post_quant_conv", z, z, 1);
    old = sd__emit_push(e, "decoder.");
    sd__emit_conv(e, "conv_in", ch[top], z, 3);
    sd__emit_vae_mid(e, v, ch[top]);
    for (i = 0; i < L; i++) {
        int level = top - i, out = ch[level], prev = i ? ch[level + 1] : ch[top];
        old2 = sd__emit_push(e, "up_blocks.%d.", i);
        for (j = 0; j <= v->layers_per_block; j++) {
            size_t old3 = sd__emit_push(e, "resnets.%d.", j);
            sd__emit_resnet(e, j ? out : prev, out, 0);
            sd__emit_pop(e, old3);
        }
        if (i < top) sd__emit_conv(e, "upsamplers.0.conv", out, out, 3);
        sd__emit_pop(e, old2);
    }
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
static sd_result sd__model_views_pass(sd__env *env, sd__model *m, int fill, size_t *name_bytes) {
    sd__name_map map;
    int p, k;
    size_t i;
    int files = m->layout == SD__LAYOUT_DIFFUSERS ? SD__PART_COUNT : 1;
    for (p = 0; p < SD__PART_COUNT; p++) m->view_count[p] = 0;
    *name_bytes = 0;
    for (p = 0; p < files; p++) {
        const sd__st_file *f = m->layout == SD__LAYOUT_DIFFUSERS ? &m->part_files[p] : &m->checkpoint;
        for (i = 0; i < f->count; i++) {
            const sd__st_tensor *src = &f->tensors[i];
            if (m->layout == SD__LAYOUT_DIFFUSERS) sd__map_folder_name((sd__part)p, src->name, &map);
            else sd__map_ldm_name(m, src->name, &map);
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
    }
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

/* Converts a weight to float32 into dst (the product of shape floats) after checking it as
   sd__model_weight does, and checks that every value is finite. */
static sd_result sd__model_load_f32(sd__env *env, const sd__model *m, sd__part part, const char *name, int rank,
                                    const long long *shape, float *dst) {
    const sd__st_tensor *t;
    size_t bad;
    sd_result r = sd__model_weight(env, m, part, name, rank, shape, &t);
    if (r != SD_OK) return r;
    sd__st_to_f32(t, dst);
    /* a NaN or Inf weight poisons every image: say which one, before any work */
    if ((bad = sd__find_nonfinite(dst, t->count)) < t->count)
        return sd__fail(env, SD_ERR_NUMERIC, "%s: tensor '%s' holds %s at element %lu", sd__part_names[part], name,
                        dst[bad] != dst[bad] ? "NaN" : "Inf", (unsigned long)bad);
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

/* --------------------------------------------------------------------------------------------
   Single-file checkpoints: inferring the configs from shapes
   -------------------------------------------------------------------------------------------- */
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

static void sd__infer_vae(sd__model *m) {
    const sd__st_file *f = &m->checkpoint;
    sd__vae_config *v = &m->vae;
    const sd__st_tensor *t;
    int i;
    memset(v, 0, sizeof *v);
    v->in_channels = sd__dim_or(sd__st_find(f, SD__LDM_VAE "encoder.conv_in.weight"), 1, 3);
    while (v->levels < SD__MAX_LEVELS &&
           (t = sd__ckpt_find(f, SD__LDM_VAE "encoder.down.%d.block.0.conv1.weight", v->levels)) != NULL)
        v->block_out_channels[v->levels++] = sd__dim_or(t, 0, 0);
    while (v->layers_per_block < 64 && sd__ckpt_find(f, SD__LDM_VAE "encoder.down.0.block.%d.conv1.weight", v->layers_per_block))
        v->layers_per_block++;
    v->latent_channels = sd__dim_or(sd__st_find(f, SD__LDM_VAE "decoder.conv_in.weight"), 1, 4);
    v->out_channels = sd__dim_or(sd__st_find(f, SD__LDM_VAE "decoder.conv_out.weight"), 0, v->in_channels);
    v->use_quant_conv = sd__st_find(f, SD__LDM_VAE "quant_conv.weight") != NULL;
    v->use_post_quant_conv = sd__st_find(f, SD__LDM_VAE "post_quant_conv.weight") != NULL;
    v->mid_block_add_attention = sd__st_find(f, SD__LDM_VAE "encoder.mid.attn_1.q.weight") != NULL;
    v->norm_num_groups = 32;
    v->scaling_factor = 0.18215f;
    v->sample_size = m->unet.sample_size; /* the image side: the latent side times 2 per VAE level */
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

/* m->checkpoint holds the single file's tensors; sidecar (or NULL) the overrides read from path. */
static sd_result sd__model_from_checkpoint(sd__env *env, sd__model *m, const sd__json *sidecar, const char *sidecar_path) {
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
    if (!sd__st_find(f, SD__LDM_VAE "encoder.conv_in.weight"))
        return sd__fail(env, SD_ERR_MODEL_MISMATCH, "no VAE: the checkpoint has no '" SD__LDM_VAE "encoder.conv_in.weight'");
    /* the VAE's default sample size follows the UNet's, so each part is final before the next */
    sd__infer_unet(m);
    if ((r = sd__apply_sidecar(env, m, SD__PART_UNET, sidecar, sidecar_path)) != SD_OK) return r;
    sd__infer_vae(m);
    if ((r = sd__apply_sidecar(env, m, SD__PART_VAE, sidecar, sidecar_path)) != SD_OK) return r;
    sd__infer_text(m);
    if ((r = sd__apply_sidecar(env, m, SD__PART_TEXT, sidecar, sidecar_path)) != SD_OK) return r;
    m->scheduler = sd__json_get(sidecar, "scheduler");
    return sd__model_finish(env, m);
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

/* <checkpoint without .safetensors>.json, when it exists, into m->config_doc. */
static sd_result sd__load_sidecar(sd__env *env, const char *checkpoint_path, sd__model *m, char **sidecar_path) {
    static const char *const keys[] = {"unet", "vae", "text_encoder", "scheduler"};
    static const char suffix[] = ".safetensors";
    size_t n = strlen(checkpoint_path), keep = n, k;
    const sd__json *c;
    char *path;
    sd_result r;
    if (n >= sizeof suffix - 1 && strcmp(checkpoint_path + n - (sizeof suffix - 1), suffix) == 0) keep = n - (sizeof suffix - 1);
    *sidecar_path = path = (char *)sd__malloc(env, keep + 6);
    if (!path) return sd__oom(env);
    memcpy(path, checkpoint_path, keep);
    memcpy(path + keep, ".json", 6);
    if (!sd__is_file(path)) return SD_OK;
    if ((r = sd__read_json_object(env, path, &m->config_doc)) != SD_OK) return r;
    for (c = m->config_doc.nodes[0].child; c; c = c->next) {
        for (k = 0; k < SD__COUNT(keys) && strcmp(c->key, keys[k]) != 0; k++) {}
        if (k == SD__COUNT(keys))
            return sd__fail(env, SD_ERR_MODEL_FORMAT, "'%s': unknown key '%s' (expected unet, vae, text_encoder, scheduler)",
                            path, c->key);
        if (c->type != SD__JSON_OBJECT) return sd__fail(env, SD_ERR_MODEL_FORMAT, "'%s': '%s' must be an object", path, c->key);
    }
    return SD_OK;
}

static sd_result sd__model_open_checkpoint(sd__env *env, const char *path, sd__model *m) {
    char *sidecar_path = NULL;
    sd_result r;
    if ((r = sd__st_open(env, path, &m->checkpoint)) == SD_OK && (r = sd__load_sidecar(env, path, m, &sidecar_path)) == SD_OK)
        r = sd__model_from_checkpoint(env, m, m->config_doc.nodes, sidecar_path);
    sd__free(env, sidecar_path);
    return r;
}

/* --------------------------------------------------------------------------------------------
   Diffusers folders
   -------------------------------------------------------------------------------------------- */
static sd_result sd__open_folder_part(sd__env *env, const char *dir, sd__part part, sd__model *m) {
    static const char *const weight_files[] = {"diffusion_pytorch_model.safetensors", "model.safetensors",
                                               "diffusion_pytorch_model.fp16.safetensors", "model.fp16.safetensors"};
    char *part_dir = sd__path_join(env, dir, sd__part_names[part]), *config = NULL, *weights = NULL;
    sd__json_doc doc;
    sd_result r = SD_OK;
    size_t i;
    memset(&doc, 0, sizeof doc);
    if (!part_dir || !(config = sd__path_join(env, part_dir, "config.json"))) r = sd__oom(env);
    else if (!sd__is_dir(part_dir)) r = sd__fail(env, SD_ERR_IO, "the diffusers folder '%s' has no %s/ folder", dir, sd__part_names[part]);
    else if (!sd__is_file(config)) r = sd__fail(env, SD_ERR_IO, "'%s' is missing", config);
    else if ((r = sd__read_json_object(env, config, &doc)) == SD_OK && (r = sd__config_read(env, m, part, doc.nodes)) != SD_OK)
        sd__fail_context(env, config);
    for (i = 0; r == SD_OK && i < SD__COUNT(weight_files); i++) {
        if (!(weights = sd__path_join(env, part_dir, weight_files[i]))) r = sd__oom(env);
        else if (sd__is_file(weights)) break;
        sd__free(env, weights);
        weights = NULL;
    }
    if (r == SD_OK && !weights)
        r = sd__fail(env, SD_ERR_IO, "'%s' has no diffusion_pytorch_model.safetensors or model.safetensors (nor .fp16 "
                     "variant); other weight formats are not supported", part_dir);
    if (r == SD_OK) r = sd__st_open(env, weights, &m->part_files[part]);
    sd__json_free(env, &doc);
    sd__free(env, weights);
    sd__free(env, config);
    sd__free(env, part_dir);
    return r;
}

/* path/sub when that file exists (*out NULL when not). */
static sd_result sd__optional_file(sd__env *env, const char *dir, const char *sub, char **out) {
    *out = sd__path_join(env, dir, sub);
    if (!*out) return sd__oom(env);
    if (!sd__is_file(*out)) {
        sd__free(env, *out);
        *out = NULL;
    }
    return SD_OK;
}

/* The tokenizer's pad_token (a string, or an object with "content"), kept when it is not the end
   token: SD 2.x pads prompts with "!". As in transformers, special_tokens_map.json takes precedence
   over tokenizer_config.json. */
static sd_result sd__read_pad_token(sd__env *env, const char *dir, sd__model *m) {
    static const char *const files[2] = {"tokenizer/special_tokens_map.json", "tokenizer/tokenizer_config.json"};
    int f;
    for (f = 0; f < 2 && !m->pad_token; f++) {
        sd__json_doc doc;
        const sd__json *pad;
        char *path;
        sd_result r;
        int named;
        if ((r = sd__optional_file(env, dir, files[f], &path)) != SD_OK) return r;
        if (!path) continue;
        r = sd__read_json_object(env, path, &doc);
        sd__free(env, path);
        if (r != SD_OK) return r;
        pad = sd__json_get(doc.nodes, "pad_token");
        if (pad && pad->type == SD__JSON_OBJECT) pad = sd__json_get(pad, "content");
        if (pad && pad->type != SD__JSON_NULL && pad->type != SD__JSON_STRING)
            r = sd__fail(env, SD_ERR_MODEL_FORMAT, "%s: pad_token must be a string", files[f]);
        else if (pad && pad->type == SD__JSON_STRING && strcmp(pad->string, "<|endoftext|>") != 0 &&
                 !(m->pad_token = sd__strdup(env, pad->string)))
            r = sd__oom(env);
        named = pad && pad->type == SD__JSON_STRING;
        sd__json_free(env, &doc);
        if (r != SD_OK) return r;
        if (named) break; /* the first file that names it decides */
    }
    return SD_OK;
}


static sd_result sd__model_open_folder(sd__env *env, const char *dir, sd__model *m) {
    char *scheduler;
    sd_result r;
    int p;
    m->layout = SD__LAYOUT_DIFFUSERS;
    sd__config_defaults(m);
    for (p = 0; p < SD__PART_COUNT; p++)
        if ((r = sd__open_folder_part(env, dir, (sd__part)p, m)) != SD_OK) return r;
    if ((r = sd__optional_file(env, dir, "scheduler/scheduler_config.json", &scheduler)) != SD_OK) return r;
    if (scheduler) {
        r = sd__read_json_object(env, scheduler, &m->config_doc);
        sd__free(env, scheduler);
        if (r != SD_OK) return r;
        m->scheduler = m->config_doc.nodes;
    }
    if ((r = sd__optional_file(env, dir, "tokenizer/vocab.json", &m->vocab_path)) != SD_OK ||
        (r = sd__optional_file(env, dir, "tokenizer/merges.txt", &m->merges_path)) != SD_OK)
        return r;
    if (!m->vocab_path || !m->merges_path) { /* one without the other is no tokenizer */
        sd__free(env, m->vocab_path);
        sd__free(env, m->merges_path);
        m->vocab_path = m->merges_path = NULL;
    }
    if ((r = sd__read_pad_token(env, dir, m)) != SD_OK) return r;
    return sd__model_finish(env, m);
}

/* --------------------------------------------------------------------------------------------
   Opening and closing
   -------------------------------------------------------------------------------------------- */
static void sd__model_close(sd__env *env, sd__model *m) {
    int p;
    for (p = 0; p < SD__PART_COUNT; p++) {
        sd__st_close(env, &m->part_files[p]);
        sd__free(env, m->views[p]);
    }
    sd__st_close(env, &m->checkpoint);
    sd__free(env, m->names);
    sd__json_free(env, &m->config_doc);
    sd__free(env, m->vocab_path);
    sd__free(env, m->merges_path);
    sd__free(env, m->pad_token);
    memset(m, 0, sizeof *m);
}

/* Opens a single .safetensors checkpoint or a diffusers folder; on failure m holds nothing. */
static sd_result sd__model_open(sd__env *env, const char *path, sd__model *m) {
    sd_result r;
    memset(m, 0, sizeof *m);
    if (!path) return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "no model path");
    if (sd__is_dir(path)) r = sd__model_open_folder(env, path, m);
    else if (sd__is_file(path)) r = sd__model_open_checkpoint(env, path, m);
    else r = sd__fail(env, SD_ERR_IO, "model '%s' not found (expected a .safetensors checkpoint or a diffusers folder)", path);
    if (r != SD_OK) sd__model_close(env, m);
    return r;
}
