using System.Text;
using TelnetTui.Scripting.Runtime;

namespace TelnetTui.Scripting.Tests.Runtime;

public class RuntimeSmokeTests
{
    private sealed class LogApi : IScriptApi
    {
        public List<string> Lines { get; } = [];
        public int Call(ApiFunction function, LuaStack stack)
        {
            if (function == ApiFunction.Log)
            {
                Lines.Add(stack.CheckText(1, "log"));
                return 0;
            }
            if (function == ApiFunction.PatternCheck)
            {
                stack.PushBoolean(true);
                return 1;
            }
            throw new ScriptApiException(ApiNames.Of(function) + " is not available here");
        }
    }

    private static (LuaTaskStatus, ScriptFailure?, LogApi) Run(string code, ScriptLimits? limits = null)
    {
        var api = new LogApi();
        using var rt = new ScriptRuntime(api, limits ?? new ScriptLimits());
        var task = rt.Acquire("test");
        var f = rt.Load(task, Encoding.UTF8.GetBytes(code), "@test.lua");
        if (f is not null)
            return (LuaTaskStatus.Failed, f, api);
        var status = rt.Resume(task, 0, out _, out var failure);
        return (status, failure, api);
    }

    [Fact]
    public void Log_works()
    {
        var (s, f, api) = Run("log('hi', 1, nil)");
        Assert.Null(f);
        Assert.Equal(LuaTaskStatus.Finished, s);
        Assert.Equal(["hi\t1\tnil"], api.Lines);
    }

    [Fact]
    public void Loop_is_stopped()
    {
        var (s, f, _) = Run("local x = 0\nwhile true do\n x = x + 1\nend");
        Assert.Equal(LuaTaskStatus.Failed, s);
        Assert.Contains("budget", f!.Message);
        Assert.Equal("test.lua", f.Script);
        Assert.InRange(f.Line!.Value, 2, 4);
    }

    [Fact]
    public void Pcall_loop_is_stopped()
    {
        var (s, f, _) = Run("while true do pcall(function() while true do end end) end");
        Assert.Equal(LuaTaskStatus.Failed, s);
        Assert.Contains("budget", f!.Message);
    }

    [Fact]
    public void Memory_bomb_is_stopped()
    {
        var (s, f, _) = Run("local s = string.rep('x', 1 << 30)");
        Assert.Equal(LuaTaskStatus.Failed, s);
        Assert.Contains("memory", f!.Message);
    }

    [Fact]
    public void Io_is_gone()
    {
        var (s, f, _) = Run("io.open('/etc/passwd')");
        Assert.Equal(LuaTaskStatus.Failed, s);
        Assert.Contains("io", f!.Message);
    }

    [Fact]
    public void Bad_call_names_line()
    {
        var (s, f, _) = Run("\n\nsend('x')");
        Assert.Equal(LuaTaskStatus.Failed, s);
        Assert.Equal(3, f!.Line);
        Assert.StartsWith("test.lua:3:", f.Message);
    }
}
