using TelnetTui.Tui.Text;

namespace TelnetTui.Panes;

/// <summary>Breaks text into lines of at most a width, at spaces where it can, inside a word only when the word is longer than a line.</summary>
public static class TextWrap
{
    public static IEnumerable<string> Lines(string text, int width)
    {
        width = Math.Max(1, width);
        foreach (var paragraph in text.Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' '))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (CharWidth.Of(candidate) <= width)
                {
                    line = candidate;
                    continue;
                }
                if (line.Length > 0)
                    yield return line;
                line = word;
                while (CharWidth.Of(line) > width)
                {
                    var cut = TextFit.PrefixLength(line, width);
                    yield return line[..Math.Max(1, cut)];
                    line = line[Math.Max(1, cut)..];
                }
            }
            yield return line;
        }
    }
}
