namespace TelnetTui.Toml;

/// <summary>A TOML boolean.</summary>
public sealed class TomlBoolean(bool value) : TomlValue
{
    public bool Value { get; } = value;

    public override TomlValueKind Kind => TomlValueKind.Boolean;

    public override bool Equals(TomlValue? other) => other is TomlBoolean b && b.Value == Value;

    public override int GetHashCode() => Value.GetHashCode();

    public override string ToString() => Value ? "true" : "false";
}
