/* ============================================================================================
   Safetensors: a strict reader over a memory-mapped file (or any bytes in memory)
   ============================================================================================ */
/* Layout: u64 little-endian header length N, N bytes of JSON {name: {dtype, shape, data_offsets},
   "__metadata__": {...}}, then the data block that the offsets index. Every check the format
   allows is made before any tensor is used: the file is untrusted input. */
typedef enum sd__st_dtype {
    SD__ST_F64, SD__ST_F32, SD__ST_F16, SD__ST_BF16, SD__ST_I64, SD__ST_I32, SD__ST_I16, SD__ST_I8,
    SD__ST_U8, SD__ST_BOOL, SD__ST_F8_E4M3, SD__ST_F8_E5M2, SD__ST_DTYPE_COUNT
} sd__st_dtype;

static const struct { const char *name; size_t size; } sd__st_dtypes[SD__ST_DTYPE_COUNT] = {
    {"F64", 8}, {"F32", 4}, {"F16", 2}, {"BF16", 2}, {"I64", 8}, {"I32", 4}, {"I16", 2}, {"I8", 1},
    {"U8", 1}, {"BOOL", 1}, {"F8_E4M3", 1}, {"F8_E5M2", 1}};

#define SD__ST_MAX_RANK 8
#define SD__ST_MAX_HEADER (100u << 20) /* the format's own limit is 100 MB */
/* The JSON nodes of the largest tensor entry: its object, dtype, the shape array and its entries,
   data_offsets and its two; a larger entry is refused before its tree is built. */
#define SD__ST_ENTRY_NODES (SD__ST_MAX_RANK + 6)
/* The bytes of the shortest valid entry, "":{"dtype":"U8","shape":[],"data_offsets":[0,1]}: a
   header of N bytes holds at most N / 49 tensors, which sizes the tensor table before parsing. */
#define SD__ST_MIN_ENTRY_BYTES 49

typedef struct sd__st_tensor {
    const char *name;          /* points into the file's name pool */
    sd__st_dtype dtype;
    int rank;
    long long shape[SD__ST_MAX_RANK];
    size_t count;              /* product of shape */
    const unsigned char *data; /* inside the mapping; not aligned in general */
    size_t bytes;
} sd__st_tensor;

typedef struct sd__st_file {
    sd__mapped_file map;
    char *path;                /* the file opened (sd__st_open); NULL when parsed from memory */
    char *names;               /* the tensors' names, NUL-terminated one after another */
    size_t names_used;
    sd__st_tensor *tensors;    /* sorted by name */
    size_t count;
} sd__st_file;

static int sd__st_compare_names(const void *a, const void *b) {
    return strcmp(((const sd__st_tensor *)a)->name, ((const sd__st_tensor *)b)->name);
}

