#!/usr/bin/env bash
# Starts a Mosquitto and an InfluxDB 1.x behind nginx's /api/v2/write route (docs/design.md §4) on free ports in a temp
# directory, for IngestThroughputBenchmark, and prints the variables to export. Stop them with: kill $(cat "$DIR"/*.pid)
set -euo pipefail
DIR=$(mktemp -d /tmp/rm-bench-XXXXXX)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
MQTT=$(free_port); INFLUX=$(free_port); RPC=$(free_port); NGINX=$(free_port)
cat > "$DIR/mosquitto.conf" <<CONF
listener $MQTT 127.0.0.1
allow_anonymous true
persistence true
persistence_location $DIR/
max_queued_messages 1000000
max_inflight_messages 1000
$( [ "$(id -u)" = 0 ] && echo "user root" )
CONF
mosquitto -c "$DIR/mosquitto.conf" >"$DIR/mosquitto.log" 2>&1 & echo $! > "$DIR/mosquitto.pid"
cat > "$DIR/influxd.toml" <<CONF
bind-address = "127.0.0.1:$RPC"
reporting-disabled = true
[meta]
  dir = "$DIR/meta"
[data]
  dir = "$DIR/data"
  wal-dir = "$DIR/wal"
  query-log-enabled = false
[http]
  bind-address = "127.0.0.1:$INFLUX"
  log-enabled = false
CONF
influxd -config "$DIR/influxd.toml" >"$DIR/influxd.log" 2>&1 & echo $! > "$DIR/influxd.pid"
mkdir -p "$DIR/nginx"
cat > "$DIR/nginx/nginx.conf" <<CONF
daemon off;
pid $DIR/nginx/nginx.pid;
$( [ "$(id -u)" = 0 ] && echo "user root;" )
events {}
http {
  access_log off;
  client_max_body_size 64m;
  client_body_temp_path $DIR/nginx;
  proxy_temp_path $DIR/nginx;
  server {
    listen 127.0.0.1:$NGINX;
    location = /api/v2/write { rewrite ^ /write?db=\$arg_bucket&precision=\$arg_precision? break; proxy_pass http://127.0.0.1:$INFLUX; }
    location / { proxy_pass http://127.0.0.1:$INFLUX; }
  }
}
CONF
nginx -p "$DIR/nginx" -c "$DIR/nginx/nginx.conf" -e "$DIR/nginx/error.log" >/dev/null 2>&1 & echo $! > "$DIR/nginx.pid"
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$INFLUX/ping" >/dev/null && break; sleep 0.2; done
curl -sf -XPOST "http://127.0.0.1:$INFLUX/query" --data-urlencode 'q=CREATE DATABASE "resourcemonitor"' >/dev/null
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
echo "export RM_BENCH_BROKER_PORT=$MQTT RM_BENCH_INFLUX_URL=http://127.0.0.1:$NGINX RM_BENCH_INFLUX_DIRECT=http://127.0.0.1:$INFLUX RM_BENCH_CATALOG=$ROOT/catalog/hiep-phuoc.json  # services in $DIR"
