using System.Text;
using TelnetTui.Scripting.Patterns;
using TelnetTui.Scripting.Runtime;

namespace TelnetTui.Scripting.Engine;

/// <summary>session.*, screen.*, file.*, require() and the Lua pattern guard.</summary>
internal sealed partial class ScriptApi
{
    private int Session(LuaStack stack)
    {
        var key = stack.ToText(1);
        var info = engine.Host.Session;
        switch (key)
        {
            case "host":
                stack.PushString(info.Host);
                break;
            case "port":
                stack.PushInteger(info.Port);
                break;
            case "id":
                if (info.HostId is null)
                    stack.PushNil();
                else
                    stack.PushString(info.HostId);
                break;
            case "tls":
                stack.PushBoolean(info.Tls);
                break;
            case "connected":
                stack.PushBoolean(info.Connected);
                break;
            case "mode":
                stack.PushString(info.Mode);
                break;
            case "cols":
                stack.PushInteger(info.Columns);
                break;
            case "rows":
                stack.PushInteger(info.Rows);
                break;
            case "encoding":
                stack.PushString(info.Encoding);
                break;
            case "options":
                stack.EnsureSpace(4);
                stack.NewTable(0, info.Options.Count);
                foreach (var option in info.Options)
                {
                    stack.NewTable(0, 2);
                    stack.PushBoolean(option.Local);
                    stack.SetField(-2, "local");
                    stack.PushBoolean(option.Remote);
                    stack.SetField(-2, "remote");
                    stack.SetField(-2, option.Name);
                }
                break;
            default:
                stack.PushNil();
                break;
        }
        return 1;
    }

    private Host.IScriptScreen Screen(string function) =>
        engine.Host.Screen ?? throw new ScriptApiException($"{function}: there is no screen");

    private int ScreenRow(LuaStack stack)
    {
        var screen = Screen("screen.row");
        var row = stack.CheckInteger(1, "screen.row");
        if (row < 1 || row > screen.Rows)
            stack.PushNil();
        else
            stack.PushString(screen.Row((int)row - 1));
        return 1;
    }

    private int ScreenText(LuaStack stack)
    {
        stack.PushString(Screen("screen.text").Text());
        return 1;
    }

    private int ScreenSize(LuaStack stack)
    {
        var screen = Screen("screen.size");
        stack.PushInteger(screen.Columns);
        stack.PushInteger(screen.Rows);
        return 2;
    }

    private int FileRead(LuaStack stack)
    {
        stack.PushString(engine.Files.Read(stack.CheckText(1, "file.read"), "file.read"));
        return 1;
    }

    private int FileWrite(LuaStack stack, bool append)
    {
        var function = append ? "file.append" : "file.write";
        engine.Files.Write(stack.CheckText(1, function), stack.CheckText(2, function), append, function);
        stack.PushBoolean(true);
        return 1;
    }

    private int FileExists(LuaStack stack)
    {
        stack.PushBoolean(engine.Files.Exists(stack.CheckText(1, "file.exists"), "file.exists"));
        return 1;
    }

    private int FileList(LuaStack stack)
    {
        var names = engine.Files.List(stack.OptText(1, "file.list"), "file.list");
        stack.EnsureSpace(3);
        stack.NewTable(names.Count, 0);
        for (var i = 0; i < names.Count; i++)
        {
            stack.PushString(names[i]);
            stack.SetIndex(-2, i + 1);
        }
        return 1;
    }

    private int Module(LuaStack stack)
    {
        var name = stack.CheckText(1, "require");
        var path = engine.Folders.ResolveModule(name)
            ?? throw new ScriptApiException($"module '{name}' not found in the scripts folders");
        var info = new FileInfo(path);
        if (info.Length > ScriptEngine.MaxScriptBytes)
            throw new ScriptApiException($"module '{name}' is larger than {ScriptEngine.MaxScriptBytes} bytes");
        stack.PushString(File.ReadAllText(path, Encoding.UTF8));
        stack.PushString("@" + engine.Folders.DisplayName(path));
        return 2;
    }

    /// <summary>string.find/match/gmatch/gsub(s, pattern, ...): refuse calls whose matching could run away.</summary>
    private static int PatternCheck(LuaStack stack)
    {
        var function = "string." + stack.ToText(1);
        if (stack.TypeAt(2) == Native.LuaNative.TypeString && stack.TypeAt(3) == Native.LuaNative.TypeString)
        {
            // string.find(s, p, init, plain): a plain find does no pattern matching.
            var plain = function == "string.find" && stack.ToBoolean(5);
            if (!plain)
                LuaPatternGuard.Check(stack.StringBytes(2), stack.StringBytes(3), function);
        }
        stack.PushBoolean(true);
        return 1;
    }
}
