/* Tests of the CUDA backend. On any machine: kernels.ptx is fresh against src/kernels, the
   loader fails cleanly without a driver (and the public API then falls back to the CPU with
   auto, and reports SD_ERR_BACKEND with cuda), kernels.ptx is found where documented, cuBLAS
   loads and its version is checked, and the function table matches the SDK's declarations.
   With a GPU (test_cuda_gpu_*; SKIPPED without a driver or device): every op against the CPU
   backend at each precision, memory accounting and budgets, bad kernels, the tiny model's
   goldens and whole pipelines. */

static const sd_precision sd_cuda_precisions[4] = {SD_PRECISION_FP32, SD_PRECISION_TF32, SD_PRECISION_FP16,
                                                   SD_PRECISION_BF16};

static const char *sd_cuda_precision_name(sd_precision p) {
    return p == SD_PRECISION_FP32 ? "fp32" : p == SD_PRECISION_TF32 ? "tf32" : p == SD_PRECISION_FP16 ? "fp16" : "bf16";
}

/* max|diff|/max|ref| of a CUDA op against the CPU op on the same (storage-rounded) inputs. */
static double sd_cuda_op_tol(sd_precision p) {
    return p == SD_PRECISION_FP32 ? 1e-5 : p == SD_PRECISION_TF32 ? 3e-3 : 1e-2;
}

/* Whether a backend failure means "this machine has no CUDA" (a SKIP) rather than a bug. */
static int sd_cuda_unavailable(const char *message) {
    return strncmp(message, "no CUDA driver", 14) == 0 || strncmp(message, "no CUDA device", 14) == 0 ||
           strncmp(message, "no cuBLAS", 9) == 0;
}

/* Opens a CUDA backend on env. 1: opened; 0: the machine has no CUDA (reason copied); -1: it
   failed for another reason (reported as a test failure). */
static int sd_cuda_open(sd_tester *t, sd__env *env, sd_precision precision, size_t vram_budget, sd__backend **out,
                        char *reason, size_t size) {
    sd_desc desc;
    memset(&desc, 0, sizeof desc);
    desc.precision = precision;
    desc.vram_budget = vram_budget;
    if (sd__cuda_backend_create(env, &desc, out) == SD_OK) return 1;
    snprintf(reason, size, "%s", env->message);
    if (sd_cuda_unavailable(env->message)) return 0;
    sd_test_fail_at(t, __FILE__, __LINE__, "cuda backend (%s): %s", sd_cuda_precision_name(precision), env->message);
    return -1;
}

/* Whether this machine runs the CUDA backend (reason says why not). */
static int sd_cuda_available(sd_tester *t, char *reason, size_t size) {
    sd__env env = sd_test_env();
    sd__backend *b = NULL;
    int r = sd_cuda_open(t, &env, SD_PRECISION_DEFAULT, 0, &b, reason, size);
    if (b) b->ops->destroy(b);
    return r;
}

/* --------------------------------------------------------------------------------------------
   Without a GPU
   -------------------------------------------------------------------------------------------- */
/* kernels.ptx is what tools/build_kernels.sh makes of src/kernels today (same nvcc release). */
static void test_cuda_ptx_is_fresh(sd_tester *t) {
    char tmp[256], cmd[1024], out[4096], have[128] = "", want[128] = "";
    const char *line;
    FILE *f;
    int rc;
    if (sd_test_run_command("command -v nvcc || test -x \"${CUDA_HOME:-/usr/local/cuda}/bin/nvcc\"", out, sizeof out) != 0)
        SKIP("nvcc not found (PATH, $CUDA_HOME/bin, /usr/local/cuda/bin): cannot rebuild kernels.ptx to compare");
    rc = sd_test_run_command("\"$(command -v nvcc || echo \"${CUDA_HOME:-/usr/local/cuda}/bin/nvcc\")\" --version", out, sizeof out);
    line = strstr(out, "release ");
    if (rc == 0 && line) sscanf(line, "release %127[^\n]", have);
    f = fopen("kernels.ptx", "r");
    REQUIRE(f, "kernels.ptx is missing from the repository root");
    while (fgets(cmd, sizeof cmd, f) && cmd[0] == '/')
        if ((line = strstr(cmd, "release "))) sscanf(line, "release %127[^\n]", want);
    fclose(f);
    REQUIRE(want[0], "kernels.ptx has no nvcc release line: it was not made by tools/build_kernels.sh");
    if (strcmp(have, want) != 0) SKIP("kernels.ptx was built by nvcc release %s, this nvcc is release %s", want, have);
    sd_test_tmp(tmp, sizeof tmp, "kernels.ptx");
    snprintf(cmd, sizeof cmd, "tools/build_kernels.sh %s && cmp %s kernels.ptx", tmp, tmp);
    rc = sd_test_run_command(cmd, out, sizeof out);
    CHECK(rc == 0, "kernels.ptx is stale against src/kernels: run tools/build_kernels.sh and commit it\n%s", out);
    remove(tmp);
}

/* kernels.ptx states PTX ISA 8.0 (CUDA 12.0, drivers R525 and newer: the floor the README
   names), and ptxas, where installed, assembles it for sm_80 as it is, which it refuses when an
   instruction needs a newer ISA than the file states. */
static void test_cuda_ptx_driver_floor(sd_tester *t) {
    char line[256], cmd[1024], out[4096];
    int found = 0;
    FILE *f = fopen("kernels.ptx", "r");
    REQUIRE(f, "kernels.ptx is missing from the repository root");
    while (!found && fgets(line, sizeof line, f)) found = strncmp(line, ".version ", 9) == 0;
    fclose(f);
    CHECK(found && strcmp(line, ".version 8.0\n") == 0, "kernels.ptx: %s", found ? line : "no .version line");
    if (sd_test_run_command("command -v ptxas || test -x \"${CUDA_HOME:-/usr/local/cuda}/bin/ptxas\"", out, sizeof out) != 0)
        SKIP("ptxas not found: checked only the .version line");
    snprintf(cmd, sizeof cmd, "PATH=\"$PATH:${CUDA_HOME:-/usr/local/cuda}/bin\" ptxas -arch=sm_80 -o /dev/null kernels.ptx");
    CHECK(sd_test_run_command(cmd, out, sizeof out) == 0, "ptxas refuses kernels.ptx for sm_80 at its own .version:\n%s", out);
}

/* sd_kernels_ptx.h is what tools/embed_kernels.sh makes of kernels.ptx. */
static void test_cuda_embedded_kernels_are_fresh(sd_tester *t) {
    char path[256], cmd[1024], out[4096];
    sd_test_tmp(path, sizeof path, "sd_kernels_ptx.h");
    snprintf(cmd, sizeof cmd, "sh tools/embed_kernels.sh kernels.ptx %s && cmp %s sd_kernels_ptx.h", path, path);
    CHECK(sd_test_run_command(cmd, out, sizeof out) == 0, "sd_kernels_ptx.h is stale: run tools/embed_kernels.sh\n%s", out);
    remove(path);
}

/* Under fakecuda (built here, with c++, into a temporary folder), three first runs of a user's:
   - cuBLAS 13 that cannot create a handle (a driver older than CUDA 13) gives way to cuBLAS 12,
     and -v says why with cuBLAS's status name;
   - the CLI copied without kernels.ptx, run from a folder without one, with --backend auto:
     one WARN line without -v says the GPU is not used and why, and the image is made on the CPU;
   - a program built with SD_EMBED_KERNELS runs on the CUDA backend with no kernels.ptx on disk. */
static void test_cuda_first_runs_under_fakecuda(sd_tester *t) {
    static const char program[] =
        "#define SD_EMBED_KERNELS\n#define SD_IMPLEMENTATION\n#include \"sd_single.h\"\n#include <stdio.h>\n"
        "static void say(void *u, sd_log_level l, const char *m) { (void)u; (void)l; printf(\"%s\\n\", m); }\n"
        "int main(int argc, char **argv) {\n"
        "    sd_desc d; sd_params p; sd_image im; sd_ctx *c = NULL; sd_result r;\n"
        "    memset(&d, 0, sizeof d); memset(&p, 0, sizeof p); memset(&im, 0, sizeof im);\n"
        "    d.model_path = argc > 1 ? argv[1] : \"\"; d.backend = SD_BACKEND_CUDA; d.logger.func = say;\n"
        "    r = sd_create(&d, &c);\n"
        "    if (r == SD_OK) { p.prompt = \"a cat\"; p.width = p.height = 16; p.steps = 1; p.guidance = 1; r = sd_txt2img(c, &p, &im); }\n"
        "    printf(\"result %d: %s\\n\", (int)r, c ? sd_last_error(c) : \"\");\n"
        "    sd_image_free(c, &im); sd_destroy(c); return r == SD_OK ? 0 : 1;\n}\n";
    char dir[256], root[1024], cmd[6144], out[8192];
    if (!getenv("CXX") && sd_test_run_command("command -v c++", out, sizeof out) != 0) SKIP("no c++ to build fakecuda");
    REQUIRE(getcwd(root, sizeof root), "getcwd");
    sd_test_tmp(dir, sizeof dir, "fakecuda");
    sd_test_remove_folder(dir);
    REQUIRE(mkdir(dir, 0700) == 0, "mkdir %s", dir);
    snprintf(cmd, sizeof cmd, "sh tests/fakecuda/build.sh %s/lib", dir);
    REQUIRE(sd_test_run_command(cmd, out, sizeof out) == 0, "building fakecuda:\n%s", out);
    /* the cuBLAS fallback */
    snprintf(cmd, sizeof cmd, "SD_AUTOTUNE=0 LD_LIBRARY_PATH=%s/lib/fallback:%s/lib %s -m %s -p x --backend cuda -W 16 -H 16 "
             "--steps 1 --cfg 1 -v -o %s/fallback.png", dir, dir, SD_TEST_CLI, TINY_SD_FOLDER, dir);
    CHECK(sd_test_run_command(cmd, out, sizeof out) == 0 &&
              strstr(out, "using libcublas.so.12 after: libcublas.so.13 (cuBLAS 13.1.0): cublasCreate failed: "
                          "CUBLAS_STATUS_NOT_INITIALIZED") && strstr(out, "cuBLAS 12.9.3"),
          "cuBLAS fallback:\n%s", out);
    /* no kernels anywhere: one warning, then the CPU */
    snprintf(cmd, sizeof cmd, "cp %s %s/sd && cd %s && SD_AUTOTUNE=0 LD_LIBRARY_PATH=%s/lib ./sd -m %s/%s -p x -W 16 -H 16 "
             "--steps 1 --cfg 1 -o auto.png", SD_TEST_CLI, dir, dir, dir, root, TINY_SD_FOLDER);
    CHECK(sd_test_run_command(cmd, out, sizeof out) == 0 &&
              strstr(out, "[warn] an NVIDIA GPU is here but the CUDA backend did not start") &&
              strstr(out, "CUDA kernels not found") && strstr(out, "wrote auto.png"),
          "auto without kernels:\n%s", out);
    /* the kernels compiled in */
    snprintf(cmd, sizeof cmd, "%s/embedded.c", dir);
    REQUIRE(sd_test_write_file(cmd, program, sizeof program - 1), "write the program");
    snprintf(cmd, sizeof cmd, "%s -std=c99 -O1 -Wall -Wextra -pedantic -Werror -I%s -o %s/embedded %s/embedded.c -lm -lpthread -ldl "
             "&& cd %s && SD_AUTOTUNE=0 LD_LIBRARY_PATH=%s/lib ./embedded %s/%s", getenv("CC") ? getenv("CC") : "cc", root, dir,
             dir, dir, dir, root, TINY_SD_FOLDER);
    CHECK(sd_test_run_command(cmd, out, sizeof out) == 0 && strstr(out, "kernels from (compiled in)") &&
              strstr(out, "fakecuda") && strstr(out, "result 0"),
          "SD_EMBED_KERNELS:\n%s", out);
    sd_test_remove_folder(dir);
}

/* fakecuda fills shared memory with NaN bits before each block, as a GPU's holds what the last
   block left: a kernel that reads shared memory it never wrote fails its test. A copy of the
   kernels without the flash kernel's padding-zeroing loop (the Q K^T columns past the head size)
   is built into fakecuda, and test_cuda_gpu_flash_attention must fail on it, and pass on the
   kernels as they are (when fakecuda's shared memory started as zeros, it passed on both). */
static void test_cuda_fakecuda_poison_catches_unwritten_shared(sd_tester *t) {
    char dir[256], cmd[3072], out[8192];
    int variant;
    if (!getenv("CXX") && sd_test_run_command("command -v c++", out, sizeof out) != 0) SKIP("no c++ to build fakecuda");
    sd_test_tmp(dir, sizeof dir, "poison");
    sd_test_remove_folder(dir);
    REQUIRE(mkdir(dir, 0700) == 0, "mkdir %s", dir);
    snprintf(cmd, sizeof cmd, "cp -r src/kernels %s/kernels && sed -i '/the padding columns of Q K^T/,+2d' %s/kernels/flash_attention.cu "
             "&& ! grep -q 'D + i %% PAD' %s/kernels/flash_attention.cu", dir, dir, dir);
    REQUIRE(sd_test_run_command(cmd, out, sizeof out) == 0, "could not delete the padding loop from a copy:\n%s", out);
    for (variant = 0; variant < 2; variant++) { /* 0: the kernels as they are; 1: the broken copy */
        snprintf(cmd, sizeof cmd, "FAKECUDA_KERNELS=%s/%s sh tests/fakecuda/build.sh %s/lib%d && SD_AUTOTUNE=0 LD_LIBRARY_PATH=%s/lib%d "
                 "./%s/test_sd test_cuda_gpu_flash_attention", variant ? dir : "\"$(pwd)\"", variant ? "kernels" : "src/kernels",
                 dir, variant, dir, variant, SD_TEST_BUILD);
        sd_test_run_command(cmd, out, sizeof out);
        if (variant == 0) CHECK(strstr(out, "ok   test_cuda_gpu_flash_attention") != NULL, "the kernels as they are:\n%s", out);
        else CHECK(strstr(out, "FAIL test_cuda_gpu_flash_attention") != NULL, "without the padding loop:\n%s", out);
    }
    sd_test_remove_folder(dir);
}

