using TelnetTui.Scripting.Items;
using TelnetTui.Scripting.Pane;
using TelnetTui.Scripting.Runtime;

namespace TelnetTui.Scripting.Engine;

/// <summary>Running callbacks as tasks and dealing with how they end.</summary>
public sealed partial class ScriptEngine
{
    private Waiter? _pendingWait;

    /// <summary>How one run of a task ended, and the first result as text when it finished.</summary>
    private readonly record struct RunOutcome(LuaTaskStatus Status, string? Result, ScriptFailure? Failure);

    /// <summary>Pushes an item's function on a fresh task; the caller pushes arguments, then calls <see cref="Run"/>.</summary>
    private LuaTask? StartCallback(ScriptItem item)
    {
        if (_runtime is not { } rt || !item.Action.IsFunction)
            return null;
        var task = rt.Acquire();
        rt.StackOf(task).EnsureSpace(8);
        rt.PushReference(task, item.Action.FunctionRef);
        return task;
    }

    /// <summary>Runs or resumes <paramref name="task"/> with <paramref name="arguments"/> on its stack.</summary>
    private RunOutcome Run(LuaTask task, int arguments, ScriptItem? item, bool wantResult = false)
    {
        var rt = _runtime!;
        _pendingWait = null;
        var status = rt.Resume(task, arguments, out var results, out var failure);
        switch (status)
        {
            case LuaTaskStatus.Finished:
                var text = (wantResult || task.Owner is ConsoleOwner) && results > 0 ? rt.StackOf(task).ToText(-results) : null;
                if (item is not null)
                    item.Failures = 0;
                Ended(task, null, text);
                rt.Release(task);
                return new RunOutcome(status, text, null);
            case LuaTaskStatus.Waiting:
                var waiter = _pendingWait ?? throw new InvalidOperationException("a task yielded to wait without registering a wait");
                _pendingWait = null;
                waiter.Task = task;
                _waiters.Add(waiter);
                _fresh.Add(waiter);
                if (task.Owner is LoadedScript script)
                    script.State = ScriptState.Waiting;
                return new RunOutcome(status, null, null);
            default:
                Report(failure!);
                if (item is not null && ++item.Failures >= MaxConsecutiveFailures && !item.Removed)
                {
                    SetEnabled(item, false);
                    Note($"{item.Kind.ToString().ToLowerInvariant()} {item.Id} ({item.Source}) switched off after {MaxConsecutiveFailures} errors in a row");
                }
                if (rt.MemoryUsed > rt.MemoryLimit / 2)
                    rt.Collect();
                Ended(task, failure, null);
                return new RunOutcome(status, null, failure);
        }
    }

    /// <summary>A task is done for good: tell whoever started it.</summary>
    private void Ended(LuaTask task, ScriptFailure? failure, string? result)
    {
        switch (task.Owner)
        {
            case LoadedScript script:
                script.State = failure is null ? ScriptState.Loaded : ScriptState.Failed;
                script.Failure = failure;
                ScriptFinished?.Invoke(Describe(script));
                break;
            case ConsoleOwner when failure is null && result is not null:
                Write(ScriptOutputKind.Result, result);
                break;
        }
        task.Owner = null;
    }
}
