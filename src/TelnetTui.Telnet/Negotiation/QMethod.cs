namespace TelnetTui.Telnet.Negotiation;

/// <summary>
/// RFC 1143 §7, "the Q method", for one side of one option, as pure functions. "Positive" is WILL
/// received for the remote side or DO received for the local side; "negative" is WONT/DONT.
/// It never answers a request for the state already in effect, which is what prevents loops.
/// </summary>
public static class QMethod
{
    /// <summary>The peer asked for the option to be on (WILL for remote, DO for local).</summary>
    public static QResult ReceivePositive(OptionSideState s, bool agree) => (s.State, s.QueuedOpposite) switch
    {
        (QState.No, _) => agree
            ? new(OptionSideState.Yes, QReply.Positive, QChange.Enabled)
            : new(OptionSideState.No, QReply.Negative, QChange.None),
        // RFC 1143 §7: "If we are already in the state requested, ignore it" — no reply, no loop.
        (QState.Yes, _) => new(s, QReply.None, QChange.None),
        (QState.WantNo, false) => new(OptionSideState.No, QReply.None, QChange.None, "our disable request was answered with an enable"),
        (QState.WantNo, true) => new(OptionSideState.Yes, QReply.None, QChange.Enabled, "our disable request was answered with an enable"),
        (QState.WantYes, false) => new(OptionSideState.Yes, QReply.None, QChange.Enabled),
        (QState.WantYes, true) => new(new(QState.WantNo), QReply.Negative, QChange.None),
        _ => throw new ArgumentOutOfRangeException(nameof(s)),
    };

    /// <summary>The peer asked for the option to be off (WONT for remote, DONT for local).</summary>
    public static QResult ReceiveNegative(OptionSideState s) => (s.State, s.QueuedOpposite) switch
    {
        (QState.No, _) => new(s, QReply.None, QChange.None),
        (QState.Yes, _) => new(OptionSideState.No, QReply.Negative, QChange.Disabled),
        (QState.WantNo, false) => new(OptionSideState.No, QReply.None, QChange.None),
        (QState.WantNo, true) => new(new(QState.WantYes), QReply.Positive, QChange.None),
        (QState.WantYes, false) => new(OptionSideState.No, QReply.None, QChange.None),
        (QState.WantYes, true) => new(OptionSideState.No, QReply.None, QChange.None),
        _ => throw new ArgumentOutOfRangeException(nameof(s)),
    };

    /// <summary>We want the option on.</summary>
    public static QResult RequestEnable(OptionSideState s) => (s.State, s.QueuedOpposite) switch
    {
        (QState.No, _) => new(new(QState.WantYes), QReply.Positive, QChange.None),
        (QState.Yes, _) => new(s, QReply.None, QChange.None, "already enabled"),
        (QState.WantNo, false) => new(new(QState.WantNo, true), QReply.None, QChange.None),
        (QState.WantNo, true) => new(s, QReply.None, QChange.None, "already queued an enable request"),
        (QState.WantYes, false) => new(s, QReply.None, QChange.None, "already negotiating for enable"),
        (QState.WantYes, true) => new(new(QState.WantYes), QReply.None, QChange.None),
        _ => throw new ArgumentOutOfRangeException(nameof(s)),
    };

    /// <summary>We want the option off.</summary>
    public static QResult RequestDisable(OptionSideState s) => (s.State, s.QueuedOpposite) switch
    {
        (QState.No, _) => new(s, QReply.None, QChange.None, "already disabled"),
        (QState.Yes, _) => new(new(QState.WantNo), QReply.Negative, QChange.Disabled),
        (QState.WantNo, false) => new(s, QReply.None, QChange.None, "already negotiating for disable"),
        (QState.WantNo, true) => new(new(QState.WantNo), QReply.None, QChange.None),
        (QState.WantYes, false) => new(new(QState.WantYes, true), QReply.None, QChange.None),
        (QState.WantYes, true) => new(s, QReply.None, QChange.None, "already queued a disable request"),
        _ => throw new ArgumentOutOfRangeException(nameof(s)),
    };
}
