"""diffusers on the same model and work as tools/bench/bench_gpu.c, for the comparison in tools/gpu_check.sh.

    python3 tools/bench/diffusers_bench.py --model DIR [--clip DIR] [--device cuda|cpu] [--dtype fp16|fp32]
        [--size N] [--steps 50] [--repeat 3] [--component-repeat 15] [--modes all|none|KEY,...]
        [--budget 150] [--tile-size 2048] [--json OUT.json]

DIR is a diffusers folder (tools/bench/make_sd15_checkpoint.py --diffusers writes the full-size random
SD 1.5 one; build/data/tiny-sd, which ./build/test_sd makes, is the tiny one), read from local files only. --clip names a folder
with vocab.json and merges.txt for a model whose tokenizer/ has none (the tiny one).

Measured as the project's shared/tools/diffusers_reference.py measured the anchors: StableDiffusionPipeline,
DDIM, SDPA attention (torch 2's default processor), guidance 7.5, batch 1, the empty negative
prompt; fp16 on CUDA (fp32 on the CPU). Components after 3 warm-up calls, median of
--component-repeat, timed with CUDA events (the host clock on the CPU): the text encoder (batch 2),
one UNet call (batch 2, t=981) and one VAE decode (batch 1). End to end: a 3-step warm-up, then the
median of --repeat whole images (output_type "np"), host clock after a synchronize.

Memory modes (the rows of bench_gpu's mode table, same keys): each after a 2-step warm-up, at
the steps shown in MODES; a mode run with fewer than --steps steps is also timed at 2 steps and
extrapolated linearly to --steps (est_s). Per mode: torch.cuda.max_memory_allocated and
max_memory_reserved (reset after the warm-up), and the device memory in use after the run
(mem_get_info: total - free, so the CUDA context and any other process are included).
Offload modes need CUDA and accelerate; modes not started within --budget seconds of the start
are skipped. The JSON is rewritten after every measurement, so a killed run leaves what it had.
"""
import argparse, gc, json, os, resource, statistics, sys, time, traceback, warnings

PROMPT = "a photo of an astronaut riding a horse on mars"
GUIDANCE = 7.5
# key: (steps, batch) for the pipeline modes, in the order they run; the offload modes come last
# because they move the pipeline off the device (sequential offload reloads it).
MODES = {
    "default": 50, "batch8": 10, "batch8_vae_slicing": 10, "vae_tiling_2048": 0, "slice_auto": 20, "slice_1": 20,
    "model_offload": 20, "sequential_offload": 5, "sequential_slice_1": 5,
}


def parse_args(argv=None):
    ap = argparse.ArgumentParser(description="diffusers speed and memory on the bench_gpu workload (JSON out)")
    ap.add_argument("--model", required=True, help="diffusers pipeline folder")
    ap.add_argument("--clip", help="folder with vocab.json and merges.txt, when the model's tokenizer/ has none")
    ap.add_argument("--device", default="cuda", choices=["cuda", "cpu"])
    ap.add_argument("--dtype", choices=["fp16", "fp32"], help="default: fp16 on cuda, fp32 on cpu")
    ap.add_argument("--size", type=int, default=0, help="image side; default: the model's (512 for SD 1.5)")
    ap.add_argument("--steps", type=int, default=50, help="DDIM steps of a whole image")
    ap.add_argument("--repeat", type=int, default=3, help="timed whole images")
    ap.add_argument("--component-repeat", type=int, default=15)
    ap.add_argument("--modes", default="all", help="all, none, or keys: " + ",".join(MODES))
    ap.add_argument("--budget", type=float, default=150.0, help="seconds; later modes are skipped")
    ap.add_argument("--tile-size", type=int, default=2048, help="image side of the VAE tiling decode")
    ap.add_argument("--json", help="write the results here (default: stdout)")
    a = ap.parse_args(argv)
    a.modes = list(MODES) if a.modes == "all" else [] if a.modes == "none" else a.modes.split(",")
    for key in a.modes:
        if key not in MODES:
            ap.error(f"unknown mode '{key}' (known: {', '.join(MODES)})")
    if a.dtype is None:
        a.dtype = "fp16" if a.device == "cuda" else "fp32"
    if a.size % 8 or a.size < 0 or a.tile_size % 8 or a.steps < 3 or a.repeat < 1 or a.component_repeat < 1:
        ap.error("sizes must be multiples of 8, steps >= 3, repeats >= 1")
    return a


