namespace TelnetTui.Core.Settings;

/// <summary>The [telnet] table: how the client introduces itself and which options it uses.</summary>
public sealed record TelnetSettings
{
    /// <summary>Sent where a protocol asks for the client's name (MTTS, NEW-ENVIRON, GMCP Core.Hello).</summary>
    public string ClientName { get; init; } = "TelnetTui";

    /// <summary>Names offered in turn to TTYPE SEND (RFC 1091 cycling); a host's terminal_type goes first.</summary>
    public IReadOnlyList<string> TerminalTypes { get; init; } = ["xterm-256color", "xterm", "ansi", "vt100"];

    /// <summary>Accept MCCP2/MCCP3 compression when a server offers it.</summary>
    public bool Mccp { get; init; } = true;

    /// <summary>GMCP packages announced in Core.Supports.Set, as "Package version".</summary>
    public IReadOnlyList<string> GmcpModules { get; init; } = ["Core 1", "Char 1", "Char.Vitals 1", "Room 1", "Comm.Channel 1"];

    /// <summary>Option name (see <see cref="KnownTelnetOptions"/>) → policy, overriding the built-in choice for every host.</summary>
    public IReadOnlyDictionary<string, OptionPolicy> OptionPolicies { get; init; } = new Dictionary<string, OptionPolicy>(StringComparer.Ordinal);
}
