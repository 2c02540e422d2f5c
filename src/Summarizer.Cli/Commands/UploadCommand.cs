using System.CommandLine;
using Summarizer.Cli.Hosting;
using Summarizer.Core.Access;
using Summarizer.Core.Api;

namespace Summarizer.Cli.Commands;

/// <summary><c>summarizer upload</c>: stores files in the <c>articles</c> container, as <c>POST /api/articles</c> does.</summary>
internal static class UploadCommand
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("files") { Description = "The articles to upload (.html, .txt, .md, .pdf, .docx).", Arity = ArgumentArity.ZeroOrMore };
        var name = new Option<string?>("--name") { Description = "The blob name (one file or URL only); by default the file's name." };
        var url = new Option<string?>("--url") { Description = "Fetch the article from this http or https URL instead of a file." };
        var command = new Command("upload", "Upload articles into the 'articles' container; a running serve or Functions app processes them.") { files, name, url };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            // A setting after the files (--Storage:ConnectionString=…) is taken by the files argument; it is a setting.
            var tokens = parseResult.GetResult(files)?.Tokens.Select(t => t.Value).ToList() ?? [];
            var paths = tokens.Where(t => !IsSetting(t)).Select(t => new FileInfo(t)).ToArray();
            string[] settings = [.. tokens.Where(IsSetting), .. parseResult.UnmatchedTokens];
            var given = parseResult.GetValue(name);
            var address = parseResult.GetValue(url);
            if ((address is null) == (paths.Length == 0))
            {
                await Console.Error.WriteLineAsync("error: give files to upload, or --url, but not both.");
                return 2;
            }

            if (given is not null && paths.Length > 1)
            {
                await Console.Error.WriteLineAsync("error: --name names a single file.");
                return 2;
            }

            await using var services = await CommandServices.CreateAsync(settings, cancellationToken);
            var api = services.GetRequiredService<ArticleApi>();
            if (address is not null)
            {
                return await ApiOutput.WriteAsync(await api.UploadUrlAsync(Caller.Local, address, given, cancellationToken));
            }

            var exit = 0;
            foreach (var file in paths)
            {
                await using var stream = file.OpenRead();
                var response = await api.UploadAsync(Caller.Local, given ?? file.Name, ContentTypes.FromExtension(file.Name), stream, cancellationToken);
                exit = Math.Max(exit, await ApiOutput.WriteAsync(response));
            }

            return exit;
        });
        return command;
    }

    private static bool IsSetting(string token) => token.StartsWith("--", StringComparison.Ordinal) && token.Contains(':', StringComparison.Ordinal);
}
