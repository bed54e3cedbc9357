# Writes a full-size Stable Diffusion 1.5-architecture model with random fp16 weights, for
# load/speed/memory tests of sd_single.h and diffusers (speed and memory do not depend on weight
# values). About 2.1 GB; not for committing. numpy only.
#
#   python3 tools/bench/make_sd15_checkpoint.py OUT.safetensors       one file, original CompVis/A1111 keys
#   python3 tools/bench/make_sd15_checkpoint.py --diffusers OUT_DIR    a diffusers pipeline folder
#          [--clip DIR] [--inventory tests/data/sd15_inventory.json] [--seed 0] [--text-model-prefix]
#
# Tensor names and shapes: the inventory's "single_file" map (name -> shape), in its order, plus
# cond_stage_model.transformer.text_model.embeddings.position_ids (I64 [1,77] = 0..76) that
# downloaded checkpoints carry (skipped if the inventory already has a position_ids tensor).
# --text-model-prefix renames cond_stage_model.transformer.X to
# cond_stage_model.transformer.text_model.X, the layout of the real SD 1.5 downloads (the
# inventory was made with a transformers version that has no text_model level).
#
# --diffusers writes the inventory's "diffusers_folder" maps instead, as unet/, vae/ and
# text_encoder/ safetensors files (the text encoder's names without a text_model level, as
# transformers 5 saves them), with config files: tests/data/tiny-sd's configs with SD 1.5's
# sizes (SD15_SIZES below), its scheduler and model_index.json. Both diffusers
# (StableDiffusionPipeline.from_pretrained, local files only) and sd_single.h read that folder.
# diffusers' tokenizer needs vocab.json and merges.txt: --clip DIR copies them from DIR into
# tokenizer/ (without them sd_single.h uses its built-in CLIP BPE, which is the same).
#
# Values: 1-D *weight ~ 1 + 0.2 n, other 1-D tensors 0.1 n, others n / sqrt(fan_in) with
# fan_in = product of shape[1:], n ~ N(0,1), rounded to fp16. Drawing a billion normals costs
# ~15 s, so for speed each distinct (scale, shift) gets one pool of POOL fp16 values from
# numpy's PCG64 (seeded with --seed), and every tensor is written as slices of its pool at
# random offsets. The same seed gives the same files. Memory: the pools, ~27 x 6 MB.
#
# File format (safetensors): u64 little-endian header length, the JSON header (name -> dtype,
# shape, data_offsets relative to the data start; padded with spaces to a multiple of 8), then the
# tensors' bytes back to back, little-endian. The I64 tensor goes first so it is 8-byte aligned.
import argparse, json, math, os, shutil, struct, sys, time

np = None  # numpy: imported once the arguments parse, so that --help needs only python3

CHUNK = 1 << 20  # values written per slice
POOL = 3 << 20  # values per pool: slices start anywhere in its first 2M values
TE_PREFIX = "cond_stage_model.transformer."
POSITION_IDS = TE_PREFIX + "text_model.embeddings.position_ids"
TEMPLATE = "tests/data/tiny-sd"  # configs written by diffusers 0.40 / transformers 5.17
SD15_SIZES = {
    "unet": {"attention_head_dim": 8, "block_out_channels": [320, 640, 1280, 1280], "cross_attention_dim": 768,
             "sample_size": 64},
    "vae": {"block_out_channels": [128, 256, 512, 512], "sample_size": 512},
    "text_encoder": {"hidden_size": 768, "intermediate_size": 3072, "num_attention_heads": 12, "num_hidden_layers": 12,
                     "projection_dim": 768},
}
WEIGHT_FILES = {"unet": "diffusion_pytorch_model.safetensors", "vae": "diffusion_pytorch_model.safetensors",
                "text_encoder": "model.safetensors"}
TOKENIZER_CONFIG = {"add_prefix_space": False, "bos_token": "<|startoftext|>", "do_lower_case": True,
                    "eos_token": "<|endoftext|>", "errors": "replace", "model_max_length": 77,
                    "pad_token": "<|endoftext|>", "tokenizer_class": "CLIPTokenizer", "unk_token": "<|endoftext|>"}
SPECIAL_TOKENS = {"bos_token": "<|startoftext|>", "eos_token": "<|endoftext|>", "pad_token": "<|endoftext|>",
                  "unk_token": "<|endoftext|>"}


def single_file_entries(inventory, text_model_prefix):
    entries = []
    for name, shape in inventory["single_file"].items():
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


