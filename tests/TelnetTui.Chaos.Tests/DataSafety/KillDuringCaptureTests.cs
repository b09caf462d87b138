using System.Diagnostics;
using System.Text;
using TelnetTui.Chaos.Tests.Infrastructure;
using TelnetTui.Core.Capture;
using TelnetTui.Core.Replay;

namespace TelnetTui.Chaos.Tests.DataSafety;

/// <summary>
/// Issue 8 §4: logs and captures are flushed regularly and survive a kill -9 of the client up to the
/// last second. A real process (the chaos driver: the session core with capture and log, as the app
/// runs it) receives numbered lines, is killed with SIGKILL, and the files are read back. The hardest
/// case is a line that arrives just after a flush and is followed by silence: it must still be on
/// disk a second later.
/// </summary>
public sealed class KillDuringCaptureTests : IDisposable
{
    /// <summary>What "up to the last second" allows: the flush interval plus the owner loop's scheduling.</summary>
    private static readonly TimeSpan Survives = CaptureWriter.FlushInterval + TimeSpan.FromMilliseconds(250);

    private const int Trials = 3;

    private readonly string _dir = Directory.CreateTempSubdirectory("telnettui-kill-").FullName;

    [Fact]
    public void Lines_received_a_second_before_a_kill_are_in_the_log_and_the_capture()
    {
        for (var trial = 1; trial <= Trials; trial++)
            RunTrial(trial);
    }

    private void RunTrial(int trial)
    {
        var capture = Path.Combine(_dir, $"session{trial}.ttcap");
        var log = Path.Combine(_dir, $"session{trial}.log");
        using var host = new LineHost();
        // Recording starts mid-session (as with Alt+C), at a different moment in each trial, so the
        // flushes do not fall in step with the session's once-a-second housekeeping by chance.
        using var driver = DriverProcess.Driver("session", "--host", "127.0.0.1", "--port", host.Port.ToString(), "--capture", capture, "--log", log,
            "--record-after", (150 + 300 * trial).ToString());
        host.Accept(TimeSpan.FromSeconds(20));
        host.Send($"trial {trial} hello");
        driver.WaitForLine(l => l == "recording", TimeSpan.FromSeconds(10), "the recording to start");

        // A steady stream first: the client flushes as it goes.
        var sent = new List<(string Line, long At)>();
        for (var n = 0; n < 50; n++)
        {
            var line = $"trial {trial} tick {n}";
            sent.Add((line, host.Send(line)));
            Thread.Sleep(40);
        }
        // Then catch a flush (the log grows on disk) and send the last line right after it, then nothing.
        var size = new FileInfo(log).Length;
        var limit = Stopwatch.StartNew();
        while (new FileInfo(log).Length == size && limit.Elapsed < TimeSpan.FromSeconds(3))
            Thread.Sleep(2);
        var final = $"trial {trial} final";
        sent.Add((final, host.Send(final)));
        Thread.Sleep(Survives);
        var killedAt = Stopwatch.GetTimestamp();
        driver.KillHard();

        var logText = File.ReadAllText(log);
        var captured = CapturedText(capture);
        foreach (var (line, at) in sent)
        {
            if (Stopwatch.GetElapsedTime(at, killedAt) < Survives)
                continue;
            Assert.True(logText.Contains(line, StringComparison.Ordinal), $"trial {trial}: '{line}' is not in the log after kill -9:\n{logText[^Math.Min(400, logText.Length)..]}");
            Assert.True(captured.Contains(line, StringComparison.Ordinal), $"trial {trial}: '{line}' is not in the capture after kill -9");
        }
    }

    /// <summary>The received data of a capture as text (a record cut off by the kill is allowed and ignored).</summary>
    private static string CapturedText(string path)
    {
        using var reader = CaptureReader.Open(path);
        var text = new StringBuilder();
        while (reader.TryRead(out var record))
        {
            if (record.Kind == CaptureRecordKind.DataReceived)
                text.Append(Encoding.UTF8.GetString(record.Payload.Span));
        }
        return text.ToString();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
