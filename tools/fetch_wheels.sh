#!/bin/sh
# Fills .gpucarry/ (ignored by git) with what tools/gpu_check.sh needs on the GPU machine, which
# has no network: the diffusers wheel and the pure-Python packages it imports that the machine
# lacks (it has torch, transformers, accelerate, huggingface_hub, safetensors, numpy, Pillow,
# regex, requests, httpx, filelock, as the device machine's notes list them), the stb headers the CLI
# includes, and CLIP's vocab.json + merges.txt for diffusers' tokenizer. Run it here, once, from
# any folder; then carry .gpucarry (docs/PERF.md has the device call). About 8 MB.
#   tools/fetch_wheels.sh [CLIP_DIR]     CLIP_DIR default ../shared/clip (beside the repository)
# diffusers 0.40.0 is the release nearest the anchors' 0.40.0.dev0, and it accepts the device's
# huggingface_hub 1.x; importlib_metadata 8.7 needs zipp >= 3.20.
set -eu
cd "$(dirname "$0")/.."
clip=${1:-../shared/clip}
dest=.gpucarry
mkdir -p "$dest/wheels" "$dest/stb" "$dest/clip"
rm -f "$dest"/wheels/*.whl
python3 -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 --implementation py \
    -d "$dest/wheels" diffusers==0.40.0 importlib_metadata==8.7.0 zipp==3.23.0
for h in stb_image.h stb_image_write.h; do cp "${STB_INC:-/usr/include/stb}/$h" "$dest/stb/"; done
for f in vocab.json merges.txt; do cp "$clip/$f" "$dest/clip/"; done
chmod -R u+w "$dest"
du -sh "$dest"
ls "$dest"/wheels "$dest"/stb "$dest"/clip
