# Front door. `make demo` and `make test` are all a newcomer needs; each first installs
# any missing Debian package (tools/deps says what it installs).
# posix last, so that `make test` ends with the simulator's summary.
PRESETS_TEST ?= cm3 cm4f posix

.PHONY: demo demo-cm3 test test-asan bench clean deps-demo deps-test deps-bench

# The demo is built as an application would build it (demos/posix/CMakeLists.txt).
demo: deps-demo
	cmake -S demos/posix -B build/demo >/dev/null
	cmake --build build/demo --target tern_demo -j2
	./build/demo/tern_demo

# The Cortex-M3 demo firmware (demos/qemu-mps2) on QEMU mps2-an385, in real time; its
# console is UART0 on stdout. It ends by itself after a few seconds.
demo-cm3: deps-test
	cmake --preset cm3 >/dev/null
	cmake --build --preset cm3 --target tern_demo_mps2
	tools/qemu-run -M mps2-an385 -t 60 build/cm3/demos/qemu-mps2/tern_demo_mps2.elf -- -icount shift=auto

test: deps-test
	@for p in $(PRESETS_TEST); do \
	    cmake --preset $$p >/dev/null && cmake --build --preset $$p || exit 1; \
	done
	@status=0; for p in $(PRESETS_TEST); do \
	    ctest --preset $$p || status=1; \
	done; exit $$status

test-asan: deps-test
	cmake --preset posix-asan >/dev/null
	cmake --build --preset posix-asan
	ctest --preset posix-asan

bench: deps-bench
	cmake --preset posix >/dev/null
	cmake --build --preset posix
	tools/bench build/posix

deps-demo:
	@tools/deps demo
deps-test:
	@tools/deps test
deps-bench:
	@tools/deps bench

clean:
	rm -rf build
