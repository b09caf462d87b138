using System.Diagnostics;
using TelnetTui.EndToEnd.Tests.Infrastructure;
using TelnetTui.EndToEnd.Tests.Tui;
using TelnetTui.Testing;

namespace TelnetTui.EndToEnd.Tests.App;

/// <summary>
/// Issue 8 §2 with the real program in tmux (Release build) connected to <c>telnettui serve --chaos KIND</c>:
/// during a negotiation storm, escape-sequence bombs, a zlib bomb, a slowloris host and a silent one, the UI
/// keeps answering keys (the command menu opens within 100 ms, median, and never stalls), resident memory stays under 300 MB,
/// and after Alt+X the user's terminal is as it was: same stty settings, main screen, cursor shown, mouse
/// reporting and keypad modes off, exit status 0.
/// </summary>
[Collection(TimingMeasurement.Name)]
public sealed class ChaosAppTests : IDisposable
{
    /// <summary>The issue's bounds.</summary>
    public static readonly TimeSpan KeyLatencyLimit = TimeSpan.FromMilliseconds(100);
    public const long MaxResidentBytes = 300L << 20;

    /// <summary>
    /// The slowest single key allowed: the median must meet the issue's 100 ms, but one tmux round trip on a
    /// shared, loaded machine can take a few hundred; a stall of the UI thread (a storm of mode flips once
    /// cost 1-3 s here) cannot hide under it.
    /// </summary>
    public static readonly TimeSpan StallLimit = TimeSpan.FromMilliseconds(750);

    /// <summary>How long each attack runs before the keys are tried (its worst part is under way by then).</summary>
    private static readonly TimeSpan Onslaught = TimeSpan.FromMilliseconds(500);
    private const int Probes = 7;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    private readonly AppSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    private string File(string name) => Path.Combine(_sandbox.Folder, name);

    public static TheoryData<string> Kinds() => ["storm-flip", "storm-all", "csi-params", "rep-bomb", "osc-unterminated", "zlib-bomb", "slowloris", "silent", "flood", "storm-deaf", "sb-endless", "sb-huge", "iac-every-byte", "mccp-garbage", "mccp-end", "gmcp-invalid", "gmcp-huge", "msdp-deep", "dcs-unterminated", "alt-screen", "resize", "queries", "cp437-garbage", "utf8-garbage", "close-mid", "reset-mid"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_app_keeps_answering_keys_in_bounded_memory_and_leaves_the_terminal_as_it_was(string kind)
    {
        using var server = ReleaseServer.Start("--chaos", kind);
        var command = $"stty -a > {AppBinary.Quote(File("before"))}; echo MARKER-BEFORE-APP; " +
            $"{AppSandbox.Command($"127.0.0.1 {server.Port}", ReleaseBuild.Dll)}; echo $? > {AppBinary.Quote(File("status"))}; " +
            $"stty -a > {AppBinary.Quote(File("after"))}; echo MARKER-AFTER-APP; sleep 60"; // alive, so tmux still reports the pane's modes
        using var tmux = TmuxSession.Start(command, 120, 40, _sandbox.Environment, _sandbox.Folder);
        tmux.WaitFor(s => s.Contains("127.0.0.1", StringComparison.Ordinal), Wait, "the status line");
        // Only now: before, a child the shell forked for stty still has the shell's command line (with telnettui.dll in it).
        var pid = PaneProcess.AppPid(tmux, Wait);
        using var memory = new ResidentSampler(pid);
        Thread.Sleep(Onslaught);

        var latencies = new List<double>();
        for (var i = 0; i < Probes; i++)
        {
            latencies.Add(Probe(tmux));
            Thread.Sleep(100);
        }
        var screen = tmux.Capture();
        var peak = memory.Stop();
        var inOrder = string.Join(", ", latencies.Select(l => l.ToString("0")));
        latencies.Sort();
        var median = latencies[latencies.Count / 2];
        var report = $"chaos {kind} in tmux: command menu shown after {inOrder} ms (median {median:0}); " +
            $"resident memory peak {peak >> 20} MB over {memory.Samples} samples";
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        Console.Error.WriteLine(report);
        Assert.True(median <= KeyLatencyLimit.TotalMilliseconds, report + "\n" + screen);
        Assert.True(latencies[^1] <= StallLimit.TotalMilliseconds, report + "\n" + screen);
        Assert.True(memory.Samples >= 10, report); // the sampler saw the app
        Assert.True(peak < MaxResidentBytes, report);
        Assert.DoesNotContain("internal error", screen, StringComparison.Ordinal);

        tmux.SendKeys("M-x");
        tmux.WaitForText("MARKER-AFTER-APP", Wait);
        Assert.Equal("0", System.IO.File.ReadAllText(File("status")).Trim());
        Assert.Equal(System.IO.File.ReadAllText(File("before")), System.IO.File.ReadAllText(File("after")));
        // tmux's own record of the pane's modes: what a hostile host could have switched on through us.
        Assert.Equal("0 1 0 0 0 0 0 0 1 0 0", PaneModes(tmux));
        var after = tmux.Capture();
        Assert.Contains("MARKER-BEFORE-APP", after);
    }

    /// <summary>Milliseconds from the client's menu key (Ctrl+]) to the command menu on screen; then closes it.</summary>
    private static double Probe(TmuxSession tmux)
    {
        var sw = Stopwatch.StartNew();
        tmux.SendKeys("C-]");
        while (!tmux.Capture().Contains("Commands", StringComparison.Ordinal))
        {
            if (sw.Elapsed > Wait)
                Assert.Fail($"the command menu never opened:\n{tmux.Capture()}");
        }
        var took = sw.Elapsed.TotalMilliseconds;
        tmux.SendKeys("Escape");
        tmux.WaitFor(s => !s.Contains("Commands", StringComparison.Ordinal), Wait, "the command menu to close");
        return took;
    }

    /// <summary>alternate screen, cursor shown, mouse (any, SGR, button, standard), keypad cursor, keypad, wrap, origin, insert.</summary>
    private static string PaneModes(TmuxSession tmux)
    {
        var program = RequiredTool.Require("tmux", "tmux");
        var (code, stdout, stderr) = RequiredTool.Run(program, ["-L", tmux.Socket, "display-message", "-p", "-t", "main",
            "#{alternate_on} #{cursor_flag} #{mouse_any_flag} #{mouse_sgr_flag} #{mouse_button_flag} #{mouse_standard_flag} #{keypad_cursor_flag} #{keypad_flag} #{wrap_flag} #{origin_flag} #{insert_flag}"],
            TimeSpan.FromSeconds(10));
        Assert.True(code == 0, stderr);
        return stdout.Trim();
    }
}
