# Goldens of the samplers added by issue 16 item 5 (Euler Karras, LMS Karras, Heun, Heun Karras,
# DPM++ 2M SDE, DPM++ 2M SDE Karras, LCM, UniPC), for sd_single.h's tests; every value is
# diffusers' own, on the CPU in float32.
#
#   python3 tools/gen/make_sampler_goldens.py --clip CLIP_DIR [--sd1 build/data/tiny-sd] [--out tests/data]
# CLIP_DIR holds CLIP's vocab.json and merges.txt; --sd1 is the tiny SD 1.x diffusers folder, which
# ./build/test_sd makes from tests/data/tiny-sd.safetensors. diffusers' LMSDiscreteScheduler needs
# scipy (pip install scipy).
#
# Each sampler's scheduler is its diffusers class from_config of SD 1.5's scheduler config
# (make_sd2_goldens.SD15_SCHED) plus the options in SAMPLERS, as sd_single.h configures it from
# that config; a case may add options of its own (case_options).
#
# Writes into --out:
#   samplers.safetensors, float32 unless noted:
#     sched.{sampler}.{steps}.timesteps / .sigmas (absent where the class has none) /
#       .init_noise_sigma ([1])                       for steps in SCHEDULE_STEPS
#     step.{sampler}.{case}                            [20]: the sample after every step of a run
#       on 20 elements with a synthetic model (below), for the cases of STEP_CASES; case is
#       "{steps}.{prediction}" or "{steps}.{prediction}.s{strength*100}" for img2img
#     step.{sampler}.20.epsilon.{variant}              20 steps with the options of VARIANTS
#     sched.unipc.20.karras.*                          UniPC's schedule with use_karras_sigmas
#     step.{sampler}.1000.epsilon.float64              the 1000-step run with the scheduler's tables
#       and the sample in float64 (all but LCM): over 1000 steps diffusers' float32 rounding
#       drifts, up to 1.3e-4 for UniPC (its coefficients cancel in float32 for small steps), and
#       this run is the formulas without it
#     pipe.{sampler}.20.seed.latents / .image_u8 (uint8 [1,64,64,3]): txt2img on the tiny SD 1.x
#       model at 64x64, seed 42, make_sd2_goldens' prompt, negative prompt and guidance
#     img2img.init_u8 (uint8 [1,64,64,3]), img2img.{sampler}.20.seed.latents / .image_u8 /
#       .start_latents: img2img at strength 0.6 as make_sd2_goldens' img2img_goldens
#   tiny-sd-samplers.json: the pipeline runs (sd_golden_suite's format).
#
# The synthetic run (as tests/test_sched.c documents for the older samplers):
#   s.set_timesteps(steps); g = torch.Generator().manual_seed(7)
#   x = [[((5k) % 9 - 4) / 3 for k < 20]] (a batch of 1); ts = s.timesteps
#   img2img: t_start = steps - min(int(steps * strength), steps); ts = ts[t_start * s.order:];
#            s.set_begin_index(t_start * s.order); x = s.add_noise(x, [((3k) % 7 - 3) / 2], ts[:1])
#   else:    x = x * s.init_noise_sigma
#   for i, t in enumerate(ts):
#       m = 0.1 * s.scale_model_input(x, t) + [((7k + 3i) % 11 - 5) / 4 for k < 20]
#       x = s.step(m, t, x, generator=g).prev_sample   # generator= where step() takes one
# The stochastic samplers (DPM++ 2M SDE, LCM) draw their noise from g, 20 values per draw.
import argparse, inspect, json, os, sys

import torch

import diffusers
from diffusers import (DPMSolverMultistepScheduler, EulerDiscreteScheduler, HeunDiscreteScheduler, LCMScheduler,
                       LMSDiscreteScheduler, StableDiffusionPipeline, UniPCMultistepScheduler)

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_sd2_goldens as g  # noqa: E402

