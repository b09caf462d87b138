using System.Text;
using TelnetTui.App.Tests.Support;
using TelnetTui.Core.Input;
using TelnetTui.Tui;
using TelnetTui.Tui.Input;

namespace TelnetTui.App.Tests.Panes;

/// <summary>
/// The terminal pane in line mode (a MUD): the host's text on screen, prompts (IAC GA / IAC EOR, RFC 854 and
/// RFC 885) marked in the gutter and shown beside the input line, lines sent on Enter and echoed locally in
/// the echo colour, and input masked while the host echoes (RFC 857) — a password never shows or echoes.
/// </summary>
public sealed class LineModeTests : IAsyncLifetime
{
    private readonly AppHarness _h = AppHarness.Create(80, 12);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _h.DisposeAsync();

    [Fact]
    public void A_prompt_is_marked_in_the_gutter_and_shown_beside_the_input_line()
    {
        _h.Connect();
        _h.FromHost(Bytes.Of("\"Welcome to the test MUD\\r\\n\" \"<100hp 50mv> \" IAC GA"), () => _h.Session!.CurrentPrompt is not null);
        var lines = _h.Lines();
        Assert.Equal(" Welcome to the test MUD", lines[0].TrimEnd());
        Assert.Equal("▸<100hp 50mv>", lines[1].TrimEnd());
        // the input line (row above the status line) starts with the prompt
        Assert.StartsWith("<100hp 50mv> ", lines[^2]);
        var frame = _h.Frame();
        Assert.Equal(_h.App.State.Theme.PromptMark, frame[0, 1].Style);
        Assert.Equal(_h.App.State.Theme.ServerPrompt.Foreground, frame[0, 10].Style.Foreground);
    }

    [Fact]
    public void Enter_sends_the_line_and_echoes_it_in_the_echo_colour()
    {
        _h.Connect();
        _h.FromHost("> ");
        _h.Type("look north");
        Assert.Contains("look north", _h.Lines()[^2]);
        _h.Key(Key.Enter);
        _h.Pump(() => Encoding.UTF8.GetString(_h.Host.FromClient).Contains("look north\r\n"), "the line to reach the host");
        _h.Settle();
        var frame = _h.Frame();
        var row = Enumerable.Range(0, frame.Height).First(y => frame.GetLine(y).Contains("look north"));
        var x = frame.GetLine(row).IndexOf("look north", StringComparison.Ordinal);
        Assert.Equal(_h.App.State.Theme.LocalEcho.Foreground, frame[x, row].Style.Foreground);
        Assert.DoesNotContain("look north", frame.GetLine(frame.Height - 2)); // the input line is empty again
        Assert.Contains("look north", _h.Session!.History!.Entries);
    }

    [Fact]
    public void Up_recalls_this_hosts_earlier_lines()
    {
        _h.Connect();
        _h.Type("first");
        _h.Key(Key.Enter);
        _h.Type("second");
        _h.Key(Key.Enter);
        _h.Key(Key.Up);
        _h.Key(Key.Up);
        Assert.Contains("first", _h.Lines()[^2]);
    }

    [Fact]
    public void While_the_host_echoes_the_input_is_masked_kept_out_of_history_and_not_echoed()
    {
        _h.Connect();
        _h.FromHost(Bytes.Of("\"Password: \" IAC WILL ECHO"), () => _h.Session!.InputMasked);
        Assert.Equal(InputMode.Line, _h.Session!.Mode);
        _h.Type("s3cret");
        var inputLine = _h.Lines()[^2];
        Assert.Contains("••••••", inputLine);
        Assert.DoesNotContain("s3cret", inputLine);
        Assert.Contains("line (masked)", _h.Lines()[^1]);
        _h.Key(Key.Enter);
        _h.Pump(() => Encoding.UTF8.GetString(_h.Host.FromClient).Contains("s3cret\r\n"), "the password to reach the host");
        _h.Settle();
        Assert.DoesNotContain("s3cret", _h.Text());
        Assert.DoesNotContain("s3cret", _h.Session.History!.Entries);
        _h.Key(Key.Up);
        Assert.DoesNotContain("s3cret", _h.Text());
    }

    [Fact]
    public void PageUp_in_the_input_line_scrolls_the_terminal()
    {
        _h.Connect();
        _h.FromHost(string.Concat(Enumerable.Range(1, 60).Select(i => $"line {i}\r\n")));
        _h.Key(Key.PageUp);
        Assert.True(_h.App.Terminal.Screen.ScrollOffset > 0);
        Assert.Contains(_h.Lines(), l => l.Contains("scrolled back", StringComparison.Ordinal));
    }
}