/* The search order of kernels.ptx: sd_desc.kernels_path, $SD_KERNELS, (the compiled-in kernels,)
   the executable's folder (where make copies it), the current folder (the tests run from the
   repository root, which holds it). */
static void test_cuda_finds_kernels(sd_tester *t) {
    sd__env env = sd_test_env();
    const char *saved = getenv("SD_KERNELS");
    char *keep = saved ? strdup(saved) : NULL, *path = NULL;
    CHECK(sd__cuda_find_kernels(&env, "/nonexistent/sd/kernels.ptx", &path) == SD_ERR_BACKEND && !path &&
              strstr(env.message, "/nonexistent/sd/kernels.ptx") && strstr(env.message, "sd_desc.kernels_path"),
          "a missing explicit path: %s", env.message);
    CHECK(sd__cuda_find_kernels(&env, ".", &path) == SD_OK && path && strcmp(path, "./kernels.ptx") == 0,
          "a folder holding kernels.ptx: %s", path ? path : env.message);
    sd__free(&env, path);
    path = NULL;
    setenv("SD_KERNELS", "/nonexistent/env/kernels.ptx", 1);
    CHECK(sd__cuda_find_kernels(&env, NULL, &path) == SD_ERR_BACKEND && strstr(env.message, "$SD_KERNELS") &&
              strstr(env.message, "/nonexistent/env/kernels.ptx"),
          "a missing $SD_KERNELS: %s", env.message);
    CHECK(sd__cuda_find_kernels(&env, "kernels.ptx", &path) == SD_OK && path && strcmp(path, "kernels.ptx") == 0,
          "sd_desc.kernels_path wins over $SD_KERNELS");
    sd__free(&env, path);
    path = NULL;
    unsetenv("SD_KERNELS");
#ifdef SD_EMBED_KERNELS
    CHECK(sd__cuda_find_kernels(&env, NULL, &path) == SD_OK && !path, "the compiled-in kernels: %s", path ? path : env.message);
#else
    if (sd__is_file(SD_TEST_BUILD "/kernels.ptx")) { /* make puts it beside the executables */
        const char *tail = "/" SD_TEST_BUILD "/kernels.ptx";
        CHECK(sd__cuda_find_kernels(&env, NULL, &path) == SD_OK && path && strlen(path) >= strlen(tail) &&
                  strcmp(path + strlen(path) - strlen(tail), tail) == 0,
              "the executable's folder: %s", path ? path : env.message);
    } else {
        CHECK(sd__cuda_find_kernels(&env, NULL, &path) == SD_OK && path && strcmp(path, "kernels.ptx") == 0,
              "the current folder: %s", path ? path : env.message);
    }
#endif
    sd__free(&env, path);
    if (keep) setenv("SD_KERNELS", keep, 1);
    free(keep);
    CHECK(env.host_bytes == 0, "leak");
}

static void test_cuda_loader_without_driver(sd_tester *t) {
    static const char *const missing[] = {"libsd-test-no-such-cuda-driver.so.1", NULL};
    sd__env env = sd_test_env();
    sd__cuda_api api;
    memset(&api, 0, sizeof api);
    CHECK(sd__cuda_load_driver(&env, missing, &api) == SD_ERR_BACKEND && !api.driver_lib && !api.cuInit,
          "a missing driver fails");
    CHECK(strncmp(env.message, "no CUDA driver: ", 16) == 0 && strstr(env.message, "libsd-test-no-such-cuda-driver.so.1"),
          "message: %s", env.message);
    CHECK(env.host_bytes == 0, "leak");
}

/* The SDK's stub libcuda exports the whole driver API and fails cuInit: every symbol of the
   table must resolve in it, and its cuInit failure is reported as no driver. */
static void test_cuda_sdk_stub_driver(sd_tester *t) {
    static const char *const real[] = {"libcuda.so.1", NULL};
    const char *home = getenv("CUDA_HOME");
    char stub[512];
    const char *names[2];
    sd__env env = sd_test_env();
    sd__cuda_api api;
    memset(&api, 0, sizeof api);
    if (sd__cuda_load_driver(&env, real, &api) == SD_OK) {
        sd__cuda_unload(&api, 0);
        SKIP("a real CUDA driver is installed (the GPU tests use it)");
    }
    snprintf(stub, sizeof stub, "%s/lib64/stubs/libcuda.so", home && *home ? home : "/usr/local/cuda");
    if (!sd__is_file(stub)) SKIP("no CUDA SDK stub driver at %.200s", stub);
    names[0] = stub;
    names[1] = NULL;
    REQUIRE(sd__cuda_load_driver(&env, names, &api) == SD_OK, "the stub lacks a symbol: %s", env.message);
    CHECK(api.cuInit(0) == SD__CUDA_ERROR_STUB_LIBRARY, "the stub's cuInit fails with CUDA_ERROR_STUB_LIBRARY");
    sd__cuda_unload(&api, 0);
    CHECK(!api.driver_lib, "unloaded");
}

/* cuBLAS loads (by soname, as on a GPU machine) and its version is checked without a GPU. */
static void test_cuda_blas_loads(sd_tester *t) {
    sd__env env = sd_test_env();
    sd__cuda_api api;
    int version = 0;
    memset(&api, 0, sizeof api);
    CHECK(sd__cuda_blas_version_ok(&env, 110402) == SD_ERR_BACKEND && strstr(env.message, "cuBLAS 11.4.2 is not supported"),
          "cuBLAS 11 rejected: %s", env.message);
    CHECK(sd__cuda_blas_version_ok(&env, 140000) == SD_ERR_BACKEND, "cuBLAS 14 rejected");
    CHECK(sd__cuda_blas_version_ok(&env, 120903) == SD_OK && sd__cuda_blas_version_ok(&env, 130100) == SD_OK, "12, 13 accepted");
    sd__clear_error(&env);
    if (sd__cuda_load_blas(&env, sd__cuda_blas_libs, &api, &version) != SD_OK) {
        CHECK(strncmp(env.message, "no cuBLAS", 9) == 0, "a missing cuBLAS is reported as such: %s", env.message);
        SKIP("%.200s", env.message);
    }
    CHECK(version / 10000 == 12 || version / 10000 == 13, "version %d", version);
    CHECK(api.cublasCreate && api.cublasGemmEx && api.cublasGemmStridedBatchedEx && api.cublasSetMathMode, "symbols");
    sd__cuda_unload(&api, 0);
    CHECK(env.host_bytes == 0, "leak");
}

/* SD_CUDA_LINKED binds the table to the SDK's functions: as C++ (exact function types) this
   only compiles when every declaration here matches cuda.h and cublas_api.h. */
static void test_cuda_linked_build_matches_sdk(sd_tester *t) {
    static const char src[] = "#define SD_IMPLEMENTATION\n#define SD_CUDA_LINKED\n#include \"sd_single.h\"\n"
                              "int main(void) { sd_ctx *c = 0; sd_result r = sd_create(0, &c); sd_destroy(c); return (int)r; }\n";
    const char *home = getenv("CUDA_HOME"), *cxx = getenv("CXX");
    char cuda[256], path[256], exe[256], header[300], cmd[2048], out[4096];
    snprintf(cuda, sizeof cuda, "%s", home && *home ? home : "/usr/local/cuda");
    snprintf(header, sizeof header, "%s/include/cublas_v2.h", cuda);
    if (!sd__is_file(header)) SKIP("no CUDA SDK headers at %.200s/include", cuda);
    sd_test_tmp(path, sizeof path, "linked.cc");
    sd_test_tmp(exe, sizeof exe, "linked");
    REQUIRE(sd_test_write_file(path, src, sizeof src - 1), "write %s", path);
    snprintf(cmd, sizeof cmd,
             "%s -x c++ -std=c++11 -Wall -Wextra -pedantic -Werror -I. -isystem %s/include -o %s %s -L%s/lib64/stubs "
             "-L%s/lib64 -lcuda -lcublas -lm -lpthread -ldl",
             cxx ? cxx : "c++", cuda, exe, path, cuda, cuda);
    CHECK(sd_test_run_command(cmd, out, sizeof out) == 0, "SD_CUDA_LINKED build:\n%s", out);
    remove(path);
    remove(exe);
}

/* Which attentions take a flash kernel: 16-bit storage, slicing off, d in {40, 64, 80, 160},
   B * heads within a grid dimension, 16-byte aligned tensors (the choice needs no GPU). */
static void test_cuda_flash_selection(sd_tester *t) {
    static const struct { int d; sd__cuda_kernel kernel; } dims[4] = {
        {40, SD__K_FLASH_D40}, {64, SD__K_FLASH_D64}, {80, SD__K_FLASH_D80}, {160, SD__K_FLASH_D160}};
    sd__cuda_backend cb;
    sd__tensor q, k, y;
    size_t i;
    memset(&cb, 0, sizeof cb);
    memset(&q, 0, sizeof q);
    cb.dtype = SD__F16;
    cb.flash_attention = 1;
    q.n = 2; q.h = 1; q.w = 4096;
    q.data = (void *)(uintptr_t)4096; /* only the address is looked at */
    k = q;
    k.w = 77;
    for (i = 0; i < SD__COUNT(dims); i++) {
        q.c = k.c = 8 * dims[i].d;
        y = q;
        CHECK(sd__cuda_flash_kernel(&cb, &q, 8, 0) == (int)dims[i].kernel, "d = %d", dims[i].d);
    }
    cb.dtype = SD__BF16;
    CHECK(sd__cuda_flash_kernel(&cb, &q, 8, 0) == (int)SD__K_FLASH_D160, "bf16");
    CHECK(sd__cuda_flash_kernel(&cb, &q, 8, 2) == -1, "slicing on: the GEMM path");
    CHECK(sd__cuda_flash_kernel(&cb, &q, 10, 0) == -1, "d = 128: no kernel");
    CHECK(sd__cuda_flash_kernel(&cb, &q, 40, 0) == -1, "d = 32: no kernel");
    cb.flash_attention = 0;
    CHECK(sd__cuda_flash_kernel(&cb, &q, 8, 0) == -1, "switched off");
    cb.flash_attention = 1;
    cb.dtype = SD__F32;
    CHECK(sd__cuda_flash_kernel(&cb, &q, 8, 0) == -1, "float storage");
    cb.dtype = SD__F16;
    CHECK(sd__cuda_flash_aligned(&q, &k, &k, &y), "16-byte aligned tensors");
    k.data = (void *)(uintptr_t)4104;
    CHECK(!sd__cuda_flash_aligned(&q, &k, &k, &y), "k 8-byte aligned");
    k.data = q.data;
    q.n = y.n = k.n = 8192;
    CHECK(sd__cuda_flash_kernel(&cb, &q, 8, 0) == -1, "65536 (sample, head) pairs: more than a grid's y");
    q.n = y.n = k.n = 8191;
    CHECK(sd__cuda_flash_kernel(&cb, &q, 8, 0) == (int)SD__K_FLASH_D160, "65528 pairs");
}

typedef struct sd_cuda_log {
    int errors, unavailable_info;
    char first_error[256];
} sd_cuda_log;

static void sd_cuda_on_log(void *user, sd_log_level level, const char *message) {
    sd_cuda_log *log = (sd_cuda_log *)user;
    if (level == SD_LOG_ERROR && log->errors++ == 0) snprintf(log->first_error, sizeof log->first_error, "%s", message);
    if (level == SD_LOG_INFO && strstr(message, "CUDA backend unavailable (")) log->unavailable_info++;
}

/* The autotune cache file as text: this device's entries are read, other devices' lines are
   counted (and kept by a save), a wrong header or any malformed line makes the whole file
   ignored, and a save then load round-trips. Pure host code: runs on any machine. */
