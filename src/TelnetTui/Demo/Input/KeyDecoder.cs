using System.Text;

namespace TelnetTui.Demo.Input;

/// <summary>
/// Character mode input: bytes in any chunking → keys. CR ends a key press of Enter and swallows the LF
/// or NUL a telnet client sends with it (RFC 854: CR LF or CR NUL); escape sequences (CSI, SS3) come out
/// whole, so an arrow key or a cursor report is one key. A sequence longer than
/// <see cref="DemoLimits.MaxEscapeSequenceLength"/> or broken by a control byte is dropped. A lone ESC at
/// the end of a read waits for the next byte (there is no timing here).
/// </summary>
public sealed class KeyDecoder
{
    private enum State
    {
        Ground,
        Escape,
        Csi,
        Ss3,
        /// <summary>Skipping the rest of a sequence that grew too long.</summary>
        Discard,
    }

    private readonly StringBuilder _sequence = new();
    private State _state;
    private bool _afterCr;

    /// <summary>Decodes <paramref name="data"/>, calling <paramref name="emit"/> for each complete key.</summary>
    public void Feed(ReadOnlySpan<byte> data, Action<Key> emit)
    {
        foreach (var b in data)
            Step(b, emit);
    }

    /// <summary>Forgets a partial sequence (on a switch of input mode).</summary>
    public void Reset()
    {
        _state = State.Ground;
        _sequence.Clear();
        _afterCr = false;
    }

    private void Step(byte b, Action<Key> emit)
    {
        switch (_state)
        {
            case State.Ground:
                Ground(b, emit);
                break;
            case State.Escape:
                if (b == (byte)'[')
                {
                    _state = State.Csi;
                    _sequence.Clear().Append("\x1b[");
                }
                else if (b == (byte)'O')
                {
                    _state = State.Ss3;
                    _sequence.Clear().Append("\x1bO");
                }
                else
                {
                    _state = State.Ground;
                    emit(Key.Escape);
                    Ground(b, emit);
                }
                break;
            case State.Csi:
                if (b is >= 0x40 and <= 0x7E)
                {
                    _state = State.Ground;
                    emit(new Key(KeyKind.Sequence, Sequence: _sequence.Append((char)b).ToString()));
                }
                else if (b is >= 0x20 and <= 0x3F)
                {
                    if (_sequence.Length < DemoLimits.MaxEscapeSequenceLength)
                        _sequence.Append((char)b);
                    else
                        _state = State.Discard;
                }
                else
                {
                    // Broken by a control or 8-bit byte: drop the sequence, keep the byte.
                    _state = State.Ground;
                    Ground(b, emit);
                }
                break;
            case State.Discard:
                if (b is < 0x20 or >= 0x80)
                {
                    _state = State.Ground;
                    Ground(b, emit);
                }
                else if (b >= 0x40)
                {
                    _state = State.Ground;
                }
                break;
            case State.Ss3:
                _state = State.Ground;
                if (b is >= 0x40 and <= 0x7E)
                    emit(new Key(KeyKind.Sequence, Sequence: _sequence.Append((char)b).ToString()));
                else
                    Ground(b, emit);
                break;
        }
    }

    private void Ground(byte b, Action<Key> emit)
    {
        var afterCr = _afterCr;
        _afterCr = false;
        switch (b)
        {
            case 0x0D:
                _afterCr = true;
                emit(Key.Enter);
                break;
            case 0x0A:
                if (!afterCr)
                    emit(Key.Enter);
                break;
            case 0x00:
                // RFC 854: NUL is a no-op; after CR it is the second half of a bare CR.
                break;
            case 0x1B:
                _state = State.Escape;
                break;
            default:
                emit(new Key(KeyKind.Byte, b));
                break;
        }
    }
}
