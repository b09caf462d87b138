namespace TelnetTui.Toml.Syntax;

/// <summary>A run of UTF-16 code units in the source text.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);
}
