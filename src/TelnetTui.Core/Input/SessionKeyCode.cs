namespace TelnetTui.Core.Input;

/// <summary>The keys the character-mode encoders know; <see cref="Character"/> carries its text in <see cref="SessionKey.Text"/>.</summary>
public enum SessionKeyCode
{
    /// <summary>A printable character (or several: a composed character, an IME result) in <see cref="SessionKey.Text"/>.</summary>
    Character,
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
    F1, F2, F3, F4, F5, F6, F7, F8, F9, F10, F11, F12,
    F13, F14, F15, F16, F17, F18, F19, F20,
    Keypad0, Keypad1, Keypad2, Keypad3, Keypad4, Keypad5, Keypad6, Keypad7, Keypad8, Keypad9,
    KeypadDecimal,
    KeypadPlus,
    KeypadMinus,
    KeypadMultiply,
    KeypadDivide,
    KeypadEnter,
}
