using TelnetTui.Tui.Rendering;

namespace TelnetTui.Tui.Tests.Rendering;

/// <summary>
/// Issue 5, "How it is checked": random buffers → diff → encoded bytes → a reference terminal (python3-pyte)
/// → its screen equals the buffer, frame after frame (first frame in full, then only differences), at every
/// colour depth.
/// </summary>
public class RoundTripTests
{
    private static readonly string[] Graphemes =
    [
        "a", "b", "Z", "0", "~", " ", " ", " ", "é", "ß", "λ", "─", "│", "█", "中", "文", "한", "Ａ", "e\u0301", "a\u0308",
    ];

    private static readonly string[] PyteNames = ["black", "red", "green", "brown", "blue", "magenta", "cyan", "white"];

    [Theory]
    [InlineData(ColorDepth.TrueColor, 1)]
    [InlineData(ColorDepth.Ansi256, 2)]
    [InlineData(ColorDepth.Ansi16, 3)]
    [InlineData(ColorDepth.Monochrome, 4)]
    public void Random_frames_reach_the_reference_terminal_intact(ColorDepth depth, int seed)
    {
        const int caseCount = 120;
        var random = new Random(seed);
        var cases = new List<(int, int, IReadOnlyList<byte[]>)>();
        var expected = new List<(Buffer[] Frames, CursorState[] Cursors)>();
        for (var n = 0; n < caseCount; n++)
        {
            var cols = random.Next(1, 31);
            var rows = random.Next(1, 9);
            var frameCount = random.Next(1, 6);
            var encoder = new FrameEncoder { ColorDepth = depth, SynchronizedOutput = random.Next(2) == 0 };
            var frames = new Buffer[frameCount];
            var cursors = new CursorState[frameCount];
            var bytes = new List<byte[]>();
            Buffer? previous = null;
            for (var f = 0; f < frameCount; f++)
            {
                var buffer = new Buffer(cols, rows);
                if (previous is not null)
                    buffer.CopyFrom(previous);
                Mutate(buffer, random, f == 0 ? 1.0 : random.NextDouble());
                var cursor = random.Next(3) == 0 ? CursorState.Hidden : CursorState.At(random.Next(cols), random.Next(rows));
                var output = new ByteBuilder();
                if (previous is null)
                    encoder.EncodeFull(buffer, cursor, output);
                else
                    encoder.Encode(previous, buffer, cursor, output);
                bytes.Add(output.ToArray());
                frames[f] = buffer;
                cursors[f] = cursor;
                previous = buffer;
            }
            cases.Add((cols, rows, bytes));
            expected.Add((frames, cursors));
        }

        var screens = ReferenceTerminal.Run(cases);

        for (var n = 0; n < caseCount; n++)
        {
            for (var f = 0; f < expected[n].Frames.Length; f++)
            {
                var where = $"seed {seed}, case {n}, frame {f}";
                AssertScreenEquals(expected[n].Frames[f], depth, screens[n][f], where);
                var cursor = expected[n].Cursors[f];
                Assert.True(cursor.Visible == screens[n][f].CursorVisible, $"{where}: cursor visibility");
                if (cursor.Visible)
                    Assert.True((cursor.X, cursor.Y) == (screens[n][f].CursorX, screens[n][f].CursorY), $"{where}: cursor at {screens[n][f].CursorX},{screens[n][f].CursorY}, expected {cursor.X},{cursor.Y}");
            }
        }
    }

