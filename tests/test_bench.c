/* The GPU benchmark harness without a GPU (docs/PERF.md): bench_gpu's command line and its
   answer when no CUDA driver is there (with one, a short real run), the shell scripts parse,
   and the Python tools' argument handling and the summary's arithmetic. The Python tests skip
   when python3 is missing; none of them imports torch. */

static int sd_test_has_python(void) { return sd_test_run_command("python3 -c 'import json, argparse'", NULL, 0) == 0; }

static void test_bench_gpu_usage(sd_tester *t) {
    char out[4096];
    int rc = sd_test_run_command(SD_TEST_BUILD "/bench_gpu", out, sizeof out);
    CHECK(rc == 2, "bench_gpu without a model exited %d, expected 2: %s", rc, out);
    CHECK(strstr(out, "usage:") && strstr(out, "vae_tiling_2048"), "usage lists no mode keys: %s", out);
    rc = sd_test_run_command(SD_TEST_BUILD "/bench_gpu " TINY_SD_FOLDER " --modes default,bogus", out, sizeof out);
    CHECK(rc == 2 && strstr(out, "usage:"), "an unknown mode key gave %d: %s", rc, out);
    rc = sd_test_run_command(SD_TEST_BUILD "/bench_gpu " TINY_SD_FOLDER " --precision fp8", out, sizeof out);
    CHECK(rc == 2, "an unknown precision gave %d: %s", rc, out);
    rc = sd_test_run_command(SD_TEST_BUILD "/bench_gpu " TINY_SD_FOLDER " --size 60", out, sizeof out);
    CHECK(rc == 2, "a size that is no multiple of 8 gave %d: %s", rc, out);
}

/* No driver: one clear error and exit 1, no tables of empty rows. With a GPU: the tiny model's
   table. Either way the run is short. */
static void test_bench_gpu_runs_or_reports(sd_tester *t) {
    char out[8192];
    int rc = sd_test_run_command(SD_TEST_BUILD "/bench_gpu " TINY_SD_FOLDER " --precision fp16 --size 64 --steps 2 "
                                 "--repeat 1 --modes default",
                                 out, sizeof out);
    if (rc == 0) {
        CHECK(strstr(out, "| fp16 |") && strstr(out, "| default |"), "no fp16 or mode row: %s", out);
    } else {
        CHECK(rc == 1, "bench_gpu exited %d: %s", rc, out);
        CHECK(strstr(out, "CUDA") || strstr(out, "cuda"), "the failure does not name CUDA: %s", out);
        CHECK(!strstr(out, "| fp16 |"), "a table was printed although nothing ran: %s", out);
    }
}

/* plan_memory needs no device: the tiny model's plans, one row per pass, none failed. */
static void test_bench_plan_memory(sd_tester *t) {
    char out[8192];
    int rc = sd_test_run_command(SD_TEST_BUILD "/plan_memory " TEST_DATA "/tiny-sd.safetensors --size 64 --batch 1", out,
                                 sizeof out);
    CHECK(rc == 0, "plan_memory exited %d: %s", rc, out);
    CHECK(strstr(out, "| UNet call, 2 rows |") && strstr(out, "| VAE encode, 1 image |"), "rows missing: %s", out);
    CHECK(!strstr(out, "failed"), "a pass failed: %s", out);
}

static void test_bench_scripts_parse(sd_tester *t) {
    char out[2048];
    int rc = sd_test_run_command("sh -n tools/gpu_check.sh && sh -n tools/fetch_wheels.sh && sh -n tools/bench/cpu_side_by_side.sh",
                                 out, sizeof out);
    CHECK(rc == 0, "sh -n: %s", out);
    rc = sd_test_run_command("sh tools/bench/cpu_side_by_side.sh --help", out, sizeof out);
    CHECK(rc == 0 && strstr(out, "--rounds") && strstr(out, "torch bf16"), "cpu_side_by_side.sh --help: %d %s", rc, out);
    rc = sd_test_run_command("sh tools/bench/cpu_side_by_side.sh --bogus", out, sizeof out);
    CHECK(rc == 2 && strstr(out, "unknown option --bogus"), "an unknown option gave %d: %s", rc, out);
}

