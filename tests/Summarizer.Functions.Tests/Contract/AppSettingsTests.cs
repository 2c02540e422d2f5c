using Microsoft.Extensions.Configuration;
using Summarizer.Core.Cleaning;
using Summarizer.Core.Fetching;
using Summarizer.Core.Pipeline;
using Summarizer.Core.Storage;
using Summarizer.Core.Summarization;

namespace Summarizer.Functions.Tests.Contract;

/// <summary>
/// Every setting the app reads at start-up (<see cref="SettingsReadAtStartUp"/>) and every connection its triggers
/// read (functions.metadata) is given in Azure and locally, unless <see cref="OptionalSettings"/> says why not; and
/// every setting given in one of the app's own sections is one it reads, so a misspelt name fails too.
/// </summary>
public sealed class AppSettingsTests
{
    [Theory]
    [InlineData(SettingsSource.Azure)]
    [InlineData(SettingsSource.Local)]
    public async Task EverySettingTheAppReads_IsSet_UnlessOptional(SettingsSource source)
    {
        var settings = await AppSettings.ReadAsync(source);

        var missing = SettingsReadAtStartUp.Keys.Where(k => !settings.Sets(k) && !OptionalSettings.MayBeAbsent(k, source)).ToList();
        Assert.True(missing.Count == 0,
            $"The app reads these settings at start-up, which {AppSettings.Describe(source)} does not set: {string.Join(", ", missing)}. " +
            "Set each there (Section__Key), or list it in OptionalSettings with the reason it may be left out.");
    }

    [Theory]
    [InlineData(SettingsSource.Azure)]
    [InlineData(SettingsSource.Local)]
    public async Task EverySettingInTheAppsSections_IsOneTheAppReads(SettingsSource source)
    {
        var settings = await AppSettings.ReadAsync(source);

        var unknown = settings
            .Where(s => SettingsReadAtStartUp.Sections.Contains(s.Split(ConfigurationPath.KeyDelimiter)[0]))
            .Where(s => !SettingsReadAtStartUp.Keys.Any(k => string.Equals(s, k, StringComparison.OrdinalIgnoreCase)
                || s.StartsWith(k + ConfigurationPath.KeyDelimiter, StringComparison.OrdinalIgnoreCase)))
            .Order()
            .ToList();
        Assert.True(unknown.Count == 0,
            $"{AppSettings.Describe(source)} sets {string.Join(", ", unknown)}, which the app does not read (a misspelt or removed setting?).");
    }

    [Theory]
    [InlineData(SettingsSource.Azure)]
    [InlineData(SettingsSource.Local)]
    public async Task EveryTriggerConnection_IsSet(SettingsSource source)
    {
        var settings = await AppSettings.ReadAsync(source);
        var triggers = (await BindingContractTests.PublishedFunctionsAsync()).Where(f => f.TriggerProperty("connection") is not null).ToList();

        Assert.NotEmpty(triggers);
        foreach (var function in triggers)
        {
            var connection = function.TriggerProperty("connection")!;
            // A connection string under the name itself, or an identity-based connection: the service's URI (blobTrigger
            // reads blobServiceUri) or the account name.
            var service = function.TriggerType.Replace("Trigger", "ServiceUri", StringComparison.Ordinal);
            var accepted = new[] { connection, $"{connection}:{service}", $"{connection}:accountName" };
            Assert.True(accepted.Any(settings.Contains),
                $"{function.Name}'s {function.TriggerType} reads connection '{connection}', but {AppSettings.Describe(source)} sets none of " +
                $"{string.Join(", ", accepted.Select(a => a.Replace(":", "__", StringComparison.Ordinal)))}.");
        }
    }

    [Fact]
    public void OptionalSettings_AreAllSettingsTheAppReads()
    {
        var stale = OptionalSettings.All.Select(o => o.Key)
            .Where(k => !SettingsReadAtStartUp.Keys.Contains(k, StringComparer.OrdinalIgnoreCase))
            .ToList();

        Assert.True(stale.Count == 0, $"OptionalSettings lists {string.Join(", ", stale)}, which the app no longer reads.");
    }

    [Fact]
    public void SettingsReadAtStartUp_HoldEveryPropertyOfTheOptionsClasses()
    {
        var sections = new (string Section, Type Options)[]
        {
            (StorageOptions.SectionName, typeof(StorageOptions)),
            (PipelineOptions.SectionName, typeof(PipelineOptions)),
            (SummarizationOptions.SectionName, typeof(SummarizationOptions)),
            (FetchOptions.SectionName, typeof(FetchOptions)),
            (CleaningOptions.SectionName, typeof(CleaningOptions)),
        };

        var properties = sections.SelectMany(s => s.Options.GetProperties().Where(p => p.CanWrite).Select(p => s.Section + ":" + p.Name));
        var unrecorded = properties.Where(p => !SettingsReadAtStartUp.Keys.Contains(p, StringComparer.OrdinalIgnoreCase)).ToList();
        Assert.True(unrecorded.Count == 0, $"Binding the app's options did not read {string.Join(", ", unrecorded)}.");
    }
}
