# Goldens for VAE tiling (diffusers' AutoencoderKL.enable_tiling) on the tiny SD 1.x model:
# tests/data/tiny-sd-tiling.safetensors. Inputs are made in the test itself, so only outputs are
# stored: the latent is torch.randn((1, 4, 17, 17), generator=manual_seed(5)) (the library's RNG
# reproduces it) and the image is u8 pixel (x * 7 + y * 13 + c * 50) % 256, scaled to [-1, 1].
# With the tiny VAE (sample_size 64) a tile is 8 latents / 64 pixels, so 17 latents and 136
# pixels take three overlapping tiles a side, the last one partial.
# Usage: python3 tools/gen/make_tiling_goldens.py [MODEL_DIR] [OUT]
import sys
import numpy as np
import torch
from diffusers import AutoencoderKL
from safetensors.torch import save_file

model = sys.argv[1] if len(sys.argv) > 1 else "build/data/tiny-sd"
out = sys.argv[2] if len(sys.argv) > 2 else "tests/data/tiny-sd-tiling.safetensors"
vae = AutoencoderKL.from_pretrained(model, subfolder="vae", torch_dtype=torch.float32).eval()
vae.enable_tiling()
side = 17
with torch.no_grad():
    z = torch.randn((1, 4, side, side), generator=torch.Generator().manual_seed(5))
    dec = vae.decode(z).sample
    u8 = ((dec / 2 + 0.5).clamp(0, 1).permute(0, 2, 3, 1).numpy() * 255).round().astype("uint8")
    y, x, c = np.meshgrid(np.arange(side * 8), np.arange(side * 8), np.arange(3), indexing="ij")
    pix = ((x * 7 + y * 13 + c * 50) % 256).astype(np.float32)
    img = torch.from_numpy(pix / 255.0 * 2.0 - 1.0).permute(2, 0, 1)[None].contiguous()
    dist = vae.encode(img).latent_dist
save_file({"tiled.decoded_u8": torch.from_numpy(u8).contiguous(), "tiled.enc_mean": dist.mean.contiguous(),
           "tiled.enc_std": dist.std.contiguous()}, out)
print(out, {k: tuple(v.shape) for k, v in {"dec": dec, "mean": dist.mean}.items()})
