namespace TelnetTui.Scripting.Triggers;

/// <summary>A span of a line's text (offsets in the stripped text scripts saw) to colour: a name or #rrggbb.</summary>
public readonly record struct LineHighlight(int Start, int Length, string Colour);
