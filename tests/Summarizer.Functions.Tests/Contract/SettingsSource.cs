namespace Summarizer.Functions.Tests.Contract;

/// <summary>Where the app's settings are given: Azure (the Bicep app settings) or a local run (local.settings.json).</summary>
[Flags]
public enum SettingsSource
{
    Azure = 1,
    Local = 2,
    Both = Azure | Local,
}
