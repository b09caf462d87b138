using TelnetTui.Telnet.Values;
using static TelnetTui.Telnet.Tests.Infrastructure.Bytes;

namespace TelnetTui.Telnet.Tests.Values;

/// <summary>MSSP framing.</summary>
public class MsspCodecTests
{
    [Fact]
    public void Variables_become_one_object_repeats_an_array_and_missing_values_null()
    {
        Assert.True(MsspCodec.TryParse(B("01 \"NAME\" 02 \"x\" 01 \"PORT\" 02 \"1\" 02 \"2\" 01 \"EMPTY\""), out var value, out _));
        Assert.Equal("{\"NAME\":\"x\",\"PORT\":[\"1\",\"2\"],\"EMPTY\":null}", value.ToJson());
    }

    [Fact]
    public void Encoding_then_parsing_gives_the_variables_back()
    {
        var bytes = MsspCodec.Encode([KeyValuePair.Create("NAME", "Demo"), KeyValuePair.Create("PLAYERS", "2")]);
        Assert.True(MsspCodec.TryParse(bytes, out var value, out _));
        Assert.Equal("{\"NAME\":\"Demo\",\"PLAYERS\":\"2\"}", value.ToJson());
    }

    [Fact]
    public void Text_before_the_first_variable_is_an_error()
        => Assert.False(MsspCodec.TryParse(B("\"junk\" 01 \"A\""), out _, out _));
}
