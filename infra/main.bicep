// Everything `azd up` provisions for Summarizer: a Flex Consumption function app that runs as a user-assigned
// managed identity, the storage it reads and writes, the Event Grid topic that feeds its blob trigger, an Azure
// OpenAI deployment, and monitoring. No resource hands out keys: storage, OpenAI and Application Insights all
// have local (key) authentication switched off, and every connection in the app settings is identity-based.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('Name of the azd environment; it names the resource group and seeds the other resource names.')
param environmentName string

@minLength(1)
@description('Region for all resources. It must offer the Flex Consumption plan (az functionapp list-flexconsumption-locations).')
@metadata({
  azd: {
    type: 'location'
  }
})
param location string

@description('Region for the Azure OpenAI account, when the model is not offered in the main region. Empty means the main region.')
param openAiLocation string = ''

@description('Object id of the developer running azd; gets data access to storage and OpenAI so the pipeline can be tried from their machine. Empty to skip.')
param principalId string = ''

@description('Kind of that principal: User for a developer, ServicePrincipal for a CI identity.')
@allowed([
  'User'
  'ServicePrincipal'
])
param principalType string = 'User'

@description('Chat model the summarizer calls.')
param modelName string = 'gpt-4.1-mini'

@description('Version of that model.')
param modelVersion string = '2025-04-14'

@description('Deployment SKU of the model: GlobalStandard is pay-per-token with the widest regional choice.')
param modelSkuName string = 'GlobalStandard'

@description('Model capacity in thousands of tokens per minute.')
@minValue(1)
param modelCapacity int = 30

@description('Summarizer to use: AzureOpenAI calls the deployed model; Offline uses the built-in extractive summarizer and never calls a model.')
@allowed([
  'AzureOpenAI'
  'Offline'
])
param summarizationProvider string = 'AzureOpenAI'

@description('Reasoning effort for a reasoning model (o1, o3, o3-mini, o4-mini, the gpt-5 family): sent as reasoning_effort, with no temperature and the output limit as max_completion_tokens. Empty for other models, which reject it.')
@allowed([
  ''
  'minimal'
  'low'
  'medium'
  'high'
])
param reasoningEffort string = ''

@description('Output limit of one model call (Summarization:MaxOutputTokens); a reasoning model spends part of it thinking, so give one more (4000 or so).')
@minValue(64)
param maxOutputTokens int = 1200

@description('What happens to an article the model refuses or fails for good (Summarization:Fallback): Offline summarizes it with the built-in summarizer and records why; None marks it failed.')
@allowed([
  'Offline'
  'None'
])
param summarizationFallback string = 'Offline'

@description('How long an article is queued again after 429s, 5xx and time-outs of the model, from the first (Summarization:TransientRetryWindow, d.hh:mm:ss).')
param transientRetryWindow string = '06:00:00'

@description('Instances the deployment\'s quota is shared among: the rate limiter is per instance, so each takes this share of the capacity\'s tokens and requests per minute; 429s beyond it are queued again.')
@minValue(1)
param modelQuotaShares int = 4

@description('Requests per minute the deployment allows per 1,000 tokens per minute of capacity (6 for most chat models; see the model\'s quota table).')
@minValue(1)
param modelRequestsPerThousandTokens int = 6

@description('Largest article accepted, in bytes (Pipeline:MaxArticleBytes); larger uploads get 413 and larger blobs are rejected.')
@minValue(1024)
param maxArticleBytes int = 10485760

@description('Deliveries of a summarize message before it goes to the poison queue; sets both host.json\'s queues.maxDequeueCount and Pipeline:MaxDequeueCount so they cannot drift apart.')
@minValue(1)
param maxDequeueCount int = 5

@description('Application (client) id of the Entra app registration for sign-in; the preprovision hook creates one or takes AZURE_AUTH_CLIENT_ID. Empty: no sign-in, and every data route needs a function key from Access__FunctionKeys.')
param authClientId string = ''

@description('Let requests without a token reach the app, so that service callers with a function key (Access__FunctionKeys) still work beside sign-in.')
param allowFunctionKeyCallers bool = false

