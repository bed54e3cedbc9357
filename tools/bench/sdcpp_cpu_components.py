"""stable-diffusion.cpp on the CPU, on the work of tools/bench/bench_cpu.c, for tools/bench/cpu_side_by_side.sh.

    python3 tools/bench/sdcpp_cpu_components.py --model CKPT [--flash-attn] [--threads N] [--size 512] [--repeat 2]

stable-diffusion.cpp comes from the cyllama wheel on PyPI, which bundles a built copy (pip install
cyllama). CKPT is the single-file random SD 1.5 of tools/bench/make_sd15_checkpoint.py. sd.cpp
tells SD 1.x from other models by the text encoder's names in the original checkpoints
(cond_stage_model.transformer.text_model.*), which that file writes without "text_model.", so a
renamed copy is written once beside it (CKPT.sdcpp.safetensors; the tensors' bytes are the same).

sd.cpp has no call for one component, so each timed call is one whole 1-step txt2img with guidance
(CFG 7.5), and the components are read from sd.cpp's own log lines: the text encoder is
get_learned_condition (the prompt and the negative prompt, so batch 2), the UNet is the 1-step
sampling (the conditional and unconditional passes: the work of one UNet call at batch 2), the VAE
is decode_first_stage (batch 1). Weights stay in the file's type (f16). One warm-up image, then
--repeat timed ones, each from a new context (cyllama 0.2.18 crashes on a context's second image;
the file stays in the page cache). Prints one JSON object in torch_cpu_components.py's form, on
stdout, where sd.cpp's progress bars would go: they are sent to stderr.
"""
import argparse, json, os, re, resource, shutil, statistics, struct, sys

LOG_LINE = re.compile(r"(get_learned_condition|sampling|decode_first_stage) completed, taking ([0-9.]+)(ms|s)\b")
COMPONENT = {"get_learned_condition": "text_encoder_s", "sampling": "unet_s", "decode_first_stage": "vae_decode_s"}


def parse_args(argv=None):
    ap = argparse.ArgumentParser(description="stable-diffusion.cpp CPU timings of the text encoder, UNet and VAE (JSON out)")
    ap.add_argument("--model", required=True, help="single-file SD 1.5 checkpoint (.safetensors)")
    ap.add_argument("--flash-attn", action="store_true", help="sd.cpp's flash attention in the UNet")
    ap.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--size", type=int, default=512, help="image side, a multiple of 64")
    ap.add_argument("--repeat", type=int, default=2, help="timed images")
    a = ap.parse_args(argv)
    if a.size < 64 or a.size % 64 or a.repeat < 1 or a.threads < 1:
        ap.error("size: a multiple of 64; repeat >= 1; threads >= 1")
    return a


def sdcpp_checkpoint(path):
    """The checkpoint with the text encoder under the original checkpoints' names (see the top)."""
    with open(path, "rb") as f:
        n = struct.unpack("<Q", f.read(8))[0]
        header = json.loads(f.read(n))
        old = "cond_stage_model.transformer."
        if old + "text_model.embeddings.token_embedding.weight" in header:
            return path
        out = path + ".sdcpp.safetensors"
        if os.path.exists(out):
            return out
        renamed = {(old + "text_model." + k[len(old):] if k.startswith(old) and not k.startswith(old + "text_model.") else k): v
                   for k, v in header.items()}
        text = json.dumps(renamed, separators=(",", ":")).encode()
        text += b" " * (-len(text) % 8)
        with open(out + ".tmp", "wb") as g:
            g.write(struct.pack("<Q", len(text)))
            g.write(text)
            shutil.copyfileobj(f, g, 1 << 24)
        os.replace(out + ".tmp", out)
        return out


def main(argv=None):
    a = parse_args(argv)
    result_fd = os.dup(1)
    os.dup2(2, 1)  # sd.cpp draws its progress bars on stdout, which carries the JSON
    import cyllama.sd as sd
    timings = {}
    def on_log(level, text):
        m = LOG_LINE.search(text)
        if m:
            timings[COMPONENT[m.group(1)]] = float(m.group(2)) / (1000.0 if m.group(3) == "ms" else 1.0)
    sd.set_log_callback(on_log)
    p = sd.SDContextParams()
    p.model_path = sdcpp_checkpoint(a.model)
    p.n_threads = a.threads
    p.diffusion_flash_attn = a.flash_attn
    p.vae_decode_only = True
    out = {"tool": "stable-diffusion.cpp (cyllama)", "flash_attn": a.flash_attn, "threads": a.threads, "size": a.size,
           "samples": {k: [] for k in COMPONENT.values()}}
    for run in range(a.repeat + 1):  # the first is the warm-up
        timings.clear()
        ctx = sd.SDContext(p)  # one context per image: cyllama 0.2.18 crashes on a context's second image
        ctx.generate("a photo of a cat", negative_prompt="", width=a.size, height=a.size, sample_steps=1, cfg_scale=7.5,
                     seed=1)
        ctx.close()
        if set(timings) != set(COMPONENT.values()):
            sys.exit(f"sd.cpp's log lacked timings: got {sorted(timings)}")
        if run:
            for k, v in timings.items():
                out["samples"][k].append(v)
        print(" ".join(f"{k} {v:.3f} s" for k, v in sorted(timings.items())), file=sys.stderr, flush=True)
    for k, v in out["samples"].items():
        out[k] = statistics.median(v)
    out["peak_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    sys.stdout.flush()
    os.write(result_fd, (json.dumps(out) + "\n").encode())


if __name__ == "__main__":
    main()
