using TelnetTui.Toml;

namespace TelnetTui.Demo.Mud;

/// <summary>Typed access to the demo's own TOML data files, with errors that name the file and the key.</summary>
internal sealed class TomlFields(TomlTable root, string fileName, string path = "")
{
    public TomlTable Root => root;

    /// <summary>Reads a whole data file; a TOML syntax error becomes an <see cref="InvalidDataException"/> like every other mistake.</summary>
    public static TomlFields Parse(ReadOnlySpan<byte> utf8, string fileName)
    {
        try
        {
            return new TomlFields(TomlReader.Read(utf8, fileName), fileName);
        }
        catch (TomlException e)
        {
            throw new InvalidDataException(e.Message, e);
        }
    }

    public TomlFields Table(string key) => Sub(Get(key), Path(key));

    public TomlFields Sub(TomlValue value, string path)
        => value is TomlTable t ? new TomlFields(t, fileName, path) : throw Error(path, "expected a table");

    public string String(string key) => AsString(Get(key), Path(key));

    public long Integer(string key) => Get(key) is TomlInteger i ? i.Value : throw Error(Path(key), "expected an integer");

    public IReadOnlyList<string> Strings(string key)
    {
        if (Get(key) is not TomlArray array)
            throw Error(Path(key), "expected an array of strings");
        return array.Select((v, i) => AsString(v, $"{Path(key)}[{i}]")).ToArray();
    }

    public string AsString(TomlValue value, string path) => value is TomlString s ? s.Value : throw Error(path, "expected a string");

    public InvalidDataException Error(string path, string reason) => new($"{fileName}: {path}: {reason}");

    private TomlValue Get(string key) => root.TryGetValue(key, out var v) ? v : throw Error(Path(key), "missing");

    private string Path(string key) => path.Length == 0 ? key : path + "." + key;
}