/* bench_cpu's JSON (what cpu_side_by_side.sh reads) on the tiny model, at each CPU precision. */
static void test_bench_cpu_json(sd_tester *t) {
    static const char *const precisions[] = {"fp32", "fp16", "bf16"};
    char out[4096], cmd[512];
    size_t i;
    int rc;
    for (i = 0; i < SD__COUNT(precisions); i++) {
        snprintf(cmd, sizeof cmd, SD_TEST_BUILD "/bench_cpu " TINY_SD_FOLDER " --size 64 --repeat 2 --json --precision %s 2>/dev/null",
                 precisions[i]);
        rc = sd_test_run_command(cmd, out, sizeof out);
        CHECK(rc == 0 && strstr(out, "{\"tool\": \"sd_single.h\"") && strstr(out, "\"unet_s\": [") &&
                  strstr(out, "\"vae_decode_s\": ") && strstr(out, "\"peak_rss_mib\": "),
              "bench_cpu --json --precision %s: %d %s", precisions[i], rc, out);
    }
    rc = sd_test_run_command(SD_TEST_BUILD "/bench_cpu " TINY_SD_FOLDER " --precision fp8", out, sizeof out);
    CHECK(rc == 2 && strstr(out, "usage"), "an unknown precision gave %d: %s", rc, out);
}

static void test_bench_python_arguments(sd_tester *t) {
    char out[4096];
    int rc;
    if (!sd_test_has_python()) SKIP("no python3");
    rc = sd_test_run_command("python3 tools/bench/diffusers_bench.py --help", out, sizeof out);
    CHECK(rc == 0 && strstr(out, "--model") && strstr(out, "--tile-size"), "diffusers_bench.py --help: %d %s", rc, out);
    rc = sd_test_run_command("python3 tools/bench/diffusers_bench.py --model x --modes default,bogus", out, sizeof out);
    CHECK(rc == 2 && strstr(out, "unknown mode 'bogus'"), "an unknown mode gave %d: %s", rc, out);
    rc = sd_test_run_command("python3 tools/bench/torch_cpu_components.py --help", out, sizeof out);
    CHECK(rc == 0 && strstr(out, "--channels-last"), "torch_cpu_components.py --help: %d %s", rc, out);
    rc = sd_test_run_command("python3 tools/bench/torch_cpu_components.py --model x --size 30", out, sizeof out);
    CHECK(rc == 2 && strstr(out, "multiple of 8"), "a bad size gave %d: %s", rc, out);
    rc = sd_test_run_command("python3 tools/bench/sdcpp_cpu_components.py --help", out, sizeof out);
    CHECK(rc == 0 && strstr(out, "--flash-attn"), "sdcpp_cpu_components.py --help: %d %s", rc, out);
    rc = sd_test_run_command("python3 tools/bench/sdcpp_cpu_components.py --model x --size 100", out, sizeof out);
    CHECK(rc == 2 && strstr(out, "multiple of 64"), "a bad size gave %d: %s", rc, out);
    rc = sd_test_run_command("python3 tools/bench/make_sd15_checkpoint.py --help", out, sizeof out);
    CHECK(rc == 0 && strstr(out, "--diffusers"), "make_sd15_checkpoint.py --help: %d %s", rc, out);
}

/* The summary divides ours by diffusers' figures, marks extrapolated rows and leaves what did
   not run empty. */
