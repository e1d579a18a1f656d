# Debian's libmbedtls-dev for host builds: tern_find_mbedtls() defines the INTERFACE target
# tern_mbedtls (headers and the three libraries) once and sets TERN_MBEDTLS_FOUND in the
# caller's scope. The TLS transports link it; without it they are left out.
function(tern_find_mbedtls)
    if(NOT TARGET tern_mbedtls AND NOT CMAKE_CROSSCOMPILING)
        find_path(TERN_MBEDTLS_INCLUDE_DIR mbedtls/ssl.h)
        find_library(TERN_MBEDTLS_LIBRARY mbedtls)
        find_library(TERN_MBEDX509_LIBRARY mbedx509)
        find_library(TERN_MBEDCRYPTO_LIBRARY mbedcrypto)
        if(TERN_MBEDTLS_INCLUDE_DIR AND TERN_MBEDTLS_LIBRARY AND TERN_MBEDX509_LIBRARY
           AND TERN_MBEDCRYPTO_LIBRARY)
            add_library(tern_mbedtls INTERFACE)
            target_include_directories(tern_mbedtls SYSTEM INTERFACE ${TERN_MBEDTLS_INCLUDE_DIR})
            target_link_libraries(tern_mbedtls INTERFACE ${TERN_MBEDTLS_LIBRARY}
                                  ${TERN_MBEDX509_LIBRARY} ${TERN_MBEDCRYPTO_LIBRARY})
        endif()
    endif()
    if(TARGET tern_mbedtls)
        set(TERN_MBEDTLS_FOUND TRUE PARENT_SCOPE)
    else()
        set(TERN_MBEDTLS_FOUND FALSE PARENT_SCOPE)
    endif()
endfunction()
