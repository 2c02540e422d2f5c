using PuppeteerSharp;

namespace Summarizer.Testing.Browser;

/// <summary>
/// Debian's Chromium (test.sh installs it), started headless and driven over the DevTools protocol: PuppeteerSharp is
/// only the client, given the installed browser, so nothing is downloaded.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    private static readonly string[] Candidates = ["/usr/lib/chromium/chromium", "/usr/bin/chromium"];

    private readonly IBrowser _browser;
    private readonly DirectoryInfo _profile;

    private HeadlessChromium(IBrowser browser, DirectoryInfo profile)
    {
        _browser = browser;
        _profile = profile;
    }

    /// <summary>Where screenshots taken by the tests are kept, beside the test binaries.</summary>
    public static string ArtifactsDirectory => Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;

    public static async Task<HeadlessChromium> StartAsync()
    {
        var executable = Candidates.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("Chromium is not installed; run ./test.sh or `apt-get install chromium`.");
        var profile = Directory.CreateTempSubdirectory("chromium-");
        var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            UserDataDir = profile.FullName,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            Timeout = 60_000,
        });
        return new HeadlessChromium(browser, profile);
    }

    /// <summary>A new tab of <paramref name="width"/> by <paramref name="height"/> CSS pixels, its page errors collected.</summary>
    public async Task<BrowserTab> OpenAsync(int width = 1280, int height = 900)
    {
        var page = await _browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = height });
        page.DefaultTimeout = 30_000;
        return new BrowserTab(page);
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        await _browser.DisposeAsync();
        try
        {
            _profile.Delete(recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be writing its profile as it exits; the temporary folder is left for the OS to clear.
        }
    }
}
