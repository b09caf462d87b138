namespace TelnetTui.Tui.Input;

/// <summary>The terminal window gained or lost focus (DEC mode 1004: CSI I / CSI O).</summary>
public sealed record FocusEvent(bool Focused) : InputEvent;
