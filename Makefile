# Front door. `make demo` and `make test` are all a newcomer needs; each first installs
# any missing Debian package (tools/deps says what it installs).
PRESETS_TEST ?= posix

.PHONY: demo test test-asan bench clean deps-demo deps-test deps-bench

# The demo is built as an application would build it (demos/posix/CMakeLists.txt).
demo: deps-demo
	cmake -S demos/posix -B build/demo >/dev/null
	cmake --build build/demo --target tern_demo -j2
	./build/demo/tern_demo

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
