namespace Summarizer.Core.Tests.TestInfrastructure;

/// <summary>Reads files from this project's TestData folder.</summary>
internal static class TestFiles
{
    public static string PathOf(string relative) => Path.Combine(AppContext.BaseDirectory, "TestData", relative);

    public static byte[] Bytes(string relative) => File.ReadAllBytes(PathOf(relative));
}
