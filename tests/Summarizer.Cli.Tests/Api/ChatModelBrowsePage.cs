using Summarizer.Cli.Tests.Hosting;
using Summarizer.Testing;
using Summarizer.Testing.Browser;

namespace Summarizer.Cli.Tests.Api;

/// <summary>
/// A <c>serve</c> whose chat model is a loopback server, and a headless Chromium to read its browse page, for the
/// browse page tests of model outcomes; the council article and the model's grounded answer to it come with it.
/// </summary>
internal sealed class ChatModelBrowsePage : IAsyncDisposable
{
    public const string CouncilArticle =
        "Council agrees budget\n\nThe council met on Monday to discuss the new budget. Members agreed to spend more on roads and schools next year. " +
        "The mayor said the plan would be final by March. Residents can comment until the end of the month.";

    private ChatModelBrowsePage(LoopbackModelServer model, LocalPipeline pipeline, HeadlessChromium chromium)
    {
        Model = model;
        Pipeline = pipeline;
        Chromium = chromium;
    }

    public LoopbackModelServer Model { get; }

    public LocalPipeline Pipeline { get; }

    public HeadlessChromium Chromium { get; }

    /// <summary>The model's answer to <see cref="CouncilArticle"/>: three key points, each citing its sentence.</summary>
    public static LoopbackModelServerResponse CouncilAnswer => LoopbackModelServerResponse.Answer(
        "{\"tldr\": \"The council agreed a budget.\", \"summary\": \"The council agreed a budget with more for roads and schools.\", \"keyPoints\": [" +
        "{\"text\": \"The council met on Monday.\", \"sentences\": [1]}, {\"text\": \"More money goes to roads and schools.\", \"sentences\": [2]}, " +
        "{\"text\": \"The plan is final by March.\", \"sentences\": [3]}]}");

    /// <summary>Starts the model, a <c>serve</c> pointed at it with no client retries and <paramref name="settings"/>, and Chromium.</summary>
    public static async Task<ChatModelBrowsePage> StartAsync(Dictionary<string, string?> settings)
    {
        var model = await LoopbackModelServer.StartAsync();
        settings["Summarization:Provider"] = "OpenAI";
        settings["Summarization:BaseUrl"] = model.OpenAIBaseUrl.ToString();
        settings["Summarization:ApiKey"] = "test-key";
        settings["Summarization:Model"] = "gpt-4o-mini";
        settings["Summarization:MaxRetries"] = "0";
        return new ChatModelBrowsePage(model, await LocalPipeline.StartAsync(settings), await HeadlessChromium.StartAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await Chromium.DisposeAsync();
        await Pipeline.DisposeAsync();
        await Model.DisposeAsync();
    }
}
