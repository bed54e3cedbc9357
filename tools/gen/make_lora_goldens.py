# LoRA goldens for the tiny SD 1.x model (build/data/tiny-sd, which ./build/test_sd makes from tests/data/tiny-sd.safetensors): two small random LoRA files, one in
# kohya's format and one in diffusers'/PEFT's, and the images diffusers makes with them: the UNet's
# pairs through load_lora_weights and set_adapters, the text encoder's merged into a copy of it by
# the LoRA formula (see encode_with_te_lora) and given as prompt embeddings (CPU, float32;
# diffusers needs peft for this).
#
#   python3 tools/gen/make_lora_goldens.py --clip CLIP_DIR [--sd1 build/data/tiny-sd] [--out tests/data]
#
# Writes into --out:
#   tiny-lora-kohya.safetensors  lora_unet_* / lora_te_* with .lora_down.weight, .lora_up.weight and .alpha
#                                (alpha = rank / 2): attention projections (self and cross), a feed-forward
#                                output, a 1x1-conv proj_in, a 3x3 resnet conv (LoCon) and text encoder layers
#   tiny-lora-peft.safetensors   unet.* / text_encoder.* with .lora_A.weight and .lora_B.weight (no alpha:
#                                scale 1), on other layers
#   tiny-lora-sd2.safetensors    kohya's format for tests/data/tiny-sd2 (SD 2.x: linear proj_in, v-prediction)
#   tiny-sd-lora.safetensors     lora.{case}.latents / .image_u8 for each case of tiny-sd-lora.json
#   tiny-sd-lora.json            the cases: which files at which weights, prompt, sampler settings
import argparse, copy, json, os, sys

import torch
from safetensors.torch import save_file

sys.path.insert(0, os.path.dirname(__file__))
from make_prompt_goldens import H, W, STEPS, GUIDANCE, SEED, arguments, load_models, make_tokenizer  # noqa: E402

from diffusers import DDIMScheduler, StableDiffusionPipeline  # noqa: E402

PROMPT, NEGATIVE = "a photo of a red house by a lake", "blurry"
RANK = 4
KOHYA = ["down_blocks.0.attentions.0.transformer_blocks.0.attn1.to_q",
         "down_blocks.0.attentions.0.transformer_blocks.0.attn2.to_k",
         "down_blocks.0.attentions.0.transformer_blocks.0.ff.net.2",
         "down_blocks.0.attentions.0.proj_in",
         "down_blocks.0.resnets.0.conv1",
         "mid_block.attentions.0.transformer_blocks.0.attn1.to_out.0",
         "te:text_model.encoder.layers.0.self_attn.q_proj",
         "te:text_model.encoder.layers.1.mlp.fc1"]
PEFT = ["up_blocks.1.attentions.0.transformer_blocks.0.attn2.to_v",
        "up_blocks.1.attentions.0.transformer_blocks.0.ff.net.0.proj",
        "up_blocks.1.resnets.0.conv2",
        "te:text_model.encoder.layers.0.self_attn.out_proj"]
# SD 2.x (tests/data/tiny-sd2: linear proj_in/proj_out, v-prediction, the tokenizer pads with "!")
SD2_KOHYA = ["down_blocks.1.attentions.0.proj_in",
             "down_blocks.1.attentions.0.transformer_blocks.0.attn1.to_k",
             "up_blocks.1.attentions.0.transformer_blocks.0.attn2.to_q",
             "down_blocks.1.resnets.0.conv2",
             "te:text_model.encoder.layers.0.mlp.fc2"]
CASES = [("kohya", [("tiny-lora-kohya.safetensors", 0.8)]),
         ("peft", [("tiny-lora-peft.safetensors", 1.0)]),
         ("both", [("tiny-lora-kohya.safetensors", 0.6), ("tiny-lora-peft.safetensors", -0.7)])]


