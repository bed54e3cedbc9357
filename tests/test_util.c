/* Helpers shared by the test files: golden tensors, temporary files, running the CLI. */
#include <sys/wait.h>

/* An env with the default allocator and no logger, for calling private functions. */
static sd__env sd_test_env(void) {
    sd__env env;
    memset(&env, 0, sizeof env);
    return env;
}

/* Element i of an array, or NULL. */
static const sd__json *sd_test_json_at(const sd__json *arr, size_t i) {
    const sd__json *c;
    if (!arr || arr->type != SD__JSON_ARRAY) return NULL;
    for (c = arr->child; c && i; c = c->next) i--;
    return c;
}

/* Opens a file of diffusers reference tensors (tests/data/golden.safetensors by default). */
static int sd_test_open_golden_file(sd_tester *t, sd__env *env, const char *path, sd__st_file *golden) {
    if (sd__st_open(env, path, golden) != SD_OK) {
        sd_test_fail_at(t, __FILE__, __LINE__, "%s: %s", path, env->message);
        return 0;
    }
    return 1;
}
static int sd_test_open_golden(sd_tester *t, sd__env *env, sd__st_file *golden) {
    return sd_test_open_golden_file(t, env, TEST_DATA "/golden.safetensors", golden);
}

/* A golden tensor converted to float32 (caller frees with sd__free), or NULL with a failure. */
static float *sd_test_golden_f32(sd_tester *t, sd__env *env, const sd__st_file *golden, const char *name, size_t *count) {
    const sd__st_tensor *g = sd__st_find(golden, name);
    float *v;
    if (!g) {
        sd_test_fail_at(t, __FILE__, __LINE__, "golden tensor '%s' is missing", name);
        return NULL;
    }
    v = (float *)sd__calloc(env, g->count ? g->count : 1, sizeof(float));
    if (!v || !sd__st_to_f32(g, v)) {
        sd_test_fail_at(t, __FILE__, __LINE__, "golden tensor '%s' is not floating point", name);
        sd__free(env, v);
        return NULL;
    }
    if (count) *count = g->count;
    return v;
}

/* Writes bytes to a fresh file under the system temp folder; returns its path (static buffer
   per call site is not needed: the caller passes one). */
static int sd_test_write_file(const char *path, const void *data, size_t size) {
    FILE *f = fopen(path, "wb");
    if (!f) return 0;
    if (size && fwrite(data, 1, size, f) != size) { fclose(f); return 0; }
    return fclose(f) == 0;
}

/* A safetensors file of the given tensors (names[k] replaces tensors[k]->name when names is not
   NULL), their data one after the other. */
static int sd_test_write_safetensors(const char *path, size_t count, const sd__st_tensor *tensors, const char *const *names) {
    char *header, *file, entry[512];
    size_t used = 1, cap = 4096, len, total, offset = 0, k;
    int i, d, ok;
    if (!(header = (char *)malloc(cap))) return 0;
    header[0] = '{';
    for (k = 0; k < count; k++) {
        const sd__st_tensor *x = &tensors[k];
        int n = snprintf(entry, sizeof entry, "%s\"%s\":{\"dtype\":\"%s\",\"shape\":[", k ? "," : "", names ? names[k] : x->name,
                         sd__st_dtypes[x->dtype].name);
        for (d = 0; d < x->rank; d++) n += snprintf(entry + n, sizeof entry - (size_t)n, "%s%lld", d ? "," : "", x->shape[d]);
        n += snprintf(entry + n, sizeof entry - (size_t)n, "],\"data_offsets\":[%lu,%lu]}", (unsigned long)offset,
                      (unsigned long)(offset + x->bytes));
        if (n >= (int)sizeof entry) break;
        if (used + (size_t)n + 2 > cap) {
            char *grown = (char *)realloc(header, cap = 2 * cap + (size_t)n);
            if (!grown) break;
            header = grown;
        }
        memcpy(header + used, entry, (size_t)n);
        used += (size_t)n;
        offset += x->bytes;
    }
    if (k < count) {
        free(header);
        return 0;
    }
    header[used++] = '}';
    len = (used + 7) / 8 * 8;
    total = 8 + len + offset;
    if (!(file = (char *)calloc(1, total))) {
        free(header);
        return 0;
    }
    for (i = 0; i < 8; i++) file[i] = (char)((len >> (8 * i)) & 0xFF);
    memset(file + 8, ' ', len);
    memcpy(file + 8, header, used);
    for (offset = 0, k = 0; k < count; offset += tensors[k].bytes, k++) memcpy(file + 8 + len + offset, tensors[k].data, tensors[k].bytes);
    ok = sd_test_write_file(path, file, total);
    free(header);
    free(file);
    return ok;
}

