namespace TelnetTui.Terminal.Model;

/// <summary>Where the cursor is (0-based) and how it is drawn.</summary>
public readonly record struct CursorState(int Row, int Column, bool Visible, CursorShape Shape, bool Blinking);

/// <summary>DECSCUSR cursor shapes.</summary>
public enum CursorShape : byte
{
    Block,
    Underline,
    Bar,
}
