using System.Text.Json;

namespace Summarizer.Core.Cleaning;

/// <summary>
/// Tells content blocks from boilerplate by a tree ensemble fitted on pages with known main text (see
/// docs/cleaning.md). The shipped model is read once from the assembly; scoring a block walks the trees, with no
/// library and no network.
/// </summary>
public sealed class BlockClassifier
{
    /// <summary>How many features each block has.</summary>
    public const int FeatureCount = BlockFeatures.Count;

    /// <summary>The version of the features this build computes; a model of another version is refused.</summary>
    public const int FeatureVersion = BlockFeatures.Version;

    private const string ShippedResource = "Summarizer.Core.Cleaning.block-classifier.json";

    private static readonly Lazy<BlockClassifier> ShippedModel = new(LoadShipped);

    private readonly BlockClassifierModel model;

    public BlockClassifier(BlockClassifierModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.FeatureVersion != BlockFeatures.Version || model.FeatureCount != BlockFeatures.Count)
        {
            throw new InvalidDataException($"The block classifier was fitted on features of version {model.FeatureVersion} ({model.FeatureCount} features); this build computes version {BlockFeatures.Version} ({BlockFeatures.Count}).");
        }

        foreach (var tree in model.Trees)
        {
            if (tree.Left.Length != tree.Feature.Length || tree.Right.Length != tree.Feature.Length || tree.Threshold.Length != tree.Feature.Length
                || tree.Feature.Any(f => f < 0 || f >= BlockFeatures.Count) || tree.Leaf.Length != tree.Feature.Length + 1)
            {
                throw new InvalidDataException("A tree of the block classifier is malformed.");
            }
        }

        this.model = model;
    }

    /// <summary>The model shipped in the assembly.</summary>
    public static BlockClassifier Shipped => ShippedModel.Value;

    public BlockClassifierModel Model => model;

    public static BlockClassifier Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var model = JsonSerializer.Deserialize<BlockClassifierModel>(stream, JsonOptions)
            ?? throw new InvalidDataException("The block classifier file is empty.");
        return new BlockClassifier(model);
    }

    public void Write(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        JsonSerializer.Serialize(stream, model, JsonOptions);
    }

    /// <summary>The ensemble's raw score of one block's features: higher is more likely content.</summary>
    public double Score(ReadOnlySpan<float> features)
    {
        var score = model.Bias;
        foreach (var tree in model.Trees)
        {
            var node = 0;
            if (tree.Feature.Length == 0)
            {
                score += tree.Weight * tree.Leaf[0];
                continue;
            }

            while (node >= 0)
            {
                node = features[tree.Feature[node]] <= tree.Threshold[node] ? tree.Left[node] : tree.Right[node];
            }

            score += tree.Weight * tree.Leaf[~node];
        }

        return score;
    }

    public bool IsContent(ReadOnlySpan<float> features) => Score(features) >= model.Threshold;

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private static BlockClassifier LoadShipped()
    {
        using var stream = typeof(BlockClassifier).Assembly.GetManifestResourceStream(ShippedResource)
            ?? throw new InvalidOperationException($"The assembly does not hold the block classifier '{ShippedResource}'.");
        return Read(stream);
    }
}
