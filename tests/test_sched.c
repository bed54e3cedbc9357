/* Tests of the sched section: diffusers' schedules (tests/data/schedules.json), each sampler's
   step against values diffusers computed, img2img helpers and config parsing. */

/* Relative difference |a - b| / max(|b|, 1e-30). */
static double sd_test_rel(double a, double b) { return fabs(a - b) / (fabs(b) > 1e-30 ? fabs(b) : 1e-30); }

static void test_sched_matches_diffusers_schedules(sd_tester *t) {
    static const int step_counts[3] = {50, 20, 7};
    sd__env env = sd_test_env();
    char *text = NULL;
    size_t len = 0;
    sd__json_doc doc;
    int s, c, checked = 0;
    REQUIRE(sd__read_file(&env, TEST_DATA "/schedules.json", 1 << 20, &text, &len) == SD_OK, "%s", env.message);
    REQUIRE(sd__json_parse(&env, text, len, &doc) == SD_OK, "%s", env.message);
    for (s = SD_SAMPLER_DDIM; s <= SD_SAMPLER_DPMPP_2M_KARRAS; s++) { /* the later ones: test_sched_new_samplers_schedules */
        const sd__json *by_steps = sd__json_get(doc.nodes, sd_sampler_name((sd_sampler)s));
        for (c = 0; c < 3; c++) {
            char key[16];
            const sd__json *want, *ts, *sigmas, *v;
            sd__sched_config config;
            sd__sched sched;
            double init_sigma = -1;
            size_t i;
            snprintf(key, sizeof key, "%d", step_counts[c]);
            want = sd__json_get(by_steps, key);
            ts = sd__json_get(want, "timesteps");
            sigmas = sd__json_get(want, "sigmas");
            CHECK(ts && sigmas && sd__json_get_number(want, "init_noise_sigma", -1, &init_sigma), "%s/%s in schedules.json",
                  sd_sampler_name((sd_sampler)s), key);
            if (!ts || !sigmas) continue;
            sd__sched_config_default(&config);
            if (sd__sched_init(&env, &sched, &config, (sd_sampler)s, step_counts[c]) != SD_OK) {
                CHECK(0, "%s %d: %s", sd_sampler_name((sd_sampler)s), step_counts[c], env.message);
                continue;
            }
            CHECK((size_t)sched.count == ts->length, "%s %d: %d timesteps, diffusers %lu", sd_sampler_name((sd_sampler)s),
                  step_counts[c], sched.count, (unsigned long)ts->length);
            for (i = 0, v = ts->child; v && i < (size_t)sched.count; i++, v = v->next) {
                /* integer timesteps exactly, fractional ones (LMS, Euler) to float precision */
                CHECK(v->number == floor(v->number) ? sched.timesteps[i] == v->number : sd_test_rel(sched.timesteps[i], v->number) < 1e-6,
                      "%s %d: timestep %lu is %.9g, diffusers %.9g", sd_sampler_name((sd_sampler)s), step_counts[c],
                      (unsigned long)i, (double)sched.timesteps[i], v->number);
            }
            CHECK(sigmas->length == (sched.sigmas ? (size_t)sched.count + 1 : 0), "%s %d: sigma count",
                  sd_sampler_name((sd_sampler)s), step_counts[c]);
            for (i = 0, v = sigmas->child; v && sched.sigmas && i <= (size_t)sched.count; i++, v = v->next)
                CHECK(sd_test_rel(sched.sigmas[i], v->number) < 1e-5 || fabs(sched.sigmas[i] - v->number) < 1e-9,
                      "%s %d: sigma %lu is %.9g, diffusers %.9g", sd_sampler_name((sd_sampler)s), step_counts[c],
                      (unsigned long)i, (double)sched.sigmas[i], v->number);
            CHECK(sd_test_rel(sched.init_noise_sigma, init_sigma) < 1e-6, "%s %d: init_noise_sigma %.9g, diffusers %.9g",
                  sd_sampler_name((sd_sampler)s), step_counts[c], (double)sched.init_noise_sigma, init_sigma);
            sd__sched_free(&env, &sched);
            checked++;
        }
    }
    CHECK(checked == 21, "7 samplers x 3 step counts, checked %d", checked);
    sd__json_free(&env, &doc);
    sd__free(&env, text);
    CHECK(env.host_bytes == 0, "all freed");
}

/* The SD 1.5 scheduler_config.json that diffusers saved with tests/data's tiny model (PNDM's). */
static const char sd_test_pndm_config[] =
    "{\"_class_name\": \"PNDMScheduler\", \"_diffusers_version\": \"0.40.0.dev0\", \"beta_end\": 0.012,"
    " \"beta_schedule\": \"scaled_linear\", \"beta_start\": 0.00085, \"clip_sample\": false,"
    " \"num_train_timesteps\": 1000, \"prediction_type\": \"epsilon\", \"set_alpha_to_one\": false,"
    " \"skip_prk_steps\": true, \"steps_offset\": 1, \"timestep_spacing\": \"leading\", \"trained_betas\": null}";

/* SD 1.5's model keys, for a scheduler config of another class (without clip_sample). */
#define SD_TEST_SD15_KEYS                                                                                                      \
    "\"beta_end\": 0.012, \"beta_schedule\": \"scaled_linear\", \"beta_start\": 0.00085, \"num_train_timesteps\": 1000, " \
    "\"prediction_type\": \"epsilon\", \"set_alpha_to_one\": false, \"steps_offset\": 1"

/* Parses text and reads it as the scheduler config of sampler. */
static sd_result sd_test_sched_json(sd__env *env, const char *text, sd_sampler sampler, sd__sched_config *c) {
    sd__json_doc doc;
    sd_result r;
    sd__clear_error(env);
    if ((r = sd__json_parse(env, text, strlen(text), &doc)) != SD_OK) return r;
    r = sd__sched_config_from_json(env, doc.nodes, sampler, c);
    sd__json_free(env, &doc);
    return r;
}

/* The goldens' schedulers were made by each class's from_config of SD 1.5's dict: reading the
   saved PNDM file for each sampler must give the same schedules. */
static void test_sched_config_file_reproduces_goldens(sd_tester *t) {
    static const float euler_20[4] = {999.0f, 946.421082f, 893.842102f, 841.263184f};
    sd__env env = sd_test_env();
    sd__sched_config file, builtin;
    sd__sched a, b;
    int s, i;
    for (s = SD_SAMPLER_DDIM; s < SD_SAMPLER_COUNT; s++) {
        REQUIRE(sd_test_sched_json(&env, sd_test_pndm_config, (sd_sampler)s, &file) == SD_OK, "%s", env.message);
        sd__sched_config_default(&builtin);
        REQUIRE(sd__sched_init(&env, &a, &file, (sd_sampler)s, 20) == SD_OK, "%s", env.message);
        REQUIRE(sd__sched_init(&env, &b, &builtin, (sd_sampler)s, 20) == SD_OK, "%s", env.message);
        CHECK(a.count == b.count && a.init_noise_sigma == b.init_noise_sigma, "%s: same schedule", sd_sampler_name((sd_sampler)s));
        for (i = 0; i < a.count && a.count == b.count; i++)
            CHECK(a.timesteps[i] == b.timesteps[i] && (!a.sigmas || a.sigmas[i] == b.sigmas[i]), "%s: step %d",
                  sd_sampler_name((sd_sampler)s), i);
        if (s == SD_SAMPLER_PNDM) CHECK(a.config.timestep_spacing == SD__SPACING_LEADING && a.count == 21, "PNDM: the file's spacing");
        if (s == SD_SAMPLER_EULER)
            for (i = 0; i < 4; i++) CHECK(fabsf(a.timesteps[i] - euler_20[i]) < 1e-3f, "Euler: linspace, not the file's leading");
        sd__sched_free(&env, &a);
        sd__sched_free(&env, &b);
    }
    CHECK(env.host_bytes == 0, "all freed");
}

