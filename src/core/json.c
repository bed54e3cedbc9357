/* ============================================================================================
   JSON: a strict parser for safetensors headers, config.json, vocab.json and test data
   ============================================================================================ */
/* The parser runs twice over the text: a dry pass that validates and counts nodes and string
   bytes, then a pass that fills two exactly sized arrays. Nodes form a tree through first-child /
   next-sibling pointers; strings are unescaped, NUL-terminated UTF-8. */
typedef enum sd__json_type {
    SD__JSON_NULL, SD__JSON_BOOL, SD__JSON_NUMBER, SD__JSON_STRING, SD__JSON_ARRAY, SD__JSON_OBJECT
} sd__json_type;

typedef struct sd__json {
    sd__json_type type;
    int boolean;
    int is_integer;        /* the number had no fraction or exponent and fits in int64 */
    long long integer;
    double number;
    const char *string;    /* STRING: the value */
    size_t length;         /* STRING: bytes; ARRAY/OBJECT: number of children */
    const char *key;       /* member of an OBJECT: its key, else NULL */
    size_t key_length;
    struct sd__json *child; /* ARRAY/OBJECT: first child */
    struct sd__json *next;  /* next sibling */
} sd__json;

typedef struct sd__json_doc {
    sd__json *nodes; /* nodes[0] is the root */
    char *strings;
} sd__json_doc;

#define SD__JSON_MAX_DEPTH 64

typedef struct sd__json_parser {
    const char *s, *end;
    const char *begin;
    int depth;
    /* fill pass only: */
    sd__json *nodes;
    char *strings;
    size_t node_count, string_bytes;
    size_t root_members;   /* members of the root object or array, counted by every pass */
    sd__env *env;
} sd__json_parser;

static sd_result sd__json_error(sd__json_parser *p, const char *what) {
    return sd__fail(p->env, SD_ERR_MODEL_FORMAT, "malformed JSON at byte %lu: %s",
                    (unsigned long)(p->s - p->begin), what);
}

static void sd__json_skip_ws(sd__json_parser *p) {
    while (p->s < p->end && (*p->s == ' ' || *p->s == '\t' || *p->s == '\n' || *p->s == '\r')) p->s++;
}

static int sd__json_hex4(const char *s, unsigned *out) {
    unsigned v = 0;
    int i;
    for (i = 0; i < 4; i++) {
        char c = s[i];
        v <<= 4;
        if (c >= '0' && c <= '9') v |= (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f') v |= (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F') v |= (unsigned)(c - 'A' + 10);
        else return 0;
    }
    *out = v;
    return 1;
}

