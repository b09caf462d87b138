namespace TelnetTui.Core.Display;

/// <summary>
/// The host's text of the line in progress, kept back from the terminal while a line filter decides
/// about complete lines. <see cref="Drawn"/> counts what was already drawn anyway (a partial line shown
/// after the hold delay, or a line longer than <see cref="MaxChars"/>): that part can no longer be gagged.
/// </summary>
internal sealed class HeldLine
{
    /// <summary>Most characters held; past it the line is drawn as it comes.</summary>
    public const int MaxChars = Lines.LineSplitter.MaxRawChars;

    private char[] _chars = new char[256];

    public int Length { get; private set; }

    public int Drawn { get; private set; }

    public ReadOnlySpan<char> Text => _chars.AsSpan(0, Length);

    public ReadOnlySpan<char> Undrawn => _chars.AsSpan(Drawn, Length - Drawn);

    public bool HasUndrawn => Length > Drawn;

    /// <summary>True once any of the line went to the terminal unfiltered.</summary>
    public bool PartlyDrawn => Drawn > 0;

    /// <summary>Keeps <paramref name="text"/>; false when it does not fit (the caller draws the line as it comes).</summary>
    public bool TryAppend(ReadOnlySpan<char> text)
    {
        if (Length + text.Length > MaxChars)
            return false;
        if (_chars.Length < Length + text.Length)
            Array.Resize(ref _chars, Math.Min(MaxChars, Math.Max(Length + text.Length, _chars.Length * 2)));
        text.CopyTo(_chars.AsSpan(Length));
        Length += text.Length;
        return true;
    }

    /// <summary>Everything held so far counts as drawn.</summary>
    public void MarkDrawn() => Drawn = Length;

    public void Clear()
    {
        Length = 0;
        Drawn = 0;
    }
}
