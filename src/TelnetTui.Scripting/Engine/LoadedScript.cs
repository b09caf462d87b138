using TelnetTui.Scripting.Pane;
using TelnetTui.Scripting.Runtime;

namespace TelnetTui.Scripting.Engine;

/// <summary>A script file the engine ran, and how its main chunk is doing.</summary>
internal sealed class LoadedScript(string name, string path)
{
    public string Name { get; } = name;

    public string Path { get; } = path;

    public ScriptState State { get; set; } = ScriptState.Loaded;

    public ScriptFailure? Failure { get; set; }

    public bool Enabled { get; set; } = true;
}
