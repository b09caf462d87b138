namespace TelnetTui.Toml.Syntax;

/// <summary>A value as written; its span covers exactly the value's characters.</summary>
internal abstract class ValueSyntax(TextSpan span)
{
    public TextSpan Span { get; } = span;
}

/// <summary>How a scalar was written, so an edit can keep the user's style.</summary>
internal enum ScalarStyle
{
    Plain,
    BasicString,
    MultiLineBasicString,
    LiteralString,
    MultiLineLiteralString,
    HexInteger,
    OctalInteger,
    BinaryInteger,
}

/// <summary>A string, number, boolean or date/time.</summary>
internal sealed class ScalarSyntax(TextSpan span, TomlValue value, ScalarStyle style) : ValueSyntax(span)
{
    /// <summary>The parsed value (the builder hands this very object to the table).</summary>
    public TomlValue Value { get; } = value;

    public ScalarStyle Style { get; } = style;
}

/// <summary>[ a, b, c ]: the items in order; commas, comments and line breaks stay in the text between them.</summary>
internal sealed class ArraySyntax(TextSpan span, List<ValueSyntax> items) : ValueSyntax(span)
{
    public List<ValueSyntax> Items { get; } = items;
}

/// <summary>{ a = 1, b.c = 2 }.</summary>
internal sealed class InlineTableSyntax(TextSpan span, List<KeyValueSyntax> entries) : ValueSyntax(span)
{
    public List<KeyValueSyntax> Entries { get; } = entries;
}
