using System.IO.Compression;
using System.Text.Json;
using Summarizer.Core.Evaluation;

namespace Summarizer.Core.Tests.Evaluation;

/// <summary>Writes a small dataset in the Article Extraction Benchmark's layout (gzipped pages, ground truth, manifest) for the evaluation tests.</summary>
internal static class BenchmarkDatasetFolder
{
    public static void Write(string folder, IEnumerable<(string Id, string Html, string Expected, Dictionary<string, object> Fields)> pages)
    {
        var html = Directory.CreateDirectory(Path.Combine(folder, "html"));
        var truth = new Dictionary<string, object>();
        var manifest = new Dictionary<string, Dictionary<string, object>>();
        foreach (var (id, page, expected, fields) in pages)
        {
            using (var file = File.Create(Path.Combine(html.FullName, id + ".html.gz")))
            using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
            {
                gzip.Write(System.Text.Encoding.UTF8.GetBytes(page));
            }

            truth[id] = new { articleBody = expected };
            manifest[id] = fields;
        }

        File.WriteAllText(Path.Combine(folder, CleaningDataset.GroundTruthFile), JsonSerializer.Serialize(truth));
        File.WriteAllText(Path.Combine(folder, CleaningDataset.ManifestFile), JsonSerializer.Serialize(manifest));
    }
}
