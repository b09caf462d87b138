using System.Text;
using TelnetTui.Scripting.Engine;
using TelnetTui.Scripting.Tests.Infrastructure;
using TelnetTui.Scripting.Triggers;
using TelnetTui.Telnet.Engine;

namespace TelnetTui.Scripting.Tests.Lines;

/// <summary>
/// Received text through the engine: triggers see whole lines however the reads split them, a
/// prompt (IAC GA/EOR) is one event, and the Session's observer gets raw text with the decisions.
/// </summary>
public class ReceiveTests
{
    private const string Triggers = """
        trigger("^(\\w+) tells you '(.*)'$", function(m) send("reply " .. m[2] .. " " .. m[1]) end)
        trigger("^\\[OOC\\]", nil, {gag = true})
        trigger("dragon", nil, {plain = true, highlight = "red"})
        prompt(function(text) send("prompt " .. text) end)
        """;

    private static readonly string[] Stream =
    [
        "\u001b[1mAda\u001b[0m tells you 'hi'\r\n",
        "[OOC] noise\r\nA dragon lands.\r\n",
        "\u001b[32m<100hp>\u001b[0m ",
        null!, // GA
        "Bob tells you 'yo'\r\n",
    ];

    private sealed class Observer : IReceivedLineObserver
    {
        public List<string> Seen { get; } = [];
        public StringBuilder Raw { get; } = new();

        public void OnLine(ReadOnlySpan<char> raw, ReadOnlySpan<char> text, LineKind kind, in LineResult result)
        {
            if (kind == LineKind.Partial)
                return;
            Raw.Append(raw);
            var marks = (result.Gag ? " gag" : "") + string.Concat(result.Highlights.Select(h => $" {h.Colour}@{h.Start}+{h.Length}"));
            Seen.Add($"{kind} {text.ToString()}{marks}");
        }
    }

    private static (List<string> Sent, List<string> Seen, string Raw) Feed(Func<string, IEnumerable<string>> chunks)
    {
        using var bed = new ScriptBed();
        bed.Run(Triggers);
        var observer = new Observer();
        foreach (var part in Stream)
        {
            if (part is null)
            {
                bed.Engine.ReceivePrompt(PromptMark.GoAhead, observer);
                continue;
            }
            foreach (var chunk in chunks(part))
                bed.Engine.Receive(chunk, observer);
        }
        Assert.True(bed.Errors.Count == 0, string.Join("; ", bed.Errors.Select(e => e.Text)));
        return (bed.Sent.ToList(), observer.Seen, observer.Raw.ToString());
    }

    [Fact]
    public void Triggers_prompts_gags_and_highlights_for_a_mud_stream()
    {
        var (sent, seen, raw) = Feed(p => [p]);
        Assert.Equal(["reply hi Ada", "prompt <100hp> ", "reply yo Bob"], sent);
        Assert.Equal(
            [
                "Line Ada tells you 'hi'",
                "Line [OOC] noise gag",
                "Line A dragon lands. red@2+6",
                "Prompt <100hp> ",
                "Line Bob tells you 'yo'",
            ],
            seen);
        Assert.Equal(string.Concat(Stream.Where(s => s is not null)), raw);
    }

    [Fact]
    public void The_same_happens_whatever_the_reads()
    {
        var expected = Feed(p => [p]);
        var all = string.Concat(Stream.Where(s => s is not null));
        for (var size = 1; size <= 7; size++)
        {
            var actual = Feed(p => p.Chunk(size).Select(c => new string(c)));
            Assert.True(expected.Sent.SequenceEqual(actual.Sent), $"size {size}: {string.Join(" | ", actual.Sent)}");
            Assert.True(expected.Seen.SequenceEqual(actual.Seen), $"size {size}: {string.Join(" | ", actual.Seen)}");
        }
        for (var split = 0; split < all.Length; split++)
        {
            var actual = Feed(p => SplitOnce(p, split));
            Assert.True(expected.Sent.SequenceEqual(actual.Sent), $"split {split}: {string.Join(" | ", actual.Sent)}");
            Assert.True(expected.Seen.SequenceEqual(actual.Seen), $"split {split}: {string.Join(" | ", actual.Seen)}");
        }
    }

    private static IEnumerable<string> SplitOnce(string part, int at) =>
        at > 0 && at < part.Length ? [part[..at], part[at..]] : [part];

    [Fact]
    public void A_prompt_split_across_reads_is_one_event_and_not_repeated_by_later_output()
    {
        using var bed = new ScriptBed();
        bed.Run("prompt(function(t) log('prompt', t) end)\ntrigger('hp', function(m, line) log('trigger', line) end)");
        bed.Receive("<1");
        bed.Receive("0hp");
        bed.Receive("> ");
        bed.Engine.ReceivePrompt(PromptMark.EndOfRecord);
        bed.Receive("You hit the orc.\r\n");
        bed.Engine.ReceivePrompt(PromptMark.EndOfRecord);
        Assert.Equal(["trigger\t<10hp> ", "prompt\t<10hp> ", "prompt\t"], bed.Logs);
    }

    [Fact]
    public void A_line_without_matches_costs_no_line_object()
    {
        using var bed = new ScriptBed();
        bed.Run("trigger('^never$', 'x')");
        Assert.Equal(LineResult.None.Fired, bed.Engine.ProcessLine("nothing to see").Fired);
        Assert.Empty(bed.Engine.ProcessLine("nothing").Highlights);
    }
}
