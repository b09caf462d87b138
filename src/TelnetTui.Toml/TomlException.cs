namespace TelnetTui.Toml;

/// <summary>
/// A TOML text that is not valid TOML 1.0.0, or an edit that would make it invalid.
/// <see cref="Exception.Message"/> reads "config.toml:12:7: duplicate key 'port' in table [hosts.nethack]".
/// </summary>
public sealed class TomlException : Exception
{
    public TomlException(TomlPosition position, string reason)
        : base(Format(position, reason))
    {
        Position = position;
        Reason = reason;
    }

    /// <summary>Where the problem is; always inside the text or just past its end.</summary>
    public TomlPosition Position { get; }

    /// <summary>The problem in words, without the location.</summary>
    public string Reason { get; }

    private static string Format(TomlPosition p, string reason) =>
        p.File is null ? $"{p.Line}:{p.Column}: {reason}" : $"{p.File}:{p.Line}:{p.Column}: {reason}";
}
