/* ============================================================================================
   Schedulers: schedules. diffusers computes them with torch float32 tensors and numpy float64 arrays; the
   helpers below repeat that arithmetic, so timesteps and sigmas come out as diffusers' do.
   ============================================================================================ */
typedef struct sd__sched {
    sd_sampler sampler;
    sd__method method;
    sd__sched_config config;  /* with timestep_spacing resolved */
    int steps;                /* num_inference_steps */
    int count;                /* UNet evaluations: the entries of timesteps (PNDM: steps + 1, Heun: 2 steps - 1) */
    int order;                /* diffusers' scheduler order: UNet evaluations per step of img2img's count (Heun 2) */
    float *timesteps;         /* [count] the UNet's timestep input */
    float *sigmas;            /* [count + 1] the samplers with sigmas (the last is 0 or sigma_min); else NULL */
    float init_noise_sigma;   /* the initial noise's scale */
    float *alphas_cumprod;    /* [num_train_timesteps] */
    float final_alpha_cumprod;
    int prk_count;            /* PNDM: the Runge-Kutta entries at the start of timesteps */
    int begin, next;          /* the first step run (img2img) and the step expected next */
    /* The multistep state lives where the steps run (the aux slots of sd__denoise_range, zero at
       the begin step); the scheduler keeps the bookkeeping that its plans need. */
    int ring;                 /* history slots: PNDM's model outputs, LMS's derivatives, x0 of DPM++, UniPC, Heun */
    int history_head;         /* the slot of the newest entry */
    int history_count;
    int has_cur_sample;       /* PNDM: aux S holds the sample the next step starts from */
    int lower_order_nums;     /* DPM++, UniPC: steps taken so far, up to the solver order */
    int last_order;           /* UniPC: the order of the last step's predictor, which its corrector repeats */
} sd__sched;

/* numpy's round(): to nearest, ties to even. */
static double sd__np_round(double x) { return nearbyint(x); }

/* numpy.linspace(start, stop, num) in float64. */
static void sd__np_linspace(double start, double stop, int num, double *out) {
    double step = num > 1 ? (stop - start) / (double)(num - 1) : 0;
    int i;
    for (i = 0; i < num; i++) out[i] = (double)i * step + start;
    if (num > 1) out[num - 1] = stop;
}

/* numpy.arange(start, 0, -step) in float64: ceil(start / step) values, start + i * d where d is
   the rounded (start - step) - start. Returns the count, at most cap. */
static int sd__np_arange_down(double start, double step, double *out, int cap) {
    double len = ceil((0.0 - start) / -step), d = (start - step) - start;
    int i, count = len > (double)cap ? cap : (len < 0 ? 0 : (int)len);
    for (i = 0; i < count; i++) out[i] = i == 0 ? start : start + (double)i * d;
    return count;
}

/* numpy.interp(x, arange(len(fp)), fp). */
static double sd__np_interp(double x, const float *fp, int len) {
    int j;
    if (!(x > 0)) return fp[0];
    if (x >= (double)(len - 1)) return fp[len - 1];
    j = (int)floor(x);
    if ((double)j == x) return fp[j];
    return ((double)fp[j + 1] - (double)fp[j]) * (x - (double)j) + (double)fp[j];
}

/* diffusers' _sigma_to_t: the fractional timestep whose log-sigma interpolates to log(sigma),
   with log_sigmas a float32 table (len >= 2) as numpy holds it. Between two equal log-sigmas
   (a schedule with betas of 0), where numpy divides 0 by 0, the lower timestep. */
static double sd__sigma_to_t(double sigma, const float *log_sigmas, int len) {
    double log_sigma = log(sigma > 1e-10 ? sigma : 1e-10), w = 0;
    int low = 0, j;
    for (j = 0; j < len; j++)
        if (log_sigma - (double)log_sigmas[j] >= 0) low = j;
    if (low > len - 2) low = len - 2;
    if (log_sigmas[low] != log_sigmas[low + 1])
        w = ((double)log_sigmas[low] - log_sigma) / (double)(log_sigmas[low] - log_sigmas[low + 1]);
    w = w < 0 ? 0 : (w > 1 ? 1 : w);
    return (1 - w) * low + w * (low + 1);
}

