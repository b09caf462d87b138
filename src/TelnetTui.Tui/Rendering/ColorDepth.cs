namespace TelnetTui.Tui.Rendering;

/// <summary>How many colours the user's terminal shows; styles are mapped down to it when encoded.</summary>
public enum ColorDepth : byte
{
    /// <summary>No colour at all (NO_COLOR, TERM=dumb): attributes only.</summary>
    Monochrome,
    /// <summary>The 8 ANSI colours and their bright forms (SGR 30–37, 90–97).</summary>
    Ansi16,
    /// <summary>The xterm 256-colour palette (SGR 38;5;n).</summary>
    Ansi256,
    /// <summary>24-bit colour (SGR 38;2;r;g;b).</summary>
    TrueColor,
}
