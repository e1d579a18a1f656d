# Helpers for Tern's own tests.

find_library(CMOCKA_LIBRARY cmocka)
find_path(CMOCKA_INCLUDE_DIR cmocka.h)

# tern_add_cmocka_test(<name> SOURCES ... LIBS ... LABELS ...): a host unit test using
# cmocka (Debian libcmocka-dev, installed by tools/deps test).
function(tern_add_cmocka_test name)
    cmake_parse_arguments(T "" "" "SOURCES;LIBS;LABELS" ${ARGN})
    if(NOT CMOCKA_LIBRARY OR NOT CMOCKA_INCLUDE_DIR)
        message(FATAL_ERROR "cmocka not found: run tools/deps test")
    endif()
    add_executable(${name} ${T_SOURCES})
    target_include_directories(${name} PRIVATE ${CMOCKA_INCLUDE_DIR})
    target_link_libraries(${name} PRIVATE ${T_LIBS} ${CMOCKA_LIBRARY} tern_warnings)
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES LABELS "${T_LABELS}" TIMEOUT 120)
endfunction()

# tern_add_fuzz_target(<name> SOURCES ... INCLUDES ... DEFINES ... CORPUS <dir> [SECONDS n])
# Builds a libFuzzer target with clang (whatever compiler the rest of the build uses) under
# ASan+UBSan, and registers a CTest test (label fuzz) that runs it for SECONDS (default 20)
# over the committed seed corpus. A crash, leak or sanitizer report fails the test.
find_program(TERN_CLANG clang)
function(tern_add_fuzz_target name)
    cmake_parse_arguments(F "" "CORPUS;SECONDS" "SOURCES;INCLUDES;DEFINES" ${ARGN})
    if(NOT TERN_CLANG)
        message(FATAL_ERROR "clang not found: run tools/deps test")
    endif()
    if(NOT F_SECONDS)
        set(F_SECONDS 20)
    endif()
    set(flags -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all)
    foreach(dir ${F_INCLUDES})
        list(APPEND flags -I${dir})
    endforeach()
    foreach(def ${F_DEFINES})
        list(APPEND flags -D${def})
    endforeach()
    # Sources may be given relative to the calling directory; the command runs elsewhere.
    set(sources "")
    set(scanned "")
    foreach(src ${F_SOURCES})
        get_filename_component(src ${src} ABSOLUTE BASE_DIR ${CMAKE_CURRENT_SOURCE_DIR})
        list(APPEND sources ${src})
        list(APPEND scanned C ${src}) # so that editing a header rebuilds the target
    endforeach()
    set(out ${CMAKE_CURRENT_BINARY_DIR}/${name})
    add_custom_command(OUTPUT ${out}
        COMMAND ${TERN_CLANG} ${flags} ${sources} -o ${out}
        DEPENDS ${sources}
        IMPLICIT_DEPENDS ${scanned}
        COMMENT "Building fuzz target ${name} with clang"
        VERBATIM)
    add_custom_target(${name}_build ALL DEPENDS ${out})
    # Work on a scratch copy so runs never write into the committed corpus.
    add_test(NAME ${name}
        COMMAND ${CMAKE_COMMAND} -E env
            sh -c "rm -rf work && mkdir -p work && cp -r \"$0\"/. work/ && \
                   \"$1\" -max_total_time=$2 -timeout=10 -rss_limit_mb=2048 \
                   -print_final_stats=1 work"
            ${F_CORPUS} ${out} ${F_SECONDS}
        WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
    set_tests_properties(${name} PROPERTIES LABELS fuzz TIMEOUT 300)
endfunction()

# tern_add_kernel_test(<name> SOURCES ... [KERNEL <kernel target>] [TIMEOUT s])
# A kernel scenario test, written against the public FreeRTOS API only, linked with the
# harness in tests/kernel/harness. On the simulator it is an ordinary executable; on a
# cross target the board file (boards/<board>/board.cmake) turns it into a firmware image
# and registers a CTest that runs it under QEMU (tern_board_add_test).
function(tern_add_kernel_test name)
    cmake_parse_arguments(T "" "KERNEL;TIMEOUT" "SOURCES" ${ARGN})
    if(NOT T_KERNEL)
        set(T_KERNEL freertos_kernel)
    endif()
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    # The harness is compiled into each test so that it follows the test's kernel variant.
    add_executable(${name} ${T_SOURCES} ${TERN_ROOT}/tests/kernel/harness/harness.c)
    target_include_directories(${name} PRIVATE ${TERN_ROOT}/tests/kernel/harness)
    target_link_libraries(${name} PRIVATE ${T_KERNEL} tern_warnings)
    if(FREERTOS_PORT STREQUAL "GCC_POSIX")
        add_test(NAME ${name} COMMAND ${name})
        set_tests_properties(${name} PROPERTIES LABELS kernel TIMEOUT ${T_TIMEOUT})
    else()
        tern_board_add_test(${name} ${T_TIMEOUT})
    endif()
endfunction()

# tern_add_kernel_variant(<kernel target> CONFIG_DIR <dir> [HEAP <1..5>])
# A second kernel built with a variant configuration: <dir>/FreeRTOSConfig.h is found
# first and usually pulls in the port's test configuration with #include_next, then
# overrides a few settings (cooperative scheduling, 16-bit ticks, another heap, ...).
function(tern_add_kernel_variant name)
    cmake_parse_arguments(V "" "CONFIG_DIR;HEAP" "" ${ARGN})
    if(NOT V_HEAP)
        set(V_HEAP 4)
    endif()
    add_library(${name}_config INTERFACE)
    target_include_directories(${name}_config SYSTEM INTERFACE
        ${V_CONFIG_DIR} ${TERN_ROOT}/tests/config/${FREERTOS_PORT})
    tern_add_kernel(${name} CONFIG ${name}_config PORT ${FREERTOS_PORT} HEAP ${V_HEAP})
endfunction()

# tern_find_mosquitto(): sets TERN_MOSQUITTO, TERN_MOSQUITTO_PUB and TERN_MOSQUITTO_SUB to
# Debian's broker and command-line clients (tools/deps test installs them), for tests that
# start their own broker.
function(tern_find_mosquitto)
    find_program(TERN_MOSQUITTO mosquitto PATHS /usr/sbin /usr/local/sbin /sbin)
    find_program(TERN_MOSQUITTO_PUB mosquitto_pub)
    find_program(TERN_MOSQUITTO_SUB mosquitto_sub)
    if(NOT TERN_MOSQUITTO OR NOT TERN_MOSQUITTO_PUB OR NOT TERN_MOSQUITTO_SUB)
        message(FATAL_ERROR "mosquitto or its clients not found: run tools/deps test")
    endif()
endfunction()