static sd_result sd__st_parse_entry(sd__env *env, const sd__json *e, const unsigned char *base,
                                    size_t data_size, sd__st_tensor *t) {
    const sd__json *dt = sd__json_get(e, "dtype"), *shape = sd__json_get(e, "shape");
    const sd__json *offs = sd__json_get(e, "data_offsets"), *d;
    long long begin, end;
    size_t expect, i;
    int k;
    if (e->type != SD__JSON_OBJECT || !dt || dt->type != SD__JSON_STRING || !shape ||
        shape->type != SD__JSON_ARRAY || !offs || offs->type != SD__JSON_ARRAY || offs->length != 2)
        return sd__fail(env, SD_ERR_MODEL_FORMAT, "tensor '%s': needs dtype, shape and two data_offsets", t->name);
    for (k = 0; k < SD__ST_DTYPE_COUNT; k++)
        if (strcmp(dt->string, sd__st_dtypes[k].name) == 0) break;
    if (k == SD__ST_DTYPE_COUNT)
        return sd__fail(env, SD_ERR_MODEL_FORMAT, "tensor '%s': unknown dtype '%s'", t->name, dt->string);
    t->dtype = (sd__st_dtype)k;
    if (shape->length > SD__ST_MAX_RANK)
        return sd__fail(env, SD_ERR_MODEL_FORMAT, "tensor '%s': rank %lu is above %d", t->name,
                        (unsigned long)shape->length, SD__ST_MAX_RANK);
    t->rank = (int)shape->length;
    t->count = 1;
    for (i = 0, d = shape->child; d; d = d->next, i++) {
        if (d->type != SD__JSON_NUMBER || !d->is_integer || d->integer < 0)
            return sd__fail(env, SD_ERR_MODEL_FORMAT, "tensor '%s': shape entries must be non-negative integers", t->name);
        t->shape[i] = d->integer;
        if ((unsigned long long)d->integer > (size_t)-1 || !sd__mul_size(t->count, (size_t)d->integer, &t->count))
            return sd__fail(env, SD_ERR_MODEL_FORMAT, "tensor '%s': shape overflows", t->name);
    }
    if (!sd__mul_size(t->count, sd__st_dtypes[k].size, &expect))
        return sd__fail(env, SD_ERR_MODEL_FORMAT, "tensor '%s': shape overflows", t->name);
    d = offs->child;
    if (d->type != SD__JSON_NUMBER || !d->is_integer || d->next->type != SD__JSON_NUMBER || !d->next->is_integer)
        return sd__fail(env, SD_ERR_MODEL_FORMAT, "tensor '%s': data_offsets must be integers", t->name);
    begin = d->integer;
    end = d->next->integer;
    if (begin < 0 || end < begin || (unsigned long long)end > (unsigned long long)data_size)
        return sd__fail(env, SD_ERR_MODEL_FORMAT, "tensor '%s': data_offsets [%lld, %lld] lie outside the %lu data bytes",
                        t->name, begin, end, (unsigned long)data_size);
    if ((size_t)(end - begin) != expect)
        return sd__fail(env, SD_ERR_MODEL_FORMAT, "tensor '%s': %lld bytes for a %s tensor of %lu elements (needs %lu)",
                        t->name, end - begin, dt->string, (unsigned long)t->count, (unsigned long)expect);
    t->data = base + begin;
    t->bytes = expect;
    return SD_OK;
}

static void sd__st_close(sd__env *env, sd__st_file *f) {
    sd__free(env, f->path);
    sd__free(env, f->tensors);
    sd__free(env, f->names);
    sd__unmap_file(&f->map);
    memset(f, 0, sizeof *f);
}

static int sd__st_compare_offsets(const void *a, const void *b) {
    const unsigned char *x = (*(const sd__st_tensor *const *)a)->data, *y = (*(const sd__st_tensor *const *)b)->data;
    return x < y ? -1 : x > y;
}

/* Checks that no two tensors share bytes of the file. */
static sd_result sd__st_check_overlaps(sd__env *env, sd__st_file *f) {
    size_t i, n = f->count;
    const sd__st_tensor **by_offset;
    if (n < 2) return SD_OK;
    by_offset = (const sd__st_tensor **)sd__calloc(env, n, sizeof *by_offset);
    if (!by_offset) return sd__oom(env);
    for (i = 0; i < n; i++) by_offset[i] = &f->tensors[i];
    qsort(by_offset, n, sizeof *by_offset, sd__st_compare_offsets);
    for (i = 1; i < n; i++) {
        const sd__st_tensor *a = by_offset[i - 1], *b = by_offset[i];
        if (a->data + a->bytes > b->data) {
            sd_result r = sd__fail(env, SD_ERR_MODEL_FORMAT, "tensors '%s' and '%s' overlap in the file", a->name, b->name);
            sd__free(env, by_offset);
            return r;
        }
    }
    sd__free(env, by_offset);
    return SD_OK;
}

/* What sd__st_add_entry needs while the header's members are walked. */
typedef struct sd__st_walk {
    sd__env *env;
    sd__st_file *f;
    size_t capacity;             /* of f->tensors */
    const unsigned char *data;   /* the data block */
    size_t data_size;
} sd__st_walk;

static sd_result sd__st_add_entry(void *ctx, const char *key, const sd__json *value, size_t value_nodes) {
    sd__st_walk *w = (sd__st_walk *)ctx;
    sd__st_file *f = w->f;
    sd__st_tensor *t;
    size_t key_bytes = strlen(key) + 1;
    sd_result r;
    if (strcmp(key, "__metadata__") == 0) return SD_OK;
    SD_ASSERT(f->count < w->capacity); /* each valid entry before this one took SD__ST_MIN_ENTRY_BYTES */
    t = &f->tensors[f->count];
    /* the pool has a byte for each of the header's, and a name never takes more than its quoted text */
    memcpy(f->names + f->names_used, key, key_bytes);
    t->name = f->names + f->names_used;
    f->names_used += key_bytes;
    if (!value)
        return sd__fail(w->env, SD_ERR_MODEL_FORMAT, "tensor '%s': its entry holds %lu JSON values, more than dtype, "
                        "shape (rank up to %d) and data_offsets can", t->name, (unsigned long)value_nodes, SD__ST_MAX_RANK);
    if ((r = sd__st_parse_entry(w->env, value, w->data, w->data_size, t)) != SD_OK) return r;
    f->count++;
    return SD_OK;
}

