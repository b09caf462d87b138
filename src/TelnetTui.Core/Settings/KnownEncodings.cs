namespace TelnetTui.Core.Settings;

/// <summary>
/// Character encodings a host may use, by the names people write. Each has a canonical name (what
/// the settings model carries) and aliases; all but cp437 come from .NET's code pages
/// (CodePagesEncodingProvider); cp437 is the terminal layer's own glyph table (see DESIGN.md).
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

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["utf8"] = "utf-8",
        ["ascii"] = "us-ascii",
        ["ibm437"] = "cp437",
        ["437"] = "cp437",
        ["ibm850"] = "cp850",
        ["ibm852"] = "cp852",
        ["ibm866"] = "cp866",
        ["latin1"] = "iso-8859-1",
        ["latin-1"] = "iso-8859-1",
        ["iso8859-1"] = "iso-8859-1",
        ["latin2"] = "iso-8859-2",
        ["latin9"] = "iso-8859-15",
        ["windows-1250"] = "cp1250",
        ["windows-1251"] = "cp1251",
        ["windows-1252"] = "cp1252",
        ["sjis"] = "shift_jis",
        ["shift-jis"] = "shift_jis",
    };

    /// <summary>The canonical name for what a person wrote, or null when it is not a known encoding.</summary>
    public static string? Canonical(string name)
    {
        var lower = name.Trim().ToLowerInvariant();
        if (DotNetNames.ContainsKey(lower))
            return lower;
        return Aliases.TryGetValue(lower, out var canonical) ? canonical : null;
    }

    public static IEnumerable<string> Names => DotNetNames.Keys;
}
