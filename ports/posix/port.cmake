# The Linux simulator port (FREERTOS_PORT=GCC_POSIX), included by tern_add_kernel() with
# TERN_PORT_TARGET naming the kernel library being built.
target_sources(${TERN_PORT_TARGET} PRIVATE
    ${TERN_ROOT}/ports/posix/port.c
    ${TERN_ROOT}/ports/posix/sim_time.c
    ${TERN_ROOT}/ports/posix/switch_x86_64.S)
target_include_directories(${TERN_PORT_TARGET} PUBLIC ${TERN_ROOT}/ports/posix/include)
find_package(Threads REQUIRED)
target_link_libraries(${TERN_PORT_TARGET} PUBLIC Threads::Threads rt)
