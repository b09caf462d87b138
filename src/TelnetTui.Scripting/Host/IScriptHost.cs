using TelnetTui.Telnet.Values;

using TelnetTui.Scripting.Pane;

namespace TelnetTui.Scripting.Host;

/// <summary>
/// What the scripting engine needs from a live session; the Session (or a test, or the headless
/// runner) implements it. The engine calls it only from inside its own entry points, on the
/// owner's thread, and never expects it to call back into the engine.
/// </summary>
public interface IScriptHost
{
    /// <summary>Time for timers, waits and timestamps (a fake in tests).</summary>
    TimeProvider Clock { get; }

    /// <summary>Live session facts for <c>session.*</c>.</summary>
    ScriptSessionInfo Session { get; }

    /// <summary>The emulator's screen for <c>screen.*</c>; null when there is none.</summary>
    IScriptScreen? Screen { get; }

    /// <summary>One command line for the remote host: the Session adds the host's Enter key and encodes it.</summary>
    void Send(string line);

    /// <summary>Text as typed keys, with no line end (character mode: a BBS menu key, a "press any key").</summary>
    void SendText(string text);

    /// <summary>Local output shown in the terminal pane in the echo style (never sent).</summary>
    void Echo(string text);

    /// <summary>A GMCP message (RFC-less; see the GMCP spec): package name and optional JSON data.</summary>
    void SendGmcp(string package, MudValue? data);

    /// <summary>An MSDP variable and value.</summary>
    void SendMsdp(string variable, MudValue value);

    /// <summary>Script output and errors, as the script pane lists them (headless prints them).</summary>
    void Log(ScriptOutput entry);
}
