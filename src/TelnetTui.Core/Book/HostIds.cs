using System.Text;

namespace TelnetTui.Core.Book;

/// <summary>Makes host ids from names: lower-case letters, digits and '-', unique in the book.</summary>
public static class HostIds
{
    public const int MaxLength = 40;

    public static string FromName(string name, Func<string, bool> taken)
    {
        var sb = new StringBuilder();
        foreach (var c in name.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '_')
                sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-')
                sb.Append('-');
            if (sb.Length >= MaxLength)
                break;
        }
        var id = sb.ToString().Trim('-');
        if (id.Length == 0)
            id = "host";
        var candidate = id;
        for (var n = 2; taken(candidate); n++)
            candidate = $"{id}-{n}";
        return candidate;
    }
}
