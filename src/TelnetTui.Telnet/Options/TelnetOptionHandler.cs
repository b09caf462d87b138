using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Protocol;

namespace TelnetTui.Telnet.Options;

/// <summary>
/// What one telnet option means: side effects when it turns on or off, handling of its subnegotiations,
/// and the words the inspector shows for them. Negotiation itself (RFC 1143) is the engine's job;
/// these hooks run only on real state changes.
/// </summary>
internal abstract class TelnetOptionHandler
{
    protected TelnetOptionHandler(TelnetEngine engine, byte code)
    {
        Engine = engine;
        Code = code;
    }

    public byte Code { get; }

    public string Name => TelnetOption.Name(Code);

    protected TelnetEngine Engine { get; }

    protected TelnetSettings Settings => Engine.Settings;

    protected bool IsClient => Engine.Settings.Role == TelnetRole.Client;

    /// <summary>Extra veto on top of the policy (e.g. MCCP switched off in the settings).</summary>
    public virtual bool Agrees(TelnetSide side) => true;

    /// <summary>The option entered YES on <paramref name="side"/> (runs after our reply was sent).</summary>
    public virtual void Enabled(TelnetSide side)
    {
    }

    /// <summary>The option left YES on <paramref name="side"/> (runs before our reply is sent).</summary>
    public virtual void Disabled(TelnetSide side)
    {
    }

    /// <summary>A subnegotiation for this option arrived (the engine has already recorded it).</summary>
    public virtual void Received(ReadOnlySpan<byte> payload)
    {
    }

    /// <summary>Words for a subnegotiation of this option, either direction (e.g. <c>SB NAWS 132x43</c>).</summary>
    public virtual string Describe(ReadOnlySpan<byte> payload)
        => payload.IsEmpty ? $"SB {Name}" : $"SB {Name} {Meaning.Hex(payload)}";

    /// <summary>
    /// Lets an option bypass the Q method for a received WILL/WONT/DO/DONT (TIMING-MARK is answered every
    /// time and never stays on). Return true when handled.
    /// </summary>
    public virtual bool HandleNegotiation(byte verb) => false;

    protected bool IsEnabled(TelnetSide side) => Engine.IsEnabled(side, Code);

    protected void Send(ReadOnlySpan<byte> payload) => Engine.SendSubnegotiation(Code, payload);
}
