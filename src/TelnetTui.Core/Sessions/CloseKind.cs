namespace TelnetTui.Core.Sessions;

/// <summary>Why a session is closed (or could not connect): each kind has its own message for the status bar and the book.</summary>
public enum CloseKind
{
    /// <summary>The user disconnected (or the session was disposed).</summary>
    ClosedByUser,
    /// <summary>The host ended the connection cleanly (TCP FIN).</summary>
    ClosedByHost,
    /// <summary>The host (or something between) reset the connection (TCP RST).</summary>
    ResetByPeer,
    /// <summary>Nothing listens on that port: the connection was refused.</summary>
    Refused,
    /// <summary>The host name could not be resolved.</summary>
    DnsFailure,
    /// <summary>No route to the host or its network.</summary>
    Unreachable,
    /// <summary>Connecting (or the TLS handshake) took longer than the connect timeout.</summary>
    Timeout,
    /// <summary>TLS: the certificate did not validate (untrusted chain, wrong name) and no pin trusts it.</summary>
    TlsBadCertificate,
    /// <summary>TLS: the host entry pins a certificate and the server showed a different one.</summary>
    TlsCertificateChanged,
    /// <summary>TLS: the handshake failed for another reason (the server does not speak TLS, protocol mismatch).</summary>
    TlsHandshakeFailed,
    /// <summary>The book says this host uses TLS and a plain telnet connection was asked for: refused.</summary>
    TlsRequired,
    /// <summary>Any other network error while connected.</summary>
    NetworkError,
    /// <summary>The session could not go on (an unexpected error in the client while handling the host's data).</summary>
    ClientError,
}
