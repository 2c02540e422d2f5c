#!/usr/bin/env bash
# Sets up and runs every check: builds the whole solution (warnings are errors), validates the Bicep, and runs all
# test projects (integration tests start their own Azurite; the Functions tests publish the Functions app once and check
# what an Azure host reads from it). Ends with a line "Tests: N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")"
source scripts/setup.sh

if ! command -v chromium >/dev/null 2>&1; then
  echo "==> Installing Chromium from Debian's packages (the browse page test renders the page with it)"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi

echo "==> Building Summarizer.sln (Release, warnings as errors)"
dotnet build Summarizer.sln -c Release --nologo -v quiet -clp:Summary

if [ -x infra/validate.sh ]; then
  echo "==> Validating the Bicep templates"
  infra/validate.sh
fi

results=$(mktemp -d)
status=0
for project in tests/*.Tests; do
  echo "==> Testing $project"
  dotnet test "$project" -c Release --no-build --nologo --logger "trx;LogFileName=$(basename "$project").trx" \
    --results-directory "$results" -- RunConfiguration.TestSessionTimeout=900000 || status=$?
done

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  value() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed)))
  # The trx counters leave skipped tests out of notExecuted: they are the ones counted but not executed.
  skipped=$((skipped + $(value total) - $(value executed)))
done
rm -rf "$results"
echo "Tests: $passed passed, $failed failed, $skipped skipped"
if [ "$passed" -eq 0 ]; then
  echo "error: no test ran" >&2
  exit 1
fi
exit "$status"
