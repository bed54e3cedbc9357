/* The steps around the UNet and the VAE that the sampler loop needs on the device: classifier-free
   guidance and the conversion of decoded images to 8-bit pixels. */
#include "common.cuh"

/* x holds [uncond; cond] as two halves of n values each: y = u + g * (c - u), in float. */
template <class T>
__device__ void sd_guidance(const T *x, float *y, long long n, float g) {
    SD_FOR_EACH(i, n) {
        const float u = sd_load(x + i), c = sd_load(x + n + i);
        y[i] = __fadd_rn(u, __fmul_rn(g, __fsub_rn(c, u))); /* no contraction: the host's rounding */
    }
}

#define SD_GUIDANCE(suffix, T)                                                                    \
    extern "C" __global__ void sd_guidance_##suffix(const T *x, float *y, long long n, float g) {   \
        sd_guidance<T>(x, y, n, g);                                                                \
    }
SD_STORAGE_TYPES(SD_GUIDANCE)

/* diffusers' conversion: round(clamp(x / 2 + 0.5, 0, 1) * 255), halves to even (rintf), with
   the host's two roundings (x / 2 is exact). */
template <class T>
__device__ void sd_to_u8(const T *x, unsigned char *y, long long n) {
    SD_FOR_EACH(i, n) {
        const float v = fminf(fmaxf(__fadd_rn(sd_load(x + i) * 0.5f, 0.5f), 0.0f), 1.0f);
        y[i] = (unsigned char)rintf(__fmul_rn(v, 255.0f));
    }
}

#define SD_TO_U8(suffix, T)                                                                       \
    extern "C" __global__ void sd_to_u8_##suffix(const T *x, unsigned char *y, long long n) {      \
        sd_to_u8<T>(x, y, n);                                                                      \
    }
SD_STORAGE_TYPES(SD_TO_U8)
