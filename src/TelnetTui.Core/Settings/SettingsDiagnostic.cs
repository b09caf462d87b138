using TelnetTui.Toml;

namespace TelnetTui.Core.Settings;

public enum DiagnosticSeverity
{
    /// <summary>The value was not used (its default applies, or the host is left out).</summary>
    Error,
    /// <summary>Worth knowing (an unknown key, a password not imported); nothing was lost.</summary>
    Warning,
}

/// <summary>
/// One problem found in a settings or book file, located for a person:
/// "book.toml:14:8: hosts.nethack.mode: 'bsb' is not allowed; use one of auto, bbs, mud".
/// </summary>
public sealed record SettingsDiagnostic(DiagnosticSeverity Severity, string? File, int Line, int Column, string Path, string Message)
{
    public static SettingsDiagnostic At(DiagnosticSeverity severity, TomlPosition? position, string? file, string path, string message) =>
        new(severity, position?.File ?? file, position?.Line ?? 0, position?.Column ?? 0, path, message);

    public static SettingsDiagnostic FromTomlError(TomlException error) =>
        new(DiagnosticSeverity.Error, error.Position.File, error.Position.Line, error.Position.Column, "", error.Reason);

    public override string ToString()
    {
        var where = Line > 0 ? $"{File ?? "settings"}:{Line}:{Column}: " : File is null ? "" : $"{File}: ";
        var path = Path.Length > 0 ? Path + ": " : "";
        var severity = Severity == DiagnosticSeverity.Warning ? "warning: " : "";
        return where + severity + path + Message;
    }
}
