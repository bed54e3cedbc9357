/* ============================================================================================
   Schedulers: diffusers' DDIM, PNDM, LMS, Euler, Euler ancestral, Heun, DPM++ 2M (and SDE), LCM
   and UniPC. Here their configuration (diffusers' scheduler_config.json)
   ============================================================================================ */
typedef enum sd__beta_schedule { SD__BETA_LINEAR, SD__BETA_SCALED_LINEAR, SD__BETA_SQUAREDCOS_CAP_V2 } sd__beta_schedule;
typedef enum sd__prediction { SD__PREDICT_EPSILON, SD__PREDICT_V, SD__PREDICT_SAMPLE } sd__prediction;
/* SD__SPACING_DEFAULT: the sampler class's own default ('leading' for DDIM and PNDM, 'linspace'
   for the others). */
typedef enum sd__spacing { SD__SPACING_DEFAULT, SD__SPACING_LEADING, SD__SPACING_TRAILING, SD__SPACING_LINSPACE } sd__spacing;

typedef struct sd__sched_config {
    /* the model's noise schedule */
    int num_train_timesteps;
    double beta_start, beta_end;
    sd__beta_schedule beta_schedule;
    sd__prediction prediction_type;
    int steps_offset;
    int set_alpha_to_one;       /* DDIM, PNDM: the alpha after the last step is 1 (else alphas_cumprod[0]) */
    int clip_sample;            /* DDIM, Heun, LCM: clamp the predicted x0 to +-clip_sample_range */
    double clip_sample_range;
    int rescale_betas_zero_snr; /* DDIM, Euler, Euler a, DPM++, LCM, UniPC */
    int skip_prk_steps;         /* PNDM: PLMS only (else 12 Runge-Kutta steps first) */
    /* the sampler's options */
    sd__spacing timestep_spacing;
    int use_karras_sigmas;      /* LMS, Euler, Heun, UniPC (the _KARRAS samplers always, DPM++ 2M (SDE) never) */
    double sigma_min, sigma_max; /* the Karras range of Euler, DPM++ and UniPC; 0: the schedule's own */
    int final_sigma_min;        /* final_sigmas_type "sigma_min" (Euler, DPM++, UniPC); else "zero" */
    int continuous_timesteps;   /* Euler timestep_type "continuous" (with v_prediction only) */
    int solver_heun;            /* DPM++ solver_type "heun"; else "midpoint" */
    int solver_bh1;             /* UniPC solver_type "bh1"; else "bh2" */
    int lower_order_final;      /* DPM++: first order on the last steps when steps < 15; UniPC: on the last step */
    int euler_at_final;         /* DPM++: first order on the last step */
    double lambda_min_clipped;  /* DPM++: clip the log-SNR of the last timesteps */
    int original_inference_steps; /* LCM: the distillation schedule its timesteps are taken from */
    double timestep_scaling;    /* LCM: the boundary condition's timestep scale */
} sd__sched_config;

/* The update a sampler runs; several samplers share one, with or without Karras sigmas. */
typedef enum sd__method {
    SD__METHOD_DDIM, SD__METHOD_PNDM, SD__METHOD_LMS, SD__METHOD_EULER, SD__METHOD_EULER_A, SD__METHOD_HEUN,
    SD__METHOD_DPM, SD__METHOD_DPM_SDE, SD__METHOD_LCM, SD__METHOD_UNIPC
} sd__method;

/* Karras sigmas: as the model's scheduler config of the class says, never, or always. */
enum { SD__KARRAS_CONFIG, SD__KARRAS_OFF, SD__KARRAS_ON };

