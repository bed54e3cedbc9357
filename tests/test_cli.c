/* Tests of the sd command-line tool: ./build/sd (built by `make`; SD_TEST_BUILD names another
   build folder), run from the repository root. Exit status: 0 success, 1 runtime failure, 2 usage
   error. */
#define SD_TEST_CLI "./" SD_TEST_BUILD "/sd"

/* Runs ./build/sd with args (a shell fragment); returns its exit status and captures its output. */
static int sd_test_cli(const char *args, char *out, size_t size) {
    char cmd[2048];
    snprintf(cmd, sizeof cmd, "%s %s", SD_TEST_CLI, args);
    return sd_test_run_command(cmd, out, size);
}

/* The library's answer for a prompt: SD_ERR_UNSUPPORTED until the tokenizer is wired in. */
static sd_result sd_test_tokenizer_state(int ids[SD_MAX_TOKENS]) {
    sd_ctx *ctx = NULL;
    sd_result r = sd_create(NULL, &ctx);
    if (r == SD_OK) r = sd_tokenize(ctx, "a photo of an astronaut riding a horse on mars", ids);
    sd_destroy(ctx);
    return r;
}

static void test_cli_help_lists_every_flag(sd_tester *t) {
    static const char *const flags[] = {
        "-m", "-p", "-n", "-W", "-H", "--steps", "--cfg", "--seed", "--sampler", "--batch", "--clip-skip", "--rng",
        "--backend", "--precision", "--attention-slice", "--vae-slicing", "--vae-tiling", "--offload", "--threads",
        "-o", "--print-tokens", "-v", "--version", "-h", "--init-img", "--strength", "--kernels", "--vram-budget",
        "--no-autotune", "--no-graphs", "--no-prompt-weighting", "--embedding", "--per-image-seeds", "--from-png", "--lora",
        "--lora-dir", "--quality",
        "sequential", "bf16", "out-1.png", ".jpg", ".jpeg", ".webp", "lossless"};
    char out[8192], name[64];
    size_t i;
    REQUIRE(access(SD_TEST_CLI, X_OK) == 0, "%s is missing: run `make` first", SD_TEST_CLI);
    CHECK(sd_test_cli("-h", out, sizeof out) == 0, "-h exits 0:\n%s", out);
    for (i = 0; i < SD__COUNT(flags); i++) CHECK(strstr(out, flags[i]) != NULL, "-h does not mention %s", flags[i]);
    for (i = 1; i < SD_SAMPLER_COUNT; i++) { /* each sampler by its whole name, not as a part of another */
        const char *at = out;
        size_t n = (size_t)snprintf(name, sizeof name, " %s", sd_sampler_name((sd_sampler)i));
        while ((at = strstr(at, name)) != NULL && ((at[n] >= 'a' && at[n] <= 'z') || at[n] == '_')) at += n;
        CHECK(at != NULL, "-h does not list sampler %s", sd_sampler_name((sd_sampler)i));
    }
    CHECK(sd_test_cli("--help", out, sizeof out) == 0 && strstr(out, "usage: sd"), "--help:\n%s", out);
}

static void test_cli_version(sd_tester *t) {
    char out[256];
    CHECK(sd_test_cli("--version", out, sizeof out) == 0, "--version exits 0");
    CHECK(strcmp(out, "sd " SD_VERSION_STRING "\n") == 0, "--version printed '%s'", out);
}

/* Each case must exit 2 and name its problem. -m and -p are given (the model does not exist, so
   an argument that wrongly passed the checks would exit 1 instead). */
static void test_cli_rejects_bad_arguments(sd_tester *t) {
    static const struct { const char *args; const char *message; } bad[] = {
        {"--frobnicate", "unknown option '--frobnicate'"},
        {"--frobnicate=3", "unknown option '--frobnicate'"},
        {"stray", "unexpected argument 'stray'"},
        {"--steps", "--steps needs a value"},
        {"--steps abc", "--steps expects an integer, got 'abc'"},
        {"--steps 12x", "expects an integer, got '12x'"},
        {"--steps ' 12'", "expects an integer"},
        {"--steps ''", "expects an integer"},
        {"--steps 0", "--steps must be between 1 and 1000, got 0"},
        {"--steps -3", "--steps must be between 1 and 1000"},
        {"--steps 1001", "--steps must be between 1 and 1000"},
        {"--steps 99999999999999999999999", "--steps must be between 1 and 1000"},
        {"-W 0", "--width must be between 8 and 4096"},
        {"-W 4104", "--width must be between 8 and 4096"},
        {"-W 513", "--width must be a multiple of 8, got 513"},
        {"-H 0", "--height must be between 8 and 4096"},
        {"-H 100", "--height must be a multiple of 8"},
        {"--width=abc", "--width expects an integer"},
        {"--cfg nan", "--cfg expects a finite number, got 'nan'"},
        {"--cfg inf", "--cfg expects a finite number, got 'inf'"},
        {"--cfg -inf", "--cfg expects a finite number"},
        {"--cfg 1e999", "--cfg must be a finite number"},
        {"--cfg 7.5x", "--cfg expects a finite number, got '7.5x'"},
        {"--seed -1", "--seed expects a non-negative integer, got '-1'"},
        {"--seed 18446744073709551616", "--seed must be at most 18446744073709551615"},
        {"--seed 12ab", "--seed expects a non-negative integer"},
        {"--batch 0", "--batch must be between 1 and 64"},
        {"--batch 65", "--batch must be between 1 and 64"},
        {"--clip-skip 0", "--clip-skip must be between 1 and 2"},
        {"--clip-skip 3", "--clip-skip must be between 1 and 2"},
        {"--sampler dpm2", "unknown --sampler 'dpm2' (choose ddim, pndm"},
        {"--backend gpu", "unknown --backend 'gpu' (choose auto, cpu or cuda)"},
        {"--precision fp8", "unknown --precision 'fp8'"},
        {"--offload all", "unknown --offload 'all' (choose none, model or sequential)"},
        {"--rng philox", "unknown --rng 'philox' (choose cpu or cuda)"},
        {"--attention-slice 0", "--attention-slice must be between 1 and"},
        {"--attention-slice half", "--attention-slice expects a head count, auto or off"},
        {"--threads 0", "--threads must be between 1 and"},
        {"--threads 1025", "--threads must be between 1 and 1024, got 1025"}, /* the help's range is the library's */
        {"--vram-budget 0", "--vram-budget must be above 0"},
        {"--vram-budget 12xb", "unknown size unit in '12xb'"},
        {"--vram-budget -5mib", "--vram-budget expects a size"},
        {"--vram-budget 99999999999gib", "--vram-budget is too large"},
        {"--init-img x.png --strength 1.5", "--strength must be in (0, 1], got 1.5"},
        {"--init-img x.png --strength -0.1", "--strength must be in (0, 1]"},
        {"--init-img x.png --strength 0", "--strength must be in (0, 1]"},
        {"--init-img x.png --strength nan", "--strength expects a finite number"},
        {"--strength 0.5", "--strength applies to img2img only"},
        {"--mask m.png", "--mask is for inpainting: add --init-img"},
        {"--vae ''", "--vae needs a path"},
        {"--vae-tiny", "--vae-tiny decodes with TAESD: add --taesd PATH"},
        {"--preview-every 2", "--preview-every needs --preview PATH"},
        {"--preview x.png --preview-every 0", "--preview-every must be between 1 and"},
        {"--resize crop", "--resize applies to img2img only"},
        {"--init-img x.png --resize stretch", "unknown --resize 'stretch' (choose resize, crop, fill or none)"},
        {"--vae-tiling=yes", "--vae-tiling takes no value"},
        {"-o ''", "--output needs a file name"},
        {"-o out.bmp", "-o 'out.bmp': unknown image format '.bmp' (use .png, .jpg, .jpeg or .webp)"},
        {"-o dir.d/out", "-o 'dir.d/out' has no extension to choose the image format by (use .png, .jpg, .jpeg or .webp)"},
        {"-o .jpg", "-o '.jpg' has no extension"},
        {"-o out.jpg --quality 0", "--quality must be between 1 and 100, got 0"},
        {"-o out.webp --quality 101", "--quality must be between 1 and 100, got 101"},
        {"-o out.jpg --quality high", "--quality expects an integer, got 'high'"},
        {"--quality 80", "--quality applies to JPEG and WebP; -o 'out.png' is a PNG"},
        {"--quality 80 -o -", "--quality applies to JPEG and WebP; -o '-' is a PNG"},
        {"-m ''", "--model needs a path"}};
    char args[512], out[2048];
    size_t i;
    for (i = 0; i < SD__COUNT(bad); i++) {
        int rc;
        snprintf(args, sizeof args, "-m /nonexistent/model.safetensors -p 'a cat' %s", bad[i].args);
        rc = sd_test_cli(args, out, sizeof out);
        CHECK(rc == 2 && strstr(out, bad[i].message) && strstr(out, "sd -h"), "sd %s: exit %d, wanted 2 and '%s':\n%s",
              bad[i].args, rc, bad[i].message, out);
    }
}

