using System.Collections.Frozen;
using Summarizer.Core.Cleaning;

namespace Summarizer.Core.Summarization;

/// <summary>
/// Splits a paragraph into sentences at terminal punctuation, keeping abbreviations ("Lt. Gen.", "Jan. 29"),
/// initials ("John F. Kennedy"), dotted acronyms ("U.S. troops"), decimals and quoted speech together. Chinese and
/// Japanese sentences end at their full-width marks (。！？), which no space follows; Arabic, Urdu and Hindi ones
/// at their own marks (؟ ۔ ।) too, and before a letter of a script without capitals.
/// </summary>
public static class SentenceSplitter
{
    // Titles and other abbreviations that stand before a name or a word and so never end a sentence.
    private static readonly FrozenSet<string> NameAbbreviations = FrozenSet.ToFrozenSet(
    [
        "mr", "mrs", "ms", "mx", "dr", "prof", "st", "mt", "ft", "fr", "rev", "hon", "pres", "gov", "sen", "rep", "reps", "sens",
        "gen", "lt", "col", "maj", "capt", "cpt", "cmdr", "adm", "sgt", "cpl", "pvt", "brig", "supt", "insp", "det", "atty", "amb", "messrs",
        "vs", "v", "cf", "e.g", "i.e", "viz", "approx", "ca", "dept", "univ", "assn", "ave", "blvd", "rd", "hwy", "ste", "apt",
    ], StringComparer.OrdinalIgnoreCase);

    // Abbreviations that stand before a number ("Jan. 29", "No. 10"): they end a sentence only before a word.
    private static readonly FrozenSet<string> NumberAbbreviations = FrozenSet.ToFrozenSet(
    [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "no", "nos", "vol", "vols", "art", "fig", "figs", "p", "pp", "ch", "sec", "para", "op",
    ], StringComparer.OrdinalIgnoreCase);

    // Abbreviations that often end a sentence too ("… of Apple Inc. The company …"): they end one only before a
    // word that typically opens a sentence.
    private static readonly FrozenSet<string> TrailingAbbreviations = FrozenSet.ToFrozenSet(
        ["inc", "corp", "co", "ltd", "llc", "plc", "etc", "jr", "sr", "bros", "al"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> SentenceStarters = FrozenSet.ToFrozenSet(
    [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my", "this", "that", "these",
        "those", "there", "but", "and", "or", "so", "yet", "in", "on", "at", "for", "with", "after", "before", "when", "while", "as", "if",
        "since", "although", "though", "because", "some", "many", "most", "several", "officials", "one", "two", "no", "not", "all", "both",
        "what", "who", "how", "why", "where", "still", "also", "then", "now", "meanwhile", "however", "according", "among", "about", "last",
    ], StringComparer.OrdinalIgnoreCase);

    // Capitalised words that open a sentence run into a caption or heading before it.
    private static readonly FrozenSet<string> GluedOpeners = FrozenSet.ToFrozenSet(
        ["The", "A", "An", "He", "She", "It", "They", "We", "This", "These", "Those", "There", "His", "Her", "Its", "Their", "But", "In"],
        StringComparer.Ordinal);

    // A caption or heading does not end in an article, a preposition or a conjunction ("from A to B").
    private static readonly FrozenSet<string> NotBeforeAGluedSentence = FrozenSet.ToFrozenSet(
        ["the", "a", "an", "of", "to", "from", "and", "or", "nor", "with", "in", "on", "at", "by", "for", "into", "onto", "between", "than", "as", "via", "versus", "vs"],
        StringComparer.Ordinal);

    // Words that name a letter grade or class ("vitamin A", "grade A students", "infra-red A rays").
    private static readonly FrozenSet<string> LetterDesignations = FrozenSet.ToFrozenSet(
        ["vitamin", "grade", "type", "plan", "hepatitis", "category", "class", "group", "infra-red", "infrared", "level", "section", "size",
            "part", "row", "gate", "terminal", "block", "exhibit", "option", "series", "division", "league", "tier"],
        StringComparer.Ordinal);

    /// <summary>Splits <paramref name="text"/> (one paragraph; line breaks also end sentences) into trimmed sentences.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<string>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            SplitLine(line, sentences);
        }

        return sentences;
    }

