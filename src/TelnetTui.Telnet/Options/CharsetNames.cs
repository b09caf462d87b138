namespace TelnetTui.Telnet.Options;

/// <summary>
/// Normalises character set names from CHARSET (RFC 2066) and settings to one spelling (the IANA name
/// in upper case), so "utf8", "UTF-8" and "utf-8" compare equal. The one alias table: the settings'
/// encoding names (Core's KnownEncodings) resolve through it too.
/// </summary>
public static class CharsetNames
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UTF8"] = "UTF-8",
        ["UTF-8"] = "UTF-8",
        ["ASCII"] = "US-ASCII",
        ["US-ASCII"] = "US-ASCII",
        ["US"] = "US-ASCII",
        ["ANSI_X3.4-1968"] = "US-ASCII",
        ["LATIN1"] = "ISO-8859-1",
        ["LATIN-1"] = "ISO-8859-1",
        ["L1"] = "ISO-8859-1",
        ["ISO8859-1"] = "ISO-8859-1",
        ["ISO_8859-1"] = "ISO-8859-1",
        ["ISO-8859-1"] = "ISO-8859-1",
        ["CP819"] = "ISO-8859-1",
        ["IBM819"] = "ISO-8859-1",
        ["LATIN9"] = "ISO-8859-15",
        ["ISO8859-15"] = "ISO-8859-15",
        ["ISO_8859-15"] = "ISO-8859-15",
        ["CP437"] = "IBM437",
        ["IBM437"] = "IBM437",
        ["437"] = "IBM437",
        ["CSPC8CODEPAGE437"] = "IBM437",
        ["CP850"] = "IBM850",
        ["IBM850"] = "IBM850",
        ["LATIN2"] = "ISO-8859-2",
        ["ISO8859-2"] = "ISO-8859-2",
        ["ISO_8859-2"] = "ISO-8859-2",
        ["CP852"] = "IBM852",
        ["IBM852"] = "IBM852",
        ["CP866"] = "IBM866",
        ["IBM866"] = "IBM866",
        ["CP1250"] = "WINDOWS-1250",
        ["WINDOWS-1250"] = "WINDOWS-1250",
        ["CP1252"] = "WINDOWS-1252",
        ["WINDOWS-1252"] = "WINDOWS-1252",
        ["CP1251"] = "WINDOWS-1251",
        ["WINDOWS-1251"] = "WINDOWS-1251",
        ["KOI8R"] = "KOI8-R",
        ["KOI8-R"] = "KOI8-R",
        ["SJIS"] = "SHIFT_JIS",
        ["SHIFT-JIS"] = "SHIFT_JIS",
        ["SHIFT_JIS"] = "SHIFT_JIS",
        ["EUCKR"] = "EUC-KR",
        ["EUC-KR"] = "EUC-KR",
        ["EUCJP"] = "EUC-JP",
        ["EUC-JP"] = "EUC-JP",
        ["BIG-5"] = "BIG5",
        ["BIG5"] = "BIG5",
    };

    /// <summary>The canonical spelling of a character set name.</summary>
    public static string Normalize(string name)
    {
        var trimmed = name.Trim();
        return Aliases.TryGetValue(trimmed, out var canonical) ? canonical : trimmed.ToUpperInvariant();
    }

    /// <summary>True when both names denote the same character set.</summary>
    public static bool Same(string a, string b) => Normalize(a) == Normalize(b);
}
