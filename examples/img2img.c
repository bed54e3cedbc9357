/* img2img: turn an existing picture into a new one, guided by a prompt.
   usage: img2img MODEL INIT.png "PROMPT" OUT.png [STRENGTH]
   The output has the init image's size (both sides must be multiples of 8). */
#define SD_IMPLEMENTATION
#include "sd_single.h"

#include <stdio.h>
#include <stdlib.h>

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#pragma GCC diagnostic ignored "-Wsign-compare"
#pragma GCC diagnostic ignored "-Wunused-function"
#define STB_IMAGE_IMPLEMENTATION
#include <stb_image.h>
#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb_image_write.h>
#pragma GCC diagnostic pop

int main(int argc, char **argv) {
    sd_desc desc = {0};
    sd_params params = {0};
    sd_image init = {0}, out = {0};
    sd_ctx *ctx = NULL;
    sd_result r;
    int channels = 0;

    if (argc < 5) {
        fprintf(stderr, "usage: %s MODEL INIT.png \"PROMPT\" OUT.png [STRENGTH]\n", argv[0]);
        return 2;
    }
    init.pixels = stbi_load(argv[2], &init.width, &init.height, &channels, 3);
    if (!init.pixels) {
        fprintf(stderr, "error: cannot read %s: %s\n", argv[2], stbi_failure_reason());
        return 1;
    }
    desc.model_path = argv[1];
    if (sd_create(&desc, &ctx) != SD_OK) {
        fprintf(stderr, "error: %s\n", ctx ? sd_last_error(ctx) : "out of memory");
        sd_destroy(ctx);
        stbi_image_free(init.pixels);
        return 1;
    }
    params.prompt = argv[3];
    params.strength = argc > 5 ? (float)atof(argv[5]) : 0.6f;
    params.seed = 42;
    params.steps = 20;
    params.sampler = SD_SAMPLER_DDIM;
    r = sd_img2img(ctx, &params, &init, &out);
    if (r != SD_OK) {
        fprintf(stderr, "error: %s\n", sd_last_error(ctx));
    } else if (!stbi_write_png(argv[4], out.width, out.height, 3, out.pixels, out.width * 3)) {
        fprintf(stderr, "error: cannot write %s\n", argv[4]);
        r = SD_ERR_IO;
    }
    sd_image_free(ctx, &out);
    sd_destroy(ctx);
    stbi_image_free(init.pixels);
    return r == SD_OK ? 0 : 1;
}
