namespace TelnetTui.Core.Lines;

/// <summary>What an <see cref="ILineFilter"/> decided about one line: draw it as received, hide it, or colour spans of it.</summary>
public readonly struct LineVerdict
{
    public static readonly LineVerdict Show = default;

    public static readonly LineVerdict Gagged = new(gag: true, null);

    public LineVerdict(bool gag, IReadOnlyList<LineColour>? colours)
    {
        Gag = gag;
        Colours = colours;
    }

    /// <summary>The line is not drawn at all.</summary>
    public bool Gag { get; }

    /// <summary>Spans of the line's text to draw in another foreground colour; null or empty for none.</summary>
    public IReadOnlyList<LineColour>? Colours { get; }
}

/// <summary>A span of a line's text (offsets into the filter's <c>text</c>) and its colour: a host colour name or #rrggbb (<see cref="Book.HostColours"/>).</summary>
public readonly record struct LineColour(int Start, int Length, string Colour);
