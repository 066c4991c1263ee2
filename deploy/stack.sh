#!/usr/bin/env bash
# The production topology on this machine, for trying and testing it: `make stack` / `make stack-down`.
#
#   nginx (deploy/nginx/sinergi-app.conf) on https://127.0.0.1:STACK_PORT with a throwaway certificate
#     (plain http on that port is redirected to https, as production's port 80 is)
#     -> two gunicorn app servers (deploy/gunicorn.conf.py, production settings) on STACK_PORT+1, +2
#   two db_worker processes, the periodic jobs every STACK_PERIODIC_SECONDS (deploy/systemd/sinergi-periodic)
#   PostgreSQL 15 on STACK_PORT+5, Redis on STACK_PORT+3, moto's S3 server on STACK_PORT+4
#
# Every server listens on 127.0.0.1 only. Each one runs under deploy/stack-supervise.sh, which starts it again
# when it dies (as systemd's Restart=always would); PostgreSQL runs under pg_ctl. PIDs are kept in
# STACK_DIR/pids and `down` stops exactly those. Each `up` starts from an empty database and bucket: the stack
# is a throwaway copy of production, with the demo content and logins loaded.
#
# usage: deploy/stack.sh up|down|env     (env: STACK_PORT=8080, STACK_DIR=var/stack, STACK_PERIODIC_SECONDS=120)
set -Eeuo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
PORT=${STACK_PORT:-8080}
DIR=$(mkdir -p "${STACK_DIR:-var/stack}" && cd "${STACK_DIR:-var/stack}" && pwd)
PY=$REPO/.venv/bin/python
PGBIN=/usr/lib/postgresql/15/bin
APP_PORTS=("$((PORT + 1))" "$((PORT + 2))")
REDIS_PORT=$((PORT + 3))
S3_PORT=$((PORT + 4))
PG_PORT=$((PORT + 5))
S3_TLS_PORT=$((PORT + 6))
PERIODIC=${STACK_PERIODIC_SECONDS:-120}

log() { echo "== stack $(date +%T): $*"; }
alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }
as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

write_env() {
  local secret
  secret=$("$PY" -c 'import secrets; print(secrets.token_urlsafe(48))')
  cat >"$DIR/sinergi.env" <<EOF
# Written by deploy/stack.sh: the production settings with this stack's local addresses.
DJANGO_SETTINGS_MODULE=sinergi.settings.production
SECRET_KEY=$secret
ALLOWED_HOSTS=127.0.0.1,localhost
WAGTAILADMIN_BASE_URL=https://127.0.0.1:$PORT
DATABASE_URL=postgres://sinergi:sinergi@127.0.0.1:$PG_PORT/sinergi
CONN_MAX_AGE=60
REDIS_URL=redis://127.0.0.1:$REDIS_PORT/0
AWS_STORAGE_BUCKET_NAME=sinergi-media
# Through nginx with TLS, as a provider's S3 endpoint is: pages on https load the signed media addresses.
AWS_S3_ENDPOINT_URL=https://127.0.0.1:$S3_TLS_PORT
AWS_CA_BUNDLE=$DIR/nginx/cert.pem
AWS_ACCESS_KEY_ID=stack
AWS_SECRET_ACCESS_KEY=stack-secret
AWS_DEFAULT_REGION=us-east-1
MEDIA_ROOT=$DIR/media
# nginx is the one trusted proxy, as in production. Clients of the stack that play an outer load balancer
# (the browser journeys, bench/drill.py) are trusted by nginx's realip module (nginx/sinergi-trusted-proxies.conf).
TRUSTED_PROXY_COUNT=1
# E-mails are written to files here for the journeys to read (confirmation links).
EMAIL_BACKEND=django.core.mail.backends.filebased.EmailBackend
EMAIL_FILE_PATH=$DIR/mail
WEB_CONCURRENCY=${STACK_WEB_CONCURRENCY:-2}
STACK_URL=https://127.0.0.1:$PORT
STACK_CA_FILE=$DIR/nginx/cert.pem
EOF
}

load_env() {
  set -a
  # shellcheck disable=SC1091
  source "$DIR/sinergi.env"
  set +a
}

supervise() {  # NAME COMMAND...
  local name=$1
  shift
  setsid "$REPO/deploy/stack-supervise.sh" "$name" "$DIR" "$@" </dev/null >/dev/null 2>&1 &
  echo $! >"$DIR/pids/$name.supervisor.pid"
}

wait_for() {  # WHAT SECONDS COMMAND...
  local what=$1 seconds=$2
  shift 2
  for _ in $(seq $((seconds * 4))); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 0.25
  done
  echo "stack: $what did not answer within ${seconds}s; see $DIR/logs/" >&2
  return 1
}

