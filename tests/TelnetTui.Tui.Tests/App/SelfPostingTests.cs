using TelnetTui.Tui.App;
using TelnetTui.Tui.Input;
using TelnetTui.Tui.Tests.Input;
using TelnetTui.Tui.Tests.Support;

namespace TelnetTui.Tui.Tests.App;

/// <summary>
/// A handler that posts itself again from the UI thread (a session working through a zlib bomb 256 KiB at
/// a time, issue 8) still lets the turn end at its budget, so a frame is drawn and keys are seen between
/// slices; keys posted on the UI thread still come first.
/// </summary>
public class SelfPostingTests
{
    private sealed record Slice(int Left) : Message;

    [Fact]
    public void A_message_that_posts_itself_again_ends_the_turn_at_the_time_budget()
    {
        var clock = new FakeClock();
        var app = new Application(new FakeTerminal(10, 3), new ApplicationOptions { DrainTimeBudget = TimeSpan.FromMilliseconds(12) }, clock);
        var handled = 0;
        app.MessageReceived += m =>
        {
            if (m is not Slice slice)
                return false;
            handled++;
            clock.Advance(TimeSpan.FromMilliseconds(5)); // each slice costs 5 ms
            if (slice.Left > 0)
                app.Post(new Slice(slice.Left - 1));
            return true;
        };
        app.Post(new Slice(1000));

        Assert.True(app.ProcessPending());
        Assert.Equal(3, handled); // 0, 5, 10 ms started within the 12 ms budget; at 15 ms the turn ends
        app.RenderFrame();
        Assert.Equal(1, app.FramesDrawn);
        Assert.True(app.ProcessPending());
        Assert.Equal(6, handled);
    }

    [Fact]
    public void Input_posted_on_the_UI_thread_goes_before_a_message_posted_before_it()
    {
        var app = new Application(new FakeTerminal(10, 3), null, new FakeClock());
        app.ProcessPending(); // this thread is now the UI thread
        var order = new List<string>();
        app.MessageReceived += m =>
        {
            order.Add("message");
            return false;
        };
        app.TerminalFocusChanged += _ => order.Add("input");
        app.Post(new Slice(0));
        app.Post(new FocusEvent(true));
        app.ProcessPending();
        Assert.Equal(["input", "message"], order);
    }
}
