using Microsoft.ML.Tokenizers;

namespace Summarizer.Core.Summarization;

/// <summary>
/// Counts prompt tokens with the configured model's tokenizer (Microsoft.ML.Tokenizers); models it does not know,
/// such as those served by Ollama, are counted with o200k_base, close enough for budgeting.
/// </summary>
public sealed class TokenBudget
{
    private readonly Tokenizer _tokenizer;

    public TokenBudget(string? model)
    {
        _tokenizer = Create(model);
    }

    public int Count(string text) => _tokenizer.CountTokens(text);

    private static TiktokenTokenizer Create(string? model)
    {
        if (!string.IsNullOrWhiteSpace(model))
        {
            try
            {
                return TiktokenTokenizer.CreateForModel(model);
            }
            catch (NotSupportedException)
            {
                // An open-weights or unknown model: fall through to the default encoding.
            }
            catch (ArgumentException)
            {
                // Likewise for names the tokenizer library rejects outright.
            }
        }

        return TiktokenTokenizer.CreateForEncoding("o200k_base");
    }
}
