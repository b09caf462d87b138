using System.Buffers;
using System.Text;

namespace TelnetTui.Demo.Input;

/// <summary>
/// Line mode input: bytes in any chunking → lines. A line ends at CR (its LF or NUL is swallowed, RFC 854),
/// or at a lone LF. Works the same whether the client sends whole lines or one key at a time (character
/// mode, where the server echoes): BS and DEL erase the last character, Ctrl+U the whole line, TAB is a
/// space, escape sequences (arrow keys) and other control bytes are ignored. A line longer than
/// <see cref="MaxLength"/> bytes is refused as a whole, so memory stays bounded whatever the client sends.
/// </summary>
public sealed class LineAssembler
{
    private const byte Bs = 0x08;
    private const byte Del = 0x7F;
    private const byte CtrlU = 0x15;
    private const byte Esc = 0x1B;

    private enum EscapeState
    {
        None,
        Escape,
        Csi,
        Ss3,
    }

    private readonly byte[] _line;
    private int _count;
    private bool _tooLong;
    private bool _afterCr;
    private EscapeState _escape;

    public LineAssembler(int maxLength = DemoLimits.MaxLineLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        _line = new byte[maxLength];
    }

    public int MaxLength => _line.Length;

    /// <summary>How line bytes become text (UTF-8 unless CHARSET agreed another).</summary>
    public Encoding Encoding { get; set; } = new UTF8Encoding(false);

    /// <summary>
    /// Decodes <paramref name="data"/>, calling <paramref name="emit"/> per line. When <paramref name="echo"/>
    /// is given (the server has WILL ECHO and shows what is typed), what to send back is written to it.
    /// </summary>
    public void Feed(ReadOnlySpan<byte> data, Action<AssembledLine> emit, IBufferWriter<byte>? echo = null)
    {
        foreach (var b in data)
            Step(b, emit, echo);
    }

    /// <summary>Forgets a partial line (on a switch of input mode).</summary>
    public void Reset()
    {
        _count = 0;
        _tooLong = false;
        _afterCr = false;
        _escape = EscapeState.None;
    }

    private void Step(byte b, Action<AssembledLine> emit, IBufferWriter<byte>? echo)
    {
        if (_escape != EscapeState.None)
        {
            SkipEscape(b);
            return;
        }
        var afterCr = _afterCr;
        _afterCr = false;
        switch (b)
        {
            case 0x0D:
                _afterCr = true;
                EndLine(emit, echo);
                return;
            case 0x0A:
                if (!afterCr)
                    EndLine(emit, echo);
                return;
            case Bs or Del:
                EraseLast(echo);
                return;
            case CtrlU:
                while (_count > 0)
                    EraseLast(echo);
                return;
            case Esc:
                _escape = EscapeState.Escape;
                return;
            case 0x09:
                Append((byte)' ', echo);
                return;
        }
        if (b >= 0x20)
            Append(b, echo);
    }

    private void SkipEscape(byte b)
    {
        _escape = _escape switch
        {
            EscapeState.Escape => b == (byte)'[' ? EscapeState.Csi : b == (byte)'O' ? EscapeState.Ss3 : EscapeState.None,
            EscapeState.Csi => b is >= 0x20 and <= 0x3F ? EscapeState.Csi : EscapeState.None,
            _ => EscapeState.None,
        };
    }

    private void Append(byte b, IBufferWriter<byte>? echo)
    {
        if (_count == _line.Length)
        {
            _tooLong = true;
            return;
        }
        _line[_count++] = b;
        echo?.Write([b]);
    }

    private void EraseLast(IBufferWriter<byte>? echo)
    {
        if (_count == 0)
            return;
        // Erase one character: a UTF-8 lead byte and its continuation bytes.
        do
            _count--;
        while (_count > 0 && (_line[_count] & 0xC0) == 0x80);
        echo?.Write("\b \b"u8);
    }

    private void EndLine(Action<AssembledLine> emit, IBufferWriter<byte>? echo)
    {
        echo?.Write("\r\n"u8);
        var line = _tooLong ? new AssembledLine("", TooLong: true) : new AssembledLine(Encoding.GetString(_line, 0, _count));
        _count = 0;
        _tooLong = false;
        emit(line);
    }
}
