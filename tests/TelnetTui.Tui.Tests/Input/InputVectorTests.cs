using TelnetTui.Tui.Input;

namespace TelnetTui.Tui.Tests.Input;

/// <summary>
/// The decoder tables in Vectors/*.txt (byte sequences → events; xterm ctlseqs, kitty keyboard protocol,
/// RFC 3629), each fed whole, split in two at every byte, and one byte at a time, with a fake clock.
/// </summary>
public class InputVectorTests
{
    public static TheoryData<string, int, string, string> Vectors()
    {
        var data = new TheoryData<string, int, string, string>();
        var folder = Path.Combine(AppContext.BaseDirectory, "Input", "Vectors");
        foreach (var file in Directory.GetFiles(folder, "*.txt").Order())
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].Trim();
                if (line.Length == 0 || line.StartsWith('#'))
                    continue;
                var arrow = line.IndexOf(" => ", StringComparison.Ordinal);
                if (arrow < 0)
                    throw new FormatException($"{Path.GetFileName(file)}:{i + 1}: no ' => ' in '{line}'");
                data.Add(Path.GetFileName(file), i + 1, line[..arrow].Trim(), line[(arrow + 4)..].Trim());
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Vector_decodes_the_same_whole_split_and_bytewise(string file, int line, string input, string expected)
    {
        var segments = EventText.ParseBytes(input);
        Assert.True(expected == Run(segments, splitSegment: -1, splitAt: 0), $"{file}:{line} whole: '{input}' gave {Run(segments, -1, 0)}");
        for (var s = 0; s < segments.Count; s++)
        {
            for (var k = 1; k < segments[s].Bytes.Length; k++)
            {
                var actual = Run(segments, s, k);
                Assert.True(expected == actual, $"{file}:{line} split segment {s} at byte {k}: '{input}' gave {actual}, expected {expected}");
            }
        }
        var bytewise = Run(segments, splitSegment: -2, splitAt: 0);
        Assert.True(expected == bytewise, $"{file}:{line} byte by byte: '{input}' gave {bytewise}");
    }

    // splitSegment -1: every segment whole; -2: every segment byte by byte; otherwise that segment in two at splitAt.
    private static string Run(List<(byte[] Bytes, int AdvanceMs)> segments, int splitSegment, int splitAt)
    {
        var clock = new FakeClock();
        var decoder = new InputDecoder(new InputDecoderOptions(), clock);
        var events = new List<InputEvent>();
        for (var s = 0; s < segments.Count; s++)
        {
            var bytes = segments[s].Bytes;
            if (splitSegment == -2)
            {
                foreach (var b in bytes)
                    decoder.Decode([b], events);
            }
            else if (splitSegment == s)
            {
                decoder.Decode(bytes.AsSpan(0, splitAt), events);
                decoder.Decode(bytes.AsSpan(splitAt), events);
            }
            else
                decoder.Decode(bytes, events);
            if (segments[s].AdvanceMs > 0)
            {
                clock.Advance(TimeSpan.FromMilliseconds(segments[s].AdvanceMs));
                decoder.Flush(events);
            }
        }
        return EventText.Format(events);
    }
}
