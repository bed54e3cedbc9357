#!/usr/bin/env python3
"""Writes src/text/clip_tables.c: the CLIP BPE merges and the Unicode tables of the tokenizer.

    python3 tools/gen/gen_clip_data.py --merges merges.txt --vocab vocab.json [--verify]

The reference is transformers' CLIPTokenizer, which runs on HuggingFace `tokenizers`. Its pieces
take their Unicode data from three places, and each table here follows the matching version:
  - NFC (the unicode-normalization-alignments crate): Unicode 9.0. Read from a Python whose
    unicodedata is 9.0 (Python 3.6), found among the installed interpreters.
  - \\p{L}, \\p{N} and \\s of the pre-tokenizer regex (Oniguruma): Unicode 16.0.
  - Lowercase (Rust's char::to_lowercase): Unicode 17.0.
The newest available unicodedata (15.1 in Python 3.13) gives letters, numbers, whitespace and
lowercase; the few characters that Unicode 16.0/17.0 added to those sets are listed below.
--verify compares every code point against the installed `tokenizers` library.

The vocab is not embedded: it is derived from the merges (256 byte symbols in GPT-2's
byte-to-unicode order, the same with "</w>", one token per merge, then <|startoftext|> and
<|endoftext|>). This script checks that derivation against vocab.json, then embeds each merge as
the pair of ids it joins.
"""
import glob
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "src", "text", "clip_tables.c")

# Unicode 16.0 letters and numbers (Oniguruma's \p{L}, \p{N}) that 15.1 does not have.
LETTERS_ADDED_16 = [
    (0x1C89, 0x1C8A), (0xA7CB, 0xA7CD), (0xA7DA, 0xA7DC), (0x105C0, 0x105F3), (0x10D4A, 0x10D65),
    (0x10D6F, 0x10D85), (0x10EC2, 0x10EC4), (0x11380, 0x11389), (0x1138B, 0x1138B), (0x1138E, 0x1138E),
    (0x11390, 0x113B5), (0x113B7, 0x113B7), (0x113D1, 0x113D1), (0x113D3, 0x113D3), (0x11BC0, 0x11BE0),
    (0x13460, 0x143FA), (0x16100, 0x1611D), (0x16D40, 0x16D6C), (0x18CFF, 0x18CFF), (0x1E5D0, 0x1E5ED),
    (0x1E5F0, 0x1E5F0)]
NUMBERS_ADDED_16 = [
    (0x10D40, 0x10D49), (0x116D0, 0x116E3), (0x11BF0, 0x11BF9), (0x16130, 0x16139), (0x16D70, 0x16D79),
    (0x1CCF0, 0x1CCF9), (0x1E5F1, 0x1E5FA)]
# Lowercase mappings added in Unicode 16.0 and 17.0: (first, last, lowercase of first); each
# character in the range maps to the same offset.
LOWERCASE_ADDED_16_17 = [
    (0x1C89, 0x1C89, 0x1C8A), (0xA7CB, 0xA7CB, 0x0264), (0xA7CC, 0xA7CC, 0xA7CD), (0xA7CE, 0xA7CE, 0xA7CF),
    (0xA7D2, 0xA7D2, 0xA7D3), (0xA7D4, 0xA7D4, 0xA7D5), (0xA7DA, 0xA7DA, 0xA7DB), (0xA7DC, 0xA7DC, 0x019B),
    (0x10D50, 0x10D65, 0x10D70), (0x16EA0, 0x16EB8, 0x16EBB)]

NORMALIZATION_UNICODE = "9.0.0"


def code_points():
    return [c for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]


def dump_properties():
    """Letters, numbers, whitespace and lowercase from this interpreter's unicodedata."""
    import unicodedata
    cps = code_points()
    # Python's isspace() also counts U+001C..U+001F (bidi class B/S); Unicode's White_Space,
    # which the regex uses, does not.
    space = [c for c in cps if chr(c).isspace() and not 0x1C <= c <= 0x1F]
    lower = {}
    for c in cps:
        low = chr(c).lower()  # one character alone: no final-sigma context, like Rust's char mapping
        if low != chr(c):
            lower[c] = [ord(x) for x in low]
    return {"version": unicodedata.unidata_version,
            "letters": [c for c in cps if unicodedata.category(chr(c))[0] == "L"],
            "numbers": [c for c in cps if unicodedata.category(chr(c))[0] == "N"],
            "space": space, "lower": lower}