start_postgres() {
  local root
  # In /tmp: the postgres user must be able to reach its data directory whatever the checkout's permissions.
  root=$(mktemp -d /tmp/sinergi-stack-pg.XXXXXX)
  echo "$root" >"$DIR/pg-root"
  mkdir -p "$root/data" "$root/socket"
  [ "$(id -u)" = 0 ] && chown -R postgres:postgres "$root"
  as_postgres "$PGBIN/initdb" -D "$root/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  as_postgres "$PGBIN/pg_ctl" -D "$root/data" -l "$root/server.log" -w -o \
    "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $root/socket -c max_connections=200" start >/dev/null
  head -1 "$root/data/postmaster.pid" >"$DIR/pids/postgres.pid"
  as_postgres "$PGBIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -q \
    -c "CREATE ROLE sinergi LOGIN PASSWORD 'sinergi'" -c "CREATE DATABASE sinergi OWNER sinergi"
}

nginx_config() {
  local conf=$DIR/nginx
  mkdir -p "$conf/temp" "$DIR/media"
  # TLS ends at nginx, as in production, so the https that nginx reports to Django (X-Forwarded-Proto) is true
  # and the absolute addresses Django builds (check-in QR codes, the H5P player) open in a browser.
  openssl req -x509 -newkey rsa:2048 -nodes -days 7 -subj "/CN=127.0.0.1" \
    -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" -keyout "$conf/key.pem" -out "$conf/cert.pem" 2>/dev/null
  # The checked-in site, with the production paths pointed at this checkout and this stack.
  sed -e "s#/srv/sinergi/app#$REPO#g" -e "s#/srv/sinergi#$DIR#g" -e "s#/etc/nginx/snippets#$conf#g" \
    deploy/nginx/sinergi-app.conf >"$conf/sinergi-app.conf"
  # The journeys and the drill act as a load balancer in front of nginx, saying which participant is asking
  # in X-Forwarded-For; production has no such proxy on 127.0.0.1 and no such file.
  cat >"$conf/sinergi-trusted-proxies.conf" <<EOF
set_real_ip_from 127.0.0.1;
real_ip_header X-Forwarded-For;
real_ip_recursive on;
EOF
  cat >"$conf/nginx.conf" <<EOF
worker_processes 1;
pid $conf/nginx.pid;
error_log $DIR/logs/nginx-error.log warn;
$( [ "$(id -u)" = 0 ] && echo "user root;" )
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log $DIR/logs/nginx-access.log;
    client_body_temp_path $conf/temp/body;
    proxy_temp_path $conf/temp/proxy;
    fastcgi_temp_path $conf/temp/fastcgi;
    uwsgi_temp_path $conf/temp/uwsgi;
    scgi_temp_path $conf/temp/scgi;
    sendfile on;
    upstream sinergi_app {
        server 127.0.0.1:${APP_PORTS[0]} max_fails=1 fail_timeout=5s;
        server 127.0.0.1:${APP_PORTS[1]} max_fails=1 fail_timeout=5s;
        keepalive 16;
    }
    server {
        listen 127.0.0.1:$PORT ssl;
        server_name 127.0.0.1 localhost;
        ssl_certificate $conf/cert.pem;
        ssl_certificate_key $conf/key.pem;
        error_page 497 =301 https://\$http_host\$request_uri;  # plain http on this port
        include $conf/sinergi-app.conf;
    }
    server {  # the S3 server's endpoint, with TLS
        listen 127.0.0.1:$S3_TLS_PORT ssl;
        ssl_certificate $conf/cert.pem;
        ssl_certificate_key $conf/key.pem;
        client_max_body_size 200m;
        location / {
            proxy_pass http://127.0.0.1:$S3_PORT;
            proxy_set_header Host \$http_host;
            proxy_request_buffering off;
        }
    }
}
EOF
  nginx -t -q -c "$conf/nginx.conf" -p "$conf" -e "$DIR/logs/nginx-error.log"
}

periodic_loop() {
  # deploy/systemd/sinergi-periodic.{service,timer}, as a loop. The wait is interruptible, so that stopping
  # the stack is prompt.
  cat <<EOF
trap 'kill \$nap 2>/dev/null; exit 0' TERM
while :; do
  sleep $PERIODIC & nap=\$!
  wait \$nap
  $PY manage.py close_expired_attempts
  $PY manage.py rescue_tasks
done
EOF
}

