# TERN_SANITIZE=address,undefined builds everything with those sanitizers (preset posix-asan).
set(TERN_SANITIZE "" CACHE STRING "Comma-separated -fsanitize= list for the host build")
if(TERN_SANITIZE)
    add_compile_options(-fsanitize=${TERN_SANITIZE} -fno-omit-frame-pointer
                        -fno-sanitize-recover=all)
    add_link_options(-fsanitize=${TERN_SANITIZE})
endif()
