#!/usr/bin/env bash
# Sinergi beside the peer LMS (wagtail-lms) and a default Wagtail site, measured in one run of
# ../shared/peer-bench: in-process medians and queries, then gunicorn + wrk (127.0.0.1 only, bounded).
# usage: bench/peerbench.sh   (env: ROUNDS, N, DURATION, OURS_DIR; PEERBENCH_ROOT as in peer-bench)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
peer=${PEERBENCH:-$repo/../shared/peer-bench}
export OURS_DIR=${OURS_DIR:-/tmp/sinergi-bench}
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
[ -x "${PEERBENCH_ROOT:-/tmp/peerbench}/venv-peer/bin/python" ] || (cd "$peer" && ./setup_baseline.sh && ./setup_peer.sh)

# A clean clone of what is committed, installed and seeded as production would run it.
rm -rf "$OURS_DIR"
git clone -q "$repo" "$OURS_DIR"
make -C "$OURS_DIR" --no-print-directory install >/dev/null
(
  set -a
  # shellcheck disable=SC1091
  source "$repo/bench/peerbench/ours.env"
  cd "$OURS_DIR"
  export DJANGO_SETTINGS_MODULE=$SETTINGS
  .venv/bin/python manage.py migrate --no-input -v 0
  .venv/bin/python manage.py collectstatic --no-input -v 0
  .venv/bin/python bench/seed_peerbench.py --targets "$TARGETS"
)
ROUNDS=${ROUNDS:-1} "$peer/run.sh" "$peer/profiles/hello.env" "$peer/profiles/wagtailhome.env" \
  "$peer/profiles/peer.env" "$peer/profiles/peer-cma.env" "$repo/bench/peerbench/ours.env" \
  "$repo/bench/peerbench/ours-cma.env"
