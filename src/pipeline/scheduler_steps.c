/* ============================================================================================
   Schedulers: steps. Coefficients are computed in double from diffusers' float32 schedule values; each
   element follows diffusers' formula in double and is rounded once.
   ============================================================================================ */

/* Makes room for a newest history entry, dropping the oldest beyond `keep`; returns its buffer. */
static float *sd__sched_push(sd__sched *s, int keep) {
    float *slot;
    int i;
    if (s->history_count < keep) return s->history[s->history_count++];
    slot = s->history[0];
    for (i = 0; i + 1 < keep; i++) s->history[i] = s->history[i + 1];
    s->history[keep - 1] = slot;
    return slot;
}

/* The history entry `back` steps before the newest (0: the newest). */
static const float *sd__sched_recent(const sd__sched *s, int back) { return s->history[s->history_count - 1 - back]; }

/* scale_model_input's factor for step i: the k-diffusion samplers feed the UNet x / sqrt(sigma^2 + 1). */
static float sd__sched_input_scale(const sd__sched *s, int i) {
    float sigma;
    if (s->sampler != SD_SAMPLER_LMS && s->sampler != SD_SAMPLER_EULER && s->sampler != SD_SAMPLER_EULER_A) return 1.0f;
    sigma = s->sigmas[i];
    return 1.0f / sqrtf(sigma * sigma + 1.0f);
}

static sd_result sd__sched_alpha_at(sd__env *env, const sd__sched *s, double timestep, double *alpha) {
    if (timestep < 0) {
        *alpha = s->final_alpha_cumprod;
        return SD_OK;
    }
    if (!(timestep < s->config.num_train_timesteps))
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "timestep %.0f is beyond the schedule's %d", timestep,
                        s->config.num_train_timesteps);
    *alpha = s->alphas_cumprod[(int)timestep];
    return SD_OK;
}

static sd_result sd__sched_step_ddim(sd__env *env, sd__sched *s, int i, const float *model_output, float *sample) {
    double t = s->timesteps[i], a_t = 0, a_prev = 0, sa, sb, sa_prev, sb_prev, range = s->config.clip_sample_range;
    size_t k;
    sd_result r;
    if ((r = sd__sched_alpha_at(env, s, t, &a_t)) != SD_OK) return r;
    if ((r = sd__sched_alpha_at(env, s, t - s->config.num_train_timesteps / s->steps, &a_prev)) != SD_OK) return r;
    sa = sqrt(a_t);
    sb = sqrt(1 - a_t);
    sa_prev = sqrt(a_prev);
    sb_prev = sqrt(1 - a_prev); /* eta 0: no noise, the whole remaining variance points along epsilon */
    for (k = 0; k < s->n; k++) {
        double x = sample[k], m = model_output[k], x0, eps;
        switch (s->config.prediction_type) {
        case SD__PREDICT_EPSILON: x0 = (x - sb * m) / sa; eps = m; break;
        case SD__PREDICT_SAMPLE: x0 = m; eps = (x - sa * x0) / sb; break;
        default: x0 = sa * x - sb * m; eps = sa * m + sb * x; break;
        }
        if (s->config.clip_sample) x0 = x0 < -range ? -range : (x0 > range ? range : x0);
        sample[k] = (float)(sa_prev * x0 + sb_prev * eps);
    }
    return SD_OK;
}

/* PNDM's _get_prev_sample from timestep t to prev_t, with the output combination `combine`
   (0: the model output as is; else the PLMS or Runge-Kutta weights over the history). */
