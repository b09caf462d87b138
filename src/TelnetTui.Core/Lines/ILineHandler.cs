namespace TelnetTui.Core.Lines;

/// <summary>Receives complete lines from a <see cref="LineSplitter"/>; spans are valid only during the call.</summary>
public interface ILineHandler
{
    /// <param name="text">The line as read: escape sequences and controls removed (TAB kept), no line end.</param>
    /// <param name="raw">
    /// The line as received, escape sequences included: without the LF and cut at <see cref="LineSplitter.MaxRawChars"/>,
    /// or exactly as received with <see cref="LineRules.ExactRaw"/>.
    /// </param>
    void OnLine(ReadOnlySpan<char> text, ReadOnlySpan<char> raw);
}
