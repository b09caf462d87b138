using System.Diagnostics;
using System.Globalization;
using TelnetTui.Core.Book;
using TelnetTui.Core.Sessions;
using TelnetTui.Demo.Chaos;

namespace TelnetTui.Chaos.Tests.Infrastructure;

/// <summary>
/// One scenario run: the chaos server on 127.0.0.1 port 0, a real <see cref="Session"/> (TCP, telnet
/// engine, decoder, emulator) connected to it and owned by an <see cref="OwnerLoop"/>, a probe posted
/// every 20 ms as a stand-in key, and a memory sampler. Session calls go through the owner thread.
/// </summary>
internal sealed class ChaosRun : IAsyncDisposable
{
    private static long _unobserved;

    static ChaosRun() => TaskScheduler.UnobservedTaskException += (_, _) => Interlocked.Increment(ref _unobserved);

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly MemorySampler _memory = new();
    private readonly Timer _probes;
    private readonly long _unobservedAtStart = Interlocked.Read(ref _unobserved);
    private bool _disposed;

    private ChaosRun(ChaosServer server, OwnerLoop loop)
    {
        Server = server;
        Loop = loop;
        _probes = new Timer(_ => Loop.PostProbe(), null, ChaosLimits.ProbeInterval, ChaosLimits.ProbeInterval);
    }

    public ChaosServer Server { get; }

    public OwnerLoop Loop { get; }

    /// <summary>The session (touch it only on the owner thread: <see cref="OnOwnerAsync{T}"/>).</summary>
    public Session Session { get; private set; } = null!;

    public SessionObserver Observed { get; private set; } = null!;

    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Starts the server and a session connected to it.</summary>
    public static async Task<ChaosRun> StartAsync(ChaosScenario scenario, Func<HostEntry, HostEntry>? host = null,
        int columns = 120, int rows = 40, bool connect = true, TimeSpan? connectTimeout = null, bool warmup = false, IEnumerable<string>? watch = null,
        ISessionConnector? connector = null, bool? useTls = null)
    {
        if (!warmup)
            await Warmup.EnsureAsync();
        var server = new ChaosServer(scenario);
        server.Start();
        var run = new ChaosRun(server, new OwnerLoop());
        var entry = new HostEntry { Id = "chaos", Name = "chaos " + scenario.Name, Host = "127.0.0.1", Port = server.LocalEndPoint.Port };
        entry = host?.Invoke(entry) ?? entry;
        var options = new SessionOptions
        {
            Host = entry,
            Columns = columns,
            Rows = rows,
            ConnectTimeout = connectTimeout ?? TimeSpan.FromSeconds(10),
            Connector = connector ?? TcpSessionConnector.Default,
            UseTls = useTls,
        };
        await run.Loop.InvokeAsync(() =>
        {
            run.Session = new Session(options, run.Loop.Inbox);
            run.Observed = new SessionObserver(run.Session);
            run.Observed.Watch(ChaosScenario.DoneMarker(scenario.Name));
            foreach (var text in watch ?? [])
                run.Observed.Watch(text);
        });
        run.Loop.DrawScreen(() => run.Session.Screen);
        if (connect)
            await run.Loop.InvokeAsync(run.Session.Connect);
        return run;
    }

    /// <summary>The server side of the session's connection.</summary>
    public Task<ChaosConnection> ConnectionAsync() => Server.NextConnectionAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

    public Task<T> OnOwnerAsync<T>(Func<Session, SessionObserver, T> read) => Loop.InvokeAsync(() => read(Session, Observed));

    public Task OnOwnerAsync(Action<Session> action) => Loop.InvokeAsync(() => action(Session));

