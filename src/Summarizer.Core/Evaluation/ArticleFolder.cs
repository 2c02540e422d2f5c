namespace Summarizer.Core.Evaluation;

/// <summary>
/// Lists the articles in a folder for batch cleaning: <c>.html</c>, <c>.htm</c>, <c>.txt</c> and <c>.md</c> files,
/// gzip-compressed or not, keyed by name without extensions; a sub-folder holding <c>source.html</c> (a dataset page)
/// is keyed by the sub-folder's name.
/// </summary>
public static class ArticleFolder
{
    private static readonly string[] Extensions = [".html", ".htm", ".txt", ".md", ".markdown"];

    public static IReadOnlyList<KeyValuePair<string, string>> List(string folder)
    {
        var articles = new List<KeyValuePair<string, string>>();
        foreach (var file in Directory.EnumerateFiles(folder).Where(IsArticleFile))
        {
            articles.Add(new(KeyOf(file), file));
        }

        foreach (var directory in Directory.EnumerateDirectories(folder))
        {
            var source = Path.Combine(directory, "source.html");
            if (File.Exists(source))
            {
                articles.Add(new(Path.GetFileName(directory), source));
            }
        }

        return articles.OrderBy(a => a.Key, StringComparer.Ordinal).ToList();
    }

    public static bool IsArticleFile(string path)
    {
        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        return Extensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The file name without any of its extensions: <c>page.html.gz</c> gives <c>page</c>.</summary>
    public static string KeyOf(string path)
    {
        var name = Path.GetFileName(path);
        var dot = name.IndexOf('.', 1);
        return dot > 0 ? name[..dot] : name;
    }
}
