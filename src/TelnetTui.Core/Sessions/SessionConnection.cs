using System.Threading.Channels;
using TelnetTui.Telnet.Engine;

namespace TelnetTui.Core.Sessions;

/// <summary>
/// One live connection of a session: its transport, a fresh telnet engine, the ordered writer and the
/// network reader. The engine is used only on the session's owner thread; the reader and writer are
/// the only code that runs elsewhere, and they touch only the transport and the owner's channel.
/// </summary>
internal sealed class SessionConnection
{
    /// <summary>How long a clean close waits for queued writes before cutting the connection.</summary>
    public static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(2);

    private readonly Session _session;
    private readonly ChannelWriter<SessionInput> _inbox;
    private readonly CancellationTokenSource _stop = new();
    // Never disposed: chunks still queued when the connection ends give their credit back later.
    private readonly SemaphoreSlim _readCredits = new(SessionReader.MaxUnprocessedReads);
    private Task _reader = Task.CompletedTask;

    public SessionConnection(Session session, int id, ISessionTransport transport, TelnetEngine engine, ChannelWriter<SessionInput> inbox)
    {
        _session = session;
        _inbox = inbox;
        Id = id;
        Transport = transport;
        Engine = engine;
        Writer = new SessionWriter(session, id, transport, inbox, _stop.Token);
    }

    public int Id { get; }

    public ISessionTransport Transport { get; }

    public TelnetEngine Engine { get; }

    public SessionWriter Writer { get; }

    /// <summary>Sends the engine's opening requests and starts reading.</summary>
    public void Start()
    {
        Engine.Start();
        FlushOutput();
        _reader = Task.Run(() => SessionReader.RunAsync(_session, Id, Transport, Writer, _readCredits, _inbox, _stop.Token));
    }

    /// <summary>Hands what the engine wants sent to the writer (owner thread).</summary>
    public void FlushOutput()
    {
        if (!Engine.HasPendingOutput)
            return;
        Writer.Enqueue(Engine.PendingOutput);
        Engine.ClearOutput();
    }

    /// <summary>
    /// Ends the connection. Graceful: queued writes go out (for up to <see cref="CloseTimeout"/>), then
    /// our side is shut (FIN, or TLS close_notify first). Either way the reader stops and the transport
    /// is disposed. Never throws.
    /// </summary>
    public async Task CloseAsync(bool graceful)
    {
        Writer.Complete();
        try
        {
            if (graceful)
            {
                await Writer.Completion.WaitAsync(CloseTimeout).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                await Transport.ShutdownSendAsync().ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException or System.Net.Sockets.SocketException)
        {
            // The connection is going anyway.
        }
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await Transport.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or System.Net.Sockets.SocketException)
        {
            // Already gone.
        }
        await _reader.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await Writer.Completion.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stop.Dispose();
    }
}
