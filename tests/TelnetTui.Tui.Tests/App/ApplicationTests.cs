using TelnetTui.Tui.App;
using TelnetTui.Tui.Input;
using TelnetTui.Tui.Tests.Input;
using TelnetTui.Tui.Tests.Support;
using TelnetTui.Tui.Widgets;
using static TelnetTui.Tui.Tests.Support.Keys;

namespace TelnetTui.Tui.Tests.App;

/// <summary>
/// Issue 5 item 5 and DESIGN.md "Threads": one UI thread, bounded queues, input first, budgets per turn,
/// render only on change and at most ~60 times a second, nothing written while idle; plus key, mouse and
/// focus routing.
/// </summary>
public class ApplicationTests
{
    private sealed record Data(int Bytes, bool Changes = true) : Message
    {
        public override int ByteCount => Bytes;
    }

    private static (Application App, FakeTerminal Terminal, Probe A, Probe B, Stack Root) Setup(ApplicationOptions? options = null)
    {
        var terminal = new FakeTerminal(40, 12);
        var app = new Application(terminal, options, new FakeClock());
        var a = new Probe("a");
        var b = new Probe("b");
        var root = new Stack(a, b);
        app.Root = root;
        app.RenderFrame();
        return (app, terminal, a, b, root);
    }

    private static void Send(Application app, params Message[] messages)
    {
        foreach (var m in messages)
            app.Post(m);
        app.ProcessPending();
    }

    [Fact]
    public void The_first_frame_is_drawn_in_full_and_focus_goes_to_the_first_widget()
    {
        var (app, terminal, a, _, _) = Setup();
        Assert.Contains("\e[2J", terminal.LastWrite);
        Assert.Same(a, app.Focus.Focused);
        app.RenderFrame();
        Assert.Equal("*a", app.Screen.GetLine(0).TrimEnd());
    }

    [Fact]
    public void Idle_costs_nothing_no_frame_and_no_bytes()
    {
        var (app, terminal, _, _, _) = Setup();
        app.RenderFrame();
        var writes = terminal.Writes.Count;
        var frames = app.FramesDrawn;
        Assert.False(app.ProcessPending());
        app.RenderFrame();
        app.RenderFrame();
        Assert.Equal(writes, terminal.Writes.Count);
        Assert.Equal(frames, app.FramesDrawn);
    }

    [Fact]
    public void A_message_that_changes_nothing_draws_nothing()
    {
        var (app, terminal, _, _, _) = Setup();
        app.RenderFrame();
        app.MessageReceived += m => m is Data { Changes: true };
        var writes = terminal.Writes.Count;
        Send(app, new Data(1, Changes: false));
        app.RenderFrame();
        Assert.Equal(writes, terminal.Writes.Count);
        var frames = app.FramesDrawn;
        Send(app, new Data(1, Changes: true));
        app.RenderFrame();
        Assert.Equal(frames + 1, app.FramesDrawn);
    }

    [Fact]
    public void Keys_go_to_the_focused_widget_and_unhandled_ones_bubble_up()
    {
        var terminal = new FakeTerminal(20, 4);
        var app = new Application(terminal, null, new FakeClock());
        var a = new Probe("a", handles: false);
        var root = new Stack(a, new Probe("b"));
        app.Root = root;
        app.RenderFrame();
        Send(app, C('x'), K(Key.F12));
        Assert.Equal([C('x'), K(Key.F12)], a.Received);
        Assert.Equal([C('x'), K(Key.F12)], root.Received);
    }

    [Fact]
    public void Tab_and_Shift_Tab_move_focus_in_order_and_wrap()
    {
        var (app, _, a, b, _) = Setup();
        Send(app, K(Key.Tab));
        Assert.Same(b, app.Focus.Focused);
        Send(app, K(Key.Tab));
        Assert.Same(a, app.Focus.Focused);
        Send(app, K(Key.Tab, KeyModifiers.Shift));
        Assert.Same(b, app.Focus.Focused);
        Assert.True(b.HasFocus && !a.HasFocus);
    }

