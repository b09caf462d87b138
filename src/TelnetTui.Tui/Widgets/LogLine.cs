namespace TelnetTui.Tui.Widgets;

/// <summary>A line of a <see cref="LogView"/>, optionally in its own style (errors, echoed input).</summary>
public sealed record LogLine(string Text, Style? Style = null);
