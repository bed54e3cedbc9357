#!/bin/sh
# sd_single.h against PyTorch (diffusers' models) on this machine's CPU, side by side: the text
# encoder (batch 2), one UNet call (batch 2) and one VAE decode (batch 1) of the full-size SD 1.5
# architecture with random weights, at the same size and thread count, in interleaved rounds.
#
#   tools/bench/cpu_side_by_side.sh [--rounds 3] [--repeat 2] [--threads N] [--size 512] [--work DIR] [--out FILE.json]
#
# Configurations, one process each per round (so each has its own peak RSS), in this order:
#   ours fp32            sd_single.h --precision fp32 (the checkpoint holds half: weights stay half,
#                        products in float32; --precision fp16 runs the same path on this file)
#   ours bf16            --precision bf16 (VDPBF16PS products where the CPU has AVX512_BF16)
#   ours bf16 seq        --precision bf16 --offload sequential (the low-memory mode)
#   torch fp32 cl        torch fp32, channels_last
#   torch bf16 cl        torch bf16, channels_last
#   sd.cpp f16           stable-diffusion.cpp from the cyllama wheel, which bundles a built copy
#   sd.cpp f16 flash     the same with its flash attention (tools/bench/sdcpp_cpu_components.py:
#                        components from its log of 1-step images; left out if cyllama does not install)
# Each process makes one warm-up call per component and --repeat timed calls; the table gives the
# median of every timed call over all rounds, GFLOP/s from the FLOP counts of docs/PERF.md, the
# largest peak RSS of the configuration's processes, and ours/torch time ratios at the same
# precision. The JSON (default: WORK/side_by_side.json) holds every sample.
#
# Set up once, in WORK (default ~/.cache/sd_single/side_by_side): a venv with torch, diffusers and
# transformers from PyPI (CPU use), and the random SD 1.5 checkpoint in both layouts
# (tools/bench/make_sd15_checkpoint.py: one .safetensors for ours, a diffusers folder for torch;
# about 4.3 GB together). Needs python3 with venv and pip, and the build tools of the README.
set -eu
rounds=3 repeat=2 threads=$(nproc) size=512 work="${HOME:-/tmp}/.cache/sd_single/side_by_side" out=""
while [ $# -gt 0 ]; do
    case "$1" in
    --rounds) rounds=$2; shift 2 ;;
    --repeat) repeat=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --size) size=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    -h|--help) sed -n '2,26p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
out=${out:-$work/side_by_side.json}
cd "$(dirname "$0")/../.."
mkdir -p "$work"
log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

venv=$work/venv
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import torch, diffusers, transformers, numpy" 2>/dev/null; then
    log "installing torch, diffusers, transformers and numpy into $venv (PyPI)"
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q --upgrade pip
    "$venv/bin/pip" install -q torch diffusers transformers numpy
fi
py=$venv/bin/python
sdcpp=1
if ! "$py" -c "import cyllama.sd" 2>/dev/null; then
    log "installing cyllama (stable-diffusion.cpp) into $venv (PyPI)"
    "$venv/bin/pip" install -q cyllama || { log "cyllama did not install: no sd.cpp columns"; sdcpp=0; }
fi

ckpt=$work/sd15.safetensors folder=$work/sd15
[ -f "$ckpt" ] || { log "writing $ckpt"; "$py" tools/bench/make_sd15_checkpoint.py "$ckpt.tmp" && mv "$ckpt.tmp" "$ckpt"; }
[ -f "$folder/model_index.json" ] || { log "writing $folder"; rm -rf "$folder"; "$py" tools/bench/make_sd15_checkpoint.py --diffusers "$folder"; }

make -s build/bench_cpu
samples=$work/samples.jsonl
: > "$samples"
run() { # NAME COMMAND...: one process; its JSON line, tagged with NAME, goes to $samples
    name=$1; shift
    log "round $r: $name"
    if line=$("$@" 2>>"$work/side_by_side.log"); then
        printf '{"config": "%s", "round": %d, "result": %s}\n' "$name" "$r" "$line" >> "$samples"
    else
        log "$name failed (see $work/side_by_side.log)"
    fi
}
r=1
while [ "$r" -le "$rounds" ]; do
    ours="./build/bench_cpu $ckpt --size $size --threads $threads --repeat $repeat --json"
    run "ours fp32" $ours --precision fp32
    run "ours bf16" $ours --precision bf16
    run "ours bf16 seq" $ours --precision bf16 --offload sequential
    theirs="$py tools/bench/torch_cpu_components.py --model $folder --size $size --threads $threads --repeat $repeat --channels-last"
    run "torch fp32 cl" $theirs --dtype fp32
    run "torch bf16 cl" $theirs --dtype bf16
    if [ "$sdcpp" = 1 ]; then
        cpp="$py tools/bench/sdcpp_cpu_components.py --model $ckpt --size $size --threads $threads --repeat $repeat"
        run "sd.cpp f16" $cpp
        run "sd.cpp f16 flash" $cpp --flash-attn
    fi
    r=$((r + 1))
done

python3 - "$samples" "$out" "$threads" "$size" <<'EOF'
import json, statistics, sys, platform, datetime
samples_path, out_path, threads, size = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
GFLOP = {"text_encoder_s": 26.6, "unet_s": 1606.5, "vae_decode_s": 2514.5}  # docs/PERF.md, at 512x512
NAMES = {"text_encoder_s": "text encoder, batch 2", "unet_s": "UNet call, batch 2", "vae_decode_s": "VAE decode, batch 1"}
PEER = {"ours fp32": "torch fp32 cl", "ours bf16": "torch bf16 cl", "ours bf16 seq": "torch bf16 cl"}
# sd.cpp's components come from whole 1-step images (sdcpp_cpu_components.py), the same work
rows = [json.loads(l) for l in open(samples_path)]
configs = list(dict.fromkeys(r["config"] for r in rows))
agg = {}
for c in configs:
    mine = [r["result"] for r in rows if r["config"] == c]
    agg[c] = {k: statistics.median([s for m in mine for s in m["samples"][k]]) for k in GFLOP}
    agg[c]["peak_rss_mib"] = max(m["peak_rss_mib"] for m in mine)
    agg[c]["processes"] = len(mine)
scale = (size / 512.0) ** 2
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.machine())
print(f"\nCPU: {cpu}, {threads} threads, {size}x{size}, {datetime.date.today()}; median seconds (GFLOP/s)")
print("| component | " + " | ".join(configs) + " |")
print("| --- |" + " --- |" * len(configs))
for k in GFLOP:
    cells = []
    for c in configs:
        t = agg[c][k]
        cell = f"{t:.3f} s ({GFLOP[k] * scale / t:.0f})" if k != "text_encoder_s" else f"{t:.3f} s"
        if c in PEER and PEER[c] in agg:
            cell += f", {t / agg[PEER[c]][k]:.2f}x torch"
        cells.append(cell)
    print(f"| {NAMES[k]} | " + " | ".join(cells) + " |")
print("| peak RSS | " + " | ".join(f"{agg[c]['peak_rss_mib']:.0f} MiB" for c in configs) + " |")
json.dump({"date": str(datetime.date.today()), "cpu": cpu, "threads": threads, "size": size,
           "gflop_at_512": GFLOP, "summary": agg, "runs": rows}, open(out_path, "w"), indent=1)
print(f"\nwrote {out_path}")
EOF
