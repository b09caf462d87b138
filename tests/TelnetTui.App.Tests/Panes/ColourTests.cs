using TelnetTui.App.Tests.Support;
using TelnetTui.Core.Book;
using TelnetTui.Tui;
using TelnetTui.Tui.Rendering;

namespace TelnetTui.App.Tests.Panes;

/// <summary>
/// How the remote screen's colours are drawn: a CP437 host is in ANSI-BBS mode, where bold means the bright
/// half of the CGA palette and, on a true-colour terminal, colours are CGA's exact RGB (brown, not dark
/// yellow); other hosts keep the user's palette unless the theme has one.
/// </summary>
public class ColourTests
{
    [Fact]
    public async Task ANSI_BBS_colours_are_CGA_and_bold_is_bright()
    {
        await using var h = AppHarness.Create(80, 10);
        h.Connect(new HostEntry { Id = "bbs", Host = "bbs.example", Encoding = "cp437", Mode = HostMode.Bbs });
        h.FromHost(Bytes.Of("\"\\e[33mA\\e[1;34mB\\e[0m\" 03"));
        var frame = h.Frame();
        Assert.Equal("AB♥", frame.GetLine(0)[..3]);
        Assert.Equal(Color.FromRgb(0xAA, 0x55, 0x00), frame[0, 0].Style.Foreground);
        Assert.Equal(Color.FromRgb(0x55, 0x55, 0xFF), frame[1, 0].Style.Foreground);
        Assert.False(frame[1, 0].Style.Has(TextAttributes.Bold));
    }

    [Fact]
    public async Task On_a_16_colour_terminal_the_indexes_go_through_unchanged()
    {
        await using var h = AppHarness.Create(80, 10, depth: ColorDepth.Ansi16);
        h.Connect(new HostEntry { Id = "bbs", Host = "bbs.example", Encoding = "cp437", Mode = HostMode.Bbs });
        h.FromHost("\e[1;34mB");
        Assert.Equal(Color.BrightBlue, h.Frame()[0, 0].Style.Foreground);
    }

    [Fact]
    public async Task A_UTF8_host_keeps_the_terminals_own_palette_and_wide_characters_stay_whole()
    {
        await using var h = AppHarness.Create(80, 10);
        h.Connect(new HostEntry { Id = "mud", Host = "mud.example", Mode = HostMode.Mud });
        h.FromHost("\e[31mred 中文\e[0m");
        var frame = h.Frame();
        // line mode: column 0 is the prompt gutter
        Assert.Equal(Color.Red, frame[1, 0].Style.Foreground);
        Assert.Equal(2, frame[5, 0].Width);
        Assert.True(frame[6, 0].IsContinuation);
        Assert.Equal(" red 中文", frame.GetLine(0).TrimEnd());
    }
}
