using System.CommandLine;
using Microsoft.AspNetCore.Connections;
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
            if (ListenAddress.PortInUse(url) is { } port)
            {
                await Console.Error.WriteLineAsync(PortInUse(url, port));
                return 1;
            }

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

            try
            {
                await app.StartAsync(cancellationToken);
            }
            catch (IOException ex) when (ex.InnerException is AddressInUseException)
            {
                // Taken between the check above and the start: the host has logged the failure, this says what to do.
                await Console.Error.WriteLineAsync(PortInUse(url, ListenAddress.PortInUse(url)));
                return 1;
            }

            await Console.Out.WriteLineAsync($"Summarizer is serving {url.TrimEnd('/')}/api (browse: {url.TrimEnd('/')}/api/ui). Press Ctrl+C to stop.");
            await app.WaitForShutdownAsync(cancellationToken);
            return 0;
        });
        return command;
    }

    private static string PortInUse(string url, int? port) =>
        $"error: cannot serve on {url}: port {port} is in use by another program; stop it or choose another port with --urls.";
}
