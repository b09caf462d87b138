namespace TelnetTui.Terminal.Parsing;

/// <summary>
/// The actions of Paul Williams' DEC-compatible parser (vt100.net/emu/dec_ansi_parser). The parser only
/// classifies characters and calls these; what a sequence means is the handler's business.
/// </summary>
public interface IVtHandler
{
    /// <summary>A run of printable BMP characters: no controls, no C1, no DEL, no surrogates.</summary>
    void Print(ReadOnlySpan<char> text);

    /// <summary>One printable supplementary-plane character (joined from a surrogate pair).</summary>
    void PrintCodePoint(int codePoint);

    /// <summary>A C0 control (or a C1 control when the parser recognises C1).</summary>
    void Execute(int control);

    /// <summary>ESC, intermediates, final (ECMA-35 / ECMA-48 §5.3). Params is empty.</summary>
    void EscDispatch(in VtSequence sequence);

    /// <summary>CSI, parameters, intermediates, final (ECMA-48 §5.4).</summary>
    void CsiDispatch(in VtSequence sequence);

    /// <summary>A complete operating system command string, without OSC and its terminator.</summary>
    void OscDispatch(ReadOnlySpan<char> data);

    /// <summary>A device control string starts; its payload follows through <see cref="DcsPut"/>.</summary>
    void DcsHook(in VtSequence sequence);

    void DcsPut(ReadOnlySpan<char> data);

    /// <summary>The string ended: <paramref name="completed"/> is false when it was cancelled or overflowed, and must then be dropped whole.</summary>
    void DcsUnhook(bool completed);
}
