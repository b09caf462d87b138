using System.Globalization;
using TelnetTui.Core.Book;
using TelnetTui.Core.Settings;

namespace TelnetTui.Dialogs;

/// <summary>
/// A host entry being edited in the host dialog, as the texts and choices of its fields. Each page of the
/// dialog reads and writes it, so switching pages keeps what was typed; <see cref="ToEntry"/> makes the
/// entry the book saves (the book checks it again with the same rules as the file). Triggers and aliases
/// are kept as they were: they are edited in the file (or by scripts).
/// </summary>
public sealed class HostDraft
{
    public static readonly string[] Modes = ["auto", "bbs", "mud"];
    public static readonly string[] EnterKeys = ["crlf", "crnul", "lf"];
    public static readonly string[] KeyMaps = ["vt", "ansi-bbs", "custom"];

    public HostDraft(HostEntry? entry)
    {
        Original = entry;
        var e = entry ?? new HostEntry { Id = "", Host = "" };
        Id = e.Id;
        Name = e.Name;
        Host = e.Host;
        Port = entry is null ? null : e.Port;
        Tls = e.Tls;
        Encoding = e.Encoding;
        Mode = e.Mode.ToString().ToLowerInvariant();
        Tags = string.Join(", ", e.Tags);
        Notes = e.Notes;
        TlsFingerprint = e.TlsFingerprint?.ToString() ?? "";
        TerminalType = e.TerminalType ?? "";
        EnterKey = e.EnterKey switch { Core.Book.EnterKey.CrNul => "crnul", Core.Book.EnterKey.Lf => "lf", _ => "crlf" };
        KeyMap = e.KeyMap switch { KeyMapKind.AnsiBbs => "ansi-bbs", KeyMapKind.Custom => "custom", _ => "vt" };
        IceColours = e.IceColours;
        NawsSize = e.NawsSize?.ToString() ?? "";
        ForceBinary = e.ForceBinary;
        ReAcknowledge = e.ReAcknowledge;
        Scripts = string.Join(", ", e.Scripts);
        LoginUser = e.AutoLogin?.User ?? "";
        LoginPassword = e.AutoLogin?.Password.ToString() ?? "prompt";
        Reconnect = e.AutoReconnect.Enabled;
        ReconnectDelay = (int)e.AutoReconnect.Delay.TotalSeconds;
        ReconnectMaxDelay = (int)e.AutoReconnect.MaxDelay.TotalSeconds;
        ReconnectAttempts = e.AutoReconnect.MaxAttempts;
        Options = string.Join(", ", e.OptionPolicies.Select(p => $"{p.Key}={p.Value.ToString().ToLowerInvariant()}"));
    }

    /// <summary>The entry as it was (null when adding).</summary>
    public HostEntry? Original { get; }

    public string Id { get; set; }
    public string Name { get; set; }
    public string Host { get; set; }
    public int? Port { get; set; }
    public bool Tls { get; set; }
    public string Encoding { get; set; }
    public string Mode { get; set; }
    public string Tags { get; set; }
    public string Notes { get; set; }
    public string TlsFingerprint { get; set; }
    public string TerminalType { get; set; }
    public string EnterKey { get; set; }
    public string KeyMap { get; set; }
    public bool IceColours { get; set; }
    public string NawsSize { get; set; }
    public bool ForceBinary { get; set; }
    public bool ReAcknowledge { get; set; }
    public string Scripts { get; set; }
    public string LoginUser { get; set; }
    public string LoginPassword { get; set; }
    public bool Reconnect { get; set; }
    public int ReconnectDelay { get; set; }
    public int ReconnectMaxDelay { get; set; }
    public int ReconnectAttempts { get; set; }
    public string Options { get; set; }

    // ---- field checks (null: fine) ----

    public static string? CheckId(string id) =>
        id.Length is 0 or > HostIds.MaxLength || !id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_')
            ? $"1 to {HostIds.MaxLength} lower-case letters, digits, '-' or '_'"
            : null;

