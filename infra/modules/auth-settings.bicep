@description('Name of the function app that App Service Authentication guards.')
param appName string

@description('Application (client) id of the Microsoft Entra app registration that signs people in and issues the API\'s tokens.')
param clientId string

@description('When true, requests without a token reach the app, which lets a configured function key through and answers 401 to anyone else; when false, the platform answers 401 itself.')
param allowFunctionKeyCallers bool = false

resource app 'Microsoft.Web/sites@2025-03-01' existing = {
  name: appName
}

// Sign-in for the page and the API. The page and its script hold no data and stay reachable, so the page can offer
// the sign-in link; /api/health stays open for probes. The app reads the caller from the principal headers the
// platform sends (it trusts them only because WEBSITE_AUTH_ENABLED says the platform is in front).
resource auth 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: app
  name: 'authsettingsV2'
  properties: {
    platform: {
      enabled: true
    }
    globalValidation: {
      requireAuthentication: !allowFunctionKeyCallers
      unauthenticatedClientAction: allowFunctionKeyCallers ? 'AllowAnonymous' : 'Return401'
      excludedPaths: [
        '/api/health'
        '/api/ui'
        '/api/ui/app.js'
      ]
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          clientId: clientId
          openIdIssuer: '${environment().authentication.loginEndpoint}${tenant().tenantId}/v2.0'
        }
        validation: {
          // Tokens for the API (service callers ask for api://{clientId}/.default) and the sign-in's own ID tokens.
          allowedAudiences: [
            'api://${clientId}'
            clientId
          ]
        }
      }
    }
    login: {
      tokenStore: {
        enabled: true
      }
    }
  }
}
