using System.Buffers;
using System.Globalization;
using System.Text;

namespace TelnetTui.Tui.Text;

/// <summary>A user-perceived character (UAX #29 extended grapheme cluster) as it will sit in a cell.</summary>
public static class Grapheme
{
    /// <summary>Longest cluster a cell keeps; longer ones (Zalgo text) are cut so one cell stays small.</summary>
    public const int MaxClusterChars = 32;

    /// <summary>
    /// Columns the cluster takes: those of its first rune, at least 1. A cluster that starts with a mark
    /// gets a space as its base when stored (see <see cref="Cell"/>), so it too takes one column.
    /// </summary>
    public static int Width(ReadOnlySpan<char> cluster)
    {
        if (cluster.IsEmpty)
            return 1;
        if (Rune.DecodeFromUtf16(cluster, out var rune, out _) != OperationStatus.Done)
            return 1;
        return Math.Max(1, CharWidth.Of(rune));
    }

    /// <summary>Length in chars of the cluster at the start of <paramref name="text"/>.</summary>
    public static int NextLength(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
            return 0;
        // ASCII followed by ASCII (or the end) is a cluster of its own: the common case, kept cheap.
        if (text[0] < 0x7F && text[0] != '\r' && (text.Length == 1 || text[1] < 0x300))
            return 1;
        return StringInfo.GetNextTextElementLength(text);
    }
}
