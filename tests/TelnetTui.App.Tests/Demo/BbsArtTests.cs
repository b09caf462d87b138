using System.Buffers.Binary;
using System.Text;
using System.Text.RegularExpressions;
using TelnetTui.Demo.Assets;
using TelnetTui.Demo.Bbs;
using TelnetTui.Testing;

namespace TelnetTui.App.Tests.Demo;

/// <summary>
/// The BBS art in assets/bbs, checked byte by byte against the SAUCE 00 specification (acid.org, "SAUCE -
/// Standard Architecture for Universal Comment Extensions") with a reader written here, independent of the
/// server's, and against the ANSI-BBS rules the art promises: CP437, iCE-free, 80 columns.
/// </summary>
public class BbsArtTests
{
    public static TheoryData<string> ArtFiles() => new(DemoAssetsNames());

    private static string[] DemoAssetsNames() => [DemoAssets.Welcome, DemoAssets.Menu, DemoAssets.Bulletins, DemoAssets.Goodbye];

    private static byte[] ReadFile(string name) => File.ReadAllBytes(SharedData.InRepo(Path.Combine("assets", "bbs", name)));

    [Theory]
    [MemberData(nameof(ArtFiles))]
    public void Each_file_ends_in_an_EOF_byte_and_a_SAUCE_00_record_that_describes_it(string name)
    {
        var file = ReadFile(name);
        var sauce = file.AsSpan(file.Length - 128);
        Assert.Equal("SAUCE00", Encoding.ASCII.GetString(sauce[..7]));
        var contentLength = file.Length - 128 - 1;
        // The EOF byte (0x1A) ends the art for viewers and TYPE; nothing before it may be one.
        Assert.Equal(0x1A, file[contentLength]);
        Assert.Equal(-1, file.AsSpan(0, contentLength).IndexOf((byte)0x1A));
        Assert.Equal((uint)contentLength, BinaryPrimitives.ReadUInt32LittleEndian(sauce.Slice(90, 4)));
        Assert.Equal(1, sauce[94]); // DataType: Character
        Assert.Equal(1, sauce[95]); // FileType: ANSi
        Assert.Equal(80, BinaryPrimitives.ReadUInt16LittleEndian(sauce.Slice(96, 2))); // TInfo1: width
        var lines = Regex.Matches(Encoding.Latin1.GetString(file, 0, contentLength), "\r\n").Count;
        Assert.Equal(lines, BinaryPrimitives.ReadUInt16LittleEndian(sauce.Slice(98, 2))); // TInfo2: lines
        Assert.Equal(0, sauce[104]); // no comment block
        Assert.Equal(0, sauce[105] & 1); // ANSiFlags B = 0: no iCE colours
        Assert.Equal("IBM VGA", Encoding.ASCII.GetString(sauce.Slice(106, 22)).TrimEnd('\0'));
        Assert.Matches("^20[0-9]{6}$", Encoding.ASCII.GetString(sauce.Slice(82, 8)));
        Assert.Equal("TelnetTui", Encoding.ASCII.GetString(sauce.Slice(42, 20)).TrimEnd());

        // The server's own reader agrees and strips exactly the same bytes.
        var art = new ArtFile(name, file);
        Assert.Equal(file[..contentLength], art.Cp437Bytes);
        Assert.Equal(lines, art.Lines);
        Assert.False(art.Sauce.IceColors);
    }

    [Theory]
    [MemberData(nameof(ArtFiles))]
    public void The_art_is_CP437_with_iCE_free_colours_and_never_reaches_column_80(string name)
    {
        var file = ReadFile(name);
        var art = file.AsSpan(0, file.Length - 129).ToArray();
        var text = Encoding.Latin1.GetString(art);
        foreach (Match sgr in Regex.Matches(text, "\x1b\\[([0-9;]*)m"))
        {
            foreach (var p in sgr.Groups[1].Value.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse))
            {
                // Blink (5) would be a bright background under iCE; bright backgrounds (100-107) are iCE-only too.
                Assert.True(p is 0 or 1 or (>= 30 and <= 37) or (>= 40 and <= 47), $"{name}: SGR parameter {p} in {sgr.Value.Replace("\x1b", "ESC")}");
            }
        }
        Assert.DoesNotMatch("\x1b\\[[0-9;]*[^0-9;m]", text);
        var withoutEscapes = Regex.Replace(text, "\x1b\\[[0-9;]*m", "");
        foreach (var line in withoutEscapes.Split("\r\n"))
            Assert.True(line.Length <= 79, $"{name}: a line of {line.Length} columns would wrap in an 80-column ANSI-BBS terminal");
        // Controls are only ESC (in sequences), CR and LF: never BEL, BS, TAB or NUL.
        foreach (var b in art)
            Assert.False(b is 0x00 or 0x07 or 0x08 or 0x09, $"{name}: control byte 0x{b:X2}");
    }

    [Fact]
    public void The_art_uses_CP437_glyphs_box_drawing_and_shading_blocks()
    {
        var all = DemoAssetsNames().SelectMany(n => { var f = ReadFile(n); return f[..(f.Length - 129)]; }).ToHashSet();
        // Pictures in the 0x01-0x1F range: ☺ ☻ ♥ ♦ ♣ ♠ ► ◄ ...
        var low = all.Where(b => b is >= 0x01 and < 0x20 && b is not (0x0A or 0x0D or 0x1B)).ToArray();
        Assert.True(low.Length >= 8, $"only {low.Length} glyphs from 0x01-0x1F");
        Assert.Contains((byte)0x03, all); // ♥
        Assert.Contains((byte)0x01, all); // ☺
        Assert.All(new byte[] { 0xB0, 0xB1, 0xB2, 0xDB, 0xDC, 0xDF }, b => Assert.Contains(b, all)); // ░ ▒ ▓ █ ▄ ▀
        Assert.All(new byte[] { 0xC9, 0xCD, 0xBB, 0xBA, 0xC8, 0xBC, 0xDA, 0xC4, 0xBF, 0xB3 }, b => Assert.Contains(b, all)); // ╔ ═ ╗ ║ ╚ ╝ ┌ ─ ┐ │
    }

    [Theory]
    [MemberData(nameof(ArtFiles))]
    public void The_program_carries_the_same_bytes_as_the_assets_folder(string name)
        => Assert.Equal(ReadFile(name), DemoAssets.ReadEmbedded("bbs/" + name));

    [Fact]
    public void The_menu_art_offers_the_keys_the_BBS_answers_to()
    {
        var menu = Encoding.Latin1.GetString(DemoAssets.Default.Art[DemoAssets.Menu].Cp437Bytes);
        var plain = Regex.Replace(menu, "\x1b\\[[0-9;]*m", "");
        foreach (var key in "ICBEMG")
            Assert.Contains($"[{key}]", plain);
    }

    [Fact]
    public void The_UTF8_version_of_the_art_shows_the_same_glyphs()
    {
        var welcome = DemoAssets.Default.Art[DemoAssets.Welcome];
        var utf8 = Encoding.UTF8.GetString(welcome.Utf8Bytes);
        Assert.Contains("╔", utf8);
        Assert.Contains("♥", utf8);
        Assert.Contains("█", utf8);
        Assert.Contains("\x1b[0;1;34m", utf8); // escapes untouched
        Assert.Equal(Regex.Matches(Encoding.Latin1.GetString(welcome.Cp437Bytes), "\r\n").Count, Regex.Matches(utf8, "\r\n").Count);
    }
}
