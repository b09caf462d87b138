namespace TelnetTui.Tui.Widgets;

/// <summary>
/// Selection and scroll offset over a number of rows shown in a window of a given height: keeps the
/// selected row in view and both values in range whatever the row count or height becomes.
/// </summary>
public sealed class RowScroller
{
    /// <summary>Rows the mouse wheel moves.</summary>
    public const int WheelStep = 3;

    public int Selected { get; private set; } = -1;
    public int Offset { get; private set; }

    /// <summary>Brings both values in range for <paramref name="count"/> rows in a window of <paramref name="height"/>.</summary>
    public void Clamp(int count, int height)
    {
        if (count <= 0)
        {
            Selected = -1;
            Offset = 0;
            return;
        }
        Selected = Math.Clamp(Selected < 0 ? 0 : Selected, 0, count - 1);
        height = Math.Max(1, height);
        if (Selected < Offset)
            Offset = Selected;
        else if (Selected >= Offset + height)
            Offset = Selected - height + 1;
        Offset = Math.Clamp(Offset, 0, Math.Max(0, count - height));
    }

    public void Select(int row, int count, int height)
    {
        Selected = row;
        Clamp(count, height);
    }

    public void MoveBy(int delta, int count, int height) => Select(Math.Max(0, Selected) + delta, count, height);

    /// <summary>Scrolls the window (wheel) and drags the selection along when it would leave the view.</summary>
    public void Scroll(int delta, int count, int height)
    {
        height = Math.Max(1, height);
        Offset = Math.Clamp(Offset + delta, 0, Math.Max(0, count - height));
        if (count > 0)
            Selected = Math.Clamp(Selected, Offset, Math.Min(count - 1, Offset + height - 1));
    }
}