    /// <summary>
    /// Joins sentences into running text: a space between two, except after a sentence that ends in a full-width mark
    /// (Chinese and Japanese run their sentences together).
    /// </summary>
    public static string Join(IEnumerable<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var text = new System.Text.StringBuilder();
        foreach (var sentence in sentences)
        {
            if (text.Length > 0 && !EndsFullWidth(text))
            {
                text.Append(' ');
            }

            text.Append(sentence);
        }

        return text.ToString();
    }

    // Whether the text ends in a full-width mark, before any closing quotation marks or brackets ("…。”", "…。」").
    private static bool EndsFullWidth(System.Text.StringBuilder text)
    {
        var i = text.Length - 1;
        while (i > 0 && (IsClosing(text[i]) || IsFullWidthClosing(text[i])))
        {
            i--;
        }

        return IsFullWidthEnd(text[i]);
    }

    private static void SplitLine(string line, List<string> sentences)
    {
        var quoted = ClosedQuoteMask(line);
        var start = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (IsFullWidthEnd(line[i]))
            {
                i = SplitAtFullWidthEnd(line, i, quoted, ref start, sentences);
                continue;
            }

            if (!IsSentenceEnd(line[i]))
            {
                continue;
            }

            var end = i + 1;
            while (end < line.Length && IsSentenceEnd(line[end]))
            {
                end++;
            }

            while (end < line.Length && IsClosing(line[end]))
            {
                end++;
            }

            var next = end;
            while (next < line.Length && char.IsWhiteSpace(line[next]))
            {
                next++;
            }

            if (next == end || next == line.Length)
            {
                i = end - 1;
                continue;
            }

            if (!quoted[end - 1] && IsBoundary(line, i, next))
            {
                AddSplittingGlued(line, start, end, quoted, sentences);
                start = next;
            }

            i = end - 1;
        }

