using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Summarizer.Cli.Emulator;

namespace Summarizer.Cli.Benchmarks;

/// <summary>
/// Measures the whole local pipeline: starts its own Azurite and a host (<c>summarizer serve</c>, or the Functions app
/// under the Functions host), uploads articles through <c>POST /api/articles</c>, waits until every one is final, and
/// reports throughput, upload-to-summary latency (from the index's created and summarized times) and the host's peak
/// memory.
/// </summary>
/// <remarks>
/// With <paramref name="model"/>, the host summarizes with that provider emulator, and the report adds its requests
/// and 429s and the wait the host's model rate limiter imposed.
/// </remarks>
internal sealed class PipelineBenchmark(IReadOnlyList<FileInfo> sources, int articles, int concurrency, TextWriter output, ModelEmulator? model = null)
{
    private static readonly string[] FinalStatuses = ["summarized", "rejected", "failed"];

    /// <param name="startHost">Starts the host on the benchmark's storage (its connection string); null when there is none to run.</param>
    public async Task<int> RunAsync(Func<string, CancellationToken, Task<IBenchmarkHost?>> startHost, CancellationToken cancellationToken)
    {
        await using var azurite = await AzuriteServer.StartAsync(cancellationToken: cancellationToken);
        await using var host = await startHost(azurite.ConnectionString, cancellationToken);
        if (host is null)
        {
            return 2;
        }

        using var http = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        if (host.FunctionKey is { } key)
        {
            http.DefaultRequestHeaders.Add("x-functions-key", key);
        }

        await output.WriteLineAsync($"pipeline benchmark: {articles} articles from {sources.Count} files, upload concurrency {concurrency}, {host.Description}");

        var clock = Stopwatch.StartNew();
        await UploadAsync(http, cancellationToken);
        var uploadSeconds = clock.Elapsed.TotalSeconds;
        var items = await WaitForAllAsync(http, cancellationToken);
        var wallSeconds = clock.Elapsed.TotalSeconds;

        Report(items, uploadSeconds, wallSeconds, host.MemoryReport());
        if (model is not null)
        {
            await ReportModelAsync(http, model, cancellationToken);
        }

        return items.Count == articles ? 0 : 1;
    }

