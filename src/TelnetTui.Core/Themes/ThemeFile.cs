using TelnetTui.Core.Settings;
using TelnetTui.Toml;

namespace TelnetTui.Core.Themes;

/// <summary>
/// A theme as written in themes/NAME.toml: a display name, named styles (what each UI element looks like,
/// in the words of a style: "bold yellow on blue") and optionally the 16 ANSI colours as RGB. The UI layer
/// knows which style names exist and how to parse a style; this model keeps each value's place in the
/// file so a bad one is reported as "default.toml:12:9".
/// </summary>
public sealed record ThemeFile
{
    /// <summary>The 16 colours of the palette: black, red, green, yellow, blue, magenta, cyan, white, then their bright forms.</summary>
    public const int PaletteSize = 16;

    public required string Name { get; init; }

    public string Description { get; init; } = "";

    /// <summary>Style name → style text, in file order.</summary>
    public IReadOnlyList<ThemeStyle> Styles { get; init; } = [];

    /// <summary>The 16 ANSI colours as 0xRRGGBB, or null to leave the user's terminal palette alone.</summary>
    public IReadOnlyList<int>? Palette { get; init; }

    /// <summary>Problems found while reading (a bad entry is left out; the rest of the theme is used).</summary>
    public IReadOnlyList<SettingsDiagnostic> Diagnostics { get; init; } = [];
}

/// <summary>One entry of a theme's [styles] table and where it was written.</summary>
public sealed record ThemeStyle(string Name, string Text, TomlPosition? Position);
