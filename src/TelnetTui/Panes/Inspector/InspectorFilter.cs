using TelnetTui.Telnet.Engine;

namespace TelnetTui.Panes.Inspector;

/// <summary>Which negotiation records the inspector shows: one option or all, one direction or both, with or without subnegotiation data.</summary>
public sealed record InspectorFilter(byte? Option = null, TelnetDirection? Direction = null, bool HideData = false)
{
    public static InspectorFilter All { get; } = new();

    public bool IsAll => Option is null && Direction is null && !HideData;

    public bool Shows(NegotiationRecord r) =>
        (Option is null || r.Option == Option)
        && (Direction is null || r.Direction == Direction)
        && !(HideData && r.Kind == RecordKind.Subnegotiation);

    /// <summary>A short description for the pane's title ("NAWS, received, no data").</summary>
    public override string ToString()
    {
        if (IsAll)
            return "all";
        var parts = new List<string>();
        if (Option is { } o)
            parts.Add(Telnet.Protocol.TelnetOption.Name(o));
        if (Direction is { } d)
            parts.Add(d == TelnetDirection.Received ? "received" : "sent");
        if (HideData)
            parts.Add("no SB data");
        return string.Join(", ", parts);
    }
}
