using System.CommandLine;
using Summarizer.Cli.Commands;

var root = new RootCommand("Summarizer: turns uploaded articles into summaries and key points.");
root.Subcommands.Add(ServeCommand.Create());

return await root.Parse(args).InvokeAsync();
