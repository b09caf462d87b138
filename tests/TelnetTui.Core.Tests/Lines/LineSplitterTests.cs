using TelnetTui.Core.Lines;

namespace TelnetTui.Core.Tests.Lines;

/// <summary>Lines for triggers and the log, from the vectors in Data/Lines: whole, split at every position, one character at a time.</summary>
public sealed class LineSplitterTests
{
    public static TheoryData<string> Vectors => new(LineVector.All().Select(v => v.Name));

    private sealed class Collector : ILineHandler
    {
        public List<(string Text, string Raw)> Lines { get; } = [];

        public void OnLine(ReadOnlySpan<char> text, ReadOnlySpan<char> raw) => Lines.Add((text.ToString(), raw.ToString()));
    }

    private static (List<(string Text, string Raw)> Lines, string Pending) Run(IEnumerable<string> chunks)
    {
        var splitter = new LineSplitter();
        var collector = new Collector();
        foreach (var chunk in chunks)
            splitter.Feed(chunk, collector);
        return (collector.Lines, splitter.PendingText.ToString());
    }

    private static void Check(LineVector vector, (List<(string Text, string Raw)> Lines, string Pending) result, string how)
    {
        Assert.True(vector.Lines.Select(l => l.Text).SequenceEqual(result.Lines.Select(l => l.Text)),
            $"{vector.Name} {how}: lines [{string.Join(" | ", result.Lines.Select(l => l.Text))}]");
        for (var i = 0; i < vector.Lines.Count; i++)
        {
            if (vector.Lines[i].Raw is { } raw)
                Assert.True(raw == result.Lines[i].Raw, $"{vector.Name} {how}: raw of line {i} was {result.Lines[i].Raw}");
        }
        Assert.True(vector.Pending == result.Pending, $"{vector.Name} {how}: pending '{result.Pending}'");
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Whole_split_anywhere_and_one_by_one_give_the_same_lines(string name)
    {
        var vector = LineVector.Load(Path.Combine(AppContext.BaseDirectory, "Data", "Lines", name));
        Check(vector, Run([vector.Input]), "whole");
        for (var i = 1; i < vector.Input.Length; i++)
            Check(vector, Run([vector.Input[..i], vector.Input[i..]]), $"split at {i}");
        Check(vector, Run(vector.Input.Select(c => c.ToString())), "one by one");
    }

    [Fact]
    public void A_line_longer_than_the_limit_comes_in_pieces_and_memory_stays_bounded()
    {
        var splitter = new LineSplitter();
        var collector = new Collector();
        var chunk = new string('x', 10_000);
        for (var i = 0; i < 100; i++)
            splitter.Feed(chunk, collector);
        Assert.All(collector.Lines, l => Assert.Equal(LineSplitter.MaxLineChars, l.Text.Length));
        Assert.Equal(1_000_000 / LineSplitter.MaxLineChars, collector.Lines.Count);
        Assert.All(collector.Lines, l => Assert.True(l.Raw.Length <= LineSplitter.MaxRawChars));
    }

    [Fact]
    public void An_escape_sequence_that_never_ends_is_given_up_and_text_resumes()
    {
        var splitter = new LineSplitter();
        var collector = new Collector();
        splitter.Feed("\e]" + new string('a', LineSplitter.MaxSequenceChars + 10) + "visible\n", collector);
        Assert.Equal("visible", collector.Lines.Single().Text[^7..]);
    }
}
