using System.Text.RegularExpressions;
using TelnetTui.EndToEnd.Tests.Demo;
using TelnetTui.EndToEnd.Tests.Telnet;
using TelnetTui.Testing;

namespace TelnetTui.EndToEnd.Tests.Scripting;

/// <summary>
/// Issue 7, "how it is checked": the real <c>telnettui run</c> logs into tinymux with an expect-style
/// script and prints <c>[width(me)]</c>; tours the demo BBS; prints a GMCP gauge from the demo MUD.
/// The scripts are the ones shipped in assets/scripts.
/// </summary>
public sealed class RunCommandEndToEndTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);
    private readonly string _folder = Directory.CreateTempSubdirectory("telnettui-run-e2e-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string Config => Path.Combine(_folder, "config.toml");

    private static string Asset(string name) => SharedData.InRepo(Path.Combine("assets", "scripts", name));

    [Fact]
    public async Task Run_logs_into_tinymux_and_prints_the_width_it_reported_by_naws()
    {
        using var mux = TinyMux.Start();
        var (code, output, error) = await RunProcess.RunAsync(Timeout, Ct,
            "run", Asset("tinymux-width.lua"), "127.0.0.1", mux.Port.ToString(), "--cols", "111", "--rows", "33", "--config", Config);
        Assert.True(code == 0, $"exit {code}; stderr: {error}; stdout: {output}");
        Assert.Equal("111\n", output);
    }

    [Fact]
    public async Task Run_tours_the_demo_bbs_and_reads_its_screen()
    {
        using var serve = ServeProcess.Start("serve --port 0");
        var port = await serve.WaitListeningAsync(Ct);
        var (code, output, error) = await RunProcess.RunAsync(Timeout, Ct,
            "run", Asset("demo-bbs-tour.lua"), "127.0.0.1", port.ToString(), "--cols", "100", "--rows", "30", "--config", Config);
        Assert.True(code == 0, $"exit {code}; stderr: {error}; stdout: {output}");
        Assert.Matches(new Regex(@"Window size \(NAWS\)\s+100 x 30"), output);
        Assert.Contains("answered ESC[6n", output);
    }

    [Fact]
    public async Task Run_prints_a_gmcp_gauge_from_the_demo_mud()
    {
        using var serve = ServeProcess.Start("serve --port 0");
        var port = await serve.WaitListeningAsync(Ct);
        var (code, output, error) = await RunProcess.RunAsync(Timeout, Ct,
            "run", Asset("demo-mud-gauge.lua"), "127.0.0.1", port.ToString(), "--config", Config);
        Assert.True(code == 0, $"exit {code}; stderr: {error}; stdout: {output}");
        Assert.Matches(new Regex(@"^HP \[[#-]{20}\] \d+/\d+\nMP \[[#-]{20}\] \d+/\d+\n$"), output);
    }

    [Fact]
    public async Task Run_exits_1_when_a_wait_times_out()
    {
        using var serve = ServeProcess.Start("serve --port 0");
        var port = await serve.WaitListeningAsync(Ct);
        var script = Path.Combine(_folder, "timeout.lua");
        File.WriteAllText(script, "wait_for('this never comes', 1)\n");
        var (code, _, error) = await RunProcess.RunAsync(Timeout, Ct, "run", script, "127.0.0.1", port.ToString(), "--config", Config);
        Assert.Equal(1, code);
        Assert.Contains("timeout.lua:1: wait_for: timed out after 1 s", error);
    }

    [Fact]
    public async Task Run_without_a_host_is_offline_and_bad_options_exit_2()
    {
        var script = Path.Combine(_folder, "offline.lua");
        File.WriteAllText(script, "print(('%d cells'):format(80 * 24))\n");
        var (code, output, _) = await RunProcess.RunAsync(Timeout, Ct, "run", script, "--config", Config);
        Assert.Equal((0, "1920 cells\n"), (code, output));
        var (bad, _, error) = await RunProcess.RunAsync(Timeout, Ct, "run", script, "--cols", "0");
        Assert.Equal(2, bad);
        Assert.Contains("--cols must be between 1 and", error);
    }
}
