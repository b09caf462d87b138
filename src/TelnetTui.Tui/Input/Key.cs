namespace TelnetTui.Tui.Input;

/// <summary>A key on the keyboard. <see cref="Char"/> carries its character in <see cref="KeyEvent.Rune"/>.</summary>
public enum Key : byte
{
    None = 0,
    Char,
    Enter,
    Tab,
    Backspace,
    Escape,
    Up,
    Down,
    Left,
    Right,
    Home,
    End,
    PageUp,
    PageDown,
    Insert,
    Delete,
    /// <summary>The keypad's middle key (5 without NumLock).</summary>
    Begin,
    F1, F2, F3, F4, F5, F6, F7, F8, F9, F10, F11, F12,
    F13, F14, F15, F16, F17, F18, F19, F20, F21, F22, F23, F24,
}