/* Karras et al.'s schedule: sigma_max^(1/7) to sigma_min^(1/7) in equal steps, to the 7th power. */
static void sd__karras_sigmas(double sigma_min, double sigma_max, int num, double *out) {
    double min_inv_rho = pow(sigma_min, 1.0 / 7.0), max_inv_rho = pow(sigma_max, 1.0 / 7.0);
    int i;
    sd__np_linspace(0, 1, num, out);
    for (i = 0; i < num; i++) out[i] = pow(max_inv_rho + out[i] * (min_inv_rho - max_inv_rho), 7.0);
}

/* torch.linspace(start, end, count, dtype=float32), whose CPU kernel fuses multiply-adds and
   counts the second half down from the end. */
static void sd__torch_linspace_f32(double start_d, double end_d, int count, float *out) {
    float start = (float)start_d, end = (float)end_d, step;
    int i;
    if (count == 1) {
        out[0] = start;
        return;
    }
    step = (end - start) / (float)(count - 1);
    for (i = 0; i < count; i++)
        out[i] = i < count / 2 ? fmaf(step, (float)i, start) : fmaf(-step, (float)(count - 1 - i), end);
}

/* 1 - betas cumulated as torch.cumprod does on the CPU (a double accumulator, float outputs). */
static void sd__cumprod_one_minus(const float *betas, int count, float *out) {
    double acc = 1;
    int i;
    for (i = 0; i < count; i++) {
        acc *= (double)(1.0f - betas[i]);
        out[i] = (float)acc;
    }
}

/* diffusers' rescale_zero_terminal_snr in float32: shifts sqrt(alphas_cumprod) so the last
   timestep has zero signal, keeping the first, and returns the betas of that schedule. 0 where
   it would divide by zero (diffusers' betas come out NaN): the signal is gone before the last
   timestep, or never falls. */
static int sd__rescale_zero_snr(float *betas, float *scratch, int count) {
    float first, last, scale;
    int i;
    sd__cumprod_one_minus(betas, count, scratch);
    for (i = 0; i < count; i++) scratch[i] = sqrtf(scratch[i]);
    first = scratch[0];
    last = scratch[count - 1];
    if (count < 2 || first == last) return 0;
    scale = first / (first - last);
    for (i = 0; i < count; i++) {
        scratch[i] = (scratch[i] - last) * scale;
        scratch[i] = scratch[i] * scratch[i];
    }
    for (i = count - 1; i > 0; i--) {
        if (scratch[i - 1] == 0) return 0; /* the rescaled signal, squared, underflows before the end */
        betas[i] = 1.0f - scratch[i] / scratch[i - 1];
    }
    betas[0] = 1.0f - scratch[0];
    return 1;
}

/* alphas_cumprod[num_train_timesteps] of the config, as the sampler's diffusers class makes it;
   0 where rescale_betas_zero_snr cannot rescale it. */
static int sd__sched_alphas_cumprod(const sd__sched_config *c, sd__method method, float *out, float *scratch) {
    int count = c->num_train_timesteps, i;
    /* the classes that keep the last sigma finite after rescaling */
    int k_diffusion = method == SD__METHOD_EULER || method == SD__METHOD_EULER_A || sd__method_multistep(method);
    /* PNDM, LMS and Heun have no rescale_betas_zero_snr option */
    int rescale = c->rescale_betas_zero_snr && (method == SD__METHOD_DDIM || method == SD__METHOD_LCM || k_diffusion);
    float *betas = scratch + count;
    switch (c->beta_schedule) {
    case SD__BETA_LINEAR: sd__torch_linspace_f32(c->beta_start, c->beta_end, count, betas); break;
    case SD__BETA_SCALED_LINEAR:
        sd__torch_linspace_f32(sqrt(c->beta_start), sqrt(c->beta_end), count, betas);
        for (i = 0; i < count; i++) betas[i] = betas[i] * betas[i];
        break;
    case SD__BETA_SQUAREDCOS_CAP_V2:
        for (i = 0; i < count; i++) {
            double t1 = (double)i / count, t2 = (double)(i + 1) / count;
            double a1 = cos((t1 + 0.008) / 1.008 * 3.14159265358979323846 / 2);
            double a2 = cos((t2 + 0.008) / 1.008 * 3.14159265358979323846 / 2);
            double beta = 1 - (a2 * a2) / (a1 * a1);
            betas[i] = (float)(beta < 0.999 ? beta : 0.999);
        }
        break;
    }
    if (rescale && !sd__rescale_zero_snr(betas, scratch, count)) return 0;
    sd__cumprod_one_minus(betas, count, out);
    if (rescale && k_diffusion) out[count - 1] = 1.0f / 16777216.0f; /* 2^-24: keeps the last sigma finite */
    return 1;
}

