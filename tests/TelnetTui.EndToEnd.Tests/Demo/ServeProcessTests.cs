using System.Net;
using System.Net.Sockets;
using TelnetTui.EndToEnd.Tests.Infrastructure;
using TelnetTui.Telnet.Connection;

namespace TelnetTui.EndToEnd.Tests.Demo;

/// <summary>
/// <c>telnettui serve</c> as users run it: the real program prints where it listens, serves telnet
/// clients (ours, and inetutils telnet in a real terminal), and stops cleanly on SIGTERM.
/// </summary>
public class ServeProcessTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Serve_prints_its_address_serves_a_client_and_exits_zero_on_SIGTERM()
    {
        using var serve = ServeProcess.Start("serve --port 0");
        var port = await serve.WaitListeningAsync(Ct);
        Assert.InRange(port, 1, 65535);

        await using (var client = await TelnetClient.ConnectAsync("127.0.0.1", port, new TelnetChannelOptions { DefaultTimeout = Wait }, Ct))
        {
            Assert.EndsWith("Your choice: ", await client.ReadUntilPromptAsync(Wait, Ct));
            await client.WriteLineAsync("mud");
            Assert.Contains("Lantern Square", await client.ReadUntilAsync("mv", Wait, Ct));
            await client.ReadUntilPromptAsync(Wait, Ct);
            await client.WriteLineAsync("quit");
            await client.ReadUntilAsync("Your choice: ", Wait, Ct);
            await client.WriteLineAsync("q");
            Assert.Contains("Goodbye!", await client.ReadUntilAsync("Goodbye!", Wait, Ct));
        }

        Assert.Equal(0, serve.Terminate(Wait));
        Assert.Contains("session 1: connected from 127.0.0.1", serve.Stderr);
        Assert.Contains("stopping the demo server", serve.Stderr);
        // Nothing listens any more.
        await Assert.ThrowsAnyAsync<SocketException>(() => new TcpClient().ConnectAsync(IPAddress.Loopback, port, Ct).AsTask());
    }

    [Fact]
    public async Task A_port_in_use_is_a_runtime_failure_and_a_bad_port_is_bad_usage()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        using (var serve = ServeProcess.Start($"serve --port {port}"))
        {
            Assert.Equal(1, serve.WaitForExit(Wait));
            Assert.Contains($"cannot listen on 127.0.0.1:{port}", serve.Stderr);
        }
        using (var serve = ServeProcess.Start("serve --port 70000"))
        {
            Assert.Equal(2, serve.WaitForExit(Wait));
            Assert.Contains("a port is 0 to 65535", serve.Stderr);
        }
        using (var serve = ServeProcess.Start("serve --bind not-an-address"))
        {
            Assert.Equal(2, serve.WaitForExit(Wait));
            Assert.Contains("not an IP address", serve.Stderr);
        }
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Inetutils_telnet_in_a_real_terminal_plays_the_MUD_and_passes_the_BBS_ANSI_check()
    {
        var telnet = TelnetTui.Testing.RequiredTool.Require("telnet", "inetutils-telnet");
        using var serve = ServeProcess.Start("serve --port 0");
        var port = await serve.WaitListeningAsync(Ct);
        using var tmux = TmuxSession.Start($"{AppBinary.Quote(telnet)} 127.0.0.1 {port}", 100, 30);
        tmux.WaitFor(s => s.Contains("Your choice:"), Wait, "the main menu");
        tmux.Type("mud", enter: true);
        tmux.WaitFor(s => s.Contains("Lantern Square") && s.Contains("120/120mv"), Wait, "the MUD's first room and prompt");
        tmux.Type("north", enter: true);
        tmux.WaitFor(s => s.Contains("The Quiet Library") && s.Contains("119/120mv"), Wait, "the library");
        tmux.Type("quit", enter: true);
        tmux.WaitFor(s => s.Contains("out of Lanternfall"), Wait, "leaving the MUD");

        // The BBS puts telnet in character mode, and tmux, a real terminal, answers ESC[6n.
        tmux.Type("bbs", enter: true);
        var screen = tmux.WaitFor(s => s.Contains("ANSI detected"), Wait, "the ANSI check");
        Assert.Contains("the terminal answered ESC[6n", screen);
        tmux.Type(" ");
        tmux.WaitFor(s => s.Contains("Your key:"), Wait, "the BBS menu");
        tmux.Type("g");
        tmux.WaitFor(s => s.Contains("NO CARRIER"), Wait, "the goodbye screen");
        Assert.Equal(0, serve.Terminate(Wait));
    }
}
