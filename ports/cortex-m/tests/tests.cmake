# Tests of the Cortex-M port itself (labels port;qemu), beyond the kernel scenario tests:
# register preservation across switches, interrupt masking and priority checks, ending and
# restarting the scheduler, tickless idle, task stacks. Included by the qemu-mps2 board's
# test list (boards/qemu-mps2/tests/tests.cmake), in the top-level directory.
set(_port_tests ${TERN_ROOT}/ports/cortex-m/tests)

# port_test(<name> [KERNEL <kernel target>] [RUN_OPTIONS <qemu-run options>])
function(port_test name)
    cmake_parse_arguments(P "" "KERNEL" "RUN_OPTIONS" ${ARGN})
    if(NOT P_KERNEL)
        set(P_KERNEL freertos_kernel)
    endif()
    if(NOT P_RUN_OPTIONS)
        set(P_RUN_OPTIONS ${TERN_QEMU_TEST_OPTIONS})
    endif()
    add_executable(${name} ${_port_tests}/${name}.c ${_port_tests}/port_test.c)
    target_include_directories(${name} PRIVATE ${_port_tests})
    target_link_libraries(${name} PRIVATE ${P_KERNEL} tern_warnings)
    tern_board_firmware(${name})
    add_test(NAME ${name}
        COMMAND ${TERN_ROOT}/tools/qemu-run -M ${TERN_QEMU_MACHINE} -t 120 ${P_RUN_OPTIONS}
            --expect "${name}: PASSED" $<TARGET_FILE:${name}>)
    set_tests_properties(${name} PROPERTIES LABELS "port;qemu" TIMEOUT 150)
endfunction()

port_test(port_context)
port_test(port_interrupts)
port_test(port_restart)
port_test(port_stack)

# Tickless idle needs a kernel built with configUSE_TICKLESS_IDLE 1.
tern_add_kernel_variant(port_kernel_tickless CONFIG_DIR ${_port_tests}/tickless)
port_test(port_tickless KERNEL port_kernel_tickless)
