using TelnetTui.Tui.Input;
using TelnetTui.Tui.Widgets;

namespace TelnetTui.Tui.Tests.Support;

/// <summary>A focusable test widget that shows its name and records what reaches it.</summary>
public sealed class Probe(string name, bool handles = true) : Widget
{
    public List<InputEvent> Received { get; } = [];
    public override bool CanFocus => true;

    protected override void OnRender(Rect area, Buffer buffer) =>
        buffer.SetString(area.X, area.Y, (HasFocus ? "*" : " ") + name, default, area.Width);

    public override bool OnKey(KeyEvent e)
    {
        Received.Add(e);
        return handles && e.Key != Key.Tab; // like real widgets, Tab is left for focus movement
    }

    public override bool OnMouse(MouseEvent e)
    {
        Received.Add(e);
        return handles;
    }

    public override bool OnPaste(PasteEvent e)
    {
        Received.Add(e);
        return handles;
    }

    public override string ToString() => name;
}

/// <summary>Stacks children one row each (a container for focus-order tests).</summary>
public sealed class Stack : Widget
{
    private readonly List<Widget> _children = [];

    public Stack(params Widget[] children)
    {
        foreach (var child in children)
            _children.Add(Adopt(child));
    }

    public List<KeyEvent> Received { get; } = [];
    public override IEnumerable<Widget> Children => _children;

    protected override void OnRender(Rect area, Buffer buffer)
    {
        for (var i = 0; i < _children.Count; i++)
            _children[i].Render(area.Row(i), buffer);
    }

    public override bool OnKey(KeyEvent e)
    {
        Received.Add(e);
        return e.Key == Key.F12;
    }
}
