using TelnetTui.Core.Sessions;
using TelnetTui.Scripting.Engine;
using TelnetTui.Scripting.Host;
using TelnetTui.Scripting.Loading;
using TelnetTui.Scripting.Pane;
using TelnetTui.Scripting.Sessions;
using TelnetTui.Tui.App;

namespace TelnetTui.App;

/// <summary>
/// The scripting engine of one session in the app (or of the console while no session is open), driven
/// from the UI loop: the session's lines reach the triggers before they are drawn (gag, highlight),
/// <see cref="AfterMessages"/> runs after each session message, and the engine's next timer or wait
/// deadline is a one-shot timer that only posts a message, so every script runs on the UI thread and no
/// other thread touches the session. Anything unexpected from the engine is reported as script output,
/// never thrown into the loop.
/// </summary>
public sealed class ScriptDriver : IDisposable
{
    private readonly Application _application;
    private readonly Action<ScriptOutput> _output;
    private readonly ITimer _timer;
    private int _tickQueued;
    private bool _disposed;

    private ScriptDriver(Application application, TimeProvider clock, Action<ScriptOutput> output, Func<ScriptDriver, IScriptHost> host, Session? session)
    {
        _application = application;
        _output = output;
        Session = session;
        _timer = clock.CreateTimer(_ => QueueTick(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        Engine = new ScriptEngine(host(this));
        if (session is not null)
            Scripting = new SessionScripting(session, Engine, filterLines: true);
    }

    public ScriptEngine Engine { get; }

    /// <summary>The session the engine belongs to; null for the offline console.</summary>
    public Session? Session { get; }

    public SessionScripting? Scripting { get; }

    /// <summary>An engine on <paramref name="session"/>: echo() draws into its terminal in <paramref name="echoSgr"/>.</summary>
    public static ScriptDriver ForSession(Session session, ScriptLoadPlan plan, Application application, TimeProvider clock,
        Action<ScriptOutput> output, string echoSgr)
    {
        var driver = new ScriptDriver(application, clock, output, _ => new SessionScriptHost(session, clock, output, echoSgr: echoSgr), session);
        driver.Guard(() => driver.Engine.Load(plan));
        driver.Rearm();
        return driver;
    }

    /// <summary>The console's engine while no session is open: scripts compute, log and run timers; echo() goes to the pane.</summary>
    public static ScriptDriver Offline(Application application, TimeProvider clock, Action<ScriptOutput> output) =>
        new(application, clock, output, _ => new OfflineScriptHost(clock, output,
            text => output(new ScriptOutput(clock.GetUtcNow(), ScriptOutputKind.Log, text))), null);

    /// <summary>After a message of the session: the unfinished line for waits, then due timers.</summary>
    public void AfterMessages()
    {
        if (_disposed)
            return;
        Guard(() =>
        {
            Scripting?.AfterInput();
            Engine.Tick();
        });
        Rearm();
    }

    /// <summary>Runs an engine call from the UI (console, input line, toggles); the timer follows what it changed.</summary>
    public T Run<T>(Func<ScriptEngine, T> call, T fallback)
    {
        if (_disposed)
            return fallback;
        var result = fallback;
        Guard(() => result = call(Engine));
        Rearm();
        return result;
    }

    /// <summary>Sets the one-shot timer to the engine's next due time (a timer, a wait's deadline).</summary>
    public void Rearm()
    {
        if (_disposed)
            return;
        var due = Engine.TimeUntilNextDue;
        _timer.Change(due is { } d ? (d < TimeSpan.Zero ? TimeSpan.Zero : d) : Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public void Dispose()
    {
        if (_disposed)
            return;
        _disposed = true;
        _timer.Dispose();
        Scripting?.Dispose();
        Engine.Dispose();
    }

    /// <summary>On the timer's thread: ask the UI thread to tick (never blocks; a full queue retries shortly).</summary>
    private void QueueTick()
    {
        if (_disposed || Interlocked.Exchange(ref _tickQueued, 1) == 1)
            return;
        if (!_application.TryPost(new InvokeMessage(TickNow)))
        {
            Interlocked.Exchange(ref _tickQueued, 0);
            _timer.Change(TimeSpan.FromMilliseconds(20), Timeout.InfiniteTimeSpan);
        }
    }

    private void TickNow()
    {
        Interlocked.Exchange(ref _tickQueued, 0);
        if (_disposed)
            return;
        Guard(Engine.Tick);
        Rearm();
    }

    private void Guard(Action action)
    {
        try
        {
            action();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The engine reports script errors itself; this is a bug or misuse, shown rather than fatal.
            _output(new ScriptOutput(DateTimeOffset.UtcNow, ScriptOutputKind.Error, "script engine: " + e.Message));
        }
    }
}
