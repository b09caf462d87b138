using TelnetTui.Telnet.Connection;
using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Tests.Infrastructure;
using static TelnetTui.Telnet.Tests.Infrastructure.Bytes;

namespace TelnetTui.Telnet.Tests.Connection;

/// <summary>Hostile input costs at most a disconnect or an error, never unbounded memory.</summary>
public class HostilePeerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_peer_that_floods_requests_and_never_reads_cannot_grow_our_pending_replies()
    {
        await using var peer = new RawPeer();
        await using var channel = await TelnetClient.ConnectAsync("127.0.0.1", peer.Port, cancellationToken: Ct);
        var socket = await peer.SocketAsync();
        var chunk = Enumerable.Repeat(B("IAC DO TIMING-MARK"), 20_000).SelectMany(b => b).ToArray();
        using var stop = new CancellationTokenSource();
        var flood = Task.Run(async () =>
        {
            try
            {
                for (var i = 0; i < 200 && !stop.IsCancellationRequested; i++)
                    await socket.SendAsync(chunk, stop.Token);
            }
            catch (OperationCanceledException)
            {
            }
        }, Ct);
        long most = 0;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(3) && !flood.IsCompleted)
        {
            most = Math.Max(most, channel.Connection.PendingWriteBytes);
            await Task.Delay(10, Ct);
        }
        Assert.False(flood.IsCompleted, "the flood should stall once we stop reading");
        Assert.InRange(most, 0, TelnetConnection.MaxPendingWriteBytes + TelnetConnection.ReadBufferSize);
        await stop.CancelAsync();
        socket.Dispose();
        await flood.WaitAsync(TimeSpan.FromSeconds(10), Ct);
    }

    [Fact]
    public void Unasked_terminal_types_and_environment_variables_are_capped()
    {
        var server = new EngineHarness(new TelnetSettings { Role = TelnetRole.Server, Policy = NegotiationPolicy.ForServer() });
        var env = new Dictionary<string, string>();
        server.Engine.EnvironmentReceived += e => env = new Dictionary<string, string>(e);
        server.Receive(B("IAC WILL TTYPE IAC WILL NEW-ENVIRON"));
        for (var i = 0; i < 1000; i++)
        {
            server.Receive(B($"IAC SB TTYPE 00 \"T{i}\" IAC SE"));
            server.Receive(B($"IAC SB NEW-ENVIRON 02 03 \"V{i}\" 01 \"x\" IAC SE"));
        }
        Assert.Equal(server.Engine.Settings.MaxTerminalTypeRequests, server.Engine.ReceivedTerminalTypes.Count);
        Assert.Equal(256, env.Count);
    }
}
