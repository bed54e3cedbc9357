/* Tests of the model section: both layouts of the tiny model, the full-size SD 1.5 inventory
   (names and shapes only), the single-file name mapping, and one bad input per check. */

/* A tensor of a part by canonical diffusers name, or NULL. The view's data points into the mapped
   file and may be unaligned; dtype is the file's (sd__st_to_f32 converts). */
static const sd__st_tensor *sd_test_model_tensor(const sd__model *m, sd__part part, const char *name) {
    const sd__model_view *v = sd__model_find_view(m, part, name);
    return v ? &v->tensor : NULL;
}


/* Opens a model; on failure records the message. */
static int sd_test_model_open(sd_tester *t, sd__env *env, const char *path, sd__model *m) {
    sd__clear_error(env);
    if (sd__model_open(env, path, NULL, m) != SD_OK) {
        sd_test_fail_at(t, __FILE__, __LINE__, "open '%s': %s", path, env->message);
        return 0;
    }
    return 1;
}

/* ---- the two layouts of the tiny model hold the same model ---- */
typedef struct sd_test_pair {
    sd_tester *t;
    sd__env *env;
    const sd__model *a, *b;
    sd__part part;
    size_t count, elements;
} sd_test_pair;

static int sd_test_compare_visit(void *user, const char *name, int rank, const long long *shape) {
    sd_test_pair *p = (sd_test_pair *)user;
    sd_tester *t = p->t;
    size_t n = 1;
    float *x, *y;
    int i;
    sd_result ra, rb;
    for (i = 0; i < rank; i++) n *= (size_t)shape[i];
    x = (float *)calloc(n, sizeof(float));
    y = (float *)calloc(n, sizeof(float));
    ra = sd__model_load_f32(p->env, p->a, p->part, name, rank, shape, x);
    rb = sd__model_load_f32(p->env, p->b, p->part, name, rank, shape, y);
    CHECK(ra == SD_OK && rb == SD_OK, "%s '%s': %s", sd__part_names[p->part], name, p->env->message);
    CHECK(memcmp(x, y, n * sizeof(float)) == 0, "%s '%s' differs between the layouts", sd__part_names[p->part], name);
    free(x);
    free(y);
    p->count++;
    p->elements += n;
    return 0;
}

static void test_model_tiny_layouts_agree(sd_tester *t) {
    sd__env env = sd_test_env();
    sd__model single, folder;
    sd_test_pair pair;
    const sd__st_tensor *q;
    float scratch[64];
    long long wrong[2] = {64, 63};
    int p, ok;
    REQUIRE(sd_test_model_open(t, &env, TEST_DATA "/tiny-sd.safetensors", &single), "single file");
    if (!sd_test_model_open(t, &env, TINY_SD_FOLDER, &folder)) {
        sd__model_close(&env, &single);
        return;
    }
    CHECK(single.layout == SD__LAYOUT_LDM_CLIP && folder.layout == SD__LAYOUT_DIFFUSERS, "layouts %d %d", single.layout, folder.layout);
    /* every config field is an int or a float and the structs are zeroed first: memcmp is exact */
    CHECK(memcmp(&single.unet, &folder.unet, sizeof single.unet) == 0, "unet configs differ");
    CHECK(memcmp(&single.vae, &folder.vae, sizeof single.vae) == 0, "vae configs differ");
    CHECK(memcmp(&single.text, &folder.text, sizeof single.text) == 0, "text configs differ");
    CHECK(folder.unet.levels == 4 && folder.unet.block_out_channels[1] == 64 && folder.unet.heads[0] == 2 &&
              folder.unet.down_attention[2] && !folder.unet.down_attention[3] && !folder.unet.up_attention[0] &&
              folder.unet.up_attention[1] && folder.unet.cross_attention_dim == 32 && folder.unet.time_embed_dim == 128 &&
              folder.unet.sample_size == 8 && !folder.unet.use_linear_projection,
          "unet config");
    CHECK(folder.vae.levels == 4 && folder.vae.block_out_channels[1] == 32 && folder.vae.layers_per_block == 2 &&
              folder.vae.sample_size == 64 && folder.vae.scaling_factor == 0.18215f && folder.vae.mid_block_add_attention,
          "vae config");
    CHECK(folder.text.hidden_size == 32 && folder.text.num_attention_heads == 4 && folder.text.num_hidden_layers == 3 &&
              folder.text.intermediate_size == 64 && folder.text.vocab_size == 49408 && folder.text.quick_gelu,
          "text config");
    ok = 0;
    CHECK(single.scheduler && folder.scheduler &&
              strcmp(sd__json_get_string(single.scheduler, "beta_schedule", &ok), "scaled_linear") == 0 &&
              strcmp(sd__json_get_string(folder.scheduler, "beta_schedule", &ok), "scaled_linear") == 0,
          "scheduler configs from the sidecar and the folder");
    CHECK(!folder.vocab_path && !folder.merges_path, "the tiny folder has only tokenizer.json");
    for (p = 0; p < SD__PART_COUNT; p++) {
        memset(&pair, 0, sizeof pair);
        pair.t = t;
        pair.env = &env;
        pair.a = &single;
        pair.b = &folder;
        pair.part = (sd__part)p;
        sd__model_expected_tensors(&single, pair.part, sd_test_compare_visit, &pair);
        /* no tensor of either file is left unused */
        CHECK(pair.count > 0 && pair.count == single.view_count[p] && pair.count == folder.view_count[p],
              "%s: %lu expected, %lu single-file views, %lu folder views", sd__part_names[p], (unsigned long)pair.count,
              (unsigned long)single.view_count[p], (unsigned long)folder.view_count[p]);
    }
    q = sd_test_model_tensor(&single, SD__PART_VAE, "decoder.mid_block.attentions.0.to_q.weight");
    CHECK(q && q->rank == 2 && q->shape[0] == 64 && q->shape[1] == 64, "LDM 1x1 conv attention is exposed as linear");
    CHECK(sd_test_model_tensor(&folder, SD__PART_TEXT, "text_model.final_layer_norm.weight") ==
              sd_test_model_tensor(&folder, SD__PART_TEXT, "final_layer_norm.weight") &&
              sd_test_model_tensor(&folder, SD__PART_TEXT, "final_layer_norm.weight"),
          "text_model. prefix accepted");
    CHECK(sd__model_load_f32(&env, &folder, SD__PART_VAE, "decoder.mid_block.attentions.0.to_q.weight", 2, wrong, scratch) ==
              SD_ERR_MODEL_MISMATCH && strstr(env.message, "[64, 64]") && strstr(env.message, "[64, 63]"),
          "load with a wrong shape: %s", env.message);
    CHECK(sd__model_load_f32(&env, &folder, SD__PART_UNET, "no.such.weight", 1, wrong, scratch) == SD_ERR_MODEL_MISMATCH &&
              strstr(env.message, "no.such.weight"),
          "load of a missing tensor: %s", env.message);
    sd__model_close(&env, &single);
    sd__model_close(&env, &folder);
    CHECK(env.host_bytes == 0, "%lu bytes leaked", (unsigned long)env.host_bytes);
}

