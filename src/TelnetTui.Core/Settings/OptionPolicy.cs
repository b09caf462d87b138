namespace TelnetTui.Core.Settings;

/// <summary>
/// What the client does about one telnet option, overriding the built-in choice.
/// The later telnet layer maps these onto its RFC 1143 option table.
/// </summary>
public enum OptionPolicy
{
    /// <summary>Agree when the server asks (DO/WILL), never ask first.</summary>
    Accept,
    /// <summary>Ask for the option when connecting, and agree when asked.</summary>
    Request,
    /// <summary>Never agree and never ask.</summary>
    Refuse,
}
