/* Tests of the rng section: torch.randn from CPU (mt19937) and CUDA (Philox) generators. */

/* Compares every golden `rng.{cpu|cuda}.s{seed}.{shape}` tensor with one sd__randn call of its
   element count from a freshly seeded generator; returns the worst absolute difference. */
static double sd_test_rng_goldens(sd_tester *t, const char *prefix, sd_rng mode, int *tested) {
    sd__env env = sd_test_env();
    sd__st_file golden;
    double worst = 0;
    size_t i, k;
    *tested = 0;
    if (!sd_test_open_golden(t, &env, &golden)) return 1;
    for (i = 0; i < golden.count; i++) {
        const sd__st_tensor *g = &golden.tensors[i];
        unsigned long long seed;
        float *want, *got;
        sd__torch_rng rng;
        if (strncmp(g->name, prefix, strlen(prefix)) != 0) continue;
        CHECK(sscanf(g->name + strlen(prefix), "%llu", &seed) == 1, "seed in %s", g->name);
        want = sd_test_golden_f32(t, &env, &golden, g->name, NULL);
        got = (float *)sd__calloc(&env, g->count, sizeof(float));
        if (want && got) {
            if (mode == SD_RNG_CUDA) sd__rng_cuda_seed(&rng, seed);
            else sd__rng_cpu_seed(&rng, seed);
            sd__randn(&rng, got, g->count);
            for (k = 0; k < g->count; k++) {
                double d = fabs((double)got[k] - (double)want[k]);
                if (!(d <= worst)) worst = d;
                if (!(d <= 1e-6)) {
                    CHECK(0, "%s[%lu]: got %.9g, want %.9g", g->name, (unsigned long)k, (double)got[k], (double)want[k]);
                    break;
                }
            }
            ++*tested;
        }
        sd__free(&env, want);
        sd__free(&env, got);
    }
    sd__st_close(&env, &golden);
    CHECK(env.host_bytes == 0, "all freed");
    return worst;
}

static void test_rng_cpu_goldens(sd_tester *t) {
    int tested;
    double worst = sd_test_rng_goldens(t, "rng.cpu.s", SD_RNG_CPU, &tested);
    CHECK(tested == 18, "18 golden CPU tensors, found %d", tested);
    CHECK(worst <= 1e-6, "worst difference %g", worst);
}

static void test_rng_cuda_goldens(sd_tester *t) {
    int tested;
    double worst = sd_test_rng_goldens(t, "rng.cuda.s", SD_RNG_CUDA, &tested);
    CHECK(tested == 9, "9 golden CUDA tensors, found %d", tested);
    CHECK(worst <= 1e-6, "worst difference %g", worst);
}

static void tests_rng(sd_tester *t) {
    RUN(t, test_rng_cpu_goldens);
    RUN(t, test_rng_cuda_goldens);
}
