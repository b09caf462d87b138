namespace TelnetTui.Core.Sessions;

/// <summary>Where a session is in its life. A closed session can connect again (the user's reconnect).</summary>
public enum SessionState
{
    /// <summary>Created, not yet asked to connect.</summary>
    Idle,
    /// <summary>Resolving, connecting, TLS handshake.</summary>
    Connecting,
    /// <summary>Connected; option negotiation is under way and no data has arrived yet.</summary>
    Negotiating,
    /// <summary>Data is flowing (or negotiation went quiet).</summary>
    Online,
    /// <summary>The connection dropped and auto-reconnect waits out its backoff (see <see cref="Session.Reconnect"/>).</summary>
    WaitingToReconnect,
    /// <summary>Closed, with <see cref="Session.CloseReason"/> saying why.</summary>
    Closed,
}
