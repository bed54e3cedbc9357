/* The layout of the denoising step's plan and state, shared by the backends (src/backend/
   interface.c includes it; so do the kernels, src/kernels/image.cu). */
/* The plan of one step: what the UNet call and the sampler's update read, as float32 values so
   that a recorded step (a CUDA graph) reads the new step's from device memory. The schedulers
   fill it (sd__sched_plan). Its first value is the timestep, so a one-value view of the plan is
   the UNet's timesteps tensor. */
enum {
    SD__PLAN_TIMESTEP,
    SD__PLAN_INPUT_SCALE,                     /* the UNet input is the latents times this */
    SD__PLAN_GUIDANCE,                        /* g, used with a prediction of 2B rows */
    SD__PLAN_E_X, SD__PLAN_E_M, SD__PLAN_E_C, /* the new entry e (see sd__denoise_range) */
    SD__PLAN_CLAMP,                           /* > 0: e is clamped to [-clamp, clamp] */
    SD__PLAN_ENTRY_SLOT,                      /* the history slot (0 .. 3) that keeps e, or -1 */
    SD__PLAN_X_X, SD__PLAN_X_S, SD__PLAN_X_M, SD__PLAN_X_C, SD__PLAN_X_E, /* the new latents */
    SD__PLAN_X_H, SD__PLAN_X_Z = SD__PLAN_X_H + 4,
    SD__PLAN_C_C, SD__PLAN_C_M, SD__PLAN_UPDATE_C,
    SD__PLAN_SAVE_SAMPLE,
    SD__PLAN_NONFINITE,                       /* set to 1 by a step that made a latent NaN or Inf */
    SD__PLAN_BLEND,                           /* 1: inpainting with an ordinary model (see below) */
    SD__PLAN_KNOWN_X0, SD__PLAN_KNOWN_Z,      /* the known part: KNOWN_X0 K0 + KNOWN_Z Z0 */
    SD__PLAN_FLOATS
};
/* The sampler's state besides the latents, each a latent batch: the saved sample S, PNDM's
   Runge-Kutta sum C and the history ring H0 .. H3; for inpainting with an ordinary model, the
   known latents K0 (the encoded init image), the first noise Z0 and the mask M (1: repaint). */
enum { SD__AUX_S, SD__AUX_C, SD__AUX_H, SD__AUX_K0 = SD__AUX_H + 4, SD__AUX_Z0, SD__AUX_MASK, SD__AUX_SLOTS };
