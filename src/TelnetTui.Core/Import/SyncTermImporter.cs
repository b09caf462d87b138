using System.Globalization;
using TelnetTui.Core.Book;
using TelnetTui.Core.Settings;

namespace TelnetTui.Core.Import;

/// <summary>
/// Reads a SyncTERM dialing directory (syncterm.lst: one [Name] section per system with Address,
/// Port, ConnectionType, TerminalType, Comment, UserName, LastConnected, TotalCalls, ...). Telnet
/// and TelnetS entries become hosts; every other connection type is skipped with a reason.
/// SyncTERM is a BBS client, so imported hosts are BBS mode, CP437, ANSI-BBS keys. Passwords are
/// not imported (the book never holds them): an entry with a user name gets auto-login with prompt.
/// </summary>
public static class SyncTermImporter
{
    // SyncTERM's conn_types_enum order (conn.c): the value may be a name or this index.
    private static readonly string[] ConnectionTypes =
        ["Unknown", "RLogin", "RLoginReversed", "Telnet", "Raw", "SSH", "SSHNA", "Modem", "Serial", "NoRTS", "Shell", "MBBSGhost", "TelnetS", "MQTT"];

    private const int TelnetPort = 23;
    private const int TelnetsPort = 992;

    /// <summary>SyncTERM reserves this section name for its own cache (bbslist.c).</summary>
    private const string ReservedSection = "syncterm-system-cache";

    public static SyncTermImport Parse(string text, string? file = null)
    {
        var (_, sections) = IniFile.Parse(text);
        var hosts = new List<HostEntry>();
        var skipped = new List<SkippedEntry>();
        var notes = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var section in sections)
        {
            if (section.Name.Equals(ReservedSection, StringComparison.OrdinalIgnoreCase))
                continue;
            if (!seen.Add(section.Name))
            {
                skipped.Add(new SkippedEntry(section.Name, section.Line, "a second entry with this name (SyncTERM uses the first)"));
                continue;
            }
            var type = ConnectionType(section.Values);
            if (type is not ("Telnet" or "TelnetS"))
            {
                var why = type is null
                    ? "no ConnectionType, which SyncTERM reads as SSH"
                    : $"connection type {type} is not telnet";
                skipped.Add(new SkippedEntry(section.Name, section.Line, why));
                continue;
            }
            var address = Value(section.Values, "Address");
            if (address.Length == 0 || address.Any(char.IsWhiteSpace))
            {
                skipped.Add(new SkippedEntry(section.Name, section.Line, address.Length == 0 ? "no Address" : $"Address '{address}' is not a host name"));
                continue;
            }
            var tls = type == "TelnetS";
            var port = TryInt(Value(section.Values, "Port"), out var p) && p is >= 1 and <= 65535 ? p : tls ? TelnetsPort : TelnetPort;
            var user = Value(section.Values, "UserName");
            if (Value(section.Values, "Password").Length > 0 || Value(section.Values, "SystemPassword").Length > 0)
                notes.Add($"{section.Name}: the saved password was not imported; TelnetTui never stores passwords and will ask for it.");
            var terminalType = Value(section.Values, "TerminalType");
            if (terminalType.Length > 0 && Names.TerminalType(terminalType) is not null)
            {
                notes.Add($"{section.Name}: terminal type '{terminalType}' is not a valid name and was left out.");
                terminalType = "";
            }
            hosts.Add(new HostEntry
            {
                Id = section.Name,
                Name = section.Name,
                Host = StripScheme(address),
                Port = port,
                Tls = tls,
                Encoding = "cp437",
                Mode = HostMode.Bbs,
                KeyMap = KeyMapKind.AnsiBbs,
                TerminalType = terminalType.Length > 0 ? terminalType : null,
                NawsSize = TerminalSize.TryParse(Value(section.Values, "ScreenMode"), out var size) ? size : null,
                AutoLogin = user.Length > 0 ? new AutoLogin(user, PasswordSource.Prompt) : null,
                Notes = Value(section.Values, "Comment"),
                LastConnected = Date(Value(section.Values, "LastConnected")),
                TimesConnected = TryInt(Value(section.Values, "TotalCalls"), out var calls) && calls >= 0 ? calls : 0,
                Tags = ["syncterm"],
            });
        }
        return new SyncTermImport(file, hosts, skipped, notes);
    }

    private static string Value(IReadOnlyDictionary<string, string> values, string key) =>
        values.TryGetValue(key, out var v) ? v : "";

    private static string? ConnectionType(IReadOnlyDictionary<string, string> values)
    {
        var text = Value(values, "ConnectionType");
        if (text.Length == 0)
            return null;
        var named = ConnectionTypes.FirstOrDefault(t => t.Equals(text, StringComparison.OrdinalIgnoreCase));
        if (named is not null)
            return named;
        return TryInt(text, out var index) && index >= 0 && index < ConnectionTypes.Length ? ConnectionTypes[index] : text;
    }

    private static string StripScheme(string address)
    {
        foreach (var scheme in new[] { "telnet://", "telnets://" })
        {
            if (address.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
                return address[scheme.Length..].TrimEnd('/');
        }
        return address;
    }

    private static bool TryInt(string text, out int value) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    /// <summary>
    /// SyncTERM writes dates as "Mon DD YYYY HH:MM:SS" (ctime fields, local time; the day may be
    /// space-padded), "Never" for none, or a raw time_t. Local times are read with this machine's zone.
    /// </summary>
    internal static DateTimeOffset? Date(string text)
    {
        if (text.Length == 0 || text.Equals("Never", StringComparison.OrdinalIgnoreCase))
            return null;
        if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            && long.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex) && hex > 0)
            return DateTimeOffset.FromUnixTimeSeconds(hex);
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0)
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        var collapsed = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        string[] formats = ["MMM d yyyy HH:mm:ss", "MMM d yyyy"];
        if (DateTime.TryParseExact(collapsed, formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeLocal, out var local))
            return new DateTimeOffset(local);
        return null;
    }
}
