namespace TelnetTui.Tui.Input;

/// <summary>
/// Text pasted while bracketed paste (DEC mode 2004) is on, delivered whole; never interpreted as keys.
/// <see cref="Truncated"/> is set when it was longer than the decoder's cap and the rest was dropped.
/// </summary>
public sealed record PasteEvent(string Text, bool Truncated = false) : InputEvent
{
    public override int ByteCount => Text.Length;
}
