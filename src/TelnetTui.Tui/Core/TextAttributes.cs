namespace TelnetTui.Tui;

/// <summary>SGR text attributes (ECMA-48 §8.3.117), one bit each.</summary>
[Flags]
public enum TextAttributes : ushort
{
    None = 0,
    Bold = 1 << 0,
    Dim = 1 << 1,
    Italic = 1 << 2,
    Underline = 1 << 3,
    Blink = 1 << 4,
    Reverse = 1 << 5,
    Hidden = 1 << 6,
    Strikethrough = 1 << 7,
}
