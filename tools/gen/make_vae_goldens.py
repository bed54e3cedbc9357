# Goldens for a VAE of its own (sd_desc.vae_path, --vae) for sd_single.h's tests: a tiny random
# AutoencoderKL of tiny-sd2's configuration, saved as a diffusers folder and as an original-layout
# (LDM) single file, and diffusers' pipelines on tiny-sd2 with it in place of tiny-sd2's VAE.
# CPU, float32.
#
#   python3 tools/gen/make_vae_goldens.py --clip CLIP_DIR [--data tests/data]
# --data holds tiny-sd2 (make_sd2_goldens.py) and receives:
#   tiny-vae/                    config.json + diffusion_pytorch_model.safetensors (fp16-exact weights)
#   tiny-vae-ldm.safetensors     the same weights under the original names, without a prefix, as
#                                vae-ft-mse-840000-ema-pruned.safetensors has them (mid-block
#                                attention weights as 1x1 convs [C, C, 1, 1])
#   tiny-vae-ldm.json            its sidecar: {"vae": {"norm_num_groups": 4}}, which shapes cannot tell
#   tiny-vae.safetensors         goldens: vae.{ddim}.20.seed (txt2img) and vae.img2img.euler_a.20.seed
#                                (img2img: the encoder too), .latents and .image_u8
#   tiny-sd2-vae.json            the runs (model tiny-sd2, vae tiny-vae); tiny-sd2-vae-ldm.json the same
#                                with vae tiny-vae-ldm.safetensors
import argparse, json, os, sys

import torch
from PIL import Image
from safetensors.torch import save_file

import diffusers
from diffusers import (AutoencoderKL, StableDiffusionImg2ImgPipeline, StableDiffusionPipeline, UNet2DConditionModel)
from transformers import CLIPTextModel

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_sd2_goldens as g  # noqa: E402

VAE_SEED = 11


def ldm_name(name, levels):
    """diffusers' AutoencoderKL tensor name -> the original layout's (the inverse of diffusers'
    convert_ldm_vae_checkpoint)."""
    resnet = {"conv_shortcut": "nin_shortcut"}
    attention = {"group_norm": "norm", "to_q": "q", "to_k": "k", "to_v": "v", "to_out.0": "proj_out"}
    parts = name.split(".")
    side = parts[0]
    if side in ("quant_conv", "post_quant_conv"):
        return name
    rest = ".".join(parts[1:])
    if rest.startswith("conv_norm_out."):
        return f"{side}.norm_out.{rest[len('conv_norm_out.'):]}"
    if rest.startswith(("conv_in.", "conv_out.")):
        return name
    if rest.startswith("mid_block.resnets."):
        i = int(parts[3])
        tail = ".".join(parts[4:])
        layer, leaf = tail.rsplit(".", 1)
        return f"{side}.mid.block_{i + 1}.{resnet.get(layer, layer)}.{leaf}"
    if rest.startswith("mid_block.attentions.0."):
        tail = rest[len("mid_block.attentions.0."):]
        layer, leaf = tail.rsplit(".", 1)
        return f"{side}.mid.attn_1.{attention[layer]}.{leaf}"
    if side == "encoder" and rest.startswith("down_blocks."):
        i = int(parts[2])
        if parts[3] == "downsamplers":
            return f"encoder.down.{i}.downsample.conv.{parts[-1]}"
        j = int(parts[4])
        layer, leaf = ".".join(parts[5:]).rsplit(".", 1)
        return f"encoder.down.{i}.block.{j}.{resnet.get(layer, layer)}.{leaf}"
    if side == "decoder" and rest.startswith("up_blocks."):
        i = levels - 1 - int(parts[2])
        if parts[3] == "upsamplers":
            return f"decoder.up.{i}.upsample.conv.{parts[-1]}"
        j = int(parts[4])
        layer, leaf = ".".join(parts[5:]).rsplit(".", 1)
        return f"decoder.up.{i}.block.{j}.{resnet.get(layer, layer)}.{leaf}"
    raise ValueError(name)


