using TelnetTui.Scripting.Triggers;

namespace TelnetTui.Scripting.Engine;

/// <summary>
/// Gets every piece of text <see cref="ScriptEngine.Receive"/> cut from the stream, with what the
/// triggers decided (gag, highlights), so the Session can show, hide or colour it. <c>raw</c> is the
/// exact input of the piece (escape sequences and line end included); <c>text</c> what scripts saw.
/// </summary>
public interface IReceivedLineObserver
{
    void OnLine(ReadOnlySpan<char> raw, ReadOnlySpan<char> text, LineKind kind, in LineResult result);
}
