/* Group norm and layer norm. Statistics are float sums of (x - shift), where shift is the
   first element of the group or row: with the shift near the mean the sums stay small, so the
   variance keeps its precision however large the mean (and x - shift is exact for nearby
   values), and the normalization subtracts (shift, then mean - shift) in that order. */
#include "common.cuh"

/* Group norm, pass 1: grid (samples * groups, splits). Block (item, split) sums x - shift and
   its square over its share of the item's pixels * (c / groups) values into partial[item][split]. */
template <class T>
__device__ void sd_group_norm_partial(const T *x, float2 *partial, int pixels, int c, int groups) {
    const int item = blockIdx.x, s = item / groups, g = item - s * groups, cg = c / groups;
    const long long count = (long long)pixels * cg, per = (count + gridDim.y - 1) / gridDim.y;
    const long long begin = blockIdx.y * per, end = min(count, begin + per);
    const T *base = x + (long long)s * pixels * c + (long long)g * cg;
    const float shift = sd_load(base);
    float2 sums = make_float2(0.0f, 0.0f);
    for (long long i = begin + threadIdx.x; i < end; i += blockDim.x) {
        const long long p = i / cg;
        const float d = sd_load(base + p * c + (i - p * cg)) - shift;
        sums.x += d;
        sums.y += d * d;
    }
    sums = sd_block_sum2(sums);
    if (threadIdx.x == 0) partial[(long long)item * gridDim.y + blockIdx.y] = sums;
}

#define SD_GROUP_NORM_PARTIAL(suffix, T)                                                          \
    extern "C" __global__ void sd_group_norm_partial_##suffix(const T *x, float2 *partial, int pixels, \
                                                              int c, int groups) {                \
        sd_group_norm_partial<T>(x, partial, pixels, c, groups);                                   \
    }
SD_STORAGE_TYPES(SD_GROUP_NORM_PARTIAL)

/* Group norm, pass 2: one thread per item folds its splits into stats[item] = (shift,
   mean - shift, 1 / sqrt(var + eps), unused). */
template <class T>
__device__ void sd_group_norm_finish(const T *x, const float2 *partial, float4 *stats, int items, int splits,
                                     int pixels, int c, int groups, float eps) {
    const int item = blockIdx.x * blockDim.x + threadIdx.x;
    if (item >= items) return;
    const int s = item / groups, g = item - s * groups, cg = c / groups;
    const float count = (float)((long long)pixels * cg);
    float2 sums = make_float2(0.0f, 0.0f);
    for (int k = 0; k < splits; k++) {
        sums.x += partial[(long long)item * splits + k].x;
        sums.y += partial[(long long)item * splits + k].y;
    }
    const float delta = sums.x / count;
    const float var = fmaxf(sums.y / count - delta * delta, 0.0f);
    stats[item] = make_float4(sd_load(x + (long long)s * pixels * c + (long long)g * cg), delta,
                              1.0f / sqrtf(var + eps), 0.0f);
}

#define SD_GROUP_NORM_FINISH(suffix, T)                                                           \
    extern "C" __global__ void sd_group_norm_finish_##suffix(const T *x, const float2 *partial,     \
                                                             float4 *stats, int items, int splits,  \
                                                             int pixels, int c, int groups,         \
                                                             float eps) {                           \
        sd_group_norm_finish<T>(x, partial, stats, items, splits, pixels, c, groups, eps);          \
    }
SD_STORAGE_TYPES(SD_GROUP_NORM_FINISH)

/* Group norm, pass 3: y = normalized x * gamma + beta, then SiLU when silu != 0. */
template <class T>
__device__ void sd_group_norm_apply(const T *x, const float4 *stats, const float *gamma, const float *beta, T *y,
                                    long long total, int pixels, int c, int groups, int silu) {
    const long long sample = (long long)pixels * c;
    const int cg = c / groups;
    SD_FOR_EACH(i, total) {
        const int ch = (int)(i % c);
        const float4 st = stats[(i / sample) * groups + ch / cg];
        float v = ((sd_load(x + i) - st.x) - st.y) * st.z * gamma[ch] + beta[ch];
        if (silu) v = sd_silu(v);
        sd_store(y + i, v);
    }
}

#define SD_GROUP_NORM_APPLY(suffix, T)                                                            \
    extern "C" __global__ void sd_group_norm_apply_##suffix(const T *x, const float4 *stats,       \
                                                            const float *gamma, const float *beta, \
                                                            T *y, long long total, int pixels,     \
                                                            int c, int groups, int silu) {         \
        sd_group_norm_apply<T>(x, stats, gamma, beta, y, total, pixels, c, groups, silu);           \
    }
SD_STORAGE_TYPES(SD_GROUP_NORM_APPLY)

/* Layer norm over the c values of each row; one block per row. */
template <class T>
__device__ void sd_layer_norm(const T *x, const float *gamma, const float *beta, T *y, int c, float eps) {
    const T *row = x + (long long)blockIdx.x * c;
    T *out = y + (long long)blockIdx.x * c;
    const float shift = sd_load(row);
    float2 sums = make_float2(0.0f, 0.0f);
    for (int i = threadIdx.x; i < c; i += blockDim.x) {
        const float d = sd_load(row + i) - shift;
        sums.x += d;
        sums.y += d * d;
    }
    sums = sd_block_sum2(sums);
    const float delta = sums.x / (float)c;
    const float rstd = 1.0f / sqrtf(fmaxf(sums.y / (float)c - delta * delta, 0.0f) + eps);
    for (int i = threadIdx.x; i < c; i += blockDim.x)
        sd_store(out + i, ((sd_load(row + i) - shift) - delta) * rstd * gamma[i] + beta[i]);
}

#define SD_LAYER_NORM(suffix, T)                                                                  \
    extern "C" __global__ void sd_layer_norm_##suffix(const T *x, const float *gamma, const float *beta, \
                                                      T *y, int c, float eps) {                   \
        sd_layer_norm<T>(x, gamma, beta, y, c, eps);                                               \
    }
SD_STORAGE_TYPES(SD_LAYER_NORM)
