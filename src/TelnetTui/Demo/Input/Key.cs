using System.Globalization;

namespace TelnetTui.Demo.Input;

/// <summary>One key press in character mode, as the client sent it.</summary>
public readonly record struct Key(KeyKind Kind, byte Byte = 0, string? Sequence = null)
{
    public static readonly Key Enter = new(KeyKind.Enter);
    public static readonly Key Escape = new(KeyKind.Escape);

    /// <summary>The key as an upper-case ASCII letter or digit, or '\0' for anything else (hotkeys).</summary>
    public char Hotkey => Kind == KeyKind.Byte && Byte is >= 0x21 and < 0x7F ? char.ToUpperInvariant((char)Byte) : '\0';

    /// <summary>
    /// True for a cursor position report, <c>ESC [ row ; column R</c> (the answer to <c>ESC [ 6 n</c>,
    /// ECMA-48 §8.3.14 CPR); row and column are 1-based.
    /// </summary>
    public bool IsCursorReport(out int row, out int column)
    {
        row = column = 0;
        if (Kind != KeyKind.Sequence || Sequence is not { Length: >= 4 } s || s[1] != '[' || s[^1] != 'R')
            return false;
        var body = s.AsSpan(2, s.Length - 3);
        var semicolon = body.IndexOf(';');
        if (semicolon < 0)
            return false;
        return int.TryParse(body[..semicolon], NumberStyles.None, CultureInfo.InvariantCulture, out row)
            && int.TryParse(body[(semicolon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out column)
            && row > 0 && column > 0;
    }

    public override string ToString() => Kind switch
    {
        KeyKind.Byte when Byte is >= 0x20 and < 0x7F => $"key '{(char)Byte}'",
        KeyKind.Byte => $"key 0x{Byte:X2}",
        KeyKind.Enter => "key enter",
        KeyKind.Escape => "key escape",
        _ => $"key seq {Escaped(Sequence!)}",
    };

    private static string Escaped(string s) => "\"" + s.Replace("\x1b", "\\e", StringComparison.Ordinal) + "\"";
}