static void test_sched_config_rule(sd_tester *t) {
    /* Stable Diffusion 2's file: a DDIM class that also says skip_prk_steps for PNDM's sake */
    static const char sd2[] =
        "{\"_class_name\": \"DDIMScheduler\", \"beta_end\": 0.012, \"beta_schedule\": \"scaled_linear\","
        " \"beta_start\": 0.00085, \"clip_sample\": false, \"num_train_timesteps\": 1000,"
        " \"prediction_type\": \"v_prediction\", \"set_alpha_to_one\": false, \"skip_prk_steps\": true,"
        " \"steps_offset\": 1, \"timestep_spacing\": \"trailing\", \"trained_betas\": null}";
    static const char euler[] =
        "{\"_class_name\": \"EulerDiscreteScheduler\", \"use_karras_sigmas\": true, \"timestep_spacing\": \"trailing\","
        " \"final_sigmas_type\": \"sigma_min\", \"rescale_betas_zero_snr\": true}";
    static const char dpm[] =
        "{\"_class_name\": \"DPMSolverMultistepScheduler\", \"use_karras_sigmas\": true, \"solver_type\": \"heun\","
        " \"lower_order_final\": false, \"euler_at_final\": true, \"lambda_min_clipped\": -5.1, \"algorithm_type\": \"sde-dpmsolver++\"}";
    sd__env env = sd_test_env();
    sd__sched_config c;
    sd__sched plain, karras;
    REQUIRE(sd_test_sched_json(&env, sd2, SD_SAMPLER_DDIM, &c) == SD_OK, "%s", env.message);
    CHECK(c.prediction_type == SD__PREDICT_V && c.timestep_spacing == SD__SPACING_TRAILING && !c.clip_sample &&
          !c.set_alpha_to_one && c.steps_offset == 1 && c.beta_schedule == SD__BETA_SCALED_LINEAR, "DDIM reads its own file");
    REQUIRE(sd_test_sched_json(&env, sd2, SD_SAMPLER_PNDM, &c) == SD_OK, "%s", env.message);
    CHECK(c.prediction_type == SD__PREDICT_V && c.timestep_spacing == SD__SPACING_DEFAULT && c.skip_prk_steps,
          "PNDM: model keys and skip_prk_steps from a DDIM file, not its spacing");
    REQUIRE(sd_test_sched_json(&env, "{}", SD_SAMPLER_DDIM, &c) == SD_OK, "%s", env.message);
    CHECK(c.clip_sample && c.set_alpha_to_one && c.beta_schedule == SD__BETA_LINEAR && c.beta_end == 0.02 &&
          c.steps_offset == 0, "absent keys: DDIMScheduler's defaults");
    REQUIRE(sd_test_sched_json(&env, "{}", SD_SAMPLER_PNDM, &c) == SD_OK, "%s", env.message);
    CHECK(!c.skip_prk_steps && !c.set_alpha_to_one, "absent keys: PNDMScheduler's defaults");
    REQUIRE(sd_test_sched_json(&env, euler, SD_SAMPLER_EULER, &c) == SD_OK, "%s", env.message);
    CHECK(c.use_karras_sigmas && c.timestep_spacing == SD__SPACING_TRAILING && c.final_sigma_min && c.rescale_betas_zero_snr,
          "Euler reads its options");
    REQUIRE(sd_test_sched_json(&env, euler, SD_SAMPLER_LMS, &c) == SD_OK, "%s", env.message);
    CHECK(!c.use_karras_sigmas && c.timestep_spacing == SD__SPACING_DEFAULT && c.rescale_betas_zero_snr,
          "LMS ignores Euler's options, not the model's");
    REQUIRE(sd_test_sched_json(&env, dpm, SD_SAMPLER_DPMPP_2M, &c) == SD_OK, "%s", env.message);
    CHECK(c.solver_heun && !c.lower_order_final && c.euler_at_final && c.lambda_min_clipped == -5.1, "DPM++ options");
    REQUIRE(sd__sched_init(&env, &plain, &c, SD_SAMPLER_DPMPP_2M, 10) == SD_OK, "%s", env.message);
    REQUIRE(sd__sched_init(&env, &karras, &c, SD_SAMPLER_DPMPP_2M_KARRAS, 10) == SD_OK, "%s", env.message);
    CHECK(!plain.config.use_karras_sigmas && karras.config.use_karras_sigmas && plain.sigmas[1] != karras.sigmas[1],
          "the sampler, not the file, decides Karras sigmas");
    sd__sched_free(&env, &plain);
    sd__sched_free(&env, &karras);
    /* the _karras samplers always use Karras sigmas; the plain Heun as its class's file says */
    REQUIRE(sd_test_sched_json(&env, "{\"_class_name\": \"EulerDiscreteScheduler\", \"use_karras_sigmas\": false}",
                               SD_SAMPLER_EULER_KARRAS, &c) == SD_OK, "%s", env.message);
    REQUIRE(sd__sched_init(&env, &karras, &c, SD_SAMPLER_EULER_KARRAS, 10) == SD_OK, "%s", env.message);
    CHECK(karras.config.use_karras_sigmas, "euler_karras over a file without Karras sigmas");
    sd__sched_free(&env, &karras);
    REQUIRE(sd_test_sched_json(&env, "{\"_class_name\": \"HeunDiscreteScheduler\", \"use_karras_sigmas\": true}", SD_SAMPLER_HEUN,
                               &c) == SD_OK, "%s", env.message);
    CHECK(c.use_karras_sigmas, "Heun reads use_karras_sigmas from its class's file");
    /* LCM's options from an LCMScheduler file only */
    REQUIRE(sd_test_sched_json(&env, "{\"_class_name\": \"DDIMScheduler\", \"original_inference_steps\": 4}", SD_SAMPLER_LCM, &c) ==
                SD_OK, "%s", env.message);
    CHECK(c.original_inference_steps == 50 && c.timestep_scaling == 10, "LCM's defaults under another class's file");
    REQUIRE(sd_test_sched_json(&env, "{\"_class_name\": \"LCMScheduler\", \"original_inference_steps\": 4, \"timestep_scaling\": 2}",
                               SD_SAMPLER_LCM, &c) == SD_OK, "%s", env.message);
    CHECK(c.original_inference_steps == 4 && c.timestep_scaling == 2 && c.beta_schedule == SD__BETA_SCALED_LINEAR &&
              c.beta_start == 0.00085, "LCM reads its file; LCMScheduler's own beta defaults");
    REQUIRE(sd_test_sched_json(&env, "{\"_class_name\": \"UniPCMultistepScheduler\", \"solver_type\": \"midpoint\"}", SD_SAMPLER_UNIPC,
                               &c) == SD_OK, "%s", env.message);
    CHECK(!c.solver_bh1, "UniPC takes DPM++'s solver names for bh2, as diffusers");
    CHECK(env.host_bytes == 0, "all freed");
}