static void test_cli_requires_model_and_prompt(sd_tester *t) {
    char out[2048];
    CHECK(sd_test_cli("-p 'a cat'", out, sizeof out) == 2 && strstr(out, "missing -m MODEL"), "no -m:\n%s", out);
    CHECK(sd_test_cli("-m model.safetensors", out, sizeof out) == 2 && strstr(out, "missing -p PROMPT"), "no -p:\n%s", out);
    CHECK(sd_test_cli("--print-tokens", out, sizeof out) == 2 && strstr(out, "missing -p PROMPT"), "--print-tokens, no -p:\n%s", out);
    CHECK(sd_test_cli("", out, sizeof out) == 2 && strstr(out, "missing"), "no arguments:\n%s", out);
}

/* Runs sd on a model file that cannot load; it must exit 1, name the file, and (once the loader
   exists) say what the loader found: one of expected[] (NULL-terminated). */
static void sd_test_cli_bad_model(sd_tester *t, const char *model, const char *const *expected) {
    char args[1024], out[4096], image[256];
    int rc, named = 0;
    sd_test_tmp(image, sizeof image, "bad_model.png");
    snprintf(args, sizeof args, "-m %s -p 'a cat' --steps 1 -o %s", model, image);
    rc = sd_test_cli(args, out, sizeof out);
    CHECK(rc == 1, "exit %d, wanted 1:\n%s", rc, out);
    CHECK(strstr(out, model) != NULL, "the message does not name %s:\n%s", model, out);
    for (; *expected; expected++) named |= strstr(out, *expected) != NULL;
    CHECK(named || strstr(out, "not yet supported"), "the message does not say what is wrong:\n%s", out);
    CHECK(access(image, F_OK) != 0, "an image was written for a bad model");
    remove(image);
}

static void test_cli_missing_model(sd_tester *t) {
    static const char *const expected[] = {"cannot open", "No such file", "not found", NULL};
    char model[256];
    sd_test_tmp(model, sizeof model, "missing.safetensors");
    remove(model);
    sd_test_cli_bad_model(t, model, expected);
}

/* A real safetensors header whose tensor data is cut short, as in an interrupted download. */
static void test_cli_truncated_model(sd_tester *t) {
    static const char header[] = "{\"w\":{\"dtype\":\"F32\",\"shape\":[1024],\"data_offsets\":[0,4096]}}";
    static const char *const expected[] = {"outside", "truncated", "malformed", "too short", NULL};
    unsigned char file[8 + sizeof header - 1 + 100];
    char model[256];
    size_t k, len = sizeof header - 1;
    memset(file, 0, sizeof file);
    for (k = 0; k < 8; k++) file[k] = (unsigned char)(len >> (8 * k));
    memcpy(file + 8, header, len);
    sd_test_tmp(model, sizeof model, "truncated.safetensors");
    REQUIRE(sd_test_write_file(model, file, sizeof file), "write %s", model);
    sd_test_cli_bad_model(t, model, expected);
    remove(model);
}

static void test_cli_garbage_model(sd_tester *t) {
    static const char garbage[] = "this is not a model, just some text that happens to end in .safetensors\n";
    static const char *const expected[] = {"header length", "malformed", "too short", "not a", NULL};
    static const char *const tiny_expected[] = {"too short", "malformed", NULL};
    char model[256];
    sd_test_tmp(model, sizeof model, "garbage.safetensors");
    REQUIRE(sd_test_write_file(model, garbage, sizeof garbage - 1), "write %s", model);
    sd_test_cli_bad_model(t, model, expected);
    REQUIRE(sd_test_write_file(model, "abc", 3), "write %s", model);
    sd_test_cli_bad_model(t, model, tiny_expected);
    remove(model);
}

/* -v names every setting the model's files leave to a default: the tokenizer, the single file's
   sizes, and (for a single file whose sidecar has no "scheduler") the noise schedule, with how to
   set a v-prediction model. */
static void test_cli_verbose_logs_defaults(sd_tester *t) {
    static const char sidecar[] = "{\"unet\": {\"attention_head_dim\": 2, \"sample_size\": 8}, "
                                  "\"text_encoder\": {\"num_attention_heads\": 4}}";
    char out[8192], cmd[1024], model[256], json[256], png[256], cwd[512];
    int rc;
    sd_test_tmp(png, sizeof png, "verbose.png");
    snprintf(cmd, sizeof cmd, "./" SD_TEST_BUILD "/sd -m " TEST_DATA "/tiny-sd.safetensors -p x --steps 1 -v -o %s", png);
    rc = sd_test_run_command(cmd, out, sizeof out);
    CHECK(rc == 0 && strstr(out, "no tokenizer files: the built-in CLIP BPE") &&
              strstr(out, "single file: sizes from the tensors' shapes; UNet attention heads 2,2,2,2 per level") &&
              strstr(out, "its sidecar's values where it gives them") && !strstr(out, "no scheduler config"),
          "-v with a sidecar that has a scheduler: %d %s", rc, out);
    REQUIRE(getcwd(cwd, sizeof cwd), "getcwd");
    sd_test_tmp(model, sizeof model, "nosched.safetensors");
    sd_test_tmp(json, sizeof json, "nosched.json");
    remove(model);
    snprintf(cmd, sizeof cmd, "%s/" TEST_DATA "/tiny-sd.safetensors", cwd);
    REQUIRE(symlink(cmd, model) == 0 && sd_test_write_file(json, sidecar, sizeof sidecar - 1), "setup");
    snprintf(cmd, sizeof cmd, "./" SD_TEST_BUILD "/sd -m %s -p x --steps 1 -v -o %s", model, png);
    rc = sd_test_run_command(cmd, out, sizeof out);
    CHECK(rc == 0 && strstr(out, "no scheduler config: diffusers' defaults, epsilon prediction, scaled_linear betas") &&
              strstr(out, "v_prediction"),
          "-v with a sidecar without a scheduler: %d %s", rc, out);
    remove(model);
    remove(json);
    remove(png);
}

/* The output folder is checked before the model loads, so this fails fast and writes nothing. */
static void test_cli_unwritable_output(sd_tester *t) {
    char args[1024], out[4096], dir[256], image[300], model[256];
    int rc;
    sd_test_tmp(dir, sizeof dir, "no_such_dir");
    sd_test_tmp(model, sizeof model, "unwritable.safetensors");
    snprintf(image, sizeof image, "%s/x.png", dir);
    REQUIRE(sd_test_write_file(model, "garbage!", 8), "write %s", model);
    snprintf(args, sizeof args, "-m %s -p 'a cat' --steps 1 -o %s", model, image);
    rc = sd_test_cli(args, out, sizeof out);
    CHECK(rc == 1 && strstr(out, "cannot write") && strstr(out, image), "missing folder: exit %d:\n%s", rc, out);
    CHECK(access(dir, F_OK) != 0, "%s was created", dir);
    snprintf(image, sizeof image, "%s.png", dir); /* a folder named like an image */
    REQUIRE(mkdir(image, 0700) == 0, "mkdir %s", image);
    snprintf(args, sizeof args, "-m %s -p 'a cat' --steps 1 -o %s", model, image);
    rc = sd_test_cli(args, out, sizeof out);
    CHECK(rc == 1 && strstr(out, image) && strstr(out, "it is a directory"), "output is a folder: exit %d:\n%s", rc, out);
    rmdir(image);
    remove(model);
}

static void test_cli_unreadable_init_image(sd_tester *t) {
    char args[1024], out[4096], image[256], model[256];
    int rc;
    sd_test_tmp(image, sizeof image, "init.png");
    sd_test_tmp(model, sizeof model, "init.safetensors");
    REQUIRE(sd_test_write_file(image, "not a PNG at all", 16), "write %s", image);
    REQUIRE(sd_test_write_file(model, "garbage!", 8), "write %s", model);
    snprintf(args, sizeof args, "-m %s -p 'a cat' --init-img %s -o /tmp/sd_test_%ld_init_out.png", model, image, (long)getpid());
    rc = sd_test_cli(args, out, sizeof out);
    CHECK(rc == 1 && strstr(out, "cannot read image") && strstr(out, image), "garbage image: exit %d:\n%s", rc, out);
    remove(image);
    rc = sd_test_cli(args, out, sizeof out);
    CHECK(rc == 1 && strstr(out, "cannot read image") && strstr(out, image), "missing image: exit %d:\n%s", rc, out);
    /* a chunk header cut short after its length: stb would grow a buffer to that length (2 GB) */
    snprintf(args, sizeof args, "-m %s -p 'a cat' --init-img tests/fuzz/corpus/image/oom-truncated-idat-header.png "
             "-o /tmp/sd_test_%ld_init_out.png", model, (long)getpid());
    rc = sd_test_cli(args, out, sizeof out);
    CHECK(rc == 1 && strstr(out, "a PNG chunk runs past the end of the file"), "truncated chunk: exit %d:\n%s", rc, out);
    remove(model);
}

