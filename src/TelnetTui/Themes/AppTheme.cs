using TelnetTui.Tui;

namespace TelnetTui.Themes;

/// <summary>
/// Everything the app draws with: the toolkit's <see cref="Theme"/> for widgets, the app's own styles
/// (terminal pane, input line, inspector, status) and optionally a 16-colour palette the remote screen's
/// ANSI colours are drawn in. Each style has a dotted name a theme file sets.
/// </summary>
public sealed class AppTheme
{
    public string Name { get; set; } = "Default";

    public Theme Ui { get; set; } = new();

    public Style LocalEcho { get; set; } = new(Color.BrightYellow);
    public Style PromptMark { get; set; } = new(Color.BrightGreen, default, TextAttributes.Bold);
    public Style Url { get; set; } = new(default, default, TextAttributes.Underline);
    public Style Selection { get; set; } = new(default, default, TextAttributes.Reverse);
    public Style Search { get; set; } = new(Color.Black, Color.BrightYellow, TextAttributes.Bold);
    public Style Scrolled { get; set; } = new(Color.Black, Color.Yellow, TextAttributes.Bold);
    public Style ServerPrompt { get; set; } = new(Color.BrightGreen, default, TextAttributes.Bold);
    public Style Masked { get; set; } = new(Color.BrightRed);
    public Style Received { get; set; } = new(Color.BrightCyan);
    public Style Sent { get; set; } = new(Color.BrightGreen);
    public Style Notice { get; set; } = new(Color.BrightMagenta);
    public Style Online { get; set; } = new(Color.Black, Color.Green, TextAttributes.Bold);
    public Style Offline { get; set; } = new(Color.BrightWhite, Color.Red, TextAttributes.Bold);

    /// <summary>RGB for ANSI colours 0–15 (null: the user's terminal palette decides).</summary>
    public Color[]? Palette { get; set; }

    private static readonly Dictionary<string, (Func<AppTheme, Style> Get, Action<AppTheme, Style> Set)> Slots =
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["terminal.local-echo"] = (t => t.LocalEcho, (t, s) => t.LocalEcho = s),
            ["terminal.prompt-mark"] = (t => t.PromptMark, (t, s) => t.PromptMark = s),
            ["terminal.url"] = (t => t.Url, (t, s) => t.Url = s),
            ["terminal.selection"] = (t => t.Selection, (t, s) => t.Selection = s),
            ["terminal.search"] = (t => t.Search, (t, s) => t.Search = s),
            ["terminal.scrolled"] = (t => t.Scrolled, (t, s) => t.Scrolled = s),
            ["input.server-prompt"] = (t => t.ServerPrompt, (t, s) => t.ServerPrompt = s),
            ["input.masked"] = (t => t.Masked, (t, s) => t.Masked = s),
            ["inspector.received"] = (t => t.Received, (t, s) => t.Received = s),
            ["inspector.sent"] = (t => t.Sent, (t, s) => t.Sent = s),
            ["inspector.notice"] = (t => t.Notice, (t, s) => t.Notice = s),
            ["status.online"] = (t => t.Online, (t, s) => t.Online = s),
            ["status.offline"] = (t => t.Offline, (t, s) => t.Offline = s),
        };

    /// <summary>Every style name a theme file may set: the toolkit's and the app's.</summary>
    public static IEnumerable<string> Names => Theme.Names.Concat(Slots.Keys);

    /// <summary>Sets the style called <paramref name="name"/>; false when no such name exists.</summary>
    public bool TrySet(string name, Style style) =>
        Slots.TryGetValue(name, out var slot) ? Set(slot, style) : Ui.TrySet(name, style);

    public bool TryGet(string name, out Style style)
    {
        if (Slots.TryGetValue(name, out var slot))
        {
            style = slot.Get(this);
            return true;
        }
        return Ui.TryGet(name, out style);
    }

    private bool Set((Func<AppTheme, Style> Get, Action<AppTheme, Style> Set) slot, Style style)
    {
        slot.Set(this, style);
        return true;
    }

    /// <summary>
    /// Draws every style's ANSI colours (0–15) in the palette's RGB, so widgets match the remote screen.
    /// Only worth it on a true-colour terminal; elsewhere the terminal's own palette shows anyway.
    /// </summary>
    public void ApplyPaletteToStyles()
    {
        if (Palette is null)
            return;
        foreach (var name in Names.ToList())
        {
            if (TryGet(name, out var style))
                TrySet(name, new Style(MapColor(style.Foreground), MapColor(style.Background), style.Attributes));
        }
    }

    /// <summary>An ANSI colour (0–15) through the palette; anything else unchanged.</summary>
    public Color MapColor(Color color) =>
        Palette is { } palette && color.Kind == ColorKind.Indexed && color.Index < palette.Length ? palette[color.Index] : color;
}
