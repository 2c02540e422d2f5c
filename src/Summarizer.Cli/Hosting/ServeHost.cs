using Microsoft.AspNetCore.Diagnostics;
using Summarizer.Core;
using Summarizer.Core.Api;

namespace Summarizer.Cli.Hosting;

/// <summary>
/// Builds the local host: the same Core handlers as the Functions app, triggered by polling Azurite, with the HTTP
/// API on <c>http://localhost:7071/api</c>.
/// </summary>
internal static class ServeHost
{
    public const string DefaultUrl = "http://localhost:7071";

    /// <param name="args">Command-line configuration (<c>--Storage:ConnectionString=…</c>).</param>
    /// <param name="urls">Where to listen.</param>
    /// <param name="settings">Settings that override every other source (tests use them).</param>
    /// <param name="configure">A last change to the builder, such as another logger provider.</param>
    public static WebApplication Build(
        string[] args, string urls, IReadOnlyDictionary<string, string?>? settings = null, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

        // The same sources, in the same order, as every other command.
        builder.Configuration.AddConfiguration(CommandServices.Configuration(args));
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        // The local host has no sign-in, as Core Tools has none: every caller is local, with full access.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Access:LocalIdentity"] = "true" });

        builder.WebHost.UseUrls(urls);
        builder.Services.AddSummarizer(builder.Configuration);
        builder.Services.AddOptions<ServeOptions>()
            .Bind(builder.Configuration.GetSection(ServeOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddHostedService<StorageInitializer>();
        builder.Services.AddHostedService<BlobTriggerPoller>();
        builder.Services.AddHostedService<QueueTriggerListener>();
        builder.Services.AddHostedService<StalledArticleSweeperService>();
        builder.Services.AddHostedService<ReconcileService>();
        builder.Services.AddHostedService<RetentionService>();
        builder.Services.AddHostedService<ModelCallLog>();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(15));

        configure?.Invoke(builder);
        var app = builder.Build();
        app.UseExceptionHandler(errors => errors.Run(WriteUnexpectedErrorAsync));
        app.MapSummarizerApi();
        return app;
    }

    /// <summary>
    /// An unexpected error answers as a problem without internals. The log gets the exception's type and message;
    /// its stack trace only at Debug level, so traces stay out of ordinary logs.
    /// </summary>
    private static Task WriteUnexpectedErrorAsync(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (error is not null)
        {
            var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ServeHost));
            logger.LogError("{Method} {Path} failed: {ErrorType}: {ErrorMessage}", context.Request.Method, context.Request.Path, error.GetType().Name, error.Message);
            logger.LogDebug(error, "Stack trace of the failed request");
        }

        return new ApiResponseResult(ApiResponse.Problem(500, "Unexpected error", "The request could not be completed; the server log has the details.")).ExecuteAsync(context);
    }
}
