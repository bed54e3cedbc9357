/* ============================================================================================
   Prompts: A1111's attention syntax and chunks of 75 tokens
   ============================================================================================ */
/* A prompt as the text encoder takes it, the way AUTOMATIC1111's web UI builds it: chunks of
   SD_MAX_TOKENS ids (BOS, 75 tokens padded with EOS, EOS; the model's pad token after the first
   EOS, as SD 2.x pads) and a weight per id (1 for BOS, EOS and padding). */
typedef struct sd__prompt {
    int *ids;         /* chunks * SD_MAX_TOKENS */
    float *weights;   /* the same count */
    int chunks;
    int weighted;     /* a weight is not 1 */
    size_t tokens;    /* the text's tokens, those past SD_MAX_PROMPT_CHUNKS chunks included */
    int truncated;    /* it had more than SD_MAX_PROMPT_CHUNKS chunks: those after are left out */
} sd__prompt;

/* A context's textual-inversion embeddings: each is a word of the tokenizer (a special token
   whose id is that of its first vector) standing for `vectors` ids past the text encoder's
   vocabulary, whose rows the text encoder reads from `rows` (sd__clip.extra). */
typedef struct sd__embedding {
    char *token;
    int first_id, vectors;
} sd__embedding;
typedef struct sd__embeddings {
    sd__embedding items[SD_MAX_EMBEDDINGS];
    int count;
    float *rows;  /* row_count x the text encoder's width */
    int row_count;
} sd__embeddings;

static void sd__embeddings_free(sd__env *env, sd__embeddings *e) {
    int i;
    for (i = 0; i < e->count; i++) sd__free(env, e->items[i].token);
    sd__free(env, e->rows);
    memset(e, 0, sizeof *e);
}

/* The embedding whose word has this id, or NULL. */
static const sd__embedding *sd__embedding_of(const sd__embeddings *e, int id) {
    int i;
    for (i = 0; e && i < e->count; i++)
        if (e->items[i].first_id == id) return &e->items[i];
    return NULL;
}

#define SD__CHUNK_TOKENS (SD_MAX_TOKENS - 2)
/* A1111's "prompt word wrap length limit" (its default): a chunk that fills up within this many
   tokens after a comma moves the tokens after the comma to the next chunk. */
#define SD__COMMA_BACKTRACK 20

static void sd__prompt_free(sd__env *env, sd__prompt *p) {
    sd__free(env, p->ids);
    sd__free(env, p->weights);
    memset(p, 0, sizeof *p);
}

/* A piece of the parsed prompt: text [start, start + length) of the parser's output buffer, and
   its weight; or a BREAK. */
typedef struct sd__prompt_piece {
    size_t start, length;
    double weight;
    int is_break;
} sd__prompt_piece;

typedef struct sd__prompt_parse {
    sd__env *env;
    char *text;                   /* the pieces' text, escapes resolved */
    size_t text_len, text_cap;
    sd__prompt_piece *pieces;
    size_t count, cap;
    size_t *round, *square;       /* open brackets: the first piece each one covers */
    size_t rounds, squares;
    int failed;
} sd__prompt_parse;

static void sd__prompt_add(sd__prompt_parse *ps, const char *s, size_t n, int is_break) {
    sd__prompt_piece *piece;
    char *text;
    if (ps->failed) return;
    text = (char *)sd__tok_reserve(ps->env, ps->text, &ps->text_cap, ps->text_len + n + 1, 1);
    if (text) ps->text = text;
    piece = (sd__prompt_piece *)sd__tok_reserve(ps->env, ps->pieces, &ps->cap, ps->count + 1, sizeof *piece);
    if (piece) ps->pieces = piece;
    if (!text || !piece) {
        ps->failed = 1;
        return;
    }
    piece = &ps->pieces[ps->count++];
    piece->start = ps->text_len;
    piece->length = n;
    piece->weight = 1.0;
    piece->is_break = is_break;
    memcpy(ps->text + ps->text_len, s, n);
    ps->text_len += n;
}

/* Multiplies the weights of the pieces from `first` on (a bracket closing). BREAKs keep theirs:
   A1111 multiplies them too, which turns a BREAK inside brackets into the word "BREAK". */
static void sd__prompt_multiply(sd__prompt_parse *ps, size_t first, double factor) {
    size_t p;
    for (p = first; p < ps->count; p++)
        if (!ps->pieces[p].is_break) ps->pieces[p].weight *= factor;
}

