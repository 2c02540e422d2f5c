@description('Name of the action group that mails the operator.')
param actionGroupName string

@description('Address the alerts are mailed to; empty makes the action group without a receiver (add one in the portal).')
param alertEmail string

@description('Application Insights component that receives the Summarizer.Pipeline meter.')
param applicationInsightsName string

@description('Region of the alert rules: the component\'s.')
param location string

@description('Tags applied to the action group and the rules.')
param tags object

@description('Alert when the oldest article still pending or cleaned has waited longer than this, in minutes.')
param oldestUnfinishedMinutes int

@description('Alert when more than this percentage of the articles that finished summarizing in an hour failed.')
param failureRatePercent int

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource actionGroup 'Microsoft.Insights/actionGroups@2023-01-01' = {
  name: actionGroupName
  location: 'global'
  tags: tags
  properties: {
    groupShortName: 'summarizer'
    enabled: true
    emailReceivers: empty(alertEmail) ? [] : [
      {
        name: 'operator'
        emailAddress: alertEmail
        useCommonAlertSchema: true
      }
    ]
  }
}

// Each rule reads a metric of the Summarizer.Pipeline meter from the component's customMetrics table. The gauges
// (poison queue, oldest unfinished article) are measured by the ReconcileArticles run every few minutes.
var rules = [
  {
    name: 'poison-queue'
    displayName: 'Summarizer: messages in the poison queue'
    description: 'Articles whose summarize message failed every delivery wait in summarize-poison; each is marked failed with its reason, and POST /api/summaries/{id}/retry queues it again.'
    severity: 2
    windowSize: 'PT15M'
    query: 'customMetrics | where name == "summarizer.pipeline.poison_queue.length" | summarize PoisonMessages = max(value)'
    column: 'PoisonMessages'
    threshold: 0
  }
  {
    name: 'failure-rate'
    displayName: 'Summarizer: summaries failing'
    description: 'More than ${failureRatePercent}% of the articles that finished summarizing in the last hour failed (at least 5 finished).'
    severity: 2
    windowSize: 'PT1H'
    query: 'customMetrics | where name == "summarizer.pipeline.articles" | extend outcome = tostring(customDimensions["outcome"]) | summarize failed = sumif(valueSum, outcome == "failed"), finished = sumif(valueSum, outcome in ("summarized", "failed")) | where finished >= 5 | project FailurePercent = 100.0 * failed / finished'
    column: 'FailurePercent'
    threshold: failureRatePercent
  }
  {
    name: 'oldest-unfinished'
    displayName: 'Summarizer: an article is not finishing'
    description: 'An article has stayed pending or cleaned for more than ${oldestUnfinishedMinutes} minutes although the reconcile run resends what events missed.'
    severity: 3
    windowSize: 'PT15M'
    query: 'customMetrics | where name == "summarizer.pipeline.oldest_unfinished.age" | summarize OldestMinutes = max(value) / 60.0'
    column: 'OldestMinutes'
    threshold: oldestUnfinishedMinutes
  }
]

resource alertRules 'Microsoft.Insights/scheduledQueryRules@2026-03-01' = [
  for rule in rules: {
    name: 'alert-summarizer-${rule.name}'
    location: location
    tags: tags
    properties: {
      displayName: rule.displayName
      description: rule.description
      severity: rule.severity
      enabled: true
      scopes: [
        applicationInsights.id
      ]
      evaluationFrequency: 'PT5M'
      windowSize: rule.windowSize
      criteria: {
        allOf: [
          {
            query: rule.query
            timeAggregation: 'Maximum'
            metricMeasureColumn: rule.column
            operator: 'GreaterThan'
            threshold: rule.threshold
            failingPeriods: {
              numberOfEvaluationPeriods: 1
              minFailingPeriodsToAlert: 1
            }
          }
        ]
      }
      autoMitigate: true
      actions: {
        actionGroups: [
          actionGroup.id
        ]
      }
    }
  }
]

output actionGroupId string = actionGroup.id
