using System.Globalization;
using TelnetTui.Core.Book;
using TelnetTui.Core.Sessions;

namespace TelnetTui.Panes.Book;

/// <summary>A row of the book's list: a saved host, or "connect to" what was typed in the filter (a quick connect).</summary>
public sealed record BookRow(HostEntry? Host, ResolvedHost? Quick, string Typed = "")
{
    /// <summary>The text shown and filtered: name, address and tags, so typing any of them finds the host.</summary>
    public string Text => Host is { } h
        ? $"{h.DisplayName}  {Address(h)}{(h.Tags.Count > 0 ? "  " + string.Join(' ', h.Tags.Select(t => "#" + t)) : "")}"
        : $"→ connect to {Typed}";

    public static string Address(HostEntry h) =>
        (h.Host.Contains(':', StringComparison.Ordinal) ? $"[{h.Host}]" : h.Host) + ":" + h.Port + (h.Tls ? " (TLS)" : "");

    /// <summary>
    /// What typed text means as an address ("host", "host:port", "host port", telnet:// and telnets://
    /// URLs, or a book id), through the session layer's <see cref="HostResolver"/>: an address of a saved
    /// host uses that entry. Null when it cannot be one (then no quick-connect row is offered).
    /// </summary>
    public static ResolvedHost? ParseTyped(string typed, ConnectionBook? book)
    {
        var parts = typed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is 0 or > 2 || !LooksLikeHost(parts[0]))
            return null;
        int? port = null;
        if (parts.Length == 2)
        {
            if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var p) || p is < 1 or > 65535)
                return null;
            port = p;
        }
        return HostResolver.TryResolve(parts[0], port, false, book, out var resolved, out _) ? resolved : null;
    }

    /// <summary>Host names are letters, digits, '.', '-' and '_'; addresses add ':' and brackets; URLs "://" (a tag like "#mud" is not one).</summary>
    public static bool LooksLikeHost(string text) =>
        text.Length > 0 && text.All(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' or ':' or '[' or ']' or '/');

    /// <summary>"host:port" of a resolved quick connect, as shown.</summary>
    public static string Display(ResolvedHost r) => Address(r.Host) + (r.UseTls == true && !r.Host.Tls ? " (TLS)" : "");
}
