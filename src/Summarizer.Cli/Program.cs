using System.CommandLine;
using Summarizer.Cli.Commands;

var root = new RootCommand("Summarizer: turns uploaded articles into summaries and key points.");
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(RelayCommand.Create());
root.Subcommands.Add(UploadCommand.Create());
root.Subcommands.Add(ListCommand.Create());
root.Subcommands.Add(ShowCommand.Create());
root.Subcommands.Add(RetryCommand.Create());
root.Subcommands.Add(DeleteCommand.Create());
root.Subcommands.Add(MigrateIndexCommand.Create());
root.Subcommands.Add(CleanCommand.Create());
root.Subcommands.Add(SummarizeCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(BenchCommand.Create());

return await root.Parse(args).InvokeAsync();
