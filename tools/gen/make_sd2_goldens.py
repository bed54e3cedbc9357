# Makes the SD 2.x-style test model and its diffusers goldens, plus img2img goldens for the SD 1.x
# tiny model, for sd_single.h's tests. Runs on the CPU in float32 with torch, diffusers and
# transformers; every output is diffusers' own.
#
#   python3 tools/gen/make_sd2_goldens.py --clip CLIP_DIR --sd1 TINY_SD_DIR --sd1-golden GOLDEN
#          [--out tests/data]
# CLIP_DIR holds CLIP's vocab.json and merges.txt; TINY_SD_DIR and GOLDEN are the tiny SD 1.x model
# and its diffusers goldens (build/data/tiny-sd, made by ./build/test_sd, and tests/data/golden.safetensors are copies).
#
# Writes into --out:
#   tiny-sd2/                      diffusers folder (model_index.json, unet/, vae/, text_encoder/,
#                                  scheduler/scheduler_config.json, tokenizer/ configs only), fp16.
#   tiny-sd2-golden.safetensors    goldens for tiny-sd2 (keys below).
#   tiny-sd2-pipeline.json         the txt2img and img2img runs in that file.
#   tiny-sd-img2img.safetensors    img2img goldens for the SD 1.x tiny model (--sd1).
#   tiny-sd-img2img.json           its runs.
#
# tiny-sd2 is an SD 2.x (768-v) architecture at toy size: UNet block_out_channels [16, 16, 32, 32]
# with use_linear_projection, per-level attention_head_dim [2, 4, 4, 4] (diffusers reads these as
# head COUNTS, as for the real SD 2.x configs, so head dims are 8, 4, 8, 8), upcast_attention,
# layers_per_block 1, norm_num_groups 8, cross_attention_dim 16; VAE block_out_channels
# [8, 8, 16, 16], norm_num_groups 4, layers_per_block 1; CLIP text encoder hidden 16, 2 layers,
# 2 heads, intermediate 32, hidden_act "gelu", vocab 49408; v_prediction. (Sizes are what keeps
# the model + goldens under 3 MB: the 49408x16 fp16 token embedding alone is 1.6 MB.) The scheduler config is SD 2.x's: a DDIMScheduler config
# (SD 1.5's betas, steps_offset 1, ...) with prediction_type "v_prediction". Like SD 2.x, the
# tokenizer pads with "!" (id 0), not with <|endoftext|>: see tokenizer/tokenizer_config.json.
# Weights are random, rounded to fp16 (the files hold them exactly); goldens are computed in
# float32 from those values.
#
# Schedulers for the runs are made as the reference script does:
#   cls.from_config(dict(SD15_SCHED, prediction_type=..., **sampler_extra))
# so model-level keys (betas, prediction_type, steps_offset, ...) are the model's and
# sampler-specific keys (timestep_spacing, ...) are the sampler class's defaults unless the
# sampler's class is the one named in scheduler_config.json (here DDIM: "leading" either way).
#
# img2img (StableDiffusionImg2ImgPipeline): the init image (img2img.init_u8, uint8 [1,64,64,3])
# is given as a PIL image; the pipeline maps it to [-1,1] (u8/255*2-1), encodes it with the VAE
# and takes retrieve_latents(..., sample_mode="sample"), i.e. latent_dist.SAMPLE: mean + std * n
# with n drawn from the generator FIRST, then multiplies by scaling_factor, then draws the noise
# (second draw from the same generator) and calls scheduler.add_noise at the first kept timestep.
# With strength s and N steps it keeps the last int(N*s) of the N scheduled timesteps
# (set_begin_index(N - int(N*s))). img2img.{sampler}.{N}.seed.start_latents is that noised
# starting point (what prepare_latents returned); .latents / .image_u8 are the results.
#
# Golden keys (float32 unless noted; tiny-sd2-golden.safetensors):
#   te.ids (int32 [3,77]), te.last, te.penult_ln         prompts TE_PROMPTS
#   unet.x, unet.ctx (= te.last[:2]), unet.out.t981|t500|t1
#   vae.z, vae.decoded (= decode(z / scaling_factor)), vae.enc_in, vae.enc_mean, vae.enc_std
#   pipe.latents_in, pipe.{sampler}.{steps}.{latents|seed}.latents / .image_u8 (uint8 [1,64,64,3])
#   img2img.init_u8, img2img.{sampler}.{steps}.seed.start_latents / .latents / .image_u8
# tiny-sd-img2img.safetensors holds the img2img.* keys only.
import argparse, json, math, os, shutil, sys, tempfile

