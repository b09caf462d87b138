using System.Reflection;

namespace TelnetTui.Core.Files;

/// <summary>
/// appsettings.example.toml, built into the program. Its settings part (before the book marker
/// line) becomes config.toml on first run; the part from the marker on becomes book.toml.
/// </summary>
public static class ExampleConfig
{
    public const string ResourceName = "TelnetTui.Core.appsettings.example.toml";

    /// <summary>The comment line that starts the connection book part of the example.</summary>
    public const string BookMarker = "# ===== Connection book (book.toml) =====";

    private static readonly Lazy<string> Content = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"resource {ResourceName} is missing from the build");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    });

    public static string Text => Content.Value;

    /// <summary>The settings part: the example up to the book marker.</summary>
    public static string ConfigPart => Text[..MarkerIndex()];

    /// <summary>The book part: from the book marker to the end.</summary>
    public static string BookPart => Text[MarkerIndex()..];

    private static int MarkerIndex()
    {
        var at = Text.IndexOf("\n" + BookMarker, StringComparison.Ordinal);
        if (at < 0)
            throw new InvalidOperationException($"the example config has no line '{BookMarker}'");
        return at + 1;
    }
}
