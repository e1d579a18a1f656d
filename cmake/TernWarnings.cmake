# Warning flags for Tern's own code. Applications that add Tern do not inherit them
# through public usage requirements: they are linked PRIVATE.
add_library(tern_warnings INTERFACE)
target_compile_options(tern_warnings INTERFACE
    -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes)

# Adds every direct subdirectory of DIR that has a CMakeLists.txt, so a new library,
# benchmark or demo needs no edit of a shared file.
function(tern_add_subdirectories dir)
    file(GLOB children LIST_DIRECTORIES true ${CMAKE_CURRENT_SOURCE_DIR}/${dir}/*)
    list(SORT children)
    foreach(child ${children})
        if(IS_DIRECTORY ${child} AND EXISTS ${child}/CMakeLists.txt)
            add_subdirectory(${child})
        endif()
    endforeach()
endfunction()