/* ---- SD 1.5 at full size, from sd15_inventory.json ---- */
typedef struct sd_test_inventory {
    sd_tester *t;
    const sd__json *expected; /* {name: shape} */
    const char *part;
    size_t count;
} sd_test_inventory;

static int sd_test_inventory_has(sd_test_inventory *inv, const char *name, int rank, const long long *shape) {
    const sd__json *s = sd__json_get(inv->expected, name), *d;
    int i = 0;
    if (!s || s->type != SD__JSON_ARRAY || s->length != (size_t)rank) return 0;
    for (d = s->child; d; d = d->next, i++)
        if (!d->is_integer || d->integer != shape[i]) return 0;
    return 1;
}

static int sd_test_inventory_visit(void *user, const char *name, int rank, const long long *shape) {
    sd_test_inventory *inv = (sd_test_inventory *)user;
    sd_tester *t = inv->t;
    CHECK(sd_test_inventory_has(inv, name, rank, shape), "%s: '%s' (rank %d) is not in the inventory with that shape", inv->part,
          name, rank);
    inv->count++;
    return 0;
}

/* SD 1.5's own diffusers configs (the keys that differ from diffusers' class defaults, and some that don't). */
static const char *const sd_test_sd15_configs[SD__PART_COUNT] = {
    "{\"architectures\":[\"CLIPTextModel\"],\"hidden_act\":\"quick_gelu\",\"hidden_size\":768,\"intermediate_size\":3072,"
    "\"layer_norm_eps\":1e-05,\"max_position_embeddings\":77,\"model_type\":\"clip_text_model\",\"num_attention_heads\":12,"
    "\"num_hidden_layers\":12,\"projection_dim\":768,\"vocab_size\":49408}",
    "{\"_class_name\":\"UNet2DConditionModel\",\"act_fn\":\"silu\",\"attention_head_dim\":8,\"block_out_channels\":[320,640,1280,1280],"
    "\"center_input_sample\":false,\"cross_attention_dim\":768,\"down_block_types\":[\"CrossAttnDownBlock2D\",\"CrossAttnDownBlock2D\","
    "\"CrossAttnDownBlock2D\",\"DownBlock2D\"],\"downsample_padding\":1,\"flip_sin_to_cos\":true,\"freq_shift\":0,\"in_channels\":4,"
    "\"layers_per_block\":2,\"mid_block_scale_factor\":1,\"norm_eps\":1e-05,\"norm_num_groups\":32,\"out_channels\":4,"
    "\"sample_size\":64,\"up_block_types\":[\"UpBlock2D\",\"CrossAttnUpBlock2D\",\"CrossAttnUpBlock2D\",\"CrossAttnUpBlock2D\"]}",
    "{\"_class_name\":\"AutoencoderKL\",\"act_fn\":\"silu\",\"block_out_channels\":[128,256,512,512],\"down_block_types\":"
    "[\"DownEncoderBlock2D\",\"DownEncoderBlock2D\",\"DownEncoderBlock2D\",\"DownEncoderBlock2D\"],\"in_channels\":3,"
    "\"latent_channels\":4,\"layers_per_block\":2,\"norm_num_groups\":32,\"out_channels\":3,\"sample_size\":512,"
    "\"up_block_types\":[\"UpDecoderBlock2D\",\"UpDecoderBlock2D\",\"UpDecoderBlock2D\",\"UpDecoderBlock2D\"]}"};

/* A checkpoint of shapes only (data NULL): tensors allocated through env (sd__st_close frees
   them), names in a pool the caller frees after closing the model. */
typedef struct sd_test_shapes {
    sd__st_file file;
    char *pool;
    size_t used, capacity;
} sd_test_shapes;

static void sd_test_shapes_add(sd_test_shapes *s, const char *name, int rank, const long long *shape) {
    sd__st_tensor *t = &s->file.tensors[s->file.count++];
    size_t len = strlen(name) + 1;
    int i;
    SD_ASSERT(s->used + len <= s->capacity);
    memcpy(s->pool + s->used, name, len);
    t->name = s->pool + s->used;
    s->used += len;
    t->dtype = SD__ST_F16;
    t->rank = rank;
    t->count = 1;
    for (i = 0; i < rank; i++) {
        t->shape[i] = shape[i];
        t->count *= (size_t)shape[i];
    }
    t->bytes = 2 * t->count;
}

static void sd_test_shapes_add_json(sd_test_shapes *s, const char *name, const sd__json *shape) {
    long long dims[SD__ST_MAX_RANK];
    const sd__json *d;
    int rank = 0;
    for (d = shape->child; d && rank < SD__ST_MAX_RANK; d = d->next) dims[rank++] = d->integer;
    sd_test_shapes_add(s, name, rank, dims);
}

static int sd_test_shapes_init(sd__env *env, sd_test_shapes *s, size_t tensors) {
    memset(s, 0, sizeof *s);
    s->capacity = tensors * 128;
    s->pool = (char *)malloc(s->capacity);
    s->file.tensors = (sd__st_tensor *)sd__calloc(env, tensors, sizeof(sd__st_tensor));
    return s->pool && s->file.tensors;
}

