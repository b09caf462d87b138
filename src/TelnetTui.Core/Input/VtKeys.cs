using System.Globalization;
using System.Text;
using TelnetTui.Core.Settings;

namespace TelnetTui.Core.Input;

/// <summary>
/// The <c>vt</c> key map: what xterm sends (xterm ctlseqs, "PC-Style Function Keys" and "VT220-Style
/// Function Keys"). Cursor keys and Home/End follow DECCKM (CSI in normal mode, SS3 in application
/// mode); the keypad follows DECKPAM; a modifier adds the parameter 1 + Shift(1) + Alt(2) + Ctrl(4)
/// (CSI 1;5A for Ctrl+Up, CSI 3;2~ for Shift+Delete). Backspace is DEL, Ctrl+Backspace BS.
/// </summary>
internal static class VtKeys
{
    private const string Csi = "\e[";
    private const string Ss3 = "\eO";

    public static KeyOutput Encode(in SessionKey key, KeyEncodingModes modes)
    {
        var m = ModifierParameter(key.Modifiers);
        switch (key.Code)
        {
            case SessionKeyCode.Up: return Cursor('A', m, modes);
            case SessionKeyCode.Down: return Cursor('B', m, modes);
            case SessionKeyCode.Right: return Cursor('C', m, modes);
            case SessionKeyCode.Left: return Cursor('D', m, modes);
            case SessionKeyCode.Home: return Cursor('H', m, modes);
            case SessionKeyCode.End: return Cursor('F', m, modes);
            case SessionKeyCode.Insert: return Tilde(2, m);
            case SessionKeyCode.Delete: return Tilde(3, m);
            case SessionKeyCode.PageUp: return Tilde(5, m);
            case SessionKeyCode.PageDown: return Tilde(6, m);
            case >= SessionKeyCode.F1 and <= SessionKeyCode.F4:
            {
                var final = (char)('P' + (key.Code - SessionKeyCode.F1));
                return m == 1 ? Text(Ss3 + final) : Text($"{Csi}1;{m}{final}");
            }
            case >= SessionKeyCode.F5 and <= SessionKeyCode.F20:
                return Tilde(FunctionKeyNumbers[key.Code - SessionKeyCode.F5], m);
            case SessionKeyCode.Enter:
                return new KeyOutput(key.Alt ? [KeyEncoder.Esc] : [], true);
            case SessionKeyCode.KeypadEnter:
                return modes.ApplicationKeypad ? Text(Ss3 + "M") : new KeyOutput([], true);
            case SessionKeyCode.Tab:
                return key.Shift ? Text(Csi + "Z") : Bytes(key.Alt, 0x09);
            case SessionKeyCode.Backspace:
                return Bytes(key.Alt, key.Ctrl ? (byte)0x08 : (byte)0x7F);
            case SessionKeyCode.Escape:
                return Bytes(key.Alt, KeyEncoder.Esc);
            case >= SessionKeyCode.Keypad0 and <= SessionKeyCode.KeypadDivide:
                return Keypad(key.Code, modes);
            default:
                return KeyOutput.None;
        }
    }

    /// <summary>VT220 numbers for F5–F20 (F11 is 23: 22 was skipped on the LK201 keyboard).</summary>
    private static readonly int[] FunctionKeyNumbers = [15, 17, 18, 19, 20, 21, 23, 24, 25, 26, 28, 29, 31, 32, 33, 34];

    private static int ModifierParameter(KeyModifiers modifiers) =>
        1 + ((modifiers & KeyModifiers.Shift) != 0 ? 1 : 0) + ((modifiers & KeyModifiers.Alt) != 0 ? 2 : 0) + ((modifiers & KeyModifiers.Ctrl) != 0 ? 4 : 0);

    private static KeyOutput Cursor(char final, int m, KeyEncodingModes modes)
    {
        if (m > 1)
            return Text($"{Csi}1;{m.ToString(CultureInfo.InvariantCulture)}{final}");
        return Text((modes.ApplicationCursorKeys ? Ss3 : Csi) + final);
    }

    private static KeyOutput Tilde(int number, int m) =>
        Text(m > 1 ? $"{Csi}{number.ToString(CultureInfo.InvariantCulture)};{m.ToString(CultureInfo.InvariantCulture)}~" : $"{Csi}{number.ToString(CultureInfo.InvariantCulture)}~");

    /// <summary>Application keypad: SS3 p..y for 0–9, SS3 n . , SS3 k +, SS3 m -, SS3 j *, SS3 o /; numeric: the characters.</summary>
    private static KeyOutput Keypad(SessionKeyCode code, KeyEncodingModes modes)
    {
        var (app, plain) = code switch
        {
            >= SessionKeyCode.Keypad0 and <= SessionKeyCode.Keypad9 => ((char)('p' + (code - SessionKeyCode.Keypad0)), (char)('0' + (code - SessionKeyCode.Keypad0))),
            SessionKeyCode.KeypadDecimal => ('n', '.'),
            SessionKeyCode.KeypadPlus => ('k', '+'),
            SessionKeyCode.KeypadMinus => ('m', '-'),
            SessionKeyCode.KeypadMultiply => ('j', '*'),
            _ => ('o', '/'),
        };
        return modes.ApplicationKeypad ? Text(Ss3 + app) : Text(plain.ToString());
    }

    private static KeyOutput Bytes(bool alt, byte b) => new(alt ? [KeyEncoder.Esc, b] : [b], false);

    private static KeyOutput Text(string ascii) => new(Encoding.ASCII.GetBytes(ascii), false);
}