/* A safetensors file of float32 tensors, one after the other in the data: names[k] of shape
   [rows[k], cols[k]] ([cols[k]] when rows[k] is 0), its values next in `values`. */
static int sd_test_write_f32_tensors(const char *path, int count, const char *const *names, const int *rows, const int *cols,
                                     const float *values) {
    sd__st_tensor tensors[16];
    int k;
    if (count > 16) return 0;
    for (k = 0; k < count; k++) {
        sd__st_tensor *x = &tensors[k];
        memset(x, 0, sizeof *x);
        x->dtype = SD__ST_F32;
        x->rank = rows[k] ? 2 : 1;
        x->shape[0] = rows[k] ? rows[k] : cols[k];
        x->shape[1] = cols[k];
        x->count = (size_t)(rows[k] ? rows[k] : 1) * (size_t)cols[k];
        x->bytes = x->count * 4;
        x->data = (const unsigned char *)values;
        values += x->count;
    }
    return sd_test_write_safetensors(path, (size_t)count, tensors, names);
}

/* A per-process temporary path: /tmp/sd_test_<pid>_<name>. */
static const char *sd_test_tmp(char *buf, size_t size, const char *name) {
    snprintf(buf, size, "/tmp/sd_test_%ld_%s", (long)getpid(), name);
    return buf;
}

/* Runs a shell command, capturing stdout+stderr into out (NUL-terminated, truncated to size).
   Returns the exit status, or -1 if it could not run. */
static int sd_test_run_command(const char *cmd, char *out, size_t size) {
    char full[4096];
    FILE *p;
    size_t n = 0;
    int status;
    snprintf(full, sizeof full, "%s 2>&1", cmd);
    p = popen(full, "r");
    if (!p) return -1;
    if (out && size) {
        n = fread(out, 1, size - 1, p);
        out[n] = 0;
    }
    while (fgetc(p) != EOF) {}
    status = pclose(p);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/* Worst |got - ref| over u8 pixels. */
static int sd_test_max_pixel_diff(const unsigned char *got, const unsigned char *ref, size_t n) {
    int worst = 0;
    size_t i;
    for (i = 0; i < n; i++) {
        int d = abs((int)got[i] - (int)ref[i]);
        if (d > worst) worst = d;
    }
    return worst;
}

/* The tiny SD 1.x model as a diffusers folder (TINY_SD_FOLDER), made from tests/data/tiny-sd.safetensors
   so that the test data holds its weights once: the configs and tokenizer diffusers wrote (tests/data/
   tiny-sd) and each part's tensors under their canonical (diffusers) names. The folder layout's own
   naming is tested on tests/data/tiny-sd2, which diffusers wrote whole. */
static int sd_test_make_tiny_folder(void) {
    static const char *const weight_files[SD__PART_COUNT] = {"model.safetensors", "diffusion_pytorch_model.safetensors",
                                                             "diffusion_pytorch_model.safetensors"};
    sd__env env = sd_test_env();
    sd__model m;
    char cmd[1024], path[512], out[256];
    int p, ok = 1;
    snprintf(cmd, sizeof cmd, "rm -rf '%s' && mkdir -p '%s' && cp -R " TEST_DATA "/tiny-sd/. '%s'", TINY_SD_FOLDER, TINY_SD_FOLDER,
             TINY_SD_FOLDER);
    if (sd_test_run_command(cmd, out, sizeof out) != 0 || sd__model_open(&env, TEST_DATA "/tiny-sd.safetensors", NULL, &m) != SD_OK) return 0;
    for (p = 0; ok && p < SD__PART_COUNT; p++) {
        sd__st_tensor *tensors = (sd__st_tensor *)calloc(m.view_count[p] + 1, sizeof *tensors);
        size_t k;
        for (k = 0; tensors && k < m.view_count[p]; k++) tensors[k] = m.views[p][k].tensor;
        snprintf(path, sizeof path, "%s/%s/%s", TINY_SD_FOLDER, sd__part_names[p], weight_files[p]);
        ok = tensors && sd_test_write_safetensors(path, m.view_count[p], tensors, NULL);
        free(tensors);
    }
    sd__model_close(&env, &m);
    return ok;
}
