using System.Text;

namespace TelnetTui.Tui.Input;

/// <summary>
/// What a byte or an escape sequence from the user's terminal means, per xterm ctlseqs ("PC-Style Function
/// Keys", "Mouse Tracking"), the VT220/linux console function keys, and the kitty keyboard protocol
/// ("CSI u"). <see cref="InputDecoder"/> only classifies bytes; the meaning lives here.
/// </summary>
internal static class SequenceMeaning
{
    private const int MaxParams = 16;

    /// <summary>A C0 control or DEL as a key (Alt added when it came after ESC).</summary>
    public static KeyEvent ControlKey(byte b, KeyModifiers extra)
    {
        return b switch
        {
            0x00 => new KeyEvent(Key.Char, KeyModifiers.Ctrl | extra, new Rune(' ')),
            0x09 => new KeyEvent(Key.Tab, extra),
            0x0D => new KeyEvent(Key.Enter, extra),
            0x1B => new KeyEvent(Key.Escape, extra),
            0x7F => new KeyEvent(Key.Backspace, extra),
            >= 0x01 and <= 0x1A => new KeyEvent(Key.Char, KeyModifiers.Ctrl | extra, new Rune(b + 0x60)),
            _ => new KeyEvent(Key.Char, KeyModifiers.Ctrl | extra, new Rune(b + 0x40)), // 0x1C-0x1F: Ctrl+\ ] ^ _
        };
    }

    /// <summary>Modifiers from xterm's parameter (1 + bits: 1 Shift, 2 Alt, 4 Ctrl, 8 Super/Meta).</summary>
    public static KeyModifiers Modifiers(int parameter) =>
        parameter <= 1 ? KeyModifiers.None : (KeyModifiers)((parameter - 1) & 0x0F);

    /// <summary>SS3 final byte (ESC O x): cursor keys in application mode, F1–F4, the keypad.</summary>
    public static InputEvent? Ss3(byte final, ReadOnlySpan<byte> parameters, KeyModifiers extra)
    {
        Span<int> p = stackalloc int[MaxParams];
        Span<int> sub = stackalloc int[MaxParams];
        var count = ParseParameters(parameters, p, sub);
        var mods = extra | (count > 0 ? Modifiers(p[count - 1]) : KeyModifiers.None);
        Key key = final switch
        {
            (byte)'A' => Key.Up,
            (byte)'B' => Key.Down,
            (byte)'C' => Key.Right,
            (byte)'D' => Key.Left,
            (byte)'H' => Key.Home,
            (byte)'F' => Key.End,
            (byte)'E' => Key.Begin,
            (byte)'P' => Key.F1,
            (byte)'Q' => Key.F2,
            (byte)'R' => Key.F3,
            (byte)'S' => Key.F4,
            (byte)'M' => Key.Enter,
            _ => Key.None,
        };
        if (key != Key.None)
            return new KeyEvent(key, mods);
        const string keypad = "*+,-./0123456789";
        if (final >= 'j' && final <= 'y')
            return new KeyEvent(Key.Char, mods, new Rune(keypad[final - 'j']));
        if (final == 'X')
            return new KeyEvent(Key.Char, mods, new Rune('='));
        return null;
    }

