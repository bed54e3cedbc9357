/* ============================================================================================
   Diffusers folders; opening and closing a model
   ============================================================================================ */
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
    if (!m->vocab_path != !m->merges_path) /* one without the other is no tokenizer */
        return sd__fail(env, SD_ERR_MODEL_FORMAT, "'%s/tokenizer' has %s but no %s: give both files or neither (then the "
                        "built-in CLIP tokenizer is used)", dir, m->vocab_path ? "vocab.json" : "merges.txt",
                        m->vocab_path ? "merges.txt" : "vocab.json");
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
    else {
        const char *problem = sd__path_problem(path);
        r = sd__fail(env, SD_ERR_IO, "model '%s' is %s (expected a .safetensors checkpoint or a diffusers folder)", path,
                     problem ? problem : "neither a file nor a folder");
    }
    if (r != SD_OK) sd__model_close(env, m);
    return r;
}
