/* ============================================================================================
   Checkpoint tensor names: original (CompVis / LDM) names to diffusers' canonical ones
   ============================================================================================ */
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
