using System.Text;
using TelnetTui.Scripting.Pane;
using TelnetTui.Scripting.Runtime;

namespace TelnetTui.Scripting.Engine;

/// <summary>The script pane's Lua console: evaluate an entry and print its results, as the standalone lua does.</summary>
public sealed partial class ScriptEngine
{
    /// <summary>Chunk name of console entries (errors read "console:1: ...").</summary>
    public const string ConsoleChunk = "=console";

    /// <summary>
    /// Evaluates a console entry: first as an expression (<c>return ...</c>), else as statements.
    /// An entry that ends too early (an open <c>function</c>, say) is <see cref="ConsoleResult.Incomplete"/>
    /// and is not run; the pane reads another line and tries again with both.
    /// </summary>
    public ConsoleResult Evaluate(string code)
    {
        using var _ = Enter();
        var rt = _runtime!;
        var task = rt.Acquire();
        var failure = rt.Load(task, Encoding.UTF8.GetBytes("return " + code), ConsoleChunk);
        if (failure is not null)
        {
            failure = rt.Load(task, Encoding.UTF8.GetBytes(code), ConsoleChunk);
            if (failure is not null)
            {
                rt.Release(task);
                if (failure.Message.EndsWith("<eof>", StringComparison.Ordinal))
                    return new ConsoleResult(null, failure, Incomplete: true);
                _history.Add(code);
                Write(ScriptOutputKind.Input, code);
                Report(failure);
                return new ConsoleResult(null, failure);
            }
        }
        _history.Add(code);
        Write(ScriptOutputKind.Input, code);
        // [chunk] → [console helper, chunk]: the helper runs it and joins tostring() of its results.
        rt.PushConsoleHelper(task);
        Native.LuaNative.lua_insert(task.State, -2);
        task.Owner = ConsoleOwner.Instance;
        var outcome = Run(task, 1, null, wantResult: true);
        return outcome.Status switch
        {
            LuaTaskStatus.Waiting => new ConsoleResult(null, Waiting: true),
            LuaTaskStatus.Failed => new ConsoleResult(null, outcome.Failure),
            _ => new ConsoleResult(outcome.Result),
        };
    }
}
