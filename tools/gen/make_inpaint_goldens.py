# Inpainting goldens for sd_single.h's tests, from diffusers' StableDiffusionInpaintPipeline on the
# CPU in float32: an inpainting model (a UNet with 9 input channels) and an ordinary model (the
# pipeline's legacy mode: the kept part is put back after every step).
#
#   python3 tools/gen/make_inpaint_goldens.py --clip CLIP_DIR [--sd1 build/data/tiny-sd] [--out tests/data]
# CLIP_DIR holds CLIP's vocab.json and merges.txt; --sd1 is the tiny SD 1.x diffusers folder, which
# ./build/test_sd makes from tests/data/tiny-sd.safetensors.
#
# Writes into --out:
#   tiny-sd2-inpaint/              diffusers folder: tiny-sd2 (make_sd2_goldens.py) with a random
#                                  9-channel UNet of tiny-sd2's configuration (fp16-exact weights);
#                                  its text_encoder, tokenizer, vae and scheduler are symbolic links
#                                  to tiny-sd2's, so the test data holds them once.
#   tiny-inpaint.safetensors       the goldens (keys below).
#   tiny-sd2-inpaint.json          the inpainting model's runs (model tiny-sd2-inpaint).
#   tiny-sd-inpaint-legacy.json    the ordinary model's runs (model tiny-sd, SD 1.x).
#
# Inputs: the init image is make_sd2_goldens' test picture (inpaint.init_u8, uint8 [1,64,64,3]); the
# mask (inpaint.mask_u8, uint8 [1,64,64,3]) is in colour, so the pipeline's grey conversion
# (PIL's convert("L")) and its binarization at 0.5 are part of what is tested: a rectangle of
# orange (grey 194, repainted) on blue (grey 29, kept), a band of grey 128 (repainted: 128/255 >=
# 0.5) and one of grey 127 (kept).
#
# Golden keys: {inpaint|legacy}.{sampler}.{steps}.s{strength*100}.latents (float32 [1,4,8,8]) and
# .image_u8 (uint8 [1,64,64,3], the latents decoded as make_sd2_goldens does).
import argparse, json, os, sys

import numpy as np
import torch
from PIL import Image

import diffusers
from diffusers import (PNDMScheduler, StableDiffusionInpaintPipeline, UNet2DConditionModel, AutoencoderKL)
from transformers import CLIPTextModel

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_sd2_goldens as g  # noqa: E402

g.SCHEDS["pndm"] = (PNDMScheduler, {})
INPAINT_RUNS = [("ddim", 20, 1.0), ("euler_a", 20, 1.0), ("dpmpp_2m", 20, 0.7)]
LEGACY_RUNS = [("ddim", 20, 1.0), ("euler_a", 20, 0.75), ("pndm", 20, 1.0)]
INPAINT_SEED = 7


def mask_u8():
    y, x = np.mgrid[0:g.H, 0:g.W]
    m = np.zeros((g.H, g.W, 3), np.uint8)
    m[...] = (0, 0, 255)
    m[(x >= 20) & (x < 52) & (y >= 12) & (y < 44)] = (255, 200, 0)
    m[(x >= 4) & (x < 12)] = (128, 128, 128)
    m[(x >= 56) & (x < 60)] = (127, 127, 127)
    return m[None]


