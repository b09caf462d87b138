namespace TelnetTui.Core.Lines;

/// <summary>
/// Sees each complete line of the host's output and, while <see cref="Holds"/> in line mode, decides about
/// it before it is drawn: show it, hide it (gag), or colour parts of it. Set with
/// <see cref="Sessions.Session.LineFilter"/>; called on the session's thread, once per line, before
/// <see cref="Sessions.Session.LineReceived"/>. Otherwise (not holding, character mode) it is called after
/// the line was drawn and its verdict is ignored.
/// </summary>
public interface ILineFilter
{
    /// <summary>
    /// True while verdicts may hide or colour lines (there are triggers): the session then holds each line
    /// back until it is complete. False keeps the receive path as fast as without a filter.
    /// </summary>
    bool Holds { get; }

    /// <param name="text">The line as triggers see it: escape sequences and controls removed, no line end.</param>
    /// <param name="raw">The line as received, escape sequences included, without the LF.</param>
    LineVerdict Filter(ReadOnlySpan<char> text, ReadOnlySpan<char> raw);
}
