namespace Summarizer.Core.Summarization;

/// <summary>
/// The Porter (1980) suffix-stripping stemmer for English in the form NLTK's <c>PorterStemmer()</c> gives it by
/// default, the stemmer Google's <c>rouge-score</c> uses: Porter's algorithm with Martin Porter's later departures
/// ("bli" → "ble", "logi" → "log") and NLTK's extensions (a short list of irregular forms, "dies" → "die",
/// "enjoy" keeps its "y").
/// </summary>
public static class PorterStemmer
{
    // Words the algorithm gets wrong, mapped to their stem and left out of the suffix rules.
    private static readonly Dictionary<string, string> IrregularForms = new(StringComparer.Ordinal)
    {
        ["sky"] = "sky",
        ["skies"] = "sky",
        ["dying"] = "die",
        ["lying"] = "lie",
        ["tying"] = "tie",
        ["news"] = "news",
        ["innings"] = "inning",
        ["inning"] = "inning",
        ["outings"] = "outing",
        ["outing"] = "outing",
        ["cannings"] = "canning",
        ["canning"] = "canning",
        ["howe"] = "howe",
        ["proceed"] = "proceed",
        ["exceed"] = "exceed",
        ["succeed"] = "succeed",
    };

    private static readonly (string Suffix, string Replacement)[] Step2Rules =
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("bli", "ble"),
        ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
        ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
        ("iviti", "ive"), ("biliti", "ble"), ("fulli", "ful"), ("logi", "log"),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3Rules =
    [
        ("icate", "ic"), ("ative", string.Empty), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", string.Empty), ("ness", string.Empty),
    ];

    private static readonly string[] Step4Suffixes =
    [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate", "iti", "ous", "ive", "ize",
    ];

    /// <summary>Stems a lower-case word; words of one or two letters come back unchanged.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (IrregularForms.TryGetValue(word, out var irregular))
        {
            return irregular;
        }

        if (word.Length <= 2)
        {
            return word;
        }

        var stem = Step1A(word);
        stem = Step1B(stem);
        stem = Step1C(stem);
        stem = Step2(stem);
        stem = Step3(stem);
        stem = Step4(stem);
        stem = Step5A(stem);
        return Step5B(stem);
    }

    private static string Step1A(string word)
    {
        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length == 4)
        {
            return word[..^1];
        }

        if (word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        return word.EndsWith("ss", StringComparison.Ordinal) || !word.EndsWith('s') ? word : word[..^1];
    }

    private static string Step1B(string word)
    {
        if (word.EndsWith("ied", StringComparison.Ordinal))
        {
            return word.Length == 4 ? word[..^1] : word[..^2];
        }

        if (word.EndsWith("eed", StringComparison.Ordinal))
        {
            return Measure(word.AsSpan(0, word.Length - 3)) > 0 ? word[..^1] : word;
        }

        string stem;
        if (word.EndsWith("ed", StringComparison.Ordinal) && ContainsVowel(word.AsSpan(0, word.Length - 2)))
        {
            stem = word[..^2];
        }
        else if (word.EndsWith("ing", StringComparison.Ordinal) && ContainsVowel(word.AsSpan(0, word.Length - 3)))
        {
            stem = word[..^3];
        }
        else
        {
            return word;
        }

        if (stem.EndsWith("at", StringComparison.Ordinal) || stem.EndsWith("bl", StringComparison.Ordinal) || stem.EndsWith("iz", StringComparison.Ordinal))
        {
            return stem + "e";
        }

        if (EndsDoubleConsonant(stem))
        {
            return stem[^1] is 'l' or 's' or 'z' ? stem : stem[..^1];
        }

        return Measure(stem) == 1 && EndsCvc(stem) ? stem + "e" : stem;
    }

    // NLTK's variant: y becomes i only after a consonant that is not the word's first letter ("happy", not "enjoy").
    private static string Step1C(string word) =>
        word.Length > 2 && word[^1] == 'y' && IsConsonant(word, word.Length - 2) ? word[..^1] + "i" : word;

    private static string Step2(string word)
    {
        // NLTK applies "alli" → "al" first and runs the result through this step again.
        if (word.EndsWith("alli", StringComparison.Ordinal) && Measure(word.AsSpan(0, word.Length - 4)) > 0)
        {
            return Step2(word[..^2]);
        }

        foreach (var (suffix, replacement) in Step2Rules)
        {
            if (!word.EndsWith(suffix, StringComparison.Ordinal))
            {
                continue;
            }

            // The "l" of "logi" counts with the stem, so that short stems such as "geo" and "theo" are stemmed too.
            var measured = suffix == "logi" ? word.AsSpan(0, word.Length - 3) : word.AsSpan(0, word.Length - suffix.Length);
            return Measure(measured) > 0 ? word[..^suffix.Length] + replacement : word;
        }

        return word;
    }

    private static string Step3(string word)
    {
        foreach (var (suffix, replacement) in Step3Rules)
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return Measure(word.AsSpan(0, word.Length - suffix.Length)) > 0 ? word[..^suffix.Length] + replacement : word;
            }
        }

        return word;
    }

    private static string Step4(string word)
    {
        foreach (var suffix in Step4Suffixes)
        {
            if (!word.EndsWith(suffix, StringComparison.Ordinal))
            {
                continue;
            }

            var stem = word.AsSpan(0, word.Length - suffix.Length);
            var removable = Measure(stem) > 1 && (suffix != "ion" || stem[^1] is 's' or 't');
            return removable ? stem.ToString() : word;
        }

        return word;
    }

    private static string Step5A(string word)
    {
        if (!word.EndsWith('e'))
        {
            return word;
        }

        var stem = word[..^1];
        var measure = Measure(stem);
        return measure > 1 || (measure == 1 && !EndsCvc(stem)) ? stem : word;
    }

    private static string Step5B(string word) =>
        word.EndsWith("ll", StringComparison.Ordinal) && Measure(word.AsSpan(0, word.Length - 1)) > 1 ? word[..^1] : word;

    private static bool IsConsonant(ReadOnlySpan<char> word, int i) => word[i] switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' => false,
        'y' => i == 0 || !IsConsonant(word, i - 1),
        _ => true,
    };

    // The number of vowel-consonant sequences: m in [C](VC){m}[V].
    private static int Measure(ReadOnlySpan<char> stem)
    {
        var measure = 0;
        for (var i = 1; i < stem.Length; i++)
        {
            if (IsConsonant(stem, i) && !IsConsonant(stem, i - 1))
            {
                measure++;
            }
        }

        return measure;
    }

    private static bool ContainsVowel(ReadOnlySpan<char> stem)
    {
        for (var i = 0; i < stem.Length; i++)
        {
            if (!IsConsonant(stem, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsDoubleConsonant(string word) =>
        word.Length >= 2 && word[^1] == word[^2] && IsConsonant(word, word.Length - 1);

    // Consonant-vowel-consonant, the last not w, x or y ("hop", "wil", not "snow"); NLTK also counts a two-letter
    // vowel-consonant word.
    private static bool EndsCvc(string word)
    {
        var n = word.Length;
        if (n >= 3)
        {
            return IsConsonant(word, n - 3) && !IsConsonant(word, n - 2) && IsConsonant(word, n - 1) && word[^1] is not ('w' or 'x' or 'y');
        }

        return n == 2 && !IsConsonant(word, 0) && IsConsonant(word, 1);
    }
}
