using System.Net;
using TelnetTui.Cli;
using TelnetTui.Core.Sessions;

namespace TelnetTui.App;

/// <summary>What the command line asked the TUI to do at start: open the book, connect to a target or a book entry, or run the demo.</summary>
public sealed record LaunchRequest
{
    /// <summary>The host named on the command line (a book id, an address, a URL), resolved against the book.</summary>
    public ResolvedHost? Target { get; init; }

    /// <summary>The embedded demo server's address (--demo), already listening.</summary>
    public IPEndPoint? Demo { get; init; }

    public SessionOverrides Overrides { get; init; } = new();
}
