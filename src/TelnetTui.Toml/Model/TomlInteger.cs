namespace TelnetTui.Toml;

/// <summary>A TOML integer: a signed 64-bit value (TOML 1.0.0 "Integer": out-of-range literals are errors).</summary>
public sealed class TomlInteger(long value) : TomlValue
{
    public long Value { get; } = value;

    public override TomlValueKind Kind => TomlValueKind.Integer;

    public override bool Equals(TomlValue? other) => other is TomlInteger i && i.Value == Value;

    public override int GetHashCode() => Value.GetHashCode();

    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
