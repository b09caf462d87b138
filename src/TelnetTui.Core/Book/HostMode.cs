namespace TelnetTui.Core.Book;

/// <summary>How the session treats a host: guessed from negotiation, a BBS (character mode, CP437 art) or a MUD (line mode, prompts).</summary>
public enum HostMode
{
    Auto,
    Bbs,
    Mud,
}