/* Checks that a model's views of part are exactly the inventory's diffusers tensors. */
static void sd_test_views_match(sd_tester *t, const sd__model *m, sd__part part, const sd__json *expected) {
    sd_test_inventory inv;
    size_t i;
    inv.t = t;
    inv.expected = expected;
    inv.part = sd__part_names[part];
    inv.count = 0;
    for (i = 0; i < m->view_count[part]; i++) {
        const sd__st_tensor *v = &m->views[part][i].tensor;
        sd_test_inventory_visit(&inv, v->name, v->rank, v->shape);
    }
    CHECK(inv.count == expected->length, "%s: %lu views for %lu diffusers tensors", inv.part, (unsigned long)inv.count,
          (unsigned long)expected->length);
}

static void test_model_sd15_inventory(sd_tester *t) {
    sd__env env = sd_test_env();
    sd__json_doc inventory, config;
    sd__model from_configs, from_shapes;
    sd_test_shapes shapes;
    const sd__json *folder, *single, *e;
    char *text;
    size_t size;
    int p;
    REQUIRE(sd__read_file(&env, TEST_DATA "/sd15_inventory.json", 1u << 24, &text, &size) == SD_OK, "read inventory");
    REQUIRE(sd__json_parse(&env, text, size, &inventory) == SD_OK, "parse inventory: %s", env.message);
    sd__free(&env, text);
    folder = sd__json_get(inventory.nodes, "diffusers_folder");
    single = sd__json_get(inventory.nodes, "single_file");
    REQUIRE(folder && single && single->length == 1130, "inventory keys");

    /* (a) SD 1.5's configs: the tensors they need are the diffusers folder's, name for name */
    memset(&from_configs, 0, sizeof from_configs);
    sd__config_defaults(&from_configs);
    for (p = 0; p < SD__PART_COUNT; p++) {
        REQUIRE(sd__json_parse(&env, sd_test_sd15_configs[p], strlen(sd_test_sd15_configs[p]), &config) == SD_OK, "config json");
        CHECK(sd__config_read(&env, &from_configs, (sd__part)p, config.nodes) == SD_OK, "%s config: %s", sd__part_names[p], env.message);
        sd__json_free(&env, &config);
    }
    CHECK(sd__model_check_configs(&env, &from_configs) == SD_OK, "SD 1.5 configs check: %s", env.message);
    for (p = 0; p < SD__PART_COUNT; p++) {
        sd_test_inventory inv;
        inv.t = t;
        inv.expected = sd__json_get(folder, sd__part_names[p]);
        inv.part = sd__part_names[p];
        inv.count = 0;
        REQUIRE(inv.expected, "inventory part %s", sd__part_names[p]);
        sd__model_expected_tensors(&from_configs, (sd__part)p, sd_test_inventory_visit, &inv);
        CHECK(inv.count == inv.expected->length, "%s: %lu expected tensors, the inventory has %lu", inv.part,
              (unsigned long)inv.count, (unsigned long)inv.expected->length);
    }

    /* (b) the original checkpoint's names and shapes: inferred configs equal SD 1.5's, and the
       mapping turns its 1130 tensors into exactly the diffusers tensors */
    REQUIRE(sd_test_shapes_init(&env, &shapes, single->length), "alloc");
    for (e = single->child; e; e = e->next) sd_test_shapes_add_json(&shapes, e->key, e);
    qsort(shapes.file.tensors, shapes.file.count, sizeof(sd__st_tensor), sd__st_compare_names);
    memset(&from_shapes, 0, sizeof from_shapes);
    from_shapes.checkpoint = shapes.file;
    CHECK(sd__model_from_checkpoint(&env, &from_shapes, NULL, NULL, 0) == SD_OK && sd__model_finish(&env, &from_shapes) == SD_OK, "SD 1.5 from shapes: %s", env.message);
    CHECK(from_shapes.layout == SD__LAYOUT_LDM_CLIP, "SD 1 layout");
    CHECK(memcmp(&from_shapes.unet, &from_configs.unet, sizeof from_configs.unet) == 0, "inferred unet config differs");
    CHECK(memcmp(&from_shapes.vae, &from_configs.vae, sizeof from_configs.vae) == 0, "inferred vae config differs");
    CHECK(memcmp(&from_shapes.text, &from_configs.text, sizeof from_configs.text) == 0, "inferred text config differs");
    for (p = 0; p < SD__PART_COUNT; p++) sd_test_views_match(t, &from_shapes, (sd__part)p, sd__json_get(folder, sd__part_names[p]));
    sd__model_close(&env, &from_shapes);
    free(shapes.pool);
    sd__json_free(&env, &inventory);
    CHECK(env.host_bytes == 0, "%lu bytes leaked", (unsigned long)env.host_bytes);
}

/* SD 2 layout: SD 1.5's UNet and VAE shapes with an OpenCLIP text encoder of 13 resblocks
   (SD 2 uses all but the last), fused in_proj and gelu. */
/* The UNet's channels: as many inputs as outputs, or an inpainting model's 2 x outputs + 1;
   outputs as many as the VAE's latent channels. */
static void test_model_unet_channels(sd_tester *t) {
    sd__env env = sd_test_env();
    sd__model m;
    REQUIRE(sd_test_model_open(t, &env, TEST_DATA "/tiny-sd.safetensors", &m), "single file");
    m.unet.in_channels = 9;
    CHECK(sd__model_check_configs(&env, &m) == SD_OK, "an inpainting UNet: %s", env.message);
    m.unet.in_channels = 7;
    CHECK(sd__model_check_configs(&env, &m) == SD_ERR_UNSUPPORTED &&
              strstr(env.message, "a UNet with 7 input and 4 output channels is not supported"),
          "7 inputs: %s", env.message);
    m.unet.in_channels = m.unet.out_channels = 3;
    CHECK(sd__model_check_configs(&env, &m) == SD_ERR_MODEL_MISMATCH && strstr(env.message, "works on 3 channels but the VAE's latent_channels is 4"),
          "3 channels: %s", env.message);
    sd__model_close(&env, &m);
    CHECK(env.host_bytes == 0, "%lu bytes leaked", (unsigned long)env.host_bytes);
}

