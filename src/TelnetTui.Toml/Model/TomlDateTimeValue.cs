namespace TelnetTui.Toml;

/// <summary>A TOML offset date-time, local date-time, local date or local time.</summary>
public sealed class TomlDateTimeValue(TomlDateTime value) : TomlValue
{
    public TomlDateTime Value { get; } = value;

    public override TomlValueKind Kind => TomlValueKind.DateTime;

    public override bool Equals(TomlValue? other) => other is TomlDateTimeValue d && d.Value.Equals(Value);

    public override int GetHashCode() => Value.GetHashCode();

    public override string ToString() => Value.ToString();
}
