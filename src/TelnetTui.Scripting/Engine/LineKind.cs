namespace TelnetTui.Scripting.Engine;

/// <summary>What a piece of received text was to the engine.</summary>
public enum LineKind
{
    /// <summary>A line ended by a newline.</summary>
    Line,
    /// <summary>Text ended by IAC GA / IAC EOR.</summary>
    Prompt,
    /// <summary>The unfinished last line, so far (it comes again as a line or prompt when finished).</summary>
    Partial,
}
