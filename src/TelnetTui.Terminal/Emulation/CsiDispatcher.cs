using TelnetTui.Terminal.Model;
using TelnetTui.Terminal.Parsing;

namespace TelnetTui.Terminal.Emulation;

/// <summary>
/// What each control sequence means (ECMA-48 §8.3, DEC VT510, xterm ctlseqs). Unknown sequences are
/// ignored. Parameter 0 and an empty parameter both mean the default.
/// </summary>
internal sealed class CsiDispatcher
{
    private readonly Emulator _e;

    public CsiDispatcher(Emulator emulator) => _e = emulator;

    public void Dispatch(in VtSequence q)
    {
        var p = q.Params;
        if (q.Final == 'm' && q.Prefix == '\0' && q.Intermediates == 0)
        {
            SgrParser.Apply(_e.Pen, p); // by far the most frequent sequence
            return;
        }
        var ed = _e.Editor;
        var s = _e.Screen;
        if (q.Prefix != '\0' || q.Intermediates != 0)
        {
            DispatchSpecial(q);
            return;
        }
        switch (q.Final)
        {
            case '@': ed.InsertCharacters(p.Get(0, 1)); break;                           // ICH
            case 'A': ed.MoveUp(p.Get(0, 1)); break;                                      // CUU
            case 'B': case 'e': ed.MoveDown(p.Get(0, 1)); break;                          // CUD, VPR
            case 'C': case 'a': ed.MoveRight(p.Get(0, 1)); break;                         // CUF, HPR
            case 'D': case 'j': ed.MoveLeft(p.Get(0, 1)); break;                          // CUB, HPB
            case 'E': ed.MoveDown(p.Get(0, 1)); ed.CarriageReturn(); break;               // CNL
            case 'F': ed.MoveUp(p.Get(0, 1)); ed.CarriageReturn(); break;                 // CPL
            case 'G': case '`': ed.SetColumn(p.Get(0, 1) - 1); break;                     // CHA, HPA
            case 'H': case 'f': ed.SetPosition(p.Get(0, 1) - 1, p.Get(1, 1) - 1); break; // CUP, HVP
            case 'I': ed.TabForward(p.Get(0, 1)); break;                                  // CHT
            case 'J':                                                                     // ED
                ed.EraseInDisplay(p[0], selective: false);
                if (s.AnsiBbs && p[0] == 2)
                    ed.MoveTo(0, 0); // ANSI.SYS homes the cursor on ESC[2J
                break;
            case 'K': ed.EraseInLine(p[0], selective: false); break;                      // EL
            case 'L': ed.InsertLines(p.Get(0, 1)); break;                                 // IL
            case 'M': ed.DeleteLines(p.Get(0, 1)); break;                                 // DL
            case 'P': ed.DeleteCharacters(p.Get(0, 1)); break;                            // DCH
            case 'S': ed.ScrollUp(p.Get(0, 1)); break;                                    // SU
            case 'T': if (p.Count <= 1) ed.ScrollDown(p.Get(0, 1)); break;               // SD (5 params: mouse highlight, ignored)
            case 'X': ed.EraseCharacters(p.Get(0, 1)); break;                             // ECH
            case 'Z': ed.TabBackward(p.Get(0, 1)); break;                                 // CBT
            case 'b': _e.Writer.Repeat(p.Get(0, 1)); break;                               // REP
            case 'c': if (p[0] == 0) _e.Reply("\x1b[?1;2c"); break;                       // DA1: VT100 with advanced video
            case 'd': ed.SetRow(p.Get(0, 1) - 1); break;                                  // VPA
            case 'g': ClearTabs(p[0]); break;                                             // TBC
            case 'h': SetModes(p, isPrivate: false, on: true); break;                     // SM
            case 'l': SetModes(p, isPrivate: false, on: false); break;                    // RM
            case 'k': ed.MoveUp(p.Get(0, 1)); break;                                      // VPB
            case 'm': SgrParser.Apply(_e.Pen, p); break;                                 // SGR
            case 'n': DeviceStatus(p[0]); break;                                          // DSR
            case 'r': ed.SetScrollRegion(p.Get(0, 1) - 1, p.Get(1, s.Rows) - 1); break;  // DECSTBM
            case 's': if (s.AnsiBbs) _e.SavePosition(); else _e.SaveCursor(); break;     // SCOSC (ANSI.SYS: position only)
            case 'u': if (s.AnsiBbs) _e.RestorePosition(); else _e.RestoreCursor(); break;
            case 't': WindowOperation(p); break;
        }
    }

