using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Summarizer.Cli.Emulator;

/// <summary>
/// Writes the answer a good model gives to the summarizer's prompt: a TL;DR and summary from the first sentence, and
/// key points from the following ones, each citing the number of the sentence it comes from; for the prompt that
/// combines part summaries, from the parts' summaries and key points with their citations.
/// </summary>
internal static partial class GroundedAnswer
{
    private const int MaxWords = 24;

    public static string For(IReadOnlyList<(string Role, string Content)> messages)
    {
        var system = messages.FirstOrDefault(m => m.Role is "system" or "developer").Content ?? string.Empty;
        var user = messages.LastOrDefault(m => m.Role == "user").Content ?? string.Empty;
        var range = KeyPointRange().Match(system);
        var min = range.Success ? int.Parse(range.Groups[1].Value, CultureInfo.InvariantCulture) : 3;
        var max = range.Success ? int.Parse(range.Groups[2].Value, CultureInfo.InvariantCulture) : 7;
        var title = TitleLine().Match(user) is { Success: true } t ? t.Groups[1].Value.Trim() : "The article";
        var points = user.Contains("BEGIN NOTES", StringComparison.Ordinal) ? NotePoints(user) : SentencePoints(user);
        return Compose(title, points, min, max);
    }

    private static List<(string Text, int[] Sentences)> SentencePoints(string user) => NumberedSentence().Matches(user)
        .Select(m => (m.Groups[2].Value.Trim(), new[] { int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) }))
        .ToList();

    private static List<(string Text, int[] Sentences)> NotePoints(string user) => NoteLine().Matches(user)
        .Select(m => (m.Groups[1].Value.Trim(), m.Groups[2].Value.Split(',').Select(n => int.Parse(n.Trim(), CultureInfo.InvariantCulture)).ToArray()))
        .ToList();

    private static string Compose(string title, List<(string Text, int[] Sentences)> points, int min, int max)
    {
        // With more sentences than key points needed, the first makes the summary; otherwise the summary names the
        // subject only, so that no key point repeats it.
        var lead = points.Count > min ? Shorten(points[0].Text) : $"{Shorten(title)} is reported.";
        var keyPoints = (points.Count > min ? points.Skip(1) : points).Take(max)
            .Select(p => new { text = Shorten(p.Text), sentences = p.Sentences })
            .ToList();
        return JsonSerializer.Serialize(new { tldr = lead, summary = lead, keyPoints });
    }

    // One sentence of at most MaxWords words, ending in a full stop, without the marks that would split it.
    private static string Shorten(string text)
    {
        var words = text.Replace("\"", string.Empty, StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(MaxWords);
        var sentence = string.Join(' ', words).TrimEnd('.', '!', '?', ';', ':', ',');
        return InnerStop().Replace(sentence, "$1,") + ".";
    }

    [GeneratedRegex(@"(\d+) to (\d+) short key points")]
    private static partial Regex KeyPointRange();

    [GeneratedRegex(@"^Title: (.*)$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();

    [GeneratedRegex(@"^\[(\d+)\] (.+)$", RegexOptions.Multiline)]
    private static partial Regex NumberedSentence();

    [GeneratedRegex(@"^- (.+) \[([\d, ]+)\]$", RegexOptions.Multiline)]
    private static partial Regex NoteLine();

    [GeneratedRegex(@"([\p{L}\p{N}])[.!?](?=\s)")]
    private static partial Regex InnerStop();
}
