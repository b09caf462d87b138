using System.Text.RegularExpressions;
using TelnetTui.Scripting.Input;
using TelnetTui.Scripting.Items;
using TelnetTui.Scripting.Pane;
using TelnetTui.Scripting.Triggers;

namespace TelnetTui.Scripting.Engine;

/// <summary>
/// The user's input line: split into commands (';', '#N'), each offered to the aliases (the first
/// enabled alias that matches replaces it; what it produces is split again but not aliased again,
/// so aliases cannot loop). What Lua aliases send() lands in the same list, in order.
/// </summary>
public sealed partial class ScriptEngine
{
    /// <summary>Most commands one input line may expand to.</summary>
    public const int MaxCommandsPerInput = 1000;

    private List<string>? _sendCapture;

    public InputResult ProcessInput(string line)
    {
        using var _ = Enter();
        var commands = new List<string>();
        var outer = _sendCapture;
        _sendCapture = commands;
        try
        {
            var parts = CommandLine.Split(line, out var error);
            if (error is not null)
            {
                Write(ScriptOutputKind.Error, error);
                return new InputResult([], error);
            }
            foreach (var part in parts)
            {
                for (var i = 0; i < part.Repeat; i++)
                    Expand(part.Text, commands);
            }
        }
        finally
        {
            _sendCapture = outer;
        }
        if (commands.Count > MaxCommandsPerInput)
        {
            var error = $"the input expanded to more than {MaxCommandsPerInput} commands; nothing was sent";
            Write(ScriptOutputKind.Error, error);
            return new InputResult([], error);
        }
        return new InputResult(commands);
    }

    /// <summary>One send(), wherever it came from: into the input's command list, or to the host.</summary>
    internal void SendLine(string line)
    {
        if (_sendCapture is { } capture)
        {
            if (capture.Count <= MaxCommandsPerInput)
                capture.Add(line);
            return;
        }
        _host.Send(line);
    }

    private void Expand(string text, List<string> commands)
    {
        if (commands.Count > MaxCommandsPerInput)
            return;
        foreach (var alias in _aliases.ToArray())
        {
            if (alias.Removed || !alias.Enabled)
                continue;
            Match match;
            try
            {
                match = PatternCache.Match(alias.Regex, text);
            }
            catch (RegexMatchTimeoutException)
            {
                if (++alias.Timeouts < PatternCache.MaxTimeoutsInARow)
                    continue;
                SetEnabled(alias, false);
                Note($"alias {alias.Id} ({alias.Source}) switched off: its pattern took longer than {PatternCache.MatchTimeout.TotalMilliseconds:0} ms");
                continue;
            }
            if (!match.Success)
                continue;
            alias.Hits++;
            alias.Timeouts = 0;
            if (alias.Action.Text is { } template)
            {
                SendCommands(match.Result(template));
            }
            else if (StartCallback(alias) is { } task)
            {
                var stack = _runtime!.StackOf(task);
                Captures.Push(stack, match);
                stack.PushString(text);
                var outcome = Run(task, 2, alias, wantResult: true);
                if (outcome.Result is { } replacement)
                    SendCommands(replacement);
            }
            return;
        }
        commands.Add(text);
    }
}
