/* ============================================================================================
   Autotune cache: the fastest variant of an op per shape, remembered in a small text file
   ============================================================================================ */
/* A backend that times variants of an op (the CUDA conv2d: implicit-GEMM tile sizes against
   im2col + cuBLAS) keeps the winners here, keyed by a device key (the GPU, its compute
   capability, this library's version, the library it calls and its kernels' identity) and a
   shape key (the op, dtype and shape). The file is text:

     sd_single autotune 1
     <device key> TAB <shape key> TAB <variant name> TAB <milliseconds>

   Lines of other devices are kept when the file is rewritten and never used. A file that does
   not start with the header, or has a malformed line, is ignored as a whole (with a log line):
   it is rewritten at the next save. Keys hold no tabs or newlines (see sd__tune_clean). */
#ifdef SD__CUDA /* the CUDA backend is its only user */
#define SD__TUNE_HEADER "sd_single autotune 1\n"
#define SD__TUNE_MAX_FILE ((size_t)4 << 20)
#define SD__TUNE_KEY 256

typedef struct sd__tune_entry {
    char shape[SD__TUNE_KEY];
    int choice; /* index into the variant names */
    float ms;
} sd__tune_entry;

typedef struct sd__tune_cache {
    char device[SD__TUNE_KEY];
    const char *const *names; /* the variants, by choice */
    int name_count;
    sd__tune_entry *entries;
    size_t count, cap;
} sd__tune_cache;

typedef enum sd__tune_status { SD__TUNE_READ, SD__TUNE_NOT_A_CACHE, SD__TUNE_CORRUPT } sd__tune_status;

/* Copies s into dst (size bytes), tabs, newlines and carriage returns made spaces. */
static void sd__tune_clean(char *dst, size_t size, const char *s) {
    size_t i;
    for (i = 0; i + 1 < size && s[i]; i++) dst[i] = s[i] == '\t' || s[i] == '\n' || s[i] == '\r' ? ' ' : s[i];
    dst[i] = 0;
}

/* The cache's choice for `shape`, or -1. */
static int sd__tune_find(const sd__tune_cache *cache, const char *shape) {
    size_t i;
    for (i = 0; i < cache->count; i++)
        if (strcmp(cache->entries[i].shape, shape) == 0) return cache->entries[i].choice;
    return -1;
}

/* Records (or replaces) the choice for `shape`; 0 when out of memory. */
static int sd__tune_add(sd__env *env, sd__tune_cache *cache, const char *shape, int choice, float ms) {
    sd__tune_entry *e = NULL;
    size_t i;
    for (i = 0; i < cache->count && !e; i++)
        if (strcmp(cache->entries[i].shape, shape) == 0) e = &cache->entries[i];
    if (!e) {
        if (cache->count == cache->cap) {
            size_t cap = cache->cap ? 2 * cache->cap : 32, bytes;
            sd__tune_entry *grown;
            if (!sd__mul_size(cap, sizeof *grown, &bytes) ||
                !(grown = (sd__tune_entry *)sd__realloc(env, cache->entries, cache->cap * sizeof *grown, bytes)))
                return 0;
            cache->entries = grown;
            cache->cap = cap;
        }
        e = &cache->entries[cache->count++];
        sd__tune_clean(e->shape, sizeof e->shape, shape);
    }
    e->choice = choice;
    e->ms = ms;
    return 1;
}

static void sd__tune_free(sd__env *env, sd__tune_cache *cache) {
    sd__free(env, cache->entries);
    cache->entries = NULL;
    cache->count = cache->cap = 0;
}

/* Splits the tab-separated line [p, end) into exactly `count` fields (NUL-terminated in place). */
static int sd__tune_fields(char *p, char *end, char **fields, int count) {
    int n = 0;
    fields[n++] = p;
    for (; p < end; p++)
        if (*p == '\t') {
            if (n == count) return 0;
            *p = 0;
            fields[n++] = p + 1;
        }
    *end = 0;
    return n == count;
}

/* Reads the entries of cache->device from the file text (size bytes, modified in place) into
   cache; *foreign counts the lines of other devices. On SD__TUNE_NOT_A_CACHE or SD__TUNE_CORRUPT
   nothing is added, and *line is the line at fault (1-based). */
static sd__tune_status sd__tune_parse(sd__env *env, sd__tune_cache *cache, char *text, size_t size, size_t *foreign,
                                      size_t *line) {
    const size_t header = sizeof SD__TUNE_HEADER - 1, first = cache->count;
    char *p = text + header, *end = text + size;
    *foreign = 0;
    *line = 1;
    if (size < header || memcmp(text, SD__TUNE_HEADER, header) != 0) return SD__TUNE_NOT_A_CACHE;
    while (p < end) {
        char *eol = (char *)memchr(p, '\n', (size_t)(end - p)), *fields[4], *stop;
        double ms;
        int choice;
        ++*line;
        if (!eol) eol = end; /* a last line without its newline */
        if (!sd__tune_fields(p, eol, fields, 4) || !fields[0][0] || !fields[1][0] || strlen(fields[0]) >= SD__TUNE_KEY ||
            strlen(fields[1]) >= SD__TUNE_KEY)
            goto corrupt;
        p = eol + 1;
        if (strcmp(fields[0], cache->device) != 0) { /* another device's: its variants may differ */
            ++*foreign;
            continue;
        }
        for (choice = 0; choice < cache->name_count && strcmp(fields[2], cache->names[choice]) != 0; choice++) {}
        ms = strtod(fields[3], &stop);
        if (choice == cache->name_count || stop == fields[3] || *stop || !(ms >= 0.0 && ms < 1e9) ||
            !sd__tune_add(env, cache, fields[1], choice, (float)ms))
            goto corrupt;
    }
    return SD__TUNE_READ;
corrupt:
    cache->count = first;
    return SD__TUNE_CORRUPT;
}

