/* The scheduler's step on the host, as diffusers' scheduler.step() would take it: the step's plan
   (sd__sched_plan) applied by sd__denoise_range to host buffers, the reference every backend's
   denoise_step follows. For the scheduler tests and the config fuzzer. */
#ifndef SD_SCHED_HOST_H
#define SD_SCHED_HOST_H
typedef struct sd_sched_host {
    float *buffer; /* the aux slots (zero at the start), then the step's noise, n values each */
    size_t n;
} sd_sched_host;

static int sd_sched_host_new(sd_sched_host *h, size_t n) {
    h->n = n;
    h->buffer = (float *)calloc((SD__AUX_SLOTS + 1) * n, sizeof(float));
    return h->buffer != NULL;
}

static void sd_sched_host_free(sd_sched_host *h) {
    free(h->buffer);
    h->buffer = NULL;
}

/* Step i: sample becomes the next sample; the samplers that add noise draw it from `noise`. */
static sd_result sd_sched_host_step(sd__env *env, sd__sched *s, sd_sched_host *h, int i, const float *model_output,
                                    float *sample, sd__noise *noise) {
    float plan[SD__PLAN_FLOATS], *aux[SD__AUX_SLOTS], *z = h->buffer + SD__AUX_SLOTS * h->n;
    sd_result r;
    int j;
    if ((r = sd__sched_plan(env, s, i, plan)) != SD_OK) return r;
    for (j = 0; j < SD__AUX_SLOTS; j++) aux[j] = h->buffer + (size_t)j * h->n;
    if (sd__sched_draws_noise(s, i)) sd__noise_randn(noise, z, h->n);
    sd__denoise_range(plan, model_output, NULL, z, sample, aux, 0, h->n);
    return SD_OK;
}
#endif
