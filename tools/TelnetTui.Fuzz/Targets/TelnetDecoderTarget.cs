using TelnetTui.Telnet.Decoding;
using TelnetTui.Telnet.Protocol;

namespace TelnetTui.Fuzz.Targets;

/// <summary>The telnet decoder (RFC 854/855, MCCP2 inflating): any bytes, any pieces, the same events.</summary>
public sealed class TelnetDecoderTarget : IFuzzTarget
{
    public string Name => "telnet-decoder";

    public IReadOnlyList<byte[]> Dictionary { get; } = TelnetTokens.Create();

    public void Check(ReadOnlySpan<byte> input, IReadOnlyList<int> cuts)
    {
        var whole = Run(input, []);
        var chunked = Run(input, cuts);
        // A corrupt zlib stream drops the rest of the read it was found in (by design), so the runs may part there.
        static bool Failed(string e) => e.StartsWith("notice CompressionFailed", StringComparison.Ordinal);
        EventLog.AssertSame(Name, whole.Until(Failed), chunked.Until(Failed));
    }

    private static EventLog Run(ReadOnlySpan<byte> input, IReadOnlyList<int> cuts)
    {
        var sink = new Sink();
        var decoder = new TelnetDecoder(sink, maxSubnegotiationLength: 4096) { CompressionOption = TelnetOption.Mccp2 };
        sink.Decoder = decoder;
        Chunks.Feed(input, cuts, decoder.Feed);
        return sink.Log;
    }

    private sealed class Sink : ITelnetDecoderSink
    {
        public EventLog Log { get; } = new();

        public TelnetDecoder? Decoder { get; set; }

        public void OnData(ReadOnlySpan<byte> data) => Log.Data(data);

        public void OnCommand(byte command) => Log.Add($"command {command}");

        public void OnNegotiation(byte verb, byte option)
        {
            Log.Add($"negotiation {verb} {option}");
            // BINARY changes how CR NUL is read (RFC 856): let the stream switch it, as the engine would.
            if (option == TelnetOption.Binary && Decoder is { } d)
                d.BinaryMode = verb == TelnetCommand.Will;
        }

        public void OnSubnegotiation(byte option, ReadOnlySpan<byte> payload) => Log.Add($"sb {option} {Convert.ToHexString(payload)}");

        public void OnNotice(DecoderNotice notice) => Log.Add($"notice {notice.Kind} {notice.Option} {notice.Command} {notice.Length}");
    }
}
