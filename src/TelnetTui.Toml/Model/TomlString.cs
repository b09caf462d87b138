namespace TelnetTui.Toml;

/// <summary>A TOML string (any of the four quoting styles; the style lives in the document, not here).</summary>
public sealed class TomlString(string value) : TomlValue
{
    public string Value { get; } = value;

    public override TomlValueKind Kind => TomlValueKind.String;

    public override bool Equals(TomlValue? other) => other is TomlString s && s.Value == Value;

    public override int GetHashCode() => Value.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => Value;
}
