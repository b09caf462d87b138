using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Transport;

namespace TelnetTui.Telnet.Connection;

/// <summary>
/// A telnet connection with an API a script writer wants, in the spirit of Python's telnetlib but
/// async: read until a string or one of several patterns, read lines, read what is there, wait for
/// negotiation to settle, write text and lines. Received text is decoded with
/// <see cref="ReceiveEncoding"/>; sent text encoded with <see cref="SendEncoding"/>. Used for client
/// connections (<see cref="TelnetClient"/>) and for each connection a <see cref="Server.TelnetServer"/> accepts.
/// </summary>
public sealed class TelnetChannel : IAsyncDisposable
{
    /// <summary>Negotiation counts as settled when nothing was negotiated for this long and no answer is awaited.</summary>
    public static readonly TimeSpan NegotiationQuietPeriod = TimeSpan.FromMilliseconds(200);

    private readonly object _textGate = new();
    private readonly StringBuilder _text = new();
    private readonly List<int> _promptEnds = [];
    private readonly TelnetChannelOptions _options;
    private Decoder _decoder;
    private System.Text.Encoding _receiveEncoding;
    private char[] _chars = new char[4096];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _lastNegotiationTicks;
    private bool _eof;

    internal TelnetChannel(TelnetConnection connection, TelnetChannelOptions options)
    {
        Connection = connection;
        _options = options;
        _receiveEncoding = options.ReceiveEncoding;
        _decoder = _receiveEncoding.GetDecoder();
        SendEncoding = options.SendEncoding;
        _lastNegotiationTicks = Stopwatch.GetTimestamp();
        var engine = connection.Engine;
        engine.DataReceived += OnData;
        engine.PromptReceived += _ => OnPrompt();
        engine.Recorded += r =>
        {
            if (r.Kind is RecordKind.Negotiation or RecordKind.Subnegotiation)
                Volatile.Write(ref _lastNegotiationTicks, Stopwatch.GetTimestamp());
            Pulse();
        };
        engine.CharsetAgreed += OnCharsetAgreed;
        _ = connection.Closed.ContinueWith(_ =>
        {
            lock (_textGate)
                _eof = true;
            Pulse();
        }, TaskScheduler.Default);
    }

    /// <summary>The connection underneath (its engine, transport and close reason).</summary>
    public TelnetConnection Connection { get; }

    /// <summary>Reads the engine under the connection's lock.</summary>
    public T Query<T>(Func<TelnetEngine, T> query) => Connection.Query(query);

    /// <summary>Decodes received bytes (switching resets the decoder; text already read stays).</summary>
    public System.Text.Encoding ReceiveEncoding
    {
        get => _receiveEncoding;
        set
        {
            lock (_textGate)
            {
                _receiveEncoding = value;
                _decoder = value.GetDecoder();
            }
        }
    }

    /// <summary>Encodes text we send.</summary>
    public System.Text.Encoding SendEncoding { get; set; }

    /// <summary>Characters dropped because the unread text grew past <see cref="TelnetChannelOptions.MaxBufferedChars"/>.</summary>
    public long DroppedChars { get; private set; }

    /// <summary>Why the connection ended, once it has.</summary>
    public string? CloseReason => Connection.Closed.IsCompleted ? Connection.Closed.Result : null;

    /// <summary>Starts reading (and sends the opening offers). Done by the factories.</summary>
    internal void Start()
    {
        _options.BeforeStart?.Invoke(Connection.Engine);
        Connection.Start();
    }

    /// <summary>
    /// Reads until <paramref name="expected"/> has been received; returns the text up to and including it.
    /// Like telnetlib's read_until, on timeout it returns whatever was read (possibly empty); at end of
    /// stream it returns what is left, or throws <see cref="TelnetClosedException"/> when nothing is.
    /// </summary>
    public Task<string> ReadUntilAsync(string expected, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(expected);
        return WaitAsync(() =>
        {
            var i = _text.ToString().IndexOf(expected, StringComparison.Ordinal);
            return i < 0 ? (false, "") : (true, Take(i + expected.Length));
        }, () => Take(_text.Length), timeout, cancellationToken, throwAtEndWhenEmpty: true);
    }

