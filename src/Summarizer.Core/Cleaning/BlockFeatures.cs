using AngleSharp.Dom;

namespace Summarizer.Core.Cleaning;

/// <summary>
/// The block classifier's features, in the manner of Dragnet and boilerpipe: for each written block its text shape
/// (length, words, punctuation, stopwords, capitals, digits), link share, kind, position in the article, the same
/// for its neighbours, and the tag names and class/id words of its element and ancestors hashed into buckets.
/// </summary>
internal static class BlockFeatures
{
    /// <summary>Changes whenever a feature's meaning or order changes, so an old model file is refused.</summary>
    public const int Version = 1;

    public const int HashBuckets = 64;

    private const int OwnFeatures = 22;
    private const int NeighbourFeatures = 4;
    private const int AncestorLevels = 3;

    public const int Count = OwnFeatures + (2 * NeighbourFeatures) + 2 + HashBuckets;

    private static readonly HashSet<string> Stopwords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "is", "are",
        "was", "were", "be", "been", "it", "its", "this", "that", "these", "those", "he", "she", "they", "we", "you", "i",
        "his", "her", "their", "our", "not", "have", "has", "had", "which", "who", "what", "when", "there", "than", "so",
        "if", "about", "into", "would", "will", "can", "could", "also", "more", "one", "all", "some", "after", "before",
        "der", "die", "das", "und", "ist", "nicht", "el", "la", "los", "las", "y", "que", "de", "le", "les", "et", "est",
    };

    public static float[][] Compute(IReadOnlyList<ArticleBlock> blocks, IReadOnlyDictionary<ArticleBlock, BlockOrigin> origins, INode root)
    {
        var shapes = blocks.Select(b => Shape.Of(b, origins.GetValueOrDefault(b)?.LinkShare ?? 0)).ToArray();
        var total = Math.Max(1, shapes.Sum(s => s.Characters));
        var features = new float[blocks.Count][];
        var before = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            var row = new float[Count];
            var shape = shapes[i];
            var kind = (int)blocks[i].Kind;
            row[0] = MathF.Log(1 + shape.Characters);
            row[1] = MathF.Log(1 + shape.Words);
            row[2] = shape.LinkShare;
            row[3 + Math.Clamp(kind, 0, 4)] = 1;
            row[8] = blocks.Count == 1 ? 0 : (float)i / (blocks.Count - 1);
            row[9] = MathF.Log(1 + i);
            row[10] = MathF.Log(blocks.Count - i);
            row[11] = shape.Punctuation;
            row[12] = shape.StopwordShare;
            row[13] = shape.EndsSentence ? 1 : 0;
            row[14] = shape.CapitalShare;
            row[15] = shape.DigitShare;
            row[16] = MathF.Log(1 + shape.Lines);
            row[17] = shape.MeanWordLength;
            row[18] = blocks[i].Text.Contains(" | ", StringComparison.Ordinal) ? 1 : 0;
            row[19] = (float)shape.Characters / total;
            row[20] = (float)before / total;
            var element = origins.GetValueOrDefault(blocks[i])?.Element;
            row[21] = Depth(element, root);
            before += shape.Characters;
            Neighbour(row, OwnFeatures, i > 0 ? shapes[i - 1] : null);
            Neighbour(row, OwnFeatures + NeighbourFeatures, i + 1 < shapes.Length ? shapes[i + 1] : null);
            var window = shapes.AsSpan(Math.Max(0, i - 2), Math.Min(i, 2) + 1 + Math.Min(shapes.Length - 1 - i, 2));
            float links = 0, lengths = 0;
            foreach (var near in window)
            {
                links += near.LinkShare;
                lengths += MathF.Log(1 + near.Characters);
            }

            row[OwnFeatures + (2 * NeighbourFeatures)] = links / window.Length;
            row[OwnFeatures + (2 * NeighbourFeatures) + 1] = lengths / window.Length;
            HashMarkup(row, OwnFeatures + (2 * NeighbourFeatures) + 2, element, root);
            features[i] = row;
        }

        return features;
    }

    private static void Neighbour(float[] row, int offset, Shape? shape)
    {
        row[offset] = shape is null ? -1 : MathF.Log(1 + shape.Characters);
        row[offset + 1] = shape?.LinkShare ?? -1;
        row[offset + 2] = shape?.StopwordShare ?? -1;
        row[offset + 3] = shape is null ? -1 : shape.EndsSentence ? 1 : 0;
    }

    private static float Depth(IElement? element, INode root)
    {
        var depth = 0;
        for (INode? node = element; node is not null && node != root && depth < 30; node = node.Parent)
        {
            depth++;
        }

        return depth;
    }

    // The element's and its nearest ancestors' tag names and class/id words, each word once per level, in buckets
    // of a hash that does not change between runs (string.GetHashCode does).
    private static void HashMarkup(float[] row, int offset, IElement? element, INode root)
    {
        var level = 0;
        for (var node = element; node is not null && level < AncestorLevels; node = node.ParentElement, level++)
        {
            Add(row, offset, $"{level}:<{node.LocalName}>");
            foreach (var word in Words(node.ClassName).Concat(Words(node.Id)).Distinct(StringComparer.Ordinal))
            {
                Add(row, offset, word);
            }

            if (node == root)
            {
                break;
            }
        }
    }

    private static void Add(float[] row, int offset, string token) => row[offset + (int)(Fnv1a(token) % HashBuckets)] += 1;

    private static IEnumerable<string> Words(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            yield break;
        }

        var start = -1;
        for (var i = 0; i <= value.Length; i++)
        {
            var letter = i < value.Length && char.IsAsciiLetter(value[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                if (i - start >= 3)
                {
                    yield return value[start..i].ToLowerInvariant();
                }

                start = -1;
            }
        }
    }

    private static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }

    private sealed record Shape(int Characters, int Words, float LinkShare, float Punctuation, float StopwordShare, bool EndsSentence, float CapitalShare, float DigitShare, int Lines, float MeanWordLength)
    {
        public static Shape Of(ArticleBlock block, double linkShare)
        {
            var text = block.Text;
            int words = 0, stop = 0, capital = 0, letters = 0, digits = 0, punctuation = 0;
            foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                words++;
                var bare = word.Trim(',', '.', ';', ':', '!', '?', '"', '\'', '(', ')').ToLowerInvariant();
                stop += Stopwords.Contains(bare) ? 1 : 0;
                capital += char.IsUpper(word[0]) ? 1 : 0;
            }

            foreach (var c in text)
            {
                letters += char.IsLetter(c) ? 1 : 0;
                digits += char.IsDigit(c) ? 1 : 0;
                punctuation += c is '.' or ',' or ';' or ':' or '!' or '?' ? 1 : 0;
            }

            var length = Math.Max(1, text.Length);
            var last = text.TrimEnd().TrimEnd('"', '\'', ')', '”', '’');
            return new Shape(
                text.Length,
                words,
                (float)linkShare,
                (float)punctuation / length,
                words == 0 ? 0 : (float)stop / words,
                last.Length > 0 && last[^1] is '.' or '!' or '?' or ':',
                words == 0 ? 0 : (float)capital / words,
                (float)digits / length,
                text.Count(c => c == '\n') + 1,
                words == 0 ? 0 : (float)letters / words);
        }
    }
}
