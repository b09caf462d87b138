using System.Globalization;
using TelnetTui.Telnet.Protocol;

namespace TelnetTui.Demo.Lab;

/// <summary>Option names as the lab accepts them: the usual name (any case, MCCP meaning MCCP2) or the number.</summary>
internal static class OptionNames
{
    private static readonly Dictionary<string, byte> ByName = Build();

    public static byte? Parse(string text)
    {
        if (byte.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            return number;
        return ByName.TryGetValue(text, out var option) ? option : null;
    }

    private static Dictionary<string, byte> Build()
    {
        var map = new Dictionary<string, byte>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < 256; i++)
        {
            var name = TelnetOption.Name((byte)i);
            if (!char.IsAsciiDigit(name[0]))
                map.TryAdd(name, (byte)i);
        }
        map["MCCP"] = TelnetOption.Mccp2;
        map["TERMINAL-TYPE"] = TelnetOption.TerminalType;
        map["SUPPRESS-GO-AHEAD"] = TelnetOption.SuppressGoAhead;
        return map;
    }
}