/* Each sampler's diffusers class, update and Karras sigmas (the default sampler's row is unused). */
static const struct sd__sampler_info {
    const char *class_name;
    sd__method method;
    int karras;
} sd__sampler_infos[SD_SAMPLER_COUNT] = {
    {NULL, SD__METHOD_DDIM, SD__KARRAS_OFF},
    {"DDIMScheduler", SD__METHOD_DDIM, SD__KARRAS_OFF},
    {"PNDMScheduler", SD__METHOD_PNDM, SD__KARRAS_OFF},
    {"LMSDiscreteScheduler", SD__METHOD_LMS, SD__KARRAS_CONFIG},
    {"EulerDiscreteScheduler", SD__METHOD_EULER, SD__KARRAS_CONFIG},
    {"EulerAncestralDiscreteScheduler", SD__METHOD_EULER_A, SD__KARRAS_OFF},
    {"DPMSolverMultistepScheduler", SD__METHOD_DPM, SD__KARRAS_OFF},
    {"DPMSolverMultistepScheduler", SD__METHOD_DPM, SD__KARRAS_ON},
    {"EulerDiscreteScheduler", SD__METHOD_EULER, SD__KARRAS_ON},
    {"LMSDiscreteScheduler", SD__METHOD_LMS, SD__KARRAS_ON},
    {"HeunDiscreteScheduler", SD__METHOD_HEUN, SD__KARRAS_CONFIG},
    {"HeunDiscreteScheduler", SD__METHOD_HEUN, SD__KARRAS_ON},
    {"DPMSolverMultistepScheduler", SD__METHOD_DPM_SDE, SD__KARRAS_OFF},
    {"DPMSolverMultistepScheduler", SD__METHOD_DPM_SDE, SD__KARRAS_ON},
    {"LCMScheduler", SD__METHOD_LCM, SD__KARRAS_OFF},
    {"UniPCMultistepScheduler", SD__METHOD_UNIPC, SD__KARRAS_CONFIG}};

/* DPM++ 2M, DPM++ 2M SDE and UniPC: multistep solvers in log-SNR over DPMSolverMultistepScheduler's
   kind of schedule (integer timesteps, sigmas over the whole range for Karras, unscaled input). */
static int sd__method_multistep(sd__method m) { return m == SD__METHOD_DPM || m == SD__METHOD_DPM_SDE || m == SD__METHOD_UNIPC; }

/* The samplers with sigmas (Karras' k-diffusion formulation): all but DDIM, PNDM and LCM. */
static int sd__method_has_sigmas(sd__method m) { return m != SD__METHOD_DDIM && m != SD__METHOD_PNDM && m != SD__METHOD_LCM; }

/* diffusers' names of sd__beta_schedule and sd__prediction, in enum order (NULL-terminated for
   sd__sched_json_enum). */
static const char *const sd__beta_schedule_names[] = {"linear", "scaled_linear", "squaredcos_cap_v2", NULL};
static const char *const sd__prediction_names[] = {"epsilon", "v_prediction", "sample", NULL};

static sd_sampler sd__sched_resolve_sampler(sd_sampler sampler) {
    return sampler == SD_SAMPLER_DEFAULT ? SD_DEFAULT_SAMPLER : sampler;
}

/* diffusers' constructor defaults of the sampler's class (what from_config uses for absent keys). */
static void sd__sched_class_defaults(sd__sched_config *c, sd_sampler sampler) {
    const sd__method method = sd__sampler_infos[sampler].method;
    memset(c, 0, sizeof *c);
    c->num_train_timesteps = 1000;
    c->beta_start = method == SD__METHOD_HEUN || method == SD__METHOD_LCM ? 0.00085 : 0.0001;
    c->beta_end = method == SD__METHOD_HEUN || method == SD__METHOD_LCM ? 0.012 : 0.02;
    c->beta_schedule = method == SD__METHOD_LCM ? SD__BETA_SCALED_LINEAR : SD__BETA_LINEAR;
    c->prediction_type = SD__PREDICT_EPSILON;
    c->set_alpha_to_one = method == SD__METHOD_DDIM || method == SD__METHOD_LCM;
    c->clip_sample = method == SD__METHOD_DDIM;
    c->clip_sample_range = 1.0;
    c->timestep_spacing = SD__SPACING_DEFAULT;
    c->lower_order_final = 1;
    c->lambda_min_clipped = -HUGE_VAL;
    c->original_inference_steps = 50;
    c->timestep_scaling = 10.0;
}

/* Stable Diffusion 1.x / 2.x's schedule, for checkpoints without a scheduler_config.json: SD 1.5's
   scheduler_config.json (which sets no sampler option) over the constructor defaults. */
static void sd__sched_config_default(sd__sched_config *c) {
    sd__sched_class_defaults(c, SD_SAMPLER_PNDM);
    c->beta_start = 0.00085;
    c->beta_end = 0.012;
    c->beta_schedule = SD__BETA_SCALED_LINEAR;
    c->steps_offset = 1;
    c->set_alpha_to_one = 0;
    c->clip_sample = 0;
    c->skip_prk_steps = 1;
}

