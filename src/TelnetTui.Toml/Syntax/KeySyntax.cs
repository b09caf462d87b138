namespace TelnetTui.Toml.Syntax;

/// <summary>How a key part was written.</summary>
internal enum KeyStyle
{
    Bare,
    Basic,
    Literal,
}

/// <summary>One part of a (dotted) key, as written: its span covers the quotes, not the spaces around it.</summary>
internal sealed class KeyPartSyntax(TextSpan span, string name, KeyStyle style)
{
    public TextSpan Span { get; } = span;

    public string Name { get; } = name;

    public KeyStyle Style { get; } = style;

    /// <summary>The table, array or value this part names (set by the builder).</summary>
    public TomlValue? Target { get; set; }
}

/// <summary>A key: one or more parts joined by dots.</summary>
internal sealed class KeySyntax(TextSpan span, KeyPartSyntax[] parts)
{
    public TextSpan Span { get; } = span;

    public KeyPartSyntax[] Parts { get; } = parts;

    public string Display => TomlKeyFormatter.FormatDotted(Parts.Select(p => p.Name));
}

/// <summary>"key = value", on its own line or inside an inline table.</summary>
internal sealed class KeyValueSyntax(TextSpan span, KeySyntax key, ValueSyntax value)
{
    public TextSpan Span { get; } = span;

    public KeySyntax Key { get; } = key;

    public ValueSyntax Value { get; } = value;

    /// <summary>The line holding it, or null inside an inline table.</summary>
    public KeyValueLineSyntax? Line { get; set; }

    /// <summary>The table the last key part was added to (set by the builder).</summary>
    public TomlTable? Owner { get; set; }
}
