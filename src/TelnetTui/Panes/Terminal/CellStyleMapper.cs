using TelnetTui.Tui;
using TermColor = TelnetTui.Terminal.Model.Color;
using TermColorKind = TelnetTui.Terminal.Model.ColorKind;
using TermAttributes = TelnetTui.Terminal.Model.CellAttributes;
using TermStyle = TelnetTui.Terminal.Model.Style;
using TermUnderline = TelnetTui.Terminal.Model.UnderlineStyle;

namespace TelnetTui.Panes.Terminal;

/// <summary>
/// Turns the emulator's cell styles into the toolkit's. ANSI colours 0–15 go through a palette when there
/// is one (the theme's, or CGA for an ANSI-BBS host on a true-colour terminal); in ANSI-BBS mode bold
/// makes a dark colour bright, as a CGA text screen did. The last style is cached: a screen row is mostly
/// runs of one style, so most cells cost one comparison.
/// </summary>
public sealed class CellStyleMapper
{
    private Color[]? _palette;
    private bool _ansiBbs;
    private bool _reverse;
    private TermStyle _lastIn;
    private Style _lastOut;
    private bool _hasLast;

    /// <summary>Sets how colours are drawn for the next frame; clears the cache when anything changed.</summary>
    public void Configure(Color[]? palette, bool ansiBbs, bool reverseVideo)
    {
        if (ReferenceEquals(palette, _palette) && ansiBbs == _ansiBbs && reverseVideo == _reverse)
            return;
        _palette = palette;
        _ansiBbs = ansiBbs;
        _reverse = reverseVideo;
        _hasLast = false;
    }

    public Style Map(in TermStyle style)
    {
        if (_hasLast && style == _lastIn)
            return _lastOut;
        var attributes = TextAttributes.None;
        var a = style.Attributes;
        if ((a & TermAttributes.Bold) != 0)
            attributes |= TextAttributes.Bold;
        if ((a & TermAttributes.Faint) != 0)
            attributes |= TextAttributes.Dim;
        if ((a & TermAttributes.Italic) != 0)
            attributes |= TextAttributes.Italic;
        if ((a & TermAttributes.Blink) != 0)
            attributes |= TextAttributes.Blink;
        if ((a & TermAttributes.Inverse) != 0)
            attributes |= TextAttributes.Reverse;
        if ((a & TermAttributes.Hidden) != 0)
            attributes |= TextAttributes.Hidden;
        if ((a & TermAttributes.Strikethrough) != 0)
            attributes |= TextAttributes.Strikethrough;
        if (style.Underline != TermUnderline.None)
            attributes |= TextAttributes.Underline;
        if (_reverse)
            attributes ^= TextAttributes.Reverse; // DECSCNM: the whole screen in reverse video
        var fg = style.Foreground;
        if (_ansiBbs && (a & TermAttributes.Bold) != 0)
        {
            // ANSI-BBS: bold is "high intensity", the bright half of the CGA palette, not a heavier font.
            if (fg.IsDefault)
                fg = TermColor.Indexed(15);
            else if (fg.Kind == TermColorKind.Indexed && fg.Index < 8)
                fg = TermColor.Indexed(fg.Index + 8);
            attributes &= ~TextAttributes.Bold;
        }
        var result = new Style(Convert(fg), Convert(style.Background), attributes);
        _lastIn = style;
        _lastOut = result;
        _hasLast = true;
        return result;
    }

    private Color Convert(TermColor color) => color.Kind switch
    {
        TermColorKind.Indexed when _palette is { } p && color.Index < p.Length => p[color.Index],
        TermColorKind.Indexed => Color.FromIndex(color.Index),
        TermColorKind.Rgb => Color.FromRgb(color.R, color.G, color.B),
        _ => Color.Default,
    };
}