static void test_sched_config_rejects_bad_json(sd_tester *t) {
    static const struct { const char *json; sd_sampler sampler; sd_result code; const char *message; } bad[] = {
        {"[1]", SD_SAMPLER_DDIM, SD_ERR_MODEL_FORMAT, "not a JSON object"},
        {"{\"_class_name\": 3}", SD_SAMPLER_DDIM, SD_ERR_MODEL_FORMAT, "_class_name"},
        {"{\"beta_start\": \"0.1\"}", SD_SAMPLER_DDIM, SD_ERR_MODEL_FORMAT, "beta_start"},
        {"{\"beta_end\": 2}", SD_SAMPLER_EULER, SD_ERR_MODEL_FORMAT, "beta_end"},
        {"{\"num_train_timesteps\": 1000.5}", SD_SAMPLER_PNDM, SD_ERR_MODEL_FORMAT, "num_train_timesteps"},
        {"{\"num_train_timesteps\": 0}", SD_SAMPLER_PNDM, SD_ERR_MODEL_FORMAT, "num_train_timesteps"},
        {"{\"steps_offset\": -1}", SD_SAMPLER_LMS, SD_ERR_MODEL_FORMAT, "steps_offset"},
        {"{\"clip_sample\": 0}", SD_SAMPLER_DDIM, SD_ERR_MODEL_FORMAT, "clip_sample"},
        {"{\"skip_prk_steps\": \"yes\"}", SD_SAMPLER_PNDM, SD_ERR_MODEL_FORMAT, "skip_prk_steps"},
        {"{\"prediction_type\": 1}", SD_SAMPLER_DDIM, SD_ERR_MODEL_FORMAT, "prediction_type"},
        {"{\"beta_schedule\": \"sigmoid\"}", SD_SAMPLER_DDIM, SD_ERR_UNSUPPORTED, "'sigmoid'"},
        {"{\"prediction_type\": \"flow_prediction\"}", SD_SAMPLER_EULER, SD_ERR_UNSUPPORTED, "'flow_prediction'"},
        {"{\"trained_betas\": [0.1, 0.2]}", SD_SAMPLER_EULER, SD_ERR_UNSUPPORTED, "trained_betas"},
        {"{\"_class_name\": \"DDIMScheduler\", \"timestep_spacing\": \"random\"}", SD_SAMPLER_DDIM, SD_ERR_UNSUPPORTED, "'random'"},
        {"{\"_class_name\": \"DDIMScheduler\", \"thresholding\": true}", SD_SAMPLER_DDIM, SD_ERR_UNSUPPORTED, "thresholding"},
        {"{\"_class_name\": \"EulerDiscreteScheduler\", \"interpolation_type\": \"log_linear\"}", SD_SAMPLER_EULER,
         SD_ERR_UNSUPPORTED, "'log_linear'"},
        {"{\"_class_name\": \"EulerDiscreteScheduler\", \"use_karras_sigmas\": \"no\"}", SD_SAMPLER_EULER, SD_ERR_MODEL_FORMAT,
         "use_karras_sigmas"},
        {"{\"_class_name\": \"LMSDiscreteScheduler\", \"use_exponential_sigmas\": true}", SD_SAMPLER_LMS, SD_ERR_UNSUPPORTED,
         "use_exponential_sigmas"},
        {"{\"_class_name\": \"DPMSolverMultistepScheduler\", \"variance_type\": \"learned_range\"}", SD_SAMPLER_DPMPP_2M,
         SD_ERR_UNSUPPORTED, "variance_type"},
        {"{\"_class_name\": \"DPMSolverMultistepScheduler\", \"lambda_min_clipped\": \"low\"}", SD_SAMPLER_DPMPP_2M_KARRAS,
         SD_ERR_MODEL_FORMAT, "lambda_min_clipped"},
        {"{\"_class_name\": \"DPMSolverMultistepScheduler\", \"solver_type\": \"bh2\"}", SD_SAMPLER_DPMPP_2M, SD_ERR_UNSUPPORTED,
         "'bh2'"},
        {"{\"_class_name\": \"UniPCMultistepScheduler\", \"solver_order\": 3}", SD_SAMPLER_UNIPC, SD_ERR_UNSUPPORTED,
         "UniPC solver_order 3 is not supported (2 is)"},
        {"{\"_class_name\": \"UniPCMultistepScheduler\", \"predict_x0\": false}", SD_SAMPLER_UNIPC, SD_ERR_UNSUPPORTED, "predict_x0"},
        {"{\"_class_name\": \"UniPCMultistepScheduler\", \"disable_corrector\": [0]}", SD_SAMPLER_UNIPC, SD_ERR_UNSUPPORTED,
         "disable_corrector"},
        {"{\"_class_name\": \"UniPCMultistepScheduler\", \"solver_p\": {}}", SD_SAMPLER_UNIPC, SD_ERR_UNSUPPORTED, "solver_p"},
        {"{\"_class_name\": \"UniPCMultistepScheduler\", \"solver_type\": \"bh3\"}", SD_SAMPLER_UNIPC, SD_ERR_UNSUPPORTED, "'bh3'"},
        {"{\"_class_name\": \"LCMScheduler\", \"original_inference_steps\": 0}", SD_SAMPLER_LCM, SD_ERR_MODEL_FORMAT,
         "original_inference_steps"},
        {"{\"_class_name\": \"LCMScheduler\", \"timestep_scaling\": -1}", SD_SAMPLER_LCM, SD_ERR_MODEL_FORMAT, "timestep_scaling"},
        {"{\"_class_name\": \"LCMScheduler\", \"thresholding\": true}", SD_SAMPLER_LCM, SD_ERR_UNSUPPORTED, "thresholding"},
        {"{\"_class_name\": \"HeunDiscreteScheduler\", \"use_beta_sigmas\": true}", SD_SAMPLER_HEUN_KARRAS, SD_ERR_UNSUPPORTED,
         "use_beta_sigmas"},
        {"{}", (sd_sampler)99, SD_ERR_INVALID_ARGUMENT, "sampler"}};
    sd__env env = sd_test_env();
    sd__sched_config c;
    size_t i;
    for (i = 0; i < SD__COUNT(bad); i++) {
        sd_result r = sd_test_sched_json(&env, bad[i].json, bad[i].sampler, &c);
        CHECK(r == bad[i].code && strstr(env.message, bad[i].message), "case %lu: got %d '%s', wanted %d '%s'", (unsigned long)i,
              (int)r, env.message, (int)bad[i].code, bad[i].message);
    }
    /* options of another class are not read, so their values don't matter */
    CHECK(sd_test_sched_json(&env, "{\"_class_name\": \"DDIMScheduler\", \"thresholding\": true}", SD_SAMPLER_EULER, &c) == SD_OK,
          "a DDIM option in a DDIM file is not Euler's business");
    CHECK(env.host_bytes == 0, "all freed");
}