static void test_model_sd2_openclip_inference(sd_tester *t) {
    sd__env env = sd_test_env();
    sd__json_doc inventory;
    sd__model m;
    sd_test_shapes shapes;
    const sd__json *single, *e;
    char *text, name[SD__NAME_MAX];
    size_t size;
    long long h = 768, sq[2] = {768, 768}, vec[1] = {768}, fused[2] = {3 * 768, 768}, fused_bias[1] = {3 * 768};
    long long fc[2] = {3072, 768}, proj[2] = {768, 3072}, fc_bias[1] = {3072}, tok[2] = {49408, 768}, pos[2] = {77, 768};
    int i, k;
    static const char *const norms[] = {"ln_1", "ln_2"};
    REQUIRE(sd__read_file(&env, TEST_DATA "/sd15_inventory.json", 1u << 24, &text, &size) == SD_OK, "read inventory");
    REQUIRE(sd__json_parse(&env, text, size, &inventory) == SD_OK, "parse inventory");
    sd__free(&env, text);
    single = sd__json_get(inventory.nodes, "single_file");
    REQUIRE(single && sd_test_shapes_init(&env, &shapes, single->length + 200), "inventory");
    for (e = single->child; e; e = e->next)
        if (!sd__after(e->key, SD__LDM_CLIP)) sd_test_shapes_add_json(&shapes, e->key, e);
    sd_test_shapes_add(&shapes, SD__LDM_OPENCLIP "token_embedding.weight", 2, tok);
    sd_test_shapes_add(&shapes, SD__LDM_OPENCLIP "positional_embedding", 2, pos);
    sd_test_shapes_add(&shapes, SD__LDM_OPENCLIP "text_projection", 2, sq);
    sd_test_shapes_add(&shapes, SD__LDM_OPENCLIP "ln_final.weight", 1, vec);
    sd_test_shapes_add(&shapes, SD__LDM_OPENCLIP "ln_final.bias", 1, vec);
    for (i = 0; i < 13; i++) {
#define SD_TEST_ADD(suffix, rank, shape)                                                               \
    snprintf(name, sizeof name, SD__LDM_OPENCLIP "transformer.resblocks.%d.%s", i, suffix);            \
    sd_test_shapes_add(&shapes, name, rank, shape)
        for (k = 0; k < 2; k++) {
            char n2[32];
            snprintf(n2, sizeof n2, "%s.weight", norms[k]);
            SD_TEST_ADD(n2, 1, vec);
            snprintf(n2, sizeof n2, "%s.bias", norms[k]);
            SD_TEST_ADD(n2, 1, vec);
        }
        SD_TEST_ADD("attn.in_proj_weight", 2, fused);
        SD_TEST_ADD("attn.in_proj_bias", 1, fused_bias);
        SD_TEST_ADD("attn.out_proj.weight", 2, sq);
        SD_TEST_ADD("attn.out_proj.bias", 1, vec);
        SD_TEST_ADD("mlp.c_fc.weight", 2, fc);
        SD_TEST_ADD("mlp.c_fc.bias", 1, fc_bias);
        SD_TEST_ADD("mlp.c_proj.weight", 2, proj);
        SD_TEST_ADD("mlp.c_proj.bias", 1, vec);
#undef SD_TEST_ADD
    }
    qsort(shapes.file.tensors, shapes.file.count, sizeof(sd__st_tensor), sd__st_compare_names);
    memset(&m, 0, sizeof m);
    m.checkpoint = shapes.file;
    CHECK(sd__model_from_checkpoint(&env, &m, NULL, NULL, 0) == SD_OK && sd__model_finish(&env, &m) == SD_OK, "SD 2 layout: %s", env.message);
    CHECK(m.layout == SD__LAYOUT_LDM_OPENCLIP, "OpenCLIP layout");
    CHECK(m.text.hidden_size == h && m.text.num_hidden_layers == 12 && m.text.num_attention_heads == 12 && !m.text.quick_gelu &&
              m.text.intermediate_size == 3072,
          "SD 2 text config: %d layers, %d heads", m.text.num_hidden_layers, m.text.num_attention_heads);
    CHECK(m.unet.heads[0] == 5 && m.unet.heads[1] == 10 && m.unet.heads[3] == 20 && m.unet.upcast_attention &&
              m.unet.sample_size == 96 && m.vae.sample_size == 768,
          "SD 2 defaults: 64-wide heads, SD 2.1 sizes");
    CHECK(sd_test_model_tensor(&m, SD__PART_TEXT, "encoder.layers.12.self_attn.v_proj.weight") &&
              sd_test_model_tensor(&m, SD__PART_TEXT, "encoder.layers.3.self_attn.k_proj.bias")->shape[0] == 768,
          "in_proj split into q/k/v");
    sd__model_close(&env, &m);
    free(shapes.pool);
    sd__json_free(&env, &inventory);
    CHECK(env.host_bytes == 0, "%lu bytes leaked", (unsigned long)env.host_bytes);
}

