using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TelnetTui.Toml.Json;

/// <summary>
/// The toml-test "tagged JSON" form of a document: tables are objects, arrays are arrays, and
/// every other value is {"type": "integer", "value": "42"} with the value as a string.
/// </summary>
public static class TomlTaggedJson
{
    public static string ToJson(TomlTable table, bool indented = true)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            Write(table, writer);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(TomlValue value, Utf8JsonWriter writer)
    {
        switch (value)
        {
            case TomlTable table:
                writer.WriteStartObject();
                foreach (var (key, item) in table)
                {
                    writer.WritePropertyName(key);
                    Write(item, writer);
                }
                writer.WriteEndObject();
                return;
            case TomlArray array:
                writer.WriteStartArray();
                foreach (var item in array)
                    Write(item, writer);
                writer.WriteEndArray();
                return;
        }
        var (type, text) = Tag(value);
        writer.WriteStartObject();
        writer.WriteString("type", type);
        writer.WriteString("value", text);
        writer.WriteEndObject();
    }

    /// <summary>The toml-test type name and value text of a scalar.</summary>
    public static (string Type, string Value) Tag(TomlValue value) => value switch
    {
        TomlString s => ("string", s.Value),
        TomlInteger i => ("integer", i.Value.ToString(CultureInfo.InvariantCulture)),
        TomlFloat f => ("float", FormatFloat(f.Value)),
        TomlBoolean b => ("bool", b.Value ? "true" : "false"),
        TomlDateTimeValue d => (d.Value.Kind switch
        {
            TomlDateTimeKind.OffsetDateTime => "datetime",
            TomlDateTimeKind.LocalDateTime => "datetime-local",
            TomlDateTimeKind.LocalDate => "date-local",
            _ => "time-local",
        }, d.Value.ToString()),
        _ => throw new ArgumentException($"{value.Kind} is not a scalar", nameof(value)),
    };

    private static string FormatFloat(double v) => v switch
    {
        double.PositiveInfinity => "inf",
        double.NegativeInfinity => "-inf",
        _ when double.IsNaN(v) => "nan",
        _ => v.ToString("R", CultureInfo.InvariantCulture),
    };
}
