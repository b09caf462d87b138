using System.Globalization;
using TelnetTui.Core.Settings;
using TelnetTui.Toml;

namespace TelnetTui.Core.Themes;

/// <summary>
/// Reads a theme file:
/// <code>
/// name = "Classic CGA"
/// description = "..."
/// [styles]
/// "status" = "black on cyan"
/// [palette]
/// colours = ["#000000", "#aa0000", ...]   # exactly 16, "#rrggbb"
/// </code>
/// A file that is not TOML throws <see cref="TomlException"/> (with its line and column); wrong types,
/// a palette of the wrong length and bad colours become diagnostics.
/// </summary>
public static class ThemeReader
{
    public static ThemeFile Read(string text, string fileName)
    {
        var root = TomlReader.Read(text, fileName);
        var bag = new DiagnosticBag(fileName);
        var reader = new TableReader(root, "", bag);
        var fallbackName = Path.GetFileNameWithoutExtension(fileName);
        var name = reader.String("name", fallbackName);
        var description = reader.String("description", "");
        var styles = new List<ThemeStyle>();
        if (reader.Table("styles") is { } table)
        {
            foreach (var (key, value) in table.Entries())
            {
                if (value is TomlString s)
                    styles.Add(new ThemeStyle(key, s.Value, s.Position));
                else
                    bag.Error(value, table.PathOf(key), $"expected a string (a style like \"bold yellow on blue\"), found {TomlValue.Describe(value.Kind)}");
            }
        }
        IReadOnlyList<int>? palette = null;
        if (reader.Table("palette") is { } paletteTable)
        {
            palette = Palette(paletteTable, bag);
            paletteTable.ReportUnknownKeys();
        }
        reader.ReportUnknownKeys();
        return new ThemeFile
        {
            Name = name.Length > 0 ? name : fallbackName,
            Description = description,
            Styles = styles,
            Palette = palette,
            Diagnostics = bag.InFileOrder(),
        };
    }

    public static ThemeFile ReadFile(string path) => Read(File.ReadAllText(path), path);

    private static IReadOnlyList<int>? Palette(TableReader table, DiagnosticBag bag)
    {
        if (!table.TryGet("colours", TomlValueKind.Array, out var value))
            return null;
        var array = (TomlArray)value;
        if (array.Count != ThemeFile.PaletteSize)
        {
            bag.Error(array, table.PathOf("colours"), $"a palette has exactly {ThemeFile.PaletteSize} colours (the 8 ANSI colours, then their bright forms), not {array.Count}");
            return null;
        }
        var colours = new int[ThemeFile.PaletteSize];
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not TomlString s || !TryParseRgb(s.Value, out colours[i]))
            {
                bag.Error(array[i], $"{table.PathOf("colours")}[{i}]", "expected a colour written \"#rrggbb\"");
                return null;
            }
        }
        return colours;
    }

    /// <summary>"#rrggbb" → 0xRRGGBB.</summary>
    public static bool TryParseRgb(string text, out int rgb)
    {
        rgb = 0;
        return text.Length == 7 && text[0] == '#'
            && int.TryParse(text.AsSpan(1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out rgb);
    }
}
