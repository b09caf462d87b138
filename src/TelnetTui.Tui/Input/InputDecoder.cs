using System.Buffers;
using System.Text;
using TelnetTui.Tui.Rendering;

namespace TelnetTui.Tui.Input;

/// <summary>
/// Turns the bytes a terminal sends into key, mouse, paste, focus and report events. A state machine that
/// only classifies bytes (ground, ESC, CSI, SS3, UTF-8, paste); <see cref="SequenceMeaning"/> says what a
/// complete sequence means. State is kept between calls, so a sequence split across reads decodes the same.
/// A lone ESC is the Escape key once <see cref="InputDecoderOptions.EscapeTimeout"/> passes with nothing
/// after it (checked against the injected clock by <see cref="Flush"/> and at the next <see cref="Decode"/>);
/// ESC followed by a key within the timeout is Alt+key.
/// </summary>
public sealed class InputDecoder
{
    private enum State : byte { Ground, Escape, Csi, Ss3, LinuxFunction, X10Mouse, Paste }

    private static ReadOnlySpan<byte> PasteEnd => "\e[201~"u8;

    private readonly InputDecoderOptions _options;
    private readonly TimeProvider _clock;
    private readonly byte[] _sequence;
    private readonly byte[] _utf8 = new byte[4];
    private readonly ByteBuilder _paste = new(256);
    private State _state;
    private int _sequenceLength;
    private bool _alt;
    private int _utf8Length;
    private int _utf8Needed;
    private long _pendingSince;
    private int _pasteMatch;
    private bool _pasteTruncated;

    public InputDecoder(InputDecoderOptions? options = null, TimeProvider? clock = null)
    {
        _options = options ?? new InputDecoderOptions();
        _clock = clock ?? TimeProvider.System;
        _sequence = new byte[Math.Max(8, _options.MaxSequenceLength)];
    }

    /// <summary>True while bytes wait for the rest of a sequence (or for the ESC timeout).</summary>
    public bool HasPending => _state != State.Ground || _utf8Needed > 0;

    /// <summary>
    /// How long until <see cref="Flush"/> would give up waiting for the rest of a sequence; null when
    /// nothing is pending. The input thread polls the tty with this as its timeout.
    /// </summary>
    public TimeSpan? PendingTimeout
    {
        get
        {
            if (!HasPending)
                return null;
            var limit = _state == State.Paste ? _options.PasteIdleTimeout : _options.EscapeTimeout;
            var left = limit - _clock.GetElapsedTime(_pendingSince);
            return left < TimeSpan.Zero ? TimeSpan.Zero : left;
        }
    }

    /// <summary>Decodes <paramref name="bytes"/>, appending the complete events to <paramref name="events"/>.</summary>
    public void Decode(ReadOnlySpan<byte> bytes, List<InputEvent> events)
    {
        if (bytes.IsEmpty)
            return;
        Flush(events); // a sequence whose timeout passed before these bytes arrived is complete as it stands
        var now = _clock.GetTimestamp();
        foreach (var b in bytes)
            Step(b, events, now);
        if (_state == State.Paste)
            _pendingSince = now; // the paste idle timeout counts from the last byte
    }

    /// <summary>Completes a pending sequence whose timeout has passed (a lone ESC becomes the Escape key).</summary>
    public void Flush(List<InputEvent> events)
    {
        if (PendingTimeout is { } left && left <= TimeSpan.Zero)
            Resolve(events);
    }

    /// <summary>Completes whatever is pending now, timeout or not (end of input).</summary>
    public void FlushAll(List<InputEvent> events)
    {
        if (HasPending)
            Resolve(events);
    }

    private void Step(byte b, List<InputEvent> events, long now)
    {
        switch (_state)
        {
            case State.Ground:
                Ground(b, events, now);
                break;
            case State.Escape:
                EscapeByte(b, events, now);
                break;
            case State.Csi:
                CsiByte(b, events, now);
                break;
            case State.Ss3:
                Ss3Byte(b, events, now);
                break;
            case State.LinuxFunction:
                Append(b);
                _state = State.Ground;
                if (b is >= (byte)'A' and <= (byte)'E')
                    Emit(events, new KeyEvent((Key)((int)Key.F1 + (b - 'A')), AltModifier()));
                else
                    Emit(events, new UnknownSequenceEvent(SequenceText()));
                ResetSequence();
                break;
            case State.X10Mouse:
                Append(b);
                if (_sequenceLength == 6)
                {
                    Emit(events, SequenceMeaning.X10Mouse(_sequence[3], _sequence[4], _sequence[5]));
                    ResetSequence();
                    _state = State.Ground;
                }
                break;
            case State.Paste:
                PasteByte(b, events);
                break;
        }
    }

