/* ============================================================================================
   Schedulers: steps. Coefficients are computed in double from diffusers' float32 schedule values; each
   element follows diffusers' formula in double and is rounded once.
   ============================================================================================ */

/* Each step is planned as one elementwise update (sd__denoise_range): these fill its
   coefficients, computed in double from diffusers' formulas multiplied out, and move the
   scheduler's bookkeeping on. */

/* Makes room for a newest history entry, dropping the oldest beyond `keep`; returns its slot. */
static int sd__sched_push(sd__sched *s, int keep) {
    s->history_head = s->history_count ? (s->history_head + 1) % s->ring : 0;
    if (s->history_count < keep) s->history_count++;
    return s->history_head;
}

/* The plan index of the history entry `back` steps before the newest (0: the newest). */
static int sd__sched_recent(const sd__sched *s, int back) {
    return SD__PLAN_X_H + (s->history_head - back + s->ring) % s->ring;
}

/* The new entry: the float32 history value of this step (e = ex x + em m). */
static void sd__plan_entry(float *plan, int slot, double ex, double em) {
    plan[SD__PLAN_E_X] = (float)ex;
    plan[SD__PLAN_E_M] = (float)em;
    plan[SD__PLAN_ENTRY_SLOT] = (float)slot;
}

/* Adds coefficient to plan[index]: plans are sums of terms. */
static void sd__plan_add(float *plan, int index, double coefficient) { plan[index] = (float)(plan[index] + coefficient); }

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

/* DDIM with eta 0: x0 (the entry, clipped with clip_sample) and epsilon from x and m, then
   x' = sqrt(a_prev) x0 + sqrt(1 - a_prev) epsilon. */
static sd_result sd__sched_plan_ddim(sd__env *env, sd__sched *s, int i, float *plan) {
    double t = s->timesteps[i], a_t = 0, a_prev = 0, sa, sb, sa_prev, sb_prev;
    sd_result r;
    if ((r = sd__sched_alpha_at(env, s, t, &a_t)) != SD_OK) return r;
    if ((r = sd__sched_alpha_at(env, s, t - s->config.num_train_timesteps / s->steps, &a_prev)) != SD_OK) return r;
    sa = sqrt(a_t);
    sb = sqrt(1 - a_t);
    sa_prev = sqrt(a_prev);
    sb_prev = sqrt(1 - a_prev);
    switch (s->config.prediction_type) { /* x0 = ex x + em m; epsilon = x * plan x + m * plan m */
    case SD__PREDICT_EPSILON: sd__plan_entry(plan, -1, 1 / sa, -sb / sa); sd__plan_add(plan, SD__PLAN_X_M, sb_prev); break;
    case SD__PREDICT_SAMPLE:
        sd__plan_entry(plan, -1, 0, 1);
        sd__plan_add(plan, SD__PLAN_X_X, sb_prev / sb);
        sd__plan_add(plan, SD__PLAN_X_M, -sb_prev * sa / sb);
        break;
    default:
        sd__plan_entry(plan, -1, sa, -sb);
        sd__plan_add(plan, SD__PLAN_X_X, sb_prev * sb);
        sd__plan_add(plan, SD__PLAN_X_M, sb_prev * sa);
        break;
    }
    if (s->config.clip_sample) plan[SD__PLAN_CLAMP] = s->config.clip_sample_range;
    sd__plan_add(plan, SD__PLAN_X_E, sa_prev);
    return SD_OK;
}

/* The model-output combinations of PNDM's steps (see sd__sched_pndm_update). */
typedef enum sd__pndm_combine {
    SD__PNDM_OUTPUT,      /* the model output as is */
    SD__PNDM_PLMS_SECOND, /* PLMS's second (Heun-like) stage: the mean of it and the newest entry */
    SD__PNDM_RK_FOURTH,   /* Runge-Kutta's fourth stage: the sum so far plus it / 6 */
    SD__PNDM_PLMS         /* PLMS over the history, of its order; the newest entry is this step's */
} sd__pndm_combine;

/* PNDM's _get_prev_sample from timestep t to prev_t, starting from the saved sample (from_saved)
   or x: x' = sample_coeff from - output_coeff M, with M the combination of model outputs (for v
   prediction sqrt(a_t) M + sqrt(1 - a_t) from). */
