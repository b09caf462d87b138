namespace TelnetTui.Tui.Input;

/// <summary>Modifier keys; the bit values are xterm's modifier parameter minus one (ctlseqs, "PC-Style Function Keys").</summary>
[Flags]
public enum KeyModifiers : byte
{
    None = 0,
    Shift = 1,
    Alt = 2,
    Ctrl = 4,
    Super = 8,
}
