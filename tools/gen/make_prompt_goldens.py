# Goldens for weighted and long prompts with the tiny SD 1.x model (build/data/tiny-sd, which ./build/test_sd makes from tests/data/tiny-sd.safetensors), for
# sd_single.h's tests. diffusers has no A1111 prompt syntax in its main pipelines, so the prompt
# embeddings are computed here by AUTOMATIC1111's rules (written out below from its documented
# behaviour; none of its code), then diffusers' StableDiffusionPipeline runs them through
# prompt_embeds / negative_prompt_embeds. Runs on the CPU in float32.
#
#   python3 tools/gen/make_prompt_goldens.py --clip CLIP_DIR [--sd1 build/data/tiny-sd] [--out tests/data]
# CLIP_DIR holds CLIP's vocab.json and merges.txt.
#
# The rules (A1111's modules/prompt_parser.py and sd_hijack_clip.py, option defaults):
#   parse: "(" ... ")" multiplies the weight of what it encloses by 1.1, "[" ... "]" divides it by
#     1.1, "(text:N)" multiplies by N; brackets still open at the end count as closed there; a
#     closing bracket with none open, and ":N)" with no "(" open, are text; \( \) \[ \] \\ are the
#     characters, any other backslash is dropped; the word BREAK (with the spaces around it)
#     starts a new chunk; neighbouring pieces of one weight merge.
#   tokens: each piece is tokenized on its own (no BOS/EOS, no truncation), and every token gets
#     its piece's weight.
#   chunks: 75 tokens each. When a chunk is full and a comma was among its last 20 tokens, the
#     tokens after that comma move to the next chunk. Each chunk is BOS + its tokens padded with
#     EOS to 75 + EOS (weight 1 for those).
#   encoding: each chunk through the text encoder (last layer); then z * weight per token, and z
#     times (mean before / mean after) over the whole chunk ("Original" emphasis), in float32.
#   the prompt's chunks are joined along the tokens; the negative prompt gets as many, padded
#     with the encoding of "" (A1111's "pad prompt/negative prompt to be same length").
#
# Textual inversion: two random embeddings for the tiny model, in diffusers' format
# (tiny-sd-cat-toy.safetensors, one tensor "<cat-toy>" [2, width]) and in A1111's
# (tinyneg.safetensors, "emb_params" [3, width], the word being the file's name), loaded with
# diffusers' load_textual_inversion; the case runs diffusers' own pipeline on the text.
#
# Writes into --out: tiny-sd-prompts.safetensors, with for each case C of CASES:
#   prompts.C.ids, prompts.C.weights ([chunks, 77] int32 / float32, the prompt's), prompts.C.neg_ids,
#   prompts.C.neg_weights, prompts.C.latents (final latents [1,4,8,8]), prompts.C.image_u8
#   (uint8 [1,64,64,3]); prompts.ti.latents / .image_u8 for TI_CASE; and tiny-sd-prompts.json, the
#   cases with their prompts and settings.
import argparse, json, os, re, shutil, sys, tempfile

import torch
from safetensors.torch import save_file

from diffusers import AutoencoderKL, DDIMScheduler, StableDiffusionPipeline, UNet2DConditionModel
from transformers import CLIPTextModel, CLIPTokenizer

H = W = 64
STEPS = 10
GUIDANCE = 7.5
SEED = 42
CHUNK = 75
BACKTRACK = 20
LIST = ", ".join(f"{c} {o}" for c in ["red", "green", "blue", "small", "old", "shiny", "wooden", "tall"]
                 for o in ["house", "tree", "car", "boat", "lamp"])  # a comma list of about 120 tokens
CASES = [
    ("weighted", "a (red:1.3) house with [[blue]] windows, (((sunny))) day, \\(not weighted\\)", "blurry, (ugly:1.2)"),
    ("long", "a photo of " + LIST + ", in the evening light, (highly detailed:1.1)", "blurry"),
    ("break", "a cat on a (sofa) BREAK a dog in a [garden]", ""),
]


TI_CASE = ("ti", "a photo of <cat-toy> on a table", "tinyneg, blurry")
TI_FILES = [("tiny-sd-cat-toy.safetensors", "<cat-toy>", 2, None), ("tinyneg.safetensors", "emb_params", 3, "tinyneg")]


