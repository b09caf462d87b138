using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using TelnetTui.Core.Book;
using TelnetTui.Core.Sessions;
using TelnetTui.Core.Tests.Support;
using TelnetTui.Telnet.Server;
using TelnetTui.Testing;

namespace TelnetTui.Core.Tests.Sessions;

/// <summary>
/// Connection faults over real sockets on 127.0.0.1 (issue 8, "Connection faults ... each give a distinct
/// message"): refused, DNS failure, timeout, TLS with an untrusted certificate, TLS with a certificate
/// that is not the pinned one, a TLS handshake with a plain server, reset by peer, closed by the host.
/// </summary>
public sealed class ConnectFaultTests
{
    private static readonly TimeSpan ShortTimeout = TimeSpan.FromMilliseconds(400);
    private static readonly TimeSpan NormalTimeout = TimeSpan.FromSeconds(10);

    private static async Task<(CloseReason Reason, Session Session, SessionHarness Harness)> RunAsync(HostEntry host, TcpSessionConnector? connector = null,
        Func<SessionHarness, Task>? whileConnected = null, TimeSpan? connectTimeout = null)
    {
        var h = new SessionHarness(new SessionOptions
        {
            Host = host,
            Connector = connector ?? new TcpSessionConnector(),
            ConnectTimeout = connectTimeout ?? NormalTimeout,
            Clock = TimeProvider.System,
        });
        h.Session.Connect();
        await h.PumpUntilAsync(() => h.Session.State is SessionState.Closed or SessionState.Negotiating or SessionState.Online, "the connect to end");
        if (whileConnected is not null)
            await whileConnected(h);
        await h.PumpUntilAsync(() => h.Session.State == SessionState.Closed, "the session to close");
        return (h.Session.CloseReason!, h.Session, h);
    }

    private static async Task<CloseReason> ReasonAsync(HostEntry host, TcpSessionConnector? connector = null, TimeSpan? connectTimeout = null)
    {
        var (reason, _, h) = await RunAsync(host, connector, connectTimeout: connectTimeout);
        await h.DisposeAsync();
        return reason;
    }

    private static HostEntry Loopback(int port) => SessionHarness.Host(host: "127.0.0.1", port: port);

    private static int UnusedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static TelnetServer Server(X509Certificate2? certificate = null, Func<Telnet.Connection.TelnetChannel, CancellationToken, Task>? handler = null)
    {
        var server = new TelnetServer(handler ?? (async (channel, ct) => await Task.Delay(Timeout.Infinite, ct)), new TelnetServerOptions { Certificate = certificate });
        server.Start();
        return server;
    }

