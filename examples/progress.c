/* progress: a batch of 4 images with a progress callback that cancels after N steps.
   usage: progress MODEL "PROMPT" CANCEL_AFTER_STEPS
   Prints one line per step; exits 0 when the run was cancelled as asked (or finished first). */
#define SD_IMPLEMENTATION
#include "sd_single.h"

#include <stdio.h>
#include <stdlib.h>

typedef struct progress_state {
    int cancel_after;
    int last_step;
} progress_state;

static int on_progress(void *user_data, int step, int steps, double elapsed_seconds) {
    progress_state *state = (progress_state *)user_data;
    state->last_step = step;
    printf("step %d/%d after %.2f s\n", step, steps, elapsed_seconds);
    return step >= state->cancel_after; /* non-zero cancels */
}

int main(int argc, char **argv) {
    sd_desc desc = {0};
    sd_params params = {0};
    sd_image images[4] = {{0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}};
    progress_state state = {0, 0};
    sd_ctx *ctx = NULL;
    sd_result r;
    int i;

    if (argc < 4) {
        fprintf(stderr, "usage: %s MODEL \"PROMPT\" CANCEL_AFTER_STEPS\n", argv[0]);
        return 2;
    }
    desc.model_path = argv[1];
    if (sd_create(&desc, &ctx) != SD_OK) {
        fprintf(stderr, "error: %s\n", ctx ? sd_last_error(ctx) : "out of memory");
        sd_destroy(ctx);
        return 1;
    }
    state.cancel_after = atoi(argv[3]);
    params.prompt = argv[2];
    params.batch = 4;
    params.steps = 10;
    params.progress = on_progress;
    params.progress_user_data = &state;
    r = sd_txt2img(ctx, &params, images);
    if (r == SD_ERR_CANCELLED) printf("cancelled after step %d: %s\n", state.last_step, sd_last_error(ctx));
    else if (r == SD_OK) printf("finished %d images of %dx%d\n", 4, images[0].width, images[0].height);
    else fprintf(stderr, "error: %s\n", sd_last_error(ctx));
    for (i = 0; i < 4; i++) sd_image_free(ctx, &images[i]);
    sd_destroy(ctx);
    return r == SD_OK || r == SD_ERR_CANCELLED ? 0 : 1;
}