class RandomFill:
    """Random fp16 values: slices of one pool per (scale, shift), at offsets from the same generator."""

    def __init__(self, seed):
        self.rng = np.random.Generator(np.random.PCG64(seed))
        self.pools = {}

    def pool(self, scale, shift):
        key = (scale, shift)
        if key not in self.pools:
            values = self.rng.standard_normal(POOL, dtype=np.float32)
            values *= np.float32(scale)
            values += np.float32(shift)
            self.pools[key] = values.astype("<f2")
        return self.pools[key]

    def write(self, out, name, shape):
        count = math.prod(shape)
        if len(shape) == 1:
            scale, shift = (0.2, 1.0) if name.endswith("weight") else (0.1, 0.0)
        else:
            scale, shift = 1.0 / math.sqrt(count // shape[0]), 0.0
        pool, done = self.pool(scale, shift), 0
        while done < count:
            n = min(CHUNK, count - done)
            start = int(self.rng.integers(0, POOL - CHUNK + 1))
            out.write(pool[start:start + n].data)
            done += n


def write_safetensors(path, entries, fill):
    head, data_size = header_bytes(entries)
    with open(path, "wb") as out:
        out.write(head)
        for name, dtype, shape in entries:
            if dtype == "I64":
                out.write(np.arange(math.prod(shape), dtype="<i8").tobytes())
            else:
                fill.write(out, name, shape)
        if out.tell() != len(head) + data_size:
            sys.exit(f"internal error: wrote {out.tell()} bytes to {path}, expected {len(head) + data_size}")
    return len(head) + data_size


def write_json(path, value):
    with open(path, "w") as f:
        json.dump(value, f, indent=2)
        f.write("\n")


def copy_into(path, folder):  # contents only: a read-only source must not make a read-only copy
    shutil.copyfile(path, os.path.join(folder, os.path.basename(path)))


def write_diffusers_folder(out_dir, inventory, fill, clip_dir):
    total = 0
    for sub in ("scheduler", "tokenizer", "unet", "vae", "text_encoder"):
        os.makedirs(os.path.join(out_dir, sub), exist_ok=True)
    copy_into(os.path.join(TEMPLATE, "model_index.json"), out_dir)
    copy_into(os.path.join(TEMPLATE, "scheduler", "scheduler_config.json"), os.path.join(out_dir, "scheduler"))
    write_json(os.path.join(out_dir, "tokenizer", "tokenizer_config.json"), TOKENIZER_CONFIG)
    write_json(os.path.join(out_dir, "tokenizer", "special_tokens_map.json"), SPECIAL_TOKENS)
    if clip_dir:
        for name in ("vocab.json", "merges.txt"):
            copy_into(os.path.join(clip_dir, name), os.path.join(out_dir, "tokenizer"))
    for part, sizes in SD15_SIZES.items():
        config = json.load(open(os.path.join(TEMPLATE, part, "config.json")))
        config.update(sizes)
        write_json(os.path.join(out_dir, part, "config.json"), config)
        entries = [(name, "F16", [int(d) for d in shape]) for name, shape in inventory["diffusers_folder"][part].items()]
        total += write_safetensors(os.path.join(out_dir, part, WEIGHT_FILES[part]), entries, fill)
    return total


def main():
    ap = argparse.ArgumentParser(description="random-weight SD 1.5 model (fp16, ~2.1 GB): one file or a diffusers folder")
    ap.add_argument("out")
    ap.add_argument("--diffusers", action="store_true", help="write OUT as a diffusers pipeline folder")
    ap.add_argument("--clip", help="folder with CLIP's vocab.json and merges.txt, copied into the diffusers tokenizer/")
    ap.add_argument("--inventory", default="tests/data/sd15_inventory.json")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--text-model-prefix", action="store_true")
    a = ap.parse_args()
    global np
    try:
        import numpy as np
    except ImportError:
        sys.exit("make_sd15_checkpoint.py needs numpy (pip install numpy, or apt-get install python3-numpy)")
    t0 = time.time()
    inventory = json.load(open(a.inventory))
    fill = RandomFill(a.seed)
    if a.diffusers:
        size = write_diffusers_folder(a.out, inventory, fill, a.clip)
        count = sum(len(m) for m in inventory["diffusers_folder"].values())
    else:
        entries = single_file_entries(inventory, a.text_model_prefix)
        size, count = write_safetensors(a.out, entries, fill), len(entries)
    print(f"{a.out}: {count} tensors, {size} bytes, {time.time() - t0:.1f} s")


if __name__ == "__main__":
    main()
