using TelnetTui.Core.Book;

namespace TelnetTui.Core.Input;

/// <summary>
/// The input mode and whether the input line is masked, derived from the host's options and the book's
/// <c>mode</c>. Auto follows the server: remote ECHO and remote SGA together ("kludge" mode) mean
/// character mode; anything else line mode. While the server has ECHO in line mode it is echoing for
/// us and not showing what we type: a password. That input is masked, never echoed locally, and kept
/// out of history, logs and captures.
/// </summary>
public readonly record struct InputModeState(InputMode Mode, bool Masked)
{
    public static InputModeState Compute(HostMode hostMode, bool remoteEcho, bool remoteSuppressGoAhead)
    {
        var mode = hostMode switch
        {
            HostMode.Bbs => InputMode.Character,
            HostMode.Mud => InputMode.Line,
            _ => remoteEcho && remoteSuppressGoAhead ? InputMode.Character : InputMode.Line,
        };
        return new InputModeState(mode, mode == InputMode.Line && remoteEcho);
    }

    public override string ToString() => Mode == InputMode.Character ? "character" : Masked ? "line (masked)" : "line";
}
