/* The test runner: the whole library in this one translation unit, so private functions are
   testable, and every tests/test_*.c file included below. Run from the repository root:
       ./build/test_sd [NAME-SUBSTRING]                                                        */
#define SD_IMPLEMENTATION
#include "sd_single.h"
#include "test.h"

#include "test_util.c"
#include "test_json.c"
#include "test_safetensors.c"
#include "test_ops.c"
#include "test_model.c"
#include "test_tokenizer.c"
#include "test_rng.c"
#include "sched_host.h"
#include "test_sched.c"
#include "test_models.c"
#include "test_pipeline.c"
#include "test_prompt.c"
#include "test_lora.c"
#include "test_plan.c"
#include "test_api.c"
#include "test_cli.c"
#include "test_robust.c"
#include "test_offload.c"
#include "test_cuda.c"
#include "test_bench.c"

int main(int argc, char **argv) {
    sd_tester tester;
    memset(&tester, 0, sizeof tester);
    tester.filter = argc > 1 ? argv[1] : NULL;
    if (!sd_test_make_tiny_folder()) {
        fprintf(stderr, "could not make %s from " TEST_DATA "/tiny-sd.safetensors\n", TINY_SD_FOLDER);
        return 1;
    }
    tests_json(&tester);
    tests_safetensors(&tester);
    tests_ops(&tester);
    tests_model(&tester);
    tests_tokenizer(&tester);
    tests_rng(&tester);
    tests_sched(&tester);
    tests_models(&tester);
    tests_pipeline(&tester);
    tests_prompt(&tester);
    tests_lora(&tester);
    tests_plan(&tester);
    tests_api(&tester);
    tests_cli(&tester);
    tests_robust(&tester);
    tests_offload(&tester);
    tests_cuda(&tester);
    tests_bench(&tester);
    printf("%d passed, %d failed, %d skipped\n", tester.passed, tester.failed, tester.skipped);
    return tester.failed ? 1 : 0;
}