    private void Ground(byte b, List<InputEvent> events, long now)
    {
        if (_utf8Needed > 0)
        {
            if ((b & 0xC0) == 0x80)
            {
                _utf8[_utf8Length++] = b;
                if (_utf8Length == _utf8Needed)
                    EmitUtf8(events);
                return;
            }
            EmitReplacement(events); // the sequence broke off: U+FFFD for it, then this byte on its own
        }
        if (b == 0x1B)
        {
            _state = State.Escape;
            ResetSequence();
            Append(b);
            _pendingSince = now;
            return;
        }
        if (b < 0x20 || b == 0x7F)
        {
            Emit(events, SequenceMeaning.ControlKey(b, AltModifier()));
            _alt = false;
            return;
        }
        if (b < 0x80)
        {
            Emit(events, new KeyEvent(Key.Char, AltModifier(), new Rune(b)));
            _alt = false;
            return;
        }
        var needed = b switch
        {
            >= 0xC2 and <= 0xDF => 2,
            >= 0xE0 and <= 0xEF => 3,
            >= 0xF0 and <= 0xF4 => 4,
            _ => 0,
        };
        if (needed == 0)
        {
            Emit(events, new KeyEvent(Key.Char, AltModifier(), Rune.ReplacementChar));
            _alt = false;
            return;
        }
        _utf8[0] = b;
        _utf8Length = 1;
        _utf8Needed = needed;
        _pendingSince = now;
    }

    private void EscapeByte(byte b, List<InputEvent> events, long now)
    {
        switch (b)
        {
            case (byte)'[':
                Append(b);
                _state = State.Csi;
                return;
            case (byte)'O':
                Append(b);
                _state = State.Ss3;
                return;
            case 0x1B when !_alt:
                _alt = true; // ESC ESC: Alt on whatever comes next (rxvt sends Alt+arrows so)
                _pendingSince = now;
                return;
            case 0x1B:
                Emit(events, new KeyEvent(Key.Escape, KeyModifiers.Alt));
                _alt = false;
                ResetSequence();
                Append(b);
                _pendingSince = now;
                return;
        }
        _state = State.Ground;
        _alt = true;
        ResetSequence();
        Ground(b, events, now);
    }

    private void CsiByte(byte b, List<InputEvent> events, long now)
    {
        if (b is >= 0x20 and <= 0x3F)
        {
            if (_sequenceLength >= _sequence.Length)
            {
                // Overlong: no terminal sends this as a key; drop it rather than buffer without end.
                Emit(events, new UnknownSequenceEvent(SequenceText()));
                ResetSequence();
                _state = State.Ground;
                _alt = false;
                return;
            }
            Append(b);
            return;
        }
        if (b is >= 0x40 and <= 0x7E)
        {
            if (_sequenceLength == 2 && b == '[')
            {
                Append(b);
                _state = State.LinuxFunction; // linux console F1–F5: ESC [ [ A..E
                return;
            }
            if (_sequenceLength == 2 && b == 'M')
            {
                Append(b);
                _state = State.X10Mouse;
                return;
            }
            var body = _sequence.AsSpan(2, _sequenceLength - 2);
            var e = SequenceMeaning.Csi(body, b, AltModifier(), out var pasteStart);
            _state = State.Ground;
            if (pasteStart)
            {
                _state = State.Paste;
                _paste.Clear();
                _pasteMatch = 0;
                _pasteTruncated = false;
                _pendingSince = now;
            }
            else if (e is not null)
                Emit(events, e);
            else if (!IsSilent(body, b))
            {
                Append(b);
                Emit(events, new UnknownSequenceEvent(SequenceText()));
            }
            ResetSequence();
            _alt = false;
            return;
        }
        // A control byte or ESC inside a sequence: what came so far was typed, not sent as a sequence.
        Resolve(events);
        Step(b, events, now);
    }

    // Kitty key releases and bare modifier keys are valid but carry nothing: no "unknown" event for them.
    private static bool IsSilent(ReadOnlySpan<byte> body, byte final) => final == 'u' && body.IndexOfAny((byte)':', (byte)';') >= 0;

    private void Ss3Byte(byte b, List<InputEvent> events, long now)
    {
        if (b is >= (byte)'0' and <= (byte)'9' || b == ';')
        {
            if (_sequenceLength < _sequence.Length)
                Append(b);
            return;
        }
        if (b is >= 0x40 and <= 0x7E)
        {
            var e = SequenceMeaning.Ss3(b, _sequence.AsSpan(2, _sequenceLength - 2), AltModifier());
            Append(b);
            Emit(events, e ?? new UnknownSequenceEvent(SequenceText()));
            ResetSequence();
            _state = State.Ground;
            _alt = false;
            return;
        }
        Resolve(events);
        Step(b, events, now);
    }