static void test_sched_rejects_bad_steps(sd_tester *t) {
    sd__env env = sd_test_env();
    sd__sched_config c;
    sd__sched s;
    static const int bad_steps[] = {0, -1, 1001, SD_MAX_STEPS + 1, 1 << 30};
    size_t i;
    sd__sched_config_default(&c);
    for (i = 0; i < SD__COUNT(bad_steps); i++) {
        sd__clear_error(&env);
        CHECK(sd__sched_init(&env, &s, &c, SD_SAMPLER_EULER, bad_steps[i]) == SD_ERR_INVALID_ARGUMENT &&
                  strstr(env.message, "steps"), "%d steps: %s", bad_steps[i], env.message);
    }
    c.num_train_timesteps = 100;
    CHECK(sd__sched_init(&env, &s, &c, SD_SAMPLER_DDIM, 101) == SD_ERR_INVALID_ARGUMENT, "more steps than training timesteps");
    sd__sched_config_default(&c);
    /* 1000 'leading' steps with steps_offset 1 reach timestep 1000, which diffusers would index past the end */
    CHECK(sd__sched_init(&env, &s, &c, SD_SAMPLER_DDIM, 1000) == SD_ERR_INVALID_ARGUMENT && strstr(env.message, "1000"),
          "DDIM 1000 leading steps: %s", env.message);
    CHECK(sd__sched_init(&env, &s, &c, SD_SAMPLER_EULER, 1000) == SD_OK && s.count == 1000, "Euler 1000 steps is fine");
    sd__sched_free(&env, &s);
    /* DPM++ 2M where the rounding repeats a timestep: 1000 linspace steps hold 500 twice (steps 500
       and 501), lambda_min_clipped 0 squeezes 600 steps onto fewer timesteps; diffusers 0.42 gives
       Inf latents at those steps (tools/gen/dpm_repeated_timesteps.py), this refuses up front.
       Trailing spacing repeats none, and 999 linspace steps neither. */
    c.timestep_spacing = SD__SPACING_LINSPACE;
    CHECK(sd__sched_init(&env, &s, &c, SD_SAMPLER_DPMPP_2M, 1000) == SD_ERR_INVALID_ARGUMENT &&
              strstr(env.message, "repeat timestep 500 (steps 500 and 501)") && strstr(env.message, "trailing"),
          "DPM++ 2M, 1000 linspace steps: %s", env.message);
    c.lambda_min_clipped = 0.0;
    CHECK(sd__sched_init(&env, &s, &c, SD_SAMPLER_DPMPP_2M, 600) == SD_ERR_INVALID_ARGUMENT && strstr(env.message, "repeat"),
          "DPM++ 2M, lambda_min_clipped 0, 600 steps: %s", env.message);
    c.lambda_min_clipped = 20.1; /* above every timestep's log-SNR: none is left (found by fuzz-run) */
    for (i = 0; i < 3; i++) {
        c.timestep_spacing = i == 0 ? SD__SPACING_LINSPACE : i == 1 ? SD__SPACING_LEADING : SD__SPACING_TRAILING;
        CHECK(sd__sched_init(&env, &s, &c, SD_SAMPLER_DPMPP_2M, 2) == SD_ERR_MODEL_FORMAT &&
                  strstr(env.message, "no timestep is left for dpmpp_2m (lambda_min_clipped 20.1"),
              "lambda_min_clipped 20.1, spacing %lu: %s", (unsigned long)i, env.message);
    }
    c.timestep_spacing = SD__SPACING_TRAILING;
    c.lambda_min_clipped = -HUGE_VAL;
    CHECK(sd__sched_init(&env, &s, &c, SD_SAMPLER_DPMPP_2M, 1000) == SD_OK && s.count == 1000, "trailing: %s", env.message);
    sd__sched_free(&env, &s);
    c.timestep_spacing = SD__SPACING_LINSPACE;
    CHECK(sd__sched_init(&env, &s, &c, SD_SAMPLER_DPMPP_2M, 999) == SD_OK, "999 linspace steps: %s", env.message);
    sd__sched_free(&env, &s);
    sd__sched_config_default(&c);
    c.skip_prk_steps = 0;
    CHECK(sd__sched_init(&env, &s, &c, SD_SAMPLER_PNDM, 3) == SD_ERR_INVALID_ARGUMENT, "Runge-Kutta PNDM needs 4 steps");
    c.prediction_type = SD__PREDICT_SAMPLE;
    CHECK(sd__sched_init(&env, &s, &c, SD_SAMPLER_EULER_A, 10) == SD_ERR_UNSUPPORTED, "Euler a predicts no x0 directly");
    sd__sched_config_default(&c);
    CHECK(sd__sched_init(&env, &s, &c, (sd_sampler)SD_SAMPLER_COUNT, 10) == SD_ERR_INVALID_ARGUMENT, "unknown sampler");
    CHECK(env.host_bytes == 0, "all freed");
}

/* The new samplers refuse, before any work, the schedules diffusers refuses or divides by zero
   on (its latents then become Inf or NaN), naming the cause. */
static void test_sched_new_samplers_refuse_bad_schedules(sd_tester *t) {
    static const struct {
        sd_sampler sampler;
        int steps;
        const char *config;
        const char *message;
    } bad[] = {
        {SD_SAMPLER_LCM, 51, "{" SD_TEST_SD15_KEYS "}", "LCM takes at most original_inference_steps (50) steps, got 51"},
        {SD_SAMPLER_LCM, 4, "{\"_class_name\": \"LCMScheduler\", " SD_TEST_SD15_KEYS ", \"original_inference_steps\": 2000}",
         "outside [1, num_train_timesteps 1000]"},
        {SD_SAMPLER_LCM, 4, "{" SD_TEST_SD15_KEYS ", \"rescale_betas_zero_snr\": true}", "alphas_cumprod is 0 at timestep 999"},
        {SD_SAMPLER_UNIPC, 1000, "{" SD_TEST_SD15_KEYS "}",
         "unipc: 1000 steps repeat timestep 500 (steps 500 and 501), a step of length zero that UniPC"},
        {SD_SAMPLER_DPMPP_2M_SDE, 1000, "{" SD_TEST_SD15_KEYS "}", "repeat timestep 500 (steps 500 and 501)"},
        {SD_SAMPLER_UNIPC, 10, "{\"_class_name\": \"UniPCMultistepScheduler\", " SD_TEST_SD15_KEYS ", \"solver_type\": \"bh1\"}",
         "with solver_type bh1"},
        {SD_SAMPLER_UNIPC, 10, "{\"_class_name\": \"UniPCMultistepScheduler\", " SD_TEST_SD15_KEYS ", \"lower_order_final\": false}",
         "with lower_order_final false"},
        {SD_SAMPLER_HEUN, 20, "{" SD_TEST_SD15_KEYS ", \"beta_start\": 0}", "heun: the noise level (sigma) of step 20 is 0"},
        {SD_SAMPLER_EULER_KARRAS, 1, "{" SD_TEST_SD15_KEYS ", \"num_train_timesteps\": 1}",
         "Karras sigmas need num_train_timesteps of at least 2"},
        {SD_SAMPLER_UNIPC, 10, "{" SD_TEST_SD15_KEYS ", \"beta_start\": 0.5, \"beta_end\": 0.9, \"rescale_betas_zero_snr\": true}",
         "rescale_betas_zero_snr cannot rescale"}};
    sd__env env = sd_test_env();
    size_t i;
    for (i = 0; i < SD__COUNT(bad); i++) {
        sd__sched_config c;
        sd__sched s;
        sd_result r;
        REQUIRE(sd_test_sched_json(&env, bad[i].config, bad[i].sampler, &c) == SD_OK, "case %lu: %s", (unsigned long)i, env.message);
        r = sd__sched_init(&env, &s, &c, bad[i].sampler, bad[i].steps);
        CHECK(r != SD_OK && strstr(env.message, bad[i].message), "case %lu (%s, %d steps): got %d '%s', wanted '%s'", (unsigned long)i,
              sd_sampler_name(bad[i].sampler), bad[i].steps, (int)r, env.message, bad[i].message);
        if (r == SD_OK) sd__sched_free(&env, &s);
    }
    CHECK(env.host_bytes == 0, "all freed");
}

