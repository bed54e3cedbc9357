#!/bin/sh
# The CUDA backend's check and benchmark on a GPU machine, in one run of about 5-8 minutes
# (docs/PERF.md). The device has no network, so first, once, on the development machine, in the
# root of the checkout that the device call sends (the session's own, not a helper's worktree):
#     tools/fetch_wheels.sh            # fills the ignored .gpucarry/ (diffusers wheels, stb, CLIP vocab)
# then one device call (the device tool's `run`):
#     command: sh tools/gpu_check.sh   carry: [".gpucarry"]      timeout_s: 600
# The summary tables come last in the output. $OUT (else /tmp/gpu_check) gets gpu_check.log (every
# stage's output), tests.log, safe.png, ours.json + ours.md (bench_gpu), diffusers.json, summary.md.
#
# Stages; a failed stage is reported and the later ones still run; the exit status is 1 if any failed:
#   machine   GPU, driver, memory already in use by other processes (nvidia-smi)
#   build     make all build/test_sd build/bench_gpu (a compiler warning fails the stage)
#   tests     the whole suite; every GPU test must pass (a skipped one means the backend did not start)
#   model     the full-size random SD 1.5 diffusers folder (tools/bench/make_sd15_checkpoint.py --diffusers, ~5 s)
#   safe image  build/sd with SD_AUTOTUNE=0 (cuBLAS for every conv), 20 steps: $OUT/safe.png; again
#             with --no-graphs, which must give the same file
#   ours      bench_gpu: fp16 and fp32 components and txt2img, then the memory-mode table (fp16)
#   diffusers tools/bench/diffusers_bench.py on the same folder: components, txt2img, the same memory modes
#   first     time to first image: build/sd twice with CUDA_CACHE_PATH at a fresh folder (cold JIT
#             cache), then at the same folder again (warm), wall clock from process start
#   summary   tools/bench/gpu_report.py: ours vs diffusers per component, the mode table, time to first image
# Each stage has a time cap, shortened so that the later stages keep their share of
# GPU_CHECK_SECONDS (default 540, under the device's 600 s per call).
#
#   tools/gpu_check.sh [MODEL_DIR]      default /tmp/sd15 (made when missing)
# Needs the CUDA driver (libcuda.so.1), cuBLAS 12 or 13, cc, make, python3 with numpy, torch and
# transformers; diffusers importable or its wheels in .gpucarry/wheels; stb in STB_INC,
# /usr/include/stb or .gpucarry/stb; CLIP's vocab in .gpucarry/clip (else diffusers cannot tokenize).
# For a dry run of the script itself elsewhere: GPU_CHECK_SIZE, GPU_CHECK_STEPS, GPU_CHECK_TILE
# (image side, steps, tiled-decode side), GPU_CHECK_TESTS (a test name filter), DIFFUSERS_DEVICE.
set -u
cd "$(dirname "$0")/.." || exit 1
root=$(pwd)
model=${1:-/tmp/sd15}
out=${OUT:-/tmp/gpu_check}
size=${GPU_CHECK_SIZE:-512}
steps=${GPU_CHECK_STEPS:-50}
tile=${GPU_CHECK_TILE:-2048}
carry=$root/.gpucarry
log=$out/gpu_check.log
mkdir -p "$out"
: >"$log"
start=$(date +%s)
deadline=$((start + ${GPU_CHECK_SECONDS:-540}))
failed=""
prompt="a photo of an astronaut riding a horse on mars"

step() { printf '\n== %s (%ds)\n' "$1" $(($(date +%s) - start)) | tee -a "$log"; }
stage_failed() {
    echo "gpu_check: FAILED: $1" | tee -a "$log" >&2
    case " $failed " in *" $2 "*) ;; *) failed="$failed $2" ;; esac
}
# The log's lines from line $1 on, the last 25 of them (a stage's own output).
log_since() { tail -n +"$1" "$log" | tail -n 25; }
# Seconds a stage may run: its cap, or less, so that `reserve` seconds stay for the later stages.
allow() {
    a=$((deadline - $(date +%s) - $2))
    [ "$a" -lt "$1" ] || a=$1
    [ "$a" -gt 20 ] || a=20
    echo "$a"
}

