using System.Text;
using TelnetTui.Core.Input;
using TelnetTui.Core.Negotiation;
using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Protocol;
using TelnetTui.Telnet.Values;
using TelnetTui.Terminal.Input;
using TelnetTui.Terminal.Text;

namespace TelnetTui.Core.Sessions;

/// <summary>The send path: lines, keys, mouse, paste, MUD data, option requests, resizes.</summary>
public sealed partial class Session
{
    /// <summary>True while there is a connection to send to (negotiating or online).</summary>
    public bool CanSend => _connection is not null;

    /// <summary>
    /// Sends a line the user typed (line mode's Enter; in character mode the text then the Enter key).
    /// Encoded in the host's encoding, ended per the host's Enter key. Unless the input is masked (or
    /// <paramref name="secret"/>: a script's password in character mode, where the client cannot tell)
    /// it is remembered in the history (when <paramref name="remember"/>; scripts pass false), echoed
    /// into the terminal in the echo colour (line mode), logged and captured; secret input is none of
    /// these (the log shows ********, the capture a byte count). Text with line breaks is sent as
    /// several lines. False when not connected.
    /// </summary>
    public bool SendLine(string text, bool secret = false, bool remember = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_connection is not { } connection)
            return false;
        var masked = ModeState.Masked || secret;
        if (!masked && remember)
            History?.Add(text);
        foreach (var line in SplitLines(text))
        {
            var bytes = _feed.Encoding.Encode(line);
            if (ModeState.Mode == InputMode.Character)
            {
                connection.Engine.SendData(bytes);
                connection.Engine.SendEnter();
            }
            else
                connection.Engine.SendLine(bytes);
            _recorder.Sent(bytes, redact: masked);
            _recorder.Input(line, masked);
            if (!masked && ModeState.Mode == InputMode.Line)
            {
                FlushHeld();
                _recorder.LocalText(_local.Write(Sanitize(line), _options.LocalEchoSgr, newLine: true, ownLine: false));
            }
        }
        connection.FlushOutput();
        return true;
    }

    /// <summary>
    /// Shows the client's own text in the terminal (a script's <c>echo</c>, a UI message): on its own
    /// line, in <paramref name="sgr"/> (default: the local echo colour), never sent to the host. It is
    /// part of the capture, so a replay shows it too.
    /// </summary>
    public void Echo(string text, string? sgr = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        FlushHeld();
        foreach (var line in SplitLines(text))
            _recorder.LocalText(_local.Write(Sanitize(line), sgr ?? _options.LocalEchoSgr, newLine: true, ownLine: true));
    }

    /// <summary>Sends text as typed, without a line end (scripts, macros). Not echoed; captured only when not masked, not secret, and not in character mode.</summary>
    public bool SendText(string text, bool secret = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_connection is not { } connection)
            return false;
        var bytes = _feed.Encoding.Encode(text);
        connection.Engine.SendData(bytes);
        _recorder.Sent(bytes, redact: secret || ModeState.Masked || (ModeState.Mode == InputMode.Character && !_options.CaptureTypedKeys));
        connection.FlushOutput();
        return true;
    }

    /// <summary>
    /// Character mode: sends one key as the host's key map encodes it (vt: xterm, honouring the host's
    /// application cursor and keypad modes; ansi-bbs: what SyncTERM sends). Captured as a byte count
    /// only (see <see cref="SessionOptions.CaptureTypedKeys"/>). False when not connected or the key sends nothing.
    /// </summary>
    public bool SendKey(SessionKey key)
    {
        if (_connection is not { } connection)
            return false;
        var modes = Terminal.Screen.Modes;
        var output = KeyEncoder.Encode(key, Host.KeyMap, new KeyEncodingModes(modes.ApplicationCursorKeys, modes.ApplicationKeypad), _feed.Encoding);
        if (output.IsEmpty)
            return false;
        connection.Engine.SendData(output.Bytes);
        if (output.Enter)
            connection.Engine.SendEnter();
        _recorder.Sent(output.Bytes, redact: !_options.CaptureTypedKeys || ModeState.Masked);
        connection.FlushOutput();
        return true;
    }

    /// <summary>
    /// Forwards a mouse event when the host turned mouse reporting on (xterm modes 9/1000/1002/1003 in
    /// its chosen encoding). False when the host did not ask for it: the UI then uses the mouse itself.
    /// </summary>
    public bool SendMouse(MouseEvent mouse)
    {
        if (_connection is not { } connection)
            return false;
        var report = MouseReport.Encode(mouse, Terminal.Screen.Modes);
        if (report.Length == 0)
            return false;
        connection.Engine.SendData(report);
        _recorder.Sent(report, redact: false);
        connection.FlushOutput();
        return true;
    }

    /// <summary>True when the host asked for mouse reports (the UI forwards instead of selecting).</summary>
    public bool WantsMouse => Terminal.Screen.Modes.MouseTracking != TelnetTui.Terminal.Model.MouseTracking.None;

    /// <summary>
    /// Character mode: sends pasted text as typed, line breaks as CR (what a terminal sends for Enter),
    /// wrapped in ESC[200~ … ESC[201~ when the host turned on bracketed paste. In line mode the UI puts
    /// a paste into its input line; called then, this sends each line with <see cref="SendLine"/>.
    /// </summary>
    public bool SendPaste(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_connection is not { } connection)
            return false;
        if (ModeState.Mode == InputMode.Line)
            return SendLine(text);
        var typed = text.Replace("\r\n", "\r", StringComparison.Ordinal).Replace('\n', '\r');
        var bytes = _feed.Encoding.Encode(MouseReport.Paste(typed, Terminal.Screen.Modes));
        connection.Engine.SendData(bytes);
        _recorder.Sent(bytes, redact: !_options.CaptureTypedKeys || ModeState.Masked);
        connection.FlushOutput();
        return true;
    }

    /// <summary>Sends a telnet command (IAC AYT, BRK, IP, AO, NOP...) from the command menu. False when not connected.</summary>
    public bool SendCommand(byte command)
    {
        if (_connection is not { } connection)
            return false;
        connection.Engine.SendCommand(command);
        connection.FlushOutput();
        return true;
    }

    /// <summary>Sends a GMCP message. False when not connected or GMCP is not on.</summary>
    public bool SendGmcp(string message, MudValue? data = null)
    {
        if (_connection is not { } connection || !connection.Engine.IsEnabled(TelnetSide.Remote, TelnetOption.Gmcp))
            return false;
        connection.Engine.SendGmcp(message, data);
        connection.FlushOutput();
        return true;
    }

    /// <summary>Sends an MSDP variable (LIST, REPORT, SEND... are variables too). False when not connected or MSDP is not on.</summary>
    public bool SendMsdp(string variable, MudValue value)
    {
        if (_connection is not { } connection || !connection.Engine.IsEnabled(TelnetSide.Remote, TelnetOption.Msdp))
            return false;
        connection.Engine.SendMsdp(variable, value);
        connection.FlushOutput();
        return true;
    }

    /// <summary>
    /// The inspector's request to turn an option on or off on one side (RFC 1143: a request that
    /// would change nothing is refused with a reason, never sent).
    /// </summary>
    public bool RequestOption(TelnetSide side, byte option, bool enable, out string? error)
    {
        if (_connection is not { } connection)
        {
            error = "not connected";
            return false;
        }
        var ok = enable ? connection.Engine.RequestEnable(side, option, out error) : connection.Engine.RequestDisable(side, option, out error);
        connection.FlushOutput();
        return ok;
    }

    /// <summary>
    /// Every option either side has touched or our policy handles, with both sides' RFC 1143 state, for
    /// the inspector's option table. Empty when not connected.
    /// </summary>
    public IReadOnlyList<OptionStateRow> GetOptionStates()
    {
        if (_connection is not { } connection)
            return [];
        var engine = connection.Engine;
        var policy = engine.Settings.Policy;
        var rows = new List<OptionStateRow>();
        for (var i = 0; i < 256; i++)
        {
            var option = (byte)i;
            var state = engine.GetState(option);
            var local = policy.Get(option, TelnetSide.Local);
            var remote = policy.Get(option, TelnetSide.Remote);
            if (_optionSeen[i] || state.Local.State != QState.No || state.Remote.State != QState.No
                || local != OptionPolicy.Refuse || remote != OptionPolicy.Refuse)
                rows.Add(new OptionStateRow(option, TelnetOption.Name(option), state, local, remote));
        }
        return rows;
    }

    /// <summary>
    /// The terminal pane's new size (window resized, a side pane opened or closed): the emulator
    /// follows and NAWS reports it at once — unless the entry pins a size, which then stays.
    /// </summary>
    public void Resize(int columns, int rows)
    {
        PaneSize = new WindowSize(ClampColumns(columns), ClampRows(rows));
        if (IsSizePinned)
            return;
        if (Terminal.Screen.Columns == PaneSize.Columns && Terminal.Screen.Rows == PaneSize.Rows)
            return;
        Terminal.Resize(PaneSize.Columns, PaneSize.Rows);
        _recorder.Resize(PaneSize.Columns, PaneSize.Rows);
        if (_connection is { } connection)
        {
            connection.Engine.SetWindowSize(PaneSize.Columns, PaneSize.Rows);
            connection.FlushOutput();
        }
    }

    /// <summary>The user chose another encoding for this host (received text and typing). False for an unknown name.</summary>
    public bool SetEncoding(string name)
    {
        if (!TerminalEncoding.TryGet(name, out var encoding))
            return false;
        if (encoding.Name != _feed.Encoding.Name)
            ApplyEncoding(encoding);
        return true;
    }

    private static IEnumerable<string> SplitLines(string text)
    {
        if (text.IndexOfAny(['\r', '\n']) < 0)
        {
            yield return text;
            yield break;
        }
        var sb = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    i++;
                yield return sb.ToString();
                sb.Clear();
            }
            else
                sb.Append(c);
        }
        if (sb.Length > 0)
            yield return sb.ToString();
    }
}
