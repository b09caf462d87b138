using System.Text.RegularExpressions;
using TelnetTui.Core.Settings;
using TelnetTui.Toml;

namespace TelnetTui.Core.Book;

/// <summary>
/// Maps one [hosts.ID] table onto a <see cref="HostEntry"/>, reporting each bad field with its
/// place and the allowed values. A host with any error is left out of the book (and left alone in
/// the file), so a typo never connects somewhere unexpected.
/// </summary>
internal static class HostEntryMapper
{
    public const int MaxPatternLength = 1000;

    public static readonly IReadOnlyDictionary<string, HostMode> Modes = new Dictionary<string, HostMode>(StringComparer.Ordinal)
    {
        ["auto"] = HostMode.Auto, ["bbs"] = HostMode.Bbs, ["mud"] = HostMode.Mud,
    };

    public static readonly IReadOnlyDictionary<string, EnterKey> EnterKeys = new Dictionary<string, EnterKey>(StringComparer.Ordinal)
    {
        ["crlf"] = EnterKey.CrLf, ["crnul"] = EnterKey.CrNul, ["lf"] = EnterKey.Lf,
    };

    public static readonly IReadOnlyDictionary<string, KeyMapKind> KeyMaps = new Dictionary<string, KeyMapKind>(StringComparer.Ordinal)
    {
        ["vt"] = KeyMapKind.Vt, ["ansi-bbs"] = KeyMapKind.AnsiBbs, ["custom"] = KeyMapKind.Custom,
    };

    public static HostEntry? Map(string id, TableReader t)
    {
        var errorsBefore = t.Diagnostics.ErrorCount;
        if (id.Length == 0)
            t.Diagnostics.ErrorAtKey(t.Values, t.Path, "a host id must not be empty");
        var host = t.Parsed("host", "", s => (s.Trim(), s.Trim().Length == 0 || s.Any(char.IsWhiteSpace) ? "a host name or address without spaces" : null));
        if (!t.Has("host"))
            t.Diagnostics.ErrorAtKey(t.Values, t.Path, "'host' is required (the name or address to connect to)");
        var tls = t.Boolean("tls", false);
        var entry = new HostEntry
        {
            Id = id,
            Host = host,
            Name = t.String("name", ""),
            Port = t.Integer("port", tls ? 992 : HostEntry.DefaultPort, 1, 65535),
            Tls = tls,
            TlsFingerprint = t.Parsed("tls_fingerprint", (CertificatePin?)null, s => s.Length == 0 ? (null, null)
                : CertificatePin.TryParse(s, out var pin) ? (pin, null) : (null, $"'{s}' is not a certificate pin; write {CertificatePin.Syntax}")),
            Encoding = t.Parsed("encoding", KnownEncodings.Default, s => KnownEncodings.Canonical(s) is { } name
                ? (name, null) : (null, $"'{s}' is not a known encoding; use one of {string.Join(", ", KnownEncodings.Names)}")),
            Mode = t.Choice("mode", HostMode.Auto, Modes),
            TerminalType = t.Parsed("terminal_type", (string?)null, s => s.Length == 0 ? (null, null) : (s, Names.TerminalType(s))),
            EnterKey = t.Choice("enter_key", EnterKey.CrLf, EnterKeys),
            KeyMap = t.Choice("key_map", KeyMapKind.Vt, KeyMaps),
            IceColours = t.Boolean("ice_colours", false),
            NawsSize = t.Parsed("naws_size", (TerminalSize?)null, s => s.Length == 0 ? (null, null)
                : TerminalSize.TryParse(s, out var size) ? (size, null) : (null, $"'{s}' is not a size; write COLUMNSxROWS, each 1 to {TerminalSize.Max}, e.g. \"80x25\"")),
            ForceBinary = t.Boolean("force_binary", false),
            AutoLogin = AutoLogin(t.Table("auto_login")),
            AutoReconnect = Reconnect(t.Table("auto_reconnect")),
            Scripts = t.Strings("scripts", [], Names.NotEmpty),
            Triggers = t.Tables("triggers").Select(Trigger).OfType<TriggerRule>().ToList(),
            Aliases = t.Tables("aliases").Select(Alias).OfType<AliasRule>().ToList(),
            Notes = t.String("notes", ""),
            Tags = t.Strings("tags", [], Names.NotEmpty),
            LastConnected = t.DateTime("last_connected"),
            TimesConnected = t.Integer("times_connected", 0, 0, int.MaxValue),
            OptionPolicies = OptionPolicyReader.Read(t.Table("options")),
            ReAcknowledge = t.Boolean("reacknowledge", false),
        };
        t.ReportUnknownKeys();
        return t.Diagnostics.ErrorCount == errorsBefore ? entry : null;
    }