static sd_result sd__sched_pndm_update(sd__env *env, sd__sched *s, double t, double prev_t, int from_saved,
                                       sd__pndm_combine combine, float *plan) {
    static const double plms[4][4] = {{1, 0, 0, 0}, {1.5, -0.5, 0, 0}, {23.0 / 12, -16.0 / 12, 5.0 / 12, 0},
                                      {55.0 / 24, -59.0 / 24, 37.0 / 24, -9.0 / 24}};
    double a_t = 0, a_prev = 0, b_t, from, out;
    int j;
    sd_result r;
    if ((r = sd__sched_alpha_at(env, s, t, &a_t)) != SD_OK) return r;
    if ((r = sd__sched_alpha_at(env, s, prev_t, &a_prev)) != SD_OK) return r;
    b_t = 1 - a_t;
    from = sqrt(a_prev / a_t);
    out = -(a_prev - a_t) / (a_t * sqrt(1 - a_prev) + sqrt(a_t * b_t * a_prev));
    if (s->config.prediction_type == SD__PREDICT_V) {
        from += out * sqrt(b_t);
        out *= sqrt(a_t);
    }
    sd__plan_add(plan, from_saved ? SD__PLAN_X_S : SD__PLAN_X_X, from);
    switch (combine) {
    case SD__PNDM_OUTPUT: sd__plan_add(plan, SD__PLAN_X_M, out); break;
    case SD__PNDM_PLMS_SECOND:
        sd__plan_add(plan, SD__PLAN_X_M, out / 2);
        sd__plan_add(plan, sd__sched_recent(s, 0), out / 2);
        break;
    case SD__PNDM_RK_FOURTH:
        sd__plan_add(plan, SD__PLAN_X_C, out);
        sd__plan_add(plan, SD__PLAN_X_M, out / 6);
        break;
    default:
        sd__plan_add(plan, SD__PLAN_X_E, out * plms[s->history_count - 1][0]);
        for (j = 1; j < s->history_count; j++) sd__plan_add(plan, sd__sched_recent(s, j), out * plms[s->history_count - 1][j]);
        break;
    }
    return SD_OK;
}

static sd_result sd__sched_plan_pndm(sd__env *env, sd__sched *s, int i, float *plan) {
    int counter = i - s->begin, ratio = s->config.num_train_timesteps / s->steps;
    double t = s->timesteps[i];
    if (counter < s->prk_count) { /* Runge-Kutta: 4 evaluations per timestep, summed in C */
        double prev_t = t - (counter % 2 ? 0 : ratio / 2), start_t = s->timesteps[counter / 4 * 4];
        sd__pndm_combine combine = SD__PNDM_OUTPUT;
        plan[SD__PLAN_UPDATE_C] = 1;
        plan[SD__PLAN_C_C] = 1;
        switch (counter % 4) {
        case 0:
            plan[SD__PLAN_C_M] = (float)(1.0 / 6.0);
            sd__plan_entry(plan, sd__sched_push(s, 4), 0, 1);
            plan[SD__PLAN_SAVE_SAMPLE] = 1;
            s->has_cur_sample = 1;
            return sd__sched_pndm_update(env, s, start_t, prev_t, 0, combine, plan); /* from the saved sample: x */
        case 1:
        case 2: plan[SD__PLAN_C_M] = (float)(1.0 / 3.0); break;
        default: /* the sum is used, then starts again */
            combine = SD__PNDM_RK_FOURTH;
            plan[SD__PLAN_C_C] = 0;
            break;
        }
        return sd__sched_pndm_update(env, s, start_t, prev_t, s->has_cur_sample, combine, plan);
    }
    /* PLMS; its second evaluation redoes the first step from the saved sample with the average
       of both outputs */
    if (counter == 1) {
        s->has_cur_sample = 0;
        return sd__sched_pndm_update(env, s, t + ratio, t, 1, SD__PNDM_PLMS_SECOND, plan);
    }
    sd__plan_entry(plan, sd__sched_push(s, 4), 0, 1);
    if (s->history_count == 1 && counter == 0) {
        plan[SD__PLAN_SAVE_SAMPLE] = 1;
        s->has_cur_sample = 1;
    }
    return sd__sched_pndm_update(env, s, t, t - ratio, 0, SD__PNDM_PLMS, plan);
}

