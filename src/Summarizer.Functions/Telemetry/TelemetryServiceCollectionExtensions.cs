using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Summarizer.Core.Pipeline;
using Summarizer.Core.Summarization;

namespace Summarizer.Functions.Telemetry;

/// <summary>
/// OpenTelemetry from the worker, with the chat client's GenAI spans and token metrics (<see cref="ChatTelemetry.SourceName"/>),
/// exported to Application Insights when the app has one.
/// </summary>
internal static class TelemetryServiceCollectionExtensions
{
    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>The client id of the user-assigned identity, the Azure Identity library's own setting name.</summary>
    public const string ClientIdSetting = "AZURE_CLIENT_ID";

    public static IServiceCollection AddFunctionsTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        // The pipeline's own meter (articles per outcome, stage and queue times, reconcile recoveries, backlog gauges)
        // and the chat client's GenAI spans and token metrics go out with the worker's telemetry.
        var openTelemetry = services.AddOpenTelemetry()
            .UseFunctionsWorkerDefaults()
            .WithTracing(tracing => tracing.AddSource(ChatTelemetry.SourceName))
            .WithMetrics(metrics => metrics.AddMeter(PipelineMetrics.MeterName, ChatTelemetry.SourceName));

        // Locally there is usually no Application Insights, and the exporter refuses to start without one.
        if (!string.IsNullOrEmpty(configuration[ConnectionStringSetting]))
        {
            var clientId = configuration[ClientIdSetting];
            openTelemetry.UseAzureMonitorExporter(options =>
            {
                options.ConnectionString = configuration[ConnectionStringSetting];
                // In Azure the component takes only Entra-authenticated telemetry (local auth is off), so the worker
                // signs in as the app's identity; the host does the same through APPLICATIONINSIGHTS_AUTHENTICATION_STRING.
                if (!string.IsNullOrEmpty(clientId))
                {
                    options.Credential = new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
                }
            });
        }

        return services;
    }
}
