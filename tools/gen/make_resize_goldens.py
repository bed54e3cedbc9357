# Goldens for img2img and inpainting with an init image (and mask) of another size than the run's,
# for sd_single.h's tests: diffusers' VaeImageProcessor.resize (PIL's Lanczos) in each resize mode,
# and whole pipelines on such inputs. CPU, float32.
#
#   python3 tools/gen/make_resize_goldens.py [--sd1 build/data/tiny-sd] [--data tests/data] --clip CLIP_DIR
# --sd1 is the tiny SD 1.x diffusers folder (./build/test_sd makes it from tests/data/tiny-sd.safetensors);
# --data holds tiny-sd2-inpaint (make_inpaint_goldens.py) and receives the outputs:
#   tiny-resize.safetensors        the goldens (keys below)
#   tiny-sd-img2img-resize.json    img2img of a 100x60 init image on tiny-sd: run size 96x56 (the
#                                  image's sides rounded down to multiples of 8, as diffusers)
#   tiny-sd2-inpaint-resize.json   inpainting at 64x64 from a 100x60 init image and a 50x30 mask
#
# Keys (uint8 [1,H,W,3] unless noted):
#   resize.wide_u8 (100x60), resize.tall_u8 (37x90)               the sources
#   resize.{source}.{mode}.{W}x{H}                                VaeImageProcessor(...).resize(PIL image,
#                                                                 H, W, resize_mode=mode) for mode in
#                                                                 default, crop, fill
#   resize.mask_u8 (50x30)                                        the inpainting mask (colour, as
#                                                                 make_inpaint_goldens' mask)
#   img2img_resize.ddim.20.seed.latents (float32) / .image_u8    StableDiffusionImg2ImgPipeline
#   inpaint_resize.euler_a.20.s100.latents / .image_u8           StableDiffusionInpaintPipeline
import argparse, json, os, sys

import numpy as np
import torch
from PIL import Image

import diffusers
from diffusers import StableDiffusionImg2ImgPipeline, StableDiffusionInpaintPipeline, UNet2DConditionModel, AutoencoderKL
from diffusers.image_processor import VaeImageProcessor
from transformers import CLIPTextModel

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_sd2_goldens as g  # noqa: E402
import make_inpaint_goldens as ip  # noqa: E402

SIZES = {"wide": [(96, 56), (136, 72), (40, 120), (64, 64), (64, 24)], "tall": [(64, 64), (96, 40), (16, 200)]}


def picture(w, h, seed):
    """A test picture of any size: gradients, a disc, a bar and some noise, so resampling shows."""
    y, x = np.mgrid[0:h, 0:w].astype(np.float64)
    rng = np.random.default_rng(seed)
    r = 128 + 100 * np.sin(x / 5.0) * np.cos(y / 9.0)
    gr = 40 + 180 * y / h
    b = np.where((x - 0.6 * w) ** 2 + (y - 0.4 * h) ** 2 < (0.2 * min(w, h)) ** 2, 230.0, 60 + 150 * x / w)
    r = np.where((y > 0.7 * h) & (y < 0.8 * h), 20.0, r)
    img = np.stack([r, gr, b], -1) + rng.normal(0, 12, (h, w, 3))
    return np.clip(np.round(img), 0, 255).astype(np.uint8)


