namespace TelnetTui.Core.Lines;

/// <summary>
/// Decides about each complete line of the host's output before it is drawn (line mode only): show it,
/// hide it (gag), or colour parts of it. Set with <see cref="Sessions.Session.LineFilter"/>; called on the
/// session's thread, once per line, before <see cref="Sessions.Session.LineReceived"/>.
/// </summary>
public interface ILineFilter
{
    /// <param name="text">The line as triggers see it: escape sequences and controls removed, no line end.</param>
    /// <param name="raw">The line as received, escape sequences included, without the LF.</param>
    LineVerdict Filter(ReadOnlySpan<char> text, ReadOnlySpan<char> raw);
}