static void test_model_ldm_name_mapping(sd_tester *t) {
    static const struct { const char *from; sd__part part; const char *to; } cases[] = {
        {SD__LDM_UNET "input_blocks.4.0.skip_connection.weight", SD__PART_UNET, "down_blocks.1.resnets.0.conv_shortcut.weight"},
        {SD__LDM_UNET "input_blocks.6.0.op.bias", SD__PART_UNET, "down_blocks.1.downsamplers.0.conv.bias"},
        {SD__LDM_UNET "input_blocks.8.1.proj_in.weight", SD__PART_UNET, "down_blocks.2.attentions.1.proj_in.weight"},
        {SD__LDM_UNET "middle_block.2.emb_layers.1.weight", SD__PART_UNET, "mid_block.resnets.1.time_emb_proj.weight"},
        {SD__LDM_UNET "output_blocks.2.1.conv.weight", SD__PART_UNET, "up_blocks.0.upsamplers.0.conv.weight"},
        {SD__LDM_UNET "output_blocks.5.2.conv.bias", SD__PART_UNET, "up_blocks.1.upsamplers.0.conv.bias"},
        {SD__LDM_UNET "output_blocks.5.1.transformer_blocks.0.ff.net.2.bias", SD__PART_UNET,
         "up_blocks.1.attentions.2.transformer_blocks.0.ff.net.2.bias"},
        {SD__LDM_UNET "out.2.weight", SD__PART_UNET, "conv_out.weight"},
        {SD__LDM_VAE "decoder.up.0.block.2.nin_shortcut.weight", SD__PART_VAE, "decoder.up_blocks.3.resnets.2.conv_shortcut.weight"},
        {SD__LDM_VAE "decoder.up.3.upsample.conv.weight", SD__PART_VAE, "decoder.up_blocks.0.upsamplers.0.conv.weight"},
        {SD__LDM_VAE "encoder.mid.attn_1.proj_out.bias", SD__PART_VAE, "encoder.mid_block.attentions.0.to_out.0.bias"},
        {SD__LDM_VAE "encoder.mid.block_2.norm1.bias", SD__PART_VAE, "encoder.mid_block.resnets.1.norm1.bias"},
        {SD__LDM_VAE "encoder.norm_out.weight", SD__PART_VAE, "encoder.conv_norm_out.weight"},
        {SD__LDM_CLIP "text_model.encoder.layers.11.mlp.fc2.bias", SD__PART_TEXT, "encoder.layers.11.mlp.fc2.bias"},
        {SD__LDM_CLIP "final_layer_norm.weight", SD__PART_TEXT, "final_layer_norm.weight"}};
    static const char *const ignored[] = {"model_ema.decay", "betas", "alphas_cumprod", "model_ema.diffusion_modelinput_blocks00weight",
                                          SD__LDM_UNET "input_blocks.x.weight", SD__LDM_OPENCLIP "logit_scale"};
    sd__model m;
    sd__name_map map;
    size_t i;
    memset(&m, 0, sizeof m);
    m.layout = SD__LAYOUT_LDM_CLIP;
    m.unet.layers_per_block = 2;
    m.vae.levels = 4;
    for (i = 0; i < SD__COUNT(cases); i++) {
        sd__map_ldm_name(&m, cases[i].from, &map);
        CHECK(map.count == 1 && map.part == cases[i].part && strcmp(map.names[0], cases[i].to) == 0, "'%s' -> '%s' (%d)",
              cases[i].from, map.count ? map.names[0] : "", map.count);
    }
    for (i = 0; i < SD__COUNT(ignored); i++) {
        sd__map_ldm_name(&m, ignored[i], &map);
        CHECK(map.count == 0, "'%s' is not a model weight", ignored[i]);
    }
    m.layout = SD__LAYOUT_LDM_OPENCLIP;
    sd__map_ldm_name(&m, SD__LDM_OPENCLIP "transformer.resblocks.7.attn.in_proj_bias", &map);
    CHECK(map.count == 3 && strcmp(map.names[2], "encoder.layers.7.self_attn.v_proj.bias") == 0, "in_proj bias split");
    sd__map_ldm_name(&m, SD__LDM_OPENCLIP "transformer.resblocks.0.mlp.c_proj.weight", &map);
    CHECK(map.count == 1 && strcmp(map.names[0], "encoder.layers.0.mlp.fc2.weight") == 0, "c_proj -> fc2");
    sd__map_ldm_name(&m, SD__LDM_OPENCLIP "positional_embedding", &map);
    CHECK(map.count == 1 && strcmp(map.names[0], "embeddings.position_embedding.weight") == 0, "positional_embedding");
    sd__map_folder_name(SD__PART_VAE, "decoder.mid_block.attentions.0.proj_attn.weight", &map);
    CHECK(map.count == 1 && strcmp(map.names[0], "decoder.mid_block.attentions.0.to_out.0.weight") == 0, "old diffusers VAE names");
}

/* The fused q/k/v slices point at the right rows of the file's data. */
static void test_model_fused_qkv_views(sd_tester *t) {
    sd__env env = sd_test_env();
    sd__model m;
    float data[12], out[4];
    long long shape[2] = {2, 2};
    const char *const names[3] = {"encoder.layers.0.self_attn.q_proj.weight", "encoder.layers.0.self_attn.k_proj.weight",
                                  "encoder.layers.0.self_attn.v_proj.weight"};
    int i;
    for (i = 0; i < 12; i++) data[i] = (float)i;
    memset(&m, 0, sizeof m);
    m.layout = SD__LAYOUT_LDM_OPENCLIP;
    m.checkpoint.tensors = (sd__st_tensor *)sd__calloc(&env, 1, sizeof(sd__st_tensor));
    REQUIRE(m.checkpoint.tensors, "alloc");
    m.checkpoint.count = 1;
    m.checkpoint.tensors[0].name = SD__LDM_OPENCLIP "transformer.resblocks.0.attn.in_proj_weight";
    m.checkpoint.tensors[0].dtype = SD__ST_F32;
    m.checkpoint.tensors[0].rank = 2;
    m.checkpoint.tensors[0].shape[0] = 6;
    m.checkpoint.tensors[0].shape[1] = 2;
    m.checkpoint.tensors[0].count = 12;
    m.checkpoint.tensors[0].bytes = sizeof data;
    m.checkpoint.tensors[0].data = (const unsigned char *)data;
    REQUIRE(sd__model_build_views(&env, &m) == SD_OK, "views: %s", env.message);
    CHECK(m.view_count[SD__PART_TEXT] == 3, "three views");
    for (i = 0; i < 3; i++) {
        CHECK(sd__model_load_f32(&env, &m, SD__PART_TEXT, names[i], 2, shape, out) == SD_OK && out[0] == (float)(4 * i) &&
                  out[3] == (float)(4 * i + 3),
              "%s rows: %s", names[i], env.message);
    }
    m.checkpoint.tensors[0].shape[0] = 5;
    sd__free(&env, m.names);
    for (i = 0; i < SD__PART_COUNT; i++) sd__free(&env, m.views[i]);
    m.names = NULL;
    memset(m.views, 0, sizeof m.views);
    CHECK(sd__model_build_views(&env, &m) == SD_ERR_MODEL_FORMAT && strstr(env.message, "in_proj_weight"),
          "5 rows cannot split: %s", env.message);
    sd__model_close(&env, &m);
    CHECK(env.host_bytes == 0, "%lu bytes leaked", (unsigned long)env.host_bytes);
}

