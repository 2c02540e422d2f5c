using System.CommandLine;
using Microsoft.Extensions.Options;
using Summarizer.Cli.Relay;

namespace Summarizer.Cli.Commands;

/// <summary>
/// <c>summarizer relay</c>: delivers the blob events Azurite does not send to a Functions host (Core Tools or the
/// runtime host) until Ctrl+C, so its Event Grid blob trigger runs locally.
/// </summary>
internal static class RelayCommand
{
    public static Command Create()
    {
        var to = new Option<string>("--to")
        {
            Description = "The Functions host's address.",
            DefaultValueFactory = _ => "http://localhost:7071",
        };
        to.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                result.AddError($"--to must be an http or https address such as http://localhost:7071, not '{value}'.");
            }
        });
        var key = new Option<string?>("--key") { Description = "The host's blobs_extension system key; read from the host's secrets when left out." };
        var masterKey = new Option<string?>("--master-key") { Description = "The host's master key, to ask its admin API for the blobs_extension key." };
        var secrets = new Option<string?>("--secrets") { Description = "The host's secrets folder or its host.json (default: FUNCTIONS_SECRETS_PATH, then the azure-webjobs-secrets container)." };
        var command = new Command("relay", "Post a BlobCreated event to a local Functions host for each new blob in the articles container (Azurite sends none) until Ctrl+C.")
        {
            to, key, masterKey, secrets,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var settings = new Dictionary<string, string?> { ["Relay:To"] = parseResult.GetValue(to) };
            AddIfGiven(settings, "Relay:Key", parseResult.GetValue(key));
            AddIfGiven(settings, "Relay:MasterKey", parseResult.GetValue(masterKey));
            AddIfGiven(settings, "Relay:SecretsPath", parseResult.GetValue(secrets));
            using var host = RelayHost.Build(parseResult.UnmatchedTokens.ToArray(), settings);
            try
            {
                host.Services.GetRequiredService<IStartupValidator>().Validate();
            }
            catch (OptionsValidationException ex)
            {
                await Console.Error.WriteLineAsync($"error: {ex.Message}");
                return 2;
            }

            await host.StartAsync(cancellationToken);
            await Console.Out.WriteLineAsync($"Relaying new blobs in the articles container to {settings["Relay:To"]}. Press Ctrl+C to stop.");
            await host.WaitForShutdownAsync(cancellationToken);
            return 0;
        });
        return command;
    }

    private static void AddIfGiven(Dictionary<string, string?> settings, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            settings[name] = value;
        }
    }
}
