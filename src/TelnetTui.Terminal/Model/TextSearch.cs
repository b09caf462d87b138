using System.Text;

namespace TelnetTui.Terminal.Model;

/// <summary>
/// Searches the text of scrollback and screen, one logical line at a time (soft-wrapped rows joined),
/// so a word broken by the right margin is still found.
/// </summary>
internal static class TextSearch
{
    public static IEnumerable<SearchMatch> Find(Screen screen, string needle, StringComparison comparison, bool newestFirst)
    {
        if (string.IsNullOrEmpty(needle))
            yield break;
        var first = -screen.ScrollbackCount;
        var last = screen.Rows - 1;
        var logical = new List<(int Start, int End)>();
        var start = first;
        for (var line = first; line <= last; line++)
        {
            if ((screen.GetLineFlags(line) & RowFlags.Wrapped) == 0 || line == last)
            {
                logical.Add((start, line));
                start = line + 1;
            }
        }
        if (newestFirst)
            logical.Reverse();
        var text = new StringBuilder();
        var map = new List<(int Line, int Column)>();
        foreach (var (from, to) in logical)
        {
            text.Clear();
            map.Clear();
            for (var line = from; line <= to; line++)
                AppendWithMap(screen, line, text, map, trim: line == to);
            var haystack = text.ToString();
            var found = new List<SearchMatch>();
            for (var at = haystack.IndexOf(needle, comparison); at >= 0; at = haystack.IndexOf(needle, at + 1, comparison))
            {
                var (l0, c0) = map[at];
                var (l1, c1) = map[at + needle.Length - 1];
                found.Add(new SearchMatch(l0, c0, l1, c1));
            }
            if (newestFirst)
                found.Reverse();
            foreach (var m in found)
                yield return m;
        }
    }

    /// <summary>Appends a line's text, remembering the cell each UTF-16 unit came from.</summary>
    private static void AppendWithMap(Screen screen, int line, StringBuilder text, List<(int, int)> map, bool trim)
    {
        var (cells, extras, _) = screen.GetLine(line);
        var keep = text.Length;
        var keepMap = map.Count;
        for (var col = 0; col < cells.Length; col++)
        {
            var cell = cells[col];
            if (PackedCell.IsSpacer(cell))
                continue;
            var before = text.Length;
            if (PackedCell.IsCluster(cell))
                text.Append(extras?.Clusters[PackedCell.CodePoint(cell)] ?? " ");
            else
            {
                var codePoint = PackedCell.CodePoint(cell);
                if (codePoint == 0)
                    text.Append(' ');
                else
                    text.Append(char.ConvertFromUtf32(codePoint));
            }
            for (var i = before; i < text.Length; i++)
                map.Add((line, col));
            if (PackedCell.HasText(cell))
            {
                keep = text.Length;
                keepMap = map.Count;
            }
        }
        if (trim)
        {
            text.Length = keep;
            map.RemoveRange(keepMap, map.Count - keepMap);
        }
    }
}
