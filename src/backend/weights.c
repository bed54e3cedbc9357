/* ============================================================================================
   Weight store: one block of backend memory per model, and CPU offload
   ============================================================================================ */
/* Loading runs twice. The first pass only measures: the backend memory of every weight, in load
   order, and where each block of layers (a resnet, a transformer block, a CLIP layer) begins.
   Then the store plans where every weight goes, checks the memory budget, allocates, and the
   second pass converts every weight straight into its place.

   Without offload each model (text encoder, UNet, VAE decoder, VAE encoder) is one block of
   backend memory. With offload every converted weight lives in host memory (pinned on CUDA) and
   the models run from a window of backend memory into which weights are copied when used. The
   unit of copying is a segment: consecutive blocks of one model, merged up to the size of the
   largest block. Every weight points into the window at a fixed place, so the models' tensors
   never change:
   - model offload lays each model's segments out contiguously, the text encoder at the end of
     a window as large as the largest model and the others at its start, so a model stays
     resident while it runs and the text encoder and the VAE, which fit side by side there in
     SD, do not evict each other;
   - sequential offload alternates the segments of a model between two slots, each as large as
     the largest segment of its parity: the window holds two segments.
   On a backend whose memory is the host's (the CPU), sequential offload keeps no host copy: a
   segment that comes into the window is converted again from the model file (pages the page cache
   holds, released again once read), so the weights take only the window; each weight's recipe
   (file part, name, shape, kind) is noted in the measuring pass (sd__weights_note).
   The layer helpers touch the segment of the weights they use (sd__weights_use). A segment that
   is not resident is copied in order with the ops (a miss). Then the segments that follow it
   are prefetched beside the ops (on CUDA's copy stream) while none overlaps a segment that will
   run before it: the rest of the model in load order, which is the order of its forward pass,
   then the model the pipeline says runs next (sd__weights_expect). In sequential mode that is
   the double buffer: segment i runs while i + 1 arrives. The CPU backend runs the same logic
   with memcpy as the copy, so its tests cover it. */
typedef enum sd__wpart { SD__WP_TEXT, SD__WP_UNET, SD__WP_DECODER, SD__WP_ENCODER, SD__WP_COUNT } sd__wpart;
static const char *const sd__wpart_names[SD__WP_COUNT] = {"the text encoder", "the UNet", "the VAE decoder", "the VAE encoder"};
static const char *const sd__offload_names[] = {"default", "none", "model", "sequential"};

#define SD__WEIGHT_ALIGN 256 /* every weight's offset in a block */
#define SD__PREFETCH_RANGES 8 /* the window ranges a prefetch walk keeps apart (see sd__weights_prefetch) */

typedef struct sd__wrecord {
    size_t bytes;       /* rounded up to SD__WEIGHT_ALIGN */
    int part;
    int block_start;    /* the first weight of a block of layers (or of its model) */
    int segment_start;  /* planned: the first weight of a segment */
    int segment;        /* planned: its segment, and its offset there */
    size_t offset;
    /* re-reading offload: how to convert it again */
    int model_part;     /* sd__part */
    int kind;           /* sd__weight_kind */
    int rank;
    long long dims[4];
    sd__tensor shape;   /* as the backend was given it (dims and dtype hint) */
    size_t name_at;     /* in sd__weights.names */
} sd__wrecord;

typedef struct sd__wsegment {
    int part;
    size_t bytes;
    size_t part_offset;          /* in its model's block (no offload) */
    size_t host_offset;          /* offload: in the host copy */
    size_t window_offset;        /* offload: in the window */
    unsigned long long ticket;   /* the prefetch that brings it in; 0: none */
    int resident;                /* offload: its weights are in the window */
} sd__wsegment;

