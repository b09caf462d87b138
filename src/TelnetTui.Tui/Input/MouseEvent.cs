namespace TelnetTui.Tui.Input;

/// <summary>What the mouse did (xterm ctlseqs, "Mouse Tracking", SGR 1006 encoding).</summary>
public enum MouseAction : byte
{
    Press,
    Release,
    /// <summary>Motion with a button held.</summary>
    Drag,
    /// <summary>Motion with no button held (any-event tracking only).</summary>
    Move,
    WheelUp,
    WheelDown,
    WheelLeft,
    WheelRight,
}

public enum MouseButton : byte
{
    None,
    Left,
    Middle,
    Right,
    Back,
    Forward,
}

/// <summary>A mouse event at a zero-based cell (X column, Y row).</summary>
public sealed record MouseEvent(MouseAction Action, MouseButton Button, int X, int Y, KeyModifiers Modifiers = KeyModifiers.None) : InputEvent
{
    public bool IsWheel => Action is MouseAction.WheelUp or MouseAction.WheelDown or MouseAction.WheelLeft or MouseAction.WheelRight;
}
