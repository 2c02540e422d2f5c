namespace Summarizer.Cli.Commands;

/// <summary>The content type to store an uploaded file with, from its extension.</summary>
internal static class ContentTypes
{
    public static string? FromExtension(string fileName)
    {
        var name = fileName.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? fileName[..^3] : fileName;
        return Path.GetExtension(name).ToLowerInvariant() switch
        {
            ".html" or ".htm" => "text/html",
            ".md" or ".markdown" => "text/markdown",
            ".txt" => "text/plain",
            ".pdf" => "application/pdf",
            ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            _ => null,
        };
    }
}
