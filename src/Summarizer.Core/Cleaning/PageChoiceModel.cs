namespace Summarizer.Core.Cleaning;

/// <summary>
/// The page choice as a file holds it: boosted regression trees over <see cref="FeatureCount"/> page features of
/// feature version <see cref="FeatureVersion"/> (see <see cref="BlockClassifier.PrefersWholePage"/>); a score of 0 or
/// more takes the page read whole instead of the article the rules chose.
/// </summary>
public sealed record PageChoiceModel(int FeatureVersion, int FeatureCount, double Bias, IReadOnlyList<BlockClassifierTree> Trees);
