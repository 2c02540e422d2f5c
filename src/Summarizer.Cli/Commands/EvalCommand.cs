using System.CommandLine;

namespace Summarizer.Cli.Commands;

/// <summary><c>summarizer eval …</c>: commands that measure the pipeline's quality and speed.</summary>
internal static class EvalCommand
{
    public static Command Create() => new("eval", "Measure quality and speed.") { EvalSummarizeCommand.Create() };
}