@description('Every signed-in member of the tenant reads every article (changing and deleting stay with the owner and Summarizer.Admin).')
param sharedLibrary bool = false

@description('Articles older than this many days are deleted by a timer; 0 keeps them until someone deletes them.')
@minValue(0)
param retainDays int = 0

@description('Memory of each Flex Consumption instance, in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Upper bound on Flex Consumption scale-out.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Minutes between reconcile runs, which clean what no blob event brought (the ReconcileArticles timer).')
@minValue(1)
@maxValue(59)
param reconcileEveryMinutes int = 5

@description('Minutes an upload may stay pending, or a blob go without a receipt, before the reconcile run cleans it (Pipeline:PendingTimeout).')
@minValue(1)
@maxValue(1439)
param pendingTimeoutMinutes int = 10

@description('Address the pipeline\'s alerts are mailed to; empty creates the action group without a receiver.')
param alertEmail string = ''

@description('Alert when an article has been pending or cleaned for longer than this many minutes.')
@minValue(5)
param oldestUnfinishedAlertMinutes int = 60

@description('Alert when more than this percentage of the articles finishing summarizing in an hour failed.')
@minValue(1)
@maxValue(100)
param failureRateAlertPercent int = 10

@description('Private network: a virtual network with the function app integrated into it, private endpoints and DNS zones for blob, queue, table and Azure OpenAI, and public network access off on storage and Azure OpenAI.')
param vnetEnabled bool = false

var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = {
  'azd-env-name': environmentName
}
var functionAppName = 'func-${resourceToken}'
var deploymentContainerName = 'app-package-${take(resourceToken, 7)}'
var articlesContainer = 'articles'
var deadLetterContainer = 'eventgrid-deadletter'
var summarizeQueue = 'summarize'

// Built-in data roles. Blob Data Owner is what the Functions host needs for its own state on AzureWebJobsStorage
// (it also covers the deployment container and the app's containers); queue and table roles are contributor,
// the smallest roles that let the host and the app create, send and delete.
var storageBlobDataOwner = 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
var storageBlobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
var storageQueueDataContributor = '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
var storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'

resource rg 'Microsoft.Resources/resourceGroups@2025-04-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: 'id-${resourceToken}'
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: 'log-${resourceToken}'
    applicationInsightsName: 'appi-${resourceToken}'
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: 'st${resourceToken}'
    location: location
    tags: tags
    containerNames: [
      articlesContainer
      'cleaned'
      'summaries'
      deadLetterContainer
      deploymentContainerName
    ]
    queueNames: [
      summarizeQueue
      '${summarizeQueue}-poison'
    ]
    tableNames: [
      'articleindex'
      'pipelinestate'
    ]
    privateOnly: vnetEnabled
  }
}

module openAi 'modules/openai.bicep' = {
  name: 'openai'
  scope: rg
  params: {
    name: 'oai-${resourceToken}'
    location: empty(openAiLocation) ? location : openAiLocation
    tags: tags
    deploymentName: modelName
    modelName: modelName
    modelVersion: modelVersion
    skuName: modelSkuName
    capacity: modelCapacity
    privateOnly: vnetEnabled
  }
}

module appRoles 'modules/role-assignments.bicep' = {
  name: 'app-roles'
  scope: rg
  params: {
    principalId: identity.outputs.principalId
    principalType: 'ServicePrincipal'
    storageAccountName: storage.outputs.name
    storageRoleIds: [
      storageBlobDataOwner
      storageQueueDataContributor
      storageTableDataContributor
    ]
    openAiAccountName: openAi.outputs.name
    applicationInsightsName: monitoring.outputs.applicationInsightsName
  }
}

module developerRoles 'modules/role-assignments.bicep' = if (!empty(principalId)) {
  name: 'developer-roles'
  scope: rg
  params: {
    principalId: principalId
    principalType: principalType
    storageAccountName: storage.outputs.name
    storageRoleIds: [
      storageBlobDataContributor
      storageQueueDataContributor
      storageTableDataContributor
    ]
    openAiAccountName: openAi.outputs.name
  }
}

