using TelnetTui.Telnet.Options;

namespace TelnetTui.Core.Settings;

/// <summary>
/// Character encodings a host may use, by the names people write. Each has a canonical name (what
/// the settings model carries) and aliases; all but cp437 come from .NET's code pages
/// (CodePagesEncodingProvider); cp437 is the terminal layer's own glyph table (see DESIGN.md). Aliases
/// resolve through <see cref="CharsetNames"/>, the same table CHARSET (RFC 2066) negotiation uses.
/// </summary>
public static class KnownEncodings
{
    public const string Default = "utf-8";

    /// <summary>Canonical name → .NET encoding name (null for cp437, which the terminal layer translates itself).</summary>
    public static IReadOnlyDictionary<string, string?> DotNetNames { get; } = new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["utf-8"] = "utf-8",
        ["us-ascii"] = "us-ascii",
        ["cp437"] = null,
        ["cp850"] = "ibm850",
        ["cp852"] = "ibm852",
        ["cp866"] = "cp866",
        ["iso-8859-1"] = "iso-8859-1",
        ["iso-8859-2"] = "iso-8859-2",
        ["iso-8859-5"] = "iso-8859-5",
        ["iso-8859-7"] = "iso-8859-7",
        ["iso-8859-9"] = "iso-8859-9",
        ["iso-8859-15"] = "iso-8859-15",
        ["cp1250"] = "windows-1250",
        ["cp1251"] = "windows-1251",
        ["cp1252"] = "windows-1252",
        ["koi8-r"] = "koi8-r",
        ["koi8-u"] = "koi8-u",
        ["big5"] = "big5",
        ["gbk"] = "gbk",
        ["gb18030"] = "gb18030",
        ["shift_jis"] = "shift_jis",
        ["euc-jp"] = "euc-jp",
        ["euc-kr"] = "euc-kr",
    };

    // IANA spelling (Telnet's CharsetNames, the one alias table) → canonical name.
    private static readonly Dictionary<string, string> ByIanaName =
        DotNetNames.Keys.ToDictionary(name => CharsetNames.Normalize(name), StringComparer.Ordinal);

    /// <summary>The canonical name for what a person wrote, or null when it is not a known encoding.</summary>
    public static string? Canonical(string name)
        => ByIanaName.TryGetValue(CharsetNames.Normalize(name), out var canonical) ? canonical : null;

    public static IEnumerable<string> Names => DotNetNames.Keys;
}
