using TelnetTui.Telnet.Protocol;

namespace TelnetTui.Telnet.Negotiation;

/// <summary>
/// Per-host table of what we offer, accept or refuse, per option and side. Options not listed are
/// refused, which answers every unknown option with one WONT/DONT per request (RFC 1143).
/// </summary>
public sealed class NegotiationPolicy
{
    private readonly OptionPolicy[] _local = new OptionPolicy[256];
    private readonly OptionPolicy[] _remote = new OptionPolicy[256];

    public OptionPolicy Get(byte option, TelnetSide side) => (side == TelnetSide.Local ? _local : _remote)[option];

    /// <summary>Sets one entry; returns this for chaining.</summary>
    public NegotiationPolicy Set(byte option, TelnetSide side, OptionPolicy policy)
    {
        (side == TelnetSide.Local ? _local : _remote)[option] = policy;
        return this;
    }

    public NegotiationPolicy Clone()
    {
        var copy = new NegotiationPolicy();
        _local.CopyTo(copy._local, 0);
        _remote.CopyTo(copy._remote, 0);
        return copy;
    }

    /// <summary>Every entry that is not <see cref="OptionPolicy.Refuse"/>.</summary>
    public IEnumerable<(byte Option, TelnetSide Side, OptionPolicy Policy)> Entries()
    {
        for (var i = 0; i < 256; i++)
        {
            if (_local[i] != OptionPolicy.Refuse)
                yield return ((byte)i, TelnetSide.Local, _local[i]);
            if (_remote[i] != OptionPolicy.Refuse)
                yield return ((byte)i, TelnetSide.Remote, _remote[i]);
        }
    }

    /// <summary>A client's defaults: agree to what servers commonly ask, initiate nothing, refuse LINEMODE.</summary>
    public static NegotiationPolicy ForClient() => new NegotiationPolicy()
        .Set(TelnetOption.Binary, TelnetSide.Local, OptionPolicy.Accept)
        .Set(TelnetOption.Binary, TelnetSide.Remote, OptionPolicy.Accept)
        .Set(TelnetOption.Echo, TelnetSide.Remote, OptionPolicy.Accept)
        .Set(TelnetOption.SuppressGoAhead, TelnetSide.Local, OptionPolicy.Accept)
        .Set(TelnetOption.SuppressGoAhead, TelnetSide.Remote, OptionPolicy.Accept)
        .Set(TelnetOption.Status, TelnetSide.Local, OptionPolicy.Accept)
        .Set(TelnetOption.Status, TelnetSide.Remote, OptionPolicy.Accept)
        .Set(TelnetOption.TimingMark, TelnetSide.Local, OptionPolicy.Accept)
        .Set(TelnetOption.Logout, TelnetSide.Remote, OptionPolicy.Accept)
        .Set(TelnetOption.TerminalType, TelnetSide.Local, OptionPolicy.Accept)
        .Set(TelnetOption.EndOfRecord, TelnetSide.Remote, OptionPolicy.Accept)
        .Set(TelnetOption.Naws, TelnetSide.Local, OptionPolicy.Accept)
        .Set(TelnetOption.TerminalSpeed, TelnetSide.Local, OptionPolicy.Accept)
        .Set(TelnetOption.NewEnviron, TelnetSide.Local, OptionPolicy.Accept)
        .Set(TelnetOption.Charset, TelnetSide.Local, OptionPolicy.Accept)
        .Set(TelnetOption.Charset, TelnetSide.Remote, OptionPolicy.Accept)
        .Set(TelnetOption.Msdp, TelnetSide.Remote, OptionPolicy.Accept)
        .Set(TelnetOption.Mssp, TelnetSide.Remote, OptionPolicy.Accept)
        .Set(TelnetOption.Mccp2, TelnetSide.Remote, OptionPolicy.Accept)
        .Set(TelnetOption.Mccp3, TelnetSide.Remote, OptionPolicy.Accept)
        .Set(TelnetOption.Gmcp, TelnetSide.Remote, OptionPolicy.Accept);

    /// <summary>
    /// A server's defaults (the demo server adjusts them): offer SGA, EOR, GMCP, MSSP and MCCP2, and ask
    /// the client for NAWS, TTYPE and NEW-ENVIRON; ECHO is turned on by the application when it wants
    /// character mode or a hidden password.
    /// </summary>
    public static NegotiationPolicy ForServer() => new NegotiationPolicy()
        .Set(TelnetOption.Binary, TelnetSide.Local, OptionPolicy.Accept)
        .Set(TelnetOption.Binary, TelnetSide.Remote, OptionPolicy.Accept)
        .Set(TelnetOption.Echo, TelnetSide.Local, OptionPolicy.Accept)
        .Set(TelnetOption.SuppressGoAhead, TelnetSide.Local, OptionPolicy.Offer)
        .Set(TelnetOption.SuppressGoAhead, TelnetSide.Remote, OptionPolicy.Accept)
        .Set(TelnetOption.Status, TelnetSide.Local, OptionPolicy.Accept)
        .Set(TelnetOption.TimingMark, TelnetSide.Local, OptionPolicy.Accept)
        .Set(TelnetOption.EndOfRecord, TelnetSide.Local, OptionPolicy.Offer)
        .Set(TelnetOption.TerminalType, TelnetSide.Remote, OptionPolicy.Offer)
        .Set(TelnetOption.Naws, TelnetSide.Remote, OptionPolicy.Offer)
        .Set(TelnetOption.NewEnviron, TelnetSide.Remote, OptionPolicy.Offer)
        .Set(TelnetOption.Charset, TelnetSide.Local, OptionPolicy.Accept)
        .Set(TelnetOption.Charset, TelnetSide.Remote, OptionPolicy.Accept)
        .Set(TelnetOption.Gmcp, TelnetSide.Local, OptionPolicy.Offer)
        .Set(TelnetOption.Msdp, TelnetSide.Local, OptionPolicy.Accept)
        .Set(TelnetOption.Mssp, TelnetSide.Local, OptionPolicy.Offer)
        .Set(TelnetOption.Mccp2, TelnetSide.Local, OptionPolicy.Offer)
        .Set(TelnetOption.Mccp3, TelnetSide.Local, OptionPolicy.Accept);
}
