using TelnetTui.Tui.Input;
using TelnetTui.Tui.Rendering;

namespace TelnetTui.Tui.Platform;

/// <summary>Which terminal features the toolkit turns on while it runs (all are turned off again on exit).</summary>
public sealed record TerminalOptions
{
    /// <summary>Draw on the alternate screen (DEC mode 1049) so the shell's screen comes back on exit.</summary>
    public bool AlternateScreen { get; init; } = true;

    /// <summary>Mouse clicks, drags and wheel (modes 1000 + 1002, reported in SGR form, mode 1006).</summary>
    public bool Mouse { get; init; } = true;

    /// <summary>Also report motion with no button held (mode 1003): many events, off unless a view needs hover.</summary>
    public bool MouseAnyMotion { get; init; }

    /// <summary>Bracketed paste (mode 2004): a paste arrives as one event, not as typed keys.</summary>
    public bool BracketedPaste { get; init; } = true;

    /// <summary>Focus in/out reports (mode 1004).</summary>
    public bool FocusEvents { get; init; } = true;

    /// <summary>
    /// Ask for the kitty keyboard protocol's "disambiguate" level (CSI &gt; 1 u), so Escape, Ctrl+I and Tab,
    /// Alt+key and ESC key no longer look alike. Terminals without it ignore the request.
    /// </summary>
    public bool KittyKeyboard { get; init; }

    /// <summary>Ask whether synchronized output (mode 2026) works; the answer arrives as a <see cref="ModeReportEvent"/>.</summary>
    public bool QuerySynchronizedOutput { get; init; } = true;

    /// <summary>The user's colour setting; null detects from COLORTERM/TERM/NO_COLOR.</summary>
    public ColorDepth? ColorDepth { get; init; }

    public InputDecoderOptions Input { get; init; } = new();
}