    [Fact]
    public void A_click_focuses_the_widget_under_the_pointer()
    {
        var (app, _, a, b, root) = Setup();
        Send(app, Click(1, 1));
        Assert.Same(b, app.Focus.Focused);
        Assert.True(root.HasFocusWithin);
        Assert.IsType<MouseEvent>(Assert.Single(b.Received));
        Assert.Empty(a.Received);
    }

    [Fact]
    public void Global_bindings_come_before_the_focused_widget()
    {
        var (app, _, a, _, _) = Setup();
        var ran = 0;
        app.Commands.Add("act", "Act", () => ran++);
        app.Keys.Bind("Alt+B", "act");
        Send(app, Alt('b'), Alt('c'));
        Assert.Equal(1, ran);
        Assert.Equal([Alt('c')], a.Received);
    }

    [Fact]
    public void A_modal_overlay_takes_the_keys_and_gives_focus_back_when_closed()
    {
        var (app, _, a, _, _) = Setup();
        var main = 0;
        var always = 0;
        app.Commands.Add("main", "Main", () => main++);
        app.Commands.Add("always", "Always", () => always++);
        app.Keys.Bind("F5", "main");
        app.Keys.Bind("F6", "always", BindingScope.Always);
        var dialog = new Dialog("Q");
        var field = dialog.Form.Add(new TextField("Name"));
        dialog.WithOkCancel();
        app.ShowOverlay(dialog);
        app.RenderFrame();
        Assert.Same(field.Input, app.Focus.Focused);
        Send(app, C('h'), C('i'), K(Key.F5), K(Key.F6));
        Assert.Equal("hi", field.Text);
        Assert.Equal(0, main);
        Assert.Equal(1, always);
        Assert.Empty(a.Received);
        Send(app, Click(0, 0)); // outside the dialog: ignored
        Assert.True(dialog.IsOpen);
        Send(app, K(Key.Escape));
        Assert.False(dialog.IsOpen);
        Assert.Same(a, app.Focus.Focused);
    }

    [Fact]
    public void A_resize_redraws_in_full_at_the_new_size()
    {
        var (app, terminal, _, _, _) = Setup();
        terminal.Columns = 30;
        terminal.Rows = 6;
        Send(app, new ResizeEvent(30, 6));
        app.RenderFrame();
        Assert.Contains("\e[2J", terminal.LastWrite);
        Assert.Equal(30, app.Screen.Width);
        Assert.Equal(6, app.Screen.Height);
    }

    [Fact]
    public void Synchronized_output_is_used_once_the_terminal_reports_mode_2026()
    {
        var (app, terminal, _, _, _) = Setup();
        Send(app, new ModeReportEvent(2026, 2));
        Send(app, new ResumedEvent()); // a full redraw is a big frame
        app.RenderFrame();
        Assert.StartsWith("\e[?2026h", terminal.LastWrite);
        Assert.EndsWith("\e[?2026l", terminal.LastWrite);
    }

    [Fact]
    public void Input_is_handled_before_queued_network_messages()
    {
        var (app, _, a, _, _) = Setup();
        var order = new List<string>();
        app.MessageReceived += m =>
        {
            order.Add("data");
            return false;
        };
        var poster = new Thread(() =>
        {
            app.Post(new Data(1));
            app.Post(new Data(1));
            app.Post(C('k'));
        });
        poster.Start();
        poster.Join();
        var received = a.Received.Count;
        app.ProcessPending();
        Assert.Equal(received + 1, a.Received.Count);
        Assert.Equal(["data", "data"], order);
        // the key was handled while no data had been handled yet
        Assert.Equal(C('k'), a.Received[^1]);
    }

    [Fact]
    public void A_turn_stops_at_the_byte_budget_so_a_flood_cannot_starve_the_screen()
    {
        var (app, _, _, _, _) = Setup(new ApplicationOptions { DrainByteBudget = 1000 });
        var handled = 0;
        app.MessageReceived += _ =>
        {
            handled++;
            return true;
        };
        var poster = new Thread(() =>
        {
            for (var i = 0; i < 10; i++)
                app.Post(new Data(400));
        });
        poster.Start();
        poster.Join();
        app.ProcessPending();
        Assert.Equal(3, handled);
        app.ProcessPending();
        Assert.Equal(6, handled);
    }