/* The ids of tests/data/tokens.json item 0, space-separated, as --print-tokens prints them. */
static int sd_test_expected_token_line(sd_tester *t, char *line, size_t size) {
    sd__env env = sd_test_env();
    sd__json_doc doc;
    char *text = NULL;
    size_t len = 0, used = 0;
    const sd__json *item, *ids, *id;
    int ok = 1;
    line[0] = 0;
    if (sd__read_file(&env, TEST_DATA "/tokens.json", 1 << 22, &text, &len) != SD_OK ||
        sd__json_parse(&env, text, len, &doc) != SD_OK) {
        sd_test_fail_at(t, __FILE__, __LINE__, "tokens.json: %s", env.message);
        sd__free(&env, text);
        return 0;
    }
    item = sd_test_json_at(sd__json_get(&doc.nodes[0], "items"), 0);
    ids = sd__json_get(item, "ids");
    ok = ids && ids->type == SD__JSON_ARRAY && ids->length == SD_MAX_TOKENS;
    for (id = ok ? ids->child : NULL; id && ok; id = id->next) {
        int n = snprintf(line + used, size - used, used ? " %lld" : "%lld", id->integer);
        ok = id->is_integer && n > 0 && (size_t)n < size - used;
        used += ok ? (size_t)n : 0;
    }
    if (!ok) sd_test_fail_at(t, __FILE__, __LINE__, "tokens.json item 0 has no 77 integer ids");
    sd__json_free(&env, &doc);
    sd__free(&env, text);
    return ok;
}

static void test_cli_print_tokens(sd_tester *t) {
    char out[4096], expected[1024];
    int ids[SD_MAX_TOKENS], rc;
    sd_result state = sd_test_tokenizer_state(ids);
    REQUIRE(sd_test_expected_token_line(t, expected, sizeof expected), "expected ids");
    rc = sd_test_cli("--print-tokens -p 'a photo of an astronaut riding a horse on mars'", out, sizeof out);
    if (state == SD_ERR_UNSUPPORTED) {
        CHECK(rc == 1 && strstr(out, "tokenize"), "unwired tokenizer: exit %d:\n%s", rc, out);
        SKIP("sd_tokenize is not wired in yet");
    }
    CHECK(rc == 0, "--print-tokens exit %d:\n%s", rc, out);
    CHECK(strlen(out) > 0 && out[strlen(out) - 1] == '\n', "one line ending in a newline");
    if (strlen(out)) out[strlen(out) - 1] = 0;
    CHECK(strcmp(out, expected) == 0, "--print-tokens printed\n%s\nwanted\n%s", out, expected);
    rc = sd_test_cli("--print-tokens -p 'a cat' -m /nonexistent/model.safetensors", out, sizeof out);
    CHECK(rc == 1 && strstr(out, "/nonexistent/model.safetensors"), "-m with a missing model: exit %d:\n%s", rc, out);
}

/* Invalid UTF-8 (a lone 0xFF byte) reaches the library, which rejects it as an invalid argument. */
static void test_cli_invalid_utf8_prompt(sd_tester *t) {
    char out[4096], args[512], image[256];
    int ids[SD_MAX_TOKENS], rc;
    sd_result state = sd_test_tokenizer_state(ids);
    rc = sd_test_cli("--print-tokens -p \"$(printf 'a \\377 cat')\"", out, sizeof out);
    CHECK(rc != 0, "an invalid UTF-8 prompt exited 0:\n%s", out);
    sd_test_tmp(image, sizeof image, "utf8.png");
    snprintf(args, sizeof args, "-m /nonexistent/model.safetensors -p \"$(printf 'a \\377 cat')\" -o %s", image);
    rc = sd_test_cli(args, out, sizeof out);
    CHECK(rc != 0 && access(image, F_OK) != 0, "generation with an invalid prompt: exit %d:\n%s", rc, out);
    if (state == SD_ERR_UNSUPPORTED) SKIP("sd_tokenize is not wired in yet; checked only the non-zero exit");
    rc = sd_test_cli("--print-tokens -p \"$(printf 'a \\377 cat')\"", out, sizeof out);
    CHECK(rc == 2 && strstr(out, "UTF-8"), "--print-tokens with invalid UTF-8: exit %d, wanted 2 and a UTF-8 message:\n%s", rc, out);
}

/* Where -o can write (sd_test_cli's output must say `wrote`), with the tiny model. */
static int sd_test_cli_writes(const char *args, char *out, size_t size) {
    char full[1600];
    snprintf(full, sizeof full, "-m %s -p 'a cat' -W 64 -H 64 --steps 1 --seed 3 %s", TINY_SD_FOLDER, args);
    return sd_test_cli(full, out, size) == 0 && strstr(out, "wrote") != NULL;
}

static int sd_test_is_png(const char *path) {
    unsigned char head[8] = {0};
    FILE *f = fopen(path, "rb");
    int ok = f && fread(head, 1, 8, f) == 8 && memcmp(head, "\x89PNG\r\n\x1a\n", 8) == 0;
    if (f) fclose(f);
    return ok;
}

/* -o never destroys what the path names: standard output, a FIFO (an image can be piped) and a
   symbolic link (followed: the link stays, its target is replaced with its permissions) and a file
   with two hard links (rewritten in place) are written as such; a read-only file, a dangling link, a parent that is a file, a name too long for
   its temporary file and -o - for a batch are refused before the model loads. Special files are
   made in a temporary folder. */
static void test_cli_output_targets(sd_tester *t) {
    static const struct { const char *path, *said; } refused[] = {
        {"ro.png", "it is read-only"}, {"dangling.png", "dangling symbolic link"}, {"file.png/x.png", "is not a folder"},
        {"-", "writes one image"}};
    char dir[256], path[600], args[1200], out[4096], name[300];
    struct stat st;
    size_t i;
    sd_test_tmp(dir, sizeof dir, "outputs");
    sd_test_remove_folder(dir);
    REQUIRE(mkdir(dir, 0700) == 0, "mkdir %s", dir);
    /* standard output (a subshell takes the redirection, so that stderr stays captured) */
    snprintf(args, sizeof args, "sh -c '%s -m %s -p \"a cat\" -W 64 -H 64 --steps 1 -o - > %s/stdout.png'", SD_TEST_CLI,
             TINY_SD_FOLDER, dir);
    CHECK(sd_test_run_command(args, out, sizeof out) == 0 && strstr(out, "wrote -"), "-o -:\n%s", out);
    snprintf(path, sizeof path, "%s/stdout.png", dir);
    CHECK(sd_test_is_png(path), "-o - wrote no PNG");
    /* a FIFO with a reader */
    snprintf(path, sizeof path, "%s/fifo", dir);
    REQUIRE(mkfifo(path, 0600) == 0, "mkfifo");
    snprintf(args, sizeof args, "sh -c 'cat %s/fifo > %s/piped.png & %s -m %s -p \"a cat\" -W 64 -H 64 --steps 1 -o %s/fifo; wait'",
             dir, dir, SD_TEST_CLI, TINY_SD_FOLDER, dir);
    CHECK(sd_test_run_command(args, out, sizeof out) == 0 && strstr(out, "wrote"), "FIFO:\n%s", out);
    CHECK(lstat(path, &st) == 0 && S_ISFIFO(st.st_mode), "the FIFO was replaced");
    snprintf(path, sizeof path, "%s/piped.png", dir);
    CHECK(sd_test_is_png(path), "nothing came through the FIFO");
    /* a symbolic link to a file of mode 0640 */
    snprintf(path, sizeof path, "%s/target.png", dir);
    REQUIRE(sd_test_write_file(path, "old", 3) && chmod(path, 0640) == 0, "target");
    snprintf(path, sizeof path, "%s/link.png", dir);
    REQUIRE(symlink("target.png", path) == 0, "symlink");
    snprintf(args, sizeof args, "-o %s", path);
    CHECK(sd_test_cli_writes(args, out, sizeof out), "link:\n%s", out);
    CHECK(lstat(path, &st) == 0 && S_ISLNK(st.st_mode), "the link was replaced");
    snprintf(path, sizeof path, "%s/target.png", dir);
    CHECK(sd_test_is_png(path) && stat(path, &st) == 0 && (st.st_mode & 07777) == 0640, "target: mode %o", (unsigned)st.st_mode);
    /* a file with a second hard link: rewritten in place, so both names see the image (a rename
       used to leave the other name on the old content) */
    {
        char other[700];
        struct stat before;
        snprintf(path, sizeof path, "%s/linked.png", dir);
        snprintf(other, sizeof other, "%s/other-name.png", dir);
        REQUIRE(sd_test_write_file(path, "old", 3) && link(path, other) == 0 && stat(path, &before) == 0, "hard link");
        snprintf(args, sizeof args, "-o %s", path);
        CHECK(sd_test_cli_writes(args, out, sizeof out), "hard link:\n%s", out);
        CHECK(sd_test_is_png(other) && stat(other, &st) == 0 && st.st_ino == before.st_ino && st.st_nlink == 2,
              "the other hard link does not see the image (inode %lu, was %lu; %lu links)", (unsigned long)st.st_ino,
              (unsigned long)before.st_ino, (unsigned long)st.st_nlink);
    }
    /* refused before the model loads: the model here is garbage, so only the output can be named */
    snprintf(path, sizeof path, "%s/ro.png", dir);
    REQUIRE(sd_test_write_file(path, "old", 3) && chmod(path, 0444) == 0, "ro");
    snprintf(path, sizeof path, "%s/dangling.png", dir);
    REQUIRE(symlink("nowhere", path) == 0, "dangling");
    snprintf(path, sizeof path, "%s/file.png", dir);
    REQUIRE(sd_test_write_file(path, "old", 3), "file");
    snprintf(path, sizeof path, "%s/garbage.safetensors", dir);
    REQUIRE(sd_test_write_file(path, "garbage!", 8), "garbage model");
    for (i = 0; i < SD__COUNT(refused); i++) {
        if (strcmp(refused[i].path, "-") == 0) snprintf(name, sizeof name, "-");
        else snprintf(name, sizeof name, "%s/%s", dir, refused[i].path);
        snprintf(args, sizeof args, "-m %s -p 'a cat' --batch 2 -o %s", path, name);
        CHECK(sd_test_cli(args, out, sizeof out) == 1 && strstr(out, refused[i].said), "%s:\n%s", refused[i].path, out);
    }
    memset(name, 'a', 245);
    snprintf(name + 245, sizeof name - 245, ".png");
    snprintf(args, sizeof args, "-m %s -p 'a cat' -o %s/%s", path, dir, name);
    CHECK(sd_test_cli(args, out, sizeof out) == 1 && strstr(out, "too long for its temporary file"), "long name:\n%s", out);
    snprintf(path, sizeof path, "%s/ro.png", dir);
    CHECK(sd_test_is_png(path) == 0 && stat(path, &st) == 0 && st.st_size == 3, "the read-only file changed");
    snprintf(args, sizeof args, "ls -A %s | grep -c tmp", dir);
    CHECK(sd_test_run_command(args, out, sizeof out) == 1, "temporary files left: %s", out);
    sd_test_remove_folder(dir);
}

