#!/bin/sh
# Adds https://{app}/.auth/login/aad/callback to the sign-in app registration's redirect URIs, once the function
# app's host name is known. Fails loudly when it cannot: sign-in would not work without it.
set -eu

if [ -z "${AZURE_AUTH_CLIENT_ID:-}" ]; then
  echo "postprovision: no sign-in app registration; nothing to do."
  exit 0
fi

host="$(printf '%s' "$SUMMARIZER_API_URL" | sed -e 's#^https://##' -e 's#/api$##')"
az ad app update --id "$AZURE_AUTH_CLIENT_ID" --web-redirect-uris "https://$host/.auth/login/aad/callback"
echo "postprovision: sign-in redirects to https://$host/.auth/login/aad/callback."