struct sd__weights {
    sd__backend *b;
    sd_offload mode;
    int measuring;              /* 1: the first load pass; 0: weights are placed */
    int part, block_pending;    /* the model being loaded; the next weight starts a block */
    sd__wrecord *records;
    size_t record_count, record_cap, cursor;
    sd__wsegment *segments;
    int segment_count;
    int first[SD__WP_COUNT], end[SD__WP_COUNT]; /* each model's segments */
    size_t part_bytes[SD__WP_COUNT];
    void *blocks[SD__WP_COUNT]; /* no offload: one block per model */
    unsigned char *window, *host;
    size_t window_bytes, host_bytes;
    size_t need[4];             /* backend memory for the weights in each offload mode (by sd_offload) */
    int current;                /* the segment touched last; -1: none */
    int next_part;              /* the model expected after the current one; -1: none */
    unsigned long long last_ticket, awaited;
    int reread;                 /* sequential offload without a host copy (see above) */
    const sd__model *model;
    char *names;                /* the weights' names, NUL-terminated one after the other */
    size_t names_size, names_cap;
    float *scratch;             /* one weight in float32, for re-reading */
    /* counters for logs and tests */
    unsigned long long misses, prefetches;
    size_t copied_bytes;
};

static sd_result sd__weights_create(sd__env *env, sd__backend *b, sd_offload mode, const sd__model *model,
                                    sd__weights **out) {
    sd__weights *w = (sd__weights *)sd__calloc(env, 1, sizeof *w);
    *out = NULL;
    if (!w) return sd__oom(env);
    w->b = b;
    w->mode = mode;
    w->model = model;
    w->reread = mode == SD_OFFLOAD_SEQUENTIAL && b->host_memory && model;
    w->measuring = 1;
    w->current = -1;
    w->next_part = -1;
    *out = w;
    return SD_OK;
}

/* Waits for every copy, frees the window, the host copy and the blocks. */
static void sd__weights_destroy(sd__weights *w) {
    sd__backend *b;
    int p;
    if (!w) return;
    b = w->b;
    b->ops->mem_free(b, w->window, 0);
    b->ops->mem_free(b, w->host, 1);
    for (p = 0; p < SD__WP_COUNT; p++) b->ops->mem_free(b, w->blocks[p], 0);
    if (b->weights == w) b->weights = NULL;
    sd__free(b->env, w->records);
    sd__free(b->env, w->segments);
    sd__free(b->env, w->names);
    sd__free(b->env, w->scratch);
    sd__free(b->env, w);
}

/* ---- loading --------------------------------------------------------------------------------- */
/* The weights that follow belong to `part`; the next one starts a block. */
static void sd__weights_part(sd__weights *w, sd__wpart part) {
    w->part = (int)part;
    w->block_pending = 1;
}
static void sd__weights_block(sd__weights *w) { w->block_pending = 1; }

/* First pass: notes a weight of `bytes` backend memory. */
static sd_result sd__weights_measure(sd__weights *w, size_t bytes) {
    sd__wrecord *r;
    if (!sd__add_size(bytes, SD__WEIGHT_ALIGN - 1, &bytes))
        return sd__fail(w->b->env, SD_ERR_OUT_OF_MEMORY, "a weight's size overflows");
    if (w->record_count == w->record_cap) {
        size_t cap = w->record_cap ? 2 * w->record_cap : 1024, size;
        sd__wrecord *grown;
        if (!sd__mul_size(cap, sizeof *grown, &size) ||
            !(grown = (sd__wrecord *)sd__realloc(w->b->env, w->records, w->record_cap * sizeof *grown, size)))
            return sd__oom(w->b->env);
        w->records = grown;
        w->record_cap = cap;
    }
    r = &w->records[w->record_count++];
    memset(r, 0, sizeof *r);
    r->bytes = bytes / SD__WEIGHT_ALIGN * SD__WEIGHT_ALIGN;
    r->part = w->part;
    r->block_start = w->block_pending;
    w->block_pending = 0;
    return SD_OK;
}

/* First pass, re-reading offload: the recipe of the weight just measured (see sd__wrecord). */
static sd_result sd__weights_note(sd__weights *w, sd__part part, const char *name, sd__weight_kind kind, int rank,
                                  const long long *dims, const sd__tensor *shape) {
    sd__wrecord *r = &w->records[w->record_count - 1];
    size_t len = strlen(name) + 1, need;
    int i;
    if (!w->reread) return SD_OK;
    if (!sd__add_size(w->names_size, len, &need)) return sd__oom(w->b->env);
    if (need > w->names_cap) {
        size_t cap = SD__MAX(need, 2 * w->names_cap);
        char *grown = (char *)sd__realloc(w->b->env, w->names, w->names_cap, cap);
        if (!grown) return sd__oom(w->b->env);
        w->names = grown;
        w->names_cap = cap;
    }
    memcpy(w->names + w->names_size, name, len);
    r->name_at = w->names_size;
    w->names_size = need;
    r->model_part = (int)part;
    r->kind = (int)kind;
    r->rank = rank;
    for (i = 0; i < 4; i++) r->dims[i] = i < rank ? dims[i] : 1;
    r->shape = *shape;
    r->shape.data = NULL;
    return SD_OK;
}

