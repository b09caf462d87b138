using System.Text.RegularExpressions;
using TelnetTui.Core.Book;
using TelnetTui.Scripting.Items;
using TelnetTui.Scripting.Mud;
using TelnetTui.Scripting.Pane;
using TelnetTui.Scripting.Runtime;
using TelnetTui.Scripting.Triggers;
using static TelnetTui.Scripting.Native.LuaNative;

namespace TelnetTui.Scripting.Engine;

/// <summary>
/// The engine functions behind the Lua API: arguments checked here (a bad one throws
/// <see cref="ScriptApiException"/>, which the sandbox raises at the caller's line), the work done
/// by <see cref="ScriptEngine"/>. Nothing here calls back into Lua.
/// </summary>
internal sealed partial class ScriptApi(ScriptEngine engine) : IScriptApi
{
    public int Call(ApiFunction function, LuaStack stack) => function switch
    {
        ApiFunction.Send => Send(stack),
        ApiFunction.SendKeys => SendKeys(stack),
        ApiFunction.Echo => Echo(stack),
        ApiFunction.Log => Log(stack),
        ApiFunction.Trigger => Trigger(stack),
        ApiFunction.Alias => Alias(stack),
        ApiFunction.Prompt => Prompt(stack),
        ApiFunction.Timer => Timer(stack),
        ApiFunction.On => On(stack),
        ApiFunction.MudSend => MudSend(stack),
        ApiFunction.Item => Item(stack),
        ApiFunction.Group => Group(stack),
        ApiFunction.Wait => Wait(stack),
        ApiFunction.Session => Session(stack),
        ApiFunction.ScreenRow => ScreenRow(stack),
        ApiFunction.ScreenText => ScreenText(stack),
        ApiFunction.ScreenSize => ScreenSize(stack),
        ApiFunction.Gag => Gag(stack),
        ApiFunction.Highlight => Highlight(stack),
        ApiFunction.Reload => Reload(),
        ApiFunction.FileRead => FileRead(stack),
        ApiFunction.FileWrite => FileWrite(stack, append: false),
        ApiFunction.FileAppend => FileWrite(stack, append: true),
        ApiFunction.FileExists => FileExists(stack),
        ApiFunction.FileList => FileList(stack),
        ApiFunction.Module => Module(stack),
        ApiFunction.RegexMatch => RegexMatch(stack),
        ApiFunction.RegexEscape => RegexEscape(stack),
        ApiFunction.PatternCheck => PatternCheck(stack),
        _ => throw new ScriptApiException($"{ApiNames.Of(function)} is not available"),
    };

    private static string Text(LuaStack stack, int index, string function)
    {
        var text = stack.CheckText(index, function);
        if (text.Length > ScriptEngine.MaxTextChars)
            throw new ScriptApiException($"{function}: text longer than {ScriptEngine.MaxTextChars} characters");
        return text;
    }

    private int Send(LuaStack stack)
    {
        var text = Text(stack, 1, "send");
        // Each line of the text is one command; CR is dropped (the host adds its own Enter).
        foreach (var line in text.Split('\n'))
            engine.SendLine(line.Replace("\r", "", StringComparison.Ordinal));
        return 0;
    }

    private int SendKeys(LuaStack stack)
    {
        engine.Host.SendText(Text(stack, 1, "send_keys"));
        return 0;
    }

    private int Echo(LuaStack stack)
    {
        engine.Host.Echo(Text(stack, 1, "echo"));
        return 0;
    }

    private int Log(LuaStack stack)
    {
        var (script, line) = ScriptRuntime.Where(stack.State);
        engine.Write(ScriptOutputKind.Log, Text(stack, 1, "log"), script, line);
        return 0;
    }

    /// <summary>A callback argument: a function (kept in the registry), text to send, or nothing.</summary>
    private static ScriptAction Action(LuaStack stack, int index, string function, bool required = false)
    {
        switch (stack.TypeAt(index))
        {
            case TypeFunction:
                return ScriptAction.Function(stack.Reference(index));
            case TypeString:
                return ScriptAction.Send(Text(stack, index, function));
            case TypeNil or TypeNone when !required:
                return ScriptAction.None;
            default:
                throw stack.ArgumentError(index, function, required ? "function" : "function or string");
        }
    }

