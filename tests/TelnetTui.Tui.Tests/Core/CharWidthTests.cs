using System.Globalization;
using System.Text;
using TelnetTui.Testing;
using TelnetTui.Tui.Text;

namespace TelnetTui.Tui.Tests.Core;

/// <summary>
/// UAX #11: the width table the toolkit shares with the terminal emulator (src/Unicode, from tools/WidthTableGenerator)
/// makes East_Asian_Width W/F wide and no other assigned character.
/// </summary>
public class CharWidthTests
{
    /// <summary>The toolkit and the terminal emulator give every code point the same width (a cell copied from the screen fits the buffer).</summary>
    [Fact]
    public void The_toolkit_and_the_terminal_agree_on_every_code_point()
    {
        for (var cp = 0; cp <= 0x10FFFF; cp++)
        {
            if (CharWidth.Of(cp) != TelnetTui.Terminal.Text.CharWidth.Of(cp))
                Assert.Fail($"U+{cp:X4}: toolkit {CharWidth.Of(cp)}, terminal {TelnetTui.Terminal.Text.CharWidth.Of(cp)}");
        }
    }

    [Fact]
    public void Every_wide_or_fullwidth_code_point_in_EastAsianWidth_txt_is_wide_or_a_mark_and_no_other_assigned_one_is_wide()
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
        // A W/F combining mark (U+302A ideographic tone marks) takes no column of its own; every other one takes two.
        foreach (var cp in wide)
            Assert.True(CharWidth.Of(cp) != 1, $"U+{cp:X4} is W/F but one column wide");
        // UTS #51: Emoji_Presentation characters (regional indicators...) are wide whatever their East_Asian_Width.
        var emoji = Ranges("/usr/share/unicode/emoji/emoji-data.txt", "Emoji_Presentation");
        foreach (var cp in listed)
        {
            if (!wide.Contains(cp) && !emoji.Contains(cp))
                Assert.False(CharWidth.IsWide(cp), $"U+{cp:X4} is not W/F but the table says wide");
        }
    }

    private static HashSet<int> Ranges(string file, string property)
    {
        var set = new HashSet<int>();
        if (!File.Exists(file))
            return set;
        foreach (var raw in File.ReadLines(file))
        {
            var parts = raw.Split('#')[0].Split(';', StringSplitOptions.TrimEntries);
            if (parts.Length < 2 || parts[1] != property)
                continue;
            var range = parts[0].Split("..");
            var first = int.Parse(range[0], NumberStyles.HexNumber);
            var last = range.Length > 1 ? int.Parse(range[1], NumberStyles.HexNumber) : first;
            for (var cp = first; cp <= last; cp++)
                set.Add(cp);
        }
        return set;
    }

    [Theory]
    [InlineData(0x1F1E6, 2)] // regional indicator A: Emoji_Presentation (the terminal draws it two columns wide)
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
