using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Summarizer.Core;

namespace Summarizer.Functions.Tests.Contract;

/// <summary>
/// The settings the Functions app binds at start-up, found by registering what its Program registers from Core
/// (<see cref="SummarizerServiceCollectionExtensions.AddSummarizer"/>) on a recording configuration and creating every
/// options class bound there: each property of each bound section is a key (<c>Pipeline:MaxArticleBytes</c>).
/// A property added to an options class is on the list without any change here.
/// </summary>
internal static class SettingsReadAtStartUp
{
    public static IReadOnlyList<string> Keys { get; } = Find();

    /// <summary>The sections those keys are in (<c>Storage</c>, <c>Pipeline</c>, ...).</summary>
    public static IReadOnlySet<string> Sections { get; } =
        Keys.Select(k => k.Split(ConfigurationPath.KeyDelimiter)[0]).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static List<string> Find()
    {
        var asked = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var configuration = new RecordingConfiguration(new ConfigurationBuilder().Build(), string.Empty, asked);
        var services = new ServiceCollection();
        services.AddSummarizer(configuration);
        using var provider = services.BuildServiceProvider();

        var optionsTypes = services
            .Where(d => d.ServiceType.IsGenericType && d.ServiceType.GetGenericTypeDefinition() == typeof(IConfigureOptions<>))
            .Select(d => d.ServiceType.GetGenericArguments()[0])
            .Distinct();
        foreach (var type in optionsTypes)
        {
            var factory = provider.GetRequiredService(typeof(IOptionsFactory<>).MakeGenericType(type));
            try
            {
                factory.GetType().GetMethod(nameof(IOptionsFactory<object>.Create))!.Invoke(factory, [Options.DefaultName]);
            }
            catch (TargetInvocationException e) when (e.InnerException is OptionsValidationException)
            {
                // An empty configuration fails validation after binding, and binding is what is recorded.
            }
        }

        // A section is asked for before its keys; only the keys, the paths with nothing asked under them, are settings.
        return asked.Where(path => !asked.Any(other => other.StartsWith(path + ConfigurationPath.KeyDelimiter, StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
