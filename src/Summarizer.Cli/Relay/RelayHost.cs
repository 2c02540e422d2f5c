using Summarizer.Cli.Hosting;
using Summarizer.Core.Storage;

namespace Summarizer.Cli.Relay;

/// <summary>
/// Builds the host of <c>summarizer relay</c>: storage, the key source and the <see cref="BlobEventRelay"/>. Start and
/// stop it as any host; tests and the pipeline benchmark run it in their own process.
/// </summary>
internal static class RelayHost
{
    /// <param name="args">Command-line configuration (<c>--Storage:ConnectionString=…</c>, <c>--Relay:PollInterval=…</c>).</param>
    /// <param name="settings">Settings that override every other source (<c>Relay:To</c> at least).</param>
    /// <param name="configure">A last change to the builder, such as another logger provider.</param>
    public static IHost Build(string[] args, IReadOnlyDictionary<string, string?>? settings = null, Action<HostApplicationBuilder>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });

        // The same sources, in the same order, as every other command.
        builder.Configuration.AddConfiguration(CommandServices.Configuration(args));
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        var configuration = builder.Configuration;
        builder.Services.AddArticleStorage(configuration);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddOptions<RelayOptions>()
            .Bind(configuration.GetSection(RelayOptions.SectionName))
            .PostConfigure(o => o.SecretsPath ??= configuration["FUNCTIONS_SECRETS_PATH"])
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(_ => new HttpClient { Timeout = TimeSpan.FromSeconds(30) });
        builder.Services.AddSingleton<HostKeySource>();
        builder.Services.AddHostedService<StorageInitializer>();
        builder.Services.AddHostedService<BlobEventRelay>();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(15));

        configure?.Invoke(builder);
        return builder.Build();
    }
}