/* sqrt((1 - alphas_cumprod) / alphas_cumprod) in float32; infinite where no signal is left
   (betas near 1 make alphas_cumprod underflow to 0). */
static float sd__sigma_of(float alpha_cumprod) {
    return alpha_cumprod > 0 ? sqrtf((1.0f - alpha_cumprod) / alpha_cumprod) : HUGE_VALF;
}

static void sd__sched_free(sd__env *env, sd__sched *s) {
    sd__free(env, s->timesteps);
    sd__free(env, s->sigmas);
    sd__free(env, s->alphas_cumprod);
    memset(s, 0, sizeof *s);
}

/* DDIM's and PNDM's integer timesteps, descending (PNDM takes them ascending and reorders).
   Returns the count. */
static int sd__sched_integer_timesteps(const sd__sched_config *c, int steps, double *ts) {
    int train = c->num_train_timesteps, count = steps, i;
    switch (c->timestep_spacing) {
    case SD__SPACING_LINSPACE:
        sd__np_linspace(0, train - 1, steps, ts);
        for (i = 0; i < steps; i++) ts[i] = sd__np_round(ts[i]);
        break;
    case SD__SPACING_TRAILING:
        count = sd__np_arange_down(train, (double)train / steps, ts, steps + 1);
        for (i = 0; i < count; i++) ts[i] = sd__np_round(ts[i]) - 1;
        return count; /* already descending */
    default: /* leading */
        for (i = 0; i < steps; i++) ts[i] = (double)i * (train / steps) + c->steps_offset;
        break;
    }
    for (i = 0; i < count / 2; i++) { /* ascending to descending */
        double t = ts[i];
        ts[i] = ts[count - 1 - i];
        ts[count - 1 - i] = t;
    }
    return count;
}

/* PNDM's order: PLMS repeats the second timestep (its first step is a two-stage one); with
   Runge-Kutta steps, 12 half-step entries on the first 4 timesteps come first. Sets s->count. */
static sd_result sd__sched_pndm_timesteps(sd__env *env, sd__sched *s, const double *desc, int count, double *ts) {
    int i, k = 0;
    if (s->config.skip_prk_steps) {
        for (i = 0; i < count; i++) {
            ts[k++] = desc[i];
            if (i == 0 && count > 1) ts[k++] = desc[1];
        }
        s->count = k;
        return SD_OK;
    }
    if (count < 4)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "PNDM with Runge-Kutta steps (skip_prk_steps false) needs at least 4 steps");
    /* diffusers: the last 4 ascending timesteps, each followed by itself + half a step, gives 8
       points; all but the last are doubled, the ends trimmed and the result reversed */
    {
        double points[8];
        int half = s->config.num_train_timesteps / s->steps / 2;
        for (i = 0; i < 4; i++) {
            points[2 * i] = desc[3 - i];
            points[2 * i + 1] = desc[3 - i] + half;
        }
        ts[k++] = points[6];
        for (i = 5; i >= 1; i--) {
            ts[k++] = points[i];
            ts[k++] = points[i];
        }
        ts[k++] = points[0];
    }
    s->prk_count = k;
    for (i = 3; i < count; i++) ts[k++] = desc[i];
    s->count = k;
    return SD_OK;
}

/* The k-diffusion samplers' float timesteps, descending. Returns the count. */
static int sd__sched_float_timesteps(const sd__sched_config *c, int steps, double *ts) {
    int train = c->num_train_timesteps, count = steps, i;
    switch (c->timestep_spacing) {
    case SD__SPACING_LEADING:
        for (i = 0; i < steps; i++) ts[i] = (double)((float)((double)(steps - 1 - i) * (train / steps)) + (float)c->steps_offset);
        break;
    case SD__SPACING_TRAILING:
        count = sd__np_arange_down(train, (double)train / steps, ts, steps + 1);
        for (i = 0; i < count; i++) ts[i] = (double)((float)sd__np_round(ts[i]) - 1.0f);
        break;
    default: /* linspace, in float32 */
        sd__np_linspace(0, train - 1, steps, ts + steps); /* ts has room for 2 * (steps + 16) */
        for (i = 0; i < steps; i++) ts[i] = (double)(float)ts[2 * steps - 1 - i];
        break;
    }
    return count;
}

