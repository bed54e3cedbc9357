#!/bin/sh
# Builds sd_single.h from the section files under src/: src/api.h (the documentation block and
# the public declarations), then the implementation files below, in this order, inside
# #ifdef SD_IMPLEMENTATION, then src/license.txt. `make` runs it when a section changes.
# A line "/* @include PATH */" in a section is replaced by src/PATH (a template a section
# instantiates more than once, such as backend/cpu/vector.inc).
# Usage: tools/amalgamate.sh [OUTPUT]   (default: sd_single.h in the repository root)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/sd_single.h}
tmp=$out.tmp.$$

# The order matters: C needs a static function declared before its first use. The generated CLIP
# tables come last, out of the way of the code.
sections="
    core/platform.c
    core/errors.c
    core/json.c
    checkpoint/safetensors.c
    checkpoint/model.c
    checkpoint/names.c
    checkpoint/config.c
    checkpoint/tensors.c
    checkpoint/single_file.c
    checkpoint/open.c
    text/tokenizer.c
    text/prompt.c
    backend/interface.c
    backend/plan.c
    backend/cpu/core.c
    backend/cpu/vector.c
    backend/cpu/gemm.c
    backend/cpu/ops.c
    backend/cpu/attention.c
    backend/cpu/eltwise.c
    backend/cpu/create.c
    backend/cuda/driver.c
    backend/cuda/autotune.c
    backend/cuda/device.c
    backend/cuda/ops.c
    backend/cuda/attention.c
    backend/cuda/eltwise.c
    backend/cuda/create.c
    backend/weights.c
    model/layers.c
    model/clip.c
    model/unet.c
    model/vae.c
    model/taesd.c
    pipeline/rng.c
    pipeline/scheduler_config.c
    pipeline/schedules.c
    pipeline/scheduler_steps.c
    pipeline/resize.c
    pipeline/pipeline.c
    text/clip_tables.c
"
# Every implementation file is listed once, and nothing listed is missing.
listed=$(for f in $sections; do echo "$f"; done | sort)
present=$(cd "$root/src" && find . -name '*.c' | sed 's|^\./||' | sort)
if [ "$listed" != "$present" ]; then
    echo "amalgamate.sh: the section list and src/*.c differ:" >&2
    printf '%s\n' "$listed" > "$tmp.listed"; printf '%s\n' "$present" > "$tmp.present"
    diff "$tmp.listed" "$tmp.present" >&2 || true
    rm -f "$tmp.listed" "$tmp.present"
    exit 1
fi
{
    printf '%s\n' \
        '/* GENERATED FILE: tools/amalgamate.sh writes it from the files under src/ (run by `make` when one' \
        '   changes). Edit those files, not this one; a "---- src/PATH ----" line opens each of them below. */'
    cat "$root/src/api.h"
    printf '\n#ifdef SD_IMPLEMENTATION\n#ifndef SD__IMPLEMENTATION_INCLUDED\n#define SD__IMPLEMENTATION_INCLUDED\n'
    for f in $sections; do
        printf '\n/* ---- src/%s ---- */\n' "$f"
        awk -v src="$root/src" '
            /^\/\* @include [^ ]+ \*\/$/ {
                path = src "/" $3
                print "/* ---- src/" $3 " ---- */"
                while ((status = (getline line < path)) > 0) print line
                if (status < 0) { print "amalgamate.sh: cannot read " path > "/dev/stderr"; exit 1 }
                close(path)
                next
            }
            { print }' "$root/src/$f"
    done
    printf '\n#endif /* SD__IMPLEMENTATION_INCLUDED */\n#endif /* SD_IMPLEMENTATION */\n\n'
    cat "$root/src/license.txt"
} > "$tmp"
mv "$tmp" "$out"
