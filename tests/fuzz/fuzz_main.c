/* Fuzz targets for every input sd_single.h and the sd CLI take from outside: safetensors files,
   config JSON, prompt text (through the tokenizer and through the public API), the CLI's argument
   list and img2img's init image. One binary holds them all and runs the target that $SD_FUZZ_TARGET
   or its own name (fuzz_NAME, a link `make fuzz` makes) selects.

     make fuzz                             libFuzzer binaries, build/fuzz/fuzz_NAME (clang)
     build/fuzz/fuzz_NAME tests/fuzz/corpus/NAME -max_total_time=60
     build/fuzz/replay NAME FILE|DIR...    replays inputs without libFuzzer (any C compiler);
                                           `make test-asan` replays every corpus this way

   Like the test runner this is one translation unit (it includes the CLI, which includes the
   library), so targets call private functions. A target aborts, through FUZZ_CHECK, when the code
   under test breaks a promise it makes: an error code it may not return, a leak counted by the
   library's own allocator, an id out of range. Memory errors are the sanitizers' to find. */
#define SD_CLI_NO_MAIN
#if defined(__GNUC__) /* the CLI's commands need a model: they are not fuzzed, so unused here */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-function"
#endif
#include "cli/sd.c" /* first: the library selects the POSIX/GNU feature macros */
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

#include <fcntl.h>

#define FUZZ_CHECK(cond, ...)                                                          \
    do {                                                                               \
        if (!(cond)) {                                                                 \
            fprintf(stderr, "fuzz check failed at %s:%d: ", __FILE__, __LINE__);       \
            fprintf(stderr, __VA_ARGS__);                                              \
            fputc('\n', stderr);                                                       \
            abort();                                                                   \
        }                                                                              \
    } while (0)

/* The input as a NUL-terminated string (it stops at the first NUL byte, as a C caller's would). */
static char *fuzz_string(const unsigned char *data, size_t size) {
    char *s = (char *)malloc(size + 1);
    FUZZ_CHECK(s != NULL, "out of memory");
    if (size) memcpy(s, data, size);
    s[size] = 0;
    return s;
}

static sd__env fuzz_env(void) {
    sd__env env;
    memset(&env, 0, sizeof env);
    return env;
}

#include "fuzz_safetensors.c"
#include "fuzz_config.c"
#include "fuzz_tokenizer.c"
#include "fuzz_prompt.c"
#include "fuzz_cli.c"
#include "fuzz_image.c"

typedef struct fuzz_target {
    const char *name;
    void (*run)(const unsigned char *data, size_t size);
} fuzz_target;

static const fuzz_target fuzz_targets[] = {{"safetensors", fuzz_safetensors}, {"config", fuzz_config},
                                           {"tokenizer", fuzz_tokenizer},     {"prompt", fuzz_prompt},
                                           {"cli", fuzz_cli},                 {"image", fuzz_image}};

static const fuzz_target *fuzz_selected; /* set once, before the first input */

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    const char *name = getenv("SD_FUZZ_TARGET"), *self = (*argv)[0], *slash = strrchr(self, '/');
    size_t i;
    (void)argc;
    if (slash) self = slash + 1;
    if ((!name || !*name) && strncmp(self, "fuzz_", 5) == 0) name = self + 5;
    for (i = 0; name && i < sizeof fuzz_targets / sizeof fuzz_targets[0]; i++)
        if (strcmp(name, fuzz_targets[i].name) == 0) fuzz_selected = &fuzz_targets[i];
    if (!fuzz_selected) {
        fprintf(stderr, "unknown fuzz target '%s'; set SD_FUZZ_TARGET or run as fuzz_NAME, NAME one of:", name ? name : "");
        for (i = 0; i < sizeof fuzz_targets / sizeof fuzz_targets[0]; i++) fprintf(stderr, " %s", fuzz_targets[i].name);
        fputc('\n', stderr);
        exit(2);
    }
    return 0;
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
    fuzz_selected->run(data, size);
    return 0;
}