static void test_sched_step_misuse(sd_tester *t) {
    sd__env env = sd_test_env();
    sd__sched_config c;
    sd__sched s;
    float plan[SD__PLAN_FLOATS];
    sd__sched_config_default(&c);
    REQUIRE(sd__sched_init(&env, &s, &c, SD_SAMPLER_DDIM, 2) == SD_OK, "%s", env.message);
    CHECK(sd__sched_plan(&env, &s, 1, plan) == SD_ERR_INVALID_ARGUMENT && strstr(env.message, "order"), "step 1 first");
    CHECK(sd__sched_plan(&env, &s, 0, plan) == SD_OK && sd__sched_plan(&env, &s, 1, plan) == SD_OK, "2 steps");
    CHECK(sd__sched_plan(&env, &s, 2, plan) == SD_ERR_INVALID_ARGUMENT, "no step beyond the last");
    sd__sched_free(&env, &s);
    CHECK(env.host_bytes == 0, "all freed");
}

static void test_sched_img2img_begin(sd_tester *t) {
    static const struct { int steps; float strength; int begin; } cases[] = {
        {50, 0.8f, 10}, {100, 0.29f, 72}, /* Python: int(100 * 0.29) = int(28.999999999999996) = 28 */
        {10, 0.7f, 3}, {20, 1.0f, 0}, {20, 0.0f, 20}, {7, 0.5f, 4}, {1000, 0.001f, 999}};
    sd__env env = sd_test_env();
    sd__sched_config c;
    sd__sched s;
    size_t i;
    sd__sched_config_default(&c);
    for (i = 0; i < SD__COUNT(cases); i++) {
        REQUIRE(sd__sched_init(&env, &s, &c, SD_SAMPLER_EULER, cases[i].steps) == SD_OK, "%s", env.message);
        CHECK(sd__sched_img2img_begin(&s, cases[i].strength) == cases[i].begin, "%d steps at strength %g: begin %d, wanted %d",
              cases[i].steps, (double)cases[i].strength, sd__sched_img2img_begin(&s, cases[i].strength), cases[i].begin);
        sd__sched_free(&env, &s);
    }
}

/* The value of the synthetic model at step i, element k (exact in float). */
static float sd_test_model_pattern(int i, int k) { return (float)((k * 7 + i * 3) % 11 - 5) / 4.0f; }

/* Runs every step of a schedule on 20 elements with the synthetic model below (documented at
   test_sched_steps_match_diffusers) into x; 0 with env's message on failure. */
static int sd_test_synthetic_run(sd__env *env, const sd__sched_config *config, sd_sampler sampler, int steps, float strength,
                                 float x[20]) {
    sd__sched s;
    sd_sched_host host;
    sd__torch_rng rng;
    sd__noise noise_source;
    float m[20], noise[20];
    int i, k, begin = 0, ok = 1;
    if (sd__sched_init(env, &s, config, sampler, steps) != SD_OK) return 0;
    if (!sd_sched_host_new(&host, 20)) {
        sd__sched_free(env, &s);
        return 0;
    }
    sd__rng_cpu_seed(&rng, 7);
    noise_source.gens = &rng;
    noise_source.count = 1;
    for (k = 0; k < 20; k++) x[k] = (float)((k * 5) % 9 - 4) / 3.0f;
    if (strength > 0) {
        begin = sd__sched_img2img_begin(&s, strength);
        sd__sched_set_begin(&s, begin);
        for (k = 0; k < 20; k++) noise[k] = (float)((k * 3) % 7 - 3) / 2.0f;
        sd__sched_add_noise(&s, begin, x, noise, x, 20);
    } else {
        for (k = 0; k < 20; k++) x[k] *= s.init_noise_sigma;
    }
    for (i = begin; i < s.count && ok; i++) {
        float scale = sd__sched_input_scale(&s, i);
        for (k = 0; k < 20; k++) m[k] = 0.1f * (x[k] * scale) + sd_test_model_pattern(i - begin, k);
        ok = sd_sched_host_step(env, &s, &host, i, m, x, &noise_source) == SD_OK;
    }
    sd_sched_host_free(&host);
    sd__sched_free(env, &s);
    return ok;
}

/* Runs every step of a schedule on 20 elements with a synthetic model
   (0.1 * scale_model_input(x) + pattern), from x0 = ((5k) % 9 - 4) / 3 scaled by
   init_noise_sigma, or for img2img noised with ((3k) % 7 - 3) / 2 to the strength's first step,
   and compares the final latents with diffusers'. The expected values come from
   diffusers 0.42 + torch 2.15 on the CPU, each scheduler from_config of SD 1.5's dict
   (plus prediction_type, use_karras_sigmas for Karras, skip_prk_steps False when prk is 0):
       s.set_timesteps(steps); g = torch.Generator().manual_seed(7)
       x = torch.tensor([((k*5) % 9 - 4) / 3.0 for k in range(20)]); ts = s.timesteps
       if strength:
           t_start = steps - min(int(steps * strength), steps); ts = s.timesteps[t_start:]
           if hasattr(s, "set_begin_index"): s.set_begin_index(t_start)
           x = s.add_noise(x, torch.tensor([((k*3) % 7 - 3) / 2.0 for k in range(20)]), ts[:1])
       else: x = x * s.init_noise_sigma
       for i, t in enumerate(ts):
           m = 0.1 * s.scale_model_input(x, t) + torch.tensor([((k*7 + i*3) % 11 - 5) / 4.0 for k in range(20)])
           x = s.step(m, t, x, generator=g).prev_sample    # generator= for Euler a only
   Euler a's noise comes from the same generator, 20 values per step (torch's vectorized path). */
