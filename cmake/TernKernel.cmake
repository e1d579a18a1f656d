# Builds the kernel library the way FreeRTOS-Kernel's CMake does, so applications
# switch by changing only the directory they add. tern_add_kernel() is also used by
# Tern's tests to build kernel variants (other configs, heaps) side by side.

function(tern_require_freertos_config)
    if(TARGET freertos_config)
        return()
    endif()
    if(DEFINED FREERTOS_CONFIG_FILE_DIRECTORY)
        message(WARNING "FREERTOS_CONFIG_FILE_DIRECTORY is deprecated: define an INTERFACE "
                        "library freertos_config carrying FreeRTOSConfig.h's directory.")
        add_library(freertos_config INTERFACE)
        target_include_directories(freertos_config SYSTEM INTERFACE
            ${FREERTOS_CONFIG_FILE_DIRECTORY})
        return()
    endif()
    message(FATAL_ERROR
        "freertos_config target not specified. Define it before adding Tern:\n"
        "  add_library(freertos_config INTERFACE)\n"
        "  target_include_directories(freertos_config SYSTEM INTERFACE path/to/config)\n")
endfunction()

# Maps a FreeRTOS port name to Tern's port directory and the variant inside it.
function(tern_port_dir port out_dir out_variant)
    if(port STREQUAL "GCC_POSIX")
        set(dir posix)
        set(variant posix)
    elseif(port STREQUAL "GCC_ARM_CM3")
        set(dir cortex-m)
        set(variant cm3)
    elseif(port STREQUAL "GCC_ARM_CM4F")
        set(dir cortex-m)
        set(variant cm4f)
    else()
        message(FATAL_ERROR "FREERTOS_PORT '${port}' is not supported by Tern. Supported: "
                            "GCC_POSIX, GCC_ARM_CM3, GCC_ARM_CM4F, A_CUSTOM_PORT "
                            "(see docs/PORTING.md).")
    endif()
    if(NOT EXISTS ${TERN_ROOT}/ports/${dir}/port.cmake)
        message(FATAL_ERROR "FREERTOS_PORT '${port}': ports/${dir} has not landed yet.")
    endif()
    set(${out_dir} ${dir} PARENT_SCOPE)
    set(${out_variant} ${variant} PARENT_SCOPE)
endfunction()

# tern_add_kernel(<name> CONFIG <config target> PORT <FreeRTOS port> HEAP <1..5|path|none>)
function(tern_add_kernel name)
    cmake_parse_arguments(K "" "CONFIG;PORT;HEAP" "" ${ARGN})
    file(GLOB kernel_sources CONFIGURE_DEPENDS ${TERN_ROOT}/kernel/src/*.c)
    if(K_HEAP MATCHES "^[1-5]$")
        set(heap_source ${TERN_ROOT}/kernel/heap/heap_${K_HEAP}.c)
    elseif(K_HEAP STREQUAL "none")
        set(heap_source "") # static allocation only: nothing may call pvPortMalloc
    else()
        set(heap_source ${K_HEAP})
    endif()

    add_library(${name} STATIC ${kernel_sources} ${heap_source})
    # The kernel and heaps are strict C99; only ports may use compiler extensions.
    set_property(SOURCE ${kernel_sources} ${heap_source} TARGET_DIRECTORY ${name}
                 APPEND PROPERTY COMPILE_OPTIONS -std=c99 -pedantic)
    target_include_directories(${name} PUBLIC ${TERN_ROOT}/kernel/include)
    target_link_libraries(${name} PUBLIC ${K_CONFIG} PRIVATE tern_warnings)

    if(K_PORT STREQUAL "A_CUSTOM_PORT")
        if(NOT TARGET freertos_kernel_port)
            message(FATAL_ERROR "FREERTOS_PORT=A_CUSTOM_PORT needs a freertos_kernel_port "
                                "target (see docs/PORTING.md).")
        endif()
        target_link_libraries(${name} PUBLIC freertos_kernel_port)
    else()
        tern_port_dir(${K_PORT} port_dir TERN_PORT_VARIANT)
        set(TERN_PORT_TARGET ${name})
        include(${TERN_ROOT}/ports/${port_dir}/port.cmake)
    endif()
endfunction()