/* ---- bad inputs ---- */
/* Opens path expecting failure with code and every needle in the message; checks no leak. */
static void sd_test_model_fails(sd_tester *t, const char *path, sd_result code, const char *needle1, const char *needle2,
                                const char *what) {
    sd__env env = sd_test_env();
    sd__model m;
    sd_result r = sd__model_open(&env, path, NULL, &m);
    CHECK(r == code && strstr(env.message, needle1) && (!needle2 || strstr(env.message, needle2)),
          "%s: got %d '%s', wanted %d with '%s'%s%s", what, (int)r, env.message, (int)code, needle1, needle2 ? " and " : "",
          needle2 ? needle2 : "");
    if (r == SD_OK) sd__model_close(&env, &m);
    CHECK(env.host_bytes == 0, "%s: %lu bytes leaked", what, (unsigned long)env.host_bytes);
}

static void test_model_rejects_missing_and_corrupt_files(sd_tester *t) {
    sd__env env = sd_test_env();
    sd__mapped_file src;
    char path[256], garbage[4096];
    size_t i;
    sd_test_model_fails(t, "/nonexistent/model.safetensors", SD_ERR_IO, "/nonexistent/model.safetensors", NULL, "missing file");
    REQUIRE(sd__map_file(&env, TEST_DATA "/tiny-sd.safetensors", &src) == SD_OK, "map");
    sd_test_tmp(path, sizeof path, "cut.safetensors");
    REQUIRE(sd_test_write_file(path, src.data, 100), "write");
    sd_test_model_fails(t, path, SD_ERR_MODEL_FORMAT, path, NULL, "header cut");
    REQUIRE(sd_test_write_file(path, src.data, src.size / 2), "write");
    sd_test_model_fails(t, path, SD_ERR_MODEL_FORMAT, path, "outside", "data cut");
    for (i = 0; i < sizeof garbage; i++) garbage[i] = (char)((i * 2654435761u) >> 13);
    REQUIRE(sd_test_write_file(path, garbage, sizeof garbage), "write");
    sd_test_model_fails(t, path, SD_ERR_MODEL_FORMAT, path, NULL, "garbage");
    REQUIRE(sd_test_write_file(path, "", 0), "write");
    sd_test_model_fails(t, path, SD_ERR_MODEL_FORMAT, path, NULL, "empty file");
    remove(path);
    sd__unmap_file(&src);
    /* a valid safetensors file that is not a Stable Diffusion checkpoint */
    sd_test_model_fails(t, TEST_DATA "/golden.safetensors", SD_ERR_MODEL_MISMATCH, "not a Stable Diffusion checkpoint", NULL,
                        "golden.safetensors");
}

/* Writes a copy of tiny-sd.safetensors with header text `from` replaced by `to` (same length) and,
   unless sidecar is NULL, that sidecar; then checks that opening fails as wanted. */
static void sd_test_variant_fails(sd_tester *t, const char *from, const char *to, const char *sidecar, sd_result code,
                                  const char *needle1, const char *needle2, const char *what) {
    sd__env env = sd_test_env();
    sd__mapped_file src;
    char path[256], json[256];
    unsigned char *copy;
    const unsigned char *hit = NULL;
    size_t n = strlen(from), i, header;
    REQUIRE(strlen(to) == n, "%s: replacement must keep the length", what);
    REQUIRE(sd__map_file(&env, TEST_DATA "/tiny-sd.safetensors", &src) == SD_OK, "map");
    copy = (unsigned char *)malloc(src.size);
    memcpy(copy, src.data, src.size);
    header = 8 + (size_t)(src.data[0] | (src.data[1] << 8) | (src.data[2] << 16) | ((size_t)src.data[3] << 24));
    for (i = 8; !hit && i + n <= header; i++)
        if (memcmp(copy + i, from, n) == 0) hit = copy + i;
    CHECK(hit != NULL, "%s: '%s' not in the header", what, from);
    if (hit) memcpy(copy + (hit - copy), to, n);
    sd_test_tmp(path, sizeof path, "variant.safetensors");
    sd_test_tmp(json, sizeof json, "variant.json");
    CHECK(sd_test_write_file(path, copy, src.size), "write");
    remove(json);
    if (sidecar) CHECK(sd_test_write_file(json, sidecar, strlen(sidecar)), "write sidecar");
    free(copy);
    sd__unmap_file(&src);
    sd_test_model_fails(t, path, code, needle1, needle2, what);
    remove(path);
    remove(json);
}

static const char sd_test_tiny_sidecar[] = "{\"unet\": {\"attention_head_dim\": 2, \"sample_size\": 8}, "
                                           "\"text_encoder\": {\"num_attention_heads\": 4}}";

static void test_model_rejects_bad_tensors(sd_tester *t) {
    static const char name[] = "\"model.diffusion_model.time_embed.0.weight\":{\"dtype\":\"F16\",\"shape\":[128,32]";
    static const char conv[] = "\"model.diffusion_model.input_blocks.2.0.in_layers.2.weight\":{\"dtype\":\"F16\",\"shape\":[32,32,3,3]";
    static const char reshaped[] = "\"model.diffusion_model.input_blocks.2.0.in_layers.2.weight\":{\"dtype\":\"F16\",\"shape\":[32,32,1,9]";
    static const char integer[] = "\"model.diffusion_model.time_embed.0.weight\":{\"dtype\":\"I16\",\"shape\":[128,32]";
    static const char renamed[] = "\"model.diffusion_model.time_embed.0.weighx\":{\"dtype\":\"F16\",\"shape\":[128,32]";
    sd_test_variant_fails(t, conv, reshaped, sd_test_tiny_sidecar, SD_ERR_MODEL_MISMATCH, "down_blocks.0.resnets.1.conv1.weight",
                          "has shape [32, 32, 1, 9] but the config needs [32, 32, 3, 3]", "wrong shape");
    sd_test_variant_fails(t, name, renamed, sd_test_tiny_sidecar, SD_ERR_MODEL_MISMATCH, "time_embedding.linear_1.weight",
                          "missing", "missing tensor");
    sd_test_variant_fails(t, name, integer, sd_test_tiny_sidecar, SD_ERR_UNSUPPORTED, "model.diffusion_model.time_embed.0.weight",
                          "I16", "integer weight");
}

