using TelnetTui.Core.Lines;
using TelnetTui.Core.Sessions;
using TelnetTui.Scripting.Engine;
using TelnetTui.Telnet.Values;

namespace TelnetTui.Scripting.Sessions;

/// <summary>
/// Feeds a <see cref="Session"/>'s events to a <see cref="ScriptEngine"/> on the session's thread:
/// its lines and prompts (the session cuts them), GMCP/MSDP messages, and the end of the connection.
/// The owner calls <see cref="AfterInput"/> once it has processed the session's waiting messages (the
/// unfinished line may have changed) and <see cref="ScriptEngine.Tick"/> when
/// <see cref="ScriptEngine.TimeUntilNextDue"/> says.
/// </summary>
public sealed class SessionScripting : IDisposable
{
    private readonly Session _session;
    private readonly ScriptEngine _engine;
    private string? _closedWhileBusy;

    public SessionScripting(Session session, ScriptEngine engine)
    {
        _session = session;
        _engine = engine;
        session.LineReceived += OnLine;
        session.PromptReceived += OnPrompt;
        session.MudMessageReceived += OnMudMessage;
        session.StateChanged += OnStateChanged;
    }

    /// <summary>Offers the session's unfinished line to the engine's waits (after a quiet moment).</summary>
    public void AfterInput()
    {
        if (_closedWhileBusy is { } reason)
        {
            _closedWhileBusy = null;
            _engine.ConnectionClosed(reason);
        }
        _engine.UpdatePartial(_session.PendingLineText);
    }

    public void Dispose()
    {
        _session.LineReceived -= OnLine;
        _session.PromptReceived -= OnPrompt;
        _session.MudMessageReceived -= OnMudMessage;
        _session.StateChanged -= OnStateChanged;
    }

    private void OnLine(SessionLine line) => _engine.ProcessLine(line.Text);

    private void OnPrompt(SessionPrompt prompt) => _engine.ProcessPrompt(prompt.Text);

    private void OnMudMessage(MudMessage message) => _engine.ReceiveMudMessage(message);

    private void OnStateChanged(SessionStateChange change)
    {
        if (change.Current is not (SessionState.Closed or SessionState.WaitingToReconnect) || change.Previous is SessionState.Closed or SessionState.WaitingToReconnect)
            return;
        var reason = change.Reason?.ToString() ?? "closed";
        // A script's send can end the connection while the script runs: tell the engine afterwards.
        if (_engine.IsBusy)
            _closedWhileBusy = reason;
        else
            _engine.ConnectionClosed(reason);
    }
}
