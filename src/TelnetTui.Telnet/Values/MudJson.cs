using System.Text.Json;

namespace TelnetTui.Telnet.Values;

/// <summary>Reads GMCP's JSON payloads into <see cref="MudValue"/> trees (System.Text.Json's reader, nothing else).</summary>
public static class MudJson
{
    /// <summary>Deepest nesting accepted; hostile payloads get an error, not a stack overflow.</summary>
    public const int MaxDepth = 64;

    private static readonly JsonReaderOptions Options = new()
    {
        // MUD servers are not always strict: tolerate trailing commas and comments.
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = MaxDepth,
    };

    /// <summary>Parses one JSON value; false with an error text when the payload is not JSON.</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out MudValue value, out string? error)
    {
        var reader = new Utf8JsonReader(utf8, Options);
        try
        {
            if (!reader.Read())
            {
                value = MudValue.Null;
                error = "empty JSON";
                return false;
            }
            value = ReadValue(ref reader);
            if (reader.Read())
            {
                error = "text after the JSON value";
                return false;
            }
            error = null;
            return true;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            // The reader also rejects some JSON outside JsonException: a lone surrogate escape in a string
            // (GetString: InvalidOperationException), a number past double's range (FormatException).
            value = MudValue.Null;
            error = e.Message;
            return false;
        }
    }

    private static MudValue ReadValue(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return MudValue.Null;
            case JsonTokenType.True:
                return MudValue.True;
            case JsonTokenType.False:
                return MudValue.False;
            case JsonTokenType.Number:
                return reader.TryGetDouble(out var number) && double.IsFinite(number)
                    ? MudValue.Number(number)
                    : throw new JsonException("a number too large for a double");
            case JsonTokenType.String:
                return MudValue.String(reader.GetString()!);
            case JsonTokenType.StartArray:
            {
                var items = new List<MudValue>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    items.Add(ReadValue(ref reader));
                return MudValue.Array(items);
            }
            case JsonTokenType.StartObject:
            {
                var members = new List<KeyValuePair<string, MudValue>>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var key = reader.GetString()!;
                    reader.Read();
                    members.Add(KeyValuePair.Create(key, ReadValue(ref reader)));
                }
                return MudValue.Object(members);
            }
            default:
                throw new JsonException($"unexpected JSON token {reader.TokenType}");
        }
    }
}
