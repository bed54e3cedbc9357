#!/bin/sh
# The CUDA backend's check on a GPU machine, in one run (docs/PERF.md): builds, runs the whole test
# suite (the GPU tests must pass: a skipped one fails the check), makes the full-size random SD 1.5
# checkpoint and benchmarks 512x512, 50 DDIM steps, guidance 7.5, batch 1 in fp16 and fp32.
# Prints the benchmark table last. Needs the CUDA driver (libcuda.so.1), cuBLAS 12 or 13 on the
# loader path, a C compiler, python3 with numpy, and stb (libstb-dev, or STB_INC=folder).
#   tools/gpu_check.sh [CHECKPOINT]    default /tmp/sd15.safetensors (made when missing)
# Logs go to $OUT when set (the device runner's folder), else /tmp.
set -eu
cd "$(dirname "$0")/.."
ckpt=${1:-/tmp/sd15.safetensors}
logs=${OUT:-/tmp}
start=$(date +%s)
step() { printf '\n== %s (%ds)\n' "$1" $(($(date +%s) - start)); }
fail() { echo "gpu_check: FAILED: $1" >&2; exit 1; }

step "machine"
nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader 2>/dev/null || echo "(no nvidia-smi)"
ldconfig -p | grep -E 'libcuda\.so\.1|libcublas\.so\.1[23]' || fail "libcuda.so.1 or libcublas.so.12/13 is not on the loader path"
stb=${STB_INC:-/usr/include/stb}
[ -f "$stb/stb_image.h" ] || fail "stb headers not found in $stb (install libstb-dev or set STB_INC)"

step "build"
make -j"$(nproc)" STB_INC="$stb" all build/test_sd build/bench_gpu >"$logs/gpu_check_build.log" 2>&1 ||
    { tail -30 "$logs/gpu_check_build.log"; fail "make"; }
! grep -q 'warning' "$logs/gpu_check_build.log" || { grep warning "$logs/gpu_check_build.log"; fail "compiler warnings"; }

step "tests"
timeout 900 ./build/test_sd >"$logs/gpu_check_tests.log" 2>&1 || true
grep -E '^(ok|FAIL|SKIPPED) +test_cuda' "$logs/gpu_check_tests.log" || true
tail -1 "$logs/gpu_check_tests.log"
grep -q '^FAIL' "$logs/gpu_check_tests.log" && { grep -A5 '^FAIL\|^    ' "$logs/gpu_check_tests.log" | head -60; fail "tests failed"; }
grep -q '^SKIPPED test_cuda_gpu' "$logs/gpu_check_tests.log" && fail "GPU tests were skipped: the CUDA backend did not start"
gpu_ok=$(grep -c '^ok   test_cuda_gpu' "$logs/gpu_check_tests.log" || true)
[ "$gpu_ok" -ge 13 ] || fail "only $gpu_ok GPU tests passed (expected 13)"
grep -q ' 0 failed' "$logs/gpu_check_tests.log" || fail "the test run did not finish"

step "checkpoint"
[ -f "$ckpt" ] || python3 tools/make_sd15_checkpoint.py "$ckpt" || fail "make_sd15_checkpoint.py"

step "benchmark"
./build/bench_gpu "$ckpt" --precision fp16 --precision fp32 --size 512 --steps 50 --repeat 3 \
    2>"$logs/gpu_check_bench.log" >"$logs/gpu_check_table.md" || { cat "$logs/gpu_check_bench.log"; fail "bench_gpu"; }
cat "$logs/gpu_check_bench.log"
step "done"
cat "$logs/gpu_check_table.md"
