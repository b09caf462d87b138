using System.IO.Compression;
using System.Text;

namespace TelnetTui.Benchmarks.Telnet;

/// <summary>
/// The inputs of the decoder benchmarks, built once: (a) MUD/BBS-like text with CR LF line ends and ANSI
/// colour codes but no IAC (and no NUL); (b) the same text with a 0xFF data byte every 64 data bytes,
/// escaped as IAC IAC on the wire (65 wire bytes per 64 data bytes); (c) an MCCP2 stream: the marker then
/// the text (a) zlib-compressed (Optimal level, as MUD servers use).
/// </summary>
public static class DecoderInputs
{
    public const int DataSize = 4 * 1024 * 1024;

    public static byte[] PlainText { get; } = BuildText(DataSize);

    public static byte[] IacEvery64 { get; } = BuildIacEvery64(PlainText);

    public static byte[] Mccp2Stream { get; } = BuildMccp2(PlainText);

    private static byte[] BuildText(int size)
    {
        // Varied enough that zlib compresses it like real MUD output (a few times), not like a repeated line.
        string[] words =
        [
            "the", "a", "inn", "fire", "hearth", "ale", "hobbit", "pipe", "door", "north", "south", "east", "west",
            "goblin", "sword", "shield", "torch", "shadow", "stairs", "cellar", "barrel", "mug", "table", "window",
            "rain", "lantern", "merchant", "guard", "cloak", "ring", "map", "coin", "silver", "gold", "bread", "cheese",
            "attacks", "misses", "hits", "you", "carefully", "slowly", "quickly", "whispers", "shouts", "arrives",
            "leaves", "from", "to", "with", "under", "above", "into", "old", "dusty", "broken", "bright", "dark",
        ];
        string[] colours = ["\u001b[0m", "\u001b[1;33m", "\u001b[32m", "\u001b[1;31m", "\u001b[36m", "\u001b[1;34m"];
        var random = new Random(2024);
        var sb = new StringBuilder(size + 400);
        while (sb.Length < size)
        {
            if (random.Next(8) == 0)
            {
                sb.Append(colours[3]).Append("HP: ").Append(random.Next(1, 500)).Append('/').Append(500)
                  .Append(colours[5]).Append(" MP: ").Append(random.Next(0, 200)).Append("/200").Append(colours[0]).Append(" > ");
            }
            sb.Append(colours[random.Next(colours.Length)]);
            var n = random.Next(4, 18);
            for (var w = 0; w < n; w++)
                sb.Append(w == 0 ? "" : " ").Append(words[random.Next(words.Length)]);
            sb.Append('.').Append(colours[0]).Append("\r\n");
        }
        return Encoding.ASCII.GetBytes(sb.ToString(0, size));
    }

    private static byte[] BuildIacEvery64(byte[] text)
    {
        var output = new List<byte>(text.Length + text.Length / 32);
        for (var i = 0; i < text.Length; i++)
        {
            if (i % 64 == 63)
            {
                output.Add(0xFF);
                output.Add(0xFF);
            }
            else
            {
                output.Add(text[i]);
            }
        }
        return output.ToArray();
    }

    private static byte[] BuildMccp2(byte[] text)
    {
        var ms = new MemoryStream();
        ms.Write([255, 250, 86, 255, 240]);
        using (var z = new ZLibStream(ms, CompressionLevel.Optimal, leaveOpen: true))
            z.Write(text);
        return ms.ToArray();
    }
}
