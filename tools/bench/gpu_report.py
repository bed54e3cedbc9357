"""The last tables of tools/gpu_check.sh: sd_single.h (bench_gpu --json) against diffusers
(tools/bench/diffusers_bench.py --json) per component, the memory modes side by side, and the time to
first image.

    python3 tools/bench/gpu_report.py --ours ours.json --diffusers diffusers.json [--first-image COLD_S WARM_S]

A missing or unreadable file leaves its columns empty ("-"); so does a mode that did not run.
Ratios are sd_single.h over diffusers: above 1 means sd_single.h takes longer.
"""
import argparse, json

# bench_gpu's mode keys (tools/bench/bench_gpu.c) and their labels, in its order
MODE_LABELS = {
    "default": "default", "slice_auto": "attention slicing auto", "slice_1": "attention slicing 1",
    "model_offload": "model offload", "sequential_offload": "sequential offload",
    "sequential_slice_1": "sequential offload + attention slicing 1", "batch8": "batch 8",
    "batch8_vae_slicing": "batch 8 + VAE slicing", "vae_tiling_2048": "VAE tiling decode",
}


def load(path):
    if not path:
        return {}
    try:
        with open(path) as f:
            return json.load(f)
    except (OSError, ValueError):
        return {}


def fmt(value, unit, digits):
    return "-" if value is None else f"{value:.{digits}f} {unit}"


def ratio(ours, theirs):
    return "-" if ours is None or not theirs else f"{ours / theirs:.2f}"


def precision(ours, name):
    for p in ours.get("precisions", []):
        if p.get("precision") == name and p.get("ok"):
            return p
    return {}


def component_table(ours, theirs):
    fp16, fp32 = precision(ours, "fp16"), precision(ours, "fp32")
    comp, e2e = theirs.get("components_ms", {}), theirs.get("end_to_end", {})
    gpu = ours.get("device") or theirs.get("gpu") or "an unknown GPU"
    versions = theirs.get("versions", {})
    size, steps = ours.get("size", theirs.get("size")), ours.get("steps", theirs.get("steps"))
    out = [f"## sd_single.h vs diffusers {versions.get('diffusers', '?')} (torch {versions.get('torch', '?')}, "
           f"{theirs.get('attention', '?')}) on {gpu}",
           "",
           f"{size}x{size}, DDIM {steps} steps, guidance 7.5, batch 1, sd_single.h fp16, diffusers "
           f"{theirs.get('dtype', '?')}; components: median after warm-up "
           "(CUDA events), end to end: median of whole images (host clock).",
           "",
           "| part | sd_single.h | diffusers | ratio |",
           "| --- | --- | --- | --- |"]
    rows = [("text encoder, batch 2", fp16.get("text_encoder_b2_ms"), comp.get("text_encoder_b2"), "ms", 2),
            ("UNet step, batch 2", fp16.get("unet_b2_ms"), comp.get("unet_b2"), "ms", 2),
            ("VAE decode, batch 1", fp16.get("vae_decode_b1_ms"), comp.get("vae_decode_b1"), "ms", 2),
            ("end to end", fp16.get("image_s"), e2e.get("median_s"), "s", 3),
            ("end to end, sd_single.h without CUDA graphs", fp16.get("image_no_graphs_s"), e2e.get("median_s"), "s", 3)]
    for label, mine, other, unit, digits in rows:
        out.append(f"| {label} | {fmt(mine, unit, digits)} | {fmt(other, unit, digits)} | {ratio(mine, other)} |")
    out.append(f"| device memory in use (cuMemGetInfo / mem_get_info) | {fmt(fp16.get('device_used_mib'), 'MiB', 0)} | "
               f"{fmt(e2e.get('device_used_mib'), 'MiB', 0)} | {ratio(fp16.get('device_used_mib'), e2e.get('device_used_mib'))} |")
    out.append(f"| library peak / torch max allocated | {fmt(fp16.get('library_peak_mib'), 'MiB', 0)} | "
               f"{fmt(e2e.get('peak_alloc_mib'), 'MiB', 0)} | {ratio(fp16.get('library_peak_mib'), e2e.get('peak_alloc_mib'))} |")
    if fp32:
        out.append(f"| end to end, sd_single.h fp32 | {fmt(fp32.get('image_s'), 's', 3)} | - | - |")
    return out


