using TelnetTui.Terminal.Model;

namespace TelnetTui.Terminal.Emulation;

/// <summary>
/// SM/RM (ANSI modes, ECMA-48 §7.2) and DECSET/DECRST (DEC private modes, xterm ctlseqs), and the
/// DECRQM answer for each mode this terminal knows.
/// </summary>
internal sealed class ModeSwitcher
{
    private readonly Emulator _e;

    public ModeSwitcher(Emulator emulator) => _e = emulator;

    private Screen S => _e.Screen;

    public void SetAnsi(int mode, bool on)
    {
        switch (mode)
        {
            case 4: S.InsertMode = on; break;   // IRM
            case 20: S.NewLineMode = on; break; // LNM
        }
    }

    /// <summary>DECRQM for an ANSI mode: 1 set, 2 reset, 0 not recognised.</summary>
    public int QueryAnsi(int mode) => mode switch
    {
        4 => S.InsertMode ? 1 : 2,
        20 => S.NewLineMode ? 1 : 2,
        _ => 0,
    };

    public void SetPrivate(int mode, bool on)
    {
        var s = S;
        switch (mode)
        {
            case 1: s.ApplicationCursorKeys = on; break;               // DECCKM
            case 5: s.ReverseVideo = on; break;                        // DECSCNM
            case 6:                                                    // DECOM: the cursor goes home either way
                s.OriginMode = on;
                _e.Editor.SetPosition(0, 0);
                break;
            case 7:                                                    // DECAWM
                s.AutoWrap = on;
                if (!on)
                    s.PendingWrap = false;
                break;
            case 9: SetMouse(MouseTracking.X10, on); break;
            case 12: s.CursorBlink = on; break;                        // att610 cursor blink
            case 25: s.CursorVisible = on; break;                      // DECTCEM
            case 33:                                                   // iCE colours (SyncTERM): blink selects a bright background
                s.IceColors = on;
                _e.Pen.Invalidate();
                break;
            case 47: if (on) _e.Editor.EnterAlternate(clear: false); else _e.Editor.LeaveAlternate(clear: false); break;
            case 66: s.ApplicationKeypad = on; break;                  // DECNKM
            case 1000: SetMouse(MouseTracking.Normal, on); break;
            case 1002: SetMouse(MouseTracking.ButtonEvent, on); break;
            case 1003: SetMouse(MouseTracking.AnyEvent, on); break;
            case 1004: s.FocusEvents = on; break;
            case 1005: SetEncoding(MouseEncoding.Utf8, on); break;
            case 1006: SetEncoding(MouseEncoding.Sgr, on); break;
            case 1015: SetEncoding(MouseEncoding.Urxvt, on); break;
            case 1007: s.AlternateScroll = on; break;
            case 1047:
                if (on)
                    _e.Editor.EnterAlternate(clear: false);
                else
                    _e.Editor.LeaveAlternate(clear: true);
                break;
            case 1048:
                if (on)
                    _e.SaveCursor();
                else
                    _e.RestoreCursor();
                break;
            case 1049:
                if (on)
                {
                    if (!s.IsAlternate)
                        _e.SaveCursor();
                    _e.Editor.EnterAlternate(clear: true);
                }
                else if (s.IsAlternate)
                {
                    _e.Editor.LeaveAlternate(clear: false);
                    _e.RestoreCursor();
                }
                break;
            case 2004: s.BracketedPaste = on; break;
            case 2026: s.SynchronizedOutput = on; break;
        }
        s.VersionCounter++;
    }

    /// <summary>DECRQM for a DEC private mode: 1 set, 2 reset, 0 not recognised.</summary>
    public int QueryPrivate(int mode)
    {
        var s = S;
        bool? state = mode switch
        {
            1 => s.ApplicationCursorKeys,
            5 => s.ReverseVideo,
            6 => s.OriginMode,
            7 => s.AutoWrap,
            9 => s.MouseTrackingMode == MouseTracking.X10,
            12 => s.CursorBlink,
            25 => s.CursorVisible,
            33 => s.IceColors,
            47 or 1047 or 1049 => s.IsAlternate,
            66 => s.ApplicationKeypad,
            1000 => s.MouseTrackingMode == MouseTracking.Normal,
            1002 => s.MouseTrackingMode == MouseTracking.ButtonEvent,
            1003 => s.MouseTrackingMode == MouseTracking.AnyEvent,
            1004 => s.FocusEvents,
            1005 => s.MouseEncodingMode == MouseEncoding.Utf8,
            1006 => s.MouseEncodingMode == MouseEncoding.Sgr,
            1007 => s.AlternateScroll,
            1015 => s.MouseEncodingMode == MouseEncoding.Urxvt,
            2004 => s.BracketedPaste,
            2026 => s.SynchronizedOutput,
            _ => null,
        };
        return state is null ? 0 : state.Value ? 1 : 2;
    }

    private void SetMouse(MouseTracking tracking, bool on)
    {
        if (on)
            S.MouseTrackingMode = tracking;
        else if (S.MouseTrackingMode == tracking)
            S.MouseTrackingMode = MouseTracking.None;
    }

    private void SetEncoding(MouseEncoding encoding, bool on)
    {
        if (on)
            S.MouseEncodingMode = encoding;
        else if (S.MouseEncodingMode == encoding)
            S.MouseEncodingMode = MouseEncoding.Default;
    }
}
