using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Summarizer.Testing.Hosts;

/// <summary>Polls <c>GET /api/summaries/{id}</c> until an article reaches the state a test waits for.</summary>
public static class SummaryPolling
{
    public static async Task<JsonElement> WaitForAsync(this HttpClient http, string id, Func<JsonElement, bool> done, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        JsonElement last = default;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var response = await http.GetAsync($"api/summaries/{id}");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    last = await response.Content.ReadFromJsonAsync<JsonElement>();
                    if (done(last))
                    {
                        return last;
                    }
                }
            }
            catch (HttpRequestException)
            {
                // A host that is restarting; ask again.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Article {id} did not reach the expected state; last seen: {last}");
    }

    public static Task<JsonElement> WaitForStatusAsync(this HttpClient http, string id, string status, TimeSpan? timeout = null) =>
        http.WaitForAsync(id, e => e.GetProperty("status").GetString() == status, timeout);
}
