using System.Text.Json;

namespace Summarizer.Core.Summarization;

/// <summary>
/// Checks a model's JSON answer against the response schema and the article: a one-sentence TL;DR of at most 30
/// words, a non-empty summary, enough key points, every key point citing sentence numbers that exist in the part of
/// the article the model saw, and no key point restating a summary sentence (<see cref="KeyPointRestatement"/>).
/// </summary>
public static class SummaryResponseValidator
{
    /// <summary>The longest TL;DR in words.</summary>
    public const int MaxTldrWords = 30;

    /// <summary>Validates <paramref name="content"/>; cited numbers are one-based and must lie in [first, last].</summary>
    public static SummaryValidation Validate(string? content, int firstSentence, int lastSentence, int minKeyPoints, int maxKeyPoints)
    {
        var problems = new List<string>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(StripCodeFence(content ?? string.Empty));
        }
        catch (JsonException e)
        {
            return Fail($"the answer is not valid JSON ({e.Message}).");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Fail("the answer is not a JSON object.");
            }

            var summary = root.TryGetProperty("summary", out var summaryElement) && summaryElement.ValueKind == JsonValueKind.String
                ? summaryElement.GetString()!.Trim()
                : string.Empty;
            if (summary.Length == 0)
            {
                problems.Add("\"summary\" is missing or empty.");
            }

            var tldr = ReadTldr(root, problems);
            var keyPoints = ReadKeyPoints(root, firstSentence, lastSentence, problems);
            if (keyPoints.Count < minKeyPoints)
            {
                problems.Add($"there are {keyPoints.Count} valid key points; give at least {minKeyPoints}.");
            }

            CheckRestatements(keyPoints, summary, problems);
            return problems.Count > 0
                ? new SummaryValidation(null, problems)
                : new SummaryValidation(new ModelSummary(tldr, summary, keyPoints.Take(maxKeyPoints).ToList()), []);
        }
    }

    private static string ReadTldr(JsonElement root, List<string> problems)
    {
        var tldr = root.TryGetProperty("tldr", out var element) && element.ValueKind == JsonValueKind.String
            ? element.GetString()!.Trim()
            : string.Empty;
        if (tldr.Length == 0)
        {
            problems.Add("\"tldr\" is missing or empty.");
            return tldr;
        }

        var words = tldr.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        if (words > MaxTldrWords)
        {
            problems.Add($"\"tldr\" has {words} words; give one sentence of at most {MaxTldrWords} words.");
        }
        else if (SentenceSplitter.Split(tldr).Count > 1)
        {
            problems.Add("\"tldr\" has more than one sentence; give one sentence.");
        }

        return tldr;
    }

    private static void CheckRestatements(List<KeyPoint> keyPoints, string summary, List<string> problems)
    {
        var summarySentences = SentenceSplitter.Split(summary);
        for (var i = 0; i < keyPoints.Count; i++)
        {
            var restated = KeyPointRestatement.RestatedSentence(keyPoints[i].Text, summarySentences);
            if (restated >= 0)
            {
                problems.Add($"key point {i + 1} repeats summary sentence {restated + 1}; key points must add facts the summary does not state.");
            }
        }
    }

    private static List<KeyPoint> ReadKeyPoints(JsonElement root, int first, int last, List<string> problems)
    {
        var keyPoints = new List<KeyPoint>();
        if (!root.TryGetProperty("keyPoints", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            problems.Add("\"keyPoints\" is missing or not an array.");
            return keyPoints;
        }

        var number = 0;
        foreach (var item in array.EnumerateArray())
        {
            number++;
            var text = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String
                ? t.GetString()!.Trim()
                : string.Empty;
            if (text.Length == 0)
            {
                problems.Add($"key point {number} has no \"text\".");
                continue;
            }

            var cited = Citations(item, number, first, last, problems);
            if (cited is not null)
            {
                keyPoints.Add(new KeyPoint(text, cited));
            }
        }

        return keyPoints;
    }

    private static List<int>? Citations(JsonElement item, int number, int first, int last, List<string> problems)
    {
        if (!item.TryGetProperty("sentences", out var sentences) || sentences.ValueKind != JsonValueKind.Array || sentences.GetArrayLength() == 0)
        {
            problems.Add($"key point {number} cites no sentences.");
            return null;
        }

        var cited = new SortedSet<int>();
        foreach (var sentence in sentences.EnumerateArray())
        {
            if (sentence.ValueKind != JsonValueKind.Number || !sentence.TryGetInt32(out var value))
            {
                problems.Add($"key point {number} cites {sentence.GetRawText()}, which is not a sentence number.");
                return null;
            }

            if (value < first || value > last)
            {
                problems.Add($"key point {number} cites sentence {value}, but only sentences {first} to {last} were given.");
                return null;
            }

            cited.Add(value - 1);
        }

        return [.. cited];
    }

    // Some OpenAI-compatible servers ignore the response format, and a model asked without one writes its JSON in a
    // Markdown code fence, at times after a line of its own.
    private static string StripCodeFence(string content)
    {
        var trimmed = content.Trim();
        var opening = trimmed.StartsWith('{') ? -1 : trimmed.IndexOf("```", StringComparison.Ordinal);
        if (opening < 0)
        {
            return trimmed;
        }

        var firstLineEnd = trimmed.IndexOf('\n', opening);
        var closing = trimmed.LastIndexOf("```", StringComparison.Ordinal);
        return firstLineEnd > 0 && closing > firstLineEnd ? trimmed[(firstLineEnd + 1)..closing].Trim() : trimmed;
    }

    private static SummaryValidation Fail(string problem) => new(null, [problem]);
}
