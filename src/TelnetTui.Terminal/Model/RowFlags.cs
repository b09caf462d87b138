namespace TelnetTui.Terminal.Model;

/// <summary>Per-line marks.</summary>
[Flags]
public enum RowFlags : byte
{
    None = 0,
    /// <summary>The text ran past the right margin onto the next line (a soft wrap, not a newline).</summary>
    Wrapped = 1 << 0,
    /// <summary>The session marked this line as a prompt (telnet GA/EOR, or OSC 133;A from the host).</summary>
    PromptMark = 1 << 1,
}
