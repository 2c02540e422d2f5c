using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Summarizer.Cli.Hosting;
using Summarizer.Core.Api;

namespace Summarizer.Functions.Tests.Contract;

/// <summary>
/// One API on both hosts: the routes and methods of the Functions app's HTTP triggers (its functions.metadata) are the
/// ones <c>summarizer serve</c> maps (its endpoint data source), so a route changed on one host alone fails here.
/// </summary>
public sealed class ApiParityTests
{
    [Fact]
    public async Task FunctionsApp_AndServe_MapTheSameRoutesAndMethods()
    {
        var functions = BindingContractTests.HttpTriggers(await BindingContractTests.PublishedFunctionsAsync())
            .Select(t => Describe(t.Method, t.Route));

        RouteSets.AssertSame(await ServeRoutesAsync(), "summarizer serve", functions, "the Functions app");
    }

    /// <summary>The API routes serve's endpoints answer, without the prefix; serve's redirect from "/" to the page is its own.</summary>
    private static async Task<IReadOnlyList<string>> ServeRoutesAsync()
    {
        await using var app = ServeHost.Build([], ServeHost.DefaultUrl);
        var prefix = "/" + ApiRoutes.Prefix + "/";
        // The app's own data sources: the host's composite one takes them only once the app starts.
        return ((IEndpointRouteBuilder)app).DataSources.SelectMany(source => source.Endpoints)
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith(prefix, StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["(any method)"])
                .Select(m => Describe(m, e.RoutePattern.RawText![prefix.Length..])))
            .ToList();
    }

    private static string Describe(string method, string route) => $"{method.ToUpperInvariant()} {route}";
}
