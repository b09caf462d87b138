using System.Reflection;
using System.Text.RegularExpressions;
using TelnetTui.Core.Book;
using TelnetTui.Core.Files;
using TelnetTui.Core.Settings;
using TelnetTui.Core.Tests.Support;
using TelnetTui.Testing;
using TelnetTui.Toml;

namespace TelnetTui.Core.Tests.Settings;

/// <summary>
/// Issue 4: "appsettings.example.toml documents every field with a comment and is itself tested:
/// it must load into exactly the defaults plus its sample hosts."
/// </summary>
public class ExampleConfigTests
{
    private static string ExamplePath => SharedData.InRepo("appsettings.example.toml");

    [Fact]
    public void Example_loads_into_exactly_the_default_settings_without_any_diagnostic()
    {
        var root = TomlReader.ReadFile(ExamplePath);
        var (settings, diagnostics) = SettingsMapper.Map(root, ExamplePath, [BookMapper.HostsKey]);
        Assert.Empty(diagnostics);
        ModelAssert.Equal(AppSettings.Defaults, settings);
    }

    [Fact]
    public void Example_loads_exactly_its_two_sample_hosts()
    {
        var root = TomlReader.ReadFile(ExamplePath);
        var (hosts, diagnostics) = BookMapper.Map(root, ExamplePath, reportOtherKeys: false);
        Assert.Empty(diagnostics);
        ModelAssert.Equal(new[] { SampleHosts.DemoBbs, SampleHosts.DemoMud }, hosts);
    }

    [Fact]
    public void The_built_in_copy_is_the_repository_file()
    {
        Assert.Equal(File.ReadAllText(ExamplePath), ExampleConfig.Text);
        Assert.Equal(ExampleConfig.Text, ExampleConfig.ConfigPart + ExampleConfig.BookPart);
        Assert.False(TomlReader.Read(ExampleConfig.ConfigPart).ContainsKey(BookMapper.HostsKey));
        Assert.Equal([BookMapper.HostsKey], TomlReader.Read(ExampleConfig.BookPart).Keys);
    }

    [Fact]
    public void Example_is_written_back_byte_for_byte()
    {
        var bytes = File.ReadAllBytes(ExamplePath);
        Assert.Equal(bytes, TomlDocument.Parse(bytes, ExamplePath).ToUtf8Bytes());
    }

    /// <summary>
    /// The first time each key appears (per table; all hosts count as one table) it has a comment:
    /// on its line or in the comment lines of its block above.
    /// </summary>
    [Fact]
    public void Every_key_in_the_example_is_explained_by_a_comment()
    {
        var lines = File.ReadAllLines(ExamplePath);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var table = "";
        var undocumented = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith('['))
            {
                var path = TomlPath.Parse(line.Trim('[', ']'));
                table = string.Join('.', path.Select((s, n) => n == 1 && path[0].Key == BookMapper.HostsKey ? "*" : s.ToString()));
                continue;
            }
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var key = table + "." + line[..line.IndexOf('=')].Trim();
            if (!seen.Add(key) || line.Contains(" # ", StringComparison.Ordinal))
                continue;
            var documented = false;
            for (var j = i - 1; j >= 0 && lines[j].Trim().Length > 0; j--)
            {
                if (lines[j].TrimStart().StartsWith('#'))
                {
                    documented = true;
                    break;
                }
            }
            if (!documented)
                undocumented.Add($"line {i + 1}: {line}");
        }
        Assert.True(seen.Count >= 50, $"only {seen.Count} keys found: the check is not reading the file");
        Assert.True(undocumented.Count == 0, "keys without a comment:\n" + string.Join("\n", undocumented));
    }

    /// <summary>Every property of the settings and host model appears as a key in the example (so none is undocumented).</summary>
    [Theory]
    [InlineData(typeof(UiSettings), "ui")]
    [InlineData(typeof(LoggingSettings), "logging")]
    [InlineData(typeof(TelnetSettings), "telnet")]
    [InlineData(typeof(ScriptingSettings), "scripts")]
    [InlineData(typeof(HostEntry), "hosts.*")]
    [InlineData(typeof(AutoLogin), "hosts.*.auto_login")]
    [InlineData(typeof(AutoReconnect), "hosts.*.auto_reconnect")]
    [InlineData(typeof(TriggerRule), "hosts.*.triggers[]")]
    [InlineData(typeof(AliasRule), "hosts.*.aliases[]")]
    [InlineData(typeof(PaneSettings), "ui.panes.*")]
    public void Every_model_property_is_a_key_in_the_example(Type type, string where)
    {
        var keys = KeysAt(TomlReader.ReadFile(ExamplePath), where.Split('.'));
        var missing = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name is not ("Id" or "DisplayName"))
            .Select(p => TomlName(type, p.Name))
            .Where(name => !keys.Contains(name))
            .ToList();
        Assert.True(missing.Count == 0, $"{where} in the example lacks: {string.Join(", ", missing)}");
    }

    // Property names that are not simply the snake_case of the key.
    private static string TomlName(Type type, string property) => (type.Name, property) switch
    {
        ("UiSettings", "KeyBindings") => "keys",
        ("TelnetSettings", "OptionPolicies") or ("HostEntry", "OptionPolicies") => "options",
        ("PaneSettings", "SizePercent") => "size",
        ("HostEntry", "ReAcknowledge") => "reacknowledge",
        _ => Regex.Replace(property, "(?<=[a-z])([A-Z])", "_$1").ToLowerInvariant(),
    };

    /// <summary>Keys found at a path where "*" is any key and "name[]" any element of an array of tables.</summary>
    private static HashSet<string> KeysAt(TomlTable root, string[] path)
    {
        IEnumerable<TomlTable> tables = [root];
        foreach (var step in path)
        {
            tables = step switch
            {
                "*" => tables.SelectMany(t => t.Select(kv => kv.Value).OfType<TomlTable>()),
                _ when step.EndsWith("[]", StringComparison.Ordinal) => tables
                    .SelectMany(t => t.TryGetValue(step[..^2], out var v) && v is TomlArray a ? a.OfType<TomlTable>() : []),
                _ => tables.SelectMany(t => t.TryGetValue(step, out var v) && v is TomlTable sub ? [sub] : Array.Empty<TomlTable>()),
            };
        }
        return tables.SelectMany(t => t.Keys).ToHashSet(StringComparer.Ordinal);
    }
}