static void test_cuda_autotune_cache_file(sd_tester *t) {
    static const char *const names[3] = {"fast", "slow", "cublas"};
    static const struct { const char *text; sd__tune_status status; size_t entries, foreign; } cases[] = {
        {"sd_single autotune 1\n", SD__TUNE_READ, 0, 0},
        {"sd_single autotune 1\ngpu A\tconv x\tfast\t0.5\ngpu B\tconv x\tslow\t1\ngpu A\tconv y\tcublas\t2.25", SD__TUNE_READ, 2, 1},
        {"sd_single autotune 1\ngpu B\tconv x\ta newer variant\tsoon\n", SD__TUNE_READ, 0, 1}, /* not ours to judge */
        {"sd_single autotune 1\ngpu B\tconv x\tfast\n", SD__TUNE_CORRUPT, 0, 0},
        {"sd_single autotune 1\ngpu A\tconv x\tfast\t0.5\ngpu A\tconv y\tfaster\t0.1\n", SD__TUNE_CORRUPT, 0, 0},
        {"sd_single autotune 1\ngpu A\tconv x\tfast\n", SD__TUNE_CORRUPT, 0, 0},
        {"sd_single autotune 1\ngpu A\tconv x\tfast\t0.5\textra\n", SD__TUNE_CORRUPT, 0, 0},
        {"sd_single autotune 1\ngpu A\tconv x\tfast\t-1\n", SD__TUNE_CORRUPT, 0, 0},
        {"sd_single autotune 1\ngpu A\tconv x\tfast\t0.5x\n", SD__TUNE_CORRUPT, 0, 0},
        {"sd_single autotune 1\n\n", SD__TUNE_CORRUPT, 0, 0},
        {"sd_single autotune 2\ngpu A\tconv x\tfast\t0.5\n", SD__TUNE_NOT_A_CACHE, 0, 0},
        {"\x89PNG\r\n", SD__TUNE_NOT_A_CACHE, 0, 0},
        {"", SD__TUNE_NOT_A_CACHE, 0, 0}};
    sd__env env = sd_test_env();
    sd__tune_cache cache;
    char path[256], text[512], *saved = NULL;
    size_t k, foreign, line;
    memset(&cache, 0, sizeof cache);
    cache.names = names;
    cache.name_count = 3;
    snprintf(cache.device, sizeof cache.device, "gpu A");
    for (k = 0; k < SD__COUNT(cases); k++) {
        sd__tune_status status;
        snprintf(text, sizeof text, "%s", cases[k].text);
        status = sd__tune_parse(&env, &cache, text, strlen(text), &foreign, &line);
        CHECK(status == cases[k].status && cache.count == cases[k].entries && (status != SD__TUNE_READ || foreign == cases[k].foreign),
              "case %lu: status %d, %lu entries, %lu foreign", (unsigned long)k, (int)status, (unsigned long)cache.count,
              (unsigned long)foreign);
        if (k == 1)
            CHECK(sd__tune_find(&cache, "conv x") == 0 && sd__tune_find(&cache, "conv y") == 2 && sd__tune_find(&cache, "conv z") == -1 &&
                      cache.entries[1].ms == 2.25f, "the entries of gpu A");
        if (k == 4) CHECK(line == 3, "the fault is on line %lu", (unsigned long)line);
        cache.count = 0;
    }
    /* save keeps gpu B's line, then a load reads back gpu A's entries only */
    sd_test_tmp(path, sizeof path, "tune/sub/autotune.txt");
    snprintf(text, sizeof text, "%s", cases[1].text);
    sd__tune_make_dirs(path);
    CHECK(sd_test_write_file(path, text, strlen(text)), "write %s", path);
    CHECK(sd__tune_add(&env, &cache, "conv\tz", 1, 3.0f) && sd__tune_find(&cache, "conv z") == 1, "tabs in keys become spaces");
    sd__tune_save(&env, &cache, path);
    cache.count = 0;
    sd__tune_load(&env, &cache, path);
    CHECK(cache.count == 1 && sd__tune_find(&cache, "conv z") == 1, "%lu entries read back", (unsigned long)cache.count);
    CHECK(sd__read_file(&env, path, 1 << 20, &saved, NULL) == SD_OK && strstr(saved, "gpu B\tconv x\tslow\t1\n") &&
              !strstr(saved, "gpu A\tconv x") && strstr(saved, "gpu A\tconv z\tslow\t3.0000\n"),
          "the saved file: %s", saved ? saved : env.message);
    sd__free(&env, saved);
    /* a corrupt file: ignored (nothing read, no error), and the next save replaces it */
    CHECK(sd_test_write_file(path, "sd_single autotune 1\ngarbage\n", 29), "write %s", path);
    cache.count = 0;
    sd__tune_load(&env, &cache, path);
    CHECK(cache.count == 0 && env.code == SD_OK, "corrupt file: %lu entries, error '%s'", (unsigned long)cache.count, env.message);
    sd__tune_load(&env, &cache, "/nonexistent/autotune.txt");
    CHECK(cache.count == 0 && env.code == SD_OK, "a missing file has no entries");
    sd__tune_free(&env, &cache);
    remove(path);
    rmdir(sd_test_tmp(path, sizeof path, "tune/sub"));
    rmdir(sd_test_tmp(path, sizeof path, "tune"));
    CHECK(env.host_bytes == 0, "%lu host bytes leaked", (unsigned long)env.host_bytes);
}

/* The cache's location: $SD_AUTOTUNE_CACHE, else under $XDG_CACHE_HOME, else under ~/.cache. */
static void test_cuda_autotune_cache_path(sd_tester *t) {
    static const char *const vars[3] = {"SD_AUTOTUNE_CACHE", "XDG_CACHE_HOME", "HOME"};
    char *keep[3], *path;
    sd__env env = sd_test_env();
    int i;
    for (i = 0; i < 3; i++) {
        keep[i] = getenv(vars[i]) ? strdup(getenv(vars[i])) : NULL;
        unsetenv(vars[i]);
    }
    CHECK(sd__tune_path(&env) == NULL, "no variable: no cache");
    setenv("HOME", "/home/u", 1);
    path = sd__tune_path(&env);
    CHECK(path && strcmp(path, "/home/u/.cache/sd_single/autotune.txt") == 0, "HOME: %s", path ? path : "NULL");
    sd__free(&env, path);
    setenv("XDG_CACHE_HOME", "/xdg", 1);
    path = sd__tune_path(&env);
    CHECK(path && strcmp(path, "/xdg/sd_single/autotune.txt") == 0, "XDG_CACHE_HOME: %s", path ? path : "NULL");
    sd__free(&env, path);
    setenv("SD_AUTOTUNE_CACHE", "/tmp/x.txt", 1);
    path = sd__tune_path(&env);
    CHECK(path && strcmp(path, "/tmp/x.txt") == 0, "SD_AUTOTUNE_CACHE: %s", path ? path : "NULL");
    sd__free(&env, path);
    for (i = 0; i < 3; i++) {
        if (keep[i]) setenv(vars[i], keep[i], 1);
        else unsetenv(vars[i]);
        free(keep[i]);
    }
    CHECK(env.host_bytes == 0, "%lu host bytes leaked", (unsigned long)env.host_bytes);
}

/* Through the public API with the tiny model: auto uses CUDA when it works and otherwise logs why
   (INFO, no ERROR line) and uses the CPU; cuda fails with the reason. Nothing leaks either way. */
static void test_cuda_backend_choice(sd_tester *t) {
    char reason[1024];
    const int cuda = sd_cuda_available(t, reason, sizeof reason);
    int i;
    if (cuda < 0) return;
    for (i = 0; i < 2; i++) {
        sd_test_alloc_stats stats = {0, 0};
        sd_cuda_log log;
        sd_desc desc;
        sd_ctx *ctx = NULL;
        sd_result r;
        memset(&log, 0, sizeof log);
        memset(&desc, 0, sizeof desc);
        desc.model_path = TINY_SD_FOLDER;
        desc.backend = i == 0 ? SD_BACKEND_AUTO : SD_BACKEND_CUDA;
        desc.threads = 2;
        desc.logger.func = sd_cuda_on_log;
        desc.logger.user_data = &log;
        desc.allocator.alloc = sd_test_alloc;
        desc.allocator.free = sd_test_free;
        desc.allocator.user_data = &stats;
        r = sd_create(&desc, &ctx);
        if (cuda) {
            CHECK(r == SD_OK && strcmp(sd_backend_name(ctx), "cuda") == 0, "%s: %s",
                  i ? "cuda" : "auto", sd_last_error(ctx));
        } else if (i == 0) {
            CHECK(r == SD_OK && strcmp(sd_backend_name(ctx), "cpu") == 0, "auto falls back to the CPU: %s", sd_last_error(ctx));
            CHECK(log.unavailable_info == 1 && log.errors == 0, "auto logs the reason as INFO only (%d INFO, %d ERROR: %s)",
                  log.unavailable_info, log.errors, log.first_error);
        } else {
            CHECK(r == SD_ERR_BACKEND && strcmp(sd_last_error(ctx), reason) == 0, "cuda fails with the reason: %d '%s'",
                  (int)r, sd_last_error(ctx));
            CHECK(log.errors == 1 && strcmp(log.first_error, reason) == 0, "and logs it as an ERROR: '%s'", log.first_error);
        }
        sd_destroy(ctx);
        CHECK(stats.calls > 0 && stats.live == 0, "%s: %lu allocations live after sd_destroy", i ? "cuda" : "auto",
              (unsigned long)stats.live);
    }
}

/* --------------------------------------------------------------------------------------------
   With a GPU: every op against the CPU backend. Inputs are rounded to the precision's storage
   first (as the GPU stores them), so the comparison measures the kernels, not the format.
   -------------------------------------------------------------------------------------------- */
typedef struct sd_cuda_pair {
    sd__env env;
    sd__backend *b[2]; /* 0: CPU, 1: CUDA */
    sd_precision precision;
} sd_cuda_pair;

typedef void (*sd_cuda_case_fn)(sd_tester *t, sd_cuda_pair *p);

/* x rounded to the storage of p (round half to even, as the GPU converts): 11 significant bits
   for fp16 (quantum 2^-24 below 2^-14), 8 for bf16; float otherwise. */
static float sd_cuda_round(float x, sd_precision p) {
    double q;
    int e;
    if ((p != SD_PRECISION_FP16 && p != SD_PRECISION_BF16) || x == 0.0f) return x;
    frexp((double)x, &e); /* |x| in [2^(e-1), 2^e) */
    q = p == SD_PRECISION_FP16 ? ldexp(1.0, SD__MAX(e - 11, -24)) : ldexp(1.0, e - 8);
    return (float)(nearbyint((double)x / q) * q);
}

/* A malloc'd copy of n random values in [-1, 1) (seed), rounded to p's storage and scaled. */
static float *sd_cuda_random(const sd_cuda_pair *p, size_t n, unsigned seed, float scale, float offset) {
    float *v = sd_ops_random_new(n, seed);
    size_t i;
    for (i = 0; i < n; i++) v[i] = sd_cuda_round(v[i] * scale + offset, p->precision);
    return v;
}

/* The same activation on both backends (NULL data: uninitialized). */
static void sd_cuda_tensors(sd_cuda_pair *p, sd__tensor t[2], int n, int h, int w, int c, const float *data) {
    int i;
    for (i = 0; i < 2; i++) t[i] = sd_ops_tensor(p->b[i], n, h, w, c, data);
}

static void sd_cuda_weights(sd_cuda_pair *p, sd__tensor t[2], sd__weight_kind kind, int n, int h, int w, int c, const float *data) {
    int i;
    for (i = 0; i < 2; i++) t[i] = sd_ops_weight(p->b[i], kind, n, h, w, c, data);
}

static void sd_cuda_drop(sd_cuda_pair *p, sd__tensor t[2]) {
    int i;
    for (i = 0; i < 2; i++) sd__t_drop(p->b[i], &t[i]);
}

/* Reads y from both backends and checks the CUDA result against the CPU's. */
static void sd_cuda_compare(sd_tester *t, sd_cuda_pair *p, const sd__tensor y[2], const char *what) {
    size_t n = sd__tensor_count(&y[0]);
    float *got[2];
    double err;
    int i;
    for (i = 0; i < 2; i++) {
        got[i] = (float *)calloc(n, sizeof(float));
        p->b[i]->ops->read(p->b[i], &y[i], got[i]);
    }
    err = sd_test_rel_err(got[1], got[0], n);
    CHECK(p->b[0]->status == SD_OK && p->b[1]->status == SD_OK, "%s %s: %s", sd_cuda_precision_name(p->precision), what,
          p->env.message);
    CHECK(err <= sd_cuda_op_tol(p->precision), "%s %s: max|diff|/max|ref| = %.3g > %.0e", sd_cuda_precision_name(p->precision),
          what, err, sd_cuda_op_tol(p->precision));
    for (i = 0; i < 2; i++) free(got[i]);
}

/* Runs fn on a CPU/CUDA pair at every precision. 0 when the machine has no CUDA (reason set). */
static int sd_cuda_each_precision(sd_tester *t, sd_cuda_case_fn fn, char *reason, size_t size) {
    size_t k;
    for (k = 0; k < SD__COUNT(sd_cuda_precisions); k++) {
        sd_cuda_pair p;
        int i, r;
        memset(&p, 0, sizeof p);
        p.precision = sd_cuda_precisions[k];
        if ((r = sd_cuda_open(t, &p.env, p.precision, 0, &p.b[1], reason, size)) <= 0) return r == 0 ? 0 : 1;
        if (sd__cpu_backend_create(&p.env, 2, SD_PRECISION_FP32, &p.b[0]) != SD_OK) {
            CHECK(0, "cpu backend: %s", p.env.message);
            p.b[1]->ops->destroy(p.b[1]);
            return 1;
        }
        fn(t, &p);
        CHECK(p.b[1]->bytes_in_use == ((sd__cuda_backend *)p.b[1])->work_bytes, "cuda backend: %lu bytes in use besides the work buffer",
              (unsigned long)(p.b[1]->bytes_in_use - ((sd__cuda_backend *)p.b[1])->work_bytes));
        for (i = 0; i < 2; i++) {
            CHECK(p.b[i]->status == SD_OK, "%s backend after the cases: %s", p.b[i]->ops->name, p.env.message);
            p.b[i]->ops->destroy(p.b[i]);
        }
        CHECK(p.env.host_bytes == 0, "%lu host bytes leaked", (unsigned long)p.env.host_bytes);
    }
    return 1;
}

#define SD_CUDA_EACH_PRECISION(t, fn)                                                              \
    do {                                                                                           \
        char reason_[1024];                                                                        \
        if (!sd_cuda_each_precision((t), (fn), reason_, sizeof reason_)) SKIP("%.200s", reason_);      \
    } while (0)

static void sd_cuda_conv_case(sd_tester *t, sd_cuda_pair *p, int n, int h, int w, int cin, int cout, int k, int stride,
                              int pad, int with_bias, int with_residual, size_t im2col_bytes) {
    const int oh = (h + pad + k / 2 - k) / stride + 1, ow = (w + pad + k / 2 - k) / stride + 1;
    const size_t out_count = (size_t)n * oh * ow * cout;
    float *xv = sd_cuda_random(p, (size_t)n * h * w * cin, 5, 1.0f, 0.0f);
    float *wv = sd_cuda_random(p, (size_t)cout * cin * k * k, 6, 1.0f, 0.0f);
    float *bv = sd_ops_random_new((size_t)cout, 7), *rv = sd_cuda_random(p, out_count, 8, 1.0f, 0.0f);
    sd__tensor x[2], wt[2], bias[2], res[2], y[2];
    char what[160];
    int i;
    ((sd__cuda_backend *)p->b[1])->im2col_bytes = im2col_bytes;
    sd_cuda_tensors(p, x, n, h, w, cin, xv);
    sd_cuda_weights(p, wt, SD__W_CONV, cout, k, k, cin, wv);
    sd_cuda_weights(p, bias, SD__W_VECTOR, 1, 1, 1, cout, bv);
    sd_cuda_tensors(p, res, n, oh, ow, cout, rv);
    sd_cuda_tensors(p, y, n, oh, ow, cout, NULL);
    for (i = 0; i < 2; i++)
        p->b[i]->ops->conv2d(p->b[i], &x[i], &wt[i], with_bias ? &bias[i] : NULL, with_residual ? &res[i] : NULL, stride,
                             pad, &y[i]);
    snprintf(what, sizeof what, "conv %dx%dx%dx%d -> %d k%d s%d pad %d bias %d residual %d work %lu", n, h, w, cin, cout, k,
             stride, pad, with_bias, with_residual, (unsigned long)im2col_bytes);
    sd_cuda_compare(t, p, y, what);
    sd_cuda_drop(p, x); sd_cuda_drop(p, wt); sd_cuda_drop(p, bias); sd_cuda_drop(p, res); sd_cuda_drop(p, y);
    ((sd__cuda_backend *)p->b[1])->im2col_bytes = SD__CUDA_IM2COL_BYTES;
    free(xv); free(wv); free(bv); free(rv);
}

