using TelnetTui.Telnet.Negotiation;

namespace TelnetTui.Telnet.Engine;

/// <summary>Which way a record's bytes travelled.</summary>
public enum TelnetDirection
{
    Received,
    Sent,
}

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

/// <summary>
/// One line of the negotiation inspector: when, which way, the raw bytes (before compression), what
/// they mean in words, and the option's RFC 1143 state after it.
/// </summary>
public sealed record NegotiationRecord(
    DateTimeOffset Time,
    TelnetDirection Direction,
    RecordKind Kind,
    byte? Option,
    string Meaning,
    ReadOnlyMemory<byte> Raw,
    OptionState? StateAfter)
{
    public override string ToString()
    {
        var arrow = Direction == TelnetDirection.Received ? "<-" : "->";
        return StateAfter is { } s ? $"{arrow} {Meaning}  [{s}]" : $"{arrow} {Meaning}";
    }
}
