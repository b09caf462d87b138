using System.Text;
using TelnetTui.App.Tests.Support;
using TelnetTui.Tui;
using TelnetTui.Tui.Input;

namespace TelnetTui.App.Tests.Panes;

/// <summary>
/// The mouse over the terminal: dragging selects text (highlighted) and copies it when the button goes up
/// (to the user's clipboard with OSC 52, xterm ctlseqs); when the host asked for mouse reports (DECSET
/// 1000/1006) the events go to the host instead, unless Shift is held.
/// </summary>
public sealed class SelectionAndMouseTests : IAsyncLifetime
{
    private readonly AppHarness _h = AppHarness.Create(60, 12);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _h.DisposeAsync();

    private void Drag(int x1, int y1, int x2, int y2, KeyModifiers modifiers = KeyModifiers.None)
    {
        _h.Mouse(new MouseEvent(MouseAction.Press, MouseButton.Left, x1, y1, modifiers));
        _h.Mouse(new MouseEvent(MouseAction.Drag, MouseButton.Left, x2, y2, modifiers));
        _h.Frame();
        _h.Mouse(new MouseEvent(MouseAction.Release, MouseButton.Left, x2, y2, modifiers));
    }

    [Fact]
    public void A_drag_selects_across_lines_and_copies_the_text()
    {
        _h.Connect();
        _h.FromHost("first line here\r\nsecond line\r\n");
        // the gutter takes column 0: "first" starts at column 1
        _h.Mouse(new MouseEvent(MouseAction.Press, MouseButton.Left, 7, 0));
        _h.Mouse(new MouseEvent(MouseAction.Drag, MouseButton.Left, 6, 1));
        var frame = _h.Frame();
        Assert.True(frame[7, 0].Style.Has(TextAttributes.Reverse));
        Assert.True(frame[6, 1].Style.Has(TextAttributes.Reverse));
        Assert.False(frame[7, 1].Style.Has(TextAttributes.Reverse));
        _h.Mouse(new MouseEvent(MouseAction.Release, MouseButton.Left, 6, 1));
        Assert.Equal(["line here\nsecond"], _h.Clipboard.Copies);
        Assert.Contains("copied 16 characters", _h.Lines()[^1]);
    }

    [Fact]
    public void The_clipboard_of_the_users_terminal_gets_an_OSC_52()
    {
        var bytes = TelnetTui.App.Osc52Clipboard.Encode(Encoding.UTF8.GetBytes("héllo"));
        Assert.Equal("\e]52;c;aMOpbGxv\a", Encoding.ASCII.GetString(bytes));
    }

    [Fact]
    public void With_mouse_reporting_on_clicks_go_to_the_host_and_Shift_selects()
    {
        _h.Connect();
        _h.FromHost(Bytes.Of("IAC WILL ECHO IAC WILL SGA \"\\e[?1000h\\e[?1006hmenu item\""), () => _h.Session!.WantsMouse);
        _h.Frame();
        _h.Host.ClearFromClient();
        _h.Mouse(new MouseEvent(MouseAction.Press, MouseButton.Left, 2, 0));
        _h.Mouse(new MouseEvent(MouseAction.Release, MouseButton.Left, 2, 0));
        _h.Pump(() => _h.Host.FromClient.Length >= 18, "the mouse reports");
        Assert.Equal("\e[<0;3;1M\e[<0;3;1m", Encoding.ASCII.GetString(_h.Host.FromClient));
        Assert.Empty(_h.Clipboard.Copies);
        Drag(0, 0, 3, 0, KeyModifiers.Shift);
        Assert.Equal(["menu"], _h.Clipboard.Copies);
    }

    [Fact]
    public void Web_addresses_are_underlined()
    {
        _h.Connect();
        _h.FromHost("see https://example.org/a_b. now\r\n");
        var frame = _h.Frame();
        var line = frame.GetLine(0);
        var start = line.IndexOf("https", StringComparison.Ordinal);
        var end = line.IndexOf(". now", StringComparison.Ordinal);
        for (var x = start; x < end; x++)
            Assert.True(frame[x, 0].Style.Has(TextAttributes.Underline), $"column {x} of '{line}'");
        Assert.False(frame[end, 0].Style.Has(TextAttributes.Underline)); // the full stop ends the sentence
        Assert.False(frame[start - 1, 0].Style.Has(TextAttributes.Underline));
    }
}
