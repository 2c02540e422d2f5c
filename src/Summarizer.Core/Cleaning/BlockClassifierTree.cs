namespace Summarizer.Core.Cleaning;

/// <summary>
/// One regression tree, as FastTree stores it: node <c>n</c> sends a value of feature <c>Feature[n]</c> at most
/// <c>Threshold[n]</c> to <c>Left[n]</c>, a larger one to <c>Right[n]</c>; a negative child <c>c</c> is leaf <c>~c</c>.
/// </summary>
public sealed record BlockClassifierTree(double Weight, int[] Feature, float[] Threshold, int[] Left, int[] Right, double[] Leaf);
