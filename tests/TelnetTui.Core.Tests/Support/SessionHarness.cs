using System.Diagnostics;
using System.Threading.Channels;
using TelnetTui.Core.Book;
using TelnetTui.Core.Input;
using TelnetTui.Core.Lines;
using TelnetTui.Core.Sessions;

namespace TelnetTui.Core.Tests.Support;

/// <summary>
/// Runs a session the way its owner thread would: a bounded inbox, and a pump the test drives.
/// Records the session's events for assertions.
/// </summary>
internal sealed class SessionHarness : IAsyncDisposable
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    public SessionHarness(SessionOptions options, int inboxCapacity = Session.DefaultInboxCapacity)
    {
        Inbox = Session.CreateInbox(inboxCapacity);
        Session = new Session(options, Inbox.Writer);
        Session.StateChanged += c => States.Add(c);
        Session.LineReceived += l => Lines.Add(l);
        Session.PromptReceived += p => Prompts.Add(p);
        Session.ModeChanged += m => Modes.Add(m);
        Session.Notice += n => Notices.Add(n);
    }

    public static SessionOptions Options(HostEntry? host = null, ISessionConnector? connector = null, TimeProvider? clock = null) => new()
    {
        Host = host ?? Host(),
        Connector = connector ?? new FakeConnector().Succeed(),
        Clock = clock ?? new FakeClock(),
    };

    public static HostEntry Host(string id = "test", string host = "host.test", int port = 23) => new() { Id = id, Host = host, Port = port };

    public Channel<SessionInput> Inbox { get; }

    public Session Session { get; }

    public List<SessionStateChange> States { get; } = [];

    public List<SessionLine> Lines { get; } = [];

    public List<SessionPrompt> Prompts { get; } = [];

    public List<InputModeState> Modes { get; } = [];

    public List<string> Notices { get; } = [];

    /// <summary>Processes messages until <paramref name="condition"/> holds; fails after the timeout naming what it waited for.</summary>
    public async Task PumpUntilAsync(Func<bool> condition, string what, TimeSpan? timeout = null)
    {
        var limit = Stopwatch.StartNew();
        var max = timeout ?? DefaultTimeout;
        while (!condition())
        {
            if (Inbox.Reader.TryRead(out var input))
            {
                input.Process();
                continue;
            }
            var left = max - limit.Elapsed;
            if (left <= TimeSpan.Zero)
                throw new TimeoutException($"timed out waiting for {what}; session is {Session.State} ({Session.CloseReason})");
            using var cts = new CancellationTokenSource(left < TimeSpan.FromMilliseconds(50) ? left : TimeSpan.FromMilliseconds(50));
            try
            {
                await Inbox.Reader.WaitToReadAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    /// <summary>Processes whatever arrives for <paramref name="period"/> (to show that something does not happen).</summary>
    public async Task PumpForAsync(TimeSpan period)
    {
        var limit = Stopwatch.StartNew();
        await PumpUntilAsync(() => limit.Elapsed >= period, "the period to pass", period + DefaultTimeout);
    }

    public Task ConnectAsync()
    {
        Session.Connect();
        return PumpUntilAsync(() => Session.State is not (SessionState.Connecting or SessionState.Idle), "the connection");
    }

    public async ValueTask DisposeAsync()
    {
        await Session.DisposeAsync();
        while (Inbox.Reader.TryRead(out var input))
            input.Discard();
    }
}
