using TelnetTui.Tui.Input;

namespace TelnetTui.Tui.Tests.Support;

/// <summary>Short ways to make key events in tests.</summary>
public static class Keys
{
    public static KeyEvent K(Key key, KeyModifiers modifiers = KeyModifiers.None) => new(key, modifiers);
    public static KeyEvent C(char c, KeyModifiers modifiers = KeyModifiers.None) => KeyEvent.Char(c, modifiers);
    public static KeyEvent Ctrl(char c) => KeyEvent.Char(c, KeyModifiers.Ctrl);
    public static KeyEvent Alt(char c) => KeyEvent.Char(c, KeyModifiers.Alt);

    public static IEnumerable<KeyEvent> Type(string text) => text.Select(c => KeyEvent.Char(c));

    public static MouseEvent Click(int x, int y) => new(MouseAction.Press, MouseButton.Left, x, y);
}
