using System.Diagnostics;
using TelnetTui.EndToEnd.Tests.Infrastructure;
using TelnetTui.EndToEnd.Tests.Tui;
using TelnetTui.Testing;

namespace TelnetTui.EndToEnd.Tests.App;

/// <summary>
/// Issue 6, "Load": during the demo MUD's <c>flood N</c> the UI stays responsive (a key typed shows in the
/// input line within 100 ms) and memory stays bounded; and the flood drains in a 120x40 tmux pane at least
/// three times faster than inetutils telnet drains the same flood in the same tmux setup, measured in the
/// same run. Both clients and the server are the Release build; the times are printed.
/// </summary>
[Collection(TimingMeasurement.Name)]
public sealed class LoadTests : IDisposable
{
    /// <summary>The comparison's flood (the issue's 50 MB).</summary>
    public const long CompareBytes = 50_000_000;

    /// <summary>Longer than the test needs: it is interrupted (IAC IP) once measured.</summary>
    public const long EndlessBytes = 5_000_000_000;

    /// <summary>Most a key may take to show during a flood (the issue's figure).</summary>
    public static readonly TimeSpan KeyLatencyLimit = TimeSpan.FromMilliseconds(100);

    /// <summary>Resident memory the app may reach during a flood (scrollback 10,000 lines: a few MB of it).</summary>
    public const long MaxResidentBytes = 400L << 20;

    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);
    private const string Config = AppSandbox.PanesClosed + "[telnet]\nmccp = false\n";
    private readonly AppSandbox _sandbox = new(Config);

    public void Dispose() => _sandbox.Dispose();

    private static void Report(string text)
    {
        TestContext.Current.TestOutputHelper?.WriteLine(text);
        Console.Error.WriteLine(text);
    }

    private static void EnterMud(TmuxSession tmux)
    {
        tmux.WaitForText("Your choice", Wait);
        tmux.Type("m", enter: true);
        tmux.WaitFor(s => s.Contains("/100hp", StringComparison.Ordinal), Wait, "the MUD prompt");
        Thread.Sleep(300); // let the opening GMCP/MSDP settle before timing
    }

    /// <summary>Seconds from sending the flood command until its end marker is on screen.</summary>
    private static double Drain(TmuxSession tmux, long bytes)
    {
        tmux.Type($"flood {bytes}", enter: true);
        var sw = Stopwatch.StartNew();
        tmux.WaitFor(s => s.Contains("[flood done:", StringComparison.Ordinal), TimeSpan.FromMinutes(3), "the end of the flood");
        return sw.Elapsed.TotalSeconds;
    }

    [Fact]
    public void Keys_show_within_100_ms_during_a_flood_and_memory_stays_bounded()
    {
        using var server = ReleaseServer.Start();
        using var tmux = _sandbox.Start($"127.0.0.1 {server.Port}", 120, 40, ReleaseBuild.Dll);
        EnterMud(tmux);
        var pid = PaneProcess.AppPid(tmux, Wait);
        tmux.Type($"flood {EndlessBytes}", enter: true);
        // The "Flooding..." line scrolls away at once: the flood is on when the screen is full of it.
        tmux.WaitFor(s => s.Split('\n').Count(l => l.Length > 30) > 20, Wait, "the flood to fill the screen");
        var samples = new List<double>();
        var resident = new List<long> { ResidentBytes(pid) };
        foreach (var word in new[] { "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf" })
        {
            tmux.SendKeys("C-u"); // clear the input line
            var sw = Stopwatch.StartNew();
            tmux.Type(word);
            while (!InputLine(tmux).Contains(word, StringComparison.Ordinal))
            {
                if (sw.Elapsed > Wait)
                    Assert.Fail($"'{word}' never showed in the input line:\n{tmux.Capture()}");
            }
            samples.Add(sw.Elapsed.TotalMilliseconds);
            resident.Add(ResidentBytes(pid));
            Thread.Sleep(150);
        }
        Assert.DoesNotContain("[flood done:", tmux.Capture());
        // stop it: the command menu's "Send Interrupt Process" (IAC IP) ends the flood (RFC 854)
        tmux.SendKeys("C-]");
        tmux.WaitForText("Commands", Wait);
        tmux.Type("interrupt", enter: true);
        tmux.WaitForText("[flood aborted after", Wait);
        samples.Sort();
        var median = samples[samples.Count / 2];
        Report($"key latency during the flood (ms, tmux send-keys to capture-pane): {string.Join(", ", samples.Select(s => s.ToString("0")))}; median {median:0}");
        Report($"resident memory during the flood (MB): {string.Join(", ", resident.Select(r => (r >> 20).ToString()))}");
        Assert.True(median <= KeyLatencyLimit.TotalMilliseconds, $"median key latency {median:0} ms");
        Assert.True(resident.Max() < MaxResidentBytes, $"resident memory reached {resident.Max() >> 20} MB");
        Assert.True(resident[^1] - resident[1] < (64L << 20), $"memory grew from {resident[1] >> 20} to {resident[^1] >> 20} MB during the flood");
        tmux.SendKeys("M-x");
        Assert.Equal(0, tmux.WaitForExit(Wait));
    }

    [Fact]
    public void A_flood_drains_at_least_three_times_faster_than_with_inetutils_telnet()
    {
        var telnet = RequiredTool.Require("telnet", "inetutils-telnet");
        using var server = ReleaseServer.Start();
        var ours = new List<double>();
        var theirs = new List<double>();
        for (var round = 0; round < 2; round++)
        {
            using (var tmux = TmuxSession.Start($"{AppBinary.Quote(telnet)} 127.0.0.1 {server.Port}", 120, 40, _sandbox.Environment, _sandbox.Folder))
            {
                EnterMud(tmux);
                theirs.Add(Drain(tmux, CompareBytes));
            }
            using (var tmux = _sandbox.Start($"127.0.0.1 {server.Port}", 120, 40, ReleaseBuild.Dll))
            {
                EnterMud(tmux);
                ours.Add(Drain(tmux, CompareBytes));
                tmux.SendKeys("M-x");
                tmux.WaitForExit(Wait);
            }
        }
        Report($"flood {CompareBytes:N0} bytes in tmux 120x40: inetutils telnet {string.Join(" / ", theirs.Select(t => t.ToString("0.00")))} s; telnettui {string.Join(" / ", ours.Select(t => t.ToString("0.00")))} s; best {theirs.Min() / ours.Min():0.0}x faster");
        Assert.True(theirs.Min() >= 3 * ours.Min(), $"telnet {theirs.Min():0.00} s, ours {ours.Min():0.00} s: not 3x");
    }

    private static string InputLine(TmuxSession tmux)
    {
        var lines = tmux.Capture().TrimEnd('\n').Split('\n');
        return lines.Length >= 2 ? lines[^2] : "";
    }

    /// <summary>VmRSS of a process (/proc/PID/status), in bytes.</summary>
    private static long ResidentBytes(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                return long.Parse(line[6..].Trim().Split(' ')[0]) * 1024;
        }
        throw new InvalidOperationException("no VmRSS");
    }
}
