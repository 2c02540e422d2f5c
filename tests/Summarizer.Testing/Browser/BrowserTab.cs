using System.Collections.Concurrent;
using PuppeteerSharp;

namespace Summarizer.Testing.Browser;

/// <summary>One page in <see cref="HeadlessChromium"/>, with the script errors and dialogs it raised.</summary>
public sealed class BrowserTab
{
    private readonly IPage _page;
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly ConcurrentQueue<string> _confirms = new();

    public BrowserTab(IPage page)
    {
        _page = page;
        Watch();
    }

    public IPage Page => _page;

    /// <summary>
    /// Uncaught script errors, Content-Security-Policy violations, and any alert, confirm or prompt opened that the
    /// test did not answer with <see cref="ConfirmAnswer"/>.
    /// </summary>
    public IReadOnlyList<string> Errors => _errors.ToList();

    /// <summary>When set, a confirm dialog is answered with this value (OK or Cancel) and recorded in <see cref="Confirms"/>.</summary>
    public bool? ConfirmAnswer { get; set; }

    /// <summary>The messages of the confirm dialogs answered with <see cref="ConfirmAnswer"/>.</summary>
    public IReadOnlyList<string> Confirms => _confirms.ToList();

    public async Task GoToAsync(Uri url) => await _page.GoToAsync(url.ToString(), WaitUntilNavigation.Networkidle2);

    /// <summary>Waits until <paramref name="condition"/> (a JavaScript expression) is true in the page.</summary>
    public async Task WaitForAsync(string condition, TimeSpan? timeout = null) =>
        await _page.WaitForExpressionAsync(condition, new WaitForFunctionOptions { Timeout = (int)(timeout ?? TimeSpan.FromSeconds(30)).TotalMilliseconds, PollingInterval = 100 });

    public Task<T> EvaluateAsync<T>(string expression) => _page.EvaluateExpressionAsync<T>(expression);

    private void Watch()
    {
        _page.PageError += (_, e) => _errors.Enqueue("page error: " + e.Message);
        _page.Console += (_, e) =>
        {
            if (e.Message.Type == PuppeteerSharp.ConsoleType.Error && e.Message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                _errors.Enqueue("console: " + e.Message.Text);
            }
        };
        _page.Dialog += async (_, e) =>
        {
            if (e.Dialog.DialogType == DialogType.Confirm && ConfirmAnswer is { } answer)
            {
                _confirms.Enqueue(e.Dialog.Message);
                await (answer ? e.Dialog.Accept() : e.Dialog.Dismiss());
                return;
            }

            _errors.Enqueue("dialog: " + e.Dialog.Message);
            await e.Dialog.Dismiss();
        };
    }
}