/* LCMScheduler's timesteps: `steps` of the original_inference_steps of its distillation schedule
   (every k-th timestep, k = train / original), evenly spaced by index, descending. */
static sd_result sd__sched_lcm_timesteps(sd__env *env, const sd__sched_config *c, int steps, double *ts) {
    const int original = c->original_inference_steps, k = c->num_train_timesteps / SD__MAX(original, 1);
    const double spacing = (double)original / steps; /* numpy.linspace(0, original, steps, endpoint=False) */
    int i;
    if (original < 1 || original > c->num_train_timesteps)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "LCM: original_inference_steps %d is outside [1, num_train_timesteps %d]",
                        original, c->num_train_timesteps);
    if (steps > original)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "LCM takes at most original_inference_steps (%d) steps, got %d", original,
                        steps);
    for (i = 0; i < steps; i++) ts[i] = (double)(original - (int)floor((double)i * spacing)) * k - 1;
    return SD_OK;
}

/* DPMSolverMultistepScheduler's integer timesteps (steps + 1 points, the last dropped), descending;
   UniPC's too (which clips no log-SNR). */
static int sd__sched_dpm_timesteps(const sd__sched_config *c, const float *alphas_cumprod, int steps, double *ts) {
    int train = c->num_train_timesteps, clipped = 0, last, count = steps, i;
    for (i = 0; i < train; i++) { /* torch.searchsorted over the log-SNR, ascending */
        float a = alphas_cumprod[i];
        if (logf(sqrtf(a)) - logf(sqrtf(1.0f - a)) < c->lambda_min_clipped) clipped++;
    }
    last = train - clipped;
    if (last < 1) return 0; /* lambda_min_clipped above every timestep's log-SNR: none is left */
    switch (c->timestep_spacing) {
    case SD__SPACING_LEADING:
        for (i = 0; i < steps; i++) ts[i] = (double)(steps - i) * (last / (steps + 1)) + c->steps_offset;
        break;
    case SD__SPACING_TRAILING:
        count = sd__np_arange_down(last, (double)train / steps, ts, steps + 1);
        for (i = 0; i < count; i++) ts[i] = sd__np_round(ts[i]) - 1;
        break;
    default: /* linspace */
        sd__np_linspace(0, last - 1, steps + 1, ts + steps + 1);
        for (i = 0; i < steps; i++) ts[i] = sd__np_round(ts[2 * steps + 1 - i]);
        break;
    }
    return count;
}

/* The sigmas of the samplers that have them: the schedule's sigma at each timestep, or Karras
   sigmas with the timesteps moved to match; then the final sigma. */
static void sd__sched_sigmas(sd__sched *s, const float *sigma_table, float *log_sigmas, double *ts, double *karras) {
    const sd__sched_config *c = &s->config;
    int train = c->num_train_timesteps, multistep = sd__method_multistep(s->method);
    int i;
    if (c->use_karras_sigmas) {
        /* DPM++ and UniPC span the whole schedule; LMS, Euler and Heun the sigmas of their first and
           last timestep */
        double lo = multistep ? sigma_table[0] : sd__np_interp(ts[s->count - 1], sigma_table, train);
        double hi = multistep ? sigma_table[train - 1] : sd__np_interp(ts[0], sigma_table, train);
        if (c->sigma_min > 0) lo = c->sigma_min;
        if (c->sigma_max > 0) hi = c->sigma_max;
        for (i = 0; i < train; i++) log_sigmas[i] = (float)log((double)sigma_table[i]);
        sd__karras_sigmas(lo, hi, s->count, karras);
        for (i = 0; i < s->count; i++) {
            double t = sd__sigma_to_t(karras[i], log_sigmas, train);
            s->sigmas[i] = (float)karras[i];
            /* the multistep timesteps are integers: rounded, except that DPM++ truncates for
               squaredcos schedules */
            if (multistep)
                t = c->beta_schedule == SD__BETA_SQUAREDCOS_CAP_V2 && s->method != SD__METHOD_UNIPC ? (double)(long long)t
                                                                                                  : sd__np_round(t);
            ts[i] = multistep ? t : (double)(float)t;
        }
    } else {
        for (i = 0; i < s->count; i++) s->sigmas[i] = (float)sd__np_interp(ts[i], sigma_table, train);
    }
    s->sigmas[s->count] = c->final_sigma_min ? sigma_table[0] : 0.0f;
    if (s->method == SD__METHOD_EULER && c->continuous_timesteps && c->prediction_type == SD__PREDICT_V)
        for (i = 0; i < s->count; i++) ts[i] = (double)(0.25f * logf(s->sigmas[i]));
}

