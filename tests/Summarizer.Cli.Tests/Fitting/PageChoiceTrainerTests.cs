using Summarizer.Cli.Fitting;
using Summarizer.Core.Cleaning;
using Summarizer.Core.Evaluation;

namespace Summarizer.Cli.Tests.Fitting;

public sealed class PageChoiceTrainerTests
{
    [Fact]
    public void Train_LearnsWhenThePageReadWholeScoresHigher_AndTheFileRoundTrips()
    {
        // Pages whose content is over twice as long as the article (feature 2 above ln 2) score higher read whole.
        var random = new Random(7);
        var pages = Enumerable.Range(0, 300).Select(_ =>
        {
            var features = new float[BlockClassifier.PageFeatureCount];
            features[2] = (float)((random.NextDouble() * 4) - 2);
            features[5] = (float)random.NextDouble();
            var wholeBetter = features[2] > 0.7f;
            return new PageChoiceSample(features, wholeBetter ? 0.4 : 0.9, wholeBetter ? 0.8 : 0.3);
        }).ToList();

        var pageChoice = PageChoiceTrainer.Train(pages, progress: null);
        var fitted = new BlockClassifier(new BlockClassifierModel(BlockClassifier.FeatureVersion, BlockClassifier.FeatureCount, 0, 0, "built by the test", [], pageChoice));
        using var stream = new MemoryStream();
        fitted.Write(stream);
        stream.Position = 0;
        var read = BlockClassifier.Read(stream);

        Assert.Equal(BlockClassifier.PageFeatureVersion, read.Model.PageChoice!.FeatureVersion);
        Assert.All(pages, p => Assert.Equal(fitted.PrefersWholePage(p.Features), read.PrefersWholePage(p.Features)));
        Assert.True(read.PrefersWholePage(Page(1.5f)));
        Assert.False(read.PrefersWholePage(Page(-1)));
        Assert.True(pages.Count(p => read.PrefersWholePage(p.Features) == p.WholeF1 > p.ArticleF1) >= 290);
    }

    [Fact]
    public void Train_RefusesPagesWhereOneReadingAlwaysWins()
    {
        var pages = Enumerable.Range(0, 20).Select(i => new PageChoiceSample(Page(i), 0.9, i % 2 == 0 ? 0.5 : 0.9)).ToList();

        var error = Assert.Throws<InvalidOperationException>(() => PageChoiceTrainer.Train(pages, progress: null));
        Assert.Contains("0 of them in favour of the page read whole", error.Message, StringComparison.Ordinal);
    }

    private static float[] Page(float logLengthRatio)
    {
        var features = new float[BlockClassifier.PageFeatureCount];
        features[2] = logLengthRatio;
        return features;
    }
}
