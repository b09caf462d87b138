namespace TelnetTui.Core.Files;

/// <summary>A settings or book file that cannot be saved or read; the message says which file and why.</summary>
public sealed class ConfigFileException(string path, string message, Exception? inner = null) : Exception(message, inner)
{
    public string Path { get; } = path;
}
