using System.Text;
using TelnetTui.Terminal.Model;
using TelnetTui.Terminal.Parsing;

namespace TelnetTui.Terminal.Emulation;

/// <summary>
/// Device control strings. Only DECRQSS (DCS $ q Pt ST) is acted on, and only for a fixed list
/// of settings whose answers are built from our own state, never from the host's text.
/// Other strings (sixel, tmux passthrough...) are consumed and dropped.
/// </summary>
internal sealed class DcsDispatcher
{
    /// <summary>Longest DECRQSS request kept; longer ones are invalid.</summary>
    private const int MaxRequestLength = 8;

    private readonly Emulator _e;
    private readonly StringBuilder _request = new();
    private bool _active;
    private bool _tooLong;

    public DcsDispatcher(Emulator emulator) => _e = emulator;

    public void Hook(in VtSequence sequence)
    {
        _active = sequence.Final == 'q' && sequence.Prefix == '\0' && sequence.HasIntermediates("$");
        _request.Clear();
        _tooLong = false;
    }

    public void Put(ReadOnlySpan<char> data)
    {
        if (!_active || _tooLong)
            return;
        if (_request.Length + data.Length > MaxRequestLength)
        {
            _tooLong = true;
            return;
        }
        _request.Append(data);
    }

    public void Unhook(bool completed)
    {
        if (!_active)
            return;
        _active = false;
        if (!completed)
            return; // cancelled or overflowed: dropped whole, no answer
        var answer = _tooLong ? null : Answer(_request.ToString());
        _e.Reply(answer is null ? "\x1bP0$r\x1b\\" : "\x1bP1$r" + answer + "\x1b\\");
    }

    private string? Answer(string request)
    {
        var s = _e.Screen;
        return request switch
        {
            "m" => SgrReport.Describe(_e.Pen.Style) + "m",
            "r" => $"{s.ScrollTop + 1};{s.ScrollBottom + 1}r",
            " q" => $"{CursorStyleCode(s)} q",
            "\"q" => (_e.Pen.Style.Has(CellAttributes.Protected) ? "1" : "0") + "\"q",
            "t" => $"{s.Rows}t",
            _ => null,
        };
    }

    private static int CursorStyleCode(Screen s) => s.CursorShapeValue switch
    {
        CursorShape.Block => s.CursorBlink ? 1 : 2,
        CursorShape.Underline => s.CursorBlink ? 3 : 4,
        _ => s.CursorBlink ? 5 : 6,
    };
}
