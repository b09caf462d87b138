using System.Text.RegularExpressions;
using TelnetTui.Scripting.Input;
using TelnetTui.Scripting.Items;
using TelnetTui.Scripting.Lines;
using TelnetTui.Scripting.Mud;
using TelnetTui.Scripting.Triggers;
using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Values;

namespace TelnetTui.Scripting.Engine;

/// <summary>Received text: lines and prompts through triggers, prompt handlers and waits; GMCP/MSDP to handlers.</summary>
public sealed partial class ScriptEngine
{
    private readonly List<Trigger> _hits = [];
    private readonly List<Trigger> _timedOut = [];
    private LineContext? _line;
    private int _nextSerial;
    private ReceiveSink? _sink;

    /// <summary>The unfinished line as a Session that splits lines itself reported it (<see cref="UpdatePartial"/>).</summary>
    private string? _externalPartial;

    /// <summary>The unfinished line, from <see cref="UpdatePartial"/> or the engine's own assembler.</summary>
    private ReadOnlySpan<char> PendingPartial => _externalPartial is { } external ? external : _assembler.PendingText;

    /// <summary>
    /// Decoded text from the server, in chunks of any size: lines go through triggers and waits as
    /// they complete; the unfinished last line is offered to waits (a "login: " without GA).
    /// </summary>
    public void Receive(ReadOnlySpan<char> text, IReceivedLineObserver? observer = null)
    {
        using var _ = Enter();
        var sink = _sink ??= new ReceiveSink(this);
        sink.Observer = observer;
        _assembler.Feed(text, sink);
    }

    /// <summary>IAC GA or IAC EOR arrived: the text since the last line is a prompt (one event, however it was split).</summary>
    public void ReceivePrompt(PromptMark mark, IReceivedLineObserver? observer = null)
    {
        using var _ = Enter();
        var sink = _sink ??= new ReceiveSink(this);
        sink.Observer = observer;
        _assembler.EndPrompt(mark, sink);
    }

    /// <summary>One complete line (text without escapes or line end) through triggers and waits.</summary>
    public LineResult ProcessLine(ReadOnlySpan<char> text)
    {
        using var _ = Enter();
        return Line(text, prompt: false);
    }

    /// <summary>A prompt's text through triggers, prompt handlers and waits.</summary>
    public LineResult ProcessPrompt(ReadOnlySpan<char> text)
    {
        using var _ = Enter();
        return Line(text, prompt: true);
    }

    /// <summary>
    /// The unfinished last line so far, offered to waits at once (triggers see it once it is finished).
    /// <see cref="Receive"/> does this itself after <see cref="PartialLineDelay"/> of quiet.
    /// </summary>
    public void ProcessPartial(ReadOnlySpan<char> text)
    {
        using var _ = Enter();
        Partial(text);
    }

    /// <summary>
    /// For a Session that cuts lines itself (and calls <see cref="ProcessLine"/>/<see cref="ProcessPrompt"/>):
    /// its unfinished line is now <paramref name="text"/>. Waits look at it once it has stayed the same
    /// for <see cref="PartialLineDelay"/> (during <see cref="Tick"/>), as with <see cref="Receive"/>.
    /// </summary>
    public void UpdatePartial(ReadOnlySpan<char> text)
    {
        using var _ = Enter();
        if (text.IsEmpty)
        {
            _externalPartial = null;
            return;
        }
        if (_externalPartial is not null && text.SequenceEqual(_externalPartial))
            return;
        _externalPartial = text.ToString();
        PartialGrew();
    }

    /// <summary>A GMCP message or MSDP variable for gmcp.on/msdp.on handlers (data as Lua tables).</summary>
    public void ReceiveMudMessage(MudMessage message)
    {
        using var _ = Enter();
        var kind = message.Protocol switch
        {
            MudProtocol.Gmcp => ScriptItemKind.Gmcp,
            MudProtocol.Msdp => ScriptItemKind.Msdp,
            _ => (ScriptItemKind?)null,
        };
        if (kind is null)
            return;
        foreach (var handler in _handlers.ToArray())
        {
            if (handler.Removed || !handler.Enabled || handler.Kind != kind || !handler.Accepts(message.Name))
                continue;
            handler.Hits++;
            if (StartCallback(handler) is not { } task)
                continue;
            var stack = _runtime!.StackOf(task);
            try
            {
                LuaValues.Push(stack, message.Value);
            }
            catch (Runtime.ScriptApiException e)
            {
                _runtime.Discard(task);
                Write(Pane.ScriptOutputKind.Error, $"{message.Protocol} {message.Name}: {e.Message}");
                continue;
            }
            stack.PushString(message.Name);
            if (message.Error is { } error)
                stack.PushString(error);
            Run(task, message.Error is null ? 2 : 3, handler);
        }
    }

