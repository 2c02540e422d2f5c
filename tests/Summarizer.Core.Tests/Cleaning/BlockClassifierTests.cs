using System.IO.Compression;
using System.Text;
using Microsoft.Extensions.Options;
using Summarizer.Core.Cleaning;
using Summarizer.Core.Evaluation;

namespace Summarizer.Core.Tests.Cleaning;

public sealed class BlockClassifierTests
{
    private const string Story = "The council approved the new tram line on Tuesday after a long debate about its cost, and work starts in spring. "
        + "The first trams are due to run through the old town within three years, the transport office said.";

    [Fact]
    public void Score_WalksEachTreeToALeaf_AndAddsTheWeightedLeaves()
    {
        // Tree 1 splits feature 0 at 2.5 (left leaf 0: -1, right leaf 1: +3); tree 2 is a single split on feature 2.
        var classifier = new BlockClassifier(Model(
            0.5,
            new BlockClassifierTree(1, [0], [2.5f], [~0], [~1], [-1, 3]),
            new BlockClassifierTree(0.5, [2], [0.5f], [~0], [~1], [2, -4])));
        var low = new float[BlockClassifier.FeatureCount];
        var high = new float[BlockClassifier.FeatureCount];
        high[0] = 3;
        high[2] = 1;

        Assert.Equal(0.5 - 1 + 1, classifier.Score(low), 6);
        Assert.Equal(0.5 + 3 - 2, classifier.Score(high), 6);
        Assert.True(classifier.IsContent(high));
    }

    [Fact]
    public void Constructor_RefusesAModelOfOtherFeatures()
    {
        var model = Model(0) with { FeatureVersion = BlockClassifier.FeatureVersion + 1 };

        var error = Assert.Throws<InvalidDataException>(() => new BlockClassifier(model));
        Assert.Contains("features of version", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidDataException>(() => new BlockClassifier(Model(0, new BlockClassifierTree(1, [BlockClassifier.FeatureCount], [0], [~0], [~1], [0, 0]))));
    }

    [Fact]
    public void Read_RoundTripsWhatWriteWrites()
    {
        var classifier = new BlockClassifier(Model(0.25, new BlockClassifierTree(1, [1], [0.5f], [~0], [~1], [-1, 1])));
        using var stream = new MemoryStream();
        classifier.Write(stream);
        stream.Position = 0;

        var read = BlockClassifier.Read(stream);

        var features = new float[BlockClassifier.FeatureCount];
        features[1] = 1;
        Assert.Equal(classifier.Score(features), read.Score(features), 9);
        Assert.Equal(classifier.Model.Source, read.Model.Source);
    }

    [Fact]
    public void Shipped_IsReadFromTheAssembly_AndSaysWhatItWasFittedOn()
    {
        var shipped = BlockClassifier.Shipped;

        Assert.Equal(BlockClassifier.FeatureVersion, shipped.Model.FeatureVersion);
        Assert.False(string.IsNullOrWhiteSpace(shipped.Model.Source));
        Assert.Same(shipped, BlockClassifier.Shipped);
    }

    [Fact]
    public void Clean_KeepsTheChosenArticlesBlocks_WhateverTheClassifierScores()
    {
        var rejectAll = new BlockClassifier(Model(-1));
        var html = $"<html><body><article><p>{Story}</p><p>{Story}</p></article></body></html>";

        var result = new ArticleCleaner(Options.Create(new CleaningOptions()), rejectAll).Clean(new ArticleSource("page.html", null, Encoding.UTF8.GetBytes(html)));

        Assert.False(result.IsRejected);
        Assert.Equal(2, result.Article.Blocks.Count);
    }

    [Fact]
    public void Collect_LabelsBlocksByTheirOverlapWithTheExpectedText()
    {
        var folder = Directory.CreateTempSubdirectory("blocks-");
        try
        {
            var path = Path.Combine(folder.FullName, "page.html.gz");
            using (var file = File.Create(path))
            using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
            {
                gzip.Write(Encoding.UTF8.GetBytes($"<html><body><article><p>{Story}</p><p>Share</p><p>Subscribe to our weekly letter for the latest news from the town hall and beyond</p></article></body></html>"));
            }

            // "share" is a word of the expected text, but not a line of it.
            var page = new DatasetPage("page", path, 0, Story + "\nWe share the costs.", null);

            var samples = BlockSamples.Collect(page, CancellationToken.None);

            Assert.Equal(3, samples.Count);
            Assert.Equal([(true, 39), (false, 1), (false, 15)], samples.Select(s => (s.IsContent, s.Words)));
            Assert.True(samples[0].IsContent);
            Assert.False(samples[1].IsContent);
            Assert.False(samples[2].IsContent);
            Assert.All(samples, s => Assert.Equal(BlockClassifier.FeatureCount, s.Features.Length));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static BlockClassifierModel Model(double bias, params BlockClassifierTree[] trees) =>
        new(BlockClassifier.FeatureVersion, BlockClassifier.FeatureCount, bias, 0, "built by the test", trees);
}