static void sd__prompt_open(sd__prompt_parse *ps, size_t **stack, size_t *depth) {
    size_t cap = *depth;
    size_t *grown = ps->failed ? NULL : (size_t *)sd__tok_reserve(ps->env, *stack, &cap, *depth + 1, sizeof **stack);
    if (!grown) {
        ps->failed = 1;
        return;
    }
    *stack = grown;
    (*stack)[(*depth)++] = ps->count;
}

/* Python's \w for a byte of UTF-8 text: ASCII letters, digits and _, and any non-ASCII byte
   (letters of other scripts; close enough for finding the word BREAK). */
static int sd__prompt_word_byte(unsigned char c) {
    return c >= 0x80 || c == '_' || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}
static int sd__prompt_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* A run of plain text, split at each word BREAK (with the white space around it) into pieces
   with BREAKs between them. */
static void sd__prompt_text(sd__prompt_parse *ps, const char *s, size_t n) {
    size_t i = 0, from = 0;
    while (i + 5 <= n) {
        size_t begin = i, end = i + 5;
        if (memcmp(s + i, "BREAK", 5) != 0 || (i > 0 && sd__prompt_word_byte((unsigned char)s[i - 1])) ||
            (end < n && sd__prompt_word_byte((unsigned char)s[end]))) {
            i++;
            continue;
        }
        while (begin > from && sd__prompt_space((unsigned char)s[begin - 1])) begin--;
        while (end < n && sd__prompt_space((unsigned char)s[end])) end++;
        sd__prompt_add(ps, s + from, begin - from, 0);
        sd__prompt_add(ps, "BREAK", 5, 1);
        from = i = end;
    }
    sd__prompt_add(ps, s + from, n - from, 0);
}

/* The number of ":N)" at s (A1111's ":([+-]?[.\d]+)\)"): its length, with *weight; 0 when s
   does not start one, or the number is not one (A1111 fails there; here the ':' and the digits
   are text and the ')' closes a bracket as usual). */
static size_t sd__prompt_weight_at(const char *s, double *weight) {
    size_t j = 1, k;
    char number[64], *end;
    if (s[j] == '+' || s[j] == '-') j++;
    for (k = j; s[k] == '.' || (s[k] >= '0' && s[k] <= '9'); k++) {
    }
    if (k == j || s[k] != ')' || k - 1 >= sizeof number) return 0;
    memcpy(number, s + 1, k - 1);
    number[k - 1] = 0;
    *weight = strtod(number, &end);
    return *end == 0 ? k + 1 : 0;
}

/* Parses text into weighted pieces with A1111's rules: ( ) multiply by 1.1, [ ] divide by it,
   (text:N) multiplies by N, brackets left open at the end still count, a closing bracket with
   none open is text, \( \) \[ \] \\ are the characters and any other backslash is dropped;
   neighbouring pieces of the same weight are merged. With weighting off the text is one piece. */
