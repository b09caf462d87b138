namespace TelnetTui.Demo.Sessions;

/// <summary>How a session reads input: whole lines (MUD, lab, lobby) or single keys (BBS, character mode).</summary>
internal enum InputMode
{
    Lines,
    Keys,
}
