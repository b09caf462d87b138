using System.Globalization;
using TelnetTui.Core.Book;
using TelnetTui.Core.Input;
using TelnetTui.Core.Settings;
using TelnetTui.Terminal.Text;

namespace TelnetTui.Core.Tests.Input;

/// <summary>Character-mode key encoding per key map, from the vectors in Data/Keys (format in its README).</summary>
public sealed class KeyEncoderTests
{
    public static TheoryData<string, KeyMapKind> Files => new()
    {
        { "vt.keys", KeyMapKind.Vt },
        { "ansi-bbs.keys", KeyMapKind.AnsiBbs },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_vector_encodes_as_listed(string file, KeyMapKind map)
    {
        var failures = new List<string>();
        var count = 0;
        foreach (var (line, key, modes, encoding, expected) in Read(file))
        {
            count++;
            var output = KeyEncoder.Encode(key, map, modes, encoding);
            var actual = Describe(output);
            if (actual != expected)
                failures.Add($"{file}:{line}: {key} ({modes}, {encoding}) gave {actual}, expected {expected}");
        }
        Assert.True(count > 20, $"{file} has only {count} vectors");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void A_custom_key_map_uses_the_vt_keys()
    {
        var key = new SessionKey(SessionKeyCode.Up);
        Assert.Equal(KeyEncoder.Encode(key, KeyMapKind.Vt, default, TerminalEncoding.Utf8).Bytes,
            KeyEncoder.Encode(key, KeyMapKind.Custom, default, TerminalEncoding.Utf8).Bytes);
    }

    private static string Describe(KeyOutput output)
    {
        var parts = output.Bytes.Select(b => b.ToString("X2", CultureInfo.InvariantCulture)).ToList();
        if (output.Enter)
            parts.Add("enter");
        return parts.Count == 0 ? "none" : string.Join(' ', parts);
    }

    private static IEnumerable<(int Line, SessionKey Key, KeyEncodingModes Modes, TerminalEncoding Encoding, string Expected)> Read(string file)
    {
        var encoding = TerminalEncoding.Utf8;
        var number = 0;
        foreach (var raw in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", "Keys", file)))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            if (line.StartsWith("@encoding ", StringComparison.Ordinal))
            {
                encoding = TerminalEncoding.Get(line["@encoding ".Length..].Trim());
                continue;
            }
            var columns = line.Split('|', StringSplitOptions.TrimEntries);
            if (columns.Length != 3)
                throw new FormatException($"{file}:{number}: expected KEY | MODES | BYTES");
            var modes = new KeyEncodingModes(columns[1].Contains("app-cursor", StringComparison.Ordinal), columns[1].Contains("app-keypad", StringComparison.Ordinal));
            yield return (number, ParseKey(columns[0], file, number), modes, encoding, columns[2].ToUpperInvariant() switch
            {
                var s when s.EndsWith("ENTER", StringComparison.Ordinal) => s[..^5] + "enter",
                "NONE" => "none",
                var s => s,
            });
        }
    }

    private static SessionKey ParseKey(string text, string file, int line)
    {
        var modifiers = KeyModifiers.None;
        while (true)
        {
            var plus = text.IndexOf('+');
            if (plus <= 0 || plus == text.Length - 1)
                break;
            modifiers |= text[..plus] switch
            {
                "Ctrl" => KeyModifiers.Ctrl,
                "Alt" => KeyModifiers.Alt,
                "Shift" => KeyModifiers.Shift,
                var m => throw new FormatException($"{file}:{line}: unknown modifier {m}"),
            };
            text = text[(plus + 1)..];
        }
        if (text.Length > 1 && Enum.TryParse<SessionKeyCode>(text, out var code))
            return new SessionKey(code, modifiers);
        if (new StringInfo(text).LengthInTextElements == 1)
            return SessionKey.Chars(text, modifiers);
        throw new FormatException($"{file}:{line}: '{text}' is not a key");
    }
}
