# CMake toolchain file for bare-metal Arm Cortex-M with the GNU Arm Embedded toolchain
# (Debian gcc-arm-none-eabi + libnewlib-arm-none-eabi). Pick the core with TERN_ARM_CPU:
#   cortex-m3   (default)  -mcpu=cortex-m3 -mthumb
#   cortex-m4f             -mcpu=cortex-m4 -mthumb -mfloat-abi=hard -mfpu=fpv4-sp-d16
# Applications may use this file as it is: cmake -DCMAKE_TOOLCHAIN_FILE=.../arm-none-eabi.cmake
set(CMAKE_SYSTEM_NAME Generic)
set(CMAKE_SYSTEM_PROCESSOR arm)

set(TERN_ARM_CPU "cortex-m3" CACHE STRING "Cortex-M core to build for: cortex-m3 or cortex-m4f")
# try_compile() projects re-read this file; hand them the choice.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES TERN_ARM_CPU)

find_program(CMAKE_C_COMPILER arm-none-eabi-gcc REQUIRED)
set(CMAKE_ASM_COMPILER ${CMAKE_C_COMPILER})
find_program(CMAKE_OBJCOPY arm-none-eabi-objcopy REQUIRED)
find_program(CMAKE_SIZE arm-none-eabi-size REQUIRED)

# A bare-metal compiler cannot link a test program without a board's startup code.
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)

if(TERN_ARM_CPU STREQUAL "cortex-m3")
    set(_tern_cpu_flags "-mcpu=cortex-m3 -mthumb")
elseif(TERN_ARM_CPU STREQUAL "cortex-m4f")
    set(_tern_cpu_flags "-mcpu=cortex-m4 -mthumb -mfloat-abi=hard -mfpu=fpv4-sp-d16")
else()
    message(FATAL_ERROR "TERN_ARM_CPU='${TERN_ARM_CPU}': expected cortex-m3 or cortex-m4f")
endif()

# Every object in its own sections so that --gc-sections keeps only what is called;
# newlib-nano keeps printf small.
set(CMAKE_C_FLAGS_INIT "${_tern_cpu_flags} -ffunction-sections -fdata-sections")
set(CMAKE_ASM_FLAGS_INIT "${_tern_cpu_flags}")
set(CMAKE_EXE_LINKER_FLAGS_INIT "${_tern_cpu_flags} --specs=nano.specs -Wl,--gc-sections")

set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