    /// <summary>
    /// A complete CSI sequence (the bytes between "ESC [" and the final byte, and the final byte).
    /// Returns null for sequences that carry nothing to report (kitty key releases, bare modifier keys).
    /// </summary>
    public static InputEvent? Csi(ReadOnlySpan<byte> body, byte final, KeyModifiers extra, out bool pasteStart)
    {
        pasteStart = false;
        byte marker = 0;
        if (!body.IsEmpty && body[0] is >= 0x3C and <= 0x3F)
        {
            marker = body[0];
            body = body[1..];
        }
        byte intermediate = 0;
        var end = body.Length;
        while (end > 0 && body[end - 1] is >= 0x20 and <= 0x2F)
            intermediate = body[--end];
        var parameters = body[..end];
        Span<int> p = stackalloc int[MaxParams];
        Span<int> sub = stackalloc int[MaxParams];
        var count = ParseParameters(parameters, p, sub);

        if (marker == '<' && (final == 'M' || final == 'm') && intermediate == 0 && count >= 3)
            return SgrMouse(Get(p, count, 0, 0), Get(p, count, 1, 1), Get(p, count, 2, 1), final == 'M');
        if (marker == '?')
        {
            if (final == 'u' && intermediate == 0)
                return new KittyKeyboardFlagsEvent(Get(p, count, 0, 0));
            if (final == 'c' && intermediate == 0)
            {
                var attributes = new int[count];
                for (var i = 0; i < count; i++)
                    attributes[i] = Math.Max(0, p[i]);
                return new DeviceAttributesEvent(attributes);
            }
            if (final == 'y' && intermediate == '$')
                return new ModeReportEvent(Get(p, count, 0, 0), Get(p, count, 1, 0));
            return null;
        }
        if (marker != 0)
            return null;
        if (intermediate == '$' && final == 'y')
            return new ModeReportEvent(Get(p, count, 0, 0), Get(p, count, 1, 0), Private: false);
        if (intermediate != 0)
            return null;

        var mods = extra | Modifiers(Get(p, count, 1, 1));
        switch (final)
        {
            case (byte)'A': return new KeyEvent(Key.Up, mods);
            case (byte)'B': return new KeyEvent(Key.Down, mods);
            case (byte)'C': return new KeyEvent(Key.Right, mods);
            case (byte)'D': return new KeyEvent(Key.Left, mods);
            case (byte)'H': return new KeyEvent(Key.Home, mods);
            case (byte)'F': return new KeyEvent(Key.End, mods);
            case (byte)'E': return new KeyEvent(Key.Begin, mods);
            case (byte)'P': return new KeyEvent(Key.F1, mods);
            case (byte)'Q': return new KeyEvent(Key.F2, mods);
            case (byte)'S': return new KeyEvent(Key.F4, mods);
            case (byte)'R':
                // CSI 1;m R is F3 with modifiers (xterm); any other CSI row;col R is a cursor position report.
                if (count < 2 || Get(p, count, 0, 1) == 1)
                    return new KeyEvent(Key.F3, mods);
                return new CursorPositionEvent(Get(p, count, 1, 1) - 1, Get(p, count, 0, 1) - 1);
            case (byte)'Z': return new KeyEvent(Key.Tab, extra | KeyModifiers.Shift | Modifiers(Get(p, count, 1, 1)));
            case (byte)'I' when count == 0: return new FocusEvent(true);
            case (byte)'O' when count == 0: return new FocusEvent(false);
            case (byte)'u':
                return CodepointKey(Get(p, count, 0, 0), extra | Modifiers(Get(p, count, 1, 1)), count > 1 ? sub[1] : -1);
            case (byte)'~':
                var code = Get(p, count, 0, 0);
                if (code == 200)
                {
                    pasteStart = true;
                    return null;
                }
                if (code == 27 && count >= 3) // xterm modifyOtherKeys: CSI 27 ; mods ; code ~
                    return CodepointKey(Get(p, count, 2, 0), extra | Modifiers(Get(p, count, 1, 1)), -1);
                var key = TildeKey(code);
                return key == Key.None ? null : new KeyEvent(key, mods);
        }
        return null;
    }

    private static int Get(ReadOnlySpan<int> p, int count, int index, int fallback) =>
        index < count && p[index] >= 0 ? p[index] : fallback;

    private static Key TildeKey(int code) => code switch
    {
        1 or 7 => Key.Home,
        2 => Key.Insert,
        3 => Key.Delete,
        4 or 8 => Key.End,
        5 => Key.PageUp,
        6 => Key.PageDown,
        >= 11 and <= 15 => (Key)((int)Key.F1 + (code - 11)),
        >= 17 and <= 21 => (Key)((int)Key.F6 + (code - 17)),
        23 or 24 => (Key)((int)Key.F11 + (code - 23)),
        25 or 26 => (Key)((int)Key.F13 + (code - 25)),
        28 or 29 => (Key)((int)Key.F15 + (code - 28)),
        >= 31 and <= 34 => (Key)((int)Key.F17 + (code - 31)),
        _ => Key.None,
    };

