# Source lists under the variable names coreMQTT's coreMqttFilePaths.cmake uses, so that a
# build written for coreMQTT can point at this directory instead.
set(MQTT_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/src/mqtt_client.c
    ${CMAKE_CURRENT_LIST_DIR}/src/mqtt_receive.c
    ${CMAKE_CURRENT_LIST_DIR}/src/mqtt_topic.c
    ${CMAKE_CURRENT_LIST_DIR}/src/mqtt_strings.c
    ${CMAKE_CURRENT_LIST_DIR}/src/core_mqtt_state.c
    ${CMAKE_CURRENT_LIST_DIR}/src/core_mqtt_serializer.c)
set(MQTT_SERIALIZER_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/src/core_mqtt_serializer.c)
# MQTT 5 (Tern): link these too; with --gc-sections they cost nothing unless MQTTV5_ is used.
set(MQTT_V5_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/src/mqtt_v5_client.c
    ${CMAKE_CURRENT_LIST_DIR}/src/mqtt_v5_properties.c)
set(MQTT_INCLUDE_PUBLIC_DIRS
    ${CMAKE_CURRENT_LIST_DIR}/include)
set(MQTT_INCLUDE_PRIVATE_DIRS
    ${CMAKE_CURRENT_LIST_DIR}/src)
