#!/usr/bin/env bash
# Restarts the MiConsulado instances one after the other (a rolling deploy once
# /opt/miconsulado/current points at the new release): each is stopped with SIGTERM (it drains,
# readiness 503, then exits), started again, and the next one waits until this one is ready.
# Usage: deploy/rolling-restart.sh 4001 4002 4003
set -euo pipefail
[ "$#" -gt 0 ] || { echo "usage: $0 PORT..." >&2; exit 2; }
READY_TIMEOUT_S=${READY_TIMEOUT_S:-120}

ready() { curl -fsS --max-time 2 "http://127.0.0.1:$1/api/ready" >/dev/null 2>&1; }

for port in "$@"; do
  echo "miconsulado@$port: restarting"
  systemctl restart "miconsulado@$port"
  deadline=$(( $(date +%s) + READY_TIMEOUT_S ))
  until ready "$port"; do
    if [ "$(date +%s)" -ge "$deadline" ]; then
      echo "miconsulado@$port is not ready after ${READY_TIMEOUT_S}s: stopping the rollout here." >&2
      curl -sS --max-time 2 "http://127.0.0.1:$port/api/ready" >&2 || true
      exit 1
    fi
    sleep 1
  done
  echo "miconsulado@$port: ready"
done