/* Under a virtual memory limit lowered step by step until the run fails, the CLI exits 1 with a
   message and leaves no file. Just below the least that a 512x512 run needs, what fails is the PNG
   encoder's allocation (it comes last, while the context still holds its arena): stb_image_write
   used to abort there (exit 134) and leave a temporary file. A sanitizer's shadow memory cannot
   live under such a limit, so that build skips. */
static void test_cli_out_of_memory_while_encoding(sd_tester *t) {
    char dir[256], args[1400], out[4096];
    long fails = 16 << 10, runs = 1 << 20; /* KiB: a limit that fails and one that works */
    int rc;
    if (SD_TEST_SANITIZED) SKIP("the sanitizers' shadow memory does not fit under ulimit -v");
    sd_test_tmp(dir, sizeof dir, "oom");
    sd_test_remove_folder(dir);
    REQUIRE(mkdir(dir, 0700) == 0, "mkdir %s", dir);
    while (runs - fails > 1024) {
        long limit = fails + (runs - fails) / 2;
        snprintf(args, sizeof args, "sh -c 'ulimit -v %ld && exec %s -m %s -p \"a cat\" -W 512 -H 512 --steps 1 --threads 1 "
                 "--seed 1 -o %s/out.png'", limit, SD_TEST_CLI, TINY_SD_FOLDER, dir);
        rc = sd_test_run_command(args, out, sizeof out);
        if (rc == 0) {
            runs = limit;
            continue;
        }
        REQUIRE(rc == 1 && strstr(out, "out of memory"), "under %ld KiB: exit %d\n%s", limit, rc, out);
        fails = limit;
    }
    snprintf(args, sizeof args, "sh -c 'rm -f %s/out.png; ulimit -v %ld && exec %s -m %s -p \"a cat\" -W 512 -H 512 --steps 1 "
             "--threads 1 --seed 1 -o %s/out.png'", dir, runs - 1024, SD_TEST_CLI, TINY_SD_FOLDER, dir);
    rc = sd_test_run_command(args, out, sizeof out);
    CHECK(rc == 1 && strstr(out, "out of memory encoding the PNG"), "1 MiB under the %ld KiB a run needs: exit %d\n%s",
          runs, rc, out);
    snprintf(args, sizeof args, "ls -A %s | wc -l", dir);
    CHECK(sd_test_run_command(args, out, sizeof out) == 0 && atoi(out) == 0, "files left: %s", out);
    sd_test_remove_folder(dir);
}

