using System.Text;
using TelnetTui.Terminal.Model;

namespace TelnetTui.Terminal.Input;

/// <summary>
/// The bytes xterm sends the host for a mouse event, in the tracking mode and encoding the host chose
/// (xterm ctlseqs, "Mouse Tracking"): X10 (9) presses only; 1000 presses and releases; 1002 also drags;
/// 1003 all motion. Encodings: CSI M Cb Cx Cy with 32-offset bytes (coordinates clamped at 223),
/// UTF-8 (1005), SGR (1006: CSI &lt; b ; x ; y M/m) and urxvt (1015: CSI b ; x ; y M). Nothing is sent when
/// the host did not ask for that kind of event. The caller sends motion only when the cell changes.
/// </summary>
public static class MouseReport
{
    /// <summary>Largest coordinate the byte encoding can carry (255 − 32).</summary>
    public const int ByteEncodingLimit = 223;

    /// <summary>Largest coordinate the UTF-8 encoding can carry (a two-byte character, minus the offset).</summary>
    public const int Utf8EncodingLimit = 2015;

    /// <summary>The report for <paramref name="e"/> under <paramref name="modes"/>, or an empty array when none is due.</summary>
    public static byte[] Encode(in MouseEvent e, TerminalModes modes)
    {
        if (!Wanted(e, modes.MouseTracking))
            return [];
        var code = ButtonCode(e.Button);
        if (modes.MouseTracking != MouseTracking.X10)
            code |= (int)e.Modifiers;
        if (e.Action == MouseAction.Motion)
            code |= 32;
        var x = e.Column + 1;
        var y = e.Row + 1;
        var release = e.Action == MouseAction.Release;
        switch (modes.MouseEncoding)
        {
            case MouseEncoding.Sgr:
                // SGR keeps the button on release and says "release" with a lower-case final.
                return Encoding.ASCII.GetBytes($"\e[<{code};{x};{y}{(release ? 'm' : 'M')}");
            case MouseEncoding.Urxvt:
                return Encoding.ASCII.GetBytes($"\e[{32 + (release ? ReleaseCode(code) : code)};{x};{y}M");
            case MouseEncoding.Utf8:
            {
                var sb = new StringBuilder("\e[M");
                sb.Append((char)(32 + (release ? ReleaseCode(code) : code)));
                sb.Append((char)(32 + Math.Min(x, Utf8EncodingLimit)));
                sb.Append((char)(32 + Math.Min(y, Utf8EncodingLimit)));
                return Encoding.UTF8.GetBytes(sb.ToString());
            }
            default:
                return
                [
                    0x1b, (byte)'[', (byte)'M',
                    (byte)(32 + (release ? ReleaseCode(code) : code)),
                    (byte)(32 + Math.Min(x, ByteEncodingLimit)),
                    (byte)(32 + Math.Min(y, ByteEncodingLimit)),
                ];
        }
    }

    /// <summary>Bracketed paste (DECSET 2004): the pasted text between ESC[200~ and ESC[201~ when the host asked.</summary>
    public static string Paste(string text, TerminalModes modes) =>
        modes.BracketedPaste ? "\e[200~" + text.Replace("\e[201~", "", StringComparison.Ordinal) + "\e[201~" : text;

    private static bool Wanted(in MouseEvent e, MouseTracking tracking)
    {
        var wheel = e.Button >= MouseButton.WheelUp;
        return tracking switch
        {
            MouseTracking.X10 => e.Action == MouseAction.Press && !wheel,
            MouseTracking.Normal => e.Action != MouseAction.Motion && !(wheel && e.Action == MouseAction.Release),
            MouseTracking.ButtonEvent => e.Action == MouseAction.Motion ? e.Button != MouseButton.None : !(wheel && e.Action == MouseAction.Release),
            MouseTracking.AnyEvent => !(wheel && e.Action == MouseAction.Release),
            _ => false,
        };
    }

    private static int ButtonCode(MouseButton button) => button switch
    {
        MouseButton.Left => 0,
        MouseButton.Middle => 1,
        MouseButton.Right => 2,
        MouseButton.WheelUp => 64,
        MouseButton.WheelDown => 65,
        MouseButton.WheelLeft => 66,
        MouseButton.WheelRight => 67,
        _ => 3, // motion with no button held
    };

    /// <summary>Byte and urxvt encodings cannot say which button was released: code 3, modifiers kept.</summary>
    private static int ReleaseCode(int code) => (code & ~3 & ~64) | 3;
}
