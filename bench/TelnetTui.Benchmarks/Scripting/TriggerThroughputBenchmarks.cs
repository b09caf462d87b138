using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using TelnetTui.Scripting.Engine;
using TelnetTui.Scripting.Host;
using TelnetTui.Scripting.Pane;
using TelnetTui.Telnet.Values;
using TelnetTui.Benchmarks.Common;

namespace TelnetTui.Benchmarks.Scripting;

/// <summary>What the trigger benchmarks share: an engine running one script, fed the 10 MiB stream in 4 KiB reads.</summary>
public abstract class TriggerBenchmarkBase
{
    private const int ReadSize = 4096;

    private ScriptEngine _engine = null!;

    [GlobalCleanup]
    public void Cleanup() => _engine.Dispose();

    protected void Load(string script)
    {
        _ = MudStream.Text;
        _engine = new ScriptEngine(new NullHost());
        var info = _engine.RunString(script, "bench.lua");
        if (info.State == ScriptState.Failed)
            throw new InvalidOperationException(info.Failure!.Message);
    }

    protected int Feed()
    {
        var text = MudStream.Text.AsSpan();
        for (var i = 0; i < text.Length; i += ReadSize)
            _engine.Receive(text.Slice(i, Math.Min(ReadSize, text.Length - i)));
        return text.Length;
    }

    protected sealed class LinesConfig : ManualConfig
    {
        public LinesConfig() => AddColumn(new RateColumn("LinesPerSecond", "lines/s", "Lines of the 10 MiB MUD stream per second", _ => MudStream.Lines, "N0"));
    }
}

/// <summary>
/// Issue 7: received MUD output through the scripting engine — line assembly, ANSI stripping,
/// N regex triggers (Lua callback on each hit) — on a 10 MiB stream fed in 4 KiB reads.
/// The "lines/s" column divides the stream's lines by the mean time.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(LinesConfig))]
public class TriggerThroughputBenchmarks : TriggerBenchmarkBase
{
    [Params(0, 100, 1000)]
    public int RegexTriggers { get; set; }

    [GlobalSetup]
    public void Setup() => Load(TriggerScripts.Regex(RegexTriggers));

    [Benchmark(Description = "10 MiB MUD stream, regex triggers")]
    public int Receive() => Feed();
}

/// <summary>The same stream with 100 plain-text triggers (one multi-string search per line).</summary>
[MemoryDiagnoser]
[Config(typeof(LinesConfig))]
public class PlainTriggerThroughputBenchmarks : TriggerBenchmarkBase
{
    [GlobalSetup]
    public void Setup() => Load(TriggerScripts.Plain(100));

    [Benchmark(Description = "10 MiB MUD stream, 100 plain triggers")]
    public int Receive() => Feed();
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
