using System.Text;
using FsCheck;
using FsCheck.Fluent;
using TelnetTui.Terminal.Text;

namespace TelnetTui.Terminal.Tests.Text;

/// <summary>Streaming UTF-8 (RFC 3629) with U+FFFD for each maximal invalid subpart (Unicode §3.9), whatever the chunking.</summary>
public class Utf8DecoderTests
{
    private static string Decode(byte[] bytes, IEnumerable<int> cuts)
    {
        var decoder = new Utf8Decoder();
        var sb = new StringBuilder();
        var buffer = new char[TextDecoder.MinimumDestinationLength];
        var from = 0;
        foreach (var cut in cuts.Append(bytes.Length))
        {
            var chunk = bytes.AsSpan(from, cut - from);
            while (!chunk.IsEmpty)
            {
                var n = decoder.Decode(chunk, buffer, out var used);
                sb.Append(buffer, 0, n);
                chunk = chunk[used..];
            }
            from = cut;
        }
        return sb.ToString();
    }

    [Fact]
    public void A_character_split_at_any_byte_decodes_once()
    {
        var bytes = Encoding.UTF8.GetBytes("a\u00e9\u4e2d\U0001F600z");
        for (var cut = 0; cut <= bytes.Length; cut++)
            Assert.Equal("a\u00e9\u4e2d\U0001F600z", Decode(bytes, [cut]));
        Assert.Equal("a\u00e9\u4e2d\U0001F600z", Decode(bytes, Enumerable.Range(1, bytes.Length - 1)));
    }

    [Fact]
    public void Invalid_bytes_become_replacement_characters()
    {
        Assert.Equal("a\uFFFDb", Decode([0x61, 0xFF, 0x62], []));
        Assert.Equal("\uFFFD!", Decode([0xE0, 0x21], []));
        Assert.Equal("\uFFFD\u0090", Decode([0xC2, 0xC2, 0x90], [1]));
        Assert.Equal("\uFFFD\uFFFDx", Decode([0xC0, 0x80, 0x78], [1]));
    }

    [Fact]
    public void An_incomplete_sequence_waits_for_the_next_read()
    {
        Assert.Equal("", Decode([0xF0, 0x9F, 0x98], []));
    }

    /// <summary>Against .NET's decoder as the reference (it implements the same Unicode substitution rule), in random chunks.</summary>
    [Fact]
    public void Matches_the_reference_decoder_for_random_bytes_in_random_chunks()
    {
        var gen = from bytes in Gen.ArrayOf(Gen.Frequency(
                      (4, Gen.Choose(0x20, 0x7E)), (2, Gen.Choose(0x80, 0xBF)), (2, Gen.Choose(0xC0, 0xF7)), (1, Gen.Choose(0xF8, 0xFF))))
                  from cuts in Gen.ArrayOf(Gen.Choose(0, 200))
                  select (bytes.Select(b => (byte)b).Append((byte)'Z').ToArray(), cuts);
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (bytes, rawCuts) = t;
            var cuts = rawCuts.Where(c => c < bytes.Length).Distinct().Order();
            return Decode(bytes, cuts) == Encoding.UTF8.GetString(bytes);
        }).QuickCheckThrowOnFailure();
    }
}
