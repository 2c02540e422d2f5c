using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Summarizer.Core.Fetching;

/// <summary>
/// Fetches one article by URL under the OWASP rules against server-side request forgery: http and https only; every
/// address DNS returns is checked, at every hop of at most <see cref="FetchOptions.MaxRedirects"/> redirects; the
/// connection is made to the address that was checked, so a second DNS answer cannot swap it; no proxy; and the size,
/// time and content type are limited.
/// </summary>
public sealed class UrlFetcher : IDisposable
{
    private readonly FetchOptions options;
    private readonly HttpClient client;

    public UrlFetcher(IOptions<FetchOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Value;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
            ConnectCallback = ConnectAsync,
            PooledConnectionLifetime = TimeSpan.FromMinutes(1),
        };
        client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("Summarizer", "1.0"));
    }

    /// <summary>Why <paramref name="url"/> cannot be fetched whatever it resolves to, or null when its form is fine.</summary>
    public static string? CheckForm(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return "The url must be an absolute http or https URL.";
        }

        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            return $"Only http and https URLs are fetched, not {uri.Scheme}.";
        }

        return uri.UserInfo.Length > 0 ? "URLs with a user name or password are not fetched." : null;
    }

    public async Task<UrlFetchResult> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.TimeoutSeconds));
        try
        {
            return await FetchCoreAsync(url, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return UrlFetchResult.Fail($"The page did not arrive within {options.TimeoutSeconds} s (Fetch:TimeoutSeconds).");
        }
        catch (HttpRequestException ex) when (Refusal(ex) is { } refused)
        {
            return UrlFetchResult.Refuse(refused.Message);
        }
        catch (HttpRequestException ex)
        {
            return UrlFetchResult.Fail($"The page could not be fetched: {ex.Message}");
        }
    }

    private async Task<UrlFetchResult> FetchCoreAsync(Uri url, CancellationToken cancellationToken)
    {
        var current = url;
        for (var hop = 0; ; hop++)
        {
            if (CheckForm(current.AbsoluteUri) is { } invalid)
            {
                return UrlFetchResult.Refuse(hop == 0 ? invalid : $"A redirect led to {current}: {invalid}");
            }

            using var request = new HttpRequestMessage(HttpMethod.Get, current);
            request.Headers.Accept.ParseAdd("text/html, application/xhtml+xml, text/plain, text/markdown, application/pdf, */*;q=0.1");
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
            {
                if (hop >= options.MaxRedirects)
                {
                    return UrlFetchResult.Fail($"The page redirected more than {options.MaxRedirects} times (Fetch:MaxRedirects).");
                }

                current = location.IsAbsoluteUri ? location : new Uri(current, location);
                continue;
            }

            return await ReadAsync(response, current, cancellationToken);
        }
    }

    private async Task<UrlFetchResult> ReadAsync(HttpResponseMessage response, Uri url, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            return UrlFetchResult.Fail($"The server answered {(int)response.StatusCode} {response.ReasonPhrase} for {url}.");
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (mediaType is null || !options.ContentTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
        {
            return UrlFetchResult.Fail($"The page's content type {mediaType ?? "(none)"} is not an article type (Fetch:ContentTypes).");
        }

        if (response.Content.Headers.ContentLength > options.MaxBytes)
        {
            return UrlFetchResult.Fail(TooLarge());
        }

        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        var content = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (content.Length + read > options.MaxBytes)
            {
                return UrlFetchResult.Fail(TooLarge());
            }

            content.Write(buffer, 0, read);
        }

        return UrlFetchResult.Fetched(content.ToArray(), response.Content.Headers.ContentType?.ToString(), url);
    }

    private string TooLarge() => $"The page is larger than {options.MaxBytes:N0} bytes (Fetch:MaxBytes).";

    /// <summary>Resolves the host, refuses it when any of its addresses is refused, and connects to those addresses.</summary>
    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken);
        if (addresses.Length == 0)
        {
            throw new UrlRefusedException($"The host {host} has no address.");
        }

        foreach (var address in addresses)
        {
            if (AddressPolicy.Check(address, options.AllowLoopback) is { } reason)
            {
                throw new UrlRefusedException($"The host {host} resolves to {address}, which is refused: {reason}");
            }
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static UrlRefusedException? Refusal(Exception exception)
    {
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is UrlRefusedException refused)
            {
                return refused;
            }
        }

        return null;
    }

    private static bool IsRedirect(HttpStatusCode status) => (int)status is 301 or 302 or 303 or 307 or 308;

    public void Dispose() => client.Dispose();
}