static void sd_cuda_conv_cases(sd_tester *t, sd_cuda_pair *p) {
    const size_t big = SD__CUDA_IM2COL_BYTES;
    sd_cuda_conv_case(t, p, 2, 7, 5, 3, 19, 3, 1, 1, 1, 0, big);
    sd_cuda_conv_case(t, p, 1, 9, 8, 70, 21, 3, 1, 1, 0, 1, big);   /* K = 630 */
    sd_cuda_conv_case(t, p, 2, 8, 7, 5, 18, 3, 2, 1, 1, 1, big);    /* stride 2, odd width */
    sd_cuda_conv_case(t, p, 1, 8, 9, 8, 16, 3, 2, 0, 1, 0, big);    /* pad 0: the VAE encoder's downsampler */
    sd_cuda_conv_case(t, p, 2, 5, 6, 13, 35, 1, 1, 0, 1, 1, big);   /* 1x1: the image is the GEMM operand */
    sd_cuda_conv_case(t, p, 1, 7, 9, 6, 7, 1, 2, 0, 0, 0, big);     /* 1x1 stride 2 goes through im2col */
    sd_cuda_conv_case(t, p, 2, 16, 16, 64, 96, 3, 1, 1, 1, 1, big); /* tensor-core sizes */
    sd_cuda_conv_case(t, p, 1, 20, 21, 32, 40, 3, 1, 1, 1, 1, 4096); /* a few rows per chunk: ~140 chunks */
    sd_cuda_conv_case(t, p, 1, 11, 12, 9, 16, 3, 2, 1, 0, 1, 1);    /* one row per chunk */
}

static void test_cuda_gpu_conv2d(sd_tester *t) { SD_CUDA_EACH_PRECISION(t, sd_cuda_conv_cases); }

/* The implicit-GEMM conv (fp16, bf16), each tile size forced, against the CPU op: every conv
   shape class SD uses (3x3 stride 1 pad 1, 3x3 stride 2 pad 1 (UNet) and pad 0 (VAE encoder),
   1x1), odd sizes, output channels that are not a multiple of the tile, a K tail (c = 8: K = 72)
   and several K tiles, with and without bias and residual; channels not a multiple of 8 fall
   back to cuBLAS. Sizes stay small for fakecuda's CPU emulation. */
static void sd_cuda_igemm_cases(sd_tester *t, sd_cuda_pair *p) {
    static const struct { int n, h, w, cin, cout, k, stride, pad, bias, residual; } cases[] = {
        {2, 7, 5, 8, 24, 3, 1, 1, 1, 1},   {1, 9, 11, 64, 72, 3, 1, 1, 1, 0}, {2, 8, 7, 16, 16, 3, 2, 1, 0, 1},
        {1, 9, 8, 8, 136, 3, 2, 0, 1, 0},  {2, 5, 6, 40, 8, 1, 1, 0, 1, 1},   {1, 7, 9, 24, 16, 1, 2, 0, 0, 0},
        {1, 13, 12, 32, 64, 3, 1, 1, 0, 0}};
    sd__cuda_backend *cb = (sd__cuda_backend *)p->b[1];
    const size_t big = SD__CUDA_IM2COL_BYTES;
    size_t k;
    int way;
    if (p->precision != SD_PRECISION_FP16 && p->precision != SD_PRECISION_BF16) return; /* no implicit GEMM */
    for (way = 0; way < SD__CONV_CUBLAS; way++) {
        cb->conv_way = way;
        for (k = 0; k < SD__COUNT(cases); k++) {
            const int before = t->current_failed;
            sd_cuda_conv_case(t, p, cases[k].n, cases[k].h, cases[k].w, cases[k].cin, cases[k].cout, cases[k].k, cases[k].stride,
                              cases[k].pad, cases[k].bias, cases[k].residual, big);
            CHECK(t->current_failed == before, "with %s", sd__cuda_conv_way_names[way]);
        }
    }
    sd_cuda_conv_case(t, p, 1, 6, 7, 4, 16, 3, 1, 1, 1, 1, big); /* conv_in's 4 channels: cuBLAS */
    cb->conv_way = -1;
}

static void test_cuda_gpu_conv_igemm(sd_tester *t) { SD_CUDA_EACH_PRECISION(t, sd_cuda_igemm_cases); }

typedef struct sd_cuda_tune_log {
    int ignored; /* "ignoring the cache" warnings */
    int wrong;   /* "igemm_128x128 gives wrong results" warnings */
} sd_cuda_tune_log;

static void sd_cuda_on_tune_log(void *user, sd_log_level level, const char *message) {
    if (level == SD_LOG_WARN && strstr(message, "autotune: ignoring the cache")) ((sd_cuda_tune_log *)user)->ignored++;
    if (level == SD_LOG_WARN && strstr(message, "igemm_128x128 gives wrong results")) ((sd_cuda_tune_log *)user)->wrong++;
}

/* One fp16 conv through a backend with autotune on and the cache at path; returns the backend's
   cache entries afterwards (-1: no backend), and *loaded those it read at creation. With
   `sabotage`, the igemm_128x128 candidate launches the 64x64 kernel on its 128x128 grid, which
   leaves part of the output unwritten (a deliberately wrong candidate), on a shape large enough
   to show it. */
static int sd_cuda_tune_run(sd_tester *t, const char *path, sd_cuda_tune_log *log, int *loaded, int sabotage, char *reason,
                            size_t size) {
    sd_cuda_pair p;
    sd_desc desc;
    sd__tensor x[2], wt[2], y[2];
    float *xv, *wv;
    int entries = -1, i, hw;
    memset(&p, 0, sizeof p);
    memset(&desc, 0, sizeof desc);
    p.precision = desc.precision = SD_PRECISION_FP16;
    desc.autotune = SD_ON;
    p.env.logger.func = sd_cuda_on_tune_log;
    p.env.logger.user_data = log;
    setenv("SD_AUTOTUNE_CACHE", path, 1);
    if (sd__cuda_backend_create(&p.env, &desc, &p.b[1]) != SD_OK) {
        snprintf(reason, size, "%s", p.env.message);
        if (!sd_cuda_unavailable(p.env.message)) CHECK(0, "cuda backend: %s", p.env.message);
        return -1;
    }
    if (sd__cpu_backend_create(&p.env, 1, SD_PRECISION_FP32, &p.b[0]) != SD_OK) {
        CHECK(0, "cpu backend: %s", p.env.message);
        p.b[1]->ops->destroy(p.b[1]);
        return -1;
    }
    *loaded = (int)((sd__cuda_backend *)p.b[1])->tune.count;
    if (sabotage) {
        sd__cuda_backend *cb = (sd__cuda_backend *)p.b[1];
        cb->kernels[SD__K_CONV_128X128] = cb->kernels[SD__K_CONV_64X64];
    }
    hw = sabotage ? 16 : 6; /* 2 x 16 x 15 = 480 pixels: the 64-row kernel on 4 blocks covers 256 */
    xv = sd_cuda_random(&p, (size_t)2 * hw * (hw - 1) * 16, 3, 1.0f, 0.0f);
    wv = sd_cuda_random(&p, 24 * 16 * 9, 4, 1.0f, 0.0f);
    sd_cuda_tensors(&p, x, 2, hw, hw - 1, 16, xv);
    sd_cuda_weights(&p, wt, SD__W_CONV, 24, 3, 3, 16, wv);
    sd_cuda_tensors(&p, y, 2, hw, hw - 1, 24, NULL);
    for (i = 0; i < 2; i++) p.b[i]->ops->conv2d(p.b[i], &x[i], &wt[i], NULL, NULL, 1, 1, &y[i]);
    sd_cuda_compare(t, &p, y, "autotuned conv");
    entries = (int)((sd__cuda_backend *)p.b[1])->tune.count;
    if (sabotage && entries == 1)
        CHECK(((sd__cuda_backend *)p.b[1])->tune.entries[0].choice != (int)SD__CONV_IGEMM_128X128, "the wrong candidate was chosen");
    sd_cuda_drop(&p, x); sd_cuda_drop(&p, wt); sd_cuda_drop(&p, y);
    for (i = 0; i < 2; i++) p.b[i]->ops->destroy(p.b[i]);
    free(xv); free(wv);
    CHECK(p.env.host_bytes == 0, "%lu host bytes leaked", (unsigned long)p.env.host_bytes);
    return entries;
}

/* The autotuner times the candidates at a new shape and writes the cache file; a second backend
   reads the choice from it and times nothing; a corrupt file is ignored with a warning and
   replaced; a candidate that computes wrong values is left out with a warning; SD_AUTOTUNE=0
   turns tuning off. */
static void test_cuda_gpu_autotune(sd_tester *t) {
    char path[256], reason[1024], *text = NULL;
    const char *keep = getenv("SD_AUTOTUNE_CACHE");
    char *kept = keep ? strdup(keep) : NULL;
    sd_cuda_tune_log log = {0};
    sd__env env = sd_test_env();
    int loaded = -1, entries;
    sd_test_tmp(path, sizeof path, "autotune.txt");
    remove(path);
    entries = sd_cuda_tune_run(t, path, &log, &loaded, 0, reason, sizeof reason);
    if (entries < 0) {
        if (kept) setenv("SD_AUTOTUNE_CACHE", kept, 1);
        free(kept);
        SKIP("%.200s", reason);
    }
    CHECK(loaded == 0 && entries == 1, "fresh: %d entries loaded, %d after the conv", loaded, entries);
    CHECK(sd__read_file(&env, path, 1 << 20, &text, NULL) == SD_OK && strncmp(text, "sd_single autotune 1\n", 21) == 0 &&
              strstr(text, "\tconv2d float16 n2 h6 w5 c16 o24 k3 s1 p1 bias0 res0\t"),
          "the cache file: %s", text ? text : env.message);
    sd__free(&env, text);
    entries = sd_cuda_tune_run(t, path, &log, &loaded, 0, reason, sizeof reason);
    CHECK(loaded == 1 && entries == 1 && log.ignored == 0, "second backend: %d loaded, %d after", loaded, entries);
    CHECK(sd_test_write_file(path, "sd_single autotune 1\n\x01\x02", 23), "write %s", path);
    entries = sd_cuda_tune_run(t, path, &log, &loaded, 0, reason, sizeof reason);
    CHECK(loaded == 0 && entries == 1 && log.ignored == 1, "corrupt file: %d loaded, %d after, %d warnings", loaded, entries,
          log.ignored);
    remove(path);
    entries = sd_cuda_tune_run(t, path, &log, &loaded, 1, reason, sizeof reason);
    CHECK(entries == 1 && log.wrong == 1, "a wrong candidate: %d entries, %d warnings", entries, log.wrong);
    setenv("SD_AUTOTUNE", "0", 1);
    remove(path);
    entries = sd_cuda_tune_run(t, path, &log, &loaded, 0, reason, sizeof reason);
    CHECK(entries == 0 && !sd__is_file(path), "SD_AUTOTUNE=0: %d entries", entries);
    unsetenv("SD_AUTOTUNE");
    remove(path);
    if (kept) setenv("SD_AUTOTUNE_CACHE", kept, 1);
    else unsetenv("SD_AUTOTUNE_CACHE");
    free(kept);
}

static void sd_cuda_linear_case(sd_tester *t, sd_cuda_pair *p, int rows, int in, int out, int with_bias, int with_residual) {
    float *xv = sd_cuda_random(p, (size_t)rows * in, 1, 1.0f, 0.0f), *wv = sd_cuda_random(p, (size_t)out * in, 2, 1.0f, 0.0f);
    float *bv = sd_ops_random_new((size_t)out, 3), *rv = sd_cuda_random(p, (size_t)rows * out, 4, 1.0f, 0.0f);
    sd__tensor x[2], w[2], bias[2], res[2], y[2];
    char what[128];
    int i;
    sd_cuda_tensors(p, x, 1, 1, rows, in, xv);
    sd_cuda_weights(p, w, SD__W_LINEAR, 1, 1, out, in, wv);
    sd_cuda_weights(p, bias, SD__W_VECTOR, 1, 1, 1, out, bv);
    sd_cuda_tensors(p, res, 1, 1, rows, out, rv);
    sd_cuda_tensors(p, y, 1, 1, rows, out, NULL);
    for (i = 0; i < 2; i++)
        p->b[i]->ops->linear(p->b[i], &x[i], &w[i], with_bias ? &bias[i] : NULL, with_residual ? &res[i] : NULL, &y[i]);
    snprintf(what, sizeof what, "linear %dx%d -> %d bias %d residual %d", rows, in, out, with_bias, with_residual);
    sd_cuda_compare(t, p, y, what);
    sd_cuda_drop(p, x); sd_cuda_drop(p, w); sd_cuda_drop(p, bias); sd_cuda_drop(p, res); sd_cuda_drop(p, y);
    free(xv); free(wv); free(bv); free(rv);
}

static void sd_cuda_linear_cases(sd_tester *t, sd_cuda_pair *p) {
    sd_cuda_linear_case(t, p, 1, 3, 5, 1, 0);
    sd_cuda_linear_case(t, p, 37, 70, 33, 1, 1);
    sd_cuda_linear_case(t, p, 200, 300, 17, 0, 0);
    sd_cuda_linear_case(t, p, 2, 40, 130, 0, 1);
    sd_cuda_linear_case(t, p, 308, 320, 640, 1, 1); /* tensor-core sizes */
}

static void test_cuda_gpu_linear(sd_tester *t) { SD_CUDA_EACH_PRECISION(t, sd_cuda_linear_cases); }

