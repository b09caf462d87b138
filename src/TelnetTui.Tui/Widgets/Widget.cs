using TelnetTui.Tui.Input;
using TelnetTui.Tui.Rendering;

namespace TelnetTui.Tui.Widgets;

/// <summary>
/// An interactive view: it keeps state between frames, renders into the area it is given, and may take
/// focus, keys, mouse events and pastes. Containers list their visible children in focus order; the
/// application walks that tree for Tab order, click-to-focus and event bubbling (a widget that does not
/// handle an event passes it to its parent).
/// </summary>
public abstract class Widget : IView
{
    private static readonly Theme FallbackTheme = new();
    private Theme? _theme;

    /// <summary>A name for status lines, tests and debugging.</summary>
    public string? Name { get; set; }

    public Widget? Parent { get; private set; }

    /// <summary>Where the widget was drawn last frame (for hit tests); empty before its first frame.</summary>
    public Rect Area { get; private set; }

    /// <summary>The theme set here, else the parent's, else the default theme.</summary>
    public Theme Theme
    {
        get => _theme ?? Parent?.Theme ?? FallbackTheme;
        set => _theme = value;
    }

    public virtual bool CanFocus => false;

    /// <summary>This widget holds the keyboard focus.</summary>
    public bool HasFocus { get; internal set; }

    /// <summary>This widget or one inside it holds the focus (borders and titles light up).</summary>
    public bool HasFocusWithin { get; internal set; }

    /// <summary>The children drawn now, in focus order (a tab view lists only its active page).</summary>
    public virtual IEnumerable<Widget> Children => [];

    public void Render(Rect area, Buffer buffer)
    {
        Area = area;
        if (!area.IsEmpty)
            OnRender(area, buffer);
    }

    protected abstract void OnRender(Rect area, Buffer buffer);

    /// <summary>Handles a key; false passes it to the parent.</summary>
    public virtual bool OnKey(KeyEvent e) => false;

    /// <summary>Handles a mouse event (screen coordinates); false passes it to the parent.</summary>
    public virtual bool OnMouse(MouseEvent e) => false;

    /// <summary>Handles pasted text; false passes it to the parent.</summary>
    public virtual bool OnPaste(PasteEvent e) => false;

    /// <summary>Where the terminal cursor goes while this widget has focus (screen coordinates), or null for none.</summary>
    public virtual CursorState? Cursor => null;

    /// <summary>Called when focus arrives or leaves.</summary>
    protected internal virtual void OnFocusChanged()
    {
    }

    /// <summary>Makes <paramref name="child"/> this widget's child (for bubbling and focus-within).</summary>
    protected T Adopt<T>(T child) where T : Widget
    {
        child.Parent = this;
        return child;
    }

    /// <summary>Detaches <paramref name="child"/>.</summary>
    protected static void Release(Widget child) => child.Parent = null;

    /// <summary>True when <paramref name="other"/> is this widget or inside it.</summary>
    public bool Contains(Widget? other)
    {
        for (var w = other; w is not null; w = w.Parent)
        {
            if (ReferenceEquals(w, this))
                return true;
        }
        return false;
    }

    public override string ToString() => Name ?? GetType().Name;
}