/* The bytes of the block of layers that starts at record i. */
static size_t sd__weights_block_bytes(const sd__weights *w, size_t i) {
    size_t bytes = w->records[i].bytes, j;
    for (j = i + 1; j < w->record_count && !w->records[j].block_start; j++) bytes += w->records[j].bytes;
    return bytes;
}

/* Cuts each model into segments: runs of whole blocks of at most `bound` bytes (the largest
   block), plus one cut when that makes an odd count even, so that in sequential mode a model's
   last segment and its first (the next UNet step's) lie in different slots. Then numbers the
   segments and places each weight in its segment. */
static sd_result sd__weights_cut(sd__weights *w, size_t bound) {
    size_t i, fill = 0, spare = 0, host = 0;
    int count = 0, in_part = 0, p;
    for (i = 0; i <= w->record_count; i++) {
        sd__wrecord *r = i < w->record_count ? &w->records[i] : NULL;
        if (!r || r->block_start) {
            size_t block;
            if (in_part % 2 && spare && (!r || r->part != w->records[i - 1].part)) { /* the model ended odd */
                w->records[spare].segment_start = 1;
                count++;
            }
            if (!r) break;
            if (i == 0 || r->part != w->records[i - 1].part) {
                in_part = 0;
                spare = fill = 0;
            }
            block = sd__weights_block_bytes(w, i);
            if (!in_part || fill + block > bound) {
                r->segment_start = 1;
                count++;
                in_part++;
                fill = 0;
            } else if (!spare) {
                spare = i; /* the first block that shares a segment: a cut there splits one */
            }
            fill += block;
        }
    }
    if (!(w->segments = (sd__wsegment *)sd__calloc(w->b->env, (size_t)(count ? count : 1), sizeof *w->segments)))
        return sd__oom(w->b->env);
    for (p = 0; p < SD__WP_COUNT; p++) w->first[p] = w->end[p] = 0;
    for (count = -1, i = 0; i < w->record_count; i++) {
        sd__wrecord *r = &w->records[i];
        sd__wsegment *g;
        if (r->segment_start) {
            g = &w->segments[++count];
            g->part = r->part;
            if (!w->end[r->part]) w->first[r->part] = count;
            w->end[r->part] = count + 1;
            g->part_offset = w->part_bytes[r->part];
            g->host_offset = host;
        }
        g = &w->segments[count];
        r->segment = count;
        r->offset = g->bytes;
        if (!sd__add_size(host, r->bytes, &host)) /* bounds every sum below */
            return sd__fail(w->b->env, SD_ERR_OUT_OF_MEMORY, "the weights' size overflows");
        g->bytes += r->bytes;
        w->part_bytes[r->part] += r->bytes;
    }
    w->segment_count = count + 1;
    return SD_OK;
}

/* Backend memory for the weights in mode m: every model, the largest one, or the two slots
   (each as large as the largest segment of its parity within a model). */
static size_t sd__weights_need(const sd__weights *w, sd_offload m, size_t slot[2]) {
    size_t total = 0, largest = 0;
    int i, p;
    slot[0] = slot[1] = 0;
    for (p = 0; p < SD__WP_COUNT; p++) {
        total += w->part_bytes[p]; /* their sum, the host copy's size, was overflow-checked */
        largest = SD__MAX(largest, w->part_bytes[p]);
        for (i = w->first[p]; i < w->end[p]; i++) {
            size_t *s = &slot[(i - w->first[p]) % 2];
            *s = SD__MAX(*s, w->segments[i].bytes);
        }
    }
    return m == SD_OFFLOAD_NONE ? total : m == SD_OFFLOAD_MODEL ? largest : slot[0] + slot[1];
}