/* Looks a string member up in a NULL-terminated list of names: sets *out to its index, leaves
   *out alone when the member is absent or null, or fails naming the key or the value. */
static sd_result sd__sched_json_enum(sd__env *env, const sd__json *root, const char *key, const char *const *names,
                                     int *out) {
    int ok = 1, i;
    const char *s = sd__json_get_string(root, key, &ok);
    if (!ok) return sd__fail(env, SD_ERR_MODEL_FORMAT, "scheduler config: '%s' must be a string", key);
    if (!s) return SD_OK;
    for (i = 0; names[i]; i++)
        if (strcmp(s, names[i]) == 0) {
            *out = i;
            return SD_OK;
        }
    return sd__fail(env, SD_ERR_UNSUPPORTED, "scheduler config: %s '%s' is not supported", key, s);
}

static sd_result sd__sched_json_bool(sd__env *env, const sd__json *root, const char *key, int *value) {
    if (!sd__json_get_bool(root, key, *value, value))
        return sd__fail(env, SD_ERR_MODEL_FORMAT, "scheduler config: '%s' must be true or false", key);
    return SD_OK;
}

static sd_result sd__sched_json_number(sd__env *env, const sd__json *root, const char *key, double lo, double hi,
                                       double *value) {
    if (!sd__json_get_number(root, key, *value, value))
        return sd__fail(env, SD_ERR_MODEL_FORMAT, "scheduler config: '%s' must be a number", key);
    if (!(*value >= lo && *value <= hi))
        return sd__fail(env, SD_ERR_MODEL_FORMAT, "scheduler config: '%s' is %g, outside [%g, %g]", key, *value, lo, hi);
    return SD_OK;
}

static sd_result sd__sched_json_int(sd__env *env, const sd__json *root, const char *key, long long lo, long long hi,
                                    int *value) {
    long long v;
    if (!sd__json_get_int(root, key, *value, &v))
        return sd__fail(env, SD_ERR_MODEL_FORMAT, "scheduler config: '%s' must be an integer", key);
    if (v < lo || v > hi)
        return sd__fail(env, SD_ERR_MODEL_FORMAT, "scheduler config: '%s' is %lld, outside [%lld, %lld]", key, v, lo, hi);
    *value = (int)v;
    return SD_OK;
}

/* Switches this library does not implement must be absent, null or false. */
static sd_result sd__sched_json_must_be_off(sd__env *env, const sd__json *root, const char *key) {
    int on = 0;
    sd_result r = sd__sched_json_bool(env, root, key, &on);
    if (r == SD_OK && on) return sd__fail(env, SD_ERR_UNSUPPORTED, "scheduler config: '%s' is not supported", key);
    return r;
}

/* Values this library does not implement (trained_betas, variance_type) must be absent or null. */
static sd_result sd__sched_json_must_be_null(sd__env *env, const sd__json *root, const char *key) {
    const sd__json *v = sd__json_get(root, key);
    if (v && v->type != SD__JSON_NULL) return sd__fail(env, SD_ERR_UNSUPPORTED, "scheduler config: '%s' is not supported", key);
    return SD_OK;
}

/* Reads a diffusers scheduler_config.json for the given sampler.
   RULE: keys that describe the model - the betas (num_train_timesteps, beta_start, beta_end,
   beta_schedule, trained_betas, rescale_betas_zero_snr), prediction_type, steps_offset,
   set_alpha_to_one, clip_sample, clip_sample_range and skip_prk_steps - are read whatever the
   file's "_class_name". The sampler's own options (timestep_spacing, use_karras_sigmas, sigma_min,
   sigma_max, final_sigmas_type, timestep_type, interpolation_type, solver_type,
   lower_order_final, euler_at_final, lambda_min_clipped, thresholding, ...) are read only when
   "_class_name" is the chosen sampler's class; otherwise that class's diffusers defaults apply,
   as when diffusers' Class.from_config is given a model's config without those keys (a file
   saved by PNDMScheduler says timestep_spacing "leading", which is not Euler's default).
   skip_prk_steps counts as a model key because only PNDM has it: another class's file carries
   it for PNDM's sake (Stable Diffusion 2's DDIMScheduler file says true, as diffusers honours).
   Absent keys take the chosen class's constructor defaults. The DPM++ samplers are always of
   order 2, their algorithm ("dpmsolver++" or "sde-dpmsolver++") the sampler's; the _KARRAS
   samplers always use Karras sigmas. UniPC is diffusers' default UniPC: order 2, predicting x0,
   with its corrector after every step. */