    private void DispatchSpecial(in VtSequence q)
    {
        var p = q.Params;
        var ed = _e.Editor;
        switch (q.Prefix, q.Intermediates, q.Final)
        {
            case ('?', 0, 'h'): SetModes(p, isPrivate: true, on: true); break;            // DECSET
            case ('?', 0, 'l'): SetModes(p, isPrivate: true, on: false); break;           // DECRST
            case ('?', 0, 'J'): ed.EraseInDisplay(p[0], selective: true); break;          // DECSED
            case ('?', 0, 'K'): ed.EraseInLine(p[0], selective: true); break;             // DECSEL
            case ('?', 0, 'n'): PrivateDeviceStatus(p[0]); break;                         // DECDSR
            case ('>', 0, 'c'): if (p[0] == 0) _e.Reply("\x1b[>1;10;0c"); break;         // DA2: VT220, firmware 1.0
            case ('>', 0, 'q'): if (p[0] == 0) _e.Reply("\x1bP>|TelnetTui(0.1)\x1b\\"); break; // XTVERSION
            case ('\0', '!', 'p'): _e.SoftReset(); break;                                  // DECSTR
            case ('\0', '$', 'p'): ReplyMode(p[0], _e.Modes.QueryAnsi(p[0]), false); break; // DECRQM (ANSI)
            case ('?', '$', 'p'): ReplyMode(p[0], _e.Modes.QueryPrivate(p[0]), true); break; // DECRQM (DEC)
            case ('\0', ' ', 'q'): SetCursorStyle(p[0]); break;                            // DECSCUSR
            case ('\0', '"', 'q'): SetProtection(p[0]); break;                             // DECSCA
        }
    }

    private void SetModes(VtParams p, bool isPrivate, bool on)
    {
        for (var i = 0; i < p.Count; i++)
        {
            if (p.IsSubParameter(i))
                continue;
            if (isPrivate)
                _e.Modes.SetPrivate(p[i], on);
            else
                _e.Modes.SetAnsi(p[i], on);
        }
    }

    private void ClearTabs(int mode)
    {
        var s = _e.Screen;
        if (mode == 0)
            s.Tabs.Clear(Math.Min(s.CursorCol, s.Columns - 1));
        else if (mode == 3)
            s.Tabs.ClearAll();
    }

    private void DeviceStatus(int request)
    {
        var s = _e.Screen;
        switch (request)
        {
            case 5:
                _e.Reply("\x1b[0n");
                break;
            case 6:
                _e.Reply($"\x1b[{ReportedRow(s) + 1};{Math.Min(s.CursorCol, s.Columns - 1) + 1}R");
                break;
            case 255 when s.AnsiBbs:
                // ANSI-BBS (SyncTERM, cterm): the screen size, as a cursor position report of the bottom-right corner.
                _e.Reply($"\x1b[{s.Rows};{s.Columns}R");
                break;
        }
    }

    private void PrivateDeviceStatus(int request)
    {
        var s = _e.Screen;
        switch (request)
        {
            case 6: // DECXCPR: row, column, page
                _e.Reply($"\x1b[?{ReportedRow(s) + 1};{Math.Min(s.CursorCol, s.Columns - 1) + 1};1R");
                break;
            case 15: // printer: none
                _e.Reply("\x1b[?13n");
                break;
            case 25: // user-defined keys: locked
                _e.Reply("\x1b[?21n");
                break;
            case 26: // keyboard: North American, ready
                _e.Reply("\x1b[?27;1;0;0n");
                break;
        }
    }

    /// <summary>The cursor row as reports give it: relative to the top margin in origin mode.</summary>
    private static int ReportedRow(Screen s) => s.OriginMode ? s.CursorRow - s.ScrollTop : s.CursorRow;

    private void ReplyMode(int mode, int state, bool isPrivate) =>
        _e.Reply($"\x1b[{(isPrivate ? "?" : "")}{mode};{state}$y");

    private void SetCursorStyle(int code)
    {
        var s = _e.Screen;
        if (code > 6)
            return;
        s.CursorShapeValue = code switch
        {
            <= 2 => CursorShape.Block,
            <= 4 => CursorShape.Underline,
            _ => CursorShape.Bar,
        };
        s.CursorBlink = code == 0 || code % 2 == 1;
        s.VersionCounter++;
    }

    private void SetProtection(int code)
    {
        var pen = _e.Pen;
        pen.Attributes = code == 1 ? pen.Attributes | CellAttributes.Protected : pen.Attributes & ~CellAttributes.Protected;
        pen.Changed();
    }

    /// <summary>XTWINOPS: only the harmless reports (sizes, state) and the title stack. Title reports (20, 21) are never sent.</summary>
    private void WindowOperation(VtParams p)
    {
        var s = _e.Screen;
        switch (p[0])
        {
            case 11:
                _e.Reply("\x1b[1t"); // not iconified
                break;
            case 18:
            case 19:
                _e.Reply($"\x1b[{(p[0] == 18 ? 8 : 9)};{s.Rows};{s.Columns}t");
                break;
            case 22:
                _e.PushTitle();
                break;
            case 23:
                _e.PopTitle();
                break;
        }
    }
}
