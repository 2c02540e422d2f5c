using Microsoft.Extensions.Options;
using Summarizer.Core.Cleaning;

namespace Summarizer.Core.Evaluation;

/// <summary>
/// Collects a page's written blocks, as the rules alone choose them, with features and labels aligned to the
/// expected text: a block's words are matched where its word trigrams occur in the expected text; a block of
/// fewer than three words, which any text may hold by chance ("Share", "Read more"), only where it is a whole line
/// of the expected text.
/// </summary>
public static class BlockSamples
{
    private const int ShingleLength = 3;

    public static IReadOnlyList<BlockSample> Collect(DatasetPage page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        IReadOnlyList<ArticleBlock> blocks = [];
        float[][] features = [];
        var cleaner = new ArticleCleaner(Options.Create(new CleaningOptions()), blockClassifier: null)
        {
            BlockObserver = (written, computed) => (blocks, features) = (written, computed),
        };
        try
        {
            cleaner.Clean(new ArticleSource(Path.GetFileName(page.SourcePath), null, File.ReadAllBytes(page.SourcePath)), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A page the cleaner throws on (scored as rejected by the evaluator) gives no samples.
            return [];
        }

        var expected = Words(page.ExpectedText);
        var shingles = Shingles(expected).ToHashSet(StringComparer.Ordinal);
        var lines = page.ExpectedText.Split('\n').Select(line => string.Join(' ', Words(line))).ToHashSet(StringComparer.Ordinal);
        return blocks.Select((block, i) => Label(block, features[i], shingles, lines)).ToList();
    }

    private static BlockSample Label(ArticleBlock block, float[] features, HashSet<string> expectedShingles, HashSet<string> expectedLines)
    {
        var words = Words(block.Text);
        if (words.Count < ShingleLength)
        {
            var found = words.Count > 0 && expectedLines.Contains(string.Join(' ', words));
            return new BlockSample(features, words.Count, found ? words.Count : 0);
        }

        // A word counts as matched when a trigram that holds it occurs in the expected text.
        var matched = new bool[words.Count];
        var i = 0;
        foreach (var shingle in Shingles(words))
        {
            if (expectedShingles.Contains(shingle))
            {
                matched[i] = matched[i + 1] = matched[i + 2] = true;
            }

            i++;
        }

        return new BlockSample(features, words.Count, matched.Count(m => m));
    }

    private static List<string> Words(string text) => WordTokenizer.Tokenize(text);

    private static IEnumerable<string> Shingles(List<string> words)
    {
        for (var i = 0; i + ShingleLength <= words.Count; i++)
        {
            yield return string.Join(' ', words.GetRange(i, ShingleLength));
        }
    }
}
