using TelnetTui.Telnet.Values;
using static TelnetTui.Telnet.Tests.Infrastructure.Bytes;

namespace TelnetTui.Telnet.Tests.Values;

/// <summary>MSDP framing: VAR/VAL, tables, arrays.</summary>
public class MsdpCodecTests
{
    [Fact]
    public void Nested_tables_and_arrays_become_objects_and_arrays()
    {
        var payload = B("01 \"ROOM\" 02 03 01 \"NAME\" 02 \"Inn\" 01 \"EXITS\" 02 05 02 \"n\" 02 \"s\" 06 04 01 \"HP\" 02 \"5\" 02 \"6\"");
        Assert.True(MsdpCodec.TryParse(payload, out var vars, out var error), error);
        Assert.Equal("ROOM", vars[0].Key);
        Assert.Equal("{\"NAME\":\"Inn\",\"EXITS\":[\"n\",\"s\"]}", vars[0].Value.ToJson());
        Assert.Equal("[\"5\",\"6\"]", vars[1].Value.ToJson());
    }

    [Fact]
    public void Encoding_then_parsing_gives_the_tree_back()
    {
        var value = MudValue.Object(("LIST", MudValue.Array(MudValue.String("a"), MudValue.String("b"))), ("X", MudValue.String("1")));
        var bytes = MsdpCodec.Encode("REPORT", value);
        Assert.True(MsdpCodec.TryParse(bytes, out var vars, out _));
        Assert.Equal(("REPORT", value), (vars[0].Key, vars[0].Value));
    }

    [Theory]
    [InlineData("02 \"x\"", "expected VAR")]
    [InlineData("01 \"A\" 02 03 01 \"B\" 02 \"c\"", "TABLE_CLOSE")]
    [InlineData("01 \"A\" 02 05 02 \"c\"", "ARRAY_CLOSE")]
    public void Malformed_payloads_are_errors(string tokens, string reason)
    {
        Assert.False(MsdpCodec.TryParse(B(tokens), out _, out var error));
        Assert.Contains(reason, error);
    }

    [Fact]
    public void Hostile_nesting_is_an_error()
    {
        // VAR "A" then VAL ARRAY_OPEN a thousand times: arrays nested a thousand deep.
        var deep = B("01 \"A\"").Concat(Enumerable.Range(0, 1000).SelectMany(_ => new byte[] { 2, 5 })).ToArray();
        Assert.False(MsdpCodec.TryParse(deep, out _, out var error));
        Assert.Contains("deeper", error);
    }

    [Fact]
    public void Strings_with_framing_bytes_cannot_be_encoded()
        => Assert.Throws<ArgumentException>(() => MsdpCodec.Encode("A", MudValue.String("x\u0001y")));
}
