using System.Globalization;

namespace Summarizer.Core.Cleaning;

/// <summary>
/// Detects a text's language from its script and, for Latin-script text, from the frequency of each language's
/// commonest words. Covers the main European languages plus those identified by their script alone.
/// </summary>
internal static class LanguageDetector
{
    private const int SampleLength = 20000;
    private const int MinimumStopwordHits = 3;

    private static readonly Dictionary<string, HashSet<string>> Stopwords = new()
    {
        ["en"] = Words("the and of to in is that for it was on with as are be this by at from have not but they his her which an were has had been their said would will there what who"),
        ["fr"] = Words("le la les et des est une dans pour que qui pas sur au avec du ce il elle sont mais nous vous ont été cette aux par plus ses leur fait être"),
        ["de"] = Words("der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es an als wird sind wie bei oder aus nach hat werden einer"),
        ["es"] = Words("el la los las de que y en un una es por con para del al se no su lo como más pero sus le ya fue este ha son muy sobre también entre"),
        ["it"] = Words("il la di che e un una per non con del della sono le gli si da nel alla anche come più ma ha è dei delle questo lo essere stato"),
        ["pt"] = Words("o a os as de que e do da em um uma para com não por mais se dos das no na como mas ao foi ser são também já pelo pela está"),
        ["nl"] = Words("de het een en van is dat niet op te in voor met zijn er aan ook als maar bij om dan wordt nog door naar kan worden deze heeft"),
        ["sv"] = Words("och att det som en är av för på med den till har inte om ett var jag men de sig från så kan vi ska eller hade när"),
        ["da"] = Words("og at det som en er af for på med den til har ikke om et var jeg men de sig fra så kan vi skal eller havde når blev"),
        ["no"] = Words("og at det som en er av for på med den til har ikke om et var jeg men de seg fra så kan vi skal eller hadde når ble"),
        ["fi"] = Words("ja on ei se että oli hän kuin mutta myös tai ovat joka sen ole niin kun vain jo tämä mitä siitä sekä voi olla"),
        ["pl"] = Words("i w nie na się z do że to jest jak o co ale po tak za od przez jego był są dla tym jej już może oraz"),
        ["cs"] = Words("a je v se na že to s z do jako by o ale jsou pro po jeho byl také jak které který která nebo jen už při"),
        ["ro"] = Words("și în de la a cu nu pe că din este o un care mai pentru ca sau fost au se fi sunt dar lui prin acest"),
        ["tr"] = Words("ve bir bu da de için ile çok ne gibi daha olarak sonra kadar ama ya olan en her değil var mı diye ancak"),
        ["id"] = Words("yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke ada adalah oleh karena mereka atau bisa sudah saat"),
        ["hu"] = Words("a az és hogy nem is egy van meg de ez csak már mint el volt ki még sem azt ha vagy lesz mert"),
    };

    /// <summary>The ISO 639-1 code of the text's language, or null when the text is too short or unclear.</summary>
    public static string? Detect(string text)
    {
        var sample = text.Length > SampleLength ? text[..SampleLength] : text;
        return DetectByScript(sample, out var isLatin) ?? (isLatin ? DetectByStopwords(sample) : null);
    }

    private static string? DetectByScript(string sample, out bool isLatin)
    {
        int letters = 0, latin = 0, cyrillic = 0, arabic = 0, hebrew = 0, greek = 0, han = 0, kana = 0, hangul = 0, thai = 0, devanagari = 0;
        int persian = 0, ukrainian = 0, bulgarian = 0;
        foreach (var c in sample)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            letters++;
            switch (c)
            {
                case < '\u0250': latin++; break;
                case >= '\u0370' and < '\u0400': greek++; break;
                case >= '\u0400' and < '\u0530':
                    cyrillic++;
                    ukrainian += c is 'і' or 'ї' or 'є' or 'ґ' ? 1 : 0;
                    bulgarian += c is 'ъ' ? 1 : 0;
                    break;
                case >= '\u0590' and < '\u0600': hebrew++; break;
                case >= '\u0600' and < '\u0780':
                    arabic++;
                    persian += c is 'پ' or 'چ' or 'ژ' or 'گ' or 'ی' ? 1 : 0;
                    break;
                case >= '\u0900' and < '\u0980': devanagari++; break;
                case >= '\u0E00' and < '\u0E80': thai++; break;
                case >= '\u3040' and < '\u3100': kana++; break;
                case >= '\u4E00' and < '\uA000' or >= '\u3400' and < '\u4DC0': han++; break;
                case >= '\uAC00' and < '\uD7B0' or >= '\u1100' and < '\u1200': hangul++; break;
            }
        }

        isLatin = letters > 0 && latin * 2 > letters;
        if (letters < 10 || isLatin)
        {
            return null;
        }

        var scripts = new (int Count, string? Code)[]
        {
            (kana + han, kana * 10 > han ? "ja" : "zh"),
            (hangul, "ko"),
            (cyrillic, ukrainian * 50 > cyrillic ? "uk" : bulgarian * 40 > cyrillic ? "bg" : "ru"),
            (arabic, persian * 20 > arabic ? "fa" : "ar"),
            (hebrew, "he"),
            (greek, "el"),
            (thai, "th"),
            (devanagari, "hi"),
        };
        var best = scripts.MaxBy(s => s.Count);
        return best.Count * 2 > letters ? best.Code : null;
    }

    private static string? DetectByStopwords(string sample)
    {
        var counts = new Dictionary<string, int>();
        foreach (var word in sample.ToLower(CultureInfo.InvariantCulture).Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var (language, words) in Stopwords)
            {
                if (words.Contains(word))
                {
                    counts[language] = counts.GetValueOrDefault(language) + 1;
                }
            }
        }

        var ranked = counts.OrderByDescending(c => c.Value).ToList();
        if (ranked.Count == 0 || ranked[0].Value < MinimumStopwordHits)
        {
            return null;
        }

        return ranked.Count == 1 || ranked[0].Value > ranked[1].Value ? ranked[0].Key : null;
    }

    private static readonly char[] Separators = [' ', '\t', '\n', '\r', ',', '.', ';', ':', '!', '?', '"', '(', ')', '[', ']', '«', '»', '“', '”', '„', '‘', '’', '\u00A0', '-', '—', '–', '/'];

    private static HashSet<string> Words(string words) => new(words.Split(' '), StringComparer.Ordinal);
}
