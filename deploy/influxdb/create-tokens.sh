#!/bin/sh
# One-shot compose service `influxdb-tokens`: once InfluxDB is set up, creates the worker's token (read and write on the
# park's bucket, nothing else) and Grafana's token (read on the bucket only) with the admin token, which only InfluxDB
# and this service see. Each token goes to the influxdb-tokens volume, readable by its own service's user only
# (worker: uid 1654, the .NET images' `app`; Grafana: uid 472). Existing tokens are kept, so restarts change nothing.
set -eu
dir=/run/resourcemonitor/influx-tokens
export INFLUX_HOST="${INFLUX_HOST:-http://influxdb:8086}" INFLUX_TOKEN="$INFLUXDB_ADMIN_TOKEN" INFLUX_ORG="$INFLUXDB_ORG"

bucket_id=$(influx bucket list --name "$INFLUXDB_BUCKET" --hide-headers | awk 'NR == 1 { print $1 }')
if [ -z "$bucket_id" ]; then
  echo "create-tokens: bucket $INFLUXDB_BUCKET not found in organisation $INFLUXDB_ORG" >&2
  exit 1
fi

# create NAME OWNER_UID PERMISSION_FLAGS...
create() {
  name=$1 owner=$2
  shift 2
  if [ -s "$dir/$name.token" ]; then
    echo "create-tokens: the $name token exists; kept"
    return
  fi
  token=$(influx auth create --description "resourcemonitor $name" "$@" --json | sed -n 's/.*"token": *"\([^"]*\)".*/\1/p')
  if [ -z "$token" ]; then
    echo "create-tokens: InfluxDB returned no token for $name" >&2
    exit 1
  fi
  umask 077
  printf %s "$token" > "$dir/$name.token"
  chown "$owner" "$dir/$name.token"
  chmod 0400 "$dir/$name.token"
  echo "create-tokens: created the $name token ($*)"
}

create worker 1654 --read-bucket "$bucket_id" --write-bucket "$bucket_id"
create grafana 472 --read-bucket "$bucket_id"
