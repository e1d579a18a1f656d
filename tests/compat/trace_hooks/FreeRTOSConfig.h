/*
 * Test variant for kernel_trace_hooks: the simulator's test configuration, with every
 * traceENTER_ / traceRETURN_ hook defined to record its call. The definitions are generated
 * from kernel/include/freertos_trace.h at build time (gen_trace_hooks.cmake), so a hook
 * added there is recorded too.
 */
#ifndef TERN_TRACE_HOOKS_CONFIG_H
#define TERN_TRACE_HOOKS_CONFIG_H
#include_next "FreeRTOSConfig.h"
#include "trace_hooks_generated.h"
#endif