up() {
  if ls "$DIR"/pids/*.pid >/dev/null 2>&1; then
    log "a stack is running in $DIR: stopping it first"
    down
  fi
  trap 'echo "stack: failed; stopping what was started (logs in $DIR/logs/)" >&2; down' ERR
  rm -rf "$DIR/logs" "$DIR/mail" "$DIR/media" "$DIR/nginx"
  mkdir -p "$DIR/pids" "$DIR/logs" "$DIR/mail"
  write_env
  load_env
  log "PostgreSQL 15 on 127.0.0.1:$PG_PORT, Redis on :$REDIS_PORT, S3 (moto) on :$S3_PORT (TLS: :$S3_TLS_PORT)"
  start_postgres
  supervise redis redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no \
    --dir "$DIR" --daemonize no
  supervise s3 "$REPO/.venv/bin/moto_server" -H 127.0.0.1 -p "$S3_PORT"
  wait_for Redis 20 redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping
  wait_for S3 30 curl -sf "http://127.0.0.1:$S3_PORT/moto-api/"
  "$PY" -c 'import boto3, os, sys; boto3.client("s3", endpoint_url=sys.argv[1]).create_bucket(
    Bucket=os.environ["AWS_STORAGE_BUCKET_NAME"])' "http://127.0.0.1:$S3_PORT"

  # nginx first: it is also the S3 server's TLS endpoint, which migrate and the demo already write to.
  nginx_config
  supervise nginx nginx -c "$DIR/nginx/nginx.conf" -p "$DIR/nginx" -e "$DIR/logs/nginx-error.log" \
    -g "daemon off;"
  wait_for "S3 through nginx" 20 curl -sf --cacert "$DIR/nginx/cert.pem" -o /dev/null \
    "https://127.0.0.1:$S3_TLS_PORT/moto-api/"

  log "migrate, collectstatic, demo content"
  "$PY" manage.py migrate --no-input -v 0
  "$PY" manage.py collectstatic --no-input -v 0
  "$PY" manage.py seed_demo --allow-without-debug >"$DIR/logs/seed_demo.log"

  log "two app servers on :${APP_PORTS[0]} and :${APP_PORTS[1]}, two db_workers; nginx on :$PORT"
  local n=1
  for app_port in "${APP_PORTS[@]}"; do
    supervise "app$n" "$REPO/.venv/bin/gunicorn" --config deploy/gunicorn.conf.py \
      --bind "127.0.0.1:$app_port" sinergi.wsgi
    n=$((n + 1))
  done
  for n in 1 2; do
    supervise "worker$n" "$PY" manage.py db_worker --queue-name='*' --worker-id="stack-$n"
  done
  supervise periodic bash -c "$(periodic_loop)"

  for app_port in "${APP_PORTS[@]}"; do
    wait_for "gunicorn on :$app_port" 60 curl -sf -o /dev/null -H "X-Forwarded-Proto: https" \
      "http://127.0.0.1:$app_port/"
  done
  wait_for nginx 20 curl -sfk -o /dev/null "https://127.0.0.1:$PORT/"
  local static_file
  static_file=$("$PY" -c 'import json; print(next(iter(json.load(open("staticfiles/staticfiles.json"))["paths"].values())))')
  wait_for "static files through nginx" 10 curl -sfk -o /dev/null "https://127.0.0.1:$PORT/static/$static_file"
  for name in worker1 worker2 periodic; do
    alive "$DIR/pids/$name.pid" || { echo "stack: $name is not running; see $DIR/logs/$name.log" >&2; exit 1; }
  done

  trap - ERR
  echo
  log "Sinergi (production settings) is on https://127.0.0.1:$PORT/  (admin: https://127.0.0.1:$PORT/admin/)"
  echo "   The certificate is made for this stack: let the browser accept it once (curl -k)."
  sed -n '/Demo logins/,$p' "$DIR/logs/seed_demo.log"
  echo "   E-mails: $DIR/mail/   Logs: $DIR/logs/   Environment: $DIR/sinergi.env   Stop: make stack-down"
}

down() {
  [ -d "$DIR/pids" ] || { log "nothing running in $DIR"; return 0; }
  # Every supervisor at once (each stops its process and waits for it), then whatever is left, by PID.
  local file pid waited=0
  for file in "$DIR"/pids/*.supervisor.pid; do
    [ -e "$file" ] && kill -TERM "$(cat "$file")" 2>/dev/null || true
  done
  while [ "$waited" -lt 120 ]; do
    pid=""
    for file in "$DIR"/pids/*.supervisor.pid; do
      [ -e "$file" ] && kill -0 "$(cat "$file")" 2>/dev/null && pid=$file
    done
    [ -z "$pid" ] && break
    sleep 0.25
    waited=$((waited + 1))
  done
  [ -n "$pid" ] && echo "stack: $(basename "$pid" .supervisor.pid) did not stop within 30 s; killing it" >&2
  for file in "$DIR"/pids/*.pid; do
    [ -e "$file" ] || continue
    pid=$(cat "$file")
    if [ "$(basename "$file")" = postgres.pid ]; then
      kill -INT "$pid" 2>/dev/null || true  # PostgreSQL's fast shutdown
      for _ in $(seq 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    else
      kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$file"
  done
  if [ -f "$DIR/pg-root" ]; then
    rm -rf "$(cat "$DIR/pg-root")"
    rm -f "$DIR/pg-root"
  fi
  log "stopped"
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  env) cat "$DIR/sinergi.env" ;;
  *) echo "usage: $0 up|down|env" >&2; exit 2 ;;
esac
