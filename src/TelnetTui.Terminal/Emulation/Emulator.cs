using System.Text;
using TelnetTui.Terminal.Model;
using TelnetTui.Terminal.Parsing;

namespace TelnetTui.Terminal.Emulation;

/// <summary>Receives the bytes the terminal sends back to the host (device reports). Never host-controlled text.</summary>
public delegate void ReplyHandler(ReadOnlySpan<byte> reply);

/// <summary>
/// Gives the parser's actions their meaning on a <see cref="Screen"/>: the xterm-compatible subset
/// and ANSI-BBS. Knows no bytes (the parser and decoder are before it) and no telnet or UI types.
/// </summary>
public sealed class Emulator : IVtHandler
{
    /// <summary>Titles kept by XTWINOPS 22 (push); more pushes drop the oldest.</summary>
    public const int MaxTitleStack = 10;

    private readonly ReplyHandler? _reply;
    private readonly CsiDispatcher _csi;
    private readonly OscDispatcher _osc;
    private readonly DcsDispatcher _dcs;
    private readonly CharsetState _charsets = new();
    private readonly SavedCursor _savedMain = new();
    private readonly SavedCursor _savedAlt = new();
    private readonly List<string> _titleStack = [];

    public Emulator(Screen screen, EmulatorOptions? options = null, ReplyHandler? reply = null)
    {
        Screen = screen;
        Options = options ?? new EmulatorOptions();
        _reply = reply;
        Pen = new Pen(screen);
        Editor = new ScreenEditor(screen, Pen);
        Writer = new GlyphWriter(screen, Pen, _charsets, Editor);
        Modes = new ModeSwitcher(this);
        _csi = new CsiDispatcher(this);
        _osc = new OscDispatcher(this);
        _dcs = new DcsDispatcher(this);
        ApplyOptions();
    }

    public Screen Screen { get; }
    public EmulatorOptions Options { get; private set; }

    /// <summary>BEL was received.</summary>
    public event Action? Bell;

    /// <summary>The title changed (OSC 0/2); read <see cref="Model.Screen.Title"/>.</summary>
    public event Action? TitleChanged;

    /// <summary>The host wrote the clipboard (OSC 52; only when <see cref="EmulatorOptions.AllowClipboardWrite"/>): selection, text.</summary>
    public event Action<string, string>? ClipboardWrite;

    internal Pen Pen { get; }
    internal ScreenEditor Editor { get; }
    internal GlyphWriter Writer { get; }
    internal ModeSwitcher Modes { get; }

    /// <summary>Changes the per-host options (ANSI-BBS, iCE, clipboard) mid-session.</summary>
    public void SetOptions(EmulatorOptions options)
    {
        Options = options;
        ApplyOptions();
    }

    private void ApplyOptions()
    {
        Screen.AnsiBbs = Options.AnsiBbs;
        Screen.IceColors = Options.IceColors;
        Pen.Invalidate();
        Screen.VersionCounter++;
    }

    public void Print(ReadOnlySpan<char> text) => Writer.Print(text);

    public void PrintCodePoint(int codePoint) => Writer.PrintCodePoint(codePoint);

    public void Execute(int control)
    {
        var s = Screen;
        switch (control)
        {
            case 0x07:
                Bell?.Invoke();
                break;
            case 0x08: // BS: left without erasing (also in ANSI.SYS)
                Editor.MoveLeft(1);
                break;
            case 0x09:
                Editor.TabForward(1);
                break;
            case 0x0C when s.AnsiBbs: // ANSI.SYS: form feed clears the screen and homes the cursor
                Editor.ClearAndHome();
                break;
            case 0x0A:
            case 0x0B:
            case 0x0C:
                Editor.Index();
                if (s.NewLineMode || Options.ImplicitCarriageReturn)
                    Editor.CarriageReturn();
                break;
            case 0x0D:
                Editor.CarriageReturn();
                break;
            case 0x0E: // SO / LS1
                _charsets.LockShift(1);
                break;
            case 0x0F: // SI / LS0
                _charsets.LockShift(0);
                break;
            // C1, when the parser recognises it (8-bit code pages):
            case 0x84: // IND
                Editor.Index();
                break;
            case 0x85: // NEL
                Editor.Index();
                Editor.CarriageReturn();
                break;
            case 0x88: // HTS
                s.Tabs.Set(Math.Min(s.CursorCol, s.Columns - 1));
                break;
            case 0x8D: // RI
                Editor.ReverseIndex();
                break;
            case 0x8E:
                _charsets.SingleShift(2);
                break;
            case 0x8F:
                _charsets.SingleShift(3);
                break;
            // NUL, ENQ (answerback is never sent), SUB, CAN and the rest: nothing.
        }
    }

    public void EscDispatch(in VtSequence q)
    {
        var s = Screen;
        if (q.Intermediates == 0)
        {
            switch (q.Final)
            {
                case '7': SaveCursor(); break;                                   // DECSC
                case '8': RestoreCursor(); break;                                // DECRC
                case 'D': Editor.Index(); break;                                 // IND
                case 'E': Editor.Index(); Editor.CarriageReturn(); break;        // NEL
                case 'H': s.Tabs.Set(Math.Min(s.CursorCol, s.Columns - 1)); break; // HTS
                case 'M': Editor.ReverseIndex(); break;                          // RI
                case 'N': _charsets.SingleShift(2); break;                       // SS2
                case 'O': _charsets.SingleShift(3); break;                       // SS3
                case 'Z': Reply("\x1b[?1;2c"); break;                            // DECID: as DA1
                case 'c': FullReset(); break;                                    // RIS
                case '=': s.ApplicationKeypad = true; s.VersionCounter++; break; // DECKPAM
                case '>': s.ApplicationKeypad = false; s.VersionCounter++; break; // DECKPNM
                case 'n': _charsets.LockShift(2); break;                         // LS2
                case 'o': _charsets.LockShift(3); break;                         // LS3
            }
            return;
        }
        if (q.Intermediates == '#' && q.Final == '8')
        {
            Editor.AlignmentTest(); // DECALN
            return;
        }
        var slot = q.Intermediates switch
        {
            '(' => 0,
            ')' => 1,
            '*' => 2,
            '+' => 3,
            _ => -1,
        };
        if (slot >= 0)
        {
            _charsets.Designate(slot, q.Final switch
            {
                '0' => Charset.DecSpecialGraphics,
                'A' => Charset.Uk,
                _ => Charset.Ascii,
            });
        }
    }

