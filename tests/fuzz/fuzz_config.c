/* Target "config": JSON text read as a part's config.json, as a checkpoint sidecar (objects under
   "unet", "vae", "text_encoder", "scheduler") and as scheduler_config.json. Whatever the config
   readers and checks accept must give a tensor list with sane names and shapes, and a schedule
   that every sampler can step through. */
#include "../sched_host.h"
#define FUZZ_CONFIG_LATENTS 4

typedef struct fuzz_tensor_walk {
    size_t count;
} fuzz_tensor_walk;

static int fuzz_config_visit(void *user, const char *name, int rank, const long long *shape) {
    fuzz_tensor_walk *walk = (fuzz_tensor_walk *)user;
    size_t elements = 1;
    int i;
    FUZZ_CHECK(name[0] != 0 && strlen(name) < SD__NAME_MAX, "tensor name '%s'", name);
    FUZZ_CHECK(rank >= 1 && rank <= 4, "tensor '%s' has rank %d", name, rank);
    for (i = 0; i < rank; i++) {
        FUZZ_CHECK(shape[i] >= 1 && shape[i] <= INT_MAX, "tensor '%s' dimension %d is %lld", name, i, shape[i]);
        FUZZ_CHECK(sd__mul_size(elements, (size_t)shape[i], &elements), "tensor '%s' overflows", name);
    }
    walk->count++;
    return 0;
}

/* The part's config over the defaults; when its check passes, the tensors it needs. */
static void fuzz_config_part(sd__env *env, const sd__json *obj, sd__part part) {
    sd__model m;
    fuzz_tensor_walk walk;
    sd_result r;
    memset(&m, 0, sizeof m);
    memset(&walk, 0, sizeof walk);
    sd__config_defaults(&m);
    if (sd__config_read(env, &m, part, obj) != SD_OK) return;
    if (part == SD__PART_UNET) r = sd__unet_config_check(env, &m.unet);
    else if (part == SD__PART_VAE) r = sd__vae_config_check(env, &m.vae);
    else r = sd__text_config_check(env, &m.text);
    if (r != SD_OK) return;
    sd__model_expected_tensors(&m, part, fuzz_config_visit, &walk);
    FUZZ_CHECK(walk.count > 0, "an accepted %s config needs no tensors", sd__part_names[part]);
}

/* A sidecar's three parts together, as a single-file checkpoint applies them. */
static void fuzz_config_sidecar(sd__env *env, const sd__json *root) {
    sd__model m;
    fuzz_tensor_walk walk;
    int p;
    memset(&m, 0, sizeof m);
    memset(&walk, 0, sizeof walk);
    sd__config_defaults(&m);
    for (p = 0; p < SD__PART_COUNT; p++) {
        const sd__json *obj = sd__json_get(root, sd__part_names[p]);
        if (obj && sd__config_read(env, &m, (sd__part)p, obj) != SD_OK) return;
    }
    if (sd__model_check_configs(env, &m) != SD_OK) return;
    for (p = 0; p < SD__PART_COUNT; p++) sd__model_expected_tensors(&m, (sd__part)p, fuzz_config_visit, &walk);
}

/* Every sampler from the scheduler config: set up, img2img's first step, then every step. */
static void fuzz_config_scheduler(sd__env *env, const sd__json *obj, int steps) {
    float sample[FUZZ_CONFIG_LATENTS], output[FUZZ_CONFIG_LATENTS], noised[FUZZ_CONFIG_LATENTS];
    int sampler, i, k;
    for (sampler = 1; sampler < SD_SAMPLER_COUNT; sampler++) {
        sd__sched_config cfg;
        sd__sched s;
        sd_sched_host host;
        sd__torch_rng rng;
        sd__noise noise;
        int begin;
        sd__sched_config_default(&cfg);
        if (sd__sched_config_from_json(env, obj, (sd_sampler)sampler, &cfg) != SD_OK) continue;
        if (sd__sched_init(env, &s, &cfg, (sd_sampler)sampler, steps) != SD_OK) continue;
        FUZZ_CHECK(s.count >= 1 && s.count <= 2 * steps + 16, "%s: %d timesteps for %d steps", sd_sampler_name((sd_sampler)sampler),
                   s.count, steps);
        sd__rng_cpu_seed(&rng, (uint64_t)steps);
        noise.gens = &rng;
        noise.count = 1;
        for (k = 0; k < FUZZ_CONFIG_LATENTS; k++) {
            sample[k] = 0.5f - (float)k;
            output[k] = 0.25f * (float)k;
        }
        begin = sd__sched_img2img_begin(&s, 0.5f);
        FUZZ_CHECK(begin >= 0 && begin <= s.count, "img2img begins at %d of %d", begin, s.count);
        if (begin < s.count) sd__sched_add_noise(&s, begin, sample, output, noised, FUZZ_CONFIG_LATENTS);
        FUZZ_CHECK(sd_sched_host_new(&host, FUZZ_CONFIG_LATENTS), "out of memory");
        for (i = 0; i < s.count; i++) {
            (void)sd__sched_input_scale(&s, i);
            FUZZ_CHECK(sd_sched_host_step(env, &s, &host, i, output, sample, &noise) == SD_OK, "%s step %d: %s",
                       sd_sampler_name((sd_sampler)sampler), i, env->message);
        }
        sd_sched_host_free(&host);
        sd__sched_free(env, &s);
    }
}

static void fuzz_config(const unsigned char *data, size_t size) {
    sd__env env = fuzz_env();
    sd__json_doc doc;
    const sd__json *root, *scheduler;
    int p;
    if (sd__json_parse(&env, (const char *)data, size, &doc) == SD_OK) {
        root = doc.nodes;
        for (p = 0; p < SD__PART_COUNT; p++) {
            fuzz_config_part(&env, root, (sd__part)p);
            if (sd__json_get(root, sd__part_names[p])) fuzz_config_part(&env, sd__json_get(root, sd__part_names[p]), (sd__part)p);
        }
        fuzz_config_sidecar(&env, root);
        scheduler = sd__json_get(root, "scheduler");
        /* the step count comes from the input too, so that short and long schedules are both tried */
        fuzz_config_scheduler(&env, scheduler && scheduler->type == SD__JSON_OBJECT ? scheduler : root, 1 + (int)(size % 60));
        sd__json_free(&env, &doc);
    }
    FUZZ_CHECK(env.host_bytes == 0, "%lu bytes leaked", (unsigned long)env.host_bytes);
}
