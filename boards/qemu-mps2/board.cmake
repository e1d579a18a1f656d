# QEMU mps2 board: mps2-an385 (Cortex-M3, FREERTOS_PORT=GCC_ARM_CM3) and mps2-an386
# (Cortex-M4 with FPU, GCC_ARM_CM4F). Included by the top-level CMakeLists.txt when
# TERN_BOARD=qemu-mps2 (presets cm3, cm4f); needs the toolchain file cmake/arm-none-eabi.cmake.
#
# Provides:
#   tern_board            OBJECT library: startup, vector table, console, newlib syscalls
#   tern_board_firmware(<target>)            makes an executable a firmware image
#   tern_board_add_test(<target> <timeout>)  ... and registers it as a CTest run under QEMU
#                                            (labels kernel;qemu)
#   tern_board_run_command(<var> <target> [<timeout>])  the command line that runs it
#   TERN_BOARD_TEST_IRQ   source of test_irq_install()/test_irq_trigger() for the kernel
#                         scenario tests (tests/kernel/harness/test_irq.h) on this board
set(TERN_BOARD_DIR ${CMAKE_CURRENT_LIST_DIR})

if(FREERTOS_PORT STREQUAL "GCC_ARM_CM3")
    set(_tern_default_machine mps2-an385)
    set(_tern_expected_cpu cortex-m3)
elseif(FREERTOS_PORT STREQUAL "GCC_ARM_CM4F")
    set(_tern_default_machine mps2-an386)
    set(_tern_expected_cpu cortex-m4f)
else()
    message(FATAL_ERROR "TERN_BOARD=qemu-mps2 needs FREERTOS_PORT GCC_ARM_CM3 or GCC_ARM_CM4F "
                        "(got '${FREERTOS_PORT}')")
endif()
set(TERN_QEMU_MACHINE ${_tern_default_machine} CACHE STRING
    "QEMU machine that runs the images: mps2-an385 (Cortex-M3) or mps2-an386 (Cortex-M4)")
if(NOT TERN_ARM_CPU STREQUAL _tern_expected_cpu)
    message(FATAL_ERROR "FREERTOS_PORT=${FREERTOS_PORT} needs the toolchain file "
                        "cmake/arm-none-eabi.cmake with TERN_ARM_CPU=${_tern_expected_cpu} "
                        "(got '${TERN_ARM_CPU}'); use the cm3/cm4f presets")
endif()
if(FREERTOS_PORT STREQUAL "GCC_ARM_CM3" AND NOT TERN_QEMU_MACHINE STREQUAL "mps2-an385")
    message(FATAL_ERROR "GCC_ARM_CM3 images run on mps2-an385, not ${TERN_QEMU_MACHINE}")
endif()
if(FREERTOS_PORT STREQUAL "GCC_ARM_CM4F" AND NOT TERN_QEMU_MACHINE STREQUAL "mps2-an386")
    message(FATAL_ERROR "GCC_ARM_CM4F images run on mps2-an386, not ${TERN_QEMU_MACHINE}")
endif()

# How tests run: deterministic virtual time, so that results do not depend on the host's
# load (tools/qemu-run --icount). Shift 5 makes an instruction take 32 ns of virtual time:
# about the pace of the 25 MHz core these boards have, and a virtual second costs the host
# only ~31 M instructions, so tests that wait for long timeouts stay fast.
set(TERN_QEMU_TEST_OPTIONS "--icount=5" CACHE STRING "Options tools/qemu-run gets for tests")

add_library(tern_board OBJECT
    ${TERN_BOARD_DIR}/startup.c
    ${TERN_BOARD_DIR}/board.c)
target_include_directories(tern_board PUBLIC ${TERN_BOARD_DIR}/include)
target_link_libraries(tern_board PRIVATE tern_warnings)
target_link_options(tern_board INTERFACE
    -T${TERN_BOARD_DIR}/mps2.ld -nostartfiles -Wl,--no-warn-rwx-segments)

set(TERN_BOARD_TEST_IRQ ${TERN_BOARD_DIR}/test_irq_mps2.c)

function(tern_board_firmware target)
    target_link_libraries(${target} PRIVATE tern_board)
    set_target_properties(${target} PROPERTIES
        SUFFIX .elf
        LINK_DEPENDS ${TERN_BOARD_DIR}/mps2.ld)
endfunction()

function(tern_board_run_command out target)
    set(timeout 60)
    if(ARGC GREATER 2)
        set(timeout ${ARGV2})
    endif()
    set(${out} ${TERN_ROOT}/tools/qemu-run -M ${TERN_QEMU_MACHINE} -t ${timeout}
        ${TERN_QEMU_TEST_OPTIONS} $<TARGET_FILE:${target}> PARENT_SCOPE)
endfunction()

function(tern_board_add_test target timeout)
    tern_board_firmware(${target})
    tern_board_run_command(command ${target} ${timeout})
    add_test(NAME ${target} COMMAND ${command})
    # CTest's own limit stays above the runner's, which reports the timeout clearly.
    math(EXPR ctest_timeout "${timeout} + 30")
    set_tests_properties(${target} PROPERTIES LABELS "kernel;qemu" TIMEOUT ${ctest_timeout})
endfunction()

# The board's and the port's own tests are added once the whole project is configured
# (the port's need the kernel target, which is created after this file is included).
# Deferred calls cannot add subdirectories, so the test lists are included instead.
# Only in Tern's own builds, not when an application (or a benchmark project) uses the board.
if(TERN_TOP_LEVEL)
    cmake_language(DEFER DIRECTORY ${CMAKE_SOURCE_DIR}
        CALL include ${TERN_BOARD_DIR}/tests/tests.cmake)
endif()
