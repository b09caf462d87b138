namespace TelnetTui.Terminal.Parsing;

/// <summary>
/// The string states: OSC (collected whole, dropped whole past <see cref="VtLimits.MaxStringLength"/>),
/// DCS passthrough (put through to the handler, cancelled past the limit) and SOS/PM/APC (consumed).
/// Strings end with ST (ESC \, or 0x9C when C1 is recognised), OSC also with BEL; CAN and SUB cancel them.
/// </summary>
public sealed partial class VtParser
{
    private int AdvanceOsc(ReadOnlySpan<char> input, int i)
    {
        while (i < input.Length)
        {
            var c = input[i];
            if (_stringEscape)
            {
                EndStringAfterEscape(c);
                return i + 1;
            }
            if (c >= 0x20 && (c < 0x80 || c > 0x9F))
            {
                var start = i;
                while (i < input.Length && input[i] >= 0x20 && (input[i] < 0x80 || input[i] > 0x9F))
                    i++;
                AppendString(input[start..i]);
                continue;
            }
            i++;
            if (c == Bel || (c == St && RecognizeC1))
            {
                FinishOsc();
                return i;
            }
            if (c == Esc)
                _stringEscape = true;
            else if (c == Can || c == Sub)
            {
                _state = VtParserState.Ground;
                _handler.Execute(c);
                return i;
            }
            else if (c >= 0x80 && RecognizeC1)
            {
                C1(c); // another C1 introducer abandons the string
                return i;
            }
            // other C0 (and C1 when not recognised) are ignored inside the string
        }
        return i;
    }

    private int AdvanceDcsPassthrough(ReadOnlySpan<char> input, int i)
    {
        while (i < input.Length)
        {
            var c = input[i];
            if (_stringEscape)
            {
                EndStringAfterEscape(c);
                return i + 1;
            }
            if (c != Esc && c != Can && c != Sub && c != 0x7F && (c < 0x80 || c > 0x9F))
            {
                var start = i;
                while (i < input.Length && IsDcsData(input[i]))
                    i++;
                var chunk = input[start..i];
                _dcsLength += chunk.Length;
                if (_dcsLength > VtLimits.MaxStringLength)
                {
                    _handler.DcsUnhook(completed: false);
                    _state = VtParserState.DcsIgnore;
                    return i;
                }
                _handler.DcsPut(chunk);
                continue;
            }
            i++;
            if (c == Esc)
                _stringEscape = true;
            else if (c == Can || c == Sub)
            {
                _handler.DcsUnhook(completed: false);
                _state = VtParserState.Ground;
                _handler.Execute(c);
                return i;
            }
            else if (c >= 0x80 && RecognizeC1)
            {
                _handler.DcsUnhook(completed: c == St);
                _state = VtParserState.Ground;
                if (c != St)
                    C1(c);
                return i;
            }
        }
        return i;
    }

    private static bool IsDcsData(char c) => c != Esc && c != Can && c != Sub && c != 0x7F && (c < 0x80 || c > 0x9F);

    private int AdvanceIgnoredString(ReadOnlySpan<char> input, int i)
    {
        while (i < input.Length)
        {
            var c = input[i++];
            if (_stringEscape)
            {
                EndStringAfterEscape(c);
                return i;
            }
            if (c == Esc)
                _stringEscape = true;
            else if (c == Can || c == Sub)
            {
                _state = VtParserState.Ground;
                _handler.Execute(c);
                return i;
            }
            else if (c == Bel && _state == VtParserState.SosPmApcString)
            {
                _state = VtParserState.Ground;
                return i;
            }
            else if (c >= 0x80 && c <= 0x9F && RecognizeC1)
            {
                _state = VtParserState.Ground;
                if (c != St)
                    C1(c);
                return i;
            }
        }
        return i;
    }

    /// <summary>ESC inside a string: ESC \ (ST, ECMA-48 §8.3.143) ends it; any other ESC sequence cancels it and starts afresh.</summary>
    private void EndStringAfterEscape(char c)
    {
        _stringEscape = false;
        var completed = c == '\\';
        switch (_state)
        {
            case VtParserState.OscString:
                if (completed)
                    FinishOsc();
                else
                    DropString();
                break;
            case VtParserState.DcsPassthrough:
                _handler.DcsUnhook(completed);
                break;
        }
        _state = VtParserState.Ground;
        if (!completed)
        {
            EnterEscape();
            Step(c);
        }
    }

    private void FinishOsc()
    {
        _state = VtParserState.Ground;
        if (!_stringOverflow)
            _handler.OscDispatch(_string.AsSpan(0, _stringLength));
        DropString();
    }

    private void DropString()
    {
        _stringLength = 0;
        _stringOverflow = false;
        ReleaseLargeString();
    }

    private void ReleaseLargeString()
    {
        if (_string.Length > RetainedStringCapacity)
            _string = new char[InitialStringCapacity];
    }

    private void AppendString(ReadOnlySpan<char> chunk)
    {
        if (_stringOverflow)
            return;
        var needed = _stringLength + chunk.Length;
        if (needed > VtLimits.MaxStringLength)
        {
            // Dropped whole: stop buffering and forget what was kept; the rest is consumed until the terminator.
            _stringOverflow = true;
            _stringLength = 0;
            ReleaseLargeString();
            return;
        }
        if (needed > _string.Length)
            Array.Resize(ref _string, Math.Min(VtLimits.MaxStringLength, Math.Max(needed, _string.Length * 2)));
        chunk.CopyTo(_string.AsSpan(_stringLength));
        _stringLength = needed;
    }

    private void StartString(VtParserState state)
    {
        _state = state;
        _stringLength = 0;
        _stringOverflow = false;
        _stringEscape = false;
    }
}
