using System.Text;

namespace TelnetTui.Terminal.Tests;

/// <summary>
/// Hostile input costs bounded time and memory and leaves the terminal usable: huge REP counts,
/// 5,000-digit and 100,000 parameters, a 50 MB unterminated OSC, deeply nested DCS.
/// Memory is measured as bytes allocated while feeding; time is bounded by the test timeout (a hang guard, not a speed test).
/// </summary>
public class HostileInputTests
{
    private const int HangGuardMs = 60_000;

    private static VirtualTerminal Terminal() => new(new TerminalOptions { Columns = 80, Rows = 25 });

    private static long Allocated(Action action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static void AssertUsable(VirtualTerminal t)
    {
        t.Feed("\e[H\e[2J\e[1;31mstill here\e[0m"u8);
        Assert.Equal("still here", t.Screen.GetLineText(0));
        Assert.Equal(1, t.Screen.GetCell(0, 0).Foreground.Index);
    }

    [Fact(Timeout = HangGuardMs)]
    public async Task A_repeat_count_of_a_billion_fills_only_the_line()
    {
        await Task.Yield();
        var t = Terminal();
        t.Feed("x\e[1000000000b"u8);
        Assert.Equal(new string('x', 80), t.Screen.GetLineText(0));
        Assert.Equal("", t.Screen.GetLineText(1));
        AssertUsable(t);
    }

    [Fact(Timeout = HangGuardMs)]
    public async Task Five_thousand_digit_parameters_clamp()
    {
        await Task.Yield();
        var t = Terminal();
        var digits = new string('9', 5000);
        var bytes = Encoding.ASCII.GetBytes($"\e[{digits};{digits}H\e[{digits}A\e[{digits}m");
        var allocated = Allocated(() => t.Feed(bytes));
        Assert.Equal((0, 79), (t.Screen.Cursor.Row, t.Screen.Cursor.Column));
        Assert.True(allocated < 256 * 1024, $"{allocated} bytes allocated");
        AssertUsable(t);
    }

    [Fact(Timeout = HangGuardMs)]
    public async Task A_hundred_thousand_parameters_are_cut_to_32()
    {
        await Task.Yield();
        var t = Terminal();
        var sb = new StringBuilder("\e[");
        for (var i = 0; i < 100_000; i++)
            sb.Append("1;");
        sb.Append("4mU");
        var bytes = Encoding.ASCII.GetBytes(sb.ToString());
        var allocated = Allocated(() => t.Feed(bytes));
        Assert.Equal(TelnetTui.Terminal.Model.CellAttributes.Bold, t.Screen.GetCell(0, 0).Attributes);
        Assert.True(allocated < 256 * 1024, $"{allocated} bytes allocated");
        AssertUsable(t);
    }

    [Fact(Timeout = HangGuardMs)]
    public async Task A_50_MB_unterminated_osc_is_dropped_in_bounded_memory()
    {
        await Task.Yield();
        var t = Terminal();
        var chunk = Encoding.ASCII.GetBytes(new string('A', 1 << 20));
        var allocated = Allocated(() =>
        {
            t.Feed("\e]2;"u8);
            for (var i = 0; i < 50; i++)
                t.Feed(chunk);
        });
        Assert.True(allocated < 8L * 1024 * 1024, $"{allocated:N0} bytes allocated for a 50 MB OSC");
        Assert.Equal("", t.Screen.Title);
        t.Feed("\a"u8);
        Assert.Equal("", t.Screen.Title);
        AssertUsable(t);
    }

    [Fact(Timeout = HangGuardMs)]
    public async Task An_unterminated_osc_ends_at_can()
    {
        await Task.Yield();
        var t = Terminal();
        t.Feed("\e]2;endless..."u8);
        t.Feed("\u0018"u8);
        AssertUsable(t);
    }

    [Fact(Timeout = HangGuardMs)]
    public async Task Deeply_nested_dcs_is_bounded()
    {
        await Task.Yield();
        var t = Terminal();
        var replies = 0;
        var term = new VirtualTerminal(new TerminalOptions(), _ => replies++);
        var sb = new StringBuilder();
        for (var i = 0; i < 100_000; i++)
            sb.Append("\eP1;2;3$q\eP");
        sb.Append(new string('z', 2_000_000)).Append("\e\\");
        var bytes = Encoding.ASCII.GetBytes(sb.ToString());
        var allocated = Allocated(() => term.Feed(bytes));
        Assert.True(allocated < 16L * 1024 * 1024, $"{allocated:N0} bytes allocated");
        Assert.Equal(0, replies); // every DECRQSS was cancelled by the next ESC P: none answered
        AssertUsable(term);
        AssertUsable(t);
    }

    [Fact(Timeout = HangGuardMs)]
    public async Task Endless_combining_marks_stay_in_one_bounded_cell()
    {
        await Task.Yield();
        var t = Terminal();
        var sb = new StringBuilder("e");
        sb.Insert(1, "\u0301", 100_000);
        t.Feed(Encoding.UTF8.GetBytes(sb.ToString()));
        Assert.True(t.Screen.GetCell(0, 0).Text.Length <= TelnetTui.Terminal.Emulation.GlyphWriter.MaxClusterLength);
        AssertUsable(t);
    }

    [Fact(Timeout = HangGuardMs)]
    public async Task Endless_rgb_rewrites_of_one_line_stay_bounded()
    {
        await Task.Yield();
        var t = Terminal();
        var sb = new StringBuilder();
        for (var i = 0; i < 200_000; i++)
            sb.Append($"\e[38;2;{i & 255};{(i >> 8) & 255};{(i >> 16) & 255}m\e[1;{i % 80 + 1}H#");
        t.Feed(Encoding.ASCII.GetBytes(sb.ToString()));
        var memory = GC.GetTotalMemory(forceFullCollection: true);
        Assert.True(memory < 256L * 1024 * 1024);
        AssertUsable(t);
    }

    [Fact(Timeout = HangGuardMs)]
    public async Task Random_garbage_never_throws()
    {
        await Task.Yield();
        var random = new Random(1234);
        var t = Terminal();
        var buffer = new byte[1 << 16];
        for (var i = 0; i < 64; i++)
        {
            random.NextBytes(buffer);
            // Bias towards escape sequences.
            const string Bias = "\e[;?0123456789mHJKr\u009b";
            for (var j = 0; j < buffer.Length; j += 7)
                buffer[j] = (byte)Bias[random.Next(Bias.Length)];
            t.Feed(buffer);
        }
        t.Feed("\u0018\e\\"u8);
        AssertUsable(t);
    }
}
