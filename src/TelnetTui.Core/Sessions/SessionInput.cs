using System.Buffers;

namespace TelnetTui.Core.Sessions;

/// <summary>
/// A message from a session's background work (network reader, connector, writer, timers) to the
/// thread that owns the session. The owner reads them from its channel and hands each back with
/// <see cref="Process"/> (or <see cref="Session.ProcessIncoming"/>); the session changes only there.
/// Messages from a connection that has since ended are recognised and dropped.
/// </summary>
public abstract class SessionInput
{
    private protected SessionInput(Session session, int connection)
    {
        Session = session;
        Connection = connection;
    }

    /// <summary>The session this message belongs to (an app with several sessions dispatches on it).</summary>
    public Session Session { get; }

    /// <summary>Which connection of the session sent it (a new number per connect and reconnect).</summary>
    internal int Connection { get; }

    /// <summary>Bytes of received data it carries (0 for control messages): for per-frame budgets.</summary>
    public virtual int ByteCount => 0;

    /// <summary>Applies the message to its session (on the owner's thread).</summary>
    public void Process() => Session.ProcessIncoming(this);

    /// <summary>Releases pooled memory without processing (an owner shutting down may drop messages).</summary>
    public virtual void Discard()
    {
    }
}

/// <summary>
/// Bytes read from the socket, in a pooled buffer returned once processed. Each holds one of the
/// connection's read credits (see <see cref="SessionReader.MaxUnprocessedReads"/>), given back with the buffer.
/// </summary>
internal sealed class ReceivedChunk(Session session, int connection, byte[] buffer, int length, SemaphoreSlim? credits = null) : SessionInput(session, connection)
{
    private byte[]? _buffer = buffer;

    public ReadOnlySpan<byte> Bytes => _buffer.AsSpan(0, length);

    public override int ByteCount => length;

    public override void Discard()
    {
        if (Interlocked.Exchange(ref _buffer, null) is { } b)
        {
            ArrayPool<byte>.Shared.Return(b);
            credits?.Release();
        }
    }
}

/// <summary>The session posts this to itself to go on with received bytes it set aside to keep a turn short.</summary>
internal sealed class ReceiveResumed(Session session, int connection) : SessionInput(session, connection);

/// <summary>A connect attempt finished: with a transport, or with the error.</summary>
internal sealed class ConnectCompleted(Session session, int connection, ISessionTransport? transport, Exception? error) : SessionInput(session, connection)
{
    public ISessionTransport? Transport { get; } = transport;

    public Exception? Error { get; } = error;

    public override void Discard()
    {
        if (Transport is { } t)
            _ = t.DisposeAsync().AsTask();
    }
}

/// <summary>The connection ended: end of stream (no error) or a read/write failure.</summary>
internal sealed class ConnectionEnded(Session session, int connection, Exception? error) : SessionInput(session, connection)
{
    public Exception? Error { get; } = error;
}

/// <summary>One of the session's timers fired.</summary>
internal sealed class TimerFired(Session session, int connection, SessionTimerKind kind) : SessionInput(session, connection)
{
    public SessionTimerKind Kind { get; } = kind;
}

internal enum SessionTimerKind
{
    /// <summary>Check whether negotiation has settled (Negotiating → Online).</summary>
    NegotiationSettle,
    /// <summary>The backoff wait before a reconnect is over.</summary>
    Reconnect,
    /// <summary>Once a second: flush logs and captures.</summary>
    Housekeeping,
    /// <summary>The held unfinished line has waited long enough: draw it (line filter).</summary>
    HeldLine,
}
