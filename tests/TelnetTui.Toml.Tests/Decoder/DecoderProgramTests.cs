using System.Text;
using System.Text.Json;
using TelnetTui.Testing;
using TelnetTui.Toml.Tests.Conformance;
using TelnetTui.TomlTestDecoder;

namespace TelnetTui.Toml.Tests.Decoder;

/// <summary>
/// Issue 4: tools/toml-test-decoder follows toml-test's decoder contract — TOML on stdin, tagged
/// JSON on stdout and exit 0; invalid TOML gives exit 1 and the error on stderr.
/// </summary>
public class DecoderProgramTests
{
    [Fact]
    public void Valid_toml_prints_tagged_json_and_exits_0()
    {
        var (code, stdout, stderr) = Run("port = 23\n[host]\nname = \"x\"\nwhen = 1979-05-27\n");
        Assert.Equal(DecoderProgram.Valid, code);
        Assert.Equal("", stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("integer", json.RootElement.GetProperty("port").GetProperty("type").GetString());
        Assert.Equal("23", json.RootElement.GetProperty("port").GetProperty("value").GetString());
        Assert.Equal("date-local", json.RootElement.GetProperty("host").GetProperty("when").GetProperty("type").GetString());
    }

    [Fact]
    public void Invalid_toml_prints_the_error_and_exits_1()
    {
        var (code, stdout, stderr) = Run("a = 1\na = 2\n");
        Assert.Equal(DecoderProgram.Invalid, code);
        Assert.Equal("", stdout);
        Assert.Equal("stdin:2:1: duplicate key 'a' in the root table (first set at line 1, column 1)", stderr.Trim());
    }

    /// <summary>The built program itself, run as toml-test runs it, on one valid and one invalid case of the suite.</summary>
    [Theory]
    [InlineData("valid/spec-example-1.toml", 0)]
    [InlineData("invalid/table/duplicate-key-01.toml", 1)]
    public void Built_decoder_program_follows_the_contract(string relative, int expectedExit)
    {
        var dotnet = RequiredTool.Require("dotnet", "dotnet-sdk");
        var dll = Path.Combine(AppContext.BaseDirectory, "toml-test-decoder.dll");
        Assert.True(File.Exists(dll), $"{dll} is not built beside the tests");
        var input = File.ReadAllText(TomlTestSuite.PathOf(relative));
        var (code, stdout, stderr) = RequiredTool.Run(dotnet, [dll], TimeSpan.FromSeconds(60), input);
        Assert.Equal(expectedExit, code);
        if (expectedExit == 0)
        {
            using var expected = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(TomlTestSuite.PathOf(relative), ".json")));
            using var actual = JsonDocument.Parse(stdout);
            Assert.Null(TaggedJsonComparer.Difference(expected.RootElement, actual.RootElement));
        }
        else
        {
            Assert.StartsWith("stdin:", stderr);
        }
    }

    private static (int Code, string StdOut, string StdErr) Run(string input)
    {
        using var stdin = new MemoryStream(Encoding.UTF8.GetBytes(input));
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = DecoderProgram.Run(stdin, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
