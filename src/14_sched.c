/* ============================================================================================
   Schedulers and RNG: PyTorch's CPU (mt19937) and CUDA (Philox) randn on the host, and
   diffusers' DDIM, PNDM, LMS, Euler, Euler ancestral and DPM++ 2M schedulers
   ============================================================================================ */

/* --------------------------------------------------------------------------------------------
   torch.randn, bit for bit. One generator object holds either a CPU or a CUDA generator; its
   state carries over between calls exactly as a torch.Generator's does, so the initial latents
   and euler_a's per-step noise come out as diffusers draws them from one generator.
   -------------------------------------------------------------------------------------------- */
#define SD__MT_N 624
#define SD__MT_M 397

typedef struct sd__torch_rng {
    sd_rng mode;                  /* SD_RNG_CPU or SD_RNG_CUDA */
    /* CPU: torch's mt19937 and the Box-Muller sample its scalar path keeps for the next call */
    uint32_t mt[SD__MT_N];
    int mt_next;
    int has_cached_normal;
    double cached_normal;
    /* CUDA: Philox4x32-10 key and torch's per-thread counter offset */
    uint64_t seed;
    uint64_t philox_offset;
    /* CUDA launch width: torch caps randn's grid at (SM count * max threads per SM / 256) blocks
       of 256 threads, and the numbers depend on it once a tensor has more elements than the
       grid has threads. 0 (what seeding sets) assumes a GPU large enough for one thread per
       element, as every current GPU is for a 512x512 latent; set a GPU's cap after seeding to
       match it beyond that. */
    uint32_t cuda_max_blocks;
} sd__torch_rng;

/* torch.Generator("cpu").manual_seed(seed): mt19937 seeded with the low 32 bits (Knuth's
   initialisation), and no cached normal sample. */
static void sd__rng_cpu_seed(sd__torch_rng *r, uint64_t seed) {
    int i;
    memset(r, 0, sizeof *r);
    r->mode = SD_RNG_CPU;
    r->seed = seed;
    r->mt[0] = (uint32_t)(seed & 0xFFFFFFFFu);
    for (i = 1; i < SD__MT_N; i++) r->mt[i] = 1812433253u * (r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) + (uint32_t)i;
    r->mt_next = SD__MT_N; /* the first draw regenerates the whole state */
}

/* torch.Generator("cuda").manual_seed(seed): the Philox key is the seed, the offset starts at 0. */
static void sd__rng_cuda_seed(sd__torch_rng *r, uint64_t seed) {
    memset(r, 0, sizeof *r);
    r->mode = SD_RNG_CUDA;
    r->seed = seed;
}

