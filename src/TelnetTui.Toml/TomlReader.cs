using System.Diagnostics.CodeAnalysis;
using TelnetTui.Toml.Building;
using TelnetTui.Toml.Parsing;
using TelnetTui.Toml.Text;

namespace TelnetTui.Toml;

/// <summary>
/// Reads TOML 1.0.0 into tables. Errors are <see cref="TomlException"/>s that say what is wrong and
/// where: "config.toml:12:7: duplicate key 'port' in table [hosts.nethack] (first set at line 9, column 1)".
/// </summary>
public static class TomlReader
{
    public static TomlTable Read(string text, string? fileName = null)
    {
        var source = new TomlSourceText(text, fileName);
        return TomlTableBuilder.Build(TomlParser.Parse(source), recordSyntax: false);
    }

    /// <summary>Reads UTF-8 bytes (a leading byte-order mark is allowed).</summary>
    public static TomlTable Read(ReadOnlySpan<byte> utf8, string? fileName = null) => Read(Utf8Input.Decode(utf8, fileName), fileName);

    public static TomlTable ReadFile(string path) => Read(File.ReadAllBytes(path), path);

    public static bool TryRead(string text, string? fileName, [NotNullWhen(true)] out TomlTable? table, [NotNullWhen(false)] out TomlException? error)
    {
        try
        {
            table = Read(text, fileName);
            error = null;
            return true;
        }
        catch (TomlException e)
        {
            table = null;
            error = e;
            return false;
        }
    }
}
