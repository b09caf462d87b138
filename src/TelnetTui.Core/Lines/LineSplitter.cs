using System.Buffers;

namespace TelnetTui.Core.Lines;

/// <summary>Receives complete lines from a <see cref="LineSplitter"/>; spans are valid only during the call.</summary>
public interface ILineHandler
{
    /// <param name="text">The line as read: escape sequences and controls removed (TAB kept), no line end.</param>
    /// <param name="raw">The line as received, escape sequences included, without the LF (cut at <see cref="LineSplitter.MaxRawChars"/>).</param>
    void OnLine(ReadOnlySpan<char> text, ReadOnlySpan<char> raw);
}

/// <summary>
/// Cuts the host's decoded text into lines for triggers, scripts and the text log, whatever the read
/// boundaries: a line is complete at LF. Text loses ECMA-48 escape sequences (ESC Fe/Fp, CSI with
/// parameters, and the OSC/DCS/SOS/PM/APC strings up to BEL or ST) and control characters; CR is
/// dropped, BS takes back the last character (what the user saw). The unfinished line is kept between
/// calls (<see cref="PendingText"/>) so a prompt that came in several reads is whole when GA/EOR ends
/// it. Limits keep a hostile host from growing memory: a line is cut at <see cref="MaxLineChars"/>, an
/// escape sequence abandoned past <see cref="MaxSequenceChars"/>.
/// </summary>
public sealed class LineSplitter
{
    /// <summary>Longest line of text; a longer one is delivered in pieces of this size.</summary>
    public const int MaxLineChars = 32 * 1024;

    /// <summary>Raw characters kept per line (text plus escape sequences); the rest of a longer raw line is not kept.</summary>
    public const int MaxRawChars = 4 * MaxLineChars;

    /// <summary>Longest escape sequence or control string followed; past it the splitter returns to text.</summary>
    public const int MaxSequenceChars = 4096;

    private const char Esc = '\u001b';
    private const char Bel = '\u0007';

