/* ============================================================================================
   Planned activation memory: dry runs, lifetime packing into one arena, checked replays
   ============================================================================================ */
/* A pass (a text encoding, one UNet call, a VAE decode or encode, one VAE tile) allocates the
   same tensors in the same order whenever it runs on inputs of the same shapes. So it first runs
   on a dry backend: every op checks its arguments as a real backend does and computes nothing,
   while each allocation's size and lifetime are recorded, with the most work memory any op will
   ask the real backend for. The planner then gives every allocation an offset such that
   allocations alive at the same time never share a byte. The arena (one backend allocation,
   grown to the largest plan the planner has needed) and the backend's work memory are made large
   enough, and the pass runs for real: each tensor comes from the arena and a release frees
   nothing. A replay checks that allocations and releases come in the recorded order and sizes,
   so a pass that strays fails with an error instead of overwriting live memory. The pipeline
   prepares the UNet's plan before the denoising loop, so that the loop allocates nothing. */

#define SD__PLAN_ALIGN 256 /* bytes: arena offsets and planned sizes are multiples of this */
#define SD__PLAN_CACHE 16  /* plans a planner keeps; the least recently used one makes room */

typedef sd_result (*sd__pass_fn)(sd__backend *b, void *args);

/* A pass: a name and four numbers that fix its allocations (together the key of its plan), and
   how to run it. */
typedef struct sd__pass {
    const char *name; /* static */
    int shape[4];
    sd__pass_fn run;
    void *args;
} sd__pass;

typedef struct sd__plan_alloc {
    size_t bytes;       /* a multiple of SD__PLAN_ALIGN */
    size_t offset;      /* in the arena */
    size_t first, last; /* the events of its allocation and release: alive in [first, last) */
} sd__plan_alloc;

typedef struct sd__plan {
    const char *name;          /* NULL: an empty cache slot */
    int shape[4];
    sd__plan_alloc *allocs;
    size_t count, cap;
    size_t *events;            /* in order: 2k is allocation k, 2k + 1 its release */
    size_t event_count, event_cap;
    size_t arena_bytes;        /* what the offsets span */
    size_t total_bytes;        /* every allocation together: the need without reuse */
    size_t peak_bytes;         /* the most alive at once: no arena can be smaller */
    size_t work_bytes;         /* the most work memory one op needs */
    unsigned long used;        /* when it last ran (planner clock) */
} sd__plan;

struct sd__planner {
    sd__plan plans[SD__PLAN_CACHE];
    unsigned long clock;
    sd__tensor arena;          /* a backend tensor of arena_bytes; data NULL until a plan needs it */
    size_t arena_bytes;
    sd__plan *active;          /* the plan being replayed */
    size_t event, next_alloc;  /* what it expects next */
    int strayed;               /* the replay left its plan */
};

static size_t sd__dtype_size(sd__dtype dtype) { return dtype == SD__F32 ? 4 : 2; }

/* Planned bytes of a tensor of t's shape: rounded up to SD__PLAN_ALIGN. 0 with status set. */
static int sd__plan_bytes(sd__backend *b, const sd__tensor *t, size_t *bytes) {
    size_t count = sd__shape_count(b, t->n, t->h, t->w, t->c);
    if (!count) return 0;
    if (!sd__mul_size(count, sd__dtype_size(b->dtype), bytes) || !sd__add_size(*bytes, SD__PLAN_ALIGN - 1, bytes)) {
        sd__backend_failf(b, SD_ERR_OUT_OF_MEMORY, "tensor [%d, %d, %d, %d] is too large", t->n, t->h, t->w, t->c);
        return 0;
    }
    *bytes -= *bytes % SD__PLAN_ALIGN;
    return 1;
}

static void sd__plan_free(sd__env *env, sd__plan *plan) {
    sd__free(env, plan->allocs);
    sd__free(env, plan->events);
    memset(plan, 0, sizeof *plan);
}

/* --------------------------------------------------------------------------------------------
   Recording: the dry backend. Tensors get distinct fake addresses ((k + 1) * SD__PLAN_ALIGN for
   allocation k) that no op ever reads, since no op computes.
   -------------------------------------------------------------------------------------------- */
typedef struct sd__dry_backend {
    sd__backend base;
    sd__backend *real;
    sd__plan *plan;
    size_t live_bytes;
} sd__dry_backend;

