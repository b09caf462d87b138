using TelnetTui.Telnet.Negotiation;

namespace TelnetTui.Telnet.Tests.Negotiation;

/// <summary>RFC 1143 §7, every row of the Q-method tables.</summary>
public class QMethodTests
{
    private static readonly OptionSideState No = new(QState.No);
    private static readonly OptionSideState Yes = new(QState.Yes);
    private static readonly OptionSideState WantNo = new(QState.WantNo);
    private static readonly OptionSideState WantNoOpposite = new(QState.WantNo, true);
    private static readonly OptionSideState WantYes = new(QState.WantYes);
    private static readonly OptionSideState WantYesOpposite = new(QState.WantYes, true);

    public static TheoryData<string, OptionSideState, bool, OptionSideState, QReply, QChange, bool> PositiveRows() => new()
    {
        { "NO, agree: YES and send DO/WILL", No, true, Yes, QReply.Positive, QChange.Enabled, false },
        { "NO, refuse: stay NO and send DONT/WONT", No, false, No, QReply.Negative, QChange.None, false },
        { "YES: ignore", Yes, true, Yes, QReply.None, QChange.None, false },
        { "WANTNO EMPTY: error, NO", WantNo, true, No, QReply.None, QChange.None, true },
        { "WANTNO OPPOSITE: error, YES", WantNoOpposite, true, Yes, QReply.None, QChange.Enabled, true },
        { "WANTYES EMPTY: YES", WantYes, true, Yes, QReply.None, QChange.Enabled, false },
        { "WANTYES OPPOSITE: WANTNO and send DONT/WONT", WantYesOpposite, true, WantNo, QReply.Negative, QChange.None, false },
    };

    [Theory]
    [MemberData(nameof(PositiveRows))]
    public void Receiving_WILL_or_DO(string row, OptionSideState from, bool agree, OptionSideState to, QReply reply, QChange change, bool error)
    {
        var r = QMethod.ReceivePositive(from, agree);
        Assert.True((to, reply, change, error) == (r.State, r.Reply, r.Change, r.Error is not null), row);
    }

    public static TheoryData<string, OptionSideState, OptionSideState, QReply, QChange> NegativeRows() => new()
    {
        { "NO: ignore", No, No, QReply.None, QChange.None },
        { "YES: NO and send DONT/WONT", Yes, No, QReply.Negative, QChange.Disabled },
        { "WANTNO EMPTY: NO", WantNo, No, QReply.None, QChange.None },
        { "WANTNO OPPOSITE: WANTYES and send DO/WILL", WantNoOpposite, WantYes, QReply.Positive, QChange.None },
        { "WANTYES EMPTY: NO", WantYes, No, QReply.None, QChange.None },
        { "WANTYES OPPOSITE: NO", WantYesOpposite, No, QReply.None, QChange.None },
    };

    [Theory]
    [MemberData(nameof(NegativeRows))]
    public void Receiving_WONT_or_DONT(string row, OptionSideState from, OptionSideState to, QReply reply, QChange change)
    {
        var r = QMethod.ReceiveNegative(from);
        Assert.True((to, reply, change) == (r.State, r.Reply, r.Change), row);
    }

    public static TheoryData<string, OptionSideState, OptionSideState, QReply, bool> EnableRows() => new()
    {
        { "NO: WANTYES and send", No, WantYes, QReply.Positive, false },
        { "YES: error", Yes, Yes, QReply.None, true },
        { "WANTNO EMPTY: queue", WantNo, WantNoOpposite, QReply.None, false },
        { "WANTNO OPPOSITE: error", WantNoOpposite, WantNoOpposite, QReply.None, true },
        { "WANTYES EMPTY: error", WantYes, WantYes, QReply.None, true },
        { "WANTYES OPPOSITE: dequeue", WantYesOpposite, WantYes, QReply.None, false },
    };

    [Theory]
    [MemberData(nameof(EnableRows))]
    public void Asking_to_enable(string row, OptionSideState from, OptionSideState to, QReply reply, bool error)
    {
        var r = QMethod.RequestEnable(from);
        Assert.True((to, reply, error) == (r.State, r.Reply, r.Error is not null), row);
    }

    public static TheoryData<string, OptionSideState, OptionSideState, QReply, bool> DisableRows() => new()
    {
        { "NO: error", No, No, QReply.None, true },
        { "YES: WANTNO and send", Yes, WantNo, QReply.Negative, false },
        { "WANTNO EMPTY: error", WantNo, WantNo, QReply.None, true },
        { "WANTNO OPPOSITE: dequeue", WantNoOpposite, WantNo, QReply.None, false },
        { "WANTYES EMPTY: queue", WantYes, WantYesOpposite, QReply.None, false },
        { "WANTYES OPPOSITE: error", WantYesOpposite, WantYesOpposite, QReply.None, true },
    };

    [Theory]
    [MemberData(nameof(DisableRows))]
    public void Asking_to_disable(string row, OptionSideState from, OptionSideState to, QReply reply, bool error)
    {
        var r = QMethod.RequestDisable(from);
        Assert.True((to, reply, error) == (r.State, r.Reply, r.Error is not null), row);
    }

    [Fact]
    public void States_print_with_RFC_names()
    {
        Assert.Equal("WANTYES+OPPOSITE", WantYesOpposite.ToString());
        Assert.Equal("NO", No.ToString());
    }
}
