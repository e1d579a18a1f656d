/*
 * mpu_wrappers.h - FreeRTOS's MPU ports rename the API to privileged wrappers here. Tern
 * has no MPU port yet, so the section markers are empty and the API keeps its names.
 */
#ifndef MPU_WRAPPERS_H
#define MPU_WRAPPERS_H

#define portUSING_MPU_WRAPPERS 0
#define PRIVILEGED_FUNCTION
#define PRIVILEGED_DATA
#define FREERTOS_SYSTEM_CALL

#endif /* MPU_WRAPPERS_H */