static sd_result sd__sched_check(sd__env *env, const sd__sched_config *c, sd_sampler sampler, int steps) {
    if ((int)sampler <= 0 || sampler >= SD_SAMPLER_COUNT)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "unknown sampler %d", (int)sampler);
    if (c->num_train_timesteps < 1 || c->num_train_timesteps > 100000)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "num_train_timesteps %d is outside [1, 100000]", c->num_train_timesteps);
    if (steps < 1 || steps > SD_MAX_STEPS || steps > c->num_train_timesteps)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "steps must be between 1 and %d, got %d",
                        SD__MIN(SD_MAX_STEPS, c->num_train_timesteps), steps);
    if (c->prediction_type == SD__PREDICT_SAMPLE &&
        (sd__sampler_infos[sampler].method == SD__METHOD_PNDM || sd__sampler_infos[sampler].method == SD__METHOD_EULER_A))
        return sd__fail(env, SD_ERR_UNSUPPORTED, "%s does not support prediction_type 'sample'",
                        sd__sampler_infos[sampler].class_name);
    if ((int)c->timestep_spacing < SD__SPACING_DEFAULT || c->timestep_spacing > SD__SPACING_LINSPACE ||
        (int)c->beta_schedule < 0 || c->beta_schedule > SD__BETA_SQUAREDCOS_CAP_V2 || (int)c->prediction_type < 0 ||
        c->prediction_type > SD__PREDICT_SAMPLE)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "bad scheduler config");
    return SD_OK;
}

/* Heun's entries: every timestep but the first twice (its two UNet calls), and the sigmas to
   match: sigma_j = base[(j + 1) / 2] over 2n entries, timesteps over 2n - 1. In place, from the
   end. */
static void sd__sched_heun_interleave(sd__sched *s, double *ts) {
    const int n = s->count;
    int j;
    for (j = 2 * n - 1; j >= 1; j--) s->sigmas[j] = s->sigmas[(j + 1) / 2];
    for (j = 2 * n - 2; j >= 1; j--) ts[j] = ts[(j + 1) / 2];
    s->count = 2 * n - 1;
}

/* What the schedule must hold for the samplers that divide by it, refused before any work:
   Heun, DPM++ and UniPC, and LMS and Euler with x0 predicted ("sample"), divide by every sigma
   but the final one; LMS, DPM++ and UniPC by the difference or log-ratio of neighbouring ones (a
   timestep that the rounding repeats is a step of length zero), UniPC's last step by its
   log-ratio where bh1 or a second-order last step meet a final sigma of 0; LCM's x0 from an
   epsilon prediction divides by sqrt(alphas_cumprod) at each timestep. */
