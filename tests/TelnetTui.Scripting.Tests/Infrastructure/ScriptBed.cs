using TelnetTui.Scripting.Engine;
using TelnetTui.Scripting.Pane;
using TelnetTui.Scripting.Runtime;

namespace TelnetTui.Scripting.Tests.Infrastructure;

/// <summary>An engine on a fake host and clock, with helpers to run Lua and feed the session's events.</summary>
public sealed class ScriptBed : IDisposable
{
    public ScriptBed(ScriptLimits? limits = null)
    {
        Engine = new ScriptEngine(Host, limits);
    }

    public FakeHost Host { get; } = new();

    public ScriptEngine Engine { get; }

    public List<string> Sent => Host.Sent;

    public IEnumerable<string> Logs => Host.LogTexts;

    public List<ScriptOutput> Errors => Host.Errors.ToList();

    /// <summary>Runs a chunk that must not fail.</summary>
    public ScriptInfo Run(string code, string name = "test.lua")
    {
        var info = Engine.RunString(code, name);
        Assert.True(info.State != ScriptState.Failed, $"script failed: {info.Failure?.Message}");
        return info;
    }

    /// <summary>Runs a chunk that must fail, and returns the failure.</summary>
    public ScriptFailure Fail(string code, string name = "test.lua")
    {
        var info = Engine.RunString(code, name);
        Assert.True(info.State == ScriptState.Failed, $"the script did not fail (state {info.State}); errors: {string.Join("; ", Errors.Select(e => e.Text))}");
        return info.Failure!;
    }

    /// <summary>The console's printed value of an expression.</summary>
    public string? Eval(string expression)
    {
        var result = Engine.Evaluate(expression);
        Assert.True(result.Failure is null, result.Failure?.Message);
        return result.Text;
    }

    public void Receive(string text) => Engine.Receive(text);

    /// <summary>Receives text and lets the stream go quiet, so an unfinished line is offered to waits.</summary>
    public void ReceiveThenPause(string text)
    {
        Engine.Receive(text);
        Advance(Engine.PartialLineDelay.TotalSeconds);
    }

    public void Advance(double seconds)
    {
        Host.FakeClock.Advance(seconds);
        Engine.Tick();
    }

    public void Dispose() => Engine.Dispose();
}
