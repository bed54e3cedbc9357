/* Attention between its two cuBLAS GEMMs: scores (float, already scaled by 1 / sqrt(d)) become
   probabilities in the storage type for the P V product. */
#include "common.cuh"

/* One block per score row. Rows are [items][rows_per_item][lk]; row r of an item is query
   first_row + r, which with causal != 0 sees keys 0 .. first_row + r only (the rest get 0).
   p may be s itself (float storage): every read of a row precedes the first write to it. */
template <class T>
__device__ void sd_softmax(const float *s, T *p, int lk, int rows_per_item, int first_row, int causal) {
    const long long row = blockIdx.x;
    const float *in = s + row * lk;
    T *out = p + row * lk;
    const int query = first_row + (int)(row % rows_per_item);
    const int valid = causal ? min(lk, query + 1) : lk;
    float m = -INFINITY, sum = 0.0f;
    for (int j = threadIdx.x; j < valid; j += blockDim.x) m = fmaxf(m, in[j]);
    m = sd_block_max(m);
    for (int j = threadIdx.x; j < valid; j += blockDim.x) sum += expf(in[j] - m);
    sum = sd_block_sum2(make_float2(sum, 0.0f)).x;
    const float inv = 1.0f / sum;
    for (int j = threadIdx.x; j < lk; j += blockDim.x) sd_store(out + j, j < valid ? expf(in[j] - m) * inv : 0.0f);
}

#define SD_SOFTMAX(suffix, T)                                                                     \
    extern "C" __global__ void sd_softmax_##suffix(const float *s, T *p, int lk, int rows_per_item, \
                                                   int first_row, int causal) {                    \
        sd_softmax<T>(s, p, lk, rows_per_item, first_row, causal);                                  \
    }
SD_STORAGE_TYPES(SD_SOFTMAX)