/* The window offsets of the chosen offload mode (see the top of this section). */
static void sd__weights_layout(sd__weights *w, const size_t slot[2]) {
    int p, i;
    for (p = 0; p < SD__WP_COUNT; p++) {
        size_t at = w->mode == SD_OFFLOAD_MODEL && p == SD__WP_TEXT ? w->window_bytes - w->part_bytes[p] : 0;
        for (i = w->first[p]; i < w->end[p]; i++) {
            sd__wsegment *g = &w->segments[i];
            if (w->mode == SD_OFFLOAD_MODEL) {
                g->window_offset = at;
                at += g->bytes;
            } else {
                g->window_offset = (i - w->first[p]) % 2 ? slot[0] : 0;
            }
        }
    }
}

/* After the first pass: plans segments and window, checks budget (0: none) against each mode's
   weights plus `activations` (an estimate of the activations' peak), allocates, and readies the
   second pass. */
static sd_result sd__weights_plan(sd__weights *w, size_t budget, size_t activations) {
    sd__backend *b = w->b;
    sd__env *env = b->env;
    const double mib = 1.0 / 1048576.0;
    size_t bound = 0, i, slot[2];
    int m, p, fits[SD_OFFLOAD_SEQUENTIAL + 1], fit = 0;
    sd_result r;
    for (i = 0; i < w->record_count; i++)
        if (w->records[i].block_start) bound = SD__MAX(bound, sd__weights_block_bytes(w, i));
    if ((r = sd__weights_cut(w, bound)) != SD_OK) return r;
    for (m = SD_OFFLOAD_SEQUENTIAL; m >= SD_OFFLOAD_NONE; m--) {
        size_t total;
        w->need[m] = sd__weights_need(w, (sd_offload)m, slot);
        fits[m] = !budget || (sd__add_size(w->need[m], activations, &total) && total <= budget);
        if (fits[m]) fit = m; /* the mode that offloads least of those that fit */
    }
    if (!fits[w->mode]) {
        if (!fit)
            return sd__fail(env, SD_ERR_OUT_OF_MEMORY,
                            "vram_budget %.1f MiB is too small for any offload mode: offload sequential needs %.1f MiB of "
                            "weights and activations are estimated at %.1f MiB",
                            (double)budget * mib, (double)w->need[SD_OFFLOAD_SEQUENTIAL] * mib, (double)activations * mib);
        return sd__fail(env, SD_ERR_OUT_OF_MEMORY,
                        "vram_budget %.1f MiB is too small for offload %s (%.1f MiB of weights; activations are estimated "
                        "at %.1f MiB): offload %s fits (%.1f MiB of weights)",
                        (double)budget * mib, sd__offload_names[w->mode], (double)w->need[w->mode] * mib,
                        (double)activations * mib, sd__offload_names[fit], (double)w->need[fit] * mib);
    }
    w->measuring = 0;
    w->cursor = 0;
    if (w->mode == SD_OFFLOAD_NONE) {
        for (p = 0; p < SD__WP_COUNT; p++) {
            char what[64];
            if (!w->part_bytes[p]) continue;
            snprintf(what, sizeof what, "%s's weights", sd__wpart_names[p]);
            if (!(w->blocks[p] = b->ops->mem_alloc(b, w->part_bytes[p], 0, what))) return b->status;
        }
        return SD_OK;
    }
    w->window_bytes = sd__weights_need(w, w->mode, slot);
    w->host_bytes = w->reread ? 0 : w->need[SD_OFFLOAD_NONE];
    sd__weights_layout(w, slot);
    if (!w->record_count) return SD_OK;
    if (!(w->window = (unsigned char *)b->ops->mem_alloc(b, w->window_bytes, 0, "the offload window")) ||
        (w->host_bytes && !(w->host = (unsigned char *)b->ops->mem_alloc(b, w->host_bytes, 1, "the offloaded weights"))))
        return b->status;
    if (w->reread) {
        size_t largest = 1;
        for (i = 0; i < w->record_count; i++) largest = SD__MAX(largest, sd__tensor_count(&w->records[i].shape));
        if (!(w->scratch = (float *)sd__calloc(env, largest, sizeof(float)))) return sd__oom(env);
    }
    return SD_OK;
}

