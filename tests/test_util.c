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

/* A safetensors file of float32 tensors, one after the other in the data: names[k] of shape
   [rows[k], cols[k]] ([cols[k]] when rows[k] is 0), its values next in `values`. */
static int sd_test_write_f32_tensors(const char *path, int count, const char *const *names, const int *rows, const int *cols,
                                     const float *values) {
    char header[2048], *file;
    size_t used = 1, len, total, offset = 0, k;
    int i, ok;
    header[0] = '{';
    for (k = 0; k < (size_t)count; k++) {
        const size_t bytes = (size_t)(rows[k] ? rows[k] : 1) * (size_t)cols[k] * 4;
        char shape[64];
        if (rows[k]) snprintf(shape, sizeof shape, "%d,%d", rows[k], cols[k]);
        else snprintf(shape, sizeof shape, "%d", cols[k]);
        used += (size_t)snprintf(header + used, sizeof header - used, "%s\"%s\":{\"dtype\":\"F32\",\"shape\":[%s],\"data_offsets\":[%lu,%lu]}",
                                 k ? "," : "", names[k], shape, (unsigned long)offset, (unsigned long)(offset + bytes));
        offset += bytes;
        if (used >= sizeof header - 1) return 0;
    }
    header[used++] = '}';
    len = (used + 7) / 8 * 8;
    total = 8 + len + offset;
    if (!(file = (char *)calloc(1, total))) return 0;
    for (i = 0; i < 8; i++) file[i] = (char)((len >> (8 * i)) & 0xFF);
    memset(file + 8, ' ', len);
    memcpy(file + 8, header, used);
    memcpy(file + 8 + len, values, offset);
    ok = sd_test_write_file(path, file, total);
    free(file);
    return ok;
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
