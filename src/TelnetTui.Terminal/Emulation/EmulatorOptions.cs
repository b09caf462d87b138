namespace TelnetTui.Terminal.Emulation;

/// <summary>Behaviour the host cannot change: set by the user or the session per host.</summary>
public sealed record EmulatorOptions
{
    /// <summary>
    /// ANSI-BBS behaviour (ANSI.SYS / SyncTERM): immediate wrap at the last column, FF clears, ESC[2J homes,
    /// ESC[s/u save only the position, ESC[255n reports the size, bold is bright, CGA palette.
    /// </summary>
    public bool AnsiBbs { get; init; }

    /// <summary>iCE colours from the start (blink selects a bright background); the host can also switch them with CSI ?33h/l.</summary>
    public bool IceColors { get; init; }

    /// <summary>Let the host write the clipboard with OSC 52 (never read it). Off by default.</summary>
    public bool AllowClipboardWrite { get; init; }

    /// <summary>LF also returns the carriage, as a tty's output processing (onlcr) does: for viewing files written for one.</summary>
    public bool ImplicitCarriageReturn { get; init; }
}
