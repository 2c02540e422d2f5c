using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Summarizer.Functions.Tests.Contract;

/// <summary>
/// The published app holds what an Azure host starts it from: worker.config.json, functions.metadata, and each
/// trigger's binding extension laid out as the Worker SDK does (a WebJobs extension registered in extensions.json with
/// its assemblies in .azurefunctions/, or none for the triggers the host has built in).
/// </summary>
public sealed class PublishOutputTests
{
    [Fact]
    public async Task PublishedApp_HasTheWorkerConfigAndTheFunctionsTheHostIndexes()
    {
        var folder = await PublishedApp.GetAsync();

        var config = Path.Combine(folder, "worker.config.json");
        Assert.True(File.Exists(config), $"The published app has no worker.config.json: the host cannot start its worker.");
        using var worker = JsonDocument.Parse(File.ReadAllText(config));
        var description = worker.RootElement.GetProperty("description");
        Assert.Equal("dotnet-isolated", description.GetProperty("language").GetString());
        var workerPath = description.GetProperty("defaultWorkerPath").GetString()!;
        Assert.True(File.Exists(Path.Combine(folder, workerPath)), $"worker.config.json starts {workerPath}, which was not published.");
        foreach (var function in FunctionsMetadata.Read(folder))
        {
            Assert.True(File.Exists(Path.Combine(folder, function.ScriptFile)), $"{function.Name}'s script file {function.ScriptFile} was not published.");
        }
    }

    [Fact]
    public async Task PublishedApp_RegistersTheBindingExtensionOfEveryTrigger()
    {
        var folder = await PublishedApp.GetAsync();
        var registered = RegisteredExtensions(folder);
        var triggerTypes = FunctionsMetadata.Read(folder).Select(f => f.TriggerType).Distinct().Order().ToList();

        using var context = LoadContext(folder);
        var workerExtensions = Directory.GetFiles(folder, "Microsoft.Azure.Functions.Worker.Extensions.*.dll")
            .Select(context.LoadFromAssemblyPath)
            .ToList();
        var hostExtensions = 0;
        foreach (var triggerType in triggerTypes)
        {
            var extension = workerExtensions.SingleOrDefault(a => DefinedTypes(a).Any(t => string.Equals(t.Name, triggerType + "Attribute", StringComparison.OrdinalIgnoreCase)));
            Assert.True(extension is not null, $"No published worker extension defines the {triggerType} attribute.");
            if (WebJobsExtension(extension) is not { } package)
            {
                continue; // A trigger the host has built in (http, timer): nothing to register.
            }

            hostExtensions++;
            var entry = registered.SingleOrDefault(e => e.Assembly == package);
            Assert.True(entry != default, $"extensions.json registers no startup from {package}, the WebJobs extension {triggerType} needs; it has: " +
                string.Join(", ", registered.Select(e => e.Assembly)));
            Assert.StartsWith("./.azurefunctions/", entry.HintPath, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(folder, entry.HintPath)), $"extensions.json points {package} at {entry.HintPath}, which was not published.");
        }

        Assert.True(hostExtensions > 0, $"None of the triggers ({string.Join(", ", triggerTypes)}) needs a WebJobs extension: the storage triggers are missing.");
    }

    private static List<(string Assembly, string HintPath)> RegisteredExtensions(string folder)
    {
        var path = Path.Combine(folder, "extensions.json");
        Assert.True(File.Exists(path), "The published app has no extensions.json: the host loads no binding extension.");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("extensions").EnumerateArray()
            .Select(e => (new AssemblyName(e.GetProperty("typeName").GetString()!.Split(',', 2)[1].Trim()).Name!, e.GetProperty("hintPath").GetString()!))
            .ToList();
    }

    /// <summary>The WebJobs package a worker extension asks the SDK to bring (its ExtensionInformation), or null.</summary>
    private static string? WebJobsExtension(Assembly workerExtension) =>
        workerExtension.GetCustomAttributesData()
            .Where(a => a.AttributeType.Name == "ExtensionInformationAttribute")
            .Select(a => (string?)a.ConstructorArguments[0].Value)
            .SingleOrDefault();

    private static IEnumerable<Type> DefinedTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.OfType<Type>();
        }
    }

    // Reads the published assemblies without loading them into the test, against this runtime's framework.
    private static MetadataLoadContext LoadContext(string folder)
    {
        var paths = Directory.GetFiles(folder, "*.dll").Concat(Directory.GetFiles(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll"));
        return new MetadataLoadContext(new PathAssemblyResolver(paths));
    }
}
