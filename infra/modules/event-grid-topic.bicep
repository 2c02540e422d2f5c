@description('Name of the Event Grid system topic for the storage account\'s events.')
param name string

@description('Region of the storage account: a system topic lives where its source does.')
param location string

@description('Tags applied to the topic.')
param tags object

@description('Resource id of the storage account that publishes blob events.')
param storageAccountId string

resource topic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: name
  location: location
  tags: tags
  properties: {
    source: storageAccountId
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

output name string = topic.name
