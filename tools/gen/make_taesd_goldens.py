# Goldens for TAESD (diffusers' AutoencoderTiny) previews and final decodes, for sd_single.h's
# tests: a tiny random AutoencoderTiny saved as diffusers writes it and as the original
# taesd_decoder.safetensors names its decoder, its decode of fixed latents, and diffusers'
# pipeline on the tiny SD 1.x model with it as the VAE. CPU, float32.
#
#   python3 tools/gen/make_taesd_goldens.py --clip CLIP_DIR [--sd1 build/data/tiny-sd] [--data tests/data]
# Writes into --data:
#   tiny-taesd/                      config.json + diffusion_pytorch_model.safetensors (fp16-exact)
#   tiny-taesd-decoder.safetensors   its decoder under the original names: layer i of diffusers'
#                                    decoder.layers is "i+1" (the original's layer 0 is its clamp)
#   tiny-taesd.safetensors           goldens: taesd.latents (float32 [1,4,8,8], golden.safetensors'
#                                    pipe.ddim.50.seed.latents) and taesd.decode.image_u8 (AutoencoderTiny
#                                    .decode of them, as diffusers' postprocess makes it uint8);
#                                    vae_tiny.ddim.20.seed.latents / .image_u8 (StableDiffusionPipeline
#                                    with the AutoencoderTiny as its vae)
#   tiny-sd-vae-tiny.json            that run (model tiny-sd, taesd tiny-taesd)
import argparse, json, os, sys

import torch
from safetensors.torch import load_file, save_file

import diffusers
from diffusers import AutoencoderTiny, StableDiffusionPipeline

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_sd2_goldens as g  # noqa: E402

TAESD_SEED = 21
TINY_TAESD = dict(encoder_block_out_channels=(8, 8, 8, 8), decoder_block_out_channels=(8, 8, 8, 8),
                  num_encoder_blocks=(1, 1, 1, 1), num_decoder_blocks=(2, 1, 1, 1))


def main():
    ap = argparse.ArgumentParser(description="TAESD goldens")
    ap.add_argument("--data", default="tests/data")
    ap.add_argument("--sd1", default="build/data/tiny-sd")
    ap.add_argument("--clip", required=True)
    a = ap.parse_args()
    print("versions:", {"torch": torch.__version__, "diffusers": diffusers.__version__})
    torch.manual_seed(TAESD_SEED)
    taesd = g.randomize(AutoencoderTiny(**TINY_TAESD), TAESD_SEED + 1).eval()
    folder = os.path.join(a.data, "tiny-taesd")
    taesd.half().save_pretrained(folder)
    taesd.float()
    original = {}
    for name, t in taesd.state_dict().items():
        if name.startswith("decoder.layers."):
            index, rest = name[len("decoder.layers."):].split(".", 1)
            original[f"{int(index) + 1}.{rest}"] = t.detach().half().contiguous()
    save_file(original, os.path.join(a.data, "tiny-taesd-decoder.safetensors"))

    T = {}
    with torch.no_grad():
        latents = load_file(os.path.join(a.data, "golden.safetensors"))["pipe.ddim.50.seed.latents"].float()
        T["taesd.latents"] = latents
        T["taesd.decode.image_u8"] = g.to_uint8(taesd.decode(latents).sample)
        unet, _, te = g.load_sd1(a.sd1)
        pipe = StableDiffusionPipeline(vae=taesd, text_encoder=te, tokenizer=g.make_tokenizer(a.clip, "<|endoftext|>"), unet=unet,
                                       scheduler=g.sched("ddim", g.SD15_SCHED), safety_checker=None, feature_extractor=None,
                                       requires_safety_checker=False)
        pipe.set_progress_bar_config(disable=True)
        lat = g.txt2img(pipe, "ddim", 20, "seed", g.SD15_SCHED, None)
        T["vae_tiny.ddim.20.seed.latents"] = lat
        T["vae_tiny.ddim.20.seed.image_u8"] = g.to_uint8(taesd.decode(lat / taesd.config.scaling_factor).sample)
    runs = [{"key": "vae_tiny.ddim.20.seed", "pipeline": "txt2img", "scheduler": "ddim", "steps": 20, "mode": "seed",
             "seed": g.PIPE_SEED}]
    g.save(T, os.path.join(a.data, "tiny-taesd.safetensors"))
    json.dump(dict(g.run_meta(runs), model="tiny-sd", taesd="tiny-taesd"), open(os.path.join(a.data, "tiny-sd-vae-tiny.json"), "w"),
              indent=1)
    print("keys:", len(T), "original decoder tensors:", len(original))


if __name__ == "__main__":
    main()