    /// <summary>Polls <paramref name="condition"/> on the owner thread until it holds; false after <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitUntilAsync(Func<Session, SessionObserver, bool> condition, TimeSpan timeout)
    {
        var limit = Stopwatch.StartNew();
        while (true)
        {
            if (await OnOwnerAsync(condition))
                return true;
            if (limit.Elapsed >= timeout)
                return false;
            await Task.Delay(25, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Waits for the scenario's closing line: the client got through the whole attack and still shows text.</summary>
    public async Task AssertRecoveredAsync(TimeSpan timeout)
    {
        var marker = ChaosScenario.DoneMarker(Server.Scenario.Name);
        if (!await WaitUntilAsync((_, o) => o.Saw(marker), timeout))
            Assert.Fail($"'{marker}' did not arrive within {timeout.TotalSeconds:0.#} s; {await DescribeAsync()}");
    }

    /// <summary>Lets the scenario run for <paramref name="period"/> (for endless ones).</summary>
    public Task RunForAsync(TimeSpan period) => Task.Delay(period, TestContext.Current.CancellationToken);

    /// <summary>
    /// The bounds every scenario keeps (issue 8 §2): every probe handled within the key latency, the
    /// working set under the memory bound, no exception reached the owner loop, no unobserved task
    /// exception, and the session did not end on an internal error.
    /// </summary>
    public async Task AssertHealthyAsync()
    {
        // Short scenarios: let enough keys through to measure.
        await WaitForProbesAsync(ChaosLimits.MinProbes, TimeSpan.FromSeconds(5));
        var reason = await OnOwnerAsync((s, _) => s.CloseReason);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var latencies = Loop.ProbeLatencies;
        Array.Sort(latencies);
        Report(latencies);
        Assert.Empty(Loop.Errors);
        Assert.NotEqual(CloseKind.ClientError, reason?.Kind);
        foreach (var connection in Server.Connections)
        {
            if (connection.Error is { } e && e is not (IOException or System.Net.Sockets.SocketException or ObjectDisposedException
                or OperationCanceledException or System.Security.Authentication.AuthenticationException))
                Assert.Fail($"the chaos scenario itself failed (a test bug, not the client's): {e}");
        }
        Assert.True(latencies.Length >= ChaosLimits.MinProbes, $"only {latencies.Length} probes were handled: the owner thread was stuck");
        var p99 = Percentile(latencies, 0.99);
        Assert.True(p99 <= ChaosLimits.KeyLatency.TotalMilliseconds,
            $"keys waited {p99:0.#} ms (99th percentile; limit {ChaosLimits.KeyLatency.TotalMilliseconds} ms); longest message {Loop.MaxMessageMilliseconds:0.#} ms");
        Assert.True(Loop.MaxMessageCpuMilliseconds <= ChaosLimits.MessageCpu.TotalMilliseconds,
            $"one message took {Loop.MaxMessageCpuMilliseconds:0.#} ms of owner-thread CPU (limit {ChaosLimits.MessageCpu.TotalMilliseconds} ms)");
        Assert.True(_memory.PeakWorkingSet < ChaosLimits.MaxWorkingSetBytes,
            $"working set peaked at {Mb(_memory.PeakWorkingSet)} MB (limit {Mb(ChaosLimits.MaxWorkingSetBytes)} MB)");
        Assert.Equal(_unobservedAtStart, Interlocked.Read(ref _unobserved));
    }

    private async Task WaitForProbesAsync(int count, TimeSpan timeout)
    {
        var limit = Stopwatch.StartNew();
        while (Loop.ProbeLatencies.Length < count && limit.Elapsed < timeout)
            await Task.Delay(20, TestContext.Current.CancellationToken);
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)(sorted.Length * p))];

    /// <summary>Session state and last lines, for failure messages.</summary>
    public Task<string> DescribeAsync() => OnOwnerAsync((s, o) =>
        $"session {s.State} ({s.CloseReason}), {s.BytesReceived} bytes received, {o.LineCount} lines; last lines: " +
        string.Join(" | ", o.LastLines.TakeLast(5)));

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
            return;
        _disposed = true;
        await _probes.DisposeAsync();
        if (Session is not null)
            await await Loop.InvokeAsync(() => Session.DisposeAsync().AsTask());
        await Server.DisposeAsync();
        Loop.Dispose();
        _memory.Dispose();
    }

    private void Report(double[] sorted)
    {
        var line = string.Create(CultureInfo.InvariantCulture,
            $"chaos {Server.Scenario.Name}: {Elapsed.TotalSeconds:0.0} s, {sorted.Length} probes, key latency p50 {Percentile(sorted, 0.5):0.0} ms p99 {Percentile(sorted, 0.99):0.0} ms max {(sorted.Length > 0 ? sorted[^1] : 0):0.0} ms, " +
            $"longest message {Loop.MaxMessageMilliseconds:0.0} ms wall {Loop.MaxMessageCpuMilliseconds:0.0} ms cpu, {Loop.MessagesProcessed} messages, {Loop.FramesDrawn} frames, " +
            $"peak working set {Mb(_memory.PeakWorkingSet)} MB, peak managed heap {Mb(_memory.PeakManagedHeap)} MB");
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        if (Environment.GetEnvironmentVariable("CHAOS_REPORT") is { Length: > 0 } path)
            File.AppendAllText(path, line + Environment.NewLine);
    }

    private static long Mb(long bytes) => bytes / (1024 * 1024);
}