static uint32_t sd__mt_next(sd__torch_rng *r) {
    uint32_t y;
    if (r->mt_next >= SD__MT_N) {
        int k;
        for (k = 0; k < SD__MT_N; k++) {
            uint32_t v = (r->mt[k] & 0x80000000u) | (r->mt[(k + 1) % SD__MT_N] & 0x7FFFFFFFu);
            r->mt[k] = r->mt[(k + SD__MT_M) % SD__MT_N] ^ (v >> 1) ^ ((v & 1u) ? 0x9908B0DFu : 0u);
        }
        r->mt_next = 0;
    }
    y = r->mt[r->mt_next++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9D2C5680u;
    y ^= (y << 15) & 0xEFC60000u;
    y ^= y >> 18;
    return y;
}

/* A float in [0, 1) from the low 24 bits of one draw (torch's uniform_real_distribution<float>). */
static float sd__mt_uniform_float(sd__torch_rng *r) { return (float)(sd__mt_next(r) & 0xFFFFFFu) * (1.0f / 16777216.0f); }

/* A double in [0, 1) from the low 53 bits of two draws, the first one high (random64()). */
static double sd__mt_uniform_double(sd__torch_rng *r) {
    uint64_t hi = sd__mt_next(r), lo = sd__mt_next(r);
    return (double)(((hi << 32) | lo) & ((1ull << 53) - 1)) * (1.0 / 9007199254740992.0);
}

/* torch's normal_distribution<double>: Box-Muller on two doubles; the sine half is kept for the
   next value, even across calls, until the generator is reseeded. */
static float sd__mt_normal_scalar(sd__torch_rng *r) {
    double u1, u2, radius, theta;
    if (r->has_cached_normal) {
        r->has_cached_normal = 0;
        return (float)r->cached_normal;
    }
    u1 = sd__mt_uniform_double(r);
    u2 = sd__mt_uniform_double(r);
    radius = sqrt(-2.0 * log1p(-u2));
    theta = 2.0 * 3.14159265358979323846 * u1;
    r->cached_normal = radius * sin(theta);
    r->has_cached_normal = 1;
    return (float)(radius * cos(theta));
}

/* torch's normal_fill_16 in float: the first 8 uniforms give the radii, the next 8 the angles. */
static void sd__normal_fill_16(float *data) {
    int j;
    for (j = 0; j < 8; j++) {
        float radius = sqrtf(-2.0f * logf(1.0f - data[j]));
        float theta = 6.28318548202514648f * data[j + 8]; /* float(2 pi) times u, rounded to float */
        data[j] = radius * cosf(theta);
        data[j + 8] = radius * sinf(theta);
    }
}

static void sd__randn_cpu(sd__torch_rng *r, float *out, size_t n) {
    size_t i;
    if (n < 16) { /* torch's scalar path (and the path of any non-contiguous tensor) */
        for (i = 0; i < n; i++) out[i] = sd__mt_normal_scalar(r);
        return;
    }
    /* the vectorized path: all uniforms first, Box-Muller in blocks of 16; a partial last block
       is redone on the last 16 positions with 16 fresh uniforms */
    for (i = 0; i < n; i++) out[i] = sd__mt_uniform_float(r);
    for (i = 0; i + 16 <= n; i += 16) sd__normal_fill_16(out + i);
    if (n % 16) {
        float *tail = out + n - 16;
        for (i = 0; i < 16; i++) tail[i] = sd__mt_uniform_float(r);
        sd__normal_fill_16(tail);
    }
}

/* Philox4x32-10 block function (Salmon et al., as curand implements it). */
static void sd__philox(const uint32_t counter[4], uint64_t key64, uint32_t out[4]) {
    uint32_t c0 = counter[0], c1 = counter[1], c2 = counter[2], c3 = counter[3];
    uint32_t k0 = (uint32_t)key64, k1 = (uint32_t)(key64 >> 32);
    int round;
    for (round = 0; round < 10; round++) {
        uint64_t p0 = (uint64_t)0xD2511F53u * c0, p1 = (uint64_t)0xCD9E8D57u * c2;
        uint32_t n0 = (uint32_t)(p1 >> 32) ^ c1 ^ k0, n2 = (uint32_t)(p0 >> 32) ^ c3 ^ k1;
        c1 = (uint32_t)p1;
        c3 = (uint32_t)p0;
        c0 = n0;
        c2 = n2;
        k0 += 0x9E3779B9u;
        k1 += 0xBB67AE85u;
    }
    out[0] = c0;
    out[1] = c1;
    out[2] = c2;
    out[3] = c3;
}

/* curand's Box-Muller for one pair of 32-bit draws: (sin, cos) times the radius. nvcc fuses the
   uniforms' multiply-adds. The angle goes through __sincosf, which scales it to revolutions with
   a float multiply rounded toward zero, then approximates sin and cos of 2 pi t in hardware to
   about 2^-22: that rounding is reproduced and the rest computed exactly, which leaves a few
   values 1-2 float ulps from the GPU's. */
static void sd__curand_box_muller(uint32_t x, uint32_t y, float *first, float *second) {
    float u = fmaf((float)x, 2.3283064e-10f, 2.3283064e-10f / 2.0f);
    float v = fmaf((float)y, 2.3283064e-10f * 6.2831855f, (2.3283064e-10f * 6.2831855f) / 2.0f);
    float s = sqrtf(-2.0f * logf(u));
    double exact = (double)v * (double)0.15915494f; /* a float product is exact in double */
    float turns = (float)exact;
    if (turns > exact) turns = nextafterf(turns, 0.0f);
    *first = (float)sin(6.283185307179586 * turns) * s;
    *second = (float)cos(6.283185307179586 * turns) * s;
}

/* torch's CUDA randn: a grid-stride kernel of `threads` threads; thread t runs curand_init(seed,
   subsequence t, offset) and each of its curand_normal4 calls fills elements t + threads * k
   for k = 4 j .. 4 j + 3 (j-th call). The generator's offset then moves on by 4 per call made. */
static void sd__randn_cuda(sd__torch_rng *r, float *out, size_t n) {
    uint64_t blocks = ((uint64_t)n + 255) / 256, threads, calls, t, j;
    if (r->cuda_max_blocks && blocks > r->cuda_max_blocks) blocks = r->cuda_max_blocks;
    threads = blocks * 256;
    calls = ((uint64_t)n - 1) / (threads * 4) + 1;
    for (t = 0; t < threads && t < n; t++) {
        for (j = 0; j < calls; j++) {
            uint32_t counter[4], bits[4];
            float normal[4];
            uint64_t block_index = r->philox_offset / 4 + j;
            int k;
            counter[0] = (uint32_t)block_index;
            counter[1] = (uint32_t)(block_index >> 32);
            counter[2] = (uint32_t)t;
            counter[3] = (uint32_t)(t >> 32);
            sd__philox(counter, r->seed, bits);
            sd__curand_box_muller(bits[0], bits[1], &normal[0], &normal[1]);
            sd__curand_box_muller(bits[2], bits[3], &normal[2], &normal[3]);
            for (k = 0; k < 4; k++) {
                uint64_t e = t + threads * (4 * j + (uint64_t)k);
                if (e < n) out[e] = normal[k];
            }
        }
    }
    r->philox_offset += calls * 4;
}

/* One torch.randn call of n values (any shape: only the element count matters). */
static void sd__randn(sd__torch_rng *r, float *out, size_t n) {
    if (n == 0) return;
    if (r->mode == SD_RNG_CUDA) sd__randn_cuda(r, out, n);
    else sd__randn_cpu(r, out, n);
}

/* --------------------------------------------------------------------------------------------
   Scheduler configuration (diffusers' scheduler_config.json)
   -------------------------------------------------------------------------------------------- */
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
    int clip_sample;            /* DDIM: clamp the predicted x0 to +-clip_sample_range */
    double clip_sample_range;
    int rescale_betas_zero_snr; /* DDIM, Euler, Euler a, DPM++ */
    int skip_prk_steps;         /* PNDM: PLMS only (else 12 Runge-Kutta steps first) */
    /* the sampler's options */
    sd__spacing timestep_spacing;
    int use_karras_sigmas;      /* LMS, Euler (DPM++ 2M Karras always, DPM++ 2M never) */
    double sigma_min, sigma_max; /* the Karras range of Euler and DPM++; 0: the schedule's own */
    int final_sigma_min;        /* final_sigmas_type "sigma_min" (Euler, DPM++); else "zero" */
    int continuous_timesteps;   /* Euler timestep_type "continuous" (with v_prediction only) */
    int solver_heun;            /* DPM++ solver_type "heun"; else "midpoint" */
    int lower_order_final;      /* DPM++: first order on the last steps when steps < 15 */
    int euler_at_final;         /* DPM++: first order on the last step */
    double lambda_min_clipped;  /* DPM++: clip the log-SNR of the last timesteps */
} sd__sched_config;

