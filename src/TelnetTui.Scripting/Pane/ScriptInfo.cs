using TelnetTui.Scripting.Runtime;

namespace TelnetTui.Scripting.Pane;

/// <summary>A loaded script as the script pane lists it.</summary>
public sealed record ScriptInfo(string Name, string Path, ScriptState State, ScriptFailure? Failure, bool Enabled, int Items);
