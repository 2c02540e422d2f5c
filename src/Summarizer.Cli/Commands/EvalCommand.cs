using System.CommandLine;
using Microsoft.Extensions.Options;
using Summarizer.Core.Cleaning;
using Summarizer.Core.Evaluation;

namespace Summarizer.Cli.Commands;

/// <summary><c>summarizer eval &lt;stage&gt;</c>: scores a pipeline stage on a dataset and prints the figures.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var command = new Command("eval", "Score a pipeline stage on a dataset.");
        command.Subcommands.Add(CreateClean());
        command.Subcommands.Add(EvalSummarizeCommand.Create());
        return command;
    }

    private static Command CreateClean()
    {
        var dataset = new Option<string>("--dataset") { Description = "A folder of <page>/source.html with expected.html and expected-metadata.json, or of ground-truth.json with html/<id>.html.gz.", Required = true };
        var compare = new Option<string[]>("--compare")
        {
            Description = "Also score another extractor's output, given as name=file (the JSON shape of `clean <folder>`); repeatable.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("clean", "Word-level precision, recall and F1, title accuracy and throughput of the article cleaner.") { dataset, compare };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var pages = CleaningDataset.Load(parseResult.GetValue(dataset)!);
            var evaluations = new List<ExtractorEvaluation>
            {
                CleaningEvaluator.EvaluateCleaner("summarizer", new ArticleCleaner(Options.Create(new CleaningOptions())), pages, cancellationToken),
            };
            foreach (var rival in parseResult.GetValue(compare) ?? [])
            {
                var (name, file) = ParseRival(rival);
                var outputs = await ExtractorOutputFile.ReadAsync(file, cancellationToken);
                evaluations.Add(CleaningEvaluator.EvaluateOutput(name, outputs, pages));
            }

            CleaningReportWriter.Write(Console.Out, evaluations);
            return 0;
        });
        return command;
    }

    private static (string Name, string File) ParseRival(string value)
    {
        var equals = value.IndexOf('=', StringComparison.Ordinal);
        return equals > 0 ? (value[..equals], value[(equals + 1)..]) : (Path.GetFileNameWithoutExtension(value), value);
    }
}
