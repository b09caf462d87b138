using TelnetTui.Demo;

namespace TelnetTui.App.Tests.Demo.Support;

/// <summary>
/// A demo server on 127.0.0.1 and an ephemeral port, with the waits shortened for tests. Disposing stops
/// it and fails the test if any session ended by an unexpected exception (bad input must never do that).
/// </summary>
internal sealed class DemoHarness : IAsyncDisposable
{
    private readonly List<Exception> _failures = [];
    private readonly List<string> _log = [];

    private DemoHarness(DemoServerOptions options)
    {
        options.Log = line =>
        {
            lock (_log)
                _log.Add(line);
        };
        Server = new DemoServer(options);
        Server.SessionFailed += e =>
        {
            lock (_failures)
                _failures.Add(e);
        };
        Server.Start();
    }

    public DemoServer Server { get; }

    public int Port => Server.LocalEndPoint.Port;

    public IReadOnlyList<string> Log
    {
        get
        {
            lock (_log)
                return [.. _log];
        }
    }

    public static DemoHarness Start(Action<DemoServerOptions>? configure = null)
    {
        var options = new DemoServerOptions
        {
            // Long enough for a loaded machine; the tests that leave ESC[6n unanswered shorten it.
            AnsiDetectTimeout = TimeSpan.FromSeconds(10),
            TickInterval = TimeSpan.FromMinutes(10),
            AmbientEveryTicks = 0,
            NegotiationWait = TimeSpan.FromSeconds(2),
        };
        configure?.Invoke(options);
        return new DemoHarness(options);
    }

    public Task<DemoClient> ConnectAsync(Action<Telnet.Connection.TelnetChannelOptions>? configure = null) => DemoClient.ConnectAsync(Port, configure);

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
        lock (_failures)
            Assert.True(_failures.Count == 0, "sessions failed: " + string.Join("\n", _failures));
    }
}