class Bench:
    def __init__(self, a):
        import torch
        self.torch, self.a, self.t0 = torch, a, time.time()
        self.cuda = a.device == "cuda"
        self.dtype = torch.float16 if a.dtype == "fp16" else torch.float32
        self.R = {"device": a.device, "dtype": a.dtype, "model": a.model, "components_ms": {}, "modes": {},
                  "skipped": {}, "errors": {}}

    def dump(self):
        self.R["t_total_s"] = time.time() - self.t0
        text = json.dumps(self.R, indent=1, default=str)
        if self.a.json:
            with open(self.a.json + ".tmp", "w") as f:
                f.write(text + "\n")
            os.replace(self.a.json + ".tmp", self.a.json)
        return text

    def log(self, *what):
        print(f"[{time.time() - self.t0:6.1f}s]", *what, file=sys.stderr, flush=True)

    def sync(self):
        if self.cuda:
            self.torch.cuda.synchronize()

    def time_ms(self, fn):
        """One call of fn in milliseconds: CUDA events on the GPU, the host clock on the CPU."""
        if not self.cuda:
            t = time.perf_counter()
            fn()
            return (time.perf_counter() - t) * 1e3
        start, stop = self.torch.cuda.Event(enable_timing=True), self.torch.cuda.Event(enable_timing=True)
        start.record()
        fn()
        stop.record()
        self.torch.cuda.synchronize()
        return start.elapsed_time(stop)

    def memory_reset(self):
        gc.collect()
        if self.cuda:
            self.torch.cuda.empty_cache()
            self.torch.cuda.reset_peak_memory_stats()

    def memory(self):
        if not self.cuda:  # the process's peak resident size: the CPU has no per-mode figure
            return {"peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}
        free, total = self.torch.cuda.mem_get_info()
        return {"peak_alloc_mib": self.torch.cuda.max_memory_allocated() / 2**20,
                "peak_reserved_mib": self.torch.cuda.max_memory_reserved() / 2**20,
                "device_used_mib": (total - free) / 2**20}

    # ---------------------------------------------------------------- loading
    def load(self):
        from diffusers import DDIMScheduler, StableDiffusionPipeline
        extra = {}
        if not os.path.exists(os.path.join(self.a.model, "tokenizer", "vocab.json")):
            from transformers import CLIPTokenizer
            if not self.a.clip:
                sys.exit(f"{self.a.model}/tokenizer has no vocab.json: pass --clip DIR (vocab.json, merges.txt)")
            extra["tokenizer"] = CLIPTokenizer(os.path.join(self.a.clip, "vocab.json"),
                                               os.path.join(self.a.clip, "merges.txt"), pad_token="<|endoftext|>",
                                               model_max_length=77)
        t = time.perf_counter()
        pipe = StableDiffusionPipeline.from_pretrained(self.a.model, torch_dtype=self.dtype, local_files_only=True,
                                                       safety_checker=None, requires_safety_checker=False, **extra)
        pipe.scheduler = DDIMScheduler.from_config(pipe.scheduler.config)
        pipe.set_progress_bar_config(disable=True)
        return pipe, time.perf_counter() - t

    # ---------------------------------------------------------------- components
    def components(self, pipe, size):
        torch = self.torch
        dev, lat = self.a.device, size // pipe.vae_scale_factor
        unet, vae, te, tok = pipe.unet, pipe.vae, pipe.text_encoder, pipe.tokenizer
        ids = tok([PROMPT, ""], padding="max_length", max_length=tok.model_max_length, truncation=True,
                  return_tensors="pt").input_ids.to(dev)
        g = torch.Generator(dev).manual_seed(0)
        c = unet.config.in_channels
        x = torch.randn(2, c, lat, lat, generator=g, device=dev, dtype=self.dtype)
        ctx = torch.randn(2, ids.shape[1], unet.config.cross_attention_dim, generator=g, device=dev, dtype=self.dtype)
        z = torch.randn(1, vae.config.latent_channels, lat, lat, generator=g, device=dev, dtype=self.dtype)
        t = torch.tensor(981, device=dev)
        work = (("text_encoder_b2", lambda: te(ids)), ("unet_b2", lambda: unet(x, t, encoder_hidden_states=ctx)),
                ("vae_decode_b1", lambda: vae.decode(z)))
        with torch.no_grad():
            for name, fn in work:
                for _ in range(3):
                    fn()
                self.sync()
                runs = [self.time_ms(fn) for _ in range(self.a.component_repeat)]
                self.R["components_ms"][name] = statistics.median(runs)
                self.log(name, f"{statistics.median(runs):.2f} ms (median of {len(runs)})")
                self.dump()

    # ---------------------------------------------------------------- whole images
    def image_s(self, pipe, size, steps, batch=1):
        t = time.perf_counter()
        pipe(PROMPT, height=size, width=size, num_inference_steps=steps, guidance_scale=GUIDANCE,
             num_images_per_prompt=batch, output_type="np")
        self.sync()
        return time.perf_counter() - t

    def end_to_end(self, pipe, size):
        self.image_s(pipe, size, 3)
        self.memory_reset()
        runs = [self.image_s(pipe, size, self.a.steps) for _ in range(self.a.repeat)]
        self.R["end_to_end"] = dict(steps=self.a.steps, runs_s=runs, median_s=statistics.median(runs), **self.memory())
        self.log("end to end", self.R["end_to_end"])
        self.dump()

    def pipeline_mode(self, pipe, size, steps, batch=1):
        """A 2-step warm-up, then `steps` steps (and 2 steps, to extrapolate to --steps)."""
        steps = min(steps, self.a.steps)
        self.image_s(pipe, size, 2, batch)
        self.memory_reset()
        short = self.image_s(pipe, size, 2, batch) if steps < self.a.steps else None
        measured = self.image_s(pipe, size, steps, batch)
        est = measured if short is None else measured + (self.a.steps - steps) * (measured - short) / (steps - 2)
        return dict(steps=steps, batch=batch, s=measured, s_2steps=short, est_s=est, **self.memory())

    def tiled_decode(self, pipe):
        torch, vae = self.torch, pipe.vae
        lat = self.a.tile_size // pipe.vae_scale_factor
        z = torch.randn(1, vae.config.latent_channels, lat, lat, device=self.a.device, dtype=self.dtype)
        vae.enable_tiling()
        try:
            with torch.no_grad():
                vae.decode(z[:, :, : lat // 4, : lat // 4])  # warm-up
                self.sync()
                self.memory_reset()
                ms = self.time_ms(lambda: vae.decode(z))
        finally:
            vae.disable_tiling()
        return dict(size=self.a.tile_size, s=ms / 1e3, est_s=ms / 1e3, **self.memory())

    def run_mode(self, key, pipe, size):
        steps = MODES[key]
        if key == "default":
            return self.pipeline_mode(pipe, size, steps)
        if key in ("batch8", "batch8_vae_slicing"):
            if key.endswith("vae_slicing"):
                pipe.vae.enable_slicing()
            try:
                return self.pipeline_mode(pipe, size, steps, batch=8)
            finally:
                pipe.vae.disable_slicing()
        if key == "vae_tiling_2048":
            return self.tiled_decode(pipe)
        if key.startswith("slice_"):
            from diffusers.models.attention_processor import AttnProcessor2_0
            pipe.enable_attention_slicing("auto" if key == "slice_auto" else 1)
            try:
                return self.pipeline_mode(pipe, size, steps)
            finally:  # disabling slicing leaves the classic processor: put SDPA back
                pipe.disable_attention_slicing()
                pipe.unet.set_attn_processor(AttnProcessor2_0())
        raise AssertionError(key)

    def offload_modes(self, pipe, size, wanted):
        pipe.to("cpu")  # the offload modes start from weights on the host
        self.memory_reset()
        if "model_offload" in wanted and self.start_mode("model_offload"):
            pipe.enable_model_cpu_offload()
            self.record("model_offload", lambda: self.pipeline_mode(pipe, size, MODES["model_offload"]))
            pipe.remove_all_hooks()
            pipe.to("cpu")
            self.memory_reset()
        sequential = [k for k in ("sequential_offload", "sequential_slice_1") if k in wanted]
        if not sequential or not self.start_mode(sequential[0]):
            for key in sequential[1:]:
                self.start_mode(key)  # marks it skipped too
            return
        pipe, _ = self.load()  # as the reference did: a fresh pipeline for sequential offload
        pipe.enable_sequential_cpu_offload()
        for i, key in enumerate(sequential):
            if i and not self.start_mode(key):
                continue
            if key == "sequential_slice_1":
                pipe.enable_attention_slicing(1)
            self.record(key, lambda: self.pipeline_mode(pipe, size, MODES[key]))

    def start_mode(self, key):
        if time.time() - self.t0 > self.a.budget:
            self.R["skipped"][key] = f"time budget ({self.a.budget:.0f} s) spent"
            return False
        return True

    def record(self, key, fn):
        try:
            self.R["modes"][key] = fn()
            self.log(key, self.R["modes"][key])
        except Exception:
            self.R["errors"][key] = traceback.format_exc()[-3000:]
            self.log(key, "FAILED:", traceback.format_exc().splitlines()[-1])
        self.dump()

    def run(self):
        torch = self.torch
        import diffusers, transformers
        diffusers.utils.logging.set_verbosity_error()  # no load progress bars or deprecation notes
        diffusers.utils.logging.disable_progress_bar()
        transformers.utils.logging.set_verbosity_error()
        transformers.utils.logging.disable_progress_bar()
        warnings.simplefilter("ignore", FutureWarning)
        self.R["versions"] = {"torch": torch.__version__, "diffusers": diffusers.__version__,
                              "transformers": transformers.__version__, "python": sys.version.split()[0]}
        if self.cuda:
            self.R["gpu"] = torch.cuda.get_device_name(0)
            self.R["gpu_memory_mib"] = torch.cuda.get_device_properties(0).total_memory / 2**20
        pipe, load_s = self.load()
        t = time.perf_counter()
        pipe.to(self.a.device)
        self.sync()
        self.R["load_s"] = load_s + time.perf_counter() - t
        size = self.a.size or pipe.unet.config.sample_size * pipe.vae_scale_factor
        self.R.update(size=size, steps=self.a.steps, guidance=GUIDANCE, scheduler="DDIM",
                      attention=type(next(iter(pipe.unet.attn_processors.values()))).__name__)
        self.log(self.R["versions"], self.R.get("gpu"), f"loaded in {self.R['load_s']:.1f} s")
        with torch.no_grad():
            self.components(pipe, size)
        self.end_to_end(pipe, size)
        for key in self.a.modes:
            if "offload" in key or key.startswith("sequential"):
                continue
            if self.start_mode(key):
                self.record(key, lambda: self.run_mode(key, pipe, size))
        offload = [k for k in self.a.modes if "offload" in k or k.startswith("sequential")]
        if offload and not self.cuda:
            for key in offload:
                self.R["skipped"][key] = "CPU offload needs a CUDA device"
        elif offload:
            self.offload_modes(pipe, size, offload)
        return self.dump()


def main():
    a = parse_args()  # before the heavy imports, so --help and bad arguments answer at once
    text = Bench(a).run()
    if not a.json:
        print(text)


if __name__ == "__main__":
    main()
