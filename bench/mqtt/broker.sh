# bench/mqtt/broker.sh: the broker of the MQTT benchmarks, sourced by their run scripts
# (bench/mqtt/run, bench/mqtt-agent/run).
#   bench_broker_start PORT DIR   starts mosquitto on 127.0.0.1:PORT (configuration and output
#                                 in DIR: no persistence, no log, at most 20 QoS 1/2 messages in
#                                 flight per client, none queued) and waits until it accepts
#                                 connections; sets $broker to its PID. Fails (status 1, having
#                                 said why on stderr) when it cannot.
#   bench_broker_stop             stops it by that PID, if it runs. For the caller's EXIT trap.
broker=""

bench_broker_start() {
    local port=$1 dir=$2 mosquitto
    mosquitto=$(command -v mosquitto || echo /usr/sbin/mosquitto)
    if [ ! -x "$mosquitto" ]; then
        echo "$0: mosquitto not found (tools/deps bench)" >&2
        return 1
    fi
    cat >"$dir/mosquitto.conf" <<CONF
listener $port 127.0.0.1
allow_anonymous true
persistence false
log_dest none
user $(id -un)
max_inflight_messages 20
max_queued_messages 0
CONF
    "$mosquitto" -c "$dir/mosquitto.conf" >"$dir/mosquitto.out" 2>&1 &
    broker=$!
    for _ in $(seq 200); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            return 0
        fi
        if ! kill -0 "$broker" 2>/dev/null; then
            cat "$dir/mosquitto.out" >&2
            return 1
        fi
        sleep 0.02
    done
    echo "$0: mosquitto does not accept connections on port $port" >&2
    return 1
}

bench_broker_stop() {
    if [ -n "$broker" ]; then
        kill "$broker" 2>/dev/null || true
        wait "$broker" 2>/dev/null || true
        broker=""
    fi
}
