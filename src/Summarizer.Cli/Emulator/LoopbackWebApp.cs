using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Summarizer.Cli.Emulator;

/// <summary>Starts the minimal web app behind an emulator or a test's stand-in server, on 127.0.0.1 and a free port.</summary>
public static class LoopbackWebApp
{
    /// <summary>Builds the app, lets <paramref name="map"/> add its endpoints, starts it and returns it with its root address.</summary>
    public static async Task<(WebApplication App, Uri BaseUri)> StartAsync(Action<WebApplication> map, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        map(app);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>
    /// Starts an app that serves chat completions in the OpenAI shape (<c>POST /v1/chat/completions</c>, deployment
    /// null) and the Azure OpenAI shape (<c>POST /openai/deployments/{deployment}/chat/completions</c>) with <paramref name="answer"/>.
    /// </summary>
    public static Task<(WebApplication App, Uri BaseUri)> StartChatCompletionsAsync(Func<HttpContext, string?, Task> answer, CancellationToken cancellationToken = default) =>
        StartAsync(
            app =>
            {
                app.MapPost("/v1/chat/completions", (HttpContext context) => answer(context, null));
                app.MapPost("/openai/deployments/{deployment}/chat/completions", (HttpContext context, string deployment) => answer(context, deployment));
            },
            cancellationToken);
}
