#!/usr/bin/env bash
# bench/mqtt/size/measure.sh <scratch dir>: Cortex-M4 code size of libs/mqtt (text + rodata +
# data, arm-none-eabi-gcc -Os -mcpu=cortex-m4 -mthumb -mfloat-abi=hard -mfpu=fpv4-sp-d16,
# logging off). Prints four `bench:` lines:
#   mqtt.v311_text_cm4     library bytes linked (--gc-sections) into app_v311.c, which calls
#                          every function of core_mqtt.h and core_mqtt_state.h
#   mqtt.v5_text_cm4       the same with the MQTT 5 API as well (app_v5.c)
#   mqtt.v311_objects_cm4  all MQTT 3.1.1 objects summed, nothing dropped (a size table)
#   mqtt.all_objects_cm4   every object of the library summed, MQTT 5 included
#   mqtt.v311_only_text_cm4  as mqtt.v311_text_cm4, built with MQTT_V5_ENABLED=0
set -euo pipefail
scratch=${1:?usage: measure.sh <scratch dir>}
here=$(cd "$(dirname "$0")" && pwd)
lib=$(cd "$here/../../../libs/mqtt" && pwd)
flags=(-mcpu=cortex-m4 -mthumb -mfloat-abi=hard -mfpu=fpv4-sp-d16 -Os -ffunction-sections
       -fdata-sections -std=c99 -DMQTT_DO_NOT_USE_CUSTOM_CONFIG -I"$lib/include")
v311=(core_mqtt_serializer core_mqtt_state mqtt_client mqtt_receive mqtt_strings mqtt_topic)
v5=(mqtt_v5_client mqtt_v5_properties)

objects_size() { # objects_size <name>...: text+data of the objects
    local total=0 name
    for name in "$@"; do
        total=$((total + $(arm-none-eabi-size "$scratch/$name.o" | awk 'NR == 2 { print $1 + $2 }')))
    done
    echo "$total"
}

for name in "${v311[@]}" "${v5[@]}"; do
    arm-none-eabi-gcc "${flags[@]}" -c "$lib/src/$name.c" -o "$scratch/$name.o"
done
objs=()
for name in "${v311[@]}" "${v5[@]}"; do objs+=("$scratch/$name.o"); done
for app in app_v311 app_v5; do
    arm-none-eabi-gcc "${flags[@]}" -c "$here/$app.c" -o "$scratch/$app.o"
    arm-none-eabi-gcc -mcpu=cortex-m4 -mthumb -mfloat-abi=hard -mfpu=fpv4-sp-d16 \
        --specs=nosys.specs -Wl,--gc-sections -Wl,-Map="$scratch/$app.map" \
        "$scratch/$app.o" "${objs[@]}" -o "$scratch/$app.elf"
done
pattern='/(core_mqtt_serializer|core_mqtt_state|mqtt_[a-z0-9_]+)\.o$'
map_size() { # map_size <map> <pattern>
    awk -v PATTERN="$2" -f "$here/map_size.awk" "$1"
}
echo "bench: mqtt.v311_text_cm4 $(map_size "$scratch/app_v311.map" "$pattern") bytes"
echo "bench: mqtt.v5_text_cm4 $(map_size "$scratch/app_v5.map" "$pattern") bytes"
echo "bench: mqtt.v311_objects_cm4 $(objects_size "${v311[@]}") bytes"
echo "bench: mqtt.all_objects_cm4 $(objects_size "${v311[@]}" "${v5[@]}") bytes"

# The smallest 3.1.1-only build: MQTT 5 branches compiled out of the core.
only=()
for name in "${v311[@]}"; do
    arm-none-eabi-gcc "${flags[@]}" -DMQTT_V5_ENABLED=0 -c "$lib/src/$name.c" \
        -o "$scratch/only_$name.o"
    only+=("$scratch/only_$name.o")
done
arm-none-eabi-gcc -mcpu=cortex-m4 -mthumb -mfloat-abi=hard -mfpu=fpv4-sp-d16 \
    --specs=nosys.specs -Wl,--gc-sections -Wl,-Map="$scratch/only.map" \
    "$scratch/app_v311.o" "${only[@]}" -o "$scratch/only.elf"
echo "bench: mqtt.v311_only_text_cm4 $(map_size "$scratch/only.map" '/only_[a-z0-9_]+\.o$') bytes"
