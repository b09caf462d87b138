using System.Globalization;

namespace TelnetTui.Core.Settings;

/// <summary>
/// Telnet option names accepted as keys of option policy tables, with their codes (from the IANA
/// telnet options registry and the MUD protocol specs). A decimal code "0".."255" is accepted too.
/// </summary>
public static class KnownTelnetOptions
{
    public static IReadOnlyDictionary<string, int> Codes { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["binary"] = 0,        // RFC 856
        ["echo"] = 1,          // RFC 857
        ["sga"] = 3,           // RFC 858
        ["status"] = 5,        // RFC 859
        ["timing-mark"] = 6,   // RFC 860
        ["ttype"] = 24,        // RFC 1091
        ["eor"] = 25,          // RFC 885
        ["naws"] = 31,         // RFC 1073
        ["tspeed"] = 32,       // RFC 1079
        ["lflow"] = 33,        // RFC 1372
        ["linemode"] = 34,     // RFC 1184
        ["xdisplay"] = 35,     // RFC 1096
        ["environ"] = 36,      // RFC 1408
        ["new-environ"] = 39,  // RFC 1572
        ["charset"] = 42,      // RFC 2066
        ["msdp"] = 69,         // MUD Server Data Protocol
        ["mssp"] = 70,         // MUD Server Status Protocol
        ["mccp1"] = 85,        // MUD Client Compression Protocol v1
        ["mccp2"] = 86,
        ["mccp3"] = 87,
        ["msp"] = 90,          // MUD Sound Protocol
        ["mxp"] = 91,          // MUD eXtension Protocol
        ["zmp"] = 93,          // Zenith MUD Protocol
        ["atcp"] = 200,        // Achaea Telnet Client Protocol
        ["gmcp"] = 201,        // Generic MUD Communication Protocol
    };

    /// <summary>The canonical key for a name or code ("NAWS" → "naws", "31" → "naws", "200" → "atcp"), or null.</summary>
    public static string? Canonical(string key)
    {
        var lower = key.ToLowerInvariant();
        if (Codes.ContainsKey(lower))
            return lower;
        if (int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && code is >= 0 and <= 255)
            return Codes.FirstOrDefault(kv => kv.Value == code).Key ?? code.ToString(CultureInfo.InvariantCulture);
        return null;
    }

    /// <summary>The option code for a canonical key.</summary>
    public static int CodeOf(string canonical) =>
        Codes.TryGetValue(canonical, out var code) ? code : int.Parse(canonical, CultureInfo.InvariantCulture);
}
