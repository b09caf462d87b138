using TelnetTui.Scripting.Input;

namespace TelnetTui.Scripting.Tests.Input;

/// <summary>The input line's command syntax: ';' separators, '\;' escapes, '#N' repeats.</summary>
public class CommandLineTests
{
    [Theory]
    [InlineData("look", "look×1")]
    [InlineData("", "×1")]
    [InlineData("  say  hi  ", "  say  hi  ×1")]
    [InlineData("n;e ; s", "n×1|e×1|s×1")]
    [InlineData("n;;e;", "n×1|e×1")]
    [InlineData("say a\\;b;wave", "say a;b×1|wave×1")]
    [InlineData("say back\\slash", "say back\\slash×1")]
    [InlineData("#3 n", "n×3")]
    [InlineData("#2 get all;#100 e", "get all×2|e×100")]
    [InlineData("#3rd place", "#3rd place×1")]
    [InlineData("#hashtag", "#hashtag×1")]
    public void Lines_split_into_commands(string line, string expected)
    {
        var commands = CommandLine.Split(line, out var error);
        Assert.Null(error);
        Assert.Equal(expected, string.Join("|", commands.Select(c => $"{c.Text}×{c.Repeat}")));
    }

    [Theory]
    [InlineData("#0 n", "repeat count must be 1 to 100")]
    [InlineData("#101 n", "repeat count must be 1 to 100")]
    [InlineData("#99999999999 n", "repeat count must be 1 to 100")]
    [InlineData("n;#5", "nothing to repeat")]
    public void Bad_repeats_are_refused_whole(string line, string reason)
    {
        var commands = CommandLine.Split(line, out var error);
        Assert.Empty(commands);
        Assert.Contains(reason, error);
    }
}
