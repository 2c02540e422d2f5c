using System.ComponentModel.DataAnnotations;

namespace Summarizer.Core.Storage;

/// <summary>
/// How to reach the storage account (section <c>Storage</c>): a connection string (Azurite, development), or the service
/// URIs with a managed identity (Azure, no secrets).
/// </summary>
public sealed class StorageOptions : IValidatableObject
{
    public const string SectionName = "Storage";

    /// <summary>A connection string such as <c>UseDevelopmentStorage=true</c>.</summary>
    public string? ConnectionString { get; set; }

    public Uri? BlobServiceUri { get; set; }

    public Uri? QueueServiceUri { get; set; }

    public Uri? TableServiceUri { get; set; }

    /// <summary>The client id of a user-assigned managed identity; empty to let <c>DefaultAzureCredential</c> choose.</summary>
    public string? ManagedIdentityClientId { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield break;
        }

        if (BlobServiceUri is null || QueueServiceUri is null || TableServiceUri is null)
        {
            yield return new ValidationResult(
                "Set Storage:ConnectionString, or all of Storage:BlobServiceUri, Storage:QueueServiceUri and Storage:TableServiceUri.",
                [nameof(ConnectionString), nameof(BlobServiceUri), nameof(QueueServiceUri), nameof(TableServiceUri)]);
        }
    }
}