def make_inpaint_folder(out):
    """tiny-sd2's parts with a 9-channel UNet; returns (unet, vae, te) in float32."""
    folder = os.path.join(out, "tiny-sd2-inpaint")
    os.makedirs(os.path.join(folder, "unet"), exist_ok=True)
    torch.manual_seed(INPAINT_SEED)
    unet = g.randomize(UNet2DConditionModel(**dict(g.TINY_SD2_UNET, in_channels=9)), INPAINT_SEED + 1).eval()
    unet.half().save_pretrained(os.path.join(folder, "unet"))
    unet.float()
    for part in ("text_encoder", "tokenizer", "vae", "scheduler"):
        link = os.path.join(folder, part)
        if not os.path.islink(link):
            os.symlink(os.path.join("..", "tiny-sd2", part), link)
    index = json.load(open(os.path.join(out, "tiny-sd2", "model_index.json")))
    index["_class_name"] = "StableDiffusionInpaintPipeline"
    json.dump(index, open(os.path.join(folder, "model_index.json"), "w"), indent=2)
    vae = AutoencoderKL.from_pretrained(os.path.join(out, "tiny-sd2"), subfolder="vae", torch_dtype=torch.float32).eval()
    te = CLIPTextModel.from_pretrained(os.path.join(out, "tiny-sd2"), subfolder="text_encoder",
                                       torch_dtype=torch.float32).eval()
    return unet, vae, te


def inpaint_goldens(prefix, unet, vae, te, tok, sched_cfg, runs_spec):
    pipe = StableDiffusionInpaintPipeline(vae=vae, text_encoder=te, tokenizer=tok, unet=unet,
                                          scheduler=g.sched("ddim", sched_cfg), safety_checker=None,
                                          feature_extractor=None, requires_safety_checker=False)
    pipe.set_progress_bar_config(disable=True)
    init, mask = g.init_image_u8(), mask_u8()
    T, runs = {}, []
    for name, steps, strength in runs_spec:
        pipe.scheduler = g.sched(name, sched_cfg)
        lat = pipe(g.PROMPT, image=Image.fromarray(init[0]), mask_image=Image.fromarray(mask[0]), strength=strength,
                   height=g.H, width=g.W, negative_prompt=g.NEGATIVE, num_inference_steps=steps,
                   guidance_scale=g.GUIDANCE, generator=torch.Generator().manual_seed(g.PIPE_SEED),
                   output_type="latent").images
        key = f"{prefix}.{name}.{steps}.s{round(strength * 100)}"
        T[key + ".latents"] = lat
        T[key + ".image_u8"] = g.decode_u8(vae, lat)
        runs.append({"key": key, "pipeline": "inpaint", "scheduler": name, "steps": steps, "mode": "seed",
                     "seed": g.PIPE_SEED, "strength": strength, "init_image": "inpaint.init_u8",
                     "mask_image": "inpaint.mask_u8"})
    return T, runs


def main():
    ap = argparse.ArgumentParser(description="inpainting goldens (9-channel model and legacy mode)")
    ap.add_argument("--out", default="tests/data")
    ap.add_argument("--clip", required=True, help="folder with CLIP's vocab.json and merges.txt")
    ap.add_argument("--sd1", default="build/data/tiny-sd")
    a = ap.parse_args()
    print("versions:", {"torch": torch.__version__, "diffusers": diffusers.__version__})
    T = {"inpaint.init_u8": torch.from_numpy(g.init_image_u8()), "inpaint.mask_u8": torch.from_numpy(mask_u8())}
    with torch.no_grad():
        unet, vae, te = make_inpaint_folder(a.out)
        I, iruns = inpaint_goldens("inpaint", unet, vae, te, g.make_tokenizer(a.clip, "!"), g.SD2_SCHED, INPAINT_RUNS)
        T.update(I)
        unet, vae, te = g.load_sd1(a.sd1)
        L, lruns = inpaint_goldens("legacy", unet, vae, te, g.make_tokenizer(a.clip, "<|endoftext|>"), g.SD15_SCHED,
                                   LEGACY_RUNS)
        T.update(L)
    g.save(T, os.path.join(a.out, "tiny-inpaint.safetensors"))
    json.dump(dict(g.run_meta(iruns), model="tiny-sd2-inpaint"), open(os.path.join(a.out, "tiny-sd2-inpaint.json"), "w"),
              indent=1)
    json.dump(dict(g.run_meta(lruns), model="tiny-sd"), open(os.path.join(a.out, "tiny-sd-inpaint-legacy.json"), "w"),
              indent=1)
    print("keys:", len(T))


if __name__ == "__main__":
    main()
