# make            builds the CLI (build/sd) and the examples
# make test       builds and runs the test suite (from the repository root)
# make amalgamate regenerates sd_single.h from src/ (a test fails when it is stale)
CC ?= cc
CXX ?= c++
WARN = -Wall -Wextra -pedantic
CFLAGS ?= -O2 -march=native
ALL_CFLAGS = -std=c99 $(WARN) $(CFLAGS)
LDLIBS = -lm -lpthread -ldl
STB_INC ?= /usr/include/stb

EXAMPLES = $(patsubst examples/%.c,build/%,$(wildcard examples/*.c))

all: build/sd $(EXAMPLES)

build:
	mkdir -p build

build/sd: tools/sd.c sd_single.h | build
	$(CC) $(ALL_CFLAGS) -I. -I$(STB_INC) -o $@ tools/sd.c $(LDLIBS)

build/%: examples/%.c sd_single.h | build
	$(CC) $(ALL_CFLAGS) -I. -I$(STB_INC) -o $@ $< $(LDLIBS)

# benchmarks (docs/PERF.md); not part of `all`
build/bench_cpu: tools/bench_cpu.c sd_single.h | build
	$(CC) $(ALL_CFLAGS) -I. -o $@ tools/bench_cpu.c $(LDLIBS)

build/test_sd: tests/*.c tests/*.h sd_single.h | build
	$(CC) $(ALL_CFLAGS) -g -I. -I$(STB_INC) -o $@ tests/test_main.c $(LDLIBS)

test: all build/test_sd
	./build/test_sd

amalgamate:
	tools/amalgamate.sh

clean:
	rm -rf build

.PHONY: all test amalgamate clean