import numpy as np
import torch
from PIL import Image
from safetensors.torch import load_file, save_file

import diffusers
import transformers
from diffusers import (AutoencoderKL, DDIMScheduler, DPMSolverMultistepScheduler,
                       EulerAncestralDiscreteScheduler, EulerDiscreteScheduler,
                       StableDiffusionImg2ImgPipeline, StableDiffusionPipeline, UNet2DConditionModel)
from transformers import CLIPTextConfig, CLIPTextModel, CLIPTokenizer

# SD 1.5's configs, as in the reference script (diffusers_reference.py).
SD15_UNET = dict(act_fn="silu", attention_head_dim=8, block_out_channels=[320, 640, 1280, 1280],
                 center_input_sample=False, cross_attention_dim=768,
                 down_block_types=["CrossAttnDownBlock2D"] * 3 + ["DownBlock2D"], downsample_padding=1,
                 flip_sin_to_cos=True, freq_shift=0, in_channels=4, layers_per_block=2,
                 mid_block_scale_factor=1, norm_eps=1e-5, norm_num_groups=32, out_channels=4,
                 sample_size=64, up_block_types=["UpBlock2D"] + ["CrossAttnUpBlock2D"] * 3)
SD15_VAE = dict(act_fn="silu", block_out_channels=[128, 256, 512, 512],
                down_block_types=["DownEncoderBlock2D"] * 4, in_channels=3, latent_channels=4,
                layers_per_block=2, norm_num_groups=32, out_channels=3, sample_size=512,
                up_block_types=["UpDecoderBlock2D"] * 4)
SD15_TE = dict(vocab_size=49408, hidden_size=768, intermediate_size=3072, num_attention_heads=12,
               num_hidden_layers=12, max_position_embeddings=77, hidden_act="quick_gelu",
               layer_norm_eps=1e-5, projection_dim=768, bos_token_id=0, eos_token_id=2, pad_token_id=1)
SD15_SCHED = dict(beta_end=0.012, beta_schedule="scaled_linear", beta_start=0.00085, clip_sample=False,
                  num_train_timesteps=1000, set_alpha_to_one=False, skip_prk_steps=True, steps_offset=1,
                  trained_betas=None)
SD2_SCHED = dict(SD15_SCHED, prediction_type="v_prediction")

TINY_SD2_UNET = dict(SD15_UNET, block_out_channels=[16, 16, 32, 32], attention_head_dim=[2, 4, 4, 4],
                     use_linear_projection=True, upcast_attention=True, cross_attention_dim=16,
                     norm_num_groups=8, layers_per_block=1, sample_size=8)
TINY_SD2_VAE = dict(SD15_VAE, block_out_channels=[8, 8, 16, 16], norm_num_groups=4, layers_per_block=1,
                    sample_size=64)
TINY_SD2_TE = dict(SD15_TE, hidden_size=16, intermediate_size=32, num_attention_heads=2, num_hidden_layers=2,
                   projection_dim=16, hidden_act="gelu")
SD2_SEED = 2

SCHEDS = {"ddim": (DDIMScheduler, {}), "euler": (EulerDiscreteScheduler, {}),
          "euler_a": (EulerAncestralDiscreteScheduler, {}), "dpmpp_2m": (DPMSolverMultistepScheduler, {})}
PROMPT = "a photo of an astronaut riding a horse on mars"
NEGATIVE = "blurry"
GUIDANCE = 7.5
H = W = 64
PIPE_SEED = 42
# prompts[0], "" and prompts[5] of the reference's tokens.json, as for te.* in golden.safetensors
TE_PROMPTS = [PROMPT, "", "it's a dog's life, isn't it? we're here; they've gone. I'm sure you'll see, he'd say"]
TXT2IMG_RUNS = [("ddim", 20), ("euler", 20), ("euler_a", 20), ("dpmpp_2m", 20)]
IMG2IMG_RUNS = [("ddim", 20), ("euler_a", 20)]
IMG2IMG_STRENGTH = 0.6


