namespace TelnetTui.Terminal.Input;

/// <summary>A mouse event over the terminal, in 0-based screen cells.</summary>
public readonly record struct MouseEvent(MouseAction Action, MouseButton Button, int Row, int Column, MouseModifiers Modifiers = MouseModifiers.None);

public enum MouseAction : byte
{
    Press,
    Release,
    /// <summary>The pointer moved to another cell; <see cref="MouseEvent.Button"/> is the button held, or None.</summary>
    Motion,
}

public enum MouseButton : byte
{
    None,
    Left,
    Middle,
    Right,
    WheelUp,
    WheelDown,
    WheelLeft,
    WheelRight,
}

/// <summary>Modifier keys, with the values xterm adds to the button code.</summary>
[Flags]
public enum MouseModifiers : byte
{
    None = 0,
    Shift = 4,
    Alt = 8,
    Control = 16,
}
