using System.Globalization;
using TelnetTui.Telnet.Decoding;
using TelnetTui.Telnet.Tests.Infrastructure;

namespace TelnetTui.Telnet.Tests.Decoding;

/// <summary>
/// The decoder vectors in Vectors/Decoder: each file's bytes give exactly its event transcript, fed
/// whole, split at every byte position, and one byte at a time (STYLE: "a sequence split at any byte
/// must give the same result").
/// </summary>
public class DecoderVectorTests
{
    public static TheoryData<string> Vectors() => VectorFile.Names("Decoder");

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Vector_gives_its_transcript_however_it_is_chunked(string name)
    {
        var vector = VectorFile.Load("Decoder", name);
        var expected = vector.ExpectedEvents.Select(Transcript.Canonical).ToList();
        Chunkings.AssertAllEqual(vector.Input, expected, pieces => Run(vector, pieces),
            (a, b) => a.SequenceEqual(b), Transcript.Describe);
    }

    private static List<string> Run(VectorFile vector, byte[][] pieces)
    {
        var sink = new RecordingDecoderSink();
        var limit = vector.Get("sb-limit") is { } l ? int.Parse(l[1], CultureInfo.InvariantCulture) : TelnetDecoder.DefaultMaxSubnegotiationLength;
        var decoder = new TelnetDecoder(sink, limit)
        {
            BinaryMode = vector.Has("binary"),
            CompressionOption = vector.Get("compression") is { } c ? ByteTokens.Option(c[1]) : null,
        };
        foreach (var piece in pieces)
            decoder.Feed(piece);
        return sink.Transcript.Events;
    }
}