static void test_bench_report(sd_tester *t) {
    static const char ours[] =
        "{\"device\": \"Test GPU\", \"size\": 512, \"steps\": 50, \"tile_size\": 2048, \"precisions\": [\n"
        " {\"precision\": \"fp16\", \"ok\": true, \"load_s\": 1, \"text_encoder_b2_ms\": 8, \"unet_b2_ms\": 30,\n"
        "  \"vae_decode_b1_ms\": 44, \"image_s\": 3, \"device_used_mib\": 3000, \"library_peak_mib\": 2500}],\n"
        " \"modes\": {\"slice_1\": {\"state\": \"ok\", \"note\": \"\", \"batch\": 1, \"steps\": 20, \"s\": 1.4,\n"
        "  \"s_2steps\": 0.5, \"est_s\": 3.9, \"library_peak_mib\": 2400, \"device_used_mib\": 2900},\n"
        "  \"model_offload\": {\"state\": \"failed\", \"note\": \"out of device memory\", \"batch\": 1, \"steps\": 20,\n"
        "  \"s\": null, \"s_2steps\": null, \"est_s\": null, \"library_peak_mib\": null, \"device_used_mib\": null}}}\n";
    static const char theirs[] =
        "{\"dtype\": \"fp16\", \"gpu\": \"Test GPU\", \"versions\": {\"diffusers\": \"0.40.0\", \"torch\": \"2.11\"},\n"
        " \"components_ms\": {\"text_encoder_b2\": 4, \"unet_b2\": 25, \"vae_decode_b1\": 22},\n"
        " \"end_to_end\": {\"median_s\": 1.5, \"peak_alloc_mib\": 2684, \"device_used_mib\": 4600},\n"
        " \"modes\": {\"slice_1\": {\"steps\": 20, \"s\": 1.1, \"est_s\": 2.9, \"peak_alloc_mib\": 2688,\n"
        " \"device_used_mib\": 4600}}, \"skipped\": {\"model_offload\": \"time budget (150 s) spent\"}, \"errors\": {}}\n";
    char ours_path[256], theirs_path[256], cmd[1024], out[8192];
    int rc;
    if (!sd_test_has_python()) SKIP("no python3");
    sd_test_tmp(ours_path, sizeof ours_path, "ours.json");
    sd_test_tmp(theirs_path, sizeof theirs_path, "diffusers.json");
    REQUIRE(sd_test_write_file(ours_path, ours, sizeof ours - 1) && sd_test_write_file(theirs_path, theirs, sizeof theirs - 1),
            "cannot write the fixtures");
    snprintf(cmd, sizeof cmd, "python3 tools/bench/gpu_report.py --ours %s --diffusers %s --first-image 7.5 failed", ours_path,
             theirs_path);
    rc = sd_test_run_command(cmd, out, sizeof out);
    CHECK(rc == 0, "gpu_report.py exited %d: %s", rc, out);
    CHECK(strstr(out, "on Test GPU"), "the GPU is not named: %s", out);
    CHECK(strstr(out, "| text encoder, batch 2 | 8.00 ms | 4.00 ms | 2.00 |"), "text encoder row: %s", out);
    CHECK(strstr(out, "| UNet step, batch 2 | 30.00 ms | 25.00 ms | 1.20 |"), "UNet row: %s", out);
    CHECK(strstr(out, "| end to end | 3.000 s | 1.500 s | 2.00 |"), "end-to-end row: %s", out);
    CHECK(strstr(out, "| attention slicing 1 | 3.90 s (est. from 20) | 2400 MiB | 2900 MiB | 2.90 s (est. from 20) |"),
          "slicing row: %s", out);
    CHECK(strstr(out, "| model offload | failed: out of device memory | - | - | time budget (150 s) spent |"),
          "failed/skipped row: %s", out);
    CHECK(strstr(out, "| cold (empty CUDA_CACHE_PATH) | 7.5 |") && strstr(out, "| warm (same cache again) | failed |"),
          "time to first image: %s", out);
    CHECK(!strstr(out, "| default |"), "a mode that ran nowhere has a row: %s", out);
    remove(ours_path);
    remove(theirs_path);
}

static void tests_bench(sd_tester *t) {
    RUN(t, test_bench_gpu_usage);
    RUN(t, test_bench_gpu_runs_or_reports);
    RUN(t, test_bench_plan_memory);
    RUN(t, test_bench_scripts_parse);
    RUN(t, test_bench_cpu_json);
    RUN(t, test_bench_python_arguments);
    RUN(t, test_bench_report);
}
