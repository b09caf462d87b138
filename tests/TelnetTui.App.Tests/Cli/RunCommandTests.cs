using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using TelnetTui.App.Tests.Demo.Support;
using TelnetTui.Cli;
using TelnetTui.Headless;
using TelnetTui.Testing;

namespace TelnetTui.App.Tests.Cli;

/// <summary>
/// <c>telnettui run SCRIPT [HOST [PORT]]</c> in process: script output on stdout, errors on stderr,
/// exit 0 when the script returns and 1 when it fails, against the demo server on loopback.
/// </summary>
public sealed class RunCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("telnettui-run-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string Script(string name, string code)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, code);
        return path;
    }

    private async Task<(int Code, string Out, string Err)> Run(string script, string? host = null, int? port = null, int? cols = null, int? rows = null)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = await ScriptRunner.RunAsync(new ScriptRunOptions
        {
            Script = script,
            Host = host,
            Port = port,
            Columns = cols,
            Rows = rows,
            ConfigFile = Path.Combine(_folder, "config.toml"),
        }, output, error, Ct).WaitAsync(TimeSpan.FromSeconds(90), Ct);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task An_offline_script_prints_and_exits_0()
    {
        var (code, output, error) = await Run(Script("hello.lua", "print(1 + 1)\nlog('done', session.connected)\nsleep(0.05)\necho('bye')"));
        Assert.Equal("", error);
        Assert.Equal("2\ndone\tfalse\nbye\n", output);
        Assert.Equal(ExitCodes.Success, code);
    }

    [Fact]
    public async Task A_script_error_exits_1_naming_the_file_and_line()
    {
        var (code, _, error) = await Run(Script("broken.lua", "local x = nil\nx.y = 1"));
        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains("broken.lua:2: attempt to index a nil value (local 'x')", error);
    }

    [Fact]
    public async Task A_syntax_error_exits_1()
    {
        var (code, _, error) = await Run(Script("syntax.lua", "print(("));
        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains("syntax.lua:1:", error);
    }

    [Fact]
    public async Task A_wait_that_times_out_exits_1()
    {
        var (code, _, error) = await Run(Script("slow.lua", "wait_for('never', 0.2)"));
        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains("slow.lua:1: wait_for: timed out after 0.2 s waiting for 'never'", error);
    }

    [Fact]
    public async Task Waiting_for_text_without_a_host_is_an_error_not_a_hang()
    {
        var (code, _, error) = await Run(Script("lonely.lua", "wait_for('login:')"));
        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains("none was given", error);
    }

    [Fact]
    public async Task A_missing_script_exits_1_and_a_bad_encoding_2()
    {
        var (code, _, error) = await Run(Path.Combine(_folder, "nope.lua"));
        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains("no such script", error);
        var output = new StringWriter();
        var bad = new StringWriter();
        Assert.Equal(ExitCodes.Usage, await ScriptRunner.RunAsync(new ScriptRunOptions { Script = Script("x.lua", ""), Encoding = "klingon" }, output, bad, Ct));
        Assert.Contains("unknown encoding", bad.ToString());
    }

    [Fact]
    public async Task A_refused_connection_exits_1()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var (code, _, error) = await Run(Script("login.lua", "wait_for('login:', 20)\nsend('x')"), "127.0.0.1", port);
        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains("cannot connect to 127.0.0.1", error);
        Assert.Contains("login.lua:1: wait_for: the connection closed", error);
    }

    [Fact]
    public async Task The_demo_bbs_tour_reads_the_screen_with_our_naws_size()
    {
        await using var demo = DemoHarness.Start();
        var (code, output, error) = await Run(SharedData.InRepo("assets/scripts/demo-bbs-tour.lua"), "127.0.0.1", demo.Port, cols: 100, rows: 30);
        Assert.True(code == ExitCodes.Success, $"exit {code}; stderr: {error}; stdout: {output}");
        Assert.Matches(new Regex(@"Window size \(NAWS\)\s+100 x 30"), output);
        Assert.Contains("answered ESC[6n", output);
        Assert.Contains("character mode", output);
    }

    [Fact]
    public async Task The_demo_mud_gauge_prints_gmcp_vitals()
    {
        await using var demo = DemoHarness.Start();
        var (code, output, error) = await Run(SharedData.InRepo("assets/scripts/demo-mud-gauge.lua"), "127.0.0.1", demo.Port);
        Assert.True(code == ExitCodes.Success, $"exit {code}; stderr: {error}; stdout: {output}");
        Assert.Matches(new Regex(@"^HP \[[#-]{20}\] \d+/\d+\nMP \[[#-]{20}\] \d+/\d+\n$"), output);
    }

    [Fact]
    public async Task An_expect_login_to_the_demo_mud_works_and_the_password_stays_out_of_the_screen()
    {
        await using var demo = DemoHarness.Start();
        var script = Script("login.lua", """
            wait_for("Your choice", 30)
            send("mud")
            wait_for(">", 30)
            send("login")
            expect({"[Nn]ame"}, 30)
            send("Ada")
            expect({"[Pp]assword"}, 30)
            send("secret42")
            local i = expect({"Again", "[Ww]elcome"}, 30)
            if i == 1 then send("secret42") wait_for("[Ww]elcome", 30) end
            log("logged in")
            log(screen.text():find("secret42", 1, true) == nil)
            send("quit")
            """);
        var (code, output, error) = await Run(script, "127.0.0.1", demo.Port);
        Assert.True(code == ExitCodes.Success, $"exit {code}; stderr: {error}; stdout: {output}");
        Assert.Equal("logged in\ntrue\n", output);
    }
}
