using TelnetTui.Tui.App;
using TelnetTui.Tui.Input;
using TelnetTui.Tui.Text;

namespace TelnetTui.Tui.Widgets;

/// <summary>Keys the app documents besides its commands (e.g. "Tab / Shift+Tab: next or previous pane").</summary>
public sealed record HelpSection(string Title, IReadOnlyList<(string Keys, string Description)> Entries);

/// <summary>
/// Every key binding, grouped by command category, then the extra sections: built from the key map when
/// shown, so rebound keys are listed as they are. Scrolls with the arrows and PgUp/PgDn; Esc, q or the
/// key that opened it close it.
/// </summary>
public sealed class HelpOverlay : Overlay
{
    private readonly CommandRegistry _commands;
    private readonly KeyMap _keys;
    private readonly IReadOnlyList<HelpSection> _extra;
    private List<(string Keys, string Text, bool Heading)> _rows = [];
    private int _top;
    private int _height = 1;

    public HelpOverlay(CommandRegistry commands, KeyMap keys, IReadOnlyList<HelpSection>? extra = null)
    {
        _commands = commands;
        _keys = keys;
        _extra = extra ?? [];
        Name = "Help";
        Build();
    }

    public override bool CanFocus => true;

    /// <summary>The lines shown: (keys, description, is a heading).</summary>
    public IReadOnlyList<(string Keys, string Text, bool Heading)> Rows => _rows;

    private void Build()
    {
        _rows = [];
        foreach (var group in _commands.All.GroupBy(c => c.Category))
        {
            var entries = group
                .Select(c => (Keys: string.Join(", ", _keys.BindingsFor(c.Id)), c.Title))
                .Where(e => e.Keys.Length > 0)
                .ToList();
            if (entries.Count == 0)
                continue;
            _rows.Add(("", group.Key, true));
            _rows.AddRange(entries.Select(e => (e.Keys, e.Title, false)));
        }
        foreach (var section in _extra)
        {
            _rows.Add(("", section.Title, true));
            _rows.AddRange(section.Entries.Select(e => (e.Keys, e.Description, false)));
        }
    }

    public override Rect Place(Rect screen)
    {
        var keysWidth = _rows.Count == 0 ? 0 : _rows.Max(r => CharWidth.Of(r.Keys));
        var textWidth = _rows.Count == 0 ? 10 : _rows.Max(r => CharWidth.Of(r.Text));
        var width = Math.Min(Math.Max(keysWidth + textWidth + 7, 30), Math.Min(80, screen.Width));
        return screen.Centered(width, Math.Min(_rows.Count + 2, screen.Height));
    }

    protected override void OnRender(Rect area, Buffer buffer)
    {
        var theme = Theme;
        buffer.Fill(area, Cell.Space(theme.Dialog));
        var more = _rows.Count > area.Height - 2 ? $"{_top + 1}-{Math.Min(_rows.Count, _top + area.Height - 2)}/{_rows.Count}" : null;
        var inner = Border.Draw(buffer, area, theme.DialogBorder, "Keys (Esc to close)", theme.DialogBorder, more);
        _height = Math.Max(1, inner.Height);
        _top = Math.Clamp(_top, 0, Math.Max(0, _rows.Count - _height));
        var keysWidth = Math.Min(_rows.Count == 0 ? 0 : _rows.Max(r => CharWidth.Of(r.Keys)), inner.Width / 2);
        for (var r = 0; r < inner.Height && _top + r < _rows.Count; r++)
        {
            var (keys, text, heading) = _rows[_top + r];
            var y = inner.Y + r;
            if (heading)
            {
                buffer.SetString(inner.X + 1, y, text, theme.DialogBorder.Add(TextAttributes.Underline), inner.Width - 1);
                continue;
            }
            buffer.SetString(inner.X + 2, y, TextFit.Truncate(keys, keysWidth), theme.Key.WithBackground(theme.Dialog.Background), keysWidth);
            buffer.SetString(inner.X + 4 + keysWidth, y, TextFit.Truncate(text, inner.Width - keysWidth - 4), theme.Dialog, inner.Width - keysWidth - 4);
        }
    }

    public override bool OnKey(KeyEvent e)
    {
        switch (e.Key)
        {
            case Key.Escape:
            case Key.Char when e.IsText && e.Rune.Value == 'q':
                Close();
                return true;
            case Key.Up: _top--; return true;
            case Key.Down: _top++; return true;
            case Key.PageUp: _top -= _height; return true;
            case Key.PageDown: _top += _height; return true;
            case Key.Home: _top = 0; return true;
            case Key.End: _top = _rows.Count; return true;
        }
        return true; // modal: nothing else goes past the help
    }

    public override bool OnMouse(MouseEvent e)
    {
        if (e.IsWheel)
            _top += e.Action == MouseAction.WheelUp ? -RowScroller.WheelStep : RowScroller.WheelStep;
        return true;
    }
}