def main():
    ap = argparse.ArgumentParser(description="separate-VAE goldens")
    ap.add_argument("--data", default="tests/data")
    ap.add_argument("--clip", required=True)
    a = ap.parse_args()
    print("versions:", {"torch": torch.__version__, "diffusers": diffusers.__version__})
    torch.manual_seed(VAE_SEED)
    vae = g.randomize(AutoencoderKL(**g.TINY_SD2_VAE), VAE_SEED + 1).eval()
    folder = os.path.join(a.data, "tiny-vae")
    vae.half().save_pretrained(folder)
    vae.float()
    levels = len(vae.config.block_out_channels)
    ldm = {}
    for name, t in vae.state_dict().items():
        t = t.detach().half().contiguous()
        if ".mid_block.attentions.0." in name and name.endswith("weight") and t.ndim == 2:
            t = t[:, :, None, None].contiguous()
        ldm[ldm_name(name, levels)] = t
    save_file(ldm, os.path.join(a.data, "tiny-vae-ldm.safetensors"))
    # what the shapes cannot tell, as a checkpoint's sidecar says it
    json.dump({"vae": {"norm_num_groups": vae.config.norm_num_groups}}, open(os.path.join(a.data, "tiny-vae-ldm.json"), "w"))

    sd2 = os.path.join(a.data, "tiny-sd2")
    unet = UNet2DConditionModel.from_pretrained(sd2, subfolder="unet", torch_dtype=torch.float32).eval()
    te = CLIPTextModel.from_pretrained(sd2, subfolder="text_encoder", torch_dtype=torch.float32).eval()
    tok = g.make_tokenizer(a.clip, "!")
    T, runs = {}, []
    with torch.no_grad():
        pipe = StableDiffusionPipeline(vae=vae, text_encoder=te, tokenizer=tok, unet=unet, scheduler=g.sched("ddim", g.SD2_SCHED),
                                       safety_checker=None, feature_extractor=None, requires_safety_checker=False)
        pipe.set_progress_bar_config(disable=True)
        lat = g.txt2img(pipe, "ddim", 20, "seed", g.SD2_SCHED, None)
        T["vae.ddim.20.seed.latents"] = lat
        T["vae.ddim.20.seed.image_u8"] = g.decode_u8(vae, lat)
        runs.append({"key": "vae.ddim.20.seed", "pipeline": "txt2img", "scheduler": "ddim", "steps": 20, "mode": "seed",
                     "seed": g.PIPE_SEED})
        pipe = StableDiffusionImg2ImgPipeline(vae=vae, text_encoder=te, tokenizer=tok, unet=unet,
                                              scheduler=g.sched("euler_a", g.SD2_SCHED), safety_checker=None,
                                              feature_extractor=None, requires_safety_checker=False)
        pipe.set_progress_bar_config(disable=True)
        init = g.init_image_u8()
        lat = pipe(g.PROMPT, image=Image.fromarray(init[0]), strength=g.IMG2IMG_STRENGTH, negative_prompt=g.NEGATIVE,
                   num_inference_steps=20, guidance_scale=g.GUIDANCE, generator=torch.Generator().manual_seed(g.PIPE_SEED),
                   output_type="latent").images
        T["vae.init_u8"] = torch.from_numpy(init)
        T["vae.img2img.euler_a.20.seed.latents"] = lat
        T["vae.img2img.euler_a.20.seed.image_u8"] = g.decode_u8(vae, lat)
        runs.append({"key": "vae.img2img.euler_a.20.seed", "pipeline": "img2img", "scheduler": "euler_a", "steps": 20,
                     "mode": "seed", "seed": g.PIPE_SEED, "strength": g.IMG2IMG_STRENGTH, "init_image": "vae.init_u8"})
    g.save(T, os.path.join(a.data, "tiny-vae.safetensors"))
    for name, vae_path in (("tiny-sd2-vae.json", "tiny-vae"), ("tiny-sd2-vae-ldm.json", "tiny-vae-ldm.safetensors")):
        json.dump(dict(g.run_meta(runs), model="tiny-sd2", vae=vae_path), open(os.path.join(a.data, name), "w"), indent=1)
    print("keys:", len(T), "ldm tensors:", len(ldm))


if __name__ == "__main__":
    main()