def sched(name, cfg):
    cls, extra = SCHEDS[name]
    return cls.from_config(dict(cfg, **extra))


def randomize(model, seed):  # as the reference: fp16-exact random weights
    g = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for name, p in model.named_parameters():
            if p.ndim == 1 and name.endswith("weight"):
                p.copy_(1 + 0.2 * torch.randn(p.shape, generator=g))
            elif p.ndim == 1:
                p.copy_(0.1 * torch.randn(p.shape, generator=g))
            else:
                p.copy_(torch.randn(p.shape, generator=g) / math.sqrt(p[0].numel()))
            p.copy_(p.half().float())
    return model


def make_tokenizer(clip_dir, pad_token):
    d = tempfile.mkdtemp()
    for f in ("vocab.json", "merges.txt"):
        shutil.copy(os.path.join(clip_dir, f), d)
    special = {"bos_token": "<|startoftext|>", "eos_token": "<|endoftext|>", "pad_token": pad_token,
               "unk_token": "<|endoftext|>"}
    json.dump(dict(special, add_prefix_space=False, do_lower_case=True, errors="replace", model_max_length=77,
                   tokenizer_class="CLIPTokenizer"), open(os.path.join(d, "tokenizer_config.json"), "w"))
    json.dump(special, open(os.path.join(d, "special_tokens_map.json"), "w"))
    tok = CLIPTokenizer.from_pretrained(d)
    shutil.rmtree(d)
    return tok


def to_uint8(img):  # [B,3,H,W] in [-1,1] -> [B,H,W,3] uint8, as diffusers' numpy_to_pil
    x = (img / 2 + 0.5).clamp(0, 1).permute(0, 2, 3, 1).float().numpy()
    return torch.from_numpy((x * 255).round().astype("uint8"))


def init_image_u8():  # deterministic 64x64 RGB test picture: smooth gradients, a disc, a bar
    y, x = np.mgrid[0:H, 0:W].astype(np.float64)
    r = 128 + 100 * np.sin(x / 7.0) * np.cos(y / 11.0)
    g = 40 + 3 * y
    b = np.where((x - 40) ** 2 + (y - 24) ** 2 < 144, 230.0, 60 + 2 * x)
    r = np.where((y > 44) & (y < 52), 20.0, r)
    return np.clip(np.round(np.stack([r, g, b], -1)), 0, 255).astype(np.uint8)[None]


def decode_u8(vae, lat):
    return to_uint8(vae.decode(lat / vae.config.scaling_factor).sample)


def txt2img(pipe, name, steps, mode, sched_cfg, latents_in):
    pipe.scheduler = sched(name, sched_cfg)
    kw = dict(latents=latents_in.clone()) if mode == "latents" else {}
    return pipe(PROMPT, negative_prompt=NEGATIVE, height=H, width=W, num_inference_steps=steps,
                guidance_scale=GUIDANCE, generator=torch.Generator().manual_seed(PIPE_SEED),
                output_type="latent", **kw).images


def img2img_goldens(unet, vae, te, tok, sched_cfg):
    """img2img.* tensors and the json run list for one model."""
    pipe = StableDiffusionImg2ImgPipeline(vae=vae, text_encoder=te, tokenizer=tok, unet=unet,
                                          scheduler=sched("ddim", sched_cfg), safety_checker=None,
                                          feature_extractor=None, requires_safety_checker=False)
    pipe.set_progress_bar_config(disable=True)
    init_u8 = init_image_u8()
    started = []
    prepare = pipe.prepare_latents

    def record_start(*a, **k):
        out = prepare(*a, **k)
        started.append(out.clone())
        return out

    pipe.prepare_latents = record_start
    T = {"img2img.init_u8": torch.from_numpy(init_u8)}
    runs = []
    for name, steps in IMG2IMG_RUNS:
        pipe.scheduler = sched(name, sched_cfg)
        started.clear()
        lat = pipe(PROMPT, image=Image.fromarray(init_u8[0]), strength=IMG2IMG_STRENGTH,
                   negative_prompt=NEGATIVE, num_inference_steps=steps, guidance_scale=GUIDANCE,
                   generator=torch.Generator().manual_seed(PIPE_SEED), output_type="latent").images
        key = f"img2img.{name}.{steps}.seed"
        T[key + ".start_latents"] = started[0]
        T[key + ".latents"] = lat
        T[key + ".image_u8"] = decode_u8(vae, lat)
        runs.append({"key": key, "pipeline": "img2img", "scheduler": name, "steps": steps, "mode": "seed",
                     "seed": PIPE_SEED, "strength": IMG2IMG_STRENGTH, "init_image": "img2img.init_u8"})
    return T, runs


