using System.Text;
using System.Text.RegularExpressions;
using TelnetTui.Scripting.Native;
using static TelnetTui.Scripting.Native.LuaNative;

namespace TelnetTui.Scripting.Runtime;

/// <summary>Turning a failed task into a <see cref="ScriptFailure"/>: message, script file and line, traceback.</summary>
internal sealed unsafe partial class ScriptRuntime
{
    /// <summary>Longest traceback kept with an error.</summary>
    public const int MaxTracebackChars = 4096;

    /// <summary>Frames looked at when searching for the script line of an error.</summary>
    private const int MaxFramesSearched = 64;

    [GeneratedRegex(@"^(?<file>[^:\r\n]+):(?<line>\d+): ", RegexOptions.CultureInvariant)]
    private static partial Regex MessagePosition();

    /// <summary>A failure from a Lua message that starts "file:line: " (syntax errors, errors with a position).</summary>
    public static ScriptFailure FailureFromMessage(string message)
    {
        var m = MessagePosition().Match(message);
        return m.Success
            ? new ScriptFailure(message, m.Groups["file"].Value, int.Parse(m.Groups["line"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture))
            : new ScriptFailure(message, null, null);
    }

    private ScriptFailure Describe(LuaTask task, int status)
    {
        var stack = new LuaStack(task.State);
        var message = lua_type(task.State, -1) switch
        {
            TypeString or TypeNumber => stack.ToText(-1)!,
            TypeNil => "nil error",
            var t => $"(error object is a {LuaStack.TypeName(t)} value)",
        };
        if (status == StatusMemoryError)
            message += $" (scripts may use {_memory.Limit / (1024 * 1024)} MiB)";
        var failure = Locate(task, message);
        return failure with { Traceback = Traceback(task) };
    }

    /// <summary>The first frame of the task's stack that is script code (not C, not the sandbox).</summary>
    private ScriptFailure Locate(LuaTask task, string message)
    {
        var fromMessage = FailureFromMessage(message);
        if (fromMessage.Script == PreludeShortSource)
        {
            // Raised by a library function inside a sandbox wrapper: say where the script called it.
            var rest = message[(message.IndexOf(": ", StringComparison.Ordinal) + 2)..].Replace("'raw_", "'", StringComparison.Ordinal);
            var (script, line) = Where(task.State);
            return script is null ? new ScriptFailure(rest, null, null) : new ScriptFailure($"{script}:{line}: {rest}", script, line);
        }
        LuaDebugRecord ar;
        for (var level = 0; level < MaxFramesSearched; level++)
        {
            if (lua_getstack(task.State, level, &ar) == 0)
                break;
            fixed (byte* what = "Sl\0"u8)
                lua_getinfo(task.State, what, &ar);
            if (ar.WhatText == "C" || ar.CurrentLine < 0)
                continue;
            var source = ar.ShortSourceText;
            if (source == PreludeShortSource)
                continue;
            // A message that names its own position (error(msg, 2), syntax) wins over the frame.
            return fromMessage.Script is not null ? fromMessage : new ScriptFailure($"{source}:{ar.CurrentLine}: {message}", source, ar.CurrentLine);
        }
        return fromMessage;
    }

    private string? Traceback(LuaTask task)
    {
        luaL_traceback(_main, task.State, null, 0);
        var text = new LuaStack(_main).ToText(-1);
        lua_pop(_main, 1);
        if (text is null)
            return null;
        var kept = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            if (line.Contains(PreludeShortSource, StringComparison.Ordinal))
                continue;
            if (kept.Length + line.Length > MaxTracebackChars)
                break;
            kept.Append(line).Append('\n');
        }
        return kept.ToString().TrimEnd('\n');
    }

    /// <summary>The script file and line that is calling into the engine on <paramref name="state"/>.</summary>
    public static (string? Script, int? Line) Where(nint state)
    {
        LuaDebugRecord ar;
        for (var level = 0; level < MaxFramesSearched; level++)
        {
            if (lua_getstack(state, level, &ar) == 0)
                break;
            fixed (byte* what = "Sl\0"u8)
                lua_getinfo(state, what, &ar);
            if (ar.WhatText == "C" || ar.CurrentLine < 0)
                continue;
            var source = ar.ShortSourceText;
            if (source != PreludeShortSource)
                return (source, ar.CurrentLine);
        }
        return (null, null);
    }
}
