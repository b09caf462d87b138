namespace TelnetTui.Telnet.Negotiation;

/// <summary>RFC 1143 state of one option on one side: the state and its one-entry queue (EMPTY or OPPOSITE).</summary>
public readonly record struct OptionSideState(QState State, bool QueuedOpposite = false)
{
    public static readonly OptionSideState No = new(QState.No);
    public static readonly OptionSideState Yes = new(QState.Yes);

    /// <summary>True only in YES: the option is in effect.</summary>
    public bool IsEnabled => State == QState.Yes;

    /// <summary>True while an answer is awaited (WANTNO or WANTYES).</summary>
    public bool IsPending => State is QState.WantNo or QState.WantYes;

    /// <summary>RFC 1143 spelling: NO, YES, WANTNO, WANTYES, with "+OPPOSITE" when a change is queued.</summary>
    public override string ToString()
    {
        var name = State switch
        {
            QState.No => "NO",
            QState.Yes => "YES",
            QState.WantNo => "WANTNO",
            _ => "WANTYES",
        };
        return QueuedOpposite ? name + "+OPPOSITE" : name;
    }
}
