#!/bin/sh
# Builds kernels.ptx, the CUDA backend's kernels, from src/kernels/*.cu: one translation unit that
# includes every .cu file in name order (so the PTX is one module), compiled for compute_80 PTX
# (the driver compiles it for the GPU at load: Ampere and newer). The flags are fixed, so the
# same nvcc gives the same file; tests/test_cuda.c rebuilds it to check the committed copy.
# nvcc writes its own PTX ISA version (9.0 for CUDA 13), which only drivers of that CUDA release
# load; the file says 8.0 instead, the ISA of CUDA 12.0, so that drivers from R525 on load it.
# ptxas checks every instruction against the version the file states, and fails the build if a
# kernel needs a newer one. Then sd_kernels_ptx.h, the PTX as a C array (tools/embed_kernels.sh).
#   tools/build_kernels.sh [OUTPUT]            default: kernels.ptx in the repository root
#   tools/build_kernels.sh --resources [PTX]   registers, shared memory, stack and spills per
#                                              kernel on sm_90 (ptxas -v), as a Markdown table
# NVCC and PTXAS override the tools (default: found on PATH, else under $CUDA_HOME or /usr/local/cuda).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cuda_home=${CUDA_HOME:-/usr/local/cuda}
find_tool() {
    if command -v "$1" >/dev/null 2>&1; then command -v "$1"
    elif [ -x "$cuda_home/bin/$1" ]; then echo "$cuda_home/bin/$1"
    else echo "build_kernels.sh: $1 not found (set ${2} or CUDA_HOME)" >&2; exit 1
    fi
}

if [ "${1:-}" = "--resources" ]; then
    ptxas=${PTXAS:-$(find_tool ptxas PTXAS)}
    "$ptxas" -v -arch=sm_90 -o /dev/null "${2:-$root/kernels.ptx}" 2>&1 | awk '
        /Compiling entry function/ { name = $0; sub(/.*function \047/, "", name); sub(/\047 for .*/, "", name) }
        /bytes stack frame/ { stack = $1; spill = $5 + $9 }
        /Used [0-9]+ registers/ {
            regs = $0; sub(/.*Used /, "", regs); sub(/ registers.*/, "", regs)
            smem = 0
            if (match($0, /[0-9]+ bytes smem/)) { smem = substr($0, RSTART, RLENGTH); sub(/ bytes smem/, "", smem) }
            rows[++n] = sprintf("| `%s` | %s | %s | %s | %s |", name, regs, smem, stack, spill)
        }
        END {
            print "| kernel | registers | shared memory (bytes) | stack frame (bytes) | spill stores + loads (bytes) |"
            print "| --- | --- | --- | --- | --- |"
            for (i = 1; i <= n; i++) print rows[i] | "sort"
        }'
    exit 0
fi

nvcc=${NVCC:-$(find_tool nvcc NVCC)}
out=${1:-$root/kernels.ptx}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in "$root"/src/kernels/*.cu; do printf '#include "%s"\n' "$(basename "$f")"; done > "$tmp/kernels.cu"
ptx_isa=8.0
"$nvcc" -ptx -arch=compute_80 -O3 -I"$root/src/kernels" -o "$tmp/nvcc.ptx" "$tmp/kernels.cu"
sed "s/^\.version [0-9]*\.[0-9]*\$/.version $ptx_isa/" "$tmp/nvcc.ptx" > "$tmp/kernels.ptx"
grep -qx "\.version $ptx_isa" "$tmp/kernels.ptx" || { echo "build_kernels.sh: nvcc wrote no .version line" >&2; exit 1; }
ptxas=${PTXAS:-$(find_tool ptxas PTXAS)}
"$ptxas" -arch=sm_80 -o /dev/null "$tmp/kernels.ptx"
cp "$tmp/kernels.ptx" "$out.tmp.$$"
mv "$out.tmp.$$" "$out"
if [ $# -eq 0 ]; then sh "$root/tools/embed_kernels.sh"; fi
