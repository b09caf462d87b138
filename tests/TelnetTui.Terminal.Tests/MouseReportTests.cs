using TelnetTui.Terminal.Input;

namespace TelnetTui.Terminal.Tests;

/// <summary>Mouse reports and bracketed paste as the host asked for them (xterm ctlseqs "Mouse Tracking", DECSET 2004).</summary>
public class MouseReportTests
{
    private static string Report(string modes, MouseEvent e)
    {
        var t = new VirtualTerminal();
        t.Feed(System.Text.Encoding.ASCII.GetBytes(modes));
        return VectorText(MouseReport.Encode(e, t.Screen.Modes));
    }

    private static string VectorText(byte[] bytes) => string.Concat(bytes.Select(b => b is < 0x20 or >= 0x7f ? $"\\x{b:x2}" : ((char)b).ToString()));

    [Fact]
    public void Nothing_is_sent_unless_the_host_asked()
    {
        Assert.Equal("", Report("", new MouseEvent(MouseAction.Press, MouseButton.Left, 0, 0)));
    }

    [Fact]
    public void Normal_tracking_reports_presses_and_releases_with_modifiers()
    {
        Assert.Equal("\\x1b[M !!", Report("\e[?1000h", new MouseEvent(MouseAction.Press, MouseButton.Left, 0, 0)));
        Assert.Equal("\\x1b[M3*'", Report("\e[?1000h", new MouseEvent(MouseAction.Release, MouseButton.Left, 6, 9, MouseModifiers.Control)));
        Assert.Equal("", Report("\e[?1000h", new MouseEvent(MouseAction.Motion, MouseButton.Left, 1, 1)));
    }

    [Fact]
    public void X10_reports_presses_only_without_modifiers()
    {
        Assert.Equal("\\x1b[M\"!!", Report("\e[?9h", new MouseEvent(MouseAction.Press, MouseButton.Right, 0, 0, MouseModifiers.Shift)));
        Assert.Equal("", Report("\e[?9h", new MouseEvent(MouseAction.Release, MouseButton.Right, 0, 0)));
    }

    [Fact]
    public void Button_event_tracking_reports_drags_but_not_free_motion()
    {
        Assert.Equal("\\x1b[M@##", Report("\e[?1002h", new MouseEvent(MouseAction.Motion, MouseButton.Left, 2, 2)));
        Assert.Equal("", Report("\e[?1002h", new MouseEvent(MouseAction.Motion, MouseButton.None, 2, 2)));
        Assert.Equal("\\x1b[MC##", Report("\e[?1003h", new MouseEvent(MouseAction.Motion, MouseButton.None, 2, 2)));
    }

    [Fact]
    public void Wheel_is_a_press_of_button_64_and_65()
    {
        Assert.Equal("\\x1b[<64;5;3M", Report("\e[?1000;1006h", new MouseEvent(MouseAction.Press, MouseButton.WheelUp, 2, 4)));
        Assert.Equal("\\x1b[<65;5;3M", Report("\e[?1000;1006h", new MouseEvent(MouseAction.Press, MouseButton.WheelDown, 2, 4)));
    }

    [Fact]
    public void Sgr_encoding_keeps_the_button_on_release_and_any_coordinate()
    {
        Assert.Equal("\\x1b[<2;300;400m", Report("\e[?1000;1006h", new MouseEvent(MouseAction.Release, MouseButton.Right, 399, 299)));
    }

    [Fact]
    public void Byte_encoding_clamps_large_coordinates()
    {
        Assert.Equal("\\x1b[M \\xff\\xff", Report("\e[?1000h", new MouseEvent(MouseAction.Press, MouseButton.Left, 500, 500)));
    }

    [Fact]
    public void Bracketed_paste_wraps_the_text_and_drops_an_embedded_end_marker()
    {
        var t = new VirtualTerminal();
        Assert.Equal("hi", MouseReport.Paste("hi", t.Screen.Modes));
        t.Feed("\e[?2004h"u8);
        Assert.Equal("\e[200~a\e[201~", MouseReport.Paste("a\e[201~", t.Screen.Modes));
    }
}
