using System.Net;
using TelnetTui.Cli;

namespace TelnetTui.App;

/// <summary>What the command line asked the TUI to do at start: open the book, connect to a target or a book entry, or run the demo.</summary>
public sealed record LaunchRequest
{
    public ConnectTarget? Target { get; init; }

    /// <summary>A book entry named on the command line by its id.</summary>
    public string? BookId { get; init; }

    /// <summary>The embedded demo server's address (--demo), already listening.</summary>
    public IPEndPoint? Demo { get; init; }

    public SessionOverrides Overrides { get; init; } = new();
}
