#!/usr/bin/env bash
# Sets up and runs Summarizer locally: Azurite (data in .azurite/) and `summarizer serve`, which runs the clean and
# summarize stages and serves the HTTP API on http://localhost:7071/api until Ctrl+C. Extra arguments go to serve,
# e.g. ./run.sh --Summarization:Provider=OpenAI.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/setup.sh

echo "==> Building the summarizer command"
dotnet build src/Summarizer.Cli -c Release --nologo -v quiet -clp:ErrorsOnly

azurite_pid=""
stop_azurite() {
  if [ -n "$azurite_pid" ] && kill -0 "$azurite_pid" 2>/dev/null; then
    echo "==> Stopping Azurite"
    kill -TERM "$azurite_pid" 2>/dev/null || true
    # Azurite saves .azurite/ and closes its servers at once, but its process can linger after that:
    # give it 10 seconds, then end it.
    for _ in $(seq 1 50); do
      kill -0 "$azurite_pid" 2>/dev/null || break
      grep -q "Queue service successfully closed" .azurite/azurite.log 2>/dev/null \
        && grep -q "Blob service successfully closed" .azurite/azurite.log \
        && grep -q "Table service successfully closed" .azurite/azurite.log && break
      sleep 0.2
    done
    kill -KILL "$azurite_pid" 2>/dev/null || true
    wait "$azurite_pid" 2>/dev/null || true
  fi
}
trap stop_azurite EXIT

if (exec 3<>/dev/tcp/127.0.0.1/10000) 2>/dev/null; then
  echo "==> Something already listens on port 10000; using it as the storage emulator"
else
  echo "==> Starting Azurite (data in .azurite/, log in .azurite/azurite.log)"
  mkdir -p .azurite
  node node_modules/azurite/dist/src/azurite.js --location .azurite --skipApiVersionCheck --loose \
    --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 >.azurite/azurite.log 2>&1 &
  azurite_pid=$!
  for port in 10000 10001 10002; do
    for _ in $(seq 1 100); do
      (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null && break
      kill -0 "$azurite_pid" 2>/dev/null || { echo "error: Azurite exited; see .azurite/azurite.log" >&2; exit 1; }
      sleep 0.2
    done
  done
fi

echo "==> Starting summarizer serve"
# serve runs as a child so that Azurite is stopped after it. A TERM, INT or HUP sent to this script alone (kill, a
# process manager, a closed terminal) is passed on to serve, which drains its work and exits; then Azurite stops.
dotnet src/Summarizer.Cli/bin/Release/net10.0/summarizer.dll serve "$@" &
serve_pid=$!
trap 'kill -TERM "$serve_pid" 2>/dev/null || true' TERM INT HUP
while true; do
  status=0
  wait "$serve_pid" || status=$?
  kill -0 "$serve_pid" 2>/dev/null || break
done
exit "$status"
