@description('Name of the Event Grid system topic for the storage account\'s events.')
param name string

@description('Region of the storage account: a system topic lives where its source does.')
param location string

@description('Tags applied to the topic.')
param tags object

@description('Name of the storage account that publishes blob events and holds the dead-letter container.')
param storageAccountName string

@description('Container Event Grid writes undeliverable events into.')
param deadLetterContainerName string

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName

  resource blobService 'blobServices' existing = {
    name: 'default'

    resource deadLetters 'containers' existing = {
      name: deadLetterContainerName
    }
  }
}

// Built-in role: the topic's identity writes dead-lettered events, in that one container only.
var storageBlobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'

resource topic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: name
  location: location
  tags: tags
  // Dead-lettering into a storage account without shared keys goes through the topic's own identity.
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    source: storage.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

resource deadLetterWriter 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage::blobService::deadLetters.id, topic.id, storageBlobDataContributor)
  scope: storage::blobService::deadLetters
  properties: {
    principalId: topic.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributor)
  }
}

output name string = topic.name
