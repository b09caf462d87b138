using System.Text;
using FsCheck;
using FsCheck.Fluent;
using TelnetTui.Demo.Assets;
using TelnetTui.Demo.Mud;

namespace TelnetTui.App.Tests.Demo;

/// <summary>The flood text generator: exact byte counts, chunks that end at line ends, text a telnet encoder passes untouched.</summary>
public class FloodGeneratorTests
{
    private static readonly FloodLines Lines = DemoAssets.Default.Flood;

    private static List<byte[]> Generate(long total, ulong seed)
    {
        var generator = new FloodGenerator(Lines, total, seed);
        var buffer = new byte[generator.BufferSize];
        var chunks = new List<byte[]>();
        int n;
        while ((n = generator.Next(buffer)) > 0)
            chunks.Add(buffer[..n]);
        Assert.Equal(0, generator.Remaining);
        return chunks;
    }

    private static bool Holds(long total, ulong seed)
    {
        var chunks = Generate(total, seed);
        if (chunks.Sum(c => (long)c.Length) != total)
            return false;
        for (var i = 0; i < chunks.Count; i++)
        {
            var c = chunks[i];
            // Every chunk ends with LF, so the CR of a CR LF is never the last byte handed to the encoder.
            if (c[^1] != (byte)'\n')
                return false;
            if (i < chunks.Count - 1 && c.Length > FloodGenerator.ChunkSize)
                return false;
            for (var j = 0; j < c.Length; j++)
            {
                if (c[j] == 0xFF || (c[j] == (byte)'\r' && (j + 1 >= c.Length || c[j + 1] != (byte)'\n')))
                    return false;
            }
        }
        // Whole lines of valid UTF-8.
        new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(chunks.SelectMany(c => c).ToArray());
        return true;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(100)]
    [InlineData(FloodGenerator.ChunkSize)]
    [InlineData(FloodGenerator.ChunkSize + 1)]
    [InlineData(3 * FloodGenerator.ChunkSize + 17)]
    [InlineData(1_000_000)]
    public void Exactly_the_asked_number_of_bytes_in_chunks_ending_at_line_ends(long total)
        => Assert.True(Holds(total, 12345));

    [Fact]
    public void Property_every_size_and_seed_gives_exactly_that_many_bytes()
        => Check.One(Config.QuickThrowOnFailure.WithMaxTest(200),
            Prop.ForAll(Gen.Choose(0, 200_000).ToArbitrary(), Gen.Choose(1, int.MaxValue).ToArbitrary(), (n, seed) => Holds(n, (ulong)seed)));

    [Fact]
    public void Zero_bytes_is_no_chunk()
        => Assert.Empty(Generate(0, 1));

    [Fact]
    public void The_text_is_coloured_MUD_output_from_the_vocabulary()
    {
        var text = Encoding.UTF8.GetString(Generate(20_000, 7).SelectMany(c => c).ToArray());
        Assert.Contains("\x1b[1;31m", text);
        Assert.Contains("\x1b[0m\r\n", text);
        Assert.Matches(@"\[(gossip|newbie|trade|ooc|auction)\]", text);
        Assert.Matches("(MASSACRES|OBLITERATES|hits|mauls)", text);
        // Many different lines, not one repeated.
        Assert.True(text.Split("\r\n").Distinct().Count() > 100);
    }

    [Theory]
    [InlineData("50000000", 50_000_000)]
    [InlineData("50_000_000", 50_000_000)]
    [InlineData("50,000,000", 50_000_000)]
    [InlineData("50M", 50_000_000)]
    [InlineData("64k", 64_000)]
    [InlineData("2G", 2_000_000_000)]
    [InlineData(" 7 ", 7)]
    public void Counts_are_read_with_separators_and_decimal_suffixes(string text, long expected)
    {
        Assert.True(FloodCommand.TryParseCount(text, out var n));
        Assert.Equal(expected, n);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("-5")]
    [InlineData("1.5M")]
    [InlineData("99999999999999999999")]
    [InlineData("9999999999999999G")]
    public void Other_counts_are_refused(string text)
        => Assert.False(FloodCommand.TryParseCount(text, out _));
}
