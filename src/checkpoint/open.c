/* ============================================================================================
   Diffusers folders; opening and closing a model
   ============================================================================================ */
/* A diffusers part folder (unet/, vae/, text_encoder/, or a VAE's own folder): its config.json into
   m's config of part and its weights into m->part_files[part]. */
static sd_result sd__open_part_dir(sd__env *env, const char *part_dir, sd__part part, sd__model *m) {
    static const char *const weight_files[] = {"diffusion_pytorch_model.safetensors", "model.safetensors",
                                               "diffusion_pytorch_model.fp16.safetensors", "model.fp16.safetensors"};
    char *config = sd__path_join(env, part_dir, "config.json"), *weights = NULL;
    sd__json_doc doc;
    sd_result r = SD_OK;
    size_t i;
    memset(&doc, 0, sizeof doc);
    if (!config) r = sd__oom(env);
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
    return r;
}

static sd_result sd__open_folder_part(sd__env *env, const char *dir, sd__part part, sd__model *m) {
    char *part_dir = sd__path_join(env, dir, sd__part_names[part]);
    sd_result r;
    if (!part_dir) return sd__oom(env);
    if (!sd__is_dir(part_dir)) r = sd__fail(env, SD_ERR_IO, "the diffusers folder '%s' has no %s/ folder", dir, sd__part_names[part]);
    else r = sd__open_part_dir(env, part_dir, part, m);
    sd__free(env, part_dir);
    return r;
}