step "machine"
nvidia-smi --query-gpu=name,driver_version,memory.total,memory.used --format=csv 2>&1 | tee -a "$log"
echo "processes on the GPU before ours (their memory counts in 'device memory in use'):" | tee -a "$log"
nvidia-smi --query-compute-apps=pid,process_name,used_memory --format=csv,noheader 2>&1 | tee -a "$log"
libs=$(ldconfig -p | grep -E 'libcuda\.so\.1|libcublas\.so\.1[23]')
echo "${libs:-libcuda.so.1 and libcublas.so.12/13 are not in the loader cache (LD_LIBRARY_PATH may have them)}" |
    tee -a "$log"
if [ -n "${STB_INC:-}" ]; then stb=$STB_INC
elif [ -f /usr/include/stb/stb_image.h ]; then stb=/usr/include/stb
else stb=$carry/stb
fi
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 HF_HUB_DISABLE_TELEMETRY=1 PYTHONUNBUFFERED=1
if ! python3 -c 'import diffusers' 2>/dev/null && ls "$carry"/wheels/*.whl >/dev/null 2>&1; then
    python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/gpu_check_site \
        "$carry"/wheels/*.whl >>"$log" 2>&1 && export PYTHONPATH=/tmp/gpu_check_site${PYTHONPATH:+:$PYTHONPATH}
fi
python3 -c 'import torch, diffusers, transformers; print("torch", torch.__version__, "diffusers", diffusers.__version__,
"transformers", transformers.__version__, "cuda", torch.cuda.is_available())' 2>&1 | tail -1 | tee -a "$log"

step "build"
built=0
if [ ! -f "$stb/stb_image.h" ]; then
    stage_failed "stb headers not found in $stb (install libstb-dev, set STB_INC or run tools/fetch_wheels.sh)" build
elif ! make -j"$(nproc)" STB_INC="$stb" all build/test_sd build/bench_gpu >"$out/build.tmp" 2>&1; then
    tail -30 "$out/build.tmp" | tee -a "$log"
    stage_failed "make" build
elif grep -q 'warning' "$out/build.tmp"; then
    grep warning "$out/build.tmp" | tee -a "$log"
    stage_failed "compiler warnings" build
    built=1
else
    built=1
fi
cat "$out/build.tmp" >>"$log" 2>/dev/null
rm -f "$out/build.tmp"

step "tests"
if [ "$built" = 1 ]; then
    timeout "$(allow 150 380)" ./build/test_sd ${GPU_CHECK_TESTS:+"$GPU_CHECK_TESTS"} >"$out/tests.log" 2>&1
    grep -E '^(ok|FAIL|SKIPPED) +test_cuda' "$out/tests.log" | tee -a "$log"
    tail -1 "$out/tests.log" | tee -a "$log"
    gpu_ok=$(grep -c '^ok   test_cuda_gpu' "$out/tests.log")
    gpu_all=$(grep -c '^static void test_cuda_gpu' tests/test_cuda.c)
    if grep -q '^FAIL' "$out/tests.log"; then
        grep -A5 '^FAIL\|^    ' "$out/tests.log" | head -60 | tee -a "$log"
        stage_failed "tests failed" tests
    elif grep -q '^SKIPPED test_cuda_gpu' "$out/tests.log"; then
        stage_failed "GPU tests were skipped: the CUDA backend did not start" tests
    elif [ -z "${GPU_CHECK_TESTS:-}" ] && [ "$gpu_ok" -lt "$gpu_all" ]; then
        stage_failed "only $gpu_ok of the $gpu_all GPU tests passed" tests
    elif ! grep -q ' 0 failed' "$out/tests.log"; then
        stage_failed "the test run did not finish" tests
    fi
fi

step "model"
if [ ! -f "$model/unet/diffusion_pytorch_model.safetensors" ]; then
    clip=""
    [ -f "$carry/clip/vocab.json" ] && clip=$carry/clip
    timeout "$(allow 90 320)" python3 tools/bench/make_sd15_checkpoint.py --diffusers "$model" ${clip:+--clip "$clip"} 2>&1 |
        tee -a "$log"
    [ -f "$model/vae/diffusion_pytorch_model.safetensors" ] || stage_failed "make_sd15_checkpoint.py" model
fi

step "safe image"
# One image with the autotuner off (cuBLAS for every conv), before anything tunes: whatever the
# tuned kernels do later, this one shows that the plain path works, and keeps its image.
if [ "$built" = 1 ]; then
    SD_AUTOTUNE=0 timeout "$(allow 60 230)" ./build/sd -m "$model" -p "$prompt" -W "$size" -H "$size" --steps 20 \
        --seed 42 --backend cuda -v -o "$out/safe.png" >>"$log" 2>&1 || stage_failed "build/sd with SD_AUTOTUNE=0" safe
    tail -n 3 "$log"
    # the same image without CUDA graphs must be the same file (the PNG text holds no setting that differs)
    SD_AUTOTUNE=0 timeout "$(allow 60 200)" ./build/sd -m "$model" -p "$prompt" -W "$size" -H "$size" --steps 20 \
        --seed 42 --backend cuda --no-graphs -o "$out/safe_no_graphs.png" >>"$log" 2>&1 || stage_failed "--no-graphs" safe
    if cmp -s "$out/safe.png" "$out/safe_no_graphs.png"; then echo "graphs: the same image with --no-graphs" | tee -a "$log"
    else stage_failed "the image with CUDA graphs differs from --no-graphs" safe
    fi
fi

step "ours"
if [ "$built" = 1 ]; then
    from=$(($(wc -l <"$log") + 1))
    t=$(allow 300 170)
    timeout "$t" ./build/bench_gpu "$model" --precision fp16 --precision fp32 --size "$size" --steps "$steps" --repeat 3 \
        --tile-size "$tile" --budget $((t - 60)) --json "$out/ours.json" >"$out/ours.md" 2>>"$log" ||
        stage_failed "bench_gpu (see gpu_check.log)" ours
    log_since "$from"
fi

step "diffusers"
from=$(($(wc -l <"$log") + 1))
t=$(allow 180 70)
timeout "$t" python3 tools/bench/diffusers_bench.py --model "$model" --clip "$carry/clip" --device "${DIFFUSERS_DEVICE:-cuda}" \
    --size "$size" --steps "$steps" --tile-size "$tile" --budget $((t - 40)) --json "$out/diffusers.json" >>"$log" 2>&1 ||
    stage_failed "diffusers_bench.py (see gpu_check.log)" diffusers
log_since "$from"

step "first image"
first_cold=failed
first_warm=failed
if [ "$built" = 1 ]; then
    cache=$(mktemp -d /tmp/gpu_check_jit.XXXXXX)
    for run in cold warm; do
        t0=$(date +%s%N)
        if CUDA_CACHE_PATH=$cache timeout "$(allow 60 10)" ./build/sd -m "$model" -p "$prompt" -W "$size" -H "$size" \
            --steps "$steps" --sampler ddim --cfg 7.5 --seed 42 --backend cuda -o /tmp/gpu_check_first.png >>"$log" 2>&1; then
            seconds=$(awk -v ns=$(($(date +%s%N) - t0)) 'BEGIN { printf "%.2f", ns / 1e9 }')
            echo "$run JIT cache: $seconds s" | tee -a "$log"
            if [ "$run" = cold ]; then first_cold=$seconds; else first_warm=$seconds; fi
        else
            stage_failed "build/sd ($run JIT cache)" first
        fi
    done
    rm -rf "$cache"
fi

step "summary"
cat "$out/ours.md" 2>/dev/null
echo
python3 tools/bench/gpu_report.py --ours "$out/ours.json" --diffusers "$out/diffusers.json" \
    --first-image "$first_cold" "$first_warm" | tee "$out/summary.md"
if [ -n "$failed" ]; then
    echo "gpu_check: failed stages:$failed (details in $log)"
    exit 1
fi
echo "gpu_check: every stage passed ($(($(date +%s) - start)) s)"
