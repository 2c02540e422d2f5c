using System.Net;
using System.Text;
using Azure.Storage.Blobs;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Summarizer.Cli.Relay;
using Summarizer.Core.Articles;
using Summarizer.Core.Storage;
using Summarizer.Testing;

namespace Summarizer.Cli.Tests.Relay;

/// <summary><c>summarizer relay</c> against Azurite and a loopback host that records the events it gets.</summary>
[Collection(AzuriteTestGroup.Name)]
public sealed class BlobEventRelayTests(AzuriteFixture azurite)
{
    private const string Key = "test-blobs-extension-key";

    private BlobContainerClient Articles => new(azurite.ConnectionString, StorageNames.ArticlesContainer);

    [Fact]
    public async Task Relay_PostsEachNewBlobVersionOnceAsABlobCreatedEventWithTheKey()
    {
        await using var host = new LoopbackEventReceiver();
        await host.StartAsync();
        var prefix = Prefix();
        await Articles.CreateIfNotExistsAsync();
        await UploadAsync($"{prefix}/first.txt", "first version");
        await UploadAsync($"{prefix}/second article.html", "<p>second</p>");

        using var relay = await StartRelayAsync(host, new() { ["Relay:Key"] = Key });
        await host.WaitUntilAsync(events => Ours(events, prefix).Count() == 2);
        var changed = await UploadAsync($"{prefix}/first.txt", "second version");
        await host.WaitUntilAsync(events => Ours(events, prefix).Count() == 3);
        await Task.Delay(1000);
        await relay.StopAsync();

        var events = Ours(host.Events, prefix).ToList();
        Assert.Equal(3, events.Count);
        Assert.Equal([$"{prefix}/first.txt", $"{prefix}/first.txt", $"{prefix}/second article.html"], events.Select(e => e.BlobName).Order(StringComparer.Ordinal));
        Assert.All(events, e =>
        {
            Assert.Equal("Host.Functions.CleanArticle", e.FunctionName);
            Assert.Equal(Key, e.Code);
            Assert.Equal("Notification", e.EventGridHeader);
            Assert.Equal(1, e.Body.GetArrayLength());
            Assert.Equal("Microsoft.Storage.BlobCreated", e.Event.GetProperty("eventType").GetString());
            Assert.Equal($"/blobServices/default/containers/articles/blobs/{e.BlobName}", e.Event.GetProperty("subject").GetString());
            Assert.Equal(Articles.GetBlobClient(e.BlobName).Uri.AbsoluteUri, e.Event.GetProperty("data").GetProperty("url").GetString());
        });
        Assert.Contains(events, e => e.Event.GetProperty("data").GetProperty("eTag").GetString()!.Trim('"') == changed.ToString().Trim('"'));
    }

    [Fact]
    public async Task Relay_WhileTheHostIsDown_KeepsEveryBlobAndDeliversItOnceTheHostAccepts()
    {
        var prefix = Prefix();
        await using var host = new LoopbackEventReceiver();
        await Articles.CreateIfNotExistsAsync();
        using var relay = await StartRelayAsync(host, new() { ["Relay:Key"] = Key });
        var names = Enumerable.Range(0, 5).Select(i => $"{prefix}/down-{i}.txt").ToList();
        foreach (var name in names)
        {
            await UploadAsync(name, "uploaded while the host is down: " + name);
        }

        // Nothing listens at first; then the host answers 503 while it starts; then it accepts.
        await Task.Delay(1500);
        var starting = true;
        host.Answer = _ => starting ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.Accepted;
        await host.StartAsync();
        await host.WaitUntilAsync(events => Ours(events, prefix).Count(e => e.Status == HttpStatusCode.ServiceUnavailable) >= names.Count);
        starting = false;
        await host.WaitUntilAsync(events => Ours(events, prefix).Count(e => e.Status == HttpStatusCode.Accepted) == names.Count);
        await Task.Delay(1000);

        var accepted = Ours(host.Accepted, prefix).Select(e => e.BlobName).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), accepted.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Relay_DoesNotPostABlobVersionTheIndexHasAReceiptFor()
    {
        var prefix = Prefix();
        await using var host = new LoopbackEventReceiver();
        await host.StartAsync();
        await Articles.CreateIfNotExistsAsync();
        var cleanedName = $"{prefix}/cleaned-before.txt";
        var cleanedETag = await UploadAsync(cleanedName, "already cleaned by the host");
        var index = new ArticleIndex(StorageClientsFor(azurite.ConnectionString));
        var now = DateTimeOffset.UtcNow;
        Assert.True(await index.TryInsertAsync(
            new ArticleIndexEntry { Id = ArticleId.FromBlobName(cleanedName), Name = cleanedName, Status = ArticleStatus.Summarized, CreatedAt = now, UpdatedAt = now, SourceETag = cleanedETag.ToString() },
            CancellationToken.None));
        await UploadAsync($"{prefix}/new.txt", "not cleaned yet");

        using var relay = await StartRelayAsync(host, new() { ["Relay:Key"] = Key });
        await host.WaitUntilAsync(events => Ours(events, prefix).Any());
        await Task.Delay(1000);

        Assert.Equal([$"{prefix}/new.txt"], Ours(host.Events, prefix).Select(e => e.BlobName));
    }

