namespace TelnetTui.Tui.Rendering;

/// <summary>DECSCUSR cursor shapes (xterm ctlseqs, "CSI Ps SP q").</summary>
public enum CursorShape : byte
{
    Default = 0,
    BlinkingBlock = 1,
    SteadyBlock = 2,
    BlinkingUnderline = 3,
    SteadyUnderline = 4,
    BlinkingBar = 5,
    SteadyBar = 6,
}

/// <summary>Where the terminal cursor should be after a frame, and whether and how it shows.</summary>
public readonly record struct CursorState(bool Visible, int X, int Y, CursorShape Shape = CursorShape.Default)
{
    public static CursorState Hidden => default;

    public static CursorState At(int x, int y, CursorShape shape = CursorShape.Default) => new(true, x, y, shape);
}
