using TelnetTui.Tui.Input;
using TelnetTui.Tui.Rendering;

namespace TelnetTui.Tui.Widgets;

/// <summary>An on/off field: "[x]" or "[ ]"; Space or a click toggles it.</summary>
public sealed class CheckBox(string label, bool isChecked = false) : FormField(label)
{
    public bool Checked { get; set; } = isChecked;
    public override bool CanFocus => true;
    public override int PreferredWidth => 3;

    public event Action<bool>? Toggled;

    public override string? Validate() => null;

    public void Toggle()
    {
        Checked = !Checked;
        Toggled?.Invoke(Checked);
    }

    protected override void OnRender(Rect area, Buffer buffer) =>
        buffer.SetString(area.X, area.Y, Checked ? "[x]" : "[ ]", HasFocus ? Theme.FieldFocused : Theme.Field, area.Width);

    public override CursorState? Cursor => CursorState.At(Area.X + 1, Area.Y);

    public override bool OnKey(KeyEvent e)
    {
        if (e.IsText && e.Rune.Value == ' ')
        {
            Toggle();
            return true;
        }
        return false;
    }

    public override bool OnMouse(MouseEvent e)
    {
        if (e.Action != MouseAction.Press || e.Button != MouseButton.Left)
            return false;
        Toggle();
        return true;
    }
}
