using System.Text;
using TelnetTui.Toml.Syntax;

namespace TelnetTui.Toml.Editing;

/// <summary>
/// Plans the text for a key that does not exist yet: a "key = value" line at the end of its
/// table's lines, an entry in an inline table, or new [sections] after the table's last section.
/// Nothing else in the document moves.
/// </summary>
internal sealed class InsertPlanner(DocumentLayout layout)
{
    private string NL => layout.NewLine;

    public TextEdit Insert(TomlTable parent, string key, TomlValue value)
    {
        if (Ancestry.InlineContainer(parent) is { } inline)
            return InsertIntoInline(inline, parent, key, value);
        if (SectionWriter.WantsSections(value))
            return InsertSections(parent, key, value);
        return InsertLine(parent, key, value);
    }

    /// <summary>A new [[entry]] at the end of an existing array of tables.</summary>
    public TextEdit AppendArrayEntry(TomlArray array, TomlTable entry)
    {
        var text = SectionWriter.Write(HeaderKeys(array), entry, arrayEntry: true, NL);
        return PlaceSections(LastItemWithin(array), text);
    }

    /// <summary>A new element at the end of a static array value.</summary>
    public TextEdit AppendElement(TomlArray array, TomlValue item)
    {
        var syntax = (ArraySyntax)(array.Syntax ?? throw new InvalidOperationException("the array has no syntax"));
        var formatted = ValueFormatter.Format(item, NL);
        if (syntax.Items.Count == 0)
            return new TextEdit(syntax.Span.Start, syntax.Span.Length, "[" + formatted + "]");
        return TextEdit.Insert(syntax.Items[^1].Span.End, ", " + formatted);
    }

    private TextEdit InsertIntoInline(TomlTable inline, TomlTable parent, string key, TomlValue value)
    {
        var syntax = (InlineTableSyntax)(inline.Syntax ?? throw new InvalidOperationException("the inline table has no syntax"));
        List<string> keys = [.. Ancestry.RelativeKeys(parent, inline), key];
        var entry = TomlKeyFormatter.FormatDotted(keys) + " = " + ValueFormatter.Format(value, NL);
        if (syntax.Entries.Count == 0)
            return new TextEdit(syntax.Span.Start, syntax.Span.Length, "{ " + entry + " }");
        return TextEdit.Insert(syntax.Entries[^1].Span.End, ", " + entry);
    }

    private TextEdit InsertLine(TomlTable parent, string key, TomlValue value)
    {
        var formatted = ValueFormatter.Format(value, NL);
        switch (parent.Origin)
        {
            case TableOrigin.Root:
            {
                var last = layout.LastKeyValueIn(-1);
                if (last >= 0)
                    return LineAfter(last, TomlKeyFormatter.Format(key), formatted);
                // No root keys yet: just before the first table (and its comments), or at the end.
                var at = layout.AttachedStart(layout.FirstHeader());
                var line = TomlKeyFormatter.Format(key) + " = " + formatted + NL;
                var offset = layout.OffsetOf(at);
                return TextEdit.Insert(offset, layout.BreakBefore(offset) + line + (at < layout.Count ? NL : ""));
            }
            case TableOrigin.Header or TableOrigin.ArrayElement:
            {
                var header = layout.IndexOf(parent.Header ?? throw new InvalidOperationException("a header table without its header"));
                var last = layout.LastKeyValueIn(header);
                return LineAfter(last >= 0 ? last : header, TomlKeyFormatter.Format(key), formatted);
            }
            case TableOrigin.Dotted:
            {
                var entry = parent.LastDottedEntry ?? throw new InvalidOperationException("a dotted table without its line");
                var sectionTable = (TomlValue?)parent.DottedSection?.Target ?? RootOf(parent);
                var keys = Ancestry.RelativeKeys(parent, sectionTable);
                keys.Add(key);
                return LineAfter(layout.IndexOf(entry.Line!), TomlKeyFormatter.FormatDotted(keys), formatted);
            }
            default:
            {
                // A table that so far only exists as the parent of [other.headers]: give it its own header,
                // just before the first section inside it.
                var first = FirstItemWithin(parent);
                var at = layout.AttachedStart(first);
                var sb = new StringBuilder();
                sb.Append('[').Append(TomlKeyFormatter.FormatDotted(HeaderKeys(parent))).Append(']').Append(NL);
                sb.Append(TomlKeyFormatter.Format(key)).Append(" = ").Append(formatted).Append(NL).Append(NL);
                var offset = layout.OffsetOf(at);
                return TextEdit.Insert(offset, layout.BreakBefore(offset) + sb);
            }
        }
    }

    private TextEdit LineAfter(int index, string key, string formatted)
    {
        var item = layout.Items[index];
        var indent = layout.IndentOf(item);
        var offset = item.Span.End;
        return TextEdit.Insert(offset, layout.BreakBefore(offset) + indent + key + " = " + formatted + NL);
    }

    private TextEdit InsertSections(TomlTable parent, string key, TomlValue value)
    {
        List<string> keys = [.. HeaderKeys(parent), key];
        var text = value is TomlTable table
            ? SectionWriter.Write(keys, table, arrayEntry: false, NL)
            : SectionWriter.WriteArray(keys, (TomlArray)value, NL);
        var last = parent.Origin == TableOrigin.Root ? layout.Count - 1 : LastItemWithin(parent);
        return PlaceSections(last, text);
    }

    /// <summary>Sections go after the section holding <paramref name="lastItem"/>, with a blank line on each side.</summary>
    private TextEdit PlaceSections(int lastItem, string text)
    {
        var end = lastItem < 0 ? layout.Count : Math.Max(layout.SectionEnd(layout.SectionOf(lastItem)), lastItem + 1);
        var offset = layout.OffsetOf(end);
        var sb = new StringBuilder();
        sb.Append(layout.BreakBefore(offset));
        if (end > 0 && !layout.IsBlank(end - 1))
            sb.Append(NL);
        sb.Append(text);
        if (end < layout.Count)
            sb.Append(NL);
        return TextEdit.Insert(offset, sb.ToString());
    }

    private int LastItemWithin(TomlValue node)
    {
        for (var i = layout.Count - 1; i >= 0; i--)
        {
            if (Defines(layout.Items[i], node))
                return i;
        }
        return -1;
    }

    private int FirstItemWithin(TomlValue node)
    {
        for (var i = 0; i < layout.Count; i++)
        {
            if (Defines(layout.Items[i], node))
                return i;
        }
        return layout.Count;
    }

    private static bool Defines(ItemSyntax item, TomlValue node) => item switch
    {
        TableHeaderSyntax h => Ancestry.IsWithin(h.Target, node),
        KeyValueLineSyntax l => Ancestry.IsWithin(l.Entry.Owner, node),
        _ => false,
    };

    /// <summary>The keys a [header] uses for a table: array indexes drop out ([a.b] means "b in the last [[a]]").</summary>
    private static List<string> HeaderKeys(TomlValue node) =>
        TomlPathFormatter.PathOf(node).Where(s => !s.IsIndex).Select(s => s.Key!).ToList();

    private static TomlValue RootOf(TomlValue node)
    {
        var v = node;
        while (Ancestry.ParentOf(v) is { } p)
            v = p;
        return v;
    }
}
