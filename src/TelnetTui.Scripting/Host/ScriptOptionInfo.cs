namespace TelnetTui.Scripting.Host;

/// <summary>One enabled telnet option: its name (echo, sga, naws, gmcp, ...) and which side has it on.</summary>
public sealed record ScriptOptionInfo(string Name, bool Local, bool Remote);
