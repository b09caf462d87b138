using TelnetTui.Tui.App;
using TelnetTui.Tui.Input;
using TelnetTui.Tui.Tests.Input;
using TelnetTui.Tui.Tests.Support;
using TelnetTui.Tui.Widgets;
using static TelnetTui.Tui.Tests.Support.Keys;

namespace TelnetTui.Tui.Tests.Widgets;

/// <summary>Modal dialogs with forms (text, number, checkbox, choice, buttons) and validation messages.</summary>
public class DialogTests
{
    private static readonly Theme T = new();

    private sealed class Fixture
    {
        public readonly FakeTerminal Terminal = new(50, 14);
        public readonly Application App;
        public readonly Dialog Dialog = new("Add host", "Where to?");
        public readonly TextField Name;
        public readonly NumberField Port;
        public readonly CheckBox Tls;
        public readonly ChoiceField Kind;
        public bool Submitted;
        public bool Cancelled;

        public Fixture()
        {
            App = new Application(Terminal, null, new FakeClock());
            App.Root = new Label("main");
            Name = Dialog.Form.Add(new TextField("Name") { Required = true });
            Port = Dialog.Form.Add(new NumberField("Port", 1, 65535, 23));
            Tls = Dialog.Form.Add(new CheckBox("TLS"));
            Kind = Dialog.Form.Add(new ChoiceField("Kind", ["BBS", "MUD"]));
            Dialog.WithOkCancel();
            Dialog.Submitted += () => Submitted = true;
            Dialog.Cancelled += () => Cancelled = true;
            App.RenderFrame();
            App.ShowOverlay(Dialog);
            App.RenderFrame();
        }

        public void Send(params Message[] messages)
        {
            foreach (var m in messages)
                App.Post(m);
            App.ProcessPending();
            App.RenderFrame();
        }

        public string[] Lines() => Enumerable.Range(0, App.Screen.Height).Select(y => App.Screen.GetLine(y).TrimEnd()).ToArray();
    }

    [Fact]
    public void The_dialog_draws_centred_with_its_fields_and_buttons()
    {
        var f = new Fixture();
        Assert.Equal(
        [
            "main",
            "",
            "        ┌ Add host ──────────────────────┐",
            "        │ Where to?                      │",
            "        │                                │",
            "        │ Name:                          │",
            "        │ Port: 23                       │",
            "        │  TLS: [ ]                      │",
            "        │ Kind: ◂ BBS ▸                  │",
            "        │                                │",
            "        │       [ OK ]  [ Cancel ]       │",
            "        └────────────────────────────────┘",
            "",
            "",
        ], f.Lines());
        BufferAssert.StyleAt(f.App.Screen, 16, 5, T.FieldFocused);
        BufferAssert.StyleAt(f.App.Screen, 9, 3, T.Dialog);
        Assert.Same(f.Name.Input, f.App.Focus.Focused);
    }

    [Fact]
    public void Enter_with_a_missing_field_shows_the_message_under_it_and_stays_open()
    {
        var f = new Fixture();
        f.Send(K(Key.Tab)); // focus away from the name
        f.Send(K(Key.Enter));
        Assert.True(f.Dialog.IsOpen);
        Assert.False(f.Submitted);
        Assert.Contains("        │       ✗ Name is required       │", f.Lines());
        var row = Array.FindIndex(f.Lines(), l => l.Contains("✗"));
        BufferAssert.StyleAt(f.App.Screen, 16, row, T.Error);
        Assert.Same(f.Name.Input, f.App.Focus.Focused);
        f.Send([.. Type("bbs.example.org")]);
        Assert.DoesNotContain(f.Lines(), l => l.Contains("✗"));
        f.Send(K(Key.Enter));
        Assert.True(f.Submitted);
        Assert.False(f.Dialog.IsOpen);
        Assert.Equal("bbs.example.org", f.Name.Text);
    }

    [Fact]
    public void The_number_field_takes_digits_only_and_checks_its_range()
    {
        var f = new Fixture();
        f.Send([.. Type("x"), K(Key.Tab), Ctrl('u'), .. Type("7a0b0c0d0")]);
        Assert.Equal("70000", f.Port.Text);
        f.Send(K(Key.Enter));
        Assert.Contains(f.Lines(), l => l.Contains("✗ Port must be a whole number from 1 to"));
        Assert.Same(f.Port.Input, f.App.Focus.Focused);
        f.Send(K(Key.Backspace));
        f.Send(K(Key.Enter));
        Assert.True(f.Submitted);
        Assert.Equal(7000, f.Port.Value);
    }

    [Fact]
    public void Space_toggles_the_checkbox_and_arrows_cycle_the_choice()
    {
        var f = new Fixture();
        f.Send(K(Key.Tab), K(Key.Tab), C(' '));
        Assert.True(f.Tls.Checked);
        Assert.Contains("        │  TLS: [x]                      │", f.Lines());
        f.Send(K(Key.Tab), K(Key.Right));
        Assert.Equal("MUD", f.Kind.Selected);
        f.Send(K(Key.Left), K(Key.Left));
        Assert.Equal("MUD", f.Kind.Selected);
        f.Send(Click(16, 7)); // the TLS box: row 7, after border, padding and the label column
        Assert.False(f.Tls.Checked);
    }

    [Fact]
    public void Esc_and_the_cancel_button_close_without_submitting()
    {
        var f = new Fixture();
        f.Send(K(Key.Escape));
        Assert.True(f.Cancelled);
        Assert.False(f.Submitted);
        Assert.Empty(f.App.Overlays);
        var g = new Fixture();
        g.Send(K(Key.Tab, KeyModifiers.Shift));
        Assert.IsType<Button>(g.App.Focus.Focused);
        g.Send(K(Key.Enter));
        Assert.True(g.Cancelled);
    }

    [Fact]
    public void Tab_stays_inside_the_dialog()
    {
        var f = new Fixture();
        var seen = new HashSet<Widget>();
        for (var i = 0; i < 12; i++)
        {
            f.Send(K(Key.Tab));
            seen.Add(f.App.Focus.Focused!);
        }
        Assert.Equal(6, seen.Count); // name, port, TLS, kind, OK, Cancel
        Assert.All(seen, w => Assert.True(f.Dialog.Contains(w)));
    }
}
