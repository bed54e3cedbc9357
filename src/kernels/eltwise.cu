/* Elementwise ops, storage casts, nearest upsampling and channel concatenation. */
#include "common.cuh"

/* Storage casts for host copies: float32 data in and out of half / bfloat16 tensors. */
#define SD_CASTS(suffix, T)                                                                       \
    extern "C" __global__ void sd_cast_f32_to_##suffix(const float *src, T *dst, long long n) {   \
        SD_FOR_EACH(i, n) sd_store(dst + i, src[i]);                                               \
    }                                                                                              \
    extern "C" __global__ void sd_cast_##suffix##_to_f32(const T *src, float *dst, long long n) {  \
        SD_FOR_EACH(i, n) dst[i] = sd_load(src + i);                                               \
    }
SD_CASTS(f16, __half)
SD_CASTS(bf16, __nv_bfloat16)

/* act: 0 SiLU, 1 exact GELU, 2 quick GELU, 3 ReLU (sd__activation's order). y may be x. */
template <class T>
__device__ void sd_activation(const T *x, T *y, long long n, int act) {
    SD_FOR_EACH(i, n) {
        const float v = sd_load(x + i);
        sd_store(y + i, act == 0 ? sd_silu(v) : act == 1 ? sd_gelu(v) : act == 2 ? sd_quick_gelu(v) : fmaxf(v, 0.0f));
    }
}

#define SD_ACTIVATION(suffix, T)                                                                  \
    extern "C" __global__ void sd_activation_##suffix(const T *x, T *y, long long n, int act) {   \
        sd_activation<T>(x, y, n, act);                                                            \
    }
SD_STORAGE_TYPES(SD_ACTIVATION)

/* x [rows, 2 * half] -> y [rows, half] = x[:, :half] * gelu(x[:, half:]). */
template <class T>
__device__ void sd_geglu(const T *x, T *y, long long total, int half) {
    SD_FOR_EACH(i, total) {
        const long long r = i / half;
        const T *hidden = x + r * 2 * half + (i - r * half);
        sd_store(y + i, sd_load(hidden) * sd_gelu(sd_load(hidden + half)));
    }
}

#define SD_GEGLU(suffix, T)                                                                       \
    extern "C" __global__ void sd_geglu_##suffix(const T *x, T *y, long long total, int half) {    \
        sd_geglu<T>(x, y, total, half);                                                            \
    }
SD_STORAGE_TYPES(SD_GEGLU)

/* y = alpha * a + beta * b. With sample > 0, b is [n, 1, 1, c] and element i of a reads
   b[(i / sample) * c + i % c] (sample = h * w * c); else b has a's shape. y may be a. */
template <class T>
__device__ void sd_add(const T *a, const T *b, T *y, long long total, float alpha, float beta, int c, long long sample) {
    SD_FOR_EACH(i, total) {
        const long long j = sample > 0 ? (i / sample) * c + i % c : i;
        sd_store(y + i, sd_load(a + i) * alpha + sd_load(b + j) * beta);
    }
}

#define SD_ADD(suffix, T)                                                                         \
    extern "C" __global__ void sd_add_##suffix(const T *a, const T *b, T *y, long long total,     \
                                               float alpha, float beta, int c, long long sample) { \
        sd_add<T>(a, b, y, total, alpha, beta, c, sample);                                         \
    }
SD_STORAGE_TYPES(SD_ADD)

/* Nearest resize of x [n, ih, iw, c] to y [n, oh, ow, c]: source row floor(oy * scale_h) with
   scale_h = (float)ih / oh computed by the host, as torch does (likewise columns). */
template <class U>
__device__ void sd_upsample(const U *x, U *y, int ih, int iw, int oh, int ow, int c, float scale_h, float scale_w,
                            long long total) {
    SD_FOR_EACH(i, total) {
        long long t = i / c;
        const int ch = (int)(i - t * c), ox = (int)(t % ow);
        t /= ow;
        const int oy = (int)(t % oh);
        const long long b = t / oh;
        const int iy = min((int)floorf((float)oy * scale_h), ih - 1), ix = min((int)floorf((float)ox * scale_w), iw - 1);
        y[i] = x[((b * ih + iy) * iw + ix) * c + ch];
    }
}

#define SD_UPSAMPLE(suffix, U)                                                                    \
    extern "C" __global__ void sd_upsample_##suffix(const U *x, U *y, int ih, int iw, int oh, int ow, \
                                                    int c, float scale_h, float scale_w,          \
                                                    long long total) {                            \
        sd_upsample<U>(x, y, ih, iw, oh, ow, c, scale_h, scale_w, total);                          \
    }
SD_ELEMENT_SIZES(SD_UPSAMPLE)

/* y [pixels, ca + cb] = [a [pixels, ca], b [pixels, cb]]. */
template <class U>
__device__ void sd_concat(const U *a, const U *b, U *y, long long total, int ca, int cb) {
    const int c = ca + cb;
    SD_FOR_EACH(i, total) {
        const long long p = i / c;
        const int ch = (int)(i - p * c);
        y[i] = ch < ca ? a[p * ca + ch] : b[p * cb + (ch - ca)];
    }
}

#define SD_CONCAT(suffix, U)                                                                      \
    extern "C" __global__ void sd_concat_##suffix(const U *a, const U *b, U *y, long long total,   \
                                                  int ca, int cb) {                               \
        sd_concat<U>(a, b, y, total, ca, cb);                                                      \
    }
SD_ELEMENT_SIZES(SD_CONCAT)

/* y [rows, dim]: diffusers' get_timestep_embedding of timesteps[count == 1 ? 0 : row], in float as
   sd__timestep_embedding_row computes it on the host ([sin, cos], [cos, sin] when flipped, zero
   padding when dim is odd). The timesteps come from device memory, so a recorded step reads the
   new step's. */
template <class T>
__device__ void sd_timestep_embedding(const float *timesteps, int count, T *y, int rows, int dim, int flip, float shift) {
    const int half = dim / 2;
    SD_FOR_EACH(i, (long long)rows * half) {
        const int row = (int)(i / half), j = (int)(i % half);
        const float exponent = __fdiv_rn(__fmul_rn((float)j, -9.210340371976184f), __fsub_rn((float)half, shift));
        const float arg = __fmul_rn(timesteps[count == 1 ? 0 : row], expf(exponent));
        T *out = y + (long long)row * dim;
        sd_store(out + (flip ? half + j : j), sinf(arg));
        sd_store(out + (flip ? j : half + j), cosf(arg));
        if (j == 0 && dim % 2) sd_store(out + dim - 1, 0.0f);
    }
}

#define SD_TIMESTEP_EMBEDDING(suffix, T)                                                          \
    extern "C" __global__ void sd_timestep_embedding_##suffix(const float *timesteps, int count, T *y, int rows, \
                                                              int dim, int flip, float shift) {    \
        sd_timestep_embedding<T>(timesteps, count, y, rows, dim, flip, shift);                     \
    }
SD_STORAGE_TYPES(SD_TIMESTEP_EMBEDDING)
