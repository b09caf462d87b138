using System.Text;
using System.Text.Json.Nodes;
using TelnetTui.Toml;
using TelnetTui.Toml.Json;

namespace TelnetTui.Fuzz.Targets;

/// <summary>
/// The TOML reader and the format-preserving document (config, book, themes are TOML): any bytes give a
/// table or a <see cref="TomlException"/>, never another exception; the reader and the document agree on
/// what is valid; a valid document writes back as the same text, and the writer's output reads back the same.
/// A file is read whole, so the cuts do not apply.
/// </summary>
public sealed class TomlTarget : IFuzzTarget
{
    public string Name => "toml";

    public IReadOnlyList<byte[]> Dictionary { get; } = Tokens();

    public void Check(ReadOnlySpan<byte> input, IReadOnlyList<int> cuts)
    {
        TomlTable? table = null;
        TomlDocument? document = null;
        string? readerError = null, documentError = null;
        try
        {
            table = TomlReader.Read(input, "fuzz.toml");
        }
        catch (TomlException e)
        {
            readerError = e.Message;
        }
        try
        {
            document = TomlDocument.Parse(input, "fuzz.toml");
        }
        catch (TomlException e)
        {
            documentError = e.Message;
        }
        if ((table is null) != (document is null))
            throw new FuzzCheckException($"toml: the reader says {readerError ?? "valid"}, the document says {documentError ?? "valid"}");
        if (table is null || document is null)
            return;
        var json = TomlTaggedJson.ToJson(table, indented: false);
        if (TomlTaggedJson.ToJson(document.Root, indented: false) != json)
            throw new FuzzCheckException("toml: the document's values differ from the reader's");
        var text = Encoding.UTF8.GetString(input); // a byte-order mark stays, as U+FEFF
        if (document.ToString() != text)
            throw new FuzzCheckException("toml: the document does not write back as the text it was read from");
        var written = TomlWriter.Write(table);
        TomlTable again;
        try
        {
            again = TomlReader.Read(written, "written.toml");
        }
        catch (TomlException e)
        {
            throw new FuzzCheckException($"toml: the writer's output does not read back: {e.Message}\n{written}");
        }
        // The writer may put a table's plain keys before its sub-tables: compare with keys sorted.
        if (Canonical(TomlTaggedJson.ToJson(again, indented: false)) != Canonical(json))
            throw new FuzzCheckException($"toml: the writer's output reads back different:\n{written}");
    }

    /// <summary>The JSON with every object's keys in ordinal order (TOML tables are unordered).</summary>
    private static string Canonical(string json) => Sorted(JsonNode.Parse(json))?.ToJsonString() ?? "null";

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(Sorted)]),
        null => null,
        _ => node.DeepClone(),
    };

    private static List<byte[]> Tokens()
    {
        string[] tokens =
        [
            "[a]\n", "[a.b]\n", "[[x]]\n", "[\"q\".'r']\n", "key = ", "a.b.c = ", "\"k\" = ", "'lit' = ", " = ", "\n", "\r\n", "# comment\n",
            "1", "-0", "+inf", "nan", "0x_1", "0xDEADBEEF", "0o777", "0b101", "1_000", "1e308", "1e309", "3.14", "9223372036854775807", "9223372036854775808",
            "true", "false", "\"str\"", "\"\\u00e9\\U0001F600\\n\"", "\"\\ud800\"", "'lit'", "\"\"\"\nmulti\n\"\"\"", "'''\nraw\n'''", "\"\\", "\"\"\"\"\"\"",
            "1979-05-27T07:32:00Z", "1979-05-27T00:32:00.999999-07:00", "1979-05-27", "07:32:00", "1979-05-27 07:32:00", "2000-02-30",
            "name = \"x\"\n", "port = 23\n", "[hosts.mud]\nhost = \"127.0.0.1\"\n", "[[hosts]]\nid = \"a\"\n", "tags = [\"a\", 'b']\n", "t = { x = 1.5 }\n",
            "[", "]", "{", "}", ",", "[1, 2, [3]]", "{ a = 1, b = { c = 2 } }", "[[", "]]", "=", ".", "\t", " ", "\u0000", "\u007f", "\ufeff",
        ];
        var list = new List<byte[]>();
        foreach (var t in tokens)
            list.Add(Encoding.UTF8.GetBytes(t));
        list.Add([0xff, 0xfe]);
        list.Add([0xc3]);
        return list;
    }
}