    private static AutoLogin? AutoLogin(TableReader? t)
    {
        if (t is null)
            return null;
        var user = t.Parsed("user", "", s => (s, Names.NotEmpty(s)));
        if (!t.Has("user"))
            t.Diagnostics.ErrorAtKey(t.Values, t.Path, "'user' is required for auto-login");
        var password = t.Parsed("password", PasswordSource.Prompt, s => PasswordSource.TryParse(s, out var source)
            ? (source.Value, null)
            : (default, $"the password is never stored in the book; use {PasswordSource.Allowed}"));
        t.ReportUnknownKeys();
        return new AutoLogin(user, password);
    }

    private static AutoReconnect Reconnect(TableReader? t)
    {
        var off = Book.AutoReconnect.Off;
        if (t is null)
            return off;
        var delay = t.Integer("delay", (int)off.Delay.TotalSeconds, 1, Book.AutoReconnect.MaxDelaySeconds);
        var result = new AutoReconnect(
            t.Boolean("enabled", false),
            TimeSpan.FromSeconds(delay),
            TimeSpan.FromSeconds(t.Integer("max_delay", Math.Max(delay, (int)off.MaxDelay.TotalSeconds), delay, Book.AutoReconnect.MaxDelaySeconds)),
            t.Integer("max_attempts", off.MaxAttempts, 0, 10_000));
        t.ReportUnknownKeys();
        return result;
    }

    private static TriggerRule? Trigger(TableReader t)
    {
        var errors = t.Diagnostics.ErrorCount;
        var pattern = Pattern(t);
        var send = t.Has("send") ? t.String("send", "") : null;
        var highlight = t.Has("highlight") ? t.Parsed("highlight", (string?)null, s => (s, HostColours.Check(s))) : null;
        var gag = t.Boolean("gag", false);
        if (!t.Has("send") && !t.Has("highlight") && !t.Has("gag"))
            t.Diagnostics.ErrorAtKey(t.Values, t.Path, "a trigger needs something to do: send, highlight or gag = true");
        t.ReportUnknownKeys();
        return t.Diagnostics.ErrorCount == errors ? new TriggerRule(pattern, send, highlight, gag) : null;
    }

    private static AliasRule? Alias(TableReader t)
    {
        var errors = t.Diagnostics.ErrorCount;
        var pattern = Pattern(t);
        var text = t.String("text", "");
        if (!t.Has("text"))
            t.Diagnostics.ErrorAtKey(t.Values, t.Path, "an alias needs 'text', what to send instead");
        t.ReportUnknownKeys();
        return t.Diagnostics.ErrorCount == errors ? new AliasRule(pattern, text) : null;
    }

    private static string Pattern(TableReader t)
    {
        if (!t.Has("pattern"))
        {
            t.Diagnostics.ErrorAtKey(t.Values, t.Path, "'pattern' is required (a regular expression)");
            return "";
        }
        return t.Parsed("pattern", "", s =>
        {
            if (s.Length is 0 or > MaxPatternLength)
                return (null, $"a pattern is 1 to {MaxPatternLength} characters");
            try
            {
                _ = new Regex(s, RegexOptions.None, TimeSpan.FromSeconds(1));
                return (s, null);
            }
            catch (ArgumentException e)
            {
                return (null, $"not a valid regular expression: {e.Message}");
            }
        });
    }
}
