using System.Diagnostics;
using System.Text;

namespace Summarizer.Cli.Hosting;

/// <summary><c>summarizer serve</c> as a child process: the pipeline benchmark measures it, and tests kill it as a crash would.</summary>
internal sealed class ServeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServeProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; }

    public int ProcessId => _process.Id;

    /// <summary>The most memory the process has held (VmHWM, Linux), or null where that is not known.</summary>
    public long? PeakWorkingSetBytes => ReadStatusKilobytes("VmHWM:") * 1024;

    /// <summary>The memory the process holds now (VmRSS, Linux), or null where that is not known.</summary>
    public long? WorkingSetBytes => ReadStatusKilobytes("VmRSS:") * 1024;

    /// <summary>What the process printed so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<ServeProcess> StartAsync(string connectionString, int port, params string[] settings)
    {
        var url = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { typeof(ServeProcess).Assembly.Location, "serve", "--urls", url, $"--Storage:ConnectionString={connectionString}" }.Concat(settings))
        {
            start.ArgumentList.Add(arg);
        }

        var serve = new ServeProcess(Process.Start(start)!, new Uri(url + "/"));
        await serve.WaitUntilListeningAsync();
        return serve;
    }


    /// <summary>Ends the process at once with SIGKILL: no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private async Task WaitUntilListeningAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException("summarizer serve exited:\n" + Output);
            }

            try
            {
                using var response = await http.GetAsync("api/health");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("summarizer serve did not answer on /api/health:\n" + Output);
    }

    private long? ReadStatusKilobytes(string field)
    {
        var status = $"/proc/{_process.Id}/status";
        if (!File.Exists(status))
        {
            return null;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
