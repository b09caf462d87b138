using System.Globalization;
using System.Text.RegularExpressions;
using TelnetTui.Scripting.Runtime;
using TelnetTui.Scripting.Triggers;

namespace TelnetTui.Scripting.Engine;

/// <summary>
/// wait_for / expect / sleep: tasks parked until a pattern matches received text, a deadline
/// passes, or the connection closes. Like telnetlib's expect, a match consumes the text up to its
/// end: the next wait starts looking after it, on the same line or the ones that follow.
/// </summary>
public sealed partial class ScriptEngine
{
    /// <summary>Tasks that may wait at once.</summary>
    public const int MaxWaiters = 256;

    /// <summary>Patterns one expect() may take.</summary>
    public const int MaxExpectPatterns = 64;

    /// <summary>Longest timeout or sleep: a week.</summary>
    public const double MaxWaitSeconds = 7 * 24 * 3600;

    /// <summary>Waits satisfied in a row on text already received, before the rest waits for new text.</summary>
    public const int MaxWaitChain = 100;

    /// <summary>Default of <see cref="PartialLineDelay"/>.</summary>
    public static readonly TimeSpan DefaultPartialLineDelay = TimeSpan.FromMilliseconds(150);

    private readonly List<Waiter> _waiters = [];
    private readonly List<Waiter> _fresh = [];

    /// <summary>Received text consumed so far: line serial and offset.</summary>
    private (int Serial, int Offset) _cursor;

    /// <summary>When the unfinished line has been quiet long enough to be offered to waits (null: nothing pending).</summary>
    private long? _partialDue;

    /// <summary>The unfinished line has been offered to waits since it last grew.</summary>
    private bool _partialSettled;

    /// <summary>
    /// How long an unfinished line (no newline, no GA: "login: ") must stay unchanged before waits
    /// look at it. A line still arriving in pieces is not matched half-way ("Welcome, W" for
    /// "Welcome, (\w+)"); a server waiting at a prompt has stopped sending.
    /// </summary>
    public TimeSpan PartialLineDelay { get; set; } = DefaultPartialLineDelay;

    /// <summary>
    /// Called by wait_for/expect/sleep from the task that wants to wait; the sandbox then yields the
    /// task and <see cref="Run"/> parks it.
    /// </summary>
    internal void BeginWait(LuaStack stack, string function, double? timeout, IReadOnlyList<string> patterns)
    {
        var rt = _runtime!;
        if (rt.Current is not { } task || task.State != stack.State)
            throw new ScriptApiException($"{function}: waiting works in a script's main chunk, a callback or the console, not inside coroutine.create/wrap");
        if (!stack.IsYieldable)
            throw new ScriptApiException($"{function}: cannot wait here (inside a metamethod, a table.sort comparator or a string.gsub function)");
        if (_waiters.Count >= MaxWaiters)
            throw new ScriptApiException($"{function}: too many scripts waiting (at most {MaxWaiters})");
        if (patterns.Count > MaxExpectPatterns)
            throw new ScriptApiException($"{function}: too many patterns (at most {MaxExpectPatterns})");
        if (function != "sleep" && patterns.Count == 0)
            throw new ScriptApiException($"{function}: no pattern to wait for");
        if (timeout is { } t && (double.IsNaN(t) || t < 0 || t > MaxWaitSeconds))
            throw new ScriptApiException($"{function}: the timeout must be 0 to {MaxWaitSeconds} seconds");
        var regexes = new Regex[patterns.Count];
        for (var i = 0; i < patterns.Count; i++)
            regexes[i] = Pattern(patterns[i], PatternCache.OccasionalOptions, function);
        _pendingWait = new Waiter
        {
            Function = function,
            Patterns = regexes,
            TimeoutSeconds = timeout,
            Deadline = timeout is { } seconds ? _host.Clock.GetTimestamp() + (long)(seconds * _host.Clock.TimestampFrequency) : null,
            Serial = _cursor.Serial,
            Offset = _cursor.Offset,
        };
    }

    /// <summary>Offers a line (complete, prompt or the unfinished one) to every waiting task.</summary>
    private void MatchWaiters(int serial, string text)
    {
        if (_waiters.Count == 0)
            return;
        foreach (var waiter in _waiters.ToArray())
        {
            if (_waiters.Contains(waiter))
                TryMatch(waiter, serial, text);
        }
    }

