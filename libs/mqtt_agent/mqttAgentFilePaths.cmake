# For builds written for coreMQTT-Agent's mqttAgentFilePaths.cmake: the agent's sources and
# public include directories (the MQTT client's are in libs/mqtt/coreMqttFilePaths.cmake).
# MQTT_AGENT_FREERTOS_SOURCES / _INCLUDE_DIRS add the FreeRTOS queue and command pool.
set(MQTT_AGENT_INCLUDE_PUBLIC_DIRS ${CMAKE_CURRENT_LIST_DIR}/include)
set(MQTT_AGENT_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/src/core_mqtt_agent.c
    ${CMAKE_CURRENT_LIST_DIR}/src/core_mqtt_agent_command_functions.c)
set(MQTT_AGENT_FREERTOS_INCLUDE_DIRS ${CMAKE_CURRENT_LIST_DIR}/freertos/include)
set(MQTT_AGENT_FREERTOS_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/freertos/freertos_agent_message.c
    ${CMAKE_CURRENT_LIST_DIR}/freertos/freertos_command_pool.c)
