using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Summarizer.Core.Cleaning;
using Summarizer.Core.Evaluation;
using Summarizer.Cli.Fitting;

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
        var by = new Option<string[]>("--by")
        {
            Description = "Also print the figures per value of this manifest field (source, page_type), with the macro mean over its values; repeatable.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var folds = new Option<string?>("--folds")
        {
            Description = "Leave one value of this manifest field (source) out in turn: fit on the other values' pages, score the cleaner on the one left out.",
        };
        var save = new Option<string?>("--save")
        {
            Description = "Write the cleaner's output per page to this file (the JSON shape of `clean <folder>`, with elapsedMs), to be scored again later with --compare.",
        };
        var fit = new Option<string?>("--fit")
        {
            Description = "Fit the block classifier on the dataset's pages (those of --fit-on, when given), write it to this file, and score the cleaner with it.",
        };
        var fitOn = new Option<string?>("--fit-on")
        {
            Description = "With --fit: fit only on the pages whose manifest field has this value, as field=value (source=wcxb).",
        };
        var blockModel = new Option<string?>("--block-model")
        {
            Description = "Score the cleaner with the block classifier in this file, or with the rules alone for 'none' (default: the shipped classifier).",
        };
        var without = new Option<string[]>("--without")
        {
            Description = $"Score the cleaner with this line rule of the HTML path switched off; repeatable. The rules: {string.Join("; ", LineRuleAblation.RuleNames.Select(rule => $"{rule}: {LineRuleAblation.Describe(rule)}"))}",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var ablate = new Option<bool>("--ablate")
        {
            Description = "Also switch each line rule off in turn (those of --without, when given, else every rule) and print each one's paired effect on mean word F1, per group of the first --by field or of --folds.",
        };
        var command = new Command("clean", "Word-level precision, recall and F1, title accuracy and throughput of the article cleaner.") { dataset, compare, by, folds, save, fit, fitOn, blockModel, without, ablate };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var pages = CleaningDataset.Load(parseResult.GetValue(dataset)!);
            var fitter = new BlockClassifierFitter(Console.Error.WriteLine);
            var datasetName = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(parseResult.GetValue(dataset)!)));
            var classifier = await ChooseClassifierAsync(parseResult.GetValue(blockModel), parseResult.GetValue(fit), parseResult.GetValue(fitOn), datasetName, pages, fitter, cancellationToken);
            var fullCleaner = new ArticleCleaner(Options.Create(new CleaningOptions()), classifier);
            var rulesOff = parseResult.GetValue(without) ?? [];
            var ablating = parseResult.GetValue(ablate);
            var cleaner = ablating ? fullCleaner : LineRuleAblation.Without(fullCleaner, rulesOff);
            var foldField = parseResult.GetValue(folds);
            var groupings = (parseResult.GetValue(by) ?? []).ToList();
            // A classifier named on the command line (or none) is what is measured; otherwise each fold fits its own.
            ICleanerFitter foldFitter = parseResult.GetValue(blockModel) is null ? fitter : new FixedCleanerFitter(fullCleaner);
            if (ablating)
            {
                IReadOnlyCollection<string>? measured = rulesOff.Length == 0 ? null : rulesOff;
                var ablation = foldField is null
                    ? LineRuleAblation.Evaluate("summarizer", cleaner, pages, measured, cancellationToken)
                    : LineRuleAblation.EvaluateFolds($"summarizer (leave one {foldField} out)", foldFitter, pages, foldField, measured, Console.Error.WriteLine, cancellationToken);
                LineRuleAblationReportWriter.Write(Console.Out, ablation, pages, foldField ?? groupings.FirstOrDefault());
                return 0;
            }

            var evaluations = new List<ExtractorEvaluation>();
            var outputs = new SortedDictionary<string, ExtractorPageOutput>(StringComparer.Ordinal);
            if (foldField is null)
            {
                evaluations.Add(CleaningEvaluator.EvaluateCleaner(rulesOff.Length == 0 ? "summarizer" : $"summarizer without {string.Join('+', rulesOff)}", cleaner, pages, cancellationToken, outputs));
            }
            else
            {
                var switchedFitter = LineRuleAblation.Without(foldFitter, rulesOff);
                Console.Error.WriteLine($"leave-one-{foldField}-out; fitted per fold: {switchedFitter.Description}");
                evaluations.Add(CleaningFolds.Evaluate($"summarizer (leave one {foldField} out)", switchedFitter, pages, foldField, Console.Error.WriteLine, cancellationToken, outputs));
                groupings.Insert(0, foldField);
            }

            if (parseResult.GetValue(save) is { } savePath)
            {
                await File.WriteAllTextAsync(savePath, JsonSerializer.Serialize(outputs, ExtractorOutputFile.JsonOptions), cancellationToken);
            }

            foreach (var rival in parseResult.GetValue(compare) ?? [])
            {
                var (name, file) = ParseRival(rival);
                var rivalOutputs = await ExtractorOutputFile.ReadAsync(file, cancellationToken);
                evaluations.Add(CleaningEvaluator.EvaluateOutput(name, rivalOutputs, pages));
            }

            CleaningReportWriter.Write(Console.Out, evaluations);
            foreach (var field in groupings.Distinct(StringComparer.Ordinal))
            {
                CleaningGroupReportWriter.Write(Console.Out, evaluations, pages, field);
            }

            return 0;
        });
        return command;
    }

    private static async Task<BlockClassifier?> ChooseClassifierAsync(string? modelFile, string? fitFile, string? fitOn, string datasetName, IReadOnlyList<DatasetPage> pages, BlockClassifierFitter fitter, CancellationToken cancellationToken)
    {
        if (fitFile is not null)
        {
            var (field, value) = ParseFilter(fitOn);
            var training = field is null ? pages : pages.Where(p => string.Equals(p.Field(field), value, StringComparison.Ordinal)).ToList();
            if (training.Count == 0)
            {
                throw new ArgumentException($"No page of the dataset has {fitOn}.");
            }

            var fitted = fitter.FitClassifier(training, $"{training.Count} pages of {datasetName}{(field is null ? string.Empty : $" with {field}={value}")}", cancellationToken);
            await using var stream = File.Create(fitFile);
            fitted.Write(stream);
            return fitted;
        }

        if (string.Equals(modelFile, "none", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (modelFile is null)
        {
            return BlockClassifier.Shipped;
        }

        await using var file = File.OpenRead(modelFile);
        return BlockClassifier.Read(file);
    }

    private static (string? Field, string? Value) ParseFilter(string? filter)
    {
        if (filter is null)
        {
            return (null, null);
        }

        var equals = filter.IndexOf('=', StringComparison.Ordinal);
        return equals > 0 ? (filter[..equals], filter[(equals + 1)..]) : throw new ArgumentException($"--fit-on takes field=value, not '{filter}'.");
    }

    private static (string Name, string File) ParseRival(string value)
    {
        var equals = value.IndexOf('=', StringComparison.Ordinal);
        return equals > 0 ? (value[..equals], value[(equals + 1)..]) : (Path.GetFileNameWithoutExtension(value), value);
    }
}
