namespace TelnetTui.Panes.Terminal;

/// <summary>
/// A cell of the session's text that stays put while lines scroll: the line counted from the first line
/// that ever scrolled off (<c>Screen.LinesScrolledOff + line</c>), and the column.
/// </summary>
public readonly record struct ScreenPoint(long Line, int Column) : IComparable<ScreenPoint>
{
    public int CompareTo(ScreenPoint other) => Line != other.Line ? Line.CompareTo(other.Line) : Column.CompareTo(other.Column);

    public static bool operator <(ScreenPoint a, ScreenPoint b) => a.CompareTo(b) < 0;
    public static bool operator >(ScreenPoint a, ScreenPoint b) => a.CompareTo(b) > 0;
    public static bool operator <=(ScreenPoint a, ScreenPoint b) => a.CompareTo(b) <= 0;
    public static bool operator >=(ScreenPoint a, ScreenPoint b) => a.CompareTo(b) >= 0;
}