/* The k-diffusion samplers' derivative (x - x0(x, m)) / sigma as dx x + dm m, x0 being the
   prediction at noise level sigma. */
static void sd__k_derivative(sd__prediction prediction, double sigma, double *dx, double *dm) {
    switch (prediction) {
    case SD__PREDICT_EPSILON: *dx = 0; *dm = 1; break;
    case SD__PREDICT_SAMPLE: *dx = 1 / sigma; *dm = -1 / sigma; break;
    default: /* x0 = m (-sigma / sqrt(sigma^2 + 1)) + x / (sigma^2 + 1) */
        *dx = sigma / (sigma * sigma + 1);
        *dm = 1 / sqrt(sigma * sigma + 1);
        break;
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

/* LMS: the derivative is the entry; x' = x + the derivatives weighted by the coefficients. */
static void sd__sched_plan_lms(sd__sched *s, int i, float *plan) {
    double dx, dm;
    int order = SD__MIN(i + 1, 4), terms, j;
    sd__k_derivative(s->config.prediction_type, s->sigmas[i], &dx, &dm);
    sd__plan_entry(plan, sd__sched_push(s, 4), dx, dm);
    /* after img2img's start fewer derivatives than the order exist; diffusers pairs the
       coefficients with the ones there are */
    terms = SD__MIN(order, s->history_count);
    plan[SD__PLAN_X_X] = 1;
    sd__plan_add(plan, SD__PLAN_X_E, sd__lms_coefficient(s->sigmas, i, order, 0));
    for (j = 1; j < terms; j++) sd__plan_add(plan, sd__sched_recent(s, j), sd__lms_coefficient(s->sigmas, i, order, j));
}

/* Euler (with diffusers' default s_churn 0) and Euler ancestral, which steps down to sigma_down
   and adds fresh noise of sigma_up: x' = x + derivative dt (+ noise up). */
static void sd__sched_plan_euler(sd__sched *s, int i, float *plan) {
    double sigma = s->sigmas[i], next = s->sigmas[i + 1], up = 0, dt, dx, dm;
    if (s->sampler == SD_SAMPLER_EULER_A) {
        up = sqrt(next * next * (sigma * sigma - next * next) / (sigma * sigma));
        dt = sqrt(next * next - up * up) - sigma;
    } else {
        dt = next - sigma;
    }
    sd__k_derivative(s->config.prediction_type, sigma, &dx, &dm);
    plan[SD__PLAN_X_X] = (float)(1 + dx * dt);
    plan[SD__PLAN_X_M] = (float)(dm * dt);
    plan[SD__PLAN_X_Z] = (float)up;
}

/* DPM-Solver++ (2M): x0 predictions (the entries) extrapolated in log-SNR lambda = -log(sigma).
   With alpha = 1/sqrt(sigma^2+1), exp(-h) = sigma_next / sigma exactly, also for a final sigma
   of 0. x' = ratio x + d0 x0 + d1 (x0 - x0_prev). */
static void sd__sched_plan_dpm(sd__sched *s, int i, float *plan) {
    const sd__sched_config *c = &s->config;
    double sigma = s->sigmas[i], next = s->sigmas[i + 1];
    double alpha_s = 1 / sqrt(sigma * sigma + 1), alpha_t = 1 / sqrt(next * next + 1);
    double exp_neg_h = next / sigma, d0 = -alpha_t * (exp_neg_h - 1), d1 = 0;
    int last = i == s->count - 1;
    int first_order = s->lower_order_nums < 1 ||
                      (last && (c->euler_at_final || (c->lower_order_final && s->count < 15) || !c->final_sigma_min));
    const int slot = sd__sched_push(s, 2);
    /* order 2 is the highest, so lower_order_second changes nothing */
    switch (c->prediction_type) {
    case SD__PREDICT_EPSILON: sd__plan_entry(plan, slot, 1 / alpha_s, -sigma); break;
    case SD__PREDICT_SAMPLE: sd__plan_entry(plan, slot, 0, 1); break;
    default: sd__plan_entry(plan, slot, alpha_s, -sigma * alpha_s); break;
    }
    if (!first_order) {
        double prev = s->sigmas[i - 1], h = log(sigma / next), r0 = log(prev / sigma) / h;
        d1 = c->solver_heun ? alpha_t * ((exp_neg_h - 1) / h + 1) / r0 : -0.5 * alpha_t * (exp_neg_h - 1) / r0;
        sd__plan_add(plan, sd__sched_recent(s, 1), -d1);
    }
    plan[SD__PLAN_X_X] = (float)((next * alpha_t) / (sigma * alpha_s));
    sd__plan_add(plan, SD__PLAN_X_E, d0 + d1);
    if (s->lower_order_nums < 2) s->lower_order_nums++;
}

/* Plans step i of the whole latent batch (the coefficients of sd__denoise_range, the timestep
   and the input scale; guidance is the caller's). Steps are planned in order from the begin
   index. */
static sd_result sd__sched_plan(sd__env *env, sd__sched *s, int i, float plan[SD__PLAN_FLOATS]) {
    sd_result r = SD_OK;
    if (i != s->next || i >= s->count)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "scheduler step %d out of order (expected %d of %d)", i, s->next, s->count);
    memset(plan, 0, SD__PLAN_FLOATS * sizeof *plan);
    plan[SD__PLAN_TIMESTEP] = s->timesteps[i];
    plan[SD__PLAN_INPUT_SCALE] = sd__sched_input_scale(s, i);
    plan[SD__PLAN_ENTRY_SLOT] = -1;
    switch (s->sampler) {
    case SD_SAMPLER_DDIM: r = sd__sched_plan_ddim(env, s, i, plan); break;
    case SD_SAMPLER_PNDM: r = sd__sched_plan_pndm(env, s, i, plan); break;
    case SD_SAMPLER_LMS: sd__sched_plan_lms(s, i, plan); break;
    case SD_SAMPLER_EULER:
    case SD_SAMPLER_EULER_A: sd__sched_plan_euler(s, i, plan); break;
    default: sd__sched_plan_dpm(s, i, plan); break;
    }
    if (r == SD_OK) s->next++;
    return r;
}

/* Whether each step adds fresh noise (Euler a; drawn by the caller before every step, the last
   one too, as diffusers does). */
static int sd__sched_needs_noise(const sd__sched *s) { return s->sampler == SD_SAMPLER_EULER_A; }

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
   the multistep state starts empty (its aux slots zero). */
static void sd__sched_set_begin(sd__sched *s, int index) {
    s->begin = s->next = index;
    s->history_count = 0;
    s->has_cur_sample = 0;
    s->lower_order_nums = 0;
}

/* The scheduler's add_noise at step i as scales: clean latents x0 noised to timestep i are
   a x0 + b noise. Past the last step (i = count) nothing is added: a = 1, b = 0. */
static void sd__sched_noise_scales(const sd__sched *s, int i, double *a, double *b) {
    if (i >= s->count) {
        *a = 1;
        *b = 0;
    } else if (s->sampler == SD_SAMPLER_DDIM || s->sampler == SD_SAMPLER_PNDM) {
        double alpha = s->alphas_cumprod[(int)s->timesteps[i]];
        *a = sqrt(alpha);
        *b = sqrt(1 - alpha);
    } else if (s->sampler == SD_SAMPLER_DPMPP_2M || s->sampler == SD_SAMPLER_DPMPP_2M_KARRAS) {
        double sigma = s->sigmas[i];
        *a = 1 / sqrt(sigma * sigma + 1);
        *b = sigma * *a;
    } else {
        *a = 1;
        *b = s->sigmas[i];
    }
}

/* The scheduler's add_noise at step i: the clean latents `original` noised to timestep i. */
static void sd__sched_add_noise(const sd__sched *s, int i, const float *original, const float *noise, float *out, size_t n) {
    double a, b;
    size_t k;
    sd__sched_noise_scales(s, i, &a, &b);
    for (k = 0; k < n; k++) out[k] = (float)(a * original[k] + b * noise[k]);
}
