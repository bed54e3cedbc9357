#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets, tests/fuzz/corpus/<target>/, from tests/data and
small hand-made inputs. Run from the repository root after ./build/test_sd (it writes build/data/tiny-sd); needs Python 3 and Pillow (for the JPEG
seeds, which the CLI must refuse as init images, and the JPEG and WebP seeds with EXIF, whose
parameters --from-png reads). Seeds stay small: the model seeds are safetensors headers without
their data (the safetensors target pads the data block with zeros). Files named crash-* or regress-* are
regression inputs from fuzzing runs and are never touched here."""
import io
import json
import os
import struct
import zlib

from PIL import Image, PngImagePlugin

ROOT = "tests/fuzz/corpus"
DATA = "tests/data"
TINY_SD_FOLDER = "build/data/tiny-sd"  # the tiny SD 1.x folder with its weights, which ./build/test_sd writes


def write(target, name, data):
    os.makedirs(os.path.join(ROOT, target), exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(ROOT, target, name), "wb") as f:
        f.write(data)


def safetensors(header, data=b"", claimed=None):
    text = json.dumps(header, separators=(",", ":")).encode() if not isinstance(header, (bytes, str)) else (
        header.encode() if isinstance(header, str) else header)
    return struct.pack("<Q", len(text) if claimed is None else claimed) + text + data


def header_only(path):
    with open(path, "rb") as f:
        n = struct.unpack("<Q", f.read(8))[0]
        return struct.pack("<Q", n) + f.read(n)


def safetensors_seeds():
    write("safetensors", "tiny-sd-header", header_only(f"{DATA}/tiny-sd.safetensors"))
    write("safetensors", "tiny-sd-text-encoder-header", header_only(f"{TINY_SD_FOLDER}/text_encoder/model.safetensors"))
    write("safetensors", "tiny-sd2-vae-header", header_only(f"{DATA}/tiny-sd2/vae/diffusion_pytorch_model.safetensors"))
    floats = struct.pack("<4f", 1.0, -2.0, 0.5, 3.0)
    write("safetensors", "f32", safetensors({"a": {"dtype": "F32", "shape": [2, 2], "data_offsets": [0, 16]}}, floats))
    write("safetensors", "mixed-dtypes", safetensors({
        "__metadata__": {"format": "pt"},
        "h": {"dtype": "F16", "shape": [2], "data_offsets": [0, 4]},
        "b": {"dtype": "BF16", "shape": [1, 2], "data_offsets": [4, 8]},
        "d": {"dtype": "F64", "shape": [1], "data_offsets": [8, 16]},
        "i": {"dtype": "I32", "shape": [], "data_offsets": [16, 20]},
        "z": {"dtype": "U8", "shape": [0], "data_offsets": [20, 20]}},
        b"\x00\x3c\x00\xc0\x80\x3f\x80\xbf" + struct.pack("<d", 2.5) + struct.pack("<i", 7)))
    write("safetensors", "metadata-only", safetensors({"__metadata__": {"format": "pt"}}))
    write("safetensors", "empty", b"")
    write("safetensors", "seven-bytes", b"\x02\x00\x00\x00\x00\x00\x00")
    write("safetensors", "length-past-end", safetensors("{}", claimed=1000))
    write("safetensors", "overlap", safetensors({
        "a": {"dtype": "F32", "shape": [2], "data_offsets": [0, 8]},
        "b": {"dtype": "F32", "shape": [2], "data_offsets": [4, 12]}}, bytes(16)))
    write("safetensors", "duplicate", safetensors(
        '{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"a":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}',
        bytes(8)))
    write("safetensors", "shape-overflow", safetensors(
        '{"a":{"dtype":"F32","shape":[4294967296,4294967296,4294967296],"data_offsets":[0,8]}}', bytes(8)))
    write("safetensors", "data-cut", safetensors({"w": {"dtype": "F32", "shape": [1024], "data_offsets": [0, 4096]}},
                                                 bytes(100)))


def config_seeds():
    for model in ("tiny-sd", "tiny-sd2"):
        for part in ("unet", "vae", "text_encoder"):
            with open(f"{DATA}/{model}/{part}/config.json", "rb") as f:
                write("config", f"{model}-{part}", f.read())
        for name in ("scheduler/scheduler_config.json", "model_index.json", "tokenizer/tokenizer_config.json"):
            with open(f"{DATA}/{model}/{name}", "rb") as f:
                write("config", f"{model}-{os.path.basename(name)[:-5]}", f.read())
    with open(f"{DATA}/tiny-sd.json", "rb") as f:
        write("config", "tiny-sd-sidecar", f.read())
    write("config", "euler-karras", json.dumps({"_class_name": "EulerDiscreteScheduler", "use_karras_sigmas": True,
                                                "timestep_spacing": "trailing", "prediction_type": "v_prediction",
                                                "timestep_type": "continuous", "final_sigmas_type": "sigma_min"}))
    write("config", "dpm-zero-snr", json.dumps({"_class_name": "DPMSolverMultistepScheduler", "rescale_betas_zero_snr": True,
                                                "beta_schedule": "squaredcos_cap_v2", "lambda_min_clipped": -5.1,
                                                "solver_type": "heun", "euler_at_final": True}))
    write("config", "heun-clip", json.dumps({"_class_name": "HeunDiscreteScheduler", "use_karras_sigmas": True,
                                             "clip_sample": True, "clip_sample_range": 0.5, "prediction_type": "sample",
                                             "timestep_spacing": "leading", "steps_offset": 1}))
    write("config", "lcm-zero-snr", json.dumps({"_class_name": "LCMScheduler", "original_inference_steps": 20,
                                                "timestep_scaling": 5.0, "rescale_betas_zero_snr": True,
                                                "prediction_type": "v_prediction", "clip_sample": True}))
    write("config", "unipc-bh1", json.dumps({"_class_name": "UniPCMultistepScheduler", "solver_type": "bh1",
                                             "final_sigmas_type": "sigma_min", "use_karras_sigmas": True,
                                             "rescale_betas_zero_snr": True, "lower_order_final": False,
                                             "disable_corrector": [], "solver_order": 2}))
    write("config", "numbers", '{"sample_size": 0e400, "norm_eps": -Infinity, "block_out_channels": [1e3, 2.0], "x": NaN}')
    write("config", "deep", "[" * 70 + "]" * 70)
    write("config", "escapes", '{"_class_name": "\\ud83d\\ude00\\u0000", "act_fn": "s\\u0069lu"}')


def prompt_seeds():
    with open(f"{DATA}/tokens.json") as f:
        items = json.load(f)["items"]
    extra = ["a\u0301\u0323\u0302 combining marks", "\u1100\u1161\u11a8 hangul jamo", "<|startoftext|>x<|endoftext|>!",
             "'s'll're", "\u0130\u03a3\u1e9e lowercase", "a" * 300]
    for i, text in enumerate([item["prompt"] for item in items] + extra):
        for target in ("tokenizer", "prompt"):
            write(target, f"prompt-{i:02d}", text)
    for target in ("tokenizer", "prompt"):
        write(target, "invalid-utf8", b"a \xff cat")
        write(target, "overlong", b"\xc0\xaf \xe0\x80\xaf")
        write(target, "surrogate", b"\xed\xa0\x80")
        write(target, "truncated-utf8", b"caf\xc3")


def cli_seeds():
    def args(*a):
        return "\0".join(a)
    write("cli", "generate", args("-m", "model.safetensors", "-p", "a cat", "-W", "512", "-H", "768", "--steps", "30",
                                  "--cfg", "7.5", "--seed", "42", "--sampler", "dpmpp_2m_karras", "--batch", "2",
                                  "-o", "out.png"))
    write("cli", "img2img", args("--model=m", "--prompt=a dog", "--init-img", "in.png", "--strength", "0.3",
                                 "--negative", "blurry", "--clip-skip", "2", "--rng", "cuda"))
    write("cli", "print-tokens", args("--print-tokens", "-p", "a photo"))
    write("cli", "device", args("-m", "m", "-p", "x", "--backend", "cpu", "--precision", "fp32", "--attention-slice", "auto",
                                "--vae-slicing", "--vae-tiling", "--offload", "sequential", "--threads", "2",
                                "--vram-budget", "4GiB", "--kernels", "k.ptx", "--no-autotune", "-v"))
    write("cli", "help", args("-h"))
    write("cli", "version", args("--version"))
    write("cli", "bad-values", args("-m", "m", "-p", "x", "--steps", "0", "-W", "513", "--cfg", "nan"))
    write("cli", "missing-value", args("-m", "m", "-p"))
    write("cli", "unknown", args("--frobnicate=3", "stray"))
    write("cli", "batch-names", args("-m", "m", "-p", "x", "--batch", "64", "-o", "dir.d/name"))
    write("cli", "formats", args("-m", "m", "-p", "x", "--quality", "85", "--batch", "3", "-o", "dir.d/out.JPG"))
    write("cli", "webp-lossless", args("-m", "m", "-p", "x", "--quality=100", "-o", "out.webp"))
    write("cli", "format-refused", args("-m", "m", "-p", "x", "-o", "out.bmp"))
    write("cli", "quality-for-png", args("-m", "m", "-p", "x", "--quality", "50", "-o", "-"))


def png_chunk(kind, body):
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)


def exif(comment, big_endian=True, comment_at=None, count=None, ifd0_entries=1):
    """TIFF/EXIF data as A1111 (piexif) writes it: IFD0 pointing at the Exif IFD, which holds
    UserComment; the keyword arguments break it in the ways the CLI must refuse."""
    e = ">" if big_endian else "<"
    head = (b"MM" if big_endian else b"II") + struct.pack(e + "HI", 42, 8)
    ifd0 = struct.pack(e + "HHHII", ifd0_entries, 0x8769, 4, 1, 26) + bytes(4)
    exif_ifd = struct.pack(e + "HHHII", 1, 0x9286, 7, len(comment) if count is None else count,
                           44 if comment_at is None else comment_at) + bytes(4)
    return head + ifd0 + exif_ifd + comment


def jpeg_with_app1(jpeg, payload, claimed=None):
    """jpeg with an APP1 segment right after SOI (claimed: a length that lies)."""
    length = len(payload) + 2 if claimed is None else claimed
    return jpeg[:2] + b"\xff\xe1" + struct.pack(">H", length) + payload + jpeg[2:]


def image_seeds():
    def save(name, image, **options):
        buf = io.BytesIO()
        image.save(buf, **options)
        write("image", name, buf.getvalue())
    gradient = Image.frombytes("RGB", (16, 8), bytes((x * 16 + y * 3) % 256 for x in range(16 * 8) for y in range(3)))
    save("rgb-16x8.png", gradient, format="PNG")
    save("gray-8x8.png", gradient.convert("L").crop((0, 0, 8, 8)), format="PNG")
    save("rgba-8x16.png", gradient.convert("RGBA").rotate(90, expand=True), format="PNG")
    save("palette-16x8.png", gradient.convert("P"), format="PNG")
    save("interlaced-7x7.png", gradient.crop((0, 0, 7, 7)), format="PNG", interlace=1)
    save("baseline-16x8.jpg", gradient, format="JPEG", quality=80)
    save("progressive-8x8.jpg", gradient.crop((0, 0, 8, 8)), format="JPEG", progressive=True)
    save("gray-8x8.jpg", gradient.convert("L").crop((0, 0, 8, 8)), format="JPEG")
    ihdr = struct.pack(">IIBBBBB", 8, 8, 16, 2, 0, 0, 0)  # 16-bit RGB, written by hand
    raw = b"".join(b"\0" + bytes(range(48)) for _ in range(8))
    write("image", "rgb16-8x8.png", b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) +
          png_chunk(b"IDAT", zlib.compress(raw)) + png_chunk(b"IEND", b""))
    huge = struct.pack(">IIBBBBB", 100000, 100000, 8, 2, 0, 0, 0)
    write("image", "huge-claimed.png", b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", huge) +
          png_chunk(b"IDAT", zlib.compress(b"\0" * 64)) + png_chunk(b"IEND", b""))
    write("image", "bmp-refused.bmp", b"BM" + bytes(60))
    # the parameters text, as --from-png reads it (the CLI writes these formats)
    settings = "\nNegative prompt: dog\nSteps: 20, Sampler: Euler a, CFG scale: 7, Seed: 1, Size: 16x8"
    info = PngImagePlugin.PngInfo()
    info.add_text("parameters", "a caf\u00e9, sitting" + settings)
    save("parameters-text.png", gradient, format="PNG", pnginfo=info)
    info = PngImagePlugin.PngInfo()
    info.add_itxt("parameters", "a cat \u96ea" + settings)
    save("parameters-itxt.png", gradient, format="PNG", pnginfo=info)
    unicode = b"UNICODE\0" + ("a cat \u96ea \U0001F600" + settings).encode("utf-16-be")
    save("exif-parameters.jpg", gradient, format="JPEG", exif=b"Exif\0\0" + exif(unicode))
    save("exif-parameters.webp", gradient, format="WEBP", exif=exif(unicode))
    save("exif-parameters-lossless.webp", gradient, format="WEBP", lossless=True, exif=b"Exif\0\0" + exif(unicode))
    jpeg = io.BytesIO()
    gradient.save(jpeg, format="JPEG")
    jpeg = jpeg.getvalue()
    write("image", "exif-little-endian-ascii.jpg", jpeg_with_app1(jpeg, b"Exif\0\0" + exif(b"ASCII\0\0\0caf\xe9", False)))
    write("image", "exif-utf16-odd-length-lone-surrogate.jpg",
          jpeg_with_app1(jpeg, b"Exif\0\0" + exif(b"UNICODE\0\x00a\xd8\x00\x00b\x00")))
    write("image", "exif-comment-past-end.jpg", jpeg_with_app1(jpeg, b"Exif\0\0" + exif(unicode, count=1 << 20)))
    write("image", "exif-comment-offset-past-end.jpg", jpeg_with_app1(jpeg, b"Exif\0\0" + exif(unicode, comment_at=0xFFFFFFF0)))
    write("image", "exif-ifd-past-end.jpg", jpeg_with_app1(jpeg, b"Exif\0\0" + exif(unicode, ifd0_entries=0xFFFF)))
    write("image", "exif-no-comment-encoding.jpg", jpeg_with_app1(jpeg, b"Exif\0\0" + exif(bytes(8) + b"text")))
    write("image", "jpeg-segment-past-end.jpg", jpeg_with_app1(jpeg, b"Exif\0\0" + exif(unicode), claimed=0xFFF0)[:200])
    webp = io.BytesIO()
    gradient.save(webp, format="WEBP", exif=exif(unicode))
    webp = webp.getvalue()
    cut = webp.rindex(b"EXIF")
    write("image", "webp-chunk-past-end.webp", webp[:cut + 4] + struct.pack("<I", 1 << 20) + webp[cut + 8:])


if __name__ == "__main__":
    safetensors_seeds()
    config_seeds()
    prompt_seeds()
    cli_seeds()
    image_seeds()
