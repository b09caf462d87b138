namespace TelnetTui.Core.Lines;

/// <summary>
/// Where the session's text log and the script engine want lines cut differently (<see cref="LineSplitter"/>).
/// <see cref="Session"/>: the line as the screen shows it. <see cref="Scripts"/>: MUD output is
/// line-oriented, so a newline always ends the line, and raw pieces add up to exactly what was received.
/// </summary>
/// <param name="BackspaceErases">BS takes back the last character of text (what the user saw), or is dropped.</param>
/// <param name="LineFeedEndsSequences">
/// LF ends the line and any escape sequence or control string in progress; otherwise, as a VT parser does,
/// a sequence goes on after LF and a control string (OSC...) takes LF as part of its text.
/// </param>
/// <param name="C1Controls">8-bit C1 forms act (U+009B CSI, U+009D OSC… ended by U+009C ST), as from a latin1 host; otherwise they are dropped.</param>
/// <param name="ExactRaw">
/// Raw pieces include the LF and concatenate to the input exactly: a raw line reaching
/// <see cref="LineSplitter.MaxRawChars"/> is delivered there. Otherwise raw has no LF and is cut at that limit.
/// </param>
public readonly record struct LineRules(bool BackspaceErases, bool LineFeedEndsSequences, bool C1Controls, bool ExactRaw)
{
    /// <summary>The session's lines (text log, prompts): the screen's view.</summary>
    public static LineRules Session => new(BackspaceErases: true, LineFeedEndsSequences: false, C1Controls: false, ExactRaw: false);

    /// <summary>The script engine's lines (triggers): robust against broken sequences, raw exact.</summary>
    public static LineRules Scripts => new(BackspaceErases: false, LineFeedEndsSequences: true, C1Controls: true, ExactRaw: true);
}