static sd_result sd__sched_check_divisors(sd__env *env, const sd__sched *s, const double *ts) {
    const int multistep = sd__method_multistep(s->method);
    int i;
    if (s->method == SD__METHOD_LCM && s->config.prediction_type == SD__PREDICT_EPSILON) {
        for (i = 0; i < s->count; i++)
            if (!(s->alphas_cumprod[(int)ts[i]] > 0))
                return sd__fail(env, SD_ERR_INVALID_ARGUMENT,
                                "%s: alphas_cumprod is 0 at timestep %.0f (a zero-SNR schedule), and LCM's x0 from an epsilon "
                                "prediction divides by its square root; the model needs \"prediction_type\": \"v_prediction\"",
                                sd_sampler_name(s->sampler), ts[i]);
        return SD_OK;
    }
    if (s->method == SD__METHOD_HEUN || multistep ||
        ((s->method == SD__METHOD_LMS || s->method == SD__METHOD_EULER) && s->config.prediction_type == SD__PREDICT_SAMPLE))
        for (i = 0; i < s->count; i++)
            if (!(s->sigmas[i] > 0 && s->sigmas[i] < HUGE_VAL))
                return sd__fail(env, SD_ERR_INVALID_ARGUMENT,
                                "%s: the noise level (sigma) of step %d is %g, which this sampler divides by; the scheduler "
                                "config's betas (beta_start, beta_end) make a timestep without noise or without signal",
                                sd_sampler_name(s->sampler), i + 1, (double)s->sigmas[i]);
    if (s->method == SD__METHOD_UNIPC && s->sigmas[s->count] == 0 && (s->config.solver_bh1 || !s->config.lower_order_final))
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT,
                        "%s: the last step, to sigma 0, divides by zero with %s (diffusers gives NaN there); use "
                        "\"final_sigmas_type\": \"sigma_min\" in the scheduler config",
                        sd_sampler_name(s->sampler), s->config.solver_bh1 ? "solver_type bh1" : "lower_order_final false");
    /* A timestep the rounding repeats (1000 linspace steps hold 500 twice; lambda_min_clipped
       squeezes many onto one) is a step of zero length, and the next update divides by it:
       diffusers 0.42 turns the latents to Inf or NaN there. */
    if (multistep || s->method == SD__METHOD_LMS)
        for (i = 0; i + 1 < s->count; i++)
            if (s->sigmas[i] == s->sigmas[i + 1])
                return sd__fail(env, SD_ERR_INVALID_ARGUMENT,
                                "%s: %d steps repeat timestep %.0f (steps %d and %d), a step of length zero that %s divides by "
                                "(diffusers gives Inf or NaN there); use fewer steps, or \"timestep_spacing\": \"trailing\" in "
                                "the scheduler config",
                                sd_sampler_name(s->sampler), s->steps, ts[i], i + 1, i + 2,
                                s->method == SD__METHOD_UNIPC ? "UniPC" : s->method == SD__METHOD_LMS ? "LMS" : "DPM++");
    return SD_OK;
}

