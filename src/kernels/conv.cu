/* conv2d and linear: the GEMMs run in cuBLAS; these kernels gather the im2col rows a GEMM
   chunk reads and add the bias and residual after it. */
#include "common.cuh"

/* col[r][kk] for rows first_row .. first_row + rows - 1 of the im2col matrix of an NHWC image
   x [n, h, w, c]: row m is output pixel (b, oy, ox), column kk = (ky * k + kx) * c + ch. pad
   zero rows and columns precede the input; reads past its end are zero too (the op's padding
   after it). Only the element size matters, so the kernels are per size. */
template <class U>
__device__ void sd_im2col(const U *x, U *col, int h, int w, int c, int k, int stride, int pad, int oh, int ow,
                          long long first_row, int rows) {
    const long long kdim = (long long)k * k * c, total = rows * kdim;
    const long long pixels = (long long)oh * ow;
    SD_FOR_EACH(i, total) {
        const long long r = i / kdim, m = first_row + r;
        const int kk = (int)(i - r * kdim), tap = kk / c, ch = kk - tap * c;
        const int ky = tap / k, kx = tap - ky * k;
        const long long b = m / pixels;
        const int p = (int)(m - b * pixels), oy = p / ow, ox = p - oy * ow;
        const int iy = oy * stride - pad + ky, ix = ox * stride - pad + kx;
        U v = 0;
        if (iy >= 0 && iy < h && ix >= 0 && ix < w) v = x[((b * h + iy) * w + ix) * c + ch];
        col[i] = v;
    }
}

#define SD_IM2COL(suffix, U)                                                                      \
    extern "C" __global__ void sd_im2col_##suffix(const U *x, U *col, int h, int w, int c, int k,  \
                                                  int stride, int pad, int oh, int ow,             \
                                                  long long first_row, int rows) {                 \
        sd_im2col<U>(x, col, h, w, c, k, stride, pad, oh, ow, first_row, rows);                    \
    }
SD_ELEMENT_SIZES(SD_IM2COL)

/* y [rows, n] += bias[n] (may be NULL), then += residual (y's shape, may be NULL), in float:
   the order of the CPU backend's epilogue. */
template <class T>
__device__ void sd_bias_residual(T *y, const float *bias, const T *residual, long long total, int n) {
    SD_FOR_EACH(i, total) {
        float v = sd_load(y + i);
        if (bias) v += bias[i % n];
        if (residual) v += sd_load(residual + i);
        sd_store(y + i, v);
    }
}

#define SD_BIAS_RESIDUAL(suffix, T)                                                               \
    extern "C" __global__ void sd_bias_residual_##suffix(T *y, const float *bias, const T *residual, \
                                                         long long total, int n) {                \
        sd_bias_residual<T>(y, bias, residual, total, n);                                          \
    }
SD_STORAGE_TYPES(SD_BIAS_RESIDUAL)