    [Fact]
    public async Task Relay_WithoutAKey_ReadsTheBlobsExtensionKeyFromTheHostsSecretsFolder()
    {
        var prefix = Prefix();
        var secrets = Directory.CreateTempSubdirectory("host-secrets-");
        try
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, "TestData", "host-secrets.json"), Path.Combine(secrets.FullName, "host.json"));
            await using var host = new LoopbackEventReceiver();
            await host.StartAsync();
            await Articles.CreateIfNotExistsAsync();
            await UploadAsync($"{prefix}/a.txt", "keyed");

            using var relay = await StartRelayAsync(host, new() { ["Relay:SecretsPath"] = secrets.FullName });
            await host.WaitUntilAsync(events => Ours(events, prefix).Any());

            Assert.Equal("test-blobs-extension-key-from-file", Ours(host.Events, prefix).Single().Code);
        }
        finally
        {
            secrets.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Relay_ToALocalHostWithoutAKey_ReadsTheSecretsFolderTheHostProcessWasStartedWith()
    {
        var prefix = Prefix();
        var secrets = Directory.CreateTempSubdirectory("host-secrets-");
        await using var host = new LoopbackEventReceiver();
        // A stand-in for the host process: what the relay reads is its environment, as the README starts the host.
        var start = new System.Diagnostics.ProcessStartInfo("sleep", "120") { UseShellExecute = false };
        start.Environment["FUNCTIONS_SECRETS_PATH"] = secrets.FullName;
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{host.Port}";
        using var hostProcess = System.Diagnostics.Process.Start(start)!;
        try
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, "TestData", "host-secrets.json"), Path.Combine(secrets.FullName, "host.json"));
            await host.StartAsync();
            await Articles.CreateIfNotExistsAsync();
            await UploadAsync($"{prefix}/a.txt", "keyed by the local host's secrets");

            using var relay = await StartRelayAsync(host, []);
            await host.WaitUntilAsync(events => Ours(events, prefix).Any());

            Assert.Equal("test-blobs-extension-key-from-file", Ours(host.Events, prefix).First().Code);
        }
        finally
        {
            hostProcess.Kill();
            await hostProcess.WaitForExitAsync();
            secrets.Delete(recursive: true);
        }
    }

    [Fact]
    public void ReadHostSecrets_DecryptsAKeyTheHostEncryptedWithDataProtection()
    {
        // The host's data protection stand-in: the default key ring of this user, application "funchost-local".
        var protector = DataProtectionProvider.Create("funchost-local").CreateProtector("function-secrets");
        var encrypted = System.Buffers.Text.Base64Url.EncodeToString(protector.Protect(Encoding.UTF8.GetBytes("the-decrypted-key")));
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "host-secrets.json"))
            .Replace("\"test-blobs-extension-key-from-file\",\n      \"encrypted\": false", $"\"{encrypted}\",\n      \"encrypted\": true", StringComparison.Ordinal);
        Assert.Contains(encrypted, json, StringComparison.Ordinal);

        Assert.Equal("the-decrypted-key", HostKeySource.ReadHostSecrets(json));
    }

    [Fact]
    public async Task Relay_WithoutAKey_ReadsItFromTheSecretsContainerOrElseTheAdminApi()
    {
        var prefix = Prefix();
        await using var host = new LoopbackEventReceiver { AdminKeys = ("the-master-key", "key-from-admin-api") };
        await host.StartAsync();
        await Articles.CreateIfNotExistsAsync();
        await UploadAsync($"{prefix}/a.txt", "keyed by the admin API");
        var secrets = new BlobContainerClient(azurite.ConnectionString, "azure-webjobs-secrets");
        await secrets.DeleteIfExistsAsync();

        using (var relay = await StartRelayAsync(host, new() { ["Relay:MasterKey"] = "the-master-key" }))
        {
            await host.WaitUntilAsync(events => Ours(events, prefix).Any());
            await relay.StopAsync();
        }

        await secrets.CreateIfNotExistsAsync();
        await secrets.GetBlobClient("some-host-id/host.json").UploadAsync(
            new BinaryData(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "host-secrets.json"))));
        await UploadAsync($"{prefix}/b.txt", "keyed by the secrets container");
        try
        {
            using var relay = await StartRelayAsync(host, new() { ["Relay:MasterKey"] = "the-master-key" });
            await host.WaitUntilAsync(events => Ours(events, prefix).Any(e => e.BlobName.EndsWith("/b.txt", StringComparison.Ordinal)));
        }
        finally
        {
            await secrets.DeleteIfExistsAsync();
        }

        Assert.Equal("key-from-admin-api", Ours(host.Events, prefix).First(e => e.BlobName.EndsWith("/a.txt", StringComparison.Ordinal)).Code);
        Assert.Equal("test-blobs-extension-key-from-file", Ours(host.Events, prefix).First(e => e.BlobName.EndsWith("/b.txt", StringComparison.Ordinal)).Code);
    }

    [Fact]
    public async Task Relay_WhenTheHostRefusesTheKey_ReadsTheSecretsAgainAndDelivers()
    {
        var prefix = Prefix();
        var secrets = Directory.CreateTempSubdirectory("host-secrets-");
        try
        {
            var file = Path.Combine(secrets.FullName, "host.json");
            var template = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "host-secrets.json"));
            await File.WriteAllTextAsync(file, template.Replace("test-blobs-extension-key-from-file", "old-key", StringComparison.Ordinal));
            await using var host = new LoopbackEventReceiver { Answer = e => e.Code == "new-key" ? HttpStatusCode.Accepted : HttpStatusCode.Unauthorized };
            await host.StartAsync();
            await Articles.CreateIfNotExistsAsync();
            await UploadAsync($"{prefix}/a.txt", "keyed after a restart");

            using var relay = await StartRelayAsync(host, new() { ["Relay:SecretsPath"] = secrets.FullName });
            await host.WaitUntilAsync(events => Ours(events, prefix).Any(e => e.Status == HttpStatusCode.Unauthorized));
            await File.WriteAllTextAsync(file, template.Replace("test-blobs-extension-key-from-file", "new-key", StringComparison.Ordinal));
            await host.WaitUntilAsync(events => Ours(events, prefix).Any(e => e.Status == HttpStatusCode.Accepted));

            Assert.All(Ours(host.Events, prefix).Where(e => e.Status == HttpStatusCode.Unauthorized), e => Assert.Equal("old-key", e.Code));
        }
        finally
        {
            secrets.Delete(recursive: true);
        }
    }

    private static string Prefix() => "relay-" + Guid.NewGuid().ToString("N")[..8];

    private static IEnumerable<ReceivedEvent> Ours(IEnumerable<ReceivedEvent> events, string prefix) =>
        events.Where(e => e.BlobName.StartsWith(prefix + "/", StringComparison.Ordinal));

    private async Task<Azure.ETag> UploadAsync(string name, string text)
    {
        var info = await Articles.GetBlobClient(name).UploadAsync(new BinaryData(Encoding.UTF8.GetBytes(text)), overwrite: true);
        return info.Value.ETag;
    }

    private async Task<IHost> StartRelayAsync(LoopbackEventReceiver host, Dictionary<string, string?> settings)
    {
        settings["Storage:ConnectionString"] = azurite.ConnectionString;
        settings["Relay:To"] = host.BaseAddress.ToString();
        settings["Relay:PollInterval"] = "00:00:00.100";
        var relay = RelayHost.Build([], settings, b => b.Logging.ClearProviders());
        await relay.StartAsync();
        return relay;
    }

    private static StorageClients StorageClientsFor(string connectionString) =>
        new(Microsoft.Extensions.Options.Options.Create(new StorageOptions { ConnectionString = connectionString }));
}
