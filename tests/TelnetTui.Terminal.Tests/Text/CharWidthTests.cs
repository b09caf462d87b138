using TelnetTui.Terminal.Text;
using TelnetTui.Testing;

namespace TelnetTui.Terminal.Tests.Text;

/// <summary>Column widths from the generated table (UAX #11 East Asian Width, combining marks, UTS #51 emoji presentation).</summary>
public class CharWidthTests
{
    [Theory]
    [InlineData(0x41, 1)]      // A
    [InlineData(0xE9, 1)]      // é
    [InlineData(0xAD, 1)]      // soft hyphen shows as a hyphen
    [InlineData(0x301, 0)]     // combining acute (Mn)
    [InlineData(0x20DD, 0)]    // combining enclosing circle (Me)
    [InlineData(0x200D, 0)]    // zero width joiner (Cf)
    [InlineData(0xFE0F, 0)]    // variation selector 16
    [InlineData(0x1160, 0)]    // Hangul medial vowel
    [InlineData(0x4E2D, 2)]    // 中 (W)
    [InlineData(0xFF10, 2)]    // fullwidth digit (F)
    [InlineData(0xAC00, 2)]    // Hangul syllable
    [InlineData(0x3400, 2)]    // CJK extension A
    [InlineData(0x2A700, 2)]   // plane 2 (default W)
    [InlineData(0x1F600, 2)]   // 😀 Emoji_Presentation
    [InlineData(0x231A, 2)]    // ⌚ Emoji_Presentation
    [InlineData(0x263A, 1)]    // ☺ text presentation (CP437 0x01)
    [InlineData(0x2591, 1)]    // ░ ambiguous is narrow
    [InlineData(0x2500, 1)]    // ─
    public void Width_of(int codePoint, int width) => Assert.Equal(width, CharWidth.Of(codePoint));

    [Fact]
    public void The_committed_table_is_what_the_generator_makes_from_the_unicode_data()
    {
        RequiredTool.Require("/usr/share/unicode/EastAsianWidth.txt", "unicode-data");
        var generated = TelnetTui.Tools.WidthTableGenerator.Program.Generate("/usr/share/unicode");
        var committed = File.ReadAllText(SharedData.InRepo(TelnetTui.Tools.WidthTableGenerator.Program.DefaultOutput));
        Assert.True(generated == committed, "CharWidthTable.g.cs is stale: run `dotnet run --project tools/WidthTableGenerator` and commit it");
    }
}
