using System.Text;

namespace TelnetTui.Tui;

/// <summary>How a cell looks: foreground, background and text attributes. Compared by value.</summary>
public readonly struct Style : IEquatable<Style>
{
    public Color Foreground { get; }
    public Color Background { get; }
    public TextAttributes Attributes { get; }

    public Style(Color foreground, Color background = default, TextAttributes attributes = TextAttributes.None)
    {
        Foreground = foreground;
        Background = background;
        Attributes = attributes;
    }

    /// <summary>The terminal's default colours and no attributes (what SGR 0 gives).</summary>
    public static Style Default => default;

    public bool IsDefault => Foreground.IsDefault && Background.IsDefault && Attributes == TextAttributes.None;

    public Style WithForeground(Color color) => new(color, Background, Attributes);
    public Style WithBackground(Color color) => new(Foreground, color, Attributes);
    public Style WithAttributes(TextAttributes attributes) => new(Foreground, Background, attributes);
    public Style Add(TextAttributes attributes) => new(Foreground, Background, Attributes | attributes);
    public Style Remove(TextAttributes attributes) => new(Foreground, Background, Attributes & ~attributes);
    public bool Has(TextAttributes attribute) => (Attributes & attribute) == attribute;

    private static readonly (string Name, TextAttributes Value)[] AttributeNames =
    [
        ("bold", TextAttributes.Bold), ("dim", TextAttributes.Dim), ("italic", TextAttributes.Italic),
        ("underline", TextAttributes.Underline), ("blink", TextAttributes.Blink), ("reverse", TextAttributes.Reverse),
        ("hidden", TextAttributes.Hidden), ("strikethrough", TextAttributes.Strikethrough),
    ];

    /// <summary>
    /// Parses a style as written in a theme: attributes, a foreground colour, and "on" and a background,
    /// e.g. "bold yellow on blue", "reverse", "#ffaa00 on 236". See <see cref="Color.TryParse"/> for colours.
    /// </summary>
    public static bool TryParse(string text, out Style style, out string? error)
    {
        style = default;
        error = null;
        Color fg = default, bg = default;
        var attributes = TextAttributes.None;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var seenFg = false;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (word.Equals("on", StringComparison.OrdinalIgnoreCase))
            {
                if (i + 1 >= words.Length || !Color.TryParse(words[i + 1], out bg))
                {
                    error = $"'on' must be followed by a background colour in '{text}'";
                    return false;
                }
                i++;
                continue;
            }
            var matched = false;
            foreach (var (name, value) in AttributeNames)
            {
                if (word.Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    attributes |= value;
                    matched = true;
                }
            }
            if (matched)
                continue;
            if (!seenFg && Color.TryParse(word, out fg))
            {
                seenFg = true;
                continue;
            }
            error = $"'{word}' is neither an attribute ({string.Join(", ", AttributeNames.Select(a => a.Name))}) nor a colour in '{text}'";
            return false;
        }
        style = new Style(fg, bg, attributes);
        return true;
    }

    public static Style Parse(string text) => TryParse(text, out var style, out var error) ? style : throw new FormatException(error);

    public bool Equals(Style other) =>
        Foreground == other.Foreground && Background == other.Background && Attributes == other.Attributes;

    public override bool Equals(object? obj) => obj is Style s && Equals(s);
    public override int GetHashCode() => HashCode.Combine(Foreground, Background, Attributes);
    public static bool operator ==(Style a, Style b) => a.Equals(b);
    public static bool operator !=(Style a, Style b) => !a.Equals(b);

    public override string ToString()
    {
        var sb = new StringBuilder();
        foreach (var (name, value) in AttributeNames)
        {
            if ((Attributes & value) != 0)
                sb.Append(name).Append(' ');
        }
        if (!Foreground.IsDefault || Background.IsDefault)
            sb.Append(Foreground).Append(' ');
        if (!Background.IsDefault)
            sb.Append("on ").Append(Background);
        return sb.ToString().TrimEnd();
    }
}