static sd_result sd__sched_pndm_update(sd__env *env, sd__sched *s, double t, double prev_t, const float *from,
                                       const float *model_output, int combine, float *out) {
    double a_t = 0, a_prev = 0, b_t, sample_coeff, output_coeff;
    static const double plms[4][4] = {{1, 0, 0, 0}, {1.5, -0.5, 0, 0}, {23.0 / 12, -16.0 / 12, 5.0 / 12, 0},
                                      {55.0 / 24, -59.0 / 24, 37.0 / 24, -9.0 / 24}};
    size_t k;
    sd_result r;
    if ((r = sd__sched_alpha_at(env, s, t, &a_t)) != SD_OK) return r;
    if ((r = sd__sched_alpha_at(env, s, prev_t, &a_prev)) != SD_OK) return r;
    b_t = 1 - a_t;
    sample_coeff = sqrt(a_prev / a_t);
    output_coeff = (a_prev - a_t) / (a_t * sqrt(1 - a_prev) + sqrt(a_t * b_t * a_prev));
    for (k = 0; k < s->n; k++) {
        double m, x = from[k];
        int j;
        switch (combine) {
        case 0: m = model_output[k]; break;
        case 1: m = (model_output[k] + sd__sched_recent(s, 0)[k]) / 2.0; break; /* PLMS's second (Heun-like) stage */
        case 2: m = s->cur_model_output[k] + model_output[k] / 6.0; break;   /* Runge-Kutta's fourth stage */
        default: /* PLMS of the history's order */
            m = 0;
            for (j = 0; j < s->history_count; j++) m += plms[s->history_count - 1][j] * sd__sched_recent(s, j)[k];
            break;
        }
        if (s->config.prediction_type == SD__PREDICT_V) m = sqrt(a_t) * m + sqrt(b_t) * x;
        out[k] = (float)(sample_coeff * x - output_coeff * m);
    }
    return SD_OK;
}

static sd_result sd__sched_step_pndm(sd__env *env, sd__sched *s, int i, const float *model_output, float *sample) {
    int counter = i - s->begin, ratio = s->config.num_train_timesteps / s->steps;
    double t = s->timesteps[i];
    size_t k;
    if (counter < s->prk_count) { /* Runge-Kutta: 4 evaluations per timestep */
        double prev_t = t - (counter % 2 ? 0 : ratio / 2), start_t = s->timesteps[counter / 4 * 4];
        int combine = 0;
        switch (counter % 4) {
        case 0:
            for (k = 0; k < s->n; k++) s->cur_model_output[k] += (1.0f / 6.0f) * model_output[k];
            memcpy(sd__sched_push(s, 4), model_output, s->n * sizeof(float));
            memcpy(s->cur_sample, sample, s->n * sizeof(float));
            s->has_cur_sample = 1;
            break;
        case 1:
        case 2:
            for (k = 0; k < s->n; k++) s->cur_model_output[k] += (1.0f / 3.0f) * model_output[k];
            break;
        default: combine = 2; break;
        }
        if (sd__sched_pndm_update(env, s, start_t, prev_t, s->has_cur_sample ? s->cur_sample : sample, model_output,
                                  combine, sample) != SD_OK)
            return env->code;
        if (combine == 2) memset(s->cur_model_output, 0, s->n * sizeof(float));
        return SD_OK;
    }
    /* PLMS; its second evaluation redoes the first step from the same sample with the average
       of both outputs */
    if (counter == 1) {
        s->has_cur_sample = 0;
        return sd__sched_pndm_update(env, s, t + ratio, t, s->cur_sample, model_output, 1, sample);
    }
    memcpy(sd__sched_push(s, 4), model_output, s->n * sizeof(float));
    if (s->history_count == 1 && counter == 0) {
        memcpy(s->cur_sample, sample, s->n * sizeof(float));
        s->has_cur_sample = 1;
    }
    return sd__sched_pndm_update(env, s, t, t - ratio, sample, model_output, 3, sample);
}

/* The x0 prediction of the k-diffusion samplers at noise level sigma, from the model output m
   and the (unscaled) sample x. */
static double sd__k_x0(sd__prediction prediction, double sigma, double x, double m) {
    switch (prediction) {
    case SD__PREDICT_EPSILON: return x - sigma * m;
    case SD__PREDICT_SAMPLE: return m;
    default: return m * (-sigma / sqrt(sigma * sigma + 1)) + x / (sigma * sigma + 1);
    }
}

/* LMS's coefficient of the derivative `back` steps ago at step i: the integral from sigma_i to
   sigma_(i+1) of the Lagrange basis polynomial of the last `order` sigmas. The integrand is a
   polynomial of degree order - 1 <= 3, which 4-point Gauss-Legendre integrates exactly. */
static double sd__lms_coefficient(const float *sigmas, int i, int order, int back) {
    static const double nodes[4] = {-0.86113631159405258, -0.33998104358485626, 0.33998104358485626, 0.86113631159405258};
    static const double weights[4] = {0.34785484513745386, 0.65214515486254614, 0.65214515486254614, 0.34785484513745386};
    double a = sigmas[i], b = sigmas[i + 1], sum = 0;
    int q, k;
    for (q = 0; q < 4; q++) {
        double tau = (a + b) / 2 + (b - a) / 2 * nodes[q], basis = 1;
        for (k = 0; k < order; k++)
            if (k != back) basis *= (tau - sigmas[i - k]) / ((double)sigmas[i - back] - sigmas[i - k]);
        sum += weights[q] * basis;
    }
    return sum * (b - a) / 2;
}

