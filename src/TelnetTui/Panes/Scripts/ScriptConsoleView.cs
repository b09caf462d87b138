using System.Globalization;
using TelnetTui.App;
using TelnetTui.Scripting.Pane;
using TelnetTui.Tui;
using TelnetTui.Tui.Input;
using TelnetTui.Tui.Widgets;

namespace TelnetTui.Panes.Scripts;

/// <summary>
/// The Lua console: script output and errors (file:line) above, the input line below. Enter evaluates
/// (an expression's values are printed, as the standalone lua does); Shift+Enter or Alt+Enter starts
/// another line of the same entry, and an entry Lua finds unfinished (an open <c>function</c>) goes on
/// to the next line by itself. Up/Down walk the console's history.
/// </summary>
public sealed class ScriptConsoleView : Widget
{
    /// <summary>Continuation lines shown above the input at most (older ones scroll off, they are kept).</summary>
    public const int MaxPendingShown = 6;

    private readonly AppState _state;
    private readonly Func<ScriptDriver> _driver;
    private readonly List<string> _pending = [];

    public ScriptConsoleView(AppState state, Func<ScriptDriver> driver)
    {
        _state = state;
        _driver = driver;
        Name = "script-console";
        Output = Adopt(new LogView { Name = "script-output" });
        Input = Adopt(new TextInput { Name = "console", Prompt = "lua> ", ClearOnSubmit = false, HandlesEnter = false, Placeholder = "Lua: 1+1, reload(), help" });
    }

    public LogView Output { get; }

    public TextInput Input { get; }

    /// <summary>Lines of the entry typed so far (before the input line).</summary>
    public IReadOnlyList<string> Pending => _pending;

    public override IEnumerable<Widget> Children => [Output, Input];

    /// <summary>One record of script output, styled by kind; errors read "file.lua:12: message".</summary>
    public void Show(ScriptOutput entry)
    {
        var ui = _state.Theme.Ui;
        var (prefix, style) = entry.Kind switch
        {
            ScriptOutputKind.Error => ("error ", ui.Error),
            ScriptOutputKind.Input => ("lua> ", ui.Key),
            ScriptOutputKind.Info => ("· ", ui.Muted),
            _ => ("", ui.Text),
        };
        // print() and multiple results are tab-separated; the log has no tab stops.
        var text = entry.ToString().Replace("\t", "   ", StringComparison.Ordinal);
        if (entry.Kind == ScriptOutputKind.Input)
            text = text.Replace("\n", "\n  >> ", StringComparison.Ordinal);
        Output.Append(prefix + text, style);
    }

    /// <summary>A note of the app's own (a session's scripts loaded).</summary>
    public void Note(string text) =>
        Output.Append(DateTimeOffset.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture) + " " + text, _state.Theme.Ui.Muted);

    /// <summary>Evaluates the entry: the pending lines and the input line.</summary>
    public void Submit()
    {
        var code = string.Join('\n', [.. _pending, Input.Text]);
        if (code.Trim().Length == 0 && _pending.Count == 0)
            return;
        var result = _driver().Run(e => e.Evaluate(code), null);
        if (result is { Incomplete: true })
        {
            _pending.Add(Input.Text);
            Input.Text = "";
            return;
        }
        _pending.Clear();
        Input.Text = "";
        Output.Follow();
    }

    protected override void OnRender(Rect area, Buffer buffer)
    {
        var shown = Math.Min(Math.Min(_pending.Count, MaxPendingShown), Math.Max(0, area.Height - 2));
        var outputHeight = Math.Max(0, area.Height - 1 - shown);
        Output.Render(new Rect(area.X, area.Y, area.Width, outputHeight), buffer);
        for (var i = 0; i < shown; i++)
        {
            var line = _pending[_pending.Count - shown + i];
            var y = area.Y + outputHeight + i;
            var used = buffer.SetString(area.X, y, i == 0 && shown == _pending.Count ? "lua> " : "  >> ", Theme.Key, area.Width);
            buffer.SetString(area.X + used, y, line, Theme.Text, area.Width - used);
        }
        Input.Prompt = _pending.Count > 0 ? "  >> " : "lua> ";
        if (area.Height > 0)
            Input.Render(new Rect(area.X, area.Bottom - 1, area.Width, 1), buffer);
        else
            Input.Render(Rect.Empty, buffer);
    }

    public override bool OnKey(KeyEvent e)
    {
        if (!Input.HasFocus)
            return false;
        switch (e.Key)
        {
            case Key.Enter when e.Modifiers == KeyModifiers.None:
                Submit();
                return true;
            case Key.Enter when e.Modifiers is KeyModifiers.Shift or KeyModifiers.Alt:
                _pending.Add(Input.Text);
                Input.Text = "";
                return true;
            case Key.Up when e.Modifiers == KeyModifiers.None:
                Recall(_driver().Engine.History.Previous());
                return true;
            case Key.Down when e.Modifiers == KeyModifiers.None:
                Recall(_driver().Engine.History.Next());
                return true;
            case Key.Escape when _pending.Count > 0:
                _pending.Clear();
                Input.Text = "";
                return true;
        }
        return false;
    }

    /// <summary>Puts a history entry back for editing: its last line in the input, the others pending.</summary>
    private void Recall(string? entry)
    {
        if (entry is null)
            return;
        var lines = entry.Split('\n');
        _pending.Clear();
        _pending.AddRange(lines[..^1]);
        Input.Text = lines[^1];
    }
}
