namespace Summarizer.Core.Cleaning;

/// <summary>
/// The block classifier as a file holds it: a boosted ensemble of regression trees over <see cref="FeatureCount"/>
/// features of feature version <see cref="FeatureVersion"/>; a block is content when the ensemble's score is at
/// least <see cref="Threshold"/>. <see cref="Source"/> says what it was fitted on.
/// </summary>
public sealed record BlockClassifierModel(int FeatureVersion, int FeatureCount, double Bias, double Threshold, string Source, IReadOnlyList<BlockClassifierTree> Trees);
