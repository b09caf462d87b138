using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace TelnetTui.Telnet.Transport;

/// <summary>
/// The I/O edge of a connection: a connected socket, optionally inside TLS (SslStream). Bytes only;
/// the telnet protocol is the engine's job.
/// </summary>
public sealed class TelnetTransport : IAsyncDisposable
{
    private readonly Socket _socket;
    private readonly Stream _stream;
    private int _disposed;

    private TelnetTransport(Socket socket, Stream stream, string? certificateFingerprint)
    {
        _socket = socket;
        _stream = stream;
        CertificateFingerprint = certificateFingerprint;
        RemoteEndPoint = socket.RemoteEndPoint;
    }

    /// <summary>True when the connection runs inside TLS.</summary>
    public bool IsSecure => _stream is SslStream;

    /// <summary>SHA-256 of the peer's certificate (TLS only).</summary>
    public string? CertificateFingerprint { get; }

    public EndPoint? RemoteEndPoint { get; }

    /// <summary>Connects to a host (every address, first to connect wins) and does the TLS handshake when asked.</summary>
    public static async Task<TelnetTransport> ConnectAsync(string host, int port, TransportOptions options, CancellationToken cancellationToken = default)
    {
        var socket = await TcpConnector.ConnectAsync(host, port, options, cancellationToken).ConfigureAwait(false);
        if (!options.UseTls)
            return new TelnetTransport(socket, new NetworkStream(socket, ownsSocket: false), null);
        try
        {
            return await HandshakeAsClientAsync(socket, options.TlsServerName ?? host, port, options, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Wraps a socket a server accepted, with TLS when a certificate is given.</summary>
    public static async Task<TelnetTransport> AcceptAsync(Socket socket, X509Certificate2? serverCertificate, CancellationToken cancellationToken = default)
    {
        var network = new NetworkStream(socket, ownsSocket: false);
        if (serverCertificate is null)
            return new TelnetTransport(socket, network, null);
        var ssl = new SslStream(network, leaveInnerStreamOpen: false);
        try
        {
            await ssl.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = serverCertificate }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is AuthenticationException or IOException)
        {
            await ssl.DisposeAsync().ConfigureAwait(false);
            throw new TelnetTlsException($"TLS handshake with {socket.RemoteEndPoint} failed: {e.Message}", e);
        }
        return new TelnetTransport(socket, ssl, null);
    }

    private static async Task<TelnetTransport> HandshakeAsClientAsync(Socket socket, string serverName, int port, TransportOptions options, CancellationToken cancellationToken)
    {
        string? rejection = null;
        string? fingerprint = null;
        bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
        {
            if (certificate is null)
            {
                rejection = "the server sent no certificate";
                return false;
            }
            fingerprint = Transport.CertificateFingerprint.Sha256(certificate);
            if (errors == SslPolicyErrors.None)
                return true;
            if (options.TrustedCertificateSha256 is { } pinned && Transport.CertificateFingerprint.Matches(pinned, certificate))
                return true;
            rejection = DescribeRejection(serverName, certificate, chain, errors, fingerprint, options.TrustedCertificateSha256 is not null);
            return false;
        }

        var ssl = new SslStream(new NetworkStream(socket, ownsSocket: false), leaveInnerStreamOpen: false, Validate);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.ConnectTimeout);
        try
        {
            await ssl.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = serverName }, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is AuthenticationException or IOException or OperationCanceledException)
        {
            await ssl.DisposeAsync().ConfigureAwait(false);
            if (e is OperationCanceledException && cancellationToken.IsCancellationRequested)
                throw;
            var reason = rejection ?? (e is OperationCanceledException ? $"timed out after {options.ConnectTimeout.TotalSeconds:0.#} s" : e.Message);
            throw new TelnetTlsException($"TLS with {serverName}:{port} failed: {reason}", e);
        }
        return new TelnetTransport(socket, ssl, fingerprint);
    }

    private static string DescribeRejection(string serverName, X509Certificate certificate, X509Chain? chain, SslPolicyErrors errors, string fingerprint, bool pinned)
    {
        var reasons = new List<string>();
        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch))
            reasons.Add($"it is not valid for the name '{serverName}'");
        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateChainErrors))
        {
            var status = chain?.ChainStatus.Select(s => s.StatusInformation.Trim()).Where(s => s.Length > 0).Distinct().ToArray() ?? [];
            reasons.Add(status.Length > 0 ? "its chain does not validate (" + string.Join("; ", status) + ")" : "its chain does not validate");
        }
        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable))
            reasons.Add("no certificate was available");
        var advice = pinned
            ? "it does not match the trusted fingerprint either"
            : "to trust this certificate anyway, set its fingerprint as trusted";
        return $"the certificate was rejected: {string.Join(", ", reasons)}; subject {certificate.Subject}, SHA-256 {fingerprint}; {advice}";
    }

    public ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        => _stream.ReadAsync(buffer, cancellationToken);

    public async ValueTask WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken = default)
    {
        await _stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
        await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Half-close: tell the peer we will send nothing more (TLS close_notify, then TCP FIN); reading still works.</summary>
    public async ValueTask ShutdownSendAsync()
    {
        try
        {
            if (_stream is SslStream ssl)
                await ssl.ShutdownAsync().ConfigureAwait(false);
            _socket.Shutdown(SocketShutdown.Send);
        }
        catch (Exception e) when (e is SocketException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            // Already closed by the peer: nothing left to say.
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return;
        await _stream.DisposeAsync().ConfigureAwait(false);
        _socket.Dispose();
    }
}
