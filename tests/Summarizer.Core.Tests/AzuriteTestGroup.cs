using Summarizer.Testing;

namespace Summarizer.Core.Tests;

/// <summary>Tests in this collection share one Azurite started for the run.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteTestGroup : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
