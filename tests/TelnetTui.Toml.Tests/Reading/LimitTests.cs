namespace TelnetTui.Toml.Tests.Reading;

/// <summary>Hostile input costs an error, never a crash: nesting is bounded, text must be real Unicode.</summary>
public class LimitTests
{
    [Theory]
    [InlineData("[")]
    [InlineData("{b=")]
    [InlineData("[{c=")]
    public void Nesting_beyond_the_limit_is_an_error_not_a_stack_overflow(string open)
    {
        var text = "a = " + string.Concat(Enumerable.Repeat(open, 100_000));
        var error = Assert.Throws<TomlException>(() => TomlReader.Read(text));
        Assert.Contains($"nested more than {TomlLimits.MaxNestingDepth} deep", error.Reason);
        Assert.Equal(1, error.Position.Line);
    }

    [Fact]
    public void Nesting_at_the_limit_is_read()
    {
        var depth = TomlLimits.MaxNestingDepth;
        var text = "a = " + new string('[', depth) + new string(']', depth);
        var value = TomlReader.Read(text)["a"];
        for (var i = 1; i < depth; i++)
            value = ((TomlArray)value)[0];
        Assert.Empty((TomlArray)value);
    }

    [Fact]
    public void A_lone_surrogate_in_a_string_is_an_error()
    {
        var error = Assert.Throws<TomlException>(() => TomlReader.Read("a = \"x\ud800y\""));
        Assert.Equal(new TomlPosition(null, 1, 7, 6), error.Position);
        Assert.Contains("surrogate", error.Reason);
    }

    [Fact]
    public void A_byte_order_mark_is_allowed_only_at_the_start()
    {
        Assert.Equal(1L, ((TomlInteger)TomlReader.Read("\uFEFFa = 1")["a"]).Value);
        var error = Assert.Throws<TomlException>(() => TomlReader.Read("a = 1\n\uFEFFb = 2"));
        Assert.Equal(2, error.Position.Line);
    }
}
