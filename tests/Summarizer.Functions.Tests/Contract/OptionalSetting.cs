namespace Summarizer.Functions.Tests.Contract;

/// <summary>A setting the app reads that may be left out of <paramref name="MayBeAbsentFrom"/>, and why.</summary>
internal sealed record OptionalSetting(string Key, SettingsSource MayBeAbsentFrom, string Reason);
