namespace TelnetTui.Demo.Input;

/// <summary>What a <see cref="Key"/> is.</summary>
public enum KeyKind
{
    /// <summary>One byte: a printable character, a control character, or a byte of a UTF-8 sequence.</summary>
    Byte,
    /// <summary>Enter: CR (with its LF or NUL), or a lone LF.</summary>
    Enter,
    /// <summary>ESC not followed by <c>[</c> or <c>O</c>.</summary>
    Escape,
    /// <summary>A whole CSI (<c>ESC [ ... final</c>) or SS3 (<c>ESC O x</c>) sequence: arrow keys, function keys, cursor reports.</summary>
    Sequence,
}