static void sd_cuda_group_norm_case(sd_tester *t, sd_cuda_pair *p, int n, int h, int w, int c, int groups, int silu, float offset) {
    const size_t count = (size_t)n * h * w * c;
    float *xv = sd_cuda_random(p, count, 9, 1.0f, offset), *gv = sd_ops_random_new((size_t)c, 10), *bv = sd_ops_random_new((size_t)c, 11);
    sd__tensor x[2], gamma[2], beta[2], y[2];
    char what[128];
    int i;
    sd_cuda_tensors(p, x, n, h, w, c, xv);
    sd_cuda_weights(p, gamma, SD__W_VECTOR, 1, 1, 1, c, gv);
    sd_cuda_weights(p, beta, SD__W_VECTOR, 1, 1, 1, c, bv);
    sd_cuda_tensors(p, y, n, h, w, c, NULL);
    for (i = 0; i < 2; i++) p->b[i]->ops->group_norm(p->b[i], &x[i], &gamma[i], &beta[i], groups, 1e-6f, silu, &y[i]);
    snprintf(what, sizeof what, "group_norm [%d,%d,%d,%d] groups %d silu %d offset %g", n, h, w, c, groups, silu, offset);
    sd_cuda_compare(t, p, y, what);
    sd_cuda_drop(p, x); sd_cuda_drop(p, gamma); sd_cuda_drop(p, beta); sd_cuda_drop(p, y);
    free(xv); free(gv); free(bv);
}

static void sd_cuda_norm_cases(sd_tester *t, sd_cuda_pair *p) {
    static const struct { int rows, c; float offset; } ln[3] = {{7, 33, 0.0f}, {600, 40, 20.0f}, {154, 768, 0.0f}};
    size_t k;
    sd_cuda_group_norm_case(t, p, 2, 5, 3, 12, 4, 0, 0.0f);
    sd_cuda_group_norm_case(t, p, 2, 9, 7, 30, 3, 1, 0.0f);
    sd_cuda_group_norm_case(t, p, 1, 64, 64, 32, 8, 1, 0.0f);  /* 16384 values a group: 4 partial sums each */
    sd_cuda_group_norm_case(t, p, 2, 32, 32, 64, 32, 1, 3.0f);
    sd_cuda_group_norm_case(t, p, 1, 16, 16, 8, 2, 0, 20.0f);  /* a mean far from zero */
    for (k = 0; k < SD__COUNT(ln); k++) {
        const size_t count = (size_t)ln[k].rows * ln[k].c;
        float *xv = sd_cuda_random(p, count, 12, 1.0f, ln[k].offset), *gv = sd_ops_random_new((size_t)ln[k].c, 13);
        float *bv = sd_ops_random_new((size_t)ln[k].c, 14);
        sd__tensor x[2], gamma[2], beta[2], y[2];
        char what[96];
        int i;
        sd_cuda_tensors(p, x, 1, 1, ln[k].rows, ln[k].c, xv);
        sd_cuda_weights(p, gamma, SD__W_VECTOR, 1, 1, 1, ln[k].c, gv);
        sd_cuda_weights(p, beta, SD__W_VECTOR, 1, 1, 1, ln[k].c, bv);
        sd_cuda_tensors(p, y, 1, 1, ln[k].rows, ln[k].c, NULL);
        for (i = 0; i < 2; i++) p->b[i]->ops->layer_norm(p->b[i], &x[i], &gamma[i], &beta[i], 1e-5f, &y[i]);
        snprintf(what, sizeof what, "layer_norm %d x %d offset %g", ln[k].rows, ln[k].c, ln[k].offset);
        sd_cuda_compare(t, p, y, what);
        sd_cuda_drop(p, x); sd_cuda_drop(p, gamma); sd_cuda_drop(p, beta); sd_cuda_drop(p, y);
        free(xv); free(gv); free(bv);
    }
}

static void test_cuda_gpu_norms(sd_tester *t) { SD_CUDA_EACH_PRECISION(t, sd_cuda_norm_cases); }

static void sd_cuda_attention_case(sd_tester *t, sd_cuda_pair *p, int batch, int heads, int d, int lq, int lk, int causal,
                                   int per_pass, size_t score_bytes) {
    const int width = heads * d;
    float *qv = sd_cuda_random(p, (size_t)batch * lq * width, 15, 3.0f, 0.0f); /* peaked softmax rows */
    float *kv = sd_cuda_random(p, (size_t)batch * lk * width, 16, 1.0f, 0.0f);
    float *vv = sd_cuda_random(p, (size_t)batch * lk * width, 17, 1.0f, 0.0f);
    sd__tensor q[2], k[2], v[2], y[2];
    char what[160];
    int i;
    ((sd__cuda_backend *)p->b[1])->score_bytes = score_bytes;
    sd_cuda_tensors(p, q, batch, 1, lq, width, qv);
    sd_cuda_tensors(p, k, batch, 1, lk, width, kv);
    sd_cuda_tensors(p, v, batch, 1, lk, width, vv);
    sd_cuda_tensors(p, y, batch, 1, lq, width, NULL);
    for (i = 0; i < 2; i++) p->b[i]->ops->attention(p->b[i], &q[i], &k[i], &v[i], heads, causal, per_pass, &y[i]);
    snprintf(what, sizeof what, "attention B%d heads %d d %d Lq %d Lk %d causal %d per pass %d scores %lu", batch, heads, d,
             lq, lk, causal, per_pass, (unsigned long)score_bytes);
    sd_cuda_compare(t, p, y, what);
    sd_cuda_drop(p, q); sd_cuda_drop(p, k); sd_cuda_drop(p, v); sd_cuda_drop(p, y);
    ((sd__cuda_backend *)p->b[1])->score_bytes = SD__CUDA_SCORE_BYTES;
    free(qv); free(kv); free(vv);
}

static void sd_cuda_attention_cases(sd_tester *t, sd_cuda_pair *p) {
    const size_t big = SD__CUDA_SCORE_BYTES;
    sd_cuda_attention_case(t, p, 2, 3, 5, 53, 19, 0, 2, big);
    sd_cuda_attention_case(t, p, 2, 2, 20, 53, 53, 1, 1, big);      /* causal */
    sd_cuda_attention_case(t, p, 1, 4, 8, 7, 300, 0, 3, big);       /* long keys */
    sd_cuda_attention_case(t, p, 1, 1, 3, 1, 1, 1, 0, big);
    sd_cuda_attention_case(t, p, 2, 8, 40, 256, 77, 0, 0, big);     /* SD's cross-attention shape */
    sd_cuda_attention_case(t, p, 2, 8, 40, 64, 154, 0, 2, big);     /* to a prompt of 2 chunks, sliced */
    sd_cuda_attention_case(t, p, 2, 8, 40, 256, 256, 0, 3, big);    /* heads in passes of 3 */
    sd_cuda_attention_case(t, p, 1, 8, 40, 300, 300, 1, 0, 65536);  /* causal, in chunks of 36 query rows */
    sd_cuda_attention_case(t, p, 2, 4, 16, 90, 80, 0, 0, 2 * 90 * 80 * 6); /* two heads of all rows at a time */
}

static void test_cuda_gpu_attention(sd_tester *t) { SD_CUDA_EACH_PRECISION(t, sd_cuda_attention_cases); }

/* Flash attention (fp16, bf16) against the CPU op and against the GEMM path on the same inputs. */
static void sd_cuda_flash_case(sd_tester *t, sd_cuda_pair *p, int batch, int heads, int d, int lq, int lk, int causal) {
    sd__cuda_backend *cb = (sd__cuda_backend *)p->b[1];
    const int width = heads * d;
    const size_t count = (size_t)batch * lq * width;
    float *qv = sd_cuda_random(p, count, 25, 3.0f, 0.0f); /* peaked softmax rows */
    float *kv = sd_cuda_random(p, (size_t)batch * lk * width, 26, 1.0f, 0.0f);
    float *vv = sd_cuda_random(p, (size_t)batch * lk * width, 27, 1.0f, 0.0f);
    float *flash = (float *)calloc(count, sizeof(float)), *gemm = (float *)calloc(count, sizeof(float));
    sd__tensor q[2], k[2], v[2], y[2], y_gemm;
    char what[160];
    double err;
    int i;
    sd_cuda_tensors(p, q, batch, 1, lq, width, qv);
    sd_cuda_tensors(p, k, batch, 1, lk, width, kv);
    sd_cuda_tensors(p, v, batch, 1, lk, width, vv);
    sd_cuda_tensors(p, y, batch, 1, lq, width, NULL);
    y_gemm = sd_ops_tensor(p->b[1], batch, 1, lq, width, NULL);
    snprintf(what, sizeof what, "flash attention B%d heads %d d %d Lq %d Lk %d causal %d", batch, heads, d, lq, lk, causal);
    CHECK(sd__cuda_flash_kernel(cb, &q[1], heads, 0) >= 0 && sd__cuda_flash_aligned(&q[1], &k[1], &v[1], &y[1]), "%s: the flash kernel applies", what);
    for (i = 0; i < 2; i++) p->b[i]->ops->attention(p->b[i], &q[i], &k[i], &v[i], heads, causal, 0, &y[i]);
    cb->flash_attention = 0;
    p->b[1]->ops->attention(p->b[1], &q[1], &k[1], &v[1], heads, causal, 0, &y_gemm);
    cb->flash_attention = 1;
    sd_cuda_compare(t, p, y, what);
    p->b[1]->ops->read(p->b[1], &y[1], flash);
    p->b[1]->ops->read(p->b[1], &y_gemm, gemm);
    err = sd_test_rel_err(flash, gemm, count);
    CHECK(err <= 2 * sd_cuda_op_tol(p->precision), "%s %s against the GEMM path: max|diff|/max|ref| = %.3g > %.0e",
          sd_cuda_precision_name(p->precision), what, err, 2 * sd_cuda_op_tol(p->precision)); /* both err from the CPU's */
    sd_cuda_drop(p, q); sd_cuda_drop(p, k); sd_cuda_drop(p, v); sd_cuda_drop(p, y);
    sd__t_drop(p->b[1], &y_gemm);
    free(qv); free(kv); free(vv); free(flash); free(gemm);
}

/* Every head size, query and key tails (77 keys, odd lengths), causal masks, B * heads > 1. The
   full-size case (4096 tokens, SD 1.x's first self-attention, with 2 of its 8 heads) is left out
   under fakecuda's CPU emulation, where it would take minutes. */
static void sd_cuda_flash_cases(sd_tester *t, sd_cuda_pair *p) {
    static const struct { int batch, heads, d, lq, lk, causal; } cases[] = {
        {2, 3, 40, 256, 77, 0},  {1, 2, 40, 1000, 1000, 0}, {2, 2, 40, 131, 131, 1}, {2, 2, 64, 77, 77, 1},
        {1, 3, 64, 133, 200, 0}, {2, 1, 64, 1, 1, 0},       {2, 2, 80, 130, 77, 0},  {1, 2, 80, 257, 257, 1},
        {2, 2, 160, 64, 77, 0},  {1, 2, 160, 100, 100, 1},  {1, 1, 160, 256, 256, 0},
        {2, 2, 40, 130, 154, 0}, {2, 2, 80, 64, 231, 0}}; /* prompts of 2 and 3 chunks */
    size_t k;
    if (p->precision != SD_PRECISION_FP16 && p->precision != SD_PRECISION_BF16) return; /* no flash kernels */
    for (k = 0; k < SD__COUNT(cases); k++)
        sd_cuda_flash_case(t, p, cases[k].batch, cases[k].heads, cases[k].d, cases[k].lq, cases[k].lk, cases[k].causal);
    if (!strstr(((sd__cuda_backend *)p->b[1])->name, "fakecuda")) sd_cuda_flash_case(t, p, 1, 2, 40, 4096, 4096, 0);
}

static void test_cuda_gpu_flash_attention(sd_tester *t) { SD_CUDA_EACH_PRECISION(t, sd_cuda_flash_cases); }

