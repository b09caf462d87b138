namespace TelnetTui.Telnet.Engine;

/// <summary>What kind of protocol event a record is.</summary>
public enum RecordKind
{
    /// <summary>WILL/WONT/DO/DONT.</summary>
    Negotiation,
    /// <summary>IAC SB ... IAC SE.</summary>
    Subnegotiation,
    /// <summary>Any other IAC command (GA, EOR, NOP, AYT, unknown).</summary>
    Command,
    /// <summary>Something the decoder or engine noticed: malformed input, compression start/end.</summary>
    Notice,
}