def run_meta(runs):
    return {"prompt": PROMPT, "negative_prompt": NEGATIVE, "guidance_scale": GUIDANCE, "height": H, "width": W,
            "runs": runs}


def save(T, path):
    save_file({k: v.detach().clone().contiguous() for k, v in T.items()}, path)


def load_sd1(folder):
    unet = UNet2DConditionModel.from_pretrained(folder, subfolder="unet", torch_dtype=torch.float32).eval()
    vae = AutoencoderKL.from_pretrained(folder, subfolder="vae", torch_dtype=torch.float32).eval()
    te = CLIPTextModel.from_pretrained(folder, subfolder="text_encoder", torch_dtype=torch.float32).eval()
    return unet, vae, te


def check_sd1_reproduces(unet, vae, te, tok, golden_path):
    """Our environment against the reference's: rerun two SD 1.x golden pipeline runs."""
    ref = load_file(golden_path)
    pipe = StableDiffusionPipeline(vae=vae, text_encoder=te, tokenizer=tok, unet=unet,
                                   scheduler=sched("ddim", SD15_SCHED), safety_checker=None,
                                   feature_extractor=None, requires_safety_checker=False)
    pipe.set_progress_bar_config(disable=True)
    report = {}
    for name, steps, mode in (("ddim", 50, "seed"), ("euler_a", 20, "seed"), ("dpmpp_2m", 20, "latents")):
        lat = txt2img(pipe, name, steps, mode, SD15_SCHED, ref["pipe.latents_in"])
        key = f"pipe.{name}.{steps}.{mode}"
        u8 = decode_u8(vae, lat)
        report[key] = {"latents_max_abs_diff": float((lat - ref[key + ".latents"]).abs().max()),
                       "image_u8_max_diff": int((u8.int() - ref[key + ".image_u8"].int()).abs().max())}
    return report


