using TelnetTui.Core.Book;
using TelnetTui.Terminal.Text;

namespace TelnetTui.Core.Input;

/// <summary>
/// Character mode: turns a key into the bytes the host expects, per the host's key map. Printable
/// text is encoded in the host's encoding (CP437 through the terminal layer's own table, never a
/// best-fit: a character the host's set lacks becomes '?'). Ctrl+character gives the C0 control,
/// Alt prefixes ESC (xterm's metaSendsEscape) in both maps.
/// </summary>
public static class KeyEncoder
{
    public const byte Esc = 0x1B;

    public static KeyOutput Encode(in SessionKey key, KeyMapKind map, KeyEncodingModes modes, TerminalEncoding encoding)
    {
        if (key.Code == SessionKeyCode.Character)
            return new KeyOutput(EncodeCharacters(key, encoding), false);
        return map == KeyMapKind.AnsiBbs
            ? AnsiBbsKeys.Encode(key)
            : VtKeys.Encode(key, modes); // Custom maps have no table in the book yet: they use the VT keys
    }

    /// <summary>Typed text: Ctrl makes a single character a control code; Alt prefixes ESC.</summary>
    private static byte[] EncodeCharacters(in SessionKey key, TerminalEncoding encoding)
    {
        var text = key.Text ?? "";
        if (text.Length == 0)
            return [];
        var bytes = new List<byte>(text.Length + 1);
        if (key.Alt)
            bytes.Add(Esc);
        if (key.Ctrl && text.Length == 1 && ControlCode(text[0]) is { } control)
        {
            bytes.Add(control);
            return [.. bytes];
        }
        var buffer = new byte[encoding.GetMaxByteCount(text.Length)];
        var n = encoding.Encode(text, buffer);
        bytes.AddRange(buffer.AsSpan(0, n));
        return [.. bytes];
    }

    /// <summary>The C0 control Ctrl+<paramref name="c"/> gives on a VT keyboard (Ctrl+A = 0x01 ... Ctrl+_ = 0x1F, Ctrl+? = DEL).</summary>
    public static byte? ControlCode(char c) => c switch
    {
        >= 'a' and <= 'z' => (byte)(c - 'a' + 1),
        >= 'A' and <= 'Z' => (byte)(c - 'A' + 1),
        '@' or ' ' or '2' => 0x00,
        '[' or '3' => 0x1B,
        '\\' or '4' => 0x1C,
        ']' or '5' => 0x1D,
        '^' or '6' => 0x1E,
        '_' or '-' or '7' => 0x1F,
        '?' or '8' => 0x7F,
        _ => null,
    };
}
