namespace TelnetTui.Core.Sessions;

/// <summary>
/// Why a session closed, in words for the user (<see cref="Message"/>, one line for the status bar and
/// the book) with the technical detail kept apart (<see cref="Detail"/>, for a log or a tooltip).
/// </summary>
public sealed record CloseReason(CloseKind Kind, string Message, string? Detail = null)
{
    /// <summary>True when the session never got online (the connection or its TLS handshake failed).</summary>
    public bool IsConnectFailure => Kind is CloseKind.Refused or CloseKind.DnsFailure or CloseKind.Unreachable or CloseKind.Timeout
        or CloseKind.TlsBadCertificate or CloseKind.TlsCertificateChanged or CloseKind.TlsHandshakeFailed or CloseKind.TlsRequired;

    /// <summary>
    /// Whether auto-reconnect may try again after this. Never after the user's own disconnect, and never
    /// after a certificate problem or a refused plain connection: retrying cannot fix those, and
    /// retrying a certificate that changed would keep knocking on a possibly hostile host.
    /// </summary>
    public bool AllowsReconnect => Kind is not (CloseKind.ClosedByUser or CloseKind.TlsBadCertificate
        or CloseKind.TlsCertificateChanged or CloseKind.TlsRequired or CloseKind.ClientError);

    public override string ToString() => Detail is null ? Message : $"{Message} ({Detail})";
}
