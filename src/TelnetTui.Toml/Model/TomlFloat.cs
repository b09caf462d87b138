using System.Globalization;

namespace TelnetTui.Toml;

/// <summary>A TOML float: IEEE 754 binary64, including inf and nan.</summary>
public sealed class TomlFloat(double value) : TomlValue
{
    public double Value { get; } = value;

    public override TomlValueKind Kind => TomlValueKind.Float;

    // Bit equality: NaN equals NaN and 0.0 differs from -0.0, which is what "unchanged" means for a file.
    public override bool Equals(TomlValue? other) =>
        other is TomlFloat f && BitConverter.DoubleToInt64Bits(f.Value) == BitConverter.DoubleToInt64Bits(Value);

    public override int GetHashCode() => Value.GetHashCode();

    public override string ToString() => Value.ToString("R", CultureInfo.InvariantCulture);
}
