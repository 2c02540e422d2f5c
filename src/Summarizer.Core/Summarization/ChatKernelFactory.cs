using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Azure.Identity;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using OpenAI;

namespace Summarizer.Core.Summarization;

/// <summary>
/// Builds the kernel that holds the chat completion service: a Microsoft.Extensions.AI <see cref="IChatClient"/>
/// over the OpenAI or Azure OpenAI chat client (whose pipeline retries with <see cref="ModelRetryPolicy"/>, times
/// out calls and counts attempts), with OpenTelemetry GenAI spans and metrics under <see cref="ChatTelemetry.SourceName"/>,
/// registered with Semantic Kernel as its chat completion service.
/// </summary>
internal static class ChatKernelFactory
{
    // Local OpenAI-compatible servers usually take no key, but the client needs a credential to send.
    private const string NoKey = "no-key";

    public static Kernel Create(SummarizationOptions options, ILoggerFactory? loggerFactory)
    {
        var builder = Kernel.CreateBuilder();
        if (loggerFactory is not null)
        {
            builder.Services.AddSingleton(loggerFactory);
        }

        var client = CreateChatClient(options, loggerFactory);
        builder.Services.AddSingleton(client);
        builder.Services.AddSingleton<IChatCompletionService>(services => client.AsChatCompletionService(services));
        return builder.Build();
    }

    /// <summary>The chat client the summarizer calls: request shaping, then telemetry, then the provider's client.</summary>
    public static IChatClient CreateChatClient(SummarizationOptions options, ILoggerFactory? loggerFactory)
    {
        var provider = options.GetProvider();
        var chat = provider switch
        {
            SummaryProvider.AzureOpenAI => CreateAzureClient(options).GetChatClient(options.Deployment!),
            SummaryProvider.OpenAI => CreateOpenAIClient(options).GetChatClient(options.Model!),
            _ => throw new InvalidOperationException($"{provider} is not a chat provider."),
        };
        return chat.AsIChatClient()
            .AsBuilder()
            .Use(inner => new ChatRequestShaping(inner))
            .UseOpenTelemetry(loggerFactory, ChatTelemetry.SourceName, telemetry => telemetry.EnableSensitiveData = false)
            .Build();
    }

    private static AzureOpenAIClient CreateAzureClient(SummarizationOptions options)
    {
        var clientOptions = Configure(new AzureOpenAIClientOptions(), options);
        if (!string.IsNullOrWhiteSpace(options.ApiKey))
        {
            return new AzureOpenAIClient(options.Endpoint!, new ApiKeyCredential(options.ApiKey), clientOptions);
        }

        var credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = options.ManagedIdentityClientId });
        return new AzureOpenAIClient(options.Endpoint!, credential, clientOptions);
    }

    private static OpenAIClient CreateOpenAIClient(SummarizationOptions options)
    {
        var clientOptions = Configure(new OpenAIClientOptions(), options);
        if (options.BaseUrl is not null)
        {
            clientOptions.Endpoint = options.BaseUrl;
        }

        var key = string.IsNullOrWhiteSpace(options.ApiKey) ? NoKey : options.ApiKey;
        return new OpenAIClient(new ApiKeyCredential(key), clientOptions);
    }

    private static T Configure<T>(T clientOptions, SummarizationOptions options)
        where T : ClientPipelineOptions
    {
        clientOptions.RetryPolicy = new ModelRetryPolicy(options.MaxRetries, options.RetryDelay, options.MaxRetryDelay);
        clientOptions.NetworkTimeout = options.RequestTimeout;
        clientOptions.AddPolicy(new ModelCallCounter(), PipelinePosition.PerTry);
        return clientOptions;
    }
}