    public static string? CheckHost(string host) =>
        host.Length == 0 || host.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '/' or '@')
            ? "a host name or address, without spaces"
            : null;

    public static string? CheckFingerprint(string text) =>
        text.Length == 0 || CertificatePin.TryParse(text, out _) ? null : "write " + CertificatePin.Syntax;

    public static string? CheckTerminalType(string text) =>
        text.Length == 0 || (text.Length <= 40 && text.All(c => c is >= '!' and <= '~')) ? null : "1 to 40 printable ASCII characters, no spaces";

    public static string? CheckNawsSize(string text) =>
        text.Length == 0 || TerminalSize.TryParse(text, out _) ? null : "COLUMNSxROWS, e.g. 80x25 (empty follows the pane)";

    public static string? CheckPassword(string text) =>
        PasswordSource.TryParse(text, out _) ? null : "one of " + PasswordSource.Allowed;

    public static string? CheckOptions(string text) => ParseOptions(text, out var problem) is null ? problem : null;

    /// <summary>"gmcp=request, mssp=refuse" → policies; null with a problem when a part is wrong.</summary>
    public static Dictionary<string, OptionPolicy>? ParseOptions(string text, out string? problem)
    {
        problem = null;
        var result = new Dictionary<string, OptionPolicy>(StringComparer.Ordinal);
        foreach (var part in Split(text))
        {
            var eq = part.IndexOf('=');
            var name = eq < 0 ? null : KnownTelnetOptions.Canonical(part[..eq].Trim());
            var policy = eq < 0 ? "" : part[(eq + 1)..].Trim().ToLowerInvariant();
            if (name is null || policy is not ("accept" or "request" or "refuse"))
            {
                problem = $"'{part}': write option=accept|request|refuse (options: {string.Join(", ", KnownTelnetOptions.Codes.Keys)} or 0-255)";
                return null;
            }
            result[name] = Enum.Parse<OptionPolicy>(policy, ignoreCase: true);
        }
        return result;
    }

    public static IReadOnlyList<string> Split(string list) =>
        list.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The entry these values make (the original's triggers, aliases and connection history kept).</summary>
    public HostEntry ToEntry()
    {
        var baseEntry = Original ?? new HostEntry { Id = Id, Host = Host };
        var autoLogin = LoginUser.Trim().Length == 0 ? null
            : new AutoLogin(LoginUser.Trim(), PasswordSource.TryParse(LoginPassword.Trim(), out var source) ? source.Value : PasswordSource.Prompt);
        return baseEntry with
        {
            Id = Id.Trim(),
            Name = Name.Trim(),
            Host = Host.Trim(),
            Port = Port ?? (Tls ? 992 : HostEntry.DefaultPort),
            Tls = Tls,
            TlsFingerprint = CertificatePin.TryParse(TlsFingerprint, out var pin) ? pin : null,
            Encoding = KnownEncodings.Canonical(Encoding) ?? KnownEncodings.Default,
            Mode = Enum.Parse<HostMode>(Mode, ignoreCase: true),
            TerminalType = TerminalType.Trim().Length == 0 ? null : TerminalType.Trim(),
            EnterKey = EnterKey switch { "crnul" => Core.Book.EnterKey.CrNul, "lf" => Core.Book.EnterKey.Lf, _ => Core.Book.EnterKey.CrLf },
            KeyMap = KeyMap switch { "ansi-bbs" => KeyMapKind.AnsiBbs, "custom" => KeyMapKind.Custom, _ => KeyMapKind.Vt },
            IceColours = IceColours,
            NawsSize = TerminalSize.TryParse(NawsSize.Trim(), out var size) ? size : null,
            ForceBinary = ForceBinary,
            ReAcknowledge = ReAcknowledge,
            Scripts = Split(Scripts),
            Tags = Split(Tags),
            Notes = Notes.Trim(),
            AutoLogin = autoLogin,
            AutoReconnect = new AutoReconnect(Reconnect, TimeSpan.FromSeconds(ReconnectDelay), TimeSpan.FromSeconds(ReconnectMaxDelay), ReconnectAttempts),
            OptionPolicies = ParseOptions(Options, out _) ?? new Dictionary<string, OptionPolicy>(StringComparer.Ordinal),
        };
    }

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
