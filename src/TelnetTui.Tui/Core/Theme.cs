namespace TelnetTui.Tui;

/// <summary>
/// The styles widgets draw with, each under a dotted name a theme file can set ("selection",
/// "border.focused"...). The default keeps to the 16 ANSI colours and uses reverse video for selection,
/// so it stays readable on any palette and in monochrome.
/// </summary>
public sealed class Theme
{
    public Style Text { get; set; }
    public Style Border { get; set; } = new(Color.BrightBlack);
    public Style BorderFocused { get; set; } = new(Color.BrightCyan, default, TextAttributes.Bold);
    public Style Title { get; set; } = new(Color.White);
    public Style TitleFocused { get; set; } = new(Color.BrightCyan, default, TextAttributes.Bold);
    public Style Selection { get; set; } = new(default, default, TextAttributes.Reverse);
    public Style SelectionUnfocused { get; set; } = new(default, Color.BrightBlack);
    public Style Match { get; set; } = new(Color.BrightYellow, default, TextAttributes.Bold | TextAttributes.Underline);
    public Style Header { get; set; } = new(Color.BrightWhite, default, TextAttributes.Bold | TextAttributes.Underline);
    public Style Muted { get; set; } = new(Color.BrightBlack);
    public Style StatusBar { get; set; } = new(Color.Black, Color.Cyan);
    public Style StatusBarKey { get; set; } = new(Color.BrightWhite, Color.Blue, TextAttributes.Bold);
    public Style Input { get; set; }
    public Style InputFocused { get; set; } = new(default, default, TextAttributes.Underline);
    public Style Placeholder { get; set; } = new(Color.BrightBlack, default, TextAttributes.Italic);
    public Style Dialog { get; set; } = new(Color.White, Color.Blue);
    public Style DialogBorder { get; set; } = new(Color.BrightWhite, Color.Blue, TextAttributes.Bold);
    public Style Field { get; set; } = new(Color.Black, Color.White);
    public Style FieldFocused { get; set; } = new(Color.Black, Color.BrightCyan);
    public Style Button { get; set; } = new(Color.Black, Color.White);
    public Style ButtonFocused { get; set; } = new(Color.BrightWhite, Color.Red, TextAttributes.Bold);
    public Style Error { get; set; } = new(Color.BrightRed, default, TextAttributes.Bold);
    public Style Divider { get; set; } = new(Color.BrightBlack);
    public Style DividerActive { get; set; } = new(Color.BrightYellow, default, TextAttributes.Bold);
    public Style Tab { get; set; } = new(Color.White);
    public Style TabActive { get; set; } = new(Color.BrightWhite, Color.Blue, TextAttributes.Bold);
    public Style Key { get; set; } = new(Color.BrightYellow, default, TextAttributes.Bold);
    public Style Indicator { get; set; } = new(Color.Black, Color.Yellow, TextAttributes.Bold);

    public static Theme Default => new();

    private static readonly Dictionary<string, (Func<Theme, Style> Get, Action<Theme, Style> Set)> Slots =
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["text"] = (t => t.Text, (t, s) => t.Text = s),
            ["border"] = (t => t.Border, (t, s) => t.Border = s),
            ["border.focused"] = (t => t.BorderFocused, (t, s) => t.BorderFocused = s),
            ["title"] = (t => t.Title, (t, s) => t.Title = s),
            ["title.focused"] = (t => t.TitleFocused, (t, s) => t.TitleFocused = s),
            ["selection"] = (t => t.Selection, (t, s) => t.Selection = s),
            ["selection.unfocused"] = (t => t.SelectionUnfocused, (t, s) => t.SelectionUnfocused = s),
            ["match"] = (t => t.Match, (t, s) => t.Match = s),
            ["header"] = (t => t.Header, (t, s) => t.Header = s),
            ["muted"] = (t => t.Muted, (t, s) => t.Muted = s),
            ["status"] = (t => t.StatusBar, (t, s) => t.StatusBar = s),
            ["status.key"] = (t => t.StatusBarKey, (t, s) => t.StatusBarKey = s),
            ["input"] = (t => t.Input, (t, s) => t.Input = s),
            ["input.focused"] = (t => t.InputFocused, (t, s) => t.InputFocused = s),
            ["placeholder"] = (t => t.Placeholder, (t, s) => t.Placeholder = s),
            ["dialog"] = (t => t.Dialog, (t, s) => t.Dialog = s),
            ["dialog.border"] = (t => t.DialogBorder, (t, s) => t.DialogBorder = s),
            ["field"] = (t => t.Field, (t, s) => t.Field = s),
            ["field.focused"] = (t => t.FieldFocused, (t, s) => t.FieldFocused = s),
            ["button"] = (t => t.Button, (t, s) => t.Button = s),
            ["button.focused"] = (t => t.ButtonFocused, (t, s) => t.ButtonFocused = s),
            ["error"] = (t => t.Error, (t, s) => t.Error = s),
            ["divider"] = (t => t.Divider, (t, s) => t.Divider = s),
            ["divider.active"] = (t => t.DividerActive, (t, s) => t.DividerActive = s),
            ["tab"] = (t => t.Tab, (t, s) => t.Tab = s),
            ["tab.active"] = (t => t.TabActive, (t, s) => t.TabActive = s),
            ["key"] = (t => t.Key, (t, s) => t.Key = s),
            ["indicator"] = (t => t.Indicator, (t, s) => t.Indicator = s),
        };

    /// <summary>Every name a theme file may set.</summary>
    public static IEnumerable<string> Names => Slots.Keys;

    /// <summary>Sets the style called <paramref name="name"/>; false when no such name exists.</summary>
    public bool TrySet(string name, Style style)
    {
        if (!Slots.TryGetValue(name, out var slot))
            return false;
        slot.Set(this, style);
        return true;
    }

    public bool TryGet(string name, out Style style)
    {
        style = default;
        if (!Slots.TryGetValue(name, out var slot))
            return false;
        style = slot.Get(this);
        return true;
    }

    /// <summary>
    /// Sets every style in <paramref name="styles"/> (name → "bold yellow on blue"). Returns one message per
    /// unknown name or bad style, naming it; the valid entries are applied either way.
    /// </summary>
    public IReadOnlyList<string> Apply(IEnumerable<KeyValuePair<string, string>> styles)
    {
        var errors = new List<string>();
        foreach (var (name, text) in styles)
        {
            if (!Style.TryParse(text, out var style, out var error))
                errors.Add($"theme style '{name}': {error}");
            else if (!TrySet(name, style))
                errors.Add($"theme style '{name}' is unknown (known: {string.Join(", ", Names)})");
        }
        return errors;
    }

    public Theme Clone() => (Theme)MemberwiseClone();
}