/* Appends an event, growing the list; 0 with status set when memory runs out. */
static int sd__dry_event(sd__dry_backend *d, size_t event) {
    sd__plan *p = d->plan;
    if (p->event_count == p->event_cap) {
        size_t cap = p->event_cap ? 2 * p->event_cap : 256, bytes;
        size_t *grown;
        if (!sd__mul_size(cap, sizeof *grown, &bytes) ||
            !(grown = (size_t *)sd__realloc(d->base.env, p->events, p->event_cap * sizeof *grown, bytes))) {
            sd__backend_fail(&d->base, SD_ERR_OUT_OF_MEMORY, "out of host memory recording a memory plan");
            return 0;
        }
        p->events = grown;
        p->event_cap = cap;
    }
    p->events[p->event_count++] = event;
    return 1;
}

static void sd__dry_alloc(sd__backend *b, sd__tensor *t) {
    sd__dry_backend *d = (sd__dry_backend *)b;
    sd__plan *p = d->plan;
    size_t bytes;
    t->data = NULL;
    t->dtype = b->dtype;
    if (b->status || !sd__plan_bytes(b, t, &bytes)) return;
    if (p->count == p->cap) {
        size_t cap = p->cap ? 2 * p->cap : 128, size;
        sd__plan_alloc *grown;
        if (!sd__mul_size(cap, sizeof *grown, &size) ||
            !(grown = (sd__plan_alloc *)sd__realloc(b->env, p->allocs, p->cap * sizeof *grown, size))) {
            sd__backend_fail(b, SD_ERR_OUT_OF_MEMORY, "out of host memory recording a memory plan");
            return;
        }
        p->allocs = grown;
        p->cap = cap;
    }
    if (!sd__add_size(p->total_bytes, bytes, &p->total_bytes)) {
        sd__backend_fail(b, SD_ERR_OUT_OF_MEMORY, "a pass allocates more than the address space");
        return;
    }
    if (!sd__dry_event(d, 2 * p->count)) return;
    p->allocs[p->count].bytes = bytes;
    p->allocs[p->count].offset = 0;
    p->allocs[p->count].first = p->event_count - 1;
    p->allocs[p->count].last = (size_t)-1; /* not released yet */
    p->count++;
    d->live_bytes += bytes;
    if (d->live_bytes > p->peak_bytes) p->peak_bytes = d->live_bytes;
    t->data = (void *)(uintptr_t)(p->count * SD__PLAN_ALIGN);
}

static void sd__dry_release(sd__backend *b, sd__tensor *t) {
    sd__dry_backend *d = (sd__dry_backend *)b;
    sd__plan *p = d->plan;
    const size_t k = (size_t)((uintptr_t)t->data / SD__PLAN_ALIGN) - 1;
    t->data = NULL;
    if (k >= p->count || p->allocs[k].last != (size_t)-1) {
        sd__backend_fail(b, SD_ERR_BACKEND, "a pass released a tensor twice (an internal error)");
        return;
    }
    d->live_bytes -= p->allocs[k].bytes;
    if (sd__dry_event(d, 2 * k + 1)) p->allocs[k].last = p->event_count - 1;
}

/* The real backend's work memory for an op, kept when it is the most so far. */
static size_t sd__dry_work_bytes(sd__backend *b, const sd__op_call *call) {
    sd__backend *real = ((sd__dry_backend *)b)->real;
    return real->ops->work_bytes(real, call);
}
static void sd__dry_reserve_work(sd__backend *b, size_t bytes) {
    sd__plan *p = ((sd__dry_backend *)b)->plan;
    if (bytes > p->work_bytes) p->work_bytes = bytes;
}
static void sd__dry_need_work(sd__backend *b, sd__op_kind kind, const sd__tensor *x, const sd__tensor *w, const sd__tensor *y,
                              int stride, int groups, int heads, int heads_per_pass) {
    sd__op_call call;
    call.kind = kind;
    call.x = x; call.w = w; call.y = y;
    call.stride = stride; call.groups = groups; call.heads = heads; call.heads_per_pass = heads_per_pass;
    sd__dry_reserve_work(b, sd__dry_work_bytes(b, &call));
}

/* The ops: the shared argument checks, and the work memory the real backend will need. */
static void sd__dry_destroy(sd__backend *b) { (void)b; /* lives on its recorder's stack */ }