def sd2_goldens(out, tok):
    torch.manual_seed(SD2_SEED)
    unet = randomize(UNet2DConditionModel(**TINY_SD2_UNET), SD2_SEED + 1).eval()
    vae = randomize(AutoencoderKL(**TINY_SD2_VAE), SD2_SEED + 2).eval()
    te = randomize(CLIPTextModel(CLIPTextConfig(**TINY_SD2_TE)), SD2_SEED + 3).eval()
    pipe = StableDiffusionPipeline(vae=vae, text_encoder=te, tokenizer=tok, unet=unet,
                                   scheduler=sched("ddim", SD2_SCHED), safety_checker=None,
                                   feature_extractor=None, requires_safety_checker=False)
    pipe.set_progress_bar_config(disable=True)
    mdir = os.path.join(out, "tiny-sd2")
    shutil.rmtree(mdir, ignore_errors=True)
    for m in (unet, vae, te):
        m.half()
    pipe.save_pretrained(mdir, safe_serialization=True)
    for m in (unet, vae, te):
        m.float()
    tdir = os.path.join(mdir, "tokenizer")  # the vocabulary is the real CLIP BPE; keep only configs
    for f in os.listdir(tdir):
        if f not in ("tokenizer_config.json", "special_tokens_map.json"):
            os.remove(os.path.join(tdir, f))

    T = {}
    with torch.no_grad():
        ids = torch.tensor(tok(TE_PROMPTS, padding="max_length", max_length=77, truncation=True)["input_ids"])
        o = te(ids, output_hidden_states=True)
        T["te.ids"] = ids.to(torch.int32)
        T["te.last"] = o.last_hidden_state
        final_ln = [m for n, m in te.named_modules() if n.endswith("final_layer_norm")][0]
        T["te.penult_ln"] = final_ln(o.hidden_states[-2])
        g = torch.Generator().manual_seed(SD2_SEED + 10)
        x = torch.randn(2, 4, H // 8, W // 8, generator=g)
        ctx = o.last_hidden_state[:2]
        T["unet.x"] = x
        T["unet.ctx"] = ctx
        for t in (981, 500, 1):
            T[f"unet.out.t{t}"] = unet(x, torch.tensor(t), encoder_hidden_states=ctx).sample
        z = torch.randn(1, 4, H // 8, W // 8, generator=g)
        T["vae.z"] = z
        T["vae.decoded"] = vae.decode(z / vae.config.scaling_factor).sample
        img = torch.rand(1, 3, H, W, generator=g) * 2 - 1
        T["vae.enc_in"] = img
        post = vae.encode(img).latent_dist
        T["vae.enc_mean"] = post.mean
        T["vae.enc_std"] = post.std
        lat0 = torch.randn(1, 4, H // 8, W // 8, generator=torch.Generator().manual_seed(1234))
        T["pipe.latents_in"] = lat0
        runs = []
        for name, steps in TXT2IMG_RUNS:
            for mode in ("latents", "seed"):
                lat = txt2img(pipe, name, steps, mode, SD2_SCHED, lat0)
                key = f"pipe.{name}.{steps}.{mode}"
                T[key + ".latents"] = lat
                T[key + ".image_u8"] = decode_u8(vae, lat)
                runs.append({"key": key, "pipeline": "txt2img", "scheduler": name, "steps": steps, "mode": mode,
                             "seed": PIPE_SEED if mode == "seed" else None})
        I, iruns = img2img_goldens(unet, vae, te, tok, SD2_SCHED)
    T.update(I)
    save(T, os.path.join(out, "tiny-sd2-golden.safetensors"))
    meta = run_meta(runs + iruns)
    meta.update(model="tiny-sd2", scheduler_config=SD2_SCHED, scheduler_config_class="DDIMScheduler")
    json.dump(meta, open(os.path.join(out, "tiny-sd2-pipeline.json"), "w"), indent=1)
    return T


def main():
    ap = argparse.ArgumentParser(description="tiny SD 2.x model + diffusers goldens; SD 1.x img2img goldens")
    ap.add_argument("--out", default="tests/data")
    ap.add_argument("--clip", required=True, help="folder with CLIP's vocab.json and merges.txt")
    ap.add_argument("--sd1", required=True, help="the tiny SD 1.x diffusers folder (build/data/tiny-sd, which ./build/test_sd makes)")
    ap.add_argument("--sd1-golden", required=True, help="its goldens (a copy: tests/data/golden.safetensors)")
    a = ap.parse_args()
    torch.set_num_threads(max(1, os.cpu_count() or 1))
    os.makedirs(a.out, exist_ok=True)
    print("versions:", {"torch": torch.__version__, "diffusers": diffusers.__version__,
                        "transformers": transformers.__version__})

    sd1_tok = make_tokenizer(a.clip, "<|endoftext|>")
    unet, vae, te = load_sd1(a.sd1)
    with torch.no_grad():
        print("SD1 reproduction of the reference goldens:",
              json.dumps(check_sd1_reproduces(unet, vae, te, sd1_tok, a.sd1_golden), indent=1))
        I, iruns = img2img_goldens(unet, vae, te, sd1_tok, SD15_SCHED)
    save(I, os.path.join(a.out, "tiny-sd-img2img.safetensors"))
    json.dump(dict(run_meta(iruns), model="tiny-sd"), open(os.path.join(a.out, "tiny-sd-img2img.json"), "w"),
              indent=1)

    T = sd2_goldens(a.out, make_tokenizer(a.clip, "!"))
    print("tiny-sd2 golden keys:", len(T))


if __name__ == "__main__":
    main()
