using TelnetTui.Core.Display;
using TelnetTui.Core.Input;
using TelnetTui.Core.Lines;
using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Protocol;
using TelnetTui.Telnet.Values;
using TelnetTui.Terminal.Text;

namespace TelnetTui.Core.Sessions;

/// <summary>The receive path: socket bytes → capture → telnet engine → data → capture → decoder → screen and lines.</summary>
public sealed partial class Session
{
    private void Receive(ReadOnlySpan<byte> bytes)
    {
        var connection = _connection!;
        BytesReceived += bytes.Length;
        _recorder.Wire(bytes);
        try
        {
            connection.Engine.Receive(bytes);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug on hostile input must cost the connection, never the program (issue 8).
            EndConnection(FaultClassifier.ClientFailed(e), graceful: false, allowReconnect: false);
            return;
        }
        connection.FlushOutput();
        if (IsFilteringLines)
            ArmHold();
        _recorder.FlushIfDue();
    }

    private void HookEngine(TelnetEngine engine)
    {
        engine.DataReceived += OnData;
        engine.PromptReceived += OnPrompt;
        engine.Recorded += OnRecorded;
        engine.OptionChanged += OnOptionChanged;
        engine.MudMessageReceived += OnMudMessage;
        engine.CharsetAgreed += OnCharsetAgreed;
    }

    private void OnData(ReadOnlySpan<byte> data)
    {
        _recorder.Data(data);
        _feed.Feed(data, _sink);
        if (State == SessionState.Negotiating)
            GoOnline();
    }

    /// <summary>IAC GA / IAC EOR: the unfinished line is the prompt. An empty one (GA after a line end) is no prompt.</summary>
    private void OnPrompt(PromptMark mark)
    {
        var text = _lines.PendingText;
        if (text.IsEmpty)
            return;
        FlushHeld();
        _held.Clear();
        _heldOverflow = false;
        Terminal.MarkPrompt();
        var prompt = new SessionPrompt(text.ToString(), _lines.PendingRaw.ToString(), mark, _clock.GetUtcNow());
        _lines.ClearPending(); // delivered once: the next output starts a new line of its own
        CurrentPrompt = prompt;
        _recorder.Prompt(mark, prompt.Text);
        PromptReceived?.Invoke(prompt);
    }

    private void OnRecorded(NegotiationRecord record)
    {
        if (record.Kind is RecordKind.Negotiation or RecordKind.Subnegotiation)
            _lastNegotiation = _clock.GetTimestamp();
        if (record.Option is { } option)
            _optionSeen[option] = true;
        if (record.Direction == TelnetDirection.Sent && !record.Raw.IsEmpty)
            _recorder.SentProtocol(record.Raw.Span);
        NegotiationLog.Add(record);
        NegotiationRecorded?.Invoke(record);
    }

    private void OnOptionChanged(OptionChange change)
    {
        if (change.Side == TelnetSide.Remote && change.Option is TelnetOption.Echo or TelnetOption.SuppressGoAhead)
            UpdateMode();
        OptionChanged?.Invoke(change);
    }

    private void OnMudMessage(MudMessage message)
    {
        MudData.Add(message, _clock.GetUtcNow());
        MudMessageReceived?.Invoke(message);
    }

    /// <summary>CHARSET (RFC 2066) agreed a set: the host's text and our typing switch to it, if we know it.</summary>
    private void OnCharsetAgreed(string name)
    {
        if (TerminalEncoding.TryGet(name, out var encoding) && encoding.Name != _feed.Encoding.Name)
            ApplyEncoding(encoding);
    }

    private void ApplyEncoding(TerminalEncoding encoding)
    {
        var ansiBbs = TerminalOptionsMapper.AnsiBbs(Host, encoding);
        _feed.SetEncoding(encoding, ansiBbs);
        _recorder.Encoding(encoding.Name, ansiBbs);
        EncodingChanged?.Invoke(encoding);
    }

    private void UpdateMode()
    {
        var engine = _connection?.Engine;
        var state = InputModeState.Compute(Host.Mode,
            engine?.IsEnabled(TelnetSide.Remote, TelnetOption.Echo) ?? false,
            engine?.IsEnabled(TelnetSide.Remote, TelnetOption.SuppressGoAhead) ?? false);
        if (state == ModeState)
            return;
        if (state.Mode != InputMode.Line)
            FlushHeld(); // character mode draws as it comes: what is held goes first
        ModeState = state;
        ModeChanged?.Invoke(state);
    }

    /// <summary>
    /// The emulator answers device queries (DA, DSR/CPR, DECRQM): those go to the host. The answer to
    /// the local writer's own rendition query stays here.
    /// </summary>
    private void OnTerminalReply(ReadOnlySpan<byte> reply)
    {
        if (_local.IsQuerying)
        {
            _local.TakeReply(reply);
            return;
        }
        _connection?.Engine.SendData(reply);
    }

    /// <summary>A notice in the terminal (on its own line, in the notice colour), and to <see cref="Notice"/> listeners.</summary>
    private void ShowNotice(string text)
    {
        if (_options.ShowNotices)
        {
            FlushHeld();
            var local = _local.Write("[" + Sanitize(text) + "]", _options.NoticeSgr, newLine: true, ownLine: true);
            _recorder.LocalText(local);
        }
        RaiseNotice(text);
    }

    /// <summary>Local text must not carry control characters into the terminal (a typed ESC would become a sequence).</summary>
    private static string Sanitize(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\0', '\u001f') && !text.Contains('\u007f', StringComparison.Ordinal))
            return text;
        return string.Create(text.Length, text, (span, s) =>
        {
            for (var i = 0; i < s.Length; i++)
                span[i] = s[i] < ' ' || s[i] == '\u007f' ? '\uFFFD' : s[i];
        });
    }

    /// <summary>Hands decoded text to the line splitter, and complete lines to the log and listeners.</summary>
    private sealed class ReceiveSink(Session session) : IDecodedTextSink, ILineHandler
    {
        public bool WantsLinePieces => session.LineReceived is not null || session._lineFilter is not null;

        public bool DrawsText => session.IsFilteringLines;

        public void OnText(ReadOnlySpan<char> text)
        {
            // Asked again per piece: a filter's callback may have changed the mode or the filter.
            _filtering = session.IsFilteringLines;
            if (_filtering)
                session.HoldText(text);
            else
            {
                session.FlushHeld();
                session._held.Clear();
                // This line is being drawn as it comes: should holding start before it ends, it stays unfiltered.
                session._heldOverflow = true;
            }
            session._lines.Feed(text, this);
        }

        private bool _filtering;

        public void OnLine(ReadOnlySpan<char> text, ReadOnlySpan<char> raw)
        {
            if (_filtering)
                session.FilterLine(text, raw);
            else
            {
                session._held.Clear();
                session._heldOverflow = false;
                session._lineFilter?.Filter(text, raw); // drawn already: the verdict cannot apply
            }
            session._recorder.Line(text);
            if (session.LineReceived is { } handler)
                handler(new SessionLine(text.ToString(), raw.ToString(), session._clock.GetUtcNow()));
        }
    }
}
