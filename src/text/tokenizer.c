/* ============================================================================================
   CLIP tokenizer: the byte-level BPE of transformers' CLIPTokenizer (tokenizers backend)
   ============================================================================================ */
/* The steps, as the reference runs them:
   1. Special tokens (<|startoftext|>, <|endoftext|>, and the pad token when it is another string)
      are found in the raw text, case-sensitively, and become their ids; the text between them
      goes through steps 2-5.
   2. NFC (Unicode 9.0), then lowercase one character at a time (no final-sigma rule). The
      reference also replaces each run of whitespace by one space; the pre-tokenizer drops
      whitespace anyway, so that step changes nothing and is left out.
   3. Pre-tokenization with CLIP's regex
         <\|startoftext\|>|<\|endoftext\|>|'s|'t|'re|'ve|'m|'ll|'d|[\p{L}]+|[\p{N}]|[^\s\p{L}\p{N}]+
      followed by GPT-2's byte-level split, which only changes the two special-token pieces the
      regex keeps whole: they become "<|", the name and "|>".
   4. Each piece's UTF-8 bytes start as one symbol each (the last one with "</w>"), then merge
      pair by pair, lowest merge rank first and leftmost first among equals.
   5. BOS, the tokens truncated to SD_MAX_TOKENS - 2, EOS, then the pad id up to SD_MAX_TOKENS. */

#define SD__TOK_MAX_SPECIALS (3 + SD_MAX_EMBEDDINGS) /* BOS, EOS, a pad, the embeddings' words */
#define SD__TOK_MAX_FILE ((size_t)64 << 20)

typedef struct sd__tok_merge {
    int left, right; /* the pair of token ids */
    int rank;        /* position in merges.txt; -1 marks an empty hash slot */
    int merged;      /* id of the joined token */
} sd__tok_merge;

typedef struct sd__tok_special {
    char *text;
    size_t length;
    int id;
} sd__tok_special;

struct sd__tokenizer {
    int byte_id[256];     /* the symbol of each byte inside a word; the unknown id if absent */
    int byte_end_id[256]; /* the same with "</w>", for a word's last byte */
    sd__tok_merge *merges; /* open-addressing hash table keyed by the pair */
    size_t merge_mask;
    int bos, eos, pad, unk;
    sd__tok_special specials[SD__TOK_MAX_SPECIALS];
    int special_count;
};
typedef struct sd__tokenizer sd__tokenizer;

/* --------------------------------------------------------------------------------------------
   Unicode tables
   -------------------------------------------------------------------------------------------- */
/* The BPE merges and the Unicode tables are generated (tools/gen/gen_clip_data.py) into
   src/text/clip_tables.c, which stands at the end of the implementation so that its 315 KB do not
   come between the code. The tokenizer reaches them through sd__clip_data_get(). */
#define SD__CLIP_MERGE_DIGITS 5     /* base-90 digits per embedded merge */
#define SD__UNI_MAX_DECOMPOSITION 4 /* the longest canonical decomposition of one character */

typedef struct sd__uni_table {
    const unsigned *cells; /* rows of width unsigneds, sorted by the first */
    size_t rows, width;
} sd__uni_table;

typedef struct sd__clip_data {
    const char *const *merges; /* literals of SD__CLIP_MERGE_DIGITS digits per merge */
    size_t merge_literals, merge_count;
    sd__uni_table letters, numbers, spaces; /* inclusive ranges {first, last} */
    sd__uni_table lowercase_rows;           /* {first, last, stride, lowercase of first} */
    sd__uni_table lowercase_long;           /* {code point, first, second lowercase} */
    sd__uni_table ccc;                      /* {first, last, canonical combining class} */
    sd__uni_table decompositions;           /* {code point, first, second or 0} */
    sd__uni_table compositions;             /* {first, second, composite}, sorted by the pair */
    sd__uni_table second;                   /* ranges of the code points that compose with a previous one */
} sd__clip_data;

static const sd__clip_data *sd__clip_data_get(void);

static const unsigned *sd__uni_row(const sd__uni_table *t, size_t i) { return t->cells + i * t->width; }

/* Index of the last row whose first column is <= cp, or -1. */
static long sd__uni_find(const sd__uni_table *t, unsigned cp) {
    size_t lo = 0, hi = t->rows;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (sd__uni_row(t, mid)[0] <= cp) lo = mid + 1;
        else hi = mid;
    }
    return (long)lo - 1;
}

static int sd__uni_in_ranges(const sd__uni_table *ranges, unsigned cp) {
    long i = sd__uni_find(ranges, cp);
    return i >= 0 && cp <= sd__uni_row(ranges, (size_t)i)[1];
}

static int sd__uni_is_letter(unsigned cp) {
    if (cp < 0x80) return (cp | 0x20) - 'a' < 26;
    return sd__uni_in_ranges(&sd__clip_data_get()->letters, cp);
}
static int sd__uni_is_number(unsigned cp) {
    if (cp < 0x80) return cp - '0' < 10;
    return sd__uni_in_ranges(&sd__clip_data_get()->numbers, cp);
}
static int sd__uni_is_space(unsigned cp) {
    if (cp < 0x80) return cp == ' ' || cp - '\t' < 5;
    return sd__uni_in_ranges(&sd__clip_data_get()->spaces, cp);
}

/* Canonical combining class. */
static unsigned sd__uni_ccc(unsigned cp) {
    const sd__uni_table *ccc = &sd__clip_data_get()->ccc;
    long i;
    if (cp < 0x300) return 0;
    i = sd__uni_find(ccc, cp);
    return i >= 0 && cp <= sd__uni_row(ccc, (size_t)i)[1] ? sd__uni_row(ccc, (size_t)i)[2] : 0;
}