    private async Task UploadAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var contents = sources.Select(f => (f.Name, Bytes: File.ReadAllBytes(f.FullName))).ToList();
        await Parallel.ForEachAsync(Enumerable.Range(0, articles), new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            var (name, bytes) = contents[i % contents.Count];
            using var body = new ByteArrayContent(bytes);
            body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(name.EndsWith(".txt", StringComparison.Ordinal) ? "text/plain" : name.EndsWith(".md", StringComparison.Ordinal) ? "text/markdown" : "text/html");
            using var response = await http.PostAsync($"api/articles?name=bench/{i:D6}-{Uri.EscapeDataString(name)}", body, ct);
            response.EnsureSuccessStatusCode();
        });
    }

    private async Task<List<JsonElement>> WaitForAllAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var stalledSince = Stopwatch.StartNew();
        var lastDone = -1;
        while (true)
        {
            var items = await ListAllAsync(http, cancellationToken);
            var done = items.Count(e => FinalStatuses.Contains(e.GetProperty("status").GetString()));
            if (done == articles)
            {
                return items;
            }

            if (done != lastDone)
            {
                lastDone = done;
                stalledSince.Restart();
            }
            else if (stalledSince.Elapsed > TimeSpan.FromMinutes(5))
            {
                await output.WriteLineAsync($"no progress for 5 minutes at {done}/{articles}; stopping");
                return items.Where(e => FinalStatuses.Contains(e.GetProperty("status").GetString())).ToList();
            }

            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }
    }

    private static async Task<List<JsonElement>> ListAllAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var all = new List<JsonElement>();
        string? token = null;
        do
        {
            var url = "api/summaries?top=100" + (token is null ? string.Empty : "&continuationToken=" + Uri.EscapeDataString(token));
            var page = await http.GetFromJsonAsync<JsonElement>(url, cancellationToken);
            all.AddRange(page.GetProperty("items").EnumerateArray().Select(e => e.Clone()));
            token = page.TryGetProperty("continuationToken", out var next) ? next.GetString() : null;
        }
        while (token is not null);
        return all;
    }

    private void Report(List<JsonElement> items, double uploadSeconds, double wallSeconds, string memory)
    {
        var summarized = items.Where(e => e.GetProperty("status").GetString() == "summarized").ToList();
        var latencies = summarized
            .Select(e => (e.GetProperty("summarizedAt").GetDateTimeOffset() - e.GetProperty("createdAt").GetDateTimeOffset()).TotalMilliseconds)
            .Order()
            .ToList();
        var first = items.Min(e => e.GetProperty("createdAt").GetDateTimeOffset());
        var last = summarized.Count > 0 ? summarized.Max(e => e.GetProperty("summarizedAt").GetDateTimeOffset()) : first;
        var minutes = Math.Max((last - first).TotalMinutes, 1e-9);
        var byStatus = string.Join(", ", items.GroupBy(Outcome).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));
        var f = CultureInfo.InvariantCulture;
        output.WriteLine($"articles final      : {items.Count}/{articles} ({byStatus})");
        output.WriteLine(string.Create(f, $"upload time         : {uploadSeconds:F1} s ({articles / uploadSeconds:F0} uploads/s)"));
        output.WriteLine(string.Create(f, $"throughput          : {summarized.Count / minutes:F0} articles/min (first upload to last summary), wall {wallSeconds:F1} s"));
        output.WriteLine(string.Create(f, $"latency p50/p95/p99 : {Percentile(latencies, 50):F0} / {Percentile(latencies, 95):F0} / {Percentile(latencies, 99):F0} ms (upload to summary)"));
        ReportReasons(items);
        output.WriteLine(memory);
    }

    // A summary the offline fallback wrote counts apart from the model's.
    private static string Outcome(JsonElement item) =>
        item.GetProperty("status").GetString() is "summarized" && item.TryGetProperty("fallbackReason", out _) ? "offline" : item.GetProperty("status").GetString()!;

    private async Task ReportModelAsync(HttpClient http, ModelEmulator emulator, CancellationToken cancellationToken)
    {
        var stats = await http.GetFromJsonAsync<JsonElement>("api/stats", cancellationToken);
        var f = CultureInfo.InvariantCulture;
        if (stats.TryGetProperty("modelRateLimit", out var limit) && limit.GetProperty("enabled").GetBoolean())
        {
            var waited = limit.GetProperty("waitMilliseconds").GetInt64();
            await output.WriteLineAsync(string.Create(f,
                $"rate limiter        : {limit.GetProperty("delayedCalls").GetInt64()} of {limit.GetProperty("calls").GetInt64()} model calls waited, {waited / 1000.0:F1} s in all ({waited / Math.Max(limit.GetProperty("calls").GetInt64(), 1) / 1000.0:F2} s a call)"));
        }
        else
        {
            await output.WriteLineAsync("rate limiter        : off");
        }

        await output.WriteLineAsync($"model emulator      : {emulator.Requests.Count} requests, {emulator.RateLimitedCount} answered 429 by the quota");
    }

    /// <summary>How many articles ended offline-summarized or failed for each reason, most common first.</summary>
    private void ReportReasons(List<JsonElement> items)
    {
        var reasons = items
            .Select(e => Outcome(e) switch
            {
                "offline" => "offline: " + e.GetProperty("fallbackReason").GetString(),
                "failed" => "failed: " + (e.TryGetProperty("error", out var error) ? error.GetString() : "no reason"),
                _ => null,
            })
            .OfType<string>()
            .GroupBy(r => r, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count());
        foreach (var reason in reasons.Take(5))
        {
            output.WriteLine($"  {reason.Count(),4} × {reason.Key}");
        }
    }

    private static double Percentile(List<double> sorted, int percentile) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
}
