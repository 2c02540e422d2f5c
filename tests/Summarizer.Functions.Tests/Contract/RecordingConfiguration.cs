using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Primitives;

namespace Summarizer.Functions.Tests.Contract;

/// <summary>
/// A configuration (or one of its sections) that notes the path of every key and section asked of it, so that binding
/// the app's options through it lists the settings the app reads.
/// </summary>
internal sealed class RecordingConfiguration(IConfiguration inner, string path, ISet<string> asked) : IConfigurationSection
{
    private const string Placeholder = "*";

    public string? this[string key]
    {
        get
        {
            Note(key);
            return inner[key];
        }

        set => inner[key] = value;
    }

    public string Key => path.Split(ConfigurationPath.KeyDelimiter)[^1];

    public string Path => path;

    public string? Value
    {
        get => inner is IConfigurationSection section ? section.Value : null;
        set => throw new NotSupportedException();
    }

    public IConfigurationSection GetSection(string key) => new RecordingConfiguration(inner.GetSection(key), Note(key), asked);

    // The binder binds an options section's properties only when the section has children, so an empty section of
    // the root shows one placeholder child (its keys stay values); what is asked of the placeholder is not recorded.
    public IEnumerable<IConfigurationSection> GetChildren()
    {
        var children = inner.GetChildren().Select(child => (IConfigurationSection)new RecordingConfiguration(child, Note(child.Key), asked)).ToList();
        return children.Count > 0 || path.Length == 0 || path.Contains(ConfigurationPath.KeyDelimiter, StringComparison.Ordinal)
            ? children
            : [new RecordingConfiguration(inner.GetSection(Placeholder), ConfigurationPath.Combine(path, Placeholder), new HashSet<string>())];
    }

    public IChangeToken GetReloadToken() => inner.GetReloadToken();

    private string Note(string key)
    {
        var full = path.Length == 0 ? key : ConfigurationPath.Combine(path, key);
        lock (asked)
        {
            asked.Add(full);
        }

        return full;
    }
}