/* Writes code point cp as UTF-8 into dst (when non-NULL); returns the byte count. */
static size_t sd__utf8_encode(unsigned cp, char *dst) {
    char b[4];
    size_t n;
    if (cp < 0x80) { b[0] = (char)cp; n = 1; }
    else if (cp < 0x800) { b[0] = (char)(0xC0 | (cp >> 6)); b[1] = (char)(0x80 | (cp & 0x3F)); n = 2; }
    else if (cp < 0x10000) {
        b[0] = (char)(0xE0 | (cp >> 12)); b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        b[2] = (char)(0x80 | (cp & 0x3F)); n = 3;
    } else {
        b[0] = (char)(0xF0 | (cp >> 18)); b[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        b[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); b[3] = (char)(0x80 | (cp & 0x3F)); n = 4;
    }
    if (dst) memcpy(dst, b, n);
    return n;
}

/* Decodes one UTF-8 code point from s[0..n); returns its length, or 0 if the bytes are not valid
   UTF-8 (overlong forms, surrogates and values above U+10FFFF are invalid). */
static size_t sd__utf8_decode(const unsigned char *s, size_t n, unsigned *cp) {
    unsigned c, min;
    size_t len, i;
    if (n == 0) return 0;
    c = s[0];
    if (c < 0x80) { *cp = c; return 1; }
    if ((c & 0xE0) == 0xC0) { len = 2; c &= 0x1F; min = 0x80; }
    else if ((c & 0xF0) == 0xE0) { len = 3; c &= 0x0F; min = 0x800; }
    else if ((c & 0xF8) == 0xF0) { len = 4; c &= 0x07; min = 0x10000; }
    else return 0;
    if (n < len) return 0;
    for (i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        c = (c << 6) | (s[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0;
    *cp = c;
    return len;
}

/* Parses a string at p->s (after the opening quote is checked). Stores it when filling. */
static sd_result sd__json_string(sd__json_parser *p, const char **out, size_t *out_len) {
    char *dst = p->strings ? p->strings + p->string_bytes : NULL;
    size_t len = 0;
    p->s++; /* opening quote */
    for (;;) {
        unsigned char c;
        if (p->s >= p->end) return sd__json_error(p, "unterminated string");
        c = (unsigned char)*p->s;
        if (c == '"') { p->s++; break; }
        if (c < 0x20) return sd__json_error(p, "control character in string");
        if (c == '\\') {
            unsigned cp;
            char e;
            if (p->end - p->s < 2) return sd__json_error(p, "unterminated escape");
            e = p->s[1];
            p->s += 2;
            switch (e) {
            case '"': cp = '"'; break;
            case '\\': cp = '\\'; break;
            case '/': cp = '/'; break;
            case 'b': cp = '\b'; break;
            case 'f': cp = '\f'; break;
            case 'n': cp = '\n'; break;
            case 'r': cp = '\r'; break;
            case 't': cp = '\t'; break;
            case 'u':
                if (p->end - p->s < 4 || !sd__json_hex4(p->s, &cp)) return sd__json_error(p, "bad \\u escape");
                p->s += 4;
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    unsigned lo;
                    if (p->end - p->s < 6 || p->s[0] != '\\' || p->s[1] != 'u' || !sd__json_hex4(p->s + 2, &lo) ||
                        lo < 0xDC00 || lo > 0xDFFF)
                        return sd__json_error(p, "unpaired surrogate");
                    p->s += 6;
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    return sd__json_error(p, "unpaired surrogate");
                }
                break;
            default: return sd__json_error(p, "unknown escape");
            }
            len += sd__utf8_encode(cp, dst ? dst + len : NULL);
        } else {
            unsigned cp;
            size_t n = sd__utf8_decode((const unsigned char *)p->s, (size_t)(p->end - p->s), &cp);
            if (!n) return sd__json_error(p, "invalid UTF-8 in string");
            if (dst) memcpy(dst + len, p->s, n);
            len += n;
            p->s += n;
        }
    }
    if (dst) {
        dst[len] = 0;
        *out = dst;
    }
    *out_len = len;
    p->string_bytes += len + 1;
    return SD_OK;
}

/* The number text [start, end), already checked against JSON's grammar, as the correctly rounded
   double that strtod gives (Python's float() agrees), whatever the locale's decimal point: the
   '.' is swapped for it. A magnitude past the largest double is an error, never an infinity. */
static sd_result sd__json_parse_double(sd__json_parser *p, const char *start, const char *end, double *out) {
    const char *point = localeconv()->decimal_point;
    const size_t point_len = point && *point ? strlen(point) : 1, n = (size_t)(end - start);
    char local[160], *text = local, *at, *stop;
    size_t i;
    if (!point || !*point) point = ".";
    if (n + point_len >= sizeof local && !(text = (char *)sd__malloc(p->env, n + point_len + 1))) return sd__oom(p->env);
    for (i = 0, at = text; i < n; i++) {
        if (start[i] == '.') {
            memcpy(at, point, point_len);
            at += point_len;
        } else {
            *at++ = start[i];
        }
    }
    *at = 0;
    *out = strtod(text, &stop);
    i = (size_t)(stop - text) == (size_t)(at - text);
    if (text != local) sd__free(p->env, text);
    if (!i) return sd__json_error(p, "number not understood by strtod");
    if (isinf(*out)) return sd__json_error(p, "number out of range");
    return SD_OK;
}

static sd_result sd__json_number(sd__json_parser *p, sd__json *node) {
    unsigned long long mant = 0; /* the integer's digits, for is_integer */
    int digits = 0, neg = 0, integral = 1, overflow = 0;
    const char *start = p->s;
    if (p->s < p->end && *p->s == '-') { neg = 1; p->s++; }
    if (p->s >= p->end || *p->s < '0' || *p->s > '9') return sd__json_error(p, "bad number");
    if (*p->s == '0' && p->s + 1 < p->end && p->s[1] >= '0' && p->s[1] <= '9')
        return sd__json_error(p, "leading zero in number");
    while (p->s < p->end && *p->s >= '0' && *p->s <= '9') {
        if (digits < 19) { mant = mant * 10 + (unsigned)(*p->s - '0'); if (mant) digits++; }
        else overflow = 1;
        p->s++;
    }
    if (p->s < p->end && *p->s == '.') {
        integral = 0;
        p->s++;
        if (p->s >= p->end || *p->s < '0' || *p->s > '9') return sd__json_error(p, "bad fraction");
        while (p->s < p->end && *p->s >= '0' && *p->s <= '9') p->s++;
    }
    if (p->s < p->end && (*p->s == 'e' || *p->s == 'E')) {
        integral = 0;
        p->s++;
        if (p->s < p->end && (*p->s == '+' || *p->s == '-')) p->s++;
        if (p->s >= p->end || *p->s < '0' || *p->s > '9') return sd__json_error(p, "bad exponent");
        while (p->s < p->end && *p->s >= '0' && *p->s <= '9') p->s++;
    }
    {
        double v = 0;
        sd_result r = sd__json_parse_double(p, start, p->s, &v);
        if (r != SD_OK) return r;
        if (node) {
            node->type = SD__JSON_NUMBER;
            node->number = v;
            node->is_integer = integral && !overflow && mant <= (unsigned long long)LLONG_MAX;
            node->integer = node->is_integer ? (neg ? -(long long)mant : (long long)mant) : 0;
        }
    }
    return SD_OK;
}

static int sd__json_literal(sd__json_parser *p, const char *word) {
    size_t n = strlen(word);
    if ((size_t)(p->end - p->s) < n || memcmp(p->s, word, n) != 0) return 0;
    p->s += n;
    return 1;
}

static sd_result sd__json_value(sd__json_parser *p, sd__json **out);

static sd__json *sd__json_new_node(sd__json_parser *p) {
    sd__json *n = p->nodes ? &p->nodes[p->node_count] : NULL;
    p->node_count++;
    if (n) memset(n, 0, sizeof *n);
    return n;
}

static sd_result sd__json_container(sd__json_parser *p, sd__json *node, int is_object) {
    char close = is_object ? '}' : ']';
    sd__json *last = NULL;
    size_t count = 0;
    sd_result r;
    if (++p->depth > SD__JSON_MAX_DEPTH) return sd__json_error(p, "nesting too deep");
    p->s++;
    sd__json_skip_ws(p);
    if (p->s < p->end && *p->s == close) {
        p->s++;
        p->depth--;
        return SD_OK;
    }
    for (;;) {
        sd__json *child = NULL;
        const char *key = NULL;
        size_t key_len = 0;
        sd__json_skip_ws(p);
        if (is_object) {
            if (p->s >= p->end || *p->s != '"') return sd__json_error(p, "expected a key");
            if ((r = sd__json_string(p, &key, &key_len)) != SD_OK) return r;
            sd__json_skip_ws(p);
            if (p->s >= p->end || *p->s != ':') return sd__json_error(p, "expected ':'");
            p->s++;
        }
        if ((r = sd__json_value(p, &child)) != SD_OK) return r;
        if (child) {
            child->key = key;
            child->key_length = key_len;
            if (last) last->next = child;
            else node->child = child;
            last = child;
        }
        count++;
        sd__json_skip_ws(p);
        if (p->s < p->end && *p->s == ',') { p->s++; continue; }
        if (p->s < p->end && *p->s == close) { p->s++; break; }
        return sd__json_error(p, is_object ? "expected ',' or '}'" : "expected ',' or ']'");
    }
    if (node) node->length = count;
    if (p->depth == 1) p->root_members = count;
    p->depth--;
    return SD_OK;
}

static sd_result sd__json_value(sd__json_parser *p, sd__json **out) {
    sd__json *node;
    sd__json_skip_ws(p);
    if (p->s >= p->end) return sd__json_error(p, "unexpected end");
    node = sd__json_new_node(p);
    *out = node;
    switch (*p->s) {
    case '{': if (node) node->type = SD__JSON_OBJECT; return sd__json_container(p, node, 1);
    case '[': if (node) node->type = SD__JSON_ARRAY; return sd__json_container(p, node, 0);
    case '"': {
        const char *s = NULL;
        size_t n = 0;
        sd_result r = sd__json_string(p, &s, &n);
        if (node) { node->type = SD__JSON_STRING; node->string = s; node->length = n; }
        return r;
    }
    case 't': case 'f': case 'n':
        if (sd__json_literal(p, "true")) { if (node) { node->type = SD__JSON_BOOL; node->boolean = 1; } return SD_OK; }
        if (sd__json_literal(p, "false")) { if (node) node->type = SD__JSON_BOOL; return SD_OK; }
        if (sd__json_literal(p, "null")) { if (node) node->type = SD__JSON_NULL; return SD_OK; }
        return sd__json_error(p, "unknown literal");
    default:
        /* Python's json.dump writes NaN, Infinity and -Infinity for non-finite floats. */
        if (sd__json_literal(p, "NaN")) { if (node) { node->type = SD__JSON_NUMBER; node->number = NAN; } return SD_OK; }
        if (sd__json_literal(p, "Infinity")) { if (node) { node->type = SD__JSON_NUMBER; node->number = INFINITY; } return SD_OK; }
        if (sd__json_literal(p, "-Infinity")) { if (node) { node->type = SD__JSON_NUMBER; node->number = -INFINITY; } return SD_OK; }
        if (*p->s == '-' || (*p->s >= '0' && *p->s <= '9')) return sd__json_number(p, node);
        return sd__json_error(p, "unexpected character");
    }
}

static sd_result sd__json_pass(sd__json_parser *p, const char *text, size_t len) {
    sd__json *root;
    sd_result r;
    p->begin = p->s = text;
    p->end = text + len;
    p->depth = 0;
    p->node_count = p->string_bytes = 0;
    if ((r = sd__json_value(p, &root)) != SD_OK) return r;
    sd__json_skip_ws(p);
    if (p->s != p->end) return sd__json_error(p, "trailing characters after the value");
    return SD_OK;
}

static void sd__json_free(sd__env *env, sd__json_doc *doc) {
    sd__free(env, doc->nodes);
    sd__free(env, doc->strings);
    doc->nodes = NULL;
    doc->strings = NULL;
}

/* Parses text[0..len) (not necessarily NUL-terminated). The root is doc->nodes. */
static sd_result sd__json_parse(sd__env *env, const char *text, size_t len, sd__json_doc *doc) {
    sd__json_parser p;
    sd_result r;
    memset(doc, 0, sizeof *doc);
    memset(&p, 0, sizeof p);
    p.env = env;
    if ((r = sd__json_pass(&p, text, len)) != SD_OK) return r;
    doc->nodes = (sd__json *)sd__calloc(env, p.node_count, sizeof(sd__json));
    doc->strings = (char *)sd__malloc(env, p.string_bytes + 1);
    if (!doc->nodes || !doc->strings) {
        sd__json_free(env, doc);
        return sd__oom(env);
    }
    p.nodes = doc->nodes;
    p.strings = doc->strings;
    r = sd__json_pass(&p, text, len);
    SD_ASSERT(r == SD_OK);
    return r;
}

/* Checks that text[0..len) is one valid JSON value, allocating nothing, and says whether its root
   is an object and how many members the root object or array has. */
static sd_result sd__json_check(sd__env *env, const char *text, size_t len, int *root_is_object, size_t *root_members) {
    sd__json_parser p;
    sd_result r;
    memset(&p, 0, sizeof p);
    p.env = env;
    if ((r = sd__json_pass(&p, text, len)) != SD_OK) return r;
    p.s = text;
    sd__json_skip_ws(&p);
    *root_is_object = *p.s == '{';
    *root_members = p.root_members;
    return SD_OK;
}

/* Visits one member of an object: its key (unescaped, valid until the call returns) and its value,
   or NULL for a value of more nodes than the walk keeps (value_nodes says how many). */
typedef sd_result (*sd__json_member_fn)(void *ctx, const char *key, const sd__json *value, size_t value_nodes);

/* Calls visit for each member of the object text[0..len), in order; sd__json_check must have
   accepted the text as an object. Only one member's tree exists at a time, in max_nodes nodes and
   len bytes of strings, so a huge header costs no more than its own size, where a whole tree
   would cost 40 times it (80-byte nodes for two-byte values such as "0,"). */
static sd_result sd__json_each_member(sd__env *env, const char *text, size_t len, size_t max_nodes,
                                      sd__json_member_fn visit, void *ctx) {
    sd__json_parser p;
    sd__json *nodes = (sd__json *)sd__calloc(env, max_nodes ? max_nodes : 1, sizeof(sd__json));
    char *strings = (char *)sd__malloc(env, len + 1);
    sd_result r = SD_OK;
    memset(&p, 0, sizeof p);
    p.env = env;
    if (!nodes || !strings) {
        r = sd__oom(env);
        goto done;
    }
    p.begin = p.s = text;
    p.end = text + len;
    p.depth = 1; /* inside the root object */
    sd__json_skip_ws(&p);
    SD_ASSERT(p.s < p.end && *p.s == '{');
    p.s++;
    sd__json_skip_ws(&p);
    while (p.s < p.end && *p.s == '"') {
        const char *key = NULL, *value_text;
        size_t key_length = 0, value_nodes;
        sd__json *value = NULL;
        p.nodes = NULL;
        p.strings = strings;
        p.string_bytes = 0;
        r = sd__json_string(&p, &key, &key_length);
        SD_ASSERT(r == SD_OK);
        sd__json_skip_ws(&p);
        p.s++; /* ':' */
        value_text = p.s;
        p.strings = NULL;
        p.node_count = 0;
        r = sd__json_value(&p, &value); /* counts the value's nodes */
        SD_ASSERT(r == SD_OK);
        value_nodes = p.node_count;
        if (value_nodes <= max_nodes) {
            p.s = value_text;
            p.nodes = nodes;
            p.strings = strings;
            p.node_count = 0;
            p.string_bytes = key_length + 1;
            r = sd__json_value(&p, &value);
            SD_ASSERT(r == SD_OK);
        }
        if ((r = visit(ctx, key, value_nodes <= max_nodes ? value : NULL, value_nodes)) != SD_OK) goto done;
        sd__json_skip_ws(&p);
        if (p.s < p.end && *p.s == ',') p.s++;
        sd__json_skip_ws(&p);
    }
done:
    sd__free(env, nodes);
    sd__free(env, strings);
    return r;
}

/* Member of an object by key, or NULL (also when obj is NULL or not an object). A key given twice
   means its last value, as Python's json (and so diffusers) reads it. */
static const sd__json *sd__json_get(const sd__json *obj, const char *key) {
    const sd__json *c, *found = NULL;
    size_t n = strlen(key);
    if (!obj || obj->type != SD__JSON_OBJECT) return NULL;
    for (c = obj->child; c; c = c->next)
        if (c->key_length == n && memcmp(c->key, key, n) == 0) found = c;
    return found;
}

/* Typed lookups with a fallback for absent or null members. They return 0 when the member
   exists with the wrong type, so config readers can name the bad key. */
static int sd__json_get_number(const sd__json *obj, const char *key, double fallback, double *out) {
    const sd__json *v = sd__json_get(obj, key);
    if (!v || v->type == SD__JSON_NULL) { *out = fallback; return 1; }
    if (v->type != SD__JSON_NUMBER) return 0;
    *out = v->number;
    return 1;
}
static int sd__json_get_int(const sd__json *obj, const char *key, long long fallback, long long *out) {
    const sd__json *v = sd__json_get(obj, key);
    if (!v || v->type == SD__JSON_NULL) { *out = fallback; return 1; }
    if (v->type != SD__JSON_NUMBER || !v->is_integer) return 0;
    *out = v->integer;
    return 1;
}
static int sd__json_get_bool(const sd__json *obj, const char *key, int fallback, int *out) {
    const sd__json *v = sd__json_get(obj, key);
    if (!v || v->type == SD__JSON_NULL) { *out = fallback; return 1; }
    if (v->type != SD__JSON_BOOL) return 0;
    *out = v->boolean;
    return 1;
}
/* NULL when absent or null; sets *ok to 0 when present with another type. */
static const char *sd__json_get_string(const sd__json *obj, const char *key, int *ok) {
    const sd__json *v = sd__json_get(obj, key);
    if (!v || v->type == SD__JSON_NULL) return NULL;
    if (v->type != SD__JSON_STRING) { *ok = 0; return NULL; }
    return v->string;
}
