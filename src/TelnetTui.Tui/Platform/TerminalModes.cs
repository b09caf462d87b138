using TelnetTui.Tui.Rendering;

namespace TelnetTui.Tui.Platform;

/// <summary>
/// The escape sequences that switch terminal features on when the UI starts and off when it stops
/// (xterm ctlseqs: DECSET/DECRST private modes, DECSCUSR, kitty keyboard push/pop, DECRQM).
/// Leaving undoes everything entering did, in reverse, whatever state the UI left the terminal in.
/// </summary>
public static class TerminalModes
{
    public static byte[] Enter(TerminalOptions options)
    {
        var o = new ByteBuilder(128);
        if (options.AlternateScreen)
            o.Append("\e[?1049h"u8); // save cursor, switch to the alternate screen, clear it
        if (options.Mouse)
        {
            o.Append("\e[?1000h\e[?1002h"u8);
            if (options.MouseAnyMotion)
                o.Append("\e[?1003h"u8);
            o.Append("\e[?1006h"u8);
        }
        if (options.BracketedPaste)
            o.Append("\e[?2004h"u8);
        if (options.FocusEvents)
            o.Append("\e[?1004h"u8);
        if (options.KittyKeyboard)
            o.Append("\e[>1u\e[?u"u8); // push "disambiguate escape codes", then ask what is in force
        if (options.QuerySynchronizedOutput)
            o.Append("\e[?2026$p"u8); // DECRQM: answered by CSI ? 2026 ; Ps $ y where the terminal knows the mode
        return o.ToArray();
    }

    public static byte[] Leave(TerminalOptions options)
    {
        var o = new ByteBuilder(128);
        o.Append("\e[m"u8);
        if (options.KittyKeyboard)
            o.Append("\e[<u"u8);
        if (options.FocusEvents)
            o.Append("\e[?1004l"u8);
        if (options.BracketedPaste)
            o.Append("\e[?2004l"u8);
        if (options.Mouse)
            o.Append("\e[?1006l\e[?1003l\e[?1002l\e[?1000l"u8);
        o.Append("\e[0 q\e[?25h"u8); // default cursor shape, cursor visible
        if (options.AlternateScreen)
            o.Append("\e[?1049l"u8); // back to the main screen and the cursor saved on entry
        return o.ToArray();
    }
}
