namespace Summarizer.Core.Summarization;

/// <summary>The names under which every provider registers its summarize kernel function.</summary>
public static class SummarizerFunction
{
    public const string PluginName = "summarizer";
    public const string Name = "summarize";
    public const string ArticleArgument = "article";
    public const string LengthArgument = "length";

    /// <summary>The service key of the kernel that runs the summarize function.</summary>
    public const string KernelKey = "summarization";
}
