@description('Name of the private endpoint.')
param name string

@description('Region of the private endpoint: the virtual network\'s.')
param location string

@description('Tags applied to the endpoint and its DNS zone.')
param tags object

@description('Subnet the endpoint\'s address is taken from.')
param subnetId string

@description('Virtual network whose clients resolve the service\'s name to the endpoint.')
param virtualNetworkId string

@description('Resource id of the service the endpoint reaches (the storage account, the Azure OpenAI account).')
param targetId string

@description('Sub-resource of the service: blob, queue, table, or account for Azure OpenAI.')
param groupId string

@description('Private DNS zone for that sub-resource, for example privatelink.blob.core.windows.net.')
param dnsZoneName string

resource zone 'Microsoft.Network/privateDnsZones@2024-06-01' = {
  name: dnsZoneName
  location: 'global'
  tags: tags
}

resource link 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2024-06-01' = {
  parent: zone
  name: '${name}-link'
  location: 'global'
  tags: tags
  properties: {
    registrationEnabled: false
    virtualNetwork: {
      id: virtualNetworkId
    }
  }
}

resource endpoint 'Microsoft.Network/privateEndpoints@2025-05-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    subnet: {
      id: subnetId
    }
    privateLinkServiceConnections: [
      {
        name: name
        properties: {
          privateLinkServiceId: targetId
          groupIds: [
            groupId
          ]
        }
      }
    ]
  }
}

// Registers the endpoint's address in the zone, so the service's usual host name resolves to it inside the network.
resource zoneGroup 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2025-05-01' = {
  parent: endpoint
  name: 'default'
  properties: {
    privateDnsZoneConfigs: [
      {
        name: replace(dnsZoneName, '.', '-')
        properties: {
          privateDnsZoneId: zone.id
        }
      }
    ]
  }
}
