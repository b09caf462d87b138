using System.Text;

namespace TelnetTui.Benchmarks.Terminal;

/// <summary>The four ingest workloads of issue 3, generated from fixed seeds, each exactly <see cref="Size"/> bytes.</summary>
public static class IngestInputs
{
    public const int MiB = 1 << 20;
    public const int SizeMiB = 50;
    public const int Size = SizeMiB * MiB;

    private static readonly string[] Words =
    [
        "the", "dragon", "sleeps", "beneath", "mountain", "gold", "you", "see", "a", "small", "goblin", "here",
        "north", "south", "east", "west", "exits", "torch", "flickers", "on", "wall", "hit", "points", "mana",
    ];

    public static byte[] Create(string workload) => workload switch
    {
        "plain" => Fill(PlainLine),
        "sgr" => Fill(SgrLine),
        "cursor" => Fill(CursorUpdate),
        "cp437" => Fill(ArtLine),
        _ => throw new ArgumentException(workload),
    };

    private static byte[] Fill(Action<Random, List<byte>> piece)
    {
        var random = new Random(42);
        var bytes = new List<byte>(Size + 4096);
        while (bytes.Count < Size)
            piece(random, bytes);
        return bytes.GetRange(0, Size).ToArray();
    }

    /// <summary>(a) Plain text lines of 20–79 characters, CR LF.</summary>
    private static void PlainLine(Random r, List<byte> o)
    {
        var line = new StringBuilder();
        var target = r.Next(20, 80);
        while (line.Length < target)
            line.Append(Words[r.Next(Words.Length)]).Append(' ');
        line.Length = target;
        o.AddRange(Encoding.ASCII.GetBytes(line.Append("\r\n").ToString()));
    }

    /// <summary>(b) Every word in its own colour and rendition: 16, 256 and RGB colours, bold, reset.</summary>
    private static void SgrLine(Random r, List<byte> o)
    {
        var line = new StringBuilder();
        for (var w = r.Next(4, 12); w > 0; w--)
        {
            line.Append(r.Next(3) switch
            {
                0 => $"\e[{(r.Next(2) == 0 ? "1;" : "")}{30 + r.Next(8)}m",
                1 => $"\e[38;5;{r.Next(256)}m",
                _ => $"\e[38;2;{r.Next(256)};{r.Next(256)};{r.Next(256)}m",
            });
            line.Append(Words[r.Next(Words.Length)]).Append("\e[0m ");
        }
        o.AddRange(Encoding.ASCII.GetBytes(line.Append("\r\n").ToString()));
    }

    /// <summary>(c) A full-screen program repainting: cursor positioning, short text, erase to end of line.</summary>
    private static void CursorUpdate(Random r, List<byte> o)
    {
        var text = $"\e[{r.Next(1, 26)};{r.Next(1, 70)}H{Words[r.Next(Words.Length)]} {r.Next(1000)}";
        if (r.Next(4) == 0)
            text += "\e[K";
        o.AddRange(Encoding.ASCII.GetBytes(text));
    }

    /// <summary>(d) CP437 ANSI art: shading and block glyphs in changing CGA colours, 80-column rows that wrap at once.</summary>
    private static void ArtLine(Random r, List<byte> o)
    {
        ReadOnlySpan<byte> glyphs = [0xB0, 0xB1, 0xB2, 0xDB, 0xDC, 0xDD, 0xDE, 0xDF, 0xC4, 0xCD, 0xBA, 0xB3, 0x20, 0x20];
        var column = 0;
        while (column < 80)
        {
            if (r.Next(5) == 0)
                o.AddRange(Encoding.ASCII.GetBytes($"\e[{(r.Next(2) == 0 ? "0;" : "1;")}{30 + r.Next(8)};{40 + r.Next(8)}m"));
            var run = Math.Min(80 - column, r.Next(1, 9));
            for (var i = 0; i < run; i++)
                o.Add(glyphs[r.Next(glyphs.Length)]);
            column += run;
        }
        // Full rows wrap by themselves in ANSI-BBS mode; some rows end early with CR LF instead.
        if (r.Next(4) == 0)
            o.AddRange("\r\n"u8.ToArray());
    }
}