    public void CsiDispatch(in VtSequence sequence) => _csi.Dispatch(sequence);

    public void OscDispatch(ReadOnlySpan<char> data) => _osc.Dispatch(data);

    public void DcsHook(in VtSequence sequence) => _dcs.Hook(sequence);

    public void DcsPut(ReadOnlySpan<char> data) => _dcs.Put(data);

    public void DcsUnhook(bool completed) => _dcs.Unhook(completed);

    internal void Reply(string text)
    {
        if (_reply is null)
            return;
        Span<byte> bytes = stackalloc byte[Encoding.ASCII.GetMaxByteCount(text.Length)];
        var n = Encoding.ASCII.GetBytes(text, bytes);
        _reply(bytes[..n]);
    }

    internal void RaiseTitleChanged() => TitleChanged?.Invoke();

    internal void RaiseClipboardWrite(string selection, string text) => ClipboardWrite?.Invoke(selection, text);

    private SavedCursor Saved => Screen.IsAlternate ? _savedAlt : _savedMain;

    /// <summary>DECSC: each buffer has its own saved cursor (as in xterm).</summary>
    internal void SaveCursor()
    {
        var s = Screen;
        var saved = Saved;
        saved.Row = s.CursorRow;
        saved.Column = s.CursorCol;
        saved.PendingWrap = s.PendingWrap;
        saved.Style = Pen.Style;
        saved.OriginMode = s.OriginMode;
        saved.Charsets.CopyFrom(_charsets);
    }

    /// <summary>DECRC: restores what DECSC saved (home and defaults when nothing was saved).</summary>
    internal void RestoreCursor()
    {
        var s = Screen;
        var saved = Saved;
        s.OriginMode = saved.OriginMode;
        Editor.MoveTo(saved.Row, saved.Column);
        s.PendingWrap = saved.PendingWrap && s.CursorCol == s.Columns - 1;
        Pen.Style = saved.Style;
        _charsets.CopyFrom(saved.Charsets);
        s.VersionCounter++;
    }

    /// <summary>ANSI.SYS ESC[s: the position only.</summary>
    internal void SavePosition()
    {
        Saved.Row = Screen.CursorRow;
        Saved.Column = Screen.CursorCol;
    }

    internal void RestorePosition()
    {
        Editor.MoveTo(Saved.Row, Saved.Column);
        Screen.VersionCounter++;
    }

    internal void PushTitle()
    {
        if (_titleStack.Count == MaxTitleStack)
            _titleStack.RemoveAt(0);
        _titleStack.Add(Screen.TitleText);
    }

    internal void PopTitle()
    {
        if (_titleStack.Count == 0)
            return;
        Screen.TitleText = _titleStack[^1];
        _titleStack.RemoveAt(_titleStack.Count - 1);
        RaiseTitleChanged();
    }

    /// <summary>DECSTR: modes and rendition to their defaults; the screen and cursor position stay.</summary>
    public void SoftReset()
    {
        var s = Screen;
        s.CursorVisible = true;
        s.InsertMode = false;
        s.OriginMode = false;
        s.AutoWrap = true;
        s.ApplicationKeypad = false;
        s.ApplicationCursorKeys = false;
        s.PendingWrap = false;
        Editor.ResetScrollRegion();
        _charsets.Reset();
        Pen.Style = default;
        _savedMain.Row = _savedMain.Column = 0;
        _savedMain.Style = default;
        _savedMain.Charsets.Reset();
        _savedAlt.Row = _savedAlt.Column = 0;
        _savedAlt.Style = default;
        _savedAlt.Charsets.Reset();
        s.VersionCounter++;
    }

    /// <summary>RIS: everything back to the power-on state, screen cleared; scrollback is kept.</summary>
    public void FullReset()
    {
        var s = Screen;
        Editor.LeaveAlternate(clear: false);
        SoftReset();
        s.NewLineMode = false;
        s.ReverseVideo = false;
        s.BracketedPaste = false;
        s.FocusEvents = false;
        s.AlternateScroll = false;
        s.SynchronizedOutput = false;
        s.MouseTrackingMode = MouseTracking.None;
        s.MouseEncodingMode = MouseEncoding.Default;
        s.CursorShapeValue = CursorShape.Block;
        s.CursorBlink = true;
        s.IceColors = Options.IceColors;
        s.TitleText = "";
        s.IconNameText = "";
        _titleStack.Clear();
        s.Tabs.Reset();
        Writer.ForgetLast();
        Pen.Invalidate();
        for (var r = 0; r < s.Rows; r++)
        {
            Grid.ResetRow(s.MainGrid[r], Blank.Default);
            Grid.ResetRow(s.AltGrid[r], Blank.Default);
        }
        Editor.MoveTo(0, 0);
        s.VersionCounter++;
    }
}
