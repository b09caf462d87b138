using TelnetTui.Telnet.Negotiation;

namespace TelnetTui.Telnet.Engine;

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
