using System.Globalization;
using System.Text;
using TelnetTui.Testing;
using TelnetTui.Tui.Text;

namespace TelnetTui.Tui.Tests.Core;

/// <summary>UAX #11: the wide-character table equals East_Asian_Width W/F in the Unicode data file it was made from.</summary>
public class WideRangesTests
{
    [Fact]
    public void Every_wide_or_fullwidth_code_point_in_EastAsianWidth_txt_is_wide_and_no_other_assigned_one()
    {
        var file = RequiredTool.Require("/usr/share/unicode/EastAsianWidth.txt", "unicode-data");
        var wide = new HashSet<int>();
        var listed = new HashSet<int>();
        foreach (var raw in File.ReadLines(file))
        {
            var line = raw.Split('#')[0].Trim();
            if (line.Length == 0)
                continue;
            var parts = line.Split(';', StringSplitOptions.TrimEntries);
            var range = parts[0].Split("..");
            var first = int.Parse(range[0], NumberStyles.HexNumber);
            var last = range.Length > 1 ? int.Parse(range[1], NumberStyles.HexNumber) : first;
            for (var cp = first; cp <= last; cp++)
            {
                listed.Add(cp);
                if (parts[1] is "W" or "F")
                    wide.Add(cp);
            }
        }
        foreach (var cp in wide)
            Assert.True(CharWidth.IsWide(cp), $"U+{cp:X4} is W/F but not in the table");
        foreach (var cp in listed)
        {
            if (!wide.Contains(cp))
                Assert.False(CharWidth.IsWide(cp), $"U+{cp:X4} is not W/F but the table says wide");
        }
    }

    [Theory]
    [InlineData(0x41, 1)]
    [InlineData(0x4E2D, 2)]
    [InlineData(0x3400, 2)]
    [InlineData(0x1F600, 2)]
    [InlineData(0x0301, 0)]
    [InlineData(0x200B, 0)]
    [InlineData(0x1160, 0)]
    [InlineData(0x00AD, 1)]
    [InlineData(0x2500, 1)]
    public void Widths_of_single_code_points(int codePoint, int width) =>
        Assert.Equal(width, CharWidth.Of(new Rune(codePoint)));

    [Theory]
    [InlineData("abc", 3)]
    [InlineData("中文", 4)]
    [InlineData("e\u0301x", 2)]
    [InlineData("", 0)]
    public void Widths_of_strings(string text, int width) => Assert.Equal(width, CharWidth.Of(text));
}
