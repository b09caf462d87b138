using TelnetTui.Core.Book;
using TelnetTui.Telnet.Transport;

namespace TelnetTui.Core.Sessions;

/// <summary>What <see cref="HostResolver.Resolve"/> found: the profile to connect with, and TLS as the user asked for it.</summary>
public sealed record ResolvedHost(HostEntry Host, bool? UseTls, bool InBook);

/// <summary>
/// Turns what the user typed (<c>telnettui HOST [PORT]</c>, the book's quick connect) into a host
/// profile: a book id names its entry; an address matching a book entry (same host, case-insensitive,
/// and port) uses that entry, so its encoding, mode, pins and TLS apply — a plain <c>telnet://</c> to an
/// entry marked TLS is then refused when connecting; anything else is a fresh entry with defaults.
/// </summary>
public static class HostResolver
{
    /// <param name="text">A book id, <c>host</c>, <c>host:port</c>, <c>[v6]:port</c>, <c>telnet://...</c> or <c>telnets://...</c>.</param>
    /// <param name="port">A separately given port (the command line's PORT), or null.</param>
    /// <param name="tls">--tls was given.</param>
    public static bool TryResolve(string text, int? port, bool tls, ConnectionBook? book, out ResolvedHost? resolved, out string? error)
    {
        resolved = null;
        if (port is null && book?.Find(text) is { } named)
        {
            error = null;
            resolved = new ResolvedHost(named, tls ? true : null, true);
            return true;
        }
        if (!TelnetAddress.TryParse(text, out var address, out error))
            return false;
        var useTls = address!.UseTls || tls;
        var effectivePort = port ?? (useTls && !HasExplicitPort(text) ? TelnetAddress.DefaultTlsPort : address.Port);
        var entry = book?.Hosts.FirstOrDefault(h => string.Equals(h.Host, address.Host, StringComparison.OrdinalIgnoreCase) && h.Port == effectivePort);
        if (entry is not null)
        {
            // What was typed decides TLS only when it says TLS; a plain address leaves it to the entry, which refuses when it says TLS.
            resolved = new ResolvedHost(entry, useTls ? true : (entry.Tls ? false : null), true);
            return true;
        }
        var id = address.Host.Contains(':', StringComparison.Ordinal) ? $"[{address.Host}]:{effectivePort}" : $"{address.Host}:{effectivePort}";
        resolved = new ResolvedHost(new HostEntry { Id = id, Host = address.Host, Port = effectivePort, Tls = useTls }, useTls, false);
        return true;
    }

    private static bool HasExplicitPort(string text)
    {
        var rest = text.Trim();
        var scheme = rest.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
            rest = rest[(scheme + 3)..];
        rest = rest.TrimEnd('/');
        if (rest.StartsWith('['))
            return rest.Contains("]:", StringComparison.Ordinal);
        return rest.Count(c => c == ':') == 1;
    }
}
