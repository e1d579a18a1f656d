// compat_api_cxx.cpp - compat_api.c compiled as C++: FreeRTOS's headers are usable from
// C++ (extern "C", no C-only constructs), and so must Tern's be.
#include "compat_api.c"