static void test_model_sidecar(sd_tester *t) {
    static const char name[] = "model.diffusion_model.time_embed.0.weight";
    /* without a sidecar the tiny text encoder's 4 heads of 8 can't be inferred (SD's are 64 wide) */
    sd_test_variant_fails(t, name, name, NULL, SD_ERR_MODEL_FORMAT, "num_attention_heads", "sidecar", "no sidecar");
    sd_test_variant_fails(t, name, name, "{\"unet\": {\"attention_head_dim\": \"two\"}}", SD_ERR_MODEL_FORMAT,
                          "attention_head_dim", "variant.json", "sidecar with a wrong type");
    sd_test_variant_fails(t, name, name, "{\"text-encoder\": {}}", SD_ERR_MODEL_FORMAT, "unknown key 'text-encoder'", NULL,
                          "sidecar with an unknown key");
    sd_test_variant_fails(t, name, name, "{\"unet\": [1]}", SD_ERR_MODEL_FORMAT, "'unet' must be an object", NULL,
                          "sidecar part not an object");
    sd_test_variant_fails(t, name, name, "{\"unet\": ", SD_ERR_MODEL_FORMAT, "variant.json", "malformed JSON",
                          "truncated sidecar");
    sd_test_variant_fails(t, name, name,
                          "{\"unet\": {\"attention_head_dim\": 2, \"layers_per_block\": 3}, \"text_encoder\": {\"num_attention_heads\": 4}}",
                          SD_ERR_MODEL_MISMATCH, "down_blocks.0.resnets.2.", "missing", "sidecar disagreeing with the tensors");
    sd_test_variant_fails(t, name, name, "{\"text_encoder\": {\"num_attention_heads\": 5}, \"unet\": {\"attention_head_dim\": 2}}",
                          SD_ERR_MODEL_FORMAT, "5 attention heads do not divide the 32 channels", NULL,
                          "sidecar heads that do not divide");
}

/* A diffusers folder under /tmp whose files link to tests/data/tiny-sd, except unet/config.json
   when unet_config is given and the parts left out by skip (a part name, or NULL). */
static int sd_test_make_folder(const char *dir, const char *unet_config, const char *skip, const char *text_weights) {
    static const char *const subdirs[] = {"unet", "vae", "text_encoder", "scheduler", "tokenizer"};
    static const char *const files[] = {"unet/config.json", "unet/diffusion_pytorch_model.safetensors", "vae/config.json",
                                        "vae/diffusion_pytorch_model.safetensors", "text_encoder/config.json",
                                        "scheduler/scheduler_config.json"};
    char data[PATH_MAX], from[PATH_MAX + 64], to[PATH_MAX + 64];
    size_t i;
    if (!realpath(TINY_SD_FOLDER, data) || mkdir(dir, 0700) != 0) return 0;
    for (i = 0; i < SD__COUNT(subdirs); i++) {
        if (skip && strcmp(skip, subdirs[i]) == 0) continue;
        snprintf(to, sizeof to, "%s/%s", dir, subdirs[i]);
        if (mkdir(to, 0700) != 0) return 0;
    }
    for (i = 0; i < SD__COUNT(files); i++) {
        if (skip && sd__after(files[i], skip)) continue;
        snprintf(from, sizeof from, "%s/%s", data, files[i]);
        snprintf(to, sizeof to, "%s/%s", dir, files[i]);
        if (unet_config && strcmp(files[i], "unet/config.json") == 0) {
            if (!sd_test_write_file(to, unet_config, strlen(unet_config))) return 0;
        } else if (symlink(from, to) != 0) {
            return 0;
        }
    }
    if (text_weights && !(skip && strcmp(skip, "text_encoder") == 0)) {
        snprintf(from, sizeof from, "%s/text_encoder/model.safetensors", data);
        snprintf(to, sizeof to, "%s/text_encoder/%s", dir, text_weights);
        if (symlink(from, to) != 0) return 0;
    }
    return 1;
}

static void sd_test_remove_folder(const char *dir) {
    char cmd[512];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    sd_test_run_command(cmd, NULL, 0);
}

/* tiny-sd/unet/config.json with `from` replaced by `to`, into dst. */
static int sd_test_unet_config(const char *from, const char *to, char *dst, size_t size) {
    sd__env env = sd_test_env();
    char *text, *hit;
    size_t n;
    if (sd__read_file(&env, TEST_DATA "/tiny-sd/unet/config.json", 1u << 20, &text, &n) != SD_OK) return 0;
    hit = strstr(text, from);
    if (hit && n - strlen(from) + strlen(to) < size) {
        memcpy(dst, text, (size_t)(hit - text));
        snprintf(dst + (hit - text), size - (size_t)(hit - text), "%s%s", to, hit + strlen(from));
    }
    sd__free(&env, text);
    return hit != NULL;
}