    private void PasteByte(byte b, List<InputEvent> events)
    {
        var end = PasteEnd;
        if (b == end[_pasteMatch])
        {
            if (++_pasteMatch == end.Length)
                EndPaste(events);
            return;
        }
        if (_pasteMatch > 0)
        {
            AppendPaste(end[.._pasteMatch]); // a prefix of the end marker that turned out to be text
            _pasteMatch = 0;
            if (b == end[0])
            {
                _pasteMatch = 1;
                return;
            }
        }
        AppendPaste([b]);
    }

    private void AppendPaste(ReadOnlySpan<byte> bytes)
    {
        var room = _options.MaxPasteBytes - _paste.Length;
        if (bytes.Length > room)
        {
            _pasteTruncated = true;
            bytes = bytes[..Math.Max(0, room)];
        }
        _paste.Append(bytes);
    }

    private void EndPaste(List<InputEvent> events)
    {
        var bytes = _paste.WrittenSpan;
        if (_pasteTruncated)
        {
            // do not end the text in the middle of a UTF-8 sequence
            var cut = bytes.Length;
            while (cut > 0 && cut > bytes.Length - 4 && (bytes[cut - 1] & 0xC0) == 0x80)
                cut--;
            if (cut > 0 && bytes[cut - 1] >= 0xC0)
                bytes = bytes[..(cut - 1)];
        }
        Emit(events, new PasteEvent(Encoding.UTF8.GetString(bytes), _pasteTruncated));
        _paste.Clear();
        _pasteMatch = 0;
        _pasteTruncated = false;
        _state = State.Ground;
    }

    /// <summary>The pending bytes are complete as they stand (timeout, or broken by a control byte).</summary>
    private void Resolve(List<InputEvent> events)
    {
        if (_utf8Needed > 0)
        {
            EmitReplacement(events);
            return;
        }
        switch (_state)
        {
            case State.Escape:
                Emit(events, new KeyEvent(Key.Escape, AltModifier()));
                _alt = false;
                ResetSequence();
                _state = State.Ground;
                return;
            case State.Paste:
                if (_pasteMatch > 0)
                    AppendPaste(PasteEnd[.._pasteMatch]);
                EndPaste(events);
                return;
            case State.Csi or State.Ss3 or State.LinuxFunction or State.X10Mouse:
                // ESC then '[' (or 'O') typed by hand: Alt+'[' and the rest as plain keys.
                Span<byte> rest = stackalloc byte[_sequenceLength];
                _sequence.AsSpan(0, _sequenceLength).CopyTo(rest);
                var modifiers = AltModifier() | KeyModifiers.Alt;
                ResetSequence();
                _state = State.Ground;
                _alt = false;
                Emit(events, new KeyEvent(Key.Char, modifiers, new Rune(rest[1])));
                var now = _clock.GetTimestamp();
                foreach (var b in rest[2..])
                    Step(b, events, now);
                return;
        }
    }

    private void EmitUtf8(List<InputEvent> events)
    {
        var status = Rune.DecodeFromUtf8(_utf8.AsSpan(0, _utf8Length), out var rune, out _);
        Emit(events, new KeyEvent(Key.Char, AltModifier(), status == OperationStatus.Done ? rune : Rune.ReplacementChar));
        _utf8Needed = _utf8Length = 0;
        _alt = false;
    }

    private void EmitReplacement(List<InputEvent> events)
    {
        Emit(events, new KeyEvent(Key.Char, AltModifier(), Rune.ReplacementChar));
        _utf8Needed = _utf8Length = 0;
        _alt = false;
    }

    private KeyModifiers AltModifier() => _alt ? KeyModifiers.Alt : KeyModifiers.None;

    private static void Emit(List<InputEvent> events, InputEvent e) => events.Add(e);

    private void Append(byte b)
    {
        if (_sequenceLength < _sequence.Length)
            _sequence[_sequenceLength++] = b;
    }

    private void ResetSequence() => _sequenceLength = 0;

    private string SequenceText()
    {
        var sb = new StringBuilder();
        foreach (var b in _sequence.AsSpan(0, _sequenceLength))
        {
            if (b == 0x1B)
                sb.Append("\\e");
            else if (b is < 0x20 or >= 0x7F)
                sb.Append($"\\x{b:x2}");
            else
                sb.Append((char)b);
        }
        return sb.ToString();
    }
}
