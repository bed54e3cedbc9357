# Writes a full-size Stable Diffusion 1.5-architecture single-file checkpoint (original CompVis /
# A1111 key layout) with random fp16 weights, for load/speed/memory tests of sd_single.h. About
# 2 GB; not for committing. numpy only: tensors are generated and written one chunk at a time, so
# memory stays at a few tens of MB.
#
#   python3 tools/make_sd15_checkpoint.py OUT.safetensors [--inventory tests/data/sd15_inventory.json]
#          [--seed 0] [--text-model-prefix]
#
# Tensor names and shapes: the "single_file" map of the inventory (name -> shape), in its order,
# plus cond_stage_model.transformer.text_model.embeddings.position_ids (I64 [1,77] = 0..76) that
# downloaded checkpoints carry (skipped if the inventory already has a position_ids tensor).
# --text-model-prefix renames cond_stage_model.transformer.X to
# cond_stage_model.transformer.text_model.X, the layout of the real SD 1.5 downloads (the
# inventory was made with a transformers version that has no text_model level).
# Values, as the reference's randomize(): 1-D *weight ~ 1 + 0.2 n, other 1-D tensors 0.1 n,
# others n / sqrt(fan_in) with fan_in = product of shape[1:], n ~ N(0,1) from numpy's PCG64
# seeded with --seed; then rounded to fp16. The same seed gives the same file.
#
# File format (safetensors): u64 little-endian header length, the JSON header (name -> dtype,
# shape, data_offsets relative to the data start; padded with spaces to a multiple of 8), then the
# tensors' bytes back to back, little-endian. The I64 tensor goes first so it is 8-byte aligned.
import argparse, json, math, struct, sys, time

import numpy as np

CHUNK = 1 << 22  # values generated per step
TE_PREFIX = "cond_stage_model.transformer."
POSITION_IDS = TE_PREFIX + "text_model.embeddings.position_ids"


def load_entries(inventory_path, text_model_prefix):
    shapes = json.load(open(inventory_path))["single_file"]
    entries = []
    for name, shape in shapes.items():
        if text_model_prefix and name.startswith(TE_PREFIX) and not name.startswith(TE_PREFIX + "text_model."):
            name = TE_PREFIX + "text_model." + name[len(TE_PREFIX):]
        entries.append((name, "F16", [int(d) for d in shape]))
    if not any(name.endswith("position_ids") for name, _, _ in entries):
        entries.insert(0, (POSITION_IDS, "I64", [1, 77]))
    return entries


def header_bytes(entries):
    header, offset = {"__metadata__": {"format": "pt"}}, 0
    for name, dtype, shape in entries:
        size = math.prod(shape) * (8 if dtype == "I64" else 2)
        header[name] = {"dtype": dtype, "shape": shape, "data_offsets": [offset, offset + size]}
        offset += size
    raw = json.dumps(header, separators=(",", ":")).encode()
    raw += b" " * (-len(raw) % 8)
    return struct.pack("<Q", len(raw)) + raw, offset


def write_random_f16(out, rng, name, shape):
    count = math.prod(shape)
    if len(shape) == 1:
        scale, shift = (0.2, 1.0) if name.endswith("weight") else (0.1, 0.0)
    else:
        scale, shift = 1.0 / math.sqrt(count // shape[0]), 0.0
    done = 0
    while done < count:
        n = min(CHUNK, count - done)
        values = rng.standard_normal(n, dtype=np.float32)
        values *= np.float32(scale)
        values += np.float32(shift)
        out.write(values.astype("<f2").tobytes())
        done += n


def main():
    ap = argparse.ArgumentParser(description="random-weight SD 1.5 single-file checkpoint (fp16, ~2 GB)")
    ap.add_argument("out")
    ap.add_argument("--inventory", default="tests/data/sd15_inventory.json")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--text-model-prefix", action="store_true")
    a = ap.parse_args()
    t0 = time.time()
    entries = load_entries(a.inventory, a.text_model_prefix)
    head, data_size = header_bytes(entries)
    rng = np.random.Generator(np.random.PCG64(a.seed))
    with open(a.out, "wb") as out:
        out.write(head)
        for name, dtype, shape in entries:
            if dtype == "I64":
                out.write(np.arange(math.prod(shape), dtype="<i8").tobytes())
            else:
                write_random_f16(out, rng, name, shape)
        if out.tell() != len(head) + data_size:
            sys.exit(f"internal error: wrote {out.tell()} bytes, expected {len(head) + data_size}")
    print(f"{a.out}: {len(entries)} tensors, {len(head) + data_size} bytes, {time.time() - t0:.1f} s")


if __name__ == "__main__":
    main()
