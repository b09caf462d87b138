using System.Text;
using TelnetTui.Tui;

namespace TelnetTui.App;

/// <summary>A style as SGR parameters ("1;93"), for text the session writes into the emulator in a theme's colour.</summary>
public static class SgrText
{
    public static string From(Style style)
    {
        var parts = new List<string>();
        (TextAttributes Flag, string Code)[] codes =
        [
            (TextAttributes.Bold, "1"), (TextAttributes.Dim, "2"), (TextAttributes.Italic, "3"), (TextAttributes.Underline, "4"),
            (TextAttributes.Blink, "5"), (TextAttributes.Reverse, "7"), (TextAttributes.Hidden, "8"), (TextAttributes.Strikethrough, "9"),
        ];
        foreach (var (flag, code) in codes)
        {
            if (style.Has(flag))
                parts.Add(code);
        }
        AddColor(parts, style.Foreground, 30, 90, 38);
        AddColor(parts, style.Background, 40, 100, 48);
        return parts.Count == 0 ? "0" : string.Join(';', parts);
    }

    private static void AddColor(List<string> parts, Color color, int basic, int bright, int extended)
    {
        switch (color.Kind)
        {
            case ColorKind.Indexed when color.Index < 8:
                parts.Add((basic + color.Index).ToString(System.Globalization.CultureInfo.InvariantCulture));
                break;
            case ColorKind.Indexed when color.Index < 16:
                parts.Add((bright + color.Index - 8).ToString(System.Globalization.CultureInfo.InvariantCulture));
                break;
            case ColorKind.Indexed:
                parts.Add(new StringBuilder().Append(extended).Append(";5;").Append(color.Index).ToString());
                break;
            case ColorKind.Rgb:
                parts.Add($"{extended};2;{color.R};{color.G};{color.B}");
                break;
        }
    }
}