static void sd__dry_upload_weight(sd__backend *b, sd__weight_kind kind, const float *src, sd__tensor *dst) {
    (void)kind; (void)src;
    dst->data = NULL;
    sd__backend_fail(b, SD_ERR_BACKEND, "a dry run uploads no weights (an internal error)");
}

/* The weight store's memory ops: a dry run reads weights that are already placed, and never
   moves any. */
static size_t sd__dry_weight_bytes(sd__backend *b, sd__weight_kind kind, const sd__tensor *shape) {
    (void)kind; (void)shape;
    sd__backend_fail(b, SD_ERR_BACKEND, "a dry run sizes no weights (an internal error)");
    return 0;
}
static void *sd__dry_mem_alloc(sd__backend *b, size_t bytes, int host, const char *what) {
    (void)bytes; (void)host; (void)what;
    sd__backend_fail(b, SD_ERR_BACKEND, "a dry run allocates no weight memory (an internal error)");
    return NULL;
}
static void sd__dry_mem_free(sd__backend *b, void *ptr, int host) { (void)b; (void)ptr; (void)host; }
static void sd__dry_copy(sd__backend *b, void *dst, const void *src, size_t bytes, int to_host) {
    (void)dst; (void)src; (void)bytes; (void)to_host;
    sd__backend_fail(b, SD_ERR_BACKEND, "a dry run copies no weights (an internal error)");
}
static unsigned long long sd__dry_prefetch(sd__backend *b, void *dst, const void *src, size_t bytes) {
    sd__dry_copy(b, dst, src, bytes, 0);
    return 0;
}
static void sd__dry_await_copy(sd__backend *b, unsigned long long ticket) { (void)b; (void)ticket; }

static void sd__dry_write(sd__backend *b, sd__tensor *dst, const float *src) {
    (void)src;
    if (sd__op_begin(b, "write", (const sd__tensor *const *)&dst, 1, b->dtype)) sd__dry_need_work(b, SD__OP_WRITE, dst, NULL, NULL, 0, 0, 0, 0);
}

static void sd__dry_read(sd__backend *b, const sd__tensor *src, float *dst) {
    (void)dst;
    if (sd__op_begin(b, "read", &src, 1, b->dtype)) sd__dry_need_work(b, SD__OP_READ, src, NULL, NULL, 0, 0, 0, 0);
}

static void sd__dry_conv2d(sd__backend *b, const sd__tensor *x, const sd__tensor *w, const sd__tensor *bias,
                           const sd__tensor *residual, int stride, int pad, sd__tensor *y) {
    if (sd__gemm_op_begin(b, "conv2d", x, w, y, b->dtype) && sd__conv2d_args_ok(b, x, w, bias, residual, stride, pad, y))
        sd__dry_need_work(b, SD__OP_CONV2D, x, w, y, stride, 0, 0, 0);
}

static void sd__dry_linear(sd__backend *b, const sd__tensor *x, const sd__tensor *w, const sd__tensor *bias,
                           const sd__tensor *residual, sd__tensor *y) {
    if (sd__gemm_op_begin(b, "linear", x, w, y, b->dtype) && sd__linear_args_ok(b, x, w, bias, residual, y))
        sd__dry_need_work(b, SD__OP_LINEAR, x, w, y, 1, 0, 0, 0);
}

static void sd__dry_group_norm(sd__backend *b, const sd__tensor *x, const sd__tensor *gamma, const sd__tensor *beta,
                               int groups, float eps, int silu, sd__tensor *y) {
    const sd__tensor *args[2];
    (void)eps; (void)silu;
    args[0] = x; args[1] = y;
    if (sd__op_begin(b, "group_norm", args, 2, b->dtype) && sd__group_norm_args_ok(b, x, gamma, beta, groups, y))
        sd__dry_need_work(b, SD__OP_GROUP_NORM, x, NULL, y, 0, groups, 0, 0);
}

static void sd__dry_layer_norm(sd__backend *b, const sd__tensor *x, const sd__tensor *gamma, const sd__tensor *beta,
                               float eps, sd__tensor *y) {
    const sd__tensor *args[2];
    (void)eps;
    args[0] = x; args[1] = y;
    if (sd__op_begin(b, "layer_norm", args, 2, b->dtype)) sd__layer_norm_args_ok(b, x, gamma, beta, y);
}

