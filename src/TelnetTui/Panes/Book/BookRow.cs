using TelnetTui.Cli;
using TelnetTui.Core.Book;

namespace TelnetTui.Panes.Book;

/// <summary>A row of the book's list: a saved host, or "connect to" what was typed in the filter (a quick connect).</summary>
public sealed record BookRow(HostEntry? Host, ConnectTarget? Quick, string Typed = "")
{
    /// <summary>The text shown and filtered: name, address and tags, so typing any of them finds the host.</summary>
    public string Text => Host is { } h
        ? $"{h.DisplayName}  {Address(h)}{(h.Tags.Count > 0 ? "  " + string.Join(' ', h.Tags.Select(t => "#" + t)) : "")}"
        : $"→ connect to {Typed}";

    public static string Address(HostEntry h) =>
        (h.Host.Contains(':', StringComparison.Ordinal) ? $"[{h.Host}]" : h.Host) + ":" + h.Port + (h.Tls ? " (TLS)" : "");

    /// <summary>
    /// What typed text means as an address: "host", "host:port", "host port", telnet:// and telnets://
    /// URLs. Null when it cannot be one (then no quick-connect row is offered).
    /// </summary>
    public static ConnectTarget? ParseTyped(string typed)
    {
        var parts = typed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is 0 or > 2)
            return null;
        return ConnectTarget.TryParse(parts[0], parts.Length == 2 ? parts[1] : null, out var target, out _) ? target : null;
    }
}