static int sd__weights_overlap(const sd__wsegment *a, const sd__wsegment *c) {
    return a->window_offset < c->window_offset + c->bytes && c->window_offset < a->window_offset + a->bytes;
}

/* Segment s now occupies its window range: whatever else was there is not resident any more. */
static void sd__weights_occupy(sd__weights *w, int s) {
    int i;
    for (i = 0; i < w->segment_count; i++)
        if (i != s && sd__weights_overlap(&w->segments[i], &w->segments[s])) w->segments[i].resident = 0;
    w->segments[s].resident = 1;
}

/* Offload: a segment whose weights were all converted into the window goes to the host copy (a
   re-reading store has none: the segment stays in the window until something overwrites it). */
static void sd__weights_store_segment(sd__weights *w, int s) {
    sd__wsegment *g = &w->segments[s];
    if (!w->reread) w->b->ops->copy(w->b, w->host + g->host_offset, w->window + g->window_offset, g->bytes, 1);
    sd__weights_occupy(w, s);
}

/* Second pass: points t (of `bytes` backend memory, as measured) at its place. 0 with status set
   when the passes disagree (they run the same code, so this is an internal error). */
static int sd__weights_place(sd__weights *w, size_t bytes, sd__tensor *t) {
    const sd__wrecord *r = w->cursor < w->record_count ? &w->records[w->cursor] : NULL;
    unsigned char *base;
    if (!r || r->bytes != (bytes + SD__WEIGHT_ALIGN - 1) / SD__WEIGHT_ALIGN * SD__WEIGHT_ALIGN) {
        sd__backend_fail(w->b, SD_ERR_MODEL_MISMATCH, "a weight differs between the measuring and the loading pass");
        return 0;
    }
    if (w->mode != SD_OFFLOAD_NONE && w->cursor > 0 && w->records[w->cursor - 1].segment != r->segment)
        sd__weights_store_segment(w, w->records[w->cursor - 1].segment);
    w->cursor++;
    if (w->mode == SD_OFFLOAD_NONE) {
        base = (unsigned char *)w->blocks[r->part] + w->segments[r->segment].part_offset;
        t->segment = 0;
    } else {
        base = w->window + w->segments[r->segment].window_offset;
        t->segment = r->segment + 1;
    }
    t->data = base + r->offset;
    return 1;
}

/* After the second pass: the last segment goes to the host copy. */
static sd_result sd__weights_loaded(sd__weights *w) {
    sd__backend *b = w->b;
    if (w->cursor != w->record_count)
        return sd__fail(b->env, SD_ERR_MODEL_MISMATCH, "%lu of %lu weights were loaded", (unsigned long)w->cursor,
                        (unsigned long)w->record_count);
    if (w->mode != SD_OFFLOAD_NONE && w->cursor) sd__weights_store_segment(w, w->records[w->cursor - 1].segment);
    w->current = -1;
    return b->status;
}

/* ---- running --------------------------------------------------------------------------------- */
/* Re-reading offload: converts every weight of segment s from the model file into the window,
   after checking that the file still holds its bytes (a truncated file is an error, not a fault). */
static void sd__weights_reread(sd__weights *w, int s) {
    sd__backend *b = w->b;
    unsigned char *base = w->window + w->segments[s].window_offset;
    size_t i;
    for (i = 0; i < w->record_count && !b->status; i++) {
        const sd__wrecord *r = &w->records[i];
        sd__tensor t;
        sd_result res;
        if (r->segment != s) continue;
        if (!sd__model_file_intact(w->model, (sd__part)r->model_part)) {
            sd__backend_failf(b, SD_ERR_IO, "the model file shrank since it was loaded; offload sequential reads it "
                              "again as it runs: load the model again");
            return;
        }
        if ((res = sd__model_load_f32(b->env, w->model, (sd__part)r->model_part, w->names + r->name_at, r->rank, r->dims,
                                      w->scratch)) != SD_OK) {
            b->status = res; /* the message says which tensor */
            return;
        }
        t = r->shape;
        t.data = base + r->offset;
        b->ops->upload_weight(b, (sd__weight_kind)r->kind, w->scratch, &t);
    }
}

