#!/usr/bin/env bash
# Installs what the project needs on a fresh machine: the pinned npm packages (Azurite) and the NuGet packages.
# Sourced by run.sh and test.sh.
set -euo pipefail

for tool in dotnet node npm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "error: '$tool' is not installed; Summarizer needs the .NET 10 SDK and Node.js 20 or later." >&2
    exit 1
  fi
done

if [ ! -x node_modules/.bin/azurite ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "==> Installing npm packages from package-lock.json (Azurite)"
  npm ci --no-audit --no-fund --loglevel=error
fi
