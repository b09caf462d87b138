using System.Globalization;
using System.Text;

namespace TelnetTui.Telnet.Values;

/// <summary>
/// One immutable tree for GMCP (JSON), MSDP (tables and arrays) and MSSP (variables) data:
/// object, array, string, number, bool or null. Objects keep member order and may repeat keys.
/// </summary>
public sealed class MudValue : IEquatable<MudValue>
{
    public static readonly MudValue Null = new(MudValueKind.Null, null, 0);
    public static readonly MudValue True = new(MudValueKind.Bool, null, 1);
    public static readonly MudValue False = new(MudValueKind.Bool, null, 0);
    private static readonly MudValue EmptyStringValue = new(MudValueKind.String, "", 0);

    private readonly object? _ref;
    private readonly double _number;

    private MudValue(MudValueKind kind, object? reference, double number)
    {
        Kind = kind;
        _ref = reference;
        _number = number;
    }

    public MudValueKind Kind { get; }

    public static MudValue String(string value) => value.Length == 0 ? EmptyStringValue : new(MudValueKind.String, value, 0);
    public static MudValue Number(double value) => new(MudValueKind.Number, null, value);
    public static MudValue Bool(bool value) => value ? True : False;
    public static MudValue Array(IEnumerable<MudValue> items) => new(MudValueKind.Array, items.ToArray(), 0);
    public static MudValue Array(params MudValue[] items) => new(MudValueKind.Array, items.ToArray(), 0);
    public static MudValue Object(IEnumerable<KeyValuePair<string, MudValue>> members) => new(MudValueKind.Object, members.ToArray(), 0);
    public static MudValue Object(params (string Key, MudValue Value)[] members)
        => Object(members.Select(m => KeyValuePair.Create(m.Key, m.Value)));

    /// <summary>The text of a string (null for other kinds).</summary>
    public string? AsString => Kind == MudValueKind.String ? (string)_ref! : null;

    /// <summary>The value of a number (null for other kinds).</summary>
    public double? AsNumber => Kind == MudValueKind.Number ? _number : null;

    /// <summary>The value of a bool (null for other kinds).</summary>
    public bool? AsBool => Kind == MudValueKind.Bool ? _number != 0 : null;

    /// <summary>Items of an array (empty for other kinds).</summary>
    public IReadOnlyList<MudValue> Items => Kind == MudValueKind.Array ? (MudValue[])_ref! : [];

    /// <summary>Members of an object in order (empty for other kinds).</summary>
    public IReadOnlyList<KeyValuePair<string, MudValue>> Members => Kind == MudValueKind.Object ? (KeyValuePair<string, MudValue>[])_ref! : [];

    /// <summary>The first member named <paramref name="key"/> (ordinal), or null.</summary>
    public MudValue? this[string key]
    {
        get
        {
            foreach (var m in Members)
            {
                if (m.Key == key)
                    return m.Value;
            }
            return null;
        }
    }

    /// <summary>Array item by position, or null when out of range.</summary>
    public MudValue? this[int index] => index >= 0 && index < Items.Count ? Items[index] : null;

    /// <summary>Compact JSON (UTF-8 text, non-ASCII kept as is).</summary>
    public string ToJson()
    {
        var sb = new StringBuilder();
        WriteJson(sb);
        return sb.ToString();
    }

    public override string ToString() => ToJson();

    private void WriteJson(StringBuilder sb)
    {
        switch (Kind)
        {
            case MudValueKind.Null:
                sb.Append("null");
                break;
            case MudValueKind.Bool:
                sb.Append(_number != 0 ? "true" : "false");
                break;
            case MudValueKind.Number:
                sb.Append(double.IsFinite(_number) ? _number.ToString("R", CultureInfo.InvariantCulture) : "null");
                break;
            case MudValueKind.String:
                WriteJsonString(sb, (string)_ref!);
                break;
            case MudValueKind.Array:
                sb.Append('[');
                var items = (MudValue[])_ref!;
                for (var i = 0; i < items.Length; i++)
                {
                    if (i > 0)
                        sb.Append(',');
                    items[i].WriteJson(sb);
                }
                sb.Append(']');
                break;
            case MudValueKind.Object:
                sb.Append('{');
                var members = (KeyValuePair<string, MudValue>[])_ref!;
                for (var i = 0; i < members.Length; i++)
                {
                    if (i > 0)
                        sb.Append(',');
                    WriteJsonString(sb, members[i].Key);
                    sb.Append(':');
                    members[i].Value.WriteJson(sb);
                }
                sb.Append('}');
                break;
        }
    }

    private static void WriteJsonString(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < 0x20)
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else
                        sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
    }

    public bool Equals(MudValue? other)
    {
        if (other is null || other.Kind != Kind)
            return false;
        return Kind switch
        {
            MudValueKind.Null => true,
            MudValueKind.Bool or MudValueKind.Number => _number.Equals(other._number),
            MudValueKind.String => (string)_ref! == (string)other._ref!,
            MudValueKind.Array => ((MudValue[])_ref!).AsSpan().SequenceEqual((MudValue[])other._ref!),
            _ => MembersEqual((KeyValuePair<string, MudValue>[])_ref!, (KeyValuePair<string, MudValue>[])other._ref!),
        };
    }

    private static bool MembersEqual(KeyValuePair<string, MudValue>[] a, KeyValuePair<string, MudValue>[] b)
    {
        if (a.Length != b.Length)
            return false;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i].Key != b[i].Key || !a[i].Value.Equals(b[i].Value))
                return false;
        }
        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as MudValue);

    public override int GetHashCode() => HashCode.Combine(Kind, ToJson());
}