static sd_result sd__sched_config_from_json(sd__env *env, const sd__json *root, sd_sampler sampler, sd__sched_config *c) {
    static const char *const spacings[] = {"leading", "trailing", "linspace", NULL};
    static const char *const final_sigmas[] = {"zero", "sigma_min", NULL};
    static const char *const timestep_types[] = {"discrete", "continuous", NULL};
    static const char *const interpolations[] = {"linear", NULL};
    static const char *const dpm_solvers[] = {"midpoint", "heun", NULL};
    /* diffusers' UniPC takes DPM++'s names (and "logrho") for bh2 */
    static const char *const unipc_solvers[] = {"bh1", "bh2", "midpoint", "heun", "logrho", NULL};
    static const char *const unsupported_switches[] = {"thresholding", "use_exponential_sigmas", "use_beta_sigmas",
                                                       "use_lu_lambdas", "use_flow_sigmas", "use_dynamic_shifting", NULL};
    const char *class_name;
    sd__method method;
    int ok = 1, own_class, e, i;
    sd_result r;
    sampler = sd__sched_resolve_sampler(sampler);
    if ((int)sampler <= 0 || sampler >= SD_SAMPLER_COUNT)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "unknown sampler %d", (int)sampler);
    if (!root || root->type != SD__JSON_OBJECT)
        return sd__fail(env, SD_ERR_MODEL_FORMAT, "scheduler config is not a JSON object");
    class_name = sd__json_get_string(root, "_class_name", &ok);
    if (!ok) return sd__fail(env, SD_ERR_MODEL_FORMAT, "scheduler config: '_class_name' must be a string");
    method = sd__sampler_infos[sampler].method;
    own_class = class_name && strcmp(class_name, sd__sampler_infos[sampler].class_name) == 0;
    sd__sched_class_defaults(c, sampler);

    if ((r = sd__sched_json_int(env, root, "num_train_timesteps", 1, 100000, &c->num_train_timesteps)) != SD_OK) return r;
    if ((r = sd__sched_json_number(env, root, "beta_start", 0, 1, &c->beta_start)) != SD_OK) return r;
    if ((r = sd__sched_json_number(env, root, "beta_end", 0, 1, &c->beta_end)) != SD_OK) return r;
    e = -1;
    if ((r = sd__sched_json_enum(env, root, "beta_schedule", sd__beta_schedule_names, &e)) != SD_OK) return r;
    if (e >= 0) c->beta_schedule = (sd__beta_schedule)e;
    e = -1;
    if ((r = sd__sched_json_enum(env, root, "prediction_type", sd__prediction_names, &e)) != SD_OK) return r;
    if (e >= 0) c->prediction_type = (sd__prediction)e;
    if ((r = sd__sched_json_int(env, root, "steps_offset", 0, 100000, &c->steps_offset)) != SD_OK) return r;
    if ((r = sd__sched_json_bool(env, root, "set_alpha_to_one", &c->set_alpha_to_one)) != SD_OK) return r;
    if ((r = sd__sched_json_bool(env, root, "clip_sample", &c->clip_sample)) != SD_OK) return r;
    if ((r = sd__sched_json_number(env, root, "clip_sample_range", 1e-30, HUGE_VAL, &c->clip_sample_range)) != SD_OK) return r;
    if ((r = sd__sched_json_bool(env, root, "rescale_betas_zero_snr", &c->rescale_betas_zero_snr)) != SD_OK) return r;
    if ((r = sd__sched_json_bool(env, root, "skip_prk_steps", &c->skip_prk_steps)) != SD_OK) return r;
    if ((r = sd__sched_json_must_be_null(env, root, "trained_betas")) != SD_OK) return r;
    if (!own_class) return SD_OK;

    for (i = 0; unsupported_switches[i]; i++)
        if ((r = sd__sched_json_must_be_off(env, root, unsupported_switches[i])) != SD_OK) return r;
    if ((r = sd__sched_json_must_be_null(env, root, "variance_type")) != SD_OK) return r;
    e = -1;
    if ((r = sd__sched_json_enum(env, root, "timestep_spacing", spacings, &e)) != SD_OK) return r;
    if (e >= 0) c->timestep_spacing = (sd__spacing)(e + SD__SPACING_LEADING);
    if (method == SD__METHOD_LMS || method == SD__METHOD_EULER || method == SD__METHOD_HEUN || method == SD__METHOD_UNIPC)
        if ((r = sd__sched_json_bool(env, root, "use_karras_sigmas", &c->use_karras_sigmas)) != SD_OK) return r;
    if (method == SD__METHOD_EULER) {
        e = -1;
        if ((r = sd__sched_json_enum(env, root, "timestep_type", timestep_types, &e)) != SD_OK) return r;
        if (e >= 0) c->continuous_timesteps = e;
        if ((r = sd__sched_json_enum(env, root, "interpolation_type", interpolations, &e)) != SD_OK) return r; /* check only */
    }
    if (method == SD__METHOD_EULER || sd__method_multistep(method)) {
        /* the Karras range (diffusers' LMS and Heun have none) */
        if ((r = sd__sched_json_number(env, root, "sigma_min", 0, HUGE_VAL, &c->sigma_min)) != SD_OK) return r;
        if ((r = sd__sched_json_number(env, root, "sigma_max", 0, HUGE_VAL, &c->sigma_max)) != SD_OK) return r;
        e = -1;
        if ((r = sd__sched_json_enum(env, root, "final_sigmas_type", final_sigmas, &e)) != SD_OK) return r;
        if (e >= 0) c->final_sigma_min = e;
    }
    if (sd__method_multistep(method))
        if ((r = sd__sched_json_bool(env, root, "lower_order_final", &c->lower_order_final)) != SD_OK) return r;
    if (method == SD__METHOD_DPM || method == SD__METHOD_DPM_SDE) {
        e = -1;
        if ((r = sd__sched_json_enum(env, root, "solver_type", dpm_solvers, &e)) != SD_OK) return r;
        if (e >= 0) c->solver_heun = e;
        if ((r = sd__sched_json_bool(env, root, "euler_at_final", &c->euler_at_final)) != SD_OK) return r;
        if ((r = sd__sched_json_number(env, root, "lambda_min_clipped", -HUGE_VAL, HUGE_VAL, &c->lambda_min_clipped)) != SD_OK)
            return r;
    }
    if (method == SD__METHOD_UNIPC) {
        const sd__json *disabled = sd__json_get(root, "disable_corrector");
        int order = 2, predict_x0 = 1;
        e = -1;
        if ((r = sd__sched_json_enum(env, root, "solver_type", unipc_solvers, &e)) != SD_OK) return r;
        if (e >= 0) c->solver_bh1 = e == 0;
        if ((r = sd__sched_json_int(env, root, "solver_order", 1, 100, &order)) != SD_OK) return r;
        if (order != 2) return sd__fail(env, SD_ERR_UNSUPPORTED, "scheduler config: UniPC solver_order %d is not supported (2 is)", order);
        if ((r = sd__sched_json_bool(env, root, "predict_x0", &predict_x0)) != SD_OK) return r;
        if (!predict_x0) return sd__fail(env, SD_ERR_UNSUPPORTED, "scheduler config: UniPC predict_x0 false is not supported");
        if (disabled && disabled->type != SD__JSON_NULL && !(disabled->type == SD__JSON_ARRAY && disabled->length == 0))
            return sd__fail(env, SD_ERR_UNSUPPORTED, "scheduler config: UniPC disable_corrector is not supported (only [])");
        if ((r = sd__sched_json_must_be_null(env, root, "solver_p")) != SD_OK) return r;
        if ((r = sd__sched_json_must_be_null(env, root, "shift_terminal")) != SD_OK) return r;
    }
    if (method == SD__METHOD_LCM) {
        if ((r = sd__sched_json_int(env, root, "original_inference_steps", 1, 100000, &c->original_inference_steps)) != SD_OK)
            return r;
        if ((r = sd__sched_json_number(env, root, "timestep_scaling", 0, 1e6, &c->timestep_scaling)) != SD_OK) return r;
    }
    return SD_OK;
}