    [Fact]
    public async Task A_full_queue_makes_posters_wait()
    {
        var (app, _, _, _, _) = Setup(new ApplicationOptions { MessageQueueCapacity = 2 });
        app.MessageReceived += _ => false;
        await Task.Run(async () =>
        {
            await app.PostAsync(new Data(1), TestContext.Current.CancellationToken);
            await app.PostAsync(new Data(1), TestContext.Current.CancellationToken);
        }, TestContext.Current.CancellationToken);
        var third = Task.Run(async () => await app.PostAsync(new Data(1), TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
        await Task.Delay(100, TestContext.Current.CancellationToken);
        Assert.False(third.IsCompleted);
        app.ProcessPending();
        await third.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
    }

    [Fact]
    public void Run_returns_on_quit_and_restores_the_terminal()
    {
        var terminal = new FakeTerminal(20, 4);
        var app = new Application(terminal);
        app.Root = new Probe("x");
        var thread = new Thread(app.Run);
        thread.Start();
        SpinWait.SpinUntil(() => terminal.Post is not null, TimeSpan.FromSeconds(5));
        terminal.Post!(new InvokeMessage(app.Quit));
        Assert.True(thread.Join(TimeSpan.FromSeconds(5)));
        Assert.True(terminal.Restores >= 1);
    }

    [Fact]
    public void A_hangup_ends_the_loop_after_telling_the_app()
    {
        var terminal = new FakeTerminal(20, 4);
        var app = new Application(terminal);
        var told = false;
        app.HangingUp += () => told = true;
        var thread = new Thread(app.Run);
        thread.Start();
        SpinWait.SpinUntil(() => terminal.Post is not null, TimeSpan.FromSeconds(5));
        terminal.Post!(new HangupEvent());
        Assert.True(thread.Join(TimeSpan.FromSeconds(5)));
        Assert.True(told);
    }

    [Fact]
    public void The_loop_draws_at_most_about_60_frames_a_second_however_fast_input_comes()
    {
        var terminal = new FakeTerminal(20, 4);
        var app = new Application(terminal);
        app.Root = new Probe("x");
        var thread = new Thread(app.Run);
        thread.Start();
        SpinWait.SpinUntil(() => terminal.Post is not null, TimeSpan.FromSeconds(5));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (watch.ElapsedMilliseconds < 500)
        {
            terminal.Post!(C('x'));
            Thread.Sleep(1);
        }
        terminal.Post!(new InvokeMessage(app.Quit));
        Assert.True(thread.Join(TimeSpan.FromSeconds(5)));
        var seconds = watch.Elapsed.TotalSeconds;
        Assert.True(app.FramesDrawn <= seconds * 60 + 3, $"{app.FramesDrawn} frames in {seconds:0.00} s");
        Assert.True(app.FramesDrawn >= 2, "input did cause frames");
    }

    [Fact]
    public void An_idle_loop_draws_and_writes_nothing()
    {
        var terminal = new FakeTerminal(20, 4);
        var app = new Application(terminal);
        app.Root = new Probe("x");
        var thread = new Thread(app.Run);
        thread.Start();
        SpinWait.SpinUntil(() => app.FramesDrawn >= 1, TimeSpan.FromSeconds(5));
        Thread.Sleep(50);
        var frames = app.FramesDrawn;
        var bytes = terminal.TotalBytes;
        Thread.Sleep(400);
        Assert.Equal(frames, app.FramesDrawn);
        Assert.Equal(bytes, terminal.TotalBytes);
        terminal.Post!(new InvokeMessage(app.Quit));
        Assert.True(thread.Join(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public void Pastes_go_to_the_focused_widget()
    {
        var (app, _, a, _, _) = Setup();
        Send(app, new PasteEvent("hello\nworld"));
        Assert.Equal(new PasteEvent("hello\nworld"), a.Received.Single());
    }

    [Fact]
    public void Ui_thread_posts_are_handled_in_the_same_turn()
    {
        var (app, _, a, _, _) = Setup();
        app.Commands.Add("twice", "Twice", () => app.Post(C('z')));
        app.Keys.Bind("F9", "twice");
        Send(app, K(Key.F9));
        Assert.Equal(C('z'), a.Received.Single());
    }
}
