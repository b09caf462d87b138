using TelnetTui.Core.Lines;
using TelnetTui.Telnet.Engine;

namespace TelnetTui.Scripting.Lines;

/// <summary>
/// Lines, prompts and partial lines for triggers: the session's <see cref="LineSplitter"/> with the
/// scripts' rules (<see cref="LineRules.Scripts"/>: a newline always ends the line, C1 controls act, raw
/// pieces add up to exactly what was received), plus the prompt mark (IAC GA/EOR) and the unfinished
/// line reported when it grows.
/// </summary>
public sealed class LineAssembler
{
    /// <summary>Longest line of text kept; a longer one is delivered in pieces of this size.</summary>
    public const int MaxLineChars = LineSplitter.MaxLineChars;

    /// <summary>Longest raw line (text plus escape sequences) kept before it is delivered anyway.</summary>
    public const int MaxRawChars = LineSplitter.MaxRawChars;

    /// <summary>Longest escape sequence or control string; a longer one is abandoned (ECMA-48 sets no limit).</summary>
    public const int MaxSequenceChars = LineSplitter.MaxSequenceChars;

    private readonly LineSplitter _splitter = new(LineRules.Scripts);
    private readonly SinkAdapter _adapter = new();

    /// <summary>Printable text of the unfinished line.</summary>
    public ReadOnlySpan<char> PendingText => _splitter.PendingText;

    /// <summary>Raw input of the unfinished line.</summary>
    public ReadOnlySpan<char> PendingRaw => _splitter.PendingRaw;

    /// <summary>Feeds one chunk; complete lines go to <paramref name="sink"/>, then the unfinished one if it grew.</summary>
    public void Feed(ReadOnlySpan<char> chunk, ILineSink sink)
    {
        _adapter.Sink = sink;
        _splitter.Feed(chunk, _adapter);
        if (_splitter.PendingText.Length > _adapter.PartialReported)
        {
            _adapter.PartialReported = _splitter.PendingText.Length;
            sink.OnPartial(PendingRaw, PendingText);
        }
    }

    /// <summary>IAC GA / IAC EOR: what arrived since the last line is a prompt.</summary>
    public void EndPrompt(PromptMark mark, ILineSink sink)
    {
        _splitter.EndSequence();
        sink.OnPrompt(PendingRaw, PendingText, mark);
        Clear();
    }

    /// <summary>Forgets the unfinished line and any sequence in progress (a new connection).</summary>
    public void Reset()
    {
        _splitter.Reset();
        _adapter.PartialReported = 0;
    }

    private void Clear()
    {
        _splitter.ClearPending();
        _adapter.PartialReported = 0;
    }

    /// <summary>Turns the splitter's (text, raw) lines into the sink's (raw, text) ones.</summary>
    private sealed class SinkAdapter : ILineHandler
    {
        public ILineSink? Sink { get; set; }

        /// <summary>How much of the unfinished line's text was last reported as partial.</summary>
        public int PartialReported { get; set; }

        public void OnLine(ReadOnlySpan<char> text, ReadOnlySpan<char> raw)
        {
            PartialReported = 0;
            Sink?.OnLine(raw, text);
        }
    }
}
