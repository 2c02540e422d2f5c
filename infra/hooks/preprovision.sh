#!/bin/sh
# azd preprovision hook: fails before anything is created when the chosen model, version or deployment SKU is not
# offered in the Azure OpenAI account's region, and says what is offered there instead.
# It asks Azure (az cognitiveservices model list) for the region's model catalog. SUMMARIZER_MODEL_CATALOG_FILE may
# name a file holding that catalog instead, one model a line as the query below prints it (name, version,
# comma-separated SKUs, lifecycle status, separated by tabs); the hook's tests use that.
set -eu

region="${AZURE_OPENAI_LOCATION:-${AZURE_LOCATION:-}}"
model="${SUMMARIZER_MODEL_NAME:-gpt-4.1-mini}"
version="${SUMMARIZER_MODEL_VERSION:-2025-04-14}"
sku="${SUMMARIZER_MODEL_SKU:-GlobalStandard}"
tab="$(printf '\t')"

if [ -z "$region" ]; then
  echo "No region is chosen: set one with 'azd env set AZURE_LOCATION <region>' (and AZURE_OPENAI_LOCATION for the model, if it differs)." >&2
  exit 1
fi

if [ -n "${SUMMARIZER_MODEL_CATALOG_FILE:-}" ]; then
  catalog="$(cat "$SUMMARIZER_MODEL_CATALOG_FILE")"
else
  if ! command -v az >/dev/null 2>&1; then
    echo "The Azure CLI (az) is required to check that $model $version ($sku) is offered in $region; install it and run 'az login'." >&2
    exit 1
  fi
  if ! catalog="$(az cognitiveservices model list --location "$region" \
      --query "[?kind=='OpenAI'].[model.name, model.version, join(',', model.skus[].name || \`[]\`), model.lifecycleStatus]" --output tsv)"; then
    echo "Could not read the Azure OpenAI models offered in $region (az cognitiveservices model list failed); is 'az login' done and the region right?" >&2
    exit 1
  fi
fi

# Distinct values of one column among the catalog lines that match the given name (and version).
offered() {
  printf '%s\n' "$catalog" | awk -F "$tab" -v name="$2" -v version="$3" -v column="$1" \
    '$1 == name && (version == "" || $2 == version) { n = split($column, values, ","); for (i = 1; i <= n; i++) if (values[i] != "") print values[i] }' \
    | sort -u | tr '\n' ' ' | sed 's/ $//'
}

if [ -z "$(offered 1 "$model" "")" ]; then
  models="$(printf '%s\n' "$catalog" | awk -F "$tab" '$1 != "" { print $1 }' | sort -u | tr '\n' ' ' | sed 's/ $//')"
  echo "Model $model is not offered in $region. Offered there: ${models:-none}. Choose one with 'azd env set SUMMARIZER_MODEL_NAME <model>' (and SUMMARIZER_MODEL_VERSION), or another region with 'azd env set AZURE_OPENAI_LOCATION <region>'." >&2
  exit 1
fi

if [ -z "$(offered 2 "$model" "$version")" ]; then
  echo "Model $model is offered in $region, but not version $version. Versions offered: $(offered 2 "$model" ""). Set one with 'azd env set SUMMARIZER_MODEL_VERSION <version>'." >&2
  exit 1
fi

case " $(offered 3 "$model" "$version") " in
  *" $sku "*) ;;
  *)
    echo "Model $model $version is offered in $region, but not as a $sku deployment. SKUs offered: $(offered 3 "$model" "$version"). Set one with 'azd env set SUMMARIZER_MODEL_SKU <sku>', or choose another region with 'azd env set AZURE_OPENAI_LOCATION <region>'." >&2
    exit 1
    ;;
esac

status="$(offered 4 "$model" "$version")"
case "$status" in
  *Deprecat*) echo "Warning: $model $version is $status in $region; the deployment moves to the model's default version when this one expires." >&2 ;;
esac
echo "Model $model $version is offered in $region as $sku."

# Then the sign-in app registration (takes AZURE_AUTH_CLIENT_ID, or creates one).
"$(dirname "$0")/signin.sh"
