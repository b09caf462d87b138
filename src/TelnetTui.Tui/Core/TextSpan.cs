namespace TelnetTui.Tui;

/// <summary>A run of text in one style, the unit of styled lines (status bar segments, highlighted matches).</summary>
public readonly record struct TextSpan(string Text, Style Style)
{
    public static implicit operator TextSpan(string text) => new(text, default);
}