static sd_result sd__prompt_parse_text(sd__env *env, const char *text, int weighting, sd__prompt_parse *ps) {
    const size_t n = strlen(text);
    size_t i = 0, p;
    memset(ps, 0, sizeof *ps);
    ps->env = env;
    if (!weighting) {
        sd__prompt_add(ps, text, n, 0);
        return ps->failed ? sd__oom(env) : SD_OK;
    }
    while (i < n && !ps->failed) {
        const char c = text[i];
        double weight;
        size_t len;
        if (c == '\\') {
            const int escape = i + 1 < n && strchr("()[]\\", text[i + 1]) != NULL;
            sd__prompt_add(ps, text + i + 1, (size_t)escape, 0);
            i += 1 + (size_t)escape;
        } else if (c == '(') {
            sd__prompt_open(ps, &ps->round, &ps->rounds);
            i++;
        } else if (c == '[') {
            sd__prompt_open(ps, &ps->square, &ps->squares);
            i++;
        } else if (c == ':' && (len = sd__prompt_weight_at(text + i, &weight)) != 0 && ps->rounds) {
            sd__prompt_multiply(ps, ps->round[--ps->rounds], weight);
            i += len;
        } else if (c == ')' && ps->rounds) {
            sd__prompt_multiply(ps, ps->round[--ps->rounds], 1.1);
            i++;
        } else if (c == ']' && ps->squares) {
            sd__prompt_multiply(ps, ps->square[--ps->squares], 1 / 1.1);
            i++;
        } else if (c == ':' || c == ')' || c == ']') {
            len = c == ':' ? sd__prompt_weight_at(text + i, &weight) : 0;
            sd__prompt_text(ps, text + i, len ? len : 1); /* ":N)" without an open bracket is text, as a whole */
            i += len ? len : 1;
        } else {
            len = strcspn(text + i, "\\()[]:");
            sd__prompt_text(ps, text + i, len);
            i += len;
        }
    }
    for (p = 0; p < ps->rounds; p++) sd__prompt_multiply(ps, ps->round[p], 1.1);
    for (p = 0; p < ps->squares; p++) sd__prompt_multiply(ps, ps->square[p], 1 / 1.1);
    if (ps->failed) return sd__oom(env);
    if (!ps->count) sd__prompt_add(ps, "", 0, 0);
    for (p = 0; p + 1 < ps->count;) { /* merge runs of one weight; pieces are contiguous in text */
        sd__prompt_piece *a = &ps->pieces[p], *b = &ps->pieces[p + 1];
        if (!a->is_break && !b->is_break && a->weight == b->weight) {
            a->length += b->length;
            memmove(b, b + 1, (ps->count - p - 2) * sizeof *b);
            ps->count--;
        } else {
            p++;
        }
    }
    return ps->failed ? sd__oom(env) : SD_OK;
}

static void sd__prompt_parse_free(sd__prompt_parse *ps) {
    sd__free(ps->env, ps->text);
    sd__free(ps->env, ps->pieces);
    sd__free(ps->env, ps->round);
    sd__free(ps->env, ps->square);
}

/* The chunk being filled (A1111's PromptChunk) and the prompt it goes to. */
typedef struct sd__chunker {
    sd__env *env;
    const sd__tokenizer *tok;
    sd__prompt *out;
    int tokens[SD__CHUNK_TOKENS];
    float weights[SD__CHUNK_TOKENS];
    int count, last_comma;
    sd_result status;
} sd__chunker;

/* Closes the current chunk: padded with EOS to 75 tokens, between BOS and EOS, and the model's
   pad token after the first EOS. */
static void sd__chunk_close(sd__chunker *c) {
    sd__prompt *p = c->out;
    int *ids, k, ended = 0;
    float *w;
    if (c->status) return;
    if (p->chunks == SD_MAX_PROMPT_CHUNKS) {
        p->truncated = 1;
        c->count = 0;
        c->last_comma = -1;
        return;
    }
    ids = (int *)sd__realloc(c->env, p->ids, (size_t)p->chunks * SD_MAX_TOKENS * sizeof *ids,
                             (size_t)(p->chunks + 1) * SD_MAX_TOKENS * sizeof *ids);
    if (ids) p->ids = ids;
    w = (float *)sd__realloc(c->env, p->weights, (size_t)p->chunks * SD_MAX_TOKENS * sizeof *w,
                             (size_t)(p->chunks + 1) * SD_MAX_TOKENS * sizeof *w);
    if (w) p->weights = w;
    if (!ids || !w) {
        c->status = sd__oom(c->env);
        return;
    }
    ids += (size_t)p->chunks * SD_MAX_TOKENS;
    w += (size_t)p->chunks * SD_MAX_TOKENS;
    ids[0] = c->tok->bos;
    w[0] = 1.0f;
    for (k = 0; k <= SD__CHUNK_TOKENS; k++) {
        const int id = k < c->count ? c->tokens[k] : c->tok->eos;
        ids[k + 1] = ended ? c->tok->pad : id;
        w[k + 1] = k < c->count ? c->weights[k] : 1.0f;
        ended |= id == c->tok->eos;
        if (w[k + 1] != 1.0f) p->weighted = 1;
    }
    p->chunks++;
    c->count = 0;
    c->last_comma = -1;
}

/* Adds the ids id .. id + n - 1 (n > 1: an embedding's vectors, kept in one chunk) as A1111's
   tokenize_line does: a full chunk is closed first, taking the tokens after a comma among its
   last SD__COMMA_BACKTRACK to the next chunk. */
