# The board's own tests (no kernel needed), then the Cortex-M port's tests, which are
# listed here because they can only run on a board. Included (deferred) by board.cmake in
# the top-level directory, so every path is absolute.
set(_dir ${TERN_BOARD_DIR}/tests)
set(run ${TERN_ROOT}/tools/qemu-run -M ${TERN_QEMU_MACHINE} -t 30 ${TERN_QEMU_TEST_OPTIONS})

add_executable(board_smoke ${_dir}/smoke.c)
target_link_libraries(board_smoke PRIVATE tern_warnings)
tern_board_firmware(board_smoke)
add_test(NAME board_smoke COMMAND ${run} --expect "smoke: 0 failure" $<TARGET_FILE:board_smoke>)

# Exit status 42 must arrive as 42: a run that always reported 0 (or 1) would fail here.
add_executable(board_exit_status ${_dir}/exit_status.c)
target_compile_definitions(board_exit_status PRIVATE EXPECTED_STATUS=42)
target_link_libraries(board_exit_status PRIVATE tern_warnings)
tern_board_firmware(board_exit_status)
add_test(NAME board_exit_status
    COMMAND sh -c "\"$@\"; status=$?; echo \"status $status\"; test $status -eq 42" sh
        ${run} --expect "exiting with 42" $<TARGET_FILE:board_exit_status>)

add_executable(board_fault ${_dir}/fault.c)
target_link_libraries(board_fault PRIVATE tern_warnings)
tern_board_firmware(board_fault)
add_test(NAME board_fault
    COMMAND sh -c "\"$@\"; status=$?; echo \"status $status\"; test $status -eq 99" sh
        ${run} --expect "fault: exception 00000006" $<TARGET_FILE:board_fault>)

# A hung image is stopped at the runner's timeout (status 124), QEMU killed.
add_executable(board_hang ${_dir}/hang.c)
target_link_libraries(board_hang PRIVATE tern_warnings)
tern_board_firmware(board_hang)
add_test(NAME board_hang
    COMMAND sh -c "\"$@\"; status=$?; echo \"status $status\"; test $status -eq 124" sh
        ${TERN_ROOT}/tools/qemu-run -M ${TERN_QEMU_MACHINE} -t 2 $<TARGET_FILE:board_hang>)

set_tests_properties(board_smoke board_exit_status board_fault board_hang PROPERTIES
    LABELS qemu TIMEOUT 60)

if(TARGET freertos_kernel AND EXISTS ${TERN_ROOT}/ports/cortex-m/tests/tests.cmake)
    include(${TERN_ROOT}/ports/cortex-m/tests/tests.cmake)
endif()
