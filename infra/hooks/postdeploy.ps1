# azd postdeploy hook (Windows): the same steps as postdeploy.sh. Subscribes the CleanArticle blob trigger to
# "blob created" events on the articles container once the deployed host has created its blobs_extension key.
$ErrorActionPreference = 'Stop'

foreach ($name in 'AZURE_SUBSCRIPTION_ID', 'AZURE_RESOURCE_GROUP', 'AZURE_FUNCTION_APP_NAME', 'EVENT_GRID_SYSTEM_TOPIC_NAME', 'AZURE_STORAGE_ACCOUNT_NAME') {
    if (-not [Environment]::GetEnvironmentVariable($name)) {
        throw "$name is missing from the azd environment: run this through azd (azd up or azd deploy)."
    }
}
$container = if ($env:ARTICLES_CONTAINER_NAME) { $env:ARTICLES_CONTAINER_NAME } else { 'articles' }
$deadLetters = if ($env:DEAD_LETTER_CONTAINER_NAME) { $env:DEAD_LETTER_CONTAINER_NAME } else { 'eventgrid-deadletter' }

if (-not (Get-Command az -ErrorAction SilentlyContinue)) {
    throw "The Azure CLI (az) is required to create the Event Grid subscription; install it, run 'az login', then 'azd hooks run postdeploy'."
}

# Listing the keys starts the host if it is scaled to zero; the key appears once it has indexed the blob trigger.
$attempts = 30
for ($attempt = 1; ; $attempt++) {
    $ready = az functionapp keys list `
        --subscription $env:AZURE_SUBSCRIPTION_ID `
        --resource-group $env:AZURE_RESOURCE_GROUP `
        --name $env:AZURE_FUNCTION_APP_NAME `
        --query 'systemKeys.blobs_extension != `null`' `
        --output json 2>$null
    if ($LASTEXITCODE -eq 0 -and $ready -eq 'true') { break }
    if ($attempt -ge $attempts) {
        throw "The host of $($env:AZURE_FUNCTION_APP_NAME) has no blobs_extension key after $attempts tries; check that the deployment succeeded, then run 'azd hooks run postdeploy'."
    }
    Write-Host "Waiting for the function host to create its blobs_extension key ($attempt/$attempts)..."
    Start-Sleep -Seconds 10
}

az deployment group create `
    --subscription $env:AZURE_SUBSCRIPTION_ID `
    --resource-group $env:AZURE_RESOURCE_GROUP `
    --name blob-event-subscription `
    --template-file ./infra/blob-event-subscription.bicep `
    --parameters functionAppName=$env:AZURE_FUNCTION_APP_NAME systemTopicName=$env:EVENT_GRID_SYSTEM_TOPIC_NAME containerName=$container `
        storageAccountName=$env:AZURE_STORAGE_ACCOUNT_NAME deadLetterContainerName=$deadLetters `
    --output none
if ($LASTEXITCODE -ne 0) {
    throw "Creating the Event Grid subscription failed (see above); until it exists, new blobs are cleaned only by the ReconcileArticles timer. Fix the cause, then run 'azd hooks run postdeploy'."
}

Write-Host "Event Grid now delivers new blobs in '$container' to CleanArticle; undeliverable events go to '$deadLetters'."
