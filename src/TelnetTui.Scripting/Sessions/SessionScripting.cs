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
/// With <c>filterLines</c> (the app) it also becomes the session's <see cref="Session.LineFilter"/>: in line
/// mode each complete line goes through the triggers before it is drawn, so gag hides it and highlight
/// colours it on screen. The headless runner leaves it off (nothing is drawn for a user to see, and the
/// screen scripts read keeps the host's text as it came).
/// </summary>
public sealed class SessionScripting : IDisposable, ILineFilter
{
    private readonly Session _session;
    private readonly ScriptEngine _engine;
    private string? _closedWhileBusy;
    private readonly bool _filterLines;

    public SessionScripting(Session session, ScriptEngine engine, bool filterLines = false)
    {
        _session = session;
        _engine = engine;
        _filterLines = filterLines;
        if (filterLines)
            session.LineFilter = this; // every line comes through Filter, held back only while there are triggers
        else
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
        if (ReferenceEquals(_session.LineFilter, this))
            _session.LineFilter = null;
        if (!_filterLines)
            _session.LineReceived -= OnLine;
        _session.PromptReceived -= OnPrompt;
        _session.MudMessageReceived -= OnMudMessage;
        _session.StateChanged -= OnStateChanged;
    }

    /// <summary>Lines are held for the triggers only while there are triggers (gag/highlight need them).</summary>
    bool ILineFilter.Holds => _engine.HasTriggers;

    /// <summary>A complete line (before it is drawn while holding): through the triggers and waits.</summary>
    LineVerdict ILineFilter.Filter(ReadOnlySpan<char> text, ReadOnlySpan<char> raw)
    {
        var result = _engine.ProcessLine(text);
        if (result.Gag)
            return LineVerdict.Gagged;
        if (result.Highlights.Count == 0)
            return LineVerdict.Show;
        var colours = new LineColour[result.Highlights.Count];
        for (var i = 0; i < colours.Length; i++)
        {
            var h = result.Highlights[i];
            colours[i] = new LineColour(h.Start, h.Length, h.Colour);
        }
        return new LineVerdict(false, colours);
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
