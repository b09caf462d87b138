using TelnetTui.App.Tests.Support;
using TelnetTui.Tui;
using TelnetTui.Tui.Input;

namespace TelnetTui.App.Tests.Panes;

/// <summary>
/// Scrollback in the terminal pane: keys and the wheel scroll back, the view splits so the live tail stays
/// in sight, it stays on its text while new lines arrive, search finds and highlights text in the scrollback.
/// </summary>
public sealed class ScrollbackTests : IAsyncLifetime
{
    private readonly AppHarness _h = AppHarness.Create(60, 20);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _h.DisposeAsync();

    private void Fill(int from, int to) =>
        _h.FromHost(string.Concat(Enumerable.Range(from, to - from + 1).Select(i => $"line {i}\r\n")), () => _h.Session!.Screen.GetLineText(_h.Session.Screen.Rows - 2).Contains($"line {to}"));

    [Fact]
    public void Scrolled_back_the_view_splits_with_the_live_tail_below()
    {
        _h.Connect();
        Fill(1, 100);
        var screenRows = _h.Session!.Screen.Rows;
        _h.Key(Key.PageUp, KeyModifiers.Shift);
        var lines = _h.Lines();
        var bar = Array.FindIndex(lines, l => l.Contains("scrolled back", StringComparison.Ordinal));
        Assert.True(bar > 0, string.Join("\n", lines));
        // above the bar: older lines, in order; below it: the newest lines of the live screen
        var above = lines[..bar].Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        Assert.All(above, l => Assert.StartsWith("line ", l));
        Assert.True(int.Parse(above[^1][5..]) < 80, above[^1]);
        Assert.Contains(lines[(bar + 1)..], l => l.Trim() == "line 100");
        Assert.Equal(_h.App.State.Theme.Scrolled, _h.Frame()[0, bar].Style);

        // new output: the scrollback part stays on its text, the tail shows the new line
        var before = lines[..bar];
        _h.FromHost("line 101\r\n");
        var after = _h.Lines();
        Assert.Equal(before, after[..bar]);
        Assert.Contains(after[(bar + 1)..], l => l.Trim() == "line 101");

        _h.Key(Key.End, KeyModifiers.Shift);
        Assert.DoesNotContain(_h.Lines(), l => l.Contains("scrolled back", StringComparison.Ordinal));
        Assert.Equal(screenRows, _h.Session.Screen.Rows);
    }

    [Fact]
    public void The_wheel_scrolls_three_lines_a_notch()
    {
        _h.Connect();
        Fill(1, 50);
        _h.Mouse(new MouseEvent(MouseAction.WheelUp, MouseButton.None, 10, 5));
        Assert.Equal(3, _h.App.Terminal.Screen.ScrollOffset);
        _h.Mouse(new MouseEvent(MouseAction.WheelDown, MouseButton.None, 10, 5));
        Assert.Equal(0, _h.App.Terminal.Screen.ScrollOffset);
    }

    [Fact]
    public void Search_finds_older_text_scrolls_to_it_and_highlights_it()
    {
        _h.Connect();
        Fill(1, 100);
        _h.Key(KeyEvent.Char('f', KeyModifiers.Alt));
        Assert.True(_h.App.Terminal.IsSearching);
        _h.Type("line 17");
        _h.Key(Key.Enter);
        var frame = _h.Frame();
        var row = Enumerable.Range(0, frame.Height).FirstOrDefault(y => frame.GetLine(y).Trim() == "line 17", -1);
        Assert.True(row >= 0, frame.ToString());
        var x = frame.GetLine(row).IndexOf("line 17", StringComparison.Ordinal);
        Assert.True(_h.App.State.Theme.Search.Background == frame[x, row].Style.Background, $"({x},{row}) {frame[x, row]}\n{frame}");
        Assert.Contains("Find: line 17", frame.ToString());
        // not found further back: the search line says so in the error style
        _h.Key(Key.Backspace);
        _h.Key(Key.Backspace);
        _h.Type("zz");
        _h.Key(Key.Enter);
        Assert.Contains("not found", _h.Lines()[^1]);
        _h.Key(Key.Escape);
        Assert.False(_h.App.Terminal.IsSearching);
    }
}
