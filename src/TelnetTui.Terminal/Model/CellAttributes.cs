namespace TelnetTui.Terminal.Model;

/// <summary>SGR rendition flags of a cell (ECMA-48 §8.3.117), plus DECSCA protection.</summary>
[Flags]
public enum CellAttributes : ushort
{
    None = 0,
    Bold = 1 << 0,
    Faint = 1 << 1,
    Italic = 1 << 2,
    Blink = 1 << 3,
    Inverse = 1 << 4,
    Hidden = 1 << 5,
    Strikethrough = 1 << 6,
    Overline = 1 << 7,
    /// <summary>DECSCA: selective erase (DECSED/DECSEL) leaves the cell alone.</summary>
    Protected = 1 << 8,
}

/// <summary>Underline styles: SGR 4, 21 and the 4:n sub-parameter forms (kitty/VTE extension).</summary>
public enum UnderlineStyle : byte
{
    None,
    Single,
    Double,
    Curly,
    Dotted,
    Dashed,
}
