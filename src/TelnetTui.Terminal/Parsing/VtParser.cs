using TelnetTui.Terminal.Text;

namespace TelnetTui.Terminal.Parsing;

/// <summary>
/// Paul Williams' DEC-compatible state machine over decoded text: it classifies characters and calls
/// <see cref="IVtHandler"/> actions, nothing more. Input may arrive in any chunks; state is kept between
/// calls, so a sequence split anywhere gives the same actions. Printable runs go to the handler whole.
/// Limits (<see cref="VtLimits"/>): 32 parameters, values clamped to 65535, OSC/DCS strings over 1 MiB dropped whole.
/// </summary>
public sealed partial class VtParser
{
    private const char Esc = '\x1b';
    private const char Can = '\x18';
    private const char Sub = '\x1a';
    private const char Bel = '\x07';
    private const char St = '\x9c';

    private readonly IVtHandler _handler;
    private readonly VtParams _params = new();
    private VtParserState _state;
    private char _prefix;
    private int _intermediates;
    private int _intermediateCount;
    private char[] _string = new char[InitialStringCapacity];
    private int _stringLength;
    private bool _stringOverflow;
    private bool _stringEscape;
    private int _dcsLength;
    private char _highSurrogate;

    private const int InitialStringCapacity = 256;
    /// <summary>A string buffer grown past this is released after use, so one huge OSC does not pin memory.</summary>
    private const int RetainedStringCapacity = 64 * 1024;

    public VtParser(IVtHandler handler) => _handler = handler;

    /// <summary>
    /// When true, U+0080–U+009F act as C1 controls (8-bit CSI, OSC, DCS, ST, IND, NEL...). When false
    /// (UTF-8, CP437) they are ignored wherever they appear.
    /// </summary>
    public bool RecognizeC1 { get; set; }

    public VtParserState State => _state;

    /// <summary>Back to ground, dropping any partial sequence (an open DCS is unhooked as cancelled).</summary>
    public void Reset()
    {
        if (_state == VtParserState.DcsPassthrough)
            _handler.DcsUnhook(completed: false);
        _state = VtParserState.Ground;
        _stringEscape = false;
        _highSurrogate = '\0';
        _stringLength = 0;
        ReleaseLargeString();
    }

    public void Advance(ReadOnlySpan<char> input)
    {
        var i = 0;
        if (_highSurrogate != '\0' && input.Length > 0)
        {
            var high = _highSurrogate;
            _highSurrogate = '\0';
            if (char.IsLowSurrogate(input[0]))
            {
                _handler.PrintCodePoint(char.ConvertToUtf32(high, input[0]));
                i = 1;
            }
            else
            {
                _handler.Print("\uFFFD");
            }
        }
        while (i < input.Length)
        {
            switch (_state)
            {
                case VtParserState.Ground:
                    i = AdvanceGround(input, i);
                    break;
                case VtParserState.CsiEntry:
                case VtParserState.CsiParam:
                    i = AdvanceCsiParameters(input, i);
                    break;
                case VtParserState.OscString:
                    i = AdvanceOsc(input, i);
                    break;
                case VtParserState.DcsPassthrough:
                    i = AdvanceDcsPassthrough(input, i);
                    break;
                case VtParserState.DcsIgnore:
                case VtParserState.SosPmApcString:
                    i = AdvanceIgnoredString(input, i);
                    break;
                default:
                    Step(input[i]);
                    i++;
                    break;
            }
        }
    }

