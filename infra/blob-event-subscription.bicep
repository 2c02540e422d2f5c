// Subscribes the CleanArticle blob trigger to "blob created" events in the articles container.
// Who creates it: the azd postdeploy hook (hooks/postdeploy.sh, postdeploy.ps1), after every `azd up` or `azd deploy`,
// not main.bicep: the webhook needs the host's blobs_extension system key, which exists only once the code with an
// Event Grid blob trigger is deployed and the host has started. The hook fails the azd run (non-zero exit, with what
// to do) when it cannot create it. The key is read here with listKeys and goes straight into the subscription, so it
// never passes through a script, an app setting or a deployment output.
// Events not delivered within the retry policy are dead-lettered into a container of the storage account, which the
// ReconcileArticles timer reads: no blob is left uncleaned because its event was lost.

@description('Name of the function app that hosts the blob trigger.')
param functionAppName string

@description('Name of the Event Grid system topic on the storage account.')
param systemTopicName string

@description('Function whose blob trigger receives the events.')
param functionName string = 'CleanArticle'

@description('Container whose new blobs are delivered.')
param containerName string = 'articles'

@description('Name of the storage account, which holds the dead-letter container.')
param storageAccountName string

@description('Container undeliverable events are written into.')
param deadLetterContainerName string = 'eventgrid-deadletter'

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

resource app 'Microsoft.Web/sites@2025-03-01' existing = {
  name: functionAppName
}

// The host's keys have no Bicep resource type, so they are read through the ARM list action on its id.
var blobsExtensionKey = listKeys('${app.id}/host/default', app.apiVersion).systemKeys.blobs_extension

resource topic 'Microsoft.EventGrid/systemTopics@2025-02-15' existing = {
  name: systemTopicName
}

resource subscription 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = {
  parent: topic
  name: '${toLower(functionName)}-${containerName}'
  properties: {
    destination: {
      endpointType: 'WebHook'
      properties: {
        endpointUrl: 'https://${app.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.${functionName}&code=${blobsExtensionKey}'
        // One blob per delivery: each one is a separate clean run, retried on its own.
        maxEventsPerBatch: 1
      }
    }
    eventDeliverySchema: 'EventGridSchema'
    filter: {
      includedEventTypes: [
        'Microsoft.Storage.BlobCreated'
      ]
      subjectBeginsWith: '/blobServices/default/containers/${containerName}/blobs/'
    }
    retryPolicy: {
      maxDeliveryAttempts: 30
      eventTimeToLiveInMinutes: 1440
    }
    // Written with the system topic's identity, which has Storage Blob Data Contributor on this container only.
    deadLetterWithResourceIdentity: {
      identity: {
        type: 'SystemAssigned'
      }
      deadLetterDestination: {
        endpointType: 'StorageBlob'
        properties: {
          resourceId: storage.id
          blobContainerName: deadLetterContainerName
        }
      }
    }
  }
}

output name string = subscription.name
