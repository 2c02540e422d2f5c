using System.CommandLine;

var root = new RootCommand("Summarizer: turns uploaded articles into summaries and key points.");

return await root.Parse(args).InvokeAsync();