def module(unet, te, path):
    root, path = (te, path[3:]) if path.startswith("te:") else (unet, path)
    try:
        return root.get_submodule(path)
    except AttributeError:  # transformers 5 has no text_model level; LoRA files keep the name
        return root.get_submodule(path.removeprefix("text_model."))


def pair(m, g):
    """down, up as the layer's shapes want them: conv 3x3 down + 1x1 up for a conv."""
    if isinstance(m, torch.nn.Conv2d):
        k = m.kernel_size[0]
        down = torch.randn(RANK, m.in_channels, k, k, generator=g) / (m.in_channels * k * k) ** 0.5
        up = torch.randn(m.out_channels, RANK, 1, 1, generator=g) * 0.5
    else:
        down = torch.randn(RANK, m.in_features, generator=g) / m.in_features ** 0.5
        up = torch.randn(m.out_features, RANK, generator=g) * 0.5
    return down, up


@torch.no_grad()
def encode_with_te_lora(te, tok, loras):
    """The prompt's and the negative prompt's embeddings from a copy of the text encoder with each
    LoRA's text-encoder pairs merged in: W += weight * scale * up @ down, scale = alpha / rank for
    kohya's files and 1 for PEFT's (the definition of a LoRA; this diffusers with transformers 5
    drops kohya text-encoder keys, so they are not loaded through it)."""
    merged = copy.deepcopy(te)
    for state, weight in loras:
        for n, down in state.items():
            if n.startswith("lora_te_") and n.endswith(".lora_down.weight"):
                base = n[: -len(".lora_down.weight")]
                path = next(p[3:] for p in KOHYA if p.startswith("te:") and "lora_te_" + p[3:].replace(".", "_") == base)
                scale = float(state[base + ".alpha"]) / down.shape[0]
                up = state[base + ".lora_up.weight"]
            elif n.startswith("text_encoder.") and n.endswith(".lora_A.weight"):
                base = n[: -len(".lora_A.weight")]
                path, scale, up = base[len("text_encoder."):], 1.0, state[base + ".lora_B.weight"]
            else:
                continue
            m = module(None, merged, "te:" + path)
            m.weight += weight * scale * (up.flatten(1) @ down.flatten(1))
    ids = lambda text: tok(text, padding="max_length", max_length=77, truncation=True, return_tensors="pt").input_ids
    return merged(ids(PROMPT))[0], merged(ids(NEGATIVE))[0]


def kohya_file(unet, te, paths, g):
    state = {}
    for path in paths:
        down, up = pair(module(unet, te, path), g)
        name = ("lora_te_" + path[3:] if path.startswith("te:") else "lora_unet_" + path).replace(".", "_")
        state[name + ".lora_down.weight"], state[name + ".lora_up.weight"] = down, up
        state[name + ".alpha"] = torch.tensor(RANK / 2)
    return state


@torch.no_grad()
def sd2_case(a, g, T, cases):
    """tiny-lora-sd2.safetensors (kohya) at 0.9 on tests/data/tiny-sd2, DDIM from its own config."""
    folder = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../tests/data/tiny-sd2")
    tok = make_tokenizer(a.clip)
    tok.pad_token = "!"
    unet, vae, te = load_models(folder)
    state = kohya_file(unet, te, SD2_KOHYA, g)
    save_file({k: v.contiguous() for k, v in state.items()}, os.path.join(a.out, "tiny-lora-sd2.safetensors"))
    pipe = StableDiffusionPipeline(vae=vae, text_encoder=te, tokenizer=tok, unet=unet,
                                   scheduler=DDIMScheduler.from_pretrained(folder, subfolder="scheduler"),
                                   safety_checker=None, feature_extractor=None, requires_safety_checker=False)
    pipe.set_progress_bar_config(disable=True)
    pipe.load_lora_weights({n: v for n, v in state.items() if not n.startswith("lora_te_")}, adapter_name="a0")
    pipe.set_adapters(["a0"], adapter_weights=[0.9])
    global KOHYA
    kohya_names, KOHYA = KOHYA, SD2_KOHYA
    cond, uncond = encode_with_te_lora(te, tok, [(state, 0.9)])
    KOHYA = kohya_names
    lat = pipe(prompt_embeds=cond, negative_prompt_embeds=uncond, height=H, width=W, num_inference_steps=STEPS,
               guidance_scale=GUIDANCE, generator=torch.Generator().manual_seed(SEED), output_type="latent").images
    img = vae.decode(lat / vae.config.scaling_factor).sample
    T["lora.sd2.latents"] = lat.contiguous()
    T["lora.sd2.image_u8"] = torch.from_numpy(
        ((img / 2 + 0.5).clamp(0, 1).permute(0, 2, 3, 1).numpy() * 255).round().astype("uint8"))
    cases.append({"key": "lora.sd2", "model": "tiny-sd2", "loras": [{"file": "tiny-lora-sd2.safetensors", "weight": 0.9}]})


