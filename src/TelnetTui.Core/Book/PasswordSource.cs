using System.Diagnostics.CodeAnalysis;

namespace TelnetTui.Core.Book;

public enum PasswordSourceKind
{
    /// <summary>Ask the user when logging in.</summary>
    Prompt,
    /// <summary>Read an environment variable.</summary>
    Environment,
    /// <summary>Send no password.</summary>
    None,
}

/// <summary>
/// Where an auto-login password comes from: "prompt", "env:NAME" or "none". A password itself is
/// never stored in the book, so a shared or synced book file holds no secrets.
/// </summary>
public readonly record struct PasswordSource(PasswordSourceKind Kind, string? VariableName = null)
{
    public const string Allowed = "\"prompt\", \"env:VARIABLE\" or \"none\"";

    public static PasswordSource Prompt => new(PasswordSourceKind.Prompt);

    public static PasswordSource None => new(PasswordSourceKind.None);

    public static PasswordSource FromEnvironment(string name) => new(PasswordSourceKind.Environment, name);

    public static bool TryParse(string text, [NotNullWhen(true)] out PasswordSource? source)
    {
        source = text switch
        {
            "prompt" => Prompt,
            "none" => None,
            _ when text.StartsWith("env:", StringComparison.Ordinal) && IsVariableName(text[4..]) => FromEnvironment(text[4..]),
            _ => null,
        };
        return source is not null;
    }

    /// <summary>POSIX environment variable names: letters, digits, underscore, not starting with a digit.</summary>
    public static bool IsVariableName(string name) =>
        name.Length > 0 && !char.IsAsciiDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    public override string ToString() => Kind switch
    {
        PasswordSourceKind.Prompt => "prompt",
        PasswordSourceKind.None => "none",
        _ => "env:" + VariableName,
    };
}
