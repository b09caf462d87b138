using System.Text;
using TelnetTui.Toml.Building;
using TelnetTui.Toml.Editing;
using TelnetTui.Toml.Parsing;
using TelnetTui.Toml.Syntax;
using TelnetTui.Toml.Text;

namespace TelnetTui.Toml;

/// <summary>
/// A TOML file kept exactly as written — comments, blank lines, key order, quoting, number
/// formats — that can be changed by path. Writing an unchanged document gives back the same
/// text; an edit changes only the characters it must, so a person's layout and comments survive
/// every save. After each edit the new text is read again, so the document is always valid TOML
/// and <see cref="Root"/> and its positions are always current. Not thread-safe.
/// </summary>
public sealed class TomlDocument
{
    private TomlSyntaxTree _tree;
    private TomlTable _root;

    private TomlDocument(TomlSyntaxTree tree, TomlTable root)
    {
        _tree = tree;
        _root = root;
    }

    public static TomlDocument Parse(string text, string? fileName = null)
    {
        var (tree, root) = Read(text, fileName);
        return new TomlDocument(tree, root);
    }

    /// <summary>Reads UTF-8 bytes; a byte-order mark is kept and written back.</summary>
    public static TomlDocument Parse(ReadOnlySpan<byte> utf8, string? fileName = null) => Parse(Utf8Input.Decode(utf8, fileName), fileName);

    public static TomlDocument Load(string path) => Parse(File.ReadAllBytes(path), path);

    public static TomlDocument Empty(string? fileName = null) => Parse("", fileName);

    public string? FileName => _tree.Source.FileName;

    /// <summary>The document's values. A fresh object after every edit; change the document through its methods, not through this.</summary>
    public TomlTable Root => _root;

    /// <summary>The line break used for inserted lines: the document's own (CRLF when its first line ends so).</summary>
    public string NewLine => new DocumentLayout(_tree).NewLine;