SDE = dict(algorithm_type="sde-dpmsolver++")
SAMPLERS = {
    "euler_karras": (EulerDiscreteScheduler, dict(use_karras_sigmas=True)),
    "lms_karras": (LMSDiscreteScheduler, dict(use_karras_sigmas=True)),
    "heun": (HeunDiscreteScheduler, {}),
    "heun_karras": (HeunDiscreteScheduler, dict(use_karras_sigmas=True)),
    "dpmpp_2m_sde": (DPMSolverMultistepScheduler, SDE),
    "dpmpp_2m_sde_karras": (DPMSolverMultistepScheduler, dict(SDE, use_karras_sigmas=True)),
    "lcm": (LCMScheduler, {}),
    "unipc": (UniPCMultistepScheduler, {}),
}
SCHEDULE_STEPS = (1, 20, 1000)
# (steps, prediction_type, strength); strength 0 is txt2img
STEP_CASES = [(1, "epsilon", 0), (20, "epsilon", 0), (1000, "epsilon", 0), (20, "v_prediction", 0), (7, "sample", 0),
              (20, "epsilon", 0.55)]
# Options a model's scheduler config of the sampler's class may set (sampler, name, options): 20
# epsilon steps each, and the schedule of UniPC's Karras sigmas
VARIANTS = [("heun", "clip", dict(clip_sample=True)),
            ("dpmpp_2m_sde", "heun", dict(solver_type="heun")),
            ("dpmpp_2m_sde", "sigma_min", dict(final_sigmas_type="sigma_min")),
            ("lcm", "scaling", dict(original_inference_steps=30, timestep_scaling=5.0)),
            ("unipc", "bh1", dict(solver_type="bh1", final_sigmas_type="sigma_min")),
            ("unipc", "karras", dict(use_karras_sigmas=True))]


def case_options(name, steps):
    """Options a case adds to the sampler's: what makes 1000 steps valid in diffusers."""
    if name == "lcm" and steps > 50:
        return dict(original_inference_steps=1000)  # LCM refuses more steps than original_inference_steps
    if name in ("dpmpp_2m_sde", "unipc") and steps == 1000:
        # 1000 linspace steps hold timestep 500 twice, a step of length zero that both divide by
        # (diffusers gives Inf or NaN; sd_single.h refuses): trailing spacing repeats none
        return dict(timestep_spacing="trailing")
    return {}


def make(name, steps, **extra):
    cls, options = SAMPLERS[name]
    return cls.from_config(dict(g.SD15_SCHED, **options, **case_options(name, steps), **extra))


def schedule(T, name, steps, variant="", **options):
    s = make(name, steps, **options)
    s.set_timesteps(steps)
    key = f"sched.{name}.{steps}" + (f".{variant}" if variant else "")
    T[key + ".timesteps"] = s.timesteps.to(torch.float32)
    if getattr(s, "sigmas", None) is not None and name != "lcm":
        T[key + ".sigmas"] = s.sigmas.to(torch.float32)
    T[key + ".init_noise_sigma"] = torch.tensor([float(s.init_noise_sigma)], dtype=torch.float32)


def synthetic_run(name, steps, prediction, strength, dtype=torch.float32, **options):
    """The synthetic run; with dtype float64 the scheduler's tables and the sample are float64
    (the noise is drawn as in float32), diffusers' formulas without its float32 rounding."""
    s = make(name, steps, prediction_type=prediction, **options)
    s.set_timesteps(steps)
    for attr in ("sigmas", "alphas_cumprod", "final_alpha_cumprod"):
        if isinstance(getattr(s, attr, None), torch.Tensor):
            setattr(s, attr, getattr(s, attr).to(dtype))
    gen = torch.Generator().manual_seed(7)
    takes_generator = "generator" in inspect.signature(s.step).parameters
    x = torch.tensor([[((k * 5) % 9 - 4) / 3.0 for k in range(20)]], dtype=dtype)  # a batch of 1: UniPC needs one
    ts = s.timesteps
    if strength:
        t_start = steps - min(int(steps * strength), steps)
        ts = s.timesteps[t_start * s.order:]
        s.set_begin_index(t_start * s.order)
        x = s.add_noise(x, torch.tensor([[((k * 3) % 7 - 3) / 2.0 for k in range(20)]], dtype=dtype), ts[:1])
    else:
        x = x * s.init_noise_sigma
    for i, t in enumerate(ts):
        m = 0.1 * s.scale_model_input(x, t) + torch.tensor([[((k * 7 + i * 3) % 11 - 5) / 4.0 for k in range(20)]], dtype=dtype)
        x = s.step(m, t, x, **(dict(generator=gen) if takes_generator else {})).prev_sample
    assert torch.isfinite(x).all() and x.dtype == dtype, (name, steps, prediction, strength)
    return x[0].to(torch.float32)


