/* ============================================================================================
   Resizing init images and masks to the run's size, as diffusers' image processor does
   ============================================================================================ */
/* diffusers resizes with PIL's Image.resize(LANCZOS); this is the same computation, so that an
   image of another size gives the same pixels as there (tests/data/tiny-resize.safetensors):
   - separable: the rows and the columns (each when the size or the source box needs it) in
     Pillow 13's order, each pass rounding to 8 bits;
   - output pixel i of a pass reads the source around center = in0 + (i + 0.5) * scale, scale =
     (in1 - in0) / out, with the filter (Lanczos-3; bicubic where PIL's default is used)
     stretched by max(scale, 1) when shrinking;
   - the weights are normalized to sum 1, then fixed point with 22 fraction bits (rounded away
     from 0), summed from 2^21 and shifted back, clamped to 0..255.
   [in0, in1) is a source box (PIL's box=), in floats as PIL takes it: A1111's "resize and fill"
   reads degenerate boxes of zero height at the image's edges. */
#define SD__RESAMPLE_BITS 22

static double sd__sinc(double x) {
    if (x == 0.0) return 1.0;
    x = x * 3.14159265358979323846;
    return sin(x) / x;
}

static double sd__lanczos3(double x) { return -3.0 <= x && x < 3.0 ? sd__sinc(x) * sd__sinc(x / 3) : 0.0; }

/* Keys' cubic with a = -0.5 (PIL's BICUBIC, its resize's default filter). */
static double sd__bicubic(double x) {
    const double a = -0.5;
    if (x < 0.0) x = -x;
    if (x < 1.0) return ((a + 2.0) * x - (a + 3.0)) * x * x + 1;
    if (x < 2.0) return (((x - 5) * x + 8) * x - 4) * a;
    return 0.0;
}

typedef struct sd__filter {
    double (*weight)(double x);
    double support;
} sd__filter;
static const sd__filter sd__lanczos = {sd__lanczos3, 3.0}, sd__cubic = {sd__bicubic, 2.0};

/* One axis: for each of out outputs its first source index, its count and ksize fixed-point
   weights. Returns ksize, or 0 when out of memory. */
static int sd__resample_weights(sd__env *env, const sd__filter *filter, int in_size, float in0, float in1, int out, int **bounds,
                                 int32_t **weights) {
    const double scale = (double)(in1 - in0) / out, filterscale = scale < 1.0 ? 1.0 : scale;
    const double support = filter->support * filterscale;
    const int ksize = (int)ceil(support) * 2 + 1;
    double *k = (double *)sd__calloc(env, (size_t)ksize, sizeof(double));
    int i, x;
    *bounds = (int *)sd__calloc(env, (size_t)out, 2 * sizeof(int));
    *weights = (int32_t *)sd__calloc(env, (size_t)out, (size_t)ksize * sizeof(int32_t));
    if (!k || !*bounds || !*weights) {
        sd__free(env, k);
        sd__free(env, *bounds);
        sd__free(env, *weights);
        *bounds = NULL;
        *weights = NULL;
        return 0;
    }
    for (i = 0; i < out; i++) {
        const double center = in0 + (i + 0.5) * scale;
        double sum = 0.0;
        int first = (int)(center - support + 0.5), last = (int)(center + support + 0.5);
        first = first < 0 ? 0 : first;
        last = last > in_size ? in_size : last;
        for (x = 0; x < last - first; x++) sum += k[x] = filter->weight((x + first - center + 0.5) / filterscale);
        for (x = 0; x < last - first; x++) {
            const double w = (sum != 0.0 ? k[x] / sum : k[x]) * (1 << SD__RESAMPLE_BITS);
            (*weights)[(size_t)i * (size_t)ksize + (size_t)x] = (int32_t)(w < 0 ? w - 0.5 : w + 0.5);
        }
        (*bounds)[2 * i] = first;
        (*bounds)[2 * i + 1] = last - first;
    }
    sd__free(env, k);
    return ksize;
}

/* One pass over RGB8: lines of pixels (rows or columns, line_in/line_out bytes apart), each
   resampled from its pixels step_in bytes apart into out pixels step_out bytes apart. */
