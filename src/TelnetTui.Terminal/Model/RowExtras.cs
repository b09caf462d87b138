namespace TelnetTui.Terminal.Model;

/// <summary>
/// Rare per-line data kept beside the packed cells (as tmux keeps "extended cells" per line):
/// grapheme clusters of more than one code point, and styles that do not fit inline (RGB, underline
/// colour, hyperlinks). Tables only grow while a line is rewritten; <see cref="Compact"/> bounds them.
/// </summary>
internal sealed class RowExtras
{
    /// <summary>Past this many entries (beyond what the line's cells can reference) the tables are compacted.</summary>
    public const int CompactionSlack = 64;

    public List<string> Clusters { get; } = [];
    public List<Style> Styles { get; } = [];

    public bool IsEmpty => Clusters.Count == 0 && Styles.Count == 0;

    public int AddCluster(string cluster)
    {
        Clusters.Add(cluster);
        return Clusters.Count - 1;
    }

    public int InternStyle(in Style style)
    {
        // Recent styles first: a run of printing reuses the last one.
        var styles = Styles;
        for (int i = styles.Count - 1, seen = 0; i >= 0 && seen < 8; i--, seen++)
        {
            if (styles[i] == style)
                return i;
        }
        styles.Add(style);
        return styles.Count - 1;
    }

    public bool NeedsCompaction(int columns) =>
        Clusters.Count > columns + CompactionSlack || Styles.Count > columns + CompactionSlack;

    /// <summary>Drops table entries no cell references and renumbers the cells.</summary>
    public void Compact(Span<ulong> cells)
    {
        var clusterMap = new Dictionary<int, int>();
        var styleMap = new Dictionary<int, int>();
        var clusters = new List<string>();
        var styles = new List<Style>();
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = cells[i];
            if (PackedCell.IsCluster(cell))
            {
                var old = PackedCell.CodePoint(cell);
                if (!clusterMap.TryGetValue(old, out var now))
                {
                    now = clusters.Count;
                    clusters.Add(Clusters[old]);
                    clusterMap[old] = now;
                }
                cell = (cell & ~PackedCell.CodePointMask) | (uint)now;
            }
            if (PackedCell.IsExtended(cell))
            {
                var old = PackedCell.ExtendedIndex(cell);
                if (!styleMap.TryGetValue(old, out var now))
                {
                    now = styles.Count;
                    styles.Add(Styles[old]);
                    styleMap[old] = now;
                }
                cell = (cell & PackedCell.ContentMask) | PackedCell.ExtendedBits(now);
            }
            cells[i] = cell;
        }
        Clusters.Clear();
        Clusters.AddRange(clusters);
        Styles.Clear();
        Styles.AddRange(styles);
    }

    /// <summary>A copy holding only what <paramref name="cells"/> reference, renumbered (for moving part of a line elsewhere).</summary>
    public static RowExtras? CopyFor(RowExtras? source, Span<ulong> cells)
    {
        if (source is null)
            return null;
        var copy = new RowExtras();
        copy.Clusters.AddRange(source.Clusters);
        copy.Styles.AddRange(source.Styles);
        copy.Compact(cells);
        return copy.IsEmpty ? null : copy;
    }
}
