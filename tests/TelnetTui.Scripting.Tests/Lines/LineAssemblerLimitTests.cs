using TelnetTui.Scripting.Lines;
using TelnetTui.Telnet.Engine;

namespace TelnetTui.Scripting.Tests.Lines;

/// <summary>Hostile streams cost bounded memory: endless lines are cut, endless sequences abandoned.</summary>
public class LineAssemblerLimitTests
{
    private sealed class Counter : ILineSink
    {
        public List<int> Lengths { get; } = [];
        public int MaxRaw { get; private set; }
        public void OnLine(ReadOnlySpan<char> raw, ReadOnlySpan<char> text)
        {
            Lengths.Add(text.Length);
            MaxRaw = Math.Max(MaxRaw, raw.Length);
        }
        public void OnPrompt(ReadOnlySpan<char> raw, ReadOnlySpan<char> text, PromptMark mark) => OnLine(raw, text);
        public void OnPartial(ReadOnlySpan<char> raw, ReadOnlySpan<char> text) { }
    }

    [Fact]
    public void A_line_without_end_is_cut_at_the_limit()
    {
        var assembler = new LineAssembler();
        var sink = new Counter();
        for (var i = 0; i < 100; i++)
            assembler.Feed(new string('x', 1000), sink);
        assembler.Feed("\n", sink);
        Assert.Equal([LineAssembler.MaxLineChars, LineAssembler.MaxLineChars, LineAssembler.MaxLineChars, 100_000 - 3 * LineAssembler.MaxLineChars], sink.Lengths);
    }

    [Fact]
    public void Escape_sequences_without_text_cannot_grow_a_line_without_bound()
    {
        var assembler = new LineAssembler();
        var sink = new Counter();
        for (var i = 0; i < 100_000; i++)
            assembler.Feed("\u001b[31m", sink);
        Assert.True(assembler.PendingRaw.Length <= LineAssembler.MaxRawChars);
        Assert.True(sink.MaxRaw <= LineAssembler.MaxRawChars);
    }

    [Fact]
    public void An_endless_control_string_is_abandoned()
    {
        var assembler = new LineAssembler();
        var sink = new Counter();
        assembler.Feed("\u001b]0;" + new string('t', LineAssembler.MaxSequenceChars + 10) + "visible\n", sink);
        // "0;" and the t's make MaxSequenceChars + 12 characters; after MaxSequenceChars + 1 of them the
        // string is given up, and the remaining 11 count as text again.
        Assert.Equal([11 + "visible".Length], sink.Lengths);
    }
}
