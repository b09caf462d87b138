using FsCheck;
using FsCheck.Fluent;
using TelnetTui.Core.Lines;

namespace TelnetTui.Core.Tests.Lines;

/// <summary>
/// The splitter scans plain ASCII and CSI parameters in bulk (a flood must not cost a step per character);
/// fed one character at a time it takes the step-by-step path. Both must cut the same lines from the same
/// text, escape sequences (ECMA-48 §5.4) and the sequence limit included.
/// </summary>
public class LineSplitterFastPathTests
{
    private sealed class Collect : ILineHandler
    {
        public List<(string Text, string Raw)> Lines { get; } = [];

        public void OnLine(ReadOnlySpan<char> text, ReadOnlySpan<char> raw) => Lines.Add((text.ToString(), raw.ToString()));
    }

    private static (List<(string, string)> Lines, string Pending) Split(string input, int chunk)
    {
        var splitter = new LineSplitter();
        var sink = new Collect();
        for (var i = 0; i < input.Length; i += chunk)
            splitter.Feed(input.AsSpan(i, Math.Min(chunk, input.Length - i)), sink);
        return (sink.Lines, splitter.PendingText.ToString());
    }

    private static readonly string[] Pieces =
    [
        "hello ", "wörld ", "中文 ", "\e[1;33m", "\e[0m", "\e[38;2;1;2;3m", "\e]0;title\a", "\e]8;;http://x\e\\", "\eP$qm\e\\",
        "\r\n", "\n", "\b", "\t", "\e", "[", "\u009b", "\u0085", "\u00a0", "~", "@", "\e[?25h", "\e(B", "\e[12", ";", "m",
    ];

    [Fact]
    public void Bulk_and_char_by_char_feeding_cut_the_same_lines()
    {
        var gen = Gen.ArrayOf(Gen.Elements(Pieces)).Select(parts => string.Concat(parts));
        Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var whole = Split(input, Math.Max(1, input.Length));
            var single = Split(input, 1);
            var threes = Split(input, 3);
            return whole.Lines.SequenceEqual(single.Lines) && whole.Pending == single.Pending
                && threes.Lines.SequenceEqual(single.Lines) && threes.Pending == single.Pending;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_CSI_longer_than_the_limit_is_abandoned_at_the_same_place_either_way()
    {
        var input = "a\e[" + new string('1', LineSplitter.MaxSequenceChars + 10) + "mz\n";
        var whole = Split(input, input.Length);
        var single = Split(input, 1);
        Assert.Equal(single.Lines, whole.Lines);
        // The character past the limit ends the sequence; what follows it is text again.
        Assert.Equal("a" + new string('1', 9) + "mz", whole.Lines[0].Item1);
    }
}
