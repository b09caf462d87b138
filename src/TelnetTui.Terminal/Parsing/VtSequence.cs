namespace TelnetTui.Terminal.Parsing;

/// <summary>
/// The header of an escape, control or device-control sequence: private marker ('?', '&gt;', '&lt;', '='),
/// intermediates (0x20–0x2F, at most <see cref="VtLimits.MaxIntermediates"/>), final character, and parameters.
/// </summary>
public readonly struct VtSequence
{
    internal VtSequence(VtParams parameters, char prefix, int intermediates, char final)
    {
        Params = parameters;
        Prefix = prefix;
        Intermediates = intermediates;
        Final = final;
    }

    public VtParams Params { get; }

    /// <summary>The private-parameter marker, or '\0'.</summary>
    public char Prefix { get; }

    /// <summary>Intermediate characters packed first-to-last, 8 bits each (0 for none): " q" gives 0x20.</summary>
    public int Intermediates { get; }

    public char Final { get; }

    /// <summary>True when the intermediates are exactly <paramref name="chars"/>.</summary>
    public bool HasIntermediates(string chars)
    {
        var packed = 0;
        foreach (var c in chars)
            packed = (packed << 8) | c;
        return packed == Intermediates;
    }

    public override string ToString()
    {
        var text = "";
        for (var v = Intermediates; v != 0; v >>= 8)
            text = (char)(v & 0xFF) + text;
        return $"{(Prefix == '\0' ? "" : Prefix.ToString())}{Params}{text}{Final}";
    }
}