static void sd__dry_attention(sd__backend *b, const sd__tensor *q, const sd__tensor *k, const sd__tensor *v, int heads,
                              int causal, int heads_per_pass, sd__tensor *y) {
    const sd__tensor *args[4];
    (void)causal;
    args[0] = q; args[1] = k; args[2] = v; args[3] = y;
    if (sd__op_begin(b, "attention", args, 4, b->dtype) &&
        sd__attention_args_ok(b, q, k, v, heads, heads_per_pass, (size_t)INT_MAX, y))
        sd__dry_need_work(b, SD__OP_ATTENTION, q, k, y, 0, 0, heads, heads_per_pass);
}

static void sd__dry_activation(sd__backend *b, const sd__tensor *x, sd__activation act, sd__tensor *y) {
    const sd__tensor *args[2];
    args[0] = x; args[1] = y;
    if (sd__op_begin(b, "activation", args, 2, b->dtype)) sd__activation_args_ok(b, x, act, y);
}

static void sd__dry_geglu(sd__backend *b, const sd__tensor *x, sd__tensor *y) {
    const sd__tensor *args[2];
    args[0] = x; args[1] = y;
    if (sd__op_begin(b, "geglu", args, 2, b->dtype)) sd__geglu_args_ok(b, x, y);
}

static void sd__dry_add(sd__backend *b, const sd__tensor *a, const sd__tensor *bt, float alpha, float beta, sd__tensor *y) {
    const sd__tensor *args[3];
    int broadcast;
    (void)alpha; (void)beta;
    args[0] = a; args[1] = bt; args[2] = y;
    if (sd__op_begin(b, "add", args, 3, b->dtype)) sd__add_args_ok(b, a, bt, y, &broadcast);
}

static void sd__dry_upsample(sd__backend *b, const sd__tensor *x, sd__tensor *y) {
    const sd__tensor *args[2];
    args[0] = x; args[1] = y;
    if (sd__op_begin(b, "upsample", args, 2, b->dtype)) sd__upsample_args_ok(b, x, y);
}

static void sd__dry_concat(sd__backend *b, const sd__tensor *a, const sd__tensor *bt, sd__tensor *y) {
    const sd__tensor *args[3];
    args[0] = a; args[1] = bt; args[2] = y;
    if (sd__op_begin(b, "concat", args, 3, b->dtype)) sd__concat_args_ok(b, a, bt, y);
}

static void sd__dry_timestep_embedding(sd__backend *b, const sd__tensor *timesteps, int flip_sin_to_cos, float freq_shift,
                                       sd__tensor *y) {
    (void)flip_sin_to_cos;
    if (sd__op_begin(b, "timestep_embedding", (const sd__tensor *const *)&y, 1, b->dtype))
        sd__timestep_embedding_args_ok(b, timesteps, freq_shift, y);
}

static void sd__dry_denoise_input(sd__backend *b, const sd__tensor *latents, const sd__tensor *cond, const sd__tensor *plan,
                                  sd__tensor *x) {
    if (sd__op_begin(b, "denoise_input", (const sd__tensor *const *)&x, 1, b->dtype))
        sd__denoise_args_ok(b, "denoise_input", x, cond, NULL, plan, latents, NULL);
}

static void sd__dry_denoise_step(sd__backend *b, const sd__tensor *prediction, const sd__tensor *noise, sd__tensor *plan,
                                 sd__tensor *latents, sd__tensor *aux) {
    if (sd__op_begin(b, "denoise_step", &prediction, 1, b->dtype))
        sd__denoise_args_ok(b, "denoise_step", prediction, NULL, noise, plan, latents, aux);
}

/* --------------------------------------------------------------------------------------------
   Planning: first fit by decreasing size. The largest allocation goes first, each at the lowest
   offset where it overlaps no placed allocation alive at the same time.
   -------------------------------------------------------------------------------------------- */
typedef struct sd__plan_order { size_t bytes, first, index; } sd__plan_order;
typedef struct sd__plan_span { size_t begin, end; } sd__plan_span;

static int sd__plan_order_cmp(const void *pa, const void *pb) {
    const sd__plan_order *a = (const sd__plan_order *)pa, *b = (const sd__plan_order *)pb;
    if (a->bytes != b->bytes) return a->bytes > b->bytes ? -1 : 1;
    return a->first < b->first ? -1 : a->first > b->first;
}
static int sd__plan_span_cmp(const void *pa, const void *pb) {
    const sd__plan_span *a = (const sd__plan_span *)pa, *b = (const sd__plan_span *)pb;
    return a->begin < b->begin ? -1 : a->begin > b->begin;
}

