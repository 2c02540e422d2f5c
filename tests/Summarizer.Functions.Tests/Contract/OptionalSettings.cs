using Summarizer.Core.Access;
using Summarizer.Core.Cleaning;
using Summarizer.Core.Fetching;
using Summarizer.Core.Pipeline;
using Summarizer.Core.Storage;
using Summarizer.Core.Summarization;

namespace Summarizer.Functions.Tests.Contract;

/// <summary>
/// The rule for settings: every setting the app reads is set by the Bicep app settings and by
/// local.settings.json.example, unless it is listed here with where it may be left out and why (mostly a default that
/// suits every environment). A new options property fails <see cref="AppSettingsTests"/> until it is set or listed.
/// </summary>
internal static class OptionalSettings
{
    private const string Tuning = "A tuning setting whose default (see the README's configuration section) suits Azure and local runs alike.";

    public static IReadOnlyList<OptionalSetting> All { get; } =
    [
        new(Key(StorageOptions.SectionName, nameof(StorageOptions.ConnectionString)), SettingsSource.Azure,
            "In Azure the app reaches storage by its service URIs and the managed identity, with no secret."),
        .. Keys(StorageOptions.SectionName, SettingsSource.Local, "Locally Azurite is reached by Storage:ConnectionString.",
            nameof(StorageOptions.BlobServiceUri), nameof(StorageOptions.QueueServiceUri), nameof(StorageOptions.TableServiceUri),
            nameof(StorageOptions.ManagedIdentityClientId)),
        .. Keys(SummarizationOptions.SectionName, SettingsSource.Local, "Local runs use the offline summarizer; the Azure OpenAI deployment exists in Azure only.",
            nameof(SummarizationOptions.Endpoint), nameof(SummarizationOptions.Deployment), nameof(SummarizationOptions.ManagedIdentityClientId)),
        new(Key(SummarizationOptions.SectionName, nameof(SummarizationOptions.ApiKey)), SettingsSource.Both,
            "Azure OpenAI is reached with the managed identity and the offline summarizer needs none; a key is for an OpenAI-compatible server."),
        .. Keys(SummarizationOptions.SectionName, SettingsSource.Both, "Only the OpenAI provider needs them; for Azure OpenAI the model only refines token counts.",
            nameof(SummarizationOptions.Model), nameof(SummarizationOptions.BaseUrl)),
        .. Keys(SummarizationOptions.SectionName, SettingsSource.Both, Tuning,
            nameof(SummarizationOptions.SummarySentences), nameof(SummarizationOptions.MaxKeyPoints), nameof(SummarizationOptions.MaxInputTokens),
            nameof(SummarizationOptions.ChunkTokens), nameof(SummarizationOptions.MaxOutputTokens), nameof(SummarizationOptions.MaxConcurrentCalls),
            nameof(SummarizationOptions.MaxRetries), nameof(SummarizationOptions.RetryDelay), nameof(SummarizationOptions.MaxRetryDelay),
            nameof(SummarizationOptions.RequestTimeout), nameof(SummarizationOptions.Temperature)),
        .. Keys(PipelineOptions.SectionName, SettingsSource.Both, Tuning,
            nameof(PipelineOptions.RequeueStalledAfter), nameof(PipelineOptions.RequeueLostAfter), nameof(PipelineOptions.ReconcileBatch)),
        new(Key(PipelineOptions.SectionName, nameof(PipelineOptions.ReconcileEvery)), SettingsSource.Both,
            "Only serve reads it; the Functions app's reconcile runs on its timer's ReconcileSchedule setting."),
        new(Key(PipelineOptions.SectionName, nameof(PipelineOptions.RetainDays)), SettingsSource.Local,
            "Unset keeps articles until someone deletes them, which suits local runs; the Bicep sets it from retainDays."),
        new(Key(AccessOptions.SectionName, nameof(AccessOptions.SharedLibrary)), SettingsSource.Local,
            "Local runs have no sign-in: every caller is local and sees every article."),
        new(Key(AccessOptions.SectionName, nameof(AccessOptions.FunctionKeys)), SettingsSource.Both,
            "A secret: the operator lists the keys the app accepts, after making them (docs/deployment.md); none by default."),
        new(Key(AccessOptions.SectionName, nameof(AccessOptions.LocalIdentity)), SettingsSource.Azure,
            "Full access for anyone not signed in is for a developer's machine only; the app refuses it where the platform's sign-in is on."),
        new(AccessOptions.PlatformAuthenticationSetting, SettingsSource.Both,
            "Set by App Service itself when its authentication is on (authsettingsV2), not by the app's settings."),
        new(Key(FetchOptions.SectionName, nameof(FetchOptions.AllowLoopback)), SettingsSource.Both,
            "Off by default; only tests and local trials against a server on the same machine turn it on."),
        .. Keys(FetchOptions.SectionName, SettingsSource.Both, Tuning,
            nameof(FetchOptions.MaxRedirects), nameof(FetchOptions.MaxBytes), nameof(FetchOptions.TimeoutSeconds), nameof(FetchOptions.ContentTypes)),
        .. Keys(CleaningOptions.SectionName, SettingsSource.Both, Tuning,
            nameof(CleaningOptions.MaxInputBytes), nameof(CleaningOptions.MaxPages), nameof(CleaningOptions.MaxCharacters),
            nameof(CleaningOptions.MaxDocumentSeconds)),
    ];

    /// <summary>Whether <paramref name="key"/> may be absent from <paramref name="source"/>.</summary>
    public static bool MayBeAbsent(string key, SettingsSource source) =>
        All.Any(o => string.Equals(o.Key, key, StringComparison.OrdinalIgnoreCase) && o.MayBeAbsentFrom.HasFlag(source));

    private static string Key(string section, string property) => section + ":" + property;

    private static IEnumerable<OptionalSetting> Keys(string section, SettingsSource from, string reason, params string[] properties) =>
        properties.Select(p => new OptionalSetting(Key(section, p), from, reason));
}
