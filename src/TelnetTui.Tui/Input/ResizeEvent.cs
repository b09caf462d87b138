namespace TelnetTui.Tui.Input;

/// <summary>The terminal now has this many columns and rows (after SIGWINCH).</summary>
public sealed record ResizeEvent(int Columns, int Rows) : InputEvent;