static int sd__plan_lifetimes_overlap(const sd__plan_alloc *a, const sd__plan_alloc *b) {
    return a->first < b->last && b->first < a->last;
}

/* Sets every offset and arena_bytes. */
static sd_result sd__plan_assign(sd__env *env, sd__plan *plan) {
    sd__plan_order *order = (sd__plan_order *)sd__calloc(env, plan->count ? plan->count : 1, sizeof *order);
    sd__plan_span *spans = (sd__plan_span *)sd__calloc(env, plan->count ? plan->count : 1, sizeof *spans);
    size_t i, j;
    if (!order || !spans) {
        sd__free(env, order);
        sd__free(env, spans);
        return sd__oom(env);
    }
    for (i = 0; i < plan->count; i++) {
        order[i].bytes = plan->allocs[i].bytes;
        order[i].first = plan->allocs[i].first;
        order[i].index = i;
    }
    qsort(order, plan->count, sizeof *order, sd__plan_order_cmp);
    plan->arena_bytes = 0;
    for (i = 0; i < plan->count; i++) {
        sd__plan_alloc *a = &plan->allocs[order[i].index];
        size_t spans_count = 0, offset = 0;
        for (j = 0; j < i; j++) { /* the placed ones */
            const sd__plan_alloc *p = &plan->allocs[order[j].index];
            if (sd__plan_lifetimes_overlap(a, p)) {
                spans[spans_count].begin = p->offset;
                spans[spans_count].end = p->offset + p->bytes;
                spans_count++;
            }
        }
        qsort(spans, spans_count, sizeof *spans, sd__plan_span_cmp);
        for (j = 0; j < spans_count && spans[j].begin < offset + a->bytes; j++)
            if (spans[j].end > offset) offset = spans[j].end;
        a->offset = offset;
        if (offset + a->bytes > plan->arena_bytes) plan->arena_bytes = offset + a->bytes;
    }
    sd__free(env, order);
    sd__free(env, spans);
    return SD_OK;
}

/* 1 when the plan is sound: aligned offsets inside the arena, and no two allocations alive at
   the same time sharing a byte. */
static int sd__plan_valid(const sd__plan *plan) {
    size_t i, j;
    for (i = 0; i < plan->count; i++) {
        const sd__plan_alloc *a = &plan->allocs[i];
        if (a->offset % SD__PLAN_ALIGN || a->bytes % SD__PLAN_ALIGN || a->offset > plan->arena_bytes ||
            a->bytes > plan->arena_bytes - a->offset || a->first >= a->last)
            return 0;
        for (j = 0; j < i; j++) {
            const sd__plan_alloc *b = &plan->allocs[j];
            if (sd__plan_lifetimes_overlap(a, b) && a->offset < b->offset + b->bytes && b->offset < a->offset + a->bytes)
                return 0;
        }
    }
    return 1;
}

/* Records pass on a dry backend over b, then plans it. Fails when the pass fails, or when a
   tensor it allocates outlives it (its memory would be the next pass's). */
static sd_result sd__plan_record(sd__backend *b, const sd__pass *pass, sd__plan *plan) {
    static const sd__backend_ops dry_ops = {
        "dry", sd__dry_destroy, sd__dry_alloc, sd__dry_release, sd__dry_weight_bytes, sd__dry_upload_weight,
        sd__dry_mem_alloc, sd__dry_mem_free, sd__dry_copy, sd__dry_prefetch, sd__dry_await_copy, sd__dry_write, sd__dry_read,
        sd__dry_conv2d, sd__dry_linear, sd__dry_group_norm, sd__dry_layer_norm, sd__dry_attention, sd__dry_activation,
        sd__dry_geglu, sd__dry_add, sd__dry_upsample, sd__dry_concat, sd__dry_timestep_embedding, sd__dry_work_bytes,
        sd__dry_reserve_work, sd__dry_denoise_input, sd__dry_denoise_step, NULL, NULL, NULL, NULL};
    sd__dry_backend d;
    sd_result r;
    size_t k;
    memset(&d, 0, sizeof d);
    d.base.ops = &dry_ops;
    d.base.env = b->env;
    d.base.dtype = b->dtype;
    d.real = b;
    d.plan = plan;
    plan->name = pass->name;
    memcpy(plan->shape, pass->shape, sizeof plan->shape);
    r = pass->run(&d.base, pass->args);
    if (d.base.status) { /* an op the real backend refuses too */
        b->status = d.base.status;
        return b->status;
    }
    if (r != SD_OK) return r;
    for (k = 0; k < plan->count; k++)
        if (plan->allocs[k].last == (size_t)-1)
            return sd__fail(b->env, SD_ERR_BACKEND, "memory plan of the %s: tensor %lu of %lu outlives the pass (an internal error)",
                            pass->name, (unsigned long)k, (unsigned long)plan->count);
    if ((r = sd__plan_assign(b->env, plan)) != SD_OK) return r;
    if (!sd__plan_valid(plan))
        return sd__fail(b->env, SD_ERR_BACKEND, "memory plan of the %s: overlapping tensors (an internal error)", pass->name);
    return SD_OK;
}

