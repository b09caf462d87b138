namespace TelnetTui.Telnet.Transport;

/// <summary>How to connect: timeouts, TLS and its certificate checks.</summary>
public sealed class TransportOptions
{
    /// <summary>Give up connecting (all addresses) after this long; the TLS handshake gets the same time again.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Happy Eyeballs (RFC 8305 §5): start the next address after this long if the current attempt
    /// has neither succeeded nor failed; the first connection to complete wins.
    /// </summary>
    public TimeSpan AttemptDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Wrap the connection in TLS (telnets).</summary>
    public bool UseTls { get; set; }

    /// <summary>
    /// Trust a certificate with this SHA-256 fingerprint (hex, colons and case ignored) even when its
    /// chain or name does not validate — for a MUD's self-signed certificate. Other certificates are
    /// validated normally.
    /// </summary>
    public string? TrustedCertificateSha256 { get; set; }

    /// <summary>Name to validate the certificate against, when it differs from the host connected to.</summary>
    public string? TlsServerName { get; set; }

    /// <summary>Resolves host names (tests replace it); the default is DNS.</summary>
    public Func<string, CancellationToken, Task<System.Net.IPAddress[]>>? Resolver { get; set; }
}
