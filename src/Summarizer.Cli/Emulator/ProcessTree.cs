using System.Diagnostics;

namespace Summarizer.Cli.Emulator;

/// <summary>A process and its descendants as Linux's <c>/proc</c> shows them: for ending and measuring a host with its workers.</summary>
internal static class ProcessTree
{
    /// <summary>The process and every descendant it has now, parents first.</summary>
    public static IReadOnlyList<int> Descendants(int root)
    {
        var all = new List<int> { root };
        for (var i = 0; i < all.Count; i++)
        {
            all.AddRange(Children(all[i]));
        }

        return all;
    }

    /// <summary>Kills whichever of <paramref name="ids"/> still run.</summary>
    public static void KillAll(IEnumerable<int> ids)
    {
        foreach (var id in ids)
        {
            try
            {
                using var process = Process.GetProcessById(id);
                process.Kill();
                process.WaitForExit(5000);
            }
            catch (ArgumentException)
            {
                // Already gone.
            }
            catch (InvalidOperationException)
            {
                // Exited between the look-up and the kill.
            }
        }
    }

    /// <summary>The resident set size of the process and its descendants, in bytes (0 where <c>/proc</c> is absent).</summary>
    public static long ResidentBytes(int root) => Descendants(root).Sum(ResidentBytesOf);

    private static List<int> Children(int id)
    {
        var path = $"/proc/{id}/task/{id}/children";
        try
        {
            return File.Exists(path)
                ? File.ReadAllText(path).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList()
                : [];
        }
        catch (IOException)
        {
            return [];
        }
    }

    private static long ResidentBytesOf(int id)
    {
        try
        {
            var line = File.ReadLines($"/proc/{id}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            var kib = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
            return kib is null ? 0 : long.Parse(kib) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