    /// <summary>
    /// Ground state: printable runs, controls and complete CSIs are handled in one loop; it returns when
    /// the input ends or another state begins.
    /// </summary>
    private int AdvanceGround(ReadOnlySpan<char> input, int i)
    {
        while (i < input.Length)
        {
            var c = input[i];
            if (c >= 0x20 && c != 0x7F)
            {
                var rest = input[i..];
                var end = TextScan.PrintableRunLength(rest);
                if (end > 0)
                {
                    _handler.Print(rest[..end]);
                    i += end;
                    continue;
                }
            }
            if (c < 0x20)
            {
                if (c == Esc)
                {
                    // The common case, a whole CSI in this chunk, is parsed in one tight loop.
                    if (i + 1 < input.Length && input[i + 1] == '[' && TryFastCsi(input, i + 2, out var next))
                    {
                        i = next;
                        continue;
                    }
                    EnterEscape();
                    return i + 1;
                }
                if (c != '\0')
                    _handler.Execute(c); // NUL is a fill character (ECMA-48 §8.3.88): dropped
                i++;
                continue;
            }
            if (c == 0x7F)
            {
                i++; // DEL is ignored (ECMA-48 §8.3.38: a fill character)
                continue;
            }
            if (c <= 0x9F)
            {
                C1(c);
                i++;
                if (_state != VtParserState.Ground)
                    return i;
                continue;
            }
            // A surrogate: join a pair, keep a high half that ends the chunk, replace a lone half.
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= input.Length)
                {
                    _highSurrogate = c;
                    return i + 1;
                }
                if (char.IsLowSurrogate(input[i + 1]))
                {
                    _handler.PrintCodePoint(char.ConvertToUtf32(c, input[i + 1]));
                    i += 2;
                    continue;
                }
            }
            _handler.Print("\uFFFD");
            i++;
        }
        return i;
    }

    /// <summary>
    /// A complete, ordinary CSI (optional private marker, digits, ';', ':', up to two intermediates, final)
    /// that lies wholly in <paramref name="input"/> from <paramref name="i"/> is dispatched here without
    /// going through the state machine. Anything else returns false with no state changed, and the
    /// state machine takes the sequence from its ESC.
    /// </summary>
    private bool TryFastCsi(ReadOnlySpan<char> input, int i, out int next)
    {
        next = 0;
        if (i >= input.Length)
            return false;
        var prefix = '\0';
        var c = input[i];
        if (c >= '<' && c <= '?')
        {
            prefix = c;
            i++;
        }
        var values = _params.Values;
        var count = 0;
        var subMask = 0u;
        var value = 0;
        var first = i; // any parameter byte after this makes the last parameter count
        for (; i < input.Length; i++)
        {
            c = input[i];
            var digit = c - '0';
            if ((uint)digit <= 9)
            {
                value = Math.Min(value * 10 + digit, VtLimits.MaxParameterValue);
                continue;
            }
            if (c == ';' || c == ':')
            {
                if (count < VtLimits.MaxParameters)
                    values[count++] = (ushort)value;
                if (c == ':' && count < VtLimits.MaxParameters)
                    subMask |= 1u << count;
                value = 0;
                continue;
            }
            if (c >= 0x40 && c <= 0x7E)
            {
                if (i > first && count < VtLimits.MaxParameters)
                    values[count++] = (ushort)value;
                _params.SetParsed(count, subMask);
                next = i + 1;
                _handler.CsiDispatch(new VtSequence(_params, prefix, 0, c));
                return true;
            }
            // Intermediates, controls, anything unusual: the state machine handles it from the ESC.
            return false;
        }
        return false;
    }

    /// <summary>CSI entry and parameter states, as a tight loop: digits, ';' and ':' are by far the most common.</summary>
    private int AdvanceCsiParameters(ReadOnlySpan<char> input, int i)
    {
        while (i < input.Length)
        {
            var c = input[i];
            var digit = c - '0';
            if ((uint)digit <= 9)
            {
                _params.AddDigit(digit);
                _state = VtParserState.CsiParam;
            }
            else if (c == ';' || c == ':')
            {
                _params.Separator(subParameter: c == ':');
                _state = VtParserState.CsiParam;
            }
            else if (c >= 0x40 && c <= 0x7E)
            {
                DispatchCsi(c);
                return i + 1;
            }
            else
            {
                Step(c);
                return i + 1;
            }
            i++;
        }
        return i;
    }

    private void Step(char c)
    {
        // Transitions from anywhere (Williams' "anywhere" state).
        if (c == Esc)
        {
            EnterEscape();
            return;
        }
        if (c == Can || c == Sub)
        {
            _state = VtParserState.Ground;
            _handler.Execute(c);
            return;
        }
        if (c >= 0x80 && c <= 0x9F)
        {
            C1(c);
            return;
        }
        if (c == 0x7F || c > 0x7F || c == '\0')
            return; // DEL, NUL and non-ASCII inside a sequence header are ignored

        switch (_state)
        {
            case VtParserState.Escape:
                if (c < 0x20)
                    _handler.Execute(c);
                else if (c <= 0x2F)
                {
                    Collect(c);
                    _state = VtParserState.EscapeIntermediate;
                }
                else
                    EscapeFinal(c);
                break;
            case VtParserState.EscapeIntermediate:
                if (c < 0x20)
                    _handler.Execute(c);
                else if (c <= 0x2F)
                    Collect(c);
                else
                    DispatchEsc(c);
                break;
            case VtParserState.CsiEntry:
            case VtParserState.CsiParam:
                if (c < 0x20)
                    _handler.Execute(c);
                else if (c <= 0x2F)
                {
                    Collect(c);
                    _state = VtParserState.CsiIntermediate;
                }
                else if (c >= 0x3C && c <= 0x3F)
                {
                    if (_state == VtParserState.CsiEntry)
                    {
                        _prefix = c;
                        _state = VtParserState.CsiParam;
                    }
                    else
                        _state = VtParserState.CsiIgnore;
                }
                break;
            case VtParserState.CsiIntermediate:
                if (c < 0x20)
                    _handler.Execute(c);
                else if (c <= 0x2F)
                    Collect(c);
                else if (c <= 0x3F)
                    _state = VtParserState.CsiIgnore;
                else
                    DispatchCsi(c);
                break;
            case VtParserState.CsiIgnore:
                if (c < 0x20)
                    _handler.Execute(c);
                else if (c >= 0x40)
                    _state = VtParserState.Ground;
                break;
            case VtParserState.DcsEntry:
            case VtParserState.DcsParam:
            case VtParserState.DcsIntermediate:
                StepDcsHeader(c);
                break;
        }
    }

    private void StepDcsHeader(char c)
    {
        if (c < 0x20)
            return; // C0 inside a DCS header is ignored
        if (c <= 0x2F)
        {
            Collect(c);
            _state = VtParserState.DcsIntermediate;
            return;
        }
        if (c >= 0x40)
        {
            _params.Finish();
            if (_intermediateCount > VtLimits.MaxIntermediates)
            {
                _state = VtParserState.DcsIgnore;
                return;
            }
            _state = VtParserState.DcsPassthrough;
            _dcsLength = 0;
            _handler.DcsHook(new VtSequence(_params, _prefix, _intermediates, c));
            return;
        }
        if (_state == VtParserState.DcsIntermediate)
        {
            _state = VtParserState.DcsIgnore;
            return;
        }
        var digit = c - '0';
        if ((uint)digit <= 9)
            _params.AddDigit(digit);
        else if (c == ';' || c == ':')
            _params.Separator(subParameter: c == ':');
        else if (_state == VtParserState.DcsEntry)
            _prefix = c; // 0x3C–0x3F
        else
        {
            _state = VtParserState.DcsIgnore;
            return;
        }
        _state = VtParserState.DcsParam;
    }

    private void EscapeFinal(char c)
    {
        switch (c)
        {
            case '[':
                Clear();
                _state = VtParserState.CsiEntry;
                break;
            case ']':
                StartString(VtParserState.OscString);
                break;
            case 'P':
                Clear();
                _state = VtParserState.DcsEntry;
                break;
            case 'X':
            case '^':
            case '_':
                StartString(VtParserState.SosPmApcString);
                break;
            default:
                DispatchEsc(c);
                break;
        }
    }

    private void C1(char c)
    {
        if (!RecognizeC1)
            return;
        switch (c)
        {
            case '\x90':
                Clear();
                _state = VtParserState.DcsEntry;
                break;
            case '\x9b':
                Clear();
                _state = VtParserState.CsiEntry;
                break;
            case '\x9d':
                StartString(VtParserState.OscString);
                break;
            case '\x98':
            case '\x9e':
            case '\x9f':
                StartString(VtParserState.SosPmApcString);
                break;
            case St:
                _state = VtParserState.Ground;
                break;
            default:
                _state = VtParserState.Ground;
                _handler.Execute(c);
                break;
        }
    }

    private void EnterEscape()
    {
        if (_state == VtParserState.DcsPassthrough)
            _handler.DcsUnhook(completed: false);
        Clear();
        _state = VtParserState.Escape;
    }

    private void Clear()
    {
        _params.Clear();
        _prefix = '\0';
        _intermediates = 0;
        _intermediateCount = 0;
        _stringEscape = false;
    }

    private void Collect(char c)
    {
        _intermediateCount++;
        if (_intermediateCount <= VtLimits.MaxIntermediates)
            _intermediates = (_intermediates << 8) | c;
    }

    private void DispatchEsc(char final)
    {
        _state = VtParserState.Ground;
        if (_intermediateCount <= VtLimits.MaxIntermediates)
            _handler.EscDispatch(new VtSequence(_params, '\0', _intermediates, final));
    }

    private void DispatchCsi(char final)
    {
        _state = VtParserState.Ground;
        _params.Finish();
        if (_intermediateCount <= VtLimits.MaxIntermediates)
            _handler.CsiDispatch(new VtSequence(_params, _prefix, _intermediates, final));
    }
}
