using TelnetTui.Toml.Syntax;

namespace TelnetTui.Toml.Editing;

/// <summary>Plans a rename: every key part that names the value (in headers, dotted keys and inline tables) gets the new name.</summary>
internal sealed class RenamePlanner(DocumentLayout layout)
{
    public List<TextEdit> Rename(TomlValue node, string newName)
    {
        var edits = new List<TextEdit>();
        foreach (var item in layout.Items)
        {
            switch (item)
            {
                case TableHeaderSyntax h:
                    Visit(h.Key, node, newName, edits);
                    break;
                case KeyValueLineSyntax l:
                    Visit(l.Entry, node, newName, edits);
                    break;
            }
        }
        return edits;
    }

    private static void Visit(KeyValueSyntax entry, TomlValue node, string newName, List<TextEdit> edits)
    {
        Visit(entry.Key, node, newName, edits);
        Visit(entry.Value, node, newName, edits);
    }

    private static void Visit(ValueSyntax value, TomlValue node, string newName, List<TextEdit> edits)
    {
        switch (value)
        {
            case ArraySyntax a:
                foreach (var item in a.Items)
                    Visit(item, node, newName, edits);
                break;
            case InlineTableSyntax t:
                foreach (var entry in t.Entries)
                    Visit(entry, node, newName, edits);
                break;
        }
    }

    private static void Visit(KeySyntax key, TomlValue node, string newName, List<TextEdit> edits)
    {
        foreach (var part in key.Parts)
        {
            if (ReferenceEquals(part.Target, node))
                edits.Add(new TextEdit(part.Span.Start, part.Span.Length, Format(newName, part.Style)));
        }
    }

    /// <summary>Keeps the old quoting where the new name allows it.</summary>
    private static string Format(string name, KeyStyle style) => style switch
    {
        KeyStyle.Literal when TomlStringFormatter.CanBeLiteral(name) => TomlStringFormatter.Literal(name),
        KeyStyle.Basic => TomlStringFormatter.Basic(name),
        _ => TomlKeyFormatter.Format(name),
    };
}
