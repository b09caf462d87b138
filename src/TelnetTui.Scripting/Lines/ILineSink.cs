using TelnetTui.Telnet.Engine;

namespace TelnetTui.Scripting.Lines;

/// <summary>
/// Receives what <see cref="LineAssembler"/> cuts from the text stream. <c>raw</c> is the exact input
/// for that piece (escape sequences and the line end included), <c>text</c> the printable content
/// scripts match against. Both spans are valid only during the call.
/// </summary>
public interface ILineSink
{
    /// <summary>A line ended by LF (CR and LF are not part of <c>text</c>).</summary>
    void OnLine(ReadOnlySpan<char> raw, ReadOnlySpan<char> text);

    /// <summary>Text ended by IAC GA or IAC EOR (a prompt without a newline).</summary>
    void OnPrompt(ReadOnlySpan<char> raw, ReadOnlySpan<char> text, PromptMark mark);

    /// <summary>
    /// The unfinished last line at the end of a chunk, whenever it grew ("login: " from a server that
    /// sends no GA). The same text arrives again in <see cref="OnLine"/> or <see cref="OnPrompt"/>
    /// once it is finished.
    /// </summary>
    void OnPartial(ReadOnlySpan<char> raw, ReadOnlySpan<char> text);
}