static void sd__chunk_add(sd__chunker *c, int id, int n, float weight, int comma) {
    int k;
    c->out->tokens += (size_t)n;
    if (c->out->truncated) return;
    if (id == comma) {
        c->last_comma = c->count;
    } else if (c->count == SD__CHUNK_TOKENS && c->last_comma >= 0 && c->count - c->last_comma <= SD__COMMA_BACKTRACK) {
        int moved[SD__CHUNK_TOKENS];
        float moved_weights[SD__CHUNK_TOKENS];
        const int from = c->last_comma + 1, count = c->count - from;
        memcpy(moved, c->tokens + from, (size_t)count * sizeof *moved);
        memcpy(moved_weights, c->weights + from, (size_t)count * sizeof *moved_weights);
        c->count = from;
        sd__chunk_close(c);
        memcpy(c->tokens, moved, (size_t)count * sizeof *moved);
        memcpy(c->weights, moved_weights, (size_t)count * sizeof *moved_weights);
        c->count = count;
    }
    if (c->count == SD__CHUNK_TOKENS || c->count + n > SD__CHUNK_TOKENS) sd__chunk_close(c);
    for (k = 0; k < n && !c->out->truncated; k++) {
        c->tokens[c->count] = id + k;
        c->weights[c->count++] = weight;
    }
}

/* The chunks and weights of a prompt (weighting: A1111's syntax; else plain text), with the
   vectors of the embeddings (may be NULL) where their words are. */
static sd_result sd__prompt_build(sd__env *env, const sd__tokenizer *tok, const sd__embeddings *emb, const char *text,
                                  int weighting, sd__prompt *out) {
    sd__prompt_parse ps;
    sd__chunker c;
    int *comma_ids = NULL;
    size_t comma_count = 0, p, k;
    int comma;
    sd_result r;
    memset(out, 0, sizeof *out);
    /* the whole text first: dropping a backslash could join the halves of a bad sequence */
    if ((r = sd__tok_check_utf8(env, text)) != SD_OK) return r;
    if ((r = sd__tokenize_all(env, tok, ",", &comma_ids, &comma_count)) != SD_OK) return r;
    comma = comma_count == 1 ? comma_ids[0] : -1;
    sd__free(env, comma_ids);
    memset(&c, 0, sizeof c);
    c.env = env;
    c.tok = tok;
    c.out = out;
    c.last_comma = -1;
    r = sd__prompt_parse_text(env, text, weighting, &ps);
    for (p = 0; r == SD_OK && !c.status && p < ps.count; p++) {
        const sd__prompt_piece *piece = &ps.pieces[p];
        char *fragment;
        int *ids = NULL;
        size_t count = 0;
        if (piece->is_break) {
            sd__chunk_close(&c);
            continue;
        }
        if (!(fragment = (char *)sd__malloc(env, piece->length + 1))) {
            r = sd__oom(env);
            break;
        }
        memcpy(fragment, ps.text + piece->start, piece->length);
        fragment[piece->length] = 0;
        r = sd__tokenize_all(env, tok, fragment, &ids, &count);
        sd__free(env, fragment);
        for (k = 0; r == SD_OK && k < count && !c.status; k++) {
            const sd__embedding *e = sd__embedding_of(emb, ids[k]);
            sd__chunk_add(&c, ids[k], e ? e->vectors : 1, (float)piece->weight, comma);
        }
        sd__free(env, ids);
    }
    if (r == SD_OK && (c.count > 0 || !out->chunks) && !out->truncated) sd__chunk_close(&c);
    sd__prompt_parse_free(&ps);
    if (r == SD_OK) r = c.status;
    if (r != SD_OK) sd__prompt_free(env, out);
    return r;
}

/* A1111's "Original" emphasis on one encoded chunk z [SD_MAX_TOKENS, dim]: each token's vector
   times its weight, then the whole chunk scaled back to its mean before. In float, the means
   summed in double. */
static void sd__prompt_emphasis(float *z, const float *weights, int dim) {
    const size_t n = (size_t)SD_MAX_TOKENS * (size_t)dim;
    double before = 0, after = 0;
    float ratio;
    size_t i;
    for (i = 0; i < n; i++) before += z[i];
    for (i = 0; i < n; i++) {
        z[i] *= weights[i / (size_t)dim];
        after += z[i];
    }
    ratio = (float)(before / (double)n) / (float)(after / (double)n);
    if (after != 0 && ratio - ratio == 0)
        for (i = 0; i < n; i++) z[i] *= ratio;
}
