using TelnetTui.Toml.Syntax;
using TelnetTui.Toml.Text;

namespace TelnetTui.Toml.Building;

/// <summary>
/// Builds the tables a syntax tree describes and enforces TOML 1.0.0's rules on defining them:
/// a table is defined once; a [header] may define a table only created as a parent of another
/// header; dotted keys may only add to tables they created themselves; inline tables and static
/// arrays are complete as written; [[name]] appends to arrays of tables only.
/// </summary>
internal sealed class TomlTableBuilder
{
    private readonly TomlSourceText _source;
    private readonly bool _recordSyntax;
    private readonly TomlTable _root = new(TableOrigin.Root);
    private TomlTable _current;
    private TableHeaderSyntax? _currentHeader;

    private TomlTableBuilder(TomlSourceText source, bool recordSyntax)
    {
        _source = source;
        _recordSyntax = recordSyntax;
        _root.SetOrigin(source, 0, 0);
        _current = _root;
    }

    /// <summary>Builds the root table; with <paramref name="recordSyntax"/> values keep links to their syntax for editing.</summary>
    public static TomlTable Build(TomlSyntaxTree tree, bool recordSyntax)
    {
        var builder = new TomlTableBuilder(tree.Source, recordSyntax);
        foreach (var item in tree.Items)
        {
            switch (item)
            {
                case TableHeaderSyntax header:
                    builder.DefineHeader(header);
                    break;
                case KeyValueLineSyntax line:
                    builder.AddEntry(builder._current, line.Entry, inline: false);
                    break;
            }
        }
        return builder._root;
    }

    private void DefineHeader(TableHeaderSyntax header)
    {
        var parts = header.Key.Parts;
        var table = _root;
        for (var i = 0; i < parts.Length - 1; i++)
            table = DescendForHeader(table, parts[i], header);
        var last = parts[^1];
        TomlTable defined;
        if (!header.IsArray)
        {
            if (table.TryGetValue(last.Name, out var existing))
            {
                if (existing is not TomlTable existingTable)
                    throw Fail(last, ExistingValueMessage(header, existing));
                if (existingTable.Origin != TableOrigin.Implicit)
                    throw Fail(last, RedefinitionMessage(header, existingTable));
                existingTable.Origin = TableOrigin.Header;
                existingTable.SetOrigin(_source, last.Span.Start, last.Span.Start);
                defined = existingTable;
            }
            else
            {
                defined = new TomlTable(TableOrigin.Header);
                defined.SetOrigin(_source, last.Span.Start, last.Span.Start);
                table.AddChild(last.Name, defined);
            }
            last.Target = defined;
        }
        else
        {
            TomlArray array;
            if (table.TryGetValue(last.Name, out var existing))
            {
                if (existing is not TomlArray { IsTableArray: true } existingArray)
                    throw Fail(last, ExistingValueMessage(header, existing));
                array = existingArray;
            }
            else
            {
                array = new TomlArray { IsTableArray = true };
                array.SetOrigin(_source, last.Span.Start, last.Span.Start);
                table.AddChild(last.Name, array);
            }
            defined = new TomlTable(TableOrigin.ArrayElement) { Parent = array };
            defined.SetOrigin(_source, last.Span.Start, last.Span.Start);
            array.Add(defined);
            last.Target = array;
        }
        if (_recordSyntax)
            defined.Header = header;
        header.Target = defined;
        _current = defined;
        _currentHeader = header;
    }

    private TomlTable DescendForHeader(TomlTable table, KeyPartSyntax part, TableHeaderSyntax header)
    {
        if (table.TryGetValue(part.Name, out var existing))
        {
            part.Target = existing;
            switch (existing)
            {
                case TomlTable { Origin: TableOrigin.Inline } inline:
                    throw Fail(part, $"{HeaderText(header)} would add to the inline table '{inline.DisplayPath}' ({Where(inline)}); inline tables are complete as written");
                case TomlTable t:
                    return t;
                case TomlArray { IsTableArray: true } array:
                    return (TomlTable)array[^1];
                default:
                    throw Fail(part, $"{HeaderText(header)} needs '{TomlPathFormatter.PathOf(existing)}' to be a table, but it holds {Describe(existing)} ({Where(existing)})");
            }
        }
        var created = new TomlTable(TableOrigin.Implicit);
        created.SetOrigin(_source, part.Span.Start, part.Span.Start);
        table.AddChild(part.Name, created);
        part.Target = created;
        return created;
    }

