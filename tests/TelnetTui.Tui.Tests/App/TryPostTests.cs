using TelnetTui.Tui.App;
using TelnetTui.Tui.Input;
using TelnetTui.Tui.Tests.Input;
using TelnetTui.Tui.Tests.Support;

namespace TelnetTui.Tui.Tests.App;

/// <summary>TryPost: a poster that must not block (a timer's housekeeping, a network reader's control message) learns when the queue is full.</summary>
public class TryPostTests
{
    private sealed record Tick(int N) : Message;

    [Fact]
    public async Task TryPost_fills_the_queue_then_says_no_and_the_messages_arrive_in_order()
    {
        var app = new Application(new FakeTerminal(10, 3), new ApplicationOptions { MessageQueueCapacity = 2 }, new FakeClock());
        var seen = new List<int>();
        app.MessageReceived += m =>
        {
            if (m is Tick t)
                seen.Add(t.N);
            return false;
        };
        var posted = await Task.Run(() => new[] { app.TryPost(new Tick(1)), app.TryPost(new Tick(2)), app.TryPost(new Tick(3)) }, TestContext.Current.CancellationToken);
        Assert.Equal([true, true, false], posted);
        app.ProcessPending();
        Assert.Equal([1, 2], seen);
        Assert.True(await Task.Run(() => app.TryPost(new Tick(4)), TestContext.Current.CancellationToken));
        app.ProcessPending();
        Assert.Equal([1, 2, 4], seen);
    }

    [Fact]
    public void On_the_UI_thread_TryPost_queues_locally()
    {
        var app = new Application(new FakeTerminal(10, 3), new ApplicationOptions { MessageQueueCapacity = 1 }, new FakeClock());
        app.ProcessPending(); // this thread is now the UI thread
        Assert.True(app.TryPost(new KeyEvent(Key.Enter)));
        Assert.True(app.TryPost(new Tick(1)));
        Assert.True(app.TryPost(new Tick(2)));
    }
}
