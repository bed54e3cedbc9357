/* ============================================================================================
   RNG: PyTorch's CPU (mt19937) and CUDA (Philox) randn on the host, bit for bit
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

/* A run's noise over a batch: one generator for the whole batch (diffusers' batch: image i depends
   on the batch size), or one per image (A1111: image i is the image of seed + i alone), each
   drawing its image's share of every draw. */
typedef struct sd__noise {
    sd__torch_rng *gens;
    int count; /* 1, or the batch size */
} sd__noise;

static void sd__noise_randn(sd__noise *noise, float *out, size_t n) {
    const size_t per = n / (size_t)noise->count;
    int b;
    for (b = 0; b < noise->count; b++) sd__randn(&noise->gens[b], out + (size_t)b * per, noise->count == 1 ? n : per);
}
