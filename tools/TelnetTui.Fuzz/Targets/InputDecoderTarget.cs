using System.Text;
using TelnetTui.Tui.Input;

namespace TelnetTui.Fuzz.Targets;

/// <summary>
/// The TUI's input decoder (keys, SGR/X10/urxvt mouse, bracketed paste, focus, reports): any bytes a
/// terminal (or a paste) can produce, any pieces, the same events, the paste limit kept.
/// </summary>
public sealed class InputDecoderTarget : IFuzzTarget
{
    private static readonly InputDecoderOptions Options = new() { MaxPasteBytes = 4096, MaxSequenceLength = 64 };

    public string Name => "input";

    public IReadOnlyList<byte[]> Dictionary { get; } = Tokens();

    public void Check(ReadOnlySpan<byte> input, IReadOnlyList<int> cuts)
    {
        var whole = Run(input, []);
        var chunked = Run(input, cuts);
        EventLog.AssertSame(Name, whole, chunked);
    }

    private static List<string> Run(ReadOnlySpan<byte> input, IReadOnlyList<int> cuts)
    {
        var decoder = new InputDecoder(Options, new FrozenClock());
        var events = new List<InputEvent>();
        Chunks.Feed(input, cuts, chunk => decoder.Decode(chunk, events));
        decoder.FlushAll(events);
        var log = new List<string>(events.Count);
        foreach (var e in events)
        {
            if (e is PasteEvent paste && paste.Text.Length > Options.MaxPasteBytes)
                throw new FuzzCheckException($"input: a paste of {paste.Text.Length} characters passed the {Options.MaxPasteBytes}-byte limit");
            log.Add(e.ToString());
        }
        return log;
    }

    private static List<byte[]> Tokens()
    {
        string[] tokens =
        [
            "\u001b", "\u001b[", "\u001bO", "\u001b[A", "\u001b[1;5C", "\u001bOP", "\u001b[15~", "\u001b[3;2~", "\u001b[Z", "\u001b[27;5;13~",
            "\u001b[13;2u", "\u001b[97;5u", "\u001b[<0;10;5M", "\u001b[<0;10;5m", "\u001b[<64;1;1M", "\u001b[<35;999;999M", "\u001b[M !!",
            "\u001b[M\u00ff\u00ff\u00ff", "\u001b[32;10;5M", "\u001b[200~", "\u001b[201~", "\u001b[I", "\u001b[O", "\u001b[?2026;2$y",
            "\u001b[?1;2c", "\u001b[10;20R", "\u001b[[A", "\u001b[[E", "\u001bx", "\u001b\u001b", "\r", "\n", "\t", "\u007f", "\b",
            "\u0000", "\u0003", "\u001a", "a", "\u00e9", "\u4e2d", "\ud83d\ude00", "1;2;3", ";", "~",
        ];
        var list = new List<byte[]>();
        foreach (var t in tokens)
            list.Add(t.Contains('\u00ff') ? Encoding.Latin1.GetBytes(t) : Encoding.UTF8.GetBytes(t));
        list.Add([0xc3]);
        list.Add([0xff, 0xfe]);
        return list;
    }
}