def dump_normalization():
    """Canonical combining classes, canonical decompositions and primary composites."""
    import unicodedata
    cps = code_points()
    ccc = {c: unicodedata.combining(chr(c)) for c in cps if unicodedata.combining(chr(c))}
    decomp = {}
    compose = []
    for c in cps:
        d = unicodedata.decomposition(chr(c))
        if not d or d.startswith("<"):
            continue  # none, or a compatibility mapping (NFC ignores those)
        parts = [int(x, 16) for x in d.split()]
        decomp[c] = parts
        # A two-part decomposition composes back unless the character is excluded from composition.
        if len(parts) == 2 and unicodedata.normalize("NFC", chr(c)) == chr(c):
            compose.append([parts[0], parts[1], c])
    longest = max(len(unicodedata.normalize("NFD", chr(c))) for c in cps)
    return {"version": unicodedata.unidata_version, "ccc": ccc, "decomp": decomp, "compose": compose,
            "longest": longest}


def interpreters():
    """Python interpreters on this machine with their unicodedata versions."""
    found = {}
    names = [sys.executable] + [shutil.which("python3.%d" % v) for v in range(6, 20)]
    names += sorted(glob.glob(os.path.expanduser("~/.pyenv/versions/*/bin/python3")))
    for exe in names:
        if not exe or exe in found:
            continue
        try:
            v = subprocess.run([exe, "-c", "import unicodedata; print(unicodedata.unidata_version)"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, timeout=30)
        except (OSError, subprocess.SubprocessError):
            continue
        if v.returncode == 0:
            found[exe] = tuple(int(x) for x in v.stdout.decode().split("."))
    return found


def run_dump(exe, what):
    out = subprocess.run([exe, os.path.abspath(__file__), "--dump", what], stdout=subprocess.PIPE, check=True)
    return json.loads(out.stdout.decode())


def bytes_to_unicode():
    """GPT-2's byte -> character map, in vocab order (printable bytes first)."""
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(0xA1, 0xAC + 1)) + list(range(0xAE, 0xFF + 1))
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return [(b, chr(c)) for b, c in zip(bs, cs)]


