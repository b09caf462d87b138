using TelnetTui.Toml.Syntax;

namespace TelnetTui.Toml.Editing;

/// <summary>
/// Where things are in a document, for placing edits: sections (a header and the lines after it),
/// the comment block attached to a header (comment lines right above it), indentation, line breaks.
/// </summary>
internal sealed class DocumentLayout
{
    private readonly Dictionary<ItemSyntax, int> _index = new(ReferenceEqualityComparer.Instance);

    public DocumentLayout(TomlSyntaxTree tree)
    {
        Items = tree.Items;
        Text = tree.Source.Text;
        for (var i = 0; i < Items.Count; i++)
            _index[Items[i]] = i;
        var lf = Text.IndexOf('\n');
        NewLine = lf > 0 && Text[lf - 1] == '\r' ? "\r\n" : "\n";
    }

    public List<ItemSyntax> Items { get; }

    public string Text { get; }

    /// <summary>The document's own line break (CRLF when its first line ends so), for inserted lines.</summary>
    public string NewLine { get; }

    public int Count => Items.Count;

    public int IndexOf(ItemSyntax item) => _index[item];

    public int OffsetOf(int index) => index < Items.Count ? Items[index].Span.Start : Text.Length;

    public bool IsHeader(int index) => Items[index] is TableHeaderSyntax;

    public bool IsBlank(int index) => Items[index] is TriviaSyntax { HasComment: false };

    /// <summary>The header owning an item (the item itself when it is a header), or -1 for the root section.</summary>
    public int SectionOf(int index)
    {
        for (var i = index; i >= 0; i--)
        {
            if (IsHeader(i))
                return i;
        }
        return -1;
    }

    public int NextHeader(int after)
    {
        for (var i = after + 1; i < Items.Count; i++)
        {
            if (IsHeader(i))
                return i;
        }
        return Items.Count;
    }

    public int FirstHeader() => NextHeader(-1);

    /// <summary>The first of the comment-only lines directly above a header (no blank line between): they describe it.</summary>
    public int AttachedStart(int header)
    {
        if (header >= Items.Count)
            return header;
        var i = header;
        while (i > 0 && Items[i - 1] is TriviaSyntax { HasComment: true } && !IsHeader(i - 1))
            i--;
        return i;
    }

    /// <summary>One past the last item of a section (-1: the root section): the next header's attached comments stay with it.</summary>
    public int SectionEnd(int header) => AttachedStart(NextHeader(header));

    /// <summary>The last key/value line of a section, or -1.</summary>
    public int LastKeyValueIn(int header)
    {
        for (var i = NextHeader(header) - 1; i > header; i--)
        {
            if (Items[i] is KeyValueLineSyntax)
                return i;
        }
        return -1;
    }

    /// <summary>The spaces and tabs an item's line starts with.</summary>
    public string IndentOf(ItemSyntax item)
    {
        var i = item.Span.Start;
        while (i < item.Span.End && Text[i] is ' ' or '\t')
            i++;
        return Text[item.Span.Start..i];
    }

    /// <summary>A line break when the text before an offset does not end one (a last line without a line break).</summary>
    public string BreakBefore(int offset) => offset == 0 || Text[offset - 1] == '\n' ? "" : NewLine;
}
