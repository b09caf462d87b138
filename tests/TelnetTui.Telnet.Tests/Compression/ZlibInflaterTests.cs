using System.IO.Compression;
using FsCheck;
using FsCheck.Fluent;
using TelnetTui.Telnet.Compression;

namespace TelnetTui.Telnet.Tests.Compression;

/// <summary>The managed inflater against System.IO.Compression's deflater (RFC 1950/1951).</summary>
public class ZlibInflaterTests
{
    [Fact]
    public void Any_data_compressed_at_any_level_inflates_back_in_any_chunks_and_stops_exactly_at_the_stream_end()
    {
        // (ZLibStream writes nothing at all for empty input, so every case has at least one byte.)
        var gen = from data in Gen.ArrayOf(Gen.OneOf(Gen.Elements<byte>((byte)'a', (byte)'b', (byte)' ', 13, 10), Gen.Choose(0, 255).Select(i => (byte)i)))
                  from level in Gen.Elements(CompressionLevel.NoCompression, CompressionLevel.Fastest, CompressionLevel.Optimal, CompressionLevel.SmallestSize)
                  from flushEvery in Gen.Choose(1, 300)
                  from chunk in Gen.Choose(1, 64)
                  from trailer in Gen.ArrayOf(Gen.Choose(0, 255).Select(i => (byte)i))
                  select (data: data.Prepend((byte)'x').ToArray(), level, flushEvery, chunk, trailer);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300).WithEndSize(3000), Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var compressed = Compress(t.data, t.level, t.flushEvery);
            var input = compressed.Concat(t.trailer).ToArray();
            var (output, consumed, status) = InflateAll(input, t.chunk);
            return status == InflateStatus.StreamEnd && consumed == compressed.Length && output.SequenceEqual(t.data);
        }));
    }

    [Fact]
    public void Large_repetitive_output_crosses_the_window_many_times()
    {
        var data = new byte[3_000_000];
        for (var i = 0; i < data.Length; i++)
            data[i] = (byte)"The quick brown fox jumps over the lazy dog.\r\n"[i % 46];
        var compressed = Compress(data, CompressionLevel.Optimal, int.MaxValue);
        var (output, consumed, status) = InflateAll(compressed, 70_000);
        Assert.Equal(InflateStatus.StreamEnd, status);
        Assert.Equal(compressed.Length, consumed);
        Assert.True(output.AsSpan().SequenceEqual(data));
    }

    [Theory]
    [InlineData(new byte[] { 0x78, 0x00 }, "header check")]
    [InlineData(new byte[] { 0x79, 0x9C }, "not a zlib deflate stream")]
    [InlineData(new byte[] { 0x78, 0xBB, 0, 0, 0, 0 }, "preset dictionary")]
    [InlineData(new byte[] { 0x78, 0x9C, 0x07 }, "block type 3")]
    [InlineData(new byte[] { 0x78, 0x9C, 0xCB, 0x48, 0xCD, 0xC9, 0xC9, 0x07, 0x00, 0x06, 0x2C, 0x02, 0x16 }, "Adler-32")]
    [InlineData(new byte[] { 0x78, 0x9C, 0x01, 0x05, 0x00, 0xFA, 0xFE }, "stored block length")]
    public void Corrupt_streams_are_errors_with_a_reason(byte[] input, string reason)
    {
        var inflater = new ZlibInflater();
        var status = inflater.Inflate(input, out _, out _);
        Assert.Equal(InflateStatus.Error, status);
        Assert.Contains(reason, inflater.Error);
    }

    [Fact]
    public void A_distance_before_the_start_of_the_stream_is_an_error()
    {
        // Fixed-Huffman block: a length/distance pair with nothing written yet.
        // 0x78 0x9C header; bits: BFINAL=1, BTYPE=01, then length code 257 (0000001) and distance 0 (00000).
        var inflater = new ZlibInflater();
        var status = inflater.Inflate([0x78, 0x9C, 0x03, 0x02, 0x00, 0x00], out _, out _);
        Assert.Equal(InflateStatus.Error, status);
        Assert.Contains("before the start", inflater.Error);
    }

    [Fact]
    public void Random_garbage_never_throws()
    {
        var random = new Random(7);
        var buffer = new byte[512];
        for (var i = 0; i < 2000; i++)
        {
            random.NextBytes(buffer);
            buffer[0] = 0x78;
            buffer[1] = 0x9C;
            var inflater = new ZlibInflater();
            var input = buffer.AsSpan();
            while (!input.IsEmpty)
            {
                var status = inflater.Inflate(input, out var consumed, out _);
                input = input[consumed..];
                if (status is InflateStatus.Error or InflateStatus.StreamEnd or InflateStatus.NeedsInput)
                    break;
            }
        }
    }

    internal static byte[] Compress(byte[] data, CompressionLevel level, int flushEvery)
    {
        var ms = new MemoryStream();
        using (var z = new ZLibStream(ms, level, leaveOpen: true))
        {
            for (var pos = 0; pos < data.Length; pos += flushEvery)
            {
                z.Write(data, pos, Math.Min(flushEvery, data.Length - pos));
                z.Flush();
            }
        }
        return ms.ToArray();
    }

    private static (byte[] Output, int Consumed, InflateStatus Status) InflateAll(byte[] input, int chunk)
    {
        var inflater = new ZlibInflater();
        var output = new List<byte>();
        var consumedTotal = 0;
        var status = InflateStatus.NeedsInput;
        for (var pos = 0; pos < input.Length && status != InflateStatus.StreamEnd;)
        {
            var piece = input.AsSpan(pos, Math.Min(chunk, input.Length - pos));
            while (true)
            {
                status = inflater.Inflate(piece, out var consumed, out var produced);
                output.AddRange(produced);
                piece = piece[consumed..];
                pos += consumed;
                consumedTotal += consumed;
                if (status is InflateStatus.StreamEnd or InflateStatus.Error)
                    return (output.ToArray(), consumedTotal, status);
                if (status == InflateStatus.NeedsInput)
                    break;
            }
        }
        return (output.ToArray(), consumedTotal, status);
    }
}
