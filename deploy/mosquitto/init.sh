#!/bin/sh
# First-start set-up of the park broker, then runs the command given after "--" (the broker itself).
#  - ACL: deploy/mosquitto/acl, generated from the park catalog by the worker's `broker-acl` command (docs/security.md),
#    is copied into $OUT/acl; it names every user: the worker's three connections (worker, worker-pub, worker-status),
#    the read-only operator, and one edge-<plant> per plant of the catalog;
#  - password file: one entry per user of the ACL, from MQTT_PASSWORD_<USER> (upper case, '-' as '_'); the worker's
#    three connections share MQTT_PASSWORD_WORKER. Regenerated at every start so a changed password applies;
#  - TLS: a self-signed CA and a server certificate, only when none exists (mount your own in $OUT/certs to replace them).
# mosquitto.conf binds every client id to its user name (use_username_as_clientid), so no user takes over another's session.
# Nothing secret is in the repository: the passwords come from the environment (deploy/generate-env writes a .env).
# Environment: RM_PARK (checked against the ACL), RM_MQTT_ACL (default /deploy/acl), MQTT_PASSWORD_*,
# MQTT_TLS_HOSTNAMES (extra DNS names), RM_MQTT_OUT.
set -eu

out="${RM_MQTT_OUT:-/mosquitto/generated}"
park="${RM_PARK:?RM_PARK (the park id, e.g. hiep-phuoc) must be set}"
acl_in="${RM_MQTT_ACL:-/deploy/acl}"
[ -s "$acl_in" ] || { echo "init.sh: no ACL at $acl_in (mount deploy/mosquitto/acl there)" >&2; exit 1; }

mkdir -p "$out/certs"
umask 077

password_of() {
  var="MQTT_PASSWORD_$(printf '%s' "$1" | tr 'a-z-' 'A-Z_')"
  eval "value=\${$var:-}"
  if [ -z "$value" ]; then
    echo "init.sh: $var is not set: give user '$1' a password (deploy/generate-env writes them all into .env)" >&2
    exit 1
  fi
  printf '%s' "$value"
}

case "$(grep -c "^topic readwrite rm/v1/$park/#\$" "$acl_in" 2>/dev/null || true)" in
  0|'') echo "init.sh: $acl_in is not the ACL of park '$park' (generate it: worker broker-acl --catalog catalog/$park.json --out $acl_in)" >&2; exit 1 ;;
esac

passwd_tmp="$out/passwd.tmp"
: > "$passwd_tmp"
for user in $(sed -n 's/^user //p' "$acl_in"); do
  case "$user" in
    *[!a-z0-9-]*|'') echo "init.sh: user '$user' in $acl_in breaks the id rules (a-z, 0-9, '-')" >&2; exit 1 ;;
    worker|worker-*) secret_of=worker ;;
    *) secret_of="$user" ;;
  esac
  password="$(password_of "$secret_of")"
  mosquitto_passwd -b "$passwd_tmp" "$user" "$password"
done
cp "$acl_in" "$out/acl.tmp"
mv "$passwd_tmp" "$out/passwd"
mv "$out/acl.tmp" "$out/acl"

if [ ! -s "$out/certs/server.crt" ] && [ "${MQTT_TLS:-on}" != "off" ]; then
  if ! command -v openssl >/dev/null 2>&1; then
    apk add --no-cache openssl >/dev/null 2>&1 || { echo "init.sh: openssl is needed to generate certificates" >&2; exit 1; }
  fi
  san="DNS:mosquitto,DNS:localhost,IP:127.0.0.1"
  for name in ${MQTT_TLS_HOSTNAMES:-}; do san="$san,DNS:$name"; done
  openssl req -x509 -newkey rsa:3072 -nodes -days 3650 -subj "/CN=ResourceMonitor park CA $park" \
    -keyout "$out/certs/ca.key" -out "$out/certs/ca.crt" 2>/dev/null
  openssl req -newkey rsa:3072 -nodes -subj "/CN=mosquitto" \
    -keyout "$out/certs/server.key" -out "$out/certs/server.csr" 2>/dev/null
  printf 'subjectAltName=%s\nextendedKeyUsage=serverAuth\n' "$san" > "$out/certs/server.ext"
  openssl x509 -req -in "$out/certs/server.csr" -CA "$out/certs/ca.crt" -CAkey "$out/certs/ca.key" -CAcreateserial \
    -days 825 -extfile "$out/certs/server.ext" -out "$out/certs/server.crt" 2>/dev/null
  rm -f "$out/certs/server.csr" "$out/certs/server.ext"
  chmod 644 "$out/certs/ca.crt"
  echo "init.sh: generated a self-signed CA and server certificate in $out/certs (give edge agents ca.crt)"
fi

# The broker drops root and runs as user mosquitto: it must read what was generated.
if [ "$(id -u)" = 0 ] && id mosquitto >/dev/null 2>&1; then chown -R mosquitto "$out"; fi
chmod 700 "$out"

if [ "${1:-}" = "--" ]; then
  shift
  exec "$@"
fi