/* path/sub when that file exists (*out NULL when nothing is there; see sd__optional_file_present). */
static sd_result sd__optional_file(sd__env *env, const char *dir, const char *sub, char **out) {
    sd_result r;
    int present;
    *out = sd__path_join(env, dir, sub);
    if (!*out) return sd__oom(env);
    if ((r = sd__optional_file_present(env, *out, &present)) != SD_OK || !present) {
        sd__free(env, *out);
        *out = NULL;
    }
    return r;
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


/* With separate_vae the folder's vae/ is not read (it may be missing). */
static sd_result sd__model_open_folder(sd__env *env, const char *dir, int separate_vae, sd__model *m) {
    char *scheduler;
    sd_result r;
    int p;
    m->layout = SD__LAYOUT_DIFFUSERS;
    sd__config_defaults(m);
    for (p = 0; p < SD__PART_COUNT; p++)
        if ((p != SD__PART_VAE || !separate_vae) && (r = sd__open_folder_part(env, dir, (sd__part)p, m)) != SD_OK) return r;
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
    if (!m->vocab_path != !m->merges_path) /* one without the other is no tokenizer */
        return sd__fail(env, SD_ERR_MODEL_FORMAT, "'%s/tokenizer' has %s but no %s: give both files or neither (then the "
                        "built-in CLIP tokenizer is used)", dir, m->vocab_path ? "vocab.json" : "merges.txt",
                        m->vocab_path ? "merges.txt" : "vocab.json");
    return sd__read_pad_token(env, dir, m);
}

/* A separate VAE file's sidecar (<file without .safetensors>.json, as a checkpoint's), whose "vae"
   object overrides what its shapes cannot tell (norm_num_groups, scaling_factor, ...); a whole
   checkpoint's sidecar may hold its other parts too, which do not matter here. */
static sd_result sd__apply_vae_sidecar(sd__env *env, const char *path, sd__model *m) {
    sd__json_doc doc;
    char *sidecar_path = NULL;
    sd_result r;
    memset(&doc, 0, sizeof doc);
    if ((r = sd__load_sidecar(env, path, &doc, &sidecar_path)) == SD_OK && doc.nodes)
        r = sd__apply_sidecar(env, m, SD__PART_VAE, doc.nodes, sidecar_path);
    sd__json_free(env, &doc);
    sd__free(env, sidecar_path);
    return r;
}

/* A VAE of its own in place of the model's: a diffusers folder (the VAE's, with config.json, or a
   whole pipeline's, with vae/), or a single file under LDM names (vae-ft-mse-840000's, without
   prefix, or a checkpoint's "first_stage_model."). It must work on the UNet's latent channels and,
   where its config says, with the model's scaling factor. */
static sd_result sd__model_open_vae(sd__env *env, const char *path, sd__model *m) {
    const sd__vae_config model_vae = m->vae;
    const char *problem;
    sd_result r;
    if (sd__is_dir(path)) {
        char *vae_dir = sd__path_join(env, path, "vae"), *config = sd__path_join(env, path, "config.json");
        if (!vae_dir || !config) r = sd__oom(env);
        else r = sd__open_part_dir(env, sd__is_file(config) || !sd__is_dir(vae_dir) ? path : vae_dir, SD__PART_VAE, m);
        sd__free(env, vae_dir);
        sd__free(env, config);
    } else if (sd__is_file(path)) {
        static const char *const prefixes[] = {"", SD__LDM_VAE};
        size_t i;
        if ((r = sd__st_open(env, path, &m->vae_file)) != SD_OK) return r;
        for (i = 0; i < SD__COUNT(prefixes) && !m->vae_prefix; i++)
            if (sd__ckpt_find(&m->vae_file, "%sencoder.down.0.block.0.conv1.weight", prefixes[i]) &&
                sd__ckpt_find(&m->vae_file, "%sdecoder.conv_in.weight", prefixes[i]))
                m->vae_prefix = prefixes[i];
        if (!m->vae_prefix)
            return sd__fail(env, SD_ERR_MODEL_MISMATCH, "VAE '%s' is not a VAE in the original (LDM) layout: it has no "
                            "'encoder.down.0.block.0.conv1.weight' and 'decoder.conv_in.weight' (nor with 'first_stage_model.')%s", path,
                            sd__st_find(&m->vae_file, "encoder.down_blocks.0.resnets.0.conv1.weight")
                                ? " (it has diffusers' names: give the folder with its config.json)" : "");
        sd__infer_vae(&m->vae_file, m->vae_prefix, m->unet.sample_size, &m->vae);
        m->vae.scaling_factor = model_vae.scaling_factor; /* a single file does not say, */
        r = sd__apply_vae_sidecar(env, path, m);          /* unless its sidecar does */
    } else {
        problem = sd__path_problem(path);
        return sd__fail(env, SD_ERR_IO, "VAE '%s' is %s (expected a .safetensors file or a diffusers folder)", path,
                        problem ? problem : "neither a file nor a folder");
    }
    if (r != SD_OK) return sd__fail_context(env, path);
    if (m->vae.latent_channels != m->unet.out_channels)
        return sd__fail(env, SD_ERR_MODEL_MISMATCH, "VAE '%s' has %d latent channels but the model's UNet works on %d: it belongs to "
                        "another model family", path, m->vae.latent_channels, m->unet.out_channels);
    if (m->vae.scaling_factor != model_vae.scaling_factor)
        return sd__fail(env, SD_ERR_MODEL_MISMATCH, "VAE '%s' has scaling_factor %g but the model's is %g: it belongs to another "
                        "model family", path, (double)m->vae.scaling_factor, (double)model_vae.scaling_factor);
    sd__log(env, SD_LOG_INFO, "the VAE is '%s'", path);
    return SD_OK;
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
    sd__st_close(env, &m->vae_file);
    sd__free(env, m->names);
    sd__json_free(env, &m->config_doc);
    sd__free(env, m->vocab_path);
    sd__free(env, m->merges_path);
    sd__free(env, m->pad_token);
    memset(m, 0, sizeof *m);
}

/* Opens a single .safetensors checkpoint or a diffusers folder, with the VAE at vae_path instead of
   its own when vae_path is not NULL; on failure m holds nothing. */
static sd_result sd__model_open(sd__env *env, const char *path, const char *vae_path, sd__model *m) {
    sd_result r;
    memset(m, 0, sizeof *m);
    if (!path) return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "no model path");
    if (sd__is_dir(path)) r = sd__model_open_folder(env, path, vae_path != NULL, m);
    else if (sd__is_file(path)) r = sd__model_open_checkpoint(env, path, vae_path != NULL, m);
    else {
        const char *problem = sd__path_problem(path);
        r = sd__fail(env, SD_ERR_IO, "model '%s' is %s (expected a .safetensors checkpoint or a diffusers folder)", path,
                     problem ? problem : "neither a file nor a folder");
    }
    if (r == SD_OK && vae_path) r = sd__model_open_vae(env, vae_path, m);
    if (r == SD_OK) r = sd__model_finish(env, m);
    if (r != SD_OK) sd__model_close(env, m);
    return r;
}