/* Parses a safetensors image data[0..size) that stays valid and unchanged while f is open (f
   does not own it); name labels the messages. The one parser behind sd__st_open, and the entry
   point of the fuzz target. The header is walked one entry at a time, so the memory it takes is
   bounded by about four times its length (the name pool, the tensor table, the walk's strings). */
static sd_result sd__st_parse(sd__env *env, const unsigned char *data, size_t size, const char *name, sd__st_file *f) {
    unsigned long long header_len = 0;
    sd__st_walk walk;
    size_t members = 0, i;
    sd_result r;
    int k, is_object = 0;
    memset(f, 0, sizeof *f);
    f->map.data = data; /* map.mapped stays 0: sd__st_close leaves the bytes alone */
    f->map.size = size;
    if (size < 8) {
        r = sd__fail(env, SD_ERR_MODEL_FORMAT, "'%s' is too short to be a safetensors file (%lu bytes)", name,
                     (unsigned long)size);
        goto fail;
    }
    for (k = 7; k >= 0; k--) header_len = (header_len << 8) | data[k];
    if (header_len > size - 8 || header_len > SD__ST_MAX_HEADER) {
        r = sd__fail(env, SD_ERR_MODEL_FORMAT, "'%s': header length %llu runs past the end of the %lu-byte file", name,
                     header_len, (unsigned long)size);
        goto fail;
    }
    if ((r = sd__json_check(env, (const char *)data + 8, (size_t)header_len, &is_object, &members)) != SD_OK) {
        sd__fail_context(env, name);
        goto fail;
    }
    if (!is_object) {
        r = sd__fail(env, SD_ERR_MODEL_FORMAT, "'%s': the header is not a JSON object", name);
        goto fail;
    }
    memset(&walk, 0, sizeof walk);
    walk.env = env;
    walk.f = f;
    walk.capacity = (size_t)header_len / SD__ST_MIN_ENTRY_BYTES + 1;
    if (walk.capacity > members) walk.capacity = members ? members : 1;
    walk.data = data + 8 + header_len;
    walk.data_size = size - 8 - (size_t)header_len;
    f->tensors = (sd__st_tensor *)sd__calloc(env, walk.capacity, sizeof(sd__st_tensor));
    f->names = (char *)sd__malloc(env, (size_t)header_len + 1);
    if (!f->tensors || !f->names) { r = sd__oom(env); goto fail; }
    r = sd__json_each_member(env, (const char *)data + 8, (size_t)header_len, SD__ST_ENTRY_NODES, sd__st_add_entry, &walk);
    if (r != SD_OK) {
        sd__fail_context(env, name);
        goto fail;
    }
    qsort(f->tensors, f->count, sizeof *f->tensors, sd__st_compare_names);
    for (i = 1; i < f->count; i++)
        if (strcmp(f->tensors[i - 1].name, f->tensors[i].name) == 0) {
            r = sd__fail(env, SD_ERR_MODEL_FORMAT, "'%s': tensor '%s' appears twice", name, f->tensors[i].name);
            goto fail;
        }
    if ((r = sd__st_check_overlaps(env, f)) != SD_OK) {
        sd__fail_context(env, name);
        goto fail;
    }
    return SD_OK;
fail:
    sd__st_close(env, f);
    return r;
}

/* Maps the file at path and parses it; f owns the mapping once this succeeds. */
static sd_result sd__st_open(sd__env *env, const char *path, sd__st_file *f) {
    sd__mapped_file map;
    sd_result r;
    memset(f, 0, sizeof *f);
    if ((r = sd__map_file(env, path, &map)) != SD_OK) return r;
    if ((r = sd__st_parse(env, map.data, map.size, path, f)) != SD_OK) {
        sd__unmap_file(&map);
        return r;
    }
    f->map = map;
    if (!(f->path = (char *)sd__malloc(env, strlen(path) + 1))) {
        sd__st_close(env, f);
        return sd__oom(env);
    }
    strcpy(f->path, path);
    return SD_OK;
}

