namespace Summarizer.Core.Cleaning;

/// <summary>The heuristics an extraction attempt applies; later attempts relax them when too little text was found.</summary>
[Flags]
internal enum ExtractionFlags
{
    None = 0,
    StripUnlikely = 1,
    WeightClasses = 2,
    CleanConditionally = 4,

    /// <summary>The page declares itself a discussion: elements named for comments are its posts, not furniture.</summary>
    Discussion = 8,
    All = StripUnlikely | WeightClasses | CleanConditionally,
}
