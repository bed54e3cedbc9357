#!/bin/sh
# Builds sd_single.h from the section files under src/, in file-name order:
#   src/00_api.h (public declarations), then every src/*.c inside #ifdef SD_IMPLEMENTATION,
#   then src/99_license.txt.
# Usage: tools/amalgamate.sh [OUTPUT]   (default: sd_single.h in the repository root)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/sd_single.h}
tmp=$out.tmp.$$
{
    cat "$root/src/00_api.h"
    printf '\n#ifdef SD_IMPLEMENTATION\n#ifndef SD__IMPLEMENTATION_INCLUDED\n#define SD__IMPLEMENTATION_INCLUDED\n'
    for f in "$root"/src/[0-9]*.c; do
        printf '\n/* ---- %s ---- */\n' "src/$(basename "$f")"
        cat "$f"
    done
    printf '\n#endif /* SD__IMPLEMENTATION_INCLUDED */\n#endif /* SD_IMPLEMENTATION */\n\n'
    cat "$root/src/99_license.txt"
} > "$tmp"
mv "$tmp" "$out"