def parse(text):
    """[(text, weight, is_break)] by the rules above."""
    pieces, rounds, squares, i = [], [], [], 0

    def multiply(first, factor):
        for p in pieces[first:]:
            if not p[2]:
                p[1] *= factor

    def plain(s):
        parts = re.split(r"\s*\bBREAK\b\s*", s)
        for k, part in enumerate(parts):
            if k:
                pieces.append(["BREAK", -1.0, True])
            pieces.append([part, 1.0, False])

    while i < len(text):
        c = text[i]
        m = re.match(r":([+-]?[.\d]+)\)", text[i:])
        if c == "\\":
            esc = text[i + 1:i + 2] in ("(", ")", "[", "]", "\\") and i + 1 < len(text)
            pieces.append([text[i + 1] if esc else "", 1.0, False])
            i += 2 if esc else 1
        elif c == "(":
            rounds.append(len(pieces)); i += 1
        elif c == "[":
            squares.append(len(pieces)); i += 1
        elif m and rounds:
            multiply(rounds.pop(), float(m.group(1))); i += m.end()
        elif c == ")" and rounds:
            multiply(rounds.pop(), 1.1); i += 1
        elif c == "]" and squares:
            multiply(squares.pop(), 1 / 1.1); i += 1
        elif c in ":)]":
            n = m.end() if m else 1
            plain(text[i:i + n]); i += n
        else:
            n = re.match(r"[^\\()\[\]:]+", text[i:]).end()
            plain(text[i:i + n]); i += n
    for p in rounds:
        multiply(p, 1.1)
    for p in squares:
        multiply(p, 1 / 1.1)
    if not pieces:
        pieces = [["", 1.0, False]]
    k = 0
    while k + 1 < len(pieces):
        a, b = pieces[k], pieces[k + 1]
        if not a[2] and not b[2] and a[1] == b[1]:
            a[0] += b[0]
            pieces.pop(k + 1)
        else:
            k += 1
    return pieces


def chunks_of(tok, text):
    """(ids [chunks, 77], weights [chunks, 77])."""
    comma = tok(",", add_special_tokens=False).input_ids
    comma = comma[0] if len(comma) == 1 else -1
    out_ids, out_w = [], []
    cur, cur_w, last_comma = [], [], -1

    def close():
        nonlocal cur, cur_w, last_comma
        pad = CHUNK - len(cur)
        ids = [tok.bos_token_id] + cur + [tok.eos_token_id] * pad + [tok.eos_token_id]
        w = [1.0] + cur_w + [1.0] * pad + [1.0]
        out_ids.append(ids); out_w.append(w)
        cur, cur_w, last_comma = [], [], -1

    for text_piece, weight, is_break in parse(text):
        if is_break:
            close()
            continue
        for t in tok(text_piece, add_special_tokens=False, truncation=False).input_ids:
            if t == comma:
                last_comma = len(cur)
            elif len(cur) == CHUNK and last_comma != -1 and len(cur) - last_comma <= BACKTRACK:
                keep = last_comma + 1
                moved, moved_w = cur[keep:], cur_w[keep:]
                cur, cur_w = cur[:keep], cur_w[:keep]
                close()
                cur, cur_w = moved, moved_w
            if len(cur) == CHUNK:
                close()
            cur.append(t); cur_w.append(weight)
    if cur or not out_ids:
        close()
    return out_ids, out_w


@torch.no_grad()
def encode(te, ids, weights):
    zs = []
    for chunk_ids, chunk_w in zip(ids, weights):
        z = te(torch.tensor([chunk_ids]))[0]
        w = torch.tensor([chunk_w], dtype=torch.float32)
        before = z.mean()
        z = z * w.reshape(w.shape + (1,)).expand(z.shape)
        after = z.mean()
        zs.append(z * (before / after))
    return torch.hstack(zs)


def make_tokenizer(clip_dir):
    d = tempfile.mkdtemp()
    for f in ("vocab.json", "merges.txt"):
        shutil.copy(os.path.join(clip_dir, f), d)
    special = {"bos_token": "<|startoftext|>", "eos_token": "<|endoftext|>", "pad_token": "<|endoftext|>",
               "unk_token": "<|endoftext|>"}
    json.dump(dict(special, add_prefix_space=False, do_lower_case=True, errors="replace", model_max_length=77,
                   tokenizer_class="CLIPTokenizer"), open(os.path.join(d, "tokenizer_config.json"), "w"))
    tok = CLIPTokenizer.from_pretrained(d)
    shutil.rmtree(d)
    return tok


