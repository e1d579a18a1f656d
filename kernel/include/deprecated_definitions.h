/*
 * deprecated_definitions.h - in FreeRTOS this selected a port's portmacro.h from
 * compiler-specific macros of very old build systems. Tern selects the port through the
 * build (FREERTOS_PORT), so nothing is left to define; the header exists so that code
 * including it still compiles.
 */
#ifndef DEPRECATED_DEFINITIONS_H
#define DEPRECATED_DEFINITIONS_H
#endif /* DEPRECATED_DEFINITIONS_H */