static void sd_cuda_elementwise_cases(sd_tester *t, sd_cuda_pair *p) {
    static const sd__activation acts[4] = {SD__ACT_SILU, SD__ACT_GELU, SD__ACT_QUICK_GELU, SD__ACT_RELU};
    static const char *const act_names[4] = {"silu", "gelu", "quick_gelu", "relu"};
    static const struct { int h, w, oh, ow; } ups[4] = {{3, 5, 6, 10}, {3, 5, 7, 4}, {4, 4, 4, 4}, {2, 3, 82, 123}};
    static const float steps[3] = {981.0f, 500.0f, 1.0f};
    const int count = 40003, rows = 301, half = 61, n = 2, h = 9, w = 130, c = 13;
    const size_t sized = (size_t)n * h * w * c;
    float *xv = sd_cuda_random(p, (size_t)count, 18, 12.0f, 0.0f), *gv = sd_cuda_random(p, (size_t)rows * 2 * half, 19, 4.0f, 0.0f);
    float *av = sd_cuda_random(p, sized, 20, 1.0f, 0.0f), *bv = sd_cuda_random(p, sized, 21, 1.0f, 0.0f);
    float *bbv = sd_cuda_random(p, (size_t)n * c, 22, 1.0f, 0.0f);
    sd__tensor x[2], y[2], a[2], b[2], bb[2];
    size_t k;
    int i;
    for (k = 0; k < 4; k++) {
        /* the first activation's copies go through the work buffer 1000 values at a time */
        ((sd__cuda_backend *)p->b[1])->stage_bytes = k == 0 ? 4000 : SD__CUDA_STAGE_BYTES;
        sd_cuda_tensors(p, x, 1, 1, 1, count, xv);
        sd_cuda_tensors(p, y, 1, 1, 1, count, NULL);
        for (i = 0; i < 2; i++) p->b[i]->ops->activation(p->b[i], &x[i], acts[k], &y[i]);
        sd_cuda_compare(t, p, y, act_names[k]);
        for (i = 0; i < 2; i++) p->b[i]->ops->activation(p->b[i], &x[i], acts[k], &x[i]); /* in place */
        sd_cuda_compare(t, p, x, "activation in place");
        sd_cuda_drop(p, x);
        sd_cuda_drop(p, y);
    }
    ((sd__cuda_backend *)p->b[1])->stage_bytes = SD__CUDA_STAGE_BYTES;
    sd_cuda_tensors(p, x, 1, 1, rows, 2 * half, gv);
    sd_cuda_tensors(p, y, 1, 1, rows, half, NULL);
    for (i = 0; i < 2; i++) p->b[i]->ops->geglu(p->b[i], &x[i], &y[i]);
    sd_cuda_compare(t, p, y, "geglu");
    sd_cuda_drop(p, x);
    sd_cuda_drop(p, y);
    sd_cuda_tensors(p, a, n, h, w, c, av);
    sd_cuda_tensors(p, b, n, h, w, c, bv);
    sd_cuda_tensors(p, bb, n, 1, 1, c, bbv);
    sd_cuda_tensors(p, y, n, h, w, c, NULL);
    for (i = 0; i < 2; i++) p->b[i]->ops->add(p->b[i], &a[i], &b[i], 0.5f, -1.25f, &y[i]);
    sd_cuda_compare(t, p, y, "add");
    for (i = 0; i < 2; i++) p->b[i]->ops->add(p->b[i], &a[i], &bb[i], 1.0f, 1.0f, &a[i]);
    sd_cuda_compare(t, p, a, "broadcast add in place");
    sd_cuda_drop(p, y);
    sd_cuda_tensors(p, y, n, h, w, 2 * c, NULL);
    for (i = 0; i < 2; i++) p->b[i]->ops->concat(p->b[i], &a[i], &b[i], &y[i]);
    sd_cuda_compare(t, p, y, "concat");
    sd_cuda_drop(p, a); sd_cuda_drop(p, b); sd_cuda_drop(p, bb); sd_cuda_drop(p, y);
    for (k = 0; k < SD__COUNT(ups); k++) {
        char what[64];
        sd_cuda_tensors(p, x, 2, ups[k].h, ups[k].w, 5, av);
        sd_cuda_tensors(p, y, 2, ups[k].oh, ups[k].ow, 5, NULL);
        for (i = 0; i < 2; i++) p->b[i]->ops->upsample(p->b[i], &x[i], &y[i]);
        snprintf(what, sizeof what, "upsample %dx%d -> %dx%d", ups[k].h, ups[k].w, ups[k].oh, ups[k].ow);
        sd_cuda_compare(t, p, y, what);
        sd_cuda_drop(p, x);
        sd_cuda_drop(p, y);
    }
    for (k = 0; k < 2; k++) {
        sd__f32_buffer ts[2];
        sd_cuda_tensors(p, y, 3, 1, 1, k ? 33 : 320, NULL);
        for (i = 0; i < 2; i++) {
            sd__f32_buffer_new(p->b[i], 3, 1, 1, 1, steps, "timesteps", &ts[i]);
            p->b[i]->ops->timestep_embedding(p->b[i], &ts[i].t, k ? 0 : 1, k ? 1.0f : 0.0f, &y[i]);
        }
        sd_cuda_compare(t, p, y, k ? "timestep_embedding dim 33 shift 1" : "timestep_embedding dim 320 flipped");
        sd_cuda_drop(p, y);
        for (i = 0; i < 2; i++) sd__f32_buffer_free(p->b[i], &ts[i]);
    }
    free(xv); free(gv); free(av); free(bv); free(bbv);
}

static void test_cuda_gpu_elementwise(sd_tester *t) { SD_CUDA_EACH_PRECISION(t, sd_cuda_elementwise_cases); }

/* The denoising ops (denoise_input with and without an inpainting model's extra channels,
   denoise_step: guidance and every kind of plan term, inpainting's blend) against the CPU
   backend's, and the pixel kernel (not yet called by the pipeline) against the host. */
static void sd_cuda_sampler_kernel_cases(sd_tester *t, sd_cuda_pair *p) {
    sd__cuda_backend *cb = (sd__cuda_backend *)p->b[1];
    const int n = 2, h = 6, w = 7, c = 4;
    const size_t lat = (size_t)n * h * w * c;
    const long long half = (long long)lat;
    float *pred = sd_cuda_random(p, 2 * lat, 23, 1.3f, 0.0f), *lv = sd_cuda_random(p, lat, 25, 2.0f, 0.0f);
    float *av = sd_cuda_random(p, SD__AUX_SLOTS * lat, 26, 1.0f, 0.0f), *zv = sd_cuda_random(p, lat, 27, 1.0f, 0.0f);
    float *img = sd_cuda_random(p, lat, 24, 1.2f, 0.0f), plans[5][SD__PLAN_FLOATS];
    float *cv = sd_cuda_random(p, (size_t)n * h * w * 5, 28, 1.0f, 0.0f);
    unsigned char *px = (unsigned char *)calloc(lat, 1);
    sd__tensor im, prediction[2], x[2];
    sd__f32_buffer plan[2], latents[2], aux[2], noise[2], cond[2];
    sd__cu_ptr dev_px, imp;
    long long count = half, i;
    void *params[3];
    int wrong = 0, k, b;
    /* 0: PNDM's Runge-Kutta start (entry, C update, saved sample); 1: every latent term with an
       LMS-like entry; 2: a clamped DDIM-like entry with guidance; 3: Euler a's noise, no guidance;
       4: inpainting's blend (the mask slot holds any values here, not only 0 and 1). Plans 0, 2
       and 4 give denoise_input 5 more channels. */
    memset(plans, 0, sizeof plans);
    for (k = 0; k < 5; k++) {
        plans[k][SD__PLAN_TIMESTEP] = 981.0f;
        plans[k][SD__PLAN_INPUT_SCALE] = k == 3 ? 0.0674f : 1.0f;
        plans[k][SD__PLAN_GUIDANCE] = 7.5f;
        plans[k][SD__PLAN_ENTRY_SLOT] = -1;
    }
    plans[0][SD__PLAN_E_M] = 1; plans[0][SD__PLAN_ENTRY_SLOT] = 2; plans[0][SD__PLAN_UPDATE_C] = 1;
    plans[0][SD__PLAN_C_C] = 1; plans[0][SD__PLAN_C_M] = 1.0f / 6; plans[0][SD__PLAN_SAVE_SAMPLE] = 1;
    plans[0][SD__PLAN_X_X] = 1.0013f; plans[0][SD__PLAN_X_M] = -0.0123f;
    plans[1][SD__PLAN_E_X] = 0.25f; plans[1][SD__PLAN_E_M] = 0.97f; plans[1][SD__PLAN_E_C] = -0.5f;
    plans[1][SD__PLAN_ENTRY_SLOT] = 3;
    for (k = SD__PLAN_X_X; k <= SD__PLAN_X_Z; k++) plans[1][k] = 0.1f * (float)(k - SD__PLAN_X_X) - 0.45f;
    plans[2][SD__PLAN_E_X] = 1.7f; plans[2][SD__PLAN_E_M] = -1.3f; plans[2][SD__PLAN_CLAMP] = 1.0f;
    plans[2][SD__PLAN_X_E] = 0.9f; plans[2][SD__PLAN_X_M] = 0.2f;
    plans[3][SD__PLAN_X_X] = 1.0f; plans[3][SD__PLAN_X_M] = -0.8f; plans[3][SD__PLAN_X_Z] = 0.6f;
    plans[4][SD__PLAN_X_X] = 0.9f; plans[4][SD__PLAN_X_M] = -0.3f; plans[4][SD__PLAN_BLEND] = 1;
    plans[4][SD__PLAN_KNOWN_X0] = 0.8f; plans[4][SD__PLAN_KNOWN_Z] = 0.6f;
    for (k = 0; k < 5; k++) {
        const int guided = k != 3, extra = k % 2 ? 0 : 5;
        char what[96];
        for (b = 0; b < 2; b++) {
            memset(&cond[b], 0, sizeof cond[b]);
            if (extra) sd__f32_buffer_new(p->b[b], n, h, w, extra, cv, "cond", &cond[b]);
            prediction[b] = sd_ops_tensor(p->b[b], guided ? 2 * n : n, h, w, c, pred);
            x[b] = sd_ops_tensor(p->b[b], 2 * n, h, w, c + extra, NULL);
            sd__f32_buffer_new(p->b[b], 1, 1, 1, SD__PLAN_FLOATS, plans[k], "plan", &plan[b]);
            sd__f32_buffer_new(p->b[b], n, h, w, c, lv, "latents", &latents[b]);
            sd__f32_buffer_new(p->b[b], SD__AUX_SLOTS * n, h, w, c, av, "aux", &aux[b]);
            sd__f32_buffer_new(p->b[b], n, h, w, c, zv, "noise", &noise[b]);
            p->b[b]->ops->denoise_input(p->b[b], &latents[b].t, extra ? &cond[b].t : NULL, &plan[b].t, &x[b]);
            p->b[b]->ops->denoise_step(p->b[b], &prediction[b], k % 2 ? &noise[b].t : NULL, &plan[b].t, &latents[b].t,
                                       &aux[b].t);
            sd__f32_fetch(p->b[b], &plan[b]);
            sd__f32_fetch(p->b[b], &latents[b]);
            sd__f32_fetch(p->b[b], &aux[b]);
        }
        snprintf(what, sizeof what, "denoise_input, plan %d", k);
        sd_cuda_compare(t, p, x, what);
        CHECK(!p->b[0]->status && !p->b[1]->status, "plan %d: %s", k, p->env.message);
        CHECK(sd_test_rel_err(latents[1].host, latents[0].host, lat) <= 1e-6, "%s plan %d: latents differ by %.3g",
              sd_cuda_precision_name(p->precision), k, sd_test_rel_err(latents[1].host, latents[0].host, lat));
        CHECK(sd_test_rel_err(aux[1].host, aux[0].host, SD__AUX_SLOTS * lat) <= 1e-6, "%s plan %d: aux differs by %.3g",
              sd_cuda_precision_name(p->precision), k, sd_test_rel_err(aux[1].host, aux[0].host, SD__AUX_SLOTS * lat));
        CHECK(plan[1].host[SD__PLAN_NONFINITE] == 0 && plan[0].host[SD__PLAN_NONFINITE] == 0, "plan %d: finite", k);
        for (b = 0; b < 2; b++) {
            sd__t_drop(p->b[b], &prediction[b]);
            sd__t_drop(p->b[b], &x[b]);
            sd__f32_buffer_free(p->b[b], &plan[b]);
            sd__f32_buffer_free(p->b[b], &latents[b]);
            sd__f32_buffer_free(p->b[b], &aux[b]);
            sd__f32_buffer_free(p->b[b], &noise[b]);
            sd__f32_buffer_free(p->b[b], &cond[b]);
        }
    }
    /* a step that makes an Inf says so in the plan */
    lv[5] = 3e38f;
    for (b = 0; b < 2; b++) {
        prediction[b] = sd_ops_tensor(p->b[b], n, h, w, c, pred);
        sd__f32_buffer_new(p->b[b], 1, 1, 1, SD__PLAN_FLOATS, plans[3], "plan", &plan[b]);
        sd__f32_buffer_new(p->b[b], n, h, w, c, lv, "latents", &latents[b]);
        sd__f32_buffer_new(p->b[b], SD__AUX_SLOTS * n, h, w, c, av, "aux", &aux[b]);
        plan[b].host[SD__PLAN_X_X] = 4.0f;
        plan[b].host[SD__PLAN_X_Z] = 0.0f;
        sd__f32_send(p->b[b], &plan[b]);
        p->b[b]->ops->denoise_step(p->b[b], &prediction[b], NULL, &plan[b].t, &latents[b].t, &aux[b].t);
        sd__f32_fetch(p->b[b], &plan[b]);
        CHECK(plan[b].host[SD__PLAN_NONFINITE] == 1, "%s: the overflow is flagged", p->b[b]->ops->name);
        sd__t_drop(p->b[b], &prediction[b]);
        sd__f32_buffer_free(p->b[b], &plan[b]);
        sd__f32_buffer_free(p->b[b], &latents[b]);
        sd__f32_buffer_free(p->b[b], &aux[b]);
    }
    img[0] = 0.0f; img[1] = 1.0f; img[2] = -1.0f; img[3] = 2.0f; img[4] = -2.0f; /* clamps and a tie (127.5) */
    img[5] = sd_cuda_round(1.0f / 255.0f, p->precision);
    im = sd_ops_tensor(p->b[1], n, h, w, c, img);
    dev_px = sd__cuda_malloc(cb, lat, "pixels");
    REQUIRE(!p->b[1]->status, "setup: %s", p->env.message);
    imp = sd__cuda_ptr(&im);
    params[0] = &imp; params[1] = &dev_px; params[2] = &count;
    sd__cuda_launch(cb, SD__K_TO_U8, sd__cuda_grid(count), 1, SD__CUDA_BLOCK, params);
    CHECK(cb->api.cuMemcpyDtoHAsync(px, dev_px, lat, cb->stream) == SD__CUDA_SUCCESS &&
              cb->api.cuStreamSynchronize(cb->stream) == SD__CUDA_SUCCESS && !p->b[1]->status,
          "run: %s", p->env.message);
    for (i = 0; i < half; i++) wrong += px[i] != sd__to_u8(img[i]);
    CHECK(wrong == 0, "%s to_u8: %d of %lld pixels differ from the host's", sd_cuda_precision_name(p->precision), wrong, half);
    sd__cuda_mfree(cb, dev_px);
    sd__t_drop(p->b[1], &im);
    free(pred); free(lv); free(av); free(zv); free(img); free(px); free(cv);
}

static void test_cuda_gpu_sampler_kernels(sd_tester *t) { SD_CUDA_EACH_PRECISION(t, sd_cuda_sampler_kernel_cases); }

/* --------------------------------------------------------------------------------------------
   With a GPU: memory, failures, models, pipelines
   -------------------------------------------------------------------------------------------- */