/* Hangul syllables decompose and compose arithmetically (Unicode chapter 3.12). */
#define SD__HANGUL_S 0xAC00u
#define SD__HANGUL_L 0x1100u
#define SD__HANGUL_V 0x1161u
#define SD__HANGUL_T 0x11A7u
#define SD__HANGUL_V_COUNT 21u
#define SD__HANGUL_T_COUNT 28u
#define SD__HANGUL_COUNT 11172u

/* Appends the full canonical decomposition of cp to out; returns the number written. */
static size_t sd__uni_decompose(unsigned cp, unsigned *out) {
    const unsigned *row;
    long i;
    size_t n;
    if (cp - SD__HANGUL_S < SD__HANGUL_COUNT) {
        unsigned s = cp - SD__HANGUL_S, t = s % SD__HANGUL_T_COUNT;
        out[0] = SD__HANGUL_L + s / (SD__HANGUL_V_COUNT * SD__HANGUL_T_COUNT);
        out[1] = SD__HANGUL_V + (s % (SD__HANGUL_V_COUNT * SD__HANGUL_T_COUNT)) / SD__HANGUL_T_COUNT;
        if (!t) return 2;
        out[2] = SD__HANGUL_T + t;
        return 3;
    }
    if (cp < 0xC0) {
        out[0] = cp;
        return 1;
    }
    i = sd__uni_find(&sd__clip_data_get()->decompositions, cp);
    row = i < 0 ? NULL : sd__uni_row(&sd__clip_data_get()->decompositions, (size_t)i);
    if (!row || row[0] != cp) {
        out[0] = cp;
        return 1;
    }
    n = sd__uni_decompose(row[1], out);
    if (row[2]) n += sd__uni_decompose(row[2], out + n);
    SD_ASSERT(n <= SD__UNI_MAX_DECOMPOSITION);
    return n;
}

/* The primary composite of the pair (a, b), or 0. */
static unsigned sd__uni_compose(unsigned a, unsigned b) {
    const sd__uni_table *compositions = &sd__clip_data_get()->compositions;
    size_t lo = 0, hi = compositions->rows;
    if (a - SD__HANGUL_L < 19 && b - SD__HANGUL_V < SD__HANGUL_V_COUNT)
        return SD__HANGUL_S + ((a - SD__HANGUL_L) * SD__HANGUL_V_COUNT + (b - SD__HANGUL_V)) * SD__HANGUL_T_COUNT;
    if (a - SD__HANGUL_S < SD__HANGUL_COUNT && (a - SD__HANGUL_S) % SD__HANGUL_T_COUNT == 0 &&
        b - SD__HANGUL_T - 1 < SD__HANGUL_T_COUNT - 1)
        return a + (b - SD__HANGUL_T);
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const unsigned *row = sd__uni_row(compositions, mid);
        if (row[0] == a && row[1] == b) return row[2];
        if (row[0] < a || (row[0] == a && row[1] < b)) lo = mid + 1;
        else hi = mid;
    }
    return 0;
}

/* Whether cp can be the second character of a composition (then it may join what precedes). */
static int sd__uni_composes_with_previous(unsigned cp) {
    if (cp - SD__HANGUL_V < SD__HANGUL_V_COUNT || cp - SD__HANGUL_T - 1 < SD__HANGUL_T_COUNT - 1) return 1;
    return sd__uni_in_ranges(&sd__clip_data_get()->second, cp);
}

/* Lowercase of one character into out (one or two characters); returns the count. */
static size_t sd__uni_lowercase(unsigned cp, unsigned out[2]) {
    const sd__clip_data *data = sd__clip_data_get();
    const unsigned *row;
    long i;
    size_t k;
    out[0] = cp;
    if (cp < 0x80) {
        if (cp - 'A' < 26) out[0] = cp + 32;
        return 1;
    }
    for (k = 0; k < data->lowercase_long.rows; k++) {
        row = sd__uni_row(&data->lowercase_long, k);
        if (row[0] == cp) {
            out[0] = row[1];
            out[1] = row[2];
            return 2;
        }
    }
    i = sd__uni_find(&data->lowercase_rows, cp);
    row = i < 0 ? NULL : sd__uni_row(&data->lowercase_rows, (size_t)i);
    if (row && cp <= row[1] && (cp - row[0]) % row[2] == 0) out[0] = row[3] + (cp - row[0]);
    return 1;
}

/* --------------------------------------------------------------------------------------------
   Building a tokenizer
   -------------------------------------------------------------------------------------------- */
/* GPT-2's byte-level alphabet: printable bytes stand for themselves, the other bytes for
   U+0100 onwards in byte order. Vocab order lists the printable ones first. */
#define SD__TOK_PRINTABLE_BYTES 188 /* '!'..'~', 0xA1..0xAC, 0xAE..0xFF */