def mode_cell_seconds(mode, steps):
    if not mode or mode.get("est_s") is None:
        return "-"
    if mode.get("steps") == 0 or "size" in mode:  # the tiled decode
        return fmt(mode["est_s"], "s", 2)
    est = mode.get("steps", steps) < steps
    return fmt(mode["est_s"], "s", 2) + (f" (est. from {mode['steps']})" if est else "")


def mode_table(ours, theirs):
    steps = ours.get("steps", theirs.get("steps", 50))
    tile = ours.get("tile_size") or theirs.get("modes", {}).get("vae_tiling_2048", {}).get("size", 2048)
    mine_all, their_all = ours.get("modes", {}), theirs.get("modes", {})
    out = ["## memory modes (sd_single.h fp16)", "",
           f"Seconds for a whole {steps}-step image (est.: measured at fewer steps and at 2 steps, extrapolated "
           "linearly); device memory in use = total - free (context and caches included).", "",
           "| mode | sd_single.h | library peak | device in use | diffusers | torch max allocated | device in use |",
           "| --- | --- | --- | --- | --- | --- | --- |"]
    for key, label in MODE_LABELS.items():
        mine, other = mine_all.get(key, {}), their_all.get(key, {})
        if not mine and not other and key not in theirs.get("skipped", {}):
            continue
        if key == "vae_tiling_2048":
            label = f"{label} {tile}x{tile}"
        if mine and mine.get("state") != "ok":
            mine_cells = [f"{mine.get('state')}: {mine.get('note', '')[:80]}", "-", "-"]
        else:
            mine_cells = [mode_cell_seconds(mine, steps), fmt(mine.get("library_peak_mib"), "MiB", 0),
                          fmt(mine.get("device_used_mib"), "MiB", 0)]
        if not other:
            why = theirs.get("skipped", {}).get(key) or ("failed" if key in theirs.get("errors", {}) else "-")
            their_cells = [why, "-", "-"]
        else:
            their_cells = [mode_cell_seconds(other, steps), fmt(other.get("peak_alloc_mib"), "MiB", 0),
                           fmt(other.get("device_used_mib"), "MiB", 0)]
        out.append("| " + " | ".join([label] + mine_cells + their_cells) + " |")
    return out


def first_image_table(first, ours, theirs):
    size, steps = ours.get("size", theirs.get("size")), ours.get("steps", theirs.get("steps"))
    out = ["## time to first image", "",
           f"build/sd, {size}x{size}, {steps} DDIM steps, fp16: process start to PNG written (model files in the page "
           "cache).", "",
           "| CUDA JIT cache | seconds |", "| --- | --- |"]
    for label, value in zip(("cold (empty CUDA_CACHE_PATH)", "warm (same cache again)"), first):
        out.append(f"| {label} | {value} |")
    return out


def main():
    ap = argparse.ArgumentParser(description="gpu_check.sh's summary tables (Markdown)")
    ap.add_argument("--ours", help="bench_gpu --json output")
    ap.add_argument("--diffusers", help="diffusers_bench.py --json output")
    ap.add_argument("--first-image", nargs=2, metavar=("COLD_S", "WARM_S"), help="seconds, or a word such as failed")
    a = ap.parse_args()
    ours, theirs = load(a.ours), load(a.diffusers)
    lines = component_table(ours, theirs) + [""] + mode_table(ours, theirs)
    if a.first_image:
        lines += [""] + first_image_table(a.first_image, ours, theirs)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
