using System.Globalization;
using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Protocol;

namespace TelnetTui.Telnet.Options;

/// <summary>
/// NEW-ENVIRON (RFC 1572) with the MUD New-Environ Standard. Client: answers SEND with the MNES
/// variables (CLIENT_NAME, CLIENT_VERSION, CHARSET, MTTS, TERMINAL_TYPE) and whatever the user put in
/// <see cref="TelnetSettings.Environment"/> — nothing personal otherwise — and sends INFO when CHARSET
/// changes. Server: asks for everything and reports what arrives.
/// </summary>
internal sealed class NewEnvironOption(TelnetEngine engine) : TelnetOptionHandler(engine, TelnetOption.NewEnviron)
{
    /// <summary>RFC 1572 §5 well-known variables; other configured names go as USERVAR.</summary>
    private static readonly HashSet<string> WellKnown = ["USER", "JOB", "ACCT", "PRINTER", "SYSTEMTYPE", "DISPLAY"];

    /// <summary>Server: most variables kept from a client; a hostile client cannot grow the table further.</summary>
    public const int MaxReceivedVariables = 256;

    private readonly Dictionary<string, string> _received = new(StringComparer.Ordinal);

    /// <summary>Our variables, in the order a full IS lists them.</summary>
    public List<EnvironmentEntry> OurVariables()
    {
        var list = new List<EnvironmentEntry>
        {
            new(EnvironmentCodec.Var, "CLIENT_NAME", Settings.ClientName),
            new(EnvironmentCodec.Var, "CLIENT_VERSION", Settings.ClientVersion),
            new(EnvironmentCodec.Var, "CHARSET", Engine.Charset),
            new(EnvironmentCodec.Var, "MTTS", ((int)Settings.Mtts).ToString(CultureInfo.InvariantCulture)),
            new(EnvironmentCodec.Var, "TERMINAL_TYPE", Settings.TerminalTypes.Count > 0 ? Settings.TerminalTypes[0] : "UNKNOWN"),
        };
        foreach (var (name, value) in Settings.Environment)
            list.Add(new EnvironmentEntry(WellKnown.Contains(name) ? EnvironmentCodec.Var : EnvironmentCodec.UserVar, name, value));
        return list;
    }

    public override void Enabled(TelnetSide side)
    {
        if (side == TelnetSide.Remote && !IsClient)
            Send([EnvironmentCodec.SendCommand]);
    }

    public override void Received(ReadOnlySpan<byte> payload)
    {
        if (payload.IsEmpty)
            return;
        if (payload[0] == EnvironmentCodec.SendCommand && IsEnabled(TelnetSide.Local))
            Send(EnvironmentCodec.Encode(EnvironmentCodec.Is, Answer(EnvironmentCodec.Parse(payload[1..]))));
        else if (payload[0] is EnvironmentCodec.Is or EnvironmentCodec.Info && IsEnabled(TelnetSide.Remote))
        {
            foreach (var e in EnvironmentCodec.Parse(payload[1..]))
            {
                if (e.Value is not null && (_received.Count < MaxReceivedVariables || _received.ContainsKey(e.Name)))
                    _received[e.Name] = e.Value;
            }
            Engine.RaiseEnvironment(new Dictionary<string, string>(_received, StringComparer.Ordinal));
        }
    }

    /// <summary>RFC 1572: with no list, send everything; otherwise answer each request in order, undefined when unknown.</summary>
    private List<EnvironmentEntry> Answer(List<EnvironmentEntry> requested)
    {
        var ours = OurVariables();
        if (requested.Count == 0)
            return ours;
        var answer = new List<EnvironmentEntry>();
        foreach (var r in requested)
        {
            if (r.Name.Length == 0)
            {
                // An empty name asks for every variable of that type.
                answer.AddRange(ours.Where(o => o.Type == r.Type));
                continue;
            }
            var found = ours.FirstOrDefault(o => o.Name == r.Name);
            answer.Add(found.Name is null ? new EnvironmentEntry(r.Type, r.Name, null) : found with { Type = r.Type });
        }
        return answer;
    }

    /// <summary>MNES: tell the server a variable changed (sent only while NEW-ENVIRON is on).</summary>
    public void NotifyChanged(string name)
    {
        if (!IsClient || !IsEnabled(TelnetSide.Local))
            return;
        var entry = OurVariables().FirstOrDefault(o => o.Name == name);
        if (entry.Name is not null)
            Send(EnvironmentCodec.Encode(EnvironmentCodec.Info, [entry]));
    }

    public override string Describe(ReadOnlySpan<byte> payload) => EnvironmentCodec.Describe("NEW-ENVIRON", payload);
}
