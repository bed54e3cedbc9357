/* txt2img: the smallest complete program using sd_single.h.
   usage: txt2img MODEL "PROMPT" OUT.png [SEED]
   MODEL is a .safetensors checkpoint or a diffusers folder. */
#define SD_IMPLEMENTATION
#include "sd_single.h"

#include <stdio.h>
#include <stdlib.h>

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#pragma GCC diagnostic ignored "-Wsign-compare"
#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb_image_write.h>
#pragma GCC diagnostic pop

int main(int argc, char **argv) {
    sd_desc desc = {0};
    sd_params params = {0};
    sd_image image = {0};
    sd_ctx *ctx = NULL;
    sd_result r;

    if (argc < 4) {
        fprintf(stderr, "usage: %s MODEL \"PROMPT\" OUT.png [SEED]\n", argv[0]);
        return 2;
    }
    desc.model_path = argv[1];
    if (sd_create(&desc, &ctx) != SD_OK) {
        fprintf(stderr, "error: %s\n", ctx ? sd_last_error(ctx) : "out of memory");
        sd_destroy(ctx);
        return 1;
    }
    params.prompt = argv[2];
    params.seed = argc > 4 ? strtoull(argv[4], NULL, 10) : 42;
    params.sampler = SD_SAMPLER_EULER_A;
    params.steps = 20;
    r = sd_txt2img(ctx, &params, &image);
    if (r != SD_OK) {
        fprintf(stderr, "error: %s\n", sd_last_error(ctx));
    } else if (!stbi_write_png(argv[3], image.width, image.height, 3, image.pixels, image.width * 3)) {
        fprintf(stderr, "error: cannot write %s\n", argv[3]);
        r = SD_ERR_IO;
    }
    sd_image_free(ctx, &image);
    sd_destroy(ctx);
    return r == SD_OK ? 0 : 1;
}
