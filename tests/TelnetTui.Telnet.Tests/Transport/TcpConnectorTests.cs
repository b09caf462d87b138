using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using TelnetTui.Telnet.Transport;

namespace TelnetTui.Telnet.Tests.Transport;

/// <summary>
/// TCP over IPv4 and IPv6, both tried, first to connect wins (RFC 8305), with clear errors. Every
/// listener is on loopback (127.0.0.1 or ::1) with an ephemeral port.
/// </summary>
public class TcpConnectorTests
{
    [Fact]
    public async Task Connects_over_IPv4_and_over_IPv6()
    {
        using var v4 = Listen(IPAddress.Loopback, 0);
        using var v6 = Listen(IPAddress.IPv6Loopback, 0);
        using var a = await TcpConnector.ConnectAsync("127.0.0.1", Port(v4), new TransportOptions(), TestContext.Current.CancellationToken);
        using var b = await TcpConnector.ConnectAsync("::1", Port(v6), new TransportOptions(), TestContext.Current.CancellationToken);
        Assert.Equal(AddressFamily.InterNetwork, a.RemoteEndPoint!.AddressFamily);
        Assert.Equal(AddressFamily.InterNetworkV6, b.RemoteEndPoint!.AddressFamily);
    }

    [Fact]
    public async Task A_refused_IPv6_address_falls_through_to_IPv4_at_once()
    {
        using var v4 = Listen(IPAddress.Loopback, 0);
        var options = Resolving([IPAddress.IPv6Loopback, IPAddress.Loopback]);
        options.AttemptDelay = TimeSpan.FromSeconds(10);
        var watch = Stopwatch.StartNew();
        using var socket = await TcpConnector.ConnectAsync("dual.test", Port(v4), options, TestContext.Current.CancellationToken);
        Assert.Equal(IPAddress.Loopback, ((IPEndPoint)socket.RemoteEndPoint!).Address);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), "a refusal starts the next attempt without waiting for the delay");
    }

    [Fact]
    public async Task A_silent_address_does_not_hold_up_the_next_one_beyond_the_attempt_delay()
    {
        using var silent = BlackHole(IPAddress.IPv6Loopback, out var port, out var filler);
        using var v4 = Listen(IPAddress.Loopback, port);
        var options = Resolving([IPAddress.IPv6Loopback, IPAddress.Loopback]);
        options.AttemptDelay = TimeSpan.FromMilliseconds(150);
        var watch = Stopwatch.StartNew();
        using var socket = await TcpConnector.ConnectAsync("dual.test", port, options, TestContext.Current.CancellationToken);
        Assert.Equal(IPAddress.Loopback, ((IPEndPoint)socket.RemoteEndPoint!).Address);
        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(140), TimeSpan.FromSeconds(5));
        foreach (var f in filler)
            f.Dispose();
    }

    [Fact]
    public async Task When_both_answer_the_first_address_wins()
    {
        using var v6 = Listen(IPAddress.IPv6Loopback, 0);
        using var v4 = Listen(IPAddress.Loopback, Port(v6));
        using var socket = await TcpConnector.ConnectAsync("dual.test", Port(v6), Resolving([IPAddress.IPv6Loopback, IPAddress.Loopback]), TestContext.Current.CancellationToken);
        Assert.Equal(IPAddress.IPv6Loopback, ((IPEndPoint)socket.RemoteEndPoint!).Address);
    }

    [Fact]
    public async Task Refused_everywhere_is_a_clear_error()
    {
        var port = FreePort();
        var e = await Assert.ThrowsAsync<TelnetConnectException>(() => TcpConnector.ConnectAsync("127.0.0.1", port, new TransportOptions(), TestContext.Current.CancellationToken));
        Assert.Equal($"cannot connect to 127.0.0.1:{port}: connection refused", e.Message);
    }

    [Fact]
    public async Task An_unknown_name_is_a_clear_error()
    {
        var options = new TransportOptions { Resolver = (_, _) => throw new SocketException((int)SocketError.HostNotFound) };
        var e = await Assert.ThrowsAsync<TelnetConnectException>(() => TcpConnector.ConnectAsync("no.such.host", 23, options, TestContext.Current.CancellationToken));
        Assert.Equal("cannot connect to no.such.host: the name could not be resolved (HostNotFound)", e.Message);
    }

    [Fact]
    public async Task A_connect_timeout_is_a_clear_error_and_cancellation_cancels()
    {
        using var silent = BlackHole(IPAddress.Loopback, out var port, out var filler);
        var options = new TransportOptions { ConnectTimeout = TimeSpan.FromMilliseconds(300) };
        var e = await Assert.ThrowsAsync<TelnetConnectException>(() => TcpConnector.ConnectAsync("127.0.0.1", port, options, TestContext.Current.CancellationToken));
        Assert.Equal($"cannot connect to 127.0.0.1:{port}: timed out after 0.3 s", e.Message);

        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => TcpConnector.ConnectAsync("127.0.0.1", port, new TransportOptions(), cts.Token));
        foreach (var f in filler)
            f.Dispose();
    }

    [Fact]
    public void Families_are_interleaved_starting_with_the_first()
    {
        IPAddress[] input = [IPAddress.Parse("::1"), IPAddress.Parse("::2"), IPAddress.Parse("127.0.0.1"), IPAddress.Parse("127.0.0.2")];
        Assert.Equal(["::1", "127.0.0.1", "::2", "127.0.0.2"], TcpConnector.Interleave(input).Select(a => a.ToString()));
    }

    internal static TransportOptions Resolving(IPAddress[] addresses) => new() { Resolver = (_, _) => Task.FromResult(addresses) };

    internal static Socket Listen(IPAddress address, int port)
    {
        var s = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
            s.DualMode = false;
        s.Bind(new IPEndPoint(address, port));
        s.Listen(16);
        return s;
    }

    internal static int Port(Socket listener) => ((IPEndPoint)listener.LocalEndPoint!).Port;

    private static int FreePort()
    {
        using var s = Listen(IPAddress.Loopback, 0);
        return Port(s);
    }

    /// <summary>
    /// A loopback listener that never accepts, with its backlog filled, so further SYNs are dropped and
    /// a connect to it neither succeeds nor fails for a while.
    /// </summary>
    private static Socket BlackHole(IPAddress address, out int port, out List<Socket> filler)
    {
        var listener = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
            listener.DualMode = false;
        listener.Bind(new IPEndPoint(address, 0));
        listener.Listen(0);
        port = Port(listener);
        filler = [];
        for (var i = 0; i < 16; i++)
        {
            var c = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            filler.Add(c);
            var attempt = c.ConnectAsync(new IPEndPoint(address, port));
            if (!attempt.Wait(TimeSpan.FromMilliseconds(300)))
                return listener;
        }
        throw new InvalidOperationException("could not fill the listen backlog to make a silent address");
    }
}
