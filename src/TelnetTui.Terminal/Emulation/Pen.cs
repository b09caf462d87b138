using TelnetTui.Terminal.Model;

namespace TelnetTui.Terminal.Emulation;

/// <summary>
/// The current graphic rendition (SGR state) and what it turns into when written: packed style bits,
/// cached until SGR changes it. In ANSI-BBS mode bold means a bright foreground and, with iCE colours,
/// blink means a bright background, as on a VGA text screen (which has no bold font).
/// </summary>
internal sealed class Pen
{
    private readonly Screen _screen;
    private Style _style;
    private Style _effective;
    private ulong _inlineBits;
    private bool _isInline = true;
    private bool _dirty;
    private Blank _blank = Blank.Default;

    public Pen(Screen screen) => _screen = screen;

    /// <summary>The rendition as SGR set it.</summary>
    public Style Style
    {
        get => _style;
        set
        {
            _style = value;
            _dirty = true;
        }
    }

    /// <summary>Call when a mode the effective style depends on (ANSI-BBS, iCE colours) changes.</summary>
    public void Invalidate() => _dirty = true;

    /// <summary>The style cells are written in.</summary>
    public Style Effective
    {
        get
        {
            Refresh();
            return _effective;
        }
    }

    /// <summary>Packed style bits for a cell written in <paramref name="row"/>.</summary>
    public ulong BitsFor(Row row)
    {
        Refresh();
        return _isInline ? _inlineBits : row.StyleBits(_effective, 0, isInline: false);
    }

    /// <summary>What erased cells get: the effective colours, no renditions.</summary>
    public Blank Blank
    {
        get
        {
            Refresh();
            return _blank;
        }
    }

    private void Refresh()
    {
        if (!_dirty)
            return;
        _dirty = false;
        _effective = _screen.AnsiBbs ? ToVga(_style, _screen.IceColors) : _style;
        _isInline = PackedCell.TryInline(_effective, out _inlineBits);
        _blank = new Blank(_effective);
    }

    private static Style ToVga(Style style, bool iceColors)
    {
        var fg = style.Foreground;
        var bg = style.Background;
        var attributes = style.Attributes;
        if ((attributes & CellAttributes.Bold) != 0 && (fg.IsDefault || (fg.Kind == ColorKind.Indexed && fg.Index < 8)))
        {
            fg = Color.Indexed((fg.IsDefault ? 7 : fg.Index) + 8);
            attributes &= ~CellAttributes.Bold;
        }
        if (iceColors && (attributes & CellAttributes.Blink) != 0 && (bg.IsDefault || (bg.Kind == ColorKind.Indexed && bg.Index < 8)))
        {
            bg = Color.Indexed((bg.IsDefault ? 0 : bg.Index) + 8);
            attributes &= ~CellAttributes.Blink;
        }
        return style with { Foreground = fg, Background = bg, Attributes = attributes };
    }
}
