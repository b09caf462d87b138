using TelnetTui.Tui.Widgets;

namespace TelnetTui.Tui.App;

/// <summary>
/// Who has the keyboard: one focused widget, its ancestors marked "focus within". Tab order is the
/// depth-first order of the visible widget tree; a click focuses the focusable widget under the pointer.
/// </summary>
public sealed class FocusManager
{
    public Widget? Focused { get; private set; }

    /// <summary>Raised after focus moved (argument: the newly focused widget, or null).</summary>
    public event Action<Widget?>? FocusChanged;

    public void SetFocus(Widget? widget)
    {
        if (widget is not null && !widget.CanFocus)
            widget = FirstFocusable(widget);
        if (ReferenceEquals(widget, Focused))
            return;
        var old = Focused;
        if (old is not null)
        {
            old.HasFocus = false;
            for (var w = old; w is not null; w = w.Parent)
                w.HasFocusWithin = false;
        }
        Focused = widget;
        if (widget is not null)
        {
            widget.HasFocus = true;
            for (var w = widget; w is not null; w = w.Parent)
                w.HasFocusWithin = true;
        }
        old?.OnFocusChanged();
        widget?.OnFocusChanged();
        FocusChanged?.Invoke(widget);
    }

    /// <summary>Focusable widgets under <paramref name="scope"/> in Tab order (drawn ones only).</summary>
    public static List<Widget> Focusables(Widget scope)
    {
        var list = new List<Widget>();
        Collect(scope, list);
        return list;
    }

    private static void Collect(Widget widget, List<Widget> list)
    {
        if (widget.CanFocus && !widget.Area.IsEmpty)
            list.Add(widget);
        foreach (var child in widget.Children)
            Collect(child, list);
    }

    public static Widget? FirstFocusable(Widget scope)
    {
        var all = Focusables(scope);
        return all.Count > 0 ? all[0] : null;
    }

    /// <summary>Moves focus to the next (or previous) focusable widget in <paramref name="scope"/>, wrapping around.</summary>
    public bool Move(Widget scope, bool forward)
    {
        var all = Focusables(scope);
        if (all.Count == 0)
            return false;
        var index = Focused is null ? -1 : all.IndexOf(Focused);
        if (index < 0)
        {
            // focus sits inside a widget that is not itself in the list (or outside the scope): start from its container
            index = Focused is null ? -1 : all.FindIndex(w => w.Contains(Focused));
        }
        var next = index < 0 ? (forward ? 0 : all.Count - 1) : (index + (forward ? 1 : all.Count - 1)) % all.Count;
        SetFocus(all[next]);
        return true;
    }

    /// <summary>The deepest widget under <paramref name="scope"/> drawn at (x, y).</summary>
    public static Widget? HitTest(Widget scope, int x, int y)
    {
        if (!scope.Area.Contains(x, y))
            return null;
        Widget? found = null;
        foreach (var child in scope.Children)
        {
            var hit = HitTest(child, x, y);
            if (hit is not null)
                found = hit; // later children are drawn on top
        }
        return found ?? scope;
    }

    /// <summary>The widget itself or its nearest ancestor (within scope) that can take focus.</summary>
    public static Widget? FocusTarget(Widget? widget, Widget scope)
    {
        for (var w = widget; w is not null; w = w.Parent)
        {
            if (w.CanFocus)
                return w;
            if (ReferenceEquals(w, scope))
                break;
        }
        return null;
    }
}
