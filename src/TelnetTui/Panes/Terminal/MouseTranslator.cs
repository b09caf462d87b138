using TelnetTui.Tui.Input;
using TermMouse = TelnetTui.Terminal.Input;

namespace TelnetTui.Panes.Terminal;

/// <summary>The toolkit's mouse events as the emulator's, at a cell of the remote screen, to forward to a host that asked for mouse reports.</summary>
public static class MouseTranslator
{
    public static bool TryTranslate(MouseEvent e, int row, int column, out TermMouse.MouseEvent result)
    {
        var modifiers = TermMouse.MouseModifiers.None;
        if ((e.Modifiers & KeyModifiers.Shift) != 0)
            modifiers |= TermMouse.MouseModifiers.Shift;
        if ((e.Modifiers & KeyModifiers.Alt) != 0)
            modifiers |= TermMouse.MouseModifiers.Alt;
        if ((e.Modifiers & KeyModifiers.Ctrl) != 0)
            modifiers |= TermMouse.MouseModifiers.Control;
        var button = e.Button switch
        {
            MouseButton.Left => TermMouse.MouseButton.Left,
            MouseButton.Middle => TermMouse.MouseButton.Middle,
            MouseButton.Right => TermMouse.MouseButton.Right,
            _ => TermMouse.MouseButton.None,
        };
        (TermMouse.MouseAction Action, TermMouse.MouseButton Button)? mapped = e.Action switch
        {
            MouseAction.Press => (TermMouse.MouseAction.Press, button),
            MouseAction.Release => (TermMouse.MouseAction.Release, button),
            MouseAction.Drag => (TermMouse.MouseAction.Motion, button),
            MouseAction.Move => (TermMouse.MouseAction.Motion, TermMouse.MouseButton.None),
            MouseAction.WheelUp => (TermMouse.MouseAction.Press, TermMouse.MouseButton.WheelUp),
            MouseAction.WheelDown => (TermMouse.MouseAction.Press, TermMouse.MouseButton.WheelDown),
            MouseAction.WheelLeft => (TermMouse.MouseAction.Press, TermMouse.MouseButton.WheelLeft),
            MouseAction.WheelRight => (TermMouse.MouseAction.Press, TermMouse.MouseButton.WheelRight),
            _ => null,
        };
        result = mapped is { } m ? new TermMouse.MouseEvent(m.Action, m.Button, row, column, modifiers) : default;
        return mapped is not null;
    }
}