    private LineResult Line(ReadOnlySpan<char> text, bool prompt)
    {
        var serial = _nextSerial++;
        PartialGone();
        _hits.Clear();
        if (text.Length > 0 && _triggers.Count > 0)
        {
            _timedOut.Clear();
            _triggers.Match(text, _hits, _timedOut);
            foreach (var t in _timedOut)
                TimedOut(t);
        }
        var promptHandlers = prompt && _handlers.Exists(h => h.Kind == ScriptItemKind.Prompt && h.Enabled);
        if (_hits.Count == 0 && _waiters.Count == 0 && !promptHandlers)
            return LineResult.None;

        var context = new LineContext(serial, text.ToString());
        var outer = _line;
        _line = context;
        // Text the triggers saw is consumed: a wait started in a trigger looks at what comes next.
        _cursor = (serial, context.Text.Length);
        try
        {
            // Only Line() changes _hits, and the engine is not re-entrant: no copy needed.
            for (var i = 0; i < _hits.Count; i++)
                Fire(_hits[i], context);
            if (promptHandlers)
            {
                foreach (var handler in _handlers.ToArray())
                {
                    if (handler.Kind != ScriptItemKind.Prompt || handler.Removed || !handler.Enabled)
                        continue;
                    handler.Hits++;
                    if (StartCallback(handler) is { } task)
                    {
                        _runtime!.StackOf(task).PushString(context.Text);
                        Run(task, 1, handler);
                    }
                }
            }
            MatchWaiters(serial, context.Text);
            Settle();
        }
        finally
        {
            _line = outer;
        }
        return context.Result;
    }

    private void Partial(ReadOnlySpan<char> text)
    {
        _partialSettled = true;
        if (_waiters.Count == 0 || text.IsEmpty)
            return;
        MatchWaiters(_nextSerial, text.ToString());
    }

    private void Fire(Trigger trigger, LineContext line)
    {
        if (trigger.Removed || !trigger.Enabled)
            return; // switched off by an earlier trigger on this line
        Match? match = null;
        int start, length;
        if (trigger.Regex is { } regex)
        {
            try
            {
                match = PatternCache.Match(regex, line.Text);
            }
            catch (RegexMatchTimeoutException)
            {
                TimedOut(trigger);
                return;
            }
            if (!match.Success)
                return;
            (start, length) = (match.Index, match.Length);
        }
        else
        {
            start = line.Text.IndexOf(trigger.Pattern, StringComparison.Ordinal);
            length = trigger.Pattern.Length;
        }
        trigger.Hits++;
        trigger.Timeouts = 0;
        line.Fired++;
        if (trigger.Once)
            RemoveItem(trigger, keepFunction: true);
        if (trigger.Gag)
            line.Gag = true;
        if (trigger.Highlight is { } colour)
            line.Highlight(start, length, colour);
        if (trigger.Action.Text is { } template)
        {
            SendCommands(match is null ? template : match.Result(template));
            return;
        }
        if (StartCallback(trigger) is not { } task)
            return;
        var stack = _runtime!.StackOf(task);
        if (match is null)
            Captures.PushPlain(stack, trigger.Pattern);
        else
            Captures.Push(stack, match);
        stack.PushString(line.Text);
        Run(task, 2, trigger);
        if (trigger.Removed)
            _runtime?.Unreference(trigger.Action.FunctionRef);
    }

    /// <summary>Text a trigger, timer or alias sends: split on ';' and '#N' like typed input (no aliases).</summary>
    private void SendCommands(string text)
    {
        var commands = CommandLine.Split(text, out var error);
        if (error is not null)
        {
            Write(Pane.ScriptOutputKind.Error, error);
            return;
        }
        foreach (var command in commands)
        {
            for (var i = 0; i < command.Repeat; i++)
                SendLine(command.Text);
        }
    }

    /// <summary>
    /// A pattern took longer than the match timeout. Once may be a busy machine; after
    /// <see cref="PatternCache.MaxTimeoutsInARow"/> in a row the trigger moves to the
    /// non-backtracking engine (same matches, linear time) if its pattern allows, else it is switched off.
    /// </summary>
    private void TimedOut(Trigger trigger)
    {
        if (++trigger.Timeouts < PatternCache.MaxTimeoutsInARow)
            return;
        trigger.Timeouts = 0;
        var limit = $"took longer than {PatternCache.MatchTimeout.TotalMilliseconds:0} ms on {PatternCache.MaxTimeoutsInARow} lines in a row";
        if ((trigger.Regex!.Options & RegexOptions.NonBacktracking) == 0 && PatternCache.Linear(trigger.Pattern) is { } linear)
        {
            trigger.Regex = linear;
            Note($"trigger {trigger.Id} ({trigger.Source}): its pattern '{trigger.Pattern}' {limit}; it now runs on the non-backtracking engine");
            return;
        }
        SetEnabled(trigger, false);
        Note($"trigger {trigger.Id} ({trigger.Source}) switched off: its pattern '{trigger.Pattern}' {limit}");
    }

    /// <summary>Connects the line assembler to the engine and the Session's observer.</summary>
    private sealed class ReceiveSink(ScriptEngine engine) : ILineSink
    {
        public IReceivedLineObserver? Observer { get; set; }

        public void OnLine(ReadOnlySpan<char> raw, ReadOnlySpan<char> text)
        {
            var result = engine.Line(text, prompt: false);
            Observer?.OnLine(raw, text, LineKind.Line, result);
        }

        public void OnPrompt(ReadOnlySpan<char> raw, ReadOnlySpan<char> text, PromptMark mark)
        {
            var result = engine.Line(text, prompt: true);
            Observer?.OnLine(raw, text, LineKind.Prompt, result);
        }

        public void OnPartial(ReadOnlySpan<char> raw, ReadOnlySpan<char> text)
        {
            engine.PartialGrew();
            Observer?.OnLine(raw, text, LineKind.Partial, LineResult.None);
        }
    }
}
