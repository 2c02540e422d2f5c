using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.Core.Access;
using Summarizer.Core.Api;
using Summarizer.Core.Articles;
using Summarizer.Core.Pipeline;
using Summarizer.Core.Storage;
using Summarizer.Core.Tests.TestInfrastructure;
using Summarizer.Testing;

namespace Summarizer.Core.Tests.Access;

/// <summary>Who sees what through the API with the platform's authentication on: owners, the admin role, the shared library.</summary>
[Collection(AzuriteTestGroup.Name)]
public sealed class OwnerAccessTests(AzuriteFixture azurite)
{
    private static readonly RequestCredentials Ada = PrincipalHeaders.Person("0a0a0a0a-0000-4000-8000-00000000000a", "Ada Lovelace");
    private static readonly RequestCredentials Bob = PrincipalHeaders.Person("0b0b0b0b-0000-4000-8000-00000000000b", "Bob Babbage");
    private static readonly RequestCredentials Admin = PrincipalHeaders.Person("0c0c0c0c-0000-4000-8000-00000000000c", "Cy Admin", Caller.AdminRole);

    [Fact]
    public async Task TwoPeople_UploadingTheSameName_GetTwoArticles_AndEachSeesOnlyTheirOwn()
    {
        await using var services = await SignInServicesAsync();
        var name = PipelineServices.UniqueName("report");

        var adaId = await UploadAsync(services, Ada, name, "Ada's report\n\nThe engine computes. It needs cards.");
        var bobId = await UploadAsync(services, Bob, name, "Bob's report\n\nThe engine differs. It needs gears.");

        Assert.NotEqual(adaId, bobId);
        var articles = services.GetRequiredService<StorageClients>().Container(StorageNames.ArticlesContainer);
        var ada = (await articles.GetBlobClient(BlobNames.ForOwner(new ArticleOwner("0a0a0a0a-0000-4000-8000-00000000000a", null), name)).DownloadContentAsync()).Value;
        var bob = (await articles.GetBlobClient(BlobNames.ForOwner(new ArticleOwner("0b0b0b0b-0000-4000-8000-00000000000b", null), name)).DownloadContentAsync()).Value;
        Assert.StartsWith("Ada's report", ada.Content.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("Bob's report", bob.Content.ToString(), StringComparison.Ordinal);
        Assert.Equal("Ada%20Lovelace", ada.Details.Metadata[BlobNames.UploadedByNameMetadata]);
        var index = services.GetRequiredService<ArticleIndex>();
        Assert.Equal("0a0a0a0a-0000-4000-8000-00000000000a", (await index.GetAsync(adaId, default))!.OwnerId);
        Assert.Equal("Bob Babbage", (await index.GetAsync(bobId, default))!.OwnerName);

        Assert.Equal([adaId], await ListedIdsAsync(services, Ada));
        Assert.Equal([bobId], await ListedIdsAsync(services, Bob));
        Assert.Equal(404, (await AnswerAsync(services, Ada, (api, c) => api.GetSummaryAsync(c, bobId, default))).StatusCode);
        Assert.Equal(404, (await AnswerAsync(services, Ada, (api, c) => api.GetCleanedAsync(c, bobId, default))).StatusCode);
        Assert.Equal(404, (await AnswerAsync(services, Ada, (api, c) => api.RetryAsync(c, bobId, default))).StatusCode);
        Assert.Equal(404, (await AnswerAsync(services, Ada, (api, c) => api.DeleteAsync(c, bobId, default))).StatusCode);
        Assert.NotNull(await index.GetAsync(bobId, default));
        Assert.Equal(200, (await AnswerAsync(services, Bob, (api, c) => api.GetSummaryAsync(c, bobId, default))).StatusCode);
    }

    [Fact]
    public async Task SamePerson_UploadingTheSameNameAgain_MakesVersionTwoOfTheirArticle()
    {
        await using var services = await SignInServicesAsync();
        var name = PipelineServices.UniqueName("again");
        var clean = services.GetRequiredService<CleanArticleHandler>();
        var blobName = BlobNames.ForOwner(new ArticleOwner("0a0a0a0a-0000-4000-8000-00000000000a", null), name);

        var first = await UploadAsync(services, Ada, name, "First draft\n\nThe engine computes. It needs cards.");
        await clean.HandleAsync(blobName, default);
        var second = await UploadAsync(services, Ada, name, "Second draft\n\nThe engine computes faster. It needs fewer cards.");
        await clean.HandleAsync(blobName, default);

        Assert.Equal(first, second);
        var entry = await services.GetRequiredService<ArticleIndex>().GetAsync(first, default);
        Assert.Equal(2, entry!.Version);
        Assert.Equal("Second draft", entry.Title);
        Assert.Equal("0a0a0a0a-0000-4000-8000-00000000000a", entry.OwnerId);
    }

    [Fact]
    public async Task Admin_SeesAndDeletesEveryonesArticles()
    {
        await using var services = await SignInServicesAsync();
        var adaId = await UploadAsync(services, Ada, PipelineServices.UniqueName("ada"), "Ada's note\n\nThe engine computes. It needs cards.");
        var bobId = await UploadAsync(services, Bob, PipelineServices.UniqueName("bob"), "Bob's note\n\nThe engine differs. It needs gears.");

        var listed = await ListedIdsAsync(services, Admin, top: 100);
        using var view = JsonDocument.Parse((await AnswerAsync(services, Admin, (api, c) => api.GetSummaryAsync(c, bobId, default))).Body);
        var deleted = await AnswerAsync(services, Admin, (api, c) => api.DeleteAsync(c, adaId, default));

        Assert.Contains(adaId, listed);
        Assert.Contains(bobId, listed);
        Assert.Equal("Bob Babbage", view.RootElement.GetProperty("uploadedBy").GetProperty("name").GetString());
        Assert.Equal(204, deleted.StatusCode);
        Assert.Null(await services.GetRequiredService<ArticleIndex>().GetAsync(adaId, default));
    }

    [Fact]
    public async Task SharedLibrary_LetsEveryoneRead_ButOnlyTheOwnerDelete()
    {
        await using var services = await SignInServicesAsync(sharedLibrary: true);
        var bobId = await UploadAsync(services, Bob, PipelineServices.UniqueName("shared"), "Bob's shared note\n\nThe engine differs. It needs gears.");

        Assert.Contains(bobId, await ListedIdsAsync(services, Ada, top: 100));
        Assert.Equal(200, (await AnswerAsync(services, Ada, (api, c) => api.GetSummaryAsync(c, bobId, default))).StatusCode);
        Assert.Equal(404, (await AnswerAsync(services, Ada, (api, c) => api.DeleteAsync(c, bobId, default))).StatusCode);
        Assert.Equal(204, (await AnswerAsync(services, Bob, (api, c) => api.DeleteAsync(c, bobId, default))).StatusCode);
    }

    [Fact]
    public async Task ForgedPrincipal_WithPlatformAuthenticationOff_IsIgnored_And401WithoutAKey()
    {
        await using var services = await PipelineServices.CreateAsync(azurite.ConnectionString, settings: new Dictionary<string, string?> { ["Access:FunctionKeys"] = "the-key" });
        var resolver = services.GetRequiredService<CallerResolver>();

        var forged = resolver.Resolve(Admin);
        var keyed = resolver.Resolve(PrincipalHeaders.Key("the-key"));
        var wrongKey = resolver.Resolve(PrincipalHeaders.Key("not-the-key"));

        Assert.Null(forged.Caller);
        Assert.Equal(401, forged.Refusal!.StatusCode);
        Assert.Equal(CallerKind.Key, keyed.Caller!.Kind);
        Assert.True(keyed.Caller.HasFullAccess);
        Assert.Equal(401, wrongKey.Refusal!.StatusCode);
    }

    [Fact]
    public async Task ForgedPrincipal_OnALocalHost_ActsAsLocal()
    {
        await using var services = await PipelineServices.CreateAsync(azurite.ConnectionString, settings: new Dictionary<string, string?> { ["Access:LocalIdentity"] = "true" });

        var id = await UploadAsync(services, Ada, PipelineServices.UniqueName("local"), "Local note\n\nThe engine computes. It needs cards.");

        Assert.Equal(ArticleOwner.LocalId, (await services.GetRequiredService<ArticleIndex>().GetAsync(id, default))!.OwnerId);
    }

    [Fact]
    public async Task AppOnlyToken_NeedsAnAppRole_AndWithTheServiceRoleOwnsItsUploads()
    {
        await using var services = await SignInServicesAsync();
        var resolver = services.GetRequiredService<CallerResolver>();
        var service = PrincipalHeaders.App("0d0d0d0d-0000-4000-8000-00000000000d", Caller.ServiceRole);

        var noRole = resolver.Resolve(PrincipalHeaders.App("0e0e0e0e-0000-4000-8000-00000000000e"));
        var id = await UploadAsync(services, service, PipelineServices.UniqueName("service"), "Service note\n\nThe engine computes. It needs cards.");

        Assert.Equal(403, noRole.Refusal!.StatusCode);
        Assert.Equal(CallerKind.Service, resolver.Resolve(service).Caller!.Kind);
        Assert.Equal([id], await ListedIdsAsync(services, service));
        Assert.Equal(404, (await AnswerAsync(services, Ada, (api, c) => api.GetSummaryAsync(c, id, default))).StatusCode);
    }

    [Fact]
    public async Task WithPlatformAuthenticationOn_LocalIdentityFailsAtStart()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var services = await PipelineServices.CreateAsync(
                azurite.ConnectionString,
                settings: new Dictionary<string, string?> { [AccessOptions.PlatformAuthenticationSetting] = "True", ["Access:LocalIdentity"] = "true" });
            _ = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AccessOptions>>().Value;
        });

        Assert.Contains("LocalIdentity", error.Message, StringComparison.Ordinal);
    }

    private Task<ServiceProvider> SignInServicesAsync(bool sharedLibrary = false) =>
        PipelineServices.CreateAsync(azurite.ConnectionString, settings: new Dictionary<string, string?>
        {
            [AccessOptions.PlatformAuthenticationSetting] = "True",
            ["Access:SharedLibrary"] = sharedLibrary ? "true" : "false",
        });

    private static Task<ApiResponse> AnswerAsync(ServiceProvider services, RequestCredentials credentials, Func<ArticleApi, Caller, Task<ApiResponse>> action)
    {
        var api = services.GetRequiredService<ArticleApi>();
        return services.GetRequiredService<CallerResolver>().AnswerAsync(credentials, c => action(api, c));
    }

    private static async Task<string> UploadAsync(ServiceProvider services, RequestCredentials credentials, string name, string text)
    {
        var response = await AnswerAsync(services, credentials, (api, c) => api.UploadAsync(c, name, "text/plain", new MemoryStream(Encoding.UTF8.GetBytes(text)), default));
        Assert.Equal(202, response.StatusCode);
        using var json = JsonDocument.Parse(response.Body);
        return json.RootElement.GetProperty("id").GetString()!;
    }

    private static async Task<List<string>> ListedIdsAsync(ServiceProvider services, RequestCredentials credentials, int top = 20)
    {
        var response = await AnswerAsync(services, credentials, (api, c) => api.ListSummariesAsync(c, top.ToString(System.Globalization.CultureInfo.InvariantCulture), null, null, default));
        Assert.Equal(200, response.StatusCode);
        using var json = JsonDocument.Parse(response.Body);
        return json.RootElement.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToList();
    }
}
