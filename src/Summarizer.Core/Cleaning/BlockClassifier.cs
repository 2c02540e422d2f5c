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

    /// <summary>How many features the page choice decides on.</summary>
    public const int PageFeatureCount = PageChoiceFeatures.Count;

    /// <summary>The version of the page features this build computes; a page choice of another version is refused.</summary>
    public const int PageFeatureVersion = PageChoiceFeatures.Version;

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

        if (!TreeEnsemble.IsWellFormed(model.Trees, BlockFeatures.Count))
        {
            throw new InvalidDataException("A tree of the block classifier is malformed.");
        }

        if (model.PageChoice is { } page && (page.FeatureVersion != PageChoiceFeatures.Version || page.FeatureCount != PageChoiceFeatures.Count || !TreeEnsemble.IsWellFormed(page.Trees, PageChoiceFeatures.Count)))
        {
            throw new InvalidDataException($"The page choice was fitted on page features of version {page.FeatureVersion} ({page.FeatureCount} features) or is malformed; this build computes version {PageChoiceFeatures.Version} ({PageChoiceFeatures.Count}).");
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
        return model.PageChoice is null
            ? throw new InvalidDataException("The block classifier file holds no page choice (it was fitted by an earlier build); fit it again with eval clean --fit.")
            : new BlockClassifier(model);
    }

    public void Write(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        JsonSerializer.Serialize(stream, model, JsonOptions);
    }

    /// <summary>The ensemble's raw score of one block's features: higher is more likely content.</summary>
    public double Score(ReadOnlySpan<float> features) => TreeEnsemble.Score(model.Bias, model.Trees, features);

    public bool IsContent(ReadOnlySpan<float> features) => Score(features) >= model.Threshold;

    /// <summary>
    /// Whether the page read whole, rather than the article the rules chose, is taken, given the page's features
    /// (<see cref="PageChoiceFeatures"/>); without a fitted page choice the chosen article always stands.
    /// </summary>
    public bool PrefersWholePage(ReadOnlySpan<float> pageFeatures) =>
        model.PageChoice is { } page && TreeEnsemble.Score(page.Bias, page.Trees, pageFeatures) >= 0;

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private static BlockClassifier LoadShipped()
    {
        using var stream = typeof(BlockClassifier).Assembly.GetManifestResourceStream(ShippedResource)
            ?? throw new InvalidOperationException($"The assembly does not hold the block classifier '{ShippedResource}'.");
        return Read(stream);
    }
}
