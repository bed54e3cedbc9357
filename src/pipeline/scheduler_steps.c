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

/* scale_model_input's factor for step i: LMS, Euler, Euler a and Heun feed the UNet x / sqrt(sigma^2 + 1). */
static float sd__sched_input_scale(const sd__sched *s, int i) {
    float sigma;
    if (s->method != SD__METHOD_LMS && s->method != SD__METHOD_EULER && s->method != SD__METHOD_EULER_A &&
        s->method != SD__METHOD_HEUN)
        return 1.0f;
    sigma = s->sigmas[i];
    return 1.0f / sqrtf(sigma * sigma + 1.0f);
}

/* The x0 prediction as ex x + em m from latents x = alpha x0 + sigma noise (variance preserving:
   alpha^2 + sigma^2 = 1) and the model output m. */
static void sd__vp_x0(sd__prediction prediction, double alpha, double sigma, double *ex, double *em) {
    switch (prediction) {
    case SD__PREDICT_EPSILON: *ex = 1 / alpha; *em = -sigma / alpha; break;
    case SD__PREDICT_SAMPLE: *ex = 0; *em = 1; break;
    default: *ex = alpha; *em = -sigma; break; /* v = alpha noise - sigma x0 */
    }
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
    double t = s->timesteps[i], a_t = 0, a_prev = 0, sa, sb, sa_prev, sb_prev, ex, em;
    sd_result r;
    if ((r = sd__sched_alpha_at(env, s, t, &a_t)) != SD_OK) return r;
    if ((r = sd__sched_alpha_at(env, s, t - s->config.num_train_timesteps / s->steps, &a_prev)) != SD_OK) return r;
    sa = sqrt(a_t);
    sb = sqrt(1 - a_t);
    sa_prev = sqrt(a_prev);
    sb_prev = sqrt(1 - a_prev);
    sd__vp_x0(s->config.prediction_type, sa, sb, &ex, &em);
    sd__plan_entry(plan, -1, ex, em);
    switch (s->config.prediction_type) { /* epsilon = x * plan x + m * plan m */
    case SD__PREDICT_EPSILON: sd__plan_add(plan, SD__PLAN_X_M, sb_prev); break;
    case SD__PREDICT_SAMPLE:
        sd__plan_add(plan, SD__PLAN_X_X, sb_prev / sb);
        sd__plan_add(plan, SD__PLAN_X_M, -sb_prev * sa / sb);
        break;
    default:
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
    if (s->method == SD__METHOD_EULER_A) {
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

/* Heun: its entries alternate between an Euler step from sigma to the next sigma (first order; it
   keeps its x0 and the sample it started from) and that step redone from the kept sample with
   the mean of the derivatives at both ends (second order, the model output at the next sigma).
   The last entry, down to sigma 0, is first order. A derivative is (x - x0) / sigma, x0 clipped
   with clip_sample. */
static void sd__sched_plan_heun(sd__sched *s, int i, float *plan) {
    const int second = i % 2; /* img2img begins at an even entry (sd__sched_img2img_begin) */
    const double sigma = s->sigmas[i - second], next = s->sigmas[i + 1 - second], dt = next - sigma;
    const double at = second ? next : sigma, alpha = 1 / sqrt(at * at + 1);
    double ex, em;
    sd__vp_x0(s->config.prediction_type, alpha, at * alpha, &ex, &em);
    ex *= alpha; /* x here is the variance-preserving latents / alpha */
    if (s->config.clip_sample) plan[SD__PLAN_CLAMP] = s->config.clip_sample_range;
    if (!second) { /* x' = x + (x - x0) / sigma dt */
        sd__plan_entry(plan, sd__sched_push(s, 1), ex, em);
        plan[SD__PLAN_SAVE_SAMPLE] = 1;
        plan[SD__PLAN_X_X] = (float)(1 + dt / sigma);
        plan[SD__PLAN_X_E] = (float)(-dt / sigma);
        return;
    }
    /* x' = S + ((S - x0_S) / sigma + (x - x0) / next) / 2 dt */
    sd__plan_entry(plan, -1, ex, em);
    plan[SD__PLAN_X_S] = (float)(1 + dt / (2 * sigma));
    plan[sd__sched_recent(s, 0)] = (float)(-dt / (2 * sigma));
    plan[SD__PLAN_X_X] = (float)(dt / (2 * next));
    plan[SD__PLAN_X_E] = (float)(-dt / (2 * next));
}

/* DPM-Solver++ (2M) and its SDE form: x0 predictions (the entries) extrapolated in log-SNR
   lambda = -log(sigma). With alpha = 1/sqrt(sigma^2+1), exp(-h) = sigma_next / sigma exactly,
   also for a final sigma of 0. x' = ratio x + d0 x0 + d1 (x0 - x0_prev) (+ noise). The SDE's
   fresh noise doubles the exponent of its decay: exp(-2h) where the ODE has exp(-h). */
static void sd__sched_plan_dpm(sd__sched *s, int i, float *plan) {
    const sd__sched_config *c = &s->config;
    const int sde = s->method == SD__METHOD_DPM_SDE;
    double sigma = s->sigmas[i], next = s->sigmas[i + 1];
    double alpha_s = 1 / sqrt(sigma * sigma + 1), alpha_t = 1 / sqrt(next * next + 1);
    double exp_neg_h = next / sigma, decay = sde ? exp_neg_h * exp_neg_h : exp_neg_h, d0 = alpha_t * (1 - decay), d1 = 0, ex, em;
    int last = i == s->count - 1;
    int first_order = s->lower_order_nums < 1 ||
                      (last && (c->euler_at_final || (c->lower_order_final && s->count < 15) || !c->final_sigma_min));
    const int slot = sd__sched_push(s, 2);
    /* order 2 is the highest, so lower_order_second changes nothing */
    sd__vp_x0(c->prediction_type, alpha_s, sigma * alpha_s, &ex, &em);
    sd__plan_entry(plan, slot, ex, em);
    /* a step of length zero (Karras' last sigma again as final_sigmas_type "sigma_min") leaves x
       as it is: its second-order term vanishes, as diffusers' Inf arithmetic has it */
    if (!first_order && next != sigma) {
        double prev = s->sigmas[i - 1], h = log(sigma / next), r0 = log(prev / sigma) / h, hh = sde ? 2 * h : h;
        d1 = c->solver_heun ? alpha_t * (1 - (1 - decay) / hh) / r0 : 0.5 * alpha_t * (1 - decay) / r0;
        sd__plan_add(plan, sd__sched_recent(s, 1), -d1);
    }
    plan[SD__PLAN_X_X] = (float)((next * alpha_t) / (sigma * alpha_s) * (sde ? exp_neg_h : 1));
    sd__plan_add(plan, SD__PLAN_X_E, d0 + d1);
    if (sde) plan[SD__PLAN_X_Z] = (float)(next * alpha_t * sqrt(1 - decay));
    if (s->lower_order_nums < 2) s->lower_order_nums++;
}

/* UniPC's B(h) and the step's phi_1 = expm1(-h) for the step from sigma to next (h = log(sigma /
   next)): bh2's B(h) is phi_1, bh1's -h. */
static double sd__unipc_b(const sd__sched *s, double sigma, double next, double *phi) {
    *phi = next / sigma - 1;
    return s->config.solver_bh1 ? -log(sigma / next) : *phi;
}

/* UniPC (order 2, predicting x0): the corrector (UniC) redoes the last step with this step's x0,
   then the predictor (UniP) steps on from the corrected sample. Both updates of the last step
   share their first-order part, so the corrected sample is x (the predicted one, which the UNet
   saw) plus their difference, and the whole step is one plan over x, this x0 and the last two.
   The x0 is this step's model output at x, before the correction (as diffusers). */
static void sd__sched_plan_unipc(sd__sched *s, int i, float *plan) {
    const sd__sched_config *c = &s->config;
    const double sigma = s->sigmas[i], next = s->sigmas[i + 1];
    const double alpha = 1 / sqrt(sigma * sigma + 1), alpha_next = 1 / sqrt(next * next + 1);
    const double ratio = (next * alpha_next) / (sigma * alpha);
    double ex, em, phi, b_h, u_e = 0, u_1 = 0, u_2 = 0;
    int order = c->lower_order_final && i == s->count - 1 ? 1 : 2;
    const int slot = sd__sched_push(s, 3);
    if (order > s->lower_order_nums + 1) order = s->lower_order_nums + 1; /* the warm-up */
    sd__vp_x0(c->prediction_type, alpha, sigma * alpha, &ex, &em);
    sd__plan_entry(plan, slot, ex, em);
    if (s->lower_order_nums > 0) { /* corrected = x + alpha B(h) (u_e x0 + u_1 x0_prev + u_2 x0_prev2) */
        const double prev = s->sigmas[i - 1], b_prev = sd__unipc_b(s, prev, sigma, &phi);
        if (s->last_order == 1) { /* rhos_c = 0.5 */
            u_e = -0.5;
            u_1 = 0.5;
        } else { /* rhos_c solves [[1, 1], [rk, 1]] rhos_c = b; the predictor's rhos_p was 0.5 */
            const double hh = -log(prev / sigma), rk = log(prev / s->sigmas[i - 2]) / -hh;
            const double k1 = phi / hh - 1, k2 = k1 / hh - 0.5, b1 = k1 / b_prev, b2 = 2 * k2 / b_prev;
            const double c0 = (b1 - b2) / (1 - rk), c1 = b1 - c0;
            u_e = -c1;
            u_1 = c1 - (0.5 - c0) / rk;
            u_2 = (0.5 - c0) / rk;
        }
        u_e *= alpha * b_prev;
        u_1 *= alpha * b_prev;
        u_2 *= alpha * b_prev;
    }
    /* x' = ratio corrected - alpha_next (phi x0 + B(h) rhos_p (x0_prev - x0) / rk) */
    b_h = sd__unipc_b(s, sigma, next, &phi);
    plan[SD__PLAN_X_X] = (float)ratio;
    sd__plan_add(plan, SD__PLAN_X_E, ratio * u_e - alpha_next * phi);
    if (u_1 != 0) sd__plan_add(plan, sd__sched_recent(s, 1), ratio * u_1);
    if (u_2 != 0) sd__plan_add(plan, sd__sched_recent(s, 2), ratio * u_2);
    if (order == 2 && next != sigma) { /* rhos_p = 0.5; a step of length zero leaves x (see sd__sched_plan_dpm) */
        const double rk = log(sigma / s->sigmas[i - 1]) / log(sigma / next), term = alpha_next * b_h * 0.5 / rk;
        sd__plan_add(plan, SD__PLAN_X_E, term);
        sd__plan_add(plan, sd__sched_recent(s, 1), -term);
    }
    s->last_order = order;
    if (s->lower_order_nums < 2) s->lower_order_nums++;
}

/* LCM: the consistency function's x0 (the boundary condition's mix c_skip x + c_out x0, x0
   clipped with clip_sample), noised with fresh noise to the next timestep; the last step returns
   it as it is. */
static void sd__sched_plan_lcm(sd__sched *s, int i, float *plan) {
    const sd__sched_config *c = &s->config;
    const int last = i == s->count - 1;
    const double a_t = s->alphas_cumprod[(int)s->timesteps[i]];
    const double a_next = last ? 1 : s->alphas_cumprod[(int)s->timesteps[i + 1]];
    const double scaled = s->timesteps[i] * c->timestep_scaling;
    const double c_skip = 0.25 / (scaled * scaled + 0.25), c_out = scaled / sqrt(scaled * scaled + 0.25);
    double ex, em;
    sd__vp_x0(c->prediction_type, sqrt(a_t), sqrt(1 - a_t), &ex, &em);
    sd__plan_entry(plan, -1, ex, em);
    if (c->clip_sample) plan[SD__PLAN_CLAMP] = c->clip_sample_range;
    plan[SD__PLAN_X_X] = (float)(c_skip * sqrt(a_next));
    plan[SD__PLAN_X_E] = (float)(c_out * sqrt(a_next));
    if (!last) plan[SD__PLAN_X_Z] = (float)sqrt(1 - a_next);
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
    switch (s->method) {
    case SD__METHOD_DDIM: r = sd__sched_plan_ddim(env, s, i, plan); break;
    case SD__METHOD_PNDM: r = sd__sched_plan_pndm(env, s, i, plan); break;
    case SD__METHOD_LMS: sd__sched_plan_lms(s, i, plan); break;
    case SD__METHOD_EULER:
    case SD__METHOD_EULER_A: sd__sched_plan_euler(s, i, plan); break;
    case SD__METHOD_HEUN: sd__sched_plan_heun(s, i, plan); break;
    case SD__METHOD_DPM:
    case SD__METHOD_DPM_SDE: sd__sched_plan_dpm(s, i, plan); break;
    case SD__METHOD_LCM: sd__sched_plan_lcm(s, i, plan); break;
    case SD__METHOD_UNIPC: sd__sched_plan_unipc(s, i, plan); break;
    }
    if (r == SD_OK) s->next++;
    return r;
}

/* Whether step i adds fresh noise, which the caller draws from the run's generator before the
   step, as diffusers' step() does: Euler a and DPM++ 2M SDE at every step (the last one too), LCM
   at all but the last. Step 0 draws whenever any step does. */
static int sd__sched_draws_noise(const sd__sched *s, int i) {
    return s->method == SD__METHOD_EULER_A || s->method == SD__METHOD_DPM_SDE || (s->method == SD__METHOD_LCM && i < s->count - 1);
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
    begin = (s->steps - init_steps) * s->order; /* t_start * order: Heun's steps are 2 entries each */
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
    s->last_order = 0;
}

/* The scheduler's add_noise at step i as scales: clean latents x0 noised to timestep i are
   a x0 + b noise. Past the last step (i = count) nothing is added: a = 1, b = 0. */
static void sd__sched_noise_scales(const sd__sched *s, int i, double *a, double *b) {
    if (i >= s->count) {
        *a = 1;
        *b = 0;
    } else if (!s->sigmas) { /* DDIM, PNDM, LCM */
        double alpha = s->alphas_cumprod[(int)s->timesteps[i]];
        *a = sqrt(alpha);
        *b = sqrt(1 - alpha);
    } else if (sd__method_multistep(s->method)) {
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