/* --------------------------------------------------------------------------------------------
   The planner: cached plans, the arena, replays
   -------------------------------------------------------------------------------------------- */
/* Releases the arena and forgets every plan. */
static void sd__planner_free(sd__backend *b, sd__planner *pl) {
    int i;
    if (pl->arena.data) b->ops->release(b, &pl->arena);
    for (i = 0; i < SD__PLAN_CACHE; i++) sd__plan_free(b->env, &pl->plans[i]);
    memset(pl, 0, sizeof *pl);
}

/* Forgets every recorded plan (the passes changed: LoRA adapters came or went); the arena stays. */
static void sd__planner_forget(sd__backend *b, sd__planner *pl) {
    int i;
    for (i = 0; i < SD__PLAN_CACHE; i++) sd__plan_free(b->env, &pl->plans[i]);
}

/* A replay that leaves its plan fails (and the plan is recorded afresh next time). */
static void sd__plan_strayed(sd__backend *b, const char *what, size_t index) {
    const sd__plan *p = b->planner->active;
    b->planner->strayed = 1;
    sd__backend_failf(b, SD_ERR_BACKEND, "memory plan of the %s [%d, %d, %d, %d]: %s %lu differs from the recorded run (an internal error)",
                      p->name, p->shape[0], p->shape[1], p->shape[2], p->shape[3], what, (unsigned long)index);
}

static int sd__arena_take(sd__backend *b, sd__tensor *t) {
    sd__planner *pl = b->planner;
    const sd__plan *p;
    size_t bytes;
    if (!pl || !pl->active) return 0;
    p = pl->active;
    t->data = NULL;
    t->dtype = b->dtype;
    if (!sd__plan_bytes(b, t, &bytes)) return 1;
    if (pl->next_alloc >= p->count || pl->event >= p->event_count || p->events[pl->event] != 2 * pl->next_alloc ||
        p->allocs[pl->next_alloc].bytes != bytes) {
        sd__plan_strayed(b, "allocation", pl->next_alloc);
        return 1;
    }
    t->data = (void *)((uintptr_t)pl->arena.data + p->allocs[pl->next_alloc].offset);
    pl->event++;
    pl->next_alloc++;
    return 1;
}

/* Arena memory goes back to no one; while a plan is replayed the release must be the next event. */
static int sd__arena_give_back(sd__backend *b, const sd__tensor *t) {
    sd__planner *pl = b->planner;
    uintptr_t at, base;
    if (!pl || !pl->arena.data) return 0;
    at = (uintptr_t)t->data;
    base = (uintptr_t)pl->arena.data;
    if (at < base || at - base >= pl->arena_bytes) return 0;
    if (pl->active && !b->status) {
        const sd__plan *p = pl->active;
        const size_t event = pl->event < p->event_count ? p->events[pl->event] : 0;
        if (event % 2 == 0 || p->allocs[event / 2].offset != (size_t)(at - base)) sd__plan_strayed(b, "event", pl->event);
        else pl->event++;
    }
    return 1;
}

