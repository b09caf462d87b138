using System.Text;
using TelnetTui.Terminal.Parsing;

namespace TelnetTui.Core.Display;

/// <summary>
/// Writes the client's own text into the terminal (the local echo of a sent line, notices such as
/// "connection closed") in a colour of its own, then puts back the host's rendition so the host's next
/// text keeps its colours. The terminal has no public pen, so the current rendition is read the way a
/// host would: a DECRQSS "m" query (DCS $ q m ST, xterm ctlseqs) whose answer the session takes off
/// the reply path instead of sending it.
/// </summary>
internal sealed class LocalWriter(TerminalFeed feed)
{
    private const string QueryRendition = "\eP$qm\e\\";
    private const string AnswerPrefix = "\eP1$r";

    private string? _answer;
    private bool _querying;

    /// <summary>True while a query of ours is running: the reply it produces is for us, not the host.</summary>
    public bool IsQuerying => _querying;

    /// <summary>Takes the reply to our own query (called from the session's reply handler while <see cref="IsQuerying"/>).</summary>
    public void TakeReply(ReadOnlySpan<byte> reply) => _answer = Encoding.ASCII.GetString(reply);

    /// <summary>
    /// Draws <paramref name="text"/> in SGR <paramref name="sgr"/>, starting on a fresh line when
    /// <paramref name="ownLine"/> and the cursor is not at the left margin, ending with CR LF when
    /// <paramref name="newLine"/>. Returns exactly what was fed, so a capture can replay it.
    /// </summary>
    public string Write(string text, string sgr, bool newLine, bool ownLine)
    {
        var restore = Rendition();
        var sb = new StringBuilder(text.Length + 32);
        if (ownLine && feed.Terminal.Screen.Cursor.Column != 0)
            sb.Append("\r\n");
        sb.Append("\e[0;").Append(sgr).Append('m').Append(text);
        if (newLine)
            sb.Append("\r\n");
        sb.Append("\e[").Append(restore).Append('m');
        var local = sb.ToString();
        feed.FeedLocal(local);
        return local;
    }

    /// <summary>The host's current SGR parameters ("0" when they cannot be read: the parser is inside a sequence).</summary>
    public string Rendition()
    {
        if (feed.Terminal.Parser.State != VtParserState.Ground)
            return "0";
        _answer = null;
        _querying = true;
        try
        {
            feed.FeedLocal(QueryRendition);
        }
        finally
        {
            _querying = false;
        }
        return _answer is { } a && a.StartsWith(AnswerPrefix, StringComparison.Ordinal) && a.EndsWith("m\e\\", StringComparison.Ordinal)
            ? a[AnswerPrefix.Length..^3]
            : "0";
    }
}
