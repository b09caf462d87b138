using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;

namespace TelnetTui.Cli;

/// <summary>
/// Where `telnettui HOST [PORT]` connects: a host name or address (IPv6 in brackets when a port follows),
/// a port, and TLS when asked by the URL. Accepted forms: <c>host</c>, <c>host PORT</c>, <c>host:port</c>,
/// <c>[::1]:port</c>, <c>telnet://host[:port][/]</c> and <c>telnets://host[:port][/]</c> (TLS, port 992 by default).
/// A bare word may also be the id of a book entry; the caller looks that up first.
/// </summary>
public sealed record ConnectTarget(string Host, int? Port, bool? Tls)
{
    public const int TelnetPort = 23;
    public const int TelnetsPort = 992;

    /// <summary>The port to use: the given one, else 992 for telnets, else 23.</summary>
    public int EffectivePort => Port ?? (Tls == true ? TelnetsPort : TelnetPort);

    /// <summary>"host:port" as shown to people (IPv6 literals in brackets).</summary>
    public string Display => (Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]" : Host) + ":" + EffectivePort;

    public static bool TryParse(string host, string? port, [NotNullWhen(true)] out ConnectTarget? target, [NotNullWhen(false)] out string? error)
    {
        target = null;
        error = null;
        var text = host.Trim();
        bool? tls = null;
        if (text.Contains("://", StringComparison.Ordinal))
        {
            var scheme = text[..text.IndexOf("://", StringComparison.Ordinal)].ToLowerInvariant();
            tls = scheme switch
            {
                "telnet" => false,
                "telnets" => true,
                _ => null,
            };
            if (tls is null)
            {
                error = $"'{host}': only telnet:// and telnets:// addresses are supported";
                return false;
            }
            text = text[(scheme.Length + 3)..].TrimEnd('/');
            var at = text.LastIndexOf('@');
            if (at >= 0)
                text = text[(at + 1)..]; // a user name in the URL is not used: telnet logs in by dialogue
        }
        string name;
        string? portText = null;
        if (text.StartsWith('['))
        {
            var close = text.IndexOf(']');
            if (close < 0)
            {
                error = $"'{host}': an IPv6 address in brackets is missing its ']'";
                return false;
            }
            name = text[1..close];
            var rest = text[(close + 1)..];
            if (rest.Length > 0)
            {
                if (rest[0] != ':')
                {
                    error = $"'{host}': expected ':' and a port after ']'";
                    return false;
                }
                portText = rest[1..];
            }
        }
        else if (text.Count(c => c == ':') == 1)
        {
            var colon = text.IndexOf(':');
            name = text[..colon];
            portText = text[(colon + 1)..];
        }
        else
            name = text; // a name, an IPv4 address, or a bare IPv6 address
        if (name.Length == 0)
        {
            error = $"'{host}' names no host";
            return false;
        }
        if (name.Contains(':', StringComparison.Ordinal) && !IPAddress.TryParse(name, out _))
        {
            error = $"'{name}' is not a host name or address";
            return false;
        }
        if (!name.Contains(':', StringComparison.Ordinal) && !name.All(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_'))
        {
            error = $"'{name}' is not a host name or address";
            return false;
        }
        if (portText is not null && port is not null)
        {
            error = $"the port is given twice ('{host}' and '{port}')";
            return false;
        }
        portText ??= port;
        int? number = null;
        if (portText is not null)
        {
            if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var p) || p is < 1 or > 65535)
            {
                error = $"'{portText}' is not a port (1 to 65535)";
                return false;
            }
            number = p;
        }
        target = new ConnectTarget(name, number, tls);
        return true;
    }
}