/* Makes the arena and the backend's work memory at least this large (between passes only). */
static sd_result sd__planner_fit(sd__backend *b, size_t arena_bytes, size_t work_bytes) {
    sd__planner *pl = b->planner;
    if (arena_bytes > pl->arena_bytes) {
        const size_t rows = arena_bytes / SD__PLAN_ALIGN;
        if (pl->arena.data) b->ops->release(b, &pl->arena);
        pl->arena_bytes = 0;
        if (rows > (size_t)INT_MAX)
            return sd__fail(b->env, SD_ERR_OUT_OF_MEMORY, "an activation arena of %.1f MiB is too large",
                            (double)arena_bytes / 1048576.0);
        memset(&pl->arena, 0, sizeof pl->arena);
        pl->arena.n = 1;
        pl->arena.h = 1;
        pl->arena.w = (int)rows;
        pl->arena.c = (int)(SD__PLAN_ALIGN / sd__dtype_size(b->dtype));
        b->ops->alloc(b, &pl->arena);
        if (!pl->arena.data) return sd__fail_context(b->env, "activation arena");
        pl->arena_bytes = arena_bytes;
    }
    if (work_bytes) b->ops->reserve_work(b, work_bytes);
    return b->status;
}

/* The plan of pass: cached, or recorded now. */
static sd_result sd__planner_plan(sd__backend *b, const sd__pass *pass, sd__plan **out) {
    const double mib = 1.0 / 1048576.0;
    sd__planner *pl = b->planner;
    sd__plan *plan = NULL, *slot = &pl->plans[0];
    sd_result r;
    int i;
    for (i = 0; i < SD__PLAN_CACHE && !plan; i++) {
        sd__plan *p = &pl->plans[i];
        if (p->name && strcmp(p->name, pass->name) == 0 && memcmp(p->shape, pass->shape, sizeof p->shape) == 0) plan = p;
        else if (!p->name || (slot->name && p->used < slot->used)) slot = p;
    }
    if (!plan) {
        plan = slot;
        sd__plan_free(b->env, plan);
        if ((r = sd__plan_record(b, pass, plan)) != SD_OK) {
            sd__plan_free(b->env, plan);
            return r;
        }
        sd__log(b->env, SD_LOG_INFO,
                "memory plan of the %s [%d, %d, %d, %d]: %lu tensors of %.1f MiB in all, at most %.1f MiB alive at once: "
                "arena %.1f MiB, work %.1f MiB",
                plan->name, plan->shape[0], plan->shape[1], plan->shape[2], plan->shape[3], (unsigned long)plan->count,
                (double)plan->total_bytes * mib, (double)plan->peak_bytes * mib, (double)plan->arena_bytes * mib,
                (double)plan->work_bytes * mib);
    }
    plan->used = ++pl->clock;
    *out = plan;
    return SD_OK;
}

/* Plans the passes and makes room for the largest now, so that sd__run_planned of any of them
   later allocates nothing (passes that come first in a run can thus share one arena allocation).
   A no-op without a planner. */
static sd_result sd__plan_prepare(sd__backend *b, const sd__pass *passes, int count) {
    size_t arena_bytes = 0, work_bytes = 0;
    sd__plan *plan;
    sd_result r;
    int i;
    if (b->status) return b->status;
    if (!b->planner || b->planner->active) return SD_OK;
    for (i = 0; i < count; i++) {
        if ((r = sd__planner_plan(b, &passes[i], &plan)) != SD_OK) return r;
        arena_bytes = SD__MAX(arena_bytes, plan->arena_bytes);
        work_bytes = SD__MAX(work_bytes, plan->work_bytes);
    }
    return sd__planner_fit(b, arena_bytes, work_bytes);
}

/* Runs pass with its tensors in the arena. Without a planner, or inside another planned pass
   (whose plan then holds these tensors too), it just runs. */
static sd_result sd__run_planned(sd__backend *b, const sd__pass *pass) {
    sd__planner *pl = b->planner;
    sd__plan *plan;
    sd_result r;
    if (b->status) return b->status;
    if (!pl || pl->active) return pass->run(b, pass->args);
    if ((r = sd__planner_plan(b, pass, &plan)) != SD_OK || (r = sd__planner_fit(b, plan->arena_bytes, plan->work_bytes)) != SD_OK)
        return r;
    pl->active = plan;
    pl->event = pl->next_alloc = 0;
    pl->strayed = 0;
    r = pass->run(b, pass->args);
    if (r == SD_OK && !b->status && pl->event != plan->event_count) sd__plan_strayed(b, "the end of the pass at event", pl->event);
    pl->active = NULL;
    if (pl->strayed) sd__plan_free(b->env, plan);
    return r != SD_OK ? r : b->status;
}