static void test_cuda_gpu_memory(sd_tester *t) {
    sd__env env = sd_test_env();
    sd__backend *b = NULL;
    sd__cuda_backend *cb;
    sd__tensor a, c, huge;
    float out[4] = {7, 7, 7, 7};
    char reason[1024];
    size_t reserved;
    int r = sd_cuda_open(t, &env, SD_PRECISION_FP16, (size_t)4 << 20, &b, reason, sizeof reason);
    if (r == 0) SKIP("%.200s", reason);
    if (r < 0) return;
    cb = (sd__cuda_backend *)b;
    a = sd__t_new(b, 1, 256, 256, 16); /* 2 MiB of fp16 */
    CHECK(a.data && a.dtype == SD__F16 && b->bytes_in_use == ((size_t)2 << 20) && b->peak_bytes == b->bytes_in_use,
          "allocation and accounting: %lu in use", (unsigned long)b->bytes_in_use);
    reserved = cb->reserved;
    sd__t_drop(b, &a);
    CHECK(b->bytes_in_use == 0 && cb->reserved == reserved, "a released block is cached");
    c = sd__t_new(b, 1, 16, 256, 256); /* the same size again: the cached block */
    CHECK(c.data && cb->reserved == reserved && b->peak_bytes == ((size_t)2 << 20), "the cached block is reused");
    huge = sd__t_new(b, 1, 512, 512, 16); /* 8 MiB: over the 4 MiB budget */
    CHECK(!huge.data && b->status == SD_ERR_OUT_OF_MEMORY && strstr(env.message, "vram_budget") &&
              strstr(env.message, "[1, 512, 512, 16]"),
          "over budget: %d '%s'", (int)b->status, env.message);
    b->ops->read(b, &c, out);
    CHECK(out[0] == 7.0f, "ops after a failure do nothing");
    sd__t_drop(b, &c);
    CHECK(b->bytes_in_use == 0, "released after the failure");
    b->ops->destroy(b);
    CHECK(env.host_bytes == 0, "destroy frees everything (%lu bytes left)", (unsigned long)env.host_bytes);

    { /* the public API: a budget too small for the weights fails cleanly */
        sd_test_alloc_stats stats = {0, 0};
        sd_desc desc;
        sd_ctx *ctx = NULL;
        memset(&desc, 0, sizeof desc);
        desc.model_path = TINY_SD_FOLDER;
        desc.backend = SD_BACKEND_CUDA;
        desc.vram_budget = 64 << 10;
        desc.allocator.alloc = sd_test_alloc;
        desc.allocator.free = sd_test_free;
        desc.allocator.user_data = &stats;
        CHECK(sd_create(&desc, &ctx) == SD_ERR_OUT_OF_MEMORY && strstr(sd_last_error(ctx), "vram_budget"),
              "a 64 KiB budget: %s", sd_last_error(ctx));
        sd_destroy(ctx);
        CHECK(stats.live == 0, "%lu allocations live after sd_destroy", (unsigned long)stats.live);
    }
}

/* A missing kernels.ptx, one that does not compile, and one that lacks kernels: clear errors,
   nothing left allocated. */
static void test_cuda_gpu_bad_kernels(sd_tester *t) {
    static const char broken[] = ".version 8.0\n.target sm_80\n.address_size 64\n.visible .entry sd_broken()\n{\n"
                                 "\tthis is not ptx;\n}\n";
    static const char empty[] = ".version 8.0\n.target sm_80\n.address_size 64\n";
    char reason[1024], path[256];
    int i, r = sd_cuda_available(t, reason, sizeof reason);
    if (r == 0) SKIP("%.200s", reason);
    if (r < 0) return;
    sd_test_tmp(path, sizeof path, "bad_kernels.ptx");
    for (i = 0; i < 3; i++) {
        static const char *const expect[3] = {"CUDA kernels not found", "JIT log", "lack sd_im2col_"};
        sd__env env = sd_test_env();
        sd__backend *b = NULL;
        sd_desc desc;
        memset(&desc, 0, sizeof desc);
        desc.kernels_path = i == 0 ? "/nonexistent/sd/kernels.ptx" : path;
        if (i > 0) REQUIRE(sd_test_write_file(path, i == 1 ? broken : empty, i == 1 ? sizeof broken - 1 : sizeof empty - 1), "write");
        CHECK(sd__cuda_backend_create(&env, &desc, &b) == SD_ERR_BACKEND && !b && strstr(env.message, expect[i]) &&
                  (i == 0 || strstr(env.message, path)),
              "case %d: '%s'", i, env.message);
        CHECK(env.host_bytes == 0, "case %d: %lu bytes leaked", i, (unsigned long)env.host_bytes);
    }
    remove(path);
}

/* Bad op arguments are reported by the shared checks (and a wrong dtype by the CUDA backend). */
static void test_cuda_gpu_rejects_bad_arguments(sd_tester *t) {
    static const char *const expect[5] = {"conv2d", "not float16", "attention", "group_norm", "float32 vector"};
    float data[64];
    char reason[1024];
    int i, r;
    memset(data, 0, sizeof data);
    for (i = 0; i < 5; i++) {
        sd__env env = sd_test_env();
        sd__backend *b = NULL;
        sd__tensor x, x3, w, v, y;
        r = sd_cuda_open(t, &env, SD_PRECISION_FP16, 0, &b, reason, sizeof reason);
        if (r == 0) SKIP("%.200s", reason);
        if (r < 0) return;
        x = sd_ops_tensor(b, 1, 2, 2, 4, data);
        x3 = sd_ops_tensor(b, 1, 2, 2, 3, data);
        w = sd_ops_weight(b, SD__W_CONV, 4, 3, 3, 4, data);
        v = sd_ops_weight(b, SD__W_VECTOR, 1, 1, 1, 4, data);
        y = sd_ops_tensor(b, 1, 2, 2, 4, data);
        REQUIRE(b->status == SD_OK && v.dtype == SD__F32 && x.dtype == SD__F16, "setup: %s", env.message);
        switch (i) {
        case 0: b->ops->conv2d(b, &x3, &w, NULL, NULL, 1, 1, &y); break;
        case 1: b->ops->activation(b, &v, SD__ACT_SILU, &v); break; /* a float32 vector is no fp16 activation */
        case 2: b->ops->attention(b, &x, &x, &x, 3, 0, 0, &y); break;
        case 3: b->ops->group_norm(b, &x, &v, &v, 3, 1e-5f, 0, &y); break;
        default: b->ops->layer_norm(b, &x, &x, &v, 1e-5f, &y); break; /* gamma stored as fp16 */
        }
        CHECK(b->status == SD_ERR_INVALID_ARGUMENT && strstr(env.message, expect[i]), "case %d: %d '%s'", i, (int)b->status,
              env.message);
        sd__t_drop(b, &x); sd__t_drop(b, &x3); sd__t_drop(b, &w); sd__t_drop(b, &v); sd__t_drop(b, &y);
        CHECK(b->bytes_in_use == ((sd__cuda_backend *)b)->work_bytes, "case %d: released", i);
        b->ops->destroy(b);
        CHECK(env.host_bytes == 0, "case %d: leak", i);
    }
}

/* Tolerances of the tiny model against diffusers' float32 goldens: torch's own fp16 / bf16
   runs of this model are off by about 2e-3 / 2e-2. */
static double sd_cuda_model_tol(sd_precision p) {
    return p == SD_PRECISION_FP32 ? 1e-4 : p == SD_PRECISION_BF16 ? 6e-2 : 1e-2;
}

static void test_cuda_gpu_models_golden(sd_tester *t) {
    char reason[1024];
    size_t k;
    int r = sd_cuda_available(t, reason, sizeof reason);
    if (r == 0) SKIP("%.200s", reason);
    if (r < 0) return;
    for (k = 0; k < SD__COUNT(sd_cuda_precisions); k++) {
        sd_models_text_encoder_check(t, SD_BACKEND_CUDA, sd_cuda_precisions[k], sd_cuda_model_tol(sd_cuda_precisions[k]));
        sd_models_unet_check(t, SD_BACKEND_CUDA, sd_cuda_precisions[k], sd_cuda_model_tol(sd_cuda_precisions[k]));
        sd_models_vae_check(t, SD_BACKEND_CUDA, sd_cuda_precisions[k], sd_cuda_model_tol(sd_cuda_precisions[k]));
    }
}

/* Whole pipelines (20 and 50 steps, every sampler, txt2img and img2img, SD 1.x and 2.x; in fp32 and
   fp16 also inpainting, a separate VAE and TAESD as the final decoder) against
   diffusers' images. Reduced precisions: torch's fp16 / bf16 runs of these are off by about
   3e-3 / 2.5e-2 in the latents and 1 / 7 levels in the pixels. */
static void test_cuda_gpu_pipelines_golden(sd_tester *t) {
    static const char *const sd2[1] = {TEST_DATA "/tiny-sd2"}, *const inpaint[1] = {TEST_DATA "/tiny-sd2-inpaint"};
    static const sd_golden_backend gpu[4] = {{SD_BACKEND_CUDA, SD_PRECISION_FP32, 1e-3, 2},
                                             {SD_BACKEND_CUDA, SD_PRECISION_TF32, 2e-2, 8},
                                             {SD_BACKEND_CUDA, SD_PRECISION_FP16, 2e-2, 8},
                                             {SD_BACKEND_CUDA, SD_PRECISION_BF16, 1e-1, 24}};
    char reason[1024];
    size_t k;
    int r = sd_cuda_available(t, reason, sizeof reason);
    if (r == 0) SKIP("%.200s", reason);
    if (r < 0) return;
    for (k = 0; k < SD__COUNT(gpu); k++) {
        sd_golden_suite(t, TEST_DATA "/pipeline.json", TEST_DATA "/golden.safetensors", sd_sd1_layouts, 2, 14, &gpu[k]);
        sd_golden_suite(t, TEST_DATA "/tiny-sd-img2img.json", TEST_DATA "/tiny-sd-img2img.safetensors", sd_sd1_layouts, 2, 2,
                        &gpu[k]);
        sd_golden_suite(t, TEST_DATA "/tiny-sd2-pipeline.json", TEST_DATA "/tiny-sd2-golden.safetensors", sd2, 1, 10, &gpu[k]);
        sd_golden_suite(t, TEST_DATA "/tiny-sd-samplers.json", TEST_DATA "/samplers.safetensors", sd_sd1_layouts, 1, 12, &gpu[k]);
        if (gpu[k].precision != SD_PRECISION_FP32 && gpu[k].precision != SD_PRECISION_FP16) continue;
        /* the image modes: inpainting (an inpainting model's input channels, the legacy mode's
           blend), a separate VAE, TAESD as the final decoder */
        sd_golden_suite(t, TEST_DATA "/tiny-sd2-inpaint.json", TEST_DATA "/tiny-inpaint.safetensors", inpaint, 1, 3, &gpu[k]);
        sd_golden_suite(t, TEST_DATA "/tiny-sd-inpaint-legacy.json", TEST_DATA "/tiny-inpaint.safetensors", sd_sd1_layouts, 1, 3,
                        &gpu[k]);
        sd_golden_suite(t, TEST_DATA "/tiny-sd-vae-tiny.json", TEST_DATA "/tiny-taesd.safetensors", sd_sd1_layouts, 1, 1, &gpu[k]);
        /* fp32 only: the random tiny VAE's img2img (its encoder, then Euler a) is 1.8e-2 off in
           torch's own fp16 and 3.3e-2 in ours (emulated), beyond fp16's 2e-2 here */
        if (gpu[k].precision == SD_PRECISION_FP32)
            sd_golden_suite(t, TEST_DATA "/tiny-sd2-vae.json", TEST_DATA "/tiny-vae.safetensors", sd2, 1, 2, &gpu[k]);
    }
}

/* The default precision on CUDA is fp16, sd_peak_memory reports device memory, a context makes
   images one after another, and its denoising loops allocate no device memory (the work memory
   of every op was reserved ahead: see test_plan_loop_allocates_nothing) once the autotuner has
   seen every conv shape: the first image's loop may tune, and tuning a shape allocates the
   reference output that candidates are checked against. */
static void test_cuda_gpu_public_api(sd_tester *t) {
    sd_test_alloc_stats stats = {0, 0};
    sd_test_alloc_watch watch;
    sd_desc desc;
    sd_ctx *ctx = NULL;
    sd_params p;
    sd_image img[2];
    char reason[1024];
    int r = sd_cuda_available(t, reason, sizeof reason), k;
    if (r == 0) SKIP("%.200s", reason);
    if (r < 0) return;
    memset(&desc, 0, sizeof desc);
    desc.model_path = TINY_SD_FOLDER;
    desc.backend = SD_BACKEND_CUDA;
    desc.allocator.alloc = sd_test_alloc;
    desc.allocator.free = sd_test_free;
    desc.allocator.user_data = &stats;
    REQUIRE(sd_create(&desc, &ctx) == SD_OK, "create: %s", sd_last_error(ctx));
    CHECK(strcmp(sd_backend_name(ctx), "cuda") == 0 && ctx->desc.precision == SD_PRECISION_FP16 &&
              ((sd__cuda_backend *)ctx->backend)->dtype == SD__F16,
          "fp16 by default");
    memset(&p, 0, sizeof p);
    memset(img, 0, sizeof img);
    p.prompt = "a small cat";
    p.steps = 3;
    p.seed = 7;
    p.progress = sd_test_watch_allocations;
    p.progress_user_data = &watch;
    watch.b = ctx->backend;
    for (k = 0; k < 2; k++) {
        watch.at_start = watch.at_end = 0;
        CHECK(sd_txt2img(ctx, &p, &img[k]) == SD_OK && img[k].width == 64 && img[k].pixels, "image %d: %s", k, sd_last_error(ctx));
        CHECK((k == 0 || watch.at_end == watch.at_start) && watch.at_start > 0,
              "image %d: %lu device allocations in the denoising loop", k, (unsigned long)(watch.at_end - watch.at_start));
    }
    CHECK(img[0].pixels && img[1].pixels && memcmp(img[0].pixels, img[1].pixels, 64 * 64 * 3) == 0, "deterministic");
    CHECK(sd_peak_memory(ctx) == ctx->backend->peak_bytes && sd_peak_memory(ctx) > ctx->backend->bytes_in_use,
          "peak device memory %lu", (unsigned long)sd_peak_memory(ctx));
    for (k = 0; k < 2; k++) sd_image_free(ctx, &img[k]);
    sd_destroy(ctx);
    CHECK(stats.live == 0, "%lu allocations live after sd_destroy", (unsigned long)stats.live);
}

