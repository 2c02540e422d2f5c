using System.ComponentModel.DataAnnotations;

namespace Summarizer.Cli.Relay;

/// <summary>
/// Where and how <c>summarizer relay</c> delivers blob events (section <c>Relay</c>). Without <see cref="Key"/> the
/// <c>blobs_extension</c> key is read from the host's secrets: <see cref="SecretsPath"/>, <c>FUNCTIONS_SECRETS_PATH</c>,
/// the <c>azure-webjobs-secrets</c> container of the storage account, then the admin API with <see cref="MasterKey"/>.
/// </summary>
public sealed class RelayOptions
{
    public const string SectionName = "Relay";

    /// <summary>The Functions host's base address, such as <c>http://localhost:7071</c>.</summary>
    [Required]
    public Uri? To { get; set; }

    /// <summary>The host's <c>blobs_extension</c> system key; found in the host's secrets when not given.</summary>
    public string? Key { get; set; }

    /// <summary>The host's master key, used to ask the admin API for the <c>blobs_extension</c> key.</summary>
    public string? MasterKey { get; set; }

    /// <summary>The host's secrets folder (or its <c>host.json</c>), when the host keeps its keys in files.</summary>
    public string? SecretsPath { get; set; }

    /// <summary>The blob-triggered function the events are for, as the webhook names it.</summary>
    [Required]
    public string FunctionName { get; set; } = "Host.Functions.CleanArticle";

    /// <summary>How often the <c>articles</c> container is listed for new or changed blobs.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Events posted at the same time.</summary>
    [Range(1, 64)]
    public int Concurrency { get; set; } = 4;

    /// <summary>Times an event the host refuses as malformed (400) is posted again before the blob is given up on.</summary>
    [Range(1, 100)]
    public int MaxRejections { get; set; } = 5;
}
