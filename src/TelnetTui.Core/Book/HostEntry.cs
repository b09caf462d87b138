using TelnetTui.Core.Settings;

namespace TelnetTui.Core.Book;

/// <summary>
/// One saved host in the connection book ([hosts.ID] in book.toml). Plain values only: the
/// session layer maps them onto telnet and terminal settings.
/// </summary>
public sealed record HostEntry
{
    public const int DefaultPort = 23;

    /// <summary>The key under [hosts]: unique, stable, what scripts and the command line refer to.</summary>
    public required string Id { get; init; }

    /// <summary>Shown in the book; empty means the id.</summary>
    public string Name { get; init; } = "";

    public required string Host { get; init; }

    public int Port { get; init; } = DefaultPort;

    public bool Tls { get; init; }

    public CertificatePin? TlsFingerprint { get; init; }

    /// <summary>Canonical name from <see cref="KnownEncodings"/>.</summary>
    public string Encoding { get; init; } = KnownEncodings.Default;

    public HostMode Mode { get; init; } = HostMode.Auto;

    /// <summary>First name offered to TTYPE; null uses [telnet] terminal_types.</summary>
    public string? TerminalType { get; init; }

    public EnterKey EnterKey { get; init; } = EnterKey.CrLf;

    public KeyMapKind KeyMap { get; init; } = KeyMapKind.Vt;

    /// <summary>iCE colours: blink attribute means bright background (ANSI-BBS art).</summary>
    public bool IceColours { get; init; }

    /// <summary>Size reported by NAWS instead of the terminal pane's; null follows the pane.</summary>
    public TerminalSize? NawsSize { get; init; }

    /// <summary>Ask for BINARY both ways at connect (8-bit clean data for CP437 and file transfers).</summary>
    public bool ForceBinary { get; init; }

    public AutoLogin? AutoLogin { get; init; }

    public AutoReconnect AutoReconnect { get; init; } = AutoReconnect.Off;

    /// <summary>Lua scripts to load, relative to the scripts folder unless absolute.</summary>
    public IReadOnlyList<string> Scripts { get; init; } = [];

    public IReadOnlyList<TriggerRule> Triggers { get; init; } = [];

    public IReadOnlyList<AliasRule> Aliases { get; init; } = [];

    public string Notes { get; init; } = "";

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset? LastConnected { get; init; }

    public int TimesConnected { get; init; }

    /// <summary>Per-host option policies, over [telnet.options].</summary>
    public IReadOnlyDictionary<string, OptionPolicy> OptionPolicies { get; init; } = new Dictionary<string, OptionPolicy>(StringComparer.Ordinal);

    /// <summary>Answer a repeated WILL with DO again (some MUDs re-send WILL and wait), bending RFC 1143's no-reply rule.</summary>
    public bool ReAcknowledge { get; init; }

    public string DisplayName => Name.Length > 0 ? Name : Id;
}
