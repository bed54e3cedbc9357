#!/bin/sh
# Builds fakecuda into OUT (default /tmp/fakecuda): libcuda.so.1 and libcublas.so.13 that run the
# CUDA backend's kernels on the CPU, for testing the backend on machines without a GPU:
#   tests/fakecuda/build.sh && LD_LIBRARY_PATH=/tmp/fakecuda ./build/test_sd cuda
# OUT/fallback holds a libcublas.so.13 whose handle creation fails and a working libcublas.so.12:
# with LD_LIBRARY_PATH=OUT/fallback:OUT the backend must fall back from the one to the other.
# FAKECUDA_KERNELS names another kernel folder than src/kernels (a test builds a broken copy).
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
here=$root/tests/fakecuda
out=${1:-/tmp/fakecuda}
CXX=${CXX:-c++}
mkdir -p "$out"
kernels=${FAKECUDA_KERNELS:-$root/src/kernels}
for f in "$kernels"/*.cu; do printf '#include "%s"\n' "$f"; done > "$out/kernels_all.inc"
grep -o '\.entry [A-Za-z0-9_]*' "$root/kernels.ptx" | sed 's/\.entry \(.*\)/FAKE_KERNEL(\1)/' > "$out/registry.inc"
flags="-std=c++17 -O2 -g -U_FORTIFY_SOURCE -fPIC -ffp-contract=off -fno-strict-aliasing -Wall -Wno-unused-function"
$CXX $flags -shared -Wl,-soname,libcuda.so.1 -I"$out" -I"$here/include" -I"$here" -I"$kernels" \
    -include "$here/shim.h" -o "$out/libcuda.so.1" "$here/fake_cuda.cc"
$CXX $flags -shared -Wl,-soname,libcublas.so.13 -o "$out/libcublas.so.13" "$here/fake_cublas.cc" -L"$out" -l:libcuda.so.1
mkdir -p "$out/fallback"
$CXX $flags -shared -Wl,-soname,libcublas.so.13 -DFAKE_CUBLAS_CREATE_FAILS -o "$out/fallback/libcublas.so.13" \
    "$here/fake_cublas.cc" -L"$out" -l:libcuda.so.1
$CXX $flags -shared -Wl,-soname,libcublas.so.12 -DFAKE_CUBLAS_VERSION=120903 -o "$out/fallback/libcublas.so.12" \
    "$here/fake_cublas.cc" -L"$out" -l:libcuda.so.1
