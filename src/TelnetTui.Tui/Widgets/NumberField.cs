using System.Globalization;

namespace TelnetTui.Tui.Widgets;

/// <summary>A whole number in a form, between <see cref="Minimum"/> and <see cref="Maximum"/>; only digits (and '-') can be typed.</summary>
public sealed class NumberField : TextField
{
    public NumberField(string label, int minimum, int maximum, int? value = null)
        : base(label, value?.ToString(CultureInfo.InvariantCulture) ?? "")
    {
        Minimum = minimum;
        Maximum = maximum;
        Input.Accepts = r => r.Value is >= '0' and <= '9' || (r.Value == '-' && minimum < 0);
        Input.Editor.MaxLength = 11;
    }

    public int Minimum { get; }
    public int Maximum { get; }

    public int? Value
    {
        get => int.TryParse(Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : null;
        set => Text = value?.ToString(CultureInfo.InvariantCulture) ?? "";
    }

    public override bool Stretches => false;
    public override int PreferredWidth => Math.Max(8, Maximum.ToString(CultureInfo.InvariantCulture).Length + 2);

    public override string? Validate()
    {
        if (Text.Length == 0)
            return Required ? $"{Label} is required" : null;
        if (Value is not { } v || v < Minimum || v > Maximum)
            return $"{Label} must be a whole number from {Minimum} to {Maximum}";
        return Validator?.Invoke(Text);
    }
}
