# make            builds the CLI (build/sd) and the examples, regenerating sd_single.h from src/
#                 first when a section there changed
# make test       builds and runs the test suite (from the repository root)
# make amalgamate regenerates sd_single.h from src/ unconditionally
# make test-asan  the test suite and every fuzz corpus under clang's AddressSanitizer,
#                 UndefinedBehaviorSanitizer and LeakSanitizer (in build/asan)
# make test-tsan  the two-contexts-in-two-threads test under ThreadSanitizer (in build/tsan)
# make fuzz       libFuzzer binaries build/fuzz/fuzz_NAME (clang); make fuzz-run runs each one
#                 for FUZZ_SECONDS; make fuzz-replay replays the corpora with $(CC)
CC ?= cc
CXX ?= c++
WARN = -Wall -Wextra -pedantic
CFLAGS ?= -O2 -march=native
ALL_CFLAGS = -std=c99 $(WARN) $(CFLAGS)
LDLIBS = -lm -lpthread -ldl
STB_INC ?= /usr/include/stb
BUILD ?= build
# The CLI writes WebP when Debian's libwebp-dev is installed (`make WEBP=` builds it without).
WEBP ?= $(if $(wildcard /usr/include/webp/encode.h),yes)
CLI_WEBP_FLAGS = $(if $(WEBP),-DSD_CLI_WEBP)
CLI_WEBP_LIBS = $(if $(WEBP),-lwebp)

