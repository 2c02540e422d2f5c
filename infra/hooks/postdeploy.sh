#!/bin/sh
# azd postdeploy hook: subscribes the CleanArticle blob trigger to "blob created" events on the articles container.
# It waits until the deployed host has created its blobs_extension system key, then deploys
# infra/blob-event-subscription.bicep, which reads that key itself. Safe to run again: the deployment is idempotent.
set -eu

: "${AZURE_SUBSCRIPTION_ID:?run this through azd (azd up or azd deploy)}"
: "${AZURE_RESOURCE_GROUP:?missing from the azd environment: run azd provision first}"
: "${AZURE_FUNCTION_APP_NAME:?missing from the azd environment: run azd provision first}"
: "${EVENT_GRID_SYSTEM_TOPIC_NAME:?missing from the azd environment: run azd provision first}"
: "${AZURE_STORAGE_ACCOUNT_NAME:?missing from the azd environment: run azd provision first}"
container="${ARTICLES_CONTAINER_NAME:-articles}"
dead_letters="${DEAD_LETTER_CONTAINER_NAME:-eventgrid-deadletter}"

if ! command -v az >/dev/null 2>&1; then
  echo "The Azure CLI (az) is required to create the Event Grid subscription, without which no blob event reaches CleanArticle; install it, run 'az login', then 'azd hooks run postdeploy'." >&2
  exit 1
fi

# Listing the keys starts the host if it is scaled to zero; the key appears once it has indexed the blob trigger.
attempts=30
attempt=1
while :; do
  ready=$(az functionapp keys list \
    --subscription "$AZURE_SUBSCRIPTION_ID" \
    --resource-group "$AZURE_RESOURCE_GROUP" \
    --name "$AZURE_FUNCTION_APP_NAME" \
    --query 'systemKeys.blobs_extension != `null`' \
    --output json 2>/dev/null || echo false)
  [ "$ready" = "true" ] && break
  if [ "$attempt" -ge "$attempts" ]; then
    echo "The host of $AZURE_FUNCTION_APP_NAME has no blobs_extension key after $attempts tries; check that the deployment succeeded, then run 'azd hooks run postdeploy'." >&2
    exit 1
  fi
  echo "Waiting for the function host to create its blobs_extension key ($attempt/$attempts)..."
  attempt=$((attempt + 1))
  sleep 10
done

if ! az deployment group create \
  --subscription "$AZURE_SUBSCRIPTION_ID" \
  --resource-group "$AZURE_RESOURCE_GROUP" \
  --name blob-event-subscription \
  --template-file ./infra/blob-event-subscription.bicep \
  --parameters functionAppName="$AZURE_FUNCTION_APP_NAME" systemTopicName="$EVENT_GRID_SYSTEM_TOPIC_NAME" containerName="$container" \
    storageAccountName="$AZURE_STORAGE_ACCOUNT_NAME" deadLetterContainerName="$dead_letters" \
  --output none; then
  echo "Creating the Event Grid subscription failed (see above); until it exists, new blobs are cleaned only by the ReconcileArticles timer. Fix the cause, then run 'azd hooks run postdeploy'." >&2
  exit 1
fi

echo "Event Grid now delivers new blobs in '$container' to CleanArticle; undeliverable events go to '$dead_letters'."
