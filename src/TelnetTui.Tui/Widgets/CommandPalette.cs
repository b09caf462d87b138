using TelnetTui.Tui.App;
using TelnetTui.Tui.Input;
using TelnetTui.Tui.Text;

namespace TelnetTui.Tui.Widgets;

/// <summary>
/// Type to find a command: every word typed must appear in the command's title or id; titles that start with
/// the text come first. Up/Down choose, Enter runs the command (after the palette closes), Esc or a click
/// outside closes it. Each entry shows its key binding.
/// </summary>
public sealed class CommandPalette : Overlay
{
    /// <summary>Entries shown at once; the list scrolls beyond.</summary>
    public const int MaxVisible = 12;

    private readonly CommandRegistry _commands;
    private readonly KeyMap _keys;
    private readonly TextInput _query;
    private readonly RowScroller _scroller = new();
    private List<UiCommand> _matches = [];
    private Rect _listArea;

    public CommandPalette(CommandRegistry commands, KeyMap keys)
    {
        _commands = commands;
        _keys = keys;
        _query = Adopt(new TextInput { Prompt = "> ", Placeholder = "type a command" });
        _query.Submitted += _ => RunSelected();
        _query.Changed += _ => Update();
        Name = "Command palette";
        Update();
    }

    public override bool CloseOnOutsideClick => true;
    public override IEnumerable<Widget> Children => [_query];

    public string Query
    {
        get => _query.Text;
        set
        {
            _query.Text = value;
            Update();
        }
    }

    public IReadOnlyList<UiCommand> Matches => _matches;
    public UiCommand? Selected => _scroller.Selected >= 0 && _scroller.Selected < _matches.Count ? _matches[_scroller.Selected] : null;

    private void Update()
    {
        var words = _query.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        _matches = _commands.All
            .Where(c => c.IsEnabled() && words.All(w => c.Title.Contains(w, StringComparison.OrdinalIgnoreCase) || c.Id.Contains(w, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(c => _query.Text.Length > 0 && c.Title.StartsWith(_query.Text.Trim(), StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ToList();
        _scroller.Select(0, _matches.Count, MaxVisible);
    }

    private void RunSelected()
    {
        var command = Selected;
        Close();
        if (command is not null)
            _commands.Execute(command.Id);
    }

    public override Rect Place(Rect screen)
    {
        var width = Math.Min(64, screen.Width);
        var height = Math.Min(3 + Math.Max(1, Math.Min(_matches.Count, MaxVisible)), screen.Height);
        return new Rect(screen.X + (screen.Width - width) / 2, screen.Y + Math.Min(2, Math.Max(0, screen.Height - height)), width, height);
    }

    protected override void OnRender(Rect area, Buffer buffer)
    {
        var theme = Theme;
        buffer.Fill(area, Cell.Space(theme.Dialog));
        var inner = Border.Draw(buffer, area, theme.DialogBorder, "Commands", theme.DialogBorder);
        _query.NormalStyle = theme.Field;
        _query.FocusedStyle = theme.FieldFocused;
        _query.Render(inner.Row(0), buffer);
        _listArea = new Rect(inner.X, inner.Y + 1, inner.Width, inner.Height - 1);
        _scroller.Clamp(_matches.Count, _listArea.Height);
        if (_matches.Count == 0)
        {
            buffer.SetString(_listArea.X + 1, _listArea.Y, "no matching command", theme.Muted, _listArea.Width - 1);
            return;
        }
        for (var r = 0; r < _listArea.Height && _scroller.Offset + r < _matches.Count; r++)
        {
            var index = _scroller.Offset + r;
            var command = _matches[index];
            var style = index == _scroller.Selected ? theme.Selection : theme.Dialog;
            var row = _listArea.Row(r);
            buffer.Fill(row, Cell.Space(style));
            var keys = string.Join(", ", _keys.BindingsFor(command.Id));
            var keysWidth = CharWidth.Of(keys);
            buffer.SetString(row.X + 1, row.Y, TextFit.Truncate(command.Title, row.Width - keysWidth - 3), style, row.Width - keysWidth - 2);
            if (keysWidth > 0 && keysWidth < row.Width - 4)
                buffer.SetString(row.Right - keysWidth - 1, row.Y, keys, index == _scroller.Selected ? style : theme.Key.WithBackground(theme.Dialog.Background));
        }
    }

    public override bool OnKey(KeyEvent e)
    {
        if (e.Modifiers != KeyModifiers.None)
            return false;
        switch (e.Key)
        {
            case Key.Escape: Close(); return true;
            case Key.Up: _scroller.MoveBy(-1, _matches.Count, _listArea.Height); return true;
            case Key.Down: _scroller.MoveBy(1, _matches.Count, _listArea.Height); return true;
            case Key.PageUp: _scroller.MoveBy(-MaxVisible, _matches.Count, _listArea.Height); return true;
            case Key.PageDown: _scroller.MoveBy(MaxVisible, _matches.Count, _listArea.Height); return true;
        }
        return false;
    }

    public override bool OnMouse(MouseEvent e)
    {
        if (e.Action == MouseAction.Press && e.Button == MouseButton.Left && _listArea.Contains(e.X, e.Y))
        {
            var index = _scroller.Offset + e.Y - _listArea.Y;
            if (index < _matches.Count)
            {
                _scroller.Select(index, _matches.Count, _listArea.Height);
                RunSelected();
            }
            return true;
        }
        if (e.IsWheel)
        {
            _scroller.MoveBy(e.Action == MouseAction.WheelUp ? -1 : 1, _matches.Count, _listArea.Height);
            return true;
        }
        return false;
    }
}
