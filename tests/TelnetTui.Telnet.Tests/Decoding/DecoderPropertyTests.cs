using FsCheck;
using FsCheck.Fluent;
using TelnetTui.Telnet.Decoding;
using TelnetTui.Telnet.Sending;
using TelnetTui.Telnet.Tests.Infrastructure;

namespace TelnetTui.Telnet.Tests.Decoding;

/// <summary>Properties of the decoder over random input (FsCheck).</summary>
public class DecoderPropertyTests
{
    /// <summary>Bytes biased towards the ones that drive the state machine (IAC, SB, SE, CR, NUL, verbs, MCCP2).</summary>
    private static readonly Gen<byte> TelnetishByte = Gen.OneOf(
        Gen.Elements<byte>(255, 255, 250, 240, 0, 13, 10, 251, 252, 253, 254, 249, 239, 86, 24, 31, 201),
        Gen.Choose(0, 255).Select(i => (byte)i));

    private static readonly Gen<byte[]> TelnetishBytes = Gen.ArrayOf(TelnetishByte);

    /// <summary>More and longer cases than FsCheck's defaults (500 cases, inputs up to ~600 bytes).</summary>
    private static readonly Config Thorough = Config.QuickThrowOnFailure.WithMaxTest(500).WithEndSize(600);

    private static readonly Gen<int[]> Cuts = Gen.ArrayOf(Gen.Choose(1, 40));

    [Fact]
    public void Random_bytes_in_random_chunks_never_throw_and_give_the_same_events_as_whole()
    {
        var gen = from bytes in TelnetishBytes
                  from cuts in Cuts
                  from binary in ArbMap.Default.GeneratorFor<bool>()
                  select (bytes, cuts, binary);
        Check.One(Thorough, Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var whole = Decode([t.bytes], t.binary, limit: 16);
            var chunked = Decode(Split(t.bytes, t.cuts), t.binary, limit: 16);
            return whole.SequenceEqual(chunked);
        }));
    }

    [Fact]
    public void Random_bytes_with_compression_agreed_never_throw_and_keep_the_buffer_under_the_cap()
    {
        var gen = from bytes in TelnetishBytes
                  from cuts in Cuts
                  select (bytes, cuts);
        Check.One(Thorough, Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var decoder = new TelnetDecoder(new RecordingDecoderSink(), maxSubnegotiationLength: 32) { CompressionOption = 86 };
            foreach (var piece in Split(t.bytes, t.cuts))
                decoder.Feed(piece);
            return decoder.SubnegotiationBufferSize <= 32;
        }));
    }

    [Fact]
    public void Memory_stays_bounded_under_a_long_hostile_stream()
    {
        // 8 MiB of random telnet-ish bytes, including an SB that never ends: allocation stays small.
        var random = new Random(1234);
        var chunk = new byte[4096];
        var sink = new CountingSink();
        var decoder = new TelnetDecoder(sink, maxSubnegotiationLength: 1024);
        decoder.Feed([255, 250, 201]);
        for (var i = 0; i < 64; i++)
        {
            random.NextBytes(chunk);
            decoder.Feed(chunk);
        }
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 2048; i++)
        {
            random.NextBytes(chunk);
            for (var j = 0; j < chunk.Length; j += 97)
                chunk[j] = 255;
            decoder.Feed(chunk);
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(decoder.SubnegotiationBufferSize <= 1024, $"SB buffer grew to {decoder.SubnegotiationBufferSize}");
        Assert.True(allocated < 256 * 1024, $"decoding 8 MiB allocated {allocated} bytes");
        Assert.True(sink.Events > 0);
    }

    [Fact]
    public void Decode_of_encode_is_the_identity_in_both_binary_states()
    {
        var gen = from bytes in TelnetishBytes
                  from cuts in Cuts
                  from binary in ArbMap.Default.GeneratorFor<bool>()
                  select (bytes, cuts, binary);
        Check.One(Thorough, Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var encoded = new System.Buffers.ArrayBufferWriter<byte>();
            TelnetEncoder.WriteData(encoded, t.bytes, t.binary);
            var sink = new DataOnlySink();
            var decoder = new TelnetDecoder(sink) { BinaryMode = t.binary };
            foreach (var piece in Split(encoded.WrittenSpan.ToArray(), t.cuts))
                decoder.Feed(piece);
            return sink.Data.SequenceEqual(t.bytes) && sink.OtherEvents == 0;
        }));
    }

    private static List<string> Decode(byte[][] pieces, bool binary, int limit)
    {
        var sink = new RecordingDecoderSink();
        var decoder = new TelnetDecoder(sink, limit) { BinaryMode = binary };
        foreach (var piece in pieces)
            decoder.Feed(piece);
        return sink.Transcript.Events;
    }

    private static byte[][] Split(byte[] bytes, int[] cuts)
    {
        var pieces = new List<byte[]>();
        var pos = 0;
        var i = 0;
        while (pos < bytes.Length)
        {
            var n = cuts.Length == 0 ? bytes.Length : Math.Min(cuts[i++ % cuts.Length], bytes.Length - pos);
            pieces.Add(bytes[pos..(pos + n)]);
            pos += n;
        }
        return pieces.ToArray();
    }

    private sealed class DataOnlySink : ITelnetDecoderSink
    {
        public List<byte> Data { get; } = [];
        public int OtherEvents { get; private set; }
        public void OnData(ReadOnlySpan<byte> data) => Data.AddRange(data);
        public void OnCommand(byte command) => OtherEvents++;
        public void OnNegotiation(byte verb, byte option) => OtherEvents++;
        public void OnSubnegotiation(byte option, ReadOnlySpan<byte> payload) => OtherEvents++;
        public void OnNotice(DecoderNotice notice) => OtherEvents++;
    }

    private sealed class CountingSink : ITelnetDecoderSink
    {
        public long Events { get; private set; }
        public void OnData(ReadOnlySpan<byte> data) => Events++;
        public void OnCommand(byte command) => Events++;
        public void OnNegotiation(byte verb, byte option) => Events++;
        public void OnSubnegotiation(byte option, ReadOnlySpan<byte> payload) => Events++;
        public void OnNotice(DecoderNotice notice) => Events++;
    }
}