static void sd__tok_byte_symbols(unsigned symbol[256], int order[256]) {
    int b, printable = 0, other = 0;
    for (b = 0; b < 256; b++) {
        if ((b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || b >= 0xAE) {
            symbol[b] = (unsigned)b;
            order[b] = printable++;
        } else {
            symbol[b] = 256u + (unsigned)other;
            order[b] = SD__TOK_PRINTABLE_BYTES + other++;
        }
    }
    SD_ASSERT(printable == SD__TOK_PRINTABLE_BYTES);
}

static size_t sd__tok_pair_hash(int left, int right) {
    unsigned long long h = ((unsigned long long)(unsigned)left << 32 | (unsigned)right) * 0x9E3779B97F4A7C15ull;
    return (size_t)(h >> 29);
}

static const sd__tok_merge *sd__tok_find_merge(const sd__tokenizer *tok, int left, int right) {
    size_t i = sd__tok_pair_hash(left, right) & tok->merge_mask;
    for (;; i = (i + 1) & tok->merge_mask) {
        const sd__tok_merge *m = &tok->merges[i];
        if (m->rank < 0) return NULL;
        if (m->left == left && m->right == right) return m;
    }
}

/* A table with room for count merges at most half full. */
static sd_result sd__tok_alloc_merges(sd__env *env, sd__tokenizer *tok, size_t count) {
    size_t slots = 16, i;
    while (slots < count * 2) {
        if (slots > ((size_t)-1 >> 2) / sizeof(sd__tok_merge)) return sd__oom(env);
        slots *= 2;
    }
    tok->merges = (sd__tok_merge *)sd__malloc(env, slots * sizeof(sd__tok_merge));
    if (!tok->merges) return sd__oom(env);
    for (i = 0; i < slots; i++) tok->merges[i].rank = -1;
    tok->merge_mask = slots - 1;
    return SD_OK;
}

/* A repeated pair keeps its last rank, as the reference's hash map does. */
static void sd__tok_add_merge(sd__tokenizer *tok, int left, int right, int rank, int merged) {
    size_t i = sd__tok_pair_hash(left, right) & tok->merge_mask;
    while (tok->merges[i].rank >= 0 && (tok->merges[i].left != left || tok->merges[i].right != right))
        i = (i + 1) & tok->merge_mask;
    tok->merges[i].left = left;
    tok->merges[i].right = right;
    tok->merges[i].rank = rank;
    tok->merges[i].merged = merged;
}

static sd_result sd__tok_add_special(sd__env *env, sd__tokenizer *tok, const char *text, int id) {
    sd__tok_special *s = &tok->specials[tok->special_count];
    SD_ASSERT(tok->special_count < SD__TOK_MAX_SPECIALS);
    s->text = sd__strdup(env, text);
    if (!s->text) return sd__oom(env);
    s->length = strlen(text);
    s->id = id;
    tok->special_count++;
    return SD_OK;
}

static void sd__tokenizer_destroy(sd__env *env, sd__tokenizer *tok) {
    int i;
    if (!tok) return;
    for (i = 0; i < tok->special_count; i++) sd__free(env, tok->specials[i].text);
    sd__free(env, tok->merges);
    sd__free(env, tok);
}

/* Allocates a tokenizer with its special tokens (the pad defaults to EOS, as in CLIP). */
static sd_result sd__tok_new(sd__env *env, int bos, int eos, sd__tokenizer **out) {
    sd__tokenizer *tok = (sd__tokenizer *)sd__calloc(env, 1, sizeof(sd__tokenizer));
    sd_result r;
    *out = NULL;
    if (!tok) return sd__oom(env);
    tok->bos = bos;
    tok->eos = tok->pad = tok->unk = eos;
    if ((r = sd__tok_add_special(env, tok, "<|startoftext|>", bos)) != SD_OK ||
        (r = sd__tok_add_special(env, tok, "<|endoftext|>", eos)) != SD_OK) {
        sd__tokenizer_destroy(env, tok);
        return r;
    }
    *out = tok;
    return SD_OK;
}

/* The vocab of the embedded merges: ids 0-255 the byte symbols, 256-511 the same with "</w>",
   512 + i the result of merge i, then <|startoftext|> and <|endoftext|>. */
static sd_result sd__tokenizer_create_builtin(sd__env *env, sd__tokenizer **out) {
    const sd__clip_data *data = sd__clip_data_get();
    const int merge_count = (int)data->merge_count;
    unsigned symbol[256];
    int order[256], b, rank = 0;
    size_t literal;
    sd__tokenizer *tok;
    sd_result r = sd__tok_new(env, 512 + merge_count, 513 + merge_count, &tok);
    if (r != SD_OK) return r;
    if ((r = sd__tok_alloc_merges(env, tok, data->merge_count)) != SD_OK) {
        sd__tokenizer_destroy(env, tok);
        return r;
    }
    sd__tok_byte_symbols(symbol, order);
    for (b = 0; b < 256; b++) {
        tok->byte_id[b] = order[b];
        tok->byte_end_id[b] = 256 + order[b];
    }
    for (literal = 0; literal < data->merge_literals; literal++) {
        const char *s;
        for (s = data->merges[literal]; *s; s += SD__CLIP_MERGE_DIGITS) {
            unsigned pair = 0;
            int k;
            for (k = 0; k < SD__CLIP_MERGE_DIGITS; k++) {
                unsigned c = (unsigned char)s[k];
                pair = pair * 90 + (c - '#' - (c > '?') - (c > '\\'));
            }
            SD_ASSERT((int)(pair >> 16) < 512 + rank && (int)(pair & 0xFFFF) < 512 + rank);
            sd__tok_add_merge(tok, (int)(pair >> 16), (int)(pair & 0xFFFF), rank, 512 + rank);
            rank++;
        }
    }
    SD_ASSERT(rank == merge_count);
    *out = tok;
    return SD_OK;
}

/* vocab.json as a string -> id hash table over the parsed document's strings. */
typedef struct sd__tok_vocab {
    sd__json_doc doc;
    const sd__json **slots;
    size_t mask;
} sd__tok_vocab;

static size_t sd__tok_string_hash(const char *s, size_t n) {
    size_t h = (size_t)14695981039346656037ull, i;
    for (i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * (size_t)1099511628211ull;
    return h;
}

/* The id of the token s[0..n), or -1. */
static int sd__tok_vocab_id(const sd__tok_vocab *v, const char *s, size_t n) {
    size_t i = sd__tok_string_hash(s, n) & v->mask;
    for (; v->slots[i]; i = (i + 1) & v->mask)
        if (v->slots[i]->key_length == n && memcmp(v->slots[i]->key, s, n) == 0) return (int)v->slots[i]->integer;
    return -1;
}

static void sd__tok_vocab_free(sd__env *env, sd__tok_vocab *v) {
    sd__json_free(env, &v->doc);
    sd__free(env, v->slots);
    memset(v, 0, sizeof *v);
}

static sd_result sd__tok_vocab_load(sd__env *env, const char *path, sd__tok_vocab *v) {
    char *text;
    size_t size, slots = 16;
    const sd__json *e;
    sd_result r;
    memset(v, 0, sizeof *v);
    if ((r = sd__read_file(env, path, SD__TOK_MAX_FILE, &text, &size)) != SD_OK) return r;
    r = sd__json_parse(env, text, size, &v->doc);
    sd__free(env, text);
    if (r != SD_OK) return sd__fail_context(env, path);
    if (v->doc.nodes[0].type != SD__JSON_OBJECT || v->doc.nodes[0].length == 0)
        r = sd__fail(env, SD_ERR_MODEL_FORMAT, "%s: expected a non-empty JSON object of token ids", path);
    while (r == SD_OK && slots < v->doc.nodes[0].length * 2) slots *= 2;
    if (r == SD_OK && !(v->slots = (const sd__json **)sd__calloc(env, slots, sizeof(const sd__json *)))) r = sd__oom(env);
    v->mask = slots - 1;
    for (e = v->doc.nodes[0].child; r == SD_OK && e; e = e->next) {
        size_t i = sd__tok_string_hash(e->key, e->key_length) & v->mask;
        if (e->type != SD__JSON_NUMBER || !e->is_integer || e->integer < 0 || e->integer > INT_MAX / 2) {
            r = sd__fail(env, SD_ERR_MODEL_FORMAT, "%s: the id of token '%.40s' is not an integer in 0..%d", path,
                         e->key, INT_MAX / 2);
            break;
        }
        if (sd__tok_vocab_id(v, e->key, e->key_length) >= 0) {
            r = sd__fail(env, SD_ERR_MODEL_FORMAT, "%s: token '%.40s' is listed twice", path, e->key);
            break;
        }
        while (v->slots[i]) i = (i + 1) & v->mask;
        v->slots[i] = e;
    }
    if (r != SD_OK) sd__tok_vocab_free(env, v);
    return r;
}

/* The id of a required token, failing with a message naming it. */
static sd_result sd__tok_require(sd__env *env, const sd__tok_vocab *v, const char *path, int line, const char *s,
                                 size_t n, int *id) {
    *id = sd__tok_vocab_id(v, s, n);
    if (*id >= 0) return SD_OK;
    if (line) return sd__fail(env, SD_ERR_MODEL_FORMAT, "%s line %d: token '%.*s' is not in vocab.json", path, line,
                              (int)SD__MIN(n, 60), s);
    return sd__fail(env, SD_ERR_MODEL_FORMAT, "%s: the vocab has no '%.*s' token", path, (int)SD__MIN(n, 60), s);
}

/* Reads merges.txt: an optional "#version" first line, then one "left right" pair per line. */
static sd_result sd__tok_load_merges(sd__env *env, sd__tokenizer *tok, const sd__tok_vocab *v, const char *path,
                                     char *text, size_t size) {
    char joined[1024];
    size_t pos = 0, lines = 0, i;
    int line = 0, rank = 0;
    sd_result r;
    for (i = 0; i < size; i++) lines += text[i] == '\n';
    if ((r = sd__tok_alloc_merges(env, tok, lines + 1)) != SD_OK) return r;
    while (pos < size) {
        char *start = text + pos, *end = (char *)memchr(start, '\n', size - pos), *space;
        size_t len = end ? (size_t)(end - start) : size - pos;
        int left, right, merged;
        pos += len + 1;
        line++;
        if (len && start[len - 1] == '\r') len--;
        if (len == 0 || (line == 1 && len >= 8 && memcmp(start, "#version", 8) == 0)) continue;
        space = (char *)memchr(start, ' ', len);
        if (!space || space == start || space == start + len - 1 || memchr(space + 1, ' ', len - (size_t)(space - start) - 1))
            return sd__fail(env, SD_ERR_MODEL_FORMAT, "%s line %d: expected two tokens separated by one space", path,
                            line);
        if (len >= sizeof joined) return sd__fail(env, SD_ERR_MODEL_FORMAT, "%s line %d: line too long", path, line);
        memcpy(joined, start, (size_t)(space - start));
        memcpy(joined + (space - start), space + 1, len - (size_t)(space - start) - 1);
        if ((r = sd__tok_require(env, v, path, line, start, (size_t)(space - start), &left)) != SD_OK ||
            (r = sd__tok_require(env, v, path, line, space + 1, len - (size_t)(space - start) - 1, &right)) != SD_OK ||
            (r = sd__tok_require(env, v, path, line, joined, len - 1, &merged)) != SD_OK)
            return r;
        sd__tok_add_merge(tok, left, right, rank++, merged);
    }
    return SD_OK;
}

/* A model's own tokenizer files (the tokenizer/ folder of a diffusers model). */
static sd_result sd__tokenizer_create_from_files(sd__env *env, const char *vocab_json_path, const char *merges_txt_path,
                                                 sd__tokenizer **out) {
    sd__tok_vocab vocab;
    sd__tokenizer *tok = NULL;
    unsigned symbol[256];
    int order[256], bos, eos, b;
    char *merges = NULL;
    size_t merges_size;
    sd_result r;
    *out = NULL;
    if ((r = sd__tok_vocab_load(env, vocab_json_path, &vocab)) != SD_OK) return r;
    if ((r = sd__tok_require(env, &vocab, vocab_json_path, 0, "<|startoftext|>", 15, &bos)) != SD_OK ||
        (r = sd__tok_require(env, &vocab, vocab_json_path, 0, "<|endoftext|>", 13, &eos)) != SD_OK ||
        (r = sd__read_file(env, merges_txt_path, SD__TOK_MAX_FILE, &merges, &merges_size)) != SD_OK ||
        (r = sd__tok_new(env, bos, eos, &tok)) != SD_OK) {
        sd__free(env, merges);
        sd__tok_vocab_free(env, &vocab);
        return r;
    }
    sd__tok_byte_symbols(symbol, order);
    for (b = 0; b < 256; b++) {
        char s[8];
        size_t n = sd__utf8_encode(symbol[b], s);
        memcpy(s + n, "</w>", 4);
        tok->byte_id[b] = sd__tok_vocab_id(&vocab, s, n);
        tok->byte_end_id[b] = sd__tok_vocab_id(&vocab, s, n + 4);
        if (tok->byte_id[b] < 0) tok->byte_id[b] = tok->unk;
        if (tok->byte_end_id[b] < 0) tok->byte_end_id[b] = tok->unk;
    }
    r = sd__tok_load_merges(env, tok, &vocab, merges_txt_path, merges, merges_size);
    sd__free(env, merges);
    sd__tok_vocab_free(env, &vocab);
    if (r != SD_OK) {
        sd__tokenizer_destroy(env, tok);
        return r;
    }
    *out = tok;
    return SD_OK;
}

/* Sets the padding token from a model's tokenizer configuration (Stable Diffusion 2 pads with
   "!"). As in the reference, a pad token other than BOS/EOS also becomes a special token that is
   cut out of the prompt text. It must be a special token or a one-byte symbol ("!" or "!</w>"). */
static sd_result sd__tokenizer_set_pad_token(sd__env *env, sd__tokenizer *tok, const char *token) {
    unsigned symbol[256], cp;
    int order[256], i, b;
    size_t n = strlen(token), len;
    if (tok->special_count > 2) { /* a pad token set before */
        sd__free(env, tok->specials[2].text);
        tok->special_count = 2;
    }
    for (i = 0; i < tok->special_count; i++) {
        if (strcmp(tok->specials[i].text, token) == 0) {
            tok->pad = tok->specials[i].id;
            return SD_OK;
        }
    }
    len = sd__utf8_decode((const unsigned char *)token, n, &cp);
    if (len && (n == len || (n == len + 4 && memcmp(token + len, "</w>", 4) == 0))) {
        sd__tok_byte_symbols(symbol, order);
        for (b = 0; b < 256; b++) {
            if (symbol[b] == cp) {
                tok->pad = n == len ? tok->byte_id[b] : tok->byte_end_id[b];
                return sd__tok_add_special(env, tok, token, tok->pad);
            }
        }
    }
    return sd__fail(env, SD_ERR_UNSUPPORTED, "pad token '%.40s' is neither a special token nor a one-byte symbol", token);
}

/* --------------------------------------------------------------------------------------------
   Tokenizing
   -------------------------------------------------------------------------------------------- */
typedef struct sd__tok_heap_entry {
    int rank, pos, merged;
} sd__tok_heap_entry;

typedef struct sd__tok_symbol {
    int id; /* -1 once merged into its left neighbour */
    int prev, next;
} sd__tok_symbol;

/* The state of one sd__tokenize call: the output and growable scratch buffers. */
typedef struct sd__tok_run {
    sd__env *env;
    const sd__tokenizer *tok;
    int *ids;
    size_t count;        /* ids written */
    size_t cap;          /* room in ids */
    int grow;            /* ids is allocated and grows: every token is kept */
    int failed;          /* growing ran out of memory */
    size_t total;        /* tokens the text produces */
    int need_total;      /* 0: stop once ids is full */
    char *text;          /* the normalized text of the current segment */
    size_t text_len, text_cap;
    unsigned *chunk;     /* NFC work: code point | combining class << 21 */
    unsigned *sorted;
    size_t chunk_len, chunk_cap, sorted_cap;
    sd__tok_symbol *symbols;
    size_t symbol_cap;
    sd__tok_heap_entry *heap;
    size_t heap_len, heap_cap;
} sd__tok_run;

#define SD__TOK_CP_MASK 0x1FFFFFu
#define SD__TOK_CCC_SHIFT 21

/* Makes room for need elements of elem bytes in buf (capacity *cap), at least doubling it;
   NULL when out of memory. */
static void *sd__tok_reserve(sd__env *env, void *buf, size_t *cap, size_t need, size_t elem) {
    size_t new_cap, bytes;
    void *p;
    if (need <= *cap) return buf;
    new_cap = *cap > ((size_t)-1 >> 2) ? need : SD__MAX(need, *cap * 2);
    if (!sd__mul_size(new_cap, elem, &bytes)) return NULL;
    p = sd__realloc(env, buf, *cap * elem, bytes);
    if (p) *cap = new_cap;
    return p;
}

static int sd__tok_full(const sd__tok_run *run) { return run->failed || (!run->need_total && !run->grow && run->count >= run->cap); }

static void sd__tok_emit(sd__tok_run *run, int id) {
    run->total++;
    if (run->count == run->cap && run->grow) {
        int *ids = (int *)sd__tok_reserve(run->env, run->ids, &run->cap, run->count + 1, sizeof(int));
        if (!ids) {
            run->failed = 1;
            return;
        }
        run->ids = ids;
    }
    if (run->count < run->cap) run->ids[run->count++] = id;
}

static sd_result sd__tok_append_text(sd__tok_run *run, unsigned cp) {
    char *p = (char *)sd__tok_reserve(run->env, run->text, &run->text_cap, run->text_len + 4, 1);
    if (!p) return sd__oom(run->env);
    run->text = p;
    run->text_len += sd__utf8_encode(cp, run->text + run->text_len);
    return SD_OK;
}

/* Stable sort of chunk[a..b) by combining class: insertion for short runs, counting otherwise
   (a long run of combining marks must not take quadratic time). */
static sd_result sd__tok_sort_marks(sd__tok_run *run, size_t a, size_t b) {
    size_t i, j, count[256], start = 0;
    unsigned *c = run->chunk, *s;
    if (b - a <= 16) {
        for (i = a + 1; i < b; i++) {
            unsigned v = c[i];
            for (j = i; j > a && (c[j - 1] >> SD__TOK_CCC_SHIFT) > (v >> SD__TOK_CCC_SHIFT); j--) c[j] = c[j - 1];
            c[j] = v;
        }
        return SD_OK;
    }
    s = (unsigned *)sd__tok_reserve(run->env, run->sorted, &run->sorted_cap, b - a, sizeof(unsigned));
    if (!s) return sd__oom(run->env);
    run->sorted = s;
    memset(count, 0, sizeof count);
    for (i = a; i < b; i++) count[c[i] >> SD__TOK_CCC_SHIFT]++;
    for (i = 0; i < 256; i++) {
        size_t k = count[i];
        count[i] = start;
        start += k;
    }
    for (i = a; i < b; i++) s[count[c[i] >> SD__TOK_CCC_SHIFT]++] = c[i];
    memcpy(c + a, s, (b - a) * sizeof(unsigned));
    return SD_OK;
}

/* Canonical ordering, canonical composition and lowercasing of the decomposed chunk, appended
   to the normalized text. */
static sd_result sd__tok_flush_chunk(sd__tok_run *run) {
    unsigned *c = run->chunk;
    size_t n = run->chunk_len, i, a, out = 0;
    long starter = -1;
    sd_result r;
    for (a = 0; a < n; a = i + 1) {
        for (i = a; i < n && c[i] >> SD__TOK_CCC_SHIFT; i++) {}
        if (i - a > 1 && (r = sd__tok_sort_marks(run, a, i)) != SD_OK) return r;
    }
    for (i = 0; i < n; i++) {
        unsigned cp = c[i] & SD__TOK_CP_MASK, ccc = c[i] >> SD__TOK_CCC_SHIFT, composite;
        /* A character joins the last starter unless something between them blocks it: a
           starter, or a mark of the same or a higher class. */
        if (starter >= 0 && (out == (size_t)starter + 1 || (c[out - 1] >> SD__TOK_CCC_SHIFT != 0 &&
                                                            c[out - 1] >> SD__TOK_CCC_SHIFT < ccc)) &&
            (composite = sd__uni_compose(c[starter] & SD__TOK_CP_MASK, cp)) != 0) {
            c[starter] = composite;
            continue;
        }
        if (ccc == 0) starter = (long)out;
        c[out++] = c[i];
    }
    for (i = 0; i < out; i++) {
        unsigned lower[2];
        size_t k, m = sd__uni_lowercase(c[i] & SD__TOK_CP_MASK, lower);
        for (k = 0; k < m; k++)
            if ((r = sd__tok_append_text(run, lower[k])) != SD_OK) return r;
    }
    run->chunk_len = 0;
    return SD_OK;
}

/* NFC + lowercase of s[0..n) (valid UTF-8) into run->text. The text is cut into chunks before
   each character that starts with a starter nothing can compose with, so that memory stays
   small whatever the length. */
static sd_result sd__tok_normalize(sd__tok_run *run, const unsigned char *s, size_t n) {
    size_t i = 0, len, k, m;
    unsigned cp, parts[SD__UNI_MAX_DECOMPOSITION];
    sd_result r;
    char *text = (char *)sd__tok_reserve(run->env, run->text, &run->text_cap, n + 16, 1);
    if (!text) return sd__oom(run->env);
    run->text = text; /* normalization rarely changes the length: one allocation for most text */
    run->text_len = 0;
    run->chunk_len = 0;
    while (i < n) {
        unsigned *p;
        /* ASCII followed by ASCII can neither compose nor reorder. */
        if (s[i] < 0x80 && (i + 1 == n || s[i + 1] < 0x80)) {
            if (run->chunk_len && (r = sd__tok_flush_chunk(run)) != SD_OK) return r;
            if ((r = sd__tok_append_text(run, (unsigned)(s[i] - 'A') < 26 ? s[i] + 32u : s[i])) != SD_OK) return r;
            i++;
            continue;
        }
        len = sd__utf8_decode(s + i, n - i, &cp);
        SD_ASSERT(len > 0);
        i += len;
        m = sd__uni_decompose(cp, parts);
        if (run->chunk_len && sd__uni_ccc(parts[0]) == 0 && !sd__uni_composes_with_previous(parts[0]) &&
            (r = sd__tok_flush_chunk(run)) != SD_OK)
            return r;
        p = (unsigned *)sd__tok_reserve(run->env, run->chunk, &run->chunk_cap, run->chunk_len + m, sizeof(unsigned));
        if (!p) return sd__oom(run->env);
        run->chunk = p;
        for (k = 0; k < m; k++) run->chunk[run->chunk_len++] = parts[k] | sd__uni_ccc(parts[k]) << SD__TOK_CCC_SHIFT;
    }
    return run->chunk_len ? sd__tok_flush_chunk(run) : SD_OK;
}

static int sd__tok_heap_less(const sd__tok_heap_entry *a, const sd__tok_heap_entry *b) {
    return a->rank < b->rank || (a->rank == b->rank && a->pos < b->pos);
}

static sd_result sd__tok_heap_push(sd__tok_run *run, int left_pos) {
    const sd__tok_symbol *sym = run->symbols;
    const sd__tok_merge *m = sd__tok_find_merge(run->tok, sym[left_pos].id, sym[sym[left_pos].next].id);
    sd__tok_heap_entry *h, e;
    size_t i;
    if (!m) return SD_OK;
    h = (sd__tok_heap_entry *)sd__tok_reserve(run->env, run->heap, &run->heap_cap, run->heap_len + 1, sizeof *h);
    if (!h) return sd__oom(run->env);
    run->heap = h;
    e.rank = m->rank;
    e.pos = left_pos;
    e.merged = m->merged;
    for (i = run->heap_len++; i > 0 && sd__tok_heap_less(&e, &h[(i - 1) / 2]); i = (i - 1) / 2) h[i] = h[(i - 1) / 2];
    h[i] = e;
    return SD_OK;
}

static sd__tok_heap_entry sd__tok_heap_pop(sd__tok_run *run) {
    sd__tok_heap_entry *h = run->heap, top = h[0], last = h[--run->heap_len];
    size_t i = 0, n = run->heap_len;
    for (;;) {
        size_t child = 2 * i + 1;
        if (child >= n) break;
        if (child + 1 < n && sd__tok_heap_less(&h[child + 1], &h[child])) child++;
        if (!sd__tok_heap_less(&h[child], &last)) break;
        h[i] = h[child];
        i = child;
    }
    if (n) h[i] = last;
    return top;
}

/* Byte-level BPE of one pre-token p[0..n), emitting its ids. Merges are applied lowest rank
   first, leftmost first among equal ranks; entries left stale by an earlier merge are skipped
   when popped. O(n log n). */
static sd_result sd__tok_bpe(sd__tok_run *run, const unsigned char *p, size_t n) {
    const sd__tokenizer *tok = run->tok;
    sd__tok_symbol *sym;
    size_t k;
    int pos;
    sd_result r;
    if (n == 1) {
        sd__tok_emit(run, tok->byte_end_id[p[0]]);
        return SD_OK;
    }
    if (n > (size_t)INT_MAX) return sd__fail(run->env, SD_ERR_INVALID_ARGUMENT, "a word of the prompt is too long");
    sym = (sd__tok_symbol *)sd__tok_reserve(run->env, run->symbols, &run->symbol_cap, n, sizeof *sym);
    if (!sym) return sd__oom(run->env);
    run->symbols = sym;
    for (k = 0; k < n; k++) {
        sym[k].id = k + 1 < n ? tok->byte_id[p[k]] : tok->byte_end_id[p[k]];
        sym[k].prev = (int)k - 1;
        sym[k].next = k + 1 < n ? (int)k + 1 : -1;
    }
    run->heap_len = 0;
    for (k = 0; k + 1 < n; k++)
        if ((r = sd__tok_heap_push(run, (int)k)) != SD_OK) return r;
    while (run->heap_len) {
        sd__tok_heap_entry top = sd__tok_heap_pop(run);
        const sd__tok_merge *m;
        int right;
        right = sym[top.pos].next;
        if (sym[top.pos].id < 0 || right < 0) continue;
        m = sd__tok_find_merge(tok, sym[top.pos].id, sym[right].id);
        if (!m || m->merged != top.merged) continue; /* the pair changed since this entry was pushed */
        sym[top.pos].id = top.merged;
        sym[right].id = -1;
        sym[top.pos].next = sym[right].next;
        if (sym[right].next >= 0) sym[sym[right].next].prev = top.pos;
        if (sym[top.pos].prev >= 0 && (r = sd__tok_heap_push(run, sym[top.pos].prev)) != SD_OK) return r;
        if (sym[top.pos].next >= 0 && (r = sd__tok_heap_push(run, top.pos)) != SD_OK) return r;
    }
    for (pos = 0; pos >= 0; pos = sym[pos].next) sd__tok_emit(run, sym[pos].id);
    return SD_OK;
}

/* Contractions the regex keeps as one piece ("'s", "'ll", ...) at t[0] == '\'': their length. */
static size_t sd__tok_contraction(const char *t, size_t n) {
    if (n >= 2 && (t[1] == 's' || t[1] == 't' || t[1] == 'm' || t[1] == 'd')) return 2;
    if (n >= 3 && ((t[1] == 'r' && t[2] == 'e') || (t[1] == 'v' && t[2] == 'e') || (t[1] == 'l' && t[2] == 'l')))
        return 3;
    return 0;
}

/* Splits the normalized text into pieces with CLIP's regex and BPE-encodes each. */
static sd_result sd__tok_pretokenize(sd__tok_run *run) {
    static const char *const names[2] = {"startoftext", "endoftext"};
    const char *t = run->text;
    size_t n = run->text_len, i = 0;
    sd_result r;
    while (i < n && !sd__tok_full(run)) {
        unsigned cp;
        size_t len = sd__utf8_decode((const unsigned char *)t + i, n - i, &cp), end, k;
        int special = -1;
        SD_ASSERT(len > 0);
        if (sd__uni_is_space(cp)) {
            i += len;
            continue;
        }
        for (k = 0; k < 2 && cp == '<'; k++) {
            size_t m = strlen(names[k]);
            if (n - i >= m + 4 && t[i + 1] == '|' && memcmp(t + i + 2, names[k], m) == 0 && t[i + 2 + m] == '|' &&
                t[i + 3 + m] == '>')
                special = (int)k;
        }
        if (special >= 0) { /* the byte-level split cuts it into "<|", the name, "|>" */
            size_t m = strlen(names[special]);
            if ((r = sd__tok_bpe(run, (const unsigned char *)t + i, 2)) != SD_OK ||
                (r = sd__tok_bpe(run, (const unsigned char *)t + i + 2, m)) != SD_OK ||
                (r = sd__tok_bpe(run, (const unsigned char *)t + i + 2 + m, 2)) != SD_OK)
                return r;
            i += m + 4;
            continue;
        }
        end = i + len;
        if (cp == '\'' && (k = sd__tok_contraction(t + i, n - i)) != 0) {
            end = i + k;
        } else if (sd__uni_is_letter(cp)) {
            while (end < n && (len = sd__utf8_decode((const unsigned char *)t + end, n - end, &cp)) && sd__uni_is_letter(cp))
                end += len;
        } else if (!sd__uni_is_number(cp)) {
            while (end < n && (len = sd__utf8_decode((const unsigned char *)t + end, n - end, &cp)) &&
                   !sd__uni_is_space(cp) && !sd__uni_is_letter(cp) && !sd__uni_is_number(cp))
                end += len;
        }
        if ((r = sd__tok_bpe(run, (const unsigned char *)t + i, end - i)) != SD_OK) return r;
        i = end;
    }
    return SD_OK;
}

/* The special token that starts at s, or NULL; the longest one when several do. */
static const sd__tok_special *sd__tok_special_at(const sd__tokenizer *tok, const char *s) {
    const sd__tok_special *best = NULL;
    int k;
    for (k = 0; k < tok->special_count; k++) {
        const sd__tok_special *sp = &tok->specials[k];
        if (s[0] == sp->text[0] && strncmp(s, sp->text, sp->length) == 0 && (!best || sp->length > best->length))
            best = sp;
    }
    return best;
}

static void sd__tok_run_free(sd__tok_run *run) {
    sd__free(run->env, run->text);
    sd__free(run->env, run->chunk);
    sd__free(run->env, run->sorted);
    sd__free(run->env, run->symbols);
    sd__free(run->env, run->heap);
}

/* Tokenizes utf8 into run (set up by the caller): text between special tokens goes through
   normalization and BPE, special tokens are emitted as they are. */
/* SD_OK when utf8 is valid UTF-8; else the error names the first bad byte. */
static sd_result sd__tok_check_utf8(sd__env *env, const char *utf8) {
    const unsigned char *s = (const unsigned char *)utf8;
    size_t n, i;
    if (!utf8) return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "the prompt is NULL");
    n = strlen(utf8);
    for (i = 0; i < n;) {
        unsigned cp;
        size_t len = sd__utf8_decode(s + i, n - i, &cp);
        if (!len)
            return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "the prompt is not valid UTF-8 (byte %lu: 0x%02X)", (unsigned long)i,
                            s[i]);
        i += len;
    }
    return SD_OK;
}

