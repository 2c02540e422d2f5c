using System.Text.Json;
using Summarizer.Core.Api;
using Summarizer.Core.Pipeline;
using Summarizer.Core.Storage;

namespace Summarizer.Functions.Tests.Contract;

/// <summary>
/// The bindings the host reads from the published app's functions.metadata, checked against the code's own names
/// (<see cref="StorageNames"/>, <see cref="ApiRoutes"/>) without a host.
/// </summary>
public sealed class BindingContractTests
{
    [Fact]
    public async Task CleanArticle_IsRunByEventGridBlobEvents_OnTheArticlesContainer()
    {
        var clean = FunctionsMetadata.Single(await PublishedFunctionsAsync(), "blobTrigger");

        Assert.True(StorageNames.ArticlesContainer + "/{name}" == clean.TriggerProperty("path"),
            $"{clean.Name}'s blob trigger watches '{clean.TriggerProperty("path")}', not the articles container ({StorageNames.ArticlesContainer}/{{name}}).");
        Assert.True(clean.TriggerProperty("source") == "EventGrid",
            $"{clean.Name}'s blob trigger has source '{clean.TriggerProperty("source") ?? "none (container scans)"}': the Flex Consumption plan " +
            "runs blob triggers only from Event Grid events (Source = BlobTriggerSource.EventGrid).");
        AssertConnection(clean);
    }

    [Fact]
    public async Task SummarizeArticle_IsRunByTheSummarizeQueue()
    {
        var summarize = FunctionsMetadata.Single(await PublishedFunctionsAsync(), "queueTrigger");

        Assert.True(StorageNames.SummarizeQueue == summarize.TriggerProperty("queueName"),
            $"{summarize.Name}'s queue trigger reads queue '{summarize.TriggerProperty("queueName")}', not {StorageNames.SummarizeQueue}.");
        AssertConnection(summarize);
    }

    [Fact]
    public async Task StalledArticleSweep_RunsOnASchedule()
    {
        var sweep = FunctionsMetadata.Named(await PublishedFunctionsAsync(), "RequeueStalledArticles");

        Assert.Equal("timerTrigger", sweep.TriggerType);
        AssertSixFieldSchedule(sweep.Name, sweep.TriggerProperty("schedule"));
    }

    [Fact]
    public async Task Retention_RunsOnASchedule()
    {
        var retention = FunctionsMetadata.Named(await PublishedFunctionsAsync(), "DeleteExpiredArticles");

        Assert.Equal("timerTrigger", retention.TriggerType);
        AssertSixFieldSchedule(retention.Name, retention.TriggerProperty("schedule"));
    }

    [Fact]
    public async Task Reconcile_RunsOnTheScheduleSetting_ThatTheBicepAndTheLocalExampleBothSet()
    {
        var reconcile = FunctionsMetadata.Named(await PublishedFunctionsAsync(), "ReconcileArticles");

        Assert.Equal("timerTrigger", reconcile.TriggerType);
        Assert.True(reconcile.TriggerProperty("schedule") == "%ReconcileSchedule%",
            $"{reconcile.Name}'s schedule is '{reconcile.TriggerProperty("schedule")}', not the app setting %ReconcileSchedule%.");
        foreach (var source in new[] { SettingsSource.Azure, SettingsSource.Local })
        {
            Assert.True((await AppSettings.ReadAsync(source)).Contains("ReconcileSchedule"), $"{AppSettings.Describe(source)} does not set ReconcileSchedule.");
        }

        using var local = JsonDocument.Parse(File.ReadAllText(FunctionsApp.LocalSettingsExample));
        AssertSixFieldSchedule("local.settings.json.example's ReconcileSchedule", local.RootElement.GetProperty("Values").GetProperty("ReconcileSchedule").GetString());
    }

    [Fact]
    public async Task Functions_AreThePipelineTriggersAndOneHttpTriggerPerRoute()
    {
        var functions = await PublishedFunctionsAsync();

        var triggers = functions.Select(f => f.TriggerType).Where(t => t != "httpTrigger").Order().ToList();
        Assert.Equal(["blobTrigger", "queueTrigger", "timerTrigger", "timerTrigger", "timerTrigger"], triggers);
        Assert.Equal(ApiRoutes.All.Count, functions.Count(f => f.TriggerType == "httpTrigger"));
    }

    [Fact]
    public async Task HttpTriggers_HaveTheRouteTablesRoutesMethodsAndAuthorizationLevels()
    {
        var functions = await PublishedFunctionsAsync();

        var expected = ApiRoutes.All.Select(r => Describe(r.Method, r.Template, AuthorizationLevel(r.Access)));
        var actual = HttpTriggers(functions).Select(t => Describe(t.Method, t.Route, t.AuthLevel));
        RouteSets.AssertSame(expected, "ApiRoutes.All", actual, "the Functions app's HTTP triggers");
    }