/* PNG's CRC-32 of a chunk's type and data, bit by bit. */
static uint32_t sd_test_png_crc(const unsigned char *type_and_data, size_t n) {
    uint32_t crc = 0xFFFFFFFFu;
    size_t i;
    int k;
    for (i = 0; i < n; i++) {
        crc ^= type_and_data[i];
        for (k = 0; k < 8; k++) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return crc ^ 0xFFFFFFFFu;
}

/* The "parameters" chunk right after IHDR of the PNG at path: its type ("tEXt" or "iTXt") and text
   (for iTXt, after its empty language fields); 0 when absent or its CRC is wrong. */
static int sd_test_png_parameters(const char *path, char type[5], char *text, size_t size) {
    sd__env env = sd_test_env();
    char *png = NULL;
    size_t bytes = 0, length, skip;
    uint32_t stored;
    int ok = 0;
    if (sd__read_file(&env, path, 1 << 24, &png, &bytes) != SD_OK) return 0;
    if (bytes > 45) {
        const unsigned char *c = (const unsigned char *)png + 33;
        length = (size_t)c[0] << 24 | (size_t)c[1] << 16 | (size_t)c[2] << 8 | c[3];
        if (length + 45 <= bytes) {
            stored = (uint32_t)c[8 + length] << 24 | (uint32_t)c[9 + length] << 16 | (uint32_t)c[10 + length] << 8 | c[11 + length];
            memcpy(type, c + 4, 4);
            type[4] = 0;
            skip = strcmp(type, "iTXt") == 0 ? 15 : 11;
            ok = sd_test_png_crc(c + 4, 4 + length) == stored && length > skip && memcmp(c + 8, "parameters", 11) == 0;
            if (ok) snprintf(text, size, "%.*s", (int)(length - skip), (const char *)c + 8 + skip);
        }
    }
    sd__free(&env, png);
    return ok;
}

static int sd_test_same_file(const char *a, const char *b) {
    char cmd[1200], out[256];
    snprintf(cmd, sizeof cmd, "cmp %s %s", a, b);
    return sd_test_run_command(cmd, out, sizeof out) == 0;
}

/* Every PNG carries A1111's "parameters" text (tEXt, or iTXt for a non-ASCII prompt, after IHDR,
   CRC'd), and --from-png reproduces the image byte for byte, image i of a --per-image-seeds batch
   alone too; options after it win; a PNG without the text is a usage error. */
static void test_cli_png_parameters_round_trip(sd_tester *t) {
    char dir[256], a[400], b[400], args[2000], out[4096], text[1024], type[5];
    sd_test_tmp(dir, sizeof dir, "params");
    sd_test_remove_folder(dir);
    REQUIRE(mkdir(dir, 0700) == 0, "mkdir %s", dir);
    snprintf(a, sizeof a, "%s/a.png", dir);
    snprintf(b, sizeof b, "%s/b.png", dir);
    snprintf(args, sizeof args, "-m %s -p 'a cat, sitting: on a \"mat\"' -n blurry --steps 3 --sampler euler_a --cfg 6.5 --seed 77 "
             "--clip-skip 2 -W 64 -H 64 -o %s", TINY_SD_FOLDER, a);
    REQUIRE(sd_test_cli(args, out, sizeof out) == 0, "first image:\n%s", out);
    CHECK(sd_test_png_parameters(a, type, text, sizeof text) && strcmp(type, "tEXt") == 0 &&
              strstr(text, "a cat, sitting: on a \"mat\"\nNegative prompt: blurry\nSteps: 3, Sampler: Euler a, CFG scale: 6.5, "
                           "Seed: 77, Size: 64x64, Model: tiny-sd, Clip skip: 2, RNG: CPU, Version: sd_single.h ") == text,
          "the parameters text (%s): %s", type, text);
    snprintf(args, sizeof args, "-m %s --from-png %s -o %s", TINY_SD_FOLDER, a, b);
    CHECK(sd_test_cli(args, out, sizeof out) == 0 && sd_test_same_file(a, b), "--from-png did not reproduce it:\n%s", out);
    snprintf(args, sizeof args, "-m %s --from-png %s --steps 2 -o %s", TINY_SD_FOLDER, a, b);
    CHECK(sd_test_cli(args, out, sizeof out) == 0 && !sd_test_same_file(a, b), "--steps after --from-png was ignored:\n%s", out);
    /* a non-ASCII prompt, a single file (with its short hash), the CUDA generator and Karras */
    snprintf(args, sizeof args, "-m %s -p 'ein Hund im Schnee, \xe9\x9b\xaa' --steps 2 --sampler dpmpp_2m_karras --seed 5 --rng cuda "
             "-W 64 -H 64 -o %s", TEST_DATA "/tiny-sd.safetensors", a);
    REQUIRE(sd_test_cli(args, out, sizeof out) == 0, "second image:\n%s", out);
    CHECK(sd_test_png_parameters(a, type, text, sizeof text) && strcmp(type, "iTXt") == 0 &&
              strstr(text, "ein Hund im Schnee, \xe9\x9b\xaa\nSteps: 2, Sampler: DPM++ 2M Karras, CFG scale: 7.5, Seed: 5, "
                           "Size: 64x64, Model hash: a9fbccca, Model: tiny-sd, Version: ") == text,
          "the parameters text (%s): %s", type, text);
    snprintf(args, sizeof args, "-m %s --from-png %s -o %s", TEST_DATA "/tiny-sd.safetensors", a, b);
    CHECK(sd_test_cli(args, out, sizeof out) == 0 && sd_test_same_file(a, b), "--from-png (iTXt) did not reproduce it:\n%s", out);
    /* A1111's batch: image 1 says seed + 1, and --from-png makes it alone */
    snprintf(args, sizeof args, "-m %s -p x --steps 2 --sampler euler_a --seed 20 --batch 2 --per-image-seeds -W 64 -H 64 -o %s",
             TINY_SD_FOLDER, a);
    REQUIRE(sd_test_cli(args, out, sizeof out) == 0, "a batch with per-image seeds:\n%s", out);
    snprintf(a, sizeof a, "%s/a-1.png", dir);
    CHECK(sd_test_png_parameters(a, type, text, sizeof text) && strstr(text, "Seed: 21,") && !strstr(text, "Batch"),
          "image 1 of the batch: %s", text);
    snprintf(args, sizeof args, "-m %s --from-png %s -o %s", TINY_SD_FOLDER, a, b);
    CHECK(sd_test_cli(args, out, sizeof out) == 0 && sd_test_same_file(a, b), "--from-png did not remake image 1 alone:\n%s", out);
    /* refused */
    snprintf(args, sizeof args, "-m %s --from-png %s/none.png", TINY_SD_FOLDER, dir);
    CHECK(sd_test_cli(args, out, sizeof out) == 2 && strstr(out, "none.png"), "a missing file:\n%s", out);
    snprintf(args, sizeof args, "%s/plain.png", dir);
    REQUIRE(sd_test_write_file(args, "\x89PNG\r\n\x1a\n\0\0\0\0IEND\xae\x42\x60\x82", 20), "write");
    snprintf(args, sizeof args, "-m %s --from-png %s/plain.png", TINY_SD_FOLDER, dir);
    CHECK(sd_test_cli(args, out, sizeof out) == 2 && strstr(out, "has no 'parameters' text"), "no text:\n%s", out);
    sd_test_remove_folder(dir);
}

/* Writes a PNG that holds only a "parameters" tEXt chunk (all --from-png reads); 0 on failure. */
static int sd_test_write_parameters_png(const char *path, const char *text) {
    unsigned char png[1024];
    size_t n = strlen(text), length = 11 + n, at = 8;
    uint32_t crc;
    if (length + 40 > sizeof png) return 0;
    memcpy(png, "\x89PNG\r\n\x1a\n", 8);
    png[at++] = (unsigned char)(length >> 24);
    png[at++] = (unsigned char)(length >> 16);
    png[at++] = (unsigned char)(length >> 8);
    png[at++] = (unsigned char)length;
    memcpy(png + at, "tEXtparameters", 15); /* the keyword's NUL included */
    memcpy(png + at + 15, text, n);
    crc = sd_test_png_crc(png + at, 4 + length);
    at += 4 + length;
    png[at++] = (unsigned char)(crc >> 24);
    png[at++] = (unsigned char)(crc >> 16);
    png[at++] = (unsigned char)(crc >> 8);
    png[at++] = (unsigned char)crc;
    memcpy(png + at, "\0\0\0\0IEND\xae\x42\x60\x82", 12);
    return sd_test_write_file(path, (const char *)png, at + 12);
}

/* Every sampler's A1111 name goes into the image and --from-png makes the same image from it;
   newer A1111's "Sampler: Heun, Schedule type: Karras" is Heun Karras, while a sampler without
   a Karras form keeps its own schedule. */
static void test_cli_sampler_names_round_trip(sd_tester *t) {
    static const struct { const char *sd, *a1111; } names[] = {
        {"lms_karras", "LMS Karras"},   {"euler_karras", "Euler Karras"}, {"heun", "Heun"},
        {"heun_karras", "Heun Karras"}, {"dpmpp_2m_sde", "DPM++ 2M SDE"}, {"dpmpp_2m_sde_karras", "DPM++ 2M SDE Karras"},
        {"unipc", "UniPC"},             {"lcm", "LCM"}};
    static const struct { const char *settings, *sampler; } karras[] = {
        {"Sampler: Heun, Schedule type: Karras", "Heun Karras"}, {"Sampler: DPM++ 2M SDE, Schedule type: Karras", "DPM++ 2M SDE Karras"},
        {"Sampler: UniPC, Schedule type: Karras", "UniPC"}, {"Sampler: Euler, Schedule type: Automatic", "Euler"}};
    char dir[256], a[400], b[400], args[2000], out[4096], text[1024], type[5], want[64];
    size_t i;
    sd_test_tmp(dir, sizeof dir, "samplers");
    sd_test_remove_folder(dir);
    REQUIRE(mkdir(dir, 0700) == 0, "mkdir %s", dir);
    snprintf(a, sizeof a, "%s/a.png", dir);
    snprintf(b, sizeof b, "%s/b.png", dir);
    for (i = 0; i < SD__COUNT(names); i++) {
        snprintf(args, sizeof args, "-m %s -p x --steps 3 --sampler %s --seed 3 -W 64 -H 64 -o %s", TINY_SD_FOLDER, names[i].sd, a);
        if (sd_test_cli(args, out, sizeof out) != 0) {
            CHECK(0, "%s:\n%s", names[i].sd, out);
            continue;
        }
        snprintf(want, sizeof want, "Sampler: %s,", names[i].a1111);
        CHECK(sd_test_png_parameters(a, type, text, sizeof text) && strstr(text, want), "%s: %s", names[i].sd, text);
        snprintf(args, sizeof args, "-m %s --from-png %s -o %s", TINY_SD_FOLDER, a, b);
        CHECK(sd_test_cli(args, out, sizeof out) == 0 && sd_test_same_file(a, b), "%s: --from-png made another image:\n%s",
              names[i].sd, out);
    }
    for (i = 0; i < SD__COUNT(karras); i++) {
        snprintf(text, sizeof text, "x\nSteps: 1, %s, CFG scale: 7, Seed: 1, Size: 64x64", karras[i].settings);
        REQUIRE(sd_test_write_parameters_png(a, text), "write %s", a);
        snprintf(args, sizeof args, "-m %s --from-png %s -o %s", TINY_SD_FOLDER, a, b);
        snprintf(want, sizeof want, "Sampler: %s,", karras[i].sampler);
        CHECK(sd_test_cli(args, out, sizeof out) == 0 && sd_test_png_parameters(b, type, text, sizeof text) && strstr(text, want),
              "'%s' made '%s':\n%s", karras[i].settings, text, out);
    }
    sd_test_remove_folder(dir);
}

/* The bytes of the file at path (up to 16 MiB) in *data, malloc'd; 0 when it cannot be read. */
static int sd_test_read_bytes(const char *path, unsigned char **data, size_t *size) {
    FILE *f = fopen(path, "rb");
    *data = (unsigned char *)malloc(1 << 24);
    *size = f && *data ? fread(*data, 1, 1 << 24, f) : 0;
    if (f) fclose(f);
    if (*size == 0) {
        free(*data);
        *data = NULL;
    }
    return *size > 0;
}

/* 1 when the EXIF data at exif holds A1111's UserComment for a text starting with ascii_prefix
   (at most 100 characters) as the CLI writes it: a big-endian TIFF, and at offset 44, after the
   two IFDs, "UNICODE\0" and UTF-16BE. */
static int sd_test_exif_has_comment(const unsigned char *exif, size_t size, const char *ascii_prefix) {
    unsigned char expected[8 + 2 * 100];
    size_t i, n = strlen(ascii_prefix);
    if (n > 100) return 0;
    memcpy(expected, "UNICODE\0", 8);
    for (i = 0; i < n; i++) {
        expected[8 + 2 * i] = 0;
        expected[9 + 2 * i] = (unsigned char)ascii_prefix[i];
    }
    return size >= 52 + 2 * n && memcmp(exif, "MM\0\x2a\0\0\0\x08", 8) == 0 && memcmp(exif + 44, expected, 8 + 2 * n) == 0;
}

/* A JPEG as the CLI writes it: SOI, APP1 with EXIF holding the comment, then segments up to SOF0
   (baseline, 8 bits, three components, width x height) and SOS, and EOI at the end. */
static int sd_test_is_jpeg(const char *path, int width, int height, const char *comment) {
    unsigned char *d = NULL;
    size_t n = 0, at = 2;
    int ok, sof0 = 0;
    if (!sd_test_read_bytes(path, &d, &n)) return 0;
    ok = n > 16 && memcmp(d, "\xff\xd8\xff\xe1", 4) == 0 && memcmp(d + 6, "Exif\0\0", 6) == 0 &&
         ((size_t)d[4] << 8 | d[5]) + 4 <= n && sd_test_exif_has_comment(d + 12, ((size_t)d[4] << 8 | d[5]) - 8, comment) &&
         d[n - 2] == 0xFF && d[n - 1] == 0xD9;
    while (ok && at + 4 <= n && d[at] == 0xFF && d[at + 1] != 0xDA) { /* up to the scan */
        const size_t length = (size_t)d[at + 2] << 8 | d[at + 3];
        if (d[at + 1] == 0xC0 && at + 10 <= n)
            sof0 = d[at + 4] == 8 && ((int)d[at + 5] << 8 | d[at + 6]) == height && ((int)d[at + 7] << 8 | d[at + 8]) == width &&
                   d[at + 9] == 3;
        at += 2 + length;
    }
    ok = ok && sof0 && at + 4 <= n && d[at + 1] == 0xDA;
    free(d);
    return ok;
}

/* The chunk of a WebP file (RIFF 'WEBP') with this FourCC: its data and size; 0 when absent or
   when a chunk runs past the end. */
static int sd_test_webp_chunk(const unsigned char *d, size_t n, const char *fourcc, const unsigned char **data, size_t *size) {
    size_t at = 12;
    while (at + 8 <= n) {
        const size_t length = (size_t)d[at + 4] | (size_t)d[at + 5] << 8 | (size_t)d[at + 6] << 16 | (size_t)d[at + 7] << 24;
        if (length > n - at - 8) return 0;
        if (memcmp(d + at, fourcc, 4) == 0) {
            *data = d + at + 8;
            *size = length;
            return 1;
        }
        at += 8 + length + (length & 1);
    }
    return 0;
}

/* A WebP as the CLI writes it: RIFF (its size the file's less 8) 'WEBP', VP8X first (EXIF flag,
   canvas width x height), then image_chunk ('VP8 ' lossy, 'VP8L' lossless) and EXIF holding the
   comment. */
static int sd_test_is_webp(const char *path, int width, int height, const char *image_chunk, const char *comment) {
    unsigned char *d = NULL;
    const unsigned char *exif = NULL;
    size_t n = 0, exif_size = 0;
    int ok = sd_test_read_bytes(path, &d, &n) && n > 40 && memcmp(d, "RIFF", 4) == 0 &&
             ((size_t)d[4] | (size_t)d[5] << 8 | (size_t)d[6] << 16 | (size_t)d[7] << 24) == n - 8 &&
             memcmp(d + 8, "WEBPVP8X\x0a\0\0\0\x08\0\0\0", 16) == 0 && /* VP8X: 10 bytes, the EXIF flag */
             ((int)d[24] | (int)d[25] << 8 | (int)d[26] << 16) == width - 1 &&
             ((int)d[27] | (int)d[28] << 8 | (int)d[29] << 16) == height - 1 && memcmp(d + 30, image_chunk, 4) == 0 && sd_test_webp_chunk(d, n, "EXIF", &exif, &exif_size) &&
             sd_test_exif_has_comment(exif, exif_size, comment);
    free(d);
    return ok;
}

/* The output format follows -o's extension, in any case: a JPEG (stb_image_write's, with A1111's
   EXIF UserComment for the parameters) that --from-png makes again byte for byte at the same
   --quality, and whose prompt and seed it recovers into another format; --quality changes the file;
   a batch numbers its JPEG names; an unknown extension fails before the model loads (exit 2) and
   writes nothing. */
static void test_cli_output_formats(sd_tester *t) {
    char dir[256], a[400], b[400], args[2000], out[4096], text[1024], type[5];
    struct stat st_a, st_b;
    sd_test_tmp(dir, sizeof dir, "formats");
    sd_test_remove_folder(dir);
    REQUIRE(mkdir(dir, 0700) == 0, "mkdir %s", dir);
    snprintf(a, sizeof a, "%s/a.JPG", dir);
    snprintf(args, sizeof args, "-m %s -p 'a cat, sitting: on a \"mat\" \xe9\x9b\xaa' -n blurry --steps 2 --seed 77 -W 64 -H 64 "
             "--quality 85 -o %s", TEST_DATA "/tiny-sd.safetensors", a);
    REQUIRE(sd_test_cli(args, out, sizeof out) == 0 && strstr(out, "wrote"), "JPEG:\n%s", out);
    CHECK(sd_test_is_jpeg(a, 64, 64, "a cat, sitting: on a \"mat\" "), "%s is not the JPEG with EXIF wanted", a);
    snprintf(b, sizeof b, "%s/b.jpeg", dir);
    snprintf(args, sizeof args, "-m %s --from-png %s --quality 85 -o %s", TEST_DATA "/tiny-sd.safetensors", a, b);
    CHECK(sd_test_cli(args, out, sizeof out) == 0 && sd_test_same_file(a, b), "--from-png did not remake the JPEG:\n%s", out);
    snprintf(b, sizeof b, "%s/b.png", dir);
    snprintf(args, sizeof args, "-m %s --from-png %s -o %s", TEST_DATA "/tiny-sd.safetensors", a, b);
    CHECK(sd_test_cli(args, out, sizeof out) == 0 && sd_test_png_parameters(b, type, text, sizeof text) &&
              strstr(text, "a cat, sitting: on a \"mat\" \xe9\x9b\xaa\nNegative prompt: blurry\nSteps: 2, Sampler: PLMS, CFG scale: 7.5, "
                           "Seed: 77, Size: 64x64,") == text,
          "the JPEG's parameters in a PNG: %s\n%s", text, out);
    snprintf(b, sizeof b, "%s/low.jpg", dir);
    snprintf(args, sizeof args, "-m %s --from-png %s --quality 20 -o %s", TEST_DATA "/tiny-sd.safetensors", a, b);
    CHECK(sd_test_cli(args, out, sizeof out) == 0 && stat(a, &st_a) == 0 && stat(b, &st_b) == 0 && st_b.st_size < st_a.st_size,
          "--quality 20 did not make a smaller JPEG (%ld bytes, %ld at 85):\n%s", (long)st_b.st_size, (long)st_a.st_size, out);
    snprintf(args, sizeof args, "-m %s -p x --steps 1 --batch 2 -W 64 -H 64 -o %s/batch.jpeg", TINY_SD_FOLDER, dir);
    CHECK(sd_test_cli(args, out, sizeof out) == 0, "a JPEG batch:\n%s", out);
    snprintf(a, sizeof a, "%s/batch.jpeg", dir);
    snprintf(b, sizeof b, "%s/batch-1.jpeg", dir);
    CHECK(sd_test_is_jpeg(a, 64, 64, "x\n") && sd_test_is_jpeg(b, 64, 64, "x\n"), "the batch's JPEGs:\n%s", out);
    /* a text past what an APP1 segment holds: "x" and 17000 U+1F600 (4 bytes in UTF-8 and in UTF-16)
       are cut after the last whole character that fits, never inside a surrogate pair */
    snprintf(args, sizeof args, "-m %s -p \"x$(yes \"$(printf '\\360\\237\\230\\200')\" | head -n 17000 | tr -d '\\n')\" --steps 1 "
             "-W 64 -H 64 -o %s", TINY_SD_FOLDER, a);
    CHECK(sd_test_cli(args, out, sizeof out) == 0 && strstr(out, "more than JPEG's EXIF holds: only the first 65473 are in the file") &&
              sd_test_is_jpeg(a, 64, 64, "x"),
          "a long text:\n%s", out);
    {
        unsigned char *d = NULL;
        size_t n = 0, end;
        CHECK(sd_test_read_bytes(a, &d, &n) && (end = 4 + ((size_t)d[4] << 8 | d[5])) == 4 + 65534 && n > end &&
                  memcmp(d + end - 4, "\xd8\x3d\xde\x00", 4) == 0,
              "the cut text does not end in a whole U+1F600");
        free(d);
    }
    /* refused before the model loads: the model is real, so only the early check keeps the folder empty */
    snprintf(args, sizeof args, "-m %s -p x --steps 1 -W 64 -H 64 -o %s/out.bmp", TINY_SD_FOLDER, dir);
    CHECK(sd_test_cli(args, out, sizeof out) == 2 && strstr(out, "unknown image format '.bmp' (use .png, .jpg, .jpeg or .webp)") &&
              !strstr(out, "seed:"),
          "out.bmp:\n%s", out);
    snprintf(args, sizeof args, "ls -A %s | grep -c -e bmp -e tmp", dir);
    CHECK(sd_test_run_command(args, out, sizeof out) == 1, "out.bmp or a temporary file was written: %s", out);
    sd_test_remove_folder(dir);
}

/* WebP (with libwebp-dev at build time): the extended format with VP8X, the image chunk ('VP8 ',
   or 'VP8L' for --quality 100, lossless) and EXIF, remade byte for byte by --from-png. A build
   without it refuses .webp before the run. */
static void test_cli_webp_output(sd_tester *t) {
    char dir[256], a[400], b[400], args[2000], out[4096];
    int rc = sd_test_cli("-m /nonexistent/model.safetensors -p x -o x.webp", out, sizeof out);
    if (strstr(out, "built without WebP")) {
        CHECK(rc == 2 && strstr(out, "install libwebp-dev and rebuild"), "a build without WebP: exit %d\n%s", rc, out);
        SKIP("this sd was built without WebP (libwebp-dev)");
    }
    CHECK(rc == 1 && strstr(out, "cannot load model"), "-o x.webp with a missing model: exit %d\n%s", rc, out);
    sd_test_tmp(dir, sizeof dir, "webp");
    sd_test_remove_folder(dir);
    REQUIRE(mkdir(dir, 0700) == 0, "mkdir %s", dir);
    snprintf(a, sizeof a, "%s/a.webp", dir);
    snprintf(b, sizeof b, "%s/b.WebP", dir);
    snprintf(args, sizeof args, "-m %s -p 'a red house' --steps 2 --seed 9 -W 64 -H 64 -o %s", TINY_SD_FOLDER, a);
    REQUIRE(sd_test_cli(args, out, sizeof out) == 0, "WebP:\n%s", out);
    CHECK(sd_test_is_webp(a, 64, 64, "VP8 ", "a red house\nSteps: 2"), "%s is not the WebP wanted", a);
    snprintf(args, sizeof args, "-m %s --from-png %s -o %s", TINY_SD_FOLDER, a, b);
    CHECK(sd_test_cli(args, out, sizeof out) == 0 && sd_test_same_file(a, b), "--from-png did not remake the WebP:\n%s", out);
    snprintf(args, sizeof args, "-m %s -p 'a red house' --steps 2 --seed 9 -W 64 -H 64 --quality 100 -o %s", TINY_SD_FOLDER, a);
    REQUIRE(sd_test_cli(args, out, sizeof out) == 0, "lossless WebP:\n%s", out);
    CHECK(sd_test_is_webp(a, 64, 64, "VP8L", "a red house\nSteps: 2"), "%s is not the lossless WebP wanted", a);
    snprintf(args, sizeof args, "-m %s --from-png %s --quality 100 -o %s", TINY_SD_FOLDER, a, b);
    CHECK(sd_test_cli(args, out, sizeof out) == 0 && sd_test_same_file(a, b), "--from-png did not remake the lossless WebP:\n%s", out);
    sd_test_remove_folder(dir);
}

/* --from-png reads A1111's EXIF UserComment from JPEG and WebP files other tools wrote (Pillow, in
   tests/fuzz/make_corpus.py), and refuses broken ones with a reason (exit 2, before the model). */
static void test_cli_from_png_reads_exif(sd_tester *t) {
    static const struct { const char *file, *said; } refused[] = {
        {"baseline-16x8.jpg", "it has no EXIF data"},
        {"exif-no-comment-encoding.jpg", "its EXIF UserComment is neither UNICODE nor ASCII text"},
        {"exif-comment-past-end.jpg", "its EXIF UserComment is malformed (it runs past the end of the EXIF data)"},
        {"exif-comment-offset-past-end.jpg", "its EXIF UserComment is malformed"},
        {"exif-ifd-past-end.jpg", "its EXIF data is malformed (an IFD runs past its end)"},
        {"jpeg-segment-past-end.jpg", "a JPEG segment runs past the end of the file"},
        {"webp-chunk-past-end.webp", "a WebP chunk runs past the end of the file"},
        {"bmp-refused.bmp", "not a PNG, JPEG or WebP file"}};
    static const char *const read[] = {"exif-parameters.jpg", "exif-parameters.webp", "exif-parameters-lossless.webp"};
    char png[256], args[1200], out[4096], text[1024], type[5];
    size_t i;
    sd_test_tmp(png, sizeof png, "from_exif.png");
    for (i = 0; i < SD__COUNT(read); i++) {
        remove(png);
        snprintf(args, sizeof args, "-m %s --from-png tests/fuzz/corpus/image/%s --steps 1 -o %s", TINY_SD_FOLDER, read[i], png);
        CHECK(sd_test_cli(args, out, sizeof out) == 0 && sd_test_png_parameters(png, type, text, sizeof text) &&
                  strstr(text, "a cat \xe9\x9b\xaa \xf0\x9f\x98\x80\nNegative prompt: dog\nSteps: 1, Sampler: Euler a, CFG scale: 7, Seed: 1, "
                               "Size: 16x8,") == text,
              "%s: %s\n%s", read[i], text, out);
    }
    remove(png);
    for (i = 0; i < SD__COUNT(refused); i++) {
        snprintf(args, sizeof args, "-m /nonexistent/model.safetensors --from-png tests/fuzz/corpus/image/%s -o %s", refused[i].file, png);
        CHECK(sd_test_cli(args, out, sizeof out) == 2 && strstr(out, refused[i].said) && strstr(out, refused[i].file),
              "%s:\n%s", refused[i].file, out);
    }
}

/* 1 when the two files hold the same bytes (0 also when one cannot be read). */
static int sd_test_same_files(const char *a_path, const char *b_path) {
    sd__env env = sd_test_env();
    char *a = NULL, *b = NULL;
    size_t na = 0, nb = 0;
    int same = sd__read_file(&env, a_path, 1 << 20, &a, &na) == SD_OK && sd__read_file(&env, b_path, 1 << 20, &b, &nb) == SD_OK &&
               na == nb && memcmp(a, b, na) == 0;
    sd__free(&env, a);
    sd__free(&env, b);
    return same;
}

/* --embedding: a file whose word the prompt uses (the image differs from the one without it),
   and a bad file, which stops the run with its name before anything is generated (exit 1). */
static void test_cli_embeddings(sd_tester *t) {
    char out[4096], with[256], without[256], cmd[1536];
    sd_test_tmp(with, sizeof with, "ti_with.png");
    sd_test_tmp(without, sizeof without, "ti_without.png");
    snprintf(cmd, sizeof cmd, "-m %s -p 'a photo of <cat-toy>' --steps 2 --seed 3 --embedding %s/tiny-sd-cat-toy.safetensors -o %s",
             TINY_SD_FOLDER, TEST_DATA, with);
    CHECK(sd_test_cli(cmd, out, sizeof out) == 0, "with the embedding:\n%s", out);
    snprintf(cmd, sizeof cmd, "-m %s -p 'a photo of <cat-toy>' --steps 2 --seed 3 -o %s", TINY_SD_FOLDER, without);
    CHECK(sd_test_cli(cmd, out, sizeof out) == 0, "without:\n%s", out);
    CHECK(!sd_test_same_files(with, without), "the embedding changes nothing");
    snprintf(cmd, sizeof cmd, "-m %s -p x --steps 1 --embedding %s/tiny-sd-img2img.safetensors -o %s", TINY_SD_FOLDER,
             TEST_DATA, with);
    CHECK(sd_test_cli(cmd, out, sizeof out) == 1 && strstr(out, "tiny-sd-img2img.safetensors") && strstr(out, "emb_params"),
          "a bad embedding:\n%s", out);
    remove(with);
    remove(without);
}

/* The command line's LoRAs (file and prompt tag), embeddings and LoRA folder go into the PNG text,
   and --from-png makes the same file again from it alone. */
static void test_cli_png_round_trip_with_addons(sd_tester *t) {
    char out[4096], first[256], again[256], cmd[1536];
    sd_test_tmp(first, sizeof first, "addons.png");
    sd_test_tmp(again, sizeof again, "addons_again.png");
    snprintf(cmd, sizeof cmd,
             "-m %s -p 'a <cat-toy> house <lora:tiny-lora-kohya:0.5>' --lora-dir %s --lora %s/tiny-lora-peft.safetensors:0.7 "
             "--embedding %s/tiny-sd-cat-toy.safetensors --steps 2 --seed 5 -W 64 -H 64 -o %s",
             TINY_SD_FOLDER, TEST_DATA, TEST_DATA, TEST_DATA, first);
    CHECK(sd_test_cli(cmd, out, sizeof out) == 0, "first:\n%s", out);
    snprintf(cmd, sizeof cmd, "-m %s --from-png %s -o %s", TINY_SD_FOLDER, first, again);
    CHECK(sd_test_cli(cmd, out, sizeof out) == 0, "again:\n%s", out);
    CHECK(sd_test_same_files(first, again), "--from-png with LoRAs and an embedding made another file");
    remove(first);
    remove(again);
}

/* An init image of any size: the run takes its sides rounded down to multiples of 8, or the size
   asked for, fitted by --resize; --resize none refuses another size before anything runs. */
static void test_cli_init_image_of_any_size(sd_tester *t) {
    static unsigned char pixels[100 * 60 * 3];
    char init[256], out[256], cmd[1024], log[4096];
    unsigned char *got;
    int w = 0, h = 0, comp = 0, rc, i;
    for (i = 0; i < (int)sizeof pixels; i++) pixels[i] = (unsigned char)(i * 7 % 251);
    sd_test_tmp(init, sizeof init, "init_100x60.png");
    sd_test_tmp(out, sizeof out, "init_any_out.png");
    REQUIRE(stbi_write_png(init, 100, 60, 3, pixels, 100 * 3), "init PNG");
    snprintf(cmd, sizeof cmd, "-m %s -p x --steps 2 --init-img %s -o %s", TEST_DATA "/tiny-sd.safetensors", init, out);
    rc = sd_test_cli(cmd, log, sizeof log);
    got = stbi_load(out, &w, &h, &comp, 3);
    CHECK(rc == 0 && got && w == 96 && h == 56, "default: exit %d, %dx%d\n%s", rc, w, h, log);
    stbi_image_free(got);
    snprintf(cmd, sizeof cmd, "-m %s -p x --steps 2 --init-img %s --resize fill -W 64 -H 72 -o %s", TEST_DATA "/tiny-sd.safetensors",
             init, out);
    rc = sd_test_cli(cmd, log, sizeof log);
    got = stbi_load(out, &w, &h, &comp, 3);
    CHECK(rc == 0 && got && w == 64 && h == 72, "fill to 64x72: exit %d, %dx%d\n%s", rc, w, h, log);
    stbi_image_free(got);
    remove(out);
    snprintf(cmd, sizeof cmd, "-m %s -p x --steps 2 --init-img %s --resize none -o %s", TEST_DATA "/tiny-sd.safetensors", init, out);
    rc = sd_test_cli(cmd, log, sizeof log);
    CHECK(rc == 2 && strstr(log, "the init image is 100x60 but the run is 96x56, and the resize mode is none"), "none: exit %d\n%s",
          rc, log);
    CHECK(access(out, F_OK) != 0, "--resize none wrote an image");
    remove(init);
}

/* --vae replaces the model's VAE (the image changes), goes into the PNG text, and --from-png
   remakes the file from it. */
static void test_cli_separate_vae(sd_tester *t) {
    char a[256], b[256], c[256], args[1024], out[4096];
    sd_test_tmp(a, sizeof a, "vae_a.png");
    sd_test_tmp(b, sizeof b, "vae_b.png");
    sd_test_tmp(c, sizeof c, "vae_plain.png");
    snprintf(args, sizeof args, "-m %s --vae %s -p 'a boat' --steps 2 --seed 3 -o %s", TEST_DATA "/tiny-sd2", TEST_DATA "/tiny-vae", a);
    CHECK(sd_test_cli(args, out, sizeof out) == 0, "with --vae:\n%s", out);
    snprintf(args, sizeof args, "-m %s -p 'a boat' --steps 2 --seed 3 -o %s", TEST_DATA "/tiny-sd2", c);
    CHECK(sd_test_cli(args, out, sizeof out) == 0, "without:\n%s", out);
    CHECK(!sd_test_same_files(a, c), "--vae changed nothing");
    snprintf(args, sizeof args, "-m %s --from-png %s -o %s", TEST_DATA "/tiny-sd2", a, b);
    CHECK(sd_test_cli(args, out, sizeof out) == 0, "--from-png:\n%s", out);
    CHECK(sd_test_same_files(a, b), "--from-png did not remake the --vae image");
    snprintf(args, sizeof args, "-m %s --vae %s -p x -o %s", TEST_DATA "/tiny-sd2", TEST_DATA "/tiny-lora-kohya.safetensors", b);
    CHECK(sd_test_cli(args, out, sizeof out) == 1 && strstr(out, "tiny-lora-kohya.safetensors' is not a VAE"), "a LoRA as VAE:\n%s",
          out);
    remove(a);
    remove(b);
    remove(c);
}

/* --preview writes the first image's preview (TAESD's at the full size with --taesd, else the
   approximation at the latents' size); --vae-tiny decodes with TAESD; a bad TAESD file fails
   before generating. */
static void test_cli_previews_and_taesd(sd_tester *t) {
    char out[256], preview[256], args[1024], log[4096];
    unsigned char *pixels;
    int w = 0, h = 0, comp = 0;
    sd_test_tmp(out, sizeof out, "preview_out.png");
    sd_test_tmp(preview, sizeof preview, "preview.png");
    snprintf(args, sizeof args, "-m %s -p 'a cat' --steps 3 --preview %s --preview-every 2 -o %s", TINY_SD_FOLDER, preview, out);
    CHECK(sd_test_cli(args, log, sizeof log) == 0, "approximate previews:\n%s", log);
    pixels = stbi_load(preview, &w, &h, &comp, 3);
    CHECK(pixels && w == 8 && h == 8, "approximate preview %dx%d", w, h);
    stbi_image_free(pixels);
    remove(preview);
    snprintf(args, sizeof args, "-m %s -p 'a cat' --steps 3 --taesd %s --vae-tiny --preview %s -o %s", TINY_SD_FOLDER,
             TEST_DATA "/tiny-taesd", preview, out);
    CHECK(sd_test_cli(args, log, sizeof log) == 0, "TAESD previews:\n%s", log);
    pixels = stbi_load(preview, &w, &h, &comp, 3);
    CHECK(pixels && w == 64 && h == 64, "TAESD preview %dx%d", w, h);
    stbi_image_free(pixels);
    snprintf(args, sizeof args, "-m %s -p x --taesd %s -o %s", TINY_SD_FOLDER, TEST_DATA "/tiny-lora-kohya.safetensors", out);
    CHECK(sd_test_cli(args, log, sizeof log) == 1 && strstr(log, "is not a TAESD decoder"), "a LoRA as TAESD:\n%s", log);
    remove(preview);
    remove(out);
}

static void tests_cli(sd_tester *t) {
    RUN(t, test_cli_help_lists_every_flag);
    RUN(t, test_cli_embeddings);
    RUN(t, test_cli_init_image_of_any_size);
    RUN(t, test_cli_separate_vae);
    RUN(t, test_cli_previews_and_taesd);
    RUN(t, test_cli_png_round_trip_with_addons);
    RUN(t, test_cli_version);
    RUN(t, test_cli_rejects_bad_arguments);
    RUN(t, test_cli_requires_model_and_prompt);
    RUN(t, test_cli_missing_model);
    RUN(t, test_cli_truncated_model);
    RUN(t, test_cli_garbage_model);
    RUN(t, test_cli_unwritable_output);
    RUN(t, test_cli_output_targets);
    RUN(t, test_cli_out_of_memory_while_encoding);
    RUN(t, test_cli_png_parameters_round_trip);
    RUN(t, test_cli_sampler_names_round_trip);
    RUN(t, test_cli_output_formats);
    RUN(t, test_cli_webp_output);
    RUN(t, test_cli_from_png_reads_exif);
    RUN(t, test_cli_unreadable_init_image);
    RUN(t, test_cli_print_tokens);
    RUN(t, test_cli_verbose_logs_defaults);
    RUN(t, test_cli_invalid_utf8_prompt);
}
