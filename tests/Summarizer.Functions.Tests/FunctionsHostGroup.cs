namespace Summarizer.Functions.Tests;

/// <summary>
/// The tests that run the Functions app under its host share one published app and run one at a time: each host and
/// its worker take a core of this machine while they start.
/// </summary>
[CollectionDefinition(Name)]
public sealed class FunctionsHostGroup : ICollectionFixture<FunctionsHostFixture>
{
    public const string Name = "Functions host";
}
