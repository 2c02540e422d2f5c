using System.Text.Json;
using Summarizer.Core.Api;

namespace Summarizer.Cli.Commands;

/// <summary>Prints an API response: the JSON body indented on stdout, or the problem's detail on stderr with exit code 1.</summary>
internal static class ApiOutput
{
    public static async Task<int> WriteAsync(ApiResponse response)
    {
        using var json = JsonDocument.Parse(response.Body);
        if (response.StatusCode >= 400)
        {
            await Console.Error.WriteLineAsync($"error: {json.RootElement.GetProperty("detail").GetString()}");
            return 1;
        }

        await Console.Out.WriteLineAsync(JsonSerializer.Serialize(json.RootElement, SummarizeCommand.Json));
        return 0;
    }
}