/* Sets up the schedule of `steps` inference steps (as diffusers' set_timesteps). */
static sd_result sd__sched_init(sd__env *env, sd__sched *s, const sd__sched_config *config, sd_sampler sampler, int steps) {
    int train, i, has_sigmas, desc_count, karras;
    size_t tmp_count, max_count;
    double *tmp = NULL;
    float *table = NULL;
    sd_result r;
    memset(s, 0, sizeof *s);
    sampler = sd__sched_resolve_sampler(sampler);
    if ((r = sd__sched_check(env, config, sampler, steps)) != SD_OK) return r;
    s->sampler = sampler;
    s->method = sd__sampler_infos[sampler].method;
    s->config = *config;
    s->steps = steps;
    s->order = s->method == SD__METHOD_HEUN ? 2 : 1;
    train = config->num_train_timesteps;
    has_sigmas = sd__method_has_sigmas(s->method);
    if (s->config.timestep_spacing == SD__SPACING_DEFAULT)
        s->config.timestep_spacing =
            s->method == SD__METHOD_DDIM || s->method == SD__METHOD_PNDM || s->method == SD__METHOD_LCM ? SD__SPACING_LEADING
                                                                                                     : SD__SPACING_LINSPACE;
    /* options that the sampler's diffusers class lacks are off, as its from_config drops them */
    karras = sd__sampler_infos[sampler].karras;
    if (karras != SD__KARRAS_CONFIG) s->config.use_karras_sigmas = karras == SD__KARRAS_ON;
    if (s->config.use_karras_sigmas && train < 2) /* diffusers' timesteps come out NaN */
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "%s: Karras sigmas need num_train_timesteps of at least 2, got %d",
                        sd_sampler_name(sampler), train);
    if (s->method != SD__METHOD_EULER && !sd__method_multistep(s->method)) {
        s->config.final_sigma_min = 0;
        s->config.sigma_min = s->config.sigma_max = 0;
    }

    /* scratch: timesteps in float64 (4 regions of steps + 16) and 3 float tables of train; Heun
       doubles the timesteps in the first two regions */
    tmp_count = 4 * ((size_t)steps + 16);
    max_count = 2 * (size_t)steps + 16;
    tmp = (double *)sd__calloc(env, tmp_count, sizeof(double));
    table = (float *)sd__calloc(env, 3 * (size_t)train, sizeof(float));
    s->alphas_cumprod = (float *)sd__calloc(env, (size_t)train, sizeof(float));
    s->timesteps = (float *)sd__calloc(env, max_count, sizeof(float));
    if (has_sigmas) s->sigmas = (float *)sd__calloc(env, max_count + 1, sizeof(float));
    if (!tmp || !table || !s->alphas_cumprod || !s->timesteps || (has_sigmas && !s->sigmas)) {
        r = sd__oom(env);
        goto done;
    }
    if (!sd__sched_alphas_cumprod(&s->config, s->method, s->alphas_cumprod, table)) {
        r = sd__fail(env, SD_ERR_MODEL_FORMAT, "scheduler config: rescale_betas_zero_snr cannot rescale these betas: their signal "
                     "(sqrt(alphas_cumprod)) reaches its last value before the last timestep (diffusers' betas come out NaN)");
        goto done;
    }
    s->final_alpha_cumprod = s->config.set_alpha_to_one ? 1.0f : s->alphas_cumprod[0];

    switch (s->method) {
    case SD__METHOD_DDIM: s->count = sd__sched_integer_timesteps(&s->config, steps, tmp); break;
    case SD__METHOD_PNDM:
        desc_count = sd__sched_integer_timesteps(&s->config, steps, tmp + 2 * ((size_t)steps + 16));
        if ((r = sd__sched_pndm_timesteps(env, s, tmp + 2 * ((size_t)steps + 16), desc_count, tmp)) != SD_OK) goto done;
        break;
    case SD__METHOD_LCM:
        if ((r = sd__sched_lcm_timesteps(env, &s->config, steps, tmp)) != SD_OK) goto done;
        s->count = steps;
        break;
    case SD__METHOD_DPM:
    case SD__METHOD_DPM_SDE:
    case SD__METHOD_UNIPC: s->count = sd__sched_dpm_timesteps(&s->config, s->alphas_cumprod, steps, tmp); break;
    default: s->count = sd__sched_float_timesteps(&s->config, steps, tmp); break;
    }
    if (s->count < 1) {
        r = sd__fail(env, SD_ERR_MODEL_FORMAT, "scheduler config: no timestep is left for %s (lambda_min_clipped %g clips "
                     "them all)", sd_sampler_name(sampler), s->config.lambda_min_clipped);
        goto done;
    }
    if (!has_sigmas) {
        for (i = 0; i < s->count; i++)
            if (!(tmp[i] >= 0 && tmp[i] < train)) {
                r = sd__fail(env, SD_ERR_INVALID_ARGUMENT, "%d steps with steps_offset %d reach timestep %.0f, beyond the schedule's %d",
                             steps, s->config.steps_offset, tmp[i], train);
                goto done;
            }
        s->init_noise_sigma = 1.0f;
    } else {
        float max_sigma = 0;
        for (i = 0; i < train; i++) table[i] = sd__sigma_of(s->alphas_cumprod[i]);
        sd__sched_sigmas(s, table, table + train, tmp, tmp + 2 * ((size_t)steps + 16));
        for (i = 0; i <= s->count; i++)
            if (s->sigmas[i] > max_sigma) max_sigma = s->sigmas[i];
        if (sd__method_multistep(s->method)) s->init_noise_sigma = 1.0f;
        else if (s->config.timestep_spacing == SD__SPACING_LEADING) s->init_noise_sigma = sqrtf(max_sigma * max_sigma + 1.0f);
        else s->init_noise_sigma = max_sigma;
    }
    if ((r = sd__sched_check_divisors(env, s, tmp)) != SD_OK) goto done;
    if (s->method == SD__METHOD_HEUN) sd__sched_heun_interleave(s, tmp);
    for (i = 0; i < s->count; i++) s->timesteps[i] = (float)tmp[i];

    /* the history ring: PNDM 4 model outputs, LMS 4 derivatives, the x0 predictions of DPM++ (2),
       UniPC (3: this step's and the two its corrector and predictor read) and Heun (1) */
    switch (s->method) {
    case SD__METHOD_PNDM:
    case SD__METHOD_LMS: s->ring = 4; break;
    case SD__METHOD_UNIPC: s->ring = 3; break;
    case SD__METHOD_DPM:
    case SD__METHOD_DPM_SDE: s->ring = 2; break;
    case SD__METHOD_HEUN: s->ring = 1; break;
    default: break;
    }
    r = SD_OK;
done:
    sd__free(env, tmp);
    sd__free(env, table);
    if (r != SD_OK) sd__sched_free(env, s);
    return r;
}
