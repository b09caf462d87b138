using System.Text;
using TelnetTui.Toml.Text;

namespace TelnetTui.Toml.Syntax;

/// <summary>A parsed document: an optional byte-order mark, then items that cover the rest of the text.</summary>
internal sealed class TomlSyntaxTree(TomlSourceText source, int bomLength, List<ItemSyntax> items)
{
    public TomlSourceText Source { get; } = source;

    /// <summary>1 when the text starts with U+FEFF (a UTF-8 BOM, allowed only there).</summary>
    public int BomLength { get; } = bomLength;

    public List<ItemSyntax> Items { get; } = items;

    /// <summary>Writes the document back from its items; unchanged trees give the source text exactly.</summary>
    public void WriteTo(StringBuilder sb)
    {
        var text = Source.Text.AsSpan();
        sb.Append(text[..BomLength]);
        foreach (var item in Items)
            sb.Append(text.Slice(item.Span.Start, item.Span.Length));
    }
}
