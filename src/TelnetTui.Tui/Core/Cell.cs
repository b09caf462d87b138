using System.Buffers;
using System.Text;
using TelnetTui.Tui.Text;

namespace TelnetTui.Tui;

/// <summary>
/// One screen cell: a grapheme cluster, the columns it takes and its style. A wide character occupies its
/// cell (width 2) and the next one, which holds a continuation (width 0). Single-rune graphemes (nearly all)
/// are stored without allocating; only multi-rune clusters keep a string. Controls never get into a cell:
/// they become U+FFFD, so text from a remote host can never steer the user's terminal.
/// </summary>
public readonly struct Cell : IEquatable<Cell>
{
    private const int ReplacementChar = 0xFFFD;
    private static readonly string[] AsciiStrings = CreateAsciiStrings();

    private readonly string? _cluster;
    private readonly int _rune;

    public Style Style { get; }
    /// <summary>Columns taken: 1 or 2, or 0 for the continuation half of a wide character.</summary>
    public byte Width { get; }

    private Cell(int rune, string? cluster, Style style, byte width)
    {
        _rune = rune;
        _cluster = cluster;
        Style = style;
        Width = width;
    }

    /// <summary>A space in the default style: what an empty screen is made of.</summary>
    public static Cell Blank => new(' ', null, default, 1);

    /// <summary>A space in <paramref name="style"/>.</summary>
    public static Cell Space(Style style) => new(' ', null, style, 1);

    /// <summary>The right half of a wide character; it prints nothing of its own.</summary>
    public static Cell Continuation(Style style) => new(0, null, style, 0);

    /// <summary>A cell for one rune; its width is looked up. A lone mark gets a space to sit on.</summary>
    public Cell(Rune rune, Style style)
    {
        var value = rune.Value;
        Style = style;
        if (CharWidth.IsControl(value))
        {
            _rune = ReplacementChar;
            Width = 1;
            return;
        }
        var width = CharWidth.Of(rune);
        if (width == 0)
        {
            _rune = ' ';
            _cluster = " " + rune.ToString();
            Width = 1;
            return;
        }
        _rune = value;
        Width = (byte)width;
    }

    /// <summary>
    /// A cell whose width the caller already knows (1 or 2), for bulk copies from a screen model that
    /// measured its characters. Controls still become U+FFFD.
    /// </summary>
    public Cell(Rune rune, int width, Style style)
    {
        var value = rune.Value;
        if (CharWidth.IsControl(value) || CharWidth.Of(rune) == 0)
        {
            this = new Cell(rune, style);
            return;
        }
        _rune = value;
        Style = style;
        Width = (byte)(width == 2 ? 2 : 1);
    }

    public Cell(char c, Style style = default) : this(new Rune(char.IsSurrogate(c) ? (char)ReplacementChar : c), style)
    {
    }

    /// <summary>A cell for one grapheme cluster (as split by <see cref="Grapheme.NextLength"/>).</summary>
    public static Cell FromGrapheme(ReadOnlySpan<char> cluster, Style style)
    {
        if (cluster.IsEmpty)
            return Space(style);
        if (Rune.DecodeFromUtf16(cluster, out var first, out var consumed) != OperationStatus.Done)
            return new Cell(ReplacementChar, null, style, 1);
        if (consumed == cluster.Length)
            return new Cell(first, style);
        foreach (var c in cluster)
        {
            if (CharWidth.IsControl(c))
                return new Cell(ReplacementChar, null, style, 1); // "\r\n" is one cluster too
        }
        if (cluster.Length > Grapheme.MaxClusterChars)
            cluster = cluster[..Grapheme.MaxClusterChars];
        var width = CharWidth.Of(first);
        if (width == 0)
            return new Cell(' ', " " + cluster.ToString(), style, 1);
        return new Cell(first.Value, cluster.ToString(), style, (byte)width);
    }

    public bool IsContinuation => Width == 0;

    /// <summary>True when the grapheme is more than one rune (base plus marks, ZWJ sequences...).</summary>
    public bool IsCluster => _cluster is not null;

    /// <summary>The single rune, or the first rune of a cluster; U+0000 for a continuation.</summary>
    public Rune Rune => new(_rune);

    /// <summary>The grapheme as text ("" for a continuation).</summary>
    public string Symbol => _cluster ?? (_rune == 0 ? "" : _rune < 128 ? AsciiStrings[_rune] : char.ConvertFromUtf32(_rune));

    /// <summary>True for a one-column space, whatever its style.</summary>
    public bool IsSpace => _rune == ' ' && _cluster is null;

    public Cell WithStyle(Style style) => new(_rune, _cluster, style, Width);

    /// <summary>Writes the grapheme as UTF-8; returns the byte count (0 for a continuation).</summary>
    public int EncodeUtf8(Span<byte> destination)
    {
        if (_cluster is not null)
            return Encoding.UTF8.GetBytes(_cluster, destination);
        if (_rune == 0)
            return 0;
        if (_rune < 128)
        {
            destination[0] = (byte)_rune;
            return 1;
        }
        return new Rune(_rune).EncodeToUtf8(destination);
    }

    /// <summary>Bytes <see cref="EncodeUtf8"/> would write.</summary>
    public int Utf8Length =>
        _cluster is not null ? Encoding.UTF8.GetByteCount(_cluster) : _rune == 0 ? 0 : new Rune(_rune).Utf8SequenceLength;

    public bool Equals(Cell other) =>
        _rune == other._rune && Width == other.Width && Style == other.Style
        && (ReferenceEquals(_cluster, other._cluster) || string.Equals(_cluster, other._cluster, StringComparison.Ordinal));

    /// <summary>Same grapheme and width, style aside.</summary>
    public bool SameSymbol(in Cell other) =>
        _rune == other._rune && Width == other.Width
        && (ReferenceEquals(_cluster, other._cluster) || string.Equals(_cluster, other._cluster, StringComparison.Ordinal));

    public override bool Equals(object? obj) => obj is Cell c && Equals(c);
    public override int GetHashCode() => HashCode.Combine(_rune, Width, Style, _cluster);
    public static bool operator ==(Cell a, Cell b) => a.Equals(b);
    public static bool operator !=(Cell a, Cell b) => !a.Equals(b);

    public override string ToString() => IsContinuation ? "<cont>" : $"'{Symbol}' {Style}";

    private static string[] CreateAsciiStrings()
    {
        var strings = new string[128];
        for (var i = 0; i < strings.Length; i++)
            strings[i] = ((char)i).ToString();
        return strings;
    }
}
