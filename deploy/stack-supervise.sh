#!/usr/bin/env bash
# Keep one process of `make stack` running, as systemd's Restart=always does for the units in deploy/systemd/:
# when it dies it is started again after a second. TERM stops it for good.
# usage: stack-supervise.sh NAME STACK_DIR COMMAND...   (writes STACK_DIR/pids/NAME.pid, logs to logs/NAME.log)
set -u
name=$1 dir=$2
shift 2
child=0
stopping=0
stop() {
  stopping=1
  if [ "$child" -gt 0 ]; then
    kill -TERM "$child" 2>/dev/null
    wait "$child" 2>/dev/null
  fi
  rm -f "$dir/pids/$name.pid"
  exit 0
}
trap stop TERM INT
while :; do
  "$@" >>"$dir/logs/$name.log" 2>&1 </dev/null &
  child=$!
  echo "$child" >"$dir/pids/$name.pid"
  echo "$(date -u +%FT%T.%3NZ) $name started as $child" >>"$dir/logs/supervisor.log"
  wait "$child"
  status=$?
  [ "$stopping" = 1 ] && break
  echo "$(date -u +%FT%T.%3NZ) $name ($child) exited with status $status; starting it again in 1 s" \
    >>"$dir/logs/supervisor.log"
  sleep 1
done