static void test_model_rejects_bad_folders(sd_tester *t) {
    static const struct { const char *from, *to; sd_result code; const char *needle1, *needle2, *what; } cases[] = {
        {"\"layers_per_block\": 2", "\"layers_per_block\": \"2\"", SD_ERR_MODEL_FORMAT, "'layers_per_block' must be an integer",
         "unet/config.json", "config with a wrong type"},
        {"\"layers_per_block\": 2", "\"layers_per_block\": 3", SD_ERR_MODEL_MISMATCH, "down_blocks.0.resnets.2.", "missing",
         "config disagreeing with the tensors"},
        {"\"cross_attention_dim\": 32", "\"cross_attention_dim\": 48", SD_ERR_MODEL_MISMATCH, "cross_attention_dim 48", NULL,
         "UNet and text encoder disagree"},
        {"\"DownBlock2D\"", "\"KDownBlock2D\"", SD_ERR_UNSUPPORTED, "'down_block_types'[3] = \"KDownBlock2D\" is not supported",
         "unet/config.json", "unsupported block type"},
        {"\"class_embed_type\": null", "\"class_embed_type\": \"timestep\"", SD_ERR_UNSUPPORTED, "'class_embed_type'", NULL,
         "class embeddings"},
        {"\"time_cond_proj_dim\": null", "\"time_cond_proj_dim\": 256", SD_ERR_UNSUPPORTED, "'time_cond_proj_dim'", NULL,
         "time_cond_proj_dim"},
        {"\"mid_block_type\": \"UNetMidBlock2DCrossAttn\"", "\"mid_block_type\": null", SD_ERR_UNSUPPORTED, "'mid_block_type' = null",
         NULL, "no mid block"},
        {"\"attention_head_dim\": 2", "\"attention_head_dim\": [2, 2]", SD_ERR_MODEL_FORMAT, "'attention_head_dim' has 2 entries",
         NULL, "per-level list of the wrong length"},
        {"\"norm_num_groups\": 32", "\"norm_num_groups\": 24", SD_ERR_MODEL_FORMAT, "norm_num_groups 24 does not divide", NULL,
         "groups that do not divide"},
        {"\"flip_sin_to_cos\": true", "\"flip_sin_to_cos\": 1", SD_ERR_MODEL_FORMAT, "'flip_sin_to_cos' must be true or false",
         NULL, "number for a boolean"}};
    char dir[256], config[4096];
    size_t i;
    sd_test_tmp(dir, sizeof dir, "folder");
    for (i = 0; i < SD__COUNT(cases); i++) {
        sd_test_remove_folder(dir);
        REQUIRE(sd_test_unet_config(cases[i].from, cases[i].to, config, sizeof config), "%s: '%s' not in the config", cases[i].what,
                cases[i].from);
        REQUIRE(sd_test_make_folder(dir, config, NULL, "model.safetensors"), "make folder %s", dir);
        sd_test_model_fails(t, dir, cases[i].code, cases[i].needle1, cases[i].needle2, cases[i].what);
    }
    sd_test_remove_folder(dir);
    REQUIRE(sd_test_make_folder(dir, "[1, 2]", NULL, "model.safetensors"), "make folder");
    sd_test_model_fails(t, dir, SD_ERR_MODEL_FORMAT, "unet/config.json", "not a JSON object", "config not an object");
    sd_test_remove_folder(dir);
    REQUIRE(sd_test_make_folder(dir, NULL, "text_encoder", NULL), "make folder");
    sd_test_model_fails(t, dir, SD_ERR_IO, "has no text_encoder/ folder", dir, "folder without a text encoder");
    sd_test_remove_folder(dir);
    REQUIRE(sd_test_make_folder(dir, NULL, NULL, NULL), "make folder");
    sd_test_model_fails(t, dir, SD_ERR_IO, "text_encoder' has no diffusion_pytorch_model.safetensors or model.safetensors", NULL,
                        "text encoder without weights");
    sd_test_remove_folder(dir);
    REQUIRE(sd_test_make_folder(dir, NULL, "scheduler", "model.safetensors"), "make folder");
    REQUIRE(mkdir(strcat(strcpy(config, dir), "/scheduler"), 0700) == 0, "mkdir");
    REQUIRE(sd_test_write_file(strcat(config, "/scheduler_config.json"), "[]", 2), "write");
    sd_test_model_fails(t, dir, SD_ERR_MODEL_FORMAT, "scheduler_config.json", "not a JSON object", "scheduler config not an object");
    sd_test_remove_folder(dir);
}

/* fp16 weight names, a folder without a scheduler, and tokenizer files when both exist (one
   without the other is an error: it used to fall back to the built-in tokenizer silently). */
static void test_model_folder_variants(sd_tester *t) {
    sd__env env = sd_test_env();
    sd__model m;
    char dir[256], path[512];
    sd_test_tmp(dir, sizeof dir, "folder");
    sd_test_remove_folder(dir);
    REQUIRE(sd_test_make_folder(dir, NULL, "scheduler", "model.fp16.safetensors"), "make folder");
    snprintf(path, sizeof path, "%s/tokenizer/vocab.json", dir);
    REQUIRE(sd_test_write_file(path, "{}", 2), "write");
    sd_test_model_fails(t, dir, SD_ERR_MODEL_FORMAT, "has vocab.json but no merges.txt", NULL, "vocab.json alone");
    snprintf(path, sizeof path, "%s/tokenizer/merges.txt", dir);
    REQUIRE(sd_test_write_file(path, "#version: 0.2\n", 14), "write");
    if (sd_test_model_open(t, &env, dir, &m)) {
        CHECK(!m.scheduler, "no scheduler folder: NULL");
        CHECK(sd_test_model_tensor(&m, SD__PART_TEXT, "final_layer_norm.bias") != NULL, "fp16 variant read");
        CHECK(m.vocab_path && strstr(m.vocab_path, "tokenizer/vocab.json") && m.merges_path &&
                  strstr(m.merges_path, "tokenizer/merges.txt"),
              "tokenizer paths");
        sd__model_close(&env, &m);
    }
    sd_test_remove_folder(dir);
    CHECK(env.host_bytes == 0, "%lu bytes leaked", (unsigned long)env.host_bytes);
}

static void tests_model(sd_tester *t) {
    RUN(t, test_model_tiny_layouts_agree);
    RUN(t, test_model_sd15_inventory);
    RUN(t, test_model_sd2_openclip_inference);
    RUN(t, test_model_unet_channels);
    RUN(t, test_model_ldm_name_mapping);
    RUN(t, test_model_fused_qkv_views);
    RUN(t, test_model_rejects_missing_and_corrupt_files);
    RUN(t, test_model_rejects_bad_tensors);
    RUN(t, test_model_sidecar);
    RUN(t, test_model_rejects_bad_folders);
    RUN(t, test_model_folder_variants);
}