def main():
    a = arguments()
    tok = make_tokenizer(a.clip)
    unet, vae, te = load_models(a.sd1)
    g = torch.Generator().manual_seed(11)
    kohya, peft = kohya_file(unet, te, KOHYA, g), {}
    for path in PEFT:
        down, up = pair(module(unet, te, path), g)
        name = "text_encoder." + path[3:] if path.startswith("te:") else "unet." + path
        peft[name + ".lora_A.weight"], peft[name + ".lora_B.weight"] = down, up
    save_file({k: v.contiguous() for k, v in kohya.items()}, os.path.join(a.out, "tiny-lora-kohya.safetensors"))
    save_file({k: v.contiguous() for k, v in peft.items()}, os.path.join(a.out, "tiny-lora-peft.safetensors"))
    T, cases = {}, []
    by_file = {"tiny-lora-kohya.safetensors": kohya, "tiny-lora-peft.safetensors": peft}
    for name, files in CASES:
        pipe = StableDiffusionPipeline(vae=vae, text_encoder=te, tokenizer=tok, unet=unet,
                                       scheduler=DDIMScheduler.from_pretrained(a.sd1, subfolder="scheduler"),
                                       safety_checker=None, feature_extractor=None, requires_safety_checker=False)
        pipe.set_progress_bar_config(disable=True)
        names = []
        for k, (file, weight) in enumerate(files):
            unet_part = {n: v for n, v in by_file[file].items() if not n.startswith(("lora_te_", "text_encoder."))}
            pipe.load_lora_weights(unet_part, adapter_name=f"a{k}")
            names.append(f"a{k}")
        pipe.set_adapters(names, adapter_weights=[w for _, w in files])
        cond, uncond = encode_with_te_lora(te, tok, [(by_file[f], w) for f, w in files])
        lat = pipe(prompt_embeds=cond, negative_prompt_embeds=uncond, height=H, width=W, num_inference_steps=STEPS,
                   guidance_scale=GUIDANCE, generator=torch.Generator().manual_seed(SEED), output_type="latent").images
        with torch.no_grad():
            img = vae.decode(lat / vae.config.scaling_factor).sample
        T[f"lora.{name}.latents"] = lat.contiguous()
        T[f"lora.{name}.image_u8"] = torch.from_numpy(
            ((img / 2 + 0.5).clamp(0, 1).permute(0, 2, 3, 1).numpy() * 255).round().astype("uint8"))
        pipe.unload_lora_weights()
        cases.append({"key": f"lora.{name}", "loras": [{"file": f, "weight": w} for f, w in files]})
        print(name, file=sys.stderr)
    sd2_case(a, g, T, cases)
    save_file({k: v.contiguous() for k, v in T.items()}, os.path.join(a.out, "tiny-sd-lora.safetensors"))
    json.dump({"prompt": PROMPT, "negative_prompt": NEGATIVE, "sampler": "ddim", "steps": STEPS,
               "guidance_scale": GUIDANCE, "seed": SEED, "height": H, "width": W, "cases": cases},
              open(os.path.join(a.out, "tiny-sd-lora.json"), "w"), indent=1)


if __name__ == "__main__":
    main()
