using TelnetTui.Core.Input;
using TelnetTui.Tui.Input;
using CoreModifiers = TelnetTui.Core.Settings.KeyModifiers;

namespace TelnetTui.Panes.Terminal;

/// <summary>The toolkit's key events as the session's keys, for character mode (the session encodes them for the host).</summary>
public static class KeyTranslator
{
    public static bool TryTranslate(KeyEvent e, out SessionKey key)
    {
        var modifiers = Modifiers(e.Modifiers);
        if (e.Key == Key.Char)
        {
            key = new SessionKey(SessionKeyCode.Character, modifiers, e.Rune.ToString());
            return true;
        }
        SessionKeyCode? code = e.Key switch
        {
            Key.Enter => SessionKeyCode.Enter,
            Key.Tab => SessionKeyCode.Tab,
            Key.Backspace => SessionKeyCode.Backspace,
            Key.Escape => SessionKeyCode.Escape,
            Key.Up => SessionKeyCode.Up,
            Key.Down => SessionKeyCode.Down,
            Key.Left => SessionKeyCode.Left,
            Key.Right => SessionKeyCode.Right,
            Key.Home => SessionKeyCode.Home,
            Key.End => SessionKeyCode.End,
            Key.PageUp => SessionKeyCode.PageUp,
            Key.PageDown => SessionKeyCode.PageDown,
            Key.Insert => SessionKeyCode.Insert,
            Key.Delete => SessionKeyCode.Delete,
            Key.Begin => SessionKeyCode.Keypad5,
            >= Key.F1 and <= Key.F20 => SessionKeyCode.F1 + (e.Key - Key.F1),
            _ => null,
        };
        key = code is { } c ? new SessionKey(c, modifiers) : default;
        return code is not null;
    }

    public static CoreModifiers Modifiers(KeyModifiers m)
    {
        var result = CoreModifiers.None;
        if ((m & KeyModifiers.Shift) != 0)
            result |= CoreModifiers.Shift;
        if ((m & KeyModifiers.Alt) != 0)
            result |= CoreModifiers.Alt;
        if ((m & KeyModifiers.Ctrl) != 0)
            result |= CoreModifiers.Ctrl;
        return result;
    }
}
