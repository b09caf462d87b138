using System.Buffers;
using TelnetTui.Telnet.Engine;

namespace TelnetTui.Scripting.Lines;

/// <summary>
/// Cuts decoded text, fed in chunks of any size, into lines and prompts for triggers, and strips
/// what is not text: ANSI/ECMA-48 escape sequences (ESC, CSI, OSC/DCS/SOS/PM/APC strings, their
/// 8-bit C1 forms), CR and the other C0 controls (TAB is kept). State survives between chunks, so
/// a line or a sequence split at any character gives the same result. Lines longer than
/// <see cref="MaxLineChars"/> are cut there (a hostile server cannot grow memory without bound).
/// </summary>
public sealed class LineAssembler
{
    /// <summary>Longest line of text kept; a longer one is delivered in pieces of this size.</summary>
    public const int MaxLineChars = 32 * 1024;

    /// <summary>Longest raw line (text plus escape sequences) kept before it is delivered anyway.</summary>
    public const int MaxRawChars = 4 * MaxLineChars;

    /// <summary>Longest escape sequence or control string; a longer one is abandoned (ECMA-48 sets no limit).</summary>
    public const int MaxSequenceChars = 4096;

    private const char Esc = '\u001b';

    /// <summary>Everything that leaves the fast path: C0 controls, DEL and C1 controls.</summary>
    private static readonly SearchValues<char> Special = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000a\u000b\u000c\u000d\u000e\u000f" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f" +
        "\u007f\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f" +
        "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f");

    private char[] _raw = new char[256];
    private char[] _text = new char[256];
    private int _rawLength;
    private int _textLength;
    private int _partialReported;
    private SequenceState _state;
    private int _sequenceLength;

    private enum SequenceState
    {
        Ground,
        Escape,
        EscapeIntermediate,
        Csi,
        ControlString,
        ControlStringEscape,
    }

    /// <summary>Printable text of the unfinished line.</summary>
    public ReadOnlySpan<char> PendingText => _text.AsSpan(0, _textLength);

    /// <summary>Raw input of the unfinished line.</summary>
    public ReadOnlySpan<char> PendingRaw => _raw.AsSpan(0, _rawLength);

    /// <summary>Feeds one chunk; complete lines go to <paramref name="sink"/>, then the unfinished one if it grew.</summary>
    public void Feed(ReadOnlySpan<char> chunk, ILineSink sink)
    {
        var i = 0;
        while (i < chunk.Length)
        {
            if (_state == SequenceState.Ground)
            {
                var rest = chunk[i..];
                var stop = rest.IndexOfAny(Special);
                var run = stop < 0 ? rest : rest[..stop];
                AppendText(run, sink);
                i += run.Length;
                if (stop < 0)
                    break;
            }
            var c = chunk[i++];
            AppendRaw(c);
            Step(c, sink);
            if (_rawLength >= MaxRawChars)
                EmitLine(sink);
        }
        if (_textLength > _partialReported)
        {
            _partialReported = _textLength;
            sink.OnPartial(PendingRaw, PendingText);
        }
    }

    /// <summary>IAC GA / IAC EOR: what arrived since the last line is a prompt.</summary>
    public void EndPrompt(PromptMark mark, ILineSink sink)
    {
        _state = SequenceState.Ground;
        sink.OnPrompt(PendingRaw, PendingText, mark);
        Clear();
    }

    /// <summary>Forgets the unfinished line and any sequence in progress (a new connection).</summary>
    public void Reset()
    {
        Clear();
        _state = SequenceState.Ground;
    }

    private void Step(char c, ILineSink sink)
    {
        if (c == '\n')
        {
            // A newline ends the line even inside a broken sequence: MUD output is line-oriented.
            _state = SequenceState.Ground;
            EmitLine(sink);
            return;
        }
        switch (_state)
        {
            case SequenceState.Ground:
                Ground(c);
                break;
            case SequenceState.Escape:
                if (c is >= ' ' and <= '/')
                    Enter(SequenceState.EscapeIntermediate);
                else if (c == '[')
                    Enter(SequenceState.Csi);
                else if (c is ']' or 'P' or 'X' or '^' or '_')
                    Enter(SequenceState.ControlString);
                else if (c == Esc)
                    Enter(SequenceState.Escape);
                else if (c >= '0')
                    _state = SequenceState.Ground;
                break;
            case SequenceState.EscapeIntermediate:
                if (c is >= '0' and <= '~')
                    _state = SequenceState.Ground;
                else
                    Continue();
                break;
            case SequenceState.Csi:
                if (c is >= '@' and <= '~')
                    _state = SequenceState.Ground;
                else if (c == Esc)
                    Enter(SequenceState.Escape);
                else if (c > '~')
                    _state = SequenceState.Ground;
                else
                    Continue();
                break;
            case SequenceState.ControlString:
                if (c is '\u0007' or '\u009c')
                    _state = SequenceState.Ground;
                else if (c == Esc)
                    _state = SequenceState.ControlStringEscape;
                else
                    Continue();
                break;
            case SequenceState.ControlStringEscape:
                if (c == '\\')
                {
                    _state = SequenceState.Ground;
                }
                else
                {
                    // ESC that is not ST starts a new sequence.
                    Enter(SequenceState.Escape);
                    Step(c, sink);
                }
                break;
        }
    }

    private void Ground(char c)
    {
        switch (c)
        {
            case '\t':
                AppendTextChar(c);
                break;
            case Esc:
                Enter(SequenceState.Escape);
                break;
            case '\u009b':
                Enter(SequenceState.Csi);
                break;
            case '\u0090' or '\u0098' or '\u009d' or '\u009e' or '\u009f':
                Enter(SequenceState.ControlString);
                break;
            // CR, BEL, BS and the other controls are not text.
        }
    }

    private void Enter(SequenceState state)
    {
        _state = state;
        _sequenceLength = 0;
    }

    /// <summary>One more character of a sequence; controls inside it are ignored, as a VT does.</summary>
    private void Continue()
    {
        if (++_sequenceLength > MaxSequenceChars)
            _state = SequenceState.Ground;
    }

    private void AppendText(ReadOnlySpan<char> run, ILineSink sink)
    {
        while (!run.IsEmpty)
        {
            var room = MaxLineChars - _textLength;
            if (room == 0)
            {
                EmitLine(sink);
                continue;
            }
            var piece = run.Length <= room ? run : run[..room];
            Ensure(ref _text, _textLength + piece.Length);
            piece.CopyTo(_text.AsSpan(_textLength));
            _textLength += piece.Length;
            Ensure(ref _raw, _rawLength + piece.Length);
            piece.CopyTo(_raw.AsSpan(_rawLength));
            _rawLength += piece.Length;
            run = run[piece.Length..];
        }
    }

    private void AppendTextChar(char c)
    {
        if (_textLength >= MaxLineChars)
            return;
        Ensure(ref _text, _textLength + 1);
        _text[_textLength++] = c;
    }

    private void AppendRaw(char c)
    {
        Ensure(ref _raw, _rawLength + 1);
        _raw[_rawLength++] = c;
    }

    private void EmitLine(ILineSink sink)
    {
        sink.OnLine(PendingRaw, PendingText);
        Clear();
    }

    private void Clear()
    {
        _rawLength = 0;
        _textLength = 0;
        _partialReported = 0;
    }

    private static void Ensure(ref char[] buffer, int length)
    {
        if (length > buffer.Length)
            Array.Resize(ref buffer, Math.Max(length, buffer.Length * 2));
    }
}
