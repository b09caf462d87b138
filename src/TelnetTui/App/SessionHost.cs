using System.Threading.Channels;
using TelnetTui.Core.Sessions;

namespace TelnetTui.App;

/// <summary>
/// Runs the app's sessions (one shown at a time). Their background work posts straight into the UI loop's
/// bounded queue (<see cref="UiChannelWriter"/>), so a flood waits in the socket (TCP backpressure) rather
/// than in memory, and keys still come first each turn. On the UI thread each message goes back to its
/// session with <see cref="Handle"/>; a replaced session drops what was still on its way.
/// </summary>
public sealed class SessionHost(ChannelWriter<SessionInput> inbox) : IAsyncDisposable
{
    /// <summary>How long quitting waits for sessions to close cleanly and flush their recordings.</summary>
    public static readonly TimeSpan ShutdownWait = TimeSpan.FromSeconds(3);

    private readonly List<Task> _disposing = [];

    /// <summary>The channel sessions are made with.</summary>
    public ChannelWriter<SessionInput> Inbox { get; } = inbox;

    public Session? Current { get; private set; }

    /// <summary>On the UI thread: applies a message to its session.</summary>
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
    }
}