    [Fact]
    public async Task HostJson_PutsTheHttpTriggersUnderTheApiPrefix_InTheBuildAndPublishOutput()
    {
        var published = await PublishedApp.GetAsync();

        using var host = JsonDocument.Parse(File.ReadAllText(FunctionsApp.HostJson));
        var prefix = host.RootElement.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString();
        Assert.True(prefix == ApiRoutes.Prefix, $"host.json's extensions.http.routePrefix is '{prefix}', not '{ApiRoutes.Prefix}' (ApiRoutes.Prefix).");
        foreach (var folder in new[] { FunctionsApp.BuildFolder, published })
        {
            var copy = Path.Combine(folder, "host.json");
            Assert.True(File.Exists(copy) && File.ReadAllText(copy) == File.ReadAllText(FunctionsApp.HostJson),
                $"{copy} is not the repository's host.json.");
        }
    }

    [Fact]
    public void HostJson_PoisonsAMessageAfterTheDeliveriesTheAppCounts()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(FunctionsApp.HostJson));

        var hostCount = host.RootElement.GetProperty("extensions").GetProperty("queues").GetProperty("maxDequeueCount").GetInt32();
        var appCount = new PipelineOptions().MaxDequeueCount;
        Assert.True(hostCount == appCount,
            $"host.json's extensions.queues.maxDequeueCount is {hostCount}, but the app marks an article failed on delivery {appCount} (Pipeline:MaxDequeueCount's default).");
    }

    [Fact]
    public async Task BuildOutput_DescribesTheSameFunctionsAsThePublishedApp()
    {
        var published = await PublishedApp.GetAsync();

        var built = File.ReadAllText(Path.Combine(FunctionsApp.BuildFolder, FunctionsMetadata.FileName));
        Assert.Equal(File.ReadAllText(Path.Combine(published, FunctionsMetadata.FileName)), built);
    }

    [Fact]
    public async Task BlobEventSubscription_DeliversToTheBlobTrigger()
    {
        var clean = FunctionsMetadata.Single(await PublishedFunctionsAsync(), "blobTrigger");
        var subscription = await BicepTemplates.BlobEventSubscriptionAsync();

        Assert.True(clean.Name == BicepTemplates.DefaultValue(subscription, "functionName"),
            $"infra/blob-event-subscription.bicep delivers blob events to '{BicepTemplates.DefaultValue(subscription, "functionName")}', not to {clean.Name}.");
        Assert.True(StorageNames.ArticlesContainer == BicepTemplates.DefaultValue(subscription, "containerName"),
            $"infra/blob-event-subscription.bicep subscribes to container '{BicepTemplates.DefaultValue(subscription, "containerName")}', not {StorageNames.ArticlesContainer}.");
    }

    /// <summary>The published app's HTTP triggers: method, route and authorization level, one line per method.</summary>
    internal static IEnumerable<(string Method, string Route, string AuthLevel)> HttpTriggers(IReadOnlyList<FunctionDefinition> functions) =>
        functions.Where(f => f.TriggerType == "httpTrigger")
            .SelectMany(f => f.TriggerList("methods").Select(m => (m, f.TriggerProperty("route") ?? f.Name, f.TriggerProperty("authLevel") ?? "(none)")));

    internal static async Task<IReadOnlyList<FunctionDefinition>> PublishedFunctionsAsync() => FunctionsMetadata.Read(await PublishedApp.GetAsync());

    // Every route is anonymous to the host: the app finds the caller of a data route itself (a key check by the host
    // would refuse a signed-in person, who has no key).
    private static string AuthorizationLevel(ApiAccess access) => access switch
    {
        ApiAccess.Anonymous or ApiAccess.Caller => "Anonymous",
        _ => throw new ArgumentOutOfRangeException(nameof(access), access, null),
    };

    private static string Describe(string method, string route, string authLevel) => $"{method.ToUpperInvariant()} {route} ({authLevel})";

    private static void AssertSixFieldSchedule(string what, string? schedule)
    {
        var fields = schedule?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        Assert.True(fields.Length == 6, $"{what}: schedule '{schedule}' is not a six-field NCRONTAB expression.");
    }

    private static void AssertConnection(FunctionDefinition function) =>
        Assert.True(function.TriggerProperty("connection") == StorageNames.TriggerConnection,
            $"{function.Name}'s {function.TriggerType} reads its storage account from setting '{function.TriggerProperty("connection")}', " +
            $"not {StorageNames.TriggerConnection} (StorageNames.TriggerConnection), which the Bicep and local.settings.json.example set.");
}
