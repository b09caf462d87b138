using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using TelnetTui.Core.Book;
using TelnetTui.Core.Sessions;
using TelnetTui.Benchmarks.Common;

namespace TelnetTui.Benchmarks.Core;

/// <summary>
/// The whole receive path of a session, as the UI thread runs it: the network reader task posting
/// 16 KiB reads into the bounded channel, the owner processing them (telnet engine, decoder, emulator
/// at 120x40 with 10,000 lines of scrollback, line splitter, prompts), on 16 MiB of MUD output.
/// Variants: nothing listening; line and prompt events subscribed (allocating a string per line); capture on;
/// a line filter that holds every line until it is complete and lets it through (gag/highlight triggers'
/// cost to the session, without the triggers themselves); the same filter not holding (the app without triggers).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class SessionThroughputBenchmarks
{
    private byte[] _input = [];
    private string _captureFile = "";

    [Params("plain", "line-events", "capture", "filter-holding", "filter-idle")]
    public string Variant { get; set; } = "plain";

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(RateColumn.MiBPerSecond(SessionInputs.SizeMiB));
    }

    [GlobalSetup]
    public void Setup()
    {
        _input = SessionInputs.Mud();
        _captureFile = Path.Combine(Path.GetTempPath(), $"telnettui-bench-{Environment.ProcessId}.ttcap");
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_captureFile);

    [Benchmark]
    public async Task<int> Receive()
    {
        var inbox = Session.CreateInbox();
        var session = new Session(new SessionOptions
        {
            Host = new HostEntry { Id = "bench", Host = "bench.test" },
            Connector = new MemoryConnector(_input),
            Columns = 120,
            Rows = 40,
            ShowNotices = false,
        }, inbox.Writer);
        var lines = 0;
        if (Variant == "line-events")
        {
            session.LineReceived += _ => lines++;
            session.PromptReceived += _ => lines++;
        }
        if (Variant == "capture")
            session.StartCapture(_captureFile);
        if (Variant.StartsWith("filter", StringComparison.Ordinal))
            session.LineFilter = new PassFilter(Variant == "filter-holding");
        session.Connect();
        await SessionPump.RunUntilAsync(inbox.Reader, () => session.State == SessionState.Closed);
        await session.DisposeAsync();
        return lines + session.Screen.Cursor.Row;
    }

    /// <summary>Shows every line (a filter whose triggers never match).</summary>
    private sealed class PassFilter(bool holds) : TelnetTui.Core.Lines.ILineFilter
    {
        public bool Holds => holds;

        public TelnetTui.Core.Lines.LineVerdict Filter(ReadOnlySpan<char> text, ReadOnlySpan<char> raw) => TelnetTui.Core.Lines.LineVerdict.Show;
    }

    /// <summary>A connection that delivers the input in 16 KiB reads, then ends.</summary>
    private sealed class MemoryConnector(byte[] input) : ISessionConnector
    {
        public Task<ISessionTransport> ConnectAsync(SessionEndpoint endpoint, CancellationToken cancellationToken) =>
            Task.FromResult<ISessionTransport>(new MemoryTransport(input));
    }

    private sealed class MemoryTransport(byte[] input) : ISessionTransport
    {
        private int _offset;
        public bool IsSecure => false;
        public string? CertificateFingerprint => null;
        public string? RemoteAddress => null;

        public ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken)
        {
            var n = Math.Min(buffer.Length, input.Length - _offset);
            input.AsSpan(_offset, n).CopyTo(buffer.Span);
            _offset += n;
            return ValueTask.FromResult(n);
        }

        public ValueTask WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken) => ValueTask.CompletedTask;
        public ValueTask ShutdownSendAsync() => ValueTask.CompletedTask;
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
