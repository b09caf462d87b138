namespace TelnetTui.Toml.Syntax;

/// <summary>
/// One top-level item of a document: a blank/comment line, a key/value line or a table header.
/// Its span runs from the start of its line to the end of its line break, so the items of a
/// tree cover the text exactly once, in order (the tree is lossless).
/// </summary>
internal abstract class ItemSyntax(TextSpan span)
{
    public TextSpan Span { get; } = span;
}

/// <summary>A line holding only whitespace and maybe a comment.</summary>
internal sealed class TriviaSyntax(TextSpan span, bool hasComment) : ItemSyntax(span)
{
    public bool HasComment { get; } = hasComment;
}

/// <summary>A line "key = value  # comment" (the value may run over several lines).</summary>
internal sealed class KeyValueLineSyntax(TextSpan span, KeyValueSyntax entry) : ItemSyntax(span)
{
    public KeyValueSyntax Entry { get; } = entry;
}

/// <summary>A [table] or [[array of tables]] header line.</summary>
internal sealed class TableHeaderSyntax(TextSpan span, KeySyntax key, bool isArray) : ItemSyntax(span)
{
    public KeySyntax Key { get; } = key;

    public bool IsArray { get; } = isArray;

    /// <summary>The table this header defines (set by the builder).</summary>
    public TomlTable? Target { get; set; }
}
