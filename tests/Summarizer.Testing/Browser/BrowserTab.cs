using System.Collections.Concurrent;
using PuppeteerSharp;

namespace Summarizer.Testing.Browser;

/// <summary>One page in <see cref="HeadlessChromium"/>, with the script errors and dialogs it raised.</summary>
public sealed class BrowserTab(IPage page)
{
    private readonly ConcurrentQueue<string> _errors = Watch(page);

    public IPage Page => page;

    /// <summary>Uncaught script errors, Content-Security-Policy violations, and any alert, confirm or prompt opened.</summary>
    public IReadOnlyList<string> Errors => _errors.ToList();

    public async Task GoToAsync(Uri url) => await page.GoToAsync(url.ToString(), WaitUntilNavigation.Networkidle2);

    /// <summary>Waits until <paramref name="condition"/> (a JavaScript expression) is true in the page.</summary>
    public async Task WaitForAsync(string condition, TimeSpan? timeout = null) =>
        await page.WaitForExpressionAsync(condition, new WaitForFunctionOptions { Timeout = (int)(timeout ?? TimeSpan.FromSeconds(30)).TotalMilliseconds, PollingInterval = 100 });

    public Task<T> EvaluateAsync<T>(string expression) => page.EvaluateExpressionAsync<T>(expression);

    private static ConcurrentQueue<string> Watch(IPage page)
    {
        var errors = new ConcurrentQueue<string>();
        page.PageError += (_, e) => errors.Enqueue("page error: " + e.Message);
        page.Console += (_, e) =>
        {
            if (e.Message.Type == PuppeteerSharp.ConsoleType.Error && e.Message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                errors.Enqueue("console: " + e.Message.Text);
            }
        };
        page.Dialog += async (_, e) =>
        {
            errors.Enqueue("dialog: " + e.Dialog.Message);
            await e.Dialog.Dismiss();
        };
        return errors;
    }
}