    private bool TryMatch(Waiter waiter, int serial, string text)
    {
        if (waiter.IsSleep)
            return false;
        var start = waiter.Serial == serial ? waiter.Offset : waiter.Serial < serial ? 0 : -1;
        if (start < 0 || start > text.Length)
            return false;
        for (var i = 0; i < waiter.Patterns.Length; i++)
        {
            Match match;
            try
            {
                match = PatternCache.Match(waiter.Patterns[i], text, start);
            }
            catch (RegexMatchTimeoutException)
            {
                continue;
            }
            if (!match.Success)
                continue;
            var end = match.Index + match.Length;
            _waiters.Remove(waiter);
            _cursor = (serial, end);
            var stack = _runtime!.StackOf(waiter.Task);
            stack.EnsureSpace(4);
            stack.PushInteger(i + 1);
            Captures.Push(stack, match);
            stack.PushString(text.AsSpan(start, end - start));
            Run(waiter.Task, 3, null);
            return true;
        }
        return false;
    }

    /// <summary>
    /// Waits started while handling text get a look at what is already there (the rest of the
    /// line being processed, or the unfinished line), so "expect A; expect B" works when A and B
    /// arrived together.
    /// </summary>
    private void Settle()
    {
        var chain = 0;
        while (_fresh.Count > 0)
        {
            var waiter = _fresh[0];
            _fresh.RemoveAt(0);
            if (!_waiters.Contains(waiter) || waiter.IsSleep)
                continue;
            if (++chain > MaxWaitChain)
            {
                _fresh.Clear();
                break;
            }
            if (_line is { } line)
                TryMatch(waiter, line.Serial, line.Text);
            else if (_partialSettled && PendingPartial.Length > 0)
                TryMatch(waiter, _nextSerial, PendingPartial.ToString());
        }
    }

    /// <summary>The unfinished line grew: waits look at it once it has been quiet for <see cref="PartialLineDelay"/>.</summary>
    private void PartialGrew()
    {
        _partialSettled = false;
        _partialDue = _host.Clock.GetTimestamp() + Ticks(PartialLineDelay);
    }

    /// <summary>A line finished: nothing unfinished is pending.</summary>
    private void PartialGone()
    {
        _externalPartial = null;
        _partialSettled = false;
        _partialDue = null;
    }

    private void OfferQuietPartial(long now)
    {
        if (_partialDue is not { } due || due > now)
            return;
        _partialDue = null;
        _partialSettled = true;
        if (PendingPartial.Length > 0)
            MatchWaiters(_nextSerial, PendingPartial.ToString());
    }

    /// <summary>Deadlines that passed: a sleep resumes, a wait fails with "timed out" at its line.</summary>
    private void ExpireWaits(long now)
    {
        if (_waiters.Count == 0)
            return;
        foreach (var waiter in _waiters.ToArray())
        {
            if (waiter.Deadline is not { } deadline || deadline > now || !_waiters.Contains(waiter))
                continue;
            _waiters.Remove(waiter);
            var stack = _runtime!.StackOf(waiter.Task);
            stack.EnsureSpace(2);
            if (waiter.IsSleep)
            {
                stack.PushInteger(0);
                Run(waiter.Task, 1, null);
                continue;
            }
            stack.PushNil();
            stack.PushString(string.Create(CultureInfo.InvariantCulture,
                $"{waiter.Function}: timed out after {waiter.TimeoutSeconds:0.###} s waiting for {waiter.Describe()}"));
            Run(waiter.Task, 2, null);
        }
    }

    /// <summary>The connection closed: every wait for text fails (sleeps go on).</summary>
    public void ConnectionClosed(string reason)
    {
        using var _ = Enter();
        foreach (var waiter in _waiters.ToArray())
        {
            if (waiter.IsSleep || !_waiters.Contains(waiter))
                continue;
            _waiters.Remove(waiter);
            var stack = _runtime!.StackOf(waiter.Task);
            stack.EnsureSpace(2);
            stack.PushNil();
            stack.PushString($"{waiter.Function}: the connection closed ({reason}) while waiting for {waiter.Describe()}");
            Run(waiter.Task, 2, null);
        }
        _assembler.Reset();
        PartialGone();
    }
}
