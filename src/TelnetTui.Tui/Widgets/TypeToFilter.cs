using TelnetTui.Tui.Input;

namespace TelnetTui.Tui.Widgets;

/// <summary>
/// The filter text of a list: typed characters add to it, Backspace removes one, Esc or Ctrl+U clears it.
/// Matching is a case-insensitive substring, so the view can highlight where an item matched.
/// </summary>
public sealed class TypeToFilter
{
    /// <summary>Longest filter kept.</summary>
    public const int MaxLength = 256;

    public string Text
    {
        get;
        set
        {
            if (value == field)
                return;
            field = value;
            Changed?.Invoke(value);
        }
    } = "";

    public bool IsActive => Text.Length > 0;

    /// <summary>The filter text changed (a view that builds its rows from it rebuilds them before it refreshes).</summary>
    public event Action<string>? Changed;

    /// <summary>Handles a key that edits the filter; returns false for keys it leaves alone.</summary>
    public bool OnKey(KeyEvent e)
    {
        if (e.IsText && !(e.Rune.Value == ' ' && Text.Length == 0))
        {
            if (Text.Length < MaxLength)
                Text += e.Rune.ToString();
            return true;
        }
        if (!IsActive)
            return false;
        if (e.Key == Key.Backspace || (e.Key == Key.Char && e.Modifiers == KeyModifiers.Ctrl && e.Rune.Value == 'h'))
        {
            Text = Text[..^1];
            return true;
        }
        if (e.Key == Key.Escape || (e.Key == Key.Char && e.Modifiers == KeyModifiers.Ctrl && e.Rune.Value == 'u'))
        {
            Text = "";
            return true;
        }
        return false;
    }

    /// <summary>Where <paramref name="text"/> matches the filter (start index, or -1); 0 when no filter.</summary>
    public int Match(string text) => IsActive ? text.IndexOf(Text, StringComparison.OrdinalIgnoreCase) : 0;

    /// <summary>Draws <paramref name="text"/> with the matched part in <paramref name="matchStyle"/>.</summary>
    public void Draw(Buffer buffer, int x, int y, string text, int width, Style style, Style matchStyle)
    {
        var fitted = Text.Length > 0 ? text : null;
        var start = fitted is null ? -1 : Match(text);
        if (start < 0 || fitted is null)
        {
            buffer.SetString(x, y, Tui.Text.TextFit.Truncate(text, width), style, width);
            return;
        }
        var used = buffer.SetString(x, y, text.AsSpan(0, start), style, width);
        used += buffer.SetString(x + used, y, text.Substring(start, Text.Length), matchStyle, width - used);
        buffer.SetString(x + used, y, text.AsSpan(start + Text.Length), style, width - used);
    }
}
