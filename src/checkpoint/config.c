/* ============================================================================================
   Model configs: diffusers' defaults, JSON readers, checks
   ============================================================================================ */
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
    if (m->unet.out_channels != m->vae.latent_channels)
        return sd__fail(env, SD_ERR_MODEL_MISMATCH, "the UNet works on %d channels but the VAE's latent_channels is %d",
                        m->unet.out_channels, m->vae.latent_channels);
    /* an inpainting UNet also reads the mask and the masked image's latents */
    if (m->unet.in_channels != m->unet.out_channels && m->unet.in_channels != 2 * m->unet.out_channels + 1)
        return sd__fail(env, SD_ERR_UNSUPPORTED,
                        "a UNet with %d input and %d output channels is not supported (an ordinary one has as many inputs as "
                        "outputs, an inpainting one 2 x outputs + 1; upscaling models are not supported)",
                        m->unet.in_channels, m->unet.out_channels);
    return SD_OK;
}
