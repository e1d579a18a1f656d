// compat_defaults_cxx.cpp - compat_defaults.c compiled as C++ (see compat_api_cxx.cpp).
#include "compat_defaults.c"