    /// <summary>A key given by code point: kitty "CSI code ; mods:event u" and modifyOtherKeys.</summary>
    private static KeyEvent? CodepointKey(int code, KeyModifiers mods, int eventType)
    {
        if (eventType == 3)
            return null; // key release (kitty flag 2): the toolkit acts on presses
        switch (code)
        {
            case 9: return new KeyEvent(Key.Tab, mods);
            case 13: return new KeyEvent(Key.Enter, mods);
            case 27: return new KeyEvent(Key.Escape, mods);
            case 8 or 127: return new KeyEvent(Key.Backspace, mods);
            case >= 57399 and <= 57408: return new KeyEvent(Key.Char, mods, new Rune('0' + code - 57399));
            case >= 57376 and <= 57387: return new KeyEvent((Key)((int)Key.F13 + (code - 57376)), mods);
        }
        var functional = code switch
        {
            57414 => Key.Enter,
            57417 => Key.Left,
            57418 => Key.Right,
            57419 => Key.Up,
            57420 => Key.Down,
            57421 => Key.PageUp,
            57422 => Key.PageDown,
            57423 => Key.Home,
            57424 => Key.End,
            57425 => Key.Insert,
            57426 => Key.Delete,
            57427 => Key.Begin,
            _ => Key.None,
        };
        if (functional != Key.None)
            return new KeyEvent(functional, mods);
        var keypadChar = code switch
        {
            57409 => '.',
            57410 => '/',
            57411 => '*',
            57412 => '-',
            57413 => '+',
            57415 => '=',
            _ => '\0',
        };
        if (keypadChar != '\0')
            return new KeyEvent(Key.Char, mods, new Rune(keypadChar));
        if (code is >= 57344 and <= 63743 || !Rune.IsValid(code) || code < 0x20 || code == 0x7F)
            return null; // modifier keys, lock keys, media keys: nothing to type or bind
        if (code is >= 'a' and <= 'z' && (mods & KeyModifiers.Shift) != 0)
            code -= 32;
        return new KeyEvent(Key.Char, mods, new Rune(code));
    }

    private static MouseEvent SgrMouse(int cb, int column, int row, bool press)
    {
        var mods = KeyModifiers.None;
        if ((cb & 4) != 0)
            mods |= KeyModifiers.Shift;
        if ((cb & 8) != 0)
            mods |= KeyModifiers.Alt;
        if ((cb & 16) != 0)
            mods |= KeyModifiers.Ctrl;
        var x = Math.Max(0, column - 1);
        var y = Math.Max(0, row - 1);
        var low = cb & 3;
        if ((cb & 64) != 0)
        {
            var wheel = low switch
            {
                0 => MouseAction.WheelUp,
                1 => MouseAction.WheelDown,
                2 => MouseAction.WheelLeft,
                _ => MouseAction.WheelRight,
            };
            return new MouseEvent(wheel, MouseButton.None, x, y, mods);
        }
        var button = (cb & 128) != 0
            ? low switch { 0 => MouseButton.Back, 1 => MouseButton.Forward, _ => MouseButton.None }
            : low switch { 0 => MouseButton.Left, 1 => MouseButton.Middle, 2 => MouseButton.Right, _ => MouseButton.None };
        MouseAction action;
        if ((cb & 32) != 0)
            action = button == MouseButton.None ? MouseAction.Move : MouseAction.Drag;
        else
            action = press ? MouseAction.Press : MouseAction.Release;
        return new MouseEvent(action, button, x, y, mods);
    }

    /// <summary>Legacy X10/normal mouse (CSI M Cb Cx Cy, each byte 32 + value), for terminals without SGR 1006.</summary>
    public static MouseEvent X10Mouse(byte cb, byte cx, byte cy)
    {
        var value = cb - 32;
        var released = (value & 3) == 3 && (value & (64 | 32)) == 0;
        var e = SgrMouse(released ? value & ~3 : value, cx - 32, cy - 32, press: !released);
        // X10 reports a release without saying which button.
        return released ? e with { Button = MouseButton.None } : e;
    }

    /// <summary>
    /// Splits "1;5" / "97:65;2:1" into values: p[i] the first value of parameter i (-1 when empty) and
    /// sub[i] its second colon-separated value (-1 when absent). Returns the parameter count.
    /// </summary>
    private static int ParseParameters(ReadOnlySpan<byte> text, Span<int> p, Span<int> sub)
    {
        if (text.IsEmpty)
            return 0;
        var count = 0;
        var part = 0; // 0: main value, 1: first sub-parameter, 2+: ignored
        var value = -1;
        p[0] = -1;
        sub[0] = -1;
        foreach (var b in text)
        {
            if (b is >= (byte)'0' and <= (byte)'9')
            {
                value = value < 0 ? b - '0' : Math.Min(value * 10 + (b - '0'), 1_000_000);
                continue;
            }
            Store(p, sub, count, part, value);
            value = -1;
            if (b == ':')
            {
                part++;
                continue;
            }
            if (b == ';' && count + 1 < p.Length)
            {
                count++;
                part = 0;
                p[count] = -1;
                sub[count] = -1;
            }
        }
        Store(p, sub, count, part, value);
        return count + 1;
    }

    private static void Store(Span<int> p, Span<int> sub, int index, int part, int value)
    {
        if (part == 0)
            p[index] = value;
        else if (part == 1)
            sub[index] = value;
    }
}
