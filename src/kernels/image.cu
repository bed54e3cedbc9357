/* The steps around the UNet and the VAE that the sampler loop runs on the device: the UNet's
   input and the guidance + sampler update of the denoising step (sd__denoise_range in
   src/backend/interface.c is the reference; the plan in device memory says what each step does),
   and the conversion of decoded images to 8-bit pixels. */
#include "common.cuh"
#include "denoise_plan.h"

/* x [copies * n] = every copy of latents [n] times the plan's input scale. */
template <class T>
__device__ void sd_denoise_input(const float *latents, const float *cond, const float *plan, T *x, long long pixels, int c,
                                 int k, int copies) {
    const float scale = plan[SD__PLAN_INPUT_SCALE];
    const int channels = c + k;
    SD_FOR_EACH(i, pixels * channels * copies) {
        const long long pixel = i / channels % pixels;
        const int ch = (int)(i % channels);
        sd_store(x + i, ch < c ? __fmul_rn(latents[pixel * c + ch], scale) : cond[pixel * k + ch - c]);
    }
}

#define SD_DENOISE_INPUT(suffix, T)                                                                    \
    extern "C" __global__ void sd_denoise_input_##suffix(const float *latents, const float *cond, const float *plan, \
                                                         T *x, long long pixels, int c, int k, int copies) { \
        sd_denoise_input<T>(latents, cond, plan, x, pixels, c, k, copies);                              \
    }
SD_STORAGE_TYPES(SD_DENOISE_INPUT)

/* A plan term: coefficient times value, in double; left out (0) when the coefficient is 0, so a
   buffer no coefficient names is never read. */
#define SD_TERM(index, value) (p[index] != 0.0f ? __dmul_rn((double)p[index], (value)) : 0.0)

/* The step of sd__denoise_range over n latents, with the same operations in the same order
   (no contraction). prediction holds [uncond; cond] (2n values) when guided, else n; aux holds
   SD__AUX_SLOTS slots of n; noise may be NULL. */
template <class T>
__device__ void sd_denoise_step(const T *prediction, int guided, const float *noise, float *p, float *x, float *aux,
                                long long n) {
    const double g = p[SD__PLAN_GUIDANCE];
    const int slot = (int)p[SD__PLAN_ENTRY_SLOT];
    const bool entry = p[SD__PLAN_E_X] != 0.0f || p[SD__PLAN_E_M] != 0.0f || p[SD__PLAN_E_C] != 0.0f;
    float *saved = aux + SD__AUX_S * n, *sum = aux + SD__AUX_C * n, *history = aux + SD__AUX_H * n;
    const float *known = aux + SD__AUX_K0 * n, *first_noise = aux + SD__AUX_Z0 * n, *mask = aux + SD__AUX_MASK * n;
    SD_FOR_EACH(k, n) {
        const double xv = x[k], u = sd_load(prediction + k);
        const double m = guided ? __dadd_rn(u, __dmul_rn(g, __dsub_rn((double)sd_load(prediction + n + k), u))) : u;
        double e = 0.0, next;
        if (entry) {
            e = __dadd_rn(__dadd_rn(SD_TERM(SD__PLAN_E_X, xv), SD_TERM(SD__PLAN_E_M, m)), SD_TERM(SD__PLAN_E_C, (double)sum[k]));
            if (p[SD__PLAN_CLAMP] > 0.0f) e = fmin(fmax(e, -(double)p[SD__PLAN_CLAMP]), (double)p[SD__PLAN_CLAMP]);
            e = (double)(float)e;
        }
        next = __dadd_rn(__dadd_rn(__dadd_rn(__dadd_rn(SD_TERM(SD__PLAN_X_X, xv), SD_TERM(SD__PLAN_X_S, (double)saved[k])),
                                             SD_TERM(SD__PLAN_X_M, m)),
                                   SD_TERM(SD__PLAN_X_C, (double)sum[k])),
                         SD_TERM(SD__PLAN_X_E, e));
        for (int j = 0; j < 4; j++) next = __dadd_rn(next, SD_TERM(SD__PLAN_X_H + j, (double)history[j * n + k]));
        next = __dadd_rn(next, SD_TERM(SD__PLAN_X_Z, (double)noise[k]));
        if (entry && slot >= 0) history[slot * n + k] = (float)e;
        if (p[SD__PLAN_UPDATE_C] != 0.0f)
            sum[k] = (float)__dadd_rn(SD_TERM(SD__PLAN_C_C, (double)sum[k]), SD_TERM(SD__PLAN_C_M, m));
        if (p[SD__PLAN_SAVE_SAMPLE] != 0.0f) saved[k] = x[k];
        if (p[SD__PLAN_BLEND] != 0.0f) {
            const double repaint = mask[k];
            next = __dadd_rn(__dmul_rn(1.0 - repaint, __dadd_rn(SD_TERM(SD__PLAN_KNOWN_X0, (double)known[k]),
                                                                SD_TERM(SD__PLAN_KNOWN_Z, (double)first_noise[k]))),
                             __dmul_rn(repaint, (double)(float)next));
        }
        x[k] = (float)next;
        if (!isfinite(x[k])) p[SD__PLAN_NONFINITE] = 1.0f; /* every writer writes the same */
    }
}
#undef SD_TERM

#define SD_DENOISE_STEP(suffix, T)                                                                \
    extern "C" __global__ void sd_denoise_step_##suffix(const T *prediction, int guided, const float *noise, \
                                                        float *plan, float *x, float *aux, long long n) { \
        sd_denoise_step<T>(prediction, guided, noise, plan, x, aux, n);                             \
    }
SD_STORAGE_TYPES(SD_DENOISE_STEP)

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
