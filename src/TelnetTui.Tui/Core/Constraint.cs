namespace TelnetTui.Tui;

/// <summary>How <see cref="Layout"/> sizes one segment.</summary>
public enum ConstraintKind : byte
{
    /// <summary>Exactly Value cells (less only when the space runs out).</summary>
    Length,
    /// <summary>Value percent of the space (after spacing), rounded down.</summary>
    Percentage,
    /// <summary>At least Value cells; shares leftover space like a fill of weight 1.</summary>
    Min,
    /// <summary>Leftover space in proportion to Value (the weight).</summary>
    Fill,
}

/// <summary>One segment's size rule in a <see cref="Layout"/> split.</summary>
public readonly record struct Constraint(ConstraintKind Kind, int Value)
{
    public static Constraint Length(int cells) => new(ConstraintKind.Length, Math.Max(0, cells));
    public static Constraint Percentage(int percent) => new(ConstraintKind.Percentage, Math.Clamp(percent, 0, 100));
    public static Constraint Min(int cells) => new(ConstraintKind.Min, Math.Max(0, cells));
    public static Constraint Fill(int weight = 1) => new(ConstraintKind.Fill, Math.Max(1, weight));

    public override string ToString() => $"{Kind}({Value})";
}