    private void AddEntry(TomlTable owner, KeyValueSyntax entry, bool inline)
    {
        var parts = entry.Key.Parts;
        var table = owner;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            var part = parts[i];
            if (table.TryGetValue(part.Name, out var existing))
            {
                if (existing is not TomlTable { Origin: TableOrigin.Dotted } dotted)
                    throw Fail(part, DottedIntoMessage(entry, part, existing));
                table = dotted;
            }
            else
            {
                var created = new TomlTable(TableOrigin.Dotted);
                created.SetOrigin(_source, part.Span.Start, part.Span.Start);
                table.AddChild(part.Name, created);
                table = created;
            }
            part.Target = table;
            if (_recordSyntax)
            {
                table.LastDottedEntry = entry;
                table.DottedSection = inline ? null : _currentHeader;
            }
        }
        var last = parts[^1];
        if (table.TryGetValue(last.Name, out var previous))
            throw Fail(last, $"duplicate key '{last.Name}' in {DescribeTable(table)} (first set {Where(previous)})");
        var value = BuildValue(entry.Value);
        value.SetOrigin(_source, entry.Value.Span.Start, last.Span.Start);
        table.AddChild(last.Name, value);
        last.Target = value;
        entry.Owner = table;
        if (_recordSyntax)
            value.Entry = entry;
    }

    private TomlValue BuildValue(ValueSyntax syntax)
    {
        TomlValue value;
        switch (syntax)
        {
            case ScalarSyntax scalar:
                value = scalar.Value;
                break;
            case ArraySyntax arraySyntax:
            {
                var array = new TomlArray();
                foreach (var itemSyntax in arraySyntax.Items)
                {
                    var item = BuildValue(itemSyntax);
                    item.SetOrigin(_source, itemSyntax.Span.Start, -1);
                    item.Parent = array;
                    array.Add(item);
                }
                value = array;
                break;
            }
            case InlineTableSyntax inlineSyntax:
            {
                var table = new TomlTable(TableOrigin.Inline) { IsInline = true };
                foreach (var entry in inlineSyntax.Entries)
                    AddEntry(table, entry, inline: true);
                value = table;
                break;
            }
            default:
                throw new InvalidOperationException($"unknown syntax {syntax.GetType().Name}");
        }
        if (_recordSyntax)
            value.Syntax = syntax;
        return value;
    }

    private TomlException Fail(KeyPartSyntax part, string reason) => new(_source.PositionAt(part.Span.Start), reason);

    private static string HeaderText(TableHeaderSyntax header) =>
        header.IsArray ? $"[[{header.Key.Display}]]" : $"[{header.Key.Display}]";

    private static string DescribeTable(TomlTable table) => table.Origin switch
    {
        TableOrigin.Root => "the root table",
        TableOrigin.Inline => $"the inline table '{table.DisplayPath}'",
        _ => $"table [{table.DisplayPath}]",
    };

    private static string Describe(TomlValue value) => value switch
    {
        TomlArray { IsTableArray: true } => "an array of tables",
        TomlTable { Origin: TableOrigin.Inline } => "an inline table",
        _ => TomlValue.Describe(value.Kind),
    };

    private static string Where(TomlValue value) =>
        value.KeyPosition is { } p ? $"at line {p.Line}, column {p.Column}" : "earlier";

    private static string ExistingValueMessage(TableHeaderSyntax header, TomlValue existing) => existing switch
    {
        TomlArray { IsTableArray: true } => $"{HeaderText(header)}: '{header.Key.Display}' is an array of tables ({Where(existing)}); add to it with [[{header.Key.Display}]]",
        TomlTable => $"{HeaderText(header)}: '{header.Key.Display}' is a table ({Where(existing)}), not an array of tables",
        _ => $"{HeaderText(header)}: the key '{header.Key.Display}' already holds {Describe(existing)} ({Where(existing)})",
    };

    private static string RedefinitionMessage(TableHeaderSyntax header, TomlTable existing) => existing.Origin switch
    {
        TableOrigin.Dotted => $"table [{existing.DisplayPath}] was already created by dotted keys ({Where(existing)}); it cannot also have a [header]",
        TableOrigin.Inline => $"table [{existing.DisplayPath}] is an inline table ({Where(existing)}); inline tables are complete as written",
        _ => $"table [{existing.DisplayPath}] is defined twice (first {Where(existing)})",
    };

    private static string DottedIntoMessage(KeyValueSyntax entry, KeyPartSyntax part, TomlValue existing) => existing switch
    {
        TomlTable { Origin: TableOrigin.Inline } t =>
            $"'{entry.Key.Display}' would add to the inline table '{t.DisplayPath}' ({Where(t)}); inline tables are complete as written",
        TomlTable t =>
            $"'{entry.Key.Display}' would add to table [{t.DisplayPath}] with dotted keys, but that table was defined by a header ({Where(t)})",
        TomlArray { IsTableArray: true } =>
            $"'{entry.Key.Display}': '{part.Name}' is an array of tables ({Where(existing)}); dotted keys cannot add to it",
        _ => $"'{entry.Key.Display}': the key '{part.Name}' already holds {Describe(existing)} ({Where(existing)}), so it cannot also be a table",
    };
}
