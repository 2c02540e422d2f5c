@description('Name of the Azure OpenAI account; also its custom subdomain, which Microsoft Entra authentication requires.')
param name string

@description('Region of the account: one where the chosen model and SKU are offered.')
param location string

@description('Tags applied to the account.')
param tags object

@description('Name of the model deployment the app calls.')
param deploymentName string

@description('Model name, for example gpt-4.1-mini.')
param modelName string

@description('Model version, for example 2025-04-14.')
param modelVersion string

@description('Deployment SKU, for example GlobalStandard or Standard.')
param skuName string

@description('Deployment capacity in thousands of tokens per minute.')
param capacity int

@description('Whether the account is reached only through a private endpoint (public network access off).')
param privateOnly bool = false

resource account 'Microsoft.CognitiveServices/accounts@2025-06-01' = {
  name: name
  location: location
  tags: tags
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: name
    // Keys are switched off: the app signs in with its managed identity.
    disableLocalAuth: true
    publicNetworkAccess: privateOnly ? 'Disabled' : 'Enabled'
    networkAcls: {
      defaultAction: privateOnly ? 'Deny' : 'Allow'
    }
  }
}

resource deployment 'Microsoft.CognitiveServices/accounts/deployments@2025-06-01' = {
  parent: account
  name: deploymentName
  sku: {
    name: skuName
    capacity: capacity
  }
  properties: {
    model: {
      format: 'OpenAI'
      name: modelName
      version: modelVersion
    }
    // When this version is retired the deployment moves to the model's default version instead of stopping.
    versionUpgradeOption: 'OnceCurrentVersionExpired'
  }
}

output id string = account.id
output name string = account.name
output endpoint string = account.properties.endpoint
output deploymentName string = deployment.name