def main():
    ap = argparse.ArgumentParser(description="resize-mode and resized-input goldens")
    ap.add_argument("--data", default="tests/data")
    ap.add_argument("--sd1", default="build/data/tiny-sd")
    ap.add_argument("--clip", required=True)
    a = ap.parse_args()
    print("versions:", {"torch": torch.__version__, "diffusers": diffusers.__version__})
    proc = VaeImageProcessor(vae_scale_factor=8)
    sources = {"wide": picture(100, 60, 1), "tall": picture(37, 90, 2)}
    T = {f"resize.{k}_u8": torch.from_numpy(v[None]) for k, v in sources.items()}
    for name, sizes in SIZES.items():
        for w, h in sizes:
            for mode in ("default", "crop", "fill"):
                out = proc.resize(Image.fromarray(sources[name]), h, w, resize_mode=mode)
                T[f"resize.{name}.{mode}.{w}x{h}"] = torch.from_numpy(np.asarray(out.convert("RGB"))[None].copy())
    mask = np.asarray(Image.fromarray(ip.mask_u8()[0]).resize((50, 30), Image.NEAREST))
    T["resize.mask_u8"] = torch.from_numpy(mask[None].copy())

    with torch.no_grad():
        unet, vae, te = g.load_sd1(a.sd1)
        pipe = StableDiffusionImg2ImgPipeline(vae=vae, text_encoder=te, tokenizer=g.make_tokenizer(a.clip, "<|endoftext|>"),
                                              unet=unet, scheduler=g.sched("ddim", g.SD15_SCHED), safety_checker=None,
                                              feature_extractor=None, requires_safety_checker=False)
        pipe.set_progress_bar_config(disable=True)
        lat = pipe(g.PROMPT, image=Image.fromarray(sources["wide"]), strength=g.IMG2IMG_STRENGTH, negative_prompt=g.NEGATIVE,
                   num_inference_steps=20, guidance_scale=g.GUIDANCE, generator=torch.Generator().manual_seed(g.PIPE_SEED),
                   output_type="latent").images
        assert lat.shape == (1, 4, 7, 12), lat.shape
        T["img2img_resize.ddim.20.seed.latents"] = lat
        T["img2img_resize.ddim.20.seed.image_u8"] = g.decode_u8(vae, lat)
        img2img_runs = [{"key": "img2img_resize.ddim.20.seed", "pipeline": "img2img", "scheduler": "ddim", "steps": 20,
                         "mode": "seed", "seed": g.PIPE_SEED, "strength": g.IMG2IMG_STRENGTH, "init_image": "resize.wide_u8",
                         "width": 96, "height": 56}]

        folder = os.path.join(a.data, "tiny-sd2-inpaint")
        unet = UNet2DConditionModel.from_pretrained(folder, subfolder="unet", torch_dtype=torch.float32).eval()
        vae = AutoencoderKL.from_pretrained(folder, subfolder="vae", torch_dtype=torch.float32).eval()
        te = CLIPTextModel.from_pretrained(folder, subfolder="text_encoder", torch_dtype=torch.float32).eval()
        pipe = StableDiffusionInpaintPipeline(vae=vae, text_encoder=te, tokenizer=g.make_tokenizer(a.clip, "!"), unet=unet,
                                              scheduler=g.sched("euler_a", g.SD2_SCHED), safety_checker=None,
                                              feature_extractor=None, requires_safety_checker=False)
        pipe.set_progress_bar_config(disable=True)
        lat = pipe(g.PROMPT, image=Image.fromarray(sources["wide"]), mask_image=Image.fromarray(mask), height=64, width=64,
                   negative_prompt=g.NEGATIVE, num_inference_steps=20, guidance_scale=g.GUIDANCE,
                   generator=torch.Generator().manual_seed(g.PIPE_SEED), output_type="latent").images
        T["inpaint_resize.euler_a.20.s100.latents"] = lat
        T["inpaint_resize.euler_a.20.s100.image_u8"] = g.decode_u8(vae, lat)
        inpaint_runs = [{"key": "inpaint_resize.euler_a.20.s100", "pipeline": "inpaint", "scheduler": "euler_a", "steps": 20,
                         "mode": "seed", "seed": g.PIPE_SEED, "strength": 1.0, "init_image": "resize.wide_u8",
                         "mask_image": "resize.mask_u8", "width": 64, "height": 64}]
    g.save(T, os.path.join(a.data, "tiny-resize.safetensors"))
    json.dump(dict(g.run_meta(img2img_runs), model="tiny-sd"), open(os.path.join(a.data, "tiny-sd-img2img-resize.json"), "w"),
              indent=1)
    json.dump(dict(g.run_meta(inpaint_runs), model="tiny-sd2-inpaint"),
              open(os.path.join(a.data, "tiny-sd2-inpaint-resize.json"), "w"), indent=1)
    print("keys:", len(T))


if __name__ == "__main__":
    main()
