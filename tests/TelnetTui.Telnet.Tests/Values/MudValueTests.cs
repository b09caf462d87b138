using TelnetTui.Telnet.Values;

namespace TelnetTui.Telnet.Tests.Values;

/// <summary>The one tree shape for GMCP JSON, MSDP and MSSP.</summary>
public class MudValueTests
{
    [Theory]
    [InlineData("{\"a\":[1,2.5,-300],\"b\":{\"c\":null,\"d\":true,\"e\":false},\"s\":\"x\\\"y\\\\z\\n\"}")]
    [InlineData("[]")]
    [InlineData("\"plain\"")]
    [InlineData("{\"k\":1,\"k\":2}")]
    public void JSON_round_trips_through_the_tree(string json)
    {
        Assert.True(MudJson.TryParse(System.Text.Encoding.UTF8.GetBytes(json), out var value, out var error), error);
        Assert.Equal(json, value.ToJson());
    }

    [Fact]
    public void Lenient_JSON_from_servers_is_accepted()
    {
        Assert.True(MudJson.TryParse("{\"a\": [1, 2,], /* note */ \"b\": 3,}"u8, out var value, out _));
        Assert.Equal("{\"a\":[1,2],\"b\":3}", value.ToJson());
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("1 2")]
    [InlineData("")]
    public void Bad_JSON_is_an_error_with_a_reason(string json)
    {
        Assert.False(MudJson.TryParse(System.Text.Encoding.UTF8.GetBytes(json), out _, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void Hostile_nesting_is_an_error_not_a_crash()
    {
        var deep = new string('[', 10_000) + new string(']', 10_000);
        Assert.False(MudJson.TryParse(System.Text.Encoding.ASCII.GetBytes(deep), out _, out var error));
        Assert.NotNull(error);
    }

    [Fact]
    public void Trees_compare_by_value_and_index_by_key_and_position()
    {
        var a = MudValue.Object(("hp", MudValue.Number(5)), ("tags", MudValue.Array(MudValue.String("x"), MudValue.Null)));
        var b = MudValue.Object(("hp", MudValue.Number(5)), ("tags", MudValue.Array(MudValue.String("x"), MudValue.Null)));
        Assert.Equal(a, b);
        Assert.Equal(5, a["hp"]!.AsNumber);
        Assert.Equal("x", a["tags"]![0]!.AsString);
        Assert.Null(a["missing"]);
        Assert.Null(a["tags"]![5]);
        Assert.NotEqual(a, MudValue.Object(("hp", MudValue.Number(6))));
    }
}