module eventGridTopic 'modules/event-grid-topic.bicep' = {
  name: 'event-grid-topic'
  scope: rg
  params: {
    name: 'evgt-${resourceToken}'
    location: location
    tags: tags
    storageAccountName: storage.outputs.name
    deadLetterContainerName: deadLetterContainer
  }
}

module alerts 'modules/alerts.bicep' = {
  name: 'alerts'
  scope: rg
  params: {
    actionGroupName: 'ag-${resourceToken}'
    alertEmail: alertEmail
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    location: location
    tags: tags
    oldestUnfinishedMinutes: oldestUnfinishedAlertMinutes
    failureRatePercent: failureRateAlertPercent
  }
}

module network 'modules/network.bicep' = if (vnetEnabled) {
  name: 'network'
  scope: rg
  params: {
    name: 'vnet-${resourceToken}'
    location: location
    tags: tags
  }
}

// One endpoint per service the app reaches, each with the private DNS zone that makes its usual name resolve to it.
var privateEndpoints = [
  {
    name: 'blob'
    service: 'storage'
    groupId: 'blob'
    dnsZoneName: 'privatelink.blob.${environment().suffixes.storage}'
  }
  {
    name: 'queue'
    service: 'storage'
    groupId: 'queue'
    dnsZoneName: 'privatelink.queue.${environment().suffixes.storage}'
  }
  {
    name: 'table'
    service: 'storage'
    groupId: 'table'
    dnsZoneName: 'privatelink.table.${environment().suffixes.storage}'
  }
  {
    name: 'openai'
    service: 'openAi'
    groupId: 'account'
    dnsZoneName: 'privatelink.openai.azure.com'
  }
]

module endpoints 'modules/private-endpoint.bicep' = [
  for endpoint in privateEndpoints: if (vnetEnabled) {
    name: 'private-endpoint-${endpoint.name}'
    scope: rg
    params: {
      name: 'pe-${endpoint.name}-${resourceToken}'
      location: location
      tags: tags
      subnetId: network!.outputs.privateEndpointSubnetId
      virtualNetworkId: network!.outputs.id
      targetId: endpoint.service == 'storage' ? storage.outputs.id : openAi.outputs.id
      groupId: endpoint.groupId
      dnsZoneName: endpoint.dnsZoneName
    }
  }
]

