namespace Summarizer.Core.Evaluation;

/// <summary>
/// One page to fit the page choice on: its page features and the word F1 of each reading against the expected text;
/// the page read whole is the better choice where <see cref="WholeF1"/> exceeds <see cref="ArticleF1"/>.
/// </summary>
public sealed record PageChoiceSample(float[] Features, double ArticleF1, double WholeF1);
