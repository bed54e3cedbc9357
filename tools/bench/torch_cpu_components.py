"""PyTorch on the CPU, on the same work as tools/bench/bench_cpu.c, for tools/bench/cpu_side_by_side.sh.

    python3 tools/bench/torch_cpu_components.py --model DIR [--dtype fp32|bf16] [--channels-last]
        [--threads N] [--size 512] [--repeat 3]

DIR is a diffusers folder (tools/bench/make_sd15_checkpoint.py --diffusers writes the full-size random
SD 1.5 one); only unet/, vae/ and text_encoder/ are read, from local files. The components are the
ones bench_cpu times: the text encoder at batch 2 (77 tokens), one UNet call at batch 2 (t = 981,
as guidance runs it) and one VAE decode at batch 1, under torch.no_grad, SDPA attention (diffusers'
default processor). One warm-up call each, then --repeat timed calls (host clock). Prints one JSON
object: the median seconds of each component, every sample, and the process's peak RSS in MiB.
"""
import argparse, json, resource, statistics, sys, time, warnings


def parse_args(argv=None):
    ap = argparse.ArgumentParser(description="torch CPU timings of the text encoder, UNet and VAE decode (JSON out)")
    ap.add_argument("--model", required=True, help="diffusers pipeline folder")
    ap.add_argument("--dtype", default="fp32", choices=["fp32", "bf16"])
    ap.add_argument("--channels-last", action="store_true", help="UNet and VAE in torch.channels_last")
    ap.add_argument("--threads", type=int, default=0, help="torch.set_num_threads (default: torch's choice)")
    ap.add_argument("--size", type=int, default=512, help="image side, a multiple of 8")
    ap.add_argument("--repeat", type=int, default=3, help="timed calls per component")
    a = ap.parse_args(argv)
    if a.size < 8 or a.size % 8 or a.repeat < 1 or a.threads < 0:
        ap.error("size: a multiple of 8; repeat >= 1; threads >= 0")
    return a


def main(argv=None):
    a = parse_args(argv)
    import torch
    from diffusers import AutoencoderKL, UNet2DConditionModel
    from transformers import CLIPTextModel
    import diffusers, transformers
    diffusers.utils.logging.set_verbosity_error()
    transformers.utils.logging.set_verbosity_error()
    warnings.simplefilter("ignore")
    if a.threads:
        torch.set_num_threads(a.threads)
    dtype = torch.bfloat16 if a.dtype == "bf16" else torch.float32
    fmt = torch.channels_last if a.channels_last else torch.contiguous_format
    unet = UNet2DConditionModel.from_pretrained(a.model, subfolder="unet", torch_dtype=dtype, local_files_only=True).eval()
    vae = AutoencoderKL.from_pretrained(a.model, subfolder="vae", torch_dtype=dtype, local_files_only=True).eval()
    te = CLIPTextModel.from_pretrained(a.model, subfolder="text_encoder", torch_dtype=dtype, local_files_only=True).eval()
    unet.to(memory_format=fmt)
    vae.to(memory_format=fmt)
    lat = a.size // 8
    g = torch.Generator().manual_seed(0)
    ids = torch.randint(1, 49407, (2, 77), generator=g)
    x = torch.randn(2, unet.config.in_channels, lat, lat, generator=g).to(dtype).contiguous(memory_format=fmt)
    ctx = torch.randn(2, 77, unet.config.cross_attention_dim, generator=g).to(dtype)
    z = torch.randn(1, vae.config.latent_channels, lat, lat, generator=g).to(dtype).contiguous(memory_format=fmt)
    t = torch.tensor(981)
    work = (("text_encoder_s", lambda: te(ids)), ("unet_s", lambda: unet(x, t, encoder_hidden_states=ctx)),
            ("vae_decode_s", lambda: vae.decode(z)))
    out = {"tool": "torch", "torch": torch.__version__, "diffusers": diffusers.__version__, "dtype": a.dtype,
           "channels_last": a.channels_last, "threads": torch.get_num_threads(), "size": a.size, "samples": {}}
    with torch.no_grad():
        for name, fn in work:
            fn()  # warm-up
            runs = []
            for _ in range(a.repeat):
                t0 = time.perf_counter()
                fn()
                runs.append(time.perf_counter() - t0)
            out["samples"][name] = runs
            out[name] = statistics.median(runs)
            print(f"{name} {out[name]:.3f} s", file=sys.stderr, flush=True)
    out["peak_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(out))


if __name__ == "__main__":
    main()
