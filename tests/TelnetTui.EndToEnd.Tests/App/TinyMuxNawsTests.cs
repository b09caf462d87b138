using TelnetTui.EndToEnd.Tests.Telnet;

namespace TelnetTui.EndToEnd.Tests.App;

/// <summary>
/// Issue 6: NAWS (RFC 1073) reaches a real MUD server, tinymux, which reports it with
/// <c>think [width(me)]x[height(me)]</c>, and changes after <c>tmux resize-window</c>.
/// </summary>
public sealed class TinyMuxNawsTests : IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(40);
    private readonly AppSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public void The_panes_size_reaches_tinymux_and_follows_a_window_resize()
    {
        using var mux = TinyMux.Start();
        using var tmux = _sandbox.Start($"127.0.0.1 {mux.Port}", 120, 40);
        tmux.WaitFor(s => s.Contains("connect", StringComparison.OrdinalIgnoreCase) && s.Contains("online", StringComparison.Ordinal), Wait, "tinymux's welcome");
        tmux.Type("connect wizard potrzebie", enter: true);
        tmux.WaitFor(s => s.Contains("Last connect", StringComparison.OrdinalIgnoreCase) || s.Contains("Wizard", StringComparison.Ordinal), Wait, "the login");
        // line mode: 120 columns less the prompt gutter; 40 rows less the input and status lines
        tmux.Type("think SIZE=[width(me)]x[height(me)]", enter: true);
        tmux.WaitForText("SIZE=119x38", Wait);
        tmux.Resize(100, 30);
        tmux.WaitFor(s => s.Contains("99x28", StringComparison.Ordinal), Wait, "the status line to show 99x28");
        tmux.Type("think NOW=[width(me)]x[height(me)]", enter: true);
        tmux.WaitForText("NOW=99x28", Wait);
    }
}