def main():
    ap = argparse.ArgumentParser(description="goldens of the samplers of issue 16 item 5")
    ap.add_argument("--out", default="tests/data")
    ap.add_argument("--clip", required=True, help="folder with CLIP's vocab.json and merges.txt")
    ap.add_argument("--sd1", default="build/data/tiny-sd", help="the tiny SD 1.x diffusers folder")
    a = ap.parse_args()
    torch.set_num_threads(max(1, min(2, os.cpu_count() or 1)))
    os.makedirs(a.out, exist_ok=True)
    print("versions:", {"torch": torch.__version__, "diffusers": diffusers.__version__})
    T = {}
    for name in SAMPLERS:
        for steps in SCHEDULE_STEPS:
            schedule(T, name, steps)
        for steps, prediction, strength in STEP_CASES:
            case = f"{steps}.{prediction}" + (f".s{round(strength * 100)}" if strength else "")
            T[f"step.{name}.{case}"] = synthetic_run(name, steps, prediction, strength)
        if name != "lcm":  # LCM draws its noise in the sample's dtype: float64 would be other numbers
            T[f"step.{name}.1000.epsilon.float64"] = synthetic_run(name, 1000, "epsilon", 0, torch.float64)
    for name, variant, options in VARIANTS:
        T[f"step.{name}.20.epsilon.{variant}"] = synthetic_run(name, 20, "epsilon", 0, **options)
    schedule(T, "unipc", 20, "karras", use_karras_sigmas=True)

    for name in SAMPLERS:
        g.SCHEDS[name] = SAMPLERS[name]
    tok = g.make_tokenizer(a.clip, "<|endoftext|>")
    unet, vae, te = g.load_sd1(a.sd1)
    runs = []
    with torch.no_grad():
        pipe = StableDiffusionPipeline(vae=vae, text_encoder=te, tokenizer=tok, unet=unet,
                                       scheduler=make("heun", 20), safety_checker=None,
                                       feature_extractor=None, requires_safety_checker=False)
        pipe.set_progress_bar_config(disable=True)
        for name in SAMPLERS:
            lat = g.txt2img(pipe, name, 20, "seed", g.SD15_SCHED, None)
            key = f"pipe.{name}.20.seed"
            T[key + ".latents"] = lat
            T[key + ".image_u8"] = g.decode_u8(vae, lat)
            runs.append({"key": key, "pipeline": "txt2img", "scheduler": name, "steps": 20, "mode": "seed",
                         "seed": g.PIPE_SEED})
        g.IMG2IMG_RUNS = [(name, 20) for name in ("heun", "dpmpp_2m_sde", "lcm", "unipc")]
        I, iruns = g.img2img_goldens(unet, vae, te, tok, g.SD15_SCHED)
    T.update(I)
    g.save(T, os.path.join(a.out, "samplers.safetensors"))
    json.dump(dict(g.run_meta(runs + iruns), model="tiny-sd"), open(os.path.join(a.out, "tiny-sd-samplers.json"), "w"),
              indent=1)
    print("keys:", len(T), "bytes:", os.path.getsize(os.path.join(a.out, "samplers.safetensors")))


if __name__ == "__main__":
    main()