static void sd__resample_pass(const unsigned char *in, unsigned char *out, int lines, size_t line_in, size_t line_out, size_t step_in,
                              size_t step_out, int out_size, const int *bounds, const int32_t *weights, int ksize) {
    int l, i, x, c;
    for (l = 0; l < lines; l++)
        for (i = 0; i < out_size; i++) {
            const int32_t *w = weights + (size_t)i * (size_t)ksize;
            const unsigned char *src = in + (size_t)l * line_in + (size_t)bounds[2 * i] * step_in;
            for (c = 0; c < 3; c++) {
                long long sum = 1 << (SD__RESAMPLE_BITS - 1), v;
                for (x = 0; x < bounds[2 * i + 1]; x++) sum += (long long)src[(size_t)x * step_in + (size_t)c] * w[x];
                v = sum >= 0 ? sum >> SD__RESAMPLE_BITS : -((-sum - 1) >> SD__RESAMPLE_BITS) - 1; /* floor, as PIL's shift */
                out[(size_t)l * line_out + (size_t)i * step_out + (size_t)c] = (unsigned char)(v < 0 ? 0 : v > 255 ? 255 : v);
            }
        }
}

/* One axis of an RGB8 image of w x h: rows (to out_w wide) or columns (to out_h high), from the
   source box [in0, in1) of that axis, into out. */
static sd_result sd__resize_axis(sd__env *env, const sd__filter *filter, const unsigned char *in, int w, int h, int rows, float in0,
                                 float in1, int out_size, unsigned char *out) {
    int *bounds = NULL;
    int32_t *weights = NULL;
    const int ksize = sd__resample_weights(env, filter, rows ? w : h, in0, in1, out_size, &bounds, &weights);
    if (!ksize) return sd__oom(env);
    if (rows) sd__resample_pass(in, out, h, (size_t)w * 3, (size_t)out_size * 3, 3, 3, out_size, bounds, weights, ksize);
    else sd__resample_pass(in, out, w, 3, 3, (size_t)w * 3, (size_t)w * 3, out_size, bounds, weights, ksize);
    sd__free(env, bounds);
    sd__free(env, weights);
    return SD_OK;
}

/* PIL's Image.resize((out_w, out_h), filter, box) of an RGB8 image into out. Pillow 13 runs the
   columns first when the height shrinks by more than twice as many pixels as the width does (each
   pass rounds to 8 bits, so the order shows in the last bit); earlier Pillows always ran the rows
   first. */
static sd_result sd__resize_rgb(sd__env *env, const sd__filter *filter, const unsigned char *in, int in_w, int in_h, const float box[4],
                                int out_w, int out_h, unsigned char *out) {
    const int need_rows = out_w != in_w || box[0] != 0 || box[2] != out_w;
    const int need_columns = out_h != in_h || box[1] != 0 || box[3] != out_h;
    const int columns_first = in_h - out_h > 0 && in_h - out_h > (in_w - out_w) * 2;
    unsigned char *temp = NULL;
    sd_result r = SD_OK;
    if (need_rows && need_columns) {
        if (!(temp = (unsigned char *)sd__calloc(env, columns_first ? (size_t)in_w * (size_t)out_h : (size_t)out_w * (size_t)in_h, 3)))
            return sd__oom(env);
        if (columns_first) {
            if ((r = sd__resize_axis(env, filter, in, in_w, in_h, 0, box[1], box[3], out_h, temp)) == SD_OK)
                r = sd__resize_axis(env, filter, temp, in_w, out_h, 1, box[0], box[2], out_w, out);
        } else if ((r = sd__resize_axis(env, filter, in, in_w, in_h, 1, box[0], box[2], out_w, temp)) == SD_OK) {
            r = sd__resize_axis(env, filter, temp, out_w, in_h, 0, box[1], box[3], out_h, out);
        }
    } else if (need_rows) {
        r = sd__resize_axis(env, filter, in, in_w, in_h, 1, box[0], box[2], out_w, out);
    } else if (need_columns) {
        r = sd__resize_axis(env, filter, in, in_w, in_h, 0, box[1], box[3], out_h, out);
    } else {
        memcpy(out, in, (size_t)out_w * (size_t)out_h * 3);
    }
    sd__free(env, temp);
    return r;
}

/* Copies the w x h RGB8 image src into the W x H image dst at (x, y), clipped (PIL's paste). */
static void sd__paste_rgb(const unsigned char *src, int w, int h, unsigned char *dst, int W, int H, int x, int y) {
    int row, x0 = x < 0 ? 0 : x, x1 = x + w > W ? W : x + w;
    for (row = y < 0 ? 0 : y; row < y + h && row < H && x0 < x1; row++)
        memcpy(dst + ((size_t)row * (size_t)W + (size_t)x0) * 3, src + ((size_t)(row - y) * (size_t)w + (size_t)(x0 - x)) * 3,
               (size_t)(x1 - x0) * 3);
}

