using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace TelnetTui.Core.Settings;

/// <summary>A terminal size written "80x25" (columns x rows); NAWS sends each as 16 bits (RFC 1073), so 1..65535.</summary>
public readonly record struct TerminalSize(int Columns, int Rows)
{
    public const int Max = ushort.MaxValue;

    public static bool TryParse(string text, [NotNullWhen(true)] out TerminalSize? size)
    {
        size = null;
        var x = text.IndexOfAny(['x', 'X']);
        if (x <= 0 || x == text.Length - 1)
            return false;
        if (!int.TryParse(text.AsSpan(0, x), NumberStyles.None, CultureInfo.InvariantCulture, out var columns)
            || !int.TryParse(text.AsSpan(x + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var rows))
            return false;
        if (columns is < 1 or > Max || rows is < 1 or > Max)
            return false;
        size = new TerminalSize(columns, rows);
        return true;
    }

    public override string ToString() => $"{Columns}x{Rows}";
}
