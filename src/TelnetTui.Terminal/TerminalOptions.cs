using TelnetTui.Terminal.Text;

namespace TelnetTui.Terminal;

/// <summary>How a <see cref="VirtualTerminal"/> starts: size, scrollback, encoding and the per-host behaviour.</summary>
public sealed record TerminalOptions
{
    public int Columns { get; init; } = 80;
    public int Rows { get; init; } = 25;

    /// <summary>Lines kept in scrollback (0 for none; at most <see cref="Model.Screen.MaxScrollbackLines"/>).</summary>
    public int ScrollbackLines { get; init; } = 1000;

    public TerminalEncoding Encoding { get; init; } = TerminalEncoding.Utf8;

    /// <summary>ANSI-BBS mode; null means automatic: on exactly when the encoding is CP437.</summary>
    public bool? AnsiBbs { get; init; }

    /// <summary>iCE colours from the start (also switched by the host with CSI ?33h/l, or a SAUCE flag).</summary>
    public bool IceColors { get; init; }

    /// <summary>Let the host write (never read) the clipboard with OSC 52.</summary>
    public bool AllowClipboardWrite { get; init; }

    /// <summary>LF implies CR, as a tty does on output: for files written for a terminal (telnettui view).</summary>
    public bool ImplicitCarriageReturn { get; init; }
}