static const char *const sd__sched_class_names[SD_SAMPLER_COUNT] = {
    NULL, "DDIMScheduler", "PNDMScheduler", "LMSDiscreteScheduler", "EulerDiscreteScheduler",
    "EulerAncestralDiscreteScheduler", "DPMSolverMultistepScheduler", "DPMSolverMultistepScheduler"};

static sd_sampler sd__sched_resolve_sampler(sd_sampler sampler) {
    return sampler == SD_SAMPLER_DEFAULT ? SD_DEFAULT_SAMPLER : sampler;
}

/* diffusers' constructor defaults of the sampler's class (what from_config uses for absent keys). */
static void sd__sched_class_defaults(sd__sched_config *c, sd_sampler sampler) {
    memset(c, 0, sizeof *c);
    c->num_train_timesteps = 1000;
    c->beta_start = 0.0001;
    c->beta_end = 0.02;
    c->beta_schedule = SD__BETA_LINEAR;
    c->prediction_type = SD__PREDICT_EPSILON;
    c->set_alpha_to_one = sampler == SD_SAMPLER_DDIM;
    c->clip_sample = sampler == SD_SAMPLER_DDIM;
    c->clip_sample_range = 1.0;
    c->timestep_spacing = SD__SPACING_DEFAULT;
    c->lower_order_final = 1;
    c->lambda_min_clipped = -HUGE_VAL;
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
   Absent keys take the chosen class's constructor defaults. DPM++ 2M and DPM++ 2M Karras are
   always algorithm "dpmsolver++" of order 2, without and with Karras sigmas. */
static sd_result sd__sched_config_from_json(sd__env *env, const sd__json *root, sd_sampler sampler, sd__sched_config *c) {
    static const char *const schedules[] = {"linear", "scaled_linear", "squaredcos_cap_v2", NULL};
    static const char *const predictions[] = {"epsilon", "v_prediction", "sample", NULL};
    static const char *const spacings[] = {"leading", "trailing", "linspace", NULL};
    static const char *const final_sigmas[] = {"zero", "sigma_min", NULL};
    static const char *const timestep_types[] = {"discrete", "continuous", NULL};
    static const char *const interpolations[] = {"linear", NULL};
    static const char *const solver_types[] = {"midpoint", "heun", NULL};
    static const char *const unsupported_switches[] = {"thresholding", "use_exponential_sigmas", "use_beta_sigmas",
                                                       "use_lu_lambdas", "use_flow_sigmas", "use_dynamic_shifting", NULL};
    const char *class_name;
    int ok = 1, own_class, e, i;
    sd_result r;
    sampler = sd__sched_resolve_sampler(sampler);
    if ((int)sampler <= 0 || sampler >= SD_SAMPLER_COUNT)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "unknown sampler %d", (int)sampler);
    if (!root || root->type != SD__JSON_OBJECT)
        return sd__fail(env, SD_ERR_MODEL_FORMAT, "scheduler config is not a JSON object");
    class_name = sd__json_get_string(root, "_class_name", &ok);
    if (!ok) return sd__fail(env, SD_ERR_MODEL_FORMAT, "scheduler config: '_class_name' must be a string");
    own_class = class_name && strcmp(class_name, sd__sched_class_names[sampler]) == 0;
    sd__sched_class_defaults(c, sampler);

    if ((r = sd__sched_json_int(env, root, "num_train_timesteps", 1, 100000, &c->num_train_timesteps)) != SD_OK) return r;
    if ((r = sd__sched_json_number(env, root, "beta_start", 0, 1, &c->beta_start)) != SD_OK) return r;
    if ((r = sd__sched_json_number(env, root, "beta_end", 0, 1, &c->beta_end)) != SD_OK) return r;
    e = -1;
    if ((r = sd__sched_json_enum(env, root, "beta_schedule", schedules, &e)) != SD_OK) return r;
    if (e >= 0) c->beta_schedule = (sd__beta_schedule)e;
    e = -1;
    if ((r = sd__sched_json_enum(env, root, "prediction_type", predictions, &e)) != SD_OK) return r;
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
    if (sampler == SD_SAMPLER_LMS || sampler == SD_SAMPLER_EULER)
        if ((r = sd__sched_json_bool(env, root, "use_karras_sigmas", &c->use_karras_sigmas)) != SD_OK) return r;
    if (sampler == SD_SAMPLER_EULER) {
        e = -1;
        if ((r = sd__sched_json_enum(env, root, "timestep_type", timestep_types, &e)) != SD_OK) return r;
        if (e >= 0) c->continuous_timesteps = e;
        if ((r = sd__sched_json_enum(env, root, "interpolation_type", interpolations, &e)) != SD_OK) return r; /* check only */
    }
    if (sampler == SD_SAMPLER_EULER || sampler == SD_SAMPLER_DPMPP_2M || sampler == SD_SAMPLER_DPMPP_2M_KARRAS) {
        /* the Karras range (diffusers' LMS has none) */
        if ((r = sd__sched_json_number(env, root, "sigma_min", 0, HUGE_VAL, &c->sigma_min)) != SD_OK) return r;
        if ((r = sd__sched_json_number(env, root, "sigma_max", 0, HUGE_VAL, &c->sigma_max)) != SD_OK) return r;
        e = -1;
        if ((r = sd__sched_json_enum(env, root, "final_sigmas_type", final_sigmas, &e)) != SD_OK) return r;
        if (e >= 0) c->final_sigma_min = e;
    }
    if (sampler == SD_SAMPLER_DPMPP_2M || sampler == SD_SAMPLER_DPMPP_2M_KARRAS) {
        e = -1;
        if ((r = sd__sched_json_enum(env, root, "solver_type", solver_types, &e)) != SD_OK) return r;
        if (e >= 0) c->solver_heun = e;
        if ((r = sd__sched_json_bool(env, root, "lower_order_final", &c->lower_order_final)) != SD_OK) return r;
        if ((r = sd__sched_json_bool(env, root, "euler_at_final", &c->euler_at_final)) != SD_OK) return r;
        if ((r = sd__sched_json_number(env, root, "lambda_min_clipped", -HUGE_VAL, HUGE_VAL, &c->lambda_min_clipped)) != SD_OK)
            return r;
    }
    return SD_OK;
}

