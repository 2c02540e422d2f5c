using System.Diagnostics;
using Summarizer.Testing;

namespace Summarizer.Cli.Tests.Deployment;

/// <summary>
/// The azd hooks' decisions, run with sh as azd runs them, without Azure: the preprovision hook reads a stub model
/// catalog, and the postdeploy hook finds no Azure CLI.
/// </summary>
public sealed class DeploymentHookTests
{
    private static readonly string Catalog = Path.Combine(AppContext.BaseDirectory, "TestData", "model-catalog.tsv");

    // The sign-in app registration that preprovision takes instead of creating one (which needs the Azure CLI).
    private const string SignInApp = "11111111-2222-4333-8444-555555555555";

    [Fact]
    public async Task Preprovision_DefaultModelOfferedInTheRegion_Passes()
    {
        var (exit, output) = await RunAsync("preprovision.sh", new() { ["AZURE_LOCATION"] = "swedencentral", ["SUMMARIZER_MODEL_CATALOG_FILE"] = Catalog, ["AZURE_AUTH_CLIENT_ID"] = SignInApp });

        Assert.Equal(0, exit);
        Assert.Contains("gpt-4.1-mini 2025-04-14 is offered in swedencentral as GlobalStandard", output, StringComparison.Ordinal);
        Assert.Contains($"using the existing app registration {SignInApp}", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preprovision_WithoutTheAzureCliOrARegistration_FailsLoudlyOnSignIn()
    {
        var (exit, output) = await RunAsync("preprovision.sh", new() { ["AZURE_LOCATION"] = "swedencentral", ["SUMMARIZER_MODEL_CATALOG_FILE"] = Catalog });

        Assert.Equal(1, exit);
        Assert.Contains("The Azure CLI (az) is needed to create the sign-in app registration", output, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("SUMMARIZER_MODEL_NAME", "gpt-35-turbo", "Model gpt-35-turbo is not offered in swedencentral. Offered there: gpt-4.1-mini gpt-4o gpt-4o-mini text-embedding-3-small.")]
    [InlineData("SUMMARIZER_MODEL_VERSION", "2024-01-01", "not version 2024-01-01. Versions offered: 2025-04-14.")]
    [InlineData("SUMMARIZER_MODEL_SKU", "ProvisionedManaged", "not as a ProvisionedManaged deployment. SKUs offered: DataZoneStandard GlobalBatch GlobalStandard Standard.")]
    public async Task Preprovision_ModelVersionOrSkuNotOffered_FailsSayingWhatIs(string setting, string value, string message)
    {
        var (exit, output) = await RunAsync("preprovision.sh", new()
        {
            ["AZURE_LOCATION"] = "swedencentral",
            ["SUMMARIZER_MODEL_CATALOG_FILE"] = Catalog,
            [setting] = value,
        });

        Assert.Equal(1, exit);
        Assert.Contains(message, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preprovision_ChecksTheOpenAiRegion_WhenItDiffers()
    {
        var (exit, output) = await RunAsync("preprovision.sh", new()
        {
            ["AZURE_LOCATION"] = "westeurope",
            ["AZURE_OPENAI_LOCATION"] = "swedencentral",
            ["SUMMARIZER_MODEL_CATALOG_FILE"] = Catalog,
            ["SUMMARIZER_MODEL_NAME"] = "gpt-4o",
            ["SUMMARIZER_MODEL_VERSION"] = "2024-05-13",
            ["SUMMARIZER_MODEL_SKU"] = "Standard",
            ["AZURE_AUTH_CLIENT_ID"] = SignInApp,
        });

        Assert.Equal(0, exit);
        Assert.Contains("gpt-4o 2024-05-13 is Deprecating in swedencentral", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Postdeploy_WithoutTheAzureCli_FailsTheDeploymentWithWhatToDo()
    {
        var (exit, output) = await RunAsync("postdeploy.sh", new()
        {
            ["AZURE_SUBSCRIPTION_ID"] = "00000000-0000-0000-0000-000000000000",
            ["AZURE_RESOURCE_GROUP"] = "rg-test",
            ["AZURE_FUNCTION_APP_NAME"] = "func-test",
            ["EVENT_GRID_SYSTEM_TOPIC_NAME"] = "evgt-test",
            ["AZURE_STORAGE_ACCOUNT_NAME"] = "sttest",
        });

        Assert.Equal(1, exit);
        Assert.Contains("The Azure CLI (az) is required to create the Event Grid subscription", output, StringComparison.Ordinal);
    }

    /// <summary>Runs a hook from the repository root, as azd does, with only the system's own tools on the PATH (no az).</summary>
    private static async Task<(int Exit, string Output)> RunAsync(string hook, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("/bin/sh")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine("infra", "hooks", hook));
        start.Environment.Clear();
        start.Environment["PATH"] = "/usr/bin:/bin";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