    [Fact]
    public async Task Refused()
    {
        var reason = await ReasonAsync(Loopback(UnusedPort()));
        Assert.Equal(CloseKind.Refused, reason.Kind);
        Assert.StartsWith("Connection refused by 127.0.0.1:", reason.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dns_failure()
    {
        var connector = new TcpSessionConnector { Resolver = (_, _) => throw new SocketException((int)SocketError.HostNotFound) };
        var reason = await ReasonAsync(SessionHarness.Host(host: "no-such-host.invalid"), connector);
        Assert.Equal(CloseKind.DnsFailure, reason.Kind);
        Assert.Equal("Unknown host no-such-host.invalid: the name could not be resolved", reason.Message);
    }

    [Fact]
    public async Task Timeout_while_connecting()
    {
        var connector = new TcpSessionConnector { Resolver = async (_, ct) => { await Task.Delay(Timeout.Infinite, ct); return []; } };
        var reason = await ReasonAsync(SessionHarness.Host(host: "slow.test"), connector, ShortTimeout);
        Assert.Equal(CloseKind.Timeout, reason.Kind);
        Assert.Equal("Connecting to slow.test:23 timed out after 0.4 s", reason.Message);
    }

    [Fact]
    public async Task Tls_with_an_untrusted_certificate()
    {
        using var cert = TestCertificates.SelfSigned();
        await using var server = Server(cert);
        var reason = await ReasonAsync(Loopback(server.LocalEndPoint.Port) with { Tls = true });
        Assert.Equal(CloseKind.TlsBadCertificate, reason.Kind);
        Assert.Equal("TLS: the certificate of 127.0.0.1 is not trusted; pin its fingerprint in the book to trust it", reason.Message);
        Assert.Contains("SHA-256", reason.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tls_with_a_certificate_that_is_not_the_pinned_one()
    {
        using var cert = TestCertificates.SelfSigned();
        using var other = TestCertificates.SelfSigned();
        await using var server = Server(cert);
        var reason = await ReasonAsync(Loopback(server.LocalEndPoint.Port) with { Tls = true, TlsFingerprint = TestPins.Of(other) });
        Assert.Equal(CloseKind.TlsCertificateChanged, reason.Kind);
        Assert.StartsWith("TLS: the certificate of 127.0.0.1 has CHANGED", reason.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tls_with_the_pinned_certificate_connects()
    {
        using var cert = TestCertificates.SelfSigned();
        await using var server = Server(cert, async (channel, ct) => await channel.WriteLineAsync("secure hello"));
        var (reason, session, h) = await RunAsync(Loopback(server.LocalEndPoint.Port) with { Tls = true, TlsFingerprint = TestPins.Of(cert) },
            whileConnected: async h =>
            {
                Assert.True(h.Session.IsSecure);
                Assert.Equal(TestPins.Of(cert).Sha256Hex, h.Session.CertificateFingerprint!.Replace(":", "", StringComparison.Ordinal));
                await h.PumpUntilAsync(() => h.Lines.Count > 0, "the greeting");
            });
        await using (h)
        {
            Assert.Equal("secure hello", h.Lines[0].Text);
            Assert.Equal(CloseKind.ClosedByHost, reason.Kind);
        }
    }

    [Fact]
    public async Task Tls_handshake_with_a_plain_telnet_server()
    {
        await using var server = Server();
        var reason = await ReasonAsync(Loopback(server.LocalEndPoint.Port) with { Tls = true });
        Assert.Equal(CloseKind.TlsHandshakeFailed, reason.Kind);
        Assert.StartsWith("TLS handshake with 127.0.0.1:", reason.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reset_by_peer()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var accepting = Task.Run(async () =>
        {
            using var socket = await listener.AcceptSocketAsync(TestContext.Current.CancellationToken);
            await Task.Delay(100, TestContext.Current.CancellationToken);
            socket.LingerState = new LingerOption(true, 0); // close with RST
            socket.Close();
        }, TestContext.Current.CancellationToken);
        var reason = await ReasonAsync(Loopback(((IPEndPoint)listener.LocalEndpoint).Port));
        await accepting;
        Assert.Equal(CloseKind.ResetByPeer, reason.Kind);
        Assert.StartsWith("Connection reset by 127.0.0.1:", reason.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Closed_by_the_host()
    {
        await using var server = Server(handler: async (channel, ct) => await channel.WriteLineAsync("bye"));
        var reason = await ReasonAsync(Loopback(server.LocalEndPoint.Port));
        Assert.Equal(CloseKind.ClosedByHost, reason.Kind);
        Assert.StartsWith("Connection closed by 127.0.0.1:", reason.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_fault_kind_has_its_own_message()
    {
        var endpoint = new SessionEndpoint("h.test", 23, false, null, TimeSpan.FromSeconds(1));
        var pinned = endpoint with { UseTls = true, Pin = CertificatePin.Parse(new string('A', 64)) };
        var reasons = new[]
        {
            FaultClassifier.ConnectFailed(new Telnet.Transport.TelnetConnectException("x", new SocketException((int)SocketError.ConnectionRefused)), endpoint),
            FaultClassifier.ConnectFailed(new Telnet.Transport.TelnetConnectException("cannot connect to h.test: the name could not be resolved (HostNotFound)", new SocketException((int)SocketError.HostNotFound)), endpoint),
            FaultClassifier.ConnectFailed(new Telnet.Transport.TelnetConnectException("x", new SocketException((int)SocketError.HostUnreachable)), endpoint),
            FaultClassifier.ConnectFailed(new Telnet.Transport.TelnetConnectException("cannot connect to h.test:23: timed out after 1 s"), endpoint),
            FaultClassifier.ConnectFailed(new Telnet.Transport.TelnetTlsException("TLS with h.test:23 failed: the certificate was rejected: ..."), endpoint with { UseTls = true }),
            FaultClassifier.ConnectFailed(new Telnet.Transport.TelnetTlsException("TLS with h.test:23 failed: the certificate was rejected: ..."), pinned),
            FaultClassifier.ConnectFailed(new Telnet.Transport.TelnetTlsException("TLS with h.test:23 failed: unexpected EOF"), endpoint with { UseTls = true }),
            FaultClassifier.TlsRequired(endpoint),
            FaultClassifier.ConnectionLost(new IOException("reset", new SocketException((int)SocketError.ConnectionReset)), endpoint),
            FaultClassifier.ClosedByHost(endpoint),
            FaultClassifier.ClosedByUser(),
        };
        Assert.Equal(reasons.Length, reasons.Select(r => r.Kind).Distinct().Count());
        Assert.Equal(reasons.Length, reasons.Select(r => r.Message).Distinct().Count());
    }
}
