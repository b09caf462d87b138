using TelnetTui.Core.Book;
using TelnetTui.Core.Input;
using TelnetTui.Core.Settings;

namespace TelnetTui.Core.Sessions;

/// <summary>
/// Everything a <see cref="Session"/> is made from. <see cref="Host"/> is the profile: a book entry, or
/// one made on the spot for a quick connect (<see cref="HostEntry"/> with just Host and Port). The
/// overrides are what the command line or the connect dialog asked for on top of the entry.
/// </summary>
public sealed class SessionOptions
{
    public required HostEntry Host { get; init; }

    public AppSettings Settings { get; init; } = AppSettings.Defaults;

    /// <summary>The connection book: a host found in it by id gets last_connected / times_connected updated on each connect.</summary>
    public ConnectionBook? Book { get; init; }

    /// <summary>TLS as asked (telnets://, --tls); null follows the entry. Plain telnet to an entry that says TLS is refused.</summary>
    public bool? UseTls { get; init; }

    /// <summary>Encoding as asked (--encoding); null follows the entry.</summary>
    public string? Encoding { get; init; }

    /// <summary>Force BINARY (--force-binary); null follows the entry.</summary>
    public bool? ForceBinary { get; init; }

    /// <summary>Terminal type offered first (--term); null follows the entry.</summary>
    public string? TerminalType { get; init; }

    /// <summary>The terminal pane's size at the start (the emulator's, unless the entry pins a NAWS size).</summary>
    public int Columns { get; init; } = 80;

    public int Rows { get; init; } = 24;

    public TimeProvider Clock { get; init; } = TimeProvider.System;

    public ISessionConnector Connector { get; init; } = TcpSessionConnector.Default;

    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Negotiating becomes Online at the first data, or once no negotiation happened for this long.
    /// </summary>
    public TimeSpan NegotiationQuietPeriod { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// While a line filter is set (gag/highlight triggers): how long the unfinished line is held back before
    /// it is drawn unfiltered (a prompt without GA, a line whose rest is still on its way). Zero draws it
    /// at the end of each read.
    /// </summary>
    public TimeSpan PartialLineHold { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Input history for the host; null keeps none. See <see cref="InputHistory.ForHost"/>.</summary>
    public InputHistory? History { get; init; }

    /// <summary>Negotiation records kept for the inspector.</summary>
    public int NegotiationLogCapacity { get; init; } = Negotiation.NegotiationLog.DefaultCapacity;

    /// <summary>SGR parameters of the local echo of sent lines (bright yellow by default).</summary>
    public string LocalEchoSgr { get; init; } = "93";

    /// <summary>SGR parameters of the client's notices in the terminal (connected, closed, reconnecting).</summary>
    public string NoticeSgr { get; init; } = "96";

    /// <summary>Write notices (connection closed, reconnecting...) into the terminal.</summary>
    public bool ShowNotices { get; init; } = true;

    /// <summary>
    /// Record character-mode keys in captures. Off by default: in character mode the client cannot
    /// tell a password from other typing (the BBS echoes '*' itself), so keys are a redacted count.
    /// </summary>
    public bool CaptureTypedKeys { get; init; }
}