static void test_sched_steps_match_diffusers(sd_tester *t) {
    static const struct {
        sd_sampler sampler;
        sd__prediction prediction;
        int steps;
        float strength;
        int skip_prk;
        float want[20];
    } cases[] = {
        {SD_SAMPLER_DDIM, SD__PREDICT_EPSILON, 7, 0.0f, 1, {-3.4344206f, -0.31678608f, -4.7356739f, 1.5346001f, -5.3085303f, 7.3769817f, -3.286881f, 6.8041267f, 2.2406566f, -7.1831861f, 0.97279298f, -1.6556475f, 1.4619876f, -2.9569016f, 3.3133733f, -3.5297554f, 9.155755f, -1.5081084f, -7.4260616f, 4.0194297f}},
        {SD_SAMPLER_DDIM, SD__PREDICT_V, 7, 0.0f, 1, {-0.71004707f, 0.4469569f, -0.82248682f, 0.77619314f, -0.98078704f, 0.92414796f, -0.26659328f, 0.76584744f, -0.04298931f, -0.69228184f, -0.12206776f, -0.4686777f, 0.68832618f, -0.58111763f, 1.0175624f, -0.73941773f, 1.165517f, -0.025224093f, -1.1651061f, 0.19837989f}},
        {SD_SAMPLER_DDIM, SD__PREDICT_SAMPLE, 5, 0.0f, 1, {0.26743555f, 0.2470957f, -0.77438647f, 0.19372106f, -0.097034276f, -0.89542949f, 0.65777975f, -0.21807735f, 0.63635284f, 0.31364965f, -0.40546903f, 0.29222286f, 0.2718831f, -0.74959898f, 0.21850836f, -0.07224685f, -0.87064195f, 0.68256718f, -0.41637689f, 0.66114038f}},
        {SD_SAMPLER_PNDM, SD__PREDICT_EPSILON, 7, 0.0f, 1, {-5.9945226f, 0.45801979f, -6.8326235f, 3.8402159f, -2.6713574f, 4.7904172f, -2.2510231f, 8.951684f, -0.46281314f, -5.9983907f, 1.046923f, -4.2866993f, 2.1658435f, -5.1248012f, 5.548039f, -0.9635337f, 6.49824f, -0.54319996f, -4.7109017f, 1.2450101f}},
        {SD_SAMPLER_PNDM, SD__PREDICT_V, 7, 0.0f, 1, {-1.0867225f, -0.10516861f, -1.6135496f, 0.73586923f, 0.52952254f, 0.13533717f, -1.0514176f, 2.278409f, -0.33695364f, -1.4825134f, 1.2705271f, -0.84450221f, 0.13705161f, -1.3713294f, 0.97808945f, 0.77174276f, 0.37755755f, -0.8091976f, 0.34064725f, -0.094733104f}},
        {SD_SAMPLER_PNDM, SD__PREDICT_EPSILON, 6, 0.0f, 0, {-6.3867249f, 2.5430634f, -6.2564926f, 3.2620294f, -1.9057287f, 3.7604952f, -1.8711752f, 8.1106176f, -0.88142413f, -4.7839813f, -0.25574544f, -4.8317027f, 4.0980864f, -4.7014713f, 4.8170514f, -0.35070664f, 5.3155184f, -0.31615293f, -4.3295612f, 0.67359805f}},
        {SD_SAMPLER_LMS, SD__PREDICT_EPSILON, 7, 0.0f, 1, {-6.163137f, -0.70964992f, -9.2730865f, 0.96713471f, -11.263896f, 15.544058f, -6.6877518f, 13.553248f, 5.3692489f, -14.585184f, 2.3441608f, -2.5281835f, 2.9253037f, -5.6381354f, 4.6020875f, -7.6289449f, 19.179008f, -3.052798f, -15.526379f, 9.0042f}},
        {SD_SAMPLER_LMS, SD__PREDICT_V, 7, 0.0f, 1, {-1.4257712f, 1.4669873f, -1.0763446f, 0.37099117f, -1.3879418f, 0.88951325f, 0.58573216f, 0.57791603f, -0.67996407f, 0.11109144f, -0.2457096f, -1.1546047f, 1.7381533f, -0.80517817f, 0.64215785f, -1.1167752f, 1.1606802f, 0.85689867f, -1.5914158f, -0.40879744f}},
        {SD_SAMPLER_EULER, SD__PREDICT_EPSILON, 7, 0.0f, 1, {-5.1919317f, -1.8818746f, -8.9779482f, 0.86469382f, -11.227226f, 16.40733f, -8.3604107f, 14.158052f, 6.5975599f, -16.432428f, 2.8917537f, -1.4744539f, 1.8356024f, -5.2604713f, 4.58217f, -7.5097499f, 20.124807f, -4.6429348f, -15.581764f, 10.315036f}},
        {SD_SAMPLER_EULER, SD__PREDICT_V, 7, 0.0f, 1, {-0.68476427f, 0.52016187f, -0.8181693f, 0.81184798f, -0.99160814f, 0.86639595f, -0.2434486f, 0.69295704f, -0.08547385f, -0.61435354f, -0.13870235f, -0.45637861f, 0.74854749f, -0.58978391f, 1.0402336f, -0.76322269f, 1.0947818f, -0.015062993f, -1.1341274f, 0.14291176f}},
        {SD_SAMPLER_EULER, SD__PREDICT_SAMPLE, 4, 0.0f, 1, {1.0033064f, -0.059058249f, -0.91328239f, 0.75524724f, -0.34615481f, -1.1690159f, 0.46815068f, -0.60188818f, 1.2938876f, 0.18105412f, -0.62270117f, 1.0067911f, -0.055573404f, -0.90979755f, 0.75873202f, -0.34267002f, -1.1655308f, 0.47163546f, -0.62976658f, 1.2973725f}},
        {SD_SAMPLER_EULER_A, SD__PREDICT_EPSILON, 7, 0.0f, 1, {-0.18524434f, -3.5220563f, -5.3768721f, -12.577765f, -9.1833744f, 18.802734f, -3.6887355f, 7.5457749f, 3.5202515f, -19.34757f, -1.3744643f, 5.7815146f, -5.8312674f, -2.5254698f, 0.084092543f, -10.165555f, 15.851934f, -9.4370842f, -24.958641f, 14.230474f}},
        {SD_SAMPLER_EULER_A, SD__PREDICT_V, 5, 0.0f, 1, {0.23880458f, 0.12720053f, -0.31497657f, -1.6517981f, 0.6830315f, 0.65090525f, 0.2986753f, 0.27039862f, -1.3628186f, 0.39157572f, -0.34053138f, -0.83071572f, 0.46233928f, 0.13557883f, 0.18379529f, 0.59814322f, 0.1740036f, 0.1215844f, -0.26348829f, 0.027355362f}},
        {SD_SAMPLER_DPMPP_2M, SD__PREDICT_EPSILON, 7, 0.0f, 1, {-7.4059191f, -1.1605846f, -10.470592f, 3.7233748f, -10.391892f, 13.840977f, -5.4722538f, 13.919676f, 3.9015832f, -13.217849f, 2.0477636f, -3.8440113f, 2.4013216f, -6.9086843f, 7.2852812f, -6.8299847f, 17.40288f, -1.9103479f, -14.575583f, 7.4634891f}},
        {SD_SAMPLER_DPMPP_2M, SD__PREDICT_V, 7, 0.0f, 1, {-1.0774248f, 0.74784446f, -1.3995974f, 0.74213064f, -0.67927718f, 0.47888586f, -0.19673014f, 1.199206f, -0.36375511f, -0.6511845f, 0.42225611f, -0.81820941f, 1.0070597f, -1.1403822f, 1.0013458f, -0.42006189f, 0.73810118f, 0.062485181f, -0.87451613f, -0.10453987f}},
        {SD_SAMPLER_DPMPP_2M_KARRAS, SD__PREDICT_EPSILON, 20, 0.0f, 1, {-12.739195f, 2.0293372f, -11.224028f, 7.4269347f, -8.2396984f, 11.664832f, -3.4373348f, 14.416833f, 0.097848959f, -12.462693f, 2.0258503f, -9.2587557f, 5.5097756f, -7.7435937f, 10.907372f, -4.7592587f, 15.145267f, 0.043104287f, -13.426673f, 3.5782847f}},
        {SD_SAMPLER_DDIM, SD__PREDICT_EPSILON, 10, 0.55f, 1, {-2.6476822f, -0.0053292029f, 0.86471254f, -0.33856606f, 0.42190856f, 0.29985556f, 0.055281762f, -0.14294855f, -0.10993341f, 0.48251945f, -0.32328525f, 0.31730437f, -0.76608908f, 0.10395244f, -1.0993265f, -0.33885127f, 3.2648427f, -0.70547795f, 0.088386446f, -0.87069321f}},
        {SD_SAMPLER_PNDM, SD__PREDICT_EPSILON, 10, 0.55f, 1, {-1.9174771f, -0.023785472f, 0.34044707f, 1.083074f, 0.65990764f, -0.95453399f, 0.010193378f, -0.6350736f, 0.68713462f, 0.77040482f, -1.4082143f, 1.4473461f, -1.0122354f, -0.64800286f, 0.094623551f, -0.32854247f, 2.4102895f, -0.9782567f, 0.43166897f, -0.30131546f}},
        {SD_SAMPLER_LMS, SD__PREDICT_EPSILON, 10, 0.55f, 1, {-2.9429746f, -1.1367917f, 2.3491333f, -0.57735288f, -0.47273308f, 1.4999357f, -0.00044104829f, -1.3219305f, -0.33131272f, 0.66361737f, 0.78842634f, 0.33274579f, -2.0334399f, 1.4524851f, -1.4740015f, -1.3693814f, 4.7756567f, -0.89708936f, -0.70532304f, -1.2279609f}},
        {SD_SAMPLER_EULER_A, SD__PREDICT_EPSILON, 10, 0.55f, 1, {-1.9211603f, -0.23113316f, 1.0517886f, -2.462146f, 0.7085529f, 0.64435756f, 0.86023778f, -1.027981f, -0.78668517f, 0.4019044f, -1.0095696f, 1.2910045f, -1.7860957f, 0.50221145f, -1.5670209f, -0.63071215f, 2.7062416f, -1.2133298f, -1.3199799f, -0.23006032f}},
        {SD_SAMPLER_DPMPP_2M_KARRAS, SD__PREDICT_EPSILON, 10, 0.55f, 1, {-2.1158175f, -0.12937894f, 0.289341f, 0.11887095f, 0.010776781f, 0.24577129f, 0.17881602f, -0.032792863f, 0.15831092f, 0.31897166f, -0.38626087f, 0.29846656f, -0.66482514f, -0.24610524f, -0.41657531f, -0.52466953f, 2.6600561f, -0.35663018f, -0.38451377f, -0.37713531f}},
    };
    sd__env env = sd_test_env();
    size_t c;
    for (c = 0; c < SD__COUNT(cases); c++) {
        sd__sched_config config;
        float x[20];
        sd__sched_config_default(&config);
        config.prediction_type = cases[c].prediction;
        config.skip_prk_steps = cases[c].skip_prk;
        if (!sd_test_synthetic_run(&env, &config, cases[c].sampler, cases[c].steps, cases[c].strength, x)) {
            CHECK(0, "case %lu: %s", (unsigned long)c, env.message);
            continue;
        }
        CHECK(sd_test_rel_err(x, cases[c].want, 20) < 2e-6, "case %lu (%s, prediction %d, %d steps, strength %g): relative error %g",
              (unsigned long)c, sd_sampler_name(cases[c].sampler), (int)cases[c].prediction, cases[c].steps,
              (double)cases[c].strength, sd_test_rel_err(x, cases[c].want, 20));
    }
    CHECK(env.host_bytes == 0, "all freed");
}

