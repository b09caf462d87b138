using TelnetTui.Core.Settings;

namespace TelnetTui.Core.Input;

/// <summary>
/// A key press as the session encodes it for the host in character mode: the key, its modifiers, and
/// for <see cref="SessionKeyCode.Character"/> the text typed (Ctrl+A is Character "a" with Ctrl).
/// The UI maps its own key events onto this (Core knows no TUI types).
/// </summary>
public readonly record struct SessionKey(SessionKeyCode Code, KeyModifiers Modifiers = KeyModifiers.None, string? Text = null)
{
    public static SessionKey Char(char c, KeyModifiers modifiers = KeyModifiers.None) => new(SessionKeyCode.Character, modifiers, c.ToString());

    public static SessionKey Chars(string text, KeyModifiers modifiers = KeyModifiers.None) => new(SessionKeyCode.Character, modifiers, text);

    public bool Shift => (Modifiers & KeyModifiers.Shift) != 0;

    public bool Alt => (Modifiers & KeyModifiers.Alt) != 0;

    public bool Ctrl => (Modifiers & KeyModifiers.Ctrl) != 0;

    public override string ToString()
    {
        var prefix = (Ctrl ? "Ctrl+" : "") + (Alt ? "Alt+" : "") + (Shift ? "Shift+" : "");
        return prefix + (Code == SessionKeyCode.Character ? Text : Code.ToString());
    }
}
