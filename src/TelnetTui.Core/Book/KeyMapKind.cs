namespace TelnetTui.Core.Book;

/// <summary>Which bytes the arrow and function keys send: VT/xterm sequences, ANSI-BBS ones, or a user-defined map.</summary>
public enum KeyMapKind
{
    Vt,
    AnsiBbs,
    Custom,
}
