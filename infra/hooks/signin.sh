#!/bin/sh
# Sign-in for `azd up` (run at the end of preprovision.sh): takes the Microsoft Entra app registration named by AZURE_AUTH_CLIENT_ID when it is set, or
# creates one (single tenant, ID tokens for the browser sign-in, the API's identifier api://{appId}, and the app
# roles Summarizer.Admin and Summarizer.Service) and records its id with `azd env set`. SUMMARIZER_SIGN_IN=false
# skips sign-in altogether: data routes then need a function key from Access__FunctionKeys.
set -eu

if [ "${SUMMARIZER_SIGN_IN:-true}" = "false" ]; then
  echo "preprovision: SUMMARIZER_SIGN_IN=false; deploying without sign-in."
  exit 0
fi

if [ -n "${AZURE_AUTH_CLIENT_ID:-}" ]; then
  echo "preprovision: using the existing app registration ${AZURE_AUTH_CLIENT_ID}."
  exit 0
fi

if ! command -v az >/dev/null 2>&1; then
  echo "preprovision: the Azure CLI (az) is needed to create the sign-in app registration; install it, or set AZURE_AUTH_CLIENT_ID, or SUMMARIZER_SIGN_IN=false." >&2
  exit 1
fi

roles_file="$(mktemp)"
trap 'rm -f "$roles_file"' EXIT
admin_id="$(cat /proc/sys/kernel/random/uuid)"
service_id="$(cat /proc/sys/kernel/random/uuid)"
cat > "$roles_file" <<JSON
[
  {"allowedMemberTypes": ["User", "Application"], "description": "Sees and deletes every article.", "displayName": "Summarizer admin",
   "id": "$admin_id", "isEnabled": true, "value": "Summarizer.Admin"},
  {"allowedMemberTypes": ["Application"], "description": "Calls the API with an app-only token; owns its own uploads.", "displayName": "Summarizer service",
   "id": "$service_id", "isEnabled": true, "value": "Summarizer.Service"}
]
JSON

app_id="$(az ad app create --display-name "summarizer-${AZURE_ENV_NAME}" --sign-in-audience AzureADMyOrg \
  --enable-id-token-issuance true --app-roles "@$roles_file" --query appId -o tsv)"
az ad app update --id "$app_id" --identifier-uris "api://$app_id"
az ad sp create --id "$app_id" >/dev/null
azd env set AZURE_AUTH_CLIENT_ID "$app_id"
echo "preprovision: created the app registration $app_id (roles Summarizer.Admin, Summarizer.Service)."
