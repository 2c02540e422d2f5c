using System.CommandLine;
using Summarizer.Cli.Benchmarks;
using Summarizer.Cli.Emulator;

namespace Summarizer.Cli.Commands;

/// <summary><c>summarizer bench pipeline</c>: throughput, latency and memory of the local pipeline, end to end.</summary>
internal static class BenchCommand
{
    private static readonly string[] ArticleExtensions = [".html", ".htm", ".txt", ".md"];

    // Expected outputs and a dataset's own papers are not articles.
    private static readonly string[] IgnoredPrefixes = ["expected", "README", "LICENSE"];

    public static Command Create()
    {
        var articles = new Option<int>("--articles") { Description = "How many articles to upload.", DefaultValueFactory = _ => 200 };
        var concurrency = new Option<int>("--concurrency") { Description = "Uploads at once.", DefaultValueFactory = _ => 8 };
        var source = new Option<DirectoryInfo?>("--source")
        {
            Description = "A folder of articles (.html, .txt, .md, searched recursively; files named expected*, README* and LICENSE* are skipped), used in turn. " +
                "Default: ../shared/datasets/readability-test-pages beside the repository, else the tests' TestData folders.",
        };
        var host = new Option<string>("--host")
        {
            Description = "The host to measure: serve, or functions (the published Functions app under the Functions host, with summarizer relay delivering blob events).",
            DefaultValueFactory = _ => "serve",
        };
        host.AcceptOnlyFromAmong("serve", "functions");
        var functionsApp = new Option<DirectoryInfo?>("--functions-app")
        {
            Description = "With --host functions: an already published Functions app; by default src/Summarizer.Functions is published first.",
        };
        var modelEmulator = new Option<bool>("--model-emulator")
        {
            Description = "Summarize with a chat model: start the provider emulator on loopback and point serve's OpenAI client at it.",
        };
        var modelQuota = new Option<string?>("--model-quota")
        {
            Description = "With --model-emulator: the emulator's quota as <requests>/<window> (10/10s, 600/1m), answered with 429 and retry-after-ms past it; " +
                "serve's Summarization:RequestsPerMinute is set to its rate per minute unless --no-limiter.",
        };
        var noLimiter = new Option<bool>("--no-limiter") { Description = "With --model-quota: leave the model rate limiter off, to see the quota met with 429s alone." };
        var pipeline = new Command("pipeline", "Start Azurite and a host (summarizer serve, or the Functions host), upload articles through the HTTP API and report throughput, latency and peak memory.")
        {
            articles, concurrency, source, host, functionsApp, modelEmulator, modelQuota, noLimiter,
        };
        pipeline.SetAction(async (parseResult, cancellationToken) =>
        {
            var files = FindArticles(parseResult.GetValue(source));
            if (files.Count == 0)
            {
                await Console.Error.WriteLineAsync("error: no articles found; pass --source <folder>.");
                return 2;
            }

            var count = parseResult.GetValue(articles);
            var parallel = parseResult.GetValue(concurrency);
            if (count < 1 || parallel < 1)
            {
                await Console.Error.WriteLineAsync("error: --articles and --concurrency must be at least 1.");
                return 2;
            }

            if (parseResult.GetValue(modelEmulator))
            {
                return await RunWithModelAsync(parseResult.GetValue(host)!, parseResult.GetValue(modelQuota), parseResult.GetValue(noLimiter), files, count, parallel, cancellationToken);
            }

            var benchmark = new PipelineBenchmark(files, count, parallel, Console.Out);
            if (parseResult.GetValue(host) == "serve")
            {
                return await benchmark.RunAsync(async (storage, _) => await ServeBenchmarkHost.StartAsync(storage), cancellationToken);
            }

            var app = parseResult.GetValue(functionsApp)?.FullName;
            return await benchmark.RunAsync(
                async (storage, ct) =>
                {
                    var (started, reason) = await FunctionsBenchmarkHost.StartAsync(storage, app, Console.Out, ct);
                    if (started is null)
                    {
                        await Console.Error.WriteLineAsync($"error: {reason}");
                    }

                    return started;
                },
                cancellationToken);
        });
        return new Command("bench", "Benchmarks that print measured figures.") { pipeline };
    }

    private static async Task<int> RunWithModelAsync(
        string host, string? quotaText, bool noLimiter, List<FileInfo> files, int count, int parallel, CancellationToken cancellationToken)
    {
        if (host != "serve")
        {
            await Console.Error.WriteLineAsync("error: --model-emulator runs with --host serve only.");
            return 2;
        }

        ModelEmulatorQuota? quota = null;
        if (quotaText is not null && (quota = ModelQuotaSetting.TryParse(quotaText, out var error)) is null)
        {
            await Console.Error.WriteLineAsync($"error: {error}");
            return 2;
        }

        await using var emulator = await ModelEmulator.StartAsync(new ModelEmulatorOptions { Quota = quota }, cancellationToken);
        List<string> settings =
        [
            "--Summarization:Provider=OpenAI",
            $"--Summarization:BaseUrl={emulator.OpenAIBaseUrl}",
            "--Summarization:Model=gpt-4o-mini",
            "--Summarization:ApiKey=bench-key",
        ];
        if (quota is not null && !noLimiter)
        {
            settings.Add($"--Summarization:RequestsPerMinute={ModelQuotaSetting.RequestsPerMinute(quota)}");
        }

        await Console.Out.WriteLineAsync($"model: provider emulator at {emulator.BaseUri}, quota {quotaText ?? "none"}, serve settings {string.Join(' ', settings.Skip(1))}");
        var benchmark = new PipelineBenchmark(files, count, parallel, Console.Out, emulator);
        return await benchmark.RunAsync(async (storage, _) => await ServeBenchmarkHost.StartAsync(storage, [.. settings]), cancellationToken);
    }

    private static List<FileInfo> FindArticles(DirectoryInfo? source)
    {
        var roots = source is not null ? [source] : DefaultSources();
        return roots.Where(r => r.Exists)
            .SelectMany(r => r.EnumerateFiles("*", SearchOption.AllDirectories))
            .Where(f => ArticleExtensions.Contains(f.Extension, StringComparer.OrdinalIgnoreCase) && !IgnoredPrefixes.Any(p => f.Name.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(f => f.FullName, StringComparer.Ordinal)
            .ToList();
    }

    private static List<DirectoryInfo> DefaultSources()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Summarizer.sln")))
            {
                var dataset = new DirectoryInfo(Path.Combine(dir.FullName, "..", "shared", "datasets", "readability-test-pages"));
                return dataset.Exists ? [dataset] : [.. new DirectoryInfo(Path.Combine(dir.FullName, "tests")).EnumerateDirectories("TestData", SearchOption.AllDirectories)];
            }
        }

        return [];
    }
}
