using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Summarizer.Cli.Emulator;
using Summarizer.Core.Summarization;

namespace Summarizer.Core.Tests.Summarization;

/// <summary>
/// Each model call emits an OpenTelemetry GenAI span and token-usage metrics under <see cref="ChatTelemetry.SourceName"/>,
/// following the GenAI semantic conventions (https://opentelemetry.io/docs/specs/semconv/gen-ai/gen-ai-spans/ and
/// https://opentelemetry.io/docs/specs/semconv/gen-ai/gen-ai-metrics/).
/// </summary>
public sealed class ChatTelemetryTests
{
    [Fact]
    public async Task ModelCall_EmitsAGenAISpanAndTokenUsageMetrics()
    {
        // Other tests run alongside; a deployment name of its own tells this test's calls apart.
        var deployment = "telemetry-" + Guid.NewGuid().ToString("N")[..8];
        var spans = new ConcurrentQueue<Activity>();
        var tokens = new ConcurrentQueue<(long Value, string? Type)>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == ChatTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.GetTagItem("gen_ai.request.model") as string == deployment)
                {
                    spans.Enqueue(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        using var meters = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == ChatTelemetry.SourceName && instrument.Name == "gen_ai.client.token.usage")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        meters.SetMeasurementEventCallback<long>((_, value, tags, _) => Record(value, tags));
        meters.SetMeasurementEventCallback<int>((_, value, tags, _) => Record(value, tags));
        meters.Start();
        await using var emulator = await ModelEmulator.StartAsync();
        using var harness = new KernelArticleSummarizerHarness(new()
        {
            ["Summarization:Provider"] = "AzureOpenAI",
            ["Summarization:Endpoint"] = emulator.BaseUri.ToString(),
            ["Summarization:Deployment"] = deployment,
            ["Summarization:ApiKey"] = "key",
        });

        var summary = await harness.Summarizer.SummarizeAsync(TestArticles.News("heatwave-power"));

        var span = Assert.Single(spans);
        Assert.Equal($"chat {deployment}", span.DisplayName);
        Assert.Equal("chat", span.GetTagItem("gen_ai.operation.name"));
        Assert.Equal(summary.Usage.PromptTokens, Convert.ToInt32(span.GetTagItem("gen_ai.usage.input_tokens"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(summary.Usage.CompletionTokens, Convert.ToInt32(span.GetTagItem("gen_ai.usage.output_tokens"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains((long)summary.Usage.PromptTokens, tokens.Where(t => t.Type == "input").Select(t => t.Value));
        Assert.Contains((long)summary.Usage.CompletionTokens, tokens.Where(t => t.Type == "output").Select(t => t.Value));

        void Record(long value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            string? model = null;
            string? type = null;
            foreach (var tag in tags)
            {
                model = tag.Key == "gen_ai.request.model" ? tag.Value as string : model;
                type = tag.Key == "gen_ai.token.type" ? tag.Value as string : type;
            }

            if (model == deployment)
            {
                tokens.Enqueue((value, type));
            }
        }
    }
}
