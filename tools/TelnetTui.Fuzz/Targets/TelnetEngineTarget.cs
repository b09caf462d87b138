using System.Text;
using TelnetTui.Telnet.Engine;

namespace TelnetTui.Fuzz.Targets;

/// <summary>
/// The client's telnet engine (RFC 1143 negotiation, every option handler, GMCP/MSDP/MSSP, MCCP2): any
/// bytes, any pieces, the same data, prompts and MUD messages; what it sends back stays bounded.
/// </summary>
public sealed class TelnetEngineTarget : IFuzzTarget
{
    /// <summary>Reply bytes allowed per input byte: RFC 1143 answers each request at most once, so replies cannot snowball.</summary>
    public const int MaxReplyBytesPerInputByte = 64;

    public string Name => "telnet-engine";

    public IReadOnlyList<byte[]> Dictionary { get; } = TelnetTokens.Create();

    public void Check(ReadOnlySpan<byte> input, IReadOnlyList<int> cuts)
    {
        var (whole, wholeSent) = Run(input, []);
        var (chunked, chunkedSent) = Run(input, cuts);
        static bool Failed(string e) => e.StartsWith("failed", StringComparison.Ordinal);
        EventLog.AssertSame(Name, whole.Until(Failed), chunked.Until(Failed));
        var limit = 1024 + (long)MaxReplyBytesPerInputByte * input.Length;
        if (Math.Max(wholeSent, chunkedSent) > limit)
            throw new FuzzCheckException($"{Name}: {Math.Max(wholeSent, chunkedSent)} bytes sent back for {input.Length} received");
    }

    private static (EventLog Log, long Sent) Run(ReadOnlySpan<byte> input, IReadOnlyList<int> cuts)
    {
        var log = new EventLog();
        var engine = new TelnetEngine(new TelnetSettings { RequestCharset = true });
        engine.DataReceived += log.Data;
        engine.PromptReceived += mark => log.Add($"prompt {mark}");
        engine.MudMessageReceived += m => log.Add($"mud {m.Protocol} {m.Name} {m.Value.ToJson()} {m.Error}");
        engine.WindowSizeReceived += size => log.Add($"naws {size}");
        engine.CharsetAgreed += name => log.Add($"charset {name}");
        engine.Recorded += record =>
        {
            if (record.Meaning.Contains("compression failed", StringComparison.OrdinalIgnoreCase))
                log.Add("failed " + record.Meaning);
        };
        long sent = 0;
        Chunks.Feed(input, cuts, chunk =>
        {
            engine.Receive(chunk);
            sent += engine.PendingOutput.Length;
            engine.ClearOutput();
        });
        // The engine still sends (sanity of the send path after whatever state the host left).
        engine.SendText("look", Encoding.UTF8);
        engine.SendEnter();
        engine.SetWindowSize(100, 30);
        sent += engine.PendingOutput.Length;
        engine.ClearOutput();
        return (log, sent);
    }
}
