namespace TelnetTui.Tui.Rendering;

/// <summary>
/// Builds SGR parameter strings (ECMA-48 §8.3.117; 38/48 colour forms per xterm ctlseqs): the full form
/// after a reset, or only the difference from the current pen. Foreground and background travel together
/// in one sequence.
/// </summary>
internal static class SgrParameters
{
    private static readonly (TextAttributes Attribute, byte On, byte Off)[] Codes =
    [
        (TextAttributes.Bold, 1, 22), (TextAttributes.Dim, 2, 22), (TextAttributes.Italic, 3, 23),
        (TextAttributes.Underline, 4, 24), (TextAttributes.Blink, 5, 25), (TextAttributes.Reverse, 7, 27),
        (TextAttributes.Hidden, 8, 28), (TextAttributes.Strikethrough, 9, 29),
    ];

    /// <summary>"0;..." for <paramref name="to"/> from scratch ("" for the default style, i.e. CSI m).</summary>
    public static int Reset(Style to, Span<byte> destination)
    {
        var w = new Writer(destination);
        if (to.IsDefault)
            return 0;
        w.Add(0);
        AddOn(ref w, to.Attributes);
        if (!to.Foreground.IsDefault)
            AddColor(ref w, to.Foreground, foreground: true);
        if (!to.Background.IsDefault)
            AddColor(ref w, to.Background, foreground: false);
        return w.Length;
    }

    /// <summary>Only what changes from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static int Delta(Style from, Style to, Span<byte> destination)
    {
        var w = new Writer(destination);
        var removed = from.Attributes & ~to.Attributes;
        var added = to.Attributes & ~from.Attributes;
        if ((removed & (TextAttributes.Bold | TextAttributes.Dim)) != 0)
        {
            w.Add(22); // turns off bold and dim together: put back whichever stays
            added |= to.Attributes & (TextAttributes.Bold | TextAttributes.Dim);
        }
        foreach (var (attribute, _, off) in Codes)
        {
            if (off != 22 && (removed & attribute) != 0)
                w.Add(off);
        }
        AddOn(ref w, added);
        if (from.Foreground != to.Foreground)
            AddColor(ref w, to.Foreground, foreground: true);
        if (from.Background != to.Background)
            AddColor(ref w, to.Background, foreground: false);
        return w.Length;
    }

    private static void AddOn(ref Writer w, TextAttributes attributes)
    {
        if (attributes == TextAttributes.None)
            return;
        foreach (var (attribute, on, _) in Codes)
        {
            if ((attributes & attribute) != 0)
                w.Add(on);
        }
    }

    private static void AddColor(ref Writer w, Color color, bool foreground)
    {
        switch (color.Kind)
        {
            case ColorKind.Default:
                w.Add(foreground ? 39 : 49);
                break;
            case ColorKind.Indexed when color.Index < 8:
                w.Add((foreground ? 30 : 40) + color.Index);
                break;
            case ColorKind.Indexed when color.Index < 16:
                w.Add((foreground ? 90 : 100) + color.Index - 8);
                break;
            case ColorKind.Indexed:
                w.Add(foreground ? 38 : 48);
                w.Add(5);
                w.Add(color.Index);
                break;
            default:
                w.Add(foreground ? 38 : 48);
                w.Add(2);
                w.Add(color.R);
                w.Add(color.G);
                w.Add(color.B);
                break;
        }
    }

    private ref struct Writer(Span<byte> destination)
    {
        private readonly Span<byte> _destination = destination;
        public int Length { get; private set; }

        public void Add(int value)
        {
            if (Length > 0)
                _destination[Length++] = (byte)';';
            if (value >= 100)
                _destination[Length++] = (byte)('0' + value / 100);
            if (value >= 10)
                _destination[Length++] = (byte)('0' + value / 10 % 10);
            _destination[Length++] = (byte)('0' + value % 10);
        }
    }
}
