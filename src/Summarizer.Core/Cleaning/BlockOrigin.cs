using AngleSharp.Dom;

namespace Summarizer.Core.Cleaning;

/// <summary>Where a written block came from: its innermost block element (null for text directly under the root) and the share of its text inside links.</summary>
internal sealed record BlockOrigin(IElement? Element, double LinkShare);
