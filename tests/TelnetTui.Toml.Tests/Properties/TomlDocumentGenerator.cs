using System.Text;

namespace TelnetTui.Toml.Tests.Properties;

/// <summary>A generated document and the values it must read to.</summary>
internal sealed record GeneratedDocument(string Text, TomlTable Expected)
{
    public override string ToString() => Text;
}

/// <summary>
/// Builds random but valid TOML 1.0.0 documents from the grammar: root keys, [tables] (nested,
/// implicit then defined), [[arrays of tables]] with sub-tables, dotted keys, every value form,
/// comments and blank lines everywhere they may go, LF or CRLF, sometimes a BOM or no final line
/// break. The expected values are built alongside, independently of the reader.
/// </summary>
internal sealed class TomlDocumentGenerator
{
    private readonly GeneratorContext _g;
    private readonly ValueGenerator _values;
    private readonly StringBuilder _sb = new();
    private readonly TomlTable _root = new();
    private readonly int _size;
    private readonly List<(TomlTable Table, List<string> Path)> _headerTables = [];
    private readonly List<(TomlTable Table, List<string> Path)> _implicitTables = [];
    private readonly List<(TomlArray Array, List<string> Path)> _tableArrays = [];

    private TomlDocumentGenerator(int seed, int size)
    {
        var r = new Random(seed);
        _g = new GeneratorContext(seed, r.Next(4) == 0 ? "\r\n" : "\n");
        _values = new ValueGenerator(_g);
        _size = Math.Max(1, size);
        _headerTables.Add((_root, []));
    }

    public static GeneratedDocument Generate(int seed, int size) => new TomlDocumentGenerator(seed, size).Build();

    private GeneratedDocument Build()
    {
        if (_g.Chance(5))
            _sb.Append('\uFEFF');
        _sb.Append(_g.TriviaLines());
        KeyValues(_root);
        var sections = _g.R.Next(_size);
        for (var i = 0; i < sections; i++)
            Section();
        var text = _sb.ToString();
        if (_g.Chance(15) && text.EndsWith(_g.NewLine, StringComparison.Ordinal))
            text = text[..^_g.NewLine.Length];
        return new GeneratedDocument(text, _root);
    }

    private void Section()
    {
        _sb.Append(_g.TriviaLines());
        switch (_g.R.Next(6))
        {
            case 0 or 1:
            {
                var (parent, path) = _g.Pick([.. _headerTables]);
                var name = ValueGenerator.Unique(parent, _g.KeyName());
                var table = new TomlTable();
                parent.Add(name, table);
                List<string> full = [.. path, name];
                _headerTables.Add((table, full));
                Header(full, array: false);
                KeyValues(table);
                break;
            }
            case 2:
            {
                // [p.a.b]: a becomes an implicit table that a later [p.a] may define once.
                var (parent, path) = _g.Pick([.. _headerTables]);
                var a = ValueGenerator.Unique(parent, _g.KeyName());
                var implicitTable = new TomlTable();
                parent.Add(a, implicitTable);
                var b = _g.KeyName();
                var table = new TomlTable();
                implicitTable.Add(b, table);
                _implicitTables.Add((implicitTable, [.. path, a]));
                _headerTables.Add((table, [.. path, a, b]));
                Header([.. path, a, b], array: false);
                KeyValues(table);
                break;
            }
            case 3 when _implicitTables.Count > 0:
            {
                var index = _g.R.Next(_implicitTables.Count);
                var (table, path) = _implicitTables[index];
                _implicitTables.RemoveAt(index);
                _headerTables.Add((table, path));
                Header(path, array: false);
                KeyValues(table);
                break;
            }
            case 4 when _tableArrays.Count > 0:
            {
                var (array, path) = _g.Pick([.. _tableArrays]);
                // A new entry hides the previous entry's sub-tables from later headers.
                Forget(path);
                _tableArrays.Add((array, path));
                var entry = new TomlTable();
                array.Add(entry);
                _headerTables.Add((entry, path));
                Header(path, array: true);
                KeyValues(entry);
                break;
            }
            default:
            {
                var (parent, path) = _g.Pick([.. _headerTables]);
                var name = ValueGenerator.Unique(parent, _g.KeyName());
                var array = new TomlArray();
                parent.Add(name, array);
                var entry = new TomlTable();
                array.Add(entry);
                List<string> full = [.. path, name];
                _tableArrays.Add((array, full));
                _headerTables.Add((entry, full));
                Header(full, array: true);
                KeyValues(entry);
                break;
            }
        }
    }

    private void Forget(List<string> prefix)
    {
        bool Under(List<string> p) => p.Count >= prefix.Count && p.Take(prefix.Count).SequenceEqual(prefix);
        _headerTables.RemoveAll(t => Under(t.Path));
        _implicitTables.RemoveAll(t => Under(t.Path));
        _tableArrays.RemoveAll(t => Under(t.Path));
    }

    private void Header(List<string> path, bool array)
    {
        var key = string.Join(_g.Space() + "." + _g.Space(), path.Select(_g.KeyText));
        _sb.Append(_g.Indent()).Append(array ? "[[" : "[").Append(_g.Space()).Append(key).Append(_g.Space()).Append(array ? "]]" : "]");
        EndLine();
    }

    private void EndLine()
    {
        _sb.Append(_g.Space());
        if (_g.Chance(20))
            _sb.Append(_g.Comment());
        _sb.Append(_g.NewLine);
    }

    private void KeyValues(TomlTable table)
    {
        var dotted = new List<(TomlTable Table, List<string> Keys)>();
        var n = _g.R.Next(_size);
        for (var i = 0; i < n; i++)
        {
            _sb.Append(_g.TriviaLines());
            var (text, value) = _values.Any(depth: 2);
            List<string> keys;
            if (dotted.Count > 0 && _g.Chance(25))
            {
                // Add to a table an earlier dotted key of this section created.
                var (target, prefix) = _g.Pick([.. dotted]);
                var name = ValueGenerator.Unique(target, _g.KeyName());
                target.Add(name, value);
                keys = [.. prefix, name];
            }
            else if (_g.Chance(25))
            {
                var first = ValueGenerator.Unique(table, _g.KeyName());
                var inner = new TomlTable();
                table.Add(first, inner);
                dotted.Add((inner, [first]));
                var second = _g.KeyName();
                if (_g.Chance(40))
                {
                    var deeper = new TomlTable();
                    inner.Add(second, deeper);
                    dotted.Add((deeper, [first, second]));
                    var third = _g.KeyName();
                    deeper.Add(third, value);
                    keys = [first, second, third];
                }
                else
                {
                    inner.Add(second, value);
                    keys = [first, second];
                }
            }
            else
            {
                var name = ValueGenerator.Unique(table, _g.KeyName());
                table.Add(name, value);
                keys = [name];
            }
            var key = string.Join(_g.Space() + "." + _g.Space(), keys.Select(_g.KeyText));
            _sb.Append(_g.Indent()).Append(key).Append(_g.Space()).Append('=').Append(_g.Space()).Append(text);
            EndLine();
        }
    }
}
