namespace Summarizer.Functions.Tests.Contract;

/// <summary>Compares two descriptions of the HTTP API line by line and names the lines only one of them has.</summary>
internal static class RouteSets
{
    public static void AssertSame(IEnumerable<string> expected, string expectedSource, IEnumerable<string> actual, string actualSource)
    {
        var want = expected.ToHashSet(StringComparer.Ordinal);
        var have = actual.ToHashSet(StringComparer.Ordinal);
        var missing = want.Except(have).Order().ToList();
        var extra = have.Except(want).Order().ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"{expectedSource} and {actualSource} differ.\n" +
            $"Only in {expectedSource}: {(missing.Count == 0 ? "-" : string.Join("; ", missing))}\n" +
            $"Only in {actualSource}: {(extra.Count == 0 ? "-" : string.Join("; ", extra))}");
    }
}