def read_merges(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[0].startswith("#version"):
        lines = lines[1:]
    merges = []
    for n, line in enumerate(lines):
        if not line:
            continue
        parts = line.split(" ")
        if len(parts) != 2 or not parts[0] or not parts[1]:
            sys.exit("%s line %d: expected two tokens separated by one space" % (path, n + 2))
        merges.append((parts[0], parts[1]))
    return merges


def derive_vocab(merges):
    symbols = [ch for _, ch in bytes_to_unicode()]
    tokens = symbols + [s + "</w>" for s in symbols] + [a + b for a, b in merges]
    tokens += ["<|startoftext|>", "<|endoftext|>"]
    return {t: i for i, t in enumerate(tokens)}, len(tokens)


def ranges(cps):
    out = []
    for c in sorted(cps):
        if out and out[-1][1] == c - 1:
            out[-1][1] = c
        else:
            out.append([c, c])
    return out


def lowercase_rows(lower):
    """Single-character mappings as rows (first, last, stride, lowercase of first): every
    stride-th code point from first to last maps to the same offset from the row's target.
    Stride 2 covers the alternating upper/lower blocks."""
    rows = []
    for c in sorted(lower):
        delta = lower[c] - c
        if rows:
            first, last, stride, d = rows[-1]
            step = c - first if first == last else stride
            # Rows must not overlap: a stride-2 row may only skip unmapped code points.
            if d == delta and c - last == step and step in (1, 2) and (step == 1 or c - 1 not in lower):
                rows[-1] = [first, c, step, d]
                continue
        rows.append([c, c, 1, delta])
    expanded = {c: c + d for first, last, stride, d in rows for c in range(first, last + 1, stride)}
    assert expanded == lower, "lowercase rows do not reproduce the mapping"
    return [[first, last, stride, first + d] for first, last, stride, d in rows]


BASE90 = [chr(c) for c in range(35, 127) if chr(c) not in "?\\"]  # no quote, backslash or trigraph


def encode_merge(left, right):
    v = (left << 16) | right
    digits = []
    for _ in range(5):
        digits.append(BASE90[v % 90])
        v //= 90
    return "".join(reversed(digits))


def c_table(name, ctype, rows, per_line):
    cells = ["{%s}" % ",".join(str(x) for x in r) if isinstance(r, (list, tuple)) else str(r) for r in rows]
    lines = [",".join(cells[i:i + per_line]) for i in range(0, len(cells), per_line)]
    return "static const %s %s = {\n%s};\n" % (ctype, name, ",\n".join(lines))


def generate(args):
    merges = read_merges(args.merges)
    vocab, vocab_size = derive_vocab(merges)
    if len(vocab) != vocab_size:
        sys.exit("two merges produce the same token: the vocab cannot be derived")
    with open(args.vocab, encoding="utf-8") as f:
        reference = json.load(f)
    if reference != vocab:
        sys.exit("the vocab derived from %s differs from %s" % (args.merges, args.vocab))
    print("derived vocab of %d tokens equals %s" % (vocab_size, args.vocab))

    found = interpreters()
    newest = max(found, key=lambda e: found[e])
    norm = [e for e in found if found[e] == tuple(int(x) for x in NORMALIZATION_UNICODE.split("."))]
    if args.norm_python:
        norm = [args.norm_python]
    if not norm:
        sys.exit("no Python with unicodedata %s found (pass --norm-python)" % NORMALIZATION_UNICODE)
    props = run_dump(args.props_python or newest, "properties")
    normal = run_dump(norm[0], "normalization")
    print("properties from Unicode %s (+16.0/17.0 additions), normalization from Unicode %s"
          % (props["version"], normal["version"]))
    if tuple(int(x) for x in props["version"].split(".")) < (15, 1):
        print("warning: Unicode %s is older than 15.1: letters and lowercase will be incomplete"
              % props["version"])

    letters = set(props["letters"])
    numbers = set(props["numbers"])
    for lo, hi in LETTERS_ADDED_16:
        letters.update(range(lo, hi + 1))
    for lo, hi in NUMBERS_ADDED_16:
        numbers.update(range(lo, hi + 1))
    lower = {int(k): v for k, v in props["lower"].items()}
    for lo, hi, low in LOWERCASE_ADDED_16_17:
        for c in range(lo, hi + 1):
            lower.setdefault(c, [low + c - lo])
    single = {c: v[0] for c, v in lower.items() if len(v) == 1}
    multi = sorted([c] + v for c, v in lower.items() if len(v) > 1)
    if any(len(m) != 3 for m in multi):
        sys.exit("a lowercase mapping longer than two characters: extend the C side")

    ccc_rows = []
    for c, v in sorted((int(k), v) for k, v in normal["ccc"].items()):
        if ccc_rows and ccc_rows[-1][1] == c - 1 and ccc_rows[-1][2] == v:
            ccc_rows[-1][1] = c
        else:
            ccc_rows.append([c, c, v])
    decomp = sorted([int(k)] + (v if len(v) == 2 else v + [0]) for k, v in normal["decomp"].items())
    if any(len(d) != 3 for d in decomp):
        sys.exit("a canonical decomposition longer than two characters: extend the C side")
    compose = sorted(normal["compose"])
    compose_second = ranges({b for _, b, _ in compose})

    if args.verify:
        verify(letters, numbers, set(props["space"]), single, multi)

    ids = [(vocab[a], vocab[b]) for a, b in merges]
    text = "".join(encode_merge(a, b) for a, b in ids)
    chunk = 3995  # a multiple of 5 that keeps each literal under C99's 4095 characters
    chunks = ['"%s"' % text[i:i + chunk] for i in range(0, len(text), chunk)]

    tables = [  # (C name, row width, rows, field of sd__clip_data)
        ("sd__uni_letter_ranges", 2, ranges(letters), "letters"),
        ("sd__uni_number_ranges", 2, ranges(numbers), "numbers"),
        ("sd__uni_space_ranges", 2, ranges(props["space"]), "spaces"),
        ("sd__uni_lowercase_rows", 4, lowercase_rows(single), "lowercase_rows"),
        ("sd__uni_lowercase_long", 3, multi, "lowercase_long"),
        ("sd__uni_ccc_ranges", 3, ccc_rows, "ccc"),
        ("sd__uni_decompositions", 3, decomp, "decompositions"),
        ("sd__uni_compositions", 3, compose, "compositions"),
        ("sd__uni_second_ranges", 2, compose_second, "second")]
    table = {name: c_table("%s[][%d]" % (name, width), "unsigned int", rows, 12 if width == 2 else 8)
             for name, width, rows, _ in tables}

    out = []
    out.append("/* ============================================================================================\n"
               "   CLIP tokenizer data (generated by tools/gen/gen_clip_data.py; do not edit)\n"
               "   ============================================================================================ */\n")
    out.append("/* The tables stand at the end of the implementation, out of the way of the code. The tokenizer\n"
               "   (src/text/tokenizer.c) reads them through sd__clip_data_get() and declares the two constants\n"
               "   that must agree with them. */\n")
    out.append("#if SD__CLIP_MERGE_DIGITS != 5 || SD__UNI_MAX_DECOMPOSITION < %d\n"
               "#error \"src/text/tokenizer.c's SD__CLIP_MERGE_DIGITS or SD__UNI_MAX_DECOMPOSITION does not fit these tables\"\n"
               "#endif\n\n" % normal["longest"])
    out.append("/* The %d merges of openai CLIP's BPE (bpe_simple_vocab_16e6, MIT licensed). Merge i joins\n"
               "   the tokens with ids (left, right) into token 512 + i. Each merge is five base-90 digits\n"
               "   (characters '#'..'~' except '?' and backslash) of left * 65536 + right, most significant first. */\n"
               % len(merges))
    out.append("static const char *const sd__clip_merges[] = {\n%s};\n\n" % ",\n".join(chunks))
    out.append("/* Unicode %s (+ the 16.0 additions) letters \\p{L}, numbers \\p{N}, and White_Space:\n"
               "   sorted inclusive ranges. */\n" % props["version"])
    out += [table["sd__uni_letter_ranges"], table["sd__uni_number_ranges"], table["sd__uni_space_ranges"]]
    out.append("/* Lowercase (Unicode %s + the 16.0/17.0 additions), one character at a time: rows\n"
               "   {first, last, stride, lowercase of first}: every stride-th code point from first to last\n"
               "   maps to the same offset from that. The one mapping to two characters is listed apart. */\n"
               % props["version"])
    out += [table["sd__uni_lowercase_rows"], table["sd__uni_lowercase_long"]]
    out.append("/* Unicode %s normalization data. Canonical combining classes as {first, last, class};\n"
               "   canonical decompositions {code point, first, second or 0} (Hangul is computed; the longest\n"
               "   full decomposition of one character has %d code points); primary composites {first,\n"
               "   second, composite} sorted by the pair; the code points that occur as the second of a pair,\n"
               "   as ranges. */\n" % (normal["version"], normal["longest"]))
    out += [table["sd__uni_ccc_ranges"], table["sd__uni_decompositions"], table["sd__uni_compositions"],
            table["sd__uni_second_ranges"]]
    out.append("\nstatic const sd__clip_data *sd__clip_data_get(void) {\n"
               "    static const sd__clip_data data = {\n"
               "        sd__clip_merges, SD__COUNT(sd__clip_merges), %d,\n" % len(merges))
    out.append(",\n".join("        {&%s[0][0], SD__COUNT(%s), %d}" % (name, name, width) for name, width, _, _ in tables))
    out.append("};\n    return &data;\n}\n")
    with open(args.out, "w", encoding="ascii", newline="\n") as f:
        f.write("".join(out))
    print("wrote %s (%d bytes)" % (args.out, os.path.getsize(args.out)))


def verify(letters, numbers, space, single, multi):
    """Every code point against the installed `tokenizers`: regex classes and lowercase."""
    from tokenizers import Regex, normalizers, pre_tokenizers
    cps = code_points()

    def matched(pattern):
        split = pre_tokenizers.Split(Regex(pattern), behavior="removed", invert=True)
        out = set()
        for i in range(0, len(cps), 50000):
            for piece, _ in split.pre_tokenize_str("".join(chr(c) for c in cps[i:i + 50000])):
                out.update(ord(ch) for ch in piece)
        return out
    problems = 0
    for name, pattern, ours in (("letters", r"\p{L}", letters), ("numbers", r"\p{N}", numbers),
                                ("spaces", r"\s", space)):
        diff = matched(pattern) ^ set(ours)
        problems += len(diff)
        print("verify %s: %d code points differ %s" % (name, len(diff), [hex(c) for c in sorted(diff)[:10]]))
    low = normalizers.Lowercase()
    ours = {c: [v] for c, v in single.items()}
    ours.update({m[0]: m[1:] for m in multi})
    diff = [c for c in cps if [ord(x) for x in low.normalize_str(chr(c))] != ours.get(c, [c])]
    problems += len(diff)
    print("verify lowercase: %d code points differ %s" % (len(diff), [hex(c) for c in diff[:10]]))
    if problems:
        sys.exit("verification failed")


def main():
    import argparse
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--merges", help="CLIP's merges.txt (bpe_simple_vocab_16e6); required")
    ap.add_argument("--vocab", help="CLIP's vocab.json; required")
    ap.add_argument("--out", default=OUT)
    ap.add_argument("--props-python", help="interpreter for letters/numbers/lowercase (default: newest)")
    ap.add_argument("--norm-python", help="interpreter with unicodedata %s" % NORMALIZATION_UNICODE)
    ap.add_argument("--verify", action="store_true", help="compare with the installed tokenizers library")
    ap.add_argument("--dump", choices=["properties", "normalization"], help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.dump:
        json.dump(dump_properties() if args.dump == "properties" else dump_normalization(), sys.stdout)
        return
    if not args.merges or not args.vocab:
        ap.error("--merges and --vocab are required")
    generate(args)


if __name__ == "__main__":
    main()
