using System.IO.Compression;

namespace Summarizer.Core.Cleaning;

/// <summary>
/// Checks a Word package's zip directory before it is opened, so a zip bomb (a part that inflates to gigabytes) or a
/// package of countless entries is refused without inflating anything.
/// </summary>
internal static class DocxPackageGuard
{
    private const int MaxEntries = 10_000;
    private const long MaxRatio = 200;
    private const long RatioFloorBytes = 1024 * 1024;

    /// <summary>Why the package must not be opened, or null when its declared sizes are within the limits.</summary>
    public static string? Check(Stream package, long maxPartBytes)
    {
        using var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        if (zip.Entries.Count > MaxEntries)
        {
            return $"The Word document has {zip.Entries.Count:N0} parts, over the limit of {MaxEntries:N0}.";
        }

        long total = 0;
        foreach (var entry in zip.Entries)
        {
            if (!IsMarkup(entry.FullName))
            {
                continue;
            }

            total += entry.Length;
            var ratio = entry.CompressedLength == 0 ? long.MaxValue : entry.Length / entry.CompressedLength;
            if (entry.Length > maxPartBytes || total > maxPartBytes || (entry.Length > RatioFloorBytes && ratio > MaxRatio))
            {
                return $"The Word document's part '{entry.FullName}' inflates to {entry.Length:N0} bytes from {entry.CompressedLength:N0} " +
                    $"(a zip bomb, or over the limit of {maxPartBytes:N0} bytes, Cleaning:MaxInputBytes).";
            }
        }

        return null;
    }

    // Only the XML parts are ever read; images and embedded files stay packed.
    private static bool IsMarkup(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);
}
