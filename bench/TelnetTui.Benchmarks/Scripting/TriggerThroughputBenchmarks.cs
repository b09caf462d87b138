using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using TelnetTui.Scripting.Engine;
using TelnetTui.Scripting.Host;
using TelnetTui.Scripting.Pane;
using TelnetTui.Telnet.Values;

namespace TelnetTui.Benchmarks.Scripting;

/// <summary>
/// Issue 7: received MUD output through the scripting engine — line assembly, ANSI stripping,
/// N regex triggers (Lua callback on each hit) — on a 10 MiB stream fed in 4 KiB reads.
/// The "lines/s" column divides the stream's lines by the mean time.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(LinesConfig))]
public class TriggerThroughputBenchmarks
{
    private const int ReadSize = 4096;

    private ScriptEngine _engine = null!;

    [Params(0, 100, 1000)]
    public int RegexTriggers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _ = MudStream.Text;
        _engine = new ScriptEngine(new NullHost());
        var info = _engine.RunString(TriggerScripts.Regex(RegexTriggers), "bench.lua");
        if (info.State == ScriptState.Failed)
            throw new InvalidOperationException(info.Failure!.Message);
    }

    [GlobalCleanup]
    public void Cleanup() => _engine.Dispose();

    [Benchmark(Description = "10 MiB MUD stream, regex triggers")]
    public int Receive()
    {
        var text = MudStream.Text.AsSpan();
        for (var i = 0; i < text.Length; i += ReadSize)
            _engine.Receive(text.Slice(i, Math.Min(ReadSize, text.Length - i)));
        return text.Length;
    }

    private sealed class LinesConfig : ManualConfig
    {
        public LinesConfig() => AddColumn(new LinesPerSecondColumn());
    }
}

/// <summary>The same stream with 100 plain-text triggers (one multi-string search per line).</summary>
[MemoryDiagnoser]
[Config(typeof(LinesConfig))]
public class PlainTriggerThroughputBenchmarks
{
    private const int ReadSize = 4096;

    private ScriptEngine _engine = null!;

    [GlobalSetup]
    public void Setup()
    {
        _ = MudStream.Text;
        _engine = new ScriptEngine(new NullHost());
        var info = _engine.RunString(TriggerScripts.Plain(100), "bench.lua");
        if (info.State == ScriptState.Failed)
            throw new InvalidOperationException(info.Failure!.Message);
    }

    [GlobalCleanup]
    public void Cleanup() => _engine.Dispose();

    [Benchmark(Description = "10 MiB MUD stream, 100 plain triggers")]
    public int Receive()
    {
        var text = MudStream.Text.AsSpan();
        for (var i = 0; i < text.Length; i += ReadSize)
            _engine.Receive(text.Slice(i, Math.Min(ReadSize, text.Length - i)));
        return text.Length;
    }

    private sealed class LinesConfig : ManualConfig
    {
        public LinesConfig() => AddColumn(new LinesPerSecondColumn());
    }
}

/// <summary>Does nothing: the benchmarks measure the engine, not a session.</summary>
public sealed class NullHost : IScriptHost
{
    public TimeProvider Clock => TimeProvider.System;
    public ScriptSessionInfo Session => ScriptSessionInfo.Disconnected;
    public IScriptScreen? Screen => null;
    public void Send(string line) { }
    public void SendText(string text) { }
    public void Echo(string text) { }
    public void SendGmcp(string package, MudValue? data) { }
    public void SendMsdp(string variable, MudValue value) { }
    public void Log(ScriptOutput entry) { }
}
