using TelnetTui.Telnet.Connection;
using TelnetTui.Telnet.Server;
using TelnetTui.Telnet.Tests.Infrastructure;
using TelnetTui.Telnet.Transport;
using TelnetTui.Testing;

namespace TelnetTui.Telnet.Tests.Transport;

/// <summary>TLS with SslStream: certificates validated by default, clear errors, and one trusted fingerprint.</summary>
public class TlsTransportTests
{
    [Fact]
    public async Task A_self_signed_certificate_is_rejected_with_its_fingerprint_and_how_to_trust_it()
    {
        using var cert = TestCertificates.SelfSigned();
        await using var server = StartEchoServer(cert);
        var options = new TransportOptions { UseTls = true, TlsServerName = "localhost" };
        var e = await Assert.ThrowsAsync<TelnetTlsException>(() => TelnetTransport.ConnectAsync("127.0.0.1", server.LocalEndPoint.Port, options, TestContext.Current.CancellationToken));
        Assert.StartsWith($"TLS with localhost:{server.LocalEndPoint.Port} failed: the certificate was rejected: its chain does not validate", e.Message);
        Assert.Contains("CN=localhost", e.Message);
        Assert.Contains(CertificateFingerprint.Sha256(cert), e.Message);
        Assert.Contains("set its fingerprint as trusted", e.Message);
    }

    [Fact]
    public async Task The_trusted_fingerprint_is_accepted_and_telnet_runs_inside_TLS()
    {
        using var cert = TestCertificates.SelfSigned();
        await using var server = StartEchoServer(cert);
        var options = new TelnetChannelOptions();
        options.Transport.UseTls = true;
        options.Transport.TlsServerName = "localhost";
        options.Transport.TrustedCertificateSha256 = CertificateFingerprint.Sha256(cert).Replace(":", "").ToLowerInvariant();
        await using var channel = await TelnetClient.ConnectAsync("127.0.0.1", server.LocalEndPoint.Port, options, TestContext.Current.CancellationToken);
        Assert.True(channel.Connection.Transport.IsSecure);
        Assert.Equal(CertificateFingerprint.Sha256(cert), channel.Connection.Transport.CertificateFingerprint);
        await channel.WriteLineAsync("ping");
        Assert.Equal("echo: ping", await channel.ReadLineAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_different_trusted_fingerprint_does_not_help()
    {
        using var cert = TestCertificates.SelfSigned();
        using var other = TestCertificates.SelfSigned();
        await using var server = StartEchoServer(cert);
        var options = new TransportOptions { UseTls = true, TlsServerName = "localhost", TrustedCertificateSha256 = CertificateFingerprint.Sha256(other) };
        var e = await Assert.ThrowsAsync<TelnetTlsException>(() => TelnetTransport.ConnectAsync("127.0.0.1", server.LocalEndPoint.Port, options, TestContext.Current.CancellationToken));
        Assert.Contains("does not match the trusted fingerprint", e.Message);
    }

    [Fact]
    public async Task A_name_mismatch_is_named()
    {
        using var cert = TestCertificates.SelfSigned("mud.example");
        await using var server = StartEchoServer(cert);
        var options = new TransportOptions { UseTls = true, TlsServerName = "other.example" };
        var e = await Assert.ThrowsAsync<TelnetTlsException>(() => TelnetTransport.ConnectAsync("127.0.0.1", server.LocalEndPoint.Port, options, TestContext.Current.CancellationToken));
        Assert.Contains("it is not valid for the name 'other.example'", e.Message);
    }

    [Fact]
    public async Task A_plain_server_on_a_TLS_connection_fails_clearly_instead_of_hanging()
    {
        await using var server = StartEchoServer(null);
        var options = new TransportOptions { UseTls = true, ConnectTimeout = TimeSpan.FromSeconds(3) };
        var e = await Assert.ThrowsAsync<TelnetTlsException>(() => TelnetTransport.ConnectAsync("127.0.0.1", server.LocalEndPoint.Port, options, TestContext.Current.CancellationToken));
        Assert.StartsWith($"TLS with 127.0.0.1:{server.LocalEndPoint.Port} failed:", e.Message);
    }

    private static TelnetServer StartEchoServer(System.Security.Cryptography.X509Certificates.X509Certificate2? cert)
    {
        var server = new TelnetServer(async (channel, ct) =>
        {
            var line = await channel.ReadLineAsync(TimeSpan.FromSeconds(10), ct);
            await channel.WriteLineAsync("echo: " + line);
        }, new TelnetServerOptions { Certificate = cert });
        server.Start();
        return server;
    }
}
