/* The defaults configuration, with stacks the simulator can run on (at least 1024 words). */
#ifndef DEFAULTS_APP_CONFIG_H
#define DEFAULTS_APP_CONFIG_H
#include "../defaults/FreeRTOSConfig.h"
#undef configMINIMAL_STACK_SIZE
#define configMINIMAL_STACK_SIZE 4096
#endif
