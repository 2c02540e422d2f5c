using System.CommandLine;
using Microsoft.Extensions.Options;
using Summarizer.Cli.Hosting;

namespace Summarizer.Cli.Commands;

/// <summary><c>summarizer serve</c>: runs the pipeline and the HTTP API locally against Azurite until Ctrl+C.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Where the HTTP API listens.",
            DefaultValueFactory = _ => ServeHost.DefaultUrl,
        };
        var command = new Command("serve", "Run the clean and summarize stages and the HTTP API locally (Azurite by default) until Ctrl+C.")
        {
            urls,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var url = parseResult.GetValue(urls)!;
            await using var app = ServeHost.Build(parseResult.UnmatchedTokens.ToArray(), url);
            try
            {
                // The same checks the host runs at start, made first so a bad setting reads as one line, not a trace.
                app.Services.GetRequiredService<IStartupValidator>().Validate();
            }
            catch (OptionsValidationException ex)
            {
                await Console.Error.WriteLineAsync($"error: {ex.Message}");
                return 2;
            }

            await app.StartAsync(cancellationToken);
            await Console.Out.WriteLineAsync($"Summarizer is serving {url.TrimEnd('/')}/api (browse: {url.TrimEnd('/')}/api/ui). Press Ctrl+C to stop.");
            await app.WaitForShutdownAsync(cancellationToken);
            return 0;
        });
        return command;
    }
}
