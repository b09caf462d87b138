using TelnetTui.Tui.Input;
using TelnetTui.Tui.Text;

namespace TelnetTui.Tui.Widgets;

/// <summary>A push button, "[ OK ]": Enter, Space or a click presses it.</summary>
public sealed class Button(string text) : Widget
{
    public string Text { get; set; } = text;
    public override bool CanFocus => true;
    public int Width => CharWidth.Of(Text) + 4;

    public event Action? Pressed;

    public void Press() => Pressed?.Invoke();

    protected override void OnRender(Rect area, Buffer buffer) =>
        buffer.SetString(area.X, area.Y, $"[ {Text} ]", HasFocus ? Theme.ButtonFocused : Theme.Button, area.Width);

    public override bool OnKey(KeyEvent e)
    {
        if ((e.Key == Key.Enter && e.Modifiers == KeyModifiers.None) || (e.IsText && e.Rune.Value == ' '))
        {
            Press();
            return true;
        }
        return false;
    }

    public override bool OnMouse(MouseEvent e)
    {
        if (e.Action != MouseAction.Press || e.Button != MouseButton.Left)
            return false;
        Press();
        return true;
    }
}