/* A1111's "resize and fill": the bands beside the fitted image (fit_w x fit_h, pasted in the middle
   of the W x H image res), above and below it when rows, else left and right, stretched from its
   first and last edge: boxes of zero height (width) there, resized with PIL's default filter,
   bicubic, as diffusers (and A1111) pass none. */
static sd_result sd__fill_bands(sd__env *env, const unsigned char *fit, int fit_w, int fit_h, int rows, unsigned char *res, int W,
                                int H) {
    const int fill = rows ? H / 2 - fit_h / 2 : W / 2 - fit_w / 2, band_w = rows ? W : fill, band_h = rows ? fill : H;
    unsigned char *band;
    sd_result r = SD_OK;
    int side;
    if (fill <= 0) return SD_OK;
    if (!(band = (unsigned char *)sd__calloc(env, (size_t)band_w * (size_t)band_h, 3))) return sd__oom(env);
    for (side = 0; side < 2 && r == SD_OK; side++) {
        const float edge = side ? (float)(rows ? fit_h : fit_w) : 0.0f;
        float box[4];
        box[0] = rows ? 0.0f : edge;
        box[1] = rows ? edge : 0.0f;
        box[2] = rows ? (float)W : edge;
        box[3] = rows ? edge : (float)H;
        if ((r = sd__resize_rgb(env, &sd__cubic, fit, fit_w, fit_h, box, band_w, band_h, band)) == SD_OK)
            sd__paste_rgb(band, band_w, band_h, res, W, H, rows || !side ? 0 : fill + fit_w, rows && side ? fill + fit_h : 0);
    }
    sd__free(env, band);
    return r;
}

/* image resized to W x H by mode, as diffusers' VaeImageProcessor.resize: stretched ("default"),
   scaled to cover and cropped in the middle ("crop"), or scaled to fit in the middle with the
   bands beside it filled from its edge pixels ("fill", A1111's resize and fill). *out is W x H. */
static sd_result sd__resize_image(sd__env *env, const sd_image *image, sd_resize mode, int W, int H, unsigned char **out) {
    const double ratio = (double)W / H, src_ratio = (double)image->width / image->height;
    const int scaled_w = (int)((long long)image->width * H / image->height), scaled_h = (int)((long long)image->height * W / image->width);
    unsigned char *res = (unsigned char *)sd__calloc(env, (size_t)W * (size_t)H, 3), *fit = NULL;
    float box[4] = {0, 0, 0, 0};
    int fit_w = W, fit_h = H;
    sd_result r;
    if (!res) return sd__oom(env);
    box[2] = (float)image->width;
    box[3] = (float)image->height;
    /* crop: the side that falls short of the target's ratio fills it; fill: the side that reaches it */
    if (mode == SD_RESIZE_CROP && ratio > src_ratio) fit_h = scaled_h;
    if (mode == SD_RESIZE_CROP && !(ratio > src_ratio)) fit_w = scaled_w;
    if (mode == SD_RESIZE_FILL && ratio < src_ratio) fit_h = scaled_h;
    if (mode == SD_RESIZE_FILL && !(ratio < src_ratio)) fit_w = scaled_w;
    fit_w = fit_w < 1 ? 1 : fit_w;
    fit_h = fit_h < 1 ? 1 : fit_h;
    if (fit_w == W && fit_h == H) { /* stretched: resized in place */
        r = sd__resize_rgb(env, &sd__lanczos, image->pixels, image->width, image->height, box, W, H, res);
    } else if (!(fit = (unsigned char *)sd__calloc(env, (size_t)fit_w * (size_t)fit_h, 3))) {
        r = sd__oom(env);
    } else if ((r = sd__resize_rgb(env, &sd__lanczos, image->pixels, image->width, image->height, box, fit_w, fit_h, fit)) == SD_OK) {
        sd__paste_rgb(fit, fit_w, fit_h, res, W, H, W / 2 - fit_w / 2, H / 2 - fit_h / 2);
        if (mode == SD_RESIZE_FILL && ratio != src_ratio) r = sd__fill_bands(env, fit, fit_w, fit_h, ratio < src_ratio, res, W, H);
    }
    sd__free(env, fit);
    if (r != SD_OK) {
        sd__free(env, res);
        return r;
    }
    *out = res;
    return SD_OK;
}
