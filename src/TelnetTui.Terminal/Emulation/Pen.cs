using System.Runtime.CompilerServices;
using TelnetTui.Terminal.Model;

namespace TelnetTui.Terminal.Emulation;

/// <summary>
/// The current graphic rendition (SGR state), kept as fields that SGR changes in place, and what it
/// turns into when written: packed style bits, cached until the rendition changes. In ANSI-BBS mode
/// bold means a bright foreground and, with iCE colours, blink means a bright background, as on a VGA
/// text screen (which has no bold font).
/// </summary>
internal sealed class Pen
{
    private readonly Screen _screen;

    public Color Foreground;
    public Color Background;
    public Color UnderlineColor;
    public CellAttributes Attributes;
    public UnderlineStyle Underline;
    public int HyperlinkId;

    private bool _effectiveDirty = true;
    private bool _blankDirty = true;
    private Style _effective;
    private ulong _inlineBits;
    private bool _isInline = true;
    private Blank _blank = Blank.Default;

    // The bits last interned into a row's style table (valid while that table is unchanged).
    private Row? _cachedRow;
    private int _cachedVersion;
    private ulong _cachedBits;

    public Pen(Screen screen) => _screen = screen;

    /// <summary>The rendition as SGR set it.</summary>
    public Style Style
    {
        get => new(Foreground, Background, Attributes, Underline, UnderlineColor, HyperlinkId);
        set
        {
            Foreground = value.Foreground;
            Background = value.Background;
            Attributes = value.Attributes;
            Underline = value.Underline;
            UnderlineColor = value.UnderlineColor;
            HyperlinkId = value.HyperlinkId;
            Changed();
        }
    }

    /// <summary>Call after changing the fields, or a mode the effective style depends on (ANSI-BBS, iCE colours).</summary>
    public void Changed()
    {
        _effectiveDirty = true;
        _blankDirty = true;
        _cachedRow = null;
        Refresh();
    }

    public void Invalidate() => Changed();

    /// <summary>
    /// SGR 0 on its own, the most frequent sequence in coloured output: the fields are reset and, unless a
    /// hyperlink is open, the packed bits and the blank are known without working them out (no colours, at most
    /// DECSCA protection, which neither ANSI-BBS nor iCE colours change).
    /// </summary>
    public void ResetRendition()
    {
        SgrParser.Reset(this);
        if (HyperlinkId != 0)
        {
            Changed();
            return;
        }
        _effectiveDirty = true;
        _cachedRow = null;
        _isInline = PackedCell.TryInline(Color.Default, Color.Default, Attributes, UnderlineStyle.None, Color.Default, 0, out _inlineBits);
        _blank = Blank.Default;
        _blankDirty = false;
    }

    /// <summary>The style cells are written in.</summary>
    public Style Effective
    {
        get
        {
            if (_effectiveDirty)
                RefreshEffective();
            return _effective;
        }
    }

    /// <summary>Packed style bits for a cell written in <paramref name="row"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong BitsFor(Row row) => _isInline ? _inlineBits : BitsFromTable(row);

    /// <summary>
    /// <see cref="BitsFor"/> for a style kept in the row's table: kept out of line so the writers that inline
    /// the common case stay small.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private ulong BitsFromTable(Row row)
    {
        if (ReferenceEquals(row, _cachedRow) && row.ExtrasVersion == _cachedVersion)
            return _cachedBits;
        _cachedBits = row.StyleBits(Effective, 0, isInline: false);
        if (!ReferenceEquals(row, _cachedRow))
            _cachedRow = row;
        _cachedVersion = row.ExtrasVersion;
        return _cachedBits;
    }

    /// <summary>
    /// What erased cells get: the effective colours, no renditions. Returned by reference, since every line
    /// feed passes it on and the callers only read it.
    /// </summary>
    public ref readonly Blank Blank
    {
        get
        {
            if (_blankDirty)
                RefreshBlank();
            return ref _blank;
        }
    }

    private void RefreshBlank()
    {
        _blank = new Blank(Effective);
        _blankDirty = false;
    }

    /// <summary>
    /// The packed bits after a change (once per colour change, so it is on the hot path): computed from the
    /// fields directly, at once, so writing text only reads them; the <see cref="Style"/> value is built only
    /// when something asks for it.
    /// </summary>
    private void Refresh()
    {
        if (_screen.AnsiBbs)
        {
            RefreshVga();
            return;
        }
        _isInline = PackedCell.TryInline(Foreground, Background, Attributes, Underline, UnderlineColor, HyperlinkId, out _inlineBits);
    }

    /// <summary><see cref="Refresh"/> in ANSI-BBS mode, where bold and (with iCE colours) blink change the colours.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void RefreshVga()
    {
        var fg = Foreground;
        var bg = Background;
        var attributes = Attributes;
        ToVga(ref fg, ref bg, ref attributes, _screen.IceColors);
        _isInline = PackedCell.TryInline(fg, bg, attributes, Underline, UnderlineColor, HyperlinkId, out _inlineBits);
    }

    private void RefreshEffective()
    {
        _effectiveDirty = false;
        var fg = Foreground;
        var bg = Background;
        var attributes = Attributes;
        if (_screen.AnsiBbs)
            ToVga(ref fg, ref bg, ref attributes, _screen.IceColors);
        _effective = new Style(fg, bg, attributes, Underline, UnderlineColor, HyperlinkId);
    }

    private static void ToVga(ref Color fg, ref Color bg, ref CellAttributes attributes, bool iceColors)
    {
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
    }
}
