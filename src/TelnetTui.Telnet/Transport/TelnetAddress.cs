using System.Globalization;

namespace TelnetTui.Telnet.Transport;

/// <summary>
/// Where to connect: host, port, and whether to use TLS. Parses the forms the command line accepts:
/// <c>host</c>, <c>host:port</c>, <c>[v6]:port</c>, <c>telnet://host[:port]</c>, <c>telnets://host[:port]</c>.
/// </summary>
public sealed record TelnetAddress(string Host, int Port, bool UseTls)
{
    /// <summary>RFC 854's well-known port.</summary>
    public const int DefaultPort = 23;

    /// <summary>The IANA port for telnet over TLS (telnets).</summary>
    public const int DefaultTlsPort = 992;

    public static bool TryParse(string text, out TelnetAddress? address, out string? error)
    {
        address = null;
        error = null;
        var rest = text.Trim();
        var tls = false;
        if (rest.StartsWith("telnets://", StringComparison.OrdinalIgnoreCase))
        {
            tls = true;
            rest = rest["telnets://".Length..];
        }
        else if (rest.StartsWith("telnet://", StringComparison.OrdinalIgnoreCase))
        {
            rest = rest["telnet://".Length..];
        }
        else if (rest.Contains("://", StringComparison.Ordinal))
        {
            error = $"'{text}': only telnet:// and telnets:// addresses are supported";
            return false;
        }
        rest = rest.TrimEnd('/');
        string host;
        string? portText = null;
        if (rest.StartsWith('['))
        {
            var close = rest.IndexOf(']');
            if (close < 0)
            {
                error = $"'{text}': missing ']' after an IPv6 address";
                return false;
            }
            host = rest[1..close];
            if (close + 1 < rest.Length)
            {
                if (rest[close + 1] != ':')
                {
                    error = $"'{text}': expected ':' and a port after ']'";
                    return false;
                }
                portText = rest[(close + 2)..];
            }
        }
        else if (rest.Count(c => c == ':') == 1)
        {
            var colon = rest.IndexOf(':');
            host = rest[..colon];
            portText = rest[(colon + 1)..];
        }
        else
        {
            host = rest;
        }
        if (host.Length == 0)
        {
            error = $"'{text}': no host name";
            return false;
        }
        var port = tls ? DefaultTlsPort : DefaultPort;
        if (portText is not null && !TryParsePort(portText, out port))
        {
            error = $"'{text}': '{portText}' is not a port number (1-65535)";
            return false;
        }
        address = new TelnetAddress(host, port, tls);
        return true;
    }

    public static bool TryParsePort(string text, out int port)
        => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out port) && port is >= 1 and <= 65535;

    public override string ToString() => $"{(UseTls ? "telnets" : "telnet")}://{(Host.Contains(':') ? $"[{Host}]" : Host)}:{Port}";
}