static void sd__sched_step_lms(sd__sched *s, int i, const float *model_output, float *sample) {
    double sigma = s->sigmas[i], coeffs[4];
    int order = SD__MIN(i + 1, 4), terms, j;
    float *derivative = sd__sched_push(s, 4);
    size_t k;
    for (k = 0; k < s->n; k++)
        derivative[k] = (float)((sample[k] - sd__k_x0(s->config.prediction_type, sigma, sample[k], model_output[k])) / sigma);
    /* after img2img's start fewer derivatives than the order exist; diffusers pairs the
       coefficients with the ones there are */
    terms = SD__MIN(order, s->history_count);
    for (j = 0; j < terms; j++) coeffs[j] = sd__lms_coefficient(s->sigmas, i, order, j);
    for (k = 0; k < s->n; k++) {
        double x = sample[k];
        for (j = 0; j < terms; j++) x += coeffs[j] * sd__sched_recent(s, j)[k];
        sample[k] = (float)x;
    }
}

/* Euler (with diffusers' default s_churn 0) and Euler ancestral, which steps down to sigma_down
   and adds fresh noise of sigma_up. */
static void sd__sched_step_euler(sd__sched *s, int i, const float *model_output, float *sample, sd__noise *noise) {
    double sigma = s->sigmas[i], next = s->sigmas[i + 1], up = 0, dt;
    size_t k;
    if (s->sampler == SD_SAMPLER_EULER_A) {
        up = sqrt(next * next * (sigma * sigma - next * next) / (sigma * sigma));
        dt = sqrt(next * next - up * up) - sigma;
        sd__noise_randn(noise, s->noise, s->n); /* drawn on the last step too, as diffusers does */
    } else {
        dt = next - sigma;
    }
    for (k = 0; k < s->n; k++) {
        double x = sample[k], derivative = (x - sd__k_x0(s->config.prediction_type, sigma, x, model_output[k])) / sigma;
        x += derivative * dt;
        if (s->noise) x += s->noise[k] * up;
        sample[k] = (float)x;
    }
}

/* DPM-Solver++ (2M): x0 predictions extrapolated in log-SNR lambda = -log(sigma). With
   alpha = 1/sqrt(sigma^2+1), exp(-h) = sigma_next / sigma exactly, also for a final sigma of 0. */
static void sd__sched_step_dpm(sd__sched *s, int i, const float *model_output, float *sample) {
    const sd__sched_config *c = &s->config;
    double sigma = s->sigmas[i], next = s->sigmas[i + 1];
    double alpha_s = 1 / sqrt(sigma * sigma + 1), alpha_t = 1 / sqrt(next * next + 1);
    double ratio = (next * alpha_t) / (sigma * alpha_s), exp_neg_h = next / sigma, d0_coeff = -alpha_t * (exp_neg_h - 1), d1_coeff = 0;
    int last = i == s->count - 1, second_last = i == s->count - 2;
    int first_order = s->lower_order_nums < 1 ||
                      (last && (c->euler_at_final || (c->lower_order_final && s->count < 15) || !c->final_sigma_min));
    float *x0 = sd__sched_push(s, 2);
    size_t k;
    (void)second_last; /* order 2 is the highest, so lower_order_second changes nothing */
    for (k = 0; k < s->n; k++) {
        double x = sample[k], m = model_output[k];
        switch (c->prediction_type) {
        case SD__PREDICT_EPSILON: x0[k] = (float)((x - sigma * alpha_s * m) / alpha_s); break;
        case SD__PREDICT_SAMPLE: x0[k] = (float)m; break;
        default: x0[k] = (float)(alpha_s * x - sigma * alpha_s * m); break;
        }
    }
    if (!first_order) {
        double prev = s->sigmas[i - 1], h = log(sigma / next), r0 = log(prev / sigma) / h;
        /* D1 = (x0 - x0_prev) / r0 */
        d1_coeff = c->solver_heun ? alpha_t * ((exp_neg_h - 1) / h + 1) / r0 : -0.5 * alpha_t * (exp_neg_h - 1) / r0;
    }
    for (k = 0; k < s->n; k++) {
        double d0 = x0[k], x = ratio * sample[k] + d0_coeff * d0;
        if (!first_order) x += d1_coeff * (d0 - sd__sched_recent(s, 1)[k]);
        sample[k] = (float)x;
    }
    if (s->lower_order_nums < 2) s->lower_order_nums++;
}

