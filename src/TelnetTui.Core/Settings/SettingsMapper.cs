using TelnetTui.Toml;

namespace TelnetTui.Core.Settings;

/// <summary>
/// Maps config.toml onto <see cref="AppSettings"/>. Every bad field is reported with its place and
/// what is allowed, and keeps its default; unknown keys are warnings.
/// </summary>
public static class SettingsMapper
{
    /// <summary>Reads settings from a parsed file; <paramref name="otherKeys"/> are top-level keys owned by someone else (e.g. "hosts").</summary>
    public static (AppSettings Settings, IReadOnlyList<SettingsDiagnostic> Diagnostics) Map(TomlTable root, string? file, IReadOnlyCollection<string>? otherKeys = null)
    {
        var diagnostics = new DiagnosticBag(file ?? root.Position?.File);
        var reader = new TableReader(root, "", diagnostics);
        var settings = new AppSettings
        {
            Ui = Ui(reader.Table("ui")),
            Logging = Logging(reader.Table("logging")),
            Telnet = Telnet(reader.Table("telnet")),
            Scripts = Scripts(reader.Table("scripts")),
        };
        reader.ReportUnknownKeys(otherKeys);
        return (settings, diagnostics.InFileOrder());
    }

    private static UiSettings Ui(TableReader? t)
    {
        var defaults = new UiSettings();
        if (t is null)
            return defaults;
        var result = new UiSettings
        {
            Theme = t.Parsed("theme", defaults.Theme, s => (s, Names.Theme(s))),
            ScrollbackLines = t.Integer("scrollback_lines", defaults.ScrollbackLines, 0, UiSettings.MaxScrollbackLines),
            Panes = Panes(t.Table("panes"), defaults.Panes),
            KeyBindings = Keys(t.Table("keys")),
        };
        t.ReportUnknownKeys();
        return result;
    }

    private static IReadOnlyDictionary<string, PaneSettings> Panes(TableReader? t, IReadOnlyDictionary<string, PaneSettings> defaults)
    {
        var result = new Dictionary<string, PaneSettings>(defaults, StringComparer.Ordinal);
        if (t is null)
            return result;
        foreach (var (name, value) in t.Entries())
        {
            if (!defaults.TryGetValue(name, out var pane))
            {
                t.Diagnostics.ErrorAtKey(value, t.PathOf(name), $"'{name}' is not a pane; use one of {string.Join(", ", UiSettings.PaneNames)}");
                continue;
            }
            var p = t.Table(name);
            if (p is null)
                continue;
            result[name] = new PaneSettings(p.Boolean("open", pane.Open),
                p.Integer("size", pane.SizePercent, PaneSettings.MinSizePercent, PaneSettings.MaxSizePercent));
            p.ReportUnknownKeys();
        }
        return result;
    }

    /// <summary>[ui.keys]: action = "key"; "" unbinds; a key bound twice is an error naming both actions.</summary>
    private static IReadOnlyDictionary<string, KeyChord> Keys(TableReader? t)
    {
        var result = new Dictionary<string, KeyChord>(KeyBindings.Defaults, StringComparer.Ordinal);
        if (t is null)
            return result;
        var given = new Dictionary<string, TomlValue>(StringComparer.Ordinal);
        foreach (var (action, value) in t.Entries())
        {
            if (!KeyBindings.IsAction(action))
            {
                t.Diagnostics.ErrorAtKey(value, t.PathOf(action), $"'{action}' is not an action; use one of {string.Join(", ", KeyBindings.Actions)}");
                continue;
            }
            if (value is not TomlString { Value: var text })
            {
                t.Diagnostics.Error(value, t.PathOf(action), $"expected a string, found {TomlValue.Describe(value.Kind)}");
                continue;
            }
            if (text.Length == 0)
            {
                result.Remove(action);
                continue;
            }
            if (!KeyChord.TryParse(text, out var chord, out var problem))
            {
                t.Diagnostics.Error(value, t.PathOf(action), $"'{text}': {problem}; write {KeyChord.Syntax}");
                continue;
            }
            result[action] = chord.Value;
            given[action] = value;
        }
        // A key left at its default may clash with one set here: the one set here wins the report.
        foreach (var group in result.GroupBy(kv => kv.Value).Where(g => g.Count() > 1))
        {
            var actions = group.Select(kv => kv.Key).Order(StringComparer.Ordinal).ToList();
            var at = actions.Select(a => given.GetValueOrDefault(a)).FirstOrDefault(v => v is not null);
            t.Diagnostics.Error(at, t.Path, $"{group.Key} is bound to {string.Join(" and ", actions)}; a key can do one thing (set one of them to another key or \"\")");
            foreach (var action in actions.Where(given.ContainsKey))
            {
                if (KeyBindings.Defaults.TryGetValue(action, out var fallback))
                    result[action] = fallback;
                else
                    result.Remove(action);
            }
        }
        return result;
    }

    private static LoggingSettings Logging(TableReader? t)
    {
        var defaults = new LoggingSettings();
        if (t is null)
            return defaults;
        var result = new LoggingSettings
        {
            LogFolder = t.String("log_folder", defaults.LogFolder),
            CaptureFolder = t.String("capture_folder", defaults.CaptureFolder),
        };
        t.ReportUnknownKeys();
        return result;
    }

    private static TelnetSettings Telnet(TableReader? t)
    {
        var defaults = new TelnetSettings();
        if (t is null)
            return defaults;
        var types = t.Strings("terminal_types", defaults.TerminalTypes, Names.TerminalType);
        if (types.Count == 0)
        {
            t.Diagnostics.Error(t.Values["terminal_types"], t.PathOf("terminal_types"), "needs at least one terminal type");
            types = defaults.TerminalTypes;
        }
        var result = new TelnetSettings
        {
            ClientName = t.Parsed("client_name", defaults.ClientName, s => (s, Names.ClientName(s))),
            TerminalTypes = types,
            Mccp = t.Boolean("mccp", defaults.Mccp),
            GmcpModules = t.Strings("gmcp_modules", defaults.GmcpModules, Names.GmcpModule),
            OptionPolicies = OptionPolicyReader.Read(t.Table("options")),
        };
        t.ReportUnknownKeys();
        return result;
    }

    private static ScriptingSettings Scripts(TableReader? t)
    {
        var defaults = new ScriptingSettings();
        if (t is null)
            return defaults;
        var result = new ScriptingSettings { Folder = t.String("folder", defaults.Folder) };
        t.ReportUnknownKeys();
        return result;
    }
}