    // Everything that is not plain text: C0 controls, DEL and the C1 range.
    private static readonly SearchValues<char> Special = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Select(i => (char)i)) + "\u007f" + string.Concat(Enumerable.Range(0x80, 0x20).Select(i => (char)i)));

    // What ends a run of CSI parameters and intermediates: the final byte (0x40-0x7E), ESC, or LF.
    private static readonly SearchValues<char> CsiStops = SearchValues.Create(
        string.Concat(Enumerable.Range('@', '~' - '@' + 1).Select(i => (char)i)) + "\u001b\n");

    private char[] _text = new char[256];
    private char[] _raw = new char[256];
    private int _textLength;
    private int _rawLength;
    private State _state;
    private int _sequenceLength;

    private enum State : byte { Text, Escape, EscapeIntermediate, Csi, ControlString, ControlStringEscape }

    /// <summary>The text of the unfinished line (a prompt in the making).</summary>
    public ReadOnlySpan<char> PendingText => _text.AsSpan(0, _textLength);

    /// <summary>The raw characters of the unfinished line.</summary>
    public ReadOnlySpan<char> PendingRaw => _raw.AsSpan(0, _rawLength);

    /// <summary>Feeds decoded text; each complete line goes to <paramref name="handler"/>.</summary>
    public void Feed(ReadOnlySpan<char> input, ILineHandler? handler)
    {
        var i = 0;
        while (i < input.Length)
        {
            if (_state == State.Text)
            {
                var rest = input[i..];
                var stop = NextSpecial(rest);
                var run = stop < 0 ? rest : rest[..stop];
                if (!run.IsEmpty)
                {
                    AppendRaw(run);
                    AppendText(run, handler);
                    i += run.Length;
                }
                if (stop < 0)
                    return;
            }
            else if (_state == State.Csi)
            {
                // Parameters and intermediates in one go (SGR colours come every few words in MUD output);
                // char by char when the run would pass the sequence limit, so the cut happens at the same place.
                var rest = input[i..];
                var stop = rest.IndexOfAny(CsiStops);
                var length = stop < 0 ? rest.Length : stop;
                if (length > 0 && _sequenceLength + length <= MaxSequenceChars)
                {
                    AppendRaw(rest[..length]);
                    _sequenceLength += length;
                    i += length;
                    if (stop < 0)
                        return;
                }
            }
            var c = input[i++];
            // VT parsers act on LF even inside an escape sequence; only control strings swallow it.
            if (c == '\n' && _state is not (State.ControlString or State.ControlStringEscape))
            {
                Emit(handler);
                continue;
            }
            AppendRaw([c]);
            Step(c);
        }
    }

    /// <summary>
    /// Index of the first C0 control, DEL or C1 control in <paramref name="text"/>, or -1. Printable ASCII is
    /// skipped with the fastest vectorised scan; past the first other character the full set is searched.
    /// </summary>
    private static int NextSpecial(ReadOnlySpan<char> text)
    {
        var at = text.IndexOfAnyExceptInRange(' ', '~');
        if (at < 0)
            return -1;
        var c = text[at];
        if (c < ' ' || c is >= '\u007f' and <= '\u009f')
            return at;
        var rest = text[(at + 1)..].IndexOfAny(Special);
        return rest < 0 ? -1 : at + 1 + rest;
    }

    /// <summary>Forgets the unfinished line (it was delivered as a prompt).</summary>
    public void ClearPending()
    {
        _textLength = 0;
        _rawLength = 0;
    }

    /// <summary>Back to plain text with nothing pending (a new connection).</summary>
    public void Reset()
    {
        ClearPending();
        _state = State.Text;
        _sequenceLength = 0;
    }

    private void Step(char c)
    {
        switch (_state)
        {
            case State.Text:
                if (c == Esc)
                    Enter(State.Escape);
                else if (c == '\b')
                    _textLength = Math.Max(0, _textLength - 1);
                else if (c == '\t')
                    AppendTextChar(c);
                break; // CR, BEL, other C0/C1 controls and DEL are not text
            case State.Escape:
                if (c == '[')
                    Enter(State.Csi);
                else if (c is ']' or 'P' or 'X' or '^' or '_')
                    Enter(State.ControlString);
                else if (c is >= ' ' and <= '/')
                    Enter(State.EscapeIntermediate);
                else if (c == Esc)
                    Enter(State.Escape);
                else
                    _state = State.Text; // ESC final (7, 8, c, M, D, =, >...)
                break;
            case State.EscapeIntermediate:
                if (c is >= '0' and <= '~')
                    _state = State.Text;
                else
                    Continue();
                break;
            case State.Csi:
                if (c is >= '@' and <= '~')
                    _state = State.Text;
                else if (c == Esc)
                    Enter(State.Escape);
                else
                    Continue();
                break;
            case State.ControlString:
                if (c == Bel)
                    _state = State.Text;
                else if (c == Esc)
                    _state = State.ControlStringEscape;
                else
                    Continue();
                break;
            case State.ControlStringEscape:
                _state = c == '\\' ? State.Text : State.ControlString;
                break;
        }
    }

    private void Enter(State state)
    {
        _state = state;
        _sequenceLength = 0;
    }

    private void Continue()
    {
        if (++_sequenceLength > MaxSequenceChars)
            _state = State.Text;
    }

    private void AppendText(ReadOnlySpan<char> run, ILineHandler? handler)
    {
        while (!run.IsEmpty)
        {
            var room = MaxLineChars - _textLength;
            if (room == 0)
            {
                Emit(handler);
                continue;
            }
            var n = Math.Min(room, run.Length);
            Ensure(ref _text, _textLength + n);
            run[..n].CopyTo(_text.AsSpan(_textLength));
            _textLength += n;
            run = run[n..];
        }
    }

    private void AppendTextChar(char c)
    {
        if (_textLength >= MaxLineChars)
            return;
        Ensure(ref _text, _textLength + 1);
        _text[_textLength++] = c;
    }

    private void AppendRaw(ReadOnlySpan<char> chars)
    {
        var n = Math.Min(chars.Length, MaxRawChars - _rawLength);
        if (n <= 0)
            return;
        Ensure(ref _raw, _rawLength + n);
        chars[..n].CopyTo(_raw.AsSpan(_rawLength));
        _rawLength += n;
    }

    private void Emit(ILineHandler? handler)
    {
        handler?.OnLine(PendingText, PendingRaw);
        ClearPending();
    }

    private static void Ensure(ref char[] buffer, int length)
    {
        if (buffer.Length >= length)
            return;
        Array.Resize(ref buffer, Math.Max(length, Math.Min(buffer.Length * 2, MaxRawChars)));
    }
}
