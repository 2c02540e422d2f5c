using System.CommandLine;
using Summarizer.Cli.Commands;

var root = new RootCommand("Summarizer: turns uploaded articles into summaries and key points.");
root.Subcommands.Add(SummarizeCommand.Create());
root.Subcommands.Add(EvalCommand.Create());

return await root.Parse(args).InvokeAsync();
