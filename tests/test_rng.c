/* Tests of the rng section: torch.randn from CPU (mt19937) and CUDA (Philox) generators. */

/* Compares every golden `{prefix}{seed}.{shape}` tensor with one sd__randn call of its element
   count from a freshly seeded generator: the largest absolute difference, and how many elements
   differ by more than 1e-6. */
static void sd_test_rng_goldens(sd_tester *t, const char *prefix, sd_rng mode, int *tensors, double *worst, size_t *over) {
    sd__env env = sd_test_env();
    sd__st_file golden;
    size_t i, k;
    *tensors = 0;
    *worst = 0;
    *over = 0;
    if (!sd_test_open_golden(t, &env, &golden)) return;
    for (i = 0; i < golden.count; i++) {
        const sd__st_tensor *g = &golden.tensors[i];
        unsigned long long seed = 0;
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
                if (!(d <= *worst)) *worst = d;
                if (!(d <= 1e-6)) ++*over;
            }
            ++*tensors;
        }
        sd__free(&env, want);
        sd__free(&env, got);
    }
    sd__st_close(&env, &golden);
    CHECK(env.host_bytes == 0, "all freed");
}

/* torch.randn(shape, generator=torch.Generator("cpu").manual_seed(seed)) for seeds 0, 42, 1234 and
   shapes with fewer than 16 values (torch's scalar path), multiples of 16 and others (its
   vectorized path, whose last 16 values are redrawn), one a batch of 2 drawn in one call. */
static void test_rng_cpu_goldens(sd_tester *t) {
    int tensors;
    double worst;
    size_t over;
    sd_test_rng_goldens(t, "rng.cpu.s", SD_RNG_CPU, &tensors, &worst, &over);
    CHECK(tensors == 18, "18 golden CPU tensors, found %d", tensors);
    CHECK(worst <= 1e-6, "worst difference %g", worst);
}

/* The same with torch.Generator("cuda") (drawn on an H100 by the golden script). The GPU's
   __sincosf approximates in hardware: a few values differ by 1-2 float ulps. */
static void test_rng_cuda_goldens(sd_tester *t) {
    int tensors;
    double worst;
    size_t over;
    sd_test_rng_goldens(t, "rng.cuda.s", SD_RNG_CUDA, &tensors, &worst, &over);
    CHECK(tensors == 9, "9 golden CUDA tensors, found %d", tensors);
    CHECK(worst <= 2e-6, "worst difference %g", worst);
    CHECK(over <= 12, "%lu of 49,965 values differ by more than 1e-6", (unsigned long)over);
}

/* One generator across calls keeps the Box-Muller value its scalar path caches. Expected values:
       g = torch.Generator().manual_seed(7)
       a = torch.randn(3, generator=g); b = torch.randn(20, generator=g); c = torch.randn(5, generator=g) */
static void test_rng_cpu_state_carries_over(sd_tester *t) {
    static const float want_a[3] = {-0.146795094f, 0.786141276f, 0.94682163f};
    static const float want_b[20] = {-0.176437929f, 1.75017238f, 1.93001688f, 0.98611182f, -1.3032167f, 0.0874783769f,
                                     -1.38496137f, 0.503563881f, -0.0835282281f, -0.0234779324f, 0.174375355f, 2.2983427f,
                                     1.09558046f, 0.482354164f, 1.39891839f, 1.40585291f, -1.40125084f, 1.29733586f,
                                     1.64093328f, -1.05668414f};
    static const float want_c[5] = {-1.114344f, -0.457818896f, -0.724473298f, 1.27987814f, -0.994066238f};
    sd__torch_rng rng;
    float a[3], b[20], c[5];
    sd__rng_cpu_seed(&rng, 7);
    sd__randn(&rng, a, 3);
    sd__randn(&rng, b, 20);
    sd__randn(&rng, c, 5);
    CHECK(sd_test_rel_err(a, want_a, 3) < 1e-6 && sd_test_rel_err(b, want_b, 20) < 1e-6 && sd_test_rel_err(c, want_c, 5) < 1e-6,
          "three calls on one generator");
    sd__randn(&rng, a, 0);
    sd__rng_cpu_seed(&rng, 7);
    sd__randn(&rng, c, 3);
    CHECK(memcmp(a, c, sizeof a) == 0, "reseeding restarts the sequence (and an empty call draws nothing)");
}

/* torch seeds mt19937 with the seed's low 32 bits:
       torch.randn(4, generator=torch.Generator().manual_seed(2**40 + 5)) == torch.randn(4, ...manual_seed(5)) */
static void test_rng_cpu_seed_low_bits(sd_tester *t) {
    static const float want[4] = {-0.486780763f, -0.603821576f, -0.55809623f, 0.667524278f};
    sd__torch_rng rng;
    float got[4];
    sd__rng_cpu_seed(&rng, (1ull << 40) + 5);
    sd__randn(&rng, got, 4);
    CHECK(sd_test_rel_err(got, want, 4) < 1e-6, "seed 2^40 + 5 draws as seed 5");
}

/* CUDA: thread t of the grid-stride kernel fills elements t, t + threads, ... from the normals
   of its curand_normal4 calls, and each call moves the generator's offset on by 4. */
static void test_rng_cuda_grid_and_offset(sd_tester *t) {
    sd__torch_rng wide, narrow, next;
    float a[300], b[300], c[300], big[1025], first_value;
    int k, mapped = 1;
    sd__rng_cuda_seed(&wide, 99);
    sd__rng_cuda_seed(&narrow, 99);
    narrow.cuda_max_blocks = 1; /* a GPU with room for 256 threads: 2 normals per thread here */
    sd__randn(&wide, a, 300);
    sd__randn(&narrow, b, 300);
    first_value = a[0];
    CHECK(memcmp(a, b, 256 * sizeof(float)) == 0, "the first 256 elements: one thread each on both grids");
    for (k = 256; k < 300; k++) { /* the second normal of thread k - 256's first call */
        uint32_t counter[4] = {0, 0, 0, 0}, bits[4];
        float first, second;
        counter[2] = (uint32_t)(k - 256);
        sd__philox(counter, 99, bits);
        sd__curand_box_muller(bits[0], bits[1], &first, &second);
        mapped &= b[k] == second && b[k - 256] == first && a[k] != b[k];
    }
    CHECK(mapped, "elements beyond the grid come from the same call's next normal");
    CHECK(wide.philox_offset == 4 && narrow.philox_offset == 4, "one call per thread: offset 4");
    sd__randn(&narrow, c, 300);
    next = wide;
    sd__randn(&next, b, 300);
    sd__rng_cuda_seed(&wide, 99);
    wide.philox_offset = 4;
    sd__randn(&wide, a, 300);
    CHECK(memcmp(a, b, sizeof a) == 0 && memcmp(a, c, 256 * sizeof(float)) == 0 && wide.philox_offset == 8,
          "the second call continues at offset 4");
    sd__rng_cuda_seed(&narrow, 99);
    narrow.cuda_max_blocks = 1;
    sd__randn(&narrow, big, 1025); /* 1025 > 4 * 256: two calls per thread */
    CHECK(narrow.philox_offset == 8 && big[0] == first_value, "two calls per thread: offset 8");
}

static void tests_rng(sd_tester *t) {
    RUN(t, test_rng_cpu_goldens);
    RUN(t, test_rng_cuda_goldens);
    RUN(t, test_rng_cpu_state_carries_over);
    RUN(t, test_rng_cpu_seed_low_bits);
    RUN(t, test_rng_cuda_grid_and_offset);
}
