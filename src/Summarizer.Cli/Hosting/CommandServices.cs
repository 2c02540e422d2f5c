using Summarizer.Core;
using Summarizer.Core.Storage;

namespace Summarizer.Cli.Hosting;

/// <summary>The Core services for one-shot commands, configured from the same sources as <c>serve</c>.</summary>
internal static class CommandServices
{
    /// <summary>Defaults, appsettings.json, an optional settings file, environment variables, then <c>--Key=value</c> arguments.</summary>
    public static IConfiguration Configuration(string[] args, FileInfo? settingsFile = null)
    {
        var builder = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:ConnectionString"] = "UseDevelopmentStorage=true" })
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true);
        if (settingsFile is not null)
        {
            builder.AddJsonFile(settingsFile.FullName, optional: false);
        }

        return builder.AddEnvironmentVariables().AddCommandLine(args).Build();
    }

    /// <summary>A provider with every Core service, its options validated, and storage created if missing.</summary>
    public static async Task<ServiceProvider> CreateAsync(string[] args, CancellationToken cancellationToken)
    {
        var configuration = Configuration(args);
        var services = new ServiceCollection()
            .AddLogging(b => b.AddConfiguration(configuration.GetSection("Logging")).AddSimpleConsole().SetMinimumLevel(LogLevel.Warning))
            .AddSummarizer(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        await services.GetRequiredService<StorageClients>().EnsureCreatedAsync(cancellationToken);
        return services;
    }
}
