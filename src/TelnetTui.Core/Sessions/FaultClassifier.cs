using System.Globalization;
using System.Net.Sockets;
using TelnetTui.Telnet.Transport;

namespace TelnetTui.Core.Sessions;

/// <summary>
/// Turns what went wrong into a <see cref="CloseReason"/> with a message a user can act on. Each
/// kind (refused, DNS, unreachable, timeout, certificate not trusted, certificate changed, TLS
/// handshake, reset, closed) reads differently, so the status bar and the book tell them apart.
/// </summary>
public static class FaultClassifier
{
    public static CloseReason ClosedByUser() => new(CloseKind.ClosedByUser, "Disconnected");

    public static CloseReason ClosedByHost(SessionEndpoint endpoint) => new(CloseKind.ClosedByHost, $"Connection closed by {endpoint.Display}");

    public static CloseReason TlsRequired(SessionEndpoint endpoint) => new(CloseKind.TlsRequired,
        $"{endpoint.Host} is marked TLS in the connection book; a plain telnet connection was refused (use telnets:// or --tls)");

    /// <summary>A failure while connecting (TCP connect, DNS, TLS handshake, certificate checks).</summary>
    public static CloseReason ConnectFailed(Exception error, SessionEndpoint endpoint)
    {
        var where = endpoint.Display;
        switch (error)
        {
            case CertificatePinMismatchException pin:
                return Changed(endpoint, pin.Message);
            case TelnetTlsException tls:
                if (IsCertificateRejection(tls.Message))
                    return endpoint.Pin is not null ? Changed(endpoint, tls.Message) : new CloseReason(CloseKind.TlsBadCertificate,
                        $"TLS: the certificate of {endpoint.Host} is not trusted; pin its fingerprint in the book to trust it", tls.Message);
                if (tls.Message.Contains("timed out", StringComparison.Ordinal))
                    return new CloseReason(CloseKind.Timeout, $"TLS handshake with {where} timed out after {Seconds(endpoint.ConnectTimeout)}", tls.Message);
                return new CloseReason(CloseKind.TlsHandshakeFailed, $"TLS handshake with {where} failed (does the port speak TLS?)", tls.Message);
            case TelnetConnectException connect:
                return Classify(connect.InnerException as SocketException, connect.Message, endpoint, connecting: true);
            case SocketException socket:
                return Classify(socket, socket.Message, endpoint, connecting: true);
            case TimeoutException or OperationCanceledException:
                return new CloseReason(CloseKind.Timeout, $"Connecting to {where} timed out after {Seconds(endpoint.ConnectTimeout)}", error.Message);
            default:
                return new CloseReason(CloseKind.NetworkError, $"Cannot connect to {where}: {error.Message}", error.GetType().Name);
        }
    }

    /// <summary>A failure on an open connection (read or write).</summary>
    public static CloseReason ConnectionLost(Exception error, SessionEndpoint endpoint)
    {
        var socket = error as SocketException ?? error.InnerException as SocketException;
        if (socket is not null)
            return Classify(socket, error.Message, endpoint, connecting: false);
        return new CloseReason(CloseKind.NetworkError, $"Connection to {endpoint.Display} lost: {error.Message}", error.GetType().Name);
    }

    /// <summary>The client itself failed while handling the host's data: the session ends rather than go on half-handled.</summary>
    public static CloseReason ClientFailed(Exception error) =>
        new(CloseKind.ClientError, $"The session ended on an internal error: {error.GetType().Name}: {error.Message}", error.ToString());

    private static CloseReason Changed(SessionEndpoint endpoint, string detail) => new(CloseKind.TlsCertificateChanged,
        $"TLS: the certificate of {endpoint.Host} has CHANGED and no longer matches the pinned fingerprint; not connecting (someone may be intercepting the connection)", detail);

    private static CloseReason Classify(SocketException? socket, string message, SessionEndpoint endpoint, bool connecting)
    {
        var where = endpoint.Display;
        switch (socket?.SocketErrorCode)
        {
            case SocketError.ConnectionRefused:
                return new CloseReason(CloseKind.Refused, $"Connection refused by {where} (nothing is listening on that port)", message);
            case SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain or SocketError.NoRecovery:
                return Dns(endpoint, message);
            case SocketError.HostUnreachable or SocketError.NetworkUnreachable or SocketError.HostDown or SocketError.NetworkDown:
                return new CloseReason(CloseKind.Unreachable, $"{where} is unreachable (no route to the host or its network)", message);
            case SocketError.TimedOut:
                return connecting
                    ? new CloseReason(CloseKind.Timeout, $"Connecting to {where} timed out after {Seconds(endpoint.ConnectTimeout)}", message)
                    : new CloseReason(CloseKind.Timeout, $"Connection to {where} timed out (the host stopped answering)", message);
            case SocketError.ConnectionReset or SocketError.ConnectionAborted or SocketError.Shutdown:
                return new CloseReason(CloseKind.ResetByPeer, $"Connection reset by {where}", message);
        }
        if (message.Contains("timed out", StringComparison.Ordinal))
            return new CloseReason(CloseKind.Timeout, $"Connecting to {where} timed out after {Seconds(endpoint.ConnectTimeout)}", message);
        if (message.Contains("could not be resolved", StringComparison.Ordinal) || message.Contains("has no addresses", StringComparison.Ordinal))
            return Dns(endpoint, message);
        if (message.Contains("connection refused", StringComparison.Ordinal))
            return new CloseReason(CloseKind.Refused, $"Connection refused by {where} (nothing is listening on that port)", message);
        return connecting
            ? new CloseReason(CloseKind.NetworkError, $"Cannot connect to {where}", message)
            : new CloseReason(CloseKind.NetworkError, $"Connection to {where} lost", message);
    }

    private static CloseReason Dns(SessionEndpoint endpoint, string message) =>
        new(CloseKind.DnsFailure, $"Unknown host {endpoint.Host}: the name could not be resolved", message);

    // TelnetTransport words a rejected certificate this way (see its DescribeRejection).
    private static bool IsCertificateRejection(string message) =>
        message.Contains("the certificate was rejected", StringComparison.Ordinal) || message.Contains("the server sent no certificate", StringComparison.Ordinal);

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + " s";
}
