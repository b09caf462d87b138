using System.Globalization;
using System.Text;
using TelnetTui.Scripting.Lines;
using TelnetTui.Telnet.Engine;

namespace TelnetTui.Scripting.Tests.Lines;

/// <summary>The line assembler's vectors (Vectors/*.txt): the same events whatever the chunking.</summary>
public class LineVectorTests
{
    public static TheoryData<string> Vectors()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Lines", "Vectors"), "*.txt").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Vector_fed_whole_split_and_char_by_char(string name)
    {
        var (segments, expected) = Read(Path.Combine(AppContext.BaseDirectory, "Lines", "Vectors", name));
        var whole = segments.Select(s => s is null ? null : new[] { s }).ToList();
        Check(whole, expected, "whole");
        var text = string.Concat(segments.Where(s => s is not null));
        for (var split = 0; split <= text.Length; split++)
            Check(SplitAt(segments, split), expected, $"split at {split}");
        Check(segments.Select(s => s?.Select(c => c.ToString()).ToArray()).ToList(), expected, "char by char");
    }

    /// <summary>Text segments are fed as given chunks; null is a prompt mark.</summary>
    private static void Check(List<string[]?> feeds, List<string> expected, string how)
    {
        var assembler = new LineAssembler();
        var sink = new RecordingSink();
        var input = new StringBuilder();
        foreach (var feed in feeds)
        {
            if (feed is null)
            {
                assembler.EndPrompt(PromptMark.GoAhead, sink);
                continue;
            }
            foreach (var chunk in feed)
            {
                assembler.Feed(chunk, sink);
                input.Append(chunk);
            }
        }
        Assert.True(expected.SequenceEqual(sink.Events), $"{how}:\n  expected {string.Join(" | ", expected)}\n  actual   {string.Join(" | ", sink.Events)}");
        // Raw pieces put back together are exactly the input.
        Assert.Equal(input.ToString(), sink.Raw.ToString() + assembler.PendingRaw.ToString());
        foreach (var partial in sink.Partials)
            Assert.True(sink.Finished.Any(f => f.StartsWith(partial, StringComparison.Ordinal)) || assembler.PendingText.ToString().StartsWith(partial, StringComparison.Ordinal), $"{how}: partial '{partial}' is no prefix of a line");
    }

    private static List<string[]?> SplitAt(List<string?> segments, int split)
    {
        var feeds = new List<string[]?>();
        var position = 0;
        foreach (var s in segments)
        {
            if (s is null)
            {
                feeds.Add(null);
                continue;
            }
            var at = split - position;
            feeds.Add(at > 0 && at < s.Length ? [s[..at], s[at..]] : [s]);
            position += s.Length;
        }
        return feeds;
    }

    private static (List<string?> Segments, List<string> Expected) Read(string path)
    {
        var segments = new List<string?>();
        var expected = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            if (line == "prompt")
                segments.Add(null);
            else if (line.StartsWith("in: ", StringComparison.Ordinal))
                segments.Add(Unescape(line[4..]));
            else if (line.StartsWith("line:", StringComparison.Ordinal) || line.StartsWith("prompt:", StringComparison.Ordinal))
            {
                var colon = line.IndexOf(':');
                expected.Add(line[..colon] + " " + Unescape(line.Length > colon + 1 ? line[(colon + 2)..] : ""));
            }
            else
                throw new FormatException($"{path}: cannot read '{line}'");
        }
        return (segments, expected);
    }

    private static string Unescape(string s)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] != '\\' || i + 1 == s.Length)
            {
                sb.Append(s[i]);
                continue;
            }
            var c = s[++i];
            switch (c)
            {
                case 'e': sb.Append('\u001b'); break;
                case 'r': sb.Append('\r'); break;
                case 'n': sb.Append('\n'); break;
                case 't': sb.Append('\t'); break;
                case '\\': sb.Append('\\'); break;
                case 'x':
                    sb.Append((char)int.Parse(s.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 2;
                    break;
                case 'u':
                    sb.Append((char)int.Parse(s.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default: throw new FormatException($"unknown escape \\{c}");
            }
        }
        return sb.ToString();
    }

    private sealed class RecordingSink : ILineSink
    {
        public List<string> Events { get; } = [];
        public List<string> Finished { get; } = [];
        public List<string> Partials { get; } = [];
        public StringBuilder Raw { get; } = new();

        public void OnLine(ReadOnlySpan<char> raw, ReadOnlySpan<char> text)
        {
            Events.Add("line " + text.ToString());
            Finished.Add(text.ToString());
            Raw.Append(raw);
        }

        public void OnPrompt(ReadOnlySpan<char> raw, ReadOnlySpan<char> text, PromptMark mark)
        {
            Events.Add("prompt " + text.ToString());
            Finished.Add(text.ToString());
            Raw.Append(raw);
        }

        public void OnPartial(ReadOnlySpan<char> raw, ReadOnlySpan<char> text) => Partials.Add(text.ToString());
    }
}
