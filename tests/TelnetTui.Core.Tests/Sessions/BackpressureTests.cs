using System.Net;
using System.Net.Sockets;
using TelnetTui.Core.Sessions;
using TelnetTui.Core.Tests.Support;

namespace TelnetTui.Core.Tests.Sessions;

/// <summary>
/// DESIGN.md "Threads": a full channel throttles the socket. While the owner does not take messages the
/// session reads no more than the channel holds (plus the one read waiting to be posted), so memory is
/// bounded by the channel's capacity, and TCP pushes back on the host.
/// </summary>
public sealed class BackpressureTests
{
    private const int Capacity = 4;

    [Fact]
    public async Task A_stalled_owner_stops_the_reads_and_draining_resumes_them()
    {
        var flood = new byte[SessionReader.ReadBufferSize];
        Array.Fill(flood, (byte)'x');
        var connector = new FakeConnector().Succeed(t => t.Flood = flood); // a host that floods from the first byte
        await using var h = new SessionHarness(SessionHarness.Options(connector: connector), inboxCapacity: Capacity);
        await h.ConnectAsync();
        var host = connector.Last;

        // Nobody takes messages: the reader fills the channel, reads once more, and waits to post it.
        var limit = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (host.Reads < Capacity + 1 && DateTime.UtcNow < limit)
            await Task.Delay(10, TestContext.Current.CancellationToken);
        await Task.Delay(300, TestContext.Current.CancellationToken);
        var stalled = host.Reads;
        Assert.Equal(Capacity + 1, stalled);
        Assert.Equal((Capacity + 1) * SessionReader.ReadBufferSize, Interlocked.Read(ref host.BytesRead));

        var processed = SessionPump.Drain(h.Inbox.Reader, Capacity);
        Assert.Equal(Capacity, processed);
        await h.PumpUntilAsync(() => host.Reads > stalled + Capacity, "reading to resume");
        h.Session.Disconnect();
    }

    [Fact]
    public async Task Over_tcp_the_host_is_held_back_while_the_owner_is_stalled()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        long sent = 0;
        var stop = new CancellationTokenSource();
        var server = Task.Run(async () =>
        {
            using var socket = await listener.AcceptSocketAsync(stop.Token);
            var block = new byte[64 * 1024];
            Array.Fill(block, (byte)'y');
            try
            {
                while (!stop.IsCancellationRequested)
                {
                    await socket.SendAsync(block, SocketFlags.None, stop.Token);
                    Interlocked.Add(ref sent, block.Length);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException)
            {
            }
        }, TestContext.Current.CancellationToken);
        var counting = new CountingConnector(new TcpSessionConnector());
        await using var h = new SessionHarness(new SessionOptions
        {
            Host = SessionHarness.Host(host: "127.0.0.1", port: ((IPEndPoint)listener.LocalEndpoint).Port),
            Connector = counting,
        }, inboxCapacity: Capacity);
        await h.ConnectAsync();

        // Stalled: no messages taken. The host fills the socket buffers and then cannot send more.
        await Task.Delay(1000, TestContext.Current.CancellationToken);
        var first = Interlocked.Read(ref sent);
        await Task.Delay(500, TestContext.Current.CancellationToken);
        var second = Interlocked.Read(ref sent);
        Assert.Equal(first, second);
        Assert.True(counting.BytesRead <= (Capacity + 1) * SessionReader.ReadBufferSize,
            $"the session read {counting.BytesRead} bytes with a channel of {Capacity} reads");

        // Taking messages lets the host go on.
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(1);
        await h.PumpUntilAsync(() => DateTime.UtcNow > until, "a second of draining");
        Assert.True(Interlocked.Read(ref sent) > second + 1024 * 1024, "the host sent more once the owner drained");
        h.Session.Disconnect();
        await stop.CancelAsync();
        await server;
    }

    /// <summary>Wraps a real connector and counts what the session read from the socket.</summary>
    private sealed class CountingConnector(ISessionConnector inner) : ISessionConnector
    {
        private long _read;

        public long BytesRead => Interlocked.Read(ref _read);

        public async Task<ISessionTransport> ConnectAsync(SessionEndpoint endpoint, CancellationToken cancellationToken) =>
            new Counting(await inner.ConnectAsync(endpoint, cancellationToken), this);

        private sealed class Counting(ISessionTransport t, CountingConnector owner) : ISessionTransport
        {
            public bool IsSecure => t.IsSecure;
            public string? CertificateFingerprint => t.CertificateFingerprint;
            public string? RemoteAddress => t.RemoteAddress;

            public async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken)
            {
                var n = await t.ReadAsync(buffer, cancellationToken);
                Interlocked.Add(ref owner._read, n);
                return n;
            }

            public ValueTask WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken) => t.WriteAsync(bytes, cancellationToken);
            public ValueTask ShutdownSendAsync() => t.ShutdownSendAsync();
            public ValueTask DisposeAsync() => t.DisposeAsync();
        }
    }
}