    /// <summary>
    /// Reads until one of <paramref name="patterns"/> matches; the first pattern in list order that
    /// matches wins (telnetlib's expect). Returns (index, match, text up to the match end); on timeout or
    /// end of stream (-1, null, everything read). Throws <see cref="TelnetClosedException"/> at end of stream with nothing read.
    /// </summary>
    public Task<ExpectResult> ExpectAsync(Regex[] patterns, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        return WaitAsync(() =>
        {
            var text = _text.ToString();
            for (var i = 0; i < patterns.Length; i++)
            {
                var m = patterns[i].Match(text);
                if (m.Success)
                    return (true, new ExpectResult(i, m, Take(m.Index + m.Length)));
            }
            return (false, default);
        }, () => new ExpectResult(-1, null, Take(_text.Length)), timeout, cancellationToken, throwAtEndWhenEmpty: true);
    }

    /// <summary>
    /// Reads one line (ended by LF; a CR before it is removed) without its end. At end of stream returns the
    /// unterminated rest, or null when nothing is left. Throws <see cref="TimeoutException"/> on timeout.
    /// </summary>
    public Task<string?> ReadLineAsync(TimeSpan? timeout = null, CancellationToken cancellationToken = default)
        => WaitAsync<string?>(() =>
        {
            var i = _text.ToString().IndexOf('\n');
            if (i < 0)
                return (false, null);
            var line = Take(i + 1);
            return (true, line.EndsWith("\r\n", StringComparison.Ordinal) ? line[..^2] : line[..^1]);
        }, () => _eof ? (_text.Length > 0 ? Take(_text.Length) : null) : throw new TimeoutException("no complete line arrived in time"),
            timeout, cancellationToken, throwAtEndWhenEmpty: false);

    /// <summary>
    /// Reads up to the next prompt mark (IAC GA or IAC EOR): the text before it, however many reads it
    /// took to arrive. Throws <see cref="TimeoutException"/> on timeout and <see cref="TelnetClosedException"/> at end of stream.
    /// </summary>
    public Task<string> ReadUntilPromptAsync(TimeSpan? timeout = null, CancellationToken cancellationToken = default)
        => WaitAsync(() =>
        {
            if (_promptEnds.Count == 0)
                return (false, "");
            var end = _promptEnds[0];
            _promptEnds.RemoveAt(0);
            return (true, Take(end));
        }, () => _eof ? throw new TelnetClosedException(CloseReason ?? "closed") : throw new TimeoutException("no prompt arrived in time"),
            timeout, cancellationToken, throwAtEndWhenEmpty: false);

    /// <summary>Everything received and not yet read, without waiting (telnetlib's read_very_eager).</summary>
    public string ReadAvailable()
    {
        lock (_textGate)
            return Take(_text.Length);
    }