/* Whether the file still holds at least the bytes it was mapped with, so that reading the mapping
   again cannot fault (SIGBUS) on pages that a truncation took away. */
static int sd__st_intact(const sd__st_file *f) {
    struct stat st;
    return !f->path || (stat(f->path, &st) == 0 && (unsigned long long)st.st_size >= (unsigned long long)f->map.size);
}

static const sd__st_tensor *sd__st_find(const sd__st_file *f, const char *name) {
    size_t lo = 0, hi = f->count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(f->tensors[mid].name, name);
        if (c == 0) return &f->tensors[mid];
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return NULL;
}

/* IEEE half and bfloat16 to float, exactly. */
static float sd__f16_to_f32(uint16_t h) {
    uint32_t sign = (uint32_t)(h & 0x8000) << 16, exp = (h >> 10) & 0x1F, mant = h & 0x3FF, bits;
    float f;
    if (exp == 0x1F) bits = sign | 0x7F800000u | (mant << 13);
    else if (exp) bits = sign | ((exp + 112) << 23) | (mant << 13);
    else if (!mant) bits = sign;
    else { /* subnormal: value = mant * 2^-24 */
        f = (float)mant * 5.9604644775390625e-8f;
        return sign ? -f : f;
    }
    memcpy(&f, &bits, 4);
    return f;
}
static float sd__bf16_to_f32(uint16_t h) {
    uint32_t bits = (uint32_t)h << 16;
    float f;
    memcpy(&f, &bits, 4);
    return f;
}

#ifdef SD__X86_DISPATCH
/* count little-endian halves at s (any alignment) to float with F16C, exactly as sd__f16_to_f32. */
__attribute__((target("avx,f16c"))) static void sd__f16_run_f16c(const unsigned char *s, size_t count, float *dst) {
    size_t i;
    for (i = 0; i + 8 <= count; i += 8) _mm256_storeu_ps(dst + i, _mm256_cvtph_ps(_mm_loadu_si128((const __m128i *)(const void *)(s + 2 * i))));
    for (; i < count; i++) dst[i] = sd__f16_to_f32((uint16_t)(s[2 * i] | (s[2 * i + 1] << 8)));
}
#endif

/* Converts elements [first, first + count) of a floating tensor (F32, F16, BF16, F64) to float32
   into dst. Returns 0 for dtypes that are not floating point. Reads byte by byte: tensor data in
   a file is not aligned. The range must lie inside the tensor. */
static int sd__st_range_to_f32(const sd__st_tensor *t, size_t first, size_t count, float *dst) {
    size_t i, size = sd__st_dtypes[t->dtype].size;
    const unsigned char *s = t->data + first * size;
    SD_ASSERT(first <= t->count && count <= t->count - first);
    switch (t->dtype) {
    case SD__ST_F32: if (count) memcpy(dst, s, count * 4); return 1;
    case SD__ST_F16:
#ifdef SD__X86_DISPATCH
        if (count >= 64 && sd__cpu_has_f16c()) {
            sd__f16_run_f16c(s, count, dst);
            return 1;
        }
#endif
        for (i = 0; i < count; i++) dst[i] = sd__f16_to_f32((uint16_t)(s[2 * i] | (s[2 * i + 1] << 8)));
        return 1;
    case SD__ST_BF16:
        for (i = 0; i < count; i++) dst[i] = sd__bf16_to_f32((uint16_t)(s[2 * i] | (s[2 * i + 1] << 8)));
        return 1;
    case SD__ST_F64:
        for (i = 0; i < count; i++) {
            double v;
            memcpy(&v, s + 8 * i, 8);
            dst[i] = (float)v;
        }
        return 1;
    default: return 0;
    }
}

static int sd__st_to_f32(const sd__st_tensor *t, float *dst) { return sd__st_range_to_f32(t, 0, t->count, dst); }

/* Rows [row, row + rows) of a 2-D floating tensor. */
static int sd__st_rows_to_f32(const sd__st_tensor *t, size_t row, size_t rows, float *dst) {
    size_t cols = t->rank == 2 ? (size_t)t->shape[1] : 0;
    return sd__st_range_to_f32(t, row * cols, rows * cols, dst);
}
