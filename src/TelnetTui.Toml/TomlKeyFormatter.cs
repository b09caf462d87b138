namespace TelnetTui.Toml;

/// <summary>Writes a key the way TOML 1.0.0 "Keys" allows: bare when it can be, else a basic string.</summary>
public static class TomlKeyFormatter
{
    public static bool IsBare(string key)
    {
        if (key.Length == 0)
            return false;
        foreach (var c in key)
        {
            if (!IsBareKeyChar(c))
                return false;
        }
        return true;
    }

    public static bool IsBareKeyChar(char c) =>
        c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' or '_' or '-';

    public static string Format(string key) => IsBare(key) ? key : TomlStringFormatter.Basic(key);

    /// <summary>"a.b.'c d'" style dotted key from its parts.</summary>
    public static string FormatDotted(IEnumerable<string> parts) => string.Join('.', parts.Select(Format));
}
