using TelnetTui.Core.Book;
using TelnetTui.Core.Settings;

namespace TelnetTui.Core.Files;

/// <summary>
/// What <see cref="ConfigStore.Load"/> found: the settings to run with (defaults for anything that
/// could not be used), the book, every problem located by file/line/column, and the files created.
/// </summary>
public sealed record LoadedConfig(
    AppSettings Settings,
    ConnectionBook Book,
    ConfigDocumentFile SettingsFile,
    IReadOnlyList<SettingsDiagnostic> Diagnostics,
    IReadOnlyList<string> CreatedFiles)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>True when config.toml could not be parsed, so the program runs on default settings.</summary>
    public bool SettingsAreDefaults => SettingsFile.ParseError is not null;
}
