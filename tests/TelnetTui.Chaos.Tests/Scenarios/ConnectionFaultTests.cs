using System.Net;
using System.Net.Sockets;
using TelnetTui.Chaos.Tests.Infrastructure;
using TelnetTui.Core.Book;
using TelnetTui.Core.Sessions;
using TelnetTui.Demo.Chaos;
using TelnetTui.Demo.Chaos.Scenarios;

namespace TelnetTui.Chaos.Tests.Scenarios;

/// <summary>
/// Connection faults against real sockets and the chaos server's TLS hosts: each ends the session with
/// its own <see cref="CloseKind"/> and its own message (issue 8 §2: "each give a distinct message"),
/// and none makes the client hang or throw. Security defaults: certificates are validated, a pin is
/// the only thing that trusts a self-signed one, a changed certificate is refused, and a host the book
/// marks TLS is never reached over plain telnet.
/// </summary>
public sealed class ConnectionFaultTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(15);

    private static async Task<CloseReason> ClosedAsync(ChaosRun run)
    {
        Assert.True(await run.WaitUntilAsync((s, _) => s.State == SessionState.Closed, Bound), await run.DescribeAsync());
        var reason = await run.OnOwnerAsync((s, _) => s.CloseReason!);
        await run.AssertHealthyAsync();
        return reason;
    }

    [Fact]
    public async Task Every_connection_fault_gets_its_own_kind_and_message()
    {
        var reasons = new List<CloseReason>
        {
            await RefusedAsync(),
            await DnsFailureAsync(),
            await TimeoutAsync(),
            await UntrustedCertificateAsync(),
            await ChangedCertificateAsync(),
            await TlsRequiredAsync(),
        };
        Assert.Equal(
            [CloseKind.Refused, CloseKind.DnsFailure, CloseKind.Timeout, CloseKind.TlsBadCertificate, CloseKind.TlsCertificateChanged, CloseKind.TlsRequired],
            reasons.Select(r => r.Kind));
        Assert.Equal(reasons.Count, reasons.Select(r => r.Message).Distinct().Count());
    }

    private static async Task<CloseReason> RefusedAsync()
    {
        await using var run = await ChaosRun.StartAsync(new NeverAnswers(), host: h => h with { Port = UnusedPort() });
        var reason = await ClosedAsync(run);
        Assert.StartsWith("Connection refused by 127.0.0.1:", reason.Message, StringComparison.Ordinal);
        return reason;
    }

    private static async Task<CloseReason> DnsFailureAsync()
    {
        // The resolver stands in for DNS (no network in tests): the name is unknown.
        var connector = new TcpSessionConnector { Resolver = (_, _) => throw new SocketException((int)SocketError.HostNotFound) };
        await using var run = await ChaosRun.StartAsync(new NeverAnswers(), host: h => h with { Host = "no-such-bbs.invalid" }, connector: connector);
        var reason = await ClosedAsync(run);
        Assert.Equal("Unknown host no-such-bbs.invalid: the name could not be resolved", reason.Message);
        return reason;
    }

    private static async Task<CloseReason> TimeoutAsync()
    {
        // A TLS host that accepts and then never answers the handshake: the connect timeout ends it.
        await using var run = await ChaosRun.StartAsync(new NeverAnswers(), host: h => h with { Tls = true }, connectTimeout: TimeSpan.FromSeconds(1));
        var reason = await ClosedAsync(run);
        Assert.Contains("timed out after 1 s", reason.Message, StringComparison.Ordinal);
        return reason;
    }

    private static async Task<CloseReason> UntrustedCertificateAsync()
    {
        await using var run = await ChaosRun.StartAsync(new TlsSelfSigned(), host: h => h with { Tls = true });
        var reason = await ClosedAsync(run);
        Assert.Equal("TLS: the certificate of 127.0.0.1 is not trusted; pin its fingerprint in the book to trust it", reason.Message);
        return reason;
    }

    private static async Task<CloseReason> ChangedCertificateAsync()
    {
        var scenario = new TlsChangingCertificate();
        // The book pins a certificate this host never shows: what it shows is "changed".
        var pinned = new CertificatePin(SelfSignedCertificate.Sha256Hex(SelfSignedCertificate.Create()));
        await using var run = await ChaosRun.StartAsync(scenario, host: h => h with { Tls = true, TlsFingerprint = pinned });
        var reason = await ClosedAsync(run);
        Assert.StartsWith("TLS: the certificate of 127.0.0.1 has CHANGED", reason.Message, StringComparison.Ordinal);
        return reason;
    }

    private static async Task<CloseReason> TlsRequiredAsync()
    {
        await using var run = await ChaosRun.StartAsync(new TlsSelfSigned(), host: h => h with { Tls = true }, useTls: false);
        var reason = await ClosedAsync(run);
        // Refused before any connection was made: the host never saw us.
        Assert.Empty(run.Server.Connections);
        Assert.StartsWith("127.0.0.1 is marked TLS in the connection book; a plain telnet connection was refused", reason.Message, StringComparison.Ordinal);
        return reason;
    }

    [Fact]
    public async Task A_pinned_self_signed_certificate_connects_and_a_new_one_on_the_same_host_is_refused()
    {
        var scenario = new TlsChangingCertificate();
        var first = new CertificatePin(SelfSignedCertificate.Sha256Hex(scenario.CertificateFor(1)));
        await using var run = await ChaosRun.StartAsync(scenario, host: h => h with { Tls = true, TlsFingerprint = first });
        await run.AssertRecoveredAsync(Bound);
        Assert.True(await run.OnOwnerAsync((s, _) => s.IsSecure));

        // Connection 2 shows another certificate, as an interceptor would.
        await run.OnOwnerAsync(s => s.Disconnect());
        await run.OnOwnerAsync(s => s.Connect());
        Assert.True(await run.WaitUntilAsync((s, _) => s.State == SessionState.Closed && s.CloseReason!.Kind == CloseKind.TlsCertificateChanged, Bound),
            await run.DescribeAsync());
        await run.AssertHealthyAsync();
    }

    [Fact]
    public async Task Auto_reconnect_never_retries_a_certificate_that_changed()
    {
        var pinned = new CertificatePin(SelfSignedCertificate.Sha256Hex(SelfSignedCertificate.Create()));
        await using var run = await ChaosRun.StartAsync(new TlsChangingCertificate(),
            host: h => h with { Tls = true, TlsFingerprint = pinned, AutoReconnect = new AutoReconnect(true, TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(100), 5) });
        var reason = await ClosedAsync(run);
        Assert.Equal(CloseKind.TlsCertificateChanged, reason.Kind);
        await run.RunForAsync(TimeSpan.FromMilliseconds(500));
        Assert.Single(run.Server.Connections); // knocked once, then stopped
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
