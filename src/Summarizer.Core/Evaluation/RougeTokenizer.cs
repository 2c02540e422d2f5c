using Summarizer.Core.Summarization;

namespace Summarizer.Core.Evaluation;

/// <summary>
/// ROUGE-1.5.5's tokenization with stemming (<c>-m</c>): lower-case, every run of characters other than a–z and
/// 0–9 is a separator, and words longer than three letters are Porter-stemmed.
/// </summary>
internal static class RougeTokenizer
{
    public static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? char.ToLowerInvariant(text[i]) : ' ';
            var isToken = c is (>= 'a' and <= 'z') or (>= '0' and <= '9');
            if (isToken && start < 0)
            {
                start = i;
            }
            else if (!isToken && start >= 0)
            {
                var token = text[start..i].ToLowerInvariant();
                tokens.Add(token.Length > 3 ? PorterStemmer.Stem(token) : token);
                start = -1;
            }
        }

        return tokens;
    }
}
