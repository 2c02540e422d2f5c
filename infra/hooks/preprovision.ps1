# azd preprovision hook (Windows): the same check as preprovision.sh. Fails before anything is created when the chosen
# model, version or deployment SKU is not offered in the Azure OpenAI account's region, and says what is offered.
# SUMMARIZER_MODEL_CATALOG_FILE may name a file with the catalog (the tab-separated lines preprovision.sh documents).
$ErrorActionPreference = 'Stop'

$region = if ($env:AZURE_OPENAI_LOCATION) { $env:AZURE_OPENAI_LOCATION } else { $env:AZURE_LOCATION }
$model = if ($env:SUMMARIZER_MODEL_NAME) { $env:SUMMARIZER_MODEL_NAME } else { 'gpt-4.1-mini' }
$version = if ($env:SUMMARIZER_MODEL_VERSION) { $env:SUMMARIZER_MODEL_VERSION } else { '2025-04-14' }
$sku = if ($env:SUMMARIZER_MODEL_SKU) { $env:SUMMARIZER_MODEL_SKU } else { 'GlobalStandard' }

if (-not $region) {
    throw "No region is chosen: set one with 'azd env set AZURE_LOCATION <region>' (and AZURE_OPENAI_LOCATION for the model, if it differs)."
}

if ($env:SUMMARIZER_MODEL_CATALOG_FILE) {
    $lines = Get-Content -Path $env:SUMMARIZER_MODEL_CATALOG_FILE
} else {
    if (-not (Get-Command az -ErrorAction SilentlyContinue)) {
        throw "The Azure CLI (az) is required to check that $model $version ($sku) is offered in $region; install it and run 'az login'."
    }
    $lines = az cognitiveservices model list --location $region `
        --query "[?kind=='OpenAI'].[model.name, model.version, join(',', model.skus[].name || ``[]``), model.lifecycleStatus]" --output tsv
    if ($LASTEXITCODE -ne 0) {
        throw "Could not read the Azure OpenAI models offered in $region (az cognitiveservices model list failed); is 'az login' done and the region right?"
    }
}

$catalog = @($lines | Where-Object { $_ } | ForEach-Object {
    $f = $_ -split "`t"
    [pscustomobject]@{ Name = $f[0]; Version = $f[1]; Skus = @($f[2] -split ',' | Where-Object { $_ }); Status = $f[3] }
})

$named = @($catalog | Where-Object Name -eq $model)
if ($named.Count -eq 0) {
    $offered = ($catalog.Name | Sort-Object -Unique) -join ' '
    throw "Model $model is not offered in $region. Offered there: $offered. Choose one with 'azd env set SUMMARIZER_MODEL_NAME <model>' (and SUMMARIZER_MODEL_VERSION), or another region with 'azd env set AZURE_OPENAI_LOCATION <region>'."
}

$versioned = @($named | Where-Object Version -eq $version)
if ($versioned.Count -eq 0) {
    throw "Model $model is offered in $region, but not version $version. Versions offered: $(($named.Version | Sort-Object -Unique) -join ' '). Set one with 'azd env set SUMMARIZER_MODEL_VERSION <version>'."
}

$skus = @($versioned.Skus | Sort-Object -Unique)
if ($skus -notcontains $sku) {
    throw "Model $model $version is offered in $region, but not as a $sku deployment. SKUs offered: $($skus -join ' '). Set one with 'azd env set SUMMARIZER_MODEL_SKU <sku>', or choose another region with 'azd env set AZURE_OPENAI_LOCATION <region>'."
}

if (($versioned.Status -join ' ') -match 'Deprecat') {
    Write-Warning "$model $version is $($versioned.Status -join ' ') in $region; the deployment moves to the model's default version when this one expires."
}
Write-Host "Model $model $version is offered in $region as $sku."