    [Fact]
    public void Wide_characters_replaced_by_narrow_ones_and_back_leave_no_debris()
    {
        var a = new Buffer(6, 1);
        a.SetString(0, 0, "中文字", default);
        var b = new Buffer(6, 1);
        b.SetString(0, 0, "x中yz", default);
        var c = new Buffer(6, 1);
        c.SetString(1, 0, "文字", new Style(Color.Red));
        var encoder = new FrameEncoder();
        var frames = new List<byte[]>();
        var output = new ByteBuilder();
        encoder.EncodeFull(a, CursorState.Hidden, output);
        frames.Add(output.ToArray());
        output.Clear();
        encoder.Encode(a, b, CursorState.Hidden, output);
        frames.Add(output.ToArray());
        output.Clear();
        encoder.Encode(b, c, CursorState.At(5, 0), output);
        frames.Add(output.ToArray());

        var screens = ReferenceTerminal.Run([(6, 1, frames)]);

        AssertScreenEquals(a, ColorDepth.TrueColor, screens[0][0], "frame 0");
        AssertScreenEquals(b, ColorDepth.TrueColor, screens[0][1], "frame 1");
        AssertScreenEquals(c, ColorDepth.TrueColor, screens[0][2], "frame 2");
    }

    private static void Mutate(Buffer buffer, Random random, double amount)
    {
        var cells = (int)Math.Ceiling(buffer.Width * buffer.Height * amount);
        for (var i = 0; i < cells; i++)
        {
            var x = random.Next(buffer.Width);
            var y = random.Next(buffer.Height);
            if (random.Next(6) == 0)
            {
                buffer.Set(x, y, Cell.Blank);
                continue;
            }
            var g = Graphemes[random.Next(Graphemes.Length)];
            buffer.Set(x, y, Cell.FromGrapheme(g, RandomStyle(random)));
        }
        if (random.Next(4) == 0)
        {
            var y = random.Next(buffer.Height);
            buffer.SetString(random.Next(-2, buffer.Width), y, "中x文yy字", RandomStyle(random));
        }
    }

    private static Style RandomStyle(Random random)
    {
        if (random.Next(3) == 0)
            return default;
        var attributes = (TextAttributes)random.Next(256) & (random.Next(2) == 0 ? TextAttributes.None : (TextAttributes)0xFF);
        return new Style(RandomColor(random), RandomColor(random), attributes);
    }

    private static Color RandomColor(Random random) => random.Next(4) switch
    {
        0 => Color.Default,
        1 => Color.FromIndex(random.Next(16)),
        2 => Color.FromIndex(random.Next(256)),
        _ => Color.FromRgb((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256)),
    };

    internal static void AssertScreenEquals(Buffer buffer, ColorDepth depth, PyteScreen screen, string where)
    {
        Assert.Equal(buffer.Height, screen.Cells.Length);
        for (var y = 0; y < buffer.Height; y++)
        {
            for (var x = 0; x < buffer.Width; x++)
            {
                var cell = buffer[x, y];
                var actual = screen.Cells[y][x];
                var style = ColorMapper.Map(cell.Style, depth);
                var want = new PyteCell(
                    Composed(cell.Symbol),
                    PyteColor(style.Foreground),
                    PyteColor(style.Background),
                    style.Has(TextAttributes.Bold),
                    style.Has(TextAttributes.Italic),
                    style.Has(TextAttributes.Underline),
                    style.Has(TextAttributes.Strikethrough),
                    style.Has(TextAttributes.Reverse));
                if (want != actual)
                    Assert.Fail($"{where}: cell ({x},{y}) is {actual}, expected {want}\nexpected screen:\n{buffer}\nreference screen:\n{string.Join('\n', screen.Cells.Select(r => string.Concat(r.Select(c => c.Data))))}");
            }
        }
    }

    // pyte composes a base and its mark (NFC); the invariant-globalization runtime cannot, so the test's clusters are listed.
    private static string Composed(string symbol) => symbol switch
    {
        "e\u0301" => "é",
        "a\u0308" => "ä",
        _ => symbol,
    };

    // pyte names the 8 base colours and keeps every other colour as lowercase rrggbb.
    private static string PyteColor(Color color) => color.Kind switch
    {
        ColorKind.Default => "default",
        ColorKind.Indexed when color.Index < 8 => PyteNames[color.Index],
        ColorKind.Indexed => ColorMapper.PaletteRgb(color.Index).ToString("x6"),
        _ => $"{color.R:x2}{color.G:x2}{color.B:x2}",
    };
}