static sd_result sd__tok_text(sd__tok_run *run, const char *utf8) {
    const unsigned char *s = (const unsigned char *)utf8;
    size_t n, i, start;
    sd_result r;
    if ((r = sd__tok_check_utf8(run->env, utf8)) != SD_OK) return r;
    n = strlen(utf8);
    for (i = start = 0; !sd__tok_full(run);) {
        const sd__tok_special *sp = i < n ? sd__tok_special_at(run->tok, utf8 + i) : NULL;
        if (i < n && !sp) {
            i++;
            continue;
        }
        if (i > start && ((r = sd__tok_normalize(run, s + start, i - start)) != SD_OK ||
                          (r = sd__tok_pretokenize(run)) != SD_OK))
            break;
        if (!sp) break;
        sd__tok_emit(run, sp->id);
        i = start = i + sp->length;
    }
    return r != SD_OK ? r : run->failed ? sd__oom(run->env) : SD_OK;
}

/* ids: BOS, at most SD_MAX_TOKENS - 2 tokens, EOS, then padding. *untruncated_count (when not
   NULL) receives the length of the untruncated sequence, BOS and EOS included; pass NULL to
   stop the work as soon as ids is full. */
static sd_result sd__tokenize(sd__env *env, const sd__tokenizer *tok, const char *utf8, int ids[SD_MAX_TOKENS],
                              int *untruncated_count) {
    sd__tok_run run;
    size_t i;
    sd_result r;
    memset(&run, 0, sizeof run);
    run.env = env;
    run.tok = tok;
    run.ids = ids;
    run.cap = SD_MAX_TOKENS - 1;
    run.need_total = untruncated_count != NULL;
    sd__tok_emit(&run, tok->bos);
    r = sd__tok_text(&run, utf8);
    sd__tok_run_free(&run);
    if (r != SD_OK) return r;
    ids[run.count] = tok->eos;
    for (i = run.count + 1; i < SD_MAX_TOKENS; i++) ids[i] = tok->pad;
    if (untruncated_count) *untruncated_count = run.total + 1 > (size_t)INT_MAX ? INT_MAX : (int)run.total + 1;
    return SD_OK;
}

/* Every token of utf8, without BOS, EOS or padding: *ids (sd__free it; NULL when there are none)
   and *count. */
static sd_result sd__tokenize_all(sd__env *env, const sd__tokenizer *tok, const char *utf8, int **ids, size_t *count) {
    sd__tok_run run;
    sd_result r;
    memset(&run, 0, sizeof run);
    run.env = env;
    run.tok = tok;
    run.grow = 1;
    r = sd__tok_text(&run, utf8);
    sd__tok_run_free(&run);
    if (r != SD_OK) {
        sd__free(env, run.ids);
        run.ids = NULL;
        run.count = 0;
    }
    *ids = run.ids;
    *count = run.count;
    return r;
}
