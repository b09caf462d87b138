using TelnetTui.Toml.Syntax;

namespace TelnetTui.Toml.Editing;

/// <summary>
/// Plans the removal of a value: its line, its inline entry or array element, or for a table the
/// sections and lines that define it (a section goes with the comment lines attached above its
/// header). Other lines, and their comments, stay byte for byte.
/// </summary>
internal sealed class RemovePlanner(DocumentLayout layout)
{
    public List<TextEdit> Remove(TomlValue node)
    {
        // Inside an inline table or a static array: cut the entry or element out of the value.
        if (node.Entry is { Line: null } && Ancestry.InlineContainer(Ancestry.ParentOf(node)!) is { } inline)
            return [RemoveInlineEntries(inline, node)];
        if (node is TomlTable { Origin: TableOrigin.Dotted } dotted && Ancestry.InlineContainer(dotted) is { } container)
            return [RemoveInlineEntries(container, node)];
        if (Ancestry.ParentOf(node) is TomlArray { IsTableArray: false } array)
            return [RemoveElement(array, node)];
        return RemoveItems(node);
    }

    private List<TextEdit> RemoveItems(TomlValue node)
    {
        var remove = new bool[layout.Count];
        for (var i = 0; i < layout.Count; i++)
        {
            switch (layout.Items[i])
            {
                case TableHeaderSyntax h when Ancestry.IsWithin(h.Target, node):
                    for (var k = layout.AttachedStart(i); k < layout.SectionEnd(i); k++)
                        remove[k] = true;
                    break;
                case KeyValueLineSyntax l when ReferenceEquals(l.Entry.Key.Parts[^1].Target, node) || Ancestry.IsWithin(l.Entry.Owner, node):
                    remove[i] = true;
                    break;
            }
        }
        var edits = new List<TextEdit>();
        for (var i = 0; i < layout.Count; i++)
        {
            if (!remove[i])
                continue;
            var start = i;
            while (i + 1 < layout.Count && remove[i + 1])
                i++;
            edits.Add(TextEdit.Delete(layout.Items[start].Span.Start, layout.Items[i].Span.End));
        }
        return edits;
    }

    /// <summary>Removes the inline entries that define <paramref name="node"/> (several when it is a dotted table).</summary>
    private static TextEdit RemoveInlineEntries(TomlTable inline, TomlValue node)
    {
        var syntax = (InlineTableSyntax)inline.Syntax!;
        var entries = syntax.Entries;
        var keep = entries.Where(e => !e.Key.Parts.Any(p => Ancestry.IsWithin(p.Target, node))).ToList();
        if (keep.Count == entries.Count)
            throw new InvalidOperationException("no inline entry defines this value");
        if (keep.Count == 0)
            return new TextEdit(syntax.Span.Start, syntax.Span.Length, "{}");
        // Rewrite only the run of entries; each kept entry keeps its own text.
        var text = inline.Source!.Text;
        var first = entries[0].Span.Start;
        var last = entries[^1].Span.End;
        return new TextEdit(first, last - first, string.Join(", ", keep.Select(e => text.Substring(e.Span.Start, e.Span.Length))));
    }

    private static TextEdit RemoveElement(TomlArray array, TomlValue node)
    {
        var syntax = (ArraySyntax)array.Syntax!;
        var index = array.IndexOf(node);
        var items = syntax.Items;
        if (items.Count == 1)
            return new TextEdit(syntax.Span.Start, syntax.Span.Length, "[]");
        // Take the element with the separator after it, or before it for the last one.
        return index < items.Count - 1
            ? TextEdit.Delete(items[index].Span.Start, items[index + 1].Span.Start)
            : TextEdit.Delete(items[index - 1].Span.End, items[index].Span.End);
    }
}