/* Copies segment s into the window: beside the ops (a prefetch) or in order with them (a miss,
   after every outstanding prefetch, one of which may be writing the same range). */
static void sd__weights_copy_in(sd__weights *w, int s, int prefetch) {
    sd__backend *b = w->b;
    sd__wsegment *g = &w->segments[s];
    void *dst = w->window + g->window_offset;
    const void *src = w->reread ? NULL : w->host + g->host_offset; /* a re-reading store has no host copy */
    if (w->reread) {
        sd__weights_reread(w, s);
        w->misses += !prefetch;
        w->prefetches += prefetch;
    } else if (prefetch) {
        g->ticket = w->last_ticket = b->ops->prefetch(b, dst, src, g->bytes);
        w->prefetches++;
    } else {
        if (w->last_ticket > w->awaited) b->ops->await_copy(b, w->awaited = w->last_ticket);
        b->ops->copy(b, dst, src, g->bytes, 0);
        g->ticket = 0;
        w->misses++;
    }
    w->copied_bytes += g->bytes;
    sd__weights_occupy(w, s);
    if (b->status) g->resident = 0;
}

/* Prefetches what follows segment j: the rest of its model, then (once) the expected next model,
   from its start. The walk keeps the window ranges of j and of every segment it passed (all of
   them run before the next one it meets) and stops at the first segment that overlaps one. */
static void sd__weights_prefetch(sd__weights *w, int j) {
    size_t lo[SD__PREFETCH_RANGES], hi[SD__PREFETCH_RANGES];
    int ranges = 1, part = w->segments[j].part, crossed = 0, k = j, steps, i;
    lo[0] = w->segments[j].window_offset;
    hi[0] = lo[0] + w->segments[j].bytes;
    for (steps = 0; steps < w->segment_count && !w->b->status; steps++) {
        const sd__wsegment *g;
        if (++k >= w->end[part]) {
            if (crossed || w->next_part < 0) return;
            crossed = 1;
            part = w->next_part;
            k = w->first[part];
            if (k >= w->end[part]) return;
        }
        if (k == j) return;
        g = &w->segments[k];
        for (i = 0; i < ranges; i++)
            if (g->window_offset < hi[i] && lo[i] < g->window_offset + g->bytes) return;
        if (!g->resident) sd__weights_copy_in(w, k, 1);
        if (g->window_offset == hi[ranges - 1]) {
            hi[ranges - 1] += g->bytes;
        } else if (g->window_offset + g->bytes == lo[ranges - 1]) {
            lo[ranges - 1] = g->window_offset;
        } else {
            if (ranges == SD__PREFETCH_RANGES) return;
            lo[ranges] = g->window_offset;
            hi[ranges++] = g->window_offset + g->bytes;
        }
    }
}

/* Makes segment s resident for the ops that follow, then prefetches what comes after it. */
static void sd__weights_touch(sd__weights *w, int s) {
    sd__wsegment *g = &w->segments[s];
    if (w->b->status || (s == w->current && g->resident)) return;
    if (!g->resident) sd__weights_copy_in(w, s, 0);
    else if (g->ticket > w->awaited) w->b->ops->await_copy(w->b, w->awaited = g->ticket);
    w->current = s;
    sd__weights_prefetch(w, s);
}

/* The layer helpers call this for each weight they pass to an op. A dry run (backend/plan.c) has no
   store: it reads no weights, so nothing needs to be resident. */
static void sd__weights_use(sd__backend *b, const sd__tensor *t) {
    if (t->segment && b->weights) sd__weights_touch(b->weights, t->segment - 1);
}

/* The model that runs after the current one (a model may follow itself, as the UNet does). */
static void sd__weights_expect(sd__weights *w, sd__wpart part) {
    if (w) w->next_part = (int)part;
}

/* Backend memory the weights take (the window with offload). */
static size_t sd__weights_device_bytes(const sd__weights *w) {
    return w->mode == SD_OFFLOAD_NONE ? w->need[SD_OFFLOAD_NONE] : w->window_bytes;
}
