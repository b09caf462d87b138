using TelnetTui.App.Tests.Support;
using TelnetTui.Tui.Input;

namespace TelnetTui.App.Tests.Panes;

/// <summary>
/// NAWS (RFC 1073) follows the terminal pane: the size the host is told is the pane's, and every change of
/// the pane — the window resized, a side pane opened or closed, the input line coming or going — sends
/// the new size at once. A host entry that pins a size keeps it.
/// </summary>
public sealed class NawsFollowsPaneTests : IAsyncLifetime
{
    private readonly AppHarness _h = AppHarness.Create(100, 30);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _h.DisposeAsync();

    private static byte[] Naws(int columns, int rows) =>
        [255, 250, 31, (byte)(columns >> 8), (byte)columns, (byte)(rows >> 8), (byte)rows, 255, 240];

    private void ExpectNaws(int columns, int rows) =>
        _h.Pump(() => Bytes.Contains(_h.Host.FromClient, Naws(columns, rows)), $"NAWS {columns}x{rows}");

    [Fact]
    public void The_first_NAWS_is_the_panes_size_and_each_resize_sends_a_new_one()
    {
        _h.Connect();
        _h.FromHost(Bytes.Of("IAC DO NAWS \"> \""));
        // line mode: 100 columns minus the prompt gutter; 30 rows minus the status and input lines
        ExpectNaws(99, 28);
        Assert.Equal("99x28", $"{_h.Session!.Screen.Columns}x{_h.Session.Screen.Rows}");

        _h.Key(KeyEvent.Char('b', KeyModifiers.Alt)); // the book opens at the side
        _h.Frame();
        var (columns, rows) = _h.App.Terminal.ReportedSize;
        Assert.True(columns < 80, $"the book took no room: {columns}");
        ExpectNaws(columns, 28);

        _h.Key(KeyEvent.Char('b', KeyModifiers.Alt)); // and closes again
        _h.Host.ClearFromClient();
        _h.Frame();
        ExpectNaws(99, 28);

        _h.Terminal.Columns = 120;
        _h.Terminal.Rows = 40;
        _h.App.Application.Post(new ResizeEvent(120, 40));
        _h.App.Application.ProcessPending();
        _h.Frame();
        ExpectNaws(119, 38);
    }

    [Fact]
    public void Character_mode_gives_the_input_line_and_gutter_back_to_the_screen()
    {
        _h.Connect();
        _h.FromHost(Bytes.Of("IAC DO NAWS"));
        ExpectNaws(99, 28);
        _h.FromHost(Bytes.Of("IAC WILL ECHO IAC WILL SGA"), () => _h.Session!.Mode == Core.Input.InputMode.Character);
        _h.Frame();
        ExpectNaws(100, 29);
    }

    [Fact]
    public void A_pinned_size_is_reported_whatever_the_pane()
    {
        _h.Connect(new Core.Book.HostEntry { Id = "bbs", Host = "bbs.example", NawsSize = new Core.Settings.TerminalSize(80, 25) });
        _h.FromHost(Bytes.Of("IAC DO NAWS"));
        ExpectNaws(80, 25);
        _h.Key(KeyEvent.Char('b', KeyModifiers.Alt));
        _h.Frame();
        _h.Settle();
        Assert.False(Bytes.Contains(_h.Host.FromClient, Naws(_h.App.Terminal.ReportedSize.Columns, _h.App.Terminal.ReportedSize.Rows)));
        Assert.Contains("80x25 pinned", _h.Lines()[^1]);
    }
}
