using TelnetTui.Tui;
using TelnetTui.Tui.Rendering;
using Buffer = TelnetTui.Tui.Buffer;

namespace TelnetTui.Benchmarks.Tui;

/// <summary>What changes between two 200x50 frames.</summary>
public enum FrameChange
{
    /// <summary>Every cell differs (text and styles): a page scroll or a full repaint.</summary>
    FullScreen,
    /// <summary>One row of 200 cells differs: a new line in a log or a terminal pane.</summary>
    OneLine,
    /// <summary>One cell differs, with a new style: a typed character, a clock tick.</summary>
    OneCharacter,
}

/// <summary>
/// The frames the benchmarks diff and encode: 200x50 of text in a handful of styles (truecolor and palette
/// colours, bold, reverse), as a busy TUI screen looks; encoded for a truecolor terminal with synchronized
/// output, the most bytes per change.
/// </summary>
public static class FrameScenarios
{
    public const int Width = 200;
    public const int Height = 50;

    private static readonly Style[] Styles =
    [
        default,
        new(Color.FromRgb(220, 220, 170)),
        new(Color.BrightCyan, default, TextAttributes.Bold),
        new(Color.FromRgb(30, 30, 30), Color.FromRgb(120, 200, 255)),
        new(Color.FromIndex(208), Color.FromIndex(236)),
        new(default, default, TextAttributes.Reverse),
    ];

    public static Buffer Frame(int seed)
    {
        var buffer = new Buffer(Width, Height);
        var random = new Random(seed);
        for (var y = 0; y < Height; y++)
        {
            var x = 0;
            while (x < Width)
            {
                var word = new string((char)('a' + random.Next(26)), random.Next(1, 9));
                x += buffer.SetString(x, y, word, Styles[random.Next(Styles.Length)]);
                x += buffer.SetString(x, y, " ", default);
            }
        }
        return buffer;
    }

    /// <summary>The frame before and after the change.</summary>
    public static (Buffer Before, Buffer After) Create(FrameChange change)
    {
        var before = Frame(1);
        var after = change == FrameChange.FullScreen ? Frame(2) : new Buffer(Width, Height);
        if (change == FrameChange.FullScreen)
            return (before, after);
        after.CopyFrom(before);
        if (change == FrameChange.OneLine)
        {
            var other = Frame(3);
            other.Row(17).CopyTo(after.Row(17));
        }
        else
            after.Set(117, 33, new Cell('#', new Style(Color.FromRgb(250, 100, 0), Color.FromRgb(0, 0, 128), TextAttributes.Italic | TextAttributes.Underline)));
        return (before, after);
    }

    public static CursorState Cursor => CursorState.At(3, Height - 2, CursorShape.SteadyBar);

    public static FrameEncoder Encoder() => new() { ColorDepth = ColorDepth.TrueColor, SynchronizedOutput = true };

    /// <summary>Bytes written for the change, by an encoder that has just drawn the frame before it.</summary>
    public static int Bytes(FrameChange change)
    {
        var (before, after) = Create(change);
        var encoder = Encoder();
        var output = new ByteBuilder();
        encoder.EncodeFull(before, Cursor, output);
        output.Clear();
        encoder.Encode(before, after, Cursor, output);
        return output.Length;
    }
}