/* Where the cache lives: $SD_AUTOTUNE_CACHE, else $XDG_CACHE_HOME/sd_single/autotune.txt, else
   $HOME/.cache/sd_single/autotune.txt; NULL (nowhere) without any of them. Allocated. */
static char *sd__tune_path(sd__env *env) {
    const char *file = getenv("SD_AUTOTUNE_CACHE"), *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
    char *dir, *path;
    if (file && *file) return sd__strdup(env, file);
    if (xdg && *xdg) dir = sd__path_join(env, xdg, "sd_single");
    else if (home && *home) dir = sd__path_join(env, home, ".cache/sd_single");
    else return NULL;
    path = dir ? sd__path_join(env, dir, "autotune.txt") : NULL;
    sd__free(env, dir);
    return path;
}

/* Adds the entries of cache->device found in the file at path (a missing file has none); a file
   that is not a cache or is corrupt is ignored with a log line. */
static void sd__tune_load(sd__env *env, sd__tune_cache *cache, const char *path) {
    char *text = NULL;
    size_t size = 0, foreign, line;
    sd__tune_status status;
    if (!path || !sd__is_file(path)) return;
    if (sd__read_file(env, path, SD__TUNE_MAX_FILE, &text, &size) != SD_OK) {
        sd__log(env, SD_LOG_WARN, "autotune: ignoring the cache '%s': %s", path, env->message);
        sd__clear_error(env);
        return;
    }
    status = sd__tune_parse(env, cache, text, size, &foreign, &line);
    if (status != SD__TUNE_READ)
        sd__log(env, SD_LOG_WARN, "autotune: ignoring the cache '%s': %s (line %lu); it is rewritten at the next save", path,
                status == SD__TUNE_NOT_A_CACHE ? "not an sd_single autotune file of this version" : "malformed line",
                (unsigned long)line);
    else
        sd__log(env, SD_LOG_DEBUG, "autotune: %lu entries for this device from '%s' (%lu of other devices)",
                (unsigned long)cache->count, path, (unsigned long)foreign);
    sd__free(env, text);
}

/* Creates the folders above path (as mkdir -p; existing ones are fine). */
static void sd__tune_make_dirs(const char *path) {
    char dir[4096];
    size_t i, n = strlen(path);
    if (n >= sizeof dir) return;
    memcpy(dir, path, n + 1);
    for (i = 1; i < n; i++)
        if (dir[i] == '/') {
            dir[i] = 0;
            mkdir(dir, 0755);
            dir[i] = '/';
        }
}

/* Writes the cache to path: the valid file's lines of other devices, then this device's entries,
   through a temporary file renamed over it. A failure is logged, not an error: tuning results
   are only lost. */
static void sd__tune_save(sd__env *env, const sd__tune_cache *cache, const char *path) {
    char *text = NULL, *tmp = NULL, *p, *end;
    size_t size = 0, i, len;
    FILE *f = NULL;
    int ok;
    if (!path) return;
    if (sd__is_file(path) && sd__read_file(env, path, SD__TUNE_MAX_FILE, &text, &size) != SD_OK) sd__clear_error(env);
    len = strlen(path);
    if (!(tmp = (char *)sd__malloc(env, len + 32))) {
        sd__clear_error(env);
        sd__free(env, text);
        return;
    }
    snprintf(tmp, len + 32, "%s.%ld.tmp", path, (long)getpid());
    sd__tune_make_dirs(path);
    ok = (f = fopen(tmp, "w")) != NULL && fputs(SD__TUNE_HEADER, f) >= 0;
    if (ok && text && size >= sizeof SD__TUNE_HEADER - 1 && memcmp(text, SD__TUNE_HEADER, sizeof SD__TUNE_HEADER - 1) == 0)
        for (p = text + sizeof SD__TUNE_HEADER - 1, end = text + size; ok && p < end;) {
            char *eol = (char *)memchr(p, '\n', (size_t)(end - p)), *tab = (char *)memchr(p, '\t', (size_t)(end - p));
            if (!eol) eol = end;
            if (tab && tab < eol && ((size_t)(tab - p) != strlen(cache->device) || memcmp(p, cache->device, (size_t)(tab - p)) != 0))
                ok = fwrite(p, 1, (size_t)(eol - p), f) == (size_t)(eol - p) && fputc('\n', f) != EOF;
            p = eol + 1;
        }
    for (i = 0; ok && i < cache->count; i++)
        ok = fprintf(f, "%s\t%s\t%s\t%.4f\n", cache->device, cache->entries[i].shape, cache->names[cache->entries[i].choice],
                     (double)cache->entries[i].ms) > 0;
    if (f && fclose(f) != 0) ok = 0;
    if (ok && rename(tmp, path) != 0) ok = 0;
    if (!ok) {
        char why[128];
        sd__log(env, SD_LOG_WARN, "autotune: cannot write the cache '%s': %s", path, sd__errno_text(errno, why, sizeof why));
        remove(tmp);
    }
    sd__free(env, tmp);
    sd__free(env, text);
}

/* 64-bit FNV-1a of bytes: the identity of a kernels file. */
static unsigned long long sd__fnv1a64(const void *data, size_t size) {
    const unsigned char *p = (const unsigned char *)data;
    unsigned long long h = 14695981039346656037ULL;
    size_t i;
    for (i = 0; i < size; i++) h = (h ^ p[i]) * 1099511628211ULL;
    return h;
}
#endif