def load_models(folder):
    """The UNet, VAE and text encoder of a diffusers folder, in float32."""
    unet = UNet2DConditionModel.from_pretrained(folder, subfolder="unet", torch_dtype=torch.float32).eval()
    vae = AutoencoderKL.from_pretrained(folder, subfolder="vae", torch_dtype=torch.float32).eval()
    te = CLIPTextModel.from_pretrained(folder, subfolder="text_encoder", torch_dtype=torch.float32).eval()
    return unet, vae, te


def arguments():
    ap = argparse.ArgumentParser()
    ap.add_argument("--clip", required=True)
    ap.add_argument("--sd1", default="build/data/tiny-sd")
    ap.add_argument("--out", default="tests/data")
    return ap.parse_args()


def main():
    a = arguments()
    tok = make_tokenizer(a.clip)
    unet, vae, te = load_models(a.sd1)
    sched = DDIMScheduler.from_pretrained(a.sd1, subfolder="scheduler")
    pipe = StableDiffusionPipeline(vae=vae, text_encoder=te, tokenizer=tok, unet=unet, scheduler=sched,
                                   safety_checker=None, feature_extractor=None, requires_safety_checker=False)
    pipe.set_progress_bar_config(disable=True)
    T, cases = {}, []
    for name, prompt, negative in CASES:
        ids, w = chunks_of(tok, prompt)
        neg_ids, neg_w = chunks_of(tok, negative)
        empty_ids, empty_w = chunks_of(tok, "")
        while len(neg_ids) < len(ids):
            neg_ids.append(empty_ids[0]); neg_w.append(empty_w[0])
        while len(ids) < len(neg_ids):
            ids.append(empty_ids[0]); w.append(empty_w[0])
        cond, uncond = encode(te, ids, w), encode(te, neg_ids, neg_w)
        lat = pipe(prompt_embeds=cond, negative_prompt_embeds=uncond, height=H, width=W, num_inference_steps=STEPS,
                   guidance_scale=GUIDANCE, generator=torch.Generator().manual_seed(SEED), output_type="latent").images
        with torch.no_grad():
            img = vae.decode(lat / vae.config.scaling_factor).sample
        u8 = ((img / 2 + 0.5).clamp(0, 1).permute(0, 2, 3, 1).numpy() * 255).round().astype("uint8")
        key = f"prompts.{name}"
        T[key + ".ids"] = torch.tensor(ids, dtype=torch.int32)
        T[key + ".weights"] = torch.tensor(w, dtype=torch.float32)
        T[key + ".neg_ids"] = torch.tensor(neg_ids, dtype=torch.int32)
        T[key + ".neg_weights"] = torch.tensor(neg_w, dtype=torch.float32)
        T[key + ".latents"] = lat.contiguous()
        T[key + ".image_u8"] = torch.from_numpy(u8)
        cases.append({"key": key, "prompt": prompt, "negative_prompt": negative, "chunks": len(ids)})
        print(f"{name}: {len(ids)} chunks", file=sys.stderr)
    # textual inversion: vectors of the token embedding's scale
    g = torch.Generator().manual_seed(7)
    scale = float(te.get_input_embeddings().weight.std())
    files = []
    for file, tensor_name, vectors, token in TI_FILES:
        path = os.path.join(a.out, file)
        save_file({tensor_name: (torch.randn(vectors, te.config.hidden_size, generator=g) * scale).contiguous()}, path)
        pipe.load_textual_inversion(path, token=token)
        files.append({"file": file, "token": token})
    name, prompt, negative = TI_CASE
    lat = pipe(prompt, negative_prompt=negative, height=H, width=W, num_inference_steps=STEPS, guidance_scale=GUIDANCE,
               generator=torch.Generator().manual_seed(SEED), output_type="latent").images
    with torch.no_grad():
        img = vae.decode(lat / vae.config.scaling_factor).sample
    T["prompts.ti.latents"] = lat.contiguous()
    T["prompts.ti.image_u8"] = torch.from_numpy(
        ((img / 2 + 0.5).clamp(0, 1).permute(0, 2, 3, 1).numpy() * 255).round().astype("uint8"))
    save_file({k: v.clone().contiguous() for k, v in T.items()}, os.path.join(a.out, "tiny-sd-prompts.safetensors"))
    json.dump({"sampler": "ddim", "steps": STEPS, "guidance_scale": GUIDANCE, "seed": SEED, "height": H, "width": W,
               "cases": cases, "embedding_case": {"key": "prompts.ti", "prompt": prompt, "negative_prompt": negative,
                                                  "embeddings": files}},
              open(os.path.join(a.out, "tiny-sd-prompts.json"), "w"), indent=1)


if __name__ == "__main__":
    main()
