using TelnetTui.Core.Book;
using TelnetTui.Core.Settings;
using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Protocol;
using TelnetTui.Telnet.Sending;
using TelnetTui.Terminal.Text;
using CoreOptionPolicy = TelnetTui.Core.Settings.OptionPolicy;
using EngineSettings = TelnetTui.Telnet.Engine.TelnetSettings;
using TelnetOptionPolicy = TelnetTui.Telnet.Negotiation.OptionPolicy;

namespace TelnetTui.Core.Sessions;

/// <summary>
/// The telnet engine's settings for one connection, from config.toml's [telnet] and the host entry:
/// client name, terminal types (the host's own first), MCCP, GMCP modules, Enter key, force-binary,
/// re-acknowledge, the character sets CHARSET may agree, the MTTS bits, the NAWS size, and the option
/// policies ([telnet.options], then the host's <c>options</c>, each over the built-in client table).
/// </summary>
public static class TelnetSettingsMapper
{
    /// <summary>Options a client performs itself (we say WILL): a book policy for them applies to our side.</summary>
    private static readonly HashSet<string> LocalSideOptions = new(StringComparer.Ordinal) { "lflow", "linemode", "xdisplay", "environ" };

    public static EngineSettings Create(AppSettings app, HostEntry host, int columns, int rows, TerminalEncoding encoding)
    {
        var settings = new EngineSettings
        {
            ClientName = app.Telnet.ClientName,
            Mccp = app.Telnet.Mccp,
            GmcpModules = [.. app.Telnet.GmcpModules],
            EnterKey = host.EnterKey switch
            {
                EnterKey.CrNul => EnterKeyMode.CrNul,
                EnterKey.Lf => EnterKeyMode.Lf,
                _ => EnterKeyMode.CrLf,
            },
            ForceBinary = host.ForceBinary,
            Reacknowledge = host.ReAcknowledge,
            InitialColumns = columns,
            InitialRows = rows,
        };
        settings.TerminalTypes = TerminalTypes(app, host);
        var charset = CharsetName(encoding);
        settings.InitialCharset = charset;
        // CHARSET may only agree the host's own encoding, or UTF-8 when the host speaks UTF-8 anyway.
        settings.Charsets = encoding.Kind == TerminalEncodingKind.Utf8 ? ["UTF-8", "ISO-8859-1", "US-ASCII"] : [charset];
        if (encoding.Kind != TerminalEncodingKind.Utf8)
            settings.Mtts &= ~MttsFlags.Utf8;
        settings.Policy = Policy(app, host);
        return settings;
    }

    /// <summary>The host's terminal_type first, then [telnet] terminal_types, without repeats, upper-cased as RFC 1091 lists them.</summary>
    public static List<string> TerminalTypes(AppSettings app, HostEntry host)
    {
        var list = new List<string>();
        foreach (var name in (host.TerminalType is { Length: > 0 } first ? [first] : Array.Empty<string>()).Concat(app.Telnet.TerminalTypes))
        {
            var upper = name.ToUpperInvariant();
            if (!list.Contains(upper))
                list.Add(upper);
        }
        return list.Count > 0 ? list : ["XTERM-256COLOR"];
    }

    /// <summary>The client table, with [telnet.options] and then the host's options applied; force-binary also asks for BINARY both ways.</summary>
    public static NegotiationPolicy Policy(AppSettings app, HostEntry host)
    {
        var policy = NegotiationPolicy.ForClient();
        foreach (var (name, value) in app.Telnet.OptionPolicies)
            Apply(policy, name, value);
        foreach (var (name, value) in host.OptionPolicies)
            Apply(policy, name, value);
        if (host.ForceBinary)
        {
            policy.Set(TelnetOption.Binary, TelnetSide.Local, TelnetOptionPolicy.Offer);
            policy.Set(TelnetOption.Binary, TelnetSide.Remote, TelnetOptionPolicy.Offer);
        }
        if (!app.Telnet.Mccp)
        {
            policy.Set(TelnetOption.Mccp2, TelnetSide.Remote, TelnetOptionPolicy.Refuse);
            policy.Set(TelnetOption.Mccp3, TelnetSide.Remote, TelnetOptionPolicy.Refuse);
        }
        return policy;
    }

    /// <summary>
    /// One book policy onto the sides a client uses the option on: the sides the built-in table already
    /// handles; for options it refuses, our side for the few a client performs (LFLOW, LINEMODE,
    /// XDISPLOC, ENVIRON) and the server's side for the rest (MUD protocols such as MXP, MSP, ATCP).
    /// </summary>
    private static void Apply(NegotiationPolicy policy, string name, CoreOptionPolicy value)
    {
        var code = (byte)KnownTelnetOptions.CodeOf(name);
        var mapped = value switch
        {
            CoreOptionPolicy.Request => TelnetOptionPolicy.Offer,
            CoreOptionPolicy.Accept => TelnetOptionPolicy.Accept,
            _ => TelnetOptionPolicy.Refuse,
        };
        var defaults = NegotiationPolicy.ForClient();
        var local = defaults.Get(code, TelnetSide.Local) != TelnetOptionPolicy.Refuse;
        var remote = defaults.Get(code, TelnetSide.Remote) != TelnetOptionPolicy.Refuse;
        if (!local && !remote)
        {
            local = LocalSideOptions.Contains(name);
            remote = !local;
        }
        if (local)
            policy.Set(code, TelnetSide.Local, mapped);
        if (remote)
            policy.Set(code, TelnetSide.Remote, mapped);
    }

    /// <summary>The IANA name CHARSET (RFC 2066) and MNES use for an encoding.</summary>
    public static string CharsetName(TerminalEncoding encoding) => encoding.Kind switch
    {
        TerminalEncodingKind.Utf8 => "UTF-8",
        TerminalEncodingKind.Cp437 => "IBM437",
        _ => encoding.Name.ToUpperInvariant(),
    };
}