EXAMPLES = $(patsubst examples/%.c,$(BUILD)/%,$(wildcard examples/*.c))
# The sections sd_single.h is made of (tools/amalgamate.sh lists their order).
SECTIONS = $(wildcard src/*.h src/*.txt src/*/*.c src/*/*/*.c src/*/*/*.inc)

all: $(BUILD)/sd $(BUILD)/kernels.ptx $(EXAMPLES)

sd_single.h: tools/amalgamate.sh $(SECTIONS)
	sh tools/amalgamate.sh

$(BUILD):
	mkdir -p $(BUILD)

# The CLI's optional features as last built: rewritten when they change (libwebp-dev installed or
# removed), so that a plain `make` rebuilds the CLI then.
$(BUILD)/cli_features: FORCE | $(BUILD)
	@echo '$(CLI_WEBP_FLAGS)' | cmp -s - $@ || echo '$(CLI_WEBP_FLAGS)' > $@

$(BUILD)/sd: cli/sd.c sd_single.h $(BUILD)/cli_features | $(BUILD)
	$(CC) $(ALL_CFLAGS) $(CLI_WEBP_FLAGS) -I. -I$(STB_INC) -o $@ cli/sd.c $(LDLIBS) $(CLI_WEBP_LIBS)

# The CUDA backend looks for its kernels in the executable's folder (among other places).
$(BUILD)/kernels.ptx: kernels.ptx | $(BUILD)
	cp kernels.ptx $@

$(BUILD)/%: examples/%.c sd_single.h | $(BUILD)
	$(CC) $(ALL_CFLAGS) -I. -I$(STB_INC) -o $@ $< $(LDLIBS)

# benchmarks (docs/PERF.md) and the memory planner's report; not part of `all`
$(BUILD)/bench_cpu: tools/bench/bench_cpu.c tools/bench/bench_util.h sd_single.h | $(BUILD)
	$(CC) $(ALL_CFLAGS) -I. -o $@ tools/bench/bench_cpu.c $(LDLIBS)
$(BUILD)/bench_ops: tools/bench/bench_ops.c sd_single.h | $(BUILD)
	$(CC) $(ALL_CFLAGS) -I. -o $@ tools/bench/bench_ops.c $(LDLIBS)
$(BUILD)/plan_memory: tools/plan_memory.c sd_single.h | $(BUILD)
	$(CC) $(ALL_CFLAGS) -I. -o $@ tools/plan_memory.c $(LDLIBS)

$(BUILD)/bench_gpu: tools/bench/bench_gpu.c tools/bench/bench_util.h sd_single.h | $(BUILD)
	$(CC) $(ALL_CFLAGS) -I. -o $@ tools/bench/bench_gpu.c $(LDLIBS)

# The tests run the CLI, the examples and bench_gpu (its usage) of the same build folder.
$(BUILD)/test_sd: tests/*.c tests/*.h sd_single.h | $(BUILD)
	$(CC) $(ALL_CFLAGS) -g -I. -I$(STB_INC) '-DSD_TEST_BUILD="$(BUILD)"' -o $@ tests/test_main.c $(LDLIBS)

# The tools are built too, so that none of them falls behind the library unnoticed.
test: all $(BUILD)/test_sd $(BUILD)/bench_gpu $(BUILD)/plan_memory $(BUILD)/bench_cpu $(BUILD)/bench_ops
	./$(BUILD)/test_sd

amalgamate:
	sh tools/amalgamate.sh

# ---- fuzzing and sanitizers ---------------------------------------------------------------
FUZZ_TARGETS = safetensors config tokenizer prompt cli image
FUZZ_SOURCES = tests/fuzz/*.c cli/sd.c sd_single.h
FUZZ_SECONDS ?= 20
SAN_CC ?= clang
SAN_CXX ?= clang++
ASAN_CFLAGS = -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all
TSAN_CFLAGS = -O1 -g -fsanitize=thread
# Any sanitizer report, leaks included, exits 23: distinct from the CLI's 1 and 2, so the tests that
# expect a failing CLI run still see a leak or an error in it. UBSan reports come with a stack.
SAN_ENV = ASAN_OPTIONS=detect_leaks=1:exitcode=23:strict_string_checks=1 UBSAN_OPTIONS=print_stacktrace=1:exitcode=23

# The standalone replay driver: every corpus file through its target, with $(CC).
$(BUILD)/fuzz/replay: $(FUZZ_SOURCES) | $(BUILD)
	mkdir -p $(BUILD)/fuzz
	$(CC) $(ALL_CFLAGS) -I. -I$(STB_INC) -o $@ tests/fuzz/fuzz_main.c tests/fuzz/replay.c $(LDLIBS)

fuzz-replay: $(BUILD)/fuzz/replay
	for t in $(FUZZ_TARGETS); do ./$(BUILD)/fuzz/replay $$t tests/fuzz/corpus/$$t || exit 1; done

test-asan:
	$(SAN_ENV) $(MAKE) BUILD=build/asan CC=$(SAN_CC) CXX=$(SAN_CXX) CFLAGS="$(ASAN_CFLAGS)" test fuzz-replay

test-tsan:
	$(MAKE) BUILD=build/tsan CC=$(SAN_CC) CFLAGS="$(TSAN_CFLAGS)" build/tsan/test_sd
	TSAN_OPTIONS=halt_on_error=1 ./build/tsan/test_sd test_threads_

# One libFuzzer binary holds every target; build/fuzz/fuzz_NAME links to it and runs NAME.
build/fuzz/sd_fuzz: $(FUZZ_SOURCES)
	mkdir -p build/fuzz
	$(SAN_CC) -std=c99 $(WARN) -O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -I. -I$(STB_INC) \
		-o $@ tests/fuzz/fuzz_main.c $(LDLIBS)
	for t in $(FUZZ_TARGETS); do ln -sf sd_fuzz build/fuzz/fuzz_$$t; done

fuzz: build/fuzz/sd_fuzz

# New inputs go to build/fuzz/corpus/NAME, crashes to build/fuzz/crash-NAME-*; the seeds stay as they are.
fuzz-run: fuzz
	for t in $(FUZZ_TARGETS); do \
		mkdir -p build/fuzz/corpus/$$t && \
		./build/fuzz/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 -artifact_prefix=build/fuzz/crash-$$t- \
			build/fuzz/corpus/$$t tests/fuzz/corpus/$$t || exit 1; \
	done

clean:
	rm -rf build

.PHONY: all test amalgamate clean fuzz fuzz-run fuzz-replay test-asan test-tsan FORCE
