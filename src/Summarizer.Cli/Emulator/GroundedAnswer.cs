using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Summarizer.Core.Summarization;

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
        // A repair request adds the earlier answer and its problems after the article; the article stays in the user
        // message that carries it.
        var user = messages.LastOrDefault(m => m.Role == "user" && IsSource(m.Content)).Content
            ?? messages.LastOrDefault(m => m.Role == "user").Content
            ?? string.Empty;
        var range = KeyPointRange().Match(system);
        var min = range.Success ? int.Parse(range.Groups[1].Value, CultureInfo.InvariantCulture) : 3;
        var max = range.Success ? int.Parse(range.Groups[2].Value, CultureInfo.InvariantCulture) : 7;
        var title = TitleLine().Match(user) is { Success: true } t ? t.Groups[1].Value.Trim() : "The article";
        var points = user.Contains("BEGIN NOTES", StringComparison.Ordinal) ? NotePoints(user) : SentencePoints(user);
        return Compose(title, points, min, max);
    }

    private static bool IsSource(string content) =>
        content.Contains("BEGIN ARTICLE", StringComparison.Ordinal) || content.Contains("BEGIN NOTES", StringComparison.Ordinal);

    private static List<(string Text, int[] Sentences)> SentencePoints(string user) => NumberedSentence().Matches(user)
        .Select(m => (m.Groups[2].Value.Trim(), new[] { int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) }))
        .ToList();

    private static List<(string Text, int[] Sentences)> NotePoints(string user) => NoteLine().Matches(user)
        .Select(m => (m.Groups[1].Value.Trim(), m.Groups[2].Value.Split(',').Select(n => int.Parse(n.Trim(), CultureInfo.InvariantCulture)).ToArray()))
        .ToList();

    private static string Compose(string title, List<(string Text, int[] Sentences)> points, int min, int max)
    {
        // A good model leaves out a point that says again what an earlier one says (an article that repeats a
        // paragraph, say). With more distinct points than key points needed, the first makes the summary; otherwise
        // the summary names the subject only, so that no key point repeats it.
        var distinct = new List<(string Text, int[] Sentences)>();
        foreach (var (text, sentences) in points)
        {
            var point = Shorten(text);
            if (!KeyPointRestatement.Restates(point, distinct.Select(p => p.Text).ToList()))
            {
                distinct.Add((point, sentences));
            }
        }

        var lead = distinct.Count > min ? distinct[0].Text : Shorten($"{title} is reported");
        var keyPoints = (distinct.Count > min ? distinct.Skip(1) : distinct).Take(max)
            .Select(p => new { text = p.Text, sentences = p.Sentences })
            .ToList();
        return JsonSerializer.Serialize(new { tldr = lead, summary = lead, keyPoints });
    }

    // One sentence of at most MaxWords words, ending in a full stop, without the marks that would split it.
    private static string Shorten(string text)
    {
        var words = text.Replace("\"", string.Empty, StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(MaxWords);
        var sentence = string.Join(' ', words).TrimEnd('.', '!', '?', ';', ':', ',');
        sentence = InnerStop().Replace(sentence, "$1,") + ".";

        // Abbreviations, quotations and the like can still read as two sentences: keep the first.
        return SentenceSplitter.Split(sentence) is [var first, _, ..] ? first : sentence;
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