    private int Trigger(LuaStack stack)
    {
        var pattern = stack.CheckText(1, "trigger");
        var plain = stack.ToBoolean(3);
        var highlight = stack.OptText(5, "trigger");
        if (highlight is not null && HostColours.Check(highlight) is { } bad)
            throw new ScriptApiException("trigger: highlight " + bad);
        if (plain && pattern.Length == 0)
            throw new ScriptApiException("trigger: a plain pattern cannot be empty");
        var regex = plain ? null : engine.Pattern(pattern, PatternCache.TriggerOptions, "trigger");
        var group = stack.OptText(7, "trigger");
        var enabled = stack.IsNoneOrNil(8) || stack.ToBoolean(8);
        var (script, line) = ScriptRuntime.Where(stack.State);
        var trigger = engine.Register(new Trigger
        {
            Pattern = pattern,
            Regex = regex,
            Gag = stack.ToBoolean(4),
            Highlight = highlight,
            Once = stack.ToBoolean(6),
            Group = group,
            Enabled = enabled,
            Script = script,
            Line = line,
            Action = Action(stack, 2, "trigger"),
        });
        stack.PushInteger(trigger.Id);
        return 1;
    }

    private int Alias(LuaStack stack)
    {
        var pattern = stack.CheckText(1, "alias");
        var regex = engine.Pattern(pattern, PatternCache.OccasionalOptions, "alias");
        if (stack.IsNoneOrNil(2))
            throw stack.ArgumentError(2, "alias", "function or string");
        var group = stack.OptText(3, "alias");
        var enabled = stack.IsNoneOrNil(4) || stack.ToBoolean(4);
        var (script, line) = ScriptRuntime.Where(stack.State);
        var alias = engine.Register(new Alias
        {
            Pattern = pattern,
            Regex = regex,
            Group = group,
            Enabled = enabled,
            Script = script,
            Line = line,
            Action = Action(stack, 2, "alias"),
        });
        stack.PushInteger(alias.Id);
        return 1;
    }

    private int Prompt(LuaStack stack)
    {
        stack.CheckType(1, TypeFunction, "prompt");
        var (script, line) = ScriptRuntime.Where(stack.State);
        var handler = engine.Register(new ScriptEventHandler(ScriptItemKind.Prompt)
        {
            Script = script,
            Line = line,
            Action = ScriptAction.Function(stack.Reference(1)),
        });
        stack.PushInteger(handler.Id);
        return 1;
    }

    private int Timer(LuaStack stack)
    {
        var seconds = stack.CheckNumber(1, "timer");
        if (double.IsNaN(seconds) || seconds < ScriptEngine.MinTimerSeconds || seconds > ScriptEngine.MaxWaitSeconds)
            throw new ScriptApiException($"timer: the interval must be {ScriptEngine.MinTimerSeconds} to {ScriptEngine.MaxWaitSeconds} seconds");
        if (stack.IsNoneOrNil(2))
            throw stack.ArgumentError(2, "timer", "function or string");
        var repeat = stack.ToBoolean(3);
        var (script, line) = ScriptRuntime.Where(stack.State);
        var timer = engine.AddTimer(seconds, Action(stack, 2, "timer"), repeat, script, line);
        stack.PushInteger(timer.Id);
        return 1;
    }

    private int On(LuaStack stack)
    {
        var protocol = stack.CheckText(1, "on");
        var function = protocol + ".on";
        var name = stack.CheckText(2, function);
        stack.CheckType(3, TypeFunction, function);
        var (script, line) = ScriptRuntime.Where(stack.State);
        var handler = engine.Register(new ScriptEventHandler(protocol == "gmcp" ? ScriptItemKind.Gmcp : ScriptItemKind.Msdp)
        {
            Name = name,
            Script = script,
            Line = line,
            Action = ScriptAction.Function(stack.Reference(3)),
        });
        stack.PushInteger(handler.Id);
        return 1;
    }

