/* ============================================================================================
   Errors and logging
   ============================================================================================ */

SDDEF const char *sd_result_string(sd_result result) {
    switch (result) {
    case SD_OK: return "ok";
    case SD_ERR_INVALID_ARGUMENT: return "invalid argument";
    case SD_ERR_OUT_OF_MEMORY: return "out of memory";
    case SD_ERR_IO: return "I/O error";
    case SD_ERR_MODEL_FORMAT: return "malformed model file";
    case SD_ERR_MODEL_MISMATCH: return "model does not match its configuration";
    case SD_ERR_UNSUPPORTED: return "unsupported";
    case SD_ERR_BACKEND: return "backend error";
    case SD_ERR_CANCELLED: return "cancelled";
    case SD_ERR_NUMERIC: return "numerical error (NaN or Inf)";
    case SD_ERR_NO_MODEL: return "no model loaded";
    }
    return "unknown error";
}

static void sd__vlog(sd__env *env, sd_log_level level, const char *fmt, va_list ap) {
    char line[1024];
    if (!env->logger.func) return;
    vsnprintf(line, sizeof line, fmt, ap);
    env->logger.func(env->logger.user_data, level, line);
}

static void sd__log(sd__env *env, sd_log_level level, const char *fmt, ...) SD__PRINTF(3, 4);
static void sd__log(sd__env *env, sd_log_level level, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    sd__vlog(env, level, fmt, ap);
    va_end(ap);
}

/* Records an error (the first one of a failing call wins: later ones only add context through
   sd__fail_context) and returns its code, so callers write `return sd__fail(env, ...)`. */
static sd_result sd__fail(sd__env *env, sd_result code, const char *fmt, ...) SD__PRINTF(3, 4);
static sd_result sd__fail(sd__env *env, sd_result code, const char *fmt, ...) {
    va_list ap;
    env->code = code;
    va_start(ap, fmt);
    vsnprintf(env->message, sizeof env->message, fmt, ap);
    va_end(ap);
    sd__log(env, SD_LOG_ERROR, "%s", env->message);
    return code;
}

/* Prefixes the current message with where it happened ("unet/config.json: ..."). */
static sd_result sd__fail_context(sd__env *env, const char *context) {
    size_t c = strlen(context), m = strlen(env->message), cap = sizeof env->message - 1;
    if (c + 2 > cap) return env->code;
    if (m > cap - c - 2) m = cap - c - 2;
    memmove(env->message + c + 2, env->message, m);
    memcpy(env->message, context, c);
    env->message[c] = ':';
    env->message[c + 1] = ' ';
    env->message[c + 2 + m] = 0;
    return env->code;
}

static sd_result sd__oom(sd__env *env) { return sd__fail(env, SD_ERR_OUT_OF_MEMORY, "out of memory"); }

static void sd__clear_error(sd__env *env) {
    env->code = SD_OK;
    env->message[0] = 0;
}

/* --------------------------------------------------------------------------------------------
   Files (they report through the env, so they live after the error functions)
   -------------------------------------------------------------------------------------------- */
typedef struct sd__mapped_file {
    const unsigned char *data;
    size_t size;
    int mapped; /* 1: munmap on close; 0: data is NULL or owned elsewhere */
} sd__mapped_file;

/* The text of errno value err, in buf unless it is a constant. strerror may hand every thread the
   same buffer; strerror_r does not. (glibc declares the variant that returns the text when GNU
   extensions are on, which it records as __USE_GNU.) */
static const char *sd__errno_text(int err, char *buf, size_t size) {
#if defined(__GLIBC__) && defined(__USE_GNU)
    return strerror_r(err, buf, size);
#else
    if (strerror_r(err, buf, size) != 0) snprintf(buf, size, "error %d", err);
    return buf;
#endif
}

/* Maps a whole file read-only. An empty file maps to data NULL, size 0. */
static sd_result sd__map_file(sd__env *env, const char *path, sd__mapped_file *out) {
    struct stat st;
    char why[128];
    const char *problem = sd__path_problem(path);
    void *p;
    int fd;
    memset(out, 0, sizeof *out);
    if (problem && strcmp(problem, "not found") != 0) return sd__fail(env, SD_ERR_IO, "cannot open '%s': it is %s", path, problem);
    fd = open(path, O_RDONLY | O_NONBLOCK); /* should a FIFO replace the file after the check, open does not wait */
    if (fd < 0) return sd__fail(env, SD_ERR_IO, "cannot open '%s': %s", path, sd__errno_text(errno, why, sizeof why));
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        close(fd);
        return sd__fail(env, SD_ERR_IO, "cannot open '%s': it is %s", path, S_ISDIR(st.st_mode) ? "a folder" : "not a regular file");
    }
    if ((unsigned long long)st.st_size > (unsigned long long)((size_t)-1 >> 1)) {
        close(fd);
        return sd__fail(env, SD_ERR_IO, "'%s' is too large to map", path);
    }
    out->size = (size_t)st.st_size;
    if (out->size == 0) {
        close(fd);
        return SD_OK;
    }
    p = mmap(NULL, out->size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (p == MAP_FAILED) return sd__fail(env, SD_ERR_IO, "cannot map '%s': %s", path, sd__errno_text(errno, why, sizeof why));
    out->data = (const unsigned char *)p;
    out->mapped = 1;
    return SD_OK;
}

/* Lets the pages of [p, p + bytes), when they lie in f's mapping, leave the process's memory: the
   page cache keeps them and a later read maps them again. The weights are read once, at load, so
   the resident size stays what the backend holds instead of growing by the whole file. */
static void sd__mapped_forget(const sd__mapped_file *f, const void *p, size_t bytes) {
#ifdef MADV_DONTNEED
    const long page = sysconf(_SC_PAGESIZE);
    uintptr_t begin = (uintptr_t)p, end = begin + bytes, base = (uintptr_t)f->data;
    if (!f->mapped || page <= 0 || begin < base || end > base + f->size || end <= begin) return;
    begin -= (begin - base) % (uintptr_t)page; /* the mapping starts on a page */
    madvise((void *)begin, end - begin, MADV_DONTNEED);
#else
    (void)f; (void)p; (void)bytes;
#endif
}

static void sd__unmap_file(sd__mapped_file *f) {
    if (f->mapped) munmap((void *)f->data, f->size);
    memset(f, 0, sizeof *f);
}

/* Reads a whole (small) file into a NUL-terminated buffer, refusing files above max_size. */
static sd_result sd__read_file(sd__env *env, const char *path, size_t max_size, char **out, size_t *out_size) {
    sd__mapped_file f;
    sd_result r = sd__map_file(env, path, &f);
    *out = NULL;
    if (r != SD_OK) return r;
    if (f.size > max_size) {
        sd__unmap_file(&f);
        return sd__fail(env, SD_ERR_IO, "'%s' is larger than %lu bytes", path, (unsigned long)max_size);
    }
    *out = (char *)sd__malloc(env, f.size + 1);
    if (!*out) {
        sd__unmap_file(&f);
        return sd__oom(env);
    }
    if (f.size) memcpy(*out, f.data, f.size);
    (*out)[f.size] = 0;
    if (out_size) *out_size = f.size;
    sd__unmap_file(&f);
    return SD_OK;
}
