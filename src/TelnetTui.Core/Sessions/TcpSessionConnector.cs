using System.Net;
using TelnetTui.Core.Book;
using TelnetTui.Telnet.Transport;

namespace TelnetTui.Core.Sessions;

/// <summary>
/// Real connections through the telnet layer's <see cref="TelnetTransport"/>: every address of the host,
/// IPv6 and IPv4 raced (RFC 8305), TLS when asked. A pinned certificate is the only one trusted: the
/// transport accepts it even when its chain does not validate, and this connector refuses any other
/// certificate even when its chain does.
/// </summary>
public sealed class TcpSessionConnector : ISessionConnector
{
    public static TcpSessionConnector Default { get; } = new();

    /// <summary>Resolves host names; null uses DNS (tests inject failures and delays here).</summary>
    public Func<string, CancellationToken, Task<IPAddress[]>>? Resolver { get; init; }

    public async Task<ISessionTransport> ConnectAsync(SessionEndpoint endpoint, CancellationToken cancellationToken)
    {
        var options = new TransportOptions
        {
            ConnectTimeout = endpoint.ConnectTimeout,
            UseTls = endpoint.UseTls,
            TrustedCertificateSha256 = endpoint.Pin?.Sha256Hex,
            Resolver = Resolver,
        };
        var transport = await TelnetTransport.ConnectAsync(endpoint.Host, endpoint.Port, options, cancellationToken).ConfigureAwait(false);
        if (endpoint.UseTls && endpoint.Pin is { } pin && !PinMatches(pin, transport.CertificateFingerprint))
        {
            await transport.DisposeAsync().ConfigureAwait(false);
            throw new CertificatePinMismatchException(pin.ToString(), "sha256:" + (transport.CertificateFingerprint ?? "none"));
        }
        return new Adapter(transport);
    }

    private static bool PinMatches(CertificatePin pin, string? fingerprint) =>
        fingerprint is not null && string.Equals(pin.Sha256Hex, fingerprint.Replace(":", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);

    private sealed class Adapter(TelnetTransport transport) : ISessionTransport
    {
        public bool IsSecure => transport.IsSecure;

        public string? CertificateFingerprint => transport.CertificateFingerprint;

        public string? RemoteAddress => transport.RemoteEndPoint?.ToString();

        public ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken) => transport.ReadAsync(buffer, cancellationToken);

        public ValueTask WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken) => transport.WriteAsync(bytes, cancellationToken);

        public ValueTask ShutdownSendAsync() => transport.ShutdownSendAsync();

        public ValueTask DisposeAsync() => transport.DisposeAsync();
    }
}
