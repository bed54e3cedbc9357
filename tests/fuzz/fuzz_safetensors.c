/* Target "safetensors": the bytes of a .safetensors file, through sd__st_parse (the parser behind
   sd__st_open), every tensor's data, and the model readers above it: the single-file checkpoint
   (configs inferred from shapes, with and without the tiny model's sidecar) and the diffusers
   folder layout (each part's file against the default configs).

   An input whose data block is shorter than its header's offsets (the seeds hold the real tiny
   model's header without its 12 MB of data) is parsed as it is, which must fail, and then again
   with its data block extended up to the largest offset, so that the model readers see its table.
   The extension is left uninitialized (filling 12 MB would halve the speed): in that mode nothing
   reads tensor data. */
#define FUZZ_ST_MAX_PADDED ((size_t)64 << 20)
#define FUZZ_ST_MAX_CONVERTED ((size_t)1 << 20) /* floats converted per input, to keep runs fast */

static const char fuzz_tiny_sidecar[] =
    "{\"unet\": {\"attention_head_dim\": 2, \"sample_size\": 8}, \"text_encoder\": {\"num_attention_heads\": 4}}";

/* Every tensor lies inside the bytes, is found by name, and converts when it is floating point. */
static void fuzz_st_tensors(const sd__st_file *f, const unsigned char *data, size_t size, int convert) {
    size_t i, converted = 0;
    for (i = 0; i < f->count; i++) {
        const sd__st_tensor *t = &f->tensors[i];
        FUZZ_CHECK(t->data >= data + 8 && t->bytes <= size && t->data - data <= (ptrdiff_t)(size - t->bytes),
                   "tensor '%s' lies outside the input", t->name);
        FUZZ_CHECK(t->bytes == t->count * sd__st_dtypes[t->dtype].size, "tensor '%s': bytes do not match its shape", t->name);
        FUZZ_CHECK(sd__st_find(f, t->name) == t, "tensor '%s' is not found by name", t->name);
        if (convert && t->count <= FUZZ_ST_MAX_CONVERTED - converted) {
            float *dst = (float *)malloc(t->count ? t->count * sizeof(float) : 1);
            FUZZ_CHECK(dst != NULL, "out of memory");
            if (sd__st_to_f32(t, dst)) {
                converted += t->count;
                if (t->rank == 2 && t->shape[0] > 0) sd__st_rows_to_f32(t, (size_t)t->shape[0] - 1, 1, dst);
            }
            free(dst);
        }
    }
}

/* The checkpoint reader over f's tensors; f keeps them afterwards. */
static void fuzz_st_checkpoint(sd__env *env, sd__st_file *f, const sd__json *sidecar) {
    sd__model m;
    memset(&m, 0, sizeof m);
    m.checkpoint = *f;
    if (sd__model_from_checkpoint(env, &m, sidecar, "sidecar.json", 0) == SD_OK) sd__model_finish(env, &m);
    *f = m.checkpoint;
    memset(&m.checkpoint, 0, sizeof m.checkpoint);
    sd__model_close(env, &m);
}

/* The folder reader with f as the given part's file and default configs. */
static void fuzz_st_folder_part(sd__env *env, sd__st_file *f, sd__part part) {
    sd__model m;
    memset(&m, 0, sizeof m);
    m.layout = SD__LAYOUT_DIFFUSERS;
    sd__config_defaults(&m);
    m.part_files[part] = *f;
    sd__model_finish(env, &m);
    *f = m.part_files[part];
    memset(&m.part_files[part], 0, sizeof m.part_files[part]);
    sd__model_close(env, &m);
}

static void fuzz_st_models(sd__env *env, sd__st_file *f) {
    sd__json_doc sidecar;
    int p;
    FUZZ_CHECK(sd__json_parse(env, fuzz_tiny_sidecar, sizeof fuzz_tiny_sidecar - 1, &sidecar) == SD_OK, "sidecar");
    fuzz_st_checkpoint(env, f, NULL);
    fuzz_st_checkpoint(env, f, sidecar.nodes);
    sd__json_free(env, &sidecar);
    for (p = 0; p < SD__PART_COUNT; p++) fuzz_st_folder_part(env, f, (sd__part)p);
}

/* The input extended up to the largest data offset its header names, when that is more than it
   holds; NULL otherwise. */
static unsigned char *fuzz_st_padded(sd__env *env, const unsigned char *data, size_t size, size_t *padded_size) {
    unsigned long long header_len = 0;
    size_t end = 0, total;
    sd__json_doc doc;
    const sd__json *e, *offsets;
    unsigned char *padded;
    int k;
    if (size < 8) return NULL;
    for (k = 7; k >= 0; k--) header_len = (header_len << 8) | data[k];
    if (header_len > size - 8 || header_len > SD__ST_MAX_HEADER) return NULL;
    if (sd__json_parse(env, (const char *)data + 8, (size_t)header_len, &doc) != SD_OK) return NULL;
    for (e = doc.nodes[0].type == SD__JSON_OBJECT ? doc.nodes[0].child : NULL; e; e = e->next) {
        offsets = sd__json_get(e, "data_offsets");
        if (offsets && offsets->type == SD__JSON_ARRAY && offsets->length == 2 && offsets->child->next->is_integer &&
            offsets->child->next->integer > 0 && (unsigned long long)offsets->child->next->integer <= FUZZ_ST_MAX_PADDED &&
            (size_t)offsets->child->next->integer > end)
            end = (size_t)offsets->child->next->integer;
    }
    sd__json_free(env, &doc);
    total = 8 + (size_t)header_len + end;
    if (total <= size) return NULL;
    padded = (unsigned char *)malloc(total);
    FUZZ_CHECK(padded != NULL, "out of memory");
    memcpy(padded, data, size);
    *padded_size = total;
    return padded;
}

static void fuzz_safetensors(const unsigned char *data, size_t size) {
    sd__env env = fuzz_env();
    sd__st_file f;
    unsigned char *padded;
    size_t padded_size = 0;
    sd_result r = sd__st_parse(&env, data, size, "input", &f);
    if (r == SD_OK) {
        fuzz_st_tensors(&f, data, size, 1);
        fuzz_st_models(&env, &f);
        sd__st_close(&env, &f);
    } else {
        FUZZ_CHECK(r == SD_ERR_MODEL_FORMAT || r == SD_ERR_OUT_OF_MEMORY, "parse returned %d: %s", (int)r, env.message);
        FUZZ_CHECK(env.message[0] != 0, "failure %d without a message", (int)r);
    }
    FUZZ_CHECK(env.host_bytes == 0, "%lu bytes leaked by the parser", (unsigned long)env.host_bytes);
    sd__clear_error(&env);
    if (r != SD_OK && (padded = fuzz_st_padded(&env, data, size, &padded_size)) != NULL) {
        if (sd__st_parse(&env, padded, padded_size, "padded input", &f) == SD_OK) {
            fuzz_st_tensors(&f, padded, padded_size, 0);
            fuzz_st_models(&env, &f);
            sd__st_close(&env, &f);
        }
        free(padded);
    }
    FUZZ_CHECK(env.host_bytes == 0, "%lu bytes leaked by the model readers", (unsigned long)env.host_bytes);
}
