/* Target "cli": the sd CLI's argument parser. The input is the argument list, arguments
   separated by NUL bytes (argv[0] is "sd"). parse_args reports usage errors on stderr and prints
   the help on stdout: both go to /dev/null while it runs, and sanitizer reports to the original
   stderr. Whatever it accepts must be a run the library can be asked for. */
#define FUZZ_CLI_MAX_ARGS 256

extern void __sanitizer_set_report_fd(void *fd) __attribute__((weak));

static int fuzz_cli_null = -1, fuzz_cli_stdout = -1, fuzz_cli_stderr = -1; /* set on the first input */

static void fuzz_cli_silence(int on) {
    fflush(stdout);
    fflush(stderr);
    dup2(on ? fuzz_cli_null : fuzz_cli_stdout, STDOUT_FILENO);
    dup2(on ? fuzz_cli_null : fuzz_cli_stderr, STDERR_FILENO);
}

static void fuzz_cli(const unsigned char *data, size_t size) {
    char *text = fuzz_string(data, size), *argv[FUZZ_CLI_MAX_ARGS + 1], name[PATH_BUFFER];
    int argc = 1, i;
    size_t at = 0;
    cli_options c;
    cli_next next;
    if (fuzz_cli_null < 0) {
        fuzz_cli_null = open("/dev/null", O_WRONLY);
        fuzz_cli_stdout = dup(STDOUT_FILENO);
        fuzz_cli_stderr = dup(STDERR_FILENO);
        FUZZ_CHECK(fuzz_cli_null >= 0 && fuzz_cli_stdout >= 0 && fuzz_cli_stderr >= 0, "cannot set up the output files");
        if (__sanitizer_set_report_fd) __sanitizer_set_report_fd((void *)(intptr_t)fuzz_cli_stderr);
    }
    argv[0] = (char *)"sd";
    while (at < size && argc < FUZZ_CLI_MAX_ARGS) { /* the text holds NUL-separated arguments */
        argv[argc++] = text + at;
        at += strlen(text + at) + 1;
    }
    argv[argc] = NULL;
    fuzz_cli_silence(1);
    next = parse_args(argc, argv, &c);
    fuzz_cli_silence(0);
    if (next == CLI_RUN) {
        const sd_params *p = &c.params;
        FUZZ_CHECK(p->prompt != NULL && c.output != NULL && c.output[0] != 0, "a run without a prompt or an output");
        FUZZ_CHECK(c.print_tokens || c.desc.model_path != NULL, "a generation without a model");
        FUZZ_CHECK(!p->width || (p->width >= 8 && p->width <= SD_MAX_DIM && p->width % 8 == 0), "width %d", p->width);
        FUZZ_CHECK(!p->height || (p->height >= 8 && p->height <= SD_MAX_DIM && p->height % 8 == 0), "height %d", p->height);
        FUZZ_CHECK(!p->steps || (p->steps >= 1 && p->steps <= SD_MAX_STEPS), "steps %d", p->steps);
        FUZZ_CHECK(!p->batch || (p->batch >= 1 && p->batch <= SD_MAX_BATCH), "batch %d", p->batch);
        FUZZ_CHECK(p->guidance - p->guidance == 0.0f, "guidance %g", (double)p->guidance);
        FUZZ_CHECK(!c.strength_given || (p->strength > 0.0f && p->strength <= 1.0f), "strength %g", (double)p->strength);
        FUZZ_CHECK(!c.strength_given || c.init_image, "strength without an init image");
        FUZZ_CHECK(!c.quality || (c.quality >= 1 && c.quality <= 100), "quality %d", c.quality);
        if (!c.print_tokens) { /* the extension's format; PNG for none (standard output, a stream) */
            image_format expected = FORMAT_PNG;
            for (i = 0; i < (int)(sizeof format_extensions / sizeof format_extensions[0]); i++)
                if (same_ignoring_case(file_extension(c.output), format_extensions[i].extension)) expected = format_extensions[i].format;
            FUZZ_CHECK(c.format == expected, "'%s' is written as %s", c.output, format_names[c.format]);
            FUZZ_CHECK(!c.quality || c.format != FORMAT_PNG, "--quality %d for a PNG", c.quality);
        }
        for (i = 0; i < SD_MAX_BATCH; i++)
            if (batch_file_name(c.output, i, name, sizeof name))
                FUZZ_CHECK(strlen(name) < sizeof name && (i > 0 || strcmp(name, c.output) == 0), "image %d is named '%s'", i,
                           name);
    }
    free(text);
}