        AddSplittingGlued(line, start, line.Length, quoted, sentences);
    }

    // Chinese and Japanese end sentences with a full-width mark and no space after it. A sentence ends after the
    // marks and any closing quotation marks or brackets, except where a quotation closes and the sentence goes on
    // (「…。」と語った, “…。”她说) or the mark lies inside a quotation that closes within the line.
    private static int SplitAtFullWidthEnd(string line, int mark, bool[] quoted, ref int start, List<string> sentences)
    {
        var end = mark + 1;
        while (end < line.Length && (IsFullWidthEnd(line[end]) || line[end] is '!' or '?'))
        {
            end++;
        }

        var closers = end;
        while (end < line.Length && (IsClosing(line[end]) || IsFullWidthClosing(line[end])))
        {
            end++;
        }

        var next = end;
        while (next < line.Length && char.IsWhiteSpace(line[next]))
        {
            next++;
        }

        var continues = end > closers && next < line.Length && !IsOpening(line[next]) && !IsFullWidthOpening(line[next]);
        if (next < line.Length && !quoted[end - 1] && !continues)
        {
            AddSplittingGlued(line, start, end, quoted, sentences);
            start = next;
        }

        return end - 1;
    }

    // A caption or a heading that lost its line break runs into the next sentence without punctuation
    // ("… at the Cleveland zoo The boy was rescued …"): a lower-case word, one space, then a capitalised word that
    // opens sentences followed by a lower-case word. Names ("in The Hague", "Reagan The") and titles ("Just Do It")
    // do not match, and both pieces must have three words or more.
    private static void AddSplittingGlued(string line, int start, int end, bool[] quoted, List<string> sentences)
    {
        var from = start;
        for (var i = start + 1; i < end - 1; i++)
        {
            if (line[i] != ' ' || quoted[i] || !char.IsUpper(line[i + 1]) || LowerCaseWordBefore(line, from, i) is not { } previous
                || NotBeforeAGluedSentence.Contains(previous))
            {
                continue;
            }

            var opener = WordAt(line, i + 1);
            var after = i + 1 + opener.Length;
            if (!GluedOpeners.Contains(opener) || after + 1 >= end || line[after] != ' ' || !char.IsLower(line[after + 1])
                || (opener == "A" && LetterDesignations.Contains(previous))
                || TextNormalizer.CountWords(line.AsSpan(from, i - from)) < 3 || TextNormalizer.CountWords(line.AsSpan(i + 1, end - i - 1)) < 3)
            {
                continue;
            }

            Add(line[from..i], sentences);
            from = i + 1;
        }

        Add(line[from..end], sentences);
    }

    // The word that ends at the space when it starts in lower case or with a digit and ends in a letter, a digit or ')'.
    private static string? LowerCaseWordBefore(string line, int from, int space)
    {
        var start = space;
        while (start > from && !char.IsWhiteSpace(line[start - 1]))
        {
            start--;
        }

        return start < space && (char.IsLower(line[start]) || char.IsDigit(line[start])) && (char.IsLetterOrDigit(line[space - 1]) || line[space - 1] == ')')
            ? line[start..space]
            : null;
    }

    private static bool IsBoundary(string line, int mark, int next)
    {
        // Arabic, Hebrew, Devanagari and other scripts have no capitals: any letter of theirs may open a sentence.
        var following = line[next];
        if (!(char.IsUpper(following) || char.IsDigit(following) || IsOpening(following)
            || char.GetUnicodeCategory(following) == System.Globalization.UnicodeCategory.OtherLetter))
        {
            return false;
        }

        var word = line[mark] == '.' ? WordBefore(line, mark) : string.Empty;
        if (word.Length == 0)
        {
            return true;
        }

        if (NameAbbreviations.Contains(word))
        {
            return false;
        }

        if (NumberAbbreviations.Contains(word))
        {
            return !char.IsDigit(following);
        }

        // An initial ("F."), a dotted acronym ("U.S.", "p.m.") or a company suffix: a boundary only before a
        // word that typically opens a sentence ("… in the U.S. The strikes …", not "U.S. Central Command").
        var isInitialOrAcronym = (word.Length == 1 && char.IsLetter(word[0])) || word.Contains('.', StringComparison.Ordinal);
        if (isInitialOrAcronym || TrailingAbbreviations.Contains(word))
        {
            return SentenceStarters.Contains(WordAt(line, next));
        }

        return true;
    }

    // The token that ends at the period: letters and inner periods ("U.S", "Gen", "e.g").
    private static string WordBefore(string line, int mark)
    {
        var start = mark;
        while (start > 0 && (char.IsLetter(line[start - 1]) || (line[start - 1] == '.' && start - 2 >= 0 && char.IsLetter(line[start - 2]))))
        {
            start--;
        }

        return line[start..mark];
    }

    private static string WordAt(string line, int start)
    {
        while (start < line.Length && IsOpening(line[start]))
        {
            start++;
        }

        var end = start;
        while (end < line.Length && char.IsLetter(line[end]))
        {
            end++;
        }

        return line[start..end];
    }

    // Marks the characters inside quotations that close within the line, so that quoted speech of several
    // sentences stays whole; a quotation left open (continued in the next paragraph) does not hold boundaries.
    private static bool[] ClosedQuoteMask(string line)
    {
        var mask = new bool[line.Length];
        var open = -1;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            var opens = c is '“' or '「' or '『' || (c == '"' && open < 0);
            var closes = c is '”' or '」' or '』' || (c == '"' && open >= 0);
            if (closes && open >= 0)
            {
                Array.Fill(mask, true, open, i - open);
                open = -1;
            }
            else if (opens)
            {
                open = i;
            }
        }

        return mask;
    }

    private static bool IsClosing(char c) => c is '"' or '”' or '’' or '\'' or ')' or ']' or '»';

    // The Latin marks, the Arabic question mark, the Urdu full stop and the Devanagari danda and double danda.
    private static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or '…' or '؟' or '۔' or '।' or '॥';

    private static bool IsFullWidthEnd(char c) => c is '。' or '！' or '？' or '｡';

    private static bool IsFullWidthClosing(char c) => c is '」' or '』' or '）' or '】' or '〕' or '》' or '〉' or '｣';

    private static bool IsFullWidthOpening(char c) => c is '「' or '『' or '（' or '【' or '〔' or '《' or '〈' or '｢';

    private static bool IsOpening(char c) => c is '"' or '“' or '‘' or '\'' or '(' or '[' or '«';

    private static void Add(string sentence, List<string> sentences)
    {
        var trimmed = sentence.Trim();
        if (trimmed.Length > 0)
        {
            sentences.Add(trimmed);
        }
    }
}
