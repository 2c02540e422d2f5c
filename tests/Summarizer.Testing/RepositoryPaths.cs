namespace Summarizer.Testing;

/// <summary>Finds the repository root and the test data every test project uses.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    /// <summary>The real pasted-text upload the cleaning and end-to-end tests start from (see TestData/README.md).</summary>
    public static string SeedArticle => Path.Combine(Root, "tests", "Summarizer.Testing", "TestData", "000_aa0d620393d4df3e.txt");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Summarizer.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Summarizer.sln was not found above " + AppContext.BaseDirectory);
    }
}