    /// <summary>
    /// Waits at least <paramref name="minimum"/>, then until no option is awaiting an answer and nothing
    /// was negotiated for <see cref="NegotiationQuietPeriod"/>, but no longer than <paramref name="maximum"/>.
    /// True when negotiation settled, false when the maximum ran out first.
    /// </summary>
    public async Task<bool> WaitForNegotiationAsync(TimeSpan minimum, TimeSpan maximum, CancellationToken cancellationToken = default)
    {
        if (maximum < minimum)
            throw new ArgumentOutOfRangeException(nameof(maximum), "the maximum wait is shorter than the minimum");
        var start = Stopwatch.GetTimestamp();
        while (true)
        {
            Task changed;
            lock (_textGate)
                changed = _changed.Task;
            var elapsed = Stopwatch.GetElapsedTime(start);
            var quietFor = Stopwatch.GetElapsedTime(Volatile.Read(ref _lastNegotiationTicks));
            var pending = Connection.IsClosed ? false : Query(AnyPending);
            if (elapsed >= minimum && !pending && quietFor >= NegotiationQuietPeriod)
                return true;
            if (elapsed >= maximum)
                return false;
            var wait = Max(minimum - elapsed, NegotiationQuietPeriod - quietFor, TimeSpan.FromMilliseconds(10));
            wait = wait < maximum - elapsed ? wait : maximum - elapsed;
            try
            {
                await changed.WaitAsync(wait, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
            }
        }
    }

    /// <summary>Sends text (encoded with <see cref="SendEncoding"/>) as data.</summary>
    public Task WriteAsync(string text) => Connection.SendAsync(e => e.SendText(text, SendEncoding));

    /// <summary>Sends a line of text and the Enter sequence.</summary>
    public Task WriteLineAsync(string text) => Connection.SendAsync(e => e.SendLine(SendEncoding.GetBytes(text)));

    /// <summary>Server side: sends prompt text followed by IAC EOR (when agreed) or IAC GA.</summary>
    public Task WritePromptAsync(string text) => Connection.SendAsync(e =>
    {
        e.SendText(text, SendEncoding);
        e.SendPromptMark();
    });

    /// <summary>Runs any engine call (NAWS, GMCP, option requests...) and sends what it produced.</summary>
    public Task SendAsync(Action<TelnetEngine> action) => Connection.SendAsync(action);

    /// <summary>Closes cleanly (pending output written, then half-close).</summary>
    public Task CloseAsync() => Connection.CloseAsync("closed by us");

    public ValueTask DisposeAsync() => Connection.DisposeAsync();

    private static bool AnyPending(TelnetEngine engine)
    {
        for (var o = 0; o < 256; o++)
        {
            var s = engine.GetState((byte)o);
            if (s.Local.IsPending || s.Remote.IsPending)
                return true;
        }
        return false;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b, TimeSpan c) => a > b ? (a > c ? a : c) : (b > c ? b : c);

    private void OnData(ReadOnlySpan<byte> data)
    {
        lock (_textGate)
        {
            var needed = _receiveEncoding.GetMaxCharCount(data.Length);
            if (_chars.Length < needed)
                _chars = new char[Math.Max(needed, _chars.Length * 2)];
            var n = _decoder.GetChars(data, _chars, flush: false);
            _text.Append(_chars, 0, n);
            if (_text.Length > _options.MaxBufferedChars)
            {
                var excess = _text.Length - _options.MaxBufferedChars / 2;
                DroppedChars += excess;
                Drop(excess);
            }
        }
        Pulse();
    }

    private void OnPrompt()
    {
        lock (_textGate)
            _promptEnds.Add(_text.Length);
        Pulse();
    }

    private void OnCharsetAgreed(string name)
    {
        if (!_options.FollowCharset || TextEncodings.TryGet(name) is not { } encoding)
            return;
        ReceiveEncoding = encoding;
        SendEncoding = encoding;
    }

    private void Pulse()
    {
        TaskCompletionSource done;
        lock (_textGate)
        {
            done = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        done.TrySetResult();
    }

    /// <summary>Removes and returns the first <paramref name="count"/> characters (caller holds the lock).</summary>
    private string Take(int count)
    {
        var s = _text.ToString(0, count);
        Drop(count);
        return s;
    }

    private void Drop(int count)
    {
        if (count <= 0)
            return;
        _text.Remove(0, count);
        for (var i = 0; i < _promptEnds.Count; i++)
            _promptEnds[i] -= count;
        // A mark inside dropped text is gone; a mark at 0 stays (its prompt ended right here).
        _promptEnds.RemoveAll(p => p < 0);
    }

    private async Task<T> WaitAsync<T>(Func<(bool Done, T Result)> attempt, Func<T> giveUp, TimeSpan? timeout, CancellationToken cancellationToken, bool throwAtEndWhenEmpty)
    {
        var limit = timeout ?? _options.DefaultTimeout;
        var start = Stopwatch.GetTimestamp();
        while (true)
        {
            Task changed;
            lock (_textGate)
            {
                var (done, result) = attempt();
                if (done)
                    return result;
                if (_eof)
                {
                    if (throwAtEndWhenEmpty && _text.Length == 0)
                        throw new TelnetClosedException(CloseReason ?? "closed");
                    return giveUp();
                }
                changed = _changed.Task;
            }
            var remaining = limit - Stopwatch.GetElapsedTime(start);
            if (remaining <= TimeSpan.Zero)
            {
                lock (_textGate)
                    return giveUp();
            }
            try
            {
                await changed.WaitAsync(remaining, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
            }
        }
    }
}
