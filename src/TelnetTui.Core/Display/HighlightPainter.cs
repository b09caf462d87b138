using System.Text;
using TelnetTui.Core.Book;
using TelnetTui.Core.Lines;

namespace TelnetTui.Core.Display;

/// <summary>
/// Draws a held line with spans of its text in other foreground colours. Offsets are in the line's text
/// (escape sequences removed), so they are mapped back to the raw line by running it through a scratch
/// <see cref="LineSplitter"/>. Around each span the host's rendition is read (DECRQSS, as the local writer
/// does) and put back afterwards, followed by any SGR the host sent inside the span, so the rest of the
/// line keeps the host's colours.
/// </summary>
internal sealed class HighlightPainter(TerminalFeed feed, LocalWriter local)
{
    private readonly LineSplitter _scratch = new();
    private int[] _positions = new int[256];

    /// <summary>Draws <paramref name="raw"/> (the whole line, LF included) with <paramref name="colours"/> applied.</summary>
    public void Draw(ReadOnlySpan<char> raw, IReadOnlyList<LineColour> colours)
    {
        var textLength = MapPositions(raw);
        var spans = new List<(int Start, int End, string Sgr)>(colours.Count);
        foreach (var c in colours)
        {
            if (c.Length <= 0 || c.Start < 0 || c.Start >= textLength || HostColours.ForegroundSgr(c.Colour) is not { } sgr)
                continue;
            var end = Math.Min(textLength, c.Start + c.Length);
            spans.Add((_positions[c.Start], _positions[end - 1] + 1, sgr));
        }
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        var at = 0;
        foreach (var (start, end, sgr) in spans)
        {
            if (start < at)
                continue; // overlaps an earlier span: the first one wins
            feed.FeedLocal(raw[at..start]);
            var restore = local.Rendition();
            feed.FeedLocal("\e[0;" + sgr + "m");
            var inside = raw[start..end];
            feed.FeedLocal(inside);
            feed.FeedLocal("\e[0;" + restore + "m" + SgrSequences(inside));
            at = end;
        }
        feed.FeedLocal(raw[at..]);
    }

    /// <summary>Fills <see cref="_positions"/>: for each character of the line's text, its index in <paramref name="raw"/>.</summary>
    private int MapPositions(ReadOnlySpan<char> raw)
    {
        _scratch.Reset();
        var length = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '\n')
                break;
            _scratch.Feed(raw.Slice(i, 1), null);
            var now = _scratch.PendingText.Length;
            if (now > length)
            {
                if (_positions.Length < now)
                    Array.Resize(ref _positions, Math.Max(now, _positions.Length * 2));
                _positions[now - 1] = i;
            }
            length = now;
        }
        _scratch.Reset();
        return length;
    }

    /// <summary>The SGR sequences (CSI ... m) in <paramref name="raw"/>, in order: the host's colour changes inside a span.</summary>
    private static string SgrSequences(ReadOnlySpan<char> raw)
    {
        StringBuilder? sb = null;
        var i = raw.IndexOf('\e');
        while (i >= 0 && i + 1 < raw.Length)
        {
            if (raw[i + 1] != '[')
            {
                var next = raw[(i + 1)..].IndexOf('\e');
                i = next < 0 ? -1 : i + 1 + next;
                continue;
            }
            var j = i + 2;
            while (j < raw.Length && raw[j] is >= '0' and <= '?' or >= ' ' and <= '/')
                j++;
            if (j < raw.Length && raw[j] == 'm')
                (sb ??= new StringBuilder()).Append(raw[i..(j + 1)]);
            var rest = j < raw.Length ? raw[(j + 1)..].IndexOf('\e') : -1;
            i = rest < 0 ? -1 : j + 1 + rest;
        }
        return sb?.ToString() ?? "";
    }
}
