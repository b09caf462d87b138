namespace TelnetTui.Terminal.Parsing;

/// <summary>The states of Paul Williams' DEC ANSI parser (vt100.net/emu/dec_ansi_parser).</summary>
public enum VtParserState : byte
{
    Ground,
    Escape,
    EscapeIntermediate,
    CsiEntry,
    CsiParam,
    CsiIntermediate,
    CsiIgnore,
    DcsEntry,
    DcsParam,
    DcsIntermediate,
    DcsPassthrough,
    DcsIgnore,
    OscString,
    SosPmApcString,
}