module functionApp 'modules/function-app.bicep' = {
  name: 'function-app'
  scope: rg
  // The host reaches storage as soon as it starts, so its roles (and, in a private network, its endpoints) must exist first.
  dependsOn: [
    appRoles
    endpoints
  ]
  params: {
    name: functionAppName
    planName: 'plan-${resourceToken}'
    location: location
    tags: tags
    azdServiceName: 'functions'
    identityId: identity.outputs.id
    storageBlobEndpoint: storage.outputs.blobEndpoint
    deploymentContainerName: deploymentContainerName
    runtimeVersion: '10.0'
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    virtualNetworkSubnetId: vnetEnabled ? network!.outputs.appSubnetId : ''
    appSettings: {
      // The Functions host's storage: triggers, leases and blob receipts, through the managed identity.
      AzureWebJobsStorage__blobServiceUri: storage.outputs.blobEndpoint
      AzureWebJobsStorage__queueServiceUri: storage.outputs.queueEndpoint
      AzureWebJobsStorage__tableServiceUri: storage.outputs.tableEndpoint
      AzureWebJobsStorage__credential: 'managedidentity'
      AzureWebJobsStorage__clientId: identity.outputs.clientId
      // Overrides host.json so the host's poison threshold is the one the app counts against.
      AzureFunctionsJobHost__extensions__queues__maxDequeueCount: string(maxDequeueCount)
      // Telemetry: the host authenticates with the identity named here; the worker uses AZURE_CLIENT_ID.
      APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.connectionString
      APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identity.outputs.clientId};Authorization=AAD'
      AZURE_CLIENT_ID: identity.outputs.clientId
      // The app's own storage clients (Core's Storage section).
      Storage__BlobServiceUri: storage.outputs.blobEndpoint
      Storage__QueueServiceUri: storage.outputs.queueEndpoint
      Storage__TableServiceUri: storage.outputs.tableEndpoint
      Storage__ManagedIdentityClientId: identity.outputs.clientId
      // The summarizer (Core's Summarization section); no API key: the identity has Cognitive Services OpenAI User.
      Summarization__Provider: summarizationProvider
      Summarization__Endpoint: openAi.outputs.endpoint
      Summarization__Deployment: openAi.outputs.deploymentName
      Summarization__ManagedIdentityClientId: identity.outputs.clientId
      Summarization__Model: modelName
      Summarization__ReasoningEffort: reasoningEffort
      Summarization__MaxOutputTokens: string(maxOutputTokens)
      Summarization__MaxOutputTokensCeiling: string(max(maxOutputTokens * 4, 4800))
      Summarization__Fallback: summarizationFallback
      Summarization__TransientRetryWindow: transientRetryWindow
      Summarization__TransientRetryDelay: '00:00:10'
      Summarization__TransientRetryMaxDelay: '00:10:00'
      Summarization__TokensPerMinute: string(max(1, modelCapacity * 1000 / modelQuotaShares))
      Summarization__RequestsPerMinute: string(max(1, modelCapacity * modelRequestsPerThousandTokens / modelQuotaShares))
      // The pipeline (Core's Pipeline section).
      Pipeline__MaxArticleBytes: string(maxArticleBytes)
      Pipeline__MaxDequeueCount: string(maxDequeueCount)
      Pipeline__RetainDays: retainDays == 0 ? '' : string(retainDays)
      // Who sees what (Core's Access section); WEBSITE_AUTH_ENABLED is set by the platform when sign-in is on.
      Access__SharedLibrary: string(sharedLibrary)
      Pipeline__PendingTimeout: '${padLeft(string(pendingTimeoutMinutes / 60), 2, '0')}:${padLeft(string(pendingTimeoutMinutes % 60), 2, '0')}:00'
      // The ReconcileArticles timer's CRON schedule (a flat name: the timer resolves it as %ReconcileSchedule%).
      ReconcileSchedule: '0 */${reconcileEveryMinutes} * * * *'
    }
  }
}

module signIn 'modules/auth-settings.bicep' = if (!empty(authClientId)) {
  name: 'auth-settings'
  scope: rg
  params: {
    appName: functionApp.outputs.name
    clientId: authClientId
    allowFunctionKeyCallers: allowFunctionKeyCallers
  }
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output SUMMARIZER_API_URL string = 'https://${functionApp.outputs.defaultHostName}/api'
// With sign-in, people sign in and services send Entra tokens. Without it (or with allowFunctionKeyCallers), a data
// route accepts the function keys listed in Access__FunctionKeys, each with full access: make one with this command
// (replace <name>) and add its value to that setting; remove it from both to revoke it.
output SUMMARIZER_API_KEY_COMMAND string = 'az functionapp keys set -g ${rg.name} -n ${functionApp.outputs.name} --key-type functionKeys --key-name <name>'
output AZURE_AUTH_CLIENT_ID string = authClientId
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_STORAGE_BLOB_ENDPOINT string = storage.outputs.blobEndpoint
output AZURE_STORAGE_QUEUE_ENDPOINT string = storage.outputs.queueEndpoint
output AZURE_STORAGE_TABLE_ENDPOINT string = storage.outputs.tableEndpoint
output AZURE_OPENAI_ENDPOINT string = openAi.outputs.endpoint
output AZURE_OPENAI_DEPLOYMENT string = openAi.outputs.deploymentName
output EVENT_GRID_SYSTEM_TOPIC_NAME string = eventGridTopic.outputs.name
output ARTICLES_CONTAINER_NAME string = articlesContainer
output DEAD_LETTER_CONTAINER_NAME string = deadLetterContainer