/* One denoising step of the whole latent batch (n elements): sample becomes the next sample.
   Steps run in order from the begin index; Euler a draws its noise from `noise`. */
static sd_result sd__sched_step(sd__env *env, sd__sched *s, int i, const float *model_output, float *sample, size_t n,
                                sd__noise *noise) {
    sd_result r = SD_OK;
    if (i != s->next || i >= s->count)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "scheduler step %d out of order (expected %d of %d)", i, s->next, s->count);
    if (n != s->n)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "scheduler set up for %lu elements, stepped with %lu", (unsigned long)s->n,
                        (unsigned long)n);
    if (!model_output || !sample || (s->sampler == SD_SAMPLER_EULER_A && !noise))
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "scheduler step: missing buffer or noise generator");
    switch (s->sampler) {
    case SD_SAMPLER_DDIM: r = sd__sched_step_ddim(env, s, i, model_output, sample); break;
    case SD_SAMPLER_PNDM: r = sd__sched_step_pndm(env, s, i, model_output, sample); break;
    case SD_SAMPLER_LMS: sd__sched_step_lms(s, i, model_output, sample); break;
    case SD_SAMPLER_EULER:
    case SD_SAMPLER_EULER_A: sd__sched_step_euler(s, i, model_output, sample, noise); break;
    default: sd__sched_step_dpm(s, i, model_output, sample); break;
    }
    if (r == SD_OK) s->next++;
    return r;
}

/* img2img (diffusers' get_timesteps): the index of the first step run at this strength,
   steps - int(steps * strength); the run is timesteps[begin .. count), which diffusers refuses
   when it is empty (strength * steps < 1, except for PNDM's extra entry).
   strength is a float: its shortest decimal form is what the user wrote and what Python
   multiplies as a double, which decides int() at the boundaries (0.29 * 100 = 28.999...). */
static int sd__sched_img2img_begin(const sd__sched *s, float strength) {
    char text[32];
    double exact = strength, product;
    int digits, init_steps, begin;
    for (digits = 1; digits <= 9; digits++) {
        snprintf(text, sizeof text, "%.*g", digits, (double)strength);
        if ((float)strtod(text, NULL) == strength) {
            exact = strtod(text, NULL);
            break;
        }
    }
    product = s->steps * exact;
    init_steps = product >= s->steps ? s->steps : (product > 0 ? (int)product : 0);
    begin = s->steps - init_steps; /* t_start * order, with order 1 for every scheduler here */
    /* a schedule whose repeated timesteps were dropped is shorter than steps: Python's slice
       timesteps[begin:] then ends at its end, and so does this */
    return begin < s->count ? begin : s->count;
}

/* Starts the run at step `index` (diffusers' set_begin_index): steps before it are skipped and
   the multistep state starts empty. */
static void sd__sched_set_begin(sd__sched *s, int index) {
    s->begin = s->next = index;
    s->history_count = 0;
    s->has_cur_sample = 0;
    s->lower_order_nums = 0;
    if (s->cur_model_output) memset(s->cur_model_output, 0, s->n * sizeof(float));
}

/* The scheduler's add_noise at step i: the clean latents `original` noised to timestep i. */
static void sd__sched_add_noise(const sd__sched *s, int i, const float *original, const float *noise, float *out, size_t n) {
    double a, b;
    size_t k;
    if (s->sampler == SD_SAMPLER_DDIM || s->sampler == SD_SAMPLER_PNDM) {
        double alpha = s->alphas_cumprod[(int)s->timesteps[i]];
        a = sqrt(alpha);
        b = sqrt(1 - alpha);
    } else if (s->sampler == SD_SAMPLER_DPMPP_2M || s->sampler == SD_SAMPLER_DPMPP_2M_KARRAS) {
        double sigma = s->sigmas[i];
        a = 1 / sqrt(sigma * sigma + 1);
        b = sigma * a;
    } else {
        a = 1;
        b = s->sigmas[i];
    }
    for (k = 0; k < n; k++) out[k] = (float)(a * original[k] + b * noise[k]);
}
