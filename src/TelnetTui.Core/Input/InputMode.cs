namespace TelnetTui.Core.Input;

/// <summary>How typing reaches the host.</summary>
public enum InputMode
{
    /// <summary>A local input line with history and editing; Enter sends the line (MUDs).</summary>
    Line,
    /// <summary>Every key goes to the host at once, encoded per the key map; the host echoes (BBSes, shells).</summary>
    Character,
}
