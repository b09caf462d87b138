using TelnetTui.Toml.Syntax;
using TelnetTui.Toml.Text;

namespace TelnetTui.Toml;

/// <summary>
/// A value read from TOML (or built to be written). Values read from a text remember where they
/// came from, so a settings layer can say "config.toml:12:7: ..." about any of them.
/// </summary>
public abstract class TomlValue : IEquatable<TomlValue>
{
    internal TomlSourceText? Source;
    internal int ValueOffset = -1;
    internal int KeyOffset = -1;

    /// <summary>The table or array holding this value; null for a root or a value built in code.</summary>
    internal TomlValue? Parent;

    /// <summary>The syntax this value was read from; set only inside a <see cref="TomlDocument"/>.</summary>
    internal ValueSyntax? Syntax;

    /// <summary>The key/value (line or inline entry) whose last key names this value; document only.</summary>
    internal KeyValueSyntax? Entry;

    public abstract TomlValueKind Kind { get; }

    /// <summary>Where the value starts in its text, or null for a value built in code.</summary>
    public TomlPosition? Position => Source is null || ValueOffset < 0 ? null : Source.PositionAt(ValueOffset);

    /// <summary>Where the key naming this value starts (the table header for a table), or <see cref="Position"/>.</summary>
    public TomlPosition? KeyPosition => Source is null || KeyOffset < 0 ? Position : Source.PositionAt(KeyOffset);

    public static implicit operator TomlValue(string value) => new TomlString(value);
    public static implicit operator TomlValue(long value) => new TomlInteger(value);
    public static implicit operator TomlValue(int value) => new TomlInteger(value);
    public static implicit operator TomlValue(double value) => new TomlFloat(value);
    public static implicit operator TomlValue(bool value) => new TomlBoolean(value);
    public static implicit operator TomlValue(TomlDateTime value) => new TomlDateTimeValue(value);

    /// <summary>Same type and same content (tables and arrays deeply, NaN equal to NaN); positions are ignored.</summary>
    public abstract bool Equals(TomlValue? other);

    public override bool Equals(object? obj) => obj is TomlValue v && Equals(v);

    public abstract override int GetHashCode();

    /// <summary>A short description for messages: "a string", "an integer", ...</summary>
    public static string Describe(TomlValueKind kind) => kind switch
    {
        TomlValueKind.String => "a string",
        TomlValueKind.Integer => "an integer",
        TomlValueKind.Float => "a float",
        TomlValueKind.Boolean => "a boolean",
        TomlValueKind.DateTime => "a date-time",
        TomlValueKind.Array => "an array",
        TomlValueKind.Table => "a table",
        _ => kind.ToString(),
    };

    internal void SetOrigin(TomlSourceText source, int valueOffset, int keyOffset)
    {
        Source = source;
        ValueOffset = valueOffset;
        KeyOffset = keyOffset;
    }
}
