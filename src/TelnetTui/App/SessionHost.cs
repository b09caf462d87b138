using System.Threading.Channels;
using TelnetTui.Core.Sessions;

namespace TelnetTui.App;

/// <summary>
/// Runs the app's sessions (one shown at a time): one bounded inbox for all of them, drained by a
/// background pump into the UI loop's bounded queue (<see cref="SessionMessage"/>), so a flood waits in
/// the socket (TCP backpressure) rather than in memory, and keys still come first each turn. On the UI
/// thread each message goes back to its session with <see cref="Handle"/>.
/// </summary>
public sealed class SessionHost : IAsyncDisposable
{
    /// <summary>How long quitting waits for sessions to close cleanly and flush their recordings.</summary>
    public static readonly TimeSpan ShutdownWait = TimeSpan.FromSeconds(3);

    private readonly Channel<SessionInput> _inbox = Session.CreateInbox();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _disposing = [];
    private Task? _pump;

    /// <summary>The channel sessions are made with.</summary>
    public ChannelWriter<SessionInput> Inbox => _inbox.Writer;

    public Session? Current { get; private set; }

    /// <summary>Starts moving messages to the UI with <paramref name="post"/> (the loop's asynchronous, waiting post).</summary>
    public void StartPump(Func<SessionMessage, CancellationToken, ValueTask> post)
    {
        var reader = _inbox.Reader;
        var token = _stop.Token;
        _pump = Task.Run(async () =>
        {
            try
            {
                while (await reader.WaitToReadAsync(token).ConfigureAwait(false))
                {
                    while (reader.TryRead(out var input))
                        await post(new SessionMessage(input), token).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
            }
        }, CancellationToken.None);
    }

    /// <summary>On the UI thread: applies a message to its session (messages of replaced sessions are dropped by them).</summary>
    public static void Handle(SessionMessage message) => message.Input.Process();

    /// <summary>Makes <paramref name="session"/> the current one; the previous one is closed in the background.</summary>
    public void Replace(Session session)
    {
        if (Current is { } old && !ReferenceEquals(old, session))
        {
            _disposing.RemoveAll(t => t.IsCompleted);
            _disposing.Add(old.DisposeAsync().AsTask());
        }
        Current = session;
    }

    public async ValueTask DisposeAsync()
    {
        if (Current is { } current)
        {
            current.FlushRecordings();
            _disposing.Add(current.DisposeAsync().AsTask());
            Current = null;
        }
        await Task.WhenAny(Task.WhenAll(_disposing), Task.Delay(ShutdownWait)).ConfigureAwait(false);
        _stop.Cancel();
        if (_pump is not null)
            await Task.WhenAny(_pump, Task.Delay(ShutdownWait)).ConfigureAwait(false);
        while (_inbox.Reader.TryRead(out var left))
            left.Discard();
        _stop.Dispose();
    }
}