    private int MudSend(LuaStack stack)
    {
        var protocol = stack.CheckText(1, "send");
        var function = protocol + ".send";
        var name = stack.CheckText(2, function);
        if (name.Length == 0 || name.AsSpan().IndexOfAny(' ', '\r', '\n') >= 0)
            throw new ScriptApiException($"{function}: '{name}' is not a {(protocol == "gmcp" ? "message" : "variable")} name");
        if (protocol == "gmcp")
        {
            engine.Host.SendGmcp(name, stack.IsNoneOrNil(3) ? null : LuaValues.Read(stack, 3, function));
        }
        else
        {
            if (stack.IsNoneOrNil(3))
                throw stack.ArgumentError(3, function, "value");
            engine.Host.SendMsdp(name, LuaValues.Read(stack, 3, function));
        }
        return 0;
    }

    private int Item(LuaStack stack)
    {
        var kindName = stack.CheckText(1, "handle");
        var id = (int)stack.CheckInteger(2, "handle");
        var op = stack.CheckText(3, "handle");
        if (!Enum.TryParse<ScriptItemKind>(kindName, ignoreCase: true, out var kind) || !engine.TryGetItem(id, kind, out var item))
        {
            // A removed item: asking is fine, changing it is not.
            switch (op)
            {
                case "hits":
                    stack.PushInteger(0);
                    return 1;
                case "enabled" or "remove":
                    stack.PushBoolean(false);
                    return 1;
                default:
                    throw new ScriptApiException($"{op}: {kindName} {id} was removed");
            }
        }
        switch (op)
        {
            case "enable" or "disable":
                engine.SetEnabled(item, op == "enable");
                stack.PushBoolean(true);
                return 1;
            case "remove":
                engine.RemoveItem(item);
                stack.PushBoolean(true);
                return 1;
            case "hits":
                stack.PushInteger(item.Hits);
                return 1;
            case "enabled":
                stack.PushBoolean(item.Enabled);
                return 1;
            default:
                throw new ScriptApiException($"unknown handle operation '{op}'");
        }
    }

    private int Group(LuaStack stack)
    {
        var name = stack.CheckText(1, stack.ToBoolean(2) ? "enable_group" : "disable_group");
        stack.PushInteger(engine.SetGroupEnabled(name, stack.ToBoolean(2)));
        return 1;
    }

    private int Wait(LuaStack stack)
    {
        var function = stack.CheckText(1, "wait");
        double? timeout = stack.IsNoneOrNil(2) ? null : stack.CheckNumber(2, function);
        if (function == "sleep" && timeout is null)
            throw stack.ArgumentError(1, function, "number");
        var patterns = new List<string>();
        for (var i = 3; i <= stack.Top; i++)
            patterns.Add(stack.ToText(i) ?? throw new ScriptApiException($"{function}: pattern {i - 2} is a {stack.TypeNameAt(i)}, not a string"));
        engine.BeginWait(stack, function, timeout, patterns);
        stack.PushBoolean(true);
        return 1;
    }

    private int Gag(LuaStack stack)
    {
        _ = stack;
        var line = engine.CurrentLine ?? throw new ScriptApiException("gag: works only while a received line is handled (in a trigger, or after wait_for)");
        line.Gag = true;
        return 0;
    }

    private int Highlight(LuaStack stack)
    {
        var colour = stack.CheckText(1, "highlight");
        if (HostColours.Check(colour) is { } bad)
            throw new ScriptApiException("highlight: " + bad);
        var line = engine.CurrentLine ?? throw new ScriptApiException("highlight: works only while a received line is handled (in a trigger, or after wait_for)");
        line.Highlight(0, line.Text.Length, colour);
        return 0;
    }

    private int Reload()
    {
        engine.RequestReload();
        return 0;
    }

    private static int RegexEscape(LuaStack stack)
    {
        stack.PushString(Regex.Escape(stack.CheckText(1, "regex.escape")));
        return 1;
    }

    private int RegexMatch(LuaStack stack)
    {
        var text = stack.CheckText(1, "regex.match");
        var regex = engine.Pattern(stack.CheckText(2, "regex.match"), PatternCache.OccasionalOptions, "regex.match");
        var match = regex.Match(text);
        if (!match.Success)
        {
            stack.PushNil();
            return 1;
        }
        Captures.Push(stack, match);
        return 1;
    }
}