/* A count the fake driver (tests/fakecuda) keeps, or -1 with a real driver. */
static long long sd_cuda_fake_count(const char *name) {
    void *lib = dlopen("libcuda.so.1", RTLD_NOW | RTLD_NOLOAD);
    void *sym = lib ? dlsym(lib, name) : NULL;
    long long n = -1;
    if (sym && (strcmp(name, "fakecuda_device_bytes") == 0 || strcmp(name, "fakecuda_graph_launches") == 0)) {
        unsigned long long (*fn)(void);
        memcpy(&fn, &sym, sizeof fn);
        n = (long long)fn();
    } else if (sym) {
        size_t (*fn)(void);
        memcpy(&fn, &sym, sizeof fn);
        n = (long long)fn();
    }
    if (lib) dlclose(lib);
    return n;
}

/* Model and sequential offload on the GPU (pinned host copy, copy stream, events) give the
   default mode's images bit for bit, in fp16 and fp32, txt2img and img2img, also after a
   cancelled run; with the fake driver, nothing (device memory, pinned memory) is left after
   sd_destroy. */
static void test_cuda_gpu_offload(sd_tester *t) {
    static const struct { sd_precision precision; sd_offload offload; } modes[5] = {
        {SD_PRECISION_FP16, SD_OFFLOAD_NONE}, {SD_PRECISION_FP16, SD_OFFLOAD_MODEL}, {SD_PRECISION_FP16, SD_OFFLOAD_SEQUENTIAL},
        {SD_PRECISION_FP32, SD_OFFLOAD_NONE}, {SD_PRECISION_FP32, SD_OFFLOAD_SEQUENTIAL}};
    unsigned char init_pixels[64 * 64 * 3], reference[2][64 * 64 * 3];
    char reason[1024];
    sd_image init;
    size_t m, i;
    int r = sd_cuda_available(t, reason, sizeof reason), k;
    if (r == 0) SKIP("%.200s", reason);
    if (r < 0) return;
    for (i = 0; i < sizeof init_pixels; i++) init_pixels[i] = (unsigned char)(i * 5 + i / 192);
    init.width = init.height = 64;
    init.pixels = init_pixels;
    for (m = 0; m < SD__COUNT(modes); m++) {
        sd_test_offload_cancel cancel = {1};
        sd_desc desc;
        sd_ctx *ctx = NULL;
        sd_params p;
        sd_image img;
        memset(&desc, 0, sizeof desc);
        desc.model_path = TINY_SD_FOLDER;
        desc.backend = SD_BACKEND_CUDA;
        desc.offload = modes[m].offload;
        desc.precision = modes[m].precision;
        REQUIRE(sd_create(&desc, &ctx) == SD_OK, "%s, offload %s: %s", sd_cuda_precision_name(modes[m].precision),
                sd__offload_names[modes[m].offload], sd_last_error(ctx));
        memset(&p, 0, sizeof p);
        p.prompt = "a small cat";
        p.steps = 3;
        p.seed = 7;
        p.strength = 0.7f;
        if (modes[m].offload != SD_OFFLOAD_NONE) {
            p.progress = sd_test_offload_on_progress;
            p.progress_user_data = &cancel;
            memset(&img, 0, sizeof img);
            CHECK(sd_txt2img(ctx, &p, &img) == SD_ERR_CANCELLED, "cancel: %s", sd_last_error(ctx));
            cancel.cancel_at = 1000;
        }
        for (k = 0; k < 2; k++) {
            memset(&img, 0, sizeof img);
            if ((k ? sd_img2img(ctx, &p, &init, &img) : sd_txt2img(ctx, &p, &img)) != SD_OK) {
                CHECK(0, "%s, offload %s, %s: %s", sd_cuda_precision_name(modes[m].precision),
                      sd__offload_names[modes[m].offload], k ? "img2img" : "txt2img", sd_last_error(ctx));
                continue;
            }
            if (modes[m].offload == SD_OFFLOAD_NONE) memcpy(reference[k], img.pixels, sizeof reference[k]);
            else CHECK(memcmp(reference[k], img.pixels, sizeof reference[k]) == 0, "%s, offload %s, %s: another image",
                       sd_cuda_precision_name(modes[m].precision), sd__offload_names[modes[m].offload], k ? "img2img" : "txt2img");
            sd_image_free(ctx, &img);
        }
        if (modes[m].offload == SD_OFFLOAD_SEQUENTIAL)
            CHECK(ctx->backend->weights->prefetches > 0 && ctx->backend->weights->misses <= 2, "%llu misses, %llu prefetches",
                  ctx->backend->weights->misses, ctx->backend->weights->prefetches);
        sd_destroy(ctx);
        CHECK(sd_cuda_fake_count("fakecuda_pinned_blocks") <= 0 && sd_cuda_fake_count("fakecuda_device_bytes") <= 0,
              "%s, offload %s: %lld pinned blocks, %lld device bytes left",
              sd_cuda_precision_name(modes[m].precision), sd__offload_names[modes[m].offload],
              sd_cuda_fake_count("fakecuda_pinned_blocks"), sd_cuda_fake_count("fakecuda_device_bytes"));
    }
}

/* The denoising step recorded as a CUDA graph and replayed (the default) gives the images and
   final latents of graphs off bit for bit: samplers with and without multistep state and noise,
   a batch of 2 with guidance, txt2img and img2img, in fp16 (and two of the runs in fp32). With
   the fake driver, the graph ran for every step after the first (the first runs plainly, the
   second is recorded, then launched). TAESD previews after every step (a pass of their own
   between the replays) are the same too. 32x32 images keep the emulation short. */
/* Keeps the last TAESD preview of image 0 (32x32) and counts the previews. */
typedef struct sd_cuda_previews {
    int calls;
    unsigned char last[32 * 32 * 3];
} sd_cuda_previews;
static int sd_cuda_on_preview(void *user, const sd_preview *pv) {
    sd_cuda_previews *seen = (sd_cuda_previews *)user;
    seen->calls++;
    if (pv->images && pv->images[0].width == 32 && pv->images[0].height == 32) memcpy(seen->last, pv->images[0].pixels, sizeof seen->last);
    return 0;
}

static void test_cuda_gpu_graphs(sd_tester *t) {
    static const sd_sampler samplers[5] = {SD_SAMPLER_EULER_A, SD_SAMPLER_PNDM, SD_SAMPLER_DPMPP_2M, SD_SAMPLER_LMS,
                                           SD_SAMPLER_DPMPP_2M};
    enum { STEPS = 4, RUNS = 5, LAT = 2 * 4 * 4 * 4, PIX = 32 * 32 * 3 };
    static unsigned char pixels[2][RUNS][2][PIX];
    static float latents[2][RUNS][LAT];
    static sd_cuda_previews previews[2][RUNS];
    unsigned char init_pixels[PIX];
    char reason[1024];
    sd_image init;
    int r = sd_cuda_available(t, reason, sizeof reason), precision, graphs, k, i;
    if (r == 0) SKIP("%.200s", reason);
    if (r < 0) return;
    for (i = 0; i < PIX; i++) init_pixels[i] = (unsigned char)(i * 7 + i / 96);
    init.width = init.height = 32;
    init.pixels = init_pixels;
    for (precision = 0; precision < 2; precision++) {
        const int runs = precision ? 2 : RUNS, step = precision ? RUNS - 1 : 1; /* fp32: the first run and the last */
        for (graphs = 0; graphs < 2; graphs++) {
            sd_desc desc;
            sd_ctx *ctx = NULL;
            memset(&desc, 0, sizeof desc);
            desc.model_path = TINY_SD_FOLDER;
            desc.backend = SD_BACKEND_CUDA;
            desc.precision = precision ? SD_PRECISION_FP32 : SD_PRECISION_FP16;
            desc.graphs = graphs ? SD_OFF : SD_ON;
            desc.taesd_path = TEST_DATA "/tiny-taesd"; /* previews run TAESD between the recorded steps */
            REQUIRE(sd_create(&desc, &ctx) == SD_OK, "%s", sd_last_error(ctx));
            for (k = 0; k < RUNS; k += step) {
                sd_image img[2];
                sd_params p;
                long long before = sd_cuda_fake_count("fakecuda_graph_launches"), launches;
                memset(&p, 0, sizeof p);
                memset(img, 0, sizeof img);
                p.prompt = "a small cat";
                p.width = p.height = 32;
                p.steps = STEPS;
                p.seed = 11;
                p.batch = 2;
                p.sampler = samplers[k];
                p.strength = 0.8f;
                p.latents_out = latents[graphs][k];
                p.preview = sd_cuda_on_preview;
                p.preview_user_data = &previews[graphs][k];
                if ((k == RUNS - 1 ? sd_img2img(ctx, &p, &init, img) : sd_txt2img(ctx, &p, img)) != SD_OK) {
                    CHECK(0, "%s: %s", sd_sampler_name(p.sampler), sd_last_error(ctx));
                    continue;
                }
                launches = sd_cuda_fake_count("fakecuda_graph_launches") - before;
                if (before >= 0 && k == 0)
                    CHECK(launches == (graphs ? 0 : STEPS - 1), "graphs %s: %lld graph launches for %d steps",
                          graphs ? "off" : "on", launches, STEPS);
                for (i = 0; i < 2; i++) {
                    memcpy(pixels[graphs][k][i], img[i].pixels, PIX);
                    sd_image_free(ctx, &img[i]);
                }
            }
            sd_destroy(ctx);
        }
        for (k = 0; k < RUNS; k += runs == RUNS ? 1 : RUNS - 1)
            CHECK(memcmp(pixels[0][k], pixels[1][k], sizeof pixels[0][k]) == 0 &&
                      memcmp(latents[0][k], latents[1][k], sizeof latents[0][k]) == 0 &&
                      memcmp(&previews[0][k], &previews[1][k], sizeof previews[0][k]) == 0 && previews[0][k].calls > 0,
                  "%s %s %s: graphs change the result or the previews (%d, %d previews)", precision ? "fp32" : "fp16",
                  sd_sampler_name(samplers[k]), k == RUNS - 1 ? "img2img" : "txt2img", previews[0][k].calls, previews[1][k].calls);
    }
}

/* A recording that cannot be captured (here a read, which waits for the stream) is reported and
   leaves the backend usable: graph_end returns NULL with status clear, and nothing recorded ran.
   A good recording runs only when launched, once per launch. */
static void sd_cuda_graph_cases(sd_tester *t, sd_cuda_pair *p) {
    sd__backend *b = p->b[1];
    const float v[4] = {1, 2, 3, 4};
    float out[4];
    sd__tensor x = sd_ops_tensor(b, 1, 1, 1, 4, v);
    void *graph;
    b->ops->graph_begin(b);
    b->ops->add(b, &x, &x, 1.0f, 1.0f, &x);
    b->ops->read(b, &x, out);
    graph = b->ops->graph_end(b);
    CHECK(!graph && b->status == SD_OK, "a failed recording: graph %p, status %d (%s)", graph, (int)b->status, p->env.message);
    b->ops->read(b, &x, out);
    CHECK(b->status == SD_OK && out[0] == 1 && out[3] == 4, "the failed recording ran: %g %g", (double)out[0], (double)out[3]);
    b->ops->graph_begin(b);
    b->ops->add(b, &x, &x, 1.0f, 1.0f, &x);
    graph = b->ops->graph_end(b);
    REQUIRE(graph && b->status == SD_OK, "recording: %s", p->env.message);
    b->ops->read(b, &x, out);
    CHECK(out[0] == 1 && out[3] == 4, "the recording ran before its launch: %g", (double)out[0]);
    b->ops->graph_launch(b, graph);
    b->ops->graph_launch(b, graph);
    b->ops->read(b, &x, out);
    CHECK(b->status == SD_OK && out[0] == 4 && out[3] == 16, "two launches: %g %g (%s)", (double)out[0], (double)out[3],
          p->env.message);
    b->ops->graph_free(b, graph);
    sd__t_drop(b, &x);
}

static void test_cuda_gpu_graph_recording(sd_tester *t) { SD_CUDA_EACH_PRECISION(t, sd_cuda_graph_cases); }

static void tests_cuda(sd_tester *t) {
    char tune_path[256];
    /* the pipelines autotune (SD_DEFAULT_AUTOTUNE): their cache goes to a file of this run */
    setenv("SD_AUTOTUNE_CACHE", sd_test_tmp(tune_path, sizeof tune_path, "pipeline_autotune.txt"), 0);
    RUN(t, test_cuda_ptx_is_fresh);
    RUN(t, test_cuda_ptx_driver_floor);
    RUN(t, test_cuda_embedded_kernels_are_fresh);
    RUN(t, test_cuda_first_runs_under_fakecuda);
    RUN(t, test_cuda_fakecuda_poison_catches_unwritten_shared);
    RUN(t, test_cuda_finds_kernels);
    RUN(t, test_cuda_loader_without_driver);
    RUN(t, test_cuda_sdk_stub_driver);
    RUN(t, test_cuda_blas_loads);
    RUN(t, test_cuda_linked_build_matches_sdk);
    RUN(t, test_cuda_flash_selection);
    RUN(t, test_cuda_autotune_cache_file);
    RUN(t, test_cuda_autotune_cache_path);
    RUN(t, test_cuda_backend_choice);
    RUN(t, test_cuda_gpu_conv2d);
    RUN(t, test_cuda_gpu_conv_igemm);
    RUN(t, test_cuda_gpu_autotune);
    RUN(t, test_cuda_gpu_linear);
    RUN(t, test_cuda_gpu_norms);
    RUN(t, test_cuda_gpu_attention);
    RUN(t, test_cuda_gpu_flash_attention);
    RUN(t, test_cuda_gpu_elementwise);
    RUN(t, test_cuda_gpu_sampler_kernels);
    RUN(t, test_cuda_gpu_memory);
    RUN(t, test_cuda_gpu_bad_kernels);
    RUN(t, test_cuda_gpu_rejects_bad_arguments);
    RUN(t, test_cuda_gpu_models_golden);
    RUN(t, test_cuda_gpu_pipelines_golden);
    RUN(t, test_cuda_gpu_public_api);
    RUN(t, test_cuda_gpu_offload);
    RUN(t, test_cuda_gpu_graph_recording);
    RUN(t, test_cuda_gpu_graphs);
    remove(tune_path);
}