    /// <summary>The document as TOML text, written from its syntax tree.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder(_tree.Source.Text.Length);
        _tree.WriteTo(sb);
        return sb.ToString();
    }

    /// <summary>UTF-8 bytes of <see cref="ToString"/> (with the byte-order mark if the original had one).</summary>
    public byte[] ToUtf8Bytes() => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(ToString());

    public TomlValue? Get(TomlPath path)
    {
        TomlValue current = _root;
        foreach (var segment in path)
        {
            switch (current)
            {
                case TomlTable t when !segment.IsIndex && t.TryGetValue(segment.Key!, out var next):
                    current = next;
                    break;
                case TomlArray a when segment.IsIndex && segment.Index < a.Count:
                    current = a[segment.Index];
                    break;
                default:
                    return null;
            }
        }
        return current;
    }

    public bool Contains(TomlPath path) => Get(path) is not null;

    /// <summary>
    /// Sets the value at a path, creating the key (and missing tables) if needed. An equal value
    /// leaves the text untouched; a different scalar replaces only the value's characters, keeping
    /// its quoting style or integer base where it can; a table is merged key by key (keys it does
    /// not have are removed); an array of tables is matched entry by entry.
    /// </summary>
    public void Set(TomlPath path, TomlValue value)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(value);
        if (path.IsRoot)
        {
            SyncTable(path, value as TomlTable ?? throw new ArgumentException("the root can only be set to a table", nameof(value)));
            return;
        }
        var parent = Get(path.Parent);
        if (parent is null)
        {
            CreateMissing(path, value);
            return;
        }
        var last = path.Last;
        if (last.IsIndex)
        {
            SetElement(path, parent, last.Index, value);
            return;
        }
        if (parent is not TomlTable table)
            throw new InvalidOperationException($"'{path.Parent}' is {TomlValue.Describe(parent.Kind)}, not a table");
        if (!table.TryGetValue(last.Key!, out var existing))
        {
            Apply([new InsertPlanner(Layout()).Insert(table, last.Key!, value)]);
            return;
        }
        Replace(path, existing, value);
    }

    /// <summary>Removes the value at a path (for a table: its sections, their attached comments, and its lines). False when absent.</summary>
    public bool Remove(TomlPath path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.IsRoot)
            throw new ArgumentException("the root table cannot be removed", nameof(path));
        var node = Get(path);
        if (node is null)
            return false;
        var edits = new RemovePlanner(Layout()).Remove(node);
        if (edits.Count == 0)
            throw new InvalidOperationException($"no text in the document defines '{path}'");
        Apply(edits);
        return true;
    }

    /// <summary>Renames the last key of a path everywhere it is written (headers, dotted keys, inline tables).</summary>
    public void Rename(TomlPath path, string newKey)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(newKey);
        if (path.IsRoot || path.Last.IsIndex)
            throw new ArgumentException("only a key can be renamed", nameof(path));
        var node = Get(path) ?? throw new KeyNotFoundException($"'{path}' does not exist");
        if (path.Last.Key == newKey)
            return;
        if (Get(path.Parent) is TomlTable parent && parent.ContainsKey(newKey))
            throw new InvalidOperationException($"'{path.Parent.Append(newKey)}' already exists");
        var edits = new RenamePlanner(Layout()).Rename(node, newKey);
        if (edits.Count == 0)
            throw new InvalidOperationException($"no key in the text names '{path}'");
        Apply(edits);
    }

    /// <summary>Adds a new [table] section (with optional content); the table must not exist yet.</summary>
    public void AddTable(TomlPath path, TomlTable? content = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Contains(path))
            throw new InvalidOperationException($"'{path}' already exists");
        content ??= new TomlTable();
        content.IsInline = false;
        Set(path, content);
    }

    /// <summary>Adds a [[path]] entry after the last entry of that array of tables (creating the array if needed).</summary>
    public void AddArrayTableEntry(TomlPath path, TomlTable? entry = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        entry ??= new TomlTable();
        entry.IsInline = false;
        switch (Get(path))
        {
            case null:
                Set(path, new TomlArray([entry]) { IsTableArray = true });
                break;
            case TomlArray { IsTableArray: true } array:
                Apply([new InsertPlanner(Layout()).AppendArrayEntry(array, entry)]);
                break;
            case var other:
                throw new InvalidOperationException($"'{path}' is {TomlValue.Describe(other.Kind)} written as a value, not an array of tables");
        }
    }

    private void Replace(TomlPath path, TomlValue existing, TomlValue value)
    {
        if (existing.Equals(value))
            return;
        if (existing is TomlTable && value is TomlTable newTable)
        {
            SyncTable(path, newTable);
            return;
        }
        if (existing is TomlArray { IsTableArray: true } && value is TomlArray newArray && newArray.All(v => v is TomlTable))
        {
            SyncTableArray(path, newArray);
            return;
        }
        if (existing.Syntax is { } syntax && !SectionWriter.WantsSections(value))
        {
            Apply([new TextEdit(syntax.Span.Start, syntax.Span.Length, ValueFormatter.Format(value, NewLine, syntax))]);
            return;
        }
        Remove(path);
        Set(path, value);
    }

    private void SyncTable(TomlPath path, TomlTable value)
    {
        foreach (var (key, item) in value)
            Set(path.Append(key), item);
        if (Get(path) is TomlTable current)
        {
            foreach (var key in current.Keys.Where(k => !value.ContainsKey(k)).ToList())
                Remove(path.Append(key));
        }
    }

    private void SyncTableArray(TomlPath path, TomlArray value)
    {
        var existingCount = ((TomlArray)Get(path)!).Count;
        for (var i = 0; i < Math.Min(existingCount, value.Count); i++)
            Set(path.Append(i), value[i]);
        for (var i = existingCount; i < value.Count; i++)
            AddArrayTableEntry(path, (TomlTable)value[i]);
        for (var i = existingCount - 1; i >= value.Count; i--)
            Remove(path.Append(i));
    }

    private void SetElement(TomlPath path, TomlValue parent, int index, TomlValue value)
    {
        if (parent is not TomlArray array)
            throw new InvalidOperationException($"'{path.Parent}' is {TomlValue.Describe(parent.Kind)}, not an array");
        if (index < array.Count)
        {
            if (array.IsTableArray && value is not TomlTable)
                throw new InvalidOperationException($"'{path.Parent}' is an array of tables; its entries must be tables");
            Replace(path, array[index], value);
        }
        else if (index == array.Count)
        {
            if (array.IsTableArray)
                AddArrayTableEntry(path.Parent, value as TomlTable ?? throw new InvalidOperationException($"'{path.Parent}' is an array of tables; its entries must be tables"));
            else
                Apply([new InsertPlanner(Layout()).AppendElement(array, value)]);
        }
        else
        {
            throw new ArgumentOutOfRangeException(nameof(path), $"'{path}': the array has {array.Count} elements");
        }
    }

    /// <summary>Wraps the value in tables for the missing keys and sets it at the deepest existing table.</summary>
    private void CreateMissing(TomlPath path, TomlValue value)
    {
        var existing = 0;
        while (existing < path.Count && Get(new TomlPath(path.Take(existing + 1))) is not null)
            existing++;
        var wrapped = value;
        for (var j = path.Count - 1; j > existing; j--)
        {
            if (path[j].IsIndex)
                throw new ArgumentOutOfRangeException(nameof(path), $"'{path}': index {path[j].Index} does not exist");
            wrapped = new TomlTable { { path[j].Key!, wrapped } };
        }
        Set(new TomlPath(path.Take(existing + 1)), wrapped);
    }

    private DocumentLayout Layout() => new(_tree);

    private void Apply(IReadOnlyCollection<TextEdit> edits)
    {
        if (edits.Count == 0)
            return;
        var text = TextEdit.Apply(_tree.Source.Text, edits);
        try
        {
            (_tree, _root) = Read(text, FileName);
        }
        catch (TomlException e)
        {
            throw new InvalidOperationException($"this edit would make the document invalid TOML ({e.Reason}); the document is unchanged", e);
        }
    }

    private static (TomlSyntaxTree Tree, TomlTable Root) Read(string text, string? fileName)
    {
        var tree = TomlParser.Parse(new TomlSourceText(text, fileName));
        return (tree, TomlTableBuilder.Build(tree, recordSyntax: true));
    }
}
