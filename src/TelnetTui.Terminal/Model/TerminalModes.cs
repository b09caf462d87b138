namespace TelnetTui.Terminal.Model;

/// <summary>
/// Modes the host set that the application must honour when it sends input or renders:
/// key encodings, mouse reporting, bracketed paste, focus events, and a few display modes.
/// </summary>
public readonly record struct TerminalModes(
    bool ApplicationCursorKeys,
    bool ApplicationKeypad,
    MouseTracking MouseTracking,
    MouseEncoding MouseEncoding,
    bool FocusEvents,
    bool BracketedPaste,
    bool AlternateScroll,
    bool ReverseVideo,
    bool AutoWrap,
    bool OriginMode,
    bool InsertMode,
    bool NewLineMode,
    bool AlternateScreen,
    bool SynchronizedOutput,
    bool IceColors,
    bool AnsiBbs);

/// <summary>Which mouse events the host asked for (xterm DECSET 9, 1000, 1002, 1003).</summary>
public enum MouseTracking : byte
{
    None,
    /// <summary>9: button presses only (X10 compatibility).</summary>
    X10,
    /// <summary>1000: presses and releases.</summary>
    Normal,
    /// <summary>1002: also motion while a button is held.</summary>
    ButtonEvent,
    /// <summary>1003: all motion.</summary>
    AnyEvent,
}

/// <summary>How mouse reports are encoded (xterm DECSET 1005, 1006, 1015).</summary>
public enum MouseEncoding : byte
{
    /// <summary>CSI M Cb Cx Cy with bytes offset by 32 (coordinates up to 223).</summary>
    Default,
    Utf8,
    /// <summary>CSI &lt; Cb ; Cx ; Cy M/m.</summary>
    Sgr,
    Urxvt,
}
