namespace Summarizer.Testing;

/// <summary>Finds the repository root and the shared data beside it.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    /// <summary>The <c>shared</c> folder that sits beside the repository, if present.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string SeedArticle => Path.Combine(Shared, "seeds", "000_aa0d620393d4df3e.txt");

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