/* The samplers of tools/gen/make_sampler_goldens.py (tests/data/samplers.safetensors). */
static const sd_sampler sd_test_new_samplers[] = {SD_SAMPLER_EULER_KARRAS, SD_SAMPLER_LMS_KARRAS,  SD_SAMPLER_HEUN,
                                                  SD_SAMPLER_HEUN_KARRAS,  SD_SAMPLER_DPMPP_2M_SDE, SD_SAMPLER_DPMPP_2M_SDE_KARRAS,
                                                  SD_SAMPLER_LCM,          SD_SAMPLER_UNIPC};

/* SD 1.5's config plus what the generator adds for a case (its case_options): 1000 steps need
   LCM's original_inference_steps 1000, and trailing spacing for DPM++ 2M SDE and UniPC, whose
   linspace schedule repeats timestep 500 there. */
static void sd_test_sampler_config(sd_sampler sampler, int steps, sd__prediction prediction, sd__sched_config *c) {
    sd__sched_config_default(c);
    c->prediction_type = prediction;
    if (sampler == SD_SAMPLER_LCM && steps > 50) c->original_inference_steps = 1000;
    if ((sampler == SD_SAMPLER_DPMPP_2M_SDE || sampler == SD_SAMPLER_UNIPC) && steps == 1000)
        c->timestep_spacing = SD__SPACING_TRAILING;
}

/* Checks a schedule against the golden's {prefix}.timesteps, .sigmas (where the class has them)
   and .init_noise_sigma as closely as test_sched_matches_diffusers_schedules does; 1 when they
   all could be compared. Fractional timesteps (Karras's) to float precision, or to 1e-6 near 0,
   where torch's sqrt, 1 ulp off for a fifth of the sigma table, moves them by 2e-7. */
static int sd_test_schedule_matches(sd_tester *t, sd__env *env, const sd__st_file *golden, const char *prefix, const sd__sched *sched) {
    char key[128];
    float *ts, *sigmas = NULL, *init_sigma;
    size_t ts_count = 0, sigma_count = 0;
    int i, ok;
    snprintf(key, sizeof key, "%s.timesteps", prefix);
    ts = sd_test_golden_f32(t, env, golden, key, &ts_count);
    snprintf(key, sizeof key, "%s.sigmas", prefix);
    if (sd__st_find(golden, key)) sigmas = sd_test_golden_f32(t, env, golden, key, &sigma_count);
    snprintf(key, sizeof key, "%s.init_noise_sigma", prefix);
    init_sigma = sd_test_golden_f32(t, env, golden, key, NULL);
    ok = ts && init_sigma;
    if (ok) {
        CHECK((size_t)sched->count == ts_count, "%s: %d timesteps, diffusers %lu", prefix, sched->count, (unsigned long)ts_count);
        for (i = 0; i < sched->count && (size_t)i < ts_count; i++)
            CHECK(ts[i] == floorf(ts[i]) ? sched->timesteps[i] == ts[i]
                                         : sd_test_rel(sched->timesteps[i], ts[i]) < 1e-6 || fabs(sched->timesteps[i] - ts[i]) < 1e-6,
                  "%s: timestep %d is %.9g, diffusers %.9g", prefix, i, (double)sched->timesteps[i], (double)ts[i]);
        CHECK(sigma_count == (sched->sigmas ? (size_t)sched->count + 1 : 0), "%s: sigma count", prefix);
        for (i = 0; sched->sigmas && (size_t)i < sigma_count && i <= sched->count; i++)
            CHECK(sd_test_rel(sched->sigmas[i], sigmas[i]) < 1e-5 || fabs(sched->sigmas[i] - sigmas[i]) < 1e-9,
                  "%s: sigma %d is %.9g, diffusers %.9g", prefix, i, (double)sched->sigmas[i], (double)sigmas[i]);
        CHECK(sd_test_rel(sched->init_noise_sigma, init_sigma[0]) < 1e-6, "%s: init_noise_sigma %.9g, diffusers %.9g", prefix,
              (double)sched->init_noise_sigma, (double)init_sigma[0]);
    }
    sd__free(env, ts);
    sd__free(env, sigmas);
    sd__free(env, init_sigma);
    return ok;
}

/* Each new sampler's timesteps, sigmas and init_noise_sigma at 1, 20 and 1000 steps. */
static void test_sched_new_samplers_schedules(sd_tester *t) {
    static const int step_counts[3] = {1, 20, 1000};
    sd__env env = sd_test_env();
    sd__st_file golden;
    size_t k;
    int c, checked = 0;
    REQUIRE(sd_test_open_golden_file(t, &env, TEST_DATA "/samplers.safetensors", &golden), "golden");
    for (k = 0; k < SD__COUNT(sd_test_new_samplers); k++)
        for (c = 0; c < 3; c++) {
            const sd_sampler sampler = sd_test_new_samplers[k];
            char prefix[96];
            sd__sched_config config;
            sd__sched sched;
            snprintf(prefix, sizeof prefix, "sched.%s.%d", sd_sampler_name(sampler), step_counts[c]);
            sd_test_sampler_config(sampler, step_counts[c], SD__PREDICT_EPSILON, &config);
            if (sd__sched_init(&env, &sched, &config, sampler, step_counts[c]) != SD_OK) {
                CHECK(0, "%s: %s", prefix, env.message);
                continue;
            }
            checked += sd_test_schedule_matches(t, &env, &golden, prefix, &sched);
            sd__sched_free(&env, &sched);
        }
    CHECK(checked == 3 * (int)SD__COUNT(sd_test_new_samplers), "checked %d schedules", checked);
    sd__st_close(&env, &golden);
    CHECK(env.host_bytes == 0, "all freed");
}

