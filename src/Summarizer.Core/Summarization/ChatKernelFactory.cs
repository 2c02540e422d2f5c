using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Azure.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using OpenAI;

namespace Summarizer.Core.Summarization;

/// <summary>
/// Builds the kernel that holds the chat completion service: Semantic Kernel's Azure OpenAI or OpenAI connector over
/// a client whose pipeline retries with <see cref="ModelRetryPolicy"/>, times out calls, waits on the process-wide
/// <see cref="ModelRateLimiter"/> and counts attempts.
/// </summary>
internal static class ChatKernelFactory
{
    // Local OpenAI-compatible servers usually take no key, but the client needs a credential to send.
    private const string NoKey = "no-key";

    public static Kernel Create(SummarizationOptions options, ILoggerFactory? loggerFactory, ModelRateLimiter? limiter = null)
    {
        var builder = Kernel.CreateBuilder();
        if (loggerFactory is not null)
        {
            builder.Services.AddSingleton(loggerFactory);
        }

        switch (options.GetProvider())
        {
            case SummaryProvider.AzureOpenAI:
                builder.AddAzureOpenAIChatCompletion(options.Deployment!, CreateAzureClient(options, limiter), modelId: options.Model ?? options.Deployment);
                break;
            case SummaryProvider.OpenAI:
                builder.AddOpenAIChatCompletion(options.Model!, CreateOpenAIClient(options, limiter));
                break;
            default:
                throw new InvalidOperationException($"{options.GetProvider()} is not a chat provider.");
        }

        return builder.Build();
    }

    private static AzureOpenAIClient CreateAzureClient(SummarizationOptions options, ModelRateLimiter? limiter)
    {
        var clientOptions = Configure(new AzureOpenAIClientOptions(), options, limiter);
        if (!string.IsNullOrWhiteSpace(options.ApiKey))
        {
            return new AzureOpenAIClient(options.Endpoint!, new ApiKeyCredential(options.ApiKey), clientOptions);
        }

        var credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = options.ManagedIdentityClientId });
        return new AzureOpenAIClient(options.Endpoint!, credential, clientOptions);
    }

    private static OpenAIClient CreateOpenAIClient(SummarizationOptions options, ModelRateLimiter? limiter)
    {
        var clientOptions = Configure(new OpenAIClientOptions(), options, limiter);
        if (options.BaseUrl is not null)
        {
            clientOptions.Endpoint = options.BaseUrl;
        }

        var key = string.IsNullOrWhiteSpace(options.ApiKey) ? NoKey : options.ApiKey;
        return new OpenAIClient(new ApiKeyCredential(key), clientOptions);
    }

    private static T Configure<T>(T clientOptions, SummarizationOptions options, ModelRateLimiter? limiter)
        where T : ClientPipelineOptions
    {
        if (limiter is { IsEnabled: true })
        {
            // Per try, so that a retry also waits its turn: the deployment counts every request against its quota.
            clientOptions.AddPolicy(new ModelRateLimitPolicy(limiter, new TokenBudget(options.Model ?? options.Deployment), options.MaxOutputTokens), PipelinePosition.PerTry);
        }

        clientOptions.RetryPolicy = new ModelRetryPolicy(options.MaxRetries, options.RetryDelay, options.MaxRetryDelay);
        clientOptions.NetworkTimeout = options.RequestTimeout;
        clientOptions.AddPolicy(new ModelCallCounter(), PipelinePosition.PerTry);
        return clientOptions;
    }
}
