using TelnetTui.App;
using TelnetTui.Telnet.Engine;
using TelnetTui.Tui;
using TelnetTui.Tui.Widgets;

namespace TelnetTui.Panes.Inspector;

/// <summary>
/// The live table of negotiation records (time, direction, command, option, meaning; raw bytes on demand),
/// newest at the bottom and followed until the user moves up. Space pauses, "/" searches, n/N find again,
/// Enter shows one record in full; the filter hides rows without dropping them.
/// </summary>
public sealed class NegotiationTable : TableView<NegotiationRecord>
{
    /// <summary>Records kept for the table (the session keeps as many).</summary>
    public const int Capacity = Core.Negotiation.NegotiationLog.DefaultCapacity;

    private readonly AppState _state;
    private InspectorFilter _filter = InspectorFilter.All;
    private bool _showRaw;

    public NegotiationTable(AppState state) : base(new RingBuffer<NegotiationRecord>(Capacity))
    {
        _state = state;
        Name = "negotiation-log";
        BuildColumns();
    }

    public InspectorFilter Filter
    {
        get => _filter;
        set
        {
            _filter = value;
            RowFilter = value.IsAll ? null : value.Shows;
        }
    }

    /// <summary>Show the raw bytes of every row (instead of only in the details of one).</summary>
    public bool ShowRaw
    {
        get => _showRaw;
        set
        {
            _showRaw = value;
            BuildColumns();
        }
    }

    public void Add(NegotiationRecord record) => Source.Add(record);

    /// <summary>Starts over with <paramref name="records"/> (a new session).</summary>
    public void Reset(IEnumerable<NegotiationRecord> records)
    {
        Source.Clear();
        foreach (var r in records)
            Source.Add(r);
        Follow();
    }

    private void BuildColumns()
    {
        Columns.Clear();
        Columns.Add(new TableColumn<NegotiationRecord>("Time", Constraint.Length(12), RecordText.Time) { Style = Colour });
        Columns.Add(new TableColumn<NegotiationRecord>("", Constraint.Length(2), RecordText.Direction) { Style = Colour });
        Columns.Add(new TableColumn<NegotiationRecord>("Cmd", Constraint.Length(6), RecordText.Command) { Style = Colour });
        Columns.Add(new TableColumn<NegotiationRecord>("Option", Constraint.Length(11), RecordText.Option) { Style = Colour });
        if (_showRaw)
            Columns.Add(new TableColumn<NegotiationRecord>("Raw bytes", Constraint.Fill(), r => RecordText.Raw(r)) { Style = Colour });
        else
            Columns.Add(new TableColumn<NegotiationRecord>("Meaning", Constraint.Fill(), RecordText.Meaning) { Style = Colour });
    }

    private Style? Colour(NegotiationRecord r) => r.Kind == RecordKind.Notice ? _state.Theme.Notice
        : r.Direction == TelnetDirection.Received ? _state.Theme.Received : _state.Theme.Sent;
}