/* --------------------------------------------------------------------------------------------
   Schedules. diffusers computes them with torch float32 tensors and numpy float64 arrays; the
   helpers below repeat that arithmetic, so timesteps and sigmas come out as diffusers' do.
   -------------------------------------------------------------------------------------------- */
typedef struct sd__sched {
    sd_sampler sampler;
    sd__sched_config config;  /* with timestep_spacing resolved */
    int steps;                /* num_inference_steps */
    int count;                /* UNet evaluations: the entries of timesteps (PNDM: steps + 1) */
    float *timesteps;         /* [count] the UNet's timestep input */
    float *sigmas;            /* [count + 1] LMS, Euler, Euler a, DPM++ (the last is 0 or sigma_min); else NULL */
    float init_noise_sigma;   /* the initial noise's scale */
    float *alphas_cumprod;    /* [num_train_timesteps] */
    float final_alpha_cumprod;
    int prk_count;            /* PNDM: the Runge-Kutta entries at the start of timesteps */
    int begin, next;          /* the first step run (img2img) and the step expected next */
    size_t n;                 /* elements of the latent batch */
    float *buffers;           /* the one allocation behind the n-element buffers below */
    float *history[4];        /* PNDM model outputs, LMS derivatives, DPM++ x0 predictions; oldest first */
    int history_count;
    float *cur_sample;        /* PNDM: the sample the next step starts from */
    float *cur_model_output;  /* PNDM: the Runge-Kutta sum */
    int has_cur_sample;
    float *noise;             /* Euler a: this step's noise */
    int lower_order_nums;     /* DPM++: steps taken so far, up to the solver order */
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
   with log_sigmas a float32 table as numpy holds it. */
static double sd__sigma_to_t(double sigma, const float *log_sigmas, int len) {
    double log_sigma = log(sigma > 1e-10 ? sigma : 1e-10), w;
    int low = 0, j;
    for (j = 0; j < len; j++)
        if (log_sigma - (double)log_sigmas[j] >= 0) low = j;
    if (low > len - 2) low = len - 2;
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
   timestep has zero signal, keeping the first, and returns the betas of that schedule. */
static void sd__rescale_zero_snr(float *betas, float *scratch, int count) {
    float first, last, scale;
    int i;
    sd__cumprod_one_minus(betas, count, scratch);
    for (i = 0; i < count; i++) scratch[i] = sqrtf(scratch[i]);
    first = scratch[0];
    last = scratch[count - 1];
    scale = first / (first - last);
    for (i = 0; i < count; i++) {
        scratch[i] = (scratch[i] - last) * scale;
        scratch[i] = scratch[i] * scratch[i];
    }
    for (i = count - 1; i > 0; i--) betas[i] = 1.0f - scratch[i] / scratch[i - 1];
    betas[0] = 1.0f - scratch[0];
}

/* alphas_cumprod[num_train_timesteps] of the config, as the sampler's diffusers class makes it. */
static void sd__sched_alphas_cumprod(const sd__sched_config *c, sd_sampler sampler, float *out, float *scratch) {
    int count = c->num_train_timesteps, i;
    int k_diffusion = sampler == SD_SAMPLER_EULER || sampler == SD_SAMPLER_EULER_A || sampler == SD_SAMPLER_DPMPP_2M ||
                      sampler == SD_SAMPLER_DPMPP_2M_KARRAS;
    /* PNDM and LMS have no rescale_betas_zero_snr option */
    int rescale = c->rescale_betas_zero_snr && (sampler == SD_SAMPLER_DDIM || k_diffusion);
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
    if (rescale) sd__rescale_zero_snr(betas, scratch, count);
    sd__cumprod_one_minus(betas, count, out);
    if (rescale && k_diffusion) out[count - 1] = 1.0f / 16777216.0f; /* 2^-24: keeps the last sigma finite */
}

/* sqrt((1 - alphas_cumprod) / alphas_cumprod) in float32. */
static float sd__sigma_of(float alpha_cumprod) { return sqrtf((1.0f - alpha_cumprod) / alpha_cumprod); }

static void sd__sched_free(sd__env *env, sd__sched *s) {
    sd__free(env, s->timesteps);
    sd__free(env, s->sigmas);
    sd__free(env, s->alphas_cumprod);
    sd__free(env, s->buffers);
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

/* DPMSolverMultistepScheduler's integer timesteps (steps + 1 points, the last dropped), descending. */
static int sd__sched_dpm_timesteps(const sd__sched_config *c, const float *alphas_cumprod, int steps, double *ts) {
    int train = c->num_train_timesteps, clipped = 0, last, count = steps, i;
    for (i = 0; i < train; i++) { /* torch.searchsorted over the log-SNR, ascending */
        float a = alphas_cumprod[i];
        if (logf(sqrtf(a)) - logf(sqrtf(1.0f - a)) < c->lambda_min_clipped) clipped++;
    }
    last = train - clipped;
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

/* The sigmas of the k-diffusion samplers (LMS, Euler, Euler a, DPM++): the schedule's sigma at
   each timestep, or Karras sigmas with the timesteps moved to match; then the final sigma. */
static void sd__sched_sigmas(sd__sched *s, const float *sigma_table, float *log_sigmas, double *ts, double *karras) {
    const sd__sched_config *c = &s->config;
    int train = c->num_train_timesteps, dpm = s->sampler == SD_SAMPLER_DPMPP_2M || s->sampler == SD_SAMPLER_DPMPP_2M_KARRAS;
    int i;
    if (c->use_karras_sigmas) {
        /* DPM++ spans the whole schedule; LMS and Euler the sigmas of their first and last timestep */
        double lo = dpm ? sigma_table[0] : sd__np_interp(ts[s->count - 1], sigma_table, train);
        double hi = dpm ? sigma_table[train - 1] : sd__np_interp(ts[0], sigma_table, train);
        if (c->sigma_min > 0) lo = c->sigma_min;
        if (c->sigma_max > 0) hi = c->sigma_max;
        for (i = 0; i < train; i++) log_sigmas[i] = (float)log((double)sigma_table[i]);
        sd__karras_sigmas(lo, hi, s->count, karras);
        for (i = 0; i < s->count; i++) {
            double t = sd__sigma_to_t(karras[i], log_sigmas, train);
            s->sigmas[i] = (float)karras[i];
            /* DPM++ timesteps are integers: rounded, except that squaredcos schedules truncate */
            if (dpm) t = c->beta_schedule == SD__BETA_SQUAREDCOS_CAP_V2 ? (double)(long long)t : sd__np_round(t);
            ts[i] = dpm ? t : (double)(float)t;
        }
    } else {
        for (i = 0; i < s->count; i++) s->sigmas[i] = (float)sd__np_interp(ts[i], sigma_table, train);
    }
    s->sigmas[s->count] = c->final_sigma_min ? sigma_table[0] : 0.0f;
    if (s->sampler == SD_SAMPLER_EULER && c->continuous_timesteps && c->prediction_type == SD__PREDICT_V)
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
    if (c->prediction_type == SD__PREDICT_SAMPLE && (sampler == SD_SAMPLER_PNDM || sampler == SD_SAMPLER_EULER_A))
        return sd__fail(env, SD_ERR_UNSUPPORTED, "%s does not support prediction_type 'sample'",
                        sd__sched_class_names[sampler]);
    if ((int)c->timestep_spacing < SD__SPACING_DEFAULT || c->timestep_spacing > SD__SPACING_LINSPACE ||
        (int)c->beta_schedule < 0 || c->beta_schedule > SD__BETA_SQUAREDCOS_CAP_V2 || (int)c->prediction_type < 0 ||
        c->prediction_type > SD__PREDICT_SAMPLE)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "bad scheduler config");
    return SD_OK;
}

/* Sets up the schedule of `steps` inference steps for a latent batch of n elements (as diffusers'
   set_timesteps), with every buffer the steps need. */
static sd_result sd__sched_init(sd__env *env, sd__sched *s, const sd__sched_config *config, sd_sampler sampler, int steps,
                                size_t n) {
    int train, i, slots = 0, history = 0, k_diffusion, desc_count;
    size_t tmp_count, total;
    double *tmp = NULL;
    float *table = NULL;
    sd_result r;
    memset(s, 0, sizeof *s);
    sampler = sd__sched_resolve_sampler(sampler);
    if ((r = sd__sched_check(env, config, sampler, steps)) != SD_OK) return r;
    s->sampler = sampler;
    s->config = *config;
    s->steps = steps;
    s->n = n;
    train = config->num_train_timesteps;
    k_diffusion = sampler != SD_SAMPLER_DDIM && sampler != SD_SAMPLER_PNDM;
    if (s->config.timestep_spacing == SD__SPACING_DEFAULT)
        s->config.timestep_spacing = k_diffusion ? SD__SPACING_LINSPACE : SD__SPACING_LEADING;
    /* options that the sampler's diffusers class lacks are off, as its from_config drops them */
    if (sampler == SD_SAMPLER_DPMPP_2M || sampler == SD_SAMPLER_DPMPP_2M_KARRAS)
        s->config.use_karras_sigmas = sampler == SD_SAMPLER_DPMPP_2M_KARRAS;
    else if (sampler != SD_SAMPLER_LMS && sampler != SD_SAMPLER_EULER)
        s->config.use_karras_sigmas = 0;
    if (sampler != SD_SAMPLER_EULER && sampler != SD_SAMPLER_DPMPP_2M && sampler != SD_SAMPLER_DPMPP_2M_KARRAS) {
        s->config.final_sigma_min = 0;
        s->config.sigma_min = s->config.sigma_max = 0;
    }

    /* scratch: timesteps in float64 (4 regions of steps + 16) and 3 float tables of train */
    tmp_count = 4 * ((size_t)steps + 16);
    tmp = (double *)sd__calloc(env, tmp_count, sizeof(double));
    table = (float *)sd__calloc(env, 3 * (size_t)train, sizeof(float));
    s->alphas_cumprod = (float *)sd__calloc(env, (size_t)train, sizeof(float));
    s->timesteps = (float *)sd__calloc(env, (size_t)steps + 16, sizeof(float));
    if (k_diffusion) s->sigmas = (float *)sd__calloc(env, (size_t)steps + 17, sizeof(float));
    if (!tmp || !table || !s->alphas_cumprod || !s->timesteps || (k_diffusion && !s->sigmas)) {
        r = sd__oom(env);
        goto done;
    }
    sd__sched_alphas_cumprod(&s->config, sampler, s->alphas_cumprod, table);
    s->final_alpha_cumprod = s->config.set_alpha_to_one ? 1.0f : s->alphas_cumprod[0];

    switch (sampler) {
    case SD_SAMPLER_DDIM: s->count = sd__sched_integer_timesteps(&s->config, steps, tmp); break;
    case SD_SAMPLER_PNDM:
        desc_count = sd__sched_integer_timesteps(&s->config, steps, tmp + 2 * ((size_t)steps + 16));
        if ((r = sd__sched_pndm_timesteps(env, s, tmp + 2 * ((size_t)steps + 16), desc_count, tmp)) != SD_OK) goto done;
        break;
    case SD_SAMPLER_DPMPP_2M:
    case SD_SAMPLER_DPMPP_2M_KARRAS: s->count = sd__sched_dpm_timesteps(&s->config, s->alphas_cumprod, steps, tmp); break;
    default: s->count = sd__sched_float_timesteps(&s->config, steps, tmp); break;
    }
    if (!k_diffusion) {
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
        if (sampler == SD_SAMPLER_DPMPP_2M || sampler == SD_SAMPLER_DPMPP_2M_KARRAS) s->init_noise_sigma = 1.0f;
        else if (s->config.timestep_spacing == SD__SPACING_LEADING) s->init_noise_sigma = sqrtf(max_sigma * max_sigma + 1.0f);
        else s->init_noise_sigma = max_sigma;
    }
    for (i = 0; i < s->count; i++) s->timesteps[i] = (float)tmp[i];

    /* the multistep state: PNDM 4 model outputs, the current sample and the Runge-Kutta sum;
       LMS 4 derivatives; DPM++ 2 x0 predictions; Euler a one noise draw */
    switch (sampler) {
    case SD_SAMPLER_PNDM: history = 4; slots = 6; break;
    case SD_SAMPLER_LMS: history = slots = 4; break;
    case SD_SAMPLER_DPMPP_2M:
    case SD_SAMPLER_DPMPP_2M_KARRAS: history = slots = 2; break;
    case SD_SAMPLER_EULER_A: slots = 1; break;
    default: break;
    }
    if (slots) {
        if (!sd__mul_size(n, (size_t)slots, &total) || !(s->buffers = (float *)sd__calloc(env, total, sizeof(float)))) {
            r = sd__oom(env);
            goto done;
        }
        for (i = 0; i < history; i++) s->history[i] = s->buffers + (size_t)i * n;
        if (sampler == SD_SAMPLER_PNDM) {
            s->cur_sample = s->buffers + 4 * n;
            s->cur_model_output = s->buffers + 5 * n;
        }
        if (sampler == SD_SAMPLER_EULER_A) s->noise = s->buffers;
    }
    r = SD_OK;
done:
    sd__free(env, tmp);
    sd__free(env, table);
    if (r != SD_OK) sd__sched_free(env, s);
    return r;
}

/* --------------------------------------------------------------------------------------------
   Steps. Coefficients are computed in double from diffusers' float32 schedule values; each
   element follows diffusers' formula in double and is rounded once.
   -------------------------------------------------------------------------------------------- */

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
static void sd__sched_step_euler(sd__sched *s, int i, const float *model_output, float *sample, sd__torch_rng *noise_rng) {
    double sigma = s->sigmas[i], next = s->sigmas[i + 1], up = 0, dt;
    size_t k;
    if (s->sampler == SD_SAMPLER_EULER_A) {
        up = sqrt(next * next * (sigma * sigma - next * next) / (sigma * sigma));
        dt = sqrt(next * next - up * up) - sigma;
        sd__randn(noise_rng, s->noise, s->n); /* drawn on the last step too, as diffusers does */
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
   Steps run in order from the begin index; Euler a draws its noise from noise_rng. */
static sd_result sd__sched_step(sd__env *env, sd__sched *s, int i, const float *model_output, float *sample, size_t n,
                                sd__torch_rng *noise_rng) {
    sd_result r = SD_OK;
    if (i != s->next || i >= s->count)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "scheduler step %d out of order (expected %d of %d)", i, s->next, s->count);
    if (n != s->n)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "scheduler set up for %lu elements, stepped with %lu", (unsigned long)s->n,
                        (unsigned long)n);
    if (!model_output || !sample || (s->sampler == SD_SAMPLER_EULER_A && !noise_rng))
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "scheduler step: missing buffer or noise generator");
    switch (s->sampler) {
    case SD_SAMPLER_DDIM: r = sd__sched_step_ddim(env, s, i, model_output, sample); break;
    case SD_SAMPLER_PNDM: r = sd__sched_step_pndm(env, s, i, model_output, sample); break;
    case SD_SAMPLER_LMS: sd__sched_step_lms(s, i, model_output, sample); break;
    case SD_SAMPLER_EULER:
    case SD_SAMPLER_EULER_A: sd__sched_step_euler(s, i, model_output, sample, noise_rng); break;
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
    int digits, init_steps;
    for (digits = 1; digits <= 9; digits++) {
        snprintf(text, sizeof text, "%.*g", digits, (double)strength);
        if ((float)strtod(text, NULL) == strength) {
            exact = strtod(text, NULL);
            break;
        }
    }
    product = s->steps * exact;
    init_steps = product >= s->steps ? s->steps : (product > 0 ? (int)product : 0);
    return s->steps - init_steps; /* t_start * order, with order 1 for every scheduler here */
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