/* Whole synthetic runs of each new sampler (as test_sched_steps_match_diffusers) at 1, 20 and
   1000 steps, with v and sample prediction and from img2img's first step, against diffusers'.
   Runs of up to 20 steps agree as closely as the older samplers'. Over 1000 steps diffusers'
   float32 arithmetic drifts from its own formulas: run with float64 tables and samples
   (".float64"), diffusers ends up to 1.3e-4 from its float32 result (UniPC, whose coefficients
   cancel in float32 for small steps; DPM++ 2M SDE 1.4e-5, LMS Karras 1.1e-5). These plans are
   computed in double, so the 1000-step runs are held to the float64 runs as closely as the short
   runs are, and to the float32 ones within that drift. */
static void test_sched_new_samplers_steps(sd_tester *t) {
    static const struct {
        int steps;
        sd__prediction prediction;
        const char *name; /* the golden's case */
        float strength;
        double tolerance;
    } cases[] = {{1, SD__PREDICT_EPSILON, "1.epsilon", 0, 2e-6},
                 {20, SD__PREDICT_EPSILON, "20.epsilon", 0, 2e-6},
                 {1000, SD__PREDICT_EPSILON, "1000.epsilon", 0, 2e-4},
                 {1000, SD__PREDICT_EPSILON, "1000.epsilon.float64", 0, 5e-6},
                 {20, SD__PREDICT_V, "20.v_prediction", 0, 2e-6},
                 {7, SD__PREDICT_SAMPLE, "7.sample", 0, 2e-6},
                 {20, SD__PREDICT_EPSILON, "20.epsilon.s55", 0.55f, 2e-6}};
    sd__env env = sd_test_env();
    sd__st_file golden;
    size_t k, c;
    REQUIRE(sd_test_open_golden_file(t, &env, TEST_DATA "/samplers.safetensors", &golden), "golden");
    for (k = 0; k < SD__COUNT(sd_test_new_samplers); k++)
        for (c = 0; c < SD__COUNT(cases); c++) {
            const sd_sampler sampler = sd_test_new_samplers[k];
            char key[96];
            float x[20], *want;
            size_t count = 0;
            sd__sched_config config;
            snprintf(key, sizeof key, "step.%s.%s", sd_sampler_name(sampler), cases[c].name);
            if (sampler == SD_SAMPLER_LCM && strstr(key, "float64")) continue; /* LCM's float64 run would draw other noise */
            want = sd_test_golden_f32(t, &env, &golden, key, &count);
            sd_test_sampler_config(sampler, cases[c].steps, cases[c].prediction, &config);
            if (!want || count != 20 || !sd_test_synthetic_run(&env, &config, sampler, cases[c].steps, cases[c].strength, x))
                CHECK(0, "%s: %s", key, env.message);
            else
                CHECK(sd_test_rel_err(x, want, 20) < cases[c].tolerance, "%s: relative error %g", key, sd_test_rel_err(x, want, 20));
            sd__free(&env, want);
        }
    sd__st_close(&env, &golden);
    CHECK(env.host_bytes == 0, "all freed");
}

/* The options a model's scheduler config of the sampler's class may set, read from the file and
   run for 20 steps against diffusers' from_config of the same (make_sampler_goldens' VARIANTS). */
static void test_sched_new_samplers_config_options(sd_tester *t) {
    static const struct { sd_sampler sampler; const char *variant, *json; } cases[] = {
        {SD_SAMPLER_HEUN, "clip", "{\"_class_name\": \"HeunDiscreteScheduler\", " SD_TEST_SD15_KEYS ", \"clip_sample\": true}"},
        {SD_SAMPLER_DPMPP_2M_SDE, "heun", "{\"_class_name\": \"DPMSolverMultistepScheduler\", " SD_TEST_SD15_KEYS ", \"solver_type\": \"heun\"}"},
        {SD_SAMPLER_DPMPP_2M_SDE, "sigma_min",
         "{\"_class_name\": \"DPMSolverMultistepScheduler\", " SD_TEST_SD15_KEYS ", \"final_sigmas_type\": \"sigma_min\"}"},
        {SD_SAMPLER_LCM, "scaling",
         "{\"_class_name\": \"LCMScheduler\", " SD_TEST_SD15_KEYS ", \"original_inference_steps\": 30, \"timestep_scaling\": 5.0}"},
        {SD_SAMPLER_UNIPC, "bh1",
         "{\"_class_name\": \"UniPCMultistepScheduler\", " SD_TEST_SD15_KEYS ", \"solver_type\": \"bh1\", \"final_sigmas_type\": \"sigma_min\"}"},
        {SD_SAMPLER_UNIPC, "karras", "{\"_class_name\": \"UniPCMultistepScheduler\", " SD_TEST_SD15_KEYS ", \"use_karras_sigmas\": true}"}};
    sd__env env = sd_test_env();
    sd__st_file golden;
    size_t c;
    REQUIRE(sd_test_open_golden_file(t, &env, TEST_DATA "/samplers.safetensors", &golden), "golden");
    for (c = 0; c < SD__COUNT(cases); c++) {
        char key[96];
        float x[20], *want;
        size_t count = 0;
        sd__sched_config config;
        sd__sched sched;
        snprintf(key, sizeof key, "step.%s.20.epsilon.%s", sd_sampler_name(cases[c].sampler), cases[c].variant);
        if (sd_test_sched_json(&env, cases[c].json, cases[c].sampler, &config) != SD_OK) {
            CHECK(0, "%s: %s", key, env.message);
            continue;
        }
        want = sd_test_golden_f32(t, &env, &golden, key, &count);
        if (!want || count != 20 || !sd_test_synthetic_run(&env, &config, cases[c].sampler, 20, 0, x))
            CHECK(0, "%s: %s", key, env.message);
        else
            CHECK(sd_test_rel_err(x, want, 20) < 2e-6, "%s: relative error %g", key, sd_test_rel_err(x, want, 20));
        sd__free(&env, want);
        if (strcmp(cases[c].variant, "karras") == 0 && sd__sched_init(&env, &sched, &config, cases[c].sampler, 20) == SD_OK) {
            CHECK(sd_test_schedule_matches(t, &env, &golden, "sched.unipc.20.karras", &sched), "UniPC's Karras schedule");
            sd__sched_free(&env, &sched);
        }
    }
    sd__st_close(&env, &golden);
    CHECK(env.host_bytes == 0, "all freed");
}

static void tests_sched(sd_tester *t) {
    RUN(t, test_sched_matches_diffusers_schedules);
    RUN(t, test_sched_config_file_reproduces_goldens);
    RUN(t, test_sched_config_rule);
    RUN(t, test_sched_config_rejects_bad_json);
    RUN(t, test_sched_rejects_bad_steps);
    RUN(t, test_sched_new_samplers_refuse_bad_schedules);
    RUN(t, test_sched_step_misuse);
    RUN(t, test_sched_img2img_begin);
    RUN(t, test_sched_steps_match_diffusers);
    RUN(t, test_sched_new_samplers_schedules);
    RUN(t, test_sched_new_samplers_steps);
    RUN(t, test_sched_new_samplers_config_options);
}
