namespace TelnetTui.Demo.Bbs;

/// <summary>The few ANSI (ECMA-48) sequences the BBS screens use.</summary>
internal static class Ansi
{
    public const string Reset = "\x1b[0m";

    /// <summary>SGR reset, ED 2 (erase the screen), CUP home.</summary>
    public const string ClearScreen = "\x1b[0m\x1b[2J\x1b[H";

    /// <summary>EL 0: erase to the end of the line.</summary>
    public const string EraseLine = "\x1b[K";

    /// <summary>DSR 6 (ECMA-48 §8.3.35): the terminal answers with CPR, <c>ESC [ row ; column R</c>.</summary>
    public const string CursorReportRequest = "\x1b[6n";

    public const string Bell = "\a";

    /// <summary>CUP (1-based row and column).</summary>
    public static string MoveTo(int row, int column) => $"\x1b[{row};{column}H";

    public static string Colour(int foreground, bool bright = false) => $"\x1b[0;{(bright ? "1;" : "")}{30 + foreground}m";

    public const int Black = 0, Red = 1, Green = 2, Brown = 3, Blue = 4, Magenta = 5, Cyan = 6, Grey = 7;
}
