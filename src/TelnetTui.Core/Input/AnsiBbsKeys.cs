using System.Text;

namespace TelnetTui.Core.Input;

/// <summary>
/// The <c>ansi-bbs</c> key map: what BBS software expects from an ANSI.SYS-style terminal, as SyncTERM
/// sends it. Arrows are always CSI A–D (there is no application cursor mode), Home is CSI H, End is
/// CSI K, PageUp CSI V, PageDown CSI U, Insert CSI @, Delete DEL (0x7F) and Backspace BS (0x08), Enter
/// the host's Enter key. Modifiers do not change these keys (ANSI-BBS has no way to send them).
/// F1–F4 are SS3 P–S and F5 and up use the VT220 numbers, which the BBS packages that read F-keys accept.
/// </summary>
internal static class AnsiBbsKeys
{
    public static KeyOutput Encode(in SessionKey key) => key.Code switch
    {
        SessionKeyCode.Up => Text("\e[A"),
        SessionKeyCode.Down => Text("\e[B"),
        SessionKeyCode.Right => Text("\e[C"),
        SessionKeyCode.Left => Text("\e[D"),
        SessionKeyCode.Home => Text("\e[H"),
        SessionKeyCode.End => Text("\e[K"),
        SessionKeyCode.PageUp => Text("\e[V"),
        SessionKeyCode.PageDown => Text("\e[U"),
        SessionKeyCode.Insert => Text("\e[@"),
        SessionKeyCode.Delete => new KeyOutput([0x7F], false),
        SessionKeyCode.Backspace => new KeyOutput(key.Alt ? [KeyEncoder.Esc, 0x08] : [0x08], false),
        SessionKeyCode.Tab => key.Shift ? Text("\e[Z") : new KeyOutput([0x09], false),
        SessionKeyCode.Escape => new KeyOutput([KeyEncoder.Esc], false),
        SessionKeyCode.Enter or SessionKeyCode.KeypadEnter => new KeyOutput(key.Alt ? [KeyEncoder.Esc] : [], true),
        >= SessionKeyCode.F1 and <= SessionKeyCode.F4 => Text("\eO" + (char)('P' + (key.Code - SessionKeyCode.F1))),
        >= SessionKeyCode.F5 and <= SessionKeyCode.F20 => VtKeys.Encode(key with { Modifiers = default }, default),
        >= SessionKeyCode.Keypad0 and <= SessionKeyCode.KeypadDivide => VtKeys.Encode(key, default),
        _ => KeyOutput.None,
    };

    private static KeyOutput Text(string ascii) => new(Encoding.ASCII.GetBytes(ascii), false);
}
