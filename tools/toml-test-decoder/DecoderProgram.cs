using TelnetTui.Toml;
using TelnetTui.Toml.Json;

namespace TelnetTui.TomlTestDecoder;

/// <summary>
/// toml-test's decoder contract: read one TOML document from stdin; on success print its tagged
/// JSON and exit 0; on invalid TOML print the error to stderr and exit 1.
/// Use: <c>toml-test test -decoder="dotnet tools/toml-test-decoder/bin/Release/net10.0/toml-test-decoder.dll" -toml=1.0</c>.
/// </summary>
public static class DecoderProgram
{
    public const int Valid = 0;
    public const int Invalid = 1;

    public static int Main() =>
        Run(Console.OpenStandardInput(), Console.Out, Console.Error);

    public static int Run(Stream input, TextWriter output, TextWriter error)
    {
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        try
        {
            var table = TomlReader.Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), "stdin");
            output.Write(TomlTaggedJson.ToJson(table));
            output.WriteLine();
            output.Flush();
            return Valid;
        }
        catch (TomlException e)
        {
            error.WriteLine(e.Message);
            error.Flush();
            return Invalid;
        }
    }
}
