# Tern's ARMv7-M port, included by tern_add_kernel() (cmake/TernKernel.cmake) with
# TERN_PORT_TARGET = the kernel library and TERN_PORT_VARIANT = cm3 or cm4f.
# The compiler flags for the core (-mcpu, -mfloat-abi, -mfpu) come from the toolchain file
# (cmake/arm-none-eabi.cmake) or the application's own.
target_sources(${TERN_PORT_TARGET} PRIVATE ${CMAKE_CURRENT_LIST_DIR}/port.c)
target_include_directories(${TERN_PORT_TARGET} PUBLIC ${CMAKE_CURRENT_LIST_DIR})
if(TERN_PORT_VARIANT STREQUAL "cm4f")
    # Private: only port.c needs to know; the FPU context lives in PendSV.
    target_compile_definitions(${TERN_PORT_TARGET} PRIVATE TERN_PORT_CM4F=1)
elseif(NOT TERN_PORT_VARIANT STREQUAL "cm3")
    message(FATAL_ERROR "ports/cortex-m: unknown variant '${TERN_PORT_VARIANT}' (cm3, cm4f)")
endif()
