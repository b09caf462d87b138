using TelnetTui.Toml;

namespace TelnetTui.Core.Settings;

/// <summary>Collects the problems found while mapping one file.</summary>
internal sealed class DiagnosticBag(string? file)
{
    public List<SettingsDiagnostic> Items { get; } = [];

    /// <summary>The problems in file order, as a person reads the file.</summary>
    public IReadOnlyList<SettingsDiagnostic> InFileOrder() =>
        Items.OrderBy(d => d.Line == 0 ? int.MaxValue : d.Line).ThenBy(d => d.Column).ToList();

    public string? File { get; } = file;

    public int ErrorCount { get; private set; }

    public void Error(TomlValue? at, string path, string message)
    {
        ErrorCount++;
        Items.Add(SettingsDiagnostic.At(DiagnosticSeverity.Error, at?.Position, File, path, message));
    }

    public void ErrorAtKey(TomlValue? at, string path, string message)
    {
        ErrorCount++;
        Items.Add(SettingsDiagnostic.At(DiagnosticSeverity.Error, at?.KeyPosition, File, path, message));
    }

    public void WarningAtKey(TomlValue? at, string path, string message) =>
        Items.Add(SettingsDiagnostic.At(DiagnosticSeverity.Warning, at?.KeyPosition, File, path, message));
}
