using System.Globalization;
using System.Text.RegularExpressions;
using Summarizer.Cli.Emulator;

namespace Summarizer.Cli.Benchmarks;

/// <summary>A deployment quota as <c>bench pipeline --model-quota</c> takes it: <c>10/10s</c>, <c>60/1m</c> (requests per window).</summary>
internal static partial class ModelQuotaSetting
{
    /// <summary>The quota in <paramref name="text"/>, or null with <paramref name="error"/> saying what is wrong.</summary>
    public static ModelEmulatorQuota? TryParse(string text, out string? error)
    {
        var match = QuotaPattern().Match(text);
        error = null;
        if (!match.Success || !int.TryParse(match.Groups["count"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1
            || !int.TryParse(match.Groups["length"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var length) || length < 1)
        {
            error = $"--model-quota '{text}' is not of the form <requests>/<window>, such as 10/10s or 600/1m.";
            return null;
        }

        var window = match.Groups["unit"].Value == "m" ? TimeSpan.FromMinutes(length) : TimeSpan.FromSeconds(length);
        return new ModelEmulatorQuota { Requests = count, Window = window };
    }

    /// <summary>The quota as the limiter's <c>Summarization:RequestsPerMinute</c> takes it: its rate per minute.</summary>
    public static int RequestsPerMinute(ModelEmulatorQuota quota) =>
        Math.Max(1, (int)Math.Floor(quota.Requests!.Value * (TimeSpan.FromMinutes(1) / quota.Window)));

    [GeneratedRegex(@"^(?<count>\d+)/(?<length>\d+)(?<unit>[sm])$")]
    private static partial Regex QuotaPattern();
}
